//! What changed between two Worlds: states that entered or left the system, alliances formed,
//! ended or re-written, ties that flipped sign, appeared, disappeared or moved, trade dependences
//! that moved, and the balance of the closed triads.
//!
//! The two sides are [`Outline`]s, so either may be a World built now or a snapshot saved earlier
//! (`realign world --json > FILE`): "the system in 2014 against 2010", or "today's World against
//! the one I cited last month, before the new articles came in". When both sides carry their
//! inputs, the dataset imports that differ are listed too, so a change can be told apart from a
//! change of data.

use std::collections::{BTreeMap, BTreeSet};

use realign_core::{Obligation, PartialDate};
use realign_world::snapshot::{DatasetInput, Outline};

use crate::scenario::{triad_counts, TieChange};

/// Thresholds of a comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CompareParams {
    /// A tie that kept its sign is listed when its weight moved by more than this.
    pub min_tie_move: f64,
    /// A trade dependence is listed when the share moved by at least this (0.05 = 5 points), or
    /// when it appeared or disappeared at or above it.
    pub min_share_move: f64,
}

impl Default for CompareParams {
    fn default() -> Self {
        CompareParams { min_tie_move: 0.1, min_share_move: 0.05 }
    }
}

/// An alliance formed, ended or re-written.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AllianceChange {
    /// First state.
    pub a: String,
    /// Second state.
    pub b: String,
    /// Obligations before (empty: no alliance).
    pub before: Vec<Obligation>,
    /// Obligations after.
    pub after: Vec<Obligation>,
    /// "formed", "ended" or "changed".
    pub change: String,
}

/// A trade dependence that moved.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DependenceChange {
    /// The dependent state.
    pub state: String,
    /// Its partner.
    pub on: String,
    /// Share of the state's trade with the partner before (None: no figure).
    pub before: Option<f64>,
    /// Share after.
    pub after: Option<f64>,
}

/// Dataset imports behind one side and not the other.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct InputChanges {
    /// Imports behind the later World only.
    pub added: Vec<DatasetInput>,
    /// Imports behind the earlier World only.
    pub removed: Vec<DatasetInput>,
    /// Documents in the store, before and after.
    pub documents: (usize, usize),
    /// Claims in the store, before and after.
    pub claims: (usize, usize),
}

/// What changed from one World to another.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Changes {
    /// The earlier World's date.
    pub from: PartialDate,
    /// The later World's date.
    pub to: PartialDate,
    /// The fingerprints of the two Worlds, when known.
    pub fingerprints: (Option<String>, Option<String>),
    /// States in the later World only.
    pub states_entered: Vec<String>,
    /// States in the earlier World only.
    pub states_left: Vec<String>,
    /// Alliances formed, ended or with other obligations.
    pub alliances: Vec<AllianceChange>,
    /// Ties that flipped, appeared, disappeared, or moved by more than
    /// [`CompareParams::min_tie_move`], largest change first.
    pub ties: Vec<TieChange>,
    /// Trade dependences that moved by at least [`CompareParams::min_share_move`], largest first.
    pub dependence: Vec<DependenceChange>,
    /// Closed triads (balanced, unbalanced) before and after, over every non-zero tie.
    pub triad_counts: ((usize, usize), (usize, usize)),
    /// The inputs that differ, when both sides carry them.
    pub inputs: Option<InputChanges>,
}

/// The difference of two optional weights, a missing one counting as 0.
fn delta(before: Option<f64>, after: Option<f64>) -> f64 {
    after.unwrap_or(0.0) - before.unwrap_or(0.0)
}

/// Ties that flipped sign, appeared, disappeared or moved by more than `min_move`, in pair order.
pub(crate) fn tie_changes(
    e0: &BTreeMap<(String, String), f64>,
    e1: &BTreeMap<(String, String), f64>,
    min_move: f64,
) -> Vec<TieChange> {
    let keys: BTreeSet<&(String, String)> = e0.keys().chain(e1.keys()).collect();
    let mut ties = Vec::new();
    for k in keys {
        let (b, a) = (e0.get(k).copied(), e1.get(k).copied());
        let change = match (b, a) {
            (Some(x), Some(y)) if (x > 0.0) != (y > 0.0) => "flipped",
            (None, Some(_)) => "new",
            (Some(_), None) => "gone",
            (Some(x), Some(y)) if (x - y).abs() > min_move => "moved",
            _ => continue,
        };
        ties.push(TieChange { a: k.0.clone(), b: k.1.clone(), before: b, after: a, change: change.into() });
    }
    ties
}

