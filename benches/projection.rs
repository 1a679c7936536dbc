//! The projection, end to end, for one scenario (`make bench` records the median). Budget: 20 µs.
use criterion::{criterion_group, criterion_main, Criterion};
use hireplan::model::{project, Date, HiringRoute, Level, Region, Scenario};
use std::hint::black_box;

fn projection(c: &mut Criterion) {
    let today = Date::new(2026, 11, 29).expect("a valid date");
    let scenario = Scenario {
        level: Level::Senior,
        region: Region::find("msa-41940").expect("San Jose is in the table"),
        remote_discount: 10.0,
        route: HiringRoute::Agency,
        ..Scenario::default_for(today)
    };
    c.bench_function("projection", |b| b.iter(|| project(black_box(&scenario))));
}

criterion_group!(benches, projection);
criterion_main!(benches);
