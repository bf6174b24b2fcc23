//! States that no longer exist, under the codes other data give them: the COW states of the Cold
//! War that ISO 3166 coded too, and the other codes UN vote files use. A crosswalk from COW
//! numbers to the codes realign writes takes the present states from the gazetteer first, then
//! these, in this order (the first code given for a COW number is the one written).

/// COW states of the Cold War with the ISO 3166 alpha-3 code they had: West Germany was DEU (COW
/// 260, against 255 for Germany before 1945 and after 1990), East Germany DDR, Czechoslovakia CSK
/// (COW 315; the Czech Republic is 316), North Yemen YEM (COW 678; united Yemen is 679) and South
/// Yemen YMD; Zanzibar (COW 511), with no ISO code, under ZAN, as UN vote files name it. None of
/// these COW numbers is a present-day state's, and none shares its code with a state of the same
/// years, so a snapshot never merges two states. (South Vietnam, COW 817, is not listed: its ISO
/// code VNM is today's Vietnam, which COW continues from North Vietnam, 816.)
pub const FORMER_STATES: [(&str, u16); 6] = [("DEU", 260), ("DDR", 265), ("CSK", 315), ("YEM", 678), ("YMD", 680), ("ZAN", 511)];

/// The other codes UN vote files give COW states, read as those states but never written: YAR
/// (North Yemen, which had no ISO code of its own there) and YUG (Yugoslavia, whose COW number
/// 345 is Serbia's: the unvotes importer now writes that seat SRB, and stores imported before it
/// did still hold YUG).
pub const VOTE_CODES: [(&str, u16); 2] = [("YAR", 678), ("YUG", 345)];

/// Whether `code` is written for a former state the gazetteer, of present states, does not hold
/// (DDR, CSK, YMD, ZAN): a treaty may name it as a party.
pub fn is_former_state(code: &str) -> bool {
    FORMER_STATES.iter().any(|(c, _)| *c == code)
}

/// Every (code, COW number) pair a crosswalk from COW numbers to realign's codes needs, in the
/// order it must take them: the built-in gazetteer's present states, then [`FORMER_STATES`], then
/// [`VOTE_CODES`].
pub fn cow_pairs() -> Vec<(String, i64)> {
    let g = crate::Gazetteer::builtin();
    let present = g
        .entities()
        .filter(|(_, e)| e.kind == realign_core::ActorKind::State)
        .filter_map(|(_, e)| e.cow.map(|c| (e.code.clone(), i64::from(c))));
    let former = FORMER_STATES.iter().chain(&VOTE_CODES).map(|(c, n)| (c.to_string(), i64::from(*n)));
    present.chain(former).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gazetteer;

    #[test]
    fn former_states_take_no_present_states_number() {
        let g = Gazetteer::builtin();
        let present: Vec<u16> = g.entities().filter_map(|(_, e)| e.cow).collect();
        for (code, cow) in FORMER_STATES {
            assert!(!present.contains(&cow), "{code} {cow} is a present state's number");
        }
        // The vote files' codes stand for a former or a present state's number.
        for (code, cow) in VOTE_CODES {
            assert!(present.contains(&cow) || FORMER_STATES.iter().any(|(_, c)| *c == cow), "{code} {cow}");
        }
        assert!(is_former_state("DDR") && !is_former_state("YUG") && !is_former_state("FRA"));
    }
}
