//! `realign conflicts`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign conflicts`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign conflicts`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign conflicts' is not implemented yet")
}
