//! The two charts, drawn with plotters onto any `DrawingBackend`: the canvas in the browser
//! (through [`crate::plot::CanvasBackend`]) and SVG in native tests. One function per chart, so a
//! later switch of rendering technique touches nothing else.
//!
//! Sizes in [`ChartStyle`] are CSS pixels; the drawing multiplies them by `scale` (the
//! device-pixel ratio), because the canvas backing store is CSS size × devicePixelRatio
//! (plotters' canvas backend is not HiDPI-aware by itself).

pub mod compare;
pub mod cost;
pub mod describe;
pub mod ramp;

use crate::format::money_compact;
use crate::plot::Axis;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub use compare::{draw_cost_comparison, draw_ramp_comparison, ChartOption};
pub use cost::draw_cost_chart;
pub use ramp::draw_ramp_chart;

/// Result of a drawing function on backend `DB`.
pub type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Colours, font and pixel density for one drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartStyle {
    /// Device pixels per CSS pixel.
    pub scale: f64,
    pub font_family: String,
    pub surface: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub salary: RGBColor,
    pub overhead: RGBColor,
    /// One-off fees: the hiring cost and a conversion fee.
    pub hiring: RGBColor,
    /// A staffing firm's bills for a contract.
    pub contract: RGBColor,
    pub cumulative: RGBColor,
    pub ramp: RGBColor,
    /// The area above the ramp curve: capacity not yet delivered.
    pub shortfall: RGBColor,
    /// Shading for the search quarters and the costly months.
    pub band: RGBColor,
    /// The compared options A, B and C (`--chart-option-a`, `-b`, `-c`): told apart by
    /// line style and marker shape too (see [`compare::series_look`]), and each at least
    /// 4.5:1 on the surface, because the direct labels are written in it.
    pub options: [RGBColor; 3],
}

impl ChartStyle {
    /// The light theme; the same colours as the CSS custom properties in `style/main.css`.
    pub fn light(scale: f64) -> ChartStyle {
        ChartStyle {
            scale,
            font_family:
                "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"
                    .to_string(),
            surface: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x14, 0x20, 0x2e),
            muted: RGBColor(0x4a, 0x58, 0x68),
            grid: RGBColor(0xe3, 0xe8, 0xee),
            salary: RGBColor(0x1f, 0x5f, 0xbf),
            overhead: RGBColor(0x6b, 0x93, 0xd6),
            hiring: RGBColor(0xa5, 0x53, 0x0a),
            contract: RGBColor(0x7b, 0x3f, 0xa0),
            cumulative: RGBColor(0x14, 0x20, 0x2e),
            ramp: RGBColor(0x2e, 0x7d, 0x4f),
            shortfall: RGBColor(0xf6, 0xd9, 0xb8),
            band: RGBColor(0xc9, 0xd3, 0xe0),
            // Navy, brown-orange and teal: 8.6, 5.5 and 4.9:1 on white, and different in
            // lightness as well as hue.
            options: [
                RGBColor(0x1a, 0x4a, 0x94),
                RGBColor(0xa5, 0x53, 0x0a),
                RGBColor(0x00, 0x80, 0x6a),
            ],
        }
    }

    /// A length in CSS pixels, in backend pixels.
    pub fn px(&self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    fn font(&self, css_size: f64) -> FontDesc<'_> {
        FontDesc::new(
            FontFamily::Name(&self.font_family),
            css_size * self.scale,
            FontStyle::Normal,
        )
    }

    /// Text in `color`, anchored at `h`/`v`.
    fn text<'a>(&'a self, css_size: f64, color: &'a RGBColor, h: HPos, v: VPos) -> TextStyle<'a> {
        TextStyle::from(self.font(css_size))
            .color(color)
            .pos(Pos::new(h, v))
    }
}

