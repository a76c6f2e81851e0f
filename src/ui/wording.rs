//! What the warning and the popup say, from the verdict: reason sentences with what was found
//! (page text quoted in the UI language's own quotation marks, names and numbers as such), and
//! the advice in order of importance. Pure Rust over a [`Lookup`] of localised strings, so it is
//! tested natively; in the extension the lookup is the browser's i18n (`ui::i18n`).

use crate::verdict::Reason;

/// Localised strings by key (the `_locales/*/messages.json` keys).
pub trait Lookup {
    /// The message for `key` with `$1`… substituted by `subs`; empty when there is none.
    fn message(&self, key: &str, subs: &[&str]) -> String;
}

/// The message for `key`, or the key itself when it is missing (visible in tests, never blank).
pub fn text(l: &dyn Lookup, key: &str) -> String {
    with(l, key, &[])
}

/// [`text`] with substitutions.
pub fn with(l: &dyn Lookup, key: &str, subs: &[&str]) -> String {
    let m = l.message(key, subs);
    if m.is_empty() {
        key.to_string()
    } else {
        m
    }
}

/// The UI language as the browser reports it (`en`, `pt_BR`, `ja` …).
pub fn locale(l: &dyn Lookup) -> String {
    l.message("@@ui_locale", &[])
}

/// The advice keys, most important first: do not call; never let anyone in or pay; what to do if
/// it already happened. The first [`KEY_ADVICE`] are on the warning's first screen.
pub const ADVICE: [&str; 6] = [
    "advice1", "advice3", "advice4", "advice2", "advice5", "advice6",
];
/// How many pieces of advice the warning and the popup show before "Why HangUp thinks so".
pub const KEY_ADVICE: usize = 3;

/// The advice, localised, most important first.
pub fn advice(l: &dyn Lookup) -> Vec<String> {
    ADVICE.iter().map(|k| text(l, k)).collect()
}

/// Opening and closing quotation marks of a UI language (`de` „…“, `fr` « … », `ja` 「…」).
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
pub fn quote(excerpt: &str, locale: &str) -> String {
    let (open, close) = quotes(locale);
    // A cut may start right after the previous sentence's full stop: not part of the quote.
    let t = excerpt
        .trim_start_matches(|c: char| c.is_whitespace() || ".,;:!?。、".contains(c))
        .trim_end()
        .trim_end_matches('…')
        .trim_end();
    let ended = t.ends_with(['.', '!', '?', '。', '！', '？']);
    format!("{open}{t}{}{close}", if ended { "" } else { "…" })
}

/// The sentence for one reason, with what was found.
pub fn reason_line(r: &Reason, l: &dyn Lookup, locale: &str) -> String {
    let key = format!("reason_{}", r.id);
    let sentence = match l.message(&key, &[]) {
        m if m.is_empty() => r.text.clone(),
        m => m,
    };
    let d = r.detail.trim();
    if d.is_empty() {
        return sentence;
    }
    match r.id.as_str() {
        // Words of the page around what was found.
        "infection_claim" | "lock_claim" | "urgency" | "do_not_close" | "data_loss_threat"
        | "remote_access_tool" | "payment_demand" => format!("{sentence}: {}", quote(d, locale)),
        // A score is for the engine, not for people.
        "awareness_context" => sentence,
        _ => format!("{sentence} ({d})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdict::Group;
    use std::collections::HashMap;

    struct Map(HashMap<&'static str, &'static str>);
    impl Lookup for Map {
        fn message(&self, key: &str, subs: &[&str]) -> String {
            let mut m = self.0.get(key).copied().unwrap_or("").to_string();
            for (i, s) in subs.iter().enumerate() {
                m = m.replace(&format!("${}", i + 1), s);
            }
            m
        }
    }

    fn reason(id: &str, detail: &str) -> Reason {
        Reason {
            id: id.into(),
            group: Group::Scare,
            weight: 1.0,
            detail: detail.into(),
            text: format!("english {id}"),
        }
    }

    #[test]
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
    fn excerpts_are_quoted_and_scores_are_not() {
        let l = Map(HashMap::from([(
            "reason_infection_claim",
            "It claims your computer is infected",
        )]));
        assert_eq!(
            reason_line(
                &reason("infection_claim", "Your computer is INFECTED"),
                &l,
                "en"
            ),
            "It claims your computer is infected: “Your computer is INFECTED…”"
        );
        let aware = reason_line(&reason("awareness_context", "15.0"), &l, "en");
        assert!(!aware.contains("15"), "{aware}");
        // A missing translation falls back to the engine's English sentence.
        assert_eq!(
            reason_line(&reason("fullscreen", "3"), &l, "en"),
            "english fullscreen (3)"
        );
    }

    #[test]
    fn advice_leads_with_the_three_that_matter_most() {
        let l = Map(HashMap::from([("advice1", "do not call")]));
        let a = advice(&l);
        assert_eq!(a.len(), 6);
        assert_eq!(a[0], "do not call");
        assert_eq!(&ADVICE[..KEY_ADVICE], ["advice1", "advice3", "advice4"]);
    }
}
