//! Backtest on DEU III ("Decision-making in the European Union", Arregui & Perarnaud 2021):
//! EU legislative issues with the positions and saliences of the Commission, the European
//! Parliament and the member states, the reference point and the actual outcome (0–100).
//!
//! # File
//! Tab-separated, quoted, one header line (`prnrnmc`, `isnr`, `proc`, `p<actor>` positions,
//! `s<actor>` saliences, `rp`, `out`, ...), then optionally one line without an issue id holding a
//! capability weight per actor in the `p<actor>` columns (the copy we use has GDP weights there),
//! then one line per issue. An issue is scored when its outcome is a number in 0–100 and at least
//! three actors have both a position and a salience; other lines are counted as skipped.
//!
//! # Models scored
//! * `mean`: unweighted mean of positions;
//! * `salience_mean`: salience-weighted mean;
//! * `capability_salience_mean`: capability x salience weighted mean (capability = the weight line);
//! * `smp`: the Spatial Model of Politics ([`crate::smp`]); forecast = capability x salience
//!   weighted mean of the final positions;
//! * `eu`: the expected-utility model ([`crate::eu`], 10 rounds); forecast = its final median
//!   (Bueno de Mesquita's forecast), `eu_mean` its final weighted mean;
//! * `focal_points` (ours, the best): see [`focal`]; a conditional logit over the candidate
//!   outcomes (actor positions, status quo, 0/50/100, the mean), forecasting the median of the
//!   fitted distribution; scored by 5-fold cross-validation by proposal, repeated 10 times;
//! * `focal_points_lopo`: the same model scored leaving one proposal out at a time
//!   ([`focal::leave_one_proposal_out`]), the estimate for the model fitted on every proposal;
//! * `role_weighted` (ours): see [`RoleWeights`]; fitted on one half, scored on the other.
//!
//! Scales: models see positions and saliences as given (0–100) and capability as the weight line.

use std::path::Path;

use crate::eu::{self, EuParams};
use crate::{ActorSpec, InputError, Scenario};

pub mod focal;

/// One actor on one DEU III issue.
#[derive(Debug, Clone, PartialEq)]
pub struct Deu3Actor {
    /// DEU code (`com`, `ep`, `de`, ...).
    pub code: String,
    /// Position, 0–100.
    pub position: f64,
    /// Salience, 0–100.
    pub salience: f64,
    /// Capability weight from the weight line (1.0 when there is none).
    pub capability: f64,
}

/// One scoreable DEU III issue.
#[derive(Debug, Clone, PartialEq)]
pub struct Deu3Issue {
    /// Line in the file (1-based).
    pub line: usize,
    /// Issue id (`isnr`).
    pub id: String,
    /// Proposal number (`prnrnmc`), used to split proposals into halves.
    pub proposal: u64,
    /// Legislative procedure (`COD`, `CNS`, ...).
    pub procedure: String,
    /// Actors with both a position and a salience, in column order.
    pub actors: Vec<Deu3Actor>,
    /// Reference point (status quo), when known.
    pub reference_point: Option<f64>,
    /// Whether the Council decided by unanimity (`counvte` = `Unan`); false when the column is
    /// absent.
    pub unanimity: bool,
    /// The actual outcome, 0–100.
    pub outcome: f64,
}

/// A parsed DEU III file.
#[derive(Debug, Clone, PartialEq)]
pub struct Deu3Data {
    /// Scoreable issues.
    pub issues: Vec<Deu3Issue>,
    /// Issue lines skipped (no valid outcome or fewer than three actors).
    pub skipped: usize,
}

