//! The key figures in words: each value, and apart from it the arithmetic behind it
//! ([`figure_math`]), so finance can check every number without reading code. Pure functions
//! of the scenario and its projection.

use crate::format::{decimal, money, money_cents, percent, quantity, share};
use crate::model::regions::percentile_name;
use crate::model::scenario::SearchBy;
use crate::model::{
    Assumption as A, ContractTerms, ConversionSchedule, Level, Projection, RegionKind, Scenario,
};

/// Identifies a key figure (stable: used for element ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureId {
    Salary,
    AllIn,
    HiringCost,
    TimeToHire,
    FullProductivity,
    YearOne,
    PaysForItself,
    RampCost,
    EmptySeat,
    BadHire,
}

impl FigureId {
    pub fn key(self) -> &'static str {
        match self {
            FigureId::Salary => "salary",
            FigureId::AllIn => "all-in",
            FigureId::HiringCost => "hiring-cost",
            FigureId::TimeToHire => "time-to-hire",
            FigureId::FullProductivity => "full-productivity",
            FigureId::YearOne => "year-one",
            FigureId::PaysForItself => "pays-for-itself",
            FigureId::RampCost => "ramp-cost",
            FigureId::EmptySeat => "empty-seat",
            FigureId::BadHire => "bad-hire",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    pub id: FigureId,
    /// What the figure is; it can change with the route ("Contract bills a year").
    pub label: &'static str,
    pub value: String,
    /// A second line under the value: a range, a date.
    pub detail: String,
    /// A sentence under the figure that helps weigh it ("each week of searching costs...");
    /// empty when there is none.
    pub note: String,
    /// Set for figures that are not cash (ramp cost, bad-hire exposure).
    pub not_cash: Option<&'static str>,
}

fn level_adjective(level: Level) -> &'static str {
    level.short_label()
}

fn region_factor_line(s: &Scenario, p: &Projection) -> String {
    let region = s.region;
    if region.kind == RegionKind::National {
        return "Region factor 1: national pay (BLS OEWS May 2025).".to_string();
    }
    let national = crate::model::Region::national();
    let percentile = percentile_name(s.level);
    let own = format!(
        "{} {percentile} {} ÷ national {percentile} {} = {}",
        region.name,
        money(f64::from(region.wage_for(s.level))),
        money(f64::from(national.wage_for(s.level))),
        decimal(region.factor(s.level), 4),
    );
    match p.region_factor_held_at {
        Some(held) => format!(
            "Region factor {}: {own} would pay a {} hire more than a {} one here, so the factor is held at the {} figure (BLS OEWS May 2025).",
            decimal(p.region_factor, 4),
            level_adjective(s.level),
            level_adjective(held),
            level_adjective(held),
        ),
        None => format!("Region factor {}: {own} (BLS OEWS May 2025).", decimal(p.region_factor, 4)),
    }
}

/// The multipliers applied to the national band, in words: `× 1.567 region factor × (1 − 10% remote discount)`.
fn salary_factors(p: &Projection) -> String {
    let mut factors = format!("× {} region factor", decimal(p.region_factor, 4));
    if p.remote_discount > 0.0 {
        factors.push_str(&format!(
            " × (1 − {} remote discount)",
            share(p.remote_discount)
        ));
    }
    if p.q4_salary_effect > 0.0 {
        factors.push_str(&format!(
            " × (1 − {} Q4 salary saving)",
            share(p.q4_salary_effect)
        ));
    }
    factors
}

