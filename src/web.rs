//! The few facts read from the browser itself, kept apart so everything else stays pure.

use crate::model::Date;

/// Today's date in the visitor's time zone. The model never reads a clock; the app reads it
/// once at start-up (the default start quarter and the choice of quarters depend on it).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    );
    // A browser always reports a valid date; fall back to the epoch rather than panic.
    Date::new(year, month, day).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}
