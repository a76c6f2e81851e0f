//! Facts about a page that more than one signal reads, worked out once per snapshot: its
//! normalised text (title first) and its host with the brands it names and owns.

use crate::snapshot::Snapshot;

use super::super::domain::Site;
use super::super::lexicon::{lexicon, Cat, Hit};
use super::super::normalize::normalize;
use super::super::trim;
use super::super::weights::{CALLED_GAP, ROLE_WINDOW};
use super::addressed::ends_sentence;
use super::near::{kept, Near, MAX_PHRASE};

/// The normalised text of a snapshot, with the title at the start.
pub struct Text {
    pub base: String,
    pub skel: String,
    /// `base[..title_end]` is the title.
    pub title_end: usize,
    /// `base[alts_start..]` holds the image texts, labels and button values.
    pub alts_start: usize,
}

/// Normalises title, visible text and alt texts into one aligned text.
pub fn page_text(snap: &Snapshot) -> Text {
    let title = normalize(&snap.title);
    let mut base = title.base;
    let mut skel = title.skel;
    let title_end = base.len();
    let push = |base: &mut String, skel: &mut String, s: &str| {
        if trim(s).is_empty() {
            return;
        }
        let n = normalize(s);
        base.push_str(" \n ");
        skel.push_str(" \n ");
        base.push_str(&n.base);
        skel.push_str(&n.skel);
    };
    push(&mut base, &mut skel, &snap.text);
    let alts_start = base.len();
    for alt in &snap.alt_texts {
        push(&mut base, &mut skel, alt);
    }
    Text {
        base,
        skel,
        title_end,
        alts_start,
    }
}

/// Facts about the page that several signals read, worked out once and passed in.
pub struct Page<'h> {
    /// The page's host (empty when the URL has none).
    pub host: String,
    /// Per brand (lexicon order): its strong mentions, and its weak mentions presented as an
    /// identity (next to a role word: "Windows Security").
    pub(super) mentions: Vec<(Vec<&'h Hit>, Vec<&'h Hit>)>,
    /// Per brand: the page's site belongs to it.
    pub(super) owned: Vec<bool>,
    /// The site belongs to one of the known brands, named on the page or not (a Microsoft
    /// article that names Norton AntiVirus does not impersonate Norton).
    pub brand_site: bool,
    /// The site belongs to a brand the page names: its warnings and numbers are its own.
    pub on_brand_host: bool,
    /// The title names the site by its registered name ("Fraud alerts | Example Bank" on
    /// www.examplebank.com): an organisation's own site, unless its page says what none says
    /// to its customers (signals::collect).
    pub self_named: bool,
    /// A part of the title is one part of a hyphenated registered name that no lexicon reads,
    /// and the text names it too ("Your account | FitZone" over "Your FitZone membership" on
    /// fitzone-members.example: [`titled_by_part`]): the site's own page when it claims nothing
    /// but a charge (signals::collect); the refund, recover, seed, failure and police rules do
    /// not read it as self-named (a kit names itself as cheaply).
    pub titled: bool,
    /// A part of the title starts with the site's registered name and goes on ("Order
    /// confirmation | Shieldwise Antivirus" on shieldwise.example): the site names its product.
    /// Its role word ("Antivirus") is no identity there, and a refund or failure rule does not
    /// read its receipt as a lure (nineteenth session); a claim still makes the site anyone's.
    pub names_product: bool,
    /// The host is a government's (domain.rs `GOVERNMENT`): a tax office speaks of the refunds
    /// it owes on its own site.
    pub government: bool,
    /// The site's registered name (domain.rs `Site::own_label`).
    pub own_label: Option<String>,
    /// Role words ("Security", "Support") by position.
    pub(super) roles: Near<'h>,
    /// Starts of the brand mentions right after a call word ("call HMRC").
    called: Vec<usize>,
}

