//! The page's state, shared by the app and its components (kept here so no component imports
//! from `app.rs`).
//!
//! One source of truth: the [`Plan`] of options. Everything else is derived from it: the
//! selected option's scenario (what the controls and the assumptions edit, through
//! [`SelectedScenario`], a view onto the plan rather than a copy of it), one projection per
//! option, the link, the comparison.

use leptos::prelude::*;

use crate::charts::ChartOption;
use crate::explain::scenario_sentence;
use crate::model::{project, Assumptions, Plan, Projection, Scenario};

/// The selected option's scenario: read from, and written into, the plan. It has the methods
/// the components used on the scenario signal before comparisons (`with`, `update`...), so a
/// control does not know whether it edits a single scenario or option B of three.
#[derive(Clone, Copy)]
pub struct SelectedScenario {
    plan: RwSignal<Plan>,
    /// Memoised so that renaming an option, or editing another one, does not re-run what
    /// reads only the selected scenario.
    current: Memo<Scenario>,
    /// The selected scenario's assumptions, kept apart and changed only when they change (see
    /// [`changes_only`]): the 41 assumption rows and the list of edits read only these, so a
    /// control's edit (which changes the scenario, not its assumptions) does not reach them.
    ///
    /// The same idea runs through the tables (a memo per row) and the key figures (a memo per
    /// card): Leptos re-subscribes every reader of a memo each time it re-runs, and each one is
    /// found and removed from, then added back to, the memo's list of subscribers. A table whose
    /// hundreds of cells all read one memo paid that quadratically on every edit; read through
    /// a row's memo, a list has a few readers, and a row whose text did not change does not
    /// re-run its cells at all (README, Performance).
    assumptions: ReadSignal<Assumptions>,
}

impl SelectedScenario {
    pub fn new(plan: RwSignal<Plan>) -> SelectedScenario {
        let current = Memo::new(move |_| plan.with(|p| p.scenario().clone()));
        SelectedScenario {
            plan,
            current,
            assumptions: changes_only(move || current.with(|s| s.assumptions.clone())),
        }
    }

    /// Reads only the selected scenario's assumptions; tracked, and re-run only when they change.
    pub fn with_assumptions<T>(&self, read: impl FnOnce(&Assumptions) -> T) -> T {
        self.assumptions.with(read)
    }

    pub fn with<T>(&self, read: impl FnOnce(&Scenario) -> T) -> T {
        self.current.with(read)
    }

    pub fn with_untracked<T>(&self, read: impl FnOnce(&Scenario) -> T) -> T {
        self.current.with_untracked(read)
    }

    pub fn get(&self) -> Scenario {
        self.current.get()
    }

    pub fn update(&self, edit: impl FnOnce(&mut Scenario)) {
        self.plan.update(|p| edit(p.scenario_mut()));
    }

    pub fn set(&self, scenario: Scenario) {
        self.plan.update(|p| p.set_scenario(scenario));
    }

    /// Which option is selected (0 for A), tracked: it reads the plan, so a memo over it keeps
    /// an edit's wake-up to one check.
    pub fn selected_index(&self) -> usize {
        self.plan.with(|p| p.selected())
    }

    /// "option C: Senior, agency" while options are compared; `None` for a single scenario.
    /// Headings of what edits or shows one option say which.
    pub fn option_label(&self) -> Option<String> {
        self.plan.with(|p| {
            p.is_comparison().then(|| {
                format!(
                    "option {}: {}",
                    Plan::letter(p.selected()),
                    p.name(p.selected())
                )
            })
        })
    }

    /// Starts over: one scenario, `scenario`, and no other option.
    pub fn start_over(&self, scenario: Scenario) {
        self.plan.set(Plan::single(scenario));
    }
}

/// A value derived from the plan, as a signal that is written only when the value changes.
///
/// A memo does not stop an edit from reaching its readers: Leptos marks everything below a
/// changed signal to be checked, memos included, and wakes every effect down there (each one
/// then finds its memo unchanged and does nothing). Three options' page has some 3,400 such
/// wake-ups per edit; the 41 assumption rows, which a control's edit never changes, were a
/// quarter of the redraw (README, Performance). Behind this signal those readers are not woken
/// at all: only the one effect that compares the value is. The price: when the value does
/// change, its readers run one step (a microtask) after the others, in the same task, so the
/// page is whole before it is painted. Ahead of time (the prerender) effects do not run: the
/// first value is the only one.
pub fn changes_only<T>(derive: impl Fn() -> T + 'static) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(untrack(&derive));
    Effect::new(move |_| {
        let now = derive();
        if value.with_untracked(|shown| *shown != now) {
            value.set(now);
        }
    });
    value.read_only()
}

