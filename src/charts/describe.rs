//! What the charts say in words: the canvas's accessible name, the tooltip for a quarter or a
//! week, and the rows of the data tables behind them. Pure, so the words are tested natively.

use super::compare::{
    comparison_quarters, display_name, productivity_on, quarter_of, ChartOption, RampCalendar,
    MAX_OPTIONS, OPTION_LETTERS,
};
use crate::format::{decimal, money, quantity, share};
use crate::model::compare::MoneyShown;
use crate::model::{Date, Projection, QuarterBudget};

/// A column of the quarterly budget: its heading and the amount it takes from a quarter.
pub struct BudgetColumn {
    pub label: &'static str,
    pub amount: fn(&QuarterBudget) -> f64,
    /// A one-off fee: named in a quarter's tooltip only where it falls.
    pub one_off: bool,
}

const SALARY: BudgetColumn = BudgetColumn {
    label: "Salary",
    amount: |q| q.salary,
    one_off: false,
};
const OVERHEAD: BudgetColumn = BudgetColumn {
    label: "Benefits, taxes, overhead",
    amount: |q| q.overhead,
    one_off: false,
};
const CONTRACT: BudgetColumn = BudgetColumn {
    label: "Contract bills",
    amount: |q| q.contract,
    one_off: false,
};
const HIRING: BudgetColumn = BudgetColumn {
    label: "Hiring cost",
    amount: |q| q.hiring,
    one_off: true,
};
const CONVERSION: BudgetColumn = BudgetColumn {
    label: "Conversion fee",
    amount: |q| q.conversion_fee,
    one_off: true,
};

/// The amount columns the scenario's route can fill, in the order the bars stack: pay for
/// employment, a staffing firm's bills for a contract, the hiring fee of a direct hire, the
/// conversion fee of a contract-to-hire. (Total and cumulative follow them.)
pub fn budget_columns(p: &Projection) -> Vec<&'static BudgetColumn> {
    let mut columns = Vec::with_capacity(5);
    if p.employed_from.is_some() {
        columns.extend([&SALARY, &OVERHEAD]);
    }
    if p.contract.is_some() {
        columns.push(&CONTRACT);
    }
    if p.conversion.is_some() {
        columns.push(&CONVERSION);
    } else if p.contract.is_none() {
        columns.push(&HIRING);
    }
    columns
}

/// One tooltip: a heading and label/value rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tooltip {
    pub title: String,
    pub rows: Vec<(String, String)>,
}

pub fn cost_summary(p: &Projection) -> String {
    let first = p
        .quarters
        .first()
        .map(|q| q.quarter.to_string())
        .unwrap_or_default();
    let start = if p.starts_within_horizon {
        format!("the hire starts {}", p.start_date)
    } else {
        format!(
            "the hire starts {}, after the last quarter shown",
            p.start_date
        )
    };
    let fees = match (p.contract, p.conversion) {
        (Some(terms), Some(c)) => format!(
            "a staffing firm bills {} a year until the conversion on {}, when a {} conversion fee falls due; salary and overhead follow",
            money(terms.annual_billing),
            c.date,
            money(c.fee)
        ),
        (Some(terms), None) => format!(
            "a staffing firm bills {} a year, with no fee on top, until the contract ends {}",
            money(terms.annual_billing),
            terms.ends
        ),
        (None, _) => format!(
            "the one-off hiring cost of {} falls in {}",
            money(p.hiring_cost),
            p.start_date.quarter()
        ),
    };
    format!(
        "Cash cost over {} quarters ({first} to {}): {}; {start}. Quarters before the start are the search and cost nothing; {fees}.",
        p.quarters.len(),
        p.last_quarter(),
        money(p.horizon_cash),
    )
}

