//! The scenario: what the user chose. A plain value type, so several scenarios can coexist
//! (later work compares them side by side).

use super::assumptions::{clamp, Assumptions};
use super::date::{Date, Quarter};
use super::regions::Region;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    Junior,
    Mid,
    Senior,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Junior, Level::Mid, Level::Senior];

    /// The id used in links and form values.
    pub fn key(self) -> &'static str {
        match self {
            Level::Junior => "junior",
            Level::Mid => "mid",
            Level::Senior => "senior",
        }
    }

    pub fn from_key(key: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Level::Junior => "Junior (0–3 years)",
            Level::Mid => "Mid-level (4–6 years)",
            Level::Senior => "Senior (7+ years)",
        }
    }

    pub fn short_label(self) -> &'static str {
        match self {
            Level::Junior => "junior",
            Level::Mid => "mid-level",
            Level::Senior => "senior",
        }
    }
}

/// A way to fill the seat. What each route means for the model is data ([`RouteSpec`], one row
/// per route in [`ROUTES`]), read by the projection; components only show its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HiringRoute {
    InHouse,
    /// A staffing agency placing a direct hire, for a fee.
    Agency,
    /// A W-2 contractor through a staffing firm, billed by the hour.
    Contract,
    /// A contract for an evaluation window, then a direct hire for a conversion fee.
    ContractToHire,
}

/// Who runs the search, which decides the time to hire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchBy {
    /// The level's in-house time to hire.
    InHouse,
    /// The agency's time to hire (every level).
    Agency,
    /// Between the two, at the share set by an assumption.
    Between,
}

/// How long the hire works under contract before (or instead of) employment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContractPart {
    /// Employed from the start date.
    None,
    /// Under contract for the contract length, never employed.
    Whole,
    /// Under contract for the evaluation window, then employed after a conversion fee.
    Window,
}

/// The one-off fee of a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeeRule {
    /// The in-house cost per hire, at the start.
    CostPerHire,
    /// The agency fee on first-year salary, at the start.
    AgencyFee,
    /// None: the staffing firm's markup carries it.
    InsideMarkup,
    /// The conversion fee under its schedule, at conversion.
    ConversionFee,
}

/// What a route is, as data.
#[derive(Debug)]
pub struct RouteSpec {
    pub route: HiringRoute,
    /// The id used in links and form values. Never change a published key.
    pub key: &'static str,
    /// The choice in the route menu.
    pub label: &'static str,
    /// Within a sentence: "a mid-level backend developer ..., hired in-house".
    pub phrase: &'static str,
    /// In a short name: "Senior, agency".
    pub short: &'static str,
    /// When the route fits, in one sentence, with its source (shown under the route menu).
    pub summary: &'static str,
    pub search: SearchBy,
    pub contract: ContractPart,
    pub fee: FeeRule,
}

/// Every route, in menu order (the discriminant indexes it).
pub static ROUTES: [RouteSpec; 4] = [
    RouteSpec {
        route: HiringRoute::InHouse,
        key: "inhouse",
        summary: "Your team searches: no agency fee, about $4,700 per hire (SHRM), 35–60 days (KORE1's guide).",
        label: "In-house search",
        phrase: "hired in-house",
        short: "in-house",
        search: SearchBy::InHouse,
        contract: ContractPart::None,
        fee: FeeRule::CostPerHire,
    },
    RouteSpec {
        route: HiringRoute::Agency,
        key: "agency",
        summary: "An agency finds a permanent hire for 20–25% of first-year salary, in three to five weeks (KORE1's guide).",
        label: "Staffing agency (direct hire)",
        phrase: "hired through a staffing agency",
        short: "agency",
        search: SearchBy::Agency,
        contract: ContractPart::None,
        fee: FeeRule::AgencyFee,
    },
    RouteSpec {
        route: HiringRoute::Contract,
        key: "contract",
        summary: "A W-2 contractor billed by the hour through a staffing firm, for scoped or uncertain work (KORE1's guide); no fee or benefits on top: both are in the markup.",
        label: "Contract (W-2 through a staffing firm)",
        phrase: "on a W-2 contract through a staffing firm",
        short: "contract",
        search: SearchBy::Agency,
        contract: ContractPart::Whole,
        fee: FeeRule::InsideMarkup,
    },
    RouteSpec {
        route: HiringRoute::ContractToHire,
        key: "c2h",
        summary: "Three to six months on contract, then a permanent hire for a conversion fee: you judge real work first (KORE1's guide).",
        label: "Contract-to-hire",
        phrase: "on contract-to-hire (a contract, then converted)",
        short: "contract-to-hire",
        search: SearchBy::Between,
        contract: ContractPart::Window,
        fee: FeeRule::ConversionFee,
    },
];

