use crate::components::{table_of_contents::TableOfContents, trusted_html::TrustedHtml};
use crate::domain::content::GUIDE;
use leptos::prelude::*;

/// The guide: the article on night-time leg cramps with its table of contents.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <article class="guide">
            <h1 tabindex="-1">{GUIDE.title}</h1>
            <TrustedHtml html=GUIDE.intro class="prose"/>
            <TableOfContents entries=GUIDE.toc/>
            <TrustedHtml html=GUIDE.html class="prose"/>
        </article>
    }
}
