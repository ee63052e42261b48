use leptos::prelude::*;

/// "Update available — Reload", hidden until a new version waits and while something is in progress; run by the inline script, never reloads by itself.
///
/// Plain markup: the inline script in `index.html` registers the service worker, shows this when
/// a new version waits, and lets it take over on "Reload"; the stylesheet hides it while
/// `<html data-busy>` ([`InProgress`](super::in_progress::InProgress)). So it works on every
/// page, whether or not the page has wasm, and adds nothing to the wasm.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    view! {
        <div class="update-banner" hidden>
            <span>"Update available"</span>
            <button type="button" class="button button--primary">"Reload"</button>
        </div>
    }
}
