//! Markdown to safe HTML, run at build time (by `build.rs`) and in native tests.
//!
//! What it guarantees, whatever the input:
//! - raw HTML in the source is shown as text, never passed through;
//! - links and images keep only `https:`, `mailto:`, relative and `#` targets;
//!   any other link becomes its plain text;
//! - every heading gets a stable, unique `id` (an explicit `{#id}` wins, otherwise a slug);
//! - the first `#` heading is the document title, the first paragraph its description;
//! - each `##` section after the first is preceded by a "Back to contents" link;
//! - a quote marked `> [!NOTE]` becomes a note set apart (`<div class="note" role="note">`),
//!   `> [!WARNING]` a warning box (`note note--warning`); other marks and plain quotes stay quotes;
//! - each sentence of a paragraph, list item, heading or table cell is wrapped in
//!   `<span data-s>` (see `sentences.rs`), so the page can read it aloud one sentence at a time;
//! - each `##` section heading is followed by its "Share" button (`data-share` = the section's id),
//!   which the page shows once its app has started and `public/listen.js` runs; its status line
//!   ("Link copied") ends the document.
//!
//! No browser or UI framework here: this file is also compiled into the build script.

use crate::domain::guide::sentences::sentence_ends;
use pulldown_cmark::{BlockQuoteKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;

/// One entry of a table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 2 for a section, 3 for a subsection.
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A rendered markdown document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub title: String,
    /// Plain text of the first paragraph after the title, for `<meta name="description">`.
    pub description: String,
    /// The body HTML, without the title heading (the page renders the title itself).
    pub html: String,
    /// Level 2 and 3 headings, in order.
    pub toc: Vec<Heading>,
}

/// The id of the table of contents that "Back to contents" links point to.
pub const CONTENTS_ID: &str = "contents";

/// What opens a sentence in the rendered HTML (the attribute the reader looks for: `[data-s]`).
pub const SENTENCE_START: &str = "<span data-s>";
const SENTENCE_END: &str = "</span>";

/// Whether a link or image target is allowed: https, mailto, site-relative or in-page.
pub fn is_safe_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("mailto:") {
        return true;
    }
    if url.starts_with("//") {
        // protocol-relative: may leave the origin over any scheme
        return false;
    }
    if url.starts_with('/')
        || url.starts_with('#')
        || url.starts_with("./")
        || url.starts_with("../")
    {
        return true;
    }
    // a relative path such as `stretch` or `a/b.html` has no scheme before its first `/`, `?` or `#`
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    !url.is_empty() && !head.contains(':')
}

