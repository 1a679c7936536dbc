//! How the page opens: the first plan, how the page is shown, and what was said about the
//! address, read from the address's query and the saved plan.
//!
//! Pure. Most first visits carry neither a query nor a saved plan, and then nothing needs
//! reading: [`Opening::defaults`] builds today's default plan without the link decoder or the
//! presentation parser. So that such a visit does not download them, the deployed page reads
//! a query or a saved plan ([`Opening::read`]) with code fetched on demand (`boot.rs`; the
//! boot script in `index.html` asks for that code next to the wasm when there is something to
//! read, so a link opens no later for it).

use crate::link::{self, DecodedPlan, Origin, PlanStart};
use crate::model::{Date, Plan, Scenario};
use crate::presentation::{self, Presentation};

/// The page's first plan and look.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The day the page was opened: the defaults and the search timings depend on it.
    pub today: Date,
    pub plan: Plan,
    pub look: Presentation,
    /// What was ignored or adjusted in the address, in plain words, one sentence each.
    pub notices: Vec<String>,
    pub origin: Origin,
    /// The saved plan was unreadable, from an unknown version or out of range: forget it.
    pub forget_saved: bool,
}

impl Opening {
    /// A bare address and nothing saved: today's defaults, shown the standard way. Equal to
    /// `read("", None, today)` (tested), without its code.
    pub fn defaults(today: Date) -> Opening {
        Opening {
            today,
            plan: Plan::single(Scenario::default_for(today)),
            look: Presentation::default(),
            notices: Vec::new(),
            origin: Origin::Defaults,
            forget_saved: false,
        }
    }

    /// Reads the address's query and the saved plan (see [`link::start_plan`]: a link wins
    /// over what is saved) and the presentation parameters. Never panics.
    pub fn read(address_query: &str, saved: Option<&str>, today: Date) -> Opening {
        let PlanStart {
            decoded:
                DecodedPlan {
                    plan,
                    mut notices,
                    presentation: presentation_pairs,
                    ..
                },
            origin,
            forget_saved,
        } = link::start_plan(address_query, saved, today);
        let (look, look_notices) = presentation::read(&presentation_pairs);
        notices.extend(look_notices);
        Opening {
            today,
            plan,
            look,
            notices,
            origin,
            forget_saved,
        }
    }

    /// Whether [`Opening::read`] has anything to read: else its answer is [`Opening::defaults`].
    pub fn needs_reading(address_query: &str, saved: Option<&str>) -> bool {
        !address_query.trim_start_matches('?').is_empty() || saved.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_what_reading_nothing_gives_on_every_day() {
        // Four years of days, through every quarter's turn and a leap day.
        let mut day = Date::new(2025, 1, 1).unwrap();
        let last = Date::new(2028, 12, 31).unwrap();
        while day <= last {
            assert_eq!(
                Opening::defaults(day),
                Opening::read("", None, day),
                "{day:?}"
            );
            assert_eq!(
                Opening::defaults(day),
                Opening::read("?", None, day),
                "{day:?}"
            );
            day = day.add_days(1);
        }
    }

    #[test]
    fn only_a_query_or_a_saved_plan_needs_reading() {
        assert!(!Opening::needs_reading("", None));
        assert!(!Opening::needs_reading("?", None));
        assert!(Opening::needs_reading("?embed=1", None));
        assert!(Opening::needs_reading("v=1&level=senior", None));
        assert!(Opening::needs_reading("", Some("v=1&level=junior")));
    }

    #[test]
    fn reading_applies_the_link_and_its_presentation() {
        let today = Date::new(2026, 12, 1).unwrap();
        let opening = Opening::read("?v=1&level=senior&embed=1&theme=dark&zzz=1", None, today);
        assert_eq!(opening.origin, Origin::Link);
        assert_eq!(opening.plan.scenario().level, crate::model::Level::Senior);
        assert!(opening.look.embed);
        assert_eq!(opening.look.theme, presentation::Theme::Dark);
        assert_eq!(opening.look.pairs().len(), 2);
        assert_eq!(opening.notices.len(), 1, "{:?}", opening.notices);
        let restored = Opening::read("", Some("v=1&level=junior"), today);
        assert_eq!(restored.origin, Origin::Saved);
        assert_eq!(restored.plan.scenario().level, crate::model::Level::Junior);
        let defaults = crate::link::encode(&Scenario::default_for(today));
        assert_eq!(
            Opening::read("", Some(&defaults), today),
            Opening::defaults(today)
        );
        let unreadable = Opening::read("", Some("v=99&level=junior"), today);
        assert!(unreadable.forget_saved);
        assert_eq!(
            unreadable,
            Opening {
                forget_saved: true,
                ..Opening::defaults(today)
            }
        );
    }
}
