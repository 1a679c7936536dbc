//! What happens to a number typed into an assumption's field, in plain words. Pure, so the
//! rules are tested natively; the assumptions panel only shows the messages.
//!
//! While typing, a valid number in range applies at once and anything else waits; when the
//! field is committed (Enter or leaving it), a number out of range is clamped and a non-number
//! is refused, each with a message beside the field.

use crate::format::{decimal, money, parse_number, percent, quantity};
use crate::model::{Applied, Assumption, Assumptions, Spec, Unit};

/// A value as the panel shows it: `$101,000`, `25%`, `40 days`, `× 0.75`.
pub fn show(spec: &Spec, value: f64) -> String {
    match spec.unit {
        Unit::Usd => money(value),
        Unit::Percent => percent(value),
        Unit::Days => quantity(value, spec.decimals, "day", "days"),
        Unit::Weeks => quantity(value, spec.decimals, "week", "weeks"),
        Unit::Times => format!("× {}", decimal(value, spec.decimals)),
        Unit::Quarters => quantity(value, spec.decimals, "quarter", "quarters"),
        Unit::Hours => quantity(value, spec.decimals, "hour", "hours"),
        Unit::Months => quantity(value, spec.decimals, "month", "months"),
        Unit::Choice => spec
            .id
            .choices()
            .get(value.max(0.0) as usize)
            .copied()
            .unwrap_or("?")
            .to_string(),
    }
}

/// The unit written after a field: `USD`, `%`, `days`.
pub fn unit_suffix(spec: &Spec) -> &'static str {
    match spec.unit {
        Unit::Usd => "USD",
        Unit::Percent => "%",
        Unit::Days => "days",
        Unit::Weeks => "weeks",
        Unit::Times => "×",
        Unit::Quarters => "quarters",
        Unit::Hours => "hours",
        Unit::Months => "months",
        Unit::Choice => "",
    }
}

/// The allowed range in words: `0% – 60%`.
pub fn range(spec: &Spec) -> String {
    if spec.unit == Unit::Choice {
        // In a link a choice is its number: "0 (Pro-rated), 1 (Flat) or 2 (None)".
        let named: Vec<String> = spec
            .id
            .choices()
            .iter()
            .enumerate()
            .map(|(i, label)| format!("{i} ({})", label.split([':', ' ']).next().unwrap_or(label)))
            .collect();
        return match named.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        };
    }
    format!("{} – {}", show(spec, spec.min), show(spec, spec.max))
}

/// An assumption that differs from its default, as the "Changed from the defaults" list and
/// the CSV show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub which: Assumption,
    pub label: &'static str,
    pub value: String,
    pub default: String,
}

/// Every assumption that differs from its default, in table order.
pub fn edits(assumptions: &Assumptions) -> Vec<Edit> {
    assumptions
        .edited()
        .map(|which| {
            let spec = which.spec();
            Edit {
                which,
                label: spec.label,
                value: show(spec, assumptions[which]),
                default: show(spec, spec.default),
            }
        })
        .collect()
}

/// The limits an entry has now, in words: its own range, or the narrower one its neighbours
/// leave it, with the reason: `$122,000 – $225,000 (a band keeps low ≤ median ≤ high)`.
pub fn allowed(assumptions: &Assumptions, which: Assumption) -> String {
    match allowed_parts(assumptions, which) {
        (limits, Some(rule)) => format!("{limits} ({rule})"),
        (limits, None) => limits,
    }
}

/// [`allowed`] in two parts, the limits and the reason they are narrower than the table's
/// (when they are), so the page can keep the limits on one line and let the reason wrap.
pub fn allowed_parts(
    assumptions: &Assumptions,
    which: Assumption,
) -> (String, Option<&'static str>) {
    let spec = which.spec();
    if spec.unit == Unit::Choice {
        // The menu lists the options; a range "first – last" of long names says nothing.
        return (format!("one of {} options", which.choices().len()), None);
    }
    let (min, max) = assumptions.bounds(which);
    let limits = format!("{} – {}", show(spec, min), show(spec, max));
    let rule = which
        .order_rule()
        .filter(|_| (min, max) != (spec.min, spec.max));
    (limits, rule)
}

