//! The exact frustration index (line index of balance) of a signed graph, with a certificate.
//!
//! The frustration index is the least number of edges whose removal (equivalently, sign
//! change) leaves the graph balanced; equivalently the least number of edges frustrated by a
//! two-bloc partition (a positive edge across the blocs or a negative edge inside one).
//!
//! Method (exact, combinatorial, no LP):
//! 1. **Reduction** on a weighted signed multigraph (parallel edges summed; opposite signs
//!    cancel into a constant). A node whose heaviest tie outweighs all its other ties together
//!    always follows that tie in some optimum, so it is merged into that neighbour (this
//!    removes all nodes of degree 1 and 2, and cascades). Isolated nodes are dropped.
//! 2. The rest splits into **connected components**, solved independently.
//! 3. **Branch and bound** per component. Fixed nodes are contracted (after switching) into one
//!    super-node F, so a partial assignment leaves again a frustration problem; its lower bound
//!    is the cost already fixed, plus for every free node the cheaper of its two sides against
//!    F, plus a greedy packing of edge-disjoint (capacity-respecting) negative cycles of the
//!    residual graph. Free nodes dominated by their tie to F are fixed (propagation). The
//!    upper bound starts from seeded multi-start single-flip local search.
//! 4. The partition is mapped back through the merges and **checked** on the original graph.

use std::collections::BTreeMap;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::signed_graph::{Sign, SignedGraph};

/// The exact frustration index and its certificate.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Frustration {
    /// The frustration index (line index of balance).
    pub index: usize,
    /// Bloc of every node (`false` = bloc 0, `true` = bloc 1), by node index.
    pub side: Vec<bool>,
    /// Indices (into `SignedGraph::edges`) of the edges frustrated by `side`.
    pub frustrated: Vec<usize>,
    /// Branch-and-bound nodes explored (work measure).
    pub search_nodes: u64,
    /// Nodes left after the reductions (sum over components).
    pub reduced_nodes: usize,
}

/// Edges frustrated by a two-bloc partition: positive edges across blocs, negative within.
/// `side` shorter than the node count counts missing nodes as bloc 0.
pub fn frustrated_edges(g: &SignedGraph, side: &[bool]) -> Vec<usize> {
    let at = |i: usize| side.get(i).copied().unwrap_or(false);
    g.edges()
        .iter()
        .enumerate()
        .filter(|(_, e)| (at(e.a) != at(e.b)) == (e.sign == Sign::Positive))
        .map(|(i, _)| i)
        .collect()
}

/// Why a certificate does not hold.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CertificateError {
    /// The partition does not cover every node.
    #[error("partition has {0} entries for {1} nodes")]
    WrongLength(usize, usize),
    /// The listed frustrated edges are not those the partition frustrates.
    #[error("listed frustrated edges differ from those of the partition")]
    WrongEdges,
    /// The claimed index is not the number of frustrated edges.
    #[error("claimed index {claimed} but the partition frustrates {actual} edges")]
    WrongCount {
        /// Claimed value.
        claimed: usize,
        /// Number of edges the partition frustrates.
        actual: usize,
    },
    /// Flipping the listed edges does not leave a balanced graph.
    #[error("graph is not balanced after negating the listed edges")]
    NotBalanced,
}

