//! Vote and coalition prediction: how will each state vote on a resolution (yes / no / abstain),
//! learned from how states voted on earlier resolutions like it.
//!
//! Method (documented, deterministic, no hard-coded country behaviour or country lists):
//!
//! 1. **Analogues.** When the issue condemns a state X (`against`), the candidate references are
//!    the earlier roll calls X voted *no* on (abstentions count half) that were adopted all the
//!    same (more yes than no; a resolution passed with many abstentions counts) and that X's usual
//!    opponents backed — "resolutions X opposed". Without a target, every earlier roll call is a
//!    candidate. Each candidate's *relevance* to a query is recency (half-life) × (floor + TF-IDF
//!    cosine of the texts), boosted for roll calls the user names as similar.
//! 2. **Features** of a state for a query (only roll calls dated before the query):
//!    its relevance-weighted shares of abstain / no on the most relevant references (shrunk
//!    toward its general pattern), its recency-weighted shares on all of X's opposed roll calls,
//!    its general propensity to break with lopsided majorities in recent sessions, its recent
//!    agreement with X, the popularity (yes share) of the most relevant references and their
//!    interactions, and how many of those references it voted on.
//! 3. **Model.** A multinomial logistic regression (yes is the reference class, L2-regularised,
//!    deterministic) is trained on *historical analogues*:
//!    each of the most relevant earlier references is itself treated as an issue, its features
//!    computed only from roll calls before it, its actual votes as labels, weighted by its
//!    relevance to the issue (Newton's method). The fitted model is then applied to the issue.
//! 4. The predicted position is the most probable one; reasons list the references that weighed
//!    most and how the state voted on them, and the feature values.
//!
//! Only roll calls dated strictly before the issue's date are used, and the roll call being
//! predicted (if it is one) is excluded by id as well. Windows are measured from the issue's date,
//! or from a year after the last roll call in the history when that is earlier (votes beyond the
//! data are predicted from the latest record, not from nothing).

use std::collections::{BTreeMap, HashMap};

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
    /// 0 for yes, 1 for abstain, 2 for no.
    pub fn index(self) -> usize {
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
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// Further roll calls never used as evidence: a backtest that hides the earlier members of a
    /// series, to see how a resolution of a new kind would have been predicted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden_rcids: Vec<i64>,
}

impl Issue {
    /// Whether roll call `rcid` may be used as evidence for this issue.
    fn usable(&self, rcid: i64) -> bool {
        Some(rcid) != self.exclude_rcid && !self.hidden_rcids.contains(&rcid)
    }
}

/// Parameters of the predictor.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PredictParams {
    /// Half-life of a reference's weight, in years.
    pub half_life_years: f64,
    /// References older than this (relative to the query) are ignored.
    pub window_years: f64,
    /// Weight floor for text similarity (so dissimilar but aligned references still count a little).
    pub similarity_floor: f64,
    /// Exponent on text similarity (higher = trust the most similar texts more).
    pub similarity_power: f64,
    /// Weight multiplier for user-named similar roll calls.
    pub named_boost: f64,
    /// Pseudo-count (in units of the mean reference weight) of the shrinkage of a state's shares
    /// on the most relevant references toward its general pattern.
    pub prior_strength: f64,
    /// Minimum share of no+abstain votes for a roll call to count as contested.
    pub min_dissent: f64,
    /// A state is predicted only if it voted within this many years before the date.
    pub active_years: f64,
    /// Number of most relevant references a state's specific shares are taken over.
    pub top_k: usize,
    /// Years of recent sessions for general dissent propensity and agreement with the target.
    pub recent_years: f64,
    /// Number of historical analogues the model is trained on (the most relevant ones).
    pub train_analogues: usize,
    /// Analogues must be at least this recent (years before the issue).
    pub train_years: f64,
    /// Number of the target's usual opponents (least agreement with it) whose support marks a
    /// roll call the target opposed as a condemnation of the target.
    pub antagonists: usize,
    /// Years before the issue over which those opponents are found.
    pub antagonist_years: f64,
    /// L2 penalty of the logistic regression.
    pub l2: f64,
    /// Maximum Newton iterations of the logistic fit.
    pub iterations: usize,
}

