//! Finds candidate numbers in normalised text: digit runs with separators, not glued to words,
//! not labelled as something else; each is then classified by [`super::plans::classify`].

use super::plans::classify;
use super::Phone;
use crate::engine::trim_end_by;

fn is_sep(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '_')
}

/// Bytes of a separator at `j`: an ASCII one, or a middle dot or bullet between digit groups
/// ("1 • 800 • 555 • 0199"); 0 when none.
fn sep_len(b: &[u8], j: usize) -> usize {
    match b.get(j..) {
        Some([c, ..]) if is_sep(*c as char) => 1,
        Some([0xC2, 0xB7, ..]) => 2,
        Some([0xE2, 0x80, 0xA2, ..]) => 3,
        _ => 0,
    }
}

/// Numbers kept per text: a kit shows one to three numbers; an adversarially dense page with
/// hundreds of copies gains nothing from the later ones (the call-to-action check runs per number).
pub const MAX_PHONES: usize = 64;

/// Finds phone numbers in `text` (the first [`MAX_PHONES`]).
pub fn find_phones(text: &str) -> Vec<Phone> {
    // Digits, separators, `+` and parentheses are ASCII: work on bytes (a non-ASCII byte is
    // never part of a number, and positions next to ASCII bytes are char boundaries).
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // Most bytes can start no number: skip to the next digit, `+` or `(` in one tight loop.
        match b[i..].iter().position(|&x| MAY_START[usize::from(x)]) {
            Some(k) => i += k,
            None => break,
        }
        let c = b[i];
        let starts = c.is_ascii_digit()
            || (c == b'+' && next_digit_within(b, i + 1, 2))
            || (c == b'(' && next_digit_within(b, i + 1, 2));
        if !starts || continuation_of_number(b, i) || after_label(text, i) {
            i += 1;
            continue;
        }
        // Consume digits and separators, at most three separators in a row.
        let mut j = i + 1;
        let mut gap = 0;
        let mut ndigits = usize::from(c.is_ascii_digit());
        let mut alike = 0;
        while j < n {
            let d = b[j];
            if d.is_ascii_digit() {
                gap = 0;
                ndigits += 1;
            } else if gap < 3 && sep_len(b, j) > 1 {
                gap += 1;
                j += sep_len(b, j);
                continue;
            } else if is_sep(d as char) && gap < 3 {
                gap += 1;
            } else if let Some(k) = lookalike_digits(b, j) {
                alike += k - j;
                gap = 0;
                j = k;
                continue;
            } else {
                break;
            }
            j += 1;
        }
        // Trim trailing separators.
        let mut end = j;
        while end > i && !b[end - 1].is_ascii_digit() {
            end -= 1;
        }
        // A parenthesis opened after the number and not closed inside it is a note that follows
        // it ("1-888-555-0142 (24/7)", 「0120-555-321（24時間）」): an area code's closes
        // ("(877) 555-0199", "+44 (0) 808 …"). Cut the number before it.
        let note = b
            .get(i + 1..end)
            .and_then(|r| r.iter().rposition(|&x| x == b'('));
        if let Some(p) = note {
            let p = i + 1 + p;
            if !b[p..end].contains(&b')') {
                end = p;
                while end > i && !b[end - 1].is_ascii_digit() {
                    end -= 1;
                }
                ndigits = b[i..end].iter().filter(|x| x.is_ascii_digit()).count();
            }
        }
        let glued_after = text
            .get(end..)
            .and_then(|r| r.chars().next())
            .is_some_and(|d| d.is_alphanumeric() && !super::super::normalize::is_cjk(d));
        if ndigits + alike >= 7 && ndigits >= 6 && alike <= MAX_LOOKALIKES && !glued_after {
            let raw = text.get(i..end).unwrap_or("");
            // Scores, dice and form guides are written digit by digit too: such a number
            // only counts when the page says to call it.
            let spelled = raw
                .split(|c: char| !c.is_ascii_digit())
                .filter(|g| !g.is_empty());
            let spelled = spelled.clone().count() >= 7 && spelled.into_iter().all(|g| g.len() == 1);
            if spelled && c != b'+' && !call_word_before(text, i) {
                i = j.max(i + 1);
                continue;
            }
            let p = if alike > 0 {
                classify(&as_digits(raw))
            } else {
                classify(raw)
            };
            if let Some(p) = p {
                out.push(Phone { start: i, end, ..p });
                if out.len() >= MAX_PHONES {
                    break;
                }
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// Letters a number can be written with to escape a digit search but not a person's eye
/// ("1-8OO-555-O199", "0I99"): the text is lowercase here.
fn digit_of(c: u8) -> Option<u8> {
    match c {
        b'o' => Some(b'0'),
        b'i' | b'l' => Some(b'1'),
        _ => None,
    }
}

/// Look-alike letters a number may hold, in all ([`digit_of`]).
const MAX_LOOKALIKES: usize = 3;

/// The end of a run of look-alike letters at `j` inside a number: it must follow a digit or a
/// separator, and a real digit must come next, at once or after separators. So a number never
/// ends in one: "1-800-lookup" is a word, and "900 123 456 o 900 …" ("or") or "… 0199 I repeat"
/// keeps its number.
fn lookalike_digits(b: &[u8], j: usize) -> Option<usize> {
    let prev = *b.get(j.wrapping_sub(1))?;
    if !(prev.is_ascii_digit() || is_sep(prev as char)) {
        return None;
    }
    let mut k = j;
    while k < b.len() && digit_of(b[k]).is_some() && k - j < MAX_LOOKALIKES {
        k += 1;
    }
    let mut m = k;
    while m < b.len() && m - k < 3 && is_sep(b[m] as char) {
        m += 1;
    }
    let digit_next = b.get(m).is_some_and(|c| c.is_ascii_digit());
    // A separator on both sides is a word of its own ("0800 123 4567 o 0800 …"): a digit glued
    // to the run on one side at least.
    let glued = prev.is_ascii_digit() || m == k;
    (k > j && digit_next && glued).then_some(k)
}

/// `raw` with its look-alike letters as the digits they pass for.
fn as_digits(raw: &str) -> String {
    raw.bytes()
        .map(|c| digit_of(c).unwrap_or(c) as char)
        .collect()
}

/// Bytes a number may start with: digits, `+` and `(` (see [`find_phones`]).
const MAY_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_digit() || b as u8 == b'+' || b as u8 == b'(';
        b += 1;
    }
    t
};

fn next_digit_within(b: &[u8], from: usize, max: usize) -> bool {
    b.iter()
        .skip(from)
        .take(max)
        .find(|c| **c != b' ' && **c != b'(')
        .is_some_and(|c| c.is_ascii_digit())
}

/// True when the number at `i` is labelled as something else: `ISSN 1563-8340`, `ISBN …`.
fn after_label(text: &str, i: usize) -> bool {
    let before = trim_end_by(&text[..i], |c| c == ' ' || c == ':');
    let tail = before.get(before.len().saturating_sub(4)..).unwrap_or("");
    tail.eq_ignore_ascii_case("issn") || tail.eq_ignore_ascii_case("isbn")
}

/// A call word shortly before `i` ("call:", "tel.", "appelez le", "rufen Sie den Support an:").
fn call_word_before(text: &str, i: usize) -> bool {
    const CALL: &[&str] = &[
        "call", "tel", "phone", "toll", "hotline", "appel", "rufen", "anruf", "llam", "chiam",
        "ligue", "ligar", "bel ", "bellen", "zadzwo", "arayin",
    ];
    // Byte windows, not `str::contains`: its searcher costs kilobytes of Wasm per call site.
    let before = &text.as_bytes()[i.saturating_sub(32)..i];
    CALL.iter().any(|w| {
        before
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// True when position `i` continues a number that started earlier (`1.234`, `12,5`, `v2`), or
/// when the digits are glued to a word (`id12345678`, `0x8007…`): an identifier, not a number.
fn continuation_of_number(b: &[u8], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = b[i - 1];
    if prev.is_ascii_digit() || prev == b'+' || prev == b'_' {
        return true;
    }
    if matches!(prev, b'.' | b',' | b'/' | b':' | b'-' | b'#') && i >= 2 {
        let before = b[i - 2];
        return before.is_ascii_digit() || before.is_ascii_alphabetic();
    }
    prev.is_ascii_alphabetic()
}
