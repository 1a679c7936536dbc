//! The browser backend: `plot::CanvasBackend`, with text measured by the canvas
//! itself.
//!
//! plotters 0.3.7 measures every label on wasm by inserting a `<span>` into the page, reading
//! its size and removing it: a forced layout per label per redraw, and under a CSP with
//! `style-src 'self'` a violation per label. Chart layout only asks the backend
//! (`estimate_text_size`), so measuring with the context's `measureText`, using the same font
//! string the backend draws with, avoids all of that.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::plot::{css_font, CanvasBackend};

type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;

pub struct MeasuredCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    /// The font string the context holds, as far as this backend knows: setting
    /// `context.font` makes the browser parse the string and match the family list again even
    /// when it is unchanged, and the comparison charts measure their direct labels many times
    /// (each fitted by bisection). Measuring sets it only when it differs; drawing
    /// (plotters-canvas sets it for every label) records what it set.
    font: std::cell::RefCell<String>,
}

#[derive(Debug)]
struct MeasureError;

impl std::fmt::Display for MeasureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("measureText failed")
    }
}

impl std::error::Error for MeasureError {}

impl MeasuredCanvas {
    /// `None` when the canvas has no 2D context (it always has one in a real browser).
    pub fn new(canvas: HtmlCanvasElement) -> Option<MeasuredCanvas> {
        let inner = CanvasBackend::with_canvas_object(canvas)?;
        let context = inner.context().clone();
        Some(MeasuredCanvas {
            inner,
            context,
            font: std::cell::RefCell::new(String::new()),
        })
    }
}

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.fill_polygon(vertices, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let drawn = self.inner.draw_text(text, style, pos);
        *self.font.borrow_mut() = css_font(style);
        drawn
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        let font = css_font(style);
        let mut current = self.font.borrow_mut();
        if *current != font {
            self.context.set_font(&font);
            *current = font;
        }
        let metrics = self
            .context
            .measure_text(text)
            .map_err(|_| DrawingErrorKind::FontError(Box::new(MeasureError)))?;
        Ok((metrics.width().ceil() as u32, style.size().ceil() as u32))
    }
}
