//! Build time, natively: putting the page rendered ahead of time into Trunk's `index.html`.
//!
//! `src/bin/prerender.rs` renders the page (Leptos, feature `ssr`) and draws the preview
//! image; the text work is here, plain string functions tested with the rest of the crate:
//! - the rendered page goes into `<div id="app"></div>`, with Leptos's hydration markers
//!   removed (the planner mounts over the page rather than hydrating it: see README,
//!   Prerendering, for the measurements behind that choice);
//! - `<html>` gets the default scenario's query and start quarter, which the boot script in
//!   `index.html` compares with the visitor's address, storage and today before the first
//!   paint;
//! - what a visitor without JavaScript needs goes in `<noscript>` (never parsed into the DOM
//!   when scripts run, so it costs the planner nothing): the note that this is a worked
//!   example, and the data tables behind the charts;
//! - what only a visitor with scripts can use is not rendered (the embed panel: its code is
//!   fetched on demand, see `components::on_demand`), and the planner adds it once it has
//!   taken over;
//! - `<head>` gets the canonical address and the link-preview tags.

use crate::components::on_demand::FIELD_AS_TEXT;

/// Escapes text for an HTML attribute value or text content.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Removes Leptos's hydration markers (`<!>`, `<!---->` and other comments): only hydration
/// reads them, and the planner mounts its own page instead. The rendered page carries no
/// comments of its own, and no text can contain `<!` (Leptos escapes `<` in text).
pub fn strip_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!") {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = if tail.starts_with("<!--") {
            tail.find("-->").map(|i| i + 3)
        } else {
            tail.find('>').map(|i| i + 1)
        };
        match end {
            Some(end) => rest = &tail[end..],
            None => {
                rest = tail;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Removes `style` attributes from every tag. The strict CSP (`style-src 'self'`) blocks them,
/// and in a page no script has touched yet they carry nothing (the chart tooltip's empty
/// position); the planner sets positions through the CSSOM, which the policy allows.
pub fn strip_style_attributes(html: &str) -> String {
    const STYLE: &str = " style=\"";
    rewrite_tags(html, "<", |mut tag, out| {
        while let Some(at) = tag.find(STYLE) {
            out.push_str(&tag[..at]);
            let value = &tag[at + STYLE.len()..];
            tag = value.find('"').map_or("", |end| &value[end + 1..]);
        }
        out.push_str(tag);
    })
}

/// Copies `html`, each tag that starts with `start` (up to its `>`) written out by `rewrite`.
fn rewrite_tags(html: &str, start: &str, mut rewrite: impl FnMut(&str, &mut String)) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find(start) {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        let close = tail.find('>').map_or(tail.len(), |i| i + 1);
        rewrite(&tail[..close], &mut out);
        rest = &tail[close..];
    }
    out.push_str(rest);
    out
}

/// Renders each typed-number field (`<input ... class="number-input">`, the assumptions') as a
/// `<span>` with the same attributes and its value as text, classed [`FIELD_AS_TEXT`].
///
/// Why: every form field costs the first load twice over. The browser builds each one's inner
/// box, and parses every field for autofill once the document has loaded. Measured on the
/// release build (old and new alternating, 13 cold loads each): navigation to both charts
/// went from 272 to 228 ms median, the first paint from 236 to 188 ms. The price: until the
/// planner takes over (a fraction of a second here, one or two on a slow phone) a value
/// cannot be typed, where a field's typed text used to be kept. Without scripts a value reads
/// better as text than as a box that cannot be typed in. Once the planner has adopted the
/// section it makes the fields again (`components::on_demand`), so a value can be typed
/// before the section's own code arrives.
///
/// The stylesheet gives the span the field's box, so nothing moves when the field replaces it.
/// Every other input (the slider, the share field) is kept as it is.
pub fn number_fields_as_text(html: &str) -> String {
    rewrite_tags(html, "<input ", |tag, out| match field_as_text(tag) {
        Some(span) => out.push_str(&span),
        None => out.push_str(tag),
    })
}

/// One `<input ...>` tag as its span, or `None` when it is not a number field.
fn field_as_text(tag: &str) -> Option<String> {
    let inner = tag.strip_prefix("<input")?.strip_suffix('>')?;
    let inner = inner.strip_suffix('/').unwrap_or(inner);
    let attributes = attributes(inner)?;
    let is_number_field = attributes.iter().any(|(name, value)| {
        *name == "class" && value.is_some_and(|v| v.split(' ').any(|c| c == "number-input"))
    });
    if !is_number_field {
        return None;
    }
    let mut span = String::from("<span");
    let mut text = "";
    for (name, value) in attributes {
        match (name, value) {
            ("value", Some(value)) => text = value,
            ("type", _) => {}
            ("class", Some(value)) => {
                span.push_str(&format!(r#" class="{value} {FIELD_AS_TEXT}""#))
            }
            (name, Some(value)) => span.push_str(&format!(r#" {name}="{value}""#)),
            (name, None) => span.push_str(&format!(" {name}")),
        }
    }
    // The value stays as it was escaped for the attribute: the same characters as text.
    Some(format!("{span}>{text}</span>"))
}

/// A tag's attributes as Leptos renders them: `name="value"` (the value escaped, so it holds
/// no `"`) or a bare `name`. `None` for anything else (an unquoted or unclosed value): the tag
/// is then left as it is.
fn attributes(mut inner: &str) -> Option<Vec<(&str, Option<&str>)>> {
    let mut found = Vec::new();
    loop {
        inner = inner.trim_start();
        if inner.is_empty() {
            return Some(found);
        }
        let name_end = inner
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(inner.len());
        let name = &inner[..name_end];
        inner = &inner[name_end..];
        if let Some(quoted) = inner.strip_prefix("=\"") {
            let end = quoted.find('"')?;
            found.push((name, Some(&quoted[..end])));
            inner = &quoted[end + 1..];
        } else if inner.starts_with('=') {
            return None;
        } else {
            found.push((name, None));
        }
    }
}

/// Inserts `extra` just before the closing `</figure>` of the figure whose opening tag
/// contains `marker` (for example `aria-labelledby="cost-chart-title"`).
pub fn append_to_figure(html: &str, marker: &str, extra: &str) -> Result<String, String> {
    let start = html
        .find(marker)
        .ok_or_else(|| format!("no figure with {marker} in the rendered page"))?;
    let end = html[start..]
        .find("</figure>")
        .map(|i| start + i)
        .ok_or_else(|| format!("the figure with {marker} is not closed"))?;
    Ok(format!("{}{extra}{}", &html[..end], &html[end..]))
}

/// Inserts `extra` right after the first occurrence of `anchor`.
pub fn insert_after(html: &str, anchor: &str, extra: &str) -> Result<String, String> {
    let at = html
        .find(anchor)
        .map(|i| i + anchor.len())
        .ok_or_else(|| format!("{anchor} not found in the rendered page"))?;
    Ok(format!("{}{extra}{}", &html[..at], &html[at..]))
}

/// Where the page is deployed and what a link preview shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    /// The page's public address (`https://plan.example/` or `https://example.com/planner/`),
    /// from `HIREPLAN_SITE_URL` (`make build SITE_URL=...`); `None` when not configured:
    /// then no canonical address is written, and the preview image is named by its path.
    pub address: Option<String>,
    /// The path the files are served under (Trunk's public URL, `/` or `/planner/`).
    pub public_path: String,
}

impl Site {
    /// The address of a file deployed beside the page.
    pub fn file_address(&self, file: &str) -> String {
        match &self.address {
            Some(address) => format!("{}{file}", with_trailing_slash(address)),
            None => format!("{}{file}", with_trailing_slash(&self.public_path)),
        }
    }
}

fn with_trailing_slash(path: &str) -> String {
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

/// What the head tags say.
pub struct Preview<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// The preview image's file name, its size in pixels and its text alternative.
    pub image: &'a str,
    pub image_size: (u32, u32),
    pub image_alt: &'a str,
}

/// The canonical address, Open Graph and Twitter card tags (HTML syntax, no self-closing slash:
/// the page is HTML, and every byte is downloaded).
pub fn head_tags(site: &Site, preview: &Preview) -> String {
    let mut tags = Vec::new();
    if let Some(address) = &site.address {
        let address = escape(address);
        tags.push(format!(r#"<link rel="canonical" href="{address}">"#));
        tags.push(format!(r#"<meta property="og:url" content="{address}">"#));
    }
    let image = escape(&site.file_address(preview.image));
    let (width, height) = preview.image_size;
    let title = escape(preview.title);
    let description = escape(preview.description);
    let alt = escape(preview.image_alt);
    tags.extend([
        r#"<meta property="og:type" content="website">"#.to_string(),
        r#"<meta property="og:site_name" content="HirePlan">"#.to_string(),
        format!(r#"<meta property="og:title" content="{title}">"#),
        format!(r#"<meta property="og:description" content="{description}">"#),
        format!(r#"<meta property="og:image" content="{image}">"#),
        r#"<meta property="og:image:type" content="image/png">"#.to_string(),
        format!(r#"<meta property="og:image:width" content="{width}">"#),
        format!(r#"<meta property="og:image:height" content="{height}">"#),
        format!(r#"<meta property="og:image:alt" content="{alt}">"#),
        // X (Twitter) reads the og: tags for everything else.
        r#"<meta name="twitter:card" content="summary_large_image">"#.to_string(),
    ]);
    tags.concat()
}

/// What goes into Trunk's `index.html`.
pub struct Filling<'a> {
    /// The rendered page, markers already removed.
    pub app: &'a str,
    /// Attributes for `<html>` (names and unescaped values).
    pub root_attributes: &'a [(&'a str, String)],
    /// Tags for the end of `<head>`.
    pub head: &'a str,
}

/// Fills Trunk's `index.html` (`shell`, as written or minified by Trunk): the page into the
/// empty `<div id="app"></div>`, the attributes onto `<html lang="en">`, the tags after the
/// `<title>`. Fails, rather than write a half-filled page, when the shell is not the one
/// expected (already filled, or edited).
pub fn fill_shell(shell: &str, filling: &Filling) -> Result<String, String> {
    let find_once = |what: &str, forms: &[&'static str]| -> Result<&'static str, String> {
        let found: Vec<&'static str> = forms
            .iter()
            .copied()
            .filter(|form| shell.contains(form))
            .collect();
        match found.as_slice() {
            [form] if shell.matches(form).count() == 1 => Ok(form),
            _ => Err(format!(
                "index.html must have {what} exactly once (is it already prerendered?)"
            )),
        }
    };
    let app = find_once(
        "the empty #app",
        &[r#"<div id="app"></div>"#, "<div id=app></div>"],
    )?;
    let root = find_once(
        "<html lang=\"en\">",
        &[r#"<html lang="en">"#, "<html lang=en>"],
    )?;
    let title_end = find_once("</title>", &["</title>"])?;
    let attributes: String = filling
        .root_attributes
        .iter()
        .map(|(name, value)| format!(r#" {name}="{}""#, escape(value)))
        .collect();
    Ok(shell
        .replacen(root, &format!(r#"<html lang="en"{attributes}>"#), 1)
        .replacen(title_end, &format!("</title>{}", filling.head), 1)
        .replacen(app, &format!(r#"<div id="app">{}</div>"#, filling.app), 1))
}

/// A short, stable name part for a file's bytes (FNV-1a, 64 bits, hex): a new image gets a new
/// address, so no link preview keeps an old one cached.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_go_and_text_stays() {
        assert_eq!(
            strip_markers("<p>Value: <!>0<!>!</p><!----><div><!--hk=1-->x</div>"),
            "<p>Value: 0!</p><div>x</div>"
        );
        assert_eq!(strip_markers("a &lt;!b"), "a &lt;!b");
        assert_eq!(
            strip_markers("open <!-- never closed"),
            "open <!-- never closed"
        );
    }

    #[test]
    fn style_attributes_go_and_the_rest_stays() {
        assert_eq!(
            strip_style_attributes(
                r#"<div class="a" style="left:;" hidden><p style="top:1px;left:;">x style="y"</p></div>"#
            ),
            r#"<div class="a" hidden><p>x style="y"</p></div>"#
        );
    }

    #[test]
    fn number_fields_become_their_text_and_other_inputs_stay() {
        let html = concat!(
            r#"<td><input id="assumption-oh" type="text" inputmode="decimal" autocomplete="off" "#,
            r#"aria-invalid="false" value="1,234.5 &amp; &lt;b&gt;" class="number-input"><span class="unit">%</span></td>"#,
            r#"<input type="range" id="remote" min="0" value="0"><input id="share-link" type="text" readonly>"#,
            r#"<input class="number-input wide" value="7" readonly/><input value=7 class="number-input">"#,
        );
        assert_eq!(
            number_fields_as_text(html),
            concat!(
                r#"<td><span id="assumption-oh" inputmode="decimal" autocomplete="off" "#,
                r#"aria-invalid="false" class="number-input prerendered-field">1,234.5 &amp; &lt;b&gt;</span><span class="unit">%</span></td>"#,
                r#"<input type="range" id="remote" min="0" value="0"><input id="share-link" type="text" readonly>"#,
                // A bare attribute is kept; an unquoted value (never rendered so) leaves the tag as it is.
                r#"<span class="number-input wide prerendered-field" readonly>7</span><input value=7 class="number-input">"#,
            )
        );
        // A class that only contains the name is not the field's.
        let other = r#"<input class="number-inputs" value="1">"#;
        assert_eq!(number_fields_as_text(other), other);
        assert_eq!(number_fields_as_text("<input "), "<input ");
        assert_eq!(number_fields_as_text("no fields"), "no fields");
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn a_figure_gets_its_extra_before_it_closes() {
        let html = r#"<figure aria-labelledby="a"><p>A</p></figure><figure aria-labelledby="b"><p>B</p></figure>"#;
        assert_eq!(
            append_to_figure(html, r#"aria-labelledby="b""#, "<i>x</i>").unwrap(),
            r#"<figure aria-labelledby="a"><p>A</p></figure><figure aria-labelledby="b"><p>B</p><i>x</i></figure>"#
        );
        assert!(append_to_figure(html, "nope", "").is_err());
        assert_eq!(
            insert_after("<h2>K</h2><p>", "</h2>", "<i></i>").unwrap(),
            "<h2>K</h2><i></i><p>"
        );
    }

    #[test]
    fn the_shell_is_filled_once_and_only_once() {
        let written = "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <title>T</title>\n  </head>\n  <body><div id=\"app\"></div></body>\n</html>";
        let minified = "<!doctype html><html lang=en><title>T</title><div id=app></div>";
        for shell in [written, minified] {
            let filled = fill_shell(
                shell,
                &Filling {
                    app: "<main>hi</main>",
                    root_attributes: &[("data-default-query", "v=1&level=mid".to_string())],
                    head: "<meta name=\"x\" />",
                },
            )
            .unwrap();
            assert!(
                filled.contains(r#"<html lang="en" data-default-query="v=1&amp;level=mid">"#),
                "{filled}"
            );
            assert!(
                filled.contains("<div id=\"app\"><main>hi</main></div>"),
                "{filled}"
            );
            assert!(
                filled.contains("<title>T</title><meta name=\"x\" />"),
                "{filled}"
            );
            let again = fill_shell(
                &filled,
                &Filling {
                    app: "",
                    root_attributes: &[],
                    head: "",
                },
            );
            assert!(again.is_err(), "a prerendered page is never filled twice");
        }
    }

    #[test]
    fn preview_tags_with_and_without_an_address() {
        let preview = Preview {
            title: "T & co",
            description: "D",
            image: "cost-preview-0123456789abcdef.png",
            image_size: (1200, 630),
            image_alt: "A chart",
        };
        let configured = Site {
            address: Some("https://plan.example/planner".to_string()),
            public_path: "/planner/".to_string(),
        };
        let tags = head_tags(&configured, &preview);
        assert!(tags.contains(r#"<link rel="canonical" href="https://plan.example/planner">"#));
        assert!(tags.contains(r#"<meta property="og:image" content="https://plan.example/planner/cost-preview-0123456789abcdef.png">"#));
        assert!(tags.contains(r#"<meta property="og:title" content="T &amp; co">"#));
        assert!(tags.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
        let bare = Site {
            address: None,
            public_path: "/".to_string(),
        };
        let tags = head_tags(&bare, &preview);
        assert!(!tags.contains("canonical"));
        assert!(tags.contains(r#"content="/cost-preview-0123456789abcdef.png""#));
    }

    #[test]
    fn content_hashes_differ_with_content() {
        assert_eq!(content_hash(b"").len(), 16);
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
        assert_eq!(content_hash(b"a"), content_hash(b"a"));
    }
}
