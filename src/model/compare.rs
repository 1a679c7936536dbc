//! The comparison table as data: one row per key figure that matters for a decision, a value
//! per option, and for B and C the difference from A (signed, in % where that means
//! something, with a direction word and whether it is better), so the page never has to colour
//! without saying. The rows are one table of specs ([`ROWS`]); words and number formats are
//! in `crate::compare`.

use super::date::Date;
use super::projection::Projection;

/// A figure of one option.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// US dollars.
    Money(f64),
    /// A duration in days.
    Days(i64),
    /// A date; `None` when it does not fall within what the projection covers (a hire that
    /// does not pay for itself within the horizon).
    Date(Option<Date>),
}

/// Which way is better for a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    /// Less money, fewer days.
    Lower,
    /// An earlier date.
    Sooner,
    /// Neither: a fact to read, not a score (the salary paid).
    Neither,
}

/// The row's key figures, in table order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowId {
    YearOneCash,
    TwoYearCash,
    CashUntilFullyProductive,
    RunningAnnual,
    OneOffFees,
    Salary,
    TimeToHire,
    StartDate,
    FullyProductive,
    PaysForItself,
    EmptySeat,
    RampCost,
    BadHireLow,
    BadHireHigh,
}

/// How one row is read from a projection.
#[derive(Debug)]
pub struct RowSpec {
    pub id: RowId,
    /// A stable id, for element ids, tests and the CSV.
    pub key: &'static str,
    pub label: &'static str,
    pub value: fn(&Projection) -> Value,
    pub prefer: Prefer,
    /// Set for figures that are not cash (value not delivered): never added to a budget.
    pub not_cash: bool,
    /// One of the four figures that answer "what will the hire cost, and when will they pull
    /// their weight" (the compact embed's key figures): what a compact comparison shows.
    pub headline: bool,
}

/// Every row, in the order shown: cash first, then time, then what is not cash.
pub static ROWS: [RowSpec; 14] = [
    RowSpec {
        id: RowId::YearOneCash,
        key: "year-one",
        label: "Year-one cash",
        value: |p| Value::Money(p.year_one_cash),
        prefer: Prefer::Lower,
        headline: true,
        not_cash: false,
    },
    RowSpec {
        id: RowId::TwoYearCash,
        key: "two-year",
        label: "Two-year cash (24 months from the start)",
        value: |p| Value::Money(p.two_year_cash),
        prefer: Prefer::Lower,
        headline: false,
        not_cash: false,
    },
    RowSpec {
        id: RowId::CashUntilFullyProductive,
        key: "until-productive",
        label: "Cash spent before fully productive",
        value: |p| Value::Money(p.cash_until_fully_productive),
        prefer: Prefer::Lower,
        headline: false,
        not_cash: false,
    },
    RowSpec {
        id: RowId::RunningAnnual,
        key: "annual",
        label: "Annual cost from the start (all-in, or contract bills)",
        value: |p| Value::Money(p.running_annual_at_start),
        prefer: Prefer::Lower,
        headline: true,
        not_cash: false,
    },
    RowSpec {
        id: RowId::OneOffFees,
        key: "fees",
        label: "One-off hiring cost and fees",
        value: |p| Value::Money(p.hiring_cost + p.conversion.map_or(0.0, |c| c.fee)),
        prefer: Prefer::Lower,
        headline: false,
        not_cash: false,
    },
    RowSpec {
        id: RowId::Salary,
        key: "salary",
        label: "Planning salary",
        value: |p| Value::Money(p.salary.median),
        prefer: Prefer::Neither,
        headline: false,
        not_cash: false,
    },
    RowSpec {
        id: RowId::TimeToHire,
        key: "time-to-hire",
        label: "Time to hire",
        value: |p| Value::Days(p.time_to_hire_days),
        prefer: Prefer::Lower,
        headline: true,
        not_cash: false,
    },
    RowSpec {
        id: RowId::StartDate,
        key: "start",
        label: "Start date",
        value: |p| Value::Date(Some(p.start_date)),
        prefer: Prefer::Sooner,
        headline: false,
        not_cash: false,
    },
    RowSpec {
        id: RowId::FullyProductive,
        key: "full-productivity",
        label: "Fully productive",
        value: |p| Value::Date(Some(p.full_productivity_date())),
        prefer: Prefer::Sooner,
        headline: true,
        not_cash: false,
    },
    RowSpec {
        id: RowId::PaysForItself,
        key: "pays-for-itself",
        label: "Pays for itself",
        value: |p| Value::Date(p.payback.date),
        prefer: Prefer::Sooner,
        headline: false,
        not_cash: false,
    },
    RowSpec {
        id: RowId::EmptySeat,
        key: "empty-seat",
        label: "Cost of the empty seat (value not delivered)",
        value: |p| Value::Money(p.empty_seat.gross),
        prefer: Prefer::Lower,
        headline: false,
        not_cash: true,
    },
    RowSpec {
        id: RowId::RampCost,
        key: "ramp-cost",
        label: "Ramp-up cost (capacity paid for, not delivered)",
        value: |p| Value::Money(p.ramp_cost),
        prefer: Prefer::Lower,
        headline: false,
        not_cash: true,
    },
    // The last key figure, a range: its two ends, each compared (a risk, so less is better).
    RowSpec {
        id: RowId::BadHireLow,
        key: "bad-hire-low",
        label: "Bad-hire exposure, low",
        value: |p| Value::Money(p.bad_hire_low),
        prefer: Prefer::Lower,
        headline: false,
        not_cash: true,
    },
    RowSpec {
        id: RowId::BadHireHigh,
        key: "bad-hire-high",
        label: "Bad-hire exposure, high",
        value: |p| Value::Money(p.bad_hire_high),
        prefer: Prefer::Lower,
        headline: false,
        not_cash: true,
    },
];

