//! UN General Assembly roll calls and votes (Voeten data), with provenance.

use rusqlite::{params, OptionalExtension};

use crate::datasets::{ImportMeta, StoreOutcome};
use crate::{Result, Store};

pub(crate) fn init(conn: &rusqlite::Connection) -> Result<()> {
    conn.execute_batch(
        "
        CREATE TABLE IF NOT EXISTS un_roll_call (
            rcid INTEGER PRIMARY KEY,
            session INTEGER, important INTEGER NOT NULL, date TEXT NOT NULL,
            unres TEXT NOT NULL, amend INTEGER NOT NULL, para INTEGER NOT NULL,
            short TEXT NOT NULL, descr TEXT NOT NULL, issues TEXT NOT NULL DEFAULT '',
            import_id INTEGER NOT NULL, line INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS un_roll_call_date ON un_roll_call (date);
        CREATE TABLE IF NOT EXISTS un_vote (
            rcid INTEGER NOT NULL, iso3 TEXT NOT NULL, vote INTEGER NOT NULL,
            import_id INTEGER NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (rcid, iso3)
        ) WITHOUT ROWID;
        ",
    )?;
    Ok(())
}

/// A recorded vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VoteChoice {
    /// Yes.
    Yes = 1,
    /// Abstain.
    Abstain = 2,
    /// No.
    No = 3,
}

impl VoteChoice {
    /// "yes", "abstain" or "no".
    pub fn label(&self) -> &'static str {
        match self {
            VoteChoice::Yes => "yes",
            VoteChoice::Abstain => "abstain",
            VoteChoice::No => "no",
        }
    }
    fn from_i64(v: i64) -> Option<VoteChoice> {
        match v {
            1 => Some(VoteChoice::Yes),
            2 => Some(VoteChoice::Abstain),
            3 => Some(VoteChoice::No),
            _ => None,
        }
    }
}

/// A roll call.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RollCallRow {
    /// Line in the source file.
    pub line: u64,
    /// Roll-call id.
    pub rcid: i64,
    /// GA session.
    pub session: Option<i64>,
    /// Marked important (US State Department list).
    pub important: bool,
    /// Date, YYYY-MM-DD.
    pub date: String,
    /// Resolution symbol ("R/68/262").
    pub unres: String,
    /// A vote on an amendment.
    pub amend: bool,
    /// A vote on a paragraph.
    pub para: bool,
    /// Short title.
    pub short: String,
    /// Description.
    pub descr: String,
    /// Issue categories ("Human rights", "Palestinian conflict"…).
    pub issues: Vec<String>,
}

/// One state's vote on one roll call.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VoteRow {
    /// Line in the source file.
    pub line: u64,
    /// Roll-call id.
    pub rcid: i64,
    /// ISO3 code of the voting state.
    pub iso3: String,
    /// The vote.
    pub vote: VoteChoice,
}

