//! All-in cost by quarter: stacked bars (salary; benefits, taxes and overhead; a staffing
//! firm's contract bills; the one-off hiring cost or conversion fee), the cumulative total as a
//! line on its own right-hand axis, the search quarters shaded, a dashed marker at the start
//! date and another where a contract ends.

use plotters::chart::DualCoordChartContext;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{
    clamp_or_low, draw_dashed_vertical, draw_grid, draw_legend, draw_quarter_labels,
    draw_search_label, money_label_room, nice_ceiling, ChartStyle, DrawResult, Slots, Swatch,
};
use crate::format::money_compact;
use crate::model::{Date, Projection};
use crate::plot::Axis;

/// Bars take this share of their quarter's width.
const BAR_WIDTH: f64 = 0.62;

/// Where the start date falls on the x axis: quarter index plus the share of that quarter
/// already gone. `None` when it is outside the horizon.
pub fn start_position(p: &Projection) -> Option<f64> {
    date_position(p, p.start_date)
}

/// Where `date` falls on the x axis; `None` outside the horizon.
fn date_position(p: &Projection, date: Date) -> Option<f64> {
    let index = p
        .quarters
        .iter()
        .position(|q| q.quarter == date.quarter())?;
    // In range: `position` found it.
    let quarter = p.quarters[index].quarter;
    let elapsed = quarter.first_day().days_until(date) as f64;
    Some(index as f64 + elapsed / quarter.days() as f64)
}

/// Draws the chart: its frame, then its data.
pub fn draw_cost_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Projection,
    style: &ChartStyle,
) -> DrawResult<Slots, DB> {
    let frame = draw_cost_frame(root, p, style)?;
    draw_cost_data(root, p, style, &frame)
}

/// How the chart was laid out when its frame was drawn: what drawing its data on it needs.
#[derive(Clone, Debug)]
pub struct CostFrame {
    narrow: bool,
    cumulative_shown: bool,
    legend_height: i32,
    y_max: f64,
    cumulative_max: f64,
    left_labels: i32,
    right_labels: i32,
    start: Option<f64>,
    contract_end: Option<Date>,
}

/// Quarters across; amounts up on the left (the bars), cumulative cash on the right.
type CostAxes<'a, DB> =
    DualCoordChartContext<'a, DB, Cartesian2d<Axis, Axis>, Cartesian2d<Axis, Axis>>;

/// The chart's axes on its plot area (below the legend), as laid out in `frame`: built the
/// same for the frame and for the data, which may be drawn in another task.
fn cost_axes<'a, DB: DrawingBackend>(
    plot_area: &'a DrawingArea<DB, Shift>,
    p: &Projection,
    style: &ChartStyle,
    frame: &CostFrame,
) -> DrawResult<CostAxes<'a, DB>, DB> {
    let n = p.quarters.len().max(1);
    Ok(ChartBuilder::on(plot_area)
        .margin_top(style.px(10.0))
        .margin_left(style.px(4.0))
        .margin_right(style.px(4.0))
        .x_label_area_size(style.px(if frame.narrow { 36.0 } else { 24.0 }))
        .y_label_area_size(frame.left_labels)
        .right_y_label_area_size(frame.right_labels)
        .build_cartesian_2d(Axis::from(0.0..n as f64), Axis::from(0.0..frame.y_max))?
        .set_secondary_coord(
            Axis::from(0.0..n as f64),
            Axis::from(0.0..frame.cumulative_max),
        ))
}

