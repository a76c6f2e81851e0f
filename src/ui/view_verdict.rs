//! The verdict as the views read it: the engine's wire form (src/verdict.rs, serialised by serde)
//! read back field by field without serde's derived `Deserialize`, which cost more Wasm than the
//! whole view (docs/BENCHMARKS.md, "Wasm size"). The reading is generic over [`Wire`], so the
//! same code that reads JS objects in the extension (`model::Obj`) is checked natively against
//! serde's own output for every `Detail` kind: the field names here are a second spelling of the
//! wire names, and the round-trip test below is what keeps the two equal.
//!
//! The verdict is the engine's: a value of the wrong type reads as empty, a detail of a kind the
//! view does not know as no detail, a reason id it does not know is skipped.

use crate::verdict::{Detail, Kind, Level, ReasonId};

/// A wire object the view reads fields from (a JS object in the extension, JSON in tests).
pub trait Wire: Sized {
    /// The string field `k`, or empty.
    fn str(&self, k: &str) -> String;
    /// The number field `k`.
    fn num(&self, k: &str) -> Option<f64>;
    /// The boolean field `k`, or false.
    fn bool(&self, k: &str) -> bool;
    /// The objects in the list field `k` (other elements skipped).
    fn objs(&self, k: &str) -> Vec<Self>;
    /// The object field `k`.
    fn obj(&self, k: &str) -> Option<Self>;
    /// The strings in the list field `k` (other elements skipped).
    fn strs(&self, k: &str) -> Vec<String>;

    /// A count: a finite number ≥ 0, else 0.
    #[cfg_attr(hangup_size, optimize(size))]
    fn count(&self, k: &str) -> u32 {
        match self.num(k) {
            Some(n) if n.is_finite() && n >= 0.0 => n.min(f64::from(u32::MAX)) as u32,
            _ => 0,
        }
    }
}

/// One reason as the view words it.
#[derive(Debug, PartialEq)]
pub struct ViewReason {
    pub id: ReasonId,
    /// `None` for a detail of a kind the view does not know: the sentence shows alone.
    pub detail: Option<Detail>,
}

/// The parts of a verdict the views show.
#[derive(Debug, PartialEq)]
pub struct ViewVerdict {
    pub level: Level,
    pub kind: Kind,
    /// ClickFix: the command the page copied, defanged and cut short by the engine.
    pub command: Option<String>,
    pub phones: Vec<String>,
    pub reasons: Vec<ViewReason>,
}

impl ViewVerdict {
    /// The verdict in `o`; `None` when its level is unknown.
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn from_wire<W: Wire>(o: &W) -> Option<ViewVerdict> {
        let level = match o.str("level").as_str() {
            "safe" => Level::Safe,
            "suspicious" => Level::Suspicious,
            "scam" => Level::Scam,
            _ => return None,
        };
        let kind = match o.str("kind").as_str() {
            "clickfix" => Kind::Clickfix,
            "account" => Kind::Account,
            "parcel" => Kind::Parcel,
            "refund" => Kind::Refund,
            "other" => Kind::Other,
            _ => Kind::TechSupport,
        };
        let reasons = o
            .objs("reasons")
            .iter()
            .filter_map(|r| {
                let wire = r.str("id");
                let id = *ReasonId::ALL.iter().find(|id| id.as_str() == wire)?;
                let detail = r.obj("detail").and_then(|d| detail(&d));
                Some(ViewReason { id, detail })
            })
            .collect();
        let command = Some(o.str("command")).filter(|c| !c.is_empty());
        Some(ViewVerdict {
            level,
            kind,
            command,
            phones: o.strs("phones"),
            reasons,
        })
    }

    #[cfg_attr(hangup_size, optimize(size))]
    pub fn clickfix(&self) -> bool {
        self.kind == Kind::Clickfix
    }

    /// The brand the page poses as, if the engine named one.
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn brand(&self) -> Option<&str> {
        self.reasons.iter().find_map(|r| match &r.detail {
            Some(Detail::Brand { brand, .. }) if !brand.is_empty() => Some(brand.as_str()),
            _ => None,
        })
    }

    /// ClickFix whose command the page put on the clipboard (not one shown to type by hand):
    /// the warning replaces the clipboard's content.
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn copied_command(&self) -> bool {
        self.clickfix()
            && self
                .reasons
                .iter()
                .any(|r| r.id == ReasonId::ClipboardCommand)
    }
}

