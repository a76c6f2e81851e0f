//! Numbering plans: whether a digit run is a phone number, its region and whether it is a
//! freephone number, from the shapes each country prints.

use super::{collapse_spaces, Phone, Region};
use crate::engine::{cat, find, strip_all};

const NANP_TOLL_FREE: &[&str] = &["800", "833", "844", "855", "866", "877", "888"];

/// Decides whether a digit run is a phone number and of which kind.
pub fn classify(raw: &str) -> Option<Phone> {
    let raw_trim = crate::engine::trim(raw);
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
    // A number written digit by digit ("0 8 0 0   5 5 5   0 1 6 1") is read as one group; a
    // count, a list or a sequence of single digits is not a number.
    if groups.len() >= 7 && groups.iter().all(|g| g.len() == 1) && !round_or_sequence(&groups) {
        // A trunk `0` number needs a short first group (`0800 5550161`); NANP reads one group.
        // Twelve single digits are a score line, not a national number.
        if first_is_zero(&digits) && digits.len() > 11 {
            return None;
        }
        let (head, rest) = digits.split_at(if first_is_zero(&digits) { 4 } else { 0 });
        let mut one = String::from(if plus { "+" } else { "" });
        one.push_str(head);
        one.push(' ');
        one.push_str(rest);
        return classify(&one);
    }
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
    let mk =
        |digits: &str, region: Region, toll_free: bool| phone(&display, digits, region, toll_free);

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
        if let Some(pos) = find(raw_trim, "(0)") {
            let before: String = raw_trim[..pos]
                .chars()
                .filter(|c| c.is_ascii_digit())
                .collect();
            let before = strip_all(&before, "00");
            if before.len() <= 3 && d.len() > before.len() {
                d.remove(before.len());
            }
        }
        if !(8..=15).contains(&d.len()) {
            return None;
        }
        let (region, rest) = country(&d);
        let toll_free = intl_toll_free(region, rest);
        return Some(mk(&cat(&["+", &d]), region, toll_free));
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
            return Some(mk(&digits, Region::Cn, first == b'8'));
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
        // A real exchange starts with 2-9; one starting with 0 (fictional numbers such as
        // `(555) 014-3321`) still counts when the number is printed the way only a US phone
        // number is: the area code in brackets, or `1-` and three groups with one separator.
        let us_printed = match lens.as_slice() {
            [3, 3, 4] => raw_trim.as_bytes().get(..5).is_some_and(|h| {
                h[0] == b'(' && h[1..4].iter().all(u8::is_ascii_digit) && h[4] == b')'
            }),
            [1, 3, 3, 4] => {
                first == b'1' && seps.len() == 3 && seps.iter().all(|c| *c == seps[0] && *c != ' ')
            }
            _ => false,
        };
        // Not an exchange starting with 1: `(555) 123-4567` is the placeholder of every US form.
        let exchange_ok = b[3] >= b'2' || (us_printed && b[3] == b'0');
        if b[0] >= b'2' && exchange_ok && shape_ok && first != b'0' {
            let tf = NANP_TOLL_FREE.contains(&&body[..3]);
            // `1800 xxx xxxx` with four digits first is also India's toll-free shape.
            let region = if lens.first() == Some(&4) {
                Region::In
            } else {
                Region::Nanp
            };
            return Some(mk(&digits, region, tf));
        }
    }
    // 1800 / 1300 / 1850 freephone and shared-cost (AU, IE, IN).
    if first == b'1' && (10..=11).contains(&len) {
        let p4 = &digits[..4];
        if matches!(p4, "1800" | "1300" | "1850" | "1890" | "1860") {
            let region = match len {
                11 => Region::In,
                _ => Region::AuIe,
            };
            return Some(mk(&digits, region, p4 == "1800"));
        }
    }
    // Russia (and Kazakhstan): trunk `8`, then a 3-digit code and 7 digits, printed
    // `8-800-555-01-23`, `8 (495) 555-01-23`, `8 800 555 0123`. The code starts with 3, 4, 8 or 9.
    if len == 11
        && first == b'8'
        && matches!(lens.as_slice(), [1, 3, 3, 2, 2] | [1, 3, 3, 4] | [1, 3, 7])
        && matches!(digits.as_bytes()[1], b'3' | b'4' | b'8' | b'9')
    {
        return Some(mk(&digits, Region::Ru, digits.starts_with("8800")));
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
            return Some(mk(&digits, region, tf));
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
                Region::Hk
            } else if pl_landline {
                Region::Pl
            } else if pl_cz {
                Region::PlCz
            } else {
                Region::EsItPlCz
            };
            let tf =
                digits.starts_with("900") || digits.starts_with("800") || digits.starts_with("803");
            return Some(mk(&digits, region, tf));
        }
    }
    // Russia without trunk, code in parentheses: `(495) 555-01-23`, `(800) 555-01-23`. Only with
    // the parentheses: `525-000-12-34` is a Polish tax number (NIP).
    if len == 10
        && raw_trim.starts_with('(')
        && lens.as_slice() == [3, 3, 2, 2]
        && matches!(first, b'3' | b'4' | b'8' | b'9')
    {
        return Some(mk(&digits, Region::Ru, digits.starts_with("800")));
    }
    // China mobile: 1[3-9]x, printed `138 0013 8000` / `138-0013-8000` (never unseparated).
    if len == 11 && first == b'1' && lens.as_slice() == [3, 4, 4] && digits.as_bytes()[1] >= b'3' {
        return Some(mk(&digits, Region::Cn, false));
    }
    // Brazil / Mexico: area code in parentheses, `(11) 5555-0123`, `(11) 95555-0123`,
    // `(55) 5555 0123` (the parentheses are required: `12 2019 2020` is not a number).
    if raw_trim.starts_with('(')
        && matches!(lens.as_slice(), [2, 4, 4] | [2, 5, 4])
        && !groups[0].bytes().any(|b| b == b'0')
        && groups[1].as_bytes()[0] >= b'2'
    {
        return Some(mk(&digits, Region::BrMx, false));
    }
    // Eight-digit plans without trunk prefix: HK `2555 0123`, SG `6555 0123`,
    // DK `80 55 01 23`, NO `22 55 01 23`, `800 55 012`, and KR service numbers `1588-5550`. Only
    // in their printed grouping, one kind of separator, and not dates, years or round figures.
    if len == 8 && single_separator(&seps) && !round_or_sequence(&groups) {
        let kr = lens.as_slice() == [4, 4] && KR_SERVICE.contains(&&digits[..2]);
        // Hungary's freephone printed without its trunk `06`: `80 555 123`.
        let hu_free = lens.as_slice() == [2, 3, 3] && digits.starts_with("80");
        // `2555 0123` with a space only: `1563-8340`-like pairs are ISSNs and product numbers.
        let four_four = lens.as_slice() == [4, 4] && seps.as_slice() == [' '];
        let ok = kr
            || hu_free
            || (first >= b'2'
                && (four_four || matches!(lens.as_slice(), [2, 2, 2, 2] | [3, 2, 3])));
        if ok {
            let region = match lens.as_slice() {
                _ if kr => Region::Kr,
                _ if hu_free => Region::Hu,
                [2, 2, 2, 2] => Region::DkNo,
                [3, 2, 3] => Region::No,
                _ => Region::HkSgDk,
            };
            return Some(mk(&digits, region, !kr && digits.starts_with("80")));
        }
    }
    // Turkey's 7-digit company numbers: `444 0 555`, `444 05 55`, `444 0555`.
    if len == 7
        && digits.starts_with("444")
        && matches!(lens.as_slice(), [3, 1, 3] | [3, 2, 2] | [3, 4])
    {
        return Some(mk(&digits, Region::Tr, false));
    }
    // India mobile: 10 digits from 6-9, printed 5+5.
    if len == 10 && matches!(first, b'6'..=b'9') && lens.as_slice() == [5, 5] {
        return Some(mk(&digits, Region::In, false));
    }
    None
}

