//! Exit codes, shared by every subcommand.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | failure: nothing (more) could be done; the message on stderr says why |
//! | 2 | usage error (bad flags; printed by clap) |
//! | 3 | partial: some inputs were rejected (each named on stderr), the rest were processed |

/// Everything worked.
#[allow(dead_code)]
pub const SUCCESS: u8 = 0;
/// A fatal error; the message on stderr says why.
pub const FAILURE: u8 = 1;
/// Some inputs were rejected (each named on stderr); the others were processed and kept.
#[allow(dead_code)]
pub const PARTIAL: u8 = 3;