/// The key figures as the cards show them, without their math: that is [`figure_math`], shown
/// on request (the deployed page fetches its code only then, see `components::figures`).
pub fn key_figures(p: &Projection) -> Vec<KeyFigure> {
    let figure = |id, label, value: String, detail: String| KeyFigure {
        id,
        label,
        value,
        detail,
        note: String::new(),
        not_cash: None,
    };
    let mut figures = Vec::with_capacity(10);
    figures.push(figure(
        FigureId::Salary,
        "Planning salary",
        money(p.salary.median),
        format!("range {} – {}", money(p.salary.low), money(p.salary.high)),
    ));
    figures.push(running_cost_figure(p));
    figures.push(hiring_cost_figure(p));

    let mut time = figure(
        FigureId::TimeToHire,
        "Time to hire",
        quantity(p.time_to_hire_days as f64, 0, "day", "days"),
        format!("starts {}", p.start_date),
    );
    let seat = &p.empty_seat;
    time.note = if seat.search_week_net >= 0.0 {
        format!(
            "A week of searching costs about {} of work not done ({} net of pay).",
            money(seat.search_week),
            money(seat.search_week_net)
        )
    } else {
        format!(
            "A week of searching costs about {} of work not done, less than the {} of pay it saves.",
            money(seat.search_week),
            money(seat.search_week - seat.search_week_net)
        )
    };
    figures.push(time);

    let full = p.milestones[3];
    let (full_value, full_detail) = match contract_ends_before_full_productivity(p) {
        Some(ends) => (
            "Not reached".to_string(),
            format!("the contract ends {ends}, before {}", full.date),
        ),
        None => (
            full.date.to_string(),
            format!(
                "{} after the start",
                quantity(full.weeks, 2, "week", "weeks")
            ),
        ),
    };
    figures.push(figure(
        FigureId::FullProductivity,
        "Fully productive",
        full_value,
        full_detail,
    ));

    figures.push(figure(
        FigureId::YearOne,
        "Year-one cash cost",
        money(p.year_one_cash),
        format!("12 months from {}", p.start_date),
    ));
    figures.push(payback_figure(p));

    let mut ramp = figure(
        FigureId::RampCost,
        "Ramp-up cost",
        money(p.ramp_cost),
        "capacity paid for, not yet delivered".to_string(),
    );
    ramp.not_cash =
        Some("Not cash: already inside what you pay. Shown apart, never added to the budget.");
    figures.push(ramp);

    let mut empty = figure(
        FigureId::EmptySeat,
        "Cost of the empty seat",
        money(seat.gross),
        format!("{} net of the pay not spent", money(seat.net)),
    );
    empty.not_cash = Some("Not cash: work not done, never added to the budget.");
    figures.push(empty);

    let mut bad = figure(
        FigureId::BadHire,
        "Bad-hire exposure",
        bad_hire_amounts(p).0,
        "if the hire turns out wrong".to_string(),
    );
    bad.not_cash = Some("A risk, not a cost: never added to totals.");
    figures.push(bad);

    figures
}

/// The arithmetic behind a key figure, a line each: an equation or its explanation.
pub fn figure_math(id: FigureId, s: &Scenario, p: &Projection) -> Vec<String> {
    // In the math lines the salary keeps its cents, so a hand check lands on the figure shown.
    let exact_salary = money_cents(p.salary.median);
    match id {
        FigureId::Salary => salary_math(s, p),
        FigureId::AllIn => running_cost_math(p, &exact_salary),
        FigureId::HiringCost => hiring_cost_math(p, &exact_salary),
        FigureId::TimeToHire => time_to_hire_math(s, p),
        FigureId::FullProductivity => full_productivity_math(s, p),
        FigureId::YearOne => year_one_math(p),
        FigureId::PaysForItself => payback_math(p),
        FigureId::RampCost => vec![ramp_cost_math(p)],
        FigureId::EmptySeat => empty_seat_math(p),
        FigureId::BadHire => {
            let (exposure, multiples) = bad_hire_amounts(p);
            vec![format!(
                "{exposure} = {multiples} × {exact_salary} salary (KORE1's guide: wrong hires cost three to five times annual salary).",
            )]
        }
    }
}

fn blank(id: FigureId, label: &'static str) -> KeyFigure {
    KeyFigure {
        id,
        label,
        value: String::new(),
        detail: String::new(),
        note: String::new(),
        not_cash: None,
    }
}

