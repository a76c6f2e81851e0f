//! Decoding JS values into Rust models at the Wasm boundary (the snapshot, the options).
//!
//! By hand over `JsValue`, without serde: serde's derived visitors, monomorphised for each field
//! type and inlined into one function, were ~20 KB of the Wasm before wasm-opt
//! (docs/BENCHMARKS.md "Wasm size"). What it decodes is what serde's derive over the earlier
//! `Deserializer` decoded, with the same messages:
//! - **Every key is read as the model says.** A struct is read key by key (`Object.keys`, a key
//!   whose value is `undefined`, kept by Firefox's structured clone, is an absent key). The
//!   page's snapshot skips a key it does not know without converting its value; our options
//!   refuse one (a typo would switch strict mode off unnoticed). Absent fields keep their default.
//! - **Errors never print the value** ("invalid type, expected u32"): nothing from a hostile page
//!   is echoed, and no float formatting is linked. The first bad field in key order is reported.

use crate::engine::cat;
use std::fmt;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::snapshot::{Behaviour, Clipboard, DomHints, Snapshot};
use crate::verdict::Options;

/// Why a value could not be decoded (never the value itself).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error {
    /// The message, without `Display` (no formatting code in the Wasm).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn invalid_type(expected: &str) -> Error {
    Error(cat(&["invalid type, expected ", expected]))
}

/// The largest integer a JS number holds exactly.
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// A JS value as JSON sees it.
enum Value {
    Null,
    Bool(bool),
    /// A whole number, exactly held, and its sign.
    Whole(u64, bool),
    Float,
    Str(String),
    Seq(Array),
    Obj,
}

fn classify(v: &JsValue) -> Result<Value, Error> {
    Ok(if v.is_null() || v.is_undefined() {
        Value::Null
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
            Value::Whole(n.abs() as u64, n < 0.0)
        } else {
            Value::Float
        }
    } else if let Some(s) = v.as_string() {
        Value::Str(s)
    } else if Array::is_array(v) {
        Value::Seq(Array::from(v))
    } else if v.is_object() {
        Value::Obj
    } else {
        return Err(Error("invalid type, expected a JSON value".into()));
    })
}

fn string(v: &JsValue) -> Result<String, Error> {
    match classify(v)? {
        Value::Str(s) => Ok(s),
        _ => Err(invalid_type("a string")),
    }
}

fn boolean(v: &JsValue) -> Result<bool, Error> {
    match classify(v)? {
        Value::Bool(b) => Ok(b),
        _ => Err(invalid_type("a boolean")),
    }
}

/// A whole number that does not fit (negative, or over `u32::MAX`) is an invalid value; anything
/// else that is not a whole number is an invalid type.
fn count(v: &JsValue) -> Result<u32, Error> {
    match classify(v)? {
        Value::Whole(n, false) if n <= u64::from(u32::MAX) => Ok(n as u32),
        Value::Whole(..) => Err(Error("invalid value, expected u32".into())),
        _ => Err(invalid_type("u32")),
    }
}

fn strings(v: &JsValue) -> Result<Vec<String>, Error> {
    match classify(v)? {
        Value::Seq(items) => items.iter().map(|item| string(&item)).collect(),
        _ => Err(invalid_type("a sequence")),
    }
}

/// Calls `field` with each key of the object `v` and its value, in key order; `name` words the
/// error when `v` is not an object.
fn fields(
    v: &JsValue,
    name: &str,
    field: &mut dyn FnMut(&str, &JsValue) -> Result<(), Error>,
) -> Result<(), Error> {
    if !v.is_object() || Array::is_array(v) {
        return Err(invalid_type(name));
    }
    for key in Object::keys(v.unchecked_ref::<Object>()).iter() {
        let value = Reflect::get(v, &key).unwrap_or(JsValue::UNDEFINED);
        if !value.is_undefined() {
            field(&key.as_string().unwrap_or_default(), &value)?;
        }
    }
    Ok(())
}

/// The page's snapshot, but its `text` (`wasm::api` reads that through `TextEncoder`).
pub fn snapshot(v: &JsValue) -> Result<Snapshot, Error> {
    let mut s = Snapshot::default();
    fields(v, "struct Snapshot", &mut |key, v| {
        match key {
            "url" => s.url = string(v)?,
            "title" => s.title = string(v)?,
            "tel_links" => s.tel_links = strings(v)?,
            "alt_texts" => s.alt_texts = strings(v)?,
            "dialog_texts" => s.dialog_texts = strings(v)?,
            "dom" => s.dom = dom(v)?,
            "behaviour" => s.behaviour = behaviour(v)?,
            "clipboard" => s.clipboard = clipboard(v)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(s)
}

fn dom(v: &JsValue) -> Result<DomHints, Error> {
    let mut d = DomHints::default();
    fields(v, "struct DomHints", &mut |key, v| {
        match key {
            "fake_dialogs" => d.fake_dialogs = count(v)?,
            "hidden_cursor" => d.hidden_cursor = boolean(v)?,
            "custom_cursor" => d.custom_cursor = boolean(v)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(d)
}

fn clipboard(v: &JsValue) -> Result<Clipboard, Error> {
    let mut c = Clipboard::default();
    fields(v, "struct Clipboard", &mut |key, v| {
        match key {
            "text" => c.text = string(v)?,
            "via" => c.via = string(v)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(c)
}

fn behaviour(v: &JsValue) -> Result<Behaviour, Error> {
    let mut b = Behaviour::default();
    fields(v, "struct Behaviour", &mut |key, v| {
        let slot = match key {
            "fullscreen" => &mut b.fullscreen,
            "dialogs" => &mut b.dialogs,
            "print" => &mut b.print,
            "beforeunload" => &mut b.beforeunload,
            "history" => &mut b.history,
            "keyboard_lock" => &mut b.keyboard_lock,
            "pointer_lock" => &mut b.pointer_lock,
            "media_play" => &mut b.media_play,
            "audio_context" => &mut b.audio_context,
            "speech" => &mut b.speech,
            "key_block" => &mut b.key_block,
            "context_block" => &mut b.context_block,
            "window_open" => &mut b.window_open,
            "notification" => &mut b.notification,
            "downloads" => &mut b.downloads,
            "auth_prompts" => &mut b.auth_prompts,
            _ => return Ok(()),
        };
        *slot = count(v)?;
        Ok(())
    })?;
    Ok(b)
}

/// Our options: an unknown field is refused (see the module comment).
pub fn options(v: &JsValue) -> Result<Options, Error> {
    let mut o = Options::default();
    fields(v, "struct Options", &mut |key, v| {
        match key {
            "strict" => o.strict = boolean(v)?,
            _ => {
                return Err(Error(cat(&[
                    "unknown field `",
                    key,
                    "`, expected `strict`",
                ])))
            }
        }
        Ok(())
    })?;
    Ok(o)
}
