//! What the engine answers: a level, a score and the reasons a person can read.

use serde::{Deserialize, Serialize};

/// The three outcomes. Only `Scam` puts the overlay on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    Safe,
    Suspicious,
    Scam,
}

/// Independent families of evidence; `Scam` needs corroboration across them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Pretends to be a brand on a host that is not the brand's.
    Impersonation,
    /// Claims of infection, lock, error codes, urgency, threats.
    Scare,
    /// A phone number with a call to action.
    CallToAction,
    /// Remote-access tools, gift cards, payment demands.
    Payment,
    /// Browser-lock behaviour (full screen, dialog loops, …) and visual fakes.
    Lock,
}

/// One piece of evidence, explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// Stable identifier (`brand_impersonation`, `phone_call_to_action`, …); UI strings are keyed on it.
    pub id: String,
    pub group: Group,
    /// Contribution to the score.
    pub weight: f32,
    /// What was found, for example the brand or the number (shown to the user, from the page: untrusted text).
    pub detail: String,
    /// English sentence for logs and the CLI; the UI uses the localised string for `id`.
    pub text: String,
}

/// The engine's answer for one snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Verdict {
    pub level: Level,
    pub score: f32,
    pub reasons: Vec<Reason>,
    /// Phone numbers the page shows with a call to action: the scammers' numbers.
    pub phones: Vec<String>,
}

/// Knobs the user or an administrator sets.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Options {
    /// Strict mode: `suspicious` pages with lock behaviour are escalated sooner.
    pub strict: bool,
}
