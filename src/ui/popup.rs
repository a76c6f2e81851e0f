//! The toolbar popup: this tab's verdict and reasons, the advice (always), where to report, and
//! the person's settings: HangUp on/off for this site, sensitivity, the allow-list, and how many
//! warnings HangUp has shown on this device.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{add, document, el};

#[derive(Deserialize, Default)]
#[serde(default)]
struct Link {
    label: String,
    href: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Trusted {
    host: String,
    /// False for hosts an administrator put on the list.
    removable: bool,
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
    /// Empty when the tab is not a web page (no per-site switch then).
    host: String,
    site_label: String,
    site_on: bool,
    /// Set (with the reason to show) when policy keeps HangUp on.
    site_locked_note: String,
    settings_title: String,
    sensitivity_title: String,
    sensitivity_normal: String,
    sensitivity_strict: String,
    strict: bool,
    strict_locked_note: String,
    allowlist_title: String,
    allowlist_empty: String,
    allowlist: Vec<Trusted>,
    remove_label: String,
    admin_label: String,
    warnings_text: String,
}

fn attr(e: &Element, pairs: &[(&str, &str)]) -> Result<(), JsValue> {
    for (k, v) in pairs {
        e.set_attribute(k, v)?;
    }
    Ok(())
}

fn heading_list(
    doc: &Document,
    parent: &Element,
    title: &str,
    items: &[String],
) -> Result<(), JsValue> {
    add(parent, el(doc, "h2", "", title)?)?;
    let list = add(parent, el(doc, "ul", "", "")?)?;
    for i in items {
        add(&list, el(doc, "li", "", i)?)?;
    }
    Ok(())
}

/// Renders the popup into `root`. Controls carry `data-action`; the JS glue saves the changes.
#[wasm_bindgen]
pub fn render_popup(root: &Element, model: JsValue) -> Result<(), JsValue> {
    let m: PopupModel = serde_wasm_bindgen::from_value(model)
        .map_err(|e| JsValue::from_str(&format!("hangup: bad popup model: {e}")))?;
    let doc = document()?;
    root.set_text_content(None);

    let verdict = add(root, el(&doc, "section", "verdict", "")?)?;
    attr(&verdict, &[("data-level", &m.level), ("role", "status")])?;
    add(&verdict, el(&doc, "p", "verdict-text", &m.verdict_text)?)?;
    if !m.reasons.is_empty() {
        heading_list(&doc, &verdict, &m.reasons_title, &m.reasons)?;
    }

    if !m.host.is_empty() {
        let site = add(root, el(&doc, "section", "site", "")?)?;
        let label = add(&site, el(&doc, "label", "switch", "")?)?;
        let input = add(&label, el(&doc, "input", "", "")?)?;
        attr(
            &input,
            &[
                ("type", "checkbox"),
                ("role", "switch"),
                ("data-action", "site"),
                ("data-host", &m.host),
            ],
        )?;
        if m.site_on {
            input.set_attribute("checked", "")?;
        }
        if !m.site_locked_note.is_empty() {
            input.set_attribute("disabled", "")?;
        }
        add(&label, el(&doc, "span", "", &m.site_label)?)?;
        if !m.site_locked_note.is_empty() {
            add(&site, el(&doc, "p", "note", &m.site_locked_note)?)?;
        }
    }

    let advice = add(root, el(&doc, "section", "advice", "")?)?;
    heading_list(&doc, &advice, &m.advice_title, &m.advice)?;

    let report = add(root, el(&doc, "section", "report", "")?)?;
    add(&report, el(&doc, "h2", "", &m.report_title)?)?;
    let list = add(&report, el(&doc, "ul", "", "")?)?;
    for l in &m.report_links {
        let li = add(&list, el(&doc, "li", "", "")?)?;
        let a = add(&li, el(&doc, "a", "", &l.label)?)?;
        attr(
            &a,
            &[
                ("href", &l.href),
                ("target", "_blank"),
                ("rel", "noopener noreferrer"),
            ],
        )?;
    }

    let settings = add(root, el(&doc, "section", "settings", "")?)?;
    add(&settings, el(&doc, "h2", "", &m.settings_title)?)?;
    let fs = add(&settings, el(&doc, "fieldset", "sensitivity", "")?)?;
    add(&fs, el(&doc, "legend", "", &m.sensitivity_title)?)?;
    for (value, text, on) in [
        ("normal", &m.sensitivity_normal, !m.strict),
        ("strict", &m.sensitivity_strict, m.strict),
    ] {
        let label = add(&fs, el(&doc, "label", "", "")?)?;
        let input = add(&label, el(&doc, "input", "", "")?)?;
        attr(
            &input,
            &[
                ("type", "radio"),
                ("name", "sensitivity"),
                ("value", value),
                ("data-action", "sensitivity"),
            ],
        )?;
        if on {
            input.set_attribute("checked", "")?;
        }
        if !m.strict_locked_note.is_empty() {
            input.set_attribute("disabled", "")?;
        }
        add(&label, el(&doc, "span", "", text)?)?;
    }
    if !m.strict_locked_note.is_empty() {
        add(&fs, el(&doc, "p", "note", &m.strict_locked_note)?)?;
    }

    add(&settings, el(&doc, "h3", "", &m.allowlist_title)?)?;
    if m.allowlist.is_empty() {
        add(
            &settings,
            el(&doc, "p", "note allowlist-empty", &m.allowlist_empty)?,
        )?;
    } else {
        let ul = add(&settings, el(&doc, "ul", "allowlist", "")?)?;
        for t in &m.allowlist {
            let li = add(&ul, el(&doc, "li", "", "")?)?;
            add(&li, el(&doc, "span", "host", &t.host)?)?;
            if t.removable {
                let b = add(&li, el(&doc, "button", "small", &m.remove_label)?)?;
                let aria = format!("{} {}", m.remove_label, t.host);
                attr(
                    &b,
                    &[
                        ("type", "button"),
                        ("data-action", "untrust"),
                        ("data-host", &t.host),
                        ("aria-label", &aria),
                    ],
                )?;
            } else {
                add(&li, el(&doc, "span", "note", &m.admin_label)?)?;
            }
        }
    }

    add(root, el(&doc, "p", "count", &m.warnings_text)?)?;
    Ok(())
}
