//! The comparison charts (up to three options on one calendar) rendered natively with plotters'
//! SVG backend and checked for what a reader looks for: a line per option in its own style,
//! every option named directly at its line, labels inside the canvas and apart from each
//! other, the calendar axis covering every option, and the words and tables behind them.
//!
//! `cargo test --test compare_charts -- --ignored` writes the SVGs looked at while designing
//! them to `target/compare-charts/` (light and dark, 1280, 375 and 200 px, 1–3 options).
#![cfg(not(target_arch = "wasm32"))]

use hireplan::charts::compare::{
    comparison_quarters, display_name, productivity_on, series_look, Dash, RampCalendar,
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

/// Colour of option `i` as the SVG writes it.
fn svg_color(style: &ChartStyle, i: usize) -> String {
    let RGBColor(r, g, b) = style.options[i];
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// Backend-pixel width of `text` as the chart measured it (the direct labels are 11.5 px).
fn text_width(text: &str, style: &ChartStyle) -> f64 {
    let font = FontDesc::new(
        FontFamily::Name(&style.font_family),
        11.5 * style.scale,
        FontStyle::Normal,
    );
    let (width, _) = font.box_size(text).unwrap();
    f64::from(width)
}

/// The option letters a direct label shows before a shortened name, or alone where little of
/// the name would be left.
const LETTERS: [&str; 3] = ["A", "B", "C"];

/// The texts that start with one of `starts`, as boxes (left, top, right, bottom). A start of
/// one letter (see [`LETTERS`]) matches that letter alone or followed by a space.
fn label_boxes(svg: &str, starts: &[String], style: &ChartStyle) -> Vec<(String, [f64; 4])> {
    let height = 11.5 * style.scale;
    let matches = |t: &str, s: &str| {
        if LETTERS.contains(&s) {
            t == s || t.starts_with(&format!("{s} "))
        } else {
            t.starts_with(s)
        }
    };
    placed_texts(svg)
        .into_iter()
        .filter(|(t, _, _, anchor)| anchor == "start" && starts.iter().any(|s| matches(t, s)))
        .map(|(t, x, y, _)| {
            let width = text_width(&t, style);
            (t, [x, y - height / 2.0, x + width, y + height / 2.0])
        })
        .collect()
}

fn overlap(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

#[test]
fn cost_comparison_draws_a_labelled_line_per_option() {
    let set = levels();
    let options = as_options(&set);
    let style = ChartStyle::light(1.0);
    for width in [1280, 640, 375, 200, 160] {
        let (svg, slots) = render(Chart::Cost, &options, 1, &style, (width, 320));
        // Each option's line: a solid polyline for A, dashes for B and C, in its colour.
        for i in 0..3 {
            let strokes = svg
                .matches(&format!("stroke=\"{}\"", svg_color(&style, i)))
                .count();
            let least = if i == 0 { 1 } else { 10 };
            assert!(strokes >= least, "option {i} at {width}px: {strokes} paths");
        }
        // Named at its line's end after its letter, with its total (the name shortened where
        // the gutter is narrow, the letter alone where little of it would be left).
        let names: Vec<String> = LETTERS.map(String::from).to_vec();
        let boxes = label_boxes(&svg, &names, &style);
        assert_eq!(boxes.len(), 3, "{width}px: {boxes:?}");
        for ((text, _), ((name, _), letter)) in boxes.iter().zip(set.iter().zip(LETTERS)) {
            let whole = format!("{letter} {name}");
            assert!(
                *text == whole
                    || *text == letter
                    || text.ends_with('…') && whole.starts_with(text.trim_end_matches('…')),
                "{text} for {whole} at {width}px"
            );
        }
        if width >= 640 {
            assert!(
                boxes.iter().any(|(t, _)| !t.ends_with('…') && t.len() > 1),
                "{width}px: {boxes:?}"
            );
        }
        let amounts: Vec<String> = set
            .iter()
            .map(|(_, p)| format!("${}", &hireplan::format::money_compact(p.horizon_cash)[1..]))
            .collect();
        let amount_boxes = label_boxes(&svg, &amounts, &style);
        assert_eq!(amount_boxes.len(), 3, "{width}px");
        let all: Vec<_> = boxes.iter().chain(&amount_boxes).collect();
        for (i, (text, b)) in all.iter().enumerate() {
            assert!(
                b[0] >= 0.0 && b[2] <= f64::from(width) && b[1] >= 0.0 && b[3] <= 320.0,
                "{text} leaves the {width}px canvas: {b:?}"
            );
            for (other, c) in &all[i + 1..] {
                assert!(!overlap(b, c), "{text} overlaps {other} at {width}px");
            }
        }
        assert_eq!(slots.len(), 8);
    }
    // A long name is shortened to fit the gutter.
    let long = "x".repeat(10_000);
    let mut hostile = as_options(&set);
    hostile[2].name = &long;
    let (svg, _) = render(Chart::Cost, &hostile, 0, &style, (375, 320));
    let boxes = label_boxes(&svg, &["C".to_string()], &style);
    assert_eq!(boxes.len(), 1);
    assert!(boxes[0].0.starts_with("C xxx") && boxes[0].0.ends_with('…') && boxes[0].1[2] <= 375.0);
}

#[test]
fn cost_comparison_puts_every_option_on_its_calendar_quarters() {
    let set = timings();
    let options = as_options(&set);
    let style = ChartStyle::light(1.0);
    let (svg, slots) = render(Chart::Cost, &options, 0, &style, (1280, 320));
    let quarters = comparison_quarters(&options);
    assert_eq!(slots.len(), quarters.len());
    assert_eq!(slots.edges.len(), quarters.len() + 1);
    let texts: Vec<String> = placed_texts(&svg).into_iter().map(|t| t.0).collect();
    for q in &quarters {
        assert!(texts.contains(&q.to_string()), "{q}");
    }
    // The options that stop before the last quarter say where they stop.
    let ends_early = format!("by {}", set[0].1.last_quarter());
    assert!(texts.iter().any(|t| t.ends_with(&ends_early)), "{texts:?}");
    // The tooltip anchors sit in their slots, inside the canvas.
    for (i, (x, y)) in slots.anchors.iter().enumerate() {
        assert!(slots.edges[i] <= *x && *x <= slots.edges[i + 1]);
        assert!(*y > 0.0 && *y < 320.0);
    }
}

#[test]
fn ramp_comparison_marks_each_full_productivity_date() {
    let set = timings();
    let options = as_options(&set);
    let style = ChartStyle::light(1.0);
    for width in [1280, 375, 200, 160] {
        let (svg, slots) = render(Chart::Ramp, &options, 2, &style, (width, 320));
        let boxes = label_boxes(&svg, &ramp_label_starts(), &style);
        assert_eq!(boxes.len(), 3, "{width}: {boxes:?}");
        for (i, (text, b)) in boxes.iter().enumerate() {
            assert!(
                b[0] >= 0.0 && b[2] <= f64::from(width),
                "{text} leaves the {width}px canvas"
            );
            for (other, c) in &boxes[i + 1..] {
                assert!(!overlap(b, c), "{text} overlaps {other} at {width}px");
            }
        }
        for ((name, p), letter) in set.iter().zip(LETTERS) {
            let full = format!("full {}", p.full_productivity_date().short());
            assert!(
                boxes.iter().any(|(t, _)| t.contains(&full)
                    && (t.starts_with(&format!("{letter} {name}:"))
                        || t.starts_with(letter) && t.contains('…'))),
                "{name} {full} at {width}: {boxes:?}"
            );
        }
        let calendar = RampCalendar::of(&options).unwrap();
        assert_eq!(slots.len(), calendar.weeks());
        // A later search shows as a later curve: its full-productivity date is later.
        assert!(set[1].1.full_productivity_date() > set[0].1.full_productivity_date());
    }
    // The calendar runs from the first search to 52 weeks after the last start.
    let calendar = RampCalendar::of(&options).unwrap();
    assert_eq!(calendar.first_day, set[0].1.search_opens);
    assert_eq!(
        calendar.first_day.add_days(calendar.days),
        set[2].1.start_date.add_days(364)
    );
}

#[test]
fn on_each_milestone_date_the_option_is_as_productive_as_the_milestone_says() {
    let mut checked = 0;
    for level in Level::ALL {
        for route in HiringRoute::ALL {
            for later in 0..4 {
                let p = project(&scenario(level, route, Q1.offset(later)));
                for m in &p.milestones {
                    if p.engagement_ends().is_some_and(|end| m.date >= end) {
                        continue;
                    }
                    let on_the_day = productivity_on(&p, m.date).unwrap();
                    assert!(
                        on_the_day >= m.productivity,
                        "{level:?} {route:?}: {on_the_day} on {} ({:?} at {})",
                        m.date,
                        m.kind,
                        m.productivity
                    );
                    checked += 1;
                }
                assert_eq!(productivity_on(&p, p.full_productivity_date()), Some(1.0));
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn one_option_and_no_options_draw() {
    let set = levels();
    let options = as_options(&set);
    let style = ChartStyle::light(2.0);
    for chart in [Chart::Cost, Chart::Ramp] {
        let (_, slots) = render(chart, &options[..1], 0, &style, (375, 320));
        assert!(!slots.is_empty());
        let (_, slots) = render(chart, &[], 0, &style, (375, 320));
        assert!(slots.is_empty());
        // A selection past the options draws them all, none emphasised.
        let (_, slots) = render(chart, &options, 9, &style, (375, 320));
        assert!(!slots.is_empty());
    }
}

mod words {
    use super::*;
    use hireplan::charts::describe::{
        cost_comparison_grid, cost_comparison_summary, cost_comparison_tooltip,
        ramp_comparison_grid, ramp_comparison_summary, ramp_comparison_tooltip,
    };
    use hireplan::format::money;

    #[test]
    fn the_cost_description_says_who_spends_least_and_by_how_much() {
        let set = levels();
        let text = cost_comparison_summary(&as_options(&set));
        let last = set[0].1.quarters.last().unwrap();
        let more = set[1].1.horizon_cash - set[0].1.horizon_cash;
        assert!(
            text.starts_with("Cumulative cash of 3 options on one calendar, 2027 Q1 to 2028 Q4"),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "By the end of 2028 Q4: Junior (A) {}",
                money(last.cumulative)
            )),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "Senior (B) {}, {} more than A",
                money(set[1].1.horizon_cash),
                money(more)
            )),
            "{text}"
        );
        assert!(text.contains("Least cash by then: Junior (A)."), "{text}");
        assert!(!text.contains("own horizon"), "{text}");
        // Horizons ending in different quarters: each total named with its last quarter.
        let text = cost_comparison_summary(&as_options(&timings()));
        assert!(text.contains("Each over its own horizon:"), "{text}");
    }

    #[test]
    fn the_ramp_description_says_when_each_is_fully_productive() {
        let set = timings();
        let text = ramp_comparison_summary(&as_options(&set));
        let (a, b) = (
            set[0].1.full_productivity_date(),
            set[1].1.full_productivity_date(),
        );
        let weeks = a.days_until(b) as f64 / 7.0;
        assert!(
            text.contains(&format!(
                "Search now (A) starts {} and is fully productive on {a}.",
                set[0].1.start_date
            )),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "fully productive on {b}, {} weeks later than A.",
                hireplan::format::decimal(weeks, 1)
            )),
            "{text}"
        );
        assert!(
            text.contains("First fully productive: Search now (A)."),
            "{text}"
        );
        assert!(text.contains("Pays for itself"), "{text}");
    }

    #[test]
    fn the_ramp_description_names_every_option_fully_productive_on_the_first_day() {
        let on_site = scenario(Level::Mid, HiringRoute::InHouse, Q1);
        let remote = Scenario {
            remote_discount: 12.0,
            ..on_site.clone()
        };
        let named = |name: &str, s: &Scenario| (name.to_string(), project(s));
        // A remote discount changes the pay, not the ramp: both on the same day.
        let pair = vec![named("On site", &on_site), named("Remote", &remote)];
        let text = ramp_comparison_summary(&as_options(&pair));
        assert!(
            text.contains(" Fully productive on the same day: On site (A) and Remote (B)."),
            "{text}"
        );
        assert!(!text.contains("First fully productive"), "{text}");
        // Two of three tied, after the third: the two named together.
        let later = scenario(Level::Mid, HiringRoute::InHouse, Q1.offset(1));
        let three = vec![
            named("Next quarter", &later),
            named("On site", &on_site),
            named("Remote", &remote),
        ];
        let text = ramp_comparison_summary(&as_options(&three));
        assert!(
            text.contains(" First fully productive, on the same day: On site (B) and Remote (C)."),
            "{text}"
        );
        // All three on one day.
        let all = vec![
            named("On site", &on_site),
            named("Remote", &remote),
            named("Remote too", &remote),
        ];
        let text = ramp_comparison_summary(&as_options(&all));
        assert!(
            text.contains(
                " Fully productive on the same day: On site (A), Remote (B) and Remote too (C)."
            ),
            "{text}"
        );
    }

    #[test]
    fn the_cost_table_has_a_row_per_calendar_quarter_and_two_columns_per_option() {
        let set = timings();
        let options = as_options(&set);
        let grid = cost_comparison_grid(
            &options,
            hireplan::model::compare::MoneyShown::Dollars,
            money,
        );
        assert_eq!(grid.headings.len(), 7);
        assert_eq!(grid.headings[3], "Next quarter (B): quarter");
        assert_eq!(grid.rows.len(), comparison_quarters(&options).len());
        assert!(grid.rows.iter().all(|r| r.len() == 7));
        // B searches from the second quarter: nothing for it in the first.
        assert_eq!(grid.rows[0][3], "–");
        assert_eq!(grid.rows[1][4], money(set[1].1.quarters[0].cumulative));
        assert_eq!(grid.totals[6], money(set[2].1.horizon_cash));
    }

    #[test]
    fn the_ramp_table_has_a_row_per_month() {
        let set = timings();
        let options = as_options(&set);
        let grid = ramp_comparison_grid(&options);
        assert_eq!(
            grid.headings,
            [
                "Date",
                "Search now (A)",
                "Next quarter (B)",
                "Contract, Q3 (C)"
            ]
        );
        let calendar = RampCalendar::of(&options).unwrap();
        let months = (calendar.days as f64 / 30.44).round() as usize;
        assert!(
            grid.rows.len().abs_diff(months) <= 1,
            "{} vs {months}",
            grid.rows.len()
        );
        // In the first month A searches and C has not opened its search yet.
        assert_eq!(grid.rows[0][1], "Searching");
        assert_eq!(grid.rows[0][3], "Not started");
        assert_eq!(grid.rows.last().unwrap()[1], "100%");
    }

    #[test]
    fn tooltips_list_every_option() {
        let set = timings();
        let options = as_options(&set);
        let t = cost_comparison_tooltip(&options, 0);
        assert_eq!(t.title, "2027 Q1");
        assert_eq!(t.rows.len(), 3);
        assert_eq!(
            t.rows[1],
            (
                "Next quarter (B)".to_string(),
                "outside its horizon".to_string()
            )
        );
        let q = set[0].1.quarters[1];
        assert_eq!(t.rows[0].0, "Search now (A)");
        let t1 = cost_comparison_tooltip(&options, 1);
        assert_eq!(
            t1.rows[0].1,
            format!(
                "{} this quarter; {} so far",
                money(q.total),
                money(q.cumulative)
            )
        );
        assert_eq!(cost_comparison_tooltip(&options, 99).rows.len(), 0);

        let calendar = RampCalendar::of(&options).unwrap();
        let last = ramp_comparison_tooltip(&options, calendar.weeks() - 1);
        assert_eq!(last.rows.len(), 3);
        assert!(last.title.starts_with("Week of "));
        assert_eq!(
            ramp_comparison_tooltip(&options, calendar.weeks())
                .rows
                .len(),
            0
        );
    }
}

/// How the ramp chart's labels start: the option's letter, then its name ("B Senior: full
/// Apr 7") or, where the name does not fit, the letter alone ("B: full Apr 7"). A payback
/// mark's letter stands alone, so it is not one of them.
fn ramp_label_starts() -> Vec<String> {
    LETTERS
        .iter()
        .flat_map(|l| [format!("{l} "), format!("{l}:")])
        .collect()
}

#[test]
fn direct_labels_stay_inside_the_canvas_and_apart_at_every_width_from_100_px() {
    let set = levels();
    let options = as_options(&set);
    let style = ChartStyle::light(1.0);
    // Every label starts with its option's letter (the cost chart's may be the letter alone);
    // on the ramp chart, a letter alone is a payback mark.
    let cost_starts: Vec<String> = LETTERS
        .map(String::from)
        .into_iter()
        .chain(["$".to_string()])
        .collect();
    let ramp_starts = ramp_label_starts();
    // From 100 px: a chart in a 160 px embed is about 105 px wide.
    for width in 100..=2_000 {
        for chart in [Chart::Cost, Chart::Ramp] {
            let (svg, _) = render(chart, &options, 0, &style, (width, 320));
            let starts = match chart {
                Chart::Cost => &cost_starts,
                Chart::Ramp => &ramp_starts,
            };
            let boxes = label_boxes(&svg, starts, &style);
            // Names (and on the cost chart, totals); the y axis's "$" labels are right-aligned
            // and not counted. Below 160 px a total that does not fit whole is left out.
            let expected = match chart {
                Chart::Cost if width < 160 => 3..=6,
                Chart::Cost => 6..=6,
                Chart::Ramp => 3..=3,
            };
            assert!(
                expected.contains(&boxes.len()),
                "{chart:?} at {width}px: {boxes:?}"
            );
            let named = boxes.iter().filter(|(t, _)| !t.starts_with('$')).count();
            assert_eq!(named, 3, "{chart:?} at {width}px: {boxes:?}");
            // An amount is never cut ("$4…" says nothing).
            assert!(
                !boxes
                    .iter()
                    .any(|(t, _)| t.starts_with('$') && t.ends_with('…')),
                "{chart:?} at {width}px: {boxes:?}"
            );
            // A name is never cut to a stub ("Se…"): the option's letter stands in for it.
            assert!(
                !boxes
                    .iter()
                    .any(|(t, _)| t.ends_with('…') && t.chars().count() <= 6),
                "{chart:?} at {width}px: {boxes:?}"
            );
            for (i, (text, b)) in boxes.iter().enumerate() {
                assert!(
                    b[0] >= 0.0 && b[2] <= f64::from(width) && b[1] >= 0.0 && b[3] <= 320.0,
                    "{chart:?}: {text} leaves the {width}px canvas: {b:?}"
                );
                for (other, c) in &boxes[i + 1..] {
                    assert!(
                        !overlap(b, c),
                        "{chart:?}: {text} overlaps {other} at {width}px"
                    );
                }
            }
        }
    }
}

/// Each filled triangle (three-point polygon) in option `i`'s colour, as its box.
fn triangles(svg: &str, color: &str) -> Vec<[f64; 4]> {
    svg.split("<polygon")
        .skip(1)
        .filter_map(|p| {
            let tag = p.split_once("/>")?.0;
            if !tag.contains(&format!("fill=\"{color}\"")) {
                return None;
            }
            let points = tag.split("points=\"").nth(1)?.split('"').next()?;
            let xy: Vec<(f64, f64)> = points
                .split_whitespace()
                .filter_map(|pair| {
                    let (x, y) = pair.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            (xy.len() == 3).then(|| {
                let xs = xy.iter().map(|p| p.0);
                let ys = xy.iter().map(|p| p.1);
                [
                    xs.clone().fold(f64::MAX, f64::min),
                    ys.clone().fold(f64::MAX, f64::min),
                    xs.fold(f64::MIN, f64::max),
                    ys.fold(f64::MIN, f64::max),
                ]
            })
        })
        .collect()
}

#[test]
fn options_paying_back_on_the_same_day_show_both_marks_each_with_its_letter() {
    let same = scenario(Level::Mid, HiringRoute::InHouse, Q1);
    let set = vec![
        ("Same".to_string(), project(&same)),
        ("Again".to_string(), project(&same)),
    ];
    assert!(
        set[0].1.payback.date.is_some(),
        "the test needs a payback date"
    );
    let options = as_options(&set);
    let style = ChartStyle::light(2.0);
    for width in [1280, 375, 240] {
        let (svg, _) = render(Chart::Ramp, &options, 0, &style, (width, 320));
        let a = triangles(&svg, &svg_color(&style, 0));
        let b = triangles(&svg, &svg_color(&style, 1));
        assert_eq!((a.len(), b.len()), (1, 1), "{width}: {a:?} {b:?}");
        assert!(
            !overlap(&a[0], &b[0]),
            "{width}: the marks cover each other: {a:?} {b:?}"
        );
        let texts = placed_texts(&svg);
        for (letter, mark) in [("A", a[0]), ("B", b[0])] {
            assert!(
                texts.iter().any(|(t, x, y, _)| t == letter
                    && *x >= mark[2]
                    && *y >= mark[1] - 1.0
                    && *y <= mark[3] + 1.0),
                "{width}: no {letter} beside its mark {mark:?}"
            );
        }
    }
}

/// Mid-level in-house searching from 2027 Q4 and a quarter later, the later one as a contract
/// (a shorter line, labelled "… by" its last quarter).
fn from_q4() -> Vec<(String, Projection)> {
    let q4 = Quarter {
        year: 2027,
        number: 4,
    };
    vec![
        (
            "Search in Q4".to_string(),
            project(&scenario(Level::Mid, HiringRoute::InHouse, q4)),
        ),
        (
            "A quarter later".to_string(),
            project(&scenario(Level::Mid, HiringRoute::InHouse, q4.offset(1))),
        ),
        (
            "Contract".to_string(),
            project(&scenario(Level::Mid, HiringRoute::Contract, q4)),
        ),
    ]
}

#[test]
fn year_labels_under_a_comparison_starting_in_q4_never_run_into_each_other() {
    let set = from_q4();
    let options = as_options(&set);
    let style = ChartStyle::light(1.0);
    let year_font = FontDesc::new(
        FontFamily::Name(&style.font_family),
        11.0,
        FontStyle::Normal,
    );
    for width in (160..=700).step_by(7) {
        let (svg, _) = render(Chart::Cost, &options, 0, &style, (width, 320));
        let years: Vec<(String, f64)> = placed_texts(&svg)
            .into_iter()
            .filter(|(t, _, _, _)| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .map(|(t, x, _, _)| (t, x))
            .collect();
        // Where quarters are labelled "Q1" the years are named under them: the first
        // quarter's (2027) first, then each year the axis reaches (2028, 2029) where it is wide
        // enough for three.
        if width < 520 {
            assert_eq!(
                years.first().map(|y| y.0.as_str()),
                Some("2027"),
                "{width}px"
            );
            if width >= 300 {
                let named: Vec<&str> = years.iter().map(|y| y.0.as_str()).collect();
                assert_eq!(named, ["2027", "2028", "2029"], "{width}px");
            }
        }
        for pair in years.windows(2) {
            let (left, right) = (&pair[0], &pair[1]);
            let half_widths = (f64::from(year_font.box_size(&left.0).unwrap().0)
                + f64::from(year_font.box_size(&right.0).unwrap().0))
                / 2.0;
            assert!(
                right.1 - left.1 >= half_widths,
                "{width}px: {} at {} runs into {} at {}",
                left.0,
                left.1,
                right.0,
                right.1
            );
        }
    }
}

#[test]
fn a_line_ending_early_keeps_its_whole_amount_where_its_end_quarter_does_not_fit() {
    let set = from_q4();
    let options = as_options(&set);
    let style = ChartStyle::light(1.0);
    let ends_early = hireplan::format::money_compact(set[0].1.horizon_cash);
    let mut whole_detail_seen = false;
    let mut amount_alone_seen = false;
    for width in (160..=1280).step_by(9) {
        let (svg, _) = render(Chart::Cost, &options, 0, &style, (width, 320));
        let texts: Vec<String> = placed_texts(&svg).into_iter().map(|t| t.0).collect();
        // Never "$410K by 20…": the amount with its quarter, or the amount alone.
        assert!(
            !texts.iter().any(|t| t.contains(" by") && t.ends_with('…')),
            "{width}px: {texts:?}"
        );
        whole_detail_seen |= texts
            .iter()
            .any(|t| t.starts_with(&format!("{ends_early} by ")));
        amount_alone_seen |= texts.contains(&ends_early);
    }
    assert!(whole_detail_seen && amount_alone_seen);
}

/// Every marker drawn as a circle or a small square (the options' fully-productive markers and
/// their outlines), as boxes.
fn marker_boxes(svg: &str, style: &ChartStyle) -> Vec<[f64; 4]> {
    let number = |tag: &str, name: &str| -> Option<f64> {
        tag.split(&format!(" {name}=\""))
            .nth(1)?
            .split('"')
            .next()?
            .parse()
            .ok()
    };
    let circles = svg.split("<circle").skip(1).filter_map(|c| {
        let tag = c.split_once("/>")?.0;
        let (x, y, r) = (number(tag, "cx")?, number(tag, "cy")?, number(tag, "r")?);
        Some([x - r, y - r, x + r, y + r])
    });
    let squares = svg.split("<rect").skip(1).filter_map(|c| {
        let tag = c.split_once("/>")?.0;
        let (x, y) = (number(tag, "x")?, number(tag, "y")?);
        let (w, h) = (number(tag, "width")?, number(tag, "height")?);
        (w <= 14.0 * style.scale && h <= 14.0 * style.scale).then_some([x, y, x + w, y + h])
    });
    circles.chain(squares).collect()
}

/// A payback mark's letter never sits under another option's fully-productive marker: junior
/// against senior at 375 px had B's letter half under A's dot (the marks were kept apart from
/// each other only).
#[test]
fn payback_letters_stay_clear_of_the_markers_at_every_width() {
    /// Whether the text `text` placed at (x, y) in `svg` hangs from y (anchored at its top).
    fn top_anchored(svg: &str, text: &str, x: f64, y: f64) -> bool {
        svg.split("<text").skip(1).any(|t| {
            let Some((tag, rest)) = t.split_once('>') else {
                return false;
            };
            tag.contains(&format!(" x=\"{x}\""))
                && tag.contains(&format!(" y=\"{y}\""))
                && tag.contains("dy=\"0.76em\"")
                && rest
                    .split_once("</text>")
                    .is_some_and(|(t, _)| t.trim() == text)
        })
    }

    let set: Vec<(String, Projection)> = levels().into_iter().take(2).collect();
    let options = as_options(&set);
    let style = ChartStyle::light(2.0);
    let height = 10.5 * style.scale;
    // Letters hang below their point (the 100 % line had struck them through).
    let mut hanging = 0;
    for width in (160..=1400).step_by(9) {
        let (svg, _) = render(Chart::Ramp, &options, 0, &style, (width, 320));
        let markers = marker_boxes(&svg, &style);
        assert!(markers.len() >= 2, "{width}: markers not found");
        for (text, x, y, _) in placed_texts(&svg) {
            if !LETTERS.contains(&text.as_str()) {
                continue;
            }
            let font = FontDesc::new(
                FontFamily::Name(&style.font_family),
                height,
                FontStyle::Normal,
            );
            let letter_width = f64::from(font.box_size(&text).unwrap().0);
            // Where the letter's top is: plotters' SVG puts a top-anchored text's y at its top
            // (`dy="0.76em"`), a centred one's at its middle.
            let top = if top_anchored(&svg, &text, x, y) {
                hanging += 1;
                y
            } else {
                y - height / 2.0
            };
            let letter = [x, top, x + letter_width, top + height];
            for marker in &markers {
                assert!(
                    !overlap(&letter, marker),
                    "{width} px: {text} at {letter:?} under a marker at {marker:?}"
                );
            }
        }
    }
    assert!(hanging > 100, "{hanging}");
}
