//! The diary page's parts as HTML pieces, from one `Screen`: the page binds each part to one
//! element's content (one kind of reactive closure for all of them, which keeps the wasm small),
//! and its buttons carry `data-act` and `data-id` for one click handler per part.
//!
//! Every user text (notes, medicine names) is escaped here (`view::html::escape`).

use super::calendar::{calendar, state_text, week_sentences};
use super::compare::{
    honesty_sentences, kept_sentence, ratio_sentence, result_wait_sentence, sides_sentence,
    test_sentence, verdict_sentence, Subject,
};
use super::report::{
    made_text, medicine_lines, note_lines, rows, span_text, NOT_A_DIAGNOSIS, TITLE,
};
use super::words::{clock, day_month, leg_label, length_text, place_label, remedy_label, weekday};
use crate::domain::calendar::LocalDate;
use crate::domain::diary::{
    night_of, Body, Cramp, Diary, Entry, Id, LocalTime, NightState, Report,
};
use crate::domain::order;
use crate::view::html::escape;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The moment the page last read the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub epoch_ms: i64,
    pub local: LocalTime,
}

impl Now {
    /// The night the clock's local time falls in: the latest the calendar shows.
    pub fn night(self) -> LocalDate {
        night_of(self.local)
    }

    /// The night that ended this morning (or is under way before dawn): what "No cramps" marks.
    pub fn last_night(self) -> LocalDate {
        self.local.date.add_days(-1)
    }

    /// The night that begins this evening: the self-test's "tonight".
    pub fn tonight(self) -> LocalDate {
        self.local.date
    }
}

/// The parts of the diary page that change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// This week's and last week's numbers.
    Weeks,
    /// The last 4 weeks of nights.
    Calendar,
    /// Every entry, newest first, with Edit and Delete.
    Entries,
    /// "Does stretching help you?" and the water goal's comparison.
    Stretching,
    /// The planned self-test.
    Test,
    /// The medicines noted.
    Medicines,
    /// The report for a doctor.
    Report,
}

/// What the diary page shows, at one moment.
pub struct Screen<'a> {
    pub diary: &'a Diary,
    pub now: Now,
    /// Nights after an evening with a completed stretch routine.
    pub stretched: &'a BTreeSet<LocalDate>,
    /// Nights after a day the water goal was met.
    pub water_met: &'a BTreeSet<LocalDate>,
    /// Cups of water on the days before nights.
    pub cups: &'a BTreeMap<LocalDate, u16>,
    /// The report's span, in weeks.
    pub report_weeks: u8,
}

fn button(out: &mut String, act: &str, id: &str, text: &str, hidden_text: &str) {
    let _ = write!(
        out,
        r#"<button type="button" class="button button--quiet button--small" data-act="{act}" data-id="{}">{text}<span class="visually-hidden"> {}</span></button>"#,
        escape(id),
        escape(hidden_text)
    );
}

fn paragraph(out: &mut String, class: &str, text: &str) {
    let _ = write!(out, r#"<p class="{class}">{}</p>"#, escape(text));
}

/// "02:30 on the night of Wednesday 2 December".
pub fn cramp_when(c: &Cramp) -> String {
    format!(
        "{} on the night of {} {}",
        clock(c.local.minute),
        weekday(c.night()),
        day_month(c.night())
    )
}

/// A cramp's details in one line: "3 min 5 s · left calf, foot · 6 out of 10 · woke me up ·
/// helped: stretch, walk".
pub fn cramp_details(c: &Cramp) -> String {
    let mut parts = vec![length_text(c.length)];
    let places: Vec<String> = c
        .places
        .items()
        .map(|p| place_label(p).to_ascii_lowercase())
        .collect();
    match (c.leg, places.is_empty()) {
        (Some(leg), _) => parts.push(
            format!(
                "{} {}",
                leg_label(leg).to_ascii_lowercase(),
                places.join(", ")
            )
            .trim_end()
            .to_owned(),
        ),
        (None, false) => parts.push(places.join(", ")),
        (None, true) => {}
    }
    if let Some(s) = c.severity {
        parts.push(format!("{s} out of 10"));
    }
    if c.woke {
        parts.push("woke me up".into());
    }
    if !c.helped.is_empty() {
        let helped: Vec<String> = c
            .helped
            .items()
            .map(|r| remedy_label(r).to_ascii_lowercase())
            .collect();
        parts.push(format!("helped: {}", helped.join(", ")));
    }
    parts.join(" · ")
}

impl Part {
    /// Shown as soon as the page has read the diary: the first screen of a phone. The other
    /// parts are below it, and the code that builds them is fetched when the page is first
    /// used (`Screen::answer`, split off in `src/bin/diary.rs`).
    pub fn is_first(self) -> bool {
        matches!(self, Part::Weeks | Part::Calendar)
    }
}

/// What the diary's later code answers: a part's HTML, or the report as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    Html(Part),
    ReportText,
    /// A fixed piece of the weeks' sections (`insights::frame`).
    Frame(super::insights::Frame),
    /// "Log a cramp" (`None`), or "Edit a cramp" for this entry.
    Form(Option<Id>),
}

