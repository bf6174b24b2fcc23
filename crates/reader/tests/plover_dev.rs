//! Scores the reader on the PLOVER gold-standard dev split (skips when ../shared is absent),
//! with the scorer `realign eval` uses (`realign_eval::score_plover`), and asserts floors a
//! little below the figures reached so that regressions fail.

use realign_core::ClaimBody;
use realign_eval::{parse_plover_gold, score_plover};
use realign_gazetteer::Gazetteer;
use realign_reader::Reader;

const DEV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/eval/plover-gsr-dev.json"
);

/// Floors: the figures of the committed reader (0.832 / 0.743 / 0.620) less a small margin.
const FLOOR_TYPE: f64 = 0.80;
const FLOOR_TYPE_SOURCE: f64 = 0.71;
const FLOOR_TST: f64 = 0.59;

#[test]
fn plover_dev_scores() {
    let Ok(raw) = std::fs::read_to_string(DEV) else {
        eprintln!("note: {DEV} absent, skipping the PLOVER dev score");
        return;
    };
    let gold = parse_plover_gold(&raw).unwrap_or_else(|e| panic!("{DEV}: {e}"));
    assert!(gold.sentences.len() > 100, "expected well over 100 scored sentences, got {}", gold.sentences.len());
    let reader = Reader::new(Gazetteer::builtin());
    let mut n = 0usize;
    let score = score_plover(&gold, |text| {
        n += 1;
        reader
            .read_sentence(&format!("dev-{n}"), text)
            .claims
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Event(e) => Some(e),
                _ => None,
            })
            .collect()
    });
    println!(
        "PLOVER dev: n={} type={:.3} type+source={:.3} type+source+target={:.3} event_precision={:.3}",
        score.sentences,
        score.type_accuracy,
        score.type_source_accuracy,
        score.type_source_target_accuracy,
        score.event_precision
    );
    assert!(score.type_accuracy >= FLOOR_TYPE, "type accuracy {:.3} below floor {FLOOR_TYPE}", score.type_accuracy);
    assert!(
        score.type_source_accuracy >= FLOOR_TYPE_SOURCE,
        "type+source accuracy {:.3} below floor {FLOOR_TYPE_SOURCE}",
        score.type_source_accuracy
    );
    assert!(
        score.type_source_target_accuracy >= FLOOR_TST,
        "type+source+target accuracy {:.3} below floor {FLOOR_TST}",
        score.type_source_target_accuracy
    );
}
