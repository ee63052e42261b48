//! Mounts the guide, "Cramp now", the symptom check and the not-found page onto the pre-rendered page (one wasm module per bundle).

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable
)]

use cramp_coach::components::bundles;
use cramp_coach::domain::routes::Bundle;

fn main() {
    cramp_coach::components::shell::app::start(Bundle::Guide, bundles::guide_part);
}
