//! The symptom check's rules engine: which question comes next, and what the answers mean.
//!
//! The questions and their sources come from `content/check.toml`, checked and turned into
//! `QUESTIONS` at build time (`rules.rs`). The rules, from the NHS, nidirect, Mayo Clinic and
//! Cleveland Clinic (see that file):
//! - questions are asked in file order, most urgent first; a question with `asked_if` is asked only
//!   after a "Yes" or "Not sure" to that earlier question;
//! - an answer that means "emergency" ends the check at once;
//! - the result is the most urgent level any answer reached, or self-care if none did;
//! - "Not sure" counts as "Yes" on a red-flag question (the safer outcome); elsewhere it does not
//!   change the level, and the result lists it as something to mention to a doctor.

use crate::domain::calendar::LocalDate;
use crate::domain::days;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod rules;

/// Where an answer points, least urgent first (so levels compare by urgency).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Manage at home.
    SelfCare,
    /// Book an appointment.
    Doctor,
    /// Get medical advice today.
    Urgent,
    /// Call 999 / 911 / 112 now.
    Emergency,
}

impl Level {
    /// Every level, least urgent first.
    pub const ALL: [Level; 4] = [
        Level::SelfCare,
        Level::Doctor,
        Level::Urgent,
        Level::Emergency,
    ];

    /// The short name shown with the level's icon and colour.
    pub fn label(self) -> &'static str {
        match self {
            Level::SelfCare => "Self-care",
            Level::Doctor => "See a doctor",
            Level::Urgent => "Urgent: today",
            Level::Emergency => "Emergency",
        }
    }

    /// A stable name for styles and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Level::SelfCare => "self-care",
            Level::Doctor => "doctor",
            Level::Urgent => "urgent",
            Level::Emergency => "emergency",
        }
    }
}

/// An answer, ordered toward "Yes" (No < Not sure < Yes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    No,
    NotSure,
    Yes,
}

impl Answer {
    /// The options in the order they are offered.
    pub const OPTIONS: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::No => "No",
            Answer::NotSure => "Not sure",
        }
    }

    /// A stable value for form controls.
    pub fn value(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotSure => "not-sure",
        }
    }

    /// The answer with this [`value`](Self::value).
    pub fn from_value(value: &str) -> Option<Answer> {
        Answer::OPTIONS.into_iter().find(|a| a.value() == value)
    }
}

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Shown next to the rule: "NHS", "Mayo Clinic"...
    pub name: &'static str,
    /// The page's title.
    pub title: &'static str,
    /// `https://...`, a path of this app, or empty.
    pub url: &'static str,
    /// The list item for the result, escaped at build time.
    pub item_html: &'static str,
}

/// One question of the check. Its texts (fields ending in `_html`) were escaped at build time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    /// What a "Yes" means.
    pub level: Level,
    /// "Not sure" counts as "Yes".
    pub red_flag: bool,
    /// Asked only after a "Yes" or "Not sure" to this earlier question.
    pub asked_if: Option<usize>,
    /// Indices into [`SOURCES`].
    pub sources: &'static [usize],
    /// The question.
    pub text_html: &'static str,
    /// "What does this mean?" (empty if none).
    pub help_html: &'static str,
    /// A few words for the list of answers.
    pub topic_html: &'static str,
    /// Why the answer matters.
    pub because_html: &'static str,
    /// The names of its sources: "NHS; Mayo Clinic".
    pub cite_html: &'static str,
}

