//! The post-build step: everything Trunk cannot do, run once on Trunk's output directory.
//!
//! 1. `wasm`: build one wasm module per bundle (each tool its own), with hashed names;
//! 2. `head`: inline the shared and the bundle's stylesheet, start the app after the first paint;
//! 3. `pages`: pre-render every route into its own HTML file (content, title, description);
//! 4. `csp`: give every page a Content-Security-Policy with the hashes of its inline scripts and styles;
//! 5. `offline`: write the service worker with the precache list of the final files;
//! 6. `headers`: write `_headers` (one CSP that fits every page, caching rules) for static hosts.
//!
//! Usage: `postbuild [DIR]`; `DIR` defaults to `$TRUNK_STAGING_DIR`, then `dist`. The wasm is
//! built in release unless `$TRUNK_PROFILE` is `debug`.

// a native build tool, not in the wasm: the standard library's sorts are fine here (`clippy.toml`)
#![allow(clippy::disallowed_methods)]

mod csp;
mod head;
mod headers;
mod offline;
mod pages;
mod wasm;

use cramp_coach::components::bundles;
use cramp_coach::domain::routes::PRERENDERED;
use std::{
    env, fs,
    path::{Path, PathBuf},
    process::ExitCode,
};

/// Why the post-build step failed.
#[derive(Debug)]
enum Error {
    Io(PathBuf, std::io::Error),
    Template(&'static str),
    /// A build tool failed: the command, and how.
    Tool(String, String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(path, err) => write!(f, "{}: {err}", path.display()),
            Error::Template(what) => write!(f, "index.html from Trunk {what}"),
            Error::Tool(command, how) => write!(
                f,
                "`{command}` failed: {how} (are the tools installed? run `make tools`)"
            ),
        }
    }
}

/// The first `bytes` bytes of the sha256 of `parts` (in order), as hex: content-derived names
/// and versions.
fn short_sha256<'a>(parts: impl IntoIterator<Item = &'a [u8]>, bytes: usize) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher
        .finalize()
        .iter()
        .take(bytes)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn write(path: &Path, contents: &str) -> Result<(), Error> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::Io(parent.to_path_buf(), e))?;
    }
    fs::write(path, contents).map_err(|e| Error::Io(path.to_path_buf(), e))
}

/// Every file under `dir` as (path relative to `dir` with `/`, contents).
fn built_files(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).map_err(|e| Error::Io(d.clone(), e))? {
            let path = entry.map_err(|e| Error::Io(d.clone(), e))?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                let data = fs::read(&path).map_err(|e| Error::Io(path.clone(), e))?;
                out.push((rel, data));
            }
        }
    }
    Ok(out)
}

fn run() -> Result<(), Error> {
    let dir = env::args()
        .nth(1)
        .or_else(|| env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into());
    let dir = PathBuf::from(dir);
    let template_path = dir.join("index.html");
    let trunk_html =
        fs::read_to_string(&template_path).map_err(|e| Error::Io(template_path.clone(), e))?;
    pages::Template::parse(&trunk_html)?; // refuses a page that was already processed
    let release = env::var("TRUNK_PROFILE").map_or(true, |p| p != "debug");
    let bundles = wasm::build(&dir, release)?;
    let (html, styles) = head::rewrite(&trunk_html, &dir)?;
    let template = pages::Template::parse(&html)?;

    let mut every_page = String::new();
    for (page, file) in PRERENDERED {
        let built = bundles
            .iter()
            .find(|b| b.bundle == page.bundle)
            .ok_or(Error::Template("names a page whose bundle was not built"))?;
        // a page with no part of its own (the guide, the not-found page) loads no wasm: it is
        // working as soon as it is shown
        let style = styles.element(page.bundle);
        let body = pages::render_body(page.path);
        let html = if bundles::is_live(page) {
            let loader = head::loader(&built.js, &built.wasm);
            template.page(&page, &style, &(body + &loader))
        } else {
            pages::mark_working(&template.page(&page, &style, &body))?
        };
        let html = csp::apply(&html);
        write(&dir.join(file), &html)?;
        every_page += &html;
    }
    // one policy for the host's headers: it must allow every page's inline scripts and styles
    let policy = csp::policy(&every_page);

    let files = built_files(&dir)?;
    write(&dir.join("sw.js"), &offline::service_worker(&files))?;
    let names: Vec<String> = files.iter().map(|(f, _)| f.clone()).collect();
    write(
        &dir.join("_headers"),
        &headers::headers_file(&policy, &names),
    )?;
    println!(
        "postbuild: {} bundles, {} pages, service worker and _headers written in {}",
        bundles.len(),
        PRERENDERED.len(),
        dir.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("postbuild failed: {e}");
            ExitCode::FAILURE
        }
    }
}
