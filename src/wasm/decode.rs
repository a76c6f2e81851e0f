//! Decoding JS values into Rust models at the Wasm boundary (the snapshot, the options).
//!
//! A small serde `Deserializer` over `JsValue` instead of `serde_wasm_bindgen::from_value`, for
//! two reasons:
//! - **Strict models.** `serde-wasm-bindgen` decodes a struct by looking up only the fields it
//!   knows, so `#[serde(deny_unknown_fields)]` never sees an extra key and a typo passes silently.
//!   Here every struct is read as a map: every key reaches serde's derived field matcher, which
//!   refuses the unknown ones where the model says so (our options) and skips them elsewhere (the
//!   page's snapshot). A skipped value is never converted.
//! - **Size.** Its error type words a type mismatch without the value ("invalid type, expected
//!   u32"): serde's default wording prints the value, which links float formatting into the Wasm
//!   (about 10 KB after wasm-opt, docs/BENCHMARKS.md "Wasm size"). Nothing from a hostile page is
//!   echoed in an error either.

use std::fmt;

use js_sys::{Array, Object, Reflect};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, Expected, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, Visitor,
};
use wasm_bindgen::{JsCast, JsValue};

/// Decodes `value` into `T` (see the module comment).
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    T::deserialize(Js(value))
}

/// Why a value could not be decoded (never the value itself).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
    fn invalid_type(_: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Error(format!("invalid type, expected {exp}"))
    }
    fn invalid_value(_: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Error(format!("invalid value, expected {exp}"))
    }
}

/// The largest integer a JS number holds exactly.
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

struct Js(JsValue);

impl<'de> Deserializer<'de> for Js {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let v = self.0;
        if v.is_null() || v.is_undefined() {
            visitor.visit_unit()
        } else if let Some(b) = v.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = v.as_f64() {
            if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
                if n >= 0.0 {
                    visitor.visit_u64(n as u64)
                } else {
                    visitor.visit_i64(n as i64)
                }
            } else {
                visitor.visit_f64(n)
            }
        } else if let Some(s) = v.as_string() {
            visitor.visit_string(s)
        } else if Array::is_array(&v) {
            let items = Array::from(&v).to_vec();
            visitor.visit_seq(Seq(items.into_iter()))
        } else if v.is_object() {
            self_map(v, visitor)
        } else {
            Err(Error("invalid type, expected a JSON value".into()))
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    /// Structs as maps: every key reaches the field matcher (see the module comment).
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if self.0.is_object() && !Array::is_array(&self.0) {
            self_map(self.0, visitor)
        } else {
            Err(de::Error::invalid_type(
                Unexpected::Other("value"),
                &visitor,
            ))
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // Unit variants by name: the only enums our models carry.
        match self.0.as_string() {
            Some(s) => visitor.visit_enum(s.into_deserializer()),
            None => Err(de::Error::invalid_type(
                Unexpected::Other("value"),
                &visitor,
            )),
        }
    }

    /// A key the model does not know: skipped without converting its value.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map identifier
    }
}

fn self_map<'de, V: Visitor<'de>>(v: JsValue, visitor: V) -> Result<V::Value, Error> {
    let keys = Object::keys(v.unchecked_ref::<Object>()).to_vec();
    visitor.visit_map(Map {
        obj: v,
        keys: keys.into_iter(),
        value: None,
    })
}

struct Seq(std::vec::IntoIter<JsValue>);

impl<'de> SeqAccess<'de> for Seq {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0.next().map(|v| seed.deserialize(Js(v))).transpose()
    }
}

struct Map {
    obj: JsValue,
    keys: std::vec::IntoIter<JsValue>,
    value: Option<JsValue>,
}

impl<'de> MapAccess<'de> for Map {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        // A key whose value is `undefined` (kept by Firefox's structured clone) is an absent key.
        for key in self.keys.by_ref() {
            let value = Reflect::get(&self.obj, &key).unwrap_or(JsValue::UNDEFINED);
            if !value.is_undefined() {
                self.value = Some(value);
                return seed.deserialize(Js(key)).map(Some);
            }
        }
        Ok(None)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(Js(self.value.take().unwrap_or(JsValue::UNDEFINED)))
    }
}