impl Question {
    /// The level this answer reaches, if it reaches one.
    pub fn reached_by(&self, answer: Answer) -> Option<Level> {
        match answer {
            Answer::Yes => Some(self.level),
            Answer::NotSure if self.red_flag => Some(self.level),
            _ => None,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/check_questions.rs"));

/// Where the user is in the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    #[default]
    Intro,
    /// The index of the question shown.
    Question(usize),
    Result,
}

/// The answer given to question `i`, if any.
fn answer(answers: &[Option<Answer>], i: usize) -> Option<Answer> {
    answers.get(i).copied().flatten()
}

/// Whether question `i` is asked given the answers (its `asked_if` question, if any, got "Yes" or "Not sure").
pub fn is_asked(questions: &[Question], answers: &[Option<Answer>], i: usize) -> bool {
    match questions[i].asked_if {
        None => true,
        Some(p) => {
            is_asked(questions, answers, p)
                && matches!(answer(answers, p), Some(Answer::Yes | Answer::NotSure))
        }
    }
}

/// The questions asked, in order: up to the first unanswered one, or up to the answer that ends the check.
pub fn path(questions: &[Question], answers: &[Option<Answer>]) -> Vec<usize> {
    let mut asked = Vec::new();
    for i in 0..questions.len() {
        if !is_asked(questions, answers, i) {
            continue;
        }
        asked.push(i);
        match answer(answers, i) {
            None => break,
            Some(a) if questions[i].reached_by(a) == Some(Level::Emergency) => break,
            Some(_) => {}
        }
    }
    asked
}

/// Whether every question asked has an answer (the result can be shown).
pub fn is_complete(questions: &[Question], answers: &[Option<Answer>]) -> bool {
    path(questions, answers)
        .last()
        .is_none_or(|&i| answer(answers, i).is_some())
}

/// "Question 3 of 10": the place of question `i` among those asked, and how many may be asked
/// (a question that depends on one not answered yet is counted).
pub fn progress(questions: &[Question], answers: &[Option<Answer>], i: usize) -> (usize, usize) {
    let asked = path(questions, answers);
    let number = asked.iter().position(|&q| q == i).unwrap_or(asked.len()) + 1;
    let total = (0..questions.len())
        .filter(|&q| may_be_asked(questions, answers, q))
        .count();
    (number, total.max(number))
}

fn may_be_asked(questions: &[Question], answers: &[Option<Answer>], i: usize) -> bool {
    match questions[i].asked_if {
        None => true,
        Some(p) => may_be_asked(questions, answers, p) && answer(answers, p) != Some(Answer::No),
    }
}

/// "Question 3 of 10".
pub fn progress_text((number, total): (usize, usize)) -> String {
    format!("Question {number} of {total}")
}

/// The step after `step`: the next question asked, or the result once the check is complete.
/// A question without an answer stays where it is.
pub fn next(questions: &[Question], answers: &[Option<Answer>], step: Step) -> Step {
    let asked = path(questions, answers);
    match step {
        Step::Intro => asked.first().map_or(Step::Result, |&i| Step::Question(i)),
        Step::Question(i) if answer(answers, i).is_none() => step,
        Step::Question(i) => match asked.iter().position(|&q| q == i) {
            Some(at) => asked
                .get(at + 1)
                .map_or(Step::Result, |&q| Step::Question(q)),
            // no longer asked (an earlier answer changed): go on from the first unanswered
            None => resume(questions, answers),
        },
        Step::Result => Step::Result,
    }
}

/// The step before `step`: the previous question asked, or the introduction before the first.
pub fn back(questions: &[Question], answers: &[Option<Answer>], step: Step) -> Step {
    let asked = path(questions, answers);
    match step {
        Step::Intro => Step::Intro,
        Step::Question(i) => match asked.iter().position(|&q| q == i) {
            Some(at) if at > 0 => Step::Question(asked[at - 1]),
            _ => Step::Intro,
        },
        Step::Result => asked.last().map_or(Step::Intro, |&q| Step::Question(q)),
    }
}

/// The first question still to answer, or the result if none is left.
pub fn resume(questions: &[Question], answers: &[Option<Answer>]) -> Step {
    match path(questions, answers).last() {
        Some(&i) if answer(answers, i).is_none() => Step::Question(i),
        _ => Step::Result,
    }
}

/// The check as someone goes through it: where they are, their answers so far, and when it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckState {
    pub step: Step,
    /// One per question of [`QUESTIONS`].
    pub answers: Vec<Option<Answer>>,
    /// The day the result was first shown, for the printed summary.
    pub finished_on: Option<LocalDate>,
}

impl Default for CheckState {
    fn default() -> Self {
        Self {
            step: Step::Intro,
            answers: vec![None; QUESTIONS.len()],
            finished_on: None,
        }
    }
}

impl CheckState {
    /// The question shown, if one is.
    pub fn current(&self) -> Option<usize> {
        match self.step {
            Step::Question(i) => Some(i),
            _ => None,
        }
    }

