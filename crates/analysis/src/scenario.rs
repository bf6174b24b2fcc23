//! What-if scenarios: apply changes to a World (add or remove a tie, change a quantity, add an
//! event) and diff what the analyses say before and after: which alignments flip, which triads
//! change balance, how the frustration of the signed network and the leverage rankings move.
//!
//! A scenario is data (TOML): see [`Scenario`]. Applying it is pure: the World is cloned, never
//! changed in place, and every changed fact carries a `scenario` evidence entry instead of a source.

use std::collections::{BTreeMap, BTreeSet};

use realign_core::{Obligation, Plover};
use realign_world::{pair, plover_goldstein, AllianceTie, EventScore, Evidence, TradeTie, World};

use crate::leverage::{leverage, LeverageParams};

/// A scenario file: a title, optional date, the changes, and which analyses to diff.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the scenario is.
    pub title: String,
    /// Date of the World to change (YYYY, YYYY-MM or YYYY-MM-DD); the caller's default otherwise.
    #[serde(default)]
    pub as_of: Option<String>,
    /// Analyses to diff: `ties`, `triads`, `frustration` (the exact frustration index of the World's
    /// signed network, before and after), `leverage:ISO3` (one per patron). Default: ties, triads.
    #[serde(default)]
    pub analyses: Vec<String>,
    /// Threshold on |tie weight| for a tie to count as an edge of the signed network.
    #[serde(default = "default_threshold")]
    pub threshold: f64,
    /// The changes, applied in order.
    #[serde(default, rename = "change")]
    pub changes: Vec<Change>,
}

fn default_threshold() -> f64 {
    0.1
}

/// One what-if.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Change {
    /// A new (or strengthened) alliance.
    AddAlliance {
        /// First state.
        a: String,
        /// Second state.
        b: String,
        /// Obligations (default: defense).
        #[serde(default)]
        obligations: Vec<Obligation>,
    },
    /// An alliance ends.
    RemoveAlliance {
        /// First state.
        a: String,
        /// Second state.
        b: String,
    },
    /// `partner`'s share of `of`'s trade becomes `share` (0–1).
    SetTradeShare {
        /// Trading partner.
        partner: String,
        /// Whose trade.
        of: String,
        /// New share.
        share: f64,
    },
    /// Arms deliveries (TIV) from supplier to recipient are added to the window.
    AddArms {
        /// Supplier.
        supplier: String,
        /// Recipient.
        recipient: String,
        /// TIV added.
        tiv: f64,
    },
    /// Events happen: `count` events of a PLOVER type from source to target, dated at the World's date.
    AddEvent {
        /// Who acts.
        source: String,
        /// Who is acted upon.
        target: String,
        /// PLOVER type.
        plover: Plover,
        /// How many (default 1).
        #[serde(default = "one")]
        count: u32,
    },
    /// Every tie between two states is removed (alliance, trade, arms, events).
    RemoveTies {
        /// First state.
        a: String,
        /// Second state.
        b: String,
    },
}

fn one() -> u32 {
    1
}

fn scenario_evidence(i: usize) -> Evidence {
    Evidence::Dataset { dataset: "scenario".into(), line: i as u64 + 1 }
}

