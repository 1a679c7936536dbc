//! The projection: every figure the app shows, as a pure function of the scenario (with its
//! assumptions) and today's date. Nothing here reads a clock or the page.
//!
//! Rules of arithmetic the spec leaves to us, stated once:
//! - Time to hire is rounded to the nearest whole day, halves up (23.2 days → 23).
//! - Salary accrues per calendar day: a quarter costs salary × days employed ÷ days in that
//!   year, so a full year costs exactly the annual salary, leap years included. The start day
//!   is a paid day.
//! - Year-one cash is twelve months of all-in cost (the annual figure) plus the one-off hiring
//!   cost. Two-year cash is the same over 24 months from the start: what the search itself costs
//!   is the hiring cost at the start, so it is also the cash from the search opening on.
//! - An annual raise (an assumption, 0 % by default) raises salary and overhead from each
//!   anniversary of the first day on the payroll, compounding, in every figure that counts
//!   days or months employed. A contractor's bills stay at the agreed rate: the raise is the
//!   employer's merit budget, not the staffing firm's price.
//! - Ramp cost counts each week's all-in cost (annual ÷ 52) times the share of that week not
//!   yet productive; the curve is linear between milestones, so the weekly shares are summed
//!   exactly as the area above the curve over the first 52 weeks.
//! - A contract bills the bill rate × the hours billed a year, accruing per calendar day like
//!   salary. A contract of N months ends N calendar months after the start (Jan 31 + 1 month
//!   = Feb 28); the contract-to-hire conversion happens on that day, and employment (salary
//!   and overhead) runs from it. Capacity stops when a contract ends.
//! - The value of the work accrues per calendar day too: value a year × productivity that
//!   day. The empty seat counts working days (Monday to Friday) from the day the search opens
//!   up to the start date, at the value of a working day (value a year ÷ working days a year).

use super::assumptions::{clamp, Assumption as A, Assumptions, ConversionSchedule};
use super::date::{days_in_year, Date, Quarter};
use super::scenario::{ContractPart, FeeRule, HiringRoute, Level, Scenario, SearchBy};

/// Weeks of the productivity curve after the start date.
pub const RAMP_WEEKS: u32 = 52;
const WEEKS_PER_YEAR: f64 = 52.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SalaryBand {
    pub low: f64,
    pub median: f64,
    pub high: f64,
}

