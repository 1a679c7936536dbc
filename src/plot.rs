//! What the charts need from plotters' plumbing, written so the WebAssembly carries no float
//! formatting.
//!
//! Formatting an `f64` with `{}`, `{:?}` or `{:.N}` links core's Grisu and Dragon4 with their
//! tables: about 15 KB of wasm, 5 KB brotli, for numbers the page writes with
//! [`crate::format`] anyway. Two places in plotters did it on every draw:
//! - plotters-canvas writes each colour as `rgba(r,g,b,alpha)` and each font as `{size}px`
//!   with `{}` on floats: [`CanvasBackend`] here draws the same calls, writing those numbers
//!   with [`crate::format::plain`];
//! - the default label formatter of plotters' `f64` axes (`{:.N}`), compiled in even though
//!   every chart gives its own: [`Axis`] is the same axis without that default.
//!
//! The backend also measures text itself. plotters 0.3.7 measures every label on wasm by
//! inserting a `<span>` into the page, reading its size and removing it: a forced layout per
//! label per redraw, and under a CSP with `style-src 'self'` a violation per label. Chart
//! layout only asks the backend (`estimate_text_size`), so measuring with the context's
//! `measureText`, in the font the backend draws with, avoids all of that.

use std::ops::Range;

use plotters::coord::ranged1d::{
    KeyPointHint, NoDefaultFormatting, Ranged, ReversibleRanged, ValueFormatter,
};
use plotters::coord::types::RangedCoordf64;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::format::plain;

/// A linear `f64` axis: plotters' own (`RangedCoordf64`: same mapping, same key points) minus
/// its default label formatter. Labels come from each chart's formatter; [`ValueFormatter`]
/// below is only what plotters falls back on when a chart gives none.
pub struct Axis(RangedCoordf64);

impl From<Range<f64>> for Axis {
    fn from(range: Range<f64>) -> Axis {
        Axis(range.into())
    }
}

impl Ranged for Axis {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.0.map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        self.0.key_points(hint)
    }

    fn range(&self) -> Range<f64> {
        self.0.range()
    }
}

impl ReversibleRanged for Axis {
    fn unmap(&self, input: i32, limit: (i32, i32)) -> Option<f64> {
        self.0.unmap(input, limit)
    }
}

impl ValueFormatter<f64> for Axis {
    fn format(value: &f64) -> String {
        plain(*value, 2)
    }
}

/// The CSS colour plotters-canvas would write, `rgba(31,95,191,0.45)`.
pub fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", plain(color.alpha, 3))
}

/// The canvas font plotters-canvas would set for a text style, `normal 12.5px sans-serif`:
/// what [`CanvasBackend::draw_text`] draws with, and what the charts measure text with.
pub fn css_font<S: BackendTextStyle>(style: &S) -> String {
    format!(
        "{} {}px {}",
        style.style().as_str(),
        plain(style.size(), 3),
        style.family().as_str()
    )
}

/// A canvas call the browser refused (it names no more: the charts only check for success).
#[derive(Debug)]
pub struct CanvasError;

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a canvas call failed")
    }
}

impl std::error::Error for CanvasError {}

fn refused(_: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError)
}

/// plotters' drawing calls on an HTML canvas's 2D context: plotters-canvas 0.3.1's
/// `CanvasBackend`, call for call, with the colours and fonts written as above.
pub struct CanvasBackend {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    /// The font string the context holds. Setting `context.font` makes the browser parse the
    /// string and match the family list again even when it is unchanged, and a chart measures
    /// and draws dozens of labels (the comparison charts fit theirs by bisection): it is set
    /// only when it differs.
    font: std::cell::RefCell<String>,
    /// The colours, line width and text alignment the context holds, for the same reason:
    /// each is a call out of the wasm (a colour a string the browser parses again), and a
    /// chart sets the same ones over and over (a comparison draws its markers series by
    /// series, its labels alike). `None` or empty until set, and after a `restore`.
    fill: std::cell::Cell<Option<ColorKey>>,
    stroke: std::cell::Cell<Option<(ColorKey, u32)>>,
    text_place: std::cell::Cell<(&'static str, &'static str)>,
}

/// A colour as the context is given it: red, green, blue and the alpha's bits.
type ColorKey = (u8, u8, u8, u64);

