//! Packs the lexicon files (src/engine/lexicons/*.txt) for embedding: comment and blank lines
//! out, then all files deflated (by zopfli) as ONE stream (phrases, brands and words recur across languages:
//! one stream is ~3 KB smaller than one per file). As plain text they were a fifth of the Wasm
//! (docs/BENCHMARKS.md, "Wasm size"). `lexicon.rs` inflates them once, on first use.
//!
//! Layout of the inflated text: each file starts with a line `\u{1}<name>` (name without `.txt`).

use std::{env, fs, path::PathBuf};

fn main() {
    let src = PathBuf::from("src/engine/lexicons");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=src/engine/lexicons");
    let mut paths: Vec<PathBuf> = fs::read_dir(&src)
        .expect("src/engine/lexicons")
        .map(|e| e.expect("lexicon dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut all = String::new();
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).expect("lexicon files are UTF-8");
        let name = path.file_stem().expect("file name").to_string_lossy();
        all.push('\u{1}');
        all.push_str(&name);
        all.push('\n');
        for line in text.lines().map(str::trim) {
            if !line.is_empty() && !line.starts_with('#') {
                all.push_str(line);
                all.push('\n');
            }
        }
    }
    // Zopfli's raw deflate (15 iterations, ~1 s in an optimised build script): what miniz's
    // inflate reads, 7 % smaller than miniz's own best level.
    let mut packed = Vec::new();
    zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Deflate,
        all.as_bytes(),
        &mut packed,
    )
    .expect("deflate the lexicons");
    fs::write(out.join("lexicons.z"), packed).expect("write packed lexicons");
}