fn salary_math(s: &Scenario, p: &Projection) -> Vec<String> {
    let level = level_adjective(s.level);
    let factors = salary_factors(p);
    // The region factor is shown to four decimals: the product is then close, not exact.
    let equals = if p.region_factor == 1.0 { "=" } else { "≈" };
    let mut lines = vec![
        format!(
            "{} {equals} {} national {level} median {factors}.",
            money(p.salary.median),
            money(p.national_band.median)
        ),
        format!(
            "Range {} – {} {equals} national band {} – {} {factors}.",
            money(p.salary.low),
            money(p.salary.high),
            money(p.national_band.low),
            money(p.national_band.high),
        ),
        region_factor_line(s, p),
    ];
    if let Some(terms) = p.contract {
        lines.push(format!(
            "A contractor's pay rate is this salary ÷ 2,080 hours: {} an hour.",
            money_cents(terms.pay_rate)
        ));
    }
    lines
}

/// The contract's rates in words: pay, markup and margin, bill rate, a year of bills.
fn contract_lines(terms: &ContractTerms, exact_salary: &str) -> Vec<String> {
    vec![
        format!(
            "Pay rate {} = {exact_salary} salary ÷ 2,080 hours (the standard full-time year).",
            money_cents(terms.pay_rate)
        ),
        format!(
            "Bill rate {} = {} × (1 + {} markup). The same difference is a {} margin on the bill rate: markup is on pay, margin on the bill.",
            money_cents(terms.bill_rate),
            money_cents(terms.pay_rate),
            share(terms.markup),
            share(terms.margin),
        ),
        format!(
            "{} a year = {} × {}.",
            money(terms.annual_billing),
            money_cents(terms.bill_rate),
            quantity(terms.hours_per_year, 0, "hour", "hours"),
        ),
        "No agency fee and no benefits load on top: both are inside the markup (the staffing firm employs the contractor).".to_string(),
    ]
}

/// What the seat costs a year: salary and overhead, or a staffing firm's bills.
fn running_cost_figure(p: &Projection) -> KeyFigure {
    let all_in = money(p.all_in_annual);
    let mut f = blank(FigureId::AllIn, "All-in annual cost");
    match p.contract {
        Some(terms) => {
            f.label = "Contract bills a year";
            f.value = money(terms.annual_billing);
            f.detail = format!(
                "{} an hour × {} h, markup {} (margin {})",
                money_cents(terms.bill_rate),
                decimal(terms.hours_per_year, 0),
                share(terms.markup),
                share(terms.margin),
            );
            if p.conversion.is_some() {
                f.detail = format!("{}; {all_in} all-in once converted", f.detail);
            }
        }
        None => {
            f.value = all_in;
            f.detail = format!(
                "salary + {} benefits, taxes, overhead",
                share(p.overhead_rate)
            );
        }
    }
    f
}

fn running_cost_math(p: &Projection, exact_salary: &str) -> Vec<String> {
    let employed = format!(
        "{} = {exact_salary} salary × (1 + {} overhead).",
        money(p.all_in_annual),
        share(p.overhead_rate)
    );
    match p.contract {
        Some(terms) => {
            let mut lines = contract_lines(&terms, exact_salary);
            if let Some(conversion) = p.conversion {
                lines.push(format!(
                    "From the conversion on {}: all-in {employed}",
                    conversion.date
                ));
            }
            lines
        }
        None => vec![employed],
    }
}

fn hiring_cost_figure(p: &Projection) -> KeyFigure {
    let mut f = blank(FigureId::HiringCost, "One-off hiring cost");
    f.value = money(p.hiring_cost);
    match (p.conversion, p.contract, p.agency_fee_rate) {
        (Some(c), _, _) => {
            f.label = "Conversion fee";
            f.value = money(c.fee);
            f.detail = format!("on converting, {}", c.date);
        }
        (None, Some(_), _) => f.detail = "none: inside the markup".to_string(),
        (None, None, Some(rate)) => f.detail = format!("{} agency fee", share(rate)),
        (None, None, None) => f.detail = "in-house search".to_string(),
    }
    f
}

