use crate::domain::routes::CRAMP_NOW;
use leptos::prelude::*;

/// The "Cramp now" shortcut, one tap away from every page.
#[component]
pub fn CrampNowLink() -> impl IntoView {
    view! {
        <a class="cramp-now-link" href=CRAMP_NOW.path>
            {CRAMP_NOW.nav_label}
        </a>
    }
}
