//! What every page has around it: the app, each bundle's page switch, header, navigation, footer,
//! theme toggle, update banner, the effects of a route change and the not-found page.

pub mod app;
pub mod bundles;
pub mod fresh_view;
pub mod in_progress;
pub mod not_found_page;
pub mod route_effects;
pub mod site_footer;
pub mod site_header;
pub mod site_nav;
pub mod theme_control;
pub mod update_banner;