impl Default for PredictParams {
    fn default() -> Self {
        PredictParams {
            half_life_years: 6.0,
            window_years: 20.0,
            similarity_floor: 0.01,
            similarity_power: 1.0,
            named_boost: 20.0,
            prior_strength: 1.0,
            min_dissent: 0.05,
            active_years: 3.0,
            top_k: 12,
            recent_years: 4.0,
            train_analogues: 30,
            train_years: 15.0,
            antagonists: 10,
            antagonist_years: 8.0,
            l2: 0.001,
            iterations: 25,
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
    /// Why: the references that weighed most, with the state's vote on each, and its features.
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

/// The fitted model, for transparency.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ModelSummary {
    /// Feature names, in coefficient order.
    pub features: Vec<&'static str>,
    /// Coefficients of the abstain logit (yes = 0).
    pub abstain: Vec<f64>,
    /// Coefficients of the no logit (yes = 0).
    pub no: Vec<f64>,
    /// Historical analogues trained on.
    pub analogues: usize,
    /// Training rows (state votes).
    pub rows: usize,
    /// Whether the fitted model was used (false: too few analogues, reference shares used).
    pub fitted: bool,
}

/// The prediction for every state.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Prediction {
    /// Per state (ISO3).
    pub states: BTreeMap<String, StatePrediction>,
    /// The most heavily weighted references.
    pub references: Vec<Reference>,
    /// The model that produced the probabilities.
    pub model: ModelSummary,
}

const STOP: &[&str] = &[
    "the",
    "of",
    "and",
    "a",
    "an",
    "in",
    "on",
    "to",
    "for",
    "by",
    "with",
    "at",
    "as",
    "its",
    "is",
    "be",
    "or",
    "from",
    "that",
    "this",
    "which",
    "resolution",
    "draft",
    "adopted",
    "general",
    "assembly",
    "adopt",
    "vote",
    "whole",
    "united",
    "nations",
    "paragraph",
    "operative",
    "preambular",
    "amendment",
    "amendments",
    "report",
    "committee",
    "recorded",
    "separate",
    "retain",
    "retention",
    "decision",
    "ga",
    "whole",
    "para",
    "also",
    "all",
    "other",
];

/// The words of a roll call's text as the predictor compares them: lower case, longer than two
/// letters, no stop words or UN boilerplate ("resolution", "adopted", "paragraph"), no bare
/// numbers, plural and adjectival endings cut ("Ukrainian" and "Ukraine's" both give "ukraine"…
/// roughly). Repeated words repeat.
pub fn title_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(|w| w.to_lowercase())
        .filter(|w| !STOP.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| {
            // Crude stemming: plural and adjectival endings.
            let w = w.strip_suffix("ian").map(|s| s.to_string()).unwrap_or(w);
            w.strip_suffix('s')
                .filter(|s| s.len() > 3)
                .map(|s| s.to_string())
                .unwrap_or(w)
        })
        .collect()
}

/// A `YYYY-MM-DD` date as a decimal year (2014-03-27 → 2014.23); a missing month or day counts as
/// mid-year or mid-month.
pub fn year_of(date: &str) -> f64 {
    let y: f64 = date.get(0..4).and_then(|s| s.parse().ok()).unwrap_or(0.0);
    let m: f64 = date.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(6.0);
    let d: f64 = date.get(8..10).and_then(|s| s.parse().ok()).unwrap_or(15.0);
    y + (m - 1.0) / 12.0 + (d - 1.0) / 365.0
}

/// Names of the model's features (see the module documentation).
pub const FEATURES: [&str; 12] = [
    "intercept",
    "abstain share on most relevant references",
    "no share on most relevant references",
    "abstain share on all roll calls the target opposed",
    "no share on all roll calls the target opposed",
    "share of recent lopsided votes broken with",
    "recent agreement with the target",
    "yes share of the most relevant references",
    "popularity x specific abstain share",
    "popularity x specific no share",
    "share of the most relevant references voted on",
    "recent agreement with the majority",
];
const D: usize = FEATURES.len();
const MISSING: u8 = u8::MAX;

/// Dense, indexed view of the usable history.
struct Index<'a> {
    /// The time windows are measured from (see [`anchor`]).
    now: f64,
    calls: Vec<&'a RollCall>,
    year: Vec<f64>,
    yes_share: Vec<f64>,
    dissent: Vec<f64>,
    /// Sparse L2-normalised TF-IDF vectors, sorted by term id.
    tfidf: Vec<Vec<(u32, f64)>>,
    states: Vec<String>,
    /// votes[state * n_calls + call]
    votes: Vec<u8>,
    /// Alignment of each call with the target (0 = not a candidate reference).
    align: Vec<f64>,
    /// Aggregate (yes, abstain, no) shares over candidate references.
    global: [f64; 3],
}

impl<'a> Index<'a> {
    fn vote(&self, s: usize, c: usize) -> u8 {
        self.votes.get(s * self.calls.len() + c).copied().unwrap_or(MISSING)
    }
}

