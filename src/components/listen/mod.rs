//! "Listen": the guide's text and "Cramp now"'s steps read aloud, one sentence at a time.

pub mod listen_control;
pub mod state;
