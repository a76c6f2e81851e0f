//! The thin `#[wasm_bindgen]` boundary: JS calls in here, plain Rust does the work.
#![deny(clippy::unwrap_used)]

pub mod api;
mod decode;
