//! Every editable assumption of the model, with its default, its allowed range and its source.
//!
//! One table ([`SPECS`]) describes each assumption once; the assumptions panel, the link codec
//! and the CSV export all iterate it, so adding an assumption is one entry here. Defaults come
//! from KORE1's guide (`shared/seed`), `shared/research/sources.md` and
//! `shared/design/model.md`; where no source gives a figure the entry says so
//! ([`Source::assumption`]) and the app shows it as our assumption.

use std::ops::Index;

/// What a number measures, which decides how it is shown and typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Usd,
    Percent,
    Days,
    Weeks,
    /// A multiplier such as "× 0.75".
    Times,
    Quarters,
    Hours,
    Months,
    /// One of a few named options ([`Assumption::choices`]), stored as its index.
    Choice,
}

/// Where a default comes from. `is_assumption` marks defaults no source gives a figure for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub text: &'static str,
    pub url: Option<&'static str>,
    pub is_assumption: bool,
    /// A figure some source gives, on grounds we could not check: shown with a warning.
    pub is_weak: bool,
}

impl Source {
    const fn cited(text: &'static str, url: Option<&'static str>) -> Source {
        Source {
            text,
            url,
            is_assumption: false,
            is_weak: false,
        }
    }
    const fn weak(text: &'static str, url: Option<&'static str>) -> Source {
        Source {
            text,
            url,
            is_assumption: false,
            is_weak: true,
        }
    }
    const fn assumption(text: &'static str) -> Source {
        Source {
            text,
            url: None,
            is_assumption: true,
            is_weak: false,
        }
    }
}

/// Names one assumption. The discriminant indexes [`SPECS`] and [`Assumptions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Assumption {
    JuniorSalaryLow,
    JuniorSalaryMedian,
    JuniorSalaryHigh,
    MidSalaryLow,
    MidSalaryMedian,
    MidSalaryHigh,
    SeniorSalaryLow,
    SeniorSalaryMedian,
    SeniorSalaryHigh,
    Overhead,
    AgencyFee,
    InHouseCostPerHire,
    TimeToHireJunior,
    TimeToHireMid,
    TimeToHireSenior,
    TimeToHireAgency,
    Q4SpeedUp,
    Q4SalaryEffect,
    WeeksToSmallContributions,
    WeeksToIndependent,
    WeeksToNoHandHolding,
    WeeksToFullProductivity,
    ProductivityAtSmallContributions,
    ProductivityAtIndependent,
    ProductivityAtNoHandHolding,
    RampSpeedJunior,
    RampSpeedSenior,
    HorizonQuarters,
    BadHireLowMultiple,
    BadHireHighMultiple,
    ContractMarkup,
    ContractHoursPerYear,
    ContractLengthMonths,
    EvaluationMonths,
    ConversionFee,
    ConversionSchedule,
    ConversionFeeFreeAfterMonths,
    ContractToHireSearchPosition,
    ValueMultiple,
    WorkingDaysPerYear,
    AnnualRaise,
}

pub const COUNT: usize = 41;

/// How a contract-to-hire conversion fee falls with the months worked under contract: the
/// options of [`Assumption::ConversionSchedule`], in stored order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConversionSchedule {
    /// The fee falls by a twelfth for each whole month worked, to nothing after twelve.
    ProRatedTwelfths,
    /// The whole fee, however long the contract ran.
    Flat,
    /// The whole fee before a number of months, nothing from then on.
    NoneAfter,
}

/// The schedules' names, in stored order (the assumptions panel's options).
const SCHEDULE_LABELS: [&str; 3] = [
    "Pro-rated: 1/12 less a month worked",
    "Flat: the whole fee",
    "None from the fee-free month",
];

impl ConversionSchedule {
    pub const ALL: [ConversionSchedule; 3] = [
        ConversionSchedule::ProRatedTwelfths,
        ConversionSchedule::Flat,
        ConversionSchedule::NoneAfter,
    ];

    pub fn label(self) -> &'static str {
        SCHEDULE_LABELS[self as usize]
    }

    /// From the stored index; anything else is the default.
    pub fn from_index(index: f64) -> ConversionSchedule {
        match index as i64 {
            1 => ConversionSchedule::Flat,
            2 => ConversionSchedule::NoneAfter,
            _ => ConversionSchedule::ProRatedTwelfths,
        }
    }
}

