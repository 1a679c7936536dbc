//! "Quarterly budget": the finance view. The table behind the cost chart, always shown, and
//! the three ways a scenario leaves the page: a link, a CSV file, a printout.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::charts::cost_table;
use crate::export;
use crate::model::{Date, Projection, Scenario};
use crate::web;

#[component]
pub fn BudgetSection(
    /// The scenario shown.
    scenario: RwSignal<Scenario>,
    /// Its projection.
    projection: Memo<Projection>,
    /// The full address that reopens this scenario.
    share_link: Memo<String>,
    /// The day the page was opened: the CSV says when it was made.
    today: Date,
) -> impl IntoView {
    // What the last action did, in words (announced politely to screen readers).
    let status = RwSignal::new(String::new());
    let link_field = NodeRef::<html::Input>::new();

    let copy_link = move |_| {
        let url = share_link.get_untracked();
        spawn_local(async move {
            if web::copy_text(&url).await {
                status.set("Link copied. Whoever opens it sees this exact scenario.".to_string());
            } else {
                // The Clipboard API is missing or refused (an iframe without clipboard-write,
                // an insecure origin): hand the user the selected text instead.
                if let Some(field) = link_field.get_untracked() {
                    let _ = field.focus();
                    field.select();
                }
                status.set(
                    "Your browser did not let HirePlan copy. The link is selected in the field below: press Ctrl+C (⌘C on a Mac) to copy it."
                        .to_string(),
                );
            }
        });
    };
    let download_csv = move |_| {
        let link = share_link.get_untracked();
        let (name, csv) = scenario.with_untracked(|s| {
            (
                export::file_name(s),
                projection.with_untracked(|p| export::budget_csv(s, p, &link, today)),
            )
        });
        if web::download(&name, &csv, "text/csv;charset=utf-8") {
            status.set(format!("Downloaded {name}."));
        } else {
            status.set("Your browser blocked the download.".to_string());
        }
    };

    let select_all = move |_| {
        if let Some(field) = link_field.get_untracked() {
            field.select();
        }
    };

    view! {
        <section class="panel budget-panel" aria-labelledby="budget-heading">
            <div class="panel-heading">
                <h2 id="budget-heading">"Quarterly budget"</h2>
                <div class="budget-actions no-print">
                    <button type="button" class="button" on:click=download_csv>"Download CSV"</button>
                    <button type="button" class="button secondary" on:click=copy_link>"Copy link"</button>
                    <button type="button" class="button secondary" on:click=move |_| web::print()>"Print"</button>
                </div>
            </div>
            <p class="panel-intro">
                "Cash by calendar quarter: salary and overhead accrue for each day employed; the hiring cost is paid in the quarter the hire starts. "
                "Send finance the link or the CSV: both carry every input and assumption."
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
            <div class="budget-table">{move || projection.with(|p| cost_table(p, "Quarterly cash budget"))}</div>
        </section>
    }
}
