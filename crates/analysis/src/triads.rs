//! Triad dynamics: the Antal–Krapivsky–Redner **local triad dynamics** (LTD) on a complete
//! signed graph (Antal, Krapivsky & Redner 2005, "Dynamics of social balance on networks").
//!
//! Each update picks an imbalanced triad at random. If it has one hostile link (`++-`), with
//! probability `p` that link becomes friendly, otherwise one of its two friendly links (chosen
//! at random) becomes hostile. If all three links are hostile (`---`), one of them (at random)
//! becomes friendly. For `p < 1/2` the friendly-link density settles (on a time scale of a few
//! "sweeps", one sweep = one update per link) near the mean-field value
//! `1 / (sqrt(3(1-2p)) + 1)`; for `p >= 1/2` the graph goes to all-friendly.
//!
//! Implementation: triads are sampled uniformly and balanced ones are rejected, which follows
//! the same trajectory as sampling among imbalanced triads (only the clock differs); the clock
//! here counts accepted updates.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Parameters of an LTD run.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LtdParams {
    /// Number of actors (complete graph); at least 3.
    pub nodes: usize,
    /// Probability that a `++-` triad resolves by making the hostile link friendly.
    pub p: f64,
    /// Initial share of friendly links (each link friendly independently with this probability).
    pub initial_friendly: f64,
    /// Sweeps discarded before measuring (one sweep = as many accepted updates as links).
    pub burn_in_sweeps: usize,
    /// Sweeps measured after the burn-in.
    pub sweeps: usize,
    /// Seed of the random generator.
    pub seed: u64,
}

impl Default for LtdParams {
    fn default() -> Self {
        LtdParams {
            nodes: 64,
            p: 0.0,
            initial_friendly: 0.5,
            burn_in_sweeps: 20,
            sweeps: 100,
            seed: 1,
        }
    }
}

/// Result of an LTD run.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LtdRun {
    /// Friendly-link density after each measured sweep.
    pub density: Vec<f64>,
    /// Mean of `density` (the steady-state estimate).
    pub mean_density: f64,
    /// Sweep (counted from the start) at which the graph became balanced, if it did.
    pub balanced_at_sweep: Option<usize>,
}

