//! HangUp's core: decides whether a page snapshot is a tech-support scam, and (in Wasm)
//! renders the extension's warning and popup.
//!
//! Follow a page through it: [`snapshot::Snapshot`] (what the content script saw) →
//! [`engine::analyse`] (normalise, find signals, score) → [`verdict::Verdict`] (level + reasons)
//! → `wasm::api` (the background's entry point) → `ui` (the overlay and the popup).

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
