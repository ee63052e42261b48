use crate::components::data::state::{Action, DataState, Section};
use leptos::prelude::*;

/// "Restore from a backup": choose a file, see what it holds, then Merge or Replace, and "Undo restore" afterwards.
#[component]
pub fn BackupRestore() -> impl IntoView {
    let state = DataState::get();
    let waiting = move || state.pending.with(Option::is_none);
    view! {
        <section class="data-section" aria-labelledby="restore-title">
            <h2 id="restore-title">"Restore from a backup"</h2>
            <p>"Choose a backup file. Cramp Coach reads and checks all of it first and changes nothing until you choose:"</p>
            <ul class="data-list">
                <li><strong>"Merge"</strong>" adds what is missing here; merging the same file twice changes nothing, and where an entry is on both sides the one changed last is kept."</li>
                <li><strong>"Replace"</strong>" makes this device hold exactly what the backup holds."</li>
            </ul>
            <p>"Either way \u{201c}Undo restore\u{201d} brings back what was here."</p>
            <label class="data-file" for="data-file">"Choose a backup file"</label>
            <input id="data-file" class="data-file__input" type="file" accept=".json,application/json" on:change=move |ev| state.run(Action::Choose(ev))/>
            <p class="data-status" role="status">{state.said(Section::Restore)}</p>
            <div class="data-buttons" hidden=waiting>
                <button type="button" class="button button--primary button--main" on:click=move |_| state.run(Action::Restore { merge: true })>"Merge"</button>
                <button type="button" class="button button--quiet button--main" on:click=move |_| state.run(Action::Restore { merge: false })>"Replace"</button>
                <button type="button" class="button button--quiet" on:click=move |_| state.cancel_restore()>"Cancel"</button>
            </div>
            <button type="button" class="button button--quiet" hidden=move || !state.can_undo.get() on:click=move |_| state.run(Action::Undo)>"Undo restore"</button>
        </section>
    }
}
