//! The symptom check's page and its three parts (intro, question, result), and
//! its state (`state`), provided by the shell.

pub mod intro;
pub mod page;
pub mod question;
pub mod result;
pub mod state;