fn dot(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

struct Vocab {
    ids: HashMap<String, u32>,
    df: Vec<f64>,
    n: f64,
}

impl Vocab {
    fn vector(&self, text: &str) -> Vec<(u32, f64)> {
        let mut tf: HashMap<u32, f64> = HashMap::new();
        for w in title_words(text) {
            if let Some(&id) = self.ids.get(&w) {
                *tf.entry(id).or_default() += 1.0;
            }
        }
        let mut v: Vec<(u32, f64)> = tf
            .into_iter()
            .map(|(id, x)| {
                let df = self.df.get(id as usize).copied().unwrap_or(0.0);
                (id, (1.0 + x.ln()) * (1.0 + self.n / (1.0 + df)).ln())
            })
            .collect();
        v.sort_unstable_by_key(|x| x.0);
        let norm = v.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
        if norm > 0.0 {
            for x in &mut v {
                x.1 /= norm;
            }
        }
        v
    }
}

/// The time the windows of a query are measured from: the issue's date, but no more than a year
/// after the last roll call the history has before it. A history that ends years before the
/// issue (a dataset not yet updated) is read as the latest record, not as every state having
/// stopped voting: without this, a vote three years past the data would predict no state.
fn anchor(history: &VoteHistory, issue: &Issue) -> f64 {
    let now = year_of(&issue.date);
    let last = history
        .calls
        .iter()
        .filter(|c| c.date.as_str() < issue.date.as_str() && issue.usable(c.rcid))
        .filter(|c| history.votes.get(&c.rcid).is_some_and(|v| !v.is_empty()))
        .map(|c| year_of(&c.date))
        .fold(f64::NEG_INFINITY, f64::max);
    if last.is_finite() {
        now.min(last + 1.0)
    } else {
        now
    }
}

fn build_index<'a>(history: &'a VoteHistory, issue: &Issue, params: &PredictParams) -> (Index<'a>, Vocab) {
    let now = anchor(history, issue);
    // Features of training analogues look back a further window before them.
    let horizon = params.window_years + params.train_years;
    let mut calls: Vec<&RollCall> = history
        .calls
        .iter()
        .filter(|c| c.date.as_str() < issue.date.as_str())
        .filter(|c| issue.usable(c.rcid))
        .filter(|c| now - year_of(&c.date) <= horizon)
        .filter(|c| history.votes.get(&c.rcid).is_some_and(|v| !v.is_empty()))
        .collect();
    calls.sort_by(|a, b| a.date.cmp(&b.date).then(a.rcid.cmp(&b.rcid)));
    let docs: Vec<Vec<String>> = calls.iter().map(|c| title_words(&c.text)).collect();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut df: Vec<f64> = Vec::new();
    for d in &docs {
        let mut seen: Vec<u32> = Vec::new();
        for w in d {
            let next = ids.len() as u32;
            let id = *ids.entry(w.clone()).or_insert(next);
            if id as usize >= df.len() {
                df.push(0.0);
            }
            if !seen.contains(&id) {
                seen.push(id);
                if let Some(x) = df.get_mut(id as usize) {
                    *x += 1.0;
                }
            }
        }
    }
    let vocab = Vocab {
        ids,
        df,
        n: docs.len().max(1) as f64,
    };
    let tfidf: Vec<Vec<(u32, f64)>> = calls.iter().map(|c| vocab.vector(&c.text)).collect();

    let mut state_ids: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &calls {
        if let Some(v) = history.votes.get(&c.rcid) {
            for s in v.keys() {
                let n = state_ids.len();
                state_ids.entry(s.as_str()).or_insert(n);
            }
        }
    }
    // Re-number in sorted order for determinism.
    let states: Vec<String> = state_ids.keys().map(|s| s.to_string()).collect();
    let sidx: HashMap<&str, usize> = states.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect();
    let nc = calls.len();
    let mut votes = vec![MISSING; states.len() * nc];
    let mut year = Vec::with_capacity(nc);
    let mut yes_share = Vec::with_capacity(nc);
    let mut dissent = Vec::with_capacity(nc);
    let mut align = Vec::with_capacity(nc);
    // Adopted: more yes than no (abstentions do not count against a resolution).
    let mut adopted = Vec::with_capacity(nc);
    let target = issue.against.as_deref().and_then(|t| sidx.get(t).copied());
    for (ci, c) in calls.iter().enumerate() {
        year.push(year_of(&c.date));
        let mut counts = [0.0f64; 3];
        if let Some(v) = history.votes.get(&c.rcid) {
            for (s, p) in v {
                if let Some(&si) = sidx.get(s.as_str()) {
                    if let Some(slot) = votes.get_mut(si * nc + ci) {
                        *slot = p.index() as u8;
                    }
                    counts[p.index()] += 1.0;
                }
            }
        }
        let total: f64 = counts.iter().sum::<f64>().max(1.0);
        let ys = counts[0] / total;
        yes_share.push(ys);
        adopted.push(counts[0] > counts[2]);
        dissent.push(1.0 - ys);
    }
    let antagonists = target
        .map(|t| antagonists(&votes, nc, states.len(), t, &year, &dissent, now, params))
        .unwrap_or_default();
    for ci in 0..nc {
        let passed = adopted[ci];
        // How many of the target's usual opponents backed this roll call: separates condemnations
        // of the target from votes where the target and its opponents dissent together.
        let opp = {
            let (mut yes, mut n) = (0.0, 0.0);
            for &a in &antagonists {
                match votes.get(a * nc + ci).copied() {
                    Some(0) => {
                        yes += 1.0;
                        n += 1.0;
                    }
                    Some(1 | 2) => n += 1.0,
                    _ => {}
                }
            }
            if n > 0.0 {
                yes / n
            } else {
                0.0
            }
        };
        let a = match (issue.against.as_ref(), target) {
            (Some(_), Some(t)) => match votes.get(t * nc + ci).copied() {
                Some(2) if passed => opp * opp,
                Some(1) if passed => 0.5 * opp * opp,
                _ => 0.0,
            },
            (Some(_), None) => 0.0,
            // Without a target every earlier roll call is a candidate: a resolution voted on
            // every year is best predicted by its last votes, lopsided or not.
            (None, _) => 1.0,
        };
        align.push(a);
    }
    // A target that opposed (almost) nothing: fall back to every roll call, as without a target.
    if align.iter().filter(|a| **a > 0.0).count() < 5 {
        align.iter_mut().for_each(|a| *a = 1.0);
    }
    // Aggregate shares over the candidates, each vote weighted by its roll call's alignment.
    let mut global = [0.0f64; 3];
    for (ci, &a) in align.iter().enumerate().filter(|(_, a)| **a > 0.0) {
        for s in 0..states.len() {
            if let Some(g) = votes.get(s * nc + ci).and_then(|&v| global.get_mut(v as usize)) {
                *g += a;
            }
        }
    }
    let gt: f64 = global.iter().sum();
    let global = if gt > 0.0 {
        global.map(|x| x / gt)
    } else {
        [0.8, 0.15, 0.05]
    };
    let idx = Index {
        now,
        calls,
        year,
        yes_share,
        dissent,
        tfidf,
        states,
        votes,
        align,
        global,
    };
    (idx, vocab)
}

