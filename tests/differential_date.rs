//! Differential tests of the hand-written calendar (`src/model/date.rs`) against `chrono`: every
//! day from 1900-01-01 to 2200-12-31 (110,237 days), each checked for its day number, day of
//! the week, quarter, quarter bounds, added days and months, and all four printed forms.
//!
//! `date.rs` has no day-of-week function (the planner never names a weekday); the day of the
//! week is checked through what it does have: `days_since_epoch` counted modulo 7 from
//! 1970-01-01, a Thursday, must give chrono's weekday.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Months, NaiveDate, TimeDelta};
use hireplan::model::date::{days_in_month, days_in_year, is_leap_year};
use hireplan::model::{Date, Quarter};

const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2200;
/// Days from 1900-01-01 to 2200-12-31 inclusive: 301 years, 73 of them leap years.
const DAYS: usize = 301 * 365 + 73;

fn naive(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn ours(date: NaiveDate) -> Date {
    Date::new(date.year(), date.month() as u8, date.day() as u8).expect("chrono's date is valid")
}

fn theirs(date: Date) -> NaiveDate {
    naive(date.year, u32::from(date.month), u32::from(date.day))
}

/// Every day of the range, as chrono walks it (`succ_opt`), with our day for it.
fn every_day() -> Vec<(Date, NaiveDate)> {
    let last = naive(LAST_YEAR, 12, 31);
    let mut days = Vec::with_capacity(DAYS);
    let mut day = naive(FIRST_YEAR, 1, 1);
    loop {
        days.push((ours(day), day));
        if day == last {
            break;
        }
        day = day.succ_opt().unwrap();
    }
    assert_eq!(days.len(), DAYS);
    days
}

/// A fixed pseudo-random sequence (SplitMix64), so the large offsets are the same every run.
fn mix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[test]
fn every_day_has_chronos_day_number_and_weekday() {
    let epoch = naive(1970, 1, 1);
    for (date, day) in every_day() {
        let n = date.days_since_epoch();
        assert_eq!(n, (day - epoch).num_days(), "{day}");
        assert_eq!(Date::from_days_since_epoch(n), date, "{day}");
        // 1970-01-01 was a Thursday: 3 days from Monday.
        assert_eq!(
            (n + 3).rem_euclid(7),
            i64::from(day.weekday().num_days_from_monday()),
            "{day}"
        );
    }
}

#[test]
fn valid_dates_and_month_and_year_lengths_match_chrono() {
    for year in FIRST_YEAR..=LAST_YEAR {
        let new_year = naive(year, 1, 1);
        assert_eq!(is_leap_year(year), new_year.leap_year(), "{year}");
        assert_eq!(
            days_in_year(year),
            i64::from(naive(year, 12, 31).ordinal()),
            "{year}"
        );
        for month in 1..=12u8 {
            let first = naive(year, u32::from(month), 1);
            assert_eq!(
                days_in_month(year, month),
                first.num_days_in_month(),
                "{first}"
            );
            assert_eq!(
                days_in_month(year, month),
                first
                    .checked_add_months(Months::new(1))
                    .unwrap()
                    .pred_opt()
                    .unwrap()
                    .day() as u8,
                "{first}"
            );
            for day in 0..=32u8 {
                assert_eq!(
                    Date::new(year, month, day).is_some(),
                    NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day)).is_some(),
                    "{year}-{month}-{day}"
                );
            }
        }
        for month in [0, 13, 255] {
            assert_eq!(Date::new(year, month, 1), None);
        }
    }
}

/// Offsets every day is moved by: a day, a week, a month, a quarter, a year, a leap year, four
/// years, a century, 400 years, each way.
const OFFSETS: [i64; 10] = [1, 7, 30, 91, 365, 366, 1_461, 36_524, 36_525, 146_097];

#[test]
fn adding_days_and_counting_days_between_match_chrono() {
    let days = every_day();
    let mut checked = 0usize;
    for (i, &(date, day)) in days.iter().enumerate() {
        let seed = mix(i as u64);
        // Two large offsets per day, up to ±1,000,000 days (about ±2,700 years).
        let large = [
            (seed % 2_000_001) as i64 - 1_000_000,
            ((seed >> 32) % 20_001) as i64 - 10_000,
        ];
        for offset in OFFSETS.iter().flat_map(|&o| [o, -o]).chain(large) {
            let moved = date.add_days(offset);
            let expected = day.checked_add_signed(TimeDelta::days(offset)).unwrap();
            assert_eq!(theirs(moved), expected, "{day} + {offset}");
            assert_eq!(date.days_until(moved), offset, "{day} + {offset}");
            checked += 1;
        }
        // The days between this day and another day of the range.
        let (other, other_day) = days[(seed >> 11) as usize % days.len()];
        assert_eq!(
            date.days_until(other),
            other_day.signed_duration_since(day).num_days(),
            "{day} to {other_day}"
        );
        assert_eq!(date < other, day < other_day);
        checked += 1;
    }
    assert_eq!(checked, DAYS * 23);
}

