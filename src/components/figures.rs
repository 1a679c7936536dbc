//! The key figures, each with its math on request.
//!
//! The cards are created once and only their text is reactive, so a "Show the math" panel the
//! user opened stays open while they move a slider.

use leptos::prelude::*;

use crate::state::SelectedScenario;

use crate::explain::{key_figures, FigureId, KeyFigure};
use crate::model::Projection;

#[component]
pub fn KeyFigures(
    /// The scenario shown.
    scenario: SelectedScenario,
    /// Its projection.
    projection: Memo<Projection>,
    /// Which figures to show (all when not given): the compact embed shows four up front and
    /// the others behind a disclosure.
    #[prop(default = |_| true)]
    only: fn(FigureId) -> bool,
) -> impl IntoView {
    let figures = Memo::new(move |_| projection.with(|p| scenario.with(|s| key_figures(s, p))));
    // The set and order of figures never changes; only their texts do.
    let cards = figures.with_untracked(|all| {
        all.iter()
            .enumerate()
            .filter(|(_, figure)| only(figure.id))
            .map(|(index, figure)| view! { <FigureCard figures=figures index=index initial=figure.clone() /> })
            .collect_view()
    });
    view! { <div class="figures">{cards}</div> }
}

#[component]
fn FigureCard(figures: Memo<Vec<KeyFigure>>, index: usize, initial: KeyFigure) -> impl IntoView {
    // This card's figure, memoised apart (`state::SelectedScenario`'s `assumptions` says why).
    let figure = Memo::new(move |_| figures.with(|all| all.get(index).cloned()));
    let read = move |f: fn(&KeyFigure) -> String| {
        move || figure.with(|figure| figure.as_ref().map(f).unwrap_or_default())
    };
    let key = initial.id.key();
    let label_id = format!("figure-{key}-label");
    let labelled_by = label_id.clone();
    let not_cash = initial.not_cash;
    view! {
        <div class="figure" class:not-cash=not_cash.is_some() role="group" aria-labelledby=labelled_by>
            <p class="figure-label" id=label_id>
                {read(|f| f.label.to_string())}
                // The space keeps "Ramp-up cost" and "not cash" two words for a screen reader.
                {not_cash.map(|_| view! { " " <span class="badge">"not cash"</span> })}
            </p>
            <p class="figure-value">{read(|f| f.value.clone())}</p>
            <p class="figure-detail">{read(|f| f.detail.clone())}</p>
            <p class="figure-note" hidden=move || figure.with(|f| f.as_ref().is_none_or(|f| f.note.is_empty()))>
                {read(|f| f.note.clone())}
            </p>
            <details class="math">
                <summary>"Show the math"</summary>
                <ul>
                    // Why a figure is not cash opens its math (the badge says that it is not):
                    // on a phone three such notes cost the charts a screen.
                    {not_cash.map(|note| view! { <li>{note}</li> })}
                    {move || {
                        figure.with(|f| {
                            f.as_ref()
                                .map(|f| f.math.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view())
                        })
                    }}
                </ul>
            </details>
        </div>
    }
}
