//! The two charts in the page: a `<figure>` with a canvas drawn by [`crate::charts`], an HTML
//! tooltip over it (pointer, tap or arrow keys), and a data table with the same numbers.
//!
//! The canvas backing store is its CSS size × devicePixelRatio, re-measured on window resize
//! (which also fires on zoom), so charts stay crisp on phones and follow their container.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use crate::charts::describe::{
    budget_grid, cost_comparison_grid, cost_comparison_summary, cost_comparison_tooltip,
    cost_summary, cost_tooltip, ramp_comparison_grid, ramp_comparison_summary,
    ramp_comparison_tooltip, ramp_summary, ramp_table_milestone, ramp_tooltip, BudgetGrid,
    ComparisonGrid, Tooltip,
};
use crate::charts::{
    cost::{draw_cost_data, draw_cost_frame, CostFrame},
    draw_cost_chart, draw_cost_comparison, draw_ramp_chart, draw_ramp_comparison, hues_close,
    parse_hex_color, ChartOption, ChartStyle, Slots,
};
use crate::format::{money, share};
use crate::model::compare::MoneyShown;
use crate::model::Projection;
use crate::plot::{CanvasBackend, SwappedCanvases};
use crate::state::Compared;
use plotters::prelude::IntoDrawingArea;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    Cost,
    Ramp,
}

impl ChartKind {
    fn key(self) -> &'static str {
        match self {
            ChartKind::Cost => "cost",
            ChartKind::Ramp => "ramp",
        }
    }

    fn title(self) -> &'static str {
        match self {
            ChartKind::Cost => "All-in cost by quarter",
            ChartKind::Ramp => "Projected ramp-up productivity",
        }
    }

    fn unit_name(self) -> &'static str {
        match self {
            ChartKind::Cost => "quarter",
            ChartKind::Ramp => "week",
        }
    }

    fn summary(self, p: &Projection) -> String {
        match self {
            ChartKind::Cost => cost_summary(p),
            ChartKind::Ramp => ramp_summary(p),
        }
    }

    fn tooltip(self, p: &Projection, index: usize) -> Tooltip {
        match self {
            ChartKind::Cost => cost_tooltip(p, index),
            ChartKind::Ramp => ramp_tooltip(p, index),
        }
    }

    /// Draws onto `canvas`; `None` if the canvas cannot be drawn on (nothing is shown then,
    /// and the data table still has the numbers).
    fn draw(self, canvas: HtmlCanvasElement, p: &Projection, style: &ChartStyle) -> Option<Slots> {
        let root = CanvasBackend::with_canvas_object(canvas)?.into_drawing_area();
        match self {
            ChartKind::Cost => draw_cost_chart(&root, p, style).ok(),
            ChartKind::Ramp => draw_ramp_chart(&root, p, style).ok(),
        }
    }
}

/// What the charts do with two or three options (draw, describe, tooltip, data table): the
/// code of a comparison, which a first visit does not need, so it is fetched when the visitor
/// first compares (`components::on_demand`). The loaded functions are kept for the page's
/// life: after the first comparison, redraws call them directly, with no wait.
#[derive(Clone, Copy)]
pub struct ComparisonCharts {
    /// Draws the options compared (A first) onto one calendar axis; `None` if the canvas
    /// cannot be drawn on.
    pub draw: fn(ChartKind, HtmlCanvasElement, &[ChartOption], usize, &ChartStyle) -> Option<Slots>,
    /// The chart's description in words.
    pub summary: fn(ChartKind, &[ChartOption]) -> String,
    pub tooltip: fn(ChartKind, &[ChartOption], usize) -> Tooltip,
    /// The data behind the chart: a row per calendar quarter (cost) or month (ramp).
    pub table: fn(ChartKind, Compared) -> AnyView,
}

fn draw_comparison(
    kind: ChartKind,
    canvas: HtmlCanvasElement,
    options: &[ChartOption],
    selected: usize,
    style: &ChartStyle,
) -> Option<Slots> {
    let root = CanvasBackend::with_canvas_object(canvas)?.into_drawing_area();
    match kind {
        ChartKind::Cost => draw_cost_comparison(&root, options, selected, style).ok(),
        ChartKind::Ramp => draw_ramp_comparison(&root, options, selected, style).ok(),
    }
}

