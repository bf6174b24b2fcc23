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
    /// From (ISO3, COW code) pairs. When a COW code appears twice the first pair wins.
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
    /// Number of pairs.
    pub fn len(&self) -> usize {
        self.to_cow.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.to_cow.is_empty()
    }
}
