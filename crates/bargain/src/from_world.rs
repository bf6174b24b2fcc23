//! Inputs from a realign World: actors' capability from COW CINC at the World's date, and
//! optional salience hints from how strongly each actor is tied to the subject state.
//!
//! - **Capability** = CINC × 1000 (so a state with 14% of world capabilities gets 140; KTAB's
//!   capability scale is arbitrary and only ratios matter). Actors the World does not know, or
//!   whose CINC is missing at that date, keep the capability from the file; each change is
//!   reported with its evidence (the NMC rows behind the value).
//! - **Salience hint** (opt-in): for an issue about a subject state S, an actor's salience on
//!   every dimension becomes 100 × clamp(|tie(actor, S)|, floor, 1): allies, dependants and
//!   enemies of S care; the indifferent get `floor`. The subject itself gets 100. This is a
//!   heuristic starting point for an analyst to revise, documented as such.
//!
//! Pure: a function of the scenario, the World and the mapping of actors to World codes.

use realign_world::{Evidence, World};

use crate::Scenario;

/// What the World changed for one actor.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WorldHint {
    /// The actor's name in the scenario.
    pub actor: String,
    /// The World code it was matched to.
    pub code: String,
    /// The capability before and after.
    pub capability: (f64, f64),
    /// CINC used.
    pub cinc: f64,
    /// Saliences after, when a salience hint was applied.
    pub saliences: Option<Vec<f64>>,
    /// The dataset rows behind the capability.
    pub evidence: Vec<Evidence>,
}

/// Options of [`apply_world`].
#[derive(Debug, Clone, PartialEq)]
pub struct WorldInputs {
    /// Subject state of the issue, for salience hints (None: saliences kept).
    pub subject: Option<String>,
    /// Smallest salience share given by the hint (0–1).
    pub salience_floor: f64,
}

impl Default for WorldInputs {
    fn default() -> Self {
        WorldInputs { subject: None, salience_floor: 0.1 }
    }
}

/// Sets capabilities (and, with a subject, saliences) of the actors matched to World codes
/// (`codes[i]` for actor i; `None` = no match). Returns one hint per changed actor.
pub fn apply_world(scenario: &mut Scenario, world: &World, codes: &[Option<String>], opts: &WorldInputs) -> Vec<WorldHint> {
    let mut hints = Vec::new();
    for (actor, code) in scenario.actors.iter_mut().zip(codes) {
        let Some(code) = code else { continue };
        let Some(state) = world.states.get(code) else { continue };
        let Some(cinc) = state.cinc else { continue };
        let before = actor.capability;
        actor.capability = (cinc * 1000.0).max(1e-6);
        let saliences = opts.subject.as_ref().map(|s| {
            let share = if s == code {
                1.0
            } else {
                world.tie(code, s).map_or(0.0, |t| t.weight.abs()).clamp(opts.salience_floor.clamp(0.0, 1.0), 1.0)
            };
            let v = vec![100.0 * share; actor.saliences.len()];
            actor.saliences = v.clone();
            v
        });
        hints.push(WorldHint {
            actor: actor.name.clone(),
            code: code.clone(),
            capability: (before, actor.capability),
            cinc,
            saliences,
            evidence: state.evidence.iter().filter(|e| matches!(e, Evidence::Dataset { dataset, .. } if dataset == "nmc")).cloned().collect(),
        });
    }
    hints
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ActorSpec;
    use realign_core::{Obligation, PartialDate};
    use realign_world::{AllianceTie, State, WorldOptions};
    use std::collections::BTreeMap;

    fn world() -> World {
        let st = |c: &str, cinc: Option<f64>| {
            (c.to_string(), State { code: c.into(), ccode: None, name: c.into(), cinc, evidence: vec![Evidence::Dataset { dataset: "nmc".into(), line: 7 }] })
        };
        World {
            as_of: PartialDate::year(2015),
            states: [st("AAA", Some(0.12)), st("BBB", Some(0.01)), st("CCC", None)].into(),
            alliances: [(
                ("AAA".to_string(), "BBB".to_string()),
                AllianceTie { a: "AAA".into(), b: "BBB".into(), obligations: vec![Obligation::Defense], evidence: vec![] },
            )]
            .into(),
            trade: BTreeMap::new(),
            arms: BTreeMap::new(),
            arms_evidence: BTreeMap::new(),
            events: BTreeMap::new(),
            disputes: BTreeMap::new(),
            un_votes: None,
            options: WorldOptions::default(),
        }
    }

    fn scenario() -> Scenario {
        let a = |n: &str| ActorSpec { name: n.into(), description: String::new(), capability: 5.0, positions: vec![50.0], saliences: vec![40.0] };
        Scenario { name: "t".into(), description: String::new(), dimensions: vec!["d".into()], actors: vec![a("A"), a("B"), a("C"), a("X")] }
    }

    #[test]
    fn capability_comes_from_cinc_with_evidence_and_unknowns_are_kept() {
        let mut s = scenario();
        let codes = [Some("AAA".to_string()), Some("BBB".to_string()), Some("CCC".to_string()), None];
        let hints = apply_world(&mut s, &world(), &codes, &WorldInputs::default());
        assert_eq!(hints.len(), 2);
        assert!((s.actors[0].capability - 120.0).abs() < 1e-9);
        assert!((s.actors[1].capability - 10.0).abs() < 1e-9);
        assert_eq!(s.actors[2].capability, 5.0, "no CINC: file value kept");
        assert_eq!(s.actors[3].capability, 5.0, "unmatched: file value kept");
        assert_eq!(hints[0].evidence, vec![Evidence::Dataset { dataset: "nmc".into(), line: 7 }]);
        assert_eq!(s.actors[0].saliences, vec![40.0], "no subject: saliences kept");
    }

    #[test]
    fn salience_hint_follows_ties_to_the_subject() {
        let mut s = scenario();
        let codes = [Some("AAA".to_string()), Some("BBB".to_string()), None, None];
        let opts = WorldInputs { subject: Some("BBB".into()), salience_floor: 0.1 };
        apply_world(&mut s, &world(), &codes, &opts);
        assert_eq!(s.actors[1].saliences, vec![100.0], "the subject cares fully");
        // AAA is BBB's defence ally: a strong tie.
        assert!(s.actors[0].saliences[0] > 50.0, "{:?}", s.actors[0].saliences);
    }
}
