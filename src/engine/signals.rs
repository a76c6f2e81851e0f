//! Turns lexicon hits, phone numbers, the host and the behaviour counts into [`Reason`]s.
//!
//! Every signal is a technique or an intent, never a string of a known kit: "a claim that *your*
//! computer is infected", "a phone number next to a call to action", "the page went full screen".

use crate::snapshot::{Behaviour, DomHints, Snapshot};
use crate::verdict::{Detail, Group, Reason, ReasonId};

use super::domain::{host_of, query_of, Site};
use super::lexicon::{lexicon, Cat, Hit};
use super::normalize::normalize;
use super::phone::{find_phones, from_link, Phone};

/// Distance in bytes within which a claim and the word that makes it personal must sit
/// ("your computer … is infected"). Japanese uses 3 bytes per character, so this is about 40
/// Japanese characters or 90 Latin ones.
const CLAIM_WINDOW: usize = 90;
/// A call-to-action word before a number (bytes) and after it.
const CTA_BEFORE: usize = 120;
const CTA_AFTER: usize = 60;
/// A role word glued to a brand name ("Windows Security", "Sécurité Windows").
const ROLE_WINDOW: usize = 14;

/// Bytes between a protection word and the infection word it qualifies ("protection against
/// viruses and spyware", "Trojaner-Entfernung").
const PROTECT_WINDOW: usize = 24;

/// Everything the scorer needs besides the reasons.
#[derive(Debug, Default, Clone)]
pub struct Evidence {
    pub reasons: Vec<Reason>,
    /// Numbers shown with a call to action, as printed.
    pub phones: Vec<String>,
    /// Weighted count of words that talk about scams (benign context).
    pub awareness: f32,
    /// Count of second-person claims (infection, lock, do-not-close).
    pub victim_claims: usize,
    /// A number from the URL query is displayed on the page with a call to action.
    pub injected_phone: bool,
    /// The page is on a domain owned by a brand it names.
    pub on_brand_host: bool,
    /// Number of distinct lock behaviours (excluding audio and DOM-only fakes).
    pub lock_kinds: usize,
}

/// The normalised text of a snapshot, with the title at the start.
pub struct Text {
    pub base: String,
    pub skel: String,
    /// `base[..title_end]` is the title.
    pub title_end: usize,
}

/// Normalises title, visible text and alt texts into one aligned text.
pub fn page_text(snap: &Snapshot) -> Text {
    let title = normalize(&snap.title);
    let mut base = title.base;
    let mut skel = title.skel;
    let title_end = base.len();
    let mut push = |s: &str| {
        if s.trim().is_empty() {
            return;
        }
        let n = normalize(s);
        base.push_str(" \n ");
        skel.push_str(" \n ");
        base.push_str(&n.base);
        skel.push_str(&n.skel);
    };
    push(&snap.text);
    for alt in &snap.alt_texts {
        push(alt);
    }
    Text {
        base,
        skel,
        title_end,
    }
}

fn reason(id: ReasonId, group: Group, weight: f32, detail: Detail, text: &str) -> Reason {
    Reason {
        id,
        group,
        weight: (weight * 100.0).round() / 100.0,
        detail,
        addressed: false,
        text: text.to_string(),
    }
}

fn excerpt_of(base: &str, h: &Hit, pad: usize) -> Detail {
    Detail::Excerpt {
        text: excerpt(base, h.start, h.end, pad),
    }
}

