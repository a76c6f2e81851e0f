//! The toolbar popup: this tab's verdict, the advice (the most important first, visible without
//! scrolling on a scam page), the reasons behind a disclosure, where to report, the person's
//! settings (HangUp on/off for this site, sensitivity, the allow-list), the number of warnings
//! shown on this device and a link to the privacy statement.
//!
//! Switching protection off for a site HangUp currently calls a scam takes the same two steps as
//! the warning's "I trust this site" (and is refused when policy forbids trusting): a scammer on
//! the phone must not be able to talk a person through one key press. The switch is never the
//! first control.

use crate::engine::{cat, strip_all};
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

use super::dom::{action_of, document, focus, on, set, Dom};
use super::i18n::BrowserStrings;
use super::model::{self, Obj};
use super::view_verdict::{ViewVerdict, Wire};
use super::wording::{advice, decimal, headline_key, locale, reason_line, text, with, KEY_ADVICE};
use crate::verdict::{Kind, Level};

struct Link {
    label: String,
    href: String,
}

struct Trusted {
    host: String,
    /// False for hosts an administrator put on the list.
    removable: bool,
}

struct Policy {
    force_enabled: bool,
    disable_trust: bool,
    strict: bool,
}

/// What the glue hands over: the tab's verdict and the effective settings, already resolved
/// for this tab's host.
struct PopupState {
    /// `None` on pages HangUp does not check (browser pages) or has not checked yet.
    verdict: Option<ViewVerdict>,
    /// The tab's host; empty when the tab is not a web page (no per-site switch then).
    host: String,
    /// HangUp is on for this host.
    site_on: bool,
    /// The host is on the allow-list (the person's or the administrator's).
    trusted: bool,
    /// The warning was put away ("Show the page anyway") on the page the tab shows.
    dismissed: bool,
    strict: bool,
    policy: Policy,
    allowlist: Vec<Trusted>,
    warnings: u32,
    report_links: Vec<Link>,
}

impl PopupState {
    #[cfg_attr(hangup_size, optimize(size))]
    fn read(v: JsValue) -> Result<Self, JsValue> {
        let o = Obj::ours(
            v,
            "popup state",
            &[
                "verdict",
                "host",
                "site_on",
                "trusted",
                "dismissed",
                "strict",
                "policy",
                "allowlist",
                "warnings",
                "report_links",
            ],
        )?;
        let p = Obj::ours(
            o.get("policy"),
            "popup policy",
            &["force_enabled", "disable_trust", "strict"],
        )?;
        let allowlist = o.models("allowlist", "allow-list entry", &["host", "removable"])?;
        let links = o.models("report_links", "report link", &["label", "href"])?;
        Ok(PopupState {
            verdict: model::verdict(o.get("verdict")),
            host: o.str("host"),
            site_on: o.bool("site_on"),
            trusted: o.bool("trusted"),
            dismissed: o.bool("dismissed"),
            strict: o.bool("strict"),
            policy: Policy {
                force_enabled: p.bool("force_enabled"),
                disable_trust: p.bool("disable_trust"),
                strict: p.bool("strict"),
            },
            allowlist: allowlist
                .iter()
                .map(|t| Trusted {
                    host: t.str("host"),
                    removable: t.bool("removable"),
                })
                .collect(),
            warnings: o.count("warnings"),
            report_links: links
                .iter()
                .map(|l| Link {
                    label: l.str("label"),
                    href: l.str("href"),
                })
                .collect(),
        })
    }

    #[cfg_attr(hangup_size, optimize(size))]
    fn level(&self) -> Option<Level> {
        self.verdict.as_ref().map(|v| v.level)
    }
    /// HangUp calls this page a scam and would warn here: switching it off needs two steps.
    #[cfg_attr(hangup_size, optimize(size))]
    fn guarded(&self) -> bool {
        self.level() == Some(Level::Scam) && self.site_on && !self.trusted
    }
}

struct PopupView {
    _listeners: Vec<EventListener>,
}

