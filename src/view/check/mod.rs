//! The symptom check's markup: the question shown, and the result (what to do, why, sources,
//! the answers and the date).
//!
//! Both are built as plain HTML rather than as many small reactive views: measured, that keeps
//! about 21 KB of gzipped wasm out of the first load (against views switched with `EitherOf3`). They are safe to insert as HTML: they are
//! assembled only from the literals below, the `_html` fields of the questions and sources
//! (escaped at build time by `domain/check/rules.rs`), answer labels, numbers, and a date made of digits
//! and month names. Nothing typed by the user goes into them.
//!
//! Advice wording per level follows the NHS (DVT; leg cramps) and nidirect (leg cramps).

use crate::domain::calendar::LocalDate;
use crate::domain::check::{
    long_date, Answer, CheckState, Level, Outcome, Question, QUESTIONS, REVIEWED, SOURCES,
};

/// The id of the result's heading (focus moves there when the result appears).
pub const RESULT_HEADING_ID: &str = "check-result-title";

/// The id of the question's heading (focus moves there at each question).
pub const QUESTION_HEADING_ID: &str = "check-question-title";

/// The question shown, as the inside of its form: a fieldset whose legend holds the progress and
/// the question (a heading focus moves to), the explanation if any, and the three answers with the
/// one given checked. Empty when no question is shown.
pub fn question_html(state: &CheckState) -> String {
    let Some(i) = state.current() else {
        return String::new();
    };
    let q = &QUESTIONS[i];
    let mut html = format!(
        concat!(
            r#"<fieldset aria-describedby="check-hint"><legend><span class="check-progress">{progress}</span>"#,
            r#"<h2 id="{id}" class="check-question__text" tabindex="-1">{text}</h2></legend>"#,
        ),
        progress = state.progress_text(),
        id = QUESTION_HEADING_ID,
        text = q.text_html,
    );
    if !q.help_html.is_empty() {
        html += &format!(
            r#"<details class="check-help"><summary>What does this mean?</summary><p>{}</p></details>"#,
            q.help_html
        );
    }
    html += r#"<div class="check-options">"#;
    for option in Answer::OPTIONS {
        html += &format!(
            r#"<label class="check-option" for="{id}"><input type="radio" id="{id}" name="check-answer" value="{value}"{checked}><span>{label}</span></label>"#,
            id = option_id(option),
            value = option.value(),
            checked = if state.current_answer() == Some(option) {
                " checked"
            } else {
                ""
            },
            label = option.label(),
        );
    }
    html += "</div></fieldset>";
    html
}

/// The id of an answer's radio button (focus goes to the first if Next is pressed too early).
pub fn option_id(option: Answer) -> String {
    format!("check-answer-{}", option.value())
}

/// The heading of each level: the action, in a few words.
pub fn heading(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Call 999, 911, 112 or your local emergency number now",
        Level::Urgent => "Get medical advice today",
        Level::Doctor => "Book an appointment with a doctor",
        Level::SelfCare => "You can look after this at home",
    }
}