impl SalaryBand {
    fn scaled(self, factor: f64) -> SalaryBand {
        SalaryBand {
            low: self.low * factor,
            median: self.median * factor,
            high: self.high * factor,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MilestoneKind {
    SmallContributions,
    Independent,
    NoHandHolding,
    FullyProductive,
}

impl MilestoneKind {
    pub const ALL: [MilestoneKind; 4] = [
        MilestoneKind::SmallContributions,
        MilestoneKind::Independent,
        MilestoneKind::NoHandHolding,
        MilestoneKind::FullyProductive,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MilestoneKind::SmallContributions => "Small contributions",
            MilestoneKind::Independent => "Independent",
            MilestoneKind::NoHandHolding => "No hand-holding",
            MilestoneKind::FullyProductive => "Fully productive",
        }
    }

    fn weeks_assumption(self) -> A {
        match self {
            MilestoneKind::SmallContributions => A::WeeksToSmallContributions,
            MilestoneKind::Independent => A::WeeksToIndependent,
            MilestoneKind::NoHandHolding => A::WeeksToNoHandHolding,
            MilestoneKind::FullyProductive => A::WeeksToFullProductivity,
        }
    }

    /// Productivity reached at the milestone, as a share (full productivity is 1 by definition).
    fn productivity(self, assumptions: &Assumptions) -> f64 {
        match self {
            MilestoneKind::SmallContributions => {
                assumptions[A::ProductivityAtSmallContributions] / 100.0
            }
            MilestoneKind::Independent => assumptions[A::ProductivityAtIndependent] / 100.0,
            MilestoneKind::NoHandHolding => assumptions[A::ProductivityAtNoHandHolding] / 100.0,
            MilestoneKind::FullyProductive => 1.0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Milestone {
    pub kind: MilestoneKind,
    /// Weeks after the start date, already scaled by the level's ramp speed.
    pub weeks: f64,
    pub date: Date,
    /// Share of full productivity, 0 to 1.
    pub productivity: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekPoint {
    /// Weeks after the start date, 0 to [`RAMP_WEEKS`].
    pub week: u32,
    pub date: Date,
    /// Share of full productivity, 0 to 1.
    pub productivity: f64,
}

/// The cash that falls in one calendar quarter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuarterBudget {
    pub quarter: Quarter,
    /// Days on the payroll (after the start, or after a conversion).
    pub days_employed: i64,
    /// Days billed under contract.
    pub days_contracted: i64,
    pub salary: f64,
    /// Benefits, payroll taxes and overhead.
    pub overhead: f64,
    /// A staffing firm's bills for the contract.
    pub contract: f64,
    /// The one-off hiring cost, in the quarter of the start date.
    pub hiring: f64,
    /// A contract-to-hire conversion fee, in the quarter of the conversion.
    pub conversion_fee: f64,
    pub total: f64,
    /// Running total from the first quarter of the horizon.
    pub cumulative: f64,
}

/// A contract through a staffing firm: the whole engagement, or a contract-to-hire window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContractTerms {
    /// The firm's markup on pay, as a share (0.5 = 50 %).
    pub markup: f64,
    /// The same difference as a share of the bill rate (50 % markup = 33.3 % margin).
    pub margin: f64,
    pub hours_per_year: f64,
    /// Planning salary ÷ 2,080 hours (the standard full-time year).
    pub pay_rate: f64,
    pub bill_rate: f64,
    /// Bill rate × hours billed a year.
    pub annual_billing: f64,
    pub months: u32,
    /// The first day no longer under contract.
    pub ends: Date,
}

/// A contract-to-hire conversion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conversion {
    /// The first day employed.
    pub date: Date,
    pub months_worked: u32,
    pub schedule: ConversionSchedule,
    /// The agreed fee, as a share of first-year salary.
    pub fee_rate: f64,
    /// The part of that fee the schedule leaves due (1 = all of it).
    pub share_due: f64,
    pub fee: f64,
}

/// The money side of "when will they pull their weight": value delivered since the start
/// against all cash spent since the start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Payback {
    /// The first day on which the value delivered exceeds the cash spent; `None` when that
    /// does not happen within the horizon (or before a contract ends).
    pub date: Option<Date>,
    /// Value delivered up to that day (or to the last day counted).
    pub delivered: f64,
    /// Cash spent up to that day (or to the last day counted).
    pub spent: f64,
}

/// What the seat costs while it is empty and while the hire ramps up: value not delivered.
/// Not cash, never added to the budget.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EmptySeat {
    pub value_multiple: f64,
    /// Value of a fully productive engineer's work a year: salary × the multiple.
    pub value_annual: f64,
    pub working_days_per_year: f64,
    pub value_per_working_day: f64,
    /// Monday to Friday days from the day the search opens up to the start date.
    pub vacancy_working_days: i64,
    /// Value not delivered while the search runs.
    pub during_search: f64,
    /// Value of the capacity not yet delivered during ramp-up (first 52 weeks).
    pub during_ramp: f64,
    pub gross: f64,
    /// What the filled seat would have cost over the empty working days (salary and overhead,
    /// or the contract's bills): money not spent while the seat is empty.
    pub pay_not_spent: f64,
    /// Gross less the pay not spent.
    pub net: f64,
    /// One more week (five working days) of searching, in value not delivered.
    pub search_week: f64,
    /// The same, less the pay that week does not cost.
    pub search_week_net: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub level: Level,
    pub route: HiringRoute,
    pub national_band: SalaryBand,
    /// The factor applied to the national band: the region's wage over the national wage at
    /// the level's percentile, unless that would reverse the level order (see
    /// [`region_factor`]).
    pub region_factor: f64,
    /// Set when the factor was held so that this level is not paid past the named level.
    pub region_factor_held_at: Option<Level>,
    /// Shares (0.1 = 10 %), as applied.
    pub remote_discount: f64,
    /// The Q4 salary saving applied: 0 unless the search opens in Q4.
    pub q4_salary_effect: f64,
    pub salary: SalaryBand,
    pub overhead_rate: f64,
    pub overhead_annual: f64,
    pub all_in_annual: f64,
    /// The agency fee rate when that route is taken.
    pub agency_fee_rate: Option<f64>,
    /// The one-off cost at the start: cost per hire or agency fee; 0 for contract routes.
    pub hiring_cost: f64,
    /// Set for the contract and contract-to-hire routes.
    pub contract: Option<ContractTerms>,
    /// Set for contract-to-hire.
    pub conversion: Option<Conversion>,
    /// The first day on the payroll: the start date, the conversion date, or never.
    pub employed_from: Option<Date>,
    /// What the seat costs a year from the start: all-in, or the contract's bills.
    pub running_annual_at_start: f64,
    /// Time to hire before any Q4 speed-up, days.
    pub base_time_to_hire: f64,
    /// The Q4 speed-up applied: 0 unless the search opens in Q4.
    pub q4_speed_up: f64,
    /// Time to hire after the speed-up, days, unrounded.
    pub time_to_hire: f64,
    pub time_to_hire_days: i64,
    pub search_opens: Date,
    pub start_date: Date,
    /// Multiplier on the mid-level milestone durations.
    pub ramp_speed: f64,
    pub milestones: [Milestone; 4],
    pub weekly: Vec<WeekPoint>,
    /// Weeks of capacity paid for but not delivered during the first 52 weeks (while
    /// engaged: a contract that ends sooner stops the count).
    pub lost_capacity_weeks: f64,
    /// What a week of the seat costs from the start (all-in or contract bills ÷ 52).
    pub weekly_all_in: f64,
    /// Not cash: the capacity paid for but not yet delivered.
    pub ramp_cost: f64,
    pub empty_seat: EmptySeat,
    /// When the value delivered since the start first exceeds all cash spent, or how far
    /// apart the two are at the end of the horizon.
    pub payback: Payback,
    pub quarters: Vec<QuarterBudget>,
    /// Cash over the whole horizon.
    pub horizon_cash: f64,
    /// Whether the start date falls inside the horizon.
    pub starts_within_horizon: bool,
    pub year_one_cash: f64,
    /// The annual raise, as a share (0.03 = 3 %).
    pub annual_raise: f64,
    /// Cash in the 24 months from the start (whole months, like year-one cash), the second
    /// year's salary and overhead raised: independent of the horizon.
    pub two_year_cash: f64,
    /// Cash from the day the search opens up to the day the hire is fully productive (not
    /// included): pay or contract bills for each day, the hiring cost, and a conversion fee
    /// that falls before it.
    pub cash_until_fully_productive: f64,
    pub bad_hire_low: f64,
    pub bad_hire_high: f64,
    pub bad_hire_multiples: (f64, f64),
}

impl Projection {
    pub fn last_quarter(&self) -> Quarter {
        self.quarters
            .last()
            .map_or(self.start_date.quarter(), |q| q.quarter)
    }

    /// The date from which the hire is fully productive.
    pub fn full_productivity_date(&self) -> Date {
        self.milestones[3].date
    }

    /// The first day the hire no longer works for you: a contract's end; `None` when employed.
    pub fn engagement_ends(&self) -> Option<Date> {
        match (self.contract, self.employed_from) {
            (Some(terms), None) => Some(terms.ends),
            _ => None,
        }
    }