/// What rounding to the assumption's precision did to `typed`, in words; `None` when nothing.
fn rounding_note(spec: &Spec, typed: f64, used: f64) -> Option<String> {
    if typed == used {
        return None;
    }
    let precision = match (spec.decimals, spec.unit) {
        (0, Unit::Usd) => "whole dollars",
        (0, Unit::Days) => "whole days",
        (0, Unit::Quarters) => "whole quarters",
        (0, _) => "whole numbers",
        (1, _) => "one decimal",
        _ => "two decimals",
    };
    Some(format!(
        "Rounded to {precision}: using {} (you typed {}).",
        show(spec, used),
        crate::format::plain(typed, spec.decimals.saturating_add(4))
    ))
}

/// While typing: `Ok((value, note))` to apply now (with a note when the value is rounded),
/// `Err(Some(message))` to wait with a hint, or `Err(None)` to wait quietly (an empty field).
pub fn preview(
    assumptions: &Assumptions,
    which: Assumption,
    text: &str,
) -> Result<(f64, Option<String>), Option<String>> {
    if text.trim().is_empty() {
        return Err(None);
    }
    let spec = which.spec();
    // The figures keep the last value applied (a keystroke before, often a prefix of what is
    // being typed: "9" of "99999"): the hint says which, so the page never shows figures for a
    // value it does not name.
    let meanwhile = show(spec, assumptions[which]);
    let Some(value) = parse_number(text) else {
        return Err(Some(format!(
            "Type a number, for example {}. The figures use {meanwhile} meanwhile.",
            crate::format::plain(spec.default, spec.decimals)
        )));
    };
    let (min, max) = assumptions.bounds(which);
    if value < min || value > max {
        let why = which
            .order_rule()
            .filter(|_| (min, max) != (spec.min, spec.max))
            .map(|rule| format!(" ({rule})"))
            .unwrap_or_default();
        return Err(Some(format!(
            "Allowed here: {} to {}{why}. The figures use {meanwhile} meanwhile; leave the field to use {}.",
            show(spec, min),
            show(spec, max),
            show(spec, value.clamp(min, max))
        )));
    }
    // `bounds` returns min ≤ max, both finite; `value` is finite (parse_number).
    let used = crate::model::assumptions::clamp(
        crate::model::assumptions::round_to(value, spec.decimals),
        min,
        max,
    );
    Ok((value, rounding_note(spec, value, used)))
}

