//! World facts on a small hand-made store.

use realign_core::{
    ActorRef, AllianceClaim, Attribution, Claim, ClaimBody, Evidence, EventClaim, Obligation, PartialDate, Plover, Span,
};
use realign_store::datasets::{AtopRow, ImportMeta, MidRow, NmcRow, SipriRow, StateRow, TradeRow};
use realign_store::Store;
use realign_world::build::ClaimInput;
use realign_world::table::{dyad_year, state_year, Column, TableSpec};
use realign_world::{Crosswalk, WorldBuilder};

fn meta(d: &str) -> ImportMeta {
    ImportMeta { dataset: d.into(), version: "t".into(), file_name: format!("{d}.csv"), sha256: d.into(), filters: String::new() }
}

fn crosswalk() -> Crosswalk {
    Crosswalk::new([("USA".to_string(), 2), ("CHN".to_string(), 710), ("PRK".to_string(), 731), ("RUS".to_string(), 365)])
}

fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    let spell = |line, ccode, abb: &str, start: &str| StateRow {
        line, ccode, stateabb: abb.into(), name: abb.into(), start: start.into(), end: "2016-12-31".into(),
    };
    s.import_states(
        &meta("cow-states"),
        &[spell(2, 2, "USA", "1816-01-01"), spell(3, 710, "CHN", "1950-01-01"), spell(4, 731, "PRK", "1948-09-09"), spell(5, 365, "RUS", "1992-01-01")],
        0,
    )
    .unwrap();
    let atop = |line, a, b, y| AtopRow { line, ccode1: a, ccode2: b, year: y, defense: true, offense: false, neutral: false, nonagg: false, consul: true };
    s.import_atop(&meta("atop"), &[atop(10, 710, 731, 2010), atop(11, 731, 710, 2010)], 0).unwrap();
    let tr = |line, a, b, f1, f2| TradeRow { line, ccode1: a, ccode2: b, year: 2010, flow1: Some(f1), flow2: Some(f2), smoothflow1: None, smoothflow2: None };
    s.import_trade(&meta("cow-trade"), &[tr(20, 710, 731, 1000.0, 2000.0), tr(21, 365, 731, 50.0, 50.0), tr(22, 2, 710, 300_000.0, 100_000.0)], 0).unwrap();
    let n = |line, c, cinc| NmcRow { line, ccode: c, year: 2010, milex: None, milper: None, irst: None, pec: None, tpop: None, upop: None, cinc: Some(cinc) };
    s.import_nmc(&meta("nmc"), &[n(30, 710, 0.2), n(31, 731, 0.01)], 0).unwrap();
    s
}

fn claim(body: ClaimBody, date: &str) -> Claim {
    Claim {
        doc: "d1".into(),
        body,
        date: Some(PartialDate::parse(date).unwrap()),
        evidence: Evidence { span: Span::new(0, 5), sentence_span: Span::new(0, 5), sentence: "s".into() },
        attribution: Attribution::reporter(),
        confidence: 0.9,
    }
}

#[test]
fn a_world_joins_datasets_with_evidence_and_asymmetric_dependence() {
    let s = store();
    let w = WorldBuilder::new(crosswalk()).build(&s, PartialDate::year(2010), &[]).unwrap();
    assert_eq!(w.states().collect::<Vec<_>>(), vec!["CHN", "PRK", "RUS", "USA"]);
    let al = w.alliance("PRK", "CHN").expect("ATOP alliance");
    assert!(al.obligations.contains(&Obligation::Defense));
    assert!(matches!(&al.evidence[0], realign_world::Evidence::Dataset { dataset, line: 10 } if dataset == "atop"));
    // North Korea trades 3000 with China and 100 with Russia: China's share of PRK's trade is 30/31.
    let prk = w.trade_share("CHN", "PRK").unwrap();
    assert!((prk - 3000.0 / 3100.0).abs() < 1e-9, "{prk}");
    let chn = w.trade_share("PRK", "CHN").unwrap();
    assert!(chn < 0.01, "China barely depends on North Korea: {chn}");
    assert_eq!(w.cinc("CHN"), Some(0.2));
    assert!(w.tie("CHN", "PRK").unwrap().weight > 0.5);
}

