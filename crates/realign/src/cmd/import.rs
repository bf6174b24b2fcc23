//! `realign import KIND FILE…`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

use super::Context;
use crate::exit;

/// Flags of `realign import`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Dataset: atop, nmc, cow-trade, sipri, unvotes, cow-states, gdelt, mid (COW/GML MID dyad-years),
    /// treaties (your own, a TOML file of [[treaty]] tables: see crates/datasets/src/treaties.rs).
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(realign_datasets::DATASETS))]
    pub kind: String,
    /// The file(s). `unvotes` takes the votes file (.csv or .csv.gz) and the roll-calls file.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// How many rejected rows to list on stderr (all are counted).
    #[arg(long, default_value_t = 20)]
    pub show_rejected: usize,
}

/// Runs `realign import`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let mut store = realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
    let paths: Vec<&std::path::Path> = args.files.iter().map(|p| p.as_path()).collect();
    let spinner = (!ctx.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr())).then(|| {
        let s = indicatif::ProgressBar::new_spinner();
        s.set_message(format!("importing {} …", args.kind));
        s.enable_steady_tick(std::time::Duration::from_millis(120));
        s
    });
    let result = realign_datasets::import(&mut store, &args.kind, &paths);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    let report = result?;
    for e in report.rejected.iter().take(args.show_rejected) {
        eprintln!("realign: rejected {e}");
    }
    if report.rejected.len() > args.show_rejected {
        eprintln!("realign: … and {} more rejected rows", report.rejected.len() - args.show_rejected);
    }
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else if !ctx.quiet {
        eprintln!(
            "{}: {} rows read, {} added, {} already stored, {} rejected",
            report.dataset,
            report.rows_read,
            report.rows_added,
            report.rows_unchanged,
            report.rejected.len()
        );
    }
    Ok(if report.rejected.is_empty() {
        ExitCode::SUCCESS
    } else if report.rows_added + report.rows_unchanged == 0 {
        ExitCode::from(exit::FAILURE)
    } else {
        ExitCode::from(exit::PARTIAL)
    })
}
