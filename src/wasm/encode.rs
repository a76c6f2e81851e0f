//! Encoding the engine's answers as plain JS objects (the verdict, the snapshot's defaults).
//!
//! By hand with `Reflect::set`, without serde: serde's derived `Serialize` for the verdict (a
//! tagged `Detail`, 30-odd reason ids) through `serde-wasm-bindgen`'s serializer was most of
//! `analyse`'s 9 KB in the Wasm (docs/BENCHMARKS.md "Wasm size"). The objects are what that
//! serializer made with `json_compatible()`: the same keys in the same order (serde's field
//! order; `Detail`'s `kind` first), numbers as JS numbers (an `f32` widened to `f64`, as serde
//! did), absent `Option`s and empty `text`s left out as serde's `skip_serializing_if` did. The
//! native tests compare the names with serde's (`verdict.rs`), and the Wasm's output is compared
//! with the serde build's on every corpus snapshot (docs/BENCHMARKS.md).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::snapshot::Snapshot;
use crate::verdict::{Detail, Reason, Verdict};

/// An object being filled in key order.
struct Obj(Object);

impl Obj {
    fn new() -> Obj {
        Obj(Object::new())
    }

    fn set(&self, key: &str, value: JsValue) -> &Obj {
        // `Reflect.set` on a fresh plain object cannot throw.
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &value);
        self
    }

    fn str(&self, key: &str, value: &str) -> &Obj {
        self.set(key, JsValue::from_str(value))
    }

    fn num(&self, key: &str, value: f64) -> &Obj {
        self.set(key, JsValue::from_f64(value))
    }

    fn into_value(self) -> JsValue {
        self.0.into()
    }
}

fn strings(items: &[String]) -> JsValue {
    items
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect::<Array>()
        .into()
}

fn detail(d: &Detail) -> JsValue {
    let o = Obj::new();
    let count = |o: &Obj, key: &str, n: u32| {
        o.num(key, f64::from(n));
    };
    match d {
        Detail::Excerpt { text } => {
            o.str("kind", "excerpt").str("text", text);
        }
        Detail::Code { code } => {
            o.str("kind", "code").str("code", code);
        }
        Detail::Brand { brand, host } => {
            o.str("kind", "brand").str("brand", brand).str("host", host);
        }
        Detail::Identity { title, host } => {
            o.str("kind", "identity")
                .str("title", title)
                .str("host", host);
        }
        Detail::Phones { numbers } => {
            o.str("kind", "phones").set("numbers", strings(numbers));
        }
        Detail::Count { count: n } => {
            count(o.str("kind", "count"), "count", *n);
        }
        Detail::InputLock { keyboard, pointer } => {
            count(o.str("kind", "input_lock"), "keyboard", *keyboard);
            count(&o, "pointer", *pointer);
        }
        Detail::Audio {
            media,
            audio,
            speech,
        } => {
            count(o.str("kind", "audio"), "media", *media);
            count(&o, "audio", *audio);
            count(&o, "speech", *speech);
        }
        Detail::InputCapture { keys, menu } => {
            count(o.str("kind", "input_capture"), "keys", *keys);
            count(&o, "menu", *menu);
        }
        Detail::Popups {
            windows,
            notifications,
        } => {
            count(o.str("kind", "popups"), "windows", *windows);
            count(&o, "notifications", *notifications);
        }
        Detail::Cursor { hidden } => {
            o.str("kind", "cursor")
                .set("hidden", JsValue::from_bool(*hidden));
        }
        Detail::Score { score } => {
            o.str("kind", "score").num("score", f64::from(*score));
        }
    }
    o.into_value()
}

fn reason(r: &Reason) -> JsValue {
    let o = Obj::new();
    o.str("id", r.id.as_str())
        .str("group", r.group.as_str())
        .num("weight", f64::from(r.weight))
        .set("detail", detail(&r.detail))
        .set("addressed", JsValue::from_bool(r.addressed));
    if !r.text.is_empty() {
        o.str("text", &r.text);
    }
    o.into_value()
}

/// The verdict as `serde_wasm_bindgen::Serializer::json_compatible()` made it.
pub fn verdict(v: &Verdict) -> JsValue {
    let o = Obj::new();
    o.str("level", v.level.as_str())
        .num("score", f64::from(v.score))
        .set(
            "reasons",
            v.reasons.iter().map(reason).collect::<Array>().into(),
        )
        .set("phones", strings(&v.phones))
        .str("kind", v.kind.as_str());
    if let Some(command) = &v.command {
        o.str("command", command);
    }
    o.into_value()
}

/// The snapshot with every field: its names are the contract with the content scripts.
pub fn snapshot(s: &Snapshot) -> JsValue {
    let o = Obj::new();
    o.str("url", &s.url)
        .str("title", &s.title)
        .str("text", &s.text)
        .set("tel_links", strings(&s.tel_links))
        .set("alt_texts", strings(&s.alt_texts))
        .set("dialog_texts", strings(&s.dialog_texts));
    let dom = Obj::new();
    dom.num("fake_dialogs", f64::from(s.dom.fake_dialogs))
        .set("hidden_cursor", JsValue::from_bool(s.dom.hidden_cursor))
        .set("custom_cursor", JsValue::from_bool(s.dom.custom_cursor));
    o.set("dom", dom.into_value());
    let behaviour = Obj::new();
    for (name, n) in s.behaviour.counts() {
        behaviour.num(name, f64::from(n));
    }
    o.set("behaviour", behaviour.into_value());
    let clipboard = Obj::new();
    clipboard
        .str("text", &s.clipboard.text)
        .str("via", &s.clipboard.via);
    o.set("clipboard", clipboard.into_value());
    o.into_value()
}
