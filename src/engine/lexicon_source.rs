//! Reads the lexicon files as written (`lexicons/*.txt`) into the merged list of phrase
//! skeletons the engine matches. Run by build.rs, which packs the result (so the service worker
//! does none of it: it was most of its warm-up, docs/BENCHMARKS.md), and by the tests, which
//! check that the packed lexicon is this list.
//!
//! Shared by build.rs (which includes this file, `normalize.rs` and `compat.rs` by path) and the
//! crate's tests: std only, and `super::normalize` in both.

use super::normalize::{is_cjk, pattern_skeleton};

/// The language files, in reading order (a phrase's entries keep the order of first reading).
/// All of them apply to every page: `<html lang>` lies and kits mix languages. `brands` is read
/// apart.
pub const LANGUAGES: &[&str] = &[
    "common", "en", "de", "fr", "es", "it", "pt", "nl", "ja", "pl", "cs", "ru", "tr", "ko", "zh",
    "sv", "da", "nb", "fi", "hu", "ro", "el", "uk", "he", "vi", "id", "ms", "fil", "hi", "th",
    "sw", "lt", "sl", "ar",
];

/// The category sections (`[victim]` …), in the order of `lexicon::CATS`: a phrase's category
/// is packed as its index here.
pub const SECTIONS: &[&str] = &[
    "victim",
    "infection",
    "lock",
    "error",
    "urgency",
    "do_not_close",
    "data_loss",
    "cta",
    "toll_free",
    "support_role",
    "remote_access",
    "payment",
    "awareness",
    "write_up",
    "run_shell",
    "protect",
    "brand_role",
    "compromise",
    "charge",
    "refund",
    "transaction",
    "system",
    "disclaimer",
    "possessive",
    "conditional",
    "conditional_after",
    "conditional_clause",
    "negation",
    "negation_after",
    "run_dialog",
    "paste_step",
    "run_terminal",
    "verify_human",
    "fix_pretext",
    "install_docs",
    "troubleshooting",
    "verdict",
    "ransom",
    "password",
    "speaker",
    "offer",
    "authority",
    "lockout",
    "failure",
    "renewal",
    "retry",
    "narration",
    "self_serve",
    "owed",
    "seed",
    "recover",
    "page_failure",
    "scope",
    "deadline",
    "arrest",
    "release",
    "halt",
    "possible",
];

/// What a phrase is evidence of, as read: a section (index into [`SECTIONS`]) or a brand
/// (index into [`Source::brands`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SrcCat {
    Section(u8),
    Brand(u8),
    WeakBrand(u8),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SrcEntry {
    pub cat: SrcCat,
    pub weight: f32,
    pub left_open: bool,
    pub right_open: bool,
}

/// The lexicon as the engine needs it, in the order of first reading.
#[derive(Debug, Default)]
pub struct Source {
    /// Each distinct skeleton once, with its entries (one per category it was read under).
    pub phrases: Vec<(String, Vec<SrcEntry>)>,
    /// Brand names and the registrable domains they own (lowercase; `name.*` as `name.`).
    pub brands: Vec<(String, Vec<String>)>,
    /// Each brand's sector (`sector` in brands.txt): its first letter, `t` `a` `p`.
    pub sectors: Vec<u8>,
    /// Phrases read per language file.
    pub counts: Vec<(&'static str, usize)>,
}

impl Source {
    fn add(
        &mut self,
        index: &mut std::collections::HashMap<String, usize>,
        raw: &str,
        cat: SrcCat,
        weight: f32,
    ) {
        let raw = raw.trim();
        let left_open = raw.starts_with('*');
        let right_open = raw.ends_with('*') && raw.len() > 1;
        let skel = pattern_skeleton(raw.trim_matches('*'));
        if skel.is_empty() {
            return;
        }
        let entry = SrcEntry {
            cat,
            weight,
            left_open,
            right_open,
        };
        if let Some(&i) = index.get(&skel) {
            // The same phrase in two language files (cognates: "virus", "trojan") is one piece of
            // evidence: merge it (wider matching, higher weight) rather than count it twice.
            let entries = &mut self.phrases[i].1;
            if let Some(same) = entries.iter_mut().find(|e| e.cat == cat) {
                same.left_open |= entry.left_open;
                same.right_open |= entry.right_open;
                same.weight = same.weight.max(entry.weight);
            } else {
                entries.push(entry);
            }
        } else {
            index.insert(skel.clone(), self.phrases.len());
            self.phrases.push((skel, vec![entry]));
        }
    }
}

/// Reads every language file and `brands` (`text(name)` gives a file's text).
pub fn read(text: impl Fn(&str) -> String) -> Source {
    let mut src = Source::default();
    let mut index = std::collections::HashMap::new();
    for lang in LANGUAGES {
        let file = text(lang);
        let mut n = 0;
        let mut cat = None;
        for line in file.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                cat = SECTIONS.iter().position(|s| *s == section);
                continue;
            }
            let Some(cat) = cat else { continue };
            let (phrase, weight) = match line.rsplit_once(" =") {
                Some((p, w)) => (p, decimal(w.trim()).unwrap_or(1.0)),
                None => (line, 1.0),
            };
            src.add(&mut index, phrase, SrcCat::Section(cat as u8), weight);
            n += 1;
        }
        src.counts.push((*lang, n));
    }
    let mut sector = b't';
    for line in text("brands").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
        let rest = rest.trim();
        match key {
            "brand" => {
                src.brands.push((rest.to_string(), Vec::new()));
                src.sectors.push(sector);
            }
            "sector" => sector = rest.bytes().next().unwrap_or(b't'),
            "domains" => {
                if let Some(brand) = src.brands.last_mut() {
                    brand.1 = rest
                        .split_whitespace()
                        .map(|d| d.trim_end_matches('*').to_ascii_lowercase())
                        .collect();
                }
            }
            "alias" | "weak" if !src.brands.is_empty() => {
                let idx = (src.brands.len() - 1).min(u8::MAX as usize) as u8;
                let cat = if key == "alias" {
                    SrcCat::Brand(idx)
                } else {
                    SrcCat::WeakBrand(idx)
                };
                src.add(&mut index, rest, cat, 1.0);
            }
            _ => {}
        }
    }
    src
}

/// Whether a phrase is found only where a word starts (see `Lexicon::find`): it starts with a
/// letter or digit of a script that separates words with spaces and no entry is open at the left.
pub fn at_word_start(skel: &str, entries: &[SrcEntry]) -> bool {
    skel.chars().next().is_some_and(is_wordy) && entries.iter().all(|e| !e.left_open)
}

/// Letters and digits of scripts that separate words with spaces.
pub fn is_wordy(c: char) -> bool {
    // The cheap range test first: Unicode's alphabetic lookup is slow on CJK text.
    !is_cjk(c) && c.is_alphanumeric()
}

/// A phrase weight written `0.5`, `0.75` or `1`: digits over a power of ten, one correctly
/// rounded division, so the same `f32` as `str::parse` (whose float parser was ~4 KB of Wasm).
/// At most 7 digits in all: below 2^24 the digits are exact in an `f32` (no double rounding)
/// and no `u32` overflows.
pub fn decimal(s: &str) -> Option<f32> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.len() + frac.len() == 0 || int.len() + frac.len() > 7 {
        return None;
    }
    let mut n: u32 = 0;
    for c in int.bytes().chain(frac.bytes()) {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(c - b'0');
    }
    Some(n as f32 / 10u32.pow(frac.len() as u32) as f32)
}