/// What to do, under the heading.
fn advice(level: Level) -> &'static str {
    match level {
        Level::Emergency => concat!(
            "<p>Your answers include signs that need help straight away.</p>",
            r#"<ul class="check-calls">"#,
            r#"<li><a href="tel:999">Call 999</a> (UK)</li>"#,
            r#"<li><a href="tel:911">Call 911</a> (US, Canada)</li>"#,
            r#"<li><a href="tel:112">Call 112</a> (EU and many other countries)</li>"#,
            "<li>Elsewhere, call your local emergency number</li>",
            "</ul>",
            "<p>Do not drive yourself to hospital: ask someone to take you, or call for an ambulance (NHS).</p>",
        ),
        Level::Urgent => concat!(
            "<p>Contact one of these as soon as you can, today:</p>",
            "<ul>",
            "<li>your doctor's surgery: ask for an urgent, same-day appointment</li>",
            r#"<li>NHS 111 in the UK: call <a href="tel:111">111</a> or use NHS 111 online</li>"#,
            "<li>an urgent care centre or walk-in clinic</li>",
            "</ul>",
            "<p>If you become short of breath or have chest pain while you wait, call 999, 911, 112 or your local emergency number (NHS).</p>",
        ),
        Level::Doctor => concat!(
            "<p>This is not urgent, but your answers are worth talking over with a doctor, who can look for a cause and examine your legs (nidirect). What to mention:</p>",
            "<ul>",
            "<li>the answers below (print a summary to take with you)</li>",
            "<li>how often the cramps come, how long they last and where</li>",
            "<li>any medicines you take, especially new ones</li>",
            "<li>any numbness or swelling (nidirect)</li>",
            "</ul>",
            r#"<p>Until then, the guide's <a href="/#remedies">home remedies</a> can ease a cramp.</p>"#,
        ),
        Level::SelfCare => concat!(
            "<p>None of your answers points to a need for medical care now. Occasional leg cramps are common and can usually be eased and prevented at home:</p>",
            r#"<ul class="check-links">"#,
            r#"<li><a href="/#remedies">Ease a cramp: home remedies</a></li>"#,
            r#"<li><a href="/#prevention">Prevent cramps: six steps</a></li>"#,
            r#"<li><a href="/stretch">Stretch coach: a guided calf stretch</a></li>"#,
            r#"<li><a href="/water">Water counter: today's cups</a></li>"#,
            "</ul>",
            "<p>Take the check again if things change, for example if a cramp lasts longer than 10 minutes or one leg becomes swollen and painful.</p>",
        ),
    }
}

/// An outline icon per level: a phone, a clock, a calendar, a house.
fn icon(level: Level) -> &'static str {
    match level {
        Level::Emergency => "M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2",
        Level::Urgent => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2",
        Level::Doctor => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h3",
        Level::SelfCare => "M3 11l9-7 9 7M5 9.5V20h14V9.5M10 20v-5h4v5",
    }
}

