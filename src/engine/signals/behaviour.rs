//! Browser-lock behaviour counted by the MAIN-world hooks, and visual fakes found in the DOM.

use crate::snapshot::{Behaviour, DomHints};
use crate::verdict::{Detail, Group, ReasonId};

use super::{reason, Evidence};

pub(super) fn signals(b: &Behaviour, dom: &DomHints, ev: &mut Evidence) {
    let mut push = |id: ReasonId, w: f32, detail: Detail, text: &str, lock: bool| {
        ev.reasons.push(reason(id, Group::Lock, w, detail, text));
        if lock {
            ev.lock_kinds += 1;
        }
    };
    let count = |count: u32| Detail::Count { count };
    if b.fullscreen > 0 {
        push(ReasonId::Fullscreen, 2.0, count(b.fullscreen),
            english!("The page forced the browser into full screen to hide the address bar and look like your desktop."), true);
    }
    let dialogs = b.dialogs.saturating_add(b.print);
    if dialogs >= 2 {
        let w = if dialogs >= 4 { 3.0 } else { 2.0 };
        push(
            ReasonId::DialogLoop,
            w,
            count(dialogs),
            english!("The page opens dialog boxes again and again so you cannot leave it."),
            true,
        );
    }
    if b.beforeunload > 0 {
        push(
            ReasonId::LeaveTrap,
            1.5,
            count(b.beforeunload),
            english!("The page tries to stop you from leaving it."),
            true,
        );
    }
    if b.history >= 3 {
        let w = if b.history >= 10 { 2.5 } else { 1.0 };
        push(
            ReasonId::HistoryFlood,
            w,
            count(b.history),
            english!("The page fills your history so the Back button keeps you on it."),
            b.history >= 10,
        );
    }
    if b.keyboard_lock > 0 || b.pointer_lock > 0 {
        push(
            ReasonId::InputLock,
            3.0,
            Detail::InputLock {
                keyboard: b.keyboard_lock,
                pointer: b.pointer_lock,
            },
            english!("The page captured your keyboard or mouse pointer."),
            true,
        );
    }
    if b.media_play > 0 || b.audio_context > 0 || b.speech > 0 {
        let w = if b.speech > 0 { 2.0 } else { 1.0 };
        push(
            ReasonId::Audio,
            w,
            Detail::Audio {
                media: b.media_play,
                audio: b.audio_context,
                speech: b.speech,
            },
            english!("The page plays alarm sounds or a voice message to frighten you."),
            false,
        );
    }
    if b.key_block > 0 || b.context_block > 0 {
        push(
            ReasonId::InputCapture,
            1.5,
            Detail::InputCapture {
                keys: b.key_block,
                menu: b.context_block,
            },
            english!(
                "The page blocks keys or the right-click menu so you cannot close it normally."
            ),
            true,
        );
    }
    if b.window_open >= 3 || b.notification > 0 {
        push(
            ReasonId::PopupFlood,
            2.0,
            Detail::Popups {
                windows: b.window_open,
                notifications: b.notification,
            },
            english!("The page opens windows or notifications repeatedly."),
            true,
        );
    }
    if b.downloads >= 3 {
        push(
            ReasonId::DownloadFlood,
            2.5,
            count(b.downloads),
            english!("The page starts download after download to freeze the browser."),
            true,
        );
    }
    if b.auth_prompts >= 2 {
        push(
            ReasonId::AuthLoop,
            3.0,
            count(b.auth_prompts),
            english!("The page shows sign-in prompts in a loop to trap you."),
            true,
        );
    }
    if dom.hidden_cursor || dom.custom_cursor {
        let w = if dom.hidden_cursor { 2.0 } else { 1.0 };
        push(
            ReasonId::HiddenCursor,
            w,
            Detail::Cursor {
                hidden: dom.hidden_cursor,
            },
            english!("The page hides or fakes your mouse cursor."),
            dom.hidden_cursor,
        );
    }
    if dom.fake_dialogs > 0 {
        let w = if dom.fake_dialogs >= 3 { 1.5 } else { 1.0 };
        push(
            ReasonId::FakeDialog,
            w,
            count(dom.fake_dialogs),
            english!("The page draws fake system dialog boxes."),
            false,
        );
    }
    if dom.fake_chrome > 0 {
        push(
            ReasonId::FakeBrowserChrome,
            1.5,
            count(dom.fake_chrome),
            english!("The page draws a fake browser or Windows window to look like your system."),
            false,
        );
    }
}
