//! Every link ever made opens the same way (issue 10): each link of `tests/golden/links.txt`
//! (append-only: links the app wrote, the same with tracking keys, and hand-typed variants) is
//! opened with today's decoder and must give its golden scenario (`tests/golden/scenarios.tsv`)
//! and exactly its golden figures, without a notice.
//!
//! When the link format gets a new version, this test keeps the old links honest: a version-1
//! link must still open to the same figures. A failure here means the change broke links
//! people hold; the fix is in the decoder, never in `links.txt`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/golden.rs"]
mod golden;

use golden::{compare, figure_lines, link_lines, read_golden, report, today};
use hireplan::link::decode;
use hireplan::model::Date;
use hireplan::presentation;
use std::path::PathBuf;

struct CorpusLink {
    line: usize,
    id: String,
    kind: String,
    query: String,
}

fn corpus() -> Vec<CorpusLink> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/links.txt");
    let text = std::fs::read_to_string(path).expect("tests/golden/links.txt");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(n, l)| {
            let mut parts = l.splitn(3, '\t');
            let (Some(id), Some(kind), Some(query)) = (parts.next(), parts.next(), parts.next())
            else {
                panic!("links.txt line {}: expected id<TAB>kind<TAB>query", n + 1)
            };
            assert!(
                ["app", "tracked", "typed"].contains(&kind),
                "links.txt line {}: unknown kind {kind}",
                n + 1
            );
            CorpusLink {
                line: n + 1,
                id: id.to_string(),
                kind: kind.to_string(),
                query: query.to_string(),
            }
        })
        .collect()
}

/// The lines compared: the link the app rewrites the address to, and every figure. Notices
/// are checked apart (a corpus link must have none, whatever its golden definition said).
fn without_notices(lines: Vec<(String, String)>) -> Vec<(String, String)> {
    lines
        .into_iter()
        .filter(|(f, _)| !f.starts_with("notice."))
        .collect()
}

#[test]
fn every_link_opens_to_its_golden_scenario_and_figures() {
    let golden = read_golden();
    let links = corpus();
    let mut differences = Vec::new();
    let mut problems = Vec::new();
    for link in &links {
        let entry = golden.iter().find(|e| e.id == link.id).unwrap_or_else(|| {
            panic!(
                "links.txt line {}: no golden scenario {}",
                link.line, link.id
            )
        });
        let decoded = decode(&link.query, today());
        let (_, look_notices) = presentation::read(&decoded.presentation);
        let notices: Vec<&String> = decoded.notices.iter().chain(&look_notices).collect();
        if !notices.is_empty() {
            problems.push(format!(
                "line {} ({} {}): notices {notices:?}\n    {}",
                link.line, link.kind, link.id, link.query
            ));
        }
        let golden_scenario = decode(entry.definition(), today()).scenario;
        if decoded.scenario != golden_scenario {
            problems.push(format!(
                "line {} ({} {}): the scenario differs from the golden one\n    {}\n    got      {:?}\n    expected {:?}",
                link.line, link.kind, link.id, link.query, decoded.scenario, golden_scenario
            ));
        }
        // The date the link is opened on must not matter: it carries its quarter.
        let years_later = decode(&link.query, Date::new(2031, 6, 15).unwrap());
        if years_later.scenario != decoded.scenario {
            problems.push(format!(
                "line {} ({} {}): opens differently in 2031",
                link.line, link.kind, link.id
            ));
        }
        let (_, mut got) = link_lines(&link.query);
        got.extend(figure_lines(&decoded.scenario));
        let expected = without_notices(entry.computed());
        differences.extend(compare(
            &format!("links.txt line {} ({} {})", link.line, link.kind, link.id),
            &expected,
            &without_notices(got),
        ));
    }
    assert!(
        problems.is_empty() && differences.is_empty(),
        "\n{}\n{}",
        problems.join("\n"),
        if differences.is_empty() {
            String::new()
        } else {
            report(&differences, 40)
        }
    );
}

#[test]
fn the_corpus_is_large_enough_and_names_real_scenarios() {
    let links = corpus();
    let count = |kind: &str| links.iter().filter(|l| l.kind == kind).count();
    assert!(count("app") >= 40, "{} app links", count("app"));
    assert!(count("typed") >= 20, "{} typed links", count("typed"));
    assert!(count("tracked") >= 5, "{} tracked links", count("tracked"));
    // App links are version 1, as written today; each presentation key appears.
    for link in links.iter().filter(|l| l.kind == "app") {
        assert!(link.query.starts_with("v=1&"), "line {}", link.line);
    }
    for key in ["embed=", "accent=", "theme=", "hide="] {
        assert!(
            links
                .iter()
                .any(|l| l.kind == "app" && l.query.contains(key)),
            "{key}"
        );
    }
    for key in ["utm_", "fbclid=", "gclid=", "mc_"] {
        assert!(links.iter().any(|l| l.query.contains(key)), "{key}");
    }
    // Every golden scenario is reachable from at least one app link.
    for entry in read_golden() {
        assert!(
            links.iter().any(|l| l.kind == "app" && l.id == entry.id),
            "no app link for {}",
            entry.id
        );
    }
}
