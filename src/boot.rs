//! How the planner takes over from the page that arrived as HTML.
//!
//! `index.html` carries the page for the default scenario, rendered at build time into
//! `#app` (`src/bin/prerender.rs`): it paints before any script or wasm has loaded. When that
//! page shows the visitor's own scenario, the wasm's first tasks draw its two charts in place.
//! The planner then builds its own page apart, in an element outside the document, where
//! building costs no style or layout work and nothing is seen half-done; the controls (in two
//! parts), the figures, each chart and the sections below them join it one per task (see
//! `app.rs`). Once
//! it has caught up with the prerendered page, it is swapped in, in one task: in place of the
//! prerendered page, or, when the prerendered budget and assumptions stand in for the
//! planner's until their code arrives, around them (they stay where they are, so the browser
//! does not lay them out again), and the page stops being pending (the boot script in
//! `index.html` marks it pending when the visitor's link, storage or today asks for other
//! figures than the ones prerendered: those are hidden until this swap).
//!
//! Why mount over the page rather than hydrate it: measured in README, Prerendering (Leptos's
//! hydration added more download than the budget had, and would keep stale prerendered text
//! where the visitor's scenario or today differs).

use std::future::Future;

use leptos::prelude::provide_context;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use crate::components::charts::{ChartKind, PrerenderedChart};
use crate::model::Date;
use crate::opening::Opening;
use crate::storage;

/// How many tasks the planner may take to catch up before it is swapped in regardless.
const MAX_CATCH_UP_TASKS: usize = 16;

/// How long the planner waits for a part fetched on demand before it is swapped in anyway
/// (the part then shows that it is loading), and how often it looks.
const MAX_PART_WAIT_MS: i32 = 1500;
const PART_POLL_MS: i32 = 16;

/// How long to wait before asking again for the code that reads a link, when it could not be
/// fetched.
const RETRY_OPENING_MS: i32 = 1000;

/// Starts the planner: from `main`, in the task that instantiated the wasm. Everything runs in
/// later tasks, one step each, so none of them blocks input for long.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        next_task().await;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let prerendered = document.get_element_by_id("app");
        let Some(fresh) = document
            .create_element("div")
            .ok()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let pending = document
            .document_element()
            .is_some_and(|root| root.has_attribute("data-pending"));
        let Some(opening) = opening(pending).await else {
            // The code that reads the visitor's link could not be fetched, twice: the page
            // says so and asks for a reload (as when the wasm itself fails, `index.html`)
            // rather than show the defaults as if they were the link's. In a partner's frame,
            // the frame shrinks to that line.
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("data-start-failed", "");
            }
            if crate::web::in_frame() {
                crate::web::report_height_to_parent();
            }
            return;
        };
        // The prerendered page shows the visitor's own scenario (nothing pending): its charts
        // are drawn now, each in a task of its own, and are in sight while the planner builds
        // its page, instead of once it is swapped in (about 70 ms later here, four times that
        // on a mid-range phone). A pending page is hidden: nothing to draw on.
        if !pending && prerendered.is_some() {
            let projection = crate::model::project(opening.plan.scenario());
            // Not in the task that read the opening, nor in the first chart's: drawing that
            // chart is the longest of these tasks (the code it runs is compiled on first use,
            // 6–7 ms of it), so the colours are read and both canvases made ready before it.
            next_task().await;
            let style = crate::components::charts::prerendered_chart_style();
            let charts =
                [ChartKind::Cost, ChartKind::Ramp].map(|kind| PrerenderedChart::find(kind, &style));
            next_task().await;
            for mut chart in charts.into_iter().flatten() {
                if chart.draw_frame(&projection, &style) {
                    next_task().await;
                }
                chart.draw(&projection, &style);
                next_task().await;
            }
        }
        leptos::mount::mount_to(fresh.clone(), move || {
            provide_context(opening);
            crate::app::App()
        })
        .forget();
        let Some(prerendered) = prerendered else {
            // No prerendered page (a build without the prerender step): the page is built in place.
            if let Some(body) = document.body() {
                let _ = body.append_child(&fresh);
            }
            ready(&document);
            measure_charts().await;
            return;
        };
        for _ in 0..MAX_CATCH_UP_TASKS {
            if sections(&fresh) >= sections(&prerendered) {
                break;
            }
            next_task().await;
        }
        // A link or a stored plan with a comparison: its code is on its way
        // (`components::on_demand`); the page opens on the comparison rather than growing it
        // under the reader a moment later. Not for long: after `MAX_PART_WAIT_MS` the page is
        // shown, and the part says it is loading.
        let mut waited = 0;
        while crate::components::on_demand::loading() && waited < MAX_PART_WAIT_MS {
            crate::web::after_ms(PART_POLL_MS).await;
            waited += PART_POLL_MS;
        }
        show_loading_lines_at_once(&fresh);
        let adopted = swap(&document, &prerendered, &fresh);
        // What adopting changes inside the sections kept (their groups opened, their fields),
        // a little in each frame after the swap's (`open_adopted_little_by_little`), beside
        // the charts' measuring (not before it: the charts would follow a new screen density
        // only some frames later).
        if !adopted.is_empty() {
            wasm_bindgen_futures::spawn_local(async move {
                loop {
                    next_frame().await;
                    next_task().await;
                    if !crate::components::on_demand::open_adopted_little_by_little(&adopted) {
                        break;
                    }
                }
            });
        }
        measure_charts().await;
    });
}

