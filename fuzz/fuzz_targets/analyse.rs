//! The whole analyser over a structured snapshot: the fuzzer's bytes become text, title, URL,
//! links, alt texts, what the page put on the clipboard and (forged) MAIN-world counts, as a
//! hostile page could make them.
#![no_main]
use hangup::engine::clickfix::SHOWN_MAX;
use hangup::{analyse, Level, Options, Snapshot};
use libfuzzer_sys::fuzz_target;

/// Behaviour keys of `extension/common/protocol.js`, filled from the first bytes.
const KEYS: [&str; 15] = [
    "fullscreen",
    "dialogs",
    "print",
    "beforeunload",
    "history",
    "keyboard_lock",
    "pointer_lock",
    "media_play",
    "audio_context",
    "speech",
    "key_block",
    "context_block",
    "window_open",
    "notification",
    "downloads",
];

fuzz_target!(|data: &[u8]| {
    let (head, rest) = data.split_at(data.len().min(KEYS.len() + 1));
    let mut behaviour = serde_json::Map::new();
    for (key, b) in KEYS.iter().zip(head) {
        // Small counts mostly, and now and then the extremes a forged report can claim.
        let n: u32 = match b {
            0xfe => 1_000_000,
            0xff => u32::MAX,
            _ => u32::from(b % 8),
        };
        behaviour.insert((*key).into(), n.into());
    }
    let text = String::from_utf8_lossy(rest);
    let mut parts = text.split('\u{1}');
    let body = parts.next().unwrap_or_default().to_string();
    let title = parts.next().unwrap_or_default().to_string();
    let url = parts.next().unwrap_or("https://fuzz.example/").to_string();
    let tel: Vec<String> = parts
        .next()
        .map(|s| s.split('|').map(String::from).collect())
        .unwrap_or_default();
    let alt: Vec<String> = parts
        .next()
        .map(|s| s.split('|').map(String::from).collect())
        .unwrap_or_default();
    let clipboard = parts.next().unwrap_or_default().to_string();
    let json = serde_json::json!({
        "url": url, "title": title, "tel_links": tel, "alt_texts": alt, "behaviour": behaviour,
        "clipboard": { "text": clipboard, "via": "writeText" },
    });
    let mut snapshot: Snapshot =
        serde_json::from_value(json).expect("the harness builds valid snapshots");
    snapshot.text = body;
    let strict = head.last().is_some_and(|b| b & 1 == 1);
    let verdict = analyse(&snapshot.bounded(), &Options { strict });
    assert!(
        verdict.score.is_finite() && verdict.score >= 0.0,
        "score {}",
        verdict.score
    );
    // The copied command is shown defanged and cut short: never a live link, never long.
    if let Some(cmd) = &verdict.command {
        assert!(
            cmd.chars().count() <= SHOWN_MAX + 1,
            "shown command too long"
        );
        let lower = cmd.to_lowercase();
        assert!(
            !lower.contains("http://") && !lower.contains("https://"),
            "live URL in the shown command: {cmd}"
        );
    }
    if verdict.level == Level::Scam {
        assert!(
            !verdict.reasons.is_empty(),
            "a scam verdict always says why"
        );
    }
});
