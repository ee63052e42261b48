//! `_headers` for static hosts that read it (Netlify, Cloudflare Pages): the pages' CSP as a header
//! plus what a `<meta>` cannot say, long caching for hashed files and `no-cache` for the rest.

/// Whether a file name carries a content hash (Trunk's `name-0123456789abcdef.ext`).
pub fn is_hashed(file: &str) -> bool {
    let stem = file.rsplit('/').next().unwrap_or(file);
    let stem = stem
        .split('.')
        .next()
        .unwrap_or(stem)
        .trim_end_matches("_bg");
    stem.rsplit_once('-')
        .is_some_and(|(_, h)| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The headers file, given the pages' policy and every built file.
pub fn headers_file(policy: &str, files: &[String]) -> String {
    let mut out = format!(
        "/*\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  \
         Referrer-Policy: no-referrer\n  Strict-Transport-Security: max-age=31536000; includeSubDomains\n  \
         Cache-Control: no-cache\n"
    );
    for file in files.iter().filter(|f| is_hashed(f)) {
        out += &format!(
            "\n/{file}\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n"
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_recognised() {
        assert!(is_hashed("cramp-coach-667a429538cbbb0d.js"));
        assert!(is_hashed("cramp-coach-667a429538cbbb0d_bg.wasm"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("icon-192.png"));
    }

    #[test]
    fn everything_gets_the_security_headers_and_hashed_files_long_caching() {
        let h = headers_file(
            "default-src 'none'",
            &["index.html".into(), "app-0123456789abcdef.js".into()],
        );
        assert!(h.contains("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'"));
        assert!(h.contains("X-Content-Type-Options: nosniff"));
        assert!(h.contains("Referrer-Policy: no-referrer"));
        assert!(h.contains("Strict-Transport-Security"));
        assert!(h.contains("/app-0123456789abcdef.js\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable"));
        assert!(!h.contains("/index.html\n"));
    }
}
