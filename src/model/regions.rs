//! Regions and their wage factors, from BLS OEWS May 2025 (SOC 15-1252, software developers).
//!
//! The seed article's salary bands are national. A region scales them by the ratio of that
//! area's wage to the national wage at the percentile that matches the level: junior uses the
//! 25th percentile, mid the median, senior the 75th (`design/model.md`, "Region factor"). This
//! keeps the occupation's own geography, and geographic differentials narrow at higher pay
//! (sources.md §3a: Mercer, PayScale).

use super::scenario::Level;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionKind {
    National,
    State,
    Metro,
}

/// One area with published wages. Wages are annual USD. (The 30 metros are the largest by
/// software-developer employment: `build.rs` picks them, so the counts stay out of the wasm.)
#[derive(Debug, PartialEq, Eq)]
pub struct Region {
    /// Stable id used in links: `us`, `state-ca`, `msa-41940` (the OEWS area code).
    pub id: &'static str,
    pub name: &'static str,
    pub kind: RegionKind,
    pub p25: u32,
    pub median: u32,
    pub p75: u32,
}

include!(concat!(env!("OUT_DIR"), "/regions.rs"));

pub const WAGE_SOURCE: &str = "BLS Occupational Employment and Wage Statistics, May 2025, software developers (SOC 15-1252), all industries";
pub const WAGE_SOURCE_URL: &str = "https://www.bls.gov/oes/current/oes151252.htm";

impl Region {
    pub fn national() -> &'static Region {
        &REGIONS[0]
    }

    pub fn find(id: &str) -> Option<&'static Region> {
        REGIONS.iter().find(|r| r.id == id)
    }

    /// The OEWS wage at the percentile that stands for `level`.
    pub fn wage_for(&self, level: Level) -> u32 {
        match level {
            Level::Junior => self.p25,
            Level::Mid => self.median,
            Level::Senior => self.p75,
        }
    }

    /// This area's wage over the national wage, at the level's percentile.
    pub fn factor(&self, level: Level) -> f64 {
        f64::from(self.wage_for(level)) / f64::from(Region::national().wage_for(level))
    }
}

pub fn percentile_name(level: Level) -> &'static str {
    match level {
        Level::Junior => "25th percentile",
        Level::Mid => "median",
        Level::Senior => "75th percentile",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_first_then_states_and_dc_then_thirty_metros() {
        assert_eq!(REGIONS[0].id, "us");
        assert_eq!(REGIONS[0].median, 135_980);
        let states = REGIONS
            .iter()
            .filter(|r| r.kind == RegionKind::State)
            .count();
        let metros = REGIONS
            .iter()
            .filter(|r| r.kind == RegionKind::Metro)
            .count();
        // 50 states and DC, less Alaska whose wages are not published.
        assert_eq!(states, 50);
        assert!(Region::find("state-ak").is_none());
        assert!(Region::find("state-dc").is_some());
        assert_eq!(metros, 30);
        let ids: std::collections::HashSet<_> = REGIONS.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), REGIONS.len(), "region ids are unique");
    }

    #[test]
    fn the_thirty_largest_metros_by_employment() {
        // The largest and the 30th largest by software-developer employment.
        assert!(Region::find("msa-35620").is_some(), "New York");
        assert!(Region::find("msa-18140").is_some(), "Columbus, OH (30th)");
        assert!(Region::find("msa-41180").is_none(), "St. Louis is 31st");
    }

    #[test]
    fn san_jose_factors_match_the_model_spec() {
        let san_jose = Region::find("msa-41940").unwrap();
        assert_eq!(san_jose.name, "San Jose-Sunnyvale-Santa Clara, CA");
        assert_eq!((san_jose.factor(Level::Junior) * 100.0).round(), 165.0);
        assert_eq!((san_jose.factor(Level::Mid) * 100.0).round(), 157.0);
        assert_eq!((san_jose.factor(Level::Senior) * 100.0).round(), 131.0);
    }

    #[test]
    fn national_factor_is_one() {
        for level in Level::ALL {
            assert_eq!(Region::national().factor(level), 1.0);
        }
    }
}
