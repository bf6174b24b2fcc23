//! Bueno de Mesquita's expected-utility model, in the reading of Scholz, Calbert & Smith (2011)
//! ("Unravelling Bueno de Mesquita's group decision model", J. Theoretical Politics 23(4)).
//!
//! Each round:
//! 1. every actor's risk attitude `r` is derived from how exposed its position is (its "danger
//!    level", the sum of the expected utilities others have of challenging it, compared with the
//!    smallest and largest danger level of all actors): `R = (2 d - d_max - d_min) / (d_max - d_min)`,
//!    `r = (1 - R/3) / (1 + R/3)`;
//! 2. every actor `i` looks at every actor `j` holding another position and computes, from its own
//!    point of view (its own `r`), the expected utility of challenging `j` (`EU_ij`) and of being
//!    challenged by `j` (`EU_ji`). `EU_ji > EU_ij > 0` is a *confrontation* that `i` expects to lose
//!    (it moves to `x_j`); `EU_ji > 0 > EU_ij` with `EU_ji > |EU_ij|` is a *compromise*
//!    (`i` moves to `x_i + (x_j - x_i) |EU_ij / EU_ji|`); with `EU_ji < |EU_ij|` it is a
//!    *capitulation* (`i` moves to `x_j`);
//! 3. every actor accepts one offer (a confrontation if it has any, the one needing the smallest
//!    move; else a compromise, chosen by Scholz's salience-weighted key; else a capitulation, the
//!    smallest move) and all actors move at once.
//!
//! After every round the model reports the *median* position (the position that beats every other
//! in a pairwise capability x salience vote, found by the sequential comparison Scholz uses) and the
//! capability x salience weighted *mean*.
//!
//! Fidelity: by default the model reproduces the public Python implementation of this reading
//! (jmckib/bdm-scholz-expected-utility-model), which is the reference the project is tested against:
//! the probability of success divides by the sum of all actors' absolute pairwise utility differences
//! (Scholz's normalisation) and its capitulation test can never be true, so actors never capitulate.
//! [`EuParams::capitulation`] turns the capitulation rule of the paper on.
//!
//! Several dimensions: the model is one-dimensional; a [`Scenario`] with several dimensions is run
//! independently on each dimension, using each actor's salience on that dimension.
//!
//! Scales: positions may be on any scale (utilities use distances divided by the initial range of
//! positions); capabilities on any positive scale (only ratios matter); saliences are read from the
//! [`Scenario`] on its 0–100 scale and divided by 100 (the model uses salience as the probability
//! that an actor resists a challenge, so it must lie in 0–1).

pub mod bdm_csv;

use crate::Scenario;

/// Errors of the expected-utility model (invalid scenarios; the model itself cannot fail).
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EuError {
    /// The scenario has no actors.
    #[error("the scenario has no actors")]
    NoActors,
    /// The scenario has no dimensions.
    #[error("the scenario has no dimensions")]
    NoDimensions,
    /// An actor's position or salience vector does not have one value per dimension.
    #[error("actor {actor:?} has {got} {what} values, the scenario has {want} dimensions")]
    Shape {
        /// Actor name.
        actor: String,
        /// `positions` or `saliences`.
        what: &'static str,
        /// Values found.
        got: usize,
        /// Dimensions of the scenario.
        want: usize,
    },
    /// A value is not a finite number, or out of its range.
    #[error("actor {actor:?}: {field} = {value} is invalid ({why})")]
    Value {
        /// Actor name.
        actor: String,
        /// Which field.
        field: String,
        /// The offending value.
        value: f64,
        /// What is required.
        why: &'static str,
    },
}

/// Parameters of the expected-utility model.
#[derive(Debug, Clone, PartialEq)]
pub struct EuParams {
    /// Number of rounds to run (the reference outputs use 10).
    pub rounds: usize,
    /// Weight `Q` of the status-quo utility in the expected utility of a challenge (Scholz: 1.0).
    pub q: f64,
    /// Apply the paper's capitulation rule (`EU_ji > 0 > EU_ij`, `EU_ji < |EU_ij|`: move to `x_j`).
    /// Off by default, as in the reference Python implementation, whose test can never be true.
    pub capitulation: bool,
}

impl Default for EuParams {
    fn default() -> Self {
        Self {
            rounds: 10,
            q: 1.0,
            capitulation: false,
        }
    }
}

/// The kind of an accepted offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OfferKind {
    /// `i` expects to lose a confrontation with `j` and moves to `j`'s position.
    Confrontation,
    /// `i` moves part of the way towards `j`.
    Compromise,
    /// `i` gives in and moves to `j`'s position.
    Capitulation,
}