thread_local! {
    static VIEW: std::cell::RefCell<Option<PopupView>> = const { std::cell::RefCell::new(None) };
}

/// Renders the popup into `root`, replacing the previous view (and its listeners), and puts the
/// focus back on the control the person was using. `act(action, value)` is called with
/// `site` (bool), `strict` (bool), `untrust` (host) or `show_warning`; the glue saves the change
/// and renders again.
#[wasm_bindgen]
#[cfg_attr(hangup_size, optimize(size))]
pub fn render_popup(root: &Element, state: JsValue, act: js_sys::Function) -> Result<(), JsValue> {
    let s = PopupState::read(state)?;
    let doc = document()?;
    let was = focused_control(&doc, root);
    VIEW.with(|v| v.borrow_mut().take());
    let strings = BrowserStrings::new();
    build(
        &Dom {
            doc: doc.clone(),
            l: &strings,
        },
        root,
        &s,
    );
    let view = wire(root, &s, strings, act);
    if let Some(sel) = was {
        if let Some(e) = root.query_selector(&sel)? {
            focus(&e);
        } else if let Some(e) =
            root.query_selector(&cat(&["[data-action=", sel_action(&sel), "]"]))?
        {
            focus(&e);
        }
    }
    VIEW.with(|v| *v.borrow_mut() = Some(view));
    Ok(())
}

/// A selector for the control inside `root` that has the focus.
#[cfg_attr(hangup_size, optimize(size))]
fn focused_control(doc: &Document, root: &Element) -> Option<String> {
    let a = doc.active_element()?;
    if !root.contains(Some(&a)) {
        return None;
    }
    let action = match action_of(&a).as_str() {
        "" => return None,
        // The confirmation goes away with the answer: back to the switch.
        "site-yes" | "site-no" => "site".to_string(),
        x => x.to_string(),
    };
    Some(
        match (a.get_attribute("value"), a.get_attribute("data-host")) {
            (Some(v), _) if action == "sensitivity" => {
                cat(&["[data-action=", &action, "][value=\"", &v, "\"]"])
            }
            _ => cat(&["[data-action=", &action, "]"]),
        },
    )
}

#[cfg_attr(hangup_size, optimize(size))]
fn sel_action(sel: &str) -> &str {
    strip_all(sel, "[data-action=")
        .split(']')
        .next()
        .unwrap_or("")
}

