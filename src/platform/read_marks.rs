//! The only module that finds and marks the parts of the page read aloud: the elements that match
//! a selector (the guide's sentences, `[data-s]`, made at build time; "Cramp now"'s steps), their
//! text, and the highlight on the one being read, kept in view (at once under reduced motion).

/// The class of the element being read.
pub const READING_CLASS: &str = "is-reading";

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::READING_CLASS;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

    pub struct ReadMarks(Vec<Element>);

    fn reduced_motion() -> bool {
        web_sys::window()
            .and_then(|w| {
                w.match_media("(prefers-reduced-motion: reduce)")
                    .ok()
                    .flatten()
            })
            .is_some_and(|m| m.matches())
    }

    impl ReadMarks {
        pub fn find(selector: &str) -> Self {
            let found = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector_all(selector).ok());
            let elements = found.map_or_else(Vec::new, |list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
                    .collect()
            });
            Self(elements)
        }

        pub fn len(&self) -> usize {
            self.0.len()
        }

        pub fn text(&self, n: usize) -> String {
            self.0
                .get(n)
                .and_then(|e| e.text_content())
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default()
        }

        pub fn mark(&self, n: Option<usize>) {
            for (i, element) in self.0.iter().enumerate() {
                let _ = element
                    .class_list()
                    .toggle_with_force(READING_CLASS, Some(i) == n);
            }
            if let Some(element) = n.and_then(|n| self.0.get(n)) {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Nearest);
                options.set_behavior(if reduced_motion() {
                    ScrollBehavior::Instant
                } else {
                    ScrollBehavior::Smooth
                });
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub struct ReadMarks;

    impl ReadMarks {
        pub fn find(_selector: &str) -> Self {
            Self
        }
        pub fn len(&self) -> usize {
            0
        }
        pub fn text(&self, _n: usize) -> String {
            String::new()
        }
        pub fn mark(&self, _n: Option<usize>) {}
    }
}

/// The elements read aloud, in page order (keep it in `StoredValue::new_local`: not `Send`).
pub struct ReadMarks(imp::ReadMarks);

impl ReadMarks {
    /// The elements that match `selector` now, in page order.
    pub fn find(selector: &str) -> Self {
        Self(imp::ReadMarks::find(selector))
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of the `n`th, with its spaces and line breaks made single spaces.
    pub fn text(&self, n: usize) -> String {
        self.0.text(n)
    }

    /// Highlights the `n`th (and scrolls it into view), or none.
    pub fn mark(&self, n: Option<usize>) {
        self.0.mark(n)
    }
}
