//! Bargaining over an issue: a KTAB-compatible Spatial Model of Politics ([`smp`]) and
//! Bueno de Mesquita's expected-utility model in the Scholz, Calbert & Smith (2011) reading ([`eu`]).
//!
//! Both take a [`Scenario`]: actors with a capability, a position and a salience on each dimension.
//! Scenarios come from KTAB's CSV format ([`ktab_csv`]), our TOML format ([`toml_input`]), or a
//! realign World (built in the `realign` binary from `realign-world`).
//!
//! Models are pure and deterministic: no I/O, seeded randomness only.

pub mod eu;
pub mod ktab_csv;
pub mod smp;
pub mod toml_input;
pub mod deu3;

/// One bargaining problem: who takes part, with what clout, where they stand and how much they care.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Scenario {
    /// Scenario name (KTAB: line 1, first field).
    pub name: String,
    /// Free-text description.
    pub description: String,
    /// Names of the dimensions (issues), in order.
    pub dimensions: Vec<String>,
    /// The actors, in input order (output arrays follow this order).
    pub actors: Vec<ActorSpec>,
}

/// One actor in a [`Scenario`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActorSpec {
    /// Short name.
    pub name: String,
    /// Free-text description.
    pub description: String,
    /// Capability ("power" in KTAB; any positive scale).
    pub capability: f64,
    /// Position on each dimension (KTAB: 0–100).
    pub positions: Vec<f64>,
    /// Salience of each dimension (KTAB: 0–100, summing to at most 100 per actor).
    pub saliences: Vec<f64>,
}
