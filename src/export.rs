//! The quarterly budget as a CSV file for finance (RFC 4180): a header block with the scenario
//! in words, the share link, the date it was made and what was changed from the defaults; the
//! key figures; one row per quarter and a totals row; the ramp cost and bad-hire exposure
//! apart; last, every input and assumption with its value, default and source.
//!
//! Every row has the same number of fields (spreadsheets and strict parsers expect that), lines
//! end in CRLF, and the file starts with a UTF-8 byte-order mark so Excel reads "–" and "×".

use crate::charts::describe::{budget_grid, quarters_as_shown, ShownQuarter};
use crate::compare::{difference_sentence, option_called};
use crate::entry::{self, edits};
use crate::explain::scenario_sentence;
use crate::format::plain;
use crate::model::compare::{rows as comparison_rows, MoneyShown, Value};
use crate::model::plan::LETTERS;
use crate::model::regions::{WAGE_SOURCE, WAGE_SOURCE_URL};
use crate::model::{Date, Plan, Projection, Quarter, Scenario, Unit, SPECS};

/// The assumptions block's columns: name, value, default, unit, edited, source.
const INPUT_COLUMNS: usize = 6;

/// Quotes a field when it needs it: commas, quotes, line breaks, or leading/trailing spaces.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A row padded to `columns` fields.
fn row_of(out: &mut String, fields: &[&str], columns: usize) {
    let mut cells: Vec<String> = fields.iter().map(|f| field(f)).collect();
    cells.resize(columns, String::new());
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// Text a spreadsheet must not run as a formula: a cell starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading `'` (OWASP's advice for CSV injection). For any cell
/// that carries a name someone typed; amounts are written by [`amount`] and stay numbers.
pub fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Money as a spreadsheet number: dollars with cents, no symbol or grouping.
fn amount(value: f64) -> String {
    cents_text((value * 100.0).round() as i64)
}

/// `value` less `baseline`, as the difference of the two amounts the file shows (`amount`):
/// subtracting first could put it a cent off them.
fn amount_difference(value: f64, baseline: f64) -> String {
    cents_text((value * 100.0).round() as i64 - (baseline * 100.0).round() as i64)
}

fn cents_text(cents: i64) -> String {
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
    let grid = budget_grid(p, MoneyShown::Cents, amount);
    // As wide as the widest row written: the budget's columns (a direct hire has fewer than a
    // contract-to-hire), or the six of the assumptions block. No column stays empty throughout.
    let columns = grid.headings.len().max(INPUT_COLUMNS);
    let put = |out: &mut String, cells: &[&str]| row_of(out, cells, columns);
    let mut out = String::from("\u{feff}");
    put(&mut out, &["HirePlan quarterly budget"]);
    put(&mut out, &["Scenario", &scenario_sentence(s)]);
    put(&mut out, &["Share link", share_link]);
    put(&mut out, &["Made on", &made_on.iso()]);
    put(
        &mut out,
        &[
            "Amounts",
            "US dollars; cash by calendar quarter; salary and overhead accrue per day employed",
        ],
    );
    put(
        &mut out,
        &[
            "Assumptions changed from their defaults",
            &changed_from_defaults(s),
        ],
    );

    // What finance reads first: the figures and the budget; the long assumptions block last.
    put(&mut out, &[]);
    put(&mut out, &["Key figure", "Value"]);
    put(&mut out, &["Search opens", &p.search_opens.iso()]);
    put(&mut out, &["Planning salary", &amount(p.salary.median)]);
    put(&mut out, &["Salary range, low", &amount(p.salary.low)]);
    put(&mut out, &["Salary range, high", &amount(p.salary.high)]);
    put(&mut out, &["All-in annual cost", &amount(p.all_in_annual)]);
    put(&mut out, &["One-off hiring cost", &amount(p.hiring_cost)]);
    if let Some(terms) = p.contract {
        put(
            &mut out,
            &["Contractor pay rate (per hour)", &amount(terms.pay_rate)],
        );
        put(
            &mut out,
            &["Contract bill rate (per hour)", &amount(terms.bill_rate)],
        );
        put(
            &mut out,
            &["Markup on pay (%)", &plain(terms.markup * 100.0, 1)],
        );
        put(
            &mut out,
            &[
                "Margin on the bill rate (%)",
                &plain(terms.margin * 100.0, 1),
            ],
        );
        put(
            &mut out,
            &["Contract bills a year", &amount(terms.annual_billing)],
        );
        put(&mut out, &["Contract ends", &terms.ends.iso()]);
    }
    if let Some(c) = p.conversion {
        put(&mut out, &["Conversion date", &c.date.iso()]);
        put(&mut out, &["Conversion fee", &amount(c.fee)]);
    }
    put(
        &mut out,
        &["Time to hire (days)", &p.time_to_hire_days.to_string()],
    );
    put(&mut out, &["Start date", &p.start_date.iso()]);
    for milestone in &p.milestones {
        put(&mut out, &[milestone.kind.label(), &milestone.date.iso()]);
    }
    put(&mut out, &["Year-one cash cost", &amount(p.year_one_cash)]);
    put(
        &mut out,
        &[
            "Pays for itself (value delivered passes cash spent)",
            &p.payback
                .date
                .map_or("not within the horizon".to_string(), |d| d.iso()),
        ],
    );

    put(&mut out, &[]);
    put(&mut out, &grid.headings);
    for cells in grid.rows.iter().chain(std::iter::once(&grid.totals)) {
        put(
            &mut out,
            &cells.iter().map(String::as_str).collect::<Vec<_>>(),
        );
    }
    put(&mut out, &[]);
    if let Some(c) = p.conversion.filter(|c| c.date >= p.horizon_end()) {
        put(
            &mut out,
            &[
                &format!(
                    "Conversion fee on {}, after the last quarter (not in the totals)",
                    c.date.iso()
                ),
                &amount(c.fee),
            ],
        );
    }
    // What is not cash or not in the totals, one amount a row. The bad-hire range is two
    // numbers, like the salary range: a spreadsheet sums a number, not "a to b".
    let seat = &p.empty_seat;
    for (label, value) in [
        ("Ramp-up cost (not cash, not in the totals)", p.ramp_cost),
        (
            "Bad-hire exposure, low (a risk, not in the totals)",
            p.bad_hire_low,
        ),
        (
            "Bad-hire exposure, high (a risk, not in the totals)",
            p.bad_hire_high,
        ),
        (
            "Cost of the empty seat, gross (value not delivered; not cash, not in the totals)",
            seat.gross,
        ),
        (
            "Cost of the empty seat, net of the pay not spent (not cash, not in the totals)",
            seat.net,
        ),
        (
            "Value not delivered per week of searching (not cash)",
            seat.search_week,
        ),
    ] {
        put(&mut out, &[label, &amount(value)]);
    }

    put(&mut out, &[]);
    put(
        &mut out,
        &[
            "Input or assumption",
            "Value",
            "Default",
            "Unit",
            "Edited",
            "Source",
        ],
    );
    for line in input_lines(s, made_on) {
        let edited = if line.value == line.default {
            ""
        } else {
            "edited"
        };
        put(
            &mut out,
            &[
                line.name,
                &line.value,
                &line.default,
                line.unit,
                edited,
                &line.source,
            ],
        );
    }
    out
}

/// One input or assumption of a scenario, as the CSV lists it.
struct InputLine {
    name: &'static str,
    value: String,
    /// The start quarter's default depends on the day the file is made.
    default: String,
    unit: &'static str,
    source: String,
}

/// Every input and assumption of `s` with its default and source, in the page's order.
fn input_lines(s: &Scenario, made_on: Date) -> Vec<InputLine> {
    let defaults = Scenario::default_for(made_on);
    let line = |name, value: &str, default: &str, unit, source: &str| InputLine {
        name,
        value: value.to_string(),
        default: default.to_string(),
        unit,
        source: source.to_string(),
    };
    let mut lines = vec![
        line(
            "Level",
            s.level.label(),
            defaults.level.label(),
            "",
            "KORE1's 2026 guide to hiring a backend developer (levels by years of experience)",
        ),
        line(
            "Region",
            s.region.name,
            defaults.region.name,
            "",
            &source_text(WAGE_SOURCE, Some(WAGE_SOURCE_URL)),
        ),
        line(
            "Remote discount",
            &plain(s.remote_discount, 1),
            &plain(defaults.remote_discount, 1),
            "%",
            "KORE1's 2026 guide to hiring a backend developer, citing Arc.dev: remote engineers run 10–15% lower on average (a policy choice; some surveys find no discount)",
        ),
        // The default quarter is the one after the day the file is made (its "Made on" row).
        line(
            "Start quarter (the search opens)",
            &crate::explain::search_opening(s),
            &crate::explain::search_opening(&defaults),
            "",
            "Your choice: the first day of the quarter, or the day planned within the current one; by default the next quarter after the day this file was made",
        ),
        line(
            "Hiring route",
            s.route.label(),
            defaults.route.label(),
            "",
            "Your choice",
        ),
    ];
    for spec in &SPECS {
        // A choice is written as its name, not its index.
        let written = |value: f64| match spec.unit {
            Unit::Choice => entry::show(spec, value),
            _ => plain(value, spec.decimals),
        };
        lines.push(line(
            spec.label,
            &written(s.assumptions[spec.id]),
            &written(spec.default),
            entry::unit_suffix(spec),
            &source_text(spec.source.text, spec.source.url),
        ));
    }
    lines
}

/// The assumptions changed from the defaults, in one cell: `label: value (default d); ...`.
fn changed_from_defaults(s: &Scenario) -> String {
    let edited = edits(&s.assumptions);
    if edited.is_empty() {
        return "none".to_string();
    }
    edited
        .iter()
        .map(|e| format!("{}: {} (default {})", e.label, e.value, e.default))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A comparison value as a spreadsheet reads it: dollars with cents, whole days, ISO dates.
fn value_cell(value: Value) -> String {
    match value {
        Value::Money(v) => amount(v),
        Value::Days(days) => days.to_string(),
        Value::Date(Some(date)) => date.iso(),
        Value::Date(None) => "not within the horizon".to_string(),
    }
}

/// The comparison for finance (issue 11), one calendar for every option: a header block with
/// each option's name, inputs in words and edited assumptions; the comparison table (a value
/// per option, then each option's difference from A, in dollars or days, and in % where that
/// means something) with the differences in words; then one row per quarter of any option's
/// horizon, each option's cash and cumulative cash, then each one's difference from A.
///
/// `projections` are the plan's options' projections, in order. Names someone typed are
/// escaped and never start a formula ([`inert`]); every row has the same number of fields.
pub fn comparison_csv(
    plan: &Plan,
    projections: &[Projection],
    share_link: &str,
    made_on: Date,
) -> String {
    let options = plan.options();
    let count = options.len().min(projections.len());
    let projections = &projections[..count];
    let names: Vec<String> = (0..count)
        .map(|i| inert(&format!("{}: {}", LETTERS[i], plan.name(i))))
        .collect();
    let others = count.saturating_sub(1);
    // Each option's quarterly budget as its own file gives it, written last.
    let budgets: Vec<_> = projections
        .iter()
        .map(|p| budget_grid(p, MoneyShown::Cents, amount))
        .collect();
    // The widest rows: the quarters (each option's cash and cumulative, then each difference
    // from A), the inputs (a value per option, default, unit, edited in, source), and a
    // contract-to-hire's budget.
    let columns = (1 + 2 * count + 2 * others)
        .max(count + 5)
        .max(budgets.iter().map(|b| b.headings.len()).max().unwrap_or(0));
    let mut out = String::from("\u{feff}");
    let put = |out: &mut String, cells: &[&str]| row_of(out, cells, columns);

    put(&mut out, &["HirePlan comparison"]);
    put(&mut out, &["Share link", share_link]);
    put(&mut out, &["Made on", &made_on.iso()]);
    put(
        &mut out,
        &[
            "Amounts",
            "US dollars; cash by calendar quarter; differences are each option minus A (dates and durations in days)",
        ],
    );
    put(&mut out, &[]);
    put(
        &mut out,
        &[
            "Option",
            "Name",
            "Scenario",
            "Assumptions changed from their defaults",
            "Shown",
        ],
    );
    for (index, option) in options.iter().take(count).enumerate() {
        let letter = if index == 0 {
            "A (baseline)"
        } else {
            LETTERS[index]
        };
        put(
            &mut out,
            &[
                letter,
                &inert(&plan.name(index)),
                &scenario_sentence(&option.scenario),
                &changed_from_defaults(&option.scenario),
                if index == plan.selected() {
                    "selected"
                } else {
                    ""
                },
            ],
        );
    }

    // Every input and assumption of every option, with its default, which options differ
    // from it, and its source: what finance checks a figure against.
    put(&mut out, &[]);
    let mut heading: Vec<String> = vec!["Input or assumption".to_string()];
    heading.extend(names.iter().cloned());
    heading.extend(["Default", "Unit", "Edited in", "Source"].map(String::from));
    put(
        &mut out,
        &heading.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let per_option: Vec<Vec<InputLine>> = options
        .iter()
        .take(count)
        .map(|o| input_lines(&o.scenario, made_on))
        .collect();
    if let Some(first) = per_option.first() {
        for (index, line) in first.iter().enumerate() {
            let values: Vec<&str> = per_option
                .iter()
                .map(|lines| lines.get(index).map_or("", |l| l.value.as_str()))
                .collect();
            let edited_in: Vec<&str> = values
                .iter()
                .enumerate()
                .filter(|(_, value)| !line.default.is_empty() && **value != line.default)
                .map(|(option, _)| LETTERS[option])
                .collect();
            let edited_in = edited_in.join(" ");
            let mut cells: Vec<&str> = vec![line.name];
            cells.extend(values.iter().copied());
            cells.extend([
                line.default.as_str(),
                line.unit,
                edited_in.as_str(),
                line.source.as_str(),
            ]);
            put(&mut out, &cells);
        }
    }

    put(&mut out, &[]);
    let mut heading: Vec<String> = vec!["Key figure".to_string()];
    heading.extend(names.iter().cloned());
    for letter in LETTERS.iter().take(count).skip(1) {
        heading.push(format!("{letter} − A"));
        heading.push(format!("{letter} − A (%)"));
    }
    put(
        &mut out,
        &heading.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    for table_row in comparison_rows(projections, MoneyShown::Cents) {
        let mut cells: Vec<String> = vec![if table_row.spec.not_cash {
            format!("{} (not cash)", table_row.spec.label)
        } else {
            table_row.spec.label.to_string()
        }];
        cells.extend(table_row.values.iter().map(|v| value_cell(*v)));
        for difference in table_row.differences.iter().skip(1) {
            match difference {
                Some(d) => {
                    cells.push(match table_row.values[0] {
                        Value::Money(_) => amount(d.amount),
                        _ => plain(d.amount, 0),
                    });
                    cells.push(d.percent.map_or(String::new(), |p| plain(p, 1)));
                }
                None => cells.extend([String::new(), String::new()]),
            }
        }
        put(
            &mut out,
            &cells.iter().map(String::as_str).collect::<Vec<_>>(),
        );
    }
    for index in 1..count {
        // Named as on the page, "B (Senior hire) costs …": the letter alone reads as a code.
        let who = option_called(index, &plan.name(index));
        let sentence = difference_sentence(&projections[0], &projections[index], &who);
        put(
            &mut out,
            &[if index == 1 { "In words" } else { "" }, &sentence],
        );
    }

    // One calendar: every quarter of any option's horizon, in order.
    put(&mut out, &[]);
    // Each option's quarters run without a gap: walk from the earliest first quarter to the
    // latest last one and keep those some option has (no sort: it would cost the download
    // a sorting routine).
    let first = projections
        .iter()
        .filter_map(|p| p.quarters.first())
        .map(|q| q.quarter)
        .min();
    let last = projections.iter().map(Projection::last_quarter).max();
    let span = match (first, last) {
        (Some(first), Some(last)) => first.quarters_until(last) + 1,
        _ => 0,
    };
    let calendar = (0..span.max(0)).filter_map(|n| {
        let quarter = first?.offset(n);
        projections
            .iter()
            .any(|p| p.quarters.iter().any(|q| q.quarter == quarter))
            .then_some(quarter)
    });
    let mut heading: Vec<String> = vec!["Quarter".to_string()];
    for name in &names {
        heading.push(format!("{name}: cash"));
        heading.push(format!("{name}: cumulative"));
    }
    for letter in LETTERS.iter().take(count).skip(1) {
        heading.push(format!("{letter} − A: cash"));
        heading.push(format!("{letter} − A: cumulative"));
    }
    put(
        &mut out,
        &heading.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    // Each option's quarters in cents as its budget file shows them, adding up
    // (`quarters_as_shown`).
    let as_shown: Vec<Vec<ShownQuarter>> = projections
        .iter()
        .map(|p| quarters_as_shown(p, &[], MoneyShown::Cents))
        .collect();
    // An option's cash in `quarter`: nothing before its search opens, unknown after its
    // horizon (left empty rather than guessed).
    let cash = |option: usize, quarter: Quarter| -> Option<(f64, f64)> {
        let p = &projections[option];
        match p.quarters.iter().position(|q| q.quarter == quarter) {
            Some(i) => as_shown[option].get(i).map(|q| (q.total, q.cumulative)),
            None if p.quarters.first().is_some_and(|q| quarter < q.quarter) => Some((0.0, 0.0)),
            None => None,
        }
    };
    for quarter in calendar {
        let mut cells: Vec<String> = vec![quarter.to_string()];
        let figures: Vec<Option<(f64, f64)>> =
            (0..projections.len()).map(|i| cash(i, quarter)).collect();
        for figure in &figures {
            match figure {
                Some((total, cumulative)) => cells.extend([amount(*total), amount(*cumulative)]),
                None => cells.extend([String::new(), String::new()]),
            }
        }
        for figure in figures.iter().skip(1) {
            match (figures[0], figure) {
                (Some((a_total, a_cumulative)), Some((total, cumulative))) => cells.extend([
                    amount_difference(*total, a_total),
                    amount_difference(*cumulative, a_cumulative),
                ]),
                _ => cells.extend([String::new(), String::new()]),
            }
        }
        put(
            &mut out,
            &cells.iter().map(String::as_str).collect::<Vec<_>>(),
        );
    }
    // Each option's quarters summed (its horizon's cash), as the one-scenario file ends with a
    // totals row; a cumulative column has nothing to add up.
    let mut totals: Vec<String> = vec!["Total (each option's own quarters)".to_string()];
    let all: Vec<f64> = as_shown
        .iter()
        .map(|q| q.last().map_or(0.0, |q| q.cumulative))
        .collect();
    for cash in &all {
        totals.extend([amount(*cash), String::new()]);
    }
    if let Some(a) = all.first() {
        for cash in all.iter().skip(1) {
            totals.extend([amount_difference(*cash, *a), String::new()]);
        }
    }
    put(
        &mut out,
        &totals.iter().map(String::as_str).collect::<Vec<_>>(),
    );

    // What each option's cash is made of, quarter by quarter (salary, overhead, fees, bills):
    // the page shows the selected option's budget, finance wants every option's. The same
    // table as the one-scenario file's, so each total is the calendar's cash above.
    for (name, budget) in names.iter().zip(&budgets) {
        put(&mut out, &[]);
        put(&mut out, &[&format!("Quarterly budget of {name}")]);
        put(&mut out, &budget.headings);
        for cells in budget.rows.iter().chain(std::iter::once(&budget.totals)) {
            put(
                &mut out,
                &cells.iter().map(String::as_str).collect::<Vec<_>>(),
            );
        }
    }
    out
}

/// A file name for the comparison download: `hireplan-comparison-2027-Q1.csv` (A's quarter).
pub fn comparison_file_name(plan: &Plan) -> String {
    format!(
        "hireplan-comparison-{}.csv",
        plan.baseline().start_quarter.key()
    )
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
            rows.iter().all(|r| r.len() == 6),
            "same field count on every row, as wide as the widest (a direct hire's budget has \
             five columns, the assumptions six)"
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
        assert_eq!(
            overhead[1..5],
            ["25".to_string(), "25".into(), "%".into(), "".into()]
        );
        assert!(overhead[5].contains("https://www.bls.gov/news.release/ecec.t04.htm"));
        // Figures and budget come before the long assumptions block.
        let figures = rows.iter().position(|r| r[0] == "Key figure").unwrap();
        let inputs = rows
            .iter()
            .position(|r| r[0] == "Input or assumption")
            .unwrap();
        assert!(figures < header && header < inputs);
        assert!(rows
            .iter()
            .any(|r| r[0] == "Assumptions changed from their defaults" && r[1] == "none"));
        assert!(rows
            .iter()
            .any(|r| r[0] == "Made on" && r[1] == "2026-11-29"));
        assert_eq!(file_name(&s), "hireplan-budget-2027-Q1-mid-us.csv");
    }

    #[test]
    fn every_column_holds_something_and_amounts_are_numbers() {
        let today = Date::new(2026, 11, 29).unwrap();
        for route in crate::model::HiringRoute::ALL {
            let mut s = Scenario::default_for(today);
            s.route = route;
            let p = project(&s);
            let rows = parse(&budget_csv(&s, &p, "https://example.test/", today));
            let width = rows[0].len();
            assert!(rows.iter().all(|r| r.len() == width), "{route:?}");
            for column in 0..width {
                assert!(
                    rows.iter().any(|r| !r[column].is_empty()),
                    "{route:?}: column {column} is empty on every row"
                );
            }
            let value = |name: &str| {
                let row = rows.iter().find(|r| r[0].starts_with(name)).unwrap();
                row[1]
                    .parse::<f64>()
                    .unwrap_or_else(|_| panic!("{name}: {row:?}"))
            };
            assert_eq!(
                value("Bad-hire exposure, low"),
                amount(p.bad_hire_low).parse::<f64>().unwrap()
            );
            assert_eq!(
                value("Bad-hire exposure, high"),
                amount(p.bad_hire_high).parse::<f64>().unwrap()
            );
            assert!(p.bad_hire_low < p.bad_hire_high);
            // The start quarter's default is the quarter after the day the file was made; the
            // default scenario's start is not marked edited, a later one is.
            let start = |s: &Scenario| {
                let rows = parse(&budget_csv(s, &project(s), "https://example.test/", today));
                rows.into_iter()
                    .find(|r| r[0].starts_with("Start quarter"))
                    .unwrap()
            };
            assert_eq!(start(&s)[1..3], ["2027 Q1".to_string(), "2027 Q1".into()]);
            assert_eq!(start(&s)[4], "");
            let mut later = s.clone();
            later.start_quarter = later.start_quarter.offset(1);
            assert_eq!(
                start(&later)[1..3],
                ["2027 Q2".to_string(), "2027 Q1".into()]
            );
            assert_eq!(start(&later)[4], "edited");
        }
    }

    #[test]
    fn edited_assumptions_are_listed_with_their_defaults() {
        let today = Date::new(2026, 11, 30).unwrap();
        let mut s = Scenario::default_for(today);
        s.assumptions.set(crate::model::Assumption::Overhead, 30.0);
        s.level = crate::model::Level::Senior;
        let csv = budget_csv(&s, &project(&s), "https://example.test/", today);
        let rows = parse(&csv);
        let changed = rows
            .iter()
            .find(|r| r[0] == "Assumptions changed from their defaults")
            .unwrap();
        assert_eq!(
            changed[1],
            "Benefits, payroll taxes and overhead, on top of salary: 30% (default 25%)"
        );
        let overhead = rows
            .iter()
            .find(|r| r[0].starts_with("Benefits, payroll taxes"))
            .unwrap();
        assert_eq!((overhead[1].as_str(), overhead[2].as_str()), ("30", "25"));
        assert_eq!(overhead[4], "edited");
        let level = rows.iter().find(|r| r[0] == "Level").unwrap();
        assert_eq!(
            (level[1].as_str(), level[2].as_str(), level[4].as_str()),
            ("Senior (7+ years)", "Mid-level (4–6 years)", "edited")
        );
        // No internal names reach the file.
        assert!(!csv.to_lowercase().contains("seed"), "{csv}");
        assert!(!csv.contains("sources.md"));
    }

    #[test]
    fn the_calendar_is_the_union_of_the_horizons_gaps_left_out() {
        let today = Date::new(2026, 11, 29).unwrap();
        let mut plan = Plan::single(Scenario::default_for(today));
        plan.scenario_mut()
            .assumptions
            .set(crate::model::Assumption::HorizonQuarters, 4.0);
        plan.add();
        plan.scenario_mut().start_quarter = Quarter {
            year: 2029,
            number: 1,
        };
        let projections: Vec<Projection> = plan
            .options()
            .iter()
            .map(|o| project(&o.scenario))
            .collect();
        let rows = parse(&comparison_csv(
            &plan,
            &projections,
            "https://example.test/",
            today,
        ));
        let header = rows.iter().position(|r| r[0] == "Quarter").unwrap();
        // The calendar ends at its totals row (each option's budget follows, after a blank row).
        let quarters: Vec<&str> = rows[header + 1..]
            .iter()
            .map(|r| r[0].as_str())
            .take_while(|label| !label.is_empty())
            .collect();
        assert_eq!(
            quarters,
            [
                "2027 Q1",
                "2027 Q2",
                "2027 Q3",
                "2027 Q4",
                "2029 Q1",
                "2029 Q2",
                "2029 Q3",
                "2029 Q4",
                "Total (each option's own quarters)"
            ]
        );
        assert!(rows.iter().all(|r| r.len() == 7));
        assert_eq!(
            comparison_file_name(&plan),
            "hireplan-comparison-2027-Q1.csv"
        );
    }
}
