//! The post-build step: everything Trunk cannot do, run once on Trunk's output directory.
//!
//! 1. `head`: inline the stylesheet and start the app after the first paint;
//! 2. `pages`: pre-render every route into its own HTML file (content, title, description);
//! 3. `csp`: give every page a Content-Security-Policy with the hashes of its inline scripts and styles;
//! 4. `offline`: write the service worker with the precache list of the final files;
//! 5. `headers`: write `_headers` (the same CSP and caching rules) for static hosts that read it.
//!
//! Usage: `postbuild [DIR]`; `DIR` defaults to `$TRUNK_STAGING_DIR`, then `dist`.

mod csp;
mod head;
mod headers;
mod offline;
mod pages;

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
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(path, err) => write!(f, "{}: {err}", path.display()),
            Error::Template(what) => write!(f, "index.html from Trunk {what}"),
        }
    }
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
    let (html, loader) = head::rewrite(&trunk_html, &dir)?;
    let template = pages::Template::parse(&html)?;

    let mut policies = Vec::new();
    for (page, file) in PRERENDERED {
        let body = pages::render_body(page.path) + &loader;
        let html = csp::apply(&template.page(&page, &body));
        policies.push(csp::policy(&html));
        write(&dir.join(file), &html)?;
    }
    policies.dedup();
    if policies.len() != 1 {
        return Err(Error::Template(
            "led to pages with different inline scripts: one policy must fit all",
        ));
    }

    let files = built_files(&dir)?;
    write(&dir.join("sw.js"), &offline::service_worker(&files))?;
    let names: Vec<String> = files.iter().map(|(f, _)| f.clone()).collect();
    write(
        &dir.join("_headers"),
        &headers::headers_file(&policies[0], &names),
    )?;
    println!(
        "postbuild: {} pages, service worker and _headers written in {}",
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
