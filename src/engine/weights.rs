//! Every hand-set weight, window and threshold of the engine, in one place.
//!
//! docs/DETECTION.md quotes the block between the `BEGIN`/`END` markers verbatim (a test keeps
//! the two equal). Weights are small and deterministic; the native evaluation
//! (docs/EVALUATION.md) was used to check them, not to fit strings.

use crate::verdict::Group;

/// A weight that grows with the number of distinct phrases found: `first`, plus `step` for each
/// further phrase, at most `max`.
#[derive(Debug, Clone, Copy)]
pub struct Ladder {
    pub first: f32,
    pub step: f32,
    pub max: f32,
}

impl Ladder {
    /// The weight for `distinct` (≥ 1) distinct phrases.
    pub fn of(&self, distinct: usize) -> f32 {
        f32::min(self.first + self.step * (distinct as f32 - 1.0), self.max)
    }
}

// BEGIN weights (quoted in docs/DETECTION.md)

// --- Proximity windows (bytes of normalised text; Japanese uses 3 bytes per character) ---------
/// A claim and the word that makes it personal ("your computer … is infected").
pub const CLAIM_WINDOW: usize = 90;
/// A lock and the reader's own cause of it (failed entries, a lost card): a routine lockout.
pub const LOCKOUT_WINDOW: usize = 180;
/// A protection word and the infection word it qualifies ("protection against viruses").
pub const PROTECT_WINDOW: usize = 24;
/// Bytes between a lock word and the malware it stops on a page that sells ("blocks trojans",
/// "bloque les chevaux de Troie"): room for an article.
pub const PRODUCT_GAP: usize = 5;
/// A role word glued to a brand name ("Windows Security", "Sécurité Windows").
pub const ROLE_WINDOW: usize = 14;
/// A call-to-action word before a number, and after it.
pub const CTA_BEFORE: usize = 120;
pub const CTA_AFTER: usize = 60;
/// "Call" next to who to call ("call Microsoft support") when no number is visible.
pub const CTA_WHO_WINDOW: usize = 20;
/// A call word right before a brand makes it an identity ("call the IRS", "Ring Skatteverket").
pub const CALLED_GAP: usize = 5;

// --- Text signals -----------------------------------------------------------------------------
/// brand_impersonation: the brand only in the title; presented as an identity; +identity in the
/// title; +named 5 times or as an identity 3 times; at most. A security title without a brand.
pub const BRAND_TITLE_ONLY: f32 = 1.0;
pub const BRAND_IDENTITY: f32 = 2.5;
pub const BRAND_IDENTITY_IN_TITLE: f32 = 1.0;
pub const BRAND_REPEATED: f32 = 0.5;
pub const BRAND_REPEATED_IDENTITY: usize = 3;
pub const BRAND_REPEATED_MENTIONS: usize = 5;
pub const BRAND_MAX: f32 = 4.0;
pub const TITLE_IDENTITY: f32 = 1.0;
/// An invoice lure: a brand named within `INVOICE_WINDOW` bytes of a charge the page states, on
/// a page that says to call to cancel or for a refund (the brand bills the reader).
pub const INVOICE_BRAND: f32 = 2.0;
pub const INVOICE_WINDOW: usize = 240;
/// A brand named inside a claim stated to the reader ("your Instagram account has been disabled",
/// "Ihr DHL-Paket wurde festgehalten"): at most `CLAIMED_BRAND_WINDOW` bytes before a lock or
/// compromise claim, in the same sentence, the brand holds the reader's own account.
pub const CLAIMED_BRAND: f32 = 2.0;
pub const CLAIMED_BRAND_WINDOW: usize = 40;
/// "To cancel and get a refund, call …": what the call is for and the call word (a charge claim
/// needs one; a product page describes its renewal next to a sales number).
pub const UNDO_CALL_WINDOW: usize = 100;
/// infection_claim addressed to the reader; 3+ distinct infection words without "your".
pub const INFECTION_CLAIM: Ladder = Ladder {
    first: 2.0,
    step: 0.5,
    max: 3.0,
};
pub const INFECTION_WORDS: f32 = 1.0;
pub const INFECTION_WORDS_MIN: usize = 3;
pub const LOCK_CLAIM: Ladder = Ladder {
    first: 2.0,
    step: 0.5,
    max: 3.0,
};
/// error_code: a `0x…` code alone; an error phrase; +both.
pub const ERROR_HEX_ONLY: f32 = 0.5;
pub const ERROR_PHRASE: f32 = 1.5;
pub const ERROR_BOTH: f32 = 0.5;
pub const URGENCY: Ladder = Ladder {
    first: 1.0,
    step: 0.25,
    max: 1.5,
};
pub const DO_NOT_CLOSE: Ladder = Ladder {
    first: 2.0,
    step: 0.25,
    max: 2.0,
};
/// account_compromise: "your account has been blocked / taken over", "your data leaked".
pub const ACCOUNT_CLAIM: Ladder = Ladder {
    first: 2.0,
    step: 0.5,
    max: 3.0,
};
/// charge_claim: a charge stated (to the reader, or with a second charge/refund phrase); from
/// `CHARGE_MANY_PHRASES` distinct phrases.
pub const CHARGE_CLAIM: f32 = 2.0;
pub const CHARGE_CLAIM_MANY: f32 = 2.5;
pub const CHARGE_MANY_PHRASES: usize = 3;
/// system_screen: one phrase is a mention; two distinct phrases are a screen; three or more.
pub const SYSTEM_SCREEN_ONE: f32 = 1.0;
pub const SYSTEM_SCREEN_TWO: f32 = 2.5;
pub const SYSTEM_SCREEN_MORE: f32 = 3.0;
pub const DATA_LOSS: Ladder = Ladder {
    first: 1.0,
    step: 0.25,
    max: 1.5,
};
pub const REMOTE_ACCESS: f32 = 2.0;
/// payment_demand: one payment phrase; two or more distinct ones.
pub const PAYMENT: f32 = 2.0;
pub const PAYMENT_SEVERAL: f32 = 2.5;
/// A ransom lock screen's own words, distinct phrases summed: a fine weighs 0.5 (a library
/// fines too), an accusation, unlocking the computer against a code or encrypted files 1.
pub const RANSOM_WORDS: f32 = 1.5;

