//! The functional core: plain Rust with no browser or UI framework imports, tested natively.

pub mod calendar;
pub mod check;
pub mod check_markup;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod check_rules;
pub mod content;
pub mod cramp;
pub mod diary;
pub mod hydration;
pub mod json;
pub mod key_value;
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;
pub mod routes;
pub mod stretch;
pub mod theme;
