//! Parts of the page whose code is fetched the first time they are used.
//!
//! A first visit needs the controls, the figures and the two charts; the comparison's table
//! and charts, the CSV file and the embed panel only when the visitor compares, downloads or
//! embeds (the embed panel: once the charts are drawn). With the
//! `split` feature (the deployed build, see index.html) each function declared with
//! [`on_demand!`] is compiled into a WebAssembly module of its own, which
//! scripts/split-wasm.mjs cuts out of the release wasm; calling it fetches that module once,
//! then runs it. Without the feature (the tests, the prerender) it is an ordinary `async fn`.
//!
//! A module that cannot be fetched (the connection dropped since the page loaded) is an
//! error the caller shows in words, never a panic: the split function is declared `fallible`.

use std::future::Future;

use leptos::prelude::*;

/// Why a part of the page is missing: its module could not be fetched.
pub type NotLoaded = leptos::wasm_split::SplitLoaderError;

/// Declares `async fn name(args) -> Result<T, NotLoaded>` running `body`: in the deployed
/// build, in a module fetched on its first call (see the module's documentation). Arguments
/// are taken by value: they cross into the other module.
#[macro_export]
macro_rules! on_demand {
    ($(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(all(target_family = "wasm", feature = "split"))]
        $(#[$meta])*
        #[::leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::components::on_demand::NotLoaded> {
            ::core::result::Result::Ok($body)
        }

        #[cfg(not(all(target_family = "wasm", feature = "split")))]
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::components::on_demand::NotLoaded> {
            ::core::result::Result::Ok($body)
        }
    };
}