/// Turns heading text into an id: lower case ASCII letters and digits joined by `-`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    let mut dash = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !slug.is_empty() {
                slug.push('-');
            }
            slug.push(c.to_ascii_lowercase());
            dash = false;
        } else {
            dash = true;
        }
    }
    if slug.is_empty() {
        slug.push_str("section");
    }
    slug
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn unique_id(wanted: String, used: &mut HashSet<String>) -> String {
    let mut id = wanted.clone();
    let mut n = 2;
    while used.contains(&id) || id == CONTENTS_ID {
        id = format!("{wanted}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

/// A heading collected while its inline events are buffered.
struct OpenHeading<'a> {
    level: u8,
    explicit_id: Option<String>,
    events: Vec<Event<'a>>,
    text: String,
}

/// Renders markdown to safe HTML with heading ids and a table of contents.
pub fn render(markdown: &str) -> Rendered {
    let options = Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
        | Options::ENABLE_GFM;
    let mut out: Vec<Event> = Vec::new();
    let mut title = String::new();
    let mut description = String::new();
    let mut toc = Vec::new();
    let mut used = HashSet::new();
    let mut heading: Option<OpenHeading> = None;
    // Paragraph text after the title, collected until the first paragraph ends.
    let mut paragraph: Option<String> = None;
    // Links whose target was refused: their end tags must be dropped too.
    let mut dropped_links: Vec<bool> = Vec::new();
    let mut seen_h2 = false;

    for event in Parser::new_ext(markdown, options) {
        // Raw HTML is escaped: it becomes text.
        let event = match event {
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            other => other,
        };
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some(OpenHeading {
                    level: level_number(level),
                    explicit_id: id.map(|id| id.to_string()),
                    events: Vec::new(),
                    text: String::new(),
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some(h) = heading.take() else { continue };
                let text = h.text.trim().to_string();
                if h.level == 1 && title.is_empty() {
                    title = text;
                    continue;
                }
                let id = unique_id(h.explicit_id.unwrap_or_else(|| slugify(&text)), &mut used);
                if h.level == 2 {
                    if seen_h2 {
                        out.push(Event::Html(CowStr::from(format!(
                            "<p class=\"to-contents\"><a href=\"#{CONTENTS_ID}\" target=\"_self\">Back to contents</a></p>\n"
                        ))));
                    }
                    seen_h2 = true;
                }
                let share = (h.level == 2).then(|| share_button(&id, &text));
                if h.level == 2 || h.level == 3 {
                    toc.push(Heading {
                        level: h.level,
                        id: id.clone(),
                        text,
                    });
                }
                out.push(Event::Html(CowStr::from(format!(
                    "<h{} id=\"{}\">",
                    h.level,
                    escape_attr(&id)
                ))));
                out.extend(h.events);
                out.push(Event::Html(CowStr::from(format!("</h{}>\n", h.level))));
                if let Some(share) = share {
                    out.push(Event::Html(CowStr::from(share)));
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title: link_title,
                id,
            }) => {
                let safe = is_safe_url(&dest_url);
                dropped_links.push(!safe);
                if safe && dest_url.starts_with('#') {
                    // in-page links are left to the browser (native scroll and focus): `target="_self"`
                    // inline (not a block): it stays inside the sentence it is in
                    let start = format!("<a href=\"{}\" target=\"_self\">", escape_attr(&dest_url));
                    push(
                        &mut heading,
                        &mut out,
                        Event::InlineHtml(CowStr::from(start)),
                    );
                } else if safe {
                    push(
                        &mut heading,
                        &mut out,
                        Event::Start(Tag::Link {
                            link_type,
                            dest_url,
                            title: link_title,
                            id,
                        }),
                    );
                }
            }
            Event::Start(Tag::BlockQuote(kind)) => {
                let html = match note_class(kind) {
                    Some(class) => format!("<div class=\"{class}\" role=\"note\">\n"),
                    None => "<blockquote>\n".into(),
                };
                push(&mut heading, &mut out, Event::Html(CowStr::from(html)));
            }
            Event::End(TagEnd::BlockQuote(kind)) => {
                let html = if note_class(kind).is_some() {
                    "</div>\n"
                } else {
                    "</blockquote>\n"
                };
                push(&mut heading, &mut out, Event::Html(CowStr::from(html)));
            }
            Event::End(TagEnd::Link) => {
                if !dropped_links.pop().unwrap_or(false) {
                    push(&mut heading, &mut out, Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title: image_title,
                id,
            }) if !is_safe_url(&dest_url) => {
                // keep the alt text only
                let _ = (link_type, image_title, id);
                dropped_links.push(true);
            }
            Event::End(TagEnd::Image) if dropped_links.last() == Some(&true) => {
                dropped_links.pop();
            }
            Event::Start(Tag::Paragraph) => {
                if !title.is_empty()
                    && description.is_empty()
                    && paragraph.is_none()
                    && heading.is_none()
                {
                    paragraph = Some(String::new());
                }
                push(&mut heading, &mut out, Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some(text) = paragraph.take() {
                    let text = text.trim().to_string();
                    // a line of emphasis only (a byline or date) is not a description
                    if !text.is_empty() && !text.starts_with("Published") {
                        description = text;
                    }
                }
                push(&mut heading, &mut out, Event::End(TagEnd::Paragraph));
            }
            Event::Text(text) | Event::Code(text) if heading.is_some() || paragraph.is_some() => {
                if let Some(h) = heading.as_mut() {
                    h.text.push_str(&text);
                }
                if let Some(p) = paragraph.as_mut() {
                    p.push_str(&text);
                }
                push(&mut heading, &mut out, Event::Text(text));
            }
            other => push(&mut heading, &mut out, other),
        }
    }

    if seen_h2 {
        // where the "Share" buttons say "Link copied" (politely, once)
        out.push(Event::Html(CowStr::Borrowed(
            "<p role=\"status\" class=\"share-status\"></p>\n",
        )));
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, mark_sentences(out).into_iter());
    Rendered {
        title,
        description,
        html,
        toc,
    }
}

/// The "Share" button after a section's heading, run by `public/listen.js`. Its name says which
/// section: "Share the section ‘…’", or "Copy link to the section ‘…’" in a browser without the
/// Web Share API (the page's inline script marks `<html data-no-share>`; the stylesheet shows one).
fn share_button(id: &str, text: &str) -> String {
    let text = escape_attr(text);
    format!(
        "<p class=\"section-share\"><button type=\"button\" class=\"button button--quiet\" data-share=\"{}\">\
         <span class=\"share-as-sheet\">Share<span class=\"visually-hidden\"> the section ‘{text}’</span></span>\
         <span class=\"share-as-copy\">Copy link<span class=\"visually-hidden\"> to the section ‘{text}’</span></span>\
         </button></p>\n",
        escape_attr(id)
    )
}

/// Whether an event is part of a run of inline content (text and the elements within it).
/// `InlineHtml` is only ever an in-page link's start tag: raw HTML was turned into text.
fn inline_depth_change(event: &Event) -> Option<i32> {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_)
        | Event::InlineMath(_) => Some(0),
        Event::InlineHtml(_) => Some(1),
        Event::Start(
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. },
        ) => Some(1),
        Event::End(
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image,
        ) => Some(-1),
        _ => None,
    }
}

/// Wraps each sentence of every run of inline content in `<span data-s>`: a sentence ends where
/// `sentence_ends` says, or at the end of its run (paragraph, list item, heading, cell). A span
/// never cuts an element: an end inside `<strong>` or a link waits until that element closes.
fn mark_sentences(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len() * 2);
    let mut run = Vec::new();
    let mut in_code_block = false;
    for event in events {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            _ => {}
        }
        if !in_code_block && inline_depth_change(&event).is_some() {
            run.push(event);
        } else {
            wrap_run(std::mem::take(&mut run), &mut out);
            out.push(event);
        }
    }
    wrap_run(run, &mut out);
    out
}

