//! Scoring the reader against gold files.
//!
//! Two gold formats, told apart by content ([`parse_gold`]):
//! - **claim gold** (JSON Lines, one hand-coded claim per line: `id`, `doc`, `kind`, `evidence` and
//!   kind-specific fields), scored with [`score_claims`] against what the store holds for the gold's
//!   documents (matched by the name each document was ingested under);
//! - **PLOVER gold standard** (a JSON array of coded sentences; PLOVER 0.5b1 labels mapped with
//!   [`Plover::from_label`]: DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT; the
//!   `DOCUMENT` record is not scored), scored with [`score_plover`] by coding each sentence alone.
//!
//! Pure library: it parses strings it is given and scores values it is given; reading files, opening
//! the store and running the reader are the caller's business.
//!
//! Matching rules (claim gold): a gold claim is recalled when a stored claim from the same document has
//! the same kind (and PLOVER type and negation for events), actors matching the gold lists (any listed
//! actor counts; every gold party must be among an alliance's parties, order ignored), values within 1%
//! where the gold has one, and an evidence span overlapping the gold `evidence` substring. Cross-document
//! kinds (`conflict`, `corroboration`) are recalled when the store flags the same pair of documents.
//! Labels that are neither actors nor values (an alliance's `obligation`, a stance's `stance`, a
//! dependence's `sphere`) do not count there, as `shared/README.md` defines the figures; the
//! `strict_recall` and `strict_precision` figures require them to match as well (same words, case
//! and typography aside).
//!
//! Actor codes are compared exactly, except that the gold code `IGO` (used by the PLOVER gold standard
//! for any intergovernmental organisation) matches any actor of kind IGO, and an organ or mission
//! matches the organisation it belongs to (the gazetteer's "part of": `UNSC` is `UNO`, `EUC` is `EU`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use realign_core::{ActorKind, ActorRef, Claim, ClaimBody, EventClaim, Obligation, Plover, Span};
use serde::Serialize;
use serde_json::Value;

/// Why a gold file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file is empty or only whitespace.
    #[error("gold file is empty")]
    Empty,
    /// A JSON Lines record is not valid JSON or lacks a required field.
    #[error("line {line}: {message}")]
    BadLine {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The PLOVER array is not valid JSON or a record is malformed.
    #[error("PLOVER gold: {0}")]
    BadPlover(String),
}

/// A parsed gold file.
#[derive(Debug, Clone)]
pub enum Gold {
    /// Seed claim gold (JSON Lines).
    Claims(ClaimGold),
    /// PLOVER gold standard (JSON array of sentences).
    Plover(PloverGold),
}

/// Parses either gold format: a JSON array (first non-blank character `[`) is the PLOVER gold
/// standard; anything else is read as claim gold in JSON Lines.
pub fn parse_gold(text: &str) -> Result<Gold, EvalError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(EvalError::Empty);
    }
    if trimmed.starts_with('[') {
        parse_plover_gold(trimmed).map(Gold::Plover)
    } else {
        parse_claim_gold(text).map(Gold::Claims)
    }
}

// ---------------------------------------------------------------------------------------------
// PLOVER gold standard
// ---------------------------------------------------------------------------------------------

/// One scored sentence of the PLOVER gold standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverSentence {
    /// The record's id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Gold event type, mapped to current PLOVER.
    pub plover: Plover,
    /// The label as the file writes it (e.g. `DEMAND`).
    pub original_label: String,
    /// Gold source codes.
    pub source: Vec<String>,
    /// Gold target codes (empty: any target or none counts).
    pub target: Vec<String>,
}

/// The PLOVER gold standard, scored records only.
#[derive(Debug, Clone, Default)]
pub struct PloverGold {
    /// Sentences to score.
    pub sentences: Vec<PloverSentence>,
    /// Records skipped (the `DOCUMENT` record, unknown labels), with the reason.
    pub skipped: Vec<(String, String)>,
}

