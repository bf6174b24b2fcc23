//! The World: a snapshot of the international system as of a date, built from imported datasets
//! (ATOP, COW, SIPRI) and from claims read out of text, with every tie carrying its evidence.
//! Also the peacesciencer-style table builders (dyad-year, state-year) and the World as a GEXF
//! graph for network tools ([`gexf`]).
//!
//! Data flows one way: `Store` → [`WorldBuilder`] → [`World`] (a plain value) → analyses.
//! Beyond a dataset's coverage a value is *missing* (`None`), never 0.

pub mod affinity;
pub mod build;
mod crosswalk;
pub mod gexf;
pub mod snapshot;
pub mod table;

use std::collections::BTreeMap;

use realign_core::{Obligation, PartialDate};

pub use build::{plover_goldstein, WorldBuilder, WorldOptions};
pub use crosswalk::Crosswalk;

/// Errors building a World.
#[derive(Debug, thiserror::Error)]
pub enum WorldError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] realign_store::StoreError),
}

/// Where a fact in the World comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum Evidence {
    /// A row of an imported dataset.
    Dataset {
        /// Dataset name ("atop", "cow-trade"…).
        dataset: String,
        /// Line in the imported file.
        line: u64,
    },
    /// A stored claim read from text.
    Claim {
        /// The claim's id in the store.
        id: i64,
        /// The document it comes from.
        doc: String,
    },
}

/// A state in the World.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct State {
    /// ISO3 code (or `COW:nnn` when the crosswalk does not know it).
    pub code: String,
    /// Correlates of War code, when known.
    pub ccode: Option<i64>,
    /// Name.
    pub name: String,
    /// CINC in the latest covered year up to the World's date (None beyond coverage).
    pub cinc: Option<f64>,
    /// Evidence for membership and capability.
    pub evidence: Vec<Evidence>,
}

/// An alliance tie between two states with its obligations.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AllianceTie {
    /// First state (code).
    pub a: String,
    /// Second state (code).
    pub b: String,
    /// Obligations (ATOP terms).
    pub obligations: Vec<Obligation>,
    /// Evidence (dataset rows and/or text claims).
    pub evidence: Vec<Evidence>,
}

/// Trade between two states in a year, with each side's dependence on the other.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TradeTie {
    /// Year of the figures.
    pub year: i64,
    /// Imports of `a` from `b` (US$ millions), if reported.
    pub a_imports_from_b: Option<f64>,
    /// Imports of `b` from `a`.
    pub b_imports_from_a: Option<f64>,
    /// Share of `a`'s total trade that is with `b` (0–1), when computable.
    pub share_of_a: Option<f64>,
    /// Share of `b`'s total trade that is with `a`.
    pub share_of_b: Option<f64>,
    /// Evidence.
    pub evidence: Vec<Evidence>,
}

/// Militarized disputes between two states over the window before the date (COW/GML MID).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DisputeTie {
    /// Distinct disputes.
    pub disputes: u32,
    /// Highest hostility level (1–5; 5 = war).
    pub max_hostlev: i64,
    /// Last year with an ongoing dispute.
    pub last_year: i64,
    /// Evidence (MID rows).
    pub evidence: Vec<Evidence>,
}

/// The combined signed tie between two states.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Tie {
    /// Signed weight in [-1, 1]: positive = friendly, negative = hostile.
    pub weight: f64,
    /// The components that made the weight, by name ("alliance", "trade", "arms", "events"…).
    pub components: BTreeMap<String, f64>,
}

/// An event-based cooperation/conflict score for an ordered pair (source → target).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventScore {
    /// Sum of time-decayed Goldstein values of the PLOVER/CAMEO types (a per-type value, not a
    /// measured intensity).
    pub score: f64,
    /// Events counted.
    pub events: u32,
    /// Evidence (claim ids).
    pub evidence: Vec<Evidence>,
}

/// A snapshot of the international system as of a date.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct World {
    /// The date of the snapshot.
    pub as_of: PartialDate,
    /// States, by code.
    pub states: BTreeMap<String, State>,
    /// Alliance ties (a < b), by pair.
    pub alliances: BTreeMap<(String, String), AllianceTie>,
    /// Trade ties (a < b), by pair: latest year up to the date within the trade data's coverage.
    pub trade: BTreeMap<(String, String), TradeTie>,
    /// Arms transfers: (supplier, recipient) → TIV over the window before the date.
    pub arms: BTreeMap<(String, String), f64>,
    /// The SIPRI rows summed into each arms flow of [`World::arms`] (a flow a scenario adds has
    /// none).
    pub arms_evidence: BTreeMap<(String, String), Vec<Evidence>>,
    /// Event scores by ordered pair (source, target).
    pub events: BTreeMap<(String, String), EventScore>,
    /// Militarized disputes (a < b), by pair.
    pub disputes: BTreeMap<(String, String), DisputeTie>,
    /// UN General Assembly voting affinity over the window before the date (`None` without
    /// imported votes in the window).
    pub un_votes: Option<affinity::UnAffinity>,
    /// Parameters used.
    pub options: WorldOptions,
}

