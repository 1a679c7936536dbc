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
use crate::model::{project, Assumptions, Plan, Projection, Scenario, MAX_OPTIONS};

/// The selected option's scenario: read from, and written into, the plan. It has the methods
/// the components used on the scenario signal before comparisons (`with`, `update`...), so a
/// control does not know whether it edits a single scenario or option B of three.
#[derive(Clone, Copy)]
pub struct SelectedScenario {
    plan: RwSignal<Plan>,
    /// Memoised so that renaming an option, or editing another one, does not re-run what
    /// reads only the selected scenario.
    current: Memo<Scenario>,
    /// The selected scenario's assumptions, memoised apart: the 41 assumption rows read only
    /// these, so a control's edit (which changes the scenario, not its assumptions) stops here
    /// instead of re-running every row.
    ///
    /// The same idea runs through the tables (a memo per row) and the key figures (a memo per
    /// card): Leptos re-subscribes every reader of a memo each time it re-runs, and each one is
    /// found and removed from, then added back to, the memo's list of subscribers. A table whose
    /// hundreds of cells all read one memo paid that quadratically on every edit; read through
    /// a row's memo, a list has a few readers, and a row whose text did not change does not
    /// re-run its cells at all (README, Performance).
    assumptions: Memo<Assumptions>,
}

impl SelectedScenario {
    pub fn new(plan: RwSignal<Plan>) -> SelectedScenario {
        let current = Memo::new(move |_| plan.with(|p| p.scenario().clone()));
        SelectedScenario {
            plan,
            current,
            assumptions: Memo::new(move |_| current.with(|s| s.assumptions.clone())),
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

/// One projection per option slot (A, B, C), each recomputed only when its own scenario
/// changes: editing B leaves A's and C's projections (and what is drawn from them) alone.
#[derive(Clone, Copy)]
pub struct Projections {
    slots: [Memo<Option<Projection>>; MAX_OPTIONS],
}

impl Projections {
    pub fn new(plan: RwSignal<Plan>) -> Projections {
        let slot = |index: usize| {
            let scenario = Memo::new(move |_| {
                plan.with(|p| p.options().get(index).map(|o| o.scenario.clone()))
            });
            Memo::new(move |_| scenario.with(|s| s.as_ref().map(project)))
        };
        Projections {
            slots: [slot(0), slot(1), slot(2)],
        }
    }

    /// The projection of the option in slot `index` (`None` inside: no such option yet);
    /// `None` past the last slot.
    pub fn at(&self, index: usize) -> Option<Memo<Option<Projection>>> {
        self.slots.get(index).copied()
    }
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
    /// Each option's assumptions (read by the comparison only: a memo computes when read).
    pub assumptions: Memo<Vec<Assumptions>>,
    pub projections: Memo<Vec<Projection>>,
    /// The option the controls edit.
    pub selected: Memo<usize>,
}

impl Compared {
    pub fn new(plan: RwSignal<Plan>, projections: Projections) -> Compared {
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
            assumptions: Memo::new(move |_| {
                plan.with(|p| {
                    p.options()
                        .iter()
                        .map(|o| o.scenario.assumptions.clone())
                        .collect()
                })
            }),
            projections: Memo::new(move |_| {
                projections
                    .slots
                    .iter()
                    .map_while(|slot| slot.get())
                    .collect()
            }),
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
