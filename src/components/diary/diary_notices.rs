use crate::components::diary::state::DiaryState;
use crate::view::diary::screen::notice;
use leptos::prelude::*;

/// Messages about the saved diary: unreadable or newer data (dismissible), saving that fails.
#[component]
pub fn DiaryNotices() -> impl IntoView {
    let state = DiaryState::get();
    let text = move || state.session.with(notice);
    view! {
        <div class="notice notice--warn" role="status" hidden=move || text().is_empty()>
            <p>{text}</p>
            <button type="button" class="button button--quiet" on:click=move |_| state.session.update(|s| s.dismiss())>"Dismiss"</button>
        </div>
    }
}
