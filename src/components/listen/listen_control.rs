use leptos::prelude::*;

/// "Listen": plain markup run by `public/listen.js`, loaded on the first press, which reads the elements matching `read` aloud one per utterance.
#[component]
pub fn ListenControl(read: &'static str) -> impl IntoView {
    // Previous, Next, the speed and the voice are added by the script once reading starts;
    // the status says "Reading", "Paused", "Finished", never each sentence.
    view! {
        <div class="listen" role="group" aria-label="Read aloud" data-listen=read>
            <button type="button" class="button button--primary" data-act="main">"Listen"</button>
            <p role="status" class="listen__status"></p>
        </div>
    }
}
