//! "Log a cramp": the form as an HTML piece (new, or filled in to edit an entry), and what a
//! posted form means (`read`), with the clock passed in so it is tested natively.

use super::screen::{cramp_when, Now};
use super::words::{
    ago_label, bucket_label, leg_label, length_text, place_label, remedy_label, AGO_CHOICES_MINUTES,
};
use crate::domain::calendar::LocalDate;
use crate::domain::codec::date;
use crate::domain::diary::entry::MAX_NOTE_CHARS;
use crate::domain::diary::fields::{apply_details, first, length};
use crate::domain::diary::format::{name_of, BUCKETS, LEGS, PLACES, REMEDIES};
use crate::domain::diary::{Bucket, Cramp, Leg, Length, LocalTime, Place, Remedy};
use crate::view::html::escape;
use std::fmt::Write;

/// The form's heading id (focus moves there when it opens).
pub const FORM_HEADING_ID: &str = "log-title";

fn checked(on: bool) -> &'static str {
    if on {
        " checked"
    } else {
        ""
    }
}

fn choice(out: &mut String, kind: &str, name: &str, value: &str, label: &str, on: bool) {
    let _ = write!(
        out,
        r#"<label class="choice"><input type="{kind}" name="{name}" value="{value}"{}> {}</label>"#,
        checked(on),
        escape(label)
    );
}

fn fieldset_start(out: &mut String, legend: &str) {
    let _ = write!(
        out,
        r#"<fieldset><legend>{legend}</legend><div class="choices">"#
    );
}

const FIELDSET_END: &str = "</div></fieldset>";

/// The form's fields: blank with "Just now" for a new cramp, or `editing`'s values.
pub fn fields(editing: Option<&Cramp>, now: Now) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<h2 id="{FORM_HEADING_ID}" tabindex="-1">{}</h2>"#,
        if editing.is_some() {
            "Edit a cramp"
        } else {
            "Log a cramp"
        }
    );
    fieldset_start(&mut out, "When did it start?");
    if let Some(c) = editing {
        choice(
            &mut out,
            "radio",
            "when",
            "kept",
            &format!("As logged: {}", cramp_when(c)),
            true,
        );
    }
    choice(
        &mut out,
        "radio",
        "when",
        "now",
        "Just now",
        editing.is_none(),
    );
    for minutes in AGO_CHOICES_MINUTES {
        choice(
            &mut out,
            "radio",
            "when",
            &minutes.to_string(),
            &ago_label(minutes),
            false,
        );
    }
    choice(
        &mut out,
        "radio",
        "when",
        "exact",
        "At this date and time:",
        false,
    );
    let at = editing.map_or(now.local, |c| c.local);
    let _ = write!(
        out,
        r#"</div><div class="diary-exact"><label>Date <input type="date" name="date" value="{}"></label> <label>Time <input type="time" name="time" value="{}"></label></div></fieldset>"#,
        at.date,
        super::words::clock(at.minute)
    );
    fieldset_start(&mut out, "How long did it last?");
    let kept = editing.map(|c| c.length);
    if let Some(l @ Length::Exact { .. }) = kept {
        choice(
            &mut out,
            "radio",
            "length",
            "kept",
            &format!("{} (timed)", length_text(l)),
            true,
        );
    }
    for bucket in Bucket::ALL {
        choice(
            &mut out,
            "radio",
            "length",
            name_of(&BUCKETS, &bucket),
            bucket_label(bucket),
            kept == Some(Length::About(bucket)),
        );
    }
    out.push_str(FIELDSET_END);
    let _ = write!(
        out,
        r#"<details class="diary-details"{}><summary>Details (optional)</summary>"#,
        if editing.is_some() { " open" } else { "" }
    );
    let blank = Cramp::new(0, now.local, Length::exact(0));
    details(&mut out, editing.unwrap_or(&blank));
    let _ = write!(
        out,
        r#"<p><label>Note <textarea name="note" rows="2" maxlength="{MAX_NOTE_CHARS}">{}</textarea></label></p></details>"#,
        escape(editing.map_or("", |c| c.note.as_str()))
    );
    out.push_str(r#"<p class="diary-form__buttons"><button type="submit" class="button button--primary">Save</button> <button type="button" class="button button--quiet" data-act="cancel">Cancel</button></p>"#);
    out
}

