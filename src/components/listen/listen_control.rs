use crate::components::support::trusted_html::TrustedHtml;
use leptos::prelude::*;

/// The control's markup for a selector of what it reads: plain HTML, so it costs the wasm no view
/// code. `public/listen.js` adds Previous, Next, the speed and the voice once reading starts; the
/// status says "Reading", "Paused", "Finished", never each sentence.
macro_rules! control {
    ($read:literal) => {
        concat!(
            "<div class=\"listen\" role=\"group\" aria-label=\"Read aloud\" data-listen=\"",
            $read,
            "\"><button type=\"button\" class=\"button button--primary\" data-act=\"main\">Listen</button>",
            "<p role=\"status\" class=\"listen__status\"></p></div>"
        )
    };
}

/// The guide's title and each sentence of its text (`data-s`, marked at build time).
const GUIDE_TEXT: &str = control!(".guide h1, .guide [data-s]");

/// "Cramp now"'s relief steps.
const CRAMP_NOW_STEPS: &str = control!(".big-steps > li");

/// "Listen": reads the guide's text (or, with `steps`, Cramp now's steps) aloud, one sentence per utterance; run by `public/listen.js`, loaded on the first press.
#[component]
pub fn ListenControl(#[prop(optional)] steps: bool) -> impl IntoView {
    let html = if steps { CRAMP_NOW_STEPS } else { GUIDE_TEXT };
    view! { <TrustedHtml html/> }
}
