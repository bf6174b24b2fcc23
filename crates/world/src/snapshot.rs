//! A World as JSON, and back.
//!
//! [`to_json`] is the one definition of the document `realign world --json` prints. Saved to a
//! file, that document is a versioned snapshot: besides the World it carries [`Inputs`] (every
//! dataset import and the document and claim counts of the store it was built from) and a
//! [`fingerprint`] of the World's content, so an analysis can be cited, re-run and checked: the
//! same store and date give the same fingerprint.
//!
//! [`Outline`] is what a comparison of two Worlds reads (states, alliances, combined ties, trade
//! dependence). It is taken from a World just built ([`Outline::of`]) or from a saved snapshot
//! ([`Outline::from_json`]), so a World built today can be compared with one saved before new
//! articles or a new dataset version came in.

use std::collections::BTreeMap;

use realign_core::{Obligation, PartialDate};
use serde::{Deserialize, Serialize};
use sha2::Digest as _;

use crate::{pair, World};

/// What a World was built from: the store's dataset imports and its document and claim counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inputs {
    /// Every dataset import recorded in the store, oldest first.
    pub datasets: Vec<DatasetInput>,
    /// Documents in the store.
    pub documents: usize,
    /// Claims in the store.
    pub claims: usize,
}

/// One recorded dataset import.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DatasetInput {
    /// Dataset name ("atop", "cow-trade", …).
    pub dataset: String,
    /// Its version as far as known.
    pub version: String,
    /// The file's name as given when importing.
    pub file_name: String,
    /// SHA-256 of the file (hex).
    pub sha256: String,
    /// When it was imported (UTC).
    pub imported_at: String,
    /// Filters applied while importing ("" for none).
    #[serde(default)]
    pub filters: String,
}

impl Inputs {
    /// The inputs recorded in `store`.
    pub fn of(store: &realign_store::Store) -> realign_store::Result<Inputs> {
        let datasets = store
            .dataset_imports()?
            .into_iter()
            .map(|r| DatasetInput {
                dataset: r.meta.dataset,
                version: r.meta.version,
                file_name: r.meta.file_name,
                sha256: r.meta.sha256,
                imported_at: r.imported_at,
                filters: r.meta.filters,
            })
            .collect();
        let (documents, claims, _, _) = store.claim_counts()?;
        Ok(Inputs { datasets, documents, claims })
    }
}

/// The World as the JSON document `realign world --json` prints (without `inputs` and
/// `fingerprint`, which [`snapshot`] adds).
pub fn to_json(world: &World) -> serde_json::Value {
    use serde_json::json;
    let ties: Vec<serde_json::Value> = world
        .ties(0.0)
        .into_iter()
        .map(|(a, b, t)| json!({"a": a, "b": b, "weight": t.weight, "components": t.components}))
        .collect();
    json!({
        "as_of": world.as_of,
        "states": world.states,
        "alliances": world.alliances.values().collect::<Vec<_>>(),
        "trade": world.trade.iter().map(|((a, b), t)| json!({"a": a, "b": b, "tie": t})).collect::<Vec<_>>(),
        "arms": world.arms.iter().map(|((s, r), v)| json!({"supplier": s, "recipient": r, "tiv": v, "evidence": world.arms_evidence.get(&(s.clone(), r.clone()))})).collect::<Vec<_>>(),
        "disputes": world.disputes.iter().map(|((a, b), d)| json!({"a": a, "b": b, "dispute": d})).collect::<Vec<_>>(),
        "events": world.events.iter().map(|((s, t), e)| json!({"source": s, "target": t, "score": e})).collect::<Vec<_>>(),
        "ties": ties,
        "un_votes": world.un_votes.as_ref().map(|u| json!({
            "from": u.from,
            "to": u.to,
            "roll_calls": u.roll_calls,
            "mean_agree": u.mean_agree,
            "sd_agree": u.sd_agree,
            "ideal_points": u.ideal,
            "agreement": u.agreement.iter().map(|((a, b), g)| json!({"a": a, "b": b, "agree": g.agree, "shared": g.shared, "ideal_distance": u.ideal_distance(a, b)})).collect::<Vec<_>>(),
        })),
        "options": world.options,
    })
}

