//! Opening a dataset file: transparent gzip, a running SHA-256 for provenance.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::ImportError;

/// A reader that hashes the raw bytes as they pass (before decompression).
pub(crate) struct Hashing<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// The SHA-256 (hex) of a whole file, read once.
pub(crate) fn sha256_file(path: &Path) -> Result<String, ImportError> {
    let f = File::open(path).map_err(|source| ImportError::Io { path: path.to_path_buf(), source })?;
    let mut h = Hashing { inner: BufReader::with_capacity(1 << 16, f), hasher: Sha256::new() };
    std::io::copy(&mut h, &mut std::io::sink()).map_err(|source| ImportError::Io { path: path.to_path_buf(), source })?;
    Ok(h.hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Opens a file for reading, decompressing `.gz` files.
pub(crate) fn open(path: &Path) -> Result<Box<dyn Read>, ImportError> {
    let f = File::open(path).map_err(|source| ImportError::Io { path: path.to_path_buf(), source })?;
    let buf = BufReader::with_capacity(1 << 16, f);
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        Ok(Box::new(flate2::read::MultiGzDecoder::new(buf)))
    } else {
        Ok(Box::new(buf))
    }
}

/// The file name for provenance.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// A guess at the dataset version from the file name ("atop_v5_…" → "5", "nmc_v7" → "7", "states2016" → "2016").
pub(crate) fn version_from_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    for (i, w) in lower.match_indices('v') {
        let _ = w;
        let prev_ok = i == 0 || !bytes[i - 1].is_ascii_alphabetic();
        let digits: String =
            lower[i + 1..].chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect::<String>();
        let digits = digits.trim_end_matches('.');
        if prev_ok && !digits.is_empty() {
            return digits.to_string();
        }
    }
    // A four-digit year glued to a name, e.g. states2016.
    let mut run = String::new();
    for c in lower.chars() {
        if c.is_ascii_digit() {
            run.push(c);
            if run.len() == 4 && (run.starts_with("19") || run.starts_with("20")) {
                return run;
            }
        } else {
            run.clear();
        }
    }
    "unknown".into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_come_from_file_names() {
        assert_eq!(version_from_name("atop_v5_directed_dyad_year.csv"), "5");
        assert_eq!(version_from_name("cow_nmc_v6.0_abridged_raw.csv"), "6.0");
        assert_eq!(version_from_name("cow_states2016_raw.csv"), "2016");
        assert_eq!(version_from_name("mystery.csv"), "unknown");
    }
}
