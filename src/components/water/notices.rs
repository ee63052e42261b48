use crate::components::water::state::WaterState;
use crate::platform::document;
use crate::view::water::screen::{Flag, Notice, Text};
use leptos::prelude::*;

/// Messages about the saved log: unreadable data (dismissible), saving that fails, cups saved under a later date.
#[component]
pub fn WaterNotices() -> impl IntoView {
    let state = WaterState::get();
    let dismiss = move |_| {
        state.session.update(|s| s.dismiss());
        document::focus_page_heading();
    };
    // each is hidden while empty; only the unreadable-data notice can be dismissed
    let notices = Notice::ALL
        .into_iter()
        .map(|which| {
            view! {
                <div class=if which == Notice::LaterDate { "notice" } else { "notice notice--warn" } hidden=state.flag(Flag::HideNotice(which))>
                    <p>{state.text(Text::Notice(which))}</p>
                    <button type="button" class="button button--quiet" hidden=which != Notice::Unreadable on:click=dismiss>"Dismiss"</button>
                </div>
            }
        })
        .collect_view();
    view! { <div class="water-notices" role="status">{notices}</div> }
}
