//! The extension pages' UI, built by Rust through web-sys: the warning overlay and the popup.
//!
//! The JS glue only gathers state (the tab's verdict, the effective settings) and calls
//! `render_*`; the wording (reason sentences, quoted excerpts, the advice) comes from
//! [`wording`], which asks the browser's i18n for every string ([`i18n`]). Every DOM listener is a
//! gloo `EventListener` held by the view that made it: a re-render drops the old view and so
//! removes its listeners.
#![deny(clippy::unwrap_used)]

pub mod view_verdict;
pub mod wording;

#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod focus;
#[cfg(target_arch = "wasm32")]
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod overlay;
#[cfg(target_arch = "wasm32")]
pub mod popup;
