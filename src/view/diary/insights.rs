//! The markup around what the diary shows over weeks ("Does stretching help you?", the
//! self-test, the medicines, the report): headings, explanations, the medicine form and the
//! report's controls, with an empty element for each changing piece (`Part::piece_id`). It is
//! shown once the later code is here, which then fills the pieces and answers the presses.

use super::screen::Part;

/// The medicine form's problem (an alert).
pub const MEDICINE_PROBLEM_ID: &str = "medicine-problem";
/// What the report's buttons did (a status).
pub const REPORT_SAID_ID: &str = "report-said";
/// `data-act` of the report's buttons.
pub const PRINT: &str = "print";
pub const COPY: &str = "copy";
pub const SHARE: &str = "share";

/// The parts inside this markup, in page order.
pub const PARTS: [Part; 4] = [Part::Stretching, Part::Test, Part::Medicines, Part::Report];

/// The markup, with "Share" hidden where the browser cannot share text.
pub fn skeleton(can_share: bool) -> String {
    let share_hidden = if can_share { "" } else { " hidden" };
    format!(
        concat!(
            r#"<section class="diary-section" aria-labelledby="stretching-title"><h2 id="stretching-title">Does stretching help you?</h2>"#,
            r#"<p class="diary-small">Nights after an evening with a completed routine in the <a href="/stretch">stretch coach</a>, against the other recorded nights.</p>"#,
            r#"<div id="{stretching}"></div></section>"#,
            r#"<section class="diary-section" aria-labelledby="test-title"><h2 id="test-title">Test stretching for 4 weeks</h2><div id="{test}"></div></section>"#,
            r#"<section class="diary-section" aria-labelledby="medicines-title"><h2 id="medicines-title">Medicines</h2>"#,
            r#"<p class="diary-small">Some medicines, such as statins and diuretics, can cause cramps (NHS). Note one and the date you started it: it is marked on the calendar and in the report. Do not stop a prescribed medicine without asking your doctor.</p>"#,
            r#"<div id="{medicines}"></div>"#,
            r#"<form class="diary-medicine"><label>Medicine <input type="text" name="name" maxlength="80" autocomplete="off"></label><label>Started on <input type="date" name="started"></label><button type="submit" class="button">Add</button></form>"#,
            r#"<p class="diary-problem" role="alert" id="{problem}"></p></section>"#,
            r#"<section class="diary-section diary-report" aria-labelledby="report-title"><div class="report-controls">"#,
            r#"<label>Span <select name="weeks"><option value="2">Last 2 weeks</option><option value="4" selected>Last 4 weeks</option><option value="8">Last 8 weeks</option><option value="12">Last 12 weeks</option></select></label>"#,
            r#"<button type="button" class="button button--quiet" data-act="{print}">Print or save as PDF</button>"#,
            r#"<button type="button" class="button button--quiet" data-act="{copy}">Copy as text</button>"#,
            r#"<button type="button" class="button button--quiet" data-act="{share}"{share_hidden}>Share</button>"#,
            r#"<p role="status" id="{said}"></p></div><div class="report" id="{report}"></div></section>"#,
        ),
        stretching = Part::Stretching.piece_id(),
        test = Part::Test.piece_id(),
        medicines = Part::Medicines.piece_id(),
        problem = MEDICINE_PROBLEM_ID,
        print = PRINT,
        copy = COPY,
        share = SHARE,
        share_hidden = share_hidden,
        said = REPORT_SAID_ID,
        report = Part::Report.piece_id(),
    )
}
