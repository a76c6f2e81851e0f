//! `hangup-scan`: runs the HangUp engine on saved pages, for researchers and fast evaluation.
//!
//! ```text
//! hangup-scan [--host NAME | --url URL] [--strict] [--explain] PATH...
//! ```
//! PATH is an HTML file, a directory (searched recursively for *.html, *.htm, *.php), a snapshot
//! JSON file (*.json, the content script's format) or a text/Markdown file (*.txt, *.md). One JSON
//! line per input: `{"input", "level", "score", "reasons": [ids], "phones": [...]}`; `--explain`
//! adds each reason's weight and detail.
//!
//! The CLI sees no JavaScript behaviour (full screen, dialog loops …): the browser extension does.
//! Its HTML reading is deliberately crude: scripts, styles and `<head>` (except `<title>`) are
//! dropped, tags stripped, common entities decoded, `tel:` links and `alt`/`title`/`aria-label`
//! texts collected.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hangup::{analyse, Options, Snapshot};
use serde_json::json;

const USAGE: &str = "usage: hangup-scan [--host NAME | --url URL] [--strict] [--explain] PATH...
  PATH: HTML file, directory (recursive *.html *.htm *.php), snapshot *.json, or *.txt/*.md
  --host NAME   assume the pages were served from https://NAME/ (the host matters)
  --url URL     assume this exact URL (query string included)
  --strict      strict mode (lower scam threshold)
  --explain     print each reason's weight and detail";

fn main() -> ExitCode {
    let mut url = String::new();
    let mut options = Options::default();
    let mut explain = false;
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
        match load(&f, &url) {
            Ok(snap) => {
                let v = analyse(&snap, &options);
                let mut line = json!({
                    "input": f.display().to_string(),
                    "level": v.level,
                    "score": v.score,
                    "reasons": v.reasons.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
                    "phones": v.phones,
                });
                if explain {
                    line["details"] = json!(v
                        .reasons
                        .iter()
                        .map(|r| json!({"id": r.id, "weight": r.weight, "detail": r.detail}))
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

fn load(path: &Path, url: &str) -> Result<Snapshot, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let content = String::from_utf8_lossy(&bytes);
    let mut snap = match ext_of(path).as_str() {
        "json" => serde_json::from_str::<Snapshot>(&content).map_err(|e| e.to_string())?,
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

/// Elements whose content is never visible text.
const SKIP: &[&str] = &["script", "style", "noscript", "template", "head", "svg", "iframe", "object"];
/// Inline elements: no separator, so `Micro<span>soft</span>` stays one word.
const INLINE: &[&str] = &[
    "a", "span", "b", "i", "u", "s", "em", "strong", "small", "big", "font", "sup", "sub", "abbr",
    "code", "mark", "q", "cite", "bdi", "bdo", "tt", "wbr", "kbd", "var", "time", "label",
];

/// Crude HTML to snapshot: title, visible text, tel: links, alt texts.
pub fn from_html(html: &str) -> Snapshot {
    let lower = html.to_ascii_lowercase();
    let mut snap = Snapshot::default();
    if let Some(s) = lower.find("<title") {
        if let Some(gt) = lower[s..].find('>') {
            let start = s + gt + 1;
            let end = lower[start..].find("</title").map_or(html.len(), |e| start + e);
            snap.title = decode_entities(html[start..end].trim());
        }
    }
    if let Some(l) = attr_value(&lower, html, "<html", "lang") {
        snap.lang = l;
    }
    let b = html.as_bytes();
    let mut text = String::with_capacity(html.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            let next = lower[i..].find('<').map_or(b.len(), |n| i + n);
            text.push_str(&decode_entities(&html[i..next]));
            i = next;
            continue;
        }
        if lower[i..].starts_with("<!--") {
            i = lower[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let end = match lower[i..].find('>') {
            Some(e) => i + e + 1,
            None => break,
        };
        let tag = &lower[i + 1..end - 1];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.is_empty() {
            // `<` that does not open a tag.
            text.push('<');
            i += 1;
            continue;
        }
        if !closing {
            let raw_tag = &html[i..end];
            for attr in ["alt", "title", "aria-label", "placeholder"] {
                if let Some(v) = attr_in_tag(raw_tag, attr) {
                    if !v.trim().is_empty() && snap.alt_texts.len() < 64 {
                        snap.alt_texts.push(v);
                    }
                }
            }
            if name == "input" || name == "button" {
                if let Some(v) = attr_in_tag(raw_tag, "value") {
                    text.push(' ');
                    text.push_str(&v);
                    text.push(' ');
                }
            }
            if let Some(href) = attr_in_tag(raw_tag, "href") {
                let h = href.trim();
                if h.len() > 4 && h[..4].eq_ignore_ascii_case("tel:") && snap.tel_links.len() < 64 {
                    snap.tel_links.push(h.to_string());
                }
            }
            if SKIP.contains(&name.as_str()) && !tag.ends_with('/') {
                let close = format!("</{name}");
                i = lower[end..].find(&close).map_or(b.len(), |e| {
                    let at = end + e;
                    lower[at..].find('>').map_or(b.len(), |g| at + g + 1)
                });
                continue;
            }
        }
        if !INLINE.contains(&name.as_str()) {
            text.push('\n');
        }
        i = end;
    }
    snap.text = text;
    snap
}

fn attr_value(lower: &str, html: &str, tag: &str, attr: &str) -> Option<String> {
    let s = lower.find(tag)?;
    let e = s + lower[s..].find('>')?;
    attr_in_tag(&html[s..=e], attr)
}

/// Value of `attr` in one tag's source (`<img alt="x">`), entity-decoded.
fn attr_in_tag(tag: &str, attr: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(attr) {
        let at = from + pos;
        from = at + attr.len();
        let before_ok = at > 0 && (bytes[at - 1] as char).is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let vstart = tag.len() - rest.len() + 1;
        let v = tag[vstart..].trim_start();
        let value = if let Some(q) = v.strip_prefix('"') {
            q.split('"').next().unwrap_or("")
        } else if let Some(q) = v.strip_prefix('\'') {
            q.split('\'').next().unwrap_or("")
        } else {
            v.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or("")
        };
        return Some(decode_entities(value));
    }
    None
}

/// Decodes numeric entities and the named ones common in European and scam pages.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let window = &rest.as_bytes()[..rest.len().min(12)];
        let semi = window.iter().position(|&b| b == b';');
        let decoded = semi.and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let n = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse().ok()?
        };
        return char::from_u32(n);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "shy" => '\u{ad}',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "euro" => '€',
        "pound" => '£',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "Eacute" => 'É',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "ccedil" => 'ç',
        "iacute" => 'í',
        "icirc" => 'î',
        "iuml" => 'ï',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "uacute" => 'ú',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "ntilde" => 'ñ',
        "atilde" => 'ã',
        "otilde" => 'õ',
        "iexcl" => '¡',
        "iquest" => '¿',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_to_snapshot() {
        let s = from_html(
            "<html lang=en><head><title>Alert &amp; Co</title><style>p{}</style></head>\
             <body><script>var x='<p>hidden</p>';</script><p>Micro<span>soft</span> says</p>\
             <a href=\"tel:+1-555-0100\">call</a><img alt='Shield icon'><!-- <p>no</p> -->\
             <p>caf&eacute; &#x41;&#66; &bogus;</p></body></html>",
        );
        assert_eq!(s.title, "Alert & Co");
        assert_eq!(s.lang, "en");
        assert!(s.text.contains("Microsoft says"));
        assert!(!s.text.contains("hidden"));
        assert!(!s.text.contains("no"));
        assert!(s.text.contains("café AB &bogus;"));
        assert_eq!(s.tel_links, vec!["tel:+1-555-0100".to_string()]);
        assert_eq!(s.alt_texts, vec!["Shield icon".to_string()]);
    }

    #[test]
    fn broken_html_does_not_panic() {
        for s in ["<", "<a href=", "<script>", "&#xFFFFFFFF;", "<p>é<", "<!--", "&#55296;", "&gtメールメール;"] {
            let _ = from_html(s);
        }
    }
}