impl Screen<'_> {
    /// The HTML of a first part (`Part::is_first`), or `None` for the others: this is all of
    /// `html` the first load carries.
    pub fn first_html(&self, part: Part) -> Option<String> {
        match part {
            Part::Weeks => Some(self.weeks()),
            Part::Calendar => Some(self.calendar()),
            _ => None,
        }
    }

    /// What the later code answers (see `Ask`).
    pub fn answer(&self, ask: Ask) -> String {
        match ask {
            Ask::Html(part) => self.html(part),
            Ask::ReportText => super::report::report_text(&self.report_numbers()),
            Ask::Frame(frame) => super::insights::frame(frame),
            Ask::Form(id) => {
                let cramp = id.and_then(|id| self.diary.cramp(&id));
                super::form::form(cramp, self.now)
            }
        }
    }

    /// The HTML of one part.
    pub fn html(&self, part: Part) -> String {
        match part {
            Part::Weeks => self.weeks(),
            Part::Calendar => self.calendar(),
            Part::Entries => self.entries(),
            Part::Stretching => self.stretching(),
            Part::Test => self.test(),
            Part::Medicines => self.medicines(),
            Part::Report => self.report(),
        }
    }

    fn weeks(&self) -> String {
        let mut out = String::new();
        for sentence in week_sentences(self.diary, self.now.night()) {
            paragraph(&mut out, "diary-week", &sentence);
        }
        out
    }

    fn calendar(&self) -> String {
        let weeks = calendar(self.diary, self.now.night());
        let mut out = String::from(
            r#"<table class="nights"><caption class="visually-hidden">Cramps each night, the last 4 weeks, oldest first. A night is named by the evening it begins.</caption><thead><tr>"#,
        );
        if let Some(first) = weeks.first() {
            for cell in first {
                let _ = write!(
                    out,
                    r#"<th scope="col" abbr="{}">{}</th>"#,
                    weekday(cell.night),
                    cell.weekday
                );
            }
        }
        out.push_str("</tr></thead><tbody>");
        for week in &weeks {
            out.push_str("<tr>");
            for cell in week {
                let (kind, mark) = match cell.state {
                    NightState::NotRecorded => ("none", "–".to_owned()),
                    NightState::Quiet => ("quiet", "✓".to_owned()),
                    NightState::Cramps(n) => ("cramps", n.to_string()),
                };
                let _ = write!(
                    out,
                    r#"<td class="night night--{kind}{}"><span class="night__day" aria-hidden="true">{}</span><span class="night__mark" aria-hidden="true">{mark}{}</span><span class="visually-hidden">{}</span></td>"#,
                    if cell.current { " night--current" } else { "" },
                    cell.day,
                    if cell.medicines.is_empty() {
                        ""
                    } else {
                        "<small>℞</small>"
                    },
                    escape(&cell.label)
                );
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
        out
    }

    fn entries(&self) -> String {
        let mut shown: Vec<&Entry> = self
            .diary
            .entries()
            .iter()
            .filter(|e| matches!(e.body, Body::Cramp(_) | Body::Quiet { .. }))
            .collect();
        let key = |e: &Entry| match &e.body {
            Body::Cramp(c) => (c.night(), c.local.date, c.local.minute),
            Body::Quiet { night } => (*night, *night, 0),
            _ => (self.now.night(), self.now.night(), 0),
        };
        // newest first; ids (unique) break ties
        order::sort_by(&mut shown, |a, b| (key(b), &b.id).cmp(&(key(a), &a.id)));
        if shown.is_empty() {
            return r#"<p class="diary-empty">Nothing logged yet.</p>"#.into();
        }
        let mut out = String::from(r#"<ul class="diary-entries">"#);
        for e in shown {
            out.push_str("<li>");
            let id = e.id.as_str();
            match &e.body {
                Body::Cramp(c) => {
                    let when = cramp_when(c);
                    let _ = write!(
                        out,
                        r#"<p><strong>{}</strong><br>{}</p>"#,
                        escape(&when),
                        escape(&cramp_details(c))
                    );
                    if !c.note.is_empty() {
                        let _ = write!(out, r#"<p class="diary-note">“{}”</p>"#, escape(&c.note));
                    }
                    out.push_str(r#"<p class="diary-entry__actions">"#);
                    let about = format!("the cramp at {when}");
                    button(&mut out, "edit", id, "Edit", &about);
                    button(&mut out, "delete", id, "Delete", &about);
                }
                Body::Quiet { night } => {
                    let _ = write!(
                        out,
                        r#"<p><strong>No cramps</strong> on the night of {} {}</p><p class="diary-entry__actions">"#,
                        weekday(*night),
                        day_month(*night)
                    );
                    let about = format!("“No cramps” on the night of {}", day_month(*night));
                    button(&mut out, "delete", id, "Delete", &about);
                }
                _ => {}
            }
            out.push_str("</p></li>");
        }
        out.push_str("</ul>");
        out
    }

    fn comparison(&self, out: &mut String, subject: Subject, kind: &BTreeSet<LocalDate>) {
        let first = self.diary.first_night().unwrap_or(self.now.night());
        let c = self.diary.compare(first, self.now.night(), kind);
        let _ = write!(
            out,
            r#"<p class="diary-verdict"><strong>{}</strong></p>"#,
            escape(&verdict_sentence(&c, subject))
        );
        paragraph(out, "diary-sides", &sides_sentence(&c, subject));
        if let Some(ratio) = ratio_sentence(&c, subject) {
            paragraph(out, "diary-ratio", &ratio);
        }
    }

    fn honesty(out: &mut String, subject: Subject) {
        out.push_str(r#"<ul class="diary-honesty">"#);
        for line in honesty_sentences(subject) {
            let _ = write!(out, "<li>{}</li>", escape(line));
        }
        out.push_str("</ul>");
    }

    fn stretching(&self) -> String {
        let mut out = String::new();
        self.comparison(&mut out, Subject::Stretching, self.stretched);
        Self::honesty(&mut out, Subject::Stretching);
        out.push_str(r#"<h3>Days the water goal was met</h3>"#);
        self.comparison(&mut out, Subject::Water, self.water_met);
        out
    }

    fn test(&self) -> String {
        let mut out = String::new();
        let tonight = self.now.tonight();
        let Some(test) = self.diary.test else {
            paragraph(&mut out, "", "Test stretching for 4 weeks: the app fixes in advance which weeks are stretch weeks and which are not (alternating 7-night blocks, the first drawn at random), tells you each evening which kind tonight is, and shows the result only at the end.");
            out.push_str(r#"<button type="button" class="button button--primary" data-act="test-start">Start a 4-week test tonight</button>"#);
            return out;
        };
        paragraph(&mut out, "diary-test-now", &test_sentence(test, tonight));
        match test.result(self.diary, tonight, self.stretched) {
            None => {
                paragraph(&mut out, "", &result_wait_sentence(test));
                out.push_str(r#"<button type="button" class="button button--quiet" data-act="test-stop">Stop the test</button>"#);
            }
            Some(r) => {
                let c = r.comparison;
                let _ = write!(
                    out,
                    r#"<p class="diary-verdict"><strong>{}</strong></p>"#,
                    escape(&verdict_sentence(&c, Subject::PlannedTest))
                );
                paragraph(
                    &mut out,
                    "diary-sides",
                    &sides_sentence(&c, Subject::PlannedTest),
                );
                if let Some(ratio) = ratio_sentence(&c, Subject::PlannedTest) {
                    paragraph(&mut out, "diary-ratio", &ratio);
                }
                paragraph(&mut out, "", &kept_sentence(&r));
                Self::honesty(&mut out, Subject::PlannedTest);
                out.push_str(r#"<button type="button" class="button button--quiet" data-act="test-stop">Clear the test</button>"#);
            }
        }
        out
    }

    fn medicines(&self) -> String {
        let medicines = self.diary.medicines();
        if medicines.is_empty() {
            return r#"<p class="diary-empty">No medicines noted.</p>"#.into();
        }
        let mut out = String::from(r#"<ul class="diary-entries">"#);
        for (id, m) in medicines {
            let line = format!(
                "{}, started {}",
                m.name,
                crate::domain::check::long_date(m.started)
            );
            let _ = write!(
                out,
                "<li><p>{}</p><p class=\"diary-entry__actions\">",
                escape(&line)
            );
            button(&mut out, "delete", id.as_str(), "Delete", &m.name);
            out.push_str("</p></li>");
        }
        out.push_str("</ul>");
        out
    }

    /// The report's numbers for the chosen span ending with the current night.
    pub fn report_numbers(&self) -> Report {
        Report::new(
            self.diary,
            self.now.night(),
            self.report_weeks,
            self.now.local.date,
            self.stretched,
            self.cups,
        )
    }

    fn report(&self) -> String {
        let r = self.report_numbers();
        let mut out = String::new();
        let _ = write!(
            out,
            r#"<h2 id="report-title" class="report__title">{TITLE}</h2><p class="report__flag"><strong>{NOT_A_DIAGNOSIS}</strong></p><p>{}</p><table class="report-table"><thead><tr><th scope="col">Nights of</th><th scope="col">{}</th><th scope="col">Before: {}</th></tr></thead><tbody>"#,
            made_text(r.made),
            span_text(&r.current),
            span_text(&r.previous)
        );
        for row in rows(&r) {
            let _ = write!(
                out,
                r#"<tr><th scope="row">{}</th><td>{}</td><td>{}</td></tr>"#,
                row.label, row.now, row.before
            );
        }
        out.push_str("</tbody></table>");
        for (heading, lines, empty) in [
            ("Medicines noted", medicine_lines(&r), "None noted."),
            ("Notes", note_lines(&r), "None."),
        ] {
            let _ = write!(out, "<h3>{heading}</h3>");
            if lines.is_empty() {
                paragraph(&mut out, "", empty);
                continue;
            }
            out.push_str("<ul>");
            for line in lines {
                let _ = write!(out, "<li>{}</li>", escape(&line));
            }
            out.push_str("</ul>");
        }
        out
    }
}

/// The state of one night in words, for the status after "No cramps": "no cramps".
pub fn night_words(diary: &Diary, night: LocalDate) -> String {
    state_text(diary.night_state(night))
}

/// What the page says about the saved diary: unreadable data, a newer version's data, saving
/// that fails (empty when all is well; the same text while it keeps failing, so it is announced
/// once).
pub fn notice<E: std::fmt::Display + Clone>(session: &crate::domain::diary::Session<E>) -> String {
    use crate::domain::key_value::Recovery;
    let recovery = match session.guard.recovery {
        None => "",
        Some(Recovery::BackedUp) => "Your saved diary could not be read, so it has started again empty. A copy of the old data is kept on this device.",
        Some(Recovery::LeftAlone) => "Your saved diary could not be read, and there is no room on this device to keep a copy, so it has been left as it is. What you log now is kept on this page only.",
        Some(Recovery::Newer) => "Your diary was saved by a newer version of Cramp Coach. Reload the page to get the update; until then, what you log is kept on this page only.",
    };
    match &session.guard.save_error {
        Some(e) if !session.is_frozen() => {
            format!("{recovery} Not saved: {e} What you log is kept while this page is open.")
                .trim_start()
                .to_owned()
        }
        _ => recovery.to_owned(),
    }
}
