//! Reported speech: a page that quotes an alert to tell about it. A forum post, a how-to or a news
//! story puts the alert's claim and number inside quotation marks opened after a colon or a
//! reporting verb (`Beware: fake sites say "Your device activation failed, call …"`, `een melding
//! in de browser: 'Uw modem is gehackt, bel …'`) and says around it what it is. A kit states its
//! claim; it may quote a brand, a button or a file name, not its whole claim sentence with its
//! number. Such a page counts as one about scams with fewer words about them than
//! `AWARENESS_MIN` asks (score.rs), when every claim and number of its text is reported and a word
//! about scams or a verdict stands outside the quotes.

use super::super::lexicon::{Cat, Hit};
use super::super::words::{self, Words};
use super::super::{after_last, trim_end_by};
use super::addressed::Mood;
use super::page::Text;
use super::Evidence;

/// Words that report what something said or showed, right before an opening quotation mark
/// (`they say "…"`, `fake sites say "…"`, `der Bildschirm zeigt „…“`, `if you see "…"`, `Se
/// aparecer "…"`, `steht auf Ihrem Bildschirm „…“`). A colon reports in every language.
const REPORTING: Words = words::REPORTED_REPORTING;

/// At most this many bytes between a claim and the quotation mark that opens its quote.
const QUOTE_SPAN: usize = 600;

/// At most this many bytes between a claim and the mark that closes its quote.
const QUOTE_CLOSE_SPAN: usize = 4 * QUOTE_SPAN;

/// Records whether the text claim or number at `start..end` is reported (`ev.reported_claims`)
/// or stated (`ev.unreported_claims`); `yours`: a claim about the reader's things in words, or
/// a number. The first number with a call outside the quotes may be a shop's own line
/// (`ev.own_call`, [`own_line`]).
pub(super) fn note(
    base: &str,
    start: usize,
    end: usize,
    yours: bool,
    call: bool,
    ev: &mut Evidence,
) {
    if let Some(q) = quote(base, start, end) {
        ev.reported_claims = true;
        ev.quotes.push(q);
    } else if call && ev.own_call.is_none() {
        ev.own_call = Some((start, end));
    } else {
        ev.unreported_claims = true;
        ev.yours_claimed |= yours;
    }
}

/// Whether the page reports its alert: every claim and number of its text is reported, at least
/// one is, and a word about scams (weight > 0) or a verdict stands outside every quote.
pub(super) fn reports_alert(
    text: &Text,
    hits: &[Hit],
    mood: &Mood,
    ev: &Evidence,
    tel: bool,
) -> bool {
    let base = text.base.as_str();
    let out = |h: &Hit| !inside(base, h.start, h.end);
    // A kit's own pressure (do not close or restart, your passwords at risk) is no part of telling
    // about an alert: a page that quotes its whole alert and adds "Scam protection" outside the
    // quotes stays judged as before (review, fifteenth session). Outside the quotes it is the
    // page's own.
    let pressure = |h: &Hit| matches!(h.cat, Cat::DoNotClose | Cat::DataLoss) && h.weight > 0.0;
    if !ev.reported_claims || hits.iter().any(|h| pressure(h) && out(h)) {
        return false;
    }
    let talk = ev.warned
        || hits.iter().any(|h| {
            ((h.cat == Cat::Awareness && h.weight > 0.0) || h.cat == Cat::Verdict) && out(h)
        });
    let calm = !hits.iter().any(pressure);
    let said = calm && ev.quotes.iter().any(|q| screen_said(base, q.0));
    // A story told before what the screen said (a sentence of the text ends before the quote's),
    // with no claim about the reader's things outside the quotes, may head itself with the lock
    // it tells ("Locked screen? We fix it") and end with the shop's own line (review 42 HN42-M1).
    let story = calm
        && !ev.yours_claimed
        && ev.quotes.iter().any(|q| {
            screen_said(base, q.0)
                && base
                    .get(text.title_end..mood.sentence_start(q.0))
                    .is_some_and(|t| t.contains('.'))
        });
    if (ev.unreported_claims && !story)
        || ev
            .own_call
            .is_some_and(|n| !(story && own_line(base, hits, mood, ev, n)))
    {
        return false;
    }
    (talk && calm) || narrated(text, hits, mood, ev, tel, said, story)
}

