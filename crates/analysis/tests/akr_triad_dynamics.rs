//! Antal–Krapivsky–Redner local triad dynamics: the steady-state friendly-link density on a
//! complete graph matches 1/(sqrt(3(1-2p))+1) for p <= 1/2 within simulation error.

use realign_analysis::triads::{ltd_steady_density, simulate_ltd, LtdParams};

fn run(p: f64, initial: f64, seed: u64) -> (f64, f64) {
    let params = LtdParams {
        nodes: 32,
        p,
        initial_friendly: initial,
        burn_in_sweeps: 20,
        sweeps: 120,
        seed,
    };
    let r = simulate_ltd(&params).expect("valid parameters");
    assert!(
        r.balanced_at_sweep.is_none(),
        "p={p}: reached balance, density not stationary"
    );
    // standard error from 10 block means (sweeps are correlated over ~1 sweep)
    let blocks: Vec<f64> = r
        .density
        .chunks(12)
        .map(|c| c.iter().sum::<f64>() / c.len() as f64)
        .collect();
    let m = blocks.iter().sum::<f64>() / blocks.len() as f64;
    let var = blocks.iter().map(|b| (b - m).powi(2)).sum::<f64>() / (blocks.len() - 1) as f64;
    (r.mean_density, (var / blocks.len() as f64).sqrt())
}

#[test]
fn steady_density_matches_mean_field() {
    for (p, initial, seed) in [(0.0, 0.5, 1), (0.25, 0.1, 2), (0.4, 0.9, 3)] {
        let expected = ltd_steady_density(p);
        let (got, se) = run(p, initial, seed);
        eprintln!("p={p}: density {got:.4} ± {se:.4}, mean field {expected:.4}");
        // 1/N finite-size correction plus 4 standard errors.
        assert!(
            (got - expected).abs() < 0.02 + 4.0 * se,
            "p={p}: {got} vs {expected} (se {se})"
        );
    }
}

#[test]
fn different_start_same_steady_state_and_seeded_reproducibility() {
    let a = simulate_ltd(&LtdParams {
        nodes: 30,
        p: 0.25,
        initial_friendly: 0.05,
        seed: 9,
        ..Default::default()
    })
    .unwrap();
    let b = simulate_ltd(&LtdParams {
        nodes: 30,
        p: 0.25,
        initial_friendly: 0.05,
        seed: 9,
        ..Default::default()
    })
    .unwrap();
    assert_eq!(a, b);
    let c = simulate_ltd(&LtdParams {
        nodes: 30,
        p: 0.25,
        initial_friendly: 0.95,
        seed: 10,
        ..Default::default()
    })
    .unwrap();
    assert!(
        (a.mean_density - c.mean_density).abs() < 0.05,
        "{} vs {}",
        a.mean_density,
        c.mean_density
    );
}

#[test]
fn above_one_half_reaches_paradise() {
    let r = simulate_ltd(&LtdParams {
        nodes: 30,
        p: 0.7,
        initial_friendly: 0.3,
        burn_in_sweeps: 0,
        sweeps: 40,
        seed: 5,
    })
    .unwrap();
    assert!(r.balanced_at_sweep.is_some());
    assert_eq!(r.density.last().copied(), Some(1.0));
}