/// Byte distance between two ranges (0 if they overlap).
fn gap(a: &Hit, b: &Hit) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// A letter or digit of a script that separates words with spaces (not CJK/kana, where every
/// character is a word of its own for cutting purposes).
fn wordy(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

/// Longest excerpt, in characters (the popup quotes it in a sentence).
const EXCERPT_MAX: usize = 60;

/// Cuts a short excerpt of `base` around `start..end`: about `pad` bytes of context on each side,
/// never cutting a word in half, whitespace collapsed, at most [`EXCERPT_MAX`] characters.
fn excerpt(base: &str, start: usize, end: usize, pad: usize) -> String {
    let floor = |mut i: usize| {
        i = i.min(base.len());
        while i > 0 && !base.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (floor(start), floor(end).max(floor(start)));
    let ends_word = |i: usize| {
        let before = base[..i].chars().next_back();
        let after = base[i..].chars().next();
        !(before.is_some_and(wordy) && after.is_some_and(wordy))
    };
    // Start: back off `pad` bytes, then forward to the next word start (not past the match).
    let mut s = floor(start.saturating_sub(pad));
    while s < start && !ends_word(s) {
        s += base[s..].chars().next().map_or(1, char::len_utf8);
    }
    // The match itself may begin inside a word (a stem phrase): widen it to the word start.
    let mut s2 = s.min(start);
    while s2 > 0 && !ends_word(s2) {
        s2 = floor(s2 - 1);
    }
    s = s2;
    // End: forward `pad` bytes, then back to a word end (but never inside the match).
    let mut e = floor((end + pad).min(base.len()));
    while e > end && !ends_word(e) {
        e = floor(e - 1);
    }
    while e < base.len() && !ends_word(e) {
        e += base[e..].chars().next().map_or(1, char::len_utf8);
    }
    // Stay inside the element the match is in (texts are joined with line breaks).
    if let Some(i) = base[s..start].rfind('\n') {
        s += i + 1;
    }
    if let Some(i) = base[end..e].find('\n') {
        e = end + i;
    }
    let words: Vec<&str> = base[s..e].split_whitespace().collect();
    let mut out = String::new();
    for w in words {
        let n = out.chars().count() + usize::from(!out.is_empty()) + w.chars().count();
        if n > EXCERPT_MAX && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if n > EXCERPT_MAX {
            // One long run without spaces (CJK text): cut on a character.
            out.extend(w.chars().take(EXCERPT_MAX));
            break;
        }
        out.push_str(w);
    }
    out
}

fn of<'a>(hits: &'a [Hit], cat: Cat) -> impl Iterator<Item = &'a Hit> + 'a {
    hits.iter().filter(move |h| h.cat == cat)
}

/// Hits of some categories sorted by start, for proximity queries in O(log n).
struct Near<'a> {
    hits: Vec<&'a Hit>,
}

/// Longest phrase span considered when looking back for neighbours (bytes).
const MAX_PHRASE: usize = 96;

impl<'a> Near<'a> {
    // `&dyn`: one sort in the Wasm instead of one copy per caller's closure (~3 KB each).
    fn new(hits: &'a [Hit], cats: &dyn Fn(Cat) -> bool) -> Near<'a> {
        let mut v: Vec<&Hit> = hits.iter().filter(|h| cats(h.cat)).collect();
        v.sort_by_key(|h| h.start);
        Near { hits: v }
    }

    /// Whether a hit other than `h` itself lies within `window` bytes of `h`.
    fn any(&self, h: &Hit, window: usize) -> bool {
        let lo = h.start.saturating_sub(window + MAX_PHRASE);
        let first = self.hits.partition_point(|o| o.start < lo);
        self.hits[first..]
            .iter()
            .take_while(|o| o.start <= h.end + window)
            .any(|o| o.start != h.start && gap(h, o) <= window)
    }
}

/// Hits of `cat` that have a hit of one of `near` within `window` bytes.
fn claims<'a>(hits: &'a [Hit], cat: Cat, near: &[Cat], window: usize) -> Vec<&'a Hit> {
    let index = Near::new(hits, &|c| near.contains(&c));
    of(hits, cat).filter(|h| index.any(h, window)).collect()
}

