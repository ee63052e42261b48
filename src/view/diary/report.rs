//! The report for a doctor: rows of this span next to the span before, for the printed page,
//! and the same as plain text for "Copy as text".

use super::words::{count, leg_label, length_text, night_name, one_decimal, place_label};
use crate::domain::calendar::LocalDate;
use crate::domain::check::long_date;
use crate::domain::diary::report::{Period, Report};

/// The title of the report.
pub const TITLE: &str = "Cramp diary: report for your doctor";
/// The line every copy of the report carries.
pub const NOT_A_DIAGNOSIS: &str = "Self-reported by the patient. Not a diagnosis.";

/// One row: what is counted, this span's value, the span before's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub label: &'static str,
    pub now: String,
    pub before: String,
}

/// "5 November 2026 to 2 December 2026".
pub fn span_text(p: &Period) -> String {
    format!("{} to {}", long_date(p.first), long_date(p.last))
}

fn or_none(value: Option<String>) -> String {
    value.unwrap_or_else(|| "none recorded".into())
}

/// "left 2, both 1": the counts above zero with their names, or "none recorded".
fn counted<T: Copy>(counts: &[(T, u32)], name: fn(T) -> &'static str) -> String {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(item, n)| format!("{} {n}", name(*item).to_ascii_lowercase()))
        .collect();
    or_none((!parts.is_empty()).then(|| parts.join(", ")))
}

fn water(p: &Period) -> String {
    or_none(p.average_cups_tenths.map(|t| {
        format!(
            "{} ({} with a record)",
            one_decimal(t),
            count(p.water_days, "day")
        )
    }))
}

/// The report's rows, in the order printed.
pub fn rows(r: &Report) -> Vec<Row> {
    let row = |label, value: &dyn Fn(&Period) -> String| Row {
        label,
        now: value(&r.current),
        before: value(&r.previous),
    };
    vec![
        row("Nights recorded", &|p| {
            format!("{} of {}", p.nights.recorded, p.nights.nights)
        }),
        row("Cramps", &|p| p.nights.cramps.to_string()),
        row("Cramps per night", &|p| {
            or_none(p.per_night_tenths.map(one_decimal))
        }),
        row("Cramps per week", &|p| {
            or_none(p.per_week_tenths.map(one_decimal))
        }),
        row("Nights with cramps", &|p| p.nights.with_cramps.to_string()),
        row("Typical length", &|p| or_none(p.typical.map(length_text))),
        row("Longest", &|p| or_none(p.longest.map(length_text))),
        row("Worst (0 to 10)", &|p| {
            or_none(p.worst_severity.map(|s| s.to_string()))
        }),
        row("Nights woken by a cramp", &|p| p.nights_woken.to_string()),
        row("Legs", &|p| counted(&p.legs, leg_label)),
        row("Muscles", &|p| counted(&p.places, place_label)),
        row("Nights after stretching", &|p| {
            p.nights_stretched.to_string()
        }),
        row("Average cups of water a day", &water),
    ]
}

/// The medicines noted: "Atorvastatin, started 1 November 2026".
pub fn medicine_lines(r: &Report) -> Vec<String> {
    r.medicines
        .iter()
        .map(|m| format!("{}, started {}", m.name, long_date(m.started)))
        .collect()
}

/// The notes: "Night of Monday 9 November, 02:30: After a long walk".
pub fn note_lines(r: &Report) -> Vec<String> {
    r.notes
        .iter()
        .map(|n| {
            format!(
                "Night of {}, {}: {}",
                night_name(n.night),
                super::words::clock(n.at.minute),
                n.text
            )
        })
        .collect()
}

/// "Made on 3 December 2026."
pub fn made_text(made: LocalDate) -> String {
    format!("Made on {}.", long_date(made))
}

/// The whole report as plain text, for "Copy as text".
pub fn report_text(r: &Report) -> String {
    let mut out = format!(
        "{TITLE}\n{NOT_A_DIAGNOSIS}\n{}\n\nNights of {} (before: {})\n",
        made_text(r.made),
        span_text(&r.current),
        span_text(&r.previous)
    );
    for row in rows(r) {
        out.push_str(&format!(
            "- {}: {} (before: {})\n",
            row.label, row.now, row.before
        ));
    }
    let sections = [
        ("Medicines", medicine_lines(r), "none noted"),
        ("Notes", note_lines(r), "none"),
    ];
    for (heading, lines, empty) in sections {
        out.push_str(&format!("\n{heading}\n"));
        if lines.is_empty() {
            out.push_str(&format!("- {empty}\n"));
        }
        for line in lines {
            out.push_str(&format!("- {line}\n"));
        }
    }
    out
}