/// Which way an option differs from the baseline, in words that need no colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    More,
    Less,
    Sooner,
    Later,
    Same,
}

impl Direction {
    pub fn word(self) -> &'static str {
        match self {
            Direction::More => "more",
            Direction::Less => "less",
            Direction::Sooner => "sooner",
            Direction::Later => "later",
            Direction::Same => "same",
        }
    }
}

/// How an option differs from the baseline on one row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    /// Option minus baseline: dollars for money, days for durations and dates.
    pub amount: f64,
    /// The same as a percentage of the baseline, where that means something (money and
    /// durations with a baseline above zero; never dates).
    pub percent: Option<f64>,
    pub direction: Direction,
    /// Whether the difference is better for the option; `None` when equal or neither is
    /// better.
    pub better: Option<bool>,
}

/// How finely amounts of money are shown. A difference is taken between the two amounts as
/// shown, so it is always the one a reader works out from them: exact amounts of $100.40 and
/// $200.60 show as $100 and $201, and their difference as $101 (the exact $100.20 would show
/// as $100, a dollar off the figures beside it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyShown {
    /// Whole dollars: the page, its sentences and the chart descriptions (`format::money`).
    Dollars,
    /// Dollars and cents: the CSV.
    Cents,
}

impl MoneyShown {
    /// `value` rounded as it is shown: the same arithmetic as `format::money` (dollars) and
    /// the CSV's amounts (cents), so the rounding agrees to the last half cent.
    pub fn round(self, value: f64) -> f64 {
        match self {
            MoneyShown::Dollars => value.round(),
            MoneyShown::Cents => (value * 100.0).round() / 100.0,
        }
    }
}

