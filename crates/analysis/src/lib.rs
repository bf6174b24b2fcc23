//! Analyses on a World or on plain graph/network inputs: structural balance and the exact
//! frustration index, triad dynamics, landscape theory of aggregation, leverage, vote prediction
//! and scenarios. Every function is pure and deterministic (seeded randomness, no I/O).

pub mod predict;
pub mod leverage;
pub mod scenario;
