//! The I/O edges: each module owns one browser concern and turns its failures into typed errors.
//! On native builds (pre-rendering, tests) they report "unavailable" instead of touching a browser.

pub mod clock;
pub mod cues;
pub mod document;
pub mod history;
pub mod service_worker;
pub mod storage;
