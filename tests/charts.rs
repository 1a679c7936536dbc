//! The chart drawing functions rendered natively with plotters' SVG backend, checked for what
//! a reader would look for: every series, the labels, axes that cover the data, the start
//! marker in the right quarter, the milestones.
#![cfg(not(target_arch = "wasm32"))]

use hireplan::charts::cost::start_position;
use hireplan::charts::{draw_cost_chart, draw_ramp_chart, ChartStyle, Slots};

use hireplan::format::money_compact;
use hireplan::model::{
    project, Assumption, Date, HiringRoute, Level, Projection, Quarter, Scenario,
};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind};
use std::cell::RefCell;
use std::rc::Rc;

fn scenario() -> Scenario {
    let mut s = Scenario::default_for(Date::new(2026, 11, 29).unwrap());
    s.start_quarter = Quarter {
        year: 2027,
        number: 1,
    };
    s
}

#[derive(Clone, Copy)]
enum Chart {
    Cost,
    Ramp,
}

fn render(chart: Chart, p: &Projection, css_width: u32, scale: f64) -> (String, Slots) {
    let mut svg = String::new();
    let size = (
        (f64::from(css_width) * scale) as u32,
        (300.0 * scale) as u32,
    );
    let slots = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let style = ChartStyle::light(scale);
        match chart {
            Chart::Cost => draw_cost_chart(&root, p, &style),
            Chart::Ramp => draw_ramp_chart(&root, p, &style),
        }
        .expect("chart draws")
    };
    (svg, slots)
}

/// Every text element: (text, x, y).
fn placed_texts(svg: &str) -> Vec<(String, f64, f64)> {
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let (tag, rest) = t.split_once('>')?;
            Some((
                rest.split_once("</text>")?.0.trim().to_string(),
                attr(tag, "x"),
                attr(tag, "y"),
            ))
        })
        .collect()
}

fn texts(svg: &str) -> Vec<String> {
    placed_texts(svg).into_iter().map(|(t, _, _)| t).collect()
}

/// The rectangles filled with `color` (`#RRGGBB`), as (x, y, width, height).
fn rects(svg: &str, color: &str) -> Vec<(f64, f64, f64, f64)> {
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    svg.split("<rect")
        .skip(1)
        .map(|t| t.split("/>").next().unwrap())
        .filter(|t| t.contains(&format!("fill=\"{color}\"")) && !t.contains("fill-opacity=\"0\""))
        .map(|t| {
            (
                attr(t, "x"),
                attr(t, "y"),
                attr(t, "width"),
                attr(t, "height"),
            )
        })
        .collect()
}

const SALARY: &str = "#1F5FBF";
const OVERHEAD: &str = "#6B93D6";
const HIRING: &str = "#A5530A";

#[test]
fn cost_chart_has_every_series_legend_and_quarter() {
    let p = project(&scenario());
    let (svg, slots) = render(Chart::Cost, &p, 800, 1.0);
    let labels = texts(&svg);
    for legend in [
        "Salary",
        "Benefits, taxes, overhead",
        "Hiring cost",
        "Cumulative (right axis)",
        "Starts Feb 10",
    ] {
        assert!(
            labels.iter().any(|l| l == legend),
            "legend {legend}: {labels:?}"
        );
    }
    for q in &p.quarters {
        assert!(labels.contains(&q.quarter.to_string()), "{}", q.quarter);
    }
    assert!(labels.contains(&"+$4.7K hire".to_string()), "{labels:?}");
    // One salary and one overhead block per quarter (every quarter has pay), one hiring block;
    // the legend adds one swatch each.
    assert_eq!(rects(&svg, SALARY).len(), p.quarters.len() + 1);
    assert_eq!(rects(&svg, OVERHEAD).len(), p.quarters.len() + 1);
    assert_eq!(rects(&svg, HIRING).len(), 2);
    assert_eq!(slots.len(), 8);
    assert_eq!(slots.edges.len(), 9);
}

