//! Inputs for the graph analyses derived from a [`World`]: the signed network for structural
//! balance and the sizes and propensities for landscape theory.
//!
//! Documented weights: an edge's sign is the sign of the World's combined tie (alliances, trade
//! and arms dependence positive; militarized disputes and conflictual events negative; see
//! `realign_world::WorldOptions`), kept when its absolute weight reaches a threshold. Landscape
//! sizes are CINC shares (the mean CINC of the chosen actors where a value is missing), and the
//! propensity of a pair is its tie weight in [-1, 1] (0 when nothing links the pair).

use realign_world::World;

use crate::landscape::LandscapeInput;
use crate::signed_graph::{Sign, SignedGraph};

/// The World's signed network: every pair whose tie weight is at least `threshold` in absolute
/// value, with the tie's sign.
pub fn signed_graph(world: &World, threshold: f64) -> SignedGraph {
    let mut g = SignedGraph::new();
    for (a, b, s) in world.signed_edges(threshold) {
        let sign = if s > 0 { Sign::Positive } else { Sign::Negative };
        // A pair appears once in `signed_edges`; a failure here would be a self-loop, skipped.
        let _ = g.add_edge(&a, &b, sign);
    }
    g
}

/// Landscape input for the chosen actors (World codes, e.g. ISO3), in the given order.
pub fn landscape_input(world: &World, actors: &[String]) -> LandscapeInput {
    let cinc: Vec<Option<f64>> = actors.iter().map(|a| world.cinc(a)).collect();
    let known: Vec<f64> = cinc.iter().flatten().copied().collect();
    let mean = if known.is_empty() { 1.0 } else { known.iter().sum::<f64>() / known.len() as f64 };
    let sizes = cinc.iter().map(|c| c.unwrap_or(mean)).collect();
    let propensity = actors
        .iter()
        .map(|a| actors.iter().map(|b| if a == b { 0.0 } else { world.tie(a, b).map(|t| t.weight).unwrap_or(0.0) }).collect())
        .collect();
    LandscapeInput { names: actors.to_vec(), sizes, propensity }
}

#[cfg(test)]
mod tests {
    use super::*;
    use realign_core::{Obligation, PartialDate};
    use realign_world::{AllianceTie, DisputeTie, State, WorldOptions};
    use std::collections::BTreeMap;

    #[test]
    fn alliances_are_positive_edges_and_disputes_negative() {
        let st = |c: &str, cinc: Option<f64>| (c.to_string(), State { code: c.into(), ccode: None, name: c.into(), cinc, evidence: vec![] });
        let world = World {
            as_of: PartialDate::year(2010),
            states: [st("AAA", Some(0.2)), st("BBB", None), st("CCC", Some(0.1))].into(),
            alliances: [(
                ("AAA".to_string(), "BBB".to_string()),
                AllianceTie { a: "AAA".into(), b: "BBB".into(), obligations: vec![Obligation::Defense], evidence: vec![] },
            )]
            .into(),
            trade: BTreeMap::new(),
            arms: BTreeMap::new(),
            arms_evidence: BTreeMap::new(),
            events: BTreeMap::new(),
            disputes: [(
                ("AAA".to_string(), "CCC".to_string()),
                DisputeTie { disputes: 1, max_hostlev: 5, last_year: 2010, evidence: vec![] },
            )]
            .into(),
            un_votes: None,
            options: WorldOptions::default(),
        };
        let g = signed_graph(&world, 0.1);
        assert_eq!(g.edge_count(), 2);
        assert_eq!(g.negative_count(), 1);
        let li = landscape_input(&world, &["AAA".into(), "BBB".into(), "CCC".into()]);
        assert!((li.sizes[1] - 0.15).abs() < 1e-12, "missing CINC takes the mean");
        assert!(li.propensity[0][1] > 0.0 && li.propensity[0][2] < 0.0);
        assert_eq!(li.propensity[1][2], 0.0);
    }
}
