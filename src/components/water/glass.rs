use crate::components::water::state::WaterState;
use crate::view::water::screen::Text;
use leptos::prelude::*;

/// A glass that fills with today's share of the goal (decorative: the count is in the text beside it).
#[component]
pub fn WaterGlass() -> impl IntoView {
    let state = WaterState::get();
    // the water's outline is computed (`Text::GlassWater`): a `style` would be inline CSS in the page
    view! {
        <svg class="water-glass" viewBox="0 0 100 130" width="100" height="130" aria-hidden="true" focusable="false">
            <path class="water-glass__water" d=state.text(Text::GlassWater)/>
            <path class="water-glass__outline" d="M14 8h72l-8 110a6 6 0 0 1-6 5H28a6 6 0 0 1-6-5zM24 20l5 88" fill="none" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