#[test]
fn cost_axes_cover_the_data() {
    let p = project(&scenario());
    let (svg, slots) = render(Chart::Cost, &p, 800, 1.0);
    let placed = placed_texts(&svg);
    let tallest = p.quarters.iter().map(|q| q.total).fold(0.0, f64::max);
    // Read the left axis like a person: the pixel rows of "$0" and "$20K" give its scale.
    let row = |label: &str| {
        placed
            .iter()
            .find(|(t, x, _)| t == label && *x < 100.0)
            .map(|(_, _, y)| *y)
            .unwrap()
    };
    let (zero, twenty) = (row("$0"), row(&money_compact(20_000.0)));
    let pixels_per_dollar = (zero - twenty) / 20_000.0;
    // The tallest bar's top, where that scale puts it, is inside the plot and matches the bar.
    let expected_top = zero - tallest * pixels_per_dollar;
    assert!(
        expected_top > 20.0,
        "the axis covers the tallest bar ({expected_top})"
    );
    let drawn_top = slots
        .anchors
        .iter()
        .map(|(_, y)| *y)
        .fold(f64::INFINITY, f64::min);
    assert!(
        (drawn_top - expected_top).abs() <= 1.5,
        "{drawn_top} vs {expected_top}"
    );
    // The right axis reaches the cumulative total.
    let right_labels: Vec<f64> = placed
        .iter()
        .filter(|(t, x, _)| t.starts_with('$') && *x > 700.0)
        .map(|(t, _, _)| {
            t.trim_start_matches('$')
                .trim_end_matches('K')
                .parse::<f64>()
                .unwrap()
                * 1_000.0
        })
        .collect();
    let right_top = hireplan::charts::nice_ceiling(p.horizon_cash * 1.02);
    assert!(right_top >= p.horizon_cash);
    assert!(
        right_labels.iter().any(|v| *v >= p.horizon_cash * 0.75),
        "{right_labels:?} vs {}",
        p.horizon_cash
    );
    // Every bar lies inside the drawing.
    for (x, y, w, h) in rects(&svg, SALARY).into_iter().chain(rects(&svg, HIRING)) {
        assert!(
            x >= 0.0 && y >= 0.0 && x + w <= 800.0 && y + h <= 300.0,
            "{x} {y} {w} {h}"
        );
    }
    // The tooltip anchors (bar tops) are inside the drawing, below the legend.
    for (x, y) in &slots.anchors {
        assert!(*x > 0.0 && *x < 800.0 && *y > 20.0 && *y < 300.0);
    }
}

