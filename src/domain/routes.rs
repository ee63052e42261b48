//! The app's routes: one table used by the navigation, the page titles and the pre-renderer.

/// A top-level page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// The path the router matches, without a trailing slash (`/` for the guide).
    pub path: &'static str,
    /// The name in the navigation.
    pub nav_label: &'static str,
    /// The document title, before the app name.
    pub title: &'static str,
    /// `<meta name="description">`.
    pub description: &'static str,
    /// The wasm module that runs this page.
    pub bundle: Bundle,
}

/// One wasm module of the app. Each tool has its own, so that a first visit downloads only the
/// code of the page it opens; links between bundles are ordinary page loads (served by the
/// service worker once cached), links within a bundle are handled without a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// The guide, "Cramp now", the symptom check and the not-found page: a half-answered check
    /// is kept while the user reads the guide.
    Guide,
    Stretch,
    Water,
    Diary,
    /// "Your data": backup, restore, CSV, delete, the bedtime reminder.
    Data,
}

impl Bundle {
    pub const ALL: [Bundle; 5] = [
        Bundle::Guide,
        Bundle::Stretch,
        Bundle::Water,
        Bundle::Diary,
        Bundle::Data,
    ];

    /// The name of its binary (`src/bin/<name>.rs`) and of its built files.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Guide => "guide",
            Bundle::Stretch => "stretch",
            Bundle::Water => "water",
            Bundle::Diary => "diary",
            Bundle::Data => "data",
        }
    }

    /// Its stylesheets besides `style/main.css` (`style/<name>.css`).
    pub fn styles(self) -> &'static [&'static str] {
        match self {
            Bundle::Guide => &["guide", "check"],
            Bundle::Stretch => &["stretch"],
            Bundle::Water => &["water"],
            Bundle::Diary => &["diary"],
            Bundle::Data => &["data"],
        }
    }

    /// Whether this bundle shows the page at `path` (or the page must be loaded from the server).
    pub fn shows(self, path: &str) -> bool {
        page_for(path).bundle == self
    }
}

/// The app name, the end of every document title.
pub const APP_NAME: &str = "Cramp Coach";

pub const GUIDE: Page = Page {
    path: "/",
    nav_label: "Guide",
    title: "Night leg cramps: causes, remedies and prevention",
    description: "Why leg cramps strike at night, what eases them, six ways to prevent them and when to see a doctor. Readable offline.",
    bundle: Bundle::Guide,
};
pub const STRETCH: Page = Page {
    path: "/stretch",
    nav_label: "Stretch coach",
    title: "Stretch coach",
    description: "A guided calf stretch for both legs, with cues you can hear, see and feel.",
    bundle: Bundle::Stretch,
};
pub const WATER: Page = Page {
    path: "/water",
    nav_label: "Water",
    title: "Water today",
    description:
        "Count today's cups of water toward your goal. Kept on this device, reset at midnight.",
    bundle: Bundle::Water,
};
pub const DIARY: Page = Page {
    path: "/diary",
    nav_label: "Diary",
    title: "Cramp diary",
    description: "Log night cramps in two taps, see whether stretching helps you, and print a one-page report for your doctor. Kept on this device.",
    bundle: Bundle::Diary,
};
pub const DATA: Page = Page {
    path: "/data",
    nav_label: "Your data",
    title: "Your data",
    description: "Save a backup of everything Cramp Coach keeps, restore it on a new phone, export the diary as CSV, delete it all, or add a bedtime reminder.",
    bundle: Bundle::Data,
};
pub const CHECK: Page = Page {
    path: "/check",
    nav_label: "Symptom check",
    title: "Symptom check",
    description: "A short questionnaire that suggests when to seek care for leg cramps, and why. Not a diagnosis.",
    bundle: Bundle::Guide,
};
pub const CRAMP_NOW: Page = Page {
    path: "/cramp-now",
    nav_label: "Cramp now",
    title: "Cramp now: quick relief",
    description: "Big, simple steps to ease a leg cramp right now, and when to get help.",
    bundle: Bundle::Guide,
};
pub const NOT_FOUND: Page = Page {
    path: "/404",
    nav_label: "Not found",
    title: "Page not found",
    description: "This page does not exist. Find the guide, the stretch coach, the water counter or the symptom check.",
    bundle: Bundle::Guide,
};

/// The pages in the main navigation, in order.
pub const NAV: [Page; 5] = [GUIDE, STRETCH, WATER, DIARY, CHECK];

/// Every page that is pre-rendered, with the file it is written to under `dist/`.
pub const PRERENDERED: [(Page, &str); 8] = [
    (GUIDE, "index.html"),
    (STRETCH, "stretch/index.html"),
    (WATER, "water/index.html"),
    (DIARY, "diary/index.html"),
    (DATA, "data/index.html"),
    (CHECK, "check/index.html"),
    (CRAMP_NOW, "cramp-now/index.html"),
    (NOT_FOUND, "404.html"),
];

/// The page for a path, ignoring one trailing slash or `/index.html`; unknown paths get [`NOT_FOUND`].
pub fn page_for(path: &str) -> Page {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let trimmed = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    [GUIDE, STRETCH, WATER, DIARY, DATA, CHECK, CRAMP_NOW]
        .into_iter()
        .find(|p| p.path == trimmed)
        .unwrap_or(NOT_FOUND)
}

/// The full document title of a page.
pub fn document_title(page: &Page) -> String {
    format!("{} · {}", page.title, APP_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_with_or_without_trailing_slash() {
        assert_eq!(page_for("/"), GUIDE);
        assert_eq!(page_for("/stretch"), STRETCH);
        assert_eq!(page_for("/stretch/"), STRETCH);
        assert_eq!(page_for("/nope"), NOT_FOUND);
        assert_eq!(page_for("/index.html"), GUIDE);
        assert_eq!(page_for("/water/index.html"), WATER);
    }

    #[test]
    fn the_coach_and_the_counter_have_their_own_bundles_and_the_rest_share_one() {
        assert!(Bundle::Guide.shows("/") && Bundle::Guide.shows("/cramp-now"));
        assert!(Bundle::Guide.shows("/check") && Bundle::Guide.shows("/no-such-page"));
        assert!(!Bundle::Guide.shows("/water"));
        for bundle in [Bundle::Stretch, Bundle::Water, Bundle::Diary, Bundle::Data] {
            let pages: Vec<_> = PRERENDERED
                .iter()
                .filter(|(p, _)| p.bundle == bundle)
                .collect();
            assert_eq!(pages.len(), 1, "{bundle:?}");
            assert!(bundle.shows(pages[0].0.path));
        }
        let mut names: Vec<_> = Bundle::ALL.iter().map(|b| b.name()).collect();
        names.dedup();
        assert_eq!(names.len(), Bundle::ALL.len());
    }

    #[test]
    fn every_prerendered_file_is_unique_and_descriptions_fit_search_results() {
        let mut files: Vec<_> = PRERENDERED.iter().map(|(_, f)| *f).collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), PRERENDERED.len());
        for (page, _) in PRERENDERED {
            assert!(
                page.description.len() <= 160,
                "{} description too long",
                page.path
            );
        }
    }
}
