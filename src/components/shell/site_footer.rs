use crate::domain::routes::DATA;
use leptos::prelude::*;

/// The footer: what Cramp Coach is and is not, where your data stays, and the link to "Your data".
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Cramp Coach gives general information, not a diagnosis or medical advice. "
                "If you are worried about your symptoms, contact a doctor. In an emergency call 999, 911, 112 or your local emergency number."
            </p>
            <p>
                "Everything you enter stays on this device. Nothing is sent anywhere. "
                <a href=DATA.path>{DATA.nav_label}</a>": back it up, move it to a new phone or delete it."
            </p>
        </footer>
    }
}
