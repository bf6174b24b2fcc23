//! The focal-point model: EU legislative outcomes land on a few points, so forecast which one.
//!
//! In DEU III two thirds of outcomes sit exactly on a position some actor (or the status quo)
//! took, and 44% on 0, 50 or 100. A weighted mean never lands there, and under absolute error a
//! point forecast should be the *median* of the outcome's distribution, not its mean. So for each
//! issue we list the candidate outcomes — every distinct actor position, the reference point, the
//! focal points 0, 50 and 100, and the unweighted mean as the "split the difference" candidate —
//! describe each with a few features (who stands there and with what weight, how far it is from
//! the compromise, how much of the Council would oppose it), and fit a conditional logit
//! (McFadden's choice model) for which candidate the outcome is nearest. The forecast is the
//! median of that distribution over the candidates, i.e. the point that minimises the expected
//! absolute error.
//!
//! The fit is ridge-penalised maximum likelihood by Newton's method (the objective is strictly
//! convex, so the result is unique and deterministic). [`cross_validate`] scores it out of sample:
//! folds are whole proposals (issues of one proposal are never split between training and test).

use super::{council_votes, mae, splitmix64, Deu3Issue, Spread};

/// Number of candidate features.
pub const NF: usize = 15;

/// Names of the candidate features, in coefficient order.
pub const FEATURES: [&str; NF] = [
    "council_support",
    "actor_share",
    "commission_here",
    "parliament_here_codecision",
    "reference_point_here",
    "is_50",
    "is_extreme",
    "distance_from_mean",
    "distance_from_mean_sq",
    "distance_from_salience_mean",
    "is_mean",
    "reference_point_here_unanimity",
    "council_opposition",
    "council_opposition_majority",
    "council_opposition_blocking",
];

/// Votes counted for actors without Council votes (institutions, unknown codes) in the
/// support feature: a mid-sized member state.
const INSTITUTION_VOTES: f64 = 15.0;

/// Share of the Council's (salience-weighted) votes beyond which a minority can block a
/// qualified-majority decision (about 26% of votes under the Nice weighting).
const BLOCKING_MINORITY: f64 = 0.26;

/// One candidate outcome of an issue.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Position on the issue scale.
    pub position: f64,
    /// Feature values, in [`FEATURES`] order.
    pub features: [f64; NF],
}

const SAME: f64 = 1e-6;

/// The candidate outcomes of `issue`, sorted by position, with their features.
pub fn candidates(issue: &Deu3Issue) -> Vec<Candidate> {
    let n = issue.actors.len().max(1) as f64;
    let mean = issue.actors.iter().map(|a| a.position).sum::<f64>() / n;
    let (sw, swp) = issue.actors.iter().fold((0.0, 0.0), |(w, wp), a| {
        (w + a.salience, wp + a.salience * a.position)
    });
    let sal_mean = if sw > 0.0 { swp / sw } else { mean };
    let votes = |code: &str| council_votes(code).unwrap_or(INSTITUTION_VOTES);
    let total: f64 = issue
        .actors
        .iter()
        .map(|a| votes(&a.code) * a.salience)
        .sum::<f64>()
        + 1e-9;
    let states: Vec<(f64, f64)> = issue
        .actors
        .iter()
        .filter_map(|a| council_votes(&a.code).map(|v| (a.position, v * a.salience)))
        .collect();
    let council: f64 = states.iter().map(|(_, w)| w).sum();

    let mut points: Vec<f64> = issue.actors.iter().map(|a| a.position).collect();
    points.extend([0.0, 50.0, 100.0, mean]);
    points.extend(issue.reference_point);
    points.retain(|p| p.is_finite());
    points.sort_by(f64::total_cmp);
    points.dedup_by(|a, b| (*a - *b).abs() < SAME);

    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    points
        .into_iter()
        .map(|c| {
            let here: Vec<_> = issue
                .actors
                .iter()
                .filter(|a| (a.position - c).abs() < SAME)
                .collect();
            let support = here
                .iter()
                .map(|a| votes(&a.code) * a.salience)
                .sum::<f64>()
                / total;
            let at_rp = issue
                .reference_point
                .is_some_and(|rp| (rp - c).abs() < SAME);
            let opposition = if council > 0.0 {
                let left: f64 = states
                    .iter()
                    .filter(|(p, _)| *p < c - SAME)
                    .map(|(_, w)| w)
                    .sum();
                let right: f64 = states
                    .iter()
                    .filter(|(p, _)| *p > c + SAME)
                    .map(|(_, w)| w)
                    .sum();
                left.max(right) / council
            } else {
                0.0
            };
            let d = (c - mean) / 100.0;
            Candidate {
                position: c,
                features: [
                    support,
                    here.len() as f64 / n,
                    flag(here.iter().any(|a| a.code == "com")),
                    flag(issue.procedure == "COD" && here.iter().any(|a| a.code == "ep")),
                    flag(at_rp),
                    flag((c - 50.0).abs() < SAME),
                    flag(c.abs() < SAME || (c - 100.0).abs() < SAME),
                    d.abs(),
                    d * d,
                    ((c - sal_mean) / 100.0).abs(),
                    flag((c - mean).abs() < SAME),
                    flag(issue.unanimity && at_rp),
                    opposition,
                    flag(opposition > 0.5),
                    flag(opposition > BLOCKING_MINORITY),
                ],
            }
        })
        .collect()
}

