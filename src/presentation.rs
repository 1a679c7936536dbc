//! How the planner looks, from the link: `embed=1` (the compact layout for a partner's
//! iframe), `accent` (a hex colour), `theme=light|dark|auto` and `hide=` (controls a host fixes,
//! for example `hide=region` with `region=msa-41940`).
//!
//! Pure and validated like the scenario keys: an invalid value is ignored and a notice says so.
//! The accent is made readable before it is used: a colour too light for text on white (or too
//! dark on the dark theme) is darkened (or lightened) until it meets WCAG AA.

use crate::link::{keys, quoted};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the visitor's `prefers-color-scheme`.
    #[default]
    Auto,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark, Theme::Auto]
            .into_iter()
            .find(|t| t.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Light => "Light",
            Theme::Dark => "Dark",
            Theme::Auto => "Follow the visitor's setting",
        }
    }

    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];
}

/// A scenario control a host can hide (it then shows only what the link fixes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Level,
    Region,
    Remote,
    Start,
    Route,
}

impl Control {
    pub const ALL: [Control; 5] = [
        Control::Level,
        Control::Region,
        Control::Remote,
        Control::Start,
        Control::Route,
    ];

    /// The same names as the scenario's link keys.
    pub fn key(self) -> &'static str {
        match self {
            Control::Level => keys::LEVEL,
            Control::Region => keys::REGION,
            Control::Remote => keys::REMOTE,
            Control::Start => keys::START,
            Control::Route => keys::ROUTE,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Control::Level => "Level",
            Control::Region => "Region",
            Control::Remote => "Remote discount",
            Control::Start => "Start quarter",
            Control::Route => "Hiring route",
        }
    }

    pub fn from_key(key: &str) -> Option<Control> {
        Control::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#1f5fbf`, `1f5fbf`, `#abc` or `abc`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim();
        let hex = hex.strip_prefix('#').unwrap_or(hex);
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| d as u8))
            .collect::<Option<_>>()?;
        match digits[..] {
            [r, g, b] => Some(Rgb(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        }
    }

    /// `#1f5fbf`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `self` moved `amount` (0–1) of the way towards `other`.
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let m = |a: u8, b: u8| {
            (f64::from(a) + (f64::from(b) - f64::from(a)) * amount)
                .round()
                .clamp(0.0, 255.0) as u8
        };
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

const WHITE: Rgb = Rgb(255, 255, 255);
const BLACK: Rgb = Rgb(0, 0, 0);
/// The page surfaces the accent is read on (`--color-surface` in style/main.css).
pub const LIGHT_SURFACE: Rgb = Rgb(255, 255, 255);
pub const DARK_SURFACE: Rgb = Rgb(0x1a, 0x22, 0x2d);
/// WCAG AA for body text.
const TEXT_CONTRAST: f64 = 4.5;

/// `color`, darkened or lightened just enough to read as text on `background`.
pub fn readable_on(color: Rgb, background: Rgb) -> Rgb {
    let toward = if background.luminance() > 0.5 {
        BLACK
    } else {
        WHITE
    };
    (0..=20)
        .map(|step| color.mix(toward, f64::from(step) * 0.05))
        .find(|c| c.contrast(background) >= TEXT_CONTRAST)
        .unwrap_or(toward)
}

/// The accent's variants for one theme, as the stylesheet uses them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccentShades {
    /// Links, secondary buttons' text, focus rings, the salary series: readable on the surface.
    pub accent: Rgb,
    /// Hover and pressed states.
    pub strong: Rgb,
    /// Tinted backgrounds.
    pub soft: Rgb,
    /// Text on an accent-filled button.
    pub on_accent: Rgb,
    /// The lighter series beside the accent in the cost chart (benefits and overhead).
    pub tint: Rgb,
}

