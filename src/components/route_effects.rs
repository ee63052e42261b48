use crate::domain::routes::{self, Page};
use crate::platform::document;
use leptos::prelude::*;

/// Keeps the document title in step with the page and, after client-side navigation, moves focus to the new page's heading.
#[component]
pub fn RouteEffects() -> impl IntoView {
    let page = expect_context::<Memo<Page>>();
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let page = page.get();
        document::set_title(&routes::document_title(&page));
        if first.get_value() {
            first.set_value(false);
            document::mark_hydrated();
        } else {
            document::focus_page_heading();
        }
    });
}