/// Months added to every day: chrono's `checked_add_months` holds the day at the month's last
/// day the same way ours does (Jan 31 + 1 month = Feb 28 or 29).
const MONTHS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 11, 12, 13, 23, 24, 49, 1_200];

#[test]
fn adding_months_matches_chrono_clamping_to_the_months_end() {
    for (date, day) in every_day() {
        for months in MONTHS {
            assert_eq!(
                theirs(date.add_months(months)),
                day.checked_add_months(Months::new(months)).unwrap(),
                "{day} + {months} months"
            );
        }
    }
}

#[test]
fn quarter_of_every_day_and_its_bounds_match_chrono() {
    for (date, day) in every_day() {
        let quarter = date.quarter();
        assert_eq!(
            (quarter.year, u32::from(quarter.number)),
            (day.year(), day.quarter()),
            "{day}"
        );
        let first = naive(day.year(), 3 * day.quarter() - 2, 1);
        let next = first.checked_add_months(Months::new(3)).unwrap();
        assert_eq!(theirs(quarter.first_day()), first, "{day}");
        assert_eq!(
            theirs(quarter.last_day()),
            next.pred_opt().unwrap(),
            "{day}"
        );
        assert_eq!(quarter.days(), (next - first).num_days(), "{day}");
        assert!(quarter.first_day() <= date && date <= quarter.last_day());
        assert_eq!(
            quarter.key(),
            day.format("%Y-Q%q").to_string(),
            "{day}: link form"
        );
        assert_eq!(
            quarter.to_string(),
            day.format("%Y Q%q").to_string(),
            "{day}: label form"
        );
    }
}

#[test]
fn quarters_offset_parse_and_print_round_trip() {
    let offsets = (-9..=9).chain([40, -40, 400, -400, 1_200, -1_200]);
    let offsets: Vec<i32> = offsets.collect();
    for year in FIRST_YEAR..=LAST_YEAR {
        for number in 1..=4u8 {
            let q = Quarter { year, number };
            assert_eq!(Quarter::parse(&q.key()), Some(q), "{q}");
            assert_eq!(Quarter::parse(&q.key().to_lowercase()), Some(q), "{q}");
            // The label form parses too (the separator may be a space).
            assert_eq!(Quarter::parse(&q.to_string()), Some(q), "{q}");
            for &n in &offsets {
                let moved = q.offset(n);
                assert_eq!(q.quarters_until(moved), n, "{q} + {n}");
                assert_eq!(moved.offset(-n), q, "{q} + {n}");
                // chrono: the first day of the quarter moved by 3n months.
                let first = theirs(q.first_day());
                let expected = if n >= 0 {
                    first.checked_add_months(Months::new(3 * n as u32))
                } else {
                    first.checked_sub_months(Months::new(3 * n.unsigned_abs()))
                }
                .unwrap();
                assert_eq!(theirs(moved.first_day()), expected, "{q} + {n}");
            }
        }
    }
    // Years outside 1900-9999 are refused on purpose (a link's start quarter is never there).
    assert_eq!(Quarter::parse("1899-Q4"), None);
    assert_eq!(Quarter::parse("10000-Q1"), None);
}

#[test]
fn every_printed_form_matches_chronos_formatting() {
    for (date, day) in every_day() {
        assert_eq!(date.iso(), day.format("%Y-%m-%d").to_string());
        assert_eq!(date.iso(), day.to_string());
        assert_eq!(date.short(), day.format("%b %-d").to_string());
        assert_eq!(date.to_string(), day.format("%b %-d, %Y").to_string());
        assert_eq!(date.month_year(), day.format("%b %Y").to_string());
    }
}

/// Working days (Monday to Friday) between two days, against chrono walking day by day: from
/// every day of four years, spans of 0 to 400 days.
#[test]
fn weekdays_until_counts_what_chrono_walks() {
    use chrono::Weekday;
    let start = naive(2024, 1, 1);
    let mut from = start;
    for _ in 0..(366 + 365 * 3) {
        let mut walked = 0;
        let mut day = from;
        for span in 0..=400_i64 {
            assert_eq!(
                ours(from).weekdays_until(ours(day)),
                walked,
                "{from} to {day} ({span} days)"
            );
            if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                walked += 1;
            }
            day = day.succ_opt().unwrap();
        }
        // Backwards or equal: nothing.
        assert_eq!(ours(from).weekdays_until(ours(from)), 0);
        assert_eq!(ours(day).weekdays_until(ours(from)), 0);
        from = from.succ_opt().unwrap();
    }
}
