//! Phone numbers in normalised text.
//!
//! A small hand-written recogniser instead of the `phonenumber` crate: that crate embeds the whole
//! libphonenumber metadata (hundreds of KB of Wasm) and answers a question the engine does not ask
//! (is this exact number assigned?). The engine only needs "does this look like a number a person
//! is told to dial, and is it toll-free?", tolerating the formats kits print. Each accepted shape
//! is tested below (see docs/DETECTION.md).
//!
//! Input is [`super::normalize::Normalized::base`]: full-width digits are already ASCII (NFKC) and
//! dashes are `-`.

/// One phone number found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// Byte range in the scanned text.
    pub start: usize,
    pub end: usize,
    /// The number as printed (spacing collapsed).
    pub raw: String,
    /// Digits only, with a leading `+` for international numbers (`00` prefix included).
    pub digits: String,
    /// Numbering plan guessed from the shape (`NANP`, `UK`, `JP`, `intl` …).
    pub region: &'static str,
    /// Freephone ranges (800/888 …, 0800, 0120, 1800, 900 …): what scam kits advertise.
    pub toll_free: bool,
}

const NANP_TOLL_FREE: &[&str] = &["800", "833", "844", "855", "866", "877", "888"];

fn is_sep(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/')
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
        while j < n {
            let d = b[j];
            if d.is_ascii_digit() {
                gap = 0;
                ndigits += 1;
            } else if is_sep(d as char) && gap < 3 {
                gap += 1;
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
        let glued_after = text
            .get(end..)
            .and_then(|r| r.chars().next())
            .is_some_and(|d| d.is_alphanumeric() && !super::normalize::is_cjk(d));
        if ndigits >= 7 && !glued_after {
            if let Some(p) = text.get(i..end).and_then(classify) {
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

fn next_digit_within(b: &[u8], from: usize, max: usize) -> bool {
    b.iter()
        .skip(from)
        .take(max)
        .find(|c| **c != b' ' && **c != b'(')
        .is_some_and(|c| c.is_ascii_digit())
}

/// True when the number at `i` is labelled as something else: `ISSN 1563-8340`, `ISBN …`.
fn after_label(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', ':']);
    let tail = before.get(before.len().saturating_sub(4)..).unwrap_or("");
    tail.eq_ignore_ascii_case("issn") || tail.eq_ignore_ascii_case("isbn")
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

/// Decides whether a digit run is a phone number and of which kind.
pub fn classify(raw: &str) -> Option<Phone> {
    let raw_trim = raw.trim();
    let plus = raw_trim.starts_with('+');
    // Digit groups, as printed.
    let mut groups: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in raw_trim.chars() {
        if c.is_ascii_digit() {
            cur.push(c);
        } else if !cur.is_empty() {
            groups.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        groups.push(cur);
    }
    let digits: String = groups.concat();
    let seps: Vec<char> = raw_trim
        .chars()
        .filter(|c| !c.is_ascii_digit() && *c != '+')
        .collect();
    // IP addresses, dates and version numbers.
    let dots = seps.iter().filter(|c| **c == '.').count();
    let slashes = seps.iter().filter(|c| **c == '/').count();
    if dots == 3 && groups.len() == 4 && groups.iter().all(|g| g.len() <= 3) {
        return None;
    }
    if slashes >= 2 {
        return None;
    }
    let display = collapse_spaces(raw_trim);
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    let mk = |digits: String, region: &'static str, toll_free: bool| Phone {
        start: 0,
        end: 0,
        raw: display.clone(),
        digits,
        region,
        toll_free,
    };

    // International: `+CC …` or `00CC …`.
    let intl = if plus {
        Some(digits.clone())
    } else if digits.starts_with("00")
        && !digits.starts_with("000")
        && groups[0].len() <= 5
        && !iban_blocks(&lens)
    {
        Some(digits[2..].to_string())
    } else {
        None
    };
    if let Some(mut d) = intl {
        // Drop a national trunk `(0)` printed after the country code: `+44 (0) 800 …`.
        if let Some(pos) = raw_trim.find("(0)") {
            let before: String = raw_trim[..pos]
                .chars()
                .filter(|c| c.is_ascii_digit())
                .collect();
            let before = before.trim_start_matches("00");
            if before.len() <= 3 && d.len() > before.len() {
                d.remove(before.len());
            }
        }
        if !(8..=15).contains(&d.len()) {
            return None;
        }
        let (region, rest) = country(&d);
        let toll_free = intl_toll_free(region, rest);
        return Some(mk(format!("+{d}"), region, toll_free));
    }

    let len = digits.len();
    // No digit at all (fuzzing found `classify("")` panicking here).
    let &first = digits.as_bytes().first()?;
    // China's 400 (national-rate company hotlines) and 800 numbers: `400-555-0123` would
    // otherwise read as NANP (400 is not a NANP area code), `4008-555-012` as nothing.
    if len == 10 && (digits.starts_with("400") || digits.starts_with("800")) {
        let cn_only = matches!(lens.as_slice(), [3, 4, 3] | [4, 3, 3]);
        let cn_or_nanp = matches!(lens.as_slice(), [10] | [3, 3, 4] | [3, 7]);
        if cn_only || (cn_or_nanp && first == b'4') {
            return Some(mk(digits.clone(), "CN", first == b'8'));
        }
    }
    // NANP: [1-]NXX-NXX-XXXX.
    let nanp_body = if len == 11 && first == b'1' {
        Some(&digits[1..])
    } else if len == 10 {
        Some(&digits[..])
    } else {
        None
    };
    if let Some(body) = nanp_body {
        let b = body.as_bytes();
        let shape_ok = matches!(
            lens.as_slice(),
            [10] | [11] | [3, 3, 4] | [1, 3, 3, 4] | [3, 7] | [1, 10] | [1, 3, 7] | [4, 3, 4]
        );
        if b[0] >= b'2' && b[3] >= b'2' && shape_ok && first != b'0' {
            let tf = NANP_TOLL_FREE.contains(&&body[..3]);
            // `1800 xxx xxxx` with four digits first is also India's toll-free shape.
            let region = if lens.first() == Some(&4) {
                "IN"
            } else {
                "NANP"
            };
            return Some(mk(digits.clone(), region, tf));
        }
    }
    // 1800 / 1300 / 1850 freephone and shared-cost (AU, IE, IN).
    if first == b'1' && (10..=11).contains(&len) {
        let p4 = &digits[..4];
        if matches!(p4, "1800" | "1300" | "1850" | "1890" | "1860") {
            let region = match len {
                11 => "IN",
                _ => "AU/IE",
            };
            return Some(mk(digits.clone(), region, p4 == "1800"));
        }
    }
    // Russia (and Kazakhstan): trunk `8`, then a 3-digit code and 7 digits, printed
    // `8-800-555-01-23`, `8 (495) 555-01-23`, `8 800 555 0123`. The code starts with 3, 4, 8 or 9.
    if len == 11
        && first == b'8'
        && matches!(lens.as_slice(), [1, 3, 3, 2, 2] | [1, 3, 3, 4] | [1, 3, 7])
        && matches!(digits.as_bytes()[1], b'3' | b'4' | b'8' | b'9')
    {
        return Some(mk(digits.clone(), "RU", digits.starts_with("8800")));
    }
    // Trunk-prefix national numbers: UK/IE, DE/AT/CH, FR/BE, NL, IT, JP, AU, IN landlines; also
    // TR `0850 555 01 23`, `0 (212) 555 01 23`, KR/CN `02-555-0123`, `010-5555-0123`,
    // TW `0800-555-123`, SE `020-555 01 23`, `08-555 012 34` and the other trunk-0 plans.
    if first == b'0' && !digits.starts_with("00") && (9..=12).contains(&len) {
        let grouped = groups.len() >= 2 || len >= 10;
        let no_tiny_groups = lens.iter().skip(1).all(|l| *l >= 2);
        if grouped && no_tiny_groups && lens[0] <= 5 {
            let region = national_region(&digits, &lens);
            let tf = national_toll_free(&digits, region);
            return Some(mk(digits.clone(), region, tf));
        }
    }
    // Nine-digit plans without trunk prefix: ES (6/7/8/9…), IT freephone 800/803, PL and CZ
    // (`601 555 012`, `222 555 012`, `800 555 012`, PL landline `22 555 01 23`), HK freephone
    // `800 90 5555`.
    if len == 9 && !round_or_sequence(&groups) {
        let three = matches!(lens.as_slice(), [3, 3, 3] | [3, 2, 2, 2]);
        let es_it = matches!(first, b'6'..=b'9') && (three || lens.as_slice() == [3, 6]);
        let pl_cz = matches!(first, b'2'..=b'5') && lens.as_slice() == [3, 3, 3];
        let pl_landline = first != b'0' && lens.as_slice() == [2, 3, 2, 2];
        let hk_free = digits.starts_with("800") && lens.as_slice() == [3, 2, 4];
        if es_it || pl_cz || pl_landline || hk_free {
            let region = if hk_free {
                "HK"
            } else if pl_landline {
                "PL"
            } else if pl_cz {
                "PL/CZ"
            } else {
                "ES/IT/PL/CZ"
            };
            let tf =
                digits.starts_with("900") || digits.starts_with("800") || digits.starts_with("803");
            return Some(mk(digits.clone(), region, tf));
        }
    }
    // Russia without trunk, code in parentheses: `(495) 555-01-23`, `(800) 555-01-23`. Only with
    // the parentheses: `525-000-12-34` is a Polish tax number (NIP).
    if len == 10
        && raw_trim.starts_with('(')
        && lens.as_slice() == [3, 3, 2, 2]
        && matches!(first, b'3' | b'4' | b'8' | b'9')
    {
        return Some(mk(digits.clone(), "RU", digits.starts_with("800")));
    }
    // China mobile: 1[3-9]x, printed `138 0013 8000` / `138-0013-8000` (never unseparated).
    if len == 11 && first == b'1' && lens.as_slice() == [3, 4, 4] && digits.as_bytes()[1] >= b'3' {
        return Some(mk(digits.clone(), "CN", false));
    }
    // Brazil / Mexico: area code in parentheses, `(11) 5555-0123`, `(11) 95555-0123`,
    // `(55) 5555 0123` (the parentheses are required: `12 2019 2020` is not a number).
    if raw_trim.starts_with('(')
        && matches!(lens.as_slice(), [2, 4, 4] | [2, 5, 4])
        && !groups[0].contains('0')
        && groups[1].as_bytes()[0] >= b'2'
    {
        return Some(mk(digits.clone(), "BR/MX", false));
    }
    // Eight-digit plans without trunk prefix: HK `2555 0123`, SG `6555 0123`,
    // DK `80 55 01 23`, NO `22 55 01 23`, `800 55 012`, and KR service numbers `1588-5550`. Only
    // in their printed grouping, one kind of separator, and not dates, years or round figures.
    if len == 8 && single_separator(&seps) && !round_or_sequence(&groups) {
        let kr = lens.as_slice() == [4, 4] && KR_SERVICE.contains(&&digits[..2]);
        // `2555 0123` with a space only: `1563-8340`-like pairs are ISSNs and product numbers.
        let four_four = lens.as_slice() == [4, 4] && seps.as_slice() == [' '];
        let ok = kr
            || (first >= b'2'
                && (four_four || matches!(lens.as_slice(), [2, 2, 2, 2] | [3, 2, 3])));
        if ok {
            let region = match lens.as_slice() {
                _ if kr => "KR",
                [2, 2, 2, 2] => "DK/NO",
                [3, 2, 3] => "NO",
                _ => "HK/SG/DK",
            };
            return Some(mk(digits.clone(), region, !kr && digits.starts_with("80")));
        }
    }
    // Turkey's 7-digit company numbers: `444 0 555`, `444 05 55`, `444 0555`.
    if len == 7
        && digits.starts_with("444")
        && matches!(lens.as_slice(), [3, 1, 3] | [3, 2, 2] | [3, 4])
    {
        return Some(mk(digits.clone(), "TR", false));
    }
    // India mobile: 10 digits from 6-9, printed 5+5.
    if len == 10 && matches!(first, b'6'..=b'9') && lens.as_slice() == [5, 5] {
        return Some(mk(digits.clone(), "IN", false));
    }
    None
}

/// First two digits of Korean nationwide service numbers (`1588-xxxx`, `1644-xxxx`, `1800-xxxx`).
const KR_SERVICE: &[&str] = &["15", "16", "18"];

/// All separators are the same space or dash (`2555 0123`, `80-55-01-23`), not a mix and not dots.
fn single_separator(seps: &[char]) -> bool {
    seps.first()
        .is_some_and(|s| matches!(s, ' ' | '-') && seps.iter().all(|c| c == s))
}

/// Groups that read as figures rather than a number to dial: all round (`3000 4000`,
/// `200 300 400`), an even progression (`10 20 30 40`, `12 13 14 15`), a range of years or
/// times (`2019 2020`, `1600-1800`), or a thousands-grouped amount (`245 000 000`).
fn round_or_sequence(groups: &[String]) -> bool {
    let vals: Vec<u32> = groups.iter().filter_map(|g| g.parse().ok()).collect();
    if vals.len() != groups.len() || vals.len() < 2 {
        return false;
    }
    if groups.iter().all(|g| g.ends_with("00")) || groups.last().is_some_and(|g| g == "000") {
        return true;
    }
    let same_len = groups.iter().all(|g| g.len() == groups[0].len());
    if same_len && vals.len() >= 3 {
        let step = i64::from(vals[1]) - i64::from(vals[0]);
        if step != 0
            && vals
                .windows(2)
                .all(|w| i64::from(w[1]) - i64::from(w[0]) == step)
        {
            return true;
        }
    }
    if let [a, b] = vals.as_slice() {
        let years = |v: u32| (1900..=2099).contains(&v);
        if groups[0].len() == 4
            && groups[1].len() == 4
            && ((a < b && *b <= 2400) || (years(*a) && years(*b)))
        {
            return true;
        }
    }
    false
}

/// `00` followed by blocks of four digits is an IBAN (`DK50 0040 0440 1162 43`), not a number.
fn iban_blocks(lens: &[usize]) -> bool {
    lens.len() >= 3 && lens[..lens.len() - 1].iter().all(|l| *l == 4)
}

/// Freephone ranges behind a trunk `0`.
fn national_toll_free(d: &str, region: &str) -> bool {
    let len = d.len();
    if ["0800", "0808", "0120"].iter().any(|p| d.starts_with(p)) {
        return true;
    }
    // FR 0801-0805 (10 digits); JP mobiles `080-1234-5678` (11 digits) are not free.
    if len == 10
        && ["0801", "0802", "0803", "0804", "0805"]
            .iter()
            .any(|p| d.starts_with(p))
    {
        return true;
    }
    match region {
        "KR" => d.starts_with("080"),
        "SE" => d.starts_with("020"),
        "HU" => d.starts_with("0680"),
        "MX" => d.starts_with("01800"),
        _ => false,
    }
}

fn national_region(d: &str, lens: &[usize]) -> &'static str {
    let len = d.len();
    if d.starts_with("0120") || d.starts_with("050") || d.starts_with("0570") {
        return "JP";
    }
    // KR/CN `010-5555-0123` (Korean mobile, Beijing), CN `021-5555-0123` … (codes the UK lacks).
    if len == 11 && lens == [3, 4, 4] {
        if d.starts_with("010") {
            return "KR/CN";
        }
        if ["021", "022", "025", "027"]
            .iter()
            .any(|p| d.starts_with(p))
        {
            return "CN";
        }
    }
    // TR: 0 + 3-digit code + 7 digits ending in pairs, `0850 555 01 23`, `0 (212) 555 01 23`.
    if len == 11 && lens.ends_with(&[3, 2, 2]) {
        return "TR";
    }
    if len == 11 && (d.starts_with("090") || d.starts_with("080") || d.starts_with("070")) {
        return "JP";
    }
    // MX (former long-distance prefix) `01 800 555 0123`.
    if len == 12 && lens == [2, 3, 3, 4] && d.starts_with("01800") {
        return "MX";
    }
    // KR Seoul `02-555-0123`, KR freephone `080-555-0123`.
    if len == 9 && lens == [2, 3, 4] && d.starts_with("02") {
        return "KR";
    }
    if len == 10 && lens == [3, 3, 4] && d.starts_with("080") {
        return "KR";
    }
    if len == 10 && lens == [2, 4, 4] {
        if d.starts_with("02") {
            return "AU/KR/TW"; // (02) xxxx xxxx, 02-xxxx-xxxx
        }
        return "JP/AU"; // 03-xxxx-xxxx (JP) and (07) xxxx xxxx (AU) share a shape
    }
    // SE freephone `020-55 01 23`, `020-555 01 23`, `0200-22 22 22` (UK 020 has 11 digits; NL
    // Amsterdam `020 555 1234` is not in pairs).
    if (len == 9 || len == 10)
        && d.starts_with("020")
        && lens.len() >= 3
        && lens[0] >= 3
        && lens.ends_with(&[2, 2])
    {
        return "SE";
    }
    // HU `06 80 555 012` (trunk 06, then the area code).
    if len == 10 && d.starts_with("06") && lens.len() == 4 && lens[..2] == [2, 2] && lens[2] == 3 {
        return "HU";
    }
    // SE `08-555 012 34`, `070-555 01 23`; TW mobile `0912-345-678`.
    if len == 10 && (lens == [2, 3, 3, 2] || lens == [3, 3, 2, 2] || lens == [2, 3, 2, 3]) {
        return "SE";
    }
    if len == 10 && lens == [4, 3, 3] && d.starts_with("09") {
        return "TW";
    }
    if len == 10 && lens == [4, 3, 3] && d.starts_with("0800") {
        return "national"; // TW, FI, ZA, NZ, RO … freephone
    }
    if len == 11
        && (d.starts_with("01")
            || d.starts_with("02")
            || d.starts_with("07")
            || d.starts_with("08"))
    {
        return "UK";
    }
    if len == 10 && lens.iter().all(|l| *l == 2) {
        return "FR/BE";
    }
    if len == 10
        && (d.starts_with("04")
            || d.starts_with("02")
            || d.starts_with("03")
            || d.starts_with("07")
            || d.starts_with("08"))
        && lens.first() == Some(&4)
    {
        return "AU";
    }
    "EU/national"
}

fn country(d: &str) -> (&'static str, &str) {
    const CODES: &[(&str, &str)] = &[
        ("1", "NANP"),
        ("44", "UK"),
        ("353", "IE"),
        ("49", "DE"),
        ("43", "AT"),
        ("41", "CH"),
        ("33", "FR"),
        ("32", "BE"),
        ("34", "ES"),
        ("39", "IT"),
        ("31", "NL"),
        ("351", "PT"),
        ("81", "JP"),
        ("61", "AU"),
        ("91", "IN"),
        ("48", "PL"),
        ("420", "CZ"),
        ("7", "RU"),
        ("90", "TR"),
        ("82", "KR"),
        ("86", "CN"),
        ("886", "TW"),
        ("852", "HK"),
        ("46", "SE"),
        ("45", "DK"),
        ("47", "NO"),
        ("358", "FI"),
        ("30", "GR"),
        ("36", "HU"),
        ("40", "RO"),
        ("55", "BR"),
        ("52", "MX"),
        ("54", "AR"),
        ("27", "ZA"),
        ("64", "NZ"),
        ("65", "SG"),
    ];
    for (cc, region) in CODES.iter().rev() {
        if let Some(rest) = d.strip_prefix(cc) {
            return (region, rest);
        }
    }
    ("intl", d)
}

fn intl_toll_free(region: &str, rest: &str) -> bool {
    match region {
        "NANP" => rest.len() >= 3 && NANP_TOLL_FREE.contains(&&rest[..3]),
        "JP" => rest.starts_with("120") || rest.starts_with("800"),
        "AU" | "IE" | "IN" => rest.starts_with("1800"),
        "ES" => rest.starts_with("900"),
        "IT" => rest.starts_with("800") || rest.starts_with("803"),
        // Freephone is `80…` in KR (080), DK and HU (06-80), `20…` in SE (020, 0200).
        "KR" | "DK" | "HU" => rest.starts_with("80"),
        "SE" => rest.starts_with("20"),
        // 800 only (TR 850 and CN 400 are paid), behind a dropped trunk 0/8 where there is one.
        "PL" | "CZ" | "RU" | "TR" | "CN" | "TW" | "HK" | "NO" | "FI" | "GR" | "RO" | "BR"
        | "MX" | "AR" | "ZA" | "NZ" | "SG" => rest.starts_with("800"),
        _ => rest.starts_with("800") || rest.starts_with("808") || rest.starts_with("805"),
    }
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::normalize::normalize;
    use super::*;

    /// Runs the real pipeline: normalisation then recognition.
    fn phones(text: &str) -> Vec<Phone> {
        find_phones(&normalize(text).base)
    }

    fn one(text: &str) -> Phone {
        let p = phones(text);
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        p.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn nanp_toll_free_formats() {
        for t in [
            "Call 1-888-555-0142 now",
            "call (877) 555-0199",
            "+1 (866) 555 0123",
            "+1-855-555-0100",
            "1.844.555.0100",
            "8005550123 toll free",
            "1 833 555 0101",
        ] {
            let p = one(t);
            assert!(p.toll_free, "{t}: {p:?}");
            assert_eq!(p.region, "NANP", "{t}");
        }
    }

    #[test]
    fn nanp_ordinary() {
        let p = one("Support: (212) 555-0187");
        assert!(!p.toll_free);
        assert_eq!(p.digits, "2125550187");
    }

    #[test]
    fn uk_and_ireland() {
        let p = one("Freephone 0800 555 0123");
        assert!(p.toll_free);
        let p = one("ring 020 7946 0321");
        assert_eq!(p.region, "UK");
        let p = one("+44 (0) 808 157 0000");
        assert_eq!(p.digits, "+448081570000");
        assert!(p.toll_free);
        let p = one("+353 1 555 0123");
        assert_eq!(p.region, "IE");
        let p = one("Callsave 1800 555 123");
        assert!(p.toll_free);
    }

    #[test]
    fn de_at_ch() {
        let p = one("Rufen Sie 0800 555 1234 an");
        assert!(p.toll_free);
        assert!(one("Tel. 030 5557 1234").digits.starts_with("030"));
        assert_eq!(one("+49 30 5557 1234").region, "DE");
        assert_eq!(one("+43 (0) 800 55 51 23").region, "AT");
        assert_eq!(one("+41 44 555 12 34").region, "CH");
        assert_eq!(one("0043 800 555 123").region, "AT");
    }

    #[test]
    fn fr_be() {
        let p = one("Appelez le 01 23 45 67 89");
        assert_eq!(p.region, "FR/BE");
        assert!(one("0805 55 01 23").toll_free);
        assert!(one("+33 8 05 55 01 23").toll_free);
        assert_eq!(one("+32 2 555 01 23").region, "BE");
    }

    #[test]
    fn es_it_nl() {
        let p = one("Llame al 900 555 123");
        assert!(p.toll_free);
        assert!(p.region.starts_with("ES/IT"), "{p:?}");
        assert!(one("numero verde 800 555 123").toll_free);
        assert_eq!(one("+34 912 345 678").region, "ES");
        assert_eq!(one("+39 02 5555 1234").region, "IT");
        assert!(one("bel 0800-555 1234").toll_free);
        assert_eq!(one("+31 20 555 1234").region, "NL");
    }

    #[test]
    fn japan() {
        let p = one("お電話ください 0120-555-123");
        assert!(p.toll_free);
        assert_eq!(p.region, "JP");
        assert_eq!(one("050-5555-1234").region, "JP");
        assert!(one("03-5555-1234").region.contains("JP"));
        assert!(one("0800-555-1234").toll_free);
        // Full-width digits and dash.
        let p = one("フリーダイヤル　０１２０－５５５－１２３");
        assert_eq!(p.digits, "0120555123");
        assert!(one("+81 120 555 123").toll_free);
    }

    #[test]
    fn australia_and_india() {
        assert!(one("1800 555 012").toll_free);
        assert!(one("(02) 5550 1234").region.contains("AU"));
        assert_eq!(one("+61 2 5550 1234").region, "AU");
        let p = one("1800-555-0123");
        assert!(p.toll_free);
        assert_eq!(one("+91 98765 43210").region, "IN");
        assert_eq!(one("98765 43210").region, "IN");
    }

    /// Region and toll-free flag of the single number in `text`.
    fn check(text: &str, region: &str, toll_free: bool) {
        let p = one(text);
        assert_eq!(
            (p.region, p.toll_free),
            (region, toll_free),
            "{text}: {p:?}"
        );
    }

    #[test]
    fn poland_czechia() {
        check("Zadzwoń: 22 555 01 23", "PL", false);
        check("(22) 555-01-23", "PL", false);
        check("infolinia 800 555 012", "ES/IT/PL/CZ", true);
        check("tel. 601 555 012", "ES/IT/PL/CZ", false);
        check("+48 601 555 012", "PL", false);
        check("+48 800 555 012", "PL", true);
        check("0048 22 555 01 23", "PL", false);
        check("Volejte 222 555 012", "PL/CZ", false);
        check("bezplatná linka 800-555-012", "ES/IT/PL/CZ", true);
        check("+420 800 555 012", "CZ", true);
        check("00420 222 555 012", "CZ", false);
    }

    #[test]
    fn russia() {
        for t in [
            "Позвоните 8-800-555-01-23",
            "8 (800) 555-01-23",
            "8 800 555 0123",
            "8-800-5550123",
            "+7 800 555-01-23",
            "+7 (800) 555 01 23",
            "(800) 555-01-23",
        ] {
            let p = one(t);
            assert!(p.toll_free, "{t}: {p:?}");
            assert_eq!(p.region, "RU", "{t}");
        }
        check("8 495 555-01-23", "RU", false);
        check("8 (495) 555-01-23", "RU", false);
        check("(495) 555-01-23", "RU", false);
        check("+7 495 555 01 23", "RU", false);
        assert_eq!(one("8 800 555 01 23").digits, "88005550123");
    }

    #[test]
    fn turkey() {
        check("Arayın: 0850 555 01 23", "TR", false);
        check("0800 555 01 23", "TR", true);
        check("0 (212) 555 01 23", "TR", false);
        check("0532 555 01 23", "TR", false);
        check("+90 850 555 01 23", "TR", false);
        check("+90 800 555 01 23", "TR", true);
        check("+90 (212) 555 01 23", "TR", false);
        check("Çağrı merkezi 444 0 555", "TR", false);
        check("444 05 55", "TR", false);
        check("444 0555", "TR", false);
    }

    #[test]
    fn korea() {
        check("고객센터 02-555-0123", "KR", false);
        check("080-555-0123", "KR", true);
        check("080-123-4567", "KR", true);
        check("02-5555-0123", "AU/KR/TW", false);
        check("010-5555-0123", "KR/CN", false);
        check("고객센터 1588-5550으로 전화", "KR", false);
        check("1577 1234", "KR", false);
        check("1644-0123", "KR", false);
        check("+82 80-555-0123", "KR", true);
        check("+82 2 555 0123", "KR", false);
        check("+82 1588-5550", "KR", false);
    }

    #[test]
    fn china_taiwan_hong_kong() {
        // 400 is national-rate, not free, and not a NANP area code.
        check("客服热线 400-555-0123", "CN", false);
        check("400 555 0123", "CN", false);
        check("4005550123", "CN", false);
        check("4008-555-012", "CN", false);
        check("400-8555-012", "CN", false);
        check("8008-555-012", "CN", true);
        check("800-555-0123", "NANP", true); // same shape in both plans: free either way
        check("电话：010-5555-0123", "KR/CN", false);
        check("021-5555-0123", "CN", false);
        check("138 0013 8000", "CN", false);
        check("138-0013-8000", "CN", false);
        check("+86 400 555 0123", "CN", false);
        check("+86 800 555 0123", "CN", true);
        check("+86 10 5555 0123", "CN", false);
        check("免付費電話 0800-555-123", "national", true);
        check("02-2555-0123", "AU/KR/TW", false);
        check("0912-345-678", "TW", false);
        check("+886 800 555 123", "TW", true);
        check("+886 2 2555 0123", "TW", false);
        check("電話 2555 0123", "HK/SG/DK", false);
        check("免費電話 800 90 5555", "HK", true);
        check("+852 2555 0123", "HK", false);
        check("+852 800 90 5555", "HK", true);
        check("9123 4567", "HK/SG/DK", false);
    }

    #[test]
    fn nordics() {
        check("Ring 020-555 01 23", "SE", true);
        check("020-55 01 23", "SE", true);
        check("0200-22 22 22", "SE", true);
        check("08-555 012 34", "SE", false);
        check("070-555 01 23", "SE", false);
        check("+46 20 555 01 23", "SE", true);
        check("+46 8 555 012 34", "SE", false);
        check("Ring 80 55 01 23", "DK/NO", true);
        check("33 55 01 23", "DK/NO", false);
        check("8055 0123", "HK/SG/DK", true);
        check("+45 80 55 01 23", "DK", true);
        check("+45 33 55 01 23", "DK", false);
        check("Ring 800 55 012", "NO", true);
        check("412 34 567", "NO", false);
        check("22 55 01 23", "DK/NO", false);
        check("+47 800 55 012", "NO", true);
        check("+47 22 55 01 23", "NO", false);
        check("Soita 0800 555 012", "national", true);
        check("+358 800 555 012", "FI", true);
        check("+358 9 555 0123", "FI", false);
    }

    #[test]
    fn other_plans() {
        check("+30 800 11 12345", "GR", true);
        check("+30 210 555 0123", "GR", false);
        check("06 80 555 012", "HU", true);
        check("+36 80 555 012", "HU", true);
        check("+36 1 555 0123", "HU", false);
        check("+40 800 555 012", "RO", true);
        check("Ligue (11) 5555-0123", "BR/MX", false);
        check("(11) 95555-0123", "BR/MX", false);
        check("0800 555 0123", "JP", true); // 11 digits: also JP's 0800 shape
        check("+55 11 95555 0123", "BR", false);
        check("+55 800 555 0123", "BR", true);
        check("Llame al 01 800 555 0123", "MX", true);
        check("(55) 5555 0123", "BR/MX", false);
        check("+52 800 555 0123", "MX", true);
        check("+54 800 555 0123", "AR", true);
        check("+54 11 5555 0123", "AR", false);
        check("+27 800 555 012", "ZA", true);
        check("+27 11 555 0123", "ZA", false);
        check("+64 800 555 012", "NZ", true);
        check("+64 9 555 0123", "NZ", false);
        check("+65 800 555 0123", "SG", true);
        check("+65 6555 0123", "SG", false);
    }

    /// Shapes of the new plans that stay numbers, not phones.
    #[test]
    fn not_phone_numbers_new_plans() {
        for t in [
            // Dates and times.
            "2024 11 25",
            "25 11 2024",
            "dnia 25.11.2024 r.",
            "12 30 45",
            "godz. 12 30 45 67",
            "lata 2019 2020",
            "1600-1800",
            "1588-1600",
            "w latach 1800-1850",
            "2019-2020 season",
            // Plain 8- and 9-digit numbers: identifiers, not phones.
            "zamówienie nr 12345678",
            "REGON 123456785",
            "Order 58291734 shipped",
            "Objednávka 25550123",
            // Amounts grouped in thousands, round figures, counting.
            "Obrót 245 000 000 zł",
            "cena 3000 4000",
            "2500 3000",
            "200 300 400",
            "10 20 30 40",
            "12 13 14 15",
            "123 456 789",
            // Tax numbers and postcodes with house numbers.
            "NIP 525-000-12-34",
            "NIP 525 000 12 34",
            "ul. Długa 12 00-950 Warszawa",
            "Vodičkova 12 110 00 Praha 1",
            "Storgatan 12 123 45 Stockholm",
            "Vesterbrogade 120 1620 København",
            // IBAN fragments.
            "DK50 0040 0440 1162 43",
            "NO93 8601 1117 947",
            "PL61 1090 1014 0000 0712 1981 2874",
            "CZ65 0800 0000 1920 0014 5399",
            "SE45 5000 0000 0583 9825 7466",
            // ISBN, decimals, versions, mixed separators.
            "ISBN 978-83-01-12345-6",
            "ISBN 83 01 12345 6",
            "12.34.56.78",
            "2555.0123",
            "22-55 01 23",
            "80 55-01 23",
            // Seven digits that are not a Turkish 444 number, 8-digit shapes the plans don't use.
            "555 0 123",
            "333 44 55",
            "2555 01 23",
            "12 3456 78",
            "8 123 456 78 90",
            // Unseparated national shapes stay out.
            "88005550123",
            "13800138000",
            "(11) 0555-0123",
            // Labelled identifiers and dashed 8-digit pairs (ISSN, item numbers).
            "ISSN 1563-8340",
            "issn: 1588-5550",
            "ISBN 800 555 012",
            "trimmer #9918-6171 for $13.56",
            "2222-2464",
            "8703-1919",
        ] {
            assert!(phones(t).is_empty(), "{t}: {:?}", phones(t));
        }
    }

    #[test]
    fn french_pairs_starting_020_are_not_swedish() {
        let p = one("02 01 55 01 23");
        assert_eq!((p.region, p.toll_free), ("FR/BE", false));
    }

    #[test]
    fn jp_mobile_is_not_freephone() {
        // 0801-0805 are French freephone (10 digits), not JP mobiles (11 digits).
        let p = one("080-1234-5678");
        assert_eq!(p.region, "JP");
        assert!(!p.toll_free);
        assert!(one("0801 55 01 23").toll_free);
    }

    #[test]
    fn any_plus_number() {
        let p = one("WhatsApp +234 555 123 4567");
        assert_eq!(p.region, "intl");
        assert_eq!(p.digits, "+2345551234567");
    }

    #[test]
    fn not_phone_numbers() {
        for t in [
            "Scanned 51,900 objects, 1,200 threats",
            "192.168.100.200",
            "on 12/05/2024 at 10:30",
            "2019-2024",
            "order 2024-01-05 12",
            "error 0x80070005",
            "id12345678901",
            "price 1.299.000",
            "version 10.0.19045.3693",
            "ISBN 978 3 16 148410 0",
            "1 2 3 4 5 6 7 8 9 10",
        ] {
            assert!(phones(t).is_empty(), "{t}: {:?}", phones(t));
        }
    }

    #[test]
    fn positions_point_into_text() {
        let text = normalize("call 1-888-555-0142 now").base;
        let p = find_phones(&text);
        assert_eq!(&text[p[0].start..p[0].end], "1-888-555-0142");
    }
}
