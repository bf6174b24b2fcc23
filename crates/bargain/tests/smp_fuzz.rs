//! No panic on arbitrary input: the KTAB CSV reader on any text, the SMP on any scenario.

use proptest::prelude::*;
use realign_bargain::{ktab_csv, smp, ActorSpec, Scenario};

fn scenario_strategy() -> impl Strategy<Value = Scenario> {
    (0usize..7, 0usize..4).prop_flat_map(|(na, nd)| {
        let actor = (
            prop_oneof![Just(0.0), -10.0f64..500.0, Just(f64::NAN)],
            prop::collection::vec(
                prop_oneof![0.0f64..=100.0, Just(50.0), -5.0f64..120.0],
                nd..=nd + 1,
            ),
            prop::collection::vec(
                prop_oneof![0.0f64..=60.0, Just(0.0), -5.0f64..120.0],
                nd..=nd,
            ),
        )
            .prop_map(|(capability, positions, saliences)| ActorSpec {
                name: "A".into(),
                description: String::new(),
                capability,
                positions,
                saliences,
            });
        prop::collection::vec(actor, na..=na).prop_map(move |actors| Scenario {
            name: "fuzz".into(),
            description: String::new(),
            dimensions: (0..nd).map(|d| format!("D{d}")).collect(),
            actors,
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parse_never_panics(text in "\\PC{0,400}") {
        let _ = ktab_csv::parse(&text);
    }

    #[test]
    fn parse_never_panics_on_csv_like_text(
        lines in prop::collection::vec(prop::collection::vec("[ A-Za-z0-9.\"-]{0,6}", 0..9), 0..7)
    ) {
        let text: String = lines.iter().map(|l| l.join(",") + "\n").collect();
        let _ = ktab_csv::parse(&text);
    }

    #[test]
    fn run_never_panics(s in scenario_strategy()) {
        let params = smp::SmpParams { max_turns: 3, ..smp::SmpParams::default() };
        if let Ok(r) = smp::run(&s, &params) {
            prop_assert!(r.turns <= 3);
            prop_assert_eq!(r.positions.len(), r.turns + 1);
            for t in &r.positions {
                for a in t {
                    for x in a {
                        prop_assert!(x.is_finite());
                    }
                }
            }
        }
    }
}
