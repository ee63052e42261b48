use crate::domain::theme::{ThemePref, STORAGE_KEY};
use crate::platform::{document, storage};
use leptos::prelude::*;

/// A button that switches between light and dark and remembers the choice on this device.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    // The server does not know the visitor's theme: render "light", then read the real state once mounted.
    let dark = RwSignal::new(false);
    let pref = StoredValue::new(ThemePref::System);
    let not_saved = RwSignal::new(false);
    Effect::new(move |_| {
        let stored = storage::read(STORAGE_KEY).ok().flatten();
        let current = ThemePref::parse(stored.as_deref());
        pref.set_value(current);
        dark.set(current.is_dark(document::system_prefers_dark()));
    });
    let toggle = move |_| {
        let next = pref.get_value().toggled(document::system_prefers_dark());
        pref.set_value(next);
        document::apply_theme(next);
        dark.set(next.is_dark(document::system_prefers_dark()));
        let saved = next
            .as_stored()
            .map(|value| storage::write(STORAGE_KEY, value));
        not_saved.set(matches!(saved, Some(Err(_))));
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || dark.get().to_string()
            title=move || if not_saved.get() { "Dark theme (this choice can't be saved on this device)" } else { "Dark theme" }
            on:click=toggle
        >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="2"/>
                <path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor"/>
            </svg>
            <span>"Dark theme"</span>
        </button>
    }
}