fn distinct_phrases(hits: &[&Hit]) -> usize {
    let mut ids: Vec<usize> = hits.iter().map(|h| h.phrase).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// Computes every signal of a snapshot.
pub fn collect(snap: &Snapshot) -> Evidence {
    let lex = lexicon();
    let text = page_text(snap);
    let hits = lex.find(&text.skel);
    let mut ev = Evidence::default();
    let page = Page::new(host_of(&snap.url), &hits);
    ev.on_brand_host = page.on_brand_host;

    text_signals(&text, &hits, &page, &mut ev);
    phone_signals(snap, &text, &hits, &page, &mut ev);
    behaviour_signals(&snap.behaviour, &snap.dom, &mut ev);

    ev.awareness = of(&hits, Cat::Awareness).map(|h| h.weight).sum();
    ev.reasons.sort_by(|a, b| {
        b.weight
            .partial_cmp(&a.weight)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    ev
}

/// Facts about the page that several signals read, worked out once and passed in.
pub struct Page<'h> {
    /// The page's host (empty when the URL has none).
    pub host: String,
    /// Per brand (lexicon order): its strong mentions, and its weak mentions presented as an
    /// identity (next to a role word: "Windows Security").
    mentions: Vec<(Vec<&'h Hit>, Vec<&'h Hit>)>,
    /// Per brand: the page's site belongs to it.
    owned: Vec<bool>,
    /// The site belongs to one of the known brands, named on the page or not (a Microsoft
    /// article that names Norton AntiVirus does not impersonate Norton).
    pub brand_site: bool,
    /// The site belongs to a brand the page names: its warnings and numbers are its own.
    pub on_brand_host: bool,
    /// Role words ("Security", "Support") by position.
    roles: Near<'h>,
}

impl<'h> Page<'h> {
    pub fn new(host: String, hits: &'h [Hit]) -> Page<'h> {
        let lex = lexicon();
        let site = Site::new(&host);
        let owned: Vec<bool> = lex.brands.iter().map(|b| site.owned_by(b)).collect();
        let roles = Near::new(hits, &|c| c == Cat::BrandRole);
        // Each brand's mentions, sorted out in one pass (a dense page has thousands of hits).
        let mut mentions: Vec<(Vec<&Hit>, Vec<&Hit>)> =
            vec![(Vec::new(), Vec::new()); lex.brands.len()];
        for h in hits {
            match h.cat {
                Cat::Brand(i) => mentions.get_mut(usize::from(i)).map(|n| n.0.push(h)),
                Cat::WeakBrand(i) if roles.any(h, ROLE_WINDOW) => {
                    mentions.get_mut(usize::from(i)).map(|n| n.1.push(h))
                }
                _ => None,
            };
        }
        let on_brand_host = mentions
            .iter()
            .zip(&owned)
            .any(|((strong, weak), own)| *own && strong.len() + weak.len() > 0);
        Page {
            brand_site: owned.iter().any(|o| *o),
            on_brand_host,
            host,
            mentions,
            owned,
            roles,
        }
    }

    fn near_role(&self, h: &Hit) -> bool {
        self.roles.any(h, ROLE_WINDOW)
    }
}

fn text_signals(text: &Text, hits: &[Hit], page: &Page, ev: &mut Evidence) {
    let lex = lexicon();
    let base = &text.base;

    // Brand impersonation: a brand named as an identity on a host it does not own.
    let mut best: Option<(f32, Detail)> = None;
    for ((brand, (strong, weak_id)), owned) in
        lex.brands.iter().zip(&page.mentions).zip(&page.owned)
    {
        let mentions = strong.len() + weak_id.len();
        if mentions == 0 || *owned || page.brand_site {
            continue;
        }
        let identity = weak_id.len() + strong.iter().filter(|h| page.near_role(h)).count();
        let in_title = strong
            .iter()
            .chain(weak_id.iter())
            .any(|h| h.start < text.title_end);
        // A brand merely mentioned ("share on Facebook", news about Microsoft) is no evidence:
        // it must be presented as an identity ("Windows Security") or be the page's title.
        let mut w = match (identity > 0, in_title) {
            (false, false) => continue,
            (false, true) => 1.0,
            (true, _) => 2.5,
        };
        if identity > 0 && in_title {
            w += 1.0;
        }
        if identity >= 3 || mentions >= 5 {
            w += 0.5;
        }
        let w: f32 = f32::min(w, 4.0);
        if best.as_ref().is_none_or(|(bw, _)| w > *bw) {
            // Language-neutral: the brand and the host; the UI words the sentence.
            best = Some((
                w,
                Detail::Brand {
                    brand: brand.name.clone(),
                    host: page.host.clone(),
                },
            ));
        }
    }
    // No brand, but the title is a security or support identity ("Security Centre", "Defender",
    // "Support technique"): weak (1.0), enough only next to lock behaviour. Image-only kits keep
    // little text besides their title.
    if best.is_none() && !page.on_brand_host && !page.brand_site {
        if let Some(h) = page.roles.hits.iter().find(|h| h.end <= text.title_end) {
            let title = excerpt(&base[..text.title_end], h.start, h.end, 24);
            best = Some((
                1.0,
                Detail::Identity {
                    title,
                    host: page.host.clone(),
                },
            ));
        }
    }
    if let Some((w, detail)) = best {
        ev.reasons.push(reason(
            ReasonId::BrandImpersonation,
            Group::Impersonation,
            w,
            detail,
            "The page presents itself as a well-known company, but it is not on that company's website.",
        ));
    }

    // Claims addressed to the reader. An infection word right next to a protection word ("protect
    // your PC against viruses", "virus removal") sells a product or a service: not a claim.
    let victim = [Cat::Victim];
    let protect = Near::new(hits, &|c| c == Cat::Protect);
    let shielded = |h: &Hit| h.cat == Cat::Infection && protect.any(h, PROTECT_WINDOW);
    let infection: Vec<&Hit> = claims(hits, Cat::Infection, &victim, CLAIM_WINDOW)
        .into_iter()
        .filter(|h| !shielded(h))
        .collect();
    let all_infection: Vec<&Hit> = of(hits, Cat::Infection).filter(|h| !shielded(h)).collect();
    let k = distinct_phrases(&infection);
    let w_inf = if k > 0 {
        f32::min(2.0 + 0.5 * (k as f32 - 1.0), 3.0)
    } else if distinct_phrases(&all_infection) >= 3 {
        1.0
    } else {
        0.0
    };
    if w_inf > 0.0 {
        let h = infection.first().or(all_infection.first());
        let detail = Detail::Excerpt {
            text: h
                .map(|h| excerpt(base, h.start, h.end, 30))
                .unwrap_or_default(),
        };
        let mut r = reason(
            ReasonId::InfectionClaim,
            Group::Scare,
            w_inf,
            detail,
            "The page claims your device is infected with a virus or spyware. Web pages cannot scan your computer.",
        );
        // Three or more infection words without "your": alarming vocabulary, not a claim.
        r.addressed = k > 0;
        ev.reasons.push(r);
    }
    let lock = claims(hits, Cat::Lock, &victim, CLAIM_WINDOW);
    let kl = distinct_phrases(&lock);
    if kl > 0 {
        let mut r = reason(
            ReasonId::LockClaim,
            Group::Scare,
            f32::min(2.0 + 0.5 * (kl as f32 - 1.0), 3.0),
            excerpt_of(base, lock[0], 30),
            "The page claims your computer or account has been blocked or locked.",
        );
        r.addressed = true;
        ev.reasons.push(r);
    }
    let dnc: Vec<&Hit> = of(hits, Cat::DoNotClose).collect();
    ev.victim_claims = infection.len() + lock.len() + dnc.len();

    // Error and ticket codes.
    let errors: Vec<&Hit> = of(hits, Cat::Error).collect();
    let hex = hex_code(base);
    if !errors.is_empty() || hex.is_some() {
        let mut w: f32 = if errors.is_empty() { 0.5 } else { 1.5 };
        if hex.is_some() && !errors.is_empty() {
            w += 0.5;
        }
        let detail = match (errors.first(), hex) {
            (Some(h), _) => excerpt_of(base, h, 16),
            (None, Some(code)) => Detail::Code { code },
            _ => Detail::Code {
                code: String::new(),
            },
        };
        ev.reasons.push(reason(
            ReasonId::ErrorCode,
            Group::Scare,
            w,
            detail,
            "The page shows an error or ticket code to make its warning look technical.",
        ));
    }

    // "Do not close" is addressed to the reader by its nature.
    let simple: [(ReasonId, Cat, f32, f32, &str); 3] = [
        (ReasonId::Urgency, Cat::Urgency, 1.0, 1.5, "The page pressures you to act immediately."),
        (
            ReasonId::DoNotClose,
            Cat::DoNotClose,
            2.0,
            2.0,
            "The page tells you not to close it or restart your computer: closing it is exactly what is safe to do.",
        ),
        (
            ReasonId::DataLossThreat,
            Cat::DataLoss,
            1.0,
            1.5,
            "The page threatens that your data, passwords or identity are being stolen or lost.",
        ),
    ];
    for (id, cat, w1, cap, sentence) in simple {
        let found: Vec<&Hit> = of(hits, cat).collect();
        let k = distinct_phrases(&found);
        if k > 0 {
            let w = f32::min(w1 + 0.25 * (k as f32 - 1.0), cap);
            let mut r = reason(
                id,
                Group::Scare,
                w,
                excerpt_of(base, found[0], 20),
                sentence,
            );
            r.addressed = id == ReasonId::DoNotClose;
            ev.reasons.push(r);
        }
    }

    let tools: Vec<&Hit> = of(hits, Cat::RemoteAccess).collect();
    if let Some(h) = tools.first() {
        ev.reasons.push(reason(
            ReasonId::RemoteAccessTool,
            Group::Payment,
            2.0,
            excerpt_of(base, h, 0),
            "The page mentions remote-access software: scammers use it to take control of your computer.",
        ));
    }
    let pay: Vec<&Hit> = of(hits, Cat::Payment).collect();
    if let Some(h) = pay.first() {
        let w = if distinct_phrases(&pay) >= 2 {
            2.5
        } else {
            2.0
        };
        ev.reasons.push(reason(
            ReasonId::PaymentDemand,
            Group::Payment,
            w,
            excerpt_of(base, h, 20),
            "The page talks about gift cards, fees or unauthorised charges to make you pay or call.",
        ));
    }
}

/// A `0x` hexadecimal code of 6 to 8 digits (STOP-error style).
fn hex_code(base: &str) -> Option<String> {
    let b = base.as_bytes();
    // From each `x`: rare in text, and a char search is memchr-fast where a byte loop is not.
    for (x, _) in base.match_indices('x') {
        let starts_code =
            x >= 1 && b[x - 1] == b'0' && (x < 2 || !b[x - 2].is_ascii_alphanumeric());
        if !starts_code {
            continue;
        }
        let mut j = x + 1;
        while j < b.len() && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if (6..=10).contains(&(j - x - 1)) {
            return Some(base[x - 1..j].to_string());
        }
    }
    None
}

fn phone_signals(snap: &Snapshot, text: &Text, hits: &[Hit], page: &Page, ev: &mut Evidence) {
    let base = &text.base;
    let cta_cats = [Cat::Cta, Cat::TollFree, Cat::SupportRole];
    let text_phones = find_phones(base);
    let ctas = Near::new(hits, &|c| cta_cats.contains(&c));
    let mut shown: Vec<(Phone, bool)> = Vec::new(); // (phone, with call to action)
    for p in text_phones {
        let lo = p.start.saturating_sub(CTA_BEFORE + MAX_PHRASE);
        let first = ctas.hits.partition_point(|h| h.start < lo);
        let cta = ctas.hits[first..]
            .iter()
            .take_while(|h| h.start <= p.end + CTA_AFTER)
            .any(|h| {
                (h.end <= p.start && p.start - h.end <= CTA_BEFORE)
                    || (h.start >= p.end && h.start - p.end <= CTA_AFTER)
            });
        shown.push((p, cta));
    }
    // tel: and callto: links are calls to action by construction.
    let tel: Vec<Phone> = snap.tel_links.iter().filter_map(|l| from_link(l)).collect();
    // Numbers in the URL query or fragment: kits pass the scammers' number that way.
    let query = normalize(&query_of(&snap.url)).base;
    let url_phones = find_phones(&query);

    let same = |a: &Phone, b: &Phone| {
        let (x, y) = (
            a.digits.trim_start_matches('+'),
            b.digits.trim_start_matches('+'),
        );
        x.len() >= 7 && y.len() >= 7 && (x.ends_with(y) || y.ends_with(x))
    };
    let reflected: Vec<&Phone> = url_phones
        .iter()
        .filter(|u| shown.iter().any(|(p, _)| same(p, u)) || tel.iter().any(|p| same(p, u)))
        .collect();
    let reflected_cta = reflected.iter().any(|u| {
        u.toll_free
            || tel.iter().any(|p| same(p, u))
            || shown.iter().any(|(p, cta)| *cta && same(p, u))
    });
    if let Some(u) = url_phones.first() {
        let (w, sentence) = if reflected_cta {
            (
                4.0,
                "A phone number passed in the page address is displayed on the page: scammers inject their number into real sites this way.",
            )
        } else {
            (
                1.5,
                "The page address carries a phone number, the way scam kits pass their number to the page.",
            )
        };
        ev.injected_phone = reflected_cta;
        ev.reasons.push(reason(
            ReasonId::PhoneInUrl,
            Group::CallToAction,
            w,
            Detail::Phones {
                numbers: vec![reflected.first().map_or(u.raw.clone(), |p| p.raw.clone())],
            },
            sentence,
        ));
    }

    // The call to action itself.
    let mut listed: Vec<&Phone> = Vec::new();
    for (p, cta) in &shown {
        if *cta && !listed.iter().any(|q| same(q, p)) {
            listed.push(p);
        }
    }
    for p in &tel {
        if !listed.iter().any(|q| same(q, p)) {
            listed.push(p);
        }
    }
    if !listed.is_empty() {
        let mut w: f32 = 3.0;
        if listed.iter().any(|p| p.toll_free) {
            w += 1.0;
        }
        if !tel.is_empty() {
            w += 0.5;
        }
        let official = page.on_brand_host && !ev.injected_phone;
        if official {
            w *= 0.3;
        }
        let detail = Detail::Phones {
            numbers: listed.iter().map(|p| p.raw.clone()).take(3).collect(),
        };
        ev.reasons.push(reason(
            ReasonId::PhoneCallToAction,
            Group::CallToAction,
            f32::min(w, 4.5),
            detail,
            if official {
                "The page shows a support phone number on the company's own website."
            } else {
                "The page asks you to call a phone number. Real security warnings never ask you to phone anyone."
            },
        ));
        ev.phones = listed.iter().map(|p| p.raw.clone()).collect();
    } else {
        // No number visible (kits often fill it in with script), but the text asks to phone support.
        let who = Near::new(hits, &|c| {
            matches!(
                c,
                Cat::Brand(_)
                    | Cat::WeakBrand(_)
                    | Cat::BrandRole
                    | Cat::SupportRole
                    | Cat::TollFree
            )
        });
        let ask: Vec<&Hit> = hits
            .iter()
            .filter(|h| matches!(h.cat, Cat::Cta | Cat::TollFree))
            .filter(|h| who.any(h, 20))
            .collect();
        if let Some(h) = ask.first() {
            if !page.on_brand_host {
                ev.reasons.push(reason(
                    ReasonId::PhoneCallToAction,
                    Group::CallToAction,
                    1.5,
                    excerpt_of(base, h, 20),
                    "The page asks you to phone 'support'. Real security warnings never ask you to phone anyone.",
                ));
            }
        }
    }
}

fn behaviour_signals(b: &Behaviour, dom: &DomHints, ev: &mut Evidence) {
    let mut push = |id: ReasonId, w: f32, detail: Detail, text: &str, lock: bool| {
        ev.reasons.push(reason(id, Group::Lock, w, detail, text));
        if lock {
            ev.lock_kinds += 1;
        }
    };
    let count = |count: u32| Detail::Count { count };
    if b.fullscreen > 0 {
        push(ReasonId::Fullscreen, 2.0, count(b.fullscreen),
            "The page forced the browser into full screen to hide the address bar and look like your desktop.", true);
    }
    let dialogs = b.dialogs.saturating_add(b.print);
    if dialogs >= 2 {
        let w = if dialogs >= 4 { 3.0 } else { 2.0 };
        push(
            ReasonId::DialogLoop,
            w,
            count(dialogs),
            "The page opens dialog boxes again and again so you cannot leave it.",
            true,
        );
    }
    if b.beforeunload > 0 {
        push(
            ReasonId::LeaveTrap,
            1.5,
            count(b.beforeunload),
            "The page tries to stop you from leaving it.",
            true,
        );
    }
    if b.history >= 3 {
        let w = if b.history >= 10 { 2.5 } else { 1.0 };
        push(
            ReasonId::HistoryFlood,
            w,
            count(b.history),
            "The page fills your history so the Back button keeps you on it.",
            b.history >= 10,
        );
    }
    if b.keyboard_lock > 0 || b.pointer_lock > 0 {
        push(
            ReasonId::InputLock,
            3.0,
            Detail::InputLock {
                keyboard: b.keyboard_lock,
                pointer: b.pointer_lock,
            },
            "The page captured your keyboard or mouse pointer.",
            true,
        );
    }
    if b.media_play > 0 || b.audio_context > 0 || b.speech > 0 {
        let w = if b.speech > 0 { 2.0 } else { 1.0 };
        push(
            ReasonId::Audio,
            w,
            Detail::Audio {
                media: b.media_play,
                audio: b.audio_context,
                speech: b.speech,
            },
            "The page plays alarm sounds or a voice message to frighten you.",
            false,
        );
    }
    if b.key_block > 0 || b.context_block > 0 {
        push(
            ReasonId::InputCapture,
            1.5,
            Detail::InputCapture {
                keys: b.key_block,
                menu: b.context_block,
            },
            "The page blocks keys or the right-click menu so you cannot close it normally.",
            true,
        );
    }
    if b.window_open >= 3 || b.notification > 0 {
        push(
            ReasonId::PopupFlood,
            2.0,
            Detail::Popups {
                windows: b.window_open,
                notifications: b.notification,
            },
            "The page opens windows or notifications repeatedly.",
            true,
        );
    }
    if b.downloads >= 3 {
        push(
            ReasonId::DownloadFlood,
            2.5,
            count(b.downloads),
            "The page starts download after download to freeze the browser.",
            true,
        );
    }
    if b.auth_prompts >= 2 {
        push(
            ReasonId::AuthLoop,
            3.0,
            count(b.auth_prompts),
            "The page shows sign-in prompts in a loop to trap you.",
            true,
        );
    }
    if dom.hidden_cursor || dom.custom_cursor {
        let w = if dom.hidden_cursor { 2.0 } else { 1.0 };
        push(
            ReasonId::HiddenCursor,
            w,
            Detail::Cursor {
                hidden: dom.hidden_cursor,
            },
            "The page hides or fakes your mouse cursor.",
            dom.hidden_cursor,
        );
    }
    if dom.fake_dialogs > 0 {
        let w = if dom.fake_dialogs >= 3 { 1.5 } else { 1.0 };
        push(
            ReasonId::FakeDialog,
            w,
            count(dom.fake_dialogs),
            "The page draws fake system dialog boxes.",
            false,
        );
    }
    if dom.fake_chrome > 0 {
        push(
            ReasonId::FakeBrowserChrome,
            1.5,
            count(dom.fake_chrome),
            "The page draws a fake browser or Windows window to look like your system.",
            false,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(snap: &Snapshot) -> Vec<ReasonId> {
        collect(snap).reasons.into_iter().map(|r| r.id).collect()
    }

    #[test]
    fn hex_codes() {
        assert_eq!(
            hex_code("stop 0x0000007b here").as_deref(),
            Some("0x0000007b")
        );
        assert_eq!(hex_code("0x1"), None);
        assert_eq!(hex_code("x0x12345678 ab0x123456 0x12x0x123456"), None);
        assert_eq!(hex_code("0x1 (0x80070424)").as_deref(), Some("0x80070424"));
    }

    #[test]
    fn second_person_infection_claim() {
        let snap = Snapshot {
            text: "Warning: your computer is infected with spyware.".into(),
            ..Default::default()
        };
        assert!(ids(&snap).contains(&ReasonId::InfectionClaim));
    }

    #[test]
    fn phone_with_cta_is_listed() {
        let snap = Snapshot {
            url: "https://help-desk.example/".into(),
            text: "Please call toll free 1-888-555-0147 immediately".into(),
            ..Default::default()
        };
        let ev = collect(&snap);
        assert_eq!(ev.phones, vec!["1-888-555-0147".to_string()]);
    }

    #[test]
    fn phone_without_cta_is_not_listed() {
        let snap = Snapshot {
            text: "Our office: 020 7946 0321. Opening hours 9-17.".into(),
            ..Default::default()
        };
        assert!(collect(&snap).phones.is_empty());
    }

    #[test]
    fn tel_links_count() {
        let snap = Snapshot {
            tel_links: vec!["tel:+18885550147".into()],
            ..Default::default()
        };
        let ev = collect(&snap);
        assert_eq!(ev.phones.len(), 1);
    }
}
