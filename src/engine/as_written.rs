//! Excerpts as the page wrote them. The signals cut their excerpts from the normalised text
//! (lower case, folded, invisibles out) because that is where they matched; a person should
//! read the page's own words back, in its own case ("Your computer is BLOCKED"), so each
//! excerpt is looked up again in the text as written, character by character through the same
//! fold (which also gives the letters the word-level step folds in a language's own words: the
//! Turkish `ı` as `i`, Greek capitals as Greek letters). Other word-level folds (look-alike
//! letters inside words of another script, letter-spaced words) do not map back: those excerpts
//! stay as normalised.

use super::normalize::{fold_char, is_invisible};
use crate::snapshot::Snapshot;
use crate::verdict::{Detail, Reason};

/// Puts each excerpt of `reasons` (and a title quoted as an identity) back into the page's own
/// words where it can be found.
pub fn restore(reasons: &mut [Reason], snap: &Snapshot) {
    let mut slots: Vec<&mut String> = reasons
        .iter_mut()
        .filter_map(|r| match &mut r.detail {
            Detail::Excerpt { text } => Some(text),
            Detail::Identity { title, .. } => Some(title),
            _ => None,
        })
        .collect();
    restore_texts(&mut slots, snap);
}

/// Puts each of `slots` (normalised page text) back into the page's own words where it can be
/// found.
pub fn restore_texts(slots: &mut [&mut String], snap: &Snapshot) {
    let mut sources: Vec<&str> = vec![&snap.title, &snap.text];
    sources.extend(snap.alt_texts.iter().map(String::as_str));
    sources.extend(snap.dialog_texts.iter().map(String::as_str));
    let wanted: Vec<&str> = slots.iter().map(|t| t.as_str()).collect();
    let found = find_all(&sources, &wanted);
    for (slot, w) in slots.iter_mut().zip(found) {
        if let Some(w) = w {
            **slot = w;
        }
    }
}

/// The passage of one of `sources` that folds to `folded` (whitespace runs read as one space),
/// as written: invisible and control characters dropped, whitespace collapsed.
pub fn as_written(sources: &[&str], folded: &str) -> Option<String> {
    find_all(sources, &[folded]).pop().flatten()
}

/// [`as_written`] of each of `folded`, in one pass over the sources (a 64 KB page read once, not
/// once per excerpt): each gets its first passage in source order.
fn find_all(sources: &[&str], folded: &[&str]) -> Vec<Option<String>> {
    let mut out = vec![None; folded.len()];
    // The first character of each excerpt still looked for.
    let mut firsts: Vec<Option<char>> = folded
        .iter()
        .map(|f| f.chars().next().filter(|&c| c != ' '))
        .collect();
    let mut left = firsts.iter().flatten().count();
    // Cheap filter per byte: an ASCII byte that folds to the first char of an excerpt still
    // looked for (either case), or the lead byte of a char outside ASCII (folded to know).
    let ascii_starts = |firsts: &[Option<char>]| {
        let mut t = [false; 256];
        for c in firsts.iter().flatten().filter(|c| c.is_ascii()) {
            t[*c as usize] = true;
            t[c.to_ascii_uppercase() as usize] = true;
        }
        t[0xC0..].fill(true);
        t
    };
    let mut table = ascii_starts(&firsts);
    let (mut fold, mut tmp) = (String::new(), String::new());
    for src in sources {
        let b = src.as_bytes();
        let mut i = 0;
        while i < b.len() && left > 0 {
            match b[i..].iter().position(|&x| table[usize::from(x)]) {
                Some(k) => i += k,
                None => break,
            }
            let x = b[i];
            let len = if x < 0x80 {
                fold.clear();
                fold.push(char::from(x.to_ascii_lowercase()));
                1
            } else {
                let c = src[i..].chars().next().unwrap_or(' ');
                fold.clear();
                fold_char(&mut fold, c);
                c.len_utf8()
            };
            // The passage starts with a character that folds to the excerpt's first.
            let before = left;
            for (k, first) in firsts.iter_mut().enumerate() {
                let Some(f) = *first else { continue };
                if !fold.starts_with(f) {
                    continue;
                }
                // An ASCII letter or digit next folds to itself in lower case: most candidates
                // fail on it, without the general character-by-character match.
                let second = folded[k].as_bytes().get(1);
                if let (true, Some(&n), Some(&w)) = (x < 0x80, b.get(i + 1), second) {
                    if n.is_ascii_alphanumeric() && n.to_ascii_lowercase() != w {
                        continue;
                    }
                }
                if let Some(end) = match_at(src, i, folded[k], &mut tmp) {
                    out[k] = Some(clean(&src[i..end]));
                    *first = None;
                    left -= 1;
                }
            }
            if left != before {
                table = ascii_starts(&firsts);
            }
            i += len;
        }
    }
    out
}

