//! A plan: up to three options compared side by side (issue 11). Option 0 is the baseline "A",
//! then "B" and "C"; each is a whole [`Scenario`] with an optional name the user typed.
//!
//! The plan keeps two invariants whatever is done to it: it has 1 to [`MAX_OPTIONS`] options,
//! and the selected index names one of them. Every operation is a method that checks its
//! arguments and does nothing (returning `false` or `None`) when asked the impossible, so a
//! stale index from the page can never panic it (a panic kills the page).
//!
//! Names are plain text: control and invisible characters dropped, whitespace collapsed, at
//! most [`MAX_NAME_CHARS`] characters. An option without a typed name shows a default name
//! made from what differs from the baseline ([`default_name`]), so the name follows the edits.

use super::date::Date;
use super::regions::RegionKind;
use super::scenario::{Level, Scenario};

/// The most options a plan holds: A, B and C (users of comparison tools ask for two or three).
pub const MAX_OPTIONS: usize = 3;

/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// The options' letters, by position.
pub const LETTERS: [&str; MAX_OPTIONS] = ["A", "B", "C"];

/// One option of a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanOption {
    /// What the user named it, cleaned ([`clean_name`]); `None`: the default name.
    pub name: Option<String>,
    pub scenario: Scenario,
}

impl PlanOption {
    pub fn new(scenario: Scenario) -> PlanOption {
        PlanOption {
            name: None,
            scenario,
        }
    }
}

/// Up to three options, the first the baseline, one of them selected (the one the controls
/// and the assumptions edit).
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    options: Vec<PlanOption>,
    selected: usize,
}

impl Plan {
    /// A plan of one option: what the planner was before comparisons.
    pub fn single(scenario: Scenario) -> Plan {
        Plan {
            options: vec![PlanOption::new(scenario)],
            selected: 0,
        }
    }

    /// A plan from parts read elsewhere (a link): options past [`MAX_OPTIONS`] are dropped, a
    /// selection out of range selects the baseline. `None` when `options` is empty.
    pub fn from_options(mut options: Vec<PlanOption>, selected: usize) -> Option<Plan> {
        if options.is_empty() {
            return None;
        }
        options.truncate(MAX_OPTIONS);
        for option in &mut options {
            option.name = option.name.take().and_then(|n| custom_name(&n));
        }
        let selected = if selected < options.len() {
            selected
        } else {
            0
        };
        Some(Plan { options, selected })
    }

    pub fn options(&self) -> &[PlanOption] {
        &self.options
    }

    pub fn len(&self) -> usize {
        self.options.len()
    }

    /// Never true (a plan has at least one option); for clippy's `len_without_is_empty`.
    pub fn is_empty(&self) -> bool {
        self.options.is_empty()
    }

    /// Whether the plan compares anything (two or three options).
    pub fn is_comparison(&self) -> bool {
        self.options.len() > 1
    }

    pub fn can_add(&self) -> bool {
        self.options.len() < MAX_OPTIONS
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn baseline(&self) -> &Scenario {
        &self.options[0].scenario
    }

    /// The selected option's scenario: what the controls show and edit.
    pub fn scenario(&self) -> &Scenario {
        &self.options[self.selected].scenario
    }

    /// The selected option's scenario, to edit in place.
    pub fn scenario_mut(&mut self) -> &mut Scenario {
        &mut self.options[self.selected].scenario
    }

    /// Replaces the selected option's scenario.
    pub fn set_scenario(&mut self, scenario: Scenario) {
        self.options[self.selected].scenario = scenario;
    }

    /// The option's letter ("A" for the baseline); "" past the end.
    pub fn letter(index: usize) -> &'static str {
        LETTERS.get(index).copied().unwrap_or("")
    }

    /// The name shown for option `index`: the typed one, or the default; "" past the end.
    pub fn name(&self, index: usize) -> String {
        match self.options.get(index) {
            Some(PlanOption {
                name: Some(name), ..
            }) => name.clone(),
            Some(option) => default_name(&option.scenario, index, self.baseline()),
            None => String::new(),
        }
    }

    /// Selects option `index`; `false` when there is none.
    pub fn select(&mut self, index: usize) -> bool {
        let exists = index < self.options.len();
        if exists {
            self.selected = index;
        }
        exists
    }