/// A `Detail` from its wire form (`{"kind": "excerpt", "text": "…"}`).
#[cfg_attr(hangup_size, optimize(size))]
fn detail<W: Wire>(d: &W) -> Option<Detail> {
    Some(match d.str("kind").as_str() {
        "excerpt" => Detail::Excerpt {
            text: d.str("text"),
        },
        "code" => Detail::Code {
            code: d.str("code"),
        },
        "brand" => Detail::Brand {
            brand: d.str("brand"),
            host: d.str("host"),
        },
        "identity" => Detail::Identity {
            title: d.str("title"),
            host: d.str("host"),
        },
        "phones" => Detail::Phones {
            numbers: d.strs("numbers"),
        },
        "count" => Detail::Count {
            count: d.count("count"),
        },
        "input_lock" => Detail::InputLock {
            keyboard: d.count("keyboard"),
            pointer: d.count("pointer"),
        },
        "audio" => Detail::Audio {
            media: d.count("media"),
            audio: d.count("audio"),
            speech: d.count("speech"),
        },
        "input_capture" => Detail::InputCapture {
            keys: d.count("keys"),
            menu: d.count("menu"),
        },
        "popups" => Detail::Popups {
            windows: d.count("windows"),
            notifications: d.count("notifications"),
        },
        "cursor" => Detail::Cursor {
            hidden: d.bool("hidden"),
        },
        "score" => Detail::Score {
            score: d.num("score").unwrap_or(0.0) as f32,
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdict::{Group, Reason, Verdict};
    use serde_json::{json, Value};

    impl Wire for Value {
        #[cfg_attr(hangup_size, optimize(size))]
        fn str(&self, k: &str) -> String {
            self.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        }
        #[cfg_attr(hangup_size, optimize(size))]
        fn num(&self, k: &str) -> Option<f64> {
            self.get(k).and_then(Value::as_f64)
        }
        #[cfg_attr(hangup_size, optimize(size))]
        fn bool(&self, k: &str) -> bool {
            self.get(k).and_then(Value::as_bool).unwrap_or(false)
        }
        #[cfg_attr(hangup_size, optimize(size))]
        fn objs(&self, k: &str) -> Vec<Value> {
            let list = self.get(k).and_then(Value::as_array);
            list.map(|l| l.iter().filter(|v| v.is_object()).cloned().collect())
                .unwrap_or_default()
        }
        #[cfg_attr(hangup_size, optimize(size))]
        fn obj(&self, k: &str) -> Option<Value> {
            self.get(k).filter(|v| v.is_object()).cloned()
        }
        #[cfg_attr(hangup_size, optimize(size))]
        fn strs(&self, k: &str) -> Vec<String> {
            let list = self.get(k).and_then(Value::as_array);
            list.map(|l| {
                l.iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default()
        }
    }

    /// One detail of every kind, with values that differ field by field (so a swapped or
    /// misspelt field reads as a different value, not the same default).
    #[cfg_attr(hangup_size, optimize(size))]
    fn every_detail() -> Vec<Detail> {
        let all = vec![
            Detail::Excerpt {
                text: "your computer is locked".into(),
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
                keyboard: 2,
                pointer: 3,
            },
            Detail::Audio {
                media: 4,
                audio: 5,
                speech: 6,
            },
            Detail::InputCapture { keys: 8, menu: 9 },
            Detail::Popups {
                windows: 10,
                notifications: 11,
            },
            Detail::Cursor { hidden: true },
            Detail::Score { score: 15.5 },
        ];
        // A new kind of Detail does not compile here until it has a sample above.
        let mut seen: Vec<usize> = all
            .iter()
            .map(|d| match d {
                Detail::Excerpt { .. } => 0,
                Detail::Code { .. } => 1,
                Detail::Brand { .. } => 2,
                Detail::Identity { .. } => 3,
                Detail::Phones { .. } => 4,
                Detail::Count { .. } => 5,
                Detail::InputLock { .. } => 6,
                Detail::Audio { .. } => 7,
                Detail::InputCapture { .. } => 8,
                Detail::Popups { .. } => 9,
                Detail::Cursor { .. } => 10,
                Detail::Score { .. } => 11,
            })
            .collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 12, "a sample of every Detail kind");
        all
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn the_view_reads_every_detail_kind_as_the_engine_writes_it() {
        let ids = ReasonId::ALL.iter().cycle();
        let reasons: Vec<Reason> = every_detail()
            .into_iter()
            .zip(ids)
            .map(|(detail, &id)| Reason {
                id,
                group: Group::Scare,
                weight: 1.0,
                detail,
                addressed: true,
                text: String::new(),
            })
            .collect();
        let verdict = Verdict {
            level: Level::Scam,
            score: 9.0,
            reasons: reasons.clone(),
            phones: vec!["+1 555 0100".into()],
            kind: Kind::Clickfix,
            command: Some("powershell -w hidden …".into()),
        };
        let wire = serde_json::to_value(&verdict).unwrap_or_default();
        let read = ViewVerdict::from_wire(&wire);
        let expected = ViewVerdict {
            level: Level::Scam,
            kind: Kind::Clickfix,
            command: Some("powershell -w hidden …".into()),
            phones: vec!["+1 555 0100".into()],
            reasons: reasons
                .into_iter()
                .map(|r| ViewReason {
                    id: r.id,
                    detail: Some(r.detail),
                })
                .collect(),
        };
        assert_eq!(read, Some(expected));
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn only_a_copied_command_is_replaced() {
        let read = |kind: &str, id: &str| {
            let wire = serde_json::json!({"level": "scam", "kind": kind,
                "reasons": [{"id": id, "detail": {"kind": "none"}}]});
            ViewVerdict::from_wire(&wire).is_some_and(|v| v.copied_command())
        };
        assert!(read("clickfix", "clipboard_command"));
        assert!(!read("clickfix", "typed_command"));
        assert!(!read("tech_support", "clipboard_command"));
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn the_view_reads_every_level_kind_and_reason_id() {
        for level in [Level::Safe, Level::Suspicious, Level::Scam] {
            for kind in [
                Kind::TechSupport,
                Kind::Clickfix,
                Kind::Account,
                Kind::Parcel,
                Kind::Refund,
                Kind::Other,
            ] {
                let v = Verdict {
                    level,
                    kind,
                    reasons: ReasonId::ALL
                        .iter()
                        .map(|&id| Reason {
                            id,
                            group: Group::Lock,
                            weight: 0.5,
                            detail: Detail::Count { count: 1 },
                            addressed: false,
                            text: String::new(),
                        })
                        .collect(),
                    ..Verdict::default()
                };
                let read = ViewVerdict::from_wire(&serde_json::to_value(&v).unwrap_or_default());
                let read = read.unwrap_or_else(|| panic!("{level:?} {kind:?} not read"));
                assert_eq!((read.level, read.kind, read.command), (level, kind, None));
                let ids: Vec<ReasonId> = read.reasons.iter().map(|r| r.id).collect();
                assert_eq!(ids, ReasonId::ALL);
            }
        }
    }

    #[test]
    #[cfg_attr(hangup_size, optimize(size))]
    fn a_hostile_or_newer_verdict_reads_safely() {
        assert_eq!(ViewVerdict::from_wire(&json!({})), None);
        assert_eq!(ViewVerdict::from_wire(&json!({"level": "SCAM"})), None);
        let odd = json!({
            "level": "scam", "kind": 3, "command": ["rm"], "phones": ["+1 555 0100", 5, null],
            "reasons": [
                {"id": "not_a_reason", "detail": {"kind": "excerpt", "text": "x"}},
                {"id": "urgency", "detail": {"kind": "hologram", "text": "x"}},
                {"id": "audio", "detail": {"kind": "audio", "media": -4, "audio": "9", "speech": 1e300}},
                "urgency", 7
            ]
        });
        let read = ViewVerdict::from_wire(&odd);
        let expected = ViewVerdict {
            level: Level::Scam,
            kind: Kind::TechSupport,
            command: None,
            phones: vec!["+1 555 0100".into()],
            reasons: vec![
                ViewReason {
                    id: ReasonId::Urgency,
                    detail: None,
                },
                ViewReason {
                    id: ReasonId::Audio,
                    detail: Some(Detail::Audio {
                        media: 0,
                        audio: 0,
                        speech: u32::MAX,
                    }),
                },
            ],
        };
        assert_eq!(read, Some(expected));
    }
}
