//! Vote prediction on the real UN General Assembly record (unvotes, 1946-2019): resolution 68/262
//! ("Territorial integrity of Ukraine", 27 March 2014, rcid 5309) predicted from earlier roll calls
//! only must beat the all-yes baseline. Skips when ../shared is absent.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::PathBuf;

use realign_analysis::predict::{accuracy, confusion, predict, Issue, Position, PredictParams, RollCall, VoteHistory};

fn dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/unga"))
}

/// Roll calls and votes, states keyed by the file's two-letter country codes.
fn load() -> Option<VoteHistory> {
    let d = dir();
    let calls_text = std::fs::read_to_string(d.join("unvotes_roll_calls_1946-2019.csv")).ok()?;
    let mut gz = Vec::new();
    std::fs::File::open(d.join("unvotes_votes_1946-2019.csv.gz"))
        .ok()?
        .read_to_end(&mut gz)
        .ok()?;
    let mut votes_text = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut votes_text)
        .ok()?;
    let mut calls = Vec::new();
    let mut r = csv::Reader::from_reader(calls_text.as_bytes());
    let h = r.headers().ok()?.clone();
    let col = |n: &str| h.iter().position(|c| c == n);
    let (ci, cd, cs, cx) = (col("rcid")?, col("date")?, col("short")?, col("descr")?);
    for rec in r.records() {
        let rec = rec.ok()?;
        calls.push(RollCall {
            rcid: rec.get(ci)?.parse().ok()?,
            date: rec.get(cd)?.to_string(),
            text: format!("{} {}", rec.get(cs)?, rec.get(cx)?),
        });
    }
    let mut votes = Vec::new();
    let mut r = csv::Reader::from_reader(votes_text.as_bytes());
    let h = r.headers().ok()?.clone();
    let col = |n: &str| h.iter().position(|c| c == n);
    let (vi, vc, vv) = (col("rcid")?, col("country_code")?, col("vote")?);
    for rec in r.records() {
        let rec = rec.ok()?;
        let p = match rec.get(vv)? {
            "yes" => Position::Yes,
            "no" => Position::No,
            "abstain" => Position::Abstain,
            _ => continue,
        };
        votes.push((rec.get(vi)?.parse().ok()?, rec.get(vc)?.to_string(), p));
    }
    Some(VoteHistory::new(calls, votes))
}

/// The history and the votes actually cast on `rcid`, or `None` (with a note) when the data or
/// the roll call is absent.
fn history_and_votes(rcid: i64) -> Option<(VoteHistory, HashMap<String, Position>)> {
    let Some(h) = load() else {
        eprintln!("note: {} absent, skipping", dir().display());
        return None;
    };
    let Some(actual) = h.votes_on(rcid).cloned() else {
        eprintln!("note: roll call {rcid} not in the data, skipping");
        return None;
    };
    Some((h, actual.into_iter().collect()))
}

#[test]
fn territorial_integrity_of_ukraine_beats_all_yes() {
    let rcid = 5309;
    let Some((h, actual)) = history_and_votes(rcid) else {
        return;
    };
    let issue = Issue {
        date: "2014-03-27".into(),
        title: "Territorial integrity of Ukraine".into(),
        against: Some("RU".into()),
        similar_rcids: vec![],
        exclude_rcid: Some(rcid),
        ..Default::default()
    };
    let p = predict(&h, &issue, &PredictParams::default());
    assert!(p
        .references
        .iter()
        .all(|r| r.rcid != rcid && r.date.as_str() < "2014-03-27"));
    let (acc, base, n) = accuracy(&p, &actual);
    let m = confusion(&p, &actual);
    eprintln!("68/262: accuracy {acc:.3} vs all-yes {base:.3} over {n}; confusion {m:?}");
    assert!(n > 150, "scored {n}");
    assert!(acc > base + 0.05, "accuracy {acc:.3} does not beat all-yes {base:.3}");
    // The condemned state itself is predicted to oppose.
    assert_eq!(p.states.get("RU").map(|s| s.vote), Some(Position::No));
    // Some abstainers are found.
    assert!(m[1][1] >= 10, "confusion {m:?}");
}

#[test]
fn an_annual_resolution_is_predicted_from_its_own_past_votes() {
    // The embargo resolution of 29 October 2013 (rcid 5249) had been put to the Assembly every
    // year and carried by nearly everyone: its earlier votes are lopsided, and a predictor that
    // only learns from contested roll calls does worse than all-yes on it. Asked with and without
    // naming the state the resolution addresses.
    let rcid = 5249;
    let Some((h, actual)) = history_and_votes(rcid) else {
        return;
    };
    for against in [None, Some("US".to_string())] {
        let issue = Issue {
            date: "2013-10-29".into(),
            title: "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba".into(),
            against: against.clone(),
            similar_rcids: vec![],
            exclude_rcid: Some(rcid),
            ..Default::default()
        };
        let p = predict(&h, &issue, &PredictParams::default());
        let (acc, base, n) = accuracy(&p, &actual);
        eprintln!("rcid {rcid}, against {against:?}: accuracy {acc:.3} vs all-yes {base:.3} over {n}");
        assert!(n > 180, "scored {n}");
        assert!(acc >= base, "against {against:?}: accuracy {acc:.3} below all-yes {base:.3}");
        assert_eq!(p.states.get("US").map(|s| s.vote), Some(Position::No));
    }
}
