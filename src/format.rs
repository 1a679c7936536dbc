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
    parse_decimal(cleaned).filter(|v| v.is_finite())
}

/// Exactly representable powers of ten, 10^0 to 10^22.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Reads plain decimal notation: an optional sign, digits with an optional point, an optional
/// exponent (`-12.5`, `.5`, `3.`, `1e308`, `2.5E-3`); `None` for anything else.
///
/// Not `str::parse::<f64>`: that carries a 10 KB table of powers of five into the wasm, about
/// 10 KB of the brotli download (measured). The numbers read here (typed values, link values,
/// whole dollars up to 19 digits) are exact: a mantissa of at most 19 digits is an exact u64,
/// its conversion rounds once, and a mantissa below 2^53 scaled by an exactly representable
/// power of ten (10^22 at most) also rounds once: the correctly rounded result, as Rust's
/// parser gives. Longer mantissas and larger exponents are within a few ulps of it.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut digits = 0;
    let mut seen_point = false;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    // Digits past the 19th: dropped, their place kept.
                    exponent += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let exponent_negative = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut written: i64 = 0;
        while let Some(&byte) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            // Capped: anything past ±10^6 is zero or infinite anyway.
            written = (written * 10 + i64::from(byte - b'0')).min(1_000_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent += if exponent_negative { -written } else { written };
    }
    if i != bytes.len() {
        return None;
    }
    let mut value = mantissa as f64;
    if mantissa != 0 {
        // In range: the index is at most 22.
        let step = |e: i64| POWERS_OF_TEN[e.unsigned_abs().min(22) as usize];
        while exponent > 0 {
            value *= step(exponent);
            exponent -= exponent.min(22);
        }
        while exponent < 0 {
            value /= step(exponent);
            exponent += (-exponent).min(22);
        }
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_as_rusts_parser_reads_them() {
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "+7",
            ".5",
            "5.",
            "0.1",
            "0.3",
            "2.675",
            "1e22",
            "1e23",
            "9007199254740993",
            "18446744073709551615",
            "9223372036854775807",
            "-9223372036854775808",
            "123456.789",
            "0.000001",
            "1e-7",
            "4.35",
            "1.7976931348623157e308",
            "2.2250738585072014e-308",
            "5e-324",
            "1e-400",
            "00012.500",
            "99999999999999999999",
        ]
        .map(String::from)
        .to_vec();
        // Values as the page writes them: up to four decimals, up to a billion.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let decimals = (seed % 5) as i32;
            let scaled = (seed >> 8) % 10_000_000_000_000;
            let text = format!("{}", scaled as f64 / 10f64.powi(decimals));
            texts.push(text);
            texts.push(format!("{}", seed >> 1));
        }
        for text in &texts {
            let ours = parse_decimal(text).unwrap();
            let theirs: f64 = text.parse().unwrap();
            let exact = ours == theirs || (ours.is_nan() && theirs.is_nan());
            // Beyond 19 digits or 10^22 a few ulps apart at most.
            let close = (ours - theirs).abs() <= theirs.abs() * 4.0 * f64::EPSILON;
            let plain = text.trim_start_matches(['-', '+']).len() <= 19 && !text.contains('e');
            assert!(
                if plain { exact } else { close },
                "{text}: {ours:e} vs {theirs:e}"
            );
        }
        for bad in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "--1", "1-", "0x10", "1 2",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
    }
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
        assert_eq!(parse_number("1e309"), None);
        assert_eq!(parse_number("1.5e+3"), Some(1_500.0));
        assert_eq!(parse_number(" $4,700 "), Some(4_700.0));
        assert_eq!(parse_number("25 %"), Some(25.0));
        assert_eq!(parse_number("× 0.75"), Some(0.75));
        assert_eq!(parse_number("-3"), Some(-3.0));
        // Past 10^22 the exponent is applied in steps: finite, within an ulp or two.
        let huge = parse_number("1e308").unwrap();
        assert!((huge / 1e308 - 1.0).abs() < 1e-15, "{huge:e}");
        for bad in ["", "abc", "NaN", "inf", "1e999", "12abc", "--", ".", "0x10"] {
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
    }
}
