use crate::components::{
    cramp_now_link::CrampNowLink, site_nav::SiteNav, theme_toggle::ThemeToggle,
};
use leptos::prelude::*;

/// The banner: app name, main navigation, the "Cramp now" shortcut and the theme toggle.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <a class="brand" href="/">
                    <svg class="brand__mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                        <path d="M12 3a6 6 0 0 0-6 6c0 4.5 6 12 6 12s6-7.5 6-12a6 6 0 0 0-6-6z" fill="none" stroke="currentColor" stroke-width="2"/>
                        <circle cx="12" cy="9" r="2" fill="currentColor"/>
                    </svg>
                    <span>"Cramp Coach"</span>
                </a>
                <div class="site-header__actions">
                    <CrampNowLink/>
                    <ThemeToggle/>
                </div>
            </div>
            <SiteNav/>
        </header>
    }
}
