use crate::domain::routes::{Page, NAV, NOT_FOUND};
use leptos::prelude::*;

/// The main navigation: the five tools, the current one marked with `aria-current="page"`.
#[component]
pub fn SiteNav() -> impl IntoView {
    let current = use_context::<Page>().unwrap_or(NOT_FOUND);
    view! {
        <nav class="site-nav" aria-label="Main">
            <ul>
                {NAV
                    .iter()
                    .map(|page| {
                        let path = page.path;
                        view! {
                            <li>
                                <a href=path aria-current=(current.path == path).then_some("page")>
                                    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                                        <path d=icon(path) fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
                                    </svg>
                                    <span>{page.nav_label}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// A simple outline icon for each tool (book, stretching figure, glass, calendar, clipboard).
fn icon(path: &str) -> &'static str {
    match path {
        "/" => "M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 5v16M8 7h7M8 11h7",
        "/stretch" => "M13 4a1.5 1.5 0 1 0 0 .1M12 8l-3 5 4 2-1 6M12 8l4 3 3-1M9 13l-4 6",
        "/water" => "M6 3h12l-1.5 17a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1zM6.7 10h10.6",
        "/diary" => "M5 5h14v15H5zM5 9h14M9 3v4M15 3v4M8.5 14.5l2 2 4-4",
        _ => "M9 4h6v3H9zM7 5H5v16h14V5h-2M8 12h8M8 16h5",
    }
}
