use crate::domain::calendar::LocalDate;
use crate::domain::water::log::{Action, Moment};
use crate::domain::water::session::Session;
use crate::platform::clock;
use crate::platform::storage::{LocalStorage, StorageError};
use crate::view::water::screen::{Choice, Flag, Screen, Text};
use crate::view::water::text;
use leptos::prelude::*;

/// The water counter's shared state (context from `WaterPage`): the saved log, today's date
/// (`None` until the page has read the clock) and the last status message.
///
/// Views bind to `text(key)` and `flag(key)`: one closure type for all of them, because every
/// distinct reactive closure adds about 300 bytes of gzipped wasm (measured).
#[derive(Clone, Copy)]
pub struct WaterState {
    pub session: RwSignal<Session<StorageError>>,
    pub today: RwSignal<Option<LocalDate>>,
    pub status: RwSignal<String>,
}

impl WaterState {
    /// Empty state, as pre-rendered.
    pub fn new() -> Self {
        Self {
            session: RwSignal::new(Session::empty()),
            today: RwSignal::new(None),
            status: RwSignal::new(String::new()),
        }
    }

    /// The context provided by `WaterPage`.
    /// Never panics: without one (a part drawn outside its page) it is a new, empty state.
    pub fn get() -> Self {
        use_context().unwrap_or_else(Self::new)
    }

    fn with_screen<T>(self, f: impl FnOnce(&Screen<StorageError>) -> T) -> T {
        let today = self.today.get();
        self.status.with(|status| {
            self.session.with(|session| {
                f(&Screen {
                    session,
                    today,
                    status,
                })
            })
        })
    }

    /// The page text for `key`, kept up to date.
    pub fn text(self, key: Text) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.with_screen(|s| s.text(key))
    }

    /// The yes/no state for `key`, kept up to date.
    pub fn flag(self, key: Flag) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        move || self.with_screen(|s| s.flag(key))
    }

    /// Reads the clock: the moment now, and today's date updated if the day has changed.
    pub fn moment(self) -> Moment {
        let now = clock::now();
        if self.today.get_untracked() != Some(now.local_date) {
            self.today.set(Some(now.local_date));
        }
        Moment {
            epoch_ms: now.epoch_ms as i64,
            date: now.local_date,
        }
    }

    /// Does what a person asked, saves it, and says what changed in the status region.
    pub fn act(self, action: Action) {
        let now = self.moment();
        let changed = self
            .session
            .try_update(|s| s.act(&LocalStorage, now, action))
            .unwrap_or(false);
        if changed {
            let said = self
                .session
                .with_untracked(|s| text::status_after(&s.log, now.date, action));
            self.status.set(said);
        }
    }

    /// An event handler that does `action`.
    pub fn on<E>(self, action: Action) -> impl Fn(E) + Copy + 'static {
        move |_| self.act(action)
    }

    /// A checkbox handler that turns `choice` on or off.
    pub fn toggle(self, choice: Choice) -> impl Fn(leptos::ev::Event) + Copy + 'static {
        move |ev| self.act(choice.action(event_target_checked(&ev)))
    }
}

impl Default for WaterState {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_drawn_outside_its_page_gets_an_empty_counter_instead_of_a_panic() {
        Owner::new().with(|| {
            assert_eq!(WaterState::get().status.get_untracked(), "");
            let page = WaterState::new();
            page.status.set("Saved.".into());
            provide_context(page);
            assert_eq!(WaterState::get().status.get_untracked(), "Saved.");
        });
    }
}
