//! Thin Leptos components: they read the scenario signal, call the model, render.

pub mod assumptions;
pub mod budget;
pub mod charts;
pub mod controls;
pub mod embed;
pub mod figures;
pub mod notices;
