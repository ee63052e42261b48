//! The cramp diary: cramps, quiet nights and medicines kept on the device, grouped into nights
//! (noon to noon, see `night`), compared between nights with and without stretching, tested with
//! a planned self-test, and added up for a report to take to a doctor.
//!
//! `entry` is what an entry says, `log` the diary and its nights, `links` the nights the stretch
//! coach and the water log stand for, `compare` the rate ratio and its verdict, `self_test` the
//! planned test, `report` the report's numbers, `format` the versioned saved form, `fields` a cramp's details from a form, `inbox` the cramps
//! saved on Cramp now for the diary to take in, `session` the rules for
//! reading and saving it safely.

pub mod compare;
pub mod entry;
pub mod fields;
pub mod format;
pub mod inbox;
pub mod links;
pub mod log;
pub mod night;
pub mod report;
pub mod self_test;
pub mod session;

pub use compare::{Comparison, Side, Verdict, Wait};
pub use entry::{
    Body, Bucket, Cramp, Entry, Id, Leg, Length, LocalTime, Medicine, Place, Remedy, Set,
};
pub use log::Diary;
pub use night::{night_of, NightState, SpanSummary};
pub use report::Report;
pub use self_test::SelfTest;
pub use session::Session;

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;
