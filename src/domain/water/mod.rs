//! The water counter: today's cups toward a goal, kept on the device, a new day at local
//! midnight, and the last seven days.
//!
//! `log` is the data and its rules, `format` the versioned saved form (read with `json`), `session` the rules for
//! reading and saving it safely; what the page says is in `view::water`.

pub mod format;
pub mod log;
pub mod session;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