fn hiring_cost_math(p: &Projection, exact_salary: &str) -> Vec<String> {
    let hiring = money(p.hiring_cost);
    match (p.conversion, p.contract, p.agency_fee_rate) {
        (Some(c), _, _) => {
            let due = match c.schedule {
                ConversionSchedule::ProRatedTwelfths => format!(
                    " × {}/12 still due after {} (pro-rated in twelfths)",
                    12_u32.saturating_sub(c.months_worked),
                    quantity(f64::from(c.months_worked), 0, "month", "months"),
                ),
                ConversionSchedule::Flat => " (flat: due in full)".to_string(),
                ConversionSchedule::NoneAfter if c.share_due == 0.0 => format!(
                    " × 0: none is due after {} worked",
                    quantity(f64::from(c.months_worked), 0, "month", "months"),
                ),
                ConversionSchedule::NoneAfter => format!(
                    " (due in full: {} worked, before the fee-free month)",
                    quantity(f64::from(c.months_worked), 0, "month", "months"),
                ),
            };
            vec![
                format!(
                    "{} = {} conversion fee × {exact_salary} first-year salary{due}.",
                    money(c.fee),
                    share(c.fee_rate),
                ),
                format!("Paid on the conversion date, {}.", c.date),
            ]
        }
        (None, Some(_), _) => vec![
            "$0: a contract has no placement fee; the staffing firm is paid through the markup on every hour billed.".to_string(),
        ],
        (None, None, Some(rate)) => vec![
            format!(
                "{hiring} = {} agency fee × {exact_salary} first-year salary.",
                share(rate)
            ),
            format!("Paid on the start date, {}.", p.start_date),
        ],
        (None, None, None) => vec![
            format!("{hiring} = in-house cost per hire (SHRM benchmark)."),
            format!("Paid on the start date, {}.", p.start_date),
        ],
    }
}

fn time_to_hire_math(s: &Scenario, p: &Projection) -> Vec<String> {
    let level = level_adjective(s.level);
    let days_text = quantity(p.time_to_hire_days as f64, 0, "day", "days");
    let a = &s.assumptions;
    let (route, derivation) = match s.route.spec().search {
        SearchBy::InHouse => (format!("{level} in-house"), None),
        SearchBy::Agency => ("staffing-agency".to_string(), None),
        SearchBy::Between => {
            let in_house = crate::model::projection::in_house_time_to_hire(a, s.level);
            (
                "contract-to-hire".to_string(),
                Some(format!(
                    "Contract-to-hire time to hire {} = {} agency + {} of the way to the {} {level} in-house search (our assumption: the article says only \"slower than pure staffing, faster than full recruiting\").",
                    quantity(p.base_time_to_hire, 2, "day", "days"),
                    quantity(a[A::TimeToHireAgency], 0, "day", "days"),
                    percent(a[A::ContractToHireSearchPosition]),
                    quantity(in_house, 0, "day", "days"),
                )),
            )
        }
    };
    let mut math = Vec::with_capacity(4);
    // The contract-to-hire derivation already ends on the time to hire: a line saying it again
    // ("40 days = contract-to-hire time to hire.") only follows when it adds a step.
    let derived = derivation.is_some();
    math.extend(derivation);
    if p.q4_speed_up > 0.0 {
        math.push(format!(
            "{days_text} = {} {route} time to hire × (1 − {} faster in Q4) = {}, rounded to the nearest day.",
            quantity(p.base_time_to_hire, 0, "day", "days"),
            share(p.q4_speed_up),
            quantity(p.time_to_hire, 2, "day", "days"),
        ));
    } else if p.base_time_to_hire.fract() != 0.0 {
        math.push(format!(
            "{days_text} = {} {route} time to hire, rounded to the nearest day.",
            quantity(p.base_time_to_hire, 2, "day", "days"),
        ));
    } else if !derived {
        math.push(format!("{days_text} = {route} time to hire."));
    }
    math.push(format!(
        "{} = {} (the search opens) + {days_text} to hire.",
        p.start_date, p.search_opens
    ));
    let seat = &p.empty_seat;
    math.push(format!(
        "A week of searching: 5 working days × {} of work a day ({} value a year ÷ {} working days) = {}; less 5 × {} of pay a filled seat would cost = {}.",
        money(seat.value_per_working_day),
        money(seat.value_annual),
        decimal(seat.working_days_per_year, 0),
        money(seat.search_week),
        money(p.running_annual_at_start / seat.working_days_per_year),
        money(seat.search_week_net),
    ));
    math
}