/// Whether the number at `n`, called outside every quote, is a shop's own line after the story
/// of what a screen said (review 42 HN42-M1: "… it said: \"… Call Microsoft on …\". Call our
/// workshop on …, Monday to Friday"): none of the quoted numbers, and no brand or urgency in its
/// sentence before it. A kit that repeats its number or names the brand to call stays its own.
#[inline(never)]
fn own_line(base: &str, hits: &[Hit], mood: &Mood, ev: &Evidence, n: (usize, usize)) -> bool {
    // Bytes: a quote's end may fall inside a closing mark of two or more bytes ("»").
    let b = base.as_bytes();
    let own = b.get(n.0..n.1).unwrap_or(&[]);
    let s = mood.sentence_start(n.0);
    !ev.quotes.iter().any(|q| {
        let t = b.get(q.0..q.1).unwrap_or(&[]);
        (0..t.len()).any(|i| same_digits(t.get(i..).unwrap_or(&[]), own))
    }) && !hits
        .iter()
        .any(|h| h.start >= s && h.start < n.0 && matches!(h.cat, Cat::Brand(_) | Cat::Urgency))
}

/// Whether `hay` starts with the digits of `number`, whatever separators either writes between
/// them: a kit repeats the number its quote shows as "1.844.555…" for "1-844-555…" (review 43
/// HN43-L1). Only a phone's separators are skipped, so digits from two numbers never join.
fn same_digits(hay: &[u8], number: &[u8]) -> bool {
    let sep = |c: &u8| b" -./()+\xc2\xa0".contains(c);
    let mut h = hay.iter().filter(|c| !sep(c));
    let digits = number.iter().filter(|c| c.is_ascii_digit());
    let mut any = false;
    for d in digits {
        if h.next() != Some(d) {
            return false;
        }
        any = true;
    }
    any && hay.first().is_some_and(u8::is_ascii_digit)
}

/// Distinct narration phrases outside the quotes that make a page a story about the alert it
/// quotes (review 21 M3).
const NARRATION_MIN: usize = 2;

/// Whether the page tells the alert it quotes whole, its pressure included, as a news story or a
/// report does, with no word about scams (review 21 M3: "The pop-up read: \"… Do not restart your
/// computer. Call …\"", "said", a byline, a date): [`NARRATION_MIN`] distinct narration phrases
/// outside the quotes, which hold at most half of the text. Not a kit that wraps its alert in
/// quotes: nothing the page does (no lock behaviour, no `tel:` link), no claim to the reader in
/// its title, and no call to action outside the quotes that opens a sentence ("Call now").
#[inline(never)]
fn narrated(
    text: &Text,
    hits: &[Hit],
    mood: &Mood,
    ev: &Evidence,
    tel: bool,
    said: bool,
    story: bool,
) -> bool {
    let base = text.base.as_str();
    let out = |h: &Hit| !inside(base, h.start, h.end);
    if tel || ev.lock_kinds > 0 || (ev.title_claim && !story) {
        return false;
    }
    let told = super::near::kept(hits, &mut |h| {
        h.cat == Cat::Narration && h.end <= text.alts_start && out(h)
    });
    if !said && super::near::distinct_phrases(&told) < NARRATION_MIN {
        return false;
    }
    // The quotes' bytes, overlapping quotes counted once.
    let mut quotes = ev.quotes.clone();
    crate::engine::sort::by_key(&mut quotes, |q| q.0 as u64);
    let (mut quoted, mut reach) = (0, 0);
    for (a, b) in quotes {
        quoted += b.saturating_sub(a.max(reach));
        reach = reach.max(b);
    }
    let body = text.alts_start.saturating_sub(text.title_end);
    quoted * 2 <= body
        && !hits.iter().any(|h| {
            h.cat == Cat::Cta
                && out(h)
                && !mood.negated(h)
                // (The sentence of a shop's own line: reports_alert read it.)
                && !ev.own_call.is_some_and(|(p, _)| mood.sentence_start(p) <= h.start && h.start < p)
                && base
                    .get(mood.sentence(h).0..h.start)
                    .is_some_and(|t| t.chars().all(|c| !c.is_alphanumeric()))
        })
}

