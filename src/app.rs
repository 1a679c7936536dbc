//! The page: one scenario signal, the projection derived from it, and the sections that show
//! them.

use std::time::Duration;

use leptos::prelude::*;

use crate::components::budget::BudgetInputs;
use crate::components::charts::{ChartFigure, ChartKind};
use crate::components::compare::{comparison_table_view, OptionSwitcher, PlanUndo, ReadyMade};
use crate::components::edits::EditedAssumptions;
use crate::components::embed::embed_panel_view;
use crate::components::on_demand::shown_on_demand;
#[cfg(feature = "ssr")]
use crate::components::{
    assumptions::AssumptionsPanel, budget::BudgetSection, on_demand::section_slot,
};
use crate::components::{
    controls::ScenarioControls,
    figures::KeyFigures,
    notices::{StartNotices, StartState},
};
use crate::explain::{scenario_sentence, FigureId};
use crate::format::percent;
use crate::link::{self, Origin};
use crate::model::{project, Date, Plan, Projection, Scenario};
use crate::opening::Opening;
use crate::presentation;
use crate::state::{Compared, Palette, Printing, SelectedScenario};
use crate::{storage, web};

/// The parts of the page mounted one per task after the first render (see `App`), in this
/// order: each is short enough on its own (`make bench` traces them), where the figures and
/// both charts together had been a 13–36 ms task.
mod part {
    /// Level, region and remote discount.
    pub const CONTROLS: u8 = 1;
    /// Start quarter and route.
    pub const CONTROLS_REST: u8 = 2;
    pub const FIGURES: u8 = 3;
    pub const COST_CHART: u8 = 4;
    pub const RAMP_CHART: u8 = 5;
    pub const BUDGET: u8 = 6;
    pub const ASSUMPTIONS: u8 = 7;
    pub const EMBED: u8 = 8;
    /// How many there are.
    pub const ALL: u8 = EMBED;
}

/// How long the address bar and storage wait for the edits to pause. Safari throws after 100
/// `replaceState` calls in 30 s; a slider drag fires an input event per step.
const SYNC_DELAY: Duration = Duration::from_millis(400);

/// Given (as context) when the page is rendered ahead of time, at build time, where there is no
/// browser: the page then shows the default scenario as of `today`, with every section in
/// place (see `src/bin/prerender.rs`).
#[derive(Clone, Copy, Debug)]
pub struct Prerender {
    pub today: crate::model::Date,
}

