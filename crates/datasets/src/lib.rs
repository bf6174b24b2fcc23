//! Importers for the datasets analysts already use: ATOP alliances, COW state system, National
//! Material Capabilities and bilateral trade, SIPRI arms transfers, UN General Assembly votes,
//! GDELT event exports, and treaties the analyst enters ([`treaties`]). Each importer validates columns, names bad rows by line and reason, is
//! idempotent, and records the dataset and row as provenance.

use std::path::PathBuf;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct ImportReport {
    /// Dataset name ("atop", "nmc", "unvotes"…).
    pub dataset: String,
    /// Files read.
    pub files: Vec<PathBuf>,
    /// Rows read (data rows, header excluded).
    pub rows_read: u64,
    /// Rows stored now.
    pub rows_added: u64,
    /// Rows already stored by an earlier import of the same data.
    pub rows_unchanged: u64,
    /// Rows rejected, each with file, line and reason.
    pub rejected: Vec<RowError>,
}

/// A rejected row.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RowError {
    /// The file.
    pub file: PathBuf,
    /// 1-based line number in the file.
    pub line: u64,
    /// What is wrong with it.
    pub reason: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.reason)
    }
}

/// Why an import failed as a whole (bad rows are reported in [`ImportReport::rejected`] instead).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file's header or layout is not the one expected.
    #[error("{}:{line}: {message}", path.display())]
    Layout {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// Wrong number of files for this dataset, or similar usage problems.
    #[error("{0}")]
    Usage(String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] realign_store::StoreError),
}

mod cow;
pub mod gdelt;
pub mod unvotes;
mod source;
mod table;
pub mod treaties;

pub use cow::{parse_atop, parse_mid, parse_nmc, parse_sipri, parse_states, parse_trade};

/// The datasets `realign import` knows, by their command-line names.
pub const DATASETS: [&str; 9] = ["atop", "nmc", "cow-trade", "sipri", "unvotes", "cow-states", "gdelt", "mid", "treaties"];

/// Imports `paths` as `dataset` into the store: each file in its own transaction, bad rows
/// skipped and reported (file, line, reason), files already imported recognised by checksum.
pub fn import(
    store: &mut realign_store::Store,
    dataset: &str,
    paths: &[&std::path::Path],
) -> Result<ImportReport, ImportError> {
    if paths.is_empty() {
        return Err(ImportError::Usage(format!("import {dataset}: no file given")));
    }
    // One file at a time, each in its own transaction; the reports summed.
    let mut each = |one: &mut dyn FnMut(&mut realign_store::Store, &std::path::Path) -> Result<ImportReport, ImportError>| {
        let mut total = ImportReport { dataset: dataset.to_string(), ..Default::default() };
        for p in paths {
            let r = one(store, p)?;
            total.files.extend(r.files);
            total.rows_read += r.rows_read;
            total.rows_added += r.rows_added;
            total.rows_unchanged += r.rows_unchanged;
            total.rejected.extend(r.rejected);
        }
        Ok(total)
    };
    match dataset {
        "atop" | "nmc" | "cow-trade" | "sipri" | "cow-states" | "mid" => each(&mut |s, p| cow::import_file(s, dataset, p)),
        "unvotes" => unvotes::import(store, paths),
        "treaties" => each(&mut |s, p| treaties::import(s, p)),
        "gdelt" => each(&mut |s, p| import_gdelt(s, p)),
        other => Err(ImportError::Usage(format!(
            "unknown dataset {other:?}; known: {}",
            DATASETS.join(", ")
        ))),
    }
}

/// Imports one GDELT export as event claims. The file is stored as a document of its own (id
/// `gdelt-` + the file's SHA-256 prefix; its text names the file and checksum) so every claim
/// traces to a dataset row; re-importing the same file adds nothing. Rows whose actors are not
/// countries or whose CAMEO code has no PLOVER type (01 statements) are counted as unchanged.
fn import_gdelt(store: &mut realign_store::Store, path: &std::path::Path) -> Result<ImportReport, ImportError> {
    let sha = source::sha256_file(path)?;
    let name = source::file_name(path);
    let mut rejected = Vec::new();
    let (events, duplicates) = gdelt::parse(source::open(path)?, path, &mut rejected);
    let doc_id = format!("gdelt-{}", sha.get(..16).unwrap_or(&sha));
    let claims: Vec<realign_core::Claim> = events.iter().filter_map(|e| gdelt::to_claim(e, &doc_id)).collect();
    let layout = events.first().map(|e| if e.columns == 61 { "GDELT 2.0" } else { "GDELT 1.0" }).unwrap_or("GDELT");
    let doc = realign_core::Document {
        id: doc_id,
        name: Some(name.clone()),
        title: Some(format!("{layout} event export {name}")),
        date: events.iter().map(|e| e.date).max(),
        url: None,
        author: None,
        publisher: Some("GDELT Project".into()),
        text: format!("{layout} event export {name}, sha256 {sha}: {} rows, {} re-issued duplicates skipped", events.len(), duplicates),
    };
    let outcome = store.ingest_document(&doc, &claims)?;
    let added = if outcome.new { claims.len() as u64 } else { 0 };
    Ok(ImportReport {
        dataset: "gdelt".into(),
        files: vec![path.to_path_buf()],
        rows_read: events.len() as u64 + duplicates + rejected.len() as u64,
        rows_added: added,
        rows_unchanged: events.len() as u64 + duplicates - added,
        rejected,
    })
}