pub fn ramp_summary(p: &Projection) -> String {
    let full = p.milestones[3];
    let reached = if full.weeks <= 52.0 {
        format!(
            "reaches full productivity on {}, {} weeks after the start on {}",
            full.date,
            decimal(full.weeks, 1),
            p.start_date
        )
    } else {
        format!(
            "starts {} and is not fully productive within the first year (full productivity on {})",
            p.start_date, full.date
        )
    };
    let search = format!(
        "The chart starts when the search opens, {}: the seat stays empty for {} working days, {} of work not done.",
        p.search_opens,
        p.empty_seat.vacancy_working_days,
        money(p.empty_seat.during_search)
    );
    let ends = p
        .engagement_ends()
        .map(|end| format!(" The contract ends {end}: capacity stops there."))
        .unwrap_or_default();
    let payback = match p.payback.date {
        Some(date) => format!(" The hire pays for itself on {date}, marked with a triangle."),
        None => " The hire does not pay for itself within the horizon.".to_string(),
    };
    format!(
        "The hire {reached}. {search}{ends}{payback} Capacity not yet delivered in the first 52 weeks: {} weeks, a ramp cost of {} (not cash). Months 2 and 3 are shaded: the article warns that new engineers then make bigger decisions while still missing the team's context, so mistakes cost the most.",
        decimal(p.lost_capacity_weeks, 1),
        money(p.ramp_cost),
    )
}

/// A quarter's amounts as a table shows them, rounded as `shown` and fitted so that they add
/// up: the cumulative is the exact running total rounded, the quarter's total the step from
/// the cumulative before it, and its parts (one per budget column asked for) each rounded,
/// with what is left over (a unit or two) put on the largest part that accrues (salary,
/// overhead, a contract's billing), never on a one-off fee while such a part is there. Each
/// rounded on its own, a quarter's parts missed its total, and a total plus the cumulative
/// before it the next cumulative, by a dollar (a cent in the CSV) about half the time. Put on
/// a fee, the fee in the budget missed the same fee among the key figures: a review found
/// the CSV's one-off hiring cost 40751.72 and its hiring cost column 40751.71.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownQuarter {
    pub parts: Vec<f64>,
    pub total: f64,
    pub cumulative: f64,
}

/// Every quarter of `p` as [`ShownQuarter`], with a part for each of `columns`.
pub fn quarters_as_shown(
    p: &Projection,
    columns: &[&BudgetColumn],
    shown: MoneyShown,
) -> Vec<ShownQuarter> {
    let mut before = 0.0;
    p.quarters
        .iter()
        .map(|q| {
            let cumulative = shown.round(q.cumulative);
            let total = shown.round(cumulative - before);
            before = cumulative;
            let mut parts: Vec<f64> = columns.iter().map(|c| shown.round((c.amount)(q))).collect();
            let left = shown.round(total - parts.iter().sum::<f64>());
            if left != 0.0 {
                // The largest accruing part that is not nothing, else the largest.
                let size = |i: &usize| (!columns[*i].one_off && parts[*i] != 0.0, parts[*i].abs());
                let largest = (0..parts.len()).max_by(|a, b| {
                    let (a, b) = (size(a), size(b));
                    a.0.cmp(&b.0).then(a.1.total_cmp(&b.1))
                });
                if let Some(i) = largest {
                    parts[i] = shown.round(parts[i] + left);
                }
            }
            ShownQuarter {
                parts,
                total,
                cumulative,
            }
        })
        .collect()
}

/// The quarterly budget as text, the way the table and the CSV show it: the headings, a row
/// per quarter (the quarter, the route's columns, total, cumulative) and the totals row, each
/// amount rounded as `shown` and written by `write` (whole dollars on the page, cents in the
/// CSV). Every row and every column adds up as shown ([`quarters_as_shown`]).
pub struct BudgetGrid {
    pub headings: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    pub totals: Vec<String>,
}

pub fn budget_grid(p: &Projection, shown: MoneyShown, write: fn(f64) -> String) -> BudgetGrid {
    let columns = budget_columns(p);
    let mut headings = vec!["Quarter"];
    headings.extend(columns.iter().map(|c| c.label));
    headings.extend(["Total", "Cumulative"]);
    let quarters = quarters_as_shown(p, &columns, shown);
    let rows = p
        .quarters
        .iter()
        .zip(&quarters)
        .map(|(q, as_shown)| {
            let mut row = vec![q.quarter.to_string()];
            row.extend(as_shown.parts.iter().map(|amount| write(*amount)));
            row.extend([write(as_shown.total), write(as_shown.cumulative)]);
            row
        })
        .collect();
    let mut totals = vec!["Total".to_string()];
    totals.extend((0..columns.len()).map(|column| {
        write(shown.round(quarters.iter().filter_map(|q| q.parts.get(column)).sum()))
    }));
    let all = quarters.last().map_or(0.0, |q| q.cumulative);
    totals.extend([write(all), write(all)]);
    BudgetGrid {
        headings,
        rows,
        totals,
    }
}