/// The text a run reads as: its text and code, and a space for each line break.
fn run_text(run: &[Event]) -> String {
    run.iter()
        .map(|e| match e {
            Event::Text(t) | Event::Code(t) => t.as_ref(),
            Event::SoftBreak | Event::HardBreak => " ",
            _ => "",
        })
        .collect()
}

fn wrap_run<'a>(run: Vec<Event<'a>>, out: &mut Vec<Event<'a>>) {
    if run.is_empty() {
        return;
    }
    let ends = sentence_ends(&run_text(&run));
    let mut ends = ends.iter().copied().peekable();
    let mut offset = 0;
    let mut depth = 0;
    let mut open = false;
    let mut pending = false;
    let open_span = |out: &mut Vec<Event<'a>>, open: &mut bool| {
        if !*open {
            out.push(Event::InlineHtml(CowStr::Borrowed(SENTENCE_START)));
            *open = true;
        }
    };
    for event in run {
        match event {
            Event::Text(text) if depth == 0 => {
                let start = offset;
                offset += text.len();
                let mut from = 0;
                while let Some(end) = ends.next_if(|&e| e <= offset) {
                    let piece = &text[from..end - start];
                    push_piece(piece, out, &mut open, &open_span);
                    if open {
                        out.push(Event::InlineHtml(CowStr::Borrowed(SENTENCE_END)));
                        open = false;
                    }
                    from = end - start;
                }
                push_piece(&text[from..], out, &mut open, &open_span);
            }
            Event::Text(ref text) | Event::Code(ref text) => {
                offset += text.len();
                // an end inside an element (or a code span) waits until it closes
                while ends.next_if(|&e| e <= offset).is_some() {
                    pending = true;
                }
                if depth == 0 {
                    open_span(out, &mut open);
                }
                out.push(event);
                if depth == 0 && pending {
                    out.push(Event::InlineHtml(CowStr::Borrowed(SENTENCE_END)));
                    open = false;
                    pending = false;
                }
            }
            other => {
                let change = inline_depth_change(&other).unwrap_or(0);
                if matches!(other, Event::SoftBreak | Event::HardBreak) {
                    offset += 1;
                    while ends.next_if(|&e| e <= offset).is_some() {}
                    out.push(other);
                    continue;
                }
                if change > 0 && depth == 0 {
                    open_span(out, &mut open);
                }
                depth += change;
                out.push(other);
                if depth == 0 && pending {
                    out.push(Event::InlineHtml(CowStr::Borrowed(SENTENCE_END)));
                    open = false;
                    pending = false;
                }
            }
        }
    }
    if open {
        out.push(Event::InlineHtml(CowStr::Borrowed(SENTENCE_END)));
    }
}

