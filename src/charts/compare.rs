//! Up to three options on one calendar: each option's cumulative cash by quarter, and each
//! option's productivity curve by date, so an option that starts later shows later.
//!
//! Every option has its own colour, line style and marker shape ([`series_look`]), so the
//! charts read in greyscale, on paper and for colour-blind readers, and every series is
//! labelled directly (its name at the end of its line, nudged apart from the others), not
//! only in a legend.
//!
//! Design, decided by drawing both: the cost chart shows lines only. The selected option's
//! stacked quarterly bars behind the lines, on the same money axis, shrank to a strip along
//! the bottom (a quarter is an eighth of a two-year total), needed a legend of their own
//! (salary, overhead, fees) and did not say whose they were; on a second axis they would
//! bring back two scales for three lines. The quarterly amounts are in the tooltips and the
//! table.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::ramp::curve_points;
use super::{
    ascending, close_ceiling, draw_grid, draw_legend, draw_quarter_labels, draw_triangle, fit_text,
    money_label_room, spread, ChartStyle, DrawResult, Slots, Swatch,
};
use crate::format::money_compact;
use crate::model::projection::productivity_at;
use crate::model::projection::RAMP_WEEKS;
use crate::model::{Date, Projection, Quarter, QuarterBudget};
use crate::plot::Axis;

/// At most three options: A (the baseline), B and C. Further options are not drawn.
pub const MAX_OPTIONS: usize = 3;

/// The letters of the options, in order: what a chart writes when a name is blank, and beside
/// each payback mark. The plan's own letters, so a chart and the page never disagree.
pub use crate::model::plan::LETTERS as OPTION_LETTERS;

/// One option as the comparison charts draw it. Index 0 of a slice is the baseline A.
#[derive(Clone, Copy, Debug)]
pub struct ChartOption<'a> {
    pub name: &'a str,
    pub projection: &'a Projection,
}

/// How an option's line is drawn, besides its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
}

/// The shape of an option's markers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Diamond,
}

/// Colour, line style and marker of one option.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SeriesLook {
    pub color: RGBColor,
    pub dash: Dash,
    pub marker: Marker,
}

/// The look of option `index` (0 = A): A solid with circles, B dashed with squares, C dotted
/// with diamonds. An index past C takes C's look.
pub fn series_look(index: usize, style: &ChartStyle) -> SeriesLook {
    let i = index.min(MAX_OPTIONS - 1);
    SeriesLook {
        color: style.options[i],
        dash: [Dash::Solid, Dash::Dashed, Dash::Dotted][i],
        marker: [Marker::Circle, Marker::Square, Marker::Diamond][i],
    }
}

/// The name a chart, a tooltip or a description shows for option `index`: the name as typed,
/// trimmed, at most 60 characters (the charts shorten it further to fit); the option's letter
/// when it is blank.
pub fn display_name(name: &str, index: usize) -> String {
    const LONGEST: usize = 60;
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return OPTION_LETTERS[index.min(MAX_OPTIONS - 1)].to_string();
    }
    match trimmed.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}…", trimmed[..cut].trim_end()),
        None => trimmed.to_string(),
    }
}

/// The options drawn: at most [`MAX_OPTIONS`].
fn drawn<'s, 'a>(options: &'s [ChartOption<'a>]) -> &'s [ChartOption<'a>] {
    &options[..options.len().min(MAX_OPTIONS)]
}

/// The calendar quarters of the cost comparison: from the earliest first quarter of any
/// option to the latest last quarter. Empty when no option has a quarter.
pub fn comparison_quarters(options: &[ChartOption]) -> Vec<Quarter> {
    let options = drawn(options);
    let first = options
        .iter()
        .filter_map(|o| o.projection.quarters.first())
        .map(|q| q.quarter)
        .min();
    let last = options
        .iter()
        .filter_map(|o| o.projection.quarters.last())
        .map(|q| q.quarter)
        .max();
    match (first, last) {
        (Some(first), Some(last)) => (0..=first.quarters_until(last))
            .map(|n| first.offset(n))
            .collect(),
        _ => Vec::new(),
    }
}

/// Option `p`'s budget for calendar quarter `quarter`; `None` outside its horizon.
pub fn quarter_of(p: &Projection, quarter: Quarter) -> Option<&QuarterBudget> {
    let first = p.quarters.first()?.quarter;
    let index = usize::try_from(first.quarters_until(quarter)).ok()?;
    p.quarters.get(index).filter(|q| q.quarter == quarter)
}

/// Where the first quarter of `p` sits on the comparison's quarter axis starting at `first`.
fn quarter_offset(p: &Projection, first: Quarter) -> f64 {
    p.quarters
        .first()
        .map_or(0.0, |q| f64::from(first.quarters_until(q.quarter)))
}

