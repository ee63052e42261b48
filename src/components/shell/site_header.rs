use crate::components::{
    cramp_now::link::CrampNowLink, shell::site_nav::SiteNav, shell::theme_control::ThemeControl,
};
use leptos::prelude::*;

/// The banner: app name, main navigation, the "Cramp now" shortcut and the theme menu.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <a class="brand" href="/">
                    <svg class="brand__mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                        <path d="M19 14.5A8 8 0 0 1 9.5 3.5a8 8 0 1 0 9.5 11z" fill="currentColor"/>
                        <circle cx="17" cy="5" r="1.2" fill="currentColor"/>
                    </svg>
                    <span>"Cramp Coach"</span>
                </a>
                <div class="site-header__actions">
                    <CrampNowLink/>
                    <ThemeControl/>
                </div>
            </div>
            <SiteNav/>
        </header>
    }
}