    /// The first day after the horizon.
    pub fn horizon_end(&self) -> Date {
        self.last_quarter().last_day().add_days(1)
    }
}

pub fn national_band(assumptions: &Assumptions, level: Level) -> SalaryBand {
    let [low, median, high] = match level {
        Level::Junior => [
            A::JuniorSalaryLow,
            A::JuniorSalaryMedian,
            A::JuniorSalaryHigh,
        ],
        Level::Mid => [A::MidSalaryLow, A::MidSalaryMedian, A::MidSalaryHigh],
        Level::Senior => [
            A::SeniorSalaryLow,
            A::SeniorSalaryMedian,
            A::SeniorSalaryHigh,
        ],
    };
    SalaryBand {
        low: assumptions[low],
        median: assumptions[median],
        high: assumptions[high],
    }
}

/// The region's factor for the scenario's level, held where the percentile rule would reverse
/// the order of the national medians.
///
/// The rule (junior at the OEWS 25th percentile, mid at the median, senior at the 75th) puts a
/// junior above a mid-level hire in a few areas where the 25th percentile sits unusually close
/// to the median (Colorado, Wyoming, San Francisco, Denver). No source says juniors
/// out-earn mid-level developers there, so a region may narrow the gap between levels but
/// never reverse it: junior at most mid, senior at least mid.
pub fn region_factor(scenario: &Scenario, a: &Assumptions) -> (f64, Option<Level>) {
    let region = scenario.region;
    let own = region.factor(scenario.level);
    let mid_median = national_band(a, Level::Mid).median;
    let own_median = national_band(a, scenario.level).median;
    if own_median <= 0.0 {
        return (own, None);
    }
    // The factor that would put this level exactly at the mid-level regional median.
    let at_mid = region.factor(Level::Mid) * mid_median / own_median;
    match scenario.level {
        Level::Junior if own_median <= mid_median && own > at_mid => (at_mid, Some(Level::Mid)),
        Level::Senior if own_median >= mid_median && own < at_mid => (at_mid, Some(Level::Mid)),
        _ => (own, None),
    }
}

/// The level's in-house time to hire, days, before any Q4 speed-up.
pub fn in_house_time_to_hire(assumptions: &Assumptions, level: Level) -> f64 {
    assumptions[match level {
        Level::Junior => A::TimeToHireJunior,
        Level::Mid => A::TimeToHireMid,
        Level::Senior => A::TimeToHireSenior,
    }]
}

fn base_time_to_hire(assumptions: &Assumptions, level: Level, route: HiringRoute) -> f64 {
    let agency = assumptions[A::TimeToHireAgency];
    match route.spec().search {
        SearchBy::Agency => agency,
        SearchBy::InHouse => in_house_time_to_hire(assumptions, level),
        SearchBy::Between => {
            let share = assumptions[A::ContractToHireSearchPosition] / 100.0;
            agency + (in_house_time_to_hire(assumptions, level) - agency) * share
        }
    }
}

/// The conversion fee's share still due after `months_worked`, under `schedule`.
pub fn conversion_share_due(
    schedule: ConversionSchedule,
    months_worked: u32,
    fee_free_after: u32,
) -> f64 {
    match schedule {
        ConversionSchedule::ProRatedTwelfths => {
            f64::from(12_u32.saturating_sub(months_worked)) / 12.0
        }
        ConversionSchedule::Flat => 1.0,
        ConversionSchedule::NoneAfter if months_worked >= fee_free_after => 0.0,
        ConversionSchedule::NoneAfter => 1.0,
    }
}

/// Days of `[from, until)` that fall in `quarter`.
fn days_in_quarter(quarter: Quarter, from: Date, until: Option<Date>) -> i64 {
    let first = quarter.first_day().max(from);
    let after_last = match until {
        Some(end) => quarter.last_day().add_days(1).min(end),
        None => quarter.last_day().add_days(1),
    };
    first.days_until(after_last).max(0)
}

/// The share of a year's salary (at the first year's rate) due for the payroll days of
/// `[from, until)`, for a hire on the payroll from `employed_from` with an annual `raise`
/// (a share, compounding at each anniversary of `employed_from`). Days accrue per calendar
/// year (÷ 365 or 366, as in the quarterly budget). Raised days are weighted and summed per
/// year before the division, so with no raise the result is exactly days ÷ days in the year,
/// the figure the budget has always used.
pub fn payroll_years(employed_from: Date, raise: f64, from: Date, until: Date) -> f64 {
    let mut cursor = from.max(employed_from);
    let mut total = 0.0;
    let mut years_on_payroll: u32 = 0;
    let mut next_anniversary = employed_from.add_months(12);
    while next_anniversary <= cursor {
        years_on_payroll += 1;
        next_anniversary = employed_from.add_months(12 * (years_on_payroll + 1));
    }
    let mut year = cursor.year;
    let mut weighted_days = 0.0;
    while cursor < until {
        if cursor.year != year {
            total += weighted_days / days_in_year(year) as f64;
            weighted_days = 0.0;
            year = cursor.year;
        }
        let next_year = Date::new(year + 1, 1, 1).unwrap_or(until);
        let segment_end = until.min(next_year).min(next_anniversary);
        let factor = (1.0 + raise).powi(years_on_payroll as i32);
        weighted_days += factor * cursor.days_until(segment_end) as f64;
        cursor = segment_end;
        if cursor >= next_anniversary {
            years_on_payroll += 1;
            next_anniversary = employed_from.add_months(12 * (years_on_payroll + 1));
        }
    }
    total + weighted_days / days_in_year(year) as f64
}

fn ramp_speed(assumptions: &Assumptions, level: Level) -> f64 {
    match level {
        Level::Junior => assumptions[A::RampSpeedJunior],
        // The milestone durations are the mid-level ones.
        Level::Mid => 1.0,
        Level::Senior => assumptions[A::RampSpeedSenior],
    }
}

/// Productivity (0 to 1) `week` weeks after the start: linear from 0 at week 0 through the
/// milestones, 1 from full productivity on.
pub fn productivity_at(milestones: &[Milestone; 4], week: f64) -> f64 {
    let mut previous = (0.0, 0.0);
    for milestone in milestones {
        let (from_week, from_share) = previous;
        if week < milestone.weeks {
            let span = milestone.weeks - from_week;
            // A zero-length span cannot be reached here: week < milestone.weeks = from_week
            // would have returned at the previous milestone.
            // A NaN progress stays NaN.
            let progress = clamp((week - from_week) / span, 0.0, 1.0);
            return from_share + (milestone.productivity - from_share) * progress;
        }
        previous = (milestone.weeks, milestone.productivity);
    }
    1.0
}

/// Weeks of capacity not delivered between week 0 and `until`: the area above the curve.
///
/// Each segment ends at its own milestone's productivity. (It once ended at the curve's value
/// at that week, which is the *next* level when later milestones fall on the same week: with
/// every milestone at week 52, a year at 0–25 % counted as a year at 0–100 %, and the ramp
/// cost came out at 26 weeks instead of 45.5. The golden scenarios' hand check 11 found it.)
fn lost_capacity_weeks(milestones: &[Milestone; 4], until: f64) -> f64 {
    let mut lost = 0.0;
    let mut previous = (0.0_f64, 0.0_f64);
    for milestone in milestones {
        let (from_week, from_share) = previous;
        let to_week = milestone.weeks.min(until);
        if to_week > from_week {
            // Linear within the segment; at its end, the milestone's own share.
            let progress = (to_week - from_week) / (milestone.weeks - from_week);
            let to_share = from_share + (milestone.productivity - from_share) * progress;
            lost += (to_week - from_week) * (1.0 - (from_share + to_share) / 2.0);
        }
        previous = (milestone.weeks, milestone.productivity);
    }
    lost
}

fn days_of(weeks: f64) -> i64 {
    (weeks * 7.0).round() as i64
}

/// Everything the app shows for `scenario`. Dates follow from the scenario's start quarter, so
/// the model never reads a clock.
pub fn project(scenario: &Scenario) -> Projection {
    let a = &scenario.assumptions;
    let level = scenario.level;
    let route = scenario.route.spec();
    let is_q4 = scenario.start_quarter.is_q4();

    let national_band = national_band(a, level);
    let (region_factor, region_factor_held_at) = region_factor(scenario, a);
    let remote_discount = scenario.remote_discount / 100.0;
    let q4_salary_effect = if is_q4 {
        a[A::Q4SalaryEffect] / 100.0
    } else {
        0.0
    };
    let salary =
        national_band.scaled(region_factor * (1.0 - remote_discount) * (1.0 - q4_salary_effect));

    let overhead_rate = a[A::Overhead] / 100.0;
    let overhead_annual = salary.median * overhead_rate;
    let all_in_annual = salary.median + overhead_annual;

    let agency_fee_rate = (route.fee == FeeRule::AgencyFee).then(|| a[A::AgencyFee] / 100.0);
    let hiring_cost = match route.fee {
        FeeRule::CostPerHire => a[A::InHouseCostPerHire],
        FeeRule::AgencyFee => a[A::AgencyFee] / 100.0 * salary.median,
        FeeRule::InsideMarkup | FeeRule::ConversionFee => 0.0,
    };

    let base_time_to_hire = base_time_to_hire(a, level, scenario.route);
    let q4_speed_up = if is_q4 { a[A::Q4SpeedUp] / 100.0 } else { 0.0 };
    let time_to_hire = base_time_to_hire * (1.0 - q4_speed_up);
    let time_to_hire_days = time_to_hire.round() as i64;
    let search_opens = scenario.search_opens();
    let start_date = search_opens.add_days(time_to_hire_days);

    let contract_months = match route.contract {
        ContractPart::None => None,
        ContractPart::Whole => Some(a[A::ContractLengthMonths]),
        ContractPart::Window => Some(a[A::EvaluationMonths]),
    };
    let contract = contract_months.map(|months| {
        let markup = a[A::ContractMarkup] / 100.0;
        let hours_per_year = a[A::ContractHoursPerYear];
        let pay_rate = salary.median / STANDARD_HOURS_PER_YEAR;
        let bill_rate = pay_rate * (1.0 + markup);
        // Whole months between 1 and 48 (the assumptions' bounds): the cast cannot wrap.
        let months = months.round() as u32;
        ContractTerms {
            markup,
            margin: markup / (1.0 + markup),
            hours_per_year,
            pay_rate,
            bill_rate,
            annual_billing: bill_rate * hours_per_year,
            months,
            ends: start_date.add_months(months),
        }
    });
    let conversion = match (route.fee, contract) {
        (FeeRule::ConversionFee, Some(terms)) => {
            let schedule = ConversionSchedule::from_index(a[A::ConversionSchedule]);
            let fee_rate = a[A::ConversionFee] / 100.0;
            let share_due = conversion_share_due(
                schedule,
                terms.months,
                a[A::ConversionFeeFreeAfterMonths].round() as u32,
            );
            Some(Conversion {
                date: terms.ends,
                months_worked: terms.months,
                schedule,
                fee_rate,
                share_due,
                fee: fee_rate * share_due * salary.median,
            })
        }
        _ => None,
    };
    let employed_from = match route.contract {
        ContractPart::None => Some(start_date),
        ContractPart::Whole => None,
        ContractPart::Window => conversion.map(|c| c.date),
    };
    // The day the hire stops working for you, when a contract ends without conversion.
    let engagement_ends = match (contract, employed_from) {
        (Some(terms), None) => Some(terms.ends),
        _ => None,
    };
    let running_annual_at_start = contract.map_or(all_in_annual, |terms| terms.annual_billing);

    let ramp_speed = ramp_speed(a, level);
    let milestones = MilestoneKind::ALL.map(|kind| {
        let weeks = a[kind.weeks_assumption()] * ramp_speed;
        Milestone {
            kind,
            weeks,
            date: start_date.add_days(days_of(weeks)),
            productivity: kind.productivity(a),
        }
    });
    let engaged_on = |date: Date| engagement_ends.is_none_or(|end| date < end);
    let weekly = (0..=RAMP_WEEKS)
        .map(|week| {
            let date = start_date.add_days(i64::from(week) * 7);
            WeekPoint {
                week,
                date,
                productivity: if engaged_on(date) {
                    productivity_at(&milestones, f64::from(week))
                } else {
                    0.0
                },
            }
        })
        .collect();

    // Capacity paid for but not delivered, costed at what each week of the seat costs: the
    // contract's bills until a conversion, salary and overhead after it.
    let ramp_weeks = engagement_ends.map_or(f64::from(RAMP_WEEKS), |end| {
        (start_date.days_until(end) as f64 / 7.0).min(f64::from(RAMP_WEEKS))
    });
    let lost_capacity = lost_capacity_weeks(&milestones, ramp_weeks);
    let weekly_all_in = running_annual_at_start / WEEKS_PER_YEAR;
    let ramp_cost = match (contract, conversion) {
        (Some(terms), Some(conversion)) => {
            let converted_week =
                (start_date.days_until(conversion.date) as f64 / 7.0).min(f64::from(RAMP_WEEKS));
            let before = lost_capacity_weeks(&milestones, converted_week);
            before * terms.annual_billing / WEEKS_PER_YEAR
                + (lost_capacity - before) * all_in_annual / WEEKS_PER_YEAR
        }
        _ => weekly_all_in * lost_capacity,
    };

    let annual_raise = a[A::AnnualRaise] / 100.0;
    let horizon = a[A::HorizonQuarters] as i32;
    let mut cumulative = 0.0;
    let quarters: Vec<QuarterBudget> = (0..horizon)
        .map(|n| {
            let quarter = scenario.start_quarter.offset(n);
            let share_of_year = |days: i64| days as f64 / days_in_year(quarter.year) as f64;
            let days_employed =
                employed_from.map_or(0, |from| days_in_quarter(quarter, from, None));
            let days_contracted = contract.map_or(0, |terms| {
                days_in_quarter(quarter, start_date, Some(terms.ends))
            });
            let salary_cost = employed_from.map_or(0.0, |from| {
                salary.median
                    * payroll_years(
                        from,
                        annual_raise,
                        quarter.first_day(),
                        quarter.last_day().add_days(1),
                    )
            });
            let overhead = salary_cost * overhead_rate;
            let contract_cost = contract.map_or(0.0, |terms| {
                terms.annual_billing * share_of_year(days_contracted)
            });
            let hiring = if start_date.quarter() == quarter {
                hiring_cost
            } else {
                0.0
            };
            let conversion_fee = conversion
                .filter(|c| c.date.quarter() == quarter)
                .map_or(0.0, |c| c.fee);
            let total = salary_cost + overhead + contract_cost + hiring + conversion_fee;
            cumulative += total;
            QuarterBudget {
                quarter,
                days_employed,
                days_contracted,
                salary: salary_cost,
                overhead,
                contract: contract_cost,
                hiring,
                conversion_fee,
                total,
                cumulative,
            }
        })
        .collect();
    let starts_within_horizon = quarters.iter().any(|q| q.quarter == start_date.quarter());
    let horizon_end = quarters
        .last()
        .map_or(start_date, |q| q.quarter.last_day().add_days(1));

    let value_multiple = a[A::ValueMultiple];
    let value_annual = salary.median * value_multiple;
    let working_days_per_year = a[A::WorkingDaysPerYear];
    let value_per_working_day = value_annual / working_days_per_year;
    let vacancy_working_days = search_opens.weekdays_until(start_date);
    let during_search = value_per_working_day * vacancy_working_days as f64;
    let during_ramp = value_annual / WEEKS_PER_YEAR * lost_capacity;
    let running_per_working_day = running_annual_at_start / working_days_per_year;
    let pay_not_spent = running_per_working_day * vacancy_working_days as f64;
    let empty_seat = EmptySeat {
        value_multiple,
        value_annual,
        working_days_per_year,
        value_per_working_day,
        vacancy_working_days,
        during_search,
        during_ramp,
        gross: during_search + during_ramp,
        pay_not_spent,
        net: during_search + during_ramp - pay_not_spent,
        search_week: value_per_working_day * 5.0,
        search_week_net: (value_per_working_day - running_per_working_day) * 5.0,
    };

    let year_one_cash = year_one_cash(all_in_annual, hiring_cost, contract, conversion);
    let two_year_cash = two_year_cash(
        all_in_annual,
        annual_raise,
        hiring_cost,
        contract,
        conversion,
    );
    let fully_productive = milestones[3].date;
    let cash_until_fully_productive = {
        let payroll = employed_from.map_or(0.0, |from| {
            all_in_annual * payroll_years(from, annual_raise, start_date, fully_productive)
        });
        let billed = contract.map_or(0.0, |terms| {
            let until = fully_productive.min(terms.ends);
            terms.annual_billing * payroll_years(start_date, 0.0, start_date, until)
        });
        let fee = conversion
            .filter(|c| c.date < fully_productive)
            .map_or(0.0, |c| c.fee);
        payroll + billed + hiring_cost + fee
    };
    let payback = payback(&PaybackInputs {
        start_date,
        horizon_end,
        milestones: &milestones,
        value_annual,
        all_in_annual,
        annual_raise,
        hiring_cost,
        contract,
        conversion,
        employed_from,
        engagement_ends,
    });

    let bad_hire_multiples = (a[A::BadHireLowMultiple], a[A::BadHireHighMultiple]);
    Projection {
        level,
        route: scenario.route,
        national_band,
        region_factor,
        region_factor_held_at,
        remote_discount,
        q4_salary_effect,
        salary,
        overhead_rate,
        overhead_annual,
        all_in_annual,
        agency_fee_rate,
        hiring_cost,
        contract,
        conversion,
        employed_from,
        running_annual_at_start,
        base_time_to_hire,
        q4_speed_up,
        time_to_hire,
        time_to_hire_days,
        search_opens,
        start_date,
        ramp_speed,
        milestones,
        weekly,
        lost_capacity_weeks: lost_capacity,
        weekly_all_in,
        ramp_cost,
        empty_seat,
        payback,
        horizon_cash: cumulative,
        quarters,
        starts_within_horizon,
        year_one_cash,
        annual_raise,
        two_year_cash,
        cash_until_fully_productive,
        bad_hire_low: salary.median * bad_hire_multiples.0,
        bad_hire_high: salary.median * bad_hire_multiples.1,
        bad_hire_multiples,
    }
}

/// The standard full-time year a contractor's pay rate is quoted against (Top Echelon: annual
/// wage ÷ 2,080). The hours *billed* a year are an assumption of their own.
pub const STANDARD_HOURS_PER_YEAR: f64 = 2_080.0;

/// Cash in the twelve months from the start, in whole months: a contract's bills for its
/// months (up to twelve), a conversion fee falling inside the year, and all-in cost for the
/// months employed, plus the one-off hiring cost.
fn year_one_cash(
    all_in_annual: f64,
    hiring_cost: f64,
    contract: Option<ContractTerms>,
    conversion: Option<Conversion>,
) -> f64 {
    let Some(terms) = contract else {
        return all_in_annual + hiring_cost;
    };
    let contract_months = terms.months.min(12);
    let billed = terms.annual_billing * f64::from(contract_months) / 12.0;
    match conversion {
        // A conversion on the first anniversary falls in year two.
        Some(conversion) if terms.months < 12 => {
            billed
                + conversion.fee
                + all_in_annual * f64::from(12 - contract_months) / 12.0
                + hiring_cost
        }
        _ => billed + hiring_cost,
    }
}

/// Cash in the 24 months from the start, in whole months, as [`year_one_cash`] counts the
/// first twelve: a contract's bills for its months (up to 24, at the agreed rate), a
/// conversion fee falling inside the two years, all-in cost for the months employed (those
/// after the first anniversary on the payroll raised once), plus the one-off hiring cost.
fn two_year_cash(
    all_in_annual: f64,
    raise: f64,
    hiring_cost: f64,
    contract: Option<ContractTerms>,
    conversion: Option<Conversion>,
) -> f64 {
    let employed = |months: u32| {
        let first_year = months.min(12);
        all_in_annual * f64::from(first_year) / 12.0
            + all_in_annual * (1.0 + raise) * f64::from(months - first_year) / 12.0
    };
    let Some(terms) = contract else {
        return employed(24) + hiring_cost;
    };
    let contract_months = terms.months.min(24);
    let billed = terms.annual_billing * f64::from(contract_months) / 12.0;
    match conversion {
        // A conversion on the second anniversary falls in year three.
        Some(conversion) if terms.months < 24 => {
            billed + conversion.fee + employed(24 - contract_months) + hiring_cost
        }
        _ => billed + hiring_cost,
    }
}

struct PaybackInputs<'a> {
    start_date: Date,
    horizon_end: Date,
    milestones: &'a [Milestone; 4],
    value_annual: f64,
    all_in_annual: f64,
    annual_raise: f64,
    hiring_cost: f64,
    contract: Option<ContractTerms>,
    conversion: Option<Conversion>,
    employed_from: Option<Date>,
    engagement_ends: Option<Date>,
}

