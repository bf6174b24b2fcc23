//! `realign table dyad-year|state-year --columns …`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_world::table::{self, Column, TableSpec};

use super::Context;

/// Flags of `realign table`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// dyad-year or state-year.
    #[arg(value_parser = ["dyad-year", "state-year"])]
    pub unit: String,
    /// Column groups, comma-separated: atop, cinc, trade, sipri, unvotes (UN agreement and ideal points per year),
    /// treaties (those entered with `import treaties` or read from text, with a signing date).
    #[arg(long, value_delimiter = ',', default_value = "atop,cinc,trade")]
    pub columns: Vec<String>,
    /// Years, `FROM-TO` or one year.
    #[arg(long, default_value = "1946-2014")]
    pub years: String,
    /// Directed dyads (both orders).
    #[arg(long)]
    pub directed: bool,
    /// Write the table here instead of stdout.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Output format: csv, or parquet (needs --out, and a build with `--features parquet`).
    #[arg(long, value_parser = ["csv", "parquet"], default_value = "csv")]
    pub format: String,
    /// Print the citations of the joined datasets (on stderr) and exit.
    #[arg(long)]
    pub cite: bool,
}

/// Runs `realign table`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let columns = args
        .columns
        .iter()
        .map(|c| Column::parse(c).with_context(|| format!("unknown column group {c:?} (known: atop, cinc, trade, sipri, unvotes, treaties)")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if args.cite {
        println!("{}", table::STATE_SYSTEM_CITATION);
        for c in &columns {
            println!("{}", c.citation());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let (from, to) = match args.years.split_once('-') {
        Some((a, b)) => (a.trim().parse::<i64>(), b.trim().parse::<i64>()),
        None => (args.years.trim().parse::<i64>(), args.years.trim().parse::<i64>()),
    };
    let (from, to) = match (from, to) {
        (Ok(a), Ok(b)) if a <= b => (a, b),
        _ => anyhow::bail!("--years {:?}: expected FROM-TO, e.g. 1990-2014", args.years),
    };
    let store = realign_store::Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
    let spec = TableSpec { columns, from, to, directed: args.directed, crosswalk: super::world::crosswalk() };
    if args.format == "parquet" {
        return write_parquet(ctx, &args, &store, &spec);
    }
    let mut out: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let n = if args.unit == "dyad-year" {
        table::dyad_year(&store, &spec, &mut *out)?
    } else {
        table::state_year(&store, &spec, &mut *out)?
    };
    out.flush()?;
    if !ctx.quiet {
        eprintln!("{n} rows");
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "parquet")]
fn write_parquet(ctx: &Context, args: &Args, store: &realign_store::Store, spec: &TableSpec) -> anyhow::Result<ExitCode> {
    let Some(path) = &args.out else {
        anyhow::bail!("--format parquet needs --out FILE (Parquet is not written to a terminal)");
    };
    let mut csv = Vec::new();
    let n = if args.unit == "dyad-year" { table::dyad_year(store, spec, &mut csv)? } else { table::state_year(store, spec, &mut csv)? };
    let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    crate::parquet_out::csv_to_parquet(&csv, file).with_context(|| format!("writing {}", path.display()))?;
    if !ctx.quiet {
        eprintln!("{n} rows");
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "parquet"))]
fn write_parquet(_: &Context, _: &Args, _: &realign_store::Store, _: &TableSpec) -> anyhow::Result<ExitCode> {
    anyhow::bail!(
        "this realign was built without Parquet support: rebuild with `cargo build --release --features parquet` \
         (or `cargo install --path crates/realign --features parquet`), or use --format csv"
    )
}
