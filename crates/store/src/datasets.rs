//! Imported datasets with provenance: ATOP alliances, COW states, NMC capabilities, COW trade and
//! SIPRI arms transfers. One typed table per dataset (fast joins for the World), one provenance
//! table recording every import (dataset, version, file, checksum, rows, time, filters).
//!
//! Missing values are stored as NULL, never 0: a dataset that does not cover a year answers
//! "missing", and so does a cell the dataset itself codes as missing (-9, NA).

use rusqlite::{params, OptionalExtension};

use crate::{Result, Store};

pub(crate) fn init(conn: &rusqlite::Connection) -> Result<()> {
    conn.execute_batch(
        "
        CREATE TABLE IF NOT EXISTS dataset_import (
            id INTEGER PRIMARY KEY,
            dataset TEXT NOT NULL,
            version TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            rows_read INTEGER NOT NULL DEFAULT 0,
            rows_added INTEGER NOT NULL DEFAULT 0,
            rows_rejected INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            filters TEXT NOT NULL DEFAULT '',
            UNIQUE (dataset, sha256)
        );
        CREATE TABLE IF NOT EXISTS atop_dyad_year (
            ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, year INTEGER NOT NULL,
            defense INTEGER NOT NULL, offense INTEGER NOT NULL, neutral INTEGER NOT NULL,
            nonagg INTEGER NOT NULL, consul INTEGER NOT NULL,
            import_id INTEGER NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (ccode1, ccode2, year)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS cow_state (
            ccode INTEGER NOT NULL, stateabb TEXT NOT NULL, name TEXT NOT NULL,
            start TEXT NOT NULL, end TEXT NOT NULL,
            import_id INTEGER NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (ccode, start)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS nmc_state_year (
            ccode INTEGER NOT NULL, year INTEGER NOT NULL,
            milex REAL, milper REAL, irst REAL, pec REAL, tpop REAL, upop REAL, cinc REAL,
            import_id INTEGER NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (ccode, year)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS trade_dyad_year (
            ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, year INTEGER NOT NULL,
            flow1 REAL, flow2 REAL, smoothflow1 REAL, smoothflow2 REAL,
            import_id INTEGER NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (ccode1, ccode2, year)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS mid_dyad_year (
            dispnum INTEGER NOT NULL, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, year INTEGER NOT NULL,
            hostlev INTEGER NOT NULL, fatality INTEGER,
            import_id INTEGER NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (dispnum, ccode1, ccode2, year)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS sipri_dyad_year (
            supplier TEXT NOT NULL, recipient TEXT NOT NULL, year INTEGER NOT NULL,
            supplier_ccode INTEGER, recipient_ccode INTEGER, tiv REAL,
            import_id INTEGER NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (supplier, recipient, year)
        ) WITHOUT ROWID;
        ",
    )?;
    Ok(())
}

/// Provenance of one import: what was read, from where.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ImportMeta {
    /// Dataset name ("atop", "nmc", "cow-trade", "sipri", "cow-states", …).
    pub dataset: String,
    /// Dataset version as far as known ("5.1", "v7.0"); "unknown" otherwise.
    pub version: String,
    /// The file's name as given.
    pub file_name: String,
    /// SHA-256 of the file's bytes (hex).
    pub sha256: String,
    /// Filters applied while importing, in words ("" for none).
    pub filters: String,
}

/// A recorded import.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ImportRecord {
    /// Row id of the import.
    pub id: i64,
    /// What was imported.
    pub meta: ImportMeta,
    /// Data rows read.
    pub rows_read: u64,
    /// Rows new or changed by this import.
    pub rows_added: u64,
    /// Rows rejected.
    pub rows_rejected: u64,
    /// When (UTC, ISO 8601).
    pub imported_at: String,
}

/// What storing one import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct StoreOutcome {
    /// Rows new or changed.
    pub added: u64,
    /// Rows identical to what was stored.
    pub unchanged: u64,
    /// True when this exact file (same dataset and checksum) had been imported before: nothing done.
    pub already_imported: bool,
}

/// ATOP directed dyad-year row (obligation flags as 0/1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct AtopRow {
    /// Line in the source file (provenance).
    pub line: u64,
    /// COW code of the first state.
    pub ccode1: i64,
    /// COW code of the second state.
    pub ccode2: i64,
    /// Year.
    pub year: i64,
    /// Defence pact.
    pub defense: bool,
    /// Offence pact.
    pub offense: bool,
    /// Neutrality pact.
    pub neutral: bool,
    /// Non-aggression pact.
    pub nonagg: bool,
    /// Consultation pact.
    pub consul: bool,
}

/// COW state system membership spell.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StateRow {
    /// Line in the source file.
    pub line: u64,
    /// COW numeric code.
    pub ccode: i64,
    /// COW letter code.
    pub stateabb: String,
    /// Name.
    pub name: String,
    /// Entry date, YYYY-MM-DD.
    pub start: String,
    /// Exit date (or end of coverage), YYYY-MM-DD.
    pub end: String,
}