impl Store {
    /// Stores roll calls and votes in one transaction; files already imported (by checksum) are skipped.
    pub fn import_unvotes(
        &mut self,
        votes_meta: &ImportMeta,
        calls_meta: &ImportMeta,
        calls: &[RollCallRow],
        votes: &[VoteRow],
        rejected: u64,
    ) -> Result<StoreOutcome> {
        let tx = self.conn.transaction()?;
        let seen = |m: &ImportMeta| -> Result<bool> {
            Ok(tx
                .query_row(
                    "SELECT id FROM dataset_import WHERE dataset = ?1 AND sha256 = ?2",
                    params![m.dataset, m.sha256],
                    |r| r.get::<_, i64>(0),
                )
                .optional()?
                .is_some())
        };
        if seen(votes_meta)? && seen(calls_meta)? {
            return Ok(StoreOutcome { added: 0, unchanged: (calls.len() + votes.len()) as u64, already_imported: true });
        }
        let record = |m: &ImportMeta, n: usize, rej: u64| -> Result<i64> {
            tx.execute(
                "INSERT OR REPLACE INTO dataset_import (dataset, version, file_name, sha256, filters, rows_read, rows_rejected)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![m.dataset, m.version, m.file_name, m.sha256, m.filters, n as i64, rej as i64],
            )?;
            Ok(tx.last_insert_rowid())
        };
        let calls_id = record(calls_meta, calls.len(), 0)?;
        let votes_id = record(votes_meta, votes.len(), rejected)?;
        let mut added = 0u64;
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO un_roll_call (rcid, session, important, date, unres, amend, para, short, descr, issues, import_id, line)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                 ON CONFLICT (rcid) DO UPDATE SET session = excluded.session, important = excluded.important,
                   date = excluded.date, unres = excluded.unres, amend = excluded.amend, para = excluded.para,
                   short = excluded.short, descr = excluded.descr, issues = excluded.issues,
                   import_id = excluded.import_id, line = excluded.line
                 WHERE (session, important, date, unres, amend, para, short, descr, issues) IS NOT
                   (excluded.session, excluded.important, excluded.date, excluded.unres, excluded.amend,
                    excluded.para, excluded.short, excluded.descr, excluded.issues)",
            )?;
            for c in calls {
                added += st.execute(params![
                    c.rcid, c.session, c.important, c.date, c.unres, c.amend, c.para, c.short, c.descr,
                    c.issues.join("; "), calls_id, c.line as i64
                ])? as u64;
            }
            let mut st = tx.prepare_cached(
                "INSERT INTO un_vote (rcid, iso3, vote, import_id, line) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (rcid, iso3) DO UPDATE SET vote = excluded.vote, import_id = excluded.import_id, line = excluded.line
                 WHERE vote IS NOT excluded.vote",
            )?;
            for v in votes {
                added += st.execute(params![v.rcid, v.iso3, v.vote as i64, votes_id, v.line as i64])? as u64;
            }
        }
        tx.execute("UPDATE dataset_import SET rows_added = ?1 WHERE id = ?2", params![added as i64, votes_id])?;
        tx.commit()?;
        Ok(StoreOutcome { added, unchanged: (calls.len() + votes.len()) as u64 - added, already_imported: false })
    }

    /// Roll calls dated strictly before `date` (YYYY-MM-DD), oldest first.
    pub fn roll_calls_before(&self, date: &str) -> Result<Vec<RollCallRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT line, rcid, session, important, date, unres, amend, para, short, descr, issues
             FROM un_roll_call WHERE date < ?1 ORDER BY date, rcid",
        )?;
        let rows = st.query_map(params![date], |r| {
            let issues: String = r.get(10)?;
            Ok(RollCallRow {
                line: r.get::<_, i64>(0)? as u64,
                rcid: r.get(1)?,
                session: r.get(2)?,
                important: r.get(3)?,
                date: r.get(4)?,
                unres: r.get(5)?,
                amend: r.get(6)?,
                para: r.get(7)?,
                short: r.get(8)?,
                descr: r.get(9)?,
                issues: issues.split("; ").filter(|s| !s.is_empty()).map(String::from).collect(),
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// One roll call.
    pub fn roll_call(&self, rcid: i64) -> Result<Option<RollCallRow>> {
        let date: Option<String> =
            self.conn.query_row("SELECT date FROM un_roll_call WHERE rcid = ?1", params![rcid], |r| r.get(0)).optional()?;
        let Some(date) = date else { return Ok(None) };
        // Reuse the range query: everything up to the next day, then pick the id.
        let next = format!("{date}\u{ffff}");
        Ok(self.roll_calls_before(&next)?.into_iter().rev().find(|c| c.rcid == rcid))
    }

    /// Votes on roll calls dated strictly before `date`, as (rcid, iso3, vote, line).
    pub fn votes_before(&self, date: &str) -> Result<Vec<VoteRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT v.line, v.rcid, v.iso3, v.vote FROM un_vote v JOIN un_roll_call c ON c.rcid = v.rcid
             WHERE c.date < ?1 ORDER BY v.rcid, v.iso3",
        )?;
        let out = vote_rows(st.query(params![date])?)?;
        Ok(out)
    }

    /// Votes on roll calls dated on or after `from` and strictly before `to` (YYYY-MM-DD), by
    /// roll call then state: the window a World's voting affinity is computed on.
    pub fn votes_between(&self, from: &str, to: &str) -> Result<Vec<VoteRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT v.line, v.rcid, v.iso3, v.vote FROM un_roll_call c JOIN un_vote v ON v.rcid = c.rcid
             WHERE c.date >= ?1 AND c.date < ?2 ORDER BY v.rcid, v.iso3",
        )?;
        let out = vote_rows(st.query(params![from, to])?)?;
        Ok(out)
    }

    /// Votes on one roll call.
    pub fn votes_on(&self, rcid: i64) -> Result<Vec<VoteRow>> {
        let mut st = self.conn.prepare_cached("SELECT line, rcid, iso3, vote FROM un_vote WHERE rcid = ?1 ORDER BY iso3")?;
        let out = vote_rows(st.query(params![rcid])?)?;
        Ok(out)
    }
}

/// Rows of `(line, rcid, iso3, vote)` as votes; codes other than yes/abstain/no (absent, not a
/// member) are skipped.
fn vote_rows(mut rows: rusqlite::Rows<'_>) -> Result<Vec<VoteRow>> {
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let v: i64 = r.get(3)?;
        if let Some(vote) = VoteChoice::from_i64(v) {
            out.push(VoteRow { line: r.get::<_, i64>(0)? as u64, rcid: r.get(1)?, iso3: r.get(2)?, vote });
        }
    }
    Ok(out)
}