/// The target's usual opponents: the states that agreed least with it on contested roll calls in
/// the `antagonist_years` before the issue (at least 30 shared votes), `antagonists` of them.
#[allow(clippy::too_many_arguments)]
fn antagonists(
    votes: &[u8],
    nc: usize,
    ns: usize,
    t: usize,
    year: &[f64],
    dissent: &[f64],
    now: f64,
    params: &PredictParams,
) -> Vec<usize> {
    let mut agree: Vec<(f64, usize)> = Vec::new();
    for s in 0..ns {
        if s == t {
            continue;
        }
        let (mut same, mut n) = (0.0, 0.0);
        for c in 0..nc {
            if now - year[c] > params.antagonist_years || dissent[c] < params.min_dissent {
                continue;
            }
            let (Some(&a), Some(&b)) = (votes.get(s * nc + c), votes.get(t * nc + c)) else {
                continue;
            };
            if a == MISSING || b == MISSING {
                continue;
            }
            n += 1.0;
            same += f64::from(a == b);
        }
        if n >= 30.0 {
            agree.push((same / n, s));
        }
    }
    agree.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    agree.into_iter().take(params.antagonists).map(|x| x.1).collect()
}

/// A query: predict votes on a text at a time, from candidate references before it.
struct Query<'q> {
    year: f64,
    /// Only calls with index < `before` are usable.
    before: usize,
    vector: &'q [(u32, f64)],
    named: &'q [i64],
}

/// Per-query data shared by all states.
struct QueryData {
    /// (call index, relevance), most relevant first, top_k of them.
    top: Vec<(usize, f64)>,
    /// (call index, recency weight) of all candidate references.
    all: Vec<(usize, f64)>,
    /// Indices of recent contested, lopsided calls.
    recent: Vec<usize>,
    popularity: f64,
}

fn query_data(idx: &Index, q: &Query, params: &PredictParams) -> QueryData {
    let mut rel: Vec<(usize, f64)> = Vec::new();
    let mut all = Vec::new();
    let mut recent = Vec::new();
    for ci in 0..q.before.min(idx.calls.len()) {
        let age = q.year - idx.year[ci];
        if age < 0.0 || age > params.window_years {
            continue;
        }
        if age <= params.recent_years && idx.dissent[ci] >= params.min_dissent && idx.yes_share[ci] >= 0.5 {
            recent.push(ci);
        }
        let a = idx.align[ci];
        if a <= 0.0 {
            continue;
        }
        let recency = 0.5f64.powf(age / params.half_life_years);
        all.push((ci, recency * a));
        let sim = dot(q.vector, &idx.tfidf[ci]).max(0.0);
        let simw = if q.named.contains(&idx.calls[ci].rcid) {
            params.named_boost
        } else {
            params.similarity_floor + sim.powf(params.similarity_power)
        };
        rel.push((ci, recency * a * simw));
    }
    rel.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0)));
    rel.truncate(params.top_k);
    let wsum: f64 = rel.iter().map(|r| r.1).sum();
    let popularity = if wsum > 0.0 {
        rel.iter().map(|(c, w)| w * idx.yes_share[*c]).sum::<f64>() / wsum
    } else {
        0.5
    };
    QueryData {
        top: rel,
        all,
        recent,
        popularity,
    }
}

fn shares(idx: &Index, s: usize, refs: &[(usize, f64)], prior: [f64; 3], k: f64) -> ([f64; 3], f64) {
    let mut acc = [0.0f64; 3];
    let mut total = 0.0;
    for (c, w) in refs {
        let v = idx.vote(s, *c);
        if v != MISSING {
            acc[v as usize] += w;
            total += w;
        }
    }
    let out = [0, 1, 2].map(|i| (acc[i] + k * prior[i]) / (total + k));
    (out, total)
}

