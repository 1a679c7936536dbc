//! Hostile links (issue 10): whatever the address carries, the page opens with the defaults
//! (or the valid part of the link) and says in plain words what it ignored; it never panics,
//! its notices never carry control or direction-changing characters, quote at most 40
//! characters of what was typed, and stay few however often a key repeats.
//!
//! The page reads a link in two steps, both checked here as the app runs them: `link::decode`
//! (the scenario) and `presentation::read` (embed, accent, theme, hide).
#![cfg(not(target_arch = "wasm32"))]

use hireplan::link::{decode, encode, Decoded};
use hireplan::model::{Assumption, Date, HiringRoute, Level, Quarter, Scenario};
use hireplan::presentation::{self, Presentation};
use std::time::{Duration, Instant};

fn today() -> Date {
    Date::new(2026, 11, 29).unwrap()
}

fn defaults() -> Scenario {
    Scenario::default_for(today())
}

/// The notices are bounded by the keys HirePlan knows (at most two about each: its value, and
/// that it came more than once), never by the link's length or its repeats: five unknown keys
/// are named, the rest counted in one notice. The worst link here (fifteen keys, each
/// repeated and each wrong) gets 29.
const MAX_NOTICES: usize = 40;

/// Characters a notice must never show: control characters, and the invisible ones that
/// change how the text around them reads (direction overrides and isolates, zero-width
/// characters, the byte-order mark).
fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
            | '\u{061C}' | '\u{FEFF}')
}

/// What the page shows for `query`: the scenario, the presentation and every notice.
struct Opened {
    decoded: Decoded,
    look: Presentation,
    notices: Vec<String>,
}

/// Opens `query` as the page does, checking the rules every notice must keep.
#[track_caller]
fn open(query: &str) -> Opened {
    let decoded = decode(query, today());
    let (look, look_notices) = presentation::read(&decoded.presentation);
    let notices: Vec<String> = decoded
        .notices
        .iter()
        .chain(&look_notices)
        .cloned()
        .collect();
    let short: String = query.chars().take(80).collect();
    assert!(
        notices.len() <= MAX_NOTICES,
        "{} notices for {short:?}: {:?}",
        notices.len(),
        &notices[..MAX_NOTICES.min(notices.len())]
    );
    for notice in &notices {
        assert!(
            !notice.chars().any(is_forbidden),
            "a notice carries an invisible or control character: {notice:?} (link {short:?})"
        );
        // Every quotation is at most 40 characters of what was typed (and an ellipsis).
        for quoted in notice.split('“').skip(1) {
            let inside = quoted.split('”').next().unwrap_or("");
            let inside = inside.strip_suffix('…').unwrap_or(inside);
            assert!(
                inside.chars().count() <= 40,
                "quotes {} characters: {notice:?}",
                inside.chars().count()
            );
        }
        assert!(
            notice.chars().count() <= 300,
            "a notice is a sentence, not {} characters",
            notice.chars().count()
        );
        assert!(notice.ends_with('.'), "a notice is a sentence: {notice:?}");
    }
    // What the page rewrites the address to reads back the same, without notices.
    let again = decode(&encode(&decoded.scenario), today());
    assert_eq!(again.scenario, decoded.scenario, "{short:?}");
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    Opened {
        decoded,
        look,
        notices,
    }
}

fn has(notices: &[String], part: &str) -> bool {
    notices.iter().any(|n| n.contains(part))
}

/// A link of about `bytes` bytes made of `unit` repeated, joined by `&`.
fn repeated(unit: &str, bytes: usize) -> String {
    let count = bytes / (unit.len() + 1) + 1;
    vec![unit; count].join("&")
}

const KB64: usize = 64 * 1024;

