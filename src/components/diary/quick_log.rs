use crate::components::diary::state::{Change, DiaryState, Editing};
use crate::domain::calendar::LocalDate;
use leptos::prelude::*;

/// The button focus returns to after the form closes.
pub const LOG_BUTTON_ID: &str = "diary-log";
/// "Undo" after a deletion (focus moves there).
pub const UNDO_ID: &str = "diary-undo";

/// "Log a cramp", "No cramps last night" (or another night), the status of the last change, and "Undo" after a deletion.
#[component]
pub fn QuickLog() -> impl IntoView {
    let state = DiaryState::get();
    let open = move |_| {
        state.read_clock();
        state.editing.set(Editing::New);
    };
    let quiet = move |night: LocalDate| state.run(Change::Quiet(night));
    let another = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.run(Change::QuietForm(ev.into()));
    };
    view! {
        <div class="diary-quick">
            <button type="button" id=LOG_BUTTON_ID class="button button--primary button--big" on:click=open>"Log a cramp"</button>
            <button type="button" class="button button--quiet button--big" on:click=move |_| quiet(state.read_clock().last_night())>"No cramps last night"</button>
        </div>
        <details class="diary-another">
            <summary>"No cramps on another night"</summary>
            <form on:submit=another>
                <label>"The night that began on " <input type="date" name="night"/></label>
                " "
                <button type="submit" class="button button--quiet">"No cramps that night"</button>
            </form>
        </details>
        <div class="diary-status">
            <p role="status">{move || state.status.get()}</p>
            <button type="button" id=UNDO_ID class="button button--quiet" hidden=move || state.undo.with(Option::is_none) on:click=move |_| state.run(Change::Undo)>"Undo"</button>
        </div>
    }
}
