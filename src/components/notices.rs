//! What the page says about where the scenario came from: settings in the link it ignored or
//! adjusted, or that it restored the last visit's scenario. Text only: values quoted from a
//! link are inserted as text nodes, never as HTML.

use leptos::prelude::*;

use crate::components::on_demand::shown_on_demand;
use crate::state::SelectedScenario;

use crate::model::{Date, Plan, Scenario};

/// Where the scenario came from, and which notices about it are still to be given: one value,
/// so the question "is there one to give?" (asked before their code is fetched) and the notices
/// themselves read the same judgement.
#[derive(Clone, Copy)]
pub struct StartState {
    /// Sentences naming what the link asked for and what was used instead.
    pub link_notices: RwSignal<Vec<String>>,
    /// Whether the scenario shown was restored from the last visit.
    pub restored: RwSignal<bool>,
    /// The scenario, which "Start fresh" resets.
    pub scenario: SelectedScenario,
    /// Every option, whose searches may lie in the past.
    pub plan: RwSignal<Plan>,
    pub today: Date,
    /// Whether the visitor chose to keep a plan whose search opened before today.
    past_kept: RwSignal<bool>,
}

impl StartState {
    pub fn new(
        link_notices: RwSignal<Vec<String>>,
        restored: RwSignal<bool>,
        scenario: SelectedScenario,
        plan: RwSignal<Plan>,
        today: Date,
    ) -> Self {
        Self {
            link_notices,
            restored,
            scenario,
            plan,
            today,
            past_kept: RwSignal::new(false),
        }
    }

    fn link_problems(self) -> bool {
        self.link_notices.with(|n| !n.is_empty())
    }

    /// The day the first search opens, when it is before today and the visitor has not chosen
    /// to keep it.
    fn past_search(self) -> Option<Date> {
        if self.past_kept.get() {
            return None;
        }
        self.plan
            .with(Plan::first_search)
            .filter(|day| *day < self.today)
    }

    fn any(self) -> bool {
        self.link_problems() || self.restored.get() || self.past_search().is_some()
    }
}

/// The notices, when there is one to give: a first visit to the bare address has none, so
/// their code is fetched only then (`components::on_demand`; with a link or a saved plan the
/// boot script asks for it with the code that reads them, scripts/split-wasm.mjs).
#[component]
pub fn StartNotices(
    /// Where the scenario came from.
    start: StartState,
) -> impl IntoView {
    view! {
        <Show when=move || start.any()>
            {move || shown_on_demand("the notices", move || start_notices_view(start))}
        </Show>
    }
}

crate::on_demand! {
    /// The notices' view, from code fetched when there is one to give.
    fn start_notices_view(start: StartState) -> AnyView {
        view! { <StartNoticeList start=start /> }.into_any()
    }
}

#[component]
fn StartNoticeList(start: StartState) -> impl IntoView {
    let StartState {
        link_notices,
        restored,
        scenario,
        plan,
        today,
        past_kept,
    } = start;
    view! {
        <Show when=move || start.link_problems()>
            <section class="notice no-print" role="status" aria-labelledby="link-notice-heading">
                <div class="notice-text">
                    <h2 id="link-notice-heading">"Part of this link could not be used"</h2>
                    <ul>{move || link_notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </div>
                <button type="button" class="button secondary small" on:click=move |_| link_notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </section>
        </Show>
        // A link or a saved plan keeps its dates exactly; say so when a search opened before
        // today, and offer to plan from today instead. With options compared, every option's
        // search counts, and they move together (`Plan::open_searches_from`), so a comparison
        // of timings stays one.
        <Show when=move || start.past_search().is_some()>
            <section class="notice info no-print" role="status" aria-label="Search date in the past">
                <p class="notice-text">
                    {move || start.past_search().map(|day| if plan.with(Plan::is_comparison) {
                        format!(
                            "The first search of these options opens on {day}, before today ({today}): their dates are kept as planned."
                        )
                    } else {
                        format!(
                            "This plan's search opens on {day}, before today ({today}): its dates are kept as planned."
                        )
                    })}
                </p>
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| plan.update(|p| p.open_searches_from(today))
                >
                    {move || if plan.with(Plan::is_comparison) {
                        "Open the searches from today"
                    } else {
                        "Open the search today"
                    }}
                </button>
                <button type="button" class="button secondary small" on:click=move |_| past_kept.set(true)>"Keep the plan"</button>
            </section>
        </Show>
        <Show when=move || restored.get()>
            <section class="notice info no-print" role="status" aria-label="Restored scenario">
                <p class="notice-text">"Showing the scenario from your last visit."</p>
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| {
                        scenario.start_over(Scenario::default_for(today));
                        restored.set(false);
                    }
                >
                    "Start fresh"
                </button>
                <button type="button" class="button secondary small" on:click=move |_| restored.set(false)>"Keep it"</button>
            </section>
        </Show>
    }
}
