//! Property tests (a fuzz target in proptest form): whatever the text, reading never panics and
//! every claim points at a real sentence of the normalised text, with its evidence inside it.

use proptest::prelude::*;
use realign_core::Document;
use realign_gazetteer::Gazetteer;
use realign_reader::{normalize, Reader};

fn doc(text: &str) -> Document {
    Document { id: "d".into(), name: None, title: None, date: None, url: None, author: None, publisher: None, text: normalize(text) }
}

/// Fragments that exercise the coding rules; the generator glues them in random order, with
/// random noise between, so boundaries fall everywhere (mid-word, mid-quote, after "U.S.").
const PIECES: &[&str] = &[
    "Russia", "China's", "the United States and Japan", "North Korean troops", "the U.S.", " condemned ",
    " refused to ", " was attacked by ", " signed a treaty with ", " received military support from ",
    "\"", ", officials said.", " 4,000 ", "according to ", "the two countries", " will ", " must ", " not ",
    "\u{201C}", "\u{2014}", "é", "\n", "- ", ". ", "?", "killing four", " invasion of ", "'s ",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![prop::sample::select(PIECES).prop_map(str::to_string), ".{0,6}"], 0..40)
        .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn claims_point_into_their_sentence(text in text_strategy()) {
        let reader = Reader::new(Gazetteer::builtin());
        let d = doc(&text);
        let reading = reader.read(&d);
        for c in &reading.claims {
            let s = c.evidence.sentence_span;
            prop_assert!(s.start <= s.end && s.end <= d.text.len());
            prop_assert_eq!(s.slice(&d.text), Some(c.evidence.sentence.as_str()));
            prop_assert!(c.evidence.span.start >= s.start && c.evidence.span.end <= s.end,
                "evidence {:?} outside sentence {:?}", c.evidence.span, s);
            prop_assert!((0.0..=1.0).contains(&c.confidence));
        }
    }
}

#[test]
fn coded_sentence_has_source_and_target() {
    let reader = Reader::new(Gazetteer::builtin());
    let r = reader.read(&doc("Japan condemned North Korea for the missile launch on Tuesday."));
    let ev = r.claims.iter().find_map(|c| match &c.body {
        realign_core::ClaimBody::Event(e) => Some(e.clone()),
        _ => None,
    });
    let ev = ev.expect("an event");
    assert_eq!(ev.plover, realign_core::Plover::Accuse);
    assert_eq!(ev.source.first().map(|a| a.code.as_str()), Some("JPN"));
    assert_eq!(ev.target.first().map(|a| a.code.as_str()), Some("PRK"));
}