/// The whole result: level card, why, "not sure" answers, the answers with their date, sources, disclaimer.
pub fn report_html(questions: &[Question], outcome: &Outcome, date: Option<LocalDate>) -> String {
    let level = outcome.level;
    let mut html = String::with_capacity(4096);
    html +=
        r#"<p class="check-print-only">Cramp Coach symptom check: a summary to show a doctor.</p>"#;
    html += &format!(
        concat!(
            r#"<div class="check-level check-level--{slug}">"#,
            r#"<p class="check-level__label"><svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">"#,
            r#"<path d="{icon}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>"#,
            "<span>{label}</span></p>",
            r#"<h2 id="{id}" tabindex="-1">{heading}</h2>{advice}</div>"#,
        ),
        slug = level.slug(),
        icon = icon(level),
        label = level.label(),
        id = RESULT_HEADING_ID,
        heading = heading(level),
        advice = advice(level),
    );

    html += "<h3>Why this result</h3>";
    if outcome.reasons.is_empty() {
        html +=
            "<p>None of your answers matched a reason to seek care given by the sources below.</p>";
    } else {
        html += r#"<ul class="check-reasons">"#;
        for reason in &outcome.reasons {
            let q = &questions[reason.question];
            html += &format!(
                r#"<li class="check-reason check-reason--{}"><p class="check-reason__answer">Because you answered <strong>{}</strong> to “{}”</p>"#,
                reason.level.slug(),
                reason.answer.label(),
                q.text_html
            );
            if reason.counted_as_yes() {
                html += r#"<p class="check-reason__unsure">You were not sure. For a warning sign like this, “Not sure” counts as “Yes”, to be safe.</p>"#;
            }
            html += &format!(
                r#"<p>{} <span class="check-cite">({})</span></p></li>"#,
                q.because_html, q.cite_html
            );
        }
        html += "</ul>";
    }
    if outcome.stopped_early {
        html += "<p>The check stopped at this answer: on its own it means getting help now, so the other questions were not asked.</p>";
    }
    if !outcome.unsure.is_empty() {
        html += "<h3>You were not sure about</h3><p>These did not change the result. If one of them turns out to apply, mention it to a doctor:</p><ul>";
        for &q in &outcome.unsure {
            html += &format!("<li>{}</li>", questions[q].topic_html);
        }
        html += "</ul>";
    }

    html += "<h3>Your answers</h3>";
    if let Some(d) = date {
        html += &format!(r#"<p class="check-date">Answered on {}</p>"#, long_date(d));
    }
    html += r#"<dl class="check-answers">"#;
    for &(q, answer) in &outcome.answered {
        let counted = if answer == Answer::NotSure && questions[q].red_flag {
            " (counted as Yes)"
        } else {
            ""
        };
        html += &format!(
            r#"<div class="check-answers__row"><dt>{}</dt><dd>{}{counted}</dd></div>"#,
            questions[q].topic_html,
            answer.label()
        );
    }
    html += "</dl>";

    html += r#"<h3>Sources</h3><ul class="check-sources">"#;
    for s in crate::domain::check::sources_cited(questions, outcome) {
        html += SOURCES[s].item_html;
    }
    html += "</ul>";
    html += &format!(r#"<p class="check-reviewed">{REVIEWED}</p>"#);
    html += concat!(
        r#"<p class="check-disclaimer"><strong>This is not a diagnosis.</strong> "#,
        "The check follows published advice but cannot examine you. ",
        "If you are worried about your symptoms, or they change, contact a doctor whatever the result.</p>",
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::check::{outcome, QUESTIONS};

    fn index(id: &str) -> usize {
        QUESTIONS.iter().position(|q| q.id == id).expect("question")
    }

    fn report(pairs: &[(&str, Answer)]) -> String {
        let mut answers = vec![Some(Answer::No); QUESTIONS.len()];
        for &(q, a) in pairs {
            answers[index(q)] = Some(a);
        }
        report_html(
            QUESTIONS,
            &outcome(QUESTIONS, &answers),
            LocalDate::new(2026, 11, 28),
        )
    }

    /// Every tag opened is closed, in order (void elements aside): a small well-formedness check.
    fn assert_balanced(html: &str) {
        let mut open: Vec<&str> = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let end = rest[start..].find('>').expect("tag ends") + start;
            let tag = &rest[start + 1..end];
            rest = &rest[end + 1..];
            let name = tag
                .trim_start_matches('/')
                .split([' ', '/'])
                .next()
                .unwrap_or("");
            if tag.ends_with('/') || matches!(name, "input" | "br" | "img") {
                continue; // self-closing or void
            }
            if let Some(closing) = tag.strip_prefix('/') {
                assert_eq!(open.pop(), Some(closing), "in {html}");
            } else {
                assert!(
                    !(name == "div" && open.contains(&"p")),
                    "no div inside p: {html}"
                );
                open.push(name);
            }
        }
        assert!(open.is_empty(), "unclosed {open:?}");
    }

    #[test]
    fn each_level_says_what_to_do_with_its_icon_and_label() {
        let cases = [
            (vec![], Level::SelfCare, "/#prevention"),
            (
                vec![("frequent-severe", Answer::Yes)],
                Level::Doctor,
                "What to mention",
            ),
            (vec![("long-cramp", Answer::Yes)], Level::Urgent, "tel:111"),
            (
                vec![("chest-or-breathing", Answer::Yes)],
                Level::Emergency,
                "your local emergency number",
            ),
        ];
        for (answers, level, needle) in cases {
            let html = report(&answers);
            assert_balanced(&html);
            assert!(html.contains(&format!("check-level--{}", level.slug())));
            assert!(
                html.contains(&format!("<span>{}</span>", level.label())),
                "text, not only colour"
            );
            assert!(html.contains(heading(level)));
            assert!(html.contains(needle), "{level:?} mentions {needle}");
            assert!(html.contains("This is not a diagnosis."));
            assert!(html.contains("Answered on 28 November 2026"));
            assert!(html.contains("Reviewed on 2 December 2026 · next review by 2 December 2027"));
            for number in ["999", "911", "112"] {
                if html.contains(number) {
                    assert!(html.contains("local emergency number"), "{level:?}");
                }
            }
            assert!(html.contains(&format!(r#"id="{RESULT_HEADING_ID}""#)));
        }
    }

    #[test]
    fn says_why_with_sources_and_what_not_sure_meant() {
        let html = report(&[
            ("one-leg-swelling", Answer::NotSure),
            ("new-medicine", Answer::NotSure),
        ]);
        assert!(
            html.contains("Because you answered <strong>Not sure</strong> to “Is one leg swollen")
        );
        assert!(html.contains("counts as “Yes”, to be safe"));
        assert!(html.contains(r#"<span class="check-cite">(NHS; HSE)</span>"#));
        assert!(html.contains("<h3>You were not sure about</h3>"));
        assert!(html.contains("<li>Cramps after starting another new medicine</li>"));
        assert!(html
            .contains("<dt>Swelling and pain in one leg</dt><dd>Not sure (counted as Yes)</dd>"));
        assert!(
            html.contains("<dt>Cramps after starting another new medicine</dt><dd>Not sure</dd>")
        );
        assert!(html.contains(r#"<a href="https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/">NHS: Deep vein thrombosis (DVT)</a> <span class="check-checked">(checked 2 December 2026)</span>"#));
        assert_balanced(&html);
    }

    #[test]
    fn an_emergency_lists_only_the_questions_asked_and_says_the_check_stopped() {
        let html = report(&[
            ("chest-or-breathing", Answer::No),
            ("tetanus-signs", Answer::Yes),
        ]);
        assert!(html.contains("The check stopped at this answer"));
        assert_eq!(html.matches("check-answers__row").count(), 2);
        assert!(html.contains("check-reason--emergency"));
        assert!(html.contains(r#"<a href="https://www.nhs.uk/conditions/tetanus/">"#));
    }

    #[test]
    fn all_no_explains_that_nothing_matched() {
        let html = report(&[]);
        assert!(html.contains("None of your answers matched a reason to seek care"));
        assert!(!html.contains("check-reasons"));
        assert!(!html.contains("You were not sure about"));
        assert_eq!(html.matches("check-answers__row").count(), QUESTIONS.len());
    }

    #[test]
    fn the_question_shown_with_its_help_and_the_answer_given() {
        let mut state = CheckState::default();
        assert_eq!(question_html(&state), "", "nothing on the introduction");
        state.restart();
        let html = question_html(&state);
        assert_balanced(&html);
        assert!(html.contains(&format!(
            r#"<span class="check-progress">Question 1 of {}</span>"#,
            QUESTIONS.len()
        )));
        assert!(html.contains(&format!(r#"<h2 id="{QUESTION_HEADING_ID}" class="check-question__text" tabindex="-1">Do you have chest pain"#)));
        assert!(html.contains("<summary>What does this mean?</summary>"));
        assert_eq!(html.matches(r#"type="radio""#).count(), 3);
        assert!(!html.contains(" checked"));
        state.choose(Answer::NotSure);
        let html = question_html(&state);
        assert!(html.contains(r#"value="not-sure" checked><span>Not sure</span>"#));
        assert_eq!(html.matches(" checked").count(), 1);
        // a question without help has no disclosure
        let plain = QUESTIONS
            .iter()
            .position(|q| q.help_html.is_empty())
            .expect("one without help");
        state.step = crate::domain::check::Step::Question(plain);
        assert!(!question_html(&state).contains("<details"));
    }

    #[test]
    fn every_combination_of_answers_gives_well_formed_html() {
        // the levels and reasons vary with the answers, the markup must not
        // (a spread sample keeps this quick; check.rs covers every combination)
        for k in (0..3usize.pow(QUESTIONS.len() as u32)).step_by(4999) {
            let mut n = k;
            let answers: Vec<Option<Answer>> = (0..QUESTIONS.len())
                .map(|_| {
                    let a = [Answer::No, Answer::NotSure, Answer::Yes][n % 3];
                    n /= 3;
                    Some(a)
                })
                .collect();
            assert_balanced(&report_html(QUESTIONS, &outcome(QUESTIONS, &answers), None));
        }
    }
}
