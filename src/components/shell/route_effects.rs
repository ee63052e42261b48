use crate::domain::routes::{self, Page};
use crate::platform::{document, navigation};
use leptos::prelude::*;

/// Keeps the document title in step with the page and, after navigation by an app link, moves focus to the new page's heading.
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
            // opened by a link of the app from another bundle's page: the same as within one
            if navigation::arrived_by_app_link() {
                document::focus_page_heading();
            }
        } else {
            document::focus_page_heading();
        }
    });
}