/// The end of the passage of `src` starting at `at` that folds to `folded`, if there is one.
fn match_at(src: &str, at: usize, folded: &str, tmp: &mut String) -> Option<usize> {
    let want = folded.as_bytes();
    let mut j = 0;
    let mut in_space = false;
    for (k, c) in src[at..].char_indices() {
        // ASCII, most of any page: the fold of one byte, without the general path's string.
        if c.is_ascii() {
            let f = match c {
                '\n' | '\r' => b'\n',
                c if c.is_ascii_whitespace() || c.is_ascii_control() => b' ',
                c => c.to_ascii_lowercase() as u8,
            };
            if f == b' ' || f == b'\n' {
                if !space(want, &mut j, &mut in_space) {
                    return None;
                }
                continue;
            }
            in_space = false;
            if want.get(j) != Some(&f) {
                return None;
            }
            j += 1;
            if j == want.len() {
                return Some(at + k + 1);
            }
            continue;
        }
        tmp.clear();
        fold_char(tmp, c);
        if tmp.is_empty() {
            continue; // invisible or a combining mark: nothing in the folded text
        }
        if tmp.chars().all(|x| x == ' ' || x == '\n') {
            if !space(want, &mut j, &mut in_space) {
                return None;
            }
            continue;
        }
        in_space = false;
        if !want[j..].starts_with(tmp.as_bytes()) {
            return None;
        }
        j += tmp.len();
        if j == want.len() {
            return Some(at + k + c.len_utf8());
        }
    }
    None
}

/// A run of spaces in the page's text matches one space in the folded text: true when the space
/// at `j` is there (or this run's space was matched already).
fn space(want: &[u8], j: &mut usize, in_space: &mut bool) -> bool {
    if !*in_space {
        if want.get(*j) != Some(&b' ') {
            return false;
        }
        *j += 1;
        *in_space = true;
    }
    true
}

/// Whitespace collapsed, invisible and control characters out (a page's bidi overrides must not
/// reorder the warning's sentence).
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !is_invisible(c) && !c.is_control() {
            out.push(c);
        }
    }
    super::trim(&out).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::normalize::normalize;

    fn roundtrip(page: &str, from: usize, to: usize) -> Option<String> {
        let base = normalize(page).base;
        as_written(&[page], &base[from..to])
    }

    #[test]
    fn finds_the_page_case_and_accents() {
        let page = "Warning!  Your computer is\nBLOCKED by Microsoft.";
        let base = normalize(page).base;
        let at = base.find("your").expect("normalised text");
        let got = as_written(
            &["title", page],
            &base[at..at + "your computer is blocked".len()],
        );
        assert_eq!(got.as_deref(), Some("Your computer is BLOCKED"));
        let fr = "Votre ordinateur est BLOQUÉ immédiatement";
        let base = normalize(fr).base;
        assert_eq!(
            as_written(&[fr], &base).as_deref(),
            Some("Votre ordinateur est BLOQUÉ immédiatement")
        );
        assert_eq!(
            roundtrip("Ihr PC ist GESPERRT", 0, 6).as_deref(),
            Some("Ihr PC")
        );
    }

    #[test]
    fn a_passage_may_start_outside_ascii() {
        // The first letter is tested per byte; a char outside ASCII is folded to know.
        assert_eq!(
            as_written(&["x Ｙour computer"], "your computer").as_deref(),
            Some("Ｙour computer")
        );
        assert_eq!(
            as_written(&["Zut. État BLOQUÉ"], "etat bloque").as_deref(),
            Some("État BLOQUÉ")
        );
    }

    #[test]
    fn drops_invisibles_and_bidi_controls() {
        let page = "Your com\u{200B}puter is \u{202E}infected";
        let base = normalize(page).base;
        assert_eq!(
            as_written(&[page], &base).as_deref(),
            Some("Your computer is infected")
        );
    }

    #[test]
    fn no_match_gives_none() {
        assert_eq!(as_written(&["nothing here"], "your computer"), None);
        assert_eq!(as_written(&["x"], ""), None);
        // Look-alike letters inside words of another script and letter-spaced words fold at
        // word level only: not mapped back (the caller keeps the normalised excerpt).
        for page in ["Yоur cоmputer", "W i n d o w s"] {
            let base = normalize(page).base;
            assert_eq!(as_written(&[page], &base), None, "{base}");
        }
    }

    #[test]
    fn letters_folded_word_by_word_come_back_as_written() {
        // eval23: Turkish and Azerbaijani quotes read "bloke edildi! alici adres" (the dotless ı
        // is a look-alike of i, folded inside Latin words), not the page's "Alıcı adres"; Greek
        // capitals were read as Latin letters, then given back to their Greek word.
        for page in [
            "Hesabınız bloke edildi! Alıcı adres: Bu işlemi siz yapmadıysanız",
            "Kompüteriniz bloklanıb, virus aşkar edildi",
            "ΠΡΟΣΟΧΗ: Ο ΥΠΟΛΟΓΙΣΤΗΣ ΣΑΣ ΜΠΛΟΚΑΡΙΣΤΗΚΕ", // Greek capitals Η Ν Μ Υ
        ] {
            let base = normalize(page).base;
            assert_ne!(
                base,
                page.to_lowercase(),
                "{page}: no word-level fold to test"
            );
            assert_eq!(as_written(&[page], &base).as_deref(), Some(page), "{base}");
            let tail = base.find(' ').map(|k| &base[k + 1..]).unwrap_or_default();
            let got = as_written(&["x", page], tail).unwrap_or_default();
            assert!(page.ends_with(&got) && !got.is_empty(), "{tail}: {got}");
        }
    }
}