fn comparison_summary(kind: ChartKind, options: &[ChartOption]) -> String {
    match kind {
        ChartKind::Cost => cost_comparison_summary(options),
        ChartKind::Ramp => ramp_comparison_summary(options),
    }
}

fn comparison_tooltip(kind: ChartKind, options: &[ChartOption], index: usize) -> Tooltip {
    match kind {
        ChartKind::Cost => cost_comparison_tooltip(options, index),
        ChartKind::Ramp => ramp_comparison_tooltip(options, index),
    }
}

crate::on_demand! {
    fn comparison_charts_code() -> ComparisonCharts {
        ComparisonCharts {
            draw: draw_comparison,
            summary: comparison_summary,
            tooltip: comparison_tooltip,
            table: comparison_table,
        }
    }
}

thread_local! {
    /// The comparison charts' code once fetched; `None` before (and while) it is.
    static COMPARISON_CHARTS: ArcRwSignal<Option<ComparisonCharts>> = ArcRwSignal::new(None);
    static COMPARISON_CHARTS_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The comparison charts' code, read reactively: `None` until it has arrived, and the first
/// call starts fetching it (the readers run again when it arrives). After a failed fetch the
/// next call fetches again (the comparison's "Try again" makes that call, see `app.rs`).
pub fn comparison_charts() -> Option<ComparisonCharts> {
    let loaded = COMPARISON_CHARTS.with(Clone::clone);
    if let Some(charts) = loaded.get() {
        return Some(charts);
    }
    if !COMPARISON_CHARTS_ASKED.with(|asked| asked.replace(true)) {
        leptos::task::spawn_local(async move {
            match crate::components::on_demand::counted(comparison_charts_code()).await {
                Ok(charts) => loaded.set(Some(charts)),
                Err(_) => COMPARISON_CHARTS_ASKED.with(|asked| asked.set(false)),
            }
        });
    }
    None
}

/// The chart colours as the stylesheet sets them (`--chart-*` custom properties), so a theme
/// only changes CSS; anything missing keeps the built-in light colour.
fn style_from_css(scale: f64) -> ChartStyle {
    let mut style = ChartStyle::light(scale);
    let Some(root) = document().document_element() else {
        return style;
    };
    let Ok(Some(computed)) = window().get_computed_style(&root) else {
        return style;
    };
    let read = |name: &str| {
        computed
            .get_property_value(name)
            .ok()
            .and_then(|v| parse_hex_color(&v))
    };
    for (name, slot) in [
        ("--chart-surface", &mut style.surface),
        ("--chart-text", &mut style.text),
        ("--chart-muted", &mut style.muted),
        ("--chart-grid", &mut style.grid),
        ("--chart-salary", &mut style.salary),
        ("--chart-overhead", &mut style.overhead),
        ("--chart-hiring", &mut style.hiring),
        ("--chart-contract", &mut style.contract),
        ("--chart-cumulative", &mut style.cumulative),
        ("--chart-ramp", &mut style.ramp),
        ("--chart-shortfall", &mut style.shortfall),
        ("--chart-band", &mut style.band),
    ] {
        if let Some(color) = read(name) {
            *slot = color;
        }
    }
    // A partner's accent (the salary bars) of the hiring cost's hue would make the two look
    // alike: the hiring cost then takes its alternative colour.
    if hues_close(style.salary, style.hiring) {
        if let Some(color) = read("--chart-hiring-alt") {
            style.hiring = color;
        }
    }
    for (name, slot) in ["--chart-option-a", "--chart-option-b", "--chart-option-c"]
        .into_iter()
        .zip(style.options.iter_mut())
    {
        if let Some(color) = read(name) {
            *slot = color;
        }
    }
    style
}

/// Records when the last chart finished drawing (for the redraw-latency benchmark) and, once,
/// when both charts had first been drawn in the page (`performance.now()` counts from the
/// navigation, so that is the load-to-charts time). A chart drawn in the planner's page while
/// it is still built apart is not in sight yet: it counts when the page is swapped in
/// ([`mark_swapped_in`]).
fn mark_drawn(in_the_page: bool) {
    if in_the_page {
        count_draws(1);
    } else {
        DRAWS.with(|d| d.apart.set(d.apart.get() + 1));
    }
}

/// The planner's page has just replaced the prerendered one (src/boot.rs): the charts drawn
/// in it while it was apart are now in the page.
pub fn mark_swapped_in() {
    let apart = DRAWS.with(|d| d.apart.replace(0));
    if apart > 0 {
        count_draws(apart);
    }
}

/// The draws counted, and the names of the page's globals that tell them (`mark_drawn`), as
/// JavaScript strings made once. Read back from the page and written anew on each draw, they
/// cost two strings sent from the wasm and five calls out of it per chart and edit.
struct Draws {
    in_the_page: std::cell::Cell<u32>,
    apart: std::cell::Cell<u32>,
    last_draw: wasm_bindgen::JsValue,
    draws: wasm_bindgen::JsValue,
    charts_drawn: wasm_bindgen::JsValue,
}

thread_local! {
    static DRAWS: Draws = Draws {
        in_the_page: Default::default(),
        apart: Default::default(),
        last_draw: "__hireplanLastDraw".into(),
        draws: "__hireplanDraws".into(),
        charts_drawn: "__hireplanChartsDrawn".into(),
    };
}

fn count_draws(draws: u32) {
    let Some(performance) = window().performance() else {
        return;
    };
    let now = performance.now().into();
    DRAWS.with(|d| {
        let before = d.in_the_page.get();
        let after = before + draws;
        d.in_the_page.set(after);
        let global = window();
        let _ = js_sys::Reflect::set(&global, &d.last_draw, &now);
        let _ = js_sys::Reflect::set(&global, &d.draws, &after.into());
        if before < 2 && after >= 2 {
            let _ = js_sys::Reflect::set(&global, &d.charts_drawn, &now);
        }
    });
}

/// The id of the chart's title (its figure's caption).
fn title_id(kind: ChartKind) -> String {
    format!("{}-chart-title", kind.key())
}

/// The size the chart's picture will have once the planner's page, built apart, replaces the
/// prerendered one (src/boot.rs): the prerendered page's picture of the same chart, laid out
/// (also while hidden as pending: it keeps its room). With it the chart draws before the swap
/// and shows at once, instead of measuring and drawing after it. `None` where there is no such
/// page or it has no layout (an embed's is not displayed): the chart then draws after the swap,
/// when the resize src/boot.rs sends has it measure itself.
fn size_to_come(kind: ChartKind) -> Option<(i32, i32)> {
    laid_out_size(&prerendered_picture(kind)?)
}

/// The chart's picture (the element holding its canvas) in the page in the document: the
/// prerendered page's, while the planner's is still built apart.
fn prerendered_picture(kind: ChartKind) -> Option<web_sys::Element> {
    document()
        .get_element_by_id(&title_id(kind))?
        .closest("figure")
        .ok()??
        .query_selector(".chart-canvas")
        .ok()?
}

/// An element's size in CSS pixels; `None` when it has no layout (not displayed).
fn laid_out_size(element: &web_sys::Element) -> Option<(i32, i32)> {
    Some((element.client_width(), element.client_height())).filter(|(width, _)| *width > 0)
}

/// A chart of the prerendered page, the page the visitor is looking at while the planner
/// builds its own apart (src/boot.rs), made ready to be drawn in a later task: its canvas found
/// and measured, the one it is drawn on apart sized, with its 2D context. Making these in a
/// task of their own, for both charts, takes 2–4 ms out of the first chart's task, the longest
/// of the start.
pub struct PrerenderedChart {
    kind: ChartKind,
    canvases: SwappedCanvases,
    size: (u32, u32),
    /// The cost chart's frame, once drawn apart by [`PrerenderedChart::draw_frame`].
    cost_frame: Option<CostFrame>,
}

impl PrerenderedChart {
    /// `None` when the page has no such picture or it has no layout (an embed's, not
    /// displayed), or its canvas cannot be drawn on. `style` is [`prerendered_chart_style`]'s.
    pub fn find(kind: ChartKind, style: &ChartStyle) -> Option<PrerenderedChart> {
        let picture = prerendered_picture(kind)?;
        let (width, height) = laid_out_size(&picture)?;
        let canvas = picture
            .first_element_child()
            .and_then(|canvas| canvas.dyn_into::<HtmlCanvasElement>().ok())?;
        let size = (
            (f64::from(width) * style.scale).round() as u32,
            (f64::from(height) * style.scale).round() as u32,
        );
        // Drawn apart and put in its place, as the planner's own charts are (`SwappedCanvases`).
        let mut canvases = SwappedCanvases::new(canvas)?;
        canvases.prepare(size.0, size.1)?;
        Some(PrerenderedChart {
            kind,
            canvases,
            size,
            cost_frame: None,
        })
    }

    /// Draws the cost chart's frame (its legend, axes and grid) on the canvas apart, leaving
    /// its data to [`draw`](Self::draw) in a later task: drawn whole, the page's first chart
    /// was the longest task of the start. Nothing for the ramp-up chart (its task is short:
    /// most of the drawing code has been compiled by then). `true` when a frame was drawn.
    pub fn draw_frame(&mut self, projection: &Projection, style: &ChartStyle) -> bool {
        if self.kind != ChartKind::Cost {
            return false;
        }
        let root = CanvasBackend::with_canvas_object(self.canvases.apart().clone())
            .map(|backend| backend.into_drawing_area());
        self.cost_frame = root.and_then(|root| draw_cost_frame(&root, projection, style).ok());
        self.cost_frame.is_some()
    }

    /// Draws the chart in place: only when the prerendered page shows the visitor's own
    /// scenario (`projection` is its figures). The charts are then in sight as soon as the wasm
    /// runs, rather than once the whole planner has been built and swapped in (which replaces
    /// these canvases with its own, drawn the same). `false` when the canvas cannot be drawn on.
    pub fn draw(mut self, projection: &Projection, style: &ChartStyle) -> bool {
        let kind = self.kind;
        let (width, height) = self.size;
        let frame = self.cost_frame.take();
        let drawn = self
            .canvases
            .draw(width, height, |apart| match &frame {
                Some(frame) => {
                    let root = CanvasBackend::with_canvas_object(apart)?.into_drawing_area();
                    draw_cost_data(&root, projection, style, frame).ok()
                }
                None => kind.draw(apart, projection, style),
            })
            .is_some();
        if drawn {
            count_draws(1);
        }
        drawn
    }
}

/// The colours and scale both charts of the prerendered page are drawn with: read once, in
/// the task before the first of them, not in each chart's (reading the page's colours costs
/// 2–3 ms here, and the first chart's task is the longest of the start).
pub fn prerendered_chart_style() -> ChartStyle {
    ChartStyle {
        scale: window().device_pixel_ratio().max(1.0),
        ..style_from_css(1.0)
    }
}

/// The size a chart is drawn at for printing: CSS pixels, and two device pixels to each, so it
/// prints sharp across the page's width (about 680 CSS px on Letter or A4 inside the margins)
/// with its type at about the body text's size.
const PRINTED_SIZE: (f64, f64, f64) = (680.0, 300.0, 2.0);

#[component]
pub fn ChartFigure(
    /// Which chart.
    kind: ChartKind,
    /// The projection drawn.
    projection: Memo<Projection>,
    /// The options compared: drawn instead of `projection` when there are two or three.
    #[prop(optional)]
    compared: Option<Compared>,
) -> impl IntoView {
    // The options compared, when there are two or three: drawn, described and tabled instead
    // of the selected option alone.
    let comparing = move || compared.filter(Compared::is_comparison);
    // With the comparison's code (fetched the first time there is one): until it has arrived,
    // the selected option is drawn and described alone.
    let comparing = move || comparing().and_then(|c| comparison_charts().map(|code| (c, code)));
    // The chart's picture: the element with the image role and the chart's description in
    // words, holding the canvas shown (`plot::SwappedCanvases` puts a new one in each draw).
    let picture_ref = NodeRef::<Div>::new();
    let slots = RwSignal::new(Slots::default());
    let active = RwSignal::new(None::<usize>);
    let table_open = RwSignal::new(false);
    // CSS size of the canvas and the device-pixel ratio, re-read on resize and zoom only: reading
    // them on every draw would force a layout of the whole page after each input.
    let layout = RwSignal::new((0.0_f64, 0.0_f64, 1.0_f64));
    let measure = move || {
        if let Some(picture) = picture_ref.get_untracked() {
            let (width, height) = if picture.is_connected() {
                (picture.client_width(), picture.client_height())
            } else {
                size_to_come(kind).unwrap_or_default()
            };
            let size = (
                f64::from(width),
                f64::from(height),
                window().device_pixel_ratio().max(1.0),
            );
            if layout.get_untracked() != size {
                layout.set(size);
            }
        }
    };
    // Each chart measures (and so draws) in a task of its own: two charts in one task would
    // block input twice as long (start-up is split into short tasks, see src/boot.rs).
    let measure_soon = move || set_timeout(measure, std::time::Duration::ZERO);
    let resize = window_event_listener(ev::resize, move |_| measure_soon());
    on_cleanup(move || resize.remove());
    // Colours are read from the stylesheet once per palette (a theme=auto page re-reads them
    // when the visitor's light/dark setting flips).
    let palette = use_context::<crate::state::Palette>();
    let printing = use_context::<crate::state::Printing>();
    let base_style = StoredValue::new(None::<(u32, ChartStyle)>);

    // The chart is drawn on a canvas outside the page, which then takes the shown one's place
    // (`plot::SwappedCanvases` says why). Made on the first draw, kept for the next ones.
    let mut canvases: Option<SwappedCanvases> = None;
    Effect::new(move |_| {
        let Some(picture) = picture_ref.get() else {
            return;
        };
        if canvases.is_none() {
            canvases = picture
                .first_element_child()
                .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
                .and_then(SwappedCanvases::new);
        }
        let Some(canvases) = canvases.as_mut() else {
            return;
        };
        // On paper, every chart is drawn at one size, whatever the screen it printed from:
        // the printout stretches it to the page's width (a phone's chart was scaled up to
        // big blurry type, a wide screen's down to small type).
        let (css_width, css_height, scale) = if printing.is_some_and(|p| p.0.get()) {
            PRINTED_SIZE
        } else {
            layout.get()
        };
        if css_width <= 0.0 {
            // First run after mounting: measure in a task of its own, which re-runs this effect
            // with a size. A canvas not laid out yet (the planner's page is built apart, then
            // swapped in) measures again on the resize src/boot.rs sends after the swap.
            measure_soon();
            return;
        }
        let (width, height) = (
            (css_width * scale).round() as u32,
            (css_height * scale).round() as u32,
        );
        let epoch = palette.map_or(0, |p| p.0.get());
        let style = match base_style.with_value(|s| s.clone()) {
            Some((read_at, style)) if read_at == epoch => style,
            _ => {
                let style = style_from_css(1.0);
                base_style.set_value(Some((epoch, style.clone())));
                style
            }
        };
        let style = ChartStyle { scale, ..style };
        let options_compared = comparing();
        let drawn = canvases.draw(width, height, |apart| match options_compared {
            Some((c, code)) => c.with_chart_options(|options| {
                (code.draw)(kind, apart, options, c.selected.get(), &style)
            }),
            None => projection.with(|p| kind.draw(apart, p, &style)),
        });
        if let Some(drawn) = drawn {
            slots.set(drawn);
        }
        mark_drawn(picture.is_connected());
    });

    let pick_at = move |client_x: i32| {
        let Some(picture) = picture_ref.get_untracked() else {
            return;
        };
        let left = picture.get_bounding_client_rect().left();
        if let Some(index) = slots.with_untracked(|s| s.at(f64::from(client_x) - left)) {
            active.set(Some(index));
        }
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        let count = slots.with_untracked(Slots::len);
        if count == 0 {
            return;
        }
        let current = active.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => Some(current.map_or(0, |i| (i + 1).min(count - 1))),
            "ArrowLeft" | "ArrowUp" => Some(current.map_or(0, |i| i.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(count - 1),
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        active.set(next);
    };

    let tooltip = Memo::new(move |_| {
        active.get().map(|i| match comparing() {
            Some((c, code)) => c.with_chart_options(|options| (code.tooltip)(kind, options, i)),
            None => projection.with(|p| kind.tooltip(p, i)),
        })
    });
    let anchor = move || {
        let (width, _, _) = layout.get();
        active
            .get()
            .and_then(|i| slots.with(|s| s.anchors.get(i).copied()))
            .map(|(x, y)| (x, y, width))
    };
    let key = kind.key();
    let title_id = title_id(kind);
    let labelled_by = title_id.clone();
    let table_id = format!("{key}-chart-table");
    let frame_label = format!(
        "{}: point at it, or use the arrow keys, to read each {}",
        kind.title(),
        kind.unit_name()
    );

    view! {
        <figure class="chart" aria-labelledby=labelled_by>
            <figcaption id=title_id class="chart-title">{kind.title()}</figcaption>
            <div
                class="chart-frame"
                tabindex="0"
                role="group"
                aria-label=frame_label
                on:keydown=on_key
                on:pointermove=move |ev: ev::PointerEvent| pick_at(ev.client_x())
                on:pointerdown=move |ev: ev::PointerEvent| pick_at(ev.client_x())
                on:pointerleave=move |ev: ev::PointerEvent| {
                    if ev.pointer_type() == "mouse" {
                        active.set(None);
                    }
                }
                on:blur=move |_| active.set(None)
            >
                <div
                    node_ref=picture_ref
                    class="chart-canvas"
                    role="img"
                    aria-label=move || match comparing() {
                        Some((c, code)) => c.with_chart_options(|options| (code.summary)(kind, options)),
                        None => projection.with(|p| kind.summary(p)),
                    }
                >
                    <canvas></canvas>
                </div>
                <div
                    class="chart-cursor"
                    aria-hidden="true"
                    hidden=move || anchor().is_none()
                    style:left=move || anchor().map(|(x, _, _)| format!("{}px", x.round() as i64)).unwrap_or_default()
                ></div>
                <div
                    class="chart-tooltip"
                    role="status"
                    aria-live="polite"
                    class:flip-left=move || anchor().is_some_and(|(x, _, w)| x > w * 0.7)
                    class:flip-right=move || anchor().is_some_and(|(x, _, w)| x < w * 0.3)
                    style:left=move || anchor().map(|(x, _, _)| format!("{}px", x.round() as i64)).unwrap_or_default()
                    style:top=move || anchor().map(|(_, y, _)| format!("{}px", y.round() as i64)).unwrap_or_default()
                    hidden=move || tooltip.with(Option::is_none)
                >
                    {move || {
                        tooltip
                            .get()
                            .map(|t| {
                                view! {
                                    <p class="tooltip-title">{t.title}</p>
                                    <dl>
                                        {t
                                            .rows
                                            .into_iter()
                                            .map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value}</dd></div> })
                                            .collect_view()}
                                    </dl>
                                }
                            })
                    }}
                </div>
            </div>
            <div class="chart-actions">
                <button
                    type="button"
                    class="button secondary small"
                    aria-expanded=move || if table_open.get() { "true" } else { "false" }
                    aria-controls=table_id.clone()
                    on:click=move |_| table_open.update(|open| *open = !*open)
                >
                    {move || if table_open.get() { "Hide data table" } else { "Show data table" }}
                </button>
            </div>
            // Scrolls on its own when long or wide, so it takes focus: keyboard users can scroll it.
            <div
                id=table_id
                class="chart-table"
                role="region"
                aria-label=format!("{}: data table", kind.title())
                tabindex="0"
                hidden=move || !table_open.get()
            >
                {move || table_open.get().then(|| match comparing() {
                    Some((c, code)) => (code.table)(kind, c),
                    None => data_table(kind, projection),
                })}
            </div>
        </figure>
    }
}

