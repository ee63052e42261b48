//! What the water counter's page shows: `text` (words and numbers), `screen` (every piece of
//! text and every yes/no state the page binds, looked up by key, and the chart's geometry).

pub mod screen;
pub mod text;