/// How one assumption is described, bounded and sourced.
#[derive(Debug)]
pub struct Spec {
    pub id: Assumption,
    /// Short key used in share links (`oh=30`). Never change a published key.
    pub key: &'static str,
    pub label: &'static str,
    /// The heading it is listed under in the assumptions panel.
    pub group: &'static str,
    pub unit: Unit,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    /// Entries are rounded to this many decimals (0 for whole dollars and days).
    pub decimals: u8,
    /// Must not exceed this assumption (band low ≤ median ≤ high, milestones in order).
    pub at_most: Option<Assumption>,
    /// Must not be below this assumption.
    pub at_least: Option<Assumption>,
    pub source: Source,
}

const SALARY_SOURCE: Source = Source::cited(
    "KORE1's 2026 guide to hiring a backend developer: salary table for US backend developers (aggregated from Glassdoor, PayScale and Built In), national, 2026.",
    None,
);
const fn salary(
    id: Assumption,
    key: &'static str,
    label: &'static str,
    default: f64,
    at_least: Option<Assumption>,
    at_most: Option<Assumption>,
) -> Spec {
    Spec {
        id,
        key,
        label,
        group: "Salary bands (US national)",
        unit: Unit::Usd,
        default,
        min: 10_000.0,
        max: 1_000_000.0,
        decimals: 0,
        at_most,
        at_least,
        source: SALARY_SOURCE,
    }
}

use Assumption as A;

