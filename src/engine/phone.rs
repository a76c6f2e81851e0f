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
        if !starts || continuation_of_number(b, i) {
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
    } else if digits.starts_with("00") && !digits.starts_with("000") && groups[0].len() <= 5 {
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
    let first = digits.as_bytes()[0];
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
    // Trunk-prefix national numbers: UK/IE, DE/AT/CH, FR/BE, NL, IT, JP, AU, IN landlines.
    if first == b'0' && !digits.starts_with("00") && (9..=12).contains(&len) {
        let grouped = groups.len() >= 2 || len >= 10;
        let no_tiny_groups = lens.iter().skip(1).all(|l| *l >= 2);
        if grouped && no_tiny_groups && lens[0] <= 5 {
            let region = national_region(&digits, &lens);
            let tf = [
                "0800", "0808", "0805", "0120", "0801", "0802", "0803", "0804",
            ]
            .iter()
            .any(|p| digits.starts_with(p));
            return Some(mk(digits.clone(), region, tf));
        }
    }
    // Nine-digit plans without trunk prefix: ES (6/7/8/9…), IT freephone 800/803.
    if len == 9
        && matches!(first, b'6'..=b'9')
        && matches!(lens.as_slice(), [3, 3, 3] | [3, 2, 2, 2] | [3, 6])
    {
        let tf =
            digits.starts_with("900") || digits.starts_with("800") || digits.starts_with("803");
        return Some(mk(digits.clone(), "ES/IT", tf));
    }
    // India mobile: 10 digits from 6-9, printed 5+5.
    if len == 10 && matches!(first, b'6'..=b'9') && lens.as_slice() == [5, 5] {
        return Some(mk(digits.clone(), "IN", false));
    }
    None
}

fn national_region(d: &str, lens: &[usize]) -> &'static str {
    let len = d.len();
    if d.starts_with("0120") || d.starts_with("050") || d.starts_with("0570") {
        return "JP";
    }
    if len == 11 && (d.starts_with("090") || d.starts_with("080") || d.starts_with("070")) {
        return "JP";
    }
    if len == 10 && lens.first() == Some(&2) && lens.len() == 3 && lens[1] == 4 {
        return "JP/AU"; // 03-xxxx-xxxx (JP) and (02) xxxx xxxx (AU) share a shape
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
        assert_eq!(p.region, "ES/IT");
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
