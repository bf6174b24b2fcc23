//! The embedded store: one SQLite file holding documents, claims (with their sources and
//! evidence), reconciliation results and imported datasets. The only crate that speaks SQL.
//!
//! Each module owns its tables and creates them in its `init` (idempotent `CREATE … IF NOT EXISTS`):
//! - [`claims`]: documents, claims, claim sources, conflicts/corroborations.
//! - [`datasets`]: imported datasets (ATOP, COW, SIPRI, GDELT) with provenance.
//! - [`votes`]: UN General Assembly roll calls and votes.
//!
//! [`grade`] touches no table: it grades stored claims (Admiralty code, "B2") from their sources.
//!
//! The command line's store file is `--db FILE`, else `$REALIGN_DB`, else `./realign.db`. One file, no
//! server; opened in WAL mode so a killed writer leaves it consistent and readers never block.

use std::path::Path;

pub mod claims;
pub mod datasets;
pub mod grade;
pub mod votes;

/// Errors from the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite said no.
    #[error("store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored JSON value could not be (de)serialised.
    #[error("store: bad stored value: {0}")]
    Json(#[from] serde_json::Error),
    /// Anything else, in words.
    #[error("store: {0}")]
    Other(String),
}

/// Result alias for store operations.
pub type Result<T> = std::result::Result<T, StoreError>;

/// An open store.
pub struct Store {
    pub(crate) conn: rusqlite::Connection,
}

impl Store {
    /// Opens (creating if needed) the store file at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = rusqlite::Connection::open(path)?;
        Self::init(conn)
    }

    /// A store that lives in memory only (tests, one-shot evaluation).
    pub fn open_in_memory() -> Result<Store> {
        Self::init(rusqlite::Connection::open_in_memory()?)
    }

    fn init(conn: rusqlite::Connection) -> Result<Store> {
        // WAL: readers never block the writer; a killed process leaves the file consistent.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        claims::init(&conn)?;
        datasets::init(&conn)?;
        votes::init(&conn)?;
        Ok(Store { conn })
    }
}
