//! No chart size can panic. A panic in the browser aborts the WebAssembly and leaves a page
//! that ignores every input (it did: a label clamp at 160–200 px with the agency route), so
//! both charts are drawn here at every CSS width from 1 to 2,000 px, at heights from 1 to
//! 1,000 px, at 1×, 2× and 3× pixel density, for every level and route; and with extreme
//! assumptions (all minima, all maxima) on a sample of sizes, including the fractional
//! densities phones use.
//!
//! The full sweep (360,000 drawings) draws onto [`LayoutOnly`], a backend that measures text
//! like the SVG backend and discards the shapes: every layout decision and every coordinate
//! computation of the chart code and of plotters runs, only the output string is skipped, which
//! keeps the sweep within seconds. The SVG backend itself draws every width at two heights and
//! every density for every level and route.
#![cfg(not(target_arch = "wasm32"))]

use hireplan::charts::{
    draw_cost_chart, draw_cost_comparison, draw_ramp_chart, draw_ramp_comparison, ChartOption,
    ChartStyle,
};
use hireplan::model::{
    project, Assumptions, Date, HiringRoute, Level, Projection, Quarter, Scenario, SPECS,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

const HEIGHTS: [u32; 5] = [1, 50, 200, 360, 1_000];
const SCALES: [f64; 3] = [1.0, 2.0, 3.0];

fn scenario(level: Level, route: HiringRoute, assumptions: Assumptions) -> Scenario {
    Scenario {
        level,
        route,
        start_quarter: Quarter {
            year: 2027,
            number: 1,
        },
        assumptions,
        ..Scenario::default_for(Date::new(2026, 11, 30).unwrap())
    }
}

fn every_level_and_route(assumptions: &Assumptions) -> Vec<Projection> {
    let mut out = Vec::new();
    for level in Level::ALL {
        for route in HiringRoute::ALL {
            out.push(project(&scenario(level, route, assumptions.clone())));
        }
    }
    out
}

/// Assumptions all at their minima (or all at their maxima), set in table order the way the
/// app sets them, so the ordered ones stay in order.
fn extreme(at_max: bool) -> Assumptions {
    let mut a = Assumptions::default();
    // Twice: a value held by its neighbour on the first pass reaches its extreme on the second.
    for _ in 0..2 {
        let order: Vec<_> = if at_max {
            SPECS.iter().rev().collect()
        } else {
            SPECS.iter().collect()
        };
        for spec in order {
            a.set(spec.id, if at_max { spec.max } else { spec.min });
        }
    }
    a
}

/// A backend of the given size that keeps nothing: text is measured by plotters' own font
/// code (the default `estimate_text_size`, as the SVG backend measures), shapes are dropped.
struct LayoutOnly((u32, u32));

impl DrawingBackend for LayoutOnly {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.0
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
    fn draw_line<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        path.into_iter().for_each(drop);
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: u32,
        _: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        vertices.into_iter().for_each(drop);
        Ok(())
    }
    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        _: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        // Laid out as the SVG backend lays it out before writing it.
        let _ = self.estimate_text_size(text, style)?;
        Ok(())
    }
}

/// Backing-store size for a CSS size at a density, rounded as the browser component does.
fn backing(css_width: u32, css_height: u32, scale: f64) -> (u32, u32) {
    (
        (f64::from(css_width) * scale).round() as u32,
        (f64::from(css_height) * scale).round() as u32,
    )
}

/// Both charts on one drawing area. An error (an area too small to lay out) is fine: the page
/// still has the data table and the text description. Only a panic is a failure.
fn draw_on<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, p: &Projection, scale: f64) {
    let style = ChartStyle::light(scale);
    let _ = draw_cost_chart(root, p, &style);
    let _ = draw_ramp_chart(root, p, &style);
}

fn layout_only(p: &Projection, css_width: u32, css_height: u32, scale: f64) {
    let root = LayoutOnly(backing(css_width, css_height, scale)).into_drawing_area();
    draw_on(&root, p, scale);
}

fn svg(p: &Projection, css_width: u32, css_height: u32, scale: f64, out: &mut String) {
    out.clear();
    let root =
        SVGBackend::with_string(out, backing(css_width, css_height, scale)).into_drawing_area();
    draw_on(&root, p, scale);
}

/// The sweep, for a range of widths.
fn sweep(widths: std::ops::RangeInclusive<u32>) {
    let projections = every_level_and_route(&Assumptions::default());
    for width in widths {
        for height in HEIGHTS {
            for scale in SCALES {
                for p in &projections {
                    layout_only(p, width, height, scale);
                }
            }
        }
    }
}

// Two halves, so the test harness runs them on two threads.
#[test]
fn every_width_to_1000_px_height_density_level_and_route_draws_without_panicking() {
    sweep(1..=1_000);
}

