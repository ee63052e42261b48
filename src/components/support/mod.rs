//! Pieces the tools share: trusted HTML and the table of contents.

pub mod table_of_contents;
pub mod trusted_html;
