//! `realign predict`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign predict`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign predict`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign predict' is not implemented yet")
}
