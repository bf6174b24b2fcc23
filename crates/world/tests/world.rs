//! World facts on a small hand-made store.

use realign_core::{
    ActorRef, AllianceClaim, Attribution, Claim, ClaimBody, Evidence, EventClaim, Obligation, PartialDate, Plover, Span,
};
use realign_store::datasets::{AtopRow, ImportMeta, MidRow, NmcRow, StateRow, TradeRow};
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
