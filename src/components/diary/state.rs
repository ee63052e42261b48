use crate::domain::calendar::LocalDate;
use crate::domain::diary::{inbox, links, Body, Diary, Entry, Id, LocalTime, Report, Session};
use crate::domain::stretch::history::{History, STORAGE_KEY as STRETCH_KEY};
use crate::domain::water::format as water_format;
use crate::domain::water::log::Log as WaterLog;
use crate::domain::water::session::KEY as WATER_KEY;
use crate::platform::storage::{self, LocalStorage, StorageError};
use crate::platform::{clock, persist};
use crate::view::diary::form::Clock;
use crate::view::diary::screen::{Now, Part, Screen};
use leptos::prelude::*;

/// What the form shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Editing {
    Closed,
    New,
    Entry(Id),
}

/// The clock as the form reads it (`platform::clock`).
pub struct BrowserClock;

impl Clock for BrowserClock {
    fn local_at(&self, epoch_ms: i64) -> LocalTime {
        to_local(clock::wall_at(epoch_ms as f64))
    }

    fn moment_of(&self, date: LocalDate, minute: u16) -> i64 {
        clock::local_moment_ms(date, minute) as i64
    }
}

fn to_local(wall: clock::WallTime) -> LocalTime {
    LocalTime::new(wall.local_date, wall.local_minutes).unwrap_or(LocalTime {
        date: wall.local_date,
        minute: 0,
    })
}

/// The cramp diary's shared state (context from `DiaryPage`): the saved diary, the stretch
/// coach's and the water counter's logs it links nights to, the clock's last reading, the form,
/// the report's span, the last status message and the entry that can be brought back.
///
/// Parts bind to `html(part)`: one closure type for all of them (each distinct reactive closure
/// adds about 300 bytes of gzipped wasm).
#[derive(Clone, Copy)]
pub struct DiaryState {
    pub session: RwSignal<Session<StorageError>>,
    pub now: RwSignal<Option<Now>>,
    pub stretch: RwSignal<History>,
    pub water: RwSignal<WaterLog>,
    pub editing: RwSignal<Editing>,
    pub report_weeks: RwSignal<u8>,
    pub status: RwSignal<String>,
    pub undo: RwSignal<Option<Entry>>,
}

impl DiaryState {
    /// Empty state, as pre-rendered.
    pub fn new() -> Self {
        Self {
            session: RwSignal::new(Session::empty()),
            now: RwSignal::new(None),
            stretch: RwSignal::new(History::default()),
            water: RwSignal::new(WaterLog::default()),
            editing: RwSignal::new(Editing::Closed),
            report_weeks: RwSignal::new(crate::domain::diary::report::DEFAULT_WEEKS),
            status: RwSignal::new(String::new()),
            undo: RwSignal::new(None),
        }
    }

    /// The context provided by `DiaryPage`.
    /// Never panics: without one (a part drawn outside its page) it is a new, empty state.
    pub fn get() -> Self {
        use_context().unwrap_or_else(Self::new)
    }

    /// Reads the clock, and updates what the page shows if the minute has changed.
    pub fn read_clock(self) -> Now {
        let wall = clock::now();
        let now = Now {
            epoch_ms: wall.epoch_ms as i64,
            local: to_local(wall),
        };
        if self.now.get_untracked().map(|n| n.local) != Some(now.local) {
            self.now.set(Some(now));
        }
        now
    }

    /// Reads the stretch coach's and the water counter's saved logs (read only: the diary never
    /// writes them).
    pub fn read_other_logs(self) {
        let today = self.read_clock().local.date;
        let history = History::decode(storage::read(STRETCH_KEY).ok().flatten().as_deref()).value;
        self.stretch.set(history);
        let water = storage::read(WATER_KEY)
            .ok()
            .flatten()
            .and_then(|text| water_format::decode(&text, today).ok())
            .map(|d| d.log)
            .unwrap_or_default();
        self.water.set(water);
    }

    /// Opens the saved diary and takes in the cramps saved on Cramp now.
    pub fn open(self) {
        self.session.set(Session::open(&LocalStorage));
        self.take_inbox();
    }

