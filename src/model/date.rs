//! Calendar dates and quarters: the little date arithmetic the planner needs, without a date
//! crate (every crate is download size). Proleptic Gregorian calendar; days are counted from
//! 1970-01-01 with Howard Hinnant's `days_from_civil` algorithm, exact for any year we use.

use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Jan` for 1; every `Date` the app builds has a month from 1 to 12, but the fields are
/// public, so an impossible month prints as `?` rather than panicking in the page.
fn month_abbreviation(month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTH_ABBREVIATIONS.get(i))
        .copied()
        .unwrap_or("?")
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_year(year: i32) -> i64 {
    if is_leap_year(year) {
        366
    } else {
        365
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A valid date, or `None` (month 13, Feb 30, ...).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(self.month);
        let day_of_year =
            (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// Monday to Friday days from `self` up to, not including, `end` (0 when `end` is not
    /// later). Counted in whole weeks plus the days left over, so it costs the same for a
    /// week as for a decade.
    pub fn weekdays_until(self, end: Date) -> i64 {
        let days = self.days_until(end);
        if days <= 0 {
            return 0;
        }
        // 1970-01-01 was a Thursday: weekday 0 = Monday, so that day is 3.
        let first = (self.days_since_epoch() + 3).rem_euclid(7);
        let leftover = (0..days % 7)
            .filter(|offset| (first + offset) % 7 < 5)
            .count() as i64;
        days / 7 * 5 + leftover
    }

    /// The same day `months` calendar months later, held at the month's last day (Jan 31 + 1
    /// month = Feb 28 or 29).
    pub fn add_months(self, months: u32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + months as i32;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    pub fn quarter(self) -> Quarter {
        Quarter {
            year: self.year,
            number: (self.month - 1) / 3 + 1,
        }
    }

    /// Reads the ISO form `2027-02-10` (years 1900 to 9999, as quarters allow); `None` for
    /// anything else.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year) && digits(month) && digits(day)) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        (1900..=9999).contains(&year).then_some(())?;
        Date::new(year, month.parse().ok()?, day.parse().ok()?)
    }

    /// ISO form, `2027-02-10`, for CSV files and machine-readable attributes.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Month and day, `Feb 10`, for chart labels.
    pub fn short(self) -> String {
        format!("{} {}", month_abbreviation(self.month), self.day)
    }

    /// Short month form, `Feb 2027`, for chart ticks.
    pub fn month_year(self) -> String {
        format!("{} {}", month_abbreviation(self.month), self.year)
    }
}

/// The form people read: `Feb 10, 2027`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = month_abbreviation(self.month);
        write!(f, "{month} {}, {}", self.day, self.year)
    }
}

/// A calendar quarter: Q1 is January to March.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub number: u8,
}

impl Quarter {
    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: (self.number - 1) * 3 + 1,
            day: 1,
        }
    }

    pub fn last_day(self) -> Date {
        let month = self.number * 3;
        Date {
            year: self.year,
            month,
            day: days_in_month(self.year, month),
        }
    }

    pub fn days(self) -> i64 {
        self.first_day().days_until(self.last_day()) + 1
    }

    pub fn is_q4(self) -> bool {
        self.number == 4
    }

    /// The quarter `n` quarters later (earlier for negative `n`).
    pub fn offset(self, n: i32) -> Quarter {
        let index = self.year * 4 + i32::from(self.number) - 1 + n;
        Quarter {
            year: index.div_euclid(4),
            number: (index.rem_euclid(4) + 1) as u8,
        }
    }

    /// Quarters from `self` to `later`.
    pub fn quarters_until(self, later: Quarter) -> i32 {
        (later.year - self.year) * 4 + i32::from(later.number) - i32::from(self.number)
    }

    /// Parses the link and label form `2027-Q1` (also `2027-q1`).
    pub fn parse(text: &str) -> Option<Quarter> {
        let (year, quarter) = text.trim().split_once(['-', ' '])?;
        let year: i32 = year.parse().ok()?;
        let number: u8 = quarter.strip_prefix(['Q', 'q'])?.parse().ok()?;
        ((1..=4).contains(&number) && (1900..=9999).contains(&year))
            .then_some(Quarter { year, number })
    }

    /// The form used in links: `2027-Q1`.
    pub fn key(self) -> String {
        format!("{}-Q{}", self.year, self.number)
    }
}

/// The form used in labels and tables: `2027 Q1`.
impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} Q{}", self.year, self.number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn epoch_and_known_days() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(Date::from_days_since_epoch(11_017), d(2000, 3, 1));
        assert_eq!(d(1969, 12, 31).days_since_epoch(), -1);
    }

    #[test]
    fn round_trips_every_day_across_four_centuries() {
        let start = d(1900, 1, 1).days_since_epoch();
        let mut expected = d(1900, 1, 1);
        for n in 0..146_097 {
            let date = Date::from_days_since_epoch(start + n);
            assert_eq!(date, expected);
            assert_eq!(date.days_since_epoch(), start + n);
            // Walk the calendar by hand to check the algorithm against the month lengths.
            expected = if expected.day < days_in_month(expected.year, expected.month) {
                Date {
                    day: expected.day + 1,
                    ..expected
                }
            } else if expected.month < 12 {
                Date {
                    month: expected.month + 1,
                    day: 1,
                    ..expected
                }
            } else {
                Date {
                    year: expected.year + 1,
                    month: 1,
                    day: 1,
                }
            };
        }
    }

    #[test]
    fn iso_dates_round_trip_and_nonsense_is_refused() {
        assert_eq!(Date::parse_iso("2026-11-30"), Some(d(2026, 11, 30)));
        assert_eq!(Date::parse_iso(" 2028-02-29 "), Some(d(2028, 2, 29)));
        assert_eq!(d(2026, 11, 30).iso(), "2026-11-30");
        for bad in [
            "",
            "2027-02-29",
            "2026-13-01",
            "2026-1-5",
            "+026-11-30",
            "1899-12-31",
            "2026-11-30x",
            "2026-11",
            "２０２６-11-30",
            "2026-11-3-",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2028));
        assert!(!is_leap_year(2027));
        assert!(!is_leap_year(2100));
        assert!(is_leap_year(2000));
        assert_eq!(d(2028, 2, 28).add_days(1), d(2028, 2, 29));
        assert_eq!(d(2027, 2, 28).add_days(1), d(2027, 3, 1));
        assert_eq!(Date::new(2027, 2, 29), None);
        assert_eq!(
            Quarter {
                year: 2028,
                number: 1
            }
            .days(),
            91
        );
        assert_eq!(
            Quarter {
                year: 2027,
                number: 1
            }
            .days(),
            90
        );
    }

    #[test]
    fn quarter_boundaries_and_year_ends() {
        assert_eq!(
            d(2027, 3, 31).quarter(),
            Quarter {
                year: 2027,
                number: 1
            }
        );
        assert_eq!(
            d(2027, 4, 1).quarter(),
            Quarter {
                year: 2027,
                number: 2
            }
        );
        assert_eq!(
            d(2026, 12, 31).quarter(),
            Quarter {
                year: 2026,
                number: 4
            }
        );
        assert_eq!(d(2026, 12, 31).add_days(1), d(2027, 1, 1));
        let q4 = Quarter {
            year: 2026,
            number: 4,
        };
        assert_eq!(
            q4.offset(1),
            Quarter {
                year: 2027,
                number: 1
            }
        );
        assert_eq!(
            q4.offset(-4),
            Quarter {
                year: 2025,
                number: 4
            }
        );
        assert_eq!(
            q4.offset(-3),
            Quarter {
                year: 2026,
                number: 1
            }
        );
        assert_eq!(
            q4.quarters_until(Quarter {
                year: 2028,
                number: 3
            }),
            7
        );
        assert_eq!(q4.first_day(), d(2026, 10, 1));
        assert_eq!(q4.last_day(), d(2026, 12, 31));
        let days_in_2027: i64 = (1..=4)
            .map(|n| {
                Quarter {
                    year: 2027,
                    number: n,
                }
                .days()
            })
            .sum();
        assert_eq!(days_in_2027, 365);
    }

    #[test]
    fn adds_calendar_months() {
        assert_eq!(d(2027, 2, 10).add_months(1), d(2027, 3, 10));
        assert_eq!(d(2027, 1, 31).add_months(1), d(2027, 2, 28));
        assert_eq!(d(2028, 1, 31).add_months(1), d(2028, 2, 29));
        assert_eq!(d(2027, 11, 15).add_months(3), d(2028, 2, 15));
    }

    #[test]
    fn formats() {
        assert_eq!(d(2027, 2, 10).short(), "Feb 10");
        assert_eq!(d(2027, 2, 10).to_string(), "Feb 10, 2027");
        assert_eq!(d(2027, 2, 10).iso(), "2027-02-10");
        assert_eq!(
            Quarter {
                year: 2027,
                number: 1
            }
            .to_string(),
            "2027 Q1"
        );
        assert_eq!(
            Quarter {
                year: 2027,
                number: 1
            }
            .key(),
            "2027-Q1"
        );
    }

    #[test]
    fn parses_quarters_strictly() {
        assert_eq!(
            Quarter::parse("2027-Q2"),
            Some(Quarter {
                year: 2027,
                number: 2
            })
        );
        assert_eq!(
            Quarter::parse("2027-q4"),
            Some(Quarter {
                year: 2027,
                number: 4
            })
        );
        for bad in [
            "banana", "2027-Q5", "2027-Q0", "2027Q1", "-Q1", "99999-Q1", "2027-Q",
        ] {
            assert_eq!(Quarter::parse(bad), None, "{bad}");
        }
    }
}
