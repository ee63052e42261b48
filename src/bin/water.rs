//! Mounts the water counter onto the pre-rendered page (one wasm module per bundle).

use cramp_coach::components::{bundles, App};
use cramp_coach::domain::routes::Bundle;
use leptos::prelude::*;

fn main() {
    cramp_coach::platform::tasks::start_in_turns();
    leptos::mount::hydrate_body(|| view! { <App bundle=Bundle::Water pages=bundles::water/> });
}
