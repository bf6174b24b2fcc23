//! `realign balance --edges FILE`: triad census, strained triads and the exact frustration
//! index with its certificate (partition and frustrated edges).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_analysis::balance::{
    census, check_certificate, frustration_index, strained_triads, triad_query,
};
use realign_analysis::signed_graph::{parse_edge_csv, Sign};

use super::Context;

/// Flags of `realign balance`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Signed edge list: CSV with a `from,to,sign` header, sign 1 or -1.
    #[arg(long)]
    pub edges: Option<PathBuf>,
    /// Report one triad: three actor names separated by commas (repeatable).
    #[arg(long, value_name = "A,B,C")]
    pub triad: Vec<String>,
    /// Strained (unbalanced) triads to list in the text output (all of them in JSON).
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// Without --edges: the date of the World whose signed network is analysed (default: today).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Without --edges: a World tie counts as an edge when |weight| reaches this.
    #[arg(long, default_value_t = 0.1)]
    pub threshold: f64,
    /// Seed of the local search giving the first upper bound (the index never depends on it).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

fn sign_str(s: Option<Sign>) -> &'static str {
    match s {
        Some(Sign::Positive) => "+",
        Some(Sign::Negative) => "-",
        None => ".",
    }
}

/// Runs `realign balance`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let g = match &args.edges {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            parse_edge_csv(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
        }
        None => {
            let date = super::world::parse_date(args.as_of.as_deref())?;
            let store = realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
            let world = super::world::build_world(&store, date, false)?;
            let g = realign_analysis::from_world::signed_graph(&world, args.threshold);
            if g.edge_count() == 0 {
                anyhow::bail!("the World as of {date} has no ties of weight ≥ {}: import datasets or ingest articles first, or give --edges FILE", args.threshold);
            }
            g
        }
    };
    let names = g.names();
    let mut queries = Vec::new();
    for t in &args.triad {
        let parts: Vec<&str> = t.split(',').map(str::trim).collect();
        let [a, b, c] = parts.as_slice() else {
            anyhow::bail!("--triad '{t}': expected three names separated by commas");
        };
        queries.push(triad_query(&g, a, b, c).map_err(|e| anyhow::anyhow!("--triad '{t}': {e}"))?);
    }
    let cen = census(&g);
    let strained = strained_triads(&g);
    let f = frustration_index(&g, args.seed);
    check_certificate(&g, f.index, &f.side, &f.frustrated)
        .map_err(|e| anyhow::anyhow!("internal error, certificate rejected: {e}"))?;
    let mut blocs: [Vec<&str>; 2] = [Vec::new(), Vec::new()];
    for (i, n) in names.iter().enumerate() {
        blocs[usize::from(f.side[i])].push(n);
    }
    let fr: Vec<_> = f
        .frustrated
        .iter()
        .filter_map(|&i| g.edges().get(i))
        .map(|e| (names[e.a].as_str(), names[e.b].as_str(), e.sign.as_i32()))
        .collect();
    let m = g.edge_count();
    if ctx.json {
        let strained_json: Vec<_> = strained
            .iter()
            .map(|t| serde_json::json!({"actors": t.nodes.map(|i| names[i].as_str()), "negatives": t.negatives}))
            .collect();
        let out = serde_json::json!({
            "nodes": g.node_count(),
            "edges": m,
            "negative_edges": g.negative_count(),
            "frustration_index": f.index,
            "normalized_frustration": if m == 0 { 1.0 } else { 1.0 - 2.0 * f.index as f64 / m as f64 },
            "partition": blocs,
            "frustrated_edges": fr.iter().map(|(a, b, s)| serde_json::json!({"from": a, "to": b, "sign": s})).collect::<Vec<_>>(),
            "triads": {
                "balanced": cen.balanced(), "unbalanced": cen.unbalanced(),
                "ppp": cen.ppp, "ppn": cen.ppn, "pnn": cen.pnn, "nnn": cen.nnn,
                "balance_ratio": cen.balance_ratio(),
            },
            "strained_triads": strained_json,
            "triad_queries": queries,
            "search_nodes": f.search_nodes,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}: {} nodes, {} edges ({} negative)",
        args.edges.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "World".into()),
        g.node_count(),
        m,
        g.negative_count()
    );
    println!(
        "Triads: {} closed, {} balanced (+++ {}, +-- {}), {} unbalanced (++- {}, --- {}); balance ratio {:.3}",
        cen.balanced() + cen.unbalanced(),
        cen.balanced(),
        cen.ppp,
        cen.pnn,
        cen.unbalanced(),
        cen.ppn,
        cen.nnn,
        cen.balance_ratio()
    );
    for q in &queries {
        let state = match q.balanced {
            Some(true) => "balanced",
            Some(false) => "UNBALANCED (under strain)",
            None => "not closed",
        };
        println!(
            "Triad {}-{}-{}: {}{}{} {state}",
            q.actors[0],
            q.actors[1],
            q.actors[2],
            sign_str(q.signs[0]),
            sign_str(q.signs[1]),
            sign_str(q.signs[2])
        );
    }
    if !strained.is_empty() {
        println!(
            "Strained triads (first {} of {}):",
            args.top.min(strained.len()),
            strained.len()
        );
        for t in strained.iter().take(args.top) {
            let kind = if t.negatives == 1 { "++-" } else { "---" };
            println!(
                "  {} {} {}  {kind}",
                names[t.nodes[0]], names[t.nodes[1]], names[t.nodes[2]]
            );
        }
    }
    println!(
        "Frustration index (exact): {} of {} edges (normalized 1-2L/m = {:.4})",
        f.index,
        m,
        if m == 0 {
            1.0
        } else {
            1.0 - 2.0 * f.index as f64 / m as f64
        }
    );
    println!("Bloc A ({}): {}", blocs[0].len(), blocs[0].join(" "));
    println!("Bloc B ({}): {}", blocs[1].len(), blocs[1].join(" "));
    println!("Frustrated edges:");
    for (a, b, s) in &fr {
        println!(
            "  {a} {b} {}",
            if *s > 0 {
                "+ (across blocs)"
            } else {
                "- (within a bloc)"
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}
