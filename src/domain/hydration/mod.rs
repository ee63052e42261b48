//! The water counter: today's cups toward a goal, kept on the device, a new day at local
//! midnight, and the last seven days.
//!
//! `log` is the data and its rules, `format` the versioned saved form, `session` the rules for
//! reading and saving it safely, `text` what the page says.

pub mod format;
pub mod log;
pub mod session;
pub mod text;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
