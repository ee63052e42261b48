//! Reading and writing saved data: the JSON reader and writer every saved format uses.

pub mod json;