pub fn cost_tooltip(p: &Projection, index: usize) -> Tooltip {
    let Some(q) = p.quarters.get(index) else {
        return Tooltip::default();
    };
    let mut rows = Vec::with_capacity(7);
    if q.days_employed == 0 && q.days_contracted == 0 {
        let before = q.quarter <= p.start_date.quarter();
        rows.push((
            if before { "Search" } else { "Contract ended" }.to_string(),
            if before {
                "no pay yet"
            } else {
                "nothing billed"
            }
            .to_string(),
        ));
    }
    // The amounts as the budget table shows them, so the two never differ by a dollar.
    let columns = budget_columns(p);
    let Some(as_shown) = quarters_as_shown(p, &columns, MoneyShown::Dollars)
        .into_iter()
        .nth(index)
    else {
        return Tooltip::default();
    };
    for (column, amount) in columns.iter().zip(&as_shown.parts) {
        // A fee column only where its fee falls.
        if (column.amount)(q) > 0.0 || !column.one_off {
            rows.push((column.label.to_string(), money(*amount)));
        }
    }
    rows.push(("Total".to_string(), money(as_shown.total)));
    rows.push(("Cumulative".to_string(), money(as_shown.cumulative)));
    Tooltip {
        title: q.quarter.to_string(),
        rows,
    }
}

/// The milestone reached during `week`, if any (its week rounded down).
fn milestone_in_week(p: &Projection, week: u32) -> Option<&'static str> {
    // Named at the first weekly point on or after it, where the curve has reached it (a
    // milestone at 9.75 weeks belongs to week 10's 100 %, not week 9's 95 %); the latest of
    // several reached by the same point.
    // None after a contract has ended: the curve reads 0 % there.
    let ended = p
        .engagement_ends()
        .is_some_and(|end| p.start_date.add_days(i64::from(week) * 7) >= end);
    p.milestones
        .iter()
        .rev()
        .find(|m| !ended && m.weeks.ceil() as u32 == week)
        .map(|m| m.kind.label())
}

pub fn ramp_tooltip(p: &Projection, index: usize) -> Tooltip {
    let Some(point) = p.weekly.get(index) else {
        return Tooltip::default();
    };
    let mut rows = vec![("Productivity".to_string(), share(point.productivity))];
    if let Some(label) = milestone_in_week(p, point.week) {
        rows.push(("Milestone".to_string(), label.to_string()));
    }
    Tooltip {
        title: format!("Week {}, {}", point.week, point.date),
        rows,
    }
}

/// The milestone column of the ramp data table for `week`.
pub fn ramp_table_milestone(p: &Projection, week: u32) -> &'static str {
    milestone_in_week(p, week).unwrap_or("")
}

// The comparison charts (up to three options) in words.

/// The options described: at most [`MAX_OPTIONS`], each with the name it is shown by and its
/// letter ("Junior (A)"; just "A" when it has no name of its own).
fn named<'a>(options: &'a [ChartOption<'a>]) -> Vec<(String, &'a Projection)> {
    options
        .iter()
        .take(MAX_OPTIONS)
        .enumerate()
        .map(|(i, o)| {
            let name = display_name(o.name, i);
            let letter = OPTION_LETTERS[i];
            let shown = if name == letter {
                name
            } else {
                format!("{name} ({letter})")
            };
            (shown, o.projection)
        })
        .collect()
}

/// "$24,300 more than A" / "$1,200 less than A" / "the same as A": the difference of the
/// two amounts as shown beside it (`MoneyShown` says why).
fn money_against_a(amount: f64, a: f64) -> String {
    let difference = MoneyShown::Dollars.round(amount) - MoneyShown::Dollars.round(a);
    if difference == 0.0 {
        "the same as A".to_string()
    } else if difference > 0.0 {
        format!("{} more than A", money(difference))
    } else {
        format!("{} less than A", money(-difference))
    }
}