/// Verifies a certificate: `side` frustrates exactly the edges `frustrated`, their number is
/// `index`, and negating them leaves a balanced graph (checked independently by 2-colouring).
/// This proves `index` is an upper bound that is attained; optimality comes from the solver.
pub fn check_certificate(
    g: &SignedGraph,
    index: usize,
    side: &[bool],
    frustrated: &[usize],
) -> Result<(), CertificateError> {
    if side.len() != g.node_count() {
        return Err(CertificateError::WrongLength(side.len(), g.node_count()));
    }
    let actual = frustrated_edges(g, side);
    let mut listed = frustrated.to_vec();
    listed.sort_unstable();
    listed.dedup();
    if listed != actual {
        return Err(CertificateError::WrongEdges);
    }
    if actual.len() != index {
        return Err(CertificateError::WrongCount {
            claimed: index,
            actual: actual.len(),
        });
    }
    // Independent check: negate the listed edges, then 2-colour by BFS.
    let n = g.node_count();
    let mut adj: Vec<Vec<(usize, bool)>> = vec![Vec::new(); n];
    for (i, e) in g.edges().iter().enumerate() {
        let neg = (e.sign == Sign::Negative) != listed.binary_search(&i).is_ok();
        adj[e.a].push((e.b, neg));
        adj[e.b].push((e.a, neg));
    }
    let mut col: Vec<Option<bool>> = vec![None; n];
    for s in 0..n {
        if col[s].is_some() {
            continue;
        }
        col[s] = Some(false);
        let mut stack = vec![s];
        while let Some(x) = stack.pop() {
            let cx = col[x].unwrap_or(false);
            for &(y, neg) in &adj[x] {
                let want = cx ^ neg;
                match col[y] {
                    None => {
                        col[y] = Some(want);
                        stack.push(y);
                    }
                    Some(c) if c != want => return Err(CertificateError::NotBalanced),
                    Some(_) => {}
                }
            }
        }
    }
    Ok(())
}

/// Combines signed weight `y` into the slot `x`; returns the cost that became unavoidable.
fn combine(slot: &mut i64, y: i64) -> i64 {
    let x = *slot;
    let s = x + y;
    *slot = s;
    (x.abs() + y.abs() - s.abs()) / 2
}

/// Weighted signed multigraph under reduction, with merge records.
struct Reducer {
    adj: Vec<BTreeMap<usize, i64>>,
    alive: Vec<bool>,
    /// `parent[v] = Some((u, p))`: x_v = x_u xor p.
    parent: Vec<Option<(usize, bool)>>,
    constant: i64,
}

impl Reducer {
    fn new(g: &SignedGraph) -> Self {
        let n = g.node_count();
        let mut adj = vec![BTreeMap::new(); n];
        for e in g.edges() {
            let w = i64::from(e.sign.as_i32());
            adj[e.a].insert(e.b, w);
            adj[e.b].insert(e.a, w);
        }
        Reducer {
            adj,
            alive: vec![true; n],
            parent: vec![None; n],
            constant: 0,
        }
    }

    fn run(&mut self) {
        let n = self.adj.len();
        let mut queue: Vec<usize> = (0..n).rev().collect();
        let mut queued = vec![true; n];
        while let Some(v) = queue.pop() {
            queued[v] = false;
            if !self.alive[v] {
                continue;
            }
            if self.adj[v].is_empty() {
                self.alive[v] = false;
                continue;
            }
            let total: i64 = self.adj[v].values().map(|w| w.abs()).sum();
            let mut best = (0usize, 0i64);
            for (&u, &w) in &self.adj[v] {
                if w.abs() > best.1.abs() {
                    best = (u, w);
                }
            }
            let (u, wu) = best;
            if 2 * wu.abs() < total {
                continue;
            }
            let flip = wu < 0;
            let nbrs: Vec<(usize, i64)> = std::mem::take(&mut self.adj[v]).into_iter().collect();
            for &(w, _) in &nbrs {
                self.adj[w].remove(&v);
            }
            for &(w, x) in &nbrs {
                if w == u {
                    continue;
                }
                let y = if flip { -x } else { x };
                let mut slot = self.adj[u].get(&w).copied().unwrap_or(0);
                self.constant += combine(&mut slot, y);
                if slot == 0 {
                    self.adj[u].remove(&w);
                    self.adj[w].remove(&u);
                } else {
                    self.adj[u].insert(w, slot);
                    self.adj[w].insert(u, slot);
                }
            }
            self.alive[v] = false;
            self.parent[v] = Some((u, flip));
            for (w, _) in nbrs {
                if !queued[w] {
                    queued[w] = true;
                    queue.push(w);
                }
            }
        }
    }
}

