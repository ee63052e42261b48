use leptos::prelude::*;

/// The footer: what Cramp Coach is and is not, and where your data stays.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Cramp Coach gives general information, not a diagnosis or medical advice. "
                "If you are worried about your symptoms, contact a doctor. In an emergency call 999, 911, 112 or your local emergency number."
            </p>
            <p>"Everything you enter stays on this device. Nothing is sent anywhere."</p>
        </footer>
    }
}
