//! `realign world`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign world`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign world`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign world' is not implemented yet")
}
