use crate::components::diary::quick_log::{LOG_BUTTON_ID, UNDO_ID};
use crate::components::support::lazy_part::Calling;
use crate::components::support::lazy_part::FAILED;
use crate::domain::calendar::LocalDate;
use crate::domain::codec::date;
use crate::domain::diary::fields::first;
use crate::domain::diary::self_test::SelfTest;
use crate::domain::diary::{
    inbox, links, Body, Cramp, Diary, Entry, Id, LocalTime, Medicine, Session,
};
use crate::domain::stretch::history::{History, STORAGE_KEY as STRETCH_KEY};
use crate::domain::water::format as water_format;
use crate::domain::water::log::Log as WaterLog;
use crate::domain::water::session::KEY as WATER_KEY;
use crate::platform::storage::{self, LocalStorage, StorageError};
use crate::platform::{clipboard, document, forms, print};
use crate::platform::{clock, persist};
use crate::view::diary::form::{read, Clock};
use crate::view::diary::insights::{self, Frame};
use crate::view::diary::report::TITLE;
use crate::view::diary::screen::cramp_when;
use crate::view::diary::screen::{Ask, Now, Part, Screen};
use crate::view::diary::words::{count, length_text, night_name};
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

/// How the page reaches the code of its later parts (`Part::is_first`), split off in
/// `src/bin/diary.rs`.
#[derive(Clone, Copy)]
pub struct Later {
    /// The answer at once, once the code is here (`None` before, or if it could not be fetched).
    pub answer: fn(&Screen, Ask) -> Option<String>,
    /// Makes a change (fetching the code first, the first time).
    pub act: fn(DiaryState, Change) -> Calling,
    /// Fetches the code.
    pub fetch: fn() -> Calling,
}

/// A change a person asks for, made by the later code (`DiaryState::change`).
#[derive(Debug, Clone)]
pub enum Change {
    /// "No cramps" on the night that began on this date.
    Quiet(LocalDate),
    /// A cramp from the form: a new one, or the entry edited.
    Save(Option<Id>, Cramp),
    /// Deletes an entry, keeping it so that "Undo" can bring it back.
    Delete(Id),
    /// Brings back the entry deleted last.
    Undo,
    /// A medicine noted with its start date.
    Medicine(Medicine),
    /// Starts the planned 4-week self-test tonight.
    TestStart,
    /// Stops or clears the self-test.
    TestStop,
    /// Takes in the cramps saved on Cramp now, then removes them from its inbox.
    TakeInbox,
    /// Reads the stretch coach's and the water counter's saved logs again.
    ReadOtherLogs,
    /// A press, a form sent or a choice made in what the weeks show (`DiaryInsights`).
    Insights(web_sys::Event),
    /// "Log a cramp" (or "Edit a cramp") sent: saved, or what is missing said.
    SendForm(web_sys::Event),
    /// "No cramps that night" sent with a date.
    QuietForm(web_sys::Event),
}

/// Where the later parts' code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaterCode {
    /// Not asked for yet: the page has not been used.
    Away,
    Fetching,
    Here,
    /// Could not be fetched: tried again on the next use.
    Failed,
}