/// A fitted focal-point model.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FocalModel {
    /// Coefficients, in [`FEATURES`] order.
    pub coefficients: Vec<f64>,
    /// Ridge penalty used in the fit (on the mean log-likelihood).
    pub ridge: f64,
    /// Issues it was fitted on.
    pub fitted_on: usize,
}

/// Default ridge penalty. Chosen once, by cross-validation over 0.01/0.02/0.05 (all within 0.3 of
/// each other), and then fixed.
pub const DEFAULT_RIDGE: f64 = 0.02;

fn softmax(cands: &[Candidate], beta: &[f64]) -> Vec<f64> {
    let z: Vec<f64> = cands
        .iter()
        .map(|c| c.features.iter().zip(beta).map(|(x, b)| x * b).sum())
        .collect();
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = z.iter().map(|v| (v - m).exp()).collect();
    let s: f64 = e.iter().sum();
    e.into_iter().map(|v| v / s).collect()
}

/// Index of the candidate nearest `outcome` (the lower one on ties).
fn nearest(cands: &[Candidate], outcome: f64) -> usize {
    let mut best = 0;
    for (k, c) in cands.iter().enumerate() {
        if (c.position - outcome).abs() < (cands[best].position - outcome).abs() {
            best = k;
        }
    }
    best
}

/// Solves `a x = b` for a symmetric positive-definite `a` (Cholesky); `None` if not PD.
#[allow(clippy::needless_range_loop)]
fn solve_spd(a: &[[f64; NF]; NF], b: &[f64; NF]) -> Option<[f64; NF]> {
    let mut l = [[0.0; NF]; NF];
    for i in 0..NF {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i][k] * l[j][k]).sum();
            if i == j {
                let d = a[i][i] - s;
                if d <= 0.0 {
                    return None;
                }
                l[i][j] = d.sqrt();
            } else {
                l[i][j] = (a[i][j] - s) / l[j][j];
            }
        }
    }
    let mut y = [0.0; NF];
    for i in 0..NF {
        y[i] = (b[i] - (0..i).map(|k| l[i][k] * y[k]).sum::<f64>()) / l[i][i];
    }
    let mut x = [0.0; NF];
    for i in (0..NF).rev() {
        x[i] = (y[i] - (i + 1..NF).map(|k| l[k][i] * x[k]).sum::<f64>()) / l[i][i];
    }
    Some(x)
}

type Prepared = Vec<(Vec<Candidate>, usize)>;

