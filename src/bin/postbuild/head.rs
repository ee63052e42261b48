//! Rewrites Trunk's `<head>` for a fast first paint:
//! - the stylesheets are minified and inlined in a `<style>`: the shared one and the page's
//!   bundle's (no render-blocking request; the CSP hashes it);
//! - the app is started by a loader at the end of `<body>` that imports the bundle's JS and wasm
//!   only after the first paint (the pre-rendered page is already usable);
//! - the icon is written into the page as a `data:` address, so that no request is made before
//!   the first paint (the manifest, which names more icons, is linked after it by `index.html`).

use super::Error;
use cramp_coach::domain::routes::Bundle;
use std::{fs, path::Path};

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// A minified copy of `css`: no comments, no needless white space.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    // drop comments, turn every run of white space into one space
    let mut pending_space = false;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            rest = rest[2..].find("*/").map_or("", |end| &rest[2 + end + 2..]);
            pending_space = true;
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        // a space matters only between two other characters, and never next to these
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | ':' | '>');
        if pending_space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
            out.push(' ');
        }
        // keep the space before ':' in selectors such as `.a :focus`
        if pending_space && c == ':' && !out.is_empty() && !out.ends_with(tight) {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out.replace(";}", "}")
}

/// The stylesheets Trunk built: the shared one (`style/main.css`) and one per bundle
/// (`style/<bundle>.css`), minified; each page inlines the shared one and its bundle's.
#[derive(Debug, Default)]
pub struct Styles {
    shared: String,
    /// `(name, minified css)` of each `style/<name>.css` but `main.css`.
    named: Vec<(String, String)>,
}

impl Styles {
    /// The `<style>` element for a page of `bundle`.
    pub fn element(&self, bundle: Bundle) -> String {
        let mut css = self.shared.clone();
        for name in bundle.styles() {
            css += self
                .named
                .iter()
                .find(|(n, _)| n == name)
                .map_or("", |(_, css)| css.as_str());
        }
        format!("<style>{css}</style>")
    }
}

/// The inline loader: once the page has loaded and its largest paint has been reported (where the
/// browser reports it; otherwise after a painted frame: a frame callback inside a frame callback;
/// and in any case within a second), it fetches and compiles the bundle's wasm while importing its
/// JS, then starts the app in a later task, so that neither the app's requests hold back the
/// first paint (nor count in Lighthouse's simulated one) nor compiling and starting make one
/// long task.
pub fn loader(js: &str, wasm: &str) -> String {
    format!(
        "<script type=\"module\">const compile=()=>WebAssembly.compileStreaming(fetch(\"{wasm}\"))\
.catch(()=>fetch(\"{wasm}\").then(r=>r.arrayBuffer()).then(b=>WebAssembly.compile(b)));\
const start=()=>Promise.all([import(\"{js}\"),compile()])\
.then(([m,w])=>setTimeout(()=>m.default({{module_or_path:w}}),0));\
let go=()=>{{go=()=>{{}};setTimeout(start,0)}};\
const later=()=>{{PerformanceObserver.supportedEntryTypes?.includes(\"largest-contentful-paint\")\
?new PerformanceObserver((_,o)=>{{o.disconnect();go()}}).observe({{type:\"largest-contentful-paint\",buffered:true}})\
:requestAnimationFrame(()=>requestAnimationFrame(()=>go()));setTimeout(()=>go(),1000)}};\
document.readyState===\"complete\"?later():addEventListener(\"load\",later,{{once:true}});</script>"
    )
}

