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

/// How a split main module names the script that loads its parts, and how that script names the
/// main module's JS (both rewritten to the hashed names).
const LINK_NAME: &str = "./__wasm_split.js";
const MAIN_NAME: &str = "./__main.js";

/// A bundle split at its `wasm_split` points: the main module (for `wasm-bindgen`), the script
/// that loads the parts, and the parts.
struct Split {
    main: PathBuf,
    link: PathBuf,
    wasm: Vec<PathBuf>,
}

/// Splits `input` into `dir`; a bundle without split points comes out whole. (It also takes
/// out the linker's relocations, which `wasm-bindgen` and `wasm-opt` do not read.)
fn split(input: &Path, dir: &Path) -> Result<Split, Error> {
    let _ = fs::remove_dir_all(dir);
    let bytes = fs::read(input).map_err(|e| Error::Io(input.to_path_buf(), e))?;
    let main = dir.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(&bytes);
    options.output_dir = dir;
    options.main_out_path = &main;
    options.link_name = LINK_NAME;
    options.main_module = MAIN_NAME;
    let done = wasm_split_cli_support::transform(options)
        .map_err(|e| Error::Tool(format!("wasm-split {}", input.display()), e.to_string()))?;
    Ok(Split {
        main,
        link: dir.join(LINK_NAME.trim_start_matches("./")),
        wasm: done.split_modules,
    })
}

fn spawn(program: &str, args: &[&str], dir: &Path) -> Result<(String, Child), Error> {
    spawn_with(program, args, dir, &[])
}

/// [`spawn`] with environment variables set for the command.
fn spawn_with(
    program: &str,
    args: &[&str],
    dir: &Path,
    env: &[(&str, &str)],
) -> Result<(String, Child), Error> {
    let line = format!("{program} {}", args.join(" "));
    let child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
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
    // the splitter needs the linker's relocations to move functions into the parts
    let relocs = [(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        "-Clink-args=--emit-relocs",
    )];
    run_all(vec![spawn_with(&cargo, &args, &root, &relocs)?])?;

    let work = target.join("bundles").join(profile);
    fs::create_dir_all(&work).map_err(|e| Error::Io(work.clone(), e))?;
    let built_wasm = |b: Bundle| {
        target
            .join("wasm32-unknown-unknown")
            .join(profile)
            .join(format!("{}.wasm", b.name()))
    };
    let in_work = |file: String| work.join(file).to_string_lossy().into_owned();

    let mut parts = Vec::new();
    for b in Bundle::ALL {
        parts.push(split(
            &built_wasm(b),
            &work.join(format!("{}-split", b.name())),
        )?);
    }

    let mut bindgen = Vec::new();
    for (b, split) in Bundle::ALL.into_iter().zip(&parts) {
        let input = split.main.to_string_lossy().into_owned();
        let out_dir = format!("--out-dir={}", work.display());
        let out_name = format!("--out-name={}", b.name());
        let mut bindgen_args = vec!["--target=web", "--no-typescript", &out_dir, &out_name];
        if !split.wasm.is_empty() {
            // the parts share the main module's function table, which it must keep exporting
            bindgen_args.push("--keep-lld-exports");
        }
        bindgen_args.push(&input);
        bindgen.push(spawn("wasm-bindgen", &bindgen_args, &root)?);
    }
    run_all(bindgen)?;

    if release {
        let mut optimise = Vec::new();
        let wasm = Bundle::ALL
            .iter()
            .map(|b| in_work(format!("{}_bg.wasm", b.name())))
            .chain(
                parts
                    .iter()
                    .flat_map(|p| &p.wasm)
                    .map(|w| w.to_string_lossy().into_owned()),
            );
        for wasm in wasm {
            let output = format!("--output={wasm}");
            optimise.push(spawn("wasm-opt", &["-Oz", &output, &wasm], &root)?);
        }
        let js = Bundle::ALL
            .iter()
            .map(|b| in_work(format!("{}.js", b.name())))
            .chain(
                parts
                    .iter()
                    .filter(|p| !p.wasm.is_empty())
                    .map(|p| p.link.to_string_lossy().into_owned()),
            );
        for js in js {
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
        let split = &parts[built.len()];
        let read_path = |path: &PathBuf| fs::read(path).map_err(|e| Error::Io(path.clone(), e));
        let chunks = split
            .wasm
            .iter()
            .map(read_path)
            .collect::<Result<Vec<_>, _>>()?;
        let link = if chunks.is_empty() {
            Vec::new()
        } else {
            read_path(&split.link)?
        };
        let mut hashed: Vec<&[u8]> = vec![&js, &wasm, &link];
        hashed.extend(chunks.iter().map(Vec::as_slice));
        let stem = hashed_stem(b.name(), &hashed);
        let hash = stem.rsplit('-').next().unwrap_or_default();
        let write = |file: &str, data: &[u8]| {
            let path = out.join(file);
            fs::write(&path, data).map_err(|e| Error::Io(path, e))
        };
        let mut js = String::from_utf8_lossy(&js).into_owned();
        if !chunks.is_empty() {
            // one hash for the bundle's files, which name each other
            let link_name = format!("{}_parts-{hash}.js", b.name());
            // the import statement only: the wasm's own import is still named `LINK_NAME`
            for quote in ['"', '\''] {
                for gap in ["", " "] {
                    js = js.replace(
                        &format!("from{gap}{quote}{LINK_NAME}{quote}"),
                        &format!("from{gap}{quote}./{link_name}{quote}"),
                    );
                }
            }
            let mut link =
                String::from_utf8_lossy(&link).replace(MAIN_NAME, &format!("./{stem}.js"));
            for (path, data) in split.wasm.iter().zip(&chunks) {
                let part = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default();
                let name = format!("{}_{part}-{hash}.wasm", b.name());
                link = link.replace(&format!("./{part}.wasm"), &format!("./{name}"));
                write(&name, data)?;
            }
            write(&link_name, link.as_bytes())?;
        }
        write(&format!("{stem}.js"), js.as_bytes())?;
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
