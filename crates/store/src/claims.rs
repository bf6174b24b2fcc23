//! Documents, claims, their sources and reconciliation.
//!
//! Tables:
//! - `documents`: one row per distinct text (id = content hash), with title, date, url, author,
//!   publisher and the normalised text claim spans point into; `document_names` keeps every name a
//!   text was ingested under (file name, or the `id` of a JSON Lines record).
//! - `claims`: one row per reconciled claim: its "same fact" key ([`fact::fact_key`]), indexed kind,
//!   PLOVER type, date range, and the claim as JSON (as first read); `claim_actors` indexes its actors.
//! - `claim_sources`: every reading of the claim (document, the claim as read there with its evidence,
//!   attribution, confidence). Two sources from different documents = a corroboration.
//! - `claim_conflicts`: pairs of claims about the same fact with incompatible values. Neither
//!   overwrites the other.
//!
//! Each document is stored in one transaction ([`Store::ingest_document`]): killed at any point, the
//! store holds either all of the document or none of it, and ingesting it again completes the work.

pub mod fact;

use std::collections::{BTreeMap, BTreeSet};

use realign_core::{
    Attribution, AttributionKind, Claim, ClaimBody, ClaimKind, Document, PartialDate, Plover,
};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use crate::{Result, Store, StoreError};
use fact::{fact_key, fact_value};

/// Creates this module's tables.
pub(crate) fn init(conn: &rusqlite::Connection) -> crate::Result<()> {
    conn.execute_batch(
        "
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            name TEXT,
            title TEXT,
            date TEXT,
            url TEXT,
            author TEXT,
            publisher TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE IF NOT EXISTS document_names (
            name TEXT NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            PRIMARY KEY (name, doc_id)
        );
        CREATE TABLE IF NOT EXISTS claims (
            id INTEGER PRIMARY KEY,
            fact_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            plover TEXT,
            date_lo TEXT,
            date_hi TEXT,
            body TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS claims_fact_key ON claims(fact_key);
        CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
        CREATE INDEX IF NOT EXISTS claims_plover ON claims(plover);
        CREATE INDEX IF NOT EXISTS claims_date ON claims(date_lo, date_hi);
        CREATE TABLE IF NOT EXISTS claim_actors (
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            code TEXT NOT NULL,
            PRIMARY KEY (claim_id, code)
        );
        CREATE INDEX IF NOT EXISTS claim_actors_code ON claim_actors(code);
        CREATE TABLE IF NOT EXISTS claim_sources (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            doc_id TEXT NOT NULL REFERENCES documents(id),
            claim TEXT NOT NULL,
            attribution TEXT NOT NULL,
            confidence REAL NOT NULL
        );
        CREATE INDEX IF NOT EXISTS claim_sources_claim ON claim_sources(claim_id);
        CREATE INDEX IF NOT EXISTS claim_sources_doc ON claim_sources(doc_id);
        CREATE TABLE IF NOT EXISTS claim_conflicts (
            claim_a INTEGER NOT NULL REFERENCES claims(id),
            claim_b INTEGER NOT NULL REFERENCES claims(id),
            fact_key TEXT NOT NULL,
            PRIMARY KEY (claim_a, claim_b)
        );
        ",
    )?;
    Ok(())
}

/// What storing one document did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IngestOutcome {
    /// The document's content hash.
    pub doc_id: String,
    /// False when the same text was already stored (then nothing else was added, except the name).
    pub new: bool,
    /// New claims (facts not stored before).
    pub claims_added: usize,
    /// Readings attached to a claim already stored from another document (corroborations).
    pub corroborated: usize,
    /// Conflicts flagged (incompatible values for a fact already stored).
    pub conflicts: usize,
}

/// Filters for [`Store::claims`]; `None` means no restriction.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// Claims mentioning this actor code (ISO3 or IGO code; case-insensitive).
    pub actor: Option<String>,
    /// Claims of this kind.
    pub kind: Option<ClaimKind>,
    /// Events of this PLOVER type.
    pub plover: Option<Plover>,
    /// Claims whose date may fall on or after this date (claims without any date are excluded).
    pub since: Option<PartialDate>,
    /// Claims whose date may fall on or before this date (claims without any date are excluded).
    pub until: Option<PartialDate>,
    /// Claims with a source in this document: its content hash (or a prefix of it) or a name it was
    /// ingested under.
    pub doc: Option<String>,
}

