use crate::domain::routes::{NAV, NOT_FOUND};
use leptos::prelude::*;

/// Shown for unknown paths: says so plainly and links to every tool.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1 tabindex="-1">{NOT_FOUND.title}</h1>
            <p>"There is no page at this address. It may have moved, or the link may have a typo. Try one of these:"</p>
            <ul class="link-list">
                {NAV
                    .iter()
                    .map(|p| view! { <li><a href=p.path>{p.nav_label}</a>" — "{p.description}</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