impl<'h> Page<'h> {
    pub fn new(host: String, base: &str, title_end: usize, hits: &'h [Hit]) -> Page<'h> {
        let lex = lexicon();
        let site = Site::new(&host);
        let owned: Vec<bool> = lex.brands.iter().map(|b| site.owned_by(b)).collect();
        let roles = Near::new(hits, &|c| c == Cat::BrandRole);
        let calls = Near::new(hits, &|c| c == Cat::Cta);
        // The brand the reader is told to call ("call HMRC on …", "Ring Skatteverket", "contatta
        // l'Agenzia delle Entrate"): an identity when the title names it too (brand.rs).
        let called = kept(hits, &mut |h| {
            matches!(h.cat, Cat::Brand(_) | Cat::WeakBrand(_)) && called_by(&calls, base, h)
        });
        // A weak name ("Orange", "Posten") in the title counts as the title's brand when the text
        // tells the reader to call that brand ("Zadzwoń do Orange").
        let titled = |h: &Hit| h.start < title_end && called.iter().any(|c| c.cat == h.cat);
        let called: Vec<usize> = called.iter().map(|h| h.start).collect();
        // Each brand's mentions, sorted out in one pass (a dense page has thousands of hits).
        let mut mentions: Vec<(Vec<&Hit>, Vec<&Hit>)> =
            vec![(Vec::new(), Vec::new()); lex.brands.len()];
        for h in hits {
            match h.cat {
                Cat::Brand(i) => mentions.get_mut(usize::from(i)).map(|n| n.0.push(h)),
                // The tail of a hyphenated word is no name: "pop-ups" is not UPS (review 23 H5).
                Cat::WeakBrand(_) if compound_tail(base, h) => None,
                Cat::WeakBrand(i)
                    if roles.any(h, ROLE_WINDOW) || called.contains(&h.start) || titled(h) =>
                {
                    mentions.get_mut(usize::from(i)).map(|n| n.1.push(h))
                }
                _ => None,
            };
        }
        let brand_site = lex.brands.iter().any(|b| site.listed_for(b, false));
        // Or the page names no brand at all on a brand's own listed domain (not a government's,
        // not user content): the bank speaks on its site without naming itself ("Karte
        // vorsorglich gesperrt … Bitte rufen Sie uns sofort an" on www.commerzbank.de).
        let on_brand_host = mentions
            .iter()
            .zip(&owned)
            .any(|((strong, weak), own)| *own && strong.len() + weak.len() > 0)
            || brand_site && mentions.iter().all(|(s, w)| s.is_empty() && w.is_empty());
        let self_named = site
            .own_label()
            .is_some_and(|label| names_site(&base[..title_end.min(base.len())], label));
        let titled = !self_named
            && site
                .own_label()
                .is_some_and(|label| titled_by_part(base, title_end, label, hits));
        let names_product = !self_named
            && site
                .own_label()
                .is_some_and(|label| names_product(&base[..title_end.min(base.len())], label));
        Page {
            own_label: site.own_label().map(str::to_string),
            self_named,
            titled,
            names_product,
            government: site.government(),
            brand_site,
            on_brand_host,
            host,
            mentions,
            owned,
            roles,
            called,
        }
    }

    pub(super) fn near_role(&self, h: &Hit) -> bool {
        self.roles.any(h, ROLE_WINDOW)
    }

    /// Whether the reader is told to call this mention of a brand ("call HMRC").
    pub(super) fn called(&self, h: &Hit) -> bool {
        self.called.contains(&h.start)
    }
}

/// Shortest registered name a title may name its site by (a two- or three-letter label is an
/// abbreviation many names share).
const OWN_NAME_MIN: usize = 4;

/// Whether a part of the (normalised) title, split at `|`, `:`, `·`, `•`, `,`, `/` or `-`, is
/// the site's registered name `label` once its spaces, dots and apostrophes go ("Example Bank"
/// and examplebank; "Bank Przykładowy" and bankprzykladowy: letters the normaliser keeps that a
/// host spells in ASCII).
pub(super) fn names_site(title: &str, label: &str) -> bool {
    label.len() >= OWN_NAME_MIN
        && title
            .split(['|', ':', '·', '•', ',', '/', '-'])
            .any(|part| {
                part.chars()
                    .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '\'' | '&'))
                    .map(|c| match c {
                        'ł' => 'l',
                        'ø' => 'o',
                        'đ' => 'd',
                        'ı' => 'i',
                        _ => c,
                    })
                    .eq(label.chars().filter(|c| *c != '-'))
            })
}

