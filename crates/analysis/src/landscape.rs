//! Landscape theory of aggregation (Axelrod & Bennett 1993): two-bloc configurations, their
//! energy, every local minimum and its basin of attraction.
//!
//! Actor `i` has size `s_i`; `p_ij` is the propensity of `i` to work with `j` (positive =
//! affinity). The energy of a configuration is `E = sum over ordered pairs i != j of
//! s_i * s_j * p_ij * d_ij`, with `d_ij = 1` when `i` and `j` are in different blocs and 0
//! otherwise (the definition of the Axelrod–Furnas Syria calculation, which sums both orders).
//! The frustration of actor `i` is its row of that sum. Lower energy is more favoured.
//!
//! A configuration is a **local minimum** when no single actor changing bloc lowers the
//! energy (ties count as minima, as in the reference calculation). Its **basin** is the set of
//! configurations whose steepest descent (move the actor whose switch lowers the energy most;
//! lowest index on ties) ends there. The two mirror images of a configuration are one
//! configuration: actor 0 is always in bloc 0.
//!
//! Up to [`LandscapeParams::exact_limit`] actors every configuration is enumerated (Gray code,
//! O(n) per configuration), so minima and basin sizes are exact. Beyond, a documented
//! heuristic: `starts` seeded random configurations each descend by steepest descent; the
//! minima found are reported with the number of starts that reached each (an estimate of the
//! basin share), and the result is marked not exact.

use std::collections::BTreeMap;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::signed_graph::csv_records;

/// Sizes and propensities of the actors.
#[derive(Debug, Clone, PartialEq)]
pub struct LandscapeInput {
    /// Actor names.
    pub names: Vec<String>,
    /// Actor sizes (power, capability).
    pub sizes: Vec<f64>,
    /// Propensity matrix (already centred: positive = affinity); the diagonal is ignored.
    pub propensity: Vec<Vec<f64>>,
}

/// Parameters of the landscape search.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LandscapeParams {
    /// Enumerate all configurations up to this many actors (capped at 26: 2^25 configurations,
    /// 256 MB of descent and basin tables).
    pub exact_limit: usize,
    /// Random starts of the heuristic beyond the limit.
    pub starts: usize,
    /// Seed of the heuristic.
    pub seed: u64,
}

impl Default for LandscapeParams {
    fn default() -> Self {
        LandscapeParams {
            exact_limit: 24,
            starts: 20_000,
            seed: 1,
        }
    }
}

/// One local minimum.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Minimum {
    /// Energy of the configuration.
    pub energy: f64,
    /// The two blocs as lists of actor names (the bloc of actor 0 first).
    pub blocs: [Vec<String>; 2],
    /// Bloc (0/1) of every actor, by index.
    pub assignment: Vec<u8>,
    /// Frustration of every actor, by index.
    pub frustration: Vec<f64>,
    /// Basin size: configurations (exact) or random starts (heuristic) that descend here.
    pub basin: u64,
    /// Share of all configurations (or starts) in the basin.
    pub basin_share: f64,
}

/// Result of a landscape analysis.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Landscape {
    /// Local minima, lowest energy first.
    pub minima: Vec<Minimum>,
    /// Configurations examined (exact: all 2^(n-1); heuristic: starts).
    pub configurations: u64,
    /// Whether minima and basins are exact (full enumeration).
    pub exact: bool,
}

