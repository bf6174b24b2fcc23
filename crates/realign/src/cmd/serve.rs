//! `realign serve`: the HTTP API and the local web page (`realign_server`).

use std::process::ExitCode;

use anyhow::Context as _;

use super::claims::{open_existing, GradeArgs};
use super::Context;

/// Flags of `realign serve`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The address to listen on. The default answers this machine only; the server has no
    /// authentication, so think before opening it wider.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// The port (0: any free port; the address is printed).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    #[command(flatten)]
    /// Source grading.
    pub grade: GradeArgs,
}

/// Runs `realign serve` until interrupted.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let reliability = args.grade.table()?;
    // Refuse a missing store now rather than on the first request.
    drop(open_existing(ctx)?);
    let addr = format!("{}:{}", args.bind, args.port);
    let listener = std::net::TcpListener::bind(&addr).with_context(|| format!("listening on {addr}"))?;
    let local = listener.local_addr().context("reading the address listened on")?;
    // The address on stdout, one line, for people and scripts alike (`--port 0`).
    if ctx.json {
        println!("{}", serde_json::json!({ "url": format!("http://{local}/"), "api": format!("http://{local}/api"), "db": ctx.db }));
    } else {
        println!("realign: serving {} on http://{local}/ (API: http://{local}/api); Ctrl-C stops", ctx.db.display());
    }
    use std::io::Write as _;
    std::io::stdout().flush().context("writing the address")?;
    let db = std::fs::canonicalize(&ctx.db).unwrap_or_else(|_| ctx.db.clone());
    let allowed_hosts = realign_server::Config::hosts_for(local.ip());
    let config = realign_server::Config { db, reliability, today: super::world::today(), allowed_hosts };
    realign_server::serve(listener, config).context("serving")?;
    Ok(ExitCode::SUCCESS)
}
