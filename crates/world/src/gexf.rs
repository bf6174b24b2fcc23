//! The World as a GEXF 1.3 graph, for Gephi and the other network tools that read it (networkx,
//! igraph, rgexf, sigma.js).
//!
//! One node per state (and per other actor a tie names), one undirected edge per pair of states
//! that something links, weighted by the size of their combined signed tie ([`World::tie`]).
//!
//! * **Nodes** carry the COW code, CINC and the UN ideal point (first dimension) when the World
//!   has them; their size (`viz:size`) grows with CINC.
//! * **Edges** carry the signed tie (`tie`, in [-1, 1]) and its `sign`, each component of it
//!   (alliance, trade, arms, disputes, events, UN votes), the alliance's obligations, the
//!   directed figures under it (each side's trade share with the other, arms delivered each way,
//!   the event score each way) and the evidence: every dataset row and stored claim the tie rests
//!   on. Their colour (`viz:color`) is green for a friendly tie and red for a hostile one.
//! * Edge `weight` is the tie's absolute value (force-directed layouts such as ForceAtlas 2 read a
//!   weight as attraction, so it must not be negative); filter on `sign` or `tie` to look at one
//!   side.
//!
//! A value a dataset does not cover is left out of the node's or edge's values, never written as 0
//! (GEXF readers then show it as missing).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use realign_core::Obligation;

use crate::{Evidence, World};

/// Node attributes (id = title, type).
const NODE_ATTRIBUTES: [(&str, &str); 3] = [("cow_code", "integer"), ("cinc", "double"), ("un_ideal_point", "double")];

/// Edge attributes (id = title, type). Direction: `source` is the edge's source (the pair's first
/// code), `target` its target.
const EDGE_ATTRIBUTES: [(&str, &str); 17] = [
    ("tie", "double"),
    ("sign", "integer"),
    // The components of `tie`, named as in `World::tie`.
    ("alliance", "double"),
    ("trade", "double"),
    ("arms", "double"),
    ("disputes", "double"),
    ("events", "double"),
    ("un_votes", "double"),
    ("obligations", "string"),
    // Share (0–1) of the source's total trade that is with the target, and the reverse.
    ("trade_share_source", "double"),
    ("trade_share_target", "double"),
    // SIPRI TIV delivered over the World's arms window, each way.
    ("arms_to_target", "double"),
    ("arms_to_source", "double"),
    // Event score (time-decayed Goldstein values), each way.
    ("events_to_target", "double"),
    ("events_to_source", "double"),
    ("evidence_count", "integer"),
    ("evidence", "string"),
];

/// A GEXF document and what is in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Gexf {
    /// The document (UTF-8 XML).
    pub xml: String,
    /// Nodes written.
    pub nodes: usize,
    /// Edges written.
    pub edges: usize,
}

