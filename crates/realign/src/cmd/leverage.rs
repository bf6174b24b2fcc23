//! `realign leverage`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign leverage`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign leverage`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign leverage' is not implemented yet")
}
