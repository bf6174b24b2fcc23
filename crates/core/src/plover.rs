//! The 16 PLOVER event types and CAMEO/GDELT QuadClass.

use std::fmt;
use std::str::FromStr;

/// A PLOVER event type (PLOVER 2021 manual). Serialised upper-case, as the codebook writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Plover {
    /// Agree to, or express intent to, cooperate.
    Agree,
    /// Meet, visit, talk, negotiate.
    Consult,
    /// Praise, endorse, defend verbally.
    Support,
    /// Yield, ease restrictions, apologise.
    Concede,
    /// Material cooperation (economic, military, intelligence, judicial).
    Cooperate,
    /// Give aid (economic, military, humanitarian).
    Aid,
    /// Withdraw, release, ceasefire, disarm.
    Retreat,
    /// Ask, urge, demand.
    Request,
    /// Criticise, accuse, condemn, investigate.
    Accuse,
    /// Refuse, veto, reject.
    Reject,
    /// Threaten.
    Threaten,
    /// Demonstrate, strike, boycott.
    Protest,
    /// Sanction, embargo, break relations.
    Sanction,
    /// Mobilise or deploy troops, raise alert.
    Mobilize,
    /// Seize, arrest, restrict, expel (repression short of force).
    Coerce,
    /// Use of force: attack, shell, kill.
    Assault,
}

impl Plover {
    /// All 16 types in codebook order.
    pub const ALL: [Plover; 16] = [
        Plover::Agree,
        Plover::Consult,
        Plover::Support,
        Plover::Concede,
        Plover::Cooperate,
        Plover::Aid,
        Plover::Retreat,
        Plover::Request,
        Plover::Accuse,
        Plover::Reject,
        Plover::Threaten,
        Plover::Protest,
        Plover::Sanction,
        Plover::Mobilize,
        Plover::Coerce,
        Plover::Assault,
    ];

    /// The upper-case codebook label.
    pub fn label(&self) -> &'static str {
        match self {
            Plover::Agree => "AGREE",
            Plover::Consult => "CONSULT",
            Plover::Support => "SUPPORT",
            Plover::Concede => "CONCEDE",
            Plover::Cooperate => "COOPERATE",
            Plover::Aid => "AID",
            Plover::Retreat => "RETREAT",
            Plover::Request => "REQUEST",
            Plover::Accuse => "ACCUSE",
            Plover::Reject => "REJECT",
            Plover::Threaten => "THREATEN",
            Plover::Protest => "PROTEST",
            Plover::Sanction => "SANCTION",
            Plover::Mobilize => "MOBILIZE",
            Plover::Coerce => "COERCE",
            Plover::Assault => "ASSAULT",
        }
    }

    /// The PLOVER quad category of the type (the codebook's `quad_category`).
    pub fn quad_class(&self) -> QuadClass {
        use Plover::*;
        match self {
            Agree | Consult | Support | Concede => QuadClass::VerbalCooperation,
            Cooperate | Aid | Retreat => QuadClass::MaterialCooperation,
            Request | Accuse | Reject | Threaten => QuadClass::VerbalConflict,
            Protest | Sanction | Mobilize | Coerce | Assault => QuadClass::MaterialConflict,
        }
    }

    /// Parses a current label, or one of the older PLOVER 0.5b1 labels used by the PLOVER gold
    /// standard: DEMAND → REQUEST; DISAPPROVE, INVESTIGATE → ACCUSE; FIGHT → ASSAULT.
    pub fn from_label(label: &str) -> Option<Plover> {
        let l = label.trim().to_ascii_uppercase();
        Some(match l.as_str() {
            "DEMAND" => Plover::Request,
            "DISAPPROVE" | "INVESTIGATE" => Plover::Accuse,
            "FIGHT" => Plover::Assault,
            "MOBILISE" => Plover::Mobilize,
            _ => return Plover::ALL.iter().copied().find(|p| p.label() == l),
        })
    }
}

impl fmt::Display for Plover {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for Plover {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Plover::from_label(s).ok_or_else(|| format!("unknown PLOVER event type {s:?}"))
    }
}

/// GDELT/CAMEO QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
/// 4 material conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    /// 1.
    VerbalCooperation = 1,
    /// 2.
    MaterialCooperation = 2,
    /// 3.
    VerbalConflict = 3,
    /// 4.
    MaterialConflict = 4,
}

impl QuadClass {
    /// The GDELT number (1–4).
    pub fn number(&self) -> u8 {
        *self as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_gold_labels_map_to_current_types() {
        assert_eq!(Plover::from_label("DEMAND"), Some(Plover::Request));
        assert_eq!(Plover::from_label("disapprove"), Some(Plover::Accuse));
        assert_eq!(Plover::from_label("INVESTIGATE"), Some(Plover::Accuse));
        assert_eq!(Plover::from_label("FIGHT"), Some(Plover::Assault));
        assert_eq!(Plover::from_label("DOCUMENT"), None);
        for p in Plover::ALL {
            assert_eq!(Plover::from_label(p.label()), Some(p));
        }
    }
}