/// The calendar of the ramp comparison: from the earliest day a search opens to the latest
/// end of a first year after a start (52 weeks), in days from the first day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RampCalendar {
    pub first_day: Date,
    pub days: i64,
}

impl RampCalendar {
    /// `None` without options.
    pub fn of(options: &[ChartOption]) -> Option<RampCalendar> {
        let options = drawn(options);
        let first_day = options
            .iter()
            .map(|o| o.projection.search_opens.min(o.projection.start_date))
            .min()?;
        let last_day = options
            .iter()
            .map(|o| o.projection.start_date.add_days(i64::from(RAMP_WEEKS) * 7))
            .max()?;
        Some(RampCalendar {
            first_day,
            days: first_day.days_until(last_day).max(1),
        })
    }

    /// The calendar weeks the tooltips and the pointer step through: one from each 7th day.
    pub fn weeks(&self) -> usize {
        (self.days as usize).div_ceil(7).max(1)
    }

    /// The first day of calendar week `index`.
    pub fn week_date(&self, index: usize) -> Date {
        self.first_day.add_days(index as i64 * 7)
    }

    fn day_of(&self, date: Date) -> f64 {
        self.first_day.days_until(date) as f64
    }
}

/// Productivity of option `p` on `date`: `None` before its start; 0 after a contract ended.
pub fn productivity_on(p: &Projection, date: Date) -> Option<f64> {
    if date < p.start_date {
        return None;
    }
    if p.engagement_ends().is_some_and(|end| date >= end) {
        return Some(0.0);
    }
    // A milestone's date is its week rounded to a whole day, sometimes down: on and after that
    // day the hire is as productive as the milestone says (the table's row on the day of full
    // productivity had read 99.8 %).
    let reached = p
        .milestones
        .iter()
        .filter(|m| m.date <= date)
        .map(|m| m.weeks)
        .fold(0.0, f64::max);
    let weeks = (p.start_date.days_until(date) as f64 / 7.0).max(reached);
    Some(productivity_at(&p.milestones, weeks))
}

/// A box on the chart in backend pixels: left, top, right, bottom.
pub type MarkBox = (i32, i32, i32, i32);

/// Where each payback mark goes (`None`: not drawn): on its point, or, where the mark would
/// cover something already drawn there (`taken`: the options' fully-productive markers) or a
/// mark placed before it, moved down just clear of it. A mark spans `extent` from its point
/// (left, up, right, down): its triangle and the letter after it, which had sat half under
/// another option's marker. Marks keep their order and x; only y moves, and only down.
pub fn stack_marks(
    points: &[Option<(i32, i32)>],
    extent: (i32, i32, i32, i32),
    taken: &[MarkBox],
) -> Vec<Option<(i32, i32)>> {
    let (left, up, right, down) = extent;
    let mut taken = taken.to_vec();
    points
        .iter()
        .map(|point| {
            let (x, mut y) = (*point)?;
            // Each move clears one box for good (y only grows), so there are at most as many
            // moves as boxes.
            for _ in 0..=taken.len() {
                let covers = |b: &&MarkBox| {
                    x - left < b.2 && b.0 < x + right && y - up < b.3 && b.1 < y + down
                };
                match taken.iter().find(covers) {
                    // The mark's top on the box's bottom edge: just below it.
                    Some(b) => y = b.3 + up,
                    None => break,
                }
            }
            taken.push((x - left, y - up, x + right, y + down));
            Some((x, y))
        })
        .collect()
}

/// The payback date of `p` when it falls on the ramp comparison's calendar.
fn payback_on_calendar(p: &Projection, calendar: &RampCalendar) -> Option<Date> {
    p.payback
        .date
        .filter(|date| calendar.first_day.days_until(*date) <= calendar.days)
}

/// A marker of `shape` centred at `(x, y)` (backend pixels), `radius` from centre to edge,
/// outlined in the surface colour so it stays visible on lines and on other markers.
fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    look: &SeriesLook,
    radius: i32,
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    draw_markers(root, &[at], look, radius, style)
}

/// [`draw_marker`] at each of `points`: every outline, then every marker, so the canvas is
/// given each colour once rather than twice a marker (a series' markers do not touch: they are
/// drawn only where the quarters are wide enough for them).
fn draw_markers<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    points: &[(i32, i32)],
    look: &SeriesLook,
    radius: i32,
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    let outline = style.px(1.0).max(1);
    for (grow, color) in [(outline, &style.surface), (0, &look.color)] {
        let r = radius + grow;
        for &(x, y) in points {
            draw_marker_shape(root, (x, y), look.marker, r, color)?;
        }
    }
    Ok(())
}

