//! The "Your data" page (its own bundle): `page` lays out the parts, each acting through the
//! controller in `state`; the rules are in `domain::data`, the words in `view::data`.

pub mod backup_due_notice;
pub mod backup_restore;
pub mod backup_save;
pub mod bedtime_reminder;
pub mod delete_all;
pub mod diary_export;
pub mod keep_data;
pub mod page;
pub mod state;