#[test]
fn a_64_kb_query_opens_fast_with_the_defaults_and_few_notices() {
    let cases: Vec<(&str, String)> = vec![
        ("one long value", format!("level={}", "x".repeat(KB64))),
        ("one long key", format!("{}=senior", "k".repeat(KB64))),
        (
            "one long escaped value",
            format!("region={}", "%41".repeat(KB64 / 3)),
        ),
        ("broken escapes", "%zz%".repeat(KB64 / 4)),
        ("distinct unknown keys", {
            let pairs: Vec<String> = (0..KB64 / 7).map(|n| format!("k{n}=1")).collect();
            pairs.join("&")
        }),
        ("ampersands", "&".repeat(KB64)),
        ("equals signs", "=".repeat(KB64)),
        ("the same valid pair", repeated("level=senior", KB64)),
        ("every key at once", {
            let keys = [
                "v", "level", "region", "remote", "start", "opens", "route", "oh", "tmid", "hz",
                "embed", "accent", "theme", "hide", "zzz",
            ];
            let units: Vec<String> = keys
                .iter()
                .map(|k| format!("{k}=%E2%80%AE%00junk"))
                .collect();
            repeated(&units.join("&"), KB64)
        }),
    ];
    for (what, query) in &cases {
        assert!(query.len() >= KB64, "{what}: {} bytes", query.len());
        let started = Instant::now();
        let opened = open(query);
        let took = started.elapsed();
        // Generous for a debug build on a shared machine; `make bench` measures the real
        // figure (decode_64kb_link).
        assert!(
            took < Duration::from_secs(2),
            "{what}: {took:?} to read a 64 KB link"
        );
        let s = &opened.decoded.scenario;
        if *what == "the same valid pair" {
            assert_eq!(s.level, Level::Senior, "{what}");
            assert_eq!(
                Scenario {
                    level: Level::Mid,
                    ..s.clone()
                },
                defaults(),
                "{what}"
            );
        } else {
            assert_eq!(s, &defaults(), "{what}");
        }
        assert_eq!(opened.look, Presentation::default(), "{what}");
        // Only empty pairs say nothing (`&&&` is how a trailing `&` looks, repeated).
        let expect_notice = *what != "ampersands";
        assert_eq!(
            !opened.notices.is_empty(),
            expect_notice,
            "{what}: {:?}",
            opened.notices
        );
    }
}

#[test]
fn nul_characters_are_never_shown_and_never_match() {
    let o = open("level=%00senior&le%00vel=junior&region=msa-41940%00&start=2027-Q2");
    let s = &o.decoded.scenario;
    // `%00senior` is not a level (a NUL is not trimmed away); the key `le\0vel` is unknown.
    // The notices show the NUL as �: “senior” alone would read as if senior were no level.
    assert_eq!(s.level, Level::Mid);
    assert_eq!(s.region.id, "us");
    // The valid part is kept.
    assert_eq!(
        s.start_quarter,
        Quarter {
            year: 2027,
            number: 2
        }
    );
    assert!(
        has(&o.notices, "“\u{FFFD}senior” is not a level"),
        "{:?}",
        o.notices
    );
    assert!(
        has(&o.notices, "Ignored “le\u{FFFD}vel”"),
        "{:?}",
        o.notices
    );
    assert!(
        has(&o.notices, "“msa-41940\u{FFFD}” is not a region"),
        "{:?}",
        o.notices
    );
    // A NUL alone, as key and as value.
    let o = open("%00=%00&v=%00");
    assert_eq!(o.decoded.scenario, defaults());
    assert_eq!(o.notices.len(), 2, "{:?}", o.notices);
}

#[test]
fn lone_surrogates_become_replacement_characters() {
    // `%ED%A0%80` is U+D800 in CESU/WTF-8: not UTF-8, so each byte becomes U+FFFD.
    let o = open("level=%ED%A0%80&%ED%A0%80=1&region=%ED%B0%80msa-41940&route=agency");
    let s = &o.decoded.scenario;
    assert_eq!(s.level, Level::Mid);
    assert_eq!(s.region.id, "us");
    assert_eq!(s.route, HiringRoute::Agency);
    assert!(
        has(&o.notices, "“\u{FFFD}\u{FFFD}\u{FFFD}” is not a level"),
        "{:?}",
        o.notices
    );
    assert!(
        has(&o.notices, "Ignored “\u{FFFD}\u{FFFD}\u{FFFD}”"),
        "{:?}",
        o.notices
    );
    assert_eq!(o.notices.len(), 3, "{:?}", o.notices);
}

