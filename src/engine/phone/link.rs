//! Dialling links (`tel:`, `callto:`): the one place that knows their schemes.

use super::super::domain::percent_decode;
use super::super::normalize::normalize;
use super::{classify, collapse_spaces, Phone, Region};
use crate::engine::{cat, trim, trim_start, trim_start_by};

/// Schemes of links that dial a number. `callto:` is the Skype-era one kits still use.
const DIAL_SCHEMES: [&str; 2] = ["tel:", "callto:"];

/// `href` without its dialling scheme (`tel:`, `callto:`, in any case, and a `//` after it), or
/// `None` when it is not a dialling link. The one place that knows the schemes.
pub fn strip_dial_scheme(href: &str) -> Option<&str> {
    let h = trim(href);
    DIAL_SCHEMES.iter().find_map(|scheme| {
        let n = scheme.len();
        h.get(..n)
            .filter(|p| p.eq_ignore_ascii_case(scheme))
            .map(|_| trim_start_by(&h[n..], |c| c == '/'))
    })
}

/// The number a dialling link calls (an entry of `Snapshot::tel_links`: the content script
/// sends the `href` as written), percent-decoded and normalised; `None` below six digits.
pub fn from_link(link: &str) -> Option<Phone> {
    let target = strip_dial_scheme(link).unwrap_or(trim(link));
    let n = normalize(&percent_decode(target)).base;
    let digits: String = n.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 6 {
        return None;
    }
    Some(classify(&n).unwrap_or(Phone {
        start: 0,
        end: 0,
        raw: collapse_spaces(&n),
        digits: if trim_start(&n).starts_with('+') {
            cat(&["+", &digits])
        } else {
            digits
        },
        region: Region::Link,
        toll_free: false,
    }))
}