/// Whether two colours read as the same hue: both clearly coloured (not greys) and within 40°
/// of each other round the colour wheel. A partner's orange accent as the salary bars beside
/// the brown hiring-cost segment is such a pair: the chart then gives hiring another colour.
pub fn hues_close(a: RGBColor, b: RGBColor) -> bool {
    // Hue in degrees and saturation (HSV's chroma over value) of an sRGB colour.
    let hue_saturation = |RGBColor(r, g, b): RGBColor| {
        let (r, g, b) = (f64::from(r), f64::from(g), f64::from(b));
        let max = r.max(g).max(b);
        let chroma = max - r.min(g).min(b);
        if chroma == 0.0 {
            return (0.0, 0.0);
        }
        let sector = if max == r {
            ((g - b) / chroma).rem_euclid(6.0)
        } else if max == g {
            (b - r) / chroma + 2.0
        } else {
            (r - g) / chroma + 4.0
        };
        (sector * 60.0, chroma / max)
    };
    let ((hue_a, saturation_a), (hue_b, saturation_b)) = (hue_saturation(a), hue_saturation(b));
    let apart = (hue_a - hue_b).abs();
    saturation_a > 0.3 && saturation_b > 0.3 && apart.min(360.0 - apart) < 40.0
}

/// Parses `#rrggbb` or `#rgb` as the CSS custom properties give them; `None` otherwise.
pub fn parse_hex_color(text: &str) -> Option<RGBColor> {
    crate::presentation::Rgb::parse(text).map(|crate::presentation::Rgb(r, g, b)| RGBColor(r, g, b))
}

/// Where the pointer or the keyboard can land on a chart, in CSS pixels from the canvas's
/// top-left corner: slot `i` spans `edges[i]..edges[i + 1]` horizontally, and its tooltip
/// points at `anchors[i]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Slots {
    pub edges: Vec<f64>,
    pub anchors: Vec<(f64, f64)>,
}

impl Slots {
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }

    /// The slot under horizontal position `x` (CSS pixels), clamped to the first or last.
    pub fn at(&self, x: f64) -> Option<usize> {
        if self.anchors.is_empty() {
            return None;
        }
        // `windows(2)` yields pairs: `pair[1]` always exists.
        let inside = self.edges.windows(2).position(|pair| x < pair[1]);
        Some(inside.unwrap_or(self.anchors.len() - 1))
    }
}

/// Legend entries drawn in a row (wrapping) at the top of a chart: a swatch and a label.
pub(crate) enum Swatch {
    Block(RGBColor),
    Line(RGBColor),
    Dashed(RGBColor),
    /// A block with diagonal hatching: the empty seat, told apart by more than colour.
    Hatch(RGBColor),
    /// The payback marker.
    Triangle,
    /// No mark: an entry that is only words ("does not pay for itself...").
    Blank,
}

