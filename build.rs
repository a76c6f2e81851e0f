//! Packs the lexicon files (src/engine/lexicons/*.txt) for embedding: comment and blank lines
//! out, then deflated. They are data, and as plain text they were a fifth of the Wasm
//! (docs/BENCHMARKS.md, "Wasm size"). `lexicon.rs` inflates them once, on first use.

use std::{env, fs, path::PathBuf};

fn main() {
    let src = PathBuf::from("src/engine/lexicons");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=src/engine/lexicons");
    for entry in fs::read_dir(&src).expect("src/engine/lexicons") {
        let path = entry.expect("lexicon dir entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("lexicon files are UTF-8");
        let kept: String = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .flat_map(|l| [l, "\n"])
            .collect();
        let packed = miniz_oxide::deflate::compress_to_vec(kept.as_bytes(), 10);
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        fs::write(out.join(format!("{name}.z")), packed).expect("write packed lexicon");
    }
}
