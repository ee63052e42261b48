use leptos::prelude::*;

/// A glass that fills with today's share of the goal (decorative: the count is in the text beside it).
#[component]
pub fn WaterGlass(
    /// 0..=100
    #[prop(into)]
    percent: Signal<u32>,
) -> impl IntoView {
    // the water's height inside the glass (from y=8 to the bottom at y=123), as attributes:
    // a `style` would be an inline style in the pre-rendered page, which the CSP forbids
    let height = move || 115 * percent.get().min(100) / 100;
    let top = move || 123 - height();
    view! {
        <svg class="water-glass" viewBox="0 0 100 130" width="100" height="130" aria-hidden="true" focusable="false">
            <defs>
                <clipPath id="water-glass-inside">
                    <path d="M14 8h72l-8 110a6 6 0 0 1-6 5H28a6 6 0 0 1-6-5z"/>
                </clipPath>
            </defs>
            <g clip-path="url(#water-glass-inside)">
                <rect class="water-glass__water" x="0" y=top width="100" height=height/>
                <path class="water-glass__shine" d="M26 20l5 90" fill="none" stroke-width="4" stroke-linecap="round"/>
            </g>
            <path class="water-glass__outline" d="M14 8h72l-8 110a6 6 0 0 1-6 5H28a6 6 0 0 1-6-5z" fill="none" stroke-width="4" stroke-linejoin="round"/>
        </svg>
    }
}
