//! Strict decoding of our own models at the Wasm boundary.
//!
//! `serde-wasm-bindgen` decodes a struct by looking up only the fields it knows, so
//! `#[serde(deny_unknown_fields)]` never sees an extra key and a typo passes silently.
//! Decoding the top-level object as a map instead hands every key to serde's derived field
//! matcher, which refuses the unknown ones. Used only for models the extension builds itself;
//! page-derived input (the snapshot) stays lenient.

use serde::de::{DeserializeOwned, Deserializer, Visitor};
use wasm_bindgen::JsValue;

/// Decodes `value` into `T`, refusing keys `T` does not declare (when `T` denies unknown fields).
pub fn from_value_strict<T: DeserializeOwned>(
    value: JsValue,
) -> Result<T, serde_wasm_bindgen::Error> {
    T::deserialize(Strict(serde_wasm_bindgen::Deserializer::from(value)))
}

struct Strict(serde_wasm_bindgen::Deserializer);

impl<'de> Deserializer<'de> for Strict {
    type Error = serde_wasm_bindgen::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}
