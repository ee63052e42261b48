//! Your data: everything the app saves, taken elsewhere and brought back. `contents` names the
//! parts the app saves and reads them strictly, `backup` is the backup file (its format is
//! documented there and in the README), `restore` merges or replaces, writes the result all or
//! nothing and undoes it, `due` says when to remind about a backup, `csv` is the diary for a spreadsheet, `ics` the bedtime stretch
//! reminder for a calendar, `stamp` the ISO 8601 times they write. What the page says is in
//! `view::data`.

pub mod backup;
pub mod contents;
pub mod csv;
pub mod due;
pub mod ics;
pub mod restore;
pub mod stamp;

pub use backup::{Backup, BackupError};
pub use contents::{Part, Saved};
pub use restore::{Here, RestoreError, Summary};
pub use stamp::Stamp;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
