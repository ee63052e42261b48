//! Mounts Cramp Coach onto the pre-rendered page.

fn main() {
    #[cfg(feature = "hydrate")]
    leptos::mount::hydrate_body(cramp_coach::components::App);
}