/// Every option's cash by quarter: the cost comparison's data table (the printout carries it
/// beside the selected option's budget, see `components::budget`). Nothing until the
/// comparison's code has arrived (it has by then: the charts asked for it first).
pub fn cost_comparison_table(compared: Compared) -> impl IntoView {
    move || comparison_charts().map(|code| (code.table)(ChartKind::Cost, compared))
}

/// The data behind a comparison chart: a row per calendar quarter (cost) or month (ramp),
/// each option's columns. Rebuilt when the options change (the table is open rarely).
fn comparison_table(kind: ChartKind, compared: Compared) -> AnyView {
    (move || {
        let grid = compared.with_chart_options(|options| match kind {
            ChartKind::Cost => cost_comparison_grid(options, MoneyShown::Dollars, money),
            ChartKind::Ramp => ramp_comparison_grid(options),
        });
        let caption = match kind {
            ChartKind::Cost => {
                "Cash by quarter of each option compared (the data behind the chart)"
            }
            ChartKind::Ramp => {
                "Productivity of each option compared, by month (the data behind the chart)"
            }
        };
        let ComparisonGrid {
            headings,
            rows,
            totals,
        } = grid;
        // On a narrow screen each row is a card, each value beside its column's name (the
        // budget's card layout): three options' columns would otherwise scroll out of sight.
        // Every part names its role, as a CSS `display` change drops a table's semantics in
        // some browsers.
        let head = headings
            .iter()
            .map(|h| view! { <th scope="col" role="columnheader">{h.clone()}</th> })
            .collect_view();
        let row = |cells: Vec<String>| {
            let mut cells = cells.into_iter();
            let first = cells.next().unwrap_or_default();
            let values = cells
                .zip(headings.iter().skip(1))
                .map(|(c, label)| view! { <td role="cell" data-label=label.clone()>{c}</td> })
                .collect_view();
            view! {
                <tr role="row">
                    <th scope="row" role="rowheader">{first}</th>
                    {values}
                </tr>
            }
        };
        let body = rows.into_iter().map(row).collect_view();
        let foot =
            (!totals.is_empty()).then(|| view! { <tfoot role="rowgroup">{row(totals)}</tfoot> });
        view! {
            <div class="card-table">
                <table class="data-table option-columns" role="table">
                    <caption>{caption}</caption>
                    <thead role="rowgroup"><tr role="row">{head}</tr></thead>
                    <tbody role="rowgroup">{body}</tbody>
                    {foot}
                </table>
            </div>
        }
    })
    .into_any()
}

