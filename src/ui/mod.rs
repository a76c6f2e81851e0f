//! The extension pages' UI, built by Rust through web-sys: the warning overlay and the popup.
//! JS glue passes in a model (verdict + localised strings) and gets back DOM.
#![deny(clippy::unwrap_used)]

pub mod dom;
pub mod overlay;
pub mod popup;
