//! "Assumptions & sources": every assumption with its value, range and source, editable in
//! place. Validation and messages come from [`crate::entry`].

use leptos::prelude::*;

use crate::state::SelectedScenario;
use web_sys::HtmlInputElement;

use crate::entry;
use crate::format::{decimal, plain};
use crate::model::assumptions::COUNT;
use crate::model::regions::{WAGE_SOURCE, WAGE_SOURCE_URL};
use crate::model::{Assumption, Assumptions, Spec, Unit, SPECS};
use crate::web;

crate::on_demand! {
    /// The assumptions, from code fetched once the charts are drawn (`app.rs`).
    pub fn assumptions_panel_view(scenario: SelectedScenario) -> AnyView {
        crate::components::on_demand::replace_adopted_soon("assumptions-panel");
        view! { <AssumptionsPanel scenario=scenario /> }.into_any()
    }
}

#[component]
pub fn AssumptionsPanel(
    /// The scenario whose assumptions are edited.
    scenario: SelectedScenario,
) -> impl IntoView {
    // One message slot per assumption, so "Restore defaults" can clear them all.
    let messages = RwSignal::new(vec![None::<FieldMessage>; COUNT]);
    // Said after "Restore all defaults", until an assumption is edited again.
    let restored = RwSignal::new(false);
    let any_edited =
        Memo::new(move |_| scenario.with_assumptions(|a| *a != Assumptions::default()));
    // The messages are about the option they were typed into: another option selected (a tab,
    // or a removal that moves the selection) starts without them.
    let selected = Memo::new(move |_| scenario.selected_index());
    Effect::new(move |before: Option<usize>| {
        let now = selected.get();
        if before.is_some_and(|before| before != now) {
            messages.set(vec![None; COUNT]);
            restored.set(false);
        }
        now
    });

    let mut groups: Vec<&'static str> = Vec::new();
    for spec in &SPECS {
        if !groups.contains(&spec.group) {
            groups.push(spec.group);
        }
    }
    // Each group opens and closes under its name. On a phone they start closed: the list runs
    // to pages, and a visitor opens the group they care about. Wider, they start open and read
    // as the tables they are. The stylesheet turns the rows into a list at the same width, and
    // prints every group, open or not.
    let open_at_start = groups_open_at_start();
    let tables = groups
        .into_iter()
        .map(|group| {
            let in_group = move || SPECS.iter().filter(move |s| s.group == group);
            let rows = in_group()
                .map(|spec| view! { <AssumptionRow spec=spec scenario=scenario messages=messages /> })
                .collect_view();
            let count = match in_group().count() {
                1 => "1 value".to_string(),
                n => format!("{n} values"),
            };
            view! {
                <details class="assumption-group" open=open_at_start>
                    <summary>
                        <span class="group-name">{group}</span>
                        " "
                        <span class="group-count">{count}</span>
                    </summary>
                    // Explicit roles: on a phone the rows are restyled as a list, and a CSS
                    // `display` change drops a table's semantics in some browsers.
                    <table class="assumptions-table" role="table">
                        <caption class="visually-hidden">{group}</caption>
                        <thead role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">"Assumption"</th>
                                <th scope="col" role="columnheader">"Value"</th>
                                <th scope="col" role="columnheader">"Allowed"</th>
                                <th scope="col" role="columnheader">"Source"</th>
                            </tr>
                        </thead>
                        <tbody role="rowgroup">{rows}</tbody>
                    </table>
                </details>
            }
        })
        .collect_view();

    view! {
        <section class="panel assumptions-panel" aria-labelledby="assumptions-heading">
            <div class="panel-heading">
                // Focusable from script only: where "Restore all defaults" leaves the keyboard.
                <h2 id="assumptions-heading" tabindex="-1">
                    "Assumptions & sources"
                    {move || scenario.option_label().map(|label| format!(" of {label}"))}
                </h2>
                <button
                    type="button"
                    class="button secondary"
                    disabled=move || !any_edited.get()
                    on:click=move |_| {
                        scenario.update(|s| s.assumptions = Assumptions::default());
                        messages.set(vec![None; COUNT]);
                        restored.set(true);
                        // The button disables itself: the keyboard would fall to the page's
                        // start. The section's heading keeps it here.
                        crate::web::focus_soon("#assumptions-heading");
                    }
                >
                    "Restore all defaults"
                </button>
            </div>
            <p class="plan-status no-print" role="status" aria-live="polite">
                {move || {
                    (restored.get() && !any_edited.get())
                        .then_some("Every assumption is back at its default.")
                }}
            </p>
            <p class="panel-intro">
                "Every number behind the figures, where it comes from, and what you may set it to. "
                <span class="no-print">"Edit any value: the figures follow as you type. "</span>
                <strong>"Our assumption"</strong>
                " marks a default that no published source gives a figure for."
            </p>
            <ul class="input-sources">
                <li>
                    <strong>"Region: "</strong>
                    {WAGE_SOURCE}
                    ". A region scales the national bands by its wage over the national wage at the level's percentile (junior: 25th, mid: median, senior: 75th). "
                    <a href=WAGE_SOURCE_URL target="_blank" rel="noopener noreferrer">"BLS OEWS"</a>
                </li>
                <li>
                    <strong>"Remote discount: "</strong>
                    "KORE1's 2026 guide to hiring a backend developer cites Arc.dev: remote engineers run 10–15% lower on average. Hired's 2023 report found remote roles paying more than local ones in most US markets, so a discount is a policy choice; the default is 0%."
                </li>
            </ul>
            {tables}
        </section>
    }
}