    /// Adds a copy of the selected option (default name) and selects it; `None` when the
    /// plan is full.
    pub fn add(&mut self) -> Option<usize> {
        self.copy_of(self.selected, false)
    }

    /// Adds a copy of option `index`, its typed name marked as a copy, and selects it; `None`
    /// when the plan is full or there is no such option.
    pub fn duplicate(&mut self, index: usize) -> Option<usize> {
        self.copy_of(index, true)
    }

    fn copy_of(&mut self, index: usize, keep_name: bool) -> Option<usize> {
        if !self.can_add() {
            return None;
        }
        let source = self.options.get(index)?;
        let name = if keep_name {
            source
                .name
                .as_deref()
                .and_then(|n| custom_name(&format!("{n} (copy)")))
        } else {
            None
        };
        let copy = PlanOption {
            name,
            scenario: source.scenario.clone(),
        };
        self.options.push(copy);
        self.selected = self.options.len() - 1;
        Some(self.selected)
    }

    /// Renames option `index` to `text`, cleaned; empty text goes back to the default name.
    /// Returns whether the text had to be cleaned (the field should then show the result), or
    /// `None` when there is no such option.
    pub fn rename(&mut self, index: usize, text: &str) -> Option<bool> {
        let option = self.options.get_mut(index)?;
        let (cleaned, changed) = clean_name(text);
        option.name = (!cleaned.is_empty()).then_some(cleaned);
        Some(changed)
    }

    /// Removes option `index`, never the last one. The selection stays on the same option,
    /// or, when that was the one removed, moves to the option before it (the baseline when the
    /// baseline was removed: B becomes A).
    pub fn remove(&mut self, index: usize) -> bool {
        if self.options.len() <= 1 || index >= self.options.len() {
            return false;
        }
        self.options.remove(index);
        if self.selected > index || (self.selected == index && index > 0) {
            self.selected -= 1;
        }
        true
    }

    /// Makes option `index` the baseline (moves it to the front, the others keep their order);
    /// the same option stays selected.
    pub fn make_baseline(&mut self, index: usize) -> bool {
        if index >= self.options.len() {
            return false;
        }
        let option = self.options.remove(index);
        self.options.insert(0, option);
        self.selected = match self.selected {
            s if s == index => 0,
            s if s < index => s + 1,
            s => s,
        };
        true
    }

    /// The day the first search of any option opens.
    pub fn first_search(&self) -> Option<Date> {
        self.options.iter().map(|o| o.scenario.search_opens()).min()
    }

    /// Plans the searches from `today` instead of a day gone by (a link or a saved plan keeps
    /// its dates until asked): every option moves by the same number of quarters, so the
    /// earliest search opens in today's quarter and the others keep their distance from it
    /// ("a quarter later" stays a quarter later). A search in today's quarter opens today.
    pub fn open_searches_from(&mut self, today: Date) {
        let Some(earliest) = self.options.iter().map(|o| o.scenario.start_quarter).min() else {
            return;
        };
        let shift = earliest.quarters_until(today.quarter()).max(0);
        for option in &mut self.options {
            let quarter = option.scenario.start_quarter.offset(shift);
            option.scenario.open_search_in(quarter, today);
        }
    }

    /// Back to one scenario: the selected option, without its name.
    pub fn reset_to_single(&mut self) {
        let mut kept = self.options.swap_remove(self.selected);
        // A single scenario shows no name anywhere (it is "Your hire"): kept, the name would
        // travel in its link and CSV unseen.
        kept.name = None;
        self.options = vec![kept];
        self.selected = 0;
    }
}

/// Whether a name must not keep `c`: control characters, and the invisible ones that change
/// how the text around them reads (direction overrides, marks and isolates, zero-width
/// characters, the byte-order mark). `le\u{200B}vel` would read as `level`.
pub fn is_hidden_character(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{061C}'
                | '\u{FEFF}'
        )
}

