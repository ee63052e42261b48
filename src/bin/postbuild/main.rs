//! The post-build step: everything Trunk cannot do, run once on Trunk's output directory.
//!
//! 1. `pages`: pre-render every route into its own HTML file (content, title, description);
//! 2. `csp`: give every page a Content-Security-Policy with the hashes of its inline scripts and styles.
//!
//! Usage: `postbuild [DIR]`; `DIR` defaults to `$TRUNK_STAGING_DIR`, then `dist`.

mod csp;
mod pages;

use std::{env, fs, path::PathBuf, process::ExitCode};

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

fn run() -> Result<(), Error> {
    let dir = env::args()
        .nth(1)
        .or_else(|| env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into());
    let dir = PathBuf::from(dir);
    let template_path = dir.join("index.html");
    let template =
        fs::read_to_string(&template_path).map_err(|e| Error::Io(template_path.clone(), e))?;
    let template = pages::Template::parse(&template)?;
    for (page, file) in cramp_coach::domain::routes::PRERENDERED {
        let html = template.page(&page, &pages::render_body(page.path));
        let html = csp::apply(&html);
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::Io(parent.to_path_buf(), e))?;
        }
        fs::write(&path, html).map_err(|e| Error::Io(path.clone(), e))?;
    }
    println!(
        "postbuild: pre-rendered {} pages in {}",
        cramp_coach::domain::routes::PRERENDERED.len(),
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
