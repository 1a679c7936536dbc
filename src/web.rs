//! The few things done through the browser itself: the date, the address bar, the clipboard,
//! downloads and printing. Kept apart so everything else stays pure; nothing here panics.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::Date;
use crate::presentation::{accent_shades, Presentation, Theme, DARK_SURFACE, LIGHT_SURFACE};

/// The browser's window. `None` where there is no browser: natively, when the page is rendered
/// ahead of time at build time (`src/bin/prerender.rs`); every function here then does nothing
/// or answers from what it has (a relative address).
fn browser_window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// Today's date in the visitor's time zone. The model never reads a clock; the app reads it
/// once at start-up (the default start quarter and the choice of quarters depend on it).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    );
    // A browser always reports a valid date; fall back to the epoch rather than panic.
    Date::new(year, month, day).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}

/// The address's query string, with its `?` (empty when there is none).
pub fn location_search() -> String {
    browser_window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The address with `query` in place of the current query (path and fragment kept).
pub fn address_with_query(query: &str) -> String {
    let Some(location) = browser_window().map(|w| w.location()) else {
        return format!("?{query}");
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    format!("{origin}{path}?{query}{hash}")
}

/// Moves keyboard focus to the element with `id` (it must be focusable, e.g. `tabindex="-1"`);
/// nothing happens when there is none.
pub fn focus_element(id: &str) {
    focus(element_by_id(id));
}

/// The page's element with this id. By the document, not a selector: an id need not be a
/// valid one.
fn element_by_id(id: &str) -> Option<web_sys::Element> {
    browser_window()?.document()?.get_element_by_id(id)
}

fn focus(element: Option<web_sys::Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// `element`'s place among the elements `selector` matches inside `root`, in document order.
/// With [`at_place`], finds an element again in the same part of the page built anew.
pub fn place_among(
    root: &web_sys::Element,
    selector: &str,
    element: &web_sys::Element,
) -> Option<u32> {
    let list = root.query_selector_all(selector).ok()?;
    (0..list.length()).find(|&i| {
        list.item(i)
            .is_some_and(|n| n.is_same_node(Some(element.as_ref())))
    })
}

/// The element at `place` among those `selector` matches inside `root` ([`place_among`]).
pub fn at_place(root: &web_sys::Element, selector: &str, place: u32) -> Option<web_sys::Element> {
    root.query_selector_all(selector)
        .ok()?
        .item(place)?
        .dyn_into()
        .ok()
}

/// The elements the keyboard can reach, as a page of the planner has them.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// Where the keyboard focus is inside `old`, found again in `new` (the same page built anew):
/// the element with the same id, or else the one at the same place among the focusable
/// elements, when it is the same kind with the same text (anything else could be another
/// control, and focusing it would move the page). `None` when the focus is not in `old` or has
/// no counterpart. Read it before `old` leaves the page: removing it drops the focus.
pub fn focus_place(old: &web_sys::Element) -> Option<FocusPlace> {
    let focused = browser_window()?
        .document()?
        .active_element()
        .filter(|e| old.contains(Some(e)))?;
    let id = focused.id();
    if !id.is_empty() {
        return Some(FocusPlace::Id(id));
    }
    let index = place_among(old, FOCUSABLE, &focused)?;
    Some(FocusPlace::Nth {
        index,
        tag: focused.tag_name(),
        text: focused.text_content().unwrap_or_default(),
    })
}

/// A focused element as [`focus_place`] records it.
pub enum FocusPlace {
    Id(String),
    Nth {
        index: u32,
        tag: String,
        text: String,
    },
}

/// Moves the keyboard focus to `place` inside `new`; nothing when it has no counterpart there.
pub fn focus_again(place: &FocusPlace, new: &web_sys::Element) {
    focus(match place {
        FocusPlace::Id(id) => element_by_id(id).filter(|e| new.contains(Some(e))),
        FocusPlace::Nth { index, tag, text } => at_place(new, FOCUSABLE, *index)
            .filter(|e| e.tag_name() == *tag && e.text_content().unwrap_or_default() == *text),
    });
}

/// Writes `link` into the share field and printed share line of the prerendered budget: it was
/// rendered for no address, and is not reactive. That is every one in the page until the
/// planner's page is in place (`data-ready`), then the one that stands in for the planner's
/// until its code arrives (`.adopted`, `components::on_demand`). The planner's own budget
/// binds both to the link itself, so it is left alone: writing it here too had every edit
/// send the link to the page twice.
///
/// Returns whether a prerendered field may still need a later link: `false` once the
/// planner's page is in place and no section stands in for one of its own (those never come
/// back), so the caller stops calling. Until then each call searches the page twice, about
/// 0.5 ms of every edit with three options (profiled).
pub fn show_share_link(link: &str) -> bool {
    let Some(document) = browser_window().and_then(|w| w.document()) else {
        return false;
    };
    let ready = document
        .document_element()
        .is_some_and(|root| root.has_attribute("data-ready"));
    if ready && !matches!(document.query_selector(".adopted"), Ok(Some(_))) {
        return false;
    }
    let each = |selector: &str, write: &dyn Fn(web_sys::Element)| {
        if let Ok(list) = document.query_selector_all(selector) {
            for element in (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()) {
                write(element);
            }
        }
    };
    each(
        ":root:not([data-ready]) #share-link, .adopted #share-link",
        &|field| {
            if let Ok(field) = field.dyn_into::<web_sys::HtmlInputElement>() {
                field.set_value(link);
            }
        },
    );
    each(
        ":root:not([data-ready]) .share-url, .adopted .share-url",
        &|line| line.set_text_content(Some(link)),
    );
    true
}

/// Puts `query` in the address bar without a reload, a history entry or a scroll jump. A
/// refusal (Safari allows 100 calls in 30 s; sandboxed documents may refuse) is logged, not
/// fatal.
pub fn replace_query(query: &str) {
    let Some(window) = browser_window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = address_with_query(query);
    if history
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .is_err()
    {
        web_sys::console::warn_1(&"HirePlan: the browser refused to update the address bar".into());
    }
}

/// Writes `text` to the clipboard; `false` when the browser refuses (no Clipboard API, no
/// permission, an iframe without clipboard-write).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = browser_window() else {
        return false;
    };
    let navigator: JsValue = window.navigator().into();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return false;
    };
    let Ok(promise) = write
        .call1(&clipboard, &text.into())
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `text` as a file download named `file_name`. `false` if the browser refused.
pub fn download(file_name: &str, text: &str, mime: &str) -> bool {
    let attempt = || -> Option<()> {
        let window = browser_window()?;
        let document = window.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        document.body()?.append_child(&link).ok()?;
        link.click();
        link.remove();
        // The download has its own reference to the data now.
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)
            .ok()?;
        Some(())
    };
    attempt().is_some()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = browser_window() {
        let _ = window.print();
    }
}