thread_local! {
    /// How many parts on demand are being fetched right now (`loading`).
    static LOADING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Whether a part on demand is being fetched: the planner's first page waits for them before
/// it is shown (src/boot.rs), so a link to a comparison opens on the comparison rather than
/// growing it a moment later.
pub fn loading() -> bool {
    LOADING.with(std::cell::Cell::get) > 0
}

/// Runs `fetch` counted in [`loading`]. The count is given back when the future ends or is
/// dropped unfinished (a part whose place on the page went away is not waited for).
pub async fn counted<T>(fetch: impl Future<Output = T>) -> T {
    struct Pending;
    impl Drop for Pending {
        fn drop(&mut self) {
            LOADING.with(|n| n.set(n.get().saturating_sub(1)));
        }
    }
    LOADING.with(|n| n.set(n.get() + 1));
    let _pending = Pending;
    fetch.await
}

thread_local! {
    /// Pressed "Try again" on any part that could not be fetched: every such part tries again
    /// (a dropped connection fails them all, and one button should bring them all back).
    static TRY_AGAIN: ArcTrigger = ArcTrigger::new();
}

/// Shows the view `load` builds once its module has arrived. Before, a line saying it is on
/// its way (the stylesheet shows it only after a moment: on a good connection the part comes
/// first); if it cannot arrive, a line saying so in words, with a button to try again, which
/// tries every part that failed. `part` names it in those lines ("the comparison table").
///
/// The view is built under the reactive owner `shown_on_demand` is called under, whoever
/// starts the load (the first render, or the "Try again" button, whose own owner goes away as
/// soon as the line it sits in is replaced), so it reads the same contexts and is cleaned up
/// with the caller. Nothing the load reads is tracked: the part is fetched and built once, not
/// again whenever a signal it read changes. If the caller is cleaned up before the module
/// arrives (the option removed while its table was on its way), the load is dropped and the
/// view never built: built under a disposed owner, its first signal read would panic.
///
/// The button pressed goes away with its line, so the keyboard focus follows the part: to the
/// line saying it is on its way, then to the part (or to the button again if it failed again),
/// rather than falling back to the top of the page.
pub fn shown_on_demand<Fut>(part: &'static str, load: impl Fn() -> Fut + 'static) -> impl IntoView
where
    Fut: Future<Output = Result<AnyView, NotLoaded>> + 'static,
{
    shown_on_demand_erased(part, Box::new(move || Box::pin(load())))
}

/// A part's load, its future boxed: [`shown_on_demand`] is called for sixteen parts, and each
/// part's own copy of the code below (its states, its task, its lines) had cost about a
/// kilobyte of the first page's wasm; boxed, one copy serves them all.
type Load = Box<dyn Fn() -> std::pin::Pin<Box<dyn Future<Output = Result<AnyView, NotLoaded>>>>>;

fn shown_on_demand_erased(part: &'static str, load: Load) -> impl IntoView {
    // Ahead of time (below) a part only ever is `Loading`, and is never rendered.
    #[derive(Clone, Copy, PartialEq)]
    #[cfg_attr(feature = "ssr", allow(dead_code))]
    enum State {
        Loading,
        Failed,
        Shown,
    }
    let loaded = RwSignal::new_local(None::<AnyView>);
    let state = RwSignal::new(State::Loading);
    let fetch = StoredValue::new_local(load);
    // Where the part is in the page, whatever it shows: the focus moves to what follows it.
    let place = NodeRef::<leptos::html::Span>::new();
    // This part's "Try again" was pressed, and the focus follows it until it is shown.
    let focus_follows = StoredValue::new(false);
    // Rendered ahead of time (the prerender, natively, without a browser or an executor),
    // nothing is fetched: the default scenario compares nothing, and the embed panel works
    // only with scripts, so no part on demand belongs on the prerendered page.
    let owner = Owner::current().unwrap_or_default();
    let start = move || {
        #[cfg(not(feature = "ssr"))]
        owner.with(|| {
            untrack(|| {
                if let Some(future) = fetch.try_with_value(|load| load()) {
                    state.set(State::Loading);
                    leptos::task::spawn_local_scoped_with_cancellation(async move {
                        let failed = match counted(future).await {
                            Ok(view) => {
                                loaded.set(Some(view));
                                state.set(State::Shown);
                                false
                            }
                            Err(_) => {
                                state.set(State::Failed);
                                forget_presses(place);
                                true
                            }
                        };
                        if focus_follows.get_value() {
                            focus_follows.set_value(failed);
                            focus_after(place, failed);
                        }
                    });
                }
            })
        });
        #[cfg(feature = "ssr")]
        let _ = (&owner, fetch, loaded, focus_follows);
    };
    start();
    // Another part's "Try again" tries this one too, if it failed.
    let try_again = TRY_AGAIN.with(Clone::clone);
    Effect::new({
        let start = start.clone();
        move |tracked: Option<()>| {
            try_again.track();
            if tracked.is_some() && state.get_untracked() == State::Failed {
                start();
            }
        }
    });
    let failed_line = move || {
        let press = move |_| {
            focus_follows.set_value(true);
            TRY_AGAIN.with(ArcTrigger::notify);
            focus_after(place, false);
        };
        view! {
            <div class="notice part-failed" role="alert">
                <p class="notice-text">
                    {format!("HirePlan could not load {part}: check the connection, then try again.")}
                </p>
                <button type="button" class="button secondary small" on:click=press>
                    "Try again"
                </button>
            </div>
        }
    };
    view! {
        <span class="part-place" hidden node_ref=place></span>
        {move || match state.get() {
            State::Loading => Some(
                view! {
                    <p class="part-loading" role="status">
                        {format!("Loading {part}…")}
                        // Printed before the part came (a link printed at once), the page says
                        // what is missing and what to do.
                        <span class="print-only">
                            " It had not arrived when this page was printed: print again once it shows."
                        </span>
                    </p>
                }
                    .into_any(),
            ),
            State::Failed => Some(failed_line().into_any()),
            // Taken out once: this closure runs again only when the state changes, and it is
            // `Shown` once per load.
            State::Shown => loaded.try_update_untracked(Option::take).flatten(),
        }}
    }
}

/// Moves the keyboard focus to what the part at `place` shows now (its button, when `button`
/// and it has one), once the page shows it.
fn focus_after(place: NodeRef<leptos::html::Span>, button: bool) {
    use wasm_bindgen::JsCast;
    set_timeout(
        move || {
            let Some(shown) = place
                .get_untracked()
                .and_then(|place| place.next_element_sibling())
            else {
                return;
            };
            let target = if button {
                shown.query_selector("button").ok().flatten()
            } else {
                None
            }
            .unwrap_or_else(|| {
                // A line or a section is not focusable by itself: it becomes so for the
                // script only, not for the Tab key.
                if !shown.has_attribute("tabindex") {
                    let _ = shown.set_attribute("tabindex", "-1");
                }
                shown
            });
            if let Some(target) = target.dyn_ref::<web_sys::HtmlElement>() {
                let _ = target.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The class of a prerendered section kept in its place until its code arrives.
pub const ADOPTED: &str = "adopted";

/// The classes of the sections shown with [`section_on_demand`].
pub const SECTIONS_ON_DEMAND: [&str; 2] = ["budget-panel", "assumptions-panel"];

/// A long section below the charts (the quarterly budget, the assumptions) whose code is
/// fetched once the charts are drawn (`state::page_settled`), so the first render neither
/// downloads nor builds it; where the prerendered section stands in for it, only once that
/// comes near the viewport (`wanted_when_near`). It is shown in a slot (`.section-slot`, no
/// box of its own) named by the section's class. Until it arrives, the prerendered section stays in that slot when
/// it shows the visitor's own figures: `boot` moves it there when it swaps the planner in
/// (`adopt_prerendered_sections`). Otherwise (a link, a saved plan, another quarter), or once
/// the plan changes ([`drop_adopted_sections`]), the slot says the section is loading, as any
/// part on demand does. When the section has been built, the prerendered one is taken out (the
/// stylesheet hides it from the moment the new one is in), and what the visitor typed or
/// opened there is carried over (`replace_adopted`).
pub fn section_on_demand<Fut>(
    class: &'static str,
    part: &'static str,
    load: impl Fn() -> Fut + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    Fut: Future<Output = Result<AnyView, NotLoaded>> + 'static,
{
    let shown = move || shown_on_demand(part, load.clone());
    let wanted = wanted(class);
    section_slot(
        class,
        view! { <Show when=move || crate::state::page_settled() && wanted.get()>{shown.clone()}</Show> },
    )
}

/// The slot a section on demand is shown in (no box of its own), named by the section's
/// class: the planner's (`section_on_demand`), and the prerendered page's, which holds the
/// section rendered ahead of time, so the planner can keep it where it is until its own
/// arrives (`adopt_prerendered_sections`).
pub fn section_slot(class: &'static str, inside: impl IntoView) -> impl IntoView {
    view! { <div class="section-slot" data-section=class>{inside}</div> }
}

thread_local! {
    /// For each of [`SECTIONS_ON_DEMAND`], in order: whether its code is wanted now. Always,
    /// but while its prerendered section stands in for it out of sight (see
    /// [`adopt_prerendered_sections`]).
    static WANTED: [ArcRwSignal<bool>; 2] = [ArcRwSignal::new(true), ArcRwSignal::new(true)];
}

/// Whether the code of the section on demand named `class` is wanted now.
fn wanted(class: &str) -> ArcRwSignal<bool> {
    SECTIONS_ON_DEMAND
        .iter()
        .position(|c| *c == class)
        .and_then(|i| WANTED.with(|w| w.get(i).cloned()))
        .unwrap_or_else(|| ArcRwSignal::new(true))
}

/// Fetches and builds the section on demand shown in `section`'s place once it comes within a
/// screen of the viewport (or at once, where that cannot be watched). A first visit that does
/// not scroll down does not fetch, build or swap it: done while the page loads, that work
/// counted as blocking time in Lighthouse (the seventh session measured it side by side).
fn wanted_when_near(section: &web_sys::Element, wanted: ArcRwSignal<bool>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let now = wanted.clone();
    let near = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries.iter().any(|entry| {
                entry
                    .dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|entry| entry.is_intersecting())
            });
            if near {
                observer.disconnect();
                wanted.set(true);
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    match web_sys::IntersectionObserver::new_with_options(near.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            now.set(false);
            observer.observe(section);
            // Called until the section comes near; the observer is dropped with the section.
            near.forget();
        }
        Err(_) => now.set(true),
    }
}

/// Called by a section's code fetched on demand as it builds the section: once the section is
/// in the page (its view is inserted in this task's microtasks), the prerendered one in its
/// slot is replaced (`replace_adopted`), before the browser draws a frame. A review saw the
/// frame between: the planner's section shown as it starts (its groups open at 1280 px) before
/// what the visitor had opened or closed was carried over, and the page jumping by 835 px.
/// Only the modules on demand call it, so its code comes with them, not with the first page.
pub fn replace_adopted_soon(class: &'static str) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let slot = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector(&format!(".section-slot[data-section=\"{class}\"]"))
            .ok()
            .flatten()
    });
    let Some(slot) = slot else {
        return;
    };
    let watched = slot.clone();
    // A mutation observer's callback runs in the microtasks after the insertion: before any frame.
    let inserted = Closure::<dyn Fn(js_sys::Array, web_sys::MutationObserver)>::new(
        move |_: js_sys::Array, observer: web_sys::MutationObserver| {
            if fresh_section(&watched).is_some() {
                observer.disconnect();
                replace_adopted(&watched);
            }
        },
    );
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    let observing = web_sys::MutationObserver::new(inserted.as_ref().unchecked_ref())
        .and_then(|observer| observer.observe_with_options(&slot, &options));
    // Called until the section is in, once per section; the observer lets it go then.
    inserted.forget();
    if observing.is_err() {
        set_timeout(move || replace_adopted(&slot), std::time::Duration::ZERO);
    }
}

/// The planner's own section in `slot`, once it is in.
fn fresh_section(slot: &web_sys::Element) -> Option<web_sys::Element> {
    slot.query_selector(&format!(":scope > section:not(.{ADOPTED})"))
        .ok()
        .flatten()
}

/// A prerendered section kept in the page while the planner's own is on its way
/// ([`adopt_prerendered_sections`]).
pub struct AdoptedSection {
    /// The planner's empty slot for it: its place in the planner's page.
    pub planner_slot: web_sys::Element,
    /// The prerendered slot holding it, which takes that place.
    pub slot: web_sys::Element,
    /// The section itself.
    pub section: web_sys::Element,
}

/// Lets the prerendered sections shown with [`section_on_demand`] stand in for the
/// planner's until their code arrives (see there). Only when the prerendered page shows the
/// visitor's own figures (`pending`: it does not), and only for a section whose code has not
/// come already.
///
/// The section stays where it is, in its prerendered slot: what the planner's slot holds (the
/// place its section will be shown in) moves there instead, and `boot` puts that slot in the
/// planner's page in place of the planner's. Moved into the planner's page, the sections had
/// to be styled and laid out again with it: 60 % of that work at 1280 px (the assumptions'
/// 570 elements), in the one task after the swap that took 32–60 ms.
pub fn adopt_prerendered_sections(
    prerendered: &web_sys::Element,
    fresh: &web_sys::Element,
    pending: bool,
) -> Vec<AdoptedSection> {
    if pending {
        return Vec::new();
    }
    let mut adopted = Vec::new();
    for class in SECTIONS_ON_DEMAND {
        let in_slot = |root: &web_sys::Element| {
            root.query_selector(&format!(".section-slot[data-section=\"{class}\"]"))
                .ok()
                .flatten()
        };
        let (Some(planner_slot), Some(slot)) = (in_slot(fresh), in_slot(prerendered)) else {
            continue;
        };
        let Ok(Some(section)) = slot.query_selector(&format!(":scope > section.{class}")) else {
            continue;
        };
        // Built already (its code came before the swap): nothing to keep.
        if planner_slot
            .query_selector(":scope > section")
            .ok()
            .flatten()
            .is_some()
        {
            continue;
        }
        // Read while the page is as last laid out: nothing has changed in it yet.
        groups_to_open_as_the_planner_does(&section);
        // Before the section, as in the planner's slot: the section's own is shown there
        // (`section_on_demand`), ahead of the one it replaces.
        let nodes = planner_slot.child_nodes();
        let moved: Vec<web_sys::Node> = (0..nodes.length()).filter_map(|i| nodes.item(i)).collect();
        for node in moved {
            let _ = slot.insert_before(&node, Some(&section));
        }
        let _ = section.class_list().add_1(ADOPTED);
        let _ = slot.class_list().add_1("holds-adopted");
        remember_presses(&section, wanted(class));
        wanted_when_near(&section, wanted(class));
        adopted.push(AdoptedSection {
            planner_slot,
            slot,
            section,
        });
    }
    adopted
}

/// Marks a group of an adopted section still to be opened as the planner's are
/// ([`open_adopted_little_by_little`]).
const OPENS: &str = "data-opens";

/// What adopting a section changes inside it, a little at a time after the swap, so the
/// browser styles and lays out a group in each frame rather than the whole section in the
/// swap's (at 1280 px opening the eight groups was a 25–40 ms frame of its own): the first
/// group still to be opened as the planner's are is opened, and its fields made fields.
/// Once no group is left, the fields still text (in closed groups) are made fields, and it
/// returns `false`. Nothing for a section gone meanwhile (its code came, or the plan changed).
pub fn open_adopted_little_by_little(sections: &[web_sys::Element]) -> bool {
    let adopted = sections
        .iter()
        .filter(|section| section.is_connected() && section.class_list().contains(ADOPTED));
    for section in adopted.clone() {
        if let Ok(Some(group)) = section.query_selector(&format!("details[{OPENS}]")) {
            let _ = group.remove_attribute(OPENS);
            let _ = group.set_attribute("open", "");
            fields_from_text(&group);
            return true;
        }
    }
    for section in adopted {
        fields_from_text(section);
    }
    false
}

/// Whether the top of `element` is above the foot of the window: it is seen, or was.
fn in_sight_or_passed(element: &web_sys::Element) -> bool {
    let foot = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64());
    foot.is_some_and(|foot| element.get_bounding_client_rect().top() < foot)
}

/// Opens at once what [`open_adopted_little_by_little`] had not opened yet in `section`, and
/// makes its fields fields: its code has come, and what it shows is carried over to the
/// planner's section (`carry_over`).
fn finish_adopting(section: &web_sys::Element) {
    while open_adopted_little_by_little(std::slice::from_ref(section)) {}
}

/// The class of a number field rendered ahead of time as its text
/// (`prerender::number_fields_as_text`), turned back into the field by [`fields_from_text`].
pub const FIELD_AS_TEXT: &str = "prerendered-field";

/// The prerendered page has its number fields as text (`prerender::number_fields_as_text`
/// says why): adopted, they are fields again, with the same attributes and value, so a
/// visitor can type before the section's own code arrives (`carry_over` then hands the
/// typed value to the planner's field).
fn fields_from_text(section: &web_sys::Element) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(spans) = section.query_selector_all(&format!("span.{FIELD_AS_TEXT}")) else {
        return;
    };
    for i in 0..spans.length() {
        let Some(span) = spans
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        let Ok(field) = document.create_element("input") else {
            return;
        };
        // The attributes the assumptions' fields have (`components::assumptions`), by name:
        // copying whatever the span has would cost the first download 0.7 KB of bindings.
        // `tests/e2e/prerender.spec.js` checks the field made here has the same attributes
        // as the one the section's own code makes.
        for name in FIELD_ATTRIBUTES {
            if let Some(value) = span.get_attribute(name) {
                let _ = field.set_attribute(name, &value);
            }
        }
        let _ = field.class_list().remove_1(FIELD_AS_TEXT);
        let _ = field.set_attribute("type", "text");
        // The attribute, not only the value: `carry_over` tells a typed value by it.
        let _ = field.set_attribute("value", &span.text_content().unwrap_or_default());
        let _ = span.replace_with_with_node_1(&field);
    }
}

/// What a number field rendered as text keeps, besides its type and value.
const FIELD_ATTRIBUTES: [&str; 7] = [
    "id",
    "class",
    "inputmode",
    "autocomplete",
    "spellcheck",
    "aria-describedby",
    "aria-invalid",
];

/// The prerendered assumptions' groups are closed (the page is rendered for no screen in
/// particular); the planner's start open on a wide screen (`components::assumptions`). Opened
/// the same way as they are adopted (a little at a time, [`open_adopted_little_by_little`]),
/// the live section that replaces them later is as tall: nothing below the visitor jumps when
/// it comes, however late (a review, on a slow connection at 1280 px, saw the page grow by
/// 4,000 px under the reader).
///
/// Not when the visitor can see the section at the takeover, or has scrolled past it: it is
/// left as they see it. Its groups opening one per frame pushed what they were reading down
/// the page (a review, scrolled to the assumptions at 1280 px before the takeover: a layout
/// shift of 0.34), and a group they clicked as it opened ended closed. The planner's section
/// then comes as this one is (`carry_over`), so nothing moves then either.
fn groups_to_open_as_the_planner_does(section: &web_sys::Element) {
    if !crate::components::assumptions::groups_open_at_start() || in_sight_or_passed(section) {
        return;
    }
    if let Ok(groups) = section.query_selector_all("details.assumption-group") {
        for i in 0..groups.length() {
            if let Some(group) = groups
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = group.set_attribute(OPENS, "");
            }
        }
    }
}