/// Errors of [`simulate_ltd`].
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum LtdError {
    /// Fewer than three nodes.
    #[error("need at least 3 nodes, got {0}")]
    TooFewNodes(usize),
    /// A probability outside [0, 1].
    #[error("{0} must be in [0, 1], got {1}")]
    BadProbability(&'static str, f64),
}

/// Mean-field steady-state friendly density of LTD: `1/(sqrt(3(1-2p))+1)` for `p <= 1/2`,
/// 1 above.
pub fn ltd_steady_density(p: f64) -> f64 {
    if p >= 0.5 {
        1.0
    } else {
        1.0 / ((3.0 * (1.0 - 2.0 * p)).sqrt() + 1.0)
    }
}

/// Runs local triad dynamics on a complete graph. Deterministic for a given seed.
pub fn simulate_ltd(params: &LtdParams) -> Result<LtdRun, LtdError> {
    let n = params.nodes;
    if n < 3 {
        return Err(LtdError::TooFewNodes(n));
    }
    for (name, v) in [
        ("p", params.p),
        ("initial_friendly", params.initial_friendly),
    ] {
        if !(0.0..=1.0).contains(&v) {
            return Err(LtdError::BadProbability(name, v));
        }
    }
    let mut rng = ChaCha8Rng::seed_from_u64(params.seed);
    let links = n * (n - 1) / 2;
    // friendly[i * n + j], symmetric.
    let mut friendly = vec![false; n * n];
    let mut count = 0usize;
    for i in 0..n {
        for j in i + 1..n {
            let f = rng.gen_bool(params.initial_friendly);
            friendly[i * n + j] = f;
            friendly[j * n + i] = f;
            count += usize::from(f);
        }
    }
    let mut imbalanced = imbalanced_count(&friendly, n);
    let total = params.burn_in_sweeps + params.sweeps;
    let mut density = Vec::with_capacity(params.sweeps);
    let mut balanced_at_sweep = None;
    for sweep in 0..total {
        if imbalanced == 0 {
            balanced_at_sweep.get_or_insert(sweep);
        } else {
            let mut accepted = 0;
            while accepted < links && imbalanced > 0 {
                let a = rng.gen_range(0..n);
                let mut b = rng.gen_range(0..n - 1);
                if b >= a {
                    b += 1;
                }
                let mut c = rng.gen_range(0..n - 2);
                let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                if c >= lo {
                    c += 1;
                }
                if c >= hi {
                    c += 1;
                }
                let edges = [(a, b), (a, c), (b, c)];
                let hostile: Vec<(usize, usize)> = edges
                    .iter()
                    .copied()
                    .filter(|&(x, y)| !friendly[x * n + y])
                    .collect();
                let flip = match hostile.len() {
                    1 => {
                        if rng.gen_bool(params.p) {
                            hostile[0]
                        } else {
                            let pos: Vec<(usize, usize)> = edges
                                .iter()
                                .copied()
                                .filter(|&(x, y)| friendly[x * n + y])
                                .collect();
                            pos[rng.gen_range(0..pos.len())]
                        }
                    }
                    3 => hostile[rng.gen_range(0..3)],
                    _ => continue,
                };
                accepted += 1;
                let (x, y) = flip;
                // delta_imbalanced is (after - before) + n, so this never underflows.
                imbalanced = imbalanced + delta_imbalanced(&friendly, n, x, y) - n;
                let f = !friendly[x * n + y];
                friendly[x * n + y] = f;
                friendly[y * n + x] = f;
                if f {
                    count += 1;
                } else {
                    count -= 1;
                }
            }
        }
        if sweep >= params.burn_in_sweeps {
            density.push(count as f64 / links as f64);
        }
    }
    let mean_density = if density.is_empty() {
        count as f64 / links as f64
    } else {
        density.iter().sum::<f64>() / density.len() as f64
    };
    Ok(LtdRun {
        density,
        mean_density,
        balanced_at_sweep,
    })
}

/// Number of imbalanced triads.
fn imbalanced_count(friendly: &[bool], n: usize) -> usize {
    let mut t = 0;
    for a in 0..n {
        for b in a + 1..n {
            for c in b + 1..n {
                let neg = usize::from(!friendly[a * n + b])
                    + usize::from(!friendly[a * n + c])
                    + usize::from(!friendly[b * n + c]);
                t += neg % 2;
            }
        }
    }
    t
}

/// Change in the number of imbalanced triads when link x-y flips, plus `n` (kept non-negative).
/// Every triad through x-y toggles between balanced and imbalanced.
fn delta_imbalanced(friendly: &[bool], n: usize, x: usize, y: usize) -> usize {
    let mut before = 0usize;
    let mut total = 0usize;
    for z in 0..n {
        if z == x || z == y {
            continue;
        }
        total += 1;
        let neg = usize::from(!friendly[x * n + y])
            + usize::from(!friendly[x * n + z])
            + usize::from(!friendly[y * n + z]);
        before += neg % 2;
    }
    // after = total - before; delta = after - before = total - 2 * before
    n + total - 2 * before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_above_half_goes_to_paradise() {
        let r = simulate_ltd(&LtdParams {
            nodes: 20,
            p: 0.8,
            burn_in_sweeps: 0,
            sweeps: 30,
            ..Default::default()
        })
        .unwrap();
        assert!(r.balanced_at_sweep.is_some());
        assert!(
            (r.density.last().copied().unwrap_or(0.0) - 1.0).abs() < 1e-12
                || r.balanced_at_sweep.is_some()
        );
    }

    #[test]
    fn rejects_bad_parameters() {
        assert!(simulate_ltd(&LtdParams {
            nodes: 2,
            ..Default::default()
        })
        .is_err());
        assert!(simulate_ltd(&LtdParams {
            p: 1.5,
            ..Default::default()
        })
        .is_err());
    }

    #[test]
    fn imbalance_counter_is_consistent() {
        let n = 7;
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let mut f = vec![false; n * n];
        for i in 0..n {
            for j in i + 1..n {
                let v = rng.gen_bool(0.5);
                f[i * n + j] = v;
                f[j * n + i] = v;
            }
        }
        let before = imbalanced_count(&f, n);
        let d = delta_imbalanced(&f, n, 2, 5);
        f[2 * n + 5] = !f[2 * n + 5];
        f[5 * n + 2] = !f[5 * n + 2];
        assert_eq!(before + d - n, imbalanced_count(&f, n));
    }
}
