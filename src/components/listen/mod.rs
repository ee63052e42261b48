//! "Listen": the guide's text and "Cramp now"'s steps read aloud, one sentence at a time
//! (the markup here; what it does is `public/listen.js`, loaded on the first press).

pub mod listen_control;
