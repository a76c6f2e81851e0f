//! Crude HTML to [`Snapshot`] for the `hangup-scan` CLI and the benchmark (feature `cli`; the
//! extension's content script reads the live DOM instead).
//!
//! Scripts, styles, `<head>` (except `<title>`), `<svg>` and frames are dropped, tags stripped,
//! common entities decoded; `tel:`/`callto:` links and `alt`/`title`/`aria-label`/`placeholder` texts are
//! collected. Inline elements add no separator so `Micro<span>soft</span>` stays one word.

use crate::snapshot::Snapshot;

/// Elements whose content is never visible text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "iframe", "object",
];
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
            let end = lower[start..]
                .find("</title")
                .map_or(html.len(), |e| start + e);
            snap.title = decode_entities(html[start..end].trim());
        }
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
        if lower[i..].starts_with("<!") || lower[i..].starts_with("<?") {
            // `<!doctype html>`, `<![CDATA[`, `<?xml …?>`: declarations, not text.
            i = lower[i..].find('>').map_or(b.len(), |e| i + e + 1);
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
                // `tel:` and `callto:` links, like the content script's collector.
                let h = href.trim();
                let dials = super::phone::strip_dial_scheme(h).is_some_and(|n| !n.is_empty());
                if dials && snap.tel_links.len() < 64 {
                    snap.tel_links.push(h.to_string());
                }
            }
            if SKIP.contains(&name.as_str()) && !tag.ends_with('/') {
                let close = format!("</{name}");
                let mut stop = lower[end..].find(&close).map(|e| end + e);
                if name == "head" {
                    // An unclosed <head> ends where <body> starts.
                    if let Some(body) = lower[end..].find("<body").map(|e| end + e) {
                        if stop.is_none_or(|s| body < s) {
                            i = body;
                            continue;
                        }
                    }
                }
                i = stop.take().map_or(b.len(), |at| {
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
            v.split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
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
            "<!DOCTYPE html><?xml version='1.0'?><html lang=en><head><title>Alert &amp; Co</title><style>p{}</style></head>\
             <body><script>var x='<p>hidden</p>';</script><p>Micro<span>soft</span> says</p>\
             <a href=\"tel:+1-555-0100\">call</a><img alt='Shield icon'><!-- <p>no</p> -->\
             <p>caf&eacute; &#x41;&#66; &bogus;</p></body></html>",
        );
        assert_eq!(s.title, "Alert & Co");
        assert!(s.text.contains("Microsoft says"));
        assert!(!s.text.contains("hidden"));
        assert!(!s.text.contains("no"));
        assert!(s.text.contains("café AB &bogus;"));
        assert!(
            !s.text.contains('<') && !s.text.contains("doctype") && !s.text.contains("DOCTYPE")
        );
        assert_eq!(s.tel_links, vec!["tel:+1-555-0100".to_string()]);
        assert_eq!(s.alt_texts, vec!["Shield icon".to_string()]);
    }

    #[test]
    fn dialling_links_of_both_schemes() {
        let s = from_html(
            "<a href='Callto:+1-555-0101'>a</a><a href=\"tél:1\">b</a><a href='tel:'>c</a>\
             <a href='https://tel.example/'>d</a><a href=' TEL:0800 555 0102'>e</a>",
        );
        assert_eq!(s.tel_links, vec!["Callto:+1-555-0101", "TEL:0800 555 0102"]);
    }

    #[test]
    fn unclosed_head_ends_at_body() {
        let s = from_html("<html><head><title>T</title><meta x><body><p>visible text</p>");
        assert!(s.text.contains("visible text"));
    }

    #[test]
    fn broken_html_does_not_panic() {
        for s in [
            "<",
            "<a href=",
            "<script>",
            "&#xFFFFFFFF;",
            "<p>é<",
            "<!--",
            "<!doctype",
            "<?",
            "&#55296;",
            "&gtメールメール;",
        ] {
            let _ = from_html(s);
        }
    }
}
