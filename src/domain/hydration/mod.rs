//! The water counter: today's cups toward a goal, kept on the device, a new day at local
//! midnight, and the last seven days.
//!
//! `log` is the data and its rules, `format` the versioned saved form (read with `json`), `session` the rules for
//! reading and saving it safely, `text` and `screen` what the page says.

pub mod format;
/// The shared JSON reader, under its old path.
pub use crate::domain::json;
pub mod log;
pub mod screen;
pub mod session;
pub mod text;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
