//! The 51 Correlates-of-War signed networks (Doreian & Mrvar windows): exact frustration
//! indices against the published exact values. Skips when ../shared is absent.

use std::path::PathBuf;

use realign_analysis::frustration::{check_certificate, frustration_index};
use realign_analysis::signed_graph::parse_edge_csv;

fn folder() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/cow_signed_doreian_mrvar"
    ))
}

#[test]
fn all_windows_exact() {
    let dir = folder();
    let Ok(table) = std::fs::read_to_string(dir.join("frustration_index_exact_HiGHS.csv")) else {
        eprintln!("note: {} absent, skipping", dir.display());
        return;
    };
    let mut checked = 0;
    for line in table.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let (period, edges, exact) = (
            f[0],
            f[2].parse::<usize>().unwrap(),
            f[4].parse::<usize>().unwrap(),
        );
        let text =
            std::fs::read_to_string(dir.join("edges").join(format!("{period}.csv"))).unwrap();
        let g = parse_edge_csv(&text).unwrap();
        assert_eq!(g.edge_count(), edges, "{period}");
        let t = std::time::Instant::now();
        let r = frustration_index(&g, 1);
        eprintln!(
            "{period}: {} (exact {exact}) reduced {} nodes, {} search nodes, {:?}",
            r.index,
            r.reduced_nodes,
            r.search_nodes,
            t.elapsed()
        );
        check_certificate(&g, r.index, &r.side, &r.frustrated).unwrap();
        assert_eq!(r.index, exact, "{period}");
        checked += 1;
    }
    assert_eq!(checked, 51);
}
