//! Parts of the page whose code is fetched the first time they are used.
//!
//! A first visit needs the controls, the figures and the two charts; the comparison table, the
//! CSV file and the embed panel only when the visitor compares, downloads or embeds. With the
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

/// Shows the view `load` builds once its module has arrived: nothing before (a moment, the
/// first time only), a line in words if it cannot arrive. `part` names it in that line ("the
/// comparison table").
///
/// The view is built under the caller's reactive owner (`spawn_local_scoped`), so it reads the
/// same contexts and is cleaned up with the caller; a load that finishes after the caller is
/// gone only writes into a disposed signal, which is ignored.
pub fn shown_on_demand(
    part: &'static str,
    load: impl Future<Output = Result<AnyView, NotLoaded>> + 'static,
) -> impl IntoView {
    let loaded = RwSignal::new_local(None::<AnyView>);
    let failed = RwSignal::new(false);
    // Rendered ahead of time (the prerender, natively, without a browser or an executor),
    // nothing: the default scenario compares nothing, and the embed panel works only with
    // scripts, so no part on demand belongs on the prerendered page.
    #[cfg(feature = "ssr")]
    drop(load);
    #[cfg(not(feature = "ssr"))]
    leptos::task::spawn_local_scoped(async move {
        match load.await {
            Ok(view) => loaded.set(Some(view)),
            Err(_) => failed.set(true),
        }
    });
    move || {
        loaded.track();
        if failed.get() {
            return Some(
                view! {
                    <p class="load-failed" role="alert">
                        {format!("HirePlan could not load {part}: check the connection, then reload the page.")}
                    </p>
                }
                .into_any(),
            );
        }
        // Taken out once: the view is mounted by this closure, which runs again only if
        // `loaded` or `failed` changes, and each is set once.
        loaded.try_update_untracked(Option::take).flatten()
    }
}
