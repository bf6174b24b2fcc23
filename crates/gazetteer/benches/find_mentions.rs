//! Throughput of `Gazetteer::find_mentions` on news-like sentences (about 25 words each).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use realign_gazetteer::Gazetteer;

const SENTENCES: &[&str] = &[
    "North Korean leader Kim Jong Un oversaw the test of a new solid-fuel missile on Tuesday, state media said, days after Seoul and Washington ended joint drills.",
    "Russian President Vladimir Putin told reporters in the Kremlin that Moscow would not accept any settlement that ignored the security interests of the Russian Federation.",
    "China's Foreign Ministry said on Monday that Beijing firmly opposed the latest U.S. arms sale to Taiwan and urged Washington to stop sending wrong signals.",
    "The European Union and NATO agreed to coordinate their support for Ukraine, while Hungary again blocked a joint statement at the meeting in Brussels.",
    "South Korea's National Intelligence Service told lawmakers that Pyongyang had sent thousands more troops and artillery shells to Russia over the past three months.",
    "Japanese Prime Minister Sanae Takaichi and Australian Prime Minister Anthony Albanese pledged closer defence ties, citing pressure from Chinese coast guard vessels in the region.",
    "Officials said the talks in Geneva made little progress because the delegations could not agree on the sequencing of sanctions relief and inspections by the agency.",
    "The minister added that the government would announce a new budget next week, after a meeting with business leaders and trade unions in the capital.",
];

fn bench(c: &mut Criterion) {
    let g = Gazetteer::builtin();
    let bytes: usize = SENTENCES.iter().map(|s| s.len()).sum();
    let mut group = c.benchmark_group("gazetteer");
    group.throughput(Throughput::Elements(SENTENCES.len() as u64));
    group.bench_function("find_mentions/sentences", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in SENTENCES {
                n += g.find_mentions(black_box(s)).len();
            }
            n
        })
    });
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("find_mentions/bytes", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in SENTENCES {
                n += g.find_mentions(black_box(s)).len();
            }
            n
        })
    });
    group.finish();
    c.bench_function("gazetteer/build_and_compile", |b| {
        b.iter(|| {
            let mut bld = realign_gazetteer::Builder::with_builtin();
            bld.add_blocker("x y z");
            let g = bld.build();
            g.find_mentions("compile the matcher").len() + g.len()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
