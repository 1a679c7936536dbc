//! The five scenario controls. Each is a native form control with a visible label, so it works
//! with a keyboard, a screen reader and a phone's own pickers.

use leptos::prelude::*;

use crate::state::SelectedScenario;

use crate::format::{parse_number, percent, plain};
use crate::model::scenario::{clamp_remote_discount, start_quarter_choices};
use crate::model::{Date, HiringRoute, Level, Quarter, RegionKind, Scenario, REGIONS};
use crate::presentation::Control;

/// `2026 Q4 (opens today, Nov 30): searches close faster`, `2027 Q1 (Jan – Mar)`. For the
/// quarter the scenario has, the day its search really opens (an older link may open it on a
/// day already gone: `opens Oct 1`).
fn quarter_option_label(quarter: Quarter, today: Date, opens: Option<Date>) -> String {
    let months = match quarter.number {
        1 => "Jan – Mar",
        2 => "Apr – Jun",
        3 => "Jul – Sep",
        _ => "Oct – Dec",
    };
    let when = match opens {
        Some(day) if day == today => format!("opens today, {}", today.short()),
        Some(day) if day != quarter.first_day() || day < today => format!("opens {}", day.short()),
        _ if today.quarter() == quarter && today > quarter.first_day() => {
            format!("opens today, {}", today.short())
        }
        _ => months.to_string(),
    };
    if quarter.is_q4() {
        format!("{quarter} ({when}): searches close faster")
    } else {
        format!("{quarter} ({when})")
    }
}

fn remote_value_text(discount: f64) -> String {
    if discount > 0.0 {
        format!("{} below on-site pay", percent(discount))
    } else {
        "0%: on-site pay".to_string()
    }
}