/// A number found (one out-of-line copy: `classify` returns one from thirteen places).
#[inline(never)]
fn phone(raw: &str, digits: &str, region: Region, toll_free: bool) -> Phone {
    Phone {
        start: 0,
        end: 0,
        raw: raw.to_string(),
        digits: digits.to_string(),
        region,
        toll_free,
    }
}

fn first_is_zero(d: &str) -> bool {
    d.len() > 4 && d.starts_with('0') && !d.starts_with("00")
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
fn national_toll_free(d: &str, region: Region) -> bool {
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
        Region::Kr => d.starts_with("080"),
        Region::Se => d.starts_with("020"),
        Region::Hu => d.starts_with("0680"),
        Region::Mx => d.starts_with("01800"),
        _ => false,
    }
}

fn national_region(d: &str, lens: &[usize]) -> Region {
    let len = d.len();
    if d.starts_with("0120") || d.starts_with("050") || d.starts_with("0570") {
        return Region::Jp;
    }
    // KR/CN `010-5555-0123` (Korean mobile, Beijing), CN `021-5555-0123` … (codes the UK lacks).
    if len == 11 && lens == [3, 4, 4] {
        if d.starts_with("010") {
            return Region::KrCn;
        }
        if ["021", "022", "025", "027"]
            .iter()
            .any(|p| d.starts_with(p))
        {
            return Region::Cn;
        }
    }
    // TR: 0 + 3-digit code + 7 digits ending in pairs, `0850 555 01 23`, `0 (212) 555 01 23`.
    if len == 11 && lens.ends_with(&[3, 2, 2]) {
        return Region::Tr;
    }
    if len == 11 && (d.starts_with("090") || d.starts_with("080") || d.starts_with("070")) {
        return Region::Jp;
    }
    // MX (former long-distance prefix) `01 800 555 0123`.
    if len == 12 && lens == [2, 3, 3, 4] && d.starts_with("01800") {
        return Region::Mx;
    }
    // KR Seoul `02-555-0123`, KR freephone `080-555-0123`.
    if len == 9 && lens == [2, 3, 4] && d.starts_with("02") {
        return Region::Kr;
    }
    if len == 10 && lens == [3, 3, 4] && d.starts_with("080") {
        return Region::Kr;
    }
    if len == 10 && lens == [2, 4, 4] {
        if d.starts_with("02") {
            return Region::AuKrTw; // (02) xxxx xxxx, 02-xxxx-xxxx
        }
        return Region::JpAu; // 03-xxxx-xxxx (JP) and (07) xxxx xxxx (AU) share a shape
    }
    // SE freephone `020-55 01 23`, `020-555 01 23`, `0200-22 22 22` (UK 020 has 11 digits; NL
    // Amsterdam `020 555 1234` is not in pairs).
    if (len == 9 || len == 10)
        && d.starts_with("020")
        && lens.len() >= 3
        && lens[0] >= 3
        && lens.ends_with(&[2, 2])
    {
        return Region::Se;
    }
    // HU `06 80 555 012` (trunk 06, then the area code).
    if len == 10 && d.starts_with("06") && lens.len() == 4 && lens[..2] == [2, 2] && lens[2] == 3 {
        return Region::Hu;
    }
    // SE `08-555 012 34`, `070-555 01 23`; TW mobile `0912-345-678`.
    if len == 10 && (lens == [2, 3, 3, 2] || lens == [3, 3, 2, 2] || lens == [2, 3, 2, 3]) {
        return Region::Se;
    }
    if len == 10 && lens == [4, 3, 3] && d.starts_with("09") {
        return Region::Tw;
    }
    if len == 10 && lens == [4, 3, 3] && d.starts_with("0800") {
        return Region::National; // TW, FI, ZA, NZ, RO … freephone
    }
    if len == 11
        && (d.starts_with("01")
            || d.starts_with("02")
            || d.starts_with("07")
            || d.starts_with("08"))
    {
        return Region::Uk;
    }
    if len == 10 && lens.iter().all(|l| *l == 2) {
        return Region::FrBe;
    }
    if len == 10
        && (d.starts_with("04")
            || d.starts_with("02")
            || d.starts_with("03")
            || d.starts_with("07")
            || d.starts_with("08"))
        && lens.first() == Some(&4)
    {
        return Region::Au;
    }
    Region::EuNational
}

