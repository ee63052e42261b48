//! One wasm module per bundle (`domain::routes::Bundle`, `src/bin/<bundle>.rs`), so a first
//! visit downloads only the code of the page it opens.
//!
//! One `cargo build` for all bundles (the library is compiled once; the linker keeps what each
//! bundle uses), then per bundle: `wasm-bindgen`; in release also `wasm-opt -Oz` and `terser`
//! on the JS glue; last, content-hashed names in the output directory. The tools come from
//! `PATH` (`make tools` installs them); nothing is downloaded.

use super::Error;
use cramp_coach::domain::routes::Bundle;
use std::{
    env, fs,
    path::{Path, PathBuf},
    process::{Child, Command},
};

/// A bundle's files in the output directory, as absolute URL paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    pub bundle: Bundle,
    pub js: String,
    pub wasm: String,
}

fn spawn(program: &str, args: &[&str], dir: &Path) -> Result<(String, Child), Error> {
    let line = format!("{program} {}", args.join(" "));
    let child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .spawn()
        .map_err(|e| Error::Tool(line.clone(), e.to_string()))?;
    Ok((line, child))
}

/// Runs the commands at the same time; fails with the first one that failed.
fn run_all(commands: Vec<(String, Child)>) -> Result<(), Error> {
    let mut first_error = None;
    for (line, mut child) in commands {
        let result = match child.wait() {
            Ok(status) if status.success() => Ok(()),
            Ok(status) => Err(Error::Tool(line, status.to_string())),
            Err(e) => Err(Error::Tool(line, e.to_string())),
        };
        if let (Err(e), None) = (result, &first_error) {
            first_error = Some(e);
        }
    }
    first_error.map_or(Ok(()), Err)
}

/// `name-<16 hex digits of the content's sha256>`.
pub fn hashed_stem(name: &str, parts: &[&[u8]]) -> String {
    format!("{name}-{}", super::short_sha256(parts.iter().copied(), 8))
}

/// Builds every bundle and writes its JS and wasm into `out`.
pub fn build(out: &Path, release: bool) -> Result<Vec<Built>, Error> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let profile = if release { "release" } else { "debug" };
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());

    let mut args = vec![
        "build",
        "--quiet",
        "--offline",
        "--target=wasm32-unknown-unknown",
        "--features=hydrate",
    ];
    if release {
        args.push("--release");
    }
    for bundle in Bundle::ALL {
        args.extend(["--bin", bundle.name()]);
    }
    run_all(vec![spawn(&cargo, &args, &root)?])?;

    let work = target.join("bundles").join(profile);
    fs::create_dir_all(&work).map_err(|e| Error::Io(work.clone(), e))?;
    let built_wasm = |b: Bundle| {
        target
            .join("wasm32-unknown-unknown")
            .join(profile)
            .join(format!("{}.wasm", b.name()))
    };
    let in_work = |file: String| work.join(file).to_string_lossy().into_owned();

    let mut bindgen = Vec::new();
    for b in Bundle::ALL {
        let input = built_wasm(b).to_string_lossy().into_owned();
        let out_dir = format!("--out-dir={}", work.display());
        let out_name = format!("--out-name={}", b.name());
        bindgen.push(spawn(
            "wasm-bindgen",
            &[
                "--target=web",
                "--no-typescript",
                &out_dir,
                &out_name,
                &input,
            ],
            &root,
        )?);
    }
    run_all(bindgen)?;

    if release {
        let mut optimise = Vec::new();
        for b in Bundle::ALL {
            let wasm = in_work(format!("{}_bg.wasm", b.name()));
            let output = format!("--output={wasm}");
            optimise.push(spawn("wasm-opt", &["-Oz", &output, &wasm], &root)?);
            let js = in_work(format!("{}.js", b.name()));
            optimise.push(spawn(
                "terser",
                &[&js, "--module", "--compress", "--mangle", "--output", &js],
                &root,
            )?);
        }
        run_all(optimise)?;
    }

    let mut built = Vec::new();
    for b in Bundle::ALL {
        let read = |file: String| {
            let path = work.join(file);
            fs::read(&path).map_err(|e| Error::Io(path, e))
        };
        let js = read(format!("{}.js", b.name()))?;
        let wasm = read(format!("{}_bg.wasm", b.name()))?;
        let stem = hashed_stem(b.name(), &[&js, &wasm]);
        let write = |file: &str, data: &[u8]| {
            let path = out.join(file);
            fs::write(&path, data).map_err(|e| Error::Io(path, e))
        };
        write(&format!("{stem}.js"), &js)?;
        write(&format!("{stem}_bg.wasm"), &wasm)?;
        built.push(Built {
            bundle: b,
            js: format!("/{stem}.js"),
            wasm: format!("/{stem}_bg.wasm"),
        });
    }
    Ok(built)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_change_with_the_content_and_look_hashed_to_the_headers() {
        let a = hashed_stem("water", &[b"js", b"wasm"]);
        assert_ne!(a, hashed_stem("water", &[b"js", b"wasm2"]));
        assert_eq!(a, hashed_stem("water", &[b"js", b"wasm"]));
        assert!(super::super::headers::is_hashed(&format!("{a}_bg.wasm")));
        assert!(super::super::headers::is_hashed(&format!("{a}.js")));
    }

    #[test]
    fn a_missing_tool_is_a_clear_error() {
        let err = spawn("no-such-tool-here", &["x"], Path::new(".")).unwrap_err();
        assert!(err.to_string().contains("no-such-tool-here x"));
    }
}
