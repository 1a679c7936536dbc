//! A real panic in the browser (a test-only build: wasm-bindgen-test-runner in headless
//! Chromium) shows the visitor the crash notice instead of a page that silently stops.
//! Its own test binary: after the panic this WebAssembly instance has aborted a call, so no
//! other test shares it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits `ms` milliseconds in a browser task of its own.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_panic_shows_a_notice_with_a_reload_link() {
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(document
        .get_element_by_id(hireplan::crash::NOTICE_ID)
        .is_none());
    hireplan::crash::install();
    // Panics in a browser task of its own, as an event handler would: the abort ends that task
    // only, and this test goes on to look at the page.
    let boom = Closure::once_into_js(|| {
        let index = std::hint::black_box(7_usize);
        let values = [1, 2, 3];
        let _ = values[index];
    });
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0)
        .unwrap();
    sleep(50).await;

    let notice = document
        .get_element_by_id(hireplan::crash::NOTICE_ID)
        .expect("the crash notice is shown");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let text = notice.text_content().unwrap_or_default();
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(text.contains("Your scenario is safe"), "{text}");
    let reload = notice
        .query_selector("a.crash-reload")
        .unwrap()
        .expect("a reload link");
    assert_eq!(reload.text_content().as_deref(), Some("Reload the page"));
    let here = web_sys::window().unwrap().location().href().unwrap();
    assert_eq!(reload.get_attribute("href"), Some(here));
    // Nothing was inserted as markup: the notice holds only its own elements.
    assert_eq!(
        notice
            .query_selector_all("script, img, iframe")
            .unwrap()
            .length(),
        0
    );
    assert!(document.body().unwrap().class_list().contains("crashed"));
    // Shown once, however often it panics.
    hireplan::crash::show_notice();
    assert_eq!(
        document
            .query_selector_all(".crash-notice")
            .unwrap()
            .length(),
        1
    );
}
