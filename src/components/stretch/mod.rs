//! The stretch coach's page and its parts.

pub mod controls;
pub mod finish;
pub mod history;
pub mod page;
pub mod settings;
pub mod steps;
pub mod timer;
