use crate::components::check::state::CheckSession;
use crate::components::cramp_now::state::CrampSession;
use crate::components::shell::in_progress::InProgress;
use crate::components::shell::update_banner::UpdateBanner;
use crate::components::{
    shell::route_effects::RouteEffects, shell::site_footer::SiteFooter,
    shell::site_header::SiteHeader,
};
use crate::domain::routes::{self, Bundle, Page};
use crate::platform::navigation::{self, RequestPath};
#[cfg(feature = "hydrate")]
use crate::platform::{document, tasks};
use leptos::prelude::*;

/// Starts a bundle's app in the browser (its `src/bin/<bundle>.rs` calls only this): hydrates the
/// pre-rendered page as the page it is (`<body data-page>`), which then switches to the page of
/// the address if that differs (a host that serves `index.html` for every address). HTML that
/// holds no page of this bundle is left as it is, readable and with working links (page loads):
/// hydrating it would abort, and building the app afresh would cost every page's first load
/// several KB of wasm for a case that a correct deployment never has.
#[cfg(feature = "hydrate")]
pub fn start<F, V>(bundle: Bundle, pages: F)
where
    F: Fn(Page) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    tasks::start_in_turns();
    if let Some(drawn) = document::prerendered_path().filter(|drawn| bundle.shows(drawn)) {
        leptos::mount::hydrate_body(move || {
            provide_context(RequestPath(drawn));
            view! { <App bundle pages/> }
        });
    }
}

/// The whole app for one bundle: skip link, header, the page for the current path (drawn by `pages`) and the footer.
#[component]
pub fn App<F, V>(
    /// The wasm module this app runs in: links to its pages are followed without a reload.
    bundle: Bundle,
    /// Draws a page of this bundle (see [`crate::components::bundles`]).
    pages: F,
) -> impl IntoView
where
    F: Fn(Page) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let initial = use_context::<RequestPath>()
        .map(|p| p.0)
        .unwrap_or_else(navigation::current_path);
    let path = RwSignal::new(initial);
    let page: Memo<Page> = Memo::new(move |_| routes::page_for(&path.get()));
    provide_context(page);
    provide_context(InProgress::new());
    if bundle == Bundle::Guide {
        // the symptom check's answers and Cramp now's count outlive their pages while this bundle is open
        CheckSession::provide();
        CrampSession::provide();
    }
    Effect::new(move |_| {
        // the page was drawn for another address than this one (see `start`)
        let here = navigation::current_path();
        if routes::page_for(&here).path != page.get_untracked().path {
            path.set(here);
        }
        let links =
            navigation::listen(move |p| bundle.shows(p), move |new_path| path.set(new_path));
        on_cleanup(move || links.cancel());
    });

    view! {
        <RouteEffects/>
        <a class="skip-link" href="#main" target="_self">"Skip to content"</a>
        <SiteHeader/>
        <main id="main" tabindex="-1">{move || pages(page.get())}</main>
        <UpdateBanner/>
        <SiteFooter/>
    }
}
