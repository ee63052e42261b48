//! The Content-Security-Policy of a page, with the sha256 of each of its inline scripts and styles.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The contents of every `<tag ...>…</tag>` in `html` (for `script` and `style`), skipping ones with `src`.
fn inline_blocks<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let attrs = &after[..tag_end];
        let Some(close_at) = after.find(&close) else {
            break;
        };
        if !attrs.contains(" src=") && close_at > tag_end {
            out.push(&after[tag_end + 1..close_at]);
        }
        rest = &after[close_at + close.len()..];
    }
    out
}

fn hash(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy for a page: nothing by default, our own files, and the hashes of inline blocks.
pub fn policy(html: &str) -> String {
    let hashes = |tag| {
        let mut out: Vec<String> = Vec::new();
        for h in inline_blocks(html, tag).into_iter().map(hash) {
            if !out.contains(&h) {
                out.push(h);
            }
        }
        out
    };
    let scripts = hashes("script");
    let styles = hashes("style");
    let mut script_src = vec!["'self'".to_string(), "'wasm-unsafe-eval'".to_string()];
    script_src.extend(scripts);
    let mut style_src = vec!["'self'".to_string()];
    style_src.extend(styles);
    [
        "default-src 'none'".to_string(),
        format!("script-src {}", script_src.join(" ")),
        format!("style-src {}", style_src.join(" ")),
        "img-src 'self' data:".to_string(),
        "connect-src 'self'".to_string(),
        "manifest-src 'self'".to_string(),
        "worker-src 'self'".to_string(),
        "font-src 'self'".to_string(),
        "media-src 'self'".to_string(),
        "base-uri 'none'".to_string(),
        "form-action 'none'".to_string(),
    ]
    .join("; ")
}

/// Puts the page's policy in a `<meta http-equiv>` before anything it governs: after the charset, or first in `<head>`.
pub fn apply(html: &str) -> String {
    let meta = format!(
        "\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(html)
    );
    let at = match (html.find("<meta charset"), html.find("<head>")) {
        (Some(charset), _) => html[charset..].find('>').map(|end| charset + end + 1),
        (None, Some(head)) => Some(head + "<head>".len()),
        (None, None) => None,
    };
    match at {
        Some(at) => format!("{}{}{}", &html[..at], meta, &html[at..]),
        None => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_inline_scripts_and_styles_not_external_ones() {
        let html = "<head><script>a()</script><script type=\"module\" src=\"/x.js\"></script><style>p{}</style></head>";
        let p = policy(html);
        assert!(p.contains(&hash("a()")));
        assert!(p.contains(&hash("p{}")));
        assert_eq!(p.matches("sha256-").count(), 2);
        let twice = policy(&format!("{html}{html}<style>q{{}}</style>"));
        assert_eq!(twice.matches("sha256-").count(), 3, "each hash once");
        assert!(!p.contains("unsafe-inline"));
        assert!(!p.contains("'unsafe-eval'"));
    }

    #[test]
    fn known_hash() {
        // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn meta_goes_first_in_head() {
        let out = apply("<html><head><title>t</title></head></html>");
        assert!(out.starts_with("<html><head>\n<meta http-equiv=\"Content-Security-Policy\""));
        let out = apply("<html><head><meta charset=\"utf-8\"><title>t</title></head></html>");
        assert!(out.starts_with(
            "<html><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\""
        ));
    }
}
