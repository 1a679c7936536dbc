//! src/plot.rs's hand-written `CanvasBackend` against the crate it replaces, plotters-canvas
//! 0.3.1 (a wasm-only dev-dependency), in headless Chromium.
//!
//! Both backends get the same `DrawingBackend` calls, each on a canvas of its own whose 2D
//! context is a recording `Proxy`: every method called and every property set, with its
//! arguments, in order, plus the browser's own reading of the context (font, colours,
//! alignment, transform, ...) at each call that paints. Three comparisons, each of which must
//! hold on its own:
//! - the two call logs, once the differences src/plot.rs makes on purpose are taken out
//!   (`normalise`), call for call;
//! - what each paint call paints: its path and the state it reads, as the browser holds it;
//! - the pixels.
//!
//! Differences that are not by design are findings: each is named FINDING below, confined to
//! exactly what it is (a test of its own asserts its extent), and left for src/plot.rs to
//! decide on.
#![cfg(target_arch = "wasm32")]

use std::fmt;

use hireplan::charts::{draw_cost_chart, draw_cost_comparison, ChartOption, ChartStyle};
use hireplan::model::{project, Date, HiringRoute, Level, Projection, Quarter, Scenario};
use hireplan::plot::CanvasBackend as Ours;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle, FontTransform, RGBAColor, ShapeStyle};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend as Theirs;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------------------------------------
// Recording a canvas

/// The body of `function (canvas)`, returning `{ canvas, context, log }`. `canvas` stands in
/// for the real one and hands out a recording proxy of its 2D context; `log` gets
/// `{ name, args, state }` per method call (`name`) and per property set (`name=`). `state`,
/// at the calls that paint only, is the browser's reading of the context just before the call;
/// for a text it also has `box`, the pixels the text may touch (its measured ink box through
/// the transform, a pixel wider each side for anti-aliasing).
const RECORDER: &str = r#"
const context = canvas.getContext('2d');
const log = [];
const plain = (v) => (typeof v === 'number' || typeof v === 'string') ? v : String(v);
const PAINTS = ['fill', 'stroke', 'fillRect', 'strokeRect', 'fillText', 'strokeText', 'clearRect'];
const read = () => {
  const t = context.getTransform();
  return {
    font: context.font, fillStyle: plain(context.fillStyle), strokeStyle: plain(context.strokeStyle),
    lineWidth: context.lineWidth, textAlign: context.textAlign, textBaseline: context.textBaseline,
    transform: [t.a, t.b, t.c, t.d, t.e, t.f].join(' '),
    other: [context.globalAlpha, context.globalCompositeOperation, context.lineCap, context.lineJoin,
            context.miterLimit, context.getLineDash().join(','), context.lineDashOffset,
            context.direction, context.letterSpacing, context.fontKerning, context.filter,
            context.shadowBlur, context.shadowColor, context.imageSmoothingEnabled].join(' '),
  };
};
const inkBox = (text, x, y) => {
  const m = context.measureText(text);
  const t = context.getTransform();
  const corners = [[x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent],
                   [x + m.actualBoundingBoxRight, y - m.actualBoundingBoxAscent],
                   [x - m.actualBoundingBoxLeft, y + m.actualBoundingBoxDescent],
                   [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent]]
    .map(([px, py]) => t.transformPoint(new DOMPoint(px, py)));
  const xs = corners.map((p) => p.x), ys = corners.map((p) => p.y);
  return [Math.floor(Math.min(...xs)) - 1, Math.floor(Math.min(...ys)) - 1,
          Math.ceil(Math.max(...xs)) + 1, Math.ceil(Math.max(...ys)) + 1].join(' ');
};
const recording = new Proxy(context, {
  get(target, name) {
    const value = Reflect.get(target, name, target);
    if (typeof value !== 'function') return value;
    return function (...args) {
      const entry = { name: String(name), args: args.map(plain) };
      if (PAINTS.includes(name)) entry.state = read();
      if (name === 'fillText') entry.state.box = inkBox(args[0], args[1], args[2]);
      log.push(entry);
      return value.apply(target, args);
    };
  },
  set(target, name, value) {
    log.push({ name: String(name) + '=', args: [plain(value)] });
    return Reflect.set(target, name, value, target);
  },
});
const stand_in = new Proxy(canvas, {
  get(target, name) {
    if (name === 'getContext') {
      return (kind, ...rest) => kind === '2d' ? recording : target.getContext(kind, ...rest);
    }
    const value = Reflect.get(target, name, target);
    return typeof value === 'function' ? value.bind(target) : value;
  },
  set(target, name, value) { return Reflect.set(target, name, value, target); },
});
return { canvas: stand_in, context, log };
"#;

