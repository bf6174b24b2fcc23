//! The expected-utility model against the per-round output of the public Python implementation
//! (../shared/models/bdm_eum/jmckib_output_*.txt): medians, means and every accepted offer.

use std::path::PathBuf;

use realign_bargain::eu::{self, EuParams, OfferKind};

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/bdm_eum"
    ));
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("note: {} absent, skipping", p.display());
        None
    }
}

/// Per-round (median, mean) and accepted offers (mover, proposer, kind, new position).
struct Reference {
    median: Vec<f64>,
    mean: Vec<f64>,
    offers: Vec<Vec<(String, String, OfferKind, f64)>>,
}

fn read_reference(text: &str) -> Reference {
    let mut r = Reference {
        median: vec![],
        mean: vec![],
        offers: vec![],
    };
    let mut pending: Option<(String, String, OfferKind)> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some(v) = t.strip_prefix("Median position: ") {
            r.median.push(v.parse().expect("median"));
        } else if let Some(v) = t.strip_prefix("Mean position: ") {
            r.mean.push(v.parse().expect("mean"));
        } else if t.starts_with("ROUND ") {
            r.offers.push(Vec::new());
        } else if let Some(v) = t.strip_prefix("new_pos = ") {
            let (a, b, k) = pending.take().expect("offer line before new_pos");
            r.offers
                .last_mut()
                .expect("round")
                .push((a, b, k, v.parse().expect("pos")));
        } else {
            for (pat, kind) in [
                (" loses confrontation to ", OfferKind::Confrontation),
                (" compromises with ", OfferKind::Compromise),
                (" capitulates to ", OfferKind::Capitulation),
            ] {
                if let Some(i) = t.find(pat) {
                    pending = Some((t[..i].to_string(), t[i + pat.len()..].to_string(), kind));
                }
            }
        }
    }
    r
}

fn check(input: &str, output: &str) {
    let Some(dir) = shared() else { return };
    let (scenario, _) = realign_bargain::load_scenario(&dir.join(input)).expect("input parses");
    let text = std::fs::read_to_string(dir.join(output)).expect("reference output");
    let reference = read_reference(&text);
    assert_eq!(reference.median.len(), 11, "reference has rounds 0-10");
    let run = eu::run(&scenario, &EuParams::default()).expect("runs");
    assert_eq!(run.turns, 10);
    for t in 0..=10 {
        assert!(
            (run.median[t][0] - reference.median[t]).abs() < 1e-4,
            "{input} round {t} median {} vs {}",
            run.median[t][0],
            reference.median[t]
        );
        assert!(
            (run.mean[t][0] - reference.mean[t]).abs() < 1e-4,
            "{input} round {t} mean {} vs {}",
            run.mean[t][0],
            reference.mean[t]
        );
    }
    let names: Vec<&str> = scenario.actors.iter().map(|a| a.name.as_str()).collect();
    for (round, want) in reference.offers.iter().enumerate() {
        let got: Vec<(String, String, OfferKind, f64)> = run.offers[0][round]
            .iter()
            .map(|o| {
                (
                    names[o.actor].to_string(),
                    names[o.from].to_string(),
                    o.kind,
                    o.position,
                )
            })
            .collect();
        assert_eq!(
            got.len(),
            want.len(),
            "{input} round {}: {got:?} vs {want:?}",
            round + 1
        );
        for (g, w) in got.iter().zip(want) {
            assert_eq!(
                (&g.0, &g.1, g.2),
                (&w.0, &w.1, w.2),
                "{input} round {}",
                round + 1
            );
            assert!(
                (g.3 - w.3).abs() < 1e-6,
                "{input} round {}: {g:?} vs {w:?}",
                round + 1
            );
        }
    }
}

#[test]
fn ec10_medians_means_and_offers_match_reference() {
    check("jmckib_ExampleActors.csv", "jmckib_output_EC_10rounds.txt");
}

#[test]
fn ec10_with_percent_saliences_gives_the_same_run() {
    // dmasad's copy of EC-10 has saliences on 0-100: format detection must scale them.
    check("dmasad_ExampleActors.csv", "jmckib_output_EC_10rounds.txt");
}

#[test]
fn sultan_matches_reference() {
    check("jmckib_Sultan.csv", "jmckib_output_Sultan_10rounds.txt");
}