/// One reading of a stored claim: which document says it, where and on whose word.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimSource {
    /// Document content hash.
    pub doc_id: String,
    /// The name the document was first ingested under.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_name: Option<String>,
    /// The document's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The document's publisher, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The document's date, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_date: Option<PartialDate>,
    /// The claim exactly as read from this document (values, evidence sentence and span).
    pub claim: Claim,
    /// Whether this source is independent of the claim's first source: `Some(true)` for a different
    /// document from a different publisher on a different named source, `Some(false)` for the same
    /// document, the same publisher or the same named source, `None` when that cannot be told
    /// (publishers unknown). The first source has `None`.
    pub independent: Option<bool>,
}

/// A reconciled claim with all its sources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredClaim {
    /// Stable id (`realign show ID`).
    pub id: i64,
    /// The "same fact" key.
    pub fact_key: String,
    /// The claim as first read (values, actors, evidence).
    pub claim: Claim,
    /// Every reading, first first.
    pub sources: Vec<ClaimSource>,
    /// Ids of claims about the same fact with incompatible values.
    pub conflicts_with: Vec<i64>,
}

impl StoredClaim {
    /// Distinct documents among the sources.
    pub fn documents(&self) -> Vec<&str> {
        let set: BTreeSet<&str> = self.sources.iter().map(|s| s.doc_id.as_str()).collect();
        set.into_iter().collect()
    }
    /// True when at least two documents state it.
    pub fn is_corroborated(&self) -> bool {
        self.documents().len() >= 2
    }
}

/// Two claims about the same fact that disagree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    /// The shared fact key.
    pub fact_key: String,
    /// The claim stored first.
    pub a: StoredClaim,
    /// The claim stored later.
    pub b: StoredClaim,
}

/// A stored document without its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentInfo {
    /// Content hash.
    pub id: String,
    /// Every name it was ingested under, first first.
    pub names: Vec<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Publisher.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Claim readings stored from it.
    pub readings: usize,
    /// Text length in bytes.
    pub bytes: usize,
}

/// Whether a flagged document pair disagrees or agrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PairKind {
    /// Incompatible values for one fact.
    Conflict,
    /// The same fact in both.
    Corroboration,
}

fn date_str((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn claim_date(c: &Claim, doc_date: Option<PartialDate>) -> Option<PartialDate> {
    c.date
        .or(match &c.body {
            ClaimBody::Alliance(a) => a.signed,
            _ => None,
        })
        .or(doc_date)
}

fn parse_date(s: Option<String>) -> Option<PartialDate> {
    s.and_then(|s| PartialDate::parse(&s).ok())
}

/// doc_id, claim JSON, name, title, publisher, date.
type SourceRow = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);
/// id, title, date, publisher, bytes, readings.
type DocumentRow = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    i64,
);

struct Existing {
    id: i64,
    value: fact::FactValue,
    /// Who asserted it first.
    attribution: realign_core::Attribution,
    /// Whether it is another act told in the same sentence (see [`other_act`]): never merged.
    other_act: bool,
}

