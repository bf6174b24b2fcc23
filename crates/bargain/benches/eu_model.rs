//! Expected-utility model speed: the EC-10 worked example and a synthetic 160-actor issue (the
//! size of KTAB's largest one-dimensional case), 10 rounds each; the China 1989 case from
//! ../shared when present.

use criterion::{criterion_group, criterion_main, Criterion};
use realign_bargain::eu::{run_issue, EuParams, IssueActor};

/// A deterministic pseudo-random issue with `n` actors (positions 0-100, saliences 0.1-1).
fn synthetic(n: usize) -> Vec<IssueActor> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|_| IssueActor {
            capability: 1.0 + 99.0 * next(),
            position: (100.0 * next()).round(),
            salience: 0.1 + 0.9 * next(),
        })
        .collect()
}

fn ec10() -> Vec<IssueActor> {
    [
        (0.08, 4.0, 0.8),
        (0.08, 7.0, 0.4),
        (0.03, 4.0, 0.2),
        (0.16, 4.0, 0.8),
        (0.16, 10.0, 0.6),
        (0.16, 10.0, 0.6),
        (0.16, 10.0, 0.9),
        (0.05, 7.0, 0.1),
        (0.05, 4.0, 1.0),
        (0.08, 7.0, 0.7),
    ]
    .iter()
    .map(|&(capability, position, salience)| IssueActor {
        capability,
        position,
        salience,
    })
    .collect()
}

fn bench(c: &mut Criterion) {
    let params = EuParams::default();
    let ec = ec10();
    c.bench_function("eu ec10 10 rounds", |b| b.iter(|| run_issue(&ec, &params)));
    // The largest real expected-utility case in ../shared (China 1989, 24 stakeholders), if present.
    let china = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/bdm_eum/dmasad_ChinaData.csv"
    ));
    if let Ok((scenario, _)) = realign_bargain::load_scenario(china) {
        c.bench_function("eu china1989 24 actors 10 rounds", |b| {
            b.iter(|| realign_bargain::eu::run(&scenario, &params))
        });
    }
    // KTAB's largest one-dimensional case (160 actors), if present.
    let a160 = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/ktab_smp/dummyData-a160.csv"
    ));
    if let Ok((scenario, _)) = realign_bargain::load_scenario(a160) {
        c.bench_function("eu ktab dummyData-a160 10 rounds", |b| {
            b.iter(|| realign_bargain::eu::run(&scenario, &params))
        });
    }
    for n in [80, 160] {
        let actors = synthetic(n);
        c.bench_function(&format!("eu synthetic {n} actors 10 rounds"), |b| {
            b.iter(|| run_issue(&actors, &params))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
