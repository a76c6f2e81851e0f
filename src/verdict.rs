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
    /// ClickFix: a command the page put on the clipboard and what makes it an attack.
    Clipboard,
}

/// What a `scam` verdict is about: each kind has its own warning and advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A fake virus or lock warning that wants a phone call or payment.
    #[default]
    TechSupport,
    /// The page put a command on the clipboard and tells the person to run it (ClickFix/FileFix).
    Clickfix,
    /// An account the reader holds (a bank, a social network, a shop, an e-ID) "blocked" or
    /// "accessed", call us.
    Account,
    /// A parcel held, a delivery fee to pay.
    Parcel,
    /// A charge or renewal the reader never made, "call to cancel" or for a refund.
    Refund,
    /// None of these: a scam page that wants a call or a payment.
    Other,
}

/// Declares [`ReasonId`] with its wire name written once, the list of every id and `as_str`.
macro_rules! reason_ids {
    ($($(#[$doc:meta])* $variant:ident = $wire:literal,)*) => {
        /// Stable identifier of a reason. The wire name (snake_case) keys the UI strings
        /// (`reason_<id>` in `_locales`); `hangup-scan --reason-ids` prints them all.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum ReasonId {
            $($(#[$doc])* #[serde(rename = $wire)] $variant,)*
        }

        impl ReasonId {
            /// Every reason the engine can give.
            pub const ALL: &'static [ReasonId] = &[$(ReasonId::$variant,)*];

            /// The wire name.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ReasonId::$variant => $wire,)*
                }
            }
        }
    };
}

reason_ids! {
    /// A brand (or a security identity in the title) on a host that is not the brand's.
    BrandImpersonation = "brand_impersonation",
    InfectionClaim = "infection_claim",
    LockClaim = "lock_claim",
    /// Someone else got into the reader's account or device, or their data leaked (issue 9).
    AccountClaim = "account_claim",
    /// The reader was charged or a subscription renewed, "call to cancel or for a refund".
    ChargeClaim = "charge_claim",
    /// The page imitates a system screen: blue screen, update, activation, lock screen, scan.
    SystemScreen = "system_screen",
    ErrorCode = "error_code",
    Urgency = "urgency",
    DoNotClose = "do_not_close",
    DataLossThreat = "data_loss_threat",
    PhoneCallToAction = "phone_call_to_action",
    PhoneInUrl = "phone_in_url",
    RemoteAccessTool = "remote_access_tool",
    PaymentDemand = "payment_demand",
    Fullscreen = "fullscreen",
    DialogLoop = "dialog_loop",
    LeaveTrap = "leave_trap",
    HistoryFlood = "history_flood",
    InputLock = "input_lock",
    Audio = "audio",
    InputCapture = "input_capture",
    PopupFlood = "popup_flood",
    DownloadFlood = "download_flood",
    AuthLoop = "auth_loop",
    HiddenCursor = "hidden_cursor",
    FakeDialog = "fake_dialog",
    /// Benign context: the page talks about scams; its text evidence was damped.
    AwarenessContext = "awareness_context",
    /// ClickFix (docs/DETECTION.md): a command put on the clipboard, instructions to run it, a
    /// "verify you are human" pretext, a command hidden behind padding.
    ClipboardCommand = "clipboard_command",
    /// A command shown on the page to be typed by hand (no clipboard write).
    TypedCommand = "typed_command",
    RunInstructions = "run_instructions",
    VerificationPretext = "verification_pretext",
    HiddenCommand = "hidden_command",
    /// The page copied a command that fetches from where no installer publishes (or hides its
    /// script) without showing it.
    UnseenCommand = "unseen_command",
}

/// What a reason found, by kind. On the wire: `{"kind": "excerpt", "text": "…"}`.
/// Only `Excerpt` (and the `title` of `Identity`) is text quoted from the page; the rest are
/// names, numbers and counts the UI words itself. All of it comes from a hostile page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Detail {
    /// Words of the page around what was found, cut on word boundaries.
    Excerpt { text: String },
    /// A technical code the page shows (`0x80070424`).
    Code { code: String },
    /// A brand named as an identity; `host` is the page's host (empty if unknown).
    Brand { brand: String, host: String },
    /// No brand, but the page's title is a security or support identity.
    Identity { title: String, host: String },
    /// Phone numbers as printed on the page (at most three).
    Phones { numbers: Vec<String> },
    /// How often a lock technique was used.
    Count { count: u32 },
    /// Keyboard and pointer locks.
    InputLock { keyboard: u32, pointer: u32 },
    /// Sound: media played, audio contexts, speech.
    Audio { media: u32, audio: u32, speech: u32 },
    /// Blocked keys and blocked context menus.
    InputCapture { keys: u32, menu: u32 },
    /// Windows and notifications opened.
    Popups { windows: u32, notifications: u32 },
    /// A hidden (`cursor: none`) or image (`cursor: url()`) cursor.
    Cursor { hidden: bool },
    /// The awareness score (weighted count of words about scams): a number, not page text.
    Score { score: f32 },
}