/// The URL of a file deployed beside the page (`embed.js`), wherever the page is hosted.
pub fn asset_url(file: &str) -> String {
    let Some(location) = browser_window().map(|w| w.location()) else {
        return file.to_string();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    // Cannot split a character: '/' is one byte, so the index after it is a boundary.
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{folder}{file}")
}

/// Sets the theme, the embed layout and the accent on `<html>`: `data-theme`, `data-embed`,
/// and the accent's shades as custom properties through the CSSOM (allowed under a strict
/// `style-src 'self'`, unlike a `style` attribute).
pub fn apply_presentation(presentation: &Presentation) {
    let Some(root) = browser_window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    set_theme_attribute(&root, presentation.theme);
    if presentation.embed {
        let _ = root.set_attribute("data-embed", "");
    }
    let Some(accent) = presentation.accent else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let style = root.style();
    for (name, surface) in [("light", LIGHT_SURFACE), ("dark", DARK_SURFACE)] {
        let shades = accent_shades(accent, surface);
        let _ = style.set_property(&format!("--brand-{name}"), &shades.accent.hex());
        let _ = style.set_property(&format!("--brand-{name}-strong"), &shades.strong.hex());
        let _ = style.set_property(&format!("--brand-{name}-soft"), &shades.soft.hex());
        let _ = style.set_property(&format!("--brand-{name}-on"), &shades.on_accent.hex());
        let _ = style.set_property(&format!("--brand-{name}-tint"), &shades.tint.hex());
    }
}

/// Whether the media query (`(min-width: 761px)`) matches now; `false` when it cannot be read
/// (or natively, in the prerender).
pub fn media_matches(query: &str) -> bool {
    browser_window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|q| q.matches())
}

