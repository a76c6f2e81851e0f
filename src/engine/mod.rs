//! The detection engine: normalise the page's text, find signals, score them.
//!
//! ```text
//! Snapshot ──bounded──► signals::collect ─┬─ normalize (NFKC, invisibles, look-alikes, leetspeak)
//!                                          ├─ lexicon   (tries of every language's phrases)
//!                                          ├─ phone     (numbers + call to action)
//!                                          ├─ domain    (registrable domain vs brand)
//!                                          └─ behaviour (lock techniques from the MAIN world)
//!                        score::decide ◄── Evidence
//! ```
//!
//! Native Rust with no browser types; the same code runs in the extension's Wasm and in the
//! `hangup-scan` CLI. docs/DETECTION.md explains every signal and rule.

/// An English sentence for a reason, for the CLI and logs. Compiled out of the extension's Wasm
/// (about 2 KB): the extension words reasons from `_locales` by id.
macro_rules! english {
    ($s:literal) => {
        if cfg!(feature = "cli") {
            $s
        } else {
            ""
        }
    };
}

pub mod as_written;
pub mod clickfix;
pub mod compat;
pub mod domain;
#[cfg(feature = "cli")]
pub mod html;
pub mod inflate;
pub mod lexicon;
pub mod lexicon_source;
pub mod normalize;
pub mod phone;
pub mod score;
pub mod signals;
pub mod sort;
pub mod trie;
pub mod weights;
pub mod words;

#[cfg(test)]
mod tests;

use crate::snapshot::Snapshot;

// Four small string helpers in place of std's generic ones: `chars().count()` (std's counting
// routine, ~1 KB of Wasm), `chars().take(n).collect()` (an `Extend<Take<Chars>>` instance),
// `[String]::join` (`join_generic_copy`) and `iter::repeat_n(' ', n)` (an `Extend<RepeatN>`
// instance). Same results on every valid `str` (tests: `string_helpers_match_std`).

/// The number of chars in `s`: its bytes that do not continue a char.
pub fn chars_in(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// The first `n` chars of `s` (all of it when it has fewer).
pub fn first_chars(s: &str, n: usize) -> &str {
    let mut seen = 0;
    for (i, b) in s.bytes().enumerate() {
        if (b as i8) >= -0x40 {
            if seen == n {
                return &s[..i];
            }
            seen += 1;
        }
    }
    s
}

/// `parts` with `sep` between them.
pub fn join(parts: &[String], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}

/// `bytes` as text, each ill-formed sequence a U+FFFD (`String::from_utf8_lossy(bytes).into_owned()`,
/// whose `Utf8Chunks` decoder is ~1 KB of Wasm): std's `from_utf8`, which the Wasm has anyway,
/// finds where each bad sequence starts and how long it is, the same maximal subparts as std's
/// lossy decoder (tests: `lossy_matches_std`).
#[inline(never)]
pub fn lossy(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let (good, bad) = bytes.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                out.push('\u{FFFD}');
                match e.error_len() {
                    Some(n) => bytes = &bad[n..],
                    None => return out,
                }
            }
        }
    }
}

/// `parts` one after the other (`[&str]::concat`, whose `join_generic_copy` is ~0.4 KB of Wasm).
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

// std's `trim*` and `trim*_matches` are one instance per pattern type (seven in the Wasm, ~2 KB:
// whitespace, a char, two chars, each from the start, the end or both): these walk a
// `fn(char) -> bool` instead, one instance for every pattern. The same slices as std, empty ones
// included (tests: `trim_helpers_match_std`).

/// `s` without the chars at its start that `f` matches (`s.trim_start_matches(f)`).
#[inline(never)]
pub fn trim_start_by(s: &str, f: fn(char) -> bool) -> &str {
    match s.char_indices().find(|&(_, c)| !f(c)) {
        Some((i, _)) => &s[i..],
        None => &s[s.len()..],
    }
}

/// `s` without the chars at its end that `f` matches (`s.trim_end_matches(f)`).
#[inline(never)]
pub fn trim_end_by(s: &str, f: fn(char) -> bool) -> &str {
    match s.char_indices().rev().find(|&(_, c)| !f(c)) {
        Some((i, c)) => &s[..i + c.len_utf8()],
        None => &s[..0],
    }
}

