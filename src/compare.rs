//! The comparison in words: each value and each difference from the baseline as the table and
//! the CSV show it, and one sentence per option ("B costs $15,500 more in year one and is
//! fully productive 12 days sooner."). The figures themselves are `crate::model::compare`.

use crate::format::{money, percent, quantity};
use crate::model::compare::{
    difference, row_spec, Difference, Direction, MoneyShown, RowId, Value,
};
use crate::model::Projection;

/// A value as the table shows it: `$130,950`, `40 days`, `Feb 10, 2027`.
pub fn value_text(value: Value) -> String {
    match value {
        Value::Money(amount) => money(amount),
        Value::Days(days) => quantity(days as f64, 0, "day", "days"),
        Value::Date(Some(date)) => date.to_string(),
        Value::Date(None) => "not within the horizon".to_string(),
    }
}

/// A span of days in words: days under two weeks, else whole weeks (`12 days`, `5 weeks`).
pub fn span(days: f64) -> String {
    let days = days.abs().round();
    if days < 14.0 {
        quantity(days, 0, "day", "days")
    } else {
        quantity((days / 7.0).round(), 0, "week", "weeks")
    }
}

/// A typographic minus (U+2212), not a hyphen: as wide as the plus, and read as "minus".
fn sign(amount: f64) -> &'static str {
    if amount < 0.0 {
        "\u{2212}"
    } else {
        "+"
    }
}

/// A difference from the baseline, readable without colour: an amount is signed
/// (`+$15,500 (+11.8%)`, `−12 days (−30%)`: a sign and a word, "−$6,130 less", read as a
/// double negative), a date says which way in words (`12 days sooner`); `same`, `same day`.
/// `baseline` says what kind of figure it is.
pub fn difference_text(baseline: Value, d: &Difference) -> String {
    if d.direction == Direction::Same {
        return match baseline {
            Value::Date(_) => "same day".to_string(),
            _ => "same".to_string(),
        };
    }
    let amount = match baseline {
        Value::Date(_) => return format!("{} {}", span(d.amount), d.direction.word()),
        Value::Money(_) => format!("{}{}", sign(d.amount), money(d.amount.abs())),
        Value::Days(_) => format!(
            "{}{}",
            sign(d.amount),
            quantity(d.amount.abs(), 0, "day", "days")
        ),
    };
    match d.percent {
        Some(p) => format!("{amount} ({}{})", sign(p), percent(p.abs())),
        None => amount,
    }
}

/// How a sentence names option `index`, the page's way and the CSV's: "B (Senior hire)".
pub fn option_called(index: usize, name: &str) -> String {
    format!("{} ({name})", crate::model::Plan::letter(index))
}