/// When a contract ends on or before the day the hire would be fully productive.
fn contract_ends_before_full_productivity(p: &Projection) -> Option<crate::model::Date> {
    p.engagement_ends()
        .filter(|ends| *ends <= p.milestones[3].date)
}

fn full_productivity_math(s: &Scenario, p: &Projection) -> Vec<String> {
    let full = p.milestones[3];
    let mut lines = vec![format!(
        "{} = {} start + {} ({} × {} {} ramp speed), rounded to the day.",
        full.date,
        p.start_date,
        quantity(full.weeks, 2, "week", "weeks"),
        quantity(
            s.assumptions[A::WeeksToFullProductivity],
            1,
            "mid-level week",
            "mid-level weeks"
        ),
        decimal(p.ramp_speed, 2),
        level_adjective(s.level),
    )];
    if let Some(ends) = contract_ends_before_full_productivity(p) {
        lines.push(format!(
            "The contract ends {ends}, before then: the hire never reaches full productivity with you."
        ));
    }
    lines
}

/// Why year one and the quarterly budget can differ by a few hundred dollars for a contract.
const TWELFTHS: &str = "Year one counts whole months (twelfths of a year); the quarterly budget counts the days billed, so a few months of it can differ slightly.";

fn year_one_math(p: &Projection) -> Vec<String> {
    let year_one = money(p.year_one_cash);
    let all_in = money(p.all_in_annual);
    match (p.contract, p.conversion) {
        (Some(terms), Some(c)) if terms.months < 12 => {
            let months = terms.months.min(12);
            vec![
                format!(
                    "{year_one} = {} contract bills × {months}/12 + {} conversion fee + {all_in} all-in × {}/12.",
                    money(terms.annual_billing),
                    money(c.fee),
                    12 - months,
                ),
                TWELFTHS.to_string(),
            ]
        }
        (Some(terms), _) => {
            let months = terms.months.min(12);
            let mut lines = vec![format!(
                "{year_one} = {} contract bills a year × {months}/12{}.",
                money(terms.annual_billing),
                if terms.months < 12 {
                    format!(" (the contract ends {})", terms.ends)
                } else {
                    String::new()
                }
            )];
            if terms.months < 12 {
                lines.push(TWELFTHS.to_string());
            }
            lines
        }
        (None, _) => vec![format!(
            "{year_one} = {all_in} all-in annual cost + {} one-off hiring cost.",
            money(p.hiring_cost)
        )],
    }
}

fn payback_figure(p: &Projection) -> KeyFigure {
    let mut f = blank(FigureId::PaysForItself, "Pays for itself");
    match p.payback.date {
        Some(date) => {
            f.value = date.to_string();
            f.detail = format!(
                "{} after the start",
                quantity(
                    p.start_date.days_until(date) as f64 / 7.0,
                    1,
                    "week",
                    "weeks"
                )
            );
        }
        None => {
            f.value = "Not within the horizon".to_string();
            let until = match p.engagement_ends() {
                Some(ends) if ends <= p.horizon_end() => format!("when the contract ends, {ends}"),
                _ => format!("at the end of the horizon, {}", p.last_quarter()),
            };
            f.detail = format!("value stays below cash {until}");
        }
    }
    f
}

