//! CAMEO 1.1b3 event codes with their GDELT Goldstein values and QuadClass, and the mapping
//! between CAMEO and PLOVER (type + mode). Facts from the public codebooks, compiled in.
//!
//! API (other crates code against these names):
//! - [`cameo`]: the entry for a zero-padded CAMEO code ("0211", "190").
//! - [`plover_to_cameo`]: the CAMEO code that best represents a PLOVER type (and mode).

use realign_core::{Plover, QuadClass};

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

/// The entry for a CAMEO code, if known.
pub fn cameo(_code: &str) -> Option<&'static CameoEntry> {
    None
}

/// The CAMEO code that best represents a PLOVER type and optional mode.
pub fn plover_to_cameo(_plover: Plover, _mode: Option<&str>) -> Option<&'static CameoEntry> {
    None
}
