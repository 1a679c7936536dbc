//! If anything panics, the visitor sees it. A panic aborts the WebAssembly (`panic = "abort"`):
//! the call that panicked ends in a trap, a `WebAssembly.RuntimeError` thrown to the browser,
//! and from then on inputs would be ignored without a word: a frozen page. A listener for the
//! window's `error` event sees that trap and puts a plain notice on the page, built with DOM
//! calls and text nodes only (no markup from anywhere), with a link that reloads the page. The
//! address always carries the scenario (written 400 ms after each edit), so a reload picks it
//! up again. It also catches traps that are not panics (an out-of-memory abort).
//!
//! Why not `std::panic::set_hook`: a custom hook keeps every panic message's formatting alive
//! in the binary, about 5 KB of brotli download (measured); the trap reaches the browser anyway.
//! The browser's console still shows the trap and where it happened.
//!
//! Nothing here may panic itself: every browser call is checked and skipped when it fails.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ErrorEvent};

/// The notice's element id; also how a second trap finds that the notice is already shown.
pub const NOTICE_ID: &str = "crash-notice";

/// Listens for traps for the rest of the page's life.
pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_error = Closure::<dyn Fn(ErrorEvent)>::new(|event: ErrorEvent| {
        if event
            .error()
            .is_instance_of::<js_sys::WebAssembly::RuntimeError>()
        {
            show_notice();
        }
    });
    if window
        .add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .is_ok()
    {
        // Lives as long as the page.
        on_error.forget();
    }
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
