//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! the app mounts, shows the worked example, and redraws when a control changes.
#![cfg(target_arch = "wasm32")]

use hireplan::app::App;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits for the browser's next task (a zero-delay timeout).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts a fresh App: a bare address and no saved scenario, whatever an earlier test left.
fn mount() -> HtmlElement {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

fn figure_text(host: &HtmlElement, key: &str) -> String {
    let label = host
        .query_selector(&format!("#figure-{key}-label"))
        .unwrap()
        .unwrap();
    label.parent_element().unwrap().text_content().unwrap()
}

#[wasm_bindgen_test]
async fn shows_the_default_figures_and_follows_the_level() {
    let host = mount();
    // The controls (in two parts) mount in the tasks after the first render, the results in
    // the one after.
    for _ in 0..3 {
        next_task().await;
    }
    tick().await;
    assert!(figure_text(&host, "salary").contains("$101,000"));
    assert!(figure_text(&host, "all-in").contains("$126,250"));

    let level: HtmlSelectElement = host
        .query_selector("#level")
        .unwrap()
        .unwrap()
        .unchecked_into();
    level.set_value("senior");
    level
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert!(figure_text(&host, "salary").contains("$155,000"));
    host.remove();
}

#[wasm_bindgen_test]
async fn an_out_of_range_assumption_is_clamped_with_a_message() {
    let host = mount();
    // The controls, the results and the sections below them mount one per task after the
    // first render; the assumptions' code comes once the page has settled (in the page, `boot`
    // says so once the charts are drawn).
    for _ in 0..5 {
        next_task().await;
    }
    hireplan::state::settle();
    for _ in 0..2 {
        next_task().await;
    }
    tick().await;
    let overhead: HtmlInputElement = host
        .query_selector("#assumption-oh")
        .unwrap()
        .unwrap()
        .unchecked_into();
    overhead.set_value("75");
    overhead
        .dispatch_event(&Event::new("input").unwrap())
        .unwrap();
    tick().await;
    // While typing, an out-of-range number waits with a hint and changes nothing.
    assert!(figure_text(&host, "all-in").contains("$126,250"));
    let message = host
        .query_selector("#assumption-oh-message")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(message.contains("Allowed here: 0% to 60%"), "{message}");
    // ...and names the value the figures still use, and the one leaving the field will use.
    assert!(
        message.contains("The figures use 25% meanwhile; leave the field to use 60%."),
        "{message}"
    );
    overhead
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    tick().await;
    // Committed: clamped to 60 %, said so, and the field shows what is used.
    assert!(figure_text(&host, "all-in").contains("$161,600"));
    assert_eq!(overhead.value(), "60");
    let message = host
        .query_selector("#assumption-oh-message")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(message, "Adjusted: 60% is the most allowed; using 60%.");
    host.remove();
}

#[wasm_bindgen_test]
fn storage_round_trips_where_the_browser_allows_it() {
    use hireplan::storage;
    storage::save("v=1&level=junior");
    assert_eq!(storage::load().as_deref(), Some("v=1&level=junior"));
    storage::clear();
    assert_eq!(storage::load(), None);
}

#[wasm_bindgen_test]
fn a_handover_is_taken_once_at_the_address_it_outdated() {
    use hireplan::storage;
    storage::hand_off("?v=1&level=mid", "v=1&level=mid&oh=30");
    // Another address: not this handover's, and it is used up anyway.
    assert_eq!(
        storage::take_handoff("?v=1&level=senior"),
        "?v=1&level=senior"
    );
    assert_eq!(storage::take_handoff("?v=1&level=mid"), "?v=1&level=mid");
    storage::hand_off("?v=1&level=mid", "v=1&level=mid&oh=30");
    assert_eq!(
        storage::take_handoff("?v=1&level=mid"),
        "v=1&level=mid&oh=30"
    );
    assert_eq!(storage::take_handoff("?v=1&level=mid"), "?v=1&level=mid");
    // The address caught up: a later start ignores the handover.
    storage::hand_off("?v=1&level=mid", "v=1&level=mid&oh=30");
    storage::clear_handoff();
    assert_eq!(storage::take_handoff("?v=1&level=mid"), "?v=1&level=mid");
}