/// The table of assumptions, in [`Assumption`] order.
pub static SPECS: [Spec; COUNT] = [
    salary(A::JuniorSalaryLow, "jlo", "Junior (0–3 yrs): low", 67_000.0, None, Some(A::JuniorSalaryMedian)),
    salary(A::JuniorSalaryMedian, "jmed", "Junior: median", 90_000.0, Some(A::JuniorSalaryLow), Some(A::JuniorSalaryHigh)),
    salary(A::JuniorSalaryHigh, "jhi", "Junior: high", 126_000.0, Some(A::JuniorSalaryMedian), None),
    salary(A::MidSalaryLow, "mlo", "Mid (4–6 yrs): low", 77_000.0, None, Some(A::MidSalaryMedian)),
    salary(A::MidSalaryMedian, "mmed", "Mid: median", 101_000.0, Some(A::MidSalaryLow), Some(A::MidSalaryHigh)),
    salary(A::MidSalaryHigh, "mhi", "Mid: high", 141_000.0, Some(A::MidSalaryMedian), None),
    salary(A::SeniorSalaryLow, "slo", "Senior (7+ yrs): low", 122_000.0, None, Some(A::SeniorSalaryMedian)),
    salary(A::SeniorSalaryMedian, "smed", "Senior: median", 155_000.0, Some(A::SeniorSalaryLow), Some(A::SeniorSalaryHigh)),
    salary(A::SeniorSalaryHigh, "shi", "Senior: high", 225_000.0, Some(A::SeniorSalaryMedian), None),
    Spec {
        id: A::Overhead,
        key: "oh",
        label: "Benefits, payroll taxes and overhead, on top of salary",
        group: "Employment cost",
        unit: Unit::Percent,
        default: 25.0,
        min: 0.0,
        max: 60.0,
        decimals: 1,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "KORE1's 2026 guide to hiring a backend developer: add 20–30% for benefits, payroll taxes and overhead (default: the middle). BLS Employer Costs for Employee Compensation, Mar 2026, professional occupations: insurance, retirement and legally required benefits come to 22.4% of salary, 27.4% with supplemental pay (our arithmetic from BLS table 4).",
            Some("https://www.bls.gov/news.release/ecec.t04.htm"),
        ),
    },
    Spec {
        id: A::AgencyFee,
        key: "fee",
        label: "Staffing agency fee, share of first-year salary",
        group: "Hiring cost",
        unit: Unit::Percent,
        default: 20.0,
        min: 0.0,
        max: 40.0,
        decimals: 1,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "KORE1's 2026 guide to hiring a backend developer: recruiting fees typically run 20–25% of first-year salary. Staffing Industry Analysts 2016 survey: median direct-hire fee 20%, unchanged since at least 2011.",
            Some("https://cwstrategies.staffingindustry.com/benchmarks-increasing-appetite-for-temp-to-perm-conversions/"),
        ),
    },
    Spec {
        id: A::InHouseCostPerHire,
        key: "cph",
        label: "In-house search: cost per hire",
        group: "Hiring cost",
        unit: Unit::Usd,
        default: 4_700.0,
        min: 0.0,
        max: 50_000.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "SHRM benchmarking, 2021 data: nearly $4,700 per hire, all occupations (quoted by Remote; SHRM's own page was not found).",
            Some("https://remote.com/blog/calculating-costs-hiring-international-employees"),
        ),
    },
    Spec {
        id: A::TimeToHireJunior,
        key: "tjr",
        label: "Time to hire, in-house: junior",
        group: "Time to hire",
        unit: Unit::Days,
        default: 40.0,
        min: 1.0,
        max: 365.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::assumption(
            "Assumption: KORE1's guide gives no figure for juniors; the mid-level range (35–45 days) is used.",
        ),
    },
    Spec {
        id: A::TimeToHireMid,
        key: "tmid",
        label: "Time to hire, in-house: mid",
        group: "Time to hire",
        unit: Unit::Days,
        default: 40.0,
        min: 1.0,
        max: 365.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited("KORE1's 2026 guide to hiring a backend developer: backend mid-level roles run 35 to 45 days (default: the middle).", None),
    },
    Spec {
        id: A::TimeToHireSenior,
        key: "tsr",
        label: "Time to hire, in-house: senior",
        group: "Time to hire",
        unit: Unit::Days,
        default: 52.0,
        min: 1.0,
        max: 365.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited("KORE1's 2026 guide to hiring a backend developer: senior engineers take 45 to 60 days or more (default: the middle, rounded down).", None),
    },
    Spec {
        id: A::TimeToHireAgency,
        key: "tag",
        label: "Time to hire through a staffing agency (every level)",
        group: "Time to hire",
        unit: Unit::Days,
        default: 28.0,
        min: 1.0,
        max: 365.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited("KORE1's 2026 guide to hiring a backend developer: an agency compresses the overall timeline to three to five weeks (default: four weeks).", None),
    },
    Spec {
        id: A::Q4SpeedUp,
        key: "q4",
        label: "Searches opened in Q4 close faster by",
        group: "Time to hire",
        unit: Unit::Percent,
        default: 42.0,
        min: 0.0,
        max: 90.0,
        decimals: 1,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "KORE1's 2026 guide to hiring a backend developer, citing Full Scale's developer hiring data: searches started in Q4 (“October through November”, in the article's words) close 42% faster than those that wait for January.",
            None,
        ),
    },
    Spec {
        id: A::Q4SalaryEffect,
        key: "q4sal",
        label: "Salary saving when the search opens in Q4",
        group: "Time to hire",
        unit: Unit::Percent,
        default: 0.0,
        min: 0.0,
        max: 20.0,
        decimals: 1,
        at_most: None,
        at_least: None,
        source: Source::assumption(
            "Assumption: KORE1's guide says Q4 searches close \"at lower salary\" but gives no figure, so none is applied unless you set one.",
        ),
    },
    Spec {
        id: A::WeeksToSmallContributions,
        key: "w1",
        label: "Weeks to small contributions (mid-level)",
        group: "Ramp-up milestones",
        unit: Unit::Weeks,
        default: 3.0,
        min: 0.5,
        max: 52.0,
        decimals: 1,
        at_most: Some(A::WeeksToIndependent),
        at_least: None,
        source: Source::cited("KORE1's 2026 guide to hiring a backend developer: two to four weeks to make small contributions without breaking something.", None),
    },
    Spec {
        id: A::WeeksToIndependent,
        key: "w2",
        label: "Weeks to working independently on medium features",
        group: "Ramp-up milestones",
        unit: Unit::Weeks,
        default: 6.0,
        min: 0.5,
        max: 52.0,
        decimals: 1,
        at_most: Some(A::WeeksToNoHandHolding),
        at_least: Some(A::WeeksToSmallContributions),
        source: Source::cited("KORE1's 2026 guide to hiring a backend developer: four to eight weeks to work independently on medium-complexity features.", None),
    },
    Spec {
        id: A::WeeksToNoHandHolding,
        key: "w3",
        label: "Weeks to no hand-holding",
        group: "Ramp-up milestones",
        unit: Unit::Weeks,
        default: 10.0,
        min: 0.5,
        max: 52.0,
        decimals: 1,
        at_most: Some(A::WeeksToFullProductivity),
        at_least: Some(A::WeeksToIndependent),
        source: Source::cited("KORE1's 2026 guide to hiring a backend developer: eight to twelve weeks before they stop needing hand-holding on most decisions.", None),
    },
    Spec {
        id: A::WeeksToFullProductivity,
        key: "w4",
        label: "Weeks to full productivity",
        group: "Ramp-up milestones",
        unit: Unit::Weeks,
        default: 13.0,
        min: 0.5,
        max: 52.0,
        decimals: 1,
        at_most: None,
        at_least: Some(A::WeeksToNoHandHolding),
        source: Source::cited(
            "KORE1's 2026 guide to hiring a backend developer: 60 to 90 days of reduced productivity while they get up to speed (13 weeks ≈ 90 days). For comparison: MIT Sloan reports 20 weeks for professionals; a Swimm survey 3–9 months.",
            Some("https://sloanreview.mit.edu/article/getting-new-hires-up-to-speed-quickly/"),
        ),
    },
    Spec {
        id: A::ProductivityAtSmallContributions,
        key: "p1",
        label: "Productivity at small contributions",
        group: "Ramp-up milestones",
        unit: Unit::Percent,
        default: 25.0,
        min: 0.0,
        max: 100.0,
        decimals: 1,
        at_most: Some(A::ProductivityAtIndependent),
        at_least: None,
        source: Source::assumption("Assumption: no source gives a productivity figure for this milestone."),
    },
    Spec {
        id: A::ProductivityAtIndependent,
        key: "p2",
        label: "Productivity when independent",
        group: "Ramp-up milestones",
        unit: Unit::Percent,
        default: 60.0,
        min: 0.0,
        max: 100.0,
        decimals: 1,
        at_most: Some(A::ProductivityAtNoHandHolding),
        at_least: Some(A::ProductivityAtSmallContributions),
        source: Source::assumption("Assumption: no source gives a productivity figure for this milestone."),
    },
    Spec {
        id: A::ProductivityAtNoHandHolding,
        key: "p3",
        label: "Productivity with no hand-holding",
        group: "Ramp-up milestones",
        unit: Unit::Percent,
        default: 85.0,
        min: 0.0,
        max: 100.0,
        decimals: 1,
        at_most: None,
        at_least: Some(A::ProductivityAtIndependent),
        source: Source::assumption("Assumption: no source gives a productivity figure for this milestone."),
    },
    Spec {
        id: A::RampSpeedJunior,
        key: "rjr",
        label: "Junior ramp-up takes (× mid-level durations)",
        group: "Ramp-up milestones",
        unit: Unit::Times,
        default: 1.5,
        min: 0.25,
        max: 4.0,
        decimals: 2,
        at_most: None,
        at_least: None,
        source: Source::assumption(
            "Assumption: KORE1's guide says juniors need oversight but gives no figure.",
        ),
    },
    Spec {
        id: A::RampSpeedSenior,
        key: "rsr",
        label: "Senior ramp-up takes (× mid-level durations)",
        group: "Ramp-up milestones",
        unit: Unit::Times,
        default: 0.75,
        min: 0.25,
        max: 4.0,
        decimals: 2,
        at_most: None,
        at_least: None,
        source: Source::assumption(
            "Assumption: KORE1's guide says senior engineers move faster but gives no figure.",
        ),
    },
    Spec {
        id: A::HorizonQuarters,
        key: "hz",
        label: "Planning horizon, from the quarter the search opens",
        group: "Planning",
        unit: Unit::Quarters,
        default: 8.0,
        min: 4.0,
        max: 16.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::assumption("Assumption: a planning choice (two years), not a statistic."),
    },
    Spec {
        id: A::BadHireLowMultiple,
        key: "bh1",
        label: "Cost of a wrong hire: low (× salary)",
        group: "Planning",
        unit: Unit::Times,
        default: 3.0,
        min: 0.0,
        max: 10.0,
        decimals: 1,
        at_most: Some(A::BadHireHighMultiple),
        at_least: None,
        source: Source::cited("KORE1's 2026 guide to hiring a backend developer: wrong hires cost three to five times annual salary.", None),
    },
    Spec {
        id: A::BadHireHighMultiple,
        key: "bh2",
        label: "Cost of a wrong hire: high (× salary)",
        group: "Planning",
        unit: Unit::Times,
        default: 5.0,
        min: 0.0,
        max: 10.0,
        decimals: 1,
        at_most: None,
        at_least: Some(A::BadHireLowMultiple),
        source: Source::cited("KORE1's 2026 guide to hiring a backend developer: wrong hires cost three to five times annual salary.", None),
    },
    Spec {
        id: A::ContractMarkup,
        key: "mk",
        label: "Staffing firm's markup on a contractor's pay",
        group: "Contract and contract-to-hire",
        unit: Unit::Percent,
        default: 50.0,
        min: 0.0,
        max: 150.0,
        decimals: 1,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "PeopleTicker: staffing markups typically run 20–50% and more; Top Echelon measured an average of 56%; Lone Oak Payroll puts IT contracts at 45–75% (default: 50%). The markup carries the firm's fee and the employer costs of a W-2 contractor: no agency fee or benefits load is added on top.",
            Some("https://www.peopleticker.com/bill-rate"),
        ),
    },
    Spec {
        id: A::ContractHoursPerYear,
        key: "hrs",
        label: "Contract hours billed a year",
        group: "Contract and contract-to-hire",
        unit: Unit::Hours,
        default: 2_080.0,
        min: 520.0,
        max: 2_600.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "The standard full-time year, 40 hours × 52 weeks = 2,080 hours; contract pay rates are quoted as annual wage ÷ 2,080 (Top Echelon).",
            Some("https://www.topechelon.com/contract-staffing/faqs/"),
        ),
    },
    Spec {
        id: A::ContractLengthMonths,
        key: "cmo",
        label: "Contract length (contract route)",
        group: "Contract and contract-to-hire",
        unit: Unit::Months,
        default: 48.0,
        min: 1.0,
        max: 48.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::assumption(
            "Assumption: a planning choice, not a statistic. The default, 48 months, runs through the longest planning horizon; set the months the work needs and cost and capacity stop there.",
        ),
    },
    Spec {
        id: A::EvaluationMonths,
        key: "evm",
        label: "Contract-to-hire: months under contract before converting",
        group: "Contract and contract-to-hire",
        unit: Unit::Months,
        default: 6.0,
        min: 1.0,
        max: 24.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "KORE1's 2026 guide to hiring a backend developer: contract-to-hire means evaluating someone for three to six months, then converting (default: six; LegalClarity: 480 to 1,040 hours).",
            None,
        ),
    },
    Spec {
        id: A::ConversionFee,
        key: "cfee",
        label: "Contract-to-hire: conversion fee, share of first-year salary",
        group: "Contract and contract-to-hire",
        unit: Unit::Percent,
        default: 20.0,
        min: 0.0,
        max: 35.0,
        decimals: 1,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "LegalClarity: conversion fees typically run 15–30% of the first-year salary (default: 20%, the usual direct-hire fee), often reduced the longer the contractor has worked.",
            Some("https://legalclarity.org/how-does-contract-to-hire-work-terms-process"),
        ),
    },
    Spec {
        id: A::ConversionSchedule,
        key: "csch",
        label: "Contract-to-hire: how the conversion fee falls",
        group: "Contract and contract-to-hire",
        unit: Unit::Choice,
        default: 0.0,
        min: 0.0,
        max: 2.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "Top Echelon: conversion fees are commonly pro-rated, falling by a twelfth for each month worked to nothing after twelve months (the default); some firms charge a flat fee, others none after a set month (often 9–12 months).",
            Some("https://beta.topechelon.com/?p=20243"),
        ),
    },
    Spec {
        id: A::ConversionFeeFreeAfterMonths,
        key: "cfree",
        label: "Contract-to-hire: fee-free month (for “None from”)",
        group: "Contract and contract-to-hire",
        unit: Unit::Months,
        default: 12.0,
        min: 1.0,
        max: 24.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "Thoughtwave: where a fee-free date is agreed, it typically falls 9 to 12 months into the engagement (default: 12); recruiters on RecruitingBlogs also report none after six months.",
            Some("https://thoughtwavesoft.com/answers/what-is-contract-to-hire-staffing"),
        ),
    },
    Spec {
        id: A::ContractToHireSearchPosition,
        key: "c2ht",
        label: "Contract-to-hire: time to hire, from the agency's (0%) to an in-house search's (100%)",
        group: "Contract and contract-to-hire",
        unit: Unit::Percent,
        default: 50.0,
        min: 0.0,
        max: 100.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::assumption(
            "Assumption: KORE1's guide says only that contract-to-hire is \"slower than pure staffing, faster than full recruiting\", with no figure; halfway between the two is ours.",
        ),
    },
    Spec {
        id: A::ValueMultiple,
        key: "val",
        label: "Value of a fully productive engineer's work (× salary)",
        group: "Value of the work",
        unit: Unit::Times,
        default: 2.0,
        min: 1.0,
        max: 3.0,
        decimals: 2,
        at_most: None,
        at_least: None,
        source: Source::weak(
            "Weak source: a recruiters' rule of thumb (Executrade, Babich) that an employee's work is worth two to three times salary, traced to a study we could not verify. Not a measured figure: set what the work is worth to you.",
            Some("http://www.executrade.com/employers/cost-of-vacancy/"),
        ),
    },
    Spec {
        id: A::WorkingDaysPerYear,
        key: "wd",
        label: "Working days a year",
        group: "Value of the work",
        unit: Unit::Days,
        default: 260.0,
        min: 200.0,
        max: 262.0,
        decimals: 0,
        at_most: None,
        at_least: None,
        source: Source::cited(
            "52 weeks × 5 days = 260, as in Skywalk Group's cost-of-vacancy formula; others count 220–252 days without holidays (Volt, JobNewsUSA).",
            Some("http://www.skywalkgroup.com/blog/post/cost-of-vacancy"),
        ),
    },
    // Appended (issue 11), like every new assumption: keys and indexes of the others stay put.
    Spec {
        id: A::AnnualRaise,
        key: "raise",
        label: "Annual raise, from each anniversary on the payroll",
        group: "Employment cost",
        unit: Unit::Percent,
        default: 0.0,
        min: 0.0,
        max: 15.0,
        decimals: 1,
        at_most: None,
        at_least: None,
        source: Source::assumption(
            "Assumption: no raise assumed: none of our sources gives one; enter your merit budget. It raises salary and overhead from each anniversary of the first day on the payroll; a contractor's bill rate stays as agreed.",
        ),
    },
];