/// A typed name as the plan keeps it: control and invisible characters removed, every run of
/// whitespace one space, trimmed, at most [`MAX_NAME_CHARS`] characters. Returns it with
/// whether anything was changed. Empty means "no name": the option shows its default name.
pub fn clean_name(text: &str) -> (String, bool) {
    // One pass, no trimming afterwards: a space is written only before a character that
    // follows it, so the name never starts or ends with one (line breaks and tabs are
    // whitespace too, before control characters go).
    let mut cleaned = String::new();
    let mut count = 0;
    let mut space = false;
    for c in text.chars() {
        if count == MAX_NAME_CHARS {
            break;
        }
        if c.is_whitespace() {
            space = count > 0;
        } else if !is_hidden_character(c) {
            if space {
                // No room for a space and a character: the name ends at the last word.
                if count + 1 == MAX_NAME_CHARS {
                    break;
                }
                cleaned.push(' ');
                count += 1;
            }
            space = false;
            cleaned.push(c);
            count += 1;
        }
    }
    let changed = cleaned != text;
    (cleaned, changed)
}

fn custom_name(text: &str) -> Option<String> {
    let (cleaned, _) = clean_name(text);
    (!cleaned.is_empty()).then_some(cleaned)
}

/// The words with their first letter capitalised. ASCII only: every default name starts
/// with an ASCII word, and `char::to_uppercase` would bring Unicode's case tables (16 KB) into
/// the download.
fn capitalised(mut text: String) -> String {
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// A region in a few words: "Seattle" for "Seattle-Tacoma-Bellevue, WA".
fn region_word(scenario: &Scenario) -> &'static str {
    let region = scenario.region;
    if region.kind == RegionKind::National {
        return "US national";
    }
    let name = region.name;
    let name = name.split(',').next().unwrap_or(name);
    name.split('-').next().unwrap_or(name).trim()
}

fn level_word(level: Level) -> &'static str {
    level.short_label()
}

