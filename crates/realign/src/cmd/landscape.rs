//! `realign landscape --actors FILE --propensities FILE`: Axelrod–Bennett landscape theory,
//! every local minimum of the two-bloc energy with its basin.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_analysis::landscape::{
    landscape, parse_actors, parse_propensities, LandscapeInput, LandscapeParams,
};

use super::Context;

/// Flags of `realign landscape`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Actors: CSV with `actor` and `strength` columns (e.g. `id,actor,strength`).
    #[arg(long)]
    pub actors: Option<PathBuf>,
    /// Propensities: square CSV matrix, header of labels, one row per actor in the same order.
    #[arg(long)]
    pub propensities: Option<PathBuf>,
    /// Neutral value subtracted from every propensity (3 on a 1-5 scale; 0 if already centred).
    #[arg(long, default_value_t = 3.0)]
    pub neutral: f64,
    /// Enumerate all configurations up to this many actors (exact, at most 26); heuristic beyond.
    #[arg(long, default_value_t = 24)]
    pub exact_limit: usize,
    /// Random starts of the heuristic (more than `--exact-limit` actors).
    #[arg(long, default_value_t = 20_000)]
    pub starts: usize,
    /// Seed of the heuristic.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Without files: the states (World codes, e.g. ISO3) whose alignment to study, comma-separated;
    /// sizes are CINC and propensities the World's tie weights (see realign_analysis::from_world).
    #[arg(long, value_delimiter = ',')]
    pub states: Vec<String>,
    /// Date of the World used with --states (default: today).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Minima to print in the text output.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    /// Also write an SVG of the landscape (every configuration's energy by its distance from the
    /// favoured alignment, coloured by basin; up to 16 actors) to this file.
    #[arg(long)]
    pub svg: Option<PathBuf>,
}

/// Runs `realign landscape`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let input = match (args.actors.as_ref(), args.propensities.as_ref()) {
        (Some(ap), Some(pp)) => read_input(ap, pp, args.neutral)?,
        (None, None) if args.states.len() >= 2 => {
            let date = super::world::parse_date(args.as_of.as_deref())?;
            let store = realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
            let world = super::world::build_world(&store, date, false)?;
            let states: Vec<String> = args.states.iter().map(|s| s.trim().to_ascii_uppercase()).collect();
            for s in &states {
                if !world.states.contains_key(s) {
                    anyhow::bail!("--states: {s} is not a state in the World as of {date}");
                }
            }
            realign_analysis::from_world::landscape_input(&world, &states)
        }
        _ => anyhow::bail!("give --actors FILE and --propensities FILE, or --states A,B,C… (with --as-of) to use the World"),
    };
    run_input(ctx, &args, input)
}

fn read_input(ap: &PathBuf, pp: &PathBuf, neutral: f64) -> anyhow::Result<LandscapeInput> {
    let at = std::fs::read_to_string(ap).with_context(|| format!("reading {}", ap.display()))?;
    let pt = std::fs::read_to_string(pp).with_context(|| format!("reading {}", pp.display()))?;
    let actors = parse_actors(&at).map_err(|e| anyhow::anyhow!("{}: {e}", ap.display()))?;
    let (labels, matrix) = parse_propensities(&pt, neutral)
        .map_err(|e| anyhow::anyhow!("{}: {e}", pp.display()))?;
    if labels.len() != actors.len() {
        anyhow::bail!(
            "{} has {} actors but {} has a {}x{} matrix (rows must follow the actors' order)",
            ap.display(),
            actors.len(),
            pp.display(),
            labels.len(),
            labels.len()
        );
    }
    Ok(LandscapeInput {
        names: actors.iter().map(|(n, _)| n.clone()).collect(),
        sizes: actors.iter().map(|(_, s)| *s).collect(),
        propensity: matrix,
    })
}

fn run_input(ctx: &Context, args: &Args, input: LandscapeInput) -> anyhow::Result<ExitCode> {
    let params = LandscapeParams {
        exact_limit: args.exact_limit.min(26),
        starts: args.starts,
        seed: args.seed,
    };
    let l = landscape(&input, &params).map_err(|e| anyhow::anyhow!("{e}"))?;
    if let Some(path) = &args.svg {
        let Some(points) = realign_analysis::landscape::profile(&input, &l, 16) else {
            anyhow::bail!("--svg: the landscape plot needs 2 to 16 actors and at least one minimum ({} actors given)", input.names.len());
        };
        let pts: Vec<(u32, f64, Option<usize>)> = points.iter().map(|p| (p.distance, p.energy, p.minimum)).collect();
        let marks: Vec<crate::plot::MinimumMark<'_>> = l
            .minima
            .iter()
            .map(|m| crate::plot::MinimumMark { energy: m.energy, basin_share: m.basin_share, blocs: [&m.blocs[0], &m.blocs[1]] })
            .collect();
        let title = format!(
            "Energy landscape: {} actors, {} local minim{}",
            input.names.len(),
            l.minima.len(),
            if l.minima.len() == 1 { "um" } else { "a" }
        );
        let svg = crate::plot::landscape_chart(&title, input.names.len(), &pts, &marks);
        std::fs::write(path, svg).with_context(|| format!("writing {}", path.display()))?;
        if !ctx.quiet {
            eprintln!("wrote {}", path.display());
        }
    }
    if ctx.json {
        let minima: Vec<_> = l
            .minima
            .iter()
            .map(|m| {
                let frustration: serde_json::Map<String, serde_json::Value> = input
                    .names
                    .iter()
                    .zip(&m.frustration)
                    .map(|(n, f)| (n.clone(), serde_json::json!(f)))
                    .collect();
                serde_json::json!({
                    "energy": m.energy, "blocs": m.blocs, "basin": m.basin,
                    "basin_share": m.basin_share, "frustration": frustration,
                })
            })
            .collect();
        let out = serde_json::json!({
            "actors": input.names, "labels": input.names, "exact": l.exact,
            "configurations": l.configurations, "minima": minima,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{} actors, {} configurations {}; {} local minim{}",
        input.names.len(),
        l.configurations,
        if l.exact {
            "enumerated (exact)"
        } else {
            "as random starts (heuristic)"
        },
        l.minima.len(),
        if l.minima.len() == 1 { "um" } else { "a" }
    );
    for (i, m) in l.minima.iter().take(args.top).enumerate() {
        println!(
            "{}. energy {}  basin {} ({:.1}%)",
            i + 1,
            m.energy,
            m.basin,
            m.basin_share * 100.0
        );
        println!("   bloc A: {}", m.blocs[0].join(", "));
        println!("   bloc B: {}", m.blocs[1].join(", "));
    }
    Ok(ExitCode::SUCCESS)
}