fn actor_codes_of(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|a| match a {
                Value::Object(o) => o.get("code").and_then(Value::as_str).map(str::to_string),
                Value::String(s) => Some(s.clone()),
                _ => None,
            })
            .filter(|s| !s.trim().is_empty())
            .collect(),
        Some(Value::String(s)) if !s.trim().is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Parses the PLOVER gold standard (a JSON array of records with `id`, `event`, `text`, `source`,
/// `target`).
pub fn parse_plover_gold(text: &str) -> Result<PloverGold, EvalError> {
    let v: Value = serde_json::from_str(text).map_err(|e| EvalError::BadPlover(e.to_string()))?;
    let Value::Array(records) = v else {
        return Err(EvalError::BadPlover(
            "expected a JSON array of records".into(),
        ));
    };
    let mut gold = PloverGold::default();
    for (i, r) in records.iter().enumerate() {
        let id = r
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("record {}", i + 1));
        let Some(label) = r.get("event").and_then(Value::as_str) else {
            return Err(EvalError::BadPlover(format!("{id}: no \"event\" label")));
        };
        let Some(plover) = Plover::from_label(label) else {
            gold.skipped
                .push((id, format!("label {label} is not an event type")));
            continue;
        };
        let Some(sentence) = r.get("text").and_then(Value::as_str) else {
            return Err(EvalError::BadPlover(format!("{id}: no \"text\"")));
        };
        gold.sentences.push(PloverSentence {
            id,
            text: sentence.to_string(),
            plover,
            original_label: label.to_string(),
            source: actor_codes_of(r.get("source")),
            target: actor_codes_of(r.get("target")),
        });
    }
    Ok(gold)
}

/// Whether a coded actor answers to a gold code. The gold standard codes every
/// intergovernmental organisation, and the people and bodies acting for one ("Kofi Annan, UN
/// secretary-general"), as the generic `IGO`.
fn code_matches(gold: &str, actor: &ActorRef) -> bool {
    // (An organ or mission acts for its organisation: the UN Security Council is the UN.)
    let whole = realign_gazetteer::Gazetteer::builtin().part_of(&actor.code).map(|w| ActorRef { code: w.to_string(), ..actor.clone() });
    code_is(gold, actor) || whole.is_some_and(|w| code_is(gold, &w))
}

/// [`code_matches`] for the actor's own code.
fn code_is(gold: &str, actor: &ActorRef) -> bool {
    actor.code.eq_ignore_ascii_case(gold)
        || (gold.eq_ignore_ascii_case("IGO")
            && (actor.kind == ActorKind::Igo || {
                let g = realign_gazetteer::Gazetteer::builtin();
                g.by_code(&actor.code).is_some_and(|id| g.entity(id).kind == ActorKind::Igo)
            }))
        || canonical_code(gold).is_some_and(|c| c.eq_ignore_ascii_case(&actor.code))
}

/// The code realign uses for a gold key's actor written another way: an ISO 3166 alpha-2 or
/// COW code ("US", "RUS" is already one, "365"), or a name or abbreviation the gazetteer knows
/// as a whole ("UN" for UNO, "Russia").
fn canonical_code(gold: &str) -> Option<String> {
    let g = realign_gazetteer::Gazetteer::builtin();
    if let Some(id) = g.by_code(gold) {
        return Some(g.entity(id).code.clone());
    }
    let gold = gold.trim();
    match g.find_mentions(gold).as_slice() {
        [m] if m.start == 0 && m.end == gold.len() => Some(g.entity(m.entity).code.clone()),
        _ => None,
    }
}

fn any_listed(gold: &[String], actors: &[ActorRef]) -> bool {
    gold.iter()
        .any(|g| actors.iter().any(|a| code_matches(g, a)))
}

/// Precision and recall for one PLOVER type.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TypeScore {
    /// Gold sentences of this type.
    pub gold: usize,
    /// Of those, sentences where some coded event has this type.
    pub recalled: usize,
    /// Events coded with this type.
    pub coded: usize,
    /// Of those, events whose sentence's gold type is this type.
    pub correct: usize,
    /// `recalled / gold` (0 when no gold).
    pub recall: f64,
    /// `correct / coded` (0 when none coded).
    pub precision: f64,
}

/// A PLOVER gold sentence realign got wrong, for the text report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverMiss {
    /// Gold record id.
    pub id: String,
    /// Gold type.
    pub gold: Plover,
    /// Types realign coded from the sentence.
    pub coded: Vec<Plover>,
}

