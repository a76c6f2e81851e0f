//! From reasons to a level: group strengths, benign context, corroboration rules.
//!
//! The model is a handful of hand-set weights summed per group with a cap, and the explicit rules
//! below; every weight and bar is in `weights.rs`. Every rule needs two independent groups, so no single kind of
//! evidence (scary words, a phone number, a full-screen video) can put the overlay up alone.

use crate::verdict::{Detail, Group, Level, Options, Reason, ReasonId, Verdict};

use super::signals::Evidence;
use super::weights::{
    cap, rule, AWARENESS_DAMPING, AWARENESS_MIN, AWARENESS_PER_CLAIM, STRICT_FACTOR,
};

/// Group strengths after caps.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Strengths {
    pub impersonation: f32,
    pub scare: f32,
    pub cta: f32,
    pub payment: f32,
    pub lock: f32,
}

impl Strengths {
    fn of(reasons: &[Reason]) -> Strengths {
        let sum = |g: Group| {
            let s: f32 = reasons
                .iter()
                .filter(|r| r.group == g && r.weight > 0.0)
                .map(|r| r.weight)
                .sum();
            // `+ 0.0`: an empty float sum is -0.0, which would print as "-0".
            s.min(cap(g)) + 0.0
        };
        Strengths {
            impersonation: sum(Group::Impersonation),
            scare: sum(Group::Scare),
            cta: sum(Group::CallToAction),
            payment: sum(Group::Payment),
            lock: sum(Group::Lock),
        }
    }

    fn total(&self) -> f32 {
        self.impersonation + self.scare + self.cta + self.payment + self.lock
    }
}

