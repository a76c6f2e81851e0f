//! What the warning and the popup say, from the verdict: reason sentences with what was found
//! (page text quoted in the UI language's own quotation marks, names and numbers as such), and
//! the advice in order of importance. Pure Rust over a [`Lookup`] of localised strings, so it is
//! tested natively; in the extension the lookup is the browser's i18n (`ui::i18n`).

use crate::engine::{cat, trim, trim_end, trim_end_by, trim_start_by};
use crate::verdict::{Detail, Kind, ReasonId};

/// Localised strings by key (the `_locales/*/messages.json` keys).
pub trait Lookup {
    /// The message for `key` with `$1`… substituted by `subs`; empty when there is none.
    fn message(&self, key: &str, subs: &[&str]) -> String;
}

/// The message for `key`, or the key itself when it is missing (visible in tests, never blank).
#[cfg_attr(hangup_size, optimize(size))]
pub fn text(l: &dyn Lookup, key: &str) -> String {
    with(l, key, &[])
}

/// [`text`] with substitutions.
#[cfg_attr(hangup_size, optimize(size))]
pub fn with(l: &dyn Lookup, key: &str, subs: &[&str]) -> String {
    let m = l.message(key, subs);
    if m.is_empty() {
        key.to_string()
    } else {
        m
    }
}

/// The UI language as the browser reports it (`en`, `pt_BR`, `ja` …).
#[cfg_attr(hangup_size, optimize(size))]
pub fn locale(l: &dyn Lookup) -> String {
    l.message("@@ui_locale", &[])
}

/// The advice keys, most important first: do not call; never let anyone in or pay; what to do if
/// it already happened. The first [`KEY_ADVICE`] are on the warning's first screen.
pub const ADVICE: [&str; 7] = [
    "advice1", "advice3", "advice4", "advice7", "advice2", "advice5", "advice6",
];
/// How many pieces of advice the warning and the popup show before "Why HangUp thinks so".
pub const KEY_ADVICE: usize = 3;

/// The advice for a ClickFix warning, most important first: never paste; if it was run.
pub const CLICKFIX_ADVICE: [&str; 5] = [
    "clickfixAdvice1",
    "clickfixAdvice2",
    "clickfixAdvice3",
    "clickfixAdvice4",
    "clickfixAdvice5",
];

/// The advice for the scams that are not about the computer (an account, a parcel, a charge):
/// do not call or pay; the real company never asks for passwords, codes, card details or remote
/// access; if you paid; hang up; check through the official website or app; if you let someone
/// in; report it.
pub const LURE_ADVICE: [&str; 7] = [
    "lureAdvice1",
    "lureAdvice2",
    "advice7",
    "lureAdvice3",
    "lureAdvice4",
    "advice4",
    "lureAdvice5",
];

/// The advice for a warning of `kind`, localised, most important first.
#[cfg_attr(hangup_size, optimize(size))]
pub fn advice(l: &dyn Lookup, kind: Kind) -> Vec<String> {
    let keys: &[&str] = match kind {
        Kind::Clickfix => &CLICKFIX_ADVICE,
        Kind::TechSupport => &ADVICE,
        _ => &LURE_ADVICE,
    };
    keys.iter().map(|k| text(l, k)).collect()
}

/// The headline's key for a warning of `kind` (extension/common/protocol.js `HEADLINES` holds
/// the same, for the cover painted before the view).
#[cfg_attr(hangup_size, optimize(size))]
pub fn headline_key(kind: Kind) -> &'static str {
    match kind {
        Kind::TechSupport => "overlayHeadline",
        Kind::Clickfix => "clickfixHeadline",
        Kind::Account => "accountHeadline",
        Kind::Parcel => "parcelHeadline",
        Kind::Refund => "refundHeadline",
        Kind::Other => "otherHeadline",
    }
}

/// The summary under the headline of a (not ClickFix) warning of `kind`, naming `brand`, the
/// company the page poses as, where the engine knows it (today's Microsoft text for Microsoft
/// or no brand on a fake virus warning).
#[cfg_attr(hangup_size, optimize(size))]
pub fn summary(l: &dyn Lookup, kind: Kind, brand: Option<&str>) -> String {
    let key = match kind {
        Kind::Account => "account",
        Kind::Parcel => "parcel",
        Kind::Refund => "refund",
        Kind::Other => "other",
        _ => "overlay",
    };
    match brand {
        Some(b) if !(kind == Kind::TechSupport && b == "Microsoft") => {
            with(l, &cat(&[key, "SummaryBrand"]), &[b])
        }
        _ => text(l, &cat(&[key, "Summary"])),
    }
}

