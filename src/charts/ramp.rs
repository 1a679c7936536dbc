//! Ramp-up productivity on a calendar axis that starts when the search opens: the empty seat
//! while the search runs, then percent of full productivity by week for the first year after
//! the start, filled below the curve; the area above it (capacity paid for, not yet delivered)
//! in its own colour with the ramp cost in the legend; the article's "months 2–3" band;
//! labelled milestone markers with their dates; the day the hire pays for itself; and where a
//! contract ends, the curve dropping to nothing.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{
    clamp_or_low, draw_dashed_vertical, draw_grid, draw_hatch, draw_legend, draw_search_label,
    draw_triangle, ChartStyle, DrawResult, Slots, Swatch,
};
use crate::format::money;
use crate::model::projection::{productivity_at, RAMP_WEEKS};
use crate::model::Projection;
use crate::plot::Axis;

/// The article's "months two and three are actually the most expensive period": not for lost
/// output (most of that falls in month one) but because new engineers then make bigger
/// decisions while still missing context, so mistakes cost most. In weeks after the start:
/// from one calendar month after the start date to three months after it.
pub fn costly_months(p: &Projection) -> (f64, f64) {
    let weeks_to = |months| p.start_date.days_until(p.start_date.add_months(months)) as f64 / 7.0;
    (weeks_to(1), weeks_to(3))
}

/// The curve's corners in weeks after the start: week 0, each milestone before `end`, the end
/// of a contract (where the curve drops to nothing) and `end` itself (week 52 on this chart;
/// the comparison runs each curve to its calendar axis's end).
pub(crate) fn curve_points(p: &Projection, end: f64) -> Vec<(f64, f64)> {
    let stop = contract_end_week(p).filter(|week| *week < end);
    let last = stop.unwrap_or(end);
    let mut points = vec![(0.0, 0.0)];
    points.extend(
        p.milestones
            .iter()
            .filter(|m| m.weeks < last)
            .map(|m| (m.weeks, m.productivity * 100.0)),
    );
    points.push((last, productivity_at(&p.milestones, last) * 100.0));
    if stop.is_some() {
        points.extend([(last, 0.0), (end, 0.0)]);
    }
    points
}

/// Weeks from the start to the end of a contract that is not converted.
pub(crate) fn contract_end_week(p: &Projection) -> Option<f64> {
    p.engagement_ends()
        .map(|end| p.start_date.days_until(end) as f64 / 7.0)
}

/// Weeks from the day the search opens to the start: where week 0 sits on the axis.
pub fn search_weeks(p: &Projection) -> f64 {
    p.search_opens.days_until(p.start_date).max(0) as f64 / 7.0
}

/// Weeks after the start at which the hire pays for itself, when that is within the chart.
pub fn payback_week(p: &Projection) -> Option<f64> {
    p.payback
        .date
        .map(|date| p.start_date.days_until(date) as f64 / 7.0)
        .filter(|week| *week <= f64::from(RAMP_WEEKS))
}