/// Draws the legend and returns its height in backend pixels.
pub(crate) fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    entries: &[(Swatch, String)],
    style: &ChartStyle,
) -> DrawResult<i32, DB> {
    let (width, _) = root.dim_in_pixel();
    let width = width as i32;
    let (swatch, gap, row_height, line_height, font_size) = (
        style.px(12.0),
        style.px(16.0),
        style.px(20.0),
        style.px(15.0),
        12.0,
    );
    let label_style = style.text(font_size, &style.text, HPos::Left, VPos::Center);
    let (mut x, mut y) = (style.px(4.0), style.px(4.0));
    for (kind, label) in entries {
        // A label wider than the chart (a sidebar embed) goes on two lines, shortened with an
        // ellipsis only if it still does not fit: "Ramp cost $15,840" read "Ramp cost $…".
        let room = width - style.px(8.0) - swatch - style.px(6.0);
        let lines = legend_lines(root, label, &label_style, room)?;
        let (text_width, _) = root.estimate_text_size(&lines[0], &label_style)?;
        let entry_width = swatch + style.px(6.0) + text_width as i32;
        // Two lines start a row of their own: each is fitted to the whole width.
        if x > style.px(4.0) && (x + entry_width > width || lines.len() > 1) {
            x = style.px(4.0);
            y += row_height;
        }
        let middle = y + row_height / 2;
        match kind {
            Swatch::Block(color) => root.draw(&Rectangle::new(
                [(x, middle - swatch / 2), (x + swatch, middle + swatch / 2)],
                color.filled(),
            ))?,
            Swatch::Line(color) => {
                root.draw(&PathElement::new(
                    vec![(x, middle), (x + swatch, middle)],
                    color.stroke_width(style.px(2.0) as u32),
                ))?;
                root.draw(&Circle::new(
                    (x + swatch / 2, middle),
                    style.px(3.0),
                    color.filled(),
                ))?;
            }
            Swatch::Hatch(color) => {
                let (left, top) = (x, middle - swatch / 2);
                root.draw(&Rectangle::new(
                    [(left, top), (left + swatch, top + swatch)],
                    color.filled(),
                ))?;
                draw_hatch(
                    root,
                    (left, top, left + swatch, top + swatch),
                    &style.muted,
                    style,
                )?;
            }
            Swatch::Triangle => draw_triangle(root, (x + swatch / 2, middle), &style.text, style)?,
            Swatch::Blank => {}
            Swatch::Dashed(color) => {
                let stroke = color.stroke_width(style.px(2.0).max(1) as u32);
                root.draw(&PathElement::new(
                    vec![
                        (x + swatch / 2, middle - swatch / 2),
                        (x + swatch / 2, middle - 1),
                    ],
                    stroke,
                ))?;
                root.draw(&PathElement::new(
                    vec![
                        (x + swatch / 2, middle + 2),
                        (x + swatch / 2, middle + swatch / 2),
                    ],
                    stroke,
                ))?;
            }
        }
        for (line, below) in lines.iter().zip(0..) {
            root.draw(&Text::new(
                line.clone(),
                (x + swatch + style.px(6.0), middle + below * line_height),
                label_style.clone(),
            ))?;
        }
        if lines.len() > 1 {
            // The next entry starts under the second line.
            x = width;
            y += line_height;
        } else {
            x += entry_width + gap;
        }
    }
    Ok(y + row_height + style.px(4.0))
}

/// A legend label as the lines it is drawn on: itself where it fits in `room`; else broken at
/// the last space that leaves a first line that fits, the rest shortened to fit if need be;
/// else shortened on one line.
fn legend_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    style: &TextStyle,
    room: i32,
) -> DrawResult<Vec<String>, DB> {
    let fits = |t: &str| -> DrawResult<bool, DB> {
        Ok(root.estimate_text_size(t, style)?.0 as i32 <= room)
    };
    if fits(label)? {
        return Ok(vec![label.to_string()]);
    }
    // Byte by byte: a space is one byte in UTF-8, and a `str` pattern search would add its
    // searcher's code to the download.
    for space in (1..label.len())
        .rev()
        .filter(|&i| label.as_bytes()[i] == b' ')
    {
        if fits(&label[..space])? {
            return Ok(vec![
                label[..space].to_string(),
                fit_text(root, &label[space + 1..], style, room)?,
            ]);
        }
    }
    Ok(vec![fit_text(root, label, style, room)?])
}

/// `text`, or as much of it as fits in `room` backend pixels followed by "…".
///
/// The longest prefix that fits is found by bisection: a name of 10,000 characters costs
/// about 14 measurements, not 10,000 (each is a `measureText` call in the browser).
pub(crate) fn fit_text<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    room: i32,
) -> DrawResult<String, DB> {
    let fits = |t: &str| -> DrawResult<bool, DB> {
        Ok(root.estimate_text_size(t, style)?.0 as i32 <= room)
    };
    if fits(text)? {
        return Ok(text.to_string());
    }
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let shortened = |kept: usize| format!("{}…", text[..boundaries[kept]].trim_end());
    // Invariant: `low` characters fit (0 always counts as fitting), `high` do not.
    let (mut low, mut high) = (0, boundaries.len());
    while high - low > 1 {
        let middle = (low + high) / 2;
        if fits(&shortened(middle))? {
            low = middle;
        } else {
            high = middle;
        }
    }
    Ok(if low == 0 {
        "…".to_string()
    } else {
        shortened(low)
    })
}