fn color_key(color: BackendColor) -> ColorKey {
    let (r, g, b) = color.rgb;
    (r, g, b, color.alpha.to_bits())
}

/// The 2D context of `canvas`; `None` when it has none (it always has one in a real browser).
fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()
}

/// Two canvases that take turns: the chart is drawn on the one outside the page, which then
/// takes the place of the one shown (no pixels are copied), and the one taken out is drawn on
/// next time.
///
/// Why charts draw outside the page: setting `font` on the context of a canvas that is in the
/// page makes the browser bring the whole page's style and layout up to date first (a font may
/// be relative to the canvas's own style), and after an edit has rewritten the tables' texts
/// that is most of a redraw: about 3.6 ms of a three-option redraw's 10 were this one flush,
/// measured (README, Performance). On a canvas outside the page the same calls cost nothing
/// extra.
///
/// Why the canvases swap rather than one being copied onto the other: a `drawImage` of one
/// canvas onto another makes the browser rasterise the recorded drawing there and then, and
/// copy the pixels (about 1 ms a redraw in headless Chromium without a GPU; on a phone with a
/// GPU, a software canvas's pixels uploaded into a GPU one). A canvas put in the page is
/// rasterised when the frame is painted, like any canvas drawn in place.
pub struct SwappedCanvases {
    shown: HtmlCanvasElement,
    apart: HtmlCanvasElement,
}

impl SwappedCanvases {
    /// `shown` is the canvas in the page; the second is made here. `None` without a document.
    pub fn new(shown: HtmlCanvasElement) -> Option<SwappedCanvases> {
        let apart = shown
            .owner_document()?
            .create_element("canvas")
            .ok()?
            .dyn_into::<HtmlCanvasElement>()
            .ok()?;
        Some(SwappedCanvases { shown, apart })
    }

    /// The canvas in the page.
    pub fn shown(&self) -> &HtmlCanvasElement {
        &self.shown
    }

    /// Sizes the canvas outside the page `width` × `height` (backing pixels) and makes its 2D
    /// context, ahead of a [`draw`](Self::draw) at that size in a later task: the first chart
    /// of the page then has less to do in its own task. `None` without a 2D context.
    pub fn prepare(&mut self, width: u32, height: u32) -> Option<()> {
        self.resize_apart(width, height);
        context_2d(&self.apart).map(|_| ())
    }

    /// The canvas outside the page, the next [`draw`](Self::draw) draws on: a drawing may be
    /// begun on it in one task and finished by that `draw` in a later one (it keeps what was
    /// drawn if its size is unchanged).
    pub fn apart(&self) -> &HtmlCanvasElement {
        &self.apart
    }

    fn resize_apart(&mut self, width: u32, height: u32) {
        // Setting a dimension clears the canvas, so only when it changes.
        if self.apart.width() != width {
            self.apart.set_width(width);
        }
        if self.apart.height() != height {
            self.apart.set_height(height);
        }
    }

    /// Draws with `draw` on the canvas outside the page, sized `width` × `height` (backing
    /// pixels), and puts it where the shown one is when `draw` gives something back (the one
    /// shown stays when the drawing failed).
    pub fn draw<T>(
        &mut self,
        width: u32,
        height: u32,
        draw: impl FnOnce(HtmlCanvasElement) -> Option<T>,
    ) -> Option<T> {
        self.resize_apart(width, height);
        let drawn = draw(self.apart.clone())?;
        // The shown canvas always sits in its chart's frame (in the page, or in the planner's
        // page while it is built apart, see src/boot.rs); without a parent there is nowhere to
        // put the drawing, and the roles stay as they are.
        if self.shown.parent_node().is_some() {
            self.shown.replace_with_with_node_1(&self.apart).ok()?;
            std::mem::swap(&mut self.shown, &mut self.apart);
        }
        Some(drawn)
    }
}

impl CanvasBackend {
    /// `None` when the canvas has no 2D context (it always has one in a real browser).
    pub fn with_canvas_object(canvas: HtmlCanvasElement) -> Option<CanvasBackend> {
        let context = context_2d(&canvas)?;
        Some(CanvasBackend {
            canvas,
            context,
            font: std::cell::RefCell::new(String::new()),
            fill: std::cell::Cell::new(None),
            stroke: std::cell::Cell::new(None),
            text_place: std::cell::Cell::new(("", "")),
        })
    }

