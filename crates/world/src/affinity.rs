//! UN General Assembly voting affinity: dyadic agreement and one-dimensional ideal points,
//! computed from the roll calls of a window of years before a date.
//!
//! - **Agreement** (in the manner of Voeten's and Signorino–Ritter's scores): a vote is coded yes
//!   = 1, abstain = ½, no = 0, and the agreement of two states is 1 − mean |difference| over the
//!   roll calls both voted on (absences are skipped, not counted as disagreement). The number of
//!   shared roll calls is kept beside it: an agreement over few votes is weak evidence.
//! - **Ideal points**: the leading principal component of the state × roll-call matrix (each roll
//!   call centred on its mean; a missing vote contributes 0 after centring), found by power
//!   iteration from a fixed start, so the result is deterministic. Scores are divided by the
//!   number of votes a state cast (so absentees are not pulled to the centre), standardised to
//!   mean 0 and standard deviation 1, and oriented so that the United States is on the positive
//!   side when it voted in the window (otherwise the state with the largest absolute score).
//!   This is a quick, transparent scaling of the same votes, **not** the Bailey–Strezhnev–Voeten
//!   dynamic ideal-point estimates; use theirs when you need comparability across years.
//!
//! Pure functions of the votes they are given: no I/O here (the builder queries the store).

use std::collections::{BTreeMap, HashMap};

use realign_store::votes::{VoteChoice, VoteRow};

/// Agreement of one pair of states.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Agreement {
    /// 1 − mean |difference| of their votes (yes 1, abstain ½, no 0), 0–1.
    pub agree: f64,
    /// Roll calls both voted on.
    pub shared: u32,
}

/// Voting affinity over a window of roll calls.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UnAffinity {
    /// First day of the window (inclusive), YYYY-MM-DD.
    pub from: String,
    /// Last day of the window (inclusive): the World's date.
    pub to: String,
    /// Roll calls in the window (the evidence of every value here), by id.
    pub roll_calls: Vec<i64>,
    /// Ideal point per state (standardised; see the module docs for the orientation).
    pub ideal: BTreeMap<String, f64>,
    /// Agreement per pair (a < b).
    pub agreement: BTreeMap<(String, String), Agreement>,
    /// Mean agreement over all pairs (the baseline a tie's affinity is measured against).
    pub mean_agree: f64,
    /// Standard deviation of agreement over all pairs.
    pub sd_agree: f64,
}

fn value(v: VoteChoice) -> f64 {
    match v {
        VoteChoice::Yes => 1.0,
        VoteChoice::Abstain => 0.5,
        VoteChoice::No => 0.0,
    }
}

/// Computes agreement and ideal points from the votes of a window. `min_shared`: pairs with fewer
/// shared roll calls get no agreement value. Returns `None` when the window holds no votes.
pub fn compute(votes: &[VoteRow], from: &str, to: &str, min_shared: u32) -> Option<UnAffinity> {
    if votes.is_empty() {
        return None;
    }
    let mut calls: Vec<i64> = votes.iter().map(|v| v.rcid).collect();
    calls.sort_unstable();
    calls.dedup();
    let mut states: Vec<&str> = votes.iter().map(|v| v.iso3.as_str()).collect();
    states.sort_unstable();
    states.dedup();
    let col: HashMap<i64, usize> = calls.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let row: HashMap<&str, usize> = states.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let (n, m) = (states.len(), calls.len());
    // Dense matrix with NaN for "did not vote".
    let mut x = vec![f64::NAN; n * m];
    for v in votes {
        if let (Some(&i), Some(&j)) = (row.get(v.iso3.as_str()), col.get(&v.rcid)) {
            x[i * m + j] = value(v.vote);
        }
    }

    // Agreement over shared votes.
    let mut agreement = BTreeMap::new();
    let mut all = Vec::new();
    for a in 0..n {
        let ra = &x[a * m..(a + 1) * m];
        for b in (a + 1)..n {
            let rb = &x[b * m..(b + 1) * m];
            let (mut diff, mut shared) = (0.0, 0u32);
            for (p, q) in ra.iter().zip(rb) {
                if !p.is_nan() && !q.is_nan() {
                    diff += (p - q).abs();
                    shared += 1;
                }
            }
            if shared >= min_shared.max(1) {
                let agree = 1.0 - diff / shared as f64;
                all.push(agree);
                agreement.insert((states[a].to_string(), states[b].to_string()), Agreement { agree, shared });
            }
        }
    }
    let mean_agree = if all.is_empty() { 0.0 } else { all.iter().sum::<f64>() / all.len() as f64 };
    let sd_agree = if all.len() < 2 {
        0.0
    } else {
        (all.iter().map(|a| (a - mean_agree).powi(2)).sum::<f64>() / (all.len() - 1) as f64).sqrt()
    };

    // Ideal points: leading principal component of the column-centred matrix.
    let mut c = vec![0.0; n * m];
    let mut cast = vec![0u32; n];
    for j in 0..m {
        let (sum, k) = (0..n).filter_map(|i| Some(x[i * m + j]).filter(|v| !v.is_nan())).fold((0.0, 0u32), |(s, k), v| (s + v, k + 1));
        if k == 0 {
            continue;
        }
        let mean = sum / k as f64;
        for i in 0..n {
            let v = x[i * m + j];
            if !v.is_nan() {
                c[i * m + j] = v - mean;
                cast[i] += 1;
            }
        }
    }
    // A fixed, non-constant start (a constant vector is orthogonal to centred columns).
    let mut u: Vec<f64> = (0..n).map(|i| 1.0 + i as f64 / n as f64).collect();
    let norm0 = u.iter().map(|v| v * v).sum::<f64>().sqrt();
    u.iter_mut().for_each(|v| *v /= norm0);
    let mut w = vec![0.0; m];
    for _ in 0..200 {
        // w = Cᵀu, u' = Cw, normalised.
        w.iter_mut().for_each(|v| *v = 0.0);
        for i in 0..n {
            let ui = u[i];
            for (wj, cij) in w.iter_mut().zip(&c[i * m..(i + 1) * m]) {
                *wj += cij * ui;
            }
        }
        let mut next: Vec<f64> = (0..n).map(|i| c[i * m..(i + 1) * m].iter().zip(&w).map(|(a, b)| a * b).sum()).collect();
        let norm = next.iter().map(|v| v * v).sum::<f64>().sqrt();
        if norm == 0.0 {
            break;
        }
        next.iter_mut().for_each(|v| *v /= norm);
        let change: f64 = next.iter().zip(&u).map(|(a, b)| (a - b).abs()).sum();
        u = next;
        if change < 1e-12 {
            break;
        }
    }
    // Per vote cast, then standardised.
    let raw: Vec<f64> = (0..n)
        .map(|i| if cast[i] == 0 { 0.0 } else { c[i * m..(i + 1) * m].iter().zip(&w).map(|(a, b)| a * b).sum::<f64>() / cast[i] as f64 })
        .collect();
    let mean = raw.iter().sum::<f64>() / n as f64;
    let sd = (raw.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / n.max(2).saturating_sub(1) as f64).sqrt();
    let mut z: Vec<f64> = raw.iter().map(|r| if sd > 0.0 { (r - mean) / sd } else { 0.0 }).collect();
    let anchor = row.get("USA").copied().or_else(|| {
        (0..n).max_by(|a, b| z[*a].abs().total_cmp(&z[*b].abs()))
    });
    if anchor.is_some_and(|a| z[a] < 0.0) {
        z.iter_mut().for_each(|v| *v = -*v);
    }
    let ideal = states.iter().zip(z).map(|(s, v)| (s.to_string(), v)).collect();
    Some(UnAffinity { from: from.to_string(), to: to.to_string(), roll_calls: calls, ideal, agreement, mean_agree, sd_agree })
}

