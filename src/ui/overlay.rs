//! The full-viewport warning shown over a scam page (inside the extension's iframe).
//!
//! Top to bottom, so that the first screen (1280x800) holds what a frightened person needs: the
//! headline (the only live region), one summary sentence, "Leave this page" / "Report this page",
//! the scammers' number(s) marked as such, and the three most important pieces of advice. The
//! reasons and the rest of the advice wait behind a "Why HangUp thinks so" disclosure; then the
//! quieter choices: "I trust this site" and "This is not a scam" (each behind a second
//! confirmation whose focused answer is "No"; neither exists when policy forbids trusting) and
//! "Show the page anyway".

use crate::engine::cat;
use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, KeyboardEvent};

use super::dom::{action_of, document, focus, on, on_active, set, Dom};
use super::focus::{focus_lost, trap};
use super::i18n::BrowserStrings;
use super::model::{self, Obj};
use super::view_verdict::{ViewVerdict, Wire};
use super::wording::{advice, headline_key, locale, reason_line, summary, text, with, KEY_ADVICE};
use crate::verdict::ReasonId;

/// What the glue hands over: the tab's state as the background keeps it, and the policy.
struct OverlayState {
    /// The scam page's host (named in the confirmations).
    host: String,
    /// `None` when the background has no verdict (yet) for this tab.
    verdict: Option<ViewVerdict>,
    /// False when an administrator forbids trusting a site: no "I trust this site" and no
    /// "This is not a scam" (which trusts the site too).
    trust_allowed: bool,
}

impl OverlayState {
    #[cfg_attr(hangup_size, optimize(size))]
    fn read(v: JsValue) -> Result<Self, JsValue> {
        let o = Obj::ours(v, "overlay state", &["host", "verdict", "trust_allowed"])?;
        Ok(OverlayState {
            host: o.str("host"),
            verdict: model::verdict(o.get("verdict")),
            trust_allowed: o.bool("trust_allowed"),
        })
    }
}

/// The second step of a risky choice, while it is asked.
#[derive(Clone, Copy, PartialEq)]
enum Pending {
    Trust,
    NotScam,
}

/// A rendered warning: its listeners live (and are removed) with it.
struct OverlayView {
    _listeners: Vec<EventListener>,
}

thread_local! {
    static VIEW: RefCell<Option<OverlayView>> = const { RefCell::new(None) };
}

/// Renders the warning into `root` (replacing its content and the previous view's listeners).
/// `act(action)` is called with `leave`, `report`, `show`, `trust` or `not_scam`; the glue
/// sends the matching message to the background. Returns whether the page put a command on
/// the clipboard (ClickFix), which the glue then replaces with a harmless note.
#[wasm_bindgen]
#[cfg_attr(hangup_size, optimize(size))]
pub fn render_overlay(
    root: &Element,
    state: JsValue,
    act: js_sys::Function,
) -> Result<bool, JsValue> {
    let s = OverlayState::read(state)?;
    VIEW.with(|v| v.borrow_mut().take()); // the old listeners go first
    let doc = document()?;
    let strings = BrowserStrings::new();
    let dialog = build(
        &Dom {
            doc: doc.clone(),
            l: &strings,
        },
        root,
        &s,
    );
    let view = wire(&doc, root, &dialog, &s, strings, act);
    if let Some(leave) = root.query_selector("[data-action=leave]")? {
        focus(&leave);
    }
    VIEW.with(|v| *v.borrow_mut() = Some(view));
    Ok(s.verdict.as_ref().is_some_and(ViewVerdict::copied_command))
}