struct Recorded {
    /// What a backend is given: the canvas, handing out the recording context.
    canvas: HtmlCanvasElement,
    /// The real context, to read the pixels.
    context: CanvasRenderingContext2d,
    log: js_sys::Array,
}

/// A canvas outside the page, as the app draws its charts.
fn new_canvas((width, height): (u32, u32)) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    canvas
}

fn recorded(size: (u32, u32)) -> Recorded {
    let make = js_sys::Function::new_with_args("canvas", RECORDER);
    let made = make.call1(&JsValue::NULL, &new_canvas(size)).unwrap();
    let get = |name: &str| js_sys::Reflect::get(&made, &name.into()).unwrap();
    Recorded {
        canvas: get("canvas").unchecked_into(),
        context: get("context").unchecked_into(),
        log: get("log").unchecked_into(),
    }
}

/// An argument as logged (a number or a string); colours and fonts once parsed.
#[derive(Clone, Debug, PartialEq)]
enum Arg {
    Num(f64),
    Str(String),
    /// `rgba(r,g,b,alpha)`, parsed.
    Color(u8, u8, u8, f64),
    /// `{style} {size}px {family}`, parsed.
    Font(String, f64, String),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Num(n) => write!(f, "{n}"),
            Arg::Str(s) => write!(f, "{s:?}"),
            Arg::Color(r, g, b, a) => write!(f, "rgba<{r},{g},{b},{a}>"),
            Arg::Font(style, size, family) => write!(f, "font<{style} {size}px {family}>"),
        }
    }
}

/// One logged call: a method (`moveTo`) or a property set (`fillStyle=`).
#[derive(Clone, Debug, PartialEq)]
struct Call {
    name: String,
    args: Vec<Arg>,
    /// At calls that paint: the browser's reading of the context, (property, value).
    state: Vec<(String, String)>,
}

impl Call {
    fn state(&self, property: &str) -> Option<&str> {
        self.state
            .iter()
            .find(|(p, _)| p == property)
            .map(|(_, v)| v.as_str())
    }
}

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let args: Vec<String> = self.args.iter().map(Arg::to_string).collect();
        match self.name.strip_suffix('=') {
            Some(property) => write!(f, "{property} = {}", args.join(", ")),
            None => write!(f, "{}({})", self.name, args.join(", ")),
        }
    }
}