/// The details every cramp can have, filled in from `c`: leg, where, how bad, woke, what helped
/// (the note is left to the caller). Also Cramp now's save offer (`offer`).
pub fn details(out: &mut String, c: &Cramp) {
    fieldset_start(out, "Which leg?");
    choice(out, "radio", "leg", "", "Not noted", c.leg.is_none());
    for leg in Leg::ALL {
        choice(
            out,
            "radio",
            "leg",
            name_of(&LEGS, &leg),
            leg_label(leg),
            c.leg == Some(leg),
        );
    }
    out.push_str(FIELDSET_END);
    fieldset_start(out, "Where?");
    for place in Place::ALL {
        choice(
            out,
            "checkbox",
            "where",
            name_of(&PLACES, &place),
            place_label(place),
            c.places.contains(place),
        );
    }
    out.push_str(FIELDSET_END);
    out.push_str(r#"<p><label>How bad, 0 (barely) to 10 (the worst) <select name="severity"><option value="">Not noted</option>"#);
    for s in 0..=10u8 {
        let _ = write!(
            out,
            r#"<option value="{s}"{}>{s}</option>"#,
            if c.severity == Some(s) {
                " selected"
            } else {
                ""
            }
        );
    }
    out.push_str("</select></label></p>");
    out.push_str(r#"<div class="choices">"#);
    choice(out, "checkbox", "woke", "1", "It woke me up", c.woke);
    out.push_str("</div>");
    fieldset_start(out, "What helped?");
    for remedy in Remedy::ALL {
        choice(
            out,
            "checkbox",
            "helped",
            name_of(&REMEDIES, &remedy),
            remedy_label(remedy),
            c.helped.contains(remedy),
        );
    }
    out.push_str(FIELDSET_END);
}

/// The whole form, `fields` in a `<form>` named by its heading.
pub fn form(editing: Option<&Cramp>, now: Now) -> String {
    format!(
        r#"<form class="diary-form card" aria-labelledby="{FORM_HEADING_ID}">{}</form>"#,
        fields(editing, now)
    )
}

/// Why a posted form was not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NoLength,
    BadTime,
    Future,
}

impl Problem {
    /// What the page says.
    pub fn text(self) -> &'static str {
        match self {
            Problem::NoLength => "Choose how long it lasted.",
            Problem::BadTime => "Enter a date and a time, or choose another start.",
            Problem::Future => "That time is still to come: choose a time that has passed.",
        }
    }
}

/// "HH:MM" as minutes after midnight.
fn minute_of(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    let (h, m) = (h.parse::<u16>().ok()?, m.get(..2)?.parse::<u16>().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The clock as the form needs it: the local time at a moment, and the moment of a local time.
pub trait Clock {
    fn local_at(&self, epoch_ms: i64) -> LocalTime;
    fn moment_of(&self, date: LocalDate, minute: u16) -> i64;
}

/// The cramp a posted form describes (`pairs` as the browser's form data gives them): a new
/// one, or `editing` changed.
pub fn read(
    pairs: &[(String, String)],
    editing: Option<&Cramp>,
    now: Now,
    clock: &impl Clock,
) -> Result<Cramp, Problem> {
    let when = first(pairs, "when").unwrap_or("now");
    let (start_ms, local) = match (when, editing) {
        ("kept", Some(c)) => (c.start_ms, c.local),
        ("exact", _) => {
            let date = first(pairs, "date").and_then(date::parse);
            let minute = first(pairs, "time").and_then(minute_of);
            let (date, minute) = date.zip(minute).ok_or(Problem::BadTime)?;
            let at = clock.moment_of(date, minute);
            if at > now.epoch_ms {
                return Err(Problem::Future);
            }
            (at, LocalTime::new(date, minute).ok_or(Problem::BadTime)?)
        }
        (ago, _) => {
            let minutes = ago.parse::<i64>().unwrap_or(0).clamp(0, 24 * 60);
            let at = now.epoch_ms - minutes * 60_000;
            (
                at,
                if minutes == 0 {
                    now.local
                } else {
                    clock.local_at(at)
                },
            )
        }
    };
    let length = match (first(pairs, "length"), editing) {
        (Some("kept"), Some(c)) => c.length,
        _ => length(pairs).ok_or(Problem::NoLength)?,
    };
    let mut cramp = Cramp::new(start_ms, local, length);
    apply_details(&mut cramp, pairs);
    Ok(cramp)
}