    /// The answer given to the question shown.
    pub fn current_answer(&self) -> Option<Answer> {
        self.current().and_then(|i| answer(&self.answers, i))
    }

    /// Answers the question shown.
    pub fn choose(&mut self, choice: Answer) {
        if let Some(slot) = self.current().and_then(|i| self.answers.get_mut(i)) {
            *slot = Some(choice);
        }
    }

    /// Goes on to the next question or the result; false (staying put) if the question shown has no answer.
    /// `today` is asked only when the result is reached.
    pub fn forward(&mut self, today: impl FnOnce() -> LocalDate) -> bool {
        let to = next(QUESTIONS, &self.answers, self.step);
        if to == self.step {
            return false;
        }
        if to == Step::Result {
            self.finished_on = Some(today());
        }
        self.step = to;
        true
    }

    /// Goes back one question (or to the introduction), keeping every answer.
    pub fn backward(&mut self) {
        self.step = back(QUESTIONS, &self.answers, self.step);
    }

    /// Clears every answer and shows the first question.
    pub fn restart(&mut self) {
        *self = Self::default();
        self.step = next(QUESTIONS, &self.answers, Step::Intro);
    }

    /// Some answers given and no result yet: leaving now would lose something.
    pub fn half_answered(&self) -> bool {
        self.step != Step::Result && self.answers.iter().any(Option::is_some)
    }

    /// What the answers so far mean.
    pub fn outcome(&self) -> Outcome {
        outcome(QUESTIONS, &self.answers)
    }

    /// "Question 3 of 10" for the question shown.
    pub fn progress_text(&self) -> String {
        progress_text(progress(
            QUESTIONS,
            &self.answers,
            self.current().unwrap_or(0),
        ))
    }
}

/// Why the result is what it is: one answer that reached a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub question: usize,
    pub answer: Answer,
    pub level: Level,
}

impl Reason {
    /// "Not sure" on a red-flag question, counted as "Yes" to be safe.
    pub fn counted_as_yes(&self) -> bool {
        self.answer == Answer::NotSure
    }
}

/// The result of the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub level: Level,
    /// The answers that reached a level, most urgent first.
    pub reasons: Vec<Reason>,
    /// "Not sure" answers that did not change the level (not red flags).
    pub unsure: Vec<usize>,
    /// The questions asked and their answers, in order.
    pub answered: Vec<(usize, Answer)>,
    /// The check ended before the last question because an answer means "emergency".
    pub stopped_early: bool,
}

/// What the answers mean (questions asked but not answered yet are left out).
pub fn outcome(questions: &[Question], answers: &[Option<Answer>]) -> Outcome {
    let answered: Vec<(usize, Answer)> = path(questions, answers)
        .into_iter()
        .filter_map(|i| answer(answers, i).map(|a| (i, a)))
        .collect();
    // most urgent first, then in the order asked
    let mut reasons = Vec::new();
    for level in Level::ALL.into_iter().rev() {
        for &(question, answer) in &answered {
            if questions[question].reached_by(answer) == Some(level) {
                reasons.push(Reason {
                    question,
                    answer,
                    level,
                });
            }
        }
    }
    let unsure = answered
        .iter()
        .filter(|&&(q, a)| a == Answer::NotSure && questions[q].reached_by(a).is_none())
        .map(|&(q, _)| q)
        .collect();
    let level = reasons.first().map_or(Level::SelfCare, |r| r.level);
    let stopped_early = level == Level::Emergency
        && answered
            .last()
            .is_some_and(|&(q, _)| q + 1 < questions.len());
    Outcome {
        level,
        reasons,
        unsure,
        answered,
        stopped_early,
    }
}