/// SHA-256 (hex) of a World's JSON document, with any `inputs` and `fingerprint` keys left out:
/// two Worlds with the same content have the same fingerprint whatever store they came from.
pub fn fingerprint(doc: &serde_json::Value) -> String {
    /// Feeds what is written into the hash.
    struct Hashing(sha2::Sha256);
    impl std::io::Write for Hashing {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut h = Hashing(sha2::Sha256::new());
    // serde_json's maps are sorted (no `preserve_order`), so the text is canonical; a map of the
    // other keys writes the same text as the document without them, with no copy of it.
    let written = match doc.as_object() {
        Some(m) => {
            let content: BTreeMap<&String, &serde_json::Value> =
                m.iter().filter(|(k, _)| *k != "inputs" && *k != "fingerprint").collect();
            serde_json::to_writer(&mut h, &content)
        }
        None => serde_json::to_writer(&mut h, doc),
    };
    // (Writing into a hash cannot fail; a failure would leave a fingerprint of part of it.)
    debug_assert!(written.is_ok());
    h.0.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The full snapshot document: the World's JSON with its `inputs` and `fingerprint`.
pub fn snapshot(world: &World, inputs: &Inputs) -> serde_json::Value {
    let mut doc = to_json(world);
    let fp = fingerprint(&doc);
    if let Some(m) = doc.as_object_mut() {
        m.insert("inputs".into(), serde_json::to_value(inputs).unwrap_or(serde_json::Value::Null));
        m.insert("fingerprint".into(), serde_json::Value::String(fp));
    }
    doc
}

/// What a comparison of two Worlds reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// The World's date.
    pub as_of: PartialDate,
    /// States: code → name.
    pub states: BTreeMap<String, String>,
    /// Alliances (a < b) → obligations.
    pub alliances: BTreeMap<(String, String), Vec<Obligation>>,
    /// Combined signed ties (a < b) → weight, for every pair with a non-zero tie.
    pub ties: BTreeMap<(String, String), f64>,
    /// Trade dependence: (state, partner) → share of the state's trade that is with the partner.
    pub dependence: BTreeMap<(String, String), f64>,
    /// The store's inputs, when known (a saved snapshot has them; [`Outline::of`] a World alone
    /// cannot know them).
    pub inputs: Option<Inputs>,
    /// The World's fingerprint ([`fingerprint`]; a snapshot saved without one has none).
    pub fingerprint: Option<String>,
}

/// A snapshot file that cannot be read as a World.
#[derive(Debug, thiserror::Error)]
#[error("not a World snapshot (the JSON `realign world --json` prints): {message}")]
pub struct SnapshotError {
    /// Line of the problem (1-based; 0 when unknown).
    pub line: usize,
    /// Column.
    pub column: usize,
    /// What is wrong, naming the field when there is one, and where ("… at line 3 column 7").
    pub message: String,
}

#[derive(Deserialize)]
struct FileWorld {
    as_of: PartialDate,
    states: BTreeMap<String, FileState>,
    alliances: Vec<FileAlliance>,
    ties: Vec<FileTie>,
    trade: Vec<FileTrade>,
    #[serde(default)]
    inputs: Option<Inputs>,
    #[serde(default)]
    fingerprint: Option<String>,
}

#[derive(Deserialize)]
struct FileState {
    name: String,
}

#[derive(Deserialize)]
struct FileAlliance {
    a: String,
    b: String,
    obligations: Vec<Obligation>,
}

#[derive(Deserialize)]
struct FileTie {
    a: String,
    b: String,
    weight: f64,
}

#[derive(Deserialize)]
struct FileTrade {
    a: String,
    b: String,
    tie: FileShares,
}

#[derive(Deserialize)]
struct FileShares {
    share_of_a: Option<f64>,
    share_of_b: Option<f64>,
}

fn dependence<'a>(trade: impl Iterator<Item = (&'a str, &'a str, Option<f64>, Option<f64>)>) -> BTreeMap<(String, String), f64> {
    let mut out = BTreeMap::new();
    for (a, b, sa, sb) in trade {
        if let Some(s) = sa {
            out.insert((a.to_string(), b.to_string()), s);
        }
        if let Some(s) = sb {
            out.insert((b.to_string(), a.to_string()), s);
        }
    }
    out
}

impl Outline {
    /// The outline of a World just built, with its fingerprint.
    pub fn of(world: &World) -> Outline {
        Outline {
            as_of: world.as_of,
            states: world.states.iter().map(|(c, s)| (c.clone(), s.name.clone())).collect(),
            alliances: world.alliances.iter().map(|(k, t)| (k.clone(), t.obligations.clone())).collect(),
            ties: world.ties(0.0).into_iter().map(|(a, b, t)| ((a, b), t.weight)).collect(),
            dependence: dependence(
                world.trade.iter().map(|((a, b), t)| (a.as_str(), b.as_str(), t.share_of_a, t.share_of_b)),
            ),
            inputs: None,
            fingerprint: Some(fingerprint(&to_json(world))),
        }
    }

    /// The outline of a saved snapshot (the JSON `realign world --json` prints). Keys it does not
    /// read are ignored, so snapshots saved by older versions still load when they have the keys
    /// it reads; `inputs` and `fingerprint` are optional.
    pub fn from_json(text: &str) -> Result<Outline, SnapshotError> {
        let f: FileWorld = serde_json::from_str(text)
            .map_err(|e| SnapshotError { line: e.line(), column: e.column(), message: e.to_string() })?;
        Ok(Outline {
            as_of: f.as_of,
            states: f.states.into_iter().map(|(c, s)| (c, s.name)).collect(),
            alliances: f.alliances.into_iter().map(|t| (pair(&t.a, &t.b), t.obligations)).collect(),
            ties: f.ties.into_iter().map(|t| (pair(&t.a, &t.b), t.weight)).collect(),
            dependence: dependence(f.trade.iter().map(|t| (t.a.as_str(), t.b.as_str(), t.tie.share_of_a, t.tie.share_of_b))),
            inputs: f.inputs,
            fingerprint: f.fingerprint,
        })
    }
}