/// An offer accepted by an actor in one round.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Offer {
    /// Index of the actor that moves (receives the offer).
    pub actor: usize,
    /// Index of the actor that made the offer.
    pub from: usize,
    /// Kind of offer.
    pub kind: OfferKind,
    /// `EU_ij`: the mover's expected utility of challenging the proposer.
    pub eu_ij: f64,
    /// `EU_ji`: the proposer's expected utility of challenging the mover (as the mover sees it).
    pub eu_ji: f64,
    /// The mover's new position.
    pub position: f64,
}

/// One actor on one issue (one dimension), on the model's own scales.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IssueActor {
    /// Capability, any positive scale.
    pub capability: f64,
    /// Position, any scale.
    pub position: f64,
    /// Salience, 0–1.
    pub salience: f64,
}

/// The run of the model on one issue.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IssueRun {
    /// Positions by round (round 0 = input), then by actor.
    pub positions: Vec<Vec<f64>>,
    /// Median position by round (round 0 = input).
    pub median: Vec<f64>,
    /// Capability x salience weighted mean position by round (round 0 = input).
    pub mean: Vec<f64>,
    /// Risk attitude `r` of each actor in each round (index 0 = round 1).
    pub risk: Vec<Vec<f64>>,
    /// Offers accepted in each round (index 0 = round 1), in actor order.
    pub offers: Vec<Vec<Offer>>,
}

/// The run of the model on a whole [`Scenario`], one dimension after the other.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EuRun {
    /// Positions `[turn][actor][dim]`, turn 0 = input.
    pub positions: Vec<Vec<Vec<f64>>>,
    /// Number of rounds after the input.
    pub turns: usize,
    /// Median `[turn][dim]`.
    pub median: Vec<Vec<f64>>,
    /// Capability x salience weighted mean `[turn][dim]`.
    pub mean: Vec<Vec<f64>>,
    /// Offers accepted `[dim][round-1]`.
    pub offers: Vec<Vec<Vec<Offer>>>,
}

/// Runs the model on every dimension of `scenario` (saliences divided by 100).
pub fn run(scenario: &Scenario, params: &EuParams) -> Result<EuRun, EuError> {
    let ndim = scenario.dimensions.len();
    if scenario.actors.is_empty() {
        return Err(EuError::NoActors);
    }
    if ndim == 0 {
        return Err(EuError::NoDimensions);
    }
    for a in &scenario.actors {
        for (what, v) in [("positions", &a.positions), ("saliences", &a.saliences)] {
            if v.len() != ndim {
                return Err(EuError::Shape {
                    actor: a.name.clone(),
                    what,
                    got: v.len(),
                    want: ndim,
                });
            }
        }
        let bad = |field: String, value: f64, why| EuError::Value {
            actor: a.name.clone(),
            field,
            value,
            why,
        };
        if !a.capability.is_finite() || a.capability < 0.0 {
            return Err(bad(
                "capability".into(),
                a.capability,
                "a finite number >= 0",
            ));
        }
        for d in 0..ndim {
            if !a.positions[d].is_finite() {
                return Err(bad(
                    format!("position {}", d + 1),
                    a.positions[d],
                    "a finite number",
                ));
            }
            let s = a.saliences[d];
            if !s.is_finite() || !(0.0..=100.0).contains(&s) {
                return Err(bad(format!("salience {}", d + 1), s, "a number in 0-100"));
            }
        }
    }
    let n = scenario.actors.len();
    let mut positions = vec![vec![vec![0.0; ndim]; n]; params.rounds + 1];
    let mut median = vec![vec![0.0; ndim]; params.rounds + 1];
    let mut mean = vec![vec![0.0; ndim]; params.rounds + 1];
    let mut offers = Vec::with_capacity(ndim);
    for d in 0..ndim {
        let actors: Vec<IssueActor> = scenario
            .actors
            .iter()
            .map(|a| IssueActor {
                capability: a.capability,
                position: a.positions[d],
                salience: a.saliences[d] / 100.0,
            })
            .collect();
        let r = run_issue(&actors, params);
        for (t, state) in r.positions.iter().enumerate() {
            for (i, &x) in state.iter().enumerate() {
                positions[t][i][d] = x;
            }
            median[t][d] = r.median[t];
            mean[t][d] = r.mean[t];
        }
        offers.push(r.offers);
    }
    Ok(EuRun {
        positions,
        turns: params.rounds,
        median,
        mean,
        offers,
    })
}