/// One marker's shape, `r` from centre to edge, filled with `color`.
fn draw_marker_shape<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (x, y): (i32, i32),
    marker: Marker,
    r: i32,
    color: &RGBColor,
) -> DrawResult<(), DB> {
    match marker {
        Marker::Circle => {
            root.draw(&Circle::new((x, y), r.max(1), color.filled()))?;
        }
        Marker::Square => {
            // A square of the circle's area looks the same size: side ≈ 1.8 × radius.
            let half = (f64::from(r) * 0.9).round() as i32;
            root.draw(&Rectangle::new(
                [(x - half, y - half), (x + half, y + half)],
                color.filled(),
            ))?;
        }
        Marker::Diamond => {
            let reach = (f64::from(r) * 1.25).round() as i32;
            root.draw(&Polygon::new(
                vec![
                    (x, y - reach),
                    (x + reach, y),
                    (x, y + reach),
                    (x - reach, y),
                ],
                color.filled(),
            ))?;
        }
    }
    Ok(())
}

/// A polyline (backend pixels) in `look`'s colour and dash, `width` CSS pixels wide.
fn draw_series_line<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    points: &[(i32, i32)],
    look: &SeriesLook,
    width: f64,
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    let stroke = look.color.stroke_width(style.px(width).max(1) as u32);
    // Dashes measured against the stroke, so the three patterns stay distinct at any density.
    let (dash, gap) = match look.dash {
        Dash::Solid => {
            root.draw(&PathElement::new(points.to_vec(), stroke))?;
            return Ok(());
        }
        Dash::Dashed => (style.px(8.0).max(2), style.px(4.0).max(1)),
        Dash::Dotted => (style.px(2.0).max(1), style.px(4.0).max(1)),
    };
    root.draw(&plotters::element::DashedPathElement::new(
        points.iter().copied(),
        dash,
        gap,
        stroke,
    ))?;
    Ok(())
}

/// A name cut to this many characters or fewer (the "…" counted) gives way to the option's
/// letter alone.
const NAME_CUT_TOO_SHORT: usize = 6;

/// An option as the charts label it: its letter, then its name ("B Senior hire"), as its tab,
/// its column of the comparison table and its payback mark name it; the letter alone when the
/// name is blank. `name` is the option's name as typed.
fn lettered_name(name: &str, index: usize) -> String {
    let letter = OPTION_LETTERS[index.min(MAX_OPTIONS - 1)];
    if name.trim().is_empty() {
        letter.to_string()
    } else {
        format!("{letter} {}", display_name(name, index))
    }
}

/// [`lettered_name`] whole where it fits in `room`; else the name shortened after the letter
/// ("B Opens 20…"), so two names that start alike stay apart; the letter alone where little of
/// the name would be left ("Se…" says nothing).
fn fit_lettered<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    name: &str,
    index: usize,
    text: &TextStyle,
    room: i32,
) -> DrawResult<String, DB> {
    let whole = lettered_name(name, index);
    if root.estimate_text_size(&whole, text)?.0 as i32 <= room || name.trim().is_empty() {
        return Ok(whole);
    }
    let letter = OPTION_LETTERS[index.min(MAX_OPTIONS - 1)];
    let (letter_width, _) = root.estimate_text_size(&format!("{letter} "), text)?;
    let cut = fit_text(
        root,
        &display_name(name, index),
        text,
        room - letter_width as i32,
    )?;
    Ok(if cut.chars().count() <= NAME_CUT_TOO_SHORT {
        letter.to_string()
    } else {
        format!("{letter} {cut}")
    })
}

/// A direct label: the option's marker and its name, and under it an amount or a date.
struct DirectLabel {
    option: usize,
    /// The option's name as typed; once fitted to the gutter, the text drawn ("B Senior hire").
    name: String,
    detail: String,
    /// The detail's amount alone, shown instead of a detail that would be cut short ("$410K"
    /// rather than "$410K by 20…").
    amount: String,
}

/// Width of the widest direct label in backend pixels (marker included).
fn label_width<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &DirectLabel,
    text: &TextStyle,
    style: &ChartStyle,
) -> DrawResult<i32, DB> {
    let (name, _) = root.estimate_text_size(&lettered_name(&label.name, label.option), text)?;
    let (detail, _) = root.estimate_text_size(&label.detail, text)?;
    Ok(style.px(14.0) + name.max(detail) as i32)
}