/// Whether a part of the (normalised) title starts with the site's registered name `label`,
/// whole words, and goes on with more words ("shieldwise antivirus" and shieldwise): the site
/// names its own product. ([`names_site`] wants the part to be the name alone.)
fn names_product(title: &str, label: &str) -> bool {
    let want: String = label.chars().filter(|c| *c != '-').collect();
    label.len() >= OWN_NAME_MIN
        && title
            .split(['|', ':', '·', '•', ',', '/', '-'])
            .any(|part| {
                let mut got = String::new();
                let mut words = part.split_whitespace();
                for w in words.by_ref() {
                    got.extend(w.chars().filter(|c| !matches!(c, '.' | '\'' | '&')));
                    if got.len() >= want.len() {
                        break;
                    }
                }
                got == want && words.next().is_some()
            })
}

/// Whether the page names its site: the (normalised) text says the registered name `label` in
/// words of its own, one or several in a row ("Your Ironside Fitness membership" on
/// ironsidefitness.example, "Powered by Stripe" on pay.stripe.com), or a part of the title has
/// two words or more of four letters or more, each inside the name ("Mon abonnement - Journal du
/// Vallon" on abonnes-journal-vallon.example): a vendor's or a payment service's own page.
pub fn names_host(text: &str, title_end: usize, label: &str, hits: &[Hit]) -> bool {
    let want: Vec<u8> = label.bytes().filter(|c| *c != b'-').collect();
    let t = text.as_bytes();
    let titled = t[..title_end.min(t.len())]
        .split(|c| b"|:,/-".contains(c))
        .any(|part| {
            let (mut n, mut all) = (0, true);
            for w in part
                .split(|c| !c.is_ascii_alphanumeric())
                .filter(|w| w.len() >= OWN_NAME_MIN)
                // A word of the lure is no name: "Rimborso fiscale" on
                // rimborso-fiscale-online.site is a kit's host made of its words (brands36).
                .filter(|w| {
                    let at = w.as_ptr() as usize - t.as_ptr() as usize;
                    !hits.iter().any(|h| h.start <= at && at < h.end)
                })
            {
                n += 1;
                all &= want.windows(w.len()).any(|x| x == w);
            }
            n >= 2 && all
        });
    label.len() >= OWN_NAME_MIN && (titled || (0..t.len()).any(|i| spelled(t, i, label.as_bytes())))
}

/// Whether, from a word start `i`, the letters and digits that follow, across the spaces between
/// words, spell the registered name `label` (its hyphens aside) and end with a word.
#[inline(never)]
fn spelled(t: &[u8], i: usize, label: &[u8]) -> bool {
    let word = |i: usize| t.get(i).is_some_and(u8::is_ascii_alphanumeric);
    if i > 0 && word(i - 1) {
        return false;
    }
    let mut j = i;
    for c in label.iter().filter(|c| **c != b'-') {
        while t.get(j) == Some(&b' ') {
            j += 1;
        }
        if t.get(j) != Some(c) {
            return false;
        }
        j += 1;
    }
    !word(j)
}

