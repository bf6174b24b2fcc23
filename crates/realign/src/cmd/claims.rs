//! `realign claims`: list stored claims with filters. Also holds the filter and grading flags and
//! the JSON shape the other reading commands (`conflicts`, `show`, `export`) share.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_core::describe::describe;
use realign_core::{ClaimKind, PartialDate, Plover};
use realign_store::claims::{ClaimFilter, StoredClaim};
use realign_store::grade::{grade_claims, Grade, ReliabilityTable};
use realign_store::Store;

use super::Context;

/// Filters shared by `claims` and `export`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Only claims mentioning this actor (ISO3 code, or an IGO code such as NATO).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Only claims of this kind: event, alliance, deployment, trade_share, transfer, stance,
    /// dependence, quote, recommendation, document.
    #[arg(long, value_name = "KIND", value_parser = parse_kind)]
    pub kind: Option<ClaimKind>,
    /// Only events of this PLOVER type (AGREE … ASSAULT; old labels such as DEMAND are mapped).
    #[arg(long, value_name = "TYPE", value_parser = parse_plover)]
    pub plover: Option<Plover>,
    /// Only claims dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<PartialDate>,
    /// Only claims dated on or before this date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<PartialDate>,
    /// Only claims from this document (content hash, a prefix of it, or the name it was ingested under).
    #[arg(long, value_name = "ID")]
    pub doc: Option<String>,
}

fn parse_kind(s: &str) -> Result<ClaimKind, String> {
    ClaimKind::from_label(s).ok_or_else(|| {
        let all: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.label()).collect();
        format!("unknown kind {s:?}; one of {}", all.join(", "))
    })
}

fn parse_plover(s: &str) -> Result<Plover, String> {
    s.parse()
}

/// A `--since`/`--until` date (YYYY, YYYY-MM or YYYY-MM-DD).
pub(super) fn parse_date(s: &str) -> Result<PartialDate, String> {
    PartialDate::parse(s).map_err(|e| e.to_string())
}

impl FilterArgs {
    /// The store filter.
    pub fn filter(&self) -> ClaimFilter {
        ClaimFilter {
            actor: self.actor.clone(),
            kind: self.kind,
            plover: self.plover,
            since: self.since,
            until: self.until,
            doc: self.doc.clone(),
        }
    }
}

/// Source grading flags shared by `claims`, `show` and `conflicts`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct GradeArgs {
    /// Publishers' reliability letters for source grading (A completely reliable … E unreliable,
    /// F cannot be judged): a TOML file of `"Publisher" = "B"` lines. Default:
    /// $REALIGN_RELIABILITY; without one, every claim's reliability is F.
    #[arg(long, value_name = "FILE")]
    pub reliability: Option<PathBuf>,
}

impl GradeArgs {
    /// The analyst's reliability table (empty without a file).
    pub fn table(&self) -> anyhow::Result<ReliabilityTable> {
        let path = self.reliability.clone().or_else(|| std::env::var_os("REALIGN_RELIABILITY").map(PathBuf::from));
        let Some(path) = path else { return Ok(ReliabilityTable::new()) };
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        reliability_table(&text).with_context(|| format!("{}", path.display()))
    }
}

/// Parses `"Publisher" = "B"` lines (TOML); an error names the line.
fn reliability_table(text: &str) -> anyhow::Result<ReliabilityTable> {
    let doc: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = Some(super::toml_error_line(text, &e)).filter(|l| *l > 0);
        anyhow::anyhow!("{}{}", line.map(|l| format!("line {l}: ")).unwrap_or_default(), e.message())
    })?;
    let mut table = ReliabilityTable::new();
    for (publisher, v) in &doc {
        // (The line whose key it is: `"Reuters" = …` or `Reuters = …`, not a comment naming it.)
        let keyed = |l: &str| {
            let l = l.trim_start();
            l.strip_prefix('"').unwrap_or(l).starts_with(publisher.as_str())
        };
        let line = text.lines().position(keyed).map_or(0, |i| i + 1);
        let letter = v.as_str().ok_or_else(|| anyhow::anyhow!("line {line}: reliability of {publisher:?} must be a letter in quotes, such as \"B\""))?;
        table.insert(publisher, letter).map_err(|e| anyhow::anyhow!("line {line}: {e}"))?;
    }
    Ok(table)
}

/// A stored claim with its grade, as `--json` prints it.
#[derive(serde::Serialize)]
pub struct Graded<'a> {
    #[serde(flatten)]
    claim: &'a StoredClaim,
    grade: &'a Grade,
}

/// Claims and their grades side by side, for `--json`.
pub fn graded<'a>(claims: &'a [StoredClaim], grades: &'a [Grade]) -> Vec<Graded<'a>> {
    claims.iter().zip(grades).map(|(claim, grade)| Graded { claim, grade }).collect()
}

/// Flags of `realign claims`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    /// Filters.
    pub filter: FilterArgs,
    #[command(flatten)]
    /// Source grading.
    pub grade: GradeArgs,
    /// Only claims whose credibility digit is this or better: 1 confirmed only, 2 also probably
    /// true, … 6 everything.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=6))]
    pub credibility: Option<u8>,
}

/// Opens the store for reading; a missing file is an error rather than a silently created empty store.
pub fn open_existing(ctx: &Context) -> anyhow::Result<Store> {
    if !ctx.db.exists() {
        anyhow::bail!(
            "no store at {} (run 'realign ingest' first, or pass --db FILE / set REALIGN_DB)",
            ctx.db.display()
        );
    }
    Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))
}

/// One line for a stored claim: id, grade, description, number of documents.
pub fn line(c: &StoredClaim, grade: &Grade) -> String {
    let docs = c.documents().len();
    let mut s = format!("#{:<5} [{}] {}", c.id, grade.code, describe(&c.claim));
    if docs > 1 {
        s += &format!("  ({docs} sources)");
    }
    if !c.conflicts_with.is_empty() {
        let ids: Vec<String> = c.conflicts_with.iter().map(|i| format!("#{i}")).collect();
        s += &format!("  CONFLICTS with {}", ids.join(", "));
    }
    s
}

/// Runs `realign claims`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let table = args.grade.table()?;
    let store = open_existing(ctx)?;
    let claims = store.claims(&args.filter.filter())?;
    let grades = grade_claims(&store, &claims, &table)?;
    let (claims, grades): (Vec<StoredClaim>, Vec<Grade>) = claims
        .into_iter()
        .zip(grades)
        .filter(|(_, g)| args.credibility.map_or(true, |n| g.credibility <= n))
        .unzip();
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&graded(&claims, &grades))?);
    } else {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for (c, g) in claims.iter().zip(&grades) {
            writeln!(out, "{}", line(c, g))?;
        }
        if !ctx.quiet {
            eprintln!("{} claims", claims.len());
        }
    }
    Ok(ExitCode::SUCCESS)
}