/// The day from which the value delivered since the start (value a year × productivity, per
/// calendar day) stays above all cash spent (salary and overhead or contract bills, one-off
/// fees on their dates), walking day by day to the end of the horizon or of a contract. A fee
/// that falls later (a conversion) can put the hire back below: the date is then the day it
/// passes again, so "pays for itself" never comes before a cost still to come.
fn payback(p: &PaybackInputs) -> Payback {
    let mut spent = 0.0;
    let mut delivered = 0.0;
    let mut above_since: Option<(i64, f64, f64)> = None;
    let last = p
        .engagement_ends
        .map_or(p.horizon_end, |end| end.min(p.horizon_end));
    let days = p.start_date.days_until(last);
    // A contractor billing fewer hours than a full-time year delivers that share of the work.
    let contract_share = p
        .contract
        .map_or(1.0, |terms| terms.hours_per_year / STANDARD_HOURS_PER_YEAR);
    // Day numbers, not dates, in the loop (it runs a day at a time through the horizon): the
    // year changes, and with it the days in the year, only at each January 1.
    let start = p.start_date.days_since_epoch();
    let employed_from = p.employed_from.map(Date::days_since_epoch);
    let conversion = p.conversion.map(|c| (c.date.days_since_epoch(), c.fee));
    let mut year = p.start_date.year;
    let mut next_year = Date::new(year + 1, 1, 1).map_or(i64::MAX, Date::days_since_epoch);
    let mut year_days = days_in_year(year) as f64;
    // The raise in force: ×1 until the first anniversary on the payroll, then compounding.
    let mut raise_factor = 1.0;
    let mut anniversaries = 0_u32;
    let mut next_anniversary = p
        .employed_from
        .map_or(i64::MAX, |from| from.add_months(12).days_since_epoch());
    for day in 0..days {
        let today = start + day;
        if today >= next_year {
            year += 1;
            next_year = Date::new(year + 1, 1, 1).map_or(i64::MAX, Date::days_since_epoch);
            year_days = days_in_year(year) as f64;
        }
        if today >= next_anniversary {
            anniversaries += 1;
            raise_factor *= 1.0 + p.annual_raise;
            next_anniversary = p.employed_from.map_or(i64::MAX, |from| {
                from.add_months(12 * (anniversaries + 1)).days_since_epoch()
            });
        }
        let employed = employed_from.is_some_and(|from| today >= from);
        let (cost, share) = if employed {
            (p.all_in_annual / year_days * raise_factor, 1.0)
        } else {
            (
                p.contract
                    .map_or(0.0, |terms| terms.annual_billing / year_days),
                contract_share,
            )
        };
        spent += cost;
        if day == 0 {
            spent += p.hiring_cost;
        }
        if let Some((_, fee)) = conversion.filter(|(on, _)| *on == today) {
            spent += fee;
        }
        delivered +=
            p.value_annual / year_days * share * productivity_at(p.milestones, day as f64 / 7.0);
        if delivered > spent {
            above_since.get_or_insert((day, delivered, spent));
        } else {
            above_since = None;
        }
    }
    match above_since {
        Some((day, delivered_then, spent_then)) => Payback {
            date: Some(p.start_date.add_days(day)),
            delivered: delivered_then,
            spent: spent_then,
        },
        None => Payback {
            date: None,
            delivered,
            spent,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::regions::Region;

    fn q(year: i32, number: u8) -> Quarter {
        Quarter { year, number }
    }

    fn scenario(start: Quarter) -> Scenario {
        Scenario {
            start_quarter: start,
            ..Scenario::default_for(Date::new(2026, 11, 29).unwrap())
        }
    }

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn worked_example_from_the_model_spec() {
        let p = project(&scenario(q(2027, 1)));
        assert_eq!(p.salary.median, 101_000.0);
        assert_eq!((p.salary.low, p.salary.high), (77_000.0, 141_000.0));
        assert_eq!(p.all_in_annual, 126_250.0);
        assert_eq!(p.hiring_cost, 4_700.0);
        assert_eq!(p.time_to_hire_days, 40);
        assert_eq!(p.start_date, date(2027, 2, 10));
    }

    #[test]
    fn worked_example_with_an_agency() {
        let mut s = scenario(q(2027, 1));
        s.route = HiringRoute::Agency;
        let p = project(&s);
        assert!((p.hiring_cost - 20_200.0).abs() < 1e-6);
        assert_eq!(p.time_to_hire_days, 28);
        assert_eq!(p.start_date, date(2027, 1, 29));
    }

    #[test]
    fn q4_search_is_faster_and_rounds_to_the_nearest_day() {
        let p = project(&scenario(q(2026, 4)));
        assert!((p.time_to_hire - 23.2).abs() < 1e-9);
        assert_eq!(p.time_to_hire_days, 23);
        assert_eq!(p.start_date, date(2026, 10, 24));
        // Halves round up: 45 days × 0.5 = 22.5 → 23.
        let mut s = scenario(q(2026, 4));
        s.assumptions.set(A::TimeToHireMid, 45.0);
        s.assumptions.set(A::Q4SpeedUp, 50.0);
        assert_eq!(project(&s).time_to_hire_days, 23);
        // Not in Q1.
        assert_eq!(project(&scenario(q(2027, 1))).q4_speed_up, 0.0);
    }

    #[test]
    fn a_search_in_the_current_quarter_opens_today_not_in_the_past() {
        let today = date(2026, 11, 30);
        let mut s = Scenario::default_for(today);
        // The default is the next quarter, from its first day.
        assert_eq!(s.start_quarter, q(2027, 1));
        assert_eq!(project(&s).search_opens, date(2027, 1, 1));
        s.open_search_in(q(2026, 4), today);
        let p = project(&s);
        assert_eq!(p.search_opens, today);
        // The Q4 speed-up still applies: 40 × 0.58 = 23.2 → 23 days after today.
        assert_eq!(p.time_to_hire_days, 23);
        assert_eq!(p.start_date, date(2026, 12, 23));
        // Pay only from the start: 9 days of December.
        assert_eq!(p.quarters[0].days_employed, 9);
        // A later quarter opens on its first day again.
        s.open_search_in(q(2027, 2), today);
        assert_eq!(s.search_opens_on, None);
        assert_eq!(project(&s).search_opens, date(2027, 4, 1));
        // On a quarter's first day, the first day it is.
        s.open_search_in(q(2027, 1), date(2027, 1, 1));
        assert_eq!(s.search_opens_on, None);
    }

    #[test]
    fn a_search_day_outside_its_quarter_is_not_used() {
        let mut s = scenario(q(2027, 1));
        s.search_opens_on = Some(date(2027, 5, 1));
        assert_eq!(project(&s).search_opens, date(2027, 1, 1));
    }

    #[test]
    fn q4_salary_effect_applies_only_in_q4() {
        let mut s = scenario(q(2026, 4));
        s.assumptions.set(A::Q4SalaryEffect, 10.0);
        assert!((project(&s).salary.median - 90_900.0).abs() < 1e-6);
        s.start_quarter = q(2027, 1);
        assert_eq!(project(&s).salary.median, 101_000.0);
    }

    #[test]
    fn seed_all_in_range_for_a_110k_salary() {
        let mut s = scenario(q(2027, 1));
        s.assumptions.set(A::MidSalaryMedian, 110_000.0);
        s.assumptions.set(A::Overhead, 20.0);
        assert!((project(&s).all_in_annual - 132_000.0).abs() < 1e-6);
        s.assumptions.set(A::Overhead, 30.0);
        assert!((project(&s).all_in_annual - 143_000.0).abs() < 1e-6);
    }

    #[test]
    fn each_level_gives_the_seed_median_at_national() {
        for (level, median) in [
            (Level::Junior, 90_000.0),
            (Level::Mid, 101_000.0),
            (Level::Senior, 155_000.0),
        ] {
            let mut s = scenario(q(2027, 1));
            s.level = level;
            assert_eq!(project(&s).salary.median, median, "{level:?}");
        }
    }

    #[test]
    fn region_and_remote_discount_scale_the_band() {
        let mut s = scenario(q(2027, 1));
        s.region = Region::find("msa-41940").unwrap();
        let san_jose = project(&s);
        assert!((san_jose.salary.median - 101_000.0 * 213_110.0 / 135_980.0).abs() < 1e-6);
        s.remote_discount = 10.0;
        assert!((project(&s).salary.median - san_jose.salary.median * 0.9).abs() < 1e-6);
    }

    #[test]
    fn a_region_never_pays_a_junior_above_a_mid_level_hire() {
        let mut s = scenario(q(2027, 1));
        s.region = Region::find("state-co").unwrap();
        let mid = project(&s);
        s.level = Level::Junior;
        let junior = project(&s);
        // Colorado's 25th percentile alone would give 90,000 × 122,470 / 105,210 = 104,765
        // against a mid-level 101,000 × 138,390 / 135,980 = 102,790; the junior figure is held.
        assert_eq!(junior.region_factor_held_at, Some(Level::Mid));
        assert!((junior.salary.median - mid.salary.median).abs() < 1e-6);
        assert_eq!(mid.region_factor_held_at, None);
        // San Jose keeps its own factors.
        s.region = Region::find("msa-41940").unwrap();
        assert_eq!(project(&s).region_factor_held_at, None);
    }

    #[test]
    fn quarterly_budget_prorates_by_day_and_books_the_hiring_cost_at_start() {
        let p = project(&scenario(q(2027, 1)));
        assert_eq!(p.quarters.len(), 8);
        assert_eq!(p.quarters[0].quarter, q(2027, 1));
        assert_eq!(p.quarters[7].quarter, q(2028, 4));
        // Feb 10 to Mar 31 2027: 19 + 31 = 50 days.
        assert_eq!(p.quarters[0].days_employed, 50);
        assert!((p.quarters[0].salary - 101_000.0 * 50.0 / 365.0).abs() < 1e-6);
        assert_eq!(p.quarters[0].hiring, 4_700.0);
        assert_eq!(p.quarters[1].hiring, 0.0);
        // 2028 is a leap year: its four quarters still add up to one year of salary.
        let year_2028: f64 = p.quarters[4..8].iter().map(|b| b.salary).sum();
        assert!((year_2028 - 101_000.0).abs() < 1e-6);
        assert_eq!(p.quarters[4].days_employed, 91);
        let last = p.quarters.last().unwrap();
        assert!((last.cumulative - p.horizon_cash).abs() < 1e-9);
        let summed: f64 = p.quarters.iter().map(|b| b.total).sum();
        assert!((summed - p.horizon_cash).abs() < 1e-6);
    }

    #[test]
    fn search_quarters_before_the_start_are_empty() {
        let mut s = scenario(q(2027, 1));
        s.assumptions.set(A::TimeToHireMid, 100.0);
        let p = project(&s);
        assert_eq!(p.start_date, date(2027, 4, 11));
        assert_eq!(p.quarters[0].total, 0.0);
        assert_eq!(p.quarters[0].days_employed, 0);
        assert!(p.quarters[1].hiring > 0.0);
    }

    #[test]
    fn productivity_curve_passes_through_the_milestones() {
        let p = project(&scenario(q(2027, 1)));
        assert_eq!(p.weekly.len(), 53);
        assert_eq!(p.weekly[0].productivity, 0.0);
        assert!((p.weekly[3].productivity - 0.25).abs() < 1e-12);
        assert!((p.weekly[6].productivity - 0.60).abs() < 1e-12);
        assert!((p.weekly[8].productivity - 0.725).abs() < 1e-12);
        assert_eq!(p.weekly[13].productivity, 1.0);
        assert_eq!(p.weekly[52].productivity, 1.0);
        assert_eq!(p.full_productivity_date(), date(2027, 5, 12));
        // Area above the curve: 3×0.875 + 3×0.575 + 4×0.275 + 3×0.075 = 5.675 weeks.
        assert!((p.lost_capacity_weeks - 5.675).abs() < 1e-9);
        assert!((p.ramp_cost - 126_250.0 / 52.0 * 5.675).abs() < 1e-6);
    }

    #[test]
    fn ramp_speed_scales_the_milestones_by_level() {
        let mut s = scenario(q(2027, 1));
        s.level = Level::Senior;
        let senior = project(&s);
        assert!((senior.milestones[3].weeks - 9.75).abs() < 1e-12);
        s.level = Level::Junior;
        let junior = project(&s);
        assert!((junior.milestones[3].weeks - 19.5).abs() < 1e-12);
        assert!(junior.lost_capacity_weeks > senior.lost_capacity_weeks);
    }

    #[test]
    fn a_ramp_longer_than_a_year_is_cut_at_52_weeks() {
        let mut s = scenario(q(2027, 1));
        s.level = Level::Junior;
        s.assumptions.set(A::RampSpeedJunior, 4.0);
        s.assumptions.set(A::WeeksToFullProductivity, 20.0);
        let p = project(&s);
        assert_eq!(p.milestones[3].weeks, 80.0);
        assert!(p.weekly[52].productivity < 1.0);
        assert!(p.lost_capacity_weeks < 52.0);
    }

    #[test]
    fn year_one_and_bad_hire() {
        let p = project(&scenario(q(2027, 1)));
        assert_eq!(p.year_one_cash, 126_250.0 + 4_700.0);
        assert_eq!((p.bad_hire_low, p.bad_hire_high), (303_000.0, 505_000.0));
    }

    #[test]
    fn a_start_beyond_the_horizon_is_reported() {
        let mut s = scenario(q(2027, 1));
        s.assumptions.set(A::TimeToHireMid, 365.0);
        s.assumptions.set(A::HorizonQuarters, 4.0);
        let p = project(&s);
        assert_eq!(p.start_date, date(2028, 1, 1));
        assert!(!p.starts_within_horizon);
        assert_eq!(p.horizon_cash, 0.0);
    }
}
