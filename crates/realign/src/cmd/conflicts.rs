//! `realign conflicts`: claims that disagree across sources (or, with `--corroborated`, claims
//! that several documents state).

use std::io::Write;
use std::process::ExitCode;

use realign_store::claims::StoredClaim;

use realign_core::describe::describe;

use realign_store::grade::grade_claims;

use super::claims::{graded, open_existing, GradeArgs};
use super::Context;

/// Flags of `realign conflicts`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// List corroborations instead: claims stated by two or more documents.
    #[arg(long)]
    pub corroborated: bool,
    #[command(flatten)]
    /// Source grading.
    pub grade: GradeArgs,
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
    let table = args.grade.table()?;
    let store = open_existing(ctx)?;
    let mut out = std::io::stdout().lock();
    if args.corroborated {
        let list = store.corroborations()?;
        let grades = grade_claims(&store, &list, &table)?;
        if ctx.json {
            writeln!(out, "{}", serde_json::to_string_pretty(&graded(&list, &grades))?)?;
        } else {
            for (c, g) in list.iter().zip(&grades) {
                writeln!(
                    out,
                    "#{} [{}] {}  ({} documents)",
                    c.id,
                    g.code,
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
        // Both sides of every conflict, graded together (each side's rival is at hand).
        let sides: Vec<StoredClaim> = list.iter().flat_map(|c| [c.a.clone(), c.b.clone()]).collect();
        let grades = grade_claims(&store, &sides, &table)?;
        if ctx.json {
            let rows: Vec<serde_json::Value> = list
                .iter()
                .zip(graded(&sides, &grades).chunks(2))
                .map(|(c, pair)| serde_json::json!({"fact_key": c.fact_key, "a": pair[0], "b": pair[1]}))
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        } else {
            for (c, pair) in list.iter().zip(sides.chunks(2).zip(grades.chunks(2))) {
                writeln!(out, "conflict on {}", c.fact_key)?;
                for (side, g) in pair.0.iter().zip(pair.1) {
                    writeln!(out, "  #{} [{}] {}", side.id, g.code, describe(&side.claim))?;
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