/// Cumulative cash of each option on one calendar axis of quarters: a line per option with a
/// marker per quarter, each labelled at its end with its name and its total. The selected
/// option is drawn last and thicker. Slots are the calendar quarters.
pub fn draw_cost_comparison<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    options: &[ChartOption],
    selected: usize,
    style: &ChartStyle,
) -> DrawResult<Slots, DB> {
    root.fill(&style.surface)?;
    let options = drawn(options);
    let quarters = comparison_quarters(options);
    let Some(&first) = quarters.first() else {
        root.present()?;
        return Ok(Slots::default());
    };
    let n = quarters.len();
    let (width, height) = root.dim_in_pixel();
    let (width, height) = (width as i32, height as i32);
    let css_width = f64::from(width) / style.scale;
    let narrow = css_width < 520.0;
    let tiny = css_width < 300.0;

    let caption = style.text(11.0, &style.muted, HPos::Left, VPos::Top);
    root.draw(&Text::new(
        "Cumulative cash",
        (style.px(4.0), style.px(4.0)),
        caption,
    ))?;
    let (_, plot_area) = root.split_vertically(style.px(20.0));

    // The direct labels go in a gutter right of the plot, as wide as the widest label but
    // never more than a third of the chart (names are shortened to fit).
    let looks: Vec<SeriesLook> = (0..options.len()).map(|i| series_look(i, style)).collect();
    let label_text = style.text(11.5, &style.text, HPos::Left, VPos::Center);
    let mut labels = Vec::with_capacity(options.len());
    let mut widest = 0;
    for (i, option) in options.iter().enumerate() {
        // A line that stops before the axis does (a shorter horizon) says where it stops: its
        // label sits in the same gutter as the others.
        let total = money_compact(option.projection.horizon_cash);
        let last = option.projection.last_quarter();
        let detail = if Some(&last) == quarters.last() {
            total.clone()
        } else {
            format!("{total} by {last}")
        };
        let label = DirectLabel {
            option: i,
            name: option.name.to_string(),
            detail,
            amount: total,
        };
        widest = widest.max(label_width(root, &label, &label_text, style)?);
        labels.push(label);
    }
    // Room for the marker and a margin either side, so no label touches the canvas edge: as
    // wide as the widest label, at most a third of the chart, but on a narrow one as wide as
    // the amounts need (up to two fifths), since an amount cut to "$4…" says nothing.
    let mut widest_amount = 0;
    for label in &labels {
        widest_amount = widest_amount.max(root.estimate_text_size(&label.amount, &label_text)?.0);
    }
    let amount_gutter = (widest_amount as i32 + style.px(22.0)).min(width * 2 / 5);
    let gutter = (widest + style.px(12.0))
        .min(width / 3)
        .max(amount_gutter.min(widest + style.px(12.0)))
        .max(style.px(24.0));
    let text_room = gutter - style.px(22.0);
    for label in &mut labels {
        label.name = fit_lettered(root, &label.name, label.option, &label_text, text_room)?;
        let detail = fit_text(root, &label.detail, &label_text, text_room)?;
        label.detail = if detail == label.detail {
            detail
        } else {
            // Where even the amount would be cut ("$4…" says nothing: a chart about 100 px
            // wide, in a partner's narrowest sidebar), none; the data table has it.
            let amount = fit_text(root, &label.amount, &label_text, text_room)?;
            if amount == label.amount {
                amount
            } else {
                String::new()
            }
        };
    }

    let highest = options
        .iter()
        .map(|o| o.projection.horizon_cash)
        .fold(0.0, f64::max);
    let y_max = close_ceiling(highest * 1.05);
    let money_label = |v: &f64| money_compact(*v);
    let value_labels = money_label_room(root, y_max, style, if tiny { 36.0 } else { 44.0 })?;
    let mut chart = ChartBuilder::on(&plot_area)
        .margin_top(style.px(8.0))
        .margin_left(style.px(4.0))
        .margin_right(gutter)
        .x_label_area_size(style.px(if narrow { 36.0 } else { 24.0 }))
        .y_label_area_size(value_labels)
        .build_cartesian_2d(Axis::from(0.0..n as f64), Axis::from(0.0..y_max))?;
    draw_grid(&mut chart, &money_label, style)?;
    let (plot_left, plot_bottom) = chart.backend_coord(&(0.0, 0.0));
    let (plot_right, plot_top) = chart.backend_coord(&(n as f64, y_max));
    let slot_width = f64::from((plot_right - plot_left).max(1)) / n as f64;

    // Each option's line through the middle of its quarters; the selected one last, on top.
    let mut order: Vec<usize> = (0..options.len()).filter(|i| *i != selected).collect();
    if selected < options.len() {
        order.push(selected);
    }
    let mut ends = vec![(plot_right, plot_bottom); options.len()];
    let mut points: Vec<(i32, i32)> = Vec::with_capacity(64);
    for &i in &order {
        let p = options[i].projection;
        let offset = quarter_offset(p, first);
        points.clear();
        points.extend(
            p.quarters
                .iter()
                .enumerate()
                .map(|(k, q)| chart.backend_coord(&(offset + k as f64 + 0.5, q.cumulative))),
        );
        let emphasised = i == selected;
        draw_series_line(
            root,
            &points,
            &looks[i],
            if emphasised { 3.0 } else { 2.0 },
            style,
        )?;
        // A marker per quarter where they do not crowd each other, at the end always.
        let radius = style.px(if emphasised { 4.0 } else { 3.5 });
        let every = slot_width >= f64::from(style.px(12.0));
        let marked = if every {
            &points[..]
        } else {
            &points[points.len().saturating_sub(1)..]
        };
        draw_markers(root, marked, &looks[i], radius, style)?;
        if let Some(&end) = points.last() {
            ends[i] = end;
        }
    }

    // Direct labels: two lines (name, total) at the height of the line's end, nudged apart;
    // one line (the name) when two do not fit; none on a chart too short for even that.
    let line_height = style.px(14.0);
    let gap = style.px(3.0);
    let (low, high) = (style.px(2.0), height - style.px(2.0));
    let mut placed = None;
    for lines in [2, 1] {
        let block = line_height * lines;
        let wanted: Vec<(i32, i32)> = ends.iter().map(|&(_, y)| (y - block / 2, block)).collect();
        if let Some(tops) = spread(&wanted, low, high, gap) {
            placed = Some((lines, tops));
            break;
        }
    }
    let label_left = plot_right + style.px(8.0);
    if let Some((lines, tops)) = placed {
        for (label, top) in labels.iter().zip(tops) {
            let look = &looks[label.option];
            let middle = top + line_height / 2;
            let (end_x, end_y) = ends[label.option];
            // A thin grey leader from a line that ends in the last quarter to its label. Not
            // from a line that stops earlier: drawn across the quarters in between, it read as
            // the line going on flat (spending nothing), which is not what it means.
            let in_last_quarter = f64::from(label_left - end_x) <= slot_width;
            if in_last_quarter
                && ((end_y - middle).abs() > style.px(3.0) || label_left - end_x > style.px(12.0))
            {
                root.draw(&PathElement::new(
                    vec![
                        (end_x + style.px(6.0), end_y),
                        (label_left - style.px(2.0), middle),
                    ],
                    style
                        .muted
                        .mix(0.6)
                        .stroke_width(style.px(1.0).max(1) as u32),
                ))?;
            }
            draw_marker(
                root,
                (label_left + style.px(4.0), middle),
                look,
                style.px(3.5),
                style,
            )?;
            let text_left = label_left + style.px(12.0);
            root.draw(&Text::new(
                label.name.clone(),
                (text_left, middle),
                label_text.clone().color(&look.color),
            ))?;
            if lines == 2 {
                root.draw(&Text::new(
                    label.detail.clone(),
                    (text_left, middle + line_height),
                    label_text.clone(),
                ))?;
            }
        }
    }

    draw_quarter_labels(
        root,
        quarters.iter().copied(),
        (plot_left, plot_right, plot_bottom),
        narrow,
        style,
    )?;

    // A slot per calendar quarter; the tooltip points at the highest option there.
    let mut slots = Slots::default();
    for (i, &quarter) in quarters.iter().enumerate() {
        let highest = options
            .iter()
            .filter_map(|o| quarter_of(o.projection, quarter))
            .map(|q| q.cumulative)
            .fold(0.0, f64::max);
        let (x, y) = chart.backend_coord(&(i as f64 + 0.5, highest));
        let (left, _) = chart.backend_coord(&(i as f64, 0.0));
        slots.edges.push(f64::from(left) / style.scale);
        slots.anchors.push((
            f64::from(x) / style.scale,
            f64::from(y.max(plot_top)) / style.scale,
        ));
    }
    slots.edges.push(f64::from(plot_right) / style.scale);
    root.present()?;
    Ok(slots)
}

