//! The page: one scenario signal, the projection derived from it, and the sections that show
//! them.

use leptos::prelude::*;

use crate::components::charts::{ChartFigure, ChartKind};
use crate::components::{
    assumptions::AssumptionsPanel, controls::ScenarioControls, figures::KeyFigures,
};
use crate::explain::scenario_sentence;
use crate::model::{project, Scenario};

#[component]
pub fn App() -> impl IntoView {
    let today = crate::web::today();
    // The one source of truth: every control writes here, everything else is derived.
    let scenario = RwSignal::new(Scenario::default_for(today));
    let projection = Memo::new(move |_| scenario.with(project));

    view! {
        <a class="skip-link" href="#results">"Skip to the figures"</a>
        <header class="masthead">
            <div class="masthead-inner">
                <p class="brand">"HirePlan"</p>
                <h1>"What will a backend developer really cost, and when will they pull their weight?"</h1>
                <p class="lede">
                    "Set the level, region, remote discount, start quarter and hiring route. "
                    "Every figure updates as you go, shows its math, and names its source. "
                    "Nothing you enter leaves this page."
                </p>
            </div>
        </header>
        <main class="layout">
            <section class="panel controls-panel" aria-labelledby="controls-heading">
                <h2 id="controls-heading">"Your hire"</h2>
                <ScenarioControls scenario=scenario today=today />
            </section>
            <section id="results" class="results" aria-labelledby="figures-heading" tabindex="-1">
                <h2 id="figures-heading">"Key figures"</h2>
                <p class="scenario-sentence" aria-live="polite">{move || scenario.with(scenario_sentence)}</p>
                <KeyFigures scenario=scenario projection=projection />
                <div class="charts">
                    <ChartFigure kind=ChartKind::Cost projection=projection />
                    <ChartFigure kind=ChartKind::Ramp projection=projection />
                </div>
            </section>
            <AssumptionsPanel scenario=scenario />
        </main>
        <footer class="site-footer">
            <p>
                "Salary bands, overhead, fees, time to hire and ramp-up milestones come from a 2026 article on hiring backend developers; "
                "regional pay from the BLS Occupational Employment and Wage Statistics, May 2025. "
                "Figures marked as our assumption have no published source: edit them to match your company."
            </p>
            <p>"HirePlan runs entirely in your browser. No sign-up, no tracking, no data sent anywhere."</p>
        </footer>
    }
}
