//! The phone finder over normalised text, and the classifier over raw link targets.
#![no_main]
use hangup::engine::normalize::normalize;
use hangup::engine::phone::{classify, find_phones, MAX_PHONES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let base = normalize(&text).base;
    let phones = find_phones(&base);
    assert!(phones.len() <= MAX_PHONES);
    for p in &phones {
        assert!(p.start < p.end && p.end <= base.len(), "range out of text");
        assert!(p
            .digits
            .trim_start_matches('+')
            .bytes()
            .all(|b| b.is_ascii_digit()));
    }
    let _ = classify(&text);
});
