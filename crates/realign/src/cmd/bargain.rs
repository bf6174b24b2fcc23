//! `realign bargain`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign bargain`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign bargain`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign bargain' is not implemented yet")
}