/// Scores on the PLOVER gold standard (definitions in the crate docs and shared README).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PloverScore {
    /// Share of sentences with some coded event of the gold type.
    pub type_accuracy: f64,
    /// … whose source includes a gold source code.
    pub type_source_accuracy: f64,
    /// … and whose target includes a gold target code (any target when the gold has none).
    pub type_source_target_accuracy: f64,
    /// Share of all coded events whose type is their sentence's gold type.
    pub event_precision: f64,
    /// Sentences scored.
    pub sentences: usize,
    /// Events coded over all sentences.
    pub events_coded: usize,
    /// Sentences with no coded event at all.
    pub sentences_without_events: usize,
    /// Per-type precision and recall, by label.
    pub per_type: BTreeMap<String, TypeScore>,
    /// Sentences whose gold type was not coded.
    pub missed: Vec<PloverMiss>,
    /// Every scored sentence: gold, what realign coded, and which level it reached.
    pub results: Vec<PloverResult>,
}

/// What realign coded from one gold sentence, and how far it matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverResult {
    /// Gold record id.
    pub id: String,
    /// Gold type.
    pub gold: Plover,
    /// Gold source codes.
    pub gold_source: Vec<String>,
    /// Gold target codes.
    pub gold_target: Vec<String>,
    /// Coded events, one line each: `TYPE[!] SRC+SRC -> TGT` (`!` marks a negated event).
    pub coded: Vec<String>,
    /// Some event has the gold type.
    pub type_ok: bool,
    /// … and a gold source.
    pub source_ok: bool,
    /// … and a gold target (or the gold has none).
    pub target_ok: bool,
}

