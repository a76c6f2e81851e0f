//! What the glue hands to the views, read straight from the JS objects (`js_sys::Reflect`), not
//! through serde: the derived `Deserialize` of the verdict (a tagged `Detail`, 40-odd reason ids,
//! serde's error text) cost more Wasm than the whole view (docs/BENCHMARKS.md, "Wasm size").
//!
//! The state models are ours: a field the view does not know is an error at once (what
//! `deny_unknown_fields` did), so a renamed field in the glue never renders a silently empty view.
//! The verdict is the engine's, read by `view_verdict.rs` through [`Wire`].

use crate::engine::cat;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::view_verdict::{ViewVerdict, Wire};

/// A JS object the view reads fields from.
pub struct Obj(JsValue);

impl Obj {
    /// `v` as one of our state models: an object whose fields are all in `fields`.
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn ours(v: JsValue, what: &str, fields: &[&str]) -> Result<Obj, JsValue> {
        if !v.is_object() {
            return Err(JsValue::from_str(&cat(&[
                "hangup: bad ",
                what,
                ": not an object",
            ])));
        }
        for k in Object::keys(v.unchecked_ref::<Object>()).iter() {
            let k = k.as_string().unwrap_or_default();
            if !fields.contains(&k.as_str()) {
                return Err(JsValue::from_str(&cat(&[
                    "hangup: bad ",
                    what,
                    ": unknown field `",
                    &k,
                    "`",
                ])));
            }
        }
        Ok(Obj(v))
    }

    /// `v` if it is an object (engine output: extra fields are ignored).
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn any(v: JsValue) -> Option<Obj> {
        v.is_object().then_some(Obj(v))
    }

    #[cfg_attr(hangup_size, optimize(size))]
    pub fn get(&self, k: &str) -> JsValue {
        Reflect::get(&self.0, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    }

    #[cfg_attr(hangup_size, optimize(size))]
    pub fn list(&self, k: &str) -> Vec<JsValue> {
        let v = self.get(k);
        if Array::is_array(&v) {
            Array::from(&v).to_vec()
        } else {
            Vec::new()
        }
    }

    /// Each element of the list `k` as one of our models (see [`Obj::ours`]).
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn models(&self, k: &str, what: &str, fields: &[&str]) -> Result<Vec<Obj>, JsValue> {
        self.list(k)
            .into_iter()
            .map(|v| Obj::ours(v, what, fields))
            .collect()
    }
}

impl Wire for Obj {
    #[cfg_attr(hangup_size, optimize(size))]
    fn str(&self, k: &str) -> String {
        self.get(k).as_string().unwrap_or_default()
    }
    #[cfg_attr(hangup_size, optimize(size))]
    fn num(&self, k: &str) -> Option<f64> {
        self.get(k).as_f64()
    }
    #[cfg_attr(hangup_size, optimize(size))]
    fn bool(&self, k: &str) -> bool {
        self.get(k).as_bool().unwrap_or(false)
    }
    #[cfg_attr(hangup_size, optimize(size))]
    fn objs(&self, k: &str) -> Vec<Obj> {
        self.list(k).into_iter().filter_map(Obj::any).collect()
    }
    #[cfg_attr(hangup_size, optimize(size))]
    fn obj(&self, k: &str) -> Option<Obj> {
        Obj::any(self.get(k))
    }
    #[cfg_attr(hangup_size, optimize(size))]
    fn strs(&self, k: &str) -> Vec<String> {
        self.list(k).iter().filter_map(JsValue::as_string).collect()
    }
}

/// The verdict in `v`; `None` when there is none (`null`, not checked) or its level is unknown.
#[cfg_attr(hangup_size, optimize(size))]
pub fn verdict(v: JsValue) -> Option<ViewVerdict> {
    ViewVerdict::from_wire(&Obj::any(v)?)
}