fn num(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Parses a DEU III file; `file` names the source in errors.
pub fn parse(text: &str, file: &str) -> Result<Deu3Data, InputError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let ferr = |line: u64, field: &str, message: String| InputError::Field {
        file: file.to_string(),
        line: line as usize,
        field: field.to_string(),
        message,
    };
    let header = match records.next() {
        None => {
            return Err(InputError::File {
                file: file.to_string(),
                message: "empty file".into(),
            })
        }
        Some(Err(e)) => return Err(ferr(1, "header", e.to_string())),
        Some(Ok(h)) => h,
    };
    let col = |name: &str| header.iter().position(|h| h.trim() == name);
    let need = |name: &str| {
        col(name).ok_or_else(|| {
            ferr(
                1,
                name,
                format!("no {name:?} column in the header (is this DEU III, tab-separated?)"),
            )
        })
    };
    let (c_out, c_id, c_prop) = (need("out")?, need("isnr")?, need("prnrnmc")?);
    let c_rp = col("rp");
    let c_proc = col("proc");
    let c_vote = col("counvte");
    // Actors: every `p<code>` column with a matching `s<code>` column.
    let mut actor_cols = Vec::new();
    for (i, h) in header.iter().enumerate() {
        if let Some(code) = h.trim().strip_prefix('p') {
            if let Some(j) = col(&format!("s{code}")) {
                actor_cols.push((code.to_string(), i, j));
            }
        }
    }
    if actor_cols.len() < 3 {
        return Err(ferr(
            1,
            "header",
            format!(
                "found {} actor column pairs p<code>/s<code>, need at least 3",
                actor_cols.len()
            ),
        ));
    }
    let mut capability = vec![1.0; actor_cols.len()];
    let mut issues = Vec::new();
    let mut skipped = 0;
    let mut first = true;
    for rec in records {
        let rec = rec.map_err(|e| {
            ferr(
                e.position().map_or(0, |p| p.line()),
                "record",
                e.to_string(),
            )
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        let get = |c: usize| rec.get(c).unwrap_or("");
        if first && get(c_id).trim().is_empty() {
            // The capability weight line.
            for (k, (code, pc, _)) in actor_cols.iter().enumerate() {
                match num(get(*pc)) {
                    Some(v) if v >= 0.0 => capability[k] = v,
                    Some(v) => {
                        return Err(ferr(
                            line,
                            &format!("p{code}"),
                            format!("negative weight {v}"),
                        ))
                    }
                    None => {}
                }
            }
            first = false;
            continue;
        }
        first = false;
        let outcome = match num(get(c_out)) {
            Some(v) if (0.0..=100.0).contains(&v) => v,
            _ => {
                skipped += 1;
                continue;
            }
        };
        let actors: Vec<Deu3Actor> = actor_cols
            .iter()
            .enumerate()
            .filter_map(|(k, (code, pc, sc))| {
                let position = num(get(*pc))?;
                let salience = num(get(*sc))?;
                Some(Deu3Actor {
                    code: code.clone(),
                    position,
                    salience,
                    capability: capability[k],
                })
            })
            .collect();
        if actors.len() < 3 {
            skipped += 1;
            continue;
        }
        let proposal = get(c_prop).trim().parse::<u64>().unwrap_or_else(|_| {
            // Not a number: derive a stable number from the text so the split stays by proposal.
            get(c_prop)
                .bytes()
                .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
        });
        issues.push(Deu3Issue {
            line: line as usize,
            id: get(c_id).trim().to_string(),
            proposal,
            procedure: c_proc
                .map(|c| get(c).trim().to_string())
                .unwrap_or_default(),
            actors,
            reference_point: c_rp.and_then(|c| num(get(c))),
            unanimity: c_vote.is_some_and(|c| get(c).trim().eq_ignore_ascii_case("unan")),
            outcome,
        });
    }
    Ok(Deu3Data { issues, skipped })
}

/// Reads a DEU III file.
pub fn read(path: &Path) -> Result<Deu3Data, InputError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| InputError::Io {
        file: file.clone(),
        source,
    })?;
    let text = String::from_utf8_lossy(&bytes);
    parse(&text, &file)
}

fn weighted_mean(pw: impl Iterator<Item = (f64, f64)> + Clone) -> Option<f64> {
    let (num, den) = pw.fold((0.0, 0.0), |(n, d), (p, w)| (n + p * w, d + w));
    (den > 0.0).then(|| num / den)
}

fn plain_mean(issue: &Deu3Issue) -> f64 {
    issue.actors.iter().map(|a| a.position).sum::<f64>() / issue.actors.len() as f64
}

/// Unweighted mean of positions.
pub fn mean_forecast(issue: &Deu3Issue) -> f64 {
    plain_mean(issue)
}

/// Salience-weighted mean (unweighted when all saliences are 0).
pub fn salience_forecast(issue: &Deu3Issue) -> f64 {
    weighted_mean(issue.actors.iter().map(|a| (a.position, a.salience)))
        .unwrap_or_else(|| plain_mean(issue))
}

