//! The comparison charts (up to three options on one calendar) rendered natively with plotters'
//! SVG backend and checked for what a reader looks for: a line per option in its own style,
//! every option named directly at its line, labels inside the canvas and apart from each
//! other, the calendar axis covering every option, and the words and tables behind them.
//!
//! `cargo test --test compare_charts -- --ignored` writes the SVGs looked at while designing
//! them to `target/compare-charts/` (light and dark, 1280, 375 and 200 px, 1–3 options).
#![cfg(not(target_arch = "wasm32"))]

use hireplan::charts::compare::{
    comparison_quarters, display_name, series_look, Dash, RampCalendar,
};
use hireplan::charts::{
    draw_cost_comparison, draw_ramp_comparison, ChartOption, ChartStyle, Slots,
};
use hireplan::model::{project, Date, HiringRoute, Level, Projection, Quarter, Scenario};
use plotters::prelude::*;

fn today() -> Date {
    Date::new(2026, 11, 29).unwrap()
}

fn scenario(level: Level, route: HiringRoute, start: Quarter) -> Scenario {
    Scenario {
        level,
        route,
        start_quarter: start,
        ..Scenario::default_for(today())
    }
}

const Q1: Quarter = Quarter {
    year: 2027,
    number: 1,
};

/// Junior vs senior vs senior through an agency, all searching from 2027 Q1.
fn levels() -> Vec<(String, Projection)> {
    vec![
        (
            "Junior".to_string(),
            project(&scenario(Level::Junior, HiringRoute::InHouse, Q1)),
        ),
        (
            "Senior".to_string(),
            project(&scenario(Level::Senior, HiringRoute::InHouse, Q1)),
        ),
        (
            "Senior, agency".to_string(),
            project(&scenario(Level::Senior, HiringRoute::Agency, Q1)),
        ),
    ]
}

/// The same hire searching now (2027 Q1), a quarter later, and as a contract two quarters later.
fn timings() -> Vec<(String, Projection)> {
    vec![
        (
            "Search now".to_string(),
            project(&scenario(Level::Mid, HiringRoute::InHouse, Q1)),
        ),
        (
            "Next quarter".to_string(),
            project(&scenario(Level::Mid, HiringRoute::InHouse, Q1.offset(1))),
        ),
        (
            "Contract, Q3".to_string(),
            project(&scenario(Level::Mid, HiringRoute::Contract, Q1.offset(2))),
        ),
    ]
}

fn as_options(set: &[(String, Projection)]) -> Vec<ChartOption<'_>> {
    set.iter()
        .map(|(name, projection)| ChartOption { name, projection })
        .collect()
}

#[derive(Clone, Copy, Debug)]
enum Chart {
    Cost,
    Ramp,
}

fn render(
    chart: Chart,
    options: &[ChartOption],
    selected: usize,
    style: &ChartStyle,
    (css_width, css_height): (u32, u32),
) -> (String, Slots) {
    let mut svg = String::new();
    let size = (
        (f64::from(css_width) * style.scale) as u32,
        (f64::from(css_height) * style.scale) as u32,
    );
    let slots = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        match chart {
            Chart::Cost => draw_cost_comparison(&root, options, selected, style),
            Chart::Ramp => draw_ramp_comparison(&root, options, selected, style),
        }
        .expect("chart draws")
    };
    (svg, slots)
}

/// Every text element: (text, x, y, anchor).
fn placed_texts(svg: &str) -> Vec<(String, f64, f64, String)> {
    let attr = |tag: &str, name: &str| -> String {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..].split('"').next().unwrap().to_string()
    };
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let (tag, rest) = t.split_once('>')?;
            Some((
                rest.split_once("</text>")?.0.trim().to_string(),
                attr(tag, "x").parse().unwrap(),
                attr(tag, "y").parse().unwrap(),
                if tag.contains("text-anchor=\"end\"") {
                    "end"
                } else if tag.contains("text-anchor=\"middle\"") {
                    "middle"
                } else {
                    "start"
                }
                .to_string(),
            ))
        })
        .collect()
}

/// The dark theme's colours, as `style/main.css` sets them for `prefers-color-scheme: dark`.
fn dark(scale: f64) -> ChartStyle {
    let hex = |t: &str| hireplan::charts::parse_hex_color(t).unwrap();
    ChartStyle {
        surface: hex("#1a222d"),
        text: hex("#e6ebf1"),
        muted: hex("#aab6c4"),
        grid: hex("#2c3846"),
        options: [hex("#8fbcff"), hex("#f0a35e"), hex("#4fd1b5")],
        ..ChartStyle::light(scale)
    }
}

#[test]
#[ignore = "writes SVGs to look at; run with --ignored"]
fn write_svgs_to_look_at() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/compare-charts");
    std::fs::create_dir_all(&dir).unwrap();
    for (set_name, set) in [("levels", levels()), ("timings", timings())] {
        let all = as_options(&set);
        for count in 1..=3 {
            for (theme, style) in [("light", ChartStyle::light(1.0)), ("dark", dark(1.0))] {
                for width in [1280, 375, 200] {
                    for chart in [Chart::Cost, Chart::Ramp] {
                        let (svg, _) =
                            render(chart, &all[..count], count - 1, &style, (width, 320));
                        let file = format!("{set_name}-{count}-{chart:?}-{theme}-{width}.svg")
                            .to_lowercase();
                        std::fs::write(dir.join(file), svg).unwrap();
                    }
                }
            }
        }
    }
}

#[test]
fn every_option_has_its_own_colour_dash_and_marker() {
    let style = ChartStyle::light(1.0);
    let looks: Vec<_> = (0..3).map(|i| series_look(i, &style)).collect();
    for (i, a) in looks.iter().enumerate() {
        for b in &looks[i + 1..] {
            assert_ne!(a.color, b.color);
            assert_ne!(a.dash, b.dash);
            assert_ne!(a.marker, b.marker);
        }
    }
    assert_eq!(looks[0].dash, Dash::Solid);
    assert_eq!(series_look(7, &style), looks[2]);
}

#[test]
fn names_are_trimmed_shortened_and_never_blank() {
    assert_eq!(display_name("  Senior, agency ", 1), "Senior, agency");
    assert_eq!(display_name("   ", 1), "B");
    assert_eq!(display_name("", 9), "C");
    let long = display_name(&"x".repeat(10_000), 0);
    assert_eq!(long.chars().count(), 61);
    assert!(long.ends_with('…'));
}

#[test]
fn the_quarter_axis_covers_every_option() {
    let set = timings();
    let options = as_options(&set);
    let quarters = comparison_quarters(&options);
    assert_eq!(quarters.first(), Some(&Q1));
    // The contract searches from 2027 Q3 with the default 8-quarter horizon: to 2029 Q2.
    let last = set[2].1.last_quarter();
    assert_eq!(quarters.last(), Some(&last));
    assert_eq!(quarters.len() as i32, Q1.quarters_until(last) + 1);
    assert!(comparison_quarters(&[]).is_empty());
}
