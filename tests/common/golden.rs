//! The golden file (`tests/golden/scenarios.tsv`): reading it, and the figures it records for
//! one scenario, computed the way the app computes and shows them. Shared by `tests/golden.rs`
//! (which checks and, on request, rewrites the file) and `tests/link_corpus.rs` (which opens
//! old links against it).
#![allow(dead_code)]

use hireplan::charts::describe::budget_grid;
use hireplan::explain::key_figures;
use hireplan::format::money;
use hireplan::link::decode;
use hireplan::model::compare::MoneyShown;
use hireplan::model::{project, Date, Scenario};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The day the golden links are decoded on. It only matters for a link without a start
/// quarter (then the default is the quarter after it): every golden scenario names its own.
pub fn today() -> Date {
    Date::new(2026, 11, 29).unwrap()
}

pub fn golden_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/scenarios.tsv")
}

/// Lines a scenario's definition keeps across rewrites (written by people, not computed).
pub const ABOUT: &str = "about";
/// The scenario as a link hand-typed or out of range: decoded, then recorded as the app
/// rewrites it (`link`) with the notices the app shows (`notice.N`).
pub const TYPED: &str = "typed";
/// The scenario's v1 link exactly as `link::encode` writes it. Without a `typed` line, this
/// is the definition.
pub const LINK: &str = "link";

/// One scenario of the golden file: its id and its lines, `(figure, value)`, in file order.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: String,
    pub lines: Vec<(String, String)>,
}

impl Entry {
    pub fn get(&self, figure: &str) -> Option<&str> {
        self.lines
            .iter()
            .find(|(f, _)| f == figure)
            .map(|(_, v)| v.as_str())
    }

    /// The query that defines the scenario: `typed` if present, else `link`.
    pub fn definition(&self) -> &str {
        self.get(TYPED)
            .or_else(|| self.get(LINK))
            .unwrap_or_else(|| panic!("scenario {} has neither a typed nor a link line", self.id))
    }

    /// The computed lines only (what a rewrite recomputes): all but `about` and `typed`.
    pub fn computed(&self) -> Vec<(String, String)> {
        self.lines
            .iter()
            .filter(|(f, _)| f != ABOUT && f != TYPED)
            .cloned()
            .collect()
    }
}

/// Reads the golden file: `id<TAB>figure<TAB>value` lines; `#` lines and blank lines are
/// comments. Scenarios in file order.
pub fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let mut entries: Vec<Entry> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(id), Some(figure), Some(value)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(format!(
                "line {}: expected id<TAB>figure<TAB>value: {line:?}",
                number + 1
            ));
        };
        match entries.last_mut() {
            Some(last) if last.id == id => last.lines.push((figure.to_string(), value.to_string())),
            _ => {
                if entries.iter().any(|e| e.id == id) {
                    return Err(format!(
                        "line {}: scenario {id} appears in two places",
                        number + 1
                    ));
                }
                entries.push(Entry {
                    id: id.to_string(),
                    lines: vec![(figure.to_string(), value.to_string())],
                });
            }
        }
    }
    Ok(entries)
}

pub fn read_golden() -> Vec<Entry> {
    let text = std::fs::read_to_string(golden_path()).expect("tests/golden/scenarios.tsv");
    parse(&text).unwrap_or_else(|e| panic!("tests/golden/scenarios.tsv: {e}"))
}

/// f64 exactly: Rust's shortest representation that reads back to the same number.
pub fn exact(value: f64) -> String {
    format!("{value:?}")
}

/// The lines the app's link and decoder give for `query`: the link it rewrites the address
/// to, and its notices, one line each.
pub fn link_lines(query: &str) -> (Scenario, Vec<(String, String)>) {
    let decoded = decode(query, today());
    let mut lines = vec![(LINK.to_string(), hireplan::link::encode(&decoded.scenario))];
    for (n, notice) in decoded.notices.iter().enumerate() {
        lines.push((format!("notice.{}", n + 1), notice.clone()));
    }
    (decoded.scenario, lines)
}