/// The indices of `keys` from the smallest key to the largest, equal keys in their order: an
/// insertion sort, because these lists hold at most three labels and the standard library's
/// sort adds kilobytes of WebAssembly for each key type it is used with.
pub(crate) fn ascending(keys: &[i64]) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(keys.len());
    for i in 0..keys.len() {
        let at = order
            .iter()
            .position(|&j| keys[j] > keys[i])
            .unwrap_or(order.len());
        order.insert(at, i);
    }
    order
}

/// Room beside the plot for a value axis's labels (`label` of each value plotters will label
/// on an axis from 0 to `max`): the widest of them, plus plotters' gap between the axis and
/// its labels (twice its tick mark, which is at most 5 backend pixels) and a pixel or two;
/// at least `least` CSS pixels, so a chart's plot starts where it did where labels are short.
/// A fixed room cut the "$" off "$400K" on a 280 px canvas at one pixel per CSS pixel.
pub(crate) fn value_label_room<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    max: f64,
    label: &dyn Fn(&f64) -> String,
    style: &ChartStyle,
    least: f64,
) -> DrawResult<i32, DB> {
    let text = style.text(11.0, &style.muted, HPos::Right, VPos::Center);
    let mut widest = 0;
    for value in Axis::from(0.0..max).key_points(5usize) {
        widest = widest.max(root.estimate_text_size(&label(&value), &text)?.0);
    }
    Ok((widest as i32 + 10 + style.px(2.0)).max(style.px(least)))
}

/// [`value_label_room`] for an axis of money ("$400K"), as the cost charts label theirs.
pub(crate) fn money_label_room<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    max: f64,
    style: &ChartStyle,
    least: f64,
) -> DrawResult<i32, DB> {
    value_label_room(root, max, &|v: &f64| money_compact(*v), style, least)
}

/// The grid and the left axis every chart draws: horizontal grid lines at five values
/// labelled by `label`, no vertical ones (each chart labels its own x axis). One function for
/// all of them keeps one copy of plotters' mesh code in the WebAssembly.
#[inline(never)]
pub(crate) fn draw_grid<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<Axis, Axis>>,
    label: &dyn Fn(&f64) -> String,
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(5)
        .y_label_formatter(label)
        .y_label_style(style.text(11.0, &style.muted, HPos::Right, VPos::Center))
        .bold_line_style(style.grid.stroke_width(style.px(1.0).max(1) as u32))
        .light_line_style(TRANSPARENT)
        .axis_style(style.muted.stroke_width(style.px(1.0).max(1) as u32))
        .draw()
}

/// Places intervals of the given sizes along one axis as close to where they want to be as
/// possible, without overlapping (at least `gap` apart) and inside `low..=high`: the direct
/// labels of the comparison charts, nudged apart. `wanted[i]` is (start, size); returns the
/// starts in the same order, or `None` when they cannot all fit.
pub(crate) fn spread(wanted: &[(i32, i32)], low: i32, high: i32, gap: i32) -> Option<Vec<i32>> {
    let starts_wanted: Vec<i64> = wanted.iter().map(|w| i64::from(w.0)).collect();
    let order = ascending(&starts_wanted);
    let mut starts: Vec<i32> = wanted.iter().map(|w| w.0.max(low)).collect();
    // Down (or right) from the first, each after the one before it...
    let mut next_free = low;
    for &i in &order {
        starts[i] = starts[i].max(next_free);
        next_free = starts[i] + wanted[i].1 + gap;
    }
    // ...then up from the last, each before the one after it.
    let mut limit = high;
    for &i in order.iter().rev() {
        starts[i] = starts[i].min(limit - wanted[i].1);
        limit = starts[i] - gap;
    }
    order
        .first()
        .is_none_or(|&i| starts[i] >= low)
        .then_some(starts)
}