fn data_table(kind: ChartKind, projection: Memo<Projection>) -> AnyView {
    match kind {
        // Up to seven columns (contract-to-hire): on a phone a card per quarter, as in the
        // quarterly budget, not a table four times the screen's width.
        ChartKind::Cost => view! {
            <div class="card-table">
                <CostTable projection=projection caption="Cash cost by quarter (the data behind the chart)" />
            </div>
        }
        .into_any(),
        ChartKind::Ramp => (move || projection.with(ramp_table)).into_any(),
    }
}

/// The quarterly budget's text: a heading per column, one row of cells per quarter (the
/// quarter, the route's amount columns, total, cumulative), the totals, the ramp note. The
/// table's header row and the labels of its cells on a phone (where each quarter is a card
/// and each value names its column) are both written from `headings`.
#[derive(Clone, PartialEq)]
struct BudgetCells {
    headings: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    totals: Vec<String>,
    ramp_note: String,
}

fn budget_cells(p: &Projection) -> BudgetCells {
    let BudgetGrid {
        headings,
        rows,
        totals,
    } = budget_grid(p, MoneyShown::Dollars, money);
    BudgetCells {
        headings,
        rows,
        totals,
        ramp_note: {
            let mut note = format!(
                "Ramp-up cost, not cash and not in these totals: {}.",
                money(p.ramp_cost)
            );
            // A fee that falls after the last quarter shown is not in the table: say so.
            if let Some(c) = p.conversion.filter(|c| c.date >= p.horizon_end()) {
                note.push_str(&format!(
                    " The conversion fee of {} falls on {}, after the last quarter shown.",
                    money(c.fee),
                    c.date
                ));
            }
            note
        },
    }
}