fn country(d: &str) -> (Region, &str) {
    const CODES: &[(&str, Region)] = &[
        ("1", Region::Nanp),
        ("44", Region::Uk),
        ("353", Region::Ie),
        ("49", Region::De),
        ("43", Region::At),
        ("41", Region::Ch),
        ("33", Region::Fr),
        ("32", Region::Be),
        ("34", Region::Es),
        ("39", Region::It),
        ("31", Region::Nl),
        ("351", Region::Pt),
        ("81", Region::Jp),
        ("61", Region::Au),
        ("91", Region::In),
        ("48", Region::Pl),
        ("420", Region::Cz),
        ("7", Region::Ru),
        ("90", Region::Tr),
        ("82", Region::Kr),
        ("86", Region::Cn),
        ("886", Region::Tw),
        ("852", Region::Hk),
        ("46", Region::Se),
        ("45", Region::Dk),
        ("47", Region::No),
        ("358", Region::Fi),
        ("30", Region::Gr),
        ("36", Region::Hu),
        ("40", Region::Ro),
        ("55", Region::Br),
        ("52", Region::Mx),
        ("54", Region::Ar),
        ("27", Region::Za),
        ("64", Region::Nz),
        ("65", Region::Sg),
    ];
    for (cc, region) in CODES.iter().rev() {
        if let Some(rest) = d.strip_prefix(cc) {
            return (*region, rest);
        }
    }
    (Region::Intl, d)
}

fn intl_toll_free(region: Region, rest: &str) -> bool {
    match region {
        Region::Nanp => rest.len() >= 3 && NANP_TOLL_FREE.contains(&&rest[..3]),
        Region::Jp => rest.starts_with("120") || rest.starts_with("800"),
        Region::Au | Region::Ie | Region::In => rest.starts_with("1800"),
        Region::Es => rest.starts_with("900"),
        Region::It => rest.starts_with("800") || rest.starts_with("803"),
        // Freephone is `80…` in KR (080), DK and HU (06-80), `20…` in SE (020, 0200).
        Region::Kr | Region::Dk | Region::Hu => rest.starts_with("80"),
        Region::Se => rest.starts_with("20"),
        // 800 only (TR 850 and CN 400 are paid), behind a dropped trunk 0/8 where there is one.
        Region::Pl
        | Region::Cz
        | Region::Ru
        | Region::Tr
        | Region::Cn
        | Region::Tw
        | Region::Hk
        | Region::No
        | Region::Fi
        | Region::Gr
        | Region::Ro
        | Region::Br
        | Region::Mx
        | Region::Ar
        | Region::Za
        | Region::Nz
        | Region::Sg => rest.starts_with("800"),
        _ => rest.starts_with("800") || rest.starts_with("808") || rest.starts_with("805"),
    }
}