/// The key of an unordered pair of states: the two codes in sorted order.
pub fn pair(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

impl World {
    /// State codes, sorted.
    pub fn states(&self) -> impl Iterator<Item = &str> {
        self.states.keys().map(|s| s.as_str())
    }

    /// The alliance between two states, if any.
    pub fn alliance(&self, a: &str, b: &str) -> Option<&AllianceTie> {
        self.alliances.get(&pair(a, b))
    }

    /// Share (0–1) of `of`'s total trade that is with `partner`, when known.
    pub fn trade_share(&self, partner: &str, of: &str) -> Option<f64> {
        let t = self.trade.get(&pair(partner, of))?;
        if of <= partner {
            t.share_of_a
        } else {
            t.share_of_b
        }
    }

    /// Share (0–1) of `of`'s arms imports (TIV over the window) that came from `supplier`.
    pub fn arms_share(&self, supplier: &str, of: &str) -> Option<f64> {
        let total: f64 = self.arms.iter().filter(|((_, r), _)| r == of).map(|(_, v)| *v).sum();
        (total > 0.0).then(|| self.arms.get(&(supplier.to_string(), of.to_string())).copied().unwrap_or(0.0) / total)
    }

    /// CINC of a state, when covered.
    pub fn cinc(&self, code: &str) -> Option<f64> {
        self.states.get(code).and_then(|s| s.cinc)
    }

    /// The combined signed tie between two states (see [`WorldOptions`] for the weights), or
    /// `None` when nothing links them.
    pub fn tie(&self, a: &str, b: &str) -> Option<Tie> {
        let o = &self.options;
        let mut components = BTreeMap::new();
        if let Some(al) = self.alliance(a, b) {
            let w = if al.obligations.contains(&Obligation::Defense) || al.obligations.contains(&Obligation::Offense) {
                1.0
            } else {
                0.5
            };
            components.insert("alliance".to_string(), o.alliance_weight * w);
        }
        let trade = self.trade_share(a, b).into_iter().chain(self.trade_share(b, a)).fold(None, |m: Option<f64>, v| {
            Some(m.map_or(v, |m| m.max(v)))
        });
        if let Some(t) = trade {
            if t > 0.0 {
                components.insert("trade".to_string(), o.trade_weight * (t / 0.25).min(1.0));
            }
        }
        let arms = self.arms_share(a, b).into_iter().chain(self.arms_share(b, a)).fold(None, |m: Option<f64>, v| {
            Some(m.map_or(v, |m| m.max(v)))
        });
        if let Some(s) = arms {
            if s > 0.0 {
                components.insert("arms".to_string(), o.arms_weight * s);
            }
        }
        if let Some(d) = self.disputes.get(&pair(a, b)) {
            // War (5) counts fully, a display of force (3) 60%; halved every 5 years since.
            let age = (self.as_of.year as i64 - d.last_year).max(0) as f64;
            let w = (d.max_hostlev as f64 / 5.0) * 0.5f64.powf(age / 5.0);
            components.insert("disputes".to_string(), -o.dispute_weight * w);
        }
        let ev: f64 = [(a, b), (b, a)]
            .iter()
            .filter_map(|(x, y)| self.events.get(&(x.to_string(), y.to_string())))
            .map(|e| e.score)
            .sum();
        if ev != 0.0 {
            // Squash: ten maximal-cooperation events ≈ +1, ten assaults ≈ −1.
            components.insert("events".to_string(), o.event_weight * (ev / 100.0).tanh());
        }
        if components.is_empty() {
            return None;
        }
        // Voting affinity colours a tie that other evidence establishes; it does not create one
        // (nearly every pair of UN members shares votes).
        if let Some(r) = self.un_votes.as_ref().and_then(|u| u.relative(a, b)) {
            if o.un_vote_weight != 0.0 {
                components.insert("un_votes".to_string(), o.un_vote_weight * r);
            }
        }
        let weight = components.values().sum::<f64>().clamp(-1.0, 1.0);
        Some(Tie { weight, components })
    }

    /// Every pair of distinct states (a < b) that something links: an alliance, trade, arms,
    /// events or disputes.
    pub fn linked_pairs(&self) -> std::collections::BTreeSet<(String, String)> {
        let mut pairs: std::collections::BTreeSet<(String, String)> = self.alliances.keys().cloned().collect();
        pairs.extend(self.trade.keys().cloned());
        pairs.extend(self.arms.keys().map(|(s, r)| pair(s, r)));
        pairs.extend(self.events.keys().map(|(s, r)| pair(s, r)));
        pairs.extend(self.disputes.keys().cloned());
        pairs.retain(|(a, b)| a != b);
        pairs
    }

    /// Every source of what links `a` and `b`: the rows and claims behind their alliance, trade,
    /// arms and events each way, and disputes, sorted and without repeats.
    pub fn pair_evidence(&self, a: &str, b: &str) -> std::collections::BTreeSet<&Evidence> {
        let key = pair(a, b);
        let mut out = std::collections::BTreeSet::new();
        out.extend(self.alliances.get(&key).into_iter().flat_map(|t| &t.evidence));
        out.extend(self.trade.get(&key).into_iter().flat_map(|t| &t.evidence));
        out.extend(self.disputes.get(&key).into_iter().flat_map(|t| &t.evidence));
        for (x, y) in [(a, b), (b, a)] {
            let k = (x.to_string(), y.to_string());
            out.extend(self.arms_evidence.get(&k).into_iter().flatten());
            out.extend(self.events.get(&k).into_iter().flat_map(|e| &e.evidence));
        }
        out
    }

    /// The combined ties (a < b) whose weight is not zero and has absolute value at least
    /// `threshold`, each computed once, in pair order.
    pub fn ties(&self, threshold: f64) -> Vec<(String, String, Tie)> {
        self.linked_pairs()
            .into_iter()
            .filter_map(|(a, b)| {
                let t = self.tie(&a, &b)?;
                (t.weight.abs() >= threshold && t.weight != 0.0).then_some((a, b, t))
            })
            .collect()
    }

    /// Signed edges (a < b, sign ±1) for structural balance: the pairs of [`World::ties`].
    pub fn signed_edges(&self, threshold: f64) -> Vec<(String, String, i8)> {
        self.ties(threshold)
            .into_iter()
            .map(|(a, b, t)| {
                let s = if t.weight > 0.0 { 1 } else { -1 };
                (a, b, s)
            })
            .collect()
    }
}

/// One year of a dyad's trend.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TrendPoint {
    /// Year.
    pub year: i64,
    /// The combined signed tie (None when nothing links the pair that year).
    pub tie: Option<f64>,
    /// Alliance obligations that year (empty when none).
    pub alliance: Vec<Obligation>,
    /// Share of `a`'s trade that is with `b`.
    pub share_of_a: Option<f64>,
    /// Share of `b`'s trade that is with `a`.
    pub share_of_b: Option<f64>,
    /// Arms delivered a → b over the arms window ending that year (TIV).
    pub arms_a_to_b: Option<f64>,
    /// Arms delivered b → a.
    pub arms_b_to_a: Option<f64>,
}

/// The series behind a dyad-trend plot: one [`World`] per year (strict coverage: no carrying
/// forward), reduced to the pair's components.
pub fn dyad_trend(
    builder: &WorldBuilder,
    store: &realign_store::Store,
    a: &str,
    b: &str,
    years: std::ops::RangeInclusive<i64>,
    claims: &[build::ClaimInput],
) -> Result<Vec<TrendPoint>, WorldError> {
    let mut strict = builder.clone();
    strict.options.carry_forward_years = 0;
    let mut out = Vec::new();
    for y in years {
        let date = PartialDate::day(y as i32, 12, 31).unwrap_or(PartialDate::year(y as i32));
        let w = strict.build(store, date, claims)?;
        let arms = |s: &str, r: &str| w.arms.get(&(s.to_string(), r.to_string())).copied();
        out.push(TrendPoint {
            year: y,
            tie: w.tie(a, b).map(|t| t.weight),
            alliance: w.alliance(a, b).map(|t| t.obligations.clone()).unwrap_or_default(),
            share_of_a: w.trade_share(b, a),
            share_of_b: w.trade_share(a, b),
            arms_a_to_b: arms(a, b),
            arms_b_to_a: arms(b, a),
        });
    }
    Ok(out)
}
