use crate::domain::content::{TocEntry, CONTENTS_ID};
use leptos::prelude::*;

/// The guide's table of contents: in-page links to every section, the target of "Back to contents".
#[component]
pub fn TableOfContents(entries: &'static [TocEntry]) -> impl IntoView {
    view! {
        <nav class="toc" aria-labelledby=CONTENTS_ID>
            <h2 id=CONTENTS_ID tabindex="-1">"Contents"</h2>
            <ol>
                {entries
                    .iter()
                    .map(|e| {
                        view! {
                            <li class:toc__sub=e.level == 3>
                                <a href=format!("#{}", e.id) target="_self">{e.text}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