/// The quarterly budget behind the cost chart, with totals; the ramp cost apart. Rows are
/// created once per quarter and only their texts follow the inputs (rebuilding the table on
/// every slider step cost more than drawing both charts); the columns follow the route.
///
/// On a phone the stylesheet turns each row into a card; a CSS `display` change takes a table's
/// semantics away in some browsers, so every part names its role explicitly, and each value
/// cell carries its column's name (`data-label`) for the card to show.
#[component]
pub fn CostTable(projection: Memo<Projection>, caption: &'static str) -> impl IntoView {
    let cells = Memo::new(move |_| projection.with(budget_cells));
    // Each row's cells read the row's memo (`state::SelectedScenario`'s `assumptions` says why:
    // a memo's cost per edit grows with its readers): an edit re-runs only the rows whose text
    // changed. The columns' names and how many there are change with the route only: their
    // hundred readers (a label and a `hidden` per cell) are not even woken by other edits
    // (`state::changes_only`).
    let headings = crate::state::changes_only(move || cells.with(|c| c.headings.clone()));
    let row = move |row: usize| Memo::new(move |_| cells.with(|c| c.rows.get(row).cloned()));
    let totals = Memo::new(move |_| cells.with(|c| Some(c.totals.clone())));
    // The widest route has six columns after the quarter (contract-to-hire: salary, overhead,
    // contract bills, conversion fee, total, cumulative); narrower routes hide the unused last
    // ones. Cells written out, not a loop of views or a keyed list per column: both cost
    // kilobytes of wasm.
    let heading =
        move |column: usize| move || headings.with(|h| h.get(column).copied().unwrap_or_default());
    let unused = move |column: usize| move || headings.with(|h| column >= h.len());
    let head = move |column: usize| {
        view! { <th scope="col" role="columnheader" hidden=unused(column)>{heading(column)}</th> }
    };
    // A row's cells: its header (the quarter, or "Total"), then a value per column.
    let row_cells = move |texts: Memo<Option<Vec<String>>>| {
        let read = move |column: usize| {
            move || {
                texts.with(|r| {
                    r.as_ref()
                        .and_then(|r| r.get(column).cloned())
                        .unwrap_or_default()
                })
            }
        };
        let cell = move |column: usize| {
            view! { <td role="cell" data-label=heading(column) hidden=unused(column)>{read(column)}</td> }
        };
        view! {
            <th scope="row" role="rowheader">{read(0)}</th>
            {cell(1)}
            {cell(2)}
            {cell(3)}
            {cell(4)}
            {cell(5)}
            {cell(6)}
        }
    };
    view! {
        <table class="data-table" role="table">
            <caption>{caption}</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th scope="col" role="columnheader">"Quarter"</th>
                    {head(1)}
                    {head(2)}
                    {head(3)}
                    {head(4)}
                    {head(5)}
                    {head(6)}
                </tr>
            </thead>
            <tbody role="rowgroup">
                <For each=move || 0..cells.with(|c| c.rows.len()) key=|row| *row let:index>
                    <tr role="row">{row_cells(row(index))}</tr>
                </For>
            </tbody>
            <tfoot role="rowgroup">
                <tr role="row">{row_cells(totals)}</tr>
            </tfoot>
        </table>
        <p class="table-note">{move || cells.with(|c| c.ramp_note.clone())}</p>
    }
}

