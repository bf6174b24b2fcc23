//! Axelrod–Furnas Syria landscape: energies and favoured alignment match the published
//! calculation exactly (baseline -83,200; weak-Syria -65,600). Skips when ../shared is absent.

use std::path::PathBuf;

use realign_analysis::landscape::{
    energy, landscape, parse_actors, parse_propensities, LandscapeInput, LandscapeParams,
};

fn dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/landscape_axelrod_furnas_syria"
    ))
}

fn input(actors: &str) -> Option<LandscapeInput> {
    let a = std::fs::read_to_string(dir().join(actors)).ok()?;
    let p = std::fs::read_to_string(dir().join("Pairwise_propensity_Feb_20.csv")).ok()?;
    let actors = parse_actors(&a).unwrap();
    let (_, m) = parse_propensities(&p, 3.0).unwrap();
    Some(LandscapeInput {
        names: actors.iter().map(|x| x.0.clone()).collect(),
        sizes: actors.iter().map(|x| x.1).collect(),
        propensity: m,
    })
}

/// Rows of a results file: (assignment with 1/2 -> 0/1, energy, local-min flag).
fn results(file: &str) -> Vec<(Vec<u8>, f64, bool)> {
    let Ok(t) = std::fs::read_to_string(dir().join(file)) else {
        return Vec::new();
    };
    t.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            if f.len() < 25 || f[0].trim_matches('"').parse::<u32>().is_err() {
                return None;
            }
            let a: Option<Vec<u8>> = f[1..12]
                .iter()
                .map(|x| x.parse::<u8>().ok().map(|v| v - 1))
                .collect();
            Some((a?, f[12].parse().ok()?, f[24].trim() == "TRUE"))
        })
        .collect()
}

fn check(actors: &str, results_file: &str, expected: f64, bloc_b: &[&str]) {
    let Some(inp) = input(actors) else {
        eprintln!("note: {} absent, skipping", dir().display());
        return;
    };
    let l = landscape(&inp, &LandscapeParams::default()).unwrap();
    assert!(l.exact);
    assert_eq!(l.configurations, 1024);
    assert_eq!(l.minima.len(), 1, "a unique local minimum");
    assert_eq!(l.minima[0].energy, expected);
    assert_eq!(l.minima[0].basin, 1024);
    let mut b = l.minima[0].blocs[1].clone();
    b.sort();
    let mut want: Vec<String> = bloc_b.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(b, want);
    // Every configuration's energy and local-minimum flag against the published table.
    let rows = results(results_file);
    assert_eq!(rows.len(), 1024);
    let minima: Vec<&Vec<u8>> = l.minima.iter().map(|m| &m.assignment).collect();
    for (a, e, is_min) in rows {
        assert_eq!(energy(&inp, &a), e, "{a:?}");
        assert_eq!(minima.contains(&&a), is_min, "{a:?}");
    }
}

#[test]
fn baseline_matches() {
    check(
        "Actor_data.csv",
        "Landscape_Results_2016-02-20.csv",
        -83200.0,
        &["Turkey", "ISIS", "Nursa"],
    );
}

#[test]
fn weak_syria_matches() {
    check(
        "Actor_data_weaksyria.csv",
        "Landscape_Results_weaksyria_2016-02-20.csv",
        -65600.0,
        &["ISIS", "Nursa"],
    );
}
