use super::*;
use realign_core::{AllianceClaim, Attribution, DeploymentClaim, Evidence, Qualifier, Quantity};

const TEXT_A: &str =
    "Ministers met in Vilnius. Lithuania and Poland signed a mutual defence pact on Monday. \
About 4,000 Polish troops are now stationed in Lithuania, officials said.";

fn ev(plover: Plover, src: &[&str], tgt: &[&str]) -> EventClaim {
    EventClaim::new(plover, src.iter().map(|c| ActorRef::state(*c)).collect(), tgt.iter().map(|c| ActorRef::state(*c)).collect())
}

fn claim_at(text: &str, needle: &str, body: ClaimBody) -> Claim {
    let i = text.find(needle).expect("test needle");
    Claim {
        doc: "d".into(),
        body,
        date: None,
        evidence: Evidence {
            span: Span::new(i, i + needle.len()),
            sentence_span: Span::new(i, i + needle.len()),
            sentence: needle.into(),
        },
        attribution: Attribution::reporter(),
        confidence: 0.9,
    }
}

#[test]
fn plover_gold_maps_old_labels_and_skips_document_record() {
    let text = r#"[
      {"id":"D-1","event":"DOCUMENT","eventText":"docs"},
      {"id":"A-1","event":"DEMAND","text":"Chile urged Peru to return the envoy.","source":[{"actorText":"Chile","code":"CHL"}],"target":[{"actorText":"Peru","code":"PER"}]},
      {"id":"A-2","event":"FIGHT","text":"Rebels attacked a base.","source":[{"actorText":"Rebels","code":"SDN"}],"target":[]}
    ]"#;
    let Gold::Plover(g) = parse_gold(text).unwrap() else {
        panic!("expected PLOVER gold")
    };
    assert_eq!(g.sentences.len(), 2);
    assert_eq!(g.skipped.len(), 1);
    assert_eq!(g.sentences[0].plover, Plover::Request);
    assert_eq!(g.sentences[0].original_label, "DEMAND");
    assert_eq!(g.sentences[1].plover, Plover::Assault);
    assert!(g.sentences[1].target.is_empty());
}

#[test]
fn plover_scores_follow_the_definitions() {
    let text = r#"[
      {"id":"1","event":"DEMAND","text":"s1","source":[{"code":"CHL"}],"target":[{"code":"PER"}]},
      {"id":"2","event":"ASSAULT","text":"s2","source":[{"code":"SDN"}],"target":[]},
      {"id":"3","event":"AGREE","text":"s3","source":[{"code":"FRA"}],"target":[{"code":"DEU"}]},
      {"id":"4","event":"SUPPORT","text":"s4","source":[{"code":"IGO"}],"target":[{"code":"ISR"}]}
    ]"#;
    let g = parse_plover_gold(text).unwrap();
    let s = score_plover(&g, |s| match s {
        // right type, source, target
        "s1" => vec![
            ev(Plover::Request, &["CHL"], &["PER"]),
            ev(Plover::Accuse, &["CHL"], &["PER"]),
        ],
        // right type and source; gold has no target so any target counts
        "s2" => vec![ev(Plover::Assault, &["SDN"], &["TCD"])],
        // right type, wrong source
        "s3" => vec![ev(Plover::Agree, &["GBR"], &["DEU"])],
        // IGO gold source matches an IGO actor; wrong target
        "s4" => {
            let mut e = ev(Plover::Support, &[], &["PSE"]);
            e.source.push(ActorRef {
                code: "UNO".into(),
                kind: ActorKind::Igo,
                name: None,
                role: None,
                sector: None,
            });
            vec![e]
        }
        _ => vec![],
    });
    assert_eq!(s.sentences, 4);
    assert_eq!(s.events_coded, 5);
    assert!((s.type_accuracy - 1.0).abs() < 1e-9);
    assert!((s.type_source_accuracy - 0.75).abs() < 1e-9);
    assert!((s.type_source_target_accuracy - 0.5).abs() < 1e-9);
    assert!((s.event_precision - 0.8).abs() < 1e-9);
    assert_eq!(s.per_type["ACCUSE"].coded, 1);
    assert_eq!(s.per_type["ACCUSE"].precision, 0.0);
    assert_eq!(s.per_type["REQUEST"].recall, 1.0);
    assert!(s.missed.is_empty());
    let shown = s.to_string();
    assert!(shown.contains("type accuracy"));
}

