//! Reading delimited files by column name, with line numbers and explicit missing values.

use std::io::Read;
use std::path::Path;

use crate::{ImportError, RowError};

/// A delimited file opened for reading by column name.
pub(crate) struct Table<R: Read> {
    reader: csv::Reader<R>,
    headers: Vec<String>,
    path: std::path::PathBuf,
}

/// One record with its 1-based line number.
pub(crate) struct Record<'t> {
    pub line: u64,
    record: &'t csv::StringRecord,
    idx: &'t [usize],
    names: &'t [&'static str],
    path: &'t Path,
}

impl<R: Read> Table<R> {
    /// Opens `input` (named `path` in messages) as CSV with a header row.
    pub fn new(input: R, path: &Path, delimiter: u8) -> Result<Self, ImportError> {
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(input);
        let headers = reader
            .headers()
            .map_err(|e| ImportError::Layout { path: path.to_path_buf(), line: 1, message: format!("unreadable header: {e}") })?
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
            .collect();
        Ok(Table { reader, headers, path: path.to_path_buf() })
    }

    /// Indices of the required columns, or a layout error naming the missing ones.
    pub fn columns(&self, names: &[&'static str]) -> Result<Vec<usize>, ImportError> {
        let mut idx = Vec::with_capacity(names.len());
        let mut missing = Vec::new();
        for n in names {
            // "a|b" accepts either spelling (packaged vs official layouts).
            match n.split('|').find_map(|alt| self.headers.iter().position(|h| h == alt)) {
                Some(i) => idx.push(i),
                None => missing.push(n.split('|').next().unwrap_or(n)),
            }
        }
        if missing.is_empty() {
            Ok(idx)
        } else {
            Err(ImportError::Layout {
                path: self.path.clone(),
                line: 1,
                message: format!("missing column(s) {} (found: {})", missing.join(", "), self.headers.join(", ")),
            })
        }
    }

    /// Calls `f` for every record; records the CSV layer cannot read become row errors.
    pub fn for_each(
        &mut self,
        names: &[&'static str],
        idx: &[usize],
        rejected: &mut Vec<RowError>,
        mut f: impl FnMut(&Record<'_>) -> Result<(), String>,
    ) {
        let mut rec = csv::StringRecord::new();
        loop {
            let line = self.reader.position().line().max(1);
            match self.reader.read_record(&mut rec) {
                Ok(false) => break,
                Ok(true) => {
                    let line = rec.position().map(|p| p.line()).unwrap_or(line);
                    if rec.iter().all(|f| f.trim().is_empty()) {
                        continue;
                    }
                    let r = Record { line, record: &rec, idx, names, path: &self.path };
                    if let Err(reason) = f(&r) {
                        rejected.push(RowError { file: self.path.clone(), line, reason });
                    }
                }
                Err(e) => {
                    let line = e.position().map(|p| p.line()).unwrap_or(line);
                    rejected.push(RowError { file: self.path.clone(), line, reason: format!("unreadable row: {e}") });
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        break;
                    }
                }
            }
        }
    }
}

/// True for the spellings datasets use for a missing value.
pub(crate) fn is_missing(s: &str) -> bool {
    matches!(s, "" | "NA" | "N/A" | "." | "-9" | "-9.0" | "-99" | "NaN" | "nan" | "NULL")
}

impl Record<'_> {
    /// The raw text of required column `k` (by position in the list given to `columns`).
    pub fn raw(&self, k: usize) -> &str {
        self.idx.get(k).and_then(|&i| self.record.get(i)).unwrap_or("").trim()
    }
    fn name(&self, k: usize) -> &str {
        self.names.get(k).and_then(|n| n.split('|').next()).unwrap_or("?")
    }
    /// A required integer.
    pub fn int(&self, k: usize) -> Result<i64, String> {
        let s = self.raw(k);
        s.parse::<i64>()
            .or_else(|_| s.parse::<f64>().ok().filter(|f| f.fract() == 0.0 && f.is_finite()).map(|f| f as i64).ok_or(()))
            .map_err(|_| format!("column {}: expected an integer, found {:?}", self.name(k), s))
    }
    /// The raw text of any column by its position in the file.
    pub fn raw_at(&self, i: usize) -> &str {
        self.record.get(i).unwrap_or("").trim()
    }
    /// An optional number (missing spellings → None).
    pub fn num(&self, k: usize) -> Result<Option<f64>, String> {
        let s = self.raw(k);
        if is_missing(s) {
            return Ok(None);
        }
        s.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Some)
            .ok_or_else(|| format!("column {}: expected a number, found {:?}", self.name(k), s))
    }
    /// An optional integer (missing spellings → None).
    pub fn opt_int(&self, k: usize) -> Result<Option<i64>, String> {
        if is_missing(self.raw(k)) {
            Ok(None)
        } else {
            self.int(k).map(Some)
        }
    }
    /// A 0/1 flag.
    pub fn flag(&self, k: usize) -> Result<bool, String> {
        match self.raw(k) {
            "0" | "0.0" | "FALSE" | "false" => Ok(false),
            "1" | "1.0" | "TRUE" | "true" => Ok(true),
            s => Err(format!("column {}: expected 0 or 1, found {:?}", self.name(k), s)),
        }
    }
    /// A required non-empty text.
    pub fn text(&self, k: usize) -> Result<String, String> {
        let s = self.raw(k);
        if s.is_empty() {
            Err(format!("column {}: empty", self.name(k)))
        } else {
            Ok(s.to_string())
        }
    }
    /// The file this record is from.
    #[allow(dead_code)]
    pub fn path(&self) -> &Path {
        self.path
    }
}
