//! Reading throughput on a generated corpus of news-like sentences (templates × gazetteer names).
//! Reports sentences per second on one core (criterion's throughput in "elements").

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use realign_core::{content_hash, Document};
use realign_gazetteer::Gazetteer;
use realign_reader::{normalize, Reader};

const STATES: &[&str] = &[
    "North Korea", "South Korea", "Russia", "China", "Japan", "Ukraine", "the United States", "France", "Germany",
    "India", "Pakistan", "Iran", "Israel", "Turkey", "Brazil", "Nigeria", "Egypt", "Vietnam", "the Philippines",
    "Indonesia",
];
const TEMPLATES: &[&str] = &[
    "{A} accused {B} of violating the ceasefire along the border on Tuesday, officials said.",
    "{A} and {B} signed a mutual defence treaty in June 2024 during a state visit.",
    "Over 11,000 troops from {A} are reportedly stationed in {B}, according to intelligence officials.",
    "{A} refused to condemn {B} for the missile launch, a spokesman for the foreign ministry said.",
    "The foreign minister of {A} met her counterpart from {B} in Geneva to discuss the crisis.",
    "{A} urged {B} to release the detained journalists and to ease restrictions on aid.",
    "{A} threatened to impose sanctions on {B} unless the shelling stopped.",
    "{B} accounts for 40 per cent of all trade with {A}, the ministry estimates.",
    "Protesters marched through the capital of {A} demanding the resignation of the government.",
    "{A} exported US$300 million worth of machinery to {B} last year.",
    "The weather in the region was mild for the season and markets were calm.",
    "{A}'s forces shelled positions held by {B} overnight, killing four soldiers.",
];

fn corpus(n_docs: usize) -> (Vec<Document>, usize) {
    let mut docs = Vec::with_capacity(n_docs);
    let mut sentences = 0;
    for d in 0..n_docs {
        let mut text = String::new();
        for k in 0..20 {
            let t = TEMPLATES[(d * 7 + k) % TEMPLATES.len()];
            let a = STATES[(d + k) % STATES.len()];
            let b = STATES[(d * 3 + k * 5 + 1) % STATES.len()];
            let b = if a == b { STATES[(d + k + 1) % STATES.len()] } else { b };
            text.push_str(&t.replace("{A}", a).replace("{B}", b));
            text.push(if k % 4 == 3 { '\n' } else { ' ' });
            sentences += 1;
        }
        let text = normalize(&text);
        docs.push(Document { id: content_hash(&text), name: None, title: None, date: None, url: None, author: None, publisher: None, text });
    }
    (docs, sentences)
}

fn bench(c: &mut Criterion) {
    let reader = Reader::new(Gazetteer::builtin());
    let (docs, sentences) = corpus(200);
    let mut g = c.benchmark_group("reader");
    g.throughput(Throughput::Elements(sentences as u64));
    g.sample_size(20);
    g.bench_function("read_4000_sentences", |b| {
        b.iter(|| docs.iter().map(|d| reader.read(d).claims.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
