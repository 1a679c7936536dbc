//! Differential tests of the link's hand-written percent-decoding and query splitting
//! (`src/link.rs`) against `form_urlencoded` and `percent-encoding`, the crates behind `url`.
//!
//! What is compared:
//! - `percent_decode(text)` with `form_urlencoded`'s decoding of one name (`+` is a space, then
//!   `%XX` escapes, malformed escapes kept as typed, bad UTF-8 replaced by U+FFFD).
//! - How `decode` splits a query on `&` and `=`: the presentation pairs it collects (the part of
//!   a link it passes on verbatim, repeats and all) against `form_urlencoded::parse` of the same
//!   query, filtered to the same keys.
//! - `percent_encode` (private), through `encode_with`: the presentation pairs it writes parse
//!   back with `form_urlencoded` to exactly what was given, and the escaping is byte for byte
//!   `percent-encoding`'s with the set of characters we leave alone.
//!
//! Differences on purpose, each pinned by `differences_on_purpose` below:
//! 1. `decode` drops the leading `?` (every leading `?`) before splitting: it is given
//!    `location.search`, which starts with one. `form_urlencoded` reads `?embed=1` as the key
//!    `?embed`.
//! 2. Our encoder writes a space as `%20` and escapes `*`; `form_urlencoded::byte_serialize`
//!    writes `+` and leaves `*`, and escapes `,` where we leave it (the `hide` list stays
//!    readable). Either spelling decodes to the same text in both.
#![cfg(not(target_arch = "wasm32"))]

use hireplan::link::{decode, encode, encode_with, keys, percent_decode};
use hireplan::model::{Date, Scenario};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};
use proptest::prelude::*;
use proptest::string::{string_regex, RegexGeneratorStrategy};

/// A strategy from a regular expression, compiled once (a `&str` strategy compiles its regular
/// expression again for every value).
fn regex(pattern: &str) -> RegexGeneratorStrategy<String> {
    string_regex(pattern).unwrap()
}

/// What `any::<String>()` generates (`\PC*`, any text but control characters, which the other
/// strategies add), compiled once.
fn any_text() -> RegexGeneratorStrategy<String> {
    regex("\\PC*")
}

fn today() -> Date {
    Date::new(2026, 11, 29).unwrap()
}

/// What `form_urlencoded` makes of one name or value: `+` → space, then percent-decoding.
fn crate_decode(text: &str) -> String {
    let plus_as_space = text.replace('+', " ");
    percent_encoding::percent_decode_str(&plus_as_space)
        .decode_utf8_lossy()
        .into_owned()
}

/// The characters our encoder leaves as they are: RFC 3986's unreserved ones, and `,`.
const LEFT_AS_IS: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b',');

/// Text rich in escapes: valid ones in both cases, invalid ones (`%zz`, `%4`, `%+1`, `%-1`, a
/// trailing `%`), non-UTF-8 sequences (`%FF`, `%C3%28`, a lone surrogate `%ED%A0%80`, a cut
/// `%E2%80`), `%00`, `+`, `&`, `=` and non-ASCII text.
fn escape_rich() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        regex("[a-zA-Z0-9 ._~-]{1,3}"),
        Just("+".to_string()),
        Just("%".to_string()),
        regex("%[0-9a-fA-F]{2}"),
        regex("%[0-9a-fA-F]"),
        regex("%[g-zG-Z+ .-][0-9a-zA-Z+ .-]?"),
        regex("%[+-][0-9a-fA-F]"),
        prop::sample::select(vec![
            "%FF",
            "%ff",
            "%C3%28",
            "%ED%A0%80",
            "%E2%80",
            "%F0%9F%92%A5",
            "%C0%AF",
            "%00",
            "%25",
            "%2B",
            "%26",
            "%3D",
            "%%",
            "%%41",
            "%e2%80%93",
            "é",
            "–",
            "\u{202e}",
            "\u{200b}",
            "💥",
        ])
        .prop_map(str::to_string),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

