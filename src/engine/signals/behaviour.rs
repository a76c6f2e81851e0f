//! Browser-lock behaviour counted by the MAIN-world hooks, and visual fakes found in the DOM, as
//! a table of rules (weights in `weights.rs`).

use crate::snapshot::{Behaviour, DomHints};
use crate::verdict::{Detail, Group, ReasonId};

use super::super::weights::{
    AUDIO, AUDIO_SPEECH, AUTH_LOOP, CUSTOM_CURSOR, DIALOG_LOOP, DIALOG_LOOP_MANY, DOWNLOAD_FLOOD,
    FAKE_DIALOG, FAKE_DIALOGS_MANY, FULLSCREEN, HIDDEN_CURSOR, HISTORY_FLOOD, HISTORY_FLOOD_MANY,
    INPUT_CAPTURE, INPUT_LOCK, LEAVE_TRAP, POPUP_FLOOD,
};
use super::{reason, Evidence};

/// One behaviour rule: when it fires (`fires` gives the weight, what was counted, and whether it
/// counts as a distinct lock technique: sound and DOM-only fakes do not), and the sentence.
struct Rule {
    id: ReasonId,
    fires: fn(&Behaviour, &DomHints) -> Option<Fired>,
    text: &'static str,
}

struct Fired {
    weight: f32,
    detail: Detail,
    lock: bool,
}

fn fired(weight: f32, detail: Detail, lock: bool) -> Fired {
    Fired {
        weight,
        detail,
        lock,
    }
}

fn count(count: u32) -> Detail {
    Detail::Count { count }
}

/// The rules, in the order their reasons are listed (ties in weight keep this order).
const RULES: &[Rule] = &[
    Rule {
        id: ReasonId::Fullscreen,
        fires: |b, _| (b.fullscreen > 0).then(|| fired(FULLSCREEN, count(b.fullscreen), true)),
        text: english!("The page forced the browser into full screen to hide the address bar and look like your desktop."),
    },
    Rule {
        id: ReasonId::DialogLoop,
        fires: |b, _| {
            let n = b.dialogs.saturating_add(b.print);
            let w = if n >= 4 { DIALOG_LOOP_MANY } else { DIALOG_LOOP };
            (n >= 2).then(|| fired(w, count(n), true))
        },
        text: english!("The page opens dialog boxes again and again so you cannot leave it."),
    },
    Rule {
        id: ReasonId::LeaveTrap,
        fires: |b, _| (b.beforeunload > 0).then(|| fired(LEAVE_TRAP, count(b.beforeunload), true)),
        text: english!("The page tries to stop you from leaving it."),
    },
    Rule {
        id: ReasonId::HistoryFlood,
        fires: |b, _| {
            let many = b.history >= 10;
            let w = if many { HISTORY_FLOOD_MANY } else { HISTORY_FLOOD };
            (b.history >= 3).then(|| fired(w, count(b.history), many))
        },
        text: english!("The page fills your history so the Back button keeps you on it."),
    },
    Rule {
        id: ReasonId::InputLock,
        fires: |b, _| {
            let (keyboard, pointer) = (b.keyboard_lock, b.pointer_lock);
            let detail = Detail::InputLock { keyboard, pointer };
            (keyboard > 0 || pointer > 0).then(|| fired(INPUT_LOCK, detail, true))
        },
        text: english!("The page captured your keyboard or mouse pointer."),
    },
    Rule {
        id: ReasonId::Audio,
        fires: |b, _| {
            let (media, audio, speech) = (b.media_play, b.audio_context, b.speech);
            let w = if speech > 0 { AUDIO_SPEECH } else { AUDIO };
            let detail = Detail::Audio { media, audio, speech };
            (media > 0 || audio > 0 || speech > 0).then(|| fired(w, detail, false))
        },
        text: english!("The page plays alarm sounds or a voice message to frighten you."),
    },
    Rule {
        id: ReasonId::InputCapture,
        fires: |b, _| {
            let (keys, menu) = (b.key_block, b.context_block);
            let detail = Detail::InputCapture { keys, menu };
            (keys > 0 || menu > 0).then(|| fired(INPUT_CAPTURE, detail, true))
        },
        text: english!("The page blocks keys or the right-click menu so you cannot close it normally."),
    },
    Rule {
        id: ReasonId::PopupFlood,
        fires: |b, _| {
            let (windows, notifications) = (b.window_open, b.notification);
            let detail = Detail::Popups { windows, notifications };
            (windows >= 3 || notifications > 0).then(|| fired(POPUP_FLOOD, detail, true))
        },
        text: english!("The page opens windows or notifications repeatedly."),
    },
    Rule {
        id: ReasonId::DownloadFlood,
        fires: |b, _| (b.downloads >= 3).then(|| fired(DOWNLOAD_FLOOD, count(b.downloads), true)),
        text: english!("The page starts download after download to freeze the browser."),
    },
    Rule {
        id: ReasonId::AuthLoop,
        fires: |b, _| (b.auth_prompts >= 2).then(|| fired(AUTH_LOOP, count(b.auth_prompts), true)),
        text: english!("The page shows sign-in prompts in a loop to trap you."),
    },
    Rule {
        id: ReasonId::HiddenCursor,
        fires: |_, d| {
            let hidden = d.hidden_cursor;
            let w = if hidden { HIDDEN_CURSOR } else { CUSTOM_CURSOR };
            (hidden || d.custom_cursor).then(|| fired(w, Detail::Cursor { hidden }, hidden))
        },
        text: english!("The page hides or fakes your mouse cursor."),
    },
    Rule {
        id: ReasonId::FakeDialog,
        fires: |_, d| {
            let n = d.fake_dialogs;
            let w = if n >= 3 { FAKE_DIALOGS_MANY } else { FAKE_DIALOG };
            (n > 0).then(|| fired(w, count(n), false))
        },
        text: english!("The page draws fake system dialog boxes."),
    },
];