/// Working state of one issue: actors' fixed attributes and the current positions and risks.
struct Issue {
    c: Vec<f64>,
    s: Vec<f64>,
    x: Vec<f64>,
    r: Vec<f64>,
    range: f64,
    q: f64,
    /// `u[k * n + a]`: actor `k`'s relative distance to actor `a`, raised to `r_k`.
    u: Vec<f64>,
    /// `prob[i * n + j]`: probability that actor `i`'s position prevails over actor `j`'s.
    prob: Vec<f64>,
    /// Scholz's normaliser of the probability of success, for the current `r`.
    all_votes: f64,
}

impl Issue {
    /// Distance of `a` and `b` relative to the initial range of positions.
    fn dist(&self, a: f64, b: f64) -> f64 {
        (a - b).abs() / self.range
    }

    /// Utility difference, to actor `k` with risk `risk`, of `xj` over `xk`:
    /// `c_k s_k (|x_k - xk|^r - |x_k - xj|^r)` on the relative scale.
    fn compare(&self, k: usize, xj: f64, xk: f64, risk: f64) -> f64 {
        let dk = self.dist(self.x[k], xk).powf(risk);
        let dj = self.dist(self.x[k], xj).powf(risk);
        self.c[k] * self.s[k] * (dk - dj)
    }

    /// Recomputes, for the current positions and risks, each actor's relative distance utilities
    /// `u[k][a] = (|x_k - x_a| / range)^r_k`, Scholz's normaliser (the sum over all actors `k` and
    /// all ordered pairs of actors `(a, b)` of `c_k s_k |u[k][b] - u[k][a]|`) and the probability
    /// of success of every ordered pair of actors. O(n^3) additions, O(n^2) powers.
    fn refresh(&mut self) {
        let n = self.x.len();
        self.u.clear();
        for k in 0..n {
            for a in 0..n {
                self.u.push(self.dist(self.x[k], self.x[a]).powf(self.r[k]));
            }
        }
        // Summed in the reference implementation's order (actor, then ordered pairs), so that
        // near-ties in the many symmetric cases of real data break the same way.
        let mut total = 0.0;
        for k in 0..n {
            let w = self.c[k] * self.s[k];
            let uk = &self.u[k * n..(k + 1) * n];
            for &ua in uk {
                for &ub in uk {
                    total += (w * (ub - ua)).abs();
                }
            }
        }
        self.all_votes = total;
        self.prob.clear();
        self.prob.resize(n * n, 0.0);
        if total <= 0.0 {
            return;
        }
        // k outermost so that the innermost loop runs over contiguous memory.
        for k in 0..n {
            let w = self.c[k] * self.s[k];
            let uk = &self.u[k * n..(k + 1) * n];
            for i in 0..n {
                let uki = uk[i];
                let out = &mut self.prob[i * n..(i + 1) * n];
                for (p, &ukj) in out.iter_mut().zip(uk) {
                    *p += (w * (ukj - uki)).max(0.0);
                }
            }
        }
        for i in 0..n {
            for j in 0..n {
                let p = &mut self.prob[i * n + j];
                *p = if self.x[i] == self.x[j] {
                    0.0
                } else {
                    *p / total
                };
            }
        }
    }

    /// Utilities, to an actor with risk attitude `r`, of succeeding and of failing in a challenge
    /// over relative distance `d`, and of the status quo.
    fn utilities(r: f64, d: f64) -> (f64, f64, f64) {
        let pow = |b: f64| if r == 1.0 { b } else { b.powf(r) };
        (
            2.0 - 4.0 * pow(0.5 - 0.5 * d),
            2.0 - 4.0 * pow(0.5 + 0.5 * d),
            2.0 - 4.0 * pow(0.5),
        )
    }

    /// Expected utility of `i` challenging `j`, given the challenger-side utilities `u`
    /// (from [`Issue::utilities`] for the point of view taken).
    fn eu_given(&self, i: usize, j: usize, u: (f64, f64, f64)) -> f64 {
        let (u_success, u_failure, u_status_quo) = u;
        let prob = self.prob[i * self.x.len() + j];
        let sj = self.s[j];
        let eu_resist = sj * (prob * u_success + (1.0 - prob) * u_failure);
        let eu_not_resist = (1.0 - sj) * u_success;
        eu_resist + eu_not_resist - self.q * u_status_quo
    }

    /// Expected utility, from the point of view of actor `p`, of actor `i` challenging actor `j`.
    fn eu_challenge(&self, p: usize, i: usize, j: usize) -> f64 {
        let u = Self::utilities(self.r[p], self.dist(self.x[i], self.x[j]));
        self.eu_given(i, j, u)
    }

