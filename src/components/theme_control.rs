use crate::domain::theme::{ThemePref, ALL, STORAGE_KEY};
use crate::platform::{document, storage};
use leptos::prelude::*;

/// The theme menu: follow the system, light, dark, night, or night from 9 pm to 7 am, remembered on this device.
#[component]
pub fn ThemeControl() -> impl IntoView {
    // The server does not know the visitor's theme: render "follow the system", then read the real choice once mounted.
    let pref = RwSignal::new(ThemePref::System);
    let not_saved = RwSignal::new(false);
    let menu = NodeRef::<leptos::html::Details>::new();
    let summary = NodeRef::<leptos::html::Summary>::new();
    Effect::new(move |_| {
        let stored = storage::read(STORAGE_KEY).ok().flatten();
        let current = ThemePref::parse(stored.as_deref());
        pref.set(current);
        // night hours may have begun or ended since the page was rendered
        document::apply_theme(current);
    });
    let close = move || {
        if let Some(details) = menu.get_untracked() {
            let _ = details.remove_attribute("open");
        }
        if let Some(summary) = summary.get_untracked() {
            let _ = summary.focus();
        }
    };
    let choose = move |ev: leptos::ev::Event| {
        let next = ThemePref::from_value(&event_target_value(&ev));
        pref.set(next);
        document::apply_theme(next);
        let saved = match next.as_stored() {
            Some(value) => storage::write(STORAGE_KEY, value),
            None => storage::remove(STORAGE_KEY),
        };
        not_saved.set(saved.is_err());
        close();
    };
    let escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            close();
        }
    };
    let options = ALL
        .into_iter()
        .map(|option| {
            view! {
                <label class="theme-control__option">
                    <input type="radio" name="theme" value=option.value() prop:checked=move || pref.get() == option on:change=choose/>
                    <span>{option.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <details class="theme-control" node_ref=menu on:keydown=escape>
            <summary class="theme-control__button" node_ref=summary title="Theme">
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="2"/>
                    <path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor"/>
                </svg>
                <span class="visually-hidden">"Theme"</span>
            </summary>
            <fieldset class="theme-control__menu">
                <legend>"Theme"</legend>
                {options}
                <p class="theme-control__note" hidden=move || !not_saved.get()>"This choice can't be saved on this device."</p>
            </fieldset>
        </details>
    }
}