#[test]
fn beyond_coverage_is_missing_and_text_claims_fill_in_dated_facts() {
    let s = store();
    let mut b = WorldBuilder::new(crosswalk());
    b.options.carry_forward_years = 0;
    let pact = claim(
        ClaimBody::Alliance(AllianceClaim {
            parties: vec![ActorRef::state("RUS"), ActorRef::state("PRK")],
            obligations: vec![Obligation::Defense],
            signed: Some(PartialDate::parse("June 2024").unwrap()),
            in_force: None,
            terminated: None,
            name: None,
        }),
        "2024-06",
    );
    let shelling = claim(
        ClaimBody::Event(EventClaim::new(Plover::Assault, vec![ActorRef::state("PRK")], vec![ActorRef::state("USA")])),
        "2024-03",
    );
    let inputs = [ClaimInput { id: 1, claim: pact, doc_date: None }, ClaimInput { id: 2, claim: shelling, doc_date: None }];
    let before = b.build(&s, PartialDate::parse("2024-05-31").unwrap(), &inputs).unwrap();
    assert!(before.alliance("RUS", "PRK").is_none(), "the pact is not yet signed in May 2024");
    assert_eq!(before.trade_share("CHN", "PRK"), None, "trade data end in 2010: missing, not 0");
    assert!(before.tie("PRK", "USA").unwrap().weight < 0.0);
    let after = b.build(&s, PartialDate::parse("2024-12-31").unwrap(), &inputs).unwrap();
    let al = after.alliance("PRK", "RUS").expect("pact from text");
    assert!(matches!(&al.evidence[0], realign_world::Evidence::Claim { id: 1, .. }));
}