/// Errors of the landscape input and parsers.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LandscapeError {
    /// Sizes and matrix disagree in dimension, or the matrix is not square.
    #[error("dimension mismatch: {0}")]
    Dimension(String),
    /// A value is not finite.
    #[error("non-finite value: {0}")]
    NotFinite(String),
    /// No actors.
    #[error("no actors")]
    Empty,
    /// A line of an input file could not be used.
    #[error("line {line}: {message}")]
    BadLine {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

impl LandscapeInput {
    /// Checks dimensions and finiteness.
    pub fn validate(&self) -> Result<(), LandscapeError> {
        let n = self.sizes.len();
        if n == 0 {
            return Err(LandscapeError::Empty);
        }
        if self.names.len() != n
            || self.propensity.len() != n
            || self.propensity.iter().any(|r| r.len() != n)
        {
            return Err(LandscapeError::Dimension(format!(
                "{} names, {} sizes, {} propensity rows, all must be {n} and the matrix square",
                self.names.len(),
                n,
                self.propensity.len()
            )));
        }
        if self
            .sizes
            .iter()
            .chain(self.propensity.iter().flatten())
            .any(|v| !v.is_finite())
        {
            return Err(LandscapeError::NotFinite(
                "sizes and propensities must be finite".into(),
            ));
        }
        Ok(())
    }

    /// Symmetric pair weights `W_ij = s_i s_j (p_ij + p_ji)` (zero diagonal).
    fn weights(&self) -> Vec<Vec<f64>> {
        let n = self.sizes.len();
        let mut w = vec![vec![0.0; n]; n];
        for i in 0..n {
            for j in 0..n {
                if i != j {
                    w[i][j] = self.sizes[i]
                        * self.sizes[j]
                        * (self.propensity[i][j] + self.propensity[j][i]);
                }
            }
        }
        w
    }
}

/// Energy of a configuration (`assignment[i]` = bloc of actor i, 0 or 1).
pub fn energy(input: &LandscapeInput, assignment: &[u8]) -> f64 {
    frustrations(input, assignment).iter().sum()
}

/// Frustration of every actor: `F_i = sum_j s_i s_j p_ij d_ij`.
pub fn frustrations(input: &LandscapeInput, assignment: &[u8]) -> Vec<f64> {
    let n = input.sizes.len();
    let at = |i: usize| assignment.get(i).copied().unwrap_or(0);
    (0..n)
        .map(|i| {
            (0..n)
                .filter(|&j| j != i && at(i) != at(j))
                .map(|j| {
                    input.sizes[i]
                        * input.sizes[j]
                        * input.propensity[i].get(j).copied().unwrap_or(0.0)
                })
                .sum()
        })
        .collect()
}

fn minimum_of(input: &LandscapeInput, assignment: Vec<u8>, basin: u64, total: u64) -> Minimum {
    let mut blocs: [Vec<String>; 2] = [Vec::new(), Vec::new()];
    for (i, &b) in assignment.iter().enumerate() {
        blocs[usize::from(b.min(1))].push(input.names[i].clone());
    }
    Minimum {
        energy: energy(input, &assignment),
        frustration: frustrations(input, &assignment),
        blocs,
        assignment,
        basin,
        basin_share: if total == 0 {
            0.0
        } else {
            basin as f64 / total as f64
        },
    }
}

/// Steepest-descent move from a ±1 configuration given fields `g_k = sum_j W_kj x_j`:
/// the actor whose switch lowers the energy most, if any. `dE_k = x_k g_k`.
fn steepest(x: &[i8], g: &[f64]) -> Option<usize> {
    let mut best = None;
    let mut bd = 0.0;
    for k in 0..x.len() {
        let d = f64::from(x[k]) * g[k];
        if d < bd {
            bd = d;
            best = Some(k);
        }
    }
    best
}

/// All local minima with their basins (exact up to `exact_limit` actors, heuristic beyond).
pub fn landscape(
    input: &LandscapeInput,
    params: &LandscapeParams,
) -> Result<Landscape, LandscapeError> {
    input.validate()?;
    let n = input.sizes.len();
    let w = input.weights();
    if n <= params.exact_limit.min(26) {
        Ok(exact(input, &w))
    } else {
        Ok(heuristic(input, &w, params))
    }
}

/// One configuration of an energy profile (for plotting the landscape).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProfilePoint {
    /// Bloc of every actor (actor 0 always in bloc 0).
    pub assignment: Vec<u8>,
    /// Energy of the configuration.
    pub energy: f64,
    /// Index in `landscape.minima` of the minimum steepest descent leads to, if it is listed.
    pub minimum: Option<usize>,
    /// Actors placed differently from the favoured (lowest) minimum.
    pub distance: u32,
}