/// Any bytes, written as `%XX` escapes (upper or lower case), so that the decoded bytes are
/// arbitrary and mostly not UTF-8.
fn escaped_bytes() -> impl Strategy<Value = String> {
    prop::collection::vec((any::<u8>(), any::<bool>()), 0..24).prop_map(|bytes| {
        bytes
            .into_iter()
            .map(|(b, lower)| {
                if lower {
                    format!("%{b:02x}")
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    })
}

fn component() -> impl Strategy<Value = String> {
    prop_oneof![escape_rich(), escaped_bytes(), any_text()]
}

/// Keys as they appear in links: the presentation keys (also escaped or with a `+`, which must
/// decode to themselves or not), scenario keys, unknown and empty keys, anything.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "embed",
            "accent",
            "theme",
            "hide",
            "th%65me",
            "%65mbed",
            "%68ide",
            "hide+",
            "Theme",
            "level",
            "v",
            "",
            "zzz",
            "utm_source",
        ])
        .prop_map(str::to_string),
        escape_rich(),
    ]
}

/// Queries shaped like links: pairs, bare keys, `=` inside values, runs of `&`.
fn query() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        4 => (key(), component()).prop_map(|(k, v)| format!("{k}={v}")),
        1 => (key(), component(), component()).prop_map(|(k, a, b)| format!("{k}={a}={b}")),
        1 => key(),
        1 => Just(String::new()),
    ];
    prop::collection::vec(part, 0..10).prop_map(|parts| parts.join("&"))
}

fn is_presentation(key: &str) -> bool {
    keys::PRESENTATION.contains(&key)
}

/// `form_urlencoded`'s pairs of `query` whose key is a presentation key.
fn crate_presentation(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .filter(|(k, _)| is_presentation(k))
        .collect()
}

