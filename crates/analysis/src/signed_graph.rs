//! Signed undirected graphs (friend/enemy networks) and the `from,to,sign` CSV layout.

use std::collections::HashMap;

/// Sign of a tie: friendly (+1) or hostile (-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Sign {
    /// +1: alliance, friendship, cooperation.
    Positive,
    /// -1: hostility, conflict.
    Negative,
}

impl Sign {
    /// +1 or -1.
    pub fn as_i32(self) -> i32 {
        match self {
            Sign::Positive => 1,
            Sign::Negative => -1,
        }
    }
    /// The sign of an integer (`None` for 0).
    pub fn from_i64(v: i64) -> Option<Sign> {
        match v.signum() {
            1 => Some(Sign::Positive),
            -1 => Some(Sign::Negative),
            _ => None,
        }
    }
}

/// One undirected signed edge between node indices `a` and `b` (`a != b`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignedEdge {
    /// First endpoint (node index).
    pub a: usize,
    /// Second endpoint (node index).
    pub b: usize,
    /// The sign of the tie.
    pub sign: Sign,
}

/// A simple undirected signed graph with named nodes. At most one edge per unordered pair,
/// no self-loops.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SignedGraph {
    names: Vec<String>,
    index: HashMap<String, usize>,
    edges: Vec<SignedEdge>,
    pair: HashMap<(usize, usize), usize>,
}

/// Errors building a signed graph or reading the edge CSV.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum GraphError {
    /// A line of the edge CSV could not be used.
    #[error("line {line}: {message}")]
    BadLine {
        /// 1-based line number in the input.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The input has no header or the header lacks a column.
    #[error("header: {0}")]
    BadHeader(String),
    /// An edge joins a node to itself.
    #[error("self-loop on '{0}'")]
    SelfLoop(String),
    /// The same pair appears twice with different signs.
    #[error("edge {0}-{1} given twice with different signs")]
    Conflict(String, String),
}

fn ordered(a: usize, b: usize) -> (usize, usize) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

impl SignedGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// The index of node `name`, adding it if new.
    pub fn add_node(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len();
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    /// Adds the edge `a`–`b`. A repeated pair with the same sign is ignored; with the
    /// opposite sign it is an error, as is a self-loop.
    pub fn add_edge(&mut self, a: &str, b: &str, sign: Sign) -> Result<(), GraphError> {
        if a == b {
            return Err(GraphError::SelfLoop(a.to_string()));
        }
        let ia = self.add_node(a);
        let ib = self.add_node(b);
        let key = ordered(ia, ib);
        if let Some(&e) = self.pair.get(&key) {
            if self.edges.get(e).map(|x| x.sign) != Some(sign) {
                return Err(GraphError::Conflict(a.to_string(), b.to_string()));
            }
            return Ok(());
        }
        self.pair.insert(key, self.edges.len());
        self.edges.push(SignedEdge { a: ia, b: ib, sign });
        Ok(())
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.names.len()
    }
    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }
    /// Node names, by index.
    pub fn names(&self) -> &[String] {
        &self.names
    }
    /// The edges, in insertion order.
    pub fn edges(&self) -> &[SignedEdge] {
        &self.edges
    }
    /// Index of a node by name.
    pub fn node(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }
    /// Sign of the edge between two node indices, if any.
    pub fn sign(&self, a: usize, b: usize) -> Option<Sign> {
        self.pair
            .get(&ordered(a, b))
            .and_then(|&e| self.edges.get(e))
            .map(|e| e.sign)
    }
    /// Number of negative edges.
    pub fn negative_count(&self) -> usize {
        self.edges
            .iter()
            .filter(|e| e.sign == Sign::Negative)
            .count()
    }
    /// Adjacency lists: for each node, `(neighbour, sign)` pairs sorted by neighbour.
    pub fn adjacency(&self) -> Vec<Vec<(usize, Sign)>> {
        let mut adj = vec![Vec::new(); self.names.len()];
        for e in &self.edges {
            adj[e.a].push((e.b, e.sign));
            adj[e.b].push((e.a, e.sign));
        }
        for l in &mut adj {
            l.sort_unstable_by_key(|x| x.0);
        }
        adj
    }
}