crate::on_demand! {
    /// The visitor's link and saved plan, read with code fetched on demand: a first visit to
    /// a bare address has nothing to read (see `opening`).
    fn read_opening(address_query: String, saved: Option<String>, today: Date) -> Opening {
        Opening::read(&address_query, saved.as_deref(), today)
    }
}

/// How the page opens: today's defaults, or what the address and the saved plan say. `None`
/// when the code that reads them could not be fetched (tried twice, a moment apart) and the
/// page is `pending`: the boot script in `index.html` judged that the address or the saved
/// plan asks for other figures than the defaults. When it is not (an address with tracking
/// parameters only, a saved plan equal to the defaults), reading would give the defaults: the
/// page opens with them rather than fail.
async fn opening(pending: bool) -> Option<Opening> {
    let today = crate::web::today();
    // A reload right after an edit opens at the address from before it: the leaving page
    // handed the newer query over (`app.rs`, the sync).
    let address_query = storage::take_handoff(&crate::web::location_search());
    let saved = storage::load();
    if !Opening::needs_reading(&address_query, saved.as_deref()) {
        return Some(Opening::defaults(today));
    }
    for attempt in 0..2 {
        if attempt > 0 {
            crate::web::after_ms(RETRY_OPENING_MS).await;
        }
        if let Ok(opening) = read_opening(address_query.clone(), saved.clone(), today).await {
            return Some(opening);
        }
    }
    (!pending).then(|| Opening::defaults(today))
}

/// A part still on its way when the page is shown has been waited for already: its "Loading…"
/// line shows at once, not after the stylesheet's usual moment (which would leave a blank gap
/// where it goes on a slow connection). Lines added later keep the moment.
fn show_loading_lines_at_once(fresh: &Element) {
    while let Ok(Some(line)) = fresh.query_selector(".part-loading:not(.at-once)") {
        if line.class_list().add_1("at-once").is_err() {
            return;
        }
    }
}

/// The sections of the page's `main` built so far.
fn sections(root: &Element) -> u32 {
    root.query_selector("main")
        .ok()
        .flatten()
        .map_or(0, |main| main.child_element_count())
}

