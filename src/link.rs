//! The scenario in a link: `?v=1&level=senior&region=msa-42660&remote=10&start=2027-Q2&route=agency&oh=30`.
//!
//! Pure functions, round-trip tested. The five inputs are always written (so a link opened
//! next year still means the same quarter); assumptions only where they differ from the
//! defaults of the link's version. Decoding never fails: anything unknown, malformed, out of
//! range or repeated falls back to the default or is clamped, and a notice says so in plain
//! words. Nothing decoded here is ever treated as HTML (the page inserts notices as text).

use std::collections::BTreeSet;

use crate::entry;
use crate::format::{grouped, parse_number, percent, plain};
use crate::model::scenario::{clamp_remote_discount, default_start_quarter, REMOTE_DISCOUNT_MAX};
use crate::model::{
    Applied, Assumption, Assumptions, Date, HiringRoute, Level, Quarter, Region, Scenario, SPECS,
};

/// The query keys, in one place. Assumption keys are [`crate::model::Spec::key`].
pub mod keys {
    pub const VERSION: &str = "v";
    pub const LEVEL: &str = "level";
    pub const REGION: &str = "region";
    pub const REMOTE: &str = "remote";
    pub const START: &str = "start";
    /// The day the search opens, when not its quarter's first day (`opens=2026-11-30`).
    pub const OPENS: &str = "opens";
    pub const ROUTE: &str = "route";
    pub const EMBED: &str = "embed";
    pub const ACCENT: &str = "accent";
    pub const THEME: &str = "theme";
    pub const HIDE: &str = "hide";
    pub const LAYOUT: &str = "layout";
    pub const OPEN_FULL: &str = "open_full";
    pub const CTA: &str = "cta";
    pub const CTA_LABEL: &str = "cta_label";
    /// How the page looks (read by [`crate::presentation`]): not scenario keys, never
    /// reported as unknown, and kept when the scenario part of the link is rewritten.
    pub const PRESENTATION: [&str; 8] = [
        EMBED, ACCENT, THEME, HIDE, LAYOUT, OPEN_FULL, CTA, CTA_LABEL,
    ];
    /// Keys added by mail and ad tools: ignored without a notice.
    pub const TRACKING_PREFIXES: [&str; 4] = ["utm_", "fbclid", "gclid", "mc_"];
}

/// The link format version written today. A link carries the version it was made with, and is
/// read with that version's defaults: when a default changes, add a version and keep the old
/// defaults in [`defaults_for_version`], so links made before open the same way.
pub const CURRENT_VERSION: u32 = 1;

/// Longest value read from a link; anything longer is ignored with a notice.
const MAX_VALUE_LENGTH: usize = 100;

/// The assumption defaults a link of `version` was made against.
pub fn defaults_for_version(_version: u32) -> Assumptions {
    // Only version 1 exists: today's table.
    Assumptions::default()
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub scenario: Scenario,
    /// What was ignored or adjusted, in plain words, one sentence each.
    pub notices: Vec<String>,
    /// Whether the link carried any scenario setting at all (else storage may fill in).
    pub has_scenario: bool,
    /// The presentation parameters (embed, theme...), as `(key, value)` in link order.
    pub presentation: Vec<(String, String)>,
}

