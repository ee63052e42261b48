use crate::components::diary::state::{DiaryState, Editing};
use crate::platform::document;
use crate::view::diary::form::FORM_HEADING_ID;
use crate::view::diary::words::night_name;
use leptos::prelude::*;

/// The button focus returns to after the form closes.
pub const LOG_BUTTON_ID: &str = "diary-log";
/// "Undo" after a deletion (focus moves there).
pub const UNDO_ID: &str = "diary-undo";

/// "Log a cramp" and "No cramps last night", the status of the last change, and "Undo" after a deletion.
#[component]
pub fn QuickLog() -> impl IntoView {
    let state = DiaryState::get();
    let open = move |_| {
        state.read_clock();
        state.editing.set(Editing::New);
        request_animation_frame(|| {
            document::focus_by_id(FORM_HEADING_ID);
        });
    };
    let quiet = move |_| {
        let now = state.read_clock();
        let night = now.last_night();
        let cramps = state
            .session
            .with_untracked(|s| s.diary.night_state(night).cramps());
        if cramps > 0 {
            state.status.set(format!(
                "The night of {} already has {} logged.",
                night_name(night),
                crate::view::diary::words::count(cramps, "cramp")
            ));
            return;
        }
        let marked = state.act(
            |d, now| d.mark_quiet(night, DiaryState::new_id(now), now.epoch_ms),
            |_| format!("Marked: no cramps on the night of {}.", night_name(night)),
        );
        if !marked {
            state.status.set(format!(
                "The night of {} is already marked: no cramps.",
                night_name(night)
            ));
        }
    };
    view! {
        <div class="diary-quick">
            <button type="button" id=LOG_BUTTON_ID class="button button--primary button--big" on:click=open>"Log a cramp"</button>
            <button type="button" class="button button--quiet button--big" on:click=quiet>"No cramps last night"</button>
        </div>
        <div class="diary-status">
            <p role="status">{move || state.status.get()}</p>
            <button type="button" id=UNDO_ID class="button button--quiet" hidden=move || state.undo.with(Option::is_none) on:click=move |_| state.undo_delete()>"Undo"</button>
        </div>
    }
}
