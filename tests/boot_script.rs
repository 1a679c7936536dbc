//! The boot script (Trunk.toml) asks, next to the planner, for the parts a link shows at once,
//! judging by the link's keys: a key that is an assumption's asks for the list of changes, a key
//! it does not know for the notices. Its list of the keys that are neither must be the link's
//! own (`link::keys`): with a key added to one and not the other, a link with that key would
//! preload a part it never shows, and the browser warns of an unused preload.
#![cfg(not(target_arch = "wasm32"))]

use hireplan::link::keys;
use hireplan::model::SPECS;

/// The alternatives of `const plain = /^(…)$/` in the boot script.
fn boot_script_plain_keys() -> Vec<String> {
    let trunk = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Trunk.toml"))
        .expect("Trunk.toml");
    let opening = "const plain = /^(";
    let start = trunk.find(opening).expect("the boot script's `plain` keys") + opening.len();
    let end = start + trunk[start..].find(")$/").expect("the end of `plain`");
    let mut listed: Vec<String> = trunk[start..end].split('|').map(str::to_string).collect();
    listed.sort();
    listed
}

#[test]
fn the_boot_scripts_plain_keys_are_the_links() {
    let mut expected: Vec<String> = [keys::VERSION, keys::SELECTED]
        .iter()
        .chain(keys::SETTINGS.iter())
        .chain(keys::OPTIONS.iter())
        .chain(keys::PRESENTATION.iter())
        .map(|key| key.to_string())
        // A tracking key is a prefix: `utm_source`, `fbclid`.
        .chain(
            keys::TRACKING_PREFIXES
                .iter()
                .map(|prefix| format!("{prefix}.*")),
        )
        .collect();
    expected.sort();
    assert_eq!(boot_script_plain_keys(), expected);
}

#[test]
fn no_assumption_key_is_taken_for_a_plain_one() {
    let plain = boot_script_plain_keys();
    for spec in SPECS.iter() {
        assert!(!plain.iter().any(|key| key == spec.key), "{}", spec.key);
    }
}
