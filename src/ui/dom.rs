//! DOM building shared by the overlay and the popup. Text only, never HTML: page strings are
//! untrusted. The helpers do not return errors: with constant tag and attribute names the DOM
//! calls cannot fail, and a `?` after each of them cost kilobytes of Wasm (the budget is 400 KB).

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Event, EventTarget, HtmlElement};

use super::wording::{text, Lookup};

/// The page's document, or an error if there is none (a worker).
#[cfg_attr(hangup_size, optimize(size))]
pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("hangup: no document"))
}

/// Builds elements in one document with one set of localised strings.
pub struct Dom<'a> {
    pub doc: Document,
    pub l: &'a dyn Lookup,
}

impl Dom<'_> {
    /// Appends `<tag class=...>text</tag>` to `parent`.
    #[inline(never)]
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn node(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Element {
        let e = self
            .doc
            .create_element(tag)
            .unwrap_or_else(|_| JsValue::NULL.unchecked_into());
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        let _ = parent.append_child(&e);
        e
    }

    /// [`Dom::node`] with the localised string `key` as its text.
    #[inline(never)]
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn node_t(&self, parent: &Element, tag: &str, class: &str, key: &str) -> Element {
        self.node(parent, tag, class, &text(self.l, key))
    }

    /// A `<button type=button data-action=...>` labelled with the string `key`.
    #[inline(never)]
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn button(&self, parent: &Element, action: &str, key: &str, class: &str) -> Element {
        let b = self.node_t(parent, "button", class, key);
        set(&b, &[("type", "button"), ("data-action", action)]);
        b
    }

    /// A section with a heading (string `key`) and a bulleted list of texts.
    #[inline(never)]
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn list(&self, parent: &Element, key: &str, class: &str, items: &[String]) -> Element {
        let section = self.node(parent, "section", class, "");
        self.node_t(&section, "h2", "", key);
        self.items(&section, "", items);
        section
    }

    /// A `<ul class=...>` of texts.
    #[inline(never)]
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn items(&self, parent: &Element, class: &str, items: &[String]) -> Element {
        let ul = self.node(parent, "ul", class, "");
        for item in items {
            self.node(&ul, "li", "", item);
        }
        ul
    }

    /// A `<details>` disclosure with its `<summary>` (string `key`): keyboard and screen-reader
    /// friendly as built.
    #[inline(never)]
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn disclosure(&self, parent: &Element, class: &str, key: &str) -> Element {
        let d = self.node(parent, "details", class, "");
        self.node_t(&d, "summary", "", key);
        d
    }
}

/// Sets attributes.
#[inline(never)]
#[cfg_attr(hangup_size, optimize(size))]
pub fn set(e: &Element, pairs: &[(&str, &str)]) {
    for (k, v) in pairs {
        let _ = e.set_attribute(k, v);
    }
}

/// Listens to `kind` on `target`; the listener lives as long as the returned value.
#[cfg_attr(hangup_size, optimize(size))]
pub fn on(
    target: &EventTarget,
    kind: &'static str,
    f: impl FnMut(&Event) + 'static,
) -> EventListener {
    EventListener::new(target, kind, f)
}

/// Like [`on`], for handlers that call `prevent_default` (gloo listeners are passive otherwise).
#[cfg_attr(hangup_size, optimize(size))]
pub fn on_active(
    target: &EventTarget,
    kind: &'static str,
    f: impl FnMut(&Event) + 'static,
) -> EventListener {
    EventListener::new_with_options(
        target,
        kind,
        EventListenerOptions::enable_prevent_default(),
        f,
    )
}

/// Focuses `e` without scrolling (the person may be reading further down).
#[inline(never)]
#[cfg_attr(hangup_size, optimize(size))]
pub fn focus(e: &Element) {
    if let Some(h) = e.dyn_ref::<HtmlElement>() {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = h.focus_with_options(&opts);
    }
}

/// The `data-action` of an element, or "".
#[inline(never)]
#[cfg_attr(hangup_size, optimize(size))]
pub fn action_of(e: &Element) -> String {
    e.get_attribute("data-action").unwrap_or_default()
}