fn event_line(e: &EventClaim) -> String {
    let codes = |v: &[ActorRef]| v.iter().map(|a| a.code.as_str()).collect::<Vec<_>>().join("+");
    format!(
        "{}{} {} -> {}",
        e.plover.label(),
        if e.negated { "!" } else { "" },
        codes(&e.source),
        codes(&e.target)
    )
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

/// Scores a coder on the PLOVER gold standard: `code` is called once per gold sentence with its text
/// and returns the events realign codes from it.
pub fn score_plover<F>(gold: &PloverGold, mut code: F) -> PloverScore
where
    F: FnMut(&str) -> Vec<EventClaim>,
{
    let mut s = PloverScore {
        sentences: gold.sentences.len(),
        ..Default::default()
    };
    let (mut ty, mut ty_src, mut ty_src_tgt, mut correct_events) = (0usize, 0usize, 0usize, 0usize);
    for p in Plover::ALL {
        s.per_type
            .insert(p.label().to_string(), TypeScore::default());
    }
    for g in &gold.sentences {
        let events = code(&g.text);
        s.events_coded += events.len();
        if events.is_empty() {
            s.sentences_without_events += 1;
        }
        if let Some(t) = s.per_type.get_mut(g.plover.label()) {
            t.gold += 1;
        }
        for e in &events {
            if let Some(t) = s.per_type.get_mut(e.plover.label()) {
                t.coded += 1;
                if e.plover == g.plover {
                    t.correct += 1;
                }
            }
            if e.plover == g.plover {
                correct_events += 1;
            }
        }
        let typed: Vec<&EventClaim> = events.iter().filter(|e| e.plover == g.plover).collect();
        if !typed.is_empty() {
            ty += 1;
            if let Some(t) = s.per_type.get_mut(g.plover.label()) {
                t.recalled += 1;
            }
        } else {
            s.missed.push(PloverMiss {
                id: g.id.clone(),
                gold: g.plover,
                coded: events.iter().map(|e| e.plover).collect(),
            });
        }
        let sourced: Vec<&&EventClaim> = typed
            .iter()
            .filter(|e| any_listed(&g.source, &e.source))
            .collect();
        if !sourced.is_empty() {
            ty_src += 1;
        }
        let targeted = sourced
            .iter()
            .any(|e| g.target.is_empty() || any_listed(&g.target, &e.target));
        if targeted {
            ty_src_tgt += 1;
        }
        s.results.push(PloverResult {
            id: g.id.clone(),
            gold: g.plover,
            gold_source: g.source.clone(),
            gold_target: g.target.clone(),
            coded: events.iter().map(event_line).collect(),
            type_ok: !typed.is_empty(),
            source_ok: !sourced.is_empty(),
            target_ok: targeted,
        });
    }
    for t in s.per_type.values_mut() {
        t.recall = ratio(t.recalled, t.gold);
        t.precision = ratio(t.correct, t.coded);
    }
    s.type_accuracy = ratio(ty, s.sentences);
    s.type_source_accuracy = ratio(ty_src, s.sentences);
    s.type_source_target_accuracy = ratio(ty_src_tgt, s.sentences);
    s.event_precision = ratio(correct_events, s.events_coded);
    s
}

impl fmt::Display for PloverScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PLOVER gold standard: {} sentences, {} events coded",
            self.sentences, self.events_coded
        )?;
        writeln!(
            f,
            "  type accuracy                {:.3}",
            self.type_accuracy
        )?;
        writeln!(
            f,
            "  type+source accuracy         {:.3}",
            self.type_source_accuracy
        )?;
        writeln!(
            f,
            "  type+source+target accuracy  {:.3}",
            self.type_source_target_accuracy
        )?;
        writeln!(
            f,
            "  event precision              {:.3}",
            self.event_precision
        )?;
        writeln!(
            f,
            "  {:<10} {:>5} {:>6} {:>7} {:>6}",
            "type", "gold", "coded", "recall", "prec"
        )?;
        for (label, t) in &self.per_type {
            if t.gold + t.coded > 0 {
                writeln!(
                    f,
                    "  {:<10} {:>5} {:>6} {:>7.3} {:>6.3}",
                    label, t.gold, t.coded, t.recall, t.precision
                )?;
            }
        }
        if !self.missed.is_empty() {
            writeln!(f, "missed ({}):", self.missed.len())?;
            for m in &self.missed {
                let coded: Vec<&str> = m.coded.iter().map(|p| p.label()).collect();
                let coded = if coded.is_empty() {
                    "nothing".to_string()
                } else {
                    coded.join(", ")
                };
                writeln!(f, "  {} gold {} coded {}", m.id, m.gold, coded)?;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Claim gold
// ---------------------------------------------------------------------------------------------

/// One hand-coded claim. Kind-specific fields stay as JSON and are read by the matcher.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoldClaim {
    /// The gold claim's id.
    pub id: String,
    /// The document's file name, or `*` for a cross-document fact.
    pub doc: String,
    /// The kind label (`event`, `deployment`, `conflict`…).
    pub kind: String,
    /// The exact substring of the document the claim rests on.
    pub evidence: String,
    /// The whole record.
    #[serde(skip)]
    pub fields: serde_json::Map<String, Value>,
    /// 1-based line in the gold file.
    pub line: usize,
}

impl GoldClaim {
    /// True for `conflict` and `corroboration`, which are scored on flagged document pairs.
    pub fn is_cross_document(&self) -> bool {
        self.kind == "conflict" || self.kind == "corroboration"
    }
    fn codes(&self, key: &str) -> Vec<String> {
        actor_codes_of(self.fields.get(key))
    }
    fn str_field(&self, key: &str) -> Option<&str> {
        self.fields.get(key).and_then(Value::as_str)
    }
    fn num(&self, key: &str) -> Option<f64> {
        self.fields.get(key).and_then(Value::as_f64)
    }
    /// Document names of a cross-document claim.
    pub fn docs(&self) -> Vec<String> {
        match self.fields.get("docs") {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Claim gold: every hand-coded claim in file order.
#[derive(Debug, Clone, Default)]
pub struct ClaimGold {
    /// The claims.
    pub claims: Vec<GoldClaim>,
}

impl ClaimGold {
    /// The document names the gold refers to (excluding `*`), sorted.
    pub fn documents(&self) -> Vec<String> {
        let set: BTreeSet<&str> = self
            .claims
            .iter()
            .map(|c| c.doc.as_str())
            .filter(|d| *d != "*")
            .collect();
        set.into_iter().map(str::to_string).collect()
    }
}

/// Parses claim gold (JSON Lines; blank lines ignored). Each record needs `id`, `doc` and `kind`;
/// every kind except `conflict`/`corroboration` needs `evidence`.
pub fn parse_claim_gold(text: &str) -> Result<ClaimGold, EvalError> {
    let mut gold = ClaimGold::default();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.trim().trim_start_matches('\u{feff}');
        if raw.is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(raw).map_err(|e| EvalError::BadLine {
            line,
            message: format!("not JSON: {e}"),
        })?;
        let Value::Object(fields) = v else {
            return Err(EvalError::BadLine {
                line,
                message: "expected a JSON object".into(),
            });
        };
        let get = |k: &str| fields.get(k).and_then(Value::as_str).map(str::to_string);
        let need = |k: &str| {
            get(k).ok_or_else(|| EvalError::BadLine {
                line,
                message: format!("missing string field \"{k}\""),
            })
        };
        let id = need("id")?;
        let doc = need("doc")?;
        let kind = need("kind")?;
        let evidence = get("evidence").unwrap_or_default();
        let c = GoldClaim {
            id,
            doc,
            kind,
            evidence,
            fields,
            line,
        };
        if !c.is_cross_document() && c.evidence.is_empty() {
            return Err(EvalError::BadLine {
                line,
                message: "missing string field \"evidence\"".into(),
            });
        }
        if c.is_cross_document() && c.docs().len() < 2 {
            return Err(EvalError::BadLine {
                line,
                message: "a cross-document claim needs \"docs\" naming two documents".into(),
            });
        }
        gold.claims.push(c);
    }
    if gold.claims.is_empty() {
        return Err(EvalError::Empty);
    }
    Ok(gold)
}

/// What the store flagged across two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CrossKind {
    /// Incompatible values for the same fact.
    Conflict,
    /// The same fact from two sources.
    Corroboration,
}

/// A flagged pair of documents (by the names they were ingested under).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlaggedPair {
    /// Conflict or corroboration.
    pub kind: CrossKind,
    /// The two documents' names.
    pub docs: [String; 2],
}

/// A stored document as the scorer sees it.
#[derive(Debug, Clone)]
pub struct EvalDoc {
    /// The name it was ingested under (the gold's `doc`).
    pub name: String,
    /// Its stored (normalised) text, which claim spans point into.
    pub text: String,
}

/// A stored claim with the name of its document.
#[derive(Debug, Clone)]
pub struct EvalClaim {
    /// The document's name.
    pub doc_name: String,
    /// The claim.
    pub claim: Claim,
}

/// Recall and precision for one claim kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct KindScore {
    /// Gold claims of this kind.
    pub gold: usize,
    /// Of those, recalled.
    pub recalled: usize,
    /// Stored claims of this kind from the gold's documents.
    pub stored: usize,
    /// Of those, matching some gold claim.
    pub matched: usize,
    /// `recalled / gold`.
    pub recall: f64,
    /// `matched / stored`.
    pub precision: f64,
}

