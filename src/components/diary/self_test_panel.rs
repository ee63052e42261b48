use crate::components::diary::state::DiaryState;
use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::diary::self_test::SelfTest;
use crate::platform::forms;
use crate::view::diary::screen::Part;
use leptos::prelude::*;

/// The planned self-test: start it, tonight's kind of night, and the result at the end.
#[component]
pub fn SelfTestPanel() -> impl IntoView {
    let state = DiaryState::get();
    let click = move |ev: leptos::ev::MouseEvent| match forms::act(&ev).map(|a| a.act).as_deref() {
        Some("test-start") => {
            state.act(
                |d, now| {
                    let seed = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
                    d.test = Some(SelfTest::new(now.tonight(), 4, seed));
                    true
                },
                |_| "The test has started: tonight's kind of night is shown above.".into(),
            );
        }
        Some("test-stop") => {
            state.act(
                |d, _| d.test.take().is_some(),
                |_| "The test is cleared.".into(),
            );
        }
        _ => {}
    };
    view! {
        <section class="diary-section" aria-labelledby="test-title" on:click=click>
            <h2 id="test-title">"Test stretching for 4 weeks"</h2>
            <TrustedHtml html=state.html(Part::Test)/>
        </section>
    }
}
