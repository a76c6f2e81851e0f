//! The detection engine: normalise the page's text, find signals, score them.
//!
//! ```text
//! Snapshot ──bounded──► signals::collect ─┬─ normalize (NFKC, invisibles, look-alikes, leetspeak)
//!                                          ├─ lexicon   (one Aho-Corasick over every language)
//!                                          ├─ phone     (numbers + call to action)
//!                                          ├─ domain    (registrable domain vs brand)
//!                                          └─ behaviour (lock techniques from the MAIN world)
//!                        score::decide ◄── Evidence
//! ```
//!
//! Native Rust with no browser types; the same code runs in the extension's Wasm and in the
//! `hangup-scan` CLI. docs/DETECTION.md explains every signal and rule.

/// An English sentence for a reason, for the CLI and logs. Compiled out of the extension's Wasm
/// (about 2 KB): the extension words reasons from `_locales` by id.
macro_rules! english {
    ($s:literal) => {
        if cfg!(feature = "cli") {
            $s
        } else {
            ""
        }
    };
}

pub mod as_written;
pub mod clickfix;
pub mod compat;
pub mod domain;
#[cfg(feature = "cli")]
pub mod html;
pub mod lexicon;
pub mod normalize;
pub mod phone;
pub mod score;
pub mod signals;
pub mod weights;

#[cfg(test)]
mod tests;

use crate::snapshot::Snapshot;
use crate::verdict::{Options, Verdict};

/// Analyses one snapshot. Never panics; bounded work for any input (the text is cut to
/// [`crate::snapshot::MAX_TEXT_BYTES`]).
pub fn analyse(snapshot: &Snapshot, options: &Options) -> Verdict {
    let bounded;
    let snapshot = if needs_bounding(snapshot) {
        bounded = snapshot.clone().bounded();
        &bounded
    } else {
        snapshot
    };
    let mut verdict = score::decide(signals::collect(snapshot), options);
    // Excerpts were cut from the normalised text; a person reads the page's own words. (Before
    // ClickFix: its command excerpt is defanged on purpose and must stay so.)
    as_written::restore(&mut verdict.reasons, snapshot);
    // ClickFix is judged on its own evidence (the clipboard and the page's run instructions) and
    // picks its own warning; the tech-support reasons stay listed.
    if let Some(found) = clickfix::judge(snapshot) {
        clickfix::apply(found, &mut verdict);
    }
    verdict
}

fn needs_bounding(s: &Snapshot) -> bool {
    use crate::snapshot::{MAX_LIST_ITEMS, MAX_TEXT_BYTES};
    s.text.len() > MAX_TEXT_BYTES
        || s.title.len() > 1024
        || s.url.len() > 4096
        || s.lang.len() > 32
        || s.clipboard.text.len() > crate::snapshot::MAX_CLIPBOARD_BYTES
        || s.clipboard.via.len() > 16
        || s.tel_links.len() > MAX_LIST_ITEMS
        || s.alt_texts.len() > MAX_LIST_ITEMS
        || s.tel_links
            .iter()
            .chain(&s.alt_texts)
            .any(|x| x.len() > 512)
}
