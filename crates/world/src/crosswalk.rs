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

/// COW states of the Cold War that ISO 3166 coded too, with the alpha-3 code they had: West
/// Germany was DEU (COW 260, against 255 for Germany before 1945 and after 1990), East Germany
/// DDR, Czechoslovakia CSK (COW 315; the Czech Republic is 316), North Yemen YEM (COW 678; united
/// Yemen is 679) and South Yemen YMD. None of these COW codes is a present-day state's, and none
/// shares its ISO code with a state of the same years, so a snapshot never merges two states.
/// (South Vietnam, COW 817, is left as `COW:817`: its ISO code VNM is today's Vietnam, which COW
/// continues from North Vietnam, 816.)
///
/// Then the other codes UN vote files give COW states, read as those states but never written:
/// YAR (North Yemen, which had no ISO code of its own there), YUG (Yugoslavia, whose COW code
/// 345 is Serbia's) and ZAN (Zanzibar, COW 511, written `ZAN` since nothing else names it).
pub const FORMER_STATES: [(&str, i64); 8] = [
    ("DEU", 260),
    ("DDR", 265),
    ("CSK", 315),
    ("YEM", 678),
    ("YMD", 680),
    ("YAR", 678),
    ("YUG", 345),
    ("ZAN", 511),
];

impl Crosswalk {
    /// From (ISO3, COW code) pairs, plus the [`FORMER_STATES`] states' codes. When a COW code appears
    /// twice the first pair wins; an ISO3 code keeps the first COW code given for it (the present
    /// state's, ahead of [`FORMER_STATES`]).
    pub fn new(pairs: impl IntoIterator<Item = (String, i64)>) -> Self {
        let mut c = Crosswalk::default();
        let former = FORMER_STATES.iter().map(|(iso, cow)| (iso.to_string(), *cow));
        for (iso, cow) in pairs.into_iter().chain(former) {
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

    #[test]
    fn cold_war_states_get_the_iso_codes_they_had() {
        let c = Crosswalk::new([("DEU".to_string(), 255), ("YEM".to_string(), 679), ("CZE".to_string(), 316)]);
        assert_eq!((c.code(260), c.code(255), c.code(265)), ("DEU".into(), "DEU".into(), "DDR".into()));
        assert_eq!((c.code(678), c.code(679), c.code(680)), ("YEM".into(), "YEM".into(), "YMD".into()));
        assert_eq!((c.code(315), c.code(316), c.code(817)), ("CSK".into(), "CZE".into(), "COW:817".into()));
        // Text about "Germany" or "Yemen" still means the present state.
        assert_eq!((c.cow("DEU"), c.cow("YEM"), c.cow("DDR")), (Some(255), Some(679), Some(265)));
        // UN vote files' own codes are read, never written.
        let c = Crosswalk::new([("SRB".to_string(), 345), ("YEM".to_string(), 679)]);
        assert_eq!((c.cow("YUG"), c.code(345)), (Some(345), "SRB".into()));
        assert_eq!((c.cow("YAR"), c.code(678)), (Some(678), "YEM".into()));
        assert_eq!(c.code(511), "ZAN");
    }
}