#[cfg_attr(hangup_size, optimize(size))]
fn build(d: &Dom, root: &Element, s: &PopupState) {
    let l = d.l;
    let lang = locale(l);
    root.set_text_content(None);
    d.node(root, "h1", "popup-title", "HangUp");

    let level = s.level();
    let kind = s.verdict.as_ref().map(|v| v.kind).unwrap_or_default();
    let verdict = d.node(root, "section", "verdict", "");
    // A scam's sentence is its kind's (the warning's headline for the kinds not about the computer).
    let (level_name, key) = match level {
        Some(Level::Scam) if kind == Kind::Clickfix => ("scam", "popupClickfix"),
        Some(Level::Scam) if kind == Kind::TechSupport => ("scam", "popupScam"),
        Some(Level::Scam) => ("scam", headline_key(kind)),
        Some(Level::Suspicious) => ("suspicious", "popupSuspicious"),
        Some(Level::Safe) => ("safe", "popupSafe"),
        None => ("unknown", "popupUnknown"),
    };
    set(&verdict, &[("data-level", level_name), ("role", "status")]);
    let mut said = text(l, key);
    if !s.host.is_empty() && s.trusted {
        said = cat(&[&said, " ", &text(l, "popupTrusted")]);
    } else if !s.host.is_empty() && !s.site_on {
        said = cat(&[&said, " ", &text(l, "popupOff")]);
    }
    d.node(&verdict, "p", "verdict-text", &said);
    if level == Some(Level::Suspicious) {
        d.node_t(&verdict, "p", "note", "popupNotEnough");
    }
    if level == Some(Level::Scam) && s.dismissed && !s.trusted && s.site_on {
        d.button(&verdict, "show-warning", "popupShowWarning", "primary");
    }

    let all_advice = advice(l, kind);
    d.list(root, "adviceTitle", "advice", &all_advice[..KEY_ADVICE]);

    // Reasons only where HangUp has something to say against the page: a safe page gets none.
    if let (Some(v), Some(Level::Scam | Level::Suspicious)) = (&s.verdict, level) {
        let reasons: Vec<String> = v
            .reasons
            .iter()
            .map(|r| reason_line(r.id, r.detail.as_ref(), l, &lang))
            .collect();
        if !reasons.is_empty() {
            let why = d.disclosure(root, "why", "reasonsTitle");
            d.items(&why, "reasons", &reasons);
        }
    }
    let more = d.disclosure(root, "more-advice", "moreAdviceTitle");
    d.items(&more, "", &all_advice[KEY_ADVICE..]);

    let report = d.node(root, "section", "report", "");
    d.node_t(&report, "h2", "", "reportTitle");
    let ul = d.node(&report, "ul", "", "");
    for link in &s.report_links {
        let li = d.node(&ul, "li", "", "");
        let a = d.node(&li, "a", "", &link.label);
        set(
            &a,
            &[
                ("href", &link.href),
                ("target", "_blank"),
                ("rel", "noopener noreferrer"),
            ],
        );
    }

    let settings = d.node(root, "section", "settings", "");
    d.node_t(&settings, "h2", "", "settingsTitle");
    if !s.host.is_empty() {
        site_switch(d, &settings, s);
    }
    sensitivity(d, &settings, s);
    allowlist(d, &settings, s);

    d.node(
        root,
        "p",
        "count",
        &with(l, "warningsCount", &[&decimal(u64::from(s.warnings))]),
    );
    let footer = d.node(root, "p", "privacy", "");
    let a = d.node_t(&footer, "a", "", "privacyLink");
    set(&a, &[("href", "privacy.html"), ("target", "_blank")]);
}

#[cfg_attr(hangup_size, optimize(size))]
fn site_switch(d: &Dom, parent: &Element, s: &PopupState) {
    let site = d.node(parent, "div", "site", "");
    let label = d.node(&site, "label", "switch", "");
    let input = d.node(&label, "input", "", "");
    set(
        &input,
        &[
            ("type", "checkbox"),
            ("role", "switch"),
            ("data-action", "site"),
            ("data-host", &s.host),
        ],
    );
    if s.site_on {
        set(&input, &[("checked", "")]);
    }
    let forced = s.policy.force_enabled;
    if forced {
        set(&input, &[("disabled", "")]);
    }
    d.node(&label, "span", "", &with(d.l, "siteSwitch", &[&s.host]));
    if forced {
        d.node_t(&site, "p", "note", "policyForced");
    }
    // Said when switching off is refused (policy) on a page HangUp calls a scam.
    let refused = d.node(&site, "p", "note site-refused", "");
    set(&refused, &[("role", "status"), ("hidden", "")]);
    if s.guarded() && !s.policy.disable_trust {
        let confirm = d.node(&site, "div", "confirm", "");
        set(
            &confirm,
            &[
                ("id", "site-confirm"),
                ("role", "group"),
                ("aria-labelledby", "site-confirm-question"),
                ("hidden", ""),
            ],
        );
        let q = d.node(&confirm, "p", "", &with(d.l, "siteOffQuestion", &[&s.host]));
        q.set_id("site-confirm-question");
        d.button(&confirm, "site-yes", "siteOffYes", "danger");
        d.button(&confirm, "site-no", "siteOffNo", "secondary");
    }
}