/// Splits one CSV line into fields, honouring double quotes (`""` inside quotes is a quote).
fn split_csv_line(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    cur.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                cur.push(c);
            }
        } else if c == '"' {
            if !cur.trim().is_empty() {
                return Err("quote inside an unquoted field".into());
            }
            cur.clear();
            quoted = true;
            was_quoted = true;
        } else if c == ',' {
            out.push(if was_quoted {
                std::mem::take(&mut cur)
            } else {
                cur.trim().to_string()
            });
            cur.clear();
            was_quoted = false;
        } else {
            cur.push(c);
        }
    }
    if quoted {
        return Err("unterminated quote".into());
    }
    out.push(if was_quoted {
        cur
    } else {
        cur.trim().to_string()
    });
    Ok(out)
}

/// Splits CSV text into records of fields, with 1-based line numbers; blank lines are skipped.
pub fn csv_records(text: &str) -> Result<Vec<(usize, Vec<String>)>, GraphError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        let line = if i == 0 {
            line.trim_start_matches('\u{feff}')
        } else {
            line
        };
        if line.trim().is_empty() {
            continue;
        }
        let fields = split_csv_line(line).map_err(|m| GraphError::BadLine {
            line: i + 1,
            message: m,
        })?;
        out.push((i + 1, fields));
    }
    Ok(out)
}

/// Parses a `from,to,sign` CSV (header required; columns found by name, case-insensitive;
/// sign is `1`/`-1`, also `+1`, `+`, `-`). Errors name the line and the field.
pub fn parse_edge_csv(text: &str) -> Result<SignedGraph, GraphError> {
    let records = csv_records(text)?;
    let Some((_, header)) = records.first() else {
        return Err(GraphError::BadHeader(
            "empty input: expected a from,to,sign header".into(),
        ));
    };
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(cf), Some(ct), Some(cs)) = (col("from"), col("to"), col("sign")) else {
        return Err(GraphError::BadHeader(format!(
            "expected columns from,to,sign; found {}",
            header.join(",")
        )));
    };
    let mut g = SignedGraph::new();
    for (line, rec) in records.iter().skip(1) {
        let field = |c: usize, name: &str| {
            rec.get(c)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .ok_or_else(|| GraphError::BadLine {
                    line: *line,
                    message: format!("missing field '{name}'"),
                })
        };
        let from = field(cf, "from")?;
        let to = field(ct, "to")?;
        let s = field(cs, "sign")?;
        let sign = match s {
            "1" | "+1" | "+" | "1.0" => Sign::Positive,
            "-1" | "-" | "-1.0" => Sign::Negative,
            other => {
                return Err(GraphError::BadLine {
                    line: *line,
                    message: format!("field 'sign': expected 1 or -1, found '{other}'"),
                })
            }
        };
        g.add_edge(from, to, sign)
            .map_err(|e| GraphError::BadLine {
                line: *line,
                message: e.to_string(),
            })?;
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_quoted_csv() {
        let g =
            parse_edge_csv("\"from\",\"to\",\"sign\"\n\"USA\",\"GBR\",1\nUSA,RUS,-1\n").unwrap();
        assert_eq!(g.node_count(), 3);
        assert_eq!(g.edge_count(), 2);
        assert_eq!(g.sign(0, 2), Some(Sign::Negative));
    }

    #[test]
    fn errors_name_line_and_field() {
        let e = parse_edge_csv("from,to,sign\nA,B,1\nA,C,2\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 3: field 'sign': expected 1 or -1, found '2'"
        );
        let e = parse_edge_csv("from,to,sign\nA,,1\n").unwrap_err();
        assert!(e.to_string().contains("line 2") && e.to_string().contains("'to'"));
        let e = parse_edge_csv("from,to,sign\nA,A,1\n").unwrap_err();
        assert!(e.to_string().contains("self-loop"));
        let e = parse_edge_csv("from,to,sign\nA,B,1\nB,A,-1\n").unwrap_err();
        assert!(e.to_string().contains("line 3"));
        assert!(parse_edge_csv("a,b,c\n").is_err());
        assert!(parse_edge_csv("").is_err());
    }
}