impl Assumption {
    pub fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }

    pub fn all() -> impl Iterator<Item = Assumption> {
        SPECS.iter().map(|s| s.id)
    }

    pub fn from_key(key: &str) -> Option<Assumption> {
        SPECS.iter().find(|s| s.key == key).map(|s| s.id)
    }

    /// Why this assumption's limits move with its neighbours', in words; `None` when they
    /// don't. Every ordered assumption is a salary band, a milestone week, a milestone's
    /// productivity or the bad-hire multipliers, one unit each.
    /// The named options of a [`Unit::Choice`] assumption, in stored order; empty otherwise.
    pub fn choices(self) -> &'static [&'static str] {
        match self {
            Assumption::ConversionSchedule => &SCHEDULE_LABELS,
            _ => &[],
        }
    }

    pub fn order_rule(self) -> Option<&'static str> {
        let spec = self.spec();
        if spec.at_least.is_none() && spec.at_most.is_none() {
            return None;
        }
        Some(match spec.unit {
            Unit::Usd => "a band keeps low ≤ median ≤ high",
            Unit::Weeks => "the milestones stay in order",
            Unit::Percent => "productivity rises from milestone to milestone",
            _ => "low ≤ high",
        })
    }
}

/// The values of every assumption, indexed by [`Assumption`]. Always within range and in order
/// when built through [`Assumptions::default`] and [`Assumptions::set`].
#[derive(Clone, Debug, PartialEq)]
pub struct Assumptions {
    values: [f64; COUNT],
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            values: std::array::from_fn(|i| SPECS[i].default),
        }
    }
}

