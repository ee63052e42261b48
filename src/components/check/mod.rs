//! The symptom check's page and its three parts (intro, question, result).

pub mod intro;
pub mod page;
pub mod question;
pub mod result;