/// The sources of the questions asked (indices into [`SOURCES`]), each once, in the order first cited.
pub fn sources_cited(questions: &[Question], outcome: &Outcome) -> Vec<usize> {
    let mut seen: Vec<usize> = Vec::new();
    for &(q, _) in &outcome.answered {
        for &s in questions[q].sources {
            if !seen.contains(&s) {
                seen.push(s);
            }
        }
    }
    seen
}

/// "28 November 2026", for the printed summary.
pub fn long_date(date: LocalDate) -> String {
    let month = days::month_name(date.month);
    format!("{} {month} {}", date.day, date.year)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn id(i: usize) -> &'static str {
        QUESTIONS[i].id
    }

    fn index(id: &str) -> usize {
        QUESTIONS
            .iter()
            .position(|q| q.id == id)
            .unwrap_or_else(|| panic!("no question {id}"))
    }

    /// Every full set of answers: each question Yes, No or Not sure (3^n of them).
    fn every_combination() -> impl Iterator<Item = Vec<Option<Answer>>> {
        let n = QUESTIONS.len() as u32;
        (0..3usize.pow(n)).map(move |mut k| {
            (0..n)
                .map(|_| {
                    let a = [Answer::No, Answer::NotSure, Answer::Yes][k % 3];
                    k /= 3;
                    Some(a)
                })
                .collect()
        })
    }

    fn level(answers: &[Option<Answer>]) -> Level {
        outcome(QUESTIONS, answers).level
    }

    fn all(answer: Answer) -> Vec<Option<Answer>> {
        vec![Some(answer); QUESTIONS.len()]
    }

    /// Answers only the given questions (the rest unanswered).
    fn with(pairs: &[(&str, Answer)]) -> Vec<Option<Answer>> {
        let mut answers = vec![None; QUESTIONS.len()];
        for &(q, a) in pairs {
            answers[index(q)] = Some(a);
        }
        answers
    }

    #[test]
    fn the_built_questions_match_the_rules_file() {
        let file = crate::domain::check::rules::parse(include_str!("../../../content/check.toml"))
            .expect("content/check.toml is valid");
        assert_eq!(QUESTIONS.len(), file.questions.len());
        for (built, written) in QUESTIONS.iter().zip(&file.questions) {
            assert_eq!(built.id, written.id);
            assert_eq!(
                built.text_html, written.question,
                "no markup in the questions"
            );
            assert_eq!(
                built.help_html, written.help,
                "no markup in the explanations"
            );
            assert_eq!(built.topic_html, written.topic, "no markup in the topics");
            assert_eq!(built.level.slug(), written.level);
            assert_eq!(built.red_flag, written.red_flag);
            assert_eq!(built.sources.len(), written.sources.len());
            assert_eq!(
                built.asked_if.map(id),
                written.asked_if.as_deref(),
                "{}",
                built.id
            );
        }
    }

    #[test]
    fn the_questions_cover_what_the_check_must_ask() {
        for q in [
            "one-leg-swelling",
            "breathless-or-chest-pain",
            "long-cramp",
            "toxin-or-tetanus",
            "severe-continuing",
            "frequent-severe",
            "sleep",
            "weakness-numbness",
            "new-medicine",
            "condition",
        ] {
            index(q);
        }
        let emergency = &QUESTIONS[index("breathless-or-chest-pain")];
        assert_eq!(emergency.level, Level::Emergency);
        assert_eq!(emergency.asked_if, Some(index("one-leg-swelling")));
        assert_eq!(QUESTIONS[index("long-cramp")].level, Level::Urgent);
        assert_eq!(QUESTIONS[index("sleep")].level, Level::Doctor);
        for q in QUESTIONS {
            assert!(!q.sources.is_empty(), "{} has a source", q.id);
            assert!(
                q.level == Level::Doctor || q.red_flag,
                "{} is a red flag",
                q.id
            );
        }
    }

    #[test]
    fn all_no_is_self_care_with_every_question_but_the_dependent_one_asked() {
        let result = outcome(QUESTIONS, &all(Answer::No));
        assert_eq!(result.level, Level::SelfCare);
        assert!(result.reasons.is_empty() && result.unsure.is_empty());
        assert_eq!(result.answered.len(), QUESTIONS.len() - 1);
        assert!(!result
            .answered
            .iter()
            .any(|&(q, _)| q == index("breathless-or-chest-pain")));
        assert!(!result.stopped_early);
    }

    #[test]
    fn the_examples_from_the_issue() {
        let sleep = with(&[("one-leg-swelling", Answer::No)])
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                a.or(Some(if id(i) == "sleep" {
                    Answer::Yes
                } else {
                    Answer::No
                }))
            })
            .collect::<Vec<_>>();
        assert_eq!(level(&sleep), Level::Doctor);

        let mut long = all(Answer::No);
        long[index("long-cramp")] = Some(Answer::Yes);
        assert_eq!(level(&long), Level::Urgent);

        let clot = with(&[
            ("one-leg-swelling", Answer::Yes),
            ("breathless-or-chest-pain", Answer::Yes),
        ]);
        let result = outcome(QUESTIONS, &clot);
        assert_eq!(result.level, Level::Emergency);
        assert!(result.stopped_early, "the check ends at once");
        assert_eq!(
            path(QUESTIONS, &clot),
            [index("one-leg-swelling"), index("breathless-or-chest-pain")]
        );
        assert_eq!(next(QUESTIONS, &clot, Step::Question(1)), Step::Result);
        assert_eq!(result.reasons[0].level, Level::Emergency);
        assert_eq!(result.reasons[1].level, Level::Urgent);

        let unsure = with(&[
            ("one-leg-swelling", Answer::NotSure),
            ("breathless-or-chest-pain", Answer::NotSure),
        ]);
        let result = outcome(QUESTIONS, &unsure);
        assert_eq!(result.level, Level::Emergency);
        assert!(result.reasons.iter().all(Reason::counted_as_yes));
    }

    #[test]
    fn not_sure_on_a_question_that_is_not_a_red_flag_is_listed_but_does_not_raise_the_level() {
        let mut answers = all(Answer::No);
        answers[index("new-medicine")] = Some(Answer::NotSure);
        let result = outcome(QUESTIONS, &answers);
        assert_eq!(result.level, Level::SelfCare);
        assert_eq!(result.unsure, [index("new-medicine")]);
    }

    #[test]
    fn exhaustive_over_every_combination_of_answers() {
        let mut reached = std::collections::HashSet::new();
        let mut combinations = 0;
        for answers in every_combination() {
            combinations += 1;
            let result = outcome(QUESTIONS, &answers);
            reached.insert(result.level);
            let asked = path(QUESTIONS, &answers);
            assert_eq!(
                result.answered.iter().map(|&(q, _)| q).collect::<Vec<_>>(),
                asked
            );

            // each answer that reaches a level gives at least that level (red flags: Not sure too)
            for &(q, a) in &result.answered {
                let question = &QUESTIONS[q];
                if a == Answer::Yes || (a == Answer::NotSure && question.red_flag) {
                    assert!(result.level >= question.level, "{answers:?}");
                }
            }
            // the level is explained: the most urgent reason, each with its sources
            assert_eq!(
                result.level,
                result
                    .reasons
                    .iter()
                    .map(|r| r.level)
                    .max()
                    .unwrap_or(Level::SelfCare)
            );
            assert!(result.reasons.windows(2).all(|w| w[0].level >= w[1].level));
            assert!(result
                .reasons
                .iter()
                .all(|r| !QUESTIONS[r.question].sources.is_empty()));
            // an emergency ends the check: nothing is asked after it
            if result.level == Level::Emergency {
                let &(last, a) = result.answered.last().expect("answered");
                assert_eq!(QUESTIONS[last].reached_by(a), Some(Level::Emergency));
            } else {
                assert!(is_complete(QUESTIONS, &answers));
                assert!(!result.stopped_early);
            }
            // a dependent question is asked only after Yes or Not sure to its question
            for &q in &asked {
                if let Some(p) = QUESTIONS[q].asked_if {
                    assert_ne!(answers[p], Some(Answer::No));
                }
            }

            // monotone: moving any one answer toward Yes never lowers the level
            for i in 0..QUESTIONS.len() {
                let bumped = match answers[i] {
                    Some(Answer::No) => Answer::NotSure,
                    Some(Answer::NotSure) => Answer::Yes,
                    _ => continue,
                };
                let mut more = answers.clone();
                more[i] = Some(bumped);
                assert!(
                    level(&more) >= result.level,
                    "{} {:?} -> {:?} lowered the level",
                    id(i),
                    answers[i],
                    bumped
                );
            }

            // walking the check with Next reaches this result, one asked question at a time
            let mut step = next(QUESTIONS, &answers, Step::Intro);
            let mut walked = Vec::new();
            while let Step::Question(q) = step {
                walked.push(q);
                assert!(walked.len() <= QUESTIONS.len(), "the walk ends");
                step = next(QUESTIONS, &answers, step);
            }
            assert_eq!(walked, asked);
        }
        assert_eq!(combinations, 3usize.pow(QUESTIONS.len() as u32));
        assert_eq!(reached.len(), 4, "every level is reachable: {reached:?}");
    }

    #[test]
    fn progress_counts_the_questions_that_may_still_be_asked() {
        let n = QUESTIONS.len();
        let none = vec![None; n];
        assert_eq!(progress(QUESTIONS, &none, 0), (1, n));
        assert_eq!(
            progress_text(progress(QUESTIONS, &none, 0)),
            format!("Question 1 of {n}")
        );
        let no_swelling = with(&[("one-leg-swelling", Answer::No)]);
        assert_eq!(
            progress(QUESTIONS, &no_swelling, index("long-cramp")),
            (2, n - 1)
        );
        let swelling = with(&[("one-leg-swelling", Answer::Yes)]);
        assert_eq!(
            progress(QUESTIONS, &swelling, index("breathless-or-chest-pain")),
            (2, n)
        );
    }

    #[test]
    fn back_keeps_answers_and_returns_through_the_questions_asked() {
        let answers = all(Answer::No);
        assert_eq!(back(QUESTIONS, &answers, Step::Question(0)), Step::Intro);
        assert_eq!(
            back(QUESTIONS, &answers, Step::Result),
            Step::Question(n_last())
        );
        assert_eq!(
            back(QUESTIONS, &answers, Step::Question(index("long-cramp"))),
            Step::Question(index("one-leg-swelling")),
            "the question not asked is skipped"
        );
        // changing an earlier answer keeps the later ones: they are asked again with their answers
        let mut changed = all(Answer::No);
        changed[index("breathless-or-chest-pain")] = Some(Answer::Yes);
        assert_eq!(
            level(&changed),
            Level::SelfCare,
            "not asked, so it does not count"
        );
        changed[index("one-leg-swelling")] = Some(Answer::Yes);
        assert_eq!(level(&changed), Level::Emergency);
    }

    #[test]
    fn a_check_from_start_to_result_and_back() {
        let today = LocalDate::new(2026, 11, 28).unwrap();
        let mut state = CheckState::default();
        assert!(!state.half_answered());
        assert!(state.forward(|| unreachable!("not finished")));
        assert_eq!(state.current(), Some(0));
        assert!(!state.forward(|| today), "no answer yet: it stays");
        assert_eq!(state.step, Step::Question(0));
        state.choose(Answer::No);
        assert!(state.half_answered());
        assert_eq!(state.current_answer(), Some(Answer::No));
        while state.step != Step::Result {
            state.choose(Answer::No);
            assert!(state.forward(|| today));
        }
        assert_eq!(state.finished_on, Some(today));
        assert!(!state.half_answered());
        assert_eq!(state.step, Step::Result);
        state.backward();
        assert_eq!(state.step, Step::Question(n_last()));
        assert_eq!(state.current_answer(), Some(Answer::No), "answers are kept");
        state.restart();
        assert_eq!(state.step, Step::Question(0));
        assert!(state.answers.iter().all(Option::is_none));
        assert_eq!(state.finished_on, None);
        state.choose(Answer::Yes);
        assert_eq!(
            state.progress_text(),
            format!("Question 1 of {}", QUESTIONS.len())
        );
    }

    fn n_last() -> usize {
        QUESTIONS.len() - 1
    }

    #[test]
    fn answers_round_trip_through_form_values() {
        for a in Answer::OPTIONS {
            assert_eq!(Answer::from_value(a.value()), Some(a));
        }
        assert_eq!(Answer::from_value("maybe"), None);
    }

    #[test]
    fn dates_for_the_summary() {
        assert_eq!(
            long_date(LocalDate::new(2026, 11, 28).unwrap()),
            "28 November 2026"
        );
        assert_eq!(
            long_date(LocalDate::new(2027, 1, 1).unwrap()),
            "1 January 2027"
        );
    }

    #[test]
    fn citations_name_each_source_once() {
        let sleep = &QUESTIONS[index("sleep")];
        assert_eq!(sleep.cite_html, "Cramp Coach guide; NHS; Mayo Clinic");
        let result = outcome(QUESTIONS, &all(Answer::No));
        let cited = sources_cited(QUESTIONS, &result);
        assert_eq!(
            cited.len(),
            SOURCES.len(),
            "all No asks every question but one"
        );
        for (i, s) in cited.iter().enumerate() {
            assert!(!cited[..i].contains(s));
            let source = &SOURCES[*s];
            assert!(
                source.url.is_empty()
                    || source.url.starts_with("https://")
                    || source.url.starts_with('/')
            );
        }
    }

    fn partial_answers() -> impl Strategy<Value = Vec<Option<Answer>>> {
        proptest::collection::vec(
            proptest::option::of(prop_oneof![
                Just(Answer::No),
                Just(Answer::NotSure),
                Just(Answer::Yes)
            ]),
            QUESTIONS.len(),
        )
    }

    proptest! {
        #[test]
        fn next_and_back_are_inverse_on_answered_questions(answers in partial_answers()) {
            let asked = path(QUESTIONS, &answers);
            for (at, &q) in asked.iter().enumerate() {
                let step = Step::Question(q);
                let after = next(QUESTIONS, &answers, step);
                if answers[q].is_none() {
                    prop_assert_eq!(after, step, "an unanswered question stays");
                } else if after != Step::Result {
                    prop_assert_eq!(back(QUESTIONS, &answers, after), step);
                }
                if at > 0 {
                    prop_assert_eq!(back(QUESTIONS, &answers, step), Step::Question(asked[at - 1]));
                }
            }
            // Next never skips an unanswered question
            let resumed = resume(QUESTIONS, &answers);
            match resumed {
                Step::Question(q) => prop_assert!(answers[q].is_none()),
                Step::Result => prop_assert!(is_complete(QUESTIONS, &answers)),
                Step::Intro => prop_assert!(false),
            }
        }

        #[test]
        fn progress_is_within_its_total(answers in partial_answers()) {
            for &q in &path(QUESTIONS, &answers) {
                let (number, total) = progress(QUESTIONS, &answers, q);
                prop_assert!(number >= 1 && number <= total && total <= QUESTIONS.len());
            }
        }
    }
}