/// Computes the exact frustration index with its certificate. Deterministic (`seed` drives
/// the local search for the initial upper bound only; the value never depends on it).
pub fn frustration_index(g: &SignedGraph, seed: u64) -> Frustration {
    let n = g.node_count();
    let mut red = Reducer::new(g);
    red.run();
    // Components of the reduced graph.
    let mut comp = vec![usize::MAX; n];
    let mut value: Vec<Option<bool>> = vec![None; n];
    let mut search_nodes = 0u64;
    let mut reduced_nodes = 0usize;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for s in 0..n {
        if !red.alive[s] || comp[s] != usize::MAX {
            continue;
        }
        let mut members = vec![s];
        comp[s] = s;
        let mut i = 0;
        while i < members.len() {
            let x = members[i];
            i += 1;
            for &y in red.adj[x].keys() {
                if comp[y] == usize::MAX {
                    comp[y] = s;
                    members.push(y);
                }
            }
        }
        members.sort_unstable();
        let local: BTreeMap<usize, usize> =
            members.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let adj: Vec<Vec<(usize, i64)>> = members
            .iter()
            .map(|&v| {
                red.adj[v]
                    .iter()
                    .filter_map(|(u, &w)| local.get(u).map(|&lu| (lu, w)))
                    .collect()
            })
            .collect();
        reduced_nodes += members.len();
        let mut bb = BranchBound::new(adj);
        bb.solve(&mut rng);
        search_nodes += bb.nodes;
        for (i, &v) in members.iter().enumerate() {
            value[v] = Some(bb.best_side.get(i).copied().unwrap_or(false));
        }
    }
    // Resolve merged nodes through their parents.
    let mut side = vec![false; n];
    for v in 0..n {
        let mut chain = Vec::new();
        let mut x = v;
        let base = loop {
            if let Some(b) = value[x] {
                break b;
            }
            match red.parent[x] {
                Some((u, _)) => {
                    chain.push(x);
                    x = u;
                }
                None => break false,
            }
        };
        let mut cur = base;
        for &c in chain.iter().rev() {
            if let Some((_, p)) = red.parent[c] {
                cur ^= p;
            }
            value[c] = Some(cur);
        }
        side[v] = value[v].unwrap_or(base);
    }
    let frustrated = frustrated_edges(g, &side);
    Frustration {
        index: frustrated.len(),
        side,
        frustrated,
        search_nodes,
        reduced_nodes,
    }
}

/// Branch and bound on one reduced component.
struct BranchBound {
    adj: Vec<Vec<(usize, i64)>>,
    /// -1 free, 0 / 1 fixed side.
    assign: Vec<i8>,
    /// Cost of placing free node v on side 0 / 1 against fixed neighbours.
    c: Vec<[i64; 2]>,
    fixed_cost: i64,
    best: i64,
    best_side: Vec<bool>,
    nodes: u64,
    trail: Vec<usize>,
}

impl BranchBound {
    fn new(adj: Vec<Vec<(usize, i64)>>) -> Self {
        let k = adj.len();
        BranchBound {
            adj,
            assign: vec![-1; k],
            c: vec![[0, 0]; k],
            fixed_cost: 0,
            best: i64::MAX,
            best_side: vec![false; k],
            nodes: 0,
            trail: Vec::new(),
        }
    }

    fn cost_of(&self, side: &[bool]) -> i64 {
        let mut t = 0;
        for (v, l) in self.adj.iter().enumerate() {
            for &(u, w) in l {
                if u > v && ((side[u] != side[v]) == (w > 0)) {
                    t += w.abs();
                }
            }
        }
        t
    }

