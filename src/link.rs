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
use crate::model::plan::{clean_name, LETTERS};
use crate::model::scenario::{clamp_remote_discount, default_start_quarter, REMOTE_DISCOUNT_MAX};
use crate::model::{
    Applied, Assumption, Assumptions, Date, HiringRoute, Level, Plan, PlanOption, Quarter, Region,
    Scenario, MAX_OPTIONS, SPECS,
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
    /// Where a start quarter rolls with the visitor's today (the embed code): A's search opens
    /// this many quarters after the visitor's next quarter (`later=-1`: their current quarter,
    /// from the day they visit), B's or C's this many after A's (`b.later=1`). Written instead
    /// of `start`, so "now or a quarter later" stays now and a quarter later.
    pub const LATER: &str = "later";
    pub const ROUTE: &str = "route";
    /// One option's settings besides its assumptions (unprefixed for A, after `b.` or `c.`).
    pub const SETTINGS: [&str; 7] = [LEVEL, REGION, REMOTE, START, OPENS, LATER, ROUTE];
    /// Version 2: the options' name keys, by position (`a=Today&b=&c=Agency`). `b` and `c`
    /// also say the option is there; their settings follow the separator (`b.level=senior`).
    pub const OPTIONS: [&str; 3] = ["a", "b", "c"];
    pub const OPTION_SEPARATOR: char = '.';
    /// Version 2: the selected option's letter, when it is not A (`sel=b`).
    pub const SELECTED: &str = "sel";
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

/// The newest link format version. A link carries the version it was made with, and is read
/// with that version's defaults: when a default changes, add a version and keep the old
/// defaults in [`defaults_for_version`], so links made before open the same way.
///
/// Version 2 (issue 11) adds a plan's options, their names and the selection; its defaults
/// are version 1's (the annual raise it appended defaults to 0 %, as a version-1 link means).
pub const CURRENT_VERSION: u32 = 2;

/// The version a link with one unnamed scenario is written in: it says nothing version 2
/// added, so it stays the version-1 link every HirePlan reads, byte for byte what the app
/// wrote before (the golden links and the link corpus prove it).
pub const SINGLE_SCENARIO_VERSION: u32 = 1;

/// Longest value read from a link; anything longer is ignored with a notice.
const MAX_VALUE_LENGTH: usize = 100;

/// The assumption defaults a link of `version` was made against.
pub fn defaults_for_version(_version: u32) -> Assumptions {
    // Versions 1 and 2 share today's table.
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

/// The keys of one option's scenario (unprefixed for A, `b.` and `c.` before them for B and C).
fn is_option_setting(key: &str) -> bool {
    keys::SETTINGS.contains(&key) || Assumption::from_key(key).is_some()
}

/// What a key of the link sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyRole<'a> {
    Version,
    /// A setting of option `index` (0 for A), by its unprefixed key.
    Setting(usize, &'a str),
    /// The name of option `index`; for B and C it also says the option is there.
    Name(usize),
    Selected,
}

fn key_role(key: &str) -> Option<KeyRole<'_>> {
    if key == keys::VERSION {
        return Some(KeyRole::Version);
    }
    if key == keys::SELECTED {
        return Some(KeyRole::Selected);
    }
    if let Some(index) = keys::OPTIONS.iter().position(|k| *k == key) {
        return Some(KeyRole::Name(index));
    }
    if is_option_setting(key) {
        return Some(KeyRole::Setting(0, key));
    }
    // `b.level`: a setting of B. A's settings are never prefixed.
    let (prefix, setting) = key.split_once(keys::OPTION_SEPARATOR)?;
    let index = keys::OPTIONS.iter().position(|k| *k == prefix)?;
    (index > 0 && is_option_setting(setting)).then_some(KeyRole::Setting(index, setting))
}

fn is_scenario_key(key: &str) -> bool {
    key_role(key).is_some()
}

/// A plan read from a link: every option, the selection and what was said about them.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedPlan {
    pub plan: Plan,
    /// What was ignored or adjusted, in plain words, one sentence each.
    pub notices: Vec<String>,
    /// Whether the link carried any scenario setting at all (else storage may fill in).
    pub has_scenario: bool,
    /// The presentation parameters (embed, theme...), as `(key, value)` in link order.
    pub presentation: Vec<(String, String)>,
}

