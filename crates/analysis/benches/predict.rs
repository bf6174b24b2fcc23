//! Criterion bench: one vote prediction (index, analogue training, logistic fit, scoring) on a
//! synthetic assembly the size of the real one (190 states, 20 years of ~80 roll calls a year).

use criterion::{criterion_group, criterion_main, Criterion};
use rand::{Rng, SeedableRng};
use realign_analysis::predict::{predict, Issue, Position, PredictParams, RollCall, VoteHistory};

fn assembly() -> VoteHistory {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let states: Vec<String> = (0..190).map(|i| format!("S{i:03}")).collect();
    // Each state has a latent position in [0, 1]; "TGT" sits at the extreme.
    let ideal: Vec<f64> = (0..states.len()).map(|_| rng.gen::<f64>()).collect();
    let topics = [
        "human rights situation in region",
        "nuclear disarmament",
        "territorial integrity",
        "budget",
        "decolonization",
    ];
    let mut calls = Vec::new();
    let mut votes = Vec::new();
    let mut rcid = 1;
    for year in 2000..2020 {
        for k in 0..80 {
            let topic = topics[k % topics.len()];
            let cut: f64 = rng.gen_range(0.5..0.95);
            calls.push(RollCall {
                rcid,
                date: format!("{year}-{:02}-15", 1 + k % 12),
                text: format!("{topic} {k}"),
            });
            votes.push((rcid, "TGT".to_string(), Position::No));
            for (s, x) in states.iter().zip(&ideal) {
                let noise: f64 = rng.gen_range(-0.1..0.1);
                let p = if x + noise < cut {
                    Position::Yes
                } else if x + noise < cut + 0.1 {
                    Position::Abstain
                } else {
                    Position::No
                };
                votes.push((rcid, s.clone(), p));
            }
            rcid += 1;
        }
    }
    VoteHistory::new(calls, votes)
}

fn bench(c: &mut Criterion) {
    let h = assembly();
    let issue = Issue {
        date: "2020-03-01".into(),
        title: "territorial integrity".into(),
        against: Some("TGT".into()),
        similar_rcids: vec![],
        exclude_rcid: None,
        ..Default::default()
    };
    let params = PredictParams::default();
    c.bench_function("predict one issue (190 states, 1600 roll calls)", |b| {
        b.iter(|| predict(&h, &issue, &params))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