/// Until its code arrives, a prerendered section's buttons (Download CSV, Copy link...) have
/// nothing behind them: a press is remembered (`data-pressed`, the button's place among the
/// section's buttons) and answered by the section's own button once it is in
/// (`replace_adopted`), and meanwhile the section's status line says it is coming.
fn remember_presses(section: &web_sys::Element, wanted: ArcRwSignal<bool>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let target = section.clone();
    let press = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let pressed = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button").ok().flatten());
        let place =
            pressed.and_then(|pressed| crate::web::place_among(&target, "button", &pressed));
        if let Some(place) = place {
            let _ = target.set_attribute("data-pressed", &place.to_string());
            wanted.set(true);
            if let Ok(Some(status)) = target.query_selector("[role=status]") {
                status.set_text_content(Some("One moment…"));
            }
        }
    });
    let _ = section.add_event_listener_with_callback("click", press.as_ref().unchecked_ref());
    // The section is taken out when its code arrives, and its listener with it; until then
    // the closure must live. Twice per page at most.
    press.forget();
}

/// A press remembered in the prerendered section beside `place` (`remember_presses`) will not
/// be answered: the section's code could not be fetched. Its status line stops saying "One
/// moment…" (the line in its place says why, and "Try again" fetches the code; the press is
/// not made later, out of the blue).
#[cfg(not(feature = "ssr"))]
fn forget_presses(place: NodeRef<leptos::html::Span>) {
    let waiting = place
        .get_untracked()
        .and_then(|place| place.parent_element())
        .and_then(|slot| {
            slot.query_selector(&format!(":scope > .{ADOPTED}[data-pressed]"))
                .ok()
                .flatten()
        });
    if let Some(section) = waiting {
        let _ = section.remove_attribute("data-pressed");
        if let Ok(Some(status)) = section.query_selector("[role=status]") {
            status.set_text_content(None);
        }
    }
}

