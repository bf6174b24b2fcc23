//! `realign scenario`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign scenario`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign scenario`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign scenario' is not implemented yet")
}