/// Compares two Worlds; `before` is the earlier (or the reference) one.
pub fn compare(before: &Outline, after: &Outline, p: &CompareParams) -> Changes {
    let s0: BTreeSet<&String> = before.states.keys().collect();
    let s1: BTreeSet<&String> = after.states.keys().collect();
    let states_entered = s1.difference(&s0).map(|s| s.to_string()).collect();
    let states_left = s0.difference(&s1).map(|s| s.to_string()).collect();

    let mut alliances = Vec::new();
    let keys: BTreeSet<&(String, String)> = before.alliances.keys().chain(after.alliances.keys()).collect();
    for k in keys {
        let norm = |o: Option<&Vec<Obligation>>| {
            let mut v = o.cloned().unwrap_or_default();
            v.sort();
            v.dedup();
            v
        };
        let (b, a) = (before.alliances.get(k), after.alliances.get(k));
        let change = match (b, a) {
            (None, Some(_)) => "formed",
            (Some(_), None) => "ended",
            (Some(x), Some(y)) if norm(Some(x)) != norm(Some(y)) => "changed",
            _ => continue,
        };
        alliances.push(AllianceChange { a: k.0.clone(), b: k.1.clone(), before: norm(b), after: norm(a), change: change.into() });
    }
    // Formed, then ended, then re-written; by pair within each.
    let rank = |c: &str| ["formed", "ended", "changed"].iter().position(|x| *x == c);
    alliances.sort_by_key(|a| rank(&a.change));

    let mut ties = tie_changes(&before.ties, &after.ties, p.min_tie_move);
    ties.sort_by(|x, y| delta(y.before, y.after).abs().total_cmp(&delta(x.before, x.after).abs()));

    let mut dependence = Vec::new();
    let keys: BTreeSet<&(String, String)> = before.dependence.keys().chain(after.dependence.keys()).collect();
    for k in keys {
        let (b, a) = (before.dependence.get(k).copied(), after.dependence.get(k).copied());
        if delta(b, a).abs() >= p.min_share_move {
            dependence.push(DependenceChange { state: k.0.clone(), on: k.1.clone(), before: b, after: a });
        }
    }
    dependence.sort_by(|x, y| delta(y.before, y.after).abs().total_cmp(&delta(x.before, x.after).abs()));

    let inputs = match (&before.inputs, &after.inputs) {
        (Some(i0), Some(i1)) => {
            // The same file imported again (into a rebuilt store, say) is the same input: an
            // import is its dataset, content and filters, not its file name or time.
            let key = |d: &DatasetInput| (d.dataset.clone(), d.sha256.clone(), d.filters.clone());
            let k0: BTreeSet<_> = i0.datasets.iter().map(key).collect();
            let k1: BTreeSet<_> = i1.datasets.iter().map(key).collect();
            Some(InputChanges {
                added: i1.datasets.iter().filter(|d| !k0.contains(&key(d))).cloned().collect(),
                removed: i0.datasets.iter().filter(|d| !k1.contains(&key(d))).cloned().collect(),
                documents: (i0.documents, i1.documents),
                claims: (i0.claims, i1.claims),
            })
        }
        _ => None,
    };

    Changes {
        from: before.as_of,
        to: after.as_of,
        fingerprints: (before.fingerprint.clone(), after.fingerprint.clone()),
        states_entered,
        states_left,
        alliances,
        ties,
        dependence,
        triad_counts: (triad_counts(&before.ties), triad_counts(&after.ties)),
        inputs,
    }
}

