//! Comparing options: which option the controls edit, and the one-click actions on the plan
//! (add, duplicate, rename, remove, make baseline, back to one scenario, ready-made
//! comparisons). Every action is a plan method (`crate::model::Plan`); this only shows them.

use leptos::prelude::*;

use crate::compare::{difference_sentence, difference_text, option_called, value_text};
use crate::components::on_demand::shown_on_demand;
use crate::model::compare::{rows, MoneyShown, ROWS};
use crate::model::presets::{self, PresetId};
use crate::model::{clean_name, Date, Plan, Projection, MAX_NAME_CHARS};
use crate::state::Compared;

/// The CSS class of option `index`'s colour and line style (`option-a`...), shared with the
/// charts and the comparison table so an option looks the same everywhere.
pub fn option_class(index: usize) -> &'static str {
    ["option-a", "option-b", "option-c"]
        .get(index)
        .copied()
        .unwrap_or("")
}

/// What the switcher says when the comparison ends.
const BACK_TO_ONE: &str = "Back to one scenario";

/// A line saying what the last action did, for the plan that action made: the next change of
/// the plan (another option pressed, an edit, a rename) makes it stale ("Now editing option
/// B." after A was pressed), so it is no longer shown. An action that closed options (remove,
/// back to one scenario) can be undone while its line is shown.
#[derive(Clone, Copy)]
struct StatusLine {
    plan: RwSignal<Plan>,
    words: RwSignal<String>,
    said_of: StoredValue<Option<Plan>>,
    /// The plan before an action that closed options.
    closed: PlanUndo,
}

impl StatusLine {
    fn new(plan: RwSignal<Plan>) -> Self {
        Self {
            plan,
            words: RwSignal::new(String::new()),
            said_of: StoredValue::new(None),
            closed: PlanUndo::new(plan),
        }
    }

    /// Says `words` of the plan as it is now.
    fn say(self, words: String) {
        self.closed.forget();
        self.said_of.set_value(Some(self.plan.get_untracked()));
        self.words.set(words);
    }

    /// Says `words` of an action that closed options, which `before` brings back.
    fn say_undoable(self, words: String, before: Plan) {
        self.say(words);
        self.closed.remember(before);
    }

    /// Whether the last action can be undone: its line is still shown; tracked.
    fn can_undo(self) -> bool {
        self.shown().is_some() && self.closed.available()
    }

    /// Brings back the options the last action closed.
    fn undo(self) {
        if self.closed.undo() {
            self.say("The options are back as they were.".to_string());
        }
    }

    /// The words while the plan is still the one they were said of; tracked. `None`, not an
    /// empty text, when there are none: the page rendered ahead of time writes an empty text
    /// as a space, and the line's `:empty` rule (no room taken) would then not hold until the
    /// planner took over, which moved everything below it up by 8 px.
    fn shown(self) -> Option<String> {
        let words = self.words.get();
        if words.is_empty() {
            return None;
        }
        let current = self
            .plan
            .with(|p| self.said_of.with_value(|said| said.as_ref() == Some(p)));
        current.then_some(words)
    }
}

fn letter(index: usize) -> &'static str {
    Plan::letter(index)
}

/// Keeps the keyboard with the options after a change to them: on the pressed option's
/// button, or back to one scenario, on the controls' heading.
fn focus_the_options(plan: RwSignal<Plan>) {
    crate::web::focus_soon(if plan.with_untracked(Plan::is_comparison) {
        ".option-tab[aria-pressed=\"true\"]"
    } else {
        "#controls-heading"
    });
}

/// The options as buttons (pressed: the one the controls edit), the selected option's
/// actions, and the plan's. With one scenario there is nothing to switch between, so their
/// code is fetched when the visitor first compares (`components::on_demand`); the status line
/// stays, for what "Back to one scenario" says after they are gone.
#[component]
pub fn OptionSwitcher(plan: RwSignal<Plan>) -> impl IntoView {
    // What the last action did, read out by screen readers (focus stays where it was).
    let status = StatusLine::new(plan);
    let count = Memo::new(move |_| plan.with(Plan::len));
    view! {
        <div class="plan-bar" class:comparing=move || { count.get() > 1 }>
            <Show when=move || { count.get() > 1 }>
                {move || shown_on_demand("the options", move || option_tabs_view(plan, status))}
            </Show>
            <p class="plan-status" role="status" aria-live="polite">{move || status.shown()}</p>
            <Show when=move || status.can_undo()>
                <button
                    type="button"
                    class="button secondary small plan-undo"
                    on:click=move |_| {
                        status.undo();
                        focus_the_options(plan);
                    }
                >
                    "Undo: bring back the options before"
                </button>
            </Show>
        </div>
    }
}

