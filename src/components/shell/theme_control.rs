use crate::domain::theme::ALL;
use leptos::prelude::*;

/// The theme menu (follow the system, light, dark, night, night from 9 pm to 7 am): plain markup that the inline script in `index.html` runs, so it works before the app starts.
#[component]
pub fn ThemeControl() -> impl IntoView {
    let options = ALL
        .into_iter()
        .map(|option| {
            view! {
                <label class="theme-control__option">
                    <input type="radio" name="theme" value=option.value()/>
                    <span>{option.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <details class="theme-control">
            <summary class="theme-control__button" title="Theme">
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="2"/>
                    <path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor"/>
                </svg>
                <span class="visually-hidden">"Theme"</span>
            </summary>
            <fieldset class="theme-control__menu">
                <legend>"Theme"</legend>
                {options}
                <p class="theme-control__note" hidden=true>"This choice can't be saved on this device: it lasts until you leave this page."</p>
            </fieldset>
        </details>
    }
}