    fn use_font(&self, style: &impl BackendTextStyle) {
        let font = css_font(style);
        let mut current = self.font.borrow_mut();
        if *current != font {
            self.context.set_font(&font);
            *current = font;
        }
    }

    fn set_line_style(&self, style: &impl BackendStyle) {
        let (color, width) = (style.color(), style.stroke_width());
        let wanted = Some((color_key(color), width));
        if self.stroke.get() != wanted {
            self.context.set_stroke_style_str(&css_color(color));
            self.context.set_line_width(f64::from(width));
            self.stroke.set(wanted);
        }
    }

    fn set_fill(&self, color: BackendColor) {
        let wanted = Some(color_key(color));
        if self.fill.get() != wanted {
            self.context.set_fill_style_str(&css_color(color));
            self.fill.set(wanted);
        }
    }

    /// Sets the text's baseline and alignment when they differ from the context's.
    fn set_text_place(&self, baseline: &'static str, align: &'static str) {
        if self.text_place.get() != (baseline, align) {
            self.context.set_text_baseline(baseline);
            self.context.set_text_align(align);
            self.text_place.set((baseline, align));
        }
    }

    /// Moves the path through `points`; `false` when there are none.
    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        let mut points = points.into_iter();
        let Some(start) = points.next() else {
            return false;
        };
        self.context.move_to(f64::from(start.0), f64::from(start.1));
        for next in points {
            self.context.line_to(f64::from(next.0), f64::from(next.1));
        }
        true
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(color);
        self.context
            .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let ((x0, y0), (x1, y1)) = crisp_line(from, to);
        self.set_line_style(style);
        self.context.begin_path();
        self.context.move_to(x0, y0);
        self.context.line_to(x1, y1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let width = f64::from(bottom_right.0 - upper_left.0);
        let height = f64::from(bottom_right.1 - upper_left.1);
        if fill {
            self.set_fill(style.color());
            self.context.fill_rect(x, y, width, height);
        } else {
            self.set_line_style(style);
            self.context.stroke_rect(x, y, width, height);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_line_style(style);
        self.context.begin_path();
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(style.color());
        self.context.begin_path();
        if self.trace(vertices) {
            self.context.close_path();
        }
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.set_fill(style.color());
        } else {
            self.set_line_style(style);
        }
        self.context.begin_path();
        self.context
            .arc(
                f64::from(center.0),
                f64::from(center.1),
                f64::from(radius),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(refused)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 0.25,
            FontTransform::Rotate180 => 0.5,
            FontTransform::Rotate270 => 0.75,
        };
        let (mut x, mut y) = (f64::from(pos.0), f64::from(pos.1));
        // Before `save`: the font `restore` brings back is then the one recorded.
        self.use_font(style);
        if turns != 0.0 {
            self.context.save();
            self.context.translate(x, y).map_err(refused)?;
            self.context
                .rotate(turns * std::f64::consts::TAU)
                .map_err(refused)?;
            (x, y) = (0.0, 0.0);
        }
        self.set_text_place(
            match style.anchor().v_pos {
                VPos::Top => "top",
                VPos::Center => "middle",
                VPos::Bottom => "bottom",
            },
            match style.anchor().h_pos {
                HPos::Left => "start",
                HPos::Right => "end",
                HPos::Center => "center",
            },
        );
        self.set_fill(color);
        self.context.fill_text(text, x, y).map_err(refused)?;
        if turns != 0.0 {
            // `restore` brings back what the context held at `save` (the font was set
            // before it): what was set since is no longer known.
            self.context.restore();
            self.fill.set(None);
            self.stroke.set(None);
            self.text_place.set(("", ""));
        }
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        let height = style.size().ceil() as u32;
        let key = [css_font(style).as_str(), text].join("\n");
        if let Some(width) = MEASURED.with_borrow(|m| m.width(&key)) {
            return Ok((width, height));
        }
        self.use_font(style);
        let width = self
            .context
            .measure_text(text)
            .map_err(refused)?
            .width()
            .ceil() as u32;
        MEASURED.with_borrow_mut(|m| m.keep(key, width));
        Ok((width, height))
    }
}

