//! `hangup-scan`: runs the HangUp engine on saved pages, for researchers and fast evaluation.
//!
//! ```text
//! hangup-scan [--host NAME | --url URL] [--strict] [--explain] [--snapshot]
//!             [--deny-unknown-fields] PATH...
//! hangup-scan --reason-ids
//! ```
//! PATH is an HTML file, a directory (searched recursively for *.html, *.htm, *.php), a snapshot
//! JSON file (*.json, the content script's format) or a text/Markdown file (*.txt, *.md). One JSON
//! line per input: `{"input", "level", "score", "reasons": [ids], "phones": [...]}`; `--explain`
//! adds each reason's weight and detail. `--reason-ids` prints every reason id the engine can give
//! (a JSON array; the locale test checks each has a sentence). A JSON file whose top level is not a
//! snapshot (an array, `{}`, a wrapper such as `{"snapshot": {...}}`) gets an `error` line naming
//! what it holds and exit status 1, not a `safe` verdict for an empty page.
//!
//! The CLI sees no JavaScript behaviour (full screen, dialog loops …): the browser extension does.
//! Its HTML reading is deliberately crude: scripts, styles and `<head>` (except `<title>`) are
//! dropped, tags stripped, common entities decoded, `tel:` links and `alt`/`title`/`aria-label`
//! texts collected.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hangup::engine::html::from_html;
use hangup::{analyse, Options, ReasonId, Snapshot};
use serde_json::json;

const USAGE: &str =
    "usage: hangup-scan [--host NAME | --url URL] [--strict] [--explain] [--snapshot] PATH...
  PATH: HTML file, directory (recursive *.html *.htm *.php), snapshot *.json, or *.txt/*.md
  --host NAME   assume the pages were served from https://NAME/ (the host matters)
  --url URL     assume this exact URL (query string included)
  --strict      strict mode (lower scam threshold)
  --explain     print each reason's weight and detail
  --snapshot    print the snapshot built from each input (JSON) instead of a verdict
  --deny-unknown-fields   a snapshot *.json with a field the engine does not know is an error
                (the check the browser tests make on a real content-script snapshot)
       hangup-scan --reason-ids
  --reason-ids  print every reason id the engine can give (JSON array)";

fn main() -> ExitCode {
    let mut url = String::new();
    let mut options = Options::default();
    let mut explain = false;
    let mut dump = false;
    let mut deny_unknown = false;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--host" => match args.next() {
                Some(h) => url = format!("https://{h}/"),
                None => return usage(),
            },
            "--url" => match args.next() {
                Some(u) => url = u,
                None => return usage(),
            },
            "--strict" => options.strict = true,
            "--explain" => explain = true,
            "--snapshot" => dump = true,
            "--deny-unknown-fields" => deny_unknown = true,
            "--reason-ids" => {
                println!("{}", json!(ReasonId::ALL));
                return ExitCode::SUCCESS;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if a.starts_with("--") => return usage(),
            _ => paths.push(PathBuf::from(a)),
        }
    }
    if paths.is_empty() {
        return usage();
    }
    let mut files = Vec::new();
    for p in &paths {
        collect_files(p, &mut files, true);
    }
    let mut failed = false;
    for f in files {
        match load(&f, &url, deny_unknown) {
            Ok(snap) if dump => println!("{}", json!(snap)),
            Ok(snap) => {
                let v = analyse(&snap, &options);
                let mut line = json!({
                    "input": f.display().to_string(),
                    "level": v.level,
                    "score": round2(v.score),
                    "reasons": v.reasons.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
                    "phones": v.phones,
                });
                if explain {
                    line["kind"] = json!(v.kind);
                    line["details"] = json!(v
                        .reasons
                        .iter()
                        .map(
                            |r| json!({"id": r.id, "weight": round2(r.weight), "detail": r.detail})
                        )
                        .collect::<Vec<_>>());
                }
                println!("{line}");
            }
            Err(e) => {
                failed = true;
                println!("{}", json!({"input": f.display().to_string(), "error": e}));
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Two decimals, printed without f32 noise (`1.05`, not `1.0499999523`).
fn round2(x: f32) -> f64 {
    (f64::from(x) * 100.0).round() / 100.0
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

fn collect_files(p: &Path, out: &mut Vec<PathBuf>, explicit: bool) {
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(p) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => return,
        };
        entries.sort();
        for e in entries {
            collect_files(&e, out, false);
        }
    } else if explicit {
        out.push(p.to_path_buf());
    } else {
        let ext = ext_of(p);
        if matches!(ext.as_str(), "html" | "htm" | "php") {
            out.push(p.to_path_buf());
        }
    }
}

fn ext_of(p: &Path) -> String {
    p.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn load(path: &Path, url: &str, deny_unknown: bool) -> Result<Snapshot, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let content = String::from_utf8_lossy(&bytes);
    let mut snap = match ext_of(path).as_str() {
        "json" if deny_unknown => Snapshot::from_json_strict(&content)?,
        "json" => Snapshot::from_json(&content)?,
        "md" | "txt" => Snapshot {
            text: strip_front_matter(&content).to_string(),
            ..Default::default()
        },
        _ => from_html(&content),
    };
    if !url.is_empty() && (snap.url.is_empty() || ext_of(path) != "json") {
        snap.url = url.to_string();
    }
    Ok(snap.bounded())
}

fn strip_front_matter(s: &str) -> &str {
    if let Some(rest) = s.strip_prefix("---") {
        if let Some(end) = rest.find("\n---") {
            return &rest[end + 4..];
        }
    }
    s
}
