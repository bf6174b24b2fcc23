//! Structural balance: triad census, strained (unbalanced) triads and a triad query, plus the
//! exact frustration index (re-exported from [`crate::frustration`]).
//!
//! A closed triad (three actors all tied to each other) is **balanced** when the product of its
//! three signs is positive ("the friend of my friend is my friend", "the enemy of my enemy is my
//! friend") and **unbalanced** (under strain) otherwise.

use crate::signed_graph::{Sign, SignedGraph};

pub use crate::frustration::{check_certificate, frustrated_edges, frustration_index, Frustration};

/// One closed triad.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Triad {
    /// The three node indices, ascending.
    pub nodes: [usize; 3],
    /// Number of negative ties (0-3).
    pub negatives: u8,
}

impl Triad {
    /// Balanced iff an even number of ties are negative.
    pub fn balanced(&self) -> bool {
        self.negatives % 2 == 0
    }
}

/// Counts of closed triads by number of negative ties.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct TriadCensus {
    /// `+++`: balanced.
    pub ppp: usize,
    /// `++-`: unbalanced.
    pub ppn: usize,
    /// `+--`: balanced.
    pub pnn: usize,
    /// `---`: unbalanced.
    pub nnn: usize,
}

impl TriadCensus {
    /// Balanced triads (`+++` and `+--`).
    pub fn balanced(&self) -> usize {
        self.ppp + self.pnn
    }
    /// Unbalanced triads (`++-` and `---`).
    pub fn unbalanced(&self) -> usize {
        self.ppn + self.nnn
    }
    /// Share of closed triads that are balanced (1.0 when there are none).
    pub fn balance_ratio(&self) -> f64 {
        let t = self.balanced() + self.unbalanced();
        if t == 0 {
            1.0
        } else {
            self.balanced() as f64 / t as f64
        }
    }
}

/// Every closed triad, in ascending node order. Runs in O(sum of degree^2).
pub fn triads(g: &SignedGraph) -> Vec<Triad> {
    let adj = g.adjacency();
    let mut out = Vec::new();
    for (a, la) in adj.iter().enumerate() {
        for (i, &(b, sab)) in la.iter().enumerate() {
            if b <= a {
                continue;
            }
            for &(c, sac) in &la[i + 1..] {
                if let Some(sbc) = g.sign(b, c) {
                    let negatives = [sab, sac, sbc]
                        .iter()
                        .filter(|s| **s == Sign::Negative)
                        .count() as u8;
                    out.push(Triad {
                        nodes: [a, b, c],
                        negatives,
                    });
                }
            }
        }
    }
    out
}

/// The triad census of a signed graph.
pub fn census(g: &SignedGraph) -> TriadCensus {
    let mut c = TriadCensus::default();
    for t in triads(g) {
        match t.negatives {
            0 => c.ppp += 1,
            1 => c.ppn += 1,
            2 => c.pnn += 1,
            _ => c.nnn += 1,
        }
    }
    c
}

/// The unbalanced (strained) triads.
pub fn strained_triads(g: &SignedGraph) -> Vec<Triad> {
    triads(g).into_iter().filter(|t| !t.balanced()).collect()
}

/// The state of the triad of three named actors.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TriadQuery {
    /// The three actors, as given.
    pub actors: [String; 3],
    /// Signs of the ties a-b, a-c, b-c (`None` = no tie).
    pub signs: [Option<Sign>; 3],
    /// `Some(true)` balanced, `Some(false)` under strain, `None` when not closed.
    pub balanced: Option<bool>,
}

/// Errors of a triad query.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum QueryError {
    /// A named actor is not in the graph.
    #[error("unknown actor '{0}'")]
    UnknownActor(String),
}

/// Looks up the triad of three named actors.
pub fn triad_query(g: &SignedGraph, a: &str, b: &str, c: &str) -> Result<TriadQuery, QueryError> {
    let idx = |n: &str| {
        g.node(n)
            .ok_or_else(|| QueryError::UnknownActor(n.to_string()))
    };
    let (ia, ib, ic) = (idx(a)?, idx(b)?, idx(c)?);
    let signs = [g.sign(ia, ib), g.sign(ia, ic), g.sign(ib, ic)];
    let balanced = match signs {
        [Some(x), Some(y), Some(z)] => Some(x.as_i32() * y.as_i32() * z.as_i32() > 0),
        _ => None,
    };
    Ok(TriadQuery {
        actors: [a.to_string(), b.to_string(), c.to_string()],
        signs,
        balanced,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signed_graph::parse_edge_csv;

    #[test]
    fn census_and_query() {
        let g = parse_edge_csv(
            "from,to,sign\nCHN,RUS,1\nCHN,PRK,1\nRUS,PRK,1\nUSA,CHN,-1\nUSA,RUS,-1\nUSA,KOR,1\nKOR,PRK,-1\nKOR,CHN,1\n",
        )
        .unwrap();
        let c = census(&g);
        // CHN-RUS-PRK +++, USA-CHN-RUS +--, USA-KOR-CHN: + + - (USA-KOR +, KOR-CHN +, USA-CHN -),
        // CHN-KOR-PRK: + - + .
        assert_eq!((c.ppp, c.ppn, c.pnn, c.nnn), (1, 2, 1, 0));
        assert_eq!(strained_triads(&g).len(), 2);
        let q = triad_query(&g, "CHN", "RUS", "PRK").unwrap();
        assert_eq!(q.balanced, Some(true));
        let q = triad_query(&g, "USA", "KOR", "PRK").unwrap();
        assert_eq!(q.balanced, None);
        assert!(triad_query(&g, "USA", "XXX", "PRK").is_err());
    }
}