/// Productivity of each option on one calendar axis of dates: a curve per option from its
/// start, its "fully productive" date marked with the option's marker and labelled above the
/// plot with its name, its payback date (where it falls on the axis) marked with a triangle.
/// Slots are calendar weeks from the earliest day a search opens.
pub fn draw_ramp_comparison<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    options: &[ChartOption],
    selected: usize,
    style: &ChartStyle,
) -> DrawResult<Slots, DB> {
    root.fill(&style.surface)?;
    let options = drawn(options);
    let Some(calendar) = RampCalendar::of(options) else {
        root.present()?;
        return Ok(Slots::default());
    };
    let span = calendar.days as f64;
    let (width, _) = root.dim_in_pixel();
    let width = width as i32;
    let looks: Vec<SeriesLook> = (0..options.len()).map(|i| series_look(i, style)).collect();
    let wide = f64::from(width) / style.scale >= 900.0;

    let paybacks: Vec<Option<Date>> = options
        .iter()
        .map(|o| payback_on_calendar(o.projection, &calendar))
        .collect();
    let legend_height = if paybacks.iter().any(Option::is_some) {
        draw_legend(
            root,
            &[(Swatch::Triangle, "Pays for itself".to_string())],
            style,
        )?
    } else {
        style.px(4.0)
    };

    // Where the plot will be (plotters puts it inside these margins): the labels above it are
    // laid out in rows before it is built, so the rows decide its top margin.
    let (margin_left, margin_right, y_labels) = (style.px(4.0), style.px(16.0), style.px(44.0));
    let (plot_left, plot_right) = (margin_left + y_labels, width - margin_right);
    let x_at = |day: f64| plot_left + (day / span * f64::from(plot_right - plot_left)) as i32;

    // "Name: full May 12" at each option's full-productivity date (at the axis end when it
    // falls after it), in as few rows as keep them apart.
    let label_text = style.text(11.5, &style.text, HPos::Left, VPos::Center);
    let row_height = style.px(16.0);
    let marker_room = style.px(12.0);
    let mut rows_end: Vec<i32> = Vec::with_capacity(MAX_OPTIONS);
    // (option, text, left, row, width)
    let mut placed: Vec<(usize, String, i32, usize, i32)> = Vec::with_capacity(options.len());
    let full_days: Vec<i64> = options
        .iter()
        .map(|o| o.projection.full_productivity_date().days_since_epoch())
        .collect();
    let by_date = ascending(&full_days);
    for i in by_date {
        let p = options[i].projection;
        let full = p.full_productivity_date();
        let day = calendar.day_of(full).min(span);
        let when = if calendar.day_of(full) <= span {
            full.short()
        } else {
            full.month_year()
        };
        // Where there is room, the payback date too: the triangles differ only in colour.
        let detail = match paybacks[i] {
            Some(date) if wide => format!(": full {when}, pays for itself {}", date.short()),
            _ => format!(": full {when}"),
        };
        let (detail_width, _) = root.estimate_text_size(&detail, &label_text)?;
        let name_room = width - style.px(4.0) - marker_room - detail_width as i32;
        let name = fit_lettered(root, options[i].name, i, &label_text, name_room)?;
        let text = format!("{name}{detail}");
        let (text_width, _) = root.estimate_text_size(&text, &label_text)?;
        let label_width = marker_room + text_width as i32;
        let wanted = x_at(day) - label_width / 2;
        let latest = (width - style.px(2.0) - label_width).max(style.px(2.0));
        let row = rows_end
            .iter()
            .position(|end| wanted.max(*end) <= latest)
            .unwrap_or_else(|| {
                rows_end.push(style.px(2.0));
                rows_end.len() - 1
            });
        let left = wanted.max(rows_end[row]).min(latest).max(style.px(2.0));
        rows_end[row] = left + label_width + style.px(10.0);
        placed.push((i, text, left, row, label_width));
    }
    let labels_top = legend_height;
    let margin_top = labels_top + rows_end.len() as i32 * row_height + style.px(8.0);

    let mut chart = ChartBuilder::on(root)
        .margin_top(margin_top)
        .margin_left(margin_left)
        .margin_right(margin_right)
        .x_label_area_size(style.px(36.0))
        .y_label_area_size(y_labels)
        .build_cartesian_2d(Axis::from(0.0..span), Axis::from(0.0..100.0))?;
    let percent_label = |v: &f64| format!("{}%", v.round() as i64);
    draw_grid(&mut chart, &percent_label, style)?;
    let (plot_left, plot_bottom) = chart.backend_coord(&(0.0, 0.0));
    let (plot_right, plot_top) = chart.backend_coord(&(span, 100.0));

    // Curves, the selected one last and thicker: the rise in the option's dash, then, from
    // full productivity on, a thin solid line. The flat tails of all options lie on the same
    // 100 % line, where dashes could not be told apart anyway, and a dashed tail across the
    // chart cost hundreds of canvas calls per redraw.
    let mut order: Vec<usize> = (0..options.len()).filter(|i| *i != selected).collect();
    if selected < options.len() {
        order.push(selected);
    }
    let mut points: Vec<(i32, i32)> = Vec::with_capacity(16);
    for &i in &order {
        let p = options[i].projection;
        let start = calendar.day_of(p.start_date);
        let weeks_shown = (span - start).max(0.0) / 7.0;
        let full_week = p.milestones[3].weeks;
        points.clear();
        let mut split = None;
        for (k, (week, share)) in curve_points(p, weeks_shown).into_iter().enumerate() {
            if split.is_none() && week >= full_week && share >= 100.0 {
                split = Some(k);
            }
            points.push(chart.backend_coord(&(start + week * 7.0, share)));
        }
        if points.is_empty() {
            continue;
        }
        let split = split.unwrap_or(points.len() - 1);
        let emphasised = i == selected;
        draw_series_line(
            root,
            &points[..=split],
            &looks[i],
            if emphasised { 3.0 } else { 2.0 },
            style,
        )?;
        if split + 1 < points.len() {
            let tail = looks[i]
                .color
                .stroke_width(style.px(if emphasised { 2.0 } else { 1.5 }).max(1) as u32);
            root.draw(&PathElement::new(points[split..].to_vec(), tail))?;
        }
    }

    // Fully productive: the option's marker on the curve, a leader up to its label. Every
    // leader first, then the labels on the chart's surface colour: a leader from an upper row
    // that crosses a lower row's label (on a phone the labels span the chart) passes behind
    // it instead of striking through its words.
    let middle_of = |row: usize| labels_top + row as i32 * row_height + row_height / 2;
    let marker_radius = style.px(4.5);
    // What the payback marks below must not cover: each marker drawn here, with its outline.
    let mut markers_drawn: Vec<MarkBox> = Vec::new();
    for (i, _, left, row, _) in &placed {
        let p = options[*i].projection;
        let day = calendar.day_of(p.full_productivity_date());
        if day <= span {
            let at = chart.backend_coord(&(day, 100.0));
            let r = marker_radius + style.px(1.0).max(1);
            markers_drawn.push((at.0 - r, at.1 - r, at.0 + r, at.1 + r));
            let label_x = (left + marker_room / 2).clamp(plot_left.min(at.0), plot_right.max(at.0));
            root.draw(&PathElement::new(
                vec![
                    (label_x, middle_of(*row) + row_height / 2 - style.px(2.0)),
                    at,
                ],
                style
                    .muted
                    .mix(0.6)
                    .stroke_width(style.px(1.0).max(1) as u32),
            ))?;
            draw_marker(root, at, &looks[*i], marker_radius, style)?;
        }
    }
    for (i, text, left, row, label_width) in &placed {
        let look = &looks[*i];
        let middle = middle_of(*row);
        let half = row_height / 2 - style.px(1.0);
        root.draw(&Rectangle::new(
            [(*left, middle - half), (left + label_width, middle + half)],
            style.surface.filled(),
        ))?;
        draw_marker(
            root,
            (left + style.px(4.0), middle),
            look,
            style.px(3.5),
            style,
        )?;
        root.draw(&Text::new(
            text.clone(),
            (left + marker_room, middle),
            label_text.clone().color(&look.color),
        ))?;
    }

    // Payback: a triangle in the option's colour where its curve is on that day, its letter
    // beside it (the triangles are alike but for colour); one that would cover another is
    // stacked below it, so options paying back within days of each other both show (below:
    // a hire pays for itself once productive, at the plot's top edge).
    let on_curve: Vec<Option<(i32, i32)>> = paybacks
        .iter()
        .enumerate()
        .map(|(i, payback)| {
            payback.map(|date| {
                let share = productivity_on(options[i].projection, date).unwrap_or(0.0) * 100.0;
                chart.backend_coord(&(calendar.day_of(date), share))
            })
        })
        .collect();
    let triangle_size = style.px(6.0).max(2);
    let letter_text = style.text(10.5, &style.text, HPos::Left, VPos::Top);
    // A mark: the triangle (`draw_triangle`: its size up and across, half of it down, plus
    // its outline), then after a gap the letter, its top a gap below the point: on the point,
    // the 100 % line that every curve ends on had struck it through. The widest letter.
    let gap = style.px(2.0);
    let (letter_width, letter_height) = OPTION_LETTERS
        .iter()
        .map(|letter| root.estimate_text_size(letter, &letter_text))
        .try_fold((0, 0), |(w, h), size| {
            size.map(|(lw, lh)| (w.max(lw as i32), h.max(lh as i32)))
        })?;
    let outline = style.px(1.5);
    let extent = (
        triangle_size + outline,
        triangle_size + outline,
        triangle_size + gap + letter_width,
        (triangle_size / 2 + outline).max(gap + letter_height),
    );
    for (i, (at, curve)) in stack_marks(&on_curve, extent, &markers_drawn)
        .into_iter()
        .zip(&on_curve)
        .enumerate()
    {
        let (Some(at), Some(curve)) = (at, curve) else {
            continue;
        };
        if at != *curve {
            root.draw(&PathElement::new(
                vec![*curve, at],
                looks[i].color.stroke_width(style.px(1.0).max(1) as u32),
            ))?;
        }
        draw_triangle(root, at, &looks[i].color, style)?;
        root.draw(&Text::new(
            OPTION_LETTERS[i.min(MAX_OPTIONS - 1)].to_string(),
            (at.0 + triangle_size + gap, at.1 + gap),
            letter_text.clone().color(&looks[i].color),
        ))?;
    }

    draw_month_ticks(root, &calendar, (plot_left, plot_right, plot_bottom), style)?;

    // A slot per calendar week; the tooltip points at the highest curve that day.
    let mut slots = Slots::default();
    for week in 0..calendar.weeks() {
        let day = (week * 7) as f64;
        let date = calendar.week_date(week);
        let highest = options
            .iter()
            .filter_map(|o| productivity_on(o.projection, date))
            .fold(0.0, f64::max);
        let (x, y) = chart.backend_coord(&(day.min(span), highest * 100.0));
        let (left, _) = chart.backend_coord(&((day - 3.5).max(0.0), 0.0));
        slots.edges.push(f64::from(left) / style.scale);
        slots.anchors.push((
            f64::from(x) / style.scale,
            f64::from(y.max(plot_top)) / style.scale,
        ));
    }
    slots.edges.push(f64::from(plot_right) / style.scale);
    root.present()?;
    Ok(slots)
}