/// Opening and closing quotation marks of a UI language (`de` „…“, `fr` « … », `ja` 「…」).
#[cfg_attr(hangup_size, optimize(size))]
pub fn quotes(locale: &str) -> (&'static str, &'static str) {
    let lower = locale.to_ascii_lowercase().replace('-', "_");
    let lang = lower.split('_').next().unwrap_or("");
    match (lang, lower.as_str()) {
        ("pt", "pt_br") => ("“", "”"),
        ("zh", "zh_tw" | "zh_hk") => ("「", "」"),
        ("de" | "cs" | "sk" | "lt", _) => ("„", "“"),
        ("pl" | "ro" | "hu" | "hr", _) => ("„", "”"),
        // French sets its guillemets off with a narrow no-break space.
        ("fr", _) => ("«\u{202F}", "\u{202F}»"),
        ("es" | "it" | "pt" | "ru" | "uk" | "nb" | "no" | "ca" | "el", _) => ("«", "»"),
        ("da", _) => ("»", "«"),
        ("sv" | "fi", _) => ("”", "”"),
        ("ja", _) => ("「", "」"),
        _ => ("“", "”"),
    }
}

/// Page text quoted in the UI language's marks, with an ellipsis where the engine cut it
/// (none after a full stop: the sentence ended there).
#[cfg_attr(hangup_size, optimize(size))]
pub fn quote(excerpt: &str, locale: &str) -> String {
    let (open, close) = quotes(locale);
    // A cut may start right after the previous sentence's full stop: not part of the quote.
    let t = trim_start_by(excerpt, |c| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '。' | '、')
    });
    let t = trim_end(trim_end_by(trim_end(t), |c| c == '…'));
    let ended = t.ends_with(['.', '!', '?', '。', '！', '？']);
    cat(&[open, t, if ended { "" } else { "…" }, close])
}

/// The sentence for one reason, with what was found, worded by the detail's kind: page text is
/// quoted; names, hosts, numbers and counts are added as they are; the awareness score and the
/// cursor kind are for the engine, not for people. No detail (a kind the view does not know):
/// the sentence alone.
#[cfg_attr(hangup_size, optimize(size))]
pub fn reason_line(id: ReasonId, detail: Option<&Detail>, l: &dyn Lookup, locale: &str) -> String {
    let sentence = text(l, &cat(&["reason_", id.as_str()]));
    let Some(detail) = detail else {
        return sentence;
    };
    let sum = |n: &[u32]| decimal(n.iter().map(|&x| u64::from(x)).sum::<u64>());
    let found = match detail {
        Detail::Excerpt { text } if !trim(text).is_empty() => {
            return cat(&[&sentence, ": ", &quote(text, locale)]);
        }
        Detail::Identity { title, host } => cat(&[&quote(title, locale), " · ", or_unknown(host)]),
        Detail::Code { code } => code.clone(),
        Detail::Brand { brand, host } => cat(&[brand, " · ", or_unknown(host)]),
        Detail::Phones { numbers } => crate::engine::join(numbers, ", "),
        Detail::Count { count } => decimal(u64::from(*count)),
        Detail::InputLock { keyboard, pointer } => sum(&[*keyboard, *pointer]),
        Detail::Audio {
            media,
            audio,
            speech,
        } => sum(&[*media, *audio, *speech]),
        Detail::InputCapture { keys, menu } => sum(&[*keys, *menu]),
        Detail::Popups {
            windows,
            notifications,
        } => sum(&[*windows, *notifications]),
        Detail::Excerpt { .. } | Detail::Cursor { .. } | Detail::Score { .. } => String::new(),
    };
    if trim(&found).is_empty() {
        sentence
    } else {
        cat(&[&sentence, " (", &found, ")"])
    }
}

/// `n` in decimal digits, as `n.to_string()` writes it (without the formatting machinery, which
/// nothing else in the Wasm needs: docs/BENCHMARKS.md, "Wasm size").
#[cfg_attr(hangup_size, optimize(size))]
pub fn decimal(mut n: u64) -> String {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[i..].iter().map(|&d| char::from(d)).collect()
}

