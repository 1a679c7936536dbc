//! What happens to a number typed into an assumption's field, in plain words. Pure, so the
//! rules are tested natively; the assumptions panel only shows the messages.
//!
//! While typing, a valid number in range applies at once and anything else waits; when the
//! field is committed (Enter or leaving it), a number out of range is clamped and a non-number
//! is refused, each with a message beside the field.

use crate::format::{decimal, money, parse_number, percent};
use crate::model::{Applied, Assumption, Assumptions, Spec, Unit};

/// A value as the panel shows it: `$101,000`, `25%`, `40 days`, `× 0.75`.
pub fn show(spec: &Spec, value: f64) -> String {
    match spec.unit {
        Unit::Usd => money(value),
        Unit::Percent => percent(value),
        Unit::Days => format!("{} days", decimal(value, spec.decimals)),
        Unit::Weeks => format!("{} weeks", decimal(value, spec.decimals)),
        Unit::Times => format!("× {}", decimal(value, spec.decimals)),
        Unit::Quarters => format!("{} quarters", decimal(value, spec.decimals)),
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
    }
}

/// The allowed range in words: `0% – 60%`.
pub fn range(spec: &Spec) -> String {
    format!("{} – {}", show(spec, spec.min), show(spec, spec.max))
}

/// While typing: `Ok(value)` to apply now, `Err(Some(message))` to wait with a hint, or
/// `Err(None)` to wait quietly (an empty field).
pub fn preview(
    assumptions: &Assumptions,
    which: Assumption,
    text: &str,
) -> Result<f64, Option<String>> {
    if text.trim().is_empty() {
        return Err(None);
    }
    let spec = which.spec();
    let Some(value) = parse_number(text) else {
        return Err(Some(
            "Type a number, for example ".to_string()
                + &crate::format::plain(spec.default, spec.decimals)
                + ".",
        ));
    };
    let (min, max) = assumptions.bounds(which);
    if value < min || value > max {
        return Err(Some(format!(
            "Allowed here: {} to {}. Leave the field to use the nearest.",
            show(spec, min),
            show(spec, max)
        )));
    }
    Ok(value)
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
        Applied::AsGiven(_) => None,
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
            let reason = if used >= max {
                match limit_from(spec.at_most, max) {
                    Some(other) => format!("can't be above “{other}” ({})", show(spec, max)),
                    None => format!("{} is the most allowed", show(spec, max)),
                }
            } else {
                match limit_from(spec.at_least, min) {
                    Some(other) => format!("can't be below “{other}” ({})", show(spec, min)),
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
        assert_eq!(preview(&a, A::Overhead, "30"), Ok(30.0));
        assert_eq!(preview(&a, A::Overhead, "30 %"), Ok(30.0));
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
            Some("Adjusted: can't be above “Mid: high” ($141,000); using $141,000.")
        );
        assert_eq!(
            commit(&mut a, A::TimeToHireMid, "1e308").as_deref(),
            Some("Adjusted: 365 days is the most allowed; using 365 days.")
        );
    }
}