/// The name of an option nobody named, from what differs from the baseline in a few words
/// ("Senior, agency", "Opens 2027 Q2", "12% remote", "Contract"); for the baseline itself
/// (`index` 0) a short description of it ("Mid-level, in-house"). An option the same as the
/// baseline reads "Same as A". At most [`MAX_NAME_CHARS`] characters.
pub fn default_name(option: &Scenario, index: usize, baseline: &Scenario) -> String {
    let mut parts: Vec<String> = Vec::new();
    if index == 0 {
        parts.push(level_word(option.level).to_string());
        parts.push(option.route.spec().short.to_string());
    } else {
        if option.level != baseline.level {
            parts.push(level_word(option.level).to_string());
        }
        if option.route != baseline.route {
            parts.push(option.route.spec().short.to_string());
        }
        if option.region != baseline.region {
            parts.push(region_word(option).to_string());
        }
        if option.remote_discount != baseline.remote_discount {
            parts.push(if option.remote_discount > 0.0 {
                format!("{} remote", crate::format::percent(option.remote_discount))
            } else {
                "on site".to_string()
            });
        }
        if option.search_opens() != baseline.search_opens() {
            parts.push(if option.start_quarter != baseline.start_quarter {
                format!("opens {}", option.start_quarter)
            } else {
                format!("opens {}", option.search_opens().short())
            });
        }
        if parts.is_empty() && option.assumptions != baseline.assumptions {
            parts.push("other assumptions".to_string());
        }
        if parts.is_empty() {
            return format!("Same as {}", LETTERS[0]);
        }
    }
    // Whole parts only: one that would run past the limit is left out rather than cut
    // mid-word ("…, opens 202"). The first part alone may still be cut (a long region).
    let mut joined = String::new();
    for part in &parts {
        let longer = if joined.is_empty() {
            part.clone()
        } else {
            format!("{joined}, {part}")
        };
        if !joined.is_empty() && longer.chars().count() > MAX_NAME_CHARS {
            break;
        }
        joined = longer;
    }
    clean_name(&capitalised(joined)).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{HiringRoute, Quarter, Region};

    fn today() -> Date {
        Date::new(2026, 11, 29).unwrap()
    }

    fn base() -> Scenario {
        Scenario::default_for(today())
    }

    fn three() -> Plan {
        let mut plan = Plan::single(base());
        plan.add();
        plan.scenario_mut().level = Level::Senior;
        plan.add();
        plan.scenario_mut().route = HiringRoute::Agency;
        plan
    }

    #[test]
    fn add_copies_the_selected_option_up_to_three() {
        let mut plan = Plan::single(base());
        assert!(!plan.is_comparison());
        assert_eq!(plan.add(), Some(1));
        assert_eq!(plan.selected(), 1);
        assert_eq!(plan.scenario(), plan.baseline());
        assert_eq!(plan.name(1), "Same as A");
        plan.scenario_mut().level = Level::Senior;
        assert_eq!(plan.name(1), "Senior");
        assert_eq!(plan.add(), Some(2));
        assert_eq!(plan.options()[2].scenario.level, Level::Senior);
        assert_eq!(plan.add(), None);
        assert_eq!(plan.duplicate(0), None);
        assert_eq!(plan.len(), 3);
    }

    #[test]
    fn default_names_say_what_differs() {
        let a = base();
        assert_eq!(default_name(&a, 0, &a), "Mid-level, in-house");
        let mut b = a.clone();
        b.level = Level::Senior;
        b.route = HiringRoute::Agency;
        assert_eq!(default_name(&b, 1, &a), "Senior, agency");
        let mut c = a.clone();
        c.route = HiringRoute::Contract;
        assert_eq!(default_name(&c, 2, &a), "Contract");
        let mut d = a.clone();
        d.remote_discount = 12.0;
        assert_eq!(default_name(&d, 1, &a), "12% remote");
        let mut e = a.clone();
        e.start_quarter = Quarter {
            year: 2027,
            number: 2,
        };
        assert_eq!(default_name(&e, 1, &a), "Opens 2027 Q2");
        let mut f = a.clone();
        f.region = Region::find("msa-42660").unwrap();
        assert_eq!(default_name(&f, 1, &a), "Seattle");
        let mut g = a.clone();
        g.assumptions.set(crate::model::Assumption::Overhead, 30.0);
        assert_eq!(default_name(&g, 1, &a), "Other assumptions");
        // Everything at once stays within the limit.
        let mut all = f.clone();
        all.level = Level::Junior;
        all.route = HiringRoute::ContractToHire;
        all.remote_discount = 12.5;
        all.start_quarter = e.start_quarter;
        let name = default_name(&all, 2, &a);
        assert!(name.chars().count() <= MAX_NAME_CHARS, "{name}");
        assert!(
            name.starts_with("Junior, contract-to-hire, Seattle"),
            "{name}"
        );
    }

    #[test]
    fn names_are_cleaned_text() {
        assert_eq!(
            clean_name("  Senior,\tagency \n"),
            ("Senior, agency".into(), true)
        );
        assert_eq!(clean_name("Plan B"), ("Plan B".into(), false));
        assert_eq!(
            clean_name("a\u{0}b\u{202E}c\u{200B}d"),
            ("abcd".into(), true)
        );
        let (long, changed) = clean_name(&"é".repeat(10_000));
        assert!(changed);
        assert_eq!(long.chars().count(), MAX_NAME_CHARS);
        // Cut at 40 characters, never inside one, and not ending in a space.
        let (cut, _) = clean_name(&format!("{} tail", "x".repeat(39)));
        assert_eq!(cut, "x".repeat(39));
        assert_eq!(clean_name(" \u{7}\u{FEFF} "), (String::new(), true));
        // Markup stays text: nothing is removed but what is invisible.
        assert_eq!(
            clean_name("<script>alert(1)</script>").0,
            "<script>alert(1)</script>"
        );
    }

    #[test]
    fn rename_keeps_clean_text_and_empty_restores_the_default() {
        let mut plan = three();
        assert_eq!(plan.rename(1, "  Senior  hire "), Some(true));
        assert_eq!(plan.name(1), "Senior hire");
        assert_eq!(plan.rename(1, ""), Some(false));
        assert_eq!(plan.name(1), "Senior");
        assert_eq!(plan.rename(7, "x"), None);
    }

    #[test]
    fn remove_keeps_the_selection_sensible() {
        let mut plan = three();
        assert_eq!(plan.selected(), 2);
        // Removing an earlier option keeps the same option selected.
        assert!(plan.remove(1));
        assert_eq!(plan.selected(), 1);
        assert_eq!(plan.scenario().route, HiringRoute::Agency);
        // Removing the selected one selects the one before it.
        assert!(plan.remove(1));
        assert_eq!(plan.selected(), 0);
        // Never the last one.
        assert!(!plan.remove(0));
        assert_eq!(plan.len(), 1);
        // Removing the selected baseline: B becomes A, and is selected.
        let mut plan = three();
        plan.select(0);
        assert!(plan.remove(0));
        assert_eq!(plan.selected(), 0);
        assert_eq!(plan.baseline().level, Level::Senior);
        assert!(!plan.remove(5));
    }

    #[test]
    fn make_baseline_moves_the_option_first_and_keeps_the_selection() {
        let mut plan = three();
        plan.select(1);
        plan.rename(2, "Agency");
        assert!(plan.make_baseline(2));
        assert_eq!(plan.name(0), "Agency");
        assert_eq!(plan.options()[1].scenario, base());
        assert_eq!(plan.selected(), 2);
        assert_eq!(plan.scenario().level, Level::Senior);
        assert!(!plan.make_baseline(3));
    }

    #[test]
    fn reset_keeps_the_selected_option_without_its_name() {
        let mut plan = three();
        plan.select(1);
        plan.rename(1, "Senior hire");
        plan.reset_to_single();
        assert_eq!(plan.len(), 1);
        assert_eq!(plan.selected(), 0);
        assert_eq!(plan.scenario().level, Level::Senior);
        assert_eq!(plan.options()[0].name, None);
    }

    #[test]
    fn duplicate_marks_a_typed_name_as_a_copy() {
        let mut plan = Plan::single(base());
        plan.rename(0, "Today's plan");
        assert_eq!(plan.duplicate(0), Some(1));
        assert_eq!(plan.name(1), "Today's plan (copy)");
        assert_eq!(plan.duplicate(9), None);
    }

    #[test]
    fn from_options_clamps_what_a_link_gives() {
        let options = vec![PlanOption::new(base()); 5];
        let plan = Plan::from_options(options, 4).unwrap();
        assert_eq!((plan.len(), plan.selected()), (3, 0));
        assert!(Plan::from_options(Vec::new(), 0).is_none());
        let named = PlanOption {
            name: Some(" \u{0} ".into()),
            scenario: base(),
        };
        assert_eq!(
            Plan::from_options(vec![named], 0).unwrap().options()[0].name,
            None
        );
    }

    #[test]
    fn default_names_leave_out_a_part_that_does_not_fit_whole() {
        let baseline = Scenario::default_for(today());
        let mut option = baseline.clone();
        option.level = Level::Senior;
        option.route = HiringRoute::Agency;
        option.region = Region::find("state-ca").unwrap();
        option.remote_discount = 12.0;
        option.start_quarter = baseline.start_quarter.offset(2);
        let name = default_name(&option, 1, &baseline);
        assert!(name.chars().count() <= MAX_NAME_CHARS, "{name}");
        // Each part is whole: the name is a prefix of the parts joined, ending at a comma.
        let all = "Senior, agency, California, 12% remote, opens";
        assert!(
            all.starts_with(&name) || name.starts_with("Senior, agency"),
            "{name}"
        );
        assert!(!name.ends_with("202") && !name.ends_with(' '), "{name}");
        let parts: Vec<&str> = name.split(", ").collect();
        assert!(parts.len() >= 2, "{name}");
    }

    #[test]
    fn searches_in_the_past_move_together_keeping_their_distance() {
        let q = |year, number| Quarter { year, number };
        let mut plan = Plan::single(Scenario::default_for(today()));
        plan.scenario_mut()
            .open_search_in(q(2026, 4), Date::new(2026, 12, 1).unwrap());
        plan.add();
        plan.scenario_mut().open_search_in(q(2027, 1), today());
        // C: a copy of A (the option selected is the one copied), senior.
        plan.select(0);
        plan.add();
        plan.scenario_mut().level = Level::Senior;
        plan.select(1);
        // Opened on Jan 5, 2027: A and C opened on Dec 1, B on Jan 1.
        let later = Date::new(2027, 1, 5).unwrap();
        assert_eq!(plan.first_search(), Some(Date::new(2026, 12, 1).unwrap()));
        plan.open_searches_from(later);
        let opens: Vec<Date> = plan
            .options()
            .iter()
            .map(|o| o.scenario.search_opens())
            .collect();
        // The earliest now opens today; B still opens a quarter after A.
        assert_eq!(opens, vec![later, Date::new(2027, 4, 1).unwrap(), later]);
        assert_eq!(plan.selected(), 1);
        assert_eq!(plan.options()[2].scenario.level, Level::Senior);
        // Nothing in the past: nothing moves.
        let before = plan.clone();
        plan.open_searches_from(later);
        assert_eq!(plan, before);
    }
}
