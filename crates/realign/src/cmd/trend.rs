//! `realign trend A B --years FROM-TO [--svg FILE]`: a dyad's ties over time.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_world::WorldBuilder;

use super::Context;
use crate::plot::{line_chart, Series};

/// Flags of `realign trend`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// First state (ISO3).
    pub a: String,
    /// Second state (ISO3).
    pub b: String,
    /// Years, FROM-TO.
    #[arg(long, default_value = "1990-2014")]
    pub years: String,
    /// Also write an SVG line chart here.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
}

fn opt(v: Option<f64>, pct: bool) -> String {
    match v {
        None => "NA".into(),
        Some(x) if pct => format!("{:.1}%", x * 100.0),
        Some(x) => format!("{x:+.2}"),
    }
}

/// Runs `realign trend`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let (a, b) = (args.a.to_ascii_uppercase(), args.b.to_ascii_uppercase());
    let (from, to) = args
        .years
        .split_once('-')
        .and_then(|(x, y)| Some((x.trim().parse::<i64>().ok()?, y.trim().parse::<i64>().ok()?)))
        .filter(|(x, y)| x <= y && y - x <= 300)
        .with_context(|| format!("--years {:?}: expected FROM-TO, e.g. 1990-2014", args.years))?;
    let store = realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
    let builder = WorldBuilder::new(super::world::crosswalk());
    let claims = realign_world::build::claim_inputs(&store)?;
    let series = realign_world::dyad_trend(&builder, &store, &a, &b, from..=to, &claims)?;
    if let Some(path) = &args.svg {
        let pts = |f: &dyn Fn(&realign_world::TrendPoint) -> Option<f64>| -> Vec<(f64, Option<f64>)> {
            series.iter().map(|p| (p.year as f64, f(p))).collect()
        };
        let label_a = format!("share of {a}'s trade with {b}");
        let label_b = format!("share of {b}'s trade with {a}");
        let svg = line_chart(
            &format!("{a} – {b}, {from}–{to}"),
            "tie weight / trade share",
            (-1.0, 1.0),
            &[
                Series { label: "tie weight", colour: "#1f4e99", points: pts(&|p| p.tie) },
                Series { label: &label_a, colour: "#d1495b", points: pts(&|p| p.share_of_a) },
                Series { label: &label_b, colour: "#edae49", points: pts(&|p| p.share_of_b) },
            ],
        );
        std::fs::write(path, svg).with_context(|| format!("writing {}", path.display()))?;
    }
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"a": a, "b": b, "series": series}))?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{:<6} {:>6}  {:<28} {:>8} {:>8} {:>8} {:>8}", "year", "tie", "alliance", "a→b %", "b→a %", "arms a→b", "arms b→a");
    for p in &series {
        let al = if p.alliance.is_empty() {
            "-".to_string()
        } else {
            p.alliance.iter().map(|o| format!("{o:?}").to_lowercase()).collect::<Vec<_>>().join("+")
        };
        println!(
            "{:<6} {:>6}  {:<28} {:>8} {:>8} {:>8} {:>8}",
            p.year,
            opt(p.tie, false),
            al,
            opt(p.share_of_a, true),
            opt(p.share_of_b, true),
            p.arms_a_to_b.map(|x| format!("{x:.0}")).unwrap_or_else(|| "NA".into()),
            p.arms_b_to_a.map(|x| format!("{x:.0}")).unwrap_or_else(|| "NA".into())
        );
    }
    Ok(ExitCode::SUCCESS)
}
