//! The functional core: plain Rust with no browser or UI framework imports, tested natively.

pub mod calendar;
pub mod content;
pub mod cramp;
pub mod json;
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;
pub mod routes;
pub mod stretch;
pub mod theme;