fn objective(data: &Prepared, beta: &[f64], ridge: f64) -> f64 {
    let n = data.len().max(1) as f64;
    let nll: f64 = data
        .iter()
        .map(|(c, t)| -softmax(c, beta)[*t].max(1e-300).ln())
        .sum();
    nll / n + ridge * beta.iter().map(|b| b * b).sum::<f64>()
}

impl FocalModel {
    /// Fits the model on `issues` with ridge penalty `ridge` (> 0).
    // Dense gradient and Hessian arithmetic reads best with indices.
    #[allow(clippy::needless_range_loop)]
    pub fn fit(issues: &[&Deu3Issue], ridge: f64) -> FocalModel {
        let ridge = if ridge > 0.0 { ridge } else { DEFAULT_RIDGE };
        let data: Prepared = issues
            .iter()
            .map(|i| {
                let c = candidates(i);
                let t = nearest(&c, i.outcome);
                (c, t)
            })
            .filter(|(c, _)| !c.is_empty())
            .collect();
        let n = data.len().max(1) as f64;
        let mut beta = [0.0; NF];
        let mut current = objective(&data, &beta, ridge);
        for _ in 0..100 {
            let mut grad = [0.0; NF];
            let mut hess = [[0.0; NF]; NF];
            for (cands, t) in &data {
                let p = softmax(cands, &beta);
                let mut ex = [0.0; NF];
                for (c, pk) in cands.iter().zip(&p) {
                    for f in 0..NF {
                        ex[f] += pk * c.features[f];
                    }
                }
                for f in 0..NF {
                    grad[f] -= cands[*t].features[f] - ex[f];
                }
                for (c, pk) in cands.iter().zip(&p) {
                    for f in 0..NF {
                        let df = c.features[f] - ex[f];
                        for g in 0..=f {
                            hess[f][g] += pk * df * (c.features[g] - ex[g]);
                        }
                    }
                }
            }
            for f in 0..NF {
                grad[f] = grad[f] / n + 2.0 * ridge * beta[f];
                for g in 0..=f {
                    hess[f][g] /= n;
                    hess[g][f] = hess[f][g];
                }
                hess[f][f] += 2.0 * ridge;
            }
            let Some(step) = solve_spd(&hess, &grad) else {
                break;
            };
            // Damped Newton: halve the step until the objective does not increase.
            let mut t = 1.0;
            let mut moved = false;
            for _ in 0..30 {
                let trial: Vec<f64> = beta.iter().zip(&step).map(|(b, s)| b - t * s).collect();
                let v = objective(&data, &trial, ridge);
                if v <= current {
                    beta.copy_from_slice(&trial);
                    moved = current - v > 1e-13;
                    current = v;
                    break;
                }
                t /= 2.0;
            }
            if !moved || step.iter().map(|s| s * s).sum::<f64>().sqrt() * t < 1e-10 {
                break;
            }
        }
        FocalModel {
            coefficients: beta.to_vec(),
            ridge,
            fitted_on: data.len(),
        }
    }

    /// Probability of each candidate outcome of `issue`, sorted by position.
    pub fn distribution(&self, issue: &Deu3Issue) -> Vec<(f64, f64)> {
        let c = candidates(issue);
        let p = softmax(&c, &self.coefficients);
        c.into_iter().map(|c| c.position).zip(p).collect()
    }

    /// The forecast: the median of [`FocalModel::distribution`].
    pub fn forecast(&self, issue: &Deu3Issue) -> f64 {
        let d = self.distribution(issue);
        let mut cum = 0.0;
        for (pos, p) in &d {
            cum += p;
            if cum >= 0.5 - 1e-12 {
                return *pos;
            }
        }
        d.last().map_or(50.0, |(pos, _)| *pos)
    }
}