/// What a field says under it, and whether its text is one the planner cannot use as typed
/// (`aria-invalid`, drawn red). After the visitor commits, the field shows the value used, a
/// valid one: a note that it was adjusted or kept is information, not an error.
#[derive(Clone, Debug, PartialEq)]
struct FieldMessage {
    text: String,
    invalid: bool,
}

impl FieldMessage {
    fn new(text: Option<String>, invalid: bool) -> Option<FieldMessage> {
        text.map(|text| FieldMessage { text, invalid })
    }
}

#[component]
fn AssumptionRow(
    spec: &'static Spec,
    scenario: SelectedScenario,
    messages: RwSignal<Vec<Option<FieldMessage>>>,
) -> impl IntoView {
    let which: Assumption = spec.id;
    let index = which as usize;
    let value = Memo::new(move |_| scenario.with_assumptions(|a| a[which]));
    let allowed = Memo::new(move |_| scenario.with_assumptions(|a| entry::allowed_parts(a, which)));
    // `messages` has one slot per assumption (COUNT) and `index` is an assumption's position.
    let message = move || messages.with(|m| m.get(index).cloned().flatten());
    let message_text = move || message().map(|m| m.text);
    let invalid = move || message().is_some_and(|m| m.invalid);
    let set_message = move |text: Option<FieldMessage>| {
        messages.update(|m| {
            if let Some(slot) = m.get_mut(index) {
                *slot = text;
            }
        })
    };
    let input_id = format!("assumption-{}", spec.key);
    let message_id = format!("assumption-{}-message", spec.key);
    let range_id = format!("assumption-{}-range", spec.key);

    // While the visitor types, the field keeps their text: the figures follow the value as
    // used (3.5 days is used as 4), the note says so, and the field shows the used value once
    // they commit (Enter or leaving the field). Writing "4" under their fingers would hide the
    // rounding and fight their typing. The value shows its thousands grouped ("122,000", read
    // back by `parse_number`): on screen and on paper, where the field prints as text.
    let field = NodeRef::<leptos::html::Input>::new();
    let typing = StoredValue::new(false);
    Effect::new(move |_| {
        let shown = decimal(value.get(), spec.decimals);
        if let Some(input) = field.get() {
            if !typing.get_value() && input.value() != shown {
                input.set_value(&shown);
            }
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        typing.set_value(true);
        let text = event_target_value(&ev);
        match scenario.with_untracked(|s| entry::preview(&s.assumptions, which, &text)) {
            Ok((v, note)) => {
                scenario.update(|s| {
                    s.assumptions.set(which, v);
                });
                set_message(FieldMessage::new(note, false));
            }
            Err(hint) => set_message(FieldMessage::new(hint, true)),
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        typing.set_value(false);
        let text = event_target_value(&ev);
        let mut note = None;
        scenario.update(|s| note = entry::commit(&mut s.assumptions, which, &text));
        set_message(FieldMessage::new(note, false));
        // Show what is actually used, even when the stored value did not change. Read from the
        // scenario: `value` follows the assumptions a step later (`state::changes_only`).
        let input: HtmlInputElement = event_target(&ev);
        let used = scenario.with_untracked(|s| s.assumptions[which]);
        input.set_value(&decimal(used, spec.decimals));
    };

    // A choice (the conversion-fee schedule) is a menu of its named options; every other
    // assumption a number typed in its unit.
    let described_by = format!("{range_id} {message_id}");
    let label_for = input_id.clone();
    let control = if spec.unit == Unit::Choice {
        let options = which
            .choices()
            .iter()
            .enumerate()
            .map(|(index, label)| view! { <option value=index.to_string()>{*label}</option> })
            .collect_view();
        view! {
            <select
                id=input_id
                class="choice-input"
                aria-describedby=described_by
                prop:value=move || plain(value.get(), 0)
                on:change=move |ev| {
                    if let Some(index) = crate::format::parse_number(&event_target_value(&ev)) {
                        scenario.update(|s| {
                            s.assumptions.set(which, index);
                        });
                    }
                }
            >
                {options}
            </select>
            // On paper a menu shows only what fits its box ("Pro-rated: 1/1…"): the choice
            // prints as text instead (style/main.css hides the menu there).
            <span class="print-only choice-printed">
                {move || which.choices().get(value.get().max(0.0) as usize).copied().unwrap_or_default()}
            </span>
        }
        .into_any()
    } else {
        view! {
                <input
                    id=input_id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    class="number-input"
                    aria-describedby=described_by
                    aria-invalid=move || if invalid() { "true" } else { "false" }
                    node_ref=field
                    value=decimal(value.get_untracked(), spec.decimals)
                    on:input=on_input
                    on:change=on_change
                    on:blur=move |_| typing.set_value(false)
                />
        }
        .into_any()
    };

    view! {
        <tr class:edited=move || value.get() != spec.default role="row">
            <th scope="row" role="rowheader">
                <label for=label_for>{spec.label}</label>
            </th>
            <td class="value-cell" role="cell">
                {control}
                <span class="unit" aria-hidden="true">{entry::unit_suffix(spec)}</span>
                // Red only while the text cannot be used as typed; a note on what was used reads as text.
                <p id=message_id class="field-message" class:note=move || !invalid() role="status">{message_text}</p>
            </td>
            // The limits this value has now: a band's median moves between its low and high.
            <td id=range_id class="range-cell" role="cell">
                <span class="limits">{move || allowed.with(|(limits, _)| limits.clone())}</span>
                {move || allowed.with(|(_, rule)| rule.map(|rule| view! { " " <span class="why">"(" {rule} ")"</span> }))}
            </td>
            <td class="source-cell" role="cell">
                {spec.source.is_assumption.then(|| view! { <span class="badge assumption">"Our assumption"</span> " " })}
                {spec.source.is_weak.then(|| view! { <span class="badge weak">"Weak source"</span> " " })}
                // The badge already says "Our assumption": not twice.
                {spec.source.text.strip_prefix("Assumption: ").or_else(|| spec.source.text.strip_prefix("Weak source: ")).unwrap_or(spec.source.text)}
                {spec.source.url.map(|url| view! { " " <a href=url target="_blank" rel="noopener noreferrer">"Source"</a> })}
            </td>
        </tr>
    }
}

/// Whether the assumptions' groups start open: on a screen wider than a phone's (see above).
pub fn groups_open_at_start() -> bool {
    web::media_matches("(min-width: 761px)")
}