/// `s` without the chars at either end that `f` matches (`s.trim_matches(f)`).
pub fn trim_by(s: &str, f: fn(char) -> bool) -> &str {
    let t = trim_start_by(s, f);
    if t.is_empty() {
        &s[..0]
    } else {
        trim_end_by(t, f)
    }
}

/// The part of `s` after the last char that `f` matches, all of `s` if none
/// (`s.rsplit(f).next().unwrap()`): std's `rsplit` put one `SplitInternal::next_back` in the Wasm
/// for each pattern (three, 1,253 bytes).
#[inline(never)]
pub fn after_last(s: &str, f: fn(char) -> bool) -> &str {
    match s.char_indices().rev().find(|&(_, c)| f(c)) {
        Some((i, c)) => &s[i + c.len_utf8()..],
        None => s,
    }
}

/// `s.trim()`.
pub fn trim(s: &str) -> &str {
    trim_by(s, char::is_whitespace)
}

/// `s.trim_start()`.
pub fn trim_start(s: &str) -> &str {
    trim_start_by(s, char::is_whitespace)
}

/// `s.trim_end()`.
pub fn trim_end(s: &str) -> &str {
    trim_end_by(s, char::is_whitespace)
}

/// Appends `n` spaces.
pub fn push_spaces(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push(' ');
    }
}

// std's search for a `&str` in a `&str` (`contains`, `find`, `match_indices`, `matches`,
// `trim_start_matches`) is its Two-Way searcher, ~2.9 KB of Wasm for a few short needles. These
// walk the bytes: a needle that is valid UTF-8 and not empty can only match where a char starts,
// so the offsets are std's (tests: `search_helpers_match_std`).

/// Calls `f` with the byte offset of each `needle` in `hay`, left to right and not overlapping
/// (`hay.match_indices(needle)`; an empty needle at every char boundary), until it returns true;
/// whether one did.
#[inline(never)]
pub fn any_match(hay: &str, needle: &str, f: &mut dyn FnMut(usize) -> bool) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return (0..=h.len()).any(|i| hay.is_char_boundary(i) && f(i));
    };
    let mut i = 0;
    // The needle's first byte found by a tight loop; the rest compared only there.
    while let Some(k) = h[i..].iter().position(|&b| b == first) {
        let at = i + k;
        if h.len() - at < n.len() {
            break;
        }
        if h[at..at + n.len()] == *n {
            if f(at) {
                return true;
            }
            i = at + n.len();
        } else {
            i = at + 1;
        }
    }
    false
}

/// The offset of the first `needle` in `hay` (`hay.find(needle)`).
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let mut at = None;
    any_match(hay, needle, &mut |i| {
        at = Some(i);
        true
    });
    at
}

/// Whether `needle` is in `hay` (`hay.contains(needle)`).
pub fn has(hay: &str, needle: &str) -> bool {
    any_match(hay, needle, &mut |_| true)
}

/// How many `needle`s `hay` has, not overlapping (`hay.matches(needle).count()`).
pub fn count(hay: &str, needle: &str) -> usize {
    let mut n = 0;
    any_match(hay, needle, &mut |_| {
        n += 1;
        false
    });
    n
}

/// `s` without its leading `p`s (`s.trim_start_matches(p)` for a `&str` `p` that is not empty).
pub fn strip_all<'a>(mut s: &'a str, p: &str) -> &'a str {
    while let Some(rest) = s.strip_prefix(p) {
        s = rest;
    }
    s
}
use crate::verdict::{Detail, Group, Kind, Level, Options, Reason, ReasonId, Verdict};