#[cfg_attr(hangup_size, optimize(size))]
fn or_unknown(host: &str) -> &str {
    if host.is_empty() {
        "?"
    } else {
        host
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::Snapshot;
    use crate::verdict::Options;
    use std::collections::HashMap;

    /// English from `_locales/en/messages.json`, as the browser's i18n would give it.
    struct English(HashMap<String, String>);
    impl English {
        #[cfg_attr(hangup_size, optimize(size))]
        fn load() -> Self {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/extension/_locales/en/messages.json"
            );
            let raw = std::fs::read_to_string(path).expect("en messages");
            let json: serde_json::Value = serde_json::from_str(&raw).expect("en messages json");
            let map = json
                .as_object()
                .expect("an object")
                .iter()
                .filter_map(|(k, v)| {
                    let mut m = v["message"].as_str()?.to_string();
                    // Named placeholders (`$BRAND$`) stand for their content (`$1`), as in the browser.
                    for (name, p) in v["placeholders"].as_object().into_iter().flatten() {
                        let content = p["content"].as_str().unwrap_or_default();
                        m = m.replace(&format!("${}$", name.to_uppercase()), content);
                    }
                    Some((k.clone(), m))
                })
                .collect();
            English(map)
        }
        #[cfg_attr(hangup_size, optimize(size))]
        fn get(&self, key: &str) -> &str {
            self.0.get(key).map(String::as_str).unwrap_or("")
        }
    }
    impl Lookup for English {
        #[cfg_attr(hangup_size, optimize(size))]
        fn message(&self, key: &str, subs: &[&str]) -> String {
            let mut m = self.get(key).to_string();
            for (i, s) in subs.iter().enumerate() {
                m = m.replace(&format!("${}", i + 1), s);
            }
            m
        }
    }

    #[cfg_attr(hangup_size, optimize(size))]
    fn worded(text: &str, url: &str, f: impl FnOnce(&mut Snapshot)) -> HashMap<ReasonId, String> {
        let en = English::load();
        let mut snap = Snapshot {
            url: url.into(),
            text: text.into(),
            ..Default::default()
        };
        f(&mut snap);
        let v = crate::engine::analyse(&snap, &Options::default());
        v.reasons
            .iter()
            .map(|r| (r.id, reason_line(r.id, Some(&r.detail), &en, "en")))
            .collect()
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn each_language_quotes_with_its_own_marks() {
        assert_eq!(quote("Your PC is BLOCKED", "en"), "“Your PC is BLOCKED…”");
        assert_eq!(quote("Ihr PC ist gesperrt", "de"), "„Ihr PC ist gesperrt…“");
        assert_eq!(
            quote("Votre PC est bloqué", "fr"),
            "«\u{202F}Votre PC est bloqué…\u{202F}»"
        );
        assert_eq!(quote("PCがロック", "ja"), "「PCがロック…」");
        assert_eq!(quote("bloqueado", "pt_BR"), "“bloqueado…”");
        assert_eq!(quote("bloqueado", "pt"), "«bloqueado…»");
        assert_eq!(quote("bloqueado ", "es"), "«bloqueado…»");
        assert_eq!(quote("geblokkeerd…", "nl"), "“geblokkeerd…”");
        assert_eq!(quote("Access was blocked.", "en"), "“Access was blocked.”");
        assert_eq!(quote(". Auf Ihrem PC", "de"), "„Auf Ihrem PC…“");
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn a_page_about_scams_is_not_quoted_its_score() {
        // Invented news-style text: describes the scam in the third person.
        let w = worded(
            "Beware of tech support scams. Scammers show a fake warning that says your computer is \
             infected with a virus and that you must call a toll-free number. This is a scam and a \
             fraud: Microsoft never asks you to call. Report the scammers to the police.",
            "https://news.example/scams",
            |_| {},
        );
        let en = English::load();
        let aware = &w[&ReasonId::AwarenessContext];
        assert_eq!(aware, en.get("reason_awareness_context"));
        assert!(!aware.contains(['“', '”']) && !aware.chars().any(|c| c.is_ascii_digit()));
        let claim = &w[&ReasonId::InfectionClaim];
        assert!(
            claim.contains(": “") && claim.contains("your computer is"),
            "{claim}"
        );
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn a_scam_page_quotes_page_text_and_names_the_rest() {
        let en = English::load();
        let w = worded(
            "Windows Defender Security Center\nYour computer has been BLOCKED: Trojan spyware detected.\n\
             Error 0x80070424\nCall Microsoft Support now, toll free: +1 (888) 555-0134",
            "https://pc-alert-4471.azurewebsites.net/",
            |s| {
                s.tel_links = vec!["callto:+18885550135".into()];
                s.behaviour.fullscreen = 2;
            },
        );
        // As the page wrote it (BLOCKED), in English quotation marks.
        assert!(
            w[&ReasonId::LockClaim].contains("Your computer has been BLOCKED")
                && w[&ReasonId::LockClaim].contains(": “"),
            "{}",
            w[&ReasonId::LockClaim]
        );
        assert_eq!(
            w[&ReasonId::BrandImpersonation],
            format!(
                "{} (Microsoft · pc-alert-4471.azurewebsites.net)",
                en.get("reason_brand_impersonation")
            )
        );
        assert_eq!(
            w[&ReasonId::PhoneCallToAction],
            format!(
                "{} (+1 (888) 555-0134, +18885550135)",
                en.get("reason_phone_call_to_action")
            )
        );
        assert_eq!(
            w[&ReasonId::Fullscreen],
            format!("{} (2)", en.get("reason_fullscreen"))
        );
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn an_empty_excerpt_or_a_score_shows_the_sentence_alone() {
        let en = English::load();
        let r = |detail: Detail| reason_line(ReasonId::Urgency, Some(&detail), &en, "en");
        let plain = en.get("reason_urgency");
        assert_eq!(r(Detail::Excerpt { text: " ".into() }), plain);
        assert_eq!(r(Detail::Score { score: 15.0 }), plain);
        assert_eq!(r(Detail::Cursor { hidden: true }), plain);
        // A detail of a kind the view does not know (a newer engine): the sentence alone.
        assert_eq!(reason_line(ReasonId::Urgency, None, &en, "en"), plain);
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn each_kind_has_its_headline_summary_and_advice() {
        let en = English::load();
        for kind in [Kind::Account, Kind::Parcel, Kind::Refund, Kind::Other] {
            let head = en.get(headline_key(kind));
            assert!(
                !head.is_empty() && !head.contains("virus"),
                "{kind:?}: {head}"
            );
            // The brand the page poses as is named, else a company in general.
            let named = summary(&en, kind, Some("DHL"));
            assert!(named.contains("not from DHL"), "{kind:?}: {named}");
            let plain = summary(&en, kind, None);
            assert!(
                !plain.contains('$') && !plain.contains("Microsoft"),
                "{plain}"
            );
            let a = advice(&en, kind);
            assert_eq!(a[0], en.get("lureAdvice1"));
            assert!(
                a.iter().all(|x| !x.contains("Microsoft")),
                "{kind:?}: {a:?}"
            );
        }
        // The fake virus warning keeps its words for Microsoft (or no brand) and names another,
        // without giving it Microsoft's promise never to call (a bank's fraud team does call:
        // review 24 H9).
        let ms = summary(&en, Kind::TechSupport, Some("Microsoft"));
        assert_eq!(ms, en.get("overlaySummary"));
        assert_eq!(summary(&en, Kind::TechSupport, None), ms);
        let bank = summary(&en, Kind::TechSupport, Some("Wells Fargo"));
        assert!(
            bank.contains("not from Wells Fargo:") && !bank.contains("Wells Fargo does not call"),
            "{bank}"
        );
        assert_eq!(headline_key(Kind::TechSupport), "overlayHeadline");
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn advice_leads_with_the_three_that_matter_most() {
        let en = English::load();
        let a = advice(&en, Kind::TechSupport);
        assert_eq!(a.len(), 7);
        assert_eq!(a[0], en.get("advice1"));
        assert_eq!(&ADVICE[..KEY_ADVICE], ["advice1", "advice3", "advice4"]);
        let c = advice(&en, Kind::Clickfix);
        assert_eq!(c[0], en.get("clickfixAdvice1"));
        assert_eq!(c.len(), CLICKFIX_ADVICE.len());
    }
}