/// A gold claim that was not recalled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissedClaim {
    /// Gold id.
    pub id: String,
    /// Gold document.
    pub doc: String,
    /// Gold kind.
    pub kind: String,
    /// Gold evidence.
    pub evidence: String,
}

/// Scores on claim gold (definitions in the crate docs).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClaimScore {
    /// Recalled gold claims / gold claims.
    pub recall: f64,
    /// Stored claims matching some gold claim / stored claims from the gold's documents.
    pub precision: f64,
    /// Gold claims.
    pub gold_claims: usize,
    /// Recalled gold claims.
    pub recalled: usize,
    /// Stored claims from the gold's documents.
    pub stored_claims: usize,
    /// Of those, matching some gold claim.
    pub matched_stored: usize,
    /// Per kind.
    pub per_kind: BTreeMap<String, KindScore>,
    /// Per PLOVER type (events only).
    pub per_plover: BTreeMap<String, KindScore>,
    /// Gold claims not recalled.
    pub missed: Vec<MissedClaim>,
    /// Gold documents the store does not hold (under that name).
    pub missing_documents: Vec<String>,
    /// Recall when labels (obligation, stance, sphere) must match as well.
    pub strict_recall: f64,
    /// Precision when labels must match as well.
    pub strict_precision: f64,
}

/// Scores stored claims against claim gold. `docs` are the stored documents the gold names (others
/// are ignored), `claims` every stored claim from them, `flagged` the conflicts and corroborations the
/// store flagged between documents.
pub fn score_claims(
    gold: &ClaimGold,
    docs: &[EvalDoc],
    claims: &[EvalClaim],
    flagged: &[FlaggedPair],
) -> ClaimScore {
    let strict = score_with(gold, docs, claims, flagged, true);
    let mut s = score_with(gold, docs, claims, flagged, false);
    s.strict_recall = strict.recall;
    s.strict_precision = strict.precision;
    s
}

