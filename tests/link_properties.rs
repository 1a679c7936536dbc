//! Property tests of the link codec: decoding never panics, whatever the input; encoding then
//! decoding gives back every valid scenario; decode → encode → decode is stable.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::scenario;
use hireplan::link::{decode, encode};
use hireplan::model::{Date, SPECS};
use hireplan::presentation;
use proptest::prelude::*;

fn today() -> Date {
    Date::new(2026, 11, 29).unwrap()
}

/// Query strings that look like HirePlan links: real and made-up keys, hostile values,
/// escapes, repeats.
fn link_like() -> impl Strategy<Value = String> {
    let mut key_pool: Vec<String> = [
        "v", "level", "region", "remote", "start", "route", "embed", "accent", "theme", "hide",
        "zzz", "", "%", "utm_x",
    ]
    .iter()
    .map(|k| k.to_string())
    .collect();
    key_pool.extend(SPECS.iter().map(|s| s.key.to_string()));
    let key = prop::sample::select(key_pool);
    let value = prop_oneof![
        any::<String>(),
        "[-+0-9.eE%]{0,12}",
        Just("NaN".to_string()),
        Just("1e308".to_string()),
        Just("-inf".to_string()),
        Just("%F0%9F%92%A5%".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        "[0-9]{4}-[Qq][0-9]",
        "(msa|state)-[a-z0-9]{0,6}",
        "#?[0-9a-fA-F]{0,7}",
        "(light|dark|auto|neon|1|0)",
        "((level|region|remote|start|route|x),?){0,6}",
    ];
    prop::collection::vec((key, value), 0..12).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(50_000))]

    #[test]
    fn decoding_arbitrary_text_never_panics(query in any::<String>()) {
        let decoded = decode(&query, today());
        // Whatever came in, what comes out is a scenario the link can carry exactly.
        prop_assert_eq!(decode(&encode(&decoded.scenario), today()).scenario, decoded.scenario);
    }

    #[test]
    fn decoding_link_like_text_never_panics_and_is_stable(query in link_like()) {
        let first = decode(&query, today());
        let again = decode(&encode(&first.scenario), today());
        prop_assert_eq!(&again.scenario, &first.scenario);
        prop_assert!(again.notices.is_empty(), "{:?}", again.notices);
        // The presentation half: read, written back, read again: the same, without notices.
        let (look, _) = presentation::read(&first.presentation);
        let (look_again, notices) = presentation::read(&look.pairs());
        prop_assert_eq!(look_again, look);
        prop_assert!(notices.is_empty(), "{:?}", notices);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn encode_then_decode_is_the_identity(s in scenario()) {
        let query = encode(&s);
        let decoded = decode(&query, today());
        prop_assert!(decoded.notices.is_empty(), "{query}: {:?}", decoded.notices);
        prop_assert!(decoded.has_scenario);
        prop_assert_eq!(decoded.scenario, s);
    }
}
