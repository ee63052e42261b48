//! Reading and writing saved data: the JSON reader and writer every saved format uses, and the one
//! strict date parser (`YYYY-MM-DD`) the stretch history and the water log share.

pub mod date;
pub mod json;
