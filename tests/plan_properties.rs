//! Property tests of the plan (issue 11): whatever sequence of operations the page sends,
//! with stale or out-of-range indexes and hostile names, the plan keeps 1 to 3 options and a
//! selection in range, names stay clean text, and each operation does what it says.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::scenario;
use hireplan::model::plan::is_hidden_character;
use hireplan::model::{Plan, Scenario, MAX_NAME_CHARS, MAX_OPTIONS};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Add,
    Duplicate(usize),
    Rename(usize, String),
    Remove(usize),
    MakeBaseline(usize),
    Reset,
    Select(usize),
    Edit(Box<Scenario>),
}

fn op() -> impl Strategy<Value = Op> {
    // Indexes up to 5: out of range as often as the page could send a stale one.
    let index = 0..5usize;
    let name = prop_oneof![
        any::<String>(),
        Just("<script>alert(1)</script>".to_string()),
        Just("=HYPERLINK(\"x\"), \"quoted\"\r\nline".to_string()),
        Just("x".repeat(10_000)),
        Just(" \u{202E}\u{200B}\u{0} ".to_string()),
        Just(String::new()),
    ];
    prop_oneof![
        3 => Just(Op::Add),
        2 => index.clone().prop_map(Op::Duplicate),
        2 => (index.clone(), name).prop_map(|(i, n)| Op::Rename(i, n)),
        2 => index.clone().prop_map(Op::Remove),
        2 => index.clone().prop_map(Op::MakeBaseline),
        1 => Just(Op::Reset),
        2 => index.prop_map(Op::Select),
        2 => scenario().prop_map(|s| Op::Edit(Box::new(s))),
    ]
}

fn check_invariants(plan: &Plan) -> Result<(), TestCaseError> {
    prop_assert!((1..=MAX_OPTIONS).contains(&plan.len()));
    prop_assert!(plan.selected() < plan.len());
    for index in 0..plan.len() {
        let name = plan.name(index);
        prop_assert!(!name.is_empty());
        prop_assert!(name.chars().count() <= MAX_NAME_CHARS, "{name:?}");
        prop_assert!(!name.chars().any(is_hidden_character), "{name:?}");
        prop_assert_eq!(name.trim(), name.as_str());
        prop_assert!(!name.contains("  "), "{name:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn operations_keep_the_invariants(first in scenario(), ops in prop::collection::vec(op(), 0..30)) {
        let mut plan = Plan::single(first);
        for op in ops {
            let before = plan.clone();
            let selected_before = before.options()[before.selected()].clone();
            match op {
                Op::Add => {
                    let added = plan.add();
                    prop_assert_eq!(added.is_some(), before.len() < MAX_OPTIONS);
                    if let Some(index) = added {
                        prop_assert_eq!(plan.len(), before.len() + 1);
                        prop_assert_eq!(plan.selected(), index);
                        prop_assert_eq!(plan.scenario(), before.scenario());
                        prop_assert_eq!(&plan.options()[..before.len()], before.options());
                    } else {
                        prop_assert_eq!(&plan, &before);
                    }
                }
                Op::Duplicate(i) => {
                    if let Some(index) = plan.duplicate(i) {
                        prop_assert_eq!(plan.scenario(), &before.options()[i].scenario);
                        prop_assert_eq!(plan.selected(), index);
                    } else {
                        prop_assert_eq!(&plan, &before);
                    }
                }
                Op::Rename(i, text) => {
                    if plan.rename(i, &text).is_some() {
                        let (cleaned, _) = hireplan::model::clean_name(&text);
                        if !cleaned.is_empty() {
                            prop_assert_eq!(plan.name(i), cleaned);
                        }
                        prop_assert_eq!(plan.len(), before.len());
                    } else {
                        prop_assert_eq!(&plan, &before);
                    }
                }
                Op::Remove(i) => {
                    if plan.remove(i) {
                        prop_assert_eq!(plan.len(), before.len() - 1);
                        if i != before.selected() {
                            prop_assert_eq!(&plan.options()[plan.selected()], &selected_before);
                        }
                    } else {
                        prop_assert!(before.len() == 1 || i >= before.len());
                        prop_assert_eq!(&plan, &before);
                    }
                }
                Op::MakeBaseline(i) => {
                    if plan.make_baseline(i) {
                        prop_assert_eq!(&plan.options()[0], &before.options()[i]);
                        prop_assert_eq!(&plan.options()[plan.selected()], &selected_before);
                        prop_assert_eq!(plan.len(), before.len());
                    } else {
                        prop_assert_eq!(&plan, &before);
                    }
                }
                Op::Reset => {
                    plan.reset_to_single();
                    prop_assert_eq!(plan.len(), 1);
                    prop_assert_eq!(&plan.options()[0].scenario, &selected_before.scenario);
                    prop_assert_eq!(&plan.options()[0].name, &None);
                }
                Op::Select(i) => {
                    prop_assert_eq!(plan.select(i), i < before.len());
                }
                Op::Edit(s) => {
                    plan.set_scenario((*s).clone());
                    prop_assert_eq!(plan.scenario(), &*s);
                    prop_assert_eq!(plan.selected(), before.selected());
                }
            }
            check_invariants(&plan)?;
        }
    }
}

/// `clean_name` as specified, written the plain way (collect, collapse, cut, trim): the
/// one-pass version in the wasm must agree with it on any text.
fn clean_name_reference(text: &str) -> String {
    let visible: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !is_hidden_character(*c))
        .collect();
    let collapsed = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = collapsed.chars().take(MAX_NAME_CHARS).collect();
    cut.trim_end().to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn clean_name_agrees_with_its_plain_reference(
        text in prop_oneof![
            any::<String>(),
            "[a-z \t\r\n\u{0}\u{200B}\u{202E}\u{3000}é]{0,60}",
            "[a-z]{30,45} [a-z]{0,9}",
        ]
    ) {
        let (cleaned, changed) = hireplan::model::clean_name(&text);
        prop_assert_eq!(&cleaned, &clean_name_reference(&text));
        prop_assert_eq!(changed, cleaned != text);
    }
}
