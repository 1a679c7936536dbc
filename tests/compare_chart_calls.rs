//! What drawing the comparison charts costs in the browser is mostly the number of calls into
//! the canvas (each a crossing from WebAssembly into JavaScript: a path, a text, a measurement).
//! Counted here on a backend that records them: three options must stay within a small multiple
//! of what one scenario's two charts cost today (1.7 ms median redraw for both in the bench),
//! so that the budget (both comparison charts redrawn in 4 ms median) holds.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;

use hireplan::charts::{
    draw_cost_chart, draw_cost_comparison, draw_ramp_chart, draw_ramp_comparison, ChartOption,
    ChartStyle,
};
use hireplan::model::{project, Date, HiringRoute, Level, Projection, Quarter, Scenario};
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

/// Counts the calls a canvas would receive: shapes drawn, texts drawn, texts measured.
struct Counting<'a> {
    size: (u32, u32),
    shapes: &'a Cell<usize>,
    texts: &'a Cell<usize>,
    measured: &'a Cell<usize>,
}

type Result<'a> = std::result::Result<(), DrawingErrorKind<std::convert::Infallible>>;

impl DrawingBackend for Counting<'_> {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<'_> {
        Ok(())
    }
    fn present(&mut self) -> Result<'_> {
        Ok(())
    }
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Result<'_> {
        self.shapes.set(self.shapes.get() + 1);
        Ok(())
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
    ) -> Result<'_> {
        self.shapes.set(self.shapes.get() + 1);
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
        _: bool,
    ) -> Result<'_> {
        self.shapes.set(self.shapes.get() + 1);
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        _: &S,
    ) -> Result<'_> {
        path.into_iter().for_each(drop);
        self.shapes.set(self.shapes.get() + 1);
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: u32,
        _: &S,
        _: bool,
    ) -> Result<'_> {
        self.shapes.set(self.shapes.get() + 1);
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        _: &S,
    ) -> Result<'_> {
        vertices.into_iter().for_each(drop);
        self.shapes.set(self.shapes.get() + 1);
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(&mut self, _: &str, _: &S, _: BackendCoord) -> Result<'_> {
        self.texts.set(self.texts.get() + 1);
        Ok(())
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<std::convert::Infallible>> {
        self.measured.set(self.measured.get() + 1);
        let size = style.size();
        Ok((
            (text.chars().count() as f64 * size * 0.55) as u32,
            size as u32,
        ))
    }
}

/// (shapes, texts, measurements) for drawing with `draw` at `width` × 320 CSS px, 2× density.
fn count(
    width: u32,
    draw: impl Fn(&DrawingArea<Counting, plotters::coord::Shift>, &ChartStyle),
) -> (usize, usize, usize) {
    let (shapes, texts, measured) = (Cell::new(0), Cell::new(0), Cell::new(0));
    let root = Counting {
        size: (width * 2, 640),
        shapes: &shapes,
        texts: &texts,
        measured: &measured,
    }
    .into_drawing_area();
    draw(&root, &ChartStyle::light(2.0));
    (shapes.get(), texts.get(), measured.get())
}

fn three() -> Vec<(String, Projection)> {
    let today = Date::new(2026, 11, 29).unwrap();
    let at = |level, route, later| {
        let mut s = Scenario {
            level,
            route,
            ..Scenario::default_for(today)
        };
        s.start_quarter = Quarter {
            year: 2027,
            number: 1,
        }
        .offset(later);
        project(&s)
    };
    vec![
        (
            "Junior".to_string(),
            at(Level::Junior, HiringRoute::InHouse, 0),
        ),
        (
            "Senior".to_string(),
            at(Level::Senior, HiringRoute::InHouse, 1),
        ),
        (
            "Senior, agency".to_string(),
            at(Level::Senior, HiringRoute::Agency, 0),
        ),
    ]
}

#[test]
fn three_options_cost_the_canvas_about_as_much_as_one_scenario() {
    let set = three();
    let options: Vec<ChartOption> = set
        .iter()
        .map(|(name, projection)| ChartOption { name, projection })
        .collect();
    for width in [1280, 600, 375] {
        let single = count(width, |root, style| {
            draw_cost_chart(root, &set[0].1, style).unwrap();
            draw_ramp_chart(root, &set[0].1, style).unwrap();
        });
        let compared = count(width, |root, style| {
            draw_cost_comparison(root, &options, 2, style).unwrap();
            draw_ramp_comparison(root, &options, 2, style).unwrap();
        });
        println!("{width}px: one scenario {single:?}, three options {compared:?}");
        let calls = |(shapes, texts, measured): (usize, usize, usize)| shapes + texts + measured;
        assert!(
            calls(compared) <= 2 * calls(single),
            "{width}px: {compared:?} against {single:?}"
        );
    }
}