/// The difference of `value` from the `baseline`'s; `None` when there is none to give (a
/// date on one side only: "not within the horizon"). Money is compared as `shown`: two
/// amounts that show alike are the same.
pub fn difference(
    baseline: Value,
    value: Value,
    prefer: Prefer,
    shown: MoneyShown,
) -> Option<Difference> {
    let (amount, percent, is_date) = match (baseline, value) {
        (Value::Money(a), Value::Money(b)) => {
            let (a, b) = (shown.round(a), shown.round(b));
            let amount = b - a;
            (amount, (a > 0.0).then(|| amount / a * 100.0), false)
        }
        (Value::Days(a), Value::Days(b)) => {
            let amount = (b - a) as f64;
            (amount, (a > 0).then(|| amount / a as f64 * 100.0), false)
        }
        (Value::Date(Some(a)), Value::Date(Some(b))) => (a.days_until(b) as f64, None, true),
        _ => return None,
    };
    let direction = match (amount.partial_cmp(&0.0), is_date) {
        (Some(std::cmp::Ordering::Greater), false) => Direction::More,
        (Some(std::cmp::Ordering::Less), false) => Direction::Less,
        (Some(std::cmp::Ordering::Greater), true) => Direction::Later,
        (Some(std::cmp::Ordering::Less), true) => Direction::Sooner,
        _ => Direction::Same,
    };
    let better = match (direction, prefer) {
        (Direction::Same, _) | (_, Prefer::Neither) => None,
        (direction, _) => Some(matches!(direction, Direction::Less | Direction::Sooner)),
    };
    Some(Difference {
        amount,
        percent,
        direction,
        better,
    })
}

/// One row of the comparison table.
#[derive(Clone, Debug)]
pub struct Row {
    pub spec: &'static RowSpec,
    /// One value per option, A first.
    pub values: Vec<Value>,
    /// One per option: `None` for A (the baseline) and where no difference can be given.
    pub differences: Vec<Option<Difference>>,
}

/// The comparison table of the options' projections (A first).
pub fn rows(projections: &[Projection], shown: MoneyShown) -> Vec<Row> {
    ROWS.iter()
        .map(|spec| {
            let values: Vec<Value> = projections.iter().map(|p| (spec.value)(p)).collect();
            let differences = values
                .iter()
                .enumerate()
                .map(|(index, value)| match values.first() {
                    Some(baseline) if index > 0 => {
                        difference(*baseline, *value, spec.prefer, shown)
                    }
                    _ => None,
                })
                .collect();
            Row {
                spec,
                values,
                differences,
            }
        })
        .collect()
}