fn payback_math(p: &Projection) -> Vec<String> {
    let seat = &p.empty_seat;
    let value_line = format!(
        "Value of the work: {} salary × {} = {} a year at full productivity. The multiple is a rule of thumb from a weak source: set your own in the assumptions.",
        money(p.salary.median),
        decimal(seat.value_multiple, 2),
        money(seat.value_annual),
    );
    let walk = "Day by day from the start, the value delivered grows by the value a day × that day's productivity (× hours billed ÷ 2,080 under contract), and the cash spent by the day's pay or contract bills plus any fee on its date. The date is the day from which value stays above cash, so a fee still to come (a conversion) is counted.";
    let outcome = match p.payback.date {
        Some(date) => format!(
            "On {date} the value delivered, {}, passes the cash spent, {}, for good.",
            money(p.payback.delivered),
            money(p.payback.spent)
        ),
        None => format!(
            "By then the value delivered is {} against {} of cash spent.",
            money(p.payback.delivered),
            money(p.payback.spent)
        ),
    };
    vec![value_line, walk.to_string(), outcome]
}

fn ramp_cost_math(p: &Projection) -> String {
    let weeks = quantity(p.lost_capacity_weeks, 3, "week", "weeks");
    let period = match p.engagement_ends() {
        Some(ends) if ends < p.weekly.last().map_or(ends, |w| w.date) => {
            format!("before the contract ends ({ends})")
        }
        _ => "in the first 52 weeks".to_string(),
    };
    match (p.contract, p.conversion) {
        (Some(_), Some(c)) => format!(
            "{} = {weeks} of capacity not yet delivered {period} (the area above the productivity curve), each week costed at what it cost: contract bills until {}, all-in cost after.",
            money(p.ramp_cost),
            c.date,
        ),
        (Some(terms), None) => format!(
            "{} = {} weekly contract bills ({} ÷ 52) × {weeks} of capacity not yet delivered {period} (the area above the productivity curve).",
            money(p.ramp_cost),
            money(p.weekly_all_in),
            money(terms.annual_billing),
        ),
        (None, _) => format!(
            "{} = {} weekly all-in cost ({} ÷ 52) × {weeks} of capacity not yet delivered {period} (the area above the productivity curve).",
            money(p.ramp_cost),
            money(p.weekly_all_in),
            money(p.all_in_annual),
        ),
    }
}

fn empty_seat_math(p: &Projection) -> Vec<String> {
    let seat = &p.empty_seat;
    vec![
        format!(
            "While the search runs: {} = {} of work a working day ({} value a year ÷ {} working days) × {} from {} to the start on {}.",
            money(seat.during_search),
            money(seat.value_per_working_day),
            money(seat.value_annual),
            decimal(seat.working_days_per_year, 0),
            quantity(seat.vacancy_working_days as f64, 0, "working day", "working days"),
            p.search_opens,
            p.start_date,
        ),
        format!(
            "While ramping up: {} = {} of work a week ({} ÷ 52) × {} of capacity not yet delivered.",
            money(seat.during_ramp),
            money(seat.value_annual / 52.0),
            money(seat.value_annual),
            quantity(p.lost_capacity_weeks, 3, "week", "weeks"),
        ),
        format!(
            "Gross {} = {} + {}.",
            money(seat.gross),
            money(seat.during_search),
            money(seat.during_ramp)
        ),
        format!(
            "Net {} = gross {} − {} of pay a filled seat would have cost over those {} ({} a year ÷ {} working days × {}).",
            money(seat.net),
            money(seat.gross),
            money(seat.pay_not_spent),
            quantity(seat.vacancy_working_days as f64, 0, "working day", "working days"),
            money(p.running_annual_at_start),
            decimal(seat.working_days_per_year, 0),
            decimal(seat.vacancy_working_days as f64, 0),
        ),
        "The value of the work is salary × a multiple from a weak source (a rule of thumb): set your own in the assumptions.".to_string(),
    ]
}