/// Month ticks under a calendar axis: every 1, 2, 3, 6 or 12 months (the closest spacing at
/// which the labels fit), aligned on January; the year under the first label and each January.
fn draw_month_ticks<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    calendar: &RampCalendar,
    (left, right, axis_y): (i32, i32, i32),
    style: &ChartStyle,
) -> DrawResult<(), DB> {
    let tick_style = style.text(11.0, &style.muted, HPos::Center, VPos::Top);
    let (label_width, _) = root.estimate_text_size("2027", &tick_style)?;
    let per_day = f64::from((right - left).max(1)) / calendar.days as f64;
    let room = f64::from(label_width) + f64::from(style.px(8.0));
    let Some(step) = [1u8, 2, 3, 6, 12]
        .into_iter()
        .find(|months| f64::from(*months) * 30.4 * per_day >= room)
    else {
        return Ok(());
    };
    let tick = style.muted.stroke_width(style.px(1.0).max(1) as u32);
    let first = calendar.first_day;
    let mut month = if first.day == 1 {
        first
    } else {
        first.add_months(1)
    };
    month.day = 1;
    let mut labelled_year = false;
    while calendar.day_of(month) <= calendar.days as f64 {
        if (month.month - 1) % step == 0 {
            let x = left + (calendar.day_of(month) * per_day).round() as i32;
            root.draw(&PathElement::new(
                vec![(x, axis_y), (x, axis_y + style.px(4.0))],
                tick,
            ))?;
            let month_year = month.month_year();
            let (name, year) = month_year.split_once(' ').unwrap_or((&month_year, ""));
            root.draw(&Text::new(
                name.to_string(),
                (x, axis_y + style.px(6.0)),
                tick_style.clone(),
            ))?;
            if !labelled_year || month.month == 1 {
                root.draw(&Text::new(
                    year.to_string(),
                    (x, axis_y + style.px(20.0)),
                    tick_style.clone(),
                ))?;
                labelled_year = true;
            }
        }
        month = month.add_months(1);
    }
    Ok(())
}

