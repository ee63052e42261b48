//! Renders `content/*.md` to HTML and checks `content/check.toml` at build time, so no markdown
//! or TOML parser ships in the wasm.

#[path = "src/domain/guide/markdown.rs"]
#[allow(dead_code)]
mod markdown;

#[path = "src/domain/guide/sentences.rs"]
#[allow(dead_code)]
mod sentences;

#[path = "src/domain/calendar.rs"]
#[allow(dead_code)]
mod calendar;

#[path = "src/domain/check/rules.rs"]
#[allow(dead_code)]
mod check_rules;

/// The paths `check_rules` uses inside the crate.
mod domain {
    pub(crate) use crate::calendar;
    pub mod guide {
        pub(crate) use crate::markdown;
        pub(crate) use crate::sentences;
    }
}

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=content/guide.md");
    println!("cargo:rerun-if-changed=src/domain/guide/markdown.rs");
    println!("cargo:rerun-if-changed=src/domain/guide/sentences.rs");
    println!("cargo:rerun-if-changed=content/check.toml");
    println!("cargo:rerun-if-changed=src/domain/check/rules.rs");
    println!("cargo:rerun-if-changed=src/domain/calendar.rs");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    check_questions(&out_dir);

    let source = fs::read_to_string("content/guide.md").expect("content/guide.md is readable");
    let guide = markdown::render(&source);
    assert!(
        !guide.title.is_empty(),
        "content/guide.md needs a `# title`"
    );
    assert!(
        !guide.description.is_empty(),
        "content/guide.md needs a first paragraph"
    );

    // The introduction (before the first section) is shown above the table of contents.
    let split = guide.html.find("<h2 ").unwrap_or(0);
    let (intro, body) = guide.html.split_at(split);

    let mut rust = String::from("/// The guide, rendered from `content/guide.md` at build time.\npub static GUIDE: Document = Document {\n");
    rust += &format!(
        "    title: {:?},\n    description: {:?},\n    intro: {:?},\n    html: {:?},\n    toc: &[\n",
        guide.title, guide.description, intro, body
    );
    for h in &guide.toc {
        rust += &format!(
            "        TocEntry {{ level: {}, id: {:?}, text: {:?} }},\n",
            h.level, h.id, h.text
        );
    }
    rust += "    ],\n};\n";
    fs::write(Path::new(&out_dir).join("guide.rs"), rust).expect("OUT_DIR is writable");
}

/// The symptom check's questions: a bad rules file stops the build with every problem listed.
fn check_questions(out_dir: &str) {
    let source = fs::read_to_string("content/check.toml").expect("content/check.toml is readable");
    match check_rules::parse(&source) {
        Ok(rules) => fs::write(
            Path::new(out_dir).join("check_questions.rs"),
            check_rules::to_rust(&rules),
        )
        .expect("OUT_DIR is writable"),
        Err(problems) => {
            eprintln!("content/check.toml needs fixing:");
            for p in problems {
                eprintln!("  - {p}");
            }
            std::process::exit(1);
        }
    }
}
