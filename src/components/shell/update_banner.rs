use crate::components::shell::in_progress::InProgress;
use crate::platform::service_worker;
use leptos::prelude::*;

/// "Update available — Reload": shown when a new version waits, never while a routine or a check is in progress; never reloads by itself.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let waiting = RwSignal::new(false);
    let busy = expect_context::<InProgress>();
    Effect::new(move |_| {
        // without service workers the app still works online: nothing to show
        if let Ok(watching) = service_worker::register(move || waiting.set(true)) {
            on_cleanup(move || watching.cancel());
        }
    });
    view! {
        <div class="update-region" role="status">
            // shown and hidden rather than added and removed: cheaper than `Show` in wasm, and a
            // screen reader announces it either way when it appears in the status region
            <div class="update-banner" hidden=move || !waiting.get() || busy.any()>
                <span>"Update available"</span>
                <button type="button" class="button button--primary" on:click=|_| service_worker::apply_update()>
                    "Reload"
                </button>
            </div>
        </div>
    }
}