#[cfg_attr(hangup_size, optimize(size))]
fn build(d: &Dom, root: &Element, s: &OverlayState) -> Element {
    let l = d.l;
    let lang = locale(l);
    root.set_text_content(None);
    let dialog = d.node(root, "section", "card", "");
    set(
        &dialog,
        &[
            ("role", "alertdialog"),
            ("aria-modal", "true"),
            ("aria-labelledby", "hangup-headline"),
            ("aria-describedby", "hangup-summary"),
        ],
    );
    // ClickFix has its own headline, advice and the defanged command (docs/DETECTION.md).
    let clickfix = s.verdict.as_ref().is_some_and(ViewVerdict::clickfix);
    // A command shown to be typed by hand was never on the clipboard: no word of it.
    let typed = s
        .verdict
        .as_ref()
        .is_some_and(|v| v.reasons.iter().any(|r| r.id == ReasonId::TypedCommand));
    // Each kind of scam has its own headline and summary (the brand it poses as named).
    let kind = s.verdict.as_ref().map(|v| v.kind).unwrap_or_default();
    let said = if typed {
        text(l, "clickfixSummaryTyped")
    } else if clickfix {
        text(l, "clickfixSummary")
    } else {
        summary(l, kind, s.verdict.as_ref().and_then(ViewVerdict::brand))
    };
    let h = d.node_t(&dialog, "h1", "headline", headline_key(kind));
    set(&h, &[("id", "hangup-headline"), ("aria-live", "assertive")]);
    let p = d.node(&dialog, "p", "summary", &said);
    p.set_id("hangup-summary");

    let actions = d.node(&dialog, "div", "actions", "");
    set(
        &actions,
        &[("role", "group"), ("aria-label", &text(l, "actionsLabel"))],
    );
    d.button(&actions, "leave", "actionLeave", "primary");
    d.button(&actions, "report", "actionReport", "secondary");

    let phones = s
        .verdict
        .as_ref()
        .map(|v| v.phones.as_slice())
        .unwrap_or_default();
    if !phones.is_empty() {
        let note = text(l, "phoneNote");
        let section = d.node(&dialog, "section", "phones", "");
        d.node_t(&section, "h2", "", "phonesTitle");
        let ul = d.node(&section, "ul", "", "");
        for p in phones {
            let li = d.node(&ul, "li", "phone", "");
            // Read as one sentence by screen readers; shown as a struck-through number + a note.
            set(&li, &[("aria-label", &cat(&[p, ": ", &note]))]);
            let num = d.node(&li, "span", "phone-number", p);
            set(&num, &[("aria-hidden", "true")]);
            let n = d.node(&li, "span", "phone-note", &note);
            set(&n, &[("aria-hidden", "true")]);
        }
    }

    let command = s.verdict.as_ref().and_then(|v| v.command.as_deref());
    if let (true, Some(command)) = (clickfix, command) {
        let section = d.node(&dialog, "section", "command", "");
        let title = if typed {
            "clickfixCommandTitleTyped"
        } else {
            "clickfixCommandTitle"
        };
        d.node_t(&section, "h2", "", title);
        d.node(&section, "code", "command-text", command);
        if !typed {
            d.node_t(&section, "p", "command-note", "clickfixClipboardNote");
        }
    }

    let all_advice = advice(l, kind);
    d.list(&dialog, "adviceTitle", "advice", &all_advice[..KEY_ADVICE]);

    let why = d.disclosure(&dialog, "why", "reasonsTitle");
    let reasons: Vec<String> = s
        .verdict
        .iter()
        .flat_map(|v| v.reasons.iter())
        .map(|r| reason_line(r.id, r.detail.as_ref(), l, &lang))
        .collect();
    if !reasons.is_empty() {
        d.list(&why, "foundTitle", "reasons", &reasons);
    }
    d.list(
        &why,
        "moreAdviceTitle",
        "more-advice",
        &all_advice[KEY_ADVICE..],
    );

    let more = d.node(&dialog, "div", "more", "");
    if s.trust_allowed {
        for (action, key) in [("trust", "actionTrust"), ("not-scam", "actionNotScam")] {
            let b = d.button(&more, action, key, "link");
            set(
                &b,
                &[
                    ("aria-expanded", "false"),
                    ("aria-controls", "hangup-confirm"),
                ],
            );
        }
    }
    d.button(&more, "show", "actionShowAnyway", "link");

    if s.trust_allowed {
        // The second step; filled and shown when "I trust this site" or "This is not a scam" is chosen.
        let confirm = d.node(&dialog, "div", "confirm", "");
        set(
            &confirm,
            &[
                ("id", "hangup-confirm"),
                ("role", "group"),
                ("aria-labelledby", "hangup-confirm-question"),
                ("hidden", ""),
            ],
        );
        let q = d.node(&confirm, "p", "", "");
        q.set_id("hangup-confirm-question");
        d.button(&confirm, "confirm-yes", "trustYes", "danger");
        d.button(&confirm, "confirm-no", "trustNo", "secondary");
        let m = d.button(&confirm, "mistake", "reportMistake", "link");
        set(&m, &[("hidden", "")]);
    }
    dialog
}

