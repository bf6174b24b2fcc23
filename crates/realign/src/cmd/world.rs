//! `realign world --as-of DATE`.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_core::PartialDate;
use realign_world::{World, WorldBuilder};

use super::Context;

/// Flags of `realign world`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The date of the snapshot (YYYY, YYYY-MM or YYYY-MM-DD). Default: today.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Strict coverage: no carrying a dataset's last year forward past its end.
    #[arg(long)]
    pub strict: bool,
    /// How many ties, alliances and dependences to list in the text summary.
    #[arg(long, default_value_t = 15)]
    pub top: usize,
    /// Also write the World as a GEXF 1.3 graph (Gephi, networkx, igraph) to FILE: states as
    /// nodes, signed ties as edges with their components and evidence. `-` writes it to stdout
    /// instead of the summary.
    #[arg(long, value_name = "FILE")]
    pub gexf: Option<PathBuf>,
    /// Leave out of the GEXF graph the pairs whose combined tie is weaker than this (absolute
    /// value, 0–1). Default: every pair something links.
    #[arg(long, value_name = "X", default_value_t = 0.0, requires = "gexf", value_parser = unit_interval)]
    pub min_tie: f64,
    /// Instead of the summary, say what changed since another World: a date (the World then,
    /// from the same store) or a snapshot FILE saved earlier with `realign world --json > FILE`.
    /// Lists states that entered or left, alliances formed or ended, ties that flipped, appeared,
    /// disappeared or moved, trade dependences that moved, triad balance, and (against a snapshot)
    /// the dataset imports that differ.
    #[arg(long, value_name = "DATE|FILE", conflicts_with = "gexf")]
    pub compare: Option<String>,
    /// With --compare: list ties whose weight moved by more than this (0–1) even if the sign held.
    #[arg(long, value_name = "X", default_value_t = 0.1, requires = "compare", value_parser = unit_interval)]
    pub min_move: f64,
}

/// A number from 0 to 1.
fn unit_interval(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("expected a number from 0 to 1, got {s:?}")),
    }
}

/// Today's date (UTC) from the system clock.
pub fn today() -> PartialDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    PartialDate::day(y, m, d).unwrap_or(PartialDate::year(y))
}

/// Parses a `--as-of` style date, or today.
pub fn parse_date(s: Option<&str>) -> anyhow::Result<PartialDate> {
    match s {
        Some(s) => PartialDate::parse(s).with_context(|| format!("--as-of {s:?}")),
        None => Ok(today()),
    }
}

/// ISO3 ↔ COW crosswalk from the built-in gazetteer ([`realign_gazetteer::former::cow_pairs`]).
pub fn crosswalk() -> realign_world::Crosswalk {
    realign_world::Crosswalk::new(realign_gazetteer::former::cow_pairs())
}

/// Builds the World as of `date` from everything in the store.
pub fn build_world(store: &realign_store::Store, date: PartialDate, strict: bool) -> anyhow::Result<World> {
    let mut builder = WorldBuilder::new(crosswalk());
    if strict {
        builder.options.carry_forward_years = 0;
    }
    let claims = realign_world::build::claim_inputs(store)?;
    Ok(builder.build(store, date, &claims)?)
}

