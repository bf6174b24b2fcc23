//! Claim store: ingesting documents with reconciliation, and filtered queries, on synthetic claims.
use criterion::{criterion_group, criterion_main, Criterion};
use realign_core::{
    content_hash, ActorRef, Attribution, Claim, ClaimBody, DeploymentClaim, Document, EventClaim,
    Evidence, PartialDate, Plover, Qualifier, Quantity, Span,
};
use realign_store::claims::ClaimFilter;
use realign_store::Store;

const CODES: [&str; 12] = [
    "USA", "CHN", "RUS", "PRK", "KOR", "JPN", "IND", "UKR", "DEU", "FRA", "GBR", "TUR",
];

/// `n` documents of `per_doc` claims each; actors and values repeat so that many claims reconcile.
fn corpus(n: usize, per_doc: usize) -> Vec<(Document, Vec<Claim>)> {
    (0..n)
        .map(|i| {
            let text = format!(
                "Synthetic article {i}. {}",
                "Officials met and talked. ".repeat(40)
            );
            let doc = Document {
                id: content_hash(&text),
                name: Some(format!("doc-{i}.txt")),
                title: None,
                date: PartialDate::day(2024, 1 + (i % 12) as u8, 1 + (i % 28) as u8),
                url: None,
                author: None,
                publisher: Some(format!("Wire {}", i % 5)),
                text,
            };
            let claims = (0..per_doc)
                .map(|k| {
                    let a = CODES[(i + k) % CODES.len()];
                    let b = CODES[(i * 7 + k * 3 + 1) % CODES.len()];
                    let body = if k % 3 == 0 {
                        ClaimBody::Deployment(DeploymentClaim {
                            source: ActorRef::state(a),
                            target: ActorRef::state(b),
                            quantity: Some(Quantity {
                                value: 1000.0 * ((i / 7) % 3 + 1) as f64,
                                unit: "troops".into(),
                                qualifier: Qualifier::Exact,
                            }),
                            location: None,
                        })
                    } else {
                        ClaimBody::Event(EventClaim::new(Plover::ALL[(i + k) % Plover::ALL.len()], vec![ActorRef::state(a)], vec![ActorRef::state(b)]))
                    };
                    Claim {
                        doc: doc.id.clone(),
                        body,
                        date: None,
                        evidence: Evidence {
                            span: Span::new(20 + k, 40 + k),
                            sentence_span: Span::new(20, 60),
                            sentence: "Officials met and talked.".into(),
                        },
                        attribution: Attribution::reporter(),
                        confidence: 0.8,
                    }
                })
                .collect();
            (doc, claims)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus(200, 15);
    c.bench_function("ingest 200 documents x 15 claims (in memory)", |b| {
        b.iter(|| {
            let mut s = Store::open_in_memory().expect("store");
            for (d, cl) in &docs {
                s.ingest_document(d, cl).expect("ingest");
            }
            s
        })
    });
    let mut s = Store::open_in_memory().expect("store");
    for (d, cl) in &docs {
        s.ingest_document(d, cl).expect("ingest");
    }
    let f = ClaimFilter {
        actor: Some("PRK".into()),
        since: PartialDate::month(2024, 6),
        ..Default::default()
    };
    c.bench_function("claims --actor PRK --since 2024-06 (3000 readings)", |b| {
        b.iter(|| s.claims(&f).expect("query"))
    });
    c.bench_function("conflicts (3000 readings)", |b| {
        b.iter(|| s.conflicts().expect("query"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
