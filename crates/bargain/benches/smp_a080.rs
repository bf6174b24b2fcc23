//! SMP speed on KTAB's 80-actor scaling case (needs ../shared; otherwise a synthetic 80-actor case).

use criterion::{criterion_group, criterion_main, Criterion};
use realign_bargain::{ktab_csv, smp, ActorSpec, Scenario};

fn synthetic(n: usize) -> Scenario {
    // deterministic spread of positions, saliences and capabilities
    let actors = (0..n)
        .map(|i| {
            let x = (i * 37 % 101) as f64;
            ActorSpec {
                name: format!("A{i}"),
                description: String::new(),
                capability: 1.0 + (i * 13 % 7) as f64,
                positions: vec![x],
                saliences: vec![20.0 + (i * 29 % 60) as f64],
            }
        })
        .collect();
    Scenario {
        name: "synthetic".into(),
        description: String::new(),
        dimensions: vec!["X".into()],
        actors,
    }
}

fn bench(c: &mut Criterion) {
    let path = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/ktab_smp/dummyData-a080.csv"
    ));
    let (name, sc) = match ktab_csv::read(path) {
        Ok(s) => ("smp dummyData-a080", s),
        Err(_) => {
            eprintln!(
                "note: {} unavailable, using a synthetic 80-actor case",
                path.display()
            );
            ("smp synthetic-80", synthetic(80))
        }
    };
    let params = smp::SmpParams::default();
    let mut g = c.benchmark_group("smp");
    g.sample_size(10);
    g.bench_function(name, |b| b.iter(|| smp::run(&sc, &params).map(|r| r.turns)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
