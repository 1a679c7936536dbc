//! HirePlan: what a backend developer really costs, and when they pull their weight.
//!
//! - [`model`]: the pure planning model (tested natively).
//! - [`format`]: how money, percentages and dates are written.

pub mod format;
pub mod model;