/// Text widths measured so far, by font and text.
///
/// Each redraw measures the same labels again (the axes' labels, the legends, and the
/// comparison charts' labels fitted by trying shorter ones): each measure is a call into the
/// browser with the text, after a font change a font parse too. A width once measured stays
/// true: the charts use the system's font families (no web font arrives later to change it),
/// and the font string carries the size.
struct MeasuredWidths {
    /// By key (font and text), sorted.
    widths: Vec<(String, u32)>,
}

/// More widths than a long session of edits measures; past it the store starts over rather
/// than grow.
const WIDTHS_KEPT: usize = 1024;

impl MeasuredWidths {
    fn width(&self, key: &str) -> Option<u32> {
        let at = self
            .widths
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()?;
        Some(self.widths[at].1)
    }

    fn keep(&mut self, key: String, width: u32) {
        if self.widths.len() >= WIDTHS_KEPT {
            self.widths.clear();
        }
        if let Err(at) = self.widths.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            self.widths.insert(at, (key, width));
        }
    }
}

thread_local! {
    static MEASURED: std::cell::RefCell<MeasuredWidths> =
        const { std::cell::RefCell::new(MeasuredWidths { widths: Vec::new() }) };
}

/// A horizontal or vertical line moved half a pixel, so a one-pixel line covers one row or
/// column of pixels instead of blurring over two (as plotters-canvas does).
fn crisp_line(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut from, mut to) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::style::{IntoFont, RGBColor, TextStyle};

    #[test]
    fn measured_widths_are_found_by_font_and_text_and_start_over_when_full() {
        let mut measured = MeasuredWidths { widths: Vec::new() };
        measured.keep("12px sans-serif\n$120K".into(), 38);
        measured.keep("12px sans-serif\n2027".into(), 27);
        measured.keep("14px sans-serif\n2027".into(), 31);
        measured.keep("12px sans-serif\n2027".into(), 99);
        assert_eq!(measured.width("12px sans-serif\n2027"), Some(27));
        assert_eq!(measured.width("14px sans-serif\n2027"), Some(31));
        assert_eq!(measured.width("12px sans-serif\n$120K"), Some(38));
        assert_eq!(measured.width("12px serif\n2027"), None);
        for n in 0..WIDTHS_KEPT {
            measured.keep(format!("10px serif\n{n}"), 1);
            assert!(measured.widths.len() <= WIDTHS_KEPT);
            assert!(measured.widths.windows(2).all(|w| w[0].0 < w[1].0));
        }
        assert_eq!(measured.width("12px sans-serif\n2027"), None);
        assert_eq!(
            measured.width(&format!("10px serif\n{}", WIDTHS_KEPT - 1)),
            Some(1)
        );
    }

    #[test]
    fn colours_and_fonts_read_as_plotters_canvas_writes_them() {
        for (alpha, written) in [(1.0, "1"), (0.45, "0.45"), (0.0, "0"), (0.125, "0.125")] {
            let color = BackendColor {
                alpha,
                rgb: (31, 95, 191),
            };
            assert_eq!(css_color(color), format!("rgba(31,95,191,{written})"));
            // The same number std writes (plotters-canvas used `{}`).
            assert_eq!(written, format!("{alpha}"));
        }
        for size in [11.0, 12.5, 17.6, 20.8] {
            let style = TextStyle::from(("sans-serif", size).into_font()).color(&RGBColor(0, 0, 0));
            assert_eq!(css_font(&style), format!("normal {size}px sans-serif"));
        }
    }

    #[test]
    fn the_axis_maps_as_plotters_own() {
        let ours = Axis::from(0.0..8.0);
        let theirs: RangedCoordf64 = (0.0..8.0).into();
        for value in [0.0, 1.5, 4.0, 7.99, 8.0] {
            assert_eq!(ours.map(&value, (10, 610)), theirs.map(&value, (10, 610)));
        }
        assert_eq!(ours.key_points(5), theirs.key_points(5));
        assert_eq!(ours.range(), theirs.range());
        assert_eq!(ours.unmap(310, (10, 610)), theirs.unmap(310, (10, 610)));
        assert_eq!(<Axis as ValueFormatter<f64>>::format(&2.5), "2.5");
    }
}
