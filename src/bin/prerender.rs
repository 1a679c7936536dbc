//! Build step (Trunk's `post_build` hook, see Trunk.toml): renders the planner's page for the
//! default scenario into the built `index.html`, so the page is readable before, and without,
//! any script or wasm; and draws the cost chart of that scenario as the link-preview image.
//!
//!   cargo run --no-default-features --features ssr --bin prerender [-- <dist folder>]
//!
//! Reads `TRUNK_STAGING_DIR` (the folder Trunk is building; else the argument, else `dist`),
//! `TRUNK_PUBLIC_URL` (the path the files are served under), `HIREPLAN_SITE_URL` (the page's
//! public address, for the canonical link and the preview tags; optional) and
//! `HIREPLAN_PRERENDER_DATE` (`YYYY-MM-DD`, the day the page is rendered for; default today,
//! UTC), and `HIREPLAN_PREVIEW_FONT` (a TrueType font for the image's text; default DejaVu
//! Sans or Liberation Sans from the system).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use hireplan::app::{App, Prerender};
use hireplan::charts::{draw_cost_chart, ChartStyle};
use hireplan::components::charts::{ramp_table, CostTable};
use hireplan::explain::scenario_sentence;
use hireplan::format::money;
use hireplan::link;
use hireplan::model::assumptions::SPECS;
use hireplan::model::{project, Date, Projection, Scenario};
use hireplan::prerender::{
    append_to_figure, content_hash, escape, fill_shell, head_tags, insert_after,
    number_fields_as_text, strip_markers, strip_style_attributes, Filling, Preview, Site,
};
use leptos::prelude::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The preview image, in pixels: the size link previews show large (1.91:1).
const IMAGE_SIZE: (u32, u32) = (1200, 630);

const TITLE: &str = "HirePlan: what a backend developer really costs";
const DESCRIPTION: &str = "Plan the all-in cost of hiring a backend developer by quarter, and when they will be fully productive. Sourced defaults, every assumption editable, runs entirely in your browser.";

fn main() -> ExitCode {
    match run() {
        Ok(summary) => {
            println!("prerender: {summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let dir = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::args_os().nth(1).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("dist"));
    let today = match std::env::var("HIREPLAN_PRERENDER_DATE") {
        Ok(text) => Date::parse_iso(&text).ok_or_else(|| {
            format!("HIREPLAN_PRERENDER_DATE={text} is not a date like 2026-11-30")
        })?,
        Err(_) => today_utc(),
    };
    let site = Site {
        address: std::env::var("HIREPLAN_SITE_URL")
            .ok()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty()),
        public_path: std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_string()),
    };
    let scenario = Scenario::default_for(today);
    let projection = project(&scenario);

    let png = cost_chart_png(&scenario, &projection)?;
    let image = format!("cost-preview-{}.png", content_hash(&png));
    write(&dir.join(&image), &png)?;

    let page = render_page(today, &projection)?;
    let index = dir.join("index.html");
    let shell = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let image_alt = format!(
        "All-in cost by quarter for {}",
        scenario_sentence(&scenario)
            .trim_end_matches('.')
            .replacen("A ", "a ", 1)
    );
    let head = head_tags(
        &site,
        &Preview {
            title: TITLE,
            description: DESCRIPTION,
            image: &image,
            image_size: IMAGE_SIZE,
            image_alt: &image_alt,
        },
    );
    let filled = fill_shell(
        &shell,
        &Filling {
            app: &page,
            root_attributes: &[
                ("data-default-query", link::encode(&scenario)),
                ("data-default-start", scenario.start_quarter.key()),
                // The boot script (Trunk.toml) tells a link that changes an assumption, whose
                // list of changes it asks for early, by these keys.
                (
                    "data-assumption-keys",
                    SPECS
                        .iter()
                        .map(|spec| spec.key)
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            ],
            head: &head,
        },
    )?;
    write(&index, filled.as_bytes())?;
    Ok(format!(
        "the page for {today} ({} bytes) into {}, preview image {image}{}",
        page.len(),
        index.display(),
        if site.address.is_none() {
            " (no HIREPLAN_SITE_URL: no canonical address)"
        } else {
            ""
        }
    ))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Today's date in UTC, from the system clock.
fn today_utc() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((seconds / 86_400) as i64)
}

/// Renders `view` to HTML as a server would: Leptos then knows there is no browser (no
/// effects run, no event listeners are added).
fn to_html<V: IntoView + 'static>(today: Date, view: impl FnOnce() -> V) -> String {
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(Prerender { today });
        view().into_view().to_html()
    });
    number_fields_as_text(&strip_style_attributes(&strip_markers(&html)))
}