#[test]
fn right_to_left_overrides_do_not_reach_the_notices() {
    // U+202E turns the text after it around: "roines" would read "senior". In a value, a key,
    // and in the presentation keys.
    let o = open(
        "level=%E2%80%AEroines&le%E2%80%AEvel=senior&region=msa-41940%E2%80%AE&theme=%E2%80%AEkrad&start=2027-Q3",
    );
    let s = &o.decoded.scenario;
    assert_eq!(s.level, Level::Mid);
    assert_eq!(s.region.id, "us");
    assert_eq!(
        s.start_quarter,
        Quarter {
            year: 2027,
            number: 3
        }
    );
    assert_eq!(o.look, Presentation::default());
    assert_eq!(o.notices.len(), 4, "{:?}", o.notices);
    assert!(has(&o.notices, "is not a level"));
    assert!(has(&o.notices, "is not a region"));
    assert!(has(&o.notices, "is not a theme"));
    assert!(has(&o.notices, "no such setting"));
    // Isolates and marks too.
    let o = open("level=%E2%81%A6senior%E2%81%A9&route=%E2%80%8Fagency");
    assert_eq!(o.decoded.scenario, defaults());
    assert_eq!(o.notices.len(), 2, "{:?}", o.notices);
}

#[test]
fn zero_width_characters_do_not_hide_in_keys_or_values() {
    // `le<ZWSP>vel` looks like `level` and is not; `sen<ZWSP>ior` looks like `senior`.
    let o = open("le%E2%80%8Bvel=senior&level=sen%E2%80%8Bior&region=%EF%BB%BFmsa-41940&hide=re%E2%80%8Cgion&embed=1");
    let s = &o.decoded.scenario;
    assert_eq!(s.level, Level::Mid);
    assert_eq!(s.region.id, "us");
    assert!(o.look.embed);
    assert!(o.look.hidden.is_empty());
    assert_eq!(o.notices.len(), 4, "{:?}", o.notices);
    // The notice must not read as if `level` itself were unknown: the invisible character is
    // shown as a visible mark.
    assert!(
        !has(&o.notices, "Ignored “level”"),
        "a notice says “level” is not a setting: {:?}",
        o.notices
    );
}

#[test]
fn versions_other_than_1_and_2() {
    for (v, says) in [
        ("0", "Ignored the link version “0”; read it as version 2."),
        ("-1", "Ignored the link version “-1”; read it as version 2."),
        (
            "1.5",
            "Ignored the link version “1.5”; read it as version 2.",
        ),
        // Version 2 exists since issue 11 (a plan's options): a v=2 link opens as version 2
        // without a notice (tested below), and the v=1 corpus still opens as before.
        ("3", "This link was made by a newer version of HirePlan"),
        ("999", "This link was made by a newer version of HirePlan"),
        ("99999999999999999999", "Ignored the link version"),
        ("", "Ignored the link version “”"),
        ("%E2%80%AE1", "Ignored the link version"),
        ("1%00", "Ignored the link version"),
    ] {
        let o = open(&format!(
            "v={v}&level=senior&region=msa-41940&start=2027-Q2&route=agency&oh=30"
        ));
        let s = &o.decoded.scenario;
        // The valid part is kept, read with version 1's defaults.
        assert_eq!(
            (s.level, s.region.id, s.route),
            (Level::Senior, "msa-41940", HiringRoute::Agency),
            "v={v}"
        );
        assert_eq!(s.assumptions[Assumption::Overhead], 30.0, "v={v}");
        assert_eq!(s.assumptions[Assumption::AgencyFee], 20.0, "v={v}");
        assert_eq!(o.notices.len(), 1, "v={v}: {:?}", o.notices);
        assert!(o.notices[0].contains(says), "v={v}: {:?}", o.notices);
    }
}

