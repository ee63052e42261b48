use crate::components::{
    check_page::CheckPage, cramp_now_page::CrampNowPage, guide_page::GuidePage,
    not_found_page::NotFoundPage, route_effects::RouteEffects, site_footer::SiteFooter,
    site_header::SiteHeader, stretch_page::StretchPage, water_page::WaterPage,
};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The whole app: skip link, header, the routed page and the footer.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <RouteEffects/>
            <a class="skip-link" href="#main" target="_self">"Skip to content"</a>
            <SiteHeader/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=GuidePage/>
                    <Route path=path!("/stretch") view=StretchPage/>
                    <Route path=path!("/water") view=WaterPage/>
                    <Route path=path!("/check") view=CheckPage/>
                    <Route path=path!("/cramp-now") view=CrampNowPage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
