//! Differential tests of the hand-written CSV writer (`src/export.rs`) against the `csv` crate:
//! the exported file, read back by a strict reader (every record the same number of fields),
//! gives exactly the header block and the budget table's cells; and `field` quotes any text so
//! that the crate reads it back unchanged.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::scenario;
use hireplan::entry::unit_suffix;
use hireplan::explain::scenario_sentence;
use hireplan::export::{budget_csv, field};
use hireplan::format::plain;
use hireplan::model::HiringRoute;
use hireplan::model::{project, Date, Scenario, SPECS};
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

/// The assumptions block's columns (name, value, default, unit, edited, source): the file is
/// as wide as that or as the budget, whichever is wider.
const INPUT_COLUMNS: usize = 6;

/// Reads `text` as the strict reader a finance team's tools would be: no header row, every
/// record with the same field count, nothing trimmed, no comments.
fn read(text: &str) -> Result<Vec<Vec<String>>, csv::Error> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| record.map(|r| r.iter().map(str::to_string).collect()))
        .collect()
}

/// The record whose first cell is `label`, padded fields and all.
fn record<'a>(rows: &'a [Vec<String>], label: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r[0] == label)
        .unwrap_or_else(|| panic!("no row {label:?}"))
}

/// An amount cell: dollars with exactly two decimals, within half a cent of `value`.
fn assert_amount(cell: &str, value: f64, what: &str) {
    let (whole, cents) = cell
        .split_once('.')
        .unwrap_or_else(|| panic!("{what}: {cell}"));
    assert!(
        cents.len() == 2
            && cents.bytes().all(|b| b.is_ascii_digit())
            && !whole.is_empty()
            && whole
                .trim_start_matches('-')
                .bytes()
                .all(|b| b.is_ascii_digit()),
        "{what}: {cell:?} is not dollars and cents"
    );
    let read: f64 = cell.parse().unwrap();
    assert!(
        (read - value).abs() <= 0.005 + value.abs() * 1e-12,
        "{what}: {cell} for {value}"
    );
}

/// An amount cell within `tolerance` dollars of `value` (and dollars and cents).
fn assert_amount_within(cell: &str, value: f64, tolerance: f64, what: &str) {
    assert_amount(cell, cell.parse().unwrap_or(f64::NAN), what);
    let read: f64 = cell.parse().unwrap();
    assert!(
        (read - value).abs() <= tolerance + 1e-9,
        "{what}: {cell} for {value}"
    );
}

/// An amount cell in cents, read digit by digit (a float would blur the cents).
fn cents_of(cell: &str) -> i64 {
    let (sign, digits) = match cell.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, cell),
    };
    let (dollars, cents) = digits.split_once('.').expect("dollars and cents");
    sign * (dollars.parse::<i64>().unwrap() * 100 + cents.parse::<i64>().unwrap())
}

