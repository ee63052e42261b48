//! The fixed markup of what the diary shows over weeks ("Does stretching help you?", the
//! self-test, the medicines, the report): each section's heading and explanation, the medicine
//! form and the report's controls. `DiaryInsights` places these frames around the changing
//! parts (`Part`); both come from the later code.

/// The medicine form's problem (an alert).
pub const MEDICINE_PROBLEM_ID: &str = "medicine-problem";
/// What the report's buttons did (a status).
pub const REPORT_SAID_ID: &str = "report-said";
/// The `name` of the report's span choice.
pub const WEEKS: &str = "weeks";
/// `data-act` of the report's buttons.
pub const PRINT: &str = "print";
pub const COPY: &str = "copy";
pub const SHARE: &str = "share";

/// A fixed piece of the weeks' sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// "Does stretching help you?" and what it compares.
    StretchingHead,
    /// "Test stretching for 4 weeks".
    TestHead,
    /// "Medicines" and why they are noted.
    MedicinesHead,
    /// The form that notes a medicine, and its problem.
    MedicineForm,
    /// The report's span, Print, Copy and Share ("Share" hidden where the browser cannot share
    /// text), and what they did.
    ReportControls { can_share: bool },
}

/// The markup of one frame.
pub fn frame(frame: Frame) -> String {
    match frame {
        Frame::StretchingHead => concat!(
            r#"<h2 id="stretching-title">Does stretching help you?</h2>"#,
            r#"<p class="diary-small">Nights after an evening with a completed routine in the <a href="/stretch">stretch coach</a>, against the other recorded nights.</p>"#,
        )
        .into(),
        Frame::TestHead => r#"<h2 id="test-title">Test stretching for 4 weeks</h2>"#.into(),
        Frame::MedicinesHead => concat!(
            r#"<h2 id="medicines-title">Medicines</h2>"#,
            r#"<p class="diary-small">Some medicines, such as statins and diuretics, can cause cramps (NHS). Note one and the date you started it: it is marked on the calendar and in the report. Do not stop a prescribed medicine without asking your doctor.</p>"#,
        )
        .into(),
        Frame::MedicineForm => format!(
            concat!(
                r#"<form class="diary-medicine"><label>Medicine <input type="text" name="name" maxlength="80" autocomplete="off"></label><label>Started on <input type="date" name="started"></label><button type="submit" class="button">Add</button></form>"#,
                r#"<p class="diary-problem" role="alert" id="{problem}"></p>"#,
            ),
            problem = MEDICINE_PROBLEM_ID,
        ),
        Frame::ReportControls { can_share } => format!(
            concat!(
                r#"<div class="report-controls">"#,
                r#"<label>Span <select name="{weeks}"><option value="2">Last 2 weeks</option><option value="4" selected>Last 4 weeks</option><option value="8">Last 8 weeks</option><option value="12">Last 12 weeks</option></select></label>"#,
                r#"<button type="button" class="button button--quiet" data-act="{print}">Print or save as PDF</button>"#,
                r#"<button type="button" class="button button--quiet" data-act="{copy}">Copy as text</button>"#,
                r#"<button type="button" class="button button--quiet" data-act="{share}"{share_hidden}>Share</button>"#,
                r#"<p role="status" id="{said}"></p></div>"#,
            ),
            weeks = WEEKS,
            print = PRINT,
            copy = COPY,
            share = SHARE,
            share_hidden = if can_share { "" } else { " hidden" },
            said = REPORT_SAID_ID,
        ),
    }
}