impl UnAffinity {
    /// Agreement of two states (either order), if both voted on enough shared roll calls.
    pub fn agreement(&self, a: &str, b: &str) -> Option<Agreement> {
        self.agreement.get(&crate::pair(a, b)).copied()
    }

    /// Absolute difference of two states' ideal points.
    pub fn ideal_distance(&self, a: &str, b: &str) -> Option<f64> {
        Some((self.ideal.get(a)? - self.ideal.get(b)?).abs())
    }

    /// Affinity of a pair against the world's baseline, in [-1, 1]: (agree − mean) / (2 sd),
    /// clamped.
    pub fn relative(&self, a: &str, b: &str) -> Option<f64> {
        let g = self.agreement(a, b)?;
        if self.sd_agree <= 0.0 {
            return Some(0.0);
        }
        Some(((g.agree - self.mean_agree) / (2.0 * self.sd_agree)).clamp(-1.0, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(rcid: i64, iso3: &str, vote: VoteChoice) -> VoteRow {
        VoteRow { line: rcid as u64, rcid, iso3: iso3.into(), vote }
    }

    /// Two blocs: A and B vote together, C and D against them, E abstains.
    fn votes() -> Vec<VoteRow> {
        use VoteChoice::*;
        let mut out = Vec::new();
        for r in 1..=10 {
            let (w, e) = if r % 3 == 0 { (No, Yes) } else { (Yes, No) };
            out.push(v(r, "USA", w));
            out.push(v(r, "GBR", w));
            out.push(v(r, "RUS", e));
            out.push(v(r, "CHN", e));
            out.push(v(r, "IND", Abstain));
        }
        // GBR misses one vote; agreement counts shared votes only.
        out.retain(|x| !(x.rcid == 10 && x.iso3 == "GBR"));
        out
    }

    #[test]
    fn agreement_counts_shared_votes_and_abstentions_as_half() {
        let a = compute(&votes(), "2015-01-01", "2018-01-01", 1).expect("affinity");
        let g = a.agreement("GBR", "USA").expect("pair");
        assert_eq!(g.shared, 9);
        assert!((g.agree - 1.0).abs() < 1e-12);
        assert!((a.agreement("USA", "RUS").expect("pair").agree - 0.0).abs() < 1e-12);
        assert!((a.agreement("USA", "IND").expect("pair").agree - 0.5).abs() < 1e-12);
        assert_eq!(a.roll_calls.len(), 10);
        assert!(a.relative("USA", "GBR").expect("rel") > 0.0);
        assert!(a.relative("USA", "RUS").expect("rel") < 0.0);
    }

    #[test]
    fn ideal_points_separate_the_blocs_with_the_usa_positive() {
        let a = compute(&votes(), "2015-01-01", "2018-01-01", 1).expect("affinity");
        let p = |s: &str| a.ideal[s];
        assert!(p("USA") > 0.0 && p("GBR") > 0.0, "{:?}", a.ideal);
        assert!(p("RUS") < 0.0 && p("CHN") < 0.0, "{:?}", a.ideal);
        assert!(p("IND").abs() < p("USA").abs(), "the abstainer sits between: {:?}", a.ideal);
        assert!(a.ideal_distance("USA", "RUS").expect("d") > a.ideal_distance("USA", "GBR").expect("d"));
    }

    #[test]
    fn no_votes_no_affinity() {
        assert!(compute(&[], "2015-01-01", "2018-01-01", 1).is_none());
    }
}
