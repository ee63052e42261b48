//! What each screen shows, as plain data and text: pure, no browser and no UI framework,
//! tested natively. Components turn it into markup.

pub mod diary;
