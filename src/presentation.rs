//! How the planner looks, from the link: `embed=1` (the layout for a partner's iframe),
//! `accent` (a hex colour), `theme=light|dark|auto` and `hide=` (controls a host fixes, for
//! example `hide=region` with `region=msa-41940`). In embed mode only: `layout=compact` (the
//! controls, four key figures and the cost chart, the rest one tap away), `open_full=0` (no
//! "Open full planner" link) and a partner's call to action, `cta=` (an https address) with
//! `cta_label=`.
//!
//! Pure and validated like the scenario keys: an invalid value is ignored and a notice says so.
//! The accent is made readable before it is used: a colour too light for text on white (or too
//! dark on the dark theme) is darkened (or lightened) until it meets WCAG AA.

use crate::link::{is_hidden_character, keys, percent_encode, quoted};

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

/// A control a host can hide (it then shows only what the link fixes): one of the five
/// scenario controls, or the comparison's (add, rename, duplicate, remove, make baseline,
/// reset, the ready-made comparisons), so that a comparison the link carries is shown as it
/// is, without the means to change it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Level,
    Region,
    Remote,
    Start,
    Route,
    Compare,
}

/// The `hide=` name of the comparison controls.
pub const COMPARE_CONTROLS: &str = "compare";

impl Control {
    pub const ALL: [Control; 6] = [
        Control::Level,
        Control::Region,
        Control::Remote,
        Control::Start,
        Control::Route,
        Control::Compare,
    ];

    /// The same names as the scenario's link keys; `compare` for the comparison controls.
    pub fn key(self) -> &'static str {
        match self {
            Control::Level => keys::LEVEL,
            Control::Region => keys::REGION,
            Control::Remote => keys::REMOTE,
            Control::Start => keys::START,
            Control::Route => keys::ROUTE,
            Control::Compare => COMPARE_CONTROLS,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Control::Level => "Level",
            Control::Region => "Region",
            Control::Remote => "Remote discount",
            Control::Start => "Start quarter",
            Control::Route => "Hiring route",
            Control::Compare => "Comparison controls",
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
            crate::model::assumptions::clamp(
                (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round(),
                0.0,
                255.0,
            ) as u8
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

/// Longest call-to-action address, in characters.
pub const MAX_CTA_LENGTH: usize = 500;
/// Longest button label, in characters; a longer one is cut.
pub const MAX_CTA_LABEL: usize = 40;
/// The button's text when the link gives an address but no label.
pub const DEFAULT_CTA_LABEL: &str = "Contact us";
/// The parameter the button adds to the partner's address: the scenario's link query.
pub const CTA_PARAMETER: &str = "hireplan";

/// Why an address cannot be a call to action's destination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressError {
    TooLong,
    /// Whitespace, control characters, anything outside printable ASCII, or a backslash
    /// (browsers read it as `/`, so it can move where the host ends).
    BadCharacter,
    /// `http:`, `javascript:`, `data:`, `//host`, `https:host`...
    NotHttps,
    /// `user:password@` or `user@` (even empty): a link must not log anyone in anywhere.
    Credentials,
    /// Empty, an IP address, a label that is not letters, digits and hyphens, a port that is
    /// not 1–65535, or an internationalised (`xn--`) name.
    BadHost,
}

impl AddressError {
    /// The end of the sentence "The contact button is left out: “…” …".
    pub fn reason(self) -> &'static str {
        match self {
            AddressError::TooLong => "is longer than 500 characters",
            AddressError::BadCharacter => "has spaces or characters an address cannot have",
            AddressError::NotHttps => "does not start with https://",
            AddressError::Credentials => "carries a user name or password",
            AddressError::BadHost => "does not name a web site (like acme-staffing.com)",
        }
    }
}

/// The host of `address` if a partner's button may open it: an `https://` address of at most
/// [`MAX_CTA_LENGTH`] printable ASCII characters, without credentials, whose host is a DNS
/// name (letters, digits and hyphens in dot-separated labels of 1–63, the last one starting
/// with a letter, so never an IP address in any of the forms browsers accept). Returned in
/// lower case, as browsers show it.
///
/// Stricter than the URL standard on purpose (tests/differential_cta.rs checks it against the
/// `url` crate): whatever this accepts, a browser reads as https, with no credentials and the
/// same host.
pub fn https_host(address: &str) -> Result<String, AddressError> {
    let bytes = address.as_bytes();
    if address.chars().count() > MAX_CTA_LENGTH {
        return Err(AddressError::TooLong);
    }
    if bytes.iter().any(|&b| !b.is_ascii_graphic() || b == b'\\') {
        return Err(AddressError::BadCharacter);
    }
    if !bytes
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case(b"https://"))
    {
        return Err(AddressError::NotHttps);
    }
    // Printable ASCII from here: each byte is one character.
    let rest = &bytes[8..];
    let authority = &rest[..rest
        .iter()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len())];
    if authority.contains(&b'@') {
        return Err(AddressError::Credentials);
    }
    let (host, port) = match authority.iter().position(|&b| b == b':') {
        Some(at) => (&authority[..at], Some(&authority[at + 1..])),
        None => (authority, None),
    };
    let port_ok = port.is_none_or(|p| {
        (1..=5).contains(&p.len())
            && p.iter()
                .try_fold(0_u32, |n, &b| {
                    b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
                })
                .is_some_and(|n| n <= 65_535)
    });
    let last_label = host.rsplit(|&b| b == b'.').next().unwrap_or_default();
    let host_ok = host.len() <= 253
        && last_label.first().is_some_and(u8::is_ascii_alphabetic)
        && host.split(|&b| b == b'.').all(|label| {
            (1..=63).contains(&label.len())
                && label
                    .iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'-')
                && !label
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case(b"xn--"))
        });
    if port_ok && host_ok {
        Ok(address[8..8 + host.len()].to_ascii_lowercase())
    } else {
        Err(AddressError::BadHost)
    }
}

