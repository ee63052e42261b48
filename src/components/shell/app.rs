use crate::components::check::state::CheckSession;
use crate::components::shell::in_progress::InProgress;
use crate::components::shell::update_banner::UpdateBanner;
use crate::components::{
    shell::route_effects::RouteEffects, shell::site_footer::SiteFooter,
    shell::site_header::SiteHeader,
};
use crate::domain::routes::{self, Bundle, Page};
use crate::platform::history::{self, RequestPath};
use leptos::prelude::*;

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
        .unwrap_or_else(history::current_path);
    let path = RwSignal::new(initial);
    let page: Memo<Page> = Memo::new(move |_| routes::page_for(&path.get()));
    provide_context(page);
    provide_context(InProgress::new());
    if bundle == Bundle::Guide {
        // the symptom check's answers outlive its page while this bundle is open
        CheckSession::provide();
    }
    Effect::new(move |_| {
        history::listen(move |p| bundle.shows(p), move |new_path| path.set(new_path))
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