/// Whether the page names its site apart from its lure: a part of the title is the site's name
/// with no lexicon phrase in it ("Harrowgate Bank" on harrowgate-bank.example; not "Bonifico
/// bloccato" on bonifico-bloccato.site, a kit's host made of its heading), or one part of several
/// holds none ("Payment held - Northfield Bank" on nfb-online.example: a heading and a name), or the
/// text below the title spells it, or a part of it by its initials ([`initials`]), outside every
/// lexicon phrase ("Banca Vallone: il suo bonifico …"; not "een verdachte betaling tegengehouden"
/// on betaling-tegengehouden.site).
/// Thirty-seventh session, for the fraud-team call (signals/mod.rs `fraud_asked`). With `parts`
/// (thirty-eighth session, a coin return's call: the loss's sentence) a part of eight letters or
/// more of a hyphenated name spelled outside that sentence names it too ("Harborcoin will cover
/// the loss" on harborcoin-exchange.example); a fraud kit's host is made of its lure's words,
/// shorter ("pagamento-sospeso"), and a recovery kit's are words of its loss's sentence ("Our
/// blockchain analysts traced 0.61 BTC …" on blockchain-tracing-office.site).
pub fn names_apart(
    text: &str,
    title_end: usize,
    label: &str,
    hits: &[Hit],
    parts: Option<(usize, usize)>,
) -> bool {
    let title_end = title_end.min(text.len());
    let t = text.as_bytes();
    let sep = |c: &u8| b"|:,/-".contains(c);
    let several = t[..title_end].iter().any(sep);
    t[..title_end].split(sep).any(|part| {
        let at = part.as_ptr() as usize - t.as_ptr() as usize;
        (names_site(&text[at..at + part.len()], label)
            || (several && part.iter().filter(|c| **c != b' ').count() >= OWN_NAME_MIN))
            && !hits.iter().any(|h| h.start < at + part.len() && at < h.end)
    }) || (title_end..text.len()).any(|i| {
        (spelled(t, i, label.as_bytes())
            || label.as_bytes().split(|c| *c == b'-').any(|p| {
                initials(t, i, p)
                    || (parts.is_some_and(|(s, e)| i < s || i >= e)
                        && p.len() >= 2 * OWN_NAME_MIN
                        && spelled(t, i, p))
            }))
            && !hits.iter().any(|h| h.start <= i && i < h.end)
    })
}

