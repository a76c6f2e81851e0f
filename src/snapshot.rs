//! What the content script sends about a page: bounded, plain data, all of it untrusted.
//!
//! Every field is `#[serde(default)]` so a snapshot with missing or extra fields still
//! deserialises; a field with the wrong type is rejected at the boundary with a clear error.

use serde::{Deserialize, Serialize};

/// Upper bound on the visible text the engine reads, in bytes. The content script trims to it
/// too; the engine re-checks because the sender is a page-controlled context.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// Upper bound on list fields (tel: links, alt texts).
pub const MAX_LIST_ITEMS: usize = 64;

/// One page as the isolated-world content script saw it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Snapshot {
    /// Full URL of the frame, query string included (kits pass the phone number there).
    pub url: String,
    /// `document.title`.
    pub title: String,
    /// `<html lang>`, may be empty or a lie.
    pub lang: String,
    /// Visible text, in document order, blocks separated by newlines. In Wasm, `wasm::api` reads
    /// it through the platform's `TextEncoder` rather than serde (several times faster on 64 KB).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub text: String,
    /// Targets of `tel:` links.
    pub tel_links: Vec<String>,
    /// `alt`/`title`/`aria-label` texts of images and controls.
    pub alt_texts: Vec<String>,
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
    /// Elements drawn like browser chrome or a Windows window (title bars with close buttons etc.).
    pub fake_chrome: u32,
    /// `<audio>`/`<video>` elements with `autoplay` or `loop`.
    pub autoplay_media: u32,
    /// Number of `<img>` elements (a page whose text is an image still has them).
    pub images: u32,
    /// Whether this snapshot comes from the top frame.
    pub top_frame: bool,
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
        truncate_utf8(&mut self.lang, 32);
        truncate_utf8(&mut self.clipboard.text, MAX_CLIPBOARD_BYTES);
        truncate_utf8(&mut self.clipboard.via, 16);
        for list in [&mut self.tel_links, &mut self.alt_texts] {
            list.truncate(MAX_LIST_ITEMS);
            for item in list.iter_mut() {
                truncate_utf8(item, 512);
            }
        }
        self
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
    fn missing_fields_default() {
        let snap: Snapshot = serde_json::from_str(r#"{"url":"https://a.example/"}"#).unwrap();
        assert_eq!(snap.url, "https://a.example/");
        assert_eq!(snap.behaviour.fullscreen, 0);
    }
}
