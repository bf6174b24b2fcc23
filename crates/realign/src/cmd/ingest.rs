//! `realign ingest`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign ingest`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign ingest`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign ingest' is not implemented yet")
}
