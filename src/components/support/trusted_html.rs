use leptos::html::div;
use leptos::prelude::*;
use leptos::tachys::html::element::{InnerHtmlAttribute, InnerHtmlValue};

/// Shows HTML the app made safe (at build time, or escaped by `view`: the guide, the check, the diary, Cramp now's offer); the only component that sets `inner_html`.
#[component]
pub fn TrustedHtml<H>(html: H, #[prop(optional)] class: &'static str) -> impl IntoView
where
    H: InnerHtmlValue + 'static,
{
    div().class(class).inner_html(html)
}
