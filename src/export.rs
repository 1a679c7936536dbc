//! The quarterly budget as a CSV file for finance (RFC 4180): a header block with the scenario
//! in words, the share link, every input and assumption with its source and the date it was
//! made; then one row per quarter and a totals row; the ramp cost apart.
//!
//! Every row has the same number of fields (spreadsheets and strict parsers expect that), lines
//! end in CRLF, and the file starts with a UTF-8 byte-order mark so Excel reads "–" and "×".

use crate::entry;
use crate::explain::scenario_sentence;
use crate::format::{percent, plain};
use crate::model::regions::{WAGE_SOURCE, WAGE_SOURCE_URL};
use crate::model::{Date, Projection, Scenario, SPECS};

const COLUMNS: usize = 6;

/// Quotes a field when it needs it: commas, quotes, line breaks, or leading/trailing spaces.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn row(out: &mut String, fields: &[&str]) {
    let mut cells: Vec<String> = fields.iter().map(|f| field(f)).collect();
    cells.resize(COLUMNS, String::new());
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// Money as a spreadsheet number: dollars with cents, no symbol or grouping.
fn amount(value: f64) -> String {
    let cents = (value * 100.0).round() as i64;
    let sign = if cents < 0 { "-" } else { "" };
    format!(
        "{sign}{}.{:02}",
        cents.unsigned_abs() / 100,
        cents.unsigned_abs() % 100
    )
}

fn source_text(text: &str, url: Option<&str>) -> String {
    match url {
        Some(url) => format!("{text} {url}"),
        None => text.to_string(),
    }
}

pub fn budget_csv(s: &Scenario, p: &Projection, share_link: &str, made_on: Date) -> String {
    let mut out = String::from("\u{feff}");
    row(&mut out, &["HirePlan quarterly budget"]);
    row(&mut out, &["Scenario", &scenario_sentence(s)]);
    row(&mut out, &["Share link", share_link]);
    row(&mut out, &["Made on", &made_on.iso()]);
    row(
        &mut out,
        &[
            "Amounts",
            "US dollars; cash by calendar quarter; salary and overhead accrue per day employed",
        ],
    );
    row(&mut out, &[]);
    row(
        &mut out,
        &["Input or assumption", "Value", "Unit", "Source"],
    );
    row(
        &mut out,
        &[
            "Level",
            s.level.label(),
            "",
            "Seed article (levels by years of experience)",
        ],
    );
    row(
        &mut out,
        &[
            "Region",
            s.region.name,
            "",
            &source_text(WAGE_SOURCE, Some(WAGE_SOURCE_URL)),
        ],
    );
    row(&mut out, &[
        "Remote discount",
        &plain(s.remote_discount, 1),
        "%",
        "Seed article citing Arc.dev: remote engineers run 10–15% lower on average (a policy choice; some surveys find no discount)",
    ]);
    row(
        &mut out,
        &[
            "Start quarter (the search opens)",
            &s.start_quarter.to_string(),
            "",
            "",
        ],
    );
    row(&mut out, &["Hiring route", s.route.label(), "", ""]);
    for spec in &SPECS {
        let source = source_text(spec.source.text, spec.source.url);
        row(
            &mut out,
            &[
                spec.label,
                &plain(s.assumptions[spec.id], spec.decimals),
                entry::unit_suffix(spec),
                &source,
            ],
        );
    }
    row(&mut out, &[]);
    row(&mut out, &["Key figure", "Value"]);
    row(&mut out, &["Planning salary", &amount(p.salary.median)]);
    row(&mut out, &["All-in annual cost", &amount(p.all_in_annual)]);
    row(&mut out, &["One-off hiring cost", &amount(p.hiring_cost)]);
    row(
        &mut out,
        &["Time to hire (days)", &p.time_to_hire_days.to_string()],
    );
    row(&mut out, &["Start date", &p.start_date.iso()]);
    row(
        &mut out,
        &["Fully productive", &p.full_productivity_date().iso()],
    );
    row(&mut out, &["Year-one cash cost", &amount(p.year_one_cash)]);
    row(&mut out, &[]);
    row(
        &mut out,
        &[
            "Quarter",
            "Salary",
            "Benefits, taxes, overhead",
            "Hiring cost",
            "Total",
            "Cumulative",
        ],
    );
    for q in &p.quarters {
        row(
            &mut out,
            &[
                &q.quarter.to_string(),
                &amount(q.salary),
                &amount(q.overhead),
                &amount(q.hiring),
                &amount(q.total),
                &amount(q.cumulative),
            ],
        );
    }
    let sum = |f: fn(&crate::model::QuarterBudget) -> f64| amount(p.quarters.iter().map(f).sum());
    row(
        &mut out,
        &[
            "Total",
            &sum(|q| q.salary),
            &sum(|q| q.overhead),
            &sum(|q| q.hiring),
            &amount(p.horizon_cash),
            &amount(p.horizon_cash),
        ],
    );
    row(&mut out, &[]);
    row(
        &mut out,
        &[
            "Ramp-up cost (not cash, not in the totals)",
            &amount(p.ramp_cost),
        ],
    );
    row(
        &mut out,
        &[
            "Bad-hire exposure (a risk, not in the totals)",
            &format!("{} to {}", amount(p.bad_hire_low), amount(p.bad_hire_high)),
        ],
    );
    row(
        &mut out,
        &["Overhead rate used", &percent(p.overhead_rate * 100.0)],
    );
    out
}

