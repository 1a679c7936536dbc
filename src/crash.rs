//! If anything panics, the visitor sees it. A panic aborts the WebAssembly (`panic = "abort"`),
//! and from then on every input would be ignored without a word: a frozen page. The hook below
//! runs before the abort and puts a plain notice on the page, built with DOM calls and text
//! nodes only (no markup from anywhere), with a link that reloads the page. The address always
//! carries the scenario (written 400 ms after each edit), so a reload picks it up again.
//!
//! Nothing here may panic itself: every browser call is checked and skipped when it fails.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The notice's element id; also how a second panic finds that the notice is already shown.
pub const NOTICE_ID: &str = "crash-notice";

/// Installs the hook. The hook that was there before (the test harness's, in tests) still runs
/// first, so nothing it reports is lost.
pub fn install() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        web_sys::console::error_1(&format!("HirePlan stopped: {info}").into());
        show_notice();
    }));
}

fn element(document: &Document, tag: &str, class: &str, text: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    element.set_class_name(class);
    element.set_text_content(Some(text));
    Some(element)
}

/// Shows the notice (once) and marks the page as stopped, so its controls look inactive.
pub fn show_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else {
        return;
    };
    let Some(notice) = element(&document, "div", "crash-notice", "") else {
        return;
    };
    notice.set_id(NOTICE_ID);
    let _ = notice.set_attribute("role", "alert");
    let parts = [
        element(
            &document,
            "p",
            "crash-title",
            "Something went wrong, and HirePlan has stopped responding.",
        ),
        element(
            &document,
            "p",
            "crash-text",
            "Your scenario is safe: it is kept in the page's address. Reload the page to carry on where you left off.",
        ),
    ];
    for part in parts.into_iter().flatten() {
        let _ = notice.append_child(&part);
    }
    // A plain link to the page itself: it works without any script, which has just stopped.
    let reload = element(&document, "a", "button crash-reload", "Reload the page");
    if let Some(reload) = &reload {
        let here = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let _ = reload.set_attribute("href", &here);
        let _ = notice.append_child(reload);
    }
    let _ = body.prepend_with_node_1(&notice);
    let _ = body.class_list().add_1("crashed");
    if let Some(link) = reload.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = link.focus();
    }
}
