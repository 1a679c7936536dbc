//! The projection, end to end, for one scenario (`make bench` records the median). Budget: 20 µs.
//! And the link decoder on a hostile 64 KB query (issue 10: the page stays fast whatever the
//! address carries).
use criterion::{criterion_group, criterion_main, Criterion};
use hireplan::link::decode;
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

/// A 64 KB query: a real link, then repeated keys, unknown keys, escapes, a right-to-left
/// override and a NUL, tracking and presentation keys, until it reaches 64 KB.
fn hostile_64kb_query() -> String {
    let mut query =
        "v=1&level=senior&region=msa-42660&remote=10&start=2027-Q2&route=agency&oh=30".to_string();
    let mut n = 0;
    while query.len() < 64 * 1024 {
        query.push_str(&format!(
            "&level=junior&k{n}=%E2%80%AE%00x&oh=1e308&utm_source=mail&embed=1&region=%ED%A0%80"
        ));
        n += 1;
    }
    query
}

fn decode_64kb_link(c: &mut Criterion) {
    let today = Date::new(2026, 11, 29).expect("a valid date");
    let query = hostile_64kb_query();
    c.bench_function("decode_64kb_link", |b| {
        b.iter(|| decode(black_box(&query), today))
    });
}

criterion_group!(benches, projection, decode_64kb_link);
criterion_main!(benches);
