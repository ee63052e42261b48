use crate::components::cramp_now::state::CrampSession;
use crate::domain::cramp::Timer;
use crate::domain::diary::inbox::INBOX_KEY;
use crate::domain::diary::Id;
use crate::platform::{clock, forms, storage};
use crate::view::diary::offer::DETAILS_HTML;
use leptos::prelude::*;

/// After "It has eased": save the timed cramp to the diary in one tap, with optional details.
#[component]
pub fn SaveOffer() -> impl IntoView {
    let timer = CrampSession::get();
    // the start of the cramp saved last, and what the status says about it
    let saved = RwSignal::new((0.0f64, String::new()));
    let eased = move || match timer.get() {
        Some(Timer::Eased { start_ms, end_ms }) => Some((start_ms, end_ms)),
        _ => None,
    };
    let is_saved = move || eased().is_some_and(|(start, _)| saved.with(|s| s.0 == start));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((start_ms, end_ms)) = eased() else {
            return;
        };
        let at = clock::wall_at(start_ms);
        let id = Id::new(
            start_ms as i64,
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32,
        );
        let line = format!(
            "id={}&start={}&date={}&minute={}&seconds={}&{}",
            id.as_str(),
            start_ms as i64,
            at.local_date,
            at.local_minutes,
            ((end_ms - start_ms) / 1000.0).max(0.0) as u32,
            forms::url_encoded(&ev)
        );
        let inbox = storage::read(INBOX_KEY).ok().flatten().unwrap_or_default();
        let text = if inbox.is_empty() {
            line
        } else {
            format!("{inbox}\n{line}")
        };
        let said = match storage::write(INBOX_KEY, &text) {
            Ok(()) => "Saved to your diary. You can add or change details there.".to_owned(),
            Err(e) => format!("Not saved: {e}"),
        };
        saved.set((start_ms, said));
    };
    view! {
        <form class="cramp-save" hidden=move || eased().is_none() on:submit=submit>
            <p>"Save this cramp to your diary? Its start and length are filled in already."</p>
            <button type="submit" class="button button--primary button--big" hidden=is_saved>"Save to diary"</button>
            <details>
                <summary>"Add details (optional)"</summary>
                <div class="cramp-save__details" inner_html=DETAILS_HTML></div>
            </details>
            <p role="status">{move || if is_saved() { saved.with(|s| s.1.clone()) } else { String::new() }}</p>
            <p><a href="/diary">"Open the diary"</a></p>
        </form>
    }
}
