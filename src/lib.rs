//! HirePlan: what a backend developer really costs, and when they pull their weight.
//!
//! - [`model`]: the pure planning model (tested natively).
//! - [`explain`]: the key figures in words, with their math; [`compare`]: the comparison in words.
//! - [`link`], [`export`]: the scenario in a link; the budget as CSV. [`opening`]: the first
//!   plan and look, from the address and the saved plan.
//! - [`presentation`]: embed mode, theme, accent and hidden controls, from the link.
//! - [`format`]: how money, percentages and dates are written.
//! - [`charts`]: the two charts, drawn onto any plotters backend ([`plot`]: the browser's).
//! - [`app`] and [`components`]: the Leptos page, thin over the above.
//! - [`boot`]: how the planner takes over from the page prerendered at build time
//!   ([`prerender`], natively).

// The prerender (feature `ssr`) renders the budget section, a deep view type, whole: its
// layout goes past the compiler's default query depth of 128.
#![recursion_limit = "256"]

pub mod app;
pub mod boot;
pub mod charts;
pub mod compare;
pub mod components;
pub mod crash;
pub mod entry;
pub mod explain;
pub mod export;
pub mod format;
pub mod link;
pub mod model;
pub mod opening;
pub mod plot;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod presentation;
pub mod state;
pub mod storage;
pub mod web;