// --- Phone numbers ----------------------------------------------------------------------------
/// phone_call_to_action: a number with a call to action; +toll-free; +a tel:/callto: link;
/// factor on the brand's own site; at most. The text asks to phone support, no number visible.
pub const CALL: f32 = 3.0;
pub const CALL_TOLL_FREE: f32 = 1.0;
pub const CALL_LINK: f32 = 0.5;
pub const CALL_OFFICIAL_FACTOR: f32 = 0.3;
pub const CALL_MAX: f32 = 4.5;
pub const CALL_ASKED: f32 = 1.5;
/// phone_in_url: a number in the address; that number shown with a call to action (injection).
pub const PHONE_IN_URL: f32 = 1.5;
pub const PHONE_INJECTED: f32 = 4.0;

// --- Behaviour (see signals/behaviour.rs for when each fires) ---------------------------------
pub const FULLSCREEN: f32 = 2.0;
pub const DIALOG_LOOP: f32 = 2.0;
pub const DIALOG_LOOP_MANY: f32 = 3.0;
pub const LEAVE_TRAP: f32 = 1.5;
pub const HISTORY_FLOOD: f32 = 1.0;
pub const HISTORY_FLOOD_MANY: f32 = 2.5;
pub const INPUT_LOCK: f32 = 3.0;
pub const AUDIO: f32 = 1.0;
pub const AUDIO_SPEECH: f32 = 2.0;
pub const INPUT_CAPTURE: f32 = 1.5;
pub const POPUP_FLOOD: f32 = 2.0;
pub const DOWNLOAD_FLOOD: f32 = 2.5;
pub const AUTH_LOOP: f32 = 3.0;
pub const HIDDEN_CURSOR: f32 = 2.0;
pub const CUSTOM_CURSOR: f32 = 1.0;
pub const FAKE_DIALOG: f32 = 1.0;
pub const FAKE_DIALOGS_MANY: f32 = 1.5;

