//! Dataset files never panic: any bytes through each importer's parser give rows or errors that
//! name the file and line, never a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use realign_datasets::{gdelt, treaties, unvotes};
use realign_datasets::{parse_atop, parse_mid, parse_nmc, parse_sipri, parse_states, parse_trade};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.csv");
    let mut rejected = Vec::new();
    let _ = parse_atop(data, path, &mut rejected);
    let _ = parse_nmc(data, path, &mut rejected);
    let _ = parse_trade(data, path, &mut rejected);
    let _ = parse_sipri(data, path, &mut rejected);
    let _ = parse_mid(data, path, &mut rejected);
    let _ = parse_states(data, path, &mut rejected);
    let _ = unvotes::parse_roll_calls(data, path, &mut rejected);
    let _ = unvotes::parse_votes(data, path, &mut rejected);
    let (events, _) = gdelt::parse(data, path, &mut rejected);
    for ev in &events {
        let _ = gdelt::to_claim(ev, "fuzz");
    }
    // A treaty file: every claim's evidence is its block of the text.
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(claims) = treaties::parse(text, Path::new("fuzz.toml"), "fuzz", &mut rejected) {
            for c in &claims {
                assert_eq!(text.get(c.evidence.span.start..c.evidence.span.end), Some(c.evidence.sentence.as_str()));
            }
        }
    }
});