impl Index<Assumption> for Assumptions {
    type Output = f64;
    fn index(&self, which: Assumption) -> &f64 {
        &self.values[which as usize]
    }
}

/// What [`Assumptions::set`] did with an entry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Applied {
    /// Stored as given (after rounding to the assumption's precision).
    AsGiven(f64),
    /// Outside the allowed range (`min..=max` here, given the other assumptions): stored as `value`.
    Clamped { value: f64, min: f64, max: f64 },
}

impl Applied {
    pub fn value(self) -> f64 {
        match self {
            Applied::AsGiven(v) | Applied::Clamped { value: v, .. } => v,
        }
    }
}

/// `value` moved into `min..=max`: `f64::clamp` without its check that `min <= max`, whose
/// panic message formats floats and so links core's float formatting (about 5 KB brotli) into
/// the wasm. Every caller's bounds are in order (see each); were they not, this returns `max`
/// rather than panic. A NaN `value` stays NaN, as with `f64::clamp`.
pub fn clamp(value: f64, min: f64, max: f64) -> f64 {
    let mut value = value;
    if value < min {
        value = min;
    }
    if value > max {
        value = max;
    }
    value
}

/// Rounds to `decimals` places, half away from zero.
pub fn round_to(value: f64, decimals: u8) -> f64 {
    let scale = 10f64.powi(i32::from(decimals));
    (value * scale).round() / scale
}

