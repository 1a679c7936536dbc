//! The pure domain: scenario, assumptions, region data and the projection. No web APIs and no
//! UI framework here, so all of it is tested natively with `cargo test`.

pub mod assumptions;
pub mod compare;
pub mod date;
pub mod plan;
pub mod presets;
pub mod projection;
pub mod regions;
pub mod scenario;

pub use assumptions::{
    Applied, Assumption, Assumptions, ConversionSchedule, Source, Spec, Unit, SPECS,
};
pub use date::{Date, Quarter};
pub use plan::{clean_name, default_name, Plan, PlanOption, MAX_NAME_CHARS, MAX_OPTIONS};
pub use presets::{Preset, PresetId, PRESETS};
pub use projection::{
    project, ContractTerms, Conversion, EmptySeat, Milestone, MilestoneKind, Payback, Projection,
    QuarterBudget, SalaryBand, WeekPoint,
};
pub use regions::{Region, RegionKind, REGIONS};
pub use scenario::{HiringRoute, Level, RouteSpec, Scenario, ROUTES};
