//! `realign balance`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign balance`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign balance`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign balance' is not implemented yet")
}
