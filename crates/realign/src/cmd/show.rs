//! `realign show CLAIM_ID`: one claim with each source's document, attribution and evidence.

use std::io::Write;
use std::process::ExitCode;

use realign_core::AttributionKind;

use realign_core::describe::describe;

use realign_store::grade::grade_claims;

use super::claims::{graded, open_existing, GradeArgs};
use super::Context;

/// Flags of `realign show`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The claim id, as `realign claims` prints it (`#12` or `12`).
    #[arg(value_name = "CLAIM_ID")]
    pub id: String,
    #[command(flatten)]
    /// Source grading.
    pub grade: GradeArgs,
}

/// Runs `realign show`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let id: i64 = args
        .id
        .trim()
        .trim_start_matches('#')
        .parse()
        .map_err(|_| {
            anyhow::anyhow!(
                "not a claim id: {:?} (expected a number such as 12)",
                args.id
            )
        })?;
    let table = args.grade.table()?;
    let store = open_existing(ctx)?;
    let Some(c) = store.claim(id)? else {
        anyhow::bail!("no claim #{id} in {}", ctx.db.display());
    };
    let grade = grade_claims(&store, std::slice::from_ref(&c), &table)?;
    let mut out = std::io::stdout().lock();
    if ctx.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&graded(std::slice::from_ref(&c), &grade)[0])?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "#{} {}", c.id, describe(&c.claim))?;
    writeln!(out, "  fact: {}", c.fact_key)?;
    writeln!(out, "  grade: {} ({})", grade[0].code, grade[0].why)?;
    if !c.conflicts_with.is_empty() {
        let ids: Vec<String> = c.conflicts_with.iter().map(|i| format!("#{i}")).collect();
        writeln!(out, "  conflicts with: {}", ids.join(", "))?;
    }
    writeln!(out, "  sources ({}):", c.sources.len())?;
    for (i, s) in c.sources.iter().enumerate() {
        let name = s.doc_name.as_deref().unwrap_or("(unnamed)");
        write!(out, "  {}. {} [{}]", i + 1, name, s.doc_id)?;
        if let Some(t) = &s.title {
            write!(out, " \"{t}\"")?;
        }
        if let Some(p) = &s.publisher {
            write!(out, ", {p}")?;
        }
        if let Some(d) = s.doc_date {
            write!(out, ", {d}")?;
        }
        writeln!(out)?;
        let a = &s.claim.attribution;
        let who = match a.kind {
            AttributionKind::Reporter => "the reporter".to_string(),
            AttributionKind::Named => format!("named source: {}", a.who.as_deref().unwrap_or("?")),
            AttributionKind::Unnamed => format!(
                "unnamed source{}",
                a.who
                    .as_deref()
                    .map(|w| format!(" ({w})"))
                    .unwrap_or_default()
            ),
        };
        writeln!(
            out,
            "     on the word of {who}; confidence {:.2}",
            s.claim.confidence
        )?;
        match s.independent {
            Some(true) => writeln!(out, "     independent of source 1")?,
            Some(false) => writeln!(out, "     NOT independent of source 1")?,
            None => {}
        }
        if describe(&s.claim) != describe(&c.claim) {
            writeln!(out, "     reads: {}", describe(&s.claim))?;
        }
        let ev = &s.claim.evidence;
        writeln!(
            out,
            "     \"{}\" (bytes {}..{})",
            ev.sentence.trim(),
            ev.span.start,
            ev.span.end
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