pub fn draw_ramp_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Projection,
    style: &ChartStyle,
) -> DrawResult<Slots, DB> {
    root.fill(&style.surface)?;
    let (width, _) = root.dim_in_pixel();
    let css_width = f64::from(width) / style.scale;
    let wide = css_width >= 700.0;
    // A partner's sidebar (160–300 px): shorter legend words, so no entry is cut off.
    let tiny = css_width < 300.0;
    let end = f64::from(RAMP_WEEKS);
    // Week 0 (the start) sits after the search: the axis runs from the day the search opens.
    let offset = search_weeks(p);
    let axis_end = offset + end;
    let contract_end = contract_end_week(p).filter(|week| *week < end);
    let payback = payback_week(p);

    let mut legend = vec![
        (Swatch::Block(style.ramp), "Productivity".to_string()),
        (
            Swatch::Block(style.shortfall),
            if wide || css_width >= 480.0 {
                format!(
                    "Not yet productive: ramp cost {} (not cash)",
                    money(p.ramp_cost)
                )
            } else if tiny {
                format!("Ramp cost {}", money(p.ramp_cost))
            } else {
                format!("Ramp cost {} (not cash)", money(p.ramp_cost))
            },
        ),
        (
            Swatch::Block(style.band),
            if tiny {
                "Months 2–3"
            } else {
                "Months 2–3: mistakes cost most"
            }
            .to_string(),
        ),
    ];
    if offset > 0.0 {
        legend.push((
            Swatch::Hatch(style.shortfall),
            if tiny {
                "Empty seat".to_string()
            } else {
                format!(
                    "Empty seat while searching: {} of work",
                    money(p.empty_seat.during_search)
                )
            },
        ));
    }
    legend.push((
        // The triangle only where the chart draws one.
        if payback.is_some() {
            Swatch::Triangle
        } else {
            Swatch::Blank
        },
        match (p.payback.date, payback) {
            (Some(date), Some(_)) => format!("Pays for itself {}", date.short()),
            (Some(date), None) => {
                format!("Pays for itself {} (after this chart)", date.month_year())
            }
            (None, _) => match p.engagement_ends() {
                Some(end) if end < p.horizon_end() => {
                    "Does not pay for itself before the contract ends".to_string()
                }
                _ => "Does not pay for itself within the horizon".to_string(),
            },
        },
    ));
    if let Some(week) = contract_end {
        legend.push((
            Swatch::Dashed(style.contract),
            format!(
                "Contract ends {}",
                p.start_date.add_days((week * 7.0).round() as i64).short()
            ),
        ));
    }
    let legend_height = draw_legend(root, &legend, style)?;
    let (_, plot_area) = root.split_vertically(legend_height);

    let mut chart = ChartBuilder::on(&plot_area)
        .margin_top(style.px(22.0))
        .margin_left(style.px(4.0))
        .margin_right(style.px(24.0))
        .x_label_area_size(style.px(36.0))
        .y_label_area_size(style.px(44.0))
        .build_cartesian_2d(Axis::from(0.0..axis_end), Axis::from(0.0..100.0))?;
    let percent_label = |v: &f64| format!("{}%", v.round() as i64);
    draw_grid(&mut chart, &percent_label, style)?;

    // Months 2–3, labelled above the plot so no curve label can cover it.
    // Not after a contract has ended: nobody is left to make the mistakes.
    let band_end = contract_end.unwrap_or(end);
    let (band_from, band_to) = costly_months(p);
    let (band_from, band_to) = (
        offset + band_from.min(band_end),
        offset + band_to.min(band_end),
    );
    let (band_left, plot_top) = chart.backend_coord(&(band_from, 100.0));
    let (band_right, _) = chart.backend_coord(&(band_to, 100.0));
    let (plot_left, plot_bottom) = chart.backend_coord(&(0.0, 0.0));
    let (plot_right, _) = chart.backend_coord(&(axis_end, 0.0));
    let band_label = "Months 2–3: bigger decisions, less context";
    let band_style = style.text(11.0, &style.muted, HPos::Left, VPos::Bottom);
    let (label_width, _) = root.estimate_text_size(band_label, &band_style)?;
    let label_x = clamp_or_low(
        (band_left + band_right) / 2 - label_width as i32 / 2,
        plot_left,
        plot_right - label_width as i32,
    );
    // Only where it fits: a label cut at the canvas edge says nothing (the legend names it).
    if label_width as i32 <= plot_right - plot_left {
        root.draw(&Text::new(
            band_label,
            (label_x, plot_top - style.px(4.0)),
            band_style,
        ))?;
    }

    // The empty seat: from the day the search opens to the start, nothing is delivered.
    if offset > 0.0 {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(0.0, 0.0), (offset, 100.0)],
            style.shortfall.mix(0.45).filled(),
        )))?;
        let (hatch_left, hatch_top) = chart.backend_coord(&(0.0, 100.0));
        let (hatch_right, hatch_bottom) = chart.backend_coord(&(offset, 0.0));
        draw_hatch(
            root,
            (hatch_left, hatch_top, hatch_right, hatch_bottom),
            &style.muted,
            style,
        )?;
        draw_search_label(root, (hatch_left, hatch_right, hatch_top), style)?;
    }

    // Capacity not yet delivered: the area above the curve, while the hire is paid for.
    let curve: Vec<(f64, f64)> = curve_points(p, end)
        .into_iter()
        .map(|(week, share)| (offset + week, share))
        .collect();
    let paid_until = offset + contract_end.unwrap_or(end);
    let mut shortfall = vec![(offset, 100.0)];
    shortfall.extend(curve.iter().copied().filter(|(week, _)| *week < paid_until));
    shortfall.push((
        paid_until,
        productivity_at(&p.milestones, paid_until - offset) * 100.0,
    ));
    shortfall.push((paid_until, 100.0));
    chart.draw_series(std::iter::once(Polygon::new(
        shortfall,
        style.shortfall.mix(0.85).filled(),
    )))?;

    // Productivity: filled below (the line is drawn over the band, further down).
    chart.draw_series(AreaSeries::new(
        curve.iter().copied(),
        0.0,
        style.ramp.mix(0.22),
    ))?;

    // Months 2–3 over both fills, translucent, with its edges drawn.
    chart.draw_series(std::iter::once(Rectangle::new(
        [(band_from, 0.0), (band_to, 100.0)],
        style.band.mix(0.55).filled(),
    )))?;
    let edge = style
        .muted
        .mix(0.6)
        .stroke_width(style.px(1.0).max(1) as u32);
    for week in [band_from, band_to] {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(week, 0.0), (week, 100.0)],
            edge,
        )))?;
    }

    chart.draw_series(LineSeries::new(
        curve.iter().copied(),
        style.ramp.stroke_width(style.px(2.5).max(1) as u32),
    ))?;

    // Milestones: a marker on the curve, a label at the right with a leader line.
    let label_style = style.text(11.5, &style.text, HPos::Right, VPos::Top);
    let line_height = style.px(15.0);
    let mut next_free_y = i32::MIN;
    for milestone in p
        .milestones
        .iter()
        .rev()
        .filter(|m| contract_end.is_none_or(|stop| m.weeks < stop))
    {
        let week = milestone.weeks.min(end);
        let share = productivity_at(&p.milestones, week) * 100.0;
        let (mx, my) = chart.backend_coord(&(offset + week, share));
        let text = format!("{}, {}", milestone.kind.label(), milestone.date.short());
        // The top label sits under the 100 % line; the others centre on their marker.
        let wanted_y = if milestone.productivity >= 1.0 {
            my + style.px(3.0)
        } else {
            my - line_height / 2
        };
        let y = wanted_y.max(next_free_y).min(plot_bottom - line_height);
        next_free_y = y + line_height;
        let label_right = plot_right - style.px(4.0);
        let (text_width, _) = root.estimate_text_size(&text, &label_style)?;
        // No label beside the curve in a sidebar, nor one that would reach past the plot's
        // left edge (over the axis labels, or cut at the canvas's edge): the marker stays, and
        // the data table and tooltips name the milestone.
        if !tiny && label_right - text_width as i32 >= plot_left {
            let leader_end = label_right - text_width as i32 - style.px(4.0);
            if leader_end > mx + style.px(6.0) {
                root.draw(&PathElement::new(
                    vec![(mx, my), (leader_end, y + line_height / 2)],
                    style.muted.stroke_width(style.px(1.0).max(1) as u32),
                ))?;
            }
            root.draw(&Text::new(text, (label_right, y), label_style.clone()))?;
        }
        root.draw(&Circle::new(
            (mx, my),
            style.px(5.0),
            style.surface.filled(),
        ))?;
        root.draw(&Circle::new((mx, my), style.px(4.0), style.ramp.filled()))?;
    }

    if let Some(week) = contract_end {
        let (x, top) = chart.backend_coord(&(offset + week, 100.0));
        draw_dashed_vertical(root, x, (top, plot_bottom), &style.contract, style)?;
    }
    if let Some(week) = payback {
        let share = productivity_at(&p.milestones, week) * 100.0;
        let (x, y) = chart.backend_coord(&(offset + week, share));
        draw_triangle(root, (x, y), &style.text, style)?;
    }

    // X axis: week numbers with their dates, every 4, 13, 26 or 52 weeks: the closest spacing
    // at which the widest label ("wk 52", "Jan 28") still fits between ticks.
    let (date_width, _) = root.estimate_text_size(
        "Sep 30",
        &style.text(11.0, &style.muted, HPos::Center, VPos::Top),
    )?;
    let per_week = f64::from((plot_right - plot_left).max(1)) / axis_end;
    let room = f64::from(date_width) + f64::from(style.px(6.0));
    let step: u32 = [if wide { 4 } else { 13 }, 13, 26, 52]
        .into_iter()
        .find(|step: &u32| f64::from(*step) * per_week >= room)
        .unwrap_or(52);
    let tick_style = style.text(11.0, &style.muted, HPos::Center, VPos::Top);
    // The day the search opens, where there is room before week 0's label (left-aligned at
    // the axis start, while week 0's label is centred on its tick: a label and a half).
    if offset * per_week >= 1.5 * room + f64::from(style.px(4.0)) {
        let (x, y) = chart.backend_coord(&(0.0, 0.0));
        root.draw(&Text::new(
            "opens",
            (x, y + style.px(6.0)),
            style.text(11.0, &style.muted, HPos::Left, VPos::Top),
        ))?;
        root.draw(&Text::new(
            p.search_opens.short(),
            (x, y + style.px(20.0)),
            style.text(11.0, &style.muted, HPos::Left, VPos::Top),
        ))?;
    }
    for week in (0..=RAMP_WEEKS).step_by(step as usize) {
        let (x, y) = chart.backend_coord(&(offset + f64::from(week), 0.0));
        root.draw(&PathElement::new(
            vec![(x, y), (x, y + style.px(4.0))],
            style.muted.stroke_width(style.px(1.0).max(1) as u32),
        ))?;
        root.draw(&Text::new(
            format!("wk {week}"),
            (x, y + style.px(6.0)),
            tick_style.clone(),
        ))?;
        let date = p.start_date.add_days(i64::from(week) * 7).short();
        root.draw(&Text::new(
            date,
            (x, y + style.px(20.0)),
            tick_style.clone(),
        ))?;
    }

    let mut slots = Slots::default();
    for point in &p.weekly {
        let week = offset + f64::from(point.week);
        let (x, y) = chart.backend_coord(&(week, point.productivity * 100.0));
        let (left, _) = chart.backend_coord(&((week - 0.5).max(0.0), 0.0));
        slots.edges.push(f64::from(left) / style.scale);
        slots
            .anchors
            .push((f64::from(x) / style.scale, f64::from(y) / style.scale));
    }
    slots.edges.push(f64::from(plot_right) / style.scale);
    root.present()?;
    Ok(slots)
}