impl Assumptions {
    /// The range an entry for `which` may take now: its own range, narrowed by the assumptions
    /// it must stay in order with.
    pub fn bounds(&self, which: Assumption) -> (f64, f64) {
        let spec = which.spec();
        let min = spec
            .at_least
            .map_or(spec.min, |other| spec.min.max(self[other]));
        let max = spec
            .at_most
            .map_or(spec.max, |other| spec.max.min(self[other]));
        (min, max.max(min))
    }

    /// Stores an entry, rounded to the assumption's precision and clamped into [`Self::bounds`].
    /// Non-finite values are clamped too (NaN becomes the default); nothing panics.
    pub fn set(&mut self, which: Assumption, value: f64) -> Applied {
        let spec = which.spec();
        let (min, max) = self.bounds(which);
        let wanted = if value.is_nan() { spec.default } else { value };
        // `bounds` returns min ≤ max, and every stored value is finite (each comes through
        // here or the table's defaults).
        let rounded = round_to(clamp(wanted, min, max), spec.decimals);
        // Rounding can step just outside a bound that itself has more decimals.
        let stored = clamp(rounded, min, max);
        self.values[which as usize] = stored;
        let given = round_to(value, spec.decimals);
        if value.is_finite() && given >= min && given <= max {
            Applied::AsGiven(stored)
        } else {
            Applied::Clamped {
                value: stored,
                min,
                max,
            }
        }
    }

