//! Reading never fails: any bytes (read as UTF-8, lossily, as `realign ingest` does), normalised
//! and read, give claims whose evidence spans lie inside the text on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use realign_core::Document;
use realign_gazetteer::Gazetteer;
use realign_reader::{normalize, Reader};
use std::sync::OnceLock;

static READER: OnceLock<Reader> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let reader = READER.get_or_init(|| Reader::new(Gazetteer::builtin()));
    let text = normalize(&String::from_utf8_lossy(data));
    let doc = Document::from_text("fuzz", text);
    let reading = reader.read(&doc);
    for c in &reading.claims {
        for s in [c.evidence.sentence_span, c.evidence.span] {
            assert!(s.start <= s.end && s.end <= doc.text.len(), "span out of range");
            assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
        }
    }
});