/// "5 weeks sooner than A" / "2.1 weeks later than A" / "the same day as A".
fn weeks_against_a(days_later: i64) -> String {
    let weeks = quantity(days_later.unsigned_abs() as f64 / 7.0, 1, "week", "weeks");
    match days_later {
        0 => "the same day as A".to_string(),
        d if d < 0 => format!("{weeks} sooner than A"),
        _ => format!("{weeks} later than A"),
    }
}

/// The cost comparison chart's accessible description: the calendar it covers, each option's
/// cash at the end of the last quarter every option covers (and how far from A), who spends
/// least, and each option's total where the horizons end in different quarters.
pub fn cost_comparison_summary(options: &[ChartOption]) -> String {
    let named = named(options);
    let quarters = comparison_quarters(options);
    let (Some(first), Some(last)) = (quarters.first(), quarters.last()) else {
        return String::new();
    };
    let mut text = format!(
        "Cumulative cash of {} on one calendar, {first} to {last}, a line each.",
        if named.len() == 1 {
            named[0].0.clone()
        } else {
            format!("{} options", named.len())
        }
    );
    // The last quarter every option has a figure for: the fair point to compare them.
    let common = named
        .iter()
        .map(|(_, p)| p.last_quarter())
        .min()
        .filter(|q| named.iter().all(|(_, p)| quarter_of(p, *q).is_some()));
    if let Some(quarter) = common {
        let spent: Vec<f64> = named
            .iter()
            .map(|(_, p)| quarter_of(p, quarter).map_or(0.0, |q| q.cumulative))
            .collect();
        let parts: Vec<String> = named
            .iter()
            .zip(&spent)
            .enumerate()
            .map(|(i, ((name, _), amount))| {
                if i == 0 {
                    format!("{name} {}", money(*amount))
                } else {
                    format!(
                        "{name} {}, {}",
                        money(*amount),
                        money_against_a(*amount, spent[0])
                    )
                }
            })
            .collect();
        text.push_str(&format!(" By the end of {quarter}: {}.", parts.join("; ")));
        if named.len() > 1 {
            let least = spent
                .iter()
                .enumerate()
                .min_by(|a, b| a.1.total_cmp(b.1))
                .map_or(0, |(i, _)| i);
            text.push_str(&format!(" Least cash by then: {}.", named[least].0));
        }
    }
    if named.iter().any(|(_, p)| p.last_quarter() != *last) || common.is_none() {
        let totals: Vec<String> = named
            .iter()
            .map(|(name, p)| format!("{name} {} to {}", money(p.horizon_cash), p.last_quarter()))
            .collect();
        text.push_str(&format!(
            " Each over its own horizon: {}.",
            totals.join("; ")
        ));
    }
    text
}

/// Who is fully productive first, in a sentence; options on the same day are named together
/// (an on-site and a remote hire ramp alike: naming only A would be wrong).
fn first_fully_productive(named: &[(String, &Projection)]) -> String {
    let Some(first) = named.iter().map(|(_, p)| p.full_productivity_date()).min() else {
        return String::new();
    };
    let tied = named
        .iter()
        .filter(|(_, p)| p.full_productivity_date() == first)
        .map(|(name, _)| name.as_str());
    let count = tied.clone().count();
    let mut text = match count {
        1 => " First fully productive: ",
        n if n == named.len() => " Fully productive on the same day: ",
        _ => " First fully productive, on the same day: ",
    }
    .to_string();
    // Pushed one by one, not `join`ed: a slice join is half a kilobyte of wasm of its own.
    for (i, name) in tied.enumerate() {
        if i > 0 {
            text.push_str(if i + 1 == count { " and " } else { ", " });
        }
        text.push_str(name);
    }
    text.push('.');
    text
}