/// Reads a query string (with or without the leading `?`). Never panics. A link with several
/// options gives the selected one (see [`decode_plan`] for all of them).
pub fn decode(query: &str, today: Date) -> Decoded {
    let DecodedPlan {
        plan,
        notices,
        has_scenario,
        presentation,
    } = decode_plan(query, today);
    Decoded {
        scenario: plan.scenario().clone(),
        notices,
        has_scenario,
        presentation,
    }
}

/// Reads a query string into a plan (one option for a version-1 link). Never panics.
pub fn decode_plan(query: &str, today: Date) -> DecodedPlan {
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
        // An option's name marks the option as there even when it is too long to use.
        let is_name = matches!(key_role(&key), Some(KeyRole::Name(_)));
        if value.chars().count() > MAX_VALUE_LENGTH {
            notices.push(format!(
                "The value for {} is too long to be real; used the default.",
                quoted(&key)
            ));
            if is_name {
                pairs.push((key, String::new()));
            }
            continue;
        }
        pairs.push((key, value));
    }
    if unknown.len() > UNKNOWN_KEYS_NAMED {
        let more = unknown.len() - UNKNOWN_KEYS_NAMED;
        notices.push(format!(
            "Ignored {} more {} HirePlan does not have.",
            grouped(more as i64),
            if more == 1 { "setting" } else { "settings" }
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

    // Each option's settings, by unprefixed key, in link order; whether B and C are there.
    let mut settings: [Vec<(&str, &str)>; MAX_OPTIONS] = Default::default();
    let mut names: [Option<&str>; MAX_OPTIONS] = [None; MAX_OPTIONS];
    let mut present = [true, false, false];
    let mut selected: Option<&str> = None;
    for (key, value) in &pairs {
        match key_role(key) {
            Some(KeyRole::Setting(index, setting)) => {
                settings[index].push((setting, value.as_str()));
                present[index] = true;
            }
            Some(KeyRole::Name(index)) => {
                names[index] = Some(value.as_str());
                present[index] = true;
            }
            Some(KeyRole::Selected) => selected = Some(value.as_str()),
            Some(KeyRole::Version) | None => {}
        }
    }

    let mut baseline = Scenario::default_for(today);
    baseline.assumptions = defaults_for_version(version);
    let mut options: Vec<PlanOption> = Vec::new();
    // Positions in the plan of the link's A, B and C (C is second when B is not there).
    let mut position: [Option<usize>; MAX_OPTIONS] = [None; MAX_OPTIONS];
    for index in 0..MAX_OPTIONS {
        if !present[index] {
            continue;
        }
        // B and C start from A and carry only what differs; A from the defaults.
        let mut scenario = options
            .first()
            .map_or_else(|| baseline.clone(), |a| a.scenario.clone());
        let a_start = options.first().map(|a| a.scenario.start_quarter);
        let said = apply_settings(&mut scenario, &settings[index], a_start, today);
        let letter = LETTERS[index];
        notices.extend(said.into_iter().map(|notice| match index {
            // A's notices read as they always did (version-1 links have only A).
            0 => notice,
            _ => format!("Option {letter}: {notice}"),
        }));
        let name = names[index].and_then(|typed| {
            let (cleaned, changed) = clean_name(typed);
            if changed && !cleaned.is_empty() {
                notices.push(format!(
                    "The name of option {letter} was cleaned or shortened to {}.",
                    quoted(&cleaned)
                ));
            }
            (!cleaned.is_empty()).then_some(cleaned)
        });
        position[index] = Some(options.len());
        options.push(PlanOption { name, scenario });
    }

    let selected = match selected.map(|v| v.trim().to_ascii_lowercase()) {
        None => 0,
        Some(letter) => {
            let named = keys::OPTIONS.iter().position(|k| *k == letter);
            match named.and_then(|index| position[index]) {
                Some(at) => at,
                None => {
                    notices.push(format!(
                        "The link selects option {}, which it does not have; selected option A.",
                        quoted(&letter)
                    ));
                    0
                }
            }
        }
    };
    let plan = Plan::from_options(options, selected).unwrap_or_else(|| Plan::single(baseline));
    DecodedPlan {
        plan,
        notices,
        has_scenario,
        presentation,
    }
}

/// How far a search may open from where it is measured (`later`), in quarters: two years
/// either way.
const MAX_QUARTERS_LATER: i32 = 8;

/// Applies one option's settings (unprefixed keys, link order) to `scenario` and returns what
/// was ignored or adjusted, in plain words. `a_start`: A's start quarter, for B and C (`None`
/// for A itself). Never panics.
fn apply_settings(
    scenario: &mut Scenario,
    settings: &[(&str, &str)],
    a_start: Option<Quarter>,
    today: Date,
) -> Vec<String> {
    let mut notices = Vec::new();
    let mut start_given = false;
    let mut opens_given = false;
    for (key, value) in settings {
        let value = value.trim();
        match *key {
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
                Some(quarter) => {
                    scenario.start_quarter = quarter;
                    start_given = true;
                }
                None => notices.push(format!(
                    "{} is not a quarter like 2027-Q2; the search opens in {}.",
                    quoted(value),
                    default_start_quarter(today)
                )),
            },
            keys::LATER => match value.parse::<i32>() {
                Ok(n) if n.abs() <= MAX_QUARTERS_LATER => {
                    // A's from the visitor's next quarter, B's and C's from A's (which rolls
                    // with it). A search that would then lie in the past opens today, as a
                    // search planned in the current quarter does ("a quarter sooner" than next
                    // quarter's is this quarter's, from today).
                    let from = a_start.unwrap_or_else(|| default_start_quarter(today));
                    let quarter = from.offset(n).max(today.quarter());
                    scenario.open_search_in(quarter, today);
                    start_given = true;
                    opens_given = scenario.search_opens_on.is_some();
                }
                _ => notices.push(format!(
                    "{} is not a number of quarters from {} to {MAX_QUARTERS_LATER}; the search opens {}.",
                    quoted(value),
                    -MAX_QUARTERS_LATER,
                    if a_start.is_some() {
                        "when option A's does"
                    } else {
                        "next quarter"
                    }
                )),
            },
            // Checked against the start quarter once every key is read.
            keys::OPENS => match Date::parse_iso(value) {
                Some(day) => {
                    scenario.search_opens_on = Some(day);
                    opens_given = true;
                }
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
    // An option that moves the start without a day of its own opens on the quarter's first
    // day (not on the day it took over from A, which lies in another quarter).
    if start_given && !opens_given {
        scenario.search_opens_on = None;
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
    notices
}

/// The day a scenario's search opens when that is not its quarter's first day.
fn opens_within_quarter(scenario: &Scenario) -> Option<Date> {
    let opens = scenario.search_opens();
    (opens != scenario.start_quarter.first_day()).then_some(opens)
}

/// Appends `&key=value` for each setting of `scenario` that differs from `reference` (the
/// version's defaults for A, option A for B and C), keys after `prefix`.
fn push_settings(
    out: &mut String,
    prefix: &str,
    scenario: &Scenario,
    reference: Option<&Scenario>,
) {
    let mut put = |key: &str, value: &str| {
        out.push('&');
        out.push_str(prefix);
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    };
    // A writes the five inputs always (a link opened next year still means the same quarter).
    let differs = |same: bool| reference.is_none() || !same;
    if differs(reference.is_some_and(|r| r.level == scenario.level)) {
        put(keys::LEVEL, scenario.level.key());
    }
    if differs(reference.is_some_and(|r| r.region == scenario.region)) {
        put(keys::REGION, scenario.region.id);
    }
    if differs(reference.is_some_and(|r| r.remote_discount == scenario.remote_discount)) {
        put(keys::REMOTE, &plain(scenario.remote_discount, 1));
    }
    let start_written =
        differs(reference.is_some_and(|r| r.start_quarter == scenario.start_quarter));
    if start_written {
        put(keys::START, &scenario.start_quarter.key());
    }
    if differs(reference.is_some_and(|r| r.route == scenario.route)) {
        put(keys::ROUTE, scenario.route.key());
    }
    // What the decoder will assume without an `opens`: the quarter's first day when the start
    // is written, else the day taken over from A.
    let assumed = match reference {
        Some(a) if !start_written => opens_within_quarter(a),
        _ => None,
    };
    let opens = opens_within_quarter(scenario);
    if opens != assumed {
        put(
            keys::OPENS,
            &opens.unwrap_or(scenario.start_quarter.first_day()).iso(),
        );
    }
    let defaults = defaults_for_version(CURRENT_VERSION);
    let reference_assumptions = reference.map_or(&defaults, |r| &r.assumptions);
    for spec in &SPECS {
        let value = scenario.assumptions[spec.id];
        if value != reference_assumptions[spec.id] {
            put(spec.key, &plain(value, spec.decimals));
        }
    }
}

/// The query string for `scenario`, without the leading `?`: a version-1 link, as the app has
/// always written it (one scenario says nothing version 2 added).
pub fn encode(scenario: &Scenario) -> String {
    let mut out = format!("{}={SINGLE_SCENARIO_VERSION}", keys::VERSION);
    push_settings(&mut out, "", scenario, None);
    out
}

/// The query string for `plan`, without the leading `?`. One unnamed option: exactly
/// [`encode`]'s short version-1 link. Otherwise version 2: A's settings as in version 1, its
/// name (`a=`), then for B and C their name key (`b=`, empty when unnamed: it also says the
/// option is there) and only the settings that differ from A (`b.level=senior`), and the
/// selection (`sel=b`) unless it is A.
pub fn encode_plan(plan: &Plan) -> String {
    let options = plan.options();
    let Some(first) = options.first() else {
        return String::new();
    };
    if options.len() == 1 && first.name.is_none() {
        return encode(&first.scenario);
    }
    let mut out = format!("{}={CURRENT_VERSION}", keys::VERSION);
    push_settings(&mut out, "", &first.scenario, None);
    for (index, option) in options.iter().enumerate() {
        let letter = keys::OPTIONS[index];
        if index > 0 || option.name.is_some() {
            out.push('&');
            out.push_str(letter);
            out.push('=');
            out.push_str(&percent_encode(option.name.as_deref().unwrap_or("")));
        }
        if index > 0 {
            let prefix = format!("{letter}{}", keys::OPTION_SEPARATOR);
            push_settings(&mut out, &prefix, &option.scenario, Some(&first.scenario));
        }
    }
    if plan.selected() > 0 {
        out.push_str(&format!(
            "&{}={}",
            keys::SELECTED,
            keys::OPTIONS[plan.selected()]
        ));
    }
    out
}

/// [`encode_with`] with the start quarter relative to `today` and without its opening day:
/// the query an embed snippet carries. A partner's page is visited for months: the search
/// opens as many quarters after each visitor's next quarter as it does after `today`'s (no key
/// for next quarter, `later=-1` for the current one, from the visitor's day), so the embed
/// never shows a search date in the past.
pub fn encode_rolling(
    scenario: &Scenario,
    presentation: &[(String, String)],
    today: Date,
) -> String {
    encode_plan_rolling(&Plan::single(scenario.clone()), presentation, today)
}

/// [`encode_plan_with`] with the start quarters relative and no opening days (see
/// [`encode_rolling`]): A's search opens as many quarters after the visitor's next quarter as
/// it does after `today`'s, and B's and C's as many quarters after A's as they do now
/// (`b.later=1`), so a comparison of search timings ("now or a quarter later") survives in an
/// embed, and stays a comparison of timings.
pub fn encode_plan_rolling(plan: &Plan, presentation: &[(String, String)], today: Date) -> String {
    let a_start = plan.options().first().map(|a| a.scenario.start_quarter);
    encode_plan_with(plan, presentation)
        .split('&')
        .filter_map(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            match key_role(key) {
                Some(KeyRole::Setting(_, keys::OPENS)) => None,
                // A's start becomes its distance from next quarter: none when it is next
                // quarter (every embed code written before this key), and none past two years
                // (it then rolls to next quarter, as it always did).
                Some(KeyRole::Setting(0, keys::START)) => {
                    let later = default_start_quarter(today).quarters_until(a_start?);
                    (later != 0 && later.abs() <= MAX_QUARTERS_LATER)
                        .then(|| format!("{}={later}", keys::LATER))
                }
                // B's or C's own start becomes its distance from A's, which rolls.
                Some(KeyRole::Setting(index, keys::START)) => {
                    let start = plan.options().get(index)?.scenario.start_quarter;
                    let later = a_start?.quarters_until(start);
                    Some(format!(
                        "{}{}{}={later}",
                        keys::OPTIONS[index],
                        keys::OPTION_SEPARATOR,
                        keys::LATER
                    ))
                }
                _ => Some(pair.to_string()),
            }
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

/// The page's first plan and what to do with the saved one.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanStart {
    pub decoded: DecodedPlan,
    pub origin: Origin,
    /// The saved plan was unreadable, from an unknown version or out of range: forget it.
    pub forget_saved: bool,
}

/// Chooses the first scenario from the address's query and the saved query (if any): the
/// selected option of [`start_plan`].
pub fn start(address_query: &str, saved: Option<&str>, today: Date) -> Start {
    let PlanStart {
        decoded,
        origin,
        forget_saved,
    } = start_plan(address_query, saved, today);
    Start {
        decoded: Decoded {
            scenario: decoded.plan.scenario().clone(),
            notices: decoded.notices,
            has_scenario: decoded.has_scenario,
            presentation: decoded.presentation,
        },
        origin,
        forget_saved,
    }
}

/// Chooses the first plan from the address's query and the saved query (if any). Saved data
/// is used only when it decodes cleanly; otherwise it is dropped without a notice (the visitor
/// did not type it). Notices about the address itself are always kept. Storage keeps the
/// query the app writes ([`encode_plan`]), so a saved comparison comes back whole.
pub fn start_plan(address_query: &str, saved: Option<&str>, today: Date) -> PlanStart {
    let from_address = decode_plan(address_query, today);
    if from_address.has_scenario {
        return PlanStart {
            decoded: from_address,
            origin: Origin::Link,
            forget_saved: false,
        };
    }
    let Some(saved) = saved else {
        return PlanStart {
            decoded: from_address,
            origin: Origin::Defaults,
            forget_saved: false,
        };
    };
    let restored = decode_plan(saved, today);
    if restored.has_scenario && restored.notices.is_empty() {
        // A saved plan that is today's defaults (saved after the edits were undone) is no
        // "scenario from your last visit": the page says nothing of it. The boot script in
        // index.html judges the same, on the text (`saved !== defaults`: the defaults' query
        // as the prerender wrote it), so it does not hold the page for it either.
        let origin = if restored.plan == Plan::single(Scenario::default_for(today)) {
            Origin::Defaults
        } else {
            Origin::Saved
        };
        let decoded = DecodedPlan {
            plan: restored.plan,
            ..from_address
        };
        PlanStart {
            decoded,
            origin,
            forget_saved: false,
        }
    } else {
        PlanStart {
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
    with_presentation(encode(scenario), presentation)
}

/// The full query for the address bar: the plan ([`encode_plan`]), then the presentation
/// parameters.
pub fn encode_plan_with(plan: &Plan, presentation: &[(String, String)]) -> String {
    with_presentation(encode_plan(plan), presentation)
}

fn with_presentation(mut out: String, presentation: &[(String, String)]) -> String {
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
    fn a_saved_plan_that_is_todays_defaults_is_not_a_restored_one() {
        let defaults = Scenario::default_for(today());
        // As the app writes it, and as a hand-reordered query: both decode to the defaults.
        for saved in [
            encode(&defaults),
            format!("{}&v=1", encode(&defaults).replacen("v=1&", "", 1)),
        ] {
            let s = start_plan("", Some(&saved), today());
            assert_eq!(s.origin, Origin::Defaults, "{saved}");
            assert_eq!(s.decoded.plan, Plan::single(defaults.clone()));
            assert!(!s.forget_saved);
        }
        // One field off the defaults is the last visit's scenario.
        let other = encode(&Scenario {
            remote_discount: 10.0,
            ..defaults
        });
        assert_eq!(start_plan("", Some(&other), today()).origin, Origin::Saved);
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
    fn an_embed_query_never_pins_a_date() {
        let today = Date::new(2026, 11, 30).unwrap();
        let mut s = Scenario::default_for(today);
        s.level = Level::Senior;
        s.open_search_in(today.quarter(), today);
        // A search opening today: the current quarter, one before next quarter.
        let query = encode_rolling(&s, &[("theme".into(), "dark".into())], today);
        assert_eq!(
            query,
            "v=1&level=senior&region=us&remote=0&later=-1&route=inhouse&theme=dark"
        );
        // Opened in the spring, it plans from then: the search opens that day, no notice.
        let spring = Date::new(2027, 4, 20).unwrap();
        let later = decode(&query, spring);
        assert!(later.notices.is_empty());
        assert_eq!(later.scenario.start_quarter, spring.quarter());
        assert_eq!(later.scenario.search_opens(), spring);
        assert_eq!(later.scenario.level, Level::Senior);
        // A search opening next quarter writes no timing at all (as every embed code did
        // before `later`), and opens in the visitor's next quarter.
        s.open_search_in(today.quarter().offset(1), today);
        let query = encode_rolling(&s, &[], today);
        assert_eq!(query, "v=1&level=senior&region=us&remote=0&route=inhouse");
        assert_eq!(
            decode(&query, spring).scenario.start_quarter,
            spring.quarter().offset(1)
        );
        // Two quarters after next stays two after the visitor's next.
        s.open_search_in(today.quarter().offset(3), today);
        let query = encode_rolling(&s, &[], today);
        assert!(query.contains("&later=2&"), "{query}");
        assert_eq!(
            decode(&query, spring).scenario.start_quarter,
            spring.quarter().offset(3)
        );
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

    fn plan_of_three() -> Plan {
        let mut plan = Plan::single(Scenario {
            start_quarter: Quarter {
                year: 2027,
                number: 1,
            },
            ..Scenario::default_for(today())
        });
        plan.scenario_mut()
            .assumptions
            .set(Assumption::Overhead, 30.0);
        plan.add();
        plan.scenario_mut().level = Level::Senior;
        plan.scenario_mut().route = HiringRoute::Agency;
        plan.rename(1, "Senior, agency & co");
        plan.add();
        plan.scenario_mut().start_quarter = Quarter {
            year: 2027,
            number: 2,
        };
        plan.scenario_mut()
            .assumptions
            .set(Assumption::Overhead, 25.0);
        plan.select(1);
        plan
    }

    #[test]
    fn a_plan_in_one_link() {
        let plan = plan_of_three();
        let query = encode_plan(&plan);
        assert_eq!(
            query,
            "v=2&level=mid&region=us&remote=0&start=2027-Q1&route=inhouse&oh=30\
             &b=Senior,%20agency%20%26%20co&b.level=senior&b.route=agency\
             &c=&c.level=senior&c.start=2027-Q2&c.route=agency&c.oh=25&sel=b"
        );
        let back = decode_plan(&query, today());
        assert!(back.notices.is_empty(), "{:?}", back.notices);
        assert_eq!(back.plan, plan);
        // The single-scenario reader gives the selected option.
        assert_eq!(decode(&query, today()).scenario, *plan.scenario());
    }

    #[test]
    fn a_single_unnamed_plan_is_the_version_1_link() {
        let s = Scenario::default_for(today());
        let plan = Plan::single(s.clone());
        assert_eq!(encode_plan(&plan), encode(&s));
        assert!(encode_plan(&plan).starts_with("v=1&"));
        // Named, it needs version 2, still short.
        let mut named = plan.clone();
        named.rename(0, "Today");
        let query = encode_plan(&named);
        assert!(
            query.starts_with("v=2&") && query.ends_with("&a=Today"),
            "{query}"
        );
        assert_eq!(decode_plan(&query, today()).plan, named);
    }

    #[test]
    fn an_option_carries_its_own_opening_day() {
        let today = Date::new(2026, 11, 30).unwrap();
        let mut plan = Plan::single(Scenario::default_for(today));
        plan.scenario_mut().open_search_in(today.quarter(), today);
        // B opens next quarter, on its first day: `opens` must not come over from A.
        plan.add();
        plan.scenario_mut()
            .open_search_in(today.quarter().offset(1), today);
        // C the same quarter as A, on its first day: written as that day.
        plan.add();
        plan.scenario_mut().search_opens_on = None;
        plan.scenario_mut().start_quarter = today.quarter();
        let query = encode_plan(&plan);
        assert!(query.contains("&b.start=2027-Q1&"), "{query}");
        assert!(!query.contains("b.opens"), "{query}");
        assert!(query.contains("&c.opens=2026-10-01"), "{query}");
        let back = decode_plan(&query, Date::new(2027, 6, 1).unwrap());
        assert!(back.notices.is_empty(), "{:?}", back.notices);
        assert_eq!(back.plan, plan);
    }

    #[test]
    fn a_saved_comparison_comes_back_whole() {
        let plan = plan_of_three();
        let saved = encode_plan(&plan);
        let s = start_plan("?embed=1", Some(&saved), today());
        assert_eq!(s.origin, Origin::Saved);
        assert_eq!(s.decoded.plan, plan);
        // The single-scenario start gives its selected option.
        let single = start("", Some(&saved), today());
        assert_eq!(single.decoded.scenario, *plan.scenario());
        // A damaged saved plan is forgotten quietly.
        let damaged = start_plan("", Some("v=2&b=&sel=c"), today());
        assert!(damaged.forget_saved && damaged.decoded.notices.is_empty());
    }

    /// Each option's start quarter, A first.
    fn start_quarters(plan: &Plan) -> Vec<Quarter> {
        plan.options()
            .iter()
            .map(|o| o.scenario.start_quarter)
            .collect()
    }

    #[test]
    fn an_embed_of_a_plan_rolls_a_and_keeps_how_much_later_b_and_c_search() {
        let plan = plan_of_three();
        let query = encode_plan_rolling(&plan, &[("embed".into(), "1".into())], today());
        // A's start and every opening day are left out; C searches a quarter after A.
        assert!(
            !query.contains("start=") && !query.contains("opens="),
            "{query}"
        );
        assert!(query.contains("&c.later=1"), "{query}");
        assert!(!query.contains("b.later"), "{query}");
        assert!(query.contains("&b.level=senior") && query.ends_with("&embed=1"));
        // Opened in May 2027, A searches from the visitor's next quarter and C a quarter later.
        let back = decode_plan(&query, Date::new(2027, 5, 10).unwrap());
        assert!(back.notices.is_empty(), "{:?}", back.notices);
        let q = |number| Quarter { year: 2027, number };
        assert_eq!(start_quarters(&back.plan), vec![q(3), q(3), q(4)]);
        // Everything else comes back as it was.
        for (back, was) in back.plan.options().iter().zip(plan.options()) {
            assert_eq!(back.name, was.name);
            assert_eq!(back.scenario.level, was.scenario.level);
            assert_eq!(back.scenario.route, was.scenario.route);
            assert_eq!(back.scenario.assumptions, was.scenario.assumptions);
        }
    }

    #[test]
    fn later_is_read_within_two_years_for_a_from_next_quarter_and_for_b_and_c_from_a() {
        let a_start = default_start_quarter(today());
        let starts = |query: &str| {
            let back = decode_plan(query, today());
            (start_quarters(&back.plan), back.notices)
        };
        assert_eq!(
            starts("v=2&b=&b.later=-1&c=&c.later=8"),
            (vec![a_start, a_start.offset(-1), a_start.offset(8)], vec![])
        );
        // A quarter sooner than next quarter is this one, from today; sooner still is today
        // too, never a search in the past.
        for sooner in ["-1", "-2", "-8"] {
            let back = decode_plan(&format!("v=2&b=&b.later={sooner}"), today());
            assert!(back.notices.is_empty(), "{:?}", back.notices);
            let b = &back.plan.options()[1].scenario;
            assert_eq!(b.start_quarter, today().quarter(), "{sooner}");
            assert_eq!(b.search_opens(), today(), "{sooner}");
        }
        // A's from the visitor's next quarter; B's from A's wherever that is.
        assert_eq!(
            starts("v=2&later=2&b=&b.later=1"),
            (vec![a_start.offset(2), a_start.offset(3)], vec![])
        );
        let now = decode_plan("v=2&later=-1&b=&b.later=1", today());
        assert!(now.notices.is_empty(), "{:?}", now.notices);
        assert_eq!(now.plan.options()[0].scenario.search_opens(), today());
        assert_eq!(start_quarters(&now.plan), vec![today().quarter(), a_start]);
        let (kept, said) = starts("v=2&later=soon");
        assert_eq!(kept, vec![a_start]);
        assert_eq!(
            said,
            vec!["“soon” is not a number of quarters from -8 to 8; the search opens next quarter."]
        );
        for bad in ["9", "-9", "soon", "1.5", ""] {
            let (kept, said) = starts(&format!("v=2&b=&b.later={bad}"));
            assert_eq!(kept, vec![a_start, a_start], "{bad}");
            assert_eq!(said.len(), 1, "{bad}: {said:?}");
            assert!(said[0].starts_with("Option B: "), "{said:?}");
            assert!(
                said[0].contains("is not a number of quarters from -8 to 8"),
                "{said:?}"
            );
        }
    }
}
