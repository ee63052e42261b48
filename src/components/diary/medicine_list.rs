use crate::components::diary::state::DiaryState;
use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::codec::date;
use crate::domain::diary::fields::first;
use crate::domain::diary::{Body, Id, Medicine};
use crate::platform::forms;
use crate::view::diary::screen::Part;
use leptos::prelude::*;

/// Medicines noted with the date they were started: shown as markers on the calendar and in the report.
#[component]
pub fn MedicineList() -> impl IntoView {
    let state = DiaryState::get();
    let problem = RwSignal::new("");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pairs = forms::values(&ev);
        let started = first(&pairs, "started").and_then(date::parse);
        let medicine = started.and_then(|d| Medicine::new(first(&pairs, "name").unwrap_or(""), d));
        let Some(m) = medicine else {
            problem.set("Enter the medicine's name and the date you started it.");
            return;
        };
        problem.set("");
        let said = format!("Noted: {}.", m.name);
        state.act(
            |d, now| d.save(DiaryState::new_id(now), Body::Medicine(m), now.epoch_ms),
            |_| said,
        );
        if let Some(form) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlFormElement>(t).ok())
        {
            form.reset();
        }
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = forms::act(&ev).and_then(|a| Id::parse(&a.id)) {
            state.delete(&id);
        }
    };
    view! {
        <section class="diary-section" aria-labelledby="medicines-title" on:click=click>
            <h2 id="medicines-title">"Medicines"</h2>
            <p class="diary-small">"Some medicines, such as statins and diuretics, can cause cramps (NHS). Note one and the date you started it: it is marked on the calendar and in the report. Do not stop a prescribed medicine without asking your doctor."</p>
            <TrustedHtml html=state.html(Part::Medicines)/>
            <form class="diary-medicine" on:submit=add>
                <label>"Medicine " <input type="text" name="name" maxlength="80" autocomplete="off"/></label>
                <label>"Started on " <input type="date" name="started"/></label>
                <button type="submit" class="button">"Add"</button>
            </form>
            <p class="diary-problem" role="alert">{move || problem.get()}</p>
        </section>
    }
}