/// Whether, from a word start `i`, the words of four letters or more start with the letters of
/// `p` (three at least), one after the other, words of three letters or fewer between them
/// skipped: a name whose initials are the host's ("Pine County Federal Credit Union" on pcfcu,
/// "Banca Popolare di Valverde" on bpv-esempio).
fn initials(t: &[u8], i: usize, p: &[u8]) -> bool {
    if p.len() < 3 || (i > 0 && t[i - 1].is_ascii_alphanumeric()) {
        return false;
    }
    let (mut j, mut k) = (i, 0);
    while k < p.len() {
        let n = t[j..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if n >= 4 && t[j] == p[k] {
            k += 1;
        } else if n == 0 || n >= 4 || k == 0 {
            return false;
        }
        j += n + 1;
        if k < p.len() && t.get(j - 1) != Some(&b' ') {
            return false;
        }
    }
    true
}

/// Whether a part of the (normalised) title is one part of the site's hyphenated registered name,
/// written as one word ([`names_site`] on that part), no lexicon word starts it, and the text below
/// the title names it too ([`names_host`]): "Your account | FitZone" over "Your FitZone
/// membership has been renewed" on fitzone-members.example. A business calls its site by its
/// name and a word ("members", "club"), and heads and signs its own pages with that name. A
/// kit's title reads as a heading ("Order Confirmation" on order-status-desk.example); a kit's
/// host is made of the words its lure is made of ("Renewal - Billing" on
/// renewal-billing-desk.example: "renewal" is a lexicon word there) or names no part of it.
/// (Thirty-fifth session: the two helpers instead of a scan of its own, for the Wasm's size.)
fn titled_by_part(text: &str, title_end: usize, label: &str, hits: &[Hit]) -> bool {
    let title_end = title_end.min(text.len());
    label.split('-').any(|p| {
        p.len() < label.len()
            && names_site(&text[..title_end], p)
            // In one word, as the host spells it: "Invoice | Cloud Box" on cloudbox-billing.site
            // is a kit's (review 35 B35-M1).
            && text.as_bytes()[..title_end]
                .windows(p.len())
                .any(|w| w == p.as_bytes())
            && !hits.iter().any(|h| {
                h.start < title_end
                    && text
                        .as_bytes()
                        .get(h.start..h.end)
                        .is_some_and(|w| p.as_bytes().starts_with(w))
            })
            // The text names it too, in words of its own ("Your FitZone membership"): a kit's
            // title names a site its lure never speaks for ("Zentrix | Invoice" over "Your PC
            // Guard Plus subscription has been renewed").
            && names_host(&text[title_end..], 0, p, &[])
    })
}

/// A call word right before the brand, at most [`CALLED_GAP`] bytes ("call the IRS", "ring
/// Telia", "zadzwoń do Poczty Polskiej"), with no line or sentence break between.
fn called_by(calls: &Near, base: &str, h: &Hit) -> bool {
    let first = calls
        .hits
        .partition_point(|c| c.start + MAX_PHRASE + CALLED_GAP < h.start);
    calls.hits[first..]
        .iter()
        .take_while(|c| c.start < h.start)
        .any(|c| {
            c.end <= h.start
                && h.start - c.end <= CALLED_GAP
                && base.get(c.end..h.start).is_some_and(|between| {
                    !between
                        .chars()
                        .any(|c| ends_sentence(c) || matches!(c, ':' | '|'))
                })
        })
}

/// Whether `h` is the second part of a hyphenated word ("pop-ups", "check-ups"): a letter, a
/// dash, then the hit.
fn compound_tail(base: &str, h: &Hit) -> bool {
    let mut before = base.get(..h.start).unwrap_or("").chars().rev();
    before.next() == Some('-') && before.next().is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::super::super::domain::Site;
    use super::{names_apart, names_product, names_site};

    #[test]
    fn a_host_part_names_the_site_outside_the_loss() {
        // Thirty-eighth session: with the loss's sentence given, a part of eight letters or more
        // spelled outside it names the site ("Harborcoin will cover the loss"), not inside it.
        let t =
            "incident update\n0.31 btc was taken from your wallet. harborcoin will cover the loss.";
        let end = t.find('\n').unwrap();
        let loss = (end + 1, t.find(". harborcoin").unwrap());
        assert!(names_apart(t, end, "harborcoin-exchange", &[], Some(loss)));
        assert!(!names_apart(t, end, "harborcoin-exchange", &[], None));
        let k = "case 5521\nour blockchain analysts traced 0.61 btc that was stolen from you.";
        let end = k.find('\n').unwrap();
        assert!(!names_apart(
            k,
            end,
            "blockchain-tracing-office",
            &[],
            Some((end + 1, k.len()))
        ));
    }

    #[test]
    fn a_title_names_its_site_by_the_registered_name() {
        assert!(names_site("fraud alerts | example bank", "examplebank"));
        assert!(names_site(
            "fixmypc springfield - computer repair",
            "fixmypcspringfield"
        ));
        // More than the name, a shared-hosting or too short label: no.
        assert!(!names_site("example bank alert", "examplebank"));
        // The name and more words: the site's product, not its name alone.
        assert!(names_product(
            "order confirmation | shieldwise antivirus",
            "shieldwise"
        ));
        assert!(names_product("example bank alert", "examplebank"));
        assert!(!names_product("shieldwiser antivirus", "shieldwise"));
        assert!(!names_product("shieldwise", "shieldwise"));
        assert!(!names_product("antivirus shieldwise pro", "shieldwise"));
        assert!(!names_site(
            "fraud alerts | example bank",
            "examplebankalert"
        ));
        assert!(!names_site("b&q", "bq"));
        assert!(names_site("alert - bank przykładowy", "bankprzykladowy"));
        let label = |host: &str| Site::new(host).own_label().map(str::to_string);
        assert_eq!(label("www.examplebank.com").as_deref(), Some("examplebank"));
        assert_eq!(
            label("fixmypc-springfield.co.uk").as_deref(),
            Some("fixmypc-springfield")
        );
        assert_eq!(label("examplebank.pages.dev"), None);
        assert_eq!(label("203.0.113.7"), None);
    }
}
