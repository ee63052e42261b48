//! What every page has around it: the page as pre-rendered and the start in the browser (`app`),
//! each bundle's pages, header, navigation, footer, theme menu, update banner and the not-found page.

pub mod app;
pub mod bundles;
pub mod in_progress;
pub mod not_found_page;
pub mod site_footer;
pub mod site_header;
pub mod site_nav;
pub mod theme_control;
pub mod update_banner;