    /// Sum of the expected utilities others have of challenging `k`, from `k`'s point of view.
    fn danger(&self, k: usize) -> f64 {
        (0..self.x.len())
            .filter(|&i| i != k)
            .map(|i| self.eu_challenge(k, i, k))
            .sum()
    }

    fn update_risks(&mut self) {
        let n = self.x.len();
        self.r.iter_mut().for_each(|r| *r = 1.0);
        self.refresh();
        let dangers: Vec<f64> = (0..n).map(|k| self.danger(k)).collect();
        let max = dangers.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let min = dangers.iter().copied().fold(f64::INFINITY, f64::min);
        let spread = max - min;
        for (k, d) in dangers.iter().enumerate() {
            let acceptance = if spread > 0.0 {
                (2.0 * d - max - min) / spread
            } else {
                0.0
            };
            self.r[k] = (1.0 - acceptance / 3.0) / (1.0 + acceptance / 3.0);
        }
        self.refresh();
    }

    /// The offer actor `a` accepts this round, if any.
    fn best_offer(&self, a: usize, capitulation: bool) -> Option<Offer> {
        let xa = self.x[a];
        let mut confront: Option<(f64, Offer)> = None;
        let mut compromise: Option<(f64, Offer)> = None;
        let mut capitulate: Option<(f64, Offer)> = None;
        for b in 0..self.x.len() {
            let xb = self.x[b];
            if xb == xa {
                continue;
            }
            // Both challenges are seen from `a`'s point of view over the same distance.
            let u = Self::utilities(self.r[a], self.dist(xa, xb));
            let eu_ij = self.eu_given(a, b, u);
            let eu_ji = self.eu_given(b, a, u);
            let (kind, position) = if eu_ji > eu_ij && eu_ij > 0.0 {
                (OfferKind::Confrontation, xb)
            } else if eu_ji > 0.0 && 0.0 > eu_ij && eu_ji > eu_ij.abs() {
                (
                    OfferKind::Compromise,
                    xa + (xb - xa) * (eu_ij / eu_ji).abs(),
                )
            } else if capitulation && eu_ji > 0.0 && 0.0 > eu_ij && eu_ji < eu_ij.abs() {
                (OfferKind::Capitulation, xb)
            } else {
                continue;
            };
            let offer = Offer {
                actor: a,
                from: b,
                kind,
                eu_ij,
                eu_ji,
                position,
            };
            let (slot, key) = match kind {
                OfferKind::Confrontation => (&mut confront, (xa - position).abs()),
                OfferKind::Capitulation => (&mut capitulate, (xa - position).abs()),
                OfferKind::Compromise => {
                    // Scholz's key: the salience-weighted point between the two positions.
                    let (w1, w2) = (eu_ij.abs(), eu_ji.abs());
                    (&mut compromise, (w1 * xa + w2 * xb) / (w1 + w2))
                }
            };
            if slot.as_ref().map_or(true, |(k, _)| key < *k) {
                *slot = Some((key, offer));
            }
        }
        confront.or(compromise).or(capitulate).map(|(_, o)| o)
    }

    /// Sequential pairwise-vote median over the distinct positions, in order of first appearance.
    fn median(&self) -> f64 {
        let mut distinct: Vec<f64> = Vec::with_capacity(self.x.len());
        for &x in &self.x {
            if !distinct.contains(&x) {
                distinct.push(x);
            }
        }
        let mut median = distinct[0];
        for &p in &distinct[1..] {
            let votes: f64 = (0..self.x.len())
                .map(|k| self.compare(k, p, median, 1.0))
                .sum();
            if votes > 0.0 {
                median = p;
            }
        }
        median
    }

    fn mean(&self) -> f64 {
        let mut num = 0.0;
        let mut den = 0.0;
        for k in 0..self.x.len() {
            num += self.c[k] * self.s[k] * self.x[k];
            den += self.c[k] * self.s[k];
        }
        if den > 0.0 {
            num / den
        } else {
            self.x.iter().sum::<f64>() / self.x.len() as f64
        }
    }
}

