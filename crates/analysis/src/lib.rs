//! Analyses on a World or on plain graph/network inputs: structural balance and the exact
//! frustration index, triad dynamics, landscape theory of aggregation, leverage, vote prediction,
//! scenarios, and the reactions to a state (who condemned, who stayed silent) from stored claims.
//! Every function is pure and deterministic (seeded randomness, no I/O).

pub mod balance;
pub mod frustration;
pub mod landscape;
pub mod predict;
pub mod reactions;
pub mod signed_graph;
pub mod triads;
pub mod leverage;
pub mod scenario;
pub mod changes;
pub mod from_world;
