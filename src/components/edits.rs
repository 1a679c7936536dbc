//! "Changed from the defaults": every assumption the scenario's sender (or the visitor)
//! edited, near the top of the figures, as "value (default …)" with a way to restore each.
//! Finance opening a link sees at once what differs from the published sources.

use leptos::prelude::*;

use crate::components::on_demand::shown_on_demand;
use crate::state::SelectedScenario;

use crate::entry::{edits, Edit};
use crate::model::Assumptions;

/// The list, when the scenario has an edit: a first visit has none, so its code is fetched
/// only then (`components::on_demand`; with a link or a saved plan the boot script asks for it
/// with the code that reads them, scripts/split-wasm.mjs).
#[component]
pub fn EditedAssumptions(
    /// The scenario whose edits are listed and restored.
    scenario: SelectedScenario,
) -> impl IntoView {
    let any = move || scenario.with_assumptions(|a| a.edited().next().is_some());
    view! {
        <Show when=any>
            {move || shown_on_demand("the changed assumptions", move || edited_assumptions_view(scenario))}
        </Show>
    }
}

crate::on_demand! {
    /// The list's view, from code fetched when the scenario has an edit.
    fn edited_assumptions_view(scenario: SelectedScenario) -> AnyView {
        view! { <EditList scenario=scenario /> }.into_any()
    }
}

#[component]
fn EditList(scenario: SelectedScenario) -> impl IntoView {
    let list = Memo::new(move |_| scenario.with_assumptions(edits));
    let item = move |edit: Edit| {
        let which = edit.which;
        // Named in text, not aria-label: the button's name says which value it restores, and
        // the assumption's own field stays the only thing labelled with its name.
        let restore_what = format!(" “{}” to its default, {}", edit.label, edit.default);
        view! {
            <li>
                <span class="edit-label">{edit.label}</span>
                ": "
                <strong>{edit.value}</strong>
                " (default " {edit.default} ")"
                " "
                <button
                    type="button"
                    class="link-button no-print"
                    on:click=move |_| {
                        scenario.update(|s| s.assumptions.restore_default(which));
                        // The list (and this button) goes away with the last edit: keep the
                        // keyboard user's place at the figures, not at the top of the page.
                        if scenario.with_untracked(|s| s.assumptions.edited().next().is_none()) {
                            crate::web::focus_element("results");
                        }
                    }
                >
                    "Restore"
                    <span class="visually-hidden">{restore_what}</span>
                </button>
            </li>
        }
    };
    view! {
        <Show when=move || list.with(|l| !l.is_empty())>
            <section class="edits" aria-labelledby="edits-heading">
                <div class="edits-heading">
                    <h3 id="edits-heading">
                        {move || list.with(|l| match l.len() {
                            1 => "Changed from the defaults: 1 assumption".to_string(),
                            n => format!("Changed from the defaults: {n} assumptions"),
                        })}
                    </h3>
                    <Show when=move || list.with(|l| l.len() > 1)>
                        <button
                            type="button"
                            class="link-button no-print"
                            on:click=move |_| {
                                scenario.update(|s| s.assumptions = Assumptions::default());
                                crate::web::focus_element("results");
                            }
                        >
                            "Restore all"
                        </button>
                    </Show>
                </div>
                <ul>{move || list.get().into_iter().map(item).collect_view()}</ul>
            </section>
        </Show>
    }
}
