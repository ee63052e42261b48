//! The functional core: plain Rust with no browser or UI framework imports and no markup,
//! tested natively. One folder per tool; shared pieces (`calendar`, `codec`, `days`, `key_value`, `order`) beside them.

pub mod calendar;
pub mod check;
pub mod codec;
pub mod cramp;
pub mod data;
pub mod days;
pub mod diary;
pub mod guide;
pub mod key_value;
pub mod order;
pub mod routes;
pub mod stretch;
pub mod theme;
pub mod water;