/// Productivity by week behind the ramp chart, milestones marked.
pub fn ramp_table(p: &Projection) -> impl IntoView {
    let rows = p
        .weekly
        .iter()
        .map(|w| {
            view! {
                <tr>
                    <th scope="row">{w.week}</th>
                    <td>{w.date.to_string()}</td>
                    <td>{share(w.productivity)}</td>
                    <td>{ramp_table_milestone(p, w.week)}</td>
                </tr>
            }
        })
        .collect_view();
    // The dates the chart marks, in words: the search, the milestones, a contract's end and
    // the payback date.
    let mut dates = vec![
        format!("Search opens: {}", p.search_opens),
        format!("Starts: {}", p.start_date),
    ];
    dates.extend(
        p.milestones
            .iter()
            .map(|m| format!("{}: {}", m.kind.label(), m.date)),
    );
    if let Some(end) = p.engagement_ends() {
        dates.push(format!("Contract ends: {end}"));
    }
    dates.push(match p.payback.date {
        Some(date) => format!("Pays for itself: {date}"),
        None => "Pays for itself: not within the horizon".to_string(),
    });
    let milestones = dates
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    view! {
        <ul class="milestone-list" aria-label="Milestones">{milestones}</ul>
        <table class="data-table">
            <caption>"Productivity by week after the start (the data behind the chart)"</caption>
            <thead>
                <tr>
                    <th scope="col">"Week"</th>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Productivity"</th>
                    <th scope="col">"Milestone"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
