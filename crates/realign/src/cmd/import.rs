//! `realign import`.

use std::process::ExitCode;

use super::Context;

/// Flags of `realign import`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `realign import`.
pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'realign import' is not implemented yet")
}
