use crate::components::listen::listen_control::ListenControl;
use crate::components::{
    support::table_of_contents::TableOfContents, support::trusted_html::TrustedHtml,
};
use crate::domain::guide::content::GUIDE;
use leptos::prelude::*;

/// The guide: the article on night-time leg cramps with its table of contents, read aloud on request, each section with a "Share" button.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <article class="guide">
            <h1 tabindex="-1">{GUIDE.title}</h1>
            <ListenControl/>
            <TrustedHtml html=GUIDE.intro class="prose"/>
            <TableOfContents entries=GUIDE.toc/>
            <TrustedHtml html=GUIDE.html class="prose"/>
        </article>
    }
}