/// Past-tense words that tell what a screen said, right before its quote or the colon that opens
/// it (normalised, whole words): "it said:", "c'era scritto:", "dort stand:", "il y avait écrit :",
/// "decía:", "dizia:", "er stond:", "było napisane:". A story's narrator speaks so; a kit speaks to
/// its reader in the present.
const SAID: Words = words::REPORTED_SAID;

/// Whether the quote opening at `open` follows a [`SAID`] word: the page narrates what a screen
/// said, which stands for [`NARRATION_MIN`] narration phrases when no pressure is quoted or stated
/// (review 41 M2).
fn screen_said(base: &str, open: usize) -> bool {
    last_word_in(
        trim_end_by(base.get(..open).unwrap_or(""), |c| c == ' ' || c == ':'),
        SAID.get(),
    )
}

/// Whether `start..end` lies inside a quotation opened on its line after a colon or a reporting
/// word and closed after `end` on the same line.
// Not inlined: it is called for every claim and number.
#[inline(never)]
fn inside(base: &str, start: usize, end: usize) -> bool {
    quote(base, start, end).is_some()
}

/// The quote around `start..end` (its opening mark to its closing mark), see [`inside`].
fn quote(base: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut from = start.saturating_sub(QUOTE_SPAN);
    while !base.is_char_boundary(from) {
        from += 1;
    }
    let before = base.get(from..start)?;
    let line = before.rfind('\n').map_or(0, |i| i + 1);
    // The closing mark is looked for up to the line's end, at most QUOTE_CLOSE_SPAN bytes on:
    // on a page without line breaks, each claim scanned the whole rest of the text.
    let mut cap = end.saturating_add(QUOTE_CLOSE_SPAN).min(base.len());
    while !base.is_char_boundary(cap) {
        cap -= 1;
    }
    let rest = base.get(end..cap).unwrap_or("");
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let marked = before[line..].char_indices().find_map(|(i, open)| {
        let closers = closers(open)?;
        let at = line + i;
        let lead = trim_end_by(&before[..at], |c| c == ' ');
        // An apostrophe opens a quote only after a colon or a space ("d'un", "it's" do not).
        if open == '\'' && (lead.len() == before[..at].len() && !lead.is_empty()) {
            return None;
        }
        let inner = &before[at + open.len_utf8()..];
        // A quote that opens the text and that words go on after names a screen by its
        // words: a thread's heading (`"Windows locked - call Microsoft" screen won't close`,
        // review 43 R43-M2). A kit's heading ends its claim there ("\"Your PC is locked\". Do
        // not call …").
        let heading = lead.ends_with('\n');
        if !(heading || reports(lead)) || closes(inner, open, closers).is_some() {
            return None;
        }
        closes(rest, open, closers)
            .map(|c| (from + at, end + c))
            .filter(|q| !heading || goes_on(base, q.1))
    });
    marked.or_else(|| clause(before, from, rest, end))
}

/// Past-tense words of saying that open a reported clause inside a sentence, without quotation
/// marks, with "that", "dass", "que", "che", "dat" or a comma after them (normalised): "a pop-up
/// said her computer was infected", "der Bildschirm behauptete, ihr Computer sei …", "l'écran
/// prétendait que …", "la ventana decía que …", "un messaggio diceva che …". English ones may
/// open it bare.
const CLAIMED: Words = words::REPORTED_CLAIMED;

/// The reported clause around `start..end` (`before` is `base[from..start]`, `rest` the line
/// after `end`): from the first [`CLAIMED`] words of its sentence to the sentence's end (review
/// 44 R44-H2: news and shops tell what a screen said in their own sentence). The clause stands
/// for a quote; the page must still tell about it (a word about scams or two narration phrases
/// outside, `reports_alert`), so a kit's "Microsoft warned that your PC is infected. Call now"
/// states its call outside it.
#[inline(never)]
fn clause(before: &str, from: usize, rest: &str, end: usize) -> Option<(usize, usize)> {
    let seg = after_last(before, super::addressed::ends_sentence);
    let mut open = usize::MAX;
    for w in CLAIMED.get().split('|') {
        crate::engine::any_match(seg, w, &mut |i| {
            open = open.min(i);
            true
        });
    }
    if open == usize::MAX {
        return None;
    }
    let close = rest
        .bytes()
        .position(|c| matches!(c, b'.' | b'!' | b'?' | b';'))
        .unwrap_or(rest.len());
    Some((from + before.len() - seg.len() + open, end + close))
}

