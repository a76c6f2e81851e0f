//! HangUp's core: decides whether a page snapshot is a tech-support scam, and (in Wasm)
//! renders the extension's warning and popup.
//!
//! Follow a page through it: [`snapshot::Snapshot`] (what the content script saw) →
//! [`engine::analyse`] (normalise, find signals, score) → [`verdict::Verdict`] (level + reasons)
//! → `wasm::api` (the background's entry point) → `ui` (the overlay and the popup).

// The extension's screens (src/ui) are built for size, not speed (build.rs sets `hangup_size` for
// the Wasm when the compiler takes unstable features: the Debian rustc-web build of build.sh).
#![cfg_attr(hangup_size, feature(optimize_attribute))]

pub mod engine;
pub mod snapshot;
pub mod ui;
pub mod verdict;
pub mod verdict_wire;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use engine::analyse;
pub use snapshot::Snapshot;
pub use verdict::{Detail, Level, Options, Reason, ReasonId, Verdict};