fn calls(log: &js_sys::Array) -> Vec<Call> {
    let get = |object: &JsValue, name: &str| js_sys::Reflect::get(object, &name.into()).unwrap();
    let text = |value: JsValue| {
        value
            .as_string()
            .or_else(|| value.as_f64().map(|n| n.to_string()))
            .expect("a number or a string")
    };
    log.iter()
        .map(|entry| {
            let args = js_sys::Array::from(&get(&entry, "args"))
                .iter()
                .map(|arg| match arg.as_f64() {
                    Some(n) => Arg::Num(n),
                    None => Arg::Str(text(arg)),
                })
                .collect();
            let state = get(&entry, "state");
            let state = if state.is_undefined() {
                Vec::new()
            } else {
                js_sys::Object::entries(state.unchecked_ref())
                    .iter()
                    .map(|pair| {
                        let pair = js_sys::Array::from(&pair);
                        (text(pair.get(0)), text(pair.get(1)))
                    })
                    .collect()
            };
            Call {
                name: text(get(&entry, "name")),
                args,
                state,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Comparing two logs

fn parse_color(text: &str) -> Option<Arg> {
    let inner = text.strip_prefix("rgba(")?.strip_suffix(')')?;
    let parts: Vec<&str> = inner.split(',').collect();
    let [r, g, b, a] = parts[..] else {
        return None;
    };
    Some(Arg::Color(
        r.parse().ok()?,
        g.parse().ok()?,
        b.parse().ok()?,
        a.parse().ok()?,
    ))
}

fn parse_font(text: &str) -> Option<Arg> {
    let (style, rest) = text.split_once(' ')?;
    let (size, family) = rest.split_once("px ")?;
    Some(Arg::Font(
        style.to_string(),
        size.parse().ok()?,
        family.to_string(),
    ))
}

/// The log with the differences src/plot.rs makes by design taken out (its module comment):
/// - colours are compared as the numbers they hold, not as text: src/plot.rs writes alpha with
///   `format::plain`, so that no float formatting reaches the wasm; plotters-canvas with `{}`;
/// - a font is compared where it is used: as the font in effect at each `fillText` (followed
///   through `save` and `restore`), parsed. src/plot.rs sets the font only when it changes
///   (the browser re-parses it on every set), and before `save` rather than after it, so that
///   `restore` keeps it and its record of the font stays true; and it writes the size with
///   `format::plain`;
/// - `measureText` is dropped: src/plot.rs measures with the context (plotters-canvas leaves
///   measuring to plotters, which puts a `<span>` in the page) and measuring draws nothing;
/// - a set of `fillStyle`, `strokeStyle`, `lineWidth`, `textBaseline` or `textAlign` to the
///   value the context already holds (followed through `save` and `restore`) is dropped:
///   src/plot.rs skips those sets (each is a call out of the wasm), plotters-canvas makes them
///   all; such a set changes nothing painted (`paints` and the pixels check what is).
///
/// Everything else is kept as it is: method, arguments, order.
fn normalise(calls: &[Call]) -> Vec<Call> {
    // What a fresh context holds.
    let mut font = Arg::Str("10px sans-serif".to_string());
    // The other state sets, by property: what the context holds (unknown until set).
    let mut held: Vec<(String, Vec<Arg>)> = Vec::new();
    let mut saved = Vec::new();
    let mut out = Vec::new();
    for call in calls {
        let mut call = Call {
            state: Vec::new(),
            ..call.clone()
        };
        match call.name.as_str() {
            "measureText" => continue,
            "font=" => {
                font = match &call.args[..] {
                    [Arg::Str(text)] => parse_font(text).unwrap_or_else(|| call.args[0].clone()),
                    _ => panic!("font set to {call}"),
                };
                continue;
            }
            "fillStyle=" | "strokeStyle=" | "lineWidth=" | "textBaseline=" | "textAlign=" => {
                if let [Arg::Str(text)] = &call.args[..] {
                    if let Some(color) = parse_color(text) {
                        call.args = vec![color];
                    }
                }
                match held.iter_mut().find(|(name, _)| *name == call.name) {
                    Some((_, value)) if *value == call.args => continue,
                    Some((_, value)) => *value = call.args.clone(),
                    None => held.push((call.name.clone(), call.args.clone())),
                }
            }
            "save" => saved.push((font.clone(), held.clone())),
            "restore" => (font, held) = saved.pop().expect("restore after save"),
            "fillText" | "strokeText" => call.args.push(font.clone()),
            _ => {}
        }
        out.push(call);
    }
    out
}

/// FINDING 1 (not by design; harmless): for a path or a polygon, src/plot.rs sets the stroke
/// or fill style before `beginPath`, plotters-canvas just after it. `beginPath` only empties
/// the current path, so nothing drawn changes (`paints` and the pixels show it, without this
/// step). Both logs are brought to one order: in a run of `beginPath` and style sets, the sets
/// come first, in their own order.
fn style_before_begin_path(calls: Vec<Call>) -> Vec<Call> {
    let is_style = |c: &Call| {
        matches!(
            c.name.as_str(),
            "strokeStyle=" | "fillStyle=" | "lineWidth="
        )
    };
    let mut out = Vec::with_capacity(calls.len());
    let mut run: Vec<Call> = Vec::new();
    let flush = |run: &mut Vec<Call>, out: &mut Vec<Call>| {
        let (sets, begins): (Vec<Call>, Vec<Call>) = run.drain(..).partition(is_style);
        out.extend(sets);
        out.extend(begins);
    };
    for call in calls {
        if call.name == "beginPath" || is_style(&call) {
            run.push(call);
        } else {
            flush(&mut run, &mut out);
            out.push(call);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The logs as they must agree call for call.
fn compared(calls: &[Call]) -> Vec<Call> {
    style_before_begin_path(normalise(calls))
}

/// What one call paints: the call, with the path it fills or strokes (everything since the
/// last `beginPath`), and the browser's reading of each part of the state it uses.
#[derive(Clone, Debug, PartialEq)]
struct Paint {
    call: String,
    state: Vec<(String, String)>,
}

impl fmt::Display for Paint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.call)?;
        for (property, value) in &self.state {
            write!(f, "; {property}: {value}")?;
        }
        Ok(())
    }
}

/// Every call that paints, as it paints. Fills and strokes of an empty path paint nothing and
/// are left out.
fn paints(calls: &[Call]) -> Vec<Paint> {
    let mut path: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for call in calls {
        let uses: &[&str] = match call.name.as_str() {
            "beginPath" => {
                path.clear();
                continue;
            }
            "moveTo" | "lineTo" | "arc" | "closePath" | "rect" | "arcTo" | "bezierCurveTo"
            | "quadraticCurveTo" | "ellipse" | "roundRect" => {
                path.push(call.to_string());
                continue;
            }
            "fill" | "fillRect" => &["fillStyle", "transform", "other"],
            "stroke" | "strokeRect" => &["strokeStyle", "lineWidth", "transform", "other"],
            "clearRect" => &["transform", "other"],
            "fillText" | "strokeText" => &[
                "font",
                "fillStyle",
                "strokeStyle",
                "textAlign",
                "textBaseline",
                "transform",
                "other",
            ],
            _ => continue,
        };
        let mut painted = call.to_string();
        if matches!(call.name.as_str(), "fill" | "stroke") {
            if path.is_empty() {
                continue;
            }
            painted += &format!(" of [{}]", path.join(" "));
        }
        let state = uses
            .iter()
            .map(|&p| (p.to_string(), call.state(p).unwrap_or("?").to_string()))
            .collect();
        out.push(Paint {
            call: painted,
            state,
        });
    }
    out
}

/// The first difference between two sequences, with a few entries either side; `None` if
/// they are the same.
fn first_difference<T: PartialEq + fmt::Display>(ours: &[T], theirs: &[T]) -> Option<String> {
    let at = (0..ours.len().max(theirs.len())).find(|&i| ours.get(i) != theirs.get(i))?;
    let window = |log: &[T]| -> String {
        (at.saturating_sub(4)..(at + 5).min(log.len()))
            .map(|i| format!("  {}{i}: {}\n", if i == at { ">" } else { " " }, log[i]))
            .collect()
    };
    Some(format!(
        "first difference at entry {at} ({} entries ours, {} theirs)\nsrc/plot.rs:\n{}plotters-canvas:\n{}",
        ours.len(),
        theirs.len(),
        window(ours),
        window(theirs)
    ))
}

/// The pixels (x, y) whose colour differs between the two canvases.
fn differing_pixels(ours: &Recorded, theirs: &Recorded) -> Vec<(i32, i32)> {
    let canvas = ours.context.canvas().unwrap();
    let (width, height) = (canvas.width(), canvas.height());
    let read = |r: &Recorded| {
        r.context
            .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
            .unwrap()
            .data()
            .0
    };
    let (a, b) = (read(ours), read(theirs));
    assert_eq!(a.len(), b.len());
    a.chunks(4)
        .zip(b.chunks(4))
        .enumerate()
        .filter(|(_, (pa, pb))| pa != pb)
        .map(|(i, _)| ((i as u32 % width) as i32, (i as u32 / width) as i32))
        .collect()
}

/// How many pixels differ and the box around them, for messages.
fn describe_pixels(pixels: &[(i32, i32)]) -> String {
    let xs = pixels.iter().map(|p| p.0);
    let ys = pixels.iter().map(|p| p.1);
    format!(
        "{} pixels differ, within x {}..={}, y {}..={}",
        pixels.len(),
        xs.clone().min().unwrap_or(0),
        xs.max().unwrap_or(0),
        ys.clone().min().unwrap_or(0),
        ys.max().unwrap_or(0)
    )
}

/// Asserts the two recordings agree: call for call once compared, paint for paint as the
/// browser reads them, and pixel for pixel.
fn assert_same(what: &str, ours: &Recorded, theirs: &Recorded) {
    let (ours_calls, theirs_calls) = (calls(&ours.log), calls(&theirs.log));
    assert!(!theirs_calls.is_empty(), "{what}: nothing was recorded");
    if let Some(difference) = first_difference(&compared(&ours_calls), &compared(&theirs_calls)) {
        panic!("{what}: the calls differ: {difference}");
    }
    if let Some(difference) = first_difference(&paints(&ours_calls), &paints(&theirs_calls)) {
        panic!("{what}: what is painted differs: {difference}");
    }
    let pixels = differing_pixels(ours, theirs);
    assert!(pixels.is_empty(), "{what}: {}", describe_pixels(&pixels));
    // Something was drawn: two blank canvases are the same too.
    let canvas = ours.context.canvas().unwrap();
    let data = ours
        .context
        .get_image_data(0.0, 0.0, canvas.width().into(), canvas.height().into())
        .unwrap()
        .data()
        .0;
    let colors: std::collections::HashSet<&[u8]> = data.chunks(4).collect();
    assert!(colors.len() > 10, "{what}: {} colours drawn", colors.len());
}

// ---------------------------------------------------------------------------------------------
// The backends

fn ours(r: &Recorded) -> Ours {
    Ours::with_canvas_object(r.canvas.clone()).expect("a 2D context")
}

fn theirs(r: &Recorded) -> Theirs {
    Theirs::with_canvas_object(r.canvas.clone()).expect("a 2D context")
}

/// plotters-canvas's error (the crate does not export its name).
type TheirError = <Theirs as DrawingBackend>::ErrorType;
type Drawn = Result<(), DrawingErrorKind<TheirError>>;

/// plotters-canvas drawing, with text measured as src/plot.rs measures it (on a canvas of its
/// own, not recorded). plotters-canvas does not measure: plotters measures for it with a
/// `<span>` in the page, which gives other sizes (the height of a line box rather than the
/// font size, a width rounded rather than rounded up), and a chart laid out on other sizes
/// moves by a pixel here and there. Measuring is src/plot.rs's own by design; given the same
/// measures, the two must draw the same chart.
struct TheirsMeasuredAsOurs {
    draw: Theirs,
    measure: Ours,
}

impl TheirsMeasuredAsOurs {
    fn new(r: &Recorded) -> Self {
        TheirsMeasuredAsOurs {
            draw: theirs(r),
            measure: Ours::with_canvas_object(new_canvas((1, 1))).unwrap(),
        }
    }
}

/// Every drawing call goes to plotters-canvas as it is, including those plotters-backend has
/// defaults for (plotters-canvas overrides them).
impl DrawingBackend for TheirsMeasuredAsOurs {
    type ErrorType = TheirError;

    fn get_size(&self) -> (u32, u32) {
        self.draw.get_size()
    }
    fn ensure_prepared(&mut self) -> Drawn {
        self.draw.ensure_prepared()
    }
    fn present(&mut self) -> Drawn {
        self.draw.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.draw.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S) -> Drawn {
        self.draw.draw_line(from, to, s)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.draw.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.draw.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.draw.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        self.draw.fill_polygon(vertices, style)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        self.draw.draw_text(text, style, pos)
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<TheirError>> {
        self.measure
            .estimate_text_size(text, style)
            .map_err(|_| DrawingErrorKind::FontError(Box::new(hireplan::plot::CanvasError)))
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Drawn {
        self.draw.blit_bitmap(pos, size, src)
    }
}

// ---------------------------------------------------------------------------------------------
// The drawing calls

const SIZE: (u32, u32) = (400, 300);
const ALPHAS: [f64; 3] = [0.0, 0.5, 1.0];
const WIDTHS: [u32; 3] = [1, 2, 3];

fn color(alpha: f64) -> RGBAColor {
    RGBAColor(31, 95, 191, alpha)
}

fn stroke(alpha: f64, width: u32) -> ShapeStyle {
    ShapeStyle {
        color: color(alpha),
        filled: false,
        stroke_width: width,
    }
}

/// Every shape plotters hands a backend, in each alpha and stroke width, the same on both.
/// Panics if a call fails.
fn draw_shapes<DB: DrawingBackend>(b: &mut DB) {
    b.ensure_prepared().unwrap();
    for (i, &alpha) in ALPHAS.iter().enumerate() {
        let o = i as i32 * 7;
        b.draw_pixel((3 + o, 3), color(alpha).to_backend_color())
            .unwrap();
        for (j, &width) in WIDTHS.iter().enumerate() {
            let style = stroke(alpha, width);
            let o = o + j as i32 * 2;
            // Horizontal and vertical (both moved half a pixel), diagonal both ways (not
            // moved), a single point (moved both ways).
            b.draw_line((10, 20 + o), (110, 20 + o), &style).unwrap();
            b.draw_line((120 + o, 5), (120 + o, 95), &style).unwrap();
            b.draw_line((5, 30 + o), (95, 90 + o), &style).unwrap();
            b.draw_line((60 + o, 200), (10 + o, 150), &style).unwrap();
            b.draw_line((200 + o, 8), (200 + o, 8), &style).unwrap();
            for fill in [false, true] {
                b.draw_rect((150 + o, 10 + o), (190 + o, 40 + o), &style, fill)
                    .unwrap();
                // Corners the wrong way round: a negative width and height.
                b.draw_rect((260 + o, 60), (230 + o, 20), &style, fill)
                    .unwrap();
                b.draw_circle((300 + o, 100 + o), 12, &style, fill).unwrap();
                b.draw_circle((330 + o, 40), 0, &style, fill).unwrap();
            }
            b.draw_path(
                [(10, 120 + o), (40, 140), (70, 118), (100, 160 + o)],
                &style,
            )
            .unwrap();
            b.draw_path([(150, 150 + o), (150, 190), (190, 190 + o)], &style)
                .unwrap();
            b.draw_path([(200, 200 + o)], &style).unwrap();
            b.fill_polygon([(220, 120 + o), (260, 180), (200, 170 + o)], &style)
                .unwrap();
            b.fill_polygon([(240 + o, 240)], &style).unwrap();
        }
    }
    // Neither backend has its own: plotters-backend's default draws pixel by pixel.
    let bitmap: Vec<u8> = (0..2 * 3 * 3).map(|i| (i * 14) as u8).collect();
    b.blit_bitmap((380, 280), (2, 3), &bitmap).unwrap();
    b.present().unwrap();
}

/// A text style in each size, font style, rotation and anchor.
fn text_styles<'a>(family: &'a str, color: &'a RGBAColor) -> Vec<TextStyle<'a>> {
    let mut styles = Vec::new();
    for (size, font_style) in [
        (9.0, FontStyle::Normal),
        (12.0, FontStyle::Normal),
        (12.5, FontStyle::Bold),
        (17.6, FontStyle::Italic),
        (22.0, FontStyle::Oblique),
    ] {
        for transform in [
            FontTransform::None,
            FontTransform::Rotate90,
            FontTransform::Rotate180,
            FontTransform::Rotate270,
        ] {
            for h in [HPos::Left, HPos::Center, HPos::Right] {
                for v in [VPos::Top, VPos::Center, VPos::Bottom] {
                    let font = FontDesc::new(FontFamily::Name(family), size, font_style);
                    styles.push(
                        TextStyle::from(font)
                            .color(color)
                            .pos(Pos::new(h, v))
                            .transform(transform.clone()),
                    );
                }
            }
        }
    }
    styles
}

/// Text in each anchor, rotation, size and style, in each alpha, in a generic family and in
/// the charts' family list; measured now and then in between (src/plot.rs measures in the
/// context it draws with, so measuring sets its font).
fn draw_texts<DB: DrawingBackend>(b: &mut DB) {
    let chart_family = ChartStyle::light(1.0).font_family;
    let colors = ALPHAS.map(color);
    let other = TextStyle::from(("serif", 30.0).into_font());
    for family in ["sans-serif", chart_family.as_str()] {
        for color in &colors {
            for (i, style) in text_styles(family, color).iter().enumerate() {
                let (x, y) = (20 + (i as i32 % 12) * 30, 20 + (i as i32 / 12) * 25);
                let text = ["Q1 ’27", "$1.2M", "Search – 3 mo", "ü"][i % 4];
                if i % 3 == 0 {
                    b.estimate_text_size(text, style).unwrap();
                }
                b.draw_text(text, style, (x, y)).unwrap();
                if i % 5 == 0 {
                    b.estimate_text_size("in another font", &other).unwrap();
                }
            }
        }
    }
    b.present().unwrap();
}

fn scenario(level: Level, route: HiringRoute, start: Quarter) -> Scenario {
    Scenario {
        level,
        route,
        start_quarter: start,
        ..Scenario::default_for(Date::new(2026, 11, 29).unwrap())
    }
}

const Q1: Quarter = Quarter {
    year: 2027,
    number: 1,
};

/// Junior, senior, and a contract starting two quarters later.
fn compared_options() -> Vec<(&'static str, Projection)> {
    vec![
        (
            "Junior",
            project(&scenario(Level::Junior, HiringRoute::InHouse, Q1)),
        ),
        (
            "Senior",
            project(&scenario(Level::Senior, HiringRoute::InHouse, Q1)),
        ),
        (
            "Contract, Q3",
            project(&scenario(Level::Mid, HiringRoute::Contract, Q1.offset(2))),
        ),
    ]
}

#[derive(Clone, Copy, Debug)]
enum Chart {
    Cost,
    Comparison,
}

/// `chart` at `css` size × `scale`, drawn by each backend onto a recorded canvas.
fn draw_chart(chart: Chart, css: (u32, u32), scale: f64) -> (Recorded, Recorded) {
    let style = ChartStyle::light(scale);
    let size = (
        (f64::from(css.0) * scale) as u32,
        (f64::from(css.1) * scale) as u32,
    );
    let (a, b) = (recorded(size), recorded(size));
    let set = compared_options();
    let options: Vec<ChartOption> = set
        .iter()
        .map(|(name, projection)| ChartOption { name, projection })
        .collect();
    let slots = match chart {
        Chart::Cost => [
            draw_cost_chart(&ours(&a).into_drawing_area(), &set[0].1, &style).unwrap(),
            draw_cost_chart(
                &TheirsMeasuredAsOurs::new(&b).into_drawing_area(),
                &set[0].1,
                &style,
            )
            .unwrap(),
        ],
        Chart::Comparison => [
            draw_cost_comparison(&ours(&a).into_drawing_area(), &options, 1, &style).unwrap(),
            draw_cost_comparison(
                &TheirsMeasuredAsOurs::new(&b).into_drawing_area(),
                &options,
                1,
                &style,
            )
            .unwrap(),
        ],
    };
    assert_eq!(slots[0], slots[1], "{chart:?}: the tooltip slots");
    (a, b)
}

// ---------------------------------------------------------------------------------------------
// The tests

#[wasm_bindgen_test]
fn shapes_are_drawn_call_for_call_as_plotters_canvas_draws_them() {
    let (a, b) = (recorded(SIZE), recorded(SIZE));
    draw_shapes(&mut ours(&a));
    draw_shapes(&mut theirs(&b));
    assert_same("shapes", &a, &b);
}

#[wasm_bindgen_test]
fn texts_are_drawn_call_for_call_as_plotters_canvas_draws_them() {
    let (a, b) = (recorded(SIZE), recorded(SIZE));
    draw_texts(&mut ours(&a));
    draw_texts(&mut theirs(&b));
    assert_same("texts", &a, &b);
}

/// Widths from a partner's sidebar to a desktop, at the densities whose font sizes (10.5, 11,
/// 11.5 and 12 CSS px × density) need at most three decimals.
#[wasm_bindgen_test]
fn the_charts_are_drawn_call_for_call_and_pixel_for_pixel_as_plotters_canvas_draws_them() {
    for (chart, css, scale) in [
        (Chart::Cost, (720, 300), 1.0),
        (Chart::Cost, (375, 300), 2.0),
        (Chart::Cost, (1280, 300), 1.25),
        (Chart::Cost, (250, 300), 1.5),
        (Chart::Cost, (600, 300), 1.75),
        (Chart::Cost, (375, 300), 3.0),
        (Chart::Comparison, (1280, 320), 1.0),
        (Chart::Comparison, (375, 320), 2.0),
        (Chart::Comparison, (600, 320), 1.5),
    ] {
        let (a, b) = draw_chart(chart, css, scale);
        assert_same(&format!("{chart:?} chart, {css:?} × {scale}"), &a, &b);
    }
}

/// FINDING 2 (not by design; harmless): a path or a polygon with no points. plotters-canvas
/// sets no style for it; src/plot.rs sets the stroke (or fill) style first, as for any path.
/// Neither paints anything, and every later call that paints sets the style it uses, so what
/// is left set changes nothing.
#[wasm_bindgen_test]
fn an_empty_path_or_polygon_paints_nothing_on_either() {
    let style = stroke(0.5, 2);
    for polygon in [false, true] {
        let (a, b) = (recorded(SIZE), recorded(SIZE));
        let none = std::iter::empty::<BackendCoord>;
        if polygon {
            ours(&a).fill_polygon(none(), &style).unwrap();
            theirs(&b).fill_polygon(none(), &style).unwrap();
        } else {
            ours(&a).draw_path(none(), &style).unwrap();
            theirs(&b).draw_path(none(), &style).unwrap();
        }
        let written = |r: &Recorded| -> Vec<String> {
            compared(&calls(&r.log))
                .iter()
                .map(Call::to_string)
                .collect()
        };
        let (expected_ours, expected_theirs): (&[&str], &[&str]) = if polygon {
            (
                &["fillStyle = rgba<31,95,191,0.5>", "beginPath()", "fill()"],
                &["beginPath()", "fill()"],
            )
        } else {
            (
                &[
                    "strokeStyle = rgba<31,95,191,0.5>",
                    "lineWidth = 2",
                    "beginPath()",
                    "stroke()",
                ],
                &["beginPath()", "stroke()"],
            )
        };
        assert_eq!(written(&a), expected_ours);
        assert_eq!(written(&b), expected_theirs);
        assert!(paints(&calls(&a.log)).is_empty());
        assert!(paints(&calls(&b.log)).is_empty());
        assert!(differing_pixels(&a, &b).is_empty());
    }
}

/// FINDING 3 (not by design; small): a font size with more than three decimals is written
/// rounded to three. `css_font` writes the size with `format::plain(size, 3)`, plotters-canvas
/// with `{}`, and the charts' sizes are CSS sizes × devicePixelRatio: Chrome at 110 % zoom
/// (ratio 1.100000023841858) sets 12 px as `13.2px`, not `13.200000286102295px`; a phone at
/// 2.625 (420 dpi) sets 10.5 px as `27.563px`, not `27.5625px`, and the browser then holds a
/// size 0.0005 px larger. Colours need no more than three decimals in these charts (alpha
/// 0.22 to 1). Asserted here: that is the only difference in the calls, in what is painted
/// the font size only, and pixels differ, if at all, only where such a text is drawn (in
/// Debian's Chromium 156 none do: 67 texts resized over the six charts, 0 pixels changed).
#[wasm_bindgen_test]
fn at_fractional_densities_font_sizes_are_written_to_three_decimals() {
    let mut rounded = 0;
    for (chart, css, scale) in [
        (Chart::Cost, (720, 300), 1.1),
        (Chart::Cost, (720, 300), 1.100000023841858),
        (Chart::Cost, (400, 300), 2.625),
        (Chart::Cost, (720, 300), 1.375),
        (Chart::Comparison, (400, 320), 2.625),
        (Chart::Comparison, (1280, 320), 1.100000023841858),
    ] {
        let what = format!("{chart:?} chart, {css:?} × {scale}");
        let (a, b) = draw_chart(chart, css, scale);
        let (ours_calls, theirs_calls) = (calls(&a.log), calls(&b.log));
        let (ours_log, theirs_log) = (compared(&ours_calls), compared(&theirs_calls));
        assert_eq!(ours_log.len(), theirs_log.len(), "{what}");
        // The texts whose font size differs: where pixels may differ.
        let mut resized = Vec::new();
        for (i, (x, y)) in ours_log.iter().zip(&theirs_log).enumerate() {
            if x == y {
                continue;
            }
            let difference = || first_difference(&ours_log[i..], &theirs_log[i..]).unwrap();
            let (
                Some(Arg::Font(style_x, size_x, family_x)),
                Some(Arg::Font(style_y, size_y, family_y)),
            ) = (x.args.last(), y.args.last())
            else {
                panic!("{what}: {}", difference());
            };
            assert!(
                x.name == "fillText"
                    && x.name == y.name
                    && x.args[..3] == y.args[..3]
                    && (style_x, family_x) == (style_y, family_y),
                "{what}: {}",
                difference()
            );
            assert_eq!(*size_x, (size_y * 1000.0).round() / 1000.0, "{what}");
            assert_ne!(size_x, size_y, "{what}");
            rounded += 1;
            resized.push(i);
        }
        // Which fillText calls those are, to find their ink boxes in the raw logs.
        let text_boxes = |raw: &[Call]| -> Vec<[i32; 4]> {
            let texts: Vec<&Call> = raw.iter().filter(|c| c.name == "fillText").collect();
            let nth = |i: usize| {
                ours_log[..i]
                    .iter()
                    .filter(|c| c.name == "fillText")
                    .count()
            };
            resized
                .iter()
                .map(|&i| {
                    let ink = texts[nth(i)].state("box").unwrap();
                    let n: Vec<i32> = ink.split(' ').map(|v| v.parse().unwrap()).collect();
                    [n[0], n[1], n[2], n[3]]
                })
                .collect()
        };
        let mut ink = text_boxes(&ours_calls);
        ink.extend(text_boxes(&theirs_calls));
        let (ours_paints, theirs_paints) = (paints(&ours_calls), paints(&theirs_calls));
        assert_eq!(ours_paints.len(), theirs_paints.len(), "{what}");
        for (x, y) in ours_paints.iter().zip(&theirs_paints) {
            let without_font = |p: &Paint| {
                let mut p = p.clone();
                p.state.retain(|(property, _)| property != "font");
                p
            };
            assert_eq!(without_font(x), without_font(y), "{what}");
        }
        let outside: Vec<(i32, i32)> = differing_pixels(&a, &b)
            .into_iter()
            .filter(|&(x, y)| {
                !ink.iter()
                    .any(|b| (b[0]..=b[2]).contains(&x) && (b[1]..=b[3]).contains(&y))
            })
            .collect();
        assert!(
            outside.is_empty(),
            "{what}: away from the texts whose size differs, {}",
            describe_pixels(&outside)
        );
    }
    // The densities above do round: this test would prove nothing otherwise.
    assert!(rounded > 20, "{rounded} font sizes rounded");
}