#[cfg_attr(hangup_size, optimize(size))]
fn wire(
    doc: &Document,
    root: &Element,
    dialog: &Element,
    s: &OverlayState,
    l: BrowserStrings,
    act: js_sys::Function,
) -> OverlayView {
    let pending: Rc<RefCell<Option<Pending>>> = Rc::new(RefCell::new(None));
    let host = s.host.clone();
    let find = {
        let root = root.clone();
        move |sel: &str| root.query_selector(sel).ok().flatten()
    };
    let send = move |action: &str| {
        let _ = act.call1(&JsValue::NULL, &JsValue::from_str(action));
    };

    // Opens the confirmation for `p`, or closes it (focus back on the choice that opened it).
    let ask = {
        let (find, pending) = (find.clone(), pending.clone());
        move |p: Option<Pending>| {
            let Some(confirm) = find("#hangup-confirm") else {
                return;
            };
            let opener = |p: Pending| match p {
                Pending::Trust => "[data-action=trust]",
                Pending::NotScam => "[data-action=not-scam]",
            };
            let before = pending.borrow_mut().take();
            for b in [Pending::Trust, Pending::NotScam] {
                if let Some(o) = find(opener(b)) {
                    let _ = o.set_attribute(
                        "aria-expanded",
                        if Some(b) == p { "true" } else { "false" },
                    );
                }
            }
            match p {
                None => {
                    let _ = confirm.set_attribute("hidden", "");
                    if let Some(o) = before.and_then(|b| find(opener(b))) {
                        focus(&o);
                    }
                }
                Some(p) => {
                    let (question, yes) = match p {
                        Pending::Trust => ("trustQuestion", "trustYes"),
                        Pending::NotScam => ("notScamQuestion", "notScamYes"),
                    };
                    if let Some(q) = find("#hangup-confirm-question") {
                        q.set_text_content(Some(&with(&l, question, &[&host])));
                    }
                    if let Some(y) = find("[data-action=confirm-yes]") {
                        y.set_text_content(Some(&text(&l, yes)));
                    }
                    if let Some(m) = find("[data-action=mistake]") {
                        let _ = if p == Pending::NotScam {
                            m.remove_attribute("hidden")
                        } else {
                            m.set_attribute("hidden", "")
                        };
                    }
                    let _ = confirm.remove_attribute("hidden");
                    *pending.borrow_mut() = Some(p);
                    if let Some(no) = find("[data-action=confirm-no]") {
                        focus(&no);
                    }
                }
            }
        }
    };
    let ask = Rc::new(ask);

    let mut listeners = Vec::new();
    {
        let (ask, pending) = (ask.clone(), pending.clone());
        listeners.push(on(root, "click", move |ev| {
            let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            let Some(control) = target.closest("[data-action]").ok().flatten() else {
                return;
            };
            match action_of(&control).as_str() {
                "leave" => send("leave"),
                "report" => send("report"),
                "show" => send("show"),
                "mistake" => send("mistake"),
                "trust" => ask(Some(Pending::Trust)),
                "not-scam" => ask(Some(Pending::NotScam)),
                "confirm-no" => ask(None),
                "confirm-yes" => {
                    let p = *pending.borrow();
                    match p {
                        Some(Pending::Trust) => send("trust"),
                        Some(Pending::NotScam) => send("not_scam"),
                        None => {}
                    }
                }
                _ => {}
            }
        }));
    }
    listeners.push(trap(doc, dialog));
    {
        let (ask, pending) = (ask.clone(), pending.clone());
        listeners.push(on_active(doc, "keydown", move |ev| {
            let escape = ev
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape");
            if escape && pending.borrow().is_some() {
                ev.prevent_default();
                ask(None);
            }
        }));
    }
    // The safe choice keeps the keyboard focus: when the focus arrives from the page or a click
    // lands on text rather than a control, it goes back to "Leave this page" (or "No" while a
    // confirmation is open), so Enter never does nothing and never does something risky.
    let safe_focus = {
        let (doc, find, pending) = (doc.clone(), find.clone(), pending.clone());
        move || {
            if !focus_lost(&doc) {
                return;
            }
            let sel = if pending.borrow().is_some() {
                "[data-action=confirm-no]"
            } else {
                "[data-action=leave]"
            };
            if let Some(e) = find(sel) {
                focus(&e);
            }
        }
    };
    let safe_focus = Rc::new(safe_focus);
    if let Some(w) = web_sys::window() {
        let f = safe_focus.clone();
        listeners.push(on(&w, "focus", move |_| f()));
    }
    {
        let f = safe_focus.clone();
        listeners.push(on(doc, "pointerup", move |_| f()));
    }
    OverlayView {
        _listeners: listeners,
    }
}
