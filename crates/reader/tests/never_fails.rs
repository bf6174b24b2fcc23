//! Reading never fails: any text in, claims and diagnostics out, no panic, and every evidence
//! span lies inside the normalised text on character boundaries.

use proptest::prelude::*;
use realign_core::Document;
use realign_gazetteer::Gazetteer;
use realign_reader::{normalize, Reader};

fn doc(text: &str) -> Document {
    Document {
        id: "p".into(),
        name: None,
        title: None,
        date: None,
        url: None,
        author: None,
        publisher: None,
        text: normalize(text),
    }
}

fn check(reader: &Reader, text: &str) {
    let d = doc(text);
    let reading = reader.read(&d);
    for c in &reading.claims {
        let s = c.evidence.sentence_span;
        assert!(
            s.start <= s.end && s.end <= d.text.len(),
            "sentence span out of range"
        );
        assert!(d.text.is_char_boundary(s.start) && d.text.is_char_boundary(s.end));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        let reader = Reader::new(Gazetteer::builtin());
        check(&reader, &text);
    }

    #[test]
    fn newsish_fragments_never_panic(parts in proptest::collection::vec(prop_oneof![
        Just("Russia"), Just("U.S."), Just("Mr."), Just("No. 2"), Just("Jan. 5"), Just("3.5"), Just("\u{201c}"),
        Just("\u{2019}s"), Just("\u{2014}"), Just("\u{a0}"), Just("\r\n"), Just("\n\n"), Just("  \u{2022} "),
        Just("attacked"), Just("refused to condemn"), Just("would"), Just("said"), Just("according to"),
        Just("its"), Just("the two countries"), Just("."), Just(","), Just(" "), Just("\u{e9}t\u{e9}"),
        Just("North Korean troops"), Just("President"), Just("was attacked by"), Just("alongside"),
        Just(", "), Just("summoned the ambassador to protest"), Just("received"), Just("blocked"), Just("a report on"),
        Just("fighting between"), Just("\"dangerous\""), Just("voted against"), Just("abstained"),
        Just("the country's"), Just("5,000"), Just("percent of its"), Just("from"), Just("and thanked"),
        Just("accused of"), Just("Rwanda-backed"), Just("resolution condemning"), Just("did not comment"),
    ], 0..40)) {
        let reader = Reader::new(Gazetteer::builtin());
        check(&reader, &parts.concat());
    }
}

#[test]
fn edge_cases_never_panic() {
    let reader = Reader::new(Gazetteer::builtin());
    for t in [
        "",
        " ",
        ".",
        "\u{201c}",
        "U.S.",
        "\n\n\n",
        "\u{2022}",
        "a\u{0}b",
        "Mr. . . .",
        "\u{1F600}.",
        // (An appositive opening with a multi-byte character once split it.)
        "Russia, \u{2022}  North Korean troops, attacked Ukraine.",
    ] {
        check(&reader, t);
    }
}