/// Capability x salience weighted mean (unweighted when all weights are 0).
pub fn capability_salience_forecast(issue: &Deu3Issue) -> f64 {
    weighted_mean(
        issue
            .actors
            .iter()
            .map(|a| (a.position, a.salience * a.capability)),
    )
    .unwrap_or_else(|| plain_mean(issue))
}

/// The issue as a one-dimensional [`Scenario`] (capability = weight line, positions and saliences
/// as given).
pub fn scenario(issue: &Deu3Issue) -> Scenario {
    Scenario {
        name: issue.id.clone(),
        description: format!("DEU III issue {} ({})", issue.id, issue.procedure),
        dimensions: vec![issue.id.clone()],
        actors: issue
            .actors
            .iter()
            .map(|a| ActorSpec {
                name: a.code.clone(),
                description: String::new(),
                capability: a.capability,
                positions: vec![a.position],
                saliences: vec![a.salience],
            })
            .collect(),
    }
}

/// Final median and final weighted mean of the expected-utility model on the issue.
pub fn eu_forecast(issue: &Deu3Issue, params: &EuParams) -> Option<(f64, f64)> {
    let run = eu::run(&scenario(issue), params).ok()?;
    let median = *run.median.last()?.first()?;
    let mean = *run.mean.last()?.first()?;
    Some((median, mean))
}

/// Council votes of the member states under the Nice Treaty weighting (EU-27 plus Croatia),
/// by DEU code: the Council's own measure of a member state's formal voting power.
pub fn council_votes(code: &str) -> Option<f64> {
    let v = match code {
        "de" | "fr" | "it" | "uk" => 29.0,
        "es" | "pl" => 27.0,
        "ro" => 14.0,
        "nl" => 13.0,
        "be" | "cz" | "el" | "hu" | "pt" => 12.0,
        "at" | "bu" | "se" => 10.0,
        "dk" | "ie" | "lt" | "sk" | "fi" | "cr" => 7.0,
        "cy" | "ee" | "lv" | "lu" | "si" => 4.0,
        "mt" => 3.0,
        _ => return None,
    };
    Some(v)
}

/// Our model: a role-weighted compromise. Member states weigh their Council votes times
/// `(salience/100)^salience_power`; the Commission (agenda setter) and, under the ordinary
/// legislative procedure (`COD`) only, the European Parliament (co-legislator) each get a fixed
/// share of the Council's total weight; the reference point (status quo) gets a share too, as the
/// fallback every actor can block back to. The forecast is the weighted mean of these positions.
/// Actors with codes that are neither institutions nor known member states weigh their capability.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct RoleWeights {
    /// Exponent of salience in member-state weights.
    pub salience_power: f64,
    /// Commission weight as a share of the Council's total.
    pub commission: f64,
    /// Parliament weight (co-decision only) as a share of the Council's total.
    pub parliament: f64,
    /// Reference-point weight as a share of the Council's total.
    pub reference_point: f64,
}

impl RoleWeights {
    /// The forecast for one issue.
    pub fn forecast(&self, issue: &Deu3Issue) -> f64 {
        let states: Vec<(f64, f64)> = issue
            .actors
            .iter()
            .filter(|a| a.code != "com" && a.code != "ep")
            .map(|a| {
                let power = council_votes(&a.code).unwrap_or(a.capability);
                let s = (a.salience / 100.0).max(0.0);
                let w = if self.salience_power == 0.0 {
                    power
                } else {
                    power * s.powf(self.salience_power)
                };
                (a.position, w)
            })
            .collect();
        let total: f64 = states.iter().map(|(_, w)| w).sum();
        let mut pw = states;
        for a in &issue.actors {
            if a.code == "com" {
                pw.push((a.position, self.commission * total));
            } else if a.code == "ep" && issue.procedure == "COD" {
                pw.push((a.position, self.parliament * total));
            }
        }
        if let Some(rp) = issue.reference_point {
            pw.push((rp, self.reference_point * total));
        }
        weighted_mean(pw.iter().copied()).unwrap_or_else(|| plain_mean(issue))
    }

    /// The grid searched by [`RoleWeights::fit`].
    pub fn grid() -> Vec<RoleWeights> {
        // Deliberately small (64 points): with ~170 issues per half, a richer grid fits noise.
        let shares = [0.0, 0.1, 0.2, 0.3];
        let mut g = Vec::new();
        for &salience_power in &[0.0, 1.0] {
            for &commission in &shares {
                for &parliament in &shares {
                    for &reference_point in &[0.0, 0.1] {
                        g.push(RoleWeights {
                            salience_power,
                            commission,
                            parliament,
                            reference_point,
                        });
                    }
                }
            }
        }
        g
    }

