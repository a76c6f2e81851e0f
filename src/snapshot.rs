//! What the content script sends about a page: bounded, plain data, all of it untrusted.
//!
//! Every field is `#[serde(default)]` so a snapshot with missing or extra fields still
//! deserialises; a field with the wrong type is rejected at the boundary with a clear error.
//! Tests hold the content script to this shape with [`Snapshot::from_json_strict`], which
//! refuses fields the engine does not know (`hangup-scan --deny-unknown-fields`).

use serde::{Deserialize, Serialize};

/// Upper bound on the visible text the engine reads, in bytes. The content script trims to it
/// too; the engine re-checks because the sender is a page-controlled context.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// Upper bound on list fields (tel: links, alt texts).
pub const MAX_LIST_ITEMS: usize = 64;
/// Upper bound on dialog messages (alert/confirm/prompt) and on each one's length in bytes.
pub const MAX_DIALOG_TEXTS: usize = 16;
pub const MAX_DIALOG_BYTES: usize = 512;

/// [`Snapshot::default`] as serde writes it (a test holds the two equal, key order included): what
/// the Wasm's `snapshot_defaults` parses for the content scripts' contract, with no serialiser
/// linked for it.
pub const DEFAULTS_JSON: &str = concat!(
    r#"{"url":"","title":"","text":"","tel_links":[],"alt_texts":[],"dialog_texts":[],"#,
    r#""dom":{"fake_dialogs":0,"hidden_cursor":false,"custom_cursor":false},"#,
    r#""behaviour":{"fullscreen":0,"dialogs":0,"print":0,"beforeunload":0,"history":0,"#,
    r#""keyboard_lock":0,"pointer_lock":0,"media_play":0,"audio_context":0,"speech":0,"#,
    r#""key_block":0,"context_block":0,"window_open":0,"notification":0,"downloads":0,"#,
    r#""auth_prompts":0},"clipboard":{"text":"","via":""}}"#
);

/// One page as the isolated-world content script saw it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Snapshot {
    /// Full URL of the frame, query string included (kits pass the phone number there).
    pub url: String,
    /// `document.title`.
    pub title: String,
    /// Visible text, in document order, blocks separated by newlines. In Wasm, `wasm::api` reads
    /// it through the platform's `TextEncoder` rather than serde (several times faster on 64 KB).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub text: String,
    /// Targets of `tel:` links.
    pub tel_links: Vec<String>,
    /// `alt`/`title`/`aria-label` texts of images and controls.
    pub alt_texts: Vec<String>,
    /// Messages of the page's `alert`/`confirm`/`prompt` dialogs, from the MAIN world. Page text
    /// a person reads, but forgeable: the engine lets it only add suspicion (`engine::analyse`).
    pub dialog_texts: Vec<String>,
    /// Structural hints the isolated world measured from the DOM.
    pub dom: DomHints,
    /// Lock behaviours counted by the MAIN-world hooks. Forgeable by the page: may only add suspicion.
    pub behaviour: Behaviour,
    /// The last text the page put on the clipboard (ClickFix), from the MAIN-world hooks.
    pub clipboard: Clipboard,
}

/// Text a page wrote to the clipboard, and how. Empty when the page wrote nothing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Clipboard {
    /// At most [`MAX_CLIPBOARD_BYTES`].
    pub text: String,
    /// `writeText`, `write`, `exec_command` or `copy_event`.
    pub via: String,
}

/// Upper bound on the copied text the engine reads (the MAIN world sends at most 4096 UTF-16
/// units; the engine re-checks).
pub const MAX_CLIPBOARD_BYTES: usize = 4096;

/// Visual fakes a DOM reveals.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct DomHints {
    /// Elements styled like modal dialogs (fixed/absolute, centred, high z-index) that carry text.
    pub fake_dialogs: u32,
    /// `cursor: none` on the root, body or a viewport-sized element.
    pub hidden_cursor: bool,
    /// Custom cursor images (`cursor: url(...)`).
    pub custom_cursor: bool,
}

/// Counts of browser-lock techniques, as reported by the MAIN world.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Behaviour {
    pub fullscreen: u32,
    pub dialogs: u32,
    pub print: u32,
    pub beforeunload: u32,
    pub history: u32,
    pub keyboard_lock: u32,
    pub pointer_lock: u32,
    pub media_play: u32,
    pub audio_context: u32,
    pub speech: u32,
    pub key_block: u32,
    pub context_block: u32,
    pub window_open: u32,
    pub notification: u32,
    pub downloads: u32,
    /// HTTP auth challenges on this tab, counted by the background (not the page).
    pub auth_prompts: u32,
}

