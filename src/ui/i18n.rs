//! The browser's i18n as the [`Lookup`] the wording uses:
//! `(globalThis.browser ?? globalThis.chrome).i18n.getMessage`.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::wording::Lookup;

#[wasm_bindgen]
extern "C" {
    /// The WebExtension `i18n` namespace.
    type I18n;
    #[wasm_bindgen(method, catch, js_name = getMessage)]
    fn get_message(this: &I18n, key: &str, subs: &Array) -> Result<JsValue, JsValue>;
}

/// Strings from `_locales/<UI language>/messages.json`.
pub struct BrowserStrings {
    i18n: Option<I18n>,
}

impl BrowserStrings {
    /// Finds `browser.i18n` (Firefox) or `chrome.i18n` (Chromium).
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn new() -> Self {
        let global = js_sys::global();
        let api = ["browser", "chrome"]
            .iter()
            .filter_map(|name| Reflect::get(&global, &JsValue::from_str(name)).ok())
            .find(|v| v.is_object());
        let i18n = api
            .and_then(|a| Reflect::get(&a, &JsValue::from_str("i18n")).ok())
            .filter(|v| v.is_object())
            .map(|v| v.unchecked_into::<I18n>());
        BrowserStrings { i18n }
    }
}

impl Default for BrowserStrings {
    #[cfg_attr(hangup_size, optimize(size))]
    fn default() -> Self {
        Self::new()
    }
}

impl Lookup for BrowserStrings {
    #[cfg_attr(hangup_size, optimize(size))]
    fn message(&self, key: &str, subs: &[&str]) -> String {
        let Some(i18n) = &self.i18n else {
            return String::new();
        };
        let args: Array = subs.iter().map(|s| JsValue::from_str(s)).collect();
        i18n.get_message(key, &args)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }
}