/// Whether a word follows the quote closed before `at` in its sentence (spaces and the rest
/// of a closing mark's bytes skipped).
fn goes_on(base: &str, at: usize) -> bool {
    let b = base.as_bytes().get(at..).unwrap_or(&[]);
    b.iter()
        .find(|c| !(**c == b' ' || (0x80..0xC0).contains(*c)))
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0xC0)
}

/// The marks that close a quote opened by `open`, or `None` when `open` opens none.
fn closers(open: char) -> Option<&'static [char]> {
    Some(match open {
        '"' => &['"'],
        '\'' => &['\''],
        '“' => &['”', '“'],
        '„' => &['“', '”'],
        '‚' => &['‘', '’'],
        '‘' => &['’'],
        '«' => &['»'],
        '‹' => &['›'],
        '「' => &['」'],
        '『' => &['』'],
        _ => return None,
    })
}

/// Where `s` holds a mark closing the quote (the byte after it): for an apostrophe, one not followed by a letter
/// ("don't" goes on, "…0143'." closes).
fn closes(s: &str, open: char, closers: &[char]) -> Option<usize> {
    s.char_indices()
        .find(|&(i, c)| {
            closers.contains(&c)
                && (open != '\'' || !s[i + 1..].chars().next().is_some_and(char::is_alphanumeric))
        })
        .map(|(i, _)| i + 1)
}

/// Whether the text before an opening quotation mark reports: it ends with a colon or a
/// reporting word.
fn reports(lead: &str) -> bool {
    if lead.ends_with([':', '：']) {
        return true;
    }
    last_word_in(lead, REPORTING.get())
}

/// Whether the last word of `lead` is one of the space-separated words of `list`.
#[inline(never)]
fn last_word_in(lead: &str, list: &str) -> bool {
    let word = after_last(lead, |c| !c.is_alphanumeric());
    !word.is_empty() && list.split_whitespace().any(|w| w == word)
}

/// At most this many bytes between a quote's closing mark and the refusal to call after it.
const WARN_GAP: usize = 16;

/// At most this many bytes between a brand or urgency and a number it makes a kit's.
const KIT_NUMBER_SPAN: usize = 60;

/// Whether the page tells the reader not to call right after a quote it reports ("If you see
/// \"…\", do not call", "Se aparecer \"…\", não ligue", "„…“? Rufen Sie dort nicht an", "I
/// didn't call": `narration` phrases of weight 2), with no condition between (a kit's "If you do
/// not call within 5 minutes …" is a threat) and the quote opened after a colon or a reporting
/// word (a kit's own alert in quotes reports nothing). Not beside a kit's own pressure ("do not
/// close" outside the quotes) or its own number (one outside them just after a brand or urgency:
/// "If you see \"…\", do not call your bank. Ring Microsoft Support today: …"); a page's own desk
/// has neither.
#[inline(never)]
pub(super) fn warned(base: &str, hits: &[Hit], calls: &[usize]) -> bool {
    // One pass (size): a kit's mark ends it, a refusal after a reported quote is kept.
    let mut refused = false;
    for h in hits {
        if (matches!(h.cat, Cat::DoNotClose | Cat::DataLoss)
            && h.weight > 0.0
            && !inside(base, h.start, h.end))
            || (matches!(h.cat, Cat::Brand(_) | Cat::Urgency)
                && calls
                    .iter()
                    .any(|&p| h.end <= p && p <= h.end + KIT_NUMBER_SPAN && !inside(base, p, p)))
        {
            return false;
        }
        refused = refused
            || (h.cat == Cat::Narration && h.weight >= 2.0 && after_quote(base, hits, h.start));
    }
    refused
}

/// The offset of the last closing quotation mark that starts in `lo..at` (`lo` a char boundary).
fn last_close(base: &str, lo: usize, at: usize) -> Option<usize> {
    base.get(lo..).and_then(|t| {
        t.char_indices()
            .take_while(|&(i, _)| lo + i < at)
            .filter(|&(_, c)| matches!(c, '"' | '\'' | '”' | '“' | '’' | '»' | '」'))
            .last()
            .map(|(i, _)| lo + i)
    })
}