/// The World with the changes applied (a new value; `world` is untouched).
pub fn apply(world: &World, changes: &[Change]) -> World {
    let mut w = world.clone();
    for (i, c) in changes.iter().enumerate() {
        let ev = scenario_evidence(i);
        match c {
            Change::AddAlliance { a, b, obligations } => {
                let key = pair(a, b);
                let obs = if obligations.is_empty() { vec![Obligation::Defense] } else { obligations.clone() };
                let t = w.alliances.entry(key.clone()).or_insert_with(|| AllianceTie {
                    a: key.0.clone(),
                    b: key.1.clone(),
                    obligations: vec![],
                    evidence: vec![],
                });
                for o in obs {
                    if !t.obligations.contains(&o) {
                        t.obligations.push(o);
                    }
                }
                t.obligations.sort();
                t.evidence.push(ev);
            }
            Change::RemoveAlliance { a, b } => {
                w.alliances.remove(&pair(a, b));
            }
            Change::SetTradeShare { partner, of, share } => {
                let key = pair(partner, of);
                let of_is_a = *of == key.0;
                let t = w.trade.entry(key).or_insert_with(|| TradeTie {
                    year: w.as_of.year as i64,
                    a_imports_from_b: None,
                    b_imports_from_a: None,
                    share_of_a: None,
                    share_of_b: None,
                    evidence: vec![],
                });
                if of_is_a {
                    t.share_of_a = Some(share.clamp(0.0, 1.0));
                } else {
                    t.share_of_b = Some(share.clamp(0.0, 1.0));
                }
                t.evidence.push(ev);
            }
            Change::AddArms { supplier, recipient, tiv } => {
                *w.arms.entry((supplier.clone(), recipient.clone())).or_default() += tiv.max(0.0);
            }
            Change::AddEvent { source, target, plover, count } => {
                let e = w
                    .events
                    .entry((source.clone(), target.clone()))
                    .or_insert_with(|| EventScore { score: 0.0, events: 0, evidence: vec![] });
                e.score += plover_goldstein(*plover) * *count as f64;
                e.events += count;
                e.evidence.push(ev);
            }
            Change::RemoveTies { a, b } => {
                let key = pair(a, b);
                w.alliances.remove(&key);
                w.trade.remove(&key);
                w.arms.remove(&(a.clone(), b.clone()));
                w.arms.remove(&(b.clone(), a.clone()));
                w.events.remove(&(a.clone(), b.clone()));
                w.events.remove(&(b.clone(), a.clone()));
                w.disputes.remove(&key);
            }
        }
    }
    w
}

/// A tie whose sign (or existence) differs between the two Worlds.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TieChange {
    /// First state.
    pub a: String,
    /// Second state.
    pub b: String,
    /// Weight before (None: no edge).
    pub before: Option<f64>,
    /// Weight after.
    pub after: Option<f64>,
    /// "flipped", "new", "gone" or "moved".
    pub change: String,
}

/// A triad whose balance differs.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TriadChange {
    /// The three states.
    pub states: [String; 3],
    /// Balanced before (None: not a closed triad before).
    pub before: Option<bool>,
    /// Balanced after.
    pub after: Option<bool>,
}

/// A leverage-ranking move.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RankChange {
    /// Patron.
    pub patron: String,
    /// State.
    pub state: String,
    /// Rank before (1 = most exposed).
    pub rank_before: usize,
    /// Rank after.
    pub rank_after: usize,
    /// Score before.
    pub score_before: f64,
    /// Score after.
    pub score_after: f64,
}

/// What changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ScenarioDiff {
    /// The scenario's title.
    pub title: String,
    /// Ties that flipped sign, appeared, disappeared or moved by more than 0.1.
    pub ties: Vec<TieChange>,
    /// Triads whose balance changed.
    pub triads: Vec<TriadChange>,
    /// Balanced / unbalanced closed triads before and after.
    pub triad_counts: ((usize, usize), (usize, usize)),
    /// Leverage rankings that moved (rank or score change > 0.01).
    pub leverage: Vec<RankChange>,
    /// Exact frustration index before and after, when asked for.
    pub frustration: Option<(usize, usize)>,
}

fn edges(w: &World, threshold: f64) -> BTreeMap<(String, String), f64> {
    w.ties(threshold).into_iter().map(|(a, b, t)| ((a, b), t.weight)).collect()
}

