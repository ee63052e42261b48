use crate::components::in_progress::InProgress;
use crate::platform::service_worker;
use leptos::prelude::*;

/// "Update available — Reload": shown when a new version waits, never while a routine or a check is in progress; never reloads by itself.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let waiting = RwSignal::new(false);
    let busy = expect_context::<InProgress>();
    Effect::new(move |_| {
        // without service workers the app still works online: nothing to show
        let _ = service_worker::register(move || waiting.set(true));
    });
    view! {
        <div class="update-region" role="status">
            <Show when=move || waiting.get() && !busy.any()>
                <div class="update-banner">
                    <span>"Update available"</span>
                    <button type="button" class="button button--primary" on:click=|_| service_worker::apply_update()>
                        "Reload"
                    </button>
                </div>
            </Show>
        </div>
    }
}