fn features(idx: &Index, qd: &QueryData, target: Option<usize>, s: usize, params: &PredictParams) -> [f64; D] {
    let mean_all = if qd.all.is_empty() {
        1.0
    } else {
        qd.all.iter().map(|x| x.1).sum::<f64>() / qd.all.len() as f64
    };
    let (general, _) = shares(idx, s, &qd.all, idx.global, 2.0 * mean_all);
    let mean_top = if qd.top.is_empty() {
        1.0
    } else {
        qd.top.iter().map(|x| x.1).sum::<f64>() / qd.top.len() as f64
    };
    let (specific, _) = shares(idx, s, &qd.top, general, params.prior_strength * mean_top);
    let voted = qd.top.iter().filter(|(c, _)| idx.vote(s, *c) != MISSING).count() as f64 / qd.top.len().max(1) as f64;
    let (mut broke, mut n_recent) = (0.0, 0.0);
    let (mut agree_t, mut n_t) = (0.0, 0.0);
    for &c in &qd.recent {
        let v = idx.vote(s, c);
        if v == MISSING {
            continue;
        }
        n_recent += 1.0;
        broke += f64::from(v != 0);
        if let Some(t) = target {
            let tv = idx.vote(t, c);
            if tv != MISSING {
                n_t += 1.0;
                agree_t += f64::from(tv == v);
            }
        }
    }
    let broke = (broke + 0.2) / (n_recent + 1.0);
    let majority = 1.0 - broke;
    let agree_t = if target.is_some() {
        (agree_t + 0.5) / (n_t + 1.0)
    } else {
        0.5
    };
    let pop = qd.popularity;
    [
        1.0,
        specific[1],
        specific[2],
        general[1],
        general[2],
        broke,
        agree_t,
        pop,
        pop * specific[1],
        pop * specific[2],
        voted,
        majority,
    ]
}

fn softmax(w: &[[f64; D]; 2], x: &[f64; D]) -> [f64; 3] {
    let za: f64 = w[0].iter().zip(x).map(|(a, b)| a * b).sum();
    let zn: f64 = w[1].iter().zip(x).map(|(a, b)| a * b).sum();
    let m = za.max(zn).max(0.0);
    let (ey, ea, en) = ((-m).exp(), (za - m).exp(), (zn - m).exp());
    let t = ey + ea + en;
    [ey / t, ea / t, en / t]
}

