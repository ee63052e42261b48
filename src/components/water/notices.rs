use crate::components::water::state::WaterState;
use crate::platform::document;
use crate::view::water::screen::{Flag, Text};
use leptos::prelude::*;

/// Messages about the saved log: unreadable data (dismissible), saving that fails, cups saved under a later date.
#[component]
pub fn WaterNotices() -> impl IntoView {
    let state = WaterState::get();
    let dismiss = move |_| {
        state.session.update(|s| s.dismiss());
        document::focus_page_heading();
    };
    // 0: unreadable data found, 1: saving fails, 2: cups under a later date; hidden while empty
    let notices = (0..3u8)
        .map(|which| {
            view! {
                <div class=if which == 2 { "notice" } else { "notice notice--warn" } hidden=state.flag(Flag::HideNotice(which))>
                    <p>{state.text(Text::Notice(which))}</p>
                    <button type="button" class="button button--quiet" hidden=which != 0 on:click=dismiss>"Dismiss"</button>
                </div>
            }
        })
        .collect_view();
    view! { <div class="water-notices" role="status">{notices}</div> }
}