#[component]
pub fn App() -> impl IntoView {
    let prerender = use_context::<Prerender>();
    // Read by `boot` from the address and the saved plan (with code fetched on demand when
    // there is anything to read); without it (the prerender, the tests) today's defaults.
    let Opening {
        today,
        plan: first,
        look,
        notices,
        origin,
        forget_saved,
    } = use_context::<Opening>()
        .unwrap_or_else(|| Opening::defaults(prerender.map_or_else(web::today, |p| p.today)));
    if forget_saved {
        storage::clear();
    }
    web::apply_presentation(&look);
    // Bumped when the colours change under the page (theme=auto and the visitor's setting
    // flips), so the charts re-read them.
    let palette = RwSignal::new(0_u32);
    provide_context(Palette(palette));
    web::on_color_scheme_change(look.theme, move || palette.update(|n| *n += 1));
    // From the browser's print menu (`beforeprint`) or the Print button until `afterprint`.
    let printing = RwSignal::new(false);
    provide_context(Printing(printing));
    let before_print = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after_print = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
    });
    // The printout is light in every theme, and a canvas keeps the pixels it was drawn with:
    // the page turns light while it prints, and the charts redraw in its colours. This runs
    // (a microtask) before the browser lays the page out for paper.
    let theme = look.theme;
    Effect::new(move |was: Option<bool>| {
        let now = printing.get();
        if was.unwrap_or(false) != now {
            web::set_print_theme(now, theme);
            palette.update(|n| *n += 1);
        }
        now
    });
    if look.embed && web::in_frame() {
        web::report_height_to_parent();
    }

    // The one source of truth: every control writes here, everything else is derived.
    let plan = RwSignal::new(first);
    // What a ready-made comparison replaced: undone from its panel or from the comparison.
    let undo = PlanUndo::new(plan);
    let scenario = SelectedScenario::new(plan);
    let projection = Memo::new(move |_| scenario.with(project));
    let compared = Compared::new(plan);
    // A prerendered section still waiting for its code shows the first plan's figures: not
    // once the plan has changed (`components::on_demand::section_on_demand`). Compared with
    // the first plan, not on any write: a write of the same plan (the start tidying it) would
    // take a section off the page for no reason. Once dropped, the effect reads nothing, so it
    // never runs again: later edits are not compared with the first plan.
    let first_plan = plan.get_untracked();
    Effect::new(move |dropped: Option<bool>| {
        if dropped == Some(true) {
            return true;
        }
        let differs = plan.with(|p| *p != first_plan);
        if differs {
            crate::components::on_demand::drop_adopted_sections();
        }
        differs
    });
    let start = StartState::new(
        RwSignal::new(notices),
        RwSignal::new(origin == Origin::Saved),
        scenario,
        plan,
        today,
    );
    // The controls, the results (figures and charts), then the long sections below them
    // (budget, assumptions, embed), mount after the first render, one per task, so no single
    // task blocks input for long (make bench measures it). The planner builds its page apart and
    // shows it once all are in (src/boot.rs), so no one sees a part missing. Ahead of time
    // (the prerender) every part is rendered at once: there is no task to block.
    let sections_shown = RwSignal::new(if prerender.is_some() { part::ALL } else { 0 });
    fn show_next_section(sections_shown: RwSignal<u8>) {
        set_timeout(
            move || {
                sections_shown.update(|n| *n += 1);
                if sections_shown.get_untracked() < part::ALL {
                    show_next_section(sections_shown);
                }
            },
            Duration::ZERO,
        );
    }
    if prerender.is_none() {
        show_next_section(sections_shown);
    }
    let shown = move |section: u8| move || sections_shown.get() >= section;

    // The address always carries the scenario (and how it is shown), so the address bar and
    // the links agree. What is shared or opened in full is the full planner.
    let own_pairs = look.pairs();
    let query = Memo::new(move |_| plan.with(|p| link::encode_plan_with(p, &own_pairs)));
    // Outside embed mode the full planner's link is the address itself: derived, not encoded
    // a second time on every edit.
    let full_pairs = look.embed.then(|| look.for_full_planner().pairs());
    let share_link = Memo::new(move |_| match &full_pairs {
        Some(pairs) => web::address_with_query(&plan.with(|p| link::encode_plan_with(p, pairs))),
        None => web::address_with_query(&query.get()),
    });
    let pending_sync = StoredValue::new(None::<TimeoutHandle>);
    let sync = move || {
        pending_sync.set_value(None);
        web::replace_query(&query.get_untracked());
        storage::save(&plan.with_untracked(link::encode_plan));
    };
    // An edit still waiting for the pause when the page is hidden (the tab closed or reloaded,
    // the phone switched apps) is written at once. A reload has already chosen its address by
    // then, so the new query is also handed over to the page that opens there. (When the page
    // is shown again nothing is waiting: hiding it wrote everything.)
    web::on_page_hidden(move || {
        if let Some(handle) = pending_sync.get_value() {
            handle.clear();
            let stale = web::location_search();
            sync();
            storage::hand_off(&stale, &query.get_untracked());
        }
    });
    // The link is first encoded, the address tidied and the share fields filled in a task
    // after the mount's, not in it: with them, the mount was the longest task of the start
    // (encoding the link and `replaceState` took 3–10 ms of its 16–28, traced). Nothing can be
    // edited in between: the planner's page is still being built apart (src/boot.rs).
    let sync_effects = move || {
        // Once no prerendered share field is left, the effect reads nothing, so it never runs
        // again.
        Effect::new(move |needed: Option<bool>| {
            needed != Some(false) && web::show_share_link(&share_link.get())
        });
        Effect::new(move |previous: Option<String>| {
            let now = query.get();
            match previous {
                // First run: tidy the address (a cleaned-up or restored scenario) without saving:
                // only the visitor's own edits are remembered.
                None => {
                    if web::location_search().trim_start_matches('?') != now {
                        web::replace_query(&now);
                    }
                }
                Some(previous) if previous != now => {
                    if let Some(handle) = pending_sync.get_value() {
                        handle.clear();
                    }
                    let handle = set_timeout_with_handle(
                        move || {
                            sync();
                            // The address is current again: an older handover must not apply.
                            storage::clear_handoff();
                        },
                        SYNC_DELAY,
                    );
                    pending_sync.set_value(handle.ok());
                }
                Some(_) => {}
            }
            now
        });
    };
    match Owner::current() {
        Some(owner) if prerender.is_none() => {
            set_timeout(move || owner.with(sync_effects), Duration::ZERO);
        }
        _ => sync_effects(),
    }

    let embed = look.embed;
    let compact = look.compact;
    let hidden = look.hidden.clone();
    // A host may show a comparison from its link without the controls to change it.
    let hide_compare = look.hides(presentation::Control::Compare);
    let page_header = if embed {
        // The partner's button: their page in a new tab, with this scenario's query attached.
        let call_to_action = look.cta.clone().map(|cta| {
            let label = cta.label().to_string();
            let where_to = format!(" (opens {} in a new tab)", cta.host);
            view! {
                <a class="button cta" href=move || plan.with(|p| cta.href(&link::encode_plan(p))) target="_blank" rel="noopener noreferrer">
                    {label}
                    <span class="visually-hidden">{where_to}</span>
                </a>
            }
        });
        view! {
            <header class="embed-bar">
                <h1 class="brand">"HirePlan" <span class="visually-hidden">"hiring cost planner"</span></h1>
                {(!look.no_full_link).then(|| view! {
                    <a class="open-full" href=move || share_link.get() target="_blank" rel="noopener">
                        "Open full planner"
                        <span class="visually-hidden">" (opens in a new tab)"</span>
                    </a>
                })}
                {call_to_action}
            </header>
        }
        .into_any()
    } else {
        view! {
            <a class="skip-link" href="#results">"Skip to the figures"</a>
            <header class="masthead">
                <div class="masthead-inner">
                    <p class="brand">"HirePlan"</p>
                    <h1>"What will a backend developer really cost, and when will they pull their weight?"</h1>
                    <p class="lede">
                        "Every figure updates as you go, shows its math, and names its source. "
                        "Nothing you enter leaves this page."
                    </p>
                </div>
            </header>
        }
        .into_any()
    };
    let assumptions = move || {
        if embed {
            // Long on a phone: one tap away instead of pages of scrolling in the host's page.
            view! {
                <details class="panel embed-details">
                    <summary>"Assumptions & sources: see and edit every number"</summary>
                    {assumptions_panel(scenario)}
                </details>
            }
            .into_any()
        } else {
            assumptions_panel(scenario)
        }
    };

    let budget = BudgetInputs {
        scenario,
        projection,
        share_link,
        today,
        plan,
        compared,
    };

    view! {
        {page_header}
        <main class="layout" class:compact=compact>
            <StartNotices start=start />
            // The sticky controls stay beside the results only: the sections below start after
            // this box, so the panel can never cover them.
            <div class="workspace">
                // The options' tabs first, then the heading naming the option being edited,
                // over its controls: on a wide screen that second part alone stays in view
                // beside the charts (style/main.css), so all five controls can be reached while
                // comparing without scrolling inside the panel.
                <Show when=shown(part::CONTROLS)>
                <section class="panel controls-panel" aria-labelledby="controls-heading">
                    {(!hide_compare).then(|| view! { <OptionSwitcher plan=plan /> })}
                    <div class="scenario-fields">
                        <h2 id="controls-heading" tabindex="-1" class:editing-option=move || plan.with(Plan::is_comparison)>
                            {move || plan.with(|p| if p.is_comparison() {
                                format!("Option {}: {}", Plan::letter(p.selected()), p.name(p.selected()))
                            } else {
                                "Your hire".to_string()
                            })}
                        </h2>
                        <ScenarioControls scenario=scenario today=today hidden=hidden.clone() rest_shown=Signal::derive(shown(part::CONTROLS_REST)) />
                    </div>
                </section>
                </Show>
                <Show when=shown(part::FIGURES)>
                    <Results scenario=scenario projection=projection compared=compared compact=compact plan=plan undo=undo today=today compare_entry=!hide_compare && !compact parts_shown=sections_shown.read_only() />
                </Show>
            </div>
            {compact.then(|| view! { <CompactMore budget=budget undo=undo hide_compare=hide_compare /> })}
            <Show when=move || !compact && shown(part::BUDGET)()>
                {budget_section(budget)}
            </Show>
            <Show when=move || !compact && shown(part::ASSUMPTIONS)()>{assumptions}</Show>
            // The embed panel is for the full planner's visitors, not a partner's.
            // Its code is fetched on demand, once the charts are drawn (`state::page_settled`).
            <Show when=move || !embed && shown(part::EMBED)() && crate::state::page_settled()>
                {
                    // Kept once for the page; each (re)load of the panel takes its own copy.
                    let look = StoredValue::new(look.clone());
                    move || shown_on_demand("the embed options", move || embed_panel_view(plan, look.get_value(), today))
                }
            </Show>
        </main>
        <Footer />
    }
}

