//! `realign leverage --patron ISO3`.

use std::process::ExitCode;

use anyhow::Context as _;
use realign_analysis::leverage::{leverage, LeverageParams};

use super::Context;

/// Flags of `realign leverage`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The patron whose coercive reach is measured (ISO3: RUS, CHN, USA…).
    #[arg(long)]
    pub patron: String,
    /// Date of the World (default: today).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Rows to print (text output).
    #[arg(long, default_value_t = 25)]
    pub top: usize,
    /// Print the least exposed states instead ("not susceptible").
    #[arg(long)]
    pub least: bool,
}

fn pct(v: Option<f64>) -> String {
    v.map(|x| format!("{:5.1}%", x * 100.0)).unwrap_or_else(|| "    - ".into())
}

/// Runs `realign leverage`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let patron = args.patron.trim().to_ascii_uppercase();
    let date = super::world::parse_date(args.as_of.as_deref())?;
    let store = realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
    let world = super::world::build_world(&store, date, false)?;
    if !world.states.contains_key(&patron) {
        anyhow::bail!("--patron {patron}: not a state in the World as of {date} (import cow-states and a dataset, or check the code)");
    }
    let mut rows = leverage(&world, &patron, &LeverageParams::default());
    if args.least {
        rows.reverse();
    }
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({
            "patron": patron, "as_of": world.as_of, "params": LeverageParams::default(), "ranking": rows,
        }))?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("Exposure to {patron}'s coercion as of {} ({}):", world.as_of, if args.least { "least exposed first" } else { "most exposed first" });
    println!("  {:<8} {:>6}  {:>6} {:>6}  {:<18} {:<10} {:>6}", "state", "score", "trade", "arms", "best alternative", "alliance", "cap.");
    for r in rows.iter().take(args.top) {
        let alt = r.best_alternative.as_ref().map(|(s, v)| format!("{s} {:.0}%", v * 100.0)).unwrap_or_else(|| "-".into());
        let al = if r.alliance.is_empty() { "-".to_string() } else { r.alliance.iter().map(|o| format!("{o:?}").to_lowercase()).collect::<Vec<_>>().join("+") };
        println!("  {:<8} {:>6.3}  {} {}  {:<18} {:<10} {}", r.state, r.score, pct(r.trade_share), pct(r.arms_share), alt, al, pct(r.capability_gap));
    }
    Ok(ExitCode::SUCCESS)
}
