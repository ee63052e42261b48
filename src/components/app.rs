use crate::components::fresh_view::FreshView;
use crate::components::in_progress::InProgress;
use crate::components::update_banner::UpdateBanner;
use crate::components::{
    check_page::CheckPage, cramp_now_page::CrampNowPage, guide_page::GuidePage,
    not_found_page::NotFoundPage, route_effects::RouteEffects, site_footer::SiteFooter,
    site_header::SiteHeader, stretch_page::StretchPage, water_page::WaterPage,
};
use crate::domain::routes::{self, Page};
use crate::platform::history::{self, RequestPath};
use leptos::either::EitherOf6;
use leptos::prelude::*;

/// The whole app: skip link, header, the page for the current path and the footer.
#[component]
pub fn App() -> impl IntoView {
    let initial = use_context::<RequestPath>()
        .map(|p| p.0)
        .unwrap_or_else(history::current_path);
    let path = RwSignal::new(initial);
    let page: Memo<Page> = Memo::new(move |_| routes::page_for(&path.get()));
    provide_context(page);
    provide_context(InProgress::new());
    Effect::new(move |_| history::listen(move |new_path| path.set(new_path)));

    view! {
        <RouteEffects/>
        <a class="skip-link" href="#main" target="_self">"Skip to content"</a>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            // an enum, not `into_any()`: type-erased views keep every render path (about 9 KB of wasm each)
            {move || match page.get().path {
                "/" => EitherOf6::A(FreshView(view! { <GuidePage/> })),
                "/stretch" => EitherOf6::B(FreshView(view! { <StretchPage/> })),
                "/water" => EitherOf6::C(FreshView(view! { <WaterPage/> })),
                "/check" => EitherOf6::D(FreshView(view! { <CheckPage/> })),
                "/cramp-now" => EitherOf6::E(FreshView(view! { <CrampNowPage/> })),
                _ => EitherOf6::F(FreshView(view! { <NotFoundPage/> })),
            }}
        </main>
        <UpdateBanner/>
        <SiteFooter/>
    }
}