/// Diagonal lines (bottom-left to top-right) across the rectangle `(left, top, right,
/// bottom)` in backend pixels, clipped to it.
pub(crate) fn draw_hatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (left, top, right, bottom): (i32, i32, i32, i32),
    color: &RGBColor,
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    let gap = style.px(6.0).max(2);
    let stroke = color.mix(0.5).stroke_width(style.px(1.0).max(1) as u32);
    // Each line is x + y = c; it crosses the rectangle from x = c − bottom to x = c − top.
    let mut c = left + top + gap;
    while c < right + bottom {
        let from_x = left.max(c - bottom);
        let to_x = right.min(c - top);
        if from_x < to_x {
            root.draw(&PathElement::new(
                vec![(from_x, c - from_x), (to_x, c - to_x)],
                stroke,
            ))?;
        }
        c += gap;
    }
    Ok(())
}

/// The payback marker: a triangle pointing up in `color`, outlined in the surface colour so it
/// reads on the curve and its fills.
pub(crate) fn draw_triangle<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (x, y): (i32, i32),
    color: &RGBColor,
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    let size = style.px(6.0).max(2);
    let corners = |grow: i32| {
        vec![
            (x, y - size - grow),
            (x + size + grow, y + size / 2 + grow),
            (x - size - grow, y + size / 2 + grow),
        ]
    };
    root.draw(&Polygon::new(
        corners(style.px(1.5)),
        style.surface.filled(),
    ))?;
    root.draw(&Polygon::new(corners(0), color.filled()))?;
    Ok(())
}

/// "Search" in the top-left corner of the search band spanning `left..right` from `top`
/// (backend pixels), where it fits: both charts mark the weeks before the start this way.
pub(crate) fn draw_search_label<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (left, right, top): (i32, i32, i32),
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    let label = style.text(11.0, &style.muted, HPos::Left, VPos::Top);
    let (label_width, _) = root.estimate_text_size("Search", &label)?;
    if right - left > label_width as i32 + style.px(8.0) {
        root.draw(&Text::new(
            "Search",
            (left + style.px(4.0), top + style.px(4.0)),
            label,
        ))?;
    }
    Ok(())
}

/// Quarter labels under a quarterly x axis running from `left` to `right` (backend pixels, the
/// quarters equally wide) at `axis_y`: "2027 Q1", or "Q1" with the years under it where the
/// chart is `narrow` (see below). Where the quarters are narrower than a label (a
/// sidebar embed, a long horizon), only every `step`th quarter is labelled, so labels never run
/// into each other; the data table and the tooltips name every quarter.
pub(crate) fn draw_quarter_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    quarters: impl ExactSizeIterator<Item = crate::model::Quarter> + Clone,
    (left, right, axis_y): (i32, i32, i32),
    narrow: bool,
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    let n = quarters.len().max(1);
    let label_style = style.text(11.0, &style.muted, HPos::Center, VPos::Top);
    let slot_width = f64::from((right - left).max(1)) / n as f64;
    let label = |q: crate::model::Quarter| {
        if narrow {
            format!("Q{}", q.number)
        } else {
            q.to_string()
        }
    };
    let mut widest = 0.0_f64;
    for q in quarters.clone() {
        widest = widest.max(f64::from(
            root.estimate_text_size(&label(q), &label_style)?.0,
        ));
    }
    let step = ((widest + f64::from(style.px(4.0))) / slot_width)
        .ceil()
        .max(1.0) as usize;
    let (year_width, _) = root.estimate_text_size("2027", &label_style)?;
    let year_room = f64::from(year_width) + f64::from(style.px(4.0));
    // A year is named under the first quarter, then under the first quarter of each new year
    // that is a Q1 or labelled and clear of the year named before it: a Q1's year that would
    // run into the one before (a chart starting in Q4 at phone width: "20262027") moves to the
    // next labelled quarter, and where Q1s are too close for their years (a sidebar embed)
    // the labelled quarters still say which year they are in.
    let mut last_year: Option<(i32, i32)> = None;
    for (i, q) in quarters.enumerate() {
        let x = left + ((i as f64 + 0.5) * slot_width).round() as i32;
        let labelled = i % step == 0;
        if labelled {
            root.draw(&Text::new(
                label(q),
                (x, axis_y + style.px(5.0)),
                label_style.clone(),
            ))?;
        }
        let year = q.year;
        let new_year = last_year.is_none_or(|(_, named)| named != year);
        let clear = last_year.is_none_or(|(named_x, _)| f64::from(x - named_x) >= year_room);
        if narrow && new_year && clear && (q.number == 1 || labelled) {
            last_year = Some((x, year));
            root.draw(&Text::new(
                q.year.to_string(),
                (x, axis_y + style.px(19.0)),
                label_style.clone(),
            ))?;
        }
    }
    Ok(())
}

