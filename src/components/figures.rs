//! The key figures, each with its math on request.
//!
//! The cards are created once and only their text is reactive, so a "Show the math" panel the
//! user opened stays open while they move a slider.
//!
//! A panel works out its math only while it is open: a closed one costs an edit nothing. In
//! the deployed build the code that writes the math (`explain::figure_math`, its sentences
//! and their formatting) is a module of its own, fetched the first time a panel opens
//! (`components::on_demand`): a first visit that never opens one does not download it. The
//! prerendered page carries the default scenario's math in every panel, so it opens without a
//! script.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::SelectedScenario;

use crate::explain::{key_figures, FigureId, KeyFigure};
use crate::model::{Projection, Scenario};

/// Writes a figure's math (`explain::figure_math`).
type MathCode = fn(FigureId, &Scenario, &Projection) -> Vec<String>;

/// Where the math's code is: it can be asked for, is on its way, could not be fetched, or is here.
#[derive(Clone, Copy)]
#[cfg_attr(not(all(target_family = "wasm", feature = "split")), allow(dead_code))]
enum MathFetch {
    NotAsked,
    OnItsWay,
    Failed,
    Here(MathCode),
}

#[cfg(all(target_family = "wasm", feature = "split"))]
crate::on_demand! {
    fn figure_math_code() -> MathCode {
        crate::explain::figure_math
    }
}

#[cfg(all(target_family = "wasm", feature = "split"))]
thread_local! {
    static MATH: ArcRwSignal<MathFetch> = ArcRwSignal::new(MathFetch::NotAsked);
}

/// The math's code, read reactively.
#[cfg(all(target_family = "wasm", feature = "split"))]
fn math_code() -> MathFetch {
    MATH.with(|math| math.get())
}

/// Fetches the math's code unless it is here or on its way (a failed fetch is tried again).
#[cfg(all(target_family = "wasm", feature = "split"))]
fn ask_for_math() {
    let math = MATH.with(Clone::clone);
    if matches!(
        math.get_untracked(),
        MathFetch::NotAsked | MathFetch::Failed
    ) {
        math.set(MathFetch::OnItsWay);
        leptos::task::spawn_local(async move {
            math.set(match figure_math_code().await {
                Ok(code) => MathFetch::Here(code),
                Err(_) => MathFetch::Failed,
            });
        });
    }
}

/// Compiled in (the tests, the prerender): always here.
#[cfg(not(all(target_family = "wasm", feature = "split")))]
fn math_code() -> MathFetch {
    MathFetch::Here(crate::explain::figure_math)
}

#[cfg(not(all(target_family = "wasm", feature = "split")))]
fn ask_for_math() {}

/// What a card's math panel lists.
#[derive(Clone, PartialEq)]
enum MathLines {
    Closed,
    OnItsWay,
    Failed,
    Lines(Vec<String>),
}

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
    let figures = Memo::new(move |_| projection.with(key_figures));
    // The set and order of figures never changes; only their texts do.
    let cards = figures.with_untracked(|all| {
        all.iter()
            .enumerate()
            .filter(|(_, figure)| only(figure.id))
            .map(|(index, figure)| {
                view! {
                    <FigureCard
                        figures=figures
                        index=index
                        initial=figure.clone()
                        scenario=scenario
                        projection=projection
                    />
                }
            })
            .collect_view()
    });
    view! { <div class="figures">{cards}</div> }
}

#[component]
fn FigureCard(
    figures: Memo<Vec<KeyFigure>>,
    index: usize,
    initial: KeyFigure,
    scenario: SelectedScenario,
    projection: Memo<Projection>,
) -> impl IntoView {
    // This card's figure, memoised apart (`state::SelectedScenario`'s `assumptions` says why).
    let figure = Memo::new(move |_| figures.with(|all| all.get(index).cloned()));
    let read = move |f: fn(&KeyFigure) -> String| {
        move || figure.with(|figure| figure.as_ref().map(f).unwrap_or_default())
    };
    let key = initial.id.key();
    let label_id = format!("figure-{key}-label");
    let labelled_by = label_id.clone();
    let not_cash = initial.not_cash;
    let id = initial.id;
    let open = RwSignal::new(false);
    let toggled = move |event: leptos::ev::Event| {
        let now_open = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|details| details.has_attribute("open"));
        if now_open {
            ask_for_math();
        }
        open.set(now_open);
    };
    // Rendered ahead of time, every panel carries its lines: without a script a `<details>`
    // opens with nothing to fill it.
    let lines = Memo::new(move |_| {
        if !open.get() && !cfg!(feature = "ssr") {
            return MathLines::Closed;
        }
        match math_code() {
            MathFetch::Here(code) => {
                MathLines::Lines(projection.with(|p| scenario.with(|s| code(id, s, p))))
            }
            MathFetch::NotAsked | MathFetch::OnItsWay => MathLines::OnItsWay,
            MathFetch::Failed => MathLines::Failed,
        }
    });
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
            <details class="math" on:toggle=toggled>
                <summary>"Show the math"</summary>
                <ul>
                    // Why a figure is not cash opens its math (the badge says that it is not):
                    // on a phone three such notes cost the charts a screen.
                    {not_cash.map(|note| view! { <li>{note}</li> })}
                    {move || match lines.get() {
                        MathLines::Closed => ().into_any(),
                        MathLines::Lines(lines) => {
                            lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view().into_any()
                        }
                        MathLines::OnItsWay => {
                            view! { <li class="part-loading" role="status">"Loading the math…"</li> }.into_any()
                        }
                        MathLines::Failed => {
                            view! {
                                <li class="part-failed" role="alert">
                                    "HirePlan could not load the math: check the connection, then close this panel and open it again."
                                </li>
                            }
                                .into_any()
                        }
                    }}
                </ul>
            </details>
        </div>
    }
}
