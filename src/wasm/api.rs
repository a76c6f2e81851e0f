//! Entry points the background script calls.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::snapshot::Snapshot;
use crate::verdict::Options;

/// Plain-JSON serialisation: the verdict goes through `runtime` messages and `storage.session`,
/// which only carry JSON-compatible values (no `Map`, no `undefined`).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&format!("hangup: cannot serialise result: {e}")))
}

/// Analyses one page snapshot (a plain object from the content script) and returns the verdict.
/// A malformed snapshot is an error for the caller, never a panic.
#[wasm_bindgen]
pub fn analyse(snapshot: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let snapshot: Snapshot = serde_wasm_bindgen::from_value(snapshot)
        .map_err(|e| JsValue::from_str(&format!("hangup: bad snapshot: {e}")))?;
    // Options are ours, but come from storage that may hold anything: fall back to defaults.
    let options: Options = serde_wasm_bindgen::from_value(options).unwrap_or_default();
    to_js(&crate::engine::analyse(&snapshot.bounded(), &options))
}

/// Version of the core, shown in the popup for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