fn pairs_of(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn percent_decode_matches_form_urlencoded(text in component()) {
        let ours = percent_decode(&text);
        prop_assert_eq!(&ours, &crate_decode(&text), "{:?}", text);
        // The same through the crate's query parser, when the text is one name on its own.
        if !text.is_empty() && !text.contains(['&', '=']) {
            let parsed: Vec<_> = form_urlencoded::parse(text.as_bytes()).into_owned().collect();
            prop_assert_eq!(parsed, vec![(ours, String::new())], "{:?}", text);
        }
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn decode_splits_queries_like_form_urlencoded(query in query()) {
        let decoded = decode(&query, today());
        prop_assert_eq!(&decoded.presentation, &crate_presentation(&query), "{:?}", query);
        // With the leading `?` of `location.search`, which we drop (difference 1).
        let with_mark = decode(&format!("?{query}"), today());
        prop_assert_eq!(with_mark.presentation, decoded.presentation);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn presentation_pairs_encode_like_percent_encoding_and_parse_back(
        pairs in prop::collection::vec((any_text(), component()), 0..6),
        use_presentation_keys in any::<bool>(),
    ) {
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .enumerate()
            .map(|(i, (k, v))| {
                let k = if use_presentation_keys {
                    keys::PRESENTATION[i % 4].to_string()
                } else {
                    k
                };
                (k, v)
            })
            .collect();
        let scenario = Scenario::default_for(today());
        let scenario_part = encode(&scenario);
        let query = encode_with(&scenario, &pairs);
        // Escaped exactly as percent-encoding escapes with the same set.
        let expected_tail: String = pairs
            .iter()
            .map(|(k, v)| {
                format!(
                    "&{}={}",
                    percent_encoding::utf8_percent_encode(k, LEFT_AS_IS),
                    percent_encoding::utf8_percent_encode(v, LEFT_AS_IS)
                )
            })
            .collect();
        prop_assert_eq!(&query, &format!("{scenario_part}{expected_tail}"));
        // And form_urlencoded reads back exactly the pairs given, after the scenario's.
        let scenario_pairs = form_urlencoded::parse(scenario_part.as_bytes()).count();
        let parsed: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .skip(scenario_pairs)
            .collect();
        prop_assert_eq!(&parsed, &pairs);
        // Our decoder too, for the pairs it passes on.
        let expected: Vec<_> = pairs.iter().filter(|(k, _)| is_presentation(k)).cloned().collect();
        prop_assert_eq!(decode(&query, today()).presentation, expected);
    }

    #[test]
    fn what_form_urlencoded_writes_our_decoder_reads(value in component()) {
        // `byte_serialize` writes a space as `+` (difference 2): we read it back the same.
        let query = format!(
            "theme={}",
            form_urlencoded::byte_serialize(value.as_bytes()).collect::<String>()
        );
        prop_assert_eq!(
            decode(&query, today()).presentation,
            vec![("theme".to_string(), value)]
        );
    }
}

#[test]
fn named_inputs_decode_as_the_crate_decodes() {
    for (text, expected) in [
        ("%zz", "%zz"),
        ("%4", "%4"),
        ("%", "%"),
        ("a%", "a%"),
        ("%%41", "%A"),
        ("%FF", "\u{fffd}"),
        ("%C3%28", "\u{fffd}("),
        // A lone surrogate is three bytes that are not UTF-8: three replacement characters.
        ("%ED%A0%80", "\u{fffd}\u{fffd}\u{fffd}"),
        ("%E2%80", "\u{fffd}"),
        ("%00", "\0"),
        ("a+b%2Bc", "a b+c"),
        ("%e2%80%93", "–"),
        // A sign is not a hex digit: `%+1` is kept as typed (`+` still reads as a space).
        ("%+1", "% 1"),
        ("%-1", "%-1"),
        ("%+A%+f", "% A% f"),
    ] {
        assert_eq!(percent_decode(text), expected, "{text:?}");
        assert_eq!(crate_decode(text), expected, "{text:?}");
    }
}

#[test]
fn named_queries_split_as_the_crate_splits() {
    for (query, expected) in [
        (
            "embed=1&theme=dark",
            vec![("embed", "1"), ("theme", "dark")],
        ),
        ("theme", vec![("theme", "")]),
        ("theme=", vec![("theme", "")]),
        ("theme==dark", vec![("theme", "=dark")]),
        ("accent=a=b=c", vec![("accent", "a=b=c")]),
        ("&&theme=dark&&", vec![("theme", "dark")]),
        ("=dark&theme=light", vec![("theme", "light")]),
        ("th%65me=dark", vec![("theme", "dark")]),
        (
            "theme=dark&theme=light",
            vec![("theme", "dark"), ("theme", "light")],
        ),
        ("theme=%26%3D", vec![("theme", "&=")]),
        ("hide+=x&hide=y", vec![("hide", "y")]),
    ] {
        let expected = pairs_of(&expected);
        assert_eq!(decode(query, today()).presentation, expected, "{query:?}");
        assert_eq!(crate_presentation(query), expected, "{query:?}");
    }
}

/// Where our decoder and `form_urlencoded` differ, on purpose: each case, both outcomes.
#[test]
fn differences_on_purpose() {
    // 1. The leading `?`: `location.search` starts with one; we drop it (and any more).
    for query in ["?embed=1", "??embed=1"] {
        assert_eq!(
            decode(query, today()).presentation,
            pairs_of(&[("embed", "1")])
        );
        assert_eq!(crate_presentation(query), vec![]);
    }
    // 2. Encoding: a space as `%20` (theirs `+`), `*` escaped (theirs kept), `,` kept (theirs
    //    escaped). Each reads back the same with either decoder.
    let value = "a b*c,d";
    let ours = encode_with(
        &Scenario::default_for(today()),
        &pairs_of(&[("hide", value)]),
    );
    assert!(ours.ends_with("&hide=a%20b%2Ac,d"), "{ours}");
    let theirs: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
    assert_eq!(theirs, "a+b*c%2Cd");
    for query in [ours, format!("hide={theirs}")] {
        assert_eq!(
            decode(&query, today()).presentation,
            pairs_of(&[("hide", value)])
        );
        assert_eq!(crate_presentation(&query), pairs_of(&[("hide", value)]));
    }
}
