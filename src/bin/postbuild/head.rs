//! Rewrites Trunk's `<head>` for a fast first paint:
//! - the stylesheet is inlined in a `<style>` (no render-blocking request; the CSP hashes it);
//! - Trunk's module script and its preloads are replaced by a loader at the end of `<body>` that
//!   imports the JS and wasm only after the first paint (the pre-rendered page is already usable).

use super::Error;
use std::{fs, path::Path};

/// Removes every `<tag ...>` (and its closing part for `script`) matching `pred` on its opening tag.
fn remove_tags(html: &str, open: &str, close: &str, pred: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        let Some(tag_len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + tag_len + 1];
        let end = match close {
            "" => start + tag_len + 1,
            close => rest[start..]
                .find(close)
                .map(|e| start + e + close.len())
                .unwrap_or(start + tag_len + 1),
        };
        out.push_str(&rest[..start]);
        if !pred(tag) {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// The app's hashed JS and wasm file names, from Trunk's modulepreload/preload links.
fn app_files(html: &str) -> Result<(String, String), Error> {
    let mut js = None;
    let mut wasm = None;
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let end = rest[start..]
            .find('>')
            .map(|e| start + e + 1)
            .unwrap_or(rest.len());
        let tag = &rest[start..end];
        if let Some(href) = attr(tag, "href") {
            if tag.contains("rel=\"modulepreload\"") && href.ends_with(".js") {
                js = Some(href.to_string());
            } else if tag.contains("rel=\"preload\"") && href.ends_with(".wasm") {
                wasm = Some(href.to_string());
            }
        }
        rest = &rest[end..];
    }
    Ok((
        js.ok_or(Error::Template("has no modulepreload for the app's JS"))?,
        wasm.ok_or(Error::Template("has no preload for the wasm"))?,
    ))
}

/// The inline loader: starts the app after the first paint.
pub fn loader(js: &str, wasm: &str) -> String {
    format!(
        "<script type=\"module\">const start=()=>import(\"{js}\").then(m=>m.default({{module_or_path:\"{wasm}\"}}));\
const later=()=>requestAnimationFrame(()=>setTimeout(start,0));\
document.readyState===\"complete\"?later():addEventListener(\"load\",later,{{once:true}});</script>"
    )
}

/// Applies both rewrites to Trunk's `index.html` (`dir` holds the built files): returns the page
/// without Trunk's scripts, and the loader to put at the end of each page's `<body>`.
pub fn rewrite(html: &str, dir: &Path) -> Result<(String, String), Error> {
    let (js, wasm) = app_files(html)?;
    // inline every local stylesheet
    let mut html = html.to_string();
    while let Some(start) = html.find("<link rel=\"stylesheet\"") {
        let end = html[start..]
            .find('>')
            .map(|e| start + e + 1)
            .ok_or(Error::Template("has a broken stylesheet link"))?;
        let href = attr(&html[start..end], "href")
            .ok_or(Error::Template("has a stylesheet without href"))?;
        let path = dir.join(href.trim_start_matches('/'));
        let css = fs::read_to_string(&path).map_err(|e| Error::Io(path.clone(), e))?;
        html.replace_range(start..end, &format!("<style>{}</style>", css.trim()));
    }
    let html = remove_tags(&html, "<script type=\"module\"", "</script>", |_| true);
    let html = remove_tags(&html, "<link rel=\"modulepreload\"", "", |_| true);
    let html = remove_tags(&html, "<link rel=\"preload\"", "", |_| true);
    Ok((html, loader(&js, &wasm)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r#"<head><link rel="stylesheet" href="/main-1.css" integrity="x"/>
<script type="module">
import init from '/app-1.js';
</script>
<link rel="modulepreload" href="/app-1.js" crossorigin="anonymous"><link rel="preload" href="/app-1_bg.wasm" as="fetch"></head><body>
</body>"#;

    #[test]
    fn inlines_css_and_moves_the_app_after_first_paint() {
        let dir = std::env::temp_dir().join(format!("postbuild-head-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("main-1.css"), "body{color:red}\n").unwrap();
        let (out, loader) = rewrite(TRUNK, &dir).unwrap();
        assert!(out.contains("<style>body{color:red}</style>"));
        assert!(!out.contains("rel=\"stylesheet\""));
        assert!(!out.contains("modulepreload"));
        assert!(!out.contains("rel=\"preload\""));
        assert!(!out.contains("import init from"));
        assert!(loader.contains("import(\"/app-1.js\")"));
        assert!(loader.contains("module_or_path:\"/app-1_bg.wasm\""));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn missing_app_files_are_a_clear_error() {
        assert!(matches!(
            rewrite("<head></head><body></body>", Path::new(".")),
            Err(Error::Template(_))
        ));
    }
}
