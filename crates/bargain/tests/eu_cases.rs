//! The expected-utility model on every case in ../shared/models/bdm_eum: each file reads, the run
//! stays within the input range, and every round's median is a position some actor holds then.

use std::path::PathBuf;

use realign_bargain::eu::{self, EuParams};

#[test]
fn every_shared_case_runs_and_is_consistent() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/bdm_eum"
    ));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} absent, skipping", dir.display());
        return;
    };
    let mut seen = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("csv") {
            continue;
        }
        let (scenario, _) = realign_bargain::load_scenario(&path).expect("reads");
        let run = eu::run(&scenario, &EuParams::default()).expect("runs");
        let xs: Vec<f64> = scenario.actors.iter().map(|a| a.positions[0]).collect();
        let lo = xs.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        for (t, state) in run.positions.iter().enumerate() {
            assert!(
                state.iter().all(|p| p[0] >= lo - 1e-9 && p[0] <= hi + 1e-9),
                "{path:?} turn {t}"
            );
            let m = run.median[t][0];
            assert!(
                state.iter().any(|p| p[0] == m),
                "{path:?} turn {t}: median {m} held by nobody"
            );
            let w = run.mean[t][0];
            assert!(w >= lo - 1e-9 && w <= hi + 1e-9);
        }
        seen += 1;
    }
    assert!(
        seen >= 10,
        "expected the shared bdm_eum cases, found {seen}"
    );
}