/// A button label as text: invisible and control characters dropped, each run of whitespace
/// made one space, trimmed, and cut to [`MAX_CTA_LABEL`] characters. Also says whether it was
/// cut.
pub fn clean_label(text: &str) -> (String, bool) {
    let mut label = String::new();
    let mut length = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = length > 0;
        } else if !is_hidden_character(c) {
            let needed = 1 + usize::from(space);
            if length + needed > MAX_CTA_LABEL {
                return (label, true);
            }
            if space {
                label.push(' ');
            }
            label.push(c);
            length += needed;
            space = false;
        }
    }
    (label, false)
}

/// A partner's button in the embed: opens their page (a contact form) in a new tab, with the
/// scenario attached so the form can fill itself in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallToAction {
    /// The address as the link gave it, checked by [`https_host`].
    pub address: String,
    /// Its host, named in the button's accessible name.
    pub host: String,
    /// The link's own label (cleaned), if any.
    pub label: Option<String>,
}

impl CallToAction {
    pub fn label(&self) -> &str {
        self.label.as_deref().unwrap_or(DEFAULT_CTA_LABEL)
    }

    /// The address with `hireplan=<the scenario's query>` added to its query, before any
    /// `#fragment`.
    pub fn href(&self, scenario_query: &str) -> String {
        let (before, fragment) = match self.address.find('#') {
            Some(at) => self.address.split_at(at),
            None => (self.address.as_str(), ""),
        };
        // A new pair after the query's last one: `&` unless the query is empty or already ends
        // with one (`?` inside a query is an ordinary character: `??` ends a pair `?`).
        let joiner = match before.split_once('?') {
            None => "?",
            Some((_, query)) if query.is_empty() || query.ends_with('&') => "",
            Some(_) => "&",
        };
        format!(
            "{before}{joiner}{CTA_PARAMETER}={}{fragment}",
            percent_encode(scenario_query)
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Presentation {
    pub embed: bool,
    pub accent: Option<Rgb>,
    pub theme: Theme,
    pub hidden: Vec<Control>,
    /// `layout=compact` (embed only): controls, four key figures, the cost chart; the rest
    /// behind one disclosure.
    pub compact: bool,
    /// `open_full=0` (embed only): no "Open full planner" link.
    pub no_full_link: bool,
    /// `cta=` and `cta_label=` (embed only).
    pub cta: Option<CallToAction>,
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
        if self.compact {
            out.push((keys::LAYOUT.to_string(), "compact".to_string()));
        }
        if self.no_full_link {
            out.push((keys::OPEN_FULL.to_string(), "0".to_string()));
        }
        if let Some(cta) = &self.cta {
            out.push((keys::CTA.to_string(), cta.address.clone()));
            if let Some(label) = &cta.label {
                out.push((keys::CTA_LABEL.to_string(), label.clone()));
            }
        }
        out
    }

    /// The same scenario in the full planner: no embed layout, no hidden controls, no partner's
    /// button; the host's colours kept.
    pub fn for_full_planner(&self) -> Presentation {
        Presentation {
            accent: self.accent,
            theme: self.theme,
            ..Presentation::default()
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

/// The call to action from `cta=` and `cta_label=` (each trimmed, either may be missing), and
/// what to tell the user about each: the link's notices, and the embed panel's messages next to
/// its two fields.
pub fn read_cta(
    address: Option<&str>,
    label: Option<&str>,
) -> (Option<CallToAction>, [Option<String>; 2]) {
    let (host, address_note) = match address.map(https_host) {
        Some(Ok(host)) => (Some(host), None),
        Some(Err(error)) => (
            None,
            Some(format!(
                "The contact button is left out: {} {}.",
                quoted(address.unwrap_or_default()),
                error.reason()
            )),
        ),
        None => (None, None),
    };
    let (text, cut) = clean_label(label.unwrap_or_default());
    let typed = label.is_some_and(|l| !l.is_empty());
    // Said of a button that shows; a refused address has its own notice.
    let label_note = if address.is_none() && typed {
        Some("The button label is not used without the button's address (cta=).".to_string())
    } else if host.is_none() {
        None
    } else if cut {
        Some(format!(
            "The button label is longer than {MAX_CTA_LABEL} characters; it was cut to {}.",
            quoted(&text)
        ))
    } else if text.is_empty() && typed {
        Some(format!(
            "The button label has no visible text; it says “{DEFAULT_CTA_LABEL}”."
        ))
    } else {
        None
    };
    let cta = host.map(|host| CallToAction {
        address: address.unwrap_or_default().to_string(),
        host,
        // No label, or one of invisible characters only: the standard one.
        label: Some(text).filter(|t| !t.is_empty()),
    });
    (cta, [address_note, label_note])
}

/// `1`, `true`, `yes` or nothing (on); `0`, `false`, `no` (off).
fn switch(value: &str) -> Option<bool> {
    match value {
        "1" | "true" | "yes" | "" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// Reads the presentation parameters a link carried (see [`crate::link::Decoded`]). Never
/// panics; the first of a repeated key wins, as for scenario keys.
pub fn read(pairs: &[(String, String)]) -> (Presentation, Vec<String>) {
    let mut presentation = Presentation::default();
    let mut notices = Vec::new();
    // The call to action is read after the loop: its label may come before its address.
    let mut cta_address: Option<&str> = None;
    let mut cta_label: Option<&str> = None;
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
            keys::EMBED => match switch(value) {
                Some(on) => presentation.embed = on,
                None => notices.push(format!(
                    "{} is not an embed setting (use embed=1); showing the full planner.",
                    quoted(value)
                )),
            },
            keys::LAYOUT => match value {
                "compact" => presentation.compact = true,
                "full" => {}
                _ => notices.push(format!(
                    "{} is not a layout (compact or full); showing the full layout.",
                    quoted(value)
                )),
            },
            keys::OPEN_FULL => match switch(value) {
                Some(on) => presentation.no_full_link = !on,
                None => notices.push(format!(
                    "{} is not an open_full setting (use open_full=0 to hide the link); showing “Open full planner”.",
                    quoted(value)
                )),
            },
            keys::CTA => cta_address = Some(value),
            keys::CTA_LABEL => cta_label = Some(value),
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
    let (cta, cta_notices) = read_cta(cta_address, cta_label);
    presentation.cta = cta;
    notices.extend(cta_notices.into_iter().flatten());
    // A hidden control only makes sense in the compact embed: the full planner shows them all.
    if !presentation.embed && !presentation.hidden.is_empty() {
        presentation.hidden.clear();
        notices.push(
            "Controls are hidden only in the embedded planner (embed=1); showing them all."
                .to_string(),
        );
    }
    // A link to the full planner never shows a third party's button, nor a partner's layout.
    if !presentation.embed {
        for (key, used) in [
            (keys::LAYOUT, presentation.compact),
            (keys::OPEN_FULL, presentation.no_full_link),
            (keys::CTA, presentation.cta.is_some()),
        ] {
            if used {
                notices.push(format!(
                    "Ignored {}: it applies only to the embedded planner (embed=1).",
                    quoted(key)
                ));
            }
        }
        presentation = presentation.for_full_planner();
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
            compact: true,
            no_full_link: true,
            cta: Some(CallToAction {
                address: "https://acme-staffing.example/contact?src=plan#form".to_string(),
                host: "acme-staffing.example".to_string(),
                label: Some("Talk to us".to_string()),
            }),
        };
        let (back, notices) = read(&p.pairs());
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(back, p);
        // Through the link's own encoding and decoding too (the address is full of & ? = #).
        let today = crate::model::Date::new(2026, 11, 29).unwrap();
        let scenario = crate::model::Scenario::default_for(today);
        let decoded = crate::link::decode(&crate::link::encode_with(&scenario, &p.pairs()), today);
        assert!(decoded.notices.is_empty(), "{:?}", decoded.notices);
        assert_eq!(read(&decoded.presentation).0, p);
        assert_eq!(
            read(&Presentation::default().pairs()).0,
            Presentation::default()
        );
        // The full planner keeps the host's colours and nothing of the embed.
        let full = p.for_full_planner();
        assert_eq!(
            full.pairs(),
            vec![
                ("accent".to_string(), "0a7d5a".to_string()),
                ("theme".to_string(), "light".to_string())
            ]
        );
    }

    fn host(address: &str) -> Result<String, AddressError> {
        https_host(address)
    }

    #[test]
    fn accepts_https_addresses_and_names_their_host() {
        for (address, expected) in [
            ("https://acme-staffing.com", "acme-staffing.com"),
            ("https://acme-staffing.com/", "acme-staffing.com"),
            (
                "HTTPS://WWW.Acme-Staffing.COM/Contact",
                "www.acme-staffing.com",
            ),
            ("https://acme.example:8443/form?a=1&b=2#top", "acme.example"),
            ("https://acme.example?x", "acme.example"),
            ("https://acme.example#x", "acme.example"),
            ("https://localhost/", "localhost"),
            ("https://a.b.c.d.e.example/x@y", "a.b.c.d.e.example"),
            ("https://1.2.3.example/", "1.2.3.example"),
        ] {
            assert_eq!(host(address).as_deref(), Ok(expected), "{address}");
        }
        let longest = format!("https://acme.example/{}", "x".repeat(500 - 21));
        assert_eq!(longest.len(), MAX_CTA_LENGTH);
        assert!(host(&longest).is_ok());
    }

    #[test]
    fn rejects_every_other_address_with_the_reason() {
        use AddressError::*;
        for (address, reason) in [
            ("javascript:alert(1)", NotHttps),
            (
                "JaVaScRiPt:alert(document.domain)//https://acme.example",
                NotHttps,
            ),
            ("data:text/html,<script>alert(1)</script>", NotHttps),
            ("http://acme.example/", NotHttps),
            ("//acme.example/", NotHttps),
            ("https:acme.example", NotHttps),
            ("https:/acme.example", NotHttps),
            ("ftp://acme.example", NotHttps),
            ("", NotHttps),
            ("https://user:secret@acme.example/", Credentials),
            ("https://user@acme.example/", Credentials),
            ("https://@acme.example/", Credentials),
            ("https://acme.example@evil.example/", Credentials),
            ("https://acme.example:443@evil.example/", Credentials),
            ("https://acme.example\\@evil.example/", BadCharacter),
            ("https://acme.example\\.evil.example/", BadCharacter),
            ("https://acme .example/", BadCharacter),
            ("https://acme.example/a b", BadCharacter),
            ("https://acme.example/\t", BadCharacter),
            ("https://acme.example/\n", BadCharacter),
            ("https://acme.example/\u{0}", BadCharacter),
            ("https://acme.example/\u{7f}", BadCharacter),
            ("https://acme.example/\u{202e}", BadCharacter),
            ("https://münchen.example/", BadCharacter),
            ("java\nscript:alert(1)", BadCharacter),
            ("https://", BadHost),
            ("https:///acme.example", BadHost),
            ("https://?q", BadHost),
            ("https://.", BadHost),
            ("https://acme..example/", BadHost),
            ("https://acme.example./", BadHost),
            ("https://127.0.0.1/", BadHost),
            ("https://0x7f.1/", BadHost),
            ("https://2130706433/", BadHost),
            ("https://[::1]/", BadHost),
            ("https://acme_staffing.example/", BadHost),
            ("https://%61cme.example/", BadHost),
            ("https://xn--mnchen-3ya.example/", BadHost),
            ("https://acme.example:/", BadHost),
            ("https://acme.example:65536/", BadHost),
            ("https://acme.example:+80/", BadHost),
            ("https://acme.example:80:80/", BadHost),
            ("https://acme.example:123456/", BadHost),
        ] {
            assert_eq!(host(address), Err(reason), "{address:?}");
        }
        let too_long = format!("https://acme.example/{}", "x".repeat(501 - 21));
        assert_eq!(too_long.chars().count(), 501);
        assert_eq!(host(&too_long), Err(TooLong));
        assert_eq!(host(&"é".repeat(501)), Err(TooLong));
        let label = format!("https://{}.example/", "a".repeat(64));
        assert_eq!(host(&label), Err(BadHost));
    }

    #[test]
    fn labels_are_text_cut_to_forty_characters() {
        assert_eq!(
            clean_label("  Talk to us  "),
            ("Talk to us".to_string(), false)
        );
        assert_eq!(
            clean_label("Talk\t\n to\u{202e}\u{0} us\u{200b}"),
            ("Talk to us".to_string(), false)
        );
        assert_eq!(
            clean_label("<b>Book</b> & \"call\""),
            ("<b>Book</b> & \"call\"".to_string(), false)
        );
        let forty = "x".repeat(40);
        assert_eq!(clean_label(&format!(" {forty} ")), (forty.clone(), false));
        assert_eq!(clean_label(&format!("{forty}y")), (forty.clone(), true));
        // A cut never ends on the space before the next word.
        let (cut, was_cut) = clean_label(&format!("{} word", "x".repeat(39)));
        assert_eq!((cut.as_str(), was_cut), ("x".repeat(39).as_str(), true));
        // Characters, not bytes: no panic in the middle of one.
        let (cut, was_cut) = clean_label(&"€".repeat(41));
        assert_eq!((cut.chars().count(), was_cut), (40, true));
        assert_eq!(clean_label("\u{202e}\u{200b}"), (String::new(), false));
    }

    #[test]
    fn the_button_adds_the_scenario_as_one_parameter_before_the_fragment() {
        let cta = |address: &str| CallToAction {
            address: address.to_string(),
            host: https_host(address).unwrap(),
            label: None,
        };
        let query = "v=1&level=senior&region=us";
        let encoded = "v%3D1%26level%3Dsenior%26region%3Dus";
        for (address, href) in [
            (
                "https://a.example",
                format!("https://a.example?hireplan={encoded}"),
            ),
            (
                "https://a.example/c",
                format!("https://a.example/c?hireplan={encoded}"),
            ),
            (
                "https://a.example/c?",
                format!("https://a.example/c?hireplan={encoded}"),
            ),
            (
                "https://a.example/c?x=1",
                format!("https://a.example/c?x=1&hireplan={encoded}"),
            ),
            (
                "https://a.example/c?x=1&",
                format!("https://a.example/c?x=1&hireplan={encoded}"),
            ),
            // Found by tests/differential_cta.rs: the query `?` is a pair of its own.
            (
                "https://a.example/c??",
                format!("https://a.example/c??&hireplan={encoded}"),
            ),
            (
                "https://a.example/c#form",
                format!("https://a.example/c?hireplan={encoded}#form"),
            ),
            (
                "https://a.example/c?x=1#f?g&h",
                format!("https://a.example/c?x=1&hireplan={encoded}#f?g&h"),
            ),
        ] {
            assert_eq!(cta(address).href(query), href, "{address}");
        }
        assert_eq!(cta("https://a.example").label(), "Contact us");
    }

    #[test]
    fn call_to_action_from_the_link() {
        let (p, notices) = read(&pairs(&[
            ("embed", "1"),
            ("cta_label", "  Talk to us "),
            ("cta", " https://Acme-Staffing.com/contact "),
        ]));
        assert!(notices.is_empty(), "{notices:?}");
        let cta = p.cta.unwrap();
        assert_eq!(cta.address, "https://Acme-Staffing.com/contact");
        assert_eq!(cta.host, "acme-staffing.com");
        assert_eq!(cta.label(), "Talk to us");
        // No label, an empty one, or one of invisible characters only: the standard label.
        for label in [None, Some(""), Some("\u{200b}")] {
            let mut list = vec![("embed", "1"), ("cta", "https://a.example")];
            list.extend(label.map(|l| ("cta_label", l)));
            let (p, notices) = read(&pairs(&list));
            assert_eq!(p.cta.unwrap().label(), "Contact us");
            assert_eq!(
                notices.len(),
                usize::from(label == Some("\u{200b}")),
                "{notices:?}"
            );
        }
    }

    #[test]
    fn an_unusable_call_to_action_is_left_out_with_a_notice() {
        for (address, words) in [
            (
                "javascript:alert(1)",
                "“javascript:alert(1)” does not start with https://",
            ),
            ("http://acme.example", "does not start with https://"),
            (
                "https://me:pw@acme.example",
                "carries a user name or password",
            ),
            (
                "https://acme .example",
                "has spaces or characters an address cannot have",
            ),
            ("https://127.0.0.1", "does not name a web site"),
        ] {
            let (p, notices) = read(&pairs(&[
                ("embed", "1"),
                ("cta", address),
                ("cta_label", "Go"),
            ]));
            assert_eq!(p.cta, None);
            assert_eq!(notices.len(), 1, "{notices:?}");
            assert!(
                notices[0].starts_with("The contact button is left out: “"),
                "{notices:?}"
            );
            assert!(notices[0].contains(words), "{notices:?}");
        }
        // A label for a refused button is not mentioned as well.
        let label = "x".repeat(41);
        let (_, notices) = read(&pairs(&[
            ("embed", "1"),
            ("cta", "http://a.example"),
            ("cta_label", &label),
        ]));
        assert_eq!(notices.len(), 1, "{notices:?}");
        let long = format!("https://acme.example/{}", "x".repeat(480));
        let (p, notices) = read(&pairs(&[("embed", "1"), ("cta", &long)]));
        assert_eq!(p.cta, None);
        assert!(
            notices[0].ends_with("” is longer than 500 characters."),
            "{notices:?}"
        );
        // The quoted address is cut to 40 characters.
        assert!(notices[0].chars().count() < 120, "{notices:?}");

        let (p, notices) = read(&pairs(&[
            ("embed", "1"),
            ("cta", "https://a.example"),
            ("cta_label", "Book a call with our team of recruiters today"),
        ]));
        assert_eq!(
            p.cta.unwrap().label(),
            "Book a call with our team of recruiters"
        );
        assert_eq!(
            notices,
            vec!["The button label is longer than 40 characters; it was cut to “Book a call with our team of recruiters”."]
        );
        let (p, notices) = read(&pairs(&[("embed", "1"), ("cta_label", "Go")]));
        assert_eq!(p.cta, None);
        assert_eq!(
            notices,
            vec!["The button label is not used without the button's address (cta=)."]
        );
    }

    #[test]
    fn hostile_call_to_action_values() {
        // 64 KB of address, of label; NULs, direction overrides; 10,000 repeats.
        let huge = format!("https://a.example/{}", "x".repeat(65_536));
        let label = format!("\u{202e}Talk\u{0} to\u{200b} us{}", "!".repeat(65_536));
        let (p, notices) = read(&pairs(&[
            ("embed", "1"),
            ("cta", &huge),
            ("cta_label", &label),
        ]));
        assert_eq!(p.cta, None);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].ends_with("is longer than 500 characters."));
        let (p, notices) = read(&pairs(&[
            ("embed", "1"),
            ("cta", "https://a.example"),
            ("cta_label", &label),
        ]));
        let shown = p.cta.unwrap();
        assert!(shown.label().starts_with("Talk to us!!!"));
        assert_eq!(shown.label().chars().count(), 40);
        for text in notices.iter().map(String::as_str).chain([shown.label()]) {
            assert!(
                !text.chars().any(crate::link::is_hidden_character),
                "{text:?}"
            );
        }
        let (p, notices) = read(&vec![
            ("cta".to_string(), "javascript:alert(1)".to_string());
            10_000
        ]);
        assert_eq!(p, Presentation::default());
        assert_eq!(notices.len(), 2, "{notices:?}");
    }

    #[test]
    fn embed_only_settings_are_ignored_in_the_full_planner() {
        let (p, notices) = read(&pairs(&[
            ("layout", "compact"),
            ("open_full", "0"),
            ("cta", "https://a.example"),
            ("cta_label", "Call"),
        ]));
        assert_eq!(p, Presentation::default());
        assert_eq!(
            notices,
            vec![
                "Ignored “layout”: it applies only to the embedded planner (embed=1).",
                "Ignored “open_full”: it applies only to the embedded planner (embed=1).",
                "Ignored “cta”: it applies only to the embedded planner (embed=1).",
            ]
        );
        // Their defaults say nothing.
        let (p, notices) = read(&pairs(&[("layout", "full"), ("open_full", "1")]));
        assert_eq!((p, notices.len()), (Presentation::default(), 0));
        let (p, notices) = read(&pairs(&[
            ("embed", "1"),
            ("layout", "tiny"),
            ("open_full", "maybe"),
        ]));
        assert!(p.embed && !p.compact && !p.no_full_link);
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(notices[0].starts_with("“tiny” is not a layout"));
        assert!(notices[1].starts_with("“maybe” is not an open_full setting"));
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

    #[test]
    fn a_host_can_hide_the_comparison_controls() {
        let (p, notices) = read(&pairs(&[("embed", "1"), ("hide", "Compare, route")]));
        assert!(notices.is_empty(), "{notices:?}");
        assert!(p.hides(Control::Compare) && p.hides(Control::Route));
        assert!(!p.hides(Control::Level));
        assert_eq!(Control::from_key("compare"), Some(Control::Compare));
        // Written back and read again, through a link that carries a comparison.
        assert_eq!(
            p.pairs(),
            vec![
                ("embed".to_string(), "1".to_string()),
                ("hide".to_string(), "compare,route".to_string())
            ]
        );
        let today = crate::model::Date::new(2026, 11, 29).unwrap();
        let plan = crate::model::presets::apply(
            crate::model::PresetId::InHouseVsAgency,
            &crate::model::Scenario::default_for(today),
            today,
        );
        let query = crate::link::encode_plan_with(&plan, &p.pairs());
        let decoded = crate::link::decode_plan(&query, today);
        assert!(decoded.notices.is_empty(), "{:?}", decoded.notices);
        assert_eq!(decoded.plan, plan);
        assert_eq!(read(&decoded.presentation), (p, Vec::new()));
        // Outside an embed, nothing is hidden, as for the other controls.
        let (full, notices) = read(&pairs(&[("hide", "compare")]));
        assert!(!full.hides(Control::Compare));
        assert_eq!(notices.len(), 1);
    }
}
