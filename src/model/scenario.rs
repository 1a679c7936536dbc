//! The scenario: what the user chose. A plain value type, so several scenarios can coexist
//! (later work compares them side by side).

use super::assumptions::Assumptions;
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HiringRoute {
    InHouse,
    /// A staffing agency placing a direct hire, for a fee.
    Agency,
}

impl HiringRoute {
    pub const ALL: [HiringRoute; 2] = [HiringRoute::InHouse, HiringRoute::Agency];

    pub fn key(self) -> &'static str {
        match self {
            HiringRoute::InHouse => "inhouse",
            HiringRoute::Agency => "agency",
        }
    }

    pub fn from_key(key: &str) -> Option<HiringRoute> {
        HiringRoute::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            HiringRoute::InHouse => "In-house search",
            HiringRoute::Agency => "Staffing agency (direct hire)",
        }
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
    // Constant bounds, NaN handled above: cannot panic.
    (percent.clamp(0.0, REMOTE_DISCOUNT_MAX) * 10.0).round() / 10.0
}