fn triads(e: &BTreeMap<(String, String), f64>, among: &BTreeSet<String>) -> BTreeMap<[String; 3], bool> {
    // Triads with at least one vertex among the changed states (the rest cannot change).
    let mut adj: BTreeMap<&str, BTreeMap<&str, f64>> = BTreeMap::new();
    for ((a, b), w) in e {
        adj.entry(a).or_default().insert(b, *w);
        adj.entry(b).or_default().insert(a, *w);
    }
    let mut out = BTreeMap::new();
    for x in among {
        let Some(nx) = adj.get(x.as_str()) else { continue };
        let ns: Vec<(&&str, &f64)> = nx.iter().collect();
        for i in 0..ns.len() {
            for j in i + 1..ns.len() {
                let (y, wy) = ns[i];
                let (z, wz) = ns[j];
                if let Some(wyz) = adj.get(*y).and_then(|m| m.get(*z)) {
                    let mut t = [x.clone(), y.to_string(), z.to_string()];
                    t.sort();
                    let positive = (wy > &0.0) as u8 + (wz > &0.0) as u8 + (*wyz > 0.0) as u8;
                    out.insert(t, positive == 3 || positive == 1);
                }
            }
        }
    }
    out
}

/// Closed triads of the signed network `e` (pair → weight): (balanced, unbalanced). Each triad is
/// counted once, from its two lowest-numbered vertices, without building the triads.
pub(crate) fn triad_counts(e: &BTreeMap<(String, String), f64>) -> (usize, usize) {
    let names: BTreeSet<&str> = e.keys().flat_map(|(a, b)| [a.as_str(), b.as_str()]).collect();
    let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    // Neighbours above each vertex, sorted, with the sign of the edge.
    let mut up: Vec<Vec<(usize, bool)>> = vec![Vec::new(); names.len()];
    for ((a, b), w) in e {
        let (i, j) = (index[a.as_str()], index[b.as_str()]);
        if i != j && *w != 0.0 {
            up[i.min(j)].push((i.max(j), *w > 0.0));
        }
    }
    for v in &mut up {
        v.sort_unstable();
        v.dedup_by_key(|x| x.0);
    }
    let (mut balanced, mut unbalanced) = (0, 0);
    for nx in &up {
        for (k, &(y, pxy)) in nx.iter().enumerate() {
            // z > y, a neighbour of both x and y: merge the two sorted lists.
            let (mut p, mut q) = (k + 1, 0);
            let ny = &up[y];
            while p < nx.len() && q < ny.len() {
                match nx[p].0.cmp(&ny[q].0) {
                    std::cmp::Ordering::Less => p += 1,
                    std::cmp::Ordering::Greater => q += 1,
                    std::cmp::Ordering::Equal => {
                        let positive = pxy as u8 + nx[p].1 as u8 + ny[q].1 as u8;
                        if positive == 3 || positive == 1 {
                            balanced += 1;
                        } else {
                            unbalanced += 1;
                        }
                        p += 1;
                        q += 1;
                    }
                }
            }
        }
    }
    (balanced, unbalanced)
}

