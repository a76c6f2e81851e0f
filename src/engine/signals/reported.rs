//! Reported speech: a page that quotes an alert to tell about it. A forum post, a how-to or a news
//! story puts the alert's claim and number inside quotation marks opened after a colon or a
//! reporting verb (`Beware: fake sites say "Your device activation failed, call …"`, `een melding
//! in de browser: 'Uw modem is gehackt, bel …'`) and says around it what it is. A kit states its
//! claim; it may quote a brand, a button or a file name, not its whole claim sentence with its
//! number. Such a page counts as one about scams with fewer words about them than
//! `AWARENESS_MIN` asks (score.rs), when every claim and number of its text is reported and a word
//! about scams or a verdict stands outside the quotes.

use super::super::lexicon::{Cat, Hit};
use super::super::{after_last, trim_end_by};
use super::addressed::Mood;
use super::page::Text;
use super::Evidence;

/// Words that report what something said, right before an opening quotation mark (`they say
/// "…"`, `fake sites say "…"`, `der Bildschirm zeigt „…“`). A colon reports in every language.
const REPORTING: &str = "say says said saying read reads reading claim claims claimed claiming \
    show shows showed warn warns warned like sagt sagen sagte stand steht zeigt dit disent disait \
    affiche dice dicen decia decía muestra diz dizem dizia mostra dice dicono diceva zegt zeggen \
    zei stond toont mowi mówi pisze";

/// At most this many bytes between a claim and the quotation mark that opens its quote.
const QUOTE_SPAN: usize = 600;

/// At most this many bytes between a claim and the mark that closes its quote.
const QUOTE_CLOSE_SPAN: usize = 4 * QUOTE_SPAN;

/// Records whether the text claim or number at `start..end` is reported (`ev.reported_claims`)
/// or stated (`ev.unreported_claims`).
pub(super) fn note(base: &str, start: usize, end: usize, ev: &mut Evidence) {
    if let Some(q) = quote(base, start, end) {
        ev.reported_claims = true;
        ev.quotes.push(q);
    } else {
        ev.unreported_claims = true;
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
    if !ev.reported_claims || ev.unreported_claims || hits.iter().any(|h| pressure(h) && out(h)) {
        return false;
    }
    let talk = hits
        .iter()
        .any(|h| ((h.cat == Cat::Awareness && h.weight > 0.0) || h.cat == Cat::Verdict) && out(h));
    (talk && !hits.iter().any(pressure)) || narrated(text, hits, mood, ev, tel)
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
fn narrated(text: &Text, hits: &[Hit], mood: &Mood, ev: &Evidence, tel: bool) -> bool {
    let base = text.base.as_str();
    let out = |h: &Hit| !inside(base, h.start, h.end);
    if tel || ev.lock_kinds > 0 || ev.title_claim {
        return false;
    }
    let told = super::near::kept(hits, &mut |h| {
        h.cat == Cat::Narration && h.end <= text.alts_start && out(h)
    });
    if super::near::distinct_phrases(&told) < NARRATION_MIN {
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
                && base
                    .get(mood.sentence(h).0..h.start)
                    .is_some_and(|t| t.chars().all(|c| !c.is_alphanumeric()))
        })
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
    before[line..].char_indices().find_map(|(i, open)| {
        let closers = closers(open)?;
        let at = line + i;
        let lead = trim_end_by(&before[..at], |c| c == ' ');
        // An apostrophe opens a quote only after a colon or a space ("d'un", "it's" do not).
        if open == '\'' && (lead.len() == before[..at].len() && !lead.is_empty()) {
            return None;
        }
        let inner = &before[at + open.len_utf8()..];
        if !reports(lead) || closes(inner, open, closers).is_some() {
            return None;
        }
        closes(rest, open, closers).map(|c| (from + at, end + c))
    })
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
    if lead.ends_with(':') || lead.ends_with('：') {
        return true;
    }
    let word = after_last(lead, |c| !c.is_alphanumeric());
    !word.is_empty() && REPORTING.split_whitespace().any(|w| w == word)
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