/// Whether `stored` and `new` are two acts one sentence tells, not one told twice: events of the
/// same document and sentence, whose modes both are named and differ ("arrested 32 Indian
/// fishermen and seized five trawlers": an arrest and a seizure; "expelled the ambassador and
/// recalled its own": an expulsion and a withdrawal). Their keys are equal; they stay two claims.
fn other_act(stored: &Claim, new: &Claim) -> bool {
    match (&stored.body, &new.body) {
        (ClaimBody::Event(a), ClaimBody::Event(b)) => {
            stored.doc == new.doc
                && stored.evidence.sentence_span == new.evidence.sentence_span
                && matches!((&a.mode, &b.mode), (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() && x != y)
        }
        _ => false,
    }
}

impl Store {
    /// Stores one document and the claims read from it, reconciling them with what is stored, in one
    /// transaction. If a document with the same content hash is already stored, only the name is
    /// recorded and nothing else is added.
    pub fn ingest_document(&mut self, doc: &Document, claims: &[Claim]) -> Result<IngestOutcome> {
        self.ingest_inner(doc, claims, None)
    }

    fn ingest_inner(
        &mut self,
        doc: &Document,
        claims: &[Claim],
        fail_after: Option<usize>,
    ) -> Result<IngestOutcome> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut out = IngestOutcome {
            doc_id: doc.id.clone(),
            ..Default::default()
        };
        let exists: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM documents WHERE id = ?1)",
            [&doc.id],
            |r| r.get(0),
        )?;
        if !exists {
            out.new = true;
            tx.execute(
                "INSERT INTO documents (id, name, title, date, url, author, publisher, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    doc.id,
                    doc.name,
                    doc.title,
                    doc.date.map(|d| d.to_string()),
                    doc.url,
                    doc.author,
                    doc.publisher,
                    doc.text
                ],
            )?;
            for (i, c) in claims.iter().enumerate() {
                if fail_after == Some(i) {
                    return Err(StoreError::Other("injected failure".into()));
                }
                store_claim(&tx, doc, c, &mut out)?;
            }
        }
        if let Some(name) = &doc.name {
            tx.execute(
                "INSERT OR REPLACE INTO document_names (name, doc_id) VALUES (?1, ?2)",
                params![name, doc.id],
            )?;
        }
        tx.commit()?;
        Ok(out)
    }

    /// True when a document with this content hash is stored.
    pub fn has_document(&self, id: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM documents WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?)
    }

    /// Claims matching the filter, in storage order.
    pub fn claims(&self, f: &ClaimFilter) -> Result<Vec<StoredClaim>> {
        let mut sql = String::from("SELECT id FROM claims c WHERE 1=1");
        let mut args: Vec<String> = Vec::new();
        if let Some(a) = &f.actor {
            args.push(a.trim().to_uppercase());
            sql += &format!(" AND EXISTS (SELECT 1 FROM claim_actors x WHERE x.claim_id = c.id AND x.code = ?{})", args.len());
        }
        if let Some(k) = f.kind {
            args.push(k.label().to_string());
            sql += &format!(" AND c.kind = ?{}", args.len());
        }
        if let Some(p) = f.plover {
            args.push(p.label().to_string());
            sql += &format!(" AND c.plover = ?{}", args.len());
        }
        if let Some(d) = f.since {
            args.push(date_str(d.earliest()));
            sql += &format!(
                " AND c.date_hi IS NOT NULL AND c.date_hi >= ?{}",
                args.len()
            );
        }
        if let Some(d) = f.until {
            args.push(date_str(d.latest()));
            sql += &format!(
                " AND c.date_lo IS NOT NULL AND c.date_lo <= ?{}",
                args.len()
            );
        }
        if let Some(d) = &f.doc {
            args.push(d.clone());
            let n = args.len();
            sql += &format!(
                " AND EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id AND (s.doc_id = ?{n}
                   OR (length(?{n}) >= 4 AND substr(s.doc_id, 1, length(?{n})) = ?{n})
                   OR s.doc_id IN (SELECT doc_id FROM document_names WHERE name = ?{n})))"
            );
        }
        sql += " ORDER BY c.id";
        let ids: Vec<i64> = {
            let mut st = self.conn.prepare(&sql)?;
            let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        ids.into_iter()
            .filter_map(|id| self.claim(id).transpose())
            .collect()
    }

    /// One claim with its sources, or `None` if there is no such id.
    pub fn claim(&self, id: i64) -> Result<Option<StoredClaim>> {
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT fact_key, body FROM claims WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((fact_key, body)) = row else {
            return Ok(None);
        };
        let claim: Claim = serde_json::from_str(&body)?;
        let mut st = self.conn.prepare(
            "SELECT s.doc_id, s.claim, d.name, d.title, d.publisher, d.date
             FROM claim_sources s JOIN documents d ON d.id = s.doc_id
             WHERE s.claim_id = ?1 ORDER BY s.id",
        )?;
        let raw: Vec<SourceRow> = st
            .query_map([id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<std::result::Result<_, _>>()?;
        let mut sources: Vec<ClaimSource> = Vec::with_capacity(raw.len());
        for (doc_id, c, name, title, publisher, date) in raw {
            let claim: Claim = serde_json::from_str(&c)?;
            let independent = sources.first().and_then(|first| {
                independence(first, &doc_id, publisher.as_deref(), &claim.attribution)
            });
            sources.push(ClaimSource {
                doc_id,
                doc_name: name,
                title,
                publisher,
                doc_date: parse_date(date),
                claim,
                independent,
            });
        }
        let mut st = self.conn.prepare(
            "SELECT claim_b FROM claim_conflicts WHERE claim_a = ?1
             UNION SELECT claim_a FROM claim_conflicts WHERE claim_b = ?1 ORDER BY 1",
        )?;
        let conflicts_with: Vec<i64> = st
            .query_map([id], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Some(StoredClaim {
            id,
            fact_key,
            claim,
            sources,
            conflicts_with,
        }))
    }

    /// Every flagged conflict, oldest first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let pairs: Vec<(i64, i64, String)> = {
            let mut st = self.conn.prepare(
                "SELECT claim_a, claim_b, fact_key FROM claim_conflicts ORDER BY claim_a, claim_b",
            )?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        let mut out = Vec::with_capacity(pairs.len());
        for (a, b, fact_key) in pairs {
            if let (Some(a), Some(b)) = (self.claim(a)?, self.claim(b)?) {
                out.push(Conflict { fact_key, a, b });
            }
        }
        Ok(out)
    }

    /// Claims stated by at least two documents.
    pub fn corroborations(&self) -> Result<Vec<StoredClaim>> {
        let ids: Vec<i64> = {
            let mut st = self.conn.prepare(
                "SELECT claim_id FROM claim_sources GROUP BY claim_id HAVING COUNT(DISTINCT doc_id) >= 2 ORDER BY claim_id",
            )?;
            let rows = st.query_map([], |r| r.get(0))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        ids.into_iter()
            .filter_map(|id| self.claim(id).transpose())
            .collect()
    }

    /// Pairs of documents with a flagged conflict or corroboration between them (document ids,
    /// each pair ordered and listed once per kind).
    pub fn flagged_document_pairs(&self) -> Result<Vec<(PairKind, String, String)>> {
        let mut set: BTreeSet<(PairKind, String, String)> = BTreeSet::new();
        let ordered = |a: &str, b: &str| {
            if a <= b {
                (a.to_string(), b.to_string())
            } else {
                (b.to_string(), a.to_string())
            }
        };
        for c in self.corroborations()? {
            let docs = c.documents();
            for (i, a) in docs.iter().enumerate() {
                for b in docs.iter().skip(i + 1) {
                    let (x, y) = ordered(a, b);
                    set.insert((PairKind::Corroboration, x, y));
                }
            }
        }
        for c in self.conflicts()? {
            for a in c.a.documents() {
                for b in c.b.documents() {
                    if a != b {
                        let (x, y) = ordered(a, b);
                        set.insert((PairKind::Conflict, x, y));
                    }
                }
            }
        }
        Ok(set.into_iter().collect())
    }

    /// Every stored document (without text), in ingestion order.
    pub fn documents(&self) -> Result<Vec<DocumentInfo>> {
        let mut st = self.conn.prepare(
            "SELECT d.id, d.title, d.date, d.publisher, length(CAST(d.text AS BLOB)),
                    (SELECT COUNT(*) FROM claim_sources s WHERE s.doc_id = d.id)
             FROM documents d ORDER BY d.rowid",
        )?;
        let rows: Vec<DocumentRow> = st
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<std::result::Result<_, _>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, title, date, publisher, bytes, readings) in rows {
            let names = self.document_names(&id)?;
            out.push(DocumentInfo {
                id,
                names,
                title,
                date: parse_date(date),
                publisher,
                readings: usize::try_from(readings).unwrap_or(0),
                bytes: usize::try_from(bytes).unwrap_or(0),
            });
        }
        Ok(out)
    }

    fn document_names(&self, id: &str) -> Result<Vec<String>> {
        let mut st = self.conn.prepare(
            "SELECT name FROM (SELECT name, 0 AS o FROM documents WHERE id = ?1 AND name IS NOT NULL
             UNION SELECT name, 1 FROM document_names WHERE doc_id = ?1) GROUP BY name ORDER BY MIN(o), name",
        )?;
        let names = st
            .query_map([id], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(names)
    }

    /// A whole stored document, looked up by content hash or by a name it was ingested under.
    pub fn document(&self, id_or_name: &str) -> Result<Option<Document>> {
        let Some(id) = self.document_id(id_or_name)? else {
            return Ok(None);
        };
        let row = self.conn.query_row(
            "SELECT id, name, title, date, url, author, publisher, text FROM documents WHERE id = ?1",
            [&id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, String>(7)?,
                ))
            },
        )?;
        let (id, name, title, date, url, author, publisher, text) = row;
        Ok(Some(Document {
            id,
            name,
            title,
            date: parse_date(date),
            url,
            author,
            publisher,
            text,
        }))
    }

    /// The content hash of a document given its hash or a name it was ingested under. When several
    /// texts were ingested under one name (an edited file), the most recently ingested one.
    pub fn document_id(&self, id_or_name: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM (SELECT id, 0 AS o, 0 AS r FROM documents WHERE id = ?1
                 UNION ALL SELECT doc_id, 1, rowid FROM document_names WHERE name = ?1)
                 ORDER BY o, r DESC LIMIT 1",
                [id_or_name],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Every claim reading from the named documents, as (name asked for, the claim as read there).
    /// Each name is resolved with [`Store::document_id`].
    pub fn readings_by_document_name(&self, names: &[String]) -> Result<Vec<(String, Claim)>> {
        let mut out = Vec::new();
        let mut st = self
            .conn
            .prepare("SELECT s.claim FROM claim_sources s WHERE s.doc_id = ?1 ORDER BY s.id")?;
        for n in names {
            let Some(id) = self.document_id(n)? else {
                continue;
            };
            let rows: Vec<String> = st
                .query_map([&id], |r| r.get(0))?
                .collect::<std::result::Result<_, _>>()?;
            for c in rows {
                out.push((n.clone(), serde_json::from_str(&c)?));
            }
        }
        Ok(out)
    }

    /// Counts: (documents, claims, claim readings, conflicts).
    pub fn claim_counts(&self) -> Result<(usize, usize, usize, usize)> {
        let n = |sql: &str| -> Result<usize> {
            let v: i64 = self.conn.query_row(sql, [], |r| r.get(0))?;
            Ok(usize::try_from(v).unwrap_or(0))
        };
        Ok((
            n("SELECT COUNT(*) FROM documents")?,
            n("SELECT COUNT(*) FROM claims")?,
            n("SELECT COUNT(*) FROM claim_sources")?,
            n("SELECT COUNT(*) FROM claim_conflicts")?,
        ))
    }
}