    /// The grid point with the smallest mean absolute error on `issues` (first one on ties).
    pub fn fit(issues: &[&Deu3Issue]) -> RoleWeights {
        let mut best = (
            f64::INFINITY,
            RoleWeights {
                salience_power: 0.0,
                commission: 0.0,
                parliament: 0.0,
                reference_point: 0.0,
            },
        );
        for w in Self::grid() {
            let e = mae(issues.iter().map(|i| (w.forecast(i), i.outcome)));
            if e < best.0 {
                best = (e, w);
            }
        }
        best.1
    }
}

/// Mean absolute error of (forecast, outcome) pairs; NaN when empty.
pub fn mae(pairs: impl Iterator<Item = (f64, f64)>) -> f64 {
    let (sum, n) = pairs.fold((0.0, 0usize), |(s, n), (f, o)| (s + (f - o).abs(), n + 1));
    if n == 0 {
        f64::NAN
    } else {
        sum / n as f64
    }
}

/// One row of the backtest table.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ModelScore {
    /// Model key.
    pub model: String,
    /// What it is.
    pub description: String,
    /// Issues scored.
    pub n: usize,
    /// MAE over all scored issues (for `role_weighted`: each issue forecast by the weights fitted
    /// on the other half, i.e. two-fold cross-validation).
    pub mae: f64,
    /// MAE on half A (even proposal numbers).
    pub mae_half_a: f64,
    /// MAE on half B (odd proposal numbers).
    pub mae_half_b: f64,
}

/// The backtest result.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Backtest {
    /// Issues scored.
    pub issues: usize,
    /// Issue lines skipped.
    pub skipped: usize,
    /// Issues in half A (even proposal number) and half B (odd).
    pub half_sizes: (usize, usize),
    /// One row per model.
    pub models: Vec<ModelScore>,
    /// Our weights fitted on half A (scored on B) and on half B (scored on A).
    pub fitted: (RoleWeights, RoleWeights),
    /// Ours under repeated two-fold cross-validation over random splits of the proposals.
    pub repeated_cv: RepeatedCv,
    /// The focal-point model ([`focal`]) under repeated 5-fold cross-validation by proposal.
    pub focal_cv: focal::FocalCv,
    /// The focal-point model under leave-one-proposal-out cross-validation.
    pub focal_lopo: focal::FocalLopo,
}

/// Out-of-sample MAE of [`RoleWeights`] over several random two-fold splits of the proposals
/// (each issue forecast by the weights fitted on the half it is not in), to show how much the
/// single even/odd split's figure owes to the split.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RepeatedCv {
    /// Number of random splits.
    pub splits: usize,
    /// Mean over splits of the pooled out-of-sample MAE.
    pub mean: f64,
    /// Smallest pooled out-of-sample MAE.
    pub min: f64,
    /// Largest pooled out-of-sample MAE.
    pub max: f64,
}

/// SplitMix64: a fixed, well-mixed hash of `x`, to assign proposals to halves.
fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Pooled out-of-sample MAE of [`RoleWeights`] for the two-fold split `in_first`.
fn two_fold(issues: &[Deu3Issue], in_first: &dyn Fn(&Deu3Issue) -> bool) -> f64 {
    let first: Vec<&Deu3Issue> = issues.iter().filter(|i| in_first(i)).collect();
    let second: Vec<&Deu3Issue> = issues.iter().filter(|i| !in_first(i)).collect();
    let (f1, f2) = (RoleWeights::fit(&first), RoleWeights::fit(&second));
    mae(issues.iter().map(|i| {
        (
            if in_first(i) {
                f2.forecast(i)
            } else {
                f1.forecast(i)
            },
            i.outcome,
        )
    }))
}

/// [`RepeatedCv`] over `splits` seeded random splits by proposal.
pub fn repeated_cv(issues: &[Deu3Issue], splits: usize) -> RepeatedCv {
    let maes: Vec<f64> = (0..splits as u64)
        .map(|seed| {
            two_fold(issues, &|i| {
                splitmix64(i.proposal ^ splitmix64(seed)) & 1 == 0
            })
        })
        .collect();
    let s = Spread::of(&maes);
    RepeatedCv {
        splits,
        mean: s.mean,
        min: s.min,
        max: s.max,
    }
}

