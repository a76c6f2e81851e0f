//! The toolbar popup: this tab's verdict, its reasons, the advice and where to report.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::dom::{add, document, el};

#[derive(Deserialize, Default)]
#[serde(default)]
struct Link {
    label: String,
    href: String,
}

/// What the popup shows; strings are localised by the JS glue.
#[derive(Deserialize, Default)]
#[serde(default)]
struct PopupModel {
    level: String,
    verdict_text: String,
    reasons_title: String,
    reasons: Vec<String>,
    advice_title: String,
    advice: Vec<String>,
    report_title: String,
    report_links: Vec<Link>,
}

/// Renders the popup into `root`.
#[wasm_bindgen]
pub fn render_popup(root: &Element, model: JsValue) -> Result<(), JsValue> {
    let m: PopupModel = serde_wasm_bindgen::from_value(model)
        .map_err(|e| JsValue::from_str(&format!("hangup: bad popup model: {e}")))?;
    let doc = document()?;
    root.set_text_content(None);
    let verdict = add(root, el(&doc, "section", "verdict", "")?)?;
    verdict.set_attribute("data-level", &m.level)?;
    verdict.set_attribute("role", "status")?;
    add(&verdict, el(&doc, "p", "verdict-text", &m.verdict_text)?)?;
    if !m.reasons.is_empty() {
        add(&verdict, el(&doc, "h2", "", &m.reasons_title)?)?;
        let list = add(&verdict, el(&doc, "ul", "reasons", "")?)?;
        for r in &m.reasons {
            add(&list, el(&doc, "li", "", r)?)?;
        }
    }
    let advice = add(root, el(&doc, "section", "advice", "")?)?;
    add(&advice, el(&doc, "h2", "", &m.advice_title)?)?;
    let list = add(&advice, el(&doc, "ul", "", "")?)?;
    for a in &m.advice {
        add(&list, el(&doc, "li", "", a)?)?;
    }
    let report = add(root, el(&doc, "section", "report", "")?)?;
    add(&report, el(&doc, "h2", "", &m.report_title)?)?;
    let list = add(&report, el(&doc, "ul", "", "")?)?;
    for l in &m.report_links {
        let li = add(&list, el(&doc, "li", "", "")?)?;
        let a = add(&li, el(&doc, "a", "", &l.label)?)?;
        a.set_attribute("href", &l.href)?;
        a.set_attribute("target", "_blank")?;
        a.set_attribute("rel", "noopener noreferrer")?;
    }
    Ok(())
}
