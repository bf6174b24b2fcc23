//! `realign eval`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign eval`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign eval`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign eval' is not implemented yet")
}
