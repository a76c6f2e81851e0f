//! What the glue hands to the views, read straight from the JS objects (`js_sys::Reflect`), not
//! through serde: the derived `Deserialize` of the verdict (a tagged `Detail`, 40-odd reason ids,
//! serde's error text) cost more Wasm than the whole view (docs/BENCHMARKS.md, "Wasm size").
//!
//! The state models are ours: a field the view does not know is an error at once (what
//! `deny_unknown_fields` did), so a renamed field in the glue never renders a silently empty view.
//! The verdict is the engine's: the view reads what it shows and words it (`wording.rs`); a value
//! of the wrong type reads as empty, a detail of a kind it does not know as no detail.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::verdict::{Detail, Kind, Level, ReasonId};

/// A JS object the view reads fields from.
pub struct Obj(JsValue);

impl Obj {
    /// `v` as one of our state models: an object whose fields are all in `fields`.
    pub fn ours(v: JsValue, what: &str, fields: &[&str]) -> Result<Obj, JsValue> {
        if !v.is_object() {
            return Err(JsValue::from_str(&format!(
                "hangup: bad {what}: not an object"
            )));
        }
        for k in Object::keys(v.unchecked_ref::<Object>()).iter() {
            let k = k.as_string().unwrap_or_default();
            if !fields.contains(&k.as_str()) {
                return Err(JsValue::from_str(&format!(
                    "hangup: bad {what}: unknown field `{k}`"
                )));
            }
        }
        Ok(Obj(v))
    }

    /// `v` if it is an object (engine output: extra fields are ignored).
    pub fn any(v: JsValue) -> Option<Obj> {
        v.is_object().then_some(Obj(v))
    }

    pub fn get(&self, k: &str) -> JsValue {
        Reflect::get(&self.0, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    }

    pub fn str(&self, k: &str) -> String {
        self.get(k).as_string().unwrap_or_default()
    }

    pub fn bool(&self, k: &str) -> bool {
        self.get(k).as_bool().unwrap_or(false)
    }

    /// A count: a finite number ≥ 0, else 0.
    pub fn u32(&self, k: &str) -> u32 {
        match self.get(k).as_f64() {
            Some(n) if n.is_finite() && n >= 0.0 => n.min(f64::from(u32::MAX)) as u32,
            _ => 0,
        }
    }

    pub fn list(&self, k: &str) -> Vec<JsValue> {
        let v = self.get(k);
        if Array::is_array(&v) {
            Array::from(&v).to_vec()
        } else {
            Vec::new()
        }
    }

    pub fn strs(&self, k: &str) -> Vec<String> {
        self.list(k).iter().filter_map(JsValue::as_string).collect()
    }

    /// Each element of the list `k` as one of our models (see [`Obj::ours`]).
    pub fn models(&self, k: &str, what: &str, fields: &[&str]) -> Result<Vec<Obj>, JsValue> {
        self.list(k)
            .into_iter()
            .map(|v| Obj::ours(v, what, fields))
            .collect()
    }
}

/// One reason as the view words it.
pub struct ViewReason {
    pub id: ReasonId,
    /// `None` for a detail of a kind the view does not know: the sentence shows alone.
    pub detail: Option<Detail>,
}

/// The parts of a verdict the views show.
pub struct ViewVerdict {
    pub level: Level,
    pub kind: Kind,
    /// ClickFix: the command the page copied, defanged and cut short by the engine.
    pub command: Option<String>,
    pub phones: Vec<String>,
    pub reasons: Vec<ViewReason>,
}

impl ViewVerdict {
    /// The verdict in `v`; `None` when there is none (`null`, not checked) or its level is unknown.
    pub fn read(v: JsValue) -> Option<ViewVerdict> {
        let o = Obj::any(v)?;
        let level = match o.str("level").as_str() {
            "safe" => Level::Safe,
            "suspicious" => Level::Suspicious,
            "scam" => Level::Scam,
            _ => return None,
        };
        let kind = match o.str("kind").as_str() {
            "clickfix" => Kind::Clickfix,
            _ => Kind::TechSupport,
        };
        let command = o.get("command").as_string();
        let reasons = o
            .list("reasons")
            .into_iter()
            .filter_map(Obj::any)
            .filter_map(|r| {
                let wire = r.str("id");
                let id = *ReasonId::ALL.iter().find(|id| id.as_str() == wire)?;
                let detail = Obj::any(r.get("detail")).and_then(|d| detail(&d));
                Some(ViewReason { id, detail })
            })
            .collect();
        Some(ViewVerdict {
            level,
            kind,
            command,
            phones: o.strs("phones"),
            reasons,
        })
    }

    pub fn clickfix(&self) -> bool {
        self.kind == Kind::Clickfix
    }
}

/// A `Detail` from its wire form (`{"kind": "excerpt", "text": "…"}`, src/verdict.rs).
fn detail(d: &Obj) -> Option<Detail> {
    Some(match d.str("kind").as_str() {
        "excerpt" => Detail::Excerpt {
            text: d.str("text"),
        },
        "code" => Detail::Code {
            code: d.str("code"),
        },
        "brand" => Detail::Brand {
            brand: d.str("brand"),
            host: d.str("host"),
        },
        "identity" => Detail::Identity {
            title: d.str("title"),
            host: d.str("host"),
        },
        "phones" => Detail::Phones {
            numbers: d.strs("numbers"),
        },
        "count" => Detail::Count {
            count: d.u32("count"),
        },
        "input_lock" => Detail::InputLock {
            keyboard: d.u32("keyboard"),
            pointer: d.u32("pointer"),
        },
        "audio" => Detail::Audio {
            media: d.u32("media"),
            audio: d.u32("audio"),
            speech: d.u32("speech"),
        },
        "input_capture" => Detail::InputCapture {
            keys: d.u32("keys"),
            menu: d.u32("menu"),
        },
        "popups" => Detail::Popups {
            windows: d.u32("windows"),
            notifications: d.u32("notifications"),
        },
        "cursor" => Detail::Cursor {
            hidden: d.bool("hidden"),
        },
        "score" => Detail::Score {
            score: d.get("score").as_f64().unwrap_or(0.0) as f32,
        },
        _ => return None,
    })
}
