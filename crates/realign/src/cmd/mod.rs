//! One module per subcommand. Each has an `Args` (clap) and a `run(&Context, Args)`.

use std::path::PathBuf;

pub mod balance;
pub mod bargain;
pub mod claims;
pub mod conflicts;
pub mod demo;
pub mod eval;
pub mod export;
pub mod import;
pub mod ingest;
pub mod landscape;
pub mod leverage;
pub mod predict;
pub mod reactions;
pub mod scenario;
pub mod serve;
pub mod show;
pub mod table;
pub mod trend;
pub mod world;

/// Flags every subcommand sees.
#[derive(Debug, Clone)]
pub struct Context {
    /// The store file.
    pub db: PathBuf,
    /// `--json`: machine-readable output on stdout.
    pub json: bool,
    /// `--quiet`: no progress bars or informational messages.
    #[allow(dead_code)]
    pub quiet: bool,
}

/// `$REALIGN_DB`, else `realign.db` in the current directory.
pub fn default_db_path() -> PathBuf {
    std::env::var_os("REALIGN_DB").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("realign.db"))
}

/// The 1-based line a TOML error points at in `text` (0 when it points nowhere).
pub fn toml_error_line(text: &str, e: &toml::de::Error) -> usize {
    e.span().map_or(0, |s| text[..s.start.min(text.len())].matches('\n').count() + 1)
}