#[test]
fn plover_misses_are_listed() {
    let g = parse_plover_gold(
        r#"[{"id":"x","event":"THREATEN","text":"t","source":[{"code":"USA"}],"target":[]}]"#,
    )
    .unwrap();
    let s = score_plover(&g, |_| vec![ev(Plover::Accuse, &["USA"], &[])]);
    assert_eq!(s.type_accuracy, 0.0);
    assert_eq!(s.event_precision, 0.0);
    assert_eq!(s.missed.len(), 1);
    assert_eq!(s.missed[0].coded, vec![Plover::Accuse]);
}

#[test]
fn generic_igo_gold_matches_people_acting_for_an_igo() {
    let g = parse_plover_gold(
        r#"[{"id":"x","event":"REJECT","text":"t","source":[{"code":"BRA"}],"target":[{"code":"IGO"}]}]"#,
    )
    .unwrap();
    let annan = |code: &str| {
        let mut e = ev(Plover::Reject, &["BRA"], &[]);
        e.target = vec![ActorRef { code: code.into(), kind: ActorKind::Person, name: Some("An envoy".into()), role: None, sector: None }];
        e
    };
    // A UN official (code UNO, kind person) is the IGO; a Brazilian official is not.
    assert_eq!(score_plover(&g, |_| vec![annan("UNO")]).type_source_target_accuracy, 1.0);
    assert_eq!(score_plover(&g, |_| vec![annan("ARG")]).type_source_target_accuracy, 0.0);
}

#[test]
fn gold_actors_may_be_written_as_other_codes_or_known_names() {
    let un = ActorRef::state("UNO");
    let usa = ActorRef::state("USA");
    // An abbreviation the gazetteer knows, an ISO alpha-2 code, a COW number, a name.
    assert!(code_matches("UN", &un));
    assert!(code_matches("US", &usa));
    assert!(code_matches("2", &usa));
    assert!(code_matches("United States", &usa));
    // Not another entity, nor a string that only contains a name.
    assert!(!code_matches("UK", &usa));
    assert!(!code_matches("US Navy", &un));
    assert!(!code_matches("the UN and the US", &usa));
}

#[test]
fn a_speakers_name_matches_with_or_without_accents() {
    assert_eq!(realign_gazetteer::unaccent('é'), 'e');
    let text = "\"We chose our partners,\" Ibrahim Traoré said.";
    let q = realign_core::QuoteClaim { speaker: "Ibrahim Traore".into(), speaker_actor: None, about: vec![], text: "We chose our partners".into() };
    let claims = vec![EvalClaim { doc_name: "d.txt".into(), claim: claim_at(text, text, ClaimBody::Quote(q)) }];
    let Gold::Claims(g) = parse_gold(r#"{"id":"q","doc":"d.txt","kind":"quote","speaker":"Ibrahim Traoré","evidence":"We chose our partners"}"#).unwrap() else {
        panic!("expected claim gold")
    };
    let docs = vec![EvalDoc { name: "d.txt".into(), text: text.into() }];
    assert_eq!(score_claims(&g, &docs, &claims, &[]).recalled, 1);
}

#[test]
fn a_described_speaker_matches_with_or_without_a_possessive() {
    let text = "\"This is the closest we have been,\" Armenia's foreign minister said.";
    let q = realign_core::QuoteClaim { speaker: "Armenia's foreign minister".into(), speaker_actor: None, about: vec![], text: "This is the closest we have been".into() };
    let claims = vec![EvalClaim { doc_name: "d.txt".into(), claim: claim_at(text, text, ClaimBody::Quote(q)) }];
    let Gold::Claims(g) = parse_gold(r#"{"id":"q","doc":"d.txt","kind":"quote","speaker":"Armenia foreign minister","evidence":"This is the closest we have been"}"#).unwrap() else {
        panic!("expected claim gold")
    };
    let docs = vec![EvalDoc { name: "d.txt".into(), text: text.into() }];
    assert_eq!(score_claims(&g, &docs, &claims, &[]).recalled, 1);
}

