//! `realign claims`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign claims`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign claims`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign claims' is not implemented yet")
}