#[test]
fn search_quarters_are_empty_and_the_start_marker_sits_in_its_quarter() {
    let mut s = scenario();
    s.assumptions.set(Assumption::TimeToHireMid, 120.0);
    let p = project(&s);
    // Jan 1 + 120 days = May 1, 2027: the second quarter, a third of the way in.
    assert_eq!(p.start_date, Date::new(2027, 5, 1).unwrap());
    let position = start_position(&p).unwrap();
    assert!(position > 1.3 && position < 1.4, "{position}");
    let (svg, slots) = render(Chart::Cost, &p, 800, 1.0);
    let labels = texts(&svg);
    assert!(labels.contains(&"Search".to_string()));
    assert!(labels.contains(&"Starts May 1".to_string()));
    // The search quarter has no bar; the quarters after the start have one each.
    assert_eq!(rects(&svg, SALARY).len(), p.quarters.len() - 1 + 1);
    // The dashed marker is drawn inside the second quarter's slot.
    let marker_x = svg
        .split("<polyline")
        .skip(1)
        .filter(|l| l.contains("stroke=\"#14202E\""))
        .filter_map(|l| {
            let points = l.split("points=\"").nth(1)?.split('"').next()?;
            let pairs: Vec<(f64, f64)> = points
                .split(' ')
                .filter_map(|pt| {
                    let (x, y) = pt.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            // A vertical dash inside the plot (the legend's sample dash sits above it).
            (pairs.len() == 2 && pairs[0].0 == pairs[1].0 && pairs[0].1 > 40.0)
                .then_some(pairs[0].0)
        })
        .next()
        .expect("a vertical dashed line");
    assert!(
        marker_x > slots.edges[1] && marker_x < slots.edges[2],
        "{marker_x} {:?}",
        slots.edges
    );
}

#[test]
fn narrow_chart_at_double_density_uses_short_quarter_labels() {
    let p = project(&scenario());
    let (svg, slots) = render(Chart::Cost, &p, 375, 2.0);
    let labels = texts(&svg);
    assert!(
        labels.contains(&"Q1".to_string()) && labels.contains(&"2028".to_string()),
        "{labels:?}"
    );
    // Slots are in CSS pixels: within the 375 px width.
    assert!(slots.edges.iter().all(|x| *x >= 0.0 && *x <= 375.0));
    // Fonts scale with the density.
    // Fonts scale with the density: every label twice the size it has at 1x.
    let sizes = |svg: &str| -> Vec<f64> {
        svg.split("font-size=\"")
            .skip(1)
            .filter_map(|t| t.split('"').next()?.parse().ok())
            .collect()
    };
    let (at_2x, (at_1x_svg, _)) = (sizes(&svg), render(Chart::Cost, &p, 375, 1.0));
    let at_1x = sizes(&at_1x_svg);
    assert_eq!(at_2x.len(), at_1x.len());
    for (double, single) in at_2x.iter().zip(&at_1x) {
        assert!((double / single - 2.0).abs() < 1e-9, "{double} vs {single}");
    }
}

#[test]
fn ramp_chart_labels_milestones_band_and_ramp_cost() {
    let p = project(&scenario());
    let (svg, slots) = render(Chart::Ramp, &p, 900, 1.0);
    let labels = texts(&svg);
    for expected in [
        "Small contributions, Mar 3",
        "Independent, Mar 24",
        "No hand-holding, Apr 21",
        "Fully productive, May 12",
        "Months 2–3: bigger decisions, less context",
        "Months 2–3: mistakes cost most",
        "wk 0",
        "wk 52",
        "Feb 10",
    ] {
        assert!(
            labels.iter().any(|l| l == expected),
            "{expected}: {labels:?}"
        );
    }
    let ramp_cost = hireplan::format::money(p.ramp_cost);
    assert!(
        labels
            .iter()
            .any(|l| l.contains(&ramp_cost) && l.contains("not cash")),
        "{labels:?}"
    );
    assert!(labels.contains(&"100%".to_string()) && labels.contains(&"0%".to_string()));
    assert_eq!(slots.len(), 53);
}

#[test]
fn ramp_chart_follows_the_level() {
    let mut s = scenario();
    s.level = Level::Junior;
    s.route = HiringRoute::Agency;
    let p = project(&s);
    let (svg, _) = render(Chart::Ramp, &p, 900, 1.0);
    let labels = texts(&svg);
    // Junior: 13 weeks × 1.5 = 19.5 weeks after an agency start on Jan 29.
    assert!(
        labels
            .iter()
            .any(|l| l == &format!("Fully productive, {}", p.milestones[3].date.short())),
        "{labels:?}"
    );
    // Jan 29 + 136.5 days, rounded half up to 137 days.
    assert_eq!(p.milestones[3].date, Date::new(2027, 6, 15).unwrap());
}

#[test]
fn a_sidebar_wide_cost_chart_thins_its_quarter_labels_instead_of_overlapping_them() {
    let p = project(&scenario());
    for (width, scale) in [(160, 1.0), (200, 2.0), (240, 3.0)] {
        let (svg, _) = render(Chart::Cost, &p, width, scale);
        let mut quarters: Vec<f64> = placed_texts(&svg)
            .into_iter()
            .filter(|(t, _, _)| t.len() == 2 && t.starts_with('Q'))
            .map(|(_, x, _)| x)
            .collect();
        quarters.sort_by(f64::total_cmp);
        assert!(!quarters.is_empty(), "{width}");
        // Centres at least a label's width apart, as the backend measures "Q1" at 11 px.
        let mut scratch = String::new();
        let label_width = {
            let area = SVGBackend::with_string(&mut scratch, (10, 10)).into_drawing_area();
            let font = ("sans-serif", 11.0 * scale).into_font();
            f64::from(
                area.estimate_text_size("Q1", &TextStyle::from(font))
                    .unwrap()
                    .0,
            )
        };
        for pair in quarters.windows(2) {
            assert!(
                pair[1] - pair[0] >= label_width,
                "{width}: {quarters:?} ({label_width})"
            );
        }
        // Short legend words, all of them inside the canvas.
        let labels = texts(&svg);
        assert!(labels.contains(&"Overhead".to_string()), "{labels:?}");
        assert!(!labels.iter().any(|l| l == "Benefits, taxes, overhead"));
    }
    // At a phone's width every quarter keeps its label.
    let (svg, _) = render(Chart::Cost, &p, 375, 2.0);
    let count = texts(&svg)
        .iter()
        .filter(|t| t.len() == 2 && t.starts_with('Q'))
        .count();
    assert_eq!(count, 8);
}

#[test]
fn a_sidebar_wide_ramp_chart_drops_labels_that_cannot_fit() {
    let p = project(&scenario());
    let (svg, _) = render(Chart::Ramp, &p, 160, 2.0);
    let labels = texts(&svg);
    assert!(
        !labels.iter().any(|l| l.starts_with("Fully productive,")),
        "{labels:?}"
    );
    assert!(!labels.iter().any(|l| l.starts_with("Months 2–3: bigger")));
    assert!(labels.contains(&"Months 2–3".to_string()), "{labels:?}");
    let (wide, _) = render(Chart::Ramp, &p, 900, 1.0);
    assert!(texts(&wide)
        .iter()
        .any(|l| l.starts_with("Fully productive,")));
}

/// How wide the backend measures `text` at `size` CSS px and `scale`.
fn measured(text: &str, size: f64, scale: f64) -> f64 {
    let mut scratch = String::new();
    let area = SVGBackend::with_string(&mut scratch, (10, 10)).into_drawing_area();
    let font = ("sans-serif", size * scale).into_font();
    f64::from(
        area.estimate_text_size(text, &TextStyle::from(font))
            .unwrap()
            .0,
    )
}

#[test]
fn in_a_sidebar_legends_fit_and_ramp_ticks_do_not_collide() {
    let p = project(&scenario());
    for width in [160, 200, 240] {
        for chart in [Chart::Cost, Chart::Ramp] {
            let (svg, _) = render(chart, &p, width, 1.0);
            // A long entry goes on two lines rather than lose its end ("Ramp cost $…").
            assert!(
                !texts(&svg).iter().any(|t| t.ends_with('…')),
                "{width}: {:?}",
                texts(&svg)
            );
            // Legend texts are the 12 px ones at the top: each ends inside the canvas.
            for (text, x, y) in placed_texts(&svg) {
                if y < 120.0 && (text.ends_with('…') || text.starts_with("Salary")) {
                    assert!(
                        x + measured(&text, 12.0, 1.0) <= f64::from(width),
                        "{width}: {text}"
                    );
                }
            }
        }
        let (svg, _) = render(Chart::Ramp, &p, width, 1.0);
        let mut ticks: Vec<f64> = placed_texts(&svg)
            .into_iter()
            .filter(|(t, _, _)| t.starts_with("wk "))
            .map(|(_, x, _)| x)
            .collect();
        ticks.sort_by(f64::total_cmp);
        for pair in ticks.windows(2) {
            assert!(
                pair[1] - pair[0] >= measured("Sep 30", 11.0, 1.0),
                "{width}: {ticks:?}"
            );
        }
        // No milestone labels squeezed over the curve.
        assert!(!texts(&svg).iter().any(|t| t.starts_with("Independent,")));
    }
    // The ramp cost and the payback date are read whole, each on two lines, where a line is
    // too short for them (this backend measures text narrower than a browser's fonts do: at
    // 160 px in Chromium, "Ramp cost $13,778" was cut to "Ramp cost $…").
    let (svg, _) = render(Chart::Ramp, &p, 100, 1.0);
    let labels = texts(&svg);
    let joined = labels.join(" ");
    for entry in [
        format!("Ramp cost {}", hireplan::format::money(p.ramp_cost)),
        format!("Pays for itself {}", p.payback.date.unwrap().short()),
    ] {
        assert!(joined.contains(&entry), "{entry}: {labels:?}");
        assert!(!labels.contains(&entry), "on one line: {entry}");
    }
    // From 220 px the cumulative line has its own axis on the right, and its legend entry.
    let (svg, _) = render(Chart::Cost, &p, 240, 1.0);
    assert!(
        texts(&svg).iter().any(|t| t.starts_with("Cumulative")),
        "{:?}",
        texts(&svg)
    );
}

/// Under 220 px two value axes left the bars a plot of about 55 px, with the hiring fee's
/// label over the bars: there the cumulative line goes with its axis and legend entry (drawn
/// against the bars' scale it would be misread), and a fee label wider than half the plot is
/// left out (the legend, the colour and the data table name it).
#[test]
fn the_narrowest_cost_chart_gives_the_bars_the_width() {
    let p = project(&scenario());
    let right_axis_labels = |svg: &str, width: u32| {
        placed_texts(svg)
            .into_iter()
            .filter(|(t, x, _)| t.starts_with('$') && *x > f64::from(width) * 0.6)
            .count()
    };
    for width in [160, 200] {
        let (svg, _) = render(Chart::Cost, &p, width, 1.0);
        let all = texts(&svg);
        assert!(
            !all.iter().any(|t| t.starts_with("Cumul")),
            "{width}: {all:?}"
        );
        assert!(!all.iter().any(|t| t.starts_with('+')), "{width}: {all:?}");
        assert_eq!(right_axis_labels(&svg, width), 0, "{width}: {all:?}");
    }
    for width in [240, 320, 700] {
        let (svg, _) = render(Chart::Cost, &p, width, 1.0);
        assert!(
            right_axis_labels(&svg, width) >= 3,
            "{width}: {:?}",
            texts(&svg)
        );
    }
    // The fee is named on the chart once the plot has room for it.
    let (svg, _) = render(Chart::Cost, &p, 700, 1.0);
    assert!(
        texts(&svg).iter().any(|t| t.starts_with("+$")),
        "{:?}",
        texts(&svg)
    );
}

/// A backend that measures text as wide as a browser's system font does (about 0.64 em per
/// character: Chromium measured "$400K" at 11 px as 35.2 px), wider than plotters' own
/// estimate, and keeps each text with where it was anchored: (text, x, horizontal anchor).
struct BrowserWideText {
    size: (u32, u32),
    texts: Rc<RefCell<Vec<(String, i32, HPos)>>>,
}

impl BrowserWideText {
    fn width(text: &str, style: &impl BackendTextStyle) -> u32 {
        (text.chars().count() as f64 * style.size() * 0.64).ceil() as u32
    }
}

impl DrawingBackend for BrowserWideText {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        _: BackendCoord,
        _: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        Ok((Self::width(text, style), style.size().ceil() as u32))
    }
    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.texts
            .borrow_mut()
            .push((text.to_string(), pos.0, style.anchor().h_pos));
        Ok(())
    }
}