/// The row spec of `id`.
pub fn row_spec(id: RowId) -> &'static RowSpec {
    &ROWS[id as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, HiringRoute, Level, Quarter, Scenario};

    fn scenario() -> Scenario {
        let mut s = Scenario::default_for(Date::new(2026, 11, 29).unwrap());
        s.start_quarter = Quarter {
            year: 2027,
            number: 1,
        };
        s
    }

    #[test]
    fn the_headline_rows_are_the_compact_embeds_four_figures() {
        let headline: Vec<RowId> = ROWS.iter().filter(|s| s.headline).map(|s| s.id).collect();
        assert_eq!(
            headline,
            [
                RowId::YearOneCash,
                RowId::RunningAnnual,
                RowId::TimeToHire,
                RowId::FullyProductive
            ]
        );
    }

    #[test]
    fn table_is_in_enum_order_with_unique_keys() {
        for (index, spec) in ROWS.iter().enumerate() {
            assert_eq!(spec.id as usize, index, "{}", spec.key);
            assert_eq!(row_spec(spec.id).key, spec.key);
            assert_eq!(ROWS.iter().filter(|s| s.key == spec.key).count(), 1);
        }
    }

    #[test]
    fn agency_against_in_house() {
        let a = scenario();
        let mut b = a.clone();
        b.route = HiringRoute::Agency;
        let table = rows(&[project(&a), project(&b)], MoneyShown::Dollars);
        let year_one = &table[RowId::YearOneCash as usize];
        assert_eq!(year_one.values[0], Value::Money(130_950.0));
        assert!(year_one.differences[0].is_none());
        let d = year_one.differences[1].unwrap();
        // 20 % of 101,000 = 20,200 against 4,700: 15,500 more.
        assert!((d.amount - 15_500.0).abs() < 1e-6);
        assert!((d.percent.unwrap() - 15_500.0 / 130_950.0 * 100.0).abs() < 1e-9);
        assert_eq!((d.direction, d.better), (Direction::More, Some(false)));
        // 28 days against 40: 12 days less, 30 % less, better.
        let time = table[RowId::TimeToHire as usize].differences[1].unwrap();
        assert_eq!(
            (time.amount, time.direction, time.better),
            (-12.0, Direction::Less, Some(true))
        );
        assert!((time.percent.unwrap() + 30.0).abs() < 1e-9);
        // Starts Jan 29 against Feb 10: 12 days sooner, no percent for a date.
        let start = table[RowId::StartDate as usize].differences[1].unwrap();
        assert_eq!(
            (start.amount, start.percent, start.direction, start.better),
            (-12.0, None, Direction::Sooner, Some(true))
        );
        // The salary is the same: no colour, no direction.
        let salary = table[RowId::Salary as usize].differences[1].unwrap();
        assert_eq!((salary.direction, salary.better), (Direction::Same, None));
    }

    #[test]
    fn a_senior_costs_more_and_ramps_sooner_but_salary_is_neither_better_nor_worse() {
        let a = scenario();
        let mut b = a.clone();
        b.level = Level::Senior;
        let table = rows(
            &[project(&a), project(&b), project(&a)],
            MoneyShown::Dollars,
        );
        let salary = table[RowId::Salary as usize].differences[1].unwrap();
        assert_eq!((salary.direction, salary.better), (Direction::More, None));
        let productive = table[RowId::FullyProductive as usize].differences[2].unwrap();
        assert_eq!(productive.direction, Direction::Same);
        assert_eq!(table[RowId::YearOneCash as usize].values.len(), 3);
    }

    /// The difference of two amounts of money, shown as `shown`.
    fn money(a: f64, b: f64, shown: MoneyShown) -> Difference {
        difference(Value::Money(a), Value::Money(b), Prefer::Lower, shown).unwrap()
    }

    #[test]
    fn a_missing_date_gives_no_difference() {
        let d = difference(
            Value::Date(None),
            Value::Date(Some(Date::new(2027, 1, 1).unwrap())),
            Prefer::Sooner,
            MoneyShown::Dollars,
        );
        assert_eq!(d, None);
        // A baseline of $0 has no percentage.
        let zero = money(0.0, 10.0, MoneyShown::Dollars);
        assert_eq!(zero.percent, None);
        assert_eq!(zero.direction, Direction::More);
        // Amounts that show alike are the same: $100 and $100.30 in whole dollars. In cents
        // they differ by $0.30.
        let dollars = money(100.0, 100.3, MoneyShown::Dollars);
        assert_eq!((dollars.direction, dollars.better), (Direction::Same, None));
        let cents = money(100.0, 100.3, MoneyShown::Cents);
        assert_eq!(cents.direction, Direction::More);
        assert!((cents.amount - 0.3).abs() < 1e-9);
    }

    /// A difference is the difference of the amounts as shown, never a unit off them:
    /// $100.40 and $200.60 show as $100 and $201, so B is $101 more (the exact $100.20 would
    /// round to $100); in cents, $100.20.
    #[test]
    fn a_difference_is_that_of_the_amounts_as_shown() {
        assert_eq!(money(100.4, 200.6, MoneyShown::Dollars).amount, 101.0);
        assert_eq!(money(100.6, 200.4, MoneyShown::Dollars).amount, 99.0);
        assert!((money(100.4, 200.6, MoneyShown::Cents).amount - 100.2).abs() < 1e-9);
        // The percentage is of the baseline as shown.
        let p = money(99.6, 150.0, MoneyShown::Dollars).percent.unwrap();
        assert!((p - 50.0).abs() < 1e-9);
    }
}
