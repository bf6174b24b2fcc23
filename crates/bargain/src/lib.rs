//! Bargaining over an issue: a KTAB-compatible Spatial Model of Politics ([`smp`]) and
//! Bueno de Mesquita's expected-utility model in the Scholz, Calbert & Smith (2011) reading ([`eu`]).
//!
//! Both take a [`Scenario`]: actors with a capability, a position and a salience on each dimension.
//! Scenarios come from KTAB's CSV format ([`ktab_csv`]), our TOML format ([`toml_input`]), or a
//! realign World (built in the `realign` binary from `realign-world`).
//!
//! Models are pure and deterministic: no I/O, seeded randomness only.

pub mod deu3;
pub mod eu;
pub mod from_world;
pub mod ktab_csv;
pub mod plot;
pub mod smp;
pub mod toml_input;

use std::path::Path;

/// A malformed or unreadable scenario file. Messages name the file, and where possible the line
/// and the field.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// A problem at a known line and field.
    #[error("{file}:{line}: {field}: {message}")]
    Field {
        /// The file (as given by the user).
        file: String,
        /// 1-based line number.
        line: usize,
        /// The field (column, key) at fault.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// A problem with the file as a whole.
    #[error("{file}: {message}")]
    File {
        /// The file (as given by the user).
        file: String,
        /// What is wrong.
        message: String,
    },
    /// The file could not be read.
    #[error("{file}: cannot read")]
    Io {
        /// The file (as given by the user).
        file: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// An error of the KTAB CSV reader.
    #[error("{file}: {source}")]
    Ktab {
        /// The file (as given by the user).
        file: String,
        /// The reader's error (it names line and field).
        source: ktab_csv::KtabCsvError,
    },
}

/// The scenario file formats realign reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// KTAB's SMP CSV: `name, description, nActors, nDims` line, header, actor lines.
    KtabCsv,
    /// The expected-utility replications' CSV: `Actor, Capability, Position, Salience`.
    BdmCsv,
    /// Our TOML format ([`toml_input`]).
    Toml,
}

/// Detects the format of a scenario file from its extension and content: `.toml`, or text whose
/// first non-blank, non-comment line is a TOML key or table, is TOML; a CSV whose header has exactly
/// the four columns of the expected-utility layout is [`Format::BdmCsv`]; any other CSV is KTAB's.
pub fn detect_format(path: &Path, text: &str) -> Format {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if ext.as_deref() == Some("toml") {
        return Format::Toml;
    }
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    if first.starts_with('[') || (first.contains('=') && !first.contains(',')) {
        return Format::Toml;
    }
    if eu::bdm_csv::looks_like(text) {
        return Format::BdmCsv;
    }
    Format::KtabCsv
}

/// Reads a scenario from `text` in `format`; `file` names the source in errors.
pub fn parse_scenario(text: &str, file: &str, format: Format) -> Result<Scenario, InputError> {
    match format {
        Format::Toml => toml_input::parse(text, file),
        Format::BdmCsv => eu::bdm_csv::parse(text, file),
        Format::KtabCsv => ktab_csv::parse(text).map_err(|source| InputError::Ktab {
            file: file.to_string(),
            source,
        }),
    }
}

/// Reads a scenario file, detecting its format with [`detect_format`].
pub fn load_scenario(path: &Path) -> Result<(Scenario, Format), InputError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| InputError::Io { file: file.clone(), source })?;
    let text = String::from_utf8(bytes).map_err(|e| InputError::File {
        file: file.clone(),
        message: format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let format = detect_format(path, text);
    Ok((parse_scenario(text, &file, format)?, format))
}

/// One bargaining problem: who takes part, with what clout, where they stand and how much they care.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Scenario {
    /// Scenario name (KTAB: line 1, first field).
    pub name: String,
    /// Free-text description.
    pub description: String,
    /// Names of the dimensions (issues), in order.
    pub dimensions: Vec<String>,
    /// The actors, in input order (output arrays follow this order).
    pub actors: Vec<ActorSpec>,
}

/// One actor in a [`Scenario`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActorSpec {
    /// Short name.
    pub name: String,
    /// Free-text description.
    pub description: String,
    /// Capability ("power" in KTAB; any positive scale).
    pub capability: f64,
    /// Position on each dimension (KTAB: 0–100).
    pub positions: Vec<f64>,
    /// Salience of each dimension (KTAB: 0–100, summing to at most 100 per actor).
    pub saliences: Vec<f64>,
}