#[cfg(test)]
mod stacking_tests {
    use super::stack_marks;

    /// A triangle of size 6 with the letter after it: 7 left, 7 up, 16 right, 6 down.
    const MARK: (i32, i32, i32, i32) = (7, 7, 16, 6);

    #[test]
    fn marks_apart_stay_where_they_are() {
        let points = [Some((10, 50)), None, Some((100, 50)), Some((10, 90))];
        assert_eq!(stack_marks(&points, MARK, &[]).to_vec(), points.to_vec());
    }

    #[test]
    fn marks_on_one_spot_stack_down_without_touching() {
        let stacked = stack_marks(&[Some((40, 20)), Some((42, 21)), Some((40, 20))], MARK, &[]);
        let ys: Vec<i32> = stacked.iter().map(|p| p.unwrap().1).collect();
        assert_eq!(ys[0], 20);
        assert!(ys[1] >= ys[0] + 13 && ys[2] >= ys[1] + 13, "{ys:?}");
        // x never moves.
        let xs: Vec<i32> = stacked.iter().map(|p| p.unwrap().0).collect();
        assert_eq!(xs, vec![40, 42, 40]);
    }

    #[test]
    fn a_mark_moved_clear_of_one_is_clear_of_all() {
        // The second lands on the third's spot once moved: it must move past it too.
        let stacked = stack_marks(&[Some((0, 0)), Some((0, 30)), Some((0, 2))], MARK, &[]);
        let ys: Vec<i32> = stacked.iter().map(|p| p.unwrap().1).collect();
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            assert!((ys[a] - ys[b]).abs() >= 13, "{ys:?}");
        }
    }

    /// The letter after a triangle counts: B's mark just left of A's marker had its letter
    /// half under the marker (junior against senior at 375 px). It moves below the marker;
    /// one clear of it stays.
    #[test]
    fn a_letter_never_sits_under_a_marker() {
        let marker = (50, 94, 62, 106);
        let stacked = stack_marks(&[Some((40, 100)), Some((20, 100))], MARK, &[marker]);
        let moved = stacked[0].unwrap();
        assert_eq!(moved.0, 40);
        assert!(moved.1 - MARK.1 >= marker.3, "{moved:?}");
        assert_eq!(stacked[1], Some((20, 100)));
    }
}
