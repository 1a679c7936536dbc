//! Ready-made comparisons: the trade-offs the article argues in, one click each, applied to the
//! current scenario. Data: one row per comparison ([`PRESETS`]), each with what the article
//! claims about it (shown beside the button, with the source named) and how it changes the
//! scenario for the baseline (A) and the variant (B).

use super::date::Date;
use super::plan::{Plan, PlanOption};
use super::scenario::{HiringRoute, Level, Scenario};

/// The remote discount of the remote option, percent: inside the article's "10 to 15 percent
/// lower on average" (Arc.dev, quoted by KORE1's guide), as the issue asked. Not the middle
/// (12.5): a whole number reads better in a name and in a link.
pub const PRESET_REMOTE_DISCOUNT: f64 = 12.0;

/// Identifies a ready-made comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresetId {
    JuniorVsSenior,
    InHouseVsAgency,
    SearchNowVsLater,
    OnSiteVsRemote,
}

/// One ready-made comparison, as data.
#[derive(Debug)]
pub struct Preset {
    pub id: PresetId,
    /// A stable id, for element ids and tests.
    pub key: &'static str,
    /// The button's words.
    pub label: &'static str,
    /// What the article claims about this trade-off, in one sentence.
    pub claim: &'static str,
    /// Where the claim comes from, by name.
    pub source: &'static str,
    /// What of the claim the planner does not count by default, and where to set it: said
    /// beside the claim, so the figures are not taken for its proof.
    pub not_counted: Option<&'static str>,
}

const ARTICLE: &str = "KORE1's 2026 guide to hiring a backend developer";

/// Every ready-made comparison, in the order shown (the discriminant indexes it).
pub static PRESETS: [Preset; 4] = [
    Preset {
        id: PresetId::JuniorVsSenior,
        key: "junior-senior",
        label: "Junior vs senior",
        claim: "A common expensive pattern: hire a junior to save $40K a year, then spend $200K rewriting what they built eighteen months later.",
        source: ARTICLE,
        not_counted: None,
    },
    Preset {
        id: PresetId::InHouseVsAgency,
        key: "inhouse-agency",
        label: "In-house vs agency",
        claim: "An agency fee runs 20 to 25 percent of first-year salary, and an agency compresses the search to three to five weeks.",
        source: ARTICLE,
        not_counted: None,
    },
    Preset {
        id: PresetId::SearchNowVsLater,
        key: "now-later",
        label: "Search now vs a quarter later",
        // "October through November" is the article's own wording for Q4 (which runs to the
        // end of December): quoted as its words, not restated as ours.
        claim: "Searches started in Q4 (“October through November”, in the article's words) close 42 percent faster, and at lower salary, than those that wait for January.",
        source: "KORE1's 2026 guide to hiring a backend developer, citing Full Scale's developer hiring data",
        not_counted: Some("The planner counts the faster search. The lower salary has no figure in the source, so none is counted unless you set “Salary saving when the search opens in Q4” under Assumptions."),
    },
    Preset {
        id: PresetId::OnSiteVsRemote,
        key: "onsite-remote",
        label: "On site vs 12% remote",
        claim: "Remote engineers still run 10 to 15 percent lower on average, though the gap is narrowing.",
        source: "KORE1's 2026 guide to hiring a backend developer, citing Arc.dev salary data",
        not_counted: None,
    },
];

impl PresetId {
    pub const ALL: [PresetId; 4] = [
        PresetId::JuniorVsSenior,
        PresetId::InHouseVsAgency,
        PresetId::SearchNowVsLater,
        PresetId::OnSiteVsRemote,
    ];

    pub fn preset(self) -> &'static Preset {
        &PRESETS[self as usize]
    }

    pub fn from_key(key: &str) -> Option<PresetId> {
        PRESETS.iter().find(|p| p.key == key).map(|p| p.id)
    }
}

/// The two scenarios of `preset` from `current`: the baseline adjusted where the comparison
/// needs it, and the variant. `today` places "now" for the search-timing comparison.
pub fn scenarios(preset: PresetId, current: &Scenario, today: Date) -> (Scenario, Scenario) {
    let mut a = current.clone();
    let mut b = current.clone();
    match preset {
        PresetId::JuniorVsSenior => {
            a.level = Level::Junior;
            b.level = Level::Senior;
        }
        PresetId::InHouseVsAgency => {
            a.route = HiringRoute::InHouse;
            b.route = HiringRoute::Agency;
        }
        PresetId::SearchNowVsLater => {
            // "Now": the Q4 search when Q4 is this quarter or the next, otherwise the start
            // already planned (never in the past: a past start moves to today's quarter).
            let this_quarter = today.quarter();
            let now = if this_quarter.is_q4() {
                this_quarter
            } else if this_quarter.offset(1).is_q4() {
                this_quarter.offset(1)
            } else if current.start_quarter < this_quarter {
                this_quarter
            } else {
                current.start_quarter
            };
            if now != current.start_quarter {
                a.open_search_in(now, today);
            }
            b.open_search_in(a.start_quarter.offset(1), today);
        }
        PresetId::OnSiteVsRemote => {
            a.remote_discount = 0.0;
            b.remote_discount = PRESET_REMOTE_DISCOUNT;
        }
    }
    (a, b)
}

