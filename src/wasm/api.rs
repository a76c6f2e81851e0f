//! Entry points the background script calls.

use crate::engine::cat;
use std::cell::RefCell;

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

use super::decode;
use crate::snapshot::MAX_TEXT_BYTES;
use crate::verdict::Options;
use crate::verdict_wire::{self, Out};

/// Plain JSON values: the verdict goes through `runtime` messages and `storage.session`, which
/// only carry JSON-compatible values (no `Map`, no `undefined`).
struct Js(JsValue);

#[wasm_bindgen]
extern "C" {
    /// A plain object's `o[key] = value` (no `Reflect.set` and its exception wrapper: a fresh
    /// object takes any key).
    type Plain;
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Plain, key: &JsValue, value: JsValue);
}

thread_local! {
    /// The JS strings of the wire's names (keys, ids, kinds, tags), made once: passing a string
    /// to JS decodes it, ~1 µs for each reason's five keys and three names without this.
    static NAMES: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// The JS string of `s`, from [`NAMES`] (found by address and length: a few dozen entries).
fn name(s: &'static str) -> JsValue {
    NAMES.with_borrow_mut(|names| {
        let found = names.iter().find(|(n, _)| std::ptr::eq(*n, s));
        if let Some((_, v)) = found {
            return v.clone();
        }
        let v = JsValue::from_str(s);
        names.push((s, v.clone()));
        v
    })
}

impl Out for Js {
    fn str(s: &str) -> Self {
        Js(JsValue::from_str(s))
    }
    fn num(n: f64) -> Self {
        Js(JsValue::from_f64(n))
    }
    fn name(s: &'static str) -> Self {
        Js(name(s))
    }
    fn bool(b: bool) -> Self {
        Js(JsValue::from_bool(b))
    }
    fn list(items: Vec<Self>) -> Self {
        let a = Array::new();
        for Js(v) in items {
            a.push(&v);
        }
        Js(a.into())
    }
    fn obj(fields: Vec<(&'static str, Self)>) -> Self {
        let o: Plain = Object::new().unchecked_into();
        for (k, Js(v)) in fields {
            o.set(&name(k), v);
        }
        Js(o.into())
    }
}

#[wasm_bindgen]
extern "C" {
    /// The platform's `TextEncoder`: UTF-16 to UTF-8 in native code, then one copy into Wasm
    /// memory. Generic string passing encodes in a JS loop, which was a tenth of the time of
    /// analysing a 64 KB page (docs/BENCHMARKS.md).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &js_sys::JsString) -> Vec<u8>;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// The snapshot's `text`: absent is empty, anything but a string is an error. At most
/// [`MAX_TEXT_BYTES`] UTF-16 units are encoded (never fewer bytes than that).
fn snapshot_text(snapshot: &JsValue) -> Result<String, JsValue> {
    let text =
        js_sys::Reflect::get(snapshot, &JsValue::from_str("text")).unwrap_or(JsValue::UNDEFINED);
    if text.is_undefined() || text.is_null() {
        return Ok(String::new());
    }
    let Some(text) = text.dyn_ref::<js_sys::JsString>() else {
        return Err(JsValue::from_str(
            "hangup: bad snapshot: text is not a string",
        ));
    };
    let text = if text.length() as usize > MAX_TEXT_BYTES {
        text.slice(0, MAX_TEXT_BYTES as u32)
    } else {
        text.clone()
    };
    let bytes = ENCODER.with(|e| e.encode(&text));
    // A lone surrogate cut by the slice became U+FFFD: still valid UTF-8.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| crate::engine::lossy(e.as_bytes())))
}

/// Analyses one page snapshot (a plain object from the content script) and returns the verdict.
/// A malformed snapshot is an error for the caller, never a panic.
#[wasm_bindgen]
pub fn analyse(snapshot: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    if !snapshot.is_object() {
        return Err(JsValue::from_str("hangup: bad snapshot: not an object"));
    }
    let text = snapshot_text(&snapshot)?;
    let mut snapshot = decode::snapshot(&snapshot)
        .map_err(|e| JsValue::from_str(&cat(&["hangup: bad snapshot: ", e.as_str()])))?;
    snapshot.text = text;
    // Options are ours (the background builds them from normalised settings): absent means
    // defaults, anything malformed or unknown is our bug and is reported, not guessed around.
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        decode::options(&options)
            .map_err(|e| JsValue::from_str(&cat(&["hangup: bad options: ", e.as_str()])))?
    };
    let verdict = crate::engine::analyse(&snapshot.bounded(), &options);
    Ok(verdict_wire::verdict::<Js>(&verdict).0)
}

/// A default snapshot as the engine reads it: its field names are the contract with the content
/// scripts (tests/unit/protocol.test.mjs checks `extension/common/protocol.js` against it).
#[wasm_bindgen]
pub fn snapshot_defaults() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(crate::snapshot::DEFAULTS_JSON)
}

/// Version of the core, shown in the popup for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