/// The World as a GEXF 1.3 document. `min_tie` leaves out pairs whose combined tie is weaker (in
/// absolute value); 0 keeps every pair that something links. Deterministic: nodes and edges come
/// in code order.
pub fn to_gexf(world: &World, min_tie: f64) -> Gexf {
    let edges = edges(world, min_tie);
    // Every state of the World, and whatever else an edge names (a state outside the state
    // system data, an organisation a claim names).
    let mut nodes: BTreeSet<&str> = world.states().collect();
    for e in &edges {
        nodes.insert(&e.a);
        nodes.insert(&e.b);
    }
    let ideal = world.un_votes.as_ref().map(|u| &u.ideal);

    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
    let _ = writeln!(
        out,
        "  <meta>\n    <creator>realign {}</creator>\n    <description>{}</description>\n  </meta>",
        env!("CARGO_PKG_VERSION"),
        esc(&format!("The World as of {}: states and the signed ties between them, with their evidence", world.as_of))
    );
    out.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    declare(&mut out, "node", &NODE_ATTRIBUTES);
    declare(&mut out, "edge", &EDGE_ATTRIBUTES);

    out.push_str("    <nodes>\n");
    for code in &nodes {
        let state = world.states.get(*code);
        let label = state.map_or(*code, |s| s.name.as_str());
        let mut values: Vec<(&str, String)> = Vec::new();
        if let Some(c) = state.and_then(|s| s.ccode) {
            values.push(("cow_code", c.to_string()));
        }
        let cinc = state.and_then(|s| s.cinc);
        if let Some(c) = cinc {
            values.push(("cinc", num(c)));
        }
        if let Some(p) = ideal.and_then(|m| m.get(*code)) {
            values.push(("un_ideal_point", num(*p)));
        }
        let _ = write!(out, "      <node id=\"{}\" label=\"{}\">", esc(code), esc(label));
        attvalues(&mut out, &values);
        // (CINC is a share of the world's capabilities, at most ~0.25: the square root keeps small
        // states visible.)
        let _ = writeln!(out, "<viz:size value=\"{}\"/></node>", num(4.0 + 40.0 * cinc.unwrap_or(0.0).max(0.0).sqrt()));
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in edges.iter().enumerate() {
        let _ = write!(out, "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\">", esc(&e.a), esc(&e.b), num(e.tie.abs()));
        attvalues(&mut out, &e.values);
        let (r, g, b) = if e.tie >= 0.0 { (46, 139, 87) } else { (200, 40, 40) };
        let _ = writeln!(out, "<viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/></edge>");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    Gexf { xml: out, nodes: nodes.len(), edges: edges.len() }
}

/// One edge: a pair (a < b), its tie and its attribute values.
struct Edge {
    a: String,
    b: String,
    tie: f64,
    values: Vec<(&'static str, String)>,
}

fn edges(world: &World, min_tie: f64) -> Vec<Edge> {
    let mut out = Vec::new();
    for (a, b) in world.linked_pairs() {
        let Some(tie) = world.tie(&a, &b) else { continue };
        if tie.weight.abs() < min_tie || (min_tie > 0.0 && tie.weight == 0.0) {
            continue;
        }
        let mut values: Vec<(&'static str, String)> = vec![("tie", num(tie.weight)), ("sign", if tie.weight < 0.0 { "-1" } else { "1" }.to_string())];
        for (id, _) in &EDGE_ATTRIBUTES[2..8] {
            if let Some(v) = tie.components.get(*id) {
                values.push((id, num(*v)));
            }
        }
        let key = (a.clone(), b.clone());
        if let Some(al) = world.alliances.get(&key) {
            let names: Vec<&str> = al.obligations.iter().map(obligation).collect();
            values.push(("obligations", names.join(";")));
        }
        if let Some(t) = world.trade.get(&key) {
            if let Some(s) = t.share_of_a {
                values.push(("trade_share_source", num(s)));
            }
            if let Some(s) = t.share_of_b {
                values.push(("trade_share_target", num(s)));
            }
        }
        let directed = |m: &BTreeMap<(String, String), f64>, x: &str, y: &str| m.get(&(x.to_string(), y.to_string())).copied();
        for (id, x, y) in [("arms_to_target", &a, &b), ("arms_to_source", &b, &a)] {
            if let Some(v) = directed(&world.arms, x, y) {
                values.push((id, num(v)));
            }
        }
        for (id, x, y) in [("events_to_target", &a, &b), ("events_to_source", &b, &a)] {
            if let Some(e) = world.events.get(&(x.clone(), y.clone())) {
                values.push((id, num(e.score)));
            }
        }
        let evidence = world.pair_evidence(&a, &b);
        values.push(("evidence_count", evidence.len().to_string()));
        let refs: Vec<String> = evidence.iter().map(|e| evidence_ref(e)).collect();
        values.push(("evidence", refs.join("; ")));
        out.push(Edge { a, b, tie: tie.weight, values });
    }
    out
}

/// "atop line 12", "claim 45 (doc 5d1fcabd7e98897a)": where a fact comes from, as `realign show`
/// and the dataset files take it.
fn evidence_ref(e: &Evidence) -> String {
    match e {
        Evidence::Dataset { dataset, line } => format!("{dataset} line {line}"),
        Evidence::Claim { id, doc } => format!("claim {id} (doc {doc})"),
    }
}

fn obligation(o: &Obligation) -> &'static str {
    match o {
        Obligation::Defense => "defense",
        Obligation::Offense => "offense",
        Obligation::Neutrality => "neutrality",
        Obligation::Nonaggression => "nonaggression",
        Obligation::Consultation => "consultation",
    }
}

fn declare(out: &mut String, class: &str, attributes: &[(&str, &str)]) {
    let _ = writeln!(out, "    <attributes class=\"{class}\" mode=\"static\">");
    for (id, kind) in attributes {
        let _ = writeln!(out, "      <attribute id=\"{id}\" title=\"{id}\" type=\"{kind}\"/>");
    }
    out.push_str("    </attributes>\n");
}

fn attvalues(out: &mut String, values: &[(&str, String)]) {
    if values.is_empty() {
        return;
    }
    out.push_str("<attvalues>");
    for (id, v) in values {
        let _ = write!(out, "<attvalue for=\"{id}\" value=\"{}\"/>", esc(v));
    }
    out.push_str("</attvalues>");
}

/// A number as GEXF's `double` takes it, in full precision (CINC values of small states are in
/// the millionths). The World's figures are finite; should one not be, it is written as 0 rather
/// than break the file.
fn num(v: f64) -> String {
    if v.is_finite() {
        // (The shortest text that reads back as the same number; no exponent, and no "-0".)
        if v == 0.0 { "0".to_string() } else { v.to_string() }
    } else {
        "0".to_string()
    }
}

/// Escapes text for an XML attribute or element.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // (Control characters other than tab and newlines are not allowed in XML 1.0.)
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_finite() {
        assert_eq!(num(0.25), "0.25");
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.0), "0");
        assert_eq!(num(0.000003), "0.000003");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(esc("Bosnia & Herzegovina <\"Côte d'Ivoire\">\u{1}"), "Bosnia &amp; Herzegovina &lt;&quot;Côte d&apos;Ivoire&quot;&gt;");
    }
}
