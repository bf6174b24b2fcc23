use super::*;
use realign_core::{
    content_hash, ActorRef, AllianceClaim, DeploymentClaim, EventClaim, Evidence, Obligation,
    Qualifier, Quantity, Span,
};

// Two small articles of our own about the same (fictional) events.
const ARTICLE_1: &str = "Poland and Lithuania signed a mutual defence pact in Vilnius. \
More than 4,000 Polish troops are stationed in Lithuania, the defence ministry said. \
Lithuania criticised Belarus over the border closures.";
const ARTICLE_2: &str = "Warsaw and Vilnius sealed a defence pact this week. \
Poland has sent 3,000 soldiers to Lithuania, according to officials.";

fn doc(name: &str, text: &str, publisher: Option<&str>) -> Document {
    Document {
        id: content_hash(text),
        name: Some(name.into()),
        title: None,
        date: PartialDate::parse("2025-03-04").ok(),
        url: None,
        author: None,
        publisher: publisher.map(str::to_string),
        text: text.into(),
    }
}

fn at(d: &Document, needle: &str, body: ClaimBody) -> Claim {
    let i = d.text.find(needle).expect("needle in test article");
    Claim {
        doc: d.id.clone(),
        body,
        date: None,
        evidence: Evidence {
            span: Span::new(i, i + needle.len()),
            sentence_span: Span::new(i, i + needle.len()),
            sentence: needle.into(),
        },
        attribution: Attribution::reporter(),
        confidence: 0.8,
    }
}

fn pact(d: &Document, needle: &str, parties: [&str; 2]) -> Claim {
    at(
        d,
        needle,
        ClaimBody::Alliance(AllianceClaim {
            parties: parties.iter().map(|p| ActorRef::state(*p)).collect(),
            obligations: vec![Obligation::Defense],
            signed: None,
            in_force: None,
            terminated: None,
            name: None,
        }),
    )
}

fn troops(d: &Document, needle: &str, n: f64, q: Qualifier) -> Claim {
    at(
        d,
        needle,
        ClaimBody::Deployment(DeploymentClaim {
            source: ActorRef::state("POL"),
            target: ActorRef::state("LTU"),
            quantity: Some(Quantity {
                value: n,
                unit: "troops".into(),
                qualifier: q,
            }),
            location: None,
            planned: false,
        }),
    )
}

fn accuse(d: &Document) -> Claim {
    at(
        d,
        "Lithuania criticised Belarus",
        ClaimBody::Event(EventClaim::new(Plover::Accuse, vec![ActorRef::state("LTU")], vec![ActorRef::state("BLR")])),
    )
}

fn first(store: &mut Store) -> (Document, Vec<Claim>) {
    let d = doc("one.txt", ARTICLE_1, Some("Baltic Wire"));
    let claims = vec![
        pact(
            &d,
            "Poland and Lithuania signed a mutual defence pact",
            ["POL", "LTU"],
        ),
        troops(&d, "More than 4,000 Polish troops", 4000.0, Qualifier::Over),
        accuse(&d),
    ];
    let out = store.ingest_document(&d, &claims).unwrap();
    assert!(out.new);
    assert_eq!(out.claims_added, 3);
    (d, claims)
}

#[test]
fn round_trip_keeps_documents_claims_and_evidence() {
    let mut s = Store::open_in_memory().unwrap();
    let (d, claims) = first(&mut s);
    let back = s.document("one.txt").unwrap().unwrap();
    assert_eq!(back, d);
    assert_eq!(s.document(&d.id).unwrap().unwrap().text, ARTICLE_1);
    let all = s.claims(&ClaimFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[1].claim, claims[1]);
    assert_eq!(all[1].sources.len(), 1);
    assert_eq!(all[1].sources[0].doc_name.as_deref(), Some("one.txt"));
    assert_eq!(all[1].sources[0].publisher.as_deref(), Some("Baltic Wire"));
    let shown = s.claim(all[1].id).unwrap().unwrap();
    assert_eq!(shown, all[1]);
    assert!(s.claim(9999).unwrap().is_none());
    let docs = s.documents().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].names, vec!["one.txt".to_string()]);
    assert_eq!(docs[0].readings, 3);
}