#[component]
pub fn ScenarioControls(
    /// The scenario the controls edit.
    scenario: SelectedScenario,
    /// Today, which decides the quarters a search can open in.
    today: Date,
    /// Controls an embedding host fixed and hid (`hide=`): not rendered at all.
    #[prop(optional)]
    hidden: Vec<Control>,
    /// Whether the start quarter and the route are mounted yet. At the start the planner
    /// mounts the first three controls in one task and these two in the next (`app.rs`,
    /// `part`): the five at once were a 15–26 ms task here, four times that on a phone.
    #[prop(into)]
    rest_shown: Signal<bool>,
) -> impl IntoView {
    let shown = move |control: Control| !hidden.contains(&control);
    let (start_shown, route_shown) = (shown(Control::Start), shown(Control::Route));
    // Per-control memos: an option re-renders only when its own control's value changes.
    let level = Memo::new(move |_| scenario.with(|s| s.level));
    let region_id = Memo::new(move |_| scenario.with(|s| s.region.id));
    let remote = Memo::new(move |_| scenario.with(|s| s.remote_discount));
    let start_quarter = Memo::new(move |_| scenario.with(|s| s.start_quarter));
    let search_opens = Memo::new(move |_| scenario.with(Scenario::search_opens));
    let route = Memo::new(move |_| scenario.with(|s| s.route));

    // `selected` and `value` attributes give the first choice to the page prerendered at build
    // time (properties are not written into HTML); the `prop:` bindings follow later changes.
    let first_level = level.get_untracked();
    let level_options = Level::ALL
        .into_iter()
        .map(|l| view! { <option value=l.key() selected=l == first_level prop:selected=move || level.get() == l>{l.label()}</option> })
        .collect_view();
    // ~85 regions: each option is plain markup marked once with the first choice; later changes
    // (a restored scenario, "Start fresh") set the select's value, one effect instead of 85.
    let first_region = region_id.get_untracked();
    let region_options = |kind: RegionKind| {
        REGIONS
            .iter()
            .filter(move |r| r.kind == kind)
            .map(|r| view! { <option value=r.id selected=r.id == first_region>{r.name}</option> })
            .collect_view()
    };
    // The quarters on offer, plus the scenario's own if it lies outside them (an old link).
    let quarter_options = move || {
        let mut quarters: Vec<Quarter> = start_quarter_choices(today).collect();
        let chosen = start_quarter.get();
        let opens = search_opens.get();
        if !quarters.contains(&chosen) {
            // The choices run in order: the chosen one goes in its place (no sort in the wasm).
            quarters.insert(quarters.partition_point(|q| *q < chosen), chosen);
        }
        quarters
            .into_iter()
            .map(|q| view! { <option value=q.key() selected=q == chosen>{quarter_option_label(q, today, (q == chosen).then_some(opens))}</option> })
            .collect_view()
    };
    let route_options = move || {
        let first_route = route.get_untracked();
        HiringRoute::ALL
            .into_iter()
            .map(|r| view! { <option value=r.key() selected=r == first_route prop:selected=move || route.get() == r>{r.label()}</option> })
            .collect_view()
    };

    view! {
        {shown(Control::Level).then(|| view! {
        <div class="field">
            <label for="level">"Level"</label>
            <select
                id="level"
                on:change=move |ev| {
                    if let Some(l) = Level::from_key(&event_target_value(&ev)) {
                        scenario.update(|s| s.level = l);
                    }
                }
            >
                {level_options}
            </select>
        </div>
        })}
        {shown(Control::Region).then(|| view! {
        <div class="field">
            <label for="region">"Region"</label>
            <select
                id="region"
                aria-describedby="region-hint"
                prop:value=move || region_id.get()
                on:change=move |ev| {
                    if let Some(r) = crate::model::Region::find(&event_target_value(&ev)) {
                        scenario.update(|s| s.region = r);
                    }
                }
            >
                <optgroup label="National">{region_options(RegionKind::National)}</optgroup>
                <optgroup label="States">{region_options(RegionKind::State)}</optgroup>
                <optgroup label="Metro areas">{region_options(RegionKind::Metro)}</optgroup>
            </select>
            <p id="region-hint" class="hint">"Pay scaled by BLS wages for software developers there (May 2025)."</p>
        </div>
        })}
        {shown(Control::Remote).then(|| view! {
        <div class="field">
            <label for="remote">"Remote discount"</label>
            <div class="slider-row">
                <input
                    type="range"
                    id="remote"
                    min="0"
                    max="30"
                    step="1"
                    aria-describedby="remote-hint"
                    value=plain(remote.get_untracked(), 1)
                    prop:value=move || plain(remote.get(), 1)
                    aria-valuetext=move || remote_value_text(remote.get())
                    on:input=move |ev| {
                        if let Some(v) = parse_number(&event_target_value(&ev)) {
                            scenario.update(|s| s.remote_discount = clamp_remote_discount(v));
                        }
                    }
                />
                <output for="remote" class="slider-value">{move || percent(remote.get())}</output>
            </div>
            <p id="remote-hint" class="hint">
                "Often 10–15% below on-site pay (Arc.dev, via KORE1's guide); surveys differ: default 0%."
            </p>
        </div>
        })}
        <Show when=move || rest_shown.get()>
        {start_shown.then(|| view! {
        <div class="field">
            <label for="start-quarter">"Start quarter: when the search opens"</label>
            <select
                id="start-quarter"
                aria-describedby="start-quarter-hint"
                on:change=move |ev| {
                    if let Some(q) = Quarter::parse(&event_target_value(&ev)) {
                        scenario.update(|s| s.open_search_in(q, today));
                    }
                }
            >
                {quarter_options}
            </select>
            <p id="start-quarter-hint" class="hint">
                "The search opens on the quarter's first day, or today in the current quarter."
            </p>
        </div>
        })}
        {route_shown.then(|| view! {
        <div class="field">
            <label for="route">"Hiring route"</label>
            <select
                id="route"
                aria-describedby="route-hint"
                on:change=move |ev| {
                    if let Some(r) = HiringRoute::from_key(&event_target_value(&ev)) {
                        scenario.update(|s| s.route = r);
                    }
                }
            >
                {route_options()}
            </select>
            <p id="route-hint" class="hint">{move || route.get().spec().summary}</p>
        </div>
        })}
        </Show>
    }
}
