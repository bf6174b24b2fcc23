//! Vote and coalition prediction: how will each state vote on a resolution (yes / no / abstain),
//! from how it voted before on the resolutions most like it.
//!
//! Method (documented, deterministic, no hard-coded country behaviour):
//! 1. Every earlier roll call is a *reference*, weighted by
//!    - similarity of its text to the issue's title (TF-IDF cosine over words),
//!    - alignment with the target: when the issue condemns a state (`against`), roll calls that
//!      state voted *no* on count fully, abstentions partly, the rest barely — "how does each state
//!      vote on resolutions this state opposes";
//!    - contestation: near-unanimous votes say little about who breaks ranks;
//!    - recency (half-life in years), and a large boost for roll calls the user names as similar.
//! 2. Each state's probability of each position is its weighted vote share over the references it
//!    voted on, shrunk toward its own share over all contested references that target opposed.
//! 3. The predicted position is the most probable one; the reasons list the references that
//!    weighed most and how the state voted on them.
//!
//! Only roll calls dated strictly before the issue's date are used, and the roll call being
//! predicted (if it is one) is excluded by id as well.

use std::collections::{BTreeMap, HashMap, HashSet};

/// A position on a resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    /// Yes.
    Yes,
    /// Abstain.
    Abstain,
    /// No.
    No,
}

impl Position {
    /// All three, in output order.
    pub const ALL: [Position; 3] = [Position::Yes, Position::Abstain, Position::No];
    fn index(self) -> usize {
        match self {
            Position::Yes => 0,
            Position::Abstain => 1,
            Position::No => 2,
        }
    }
    /// "yes", "abstain", "no".
    pub fn label(&self) -> &'static str {
        match self {
            Position::Yes => "yes",
            Position::Abstain => "abstain",
            Position::No => "no",
        }
    }
}

/// A past roll call.
#[derive(Debug, Clone, PartialEq)]
pub struct RollCall {
    /// Roll-call id.
    pub rcid: i64,
    /// Date, YYYY-MM-DD.
    pub date: String,
    /// Title and description.
    pub text: String,
}

/// Votes cast on past roll calls.
#[derive(Debug, Clone, Default)]
pub struct VoteHistory {
    calls: Vec<RollCall>,
    votes: HashMap<i64, HashMap<String, Position>>,
}

impl VoteHistory {
    /// From roll calls and (rcid, state, position) triples.
    pub fn new(calls: Vec<RollCall>, votes: impl IntoIterator<Item = (i64, String, Position)>) -> Self {
        let mut by: HashMap<i64, HashMap<String, Position>> = HashMap::new();
        for (rcid, s, p) in votes {
            by.entry(rcid).or_default().insert(s, p);
        }
        VoteHistory { calls, votes: by }
    }
    /// Number of roll calls.
    pub fn len(&self) -> usize {
        self.calls.len()
    }
    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.calls.is_empty()
    }
    /// The roll calls.
    pub fn calls(&self) -> &[RollCall] {
        &self.calls
    }
    /// The votes on one roll call.
    pub fn votes_on(&self, rcid: i64) -> Option<&HashMap<String, Position>> {
        self.votes.get(&rcid)
    }
}

/// What is being predicted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Issue {
    /// Date of the vote, YYYY-MM-DD: only earlier data is used.
    pub date: String,
    /// Title (e.g. "Territorial integrity of Ukraine", "condemn North Korea's troop deployment").
    pub title: String,
    /// ISO3 of the state the resolution condemns, if any.
    #[serde(default)]
    pub against: Option<String>,
    /// Past roll calls the user considers similar.
    #[serde(default)]
    pub similar_rcids: Vec<i64>,
    /// The roll call being predicted, when backtesting (never used as evidence).
    #[serde(default)]
    pub exclude_rcid: Option<i64>,
}

/// Parameters of the predictor.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PredictParams {
    /// Half-life of a reference's weight, in years.
    pub half_life_years: f64,
    /// References older than this are ignored.
    pub window_years: f64,
    /// Weight floor for text similarity (so dissimilar but aligned references still count a little).
    pub similarity_floor: f64,
    /// Exponent on text similarity (higher = trust the most similar texts more).
    pub similarity_power: f64,
    /// Weight multiplier for user-named similar roll calls.
    pub named_boost: f64,
    /// Pseudo-count of the shrinkage toward the state's general pattern.
    pub prior_strength: f64,
    /// Minimum share of no+abstain votes for a roll call to count as contested.
    pub min_dissent: f64,
    /// A state is predicted only if it voted within this many years before the date.
    pub active_years: f64,
}

