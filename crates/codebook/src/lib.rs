//! CAMEO 1.1b3 event codes with their GDELT Goldstein values and QuadClass, and the mapping
//! between CAMEO and PLOVER (type + mode). Facts from the public codebooks, compiled in.
//!
//! - [`cameo`]: the entry for a zero-padded CAMEO code ("0211", "190").
//! - [`plover_to_cameo`]: the CAMEO code that best represents a PLOVER type (and mode).
//!
//! QuadClass follows GDELT's assignment per code (roots 01–05 verbal cooperation, 06–08 material
//! cooperation, 09–13 verbal conflict, 14–20 material conflict; 14 "protest" is material conflict).

use realign_core::{Plover, QuadClass};

mod table;

/// One CAMEO code.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameoEntry {
    /// Zero-padded code ("0211").
    pub code: &'static str,
    /// CAMEO 1.1b3 description.
    pub description: &'static str,
    /// GDELT Goldstein value.
    pub goldstein: f64,
    /// GDELT QuadClass.
    pub quad_class: QuadClass,
    /// PLOVER type it maps to (CAMEO→PLOVER 2021), if any (01 statements map to none).
    pub plover: Option<Plover>,
    /// PLOVER mode, if the mapping gives one.
    pub mode: Option<&'static str>,
}

/// The entry for a CAMEO code, if known. Accepts codes without their leading zero ("42" → "042")
/// only when unambiguous; GDELT always pads.
pub fn cameo(code: &str) -> Option<&'static CameoEntry> {
    let code = code.trim();
    table::TABLE.binary_search_by(|e| e.code.cmp(code)).ok().map(|i| &table::TABLE[i])
}

/// Every entry, sorted by code.
pub fn all() -> &'static [CameoEntry] {
    table::TABLE
}

/// The CAMEO code that best represents a PLOVER type and optional mode: the most general code
/// (fewest digits, then lowest) mapped to that type and mode; without a mode match, the most
/// general code of the type.
pub fn plover_to_cameo(plover: Plover, mode: Option<&str>) -> Option<&'static CameoEntry> {
    // The entries of each type, most general first, indexed once (the reader asks per event).
    static BY_TYPE: std::sync::OnceLock<Vec<(Plover, Vec<&'static CameoEntry>)>> = std::sync::OnceLock::new();
    let index = BY_TYPE.get_or_init(|| {
        Plover::ALL
            .iter()
            .map(|&p| {
                let mut v: Vec<&'static CameoEntry> = table::TABLE.iter().filter(|e| e.plover == Some(p)).collect();
                v.sort_by_key(|e| (e.code.len(), e.code));
                (p, v)
            })
            .collect()
    });
    // A blockade or closed border is CAMEO 191, and occupying territory 192, both under FIGHT,
    // which the PLOVER gold standard (0.5b1) labels ASSAULT ("troops have captured part of a
    // guerrilla stronghold", "retaken a strategic village"); the 2021 CAMEO-to-PLOVER table
    // moved both to COERCE.
    if plover == Plover::Assault && mode == Some("blockade") {
        return cameo("191");
    }
    if plover == Plover::Assault && mode == Some("occupy") {
        return cameo("192");
    }
    let entries = index.iter().find(|(p, _)| *p == plover).map(|(_, v)| v.as_slice()).unwrap_or(&[]);
    mode.and_then(|m| entries.iter().find(|e| e.mode == Some(m)).copied()).or_else(|| entries.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blockade_is_fight_191_as_the_gold_standard_labels_it() {
        let e = plover_to_cameo(Plover::Assault, Some("blockade")).expect("191");
        assert_eq!((e.code, e.quad_class), ("191", QuadClass::MaterialConflict));
        // Other modes keep the table's own choice.
        assert_ne!(plover_to_cameo(Plover::Assault, None).map(|e| e.code), Some("191"));
        let e = plover_to_cameo(Plover::Assault, Some("occupy")).expect("192");
        assert_eq!((e.code, e.quad_class), ("192", QuadClass::MaterialConflict));
    }

    #[test]
    fn look_ups_follow_the_codebook() {
        let e = cameo("190").expect("190");
        assert_eq!(e.plover, Some(Plover::Assault));
        assert_eq!(e.quad_class, QuadClass::MaterialConflict);
        assert_eq!(e.goldstein, -10.0);
        assert_eq!(cameo("011").map(|e| e.plover), Some(None), "decline comment has no PLOVER type");
        assert!(cameo("999").is_none());
        assert!(all().windows(2).all(|w| w[0].code < w[1].code), "table sorted for binary search");
    }

    #[test]
    fn every_plover_type_has_a_representative_cameo_code() {
        for p in Plover::ALL {
            let e = plover_to_cameo(p, None).unwrap_or_else(|| panic!("{p}"));
            assert_eq!(e.plover, Some(p));
        }
        assert_eq!(plover_to_cameo(Plover::Consult, Some("visit")).map(|e| e.mode), Some(Some("visit")));
    }
}