/// Analyses one snapshot. Never panics; bounded work for any input (the text is cut to
/// [`crate::snapshot::MAX_TEXT_BYTES`]).
///
/// Dialog messages (`alert`/`confirm`/`prompt`) are page text, but the MAIN world that reports
/// them can be forged by the page, so they may only add suspicion: the page is judged without
/// them and with them appended to its text, and the more severe verdict stands (a forged
/// "beware of scammers" dialog cannot damp a real scam).
pub fn analyse(snapshot: &Snapshot, options: &Options) -> Verdict {
    let bounded;
    let snapshot = if snapshot.needs_bounding() {
        bounded = cloned(snapshot).bounded();
        &bounded
    } else {
        snapshot
    };
    let mut verdict = judge_text(snapshot, options);
    if verdict.level == Level::Scam {
        verdict.kind = kind_of(&verdict.reasons);
    }
    // Excerpts were cut from the normalised text; a person reads the page's own words. (Before
    // ClickFix: its command excerpt is defanged on purpose and must stay so.)
    as_written::restore(&mut verdict.reasons, snapshot);
    // ClickFix is judged on its own evidence (the clipboard and the page's run instructions) and
    // picks its own warning; the tech-support reasons stay listed.
    if let Some(mut found) = clickfix::judge(snapshot) {
        // Its run steps and pretext are the page's words too ("Potwierdź, że jesteś
        // człowiekiem", not "jestes człowiekiem"); the command stays defanged.
        for t in found.instructions.iter_mut().chain(found.pretext.as_mut()) {
            as_written::restore_texts(&mut [t], snapshot);
        }
        clickfix::apply(found, &mut verdict);
    }
    verdict
}

/// A copy of the snapshot: one copy of its derived `clone` in the Wasm, not one inlined in each
/// of the two callers (forty-fourth session, Wasm size).
#[inline(never)]
fn cloned(snapshot: &Snapshot) -> Snapshot {
    snapshot.clone()
}

/// The tech-support judgement, with the dialog texts only ever adding suspicion.
fn judge_text(snapshot: &Snapshot, options: &Options) -> Verdict {
    let plain = score::decide(signals::collect(snapshot), options);
    if snapshot.dialog_texts.iter().all(|t| trim(t).is_empty()) {
        return plain;
    }
    // First: a dialog sits on top of the page, and 64 KB of page text must not push it out.
    let mut with = cloned(snapshot);
    with.text = join(&snapshot.dialog_texts, "\n");
    with.text.push('\n');
    with.text.push_str(&snapshot.text);
    let with = score::decide(signals::collect(&with.bounded()), options);
    if (with.level, with.score) > (plain.level, plain.score) {
        with
    } else {
        plain
    }
}

/// Which warning a scam gets, from its reasons (docs/UI.md "The warning"): a system screen makes
/// it the tech-support one; an account or lock claim under an account brand (a bank, a wallet) an
/// account one; a claim about the computer the tech-support one; a charge, a refund one; else the sector of the brand
/// it poses as (brands.txt); with no brand, a claim about an account, or the lock behaviour and
/// codes of the tech-support kits; else a scam of no known kind.
pub fn kind_of(reasons: &[Reason]) -> Kind {
    let has = |id: ReasonId| reasons.iter().any(|r| r.id == id);
    let sector = reasons.iter().find_map(|r| match &r.detail {
        Detail::Brand { brand, .. } => lexicon::lexicon()
            .brands
            .iter()
            .find(|b| b.name == *brand)
            .map(|b| b.sector),
        _ => None,
    });
    if has(ReasonId::SystemScreen) {
        return Kind::TechSupport;
    }
    // A bank or a wallet that says the reader's account is blocked or taken over: an account
    // scam, even where it blames a virus on the device too (twenty-ninth session, eval25's
    // HSBC and MetaMask lures were told as fake virus warnings).
    if sector == Some(b'a') && (has(ReasonId::AccountClaim) || has(ReasonId::LockClaim)) {
        return Kind::Account;
    }
    if has(ReasonId::InfectionClaim) {
        return Kind::TechSupport;
    }
    if has(ReasonId::ChargeClaim) {
        return Kind::Refund;
    }
    match sector {
        Some(b'p') => Kind::Parcel,
        Some(b'a') => Kind::Account,
        Some(_) => Kind::TechSupport,
        None if has(ReasonId::AccountClaim) => Kind::Account,
        None if reasons.iter().any(|r| {
            r.group == Group::Lock || matches!(r.id, ReasonId::ErrorCode | ReasonId::DoNotClose)
        }) =>
        {
            Kind::TechSupport
        }
        None => Kind::Other,
    }
}