    /// Seeded multi-start single-flip descent for an initial incumbent.
    fn local_search(&mut self, rng: &mut ChaCha8Rng) {
        let k = self.adj.len();
        let starts = 24 + k / 2;
        for s in 0..starts {
            let mut side: Vec<bool> = if s == 0 {
                vec![false; k]
            } else {
                (0..k).map(|_| rng.gen()).collect()
            };
            // gain[v] = cost change if v flips
            let mut gain: Vec<i64> = (0..k)
                .map(|v| {
                    self.adj[v]
                        .iter()
                        .map(|&(u, w)| {
                            let frustrated = (side[u] != side[v]) == (w > 0);
                            if frustrated {
                                -w.abs()
                            } else {
                                w.abs()
                            }
                        })
                        .sum()
                })
                .collect();
            loop {
                let mut bestv = None;
                let mut bestg = 0;
                for v in 0..k {
                    if gain[v] < bestg {
                        bestg = gain[v];
                        bestv = Some(v);
                    }
                }
                let Some(v) = bestv else { break };
                side[v] = !side[v];
                gain[v] = -gain[v];
                for &(u, w) in &self.adj[v] {
                    // the edge's frustration toggled: adjust u's gain by 2*|w| toward it
                    let frustrated = (side[u] != side[v]) == (w > 0);
                    gain[u] += if frustrated {
                        -2 * w.abs()
                    } else {
                        2 * w.abs()
                    };
                }
            }
            let c = self.cost_of(&side);
            if c < self.best {
                self.best = c;
                self.best_side = side;
            }
        }
    }

    fn fix(&mut self, v: usize, s: i8) {
        self.assign[v] = s;
        self.fixed_cost += self.c[v][s as usize];
        self.trail.push(v);
        for &(u, w) in &self.adj[v] {
            if self.assign[u] < 0 {
                // u on side t: frustrated if (t != s) == (w > 0)
                let same = s as usize;
                let other = 1 - same;
                if w > 0 {
                    self.c[u][other] += w;
                } else {
                    self.c[u][same] += -w;
                }
            }
        }
    }

    fn undo_to(&mut self, mark: usize) {
        while self.trail.len() > mark {
            let Some(v) = self.trail.pop() else { break };
            let s = self.assign[v];
            for &(u, w) in &self.adj[v] {
                if self.assign[u] < 0 {
                    let same = s as usize;
                    let other = 1 - same;
                    if w > 0 {
                        self.c[u][other] -= w;
                    } else {
                        self.c[u][same] -= -w;
                    }
                }
            }
            self.fixed_cost -= self.c[v][s as usize];
            self.assign[v] = -1;
        }
    }

