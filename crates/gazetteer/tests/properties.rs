//! Structural properties of the matcher on arbitrary text.

use proptest::prelude::*;
use realign_gazetteer::Gazetteer;

fn check(text: &str) {
    let g = Gazetteer::builtin();
    let ms = g.find_mentions(text);
    let mut last_end = 0;
    for m in &ms {
        assert!(m.start < m.end, "empty mention {m:?}");
        assert!(m.start >= last_end, "overlap or disorder at {m:?}");
        assert!(m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{m:?} in {text:?}");
        assert!(g.get(m.entity).is_some());
        last_end = m.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_utf8_never_panics(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn name_soup_is_well_formed(words in prop::collection::vec(prop::sample::select(vec![
        "China", "China's", "US", "us", "U.S.", "North", "Korea", "Korean", "Kim", "Jong", "Un",
        "Guinea", "-", "Bissau", "Foreign", "Ministry", "of", "Japan", "Washington", "George", "é", "’s",
        "Putin", "President", "the", "Kremlin", "Congo", "Republic", "Democratic", "NATO", "\n", ".", ",",
    ]), 0..40)) {
        let text = words.join(" ");
        check(&text);
        let glued = words.concat();
        check(&glued);
    }
}
