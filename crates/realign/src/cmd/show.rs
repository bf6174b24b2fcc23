//! `realign show`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign show`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign show`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign show' is not implemented yet")
}