    /// Fixes free nodes whose tie to the fixed part outweighs their free ties.
    fn propagate(&mut self) {
        loop {
            let mut changed = false;
            for v in 0..self.adj.len() {
                if self.assign[v] >= 0 {
                    continue;
                }
                let free: i64 = self.adj[v]
                    .iter()
                    .filter(|(u, _)| self.assign[*u] < 0)
                    .map(|(_, w)| w.abs())
                    .sum();
                let d = self.c[v][1] - self.c[v][0];
                if d.abs() >= free {
                    self.fix(v, if d >= 0 { 0 } else { 1 });
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// Lower bound of the best completion of the current partial assignment.
    fn lower_bound(&self) -> i64 {
        let k = self.adj.len();
        let f = k; // super-node of the fixed part
        let mut lb = self.fixed_cost;
        // Edge list of the residual graph.
        let mut ends: Vec<(usize, usize)> = Vec::new();
        let mut cap: Vec<i64> = Vec::new();
        let mut neg: Vec<bool> = Vec::new();
        let mut hadj: Vec<Vec<usize>> = vec![Vec::new(); k + 1];
        let mut push = |a: usize,
                        b: usize,
                        w: i64,
                        ends: &mut Vec<(usize, usize)>,
                        hadj: &mut Vec<Vec<usize>>| {
            let id = ends.len();
            ends.push((a, b));
            cap.push(w.abs());
            neg.push(w < 0);
            hadj[a].push(id);
            hadj[b].push(id);
        };
        let mut any_fixed = false;
        for v in 0..k {
            if self.assign[v] >= 0 {
                any_fixed = true;
                continue;
            }
            lb += self.c[v][0].min(self.c[v][1]);
            let r = self.c[v][1] - self.c[v][0];
            if r != 0 {
                push(v, f, r, &mut ends, &mut hadj);
            }
            for &(u, w) in &self.adj[v] {
                if u > v && self.assign[u] < 0 {
                    push(v, u, w, &mut ends, &mut hadj);
                }
            }
        }
        lb + pack_negative_cycles(&ends, &mut cap, &neg, &hadj, if any_fixed { f } else { 0 })
    }

    fn search(&mut self) {
        self.nodes += 1;
        let mark = self.trail.len();
        self.propagate();
        if self.fixed_cost >= self.best {
            self.undo_to(mark);
            return;
        }
        // Branching node: free node with the largest total tie weight, fixed ties first.
        let mut pick = None;
        let mut score = (-1i64, -1i64);
        for v in 0..self.adj.len() {
            if self.assign[v] >= 0 {
                continue;
            }
            let fixed = (self.c[v][0] - self.c[v][1]).abs();
            let tot: i64 = self.adj[v].iter().map(|(_, w)| w.abs()).sum();
            let sc = (fixed, tot);
            if sc > score {
                score = sc;
                pick = Some(v);
            }
        }
        let Some(v) = pick else {
            // complete assignment
            if self.fixed_cost < self.best {
                self.best = self.fixed_cost;
                self.best_side = self.assign.iter().map(|&s| s == 1).collect();
            }
            self.undo_to(mark);
            return;
        };
        if self.lower_bound() >= self.best {
            self.undo_to(mark);
            return;
        }
        let first: i8 = if self.trail.is_empty() || self.c[v][0] <= self.c[v][1] { 0 } else { 1 };
        let options: &[i8] = if self.trail.is_empty() {
            &[0]
        } else if first == 0 {
            &[0, 1]
        } else {
            &[1, 0]
        };
        for &s in options {
            let m2 = self.trail.len();
            self.fix(v, s);
            self.search();
            self.undo_to(m2);
        }
        self.undo_to(mark);
    }

    fn solve(&mut self, rng: &mut ChaCha8Rng) {
        if self.adj.is_empty() {
            return;
        }
        self.local_search(rng);
        self.search();
    }
}

/// Greedy packing of capacity-respecting negative cycles (odd number of negative edges);
/// returns the total packed capacity, a lower bound on the frustration of the graph.
fn pack_negative_cycles(
    ends: &[(usize, usize)],
    cap: &mut [i64],
    neg: &[bool],
    hadj: &[Vec<usize>],
    first_root: usize,
) -> i64 {
    let n = hadj.len();
    let mut total = 0;
    let mut done = vec![false; n];
    let mut parity = vec![false; n];
    let mut depth = vec![usize::MAX; n];
    let mut pedge = vec![usize::MAX; n];
    let mut queue = Vec::with_capacity(n);
    let mut roots: Vec<usize> = std::iter::once(first_root).chain(0..n).collect();
    let mut ri = 0;
    while ri < roots.len() {
        let root = roots[ri];
        if done[root] {
            ri += 1;
            continue;
        }
        // BFS from root over edges with capacity; stop at the first odd edge.
        for d in depth.iter_mut() {
            *d = usize::MAX;
        }
        queue.clear();
        queue.push(root);
        depth[root] = 0;
        parity[root] = false;
        pedge[root] = usize::MAX;
        let mut qi = 0;
        let mut found = None;
        'bfs: while qi < queue.len() {
            let x = queue[qi];
            qi += 1;
            for &e in &hadj[x] {
                if cap[e] <= 0 || e == pedge[x] {
                    continue;
                }
                let (a, b) = ends[e];
                let y = if a == x { b } else { a };
                if depth[y] == usize::MAX {
                    depth[y] = depth[x] + 1;
                    parity[y] = parity[x] ^ neg[e];
                    pedge[y] = e;
                    queue.push(y);
                } else if parity[x] ^ parity[y] ^ neg[e] {
                    found = Some((x, y, e));
                    break 'bfs;
                }
            }
        }
        match found {
            None => {
                for &x in &queue {
                    done[x] = true;
                }
                ri += 1;
            }
            Some((x, y, e)) => {
                let mut cyc = vec![e];
                let (mut a, mut b) = (x, y);
                while a != b {
                    if depth[a] >= depth[b] {
                        let pe = pedge[a];
                        cyc.push(pe);
                        let (p, q) = ends[pe];
                        a = if p == a { q } else { p };
                    } else {
                        let pe = pedge[b];
                        cyc.push(pe);
                        let (p, q) = ends[pe];
                        b = if p == b { q } else { p };
                    }
                }
                let m = cyc.iter().map(|&e| cap[e]).min().unwrap_or(0);
                if m <= 0 {
                    // cannot happen (all edges had capacity); avoid looping
                    ri += 1;
                    continue;
                }
                for &e in &cyc {
                    cap[e] -= m;
                }
                total += m;
            }
        }
    }
    roots.clear();
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &str, i32)]) -> SignedGraph {
        let mut g = SignedGraph::new();
        for &(a, b, s) in edges {
            g.add_edge(
                a,
                b,
                if s > 0 {
                    Sign::Positive
                } else {
                    Sign::Negative
                },
            )
            .unwrap();
        }
        g
    }