/// Reads the file back with the crate and checks every cell it must carry.
fn check_file(s: &Scenario, link: &str, made_on: Date) -> usize {
    let p = project(s);
    let text = budget_csv(s, &p, link, made_on);
    let rows = read(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let width = rows[0].len();

    // The header block: the scenario in words, the link, the date and what was changed; last,
    // every input and assumption with its value, default, unit, edited mark and source.
    assert_eq!(rows[0][0], "HirePlan quarterly budget");
    assert!(rows[0][1..].iter().all(String::is_empty));
    assert_eq!(record(&rows, "Scenario")[1], scenario_sentence(s));
    assert_eq!(record(&rows, "Share link")[1], link);
    assert_eq!(record(&rows, "Made on")[1], made_on.iso());
    assert_eq!(record(&rows, "Level")[1], s.level.label());
    assert_eq!(record(&rows, "Region")[1], s.region.name);
    assert_eq!(
        record(&rows, "Remote discount")[1..4],
        [
            plain(s.remote_discount, 1),
            "0".to_string(),
            "%".to_string()
        ]
    );
    let start = record(&rows, "Start quarter (the search opens)");
    assert_eq!(start[1], hireplan::explain::search_opening(s));
    // By default the search opens in the quarter after the day the file was made.
    assert_eq!(start[2], made_on.quarter().offset(1).to_string());
    assert_eq!(start[4], if start[1] == start[2] { "" } else { "edited" });
    assert_eq!(record(&rows, "Hiring route")[1], s.route.label());
    let edited = hireplan::entry::edits(&s.assumptions);
    let changed = &record(&rows, "Assumptions changed from their defaults")[1];
    if edited.is_empty() {
        assert_eq!(changed, "none");
    }
    for spec in &SPECS {
        let r = record(&rows, spec.label);
        // A choice is written as its name.
        let written = |v: f64| match spec.unit {
            hireplan::model::Unit::Choice => hireplan::entry::show(spec, v),
            _ => plain(v, spec.decimals),
        };
        let value = written(s.assumptions[spec.id]);
        let default = written(spec.default);
        assert_eq!(r[1], value, "{}", spec.key);
        assert_eq!(r[2], default, "{}", spec.key);
        assert_eq!(r[3], unit_suffix(spec), "{}", spec.key);
        let is_edited = edited.iter().any(|e| e.which == spec.id);
        assert_eq!(r[4], if is_edited { "edited" } else { "" }, "{}", spec.key);
        if is_edited {
            assert!(changed.contains(spec.label), "{}: {changed}", spec.key);
        }
        assert!(r[5].starts_with(spec.source.text), "{}", spec.key);
        if let Some(url) = spec.source.url {
            assert!(r[5].ends_with(url), "{}", spec.key);
        }
    }

    // The key figures.
    assert_amount(
        &record(&rows, "Planning salary")[1],
        p.salary.median,
        "salary",
    );
    assert_amount(
        &record(&rows, "All-in annual cost")[1],
        p.all_in_annual,
        "all-in",
    );
    assert_amount(
        &record(&rows, "One-off hiring cost")[1],
        p.hiring_cost,
        "hiring",
    );
    assert_amount(
        &record(&rows, "Year-one cash cost")[1],
        p.year_one_cash,
        "year one",
    );
    assert_eq!(
        record(&rows, "Time to hire (days)")[1],
        p.time_to_hire_days.to_string()
    );
    assert_eq!(record(&rows, "Start date")[1], p.start_date.iso());
    assert_eq!(
        record(&rows, "Fully productive")[1],
        p.full_productivity_date().iso()
    );

    // The budget table: its header, one row per quarter, the totals row. Its amount columns
    // follow the route, written out here from the route (not from the code that builds them).
    type Amount = fn(&hireplan::model::QuarterBudget) -> f64;
    let salary: (&str, Amount) = ("Salary", |q| q.salary);
    let overhead: (&str, Amount) = ("Benefits, taxes, overhead", |q| q.overhead);
    let contract: (&str, Amount) = ("Contract bills", |q| q.contract);
    let hiring: (&str, Amount) = ("Hiring cost", |q| q.hiring);
    let conversion: (&str, Amount) = ("Conversion fee", |q| q.conversion_fee);
    let columns: Vec<(&str, Amount)> = match s.route {
        HiringRoute::InHouse | HiringRoute::Agency => vec![salary, overhead, hiring],
        HiringRoute::Contract => vec![contract],
        HiringRoute::ContractToHire => vec![salary, overhead, contract, conversion],
    };
    let header = rows.iter().position(|r| r[0] == "Quarter").unwrap();
    let mut expected: Vec<&str> = vec!["Quarter"];
    expected.extend(columns.iter().map(|(name, _)| *name));
    expected.extend(["Total", "Cumulative"]);
    // No wider than its widest row: no column is empty throughout.
    assert_eq!(width, expected.len().max(INPUT_COLUMNS));
    expected.resize(width, "");
    assert_eq!(rows[header], expected);
    // Each amount within a cent or two of the model's (the cumulative within half a cent),
    // and the table adds up to the cent as written: a quarter's parts make its total, each
    // total and the cumulative before it the next cumulative, each column its total.
    let (parts, total, cumulative) = (1..=columns.len(), columns.len() + 1, columns.len() + 2);
    let mut before = 0;
    let mut column_sums = vec![0; columns.len()];
    for (i, q) in p.quarters.iter().enumerate() {
        let r = &rows[header + 1 + i];
        let what = q.quarter.to_string();
        assert_eq!(r[0], what);
        for ((cell, (_, f)), sum) in r[parts.clone()].iter().zip(&columns).zip(&mut column_sums) {
            assert_amount_within(cell, f(q), 0.005 * (columns.len() + 2) as f64, &what);
            *sum += cents_of(cell);
        }
        assert_amount_within(&r[total], q.total, 0.01, &what);
        assert_amount(&r[cumulative], q.cumulative, &what);
        let shown_parts: i64 = r[parts.clone()].iter().map(|c| cents_of(c)).sum();
        assert_eq!(shown_parts, cents_of(&r[total]), "{what}: parts {r:?}");
        assert_eq!(
            before + cents_of(&r[total]),
            cents_of(&r[cumulative]),
            "{what}"
        );
        before = cents_of(&r[cumulative]);
    }
    // A fee is written to the cent as the key figures write it, wherever a part that
    // accrues is there to take the quarter's leftover cent (a review found the one-off hiring
    // cost 40751.72 and the hiring cost column 40751.71 in one file).
    for (n, (name, f)) in columns.iter().enumerate() {
        if !matches!(*name, "Hiring cost" | "Conversion fee") {
            continue;
        }
        for (i, q) in p.quarters.iter().enumerate() {
            let r = &rows[header + 1 + i];
            let accrues = columns.iter().enumerate().any(|(m, (other, _))| {
                m != n
                    && !other.contains("fee")
                    && *other != "Hiring cost"
                    && cents_of(&r[1 + m]) != 0
            });
            if f(q) != 0.0 && accrues {
                assert_eq!(
                    cents_of(&r[1 + n]),
                    (f(q) * 100.0).round() as i64,
                    "{name} in {}: {r:?}",
                    q.quarter
                );
            }
        }
    }
    let totals = &rows[header + 1 + p.quarters.len()];
    assert_eq!(totals[0], "Total");
    for (n, sum) in column_sums.iter().enumerate() {
        assert_eq!(cents_of(&totals[1 + n]), *sum, "{}", columns[n].0);
    }
    assert_amount(&totals[total], p.horizon_cash, "total");
    assert_eq!(
        cents_of(&totals[total]),
        before,
        "the total is the last cumulative"
    );
    assert_eq!(totals[cumulative], totals[total], "cumulative total");
    // What is not cash or not in the totals; the bad-hire range as two numbers a spreadsheet
    // can add up.
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
    ] {
        assert_amount(&record(&rows, label)[1], value, label);
    }
    rows.len()
}