/// The compact embed's "More": everything past the four figures and the cost chart, one tap
/// away. Mounted when first opened: the ramp chart measures its canvas when it mounts, and a
/// closed disclosure has no size.
#[component]
fn CompactMore(budget: BudgetInputs, undo: PlanUndo, hide_compare: bool) -> impl IntoView {
    let BudgetInputs {
        scenario,
        projection,
        today,
        plan,
        compared,
        ..
    } = budget;
    let opened = RwSignal::new(false);
    view! {
        <details class="panel embed-details more" on:toggle=move |_| opened.set(true)>
            <summary>"More figures, ramp-up, budget & sources"</summary>
            <Show when=move || opened.get()>
                <KeyFigures scenario=scenario projection=projection only=|id| !answers_the_question(id) />
                <div class="charts">
                    <ChartFigure kind=ChartKind::Ramp projection=projection compared=compared />
                </div>
                {(!hide_compare).then(|| view! { <ReadyMade plan=plan today=today undo=undo /> })}
                {budget_section(budget)}
                {assumptions_panel(scenario)}
                <Footer />
            </Show>
        </details>
    }
}

/// The quarterly budget: in the planner, from code fetched once the charts are drawn
/// (`components::on_demand::section_on_demand`); rendered ahead of time, in full.
fn budget_section(inputs: BudgetInputs) -> AnyView {
    const CLASS: &str = "budget-panel";
    // Ahead of time, in the slot the planner's own will be shown in: the planner then keeps
    // this section where it is until its code arrives (`boot`, the swap), and the browser
    // need not lay it out again.
    #[cfg(feature = "ssr")]
    return section_slot(CLASS, view! { <BudgetSection inputs=inputs /> }).into_any();
    #[cfg(not(feature = "ssr"))]
    crate::components::on_demand::section_on_demand(CLASS, "the quarterly budget", move || {
        crate::components::budget::budget_section_view(inputs)
    })
    .into_any()
}