/// [`score_claims`]'s figures, with labels required to match (`strict`) or not.
fn score_with(
    gold: &ClaimGold,
    docs: &[EvalDoc],
    claims: &[EvalClaim],
    flagged: &[FlaggedPair],
    strict: bool,
) -> ClaimScore {
    let gold_docs: BTreeSet<String> = gold.documents().into_iter().collect();
    let text_of: BTreeMap<&str, &str> = docs
        .iter()
        .map(|d| (d.name.as_str(), d.text.as_str()))
        .collect();
    let mut s = ClaimScore {
        gold_claims: gold.claims.len(),
        ..Default::default()
    };
    s.missing_documents = gold_docs
        .iter()
        .filter(|d| !text_of.contains_key(d.as_str()))
        .cloned()
        .collect();
    let scored: Vec<&EvalClaim> = claims
        .iter()
        .filter(|c| gold_docs.contains(&c.doc_name))
        .collect();
    s.stored_claims = scored.len();
    let mut stored_matched = vec![false; scored.len()];

    for g in &gold.claims {
        let entry = s.per_kind.entry(g.kind.clone()).or_default();
        entry.gold += 1;
        let plover_label = (g.kind == "event")
            .then(|| g.str_field("plover").and_then(Plover::from_label))
            .flatten();
        if let Some(p) = plover_label {
            s.per_plover.entry(p.label().to_string()).or_default().gold += 1;
        }
        let recalled = if g.is_cross_document() {
            let want: BTreeSet<String> = g.docs().into_iter().collect();
            let kind = if g.kind == "conflict" {
                CrossKind::Conflict
            } else {
                CrossKind::Corroboration
            };
            flagged
                .iter()
                .any(|f| f.kind == kind && f.docs.iter().cloned().collect::<BTreeSet<_>>() == want)
        } else {
            let span = text_of
                .get(g.doc.as_str())
                .and_then(|t| locate(t, &g.evidence));
            let mut any = false;
            for (i, c) in scored.iter().enumerate() {
                if c.doc_name == g.doc && claim_matches(g, &c.claim, span, strict) {
                    stored_matched[i] = true;
                    any = true;
                }
            }
            any
        };
        if recalled {
            s.recalled += 1;
            if let Some(e) = s.per_kind.get_mut(&g.kind) {
                e.recalled += 1;
            }
            if let Some(p) = plover_label {
                if let Some(e) = s.per_plover.get_mut(p.label()) {
                    e.recalled += 1;
                }
            }
        } else {
            s.missed.push(MissedClaim {
                id: g.id.clone(),
                doc: g.doc.clone(),
                kind: g.kind.clone(),
                evidence: g.evidence.clone(),
            });
        }
    }
    for (i, c) in scored.iter().enumerate() {
        let e = s
            .per_kind
            .entry(c.claim.kind().label().to_string())
            .or_default();
        e.stored += 1;
        if stored_matched[i] {
            e.matched += 1;
            s.matched_stored += 1;
        }
        if let ClaimBody::Event(ev) = &c.claim.body {
            let e = s
                .per_plover
                .entry(ev.plover.label().to_string())
                .or_default();
            e.stored += 1;
            if stored_matched[i] {
                e.matched += 1;
            }
        }
    }
    for e in s.per_kind.values_mut().chain(s.per_plover.values_mut()) {
        e.recall = ratio(e.recalled, e.gold);
        e.precision = ratio(e.matched, e.stored);
    }
    s.recall = ratio(s.recalled, s.gold_claims);
    s.precision = ratio(s.matched_stored, s.stored_claims);
    s
}

