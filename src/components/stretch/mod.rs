//! The stretch coach's page, its parts, and its controller (`state`).

pub mod controls;
pub mod finish;
pub mod history;
pub mod page;
pub mod settings;
pub mod state;
pub mod steps;
pub mod timer;
