//! Small DOM-building helpers shared by the overlay and the popup.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// The page's document, or an error if there is none (a worker).
pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("hangup: no document"))
}

/// Creates `<tag class=...>` with text content (text, never HTML: page strings are untrusted).
pub fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    Ok(e)
}

/// Appends `child` to `parent` and returns the child.
pub fn add(parent: &Element, child: Element) -> Result<Element, JsValue> {
    parent.append_child(&child)?;
    Ok(child)
}
