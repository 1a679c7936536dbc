//! How numbers are written for people: `$126,250`, `$50K`, `25%`, `× 0.75`. Integer arithmetic
//! only, which keeps the float-formatting machinery out of the WebAssembly download.

/// Groups an integer's digits in threes: `126250` → `126,250`.
pub fn grouped(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Whole dollars: `$126,250`. Non-finite values (which the model never produces) print as `$0`.
pub fn money(value: f64) -> String {
    let dollars = if value.is_finite() {
        value.round() as i64
    } else {
        0
    };
    if dollars < 0 {
        format!("-${}", grouped(-dollars))
    } else {
        format!("${}", grouped(dollars))
    }
}

/// Dollars and cents, `$179,307.55`, or whole dollars when there are no cents: for the math
/// lines, where a rounded intermediate would make a hand check miss by a dollar.
pub fn money_cents(value: f64) -> String {
    let cents = if value.is_finite() {
        (value * 100.0).round() as i64
    } else {
        0
    };
    let sign = if cents < 0 { "-" } else { "" };
    let (dollars, rest) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
    if rest == 0 {
        format!("{sign}${}", grouped(dollars as i64))
    } else {
        format!("{sign}${}.{rest:02}", grouped(dollars as i64))
    }
}

/// `value` with at most `decimals` decimals, trailing zeros dropped: `22.5`, `25`, `0.75`.
pub fn decimal(value: f64, decimals: u8) -> String {
    let scale = 10i64.pow(u32::from(decimals));
    let scaled = if value.is_finite() {
        (value * scale as f64).round() as i64
    } else {
        0
    };
    let sign = if scaled < 0 { "-" } else { "" };
    let whole = scaled.unsigned_abs() / scale as u64;
    let mut fraction = format!(
        "{:0width$}",
        scaled.unsigned_abs() % scale as u64,
        width = usize::from(decimals)
    );
    while fraction.ends_with('0') {
        fraction.pop();
    }
    if fraction.is_empty() {
        format!("{sign}{}", grouped(whole as i64))
    } else {
        format!("{sign}{}.{fraction}", grouped(whole as i64))
    }
}

/// The same as [`decimal`] without digit grouping: what goes into form fields and links.
pub fn plain(value: f64, decimals: u8) -> String {
    decimal(value, decimals).replace(',', "")
}

/// A count with its unit, singular only for exactly one: `1 day`, `0.5 days`, `40 days`.
/// `value` is shown with at most `decimals` decimals.
pub fn quantity(value: f64, decimals: u8, singular: &str, plural: &str) -> String {
    let shown = decimal(value, decimals);
    let unit = if shown == "1" { singular } else { plural };
    format!("{shown} {unit}")
}

/// A percentage given in percent: `25%`, `22.5%`.
pub fn percent(value: f64) -> String {
    format!("{}%", decimal(value, 1))
}

/// A share given as a fraction: 0.25 → `25%`.
pub fn share(value: f64) -> String {
    percent(value * 100.0)
}

/// Compact money for chart axes: `$0`, `$800`, `$50K`, `$1.2M`, `-$1.5K`. The unit is chosen
/// after rounding, so 999,600 reads `$1M`, not `$1,000K`.
pub fn money_compact(value: f64) -> String {
    let sign = if value < 0.0 && money(value) != "$0" {
        "-"
    } else {
        ""
    };
    let magnitude = value.abs();
    let thousands = |m: f64| decimal(m / 1_000.0, if m >= 10_000.0 { 0 } else { 1 });
    let body =
        if magnitude >= 1_000_000.0 || (magnitude >= 1_000.0 && thousands(magnitude) == "1,000") {
            format!("${}M", decimal(magnitude / 1_000_000.0, 1))
        } else if magnitude >= 1_000.0 || money(magnitude) == "$1,000" {
            format!("${}K", thousands(magnitude))
        } else {
            money(magnitude)
        };
    format!("{sign}{body}")
}

/// Reads a number typed by a person: `101,000`, `$101000`, `25 %`, ` 0.75 `, `×1.5`.
/// Returns `None` for anything that is not a finite number.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '$' | '%' | '×' | '_' | ' ' | '\u{a0}'))
        .collect();
    let cleaned = cleaned.strip_prefix(['x', 'X']).unwrap_or(&cleaned);
    // Only plain decimal notation: "inf", "NaN" and hex are not numbers a person types here.
    let plain = !cleaned.is_empty()
        && cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
        && cleaned.chars().any(|c| c.is_ascii_digit());
    if !plain {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_whole_dollars_with_grouping() {
        assert_eq!(money(126_250.0), "$126,250");
        assert_eq!(money(101_000.4), "$101,000");
        assert_eq!(money(999.5), "$1,000");
        assert_eq!(money(0.0), "$0");
        assert_eq!(money(-4_700.0), "-$4,700");
        assert_eq!(money(1_234_567.0), "$1,234,567");
        assert_eq!(money(f64::NAN), "$0");
    }

    #[test]
    fn money_with_cents_for_hand_checks() {
        assert_eq!(money_cents(179_307.554), "$179,307.55");
        assert_eq!(money_cents(101_000.0), "$101,000");
        assert_eq!(money_cents(0.5), "$0.50");
        assert_eq!(money_cents(-4_700.05), "-$4,700.05");
    }

    #[test]
    fn compact_money_for_axes() {
        assert_eq!(money_compact(50_000.0), "$50K");
        assert_eq!(money_compact(1_250.0), "$1.3K");
        assert_eq!(money_compact(1_200_000.0), "$1.2M");
        assert_eq!(money_compact(800.0), "$800");
        assert_eq!(money_compact(0.0), "$0");
        // The unit follows the rounded value.
        assert_eq!(money_compact(999_500.0), "$1M");
        assert_eq!(money_compact(999_499.0), "$999K");
        assert_eq!(money_compact(999.6), "$1K");
        assert_eq!(money_compact(9_960.0), "$10K");
        // The sign goes before the dollar, as in money().
        assert_eq!(money_compact(-1_500.0), "-$1.5K");
        assert_eq!(money_compact(-0.2), "$0");
    }

    #[test]
    fn decimals_and_percentages() {
        assert_eq!(percent(25.0), "25%");
        assert_eq!(percent(22.5), "22.5%");
        assert_eq!(share(0.42), "42%");
        assert_eq!(decimal(0.75, 2), "0.75");
        assert_eq!(decimal(1.5, 2), "1.5");
        assert_eq!(decimal(-0.5, 1), "-0.5");
        assert_eq!(decimal(5.675, 1), "5.7");
        assert_eq!(plain(101_000.0, 0), "101000");
    }

    #[test]
    fn one_is_singular_everything_else_plural() {
        assert_eq!(quantity(1.0, 0, "day", "days"), "1 day");
        assert_eq!(quantity(1.04, 1, "week", "weeks"), "1 week");
        assert_eq!(quantity(1.5, 1, "week", "weeks"), "1.5 weeks");
        assert_eq!(quantity(0.0, 0, "day", "days"), "0 days");
        assert_eq!(quantity(40.0, 0, "day", "days"), "40 days");
        assert_eq!(quantity(-1.0, 0, "day", "days"), "-1 days");
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_number("101,000"), Some(101_000.0));
        assert_eq!(parse_number(" $4,700 "), Some(4_700.0));
        assert_eq!(parse_number("25 %"), Some(25.0));
        assert_eq!(parse_number("× 0.75"), Some(0.75));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("1e308"), Some(1e308));
        for bad in ["", "abc", "NaN", "inf", "1e999", "12abc", "--", ".", "0x10"] {
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
    }
}