/// Runs `realign world`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let date = parse_date(args.as_of.as_deref())?;
    let store = realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
    let world = build_world(&store, date, args.strict)?;
    if let Some(path) = &args.gexf {
        let graph = realign_world::gexf::to_gexf(&world, args.min_tie);
        if path.as_os_str() == "-" {
            std::io::stdout().lock().write_all(graph.xml.as_bytes()).context("writing the GEXF graph to stdout")?;
            return Ok(ExitCode::SUCCESS);
        }
        std::fs::write(path, &graph.xml).with_context(|| format!("writing {}", path.display()))?;
        if !ctx.quiet {
            eprintln!("wrote {} ({} nodes, {} edges)", path.display(), graph.nodes, graph.edges);
        }
    }
    let inputs = realign_world::snapshot::Inputs::of(&store).context("reading the store's inputs")?;
    if let Some(other) = &args.compare {
        return compare(ctx, &args, &store, &world, inputs, other);
    }
    let doc = realign_world::snapshot::snapshot(&world, &inputs);
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("World as of {}: {} states, {} alliance ties, {} trade ties, {} arms flows, {} dispute dyads, {} event dyads",
        world.as_of, world.states.len(), world.alliances.len(), world.trade.len(), world.arms.len(), world.disputes.len(), world.events.len());
    let mut deps: Vec<(f64, &str, &str)> = world
        .trade
        .iter()
        .flat_map(|((a, b), t)| [(t.share_of_a, a.as_str(), b.as_str()), (t.share_of_b, b.as_str(), a.as_str())])
        .filter_map(|(s, of, partner)| s.map(|s| (s, of, partner)))
        .collect();
    deps.sort_by(|x, y| y.0.total_cmp(&x.0));
    if !deps.is_empty() {
        println!("\nMost trade-dependent (share of the first state's trade with the second):");
        for (s, of, partner) in deps.iter().take(args.top) {
            println!("  {of:<8} on {partner:<8} {:>5.1}%", s * 100.0);
        }
    }
    if let Some(u) = &world.un_votes {
        println!(
            "\nUN voting, {} roll calls from {} to {}: mean agreement {:.2} (sd {:.2}); ideal points (first dimension, USA positive):",
            u.roll_calls.len(), u.from, u.to, u.mean_agree, u.sd_agree
        );
        let mut pts: Vec<(&String, &f64)> = u.ideal.iter().collect();
        pts.sort_by(|a, b| b.1.total_cmp(a.1));
        let show = |v: &[(&String, &f64)]| v.iter().map(|(c, p)| format!("{c} {p:+.2}")).collect::<Vec<_>>().join(", ");
        let k = args.top.min(pts.len());
        println!("  highest: {}", show(&pts[..k]));
        println!("  lowest:  {}", show(&pts[pts.len() - k..]));
    }
    let mut ties: Vec<(f64, String, String)> = world.ties(0.0).into_iter().map(|(a, b, t)| (t.weight, a, b)).collect();
    ties.sort_by(|x, y| x.0.total_cmp(&y.0));
    if !ties.is_empty() {
        println!("\nMost hostile ties:");
        for (w, a, b) in ties.iter().take(args.top).filter(|t| t.0 < 0.0) {
            println!("  {a:<8} {b:<8} {w:+.2}");
        }
        println!("\nStrongest friendly ties:");
        for (w, a, b) in ties.iter().rev().take(args.top).filter(|t| t.0 > 0.0) {
            println!("  {a:<8} {b:<8} {w:+.2}");
        }
    }
    println!(
        "\nFingerprint {} (from {} dataset imports, {} documents, {} claims; `--json` saves the snapshot, `--compare FILE` compares with it)",
        doc["fingerprint"].as_str().unwrap_or("?"),
        inputs.datasets.len(),
        inputs.documents,
        inputs.claims
    );
    Ok(ExitCode::SUCCESS)
}

/// `world --compare DATE|FILE`: what changed from the other World to this one.
fn compare(
    ctx: &Context,
    args: &Args,
    store: &realign_store::Store,
    world: &World,
    inputs: realign_world::snapshot::Inputs,
    other: &str,
) -> anyhow::Result<ExitCode> {
    use realign_world::snapshot::Outline;
    let before = match PartialDate::parse(other) {
        Ok(date) => Outline::of(&build_world(store, date, args.strict)?),
        Err(_) => {
            let path = std::path::Path::new(other);
            if !path.exists() {
                anyhow::bail!("--compare {other:?}: neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor a file");
            }
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            Outline::from_json(&text).with_context(|| format!("--compare {}", path.display()))?
        }
    };
    let after = Outline { inputs: Some(inputs), ..Outline::of(world) };
    let p = realign_analysis::changes::CompareParams { min_tie_move: args.min_move, ..Default::default() };
    let ch = realign_analysis::changes::compare(&before, &after, &p);
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&ch)?);
        return Ok(ExitCode::SUCCESS);
    }
    print!("{}", ch.to_text(args.top));
    Ok(ExitCode::SUCCESS)
}