/// A vertical dashed line from `top` to `bottom` at `x` (backend pixels).
pub(crate) fn draw_dashed_vertical<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    x: i32,
    (top, bottom): (i32, i32),
    color: &RGBColor,
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    let (dash, gap) = (style.px(5.0).max(1), style.px(4.0).max(1));
    let stroke = color.stroke_width(style.px(1.5).max(1) as u32);
    let mut y = top;
    while y < bottom {
        root.draw(&PathElement::new(
            vec![(x, y), (x, (y + dash).min(bottom))],
            stroke,
        ))?;
        y += dash + gap;
    }
    Ok(())
}

/// `value` moved into `low..=high`, preferring `low` when the range is empty (a label wider
/// than the plot). Unlike `i32::clamp`, which panics when `high < low`: a chart narrower than
/// its label once aborted the whole page that way.
pub(crate) fn clamp_or_low(value: i32, low: i32, high: i32) -> i32 {
    value.min(high).max(low)
}

/// A "nice" axis maximum at or above `value`: 1, 2, 2.5 or 5 times a power of ten.
pub fn nice_ceiling(value: f64) -> f64 {
    ceiling_in_steps(value, &[1.0, 2.0, 2.5, 5.0, 10.0])
}

/// A closer "nice" maximum, for a chart with one axis: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times
/// a power of ten. With [`nice_ceiling`]'s steps a comparison peaking at $483K ran to $1M and
/// left half its plot empty; here it runs to $600K. (The cost chart keeps the coarser steps:
/// its two axes share one grid.)
pub fn close_ceiling(value: f64) -> f64 {
    ceiling_in_steps(value, &[1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0])
}

