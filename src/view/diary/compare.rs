//! "Does stretching help you?" (and the same for the water goal) in words, with the honesty
//! text that always stands beside it, and the planned self-test's lines.

use super::words::{count, night_name, one_decimal, two_decimals};
use crate::domain::calendar::LocalDate;
use crate::domain::diary::compare::{Comparison, Side, Verdict, Wait, MIN_NIGHTS};
use crate::domain::diary::self_test::{Kind, SelfTest, Status, TestResult};

/// What is compared: the words for the nights of the kind and for the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// Nights after an evening with a completed stretch routine.
    Stretching,
    /// Nights after a day the water goal was met.
    Water,
    /// The planned self-test's stretch and no-stretch weeks.
    PlannedTest,
}

impl Subject {
    /// The two sides' names: "Stretched" and "Not".
    fn sides(self) -> (&'static str, &'static str) {
        match self {
            Subject::Stretching => ("Stretched", "Not"),
            Subject::Water => ("Water goal met", "Not"),
            Subject::PlannedTest => ("Stretch weeks", "No-stretch weeks"),
        }
    }

    /// The nights of the kind: "stretch nights", "nights after the water goal was met".
    fn nights(self) -> &'static str {
        match self {
            Subject::Stretching | Subject::PlannedTest => "stretch nights",
            Subject::Water => "nights after the water goal was met",
        }
    }
}

/// "9 nights, 6 cramps, 0.7 a night", or "no recorded nights".
pub fn side_text(side: Side) -> String {
    match side.rate_tenths() {
        None => "no recorded nights".into(),
        Some(rate) => format!(
            "{}, {}, {} a night",
            count(side.nights, "night"),
            count(side.cramps, "cramp"),
            one_decimal(rate)
        ),
    }
}

/// "Stretched: 9 nights, 6 cramps, 0.7 a night · Not: 5 nights, 8 cramps, 1.6 a night".
pub fn sides_sentence(c: &Comparison, subject: Subject) -> String {
    let (with, without) = subject.sides();
    format!(
        "{with}: {} · {without}: {}",
        side_text(c.with),
        side_text(c.without)
    )
}

/// The ratio in words, or `None` when a side has no nights: "Cramps a night on stretch nights
/// compared with the others: 0.42 times (95% interval 0.14 to 1.20, a Poisson rate ratio)."
pub fn ratio_sentence(c: &Comparison, subject: Subject) -> Option<String> {
    let r = c.ratio?;
    let (ratio, low, high) = r.hundredths();
    let corrected = if r.corrected {
        "; half a cramp was added to each side because one side had none"
    } else {
        ""
    };
    Some(format!(
        "Cramps a night on {} compared with the others: {} times (95% interval {} to {}, a Poisson rate ratio{corrected}).",
        subject.nights(),
        two_decimals(ratio),
        two_decimals(low),
        two_decimals(high),
    ))
}

/// The verdict: "Too early to tell: …", "Fewer cramps on stretch nights." …
pub fn verdict_sentence(c: &Comparison, subject: Subject) -> String {
    match c.verdict {
        Verdict::TooEarly(Wait::FewNights) => format!(
            "Too early to tell: each side needs at least {MIN_NIGHTS} recorded nights (so far {} and {}).",
            c.with.nights, c.without.nights
        ),
        Verdict::TooEarly(Wait::NoClearDifference) => {
            "Too early to tell: no clear difference so far (the interval includes 1, no difference).".into()
        }
        Verdict::Fewer => format!("Fewer cramps on {} so far.", subject.nights()),
        Verdict::More => format!("More cramps on {} so far.", subject.nights()),
    }
}

/// What always stands beside the comparison, in plain words, with its sources.
pub fn honesty_sentences(subject: Subject) -> [&'static str; 3] {
    let chosen = match subject {
        Subject::PlannedTest => "The weeks were fixed in advance, in an order drawn at random, but you knew which nights were stretch nights, and that can change how you notice and note cramps.",
        Subject::Stretching | Subject::Water => "The nights were chosen by you, not at random: something else about those days may explain a difference.",
    };
    [
        chosen,
        "Cramps often become less frequent over weeks on their own: in trials, the placebo groups' cramps fell by about 28% in 4 weeks (Cochrane review CD009402).",
        "What the trials found: nightly calf and hamstring stretches gave fewer cramps, about 1.2 fewer a night after 6 weeks (Hallegraeff 2012); calf stretching gave no benefit (Coppin 2005).",
    ]
}

/// What the self-test says on the night `current`.
pub fn test_sentence(test: SelfTest, current: LocalDate) -> String {
    match test.status(current) {
        Status::NotStarted => format!("The test starts on {}.", night_name(test.start)),
        Status::Running {
            night,
            nights,
            kind: Kind::Stretch,
        } => format!(
            "Night {night} of {nights}: a stretch night. Do the stretch routine this evening."
        ),
        Status::Running {
            night,
            nights,
            kind: Kind::NoStretch,
        } => format!(
            "Night {night} of {nights}: a no-stretch night. Skip the stretch routine this evening."
        ),
        Status::Finished => format!(
            "The test ended with the night of {}.",
            night_name(test.last_night())
        ),
    }
}

/// When the result can be seen, while the test runs.
pub fn result_wait_sentence(test: SelfTest) -> String {
    format!(
        "The result is shown after the last night, on {}.",
        night_name(test.last_night().add_days(1))
    )
}

/// How closely the plan was kept: "You stretched on 13 of 14 stretch nights and on 1 of 14
/// no-stretch nights."
pub fn kept_sentence(r: &TestResult) -> String {
    format!(
        "You stretched on {} of {} stretch nights and on {} of {} no-stretch nights.",
        r.stretch_nights_done, r.stretch_nights, r.rest_nights_stretched, r.rest_nights
    )
}
