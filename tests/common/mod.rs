//! Strategies shared by the property tests: arbitrary scenarios built the way the app builds
//! them.
#![allow(dead_code)]

use hireplan::model::scenario::clamp_remote_discount;
use hireplan::model::{Assumptions, HiringRoute, Level, Quarter, Scenario, REGIONS, SPECS};
use proptest::prelude::*;

pub fn level() -> impl Strategy<Value = Level> {
    prop_oneof![Just(Level::Junior), Just(Level::Mid), Just(Level::Senior)]
}

pub fn route() -> impl Strategy<Value = HiringRoute> {
    (0..HiringRoute::ALL.len()).prop_map(|i| HiringRoute::ALL[i])
}

/// Assumptions built the way the app builds them: each entry through `set`, which clamps and
/// keeps the ordered ones in order. Entries span beyond each range to exercise the clamping.
pub fn assumptions() -> impl Strategy<Value = Assumptions> {
    let entries: Vec<_> = SPECS
        .iter()
        .map(|spec| {
            let span = spec.max - spec.min;
            prop_oneof![
                3 => Just(spec.default),
                6 => (spec.min - span * 0.2)..(spec.max + span * 0.2),
            ]
        })
        .collect();
    entries.prop_map(|values| {
        let mut a = Assumptions::default();
        for (spec, value) in SPECS.iter().zip(values) {
            a.set(spec.id, value);
        }
        a
    })
}

pub fn scenario() -> impl Strategy<Value = Scenario> {
    (
        level(),
        0..REGIONS.len(),
        0.0..=30.0f64,
        2025..2031i32,
        1..=4u8,
        route(),
        assumptions(),
        // Half the time the search opens on a later day of its quarter (planned mid-quarter).
        prop_oneof![Just(0i64), 1..92i64],
    )
        .prop_map(
            |(level, region, remote_discount, year, number, route, assumptions, opens_after)| {
                let start_quarter = Quarter { year, number };
                let opens = start_quarter.first_day().add_days(opens_after);
                Scenario {
                    level,
                    region: &REGIONS[region],
                    remote_discount: clamp_remote_discount(remote_discount),
                    start_quarter,
                    search_opens_on: (opens_after > 0 && opens.quarter() == start_quarter)
                        .then_some(opens),
                    route,
                    assumptions,
                }
            },
        )
}