/// The ramp comparison chart's accessible description: when each option starts and is fully
/// productive (and how much sooner or later than A), who is first, and each payback date.
pub fn ramp_comparison_summary(options: &[ChartOption]) -> String {
    let named = named(options);
    let Some((_, a)) = named.first() else {
        return String::new();
    };
    let a_full = a.full_productivity_date();
    let mut text = "Productivity of each option by date, on one calendar.".to_string();
    for (i, (name, p)) in named.iter().enumerate() {
        let full = p.full_productivity_date();
        text.push_str(&format!(
            " {name} starts {} and is fully productive on {full}",
            p.start_date
        ));
        if i > 0 {
            text.push_str(&format!(", {}", weeks_against_a(a_full.days_until(full))));
        }
        text.push('.');
    }
    if named.len() > 1 {
        text.push_str(&first_fully_productive(&named));
    }
    let paybacks: Vec<String> = named
        .iter()
        .map(|(name, p)| match p.payback.date {
            Some(date) => format!("{name} on {date}"),
            None => format!("{name} not within its horizon"),
        })
        .collect();
    text.push_str(&format!(
        " Pays for itself (a triangle): {}.",
        paybacks.join("; ")
    ));
    text
}

/// A comparison chart's data table as text: headings, a row per calendar quarter or month,
/// and (for the cost table) a totals row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ComparisonGrid {
    pub headings: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub totals: Vec<String>,
}

/// What a cell says for a quarter outside an option's horizon.
const OUTSIDE: &str = "–";

/// The cost comparison as a table: a row per calendar quarter, and for each option its cash in
/// that quarter and its cumulative cash ("–" outside its horizon), each amount written by
/// `write`; the totals row gives each option's cash over its horizon.
pub fn cost_comparison_grid(
    options: &[ChartOption],
    shown: MoneyShown,
    write: fn(f64) -> String,
) -> ComparisonGrid {
    let named = named(options);
    // Each option's quarters as its budget shows them ([`quarters_as_shown`]).
    let as_shown: Vec<Vec<ShownQuarter>> = named
        .iter()
        .map(|(_, p)| quarters_as_shown(p, &[], shown))
        .collect();
    let mut headings = vec!["Quarter".to_string()];
    for (name, _) in &named {
        headings.push(format!("{name}: quarter"));
        headings.push(format!("{name}: cumulative"));
    }
    let rows = comparison_quarters(options)
        .into_iter()
        .map(|quarter| {
            let mut row = Vec::with_capacity(1 + 2 * named.len());
            row.push(quarter.to_string());
            for ((_, p), as_shown) in named.iter().zip(&as_shown) {
                match p
                    .quarters
                    .iter()
                    .position(|q| q.quarter == quarter)
                    .and_then(|i| as_shown.get(i))
                {
                    Some(q) => row.extend([write(q.total), write(q.cumulative)]),
                    None => row.extend([OUTSIDE.to_string(), OUTSIDE.to_string()]),
                }
            }
            row
        })
        .collect();
    let mut totals = vec!["Total".to_string()];
    for as_shown in &as_shown {
        let all = as_shown.last().map_or(0.0, |q| q.cumulative);
        totals.extend([write(all), write(all)]);
    }
    ComparisonGrid {
        headings,
        rows,
        totals,
    }
}

/// An option's productivity on `date` in words: a share, or why there is none.
fn productivity_words(p: &Projection, date: Date) -> String {
    match productivity_on(p, date) {
        None if date >= p.search_opens => "Searching".to_string(),
        None => "Not started".to_string(),
        Some(_) if p.engagement_ends().is_some_and(|end| date >= end) => {
            "Contract ended".to_string()
        }
        Some(level) => share(level),
    }
}

/// The ramp comparison as a table: a row per month (its first day) across the chart's
/// calendar, a column per option with its productivity that day.
pub fn ramp_comparison_grid(options: &[ChartOption]) -> ComparisonGrid {
    let named = named(options);
    let Some(calendar) = RampCalendar::of(options) else {
        return ComparisonGrid::default();
    };
    let mut headings = vec!["Date".to_string()];
    headings.extend(named.iter().map(|(name, _)| name.clone()));
    let last = calendar.first_day.add_days(calendar.days);
    let mut month = Date {
        day: 1,
        ..calendar.first_day
    };
    if month < calendar.first_day {
        month = month.add_months(1);
    }
    let mut rows = Vec::new();
    while month <= last {
        let mut row = vec![month.to_string()];
        row.extend(named.iter().map(|(_, p)| productivity_words(p, month)));
        rows.push(row);
        month = month.add_months(1);
    }
    ComparisonGrid {
        headings,
        rows,
        totals: Vec::new(),
    }
}

