//! Keyboard focus inside the warning: Tab and Shift+Tab cycle inside the dialog (as
//! `aria-modal` promises), and the safe choice keeps the focus when it would otherwise be lost.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, KeyboardEvent};

use super::dom::{focus, on_active};

/// Visible, focusable controls of `root`, in document order.
#[cfg_attr(hangup_size, optimize(size))]
pub fn focusables(root: &Element) -> Vec<HtmlElement> {
    let mut out = Vec::new();
    let Ok(nodes) = root.query_selector_all("button, a[href], input, summary") else {
        return out;
    };
    for i in 0..nodes.length() {
        if let Some(e) = nodes.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            // offsetParent is null inside a `hidden` ancestor or a closed <details>.
            if e.offset_parent().is_some() && !e.has_attribute("disabled") {
                out.push(e);
            }
        }
    }
    out
}

/// Keeps Tab / Shift+Tab inside `dialog`. The listener lives as long as the returned value.
#[cfg_attr(hangup_size, optimize(size))]
pub fn trap(doc: &Document, dialog: &Element) -> EventListener {
    let dialog = dialog.clone();
    let d = doc.clone();
    on_active(doc, "keydown", move |ev| {
        let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if ev.key() != "Tab" {
            return;
        }
        let items = focusables(&dialog);
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return;
        };
        let active = d.active_element();
        let inside = active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
        let at = |e: &HtmlElement| {
            active
                .as_ref()
                .is_some_and(|a| a == e.unchecked_ref::<Element>())
        };
        let target = if !inside {
            Some(if ev.shift_key() { last } else { first })
        } else if ev.shift_key() && at(first) {
            Some(last)
        } else if !ev.shift_key() && at(last) {
            Some(first)
        } else {
            None
        };
        if let Some(t) = target {
            ev.prevent_default();
            focus(t);
        }
    })
}

/// True when nothing (the body) has the focus and no text is being selected (someone copying
/// the number must keep the selection).
#[cfg_attr(hangup_size, optimize(size))]
pub fn focus_lost(doc: &Document) -> bool {
    let idle = match doc.active_element() {
        None => true,
        Some(a) => doc
            .body()
            .is_some_and(|b| a == *b.unchecked_ref::<Element>()),
    };
    let selecting = doc
        .get_selection()
        .ok()
        .flatten()
        .is_some_and(|s| !s.is_collapsed());
    idle && !selecting
}