/// Folds typography the way text normalisation does (curly quotes and apostrophes, dashes, non-breaking
/// spaces), keeping a map from each folded byte back to the original byte offset.
fn fold(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut last_space = false;
    for (i, ch) in text.char_indices() {
        let c = match ch {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        let mut buf = [0u8; 4];
        for _ in 0..c.encode_utf8(&mut buf).len() {
            map.push(i);
        }
        out.push(c);
    }
    map.push(text.len());
    (out, map)
}

/// Where `evidence` occurs in `text` (exactly, else after folding typography and whitespace).
fn locate(text: &str, evidence: &str) -> Option<Span> {
    if evidence.is_empty() {
        return None;
    }
    if let Some(i) = text.find(evidence) {
        return Some(Span::new(i, i + evidence.len()));
    }
    let (ft, map) = fold(text);
    let (fe, _) = fold(evidence.trim());
    let i = ft.find(&fe)?;
    let start = *map.get(i)?;
    let end = map.get(i + fe.len()).copied().unwrap_or(text.len());
    Some(Span::new(start, end))
}

fn within_1pct(gold: f64, got: f64) -> bool {
    if gold == 0.0 {
        got.abs() < 1e-9
    } else {
        ((got - gold) / gold).abs() <= 0.01
    }
}

fn one(actor: &ActorRef, gold: &[String]) -> bool {
    gold.is_empty() || gold.iter().any(|g| code_matches(g, actor))
}

fn many(actors: &[ActorRef], gold: &[String]) -> bool {
    gold.is_empty() || any_listed(gold, actors)
}

fn same_text(a: &str, b: &str) -> bool {
    let n = |s: &str| fold(&s.trim().to_lowercase()).0;
    n(a) == n(b)
}

/// Does stored claim `c` match gold claim `g`? `span` is where the gold evidence lies in the stored
/// text (None when it cannot be found: then the claim's evidence sentence must contain it).
fn claim_matches(g: &GoldClaim, c: &Claim, span: Option<Span>, strict: bool) -> bool {
    if c.kind().label() != g.kind {
        return false;
    }
    let evidence_ok = match span {
        Some(s) => {
            c.evidence.span.overlaps(&s)
                || (c.evidence.span.is_empty() && c.evidence.sentence_span.overlaps(&s))
        }
        None => {
            let (sent, _) = fold(&c.evidence.sentence);
            let (ev, _) = fold(g.evidence.trim());
            !ev.is_empty() && sent.contains(&ev)
        }
    };
    if !evidence_ok {
        return false;
    }
    let value = g.num("value");
    match &c.body {
        ClaimBody::Event(e) => {
            let Some(p) = g.str_field("plover").and_then(Plover::from_label) else {
                return false;
            };
            let negated = g
                .fields
                .get("negated")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            p == e.plover
                && negated == e.negated
                && many(&e.source, &g.codes("source"))
                && many(&e.target, &g.codes("target"))
                && value.map_or(true, |v| {
                    e.magnitude
                        .as_ref()
                        .is_some_and(|m| within_1pct(v, m.value))
                })
        }
        ClaimBody::Alliance(a) => {
            let parties = g.codes("parties");
            parties
                .iter()
                .all(|p| a.parties.iter().any(|x| code_matches(p, x)))
                && (!strict
                    || g.str_field("obligation")
                        .and_then(Obligation::from_word)
                        .map_or(true, |o| a.obligations.contains(&o)))
        }
        ClaimBody::Deployment(d) => {
            one(&d.source, &g.codes("source"))
                && one(&d.target, &g.codes("target"))
                && value.map_or(true, |v| {
                    d.quantity.as_ref().is_some_and(|q| within_1pct(v, q.value))
                })
        }
        ClaimBody::TradeShare(t) => {
            one(&t.partner, &g.codes("partner"))
                && one(&t.of, &g.codes("of"))
                && value.map_or(true, |v| within_1pct(v, t.share))
        }
        ClaimBody::Transfer(t) => {
            one(&t.source, &g.codes("source"))
                && one(&t.target, &g.codes("target"))
                // (A count moved, "more than one million barrels", is the transfer's quantity.)
                && value.map_or(true, |v| {
                    t.value.as_ref().is_some_and(|m| within_1pct(v, m.amount))
                        || (g.str_field("currency").is_none() && t.quantity.as_ref().is_some_and(|q| within_1pct(v, q.value)))
                })
                && g.str_field("currency").map_or(true, |cur| {
                    t.value
                        .as_ref()
                        .is_some_and(|m| m.currency.eq_ignore_ascii_case(cur))
                })
        }
        ClaimBody::Stance(s) => {
            one(&s.actor, &g.codes("actor"))
                && many(&s.about, &g.codes("about"))
                && (!strict || g.str_field("stance").map_or(true, |st| same_text(st, &s.stance)))
        }
        ClaimBody::Dependence(d) => {
            one(&d.actor, &g.codes("actor"))
                && one(&d.on, &g.codes("on"))
                && (!strict || g.str_field("sphere").map_or(true, |sp| same_text(sp, &d.sphere)))
        }
        ClaimBody::Quote(q) => {
            // (Accents aside: "Ibrahim Traoré" is the gazetteer's "Ibrahim Traore".)
            // (A possessive is no difference of speaker: "Armenia's foreign minister" is the
            // "Armenia foreign minister".)
            let plain = |s: &str| fold(&s.to_lowercase()).0.replace("'s ", " ").chars().map(realign_gazetteer::unaccent).collect::<String>();
            // (Or the one person the gazetteer knows under both spellings: "Abbas Araqchi" is its
            // "Abbas Araghchi".)
            let same_person = |sp: &str| {
                let g = realign_gazetteer::Gazetteer::builtin();
                q.speaker_actor.as_ref().filter(|a| a.kind == ActorKind::Person).and_then(|a| a.name.as_deref()).is_some_and(|name| {
                    matches!(g.find_mentions(sp).as_slice(), [m] if m.start == 0 && m.end == sp.len() && g.entity(m.entity).kind == ActorKind::Person && g.entity(m.entity).name == name)
                })
            };
            // (Or a speaker given as the code of the state it speaks for, "CHN", when the quote's
            // resolved speaker is of that state: "Beijing says…", "China's foreign ministry".)
            let speaks_for = |sp: &str| {
                let sp = sp.trim();
                sp.len() == 3 && sp.chars().all(|c| c.is_ascii_uppercase()) && q.speaker_actor.as_ref().is_some_and(|a| a.code == sp)
            };
            let speaker_ok = g.str_field("speaker").map_or(true, |sp| {
                let (a, b) = (plain(sp), plain(&q.speaker));
                (!b.is_empty() && (a.contains(&b) || b.contains(&a))) || same_person(sp.trim()) || speaks_for(sp)
            });
            speaker_ok && many(&q.about, &g.codes("about"))
        }
        ClaimBody::Recommendation(r) => {
            one(&r.actor, &g.codes("actor")) && many(&r.with, &g.codes("with"))
        }
        ClaimBody::Document(d) => {
            // (A wire agency by its initials or its name: "AP" is the Associated Press.)
            let agency = |s: &str| match s.trim().trim_start_matches("The ").trim_start_matches("the ") {
                "AP" | "Associated Press" => "AP",
                "AFP" | "Agence France-Presse" | "Agence France Presse" => "AFP",
                "UPI" | "United Press International" => "UPI",
                "dpa" | "DPA" | "Deutsche Presse-Agentur" => "dpa",
                _ => "",
            };
            let field_ok = |key: &str, got: &Option<String>| {
                g.str_field(key).map_or(true, |want| {
                    got.as_deref().is_some_and(|x| same_text(want, x) || (!agency(want).is_empty() && agency(want) == agency(x)))
                })
            };
            // (Authors as actors are: any listed one counts, however the list is written: "Ines
            // Valcourt; Yousif Abdelrahim" and "Ines Valcourt and Yousif Abdelrahim".)
            let names = |s: &str| -> Vec<String> {
                s.split(';').flat_map(|p| p.split(" and ")).flat_map(|p| p.split(", ")).map(|p| fold(&p.trim().to_lowercase()).0).filter(|p| !p.is_empty()).collect()
            };
            let author_ok = g.str_field("author").map_or(true, |want| {
                let got = d.author.as_deref().map(names).unwrap_or_default();
                names(want).iter().any(|w| got.contains(w))
            });
            author_ok && field_ok("publisher", &d.publisher)
        }
    }
}

impl fmt::Display for ClaimScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "claim gold: recall {:.3} ({}/{}), precision {:.3} ({}/{} stored claims match gold)",
            self.recall,
            self.recalled,
            self.gold_claims,
            self.precision,
            self.matched_stored,
            self.stored_claims
        )?;
        writeln!(
            f,
            "  with labels matching too (obligation, stance, sphere): recall {:.3}, precision {:.3}",
            self.strict_recall, self.strict_precision
        )?;
        for d in &self.missing_documents {
            writeln!(
                f,
                "  not in the store: {d} (ingest it under that file name)"
            )?;
        }
        writeln!(
            f,
            "  {:<16} {:>5} {:>6} {:>7} {:>6}",
            "kind", "gold", "stored", "recall", "prec"
        )?;
        for (k, e) in &self.per_kind {
            writeln!(
                f,
                "  {:<16} {:>5} {:>6} {:>7.3} {:>6.3}",
                k, e.gold, e.stored, e.recall, e.precision
            )?;
        }
        if !self.per_plover.is_empty() {
            writeln!(
                f,
                "  {:<16} {:>5} {:>6} {:>7} {:>6}",
                "event type", "gold", "stored", "recall", "prec"
            )?;
            for (k, e) in &self.per_plover {
                writeln!(
                    f,
                    "  {:<16} {:>5} {:>6} {:>7.3} {:>6.3}",
                    k, e.gold, e.stored, e.recall, e.precision
                )?;
            }
        }
        if !self.missed.is_empty() {
            writeln!(f, "missed ({}):", self.missed.len())?;
            for m in &self.missed {
                writeln!(f, "  {} [{}] {}: {:?}", m.id, m.kind, m.doc, m.evidence)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