/// Out-of-sample scores of the focal-point model.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FocalCv {
    /// Folds per repetition (issues of one proposal always share a fold).
    pub folds: usize,
    /// Repetitions (each a different random assignment of proposals to folds).
    pub repeats: usize,
    /// Mean over repetitions of the pooled out-of-sample MAE.
    pub mean: f64,
    /// Standard deviation over repetitions.
    pub sd: f64,
    /// Smallest repetition.
    pub min: f64,
    /// Largest repetition.
    pub max: f64,
    /// Out-of-sample forecast of every issue in the first repetition (input order).
    #[serde(skip)]
    pub first_forecasts: Vec<f64>,
    /// The model fitted on all issues (what a user forecasting a new issue would use).
    pub full_fit: FocalModel,
}

/// `folds`-fold cross-validation by proposal, repeated `repeats` times with seeds 0, 1, ...
pub fn cross_validate(issues: &[Deu3Issue], folds: usize, repeats: usize, ridge: f64) -> FocalCv {
    let folds = folds.max(2);
    let mut maes = Vec::new();
    let mut first = Vec::new();
    for seed in 0..repeats.max(1) as u64 {
        let fold_of =
            |i: &Deu3Issue| (splitmix64(i.proposal ^ splitmix64(seed)) % folds as u64) as usize;
        let mut fc = vec![f64::NAN; issues.len()];
        for k in 0..folds {
            let train: Vec<&Deu3Issue> = issues.iter().filter(|i| fold_of(i) != k).collect();
            if train.is_empty() {
                continue;
            }
            let m = FocalModel::fit(&train, ridge);
            for (j, i) in issues.iter().enumerate() {
                if fold_of(i) == k {
                    fc[j] = m.forecast(i);
                }
            }
        }
        let e = pooled_mae(&fc, issues);
        maes.push(e);
        if seed == 0 {
            first = fc;
        }
    }
    let spread = Spread::of(&maes);
    let all: Vec<&Deu3Issue> = issues.iter().collect();
    FocalCv {
        folds,
        repeats: maes.len(),
        mean: spread.mean,
        sd: spread.sd,
        min: spread.min,
        max: spread.max,
        first_forecasts: first,
        full_fit: FocalModel::fit(&all, ridge),
    }
}

/// MAE of the forecasts made (finite ones) against the issues' outcomes.
fn pooled_mae(forecasts: &[f64], issues: &[Deu3Issue]) -> f64 {
    mae(forecasts
        .iter()
        .zip(issues)
        .filter(|(f, _)| f.is_finite())
        .map(|(f, i)| (*f, i.outcome)))
}

/// Leave-one-proposal-out scores of the focal-point model: every proposal's issues are forecast by
/// the model fitted on all the other proposals. This is the nearly unbiased estimate of how the
/// model a user runs (fitted on every proposal) does on a new one; k-fold figures train on fewer
/// proposals and so read higher (the model is still data-limited: 5-, 10-, 20-fold and this
/// estimate fall in that order).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FocalLopo {
    /// Proposals left out in turn.
    pub proposals: usize,
    /// Pooled out-of-sample MAE.
    pub mae: f64,
    /// Out-of-sample forecast of every issue (input order).
    #[serde(skip)]
    pub forecasts: Vec<f64>,
}