/// Whether a reported quote closes at most [`WARN_GAP`] bytes before `at`, with no line break
/// and no condition between.
fn after_quote(base: &str, hits: &[Hit], at: usize) -> bool {
    let mut lo = at.saturating_sub(WARN_GAP);
    while !base.is_char_boundary(lo) {
        lo += 1;
    }
    let b = base.as_bytes();
    let Some(close) = last_close(base, lo, at) else {
        return false;
    };
    !b.get(close..at).is_some_and(|t| t.contains(&b'\n'))
        && !hits.iter().any(|h| {
            matches!(h.cat, Cat::Conditional | Cat::ConditionalClause)
                && close < h.start
                && h.start < at
        })
        && inside(base, close, close)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim_inside(text: &str, claim: &str) -> bool {
        let at = text.find(claim).unwrap();
        inside(text, at, at + claim.len())
    }

    #[test]
    fn a_quote_after_a_colon_or_a_reporting_word_reports() {
        assert!(claim_inside(
            "beware: fake sites say \"your device activation failed, call 1-855-555-0112\" and charge a fee.",
            "activation failed"
        ));
        assert!(claim_inside(
            "slachtoffers kregen een melding: 'uw modem is gehackt, bel de dienst: 085 555 0143'. de bellers",
            "is gehackt"
        ));
        assert!(claim_inside(
            "der bildschirm zeigt „ihr computer wurde gesperrt“ an.",
            "wurde gesperrt"
        ));
        assert!(claim_inside(
            "画面には：「お使いのパソコンはロックされました」",
            "ロックされました"
        ));
        // A reported clause inside a sentence, without marks, up to the sentence's end.
        assert!(claim_inside(
            "un messaggio diceva che il suo computer era bloccato e che doveva chiamare. secondo",
            "era bloccato"
        ));
        assert!(claim_inside(
            "der bildschirm behauptete, ihr computer sei infiziert.",
            "infiziert"
        ));
        assert!(!claim_inside(
            "un messaggio diceva che era tardi. il suo computer era bloccato.",
            "era bloccato"
        ));
        assert!(!claim_inside(
            "la polizia diceva bene: il suo computer era bloccato",
            "era bloccato"
        ));
    }

    #[test]
    fn a_kit_states_its_claim() {
        // No quotes, a quote closed before the claim, an unclosed one, a quoted button after a
        // word that does not report, an apostrophe inside a word.
        assert!(!claim_inside(
            "your computer has been locked. call 1-888-555-0109",
            "been locked"
        ));
        assert!(!claim_inside(
            "windows says: \"error\". your computer has been locked.",
            "been locked"
        ));
        assert!(!claim_inside(
            "security alert: \"your computer has been locked. call now",
            "been locked"
        ));
        assert!(!claim_inside(
            "press \"ok\" because your computer has been locked",
            "been locked"
        ));
        assert!(!claim_inside(
            "don't close: it's locked, your computer's locked",
            "computer's locked"
        ));
    }

    /// `last_close` finds the mark the former byte search found: the last offset in `lo..at` where
    /// a mark's bytes start (a mark's first byte only ever starts a char), on every cut.
    #[test]
    fn last_close_matches_a_byte_search() {
        let marks = ["\"", "'", "”", "“", "’", "»", "」"];
        for text in [
            "a \"b\" c 'd'",
            "«x» ”y“ ’z’ 「w」 é\"ü»ß",
            "»»”",
            "no mark here",
            "",
        ] {
            let b = text.as_bytes();
            for lo in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for at in lo..=text.len() + 2 {
                    let bytes = (lo..at).rev().find(|&k| {
                        marks
                            .iter()
                            .any(|m| b.get(k..).is_some_and(|t| t.starts_with(m.as_bytes())))
                    });
                    assert_eq!(last_close(text, lo, at), bytes, "{text:?} {lo}..{at}");
                }
            }
        }
    }

    /// A refusal to call right after a reported quote is awareness; not after a kit's own quote,
    /// inside a condition, next to "hesitate", or beside the kit's own pressure or number.
    #[test]
    fn a_refusal_to_call_after_a_reported_quote_warns() {
        let warns = |text: &str| {
            let t = super::super::page::page_text(&crate::snapshot::Snapshot {
                text: text.into(),
                ..Default::default()
            });
            let hits = crate::engine::lexicon::lexicon().find(&t.skel);
            let calls: Vec<usize> = t.base.find("1-8").into_iter().collect();
            warned(&t.base, &hits, &calls)
        };
        assert!(warns(
            "if you see \"your pc is locked, call microsoft\", do not call. help desk: 555-0190."
        ));
        assert!(warns(
            "steht auf ihrem bildschirm „ihr pc ist gesperrt“? rufen sie diese nummer nicht an."
        ));
        assert!(warns(
            "the screen said \"your pc is locked, call 1-888-555-0110\". i didn't call."
        ));
        // The kit's own alert in quotes, a condition, "hesitate", its pressure, its number.
        assert!(!warns(
            "\"your pc is locked\". do not call anyone but microsoft."
        ));
        assert!(!warns("windows says: \"your pc is locked\". if you do not call within 5 minutes, your files are lost."));
        assert!(!warns(
            "windows says: \"your pc is locked\". do not hesitate to call us."
        ));
        assert!(!warns("if you see \"your pc is locked\", do not call your bank. do not restart your computer."));
        assert!(!warns("if you see \"your pc is locked\", do not call your bank. call microsoft now: 1-888-555-0102."));
    }

    /// Whole pages: a how-to, a reader's letter and a news story quote an alert after a colon or
    /// a reporting word, with one word about scams; kits that quote a file name, a code or a
    /// button, or their own whole alert without a word about scams, stay scams.
    #[test]
    fn a_page_that_reports_an_alert_is_no_scam() {
        use crate::engine::analyse;
        use crate::snapshot::Snapshot;
        use crate::verdict::{Level, Options};
        let level = |title: &str, text: &str| {
            let snap = Snapshot {
                url: "https://example.org/".into(),
                title: title.into(),
                text: text.into(),
                ..Default::default()
            };
            analyse(&snap, &Options::default()).level
        };
        assert_ne!(
            level(
                "How to activate Roku",
                "Visit roku.com/link and enter the code. Beware: fake sites say \"Your device activation failed, call 1-855-555-0112 for a technician\" and charge a fee."
            ),
            Level::Scam
        );
        assert_ne!(
            level(
                "Library tech tips",
                "Beware of pop-ups that read \u{201c}Your PC is infected! Call Windows Support at 1-888-555-0147 now\u{201d}. Close the browser instead."
            ),
            Level::Scam
        );
        assert_ne!(
            level(
                "Politie waarschuwt",
                "Slachtoffers kregen een melding in de browser: 'Uw modem is gehackt, bel onmiddellijk de technische dienst: 085 555 0143'. De bellers vragen daarna om software te installeren."
            ),
            Level::Scam
        );
        assert_eq!(
            level(
                "Windows Defender Security Alert",
                "Threat detected: \"Trojan:Win32/Emotet.AX\". Your computer has been locked to protect your data. Call Microsoft Support immediately: +1 (555) 013-2207. Do not close this window."
            ),
            Level::Scam
        );
        assert_eq!(
            level(
                "Microsoft Warning",
                "Microsoft says: \"Your PC is infected with 5 viruses. Call +1 (555) 013-2209 now\". Do not close this window."
            ),
            Level::Scam
        );
        // Review (fifteenth session): the whole alert quoted, its pressure too, and a word about
        // scams outside the quotes that is a product's name.
        assert_eq!(
            level(
                "Windows Defender",
                "Windows Defender has detected: \u{201c}Your computer is infected with Trojan spyware. Your banking passwords are at risk.\u{201d}\nMicrosoft says: \u{201c}Call Windows Support now: +1 (555) 214-2233 (Toll Free). Do not restart your computer.\u{201d}\nScam protection powered by Windows Defender."
            ),
            Level::Scam
        );
        assert_eq!(
            level(
                "Windows-Sicherheitswarnung",
                "Microsoft meldet: \u{201e}Ihr Computer ist mit einem Trojaner infiziert. Ihre Bankdaten sind in Gefahr.\u{201c}\nSupport: \u{201e}Rufen Sie sofort den Microsoft-Support an: 0555 2142233 (geb\u{fc}hrenfrei).\u{201c}\nBetrugsschutz von Microsoft."
            ),
            Level::Scam
        );
    }
}