fn prefers_dark() -> bool {
    media_matches("(prefers-color-scheme: dark)")
}

/// `data-theme` is always `light` or `dark`: `auto` is resolved here, so the stylesheet has one
/// dark palette.
fn set_theme_attribute(root: &web_sys::Element, theme: Theme) {
    let dark = match theme {
        Theme::Light => false,
        Theme::Dark => true,
        Theme::Auto => prefers_dark(),
    };
    let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
}

/// The printout is light in every theme (`printing`); the page's own theme otherwise.
pub fn set_print_theme(printing: bool, theme: Theme) {
    if let Some(root) = browser_window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        set_theme_attribute(&root, if printing { Theme::Light } else { theme });
    }
}

/// For `theme=auto`: follows the visitor's light/dark setting when it changes, then calls
/// `changed` (the charts re-read their colours). Lives as long as the page.
pub fn on_color_scheme_change(theme: Theme, changed: impl Fn() + 'static) {
    if theme != Theme::Auto {
        return;
    }
    let Some(query) =
        browser_window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
    else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |_| {
        if let Some(root) = browser_window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            set_theme_attribute(&root, Theme::Auto);
        }
        changed();
    });
    if query
        .add_event_listener_with_callback("change", listener.as_ref().unchecked_ref())
        .is_ok()
    {
        listener.forget();
    }
}

/// Runs `changed` each time the device-pixel ratio changes: a window moved to a screen of
/// another density sends no `resize` (a zoom does, and comes here too). A media query for the
/// current ratio stops matching then, and one for the new ratio takes its place. Lives as long
/// as the page.
pub fn on_pixel_ratio_change(changed: impl Fn() + 'static) {
    watch_pixel_ratio(std::rc::Rc::new(changed));
}

fn watch_pixel_ratio(changed: std::rc::Rc<dyn Fn()>) {
    let Some(window) = browser_window() else {
        return;
    };
    // A narrow range round the ratio, written without core's float formatting (kilobytes of
    // wasm; `format::plain` is integer arithmetic): an exact `(resolution: 1.100000023841858dppx)`
    // would need it, and a rounded exact value might never match.
    let ratio = window.device_pixel_ratio();
    let query = format!(
        "(min-resolution: {}dppx) and (max-resolution: {}dppx)",
        crate::format::plain(ratio - 0.001, 4),
        crate::format::plain(ratio + 0.001, 4)
    );
    let Some(watched) = window.match_media(&query).ok().flatten() else {
        return;
    };
    let stop_watching = watched.clone();
    // Called once (then freed): this query is done with, the new ratio's is watched instead.
    let listener = Closure::once_into_js(move || {
        stop_watching.set_onchange(None);
        changed();
        watch_pixel_ratio(changed);
    });
    watched.set_onchange(Some(listener.unchecked_ref()));
}

/// Whether the page runs inside a frame (an embed).
pub fn in_frame() -> bool {
    browser_window().is_some_and(|w| match (w.parent(), w.top()) {
        (Ok(Some(parent)), _) => parent != w,
        _ => false,
    })
}