/// Every configuration with its energy and basin, for landscapes of at most `max_actors`
/// actors (2^(n−1) configurations); `None` beyond, or when the landscape has no minima.
pub fn profile(input: &LandscapeInput, landscape: &Landscape, max_actors: usize) -> Option<Vec<ProfilePoint>> {
    let n = input.sizes.len();
    if n == 0 || n > max_actors.min(20) || input.validate().is_err() {
        return None;
    }
    let best = landscape.minima.first()?;
    let w = input.weights();
    let count = 1usize << (n - 1);
    let to_x = |c: usize| -> Vec<i8> { (0..n).map(|k| if k > 0 && (c >> (k - 1)) & 1 == 1 { -1 } else { 1 }).collect() };
    let mut out = Vec::with_capacity(count);
    for c in 0..count {
        let assignment: Vec<u8> = to_x(c).iter().map(|&v| u8::from(v < 0)).collect();
        // Steepest descent from c.
        let mut x = to_x(c);
        let mut g: Vec<f64> = (0..n).map(|k| (0..n).map(|j| w[k][j] * f64::from(x[j])).sum()).collect();
        let mut steps = 0;
        while let Some(k) = steepest(&x, &g) {
            x[k] = -x[k];
            let xk = 2.0 * f64::from(x[k]);
            for (i, gi) in g.iter_mut().enumerate() {
                *gi += w[i][k] * xk;
            }
            steps += 1;
            if steps > 4 * n * n {
                break;
            }
        }
        // Normalise so that actor 0 is in bloc 0.
        let flip = x[0] < 0;
        let end: Vec<u8> = x.iter().map(|&v| u8::from((v < 0) != flip)).collect();
        let minimum = landscape.minima.iter().position(|m| m.assignment == end);
        let distance = assignment.iter().zip(&best.assignment).filter(|(a, b)| a != b).count() as u32;
        out.push(ProfilePoint { energy: energy(input, &assignment), assignment, minimum, distance });
    }
    Some(out)
}

fn exact(input: &LandscapeInput, w: &[Vec<f64>]) -> Landscape {
    let n = input.sizes.len();
    let m = n - 1; // actors 1..n are free; actor 0 stays in bloc 0 (x_0 = +1)
    let count: usize = 1usize << m;
    // x all +1; g_k = sum_j W_kj.
    let mut x = vec![1i8; n];
    let mut g: Vec<f64> = (0..n).map(|k| w[k].iter().sum()).collect();
    let mut next = vec![0u32; count];
    let mut gray = 0usize;
    for i in 0..count {
        if i > 0 {
            let bit = i.trailing_zeros() as usize;
            gray ^= 1 << bit;
            let a = bit + 1;
            x[a] = -x[a];
            let xa = 2.0 * f64::from(x[a]);
            for k in 0..n {
                g[k] += w[k][a] * xa;
            }
        }
        next[gray] = match steepest(&x, &g) {
            None => gray as u32,
            Some(0) => ((!gray) & (count - 1)) as u32, // flipping actor 0 = flipping all others
            Some(k) => (gray ^ (1 << (k - 1))) as u32,
        };
    }
    // Resolve every configuration to its minimum (iterative with path compression).
    const UNSET: u32 = u32::MAX;
    let mut root = vec![UNSET; count];
    let mut stack = Vec::new();
    for c in 0..count {
        let mut cur = c;
        while root[cur] == UNSET {
            stack.push(cur);
            let nx = next[cur] as usize;
            if nx == cur {
                root[cur] = cur as u32;
                break;
            }
            cur = nx;
        }
        let r = root[cur];
        for s in stack.drain(..) {
            root[s] = r;
        }
    }
    let mut basins: BTreeMap<u32, u64> = BTreeMap::new();
    for &r in &root {
        *basins.entry(r).or_insert(0) += 1;
    }
    let mut minima: Vec<Minimum> = basins
        .into_iter()
        .map(|(r, b)| {
            let mut a = vec![0u8; n];
            for (k, slot) in a.iter_mut().enumerate().skip(1) {
                *slot = ((r >> (k - 1)) & 1) as u8;
            }
            minimum_of(input, a, b, count as u64)
        })
        .collect();
    sort_minima(&mut minima);
    Landscape {
        minima,
        configurations: count as u64,
        exact: true,
    }
}

fn sort_minima(minima: &mut [Minimum]) {
    minima.sort_by(|a, b| {
        a.energy
            .total_cmp(&b.energy)
            .then_with(|| a.assignment.cmp(&b.assignment))
    });
}