/// Takes the prerendered section out of `slot` once the planner's is in, carrying over what
/// the visitor did there meanwhile: values typed (applied as if typed into the new fields),
/// groups opened, and the keyboard focus. Without that, an edit made in the moment before the
/// code arrived was lost, and a group the reader had opened closed under them.
fn replace_adopted(slot: &web_sys::Element) {
    let fresh = fresh_section(slot);
    while let Ok(Some(adopted)) = slot.query_selector(&format!(":scope > .{ADOPTED}")) {
        if let Some(fresh) = &fresh {
            finish_adopting(&adopted);
            carry_over(&adopted, fresh);
        }
        adopted.remove();
    }
    let _ = slot.class_list().remove_1("holds-adopted");
}

fn carry_over(adopted: &web_sys::Element, fresh: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let all = |root: &web_sys::Element, selector: &str| -> Vec<web_sys::Element> {
        root.query_selector_all(selector)
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
                    .collect()
            })
            .unwrap_or_default()
    };
    // A focused text box has an id; a button or a group's name is found by its place.
    let focused = crate::web::focus_place(adopted);
    // The field the visitor is typing in, if any, and where in it: they go on typing in the
    // planner's, where they were. Committed as if they had left it, the half-typed value was
    // used and shown as used ("1" of "12500" as 1, "1,250" of "12500" then read as "1,2500"),
    // and the planner's first showing of its value could overwrite the next key (a review,
    // typing on a phone as the section's code came).
    let typing_in = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|e| adopted.contains(Some(e)))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let caret = typing_in
        .as_ref()
        .and_then(|field| Some((field.selection_start().ok()??, field.selection_end().ok()??)));
    // The groups, in the same order in both: open or closed as the visitor left them (they
    // started as the planner's own do, `groups_to_open_as_the_planner_does`).
    for (old, new) in all(adopted, "details").iter().zip(all(fresh, "details")) {
        match (old.has_attribute("open"), new.has_attribute("open")) {
            (true, false) => {
                let _ = new.set_attribute("open", "");
            }
            (false, true) => {
                let _ = new.remove_attribute("open");
            }
            _ => {}
        }
    }
    // Values typed, and choices made (a review's "how the conversion fee falls", picked
    // before the planner took over, went back to its default when the section's code came).
    for old in all(adopted, "input[id], select[id]") {
        let Some(value) = changed_value(&old) else {
            continue;
        };
        let new = fresh
            .query_selector(&format!("#{}", old.id()))
            .ok()
            .flatten();
        if let Some(new) = new {
            if let Some(field) = new.dyn_ref::<web_sys::HtmlInputElement>() {
                field.set_value(&value);
            } else if let Some(choice) = new.dyn_ref::<web_sys::HtmlSelectElement>() {
                choice.set_value(&value);
            }
            // Typed as if there: still being typed (only "input": the planner previews it and
            // keeps the visitor's text), or typed and left (committed, as leaving commits it).
            let still_typing = typing_in
                .as_ref()
                .is_some_and(|field| old.is_same_node(Some(field)));
            let events: &[&str] = if still_typing {
                &["input"]
            } else {
                &["input", "change"]
            };
            for kind in events {
                if let Ok(event) = web_sys::Event::new(kind) {
                    let _ = new.dispatch_event(&event);
                }
            }
        }
    }
    if let Some(place) = focused {
        crate::web::focus_again(&place, fresh);
    }
    if let Some((start, end)) = caret {
        let field = fresh
            .query_selector(":focus")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(field) = field {
            let _ = field.set_selection_range(start, end);
        }
    }
    // A button pressed before the section's code was there (`remember_presses`): press it now.
    let pressed = adopted
        .get_attribute("data-pressed")
        .and_then(|place| place.parse::<u32>().ok());
    if let Some(place) = pressed {
        let button = crate::web::at_place(fresh, "button", place)
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            button.click();
        }
    }
}