    /// Stores a value read from a link: rounded and clamped to the assumption's own range only.
    /// Order with the other assumptions is restored afterwards by [`Self::restore_order`],
    /// once every value of the link is in.
    pub fn set_within_range(&mut self, which: Assumption, value: f64) -> Applied {
        let spec = which.spec();
        // A choice out of range names no option: the default, not the nearest end.
        let unknown_choice = spec.unit == Unit::Choice
            && !(value >= spec.min && value <= spec.max && value.fract() == 0.0);
        let wanted = if value.is_nan() || unknown_choice {
            spec.default
        } else {
            value
        };
        // The table's own finite bounds, min ≤ max (tested).
        let stored = clamp(
            round_to(clamp(wanted, spec.min, spec.max), spec.decimals),
            spec.min,
            spec.max,
        );
        self.values[which as usize] = stored;
        let given = round_to(value, spec.decimals);
        if value.is_finite() && given >= spec.min && given <= spec.max {
            Applied::AsGiven(stored)
        } else {
            Applied::Clamped {
                value: stored,
                min: spec.min,
                max: spec.max,
            }
        }
    }

    /// Raises any value below the one it must not be below (band low ≤ median ≤ high,
    /// milestones in order) and returns what it changed. One forward pass suffices: every
    /// `at_least` names an assumption earlier in [`SPECS`].
    pub fn restore_order(&mut self) -> Vec<(Assumption, f64)> {
        let mut changed = Vec::new();
        for spec in &SPECS {
            if let Some(lower) = spec.at_least {
                if self[spec.id] < self[lower] {
                    self.values[spec.id as usize] = self[lower];
                    changed.push((spec.id, self[lower]));
                }
            }
        }
        changed
    }

    /// Puts `which` back to its default and moves its neighbours, not it, to keep the order
    /// (restoring a median above an edited high raises the high). Lowers first, then raises:
    /// every `at_most` names a later assumption, every `at_least` an earlier one.
    pub fn restore_default(&mut self, which: Assumption) {
        self.values[which as usize] = which.spec().default;
        for spec in SPECS.iter().rev() {
            if let Some(upper) = spec.at_most {
                if spec.id != which && self[spec.id] > self[upper] {
                    self.values[spec.id as usize] = self[upper];
                }
            }
        }
        for spec in &SPECS {
            if let Some(lower) = spec.at_least {
                if spec.id != which && self[spec.id] < self[lower] {
                    self.values[spec.id as usize] = self[lower];
                }
            }
        }
    }

