//! Phone numbers with a call to action: in the text, in `tel:`/`callto:` links, and passed in the
//! page address (injection).

use crate::snapshot::Snapshot;
use crate::verdict::{Detail, Group, ReasonId};

use super::super::domain::query_of;
use super::super::lexicon::{Cat, Hit};
use super::super::normalize::normalize;
use super::super::phone::{find_phones, from_link, Phone};
use super::super::trim_start_by;

/// Bytes before a number read for its script (`unread`).
const UNREAD_BEFORE: usize = 90;

/// At most this many words on a page whose number is read as a call with no call word beside
/// it; half as many on one whose call word is a kit's pressure (`bare`).
const BARE_WORDS: usize = 20;
use super::super::weights::{
    CALL, CALL_ASKED, CALL_LINK, CALL_MAX, CALL_OFFICIAL_FACTOR, CALL_TOLL_FREE, CTA_AFTER,
    CTA_BEFORE, CTA_WHO_WINDOW, PHONE_INJECTED, PHONE_IN_URL,
};
use super::addressed::Mood;
use super::near::{kept, Near, MAX_PHRASE};
use super::page::{Page, Text};
use super::{excerpt_of, reason, Evidence};

pub(super) fn signals(
    snap: &Snapshot,
    text: &Text,
    text_phones: Vec<Phone>,
    hits: &[Hit],
    mood: &Mood,
    page: &Page,
    ev: &mut Evidence,
) {
    let base = &text.base;
    let cta_cats = [Cat::Cta, Cat::TollFree, Cat::SupportRole];
    let ctas = Near::new(hits, &|c| cta_cats.contains(&c));
    // A lock or takeover stated to the reader ("your Apple ID has been locked") right before a
    // bare number, in the same part of the page and in words (not a title or a headline: a blog
    // titled "PayPal account on hold" shows its own number in its header): the number is there
    // to be called. (Not an infection: a security product's page lists "threats found" a little
    // before its sales number.)
    let claimed = Near::new(hits, &|c| matches!(c, Cat::Lock | Cat::Compromise));
    // A page that traps the person with full screen, a lock and sound: a number it shows is
    // there to be called, asked in words the lexicon may not know (a kit in Bengali or Urdu).
    // Where the page is written in letters some lexicon reads, only if the lexicon read no call
    // word and no remote-access word or tool: a call word it read makes its own calls, and a web
    // remote-desktop client locks the keyboard in full screen with the remote machine's sound
    // (review 22 M5). Not where most of its letters are of a script no lexicon covers: the
    // lexicon cannot read that page's ask, and a tool's name or a brand in Latin letters on it
    // ("AnyDesk", "TeamViewer" in the title) tells nothing of it (review 22 H5).
    // Read only where the page says little more than its number (an image-only kit: a title and
    // "+1 888 …"): a game, a typing trainer or a kiosk writes its own words and a footer number
    // ("Reception: …", "Help line for schools: …") with no call word (eval24).
    // Scripts written without spaces count a word per two signs.
    let words =
        base.split_whitespace().count() + base.chars().filter(|c| *c >= '\u{3040}').count() / 2;
    ev.bare = words <= BARE_WORDS / 2;
    ev.terse = words <= BARE_WORDS;
    // A page whose words hold no ask the lexicon reads (main's rule, before the word count).
    let loud = super::behaviour::traps_loudly(&snap.behaviour, unread(base))
        && (unread(base)
            || !hits.iter().any(|h| {
                matches!(
                    h.cat,
                    Cat::Cta | Cat::TollFree | Cat::SupportRole | Cat::RemoteAccess
                )
            }));
    let trapped = loud && (unread(base) || words <= BARE_WORDS);
    ev.trapped = trapped;
    let mut shown: Vec<(Phone, bool)> = Vec::new(); // (phone, with call to action)
    for p in text_phones {
        // A call word's distance counts a letter of Devanagari to Thai (three bytes each, one
        // sound as a Latin letter) as one byte: "โทรหา…ทันทีเพื่อเปิดใช้งานบัญชีอีกครั้ง: 02-…"
        // asks as far as a Latin sentence does (review 44 M3).
        let lo = p.start.saturating_sub(3 * CTA_BEFORE + MAX_PHRASE);
        let first = ctas.hits.partition_point(|h| h.start < lo);
        let cta = ctas.hits[first..]
            .iter()
            .take_while(|h| h.start <= p.end + 3 * CTA_AFTER)
            .any(|h| {
                (h.end <= p.start && width(base, h.end, p.start) <= CTA_BEFORE)
                    || (h.start >= p.end && width(base, p.end, h.start) <= CTA_AFTER)
            });
        let lo = p.start.saturating_sub(CTA_BEFORE + MAX_PHRASE);
        let first = claimed.hits.partition_point(|h| h.start < lo);
        let cta = cta
            || claimed.hits[first..]
                .iter()
                .take_while(|h| h.start < p.start)
                .any(|h| {
                    h.end <= p.start
                        && p.start - h.end <= CTA_BEFORE
                        && !base[h.end..p.start].contains('\n')
                        && mood.about_reader_in_words(h)
                        && mood.stated(h)
                        && !mood.shielded(h)
                });
        // On a page that states a lock to the reader and a fine with its sum, a number right
        // after a short role label is the one to call: a police screen signs with its officer,
        // not a call verb ("Officer in charge: …", "Ügyintéző: …"; review 41 R41-M1).
        // So on a page whose authority threatens arrest or seizure over a sum (claims.rs):
        // a bailiff's notice signs with its officer ("Recovery officer: …"; review 42 R42-H1).
        // Only there may the label end a sentence that asks the contact ("… contacting today
        // the officer in charge: …"): its last words, not the whole sentence.
        let cta = cta
            || (ev.fine_lock && labelled(base, p.start, false))
            || (ev.debt_threat && labelled(base, p.start, true))
            // The number given to call the threatened act off (signals `call_off`).
            || ev.call_off_at == Some(p.start)
            || ev
                .voucher_span
                .is_some_and(|(s, e)| p.start >= s && p.start <= e);
        let in_body = p.end > text.title_end && p.end <= text.alts_start;
        // Or the words right before it are in a script no lexicon reads: a kit padded with
        // Latin junk (review 25's Bengali kit under a line of build and session numbers). Not
        // where the lexicon read an ask on the page: a kiosk's "For group visits call the
        // reception desk" above its footer in Arabic and Latin letters (review 28).
        let mut lo = p.start.saturating_sub(UNREAD_BEFORE);
        while !base.is_char_boundary(lo) {
            lo += 1;
        }
        ev.trapped |= loud && in_body && unread(&base[lo..p.start]);
        // An exam's question quotes the number it asks about (`Mood::quizzed`).
        let cta = (cta || (ev.trapped && in_body)) && !mood.quizzed(p.start);
        if cta && in_body {
            ev.calls_end = ev.calls_end.max(p.end);
            ev.call_starts.push(p.start);
            if p.toll_free {
                ev.free_calls_end = p.end;
            }
            super::reported::note(base, p.start, p.end, true, true, ev);
        }
        shown.push((p, cta));
    }
    // Every number shown to be called is offered for a case, on a calm page (an IT notice: "If
    // your PC shows a stop code afterwards, call the IT Service Desk on …"; `Mood::advised_call`),
    // with no stop code shown, no title that is the screen's words and no screen line told to the reader ("Your PC ran into a
    // problem") or shown as a sentence of its own ("Working on updates 27% complete", review 33
    // HN33-M1): a kit's screen is no case to come (score.rs).
    ev.advised_call = snap.tel_links.is_empty()
        && shown.iter().any(|(_, cta)| *cta)
        && shown
            .iter()
            .all(|(p, cta)| !*cta || mood.advised_call(p.start, hits))
        && !ev.screen_shown
        && !hits.iter().any(|h| {
            h.cat == Cat::System
                && (mood.screen_told(h)
                    || (h.start >= text.title_end && mood.screen_shown(h, hits)))
        });
    // tel: and callto: links are calls to action by construction.
    let tel: Vec<Phone> = snap.tel_links.iter().filter_map(|l| from_link(l)).collect();
    // Numbers in the URL query or fragment: kits pass the scammers' number that way.
    let query = normalize(&query_of(&snap.url)).base;
    let url_phones = find_phones(&query);

    // One copy, not inlined at each of its seven calls (~0.5 KB of Wasm).
    #[inline(never)]
    fn same(a: &Phone, b: &Phone) -> bool {
        let (x, y) = (
            trim_start_by(&a.digits, |c| c == '+'),
            trim_start_by(&b.digits, |c| c == '+'),
        );
        x.len() >= 7 && y.len() >= 7 && (x.ends_with(y) || y.ends_with(x))
    }
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
                PHONE_INJECTED,
                english!("A phone number passed in the page address is displayed on the page: scammers inject their number into real sites this way."),
            )
        } else {
            (
                PHONE_IN_URL,
                english!("The page address carries a phone number, the way scam kits pass their number to the page."),
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
        let mut w: f32 = CALL;
        if listed.iter().any(|p| p.toll_free) {
            w += CALL_TOLL_FREE;
            ev.toll_free = true;
        }
        if !tel.is_empty() {
            w += CALL_LINK;
        }
        let official = page.on_brand_host && !ev.injected_phone;
        if official {
            w *= CALL_OFFICIAL_FACTOR;
        }
        let detail = Detail::Phones {
            numbers: listed.iter().map(|p| p.raw.clone()).take(3).collect(),
        };
        ev.reasons.push(reason(
            ReasonId::PhoneCallToAction,
            Group::CallToAction,
            f32::min(w, CALL_MAX),
            detail,
            if official {
                english!("The page shows a support phone number on the company's own website.")
            } else {
                english!("The page asks you to call a phone number. Real security warnings never ask you to phone anyone.")
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
        let ask = kept(hits, &mut |h| {
            matches!(h.cat, Cat::Cta | Cat::TollFree) && who.any(h, CTA_WHO_WINDOW)
        });
        if let Some(h) = ask.first() {
            if !page.on_brand_host {
                ev.reasons.push(reason(
                    ReasonId::PhoneCallToAction,
                    Group::CallToAction,
                    CALL_ASKED,
                    excerpt_of(base, h, 20),
                    english!("The page asks you to phone 'support'. Real security warnings never ask you to phone anyone."),
                ));
            }
        }
    }
}

/// Whether most of `s`'s letters are of a script no lexicon covers (Armenian, Arabic, the Indic
/// scripts but Devanagari, Lao, Tibetan, Myanmar, Georgian, Ethiopic, Khmer), rather than Latin,
/// Greek, Cyrillic, Hebrew, Devanagari, Thai, Hangul or CJK. `s` is lowercase.
#[inline(never)]
fn unread(s: &str) -> bool {
    let (mut read, mut not) = (0usize, 0usize);
    for c in s.chars() {
        match c {
            'a'..='z'
            | '\u{C0}'..='\u{52F}'
            | '\u{590}'..='\u{5FF}'
            | '\u{900}'..='\u{97F}'
            | '\u{E00}'..='\u{E7F}'
            | '\u{1100}'..='\u{11FF}'
            | '\u{1E00}'..='\u{1FFF}'
            | '\u{3040}'..='\u{D7FF}'
            | '\u{F900}'..='\u{FAFF}' => read += 1,
            '\u{530}'..='\u{58F}'
            | '\u{600}'..='\u{8FF}'
            | '\u{980}'..='\u{DFF}'
            | '\u{E80}'..='\u{10FF}'
            | '\u{1200}'..='\u{139F}'
            | '\u{1780}'..='\u{18AF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}' => not += 1,
            _ => {}
        }
    }
    not > read
}

/// Whether the number at `at` follows a label and a colon, the label opening its line or
/// sentence, at most 48 bytes long (a few words) and holding no digit ("Käsittelijän numero: …").
/// `tail`: or the label is the last four words of a longer sentence.
/// Forty-fourth session (review 43 R43-H1): an officer signs with a name or a reference before
/// the colon ("Officer J. Novak, badge 4471:", "Case officer (ref. 22-118):"): a bracket, a
/// comma's reference with digits and an initial's dot are no sentence of their own ([`unref`]).
pub(super) fn labelled(base: &str, at: usize, tail: bool) -> bool {
    let b = base
        .as_bytes()
        .get(..at)
        .unwrap_or_default()
        .trim_ascii_end();
    let Some((b':', label)) = b.split_last() else {
        return false;
    };
    let label = unref(label);
    // (An ideographic full stop ends a sentence too: "… 恢复使用。值班民警：…", forty-fourth
    // session.)
    let from = (0..label.len())
        .rev()
        .find(|&i| sentence_break(label, i))
        .map_or(0, |i| i + 1)
        .max(
            label
                .windows(3)
                .rposition(|w| w == "。".as_bytes())
                .map_or(0, |i| i + 3),
        );
    let mut label = label.get(from..).unwrap_or_default().trim_ascii();
    if tail && label.len() > 48 {
        // (Bytes: a space is ASCII in any script that uses one.)
        let from = label
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, c)| **c == b' ')
            .nth(3)
            .map_or(0, |(i, _)| i + 1);
        label = label.get(from..).unwrap_or_default();
    }
    // Forty-fourth session (brands44): Thai writes no spaces between words and ends a sentence
    // with one, not a stop ("… 4,200 บาท พนักงานสอบสวน: …"): its label is the run
    // after the last space, up to 48 letters of three bytes.
    let mut most = 48;
    // (Thai and Lao: 0xE0 0xB8-0xBB; Indic scripts space their words.)
    let end = label.len().saturating_sub(3);
    if label.get(end) == Some(&0xE0) && matches!(label.get(end + 1), Some(0xB8..=0xBB)) {
        let from = label.iter().rposition(|c| *c == b' ').map_or(0, |i| i + 1);
        label = label.get(from..).unwrap_or_default();
        most = 144;
    }
    (2..=most).contains(&label.len()) && !label.iter().any(u8::is_ascii_digit)
}

/// Whether the byte `i` of `s` ends a sentence: `.`, `!`, `?` or a line break; not an
/// initial's dot before a name ("d. marsh").
fn sentence_break(s: &[u8], i: usize) -> bool {
    match s.get(i) {
        Some(b'!' | b'?' | b'\n') => true,
        // (Nor a sum's dot between digits, forty-fifth session.)
        Some(b'.') => {
            let alpha = |j: usize| j < i && s.get(j).is_some_and(u8::is_ascii_alphabetic);
            let digit = |j: usize| j < s.len() && s[j].is_ascii_digit();
            let initial = alpha(i.wrapping_sub(1))
                && !alpha(i.wrapping_sub(2))
                && s.get(i + 1) == Some(&b' ');
            !(initial || i > 0 && digit(i - 1) && digit(i + 1))
        }
        _ => false,
    }
}

/// The label without the reference it ends with: a bracket ("(ref. 22-118)", at most 32
/// bytes) or, after a comma, a few words with a digit (", badge 4471").
fn unref(label: &[u8]) -> &[u8] {
    let mut l = label.trim_ascii_end();
    if l.ends_with(b")") {
        if let Some(i) = l.iter().rposition(|c| *c == b'(') {
            if l.len() - i <= 32 {
                l = l.get(..i).unwrap_or_default().trim_ascii_end();
            }
        }
    }
    if let Some(i) = l.iter().rposition(|c| *c == b',') {
        let r = l.get(i..).unwrap_or_default();
        if r.len() <= 24 && r.iter().any(u8::is_ascii_digit) {
            l = l.get(..i).unwrap_or_default();
        }
    }
    l
}

/// Bytes from `a` to `b` of `base`, a letter of the scripts from Devanagari to Thai counted as
/// one (they take three bytes where a Latin letter takes one).
fn width(base: &str, a: usize, b: usize) -> usize {
    base.get(a..b).map_or(usize::MAX, |s| {
        s.len()
            - 2 * s
                .chars()
                .filter(|c| ('\u{0900}'..='\u{0e7f}').contains(c))
                .count()
    })
}