/// Every option's projection (A first), each recomputed only when its own scenario changed:
/// editing B leaves A's and C's projections as they were.
///
/// One memo over the plan rather than a memo per option: Leptos marks a memo's readers once per
/// path an edit reaches it by, and with a memo per option every edit reached the comparison (its
/// table, both charts) three times over (`changes_only` says what marking costs).
fn projections_of(plan: RwSignal<Plan>) -> Memo<Vec<Projection>> {
    // The scenarios the memo's projections were made from, in the same order.
    let projected_from = StoredValue::new(Vec::<Scenario>::new());
    Memo::new(move |previous: Option<&Vec<Projection>>| {
        plan.with(|p| {
            let options = p.options();
            let projections = projected_from.with_value(|from| {
                options
                    .iter()
                    .enumerate()
                    .map(|(index, option)| {
                        match (from.get(index), previous.and_then(|p| p.get(index))) {
                            (Some(scenario), Some(kept)) if *scenario == option.scenario => {
                                kept.clone()
                            }
                            _ => project(&option.scenario),
                        }
                    })
                    .collect()
            });
            projected_from.set_value(options.iter().map(|o| o.scenario.clone()).collect());
            projections
        })
    })
}

/// The colours' version: charts redraw with fresh colours when it changes.
#[derive(Clone, Copy)]
pub struct Palette(pub RwSignal<u32>);

/// Whether the page is being printed: from the browser's `beforeprint` (or the Print button)
/// to `afterprint`. The printout is light and carries what only paper needs.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// What the comparison shows: every option's name and projection, A first (one entry when
/// the plan is a single scenario).
#[derive(Clone, Copy)]
pub struct Compared {
    pub names: Memo<Vec<String>>,
    /// Each option's scenario in words ("A senior backend developer in ...").
    pub descriptions: Memo<Vec<String>>,
    /// Each option's assumptions (the comparison lists each option's changed ones).
    pub assumptions: ReadSignal<Vec<Assumptions>>,
    pub projections: Memo<Vec<Projection>>,
    /// The option the controls edit.
    pub selected: Memo<usize>,
}

impl Compared {
    pub fn new(plan: RwSignal<Plan>) -> Compared {
        Compared {
            names: Memo::new(move |_| plan.with(|p| (0..p.len()).map(|i| p.name(i)).collect())),
            descriptions: Memo::new(move |_| {
                plan.with(|p| {
                    p.options()
                        .iter()
                        .map(|o| scenario_sentence(&o.scenario))
                        .collect()
                })
            }),
            // A control's edit leaves every option's assumptions as they were: their readers
            // (each option's list of changes) are not woken by it (`changes_only`).
            assumptions: changes_only(move || {
                plan.with(|p| {
                    p.options()
                        .iter()
                        .map(|o| o.scenario.assumptions.clone())
                        .collect()
                })
            }),
            projections: projections_of(plan),
            selected: Memo::new(move |_| plan.with(Plan::selected)),
        }
    }

    /// Whether two or three options are compared.
    pub fn is_comparison(&self) -> bool {
        self.names.with(|names| names.len() > 1)
    }

    /// Runs `read` over the options as the charts take them (A first); tracked.
    pub fn with_chart_options<T>(&self, read: impl FnOnce(&[ChartOption]) -> T) -> T {
        self.names.with(|names| {
            self.projections.with(|projections| {
                let options: Vec<ChartOption> = names
                    .iter()
                    .zip(projections)
                    .map(|(name, projection)| ChartOption { name, projection })
                    .collect();
                read(&options)
            })
        })
    }
}

thread_local! {
    /// Set once the planner has taken over the page and drawn both charts (src/boot.rs).
    static SETTLED: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Whether the planner has taken over and drawn its charts, read reactively. What a first
/// visit does not need but the page shows anyway (the embed panel) waits for it, so its
/// download and build never compete with the first render.
pub fn page_settled() -> bool {
    SETTLED.with(|settled| settled.get())
}

/// Called by src/boot.rs when the charts have been drawn in the visitor's page.
pub fn settle() {
    SETTLED.with(|settled| settled.set(true));
}
