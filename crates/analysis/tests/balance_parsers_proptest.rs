//! Property tests: the CSV parsers never panic on arbitrary input, and the solver's
//! certificate always verifies on arbitrary small graphs.

use proptest::prelude::*;
use realign_analysis::frustration::{check_certificate, frustration_index};
use realign_analysis::landscape::{parse_actors, parse_propensities};
use realign_analysis::signed_graph::{parse_edge_csv, Sign, SignedGraph};

proptest! {
    #[test]
    fn edge_parser_never_panics(s in ".{0,300}") {
        let _ = parse_edge_csv(&s);
        let _ = parse_edge_csv(&format!("from,to,sign\n{s}"));
    }

    #[test]
    fn edge_parser_on_csv_like_input(rows in prop::collection::vec(("[A-C\"]{0,3}", "[A-D,]{0,3}", "(-?1|2|x|)"), 0..20)) {
        let text: String = std::iter::once("from,to,sign".to_string())
            .chain(rows.iter().map(|(a, b, s)| format!("{a},{b},{s}")))
            .collect::<Vec<_>>()
            .join("\n");
        if let Err(e) = parse_edge_csv(&text) {
            prop_assert!(e.to_string().contains("line"));
        }
    }

    #[test]
    fn landscape_parsers_never_panic(s in ".{0,300}") {
        let _ = parse_actors(&s);
        let _ = parse_propensities(&s, 3.0);
        let _ = parse_actors(&format!("id,actor,strength\n{s}"));
        let _ = parse_propensities(&format!(",A,B\n{s}"), 3.0);
    }

    #[test]
    fn certificate_always_verifies(edges in prop::collection::vec((0u8..14, 0u8..14, any::<bool>()), 0..60)) {
        let mut g = SignedGraph::new();
        for (a, b, neg) in edges {
            if a != b {
                let _ = g.add_edge(&a.to_string(), &b.to_string(), if neg { Sign::Negative } else { Sign::Positive });
            }
        }
        let f = frustration_index(&g, 3);
        prop_assert!(check_certificate(&g, f.index, &f.side, &f.frustrated).is_ok());
        prop_assert!(f.index <= g.negative_count());
    }
}