/// Mean, standard deviation, smallest and largest of repeated cross-validation scores.
struct Spread {
    mean: f64,
    sd: f64,
    min: f64,
    max: f64,
}

impl Spread {
    fn of(v: &[f64]) -> Spread {
        let n = v.len().max(1) as f64;
        let mean = v.iter().sum::<f64>() / n;
        Spread {
            mean,
            sd: (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt(),
            min: v.iter().copied().fold(f64::INFINITY, f64::min),
            max: v.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        }
    }
}

/// Forecasts of one issue by every model (SMP absent when it failed).
#[derive(Debug, Clone, PartialEq)]
struct Forecasts {
    mean: f64,
    salience: f64,
    cap_sal: f64,
    smp: Option<f64>,
    eu_median: Option<f64>,
    eu_mean: Option<f64>,
}

/// SMP forecast with KTAB's defaults: capability x salience weighted mean of the final positions.
/// Actors with salience 0 are left out (KTAB rejects them; they carry no weight anyway). `None`
/// when the model rejects the issue (fewer than three actors left, or a degenerate state).
pub fn smp_forecast(issue: &Deu3Issue) -> Option<f64> {
    let mut caring = issue.clone();
    caring.actors.retain(|a| a.salience > 0.0);
    let run = crate::smp::run(&scenario(&caring), &crate::smp::SmpParams::default()).ok()?;
    let last = run.positions.last()?;
    let pairs = caring
        .actors
        .iter()
        .zip(last)
        .filter_map(|(a, p)| Some((*p.first()?, a.capability * a.salience)));
    weighted_mean(pairs.clone())
        .or_else(|| Some(pairs.map(|(p, _)| p).sum::<f64>() / caring.actors.len() as f64))
        .filter(|v| v.is_finite())
}

/// Runs the backtest. `progress` is called after each issue with (done, total).
pub fn backtest(data: &Deu3Data, progress: &mut dyn FnMut(usize, usize)) -> Backtest {
    let total = data.issues.len();
    let eu_params = EuParams::default();
    let mut fc = Vec::with_capacity(total);
    for (k, issue) in data.issues.iter().enumerate() {
        let eu = eu_forecast(issue, &eu_params);
        fc.push(Forecasts {
            mean: mean_forecast(issue),
            salience: salience_forecast(issue),
            cap_sal: capability_salience_forecast(issue),
            smp: smp_forecast(issue),
            eu_median: eu.map(|e| e.0),
            eu_mean: eu.map(|e| e.1),
        });
        progress(k + 1, total);
    }
    let in_a = |i: &Deu3Issue| i.proposal % 2 == 0;
    let half_a: Vec<&Deu3Issue> = data.issues.iter().filter(|i| in_a(i)).collect();
    let half_b: Vec<&Deu3Issue> = data.issues.iter().filter(|i| !in_a(i)).collect();
    let fit_a = RoleWeights::fit(&half_a);
    let fit_b = RoleWeights::fit(&half_b);
    // Out-of-sample forecast of ours: weights fitted on the other half.
    let ours: Vec<f64> = data
        .issues
        .iter()
        .map(|i| {
            if in_a(i) {
                fit_b.forecast(i)
            } else {
                fit_a.forecast(i)
            }
        })
        .collect();
    let focal_cv = focal::cross_validate(&data.issues, 5, 10, focal::DEFAULT_RIDGE);
    let focal_lopo = focal::leave_one_proposal_out(&data.issues, focal::DEFAULT_RIDGE);
    let score = |model: &str, description: &str, get: &dyn Fn(usize) -> Option<f64>| {
        let pick = |sel: &dyn Fn(&Deu3Issue) -> bool| {
            let pairs: Vec<(f64, f64)> = data
                .issues
                .iter()
                .enumerate()
                .filter(|(_, i)| sel(i))
                .filter_map(|(k, i)| get(k).map(|f| (f, i.outcome)))
                .collect();
            (pairs.len(), mae(pairs.into_iter()))
        };
        let (n, all) = pick(&|_| true);
        ModelScore {
            model: model.into(),
            description: description.into(),
            n,
            mae: all,
            mae_half_a: pick(&|i| in_a(i)).1,
            mae_half_b: pick(&|i| !in_a(i)).1,
        }
    };
    let models = vec![
        score("mean", "unweighted mean of positions", &|k| Some(fc[k].mean)),
        score("salience_mean", "salience-weighted mean", &|k| Some(fc[k].salience)),
        score("capability_salience_mean", "capability x salience weighted mean", &|k| Some(fc[k].cap_sal)),
        score("smp", "Spatial Model of Politics, weighted mean of final positions", &|k| fc[k].smp),
        score("eu", "expected-utility model, median after 10 rounds", &|k| fc[k].eu_median),
        score("eu_mean", "expected-utility model, weighted mean after 10 rounds", &|k| fc[k].eu_mean),
        score(
            "focal_points",
            "ours: conditional logit over candidate outcomes, median forecast; 5-fold CV by proposal",
            &|k| focal_cv.first_forecasts.get(k).copied(),
        ),
        score(
            "focal_points_lopo",
            "ours: the same model, each proposal forecast by the fit on all other proposals",
            &|k| focal_lopo.forecasts.get(k).copied(),
        ),
        score(
            "role_weighted",
            "ours: Council votes x salience, Commission/EP/status-quo shares; 2-fold CV by proposal",
            &|k| ours.get(k).copied(),
        ),
    ];
    Backtest {
        issues: total,
        skipped: data.skipped,
        half_sizes: (half_a.len(), half_b.len()),
        models,
        fitted: (fit_a, fit_b),
        repeated_cv: repeated_cv(&data.issues, 20),
        focal_cv,
        focal_lopo,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> String {
        let mut s = String::from("\"prnrnmc\"\t\"isnr\"\t\"proc\"\t\"pcom\"\t\"pep\"\t\"pde\"\t\"pfr\"\t\"scom\"\t\"sep\"\t\"sde\"\t\"sfr\"\t\"rp\"\t\"out\"\n");
        s.push_str("\t\t\t\"4\"\t\"4\"\t\"3\"\t\"2\"\t\t\t\t\t\t\n");
        s.push_str("1\t\"a1\"\t\"COD\"\t100\t100\t0\t50\t50\t80\t40\t60\t0\t70\n");
        s.push_str("2\t\"a2\"\t\"CNS\"\t0\t\t100\t100\t50\t\t90\t90\t\t80\n");
        s.push_str("3\t\"a3\"\t\"CNS\"\t0\t\t100\t\t50\t\t90\t\t\t80\n");
        s.push_str("4\t\"a4\"\t\"CNS\"\t0\t10\t100\t20\t50\t10\t90\t10\t\t\n");
        s
    }

    #[test]
    fn parses_weights_and_skips_unscoreable_issues() {
        let d = parse(&sample(), "deu.csv").expect("parses");
        assert_eq!(d.issues.len(), 2);
        assert_eq!(d.skipped, 2);
        let i = &d.issues[0];
        assert_eq!(i.actors.len(), 4);
        assert_eq!(i.actors[2].capability, 3.0);
        assert_eq!(i.reference_point, Some(0.0));
        assert_eq!(i.line, 3);
        assert!((mean_forecast(i) - 62.5).abs() < 1e-12);
        // salience: (100*50 + 100*80 + 0*40 + 50*60) / 230
        assert!((salience_forecast(i) - 16000.0 / 230.0).abs() < 1e-9);
        // capability x salience: (100*200 + 100*320 + 0 + 50*120) / 760
        assert!((capability_salience_forecast(i) - 58000.0 / 760.0).abs() < 1e-9);
    }

    #[test]
    fn role_weights_follow_procedure() {
        let d = parse(&sample(), "deu.csv").expect("parses");
        let w = RoleWeights {
            salience_power: 0.0,
            commission: 1.0,
            parliament: 1.0,
            reference_point: 0.0,
        };
        // Issue 1 (COD): states de (29 votes, 0) and fr (29, 50): total 58; com and ep 58 each at 100.
        let f = w.forecast(&d.issues[0]);
        assert!((f - (29.0 * 50.0 + 116.0 * 100.0) / 174.0).abs() < 1e-9);
        // Issue 2 (CNS): the Parliament has no say.
        let f = w.forecast(&d.issues[1]);
        assert!((f - (58.0 * 100.0) / 116.0).abs() < 1e-9);
    }

    #[test]
    fn missing_column_is_named() {
        let e = parse("\"a\"\t\"b\"\n1\t2\n", "x.tsv")
            .expect_err("must fail")
            .to_string();
        assert!(e.contains("x.tsv:1") && e.contains("out"), "{e}");
    }
}
