//! `realign table`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign table`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign table`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign table' is not implemented yet")
}