/// Decodes `%XX` escapes and `+`; malformed escapes are kept as typed, bad UTF-8 replaced.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            // `i + 2 < len`: both hex digits exist.
            b'%' if i + 2 < bytes.len() => {
                // Two hex digits, nothing else: `from_str_radix` alone also takes a sign, and
                // read `%+A` as the byte 0x0A (the URL standard keeps it as typed).
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether a notice must not show `c` as it is (the same characters a plan's names drop).
pub(crate) use crate::model::plan::is_hidden_character;

/// A value as a notice may quote it: at most 40 characters, control and invisible characters
/// shown as �.
pub(crate) fn quoted(value: &str) -> String {
    let mut shown: String = value
        .chars()
        .take(40)
        .map(|c| {
            if is_hidden_character(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    if value.chars().nth(40).is_some() {
        shown.push('…');
    }
    format!("“{shown}”")
}

/// Unknown keys named one by one; any more are counted in one notice.
const UNKNOWN_KEYS_NAMED: usize = 5;

fn is_scenario_key(key: &str) -> bool {
    [
        keys::VERSION,
        keys::LEVEL,
        keys::REGION,
        keys::REMOTE,
        keys::START,
        keys::OPENS,
        keys::ROUTE,
    ]
    .contains(&key)
        || Assumption::from_key(key).is_some()
}

/// Reads a query string (with or without the leading `?`). Never panics.
pub fn decode(query: &str, today: Date) -> Decoded {
    let mut scenario = Scenario::default_for(today);
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut presentation = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    // One notice per repeated key and per unknown key, however often it comes back: a link
    // repeating a key 10,000 times gets one notice, not 9,999.
    let mut repeated: Vec<String> = Vec::new();
    let mut unknown: BTreeSet<String> = BTreeSet::new();

    for part in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (raw_key, raw_value) = part.split_once('=').unwrap_or((part, ""));
        let key = percent_decode(raw_key);
        let value = percent_decode(raw_value);
        if keys::PRESENTATION.contains(&key.as_str()) {
            presentation.push((key, value));
            continue;
        }
        if keys::TRACKING_PREFIXES.iter().any(|p| key.starts_with(p)) {
            continue;
        }
        if !is_scenario_key(&key) {
            if unknown.len() < UNKNOWN_KEYS_NAMED && !unknown.contains(&key) {
                notices.push(format!(
                    "Ignored {}: HirePlan has no such setting.",
                    quoted(&key)
                ));
            }
            unknown.insert(key);
            continue;
        }
        if seen.contains(&key) {
            if !repeated.contains(&key) {
                notices.push(format!(
                    "The link gives {} more than once; used the first.",
                    quoted(&key)
                ));
                repeated.push(key);
            }
            continue;
        }
        seen.push(key.clone());
        if value.chars().count() > MAX_VALUE_LENGTH {
            notices.push(format!(
                "The value for {} is too long to be real; used the default.",
                quoted(&key)
            ));
            continue;
        }
        pairs.push((key, value));
    }
    if unknown.len() > UNKNOWN_KEYS_NAMED {
        notices.push(format!(
            "Ignored {} more settings HirePlan does not have.",
            grouped((unknown.len() - UNKNOWN_KEYS_NAMED) as i64)
        ));
    }
    let has_scenario = !pairs.is_empty() || seen.iter().any(|k| is_scenario_key(k));

    let version = match pairs.iter().find(|(k, _)| k == keys::VERSION) {
        None => CURRENT_VERSION,
        Some((_, v)) => match v.trim().parse::<u32>() {
            Ok(n) if (1..=CURRENT_VERSION).contains(&n) => n,
            Ok(n) if n > CURRENT_VERSION => {
                notices.push(
                    "This link was made by a newer version of HirePlan; settings it has that this version does not know were ignored."
                        .to_string(),
                );
                CURRENT_VERSION
            }
            _ => {
                notices.push(format!(
                    "Ignored the link version {}; read it as version {CURRENT_VERSION}.",
                    quoted(v)
                ));
                CURRENT_VERSION
            }
        },
    };
    scenario.assumptions = defaults_for_version(version);

    for (key, value) in &pairs {
        let value = value.trim();
        match key.as_str() {
            keys::VERSION => {}
            keys::LEVEL => match Level::from_key(&value.to_ascii_lowercase()) {
                Some(level) => scenario.level = level,
                None => notices.push(format!(
                    "{} is not a level; used {}.",
                    quoted(value),
                    scenario.level.label()
                )),
            },
            keys::REGION => match Region::find(&value.to_ascii_lowercase()) {
                Some(region) => scenario.region = region,
                None => notices.push(format!(
                    "{} is not a region HirePlan has wages for; used the United States.",
                    quoted(value)
                )),
            },
            keys::REMOTE => match parse_number(value) {
                Some(v) => {
                    let used = clamp_remote_discount(v);
                    if (used - v).abs() > 0.05 {
                        notices.push(format!(
                            "A remote discount of {} is outside 0–{}; used {}.",
                            quoted(value),
                            percent(REMOTE_DISCOUNT_MAX),
                            percent(used)
                        ));
                    }
                    scenario.remote_discount = used;
                }
                None => notices.push(format!(
                    "{} is not a remote discount; used 0%.",
                    quoted(value)
                )),
            },
            keys::START => match Quarter::parse(value) {
                Some(quarter) => scenario.start_quarter = quarter,
                None => notices.push(format!(
                    "{} is not a quarter like 2027-Q2; the search opens in {}.",
                    quoted(value),
                    default_start_quarter(today)
                )),
            },
            // Checked against the start quarter once every key is read.
            keys::OPENS => match Date::parse_iso(value) {
                Some(day) => scenario.search_opens_on = Some(day),
                None => notices.push(format!(
                    "{} is not a date like 2026-11-30; the search opens on the first day of its quarter.",
                    quoted(value)
                )),
            },
            keys::ROUTE => match HiringRoute::from_key(&value.to_ascii_lowercase()) {
                Some(route) => scenario.route = route,
                None => notices.push(format!(
                    "{} is not a hiring route; used {}.",
                    quoted(value),
                    scenario.route.label()
                )),
            },
            other => {
                // Assumptions: range-checked here, order-checked once all are read.
                let Some(which) = Assumption::from_key(other) else {
                    continue;
                };
                let spec = which.spec();
                match parse_number(value) {
                    Some(v) => match scenario.assumptions.set_within_range(which, v) {
                        Applied::Clamped { value: used, .. } => notices.push(format!(
                            "{}: {} is outside {}; used {}.",
                            spec.label,
                            quoted(value),
                            entry::range(spec),
                            entry::show(spec, used)
                        )),
                        // Links the app writes are already rounded; a hand-typed 3.5 days is not.
                        Applied::AsGiven(used) if used != v => notices.push(format!(
                            "{}: {} was rounded to {}.",
                            spec.label,
                            quoted(value),
                            entry::show(spec, used)
                        )),
                        Applied::AsGiven(_) => {}
                    },
                    None => notices.push(format!(
                        "{}: {} is not a number; used {}.",
                        spec.label,
                        quoted(value),
                        entry::show(spec, scenario.assumptions[which])
                    )),
                }
            }
        }
    }
    if let Some(day) = scenario.search_opens_on {
        if scenario.search_opens() != day {
            notices.push(format!(
                "The search cannot open on {day} in {}; it opens on {}.",
                scenario.start_quarter,
                scenario.start_quarter.first_day()
            ));
            scenario.search_opens_on = None;
        } else if day == scenario.start_quarter.first_day() {
            // The quarter's first day is what `None` means, and what the encoder leaves out.
            scenario.search_opens_on = None;
        }
    }
    for (which, used) in scenario.assumptions.restore_order() {
        notices.push(format!(
            "{} was out of order with the values around it; used {}.",
            which.spec().label,
            entry::show(which.spec(), used)
        ));
    }
    Decoded {
        scenario,
        notices,
        has_scenario,
        presentation,
    }
}

/// The query string for `scenario`, without the leading `?`.
pub fn encode(scenario: &Scenario) -> String {
    let defaults = defaults_for_version(CURRENT_VERSION);
    let mut out = format!(
        "{}={CURRENT_VERSION}&{}={}&{}={}&{}={}&{}={}&{}={}",
        keys::VERSION,
        keys::LEVEL,
        scenario.level.key(),
        keys::REGION,
        scenario.region.id,
        keys::REMOTE,
        plain(scenario.remote_discount, 1),
        keys::START,
        scenario.start_quarter.key(),
        keys::ROUTE,
        scenario.route.key(),
    );
    let opens = scenario.search_opens();
    if opens != scenario.start_quarter.first_day() {
        out.push_str(&format!("&{}={}", keys::OPENS, opens.iso()));
    }
    for spec in &SPECS {
        let value = scenario.assumptions[spec.id];
        if value != defaults[spec.id] {
            out.push('&');
            out.push_str(spec.key);
            out.push('=');
            out.push_str(&plain(value, spec.decimals));
        }
    }
    out
}

/// [`encode_with`] without the start quarter and its opening day: the query an embed snippet
/// carries. A partner's page is visited for months; without a start, the planner opens each
/// visitor's search next quarter from their own today, so the embed never shows a search
/// date in the past.
pub fn encode_rolling(scenario: &Scenario, presentation: &[(String, String)]) -> String {
    encode_with(scenario, presentation)
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            key != keys::START && key != keys::OPENS
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Where the page's first scenario came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The address carried a scenario: a link always wins over what is stored.
    Link,
    /// The address carried none; the scenario saved on the last visit was restored.
    Saved,
    /// Neither: today's defaults.
    Defaults,
}

/// The page's first scenario and what to do with the saved one.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub decoded: Decoded,
    pub origin: Origin,
    /// The saved scenario was unreadable, from an unknown version or out of range: forget it.
    pub forget_saved: bool,
}

/// Chooses the first scenario from the address's query and the saved query (if any). Saved
/// data is used only when it decodes cleanly; otherwise it is dropped without a notice (the
/// visitor did not type it). Notices about the address itself are always kept.
pub fn start(address_query: &str, saved: Option<&str>, today: Date) -> Start {
    let from_address = decode(address_query, today);
    if from_address.has_scenario {
        return Start {
            decoded: from_address,
            origin: Origin::Link,
            forget_saved: false,
        };
    }
    let Some(saved) = saved else {
        return Start {
            decoded: from_address,
            origin: Origin::Defaults,
            forget_saved: false,
        };
    };
    let restored = decode(saved, today);
    if restored.has_scenario && restored.notices.is_empty() {
        let decoded = Decoded {
            scenario: restored.scenario,
            ..from_address
        };
        Start {
            decoded,
            origin: Origin::Saved,
            forget_saved: false,
        }
    } else {
        Start {
            decoded: from_address,
            origin: Origin::Defaults,
            forget_saved: true,
        }
    }
}

/// Escapes a presentation value for a query string (they are written back as they came).
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The full query for the address bar: the scenario, then the presentation parameters.
pub fn encode_with(scenario: &Scenario, presentation: &[(String, String)]) -> String {
    let mut out = encode(scenario);
    for (key, value) in presentation {
        out.push('&');
        out.push_str(&percent_encode(key));
        out.push('=');
        out.push_str(&percent_encode(value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 29).unwrap()
    }

    #[test]
    fn a_link_wins_over_the_saved_scenario() {
        let s = start("?level=senior", Some("v=1&level=junior"), today());
        assert_eq!(s.origin, Origin::Link);
        assert_eq!(s.decoded.scenario.level, Level::Senior);
        assert!(!s.forget_saved);
    }

    #[test]
    fn the_saved_scenario_fills_a_bare_address() {
        let saved = encode(&Scenario {
            level: Level::Junior,
            ..Scenario::default_for(today())
        });
        let s = start("?embed=1&utm_source=x", Some(&saved), today());
        assert_eq!(s.origin, Origin::Saved);
        assert_eq!(s.decoded.scenario.level, Level::Junior);
        assert_eq!(
            s.decoded.presentation,
            vec![("embed".to_string(), "1".to_string())]
        );
        assert!(s.decoded.notices.is_empty());
    }

    #[test]
    fn unreadable_saved_data_is_forgotten_quietly() {
        for saved in [
            "v=99&level=senior",
            "level=wizard",
            "{\"old\":\"json\"}",
            "",
            "oh=1e308",
        ] {
            let s = start("", Some(saved), today());
            assert_eq!(s.origin, Origin::Defaults, "{saved}");
            assert!(s.forget_saved, "{saved}");
            assert!(
                s.decoded.notices.is_empty(),
                "{saved}: {:?}",
                s.decoded.notices
            );
            assert_eq!(s.decoded.scenario, Scenario::default_for(today()));
        }
        let nothing = start("", None, today());
        assert_eq!(nothing.origin, Origin::Defaults);
        assert!(!nothing.forget_saved);
    }

    #[test]
    fn the_issue_example_link() {
        let d = decode(
            "?level=senior&region=msa-42660&remote=10&start=2027-Q2&route=agency",
            today(),
        );
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert!(d.has_scenario);
        assert_eq!(d.scenario.level, Level::Senior);
        assert_eq!(d.scenario.region.name, "Seattle-Tacoma-Bellevue, WA");
        assert_eq!(d.scenario.remote_discount, 10.0);
        assert_eq!(
            d.scenario.start_quarter,
            Quarter {
                year: 2027,
                number: 2
            }
        );
        assert_eq!(d.scenario.route, HiringRoute::Agency);
        assert_eq!(
            encode(&d.scenario),
            "v=1&level=senior&region=msa-42660&remote=10&start=2027-Q2&route=agency"
        );
    }

    #[test]
    fn only_edited_assumptions_are_written() {
        let mut s = Scenario::default_for(today());
        s.assumptions.set(Assumption::Overhead, 30.0);
        s.assumptions.set(Assumption::RampSpeedSenior, 0.6);
        let query = encode(&s);
        assert!(query.ends_with("&oh=30&rsr=0.6"), "{query}");
        assert_eq!(decode(&query, today()).scenario, s);
    }

    #[test]
    fn hostile_links_fall_back_with_notices() {
        let long = "x".repeat(10_000);
        let query = format!(
            "level=wizard&remote=-55&oh=NaN&fee=1e308&start=banana&region=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&level=senior&tmid={long}&zzz=1"
        );
        let d = decode(&query, today());
        let s = &d.scenario;
        assert_eq!(s.level, Level::Mid);
        assert_eq!(s.remote_discount, 0.0);
        assert_eq!(s.assumptions[Assumption::Overhead], 25.0);
        assert_eq!(s.assumptions[Assumption::AgencyFee], 40.0);
        assert_eq!(
            s.start_quarter,
            Quarter {
                year: 2027,
                number: 1
            }
        );
        assert_eq!(s.region.id, "us");
        assert_eq!(s.assumptions[Assumption::TimeToHireMid], 40.0);
        let all = d.notices.join("\n");
        for expected in [
            "“wizard” is not a level; used Mid-level (4–6 years).",
            "A remote discount of “-55” is outside 0–30%; used 0%.",
            "Benefits, payroll taxes and overhead, on top of salary: “NaN” is not a number; used 25%.",
            "Staffing agency fee, share of first-year salary: “1e308” is outside 0% – 40%; used 40%.",
            "“banana” is not a quarter like 2027-Q2; the search opens in 2027 Q1.",
            "“<img src=x onerror=alert(1)>” is not a region HirePlan has wages for; used the United States.",
            "The link gives “level” more than once; used the first.",
            "The value for “tmid” is too long to be real; used the default.",
            "Ignored “zzz”: HirePlan has no such setting.",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
    }

    #[test]
    fn a_hand_typed_fraction_is_rounded_with_a_notice() {
        let d = decode("tmid=3.5&oh=22.5", today());
        assert_eq!(d.scenario.assumptions[Assumption::TimeToHireMid], 4.0);
        assert_eq!(d.scenario.assumptions[Assumption::Overhead], 22.5);
        assert_eq!(
            d.notices,
            vec!["Time to hire, in-house: mid: “3.5” was rounded to 4 days."]
        );
    }

    #[test]
    fn assumptions_out_of_order_are_put_back_in_order() {
        // A band's high below its median, given in either order, is raised to the median.
        for query in ["mmed=150000&mhi=145000", "mhi=145000&mmed=150000"] {
            let d = decode(query, today());
            assert_eq!(
                d.scenario.assumptions[Assumption::MidSalaryMedian],
                150_000.0,
                "{query}"
            );
            assert_eq!(
                d.scenario.assumptions[Assumption::MidSalaryHigh],
                150_000.0,
                "{query}"
            );
            assert_eq!(
                d.notices,
                vec![
                    "Mid: high was out of order with the values around it; used $150,000."
                        .to_string()
                ]
            );
        }
        // Both raised together, in order, are taken as given.
        let d = decode("mhi=160000&mmed=150000", today());
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert_eq!(
            d.scenario.assumptions[Assumption::MidSalaryMedian],
            150_000.0
        );
    }

    #[test]
    fn presentation_and_tracking_keys_are_not_scenario_keys() {
        let d = decode("embed=1&accent=%23ff0000&utm_source=mail", today());
        assert!(!d.has_scenario);
        assert!(d.notices.is_empty());
        assert_eq!(
            d.presentation,
            vec![
                ("embed".into(), "1".into()),
                ("accent".into(), "#ff0000".into())
            ]
        );
        let s = Scenario::default_for(today());
        assert!(encode_with(&s, &d.presentation).ends_with("&embed=1&accent=%23ff0000"));
    }

    #[test]
    fn versions() {
        assert!(decode("v=1&level=junior", today()).notices.is_empty());
        assert!(decode("v=7&level=junior", today()).notices[0].contains("newer version"));
        assert!(decode("v=zero", today()).notices[0].contains("Ignored the link version"));
        assert!(!decode("", today()).has_scenario);
        assert!(decode("v=1", today()).has_scenario);
    }

    #[test]
    fn a_past_start_quarter_is_kept_exactly() {
        let d = decode("start=2025-Q3", today());
        assert!(d.notices.is_empty());
        assert_eq!(
            d.scenario.start_quarter,
            Quarter {
                year: 2025,
                number: 3
            }
        );
    }

    #[test]
    fn a_search_opened_mid_quarter_travels_in_the_link() {
        let today = Date::new(2026, 11, 30).unwrap();
        let mut s = Scenario::default_for(today);
        s.open_search_in(
            Quarter {
                year: 2026,
                number: 4,
            },
            today,
        );
        let query = encode(&s);
        assert_eq!(
            query,
            "v=1&level=mid&region=us&remote=0&start=2026-Q4&route=inhouse&opens=2026-11-30"
        );
        // Opened a year later, the link still means the same day.
        let later = decode(&query, Date::new(2027, 11, 30).unwrap());
        assert!(later.notices.is_empty(), "{:?}", later.notices);
        assert_eq!(later.scenario, s);
        // A link without the key opens the search on the quarter's first day, as it always did.
        let old = decode("v=1&start=2026-Q4", today);
        assert_eq!(old.scenario.search_opens_on, None);
        // A day outside the quarter, or not a date, is dropped with a notice.
        let outside = decode("start=2027-Q1&opens=2026-11-30", today);
        assert_eq!(outside.scenario.search_opens_on, None);
        assert_eq!(
            outside.notices,
            vec!["The search cannot open on Nov 30, 2026 in 2027 Q1; it opens on Jan 1, 2027."]
        );
        let junk = decode("start=2027-Q1&opens=soon", today);
        assert!(junk.notices[0].contains("“soon” is not a date"));
    }

    #[test]
    fn an_embed_query_never_pins_the_start() {
        let today = Date::new(2026, 11, 30).unwrap();
        let mut s = Scenario::default_for(today);
        s.level = Level::Senior;
        s.open_search_in(today.quarter(), today);
        let query = encode_rolling(&s, &[("theme".into(), "dark".into())]);
        assert_eq!(
            query,
            "v=1&level=senior&region=us&remote=0&route=inhouse&theme=dark"
        );
        // Opened in the spring, it plans from then: the next quarter, no notice.
        let later = decode(&query, Date::new(2027, 4, 20).unwrap());
        assert!(later.notices.is_empty());
        assert_eq!(
            later.scenario.start_quarter,
            Quarter {
                year: 2027,
                number: 3
            }
        );
        assert_eq!(later.scenario.level, Level::Senior);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%E2%80%93"), "–");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
        assert_eq!(percent_decode("%"), "%");
    }

    #[test]
    fn a_sign_after_percent_is_not_an_escape() {
        // Bug found by tests/differential_link.rs: `%+A` decoded to a line feed (0x0A) and
        // `%+0` to a NUL, where form_urlencoded and browsers keep the text (`+` as a space).
        assert_eq!(percent_decode("%+A"), "% A");
        assert_eq!(percent_decode("%+0"), "% 0");
        assert_eq!(percent_decode("%-1"), "%-1");
        assert_eq!(percent_decode("a%+2Cb"), "a% 2Cb");
    }

    #[test]
    fn a_repeated_or_unknown_key_gets_one_notice_however_often_it_comes() {
        // Found by tests/link_hostile.rs: 10,000 repeats of a key gave 9,999 notices.
        let query = vec!["level=senior&zzz=1"; 10_000].join("&");
        let d = decode(&query, today());
        assert_eq!(d.scenario.level, Level::Senior);
        assert_eq!(
            d.notices,
            vec![
                "Ignored “zzz”: HirePlan has no such setting.",
                "The link gives “level” more than once; used the first.",
            ]
        );
        // Distinct unknown keys: five named, the rest counted.
        let keys: Vec<String> = (0..10_000).map(|n| format!("k{n}=1")).collect();
        let d = decode(&keys.join("&"), today());
        assert_eq!(d.notices.len(), 6);
        assert_eq!(d.notices[4], "Ignored “k4”: HirePlan has no such setting.");
        assert_eq!(
            d.notices[5],
            "Ignored 9,995 more settings HirePlan does not have."
        );
    }

    #[test]
    fn invisible_characters_are_shown_in_notices() {
        // `le<ZWSP>vel` is not `level`: the notice must not read “level”. NUL, right-to-left
        // overrides and the like are shown as �, never passed to the page.
        let d = decode(
            "le%E2%80%8Bvel=1&level=%E2%80%AEroines&region=%00us",
            today(),
        );
        assert_eq!(
            d.notices,
            vec![
                "Ignored “le�vel”: HirePlan has no such setting.",
                "“�roines” is not a level; used Mid-level (4–6 years).",
                "“�us” is not a region HirePlan has wages for; used the United States.",
            ]
        );
        assert_eq!(quoted(&"x".repeat(40)), format!("“{}”", "x".repeat(40)));
        assert_eq!(quoted(&"x".repeat(41)), format!("“{}…”", "x".repeat(40)));
    }

    #[test]
    fn a_search_opening_on_its_quarters_first_day_is_the_default() {
        // Found by tests/link_corpus.rs: `opens=2027-01-01` with `start=2027-Q1` kept
        // `Some(Jan 1)`, which the encoder leaves out, so decode → encode → decode differed.
        let d = decode("start=2027-Q1&opens=2027-01-01", today());
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert_eq!(d.scenario.search_opens_on, None);
        assert_eq!(decode(&encode(&d.scenario), today()).scenario, d.scenario);
    }
}