#[test]
fn filters_select_by_actor_kind_type_date_and_document() {
    let mut s = Store::open_in_memory().unwrap();
    let (d, _) = first(&mut s);
    let n = |f: ClaimFilter| s.claims(&f).unwrap().len();
    assert_eq!(
        n(ClaimFilter {
            actor: Some("blr".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(ClaimFilter {
            actor: Some("POL".into()),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        n(ClaimFilter {
            kind: Some(ClaimKind::Deployment),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(ClaimFilter {
            plover: Some(Plover::Accuse),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(ClaimFilter {
            plover: Some(Plover::Assault),
            ..Default::default()
        }),
        0
    );
    let date = |s: &str| PartialDate::parse(s).ok();
    // Claims take the document date (2025-03-04) when they state none.
    assert_eq!(
        n(ClaimFilter {
            since: date("2025-03"),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        n(ClaimFilter {
            since: date("2025-04"),
            ..Default::default()
        }),
        0
    );
    assert_eq!(
        n(ClaimFilter {
            until: date("2025"),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        n(ClaimFilter {
            until: date("2024-12-31"),
            ..Default::default()
        }),
        0
    );
    assert_eq!(
        n(ClaimFilter {
            doc: Some("one.txt".into()),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        n(ClaimFilter {
            doc: Some(d.id[..8].to_string()),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        n(ClaimFilter {
            doc: Some("other.txt".into()),
            ..Default::default()
        }),
        0
    );
}

#[test]
fn reingesting_the_same_text_adds_nothing_but_remembers_the_name() {
    let mut s = Store::open_in_memory().unwrap();
    let (d, claims) = first(&mut s);
    let before = s.claim_counts().unwrap();
    let mut again = d.clone();
    again.name = Some("copy-of-one.txt".into());
    let out = s.ingest_document(&again, &claims).unwrap();
    assert!(!out.new);
    assert_eq!(
        (out.claims_added, out.corroborated, out.conflicts),
        (0, 0, 0)
    );
    assert_eq!(s.claim_counts().unwrap(), before);
    assert!(s.corroborations().unwrap().is_empty());
    assert_eq!(s.document("copy-of-one.txt").unwrap().unwrap().id, d.id);
}

#[test]
fn a_failure_mid_document_leaves_no_partial_rows_and_a_rerun_completes() {
    let mut s = Store::open_in_memory().unwrap();
    let d = doc("one.txt", ARTICLE_1, None);
    let claims = vec![
        pact(
            &d,
            "Poland and Lithuania signed a mutual defence pact",
            ["POL", "LTU"],
        ),
        troops(&d, "More than 4,000 Polish troops", 4000.0, Qualifier::Over),
    ];
    assert!(s.ingest_inner(&d, &claims, Some(1)).is_err());
    assert_eq!(s.claim_counts().unwrap(), (0, 0, 0, 0));
    assert!(!s.has_document(&d.id).unwrap());
    let out = s.ingest_document(&d, &claims).unwrap();
    assert!(out.new);
    assert_eq!(s.claim_counts().unwrap(), (1, 2, 2, 0));
}

#[test]
fn a_killed_process_leaves_the_file_consistent() {
    // Simulate a kill: an open transaction that is never committed, on a real file.
    let dir = std::env::temp_dir().join(format!("realign-store-test-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("kill.db");
    let _ = std::fs::remove_file(&path);
    let d = doc("one.txt", ARTICLE_1, None);
    let claims = vec![troops(
        &d,
        "More than 4,000 Polish troops",
        4000.0,
        Qualifier::Over,
    )];
    {
        let mut s = Store::open(&path).unwrap();
        let tx = s.conn.transaction().unwrap();
        let mut out = IngestOutcome::default();
        tx.execute(
            "INSERT INTO documents (id, text) VALUES (?1, ?2)",
            params![d.id, d.text],
        )
        .unwrap();
        store_claim(&tx, &d, &claims[0], &mut out).unwrap();
        std::mem::forget(tx); // no commit, no rollback: as if the process died here
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.claim_counts().unwrap(), (0, 0, 0, 0));
    assert!(s.ingest_document(&d, &claims).unwrap().new);
    assert_eq!(s.claim_counts().unwrap(), (1, 1, 1, 0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn same_fact_from_two_sources_corroborates_and_different_counts_conflict() {
    let mut s = Store::open_in_memory().unwrap();
    let (d1, _) = first(&mut s);
    let d2 = doc("two.txt", ARTICLE_2, Some("Vistula Daily"));
    let mut second_troops = troops(
        &d2,
        "Poland has sent 3,000 soldiers to Lithuania",
        3000.0,
        Qualifier::Exact,
    );
    second_troops.attribution = Attribution {
        kind: AttributionKind::Unnamed,
        who: None,
        actor: None,
    };
    let claims = vec![
        pact(
            &d2,
            "Warsaw and Vilnius sealed a defence pact",
            ["LTU", "POL"],
        ),
        second_troops,
    ];
    let out = s.ingest_document(&d2, &claims).unwrap();
    assert_eq!(out.corroborated, 1, "{out:?}");
    assert_eq!(out.claims_added, 1);
    assert_eq!(out.conflicts, 1);

    let corr = s.corroborations().unwrap();
    assert_eq!(corr.len(), 1);
    assert_eq!(corr[0].claim.kind(), ClaimKind::Alliance);
    assert_eq!(corr[0].sources.len(), 2);
    assert_eq!(corr[0].sources[1].independent, Some(true));
    assert_eq!(
        corr[0].sources[1].claim.evidence.sentence,
        "Warsaw and Vilnius sealed a defence pact"
    );

    let conflicts = s.conflicts().unwrap();
    assert_eq!(conflicts.len(), 1);
    let c = &conflicts[0];
    let value = |sc: &StoredClaim| match &sc.claim.body {
        ClaimBody::Deployment(d) => d.quantity.as_ref().map(|q| q.value),
        _ => None,
    };
    assert_eq!(value(&c.a), Some(4000.0));
    assert_eq!(value(&c.b), Some(3000.0));
    assert_eq!(c.a.sources[0].doc_id, d1.id);
    assert_eq!(c.b.sources[0].doc_id, d2.id);
    assert_eq!(c.a.conflicts_with, vec![c.b.id]);
    // Both kept: the deployment filter returns both values.
    assert_eq!(
        s.claims(&ClaimFilter {
            kind: Some(ClaimKind::Deployment),
            ..Default::default()
        })
        .unwrap()
        .len(),
        2
    );

    let pairs = s.flagged_document_pairs().unwrap();
    assert_eq!(pairs.len(), 2);
    assert!(pairs.iter().any(|p| p.0 == PairKind::Conflict));
    assert!(pairs.iter().any(|p| p.0 == PairKind::Corroboration));
    let by_name = s
        .readings_by_document_name(&["two.txt".to_string()])
        .unwrap();
    assert_eq!(by_name.len(), 2);
}

#[test]
fn compatible_counts_corroborate_and_same_publisher_is_not_independent() {
    let mut s = Store::open_in_memory().unwrap();
    first(&mut s);
    let d2 = doc(
        "two.txt",
        "Around 4,500 Polish troops are in Lithuania.",
        Some("baltic wire "),
    );
    let c = troops(&d2, "Around 4,500 Polish troops", 4500.0, Qualifier::About);
    let out = s.ingest_document(&d2, &[c]).unwrap();
    assert_eq!(
        (out.claims_added, out.corroborated, out.conflicts),
        (0, 1, 0)
    );
    let corr = s.corroborations().unwrap();
    assert_eq!(corr.len(), 1);
    assert_eq!(corr[0].sources[1].independent, Some(false));
    assert!(s.conflicts().unwrap().is_empty());
}

#[test]
fn a_name_reused_for_an_edited_text_resolves_to_the_latest() {
    let mut s = Store::open_in_memory().unwrap();
    let (d1, _) = first(&mut s);
    let d2 = doc("one.txt", ARTICLE_2, None);
    let c = troops(
        &d2,
        "Poland has sent 3,000 soldiers to Lithuania",
        3000.0,
        Qualifier::Exact,
    );
    s.ingest_document(&d2, &[c]).unwrap();
    assert_eq!(s.document_id("one.txt").unwrap(), Some(d2.id.clone()));
    assert_eq!(s.document("one.txt").unwrap().unwrap().text, ARTICLE_2);
    assert_eq!(
        s.readings_by_document_name(&["one.txt".to_string()])
            .unwrap()
            .len(),
        1
    );
    // Re-ingesting the first text under the name makes it current again; its hash still works.
    s.ingest_document(&d1, &[]).unwrap();
    assert_eq!(s.document_id("one.txt").unwrap(), Some(d1.id.clone()));
    assert_eq!(s.document_id(&d2.id).unwrap(), Some(d2.id.clone()));
    assert_eq!(s.document_id("nothing.txt").unwrap(), None);
}

#[test]
fn two_counts_in_one_document_are_two_facts_not_a_conflict() {
    let mut s = Store::open_in_memory().unwrap();
    let text = "About 2,000 Polish troops arrived in Lithuania in May; 3,500 Polish troops followed in June.";
    let d = doc("one.txt", text, None);
    let claims = vec![
        troops(&d, "About 2,000 Polish troops", 2000.0, Qualifier::About),
        troops(&d, "3,500 Polish troops", 3500.0, Qualifier::Exact),
    ];
    let out = s.ingest_document(&d, &claims).unwrap();
    assert_eq!((out.claims_added, out.conflicts), (2, 0));
    assert!(s.conflicts().unwrap().is_empty());
    // Another source with a third count still conflicts with both.
    let d2 = doc("two.txt", "Some 9,000 Polish troops are in Lithuania.", Some("Other Wire"));
    let out = s.ingest_document(&d2, &[troops(&d2, "Some 9,000 Polish troops", 9000.0, Qualifier::About)]).unwrap();
    assert_eq!(out.conflicts, 2);
}

#[test]
fn two_sources_in_one_document_giving_different_counts_conflict() {
    // "Lithuania's army said 2,000 Polish troops arrived; Belarusian officials put the figure at
    // 5,000": one document, two sources, one fact, two values.
    let mut s = Store::open_in_memory().unwrap();
    let text = "About 2,000 Polish troops arrived in Lithuania, its army said. Belarusian officials put the figure at 5,000.";
    let d = doc("one.txt", text, None);
    let mut army = troops(&d, "About 2,000 Polish troops", 2000.0, Qualifier::About);
    army.attribution = Attribution {
        kind: AttributionKind::Named,
        who: Some("its army".into()),
        actor: Some(ActorRef::state("LTU")),
    };
    let officials = troops(&d, "put the figure at 5,000", 5000.0, Qualifier::Exact);
    let out = s.ingest_document(&d, &[army, officials]).unwrap();
    assert_eq!((out.claims_added, out.conflicts), (2, 1));
    let c = s.conflicts().unwrap();
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].fact_key, "deployment|POL|LTU");
}

#[test]
fn a_count_told_for_a_fact_stored_without_one_becomes_the_facts_and_later_counts_meet_it() {
    // "Poland has sent troops to Lithuania" (no count), then "The army put the number at 2,000",
    // then another outlet's 5,000: the stored fact takes the first count told, and the second
    // conflicts with it, not with the count-less telling.
    let mut s = Store::open_in_memory().unwrap();
    let text = "Poland has sent troops to Lithuania. Its army put the number at 2,000 Polish troops.";
    let d = doc("one.txt", text, None);
    let mut bare = troops(&d, "Poland has sent troops to Lithuania", 0.0, Qualifier::Exact);
    if let ClaimBody::Deployment(x) = &mut bare.body {
        x.quantity = None;
    }
    let counted = troops(&d, "2,000 Polish troops", 2000.0, Qualifier::Exact);
    let out = s.ingest_document(&d, &[bare, counted]).unwrap();
    assert_eq!((out.claims_added, out.conflicts), (1, 0));
    let stored = s.claims(&ClaimFilter { kind: Some(ClaimKind::Deployment), ..Default::default() }).unwrap();
    assert_eq!(stored.len(), 1);
    let ClaimBody::Deployment(x) = &stored[0].claim.body else { panic!("a deployment") };
    assert_eq!(x.quantity.as_ref().map(|q| q.value), Some(2000.0));
    // Both tellings keep their own readings.
    assert_eq!(s.readings_by_document_name(&["one.txt".to_string()]).unwrap().len(), 2);
    let d2 = doc("two.txt", "Some 5,000 Polish troops are in Lithuania.", Some("Other Wire"));
    let out = s.ingest_document(&d2, &[troops(&d2, "Some 5,000 Polish troops", 5000.0, Qualifier::About)]).unwrap();
    assert_eq!(out.conflicts, 1);
}

#[test]
fn a_deployment_planned_is_another_fact_than_forces_already_there() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _) = first(&mut s);
    let d2 = doc("two.txt", ARTICLE_2, Some("Vistula Daily"));
    let mut plan = troops(&d2, "Poland has sent 3,000 soldiers to Lithuania", 3000.0, Qualifier::Exact);
    if let ClaimBody::Deployment(d) = &mut plan.body {
        d.planned = true;
    }
    let out = s.ingest_document(&d2, &[plan]).unwrap();
    // 4,000 there and 3,000 planned neither conflict nor corroborate.
    assert_eq!((out.claims_added, out.conflicts, out.corroborated), (1, 0, 0), "{out:?}");
    let stored = s.claims(&ClaimFilter { kind: Some(ClaimKind::Deployment), ..Default::default() }).unwrap();
    let planned: Vec<bool> = stored.iter().filter_map(|c| match &c.claim.body {
        ClaimBody::Deployment(d) => Some(d.planned),
        _ => None,
    }).collect();
    assert_eq!(planned.len(), 2);
    assert!(planned.contains(&true) && planned.contains(&false));
}

#[test]
fn two_acts_of_one_type_in_one_sentence_stay_two_claims() {
    // (An arrest and a seizure, one doer and one target, told in one sentence: two acts. The
    // same seizure told again in another sentence is the same fact, and adds a source only.)
    let text = "Sri Lankan sailors arrested 14 Indian fishermen and seized three trawlers near Delft. \
The navy later confirmed that it had seized the trawlers.";
    let d = doc("delft.txt", text, Some("Island Wire"));
    let sentence = "Sri Lankan sailors arrested 14 Indian fishermen and seized three trawlers near Delft.";
    let act = |needle: &str, mode: &str, n: f64, unit: &str, whole: &str| {
        let mut e = EventClaim::new(Plover::Coerce, vec![ActorRef::state("LKA")], vec![ActorRef::state("IND")]);
        e.mode = Some(mode.into());
        e.magnitude = Some(Quantity { value: n, unit: unit.into(), qualifier: Qualifier::Exact });
        let mut c = at(&d, needle, ClaimBody::Event(e));
        let i = d.text.find(whole).expect("sentence in test article");
        c.evidence.sentence_span = Span::new(i, i + whole.len());
        c.evidence.sentence = whole.into();
        c
    };
    let mut again = act("it had seized the trawlers", "seize", 3.0, "trawlers", "The navy later confirmed that it had seized the trawlers.");
    if let ClaimBody::Event(e) = &mut again.body {
        e.magnitude = None;
    }
    let claims = vec![
        act("arrested 14 Indian fishermen", "arrest", 14.0, "fishermen", sentence),
        act("seized three trawlers", "seize", 3.0, "trawlers", sentence),
        again,
    ];
    let out = s_ingest(&d, &claims);
    assert_eq!(out.claims_added, 2, "{out:?}");
    assert_eq!(out.conflicts, 0);
}

fn s_ingest(d: &Document, claims: &[Claim]) -> IngestOutcome {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_document(d, claims).unwrap()
}
