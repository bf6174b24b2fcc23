//! `realign scenario FILE`: apply what-ifs to the World and diff the analyses.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_analysis::scenario::{diff, Scenario};

use super::Context;

/// Flags of `realign scenario`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The scenario (TOML): `title`, optional `as_of`, `analyses` (ties, triads, leverage:ISO3),
    /// and `[[change]]` tables (kind = add_alliance | remove_alliance | set_trade_share | add_arms |
    /// add_event | remove_ties).
    pub file: PathBuf,
    /// Print Markdown instead of text.
    #[arg(long)]
    pub markdown: bool,
}

/// Reads and checks a scenario file; errors name the file, line and field.
pub fn read_scenario(path: &PathBuf) -> anyhow::Result<Scenario> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    toml::from_str(&text).map_err(|e| {
        anyhow::anyhow!("{}:{}: {}", path.display(), super::toml_error_line(&text, &e), e.message())
    })
}

/// Runs `realign scenario`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let sc = read_scenario(&args.file)?;
    let date = super::world::parse_date(sc.as_of.as_deref())?;
    let store = realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
    let world = super::world::build_world(&store, date, false)?;
    let d = diff(&world, &sc);
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"scenario": sc, "as_of": world.as_of, "diff": d}))?);
    } else if args.markdown {
        print!("{}", d.to_markdown());
    } else {
        println!("Scenario: {} (World as of {})", d.title, world.as_of);
        println!("\nTies ({} changed):", d.ties.len());
        for t in &d.ties {
            let f = |v: Option<f64>| v.map(|x| format!("{x:+.2}")).unwrap_or_else(|| "  – ".into());
            println!("  {:<6} {:<6} {} → {}  {}", t.a, t.b, f(t.before), f(t.after), t.change);
        }
        let ((b0, u0), (b1, u1)) = d.triad_counts;
        println!("\nTriads: {b0} balanced / {u0} unbalanced before, {b1} / {u1} after; {} changed:", d.triads.len());
        for t in &d.triads {
            let b = |v: Option<bool>| match v {
                Some(true) => "balanced",
                Some(false) => "unbalanced",
                None => "open",
            };
            println!("  {:<20} {} → {}", t.states.join("–"), b(t.before), b(t.after));
        }
        if let Some((a, b)) = d.frustration {
            println!("\nFrustration index (exact): {a} → {b}");
        }
        if !d.leverage.is_empty() {
            println!("\nLeverage rankings that moved:");
            for r in &d.leverage {
                println!("  {} over {:<6} rank {} → {}  score {:.3} → {:.3}", r.patron, r.state, r.rank_before, r.rank_after, r.score_before, r.score_after);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
