//! The only module that reads the address bar: the site's origin.
//!
//! No router: every page is its own pre-rendered document, which the browser loads (see
//! ARCHITECTURE.md, Decisions: with `leptos_router` the wasm was 118 KB gzip, without it 66 KB).

/// The path being rendered, provided as context by the pre-renderer (no address bar there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPath(pub String);

/// The site's origin (`https://example.org`; empty outside a browser).
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}
