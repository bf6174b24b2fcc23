//! `realign demo`: the main job on built-in example articles.
//!
//! Reads three short articles written for this purpose (two give different troop figures for the
//! same deployment, two report the same treaty), stores them in a fresh in-memory store (or in
//! `--db` when `--keep` is given) and shows what was read, what conflicts and what is corroborated.

use std::process::ExitCode;

use anyhow::Context as _;
use realign_core::{content_hash, Document, PartialDate};
use realign_store::claims::ClaimFilter;

use super::Context;

/// The built-in articles: (file name, publication date, text).
const ARTICLES: [(&str, &str, &str); 3] = [
    ("01_troops_intelligence.txt", "2024-11-14", include_str!("../../demo/01_troops_intelligence.txt")),
    ("02_troops_pentagon.txt", "2024-11-17", include_str!("../../demo/02_troops_pentagon.txt")),
    ("03_sanctions_statement.txt", "2024-12-17", include_str!("../../demo/03_sanctions_statement.txt")),
];

/// Flags of `realign demo`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Keep the result in the store (`--db`, default ./realign.db) instead of memory.
    #[arg(long)]
    pub keep: bool,
}

/// Runs `realign demo`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let mut store = if args.keep {
        realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?
    } else {
        realign_store::Store::open_in_memory()?
    };
    let reader = realign_reader::Reader::new(realign_gazetteer::Gazetteer::builtin());
    let mut report = Vec::new();
    for (name, date, raw) in ARTICLES {
        let text = realign_reader::normalize(raw);
        let doc = Document {
            id: content_hash(&text),
            name: Some(name.to_string()),
            title: text.lines().next().map(|l| l.trim().to_string()),
            date: PartialDate::parse(date).ok(),
            url: None,
            author: None,
            publisher: None,
            text,
        };
        let reading = reader.read(&doc);
        let outcome = store.ingest_document(&doc, &reading.claims)?;
        report.push(serde_json::json!({"document": name, "claims_read": reading.claims.len(), "outcome": outcome}));
    }
    let claims = store.claims(&ClaimFilter::default())?;
    let conflicts = store.conflicts()?;
    let corroborated: Vec<_> = claims.iter().filter(|c| c.is_corroborated()).collect();
    let grades = realign_store::grade::grade_claims(&store, &claims, &realign_store::grade::ReliabilityTable::new())?;
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({
            "documents": report, "claims": super::claims::graded(&claims, &grades), "conflicts": conflicts, "corroborated": corroborated,
        }))?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("Read {} built-in articles: {} claims stored.\n", ARTICLES.len(), claims.len());
    for (c, g) in claims.iter().zip(&grades) {
        println!("  #{:<3} [{}] {}", c.id, g.code, c.claim.summary());
        println!("        \"{}\"", c.claim.evidence.sentence.trim());
    }
    println!("\nConflicts (kept side by side, each with its source):");
    if conflicts.is_empty() {
        println!("  none");
    }
    for k in &conflicts {
        println!("  {}:", k.fact_key);
        for s in [&k.a, &k.b] {
            let doc = s.sources.first().and_then(|x| x.doc_name.clone()).unwrap_or_default();
            println!("    #{} {} — {}", s.id, s.claim.summary(), doc);
        }
    }
    println!("\nCorroborated (one claim, several sources):");
    if corroborated.is_empty() {
        println!("  none");
    }
    for c in corroborated {
        let docs: Vec<String> = c.sources.iter().filter_map(|s| s.doc_name.clone()).collect();
        println!("  #{} {} — {}", c.id, c.claim.summary(), docs.join(", "));
    }
    println!("\n[F4] and the like: Admiralty grades. The letter rates the publishers (F: not rated; rate them with");
    println!("`claims --reliability FILE`), the digit the information: 1 confirmed by an independent source, 2 probably");
    println!("true, 3 possibly true (unnamed sources), 4 doubtful (sources disagree), 5 improbable, 6 cannot be judged.");
    if args.keep {
        println!("\n(stored in {}: `realign serve` shows it in your browser, the graph, a timeline and every source)", ctx.db.display());
    } else {
        println!("\n(in memory only: `realign demo --keep` stores it in {}, for `realign serve` to show in your browser; `realign ingest DIR` reads your own articles)", ctx.db.display());
    }
    Ok(ExitCode::SUCCESS)
}
