//! The guide's page.

pub mod page;