/// Text that needs quoting, and text that must not be quoted wrongly.
fn awkward_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        regex("[a-z]{1,4}"),
        prop::sample::select(vec![
            ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\t", "'", "#", "=", ";", "\u{feff}", "é",
            "–", "×", "💥", "\u{202e}", "\u{200b}", "\0",
        ])
        .prop_map(str::to_string),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop_oneof![
        prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat()),
        any_text(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// One field alone on a line, as the crate reads a one-column file. The file starts with
    /// the byte-order mark as ours does (the crate strips one there, so text that itself
    /// starts with U+FEFF is kept). An empty one-field record is a blank line, which the crate
    /// skips: inherent to one-column CSV, and never written here (every row has six fields).
    #[test]
    fn a_field_alone_reads_back_unchanged(text in awkward_text()) {
        let line = format!("\u{feff}{}\r\n", field(&text));
        let rows = read(&line).unwrap();
        if text.is_empty() {
            prop_assert!(rows.is_empty());
        } else {
            prop_assert_eq!(rows, vec![vec![text]]);
        }
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Fields among others, on several lines: each reads back unchanged, in its place.
    #[test]
    fn fields_in_rows_read_back_unchanged(
        rows in prop::collection::vec(prop::collection::vec(awkward_text(), 3), 1..4)
    ) {
        let text: String = rows
            .iter()
            .map(|r| r.iter().map(|f| field(f)).collect::<Vec<_>>().join(",") + "\r\n")
            .collect();
        prop_assert_eq!(read(&format!("\u{feff}{text}")).unwrap(), rows);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The whole file, for arbitrary scenarios and share links full of commas, quotes and line
    /// breaks (the only free text in the file until scenarios get names).
    #[test]
    fn the_exported_file_reads_back_cell_for_cell(
        s in scenario(),
        link in awkward_text(),
        made_on in (0i64..40_000).prop_map(Date::from_days_since_epoch)
    ) {
        check_file(&s, &link, made_on);
    }
}

#[test]
fn the_default_scenarios_file_reads_back() {
    let today = Date::new(2026, 11, 29).unwrap();
    let s = Scenario::default_for(today);
    let link =
        "https://planner.example.com/?v=1&level=mid&region=us&remote=0&start=2027-Q1&route=inhouse";
    let rows = check_file(&s, link, today);
    // 6 header lines and a blank; the key-figure header and 14 figures (search opens, salary
    // and its range, all-in, hiring cost, time to hire, start, 4 milestones, year one, pays
    // for itself) and a blank; the table header, the quarters, the totals and a blank; ramp
    // cost, bad-hire exposure low and high, the empty seat gross and net and a week of
    // searching, and a blank; the inputs header, 5 inputs and every assumption.
    let quarters = project(&s).quarters.len();
    assert_eq!(
        rows,
        6 + 1 + 1 + 14 + 1 + 1 + quarters + 1 + 1 + 6 + 1 + 1 + 5 + SPECS.len()
    );
}

// ---------------------------------------------------------------------------------------------
// The comparison (issue 11): read back by the csv crate, with hostile names.

mod comparison {
    use super::read;
    use hireplan::compare::difference_sentence;
    use hireplan::export::comparison_csv;
    use hireplan::model::{project, Date, HiringRoute, Level, Plan, Projection, Quarter, Scenario};
    use proptest::prelude::*;

    fn today() -> Date {
        Date::new(2026, 11, 29).unwrap()
    }

    fn three(names: [&str; 3]) -> (Plan, Vec<Projection>) {
        let mut plan = Plan::single(Scenario::default_for(today()));
        plan.add();
        plan.scenario_mut().level = Level::Senior;
        plan.scenario_mut().route = HiringRoute::Agency;
        plan.add();
        // C opens a year later with a 16-quarter horizon: the calendar is the union.
        plan.scenario_mut().start_quarter = Quarter {
            year: 2028,
            number: 1,
        };
        plan.scenario_mut()
            .assumptions
            .set(hireplan::model::Assumption::HorizonQuarters, 16.0);
        for (index, name) in names.iter().enumerate() {
            plan.rename(index, name);
        }
        let projections = plan
            .options()
            .iter()
            .map(|o| project(&o.scenario))
            .collect();
        (plan, projections)
    }

    #[test]
    fn every_option_on_one_calendar_with_hostile_names_kept_as_text() {
        let hostile = [
            "=HYPERLINK(\"http://x\",\"click\")",
            "Senior, \"agency\"\nnext line",
            "@SUM(A1:A9) <script>alert(1)</script>",
        ];
        let (plan, projections) = three(hostile);
        let csv = comparison_csv(&plan, &projections, "https://example.test/?v=2&b=", today());
        let rows = read(csv.trim_start_matches('\u{feff}')).expect("a strict reader reads it");
        let width = rows[0].len();
        assert_eq!(width, 1 + 2 * 3 + 2 * 2);
        assert!(rows.iter().all(|r| r.len() == width));
        // Names: escaped, read back whole, never a formula.
        let option = |label: &str| rows.iter().find(|r| r[0] == label).unwrap();
        assert_eq!(
            option("A (baseline)")[1],
            "'=HYPERLINK(\"http://x\",\"click\")"
        );
        assert_eq!(option("B")[1], "Senior, \"agency\" next line");
        assert_eq!(option("C")[1], "'@SUM(A1:A9) <script>alert(1)</script>");
        assert_eq!(option("C")[4], "selected");
        // The sentences name each option as the page does, not by its letter alone.
        let words = rows.iter().position(|r| r[0] == "In words").unwrap();
        let said = &rows[words][1];
        assert!(
            said.starts_with("B (Senior, \"agency\" next line) costs "),
            "{said:?}"
        );
        let said = &rows[words + 1][1];
        assert!(
            said.starts_with("C (@SUM(A1:A9) <script>alert(1)</script>) "),
            "{said:?}"
        );
        for row in &rows {
            for cell in row {
                let formula = cell.starts_with(['=', '+', '@']);
                assert!(!formula, "a cell could run as a formula: {cell:?}");
                let text_with_minus = cell.starts_with('-') && cell.parse::<f64>().is_err();
                assert!(!text_with_minus, "{cell:?}");
            }
        }
        // Every input and assumption of every option: a value each, the default, which
        // options differ from it, the source.
        let inputs = rows
            .iter()
            .position(|r| r[0] == "Input or assumption")
            .unwrap();
        assert_eq!(
            &rows[inputs][4..8],
            ["Default", "Unit", "Edited in", "Source"]
        );
        let level = option("Level");
        assert_eq!(
            &level[1..4],
            plan.options()
                .iter()
                .map(|o| o.scenario.level.label())
                .collect::<Vec<_>>()
        );
        let overhead = rows
            .iter()
            .find(|r| r[0].starts_with("Benefits, payroll taxes"))
            .expect("the overhead assumption is listed");
        assert!(!overhead[7].is_empty(), "its source is named");
        assert_eq!(
            rows[inputs + 1..]
                .iter()
                .take_while(|r| !r[0].is_empty())
                .count(),
            5 + hireplan::model::SPECS.len()
        );
        // The comparison rows: values and differences from A.
        let year_one = option("Year-one cash");
        assert_eq!(year_one[1], format!("{:.2}", projections[0].year_one_cash));
        assert_eq!(
            cents(&year_one[4]),
            cents(&year_one[2]) - cents(&year_one[1])
        );
        assert!(year_one[5].parse::<f64>().unwrap() > 0.0);
        let start = option("Start date");
        assert_eq!(start[1], projections[0].start_date.iso());
        assert_eq!(
            start[4],
            projections[0]
                .start_date
                .days_until(projections[1].start_date)
                .to_string()
        );
        assert_eq!(start[5], "", "no percent for a date");
        let words = option("In words");
        assert_eq!(
            words[1],
            difference_sentence(
                &projections[0],
                &projections[1],
                &format!("B ({})", plan.name(1))
            )
        );
        // The calendar: from A's first quarter to C's last, each option's cash where it has
        // a horizon, 0 before its search opens, empty after its horizon.
        let (totals, quarters) = calendar(&rows);
        assert_eq!(quarters.first().unwrap()[0], "2027 Q1");
        assert_eq!(quarters.last().unwrap()[0], "2031 Q4");
        assert_eq!(quarters.len(), 20);
        let q = &quarters[0];
        assert_eq!(q[1], format!("{:.2}", projections[0].quarters[0].total));
        assert_eq!((q[5].as_str(), q[6].as_str()), ("0.00", "0.00"));
        let late = quarters.last().unwrap();
        assert_eq!((late[1].as_str(), late[2].as_str()), ("", ""));
        assert_eq!(late[6], format!("{:.2}", projections[2].horizon_cash));
        assert_eq!((late[9].as_str(), late[10].as_str()), ("", ""));
        let second = &quarters[1];
        assert_eq!(cents(&second[8]), cents(&second[4]) - cents(&second[2]));
        // The totals: each option's cash column added up, and the differences of those sums.
        assert_eq!(totals[0], "Total (each option's own quarters)");
        let column_sum = |column: usize| -> f64 {
            quarters
                .iter()
                .filter_map(|q| q[column].parse::<f64>().ok())
                .sum()
        };
        for (i, p) in projections.iter().enumerate() {
            let cash = 1 + 2 * i;
            assert_eq!(totals[cash], format!("{:.2}", p.horizon_cash));
            assert!((column_sum(cash) - p.horizon_cash).abs() < 0.01 * quarters.len() as f64);
            assert_eq!(totals[cash + 1], "", "a cumulative column is not added up");
        }
        assert_eq!(cents(&totals[9]), cents(&totals[5]) - cents(&totals[1]));
        budgets_match_the_calendar(&rows, &projections);
        // B, a direct hire through an agency, has its fee apart; C's columns are its route's.
        let b = rows
            .iter()
            .position(|r| r[0].starts_with("Quarterly budget of B: "))
            .unwrap();
        assert_eq!(
            rows[b + 1][..6],
            [
                "Quarter",
                "Salary",
                "Benefits, taxes, overhead",
                "Hiring cost",
                "Total",
                "Cumulative"
            ]
        );
    }

    /// The comparison file's calendar: its totals row, and the quarter rows before it.
    fn calendar(rows: &[Vec<String>]) -> (&Vec<String>, &[Vec<String>]) {
        let header = rows.iter().position(|r| r[0] == "Quarter").unwrap();
        let end = rows
            .iter()
            .position(|r| r[0] == "Total (each option's own quarters)")
            .unwrap();
        (&rows[end], &rows[header + 1..end])
    }

    /// Each option's budget in the comparison file: what its cash is made of. Every part
    /// there, adding up to the total, which is the calendar's cash for that option and
    /// quarter; the cumulative the calendar's too; the totals row each column added up.
    fn budgets_match_the_calendar(rows: &[Vec<String>], projections: &[Projection]) {
        let (totals, quarters) = calendar(rows);
        for (i, p) in projections.iter().enumerate() {
            let title = format!("Quarterly budget of {}: ", ["A", "B", "C"][i]);
            let at = rows.iter().position(|r| r[0].starts_with(&title)).unwrap();
            let headings = &rows[at + 1];
            let total = headings.iter().position(|h| h == "Total").unwrap();
            assert_eq!(headings[0], "Quarter");
            assert_eq!(headings[total + 1], "Cumulative");
            let block: Vec<&Vec<String>> = rows[at + 2..]
                .iter()
                .take_while(|r| !r[0].is_empty())
                .collect();
            let (sums, budget) = block.split_last().unwrap();
            assert_eq!(budget.len(), p.quarters.len());
            for row in budget {
                let parts: i64 = (1..total).map(|c| cents(&row[c])).sum();
                assert_eq!(parts, cents(&row[total]), "{row:?}");
                let same = quarters.iter().find(|q| q[0] == row[0]).unwrap();
                assert_eq!(row[total], same[1 + 2 * i], "{row:?}");
                assert_eq!(row[total + 1], same[2 + 2 * i], "{row:?}");
            }
            assert_eq!(sums[0], "Total");
            assert_eq!(sums[total], totals[1 + 2 * i]);
            for column in 1..total {
                let added: i64 = budget.iter().map(|r| cents(&r[column])).sum();
                assert_eq!(added, cents(&sums[column]), "{}", headings[column]);
            }
        }
    }

    use super::cents_of as cents;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Every difference in the file is that of the amounts it shows, to the cent: the key
        /// figures' and every quarter's cash and cumulative, whatever the two options.
        #[test]
        fn each_difference_is_that_of_the_amounts_shown(
            a in super::scenario(), b in super::scenario()
        ) {
            let mut plan = Plan::single(a);
            plan.add();
            *plan.scenario_mut() = b;
            let projections: Vec<Projection> =
                plan.options().iter().map(|o| project(&o.scenario)).collect();
            let csv = comparison_csv(&plan, &projections, "https://example.test/", today());
            let rows = read(csv.trim_start_matches('\u{feff}')).expect("readable");
            let money = |cell: &str| cell.contains('.');
            let heading = rows.iter().position(|r| r[0] == "Key figure").unwrap();
            let mut checked = 0;
            for row in rows[heading + 1..].iter().take_while(|r| !r[0].is_empty() && r[0] != "In words") {
                if money(&row[1]) && money(&row[2]) {
                    prop_assert_eq!(cents(&row[3]), cents(&row[2]) - cents(&row[1]), "{:?}", row);
                    checked += 1;
                }
            }
            prop_assert!(checked >= 5);
            // Whatever the routes (a contract's bills, a conversion fee...).
            budgets_match_the_calendar(&rows, &projections);
            let header = rows.iter().position(|r| r[0] == "Quarter").unwrap();
            let end = rows.iter().position(|r| r[0].starts_with("Total (each")).unwrap();
            // Each option's cash adds up to its cumulative, quarter by quarter, to the cent.
            let mut before = [0, 0];
            for row in &rows[header + 1..end] {
                for (option, column) in [(0, 1), (1, 3)] {
                    if !row[column].is_empty() {
                        prop_assert_eq!(before[option] + cents(&row[column]), cents(&row[column + 1]), "{:?}", row);
                        before[option] = cents(&row[column + 1]);
                    }
                }
            }
            for row in &rows[header + 1..=end] {
                for column in [1, 2] {
                    let (a, b, difference) = (&row[column], &row[column + 2], &row[column + 4]);
                    if !a.is_empty() && !b.is_empty() {
                        prop_assert_eq!(cents(difference), cents(b) - cents(a), "{:?}", row);
                    } else if row[0].starts_with("Total") && column == 2 {
                        prop_assert!(difference.is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn a_single_option_still_reads() {
        let plan = Plan::single(Scenario::default_for(today()));
        let projections = vec![project(plan.scenario())];
        let csv = comparison_csv(&plan, &projections, "https://example.test/", today());
        let rows = read(csv.trim_start_matches('\u{feff}')).unwrap();
        assert!(rows.iter().all(|r| r.len() == 6));
        // More projections than options, or fewer: only the options with both are written.
        let csv = comparison_csv(&plan, &[], "https://example.test/", today());
        assert!(read(csv.trim_start_matches('\u{feff}')).is_ok());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn any_names_read_back_as_the_plan_shows_them(
            a in any::<String>(), b in any::<String>(), c in "[=+@\\-,\"\r\n ]{0,3}\\PC{0,50}"
        ) {
            let (plan, projections) = three([&a, &b, &c]);
            let csv = comparison_csv(&plan, &projections, "https://example.test/", today());
            let rows = read(csv.trim_start_matches('\u{feff}')).expect("readable");
            let width = rows[0].len();
            prop_assert!(rows.iter().all(|r| r.len() == width));
            for (label, index) in [("A (baseline)", 0), ("B", 1), ("C", 2)] {
                let row = rows.iter().find(|r| r[0] == label).unwrap();
                let shown = plan.name(index);
                let expected = if shown.starts_with(['=', '+', '-', '@']) {
                    format!("'{shown}")
                } else {
                    shown
                };
                prop_assert_eq!(&row[1], &expected);
            }
        }
    }
}