/// Decides the level. `ev.reasons` may gain an `awareness_context` reason.
pub fn decide(mut ev: Evidence, options: &Options) -> Verdict {
    // Benign context: a page that describes scams ("scammers claim your computer is infected")
    // rather than addressing the reader as a victim. Text evidence is damped; behaviour is not.
    let text_groups = [
        Group::Impersonation,
        Group::Scare,
        Group::CallToAction,
        Group::Payment,
    ];
    let has_text = ev.reasons.iter().any(|r| text_groups.contains(&r.group));
    let awareness = ev.awareness >= AWARENESS_MIN
        && ev.awareness >= AWARENESS_PER_CLAIM * ev.victim_claims as f32;
    let damped = awareness && has_text;
    if damped {
        let before = Strengths::of(&ev.reasons).total();
        for r in ev
            .reasons
            .iter_mut()
            .filter(|r| text_groups.contains(&r.group))
        {
            r.weight = (r.weight * AWARENESS_DAMPING * 100.0).round() / 100.0;
        }
        let after = Strengths::of(&ev.reasons).total();
        ev.reasons.push(Reason {
            id: ReasonId::AwarenessContext,
            group: Group::Scare,
            weight: ((after - before) * 100.0).round() / 100.0,
            detail: Detail::Score {
                score: (ev.awareness * 100.0).round() / 100.0,
            },
            addressed: false,
            text: english!("The page talks about scams (scammers, fraud, beware) rather than addressing you as a victim; its warnings count for less.").into(),
        });
    }

    let s = Strengths::of(&ev.reasons);
    // Strict mode lowers the bars by a quarter.
    let k = if options.strict { STRICT_FACTOR } else { 1.0 };
    let score = (s.total() * 100.0).round() / 100.0;

    let has = |id: ReasonId| ev.reasons.iter().any(|r| r.id == id);
    // Impersonation + scare needs the page to ask for something: a call, not to close it, a
    // payment. On a page that talks about scams, "do not close" is more likely quoted.
    let asks = s.cta >= rule::asks::CALL
        || s.payment >= rule::asks::PAYMENT
        || (has(ReasonId::DoNotClose) && !damped);
    let impersonation_scare = {
        use rule::impersonation_scare::*;
        s.impersonation >= IMPERSONATION * k
            && s.scare >= SCARE * k
            && asks
            && s.impersonation + s.scare + s.cta + s.payment >= TEXT_TOTAL * k
    };
    // A claim addressed to the reader, not just alarming vocabulary. On a page that talks about
    // scams an infection claim is most likely quoted ("they say your PC is infected"): it no
    // longer counts there (lock and do-not-close claims still do).
    let claim = ev
        .reasons
        .iter()
        .any(|r| r.addressed && !(damped && r.id == ReasonId::InfectionClaim));
    let scare_call = {
        use rule::scare_call::*;
        claim
            && s.scare >= SCARE * k
            && s.cta >= CALL * k
            && (s.impersonation >= ALSO_IMPERSONATION
                || s.scare >= ALSO_SCARE * k
                || s.payment >= ALSO_PAYMENT)
    };
    let scare_lock = {
        use rule::scare_lock::*;
        claim && s.scare >= SCARE * k && s.lock >= LOCK * k
    };
    // Scare text other than bare urgency words ("hurry", "immediately" also fill game pages).
    let scare_beyond_urgency: f32 = ev
        .reasons
        .iter()
        .filter(|r| r.group == Group::Scare && r.id != ReasonId::Urgency && r.weight > 0.0)
        .map(|r| r.weight)
        .sum();
    // Several lock techniques plus any scare, identity or call text: image-only kits show little
    // more than a title or one line, and benign pages that use lock APIs (games, videos, quizzes,
    // slides) show none of it.
    let lock_multi = {
        use rule::lock_multi::*;
        s.lock >= LOCK * k
            && ev.lock_kinds >= KINDS
            && (scare_beyond_urgency >= ALSO_SCARE_BEYOND_URGENCY
                || s.impersonation >= ALSO_IMPERSONATION
                || s.cta >= ALSO_CALL)
    };
    // Corroboration across three independent groups, one of them behaviour: a page that poses as
    // a brand, asks for a call and presses not to leave (any two of those) while using two or more
    // lock techniques. Each text piece may be weak on its own (a number written by script, one
    // pressure line), which is why the rules above, that want a strong group, miss it.
    let lock_backed = {
        use rule::lock_backed::*;
        let supports = [
            s.impersonation >= SUPPORT_IMPERSONATION * k,
            s.cta >= SUPPORT_CALL * k,
            claim && s.scare >= SUPPORT_CLAIMED_SCARE * k,
            s.payment >= SUPPORT_PAYMENT * k,
        ]
        .iter()
        .filter(|b| **b)
        .count();
        s.lock >= LOCK * k && ev.lock_kinds >= KINDS && supports >= SUPPORTS
    };
    let payment_call = {
        use rule::payment_call::*;
        s.payment >= PAYMENT * k
            && s.cta >= CALL * k
            && (s.impersonation >= ALSO_IMPERSONATION * k || s.scare >= ALSO_SCARE * k)
    };
    // A number from the URL shown with a call to action: on the brand's own site that is search-
    // result injection; elsewhere it needs a scare claim or impersonation too (a form that echoes
    // "we will call you at …" is not a scam).
    let injected = {
        use rule::injected::*;
        ev.injected_phone
            && (ev.on_brand_host
                || s.scare >= ALSO_SCARE * k
                || s.impersonation >= ALSO_IMPERSONATION * k)
    };
    let suspicious = {
        use rule::suspicious::*;
        score >= SCORE * k
            // On the brand's own site its warnings and numbers are its own: only behaviour counts.
            && (!ev.on_brand_host || s.lock >= LOCK * k)
            && (s.scare >= SCARE * k
                || s.lock >= LOCK * k
                || (s.impersonation >= IMPERSONATION
                    && s.cta + s.scare + s.payment >= IMPERSONATION_OTHER_TEXT))
    };

    let level = if impersonation_scare
        || scare_call
        || scare_lock
        || lock_multi
        || lock_backed
        || payment_call
        || injected
    {
        Level::Scam
    } else if suspicious {
        Level::Suspicious
    } else {
        Level::Safe
    };
    Verdict {
        level,
        score,
        reasons: ev.reasons,
        phones: ev.phones,
    }
}