#[cfg_attr(hangup_size, optimize(size))]
fn sensitivity(d: &Dom, parent: &Element, s: &PopupState) {
    let fs = d.node(parent, "fieldset", "sensitivity", "");
    d.node_t(&fs, "legend", "", "sensitivityTitle");
    for (value, key, on) in [
        ("normal", "sensitivityNormal", !s.strict),
        ("strict", "sensitivityStrict", s.strict),
    ] {
        let label = d.node(&fs, "label", "", "");
        let input = d.node(&label, "input", "", "");
        set(
            &input,
            &[
                ("type", "radio"),
                ("name", "sensitivity"),
                ("value", value),
                ("data-action", "sensitivity"),
            ],
        );
        if on {
            set(&input, &[("checked", "")]);
        }
        if s.policy.strict {
            set(&input, &[("disabled", "")]);
        }
        d.node_t(&label, "span", "", key);
    }
    if s.policy.strict {
        d.node_t(&fs, "p", "note", "policyStrict");
    }
}

#[cfg_attr(hangup_size, optimize(size))]
fn allowlist(d: &Dom, parent: &Element, s: &PopupState) {
    d.node_t(parent, "h3", "", "allowlistTitle");
    if s.allowlist.is_empty() {
        d.node_t(parent, "p", "note allowlist-empty", "allowlistEmpty");
        return;
    }
    let remove = text(d.l, "allowlistRemove");
    let ul = d.node(parent, "ul", "allowlist", "");
    for t in &s.allowlist {
        let li = d.node(&ul, "li", "", "");
        d.node(&li, "span", "host", &t.host);
        if t.removable {
            let b = d.button(&li, "untrust", "allowlistRemove", "small");
            set(
                &b,
                &[
                    ("data-host", &t.host),
                    ("aria-label", &cat(&[&remove, " ", &t.host])),
                ],
            );
        } else {
            d.node_t(&li, "span", "note", "allowlistAdmin");
        }
    }
}

#[cfg_attr(hangup_size, optimize(size))]
fn wire(root: &Element, s: &PopupState, l: BrowserStrings, act: js_sys::Function) -> PopupView {
    let act = Rc::new(move |action: &str, value: JsValue| {
        let _ = act.call2(&JsValue::NULL, &JsValue::from_str(action), &value);
    });
    let find = {
        let root = root.clone();
        move |sel: &str| root.query_selector(sel).ok().flatten()
    };
    let guarded = s.guarded();
    let refuse = s.policy.disable_trust;
    let mut listeners = Vec::new();
    {
        let (act, find) = (act.clone(), find.clone());
        listeners.push(on(root, "change", move |ev| {
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            match action_of(&input).as_str() {
                "site" if input.checked() => act("site", JsValue::TRUE),
                "site" if guarded => {
                    // Not yet: stays on until the second step (or for good, under policy).
                    input.set_checked(true);
                    if refuse {
                        if let Some(n) = find(".site-refused") {
                            n.set_text_content(Some(&text(&l, "siteOffRefused")));
                            let _ = n.remove_attribute("hidden");
                        }
                    } else if let Some(c) = find("#site-confirm") {
                        let _ = c.remove_attribute("hidden");
                        input.set_attribute("aria-expanded", "true").ok();
                        if let Some(no) = find("[data-action=site-no]") {
                            focus(&no);
                        }
                    }
                }
                "site" => act("site", JsValue::FALSE),
                "sensitivity" => act("strict", JsValue::from_bool(input.value() == "strict")),
                _ => {}
            }
        }));
    }
    {
        let (act, find) = (act.clone(), find.clone());
        listeners.push(on(root, "click", move |ev| {
            let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            let Some(control) = target.closest("button[data-action]").ok().flatten() else {
                return;
            };
            match action_of(&control).as_str() {
                "site-yes" => act("site", JsValue::FALSE),
                "site-no" => {
                    if let Some(c) = find("#site-confirm") {
                        let _ = c.set_attribute("hidden", "");
                    }
                    if let Some(sw) = find("[data-action=site]") {
                        sw.set_attribute("aria-expanded", "false").ok();
                        focus(&sw);
                    }
                }
                "untrust" => act(
                    "untrust",
                    JsValue::from_str(&control.get_attribute("data-host").unwrap_or_default()),
                ),
                "show-warning" => act("show_warning", JsValue::UNDEFINED),
                _ => {}
            }
        }));
    }
    PopupView {
        _listeners: listeners,
    }
}
