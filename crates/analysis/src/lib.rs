//! Analyses on a World or on plain graph/network inputs: structural balance and the exact
//! frustration index, triad dynamics, landscape theory of aggregation, leverage, vote prediction
//! and scenarios. Every function is pure and deterministic (seeded randomness, no I/O).

pub mod balance;
pub mod frustration;
pub mod landscape;
pub mod predict;
pub mod signed_graph;
pub mod triads;
pub mod leverage;
pub mod scenario;
pub mod from_world;
