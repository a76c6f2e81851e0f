//! A Rust panic in a page's view is reported to the background (which logs and keeps the last
//! one), instead of dying silently as `unreachable` in the console.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

thread_local! {
    static REPORT: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Installs the panic hook once per page; `report(message)` is called with the panic's text
/// (the glue sends it to the background).
#[wasm_bindgen]
pub fn install_panic_hook(report: js_sys::Function) {
    let first = REPORT.with(|r| r.borrow_mut().replace(report).is_none());
    if !first {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        REPORT.with(|r| {
            if let Ok(r) = r.try_borrow() {
                if let Some(f) = r.as_ref() {
                    let _ = f.call1(&JsValue::NULL, &JsValue::from_str(&message));
                }
            }
        });
    }));
}
