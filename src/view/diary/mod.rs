//! What the cramp diary's page shows: the calendar of nights, the week numbers, the stretching
//! comparison with its honesty text, the planned self-test's lines, and the report for a doctor.
//!
//! `words` holds the numbers and names in integer arithmetic only; `calendar`, `compare` and
//! `report` build the page's parts from the `domain::diary` core; `screen` turns them into the
//! page's HTML pieces and `form` is "Log a cramp".

pub mod calendar;
pub mod compare;
pub mod form;
pub mod insights;
pub mod offer;
pub mod report;
pub mod screen;
pub mod words;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
