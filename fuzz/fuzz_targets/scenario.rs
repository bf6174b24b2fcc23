//! Scenario files never panic: any text is detected and parsed in each format (an error names
//! file, line and field), and a small parsed scenario runs through both models.
#![no_main]

use libfuzzer_sys::fuzz_target;
use realign_bargain::{deu3, detect_format, eu, parse_scenario, smp, Format};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = detect_format(Path::new("fuzz.csv"), text);
    let _ = deu3::parse(text, "fuzz.csv");
    for format in [Format::KtabCsv, Format::BdmCsv, Format::Toml] {
        let Ok(scenario) = parse_scenario(text, "fuzz", format) else { continue };
        if scenario.actors.len() > 12 || scenario.dimensions.len() > 3 {
            continue;
        }
        let params = smp::SmpParams { max_turns: 3, ..smp::SmpParams::default() };
        if let Ok(run) = smp::run(&scenario, &params) {
            assert!(run.turns <= 3);
        }
        let _ = eu::run(&scenario, &eu::EuParams { rounds: 3, ..eu::EuParams::default() });
    }
});
