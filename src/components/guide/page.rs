use crate::components::guide::section_share::SectionShare;
use crate::components::listen::listen_control::ListenControl;
use crate::components::{
    support::table_of_contents::TableOfContents, support::trusted_html::TrustedHtml,
};
use crate::domain::guide::content::GUIDE;
use leptos::prelude::*;

/// The guide: the article on night-time leg cramps with its table of contents, read aloud on request, each section shareable.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <article class="guide">
            <h1 tabindex="-1" data-s="">{GUIDE.title}</h1>
            // the title and each sentence of the text (`data-s`, marked at build time)
            <ListenControl read=".guide [data-s]"/>
            <TrustedHtml html=GUIDE.intro class="prose"/>
            <TableOfContents entries=GUIDE.toc/>
            <TrustedHtml html=GUIDE.html class="prose"/>
            <SectionShare/>
        </article>
    }
}