/// Leave-one-proposal-out cross-validation (deterministic: no random fold assignment).
pub fn leave_one_proposal_out(issues: &[Deu3Issue], ridge: f64) -> FocalLopo {
    let mut proposals: Vec<u64> = issues.iter().map(|i| i.proposal).collect();
    proposals.sort_unstable();
    proposals.dedup();
    let mut fc = vec![f64::NAN; issues.len()];
    for &p in &proposals {
        let train: Vec<&Deu3Issue> = issues.iter().filter(|i| i.proposal != p).collect();
        if train.is_empty() {
            continue;
        }
        let m = FocalModel::fit(&train, ridge);
        for (j, i) in issues.iter().enumerate() {
            if i.proposal == p {
                fc[j] = m.forecast(i);
            }
        }
    }
    let mae = pooled_mae(&fc, issues);
    FocalLopo {
        proposals: proposals.len(),
        mae,
        forecasts: fc,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deu3::Deu3Actor;

    fn issue(
        proposal: u64,
        positions: &[(&str, f64, f64)],
        rp: Option<f64>,
        outcome: f64,
    ) -> Deu3Issue {
        Deu3Issue {
            line: 1,
            id: format!("i{proposal}"),
            proposal,
            procedure: "COD".into(),
            actors: positions
                .iter()
                .map(|(c, p, s)| Deu3Actor {
                    code: (*c).into(),
                    position: *p,
                    salience: *s,
                    capability: 1.0,
                })
                .collect(),
            reference_point: rp,
            unanimity: false,
            outcome,
        }
    }

    #[test]
    fn candidates_are_distinct_sorted_and_described() {
        let i = issue(
            1,
            &[("com", 100.0, 50.0), ("de", 0.0, 80.0), ("fr", 100.0, 20.0)],
            Some(0.0),
            100.0,
        );
        let c = candidates(&i);
        let pos: Vec<f64> = c.iter().map(|c| c.position).collect();
        // actor positions 0 and 100, focal 50, mean 66.67; rp 0 merged with de's position.
        assert_eq!(pos.len(), 4);
        assert_eq!(pos[0], 0.0);
        assert_eq!(pos[1], 50.0);
        assert!((pos[2] - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(pos[3], 100.0);
        let at100 = &c[3].features;
        assert_eq!(at100[2], 1.0, "the Commission stands at 100");
        assert_eq!(at100[4], 0.0);
        assert_eq!(c[0].features[4], 1.0, "the reference point is 0");
        // At 100 the whole Council opposition is Germany (29 x 80) against France (29 x 20).
        assert!((at100[12] - 0.8).abs() < 1e-9);
        assert_eq!(at100[13], 1.0);
    }

    #[test]
    fn learns_that_outcomes_follow_the_commission() {
        // Synthetic world: the outcome is always the Commission's position, which sits at
        // different places relative to the mean; the fitted model must learn to pick it.
        let mut issues = Vec::new();
        for k in 0..60u64 {
            let c = [20.0, 80.0, 35.0, 65.0][(k % 4) as usize];
            let other = 100.0 - c;
            issues.push(issue(
                k,
                &[
                    ("com", c, 60.0),
                    ("de", other, 70.0),
                    ("fr", other, 50.0),
                    ("it", 50.0, 40.0),
                ],
                None,
                c,
            ));
        }
        let refs: Vec<&Deu3Issue> = issues.iter().collect();
        let m = FocalModel::fit(&refs, DEFAULT_RIDGE);
        assert!(m.coefficients[2] > 1.0, "{:?}", m.coefficients);
        let e = mae(issues.iter().map(|i| (m.forecast(i), i.outcome)));
        assert!(e < 1.0, "in-sample MAE {e}");
        let d = m.distribution(&issues[0]);
        assert!((d.iter().map(|(_, p)| p).sum::<f64>() - 1.0).abs() < 1e-9);
        // Deterministic.
        assert_eq!(m, FocalModel::fit(&refs, DEFAULT_RIDGE));
    }

    #[test]
    fn cross_validation_keeps_proposals_together_and_forecasts_every_issue() {
        let mut issues = Vec::new();
        for k in 0..40u64 {
            let c = if k % 2 == 0 { 30.0 } else { 70.0 };
            issues.push(issue(
                k / 2,
                &[
                    ("com", c, 60.0),
                    ("de", 100.0 - c, 70.0),
                    ("nl", 50.0, 40.0),
                ],
                None,
                c,
            ));
        }
        let cv = cross_validate(&issues, 5, 3, DEFAULT_RIDGE);
        assert_eq!(cv.repeats, 3);
        assert!(cv.first_forecasts.iter().all(|f| f.is_finite()));
        assert!(cv.mean < 5.0, "{cv:?}");
        assert_eq!(cv.full_fit.fitted_on, 40);
    }
}