#[test]
fn a_key_repeated_ten_thousand_times_gives_one_notice() {
    for (unit, kept) in [
        // The first wins, as for any repeated key.
        ("level=senior", Some(Level::Senior)),
        ("level=wizard", None),
        ("oh=30", None),
        ("zzz=1", None),
        ("v=1", None),
        ("embed=1", None),
        ("theme=dark", None),
        ("hide=region", None),
        ("utm_source=mail", None),
    ] {
        let query = vec![unit; 10_000].join("&");
        let started = Instant::now();
        let o = open(&query);
        let took = started.elapsed();
        assert!(took < Duration::from_secs(2), "{unit}: {took:?}");
        if let Some(level) = kept {
            assert_eq!(o.decoded.scenario.level, level);
        }
        // At most one notice for the repeats (plus the one about the value itself), none for
        // tracking keys.
        let expected = match unit {
            "utm_source=mail" => 0,
            "level=wizard" => 2,
            // And: hidden controls need embed=1.
            "hide=region" => 2,
            _ => 1,
        };
        assert_eq!(
            o.notices.len(),
            expected,
            "{unit}: {:?}",
            &o.notices[..o.notices.len().min(5)]
        );
    }
    // Alternating keys: one notice each.
    let query = vec!["level=junior&route=agency&embed=1"; 10_000].join("&");
    let o = open(&query);
    assert_eq!(o.decoded.scenario.level, Level::Junior);
    assert_eq!(o.decoded.scenario.route, HiringRoute::Agency);
    assert!(o.look.embed);
    assert_eq!(o.notices.len(), 3, "{:?}", o.notices);
}

#[test]
fn thousands_of_distinct_unknown_keys_give_a_bounded_list() {
    let pairs: Vec<String> = (0..10_000).map(|n| format!("setting{n}=1")).collect();
    let o = open(&pairs.join("&"));
    assert_eq!(o.decoded.scenario, defaults());
    assert_eq!(o.notices.len(), 6, "{:?}", o.notices);
    assert!(has(&o.notices, "Ignored “setting0”"), "{:?}", o.notices);
    assert!(
        has(
            &o.notices,
            "Ignored 9,995 more settings HirePlan does not have."
        ),
        "{:?}",
        o.notices
    );
    // The same in a `hide=` list.
    let names: Vec<String> = (0..10_000).map(|n| format!("control{n}")).collect();
    let o = open(&format!("embed=1&hide={}", names.join(",")));
    assert!(o.look.embed && o.look.hidden.is_empty());
    assert_eq!(o.notices.len(), 6, "{:?}", o.notices);
    assert!(has(&o.notices, "Cannot hide 9,995 more"), "{:?}", o.notices);
}

// ---------------------------------------------------------------------------------------------
// Version 2 (issue 11): hostile plans. Names are text, clamped to 40 characters or replaced by
// the default name; option keys out of range are unknown keys; a selection of an option the
// link does not have selects A; every notice keeps the rules above.

/// Opens `query` as a plan, checking every notice as [`open`] does (the bound is three
/// options' worth: each option's settings can each be wrong once).
#[track_caller]
fn open_plan(query: &str) -> hireplan::link::DecodedPlan {
    let decoded = hireplan::link::decode_plan(query, today());
    let short: String = query.chars().take(80).collect();
    assert!(
        decoded.notices.len() <= 3 * MAX_NOTICES,
        "{} notices for {short:?}",
        decoded.notices.len()
    );
    for notice in &decoded.notices {
        assert!(
            !notice.chars().any(is_forbidden),
            "a notice carries an invisible or control character: {notice:?} (link {short:?})"
        );
        for quoted in notice.split('“').skip(1) {
            let inside = quoted.split('”').next().unwrap_or("");
            let inside = inside.strip_suffix('…').unwrap_or(inside);
            assert!(inside.chars().count() <= 40, "{notice:?}");
        }
    }
    for index in 0..decoded.plan.len() {
        let name = decoded.plan.name(index);
        assert!(name.chars().count() <= 40, "{name:?}");
        assert!(!name.chars().any(is_forbidden), "{name:?}");
    }
    decoded
}