impl HiringRoute {
    pub const ALL: [HiringRoute; 4] = [
        HiringRoute::InHouse,
        HiringRoute::Agency,
        HiringRoute::Contract,
        HiringRoute::ContractToHire,
    ];

    pub fn spec(self) -> &'static RouteSpec {
        &ROUTES[self as usize]
    }

    /// The id used in links and form values.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    pub fn from_key(key: &str) -> Option<HiringRoute> {
        ROUTES.iter().find(|r| r.key == key).map(|r| r.route)
    }

    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// Whether the hire starts under contract (billed by a staffing firm).
    pub fn is_contract(self) -> bool {
        self.spec().contract != ContractPart::None
    }
}

/// Remote discount bounds, percent of salary (`design/model.md`).
pub const REMOTE_DISCOUNT_MAX: f64 = 30.0;

/// How far ahead a search can open: the current quarter and the next seven.
pub const START_QUARTERS_AHEAD: i32 = 7;

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub level: Level,
    pub region: &'static Region,
    /// Percent of salary, 0 to [`REMOTE_DISCOUNT_MAX`].
    pub remote_discount: f64,
    /// The quarter in which the search opens.
    pub start_quarter: Quarter,
    /// The day the search opens when that is not the quarter's first day: a search opened in
    /// the current quarter opens on the day it was planned, never in the past (see
    /// [`Scenario::open_search_in`]). Kept in the scenario, not derived from a clock, so a
    /// link reproduces the same dates whenever it is opened. `None`: the first day.
    pub search_opens_on: Option<Date>,
    pub route: HiringRoute,
    pub assumptions: Assumptions,
}

impl Scenario {
    /// The defaults: a mid-level hire, national pay, on site, in-house, the search opening
    /// next quarter.
    pub fn default_for(today: Date) -> Scenario {
        Scenario {
            level: Level::Mid,
            region: Region::national(),
            remote_discount: 0.0,
            start_quarter: default_start_quarter(today),
            search_opens_on: None,
            route: HiringRoute::InHouse,
            assumptions: Assumptions::default(),
        }
    }

    /// The day the search opens: the start quarter's first day, or the day set within it.
    pub fn search_opens(&self) -> Date {
        let first = self.start_quarter.first_day();
        match self.search_opens_on {
            Some(day) if day.quarter() == self.start_quarter && day > first => day,
            _ => first,
        }
    }

    /// Opens the search in `quarter`, as of `today`: on its first day, or today when the
    /// quarter has already begun (a search cannot open in the past).
    pub fn open_search_in(&mut self, quarter: Quarter, today: Date) {
        self.start_quarter = quarter;
        self.search_opens_on =
            (today.quarter() == quarter && today > quarter.first_day()).then_some(today);
    }
}

pub fn default_start_quarter(today: Date) -> Quarter {
    today.quarter().offset(1)
}

/// The quarters a search can open in, as of `today`.
pub fn start_quarter_choices(today: Date) -> impl Iterator<Item = Quarter> {
    let current = today.quarter();
    (0..=START_QUARTERS_AHEAD).map(move |n| current.offset(n))
}

/// A remote discount within 0–30 %, rounded to a tenth of a percent; NaN becomes 0.
pub fn clamp_remote_discount(percent: f64) -> f64 {
    if percent.is_nan() {
        return 0.0;
    }
    (clamp(percent, 0.0, REMOTE_DISCOUNT_MAX) * 10.0).round() / 10.0
}