impl Snapshot {
    /// Enforces the size bounds on a snapshot that came from an untrusted sender.
    pub fn bounded(mut self) -> Self {
        truncate_utf8(&mut self.text, MAX_TEXT_BYTES);
        truncate_utf8(&mut self.title, 1024);
        truncate_utf8(&mut self.url, 4096);
        truncate_utf8(&mut self.clipboard.text, MAX_CLIPBOARD_BYTES);
        truncate_utf8(&mut self.clipboard.via, 16);
        for list in [&mut self.tel_links, &mut self.alt_texts] {
            list.truncate(MAX_LIST_ITEMS);
            for item in list.iter_mut() {
                truncate_utf8(item, 512);
            }
        }
        self.dialog_texts.truncate(MAX_DIALOG_TEXTS);
        for item in self.dialog_texts.iter_mut() {
            truncate_utf8(item, MAX_DIALOG_BYTES);
        }
        self
    }

    /// Whether [`Snapshot::bounded`] would change anything.
    pub fn needs_bounding(&self) -> bool {
        self.text.len() > MAX_TEXT_BYTES
            || self.title.len() > 1024
            || self.url.len() > 4096
            || self.tel_links.len() > MAX_LIST_ITEMS
            || self.alt_texts.len() > MAX_LIST_ITEMS
            || self.dialog_texts.len() > MAX_DIALOG_TEXTS
            || self.clipboard.text.len() > MAX_CLIPBOARD_BYTES
            || self.clipboard.via.len() > 16
            || self
                .tel_links
                .iter()
                .chain(&self.alt_texts)
                .any(|x| x.len() > 512)
            || self.dialog_texts.iter().any(|x| x.len() > MAX_DIALOG_BYTES)
    }

    /// Reads a snapshot from JSON and refuses any field this model does not have, at any depth:
    /// the seam check between the content script and the engine (the normal path ignores
    /// unknown fields, so a renamed field would otherwise be lost silently).
    #[cfg(any(test, feature = "cli"))]
    pub fn from_json_strict(json: &str) -> Result<Snapshot, String> {
        let input: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let snap = Snapshot::from_json_value(&input)?;
        let known = serde_json::to_value(&snap).map_err(|e| e.to_string())?;
        let mut unknown = Vec::new();
        unknown_fields(&input, &known, "", &mut unknown);
        if unknown.is_empty() {
            Ok(snap)
        } else {
            Err(format!("unknown snapshot fields: {}", unknown.join(", ")))
        }
    }
}

impl Snapshot {
    /// Reads a snapshot file (the CLI's path): unknown fields are ignored, but the top level must
    /// be an object with at least one snapshot field. Serde alone would read `[]`, `{}` or a
    /// wrapper such as `{"snapshot": {...}}` as an empty page and report it `safe`.
    #[cfg(any(test, feature = "cli"))]
    pub fn from_json(json: &str) -> Result<Snapshot, String> {
        let input: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Snapshot::from_json_value(&input)
    }

    #[cfg(any(test, feature = "cli"))]
    fn from_json_value(input: &serde_json::Value) -> Result<Snapshot, String> {
        let Some(object) = input.as_object() else {
            return Err(format!(
                "not a snapshot: the top level is {}, not an object with the snapshot's fields",
                json_kind(input)
            ));
        };
        let known = serde_json::to_value(Snapshot::default()).map_err(|e| e.to_string())?;
        let fields = known.as_object().map(|k| k.keys().collect::<Vec<_>>());
        let fields = fields.unwrap_or_default();
        if !object.keys().any(|k| fields.contains(&k)) {
            let nested: Vec<&String> = object
                .iter()
                .filter(|(_, v)| {
                    v.as_object()
                        .is_some_and(|o| o.keys().any(|k| fields.contains(&k)))
                })
                .map(|(k, _)| k)
                .collect();
            let found = if object.is_empty() {
                "it is empty".to_string()
            } else {
                format!("it has {}", quoted(object.keys()))
            };
            let hint = if nested.is_empty() {
                String::new()
            } else {
                format!(
                    "; the snapshot seems to be nested under {}: save that object alone",
                    quoted(nested)
                )
            };
            return Err(format!(
                "not a snapshot: the top-level object has none of the snapshot's fields ({}); {found}{hint}",
                fields.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")
            ));
        }
        serde_json::from_value(input.clone()).map_err(|e| e.to_string())
    }
}

#[cfg(any(test, feature = "cli"))]
fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// `"a", "b"` (at most 8 keys: the file is the user's, the message must stay readable).
#[cfg(any(test, feature = "cli"))]
fn quoted<'a>(keys: impl IntoIterator<Item = &'a String>) -> String {
    let keys: Vec<String> = keys.into_iter().map(|k| format!("{k:?}")).collect();
    let more = keys.len().saturating_sub(8);
    let mut out = keys.into_iter().take(8).collect::<Vec<_>>().join(", ");
    if more > 0 {
        out.push_str(&format!(" and {more} more"));
    }
    out
}