/// A file name for the download: `hireplan-budget-2027-Q1-mid-us.csv`.
pub fn file_name(s: &Scenario) -> String {
    format!(
        "hireplan-budget-{}-{}-{}.csv",
        s.start_quarter.key(),
        s.level.key(),
        s.region.id
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Quarter};

    fn parse(csv: &str) -> Vec<Vec<String>> {
        // A small RFC 4180 reader, to check the writer against.
        let mut rows = vec![vec![String::new()]];
        let mut quoted = false;
        let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
        while let Some(c) = chars.next() {
            let cell = rows.last_mut().unwrap().last_mut().unwrap();
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => rows.last_mut().unwrap().push(String::new()),
                ('\r', false) => {}
                ('\n', false) => rows.push(vec![String::new()]),
                (c, _) => cell.push(c),
            }
        }
        rows.pop();
        rows
    }

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn budget_rows_match_the_projection() {
        let mut s = Scenario::default_for(Date::new(2026, 11, 29).unwrap());
        s.start_quarter = Quarter {
            year: 2027,
            number: 1,
        };
        let p = project(&s);
        let csv = budget_csv(
            &s,
            &p,
            "https://example.test/?v=1&level=mid",
            Date::new(2026, 11, 29).unwrap(),
        );
        assert!(csv.starts_with('\u{feff}'));
        assert_eq!(
            csv.matches("\r\n").count(),
            csv.matches('\n').count(),
            "every line ends in CRLF"
        );
        let rows = parse(&csv);
        assert!(
            rows.iter().all(|r| r.len() == COLUMNS),
            "same field count on every row"
        );
        let header = rows.iter().position(|r| r[0] == "Quarter").unwrap();
        assert_eq!(rows[header][2], "Benefits, taxes, overhead");
        let first = &rows[header + 1];
        assert_eq!(first[0], "2027 Q1");
        assert_eq!(first[3], "4700.00");
        assert_eq!(first[4], amount(p.quarters[0].total));
        let totals = &rows[header + 1 + p.quarters.len()];
        assert_eq!(totals[0], "Total");
        assert_eq!(totals[4], amount(p.horizon_cash));
        let link = rows.iter().find(|r| r[0] == "Share link").unwrap();
        assert_eq!(link[1], "https://example.test/?v=1&level=mid");
        let overhead = rows
            .iter()
            .find(|r| r[0].starts_with("Benefits, payroll taxes"))
            .unwrap();
        assert_eq!((overhead[1].as_str(), overhead[2].as_str()), ("25", "%"));
        assert!(overhead[3].contains("https://www.bls.gov/news.release/ecec.t04.htm"));
        assert!(rows
            .iter()
            .any(|r| r[0] == "Made on" && r[1] == "2026-11-29"));
        assert_eq!(file_name(&s), "hireplan-budget-2027-Q1-mid-us.csv");
    }
}
