use crate::domain::check::Level;
use leptos::either::EitherOf4;
use leptos::prelude::*;

/// The result's level: an icon, its name and colour, a heading that says what to do, and how.
#[component]
pub fn CheckLevelCard(level: Level) -> impl IntoView {
    let heading = match level {
        Level::Emergency => "Call 999, 911 or 112 now",
        Level::Urgent => "Get medical advice today",
        Level::Doctor => "Book an appointment with a doctor",
        Level::SelfCare => "You can look after this at home",
    };
    let action = match level {
        Level::Emergency => EitherOf4::A(view! {
            <p>"Your answers include signs that need help straight away."</p>
            <ul class="check-calls">
                <li><a class="button check-call" href="tel:999">"Call 999"<span class="check-call__where">" (UK)"</span></a></li>
                <li><a class="button check-call" href="tel:911">"Call 911"<span class="check-call__where">" (US, Canada)"</span></a></li>
                <li><a class="button check-call" href="tel:112">"Call 112"<span class="check-call__where">" (EU and many other countries)"</span></a></li>
            </ul>
            <p>"Do not drive yourself to hospital: ask someone to take you, or call for an ambulance (NHS)."</p>
        }),
        Level::Urgent => EitherOf4::B(view! {
            <p>"Contact one of these as soon as you can, today:"</p>
            <ul>
                <li>"your doctor's surgery: ask for an urgent, same-day appointment"</li>
                <li>"NHS 111 in the UK: call "<a href="tel:111">"111"</a>" or use NHS 111 online"</li>
                <li>"an urgent care centre or walk-in clinic"</li>
            </ul>
            <p>"If you become short of breath or have chest pain while you wait, call 999, 911 or 112 (NHS)."</p>
        }),
        Level::Doctor => EitherOf4::C(view! {
            <p>"This is not urgent, but your answers are worth talking over with a doctor, who can look for a cause and examine your legs (nidirect)."</p>
            <p class="check-mention">"What to mention:"</p>
            <ul>
                <li>"the answers below (print a summary to take with you)"</li>
                <li>"how often the cramps come, how long they last and where"</li>
                <li>"any medicines you take, especially new ones"</li>
                <li>"any numbness or swelling (nidirect)"</li>
            </ul>
            <p>"Until then, the guide's "<a href="/#remedies">"home remedies"</a>" can ease a cramp."</p>
        }),
        Level::SelfCare => EitherOf4::D(view! {
            <p>"None of your answers points to a need for medical care now. Occasional leg cramps are common and can usually be eased and prevented at home."</p>
            <ul class="check-links">
                <li><a href="/#remedies">"Ease a cramp: home remedies"</a></li>
                <li><a href="/#prevention">"Prevent cramps: six steps"</a></li>
                <li><a href="/stretch">"Stretch coach: a guided calf stretch"</a></li>
                <li><a href="/water">"Water counter: today's cups"</a></li>
            </ul>
        }),
    };
    view! {
        <div class=format!("check-level check-level--{}", level.slug())>
            <p class="check-level__label">
                <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
                    <path d=icon(level) fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
                </svg>
                <span>{level.label()}</span>
            </p>
            <h2 id="check-result-title" tabindex="-1">{heading}</h2>
            {action}
        </div>
    }
}

/// An outline icon per level: a phone, a clock, a calendar, a house.
fn icon(level: Level) -> &'static str {
    match level {
        Level::Emergency => "M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2",
        Level::Urgent => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2",
        Level::Doctor => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h3",
        Level::SelfCare => "M3 11l9-7 9 7M5 9.5V20h14V9.5M10 20v-5h4v5",
    }
}
