//! Scenario inputs: format detection, and no panic on malformed files (property tests); every
//! error names the file, and a line and field where there is one.

use std::path::Path;

use proptest::prelude::*;
use realign_bargain::{detect_format, parse_scenario, toml_input, Format, InputError};

#[test]
fn detects_formats() {
    let bdm = "Actor,Capability,Position,Salience\nA,1,2,50\nB,2,4,60\n";
    assert_eq!(detect_format(Path::new("x.csv"), bdm), Format::BdmCsv);
    let ktab = "Case,desc,2,1,\nActor,Description,Power,Pos,Sal\nA,a,10,20,50\nB,b,5,80,60\n";
    assert_eq!(detect_format(Path::new("x.csv"), ktab), Format::KtabCsv);
    let toml = "# c\nname = \"x\"\n[[actor]]\nname = \"A\"\n";
    assert_eq!(detect_format(Path::new("x.txt"), toml), Format::Toml);
    assert_eq!(detect_format(Path::new("x.toml"), bdm), Format::Toml);
}

#[test]
fn bdm_and_toml_give_the_same_scenario() {
    let bdm = "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,2,4,0.25\n";
    let s1 = parse_scenario(bdm, "a.csv", Format::BdmCsv).expect("bdm parses");
    let toml = toml_input::to_toml(&s1);
    let s2 = parse_scenario(&toml, "a.toml", Format::Toml).expect("toml parses");
    assert_eq!(s1, s2);
    assert_eq!(s1.actors[1].saliences, vec![25.0]);
}

#[test]
fn toml_error_names_file_line_field() {
    let t = "[[actor]]\nname = \"A\"\ncapability = 1\nposition = 3\nsalience = 50\n\n[[actor]]\nname = \"B\"\ncapability = -2\nposition = 1\nsalience = 50\n";
    let e = parse_scenario(t, "s.toml", Format::Toml).expect_err("negative capability");
    match &e {
        InputError::Field {
            file, line, field, ..
        } => {
            assert_eq!(
                (file.as_str(), *line, field.as_str()),
                ("s.toml", 9, "capability")
            );
        }
        other => panic!("unexpected error {other:?}"),
    }
}

#[test]
fn bdm_salience_above_100_is_rejected_with_line() {
    let e = parse_scenario(
        "Actor,Capability,Position,Salience\nA,1,2,50\nB,1,2,150\n",
        "b.csv",
        Format::BdmCsv,
    )
    .expect_err("salience 150");
    assert!(e.to_string().starts_with("b.csv:3: salience:"), "{e}");
}

fn mutate(base: &str, cut: usize, insert: &str) -> String {
    let mut s: String = base.chars().take(cut).collect();
    s.push_str(insert);
    s.extend(base.chars().skip(cut + insert.chars().count() / 2));
    s
}

const TOML: &str = "name = \"t\"\ndimensions = [\"a\", \"b\"]\n[[actor]]\nname = \"A\"\ncapability = 1.5\nposition = [10, 20]\nsalience = [50, 50]\n[[actor]]\nname = \"B\"\ncapability = 2\nposition = [30, 40]\nsalience = [20, 80]\n";
const BDM: &str = "Actor,Capability,Position,Salience\nNL,0.08,4,80\nBE,0.08,7,40\nLU,0.03,4,20\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        for f in [Format::Toml, Format::BdmCsv] {
            if let Err(e) = parse_scenario(&text, "r.txt", f) {
                prop_assert!(e.to_string().starts_with("r.txt"));
            }
        }
        let _ = detect_format(Path::new("r.csv"), &text);
        let _ = realign_bargain::deu3::parse(&text, "r.tsv");
    }

    #[test]
    fn mutated_toml_never_panics(cut in 0usize..200, insert in "[\\[\\]=,\"0-9a-z.\\n -]{0,12}") {
        let text = mutate(TOML, cut, &insert);
        match parse_scenario(&text, "m.toml", Format::Toml) {
            Ok(s) => {
                // Whatever parses is a valid scenario the models accept.
                prop_assert!(s.actors.iter().all(|a| a.positions.len() == s.dimensions.len()));
                prop_assert!(realign_bargain::eu::run(&s, &Default::default()).is_ok());
            }
            Err(e) => {
                let m = e.to_string();
                prop_assert!(m.starts_with("m.toml"), "{}", m);
            }
        }
    }

    #[test]
    fn mutated_bdm_never_panics(cut in 0usize..80, insert in "[,0-9a-zA-Z.\\n\"-]{0,10}") {
        let text = mutate(BDM, cut, &insert);
        match parse_scenario(&text, "m.csv", Format::BdmCsv) {
            Ok(s) => prop_assert!(realign_bargain::eu::run(&s, &Default::default()).is_ok()),
            Err(e) => prop_assert!(e.to_string().starts_with("m.csv")),
        }
    }

    #[test]
    fn eu_model_stays_within_the_input_range(
        rows in proptest::collection::vec((0.0f64..100.0, -50.0f64..50.0, 0.0f64..1.0), 1..12)
    ) {
        use realign_bargain::eu::{run_issue, EuParams, IssueActor};
        let actors: Vec<IssueActor> = rows.iter().map(|&(capability, position, salience)| IssueActor { capability, position, salience }).collect();
        let lo = rows.iter().map(|r| r.1).fold(f64::INFINITY, f64::min);
        let hi = rows.iter().map(|r| r.1).fold(f64::NEG_INFINITY, f64::max);
        let run = run_issue(&actors, &EuParams { rounds: 5, ..EuParams::default() });
        for state in &run.positions {
            for &x in state {
                prop_assert!(x.is_finite() && x >= lo - 1e-9 && x <= hi + 1e-9, "{} outside [{}, {}]", x, lo, hi);
            }
        }
        prop_assert_eq!(run.median.len(), 6);
    }
}
