//! Criterion bench: `changes::compare` on two Worlds the size of the 2014 one (195 states, about
//! 10,800 non-zero ties, 9,000 dependence figures), the second a perturbed copy of the first.

use std::collections::BTreeMap;

use criterion::{criterion_group, criterion_main, Criterion};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use realign_analysis::changes::{compare, CompareParams};
use realign_core::PartialDate;
use realign_world::snapshot::Outline;

fn outlines() -> (Outline, Outline) {
    let mut rng = ChaCha8Rng::seed_from_u64(2014);
    let codes: Vec<String> = (0..195).map(|i| format!("S{i:03}")).collect();
    let mut ties = BTreeMap::new();
    let mut dependence = BTreeMap::new();
    for (i, a) in codes.iter().enumerate() {
        for b in &codes[i + 1..] {
            if rng.gen_bool(0.57) {
                ties.insert((a.clone(), b.clone()), rng.gen_range(-1.0..1.0));
            }
            if rng.gen_bool(0.24) {
                dependence.insert((a.clone(), b.clone()), rng.gen_range(0.0..0.5));
                dependence.insert((b.clone(), a.clone()), rng.gen_range(0.0..0.5));
            }
        }
    }
    let before = Outline {
        as_of: PartialDate::year(2010),
        states: codes.iter().map(|c| (c.clone(), c.clone())).collect(),
        alliances: BTreeMap::new(),
        ties,
        dependence,
        inputs: None,
        fingerprint: None,
    };
    let mut after = before.clone();
    after.as_of = PartialDate::year(2014);
    for w in after.ties.values_mut() {
        if rng.gen_bool(0.15) {
            *w = rng.gen_range(-1.0..1.0);
        }
    }
    for s in after.dependence.values_mut() {
        if rng.gen_bool(0.1) {
            *s = rng.gen_range(0.0..0.5);
        }
    }
    (before, after)
}

fn bench(c: &mut Criterion) {
    let (before, after) = outlines();
    let mut group = c.benchmark_group("changes");
    group.sample_size(20);
    group.bench_function("compare_195_states_10800_ties", |b| b.iter(|| compare(&before, &after, &CompareParams::default()).ties.len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