    fn brute(g: &SignedGraph) -> usize {
        let n = g.node_count();
        (0..(1u32 << n.saturating_sub(1)))
            .map(|m| {
                let side: Vec<bool> = (0..n).map(|i| m >> i & 1 == 1).collect();
                frustrated_edges(g, &side).len()
            })
            .min()
            .unwrap_or(0)
    }

    #[test]
    fn small_cases() {
        let tri = graph(&[("a", "b", -1), ("b", "c", -1), ("a", "c", -1)]);
        let f = frustration_index(&tri, 1);
        assert_eq!(f.index, 1);
        check_certificate(&tri, f.index, &f.side, &f.frustrated).unwrap();
        let bal = graph(&[("a", "b", 1), ("b", "c", -1), ("a", "c", -1), ("c", "d", 1)]);
        assert_eq!(frustration_index(&bal, 1).index, 0);
        // K4 all negative: frustration 2.
        let k4 = graph(&[
            ("a", "b", -1),
            ("a", "c", -1),
            ("a", "d", -1),
            ("b", "c", -1),
            ("b", "d", -1),
            ("c", "d", -1),
        ]);
        assert_eq!(frustration_index(&k4, 1).index, 2);
    }

    #[test]
    fn matches_brute_force_on_random_graphs() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for t in 0..300 {
            let n = rng.gen_range(2..12);
            let p: f64 = rng.gen_range(0.2..0.9);
            let q: f64 = rng.gen_range(0.05..0.7);
            let mut g = SignedGraph::new();
            let names: Vec<String> = (0..n).map(|i| format!("n{i}")).collect();
            for nm in &names {
                g.add_node(nm);
            }
            for i in 0..n {
                for j in i + 1..n {
                    if rng.gen_bool(p) {
                        let s = if rng.gen_bool(q) {
                            Sign::Negative
                        } else {
                            Sign::Positive
                        };
                        g.add_edge(&names[i], &names[j], s).unwrap();
                    }
                }
            }
            let f = frustration_index(&g, t);
            assert_eq!(f.index, brute(&g), "case {t}");
            check_certificate(&g, f.index, &f.side, &f.frustrated).unwrap();
        }
    }

    #[test]
    fn bad_certificates_are_rejected() {
        let tri = graph(&[("a", "b", -1), ("b", "c", -1), ("a", "c", -1)]);
        let side = vec![false, true, false];
        let fr = frustrated_edges(&tri, &side);
        assert!(check_certificate(&tri, 1, &side, &fr).is_ok());
        assert!(check_certificate(&tri, 0, &side, &fr).is_err());
        assert!(check_certificate(&tri, 0, &side, &[]).is_err());
        assert!(check_certificate(&tri, 1, &side[..2], &fr).is_err());
    }
}