/// Draws what does not depend on the quarters' amounts drawn as bars: the surface, the legend,
/// the grid and axes, the search's shaded quarters. The page's first chart is drawn in two
/// tasks, this one and [`draw_cost_data`] (src/boot.rs): in one, it was the longest task of
/// the start (the code is compiled on its first use, and a phone is four times slower).
pub fn draw_cost_frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Projection,
    style: &ChartStyle,
) -> DrawResult<CostFrame, DB> {
    root.fill(&style.surface)?;
    let n = p.quarters.len().max(1);
    let (width, _) = root.dim_in_pixel();
    let css_width = f64::from(width) / style.scale;
    let narrow = css_width < 520.0;
    // A partner's sidebar (160–300 px): shorter legend words, so no entry is cut off.
    let tiny = css_width < 300.0;
    // Under 220 px (a 160–240 px embed) a second value axis left the bars a plot of about
    // 55 px: the cumulative line and its axis are left out there, the bars get the width, and
    // the cumulative cash stays in the data table (its last column) and the key figures. A line
    // drawn without its own axis would be read against the bars' scale, so it goes whole.
    let cumulative_shown = css_width >= 220.0;

    // The legend names only what this route pays: a contract has no salary bars, a direct
    // hire no contract bills.
    let mut legend = Vec::with_capacity(7);
    if p.employed_from.is_some() {
        legend.push((Swatch::Block(style.salary), "Salary".to_string()));
        legend.push((
            Swatch::Block(style.overhead),
            if tiny {
                "Overhead"
            } else {
                "Benefits, taxes, overhead"
            }
            .to_string(),
        ));
    }
    if p.contract.is_some() {
        legend.push((Swatch::Block(style.contract), "Contract bills".to_string()));
    }
    if p.conversion.is_some() {
        legend.push((Swatch::Block(style.hiring), "Conversion fee".to_string()));
    } else if p.hiring_cost > 0.0 {
        legend.push((Swatch::Block(style.hiring), "Hiring cost".to_string()));
    }
    if cumulative_shown {
        legend.push((
            Swatch::Line(style.cumulative),
            if tiny {
                "Cumulative (right)"
            } else {
                "Cumulative (right axis)"
            }
            .to_string(),
        ));
    }
    legend.push((
        Swatch::Dashed(style.text),
        format!("Starts {}", p.start_date.short()),
    ));
    let contract_end = p.engagement_ends().filter(|end| *end < p.horizon_end());
    if let Some(end) = contract_end {
        legend.push((
            Swatch::Dashed(style.contract),
            format!("Contract ends {}", end.short()),
        ));
    }
    let legend_height = draw_legend(root, &legend, style)?;
    let (_, plot_area) = root.split_vertically(legend_height);

    let tallest = p.quarters.iter().map(|q| q.total).fold(0.0, f64::max);
    let y_max = nice_ceiling(tallest * 1.05);
    let cumulative_max = nice_ceiling(p.horizon_cash * 1.02);

    let money_label = |v: &f64| money_compact(*v);
    let left_labels = money_label_room(root, y_max, style, if tiny { 36.0 } else { 44.0 })?;
    let right_labels = if cumulative_shown {
        money_label_room(root, cumulative_max, style, if tiny { 40.0 } else { 50.0 })?
    } else {
        0
    };
    let frame = CostFrame {
        narrow,
        cumulative_shown,
        legend_height,
        y_max,
        cumulative_max,
        left_labels,
        right_labels,
        start: start_position(p),
        contract_end,
    };
    let mut chart = cost_axes(&plot_area, p, style, &frame)?;

    draw_grid(&mut chart, &money_label, style)?;
    if cumulative_shown {
        chart
            .configure_secondary_axes()
            .y_labels(5)
            .y_label_formatter(&money_label)
            .label_style(style.text(11.0, &style.muted, HPos::Left, VPos::Center))
            .axis_style(style.muted.stroke_width(style.px(1.0).max(1) as u32))
            .draw()?;
    }

    // The search: quarters before the start, shaded and labelled, still on the axis.
    let search_end = frame.start.unwrap_or(n as f64);
    if search_end > 0.0 {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(0.0, 0.0), (search_end, y_max)],
            style.band.mix(0.45).filled(),
        )))?;
        let (left, top) = chart.backend_coord(&(0.0, y_max));
        let (right, _) = chart.backend_coord(&(search_end, y_max));
        draw_search_label(root, (left, right, top), style)?;
    }

    Ok(frame)
}

