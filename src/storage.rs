//! Remembers the last scenario in the browser, where the browser allows it.
//!
//! The saved value is the scenario's link query (`v=1&level=...`), so it carries the link's
//! version and is read by the same decoder; data that does not decode cleanly is dropped.
//! A comparison is saved the same way, as its version-2 query (`link::encode_plan`), and comes
//! back whole through `link::start_plan`; nothing here depends on what the query says.
//! Storage can be unavailable (sandboxed or third-party iframes, private modes, disabled site
//! data, a full quota): reading `window.localStorage` then throws or returns null, and writing
//! may throw. web-sys turns each into an error or `None` (not a trap), and every one is
//! ignored: without storage the app works the same, minus memory. The value is text already,
//! so it is stored as is, through web-sys alone (gloo-storage's typed `get`/`set` would pull
//! serde_json into the download, and its handles trap where storage throws).
//!
//! A reload cannot carry an edit made in its last moments in the address: the browser has
//! already chosen the address to load when the page hears it is leaving. So the leaving page
//! hands the newer query over in the tab's session storage, and the reloaded page takes it
//! when it opens at the address that was stale ([`hand_off`], [`take_handoff`]).

/// The key of the saved scenario. Never reuse it for another format: bump the link version.
pub const SCENARIO_KEY: &str = "hireplan.scenario";

/// The site's local storage, if the browser lets the page have it.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved scenario's query, if there is one.
pub fn load() -> Option<String> {
    local()?.get_item(SCENARIO_KEY).ok().flatten()
}

/// Saves the scenario's query; a full or refused storage is not an error worth showing.
pub fn save(query: &str) {
    if let Some(local) = local() {
        let _ = local.set_item(SCENARIO_KEY, query);
    }
}

/// Forgets the saved scenario (unreadable or from an unknown version).
pub fn clear() {
    if let Some(local) = local() {
        let _ = local.remove_item(SCENARIO_KEY);
    }
}

/// The tab's handover of a scenario edited just before the page was hidden.
const HANDOFF_KEY: &str = "hireplan.handoff";

/// The tab's session storage, if the browser lets the page have it.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Records that the address `stale` (the query the address bar may still hold) is outdated by
/// `fresh` (the full query, presentation included).
pub fn hand_off(stale: &str, fresh: &str) {
    if let Some(session) = session() {
        let _ = session.set_item(HANDOFF_KEY, &handoff_text(stale, fresh));
    }
}

/// Forgets the handover: the address is up to date again.
pub fn clear_handoff() {
    if let Some(session) = session() {
        let _ = session.remove_item(HANDOFF_KEY);
    }
}

/// The query to start from: the handed-over one when the page opens at the address it
/// outdated, else `address_query` itself. Either way the handover is used up.
pub fn take_handoff(address_query: &str) -> String {
    let Some(session) = session() else {
        return address_query.to_string();
    };
    let saved = session.get_item(HANDOFF_KEY).ok().flatten();
    if saved.is_none() {
        return address_query.to_string();
    }
    let _ = session.remove_item(HANDOFF_KEY);
    saved
        .as_deref()
        .and_then(|text| handed_over(text, address_query))
        .unwrap_or(address_query)
        .to_string()
}

/// A query never holds a raw line break (it is percent-encoded), so one separates the two.
fn handoff_text(stale: &str, fresh: &str) -> String {
    format!(
        "{}\n{}",
        stale.trim_start_matches('?'),
        fresh.trim_start_matches('?')
    )
}

/// The fresh query of a handover written by [`handoff_text`], if it outdates `address_query`.
fn handed_over<'a>(text: &'a str, address_query: &str) -> Option<&'a str> {
    let (stale, fresh) = text.split_once('\n')?;
    (stale == address_query.trim_start_matches('?')).then_some(fresh)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handover_applies_only_at_the_address_it_outdated() {
        let text = handoff_text("?v=1&level=mid", "v=1&level=mid&oh=30");
        assert_eq!(
            handed_over(&text, "?v=1&level=mid"),
            Some("v=1&level=mid&oh=30")
        );
        assert_eq!(
            handed_over(&text, "v=1&level=mid"),
            Some("v=1&level=mid&oh=30")
        );
        // Another link opened in the same tab wins.
        assert_eq!(handed_over(&text, "?v=1&level=senior"), None);
        assert_eq!(handed_over(&text, ""), None);
    }

    #[test]
    fn a_damaged_handover_is_ignored() {
        assert_eq!(handed_over("v=1&level=mid", "v=1&level=mid"), None);
        assert_eq!(handed_over("", ""), None);
    }

    #[test]
    fn an_empty_address_can_be_outdated() {
        // The planner opened without a query, edited, reloaded at once.
        let text = handoff_text("", "v=1&level=senior");
        assert_eq!(handed_over(&text, ""), Some("v=1&level=senior"));
    }
}
