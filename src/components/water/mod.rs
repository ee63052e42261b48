//! The water counter's page and its parts.

pub mod app;
pub mod chart;
pub mod correction;
pub mod glass;
pub mod goal;
pub mod history;
pub mod notices;
pub mod page;
pub mod state;
pub mod today;
