//! Thin Leptos components: they read the scenario signal, call the model, render.

pub mod assumptions;
pub mod budget;
pub mod charts;
pub mod compare;
pub mod controls;
pub mod edits;
pub mod embed;
pub mod figures;
pub mod notices;
pub mod on_demand;

use leptos::prelude::{RwSignal, Set};

/// Copies `text` to the clipboard and says so in `status`. Where the browser refuses (no
/// Clipboard API, an iframe without clipboard-write), runs `select`, which focuses and selects
/// the text in its field, and tells the user to copy it by hand.
pub fn copy_or_select(
    text: String,
    status: RwSignal<String>,
    copied: &'static str,
    what: &'static str,
    select: impl FnOnce() + 'static,
) {
    leptos::task::spawn_local(async move {
        if crate::web::copy_text(&text).await {
            status.set(copied.to_string());
        } else {
            select();
            status.set(format!(
                "Your browser did not let HirePlan copy. The {what} is selected in the field below: press Ctrl+C (⌘C on a Mac) to copy it."
            ));
        }
    });
}