fn ceiling_in_steps(value: f64, steps: &[f64]) -> f64 {
    if !(value.is_finite() && value > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    steps
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= value * (1.0 - 1e-12))
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    #[test]
    fn hues_close_tells_an_orange_accent_from_the_default_blue() {
        use super::hues_close;
        use plotters::style::RGBColor;
        let hiring = RGBColor(0xa5, 0x53, 0x0a);
        // A partner's orange and the hiring brown: the same hue; the default blue is not.
        assert!(hues_close(RGBColor(0xc2, 0x41, 0x0c), hiring));
        assert!(!hues_close(RGBColor(0x1f, 0x5f, 0xbf), hiring));
        // Round the wheel: a red at 355° and one at 10° are close.
        assert!(hues_close(
            RGBColor(0xd0, 0x10, 0x20),
            RGBColor(0xd0, 0x30, 0x10)
        ));
        // A grey has no hue to clash with.
        assert!(!hues_close(RGBColor(0x80, 0x80, 0x80), hiring));
        // The alternative hiring colour is far from orange.
        assert!(!hues_close(
            RGBColor(0xc2, 0x41, 0x0c),
            RGBColor(0x00, 0x80, 0x6a)
        ));
    }

    use super::*;

    #[test]
    fn a_label_too_long_for_its_room_is_shortened_with_an_ellipsis() {
        let mut svg = String::new();
        let root = SVGBackend::with_string(&mut svg, (100, 20)).into_drawing_area();
        let style = ChartStyle::light(1.0);
        let text_style = style.text(12.0, &style.text, HPos::Left, VPos::Center);
        let width = |t: &str| root.estimate_text_size(t, &text_style).unwrap().0 as i32;
        let room = width("Cumulative");
        let fitted = fit_text(&root, "Cumulative (right axis)", &text_style, room).unwrap();
        assert!(
            fitted.ends_with('…') && fitted.starts_with("Cumul"),
            "{fitted}"
        );
        assert!(width(&fitted) <= room);
        assert_eq!(
            fit_text(&root, "Salary", &text_style, room).unwrap(),
            "Salary"
        );
        assert_eq!(fit_text(&root, "Salary", &text_style, 0).unwrap(), "…");
    }

    #[test]
    fn labels_are_nudged_apart_inside_their_range() {
        // Three labels 10 high wanting the same spot: stacked 2 apart, in their order.
        assert_eq!(
            spread(&[(50, 10), (50, 10), (50, 10)], 0, 100, 2),
            Some(vec![50, 62, 74])
        );
        // Pushed up from the bottom edge, order by wanted position kept.
        assert_eq!(spread(&[(95, 10), (90, 10)], 0, 100, 2), Some(vec![90, 78]));
        // Apart already: left where they are.
        assert_eq!(spread(&[(5, 10), (40, 10)], 0, 100, 2), Some(vec![5, 40]));
        // No room for all of them.
        assert_eq!(spread(&[(0, 60), (0, 60)], 0, 100, 2), None);
        assert_eq!(spread(&[], 0, 100, 2), Some(vec![]));
    }

    #[test]
    fn ascending_order_keeps_ties_in_place() {
        assert_eq!(ascending(&[3, 1, 2]), vec![1, 2, 0]);
        assert_eq!(ascending(&[2, 1, 2, 1]), vec![1, 3, 0, 2]);
        assert!(ascending(&[]).is_empty());
    }

    #[test]
    fn clamping_into_an_empty_range_keeps_the_low_end() {
        assert_eq!(clamp_or_low(5, 0, 10), 5);
        assert_eq!(clamp_or_low(-3, 0, 10), 0);
        assert_eq!(clamp_or_low(12, 0, 10), 10);
        // The label is wider than the plot: high < low.
        assert_eq!(clamp_or_low(5, 8, 2), 8);
    }

    #[test]
    fn nice_axis_maxima() {
        assert_eq!(nice_ceiling(37_000.0), 50_000.0);
        assert_eq!(nice_ceiling(21_000.0), 25_000.0);
        assert_eq!(nice_ceiling(100_000.0), 100_000.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(close_ceiling(507_150.0), 600_000.0);
        assert_eq!(close_ceiling(37_000.0), 40_000.0);
        assert_eq!(close_ceiling(100_000.0), 100_000.0);
        assert_eq!(close_ceiling(810_000.0), 1_000_000.0);
        assert_eq!(close_ceiling(f64::NAN), 1.0);
        assert_eq!(nice_ceiling(f64::NAN), 1.0);
    }

    #[test]
    fn parses_css_hex_colours() {
        assert_eq!(
            parse_hex_color(" #1f5fbf"),
            Some(RGBColor(0x1f, 0x5f, 0xbf))
        );
        assert_eq!(parse_hex_color("#fff"), Some(RGBColor(255, 255, 255)));
        assert_eq!(parse_hex_color("red"), None);
        assert_eq!(parse_hex_color("#12345"), None);
        assert_eq!(parse_hex_color("#ggg"), None);
    }

    #[test]
    fn slots_find_the_one_under_the_pointer() {
        let slots = Slots {
            edges: vec![0.0, 10.0, 20.0, 30.0],
            anchors: vec![(5.0, 0.0), (15.0, 0.0), (25.0, 0.0)],
        };
        assert_eq!(slots.at(-4.0), Some(0));
        assert_eq!(slots.at(12.0), Some(1));
        assert_eq!(slots.at(99.0), Some(2));
        assert_eq!(Slots::default().at(1.0), None);
    }
}