/// Draws the quarters' amounts (the stacked bars, the cumulative line, the fees' labels), the
/// start and contract-end markers and the quarters' names on a chart whose frame
/// [`draw_cost_frame`] drew; gives where each quarter is (for the tooltips).
pub fn draw_cost_data<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Projection,
    style: &ChartStyle,
    frame: &CostFrame,
) -> DrawResult<Slots, DB> {
    let n = p.quarters.len().max(1);
    let CostFrame {
        narrow,
        cumulative_shown,
        y_max,
        start,
        contract_end,
        ..
    } = *frame;
    let (_, plot_area) = root.split_vertically(frame.legend_height);
    let mut chart = cost_axes(&plot_area, p, style, frame)?;

    // Stacked bars: salary at the bottom, overhead, contract bills, then the one-off fees.
    let margin = (1.0 - BAR_WIDTH) / 2.0;
    let separator = style.surface.stroke_width(style.px(1.0).max(1) as u32);
    for (i, q) in p.quarters.iter().enumerate() {
        let (x0, x1) = (i as f64 + margin, i as f64 + 1.0 - margin);
        let mut bottom = 0.0;
        let layers = [
            (q.salary, style.salary),
            (q.overhead, style.overhead),
            (q.contract, style.contract),
            (q.hiring + q.conversion_fee, style.hiring),
        ]
        .map(|(amount, color)| {
            let layer = (bottom, bottom + amount, color);
            bottom += amount;
            layer
        });
        for (bottom, top, color) in layers {
            if top > bottom {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x0, bottom), (x1, top)],
                    color.filled(),
                )))?;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x0, bottom), (x1, top)],
                    separator,
                )))?;
            }
        }
    }

    // Cumulative total on the right-hand axis, with a marker per quarter.
    let cumulative_points: Vec<(f64, f64)> = p
        .quarters
        .iter()
        .enumerate()
        .map(|(i, q)| (i as f64 + 0.5, q.cumulative))
        .collect();
    if cumulative_shown {
        let line = style.cumulative.stroke_width(style.px(2.0).max(1) as u32);
        chart.draw_secondary_series(LineSeries::new(cumulative_points.iter().copied(), line))?;
        chart.draw_secondary_series(
            cumulative_points
                .iter()
                .map(|&point| Circle::new(point, style.px(3.5), style.cumulative.filled())),
        )?;
    }

    // The start marker, and where a contract ends (nothing is billed after it).
    if let Some(position) = start {
        let (x, top) = chart.backend_coord(&(position, y_max));
        let (_, bottom) = chart.backend_coord(&(position, 0.0));
        draw_dashed_vertical(root, x, (top, bottom), &style.text, style)?;
    }
    if let Some(position) = contract_end.and_then(|end| date_position(p, end)) {
        let (x, top) = chart.backend_coord(&(position, y_max));
        let (_, bottom) = chart.backend_coord(&(position, 0.0));
        draw_dashed_vertical(root, x, (top, bottom), &style.contract, style)?;
    }

    // Name the hiring cost where it falls, so it is told apart by more than colour. Drawn last
    // (a later bar, the line or the start marker would cover it), on a patch of the chart's
    // surface, kept inside the plot at either end.
    for (i, q) in p
        .quarters
        .iter()
        .enumerate()
        .filter(|(_, q)| q.hiring + q.conversion_fee > 0.0)
    {
        let (x, y) = chart.backend_coord(&(i as f64 + 0.5, q.total));
        let fee = q.hiring + q.conversion_fee;
        let text = if narrow {
            format!("+{}", money_compact(fee))
        } else if q.conversion_fee > 0.0 {
            format!("+{} conversion", money_compact(fee))
        } else {
            format!("+{} hire", money_compact(fee))
        };
        let hire_label = style.text(10.5, &style.hiring, HPos::Left, VPos::Bottom);
        let (text_width, text_height) = root.estimate_text_size(&text, &hire_label)?;
        let (plot_left, _) = chart.backend_coord(&(0.0, 0.0));
        let (plot_right, _) = chart.backend_coord(&(n as f64, 0.0));
        // Under 220 px, or wider than half the plot, the label would sit over several
        // quarters' bars: the bar's colour, the legend and the data table name the fee there.
        if !cumulative_shown || text_width as i32 * 2 > plot_right - plot_left {
            continue;
        }
        let left = clamp_or_low(
            x - text_width as i32 / 2,
            plot_left + style.px(2.0),
            plot_right - text_width as i32,
        );
        let baseline = y - style.px(3.0);
        root.draw(&Rectangle::new(
            [
                (
                    left - style.px(2.0),
                    baseline - text_height as i32 - style.px(1.0),
                ),
                (
                    left + text_width as i32 + style.px(2.0),
                    baseline + style.px(1.0),
                ),
            ],
            style.surface.filled(),
        ))?;
        root.draw(&Text::new(text, (left, baseline), hire_label))?;
    }

    let (left_edge, _) = chart.backend_coord(&(0.0, 0.0));
    let (right_edge, axis_y) = chart.backend_coord(&(n as f64, 0.0));
    draw_quarter_labels(
        root,
        p.quarters.iter().map(|q| q.quarter),
        (left_edge, right_edge, axis_y),
        narrow,
        style,
    )?;
    let mut slots = Slots::default();
    for (i, q) in p.quarters.iter().enumerate() {
        let (x, _) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
        let (left, _) = chart.backend_coord(&(i as f64, 0.0));
        let (_, top) = chart.backend_coord(&(i as f64 + 0.5, q.total));
        slots.edges.push(f64::from(left) / style.scale);
        slots
            .anchors
            .push((f64::from(x) / style.scale, f64::from(top) / style.scale));
    }
    let (right, _) = chart.backend_coord(&(n as f64, 0.0));
    slots.edges.push(f64::from(right) / style.scale);
    root.present()?;
    Ok(slots)
}
