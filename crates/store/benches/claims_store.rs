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
                            planned: false,
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
    // One long document telling the same fact in 4,000 sentences: each reading after the first
    // joins the one claim, and must not search every source the document already gave it.
    let (long, told) = one_fact_told_often(4000);
    c.bench_function("ingest one document telling one fact 4000 times (in memory)", |b| {
        b.iter(|| {
            let mut s = Store::open_in_memory().expect("store");
            s.ingest_document(&long, &told).expect("ingest");
            s
        })
    });
}

/// A document of `n` sentences that all tell the same meeting, and its `n` readings.
fn one_fact_told_often(n: usize) -> (Document, Vec<Claim>) {
    let sentence = "Chinese and American officials met again. ";
    let text = format!("Talks, again. {}", sentence.repeat(n));
    let doc = Document {
        id: content_hash(&text),
        name: Some("long.txt".into()),
        title: None,
        date: PartialDate::day(2024, 3, 1),
        url: None,
        author: None,
        publisher: Some("Wire 0".into()),
        text,
    };
    let claims = (0..n)
        .map(|k| {
            let start = 14 + k * sentence.len();
            Claim {
                doc: doc.id.clone(),
                body: ClaimBody::Event(EventClaim::new(Plover::Consult, vec![ActorRef::state("CHN")], vec![ActorRef::state("USA")])),
                date: None,
                evidence: Evidence {
                    span: Span::new(start, start + sentence.len() - 1),
                    sentence_span: Span::new(start, start + sentence.len() - 1),
                    sentence: sentence.trim().into(),
                },
                attribution: Attribution::reporter(),
                confidence: 0.8,
            }
        })
        .collect();
    (doc, claims)
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
