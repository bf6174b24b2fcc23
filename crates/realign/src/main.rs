//! The `realign` command line. Thin by design: it parses flags, calls the library crates and
//! formats their results. No domain logic lives here (see ARCHITECTURE.md).

mod cmd;
mod exit;
#[cfg(feature = "parquet")]
mod parquet_out;
mod plot;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// News text in; a sourced, time-aware model of the international system out.
#[derive(Parser, Debug)]
#[command(name = "realign", version, about, long_about = None)]
struct Cli {
    /// The store file (SQLite). Default: $REALIGN_DB, else ./realign.db.
    #[arg(long, global = true, value_name = "FILE")]
    db: Option<PathBuf>,
    /// Print machine-readable JSON on stdout instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// No progress bars or informational messages on stderr.
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// The main job on built-in example articles: read, store, show claims, conflicts, corroborations.
    Demo(cmd::demo::Args),
    /// Read articles (files, folders, `-` for stdin) into the store.
    Ingest(cmd::ingest::Args),
    /// List stored claims, with filters.
    Claims(cmd::claims::Args),
    /// List claims that disagree across sources.
    Conflicts(cmd::conflicts::Args),
    /// Show one claim with its sources and evidence sentences.
    Show(cmd::show::Args),
    /// Export claims as PLOVER JSON, GDELT TSV or CSV.
    Export(cmd::export::Args),
    /// Score the reader against a gold file (seed claim gold or PLOVER gold standard).
    Eval(cmd::eval::Args),
    /// Import a dataset (ATOP, COW, SIPRI, UN votes, GDELT) into the store.
    Import(cmd::import::Args),
    /// Build the World as of a date and summarise it.
    World(cmd::world::Args),
    /// A dyad's ties over time (alliance, trade dependence, arms, combined tie), as text, JSON or SVG.
    Trend(cmd::trend::Args),
    /// Build peacesciencer-style dyad-year or state-year tables.
    Table(cmd::table::Args),
    /// Structural balance: triads and the exact frustration index.
    Balance(cmd::balance::Args),
    /// Landscape theory of aggregation: energies and local minima of two-bloc alignments.
    Landscape(cmd::landscape::Args),
    /// How exposed each state is to a patron's coercion.
    Leverage(cmd::leverage::Args),
    /// Who condemned, backed or stayed silent about a state, from the stored claims.
    Reactions(cmd::reactions::Args),
    /// Predict votes on a UN roll call or statement.
    Predict(cmd::predict::Args),
    /// Run what-if scenarios and diff the outcomes.
    Scenario(cmd::scenario::Args),
    /// Bargaining over an issue: KTAB-compatible SMP or the expected-utility model.
    Bargain(cmd::bargain::Args),
    /// The HTTP API and a local web page: the alliance graph, a timeline, every claim's sources.
    Serve(cmd::serve::Args),
}

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = Cli::parse();
    init_tracing(cli.quiet);
    let ctx = cmd::Context {
        db: cli.db.clone().unwrap_or_else(cmd::default_db_path),
        json: cli.json,
        quiet: cli.quiet,
    };
    let result = match cli.command {
        Command::Demo(a) => cmd::demo::run(&ctx, a),
        Command::Ingest(a) => cmd::ingest::run(&ctx, a),
        Command::Claims(a) => cmd::claims::run(&ctx, a),
        Command::Conflicts(a) => cmd::conflicts::run(&ctx, a),
        Command::Show(a) => cmd::show::run(&ctx, a),
        Command::Export(a) => cmd::export::run(&ctx, a),
        Command::Eval(a) => cmd::eval::run(&ctx, a),
        Command::Import(a) => cmd::import::run(&ctx, a),
        Command::World(a) => cmd::world::run(&ctx, a),
        Command::Table(a) => cmd::table::run(&ctx, a),
        Command::Trend(a) => cmd::trend::run(&ctx, a),
        Command::Balance(a) => cmd::balance::run(&ctx, a),
        Command::Landscape(a) => cmd::landscape::run(&ctx, a),
        Command::Leverage(a) => cmd::leverage::run(&ctx, a),
        Command::Reactions(a) => cmd::reactions::run(&ctx, a),
        Command::Serve(a) => cmd::serve::run(&ctx, a),
        Command::Predict(a) => cmd::predict::run(&ctx, a),
        Command::Scenario(a) => cmd::scenario::run(&ctx, a),
        Command::Bargain(a) => cmd::bargain::run(&ctx, a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("realign: error: {e:#}");
            ExitCode::from(exit::FAILURE)
        }
    }
}

fn init_tracing(quiet: bool) {
    use tracing_subscriber::EnvFilter;
    let default = if quiet { "error" } else { "warn" };
    let filter = EnvFilter::try_from_env("REALIGN_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .without_time()
        .try_init();
}

/// Unix manners: `realign … | head` ends quietly when the reader goes away, instead of
/// panicking on a closed stdout (Rust ignores SIGPIPE by default).
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any other thread exists; resetting a signal's
    // disposition to its default is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
