//! `realign export`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign export`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign export`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign export' is not implemented yet")
}