#[test]
fn a_speaker_matches_under_another_spelling_the_gazetteer_knows() {
    let text = "\"The talks were calm,\" Araqchi told state television.";
    let person = |name: &str| ActorRef { code: "IRN".into(), kind: ActorKind::Person, name: Some(name.into()), role: None, sector: None };
    let quote = |speaker: &str, actor: Option<ActorRef>| {
        let q = realign_core::QuoteClaim { speaker: speaker.into(), speaker_actor: actor, about: vec![], text: "The talks were calm".into() };
        vec![EvalClaim { doc_name: "d.txt".into(), claim: claim_at(text, text, ClaimBody::Quote(q)) }]
    };
    let Gold::Claims(g) = parse_gold(r#"{"id":"q","doc":"d.txt","kind":"quote","speaker":"Abbas Araqchi","evidence":"The talks were calm"}"#).unwrap() else {
        panic!("expected claim gold")
    };
    let docs = vec![EvalDoc { name: "d.txt".into(), text: text.into() }];
    assert_eq!(score_claims(&g, &docs, &quote("Abbas Araghchi", Some(person("Abbas Araghchi"))), &[]).recalled, 1);
    // Another person is not a match, nor a name without a resolved speaker.
    assert_eq!(score_claims(&g, &docs, &quote("Masoud Pezeshkian", Some(person("Masoud Pezeshkian"))), &[]).recalled, 0);
    assert_eq!(score_claims(&g, &docs, &quote("Abbas Araghchi", None), &[]).recalled, 0);
}

#[test]
fn a_speaker_given_as_a_state_code_matches_a_quote_of_that_state() {
    let text = "Beijing says its coast guard acted \"professionally and with restraint\".";
    let quote = |actor: Option<ActorRef>| {
        let q = realign_core::QuoteClaim { speaker: "Beijing".into(), speaker_actor: actor, about: vec![], text: "professionally and with restraint".into() };
        vec![EvalClaim { doc_name: "d.txt".into(), claim: claim_at(text, text, ClaimBody::Quote(q)) }]
    };
    let Gold::Claims(g) = parse_gold(r#"{"id":"q","doc":"d.txt","kind":"quote","speaker":"CHN","evidence":"professionally and with restraint"}"#).unwrap() else {
        panic!("expected claim gold")
    };
    let docs = vec![EvalDoc { name: "d.txt".into(), text: text.into() }];
    assert_eq!(score_claims(&g, &docs, &quote(Some(ActorRef::state("CHN"))), &[]).recalled, 1);
    // Another state, or a speaker not resolved to one, is not a match.
    assert_eq!(score_claims(&g, &docs, &quote(Some(ActorRef::state("VNM"))), &[]).recalled, 0);
    assert_eq!(score_claims(&g, &docs, &quote(None), &[]).recalled, 0);
}

