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

/// Shows the view `load` builds once its module has arrived. Before, a line saying it is on
/// its way (the stylesheet shows it only after a moment: on a good connection the part comes
/// first); if it cannot arrive, a line saying so in words, with a button to try again.
/// `part` names it in those lines ("the comparison table").
///
/// The view is built under the reactive owner `shown_on_demand` is called under, whoever
/// starts the load (the first render, or the "Try again" button, whose own owner goes away as
/// soon as the line it sits in is replaced), so it reads the same contexts and is cleaned up
/// with the caller. Nothing the load reads is tracked: the part is fetched and built once, not
/// again whenever a signal it read changes. If the caller is cleaned up before the module
/// arrives (the option removed while its table was on its way), the load is dropped and the
/// view never built: built under a disposed owner, its first signal read would panic.
pub fn shown_on_demand<Fut>(part: &'static str, load: impl Fn() -> Fut + 'static) -> impl IntoView
where
    Fut: Future<Output = Result<AnyView, NotLoaded>> + 'static,
{
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
                        match counted(future).await {
                            Ok(view) => {
                                loaded.set(Some(view));
                                state.set(State::Shown);
                            }
                            Err(_) => state.set(State::Failed),
                        }
                    });
                }
            })
        });
        #[cfg(feature = "ssr")]
        let _ = (&owner, fetch, loaded);
    };
    start();
    move || match state.get() {
        State::Loading => Some(
            view! { <p class="part-loading" role="status">{format!("Loading {part}…")}</p> }
                .into_any(),
        ),
        State::Failed => Some({
            let start = start.clone();
            view! {
                <div class="notice part-failed" role="alert">
                    <p class="notice-text">
                        {format!("HirePlan could not load {part}: check the connection, then try again.")}
                    </p>
                    <button type="button" class="button secondary small" on:click=move |_| start()>
                        "Try again"
                    </button>
                </div>
            }
            .into_any()
        }),
        // Taken out once: this closure runs again only when the state changes, and it is
        // `Shown` once per load.
        State::Shown => loaded.try_update_untracked(Option::take).flatten(),
    }
}

/// The class of a prerendered section kept in its place until its code arrives.
pub const ADOPTED: &str = "adopted";

/// The classes of the sections shown with [`section_on_demand`].
pub const SECTIONS_ON_DEMAND: [&str; 2] = ["budget-panel", "assumptions-panel"];

/// A long section below the charts (the quarterly budget, the assumptions) whose code is
/// fetched once the charts are drawn (`state::page_settled`), so the first render neither
/// downloads nor builds it. It is shown in a slot (`.section-slot`, no box of its own) named
/// by the section's class. Until it arrives, the prerendered section stays in that slot when
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
    view! {
        <div class="section-slot" data-section=class>
            <Show when=crate::state::page_settled>{shown.clone()}</Show>
        </div>
    }
}

/// Called by a section's code fetched on demand as it builds the section: once the section is
/// in the page (its view is inserted in this task's microtasks), the prerendered one in its
/// slot is replaced (`replace_adopted`). Only the modules on demand call it, so its code comes
/// with them, not with the first page.
pub fn replace_adopted_soon(class: &'static str) {
    set_timeout(
        move || {
            let slot = web_sys::window().and_then(|w| w.document()).and_then(|d| {
                d.query_selector(&format!(".section-slot[data-section=\"{class}\"]"))
                    .ok()
                    .flatten()
            });
            if let Some(slot) = slot {
                replace_adopted(&slot);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Moves the prerendered sections shown with [`section_on_demand`] into their slots in the
/// planner's page `fresh`, until their code arrives (see there). Only when the
/// prerendered page shows the visitor's own figures (`pending`: it does not).
pub fn adopt_prerendered_sections(
    prerendered: &web_sys::Element,
    fresh: &web_sys::Element,
    pending: bool,
) {
    if pending {
        return;
    }
    for class in SECTIONS_ON_DEMAND {
        let slot = fresh
            .query_selector(&format!(".section-slot[data-section=\"{class}\"]"))
            .ok()
            .flatten();
        let section = prerendered
            .query_selector(&format!("section.{class}"))
            .ok()
            .flatten();
        let (Some(slot), Some(section)) = (slot, section) else {
            continue;
        };
        // Built already (its code came before the swap): nothing to keep.
        if slot
            .query_selector(":scope > section")
            .ok()
            .flatten()
            .is_some()
        {
            continue;
        }
        let _ = section.class_list().add_1(ADOPTED);
        let _ = slot.class_list().add_1("holds-adopted");
        let _ = slot.append_child(&section);
    }
}

/// Takes the prerendered section out of `slot` once the planner's is in, carrying over what
/// the visitor did there meanwhile: values typed (applied as if typed into the new fields),
/// groups opened, and the keyboard focus. Without that, an edit made in the moment before the
/// code arrived was lost, and a group the reader had opened closed under them.
fn replace_adopted(slot: &web_sys::Element) {
    let fresh = slot
        .query_selector(&format!(":scope > section:not(.{ADOPTED})"))
        .ok()
        .flatten();
    while let Ok(Some(adopted)) = slot.query_selector(&format!(":scope > .{ADOPTED}")) {
        if let Some(fresh) = &fresh {
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
    let focused_id = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|e| adopted.contains(Some(e)))
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    // The groups, in the same order in both.
    for (old, new) in all(adopted, "details").iter().zip(all(fresh, "details")) {
        if old.has_attribute("open") && !new.has_attribute("open") {
            let _ = new.set_attribute("open", "");
        }
    }
    for old in all(adopted, "input[id]") {
        let Ok(old) = old.dyn_into::<web_sys::HtmlInputElement>() else {
            continue;
        };
        if old.value() == old.default_value() {
            continue;
        }
        let new = fresh
            .query_selector(&format!("#{}", old.id()))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(new) = new {
            new.set_value(&old.value());
            for kind in ["input", "change"] {
                if let Ok(event) = web_sys::Event::new(kind) {
                    let _ = new.dispatch_event(&event);
                }
            }
        }
    }
    if let Some(id) = focused_id {
        crate::web::focus_element(&id);
    }
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
}