/// The tooltip for calendar quarter `index` of the cost comparison: every option's cash in
/// the quarter and so far.
pub fn cost_comparison_tooltip(options: &[ChartOption], index: usize) -> Tooltip {
    let Some(&quarter) = comparison_quarters(options).get(index) else {
        return Tooltip::default();
    };
    let rows = named(options)
        .into_iter()
        .map(|(name, p)| {
            let value = match quarter_of(p, quarter) {
                Some(q) if q.days_employed == 0 && q.days_contracted == 0 => {
                    if quarter <= p.start_date.quarter() {
                        format!("search, no pay yet; {} so far", money(q.cumulative))
                    } else {
                        format!("nothing billed; {} so far", money(q.cumulative))
                    }
                }
                Some(q) => format!(
                    "{} this quarter; {} so far",
                    money(q.total),
                    money(q.cumulative)
                ),
                None => "outside its horizon".to_string(),
            };
            (name, value)
        })
        .collect();
    Tooltip {
        title: quarter.to_string(),
        rows,
    }
}

/// The tooltip for calendar week `index` of the ramp comparison: every option's productivity
/// that day, and a milestone it reaches that week.
pub fn ramp_comparison_tooltip(options: &[ChartOption], index: usize) -> Tooltip {
    let Some(calendar) = RampCalendar::of(options) else {
        return Tooltip::default();
    };
    if index >= calendar.weeks() {
        return Tooltip::default();
    }
    let date = calendar.week_date(index);
    let rows = named(options)
        .into_iter()
        .map(|(name, p)| {
            let mut value = productivity_words(p, date);
            let week = p.start_date.days_until(date);
            if (0..7 * 53).contains(&week) {
                if let Some(label) = milestone_in_week(p, (week / 7) as u32) {
                    value = format!("{value}, {}", label.to_ascii_lowercase());
                }
            }
            (name, value)
        })
        .collect();
    Tooltip {
        title: format!("Week of {date}"),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Date, Quarter, Scenario};

    fn projection() -> Projection {
        let mut s = Scenario::default_for(Date::new(2026, 11, 29).unwrap());
        s.start_quarter = Quarter {
            year: 2027,
            number: 1,
        };
        project(&s)
    }

    #[test]
    fn cost_summary_states_the_main_message() {
        let p = projection();
        let text = cost_summary(&p);
        assert!(
            text.starts_with("Cash cost over 8 quarters (2027 Q1 to 2028 Q4): $"),
            "{text}"
        );
        assert!(text.contains("the hire starts Feb 10, 2027"));
        assert!(text.contains(&money(p.horizon_cash)));
    }

    #[test]
    fn tooltips_give_a_quarters_values() {
        let p = projection();
        let t = cost_tooltip(&p, 0);
        assert_eq!(t.title, "2027 Q1");
        assert!(t
            .rows
            .contains(&("Hiring cost".to_string(), "$4,700".to_string())));
        assert!(t
            .rows
            .contains(&("Total".to_string(), money(p.quarters[0].total))));
        assert_eq!(cost_tooltip(&p, 99), Tooltip::default());
    }

    #[test]
    fn ramp_words_and_tooltips() {
        let p = projection();
        assert!(ramp_summary(&p).contains(
            "reaches full productivity on May 12, 2027, 13 weeks after the start on Feb 10, 2027"
        ));
        let t = ramp_tooltip(&p, 6);
        assert_eq!(t.title, "Week 6, Mar 24, 2027");
        assert_eq!(t.rows[0], ("Productivity".to_string(), "60%".to_string()));
        assert_eq!(
            t.rows[1],
            ("Milestone".to_string(), "Independent".to_string())
        );
        assert_eq!(ramp_table_milestone(&p, 13), "Fully productive");
        assert_eq!(ramp_table_milestone(&p, 14), "");
    }
}
