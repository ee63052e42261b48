//! The UI shell: one component per file. Components wire signals to `domain` and call `platform`.

pub mod app;
pub mod check_page;
pub mod cramp_now_link;
pub mod cramp_now_page;
pub mod guide_page;
pub mod in_progress;
pub mod not_found_page;
pub mod route_effects;
pub mod site_footer;
pub mod site_header;
pub mod site_nav;
pub mod stretch_controls;
pub mod stretch_finish;
pub mod stretch_history;
pub mod stretch_page;
pub mod stretch_settings;
pub mod stretch_steps;
pub mod stretch_timer;
pub mod table_of_contents;
pub mod theme_toggle;
pub mod trusted_html;
pub mod update_banner;
pub mod water_page;

pub use app::App;
