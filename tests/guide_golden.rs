//! Golden-file tests for the markdown renderer (as in mdBook): each `tests/golden/NAME.md` renders to
//! exactly `tests/golden/NAME.html`, and the real guide to `tests/golden/guide.html`.
//! After an intended change, regenerate with `UPDATE_GOLDEN=1 cargo test --features ssr --test guide_golden`.
#![cfg(not(target_arch = "wasm32"))]

use cramp_coach::domain::guide::markdown::{render, Rendered};
use std::{fs, path::Path};

fn as_golden(r: &Rendered) -> String {
    let mut out = format!(
        "<!-- title: {} -->\n<!-- description: {} -->\n",
        r.title, r.description
    );
    for h in &r.toc {
        out += &format!("<!-- toc: h{} #{} {} -->\n", h.level, h.id, h.text);
    }
    out + &r.html
}

fn check(name: &str, source: &Path) {
    let golden = Path::new("tests/golden").join(format!("{name}.html"));
    let actual = as_golden(&render(&fs::read_to_string(source).unwrap()));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&golden, &actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&golden)
        .unwrap_or_else(|_| panic!("missing {}: run with UPDATE_GOLDEN=1", golden.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{} differs from the rendering at line {}:\n  expected: {}\n  actual:   {}\n(UPDATE_GOLDEN=1 to accept)",
            golden.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or(""),
            actual.lines().nth(line).unwrap_or("")
        );
    }
}

#[test]
fn guide_matches_its_golden_file() {
    check("guide", Path::new("content/guide.md"));
}

#[test]
fn escaping_fixture_matches_its_golden_file() {
    check("escaping", Path::new("tests/golden/escaping.md"));
}

#[test]
fn escaping_golden_file_has_no_live_html_or_unsafe_links() {
    let html = fs::read_to_string("tests/golden/escaping.html").unwrap();
    for bad in [
        "<script",
        "<iframe",
        "<img src=\"javascript",
        "href=\"javascript",
        "href=\"data:",
        "href=\"http:",
        "<img src=x",
        "<b>",
        "id=\"x\"onclick",
    ] {
        assert!(!html.contains(bad), "escaping.html contains {bad}");
    }
}

/// The words of a text, lower-case, without punctuation or markup.
fn words(text: &str) -> Vec<String> {
    text.replace('’', "'")
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The guide keeps every word of the original article (`tests/golden/original-article.txt`), in
/// order; notes from Cramp Coach may come between them, but nothing of the article is dropped or changed.
#[test]
fn the_guide_keeps_every_word_of_the_original_article() {
    let article = words(&fs::read_to_string("tests/golden/original-article.txt").unwrap());
    let guide = words(&fs::read_to_string("content/guide.md").unwrap());
    let mut rest = guide.iter();
    for (i, word) in article.iter().enumerate() {
        assert!(
            rest.any(|w| w == word),
            "the guide lost the article's word {word:?} in \"{}\"",
            article[i.saturating_sub(6)..(i + 6).min(article.len())].join(" ")
        );
    }
}