pub fn accent_shades(color: Rgb, surface: Rgb) -> AccentShades {
    let accent = readable_on(color, surface);
    let on_accent = if accent.contrast(WHITE) >= accent.contrast(BLACK) {
        WHITE
    } else {
        BLACK
    };
    let deeper = if surface.luminance() > 0.5 {
        BLACK
    } else {
        WHITE
    };
    AccentShades {
        accent,
        strong: accent.mix(deeper, 0.2),
        soft: accent.mix(surface, 0.88),
        on_accent,
        tint: accent.mix(surface, 0.4),
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Presentation {
    pub embed: bool,
    pub accent: Option<Rgb>,
    pub theme: Theme,
    pub hidden: Vec<Control>,
}

impl Presentation {
    pub fn hides(&self, control: Control) -> bool {
        self.hidden.contains(&control)
    }

    /// The link parameters that reproduce this presentation, in a fixed order, defaults left
    /// out.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if self.embed {
            out.push((keys::EMBED.to_string(), "1".to_string()));
        }
        if let Some(accent) = self.accent {
            // `hex()` always starts with the one-byte '#'.
            out.push((keys::ACCENT.to_string(), accent.hex()[1..].to_string()));
        }
        if self.theme != Theme::Auto {
            out.push((keys::THEME.to_string(), self.theme.key().to_string()));
        }
        if !self.hidden.is_empty() {
            let list: Vec<&str> = self.hidden.iter().map(|c| c.key()).collect();
            out.push((keys::HIDE.to_string(), list.join(",")));
        }
        out
    }

    /// The same scenario in the full planner: no embed layout, no hidden controls; the host's
    /// colours kept.
    pub fn for_full_planner(&self) -> Presentation {
        Presentation {
            embed: false,
            hidden: Vec::new(),
            ..self.clone()
        }
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The HTML a host page pastes to embed the planner: a placeholder carrying the link
/// parameters (read by `embed.js`, which adds `embed=1`), and the script.
pub fn embed_snippet(script_url: &str, query: &str) -> String {
    format!(
        "<div data-hireplan=\"{}\" data-title=\"HirePlan: hiring cost planner\"></div>\n<script src=\"{}\" async></script>",
        attribute(query),
        attribute(script_url)
    )
}

/// Items of `hide=` that are not controls, named one by one; any more are counted.
const UNKNOWN_CONTROLS_NAMED: usize = 5;

/// Reads the presentation parameters a link carried (see [`crate::link::Decoded`]). Never
/// panics; the first of a repeated key wins, as for scenario keys.
pub fn read(pairs: &[(String, String)]) -> (Presentation, Vec<String>) {
    let mut presentation = Presentation::default();
    let mut notices = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    // One notice per repeated key, however often it repeats.
    let mut repeated: Vec<&str> = Vec::new();
    let mut unknown_controls = 0_usize;
    for (key, value) in pairs {
        if seen.contains(&key.as_str()) {
            if !repeated.contains(&key.as_str()) {
                notices.push(format!(
                    "The link gives {} more than once; used the first.",
                    quoted(key)
                ));
                repeated.push(key);
            }
            continue;
        }
        seen.push(key);
        let value = value.trim();
        match key.as_str() {
            keys::EMBED => match value {
                "1" | "true" | "yes" | "" => presentation.embed = true,
                "0" | "false" | "no" => presentation.embed = false,
                other => notices.push(format!(
                    "{} is not an embed setting (use embed=1); showing the full planner.",
                    quoted(other)
                )),
            },
            keys::ACCENT => match Rgb::parse(value) {
                Some(color) => presentation.accent = Some(color),
                None => notices.push(format!(
                    "{} is not a hex colour like 1f5fbf; kept the standard colour.",
                    quoted(value)
                )),
            },
            keys::THEME => match Theme::from_key(&value.to_ascii_lowercase()) {
                Some(theme) => presentation.theme = theme,
                None => notices.push(format!(
                    "{} is not a theme (light, dark or auto); following the visitor's setting.",
                    quoted(value)
                )),
            },
            keys::HIDE => {
                for item in value.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                    match Control::from_key(&item.to_ascii_lowercase()) {
                        Some(control) if !presentation.hidden.contains(&control) => {
                            presentation.hidden.push(control)
                        }
                        Some(_) => {}
                        None => {
                            unknown_controls += 1;
                            if unknown_controls <= UNKNOWN_CONTROLS_NAMED {
                                notices.push(format!(
                                    "Cannot hide {}: there is no such control.",
                                    quoted(item)
                                ));
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if unknown_controls > UNKNOWN_CONTROLS_NAMED {
        notices.push(format!(
            "Cannot hide {} more: there are no such controls.",
            crate::format::grouped((unknown_controls - UNKNOWN_CONTROLS_NAMED) as i64)
        ));
    }
    // A hidden control only makes sense in the compact embed: the full planner shows them all.
    if !presentation.embed && !presentation.hidden.is_empty() {
        presentation.hidden.clear();
        notices.push(
            "Controls are hidden only in the embedded planner (embed=1); showing them all."
                .to_string(),
        );
    }
    (presentation, notices)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn reads_valid_parameters() {
        let (p, notices) = read(&pairs(&[
            ("embed", "1"),
            ("accent", "%23ff6600"),
            ("theme", "dark"),
            ("hide", "region, level"),
        ]));
        // A `#` left percent-encoded is not a colour: only decoded values reach here.
        assert_eq!(p.accent, None);
        assert_eq!(notices.len(), 1);
        let (p, notices) = read(&pairs(&[
            ("embed", "1"),
            ("accent", "#ff6600"),
            ("theme", "dark"),
            ("hide", "region, level"),
        ]));
        assert!(notices.is_empty(), "{notices:?}");
        assert!(p.embed);
        assert_eq!(p.accent, Some(Rgb(255, 102, 0)));
        assert_eq!(p.theme, Theme::Dark);
        assert_eq!(p.hidden, vec![Control::Region, Control::Level]);
        assert!(p.hides(Control::Region) && !p.hides(Control::Route));
    }

    #[test]
    fn invalid_values_are_ignored_with_notices() {
        let (p, notices) = read(&pairs(&[
            ("embed", "maybe"),
            ("accent", "red; background:url(x)"),
            ("theme", "neon"),
            ("hide", "region,wizard"),
            ("theme", "light"),
        ]));
        assert_eq!(p, Presentation::default());
        let all = notices.join("\n");
        for expected in [
            "“maybe” is not an embed setting",
            "“red; background:url(x)” is not a hex colour",
            "“neon” is not a theme",
            "Cannot hide “wizard”",
            "“theme” more than once",
            "Controls are hidden only in the embedded planner",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in {all}");
        }
    }

    #[test]
    fn pairs_round_trip() {
        let p = Presentation {
            embed: true,
            accent: Some(Rgb(0x0a, 0x7d, 0x5a)),
            theme: Theme::Light,
            hidden: vec![Control::Start, Control::Remote],
        };
        let (back, notices) = read(&p.pairs());
        assert!(notices.is_empty());
        assert_eq!(back, p);
        assert_eq!(
            read(&Presentation::default().pairs()).0,
            Presentation::default()
        );
        assert!(p
            .for_full_planner()
            .pairs()
            .iter()
            .all(|(k, _)| k != "embed" && k != "hide"));
    }

    #[test]
    fn the_snippet_escapes_what_it_carries() {
        let html = embed_snippet(
            "https://plan.example/embed.js",
            "v=1&level=senior&accent=0a7d5a",
        );
        assert_eq!(
            html,
            "<div data-hireplan=\"v=1&amp;level=senior&amp;accent=0a7d5a\" data-title=\"HirePlan: hiring cost planner\"></div>\n<script src=\"https://plan.example/embed.js\" async></script>"
        );
        assert!(!embed_snippet("x\"><script>", "a\"b").contains("\"><script>"));
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((WHITE.contrast(BLACK) - 21.0).abs() < 1e-9);
        assert!((Rgb(0x1f, 0x5f, 0xbf).contrast(WHITE) - 6.09).abs() < 0.01);
        assert!((Rgb(0x77, 0x77, 0x77).contrast(WHITE) - 4.48).abs() < 0.01);
    }

    #[test]
    fn any_accent_becomes_readable_on_both_themes() {
        for accent in [
            Rgb(255, 255, 0),
            Rgb(255, 255, 255),
            Rgb(0, 0, 0),
            Rgb(0x1f, 0x5f, 0xbf),
            Rgb(255, 102, 0),
            Rgb(0, 200, 255),
        ] {
            for surface in [LIGHT_SURFACE, DARK_SURFACE] {
                let shades = accent_shades(accent, surface);
                assert!(
                    shades.accent.contrast(surface) >= 4.5,
                    "{accent:?} on {surface:?}: {shades:?}"
                );
                assert!(
                    shades.on_accent.contrast(shades.accent) >= 4.5,
                    "{accent:?} on {surface:?}: {shades:?}"
                );
            }
        }
        // A colour that already reads well is used as given.
        assert_eq!(
            readable_on(Rgb(0x1f, 0x5f, 0xbf), WHITE),
            Rgb(0x1f, 0x5f, 0xbf)
        );
    }

    #[test]
    fn repeats_and_unknown_controls_give_a_bounded_list() {
        // Found by tests/link_hostile.rs: `embed=1` 10,000 times gave 9,999 notices, and a
        // `hide=` list of 10,000 unknown names 10,000.
        let (p, notices) = read(&vec![("embed".to_string(), "1".to_string()); 10_000]);
        assert!(p.embed);
        assert_eq!(
            notices,
            vec!["The link gives “embed” more than once; used the first."]
        );
        let names: Vec<String> = (0..10_000).map(|n| format!("x{n}")).collect();
        let (p, notices) = read(&pairs(&[("embed", "1"), ("hide", &names.join(","))]));
        assert!(p.hidden.is_empty());
        assert_eq!(notices.len(), 6, "{notices:?}");
        assert_eq!(notices[0], "Cannot hide “x0”: there is no such control.");
        assert_eq!(
            notices[5],
            "Cannot hide 9,995 more: there are no such controls."
        );
    }
}
