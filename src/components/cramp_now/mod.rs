//! "Cramp now": the page and the link to it in the header.

pub mod link;
pub mod page;
