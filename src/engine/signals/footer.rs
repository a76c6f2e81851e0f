//! Words about scams under a page's own alert. A kit may end with the brand's own advice ("Beware
//! of scammers. We will never ask for your PIN") or name the bank's fraud team ("Fraud Alert",
//! "call our fraud department"): that does not make its alert a page about scams. A news story
//! or a forum thread that quotes the alert first and then tells about it is one: the quote is in
//! quotation marks, the words after it judge it ("It was a scam"), or the story after it is
//! longer than the alert. A verdict on the alert ("It was a scam.", "Is this legit?") also makes
//! the page one about scams, with or without other words about them.

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
/// claim is quoted, nothing after the alert judges it ([`alert_judged`]), and the text after the
/// alert is no longer than the text up to its end. Awareness phrases of weight 0 (a bank's own
/// names for its fraud team, "fraud alert", "Betrugsabteilung") and the words inside them are not
/// talk about scams here.
pub(super) fn awareness_is_footer(text: &Text, hits: &[Hit], ev: &Evidence) -> bool {
    if ev.claims_end == 0 || ev.calls_end == 0 || ev.claim_quoted || ev.alert_judged {
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
    !talk_before && text.alts_start.saturating_sub(alert_end) <= alert_end - text.title_end
}

/// Bytes a verdict may start after its clause's start ("It was a scam.", "Yes, it is a scam",
/// "This message is a scam"); a longer subject is a rule about something else ("any request for
/// payment by gift card is a scam").
const VERDICT_LEAD: usize = 20;

/// A verdict after the page's own claim or number (a `verdict` phrase: "It was a scam.", "Is this
/// legit?", "Het was oplichting", "Ja, das ist Betrug") at the start of its clause, stated (or a
/// question about the alert's truth) and not inside a condition ("if anyone asks for your PIN, it is a scam" is a kit's advice): the page is a
/// story or a thread about the alert it shows, which a kit never says of itself.
pub(super) fn alert_judged(text: &Text, hits: &[Hit], ev: &Evidence) -> bool {
    let alert_end = ev.claims_end.max(ev.calls_end);
    alert_end > 0
        && hits
            .iter()
            .filter(|v| v.cat == Cat::Verdict && (alert_end..text.alts_start).contains(&v.start))
            .any(|v| {
                let before = text.base.get(..v.start).unwrap_or("");
                let clause = before
                    .rfind(|c| ends_sentence(c) || c == ',' || c == ':')
                    .unwrap_or(0);
                // A verdict asked is one only when it is a question about the alert ("Is this
                // legit?", weight 0.5); "Think this is a scam? It is not." is a kit's.
                let asked = text
                    .base
                    .get(v.end..)
                    .and_then(|r| r.chars().find(|&c| ends_sentence(c)))
                    == Some('?');
                // Looked back for only when the verdict leads its clause (few hits get here).
                v.start - clause <= VERDICT_LEAD && (v.weight < 1.0 || !asked) && {
                    let sentence = before.rfind(ends_sentence).unwrap_or(0);
                    !hits.iter().any(|c| {
                        matches!(c.cat, Cat::Conditional | Cat::ConditionalClause)
                            && (sentence..v.start).contains(&c.start)
                    })
                }
            })
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