/// Text outside any element: leading spaces stay outside the sentence's span.
fn push_piece<'a>(
    piece: &str,
    out: &mut Vec<Event<'a>>,
    open: &mut bool,
    open_span: &impl Fn(&mut Vec<Event<'a>>, &mut bool),
) {
    if piece.is_empty() {
        return;
    }
    let body = if *open { piece } else { piece.trim_start() };
    let lead = &piece[..piece.len() - body.len()];
    if !lead.is_empty() {
        out.push(Event::Text(CowStr::from(lead.to_string())));
    }
    if !body.is_empty() {
        open_span(out, open);
        out.push(Event::Text(CowStr::from(body.to_string())));
    }
}

/// The class of a marked quote shown as a note, or `None` for a plain quote.
fn note_class(kind: Option<BlockQuoteKind>) -> Option<&'static str> {
    match kind {
        Some(BlockQuoteKind::Note) => Some("note"),
        Some(BlockQuoteKind::Warning) => Some("note note--warning"),
        _ => None,
    }
}

/// Escapes text for HTML content or a quoted attribute value.
pub fn escape_attr(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn push<'a>(heading: &mut Option<OpenHeading<'a>>, out: &mut Vec<Event<'a>>, event: Event<'a>) {
    match heading {
        Some(h) => h.events.push(event),
        None => out.push(event),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_the_first_h1_and_not_in_the_body() {
        let r = render("# Night cramps\n\nFirst paragraph.\n\n## Causes\n\nText.");
        assert_eq!(r.title, "Night cramps");
        assert_eq!(r.description, "First paragraph.");
        assert!(!r.html.contains("<h1"));
        assert!(r
            .html
            .contains("<h2 id=\"causes\"><span data-s>Causes</span></h2>"));
    }

    #[test]
    fn explicit_ids_win_and_duplicates_are_numbered() {
        let r = render("# T\n\n## A {#alpha}\n\n## Same\n\n## Same\n\n### Contents\n");
        let ids: Vec<_> = r.toc.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["alpha", "same", "same-2", "contents-2"]);
    }

    #[test]
    fn raw_html_is_escaped() {
        let r = render("# T\n\n<script>alert(1)</script>\n\nHi <b onclick=x>there</b>");
        assert!(!r.html.contains("<script"));
        assert!(!r.html.contains("<b "));
        assert!(r.html.contains("&lt;script&gt;"));
    }

    #[test]
    fn unsafe_links_become_text() {
        let r = render("# T\n\n[bad](javascript:alert(1)) [data](data:text/html,x) [ok](https://example.org) [rel](/check) [frag](#causes) [mail](mailto:a@b.c) [proto](//evil.example)");
        assert!(!r.html.contains("javascript:"));
        assert!(!r.html.contains("data:"));
        assert!(!r.html.contains("//evil"));
        assert!(r.html.contains(">bad<") || r.html.contains("bad "));
        assert!(r.html.contains("href=\"https://example.org\""));
        assert!(r.html.contains("href=\"/check\""));
        assert!(r
            .html
            .contains("<a href=\"#causes\" target=\"_self\">frag</a>"));
        assert!(r.html.contains("href=\"mailto:a@b.c\""));
    }

    #[test]
    fn safe_url_rules() {
        for ok in [
            "https://a.b",
            "HTTPS://A.B",
            "mailto:x@y",
            "/a",
            "#b",
            "./c",
            "../d",
            "stretch",
            "a/b:c",
        ] {
            assert!(is_safe_url(ok), "{ok}");
        }
        for bad in [
            "http://a.b",
            "javascript:x",
            " JavaScript:x",
            "data:x",
            "vbscript:x",
            "//a.b",
            "",
            "file:///etc",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn marked_quotes_become_notes_and_others_stay_quotes() {
        let r = render("# T\n\n> [!NOTE]\n> **Note from Cramp Coach:** a <b>fact</b>.\n\n> [!WARNING]\n> Get help.\n\n> [!TIP]\n> Tip.\n\n> Plain.\n");
        assert!(r.html.contains("<div class=\"note\" role=\"note\">\n<p><span data-s><strong>Note from Cramp Coach:</strong> a &lt;b&gt;fact&lt;/b&gt;.</span></p>\n</div>"), "{}", r.html);
        assert!(r.html.contains(
            "<div class=\"note note--warning\" role=\"note\">\n<p><span data-s>Get help.</span></p>\n</div>"
        ));
        assert_eq!(r.html.matches("<blockquote>").count(), 2);
        assert_eq!(r.html.matches("</blockquote>").count(), 2);
        assert!(!r.html.contains("[!"));
        assert!(!r.html.contains("markdown-alert"));
    }

    #[test]
    fn each_sentence_is_wrapped_without_cutting_an_element() {
        let r = render("# T\n\nIntro.\n\nOne at 1.2 mg, e.g. salt. **Get help now.** Call 111 ([NHS](https://nhs.uk)). See [below](#b).\nNext line? `Ab. Cd` ok\n\n- **Item:** text. More\n");
        assert_eq!(
            r.html,
            "<p><span data-s>Intro.</span></p>\n<p><span data-s>One at 1.2 mg, e.g. salt.</span> <span data-s><strong>Get help now.</strong></span> \
             <span data-s>Call 111 (<a href=\"https://nhs.uk\">NHS</a>).</span> \
             <span data-s>See <a href=\"#b\" target=\"_self\">below</a>.</span>\n\
             <span data-s>Next line?</span> <span data-s><code>Ab. Cd</code></span> <span data-s>ok</span></p>\n\
             <ul>\n<li><span data-s><strong>Item:</strong> text.</span> <span data-s>More</span></li>\n</ul>\n"
        );
    }

    #[test]
    fn code_blocks_are_not_split() {
        let r = render("# T\n\n```\nOne. Two.\n```\n");
        assert!(!r.html.contains("data-s"), "{}", r.html);
    }

    #[test]
    fn each_section_has_a_share_button_named_after_it() {
        let r = render("# T\n\n## Stay \"hydrated\" {#water}\n\n### Sub\n");
        assert!(r.html.contains("</h2>\n<p class=\"section-share\"><button type=\"button\" class=\"button button--quiet\" data-share=\"water\"><span class=\"share-as-sheet\">Share<span class=\"visually-hidden\"> the section ‘Stay &quot;hydrated&quot;’</span></span><span class=\"share-as-copy\">Copy link<span class=\"visually-hidden\"> to the section ‘Stay &quot;hydrated&quot;’</span></span></button></p>"), "{}", r.html);
        assert_eq!(r.html.matches("data-share").count(), 1);
    }

    #[test]
    fn back_to_contents_links_between_sections() {
        let r = render("# T\n\n## One\n\n## Two\n\n### Sub\n\n## Three\n");
        assert_eq!(r.html.matches("Back to contents").count(), 2);
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("What Causes Leg Cramps at Night?"),
            "what-causes-leg-cramps-at-night"
        );
        assert_eq!(slugify("1. Stay Hydrated"), "1-stay-hydrated");
        assert_eq!(slugify("¿?"), "section");
    }
}
