use crate::domain::routes::{Page, CRAMP_NOW, NOT_FOUND};
use leptos::prelude::*;

/// The "Cramp now" shortcut, one tap away from every page.
#[component]
pub fn CrampNowLink() -> impl IntoView {
    let current = use_context::<Page>().unwrap_or(NOT_FOUND);
    view! {
        <a class="cramp-now-link" href=CRAMP_NOW.path aria-current=(current == CRAMP_NOW).then_some("page")>
            {CRAMP_NOW.nav_label}
        </a>
    }
}
