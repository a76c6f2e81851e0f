//! Claims and pressure in the page's words: infection and lock claims addressed to the reader,
//! error codes, urgency, "do not close", data-loss threats, remote-access tools, payment demands.

use crate::verdict::{Detail, Group, ReasonId};

use super::super::lexicon::{Cat, Hit};
use super::excerpt::excerpt;
use super::near::{claims, distinct_phrases, of, Near};
use super::page::Text;
use super::{excerpt_of, reason, Evidence};

/// Distance in bytes within which a claim and the word that makes it personal must sit
/// ("your computer … is infected"). Japanese uses 3 bytes per character, so this is about 40
/// Japanese characters or 90 Latin ones.
const CLAIM_WINDOW: usize = 90;

/// Bytes between a protection word and the infection word it qualifies ("protection against
/// viruses and spyware", "Trojaner-Entfernung").
const PROTECT_WINDOW: usize = 24;

pub(super) fn signals(text: &Text, hits: &[Hit], ev: &mut Evidence) {
    let base = &text.base;

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
            english!("The page claims your device is infected with a virus or spyware. Web pages cannot scan your computer."),
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
            english!("The page claims your computer or account has been blocked or locked."),
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
            english!("The page shows an error or ticket code to make its warning look technical."),
        ));
    }

    // "Do not close" is addressed to the reader by its nature.
    let simple: [(ReasonId, Cat, f32, f32, &str); 3] = [
        (ReasonId::Urgency, Cat::Urgency, 1.0, 1.5, english!("The page pressures you to act immediately.")),
        (
            ReasonId::DoNotClose,
            Cat::DoNotClose,
            2.0,
            2.0,
            english!("The page tells you not to close it or restart your computer: closing it is exactly what is safe to do."),
        ),
        (
            ReasonId::DataLossThreat,
            Cat::DataLoss,
            1.0,
            1.5,
            english!("The page threatens that your data, passwords or identity are being stolen or lost."),
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
            english!("The page mentions remote-access software: scammers use it to take control of your computer."),
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
            english!("The page talks about gift cards, fees or unauthorised charges to make you pay or call."),
        ));
    }
}

/// A `0x` hexadecimal code of 6 to 8 digits (STOP-error style).
pub(super) fn hex_code(base: &str) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::hex_code;

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
}
