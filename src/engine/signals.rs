//! Turns lexicon hits, phone numbers, the host and the behaviour counts into [`Reason`]s.
//!
//! Every signal is a technique or an intent, never a string of a known kit: "a claim that *your*
//! computer is infected", "a phone number next to a call to action", "the page went full screen".

use crate::snapshot::{Behaviour, DomHints, Snapshot};
use crate::verdict::{Group, Reason};

use super::domain::{host_of, query_of, Site};
use super::lexicon::{lexicon, Cat, Hit};
use super::normalize::normalize;
use super::phone::{classify, find_phones, Phone};

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

fn reason(id: &str, group: Group, weight: f32, detail: String, text: &str) -> Reason {
    Reason {
        id: id.to_string(),
        group,
        weight: (weight * 100.0).round() / 100.0,
        detail,
        text: text.to_string(),
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
    let host = host_of(&snap.url);

    text_signals(&text, &hits, &host, &mut ev);
    phone_signals(snap, &text, &hits, &mut ev);
    behaviour_signals(&snap.behaviour, &snap.dom, &mut ev);

    ev.awareness = of(&hits, Cat::Awareness).map(|h| h.weight).sum();
    ev.reasons.sort_by(|a, b| {
        b.weight
            .partial_cmp(&a.weight)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    ev
}

fn text_signals(text: &Text, hits: &[Hit], host: &str, ev: &mut Evidence) {
    let lex = lexicon();
    let base = &text.base;

    // Brand impersonation: a brand named as an identity on a host it does not own.
    let mut best: Option<(f32, String)> = None;
    let mut named_brand_owned = false;
    // A site owned by one of the brands does not impersonate another (a Microsoft article that
    // names Norton AntiVirus).
    let site = Site::new(host);
    let brand_site = lex.brands.iter().any(|b| site.owned_by(b));
    let roles = Near::new(hits, &|c| c == Cat::BrandRole);
    let near_role = |h: &Hit| roles.any(h, ROLE_WINDOW);
    // Each brand's mentions, sorted out in one pass (a dense page has thousands of hits).
    let mut named: Vec<(Vec<&Hit>, Vec<&Hit>)> = vec![(Vec::new(), Vec::new()); lex.brands.len()];
    for h in hits {
        match h.cat {
            Cat::Brand(i) => named.get_mut(usize::from(i)).map(|n| n.0.push(h)),
            Cat::WeakBrand(i) if near_role(h) => named.get_mut(usize::from(i)).map(|n| n.1.push(h)),
            _ => None,
        };
    }
    for (brand, (strong, weak_id)) in lex.brands.iter().zip(named) {
        let mentions = strong.len() + weak_id.len();
        if mentions == 0 {
            continue;
        }
        if site.owned_by(brand) {
            named_brand_owned = true;
            continue;
        }
        if brand_site {
            continue;
        }
        let identity = weak_id.len() + strong.iter().filter(|h| near_role(h)).count();
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
        // Language-neutral: the brand and the host; the popup words the sentence.
        let where_ = if host.is_empty() {
            "?".to_string()
        } else {
            host.to_string()
        };
        if best.as_ref().is_none_or(|(bw, _)| w > *bw) {
            best = Some((w, format!("{} · {}", brand.name, where_)));
        }
    }
    ev.on_brand_host = named_brand_owned;
    // No brand, but the title is a security or support identity ("Security Centre", "Defender",
    // "Support technique"): weak (1.0), enough only next to lock behaviour. Image-only kits keep
    // little text besides their title.
    if best.is_none() && !named_brand_owned && !brand_site {
        if let Some(h) = roles.hits.iter().find(|h| h.end <= text.title_end) {
            let title = excerpt(&base[..text.title_end], h.start, h.end, 24);
            best = Some((
                1.0,
                format!("{} · {}", title, if host.is_empty() { "?" } else { host }),
            ));
        }
    }
    if let Some((w, detail)) = best {
        ev.reasons.push(reason(
            "brand_impersonation",
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
        let h = infection
            .first()
            .copied()
            .or(all_infection.first().copied());
        let detail = h
            .map(|h| excerpt(base, h.start, h.end, 30))
            .unwrap_or_default();
        ev.reasons.push(reason(
            "infection_claim",
            Group::Scare,
            w_inf,
            detail,
            "The page claims your device is infected with a virus or spyware. Web pages cannot scan your computer.",
        ));
    }
    let lock = claims(hits, Cat::Lock, &victim, CLAIM_WINDOW);
    let kl = distinct_phrases(&lock);
    if kl > 0 {
        ev.reasons.push(reason(
            "lock_claim",
            Group::Scare,
            f32::min(2.0 + 0.5 * (kl as f32 - 1.0), 3.0),
            excerpt(base, lock[0].start, lock[0].end, 30),
            "The page claims your computer or account has been blocked or locked.",
        ));
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
            (Some(h), _) => excerpt(base, h.start, h.end, 16),
            (None, Some(code)) => code,
            _ => String::new(),
        };
        ev.reasons.push(reason(
            "error_code",
            Group::Scare,
            w,
            detail,
            "The page shows an error or ticket code to make its warning look technical.",
        ));
    }

    let simple: [(&str, Cat, f32, f32, &str); 3] = [
        ("urgency", Cat::Urgency, 1.0, 1.5, "The page pressures you to act immediately."),
        (
            "do_not_close",
            Cat::DoNotClose,
            2.0,
            2.0,
            "The page tells you not to close it or restart your computer: closing it is exactly what is safe to do.",
        ),
        (
            "data_loss_threat",
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
            ev.reasons.push(reason(
                id,
                Group::Scare,
                w,
                excerpt(base, found[0].start, found[0].end, 20),
                sentence,
            ));
        }
    }

    let tools: Vec<&Hit> = of(hits, Cat::RemoteAccess).collect();
    if let Some(h) = tools.first() {
        ev.reasons.push(reason(
            "remote_access_tool",
            Group::Payment,
            2.0,
            excerpt(base, h.start, h.end, 0),
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
            "payment_demand",
            Group::Payment,
            w,
            excerpt(base, h.start, h.end, 20),
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

fn phone_signals(snap: &Snapshot, text: &Text, hits: &[Hit], ev: &mut Evidence) {
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
    // tel: links are calls to action by construction.
    let mut tel = Vec::new();
    for t in &snap.tel_links {
        let raw = super::domain::percent_decode(
            t.trim()
                .trim_start_matches("tel:")
                .trim_start_matches("TEL:"),
        );
        let n = normalize(&raw).base;
        let digits: String = n.chars().filter(|c| c.is_ascii_digit()).collect();
        if digits.len() < 6 {
            continue;
        }
        let p = classify(&n).unwrap_or(Phone {
            start: 0,
            end: 0,
            raw: n.clone(),
            digits: if n.trim_start().starts_with('+') {
                format!("+{digits}")
            } else {
                digits
            },
            region: "tel",
            toll_free: false,
        });
        tel.push(p);
    }
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
            "phone_in_url",
            Group::CallToAction,
            w,
            reflected.first().map_or(u.raw.clone(), |p| p.raw.clone()),
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
        let official = ev.on_brand_host && !ev.injected_phone;
        if official {
            w *= 0.3;
        }
        let detail = listed
            .iter()
            .map(|p| p.raw.as_str())
            .take(3)
            .collect::<Vec<_>>()
            .join(", ");
        ev.reasons.push(reason(
            "phone_call_to_action",
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
            if !ev.on_brand_host {
                ev.reasons.push(reason(
                    "phone_call_to_action",
                    Group::CallToAction,
                    1.5,
                    excerpt(base, h.start, h.end, 20),
                    "The page asks you to phone 'support'. Real security warnings never ask you to phone anyone.",
                ));
            }
        }
    }
}

fn behaviour_signals(b: &Behaviour, dom: &DomHints, ev: &mut Evidence) {
    let mut push = |id: &str, group: Group, w: f32, detail: String, text: &str, lock: bool| {
        ev.reasons.push(reason(id, group, w, detail, text));
        if lock {
            ev.lock_kinds += 1;
        }
    };
    let l = Group::Lock;
    if b.fullscreen > 0 {
        push("fullscreen", l, 2.0, b.fullscreen.to_string(),
            "The page forced the browser into full screen to hide the address bar and look like your desktop.", true);
    }
    let dialogs = b.dialogs.saturating_add(b.print);
    if dialogs >= 2 {
        let w = if dialogs >= 4 { 3.0 } else { 2.0 };
        push(
            "dialog_loop",
            l,
            w,
            dialogs.to_string(),
            "The page opens dialog boxes again and again so you cannot leave it.",
            true,
        );
    }
    if b.beforeunload > 0 {
        push(
            "leave_trap",
            l,
            1.5,
            b.beforeunload.to_string(),
            "The page tries to stop you from leaving it.",
            true,
        );
    }
    if b.history >= 3 {
        let w = if b.history >= 10 { 2.5 } else { 1.0 };
        push(
            "history_flood",
            l,
            w,
            b.history.to_string(),
            "The page fills your history so the Back button keeps you on it.",
            b.history >= 10,
        );
    }
    if b.keyboard_lock > 0 || b.pointer_lock > 0 {
        push(
            "input_lock",
            l,
            3.0,
            format!("keyboard {} / pointer {}", b.keyboard_lock, b.pointer_lock),
            "The page captured your keyboard or mouse pointer.",
            true,
        );
    }
    if b.media_play > 0 || b.audio_context > 0 || b.speech > 0 {
        let w = if b.speech > 0 { 2.0 } else { 1.0 };
        push(
            "audio",
            l,
            w,
            format!(
                "media {} / audio {} / speech {}",
                b.media_play, b.audio_context, b.speech
            ),
            "The page plays alarm sounds or a voice message to frighten you.",
            false,
        );
    }
    if b.key_block > 0 || b.context_block > 0 {
        push(
            "input_capture",
            l,
            1.5,
            format!("keys {} / menu {}", b.key_block, b.context_block),
            "The page blocks keys or the right-click menu so you cannot close it normally.",
            true,
        );
    }
    if b.window_open >= 3 || b.notification > 0 {
        push(
            "popup_flood",
            l,
            2.0,
            format!(
                "{} windows / {} notifications",
                b.window_open, b.notification
            ),
            "The page opens windows or notifications repeatedly.",
            true,
        );
    }
    if b.downloads >= 3 {
        push(
            "download_flood",
            l,
            2.5,
            b.downloads.to_string(),
            "The page starts download after download to freeze the browser.",
            true,
        );
    }
    if b.auth_prompts >= 2 {
        push(
            "auth_loop",
            l,
            3.0,
            b.auth_prompts.to_string(),
            "The page shows sign-in prompts in a loop to trap you.",
            true,
        );
    }
    if dom.hidden_cursor || dom.custom_cursor {
        let w = if dom.hidden_cursor { 2.0 } else { 1.0 };
        push(
            "hidden_cursor",
            l,
            w,
            if dom.hidden_cursor {
                "cursor: none"
            } else {
                "cursor: url()"
            }
            .to_string(),
            "The page hides or fakes your mouse cursor.",
            dom.hidden_cursor,
        );
    }
    if dom.fake_dialogs > 0 {
        let w = if dom.fake_dialogs >= 3 { 1.5 } else { 1.0 };
        push(
            "fake_dialog",
            l,
            w,
            dom.fake_dialogs.to_string(),
            "The page draws fake system dialog boxes.",
            false,
        );
    }
    if dom.fake_chrome > 0 {
        push(
            "fake_browser_chrome",
            l,
            1.5,
            dom.fake_chrome.to_string(),
            "The page draws a fake browser or Windows window to look like your system.",
            false,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(snap: &Snapshot) -> Vec<String> {
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
        assert!(ids(&snap).contains(&"infection_claim".to_string()));
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
