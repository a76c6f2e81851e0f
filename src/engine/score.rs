//! From reasons to a level: group strengths, benign context, corroboration rules.
//!
//! The model is a handful of hand-set weights (in `signals/`) summed per group with a cap, and
//! the explicit rules below. Every rule needs two independent groups, so no single kind of
//! evidence (scary words, a phone number, a full-screen video) can put the overlay up alone.

use crate::verdict::{Detail, Group, Level, Options, Reason, ReasonId, Verdict};

use super::signals::Evidence;

/// Most a group can contribute to the score.
fn cap(g: Group) -> f32 {
    match g {
        Group::Impersonation => 4.0,
        Group::Scare => 8.0,
        Group::CallToAction => 6.0,
        Group::Payment => 4.0,
        Group::Lock => 10.0,
    }
}

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

/// Factor applied to text evidence on pages that talk about scams in the third person.
pub const AWARENESS_DAMPING: f32 = 0.35;

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
    let awareness = ev.awareness >= 2.0 && ev.awareness >= 0.5 * ev.victim_claims as f32;
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
    // Strict mode lowers every bar by a quarter.
    let k = if options.strict { 0.75 } else { 1.0 };
    let score = (s.total() * 100.0).round() / 100.0;

    let has = |id: ReasonId| ev.reasons.iter().any(|r| r.id == id);
    // Impersonation + scare needs the page to ask for something: a call, not to close it, a
    // payment. On a page that talks about scams, "do not close" is more likely quoted.
    let asks = s.cta >= 1.5 || s.payment >= 2.0 || (has(ReasonId::DoNotClose) && !damped);
    let impersonation_scare = s.impersonation >= 2.0 * k
        && s.scare >= 4.0 * k
        && asks
        && s.impersonation + s.scare + s.cta + s.payment >= 8.0 * k;
    // A claim addressed to the reader, not just alarming vocabulary. On a page that talks about
    // scams an infection claim is most likely quoted ("they say your PC is infected"): it no
    // longer counts there (lock and do-not-close claims still do).
    let claim = ev
        .reasons
        .iter()
        .any(|r| r.addressed && !(damped && r.id == ReasonId::InfectionClaim));
    let scare_call = claim
        && s.scare >= 3.0 * k
        && s.cta >= 2.5 * k
        && (s.impersonation >= 1.0 || s.scare >= 5.0 * k || s.payment >= 2.0);
    let scare_lock = claim && s.scare >= 3.0 * k && s.lock >= 3.5 * k;
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
    let lock_multi = s.lock >= 5.0 * k
        && ev.lock_kinds >= 2
        && (scare_beyond_urgency >= 1.0 || s.impersonation >= 1.0 || s.cta >= 1.5);
    // Corroboration across three independent groups, one of them behaviour: a page that poses as
    // a brand, asks for a call and presses not to leave (any two of those) while using two or more
    // lock techniques. Each text piece may be weak on its own (a number written by script, one
    // pressure line), which is why the rules above, that want a strong group, miss it.
    let text_supports = [
        s.impersonation >= 2.0 * k,
        s.cta >= 1.5 * k,
        claim && s.scare >= 2.0 * k,
        s.payment >= 2.0 * k,
    ]
    .iter()
    .filter(|b| **b)
    .count();
    let lock_backed = s.lock >= 3.0 * k && ev.lock_kinds >= 2 && text_supports >= 2;
    let payment_call = s.payment >= 2.0 * k
        && s.cta >= 2.5 * k
        && (s.impersonation >= 2.0 * k || s.scare >= 2.0 * k);
    // A number from the URL shown with a call to action: on the brand's own site that is search-
    // result injection; elsewhere it needs a scare claim or impersonation too (a form that echoes
    // "we will call you at …" is not a scam).
    let injected =
        ev.injected_phone && (ev.on_brand_host || s.scare >= 2.0 * k || s.impersonation >= 2.0 * k);

    let level = if impersonation_scare
        || scare_call
        || scare_lock
        || lock_multi
        || lock_backed
        || payment_call
        || injected
    {
        Level::Scam
    } else if score >= 4.5 * k
        // On the brand's own site its warnings and numbers are its own: only behaviour counts.
        && (!ev.on_brand_host || s.lock >= 3.0 * k)
        && (s.scare >= 2.5 * k || s.lock >= 3.0 * k || (s.impersonation >= 2.0 && s.cta + s.scare + s.payment >= 2.5))
    {
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