/// The difference between two options in one sentence, with the option's `name` (text: the
/// page inserts it as text): "B costs $15,500 more in year one and is fully productive 12 days
/// sooner."
pub fn difference_sentence(a: &Projection, b: &Projection, name: &str) -> String {
    let of = |id: RowId| {
        let spec = row_spec(id);
        difference(
            (spec.value)(a),
            (spec.value)(b),
            spec.prefer,
            MoneyShown::Dollars,
        )
    };
    let cost = match of(RowId::YearOneCash) {
        Some(d) if d.direction != Direction::Same => format!(
            "costs {} {} in year one",
            money(d.amount.abs()),
            d.direction.word()
        ),
        _ => "costs the same in year one".to_string(),
    };
    let productive = match of(RowId::FullyProductive) {
        Some(d) if d.direction != Direction::Same => format!(
            "is fully productive {} {}",
            span(d.amount),
            d.direction.word()
        ),
        _ => "is fully productive on the same day".to_string(),
    };
    format!("{name} {cost} and {productive}.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compare::{rows, Prefer};
    use crate::model::{project, Date, HiringRoute, Level, Quarter, Scenario};

    fn scenario() -> Scenario {
        let mut s = Scenario::default_for(Date::new(2026, 11, 29).unwrap());
        s.start_quarter = Quarter {
            year: 2027,
            number: 1,
        };
        s
    }

    #[test]
    fn the_agency_in_words() {
        let a = scenario();
        let mut b = a.clone();
        b.route = HiringRoute::Agency;
        let (pa, pb) = (project(&a), project(&b));
        assert_eq!(
            difference_sentence(&pa, &pb, "B"),
            "B costs $15,500 more in year one and is fully productive 12 days sooner."
        );
        let table = rows(&[pa, pb], MoneyShown::Dollars);
        let text = |id: RowId| {
            let row = &table[id as usize];
            difference_text(row.values[0], &row.differences[1].unwrap())
        };
        assert_eq!(text(RowId::YearOneCash), "+$15,500 (+11.8%)");
        assert_eq!(text(RowId::TimeToHire), "\u{2212}12 days (\u{2212}30%)");
        assert_eq!(text(RowId::StartDate), "12 days sooner");
        assert_eq!(text(RowId::Salary), "same");
        assert_eq!(value_text(table[0].values[0]), "$130,950");
        assert_eq!(value_text(Value::Days(1)), "1 day");
        assert_eq!(value_text(Value::Date(None)), "not within the horizon");
    }

    #[test]
    fn a_junior_in_words_with_weeks() {
        let a = scenario();
        let mut b = a.clone();
        b.level = Level::Junior;
        let sentence = difference_sentence(&project(&a), &project(&b), "Junior <b>hire</b>");
        // 13 weeks × 1.5 = 19.5 weeks against 13: 6.5 weeks later, rounded to whole weeks.
        assert_eq!(
            sentence,
            "Junior <b>hire</b> costs $13,750 less in year one and is fully productive 7 weeks later."
        );
        assert_eq!(
            difference_sentence(&project(&a), &project(&a), "C"),
            "C costs the same in year one and is fully productive on the same day."
        );
        let d = difference(
            Value::Date(Some(Date::new(2027, 1, 1).unwrap())),
            Value::Date(Some(Date::new(2027, 1, 1).unwrap())),
            Prefer::Sooner,
            MoneyShown::Dollars,
        )
        .unwrap();
        assert_eq!(difference_text(Value::Date(None), &d), "same day");
        assert_eq!(span(-35.0), "5 weeks");
        assert_eq!(span(13.0), "13 days");
    }

    /// Issue 11: "for every key figure a row". Each key figure the page shows names the rows
    /// that carry it (a match without a catch-all: a new figure does not compile without its
    /// rows), and every level on every route shows the figure's value in them.
    #[test]
    fn every_key_figure_has_its_rows_and_its_value_in_the_comparison() {
        use crate::explain::{key_figures, FigureId};
        for route in HiringRoute::ALL {
            for level in Level::ALL {
                let mut s = scenario();
                s.route = route;
                s.level = level;
                let p = project(&s);
                let table = rows(std::slice::from_ref(&p), MoneyShown::Dollars);
                let shown = |id: RowId| value_text(table[id as usize].values[0]);
                for figure in key_figures(&p) {
                    let in_rows = match figure.id {
                        FigureId::Salary => shown(RowId::Salary),
                        FigureId::AllIn => shown(RowId::RunningAnnual),
                        FigureId::HiringCost => shown(RowId::OneOffFees),
                        FigureId::TimeToHire => shown(RowId::TimeToHire),
                        FigureId::FullProductivity => shown(RowId::FullyProductive),
                        FigureId::YearOne => shown(RowId::YearOneCash),
                        FigureId::PaysForItself => shown(RowId::PaysForItself),
                        FigureId::RampCost => shown(RowId::RampCost),
                        FigureId::EmptySeat => shown(RowId::EmptySeat),
                        FigureId::BadHire => {
                            let (low, high) = (shown(RowId::BadHireLow), shown(RowId::BadHireHigh));
                            if low == high {
                                low
                            } else {
                                format!("{low} – {high}")
                            }
                        }
                    };
                    assert_eq!(in_rows, figure.value, "{:?} {route:?} {level:?}", figure.id);
                }
            }
        }
    }
}