// --- Scoring (score.rs) -----------------------------------------------------------------------
/// Most a group can contribute to the score.
pub const fn cap(g: Group) -> f32 {
    match g {
        Group::Impersonation => 4.0,
        Group::Scare => 8.0,
        Group::CallToAction => 6.0,
        Group::Payment => 4.0,
        Group::Lock => 10.0,
        // Not part of the tech-support rules: clickfix.rs decides on its own and adds these.
        Group::Clipboard => 10.0,
    }
}
/// Benign context: awareness words weigh at least this, and at least this much per
/// second-person claim; then text evidence is multiplied by the damping factor.
pub const AWARENESS_MIN: f32 = 2.0;
pub const AWARENESS_PER_CLAIM: f32 = 0.5;
pub const AWARENESS_DAMPING: f32 = 0.35;
/// The organisation's promise that it never calls ("Apple will never call you", "ne vous
/// appellera jamais"): every lexicon gives it this weight in `awareness` and nothing else there.
/// Alone on a page it weighs [`PROMISE_ALONE`], under [`AWARENESS_MIN`]: a kit's single decoy
/// line damps nothing; with another word about scams it counts in full.
pub const PROMISE: f32 = 2.0;
pub const PROMISE_ALONE: f32 = 1.5;
/// The awareness of a refusal to call right after a reported quote ("If you see \"…\", do not
/// call", signals/reported.rs `warned`): with one more word about scams it makes a page about them.
pub const WARNED: f32 = 1.5;
/// Strict mode multiplies the bars marked `× strict` by this.
pub const STRICT_FACTOR: f32 = 0.75;

/// The bars of the verdict rules, on group strengths after caps (score.rs reads them as
/// `rule::NAME`). A rule fires when all its bars are met.
// --- ClickFix (a clipboard command the page tells the person to run) -------------------------
/// clipboard_command: a strong shape (encoded PowerShell, mshta URL, a download piped to a
/// shell …) or a weaker one; run_instructions; verification_pretext; hidden_command (padding)
/// and unseen_command (a command copied and not shown) weigh CLICKFIX_HIDDEN_COMMAND.
pub const CLICKFIX_COMMAND_STRONG: f32 = 4.0;
pub const CLICKFIX_COMMAND: f32 = 3.0;
pub const CLICKFIX_RUN_INSTRUCTIONS: f32 = 3.0;
pub const CLICKFIX_PRETEXT: f32 = 2.0;
pub const CLICKFIX_HIDDEN_COMMAND: f32 = 3.0;

