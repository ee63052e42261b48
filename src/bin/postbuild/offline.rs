//! The service worker (`sw.js`): the precache list of every file a visit needs, generated from
//! the built files, and a cache name that changes with every build whose files changed.

const TEMPLATE: &str = include_str!("sw.js");

/// Whether a built file belongs in the precache (the CSS is inlined in every page; `sw.js` and
/// the host's headers file are not fetched by pages).
pub fn precached(file: &str) -> bool {
    !(file == "sw.js" || file == "_headers" || file.ends_with(".css") || file.starts_with('.'))
}

/// `sw.js` for the given built files (`(relative path, contents)`, any order).
pub fn service_worker(files: &[(String, Vec<u8>)]) -> String {
    let mut files: Vec<_> = files.iter().filter(|(f, _)| precached(f)).collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let parts = files
        .iter()
        .flat_map(|(name, data)| [name.as_bytes(), &[0], data.as_slice()]);
    let version = super::short_sha256(parts, 6);
    let urls: Vec<String> = files
        .iter()
        .map(|(f, _)| format!("{:?}", format!("/{f}")))
        .collect();
    TEMPLATE
        .replace("__VERSION__", &version)
        .replace("__PRECACHE__", &format!("[\n  {}\n]", urls.join(",\n  ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(wasm: &[u8]) -> Vec<(String, Vec<u8>)> {
        vec![
            ("index.html".into(), b"<html>".to_vec()),
            ("stretch/index.html".into(), b"<html>".to_vec()),
            ("app-1_bg.wasm".into(), wasm.to_vec()),
            ("main-1.css".into(), b"p{}".to_vec()),
            ("sw.js".into(), b"old".to_vec()),
        ]
    }

    #[test]
    fn precaches_pages_and_assets_but_not_itself_or_inlined_css() {
        let sw = service_worker(&files(b"\0asm"));
        assert!(sw.contains("\"/index.html\""));
        assert!(sw.contains("\"/stretch/index.html\""));
        assert!(sw.contains("\"/app-1_bg.wasm\""));
        assert!(!sw.contains("\"/main-1.css\""));
        assert!(!sw.contains("\"/sw.js\""));
        assert!(!sw.contains("__PRECACHE__") && !sw.contains("__VERSION__"));
    }

    #[test]
    fn cache_name_changes_when_any_file_changes() {
        let a = service_worker(&files(b"\0asm1"));
        let b = service_worker(&files(b"\0asm2"));
        let version = |s: &str| {
            s.lines()
                .find(|l| l.starts_with("const VERSION"))
                .unwrap()
                .to_string()
        };
        assert_ne!(version(&a), version(&b));
        assert_eq!(version(&a), version(&service_worker(&files(b"\0asm1"))));
    }
}