/// The value a field or a choice of an adopted section holds, where the visitor changed it
/// from the one it was rendered with.
fn changed_value(control: &web_sys::Element) -> Option<String> {
    use wasm_bindgen::JsCast;
    if let Some(field) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        return (field.value() != field.default_value()).then(|| field.value());
    }
    let choice = control.dyn_ref::<web_sys::HtmlSelectElement>()?;
    // Rendered with the option marked `selected`, or else the first.
    let rendered = control
        .query_selector("option[selected]")
        .ok()
        .flatten()
        .or_else(|| control.query_selector("option").ok().flatten())
        .and_then(|option| option.get_attribute("value"));
    (rendered.as_deref() != Some(choice.value().as_str())).then(|| choice.value())
}

/// Takes every prerendered section still waiting for its code off the page: the plan changed
/// meanwhile, so their figures are no longer the visitor's (their slots say they are loading).
pub fn drop_adopted_sections() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    while let Ok(Some(adopted)) = document.query_selector(&format!(".{ADOPTED}")) {
        if let Some(slot) = adopted.parent_element() {
            let _ = slot.class_list().remove_1("holds-adopted");
        }
        adopted.remove();
    }
    WANTED.with(|all| {
        for wanted in all {
            if !wanted.get_untracked() {
                wanted.set(true);
            }
        }
    });
}