/// Posts `{type: "hireplan:resize", height}` to the parent frame now and whenever the page's
/// content height changes (a ResizeObserver on `<body>`), so the host can size the iframe.
/// The height is not a secret, so the message goes to any origin: a sandboxed frame cannot
/// know its parent's.
///
/// Not while the page is pending (`index.html` hides the prerendered page in a frame until the
/// planner's own is swapped in, `boot`): its height then is one line's, and the host shrank
/// the frame to it before growing it to the planner's, its own text jumping twice (a review
/// saw 900 → 200 → 1,453 px). The swap changes the body's height, so the first report is the
/// planner's. When the planner could not start, the line saying so is what there is to show.
pub fn report_height_to_parent() {
    let Some(window) = browser_window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let post = {
        let body = body.clone();
        move || {
            let waiting = document.document_element().is_some_and(|root| {
                root.has_attribute("data-pending") && !root.has_attribute("data-start-failed")
            });
            if waiting {
                return;
            }
            let Some(window) = browser_window() else {
                return;
            };
            let Ok(Some(parent)) = window.parent() else {
                return;
            };
            let height = body.get_bounding_client_rect().height().ceil();
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"hireplan:resize".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        }
    };
    post();
    let callback = Closure::<dyn Fn()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        callback.forget();
    }
}

/// Runs `hidden` when the page is hidden: switched away from, closed or reloaded
/// (`visibilitychange`, which browsers fire on unloading too, and `pagehide`, for the ones that
/// do not), or left for another app on a phone (a mobile browser may then discard the page
/// without any further event). Also runs when the page is shown again: callers must not mind.
/// Lives as long as the page.
pub fn on_page_hidden(hidden: impl Fn() + 'static) {
    let Some(window) = browser_window() else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(hidden);
    let callback = listener.as_ref().unchecked_ref();
    let _ = window.add_event_listener_with_callback("pagehide", callback);
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", callback);
    }
    listener.forget();
}

/// Moves the keyboard focus (and so the view) to the first element matching `selector`, after
/// the current update has been drawn: where an action's result appears elsewhere on the page
/// (a comparison made at the bottom shows at the top).
///
/// The element may be in a part of the page whose code is still being fetched (the comparison
/// table: `components::on_demand`), so a missing element is looked for again every
/// `FOCUS_RETRY_MS`, for about five seconds, unless the visitor has moved the focus meanwhile:
/// it is then theirs.
pub fn focus_soon(selector: &'static str) {
    const FOCUS_RETRY_MS: i32 = 50;
    const TRIES: u32 = 100;
    let Some(document) = browser_window().and_then(|w| w.document()) else {
        return;
    };
    let focused_before = document.active_element();
    wasm_bindgen_futures::spawn_local(async move {
        for attempt in 0..TRIES {
            after_ms(if attempt == 0 { 0 } else { FOCUS_RETRY_MS }).await;
            // Focus on another control than before: the visitor's. On the page itself (the
            // control clicked may have been replaced by the update), still ours to move.
            let moved_by_visitor = document.active_element().is_some_and(|now| {
                let on_page = document
                    .body()
                    .is_some_and(|body| js_sys::Object::is(&now, &body));
                let same = focused_before
                    .as_ref()
                    .is_some_and(|before| js_sys::Object::is(&now, before));
                !on_page && !same
            });
            if moved_by_visitor {
                return;
            }
            let target = document
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = target {
                let _ = element.focus();
                return;
            }
        }
    });
}

/// Resolves in a task `ms` milliseconds from now (at once where there is no timer).
pub fn after_ms(ms: i32) -> impl std::future::Future<Output = ()> {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = browser_window().map(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                resolve.unchecked_ref::<js_sys::Function>(),
                ms,
            )
        });
        if !matches!(scheduled, Some(Ok(_))) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}