/// Lock behaviour no full-screen app uses: dialogs in a loop, a flooded history (ten entries or
/// more: a game or a single-page app pushes a few), windows, downloads or sign-in prompts in a
/// flood, a voice, or a hidden cursor together with a "leave this page?" trap. A game locks the
/// keyboard and the pointer and plays its tone, an exam locks the keyboard and asks before the
/// page is left, a kiosk or a slide show hides the cursor: none of them does both of the last
/// two, and none of them does the rest (eval23: a game and an exam with a support number).
pub(super) fn kit_trap(b: &Behaviour, dom: &DomHints) -> bool {
    b.dialogs.saturating_add(b.print) >= 2
        || b.history >= 10
        || b.window_open >= 3
        || b.downloads >= 3
        || b.auth_prompts >= 2
        || b.speech > 0
        || (dom.hidden_cursor && b.beforeunload > 0)
}

/// A page that traps the person and shouts: full screen, a trap no game or video uses (the
/// keyboard locked, dialogs in a loop, a flooded history, windows or downloads in a flood,
/// sign-in prompts in a loop) and sound. A number shown on such a page is there to be called,
/// in whatever language it is asked (`calls.rs`): games lock the pointer and play sound but show
/// no number to call, an exam page locks the screen in silence. The pointer locked too changes
/// nothing: most lock kits lock it (review 24 H3), and a page in words no lexicon reads says
/// nothing either way. On a page in a script no lexicon reads a silent kit that loops its
/// dialogs or floods the history traps as loudly (review 40 L1: an Arabic kit's number only in
/// its dialog); not one that only locks the keyboard, as an exam does.
pub(super) fn traps_loudly(b: &Behaviour, unread: bool) -> bool {
    let hard = b.dialogs.saturating_add(b.print) >= 2
        || b.history >= 10
        || b.window_open >= 3
        || b.downloads >= 3
        || b.auth_prompts >= 2;
    let sound = b.media_play > 0 || b.audio_context > 0 || b.speech > 0;
    b.fullscreen > 0 && ((hard || b.keyboard_lock > 0) && sound || unread && hard)
}

pub(super) fn signals(b: &Behaviour, dom: &DomHints, ev: &mut Evidence) {
    for rule in RULES {
        if let Some(f) = (rule.fires)(b, dom) {
            ev.reasons
                .push(reason(rule.id, Group::Lock, f.weight, f.detail, rule.text));
            ev.lock_kinds += usize::from(f.lock);
        }
    }
    ev.kit_trap = kit_trap(b, dom);
    // A full-screen app's lock (review 39 H2): nothing a game does not do (no leave prompt
    // either: a trap kit asks it), and the keyboard locked only with the pointer, as a game's
    // controls want it (Firefox has no keyboard lock); a kit that locks the keyboard leaves the
    // pointer free for its buttons.
    ev.app_lock =
        !ev.kit_trap && b.beforeunload == 0 && (b.pointer_lock > 0 || b.keyboard_lock == 0);
}