#[test]
fn hostile_names_stay_text_within_forty_characters() {
    let long = "x".repeat(10_000);
    let o = open_plan(&format!(
        "v=2&a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=%22Plan%22%2C%20%27B%27%0D%0A%3Dcmd&b.level=senior&c={long}&c.route=agency"
    ));
    assert_eq!(o.plan.len(), 3);
    // Markup is kept as text (the page inserts it as text, the CSV escapes it).
    assert_eq!(o.plan.name(0), "<script>alert(1)</script>");
    // Quotes and commas kept, the line break collapsed to a space.
    assert_eq!(o.plan.name(1), "\"Plan\", 'B' =cmd");
    // 10,000 characters: too long to be real, the default name; the option is still there.
    assert_eq!(o.plan.name(2), "Agency");
    assert_eq!(o.plan.options()[2].scenario.route, HiringRoute::Agency);
    let all = o.notices.join("\n");
    assert!(
        all.contains("The value for “c” is too long to be real"),
        "{all}"
    );
    assert!(
        all.contains("The name of option B was cleaned or shortened to “\"Plan\", 'B' =cmd”."),
        "{all}"
    );
    // NUL, direction overrides and zero-width characters are dropped from names.
    let o = open_plan("b=a%00b%E2%80%AEc%E2%80%8Bd&b.level=junior");
    assert_eq!(o.plan.name(1), "abcd");
    // A name of only invisible characters is no name.
    let o = open_plan("b=%00%E2%80%8B%20&b.level=junior");
    assert_eq!(o.plan.name(1), "Junior");
    // Between 41 and 100 characters: cut at 40, with a notice.
    let o = open_plan(&format!("b={}", "é".repeat(60)));
    assert_eq!(o.plan.name(1), "é".repeat(40));
    assert_eq!(o.notices.len(), 1, "{:?}", o.notices);
}

#[test]
fn option_keys_out_of_range_repeated_or_misplaced() {
    let o = open_plan(
        "v=2&b.level=senior&b.level=junior&d=x&d.level=senior&a.level=senior&b.v=2&c.sel=a&e.zzz=1&b=&b=again",
    );
    assert_eq!(o.plan.len(), 2);
    assert_eq!(o.plan.baseline().level, Level::Mid);
    assert_eq!(o.plan.options()[1].scenario.level, Level::Senior);
    assert_eq!(o.plan.name(1), "Senior");
    let all = o.notices.join("\n");
    for expected in [
        "The link gives “b.level” more than once; used the first.",
        "Ignored “d”: HirePlan has no such setting.",
        "Ignored “d.level”: HirePlan has no such setting.",
        "Ignored “a.level”: HirePlan has no such setting.",
        "Ignored “b.v”: HirePlan has no such setting.",
        "Ignored “c.sel”: HirePlan has no such setting.",
        "Ignored 1 more setting HirePlan does not have.",
        "The link gives “b” more than once; used the first.",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in\n{all}");
    }
    // An option's bad values are named with the option.
    let o = open_plan("c.level=wizard&c.oh=1e308&c.start=banana");
    assert_eq!(o.plan.len(), 2);
    let all = o.notices.join("\n");
    assert!(all.contains("Option C: “wizard” is not a level"), "{all}");
    assert!(all.contains("Option C: Benefits, payroll taxes"), "{all}");
    assert!(all.contains("Option C: “banana” is not a quarter"), "{all}");
    // Ten thousand option keys: bounded notices, quickly.
    let query = vec!["b.level=wizard&c.zzz=1&b=%00"; 10_000].join("&");
    let started = Instant::now();
    let o = open_plan(&query);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(o.notices.len() <= 5, "{:?}", o.notices);
}

#[test]
fn a_selection_out_of_range_selects_a() {
    for (query, selected, says) in [
        (
            "b=&sel=c",
            0,
            Some("The link selects option “c”, which it does not have; selected option A."),
        ),
        ("b=&c=&sel=C", 2, None),
        ("c=&sel=c", 1, None),
        ("sel=b", 0, Some("which it does not have")),
        (
            "b=&sel=%3Cscript%3E",
            0,
            Some("The link selects option “<script>”"),
        ),
        ("b=&sel=", 0, Some("The link selects option “”")),
        ("b=&sel=%E2%80%AEb", 0, Some("option “�b”")),
        ("b=&sel=b&sel=a", 1, Some("“sel” more than once")),
    ] {
        let o = open_plan(query);
        assert_eq!(o.plan.selected(), selected, "{query}");
        match says {
            Some(text) => assert!(
                o.notices.join("\n").contains(text),
                "{query}: {:?}",
                o.notices
            ),
            None => assert!(o.notices.is_empty(), "{query}: {:?}", o.notices),
        }
    }
}
