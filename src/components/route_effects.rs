use crate::domain::routes;
use crate::platform::document;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Keeps the document title in step with the route and, after client-side navigation, moves focus to the new page's heading.
#[component]
pub fn RouteEffects() -> impl IntoView {
    let pathname = use_location().pathname;
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let page = routes::page_for(&pathname.get());
        document::set_title(&routes::document_title(&page));
        if first.get_value() {
            first.set_value(false);
        } else {
            document::focus_page_heading();
        }
    });
}