#[test]
fn every_width_from_1001_to_2000_px_height_density_level_and_route_draws_without_panicking() {
    sweep(1_001..=2_000);
}

#[test]
fn the_svg_backend_draws_every_width_without_panicking() {
    let projections = every_level_and_route(&Assumptions::default());
    let mut out = String::with_capacity(64 * 1024);
    for width in 1..=2_000 {
        for (i, p) in projections.iter().enumerate() {
            // Each width at two heights and one density, taking turns across the drawings.
            let scale = SCALES[(width as usize + i) % SCALES.len()];
            for height in [HEIGHTS[(width as usize + i) % HEIGHTS.len()], 360] {
                svg(p, width, height, scale, &mut out);
            }
        }
    }
}

#[test]
fn extreme_assumptions_draw_without_panicking() {
    let mut out = String::with_capacity(64 * 1024);
    for assumptions in [extreme(false), extreme(true)] {
        for p in every_level_and_route(&assumptions) {
            for width in (1..=2_000)
                .step_by(37)
                .chain([2, 159, 160, 200, 240, 2_000])
            {
                for height in HEIGHTS {
                    for scale in [1.0, 1.25, 1.5, 2.0, 2.625, 3.0] {
                        layout_only(&p, width, height, scale);
                    }
                }
                svg(&p, width, 360, 2.0, &mut out);
            }
        }
    }
}

/// Comparisons of every route: the route alone; the default in-house hire against it; and a
/// junior in-house hire, the route searching a quarter later and a senior contract two quarters
/// later, so the calendar axes span options that start at different times.
fn comparison_sets(assumptions: &Assumptions) -> Vec<Vec<Projection>> {
    let at = |level, route, later| {
        let mut s = scenario(level, route, assumptions.clone());
        s.start_quarter = s.start_quarter.offset(later);
        project(&s)
    };
    let mut sets = Vec::new();
    for route in HiringRoute::ALL {
        sets.push(vec![at(Level::Mid, route, 0)]);
        sets.push(vec![
            at(Level::Mid, HiringRoute::InHouse, 0),
            at(Level::Senior, route, 0),
        ]);
        sets.push(vec![
            at(Level::Junior, HiringRoute::InHouse, 0),
            at(Level::Mid, route, 1),
            at(Level::Senior, HiringRoute::Contract, 2),
        ]);
    }
    sets
}

/// Both comparison charts on one drawing area, each option named, the last one selected; a
/// name of 10,000 characters on the third. Only a panic is a failure.
fn draw_comparisons_on<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    set: &[Projection],
    scale: f64,
) {
    let style = ChartStyle::light(scale);
    let long = "Senior, agency <script>\"".repeat(400);
    let names = ["Junior", "Senior, in-house", long.as_str()];
    let options: Vec<ChartOption> = set
        .iter()
        .zip(names)
        .map(|(projection, name)| ChartOption { name, projection })
        .collect();
    let selected = options.len() - 1;
    let _ = draw_cost_comparison(root, &options, selected, &style);
    let _ = draw_ramp_comparison(root, &options, selected, &style);
}

#[test]
fn comparisons_of_one_to_three_options_draw_at_every_width_without_panicking() {
    let sets = comparison_sets(&Assumptions::default());
    let mut out = String::with_capacity(64 * 1024);
    for width in 1..=2_000 {
        for (i, set) in sets.iter().enumerate() {
            // Heights and densities take turns across the widths and the sets.
            let turn = width as usize + i;
            let scale = SCALES[turn % SCALES.len()];
            let height = HEIGHTS[turn % HEIGHTS.len()];
            let root = LayoutOnly(backing(width, height, scale)).into_drawing_area();
            draw_comparisons_on(&root, set, scale);
            let root = LayoutOnly(backing(width, 360, 1.0)).into_drawing_area();
            draw_comparisons_on(&root, set, 1.0);
        }
        // The SVG backend draws every width too, for one set of each size.
        for set in sets.iter().take(3) {
            out.clear();
            let root =
                SVGBackend::with_string(&mut out, backing(width, 320, 1.0)).into_drawing_area();
            draw_comparisons_on(&root, set, 1.0);
        }
    }
}

#[test]
fn comparisons_with_extreme_assumptions_draw_without_panicking() {
    for assumptions in [extreme(false), extreme(true)] {
        for set in comparison_sets(&assumptions) {
            for width in (1..=2_000)
                .step_by(37)
                .chain([2, 159, 160, 200, 240, 2_000])
            {
                for height in HEIGHTS {
                    for scale in [1.0, 1.5, 2.625] {
                        let root = LayoutOnly(backing(width, height, scale)).into_drawing_area();
                        draw_comparisons_on(&root, &set, scale);
                    }
                }
            }
        }
    }
}
