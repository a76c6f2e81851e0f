//! Hosts, registrable domains and brand ownership.
//!
//! The full public suffix list is about 1 MB compiled in; HangUp only needs to answer "does this
//! host belong to the brand it names?". A registrable domain is the public suffix plus one label.
//! The small list below covers the two-level country suffixes (`co.uk`, `co.jp` …) and the shared
//! hosting where anyone can get a subdomain and kits are parked (GitHub Pages, Azure, S3, Netlify
//! …): on those, `x-windows.github.io` is its own registrable domain, not GitHub's, and certainly
//! not Microsoft's. Single-label TLDs need no entry (the PSL default rule).

use super::lexicon::Brand;
use super::words::{self, Words};
use super::{after_last, find, trim_end_by, trim_start_by};

/// Multi-label public suffixes, including shared hosting where each subdomain is a separate site.
/// A leading `*.` means one more label belongs to the suffix (`*.web.core.windows.net` makes
/// `site.z13.web.core.windows.net` the registrable domain). In words.txt, packed with the lexicon.
const SUFFIXES: Words = words::DOMAIN_SUFFIXES;

/// The host of a URL, lowercase, without port, credentials or trailing dot.
pub fn host_of(url: &str) -> String {
    let rest = match find(url, "://") {
        Some(i) => &url[i + 3..],
        None => url,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = after_last(authority, |c| c == '@');
    let host = if host_port.starts_with('[') {
        trim_start_by(host_port.split(']').next().unwrap_or(""), |c| c == '[')
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    trim_end_by(host, |c| c == '.').to_ascii_lowercase()
}

/// The query string of a URL (after `?`, before `#`), and the fragment, both percent-decoded
/// with `+` as space: kits read the phone number from either.
pub fn query_of(url: &str) -> String {
    let q = match url.find('?') {
        Some(i) => &url[i + 1..],
        None => match url.find('#') {
            Some(i) => &url[i..],
            None => "",
        },
    };
    // `+` as a space before decoding (an encoded `%2B` stays a plus), then `&`, `=` and `#` as
    // spaces, encoded ones too.
    decode(q, true)
}

/// Lossy percent-decoding.
pub fn percent_decode(s: &str) -> String {
    decode(s, false)
}

/// Lossy percent-decoding; for a query, a literal `+` and every `&`, `=` and `#`, literal or
/// decoded, as a space (what `replace` before and after decoding gave: ASCII bytes, so the
/// lossy decoder's U+FFFDs fall in the same places; tests: `query_decoding_matches_replace`).
fn decode(s: &str, query: bool) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let mut c = b[i];
        let mut plus = query && c == b'+';
        i += 1;
        if c == b'%' && i + 1 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i]), hex(b[i + 1])) {
                c = (h * 16 + l) as u8;
                plus = false;
                i += 2;
            }
        }
        out.push(if plus || query && matches!(c, b'&' | b'=' | b'#') {
            b' '
        } else {
            c
        });
    }
    super::lossy(&out)
}

