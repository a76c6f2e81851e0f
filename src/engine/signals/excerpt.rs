//! Short excerpts of the page for the warning: word-aligned, inside one element.

use crate::engine::{chars_in, first_chars};

/// A letter or digit of a script that separates words with spaces (not CJK/kana, where every
/// character is a word of its own for cutting purposes).
fn wordy(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

/// Longest excerpt, in characters (the popup quotes it in a sentence).
const EXCERPT_MAX: usize = 60;

/// Whether no word goes on across `i` (out of line: `excerpt` asks it in four loops).
#[inline(never)]
fn ends_word(base: &str, i: usize) -> bool {
    let before = base[..i].chars().next_back();
    let after = base[i..].chars().next();
    !(before.is_some_and(wordy) && after.is_some_and(wordy))
}

/// Cuts a short excerpt of `base` around `start..end`: about `pad` bytes of context on each side,
/// never cutting a word in half, whitespace collapsed, at most [`EXCERPT_MAX`] characters.
pub(super) fn excerpt(base: &str, start: usize, end: usize, pad: usize) -> String {
    let floor = |i: usize| super::addressed::floor(base, i);
    let (start, end) = (floor(start), floor(end).max(floor(start)));
    let ends_word = |i: usize| ends_word(base, i);
    // Start: back off `pad` bytes, then forward to the next word start (not past the match).
    let mut s = floor(start.saturating_sub(pad));
    while s < start && !ends_word(s) {
        s += base[s..].chars().next().map_or(1, char::len_utf8);
    }
    // The match itself may begin inside a word (a stem phrase): widen it to the word start.
    let mut s2 = s.min(start);
    while s2 > 0 && !ends_word(s2) {
        s2 = floor(s2 - 1);
    }
    s = s2;
    // End: forward `pad` bytes, then back to a word end (but never inside the match).
    let mut e = floor((end + pad).min(base.len()));
    while e > end && !ends_word(e) {
        e = floor(e - 1);
    }
    while e < base.len() && !ends_word(e) {
        e += base[e..].chars().next().map_or(1, char::len_utf8);
    }
    // Stay inside the element the match is in (texts are joined with line breaks).
    if let Some(i) = base[s..start].rfind('\n') {
        s += i + 1;
    }
    if let Some(i) = base[end..e].find('\n') {
        e = end + i;
    }
    let words: Vec<&str> = base[s..e].split_whitespace().collect();
    let mut out = String::new();
    for w in words {
        let n = chars_in(&out) + usize::from(!out.is_empty()) + chars_in(w);
        if n > EXCERPT_MAX && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if n > EXCERPT_MAX {
            // One long run without spaces (CJK text): cut on a character.
            out.push_str(first_chars(w, EXCERPT_MAX));
            break;
        }
        out.push_str(w);
    }
    out
}
