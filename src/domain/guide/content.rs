//! The content model: documents rendered from `content/*.md` at build time.
//!
//! `build.rs` renders the markdown (see `markdown.rs`) and writes `guide.rs` into `OUT_DIR`;
//! this module gives it a type. Nothing here parses markdown at run time.

/// A table-of-contents entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TocEntry {
    /// 2 for a section, 3 for a subsection.
    pub level: u8,
    pub id: &'static str,
    pub text: &'static str,
}

/// A document rendered at build time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    pub title: &'static str,
    pub description: &'static str,
    /// Safe HTML before the first section (byline and introduction).
    pub intro: &'static str,
    /// Safe HTML: raw HTML escaped and link targets checked by the renderer.
    pub html: &'static str,
    pub toc: &'static [TocEntry],
}

/// The id of the table of contents, the target of every "Back to contents" link.
pub const CONTENTS_ID: &str = "contents";

include!(concat!(env!("OUT_DIR"), "/guide.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_keeps_every_section_of_the_article() {
        let ids: Vec<_> = GUIDE.toc.iter().map(|e| e.id).collect();
        for id in [
            "causes",
            "remedies",
            "prevention",
            "stay-hydrated",
            "stretch-regularly",
            "electrolytes",
            "sleeping-position",
            "footwear",
            "leg-massager",
            "when-to-seek-care",
            "conclusion",
        ] {
            assert!(ids.contains(&id), "missing section {id}");
        }
        assert_eq!(
            GUIDE.toc.iter().filter(|e| e.level == 3).count(),
            6,
            "six prevention steps"
        );
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn contents_id_matches_the_renderer() {
        assert_eq!(CONTENTS_ID, crate::domain::guide::markdown::CONTENTS_ID);
    }

    #[test]
    fn guide_keeps_named_sources_and_facts() {
        for needle in [
            "Mayo Clinic",
            "South Valley Vascular",
            "Nekteck Air Compression Leg Massager",
            "a minimum of 8 cups of water",
            "Hold the stretch for 20–30 seconds",
            "Almonds, spinach, dark chocolate, and whole grains",
            "Bananas, sweet potatoes, avocados, and oranges",
            "Yogurt, milk, leafy greens, and fortified plant-based alternatives",
            "diuretics and statins",
            "Cramps disrupt your sleep regularly.",
        ] {
            assert!(
                GUIDE.html.contains(needle) || GUIDE.intro.contains(needle),
                "guide lost: {needle}"
            );
        }
        assert_eq!(
            GUIDE.title,
            "What Causes Leg Cramps at Night and How to Prevent Them with Easy Home Remedies"
        );
        assert!(GUIDE
            .description
            .starts_with("Have you ever been jolted awake"));
    }
}
