//! Remembers the last scenario in the browser, where the browser allows it.
//!
//! The saved value is the scenario's link query (`v=1&level=...`), so it carries the link's
//! version and is read by the same decoder; data that does not decode cleanly is dropped.
//! Storage can be unavailable (sandboxed or third-party iframes, private modes, disabled site
//! data): reading `window.localStorage` then throws or returns null, and gloo-storage would
//! throw too, so it is only called after [`available`] says yes. Without storage the app works
//! the same, minus memory.

use std::cell::Cell;

use gloo_storage::{LocalStorage, Storage};

/// The key of the saved scenario. Never reuse it for another format: bump the link version.
pub const SCENARIO_KEY: &str = "hireplan.scenario";
const PROBE_KEY: &str = "hireplan.probe";

thread_local! {
    static AVAILABLE: Cell<Option<bool>> = const { Cell::new(None) };
}

/// Whether localStorage can be read and written here (probed once).
pub fn available() -> bool {
    AVAILABLE.with(|cached| {
        if let Some(known) = cached.get() {
            return known;
        }
        let works = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some_and(|s| {
                s.set_item(PROBE_KEY, "1").is_ok() && s.remove_item(PROBE_KEY).is_ok()
            });
        cached.set(Some(works));
        works
    })
}

// The value is already text (a link query), so it is stored as is through gloo-storage's raw
// handle: its typed `get`/`set` would wrap it in JSON and pull serde_json's number formatting
// and parsing into the download (27 KB of wasm, measured) for nothing.

/// The saved scenario's query, if there is one.
pub fn load() -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(SCENARIO_KEY).ok().flatten()
}

/// Saves the scenario's query; a full or refused storage is not an error worth showing.
pub fn save(query: &str) {
    if available() {
        let _ = LocalStorage::raw().set_item(SCENARIO_KEY, query);
    }
}

/// Forgets the saved scenario (unreadable or from an unknown version).
pub fn clear() {
    if available() {
        let _ = LocalStorage::raw().remove_item(SCENARIO_KEY);
    }
}