/// Fits the multinomial logistic regression (weighted rows, L2 penalty) by Newton's method.
fn fit(rows: &[([f64; D], usize, f64)], params: &PredictParams) -> [[f64; D]; 2] {
    const P: usize = 2 * D;
    let mut w = [[0.0f64; D]; 2];
    let wt: f64 = rows.iter().map(|r| r.2).sum();
    if wt <= 0.0 {
        return w;
    }
    for _ in 0..params.iterations {
        let mut g = [0.0f64; P];
        let mut h = [[0.0f64; P]; P];
        for (x, y, rw) in rows {
            let rw = rw / wt;
            let p = softmax(&w, x);
            for k in 0..2 {
                let err = p[k + 1] - f64::from(*y == k + 1);
                for j in 0..D {
                    g[k * D + j] += rw * err * x[j];
                }
                for l in 0..2 {
                    let c = rw * p[k + 1] * (f64::from(k == l) - p[l + 1]);
                    for i in 0..D {
                        let ci = c * x[i];
                        for j in 0..D {
                            h[k * D + i][l * D + j] += ci * x[j];
                        }
                    }
                }
            }
        }
        for k in 0..2 {
            for j in 0..D {
                let lam = if j == 0 { 1e-6 } else { params.l2 };
                g[k * D + j] += lam * w[k][j];
                h[k * D + j][k * D + j] += lam;
            }
        }
        let Some(step) = solve(h, g) else { break };
        let mut change = 0.0f64;
        for k in 0..2 {
            for j in 0..D {
                let d = step[k * D + j].clamp(-5.0, 5.0);
                w[k][j] -= d;
                change = change.max(d.abs());
            }
        }
        if change < 1e-7 {
            break;
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting; None when singular.
fn solve<const N: usize>(mut a: [[f64; N]; N], mut b: [f64; N]) -> Option<[f64; N]> {
    for col in 0..N {
        let piv = (col..N).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[piv][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, piv);
        b.swap(col, piv);
        for r in col + 1..N {
            let f = a[r][col] / a[col][col];
            if f != 0.0 {
                for c in col..N {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
    }
    let mut x = [0.0f64; N];
    for r in (0..N).rev() {
        let s: f64 = (r + 1..N).map(|c| a[r][c] * x[c]).sum();
        x[r] = (b[r] - s) / a[r][r];
    }
    Some(x)
}

/// Predicts every active state's position on `issue` from `history` (earlier roll calls only).
pub fn predict(history: &VoteHistory, issue: &Issue, params: &PredictParams) -> Prediction {
    let (idx, vocab) = build_index(history, issue, params);
    let now = idx.now;
    let nc = idx.calls.len();
    let target = issue
        .against
        .as_deref()
        .and_then(|t| idx.states.iter().position(|s| s == t));
    let qv = vocab.vector(&issue.title);
    let q = Query {
        year: now,
        before: nc,
        vector: &qv,
        named: &issue.similar_rcids,
    };
    let qd = query_data(&idx, &q, params);

    // Training analogues: the most relevant candidate references within `train_years`, each
    // treated as an issue with only the data before it.
    let mut cands: Vec<(usize, f64)> = Vec::new();
    for ci in 0..nc {
        let age = now - idx.year[ci];
        if idx.align[ci] <= 0.0 || age > params.train_years {
            continue;
        }
        let sim = dot(&qv, &idx.tfidf[ci]).max(0.0);
        let recency = 0.5f64.powf(age / params.half_life_years);
        let named = if issue.similar_rcids.contains(&idx.calls[ci].rcid) {
            params.named_boost
        } else {
            1.0
        };
        cands.push((ci, recency * named * (params.similarity_floor + sim) * idx.align[ci]));
    }
    cands.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0)));
    cands.truncate(params.train_analogues);
    let mut rows: Vec<([f64; D], usize, f64)> = Vec::new();
    let mut analogues = 0usize;
    for &(ci, weight) in &cands {
        let tq = Query {
            year: idx.year[ci],
            before: ci,
            vector: &idx.tfidf[ci],
            named: &[],
        };
        // Calls on the same day before it in order are allowed only if strictly earlier dates.
        let first_same_day = (0..ci)
            .rev()
            .take_while(|&j| idx.calls[j].date == idx.calls[ci].date)
            .count();
        let tq = Query {
            before: ci - first_same_day,
            ..tq
        };
        let tqd = query_data(&idx, &tq, params);
        if tqd.top.is_empty() {
            continue;
        }
        analogues += 1;
        let voters = (0..idx.states.len())
            .filter(|&s| idx.vote(s, ci) != MISSING)
            .count()
            .max(1) as f64;
        for s in 0..idx.states.len() {
            let v = idx.vote(s, ci);
            if v == MISSING || Some(s) == target {
                continue;
            }
            rows.push((features(&idx, &tqd, target, s, params), v as usize, weight / voters));
        }
    }
    let fitted = analogues >= 5 && rows.len() >= 50;
    let w = if fitted { fit(&rows, params) } else { [[0.0; D]; 2] };

    // Active states.
    let mut states = BTreeMap::new();
    for (s, name) in idx.states.iter().enumerate() {
        let active = (0..nc)
            .rev()
            .take_while(|&c| now - idx.year[c] <= params.active_years)
            .any(|c| idx.vote(s, c) != MISSING);
        if !active {
            continue;
        }
        let x = features(&idx, &qd, target, s, params);
        let probs = if Some(s) == target {
            // The condemned state opposes; its record on the most relevant references decides no vs abstain.
            let (g, _) = shares(&idx, s, &qd.top, [0.0, 0.3, 0.7], 1.0);
            [0.0, g[1], g[2] + g[0]]
        } else if fitted {
            softmax(&w, &x)
        } else {
            [1.0 - x[1] - x[2], x[1], x[2]]
        };
        let best = Position::ALL
            .iter()
            .copied()
            .max_by(|a, b| {
                probs[a.index()]
                    .total_cmp(&probs[b.index()])
                    .then(b.index().cmp(&a.index()))
            })
            .unwrap_or(Position::Yes);
        let mut reasons: Vec<String> = qd
            .top
            .iter()
            .filter_map(|&(c, _)| {
                let v = idx.vote(s, c);
                let p = Position::ALL.get(v as usize)?;
                let call = idx.calls[c];
                Some(format!(
                    "voted {} on rcid {} ({}): {}",
                    p.label(),
                    call.rcid,
                    call.date,
                    short(&call.text, 80)
                ))
            })
            .take(3)
            .collect();
        reasons.push(format!(
            "on the most relevant references: {:.0}% abstain, {:.0}% no; broke with {:.0}% of recent lopsided votes{}",
            x[1] * 100.0,
            x[2] * 100.0,
            x[5] * 100.0,
            issue
                .against
                .as_deref()
                .map(|t| format!("; agreed with {t} on {:.0}% of them", x[6] * 100.0))
                .unwrap_or_default()
        ));
        states.insert(
            name.clone(),
            StatePrediction {
                vote: best,
                p_yes: probs[0],
                p_abstain: probs[1],
                p_no: probs[2],
                reasons,
            },
        );
    }
    let references = qd
        .top
        .iter()
        .take(10)
        .map(|&(c, w)| {
            let call = idx.calls[c];
            Reference {
                rcid: call.rcid,
                date: call.date.clone(),
                title: short(&call.text, 120),
                weight: w,
            }
        })
        .collect();
    let model = ModelSummary {
        features: FEATURES.to_vec(),
        abstain: w[0].to_vec(),
        no: w[1].to_vec(),
        analogues,
        rows: rows.len(),
        fitted,
    };
    Prediction {
        states,
        references,
        model,
    }
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

/// Confusion matrix of a prediction: `m[actual][predicted]`, indexed yes, abstain, no, over the
/// states that voted and were predicted.
pub fn confusion(pred: &Prediction, actual: &HashMap<String, Position>) -> [[usize; 3]; 3] {
    let mut m = [[0usize; 3]; 3];
    for (s, a) in actual {
        if let Some(p) = pred.states.get(s) {
            m[a.index()][p.vote.index()] += 1;
        }
    }
    m
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
            calls.push(RollCall {
                rcid,
                date: format!("{year}-11-01"),
                text: format!("Human rights situation in region {i} occupied by AAA"),
            });
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
            calls.push(RollCall {
                rcid,
                date: format!("{year}-12-01"),
                text: "Programme budget fisheries".into(),
            });
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
            ..Default::default()
        };
        let p = predict(&h, &issue, &PredictParams::default());
        assert_eq!(p.states["BBB"].vote, No);
        assert_eq!(p.states["CCC"].vote, Abstain);
        assert_eq!(p.states["EEE"].vote, Yes);
        assert!(p.states["EEE"].p_yes > 0.8);
        assert!(!p.states["BBB"].reasons.is_empty());
        let actual: HashMap<String, Position> = [("BBB", No), ("CCC", Abstain), ("EEE", Yes), ("FFF", Yes)]
            .map(|(s, v)| (s.to_string(), v))
            .into();
        let (acc, base, n) = accuracy(&p, &actual);
        assert_eq!((acc, base, n), (1.0, 0.5, 4));
        assert_eq!(confusion(&p, &actual), [[2, 0, 0], [0, 1, 0], [0, 0, 1]]);
        // Trained on the earlier condemnations as analogues, not the fallback.
        assert!(p.model.fitted, "{:?}", p.model);
        assert!(p.model.analogues >= 5);
        // The condemned state opposes.
        assert_eq!(p.states["AAA"].vote, No);
    }

    #[test]
    fn popular_analogues_pull_habitual_abstainers_to_yes() {
        // Two kinds of resolutions AAA opposes: "human rights" ones where the non-aligned abstain,
        // and "aggression" ones where they vote yes. The text decides which analogues count.
        let mut calls = Vec::new();
        let mut votes = Vec::new();
        let states = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH"];
        for (i, year) in (2000..2014).enumerate() {
            for (k, topic) in ["human rights situation", "aggression territorial integrity"]
                .iter()
                .enumerate()
            {
                let rcid = 100 * (k as i64 + 1) + i as i64;
                calls.push(RollCall {
                    rcid,
                    date: format!("{year}-0{}-01", 3 + 4 * k),
                    text: format!("{topic} in region {i}"),
                });
                for s in states {
                    let p = match (s, k) {
                        ("AAA" | "BBB", _) => No,
                        ("CCC" | "DDD", 0) => Abstain,
                        _ => Yes,
                    };
                    votes.push((rcid, s.to_string(), p));
                }
            }
        }
        let h = VoteHistory::new(calls, votes);
        let ask = |title: &str| {
            let issue = Issue {
                date: "2014-12-01".into(),
                title: title.into(),
                against: Some("AAA".into()),
                similar_rcids: vec![],
                exclude_rcid: None,
                ..Default::default()
            };
            predict(&h, &issue, &PredictParams::default())
        };
        let p = ask("aggression against region and territorial integrity");
        assert_eq!(p.states["CCC"].vote, Yes);
        assert_eq!(p.states["BBB"].vote, No);
        let p = ask("human rights situation in region");
        assert_eq!(p.states["CCC"].vote, Abstain);
        assert_eq!(p.states["EEE"].vote, Yes);
        let total = p.states["DDD"].p_yes + p.states["DDD"].p_abstain + p.states["DDD"].p_no;
        assert!((total - 1.0).abs() < 1e-9);
    }

    #[test]
    fn annual_lopsided_resolutions_are_references_too() {
        // A resolution put to the vote every year and carried by nearly everyone (AAA and BBB
        // alone against), beside contested human-rights votes on AAA where CCC and DDD abstain.
        // Next year's vote on the annual text is predicted from its own past votes (CCC yes), with
        // or without naming AAA as the target.
        let mut calls = Vec::new();
        let mut votes = Vec::new();
        let others: Vec<String> = (0..44).map(|i| format!("S{i:02}")).collect();
        for (i, year) in (2000..2012).enumerate() {
            let rcid = 100 + i as i64;
            calls.push(RollCall {
                rcid,
                date: format!("{year}-10-25"),
                text: "Necessity of ending the embargo imposed by AAA against ZZZ".into(),
            });
            for s in ["AAA", "BBB"] {
                votes.push((rcid, s.to_string(), No));
            }
            for s in others.iter().map(String::as_str).chain(["CCC", "DDD", "ZZZ"]) {
                votes.push((rcid, s.to_string(), Yes));
            }
            let rcid = 200 + i as i64;
            calls.push(RollCall {
                rcid,
                date: format!("{year}-12-10"),
                text: format!("Situation of human rights in AAA, report {i}"),
            });
            for s in ["AAA", "BBB", "ZZZ"] {
                votes.push((rcid, s.to_string(), No));
            }
            for s in ["CCC", "DDD"] {
                votes.push((rcid, s.to_string(), Abstain));
            }
            for s in &others {
                votes.push((rcid, s.clone(), Yes));
            }
        }
        let h = VoteHistory::new(calls, votes);
        for against in [None, Some("AAA".to_string())] {
            let issue = Issue {
                date: "2012-10-25".into(),
                title: "Necessity of ending the embargo imposed by AAA against ZZZ".into(),
                against: against.clone(),
                similar_rcids: vec![],
                exclude_rcid: None,
                ..Default::default()
            };
            let p = predict(&h, &issue, &PredictParams::default());
            assert_eq!(p.states["CCC"].vote, Yes, "against {against:?}: {:?}", p.states["CCC"]);
            assert_eq!(p.states["ZZZ"].vote, Yes, "against {against:?}");
            assert_eq!(p.states["BBB"].vote, No, "against {against:?}");
            assert!(p.references.first().is_some_and(|r| r.rcid < 200), "{:?}", p.references);
        }
    }

    #[test]
    fn empty_history_and_unknown_target_do_not_panic() {
        let issue = Issue {
            date: "2014-12-01".into(),
            title: "anything".into(),
            against: Some("ZZZ".into()),
            similar_rcids: vec![],
            exclude_rcid: None,
            ..Default::default()
        };
        let p = predict(&VoteHistory::default(), &issue, &PredictParams::default());
        assert!(p.states.is_empty());
        let p = predict(&history(), &issue, &PredictParams::default());
        // Falls back to every roll call; every active state gets a distribution.
        assert!(!p.states.is_empty());
        for s in p.states.values() {
            assert!((s.p_yes + s.p_abstain + s.p_no - 1.0).abs() < 1e-9);
        }
    }

    #[test]
    fn never_uses_the_vote_being_predicted_or_anything_later() {
        let mut h = history();
        // A later roll call in which everyone flips: must not influence a prediction dated before it.
        h.calls.push(RollCall {
            rcid: 999,
            date: "2013-01-01".into(),
            text: "region occupied by AAA".into(),
        });
        h.votes.insert(
            999,
            ["BBB", "CCC", "EEE"].iter().map(|s| (s.to_string(), Abstain)).collect(),
        );
        let issue = Issue {
            date: "2012-03-01".into(),
            title: "region occupied by AAA".into(),
            against: Some("AAA".into()),
            similar_rcids: vec![],
            exclude_rcid: Some(111),
            ..Default::default()
        };
        let p = predict(&h, &issue, &PredictParams::default());
        assert!(p.references.iter().all(|r| r.rcid != 999 && r.rcid != 111));
        assert_eq!(p.states["EEE"].vote, Yes);
    }

    /// Condemnations of AAA that pass with more abstentions than yes votes (yes < half of those
    /// voting, but more yes than no), lopsided disarmament votes AAA also loses, and budget votes
    /// that give AAA its usual opponents.
    fn plurality_history() -> VoteHistory {
        let bloc = ["AAA", "BBB"];
        let abstainers = ["CCC", "DDD", "KKK", "LLL", "MMM"];
        let west = ["EEE", "FFF", "GGG", "HHH"];
        let mut calls = Vec::new();
        let mut votes = Vec::new();
        for (i, year) in (2004..2016).enumerate() {
            let i = i as i64;
            let mut call = |rcid: i64, month: u32, text: String, vote: &dyn Fn(&str) -> Position| {
                calls.push(RollCall {
                    rcid,
                    date: format!("{year}-{month:02}-01"),
                    text,
                });
                for s in bloc.iter().chain(&abstainers).chain(&west) {
                    votes.push((rcid, s.to_string(), vote(s)));
                }
            };
            call(100 + i, 11, format!("Situation of human rights in the province of Xland {i}"), &|s| {
                if bloc.contains(&s) {
                    No
                } else if abstainers.contains(&s) {
                    Abstain
                } else {
                    Yes
                }
            });
            call(200 + i, 10, format!("Treaty banning cluster munitions, meeting {i}"), &|s| {
                if bloc.contains(&s) {
                    No
                } else {
                    Yes
                }
            });
            for k in 0..3 {
                call(300 + 10 * i + k, 4 + k as u32, format!("Programme budget section {k}"), &|s| {
                    if west.contains(&s) {
                        No
                    } else {
                        Yes
                    }
                });
            }
        }
        VoteHistory::new(calls, votes)
    }

    #[test]
    fn condemnations_adopted_with_many_abstentions_are_references() {
        // The earlier human-rights resolutions on AAA passed 4-2 with 5 abstaining: they are the
        // best guide to the next one, not the disarmament votes everyone but AAA's bloc backed.
        let issue = Issue {
            date: "2016-11-20".into(),
            title: "Situation of human rights in the province of Xland".into(),
            against: Some("AAA".into()),
            ..Default::default()
        };
        let p = predict(&plurality_history(), &issue, &PredictParams::default());
        assert!(p.references.iter().take(3).all(|r| r.title.contains("human rights")), "{:?}", p.references);
        for s in ["CCC", "DDD", "KKK"] {
            assert_eq!(p.states[s].vote, Abstain, "{s}: {:?}", p.states[s]);
        }
        assert_eq!(p.states["BBB"].vote, No);
        assert_eq!(p.states["EEE"].vote, Yes);
    }

    #[test]
    fn votes_years_after_the_data_ends_are_still_predicted() {
        // The history ends in 2011; a vote in 2016 is predicted from the latest record.
        let issue = Issue {
            date: "2016-03-01".into(),
            title: "Territorial integrity: region occupied by AAA".into(),
            against: Some("AAA".into()),
            ..Default::default()
        };
        let p = predict(&history(), &issue, &PredictParams::default());
        assert_eq!(p.states.len(), 10, "{:?}", p.states.keys());
        assert_eq!(p.states["BBB"].vote, No);
        assert_eq!(p.states["CCC"].vote, Abstain);
        assert_eq!(p.states["EEE"].vote, Yes);
    }

    #[test]
    fn hidden_roll_calls_are_not_evidence() {
        let h = history();
        let hidden: Vec<i64> = h.calls().iter().map(|c| c.rcid).filter(|r| (100..200).contains(r)).collect();
        let issue = Issue {
            date: "2012-03-01".into(),
            title: "Human rights situation in region occupied by AAA".into(),
            against: Some("AAA".into()),
            hidden_rcids: hidden.clone(),
            ..Default::default()
        };
        let p = predict(&h, &issue, &PredictParams::default());
        assert!(p.references.iter().all(|r| !hidden.contains(&r.rcid)), "{:?}", p.references);
    }
}
