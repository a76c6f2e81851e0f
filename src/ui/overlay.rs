//! The full-viewport warning shown over a scam page (inside the extension's iframe).

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::dom::{add, document, el};

/// What the overlay shows; every string is already localised by the JS glue.
#[derive(Deserialize, Default)]
#[serde(default)]
struct OverlayModel {
    headline: String,
    summary: String,
    advice_title: String,
    advice: Vec<String>,
    reasons_title: String,
    reasons: Vec<String>,
    phones_title: String,
    phones: Vec<String>,
    leave: String,
    report: String,
    trust: String,
}

/// Renders the warning into `root` (replacing its content). Buttons carry `data-action`
/// attributes; the JS glue wires them to the background.
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

    if !m.phones.is_empty() {
        add(&dialog, el(&doc, "h2", "", &m.phones_title)?)?;
        let list = add(&dialog, el(&doc, "ul", "phones", "")?)?;
        for p in &m.phones {
            add(&list, el(&doc, "li", "phone", p)?)?;
        }
    }

    add(&dialog, el(&doc, "h2", "", &m.advice_title)?)?;
    let advice = add(&dialog, el(&doc, "ul", "advice", "")?)?;
    for a in &m.advice {
        add(&advice, el(&doc, "li", "", a)?)?;
    }

    if !m.reasons.is_empty() {
        add(&dialog, el(&doc, "h2", "", &m.reasons_title)?)?;
        let reasons = add(&dialog, el(&doc, "ul", "reasons", "")?)?;
        for r in &m.reasons {
            add(&reasons, el(&doc, "li", "", r)?)?;
        }
    }

    let actions = add(&dialog, el(&doc, "div", "actions", "")?)?;
    for (action, label, class) in [
        ("leave", &m.leave, "primary"),
        ("report", &m.report, "secondary"),
        ("trust", &m.trust, "link"),
    ] {
        let b = add(&actions, el(&doc, "button", class, label)?)?;
        b.set_attribute("type", "button")?;
        b.set_attribute("data-action", action)?;
    }
    Ok(())
}