crate::on_demand! {
    /// The comparison's tabs and actions, from code fetched when the visitor first compares.
    fn option_tabs_view(plan: RwSignal<Plan>, status: StatusLine) -> AnyView {
        view! { <OptionTabs plan=plan status=status /> }.into_any()
    }
}

/// The options' tabs, the selected option's name and actions, and the plan's actions; what
/// each action did is said in `status`.
#[component]
fn OptionTabs(plan: RwSignal<Plan>, status: StatusLine) -> impl IntoView {
    let count = Memo::new(move |_| plan.with(Plan::len));
    let selected = Memo::new(move |_| plan.with(Plan::selected));
    let act = move |action: &'static str, change: fn(&mut Plan, usize) -> bool| {
        move |_| {
            let index = selected.get_untracked();
            let before = plan.get_untracked();
            let mut done = false;
            plan.update(|p| done = change(p, index));
            if done {
                // The letter only: a name written here would go stale with the next edit (an
                // unnamed option's name follows its settings), while this line stays. Back to
                // one scenario, which option's settings were kept (the one being edited, not
                // the baseline: say so, it is not the only choice one could expect).
                let now = plan.with_untracked(Plan::selected);
                let words = if plan.with_untracked(Plan::is_comparison) {
                    format!("{action}. Now editing option {}.", letter(now))
                } else if action == BACK_TO_ONE {
                    format!(
                        "{action}: option {}, the one you were editing, is kept; the others are closed.",
                        letter(index)
                    )
                } else {
                    format!("{action}. {BACK_TO_ONE}.")
                };
                // Fewer options than before: the closed ones can be brought back.
                if plan.with_untracked(Plan::len) < before.len() {
                    status.say_undoable(words, before);
                } else {
                    status.say(words);
                }
                // The button pressed may be gone or disabled now.
                focus_the_options(plan);
            }
        }
    };
    let add = act("Option added", |p, _| p.add().is_some());
    let duplicate = act("Option duplicated", |p, i| p.duplicate(i).is_some());
    let remove = act("Option removed", Plan::remove);
    let make_baseline = act(
        "Made the baseline: it is A now, and the others are compared with it (their letters and colours follow their places)",
        Plan::make_baseline,
    );
    let reset = act(BACK_TO_ONE, |p, _| {
        p.reset_to_single();
        true
    });

    let tabs = move || {
        (0..count.get())
            .map(|index| {
                let name = move || plan.with(|p| p.name(index));
                let pressed = move || selected.get() == index;
                view! {
                    <li>
                        <button
                            type="button"
                            class=format!("option-tab {}", option_class(index))
                            aria-pressed=move || if pressed() { "true" } else { "false" }
                            on:click=move |_| {
                                plan.update(|p| {
                                    p.select(index);
                                });
                            }
                        >
                            <span class="option-swatch" aria-hidden="true"></span>
                            <span class="option-letter">{letter(index)}</span>
                            <span class="option-name">{name}</span>
                            {(index == 0).then(|| view! { <span class="option-role">"baseline"</span> })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let rename_field = move || {
        let index = selected.get();
        // The name the plan keeps for this option ("" for its default name).
        let kept = Memo::new(move |_| {
            plan.with(|p| {
                p.options()
                    .get(index)
                    .and_then(|o| o.name.clone())
                    .unwrap_or_default()
            })
        });
        let typed = kept.get_untracked();
        let field = NodeRef::<leptos::html::Input>::new();
        // The field follows the name when the plan changes under it (a ready-made comparison
        // or an undo replaces the options while B stays selected: the field had kept the old
        // B's name, and typing in it brought that name back). Not while the visitor types:
        // what they type is kept cleaned, so the two agree and the field is left alone (a
        // space typed at the end stays).
        Effect::new(move |_| {
            let kept = kept.get();
            if let Some(input) = field.get() {
                if clean_name(&input.value()).0 != kept {
                    input.set_value(&kept);
                }
            }
        });
        let default_name = move || plan.with(|p| p.name(index));
        view! {
            <label class="option-name-field">
                <span>{format!("Name of option {}", letter(index))}</span>
                <input
                    type="text"
                    node_ref=field
                    maxlength=MAX_NAME_CHARS.to_string()
                    prop:value=typed
                    placeholder=default_name
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        plan.update(|p| {
                            p.rename(index, &text);
                        });
                    }
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        let mut cleaned = None;
                        plan.update(|p| cleaned = p.rename(index, &text));
                        let shown = plan.with_untracked(|p| p.name(index));
                        status.say(match cleaned {
                            Some(true) if !text.trim().is_empty() => format!(
                                "Renamed to \u{201c}{shown}\u{201d}: names are plain text of at most {MAX_NAME_CHARS} characters."
                            ),
                            Some(_) => format!("Option {} is called \u{201c}{shown}\u{201d}.", letter(index)),
                            None => String::new(),
                        });
                    }
                />
            </label>
        }
    };

    view! {
                <p class="plan-heading" id="plan-heading">
                    "Options compared: the controls below edit the pressed one"
                </p>
                <ul class="option-tabs" aria-labelledby="plan-heading">{tabs}</ul>
                <div class="option-actions" role="group" aria-label=move || format!("Option {}", letter(selected.get()))>
                    {rename_field}
                    <button type="button" class="link-button" on:click=duplicate disabled=move || !plan.with(Plan::can_add)>
                        "Duplicate"
                    </button>
                    <button type="button" class="link-button" on:click=make_baseline disabled=move || selected.get() == 0>
                        "Make baseline"
                    </button>
                    <button type="button" class="link-button" on:click=remove>
                        "Remove"
                    </button>
                </div>
                <div class="plan-actions">
                    <button type="button" class="button secondary" on:click=add disabled=move || !plan.with(Plan::can_add)>
                        "Add option"
                    </button>
                    <button type="button" class="link-button" on:click=reset>
                        "Back to one scenario"
                    </button>
                </div>
                // Why "Add option" and "Duplicate" are greyed out, in words.
                <Show when=move || !plan.with(Plan::can_add)>
                    <p class="hint plan-full">"Three options at most: remove one to add another."</p>
                </Show>
    }
}

/// The plan an action made and the one it replaced: undoable until the plan changes again.
/// The ready-made comparisons keep one for the page, shared by the ready-made panel (where a
/// comparison is applied) and the comparison at the top (where applying one takes the
/// visitor, a long way from the panel on a phone); each status line keeps one for the actions
/// that closed options.
#[derive(Clone, Copy)]
pub struct PlanUndo {
    plan: RwSignal<Plan>,
    replaced: StoredValue<Option<(Plan, Plan)>>,
}

impl PlanUndo {
    pub fn new(plan: RwSignal<Plan>) -> Self {
        Self {
            plan,
            replaced: StoredValue::new(None),
        }
    }

    /// Makes `made` the plan, remembering the one it replaces.
    fn apply(self, made: Plan) {
        let before = self.plan.get_untracked();
        self.plan.set(made);
        self.remember(before);
    }

    /// Remembers `before` as the plan the current one replaced.
    fn remember(self, before: Plan) {
        self.replaced
            .set_value(Some((before, self.plan.get_untracked())));
    }

    fn forget(self) {
        self.replaced.set_value(None);
    }

    /// Whether the plan is still the one the action made. Reads the plan first, always, so a
    /// view showing the undo re-runs on every change of it.
    fn available(self) -> bool {
        self.plan.with(|p| {
            self.replaced
                .with_value(|r| r.as_ref().is_some_and(|(_, made)| p == made))
        })
    }

    /// Brings back the plan the action replaced; whether there was one.
    fn undo(self) -> bool {
        match self.replaced.get_value() {
            Some((before, _)) => {
                self.replaced.set_value(None);
                self.plan.set(before);
                true
            }
            None => false,
        }
    }
}

/// The way into comparing: add a copy of the scenario to change, or one of the article's
/// ready-made comparisons, one click each, applied to the scenario being edited (it becomes
/// A, the variant B). Below the charts: a visitor compares after seeing one answer, and on a
/// phone it does not push the charts down.
///
/// Only the panel's summary is on the first page: what it opens to is fetched once the charts
/// are drawn (`state::page_settled`, as the embed panel is), or earlier when the visitor points
/// at it, focuses it or opens it (`components::on_demand`). Fetched only on opening, a keyboard
/// user who opened it and pressed Tab at once went past it while it was on its way.
#[component]
pub fn ReadyMade(plan: RwSignal<Plan>, today: Date, undo: PlanUndo) -> impl IntoView {
    let single = Memo::new(move |_| !plan.with(Plan::is_comparison));
    let wanted = RwSignal::new(false);
    let want = move || {
        if !wanted.get_untracked() {
            wanted.set(true);
        }
    };
    view! {
        <details class="ready-made no-print" on:toggle=move |_| want() on:pointerover=move |_| want() on:focusin=move |_| want()>
            <summary>
                {move || if single.get() {
                    "Compare options: junior or senior, agency or in-house, now or later"
                } else {
                    "Ready-made comparisons from the article"
                }}
            </summary>
            <Show when=move || wanted.get() || crate::state::page_settled()>
                {move || shown_on_demand("the comparisons", move || ready_made_view(plan, today, undo, single))}
            </Show>
        </details>
    }
}

crate::on_demand! {
    /// What the ready-made panel opens to, from code fetched when the visitor reaches for it.
    fn ready_made_view(plan: RwSignal<Plan>, today: Date, undo: PlanUndo, single: Memo<bool>) -> AnyView {
        view! { <ReadyMadeChoices plan=plan today=today undo=undo single=single /> }.into_any()
    }
}

/// Adding an option, the article's comparisons with their claims, and the undo.
#[component]
fn ReadyMadeChoices(
    plan: RwSignal<Plan>,
    today: Date,
    undo: PlanUndo,
    single: Memo<bool>,
) -> impl IntoView {
    let status = StatusLine::new(plan);
    let say = move |words: String| status.say(words);
    let can_undo = move || undo.available();
    let undo_click = move |_| {
        if undo.undo() {
            say("The options are back as they were.".to_string());
        }
    };
    let add = move |_| {
        let mut added = None;
        plan.update(|p| added = p.add());
        if added.is_some() {
            let name = plan.with_untracked(|p| p.name(p.selected()));
            say(format!(
                "Option B added, a copy of A. The controls now edit B: {name}."
            ));
            // The options and the controls are at the top: take the visitor there.
            crate::web::focus_soon(".option-tab[aria-pressed=\"true\"]");
        }
    };
    let items = PresetId::ALL
        .iter()
        .map(|&id| {
            let preset = id.preset();
            let claim_id = format!("preset-{}", preset.key);
            view! {
                <li>
                    <button
                        type="button"
                        class="button secondary"
                        aria-describedby=claim_id.clone()
                        on:click=move |_| {
                            // While comparing, from the baseline: the article's comparison
                            // starts from where the visitor started.
                            let made = plan.with_untracked(|p| presets::apply(id, p.baseline(), today));
                            undo.apply(made);
                            let names = plan.with_untracked(|p| (p.name(0), p.name(1)));
                            say(format!(
                                "Comparing A, {}, with B, {}. The controls now edit B.",
                                names.0, names.1
                            ));
                            crate::web::focus_soon("#comparison-heading");
                        }
                    >
                        {preset.label}
                    </button>
                    <p id=claim_id class="preset-claim">
                        {preset.claim}
                        <span class="source-name">{format!(" ({})", preset.source)}</span>
                        {preset.not_counted.map(|note| view! { " " {note} })}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
            <Show when=move || single.get()>
                <p class="hint">"Add a copy of this scenario and change what you are weighing; the controls then edit the copy (B)."</p>
                <button type="button" class="button" on:click=add>"Add an option"</button>
            </Show>
            <p class="hint">"Or start from a trade-off the article argues. Each replaces the options with two versions of your scenario (while comparing, of the baseline) that differ in one thing: A takes the first side (junior, in-house, now, on site), B the second."</p>
            <ul class="preset-list">{items}</ul>
            <p class="plan-status" role="status" aria-live="polite">{move || status.shown()}</p>
            <Show when=can_undo>
                <button type="button" class="button secondary small" on:click=undo_click>"Undo: bring back the options before"</button>
            </Show>
    }
}

/// The comparison's words: a sentence per option after A, the column headings, and each
/// row's cells (text and class), computed once per change.
#[derive(Clone, Debug, Default, PartialEq)]
struct ComparisonText {
    sentences: Vec<String>,
    headings: Vec<String>,
    rows: Vec<Vec<(String, &'static str)>>,
}

fn comparison_text(names: &[String], projections: &[Projection]) -> ComparisonText {
    let mut text = ComparisonText::default();
    if let Some(baseline) = projections.first() {
        for (index, p) in projections.iter().enumerate().skip(1) {
            let name = names.get(index).map_or("", String::as_str);
            text.sentences.push(difference_sentence(
                baseline,
                p,
                &option_called(index, name),
            ));
        }
    }
    for (index, name) in names.iter().enumerate() {
        text.headings
            .push(format!("{}: {name}", Plan::letter(index)));
        if index > 0 {
            text.headings.push(format!("{} vs A", Plan::letter(index)));
        }
    }
    for row in rows(projections, MoneyShown::Dollars) {
        let mut cells = Vec::new();
        for (index, value) in row.values.iter().enumerate() {
            cells.push((value_text(*value), ""));
            if index > 0 {
                let difference = row.differences.get(index).copied().flatten();
                cells.push(match (row.values.first(), difference) {
                    (Some(baseline), Some(d)) => (
                        difference_text(*baseline, &d),
                        match d.better {
                            Some(true) => "difference better",
                            Some(false) => "difference worse",
                            None => "difference",
                        },
                    ),
                    _ => ("no difference to give".to_string(), "difference"),
                });
            }
        }
        text.rows.push(cells);
    }
    text
}

crate::on_demand! {
    /// The comparison table, from code fetched when the visitor first compares.
    pub fn comparison_table_view(compared: Compared, headline_only: bool, undo: PlanUndo) -> AnyView {
        view! { <ComparisonTable compared=compared headline_only=headline_only undo=undo /> }.into_any()
    }
}

/// What option `index` changed from the published defaults, as the "Changed from the
/// defaults" list at the figures shows the selected option's: the assumptions section (and its
/// printout) shows the selected option's values only, so the others' edits are said here.
/// The list is rebuilt only when that option's edits change (a memo per option), not on every
/// edit of another option or of a control.
fn option_changes(compared: Compared, index: usize) -> impl IntoView {
    let changes = Memo::new(move |_| {
        compared
            .assumptions
            .with(|a| a.get(index).map(crate::entry::edits).unwrap_or_default())
    });
    move || option_changes_view(changes.get())
}

fn option_changes_view(changes: Vec<crate::entry::Edit>) -> AnyView {
    if changes.is_empty() {
        return view! { " All assumptions at their defaults." }.into_any();
    }
    view! {
        " Changed from the defaults:"
        <ul class="option-changes">
            {changes
                .into_iter()
                .map(|edit| view! { <li>{edit.label} ": " <strong>{edit.value}</strong> " (default " {edit.default} ")"</li> })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The comparison table: a row per key figure, a column per option, and for B and C the
/// difference from A in words and signs (the colour only repeats what the words say). On a
/// narrow screen each figure becomes a card (the budget's card layout).
///
/// The rows and cells are built when the number of options changes; an edit only rewrites
/// their texts (rebuilding twelve rows of up to six cells on every slider step cost more than
/// drawing both charts).
#[component]
pub fn ComparisonTable(
    compared: Compared,
    /// The compact embed: only the headline rows (the four figures it shows of one scenario),
    /// so a comparison does not make the host's frame pages long.
    #[prop(optional)]
    headline_only: bool,
    /// Offered under the heading while the comparison is one the ready-made panel just made.
    undo: PlanUndo,
) -> impl IntoView {
    let undo_offer = move || {
        if !undo.available() {
            return None;
        }
        let click = move |_| {
            if undo.undo() {
                // The button is gone, and back to one scenario so is the comparison.
                focus_the_options(undo.plan);
            }
        };
        Some(view! {
            <p class="ready-made-undo no-print">
                <button type="button" class="button secondary small" on:click=click>
                    "Undo: bring back the options before"
                </button>
            </p>
        })
    };
    let text = Memo::new(move |_| {
        compared
            .names
            .with(|names| compared.projections.with(|p| comparison_text(names, p)))
    });
    let count = Memo::new(move |_| compared.names.with(Vec::len));
    // The cells read their row's memo (`state::SelectedScenario`'s `assumptions` says why: a
    // memo's cost per edit grows with its readers). The options' names head the columns and
    // label every cell on a phone: their readers are woken only when a name changes
    // (`state::changes_only`).
    let headings = crate::state::changes_only(move || text.with(|t| t.headings.clone()));
    let heading =
        move |column: usize| move || headings.with(|h| h.get(column).cloned().unwrap_or_default());
    let structure = move || {
        let options = count.get();
        // Column `c` of the cells: option values, each after A followed by its difference.
        let columns = options * 2 - 1;
        let option_of = |column: usize| column.div_ceil(2);
        let is_difference = |column: usize| column > 0 && column.is_multiple_of(2);
        let head = (0..columns)
            .map(|column| {
                let class = if is_difference(column) {
                    ""
                } else {
                    option_class(option_of(column))
                };
                view! {
                    <th scope="col" role="columnheader" class=class>
                        {(!is_difference(column)).then(|| view! { <span class="option-swatch" aria-hidden="true"></span> })}
                        {heading(column)}
                    </th>
                }
            })
            .collect_view();
        let body = ROWS
            .iter()
            .enumerate()
            .filter(|(_, spec)| spec.headline || !headline_only)
            .map(|(row, spec)| {
                let texts = Memo::new(move |_| text.with(|t| t.rows.get(row).cloned()));
                let cell = move |column: usize| {
                    move || {
                        texts.with(|r| {
                            r.as_ref()
                                .and_then(|r| r.get(column))
                                .map(|c| c.0.clone())
                                .unwrap_or_default()
                        })
                    }
                };
                let cell_class = move |column: usize| {
                    move || {
                        texts.with(|r| r.as_ref().and_then(|r| r.get(column)).map_or("", |c| c.1))
                    }
                };
                let cells = (0..columns)
                    .map(|column| {
                        view! {
                            <td role="cell" class=cell_class(column) data-label=heading(column)>{cell(column)}</td>
                        }
                    })
                    .collect_view();
                view! {
                    <tr role="row" data-row=spec.key>
                        <th scope="row" role="rowheader">
                            {spec.label}
                            {spec.not_cash.then(|| view! { <span class="not-cash-tag">"not cash"</span> })}
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let sentences = (1..options)
            .map(|index| {
                view! {
                    <li class=option_class(index)>
                        <span class="option-swatch" aria-hidden="true"></span>
                        {move || text.with(|t| t.sentences.get(index - 1).cloned().unwrap_or_default())}
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="comparison-sentences" aria-live="polite">{sentences}</ul>
            <div class="card-table comparison-table" role="region" aria-label="Comparison table" tabindex="0">
                <table class="data-table" role="table">
                    <caption>"Key figures of each option, and each option's difference from A, the baseline"</caption>
                    <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">"Figure"</th>{head}</tr></thead>
                    <tbody role="rowgroup">{body}</tbody>
                </table>
            </div>
            {headline_only.then(|| view! {
                <p class="comparison-more">
                    {format!(
                        "{} headline figures here; the full planner compares all {}.",
                        ROWS.iter().filter(|spec| spec.headline).count(),
                        ROWS.len(),
                    )}
                </p>
            })}
            <dl class="option-descriptions">
                {(0..options)
                    .map(|index| view! {
                        <div class=option_class(index)>
                            <dt><span class="option-swatch" aria-hidden="true"></span>{heading(if index == 0 { 0 } else { index * 2 - 1 })}</dt>
                            <dd>
                                {move || compared.descriptions.with(|d| d.get(index).cloned().unwrap_or_default())}
                                {option_changes(compared, index)}
                            </dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        }
    };
    view! {
        <section class="comparison" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading" tabindex="-1">"Comparison"</h2>
            {undo_offer}
            {structure}
        </section>
    }
}
