//! The UI shell: one component per file. Components wire signals to `domain` and call `platform`.

pub mod app;
pub mod check_intro;
pub mod check_page;
pub mod check_question;
pub mod check_result;
pub mod cramp_now_link;
pub mod cramp_now_page;
pub mod fresh_view;
pub mod guide_page;
pub mod in_progress;
pub mod not_found_page;
pub mod route_effects;
pub mod site_footer;
pub mod site_header;
pub mod site_nav;
pub mod stretch_page;
pub mod table_of_contents;
pub mod theme_toggle;
pub mod trusted_html;
pub mod update_banner;
pub mod water_app;
pub mod water_chart;
pub mod water_correction;
pub mod water_glass;
pub mod water_goal;
pub mod water_history;
pub mod water_notices;
pub mod water_page;
pub mod water_state;
pub mod water_today;

pub use app::App;
