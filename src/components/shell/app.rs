use crate::components::shell::update_banner::UpdateBanner;
use crate::components::{shell::site_footer::SiteFooter, shell::site_header::SiteHeader};
use crate::domain::routes::{self, Page};
use crate::platform::navigation::RequestPath;
use leptos::prelude::*;

/// The id of the element around a page's own part (what its bundle hydrates).
pub const PAGE_PART: &str = "main";

/// Starts a bundle in the browser (its `src/bin/<bundle>.rs` calls only this): hydrates the
/// page's own part, drawn by `draw` as the pre-renderer drew it, when the page has one
/// ([`bundles::is_live`](super::bundles::is_live), which the post-build step asks too). The
/// header, the navigation, the footer and the update banner stay the pre-rendered HTML (the
/// inline script runs the theme menu, the banner and the focus after an app link), so their
/// code is not in the wasm; every link loads its page, from the service worker's cache once
/// visited. HTML that holds no page of this bundle is left as it is, readable and with working
/// links: hydrating it would abort. (A page with no part of its own loads no wasm at all: see
/// `postbuild`.)
#[cfg(feature = "hydrate")]
pub fn start<V>(bundle: routes::Bundle, draw: fn(Page) -> V)
where
    V: IntoView + 'static,
{
    use crate::platform::{document, tasks};

    tasks::start_in_turns();
    let Some(drawn) = document::prerendered_path().filter(|drawn| bundle.shows(drawn)) else {
        return;
    };
    let drawn = routes::page_for(&drawn);
    if let Some(main) = document::part(PAGE_PART).filter(|_| super::bundles::is_live(drawn)) {
        let part = leptos::mount::hydrate_from(main, move || draw(drawn));
        // kept for the life of the document (dropping it would unmount the part): a stored
        // value made outside any reactive owner is never disposed of
        let _ = StoredValue::new_local(part);
    }
    // marked once the part's first effects have run (each had its turn, in order, before this
    // one): a press the inline script kept while the page started is then answered by a page
    // that has read its saved state
    any_spawner::Executor::spawn_local(async { document::mark_hydrated() });
}

/// The whole page as the pre-renderer draws it: skip link, header, the page (drawn by `pages`), the update banner's region and the footer.
#[component]
pub fn App<F, V>(
    /// Draws a page of this bundle (see [`crate::components::bundles`]).
    pages: F,
) -> impl IntoView
where
    F: FnOnce(Page) -> V + 'static,
    V: IntoView + 'static,
{
    let page = routes::page_for(
        &use_context::<RequestPath>()
            .map(|p| p.0)
            .unwrap_or_default(),
    );
    provide_context(page);
    view! {
        <a class="skip-link" href="#main" target="_self">"Skip to content"</a>
        <SiteHeader/>
        <main id=PAGE_PART tabindex="-1">{pages(page)}</main>
        <div class="update-region" role="status"><UpdateBanner/></div>
        <SiteFooter/>
    }
}