/// Diffs the analyses named in the scenario between `base` and the changed World.
pub fn diff(base: &World, scenario: &Scenario) -> ScenarioDiff {
    let alt = apply(base, &scenario.changes);
    let analyses: Vec<String> =
        if scenario.analyses.is_empty() { vec!["ties".into(), "triads".into()] } else { scenario.analyses.clone() };
    let (e0, e1) = (edges(base, scenario.threshold), edges(&alt, scenario.threshold));
    let ties = crate::changes::tie_changes(&e0, &e1, 0.1);
    let mut triad_changes = Vec::new();
    let mut counts = ((0, 0), (0, 0));
    if analyses.iter().any(|a| a == "triads" || a == "balance") {
        let touched: BTreeSet<String> = ties.iter().flat_map(|t| [t.a.clone(), t.b.clone()]).collect();
        let (t0, t1) = (triads(&e0, &touched), triads(&e1, &touched));
        let keys: BTreeSet<&[String; 3]> = t0.keys().chain(t1.keys()).collect();
        for k in keys {
            let (b, a) = (t0.get(k).copied(), t1.get(k).copied());
            if b != a {
                triad_changes.push(TriadChange { states: k.clone(), before: b, after: a });
            }
        }
        counts = (triad_counts(&e0), triad_counts(&e1));
    }
    let mut lev = Vec::new();
    for a in &analyses {
        let Some(patron) = a.strip_prefix("leverage:") else { continue };
        let p = LeverageParams::default();
        let (r0, r1) = (leverage(base, patron, &p), leverage(&alt, patron, &p));
        let rank1: BTreeMap<&str, (usize, f64)> = r1.iter().enumerate().map(|(i, e)| (e.state.as_str(), (i + 1, e.score))).collect();
        for (i, e) in r0.iter().enumerate() {
            if let Some((j, s)) = rank1.get(e.state.as_str()) {
                if *j != i + 1 || (s - e.score).abs() > 0.01 {
                    lev.push(RankChange {
                        patron: patron.to_string(),
                        state: e.state.clone(),
                        rank_before: i + 1,
                        rank_after: *j,
                        score_before: e.score,
                        score_after: *s,
                    });
                }
            }
        }
    }
    let frustration = analyses.iter().any(|a| a == "frustration").then(|| {
        let f = |w: &World| {
            let g = crate::from_world::signed_graph(w, scenario.threshold);
            crate::frustration::frustration_index(&g, 1).index
        };
        (f(base), f(&alt))
    });
    ScenarioDiff { title: scenario.title.clone(), ties, triads: triad_changes, triad_counts: counts, leverage: lev, frustration }
}

