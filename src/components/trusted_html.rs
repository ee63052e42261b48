use leptos::prelude::*;

/// Shows HTML that was made safe at build time (`domain::markdown`); the only component that sets `inner_html`.
#[component]
pub fn TrustedHtml(html: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    view! { <div class=class inner_html=html></div> }
}