impl Default for PredictParams {
    fn default() -> Self {
        PredictParams {
            half_life_years: 6.0,
            window_years: 25.0,
            similarity_floor: 0.05,
            similarity_power: 1.0,
            named_boost: 20.0,
            prior_strength: 0.5,
            min_dissent: 0.05,
            active_years: 3.0,
        }
    }
}

/// One state's predicted position.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StatePrediction {
    /// Predicted position.
    pub vote: Position,
    /// Probability of yes.
    pub p_yes: f64,
    /// Probability of abstaining.
    pub p_abstain: f64,
    /// Probability of no.
    pub p_no: f64,
    /// Why: the references that weighed most, with the state's vote on each.
    pub reasons: Vec<String>,
}

/// A reference roll call and its weight.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Reference {
    /// Roll-call id.
    pub rcid: i64,
    /// Date.
    pub date: String,
    /// Text (truncated).
    pub title: String,
    /// Weight.
    pub weight: f64,
}

/// The prediction for every state.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Prediction {
    /// Per state (ISO3).
    pub states: BTreeMap<String, StatePrediction>,
    /// The most heavily weighted references.
    pub references: Vec<Reference>,
}

const STOP: &[&str] = &[
    "the", "of", "and", "a", "an", "in", "on", "to", "for", "by", "with", "at", "as", "its", "is", "be", "or", "from",
    "that", "this", "which", "resolution", "draft", "adopted", "general", "assembly", "adopt", "vote", "whole",
    "united", "nations", "paragraph", "operative", "preambular", "amendment", "amendments", "as", "whole", "report",
    "committee", "recorded", "separate", "retain", "retention", "decision", "ga",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(|w| w.to_lowercase())
        .filter(|w| !STOP.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| {
            // Crude stemming: plural and adjectival endings.
            let w = w.strip_suffix("ian").map(|s| s.to_string()).unwrap_or(w);
            w.strip_suffix('s').filter(|s| s.len() > 3).map(|s| s.to_string()).unwrap_or(w)
        })
        .collect()
}

fn year_of(date: &str) -> f64 {
    let y: f64 = date.get(0..4).and_then(|s| s.parse().ok()).unwrap_or(0.0);
    let m: f64 = date.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(6.0);
    y + (m - 0.5) / 12.0
}

