//! Reproduces KTAB `smpc` traces stored in ../shared/models/ktab_smp (skipped when absent).

use realign_bargain::{ktab_csv, smp};
use std::path::PathBuf;

fn dir() -> Option<PathBuf> {
    let d = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/ktab_smp"
    ));
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("note: {} absent, skipping KTAB reference test", d.display());
        None
    }
}

fn run_case(d: &std::path::Path, input: &str) -> smp::SmpRun {
    let sc = ktab_csv::read(&d.join(input)).unwrap();
    smp::run(&sc, &smp::SmpParams::default()).unwrap()
}

/// `turn,actor,dim,position` at two decimals.
fn check_full_csv(input: &str, reference: &str) {
    let Some(d) = dir() else { return };
    let r = run_case(&d, input);
    let text = std::fs::read_to_string(d.join(reference)).unwrap();
    let mut max_turn = 0;
    let mut worst: f64 = 0.0;
    let mut n = 0;
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split(',').map(str::trim).collect();
        let (t, a, k): (usize, usize, usize) = (
            f[0].parse().unwrap(),
            f[1].parse().unwrap(),
            f[2].parse().unwrap(),
        );
        let want: f64 = f[3].parse().unwrap();
        max_turn = max_turn.max(t);
        assert!(
            t <= r.turns,
            "{input}: reference has turn {t}, we stopped after {}",
            r.turns
        );
        let got = r.positions[t][a][k];
        worst = worst.max((got - want).abs());
        assert!(
            (got - want).abs() <= 0.006,
            "{input}: turn {t} actor {a} dim {k}: got {got}, KTAB {want}"
        );
        n += 1;
    }
    assert_eq!(r.turns, max_turn, "{input}: number of turns");
    assert_eq!(
        n,
        (r.turns + 1) * r.positions[0].len() * r.positions[0][0].len()
    );
    eprintln!(
        "{input}: {n} values, worst difference {worst:.4}, {} turns",
        r.turns
    );
}

/// KTAB's printed history (positions %5.1f, probabilities %.4f) and convergence log (%.4f).
fn check_history(input: &str, history: &str, convergence: &str) {
    let Some(d) = dir() else { return };
    let r = run_case(&d, input);
    let text = std::fs::read_to_string(d.join(history)).unwrap();
    let nd = r.positions[0][0].len();
    let mut in_probs = false;
    let (mut pos_line, mut prob_line) = (0usize, 0usize);
    for line in text.lines() {
        if line.starts_with("History of actors' winning") {
            in_probs = true;
            continue;
        }
        let Some((_, vals)) = line.rsplit_once(':') else {
            continue;
        };
        // log lines such as "SMPModel: Closing database" are not data
        let Ok(vals) = vals
            .split_whitespace()
            .map(str::parse)
            .collect::<Result<Vec<f64>, _>>()
        else {
            continue;
        };
        if vals.is_empty() {
            continue;
        }
        assert_eq!(
            vals.len(),
            r.turns + 1,
            "{input}: KTAB has {} turns, we have {}",
            vals.len() - 1,
            r.turns
        );
        for (t, want) in vals.iter().enumerate() {
            if in_probs {
                let got = r.win_probabilities[t][prob_line];
                assert!(
                    (got - want).abs() <= 0.00006,
                    "{input}: win prob turn {t} actor {prob_line}: got {got}, KTAB {want}"
                );
            } else {
                let (a, k) = (pos_line / nd, pos_line % nd);
                let got = r.positions[t][a][k];
                assert!(
                    (got - want).abs() <= 0.051,
                    "{input}: turn {t} actor {a} dim {k}: got {got}, KTAB {want}"
                );
            }
        }
        if in_probs {
            prob_line += 1;
        } else {
            pos_line += 1;
        }
    }
    assert_eq!(pos_line, r.positions[0].len() * nd);
    assert_eq!(prob_line, r.positions[0].len());
    let conv = std::fs::read_to_string(d.join(convergence)).unwrap();
    let wants: Vec<f64> = conv
        .lines()
        .filter_map(|l| l.split(':').nth(1))
        .filter_map(|v| v.split_whitespace().next())
        .map(|v| v.parse().unwrap())
        .collect();
    assert_eq!(wants.len(), r.change.len(), "{input}: convergence lines");
    for (t, (w, g)) in wants.iter().zip(&r.change).enumerate() {
        assert!(
            (w - g).abs() <= 0.00006,
            "{input}: change after turn {}: got {g}, KTAB {w}",
            t + 1
        );
    }
}

#[test]
fn soe_pol_comp_positions_full() {
    check_full_csv(
        "SOE-Pol-Comp.csv",
        "ktabrun_SOE-Pol-Comp_positions_full.csv",
    );
}

#[test]
fn dummy_3dim_positions_full() {
    check_full_csv(
        "dummyData_3Dim.csv",
        "ktabrun_dummyData_3Dim_positions_full.csv",
    );
}

#[test]
fn ref2017_soe_pol_comp() {
    check_history(
        "SOE-Pol-Comp.csv",
        "ref2017_SOE-Pol-Comp_history.txt",
        "ref2017_SOE-Pol-Comp_convergence.txt",
    );
}

#[test]
fn ref2017_dummy_3dim() {
    check_history(
        "dummyData_3Dim.csv",
        "ref2017_dummyData_3Dim_history.txt",
        "ref2017_dummyData_3Dim_convergence.txt",
    );
}

#[test]
fn soe_policy() {
    check_history(
        "SOE-Policy.csv",
        "ktabrun_SOE-Policy_history.txt",
        "ktabrun_SOE-Policy_convergence.txt",
    );
}

#[test]
fn soe_competitive() {
    check_history(
        "SOE-Competitive.csv",
        "ktabrun_SOE-Competitive_history.txt",
        "ktabrun_SOE-Competitive_convergence.txt",
    );
}

#[test]
fn dummy_6dim() {
    check_history(
        "dummyData_6Dim.csv",
        "ktabrun_dummyData_6Dim_history.txt",
        "ktabrun_dummyData_6Dim_convergence.txt",
    );
}

#[test]
fn dummy_a040() {
    check_history(
        "dummyData-a040.csv",
        "ktabrun_dummyData-a040_history.txt",
        "ktabrun_dummyData-a040_convergence.txt",
    );
}

#[test]
fn dummy_a080() {
    check_history(
        "dummyData-a080.csv",
        "ktabrun_dummyData-a080_history.txt",
        "ktabrun_dummyData-a080_convergence.txt",
    );
}

#[test]
fn a160_runs_to_convergence() {
    let Some(d) = dir() else { return };
    let r = run_case(&d, "dummyData-a160.csv");
    assert!(r.turns >= 2 && r.turns < 100);
    assert!(*r.change.last().unwrap() < 0.02);
}
