//! The normaliser: hostile text in, two byte-aligned views out.
#![no_main]
use hangup::engine::normalize::normalize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let n = normalize(&text);
    // `skel` is aligned with `base` byte for byte: reason excerpts and phone positions rely on it.
    assert_eq!(n.base.len(), n.skel.len());
    for (i, _) in n.base.char_indices() {
        assert!(n.skel.is_char_boundary(i), "skel not aligned at {i}");
    }
});