/// The bad-hire exposure and its multiples in words: a range, or one amount when the low and
/// high multipliers give the same (not a range from a number to itself).
fn bad_hire_amounts(p: &Projection) -> (String, String) {
    let (low, high) = p.bad_hire_multiples;
    if money(p.bad_hire_low) == money(p.bad_hire_high) {
        (money(p.bad_hire_low), decimal(low, 1))
    } else {
        (
            format!("{} – {}", money(p.bad_hire_low), money(p.bad_hire_high)),
            format!("{} to {}", decimal(low, 1), decimal(high, 1)),
        )
    }
}

/// The scenario in one sentence: "A mid-level backend developer in the United States, on site,
/// hired in-house, the search opening in 2027 Q1."
pub fn scenario_sentence(s: &Scenario) -> String {
    let remote = if s.remote_discount > 0.0 {
        format!("remote at a {} discount", percent(s.remote_discount))
    } else {
        "on site".to_string()
    };
    let route = s.route.spec().phrase;
    let place = match s.region.kind {
        RegionKind::National => "the United States",
        _ => s.region.name,
    };
    format!(
        "A {} backend developer in {place}, {remote}, {route}, the search opening {}.",
        s.level.short_label(),
        if s.search_opens() == s.start_quarter.first_day() {
            "in "
        } else {
            "on "
        }
        .to_string()
            + &search_opening(s)
    )
}