/// The plan of `preset` applied to `current`: A the baseline, B the variant, B selected, both
/// with default names (they say what differs).
pub fn apply(preset: PresetId, current: &Scenario, today: Date) -> Plan {
    let (a, b) = scenarios(preset, current, today);
    // Two options: within the limit, never `None`; the fallback only satisfies the type.
    Plan::from_options(vec![PlanOption::new(a), PlanOption::new(b)], 1)
        .unwrap_or_else(|| Plan::single(current.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Quarter};

    fn today() -> Date {
        Date::new(2026, 11, 29).unwrap()
    }

    fn q(year: i32, number: u8) -> Quarter {
        Quarter { year, number }
    }

    #[test]
    fn table_is_in_enum_order_with_unique_keys_and_named_sources() {
        for (index, preset) in PRESETS.iter().enumerate() {
            assert_eq!(preset.id as usize, index);
            assert_eq!(PresetId::from_key(preset.key), Some(preset.id));
            assert!(preset.source.starts_with("KORE1's 2026 guide"));
            assert!(preset.claim.ends_with('.'));
            assert!(!preset.claim.to_lowercase().contains("seed"));
        }
    }

    #[test]
    fn junior_vs_senior_keeps_everything_else() {
        let mut current = Scenario::default_for(today());
        current.route = HiringRoute::Agency;
        let plan = apply(PresetId::JuniorVsSenior, &current, today());
        assert_eq!(plan.len(), 2);
        assert_eq!(plan.selected(), 1);
        assert_eq!(plan.baseline().level, Level::Junior);
        assert_eq!(plan.scenario().level, Level::Senior);
        assert_eq!(plan.scenario().route, HiringRoute::Agency);
        assert_eq!(plan.name(0), "Junior, agency");
        assert_eq!(plan.name(1), "Senior");
    }

    #[test]
    fn in_house_vs_agency_and_remote() {
        let current = Scenario::default_for(today());
        let plan = apply(PresetId::InHouseVsAgency, &current, today());
        assert_eq!(plan.name(0), "Mid-level, in-house");
        assert_eq!(plan.name(1), "Agency");
        let (a, b) = (project(plan.baseline()), project(plan.scenario()));
        assert!(b.start_date < a.start_date && b.hiring_cost > a.hiring_cost);

        let mut remote = current.clone();
        remote.remote_discount = 20.0;
        let plan = apply(PresetId::OnSiteVsRemote, &remote, today());
        assert_eq!(plan.baseline().remote_discount, 0.0);
        assert_eq!(plan.scenario().remote_discount, 12.0);
        assert_eq!(plan.name(1), "12% remote");
    }

    #[test]
    fn search_now_is_the_q4_search_when_q4_is_now_or_next() {
        let current = Scenario::default_for(today());
        assert_eq!(current.start_quarter, q(2027, 1));
        // Today is in Q4: the search opens today, against one opening in January.
        let plan = apply(PresetId::SearchNowVsLater, &current, today());
        assert_eq!(plan.baseline().start_quarter, q(2026, 4));
        assert_eq!(plan.baseline().search_opens(), today());
        assert_eq!(plan.scenario().start_quarter, q(2027, 1));
        assert_eq!(
            plan.scenario().search_opens(),
            Date::new(2027, 1, 1).unwrap()
        );
        let (a, b) = (project(plan.baseline()), project(plan.scenario()));
        assert!(a.time_to_hire < b.time_to_hire);
        assert_eq!(plan.name(1), "Opens 2027 Q1");
        // In August, Q4 is next: from October 1.
        let august = Date::new(2027, 8, 10).unwrap();
        let plan = apply(
            PresetId::SearchNowVsLater,
            &Scenario::default_for(august),
            august,
        );
        assert_eq!(
            plan.baseline().search_opens(),
            Date::new(2027, 10, 1).unwrap()
        );
        assert_eq!(plan.scenario().start_quarter, q(2028, 1));
        // In February, the start already planned, against the quarter after.
        let february = Date::new(2027, 2, 3).unwrap();
        let mut spring = Scenario::default_for(february);
        spring.start_quarter = q(2027, 3);
        let plan = apply(PresetId::SearchNowVsLater, &spring, february);
        assert_eq!(plan.baseline().start_quarter, q(2027, 3));
        assert_eq!(plan.scenario().start_quarter, q(2027, 4));
        // A start in the past moves to today's quarter, opening today.
        spring.start_quarter = q(2026, 1);
        let plan = apply(PresetId::SearchNowVsLater, &spring, february);
        assert_eq!(plan.baseline().search_opens(), february);
    }
}
