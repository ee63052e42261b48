//! The cramp diary's page (its own bundle): `page` reads what is saved, then builds `diary_app`
//! (logging, nights, entries) and, once the later code is here, `diary_insights` (what the weeks
//! show), each in a task of its own; their parts each show one HTML piece from
//! `view::diary::screen`; `state` is the controller.

pub mod backup_reminder;
pub mod cramp_form;
pub mod diary_app;
pub mod diary_insights;
pub mod diary_notices;
pub mod entry_list;
pub mod night_calendar;
pub mod page;
pub mod quick_log;
pub mod state;