/// The page, plus what a visitor without JavaScript reads in place of what scripts do: the note
/// that the figures are a worked example, and the data tables behind the two charts. The embed
/// panel is not on it: it only works with scripts, and its code is fetched on demand
/// (`components::on_demand`), which renders nothing ahead of time.
fn render_page(today: Date, projection: &Projection) -> Result<String, String> {
    let page = to_html(today, || view! { <App /> });
    let example = format!(
        r#"<noscript><p class="example-note"><strong>A worked example, as of {}:</strong> the default scenario. With JavaScript, every figure follows your own choices.</p></noscript>"#,
        escape(&today.to_string()),
    );
    // After the heading's text: its attributes vary (a class while comparing).
    let page = insert_after(&page, "Key figures</h2>", &example)?;
    let memo_projection = projection.clone();
    let cost_table = to_html(today, move || {
        let projection = Memo::new(move |_| memo_projection.clone());
        view! { <CostTable projection=projection caption="Cash cost by quarter (the data behind the chart)" /> }
    });
    let ramp = projection.clone();
    let ramp_table = to_html(today, move || ramp_table(&ramp));
    let page = append_to_figure(
        &page,
        r#"aria-labelledby="cost-chart-title""#,
        // In cards on a phone, as the planner's own (`components::charts::data_table`): a
        // review found it scrolling sideways, its caption cut.
        &format!(
            r#"<noscript><div class="chart-table"><div class="card-table">{cost_table}</div></div></noscript>"#
        ),
    )?;
    append_to_figure(
        &page,
        r#"aria-labelledby="ramp-chart-title""#,
        &format!(r#"<noscript><div class="chart-table">{ramp_table}</div></noscript>"#),
    )
}

/// The cost chart of the default scenario as a PNG, under a title: the link-preview image.
/// Drawn by the same code as the page's canvas, onto plotters' bitmap backend.
fn cost_chart_png(scenario: &Scenario, projection: &Projection) -> Result<Vec<u8>, String> {
    register_font()?;
    let (width, height) = IMAGE_SIZE;
    let mut pixels = vec![0_u8; (width * height * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, IMAGE_SIZE).into_drawing_area();
        let style = ChartStyle {
            font_family: "sans-serif".to_string(),
            ..ChartStyle::light(1.6)
        };
        let fail = |e: DrawingAreaErrorKind<_>| format!("cannot draw the preview image: {e:?}");
        root.fill(&style.surface).map_err(fail)?;
        let (heading, chart) = root.split_vertically(style.px(84.0));
        let title = TextStyle::from(("sans-serif", style.px(22.0)).into_font())
            .color(&style.text)
            .pos(Pos::new(HPos::Left, VPos::Top));
        let detail = TextStyle::from(("sans-serif", style.px(13.0)).into_font())
            .color(&style.muted)
            .pos(Pos::new(HPos::Left, VPos::Top));
        heading
            .draw(&Text::new(
                format!(
                    "All-in cost by quarter: {} over two years",
                    money(projection.horizon_cash)
                ),
                (style.px(16.0), style.px(12.0)),
                title,
            ))
            .map_err(fail)?;
        // The sentence in as many lines as it needs within the image's width.
        let max_width = width as i32 - style.px(32.0);
        let mut lines: Vec<String> = Vec::new();
        for word in scenario_sentence(scenario).split(' ') {
            let longer = match lines.last() {
                Some(line) => format!("{line} {word}"),
                None => word.to_string(),
            };
            let (longer_width, _) = heading.estimate_text_size(&longer, &detail).map_err(fail)?;
            match lines.last_mut() {
                Some(line) if longer_width as i32 <= max_width => *line = longer,
                _ => lines.push(word.to_string()),
            }
        }
        for (index, line) in lines.iter().enumerate() {
            heading
                .draw(&Text::new(
                    line.as_str(),
                    (style.px(16.0), style.px(44.0 + 17.0 * index as f64)),
                    detail.clone(),
                ))
                .map_err(fail)?;
        }
        let chart = chart.margin(style.px(8.0), style.px(8.0), style.px(8.0), style.px(8.0));
        draw_cost_chart(&chart, projection, &style).map_err(fail)?;
        root.present().map_err(fail)?;
    }
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Best);
    let mut writer = encoder
        .write_header()
        .map_err(|e| format!("cannot encode the preview image: {e}"))?;
    writer
        .write_image_data(&pixels)
        .map_err(|e| format!("cannot encode the preview image: {e}"))?;
    writer
        .finish()
        .map_err(|e| format!("cannot encode the preview image: {e}"))?;
    Ok(png)
}

/// Gives plotters a font for the image's text: `HIREPLAN_PREVIEW_FONT`, else a sans-serif font
/// Debian installs with Chromium (scripts/install-tools.sh makes sure of it).
fn register_font() -> Result<(), String> {
    let candidates: Vec<PathBuf> = std::env::var_os("HIREPLAN_PREVIEW_FONT")
        .map(PathBuf::from)
        .into_iter()
        .chain(
            [
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            ]
            .map(PathBuf::from),
        )
        .collect();
    let bytes = candidates
        .iter()
        .find_map(|path| std::fs::read(path).ok())
        .ok_or_else(|| {
            format!(
                "no font for the preview image: set HIREPLAN_PREVIEW_FONT, or install fonts-dejavu-core (tried {})",
                candidates
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
    // Registered once, for the life of this short process.
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    plotters::style::register_font("sans-serif", FontStyle::Normal, bytes)
        .map_err(|_| "the preview font is not a TrueType font".to_string())
}
