//! The key figures in words: each value with the arithmetic behind it, so finance can check
//! every number without reading code. Pure functions of the scenario and its projection.

use crate::format::{decimal, money, money_cents, percent, quantity, share};
use crate::model::regions::percentile_name;
use crate::model::{Assumption as A, HiringRoute, Level, Projection, RegionKind, Scenario};

/// Identifies a key figure (stable: used for element ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureId {
    Salary,
    AllIn,
    HiringCost,
    TimeToHire,
    FullProductivity,
    YearOne,
    RampCost,
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
            FigureId::RampCost => "ramp-cost",
            FigureId::BadHire => "bad-hire",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    pub id: FigureId,
    pub label: &'static str,
    pub value: String,
    /// A second line under the value: a range, a date.
    pub detail: String,
    /// Shown on request: each line an equation or its explanation.
    pub math: Vec<String>,
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

pub fn key_figures(s: &Scenario, p: &Projection) -> Vec<KeyFigure> {
    let level = level_adjective(s.level);
    let salary = money(p.salary.median);
    // In the math lines the salary keeps its cents, so a hand check lands on the figure shown.
    let exact_salary = money_cents(p.salary.median);
    let factors = salary_factors(p);
    // The region factor is shown to four decimals: the product is then close, not exact.
    let equals = if p.region_factor == 1.0 { "=" } else { "≈" };
    let mut figures = Vec::with_capacity(8);

    figures.push(KeyFigure {
        id: FigureId::Salary,
        label: "Planning salary",
        value: salary.clone(),
        detail: format!("range {} – {}", money(p.salary.low), money(p.salary.high)),
        math: vec![
            format!(
                "{salary} {equals} {} national {level} median {factors}.",
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
        ],
        not_cash: None,
    });

    let all_in = money(p.all_in_annual);
    figures.push(KeyFigure {
        id: FigureId::AllIn,
        label: "All-in annual cost",
        value: all_in.clone(),
        detail: format!(
            "salary + {} benefits, taxes, overhead",
            share(p.overhead_rate)
        ),
        math: vec![format!(
            "{all_in} = {exact_salary} salary × (1 + {} overhead).",
            share(p.overhead_rate)
        )],
        not_cash: None,
    });

    let hiring = money(p.hiring_cost);
    figures.push(KeyFigure {
        id: FigureId::HiringCost,
        label: "One-off hiring cost",
        value: hiring.clone(),
        detail: match p.agency_fee_rate {
            Some(rate) => format!("{} agency fee", share(rate)),
            None => "in-house search".to_string(),
        },
        math: vec![
            match p.agency_fee_rate {
                Some(rate) => format!(
                    "{hiring} = {} agency fee × {exact_salary} first-year salary.",
                    share(rate)
                ),
                None => format!("{hiring} = in-house cost per hire (SHRM benchmark)."),
            },
            format!("Paid on the start date, {}.", p.start_date),
        ],
        not_cash: None,
    });

    let days = p.time_to_hire_days;
    let days_text = quantity(days as f64, 0, "day", "days");
    let route = match s.route {
        HiringRoute::InHouse => format!("{level} in-house"),
        HiringRoute::Agency => "staffing-agency".to_string(),
    };
    let mut time_math = Vec::with_capacity(2);
    if p.q4_speed_up > 0.0 {
        time_math.push(format!(
            "{days_text} = {} {route} time to hire × (1 − {} faster in Q4) = {}, rounded to the nearest day.",
            quantity(p.base_time_to_hire, 0, "day", "days"),
            share(p.q4_speed_up),
            quantity(p.time_to_hire, 2, "day", "days"),
        ));
    } else {
        time_math.push(format!("{days_text} = {route} time to hire."));
    }
    time_math.push(format!(
        "{} = {} (the search opens) + {days_text} to hire.",
        p.start_date, p.search_opens
    ));
    figures.push(KeyFigure {
        id: FigureId::TimeToHire,
        label: "Time to hire",
        value: days_text.clone(),
        detail: format!("starts {}", p.start_date),
        math: time_math,
        not_cash: None,
    });

    let full = p.milestones[3];
    let mid_weeks = s.assumptions[A::WeeksToFullProductivity];
    figures.push(KeyFigure {
        id: FigureId::FullProductivity,
        label: "Fully productive",
        value: full.date.to_string(),
        detail: format!(
            "{} after the start",
            quantity(full.weeks, 2, "week", "weeks")
        ),
        math: vec![format!(
            "{} = {} start + {} ({} × {} {level} ramp speed), rounded to the day.",
            full.date,
            p.start_date,
            quantity(full.weeks, 2, "week", "weeks"),
            quantity(mid_weeks, 1, "mid-level week", "mid-level weeks"),
            decimal(p.ramp_speed, 2),
        )],
        not_cash: None,
    });

    let year_one = money(p.year_one_cash);
    figures.push(KeyFigure {
        id: FigureId::YearOne,
        label: "Year-one cash cost",
        value: year_one.clone(),
        detail: format!("12 months from {}", p.start_date),
        math: vec![format!(
            "{year_one} = {all_in} all-in annual cost + {hiring} one-off hiring cost."
        )],
        not_cash: None,
    });

    figures.push(KeyFigure {
        id: FigureId::RampCost,
        label: "Ramp-up cost",
        value: money(p.ramp_cost),
        detail: "capacity paid for, not yet delivered".to_string(),
        math: vec![format!(
            "{} = {} weekly all-in cost ({all_in} ÷ 52) × {} of capacity not yet delivered in the first 52 weeks (the area above the productivity curve).",
            money(p.ramp_cost),
            money(p.weekly_all_in),
            quantity(p.lost_capacity_weeks, 3, "week", "weeks"),
        )],
        not_cash: Some("Not cash: already inside the salary you pay. Shown apart, never added to the budget."),
    });

    let (low, high) = p.bad_hire_multiples;
    // Equal multipliers give one amount, not a range from a number to itself.
    let (exposure, multiples) = if money(p.bad_hire_low) == money(p.bad_hire_high) {
        (money(p.bad_hire_low), decimal(low, 1))
    } else {
        (
            format!("{} – {}", money(p.bad_hire_low), money(p.bad_hire_high)),
            format!("{} to {}", decimal(low, 1), decimal(high, 1)),
        )
    };
    figures.push(KeyFigure {
        id: FigureId::BadHire,
        label: "Bad-hire exposure",
        value: exposure.clone(),
        detail: "if the hire turns out wrong".to_string(),
        math: vec![format!(
            "{exposure} = {multiples} × {exact_salary} salary (KORE1's guide: wrong hires cost three to five times annual salary).",
        )],
        not_cash: Some("A risk, not a cost: never added to totals."),
    });

    figures
}

/// The scenario in one sentence: "A mid-level backend developer in the United States, on site,
/// hired in-house, the search opening in 2027 Q1."
pub fn scenario_sentence(s: &Scenario) -> String {
    let remote = if s.remote_discount > 0.0 {
        format!("remote at a {} discount", percent(s.remote_discount))
    } else {
        "on site".to_string()
    };
    let route = match s.route {
        HiringRoute::InHouse => "hired in-house",
        HiringRoute::Agency => "hired through a staffing agency",
    };
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
    use crate::model::{project, Date, Quarter, Region};

    fn default_scenario() -> Scenario {
        let mut s = Scenario::default_for(Date::new(2026, 11, 29).unwrap());
        s.start_quarter = Quarter {
            year: 2027,
            number: 1,
        };
        s
    }

    fn figure(s: &Scenario, id: FigureId) -> KeyFigure {
        key_figures(s, &project(s))
            .into_iter()
            .find(|f| f.id == id)
            .unwrap()
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
