//! Compatibility folding: the part of Unicode NFKC that matters to the engine, in a few hundred
//! bytes of tables instead of the ~130 KB of the `unicode-normalization` crate's tables (measured in
//! the extension's Wasm, whose budget is 400 KB).
//!
//! Covered, and checked against real NFKC by the tests (`unicode-normalization` is a
//! dev-dependency): full-width ASCII, half-width katakana with voicing marks, combining voicing
//! marks, mathematical alphanumerics (𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭), circled and parenthesised letters and digits,
//! squared letters, superscript and subscript digits, Latin ligatures, letter-like symbols.
//! Diacritics of Latin, Greek and Cyrillic letters are dropped (`é` → `e`), and combining marks
//! removed, which is what NFKC followed by the engine's accent stripping produced.

/// Half-width katakana U+FF66..=U+FF9D and their full-width forms, in order.
const HALF_KANA: &str = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// Base letters of U+00E0..=U+017F after lowercasing (`.` = no canonical decomposition, keep; `đ`
/// has none but folds to d, as Vietnamese written without diacritics spells it).
const LATIN_BASE: &[u8; 160] = b"aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs";

/// Base letters of Latin Extended Additional (U+1E00-U+1EFF), `.` = none: Vietnamese writes
/// its stacked diacritics there precomposed (`ệ`, `ố`, `ự`), and decomposed text must meet them.
const LATIN_EXT_ADDITIONAL_BASE: &[u8; 256] = b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy.s....aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

/// Calls `push` with each char of `s` (one out-of-line copy of the loop for `expand`'s strings).
#[inline(never)]
fn push_all(s: &str, push: &mut dyn FnMut(char)) {
    s.chars().for_each(push)
}

/// Expands `c` to its compatibility form, calling `push` for each resulting char, or returns
/// `false` if `c` is not one of the folded characters.
pub fn expand(c: char, push: &mut dyn FnMut(char)) -> bool {
    let u = c as u32;
    // `n`'s decimal digits (no formatting code: docs/BENCHMARKS.md, "Wasm size").
    let digits = |n: u32, push: &mut dyn FnMut(char)| {
        let mut unit = 1;
        while unit <= n / 10 {
            unit *= 10;
        }
        while unit > 0 {
            push(char::from(b'0' + (n / unit % 10) as u8));
            unit /= 10;
        }
    };
    match u {
        // Full-width ASCII.
        0xFF01..=0xFF5E => push(char::from_u32(u - 0xFEE0).unwrap_or(c)),
        0xFF61 => push('。'),
        0xFF62 => push('「'),
        0xFF63 => push('」'),
        0xFF64 => push('、'),
        0xFF65 => push('・'),
        0xFF66..=0xFF9D => {
            // Not `chars().nth()`: std's `Chars::advance_by` is ~0.5 KB of Wasm.
            let mut kana = HALF_KANA.chars();
            for _ in 0xFF66..u {
                kana.next();
            }
            push(kana.next().unwrap_or(c))
        }
        // Mathematical alphanumerics: 13 alphabets of 52 letters, then 5 sets of 10 digits.
        0x1D400..=0x1D6A3 => {
            let i = ((u - 0x1D400) % 52) as u8;
            push(if i < 26 {
                (b'A' + i) as char
            } else {
                (b'a' + i - 26) as char
            });
        }
        0x1D7CE..=0x1D7FF => push((b'0' + ((u - 0x1D7CE) % 10) as u8) as char),
        // Enclosed alphanumerics.
        0x2460..=0x2473 => digits(u - 0x2460 + 1, push),
        0x2474..=0x2487 => {
            push('(');
            digits(u - 0x2474 + 1, push);
            push(')');
        }
        0x2488..=0x249B => {
            digits(u - 0x2488 + 1, push);
            push('.');
        }
        0x249C..=0x24B5 => {
            push('(');
            push((b'a' + (u - 0x249C) as u8) as char);
            push(')');
        }
        0x24B6..=0x24CF => push((b'A' + (u - 0x24B6) as u8) as char),
        0x24D0..=0x24E9 => push((b'a' + (u - 0x24D0) as u8) as char),
        0x24EA => push('0'),
        0x1F130..=0x1F149 => push((b'A' + (u - 0x1F130) as u8) as char),
        // Superscript and subscript digits.
        0xB9 => push('1'),
        0xB2 => push('2'),
        0xB3 => push('3'),
        0x2070 => push('0'),
        0x2074..=0x2079 => push((b'0' + (u - 0x2070) as u8) as char),
        0x2080..=0x2089 => push((b'0' + (u - 0x2080) as u8) as char),
        // Ligatures.
        0xFB00..=0xFB06 => {
            let s = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"][(u - 0xFB00) as usize];
            push_all(s, push);
        }
        // Letter-like symbols that spell words.
        0x2102 | 0x212D => push('C'),
        0x210A => push('g'),
        0x210B..=0x210D => push('H'),
        0x210E => push('h'),
        0x2110 | 0x2111 => push('I'),
        0x2112 => push('L'),
        0x2113 => push('l'),
        0x2115 => push('N'),
        0x2119 => push('P'),
        0x211A => push('Q'),
        0x211B..=0x211D => push('R'),
        0x2124 | 0x2128 => push('Z'),
        0x212A => push('K'),
        0x212B => push('Å'),
        0x212C => push('B'),
        0x212F | 0x2147 => push('e'),
        0x2130 => push('E'),
        0x2131 => push('F'),
        0x2133 => push('M'),
        0x2134 => push('o'),
        0x2139 => push('i'),
        0x2145 => push('D'),
        0x2146 => push('d'),
        0x2148 => push('i'),
        0x2149 => push('j'),
        0x017F => push('s'),
        0x2071 => push('i'),
        0x207F => push('n'),
        0x207A => push('+'),
        0x207B => push('-'),
        0x207C => push('='),
        0x207D => push('('),
        0x207E => push(')'),
        0xB4 | 0xB8 => {} // spacing accents
        0xB5 => push('μ'),
        0x387 => push('·'),
        0x132 | 0x133 => push_all("ij", push),
        0x13F | 0x140 => push_all("l·", push),
        0x149 => push_all("ʼn", push),
        0x2100 => push_all("a/c", push),
        0x2101 => push_all("a/s", push),
        0x2103 => push_all("°c", push),
        0x2105 => push_all("c/o", push),
        0x2106 => push_all("c/u", push),
        0x2107 => push('ɛ'),
        0x2109 => push_all("°f", push),
        0x210F => push('ħ'),
        0x2116 => push_all("no", push),
        0x2120 => push_all("sm", push),
        0x2121 => push_all("tel", push),
        0x2122 => push_all("tm", push),
        0x213B => push_all("fax", push),
        0x2135..=0x2138 => push(char::from_u32(u - 0x2135 + 0x05D0).unwrap_or(c)),
        0x213C | 0x213F => push('π'),
        0x213D | 0x213E => push('γ'),
        0x2140 => push('∑'),
        _ => return false,
    }
    true
}