/// Shown in a later part whose code could not be fetched.
pub const LATER_FAILED_TEXT: &str =
    "This part could not be loaded. What you saved is safe; touch the page to try again, or reload it.";

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
    pub later_code: RwSignal<LaterCode>,
    /// What is missing in "Log a cramp".
    pub form_problem: RwSignal<String>,
    /// How the later parts' code is reached (`None` when pre-rendering, and in native tests,
    /// which call it directly).
    later: Option<Later>,
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
            later_code: RwSignal::new(LaterCode::Away),
            form_problem: RwSignal::new(String::new()),
            later: None,
        }
    }

    /// The state of a page whose later parts reach their code through `later`.
    pub fn with_later(later: Option<Later>) -> Self {
        Self {
            later,
            ..Self::new()
        }
    }

    /// Fetches the later parts' code: called each time the page is used (a touch, a key, a
    /// focus, a scroll), it fetches once, or again after a failure.
    pub fn prepare(self) {
        let Some(later) = self.later else {
            return;
        };
        if matches!(
            self.later_code.get_untracked(),
            LaterCode::Fetching | LaterCode::Here
        ) {
            return;
        }
        self.later_code.set(LaterCode::Fetching);
        leptos::task::spawn_local(async move {
            let code = match (later.fetch)().await {
                // the other tools' logs first, so that the parts are drawn once
                Ok(()) => match (later.act)(self, Change::ReadOtherLogs).await {
                    Ok(()) => LaterCode::Here,
                    Err(_) => LaterCode::Failed,
                },
                Err(_) => LaterCode::Failed,
            };
            self.later_code.set(code);
        });
    }

    /// What the later code answers, once it is here.
    fn answer(self, screen: &Screen, ask: Ask) -> Option<String> {
        match self.later {
            Some(later) => (later.answer)(screen, ask),
            // in the browser the code is reached only through `later`, so that it stays out of
            // the first load
            #[cfg(not(target_arch = "wasm32"))]
            None => Some(screen.answer(ask)),
            #[cfg(target_arch = "wasm32")]
            None => None,
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

    /// Reads the stretch coach's and the water counter's saved logs again, if the later code
    /// (the only code that needs them) is here; it reads them when it arrives otherwise.
    pub fn other_logs_changed(self) {
        if self.later_code.get_untracked() == LaterCode::Here {
            self.run(Change::ReadOtherLogs);
        }
    }

    /// Reads the stretch coach's and the water counter's saved logs (read only: the diary never
    /// writes them).
    fn read_other_logs(self) {
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

    /// Takes in the cramps saved on Cramp now, if there are any (the later code does it).
    pub fn take_inbox(self) {
        if matches!(storage::read(inbox::INBOX_KEY), Ok(Some(_))) {
            self.run(Change::TakeInbox);
        }
    }

    /// Makes a change once the later code is here; says so if that code could not be fetched.
    pub fn run(self, change: Change) {
        match self.later {
            Some(later) => {
                self.prepare();
                leptos::task::spawn_local(async move {
                    if (later.act)(self, change).await.is_err() {
                        self.status.set(FAILED.into());
                    }
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            None => self.change(change),
            #[cfg(target_arch = "wasm32")]
            None => self.status.set(FAILED.into()),
        }
    }

    /// Makes `change` (called from the module the later code is split into).
    pub fn change(self, change: Change) {
        match change {
            Change::Quiet(night) => self.mark_quiet(night),
            Change::Save(id, cramp) => {
                let said = format!(
                    "Saved: {}, {}.",
                    cramp_when(&cramp),
                    length_text(cramp.length)
                );
                self.act(
                    |d, now| {
                        let id = id.unwrap_or_else(|| Self::new_id(now));
                        d.save(id, Body::Cramp(cramp), now.epoch_ms)
                    },
                    |_| said,
                );
            }
            Change::Delete(id) => {
                self.delete(&id);
                request_animation_frame(|| {
                    document::focus_by_id(UNDO_ID);
                });
            }
            Change::Undo => self.undo_delete(),
            Change::Medicine(m) => {
                let said = format!("Noted: {}.", m.name);
                self.act(
                    |d, now| d.save(Self::new_id(now), Body::Medicine(m), now.epoch_ms),
                    |_| said,
                );
            }
            Change::TestStart => {
                self.act(
                    |d, now| {
                        let seed = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
                        d.test = Some(SelfTest::new(now.tonight(), 4, seed));
                        true
                    },
                    |_| "The test has started: tonight's kind of night is shown above.".into(),
                );
            }
            Change::TestStop => {
                self.act(
                    |d, _| d.test.take().is_some(),
                    |_| "The test is cleared.".into(),
                );
            }
            Change::TakeInbox => self.take_inbox_now(),
            Change::ReadOtherLogs => self.read_other_logs(),
            Change::Insights(ev) => self.on_insights(&ev),
            Change::SendForm(ev) => self.send_form(&ev),
            Change::QuietForm(ev) => {
                let night = first(&forms::values(&ev), "night").and_then(date::parse);
                match night {
                    Some(night) if night <= self.read_clock().last_night() => {
                        self.mark_quiet(night)
                    }
                    Some(_) => self.status.set("That night has not ended yet.".into()),
                    None => self.status.set("Choose the date the night began.".into()),
                }
            }
        }
    }

    /// "Log a cramp" (or "Edit a cramp") as it opens, once the later code is here; built only
    /// when it opens, never while it is being filled in.
    pub fn form_html(self) -> String {
        let id = match self.editing.get() {
            Editing::Closed => return String::new(),
            Editing::New => None,
            Editing::Entry(id) => Some(id),
        };
        self.drawn_on_arrival(Ask::Form(id))
    }

    /// Closes the form and gives focus back to "Log a cramp".
    pub fn close_form(self) {
        self.editing.set(Editing::Closed);
        self.form_problem.set(String::new());
        document::focus_by_id(LOG_BUTTON_ID);
    }

    /// Saves the cramp in the form sent, or says what is missing.
    fn send_form(self, ev: &web_sys::Event) {
        let pairs = forms::values(ev);
        let now = self.read_clock();
        let editing = self.editing.get_untracked();
        let id = match &editing {
            Editing::Entry(id) => Some(id.clone()),
            _ => None,
        };
        let kept = id
            .as_ref()
            .and_then(|id| self.session.with_untracked(|s| s.diary.cramp(id).cloned()));
        match read(&pairs, kept.as_ref(), now, &BrowserClock) {
            Err(p) => self.form_problem.set(p.text().into()),
            Ok(cramp) => {
                self.change(Change::Save(id, cramp));
                self.close_form();
            }
        }
    }

    /// A fixed piece of what the weeks show, drawn when the later code arrives and never again
    /// (so a form in it is not emptied while it is filled in, and its live regions stay).
    pub fn frame(self, frame: Frame) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.drawn_on_arrival(Ask::Frame(frame))
    }

    /// Answers a press, a form or a choice in what the weeks show.
    fn on_insights(self, ev: &web_sys::Event) {
        match ev.type_().as_str() {
            "submit" => self.add_medicine(ev),
            // the report's span (the medicine fields send `change` too)
            "change" if document::event_target_name(ev) == insights::WEEKS => {
                if let Ok(weeks) = event_target_value(ev).parse::<u8>() {
                    self.report_weeks.set(weeks);
                }
            }
            "change" => {}
            _ => {
                let Some(act) = forms::act(ev) else {
                    return;
                };
                match act.act.as_str() {
                    "test-start" => self.change(Change::TestStart),
                    "test-stop" => self.change(Change::TestStop),
                    "delete" => {
                        if let Some(id) = Id::parse(&act.id) {
                            self.delete(&id);
                        }
                    }
                    insights::PRINT => {
                        if let Err(e) = print::print() {
                            document::set_text_by_id(insights::REPORT_SAID_ID, &e.to_string());
                        }
                    }
                    insights::COPY => self.send_report(false),
                    insights::SHARE => self.send_report(true),
                    _ => {}
                }
            }
        }
    }

    /// Notes the medicine in the form, or says what is missing.
    fn add_medicine(self, ev: &web_sys::Event) {
        let pairs = forms::values(ev);
        let started = first(&pairs, "started").and_then(date::parse);
        let medicine = started.and_then(|d| Medicine::new(first(&pairs, "name").unwrap_or(""), d));
        let Some(m) = medicine else {
            document::set_text_by_id(
                insights::MEDICINE_PROBLEM_ID,
                "Enter the medicine's name and the date you started it.",
            );
            return;
        };
        document::set_text_by_id(insights::MEDICINE_PROBLEM_ID, "");
        self.change(Change::Medicine(m));
        forms::reset(ev);
    }

    /// The report as text, copied or shared; what happened is said next to the buttons.
    fn send_report(self, share: bool) {
        let Some(text) = self.with_screen(|s| s.answer(Ask::ReportText)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let result = if share {
                clipboard::share(TITLE, &text).await
            } else {
                clipboard::copy(&text).await
            };
            let said = match result {
                Ok(()) if share => String::new(),
                Ok(()) => "Copied: paste it into an e-mail or a message.".into(),
                Err(e) => e.to_string(),
            };
            document::set_text_by_id(insights::REPORT_SAID_ID, &said);
        });
    }

    /// "No cramps" on a night, unless it has cramps or is marked already (said in the status).
    fn mark_quiet(self, night: LocalDate) {
        let cramps = self
            .session
            .with_untracked(|s| s.diary.night_state(night).cramps());
        if cramps > 0 {
            self.status.set(format!(
                "The night of {} already has {} logged.",
                night_name(night),
                count(cramps, "cramp")
            ));
            return;
        }
        let marked = self.act(
            |d, now| d.mark_quiet(night, Self::new_id(now), now.epoch_ms),
            |_| format!("Marked: no cramps on the night of {}.", night_name(night)),
        );
        if !marked {
            self.status.set(format!(
                "The night of {} is already marked: no cramps.",
                night_name(night)
            ));
        }
    }

    fn take_inbox_now(self) {
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
    fn act(
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
    fn new_id(now: Now) -> Id {
        Id::new(
            now.epoch_ms,
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32,
        )
    }

    /// Deletes an entry, keeping it so that "Undo" can bring it back.
    fn delete(self, id: &Id) {
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
    fn undo_delete(self) {
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

    /// What `ask` shows now, answered by the first load's code (`Part::is_first`) or by the
    /// later code (one copy of `with_screen` for both).
    fn shown(self, ask: Ask) -> String {
        self.with_screen(|s| match ask {
            Ask::Html(part) if part.is_first() => s.first_html(part),
            _ => self.answer(s, ask),
        })
        .flatten()
        .unwrap_or_default()
    }

    /// What the later code answers to `ask` once it is here, the failure text if it could not be
    /// fetched, nothing before.
    fn later_shown(self, ask: Ask) -> String {
        match self.later_code.get() {
            LaterCode::Here => {}
            LaterCode::Failed => {
                return format!(r#"<p class="diary-problem">{LATER_FAILED_TEXT}</p>"#)
            }
            #[cfg(not(target_arch = "wasm32"))]
            _ if self.later.is_none() => {}
            _ => return String::new(),
        }
        self.shown(ask)
    }

    /// What the later code answers to `ask`, drawn again when that code arrives but not when the
    /// diary changes (a form being filled in is not emptied, a live region stays).
    fn drawn_on_arrival(self, ask: Ask) -> String {
        self.later_code.track();
        untrack(|| self.later_shown(ask))
    }

    /// The HTML of one part of the page, kept up to date: a later part's once its code is here.
    pub fn html(self, part: Part) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || match part.is_first() {
            true => self.shown(Ask::Html(part)),
            false => self.later_shown(Ask::Html(part)),
        }
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
