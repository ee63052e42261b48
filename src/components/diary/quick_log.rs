use crate::components::diary::state::{DiaryState, Editing};
use crate::domain::calendar::LocalDate;
use crate::domain::codec::date;
use crate::domain::diary::fields::first;
use crate::platform::document;
use crate::platform::forms;
use crate::view::diary::form::FORM_HEADING_ID;
use crate::view::diary::words::night_name;
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
        request_animation_frame(|| {
            document::focus_by_id(FORM_HEADING_ID);
        });
    };
    let quiet = move |night: LocalDate| {
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
    let another = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let night = first(&forms::values(&ev), "night").and_then(date::parse);
        match night {
            Some(night) if night <= state.read_clock().last_night() => quiet(night),
            Some(_) => state.status.set("That night has not ended yet.".into()),
            None => state.status.set("Choose the date the night began.".into()),
        }
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
            <button type="button" id=UNDO_ID class="button button--quiet" hidden=move || state.undo.with(Option::is_none) on:click=move |_| state.undo_delete()>"Undo"</button>
        </div>
    }
}
