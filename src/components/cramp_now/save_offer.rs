use crate::components::cramp_now::state::CrampSession;
use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::cramp::Timer;
use crate::domain::diary::inbox::INBOX_KEY;
use crate::platform::{clock, document, forms, storage};
use crate::view::diary::offer::{FORM_HTML, STATUS_ID};
use leptos::prelude::*;

/// After "It has eased": save the timed cramp to the diary in one tap, with optional details.
///
/// The form is one fixed HTML piece (`view::diary::offer`) and the cramp goes to the diary's
/// inbox (`domain::diary::inbox`), so the guide's bundle carries none of the diary's code.
#[component]
pub fn SaveOffer() -> impl IntoView {
    let timer = CrampSession::get();
    // the start of the cramp saved last: pressing again does not save it twice
    let saved = StoredValue::new(0.0f64);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(Timer::Eased { start_ms, end_ms }) = timer.get_untracked() else {
            return;
        };
        let at = clock::wall_at(start_ms);
        let time = crate::view::water::text::time_text(at.local_minutes);
        let said = if saved.get_value() == start_ms {
            format!("The cramp that started at {time} is in your diary.")
        } else {
            let salt = (js_sys::Math::random() * 1e9) as u32;
            let line = format!(
                "id={}-{salt}&start={}&date={}&minute={}&seconds={}&{}",
                start_ms as i64,
                start_ms as i64,
                at.local_date,
                at.local_minutes,
                ((end_ms - start_ms) / 1000.0).max(0.0) as u32,
                forms::url_encoded(&ev)
            );
            let inbox = storage::read(INBOX_KEY).ok().flatten().unwrap_or_default();
            match storage::write(INBOX_KEY, &format!("{inbox}\n{line}")) {
                Ok(()) => {
                    saved.set_value(start_ms);
                    format!("Saved the cramp that started at {time} to your diary. You can add or change details there.")
                }
                Err(e) => format!("Not saved: {e}"),
            }
        };
        document::set_text_by_id(STATUS_ID, &said);
    };
    view! {
        // shown by the stylesheet once "It has eased" is hidden (no code in the wasm for it)
        <div class="cramp-save" on:submit=submit><TrustedHtml html=FORM_HTML/></div>
    }
}