fn heuristic(input: &LandscapeInput, w: &[Vec<f64>], params: &LandscapeParams) -> Landscape {
    let n = input.sizes.len();
    let mut rng = ChaCha8Rng::seed_from_u64(params.seed);
    let mut found: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
    let starts = params.starts.max(1);
    for _ in 0..starts {
        let mut x: Vec<i8> = (0..n)
            .map(|k| if k == 0 || rng.gen_bool(0.5) { 1 } else { -1 })
            .collect();
        let mut g: Vec<f64> = (0..n)
            .map(|k| (0..n).map(|j| w[k][j] * f64::from(x[j])).sum())
            .collect();
        while let Some(a) = steepest(&x, &g) {
            x[a] = -x[a];
            let xa = 2.0 * f64::from(x[a]);
            for k in 0..n {
                g[k] += w[k][a] * xa;
            }
        }
        let flip = x[0] < 0;
        let key: Vec<u8> = x.iter().map(|&v| u8::from((v < 0) != flip)).collect();
        *found.entry(key).or_insert(0) += 1;
    }
    let mut minima: Vec<Minimum> = found
        .into_iter()
        .map(|(a, b)| minimum_of(input, a, b, starts as u64))
        .collect();
    sort_minima(&mut minima);
    Landscape {
        minima,
        configurations: starts as u64,
        exact: false,
    }
}

fn parse_number(s: &str, line: usize, field: &str) -> Result<f64, LandscapeError> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(LandscapeError::BadLine {
            line,
            message: format!("field '{field}': expected a number, found '{}'", s.trim()),
        }),
    }
}

/// Parses an actor file with a header naming an actor column (`actor` or `name`) and a size
/// column (`strength`, `size` or `power`); other columns (e.g. `id`) are ignored.
pub fn parse_actors(text: &str) -> Result<Vec<(String, f64)>, LandscapeError> {
    let records = csv_records(text).map_err(|e| LandscapeError::BadLine {
        line: 1,
        message: e.to_string(),
    })?;
    let Some((hline, header)) = records.first() else {
        return Err(LandscapeError::Empty);
    };
    let find = |names: &[&str]| {
        header
            .iter()
            .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
    };
    let (Some(ca), Some(cs)) = (
        find(&["actor", "name"]),
        find(&["strength", "size", "power", "capability"]),
    ) else {
        return Err(LandscapeError::BadLine {
            line: *hline,
            message: format!(
                "header needs an 'actor' and a 'strength' column, found '{}'",
                header.join(",")
            ),
        });
    };
    let mut out = Vec::new();
    for (line, rec) in records.iter().skip(1) {
        let name = rec
            .get(ca)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .ok_or_else(|| LandscapeError::BadLine {
                line: *line,
                message: "missing field 'actor'".into(),
            })?;
        let size = parse_number(
            rec.get(cs).map(String::as_str).unwrap_or(""),
            *line,
            "strength",
        )?;
        out.push((name.to_string(), size));
    }
    if out.is_empty() {
        return Err(LandscapeError::Empty);
    }
    Ok(out)
}

