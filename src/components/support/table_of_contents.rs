use crate::domain::guide::content::{TocEntry, CONTENTS_ID};
use leptos::prelude::*;

/// The guide's table of contents: in-page links to every section and subsection, the target of "Back to contents".
#[component]
pub fn TableOfContents(entries: &'static [TocEntry]) -> impl IntoView {
    // sections with their subsections nested under them
    let sections: Vec<(TocEntry, Vec<TocEntry>)> = entries.iter().fold(Vec::new(), |mut acc, e| {
        match acc.last_mut() {
            Some((_, subs)) if e.level > 2 => subs.push(*e),
            _ => acc.push((*e, Vec::new())),
        }
        acc
    });
    let link = |e: TocEntry| view! { <a href=format!("#{}", e.id) target="_self">{e.text}</a> };
    view! {
        <nav class="toc" aria-labelledby=CONTENTS_ID>
            <h2 id=CONTENTS_ID tabindex="-1">"Contents"</h2>
            <ul>
                {sections
                    .into_iter()
                    .map(|(section, subs)| {
                        let nested = (!subs.is_empty())
                            .then(|| view! { <ul>{subs.into_iter().map(|s| view! { <li>{link(s)}</li> }).collect_view()}</ul> });
                        view! { <li>{link(section)} {nested}</li> }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