/// Paths of object keys in `input` that `known` (the model re-serialised) does not have.
#[cfg(any(test, feature = "cli"))]
fn unknown_fields(
    input: &serde_json::Value,
    known: &serde_json::Value,
    path: &str,
    out: &mut Vec<String>,
) {
    if let (Some(i), Some(k)) = (input.as_object(), known.as_object()) {
        for (key, v) in i {
            let p = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            match k.get(key) {
                Some(kv) => unknown_fields(v, kv, &p, out),
                None => out.push(p),
            }
        }
    }
}

/// Cuts `s` to at most `max` bytes on a char boundary.
pub fn truncate_utf8(s: &mut String, max: usize) {
    if s.len() > max {
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_json_is_serdes_default_snapshot() {
        let serde = serde_json::to_string(&Snapshot::default()).unwrap_or_default();
        assert_eq!(DEFAULTS_JSON, serde);
    }

    #[test]
    fn bounded_cuts_long_text_on_char_boundary() {
        let snap = Snapshot {
            text: "é".repeat(MAX_TEXT_BYTES),
            ..Default::default()
        }
        .bounded();
        assert!(snap.text.len() <= MAX_TEXT_BYTES);
        assert!(snap.text.chars().all(|c| c == 'é'));
    }

    #[test]
    fn strict_reading_refuses_unknown_fields_at_any_depth() {
        let ok = r#"{"url":"https://a.example/","text":"hi","dialog_texts":["x"],
            "dom":{"fake_dialogs":1},"behaviour":{"dialogs":2}}"#;
        let snap = Snapshot::from_json_strict(ok).unwrap();
        assert_eq!(snap.behaviour.dialogs, 2);
        assert_eq!(snap.dialog_texts, vec!["x".to_string()]);
        for (bad, field) in [
            (r#"{"lang":"en"}"#, "lang"),
            (r#"{"dom":{"fake_chrome":0}}"#, "dom.fake_chrome"),
            (r#"{"behaviour":{"clipbord":1}}"#, "behaviour.clipbord"),
        ] {
            let e = Snapshot::from_json_strict(bad).unwrap_err();
            assert!(e.contains(field), "{bad}: {e}");
            // The normal path still reads it (the engine must never fail on a newer sender).
            assert!(serde_json::from_str::<Snapshot>(bad).is_ok());
        }
        assert!(Snapshot::from_json_strict(r#"{"behaviour":{"dialogs":"x"}}"#).is_err());
    }

    #[test]
    fn a_file_that_is_not_a_snapshot_is_refused_by_name() {
        let inner =
            r#"{"url":"https://a.example/","text":"Your PC is locked, call 1-888-555-0142"}"#;
        let e =
            Snapshot::from_json(&format!(r#"{{"snapshot":{inner},"label":"scam"}}"#)).unwrap_err();
        assert!(e.starts_with("not a snapshot"), "{e}");
        assert!(e.contains(r#"nested under "snapshot""#), "{e}");
        assert!(
            e.contains("text"),
            "the message lists the fields expected: {e}"
        );
        for (bad, says) in [
            ("[]", "an array"),
            (r#"[{"text":"x"}]"#, "an array"),
            ("\"text\"", "a string"),
            ("null", "null"),
            ("{}", "it is empty"),
            (
                r#"{"page":"x","verdict":"safe"}"#,
                r#"it has "page", "verdict""#,
            ),
        ] {
            let e = Snapshot::from_json(bad).unwrap_err();
            assert!(
                e.starts_with("not a snapshot") && e.contains(says),
                "{bad}: {e}"
            );
            assert!(Snapshot::from_json_strict(bad).is_err(), "{bad}");
        }
        // A snapshot with one field, or with extra fields next to known ones, is still read.
        let snap = Snapshot::from_json(inner).unwrap();
        assert!(snap.text.contains("locked"));
        assert!(Snapshot::from_json(r#"{"title":"t","lang":"en"}"#).is_ok());
        assert!(Snapshot::from_json(r#"{"text":5}"#).is_err());
    }

    #[test]
    fn dialog_texts_are_bounded() {
        let snap = Snapshot {
            dialog_texts: vec!["é".repeat(600); 40],
            ..Default::default()
        };
        assert!(snap.needs_bounding());
        let snap = snap.bounded();
        assert_eq!(snap.dialog_texts.len(), MAX_DIALOG_TEXTS);
        assert!(snap
            .dialog_texts
            .iter()
            .all(|t| t.len() <= MAX_DIALOG_BYTES));
        assert!(!snap.needs_bounding());
    }

    #[test]
    fn missing_fields_default() {
        let snap: Snapshot = serde_json::from_str(r#"{"url":"https://a.example/"}"#).unwrap();
        assert_eq!(snap.url, "https://a.example/");
        assert_eq!(snap.behaviour.fullscreen, 0);
    }
}
