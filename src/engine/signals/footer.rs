//! Words about scams under a page's own alert. A kit may end with the brand's own advice ("Beware
//! of scammers. We will never ask for your PIN") or name the bank's fraud team ("Fraud Alert",
//! "call our fraud department"): that does not make its alert a page about scams. A news story
//! or a forum thread that quotes the alert first and then tells about it is one: the quote is in
//! quotation marks, the words after it judge it ("It was a scam"), or the story after it is
//! longer than the alert.

use super::super::lexicon::{Cat, Hit};
use super::addressed::{ends_sentence, Mood};
use super::page::Text;
use super::Evidence;

/// Opening quotation marks: a claim after one in its own sentence is quoted, not stated.
const OPENING_QUOTES: &[char] = &['"', '“', '„', '«', '‚', '「', '『'];

/// Records a claim stated to the reader (in the title or the text) as part of the page's alert:
/// not a question or a condition ("Has your account been locked? If we see unusual activity, it
/// may be suspended": a bank's own help).
pub(super) fn note_claim(text: &Text, mood: &Mood, h: &Hit, ev: &mut Evidence) {
    if h.end <= text.alts_start && mood.stated(h) {
        ev.claims_end = ev.claims_end.max(h.end);
        ev.claim_quoted |= quoted(&text.base, h.start);
    }
}

/// Whether the page's words about scams are only a footer under its own alert: a claim stated to
/// the reader and a number with a call to action in the text come before every such word, no
/// claim is quoted, and the text after the alert is no longer than the text up to its end.
/// Awareness phrases of weight 0 (a bank's own names for its fraud team, "fraud alert",
/// "Betrugsabteilung") and the words inside them are not talk about scams here.
pub(super) fn awareness_is_footer(text: &Text, hits: &[Hit], ev: &Evidence) -> bool {
    if ev.claims_end == 0 || ev.calls_end == 0 || ev.claim_quoted {
        return false;
    }
    let alert_end = ev.claims_end.max(ev.calls_end);
    let neutral: Vec<&Hit> = hits
        .iter()
        .filter(|z| z.cat == Cat::Awareness && z.weight <= 0.0)
        .collect();
    let talk_before = hits.iter().any(|h| {
        h.cat == Cat::Awareness
            && h.weight > 0.0
            && h.start < alert_end
            && !neutral.iter().any(|z| z.start <= h.start && h.end <= z.end)
    });
    !talk_before
        && text.alts_start.saturating_sub(alert_end) <= alert_end - text.title_end
        && !hits
            .iter()
            .any(|h| h.cat == Cat::Awareness && h.start >= alert_end && judges_alert(&text.base, h))
}

/// Words before a scam word that make it a verdict on the alert above ("it was a scam", "das ist
/// Betrug", "c'est une arnaque"): a story or a thread about the alert, not a brand's footer.
const VERDICT_BEFORE: &[&str] = &[
    "was a ",
    "is a ",
    "'s a ",
    " is ",
    " was ",
    " war ",
    " ist ",
    "est une ",
    "etait une ",
    "es una ",
    "era una ",
    "e una ",
];

/// A scam word after the alert that judges it ("It was a scam.", "Ja, das ist Betrug."), which a
/// kit's advice under its own alert never does.
fn judges_alert(base: &str, h: &Hit) -> bool {
    let before = base.get(..h.start).unwrap_or("");
    VERDICT_BEFORE.iter().any(|v| before.ends_with(v))
}

/// An opening quotation mark between the start of the claim's sentence and the claim.
fn quoted(base: &str, start: usize) -> bool {
    base.get(..start).is_some_and(|before| {
        before
            .chars()
            .rev()
            .take_while(|&c| !ends_sentence(c))
            .any(|c| OPENING_QUOTES.contains(&c))
    })
}
