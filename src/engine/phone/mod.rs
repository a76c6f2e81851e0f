//! Phone numbers in normalised text.
//!
//! A small hand-written recogniser instead of the `phonenumber` crate: that crate embeds the whole
//! libphonenumber metadata (hundreds of KB of Wasm) and answers a question the engine does not ask
//! (is this exact number assigned?). The engine only needs "does this look like a number a person
//! is told to dial, and is it toll-free?", tolerating the formats kits print. Each accepted shape
//! is tested in `tests.rs` (see docs/DETECTION.md).
//!
//! Input is [`super::normalize::Normalized::base`]: full-width digits are already ASCII (NFKC) and
//! dashes are `-`.
//!
//! - [`scanner`]: finds digit runs that may be numbers in text ([`find_phones`]);
//! - [`plans`]: decides whether a run is a number, of which numbering plan, and toll-free ([`classify`]);
//! - [`link`]: the number a `tel:`/`callto:` link dials ([`from_link`]).

mod link;
mod plans;
mod scanner;
#[cfg(test)]
mod tests;

pub use link::{from_link, strip_dial_scheme};
pub use plans::classify;
pub use scanner::{find_phones, MAX_PHONES};

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
    /// Numbering plan guessed from the shape.
    pub region: Region,
    /// Freephone ranges (800/888 …, 0800, 0120, 1800, 900 …): what scam kits advertise.
    pub toll_free: bool,
}

/// The numbering plan a number's shape belongs to. Some national shapes are shared by several
/// plans (`0800 555 0123` is British, Japanese …): those get a variant naming them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// North American Numbering Plan (+1).
    Nanp,
    Uk,
    Ie,
    De,
    At,
    Ch,
    Fr,
    Be,
    Es,
    It,
    Nl,
    Pt,
    Jp,
    Au,
    In,
    Pl,
    Cz,
    Ru,
    Tr,
    Kr,
    Cn,
    Tw,
    Hk,
    Se,
    Dk,
    No,
    Fi,
    Gr,
    Hu,
    Ro,
    Br,
    Mx,
    Ar,
    Za,
    Nz,
    Sg,
    /// `1800 …`, `1300 …` of ten digits.
    AuIe,
    /// Nine digits without a trunk prefix, `900 555 123`, `601 555 012`.
    EsItPlCz,
    /// `222 555 012`.
    PlCz,
    /// Ten digits in pairs, `01 23 45 67 89`.
    FrBe,
    /// `03-5555-1234`, `(07) 5555 1234`.
    JpAu,
    /// `(02) 5555 1234`, `02-5555-1234`.
    AuKrTw,
    /// Eight digits, `2555 0123`.
    HkSgDk,
    /// Eight digits in pairs, `80 55 01 23`.
    DkNo,
    /// `010-5555-0123`.
    KrCn,
    /// `(11) 5555-0123`.
    BrMx,
    /// `0800-555-123`: freephone of several plans (TW, FI, ZA, NZ, RO …).
    National,
    /// Another trunk-0 national number.
    EuNational,
    /// `+` and a country code the table does not list.
    Intl,
    /// From a dialling link, in no shape the plans know.
    Link,
}

pub(crate) fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