/// Combining marks (diacritics written as separate code points): dropped.
pub fn is_combining_mark(c: char) -> bool {
    // U+093C: the Devanagari nukta ("फ़ोन" = "फोन"), often left out in Hindi. U+0591-05C7: Hebrew
    // points and cantillation marks (niqqud), which everyday Hebrew leaves out and a kit can put
    // between letters to break words (review 20). U+064B-065F, U+0670: Arabic short vowels.
    matches!(c as u32, 0x0300..=0x036F | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7 | 0x064B..=0x065F | 0x0670 | 0x093C | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Base letter of a lowercase Latin, Greek or Cyrillic letter with a diacritic (`é` → `e`).
pub fn strip_diacritic(c: char) -> char {
    let u = c as u32;
    match u {
        0xE0..=0x17F => match LATIN_BASE[(u - 0xE0) as usize] {
            b'.' => c,
            b => b as char,
        },
        // Romanian ș ț (comma below; ş ţ with a cedilla are in the table above).
        0x219 => 's',
        0x21B => 't',
        // Arabic alef with hamza or madda: everyday writing leaves the hamza out (police46).
        0x622 | 0x623 | 0x625 => 'ا',
        // Final sigma: a capital Σ lowercases to σ wherever it stands.
        0x3C2 => 'σ',
        // Vietnamese horned o and u.
        0x1A1 => 'o',
        0x1B0 => 'u',
        0x1E00..=0x1EFF => match LATIN_EXT_ADDITIONAL_BASE[(u - 0x1E00) as usize] {
            b'.' => c,
            b => b as char,
        },
        // Devanagari letters with a nukta, precomposed: their base letter (the nukta is dropped).
        0x958..=0x95A => char::from_u32(u - 0x43).unwrap_or(c),
        0x95B => 'ज',
        0x95C => 'ड',
        0x95D => 'ढ',
        0x95E => 'फ',
        0x95F => 'य',
        0x390 | 0x3AF | 0x3CA => 'ι',
        0x3AC => 'α',
        0x3AD => 'ε',
        0x3AE => 'η',
        0x3B0 | 0x3CB | 0x3CD => 'υ',
        0x3CC => 'ο',
        0x3CE => 'ω',
        0x451 | 0x450 => 'е',
        0x457 => 'і',
        0x439 => 'и',
        0x45E => 'у',
        _ => c,
    }
}

/// Voicing mark (dakuten `゙` / handakuten `゚`, combining or half-width) applied to the kana
/// just written: `カ` + `゙` → `ガ`. Returns the composed char, or `None` if it does not compose.
pub fn compose_voicing(prev: char, mark: char) -> Option<char> {
    let handakuten = matches!(mark, '\u{309A}' | '\u{FF9F}');
    let p = prev as u32;
    // Katakana and hiragana share the layout, 0x60 apart.
    let k = if (0x3041..=0x3096).contains(&p) {
        p + 0x60
    } else {
        p
    };
    let offset = if (0x30AB..=0x30C8).contains(&k) && !handakuten {
        // k, s, t rows: every voiceable kana is followed by its voiced form (small tsu excepted).
        let voiceable = [
            0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF,
            0x30C1, 0x30C4, 0x30C6, 0x30C8,
        ];
        voiceable.contains(&k).then_some(1)?
    } else if [0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB].contains(&k) {
        if handakuten {
            2
        } else {
            1
        }
    } else if k == 0x30A6 && !handakuten && p == k {
        return Some('ヴ');
    } else {
        return None;
    };
    char::from_u32(p + offset)
}

/// Whether `c` is a voicing mark that composes with the previous kana.
pub fn is_voicing_mark(c: char) -> bool {
    matches!(c, '\u{3099}' | '\u{309A}' | '\u{FF9E}' | '\u{FF9F}')
}

#[cfg(test)]
mod tests {
    use super::super::normalize::normalize;
    use unicode_normalization::UnicodeNormalization;

    /// Our fold must give what real NFKC gives, for every char it handles.
    #[test]
    fn agrees_with_nfkc_on_every_folded_char() {
        let ranges = [
            0xFF01..=0xFF5E,
            0xFF61..=0xFF9D,
            0x1D400..=0x1D6A3,
            0x1D7CE..=0x1D7FF,
            0x2460..=0x24EA,
            0x1F130..=0x1F149,
            0x2070..=0x2089,
            0xB2..=0xB9,
            0xFB00..=0xFB06,
            0x2100..=0x214F,
            0xC0..=0x17F,
            0x1A0..=0x1A1,
            0x1AF..=0x1B0,
            0x1E00..=0x1E99,
            0x1E9B..=0x1EFF,
            0x386..=0x3CE,
        ];
        let mut checked = 0;
        let mut bad = Vec::new();
        for r in ranges {
            for u in r {
                let Some(c) = char::from_u32(u) else { continue };
                let s = c.to_string();
                // `đ` has no decomposition, yet Vietnamese written without diacritics spells it d.
                if matches!(u, 0x110 | 0x111) {
                    continue;
                }
                let nfkc: String = s.nfkc().collect();
                if nfkc == s && !(0xC0..=0x3CE).contains(&u) && !(0x1E00..=0x1EFF).contains(&u) {
                    continue; // unassigned or not a compatibility char
                }
                // NFKC then strip accents (NFD, drop marks) = what the engine wants.
                let want_src: String = nfkc
                    .nfd()
                    .filter(|c| !super::is_combining_mark(*c))
                    .collect();
                let got = normalize(&s).base;
                let want = normalize(&want_src).base;
                if got != want {
                    bad.push(format!("U+{u:04X} {c}: got {got:?}, NFKC gives {want:?}"));
                }
                checked += 1;
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
        assert!(checked > 500, "{checked}");
    }

    #[test]
    fn halfwidth_kana_compose_voicing() {
        assert_eq!(normalize("ｳｲﾙｽ ｶﾞ ﾊﾟ").base, "ウイルス ガ パ");
        let nfkc: String = "ｶﾞﾊﾟｳﾞ".nfkc().collect();
        assert_eq!(normalize("ｶﾞﾊﾟｳﾞ").base, nfkc);
        // Combining marks after hiragana.
        assert_eq!(normalize("か\u{3099}").base, "が");
    }

    #[test]
    fn math_letters_and_circled_letters_spell_words() {
        assert_eq!(normalize("𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭").base, "microsoft");
        assert_eq!(normalize("ⓥⓘⓡⓤⓢ").base, "virus");
        assert_eq!(normalize("🄲🄰🄻🄻").base, "call");
        assert_eq!(normalize("e\u{301}").base, "e");
    }
}