/// One piece of evidence, explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub id: ReasonId,
    pub group: Group,
    /// Contribution to the score.
    pub weight: f32,
    /// What was found (from the page: untrusted).
    pub detail: Detail,
    /// The claim is addressed to the reader ("*your* computer is infected"), not just alarming
    /// vocabulary: the scorer's rules that need a claim read this flag.
    #[serde(default)]
    pub addressed: bool,
    /// English sentence for logs and the CLI (empty, and left out, in the extension: the UI uses
    /// the localised string for `id`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
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
    /// Which warning a `scam` verdict gets.
    #[serde(default)]
    pub kind: Kind,
    /// ClickFix: the copied command, defanged and cut short (never executable as shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

/// Knobs the user or an administrator sets. Built by the background from settings it has
/// already normalised, so an unknown field is a bug on our side: refuse it rather than
/// silently run with defaults (a typo would switch strict mode off unnoticed).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Strict mode: `suspicious` pages with lock behaviour are escalated sooner.
    pub strict: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reason_ids_on_the_wire_are_their_names() {
        for id in ReasonId::ALL {
            let wire = serde_json::to_value(id).unwrap_or_default();
            assert_eq!(wire, serde_json::json!(id.as_str()));
            let back: ReasonId = serde_json::from_value(wire).unwrap_or(ReasonId::Audio);
            assert_eq!(back, *id);
        }
        let mut names: Vec<&str> = ReasonId::ALL.iter().map(|id| id.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ReasonId::ALL.len(), "duplicate wire names");
    }

    #[test]
    fn options_refuse_unknown_fields() {
        let ok: Result<Options, _> = serde_json::from_str(r#"{"strict":true}"#);
        assert_eq!(ok.ok(), Some(Options { strict: true }));
        let empty: Result<Options, _> = serde_json::from_str("{}");
        assert_eq!(empty.ok(), Some(Options::default()));
        let typo: Result<Options, _> = serde_json::from_str(r#"{"strikt":true}"#);
        let err = typo.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("unknown field `strikt`"), "{err}");
    }

    #[test]
    fn details_are_tagged_by_kind() {
        let d = Detail::Excerpt {
            text: "your pc is infected".into(),
        };
        assert_eq!(
            serde_json::to_value(&d).unwrap_or_default(),
            serde_json::json!({"kind": "excerpt", "text": "your pc is infected"})
        );
        let d = Detail::Brand {
            brand: "Microsoft".into(),
            host: "a.example".into(),
        };
        assert_eq!(
            serde_json::to_value(&d).unwrap_or_default(),
            serde_json::json!({"kind": "brand", "brand": "Microsoft", "host": "a.example"})
        );
        assert_eq!(
            serde_json::to_value(Detail::Score { score: 2.5 }).unwrap_or_default(),
            serde_json::json!({"kind": "score", "score": 2.5})
        );
    }
}