/// Predicts every active state's position on `issue` from `history` (earlier roll calls only).
pub fn predict(history: &VoteHistory, issue: &Issue, params: &PredictParams) -> Prediction {
    let now = year_of(&issue.date);
    let usable: Vec<&RollCall> = history
        .calls
        .iter()
        .filter(|c| c.date.as_str() < issue.date.as_str())
        .filter(|c| Some(c.rcid) != issue.exclude_rcid)
        .filter(|c| now - year_of(&c.date) <= params.window_years)
        .collect();

    // TF-IDF over the usable references.
    let docs: Vec<Vec<String>> = usable.iter().map(|c| words(&c.text)).collect();
    let mut df: HashMap<&str, f64> = HashMap::new();
    for d in &docs {
        let set: HashSet<&str> = d.iter().map(|s| s.as_str()).collect();
        for w in set {
            *df.entry(w).or_default() += 1.0;
        }
    }
    let n = docs.len().max(1) as f64;
    let idf = |w: &str| -> f64 { (1.0 + n / (1.0 + df.get(w).copied().unwrap_or(0.0))).ln() };
    let vec_of = |d: &[String]| -> HashMap<String, f64> {
        let mut v: HashMap<String, f64> = HashMap::new();
        for w in d {
            *v.entry(w.clone()).or_default() += 1.0;
        }
        for (w, x) in v.iter_mut() {
            *x = (1.0 + x.ln()) * idf(w);
        }
        v
    };
    let q = vec_of(&words(&issue.title));
    let qn = q.values().map(|x| x * x).sum::<f64>().sqrt();

    // Active states.
    let mut active: HashSet<&str> = HashSet::new();
    for c in &usable {
        if now - year_of(&c.date) <= params.active_years {
            if let Some(v) = history.votes.get(&c.rcid) {
                active.extend(v.keys().map(|s| s.as_str()));
            }
        }
    }

    let mut refs: Vec<(f64, &RollCall)> = Vec::new();
    let mut prior_refs: Vec<&RollCall> = Vec::new();
    for (c, d) in usable.iter().zip(&docs) {
        let Some(v) = history.votes.get(&c.rcid) else { continue };
        if v.is_empty() {
            continue;
        }
        let dissent = v.values().filter(|p| **p != Position::Yes).count() as f64 / v.len() as f64;
        if dissent < params.min_dissent {
            continue;
        }
        let align = match &issue.against {
            Some(t) => match v.get(t) {
                Some(Position::No) => 1.0,
                Some(Position::Abstain) => 0.3,
                Some(Position::Yes) => 0.02,
                None => 0.1,
            },
            None => 1.0,
        };
        if align >= 1.0 {
            prior_refs.push(c);
        }
        let dv = vec_of(d);
        let dn = dv.values().map(|x| x * x).sum::<f64>().sqrt();
        let dot: f64 = q.iter().filter_map(|(w, x)| dv.get(w).map(|y| x * y)).sum();
        let sim = if qn > 0.0 && dn > 0.0 { dot / (qn * dn) } else { 0.0 };
        let named = issue.similar_rcids.contains(&c.rcid);
        let recency = 0.5f64.powf((now - year_of(&c.date)).max(0.0) / params.half_life_years);
        let simw = if named { params.named_boost } else { params.similarity_floor + sim.powf(params.similarity_power) };
        let w = recency * align * simw;
        if w > 0.0 {
            refs.push((w, c));
        }
    }
    refs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.rcid.cmp(&b.1.rcid)));

    let mut states = BTreeMap::new();
    let mut sorted_active: Vec<&str> = active.into_iter().collect();
    sorted_active.sort_unstable();
    for s in sorted_active {
        // The state's general pattern on roll calls the target opposed (or all contested ones).
        let mut prior = [1.0f64, 1.0, 1.0];
        let pool: Box<dyn Iterator<Item = &&RollCall>> =
            if prior_refs.is_empty() { Box::new(refs.iter().map(|(_, c)| c)) } else { Box::new(prior_refs.iter()) };
        for c in pool {
            if let Some(p) = history.votes.get(&c.rcid).and_then(|v| v.get(s)) {
                prior[p.index()] += 1.0;
            }
        }
        let pt: f64 = prior.iter().sum();
        let prior = prior.map(|x| x / pt);
        let mut acc = [0.0f64; 3];
        let mut total = 0.0;
        let mut contributions: Vec<(f64, &RollCall, Position)> = Vec::new();
        for (w, c) in &refs {
            if let Some(p) = history.votes.get(&c.rcid).and_then(|v| v.get(s)) {
                acc[p.index()] += w;
                total += w;
                contributions.push((*w, c, *p));
            }
        }
        // Shrink toward the prior with strength relative to the heaviest reference's weight.
        let scale = refs.first().map(|r| r.0).unwrap_or(1.0);
        let k = params.prior_strength * scale;
        let probs: Vec<f64> = (0..3).map(|i| (acc[i] + k * prior[i]) / (total + k)).collect();
        let best = Position::ALL
            .iter()
            .copied()
            .max_by(|a, b| probs[a.index()].total_cmp(&probs[b.index()]).then(b.index().cmp(&a.index())))
            .unwrap_or(Position::Yes);
        let mut reasons: Vec<String> = contributions
            .iter()
            .take(3)
            .map(|(_, c, p)| format!("voted {} on rcid {} ({}): {}", p.label(), c.rcid, c.date, short(&c.text, 80)))
            .collect();
        if let Some(t) = &issue.against {
            reasons.push(format!(
                "on earlier roll calls {t} opposed: {:.0}% yes, {:.0}% abstain, {:.0}% no",
                prior[0] * 100.0,
                prior[1] * 100.0,
                prior[2] * 100.0
            ));
        }
        states.insert(
            s.to_string(),
            StatePrediction { vote: best, p_yes: probs[0], p_abstain: probs[1], p_no: probs[2], reasons },
        );
    }
    let references = refs
        .iter()
        .take(10)
        .map(|(w, c)| Reference { rcid: c.rcid, date: c.date.clone(), title: short(&c.text, 120), weight: *w })
        .collect();
    Prediction { states, references }
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// Accuracy of a prediction against actual votes (states that voted and were predicted), and of
/// the all-yes baseline on the same states: (accuracy, baseline, states scored).
pub fn accuracy(pred: &Prediction, actual: &HashMap<String, Position>) -> (f64, f64, usize) {
    let mut hit = 0usize;
    let mut yes = 0usize;
    let mut n = 0usize;
    for (s, a) in actual {
        if let Some(p) = pred.states.get(s) {
            n += 1;
            hit += usize::from(p.vote == *a);
            yes += usize::from(*a == Position::Yes);
        }
    }
    if n == 0 {
        (0.0, 0.0, 0)
    } else {
        (hit as f64 / n as f64, yes as f64 / n as f64, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Position::*;

    /// A small synthetic assembly: a bloc around "AAA" (the target) votes no on resolutions that
    /// condemn it, a non-aligned group abstains, everyone else votes yes.
    fn history() -> VoteHistory {
        let bloc = ["AAA", "BBB"];
        let nonaligned = ["CCC", "DDD"];
        let west = ["EEE", "FFF", "GGG", "HHH", "III", "JJJ"];
        let mut calls = Vec::new();
        let mut votes = Vec::new();
        for (i, year) in (2000..2012).enumerate() {
            let rcid = 100 + i as i64;
            calls.push(RollCall { rcid, date: format!("{year}-11-01"), text: format!("Human rights situation in region {i} occupied by AAA") });
            for s in bloc {
                votes.push((rcid, s.to_string(), No));
            }
            for s in nonaligned {
                votes.push((rcid, s.to_string(), Abstain));
            }
            for s in west {
                votes.push((rcid, s.to_string(), Yes));
            }
            // An unrelated, contested budget vote where the groups split differently.
            let rcid = 200 + i as i64;
            calls.push(RollCall { rcid, date: format!("{year}-12-01"), text: "Programme budget fisheries".into() });
            for s in bloc.iter().chain(&nonaligned) {
                votes.push((rcid, s.to_string(), Yes));
            }
            for s in west {
                votes.push((rcid, s.to_string(), No));
            }
        }
        VoteHistory::new(calls, votes)
    }

    #[test]
    fn predicts_blocs_from_votes_on_resolutions_the_target_opposed() {
        let h = history();
        let issue = Issue {
            date: "2012-03-01".into(),
            title: "Territorial integrity: region occupied by AAA".into(),
            against: Some("AAA".into()),
            similar_rcids: vec![],
            exclude_rcid: None,
        };
        let p = predict(&h, &issue, &PredictParams::default());
        assert_eq!(p.states["BBB"].vote, No);
        assert_eq!(p.states["CCC"].vote, Abstain);
        assert_eq!(p.states["EEE"].vote, Yes);
        assert!(p.states["EEE"].p_yes > 0.8);
        assert!(!p.states["BBB"].reasons.is_empty());
        let actual: HashMap<String, Position> =
            [("BBB", No), ("CCC", Abstain), ("EEE", Yes), ("FFF", Yes)].map(|(s, v)| (s.to_string(), v)).into();
        let (acc, base, n) = accuracy(&p, &actual);
        assert_eq!((acc, base, n), (1.0, 0.5, 4));
    }

    #[test]
    fn never_uses_the_vote_being_predicted_or_anything_later() {
        let mut h = history();
        // A later roll call in which everyone flips: must not influence a prediction dated before it.
        h.calls.push(RollCall { rcid: 999, date: "2013-01-01".into(), text: "region occupied by AAA".into() });
        h.votes.insert(999, ["BBB", "CCC", "EEE"].iter().map(|s| (s.to_string(), Abstain)).collect());
        let issue = Issue {
            date: "2012-03-01".into(),
            title: "region occupied by AAA".into(),
            against: Some("AAA".into()),
            similar_rcids: vec![],
            exclude_rcid: Some(111),
        };
        let p = predict(&h, &issue, &PredictParams::default());
        assert!(p.references.iter().all(|r| r.rcid != 999 && r.rcid != 111));
        assert_eq!(p.states["EEE"].vote, Yes);
    }
}
