//! Words about scams under a page's own alert. A kit may end with the brand's own advice ("Beware
//! of scammers. We will never ask for your PIN") or name the bank's fraud team ("Fraud Alert",
//! "call our fraud department"): that does not make its alert a page about scams. A news story
//! or a forum thread that quotes the alert first and then tells about it is one: the quote is in
//! quotation marks, the words after it judge it ("It was a scam"), or the story after it is
//! longer than the alert. A verdict on the alert ("It was a scam.", "Is this legit?") also makes
//! the page one about scams, with or without other words about them.

use super::super::lexicon::{Cat, Hit};
use super::super::words::{self, Words};
use super::super::{after_last, trim_start, trim_start_by};
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
        let in_quotes = quoted(&text.base, h.start);
        ev.claim_quoted |= in_quotes;
        let yours = mood.possessed(h);
        if h.start >= text.title_end {
            super::reported::note(&text.base, h.start, h.end, yours, false, ev);
        } else if !in_quotes && mood.about_reader(h) {
            ev.title_claim = true;
            ev.yours_claimed |= yours;
        }
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
    let neutral = super::near::kept(hits, &mut |z| z.cat == Cat::Awareness && z.weight <= 0.0);
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
/// legit?", "Het was oplichting", "Ja, das ist Betrug") at the start of its clause and at its end
/// (or naming a scam), not denied, stated (or a question about the alert's truth left
/// unanswered) and not inside a condition ("if anyone asks for your PIN, it is a scam" is a kit's advice): the page is a
/// story or a thread about the alert it shows, which a kit never says of itself.
// Not inlined, nor its helpers: inlined into the signal collector they cost ~3 KB of Wasm more.
#[inline(never)]
pub(super) fn alert_judged(text: &Text, hits: &[Hit], ev: &Evidence) -> bool {
    // A number after the verdict whose sentence holds no call word, role or brand and that is
    // not toll-free ("Es una estafa: … Oficina del consumidor: 91 555 0167") is the page's own
    // contact line, not the alert's (a kit's "Call Microsoft's certified team: …" or "Real
    // help: 1-888-…" after its verdict is: review 33 HN33-H2).
    hits.iter()
        .filter(|v| {
            if v.cat != Cat::Verdict {
                return false;
            }
            let mut alert_end = ev.claims_end.max(ev.free_calls_end);
            for &p in &ev.call_starts {
                let b = text.base.as_bytes();
                let mut s = p;
                while s > 0 && !matches!(b[s - 1], b'.' | b'!' | b'?' | b';') {
                    s -= 1;
                }
                let mut called = p < v.start;
                for c in hits {
                    called |= (s..p).contains(&c.start)
                        && matches!(
                            c.cat,
                            Cat::Cta
                                | Cat::TollFree
                                | Cat::SupportRole
                                | Cat::BrandRole
                                | Cat::Brand(_)
                                | Cat::WeakBrand(_)
                                | Cat::RemoteAccess
                        );
                }
                if called {
                    alert_end = alert_end.max(p + 1);
                }
            }
            alert_end > 0 && (alert_end..text.alts_start).contains(&v.start)
        })
        .any(|v| {
            let before = text.base.get(..v.start).unwrap_or("");
            let clause = before
                .rfind(|c| ends_sentence(c) || c == ',' || c == ':')
                .unwrap_or(0);
            // A verdict asked is one only when it is a question about the alert ("Is this
            // legit?", weight 0.5); "Think this is a scam? It is not." is a kit's.
            let after = text.base.get(v.end..).unwrap_or("");
            let asked = after.chars().find(|&c| ends_sentence(c)) == Some('?');
            // Looked back for only when the verdict leads its clause (few hits get here).
            v.start - clause <= VERDICT_LEAD
                    && (v.weight < 1.0 || !asked)
                    && (v.weight >= 1.0 || seen(text, hits))
                    && (verdict_ends_clause(after)
                        || names_a_scam(text.base.get(v.start..v.end).unwrap_or(""), after))
                    && !(asked && (answered(after) || call_follows(hits, v.end, after)))
                    // Only a word of its own sentence denies ("No! Classic scam." judges).
                    && !denied(after_last(before, ends_sentence))
                    && {
                        let sentence = before.rfind(ends_sentence).unwrap_or(0);
                        !hits.iter().any(|c| {
                            matches!(c.cat, Cat::Conditional | Cat::ConditionalClause)
                                && (sentence..v.start).contains(&c.start)
                        })
                    }
        })
}

/// First-person words (en de fr es it nl pt); English "I" is read before a verb of these only
/// (Italian "I file …" is an article).
const FIRST_PERSON: Words = words::FOOTER_FIRST_PERSON;
const I_VERBS: Words = words::FOOTER_I_VERBS;