/// Parses a square propensity matrix: a header row of column labels (first cell blank), then
/// one row per actor, label first. Cells are on the raw scale; `neutral` is subtracted (3 on
/// the 1-5 scale of the Syria study). The diagonal may be blank; other blanks are errors.
/// Returns row labels and the centred matrix.
pub fn parse_propensities(
    text: &str,
    neutral: f64,
) -> Result<(Vec<String>, Vec<Vec<f64>>), LandscapeError> {
    let records = csv_records(text).map_err(|e| LandscapeError::BadLine {
        line: 1,
        message: e.to_string(),
    })?;
    let Some((_, header)) = records.first() else {
        return Err(LandscapeError::Empty);
    };
    let n = header.len().saturating_sub(1);
    if n == 0 {
        return Err(LandscapeError::Empty);
    }
    let rows = &records[1..];
    if rows.len() != n {
        return Err(LandscapeError::Dimension(format!(
            "{n} columns but {} rows",
            rows.len()
        )));
    }
    let mut labels = Vec::with_capacity(n);
    let mut m = vec![vec![0.0; n]; n];
    for (i, (line, rec)) in rows.iter().enumerate() {
        if rec.len() != n + 1 {
            return Err(LandscapeError::BadLine {
                line: *line,
                message: format!("expected {} fields, found {}", n + 1, rec.len()),
            });
        }
        labels.push(rec[0].trim().to_string());
        for j in 0..n {
            let cell = rec[j + 1].trim();
            if i == j {
                continue;
            }
            let col = header.get(j + 1).map(|s| s.trim()).unwrap_or("");
            if cell.is_empty() {
                return Err(LandscapeError::BadLine {
                    line: *line,
                    message: format!("field '{col}': empty propensity"),
                });
            }
            m[i][j] = parse_number(cell, *line, col)? - neutral;
        }
    }
    Ok((labels, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(sizes: &[f64], p: &[&[f64]]) -> LandscapeInput {
        LandscapeInput {
            names: (0..sizes.len()).map(|i| format!("a{i}")).collect(),
            sizes: sizes.to_vec(),
            propensity: p.iter().map(|r| r.to_vec()).collect(),
        }
    }

    #[test]
    fn two_enemies_and_a_friend() {
        // a0 and a1 hate each other; a2 likes a0.
        let inp = input(
            &[1.0, 1.0, 2.0],
            &[&[0.0, -1.0, 1.0], &[-1.0, 0.0, 0.0], &[1.0, 0.0, 0.0]],
        );
        let l = landscape(&inp, &LandscapeParams::default()).unwrap();
        assert!(l.exact);
        assert_eq!(l.configurations, 4);
        assert_eq!(l.minima[0].assignment, vec![0, 1, 0]);
        assert_eq!(l.minima[0].energy, -2.0);
        assert_eq!(l.minima.iter().map(|m| m.basin).sum::<u64>(), 4);
    }

    /// A random symmetric landscape of `n` actors (sizes 1–9, propensities −2…2).
    fn random_input(rng: &mut ChaCha8Rng, n: std::ops::Range<usize>) -> LandscapeInput {
        let n = rng.gen_range(n);
        let sizes: Vec<f64> = (0..n).map(|_| f64::from(rng.gen_range(1..10))).collect();
        let mut p = vec![vec![0.0; n]; n];
        for i in 0..n {
            for j in i + 1..n {
                let v = f64::from(rng.gen_range(-2..=2));
                p[i][j] = v;
                p[j][i] = v;
            }
        }
        LandscapeInput { names: (0..n).map(|i| i.to_string()).collect(), sizes, propensity: p }
    }

    #[test]
    fn profile_reproduces_the_exact_basins() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        for _ in 0..10 {
            let inp = random_input(&mut rng, 3..9);
            let l = landscape(&inp, &LandscapeParams::default()).unwrap();
            let prof = profile(&inp, &l, 16).expect("small enough");
            assert_eq!(prof.len() as u64, l.configurations);
            for (i, m) in l.minima.iter().enumerate() {
                let basin = prof.iter().filter(|p| p.minimum == Some(i)).count() as u64;
                assert_eq!(basin, m.basin, "minimum {i}");
            }
            assert!(prof.iter().all(|p| p.energy >= l.minima[0].energy - 1e-9));
            assert!(prof.iter().any(|p| p.distance == 0 && p.minimum == Some(0)));
        }
        assert!(profile(&input(&[1.0; 3], &[&[0.0; 3], &[0.0; 3], &[0.0; 3]]), &Landscape { minima: vec![], configurations: 0, exact: true }, 16).is_none());
    }

    #[test]
    fn heuristic_agrees_with_exact_on_small_random_cases() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        for _ in 0..20 {
            let inp = random_input(&mut rng, 3..10);
            let e = landscape(&inp, &LandscapeParams::default()).unwrap();
            let h = landscape(
                &inp,
                &LandscapeParams {
                    exact_limit: 0,
                    starts: 2000,
                    seed: 2,
                },
            )
            .unwrap();
            assert!(!h.exact);
            assert_eq!(e.minima[0].energy, h.minima[0].energy);
            // every exact minimum is a local minimum by brute-force check
            for m in &e.minima {
                for k in 0..inp.sizes.len() {
                    let mut a = m.assignment.clone();
                    a[k] ^= 1;
                    assert!(energy(&inp, &a) >= m.energy);
                }
            }
        }
    }

    #[test]
    fn parsers_report_lines() {
        assert!(parse_actors("id,actor,strength\n1,A,10\n2,B,x\n")
            .unwrap_err()
            .to_string()
            .contains("line 3"));
        let (l, m) = parse_propensities(",A,B\nA,,5\nB,1,\n", 3.0).unwrap();
        assert_eq!(l, vec!["A", "B"]);
        assert_eq!(m, vec![vec![0.0, 2.0], vec![-2.0, 0.0]]);
        assert!(parse_propensities(",A,B\nA,,\nB,1,\n", 3.0)
            .unwrap_err()
            .to_string()
            .contains("line 2"));
        assert!(parse_propensities(",A,B\nA,,5\n", 3.0).is_err());
    }
}
