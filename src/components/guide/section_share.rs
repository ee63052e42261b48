use crate::domain::guide::content::GUIDE;
use crate::platform::share::{self, ShareError};
use leptos::prelude::*;

/// How long "Link copied" stays on screen.
const SHOWN_MS: u32 = 4000;

/// The title of the guide's section with this id.
fn section_title(id: &str) -> &'static str {
    GUIDE
        .toc
        .iter()
        .find(|e| e.id == id)
        .map_or(GUIDE.title, |e| e.text)
}

/// Runs the "Share" button under each of the guide's sections (made at build time): the share sheet where the browser has one, otherwise "Copy link", confirmed in a polite status.
#[component]
pub fn SectionShare() -> impl IntoView {
    let said = RwSignal::new("");
    let clearing = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    Effect::new(move |_| {
        let sheet = share::can_share();
        if !sheet {
            share::relabel("Copy link", |id| {
                format!("Copy a link to the section ‘{}’", section_title(id))
            });
        }
        let clicks = window_event_listener(leptos::ev::click, move |ev| {
            let Some(id) = share::pressed_section(&ev) else {
                return;
            };
            let url = share::address_of(&id);
            leptos::task::spawn_local(async move {
                let shared = if sheet {
                    share::share(section_title(&id), &url).await
                } else {
                    Err(ShareError::Unavailable)
                };
                let message = match shared {
                    Ok(()) | Err(ShareError::Cancelled) => return,
                    // no share sheet, or it failed: copy the link instead
                    Err(_) => match share::copy(&url).await {
                        Ok(()) => "Link copied",
                        Err(_) => "The link could not be copied.",
                    },
                };
                let _ = said.try_set(message);
                let clear = gloo_timers::callback::Timeout::new(SHOWN_MS, move || {
                    let _ = said.try_set("");
                });
                let _ = clearing.try_set_value(Some(clear));
            });
        });
        on_cleanup(move || clicks.remove());
    });
    view! { <p role="status" class="share-status">{move || said.get()}</p> }
}