#[test]
fn a_wire_agency_matches_by_its_initials_or_its_name() {
    let text = "By Rabia Anwar\nISLAMABAD (AP) - Pakistan signed a deal.";
    let d = realign_core::DocumentClaim { author: Some("Rabia Anwar".into()), publisher: Some("AP".into()) };
    let claims = vec![EvalClaim { doc_name: "d.txt".into(), claim: claim_at(text, "By Rabia Anwar", ClaimBody::Document(d)) }];
    let docs = vec![EvalDoc { name: "d.txt".into(), text: text.into() }];
    let gold = |publisher: &str| {
        let line = format!(r#"{{"id":"d","doc":"d.txt","kind":"document","author":"Rabia Anwar","publisher":"{publisher}","evidence":"By Rabia Anwar"}}"#);
        let Gold::Claims(g) = parse_gold(&line).unwrap() else { panic!("expected claim gold") };
        g
    };
    assert_eq!(score_claims(&gold("Associated Press"), &docs, &claims, &[]).recalled, 1);
    assert_eq!(score_claims(&gold("Reuters"), &docs, &claims, &[]).recalled, 0);
}

#[test]
fn a_transfer_counted_in_units_matches_by_its_quantity_and_one_in_money_by_its_sum() {
    let text = "Russia shipped more than one million barrels of refined petroleum to North Korea.";
    let t = realign_core::TransferClaim {
        source: ActorRef::state("RUS"),
        target: ActorRef::state("PRK"),
        goods: "barrels of refined petroleum".into(),
        value: None,
        quantity: Some(realign_core::Quantity { value: 1_000_000.0, unit: "barrels".into(), qualifier: realign_core::Qualifier::Over }),
    };
    let claims = vec![EvalClaim { doc_name: "d.txt".into(), claim: claim_at(text, "Russia shipped", ClaimBody::Transfer(t)) }];
    let docs = vec![EvalDoc { name: "d.txt".into(), text: text.into() }];
    let gold = |extra: &str| {
        let line = format!(r#"{{"id":"t","doc":"d.txt","kind":"transfer","source":"RUS","target":"PRK","goods":"refined petroleum",{extra}"evidence":"Russia shipped"}}"#);
        let Gold::Claims(g) = parse_gold(&line).unwrap() else { panic!("expected claim gold") };
        g
    };
    assert_eq!(score_claims(&gold(r#""value":1000000,"unit":"barrels","#), &docs, &claims, &[]).recalled, 1);
    assert_eq!(score_claims(&gold(r#""value":2000000,"unit":"barrels","#), &docs, &claims, &[]).recalled, 0);
    // A sum in a currency is money, never a count.
    assert_eq!(score_claims(&gold(r#""value":1000000,"currency":"USD","#), &docs, &claims, &[]).recalled, 0);
}

#[test]
fn authors_match_as_actors_do_any_listed_one_however_listed() {
    let text = "By Ines Valcourt and Yousif Abdelrahim\nSudan cut ties with the UAE.";
    let d = realign_core::DocumentClaim { author: Some("Ines Valcourt and Yousif Abdelrahim".into()), publisher: None };
    let claims = vec![EvalClaim { doc_name: "d.txt".into(), claim: claim_at(text, "By Ines Valcourt", ClaimBody::Document(d)) }];
    let docs = vec![EvalDoc { name: "d.txt".into(), text: text.into() }];
    let gold = |author: &str| {
        let line = format!(r#"{{"id":"d","doc":"d.txt","kind":"document","author":"{author}","evidence":"By Ines Valcourt"}}"#);
        let Gold::Claims(g) = parse_gold(&line).unwrap() else { panic!("expected claim gold") };
        g
    };
    assert_eq!(score_claims(&gold("Ines Valcourt; Yousif Abdelrahim"), &docs, &claims, &[]).recalled, 1);
    assert_eq!(score_claims(&gold("Ines Valcourt"), &docs, &claims, &[]).recalled, 1);
    assert_eq!(score_claims(&gold("Yousif Abdel"), &docs, &claims, &[]).recalled, 0);
}

/// The stored claim of TEXT_A's pact: Lithuania and Poland, defence.
fn defence_pact() -> Claim {
    claim_at(
        TEXT_A,
        "Lithuania and Poland signed a mutual defence pact",
        ClaimBody::Alliance(AllianceClaim {
            parties: vec![ActorRef::state("LTU"), ActorRef::state("POL")],
            obligations: vec![Obligation::Defense],
            signed: None,
            in_force: None,
            terminated: None,
            name: None,
        }),
    )
}

fn gold_lines() -> String {
    [
        r#"{"id":"g1","doc":"a.txt","kind":"alliance","parties":["POL","LTU"],"obligation":"defense","evidence":"signed a mutual defence pact"}"#,
        r#"{"id":"g2","doc":"a.txt","kind":"deployment","source":"POL","target":"LTU","value":4000,"unit":"troops","evidence":"4,000 Polish troops are now stationed in Lithuania"}"#,
        r#"{"id":"g3","doc":"a.txt","kind":"event","plover":"CONSULT","source":["LTU"],"target":["POL"],"evidence":"Ministers met in Vilnius"}"#,
        "",
        r#"{"id":"x1","doc":"*","kind":"corroboration","docs":["a.txt","b.txt"],"evidence":"both"}"#,
        r#"{"id":"x2","doc":"*","kind":"conflict","docs":["a.txt","b.txt"],"evidence":"numbers differ"}"#,
    ]
    .join("\n")
}

#[test]
fn claim_gold_is_recalled_by_kind_actors_value_and_overlapping_evidence() {
    let Gold::Claims(g) = parse_gold(&gold_lines()).unwrap() else {
        panic!("expected claim gold")
    };
    assert_eq!(g.claims.len(), 5);
    assert_eq!(g.documents(), vec!["a.txt".to_string()]);
    let docs = vec![EvalDoc {
        name: "a.txt".into(),
        text: TEXT_A.into(),
    }];
    let alliance = defence_pact();
    let deployment = |value: f64| {
        claim_at(
            TEXT_A,
            "About 4,000 Polish troops",
            ClaimBody::Deployment(DeploymentClaim {
                source: ActorRef::state("POL"),
                target: ActorRef::state("LTU"),
                quantity: Some(Quantity {
                    value,
                    unit: "troops".into(),
                    qualifier: Qualifier::About,
                }),
                location: None,
                planned: false,
            }),
        )
    };
    // An invented event in a sentence the gold does not code.
    let invented = claim_at(
        TEXT_A,
        "officials said",
        ClaimBody::Event(ev(Plover::Accuse, &["LTU"], &["POL"])),
    );
    let claims: Vec<EvalClaim> = [alliance, deployment(4020.0), invented]
        .into_iter()
        .map(|claim| EvalClaim {
            doc_name: "a.txt".into(),
            claim,
        })
        .collect();
    let flagged = vec![FlaggedPair {
        kind: CrossKind::Corroboration,
        docs: ["b.txt".into(), "a.txt".into()],
    }];
    let s = score_claims(&g, &docs, &claims, &flagged);
    // g1, g2 (4020 within 1% of 4000), x1 (pair order ignored); g3 and x2 missed.
    assert_eq!(s.recalled, 3);
    assert!((s.recall - 0.6).abs() < 1e-9);
    assert_eq!(s.stored_claims, 3);
    assert_eq!(s.matched_stored, 2);
    let missed: Vec<&str> = s.missed.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(missed, vec!["g3", "x2"]);
    assert_eq!(s.per_kind["deployment"].recall, 1.0);
    assert_eq!(s.per_kind["event"].precision, 0.0);
    assert!(s.to_string().contains("g3"));

    // 4,100 is more than 1% off.
    let claims = vec![EvalClaim {
        doc_name: "a.txt".into(),
        claim: deployment(4100.0),
    }];
    let s = score_claims(&g, &docs, &claims, &[]);
    assert_eq!(s.recalled, 0);
}

#[test]
fn evidence_must_overlap_and_typography_is_folded() {
    let text = "China\u{2019}s foreign ministry has not condemned the strike.";
    let folded = "China's foreign ministry has not condemned the strike.";
    let g = parse_claim_gold(
        r#"{"id":"n","doc":"c.txt","kind":"event","plover":"ACCUSE","negated":true,"source":["CHN"],"target":[],"evidence":"China’s foreign ministry has not condemned"}"#,
    )
    .unwrap();
    let mut e = ev(Plover::Accuse, &["CHN"], &[]);
    e.negated = true;
    let good = claim_at(folded, "has not condemned", ClaimBody::Event(e.clone()));
    let far = claim_at(folded, "the strike", ClaimBody::Event(e.clone()));
    let mut not_negated = good.clone();
    not_negated.body = ClaimBody::Event(ev(Plover::Accuse, &["CHN"], &[]));
    let docs = vec![EvalDoc {
        name: "c.txt".into(),
        text: folded.into(),
    }];
    let run = |c: Claim| {
        score_claims(
            &g,
            &docs,
            &[EvalClaim {
                doc_name: "c.txt".into(),
                claim: c,
            }],
            &[],
        )
        .recalled
    };
    assert_eq!(run(good), 1);
    assert_eq!(run(far), 0);
    assert_eq!(run(not_negated), 0);
    // Also located in the unfolded original.
    assert!(locate(text, "China\u{2019}s foreign").is_some());
}

#[test]
fn missing_documents_are_reported_and_bad_lines_named() {
    let g = parse_claim_gold(&gold_lines()).unwrap();
    let s = score_claims(&g, &[], &[], &[]);
    assert_eq!(s.missing_documents, vec!["a.txt".to_string()]);
    assert_eq!(s.recall, 0.0);
    match parse_gold("{\"id\":\"a\",\"doc\":\"x\",\"kind\":\"event\",\"evidence\":\"e\"}\n{oops") {
        Err(EvalError::BadLine { line, .. }) => assert_eq!(line, 2),
        other => panic!("expected a bad line, got {other:?}"),
    }
    assert!(matches!(parse_gold("  \n"), Err(EvalError::Empty)));
    assert!(matches!(
        parse_gold("[{\"id\":\"x\"}]"),
        Err(EvalError::BadPlover(_))
    ));
}

#[test]
fn the_shared_gold_files_parse_when_present() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");
    let Ok(seeds) = std::fs::read_to_string(format!("{shared}/seeds/gold.jsonl")) else {
        eprintln!("note: ../shared absent, skipping");
        return;
    };
    let Gold::Claims(g) = parse_gold(&seeds).unwrap() else {
        panic!("seed gold is claim gold")
    };
    assert!(g.claims.len() > 20);
    assert!(g.claims.iter().any(|c| c.is_cross_document()));
    if let Ok(p) = std::fs::read_to_string(format!("{shared}/eval/plover-gsr-dev.json")) {
        let Gold::Plover(g) = parse_gold(&p).unwrap() else {
            panic!("PLOVER gold")
        };
        assert!(g.sentences.len() > 100);
        assert!(g.skipped.iter().any(|(_, why)| why.contains("DOCUMENT")));
        // Nothing coded: all accuracies zero, but every sentence was offered.
        let mut calls = 0;
        let s = score_plover(&g, |_| {
            calls += 1;
            vec![]
        });
        assert_eq!(calls, g.sentences.len());
        assert_eq!(s.type_accuracy, 0.0);
    }
}

#[test]
fn labels_count_only_in_the_strict_figures() {
    // The gold calls the pact a consultation pact; the stored claim says defence. The README's
    // rule (kind, actors, values, evidence) recalls it; the strict figures do not.
    let lines = r#"{"id":"g1","doc":"a.txt","kind":"alliance","parties":["POL","LTU"],"obligation":"consultation","evidence":"signed a mutual defence pact"}"#;
    let Gold::Claims(g) = parse_gold(lines).unwrap() else { panic!("expected claim gold") };
    let docs = vec![EvalDoc { name: "a.txt".into(), text: TEXT_A.into() }];
    let pact = defence_pact();
    let claims = vec![EvalClaim { doc_name: "a.txt".into(), claim: pact }];
    let s = score_claims(&g, &docs, &claims, &[]);
    assert_eq!((s.recalled, s.recall, s.strict_recall), (1, 1.0, 0.0));
    assert_eq!((s.precision, s.strict_precision), (1.0, 0.0));
}

#[test]
fn an_organ_or_mission_counts_as_its_organisation() {
    let igo = |code: &str| ActorRef { code: code.into(), kind: ActorKind::Igo, name: None, role: None, sector: None };
    assert!(code_matches("UNO", &igo("UNSC")));
    assert!(code_matches("UN", &igo("UNIFIL")));
    assert!(code_matches("EU", &igo("EUC")));
    assert!(code_matches("UNSC", &igo("UNSC")));
    // (Not the other way round, nor across organisations.)
    assert!(!code_matches("UNSC", &igo("UNO")));
    assert!(!code_matches("NATO", &igo("UNSC")));
}