fn is_ip(host: &str) -> bool {
    host.contains(':') || (!host.is_empty() && host.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// The registrable domain of `host` (public suffix + one label), or the host itself for IPs,
/// single labels and hosts that are a bare suffix.
pub fn registrable(host: &str) -> String {
    let host = trim_end_by(host, |c| c == '.').to_ascii_lowercase();
    if is_ip(&host) || !host.contains('.') {
        return host;
    }
    let labels = host.split('.').count();
    // Longest matching suffix, in labels; compared in place (this runs on every page).
    let mut suffix_len = 1;
    for s in SUFFIXES.get().split(' ') {
        let (wild, s) = match s.strip_prefix("*.") {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let n = s.split('.').count() + usize::from(wild);
        if n < labels
            && n > suffix_len
            && host.strip_suffix(s).is_some_and(|head| head.ends_with('.'))
        {
            suffix_len = n;
        }
    }
    if suffix_len >= labels {
        return host;
    }
    // The last `suffix_len + 1` labels.
    let start = host
        .rmatch_indices('.')
        .nth(suffix_len)
        .map_or(0, |(i, _)| i + 1);
    host[start..].to_string()
}

/// Hosts on brand domains that serve anyone's content (a page on sites.google.com is not Google
/// speaking). Matched as the host itself or its parent.
const USER_CONTENT: Words = words::DOMAIN_USER_CONTENT;

/// Whether `host` is under shared hosting (the list's shared section) or a brand's user content:
/// anyone's page, no company's own site.
pub fn shared_hosting(host: &str) -> bool {
    let mut shared = SUFFIXES.get().split(' ').skip_while(|s| *s != "github.io");
    shared.any(|s| {
        // (`strip_prefix`, not `trim_start_matches`: no std substring search in the Wasm.)
        host.strip_suffix(s.strip_prefix("*.").unwrap_or(s))
            .is_some_and(|p| p.ends_with('.'))
    }) || is_user_content(host)
}

/// Whether `url` on `host` is a brand's user-content path, where its own host serves anyone's
/// documents (review 39 R39-L2: an Apple alert published from iWork on www.icloud.com/pages/…):
/// the brand is not speaking there.
pub fn user_content_path(host: &str, url: &str) -> bool {
    let path = url
        .strip_prefix("https://")
        .and_then(|r| r.get(host.len()..))
        .unwrap_or("");
    (host == "icloud.com" || host.ends_with(".icloud.com"))
        && ["/pages/", "/keynote/", "/numbers/", "/iclouddrive/"]
            .iter()
            .any(|p| path.starts_with(p))
}

/// Whether `host` serves user content although it is on a brand's domain.
pub fn is_user_content(host: &str) -> bool {
    USER_CONTENT
        .get()
        .split(' ')
        .any(|u| host == u || host.strip_suffix(u).is_some_and(|p| p.ends_with('.')))
}

/// The name of the list of government hosts in brands.txt (a brand with no name to match): a
/// host is a government's when it is one of them or under one (`gov.uk`, `gouv.fr`, `go.jp`,
/// `.gov`, a German Land's `nrw.de` …). A brand with `gov` among its domains (a tax office, a
/// public e-ID portal) owns every such host of its own country (the country of one of its listed
/// domains, [`country`]): a Land's tax office speaks on `finanzamt.nrw.de`, not on `finanzamt.de`
/// (review 21 H4); an HMRC kit on a hacked Brazilian municipal host is still a kit (review 22 M2).
pub const GOVERNMENT: &str = ".gov";

/// Whether `host` is a government's (see [`GOVERNMENT`]).
fn government(host: &str) -> bool {
    super::lexicon::lexicon()
        .brands
        .iter()
        .filter(|b| b.name == GOVERNMENT)
        .flat_map(|b| &b.domains)
        .any(|d| {
            host.strip_suffix(d.as_str())
                .is_some_and(|head| head.is_empty() || head.ends_with('.'))
        })
}

/// The country a government host (or a brand's own domain) belongs to, from its last label:
/// `.gov`/`.mil` are the United States', the regional top-level domains of Spain (`.cat`,
/// `.eus`, `.gal`, `.madrid`) and of Britain (`.scot`, `.wales`) their country's.
fn country(host: &str) -> &str {
    match after_last(host, |c| c == '.') {
        "gov" | "mil" => "us",
        "cat" | "eus" | "gal" | "madrid" => "es",
        "scot" | "wales" => "uk",
        tld => tld,
    }
}

/// Whether `host` belongs to `brand`.
pub fn brand_owns(brand: &Brand, host: &str) -> bool {
    Site::new(host).owned_by(brand)
}

/// A page's host with what the brand checks need, worked out once per page (a page is checked
/// against every brand).
pub struct Site<'a> {
    host: &'a str,
    registrable: String,
    user_content: bool,
    government: bool,
}

impl<'a> Site<'a> {
    pub fn new(host: &'a str) -> Site<'a> {
        Site {
            host,
            registrable: registrable(host),
            user_content: is_user_content(host),
            government: government(host),
        }
    }

    /// Whether the site belongs to `brand`.
    pub fn owned_by(&self, brand: &Brand) -> bool {
        self.listed_for(brand, true)
    }

    /// Whether the site is one of `brand`'s listed domains; with `gov`, also a government's host
    /// for a government brand (see [`GOVERNMENT`]). Without, a government host is no brand's site
    /// for other brands (page.rs `brand_site`): a kit on a hacked agency's site still impersonates
    /// Microsoft.
    pub fn listed_for(&self, brand: &Brand, gov: bool) -> bool {
        if self.host.is_empty() || self.user_content || brand.name == GOVERNMENT {
            return false;
        }
        let reg = self.registrable.as_str();
        brand.domains.iter().any(|d| {
            if d == "gov" {
                // Its own country's government only: a tax-refund kit on a hacked municipal host
                // of another country still impersonates the tax office (review 22 M2).
                gov && self.government
                    && brand.domains.iter().any(|o| {
                        o != "gov" && !o.ends_with('.') && country(o) == country(self.host)
                    })
            } else if let Some(name) = d.strip_suffix('.') {
                // `name.*`: the name under a country's suffix (amazon.de, amazon.co.jp) or
                // .com/.net/.org; not a generic one anyone registers a brand's name under
                // (microsoft.help, paypal.support: review 46 R46-H6).
                reg.split_once('.').is_some_and(|(first, rest)| {
                    first == name && !is_hosting_suffix(rest) && {
                        let tld = after_last(rest, |c| c == '.');
                        tld.len() == 2 || matches!(tld, "com" | "net" | "org")
                    }
                })
            } else {
                reg == d
            }
        })
    }
}

impl Site<'_> {
    /// Whether the host is a government's (see [`GOVERNMENT`]).
    pub fn government(&self) -> bool {
        self.government
    }

    /// The name the site is registered under: the first label of its registrable domain under
    /// a country or generic suffix (`examplebank` for www.examplebank.com,
    /// `fixmypc-springfield` for fixmypc-springfield.co.uk); none under shared hosting or user
    /// content (anyone names a subdomain there), for an IP or a bare suffix.
    pub fn own_label(&self) -> Option<&str> {
        let (first, rest) = self.registrable.split_once('.')?;
        // (An IPv4 address has no letter; an IPv6 one no dot in its registrable form.)
        let ok = !self.user_content
            && !rest.is_empty()
            && !is_hosting_suffix(rest)
            && first.bytes().any(|c| c.is_ascii_alphabetic());
        ok.then_some(first)
    }
}

/// Whether `rest` is a country or generic suffix a brand registers its name under: a single
/// label (`de`) or a two-level country suffix (`co.jp`), never shared hosting (`github.io`).
fn is_hosting_suffix(rest: &str) -> bool {
    match rest.split_once('.') {
        None => false,
        Some((first, _)) => !matches!(
            first,
            "co" | "com" | "ne" | "or" | "org" | "net" | "ac" | "gov" | "gob"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;

    fn owned_by(name: &str, host: &str) -> bool {
        let brand = lexicon()
            .brands
            .iter()
            .find(|b| b.name == name)
            .unwrap_or_else(|| panic!("no brand {name}"));
        brand_owns(brand, host)
    }

    #[test]
    fn hosts_parse() {
        assert_eq!(
            host_of("https://User@Support.Microsoft.com:443/x?y#z"),
            "support.microsoft.com"
        );
        assert_eq!(host_of("http://[::1]:8080/"), "::1");
        assert_eq!(host_of("example.org/path"), "example.org");
        assert_eq!(host_of(""), "");
    }

    #[test]
    fn registrable_domains() {
        assert_eq!(registrable("support.microsoft.com"), "microsoft.com");
        assert_eq!(registrable("www.bbc.co.uk"), "bbc.co.uk");
        assert_eq!(registrable("x-windows.github.io"), "x-windows.github.io");
        assert_eq!(
            registrable("microsoft-help.azurewebsites.net"),
            "microsoft-help.azurewebsites.net"
        );
        assert_eq!(
            registrable("site.z13.web.core.windows.net"),
            "site.z13.web.core.windows.net"
        );
        assert_eq!(
            registrable("files.blob.core.windows.net"),
            "files.blob.core.windows.net"
        );
        assert_eq!(
            registrable("bucket.s3.amazonaws.com"),
            "bucket.s3.amazonaws.com"
        );
        assert_eq!(registrable("a.b.pages.dev"), "b.pages.dev");
        assert_eq!(registrable("shop.example.co.jp"), "example.co.jp");
        assert_eq!(registrable("127.0.0.1"), "127.0.0.1");
        assert_eq!(registrable("localhost"), "localhost");
    }

    #[test]
    fn brand_domains_are_registrable() {
        // An entry that is not its own registrable domain never matches (dead) or is a bare
        // public suffix (would match nothing, or everyone if the suffix list lost it).
        let mut bad = Vec::new();
        for brand in lexicon().brands.iter().filter(|b| b.name != GOVERNMENT) {
            for d in &brand.domains {
                // `name.*` is stored as `name.`.
                if !d.ends_with('.')
                    && d != "gov"
                    && (registrable(d) != *d
                        || !d.contains('.')
                        || SUFFIXES.get().split(' ').any(|s| s == d))
                {
                    bad.push(format!("{}: {d} -> {}", brand.name, registrable(d)));
                }
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn official_tax_and_post_sites_own_their_brand() {
        for (name, host) in [
            ("Receita Federal", "www.gov.br"),
            ("Receita Federal", "www.portaldasfinancas.gov.pt"),
            ("NTS Korea", "hometax.go.kr"),
            ("NTS Korea", "www.nts.go.kr"),
            ("Korea Post", "www.epost.go.kr"),
            ("FNS", "www.nalog.gov.ru"),
            ("DGFiP", "www.impots.gouv.fr"),
        ] {
            assert!(owned_by(name, host), "{name} on {host}");
        }
        assert!(!owned_by("Receita Federal", "receita-federal.com.br"));
        assert!(!owned_by("NTS Korea", "nts-go.kr"));
    }

    /// Review 21 H4: a tax office speaks on its government's hosts, which are not its listed
    /// domains (a Land's tax office, a state's revenue department, HMRC's service hosts); a
    /// name anyone registers, or a shared host, is no government's.
    #[test]
    fn government_brands_own_their_countrys_government_hosts() {
        for (name, host) in [
            ("Finanzamt", "www.finanzamt.nrw.de"),
            ("Finanzamt", "www.lfst.bayern.de"),
            ("Finanzamt", "www.oesterreich.gv.at"),
            ("HMRC", "www.tax.service.gov.uk"),
            ("IRS", "www.tax.ny.gov"),
            ("Agencia Tributaria", "atc.gencat.cat"),
            ("DGFiP", "www.service-public.fr"),
            ("Canada Revenue Agency", "www2.gov.bc.ca"),
            ("NTA Japan", "www.city.example.lg.jp"),
        ] {
            assert!(owned_by(name, host), "{name} on {host}");
        }
        for (name, host) in [
            ("Finanzamt", "finanzamt-nrw.de"),
            ("Finanzamt", "finanzamt.gov.de"),
            ("Finanzamt", "nrw.de.steuer-info.com"),
            ("Finanzamt", "finanzamt-nrw.netlify.app"),
            ("IRS", "irs.gov.io"),
            ("IRS", "irs-gov.com"),
            ("HMRC", "hmrc.gov.uk.refund-check.com"),
            // Another country's government host (hacked municipal and agency sites host kits):
            // review 22 M2.
            ("HMRC", "www.cidade-exemplo.sp.gov.br"),
            ("HMRC", "portal-exemplo.nic.in"),
            ("IRS", "www.municipio.gob.mx"),
            ("IRS", "www.example.gov.uk"),
            ("Finanzamt", "www.example.gouv.fr"),
        ] {
            assert!(!owned_by(name, host), "{name} on {host}");
        }
        // Not a brand without `gov`: a bank is no government's.
        assert!(!owned_by("Sparkasse", "www.finanzamt.nrw.de"));
    }

    #[test]
    fn brands_own_their_domains_only() {
        assert!(owned_by("Microsoft", "support.microsoft.com"));
        assert!(owned_by("Microsoft", "www.microsoft.de"));
        assert!(owned_by("Microsoft", "login.live.com"));
        assert!(!owned_by("Microsoft", "x-windows.github.io"));
        assert!(!owned_by("Microsoft", "microsoft-help.azurewebsites.net"));
        assert!(!owned_by("Microsoft", "site.z13.web.core.windows.net"));
        assert!(!owned_by(
            "Microsoft",
            "microsoft.com.security-alert.example"
        ));
        assert!(!owned_by("Microsoft", "microsoft-support.com"));
        assert!(!owned_by("Microsoft", "microsoft.github.io"));
        assert!(owned_by("Apple", "support.apple.com"));
        assert!(owned_by("Apple", "www.icloud.com"));
        assert!(owned_by("Amazon", "www.amazon.co.jp"));
        assert!(!owned_by("Amazon", "bucket.s3.amazonaws.com"));
        assert!(!owned_by("Apple", ""));
        assert!(!owned_by("Google", "sites.google.com"));
        assert!(!owned_by("Microsoft", "onedrive.live.com"));
        assert!(owned_by("Google", "www.google.com"));
        // `name.*` is a country's suffix or .com/.net/.org, not a generic one anyone registers
        // a brand's name under (review 46 R46-H6).
        assert!(owned_by("Amazon", "www.amazon.com.br"));
        assert!(owned_by("PayPal", "www.paypal.de"));
        for host in [
            "microsoft.help",
            "www.microsoft.support",
            "paypal.support",
            "amazon.online",
            "apple.tech",
        ] {
            assert!(
                !owned_by("Microsoft", host) && !owned_by("PayPal", host),
                "{host}"
            );
            assert!(
                !owned_by("Amazon", host) && !owned_by("Apple", host),
                "{host}"
            );
        }
    }

    #[test]
    fn query_is_decoded() {
        let q = query_of("https://a.example/p?ph=%2B1%20888-555-0100&x=call+now#tel=0120");
        assert!(q.contains("+1 888-555-0100"));
        assert!(q.contains("call now"));
        assert!(q.contains("tel 0120"));
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }

    /// `query_of`'s decoding in one pass gives what std's `replace` before and after the decoding
    /// gave: literal and encoded `+ & = #`, bad and cut escapes, bytes that are no UTF-8.
    #[test]
    fn query_decoding_matches_replace() {
        let old = |s: &str| {
            String::from_utf8_lossy(&raw(&s.replace('+', " ")))
                .replace(['&', '='], " ")
                .replace('#', " ")
        };
        let parts = [
            "+",
            "%2B",
            "%2b",
            "&",
            "%26",
            "=",
            "%3D",
            "#",
            "%23",
            "%",
            "%2",
            "%zz",
            "%e2",
            "%82",
            "%ac",
            "%E2%82%AC",
            "%ff",
            "a",
            "é",
            "%20",
            "%c3",
            "%C3%A9",
            "€",
            "%+1",
            "%-1",
            "%f",
        ];
        let mut n = 0;
        for a in parts {
            for b in parts {
                for c in parts {
                    let q = format!("{a}{b}{c}");
                    assert_eq!(decode(&q, true), old(&q), "{q}");
                    assert_eq!(decode(&q, false), String::from_utf8_lossy(&raw(&q)), "{q}");
                    n += 1;
                }
            }
        }
        assert_eq!(n, parts.len().pow(3));
        assert_eq!(
            query_of("https://a.example/?a=1+2%2B3&b=%26%3D%23#x"),
            "a 1 2+3 b     x"
        );
    }

    /// The percent-decoding before `decode` (session 35), as the reference.
    fn raw(s: &str) -> Vec<u8> {
        let b = s.as_bytes();
        let mut out = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' && i + 2 < b.len() {
                let hex = |c: u8| (c as char).to_digit(16);
                if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
            }
            out.push(b[i]);
            i += 1;
        }
        out
    }
}
