//! `realign conflicts`: claims that disagree across sources (or, with `--corroborated`, claims
//! that several documents state).

use std::io::Write;
use std::process::ExitCode;

use realign_store::claims::StoredClaim;

use super::claims::{describe, open_existing};
use super::Context;

/// Flags of `realign conflicts`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// List corroborations instead: claims stated by two or more documents.
    #[arg(long)]
    pub corroborated: bool,
}

fn sources(out: &mut impl Write, c: &StoredClaim) -> std::io::Result<()> {
    for s in &c.sources {
        let name = s.doc_name.as_deref().unwrap_or(&s.doc_id);
        let independent = match s.independent {
            Some(true) => " (independent)",
            Some(false) => " (not independent)",
            None => "",
        };
        writeln!(
            out,
            "      {name}{independent}: \"{}\"",
            s.claim.evidence.sentence.trim()
        )?;
    }
    Ok(())
}

/// Runs `realign conflicts`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(ctx)?;
    let mut out = std::io::stdout().lock();
    if args.corroborated {
        let list = store.corroborations()?;
        if ctx.json {
            writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        } else {
            for c in &list {
                writeln!(
                    out,
                    "#{} {}  ({} documents)",
                    c.id,
                    describe(&c.claim),
                    c.documents().len()
                )?;
                sources(&mut out, c)?;
            }
            if !ctx.quiet {
                eprintln!("{} corroborated claims", list.len());
            }
        }
    } else {
        let list = store.conflicts()?;
        if ctx.json {
            writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        } else {
            for c in &list {
                writeln!(out, "conflict on {}", c.fact_key)?;
                for side in [&c.a, &c.b] {
                    writeln!(out, "  #{} {}", side.id, describe(&side.claim))?;
                    sources(&mut out, side)?;
                }
            }
            if !ctx.quiet {
                eprintln!("{} conflicts", list.len());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
