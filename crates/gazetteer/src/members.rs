//! Who belongs to which organisation, and since when: the members of ASEAN, the EU, NATO, the G7,
//! the GCC, BRICS, the CSTO, the SCO, ECOWAS and the African Union, with their accession and
//! withdrawal dates (`data/members.tsv`, written from public facts). "Which Southeast Asian states
//! said nothing?" needs the list of Southeast Asian states as of the day asked.
//!
//! Membership, not participation: a suspended member (the AU's and ECOWAS's juntas) stays a member
//! until it leaves. The Sahrawi Republic, an AU member, has no ISO code and is not listed.

use std::sync::OnceLock;

use realign_core::PartialDate;

const MEMBERS: &str = include_str!("../data/members.tsv");

/// One state's membership of one organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// The organisation's code, as in the gazetteer (`ASEAN`, `EU`, `NATO`…).
    pub igo: &'static str,
    /// The member state (ISO3).
    pub state: &'static str,
    /// When it joined.
    pub joined: PartialDate,
    /// When it left, if it has.
    pub left: Option<PartialDate>,
}

impl Membership {
    /// Whether the state was a member on `date` (joined on or before it, not yet left by its end).
    pub fn on(&self, date: &PartialDate) -> bool {
        self.joined.certainly_on_or_before(date) && !self.left.is_some_and(|l| l.certainly_on_or_before(date))
    }
}

/// Parses the table; problems (a short row, a bad date) are returned, not panicked on.
fn parse(text: &'static str) -> (Vec<Membership>, Vec<String>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&'static str> = line.split('\t').map(str::trim).collect();
        let (Some(igo), Some(state), Some(joined)) = (f.first(), f.get(1), f.get(2)) else {
            problems.push(format!("members.tsv:{}: expected IGO, state, joined[, left]", i + 1));
            continue;
        };
        let joined = match PartialDate::parse(joined) {
            Ok(d) => d,
            Err(e) => {
                problems.push(format!("members.tsv:{}: joined: {e}", i + 1));
                continue;
            }
        };
        let left = match f.get(3).filter(|s| !s.is_empty()).map(|s| PartialDate::parse(s)) {
            None => None,
            Some(Ok(d)) => Some(d),
            Some(Err(e)) => {
                problems.push(format!("members.tsv:{}: left: {e}", i + 1));
                continue;
            }
        };
        out.push(Membership { igo, state, joined, left });
    }
    (out, problems)
}

/// Every membership in the built-in table.
pub fn memberships() -> &'static [Membership] {
    static TABLE: OnceLock<Vec<Membership>> = OnceLock::new();
    TABLE.get_or_init(|| parse(MEMBERS).0)
}

/// The organisations with a member list.
pub fn organisations() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = memberships().iter().map(|m| m.igo).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The members of `igo` (its code, any case) on `date`, sorted; `None` when the table has no
/// member list for it.
pub fn members(igo: &str, date: &PartialDate) -> Option<Vec<&'static str>> {
    let igo = igo.trim().to_ascii_uppercase();
    let all: Vec<&Membership> = memberships().iter().filter(|m| m.igo == igo).collect();
    if all.is_empty() {
        return None;
    }
    let mut v: Vec<&'static str> = all.into_iter().filter(|m| m.on(date)).map(|m| m.state).collect();
    v.sort_unstable();
    v.dedup();
    Some(v)
}

/// The states a list of codes stands for on `date`: each organisation with a member list is its
/// members then, each state's ISO3 code itself (any case). The first code that is neither is the
/// error, as given.
pub fn expand(codes: &[String], date: &PartialDate) -> Result<Vec<String>, String> {
    let g = crate::Gazetteer::builtin();
    let mut out = Vec::new();
    for given in codes {
        let code = given.trim().to_ascii_uppercase();
        match members(&code, date) {
            Some(m) => out.extend(m.iter().map(|c| c.to_string())),
            None if g.state(&code).is_some() => out.push(code),
            None => return Err(given.clone()),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gazetteer;
    use realign_core::ActorKind;

    fn on(igo: &str, date: &str) -> Vec<&'static str> {
        members(igo, &PartialDate::parse(date).unwrap()).unwrap()
    }

    #[test]
    fn the_table_reads_cleanly_and_names_known_states_and_organisations() {
        let (rows, problems) = parse(MEMBERS);
        assert!(problems.is_empty(), "{problems:?}");
        let g = Gazetteer::builtin();
        for m in &rows {
            let state = g.by_code(m.state).map(|id| g.entity(id));
            assert!(state.is_some_and(|e| e.kind == ActorKind::State), "{m:?}: not a state");
            let igo = g.by_code(m.igo).map(|id| g.entity(id));
            assert!(igo.is_some_and(|e| e.kind == ActorKind::Igo), "{m:?}: not an organisation");
            assert!(m.left.map_or(true, |l| m.joined < l), "{m:?}");
        }
    }

    #[test]
    fn members_change_with_the_date() {
        assert_eq!(on("ASEAN", "2024-12-31").len(), 10);
        assert!(on("asean", "2025-12-31").contains(&"TLS"));
        assert_eq!((on("NATO", "2024-01-01").len(), on("NATO", "2024-12-31").len()), (31, 32));
        assert!(!on("NATO", "1990").contains(&"POL"));
        assert_eq!(on("EU", "2019-12-31").len(), 28);
        assert_eq!(on("EU", "2021").len(), 27);
        assert!(!on("ECOWAS", "2025-06-01").contains(&"MLI") && on("ECOWAS", "2024-06-01").contains(&"MLI"));
        assert_eq!(on("AU", "2024").len(), 54);
        assert_eq!(on("G7", "2024"), ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]);
        assert!(members("OPEC", &PartialDate::year(2024)).is_none());
        assert!(organisations().contains(&"GCC"));
    }
}
