//! The full-viewport warning shown over a scam page (inside the extension's iframe).
//!
//! Layout, top to bottom, so that a frightened person sees the way out first:
//! headline + one-line summary, "Leave this page" / "Report this page", the scammers' number(s)
//! marked as such, the advice, the reasons, then the quieter choices ("I trust this site" behind
//! a second confirmation, "Show the page anyway").

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use super::dom::{add, document, el};

/// What the overlay shows; every string is already localised by the JS glue.
#[derive(Deserialize, Default)]
#[serde(default)]
struct OverlayModel {
    headline: String,
    summary: String,
    /// ClickFix: the page's command, defanged (empty for other warnings).
    command_title: String,
    command: String,
    command_note: String,
    advice_title: String,
    advice: Vec<String>,
    reasons_title: String,
    reasons: Vec<String>,
    phones_title: String,
    phones: Vec<String>,
    /// Said next to each number and to screen readers: "the scammers' number, do not call it".
    phone_note: String,
    actions_label: String,
    leave: String,
    report: String,
    trust: String,
    /// False when an administrator forbids "I trust this site": the button is not rendered.
    trust_allowed: bool,
    trust_question: String,
    trust_yes: String,
    trust_no: String,
    show_anyway: String,
}

fn button(
    doc: &web_sys::Document,
    parent: &Element,
    action: &str,
    label: &str,
    class: &str,
) -> Result<Element, JsValue> {
    let b = add(parent, el(doc, "button", class, label)?)?;
    b.set_attribute("type", "button")?;
    b.set_attribute("data-action", action)?;
    Ok(b)
}

fn list(
    doc: &web_sys::Document,
    parent: &Element,
    title: &str,
    class: &str,
    items: &[String],
) -> Result<Element, JsValue> {
    let section = add(parent, el(doc, "section", class, "")?)?;
    add(&section, el(doc, "h2", "", title)?)?;
    let ul = add(&section, el(doc, "ul", "", "")?)?;
    for item in items {
        add(&ul, el(doc, "li", "", item)?)?;
    }
    Ok(section)
}

/// Renders the warning into `root` (replacing its content) and keeps keyboard focus inside it.
/// Buttons carry `data-action` attributes; the JS glue wires them to the background.
#[wasm_bindgen]
pub fn render_overlay(root: &Element, model: JsValue) -> Result<(), JsValue> {
    let m: OverlayModel = serde_wasm_bindgen::from_value(model)
        .map_err(|e| JsValue::from_str(&format!("hangup: bad overlay model: {e}")))?;
    let doc = document()?;
    root.set_text_content(None);
    let dialog = add(root, el(&doc, "section", "card", "")?)?;
    dialog.set_attribute("role", "alertdialog")?;
    dialog.set_attribute("aria-modal", "true")?;
    dialog.set_attribute("aria-labelledby", "hangup-headline")?;
    dialog.set_attribute("aria-describedby", "hangup-summary")?;
    let h = add(&dialog, el(&doc, "h1", "headline", &m.headline)?)?;
    h.set_id("hangup-headline");
    let s = add(&dialog, el(&doc, "p", "summary", &m.summary)?)?;
    s.set_id("hangup-summary");

    let actions = add(&dialog, el(&doc, "div", "actions", "")?)?;
    actions.set_attribute("role", "group")?;
    actions.set_attribute("aria-label", &m.actions_label)?;
    button(&doc, &actions, "leave", &m.leave, "primary")?;
    button(&doc, &actions, "report", &m.report, "secondary")?;

    if !m.phones.is_empty() {
        let section = add(&dialog, el(&doc, "section", "phones", "")?)?;
        add(&section, el(&doc, "h2", "", &m.phones_title)?)?;
        let ul = add(&section, el(&doc, "ul", "", "")?)?;
        for p in &m.phones {
            let li = add(&ul, el(&doc, "li", "phone", "")?)?;
            // Read as one sentence by screen readers; shown as a struck-through number + a note.
            li.set_attribute("aria-label", &format!("{p}: {}", m.phone_note))?;
            let num = add(&li, el(&doc, "span", "phone-number", p)?)?;
            num.set_attribute("aria-hidden", "true")?;
            let note = add(&li, el(&doc, "span", "phone-note", &m.phone_note)?)?;
            note.set_attribute("aria-hidden", "true")?;
        }
    }

    if !m.command.is_empty() {
        let section = add(&dialog, el(&doc, "section", "command", "")?)?;
        add(&section, el(&doc, "h2", "", &m.command_title)?)?;
        add(&section, el(&doc, "code", "command-text", &m.command)?)?;
        add(&section, el(&doc, "p", "command-note", &m.command_note)?)?;
    }

    list(&doc, &dialog, &m.advice_title, "advice", &m.advice)?;
    if !m.reasons.is_empty() {
        list(&doc, &dialog, &m.reasons_title, "reasons", &m.reasons)?;
    }

    let more = add(&dialog, el(&doc, "div", "more", "")?)?;
    if m.trust_allowed {
        let t = button(&doc, &more, "trust", &m.trust, "link")?;
        t.set_attribute("aria-expanded", "false")?;
        t.set_attribute("aria-controls", "hangup-confirm")?;
    }
    button(&doc, &more, "show", &m.show_anyway, "link")?;

    if m.trust_allowed {
        // The second confirmation; the glue un-hides it when "I trust this site" is chosen.
        let confirm = add(&dialog, el(&doc, "div", "confirm", "")?)?;
        confirm.set_id("hangup-confirm");
        confirm.set_attribute("role", "group")?;
        confirm.set_attribute("aria-labelledby", "hangup-confirm-question")?;
        confirm.set_attribute("hidden", "")?;
        let q = add(&confirm, el(&doc, "p", "", &m.trust_question)?)?;
        q.set_id("hangup-confirm-question");
        button(&doc, &confirm, "trust-yes", &m.trust_yes, "danger")?;
        button(&doc, &confirm, "trust-no", &m.trust_no, "secondary")?;
    }

    trap_focus(&dialog)?;
    Ok(())
}

/// Visible, focusable controls of the dialog, in document order.
fn focusables(dialog: &Element) -> Vec<HtmlElement> {
    let mut out = Vec::new();
    let Ok(nodes) = dialog.query_selector_all("button, a[href], input") else {
        return out;
    };
    for i in 0..nodes.length() {
        if let Some(e) = nodes.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            // offsetParent is null for anything inside a `hidden` (display: none) ancestor.
            if e.offset_parent().is_some() {
                out.push(e);
            }
        }
    }
    out
}

/// Keeps Tab / Shift+Tab cycling inside the dialog, as `aria-modal` promises.
fn trap_focus(dialog: &Element) -> Result<(), JsValue> {
    let doc = document()?;
    let dialog = dialog.clone();
    let doc2 = doc.clone();
    let on_key = Closure::<dyn FnMut(KeyboardEvent)>::new(move |ev: KeyboardEvent| {
        if ev.key() != "Tab" {
            return;
        }
        let items = focusables(&dialog);
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return;
        };
        let active = doc2.active_element();
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
            let _ = t.focus();
        }
    });
    doc.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref())?;
    // The overlay page lives as long as the warning does: the listener is never removed.
    on_key.forget();
    Ok(())
}
