//! ISO 3166-1 alpha-3 ↔ Correlates of War codes.

use std::collections::HashMap;

/// A two-way map between ISO3 codes (what text claims use) and COW numeric codes (what the
/// datasets use). Built by the caller (usually from the gazetteer), so the World holds no
/// country list of its own.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Crosswalk {
    to_cow: HashMap<String, i64>,
    to_iso: HashMap<i64, String>,
}

impl Crosswalk {
    /// From (ISO3, COW code) pairs. When a COW code appears twice the first pair wins (the code
    /// written for it); an ISO3 code keeps the first COW code given for it (so present states go
    /// first, then former ones and the codes other data give them: see the gazetteer's `former`).
    pub fn new(pairs: impl IntoIterator<Item = (String, i64)>) -> Self {
        let mut c = Crosswalk::default();
        for (iso, cow) in pairs {
            c.to_iso.entry(cow).or_insert_with(|| iso.clone());
            c.to_cow.entry(iso).or_insert(cow);
        }
        c
    }
    /// The COW code of an ISO3 code.
    pub fn cow(&self, iso3: &str) -> Option<i64> {
        self.to_cow.get(iso3).copied()
    }
    /// The World's code for a COW code: its ISO3, or `COW:nnn` when unknown.
    pub fn code(&self, ccode: i64) -> String {
        self.to_iso.get(&ccode).cloned().unwrap_or_else(|| format!("COW:{ccode}"))
    }
    /// Number of ISO3 codes known.
    pub fn len(&self) -> usize {
        self.to_cow.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.to_cow.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use realign_gazetteer::former::{FORMER_STATES, VOTE_CODES};

    /// Present states first, then the former ones and the vote files' codes, as the command line
    /// builds it.
    fn with_former(present: &[(&str, i64)]) -> Crosswalk {
        let former = FORMER_STATES.iter().chain(&VOTE_CODES).map(|(c, n)| (c.to_string(), i64::from(*n)));
        Crosswalk::new(present.iter().map(|(c, n)| (c.to_string(), *n)).chain(former))
    }

    #[test]
    fn cold_war_states_get_the_iso_codes_they_had() {
        let c = with_former(&[("DEU", 255), ("YEM", 679), ("CZE", 316)]);
        assert_eq!((c.code(260), c.code(255), c.code(265)), ("DEU".into(), "DEU".into(), "DDR".into()));
        assert_eq!((c.code(678), c.code(679), c.code(680)), ("YEM".into(), "YEM".into(), "YMD".into()));
        assert_eq!((c.code(315), c.code(316), c.code(817)), ("CSK".into(), "CZE".into(), "COW:817".into()));
        // Text about "Germany" or "Yemen" still means the present state.
        assert_eq!((c.cow("DEU"), c.cow("YEM"), c.cow("DDR")), (Some(255), Some(679), Some(265)));
        // UN vote files' own codes are read, never written.
        let c = with_former(&[("SRB", 345), ("YEM", 679)]);
        assert_eq!((c.cow("YUG"), c.code(345)), (Some(345), "SRB".into()));
        assert_eq!((c.cow("YAR"), c.code(678)), (Some(678), "YEM".into()));
        assert_eq!(c.code(511), "ZAN");
    }
}
