//! What the page says about where the scenario came from: settings in the link it ignored or
//! adjusted, or that it restored the last visit's scenario. Text only: values quoted from a
//! link are inserted as text nodes, never as HTML.

use leptos::prelude::*;

use crate::state::SelectedScenario;

use crate::model::{Date, Scenario};

#[component]
pub fn StartNotices(
    /// Sentences naming what the link asked for and what was used instead.
    link_notices: RwSignal<Vec<String>>,
    /// Whether the scenario shown was restored from the last visit.
    restored: RwSignal<bool>,
    /// The scenario, which "Start fresh" resets.
    scenario: SelectedScenario,
    today: Date,
) -> impl IntoView {
    let past_dismissed = RwSignal::new(false);
    view! {
        <Show when=move || link_notices.with(|n| !n.is_empty())>
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
        // A link or a saved plan keeps its dates exactly; say so when its search opened before
        // today, and offer to plan from today instead.
        <Show when=move || !past_dismissed.get() && scenario.with(|s| s.search_opens() < today)>
            <section class="notice info no-print" role="status" aria-label="Search date in the past">
                <p class="notice-text">
                    {move || scenario.with(|s| format!(
                        "This plan's search opens on {}, before today ({today}): its dates are kept as planned.",
                        s.search_opens()
                    ))}
                </p>
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| scenario.update(|s| s.open_search_in(today.quarter(), today))
                >
                    "Open the search today"
                </button>
                <button type="button" class="button secondary small" on:click=move |_| past_dismissed.set(true)>"Keep the plan"</button>
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