/// Records the canvas operations plotters-canvas would issue, as JSON, to replay them in a
/// browser and time them (`write_canvas_operations_to_replay`).
struct Recording<'a> {
    size: (u32, u32),
    out: &'a std::cell::RefCell<Vec<String>>,
}

fn rgba(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("\"rgba({r},{g},{b},{})\"", color.alpha)
}

fn points(path: impl IntoIterator<Item = BackendCoord>) -> String {
    let coords: Vec<String> = path
        .into_iter()
        .flat_map(|(x, y)| [x.to_string(), y.to_string()])
        .collect();
    format!("[{}]", coords.join(","))
}

fn font<S: BackendTextStyle>(style: &S) -> String {
    format!(
        "\"{} {}px {}\"",
        style.style().as_str(),
        style.size(),
        style.family().as_str()
    )
}

impl Recording<'_> {
    fn push(&self, op: String) {
        self.out.borrow_mut().push(op);
    }
}

impl DrawingBackend for Recording<'_> {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<'_> {
        Ok(())
    }
    fn present(&mut self) -> Result<'_> {
        Ok(())
    }
    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Result<'_> {
        self.push(format!("[\"r\",{},1,{},{},1,1]", rgba(c), p.0, p.1));
        Ok(())
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
    ) -> Result<'_> {
        self.push(format!(
            "[\"p\",{},{},{}]",
            rgba(s.color()),
            s.stroke_width(),
            points([a, b])
        ));
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Result<'_> {
        if s.color().alpha > 0.0 {
            self.push(format!(
                "[\"r\",{},{},{},{},{},{}]",
                rgba(s.color()),
                u8::from(fill),
                a.0,
                a.1,
                b.0 - a.0,
                b.1 - a.1
            ));
        }
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<'_> {
        if s.color().alpha > 0.0 {
            self.push(format!(
                "[\"p\",{},{},{}]",
                rgba(s.color()),
                s.stroke_width(),
                points(path)
            ));
        }
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        radius: u32,
        s: &S,
        fill: bool,
    ) -> Result<'_> {
        self.push(format!(
            "[\"c\",{},{},{},{},{}]",
            rgba(s.color()),
            u8::from(fill),
            c.0,
            c.1,
            radius
        ));
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        s: &S,
    ) -> Result<'_> {
        if s.color().alpha > 0.0 {
            self.push(format!("[\"g\",{},{}]", rgba(s.color()), points(vertices)));
        }
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, p: BackendCoord) -> Result<'_> {
        self.push(format!(
            "[\"t\",{},{},{:?},{},{}]",
            rgba(s.color()),
            font(s),
            text,
            p.0,
            p.1
        ));
        Ok(())
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        s: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<std::convert::Infallible>> {
        self.push(format!("[\"m\",{},{:?}]", font(s), text));
        let size = s.size();
        Ok((
            (text.chars().count() as f64 * size * 0.55) as u32,
            size as u32,
        ))
    }
}

#[test]
#[ignore = "writes the canvas operations of both charts, one scenario and three options, to replay in a browser"]
fn write_canvas_operations_to_replay() {
    let set = three();
    let options: Vec<ChartOption> = set
        .iter()
        .map(|(name, projection)| ChartOption { name, projection })
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/compare-charts");
    std::fs::create_dir_all(&dir).unwrap();
    // The page's chart at 1280 px is about 600 CSS px wide, at 2× density.
    for (name, compare) in [("single", false), ("three", true)] {
        let out = std::cell::RefCell::new(Vec::new());
        {
            let root = Recording {
                size: (1200, 640),
                out: &out,
            }
            .into_drawing_area();
            let style = ChartStyle::light(2.0);
            if compare {
                draw_cost_comparison(&root, &options, 2, &style).unwrap();
                draw_ramp_comparison(&root, &options, 2, &style).unwrap();
            } else {
                draw_cost_chart(&root, &set[0].1, &style).unwrap();
                draw_ramp_chart(&root, &set[0].1, &style).unwrap();
            }
        }
        let json = format!("[{}]", out.borrow().join(",\n"));
        std::fs::write(dir.join(format!("ops-{name}.json")), json).unwrap();
    }
}
