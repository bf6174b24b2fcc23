//! `realign eval --gold FILE`: score the reader against a gold file.
//!
//! The format is detected from the content (see `realign_eval::parse_gold`):
//! - claim gold (JSON Lines): scored on what the store (`--db`) holds for the gold's documents,
//!   matched by the file name each was ingested under. Top-level `recall` and `precision`.
//! - PLOVER gold standard (JSON array): each sentence is coded alone with the reader; no store is
//!   needed. Top-level `type_accuracy`, `type_source_accuracy`, `type_source_target_accuracy`,
//!   `event_precision`.
//!
//! With `--json`, exactly one JSON object is printed on stdout (scripts depend on it); otherwise a
//! text report with per-type precision and recall and the missed gold items.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_core::ClaimBody;
use realign_eval::{score_claims, score_plover, CrossKind, EvalClaim, EvalDoc, FlaggedPair, Gold};
use realign_gazetteer::Gazetteer;
use realign_reader::Reader;
use realign_store::claims::PairKind;

use super::Context;

/// The largest gold file read (64 MiB).
const MAX_GOLD_BYTES: u64 = 64 * 1024 * 1024;

/// Flags of `realign eval`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The gold file: seed claim gold (JSON Lines) or the PLOVER gold standard (JSON array).
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Extend the built-in gazetteer with this file (TOML or CSV) when coding PLOVER sentences.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Option<PathBuf>,
}

/// Runs `realign eval`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let shown = args.gold.display().to_string();
    let meta =
        std::fs::metadata(&args.gold).with_context(|| format!("reading gold file {shown}"))?;
    if meta.len() > MAX_GOLD_BYTES {
        anyhow::bail!(
            "{shown}: gold file too large ({} bytes; the limit is {MAX_GOLD_BYTES})",
            meta.len()
        );
    }
    let bytes = std::fs::read(&args.gold).with_context(|| format!("reading gold file {shown}"))?;
    let text =
        String::from_utf8(bytes).map_err(|e| anyhow::anyhow!("{shown}: not UTF-8 text: {e}"))?;
    let gold =
        realign_eval::parse_gold(&text).with_context(|| format!("{shown}: not a gold file"))?;
    match gold {
        Gold::Plover(g) => {
            let gazetteer = match &args.gazetteer {
                Some(p) => Gazetteer::with_extension_file(p)
                    .with_context(|| format!("loading gazetteer {}", p.display()))?,
                None => Gazetteer::builtin(),
            };
            let reader = Reader::new(gazetteer);
            let mut n = 0usize;
            let score = score_plover(&g, |sentence| {
                n += 1;
                reader
                    .read_sentence(&format!("gold-{n}"), sentence)
                    .claims
                    .into_iter()
                    .filter_map(|c| match c.body {
                        ClaimBody::Event(e) => Some(e),
                        _ => None,
                    })
                    .collect()
            });
            if ctx.json {
                let mut v = serde_json::to_value(&score)?;
                v["format"] = "plover".into();
                v["gold"] = shown.into();
                v["skipped_records"] = g.skipped.len().into();
                println!("{}", serde_json::to_string_pretty(&v)?);
            } else {
                print!("{score}");
            }
        }
        Gold::Claims(g) => {
            let store = super::claims::open_existing(ctx)?;
            let names = g.documents();
            let mut docs = Vec::new();
            let mut id_to_names: std::collections::BTreeMap<String, Vec<String>> =
                Default::default();
            for name in &names {
                if let Some(d) = store.document(name)? {
                    id_to_names
                        .entry(d.id.clone())
                        .or_default()
                        .push(name.clone());
                    docs.push(EvalDoc {
                        name: name.clone(),
                        text: d.text,
                    });
                }
            }
            let claims: Vec<EvalClaim> = store
                .readings_by_document_name(&names)?
                .into_iter()
                .map(|(doc_name, claim)| EvalClaim { doc_name, claim })
                .collect();
            let mut flagged = Vec::new();
            for (kind, a, b) in store.flagged_document_pairs()? {
                let kind = match kind {
                    PairKind::Conflict => CrossKind::Conflict,
                    PairKind::Corroboration => CrossKind::Corroboration,
                };
                for na in id_to_names.get(&a).into_iter().flatten() {
                    for nb in id_to_names.get(&b).into_iter().flatten() {
                        flagged.push(FlaggedPair {
                            kind,
                            docs: [na.clone(), nb.clone()],
                        });
                    }
                }
            }
            let score = score_claims(&g, &docs, &claims, &flagged);
            if !score.missing_documents.is_empty() && !ctx.quiet {
                eprintln!(
                    "realign: warning: {} gold document(s) not in {} (ingest them under their file names): {}",
                    score.missing_documents.len(),
                    ctx.db.display(),
                    score.missing_documents.join(", ")
                );
            }
            if ctx.json {
                let mut v = serde_json::to_value(&score)?;
                v["format"] = "claims".into();
                v["gold"] = shown.into();
                println!("{}", serde_json::to_string_pretty(&v)?);
            } else {
                print!("{score}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
