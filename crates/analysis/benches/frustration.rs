//! Criterion bench: the 51 exact frustration indices of the COW signed networks together.
//! Skips (benches nothing) when ../shared is absent.

use criterion::{criterion_group, criterion_main, Criterion};
use realign_analysis::frustration::frustration_index;
use realign_analysis::signed_graph::{parse_edge_csv, SignedGraph};

fn load() -> Vec<SignedGraph> {
    let dir = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/cow_signed_doreian_mrvar/edges"
    ));
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} absent, nothing to bench", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|t| parse_edge_csv(&t).ok())
        .collect()
}

fn bench(c: &mut Criterion) {
    let graphs = load();
    if graphs.is_empty() {
        return;
    }
    let mut group = c.benchmark_group("frustration");
    group.sample_size(10);
    group.bench_function("cow_51_windows_exact", |b| {
        b.iter(|| {
            graphs
                .iter()
                .map(|g| frustration_index(g, 1).index)
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