/// Whether the alert a question is asked about is told as something the writer saw: a
/// first-person word in a clause of its own of at least four words that ends before the
/// alert's first infection or lock word ("Got this on my laptop tonight:", "Gestern kam bei mir
/// dieses Fenster:"), or English "I" and a verb of `I_VERBS` anywhere before it ("I got this
/// popup saying …"). A forum question tells what it got; a kit that ends its alert with "Should
/// I call them?" addresses the reader from its first line (review 33 HN33-M2), and a menu ("My
/// Account, Security"), a heading ("Mein PC-Schutz") that runs into the alert, a date ("Mon, 4
/// Dec"), a "Remember me." or another language's article ("I file …") is no reader's sentence
/// (reviews 34 HN34-M1, 35 HN35-M1).
#[inline(never)]
fn seen(text: &Text, hits: &[Hit]) -> bool {
    let start = hits
        .iter()
        .filter(|h| h.start >= text.title_end && matches!(h.cat, Cat::Infection | Cat::Lock))
        .map(|h| h.start)
        .min()
        .unwrap_or(0);
    let t = text.base.get(text.title_end..start).unwrap_or("");
    let (mut prev, mut words, mut me) = ("", 0, false);
    t.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .any(|w| {
            words += usize::from(!w.is_empty());
            me |= listed(w, FIRST_PERSON.get());
            let got = prev == "i" && listed(w, I_VERBS.get());
            prev = w;
            // The char after the word ends its clause (the alert's words are not in `t`).
            let at = w.as_ptr() as usize - t.as_ptr() as usize + w.len();
            let clause = matches!(
                t.as_bytes().get(at),
                Some(b'.' | b'!' | b'?' | b'\n' | b';' | b':' | b',')
            );
            let told = clause && me && words >= 4;
            if clause {
                (words, me) = (0, false);
            }
            got || told
        })
}

/// Whether a verdict ends its clause: "It was a scam." judges; "This is a fraud alert", "it was a
/// fraud attempt", "Betrugsalarm", "is fake-free" or "e una frode è stata segnalata" (Italian "e":
/// "and") are a kit's own words going on.
#[inline(never)]
fn verdict_ends_clause(after: &str) -> bool {
    trim_start_by(after, |c| c == ' ')
        .chars()
        .next()
        .is_none_or(|c| {
            ends_sentence(c) || matches!(c, ',' | ':' | ')' | '"' | '”' | '»' | '—' | '–' | '…')
        })
}

/// Whether the word before a verdict denies it ("no es falso", "non è falso", "não é falso").
#[inline(never)]
fn denied(before: &str) -> bool {
    listed(last_word(before), "no non nao not nicht pas niet nie ne")
}

/// Words that name a scam and nothing else: a verdict with one goes on to say which ("C'est une
/// arnaque au faux support", "Es una estafa de soporte técnico"). "Fraud" and "fake" lead a
/// kit's own words ("fraud alert", "fraud attempt", "fake-free") and must end the clause; "fake"
/// before one noun still judges ("It is a fake message.", "C'est un faux message.").
#[inline(never)]
fn names_a_scam(verdict: &str, after: &str) -> bool {
    const SCAM_NOUNS: Words = words::FOOTER_SCAM_NOUNS;
    let last = last_word(verdict);
    if after.starts_with('-') {
        return false;
    }
    listed(last, SCAM_NOUNS.get())
        || listed(last, "fake faux falso falsa nep") && {
            let rest = trim_start_by(after, |c| c == ' ');
            let noun = rest
                .bytes()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            noun > 0 && verdict_ends_clause(&rest[noun..])
        }
}

/// Whether a question about the alert's truth is answered at once ("Is this a scam? No, this is
/// your renewal notice", "Is this legit? Yes", "Absolutely not"): a kit's FAQ. A thread's answer
/// that judges the alert ("No, it is a scam") is a verdict of its own.
#[inline(never)]
fn answered(after: &str) -> bool {
    const ANSWERS: Words = words::FOOTER_ANSWERS;
    let rest = after.split_once('?').map_or("", |(_, r)| r);
    rest.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .any(|w| listed(w, ANSWERS.get()))
}

/// Whether the question is followed at once by a call to action ("Is it real? Call the number
/// above."): the kit answers its own question with what it wants, in any language.
#[inline(never)]
fn call_follows(hits: &[Hit], end: usize, after: &str) -> bool {
    after.find('?').is_some_and(|q| {
        let rest = &after[q + 1..];
        let at = end + q + 1 + (rest.len() - trim_start(rest).len());
        hits.iter().any(|c| c.cat == Cat::Cta && c.start == at)
    })
}

/// The last run of ASCII letters and digits in `s` (byte positions: a non-ASCII byte ends a run,
/// so the slice is on character boundaries).
#[inline(never)]
fn last_word(s: &str) -> &str {
    let b = s.as_bytes();
    let end = b
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(0, |i| i + 1);
    let start = b[..end]
        .iter()
        .rposition(|c| !c.is_ascii_alphanumeric())
        .map_or(0, |i| i + 1);
    &s[start..end]
}

/// Whether `w` is one of the space-separated words of `list`.
#[inline(never)]
fn listed(w: &str, list: &str) -> bool {
    !w.is_empty() && list.split(' ').any(|x| x == w)
}

/// An opening quotation mark between the start of the claim's sentence and the claim.
pub(super) fn quoted(base: &str, start: usize) -> bool {
    base.get(..start).is_some_and(|before| {
        before
            .chars()
            .rev()
            .take_while(|&c| !ends_sentence(c))
            .any(|c| OPENING_QUOTES.contains(&c))
    })
}
