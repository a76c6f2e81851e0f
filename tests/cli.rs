//! `hangup-scan` as a person runs it: a file it cannot read as a snapshot is an error on its
//! line and exit status 1, never a `safe` verdict for a page it did not read.
#![cfg(feature = "cli")]

use std::process::Command;

fn scan(name: &str, json: &str) -> (String, Option<i32>) {
    let dir = std::env::temp_dir().join(format!("hangup-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, json).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_hangup-scan"))
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

#[test]
fn a_wrapped_snapshot_is_an_error_not_an_empty_page() {
    let (out, code) = scan(
        "wrapped",
        r#"{"snapshot":{"url":"https://pc-lock.example/","text":"Your computer has been blocked. Call Microsoft Support 1-888-555-0142"}}"#,
    );
    assert_eq!(code, Some(1), "{out}");
    let line: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(
        line.get("level").is_none(),
        "no verdict for an unread page: {out}"
    );
    let e = line["error"].as_str().unwrap();
    assert!(
        e.contains("not a snapshot") && e.contains("\"snapshot\""),
        "{e}"
    );
}

#[test]
fn a_bare_snapshot_is_read() {
    let (out, code) = scan(
        "bare",
        r#"{"url":"https://pc-lock.example/","title":"Windows Defender Security Center","text":"Access to this PC has been blocked for security reasons. Your computer is infected. Do not close this window. Call Microsoft Support toll-free 1-888-555-0142"}"#,
    );
    assert_eq!(code, Some(0), "{out}");
    let line: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(line["level"], "scam", "{out}");
}