    /// Takes in the cramps saved on Cramp now, then removes them from its inbox.
    pub fn take_inbox(self) {
        let Ok(Some(text)) = storage::read(inbox::INBOX_KEY) else {
            return;
        };
        let added = self
            .session
            .try_update(|s| s.act(&LocalStorage, |d| inbox::take_in(d, &text)))
            .unwrap_or(false);
        if !self.session.with_untracked(|s| s.is_saved()) {
            return;
        }
        // read again just before writing: Cramp now may have added a line since
        let latest = storage::read(inbox::INBOX_KEY)
            .ok()
            .flatten()
            .unwrap_or_default();
        let left = self
            .session
            .with_untracked(|s| inbox::remaining(&s.diary, &latest));
        let _ = match left {
            Some(left) => storage::write(inbox::INBOX_KEY, &left),
            None => storage::remove(inbox::INBOX_KEY),
        };
        if added {
            self.status
                .set("The cramp you timed on Cramp now is in your diary.".into());
        }
    }

    /// Re-reads the saved diary after another tab changed it.
    pub fn refresh(self) {
        self.session.update(|s| s.refresh(&LocalStorage));
    }

    /// Makes a change to the diary at the clock's time, saves it, and says `said` in the status
    /// region if it changed anything. Returns whether it did.
    pub fn act(
        self,
        change: impl FnOnce(&mut Diary, Now) -> bool,
        said: impl FnOnce(&Diary) -> String,
    ) -> bool {
        let now = self.read_clock();
        let was_empty = self
            .session
            .with_untracked(|s| s.diary.entries().is_empty());
        let changed = self
            .session
            .try_update(|s| s.act(&LocalStorage, |d| change(d, now)))
            .unwrap_or(false);
        if changed && was_empty {
            // the first entry: ask the browser to keep the site's data (Your data shows the answer)
            leptos::task::spawn_local(async {
                let _ = persist::persist().await;
            });
        }
        if changed {
            let text = self.session.with_untracked(|s| said(&s.diary));
            self.status.set(text);
        }
        changed
    }

    /// A new entry id, unique across devices: the time and a random number.
    pub fn new_id(now: Now) -> Id {
        Id::new(
            now.epoch_ms,
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32,
        )
    }

    /// Deletes an entry, keeping it so that "Undo" can bring it back.
    pub fn delete(self, id: &Id) {
        let kept = self.session.with_untracked(|s| s.diary.get(id).cloned());
        let Some(kept) = kept.filter(|e| e.body != Body::Deleted) else {
            return;
        };
        let what = match kept.body {
            Body::Cramp(_) => "Deleted the cramp.",
            Body::Quiet { .. } => "Deleted the “No cramps” mark.",
            _ => "Deleted the medicine.",
        };
        if self.act(|d, now| d.delete(id, now.epoch_ms), |_| what.into()) {
            self.undo.set(Some(kept));
        }
    }

    /// Brings back the entry deleted last.
    pub fn undo_delete(self) {
        if let Some(e) = self.undo.get_untracked() {
            self.act(
                |d, now| d.save(e.id, e.body, now.epoch_ms),
                |_| "Brought it back.".into(),
            );
        }
        self.undo.set(None);
    }

    fn with_screen<T>(self, f: impl FnOnce(&Screen) -> T) -> Option<T> {
        let now = self.now.get()?;
        let weeks = self.report_weeks.get();
        Some(self.session.with(|s| {
            let diary = &s.diary;
            let span_start = now.night().add_days(-14 * i64::from(weeks));
            let first = diary
                .first_night()
                .map_or(span_start, |f| f.min(span_start));
            let last = now.night();
            let stretched = self
                .stretch
                .with(|h| links::stretched_nights(h, first, last));
            let (water_met, cups) = self.water.with(|w| {
                (
                    links::water_goal_nights(w, first, last),
                    links::cups_by_night(w, first, last),
                )
            });
            f(&Screen {
                diary,
                now,
                stretched: &stretched,
                water_met: &water_met,
                cups: &cups,
                report_weeks: weeks,
            })
        }))
    }

    /// The HTML of one part of the page, kept up to date.
    pub fn html(self, part: Part) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.with_screen(|s| s.html(part)).unwrap_or_default()
    }

    /// The report's numbers as they stand.
    pub fn report(self) -> Option<Report> {
        self.with_screen(|s| s.report_numbers())
    }
}

impl Default for DiaryState {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_drawn_outside_its_page_gets_an_empty_diary_instead_of_a_panic() {
        Owner::new().with(|| {
            assert_eq!(DiaryState::get().status.get_untracked(), "");
            let page = DiaryState::new();
            page.status.set("Saved.".into());
            provide_context(page);
            assert_eq!(DiaryState::get().status.get_untracked(), "Saved.");
        });
    }
}
