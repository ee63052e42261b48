use crate::domain::routes::NAV;
use leptos::prelude::*;
use leptos_router::components::A;

/// The main navigation: the four tools, the current one marked with `aria-current="page"`.
#[component]
pub fn SiteNav() -> impl IntoView {
    view! {
        <nav class="site-nav" aria-label="Main">
            <ul>
                {NAV
                    .iter()
                    .map(|page| {
                        view! {
                            <li>
                                <A href=page.path exact=true>
                                    {page.nav_label}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
