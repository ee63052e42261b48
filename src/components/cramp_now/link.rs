use crate::domain::routes::{Page, CRAMP_NOW};
use leptos::prelude::*;

/// The "Cramp now" shortcut, one tap away from every page.
#[component]
pub fn CrampNowLink() -> impl IntoView {
    let current = expect_context::<Memo<Page>>();
    view! {
        <a class="cramp-now-link" href=CRAMP_NOW.path aria-current=move || (current.get() == CRAMP_NOW).then_some("page")>
            {CRAMP_NOW.nav_label}
        </a>
    }
}