/// COW National Material Capabilities state-year row (missing = None).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct NmcRow {
    /// Line in the source file.
    pub line: u64,
    /// COW code.
    pub ccode: i64,
    /// Year.
    pub year: i64,
    /// Military expenditure (thousands of current US$).
    pub milex: Option<f64>,
    /// Military personnel (thousands).
    pub milper: Option<f64>,
    /// Iron and steel production (thousands of tons).
    pub irst: Option<f64>,
    /// Primary energy consumption (thousands of coal-ton equivalents).
    pub pec: Option<f64>,
    /// Total population (thousands).
    pub tpop: Option<f64>,
    /// Urban population (thousands).
    pub upop: Option<f64>,
    /// Composite Index of National Capability.
    pub cinc: Option<f64>,
}

/// COW bilateral trade row, non-directed (`flow1` = imports of ccode1 from ccode2, US$ millions).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct TradeRow {
    /// Line in the source file.
    pub line: u64,
    /// COW code of the first state.
    pub ccode1: i64,
    /// COW code of the second state.
    pub ccode2: i64,
    /// Year.
    pub year: i64,
    /// Imports of ccode1 from ccode2.
    pub flow1: Option<f64>,
    /// Imports of ccode2 from ccode1.
    pub flow2: Option<f64>,
    /// Smoothed flow1.
    pub smoothflow1: Option<f64>,
    /// Smoothed flow2.
    pub smoothflow2: Option<f64>,
}

/// SIPRI arms transfers, trend-indicator value per supplier–recipient–year.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SipriRow {
    /// Line in the source file.
    pub line: u64,
    /// Supplier as SIPRI names it.
    pub supplier: String,
    /// Recipient as SIPRI names it (may be a non-state actor).
    pub recipient: String,
    /// Year of delivery.
    pub year: i64,
    /// Supplier's COW code, when a state.
    pub supplier_ccode: Option<i64>,
    /// Recipient's COW code, when a state.
    pub recipient_ccode: Option<i64>,
    /// TIV (millions).
    pub tiv: Option<f64>,
}

/// A militarized interstate dispute, directed dyad-year (COW MID or GML MID layout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct MidRow {
    /// Line in the source file.
    pub line: u64,
    /// Dispute number.
    pub dispnum: i64,
    /// COW code of the first state.
    pub ccode1: i64,
    /// COW code of the second state.
    pub ccode2: i64,
    /// Year.
    pub year: i64,
    /// Highest hostility level reached by either side in the dispute (1 no militarized action …
    /// 5 war).
    pub hostlev: i64,
    /// Fatality level, when coded.
    pub fatality: Option<i64>,
}

