//! `realign landscape`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign landscape`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign landscape`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign landscape' is not implemented yet")
}