/// Puts the planner's page where the prerendered one was, keeping the keyboard focus on the
/// same control if the visitor had moved it there. Returns the prerendered sections kept in
/// the page until their code arrives (`components::on_demand::open_adopted_little_by_little`
/// finishes adopting them).
fn swap(document: &Document, prerendered: &Element, fresh: &HtmlElement) -> Vec<Element> {
    // By id, or by place for a link or a button ("Skip to the figures" has no id: a visitor
    // who pressed Tab at once lost the focus to the top of the page).
    let focused = crate::web::focus_place(prerendered);
    let pending = document
        .document_element()
        .is_some_and(|root| root.has_attribute("data-pending"));
    let mains = main_of(prerendered).zip(main_of(fresh));
    let adopted = match &mains {
        Some(_) => {
            crate::components::on_demand::adopt_prerendered_sections(prerendered, fresh, pending)
        }
        None => Vec::new(),
    };
    let page = match mains {
        // The prerendered page stays, its sections kept for now with it: everything else in it
        // is replaced by the planner's (see `adopt_prerendered_sections` for why).
        Some((kept_main, planner_main)) if !adopted.is_empty() => {
            if let Some(class) = planner_main.get_attribute("class") {
                let _ = kept_main.set_attribute("class", &class);
            }
            let kept = adopted
                .iter()
                .map(|a| (a.planner_slot.clone(), a.slot.clone()));
            arrange(&kept_main, &planner_main, kept.collect());
            arrange(prerendered, fresh, vec![(planner_main, kept_main)]);
            prerendered.clone()
        }
        _ => {
            fresh.set_id("app");
            if prerendered.replace_with_with_node_1(fresh).is_err() {
                return Vec::new();
            }
            fresh.clone().into()
        }
    };
    ready(document);
    crate::components::charts::mark_swapped_in();
    if let Some(place) = focused {
        crate::web::focus_again(&place, &page);
    }
    adopted.into_iter().map(|a| a.section).collect()
}

/// The `main` element of a page.
fn main_of(page: &Element) -> Option<Element> {
    page.query_selector(":scope > main").ok().flatten()
}

/// Makes `kept`'s children the nodes `planner` has, in its order, but for each pair in
/// `instead` whose first is one of them: the second (already a child of `kept`, in the same
/// order) stands in its place and is not moved, so the browser keeps its layout. Every other
/// child of `kept` is taken out.
fn arrange(kept: &Element, planner: &Element, instead: Vec<(Element, Element)>) {
    let children = |parent: &Element| {
        let nodes = parent.child_nodes();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .collect::<Vec<web_sys::Node>>()
    };
    let wanted: Vec<web_sys::Node> = children(planner)
        .into_iter()
        .map(|node| {
            instead
                .iter()
                .find(|(theirs, _)| node.is_same_node(Some(theirs)))
                .map_or(node, |(_, ours)| ours.clone().into())
        })
        .collect();
    for old in children(kept) {
        if !wanted.iter().any(|node| node.is_same_node(Some(&old))) {
            let _ = kept.remove_child(&old);
        }
    }
    let mut at = kept.first_child();
    for node in &wanted {
        if at
            .as_ref()
            .is_some_and(|here| here.is_same_node(Some(node)))
        {
            at = node.next_sibling();
        } else {
            let _ = kept.insert_before(node, at.as_ref());
        }
    }
}

/// The charts measured their canvases while the page was apart (no size yet): a resize has
/// them measure again, each in a task of its own (`components::charts`), once the browser has
/// laid the page out in its own frame rather than inside a chart's task.
/// From then on, a change of the screen's density alone (the window moved to a screen with
/// another device-pixel ratio, which sends no resize) has them measure again too, so they are
/// redrawn sharp for the new screen.
async fn measure_charts() {
    next_frame().await;
    next_task().await;
    send_resize();
    crate::web::on_pixel_ratio_change(send_resize);
    // The charts measure and draw in the tasks the resize starts; what waits for the page to
    // settle comes after them.
    next_task().await;
    next_task().await;
    crate::state::settle();
}

/// A `resize` event on the window: the charts listen for it (`components::charts`).
fn send_resize() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("resize")) {
        let _ = window.dispatch_event(&event);
    }
}

/// The planner shows the visitor's own scenario now: nothing is pending.
fn ready(document: &Document) {
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-pending");
        let _ = root.set_attribute("data-ready", "");
    }
}

/// Resolves in the next animation frame's callbacks (before that frame's style and layout);
/// at once where there are no frames.
fn next_frame() -> impl Future<Output = ()> {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window()
            .map(|w| w.request_animation_frame(resolve.unchecked_ref::<js_sys::Function>()));
        if !matches!(scheduled, Some(Ok(_))) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Resolves in a new task (a `setTimeout(0)`), so the work after it is a task of its own;
/// awaiting a resolved promise would only run it as a microtask of the same task.
pub fn next_task() -> impl Future<Output = ()> {
    crate::web::after_ms(0)
}
