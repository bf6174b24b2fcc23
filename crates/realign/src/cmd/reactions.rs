//! `realign reactions --to STATE [--since DATE] [--until DATE] [--states A,B,…]`: who condemned,
//! who backed and who stayed silent, from the stored claims.

use std::process::ExitCode;

use realign_analysis::reactions::reactions;
use realign_core::PartialDate;

use super::claims::{open_existing, parse_date};
use super::Context;

/// Flags of `realign reactions`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The state reacted to: an ISO3 code (PRK) or a name the gazetteer knows ("North Korea",
    /// "Pyongyang").
    #[arg(long, value_name = "STATE", required_unless_present = "event")]
    pub to: Option<String>,
    /// Reactions to one stored claim (an id, as `realign claims` prints it): to the state that
    /// acted in it, from its date on (`--to` and `--since` override either).
    #[arg(long, value_name = "CLAIM_ID")]
    pub event: Option<String>,
    /// Only claims dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<PartialDate>,
    /// Only claims dated on or before this date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<PartialDate>,
    /// States to list even when the store holds nothing from them ("no record"): ISO3 codes or
    /// organisations, comma-separated (PHL,SGP or ASEAN,KOR). An organisation stands for its
    /// members on the --until date, else today: ASEAN, EU, NATO, G7, GCC, BRICS, CSTO, SCO,
    /// ECOWAS, AU.
    #[arg(long, value_name = "CODES", value_delimiter = ',')]
    pub states: Vec<String>,
}

/// Runs `realign reactions`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(ctx)?;
    let claims = realign_world::build::claim_inputs(&store)?;
    let g = realign_gazetteer::Gazetteer::builtin();
    // (With --event: the claim's acting state and date.)
    let mut since = args.since;
    let mut to = args.to.clone();
    if let Some(event) = &args.event {
        let id: i64 = event.trim().trim_start_matches('#').parse().map_err(|_| anyhow::anyhow!("--event {event:?}: not a claim id (a number such as 12)"))?;
        let (state, date) = realign_analysis::reactions::trigger_of(&claims, id).map_err(|e| anyhow::anyhow!("--event: {e} in {}", ctx.db.display()))?;
        to = to.or(Some(state));
        since = since.or(date);
    }
    let to = to.unwrap_or_default();
    let Some(target) = g.state(&to) else {
        anyhow::bail!("--to {to:?}: not one state the gazetteer knows (give an ISO3 code such as PRK)");
    };
    let (code, name) = (target.code.clone(), target.name.clone());
    let on = args.until.unwrap_or_else(super::world::today);
    let listed = realign_gazetteer::members::expand(&args.states, &on).map_err(|s| {
        anyhow::anyhow!(
            "--states {s:?}: not a state's ISO3 code nor an organisation with a member list ({})",
            realign_gazetteer::members::organisations().join(", ")
        )
    })?;
    let rows = reactions(&claims, &code, since, args.until, &listed);
    if ctx.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "to": code, "since": since, "until": args.until, "reactions": rows,
            }))?
        );
        return Ok(ExitCode::SUCCESS);
    }
    let window = match (since, args.until) {
        (None, None) => String::new(),
        (s, u) => format!(", {} to {}", s.map_or("the start".into(), |d| d.to_string()), u.map_or("now".into(), |d| d.to_string())),
    };
    println!("Reactions to {code} ({name}){window}: {} states", rows.len());
    for r in &rows {
        let signals: Vec<String> = r.signals.iter().map(|(k, n)| if *n > 1 { format!("{k} ×{n}") } else { k.clone() }).collect();
        let claims: Vec<String> = r.claims.iter().map(|i| format!("#{i}")).collect();
        let when = match (r.first, r.last) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}..{b}"),
            _ => String::new(),
        };
        println!("  {:<5} {:<10} {:<34} {:<22} {}", r.state, r.position, signals.join(", "), when, claims.join(" "));
        // (The first sentence behind the row, for the reader to check the reading against.)
        if let Some(first) = r.sentences.first() {
            let short: String = first.chars().take(110).collect();
            println!("        \"{short}{}\"", if short.len() < first.len() { "…" } else { "" });
        }
    }
    if !ctx.quiet && rows.iter().any(|r| !r.claims.is_empty()) {
        eprintln!("(`realign show ID` opens a claim with its sources and sentences)");
    }
    Ok(ExitCode::SUCCESS)
}