/// Every figure recorded for a scenario: the key figures as shown (value and detail), then
/// each figure unrounded, then the quarterly budget (unrounded, and as the table shows it).
pub fn figure_lines(s: &Scenario) -> Vec<(String, String)> {
    let p = project(s);
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut put = |figure: &str, value: String| lines.push((figure.to_string(), value));

    for f in key_figures(&p) {
        put(&format!("shown.{}", f.id.key()), f.value);
        put(&format!("shown.{}.detail", f.id.key()), f.detail);
    }

    put("salary.low", exact(p.salary.low));
    put("salary.median", exact(p.salary.median));
    put("salary.high", exact(p.salary.high));
    put("region_factor", exact(p.region_factor));
    put(
        "region_factor_held_at",
        p.region_factor_held_at
            .map_or("none".to_string(), |l| l.key().to_string()),
    );
    put("all_in_annual", exact(p.all_in_annual));
    put("hiring_cost", exact(p.hiring_cost));
    put("time_to_hire", exact(p.time_to_hire));
    put("time_to_hire_days", p.time_to_hire_days.to_string());
    put("search_opens", p.search_opens.iso());
    put("start_date", p.start_date.iso());
    for (n, m) in p.milestones.iter().enumerate() {
        put(
            &format!("milestone.{}", n + 1),
            format!(
                "{} | {} | weeks {} | productivity {}",
                m.kind.label(),
                m.date.iso(),
                exact(m.weeks),
                exact(m.productivity)
            ),
        );
    }
    put("full_productivity_date", p.full_productivity_date().iso());
    put("year_one_cash", exact(p.year_one_cash));
    put("lost_capacity_weeks", exact(p.lost_capacity_weeks));
    put("ramp_cost", exact(p.ramp_cost));
    put("bad_hire_low", exact(p.bad_hire_low));
    put("bad_hire_high", exact(p.bad_hire_high));
    put("horizon_cash", exact(p.horizon_cash));
    put("starts_within_horizon", p.starts_within_horizon.to_string());
    // Issue 12: the empty seat and the payback date, for every route.
    let seat = &p.empty_seat;
    put(
        "empty_seat.working_days",
        seat.vacancy_working_days.to_string(),
    );
    put("empty_seat.during_search", exact(seat.during_search));
    put("empty_seat.during_ramp", exact(seat.during_ramp));
    put("empty_seat.gross", exact(seat.gross));
    put("empty_seat.net", exact(seat.net));
    put("empty_seat.search_week", exact(seat.search_week));
    put(
        "pays_for_itself",
        p.payback.date.map_or("none".to_string(), |d| d.iso()),
    );
    put("payback.delivered", exact(p.payback.delivered));
    put("payback.spent", exact(p.payback.spent));
    // Issue 11: the figures a comparison needs (the annual raise is 0 % unless edited).
    put("two_year_cash", exact(p.two_year_cash));
    put(
        "cash_until_fully_productive",
        exact(p.cash_until_fully_productive),
    );
    if let Some(terms) = p.contract {
        put("contract.pay_rate", exact(terms.pay_rate));
        put("contract.bill_rate", exact(terms.bill_rate));
        put("contract.margin", exact(terms.margin));
        put("contract.annual_billing", exact(terms.annual_billing));
        put("contract.ends", terms.ends.iso());
    }
    if let Some(c) = p.conversion {
        put("conversion.date", c.date.iso());
        put("conversion.share_due", exact(c.share_due));
        put("conversion.fee", exact(c.fee));
    }

    let grid = budget_grid(&p, MoneyShown::Dollars, money);
    for (n, q) in p.quarters.iter().enumerate() {
        let contract = if p.contract.is_some() {
            format!(
                " | contract days {} | contract {} | conversion fee {}",
                q.days_contracted,
                exact(q.contract),
                exact(q.conversion_fee)
            )
        } else {
            String::new()
        };
        put(
            &format!("budget.{:02}", n + 1),
            format!(
                "{} | days {} | salary {} | overhead {} | hiring {}{contract} | total {} | cumulative {}",
                q.quarter.key(),
                q.days_employed,
                exact(q.salary),
                exact(q.overhead),
                exact(q.hiring),
                exact(q.total),
                exact(q.cumulative)
            ),
        );
        // The row of the "Quarterly budget" table as the page writes it: the route's
        // columns, total, cumulative, fitted to add up (`describe::quarters_as_shown`).
        if let Some(row) = grid.rows.get(n) {
            put(&format!("budget.{:02}.shown", n + 1), row.join(" | "));
        }
    }
    // The table's totals row (its cumulative cell repeats the total: not pinned twice).
    let mut totals = grid.totals.clone();
    totals.pop();
    put("budget.total.shown", totals.join(" | "));
    lines
}

/// Everything a rewrite computes for a scenario defined by `query`.
pub fn computed_lines(query: &str) -> (Scenario, Vec<(String, String)>) {
    let (scenario, mut lines) = link_lines(query);
    lines.extend(figure_lines(&scenario));
    (scenario, lines)
}

/// One difference between what the file records and what the program gives now.
#[derive(Debug)]
pub struct Difference {
    pub id: String,
    pub figure: String,
    pub expected: Option<String>,
    pub got: Option<String>,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show = |v: &Option<String>| {
            v.as_deref()
                .map_or("(no such line)".to_string(), |v| format!("{v:?}"))
        };
        write!(
            f,
            "{} {}\n    expected {}\n    got      {}",
            self.id,
            self.figure,
            show(&self.expected),
            show(&self.got)
        )
    }
}

/// The differences between recorded and computed lines of one scenario, by figure name.
pub fn compare(
    id: &str,
    expected: &[(String, String)],
    got: &[(String, String)],
) -> Vec<Difference> {
    let expected_map: BTreeMap<&str, &str> = expected
        .iter()
        .map(|(f, v)| (f.as_str(), v.as_str()))
        .collect();
    let got_map: BTreeMap<&str, &str> = got.iter().map(|(f, v)| (f.as_str(), v.as_str())).collect();
    let mut out = Vec::new();
    // In the file's order, then any new figure in the program's order.
    for (figure, value) in expected {
        match got_map.get(figure.as_str()) {
            Some(now) if *now == value => {}
            now => out.push(Difference {
                id: id.to_string(),
                figure: figure.clone(),
                expected: Some(value.clone()),
                got: now.map(|v| v.to_string()),
            }),
        }
    }
    for (figure, value) in got {
        if !expected_map.contains_key(figure.as_str()) {
            out.push(Difference {
                id: id.to_string(),
                figure: figure.clone(),
                expected: None,
                got: Some(value.clone()),
            });
        }
    }
    out
}

/// A report of differences, readable in a terminal: at most `limit` listed, then a count.
pub fn report(differences: &[Difference], limit: usize) -> String {
    let mut out = String::new();
    for d in differences.iter().take(limit) {
        out.push_str(&format!("{d}\n"));
    }
    if differences.len() > limit {
        out.push_str(&format!(
            "... and {} more differences\n",
            differences.len() - limit
        ));
    }
    let scenarios: std::collections::BTreeSet<&str> =
        differences.iter().map(|d| d.id.as_str()).collect();
    out.push_str(&format!(
        "{} differences in {} scenarios: {}\n",
        differences.len(),
        scenarios.len(),
        scenarios.into_iter().collect::<Vec<_>>().join(", ")
    ));
    out
}