/// On commit: stores the entry (clamped) or refuses it, and says what happened; `None` when
/// the entry was taken as typed.
pub fn commit(assumptions: &mut Assumptions, which: Assumption, text: &str) -> Option<String> {
    let spec = which.spec();
    let current = assumptions[which];
    let Some(value) = parse_number(text) else {
        let typed: String = text.trim().chars().take(40).collect();
        return Some(if typed.is_empty() {
            format!("The field was empty; kept {}.", show(spec, current))
        } else {
            format!("“{typed}” is not a number; kept {}.", show(spec, current))
        });
    };
    match assumptions.set(which, value) {
        Applied::AsGiven(used) => rounding_note(spec, value, used),
        Applied::Clamped {
            value: used,
            min,
            max,
        } => {
            let limit_from = |other: Option<Assumption>, limit: f64| {
                other
                    .filter(|o| assumptions[*o] == limit)
                    .map(|o| o.spec().label)
            };
            let rule = which.order_rule().unwrap_or_default();
            let reason = if used >= max {
                match limit_from(spec.at_most, max) {
                    Some(other) => {
                        format!("can't be above “{other}” ({}): {rule}", show(spec, max))
                    }
                    None => format!("{} is the most allowed", show(spec, max)),
                }
            } else {
                match limit_from(spec.at_least, min) {
                    Some(other) => {
                        format!("can't be below “{other}” ({}): {rule}", show(spec, min))
                    }
                    None => format!("{} is the least allowed", show(spec, min)),
                }
            };
            Some(format!("Adjusted: {reason}; using {}.", show(spec, used)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_reads_as_its_options() {
        let spec = Assumption::ConversionSchedule.spec();
        assert_eq!(range(spec), "0 (Pro-rated), 1 (Flat) or 2 (None)");
        assert_eq!(show(spec, 1.0), "Flat: the whole fee");
        let a = Assumptions::default();
        assert_eq!(
            allowed_parts(&a, Assumption::ConversionSchedule),
            ("one of 3 options".to_string(), None)
        );
    }
    use crate::model::Assumption as A;

    #[test]
    fn shows_values_in_their_units() {
        assert_eq!(show(A::Overhead.spec(), 25.0), "25%");
        assert_eq!(show(A::MidSalaryMedian.spec(), 101_000.0), "$101,000");
        assert_eq!(show(A::TimeToHireMid.spec(), 40.0), "40 days");
        assert_eq!(show(A::RampSpeedSenior.spec(), 0.75), "× 0.75");
        assert_eq!(range(A::Overhead.spec()), "0% – 60%");
    }

    #[test]
    fn typing_applies_only_valid_numbers_in_range() {
        let a = Assumptions::default();
        assert_eq!(preview(&a, A::Overhead, "30"), Ok((30.0, None)));
        assert_eq!(preview(&a, A::Overhead, "30 %"), Ok((30.0, None)));
        assert_eq!(preview(&a, A::Overhead, ""), Err(None));
        assert!(
            matches!(preview(&a, A::Overhead, "abc"), Err(Some(m)) if m.contains("Type a number"))
        );
        assert!(matches!(preview(&a, A::Overhead, "75"), Err(Some(m)) if m.contains("0% to 60%")));
    }

    #[test]
    fn commit_clamps_refuses_and_explains() {
        let mut a = Assumptions::default();
        assert_eq!(commit(&mut a, A::Overhead, "30"), None);
        assert_eq!(a[A::Overhead], 30.0);
        assert_eq!(
            commit(&mut a, A::Overhead, "75").as_deref(),
            Some("Adjusted: 60% is the most allowed; using 60%.")
        );
        assert_eq!(a[A::Overhead], 60.0);
        assert_eq!(
            commit(&mut a, A::Overhead, "-5").as_deref(),
            Some("Adjusted: 0% is the least allowed; using 0%.")
        );
        assert_eq!(
            commit(&mut a, A::Overhead, "lots").as_deref(),
            Some("“lots” is not a number; kept 0%.")
        );
        assert_eq!(a[A::Overhead], 0.0);
        assert_eq!(
            commit(&mut a, A::MidSalaryMedian, "150000").as_deref(),
            Some("Adjusted: can't be above “Mid: high” ($141,000): a band keeps low ≤ median ≤ high; using $141,000.")
        );
        assert_eq!(
            commit(&mut a, A::TimeToHireMid, "1e308").as_deref(),
            Some("Adjusted: 365 days is the most allowed; using 365 days.")
        );
    }

    #[test]
    fn rounding_is_said_not_silent() {
        let mut a = Assumptions::default();
        assert_eq!(
            preview(&a, A::TimeToHireMid, "3.5"),
            Ok((
                3.5,
                Some("Rounded to whole days: using 4 days (you typed 3.5).".to_string())
            ))
        );
        assert_eq!(
            commit(&mut a, A::TimeToHireMid, "3.5").as_deref(),
            Some("Rounded to whole days: using 4 days (you typed 3.5).")
        );
        assert_eq!(a[A::TimeToHireMid], 4.0);
        assert_eq!(commit(&mut a, A::TimeToHireMid, "1"), None);
        assert_eq!(show(A::TimeToHireMid.spec(), a[A::TimeToHireMid]), "1 day");
        assert_eq!(
            commit(&mut a, A::Overhead, "22.45").as_deref(),
            Some("Rounded to one decimal: using 22.5% (you typed 22.45).")
        );
    }

    #[test]
    fn allowed_shows_the_real_limits_and_why() {
        let mut a = Assumptions::default();
        assert_eq!(allowed(&a, A::Overhead), "0% – 60%");
        assert_eq!(
            allowed(&a, A::SeniorSalaryMedian),
            "$122,000 – $225,000 (a band keeps low ≤ median ≤ high)"
        );
        // The case: a senior median of 50,000 is below the band's low.
        assert_eq!(
            preview(&a, A::SeniorSalaryMedian, "50000"),
            Err(Some(
                "Allowed here: $122,000 to $225,000 (a band keeps low ≤ median ≤ high). The figures use $155,000 meanwhile; leave the field to use $122,000."
                    .to_string()
            ))
        );
        assert_eq!(
            commit(&mut a, A::SeniorSalaryMedian, "50000").as_deref(),
            Some("Adjusted: can't be below “Senior (7+ yrs): low” ($122,000): a band keeps low ≤ median ≤ high; using $122,000.")
        );
        assert_eq!(
            allowed(&a, A::WeeksToIndependent),
            "3 weeks – 10 weeks (the milestones stay in order)"
        );
    }
}