pub mod rule {
    /// The page asks for something: a call or a payment (or says not to close it).
    pub mod asks {
        pub const CALL: f32 = 1.5;
        pub const PAYMENT: f32 = 2.0;
    }
    /// Impersonation + scare, the page asks for something, enough text overall. All × strict.
    pub mod impersonation_scare {
        pub const IMPERSONATION: f32 = 2.0;
        pub const SCARE: f32 = 4.0;
        pub const TEXT_TOTAL: f32 = 8.0;
    }
    /// A claim to the reader + scare + a call (× strict), and one of the `ALSO_` bars.
    pub mod scare_call {
        pub const SCARE: f32 = 3.0;
        pub const CALL: f32 = 2.5;
        pub const ALSO_IMPERSONATION: f32 = 1.0;
        pub const ALSO_SCARE: f32 = 5.0; // × strict
        pub const ALSO_PAYMENT: f32 = 2.0;
    }
    /// A claim to the reader + scare + lock behaviour. All × strict.
    pub mod scare_lock {
        pub const SCARE: f32 = 3.0;
        pub const LOCK: f32 = 3.5;
    }
    /// Lock behaviour of several kinds (× strict), and one of the `ALSO_` bars.
    pub mod lock_multi {
        pub const LOCK: f32 = 5.0;
        pub const KINDS: usize = 2;
        pub const ALSO_SCARE_BEYOND_URGENCY: f32 = 1.0;
        pub const ALSO_IMPERSONATION: f32 = 1.0;
        pub const ALSO_CALL: f32 = 1.5;
        /// A brand named as an identity (not only a role word in the title): enough beside
        /// the prank toolkit (full screen, hidden cursor, leave prompt).
        pub const NAMED_IMPERSONATION: f32 = 2.0;
    }
    /// Lock behaviour of several kinds and two of the `SUPPORT_` bars. All × strict.
    pub mod lock_backed {
        pub const LOCK: f32 = 3.0;
        pub const KINDS: usize = 2;
        pub const SUPPORTS: usize = 2;
        pub const SUPPORT_IMPERSONATION: f32 = 2.0;
        pub const SUPPORT_CALL: f32 = 1.5;
        pub const SUPPORT_CLAIMED_SCARE: f32 = 2.0;
        pub const SUPPORT_PAYMENT: f32 = 2.0;
    }
    /// Payment + a call, and impersonation or scare. All × strict.
    pub mod payment_call {
        pub const PAYMENT: f32 = 2.0;
        pub const CALL: f32 = 2.5;
        pub const ALSO_IMPERSONATION: f32 = 2.0;
        pub const ALSO_SCARE: f32 = 2.0;
    }
    /// A number from the address shown with a call to action: on the brand's own site, or with
    /// scare or impersonation elsewhere. All × strict.
    pub mod injected {
        pub const ALSO_SCARE: f32 = 2.0;
        pub const ALSO_IMPERSONATION: f32 = 2.0;
    }
    /// Other brands' call-us scams: a claim to the reader, a number with a call to action, the
    /// brand off its own site (identity × strict, or only in the title plus a pressure signal).
    pub mod brand_call {
        pub const NUMBER_CALL: f32 = 2.5;
        pub const IMPERSONATION: f32 = 2.0; // × strict
        pub const TITLE_IMPERSONATION: f32 = 1.0;
        /// The weight at which one pressure reason (urgency, error code, data loss, do not
        /// close, payment, charge) counts.
        pub const PRESSURE: f32 = 0.9;
    }
    /// Ransom lock screens ("police" fines payable by voucher): a lock stated to the reader, a
    /// payment demand (× strict) and the ransom's words (`RANSOM_WORDS`); not on a page about
    /// scams, never on a brand's own site.
    pub mod ransom_lock {
        pub const PAYMENT: f32 = 2.0;
    }
    /// Brandless kits headed by the infection ("VIRUS DETECTED!" as the title): a number with a
    /// call to action, pressure (as for `brand_call`), and two distinct infection phrases (a
    /// Trojan or spyware besides the virus: a health page titled "Virus detected" names one).
    pub mod headline_call {
        pub const INFECTION: f32 = 2.5;
        /// Or this many distinct infection phrases stated anywhere on the page under the
        /// headline ("VIRUS DETECTED!", then "Trojan spyware found"; a school's notice "Virus
        /// detected: our antivirus found a Trojan in room 3" names two).
        pub const WORDS: usize = 3;
    }
    /// Fake system screens: two distinct screen phrases, and a number with a call to action and
    /// a claim / error phrase / brand identity; or lock behaviour that traps (× strict).
    pub mod system_screen {
        pub const SCREEN: f32 = 2.5;
        pub const ALSO_ERROR_CODE: f32 = 1.5;
        pub const ALSO_IMPERSONATION: f32 = 2.0;
        pub const LOCK: f32 = 3.5; // × strict
        pub const LOCK_KINDS: usize = 2;
        /// Below this lock strength (× strict), a system screen with no number is a picture of
        /// one (a prank, a tutorial) and does not count toward the badge.
        pub const PICTURE_LOCK: f32 = 3.0;
    }
    /// `suspicious`: the score (× strict), and scare or lock (× strict) or impersonation with
    /// some other text.
    pub mod suspicious {
        pub const SCORE: f32 = 4.5;
        pub const SCARE: f32 = 2.5;
        pub const LOCK: f32 = 3.0;
        pub const IMPERSONATION: f32 = 2.0;
        pub const IMPERSONATION_OTHER_TEXT: f32 = 2.5;
    }
}

// END weights

#[cfg(test)]
mod tests {
    /// docs/DETECTION.md quotes the weights block verbatim: the doc cannot drift from the code.
    #[test]
    fn weights_doc_quotes_the_code() {
        let code = include_str!("weights.rs");
        let doc = include_str!("../../docs/DETECTION.md");
        let block = |s: &'static str| {
            let start = s.find("// BEGIN weights").unwrap_or(0);
            let end = s.find("// END weights").unwrap_or(0);
            &s[start..end]
        };
        assert!(!block(code).is_empty());
        assert_eq!(
            block(doc),
            block(code),
            "docs/DETECTION.md must quote src/engine/weights.rs"
        );
    }
}