fn independence(
    first: &ClaimSource,
    doc_id: &str,
    publisher: Option<&str>,
    att: &Attribution,
) -> Option<bool> {
    if first.doc_id == doc_id {
        return Some(false);
    }
    let fa = &first.claim.attribution;
    let named_same = fa.kind == AttributionKind::Named
        && att.kind == AttributionKind::Named
        && match (&fa.who, &att.who) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            _ => false,
        };
    if named_same {
        return Some(false);
    }
    match (first.publisher.as_deref(), publisher) {
        (Some(a), Some(b)) => Some(!a.trim().eq_ignore_ascii_case(b.trim())),
        _ => None,
    }
}

fn store_claim(
    tx: &Transaction<'_>,
    doc: &Document,
    c: &Claim,
    out: &mut IngestOutcome,
) -> Result<()> {
    let key = fact_key(c);
    let value = fact_value(c);
    let json = serde_json::to_string(c)?;
    let attribution = serde_json::to_string(&c.attribution)?;
    let existing: Vec<Existing> = {
        let mut st =
            tx.prepare_cached("SELECT id, body FROM claims WHERE fact_key = ?1 ORDER BY id")?;
        let rows: Vec<(i64, String)> = st
            .query_map([&key], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        let mut v = Vec::with_capacity(rows.len());
        for (id, body) in rows {
            let stored: Claim = serde_json::from_str(&body)?;
            v.push(Existing {
                id,
                value: fact_value(&stored),
                other_act: other_act(&stored, c),
                attribution: stored.attribution,
            });
        }
        v
    };
    // Prefer a claim whose value is compatible; a stated value beats a missing one.
    let target = existing
        .iter()
        .filter(|e| !e.other_act && e.value.compatible(&value))
        .max_by_key(|e| {
            (
                e.value.is_some() == value.is_some(),
                std::cmp::Reverse(e.id),
            )
        })
        .map(|e| e.id);
    let claim_id = match target {
        Some(id) => {
            // (A figure told for a fact stored without one, "the tank contract is worth $3.37
            // billion" after "signed contracts for tanks", makes the stored fact that figure's:
            // later figures are compared with it. Each source keeps its own claim.)
            if value.is_some() && existing.iter().any(|e| e.id == id && !e.value.is_some()) {
                tx.prepare_cached("UPDATE claims SET body = ?1 WHERE id = ?2")?.execute(params![json, id])?;
            }
            // (Whether this document told it already first: once it has, the search for another
            // document's source would pass over every source this one gave the fact, and a fact
            // told often in one long document made ingesting it quadratic.)
            let seen_here: bool = tx.prepare_cached("SELECT EXISTS(SELECT 1 FROM claim_sources WHERE claim_id = ?1 AND doc_id = ?2)")?.query_row(
                params![id, doc.id],
                |r| r.get(0),
            )?;
            if !seen_here {
                let other_doc: bool = tx.prepare_cached("SELECT EXISTS(SELECT 1 FROM claim_sources WHERE claim_id = ?1 AND doc_id <> ?2)")?.query_row(
                    params![id, doc.id],
                    |r| r.get(0),
                )?;
                if other_doc {
                    out.corroborated += 1;
                }
            }
            id
        }
        None => {
            let date = claim_date(c, doc.date);
            let plover = match &c.body {
                ClaimBody::Event(e) => Some(e.plover.label()),
                _ => None,
            };
            tx.prepare_cached("INSERT INTO claims (fact_key, kind, plover, date_lo, date_hi, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?.execute(
                params![
                    key,
                    c.kind().label(),
                    plover,
                    date.map(|d| date_str(d.earliest())),
                    date.map(|d| date_str(d.latest())),
                    json
                ],
            )?;
            let id = tx.last_insert_rowid();
            for code in c.actor_codes() {
                tx.prepare_cached("INSERT OR IGNORE INTO claim_actors (claim_id, code) VALUES (?1, ?2)")?.execute(
                    params![id, code.to_uppercase()],
                )?;
            }
            out.claims_added += 1;
            for e in existing.iter().filter(|e| !e.value.compatible(&value)) {
                // Two values in one document are two facts ("shelling …, which killed four, or
                // … a torpedo … that killed 46"), not a disagreement between sources, unless
                // two sources in it give a structural fact different values ("Seoul's spy
                // agency said 11,000 …; Ukrainian officials put the figure at 12,000").
                let only_here: bool = tx.prepare_cached("SELECT NOT EXISTS(SELECT 1 FROM claim_sources WHERE claim_id = ?1 AND doc_id <> ?2)")?.query_row(
                    params![e.id, doc.id],
                    |r| r.get(0),
                )?;
                let two_sources = !matches!(c.body, ClaimBody::Event(_)) && e.attribution != c.attribution;
                if only_here && !two_sources {
                    continue;
                }
                tx.prepare_cached("INSERT OR IGNORE INTO claim_conflicts (claim_a, claim_b, fact_key) VALUES (?1, ?2, ?3)")?.execute(
                    params![e.id, id, key],
                )?;
                out.conflicts += 1;
            }
            id
        }
    };
    tx.prepare_cached("INSERT INTO claim_sources (claim_id, doc_id, claim, attribution, confidence) VALUES (?1, ?2, ?3, ?4, ?5)")?.execute(
        params![claim_id, doc.id, json, attribution, f64::from(c.confidence)],
    )?;
    Ok(())
}

/// Groups document names by content hash (helper for callers matching gold files by name).
pub fn names_by_id(docs: &[DocumentInfo]) -> BTreeMap<String, Vec<String>> {
    docs.iter()
        .map(|d| (d.id.clone(), d.names.clone()))
        .collect()
}

#[cfg(test)]
mod tests;