/// `svg` as a `data:` address for an attribute in double quotes: only what a URL or the attribute
/// cannot hold is escaped.
pub fn svg_data_address(svg: &str) -> String {
    let mut out = String::from("data:image/svg+xml,");
    for c in svg.trim().chars() {
        match c {
            '"' => out.push('\''),
            '%' | '#' | '<' | '>' | '&' | '{' | '}' | '|' | '\\' | '^' | '`' => {
                out += &format!("%{:02X}", c as u32)
            }
            c if c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The page icon `/favicon.svg` linked from `<head>`, inlined (the file stays for the manifest).
fn inline_icon(html: &str, dir: &Path) -> Result<String, Error> {
    const LINK: &str = "href=\"/favicon.svg\"";
    if !html.contains(LINK) {
        return Ok(html.to_string());
    }
    let path = dir.join("favicon.svg");
    let svg = fs::read_to_string(&path).map_err(|e| Error::Io(path.clone(), e))?;
    Ok(html.replace(LINK, &format!("href=\"{}\"", svg_data_address(&svg))))
}

/// Takes the stylesheet links out of Trunk's `index.html` (`dir` holds the built files, and
/// loses the stylesheets: every page inlines what it needs).
pub fn rewrite(html: &str, dir: &Path) -> Result<(String, Styles), Error> {
    let mut html = html.to_string();
    let mut styles = Styles::default();
    while let Some(start) = html.find("<link rel=\"stylesheet\"") {
        let end = html[start..]
            .find('>')
            .map(|e| start + e + 1)
            .ok_or(Error::Template("has a broken stylesheet link"))?;
        let href = attr(&html[start..end], "href")
            .ok_or(Error::Template("has a stylesheet without href"))?;
        let file = href.trim_start_matches('/');
        let path = dir.join(file);
        let css = fs::read_to_string(&path).map_err(|e| Error::Io(path.clone(), e))?;
        let css = minify_css(&css);
        let name = file.rsplit_once('-').map_or(file, |(name, _)| name);
        if name == "main" {
            styles.shared = css;
        } else if Bundle::ALL.iter().any(|b| b.styles().contains(&name)) {
            styles.named.push((name.to_string(), css));
        } else {
            return Err(Error::Template(
                "has a stylesheet that no bundle names (see `Bundle::styles`)",
            ));
        }
        fs::remove_file(&path).map_err(|e| Error::Io(path.clone(), e))?;
        html.replace_range(start..end, "");
    }
    // the post-build step builds every bundle, once: an app built by Trunk would be a second build
    if html.contains("<script type=\"module\"") || html.contains("rel=\"modulepreload\"") {
        return Err(Error::Template(
            "starts an app Trunk built: keep `data-trunk-skip` on its rust link",
        ));
    }
    Ok((inline_icon(&html, dir)?, styles))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r#"<head><link rel="stylesheet" href="/main-1.css" integrity="x"/>
<link rel="stylesheet" href="/water-2.css"/>
</head><body>
</body>"#;

    #[test]
    fn inlines_the_shared_and_the_bundles_css_and_starts_the_app_after_first_paint() {
        let dir = std::env::temp_dir().join(format!("postbuild-head-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("main-1.css"), "body {\n  color: red;\n}\n").unwrap();
        fs::write(
            dir.join("water-2.css"),
            "/* water */\n.water { color: blue; }\n",
        )
        .unwrap();
        let (out, styles) = rewrite(TRUNK, &dir).unwrap();
        assert!(!out.contains("stylesheet"));
        assert_eq!(
            styles.element(Bundle::Water),
            "<style>body{color:red}.water{color:blue}</style>"
        );
        assert_eq!(
            styles.element(Bundle::Stretch),
            "<style>body{color:red}</style>"
        );
        assert!(!dir.join("main-1.css").exists(), "inlined, so not deployed");
        let loader = loader("/water-1.js", "/water-1_bg.wasm");
        assert!(loader.contains("import(\"/water-1.js\")"));
        assert!(loader.contains("compileStreaming(fetch(\"/water-1_bg.wasm\"))"));
        assert!(
            loader.contains("largest-contentful-paint")
                && loader.contains("setTimeout(()=>go(),1000)")
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_icon_is_inlined_so_nothing_is_requested_before_the_first_paint() {
        let dir = std::env::temp_dir().join(format!("postbuild-icon-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("favicon.svg"),
            "<svg a=\"1\"><rect fill=\"#1f5f5b\"/></svg>\n",
        )
        .unwrap();
        let html = r#"<head><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>"#;
        let (out, _) = rewrite(html, &dir).unwrap();
        assert_eq!(
            out,
            r#"<head><link rel="icon" href="data:image/svg+xml,%3Csvg a='1'%3E%3Crect fill='%231f5f5b'/%3E%3C/svg%3E" type="image/svg+xml"></head>"#
        );
        assert!(dir.join("favicon.svg").exists(), "the manifest names it");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_app_built_by_trunk_is_refused_so_each_wasm_is_built_once() {
        let html = r#"<head><script type="module">import init from '/app-1.js';</script>
<link rel="modulepreload" href="/app-1.js"></head><body></body>"#;
        let refused = rewrite(html, &std::env::temp_dir());
        assert!(matches!(refused, Err(Error::Template(why)) if why.contains("data-trunk-skip")));
    }

    #[test]
    fn minified_css_keeps_what_matters() {
        assert_eq!(
            minify_css("a :focus , b > c {\n  margin: 0 auto;\n  grid: \"a b\" 1fr / 2fr;\n}\n@media (min-width: 48rem) { p { x: rgb(0 0 0 / 0.25) } }"),
            "a :focus,b>c{margin:0 auto;grid:\"a b\" 1fr / 2fr}@media (min-width:48rem){p{x:rgb(0 0 0 / 0.25)}}"
        );
    }

    #[test]
    fn an_unknown_stylesheet_is_a_clear_error() {
        let dir = std::env::temp_dir().join(format!("postbuild-head2-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("extra-1.css"), "p{}").unwrap();
        let html = r#"<head><link rel="stylesheet" href="/extra-1.css"></head>"#;
        assert!(matches!(rewrite(html, &dir), Err(Error::Template(_))));
        fs::remove_dir_all(dir).unwrap();
    }
}