impl Changes {
    /// The changes as text, listing at most `top` rows per section (largest changes first).
    pub fn to_text(&self, top: usize) -> String {
        use std::fmt::Write as _;
        let w = |v: Option<f64>| v.map(|x| format!("{x:+.2}")).unwrap_or_else(|| "none".into());
        let pct = |v: Option<f64>| v.map(|x| format!("{:.1}%", x * 100.0)).unwrap_or_else(|| "none".into());
        let obl = |v: &[Obligation]| {
            if v.is_empty() {
                "none".to_string()
            } else {
                v.iter().map(|o| format!("{o:?}").to_lowercase()).collect::<Vec<_>>().join("+")
            }
        };
        let list = |v: &[String]| if v.is_empty() { "none".to_string() } else { v.join(", ") };
        let more = |s: &mut String, n: usize| {
            if n > top {
                let _ = writeln!(s, "  … and {} more (--top, or --json for all)", n - top);
            }
        };
        let mut s = format!("What changed from the World as of {} to the World as of {}\n", self.from, self.to);
        if let (Some(a), Some(b)) = &self.fingerprints {
            let short = |f: &str| f.chars().take(12).collect::<String>();
            let same = if a == b { " (the same World)" } else { "" };
            let _ = writeln!(s, "  fingerprints {} → {}{same}", short(a), short(b));
        }
        let _ = writeln!(s, "\nStates entered: {}; left: {}", list(&self.states_entered), list(&self.states_left));

        let n = |c: &str| self.alliances.iter().filter(|a| a.change == c).count();
        let _ = writeln!(
            s,
            "\nAlliances: {} formed, {} ended, {} with other obligations",
            n("formed"),
            n("ended"),
            n("changed")
        );
        for a in self.alliances.iter().take(top) {
            let _ = writeln!(s, "  {:<8} {:<8} {:<7} {} → {}", a.a, a.b, a.change, obl(&a.before), obl(&a.after));
        }
        more(&mut s, self.alliances.len());

        let n = |c: &str| self.ties.iter().filter(|t| t.change == c).count();
        let _ = writeln!(
            s,
            "\nTies: {} flipped sign, {} new, {} gone, {} moved; largest changes first:",
            n("flipped"),
            n("new"),
            n("gone"),
            n("moved")
        );
        for t in self.ties.iter().take(top) {
            let _ = writeln!(s, "  {:<8} {:<8} {:>5} → {:<5} {}", t.a, t.b, w(t.before), w(t.after), t.change);
        }
        more(&mut s, self.ties.len());

        let _ = writeln!(
            s,
            "\nTrade dependence that moved (share of the first state's trade that is with the second): {}",
            self.dependence.len()
        );
        for d in self.dependence.iter().take(top) {
            let _ = writeln!(s, "  {:<8} on {:<8} {:>6} → {}", d.state, d.on, pct(d.before), pct(d.after));
        }
        more(&mut s, self.dependence.len());

        let ((b0, u0), (b1, u1)) = self.triad_counts;
        let _ = writeln!(s, "\nClosed triads, balanced/unbalanced: {b0}/{u0} → {b1}/{u1}");

        if let Some(i) = &self.inputs {
            let _ = writeln!(
                s,
                "\nInputs: documents {} → {}, claims {} → {}; dataset imports added: {}, removed: {}",
                i.documents.0,
                i.documents.1,
                i.claims.0,
                i.claims.1,
                i.added.len(),
                i.removed.len()
            );
            for (what, v) in [("added", &i.added), ("removed", &i.removed)] {
                for d in v {
                    let _ = writeln!(
                        s,
                        "  {what:<7} {} {} ({}, sha256 {}…, imported {})",
                        d.dataset,
                        d.version,
                        d.file_name,
                        d.sha256.chars().take(12).collect::<String>(),
                        d.imported_at
                    );
                }
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use realign_world::snapshot::Inputs;

    fn outline(year: i32, ties: &[(&str, &str, f64)], alliances: &[(&str, &str, &[Obligation])], dep: &[(&str, &str, f64)]) -> Outline {
        let k = |a: &str, b: &str| realign_world::pair(a, b);
        let mut states: BTreeMap<String, String> = BTreeMap::new();
        for (a, b, _) in ties {
            states.insert(a.to_string(), a.to_string());
            states.insert(b.to_string(), b.to_string());
        }
        Outline {
            as_of: PartialDate::year(year),
            states,
            alliances: alliances.iter().map(|(a, b, o)| (k(a, b), o.to_vec())).collect(),
            ties: ties.iter().map(|(a, b, w)| (k(a, b), *w)).collect(),
            dependence: dep.iter().map(|(a, b, s)| ((a.to_string(), b.to_string()), *s)).collect(),
            inputs: None,
            fingerprint: None,
        }
    }

    #[test]
    fn a_pact_signed_between_two_worlds_shows_as_formed_and_its_tie_as_new() {
        use Obligation::*;
        let before = outline(
            2023,
            &[("CHN", "PRK", 0.6), ("KOR", "PRK", -0.5), ("KOR", "USA", 0.8), ("RUS", "UKR", -0.2), ("CHN", "KOR", 0.3)],
            &[("CHN", "PRK", &[Defense]), ("KOR", "USA", &[Defense])],
            &[("PRK", "CHN", 0.95), ("PRK", "RUS", 0.01)],
        );
        let after = outline(
            2025,
            &[("CHN", "PRK", 0.62), ("KOR", "PRK", -0.55), ("KOR", "USA", 0.8), ("RUS", "UKR", -0.9), ("PRK", "RUS", 0.7), ("CHN", "KOR", -0.1)],
            &[("CHN", "PRK", &[Defense]), ("KOR", "USA", &[Defense, Consultation]), ("PRK", "RUS", &[Defense])],
            &[("PRK", "CHN", 0.90), ("PRK", "RUS", 0.07)],
        );
        let c = compare(&before, &after, &CompareParams::default());
        assert_eq!((c.from, c.to), (PartialDate::year(2023), PartialDate::year(2025)));
        assert_eq!((c.states_entered.clone(), c.states_left.clone()), (vec![], vec![]));
        let al: Vec<(String, String, &str)> = c.alliances.iter().map(|a| (a.a.clone(), a.b.clone(), a.change.as_str())).collect();
        assert_eq!(
            al,
            [("PRK".into(), "RUS".into(), "formed"), ("KOR".into(), "USA".into(), "changed")]
        );
        assert_eq!(c.alliances[1].after, [Defense, Consultation]);
        // Largest change first; the 0.02 and 0.05 moves of CHN-PRK and KOR-PRK are under the bar.
        let ties: Vec<(&str, &str, &str)> = c.ties.iter().map(|t| (t.a.as_str(), t.b.as_str(), t.change.as_str())).collect();
        assert_eq!(ties, [("PRK", "RUS", "new"), ("RUS", "UKR", "moved"), ("CHN", "KOR", "flipped")]);
        // Only the five-point move is listed.
        assert_eq!(c.dependence, [DependenceChange { state: "PRK".into(), on: "RUS".into(), before: Some(0.01), after: Some(0.07) }]);
        // Before: CHN-KOR-PRK (+,+,-) unbalanced, CHN-KOR-USA open. After: CHN-KOR-PRK (-,+,-)
        // balanced.
        assert_eq!(c.triad_counts, ((0, 1), (1, 0)));
        assert!(c.inputs.is_none(), "no inputs on either side");
        let text = c.to_text(10);
        assert!(text.contains("Alliances: 1 formed, 0 ended, 1 with other obligations"), "{text}");
        assert!(text.lines().any(|l| l.trim_start().starts_with("PRK      on RUS") && l.ends_with("1.0% → 7.0%")), "{text}");
    }

    #[test]
    fn the_same_file_imported_again_is_not_a_change_of_inputs() {
        let d = |sha: &str, at: &str| DatasetInput {
            dataset: "atop".into(),
            version: "5.1".into(),
            file_name: "atop.csv".into(),
            sha256: sha.into(),
            imported_at: at.into(),
            filters: String::new(),
        };
        let mut before = outline(2014, &[], &[], &[]);
        let mut after = before.clone();
        before.inputs = Some(Inputs { datasets: vec![d("aa", "2026-01-01T00:00:00Z")], documents: 3, claims: 10 });
        after.inputs = Some(Inputs {
            datasets: vec![d("aa", "2026-06-01T00:00:00Z"), d("bb", "2026-06-02T00:00:00Z")],
            documents: 5,
            claims: 16,
        });
        let i = compare(&before, &after, &CompareParams::default()).inputs.expect("both sides have inputs");
        assert_eq!(i.added.iter().map(|d| d.sha256.as_str()).collect::<Vec<_>>(), ["bb"]);
        assert!(i.removed.is_empty());
        assert_eq!((i.documents, i.claims), ((3, 5), (10, 16)));
    }
}
