//! Pathological inputs a hostile page can send, as regression tests next to the fuzz targets
//! (fuzz/, docs/FUZZING.md): each must give a verdict or a clear error, never a panic, and with
//! bounded work (the engine reads at most `MAX_TEXT_BYTES` of text).

use hangup::engine::normalize::normalize;
use hangup::engine::phone::{classify, find_phones, MAX_PHONES};
use hangup::snapshot::{MAX_LIST_ITEMS, MAX_TEXT_BYTES};
use hangup::{analyse, Level, Options, Snapshot};

fn snap(text: String) -> Snapshot {
    Snapshot {
        url: "https://alert-4471.example.net/".into(),
        text,
        ..Default::default()
    }
}

/// An invented scam text with a fictional number.
const SCAM: &str = "Windows Defender Security Center. Your computer has been blocked: Trojan \
    spyware detected. Do not close this window or restart your PC. Call Microsoft Support now, \
    toll free: +1 (888) 555-0134";

#[test]
fn ten_megabytes_of_text_are_cut_to_the_window() {
    let big = format!(
        "{SCAM} {}",
        "lorem ipsum dolor ".repeat(10 * 1024 * 1024 / 18)
    );
    assert!(big.len() >= 10 * 1024 * 1024);
    let bounded = snap(big.clone()).bounded();
    assert!(bounded.text.len() <= MAX_TEXT_BYTES);
    // The scam at the start of the window is still read.
    assert_eq!(analyse(&snap(big), &Options::default()).level, Level::Scam);
}

#[test]
fn ten_megabytes_without_spaces_or_ascii() {
    for unit in ["x", "é", "語", "🙂", "\u{200b}", "\u{202e}", "5"] {
        let v = analyse(
            &snap(unit.repeat(10 * 1024 * 1024 / unit.len())),
            &Options::default(),
        );
        assert_eq!(v.level, Level::Safe, "{unit:?}");
    }
}

#[test]
fn every_unicode_plane_and_every_kind_of_char() {
    // A sample of each plane (step 97 keeps it quick), surrogates excluded by `char`.
    let text: String = (0u32..=0x10FFFF)
        .step_by(97)
        .filter_map(char::from_u32)
        .collect();
    let n = normalize(&text);
    assert_eq!(n.base.len(), n.skel.len());
    let _ = analyse(&snap(text), &Options { strict: true });
    // Combining marks stacked on one letter, and a scam spelled between them.
    let zalgo = format!("{}{SCAM}", "a\u{0301}\u{0302}\u{0303}\u{0304}".repeat(5000));
    let _ = analyse(&snap(zalgo), &Options::default());
}

#[test]
fn thousands_of_phone_like_strings() {
    let numbers: String = (0..20_000)
        .map(|i| format!("+1 (888) 555-{:04} ", i % 10_000))
        .collect();
    assert!(find_phones(&normalize(&numbers).base).len() <= MAX_PHONES);
    let digits = "1-".repeat(200_000);
    assert!(find_phones(&digits).len() <= MAX_PHONES);
    let v = analyse(&snap(format!("{SCAM} {numbers}")), &Options::default());
    assert!(v.phones.len() <= MAX_PHONES);
}

#[test]
fn hostile_main_world_counts_only_add_suspicion() {
    let json = serde_json::json!({
        "url": "https://game.example/",
        "behaviour": {
            "fullscreen": u32::MAX, "dialogs": u32::MAX, "history": u32::MAX, "print": u32::MAX,
            "beforeunload": u32::MAX, "keyboard_lock": u32::MAX, "pointer_lock": u32::MAX,
            "media_play": u32::MAX, "audio_context": u32::MAX, "speech": u32::MAX,
            "key_block": u32::MAX, "context_block": u32::MAX, "window_open": u32::MAX,
            "notification": u32::MAX, "downloads": u32::MAX,
        }
    });
    let s: Snapshot = serde_json::from_value(json).expect("counts at u32::MAX deserialise");
    let v = analyse(&s, &Options { strict: true });
    assert!(v.score.is_finite());
    // Behaviour alone, without any text, never puts the warning up.
    assert_ne!(v.level, Level::Scam);
    // Negative, fractional or huge counts are a clear error, not a panic or a wrap-around.
    for bad in [
        r#"{"behaviour":{"dialogs":-1}}"#,
        r#"{"behaviour":{"dialogs":1.5}}"#,
        r#"{"behaviour":{"dialogs":1e300}}"#,
    ] {
        assert!(serde_json::from_str::<Snapshot>(bad).is_err(), "{bad}");
    }
}

#[test]
fn deep_nesting_and_huge_lists_in_the_snapshot() {
    // serde_json stops at its recursion limit with an error.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(serde_json::from_str::<Snapshot>(&format!(r#"{{"tel_links":{deep}}}"#)).is_err());
    let many = Snapshot {
        tel_links: vec!["tel:+18885550134".into(); 100_000],
        alt_texts: vec!["Microsoft ".repeat(1000); 10_000],
        ..snap(SCAM.into())
    };
    let bounded = many.clone().bounded();
    assert!(bounded.tel_links.len() <= MAX_LIST_ITEMS && bounded.alt_texts.len() <= MAX_LIST_ITEMS);
    assert_eq!(analyse(&many, &Options::default()).level, Level::Scam);
}

#[test]
fn wrong_types_are_clear_errors() {
    // (`[]` for a struct of defaults is serde's sequence form: a safe default, not an error.)
    for bad in [
        r#"{"text":5}"#,
        r#"{"url":["a"]}"#,
        r#"{"behaviour":"x"}"#,
        "null",
        "\"\"",
    ] {
        let err = serde_json::from_str::<Snapshot>(bad)
            .expect_err(bad)
            .to_string();
        assert!(err.contains("invalid type"), "{bad}: {err}");
    }
}

#[test]
fn classify_without_digits_is_none() {
    // Found by the `phone` fuzz target: an empty string panicked.
    for raw in ["", " ", "abc", "(", "-.-", "+", "+ -"] {
        assert!(classify(raw).is_none(), "{raw:?}");
    }
}