/// When the search opens: `2027 Q1`, or `Nov 30, 2026 (2026 Q4)` when it opens after the
/// quarter's first day.
pub fn search_opening(s: &Scenario) -> String {
    let opens = s.search_opens();
    if opens == s.start_quarter.first_day() {
        s.start_quarter.to_string()
    } else {
        format!("{opens} ({})", s.start_quarter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Date, HiringRoute, Quarter, Region};

    fn default_scenario() -> Scenario {
        let mut s = Scenario::default_for(Date::new(2026, 11, 29).unwrap());
        s.start_quarter = Quarter {
            year: 2027,
            number: 1,
        };
        s
    }

    /// A figure as a card shows it, with its math opened.
    struct Opened {
        value: String,
        detail: String,
        not_cash: Option<&'static str>,
        math: Vec<String>,
    }

    fn figure(s: &Scenario, id: FigureId) -> Opened {
        let p = project(s);
        let f = key_figures(&p).into_iter().find(|f| f.id == id).unwrap();
        Opened {
            value: f.value,
            detail: f.detail,
            not_cash: f.not_cash,
            math: figure_math(id, s, &p),
        }
    }

    #[test]
    fn every_figure_has_its_math() {
        let s = default_scenario();
        let p = project(&s);
        for f in key_figures(&p) {
            assert!(!figure_math(f.id, &s, &p).is_empty(), "{}", f.id.key());
        }
    }

    #[test]
    fn all_in_math_reads_like_the_spec() {
        let f = figure(&default_scenario(), FigureId::AllIn);
        assert_eq!(f.value, "$126,250");
        assert_eq!(
            f.math[0],
            "$126,250 = $101,000 salary × (1 + 25% overhead)."
        );
    }

    #[test]
    fn start_date_math_reads_like_the_spec() {
        let f = figure(&default_scenario(), FigureId::TimeToHire);
        assert_eq!(f.value, "40 days");
        assert_eq!(f.detail, "starts Feb 10, 2027");
        assert_eq!(
            f.math[1],
            "Feb 10, 2027 = Jan 1, 2027 (the search opens) + 40 days to hire."
        );
    }

    #[test]
    fn q4_math_shows_the_speed_up_and_the_rounding() {
        let mut s = default_scenario();
        s.start_quarter = Quarter {
            year: 2026,
            number: 4,
        };
        let f = figure(&s, FigureId::TimeToHire);
        assert_eq!(
            f.math[0],
            "23 days = 40 days mid-level in-house time to hire × (1 − 42% faster in Q4) = 23.2 days, rounded to the nearest day."
        );
    }

    #[test]
    fn salary_math_names_region_and_discount() {
        let mut s = default_scenario();
        s.region = Region::find("msa-41940").unwrap();
        s.remote_discount = 10.0;
        let f = figure(&s, FigureId::Salary);
        assert!(f.math[0].starts_with("$142,460 ≈ $101,000 national mid-level median × 1.5672 region factor × (1 − 10% remote discount)"), "{}", f.math[0]);
        assert!(f.math[2].contains(
            "San Jose-Sunnyvale-Santa Clara, CA median $213,110 ÷ national median $135,980"
        ));
    }

    #[test]
    fn a_held_region_factor_is_explained() {
        let mut s = default_scenario();
        s.level = Level::Junior;
        s.region = Region::find("state-co").unwrap();
        let f = figure(&s, FigureId::Salary);
        assert!(
            f.math[2].contains("would pay a junior hire more than a mid-level one here"),
            "{}",
            f.math[2]
        );
    }

    #[test]
    fn agency_fee_and_not_cash_figures() {
        let mut s = default_scenario();
        s.route = HiringRoute::Agency;
        assert_eq!(
            figure(&s, FigureId::HiringCost).math[0],
            "$20,200 = 20% agency fee × $101,000 first-year salary."
        );
        let ramp = figure(&s, FigureId::RampCost);
        assert!(ramp.not_cash.is_some());
        assert_eq!(figure(&s, FigureId::BadHire).value, "$303,000 – $505,000");
    }

    #[test]
    fn one_day_is_singular_and_an_equal_bad_hire_range_is_one_amount() {
        let mut s = default_scenario();
        s.assumptions.set(A::TimeToHireMid, 1.0);
        let f = figure(&s, FigureId::TimeToHire);
        assert_eq!(f.value, "1 day");
        assert_eq!(f.math[0], "1 day = mid-level in-house time to hire.");
        s.assumptions.set(A::BadHireLowMultiple, 5.0);
        let bad = figure(&s, FigureId::BadHire);
        assert_eq!(bad.value, "$505,000");
        assert!(
            bad.math[0].starts_with("$505,000 = 5 × $101,000 salary"),
            "{}",
            bad.math[0]
        );
    }

    #[test]
    fn contract_to_hire_time_is_derived_once() {
        let mut s = default_scenario();
        s.route = HiringRoute::ContractToHire;
        let math = figure(&s, FigureId::TimeToHire).math;
        assert!(math[0].starts_with("Contract-to-hire time to hire 34 days = 28 days agency + 50% of the way to the 40 days mid-level in-house search"), "{}", math[0]);
        assert!(
            !math
                .iter()
                .any(|line| line.ends_with("= contract-to-hire time to hire.")),
            "{math:?}"
        );
        assert!(
            math[1] == "Feb 4, 2027 = Jan 1, 2027 (the search opens) + 34 days to hire.",
            "{}",
            math[1]
        );
    }

    #[test]
    fn scenario_in_words() {
        assert_eq!(
            scenario_sentence(&default_scenario()),
            "A mid-level backend developer in the United States, on site, hired in-house, the search opening in 2027 Q1."
        );
        let today = Date::new(2026, 11, 30).unwrap();
        let mut s = default_scenario();
        s.open_search_in(today.quarter(), today);
        assert_eq!(
            scenario_sentence(&s),
            "A mid-level backend developer in the United States, on site, hired in-house, the search opening on Nov 30, 2026 (2026 Q4)."
        );
    }
}
