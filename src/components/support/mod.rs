//! Pieces the tools share: trusted HTML, the table of contents and code fetched on first use.

pub mod lazy_part;
pub mod table_of_contents;
pub mod trusted_html;