impl ScenarioDiff {
    /// The diff as Markdown (for reports).
    pub fn to_markdown(&self) -> String {
        let f = |v: Option<f64>| v.map(|x| format!("{x:+.2}")).unwrap_or_else(|| "–".into());
        let b = |v: Option<bool>| match v {
            Some(true) => "balanced",
            Some(false) => "unbalanced",
            None => "–",
        };
        let mut s = format!("# Scenario: {}\n\n## Ties\n\n", self.title);
        if self.ties.is_empty() {
            s.push_str("No tie changes.\n");
        } else {
            s.push_str("| a | b | before | after | change |\n|---|---|---|---|---|\n");
            for t in &self.ties {
                s.push_str(&format!("| {} | {} | {} | {} | {} |\n", t.a, t.b, f(t.before), f(t.after), t.change));
            }
        }
        let ((b0, u0), (b1, u1)) = self.triad_counts;
        s.push_str(&format!(
            "\n## Triads\n\nBalanced/unbalanced closed triads: {b0}/{u0} before, {b1}/{u1} after.\n\n"
        ));
        if !self.triads.is_empty() {
            s.push_str("| triad | before | after |\n|---|---|---|\n");
            for t in &self.triads {
                s.push_str(&format!("| {} | {} | {} |\n", t.states.join("–"), b(t.before), b(t.after)));
            }
        }
        if let Some((a, b)) = self.frustration {
            s.push_str(&format!("\n## Frustration\n\nExact frustration index of the signed network: {a} before, {b} after.\n"));
        }
        if !self.leverage.is_empty() {
            s.push_str("\n## Leverage\n\n| patron | state | rank before | rank after | score before | score after |\n|---|---|---|---|---|---|\n");
            for r in &self.leverage {
                s.push_str(&format!(
                    "| {} | {} | {} | {} | {:.3} | {:.3} |\n",
                    r.patron, r.state, r.rank_before, r.rank_after, r.score_before, r.score_after
                ));
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use realign_core::PartialDate;
    use realign_world::{State, WorldOptions};

    fn world() -> World {
        let st = |c: &str| (c.to_string(), State { code: c.into(), ccode: None, name: c.into(), cinc: Some(0.1), evidence: vec![] });
        let ally = |a: &str, b: &str| {
            (pair(a, b), AllianceTie { a: pair(a, b).0, b: pair(a, b).1, obligations: vec![Obligation::Defense], evidence: vec![] })
        };
        let hostile = |a: &str, b: &str| {
            ((a.to_string(), b.to_string()), EventScore { score: -60.0, events: 6, evidence: vec![] })
        };
        World {
            as_of: PartialDate::year(2024),
            states: [st("KOR"), st("USA"), st("PRK"), st("RUS"), st("UKR")].into(),
            alliances: [ally("KOR", "USA"), ally("PRK", "RUS")].into(),
            trade: BTreeMap::new(),
            arms: BTreeMap::new(),
            arms_evidence: BTreeMap::new(),
            events: [hostile("PRK", "KOR"), hostile("RUS", "UKR"), hostile("KOR", "RUS")].into(),
            disputes: BTreeMap::new(),
            un_votes: None,
            options: WorldOptions::default(),
        }
    }

    #[test]
    fn parses_a_scenario_file_and_diffs_ties_and_triads() {
        let toml_text = r#"
            title = "South Korea supplies weapons to Ukraine"
            analyses = ["ties", "triads", "frustration"]
            [[change]]
            kind = "add_arms"
            supplier = "KOR"
            recipient = "UKR"
            tiv = 500
            [[change]]
            kind = "add_event"
            source = "KOR"
            target = "UKR"
            plover = "AID"
            count = 3
        "#;
        let sc: Scenario = toml::from_str(toml_text).unwrap();
        assert_eq!(sc.changes.len(), 2);
        let base = world();
        let d = diff(&base, &sc);
        let kor_ukr = d.ties.iter().find(|t| t.a == "KOR" && t.b == "UKR").expect("a new KOR–UKR tie");
        assert_eq!(kor_ukr.change, "new");
        assert!(kor_ukr.after.unwrap() > 0.0);
        // KOR+ UKR, KOR− RUS, RUS− UKR: a new balanced triad ("the enemy of my enemy").
        let t = d.triads.iter().find(|t| t.states == ["KOR".to_string(), "RUS".into(), "UKR".into()]).unwrap();
        assert_eq!((t.before, t.after), (None, Some(true)));
        assert!(d.to_markdown().contains("| KOR | UKR |"));
        // KOR−PRK? no edge; the KOR+USA, PRK+RUS, RUS−UKR, PRK−KOR, KOR−RUS network is balanced
        // before and after ({KOR, USA, UKR} against {PRK, RUS}).
        assert_eq!(d.frustration, Some((0, 0)));
        // The base World is untouched.
        assert!(base.tie("KOR", "UKR").is_none());
    }

    #[test]
    fn unknown_change_kinds_are_rejected_with_the_field() {
        let err = toml::from_str::<Scenario>("title = \"x\"\n[[change]]\nkind = \"nuke\"\n").unwrap_err().to_string();
        assert!(err.contains("nuke"), "{err}");
    }

    proptest::proptest! {
        /// The merge count agrees with checking every triple of states.
        #[test]
        fn triad_counts_agree_with_every_triple(raw in proptest::collection::vec((0u8..7, 0u8..7, -3i8..=3), 0..40)) {
            let names = ["CHN", "IND", "KOR", "PRK", "RUS", "UKR", "USA"];
            let mut e = BTreeMap::new();
            for (a, b, w) in raw {
                if a != b && w != 0 {
                    e.insert(pair(names[a as usize], names[b as usize]), f64::from(w) / 3.0);
                }
            }
            let (mut bal, mut unbal) = (0, 0);
            for i in 0..7 {
                for j in i + 1..7 {
                    for k in j + 1..7 {
                        let w = |x: usize, y: usize| e.get(&pair(names[x], names[y])).copied();
                        if let (Some(a), Some(b), Some(c)) = (w(i, j), w(j, k), w(i, k)) {
                            if a * b * c > 0.0 { bal += 1 } else { unbal += 1 }
                        }
                    }
                }
            }
            proptest::prop_assert_eq!(triad_counts(&e), (bal, unbal));
        }
    }
}
