use crate::components::diary::state::DiaryState;
use crate::components::support::trusted_html::TrustedHtml;
use crate::platform::{clipboard, print};
use crate::view::diary::report::{report_text, TITLE};
use crate::view::diary::screen::Part;
use leptos::prelude::*;

/// "Report for your doctor": one printable page for a chosen span next to the span before, print, copy as text or share.
#[component]
pub fn DoctorReport() -> impl IntoView {
    let state = DiaryState::get();
    let said = RwSignal::new(String::new());
    let change = move |ev: leptos::ev::Event| {
        if let Ok(weeks) = event_target_value(&ev).parse::<u8>() {
            state.report_weeks.set(weeks);
        }
    };
    let print = move |_| {
        if let Err(e) = print::print() {
            said.set(e.to_string());
        }
    };
    let send = move |share: bool| {
        let Some(text) = state.report().map(|r| report_text(&r)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let result = if share {
                clipboard::share(TITLE, &text).await
            } else {
                clipboard::copy(&text).await
            };
            said.set(match result {
                Ok(()) if share => String::new(),
                Ok(()) => "Copied: paste it into an e-mail or a message.".into(),
                Err(e) => e.to_string(),
            });
        });
    };
    view! {
        <section class="diary-section diary-report" aria-labelledby="report-title">
            <div class="report-controls">
                <label>"Span "
                    <select on:change=change>
                        <option value="2">"Last 2 weeks"</option>
                        <option value="4" selected>"Last 4 weeks"</option>
                        <option value="8">"Last 8 weeks"</option>
                        <option value="12">"Last 12 weeks"</option>
                    </select>
                </label>
                <button type="button" class="button button--quiet" on:click=print>"Print or save as PDF"</button>
                <button type="button" class="button button--quiet" on:click=move |_| send(false)>"Copy as text"</button>
                <button type="button" class="button button--quiet" hidden=!clipboard::can_share() on:click=move |_| send(true)>"Share"</button>
                <p role="status">{move || said.get()}</p>
            </div>
            <TrustedHtml class="report" html=state.html(Part::Report)/>
        </section>
    }
}