/// The assumptions and their sources, as [`budget_section`] is.
fn assumptions_panel(scenario: SelectedScenario) -> AnyView {
    const CLASS: &str = "assumptions-panel";
    #[cfg(feature = "ssr")]
    return section_slot(CLASS, view! { <AssumptionsPanel scenario=scenario /> }).into_any();
    #[cfg(not(feature = "ssr"))]
    crate::components::on_demand::section_on_demand(CLASS, "the assumptions", move || {
        crate::components::assumptions::assumptions_panel_view(scenario)
    })
    .into_any()
}

/// The four figures that answer "what will the hire cost, and when will they pull their
/// weight": the compact embed shows these up front.
fn answers_the_question(id: FigureId) -> bool {
    matches!(
        id,
        FigureId::AllIn | FigureId::TimeToHire | FigureId::FullProductivity | FigureId::YearOne
    )
}

/// The scenario in words, the key figures and both charts (compact: four figures, the cost
/// chart).
#[component]
fn Results(
    scenario: SelectedScenario,
    projection: Memo<Projection>,
    compared: Compared,
    compact: bool,
    plan: RwSignal<Plan>,
    undo: PlanUndo,
    today: Date,
    /// Whether the way into comparing sits below the charts (compact: inside "More").
    compare_entry: bool,
    /// How many of the page's parts are mounted (`part`): the charts come in tasks of their own.
    parts_shown: ReadSignal<u8>,
) -> impl IntoView {
    let shown = move |which: u8| move || parts_shown.get() >= which;
    let only: fn(FigureId) -> bool = if compact {
        answers_the_question
    } else {
        |_| true
    };
    view! {
        <section id="results" class="results" aria-labelledby="figures-heading" tabindex="-1">
            <Show when=move || compared.is_comparison()>
                // The charts' comparison code is asked for again with the table's (after a
                // failed fetch, "Try again" fetches both).
                {move || shown_on_demand("the comparison", move || {
                    crate::components::charts::comparison_charts();
                    comparison_table_view(compared, compact, undo)
                })}
            </Show>
            // In the compact embed the heading is for screen readers, except while comparing:
            // then it is what says whose figures these are (style/main.css).
            <h2 id="figures-heading" class:of-option=move || compared.is_comparison()>
                "Key figures"
                {move || scenario.option_label().map(|label| format!(" of {label}"))}
            </h2>
            <p class="scenario-sentence" aria-live="polite">{move || scenario.with(scenario_sentence)}</p>
            <InputsInWords scenario=scenario />
            <EditedAssumptions scenario=scenario />
            <KeyFigures scenario=scenario projection=projection only=only />
            <div class="charts">
                <Show when=shown(part::COST_CHART)>
                    <ChartFigure kind=ChartKind::Cost projection=projection compared=compared />
                </Show>
                <Show when=move || !compact && shown(part::RAMP_CHART)()>
                    <ChartFigure kind=ChartKind::Ramp projection=projection compared=compared />
                </Show>
            </div>
            <Show when=move || compare_entry && shown(part::RAMP_CHART)()>
                <ReadyMade plan=plan today=today undo=undo />
            </Show>
        </section>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Salary bands, overhead, fees, time to hire and ramp-up milestones come from KORE1's 2026 guide to hiring a backend developer (a staffing firm's article); "
                "regional pay from the BLS Occupational Employment and Wage Statistics, May 2025. "
                "Figures marked as our assumption have no published source: edit them to match your company."
            </p>
            <p>"HirePlan runs entirely in your browser. No sign-up, no tracking, no data sent anywhere."</p>
        </footer>
    }
}

/// The five inputs as text, for the printout (where the controls are hidden).
#[component]
fn InputsInWords(scenario: SelectedScenario) -> impl IntoView {
    let item = |label: &'static str, value: fn(&Scenario) -> String| {
        view! {
            <div>
                <dt>{label}</dt>
                <dd>{move || scenario.with(value)}</dd>
            </div>
        }
    };
    view! {
        <dl class="print-only inputs-in-words">
            {item("Level", |s| s.level.label().to_string())}
            {item("Region", |s| s.region.name.to_string())}
            {item("Remote discount", |s| percent(s.remote_discount))}
            {item("Start quarter: the search opens", crate::explain::search_opening)}
            {item("Hiring route", |s| s.route.label().to_string())}
        </dl>
    }
}