    /// The assumptions that differ from their defaults, in table order.
    pub fn edited(&self) -> impl Iterator<Item = Assumption> + '_ {
        Assumption::all().filter(|which| !self.is_default(*which))
    }

    /// Whether `which` differs from its default (links carry only those).
    pub fn is_default(&self, which: Assumption) -> bool {
        self[which] == which.spec().default
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_agrees_with_std_for_ordered_bounds() {
        let values = [
            f64::NEG_INFINITY,
            -3.5,
            0.0,
            0.25,
            1.0,
            7.0,
            1e9,
            f64::INFINITY,
        ];
        for min in values {
            for max in values.into_iter().filter(|max| *max >= min) {
                for value in values {
                    assert_eq!(clamp(value, min, max), value.clamp(min, max));
                }
                assert!(clamp(f64::NAN, min, max).is_nan());
            }
        }
        assert_eq!(clamp(5.0, 10.0, 1.0), 1.0, "out of order: max, no panic");
    }

    #[test]
    fn table_is_in_enum_order_with_unique_keys() {
        for (index, spec) in SPECS.iter().enumerate() {
            assert_eq!(spec.id as usize, index, "{}", spec.key);
            assert!(
                spec.min <= spec.default && spec.default <= spec.max,
                "{}",
                spec.key
            );
            assert_eq!(
                SPECS.iter().filter(|s| s.key == spec.key).count(),
                1,
                "{}",
                spec.key
            );
            assert!(!spec.source.text.is_empty());
        }
    }

    #[test]
    fn defaults_respect_their_order_constraints() {
        let a = Assumptions::default();
        for which in Assumption::all() {
            let (min, max) = a.bounds(which);
            assert!(min <= a[which] && a[which] <= max, "{which:?}");
        }
    }

    #[test]
    fn every_lower_bound_names_an_earlier_assumption() {
        for spec in &SPECS {
            if let Some(lower) = spec.at_least {
                assert!((lower as usize) < (spec.id as usize), "{}", spec.key);
            }
        }
    }

    #[test]
    fn every_upper_bound_names_a_later_assumption() {
        for spec in &SPECS {
            if let Some(upper) = spec.at_most {
                assert!((upper as usize) > (spec.id as usize), "{}", spec.key);
            }
        }
    }

    #[test]
    fn restoring_a_default_moves_the_neighbours_not_the_value() {
        let mut a = Assumptions::default();
        a.set(A::MidSalaryHigh, 120_000.0);
        a.set(A::MidSalaryMedian, 120_000.0);
        a.set(A::MidSalaryLow, 115_000.0);
        a.set(A::MidSalaryHigh, 200_000.0);
        a.set(A::MidSalaryMedian, 190_000.0);
        a.set(A::MidSalaryHigh, 190_000.0);
        // low 115,000 ≤ median 190,000 ≤ high 190,000; restore the median (101,000).
        a.restore_default(A::MidSalaryMedian);
        assert_eq!(a[A::MidSalaryMedian], 101_000.0);
        assert_eq!(a[A::MidSalaryLow], 101_000.0);
        assert_eq!(a[A::MidSalaryHigh], 190_000.0);
        // Restoring a high below an edited median brings the median down with it.
        let mut b = Assumptions::default();
        b.set(A::MidSalaryHigh, 300_000.0);
        b.set(A::MidSalaryMedian, 250_000.0);
        b.restore_default(A::MidSalaryHigh);
        assert_eq!(b[A::MidSalaryHigh], 141_000.0);
        assert_eq!(b[A::MidSalaryMedian], 141_000.0);
        assert_eq!(b.edited().collect::<Vec<_>>(), vec![A::MidSalaryMedian]);
        // Milestones: restoring week 2 lowers an edited week 1 above it.
        let mut c = Assumptions::default();
        c.set(A::WeeksToNoHandHolding, 12.0);
        c.set(A::WeeksToIndependent, 11.0);
        c.set(A::WeeksToSmallContributions, 9.0);
        c.restore_default(A::WeeksToIndependent);
        assert_eq!(
            (c[A::WeeksToSmallContributions], c[A::WeeksToIndependent]),
            (6.0, 6.0)
        );
        for which in Assumption::all() {
            let (min, max) = c.bounds(which);
            assert!(min <= c[which] && c[which] <= max, "{which:?}");
        }
    }

    #[test]
    fn every_ordered_assumption_says_why() {
        for spec in &SPECS {
            let ordered = spec.at_least.is_some() || spec.at_most.is_some();
            assert_eq!(spec.id.order_rule().is_some(), ordered, "{}", spec.key);
            if ordered {
                assert!(
                    matches!(
                        spec.unit,
                        Unit::Usd | Unit::Weeks | Unit::Percent | Unit::Times
                    ),
                    "{}: give its unit a rule",
                    spec.key
                );
            }
        }
        assert_eq!(
            A::MidSalaryMedian.order_rule(),
            Some("a band keeps low ≤ median ≤ high")
        );
        assert_eq!(A::BadHireHighMultiple.order_rule(), Some("low ≤ high"));
    }

    #[test]
    fn set_clamps_and_keeps_order() {
        let mut a = Assumptions::default();
        assert_eq!(a.set(A::Overhead, 30.0), Applied::AsGiven(30.0));
        assert_eq!(
            a.set(A::Overhead, -5.0),
            Applied::Clamped {
                value: 0.0,
                min: 0.0,
                max: 60.0
            }
        );
        assert_eq!(a.set(A::Overhead, f64::INFINITY).value(), 60.0);
        assert_eq!(a.set(A::Overhead, f64::NAN).value(), 25.0);
        // A median above the band's high is held at the high.
        assert_eq!(
            a.set(A::MidSalaryMedian, 150_000.0),
            Applied::Clamped {
                value: 141_000.0,
                min: 77_000.0,
                max: 141_000.0
            }
        );
        assert_eq!(a.set(A::TimeToHireMid, 40.4), Applied::AsGiven(40.0));
    }
}