/// Runs the model on one issue. Values are taken as given (see [`run`] for validation); an empty
/// slice gives empty trajectories.
pub fn run_issue(actors: &[IssueActor], params: &EuParams) -> IssueRun {
    let n = actors.len();
    let rounds = params.rounds;
    if n == 0 {
        return IssueRun {
            positions: vec![Vec::new(); rounds + 1],
            median: Vec::new(),
            mean: Vec::new(),
            risk: Vec::new(),
            offers: vec![Vec::new(); rounds],
        };
    }
    let x: Vec<f64> = actors.iter().map(|a| a.position).collect();
    let max = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = x.iter().copied().fold(f64::INFINITY, f64::min);
    let mut issue = Issue {
        c: actors.iter().map(|a| a.capability).collect(),
        s: actors.iter().map(|a| a.salience).collect(),
        x,
        r: vec![1.0; n],
        range: max - min,
        q: params.q,
        u: Vec::new(),
        prob: Vec::new(),
        all_votes: 0.0,
    };
    let mut out = IssueRun {
        positions: vec![issue.x.clone()],
        median: vec![issue.median()],
        mean: vec![issue.mean()],
        risk: Vec::with_capacity(rounds),
        offers: Vec::with_capacity(rounds),
    };
    for _ in 0..rounds {
        let mut accepted = Vec::new();
        // All positions equal: nothing to bargain about (and no scale to measure distances on).
        if issue.range > 0.0 {
            issue.update_risks();
            accepted = (0..n)
                .filter_map(|a| issue.best_offer(a, params.capitulation))
                .collect();
            for o in &accepted {
                issue.x[o.actor] = o.position;
            }
        }
        out.risk.push(issue.r.clone());
        out.offers.push(accepted);
        out.positions.push(issue.x.clone());
        out.median.push(issue.median());
        out.mean.push(issue.mean());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors(rows: &[(f64, f64, f64)]) -> Vec<IssueActor> {
        rows.iter()
            .map(|&(capability, position, salience)| IssueActor {
                capability,
                position,
                salience,
            })
            .collect()
    }

    #[test]
    fn identical_positions_do_not_move() {
        let a = actors(&[(1.0, 5.0, 0.5), (2.0, 5.0, 0.9)]);
        let r = run_issue(&a, &EuParams::default());
        assert!(r.positions.iter().all(|p| p == &vec![5.0, 5.0]));
        assert_eq!(r.median, vec![5.0; 11]);
    }

    #[test]
    fn weak_indifferent_actor_moves_toward_strong_resolute_bloc() {
        // Two strong, resolute actors at 0; a weak actor that hardly cares at 10.
        let a = actors(&[(10.0, 0.0, 0.9), (10.0, 0.0, 0.9), (0.5, 10.0, 0.1)]);
        let r = run_issue(
            &a,
            &EuParams {
                rounds: 3,
                ..EuParams::default()
            },
        );
        let last = &r.positions[3];
        assert!(last[2] < 10.0, "the weak actor should move, got {last:?}");
        assert_eq!(r.median[0], 0.0);
        assert!(r.mean[3] <= r.mean[0]);
    }

    #[test]
    fn capitulation_only_when_asked() {
        // Two resolute weak actors at the ends, a strong indifferent one and two middling
        // ones in the middle: the middling ones expect to lose badly to the end at 1.
        let a = actors(&[
            (0.0002, 1.0, 1.0),
            (0.00015, 0.0, 1.0),
            (0.0001, 0.5, 0.3),
            (0.25, 0.5, 0.1),
            (0.0005, 0.5, 0.3),
        ]);
        let faithful = run_issue(
            &a,
            &EuParams {
                rounds: 1,
                ..EuParams::default()
            },
        );
        assert!(faithful.offers[0]
            .iter()
            .all(|o| o.kind != OfferKind::Capitulation));
        let paper = run_issue(
            &a,
            &EuParams {
                rounds: 1,
                capitulation: true,
                ..EuParams::default()
            },
        );
        let caps: Vec<&Offer> = paper.offers[0]
            .iter()
            .filter(|o| o.kind == OfferKind::Capitulation)
            .collect();
        assert!(!caps.is_empty());
        for o in caps {
            assert!(o.eu_ji > 0.0 && o.eu_ij < 0.0 && o.eu_ji < o.eu_ij.abs());
            assert_eq!(o.position, a[o.from].position);
            assert_eq!(paper.positions[1][o.actor], o.position);
        }
    }

    #[test]
    fn median_is_the_pairwise_vote_winner() {
        // Capability x salience 3 at 0, 2 at 5, 2 at 10: 5 beats 0 (4 vs 3) and 10 (5 vs 2).
        let a = actors(&[(3.0, 0.0, 1.0), (2.0, 5.0, 1.0), (2.0, 10.0, 1.0)]);
        let r = run_issue(
            &a,
            &EuParams {
                rounds: 0,
                ..EuParams::default()
            },
        );
        assert_eq!(r.median, vec![5.0]);
        assert!((r.mean[0] - 30.0 / 7.0).abs() < 1e-12);
    }
}
