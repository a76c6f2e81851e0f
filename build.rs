//! Packs the lexicon (src/engine/lexicons/*.txt) for embedding, already compiled as far as data
//! goes: every phrase normalised to its skeleton (the same code as page text: `normalize.rs` and
//! `compat.rs` are included below), merged across languages, split into the two tries' lists and
//! sorted, so the service worker's first analysis only inflates it and builds the tries (reading
//! and normalising ~12 000 phrases was most of its warm-up: docs/BENCHMARKS.md, "The first
//! warning, cold and warm"). Then deflated by zopfli: as plain text the lists were a fifth of
//! the Wasm (docs/BENCHMARKS.md, "Wasm size").
//!
//! Layout of the inflated bytes (read by `Lexicon::build`; `lexicon_source.rs` reads the files):
//! - the brands, one a line: `name \t domain domain … \t sector` (its letter), then an empty line;
//! - the skeletons of the phrases found at word starts, sorted by their bytes, one a line: one
//!   byte `0x20 + n` (the first n bytes are the previous line's), then the rest of the skeleton;
//!   then an empty line;
//! - the skeletons of the other phrases (CJK, open at the left, starting with a symbol), the same
//!   way, then an empty line;
//! - the entries of the first list's phrases, a line each in the same order, separated by `,`;
//!   then an empty line; then those of the second list, the same way.
//!
//! Skeletons and entries in columns rather than side by side on each line: each column repeats
//! itself more, and the packed lexicon is 1.8 KB smaller (docs/BENCHMARKS.md, "Wasm size").
//!
//! An entry: a section's letter (`A` + its index in `SECTIONS`) or `#` / `~` and a brand's
//! index (a brand name, one that is also an ordinary word), then `<` if open at the left, `>` if
//! open at the right, then `=` and the weight unless it is 1.

#[allow(dead_code)]
#[path = "src/engine/compat.rs"]
mod compat;
#[allow(dead_code)]
#[path = "src/engine/lexicon_source.rs"]
mod lexicon_source;
#[allow(dead_code)]
#[path = "src/engine/normalize.rs"]
mod normalize;

use std::{env, fmt::Write, fs, path::PathBuf};

use lexicon_source::{SrcCat, SrcEntry};

/// Common prefix bytes a line can take from the one before (`0x20 + n` stays printable ASCII).
const MAX_SHARED: usize = 0x7E - 0x20;

fn entry_code(e: &SrcEntry, out: &mut String) {
    match e.cat {
        SrcCat::Section(i) => out.push(char::from(b'A' + i)),
        SrcCat::Brand(i) => write!(out, "#{i}").expect("to a String"),
        SrcCat::WeakBrand(i) => write!(out, "~{i}").expect("to a String"),
    }
    if e.left_open {
        out.push('<');
    }
    if e.right_open {
        out.push('>');
    }
    if e.weight != 1.0 {
        let w = format!("{}", e.weight);
        // The engine reads weights with `decimal`: what it reads must be this weight.
        assert_eq!(lexicon_source::decimal(&w), Some(e.weight), "weight {w}");
        write!(out, "={w}").expect("to a String");
    }
}

fn main() {
    // `hangup_size`: the UI's functions (src/ui, run on a click or once per warning) and the
    // once-run lexicon build (inflate, tries) compiled with `#[optimize(size)]`: -1,667 bytes of
    // Wasm, analyse untouched. Unstable, so only where build.sh's Debian rustc-web build allows it
    // (RUSTC_BOOTSTRAP) and only for the Wasm.
    println!("cargo:rustc-check-cfg=cfg(hangup_size)");
    println!("cargo:rerun-if-env-changed=RUSTC_BOOTSTRAP");
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
        && env::var_os("RUSTC_BOOTSTRAP").is_some()
    {
        println!("cargo:rustc-cfg=hangup_size");
    }
    let src = PathBuf::from("src/engine/lexicons");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=src/engine/lexicons");
    for f in ["lexicon_source.rs", "normalize.rs", "compat.rs"] {
        println!("cargo:rerun-if-changed=src/engine/{f}");
    }
    let read = |name: &str| {
        let path = src.join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let lex = lexicon_source::read(read);
    assert!(
        lexicon_source::SECTIONS.len() <= 58,
        "section letters run past 'z'"
    );

    // Front-coded lines cut characters apart: bytes, not text.
    let mut all: Vec<u8> = Vec::new();
    for ((name, domains), sector) in lex.brands.iter().zip(&lex.sectors) {
        assert!(!name.contains(['\t', '\n']), "brand {name}");
        let sector = char::from(*sector);
        all.extend_from_slice(format!("{name}\t{}\t{sector}\n", domains.join(" ")).as_bytes());
    }
    all.push(b'\n');
    let (mut words, mut inner): (Vec<_>, Vec<_>) = lex
        .phrases
        .iter()
        .partition(|(skel, entries)| lexicon_source::at_word_start(skel, entries));
    let mut codes = String::new();
    for list in [&mut words, &mut inner] {
        list.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        let mut prev: &[u8] = &[];
        for (skel, entries) in list.iter() {
            let s = skel.as_bytes();
            assert!(!s.is_empty() && !s.contains(&b'\n'), "phrase {skel:?}");
            assert!(!entries.is_empty(), "phrase {skel} without entries");
            let shared = prev
                .iter()
                .zip(s)
                .take_while(|(a, b)| a == b)
                .count()
                .min(MAX_SHARED);
            all.push(0x20 + shared as u8);
            all.extend_from_slice(&s[shared..]);
            all.push(b'\n');
            for (k, e) in entries.iter().enumerate() {
                if k > 0 {
                    codes.push(',');
                }
                entry_code(e, &mut codes);
            }
            codes.push('\n');
            prev = s;
        }
        all.push(b'\n');
        codes.push('\n');
    }
    all.extend_from_slice(codes.as_bytes());

    // Zopfli's raw deflate (15 iterations, ~1 s in an optimised build script): what the engine's
    // inflate reads (src/engine/inflate.rs), 7 % smaller than miniz's best level. 100 iterations:
    // 10 bytes less (80,015 → 80,005), not worth 4× the time.
    let mut packed = Vec::new();
    zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Deflate,
        all.as_slice(),
        &mut packed,
    )
    .expect("deflate the lexicons");
    fs::write(out.join("lexicons.z"), packed).expect("write packed lexicons");
}
