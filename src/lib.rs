//! Cramp Coach: a night-time leg cramp guide, stretch coach, water counter and symptom check.
//!
//! `domain` is the functional core (no browser, no UI framework); `platform` owns the browser
//! APIs, one module per concern; `components` wires signals to the core, one component per file.

pub mod components;
pub mod domain;
pub mod platform;
pub mod view;