#[test]
fn tables_use_the_state_system_and_write_na_outside_coverage() {
    let s = store();
    let spec = TableSpec { columns: vec![Column::Atop, Column::Cinc, Column::Trade], from: 2010, to: 2011, directed: false, crosswalk: Default::default() };
    let mut out = Vec::new();
    let n = dyad_year(&s, &spec, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(n, 12, "4 states → 6 non-directed dyads × 2 years\n{text}");
    assert!(text.starts_with("ccode1,ccode2,year,atop_defense"));
    assert!(text.contains("\n710,731,2010,1,0,0,0,1,0.2,0.01,1000,2000\n"), "{text}");
    assert!(text.contains("\n710,731,2011,NA,NA,NA,NA,NA,NA,NA,NA,NA\n"), "{text}");
    let mut out = Vec::new();
    let n = state_year(&s, &spec, &mut out).unwrap();
    assert_eq!(n, 8);
}

#[test]
fn militarized_disputes_make_a_tie_hostile() {
    let mut s = store();
    let mid = |line, year, hostlev| MidRow { line, dispnum: 4400, ccode1: 2, ccode2: 731, year, hostlev, fatality: None };
    s.import_mid(&meta("mid"), &[mid(40, 2009, 4), mid(41, 2010, 4)], 0).unwrap();
    let w = WorldBuilder::new(crosswalk()).build(&s, PartialDate::year(2010), &[]).unwrap();
    let d = w.disputes.get(&("PRK".to_string(), "USA".to_string())).expect("dispute tie");
    assert_eq!((d.disputes, d.max_hostlev, d.last_year), (1, 4, 2010));
    let t = w.tie("USA", "PRK").unwrap();
    assert!(t.weight < 0.0, "{t:?}");
    assert!(w.signed_edges(0.1).contains(&("PRK".to_string(), "USA".to_string(), -1)));
}

#[test]
fn the_world_as_a_gexf_graph_keeps_signs_components_and_evidence() {
    let mut s = store();
    let arms = SipriRow { line: 40, supplier: "Russia".into(), recipient: "North Korea".into(), year: 2009, supplier_ccode: Some(365), recipient_ccode: Some(731), tiv: Some(12.0) };
    s.import_sipri(&meta("sipri"), &[arms], 0).unwrap();
    let shelling = claim(
        ClaimBody::Event(EventClaim::new(Plover::Assault, vec![ActorRef::state("PRK")], vec![ActorRef::state("USA")])),
        "2010-03",
    );
    let inputs = [ClaimInput { id: 7, claim: shelling, doc_date: None }];
    let w = WorldBuilder::new(crosswalk()).build(&s, PartialDate::parse("2010-12-31").unwrap(), &inputs).unwrap();
    let graph = realign_world::gexf::to_gexf(&w, 0.0);
    let doc = roxmltree::Document::parse(&graph.xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some("http://gexf.net/1.3"));
    assert_eq!(root.attribute("version"), Some("1.3"));
    let named = |tag: &'static str| doc.descendants().filter(move |n| n.tag_name().name() == tag);
    let values = |n: roxmltree::Node| -> std::collections::BTreeMap<String, String> {
        n.descendants()
            .filter(|v| v.tag_name().name() == "attvalue")
            .map(|v| (v.attribute("for").unwrap_or_default().to_string(), v.attribute("value").unwrap_or_default().to_string()))
            .collect()
    };
    // Every attribute a value is given for is declared, for its class.
    for class in ["node", "edge"] {
        let declared: Vec<&str> = named("attributes")
            .filter(|a| a.attribute("class") == Some(class))
            .flat_map(|a| a.children().filter_map(|c| c.attribute("id")))
            .collect();
        for n in named(class) {
            for k in values(n).keys() {
                assert!(declared.contains(&k.as_str()), "{class} value for undeclared {k}");
            }
        }
    }

    let nodes: Vec<roxmltree::Node> = named("node").collect();
    assert_eq!(nodes.iter().filter_map(|n| n.attribute("id")).collect::<Vec<_>>(), vec!["CHN", "PRK", "RUS", "USA"]);
    assert_eq!((graph.nodes, graph.edges), (4, named("edge").count()));
    let prk = values(nodes[1]);
    assert_eq!(prk.get("cow_code").map(String::as_str), Some("731"));
    assert_eq!(prk.get("cinc").map(String::as_str), Some("0.01"));
    assert!(!values(nodes[2]).contains_key("cinc"), "no NMC row for Russia: missing, not 0");

    let edge = |a: &str, b: &str| named("edge").find(|e| e.attribute("source") == Some(a) && e.attribute("target") == Some(b)).map(values);
    // China and North Korea: the ATOP defence pact and their trade, each side's share its own.
    let chn_prk = edge("CHN", "PRK").expect("CHN-PRK edge");
    assert_eq!(chn_prk["sign"], "1");
    assert_eq!(chn_prk["obligations"], "defense;consultation");
    assert!(chn_prk["evidence"].contains("atop line 10") && chn_prk["evidence"].contains("cow-trade line 20"), "{chn_prk:?}");
    let share_of_prk: f64 = chn_prk["trade_share_target"].parse().unwrap();
    assert!((share_of_prk - w.trade_share("CHN", "PRK").unwrap()).abs() < 1e-12);
    // North Korea's shelling of the United States (from text) makes a hostile edge that points to
    // the claim; the event score is PRK's, towards the US.
    let prk_usa = edge("PRK", "USA").expect("PRK-USA edge");
    assert_eq!(prk_usa["sign"], "-1");
    assert!(prk_usa["events_to_target"].parse::<f64>().unwrap() < 0.0);
    assert!(!prk_usa.contains_key("events_to_source"));
    assert_eq!(prk_usa["evidence"], "claim 7 (doc d1)");
    assert!(prk_usa["tie"].parse::<f64>().unwrap() < 0.0);
    // Russian arms to North Korea: delivered target (RUS) to source (PRK), from the SIPRI row.
    let prk_rus = edge("PRK", "RUS").expect("PRK-RUS edge");
    assert_eq!(prk_rus["arms_to_source"], "12");
    assert!(!prk_rus.contains_key("arms_to_target"));
    assert_eq!(prk_rus["evidence"], "cow-trade line 21; sipri line 40");

    // A threshold keeps only the strong ties.
    let strong = realign_world::gexf::to_gexf(&w, 0.5);
    assert!(strong.edges < graph.edges && strong.edges >= 1, "{} of {}", strong.edges, graph.edges);
    assert!(strong.xml.contains("source=\"CHN\" target=\"PRK\""));
}

#[test]
fn treaties_with_a_signing_date_fill_dyad_years_where_atop_ends() {
    let mut s = store();
    let pact = |parties: [&str; 2], signed: &str, terminated: Option<&str>, obligations: Vec<Obligation>| {
        claim(
            ClaimBody::Alliance(AllianceClaim {
                parties: parties.iter().map(|p| ActorRef::state(*p)).collect(),
                obligations,
                signed: PartialDate::parse(signed).ok(),
                in_force: None,
                terminated: terminated.and_then(|t| PartialDate::parse(t).ok()),
                name: None,
            }),
            signed,
        )
    };
    let doc = realign_core::Document::from_text("treaties", "RUS PRK; USA CHN");
    let claims = [
        pact(["RUS", "PRK"], "2011-06-19", None, vec![Obligation::Defense]),
        pact(["USA", "CHN"], "2009-03", Some("2010-05-01"), vec![Obligation::Consultation]),
        // No signing date: it cannot be placed in years.
        claim(
            ClaimBody::Alliance(AllianceClaim { parties: vec![ActorRef::state("USA"), ActorRef::state("RUS")], obligations: vec![Obligation::Defense], signed: None, in_force: None, terminated: None, name: None }),
            "2010",
        ),
    ];
    s.ingest_document(&doc, &claims).unwrap();
    let spec = TableSpec { columns: vec![Column::Atop, Column::Treaties], from: 2010, to: 2011, directed: false, crosswalk: crosswalk() };
    let mut out = Vec::new();
    dyad_year(&s, &spec, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,treaty_defense,"), "{text}");
    // Russia–North Korea from 2011: ATOP (ending 2010 here) says NA, the treaty says 1.
    assert!(text.contains("\n365,731,2011,NA,NA,NA,NA,NA,1,0,0,0,0\n"), "{text}");
    assert!(text.contains("\n365,731,2010,0,0,0,0,0,0,0,0,0,0\n"), "{text}");
    // In force in 2010, the year it ended; not in 2011.
    assert!(text.contains("\n2,710,2010,0,0,0,0,0,0,0,0,0,1\n"), "{text}");
    assert!(text.contains("\n2,710,2011,NA,NA,NA,NA,NA,0,0,0,0,0\n"), "{text}");
    assert!(text.contains("\n2,365,2010,0,0,0,0,0,0,0,0,0,0\n"), "undated: not placed\n{text}");
    let mut out = Vec::new();
    state_year(&s, &TableSpec { columns: vec![Column::Treaties], ..spec }, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("\n731,2011,1,1\n") && text.contains("\n2,2010,0,1\n") && text.contains("\n2,2011,0,0\n"), "{text}");
}

#[test]
fn un_votes_under_a_former_code_meet_the_state_the_world_names() {
    use realign_store::votes::{RollCallRow, VoteChoice, VoteRow};
    let mut s = Store::open_in_memory().unwrap();
    let spell = |line, ccode, abb: &str| StateRow { line, ccode, stateabb: abb.into(), name: abb.into(), start: "1946-01-01".into(), end: "2016-12-31".into() };
    s.import_states(&meta("cow-states"), &[spell(2, 2, "USA"), spell(3, 345, "YUG"), spell(4, 365, "RUS")], 0).unwrap();
    let call = |rcid: i64| RollCallRow {
        line: rcid as u64,
        rcid,
        session: Some(35),
        important: false,
        date: format!("1980-0{rcid}-15"),
        unres: format!("R/35/{rcid}"),
        amend: false,
        para: false,
        short: "test".into(),
        descr: "test".into(),
        issues: Vec::new(),
    };
    let mut votes = Vec::new();
    for rcid in 1..=4 {
        for (iso3, vote) in [("USA", VoteChoice::No), ("YUG", VoteChoice::Yes), ("RUS", VoteChoice::Yes)] {
            votes.push(VoteRow { line: votes.len() as u64 + 2, rcid, iso3: iso3.into(), vote });
        }
    }
    let calls: Vec<RollCallRow> = (1..=4).map(call).collect();
    s.import_unvotes(&meta("unvotes"), &meta("unvotes-calls"), &calls, &votes, 0).unwrap();
    // The gazetteer names COW 345 Serbia; the vote file names Yugoslavia YUG.
    let vote_codes = realign_gazetteer::former::VOTE_CODES.iter().map(|(c, n)| (c.to_string(), i64::from(*n)));
    let cw = Crosswalk::new([("USA".to_string(), 2), ("SRB".to_string(), 345), ("RUS".to_string(), 365)].into_iter().chain(vote_codes));
    let mut b = WorldBuilder::new(cw);
    b.options.un_min_shared = 1;
    let w = b.build(&s, PartialDate::parse("1980-12-31").unwrap(), &[]).unwrap();
    assert!(w.states.contains_key("SRB"));
    let u = w.un_votes.as_ref().expect("votes in the window");
    assert!(u.ideal.contains_key("SRB") && !u.ideal.contains_key("YUG"), "{:?}", u.ideal);
    assert_eq!(u.agreement("RUS", "SRB").map(|g| g.agree), Some(1.0));
}

#[test]
fn a_saved_snapshot_reads_back_as_the_world_it_was_with_its_inputs_and_fingerprint() {
    use realign_world::snapshot::{fingerprint, snapshot, to_json, Inputs, Outline};
    let s = store();
    let w = WorldBuilder::new(crosswalk()).build(&s, PartialDate::year(2010), &[]).unwrap();
    let inputs = Inputs::of(&s).unwrap();
    assert_eq!(inputs.datasets.iter().map(|d| d.dataset.as_str()).collect::<Vec<_>>(), ["cow-states", "atop", "cow-trade", "nmc"]);
    let doc = snapshot(&w, &inputs);
    let saved = serde_json::to_string_pretty(&doc).unwrap();

    let o = Outline::from_json(&saved).expect("a snapshot reads back");
    assert_eq!(o.inputs.as_ref(), Some(&inputs));
    assert_eq!(o.fingerprint.as_deref(), Some(fingerprint(&to_json(&w)).as_str()));
    assert_eq!(o, Outline { inputs: Some(inputs.clone()), ..Outline::of(&w) }, "the saved World is the World");
    assert_eq!(o.alliances[&("CHN".to_string(), "PRK".to_string())], [Obligation::Defense, Obligation::Consultation]);
    assert!((o.dependence[&("PRK".to_string(), "CHN".to_string())] - 3000.0 / 3100.0).abs() < 1e-12);

    // The fingerprint is the World's content: the same World from another store has the same one,
    // a different World another.
    let mut other = snapshot(&w, &Inputs { datasets: vec![], documents: 9, claims: 9 });
    assert_eq!(other["fingerprint"], doc["fingerprint"]);
    let w2011 = WorldBuilder::new(crosswalk()).build(&s, PartialDate::year(2011), &[]).unwrap();
    assert_ne!(snapshot(&w2011, &inputs)["fingerprint"], doc["fingerprint"]);

    // A file that is not a snapshot is refused with the place and the missing field.
    other.as_object_mut().unwrap().remove("ties");
    let err = Outline::from_json(&serde_json::to_string_pretty(&other).unwrap()).unwrap_err();
    assert!(err.to_string().contains("missing field `ties`"), "{err}");
    let err = Outline::from_json("{\n  \"as_of\": \"2010\",\n  \"states\": 3\n}").unwrap_err();
    assert_eq!(err.line, 3, "{err}");
}
