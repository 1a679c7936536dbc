//! "Quarterly budget": the finance view. The table behind the cost chart, always shown, and
//! the three ways a scenario leaves the page: a link, a CSV file, a printout.

use leptos::html;
use leptos::prelude::*;

use crate::state::{Compared, Printing, SelectedScenario};

use crate::components::charts::{cost_comparison_table, CostTable};
use crate::components::copy_or_select;
use crate::export;
use crate::model::{Date, Plan, Projection, Scenario};
use crate::web;

/// What the quarterly budget shows and works on: one value, so the section, its code on demand
/// and the page that places it name the same inputs once.
#[derive(Clone, Copy)]
pub struct BudgetInputs {
    /// The scenario shown.
    pub scenario: SelectedScenario,
    /// Its projection.
    pub projection: Memo<Projection>,
    /// The full address that reopens this scenario.
    pub share_link: Memo<String>,
    /// The day the page was opened: the CSV says when it was made.
    pub today: Date,
    /// The plan: a comparison downloads every option's cash and the differences.
    pub plan: RwSignal<Plan>,
    /// Every option's projection, for a comparison's CSV and printout.
    pub compared: Compared,
}

crate::on_demand! {
    /// The quarterly budget, from code fetched once the charts are drawn (`app.rs`).
    pub fn budget_section_view(inputs: BudgetInputs) -> AnyView {
        crate::components::on_demand::replace_adopted_soon("budget-panel");
        view! { <BudgetSection inputs=inputs /> }.into_any()
    }
}

#[component]
pub fn BudgetSection(
    /// What the section shows and works on.
    inputs: BudgetInputs,
) -> impl IntoView {
    let BudgetInputs {
        scenario,
        projection,
        share_link,
        today,
        plan,
        compared,
    } = inputs;
    // What the last action did, in words (announced politely to screen readers).
    let status = RwSignal::new(String::new());
    let link_field = NodeRef::<html::Input>::new();

    let copy_link = move |_| {
        let select = move || {
            if let Some(field) = link_field.get_untracked() {
                let _ = field.focus();
                field.select();
            }
        };
        copy_or_select(
            share_link.get_untracked(),
            status,
            "Link copied. Whoever opens it sees this exact scenario.",
            "link",
            select,
        );
    };
    let download_csv = move |_| {
        let link = share_link.get_untracked();
        let chosen = plan.get_untracked();
        let projections = if chosen.is_comparison() {
            compared.projections.get_untracked()
        } else {
            vec![projection.get_untracked()]
        };
        let selected = scenario.with_untracked(Clone::clone);
        // The first download fetches the CSV writer (`components::on_demand`): a moment on a
        // slow connection, so the click is answered at once.
        status.set("Preparing the CSV…".to_string());
        leptos::task::spawn_local(async move {
            match csv_file(chosen, projections, selected, link, today).await {
                Ok((name, csv)) if web::download(&name, &csv, "text/csv;charset=utf-8") => {
                    status.set(format!("Downloaded {name}."));
                }
                Ok(_) => status.set("Your browser blocked the download.".to_string()),
                Err(_) => status.set(
                    "HirePlan could not load its CSV writer: check the connection, then press Download CSV again."
                        .to_string(),
                ),
            }
        });
    };

    // A comparison's printout carries every option's quarters, not only the selected one's
    // budget. The table is built for printing only: kept hidden in the page it would be rebuilt
    // on every edit. Printing from the browser's menu fires `beforeprint`, and the page is
    // updated (a microtask) before the browser lays it out for paper; the Print button first
    // prepares the printout, then prints in a task of its own, as `print()` fires
    // `beforeprint` while the click's own script is still running.
    let printing = use_context::<Printing>().map_or_else(|| RwSignal::new(false), |p| p.0);
    let print = move |_| {
        printing.set(true);
        set_timeout(web::print, std::time::Duration::ZERO);
    };

    let select_all = move |_| {
        if let Some(field) = link_field.get_untracked() {
            field.select();
        }
    };

    view! {
        <section class="panel budget-panel" aria-labelledby="budget-heading">
            <div class="panel-heading">
                <h2 id="budget-heading">
                    "Quarterly budget"
                    {move || scenario.option_label().map(|label| format!(" of {label}"))}
                </h2>
                <div class="budget-actions no-print">
                    <button type="button" class="button" on:click=download_csv>"Download CSV"</button>
                    <button type="button" class="button secondary" on:click=copy_link>"Copy link"</button>
                    <button type="button" class="button secondary" on:click=print>"Print"</button>
                </div>
            </div>
            <p class="panel-intro">
                "Cash by calendar quarter: salary and overhead accrue for each day employed, a staffing firm's contract bills for each day under contract; a hiring fee is paid in the quarter the hire starts, a conversion fee in the quarter of the conversion. "
                // Finance compares the printout with the CSV: a review found cells a dollar
                // apart and nothing saying why (`charts::describe::quarters_as_shown`).
                "Whole dollars here, rounded so that every row and column adds up: a cell can differ by a dollar or two from the CSV, which keeps the cents. "
                "Send finance the link or the CSV: both carry every input and assumption (of every option compared)."
            </p>
            <p class="action-status no-print" role="status">{move || status.get()}</p>
            <div class="share-field no-print">
                <label for="share-link">"Share link"</label>
                <input
                    id="share-link"
                    node_ref=link_field
                    type="text"
                    readonly
                    prop:value=move || share_link.get()
                    on:focus=select_all
                />
            </div>
            <p class="print-only share-print">"Share link: " <span class="share-url">{move || share_link.get()}</span></p>
            <p class="print-only share-print">{format!("Printed from HirePlan on {today}.")}</p>
            // A card per quarter where the columns do not fit (style/main.css); where they
            // scroll instead (a browser without container queries), it takes focus, so
            // keyboard users can scroll it.
            <div class="budget-table" role="region" aria-label="Quarterly cash budget table" tabindex="0"><CostTable projection=projection caption="Quarterly cash budget" /></div>
            <Show when=move || printing.get() && compared.is_comparison()>
                <div class="print-only print-comparison-quarters">{cost_comparison_table(compared)}</div>
            </Show>
        </section>
    }
}

crate::on_demand! {
    /// The CSV file's name and text: of the comparison when there is one (`projections` holds
    /// each option's), else of `selected` (`projections` holds its one). From code fetched on
    /// the first download.
    fn csv_file(
        plan: Plan,
        projections: Vec<Projection>,
        selected: Scenario,
        link: String,
        today: Date,
    ) -> (String, String) {
        if plan.is_comparison() {
            (
                export::comparison_file_name(&plan),
                export::comparison_csv(&plan, &projections, &link, today),
            )
        } else {
            let projection = projections.first().cloned().unwrap_or_else(|| crate::model::project(&selected));
            (
                export::file_name(&selected),
                export::budget_csv(&selected, &projection, &link, today),
            )
        }
    }
}
