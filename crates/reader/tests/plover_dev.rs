//! Scores the reader on the PLOVER gold-standard dev split (skips when ../shared is absent),
//! with the scoring definitions of the shared README, and asserts a floor a little below the
//! figures reached so that regressions fail.

use realign_core::{ClaimBody, Plover};
use realign_gazetteer::Gazetteer;
use realign_reader::Reader;
use serde_json::Value;

const DEV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/eval/plover-gsr-dev.json"
);

/// Gold actor codes of a `source`/`target` field: "" or a list of `{code}` objects.
fn codes(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| i.get("code").and_then(Value::as_str).or_else(|| i.as_str()))
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// True when a coded actor code matches a gold code (gold codes may carry CAMEO role suffixes).
fn matches(coded: &str, gold: &[String]) -> bool {
    gold.iter()
        .any(|g| g == coded || (g.len() > 3 && g.starts_with(coded) && coded.len() >= 3))
}

#[test]
fn plover_dev_scores() {
    let Ok(raw) = std::fs::read_to_string(DEV) else {
        eprintln!("note: {DEV} absent, skipping the PLOVER dev score");
        return;
    };
    let Ok(Value::Array(records)) = serde_json::from_str::<Value>(&raw) else {
        panic!("{DEV}: not a JSON array");
    };
    let reader = Reader::new(Gazetteer::builtin());
    let (mut n, mut ty, mut tys, mut tyst, mut coded, mut coded_ok) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for r in &records {
        let Some(label) = r.get("event").and_then(Value::as_str) else {
            continue;
        };
        let Some(gold) = Plover::from_label(label) else {
            continue;
        };
        let Some(text) = r.get("text").and_then(Value::as_str) else {
            continue;
        };
        let id = r.get("id").and_then(Value::as_str).unwrap_or("?");
        let src = codes(r.get("source"));
        let tgt = codes(r.get("target"));
        n += 1;
        let reading = reader.read_sentence(id, text);
        let events: Vec<_> = reading
            .claims
            .iter()
            .filter_map(|c| match &c.body {
                ClaimBody::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        coded += events.len();
        coded_ok += events.iter().filter(|e| e.plover == gold).count();
        let typed: Vec<_> = events.iter().filter(|e| e.plover == gold).collect();
        let with_src: Vec<_> = typed
            .iter()
            .filter(|e| e.source.iter().any(|a| matches(&a.code, &src)))
            .collect();
        let with_tgt = with_src
            .iter()
            .any(|e| tgt.is_empty() || e.target.iter().any(|a| matches(&a.code, &tgt)));
        ty += usize::from(!typed.is_empty());
        tys += usize::from(!with_src.is_empty());
        tyst += usize::from(with_tgt);
    }
    assert!(
        n > 100,
        "expected the dev file to hold well over 100 scored sentences, got {n}"
    );
    let f = |k: usize| k as f64 / n as f64;
    let precision = if coded == 0 {
        0.0
    } else {
        coded_ok as f64 / coded as f64
    };
    println!(
        "PLOVER dev: n={n} type_accuracy={:.3} type_source_accuracy={:.3} type_source_target_accuracy={:.3} event_precision={:.3}",
        f(ty),
        f(tys),
        f(tyst),
        precision
    );
    assert!(
        f(ty) >= FLOOR_TYPE,
        "type accuracy {:.3} below floor {FLOOR_TYPE}",
        f(ty)
    );
    assert!(
        f(tyst) >= FLOOR_TST,
        "type+source+target accuracy {:.3} below floor {FLOOR_TST}",
        f(tyst)
    );
}

const FLOOR_TYPE: f64 = 0.70;
const FLOOR_TST: f64 = 0.37;
