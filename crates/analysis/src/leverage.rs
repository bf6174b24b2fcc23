//! Leverage and susceptibility: how exposed each state is to a patron's coercion.
//!
//! For a patron P and a state S, exposure combines what S would lose if P turned its dependence
//! into pressure, against S's alternatives:
//! - **trade**: P's share of S's total trade, and how much larger it is than S's next partner
//!   (a 90% share with no alternative is leverage; 20% among five equal partners is not);
//! - **arms**: P's share of S's arms imports over the World's window;
//! - **alliance**: a defence pact with P (S relies on P's protection);
//! - **capability**: P's share of the pair's combined CINC (a weak S cannot retaliate).
//!
//! The score is a weighted sum in [0, 1] (weights in [`LeverageParams`]); each row keeps the
//! components and the World evidence behind them. Missing data counts as no exposure and is
//! reported as missing, so a blank row means "unknown", not "immune".

use realign_core::Obligation;
use realign_world::{Evidence, World};

/// Weights of the exposure components.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LeverageParams {
    /// Weight of trade dependence.
    pub trade: f64,
    /// Weight of arms dependence.
    pub arms: f64,
    /// Weight of a defence pact with the patron.
    pub alliance: f64,
    /// Weight of the capability gap.
    pub capability: f64,
}

impl Default for LeverageParams {
    fn default() -> Self {
        LeverageParams { trade: 0.4, arms: 0.3, alliance: 0.15, capability: 0.15 }
    }
}

/// One state's exposure to the patron.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Exposure {
    /// The state (code).
    pub state: String,
    /// Exposure score 0–1 (higher = more susceptible).
    pub score: f64,
    /// P's share of the state's trade, if known.
    pub trade_share: Option<f64>,
    /// The state's largest other trade partner and its share, if known.
    pub best_alternative: Option<(String, f64)>,
    /// P's share of the state's arms imports, if known.
    pub arms_share: Option<f64>,
    /// Obligations of an alliance with P, if any.
    pub alliance: Vec<Obligation>,
    /// P's share of the pair's CINC, if both are known.
    pub capability_gap: Option<f64>,
    /// Evidence for the components.
    pub evidence: Vec<Evidence>,
}

/// Ranks every state in the World (except the patron) by exposure to `patron`, most exposed first.
pub fn leverage(world: &World, patron: &str, params: &LeverageParams) -> Vec<Exposure> {
    let mut out = Vec::new();
    for s in world.states() {
        if s == patron {
            continue;
        }
        let trade_share = world.trade_share(patron, s);
        // The state's best alternative partner.
        let mut best: Option<(String, f64)> = None;
        for ((a, b), t) in &world.trade {
            let (other, share) = if a == s {
                (b, t.share_of_a)
            } else if b == s {
                (a, t.share_of_b)
            } else {
                continue;
            };
            if other == patron {
                continue;
            }
            if let Some(sh) = share {
                if best.as_ref().map_or(true, |(_, x)| sh > *x) {
                    best = Some((other.clone(), sh));
                }
            }
        }
        let trade_component = trade_share.map(|p| {
            let alt = best.as_ref().map(|b| b.1).unwrap_or(0.0);
            // Dependence discounted by the alternative: p·(1 − alt/(p+alt)).
            if p + alt > 0.0 {
                p * (p / (p + alt))
            } else {
                0.0
            }
        });
        let arms_share = world.arms_share(patron, s);
        let alliance = world.alliance(patron, s).map(|a| a.obligations.clone()).unwrap_or_default();
        let alliance_component = if alliance.contains(&Obligation::Defense) {
            1.0
        } else if alliance.is_empty() {
            0.0
        } else {
            0.5
        };
        let capability_gap = match (world.cinc(patron), world.cinc(s)) {
            (Some(p), Some(q)) if p + q > 0.0 => Some(p / (p + q)),
            _ => None,
        };
        let score = params.trade * trade_component.unwrap_or(0.0)
            + params.arms * arms_share.unwrap_or(0.0)
            + params.alliance * alliance_component
            + params.capability * capability_gap.unwrap_or(0.0);
        let mut evidence = Vec::new();
        if let Some(t) = world.trade.get(&realign_world::pair(patron, s)) {
            evidence.extend(t.evidence.iter().cloned());
        }
        if let Some(a) = world.alliance(patron, s) {
            evidence.extend(a.evidence.iter().cloned());
        }
        out.push(Exposure {
            state: s.to_string(),
            score,
            trade_share,
            best_alternative: best,
            arms_share,
            alliance,
            capability_gap,
            evidence,
        });
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.state.cmp(&b.state)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use realign_core::PartialDate;
    use realign_world::{AllianceTie, State, TradeTie, WorldOptions};
    use std::collections::BTreeMap;

    fn state(code: &str, cinc: f64) -> (String, State) {
        (code.into(), State { code: code.into(), ccode: None, name: code.into(), cinc: Some(cinc), evidence: vec![] })
    }

    fn trade(a: &str, b: &str, share_a: f64, share_b: f64) -> ((String, String), TradeTie) {
        (
            (a.into(), b.into()),
            TradeTie {
                year: 2014,
                a_imports_from_b: None,
                b_imports_from_a: None,
                share_of_a: Some(share_a),
                share_of_b: Some(share_b),
                evidence: vec![Evidence::Dataset { dataset: "cow-trade".into(), line: 7 }],
            },
        )
    }

    #[test]
    fn a_dependent_client_with_no_alternative_ranks_first() {
        // PPP is the patron. CCC trades 90% with PPP and has only a 5% alternative; DDD trades 30%
        // with PPP but 60% with EEE.
        let world = World {
            as_of: PartialDate::year(2014),
            states: [state("PPP", 0.2), state("CCC", 0.005), state("DDD", 0.02), state("EEE", 0.1)].into(),
            alliances: [(
                ("CCC".to_string(), "PPP".to_string()),
                AllianceTie { a: "CCC".into(), b: "PPP".into(), obligations: vec![Obligation::Defense], evidence: vec![] },
            )]
            .into(),
            trade: [trade("CCC", "PPP", 0.9, 0.01), trade("CCC", "EEE", 0.05, 0.001), trade("DDD", "PPP", 0.3, 0.02), trade("DDD", "EEE", 0.6, 0.05)]
                .into(),
            arms: BTreeMap::new(),
            arms_evidence: BTreeMap::new(),
            events: BTreeMap::new(),
            disputes: BTreeMap::new(),
            un_votes: None,
            options: WorldOptions::default(),
        };
        let ranking = leverage(&world, "PPP", &LeverageParams::default());
        assert_eq!(ranking.iter().map(|e| e.state.as_str()).collect::<Vec<_>>(), vec!["CCC", "DDD", "EEE"]);
        assert_eq!(ranking[0].trade_share, Some(0.9));
        assert_eq!(ranking[0].best_alternative, Some(("EEE".to_string(), 0.05)));
        assert!(!ranking[0].evidence.is_empty());
        // EEE has no trade data with PPP: unknown, not immune.
        assert_eq!(ranking[2].trade_share, None);
    }
}