impl Store {
    /// Imports recorded so far, oldest first.
    pub fn dataset_imports(&self) -> Result<Vec<ImportRecord>> {
        let mut st = self.conn.prepare(
            "SELECT id, dataset, version, file_name, sha256, filters, rows_read, rows_added, rows_rejected, imported_at
             FROM dataset_import ORDER BY id",
        )?;
        let rows = st.query_map([], |r| {
            Ok(ImportRecord {
                id: r.get(0)?,
                meta: ImportMeta {
                    dataset: r.get(1)?,
                    version: r.get(2)?,
                    file_name: r.get(3)?,
                    sha256: r.get(4)?,
                    filters: r.get(5)?,
                },
                rows_read: r.get::<_, i64>(6)? as u64,
                rows_added: r.get::<_, i64>(7)? as u64,
                rows_rejected: r.get::<_, i64>(8)? as u64,
                imported_at: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Stores ATOP rows from one file in one transaction.
    pub fn import_atop(&mut self, meta: &ImportMeta, rows: &[AtopRow], rejected: u64) -> Result<StoreOutcome> {
        self.import_rows(
            meta,
            rows.len() as u64 + rejected,
            rejected,
            "INSERT INTO atop_dyad_year (ccode1, ccode2, year, defense, offense, neutral, nonagg, consul, import_id, line)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (ccode1, ccode2, year) DO UPDATE SET
               defense = excluded.defense, offense = excluded.offense, neutral = excluded.neutral,
               nonagg = excluded.nonagg, consul = excluded.consul, import_id = excluded.import_id, line = excluded.line
             WHERE (defense, offense, neutral, nonagg, consul) IS NOT
                   (excluded.defense, excluded.offense, excluded.neutral, excluded.nonagg, excluded.consul)",
            rows,
            |st, r, id| {
                st.execute(params![
                    r.ccode1, r.ccode2, r.year, r.defense, r.offense, r.neutral, r.nonagg, r.consul, id, r.line as i64
                ])
            },
        )
    }

    /// Stores COW state-system spells from one file in one transaction.
    pub fn import_states(&mut self, meta: &ImportMeta, rows: &[StateRow], rejected: u64) -> Result<StoreOutcome> {
        self.import_rows(
            meta,
            rows.len() as u64 + rejected,
            rejected,
            "INSERT INTO cow_state (ccode, stateabb, name, start, end, import_id, line)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (ccode, start) DO UPDATE SET
               stateabb = excluded.stateabb, name = excluded.name, end = excluded.end,
               import_id = excluded.import_id, line = excluded.line
             WHERE (stateabb, name, end) IS NOT (excluded.stateabb, excluded.name, excluded.end)",
            rows,
            |st, r, id| st.execute(params![r.ccode, r.stateabb, r.name, r.start, r.end, id, r.line as i64]),
        )
    }

    /// Stores NMC rows from one file in one transaction.
    pub fn import_nmc(&mut self, meta: &ImportMeta, rows: &[NmcRow], rejected: u64) -> Result<StoreOutcome> {
        self.import_rows(
            meta,
            rows.len() as u64 + rejected,
            rejected,
            "INSERT INTO nmc_state_year (ccode, year, milex, milper, irst, pec, tpop, upop, cinc, import_id, line)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (ccode, year) DO UPDATE SET
               milex = excluded.milex, milper = excluded.milper, irst = excluded.irst, pec = excluded.pec,
               tpop = excluded.tpop, upop = excluded.upop, cinc = excluded.cinc,
               import_id = excluded.import_id, line = excluded.line
             WHERE (milex, milper, irst, pec, tpop, upop, cinc) IS NOT
                   (excluded.milex, excluded.milper, excluded.irst, excluded.pec, excluded.tpop, excluded.upop, excluded.cinc)",
            rows,
            |st, r, id| {
                st.execute(params![
                    r.ccode, r.year, r.milex, r.milper, r.irst, r.pec, r.tpop, r.upop, r.cinc, id, r.line as i64
                ])
            },
        )
    }

    /// Stores COW trade rows from one file in one transaction.
    pub fn import_trade(&mut self, meta: &ImportMeta, rows: &[TradeRow], rejected: u64) -> Result<StoreOutcome> {
        self.import_rows(
            meta,
            rows.len() as u64 + rejected,
            rejected,
            "INSERT INTO trade_dyad_year (ccode1, ccode2, year, flow1, flow2, smoothflow1, smoothflow2, import_id, line)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (ccode1, ccode2, year) DO UPDATE SET
               flow1 = excluded.flow1, flow2 = excluded.flow2, smoothflow1 = excluded.smoothflow1,
               smoothflow2 = excluded.smoothflow2, import_id = excluded.import_id, line = excluded.line
             WHERE (flow1, flow2, smoothflow1, smoothflow2) IS NOT
                   (excluded.flow1, excluded.flow2, excluded.smoothflow1, excluded.smoothflow2)",
            rows,
            |st, r, id| {
                st.execute(params![
                    r.ccode1, r.ccode2, r.year, r.flow1, r.flow2, r.smoothflow1, r.smoothflow2, id, r.line as i64
                ])
            },
        )
    }

    /// Stores SIPRI rows from one file in one transaction.
    pub fn import_sipri(&mut self, meta: &ImportMeta, rows: &[SipriRow], rejected: u64) -> Result<StoreOutcome> {
        self.import_rows(
            meta,
            rows.len() as u64 + rejected,
            rejected,
            "INSERT INTO sipri_dyad_year (supplier, recipient, year, supplier_ccode, recipient_ccode, tiv, import_id, line)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (supplier, recipient, year) DO UPDATE SET
               supplier_ccode = excluded.supplier_ccode, recipient_ccode = excluded.recipient_ccode,
               tiv = excluded.tiv, import_id = excluded.import_id, line = excluded.line
             WHERE (supplier_ccode, recipient_ccode, tiv) IS NOT
                   (excluded.supplier_ccode, excluded.recipient_ccode, excluded.tiv)",
            rows,
            |st, r, id| {
                st.execute(params![
                    r.supplier, r.recipient, r.year, r.supplier_ccode, r.recipient_ccode, r.tiv, id, r.line as i64
                ])
            },
        )
    }

    /// Stores MID dyad-years from one file in one transaction.
    pub fn import_mid(&mut self, meta: &ImportMeta, rows: &[MidRow], rejected: u64) -> Result<StoreOutcome> {
        self.import_rows(
            meta,
            rows.len() as u64 + rejected,
            rejected,
            "INSERT INTO mid_dyad_year (dispnum, ccode1, ccode2, year, hostlev, fatality, import_id, line)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (dispnum, ccode1, ccode2, year) DO UPDATE SET
               hostlev = excluded.hostlev, fatality = excluded.fatality, import_id = excluded.import_id, line = excluded.line
             WHERE (hostlev, fatality) IS NOT (excluded.hostlev, excluded.fatality)",
            rows,
            |st, r, id| st.execute(params![r.dispnum, r.ccode1, r.ccode2, r.year, r.hostlev, r.fatality, id, r.line as i64]),
        )
    }

    /// MID dyad-years for the years `from..=to`.
    pub fn mid_rows(&self, from: i64, to: i64) -> Result<Vec<MidRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT line, dispnum, ccode1, ccode2, year, hostlev, fatality FROM mid_dyad_year WHERE year BETWEEN ?1 AND ?2",
        )?;
        let rows = st.query_map(params![from, to], |r| {
            Ok(MidRow {
                line: r.get::<_, i64>(0)? as u64,
                dispnum: r.get(1)?,
                ccode1: r.get(2)?,
                ccode2: r.get(3)?,
                year: r.get(4)?,
                hostlev: r.get(5)?,
                fatality: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Shared body of the typed imports: skip a file already imported (same dataset and checksum),
    /// else record the import and upsert every row, all in one transaction.
    fn import_rows<R>(
        &mut self,
        meta: &ImportMeta,
        rows_read: u64,
        rejected: u64,
        sql: &str,
        rows: &[R],
        mut insert: impl FnMut(&mut rusqlite::CachedStatement<'_>, &R, i64) -> rusqlite::Result<usize>,
    ) -> Result<StoreOutcome> {
        let tx = self.conn.transaction()?;
        let seen: Option<i64> = tx
            .query_row(
                "SELECT id FROM dataset_import WHERE dataset = ?1 AND sha256 = ?2",
                params![meta.dataset, meta.sha256],
                |r| r.get(0),
            )
            .optional()?;
        if seen.is_some() {
            return Ok(StoreOutcome { added: 0, unchanged: rows.len() as u64, already_imported: true });
        }
        tx.execute(
            "INSERT INTO dataset_import (dataset, version, file_name, sha256, filters, rows_read, rows_rejected)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![meta.dataset, meta.version, meta.file_name, meta.sha256, meta.filters, rows_read as i64, rejected as i64],
        )?;
        let id = tx.last_insert_rowid();
        let mut added = 0u64;
        {
            let mut st = tx.prepare_cached(sql)?;
            for r in rows {
                added += insert(&mut st, r, id)? as u64;
            }
        }
        tx.execute("UPDATE dataset_import SET rows_added = ?1 WHERE id = ?2", params![added as i64, id])?;
        tx.commit()?;
        Ok(StoreOutcome { added, unchanged: rows.len() as u64 - added, already_imported: false })
    }

    /// ATOP rows for the years `from..=to`.
    pub fn atop_rows(&self, from: i64, to: i64) -> Result<Vec<AtopRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT line, ccode1, ccode2, year, defense, offense, neutral, nonagg, consul
             FROM atop_dyad_year WHERE year BETWEEN ?1 AND ?2",
        )?;
        let rows = st.query_map(params![from, to], |r| {
            Ok(AtopRow {
                line: r.get::<_, i64>(0)? as u64,
                ccode1: r.get(1)?,
                ccode2: r.get(2)?,
                year: r.get(3)?,
                defense: r.get(4)?,
                offense: r.get(5)?,
                neutral: r.get(6)?,
                nonagg: r.get(7)?,
                consul: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// All state-system spells.
    pub fn state_rows(&self) -> Result<Vec<StateRow>> {
        let mut st =
            self.conn.prepare_cached("SELECT line, ccode, stateabb, name, start, end FROM cow_state ORDER BY ccode, start")?;
        let rows = st.query_map([], |r| {
            Ok(StateRow {
                line: r.get::<_, i64>(0)? as u64,
                ccode: r.get(1)?,
                stateabb: r.get(2)?,
                name: r.get(3)?,
                start: r.get(4)?,
                end: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// NMC rows for the years `from..=to`.
    pub fn nmc_rows(&self, from: i64, to: i64) -> Result<Vec<NmcRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT line, ccode, year, milex, milper, irst, pec, tpop, upop, cinc FROM nmc_state_year WHERE year BETWEEN ?1 AND ?2",
        )?;
        let rows = st.query_map(params![from, to], |r| {
            Ok(NmcRow {
                line: r.get::<_, i64>(0)? as u64,
                ccode: r.get(1)?,
                year: r.get(2)?,
                milex: r.get(3)?,
                milper: r.get(4)?,
                irst: r.get(5)?,
                pec: r.get(6)?,
                tpop: r.get(7)?,
                upop: r.get(8)?,
                cinc: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Trade rows for the years `from..=to`.
    pub fn trade_rows(&self, from: i64, to: i64) -> Result<Vec<TradeRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT line, ccode1, ccode2, year, flow1, flow2, smoothflow1, smoothflow2 FROM trade_dyad_year WHERE year BETWEEN ?1 AND ?2",
        )?;
        let rows = st.query_map(params![from, to], |r| {
            Ok(TradeRow {
                line: r.get::<_, i64>(0)? as u64,
                ccode1: r.get(1)?,
                ccode2: r.get(2)?,
                year: r.get(3)?,
                flow1: r.get(4)?,
                flow2: r.get(5)?,
                smoothflow1: r.get(6)?,
                smoothflow2: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// SIPRI rows for the years `from..=to`.
    pub fn sipri_rows(&self, from: i64, to: i64) -> Result<Vec<SipriRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT line, supplier, recipient, year, supplier_ccode, recipient_ccode, tiv FROM sipri_dyad_year WHERE year BETWEEN ?1 AND ?2",
        )?;
        let rows = st.query_map(params![from, to], |r| {
            Ok(SipriRow {
                line: r.get::<_, i64>(0)? as u64,
                supplier: r.get(1)?,
                recipient: r.get(2)?,
                year: r.get(3)?,
                supplier_ccode: r.get(4)?,
                recipient_ccode: r.get(5)?,
                tiv: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// The years a dataset's stored rows cover (`None` when nothing of it is stored).
    pub fn dataset_coverage(&self, dataset: &str) -> Result<Option<(i64, i64)>> {
        let table = match dataset {
            "atop" => "atop_dyad_year",
            "nmc" => "nmc_state_year",
            "cow-trade" => "trade_dyad_year",
            "sipri" => "sipri_dyad_year",
            "mid" => "mid_dyad_year",
            other => return Err(crate::StoreError::Other(format!("no coverage for dataset {other:?}"))),
        };
        let (lo, hi): (Option<i64>, Option<i64>) =
            self.conn.query_row(&format!("SELECT MIN(year), MAX(year) FROM {table}"), [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(lo.zip(hi))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(sha: &str) -> ImportMeta {
        ImportMeta {
            dataset: "atop".into(),
            version: "5.1".into(),
            file_name: "atop.csv".into(),
            sha256: sha.into(),
            filters: String::new(),
        }
    }

    fn row(line: u64, year: i64, defense: bool) -> AtopRow {
        AtopRow { line, ccode1: 365, ccode2: 731, year, defense, offense: false, neutral: false, nonagg: false, consul: true }
    }

    #[test]
    fn imports_are_idempotent_and_newer_versions_update_rows() {
        let mut s = Store::open_in_memory().unwrap();
        let rows = vec![row(2, 2000, false), row(3, 2001, false)];
        let first = s.import_atop(&meta("aa"), &rows, 0).unwrap();
        assert_eq!((first.added, first.already_imported), (2, false));
        let again = s.import_atop(&meta("aa"), &rows, 0).unwrap();
        assert!(again.already_imported);
        assert_eq!(again.added, 0);
        // A revised file changes one row: only that row counts as added.
        let revised = vec![row(2, 2000, false), row(3, 2001, true)];
        let third = s.import_atop(&meta("bb"), &revised, 0).unwrap();
        assert_eq!((third.added, third.unchanged), (1, 1));
        let stored = s.atop_rows(2001, 2001).unwrap();
        assert!(stored[0].defense);
        assert_eq!(s.dataset_imports().unwrap().len(), 2);
        assert_eq!(s.dataset_coverage("atop").unwrap(), Some((2000, 2001)));
    }

    #[test]
    fn missing_values_stay_missing() {
        let mut s = Store::open_in_memory().unwrap();
        let m = ImportMeta { dataset: "nmc".into(), ..meta("cc") };
        let r = NmcRow {
            line: 2, ccode: 731, year: 2010, milex: None, milper: Some(1190.0), irst: None, pec: None,
            tpop: Some(24000.0), upop: None, cinc: Some(0.0087),
        };
        s.import_nmc(&m, &[r], 0).unwrap();
        let back = s.nmc_rows(2010, 2010).unwrap();
        assert_eq!(back, vec![r]);
        assert_eq!(s.dataset_coverage("cow-trade").unwrap(), None);
    }
}