/// The value axes' labels ("$400K" left, the cumulative "$1.2M" right) are whole inside the
/// canvas at every width from a partner's 160 px sidebar up, at one and two device pixels per
/// CSS pixel, measured as wide as a browser measures them: a fixed room for them cut the "$"
/// off "$400K" on a 280 px canvas at one pixel per CSS pixel.
#[test]
fn value_axis_labels_are_never_cut_at_the_canvas_edges() {
    let mut senior = scenario();
    senior.level = Level::Senior;
    senior.route = HiringRoute::Agency;
    for p in [project(&scenario()), project(&senior)] {
        for width in [160, 200, 240, 280, 299, 300, 320, 375, 519, 520, 800, 1280] {
            for scale in [1.0, 2.0] {
                let size = ((f64::from(width) * scale) as u32, (300.0 * scale) as u32);
                let texts = Rc::new(RefCell::new(Vec::new()));
                let root = BrowserWideText {
                    size,
                    texts: texts.clone(),
                }
                .into_drawing_area();
                draw_cost_chart(&root, &p, &ChartStyle::light(scale)).expect("chart draws");
                let texts = texts.borrow();
                let money: Vec<&(String, i32, HPos)> = texts
                    .iter()
                    .filter(|(t, _, _)| t.starts_with('$') && !t.contains(' '))
                    .collect();
                let shown: Vec<&str> = money.iter().map(|(t, _, _)| t.as_str()).collect();
                // Under 220 px the bars' axis only (see the test above).
                let least = if width < 220 { 3 } else { 6 };
                assert!(money.len() >= least, "{width}px ×{scale}: {shown:?}");
                let font = 11.0 * scale;
                for (text, x, anchor) in money {
                    let text_width = (text.chars().count() as f64 * font * 0.64).ceil() as i32;
                    let (left, right) = match anchor {
                        HPos::Right => (x - text_width, *x),
                        HPos::Left => (*x, x + text_width),
                        HPos::Center => (x - text_width / 2, x + text_width / 2),
                    };
                    assert!(
                        left >= 0 && right <= size.0 as i32,
                        "{text} at {width}px ×{scale}: {left}..{right} of {}",
                        size.0
                    );
                }
            }
        }
    }
}
