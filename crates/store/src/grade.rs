//! Source grading in the NATO / Admiralty manner: a claim gets a letter for how reliable its
//! sources are (A–F) and, separately, a digit for how credible the information is (1–6), written
//! together as "B2".
//!
//! * **Reliability** is a judgement about publishers that only the analyst can make, so it comes
//!   from their own table ([`ReliabilityTable`]: publisher → letter). A claim takes the best letter
//!   among its sources' publishers; with none rated it is **F**, "reliability cannot be judged"
//!   (which says nothing against the source).
//! * **Credibility** follows from what the store knows about the claim: how many sources state it,
//!   whether they are independent, on whose word, and whether other sources contradict it.
//!
//! | digit | meaning | when |
//! |---|---|---|
//! | 1 | confirmed | a second source independent of the first states it (a different document, publisher and named source), and no confirmed claim contradicts it |
//! | 2 | probably true | stated by the reporter or a named source, the reader sure of its reading (confidence ≥ 0.6), nothing contradicting it |
//! | 3 | possibly true | only on unnamed sources' word ("reportedly", "officials said"), or read with low confidence |
//! | 4 | doubtful | other sources give incompatible values, and no confirmation settles it (neither side is confirmed, or both are) |
//! | 5 | improbable | a confirmed claim contradicts it, and it is not confirmed itself |
//! | 6 | cannot be judged | a conditional or hypothetical statement: nothing happened yet to judge |
//!
//! Grades are computed when claims are shown, never stored: a new article or a changed table
//! re-grades everything.

use std::collections::BTreeMap;

use realign_core::{AttributionKind, ClaimBody};
use serde::Serialize;

use crate::claims::StoredClaim;

/// Reader confidence below which a single reading is only "possibly true".
pub const CONFIDENT: f32 = 0.6;

/// An analyst's reliability letters for publishers (A completely reliable … E unreliable, F
/// cannot be judged). Publisher names match without regard to case or surrounding space.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReliabilityTable {
    letters: BTreeMap<String, char>,
}

/// A reliability letter that is not A–F.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("reliability of {publisher:?} must be one letter A to F, got {got:?}")]
pub struct BadLetter {
    /// The publisher it was given for.
    pub publisher: String,
    /// What was given.
    pub got: String,
}

impl ReliabilityTable {
    /// An empty table: every claim's reliability is F.
    pub fn new() -> ReliabilityTable {
        ReliabilityTable::default()
    }

    /// Rates `publisher` with `letter` ("A" … "F", either case).
    pub fn insert(&mut self, publisher: &str, letter: &str) -> Result<(), BadLetter> {
        let l = letter.trim().to_ascii_uppercase();
        let mut chars = l.chars();
        match (chars.next(), chars.next()) {
            (Some(c @ 'A'..='F'), None) => {
                self.letters.insert(key(publisher), c);
                Ok(())
            }
            _ => Err(BadLetter { publisher: publisher.to_string(), got: letter.to_string() }),
        }
    }

    /// The letter for `publisher`, if rated.
    pub fn letter(&self, publisher: &str) -> Option<char> {
        self.letters.get(&key(publisher)).copied()
    }

    /// Publishers rated.
    pub fn len(&self) -> usize {
        self.letters.len()
    }

    /// Whether nothing is rated.
    pub fn is_empty(&self) -> bool {
        self.letters.is_empty()
    }
}

fn key(publisher: &str) -> String {
    publisher.trim().to_lowercase()
}

/// A claim's grade.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Grade {
    /// "B2".
    pub code: String,
    /// Source reliability, A–F.
    pub reliability: char,
    /// Information credibility, 1–6.
    pub credibility: u8,
    /// Why, in words ("2 independent sources", "on unnamed sources' word").
    pub why: String,
}

/// Whether a second source independent of the first states the claim.
fn independently_confirmed(c: &StoredClaim) -> bool {
    c.sources.iter().any(|s| s.independent == Some(true))
}

fn hypothetical(c: &StoredClaim) -> bool {
    matches!(&c.claim.body, ClaimBody::Event(e) if e.hypothetical)
}

/// Grades `claim`. `conflicting` are the claims it conflicts with (its `conflicts_with`, as the
/// store returns them; ones missing are treated as unconfirmed).
pub fn grade(claim: &StoredClaim, conflicting: &[&StoredClaim], table: &ReliabilityTable) -> Grade {
    let rated = claim.sources.iter().filter_map(|s| s.publisher.as_deref().and_then(|p| table.letter(p))).min();
    let reliability = rated.unwrap_or('F');
    let confirmed = independently_confirmed(claim);
    let contradicted_by_confirmed = conflicting.iter().any(|c| independently_confirmed(c) && !hypothetical(c));
    let independent = 1 + claim.sources.iter().filter(|s| s.independent == Some(true)).count();
    let (credibility, why) = if hypothetical(claim) {
        (6, "a conditional or hypothetical statement".to_string())
    } else if !claim.conflicts_with.is_empty() && contradicted_by_confirmed && !confirmed {
        (5, "contradicted by a confirmed claim".to_string())
    } else if confirmed && !contradicted_by_confirmed {
        (1, format!("{independent} independent sources"))
    } else if !claim.conflicts_with.is_empty() {
        (4, "other sources give incompatible values".to_string())
    } else {
        let on_record = claim.sources.iter().any(|s| matches!(s.claim.attribution.kind, AttributionKind::Reporter | AttributionKind::Named));
        let sure = claim.sources.iter().any(|s| s.claim.confidence >= CONFIDENT);
        match (on_record, sure) {
            (true, true) => (2, if claim.sources.len() > 1 { "stated by several sources not known to be independent".to_string() } else { "one source, on the record".to_string() }),
            (false, _) => (3, "on unnamed sources' word".to_string()),
            (true, false) => (3, "read with low confidence".to_string()),
        }
    };
    let why = match rated {
        Some(_) => why,
        None => format!("{why}; no source's publisher rated"),
    };
    Grade { code: format!("{reliability}{credibility}"), reliability, credibility, why }
}

/// Grades every claim of `claims`; the claims each one conflicts with are looked up in `claims`
/// first, then in `store`.
pub fn grade_claims(store: &crate::Store, claims: &[StoredClaim], table: &ReliabilityTable) -> crate::Result<Vec<Grade>> {
    let by_id: BTreeMap<i64, &StoredClaim> = claims.iter().map(|c| (c.id, c)).collect();
    let mut fetched: Vec<StoredClaim> = Vec::new();
    for c in claims {
        for id in &c.conflicts_with {
            if !by_id.contains_key(id) && !fetched.iter().any(|f| f.id == *id) {
                fetched.extend(store.claim(*id)?);
            }
        }
    }
    Ok(claims
        .iter()
        .map(|c| {
            let other: Vec<&StoredClaim> = c
                .conflicts_with
                .iter()
                .filter_map(|id| by_id.get(id).copied().or_else(|| fetched.iter().find(|f| f.id == *id)))
                .collect();
            grade(c, &other, table)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimSource;
    use realign_core::{ActorRef, Attribution, Claim, DeploymentClaim, Evidence, EventClaim, Plover, Qualifier, Quantity, Span};

    fn claim(body: ClaimBody, attribution: Attribution, confidence: f32) -> Claim {
        Claim {
            doc: "d1".into(),
            body,
            date: None,
            evidence: Evidence { span: Span::new(0, 4), sentence_span: Span::new(0, 4), sentence: "text".into() },
            attribution,
            confidence,
        }
    }

    fn troops(n: f64) -> ClaimBody {
        ClaimBody::Deployment(DeploymentClaim {
            source: ActorRef::state("PRK"),
            target: ActorRef::state("RUS"),
            quantity: Some(Quantity { value: n, unit: "troops".into(), qualifier: Qualifier::Exact }),
            location: None,
            planned: false,
        })
    }

    fn stored(id: i64, body: ClaimBody, sources: &[(&str, Option<bool>, Attribution, f32)], conflicts_with: &[i64]) -> StoredClaim {
        let sources: Vec<ClaimSource> = sources
            .iter()
            .enumerate()
            .map(|(i, (publisher, independent, a, conf))| ClaimSource {
                doc_id: format!("doc{i}"),
                doc_name: None,
                title: None,
                publisher: Some(publisher.to_string()),
                doc_date: None,
                claim: claim(body.clone(), a.clone(), *conf),
                independent: *independent,
            })
            .collect();
        StoredClaim {
            id,
            fact_key: "k".into(),
            claim: sources[0].claim.clone(),
            sources,
            conflicts_with: conflicts_with.to_vec(),
        }
    }

    fn named(who: &str) -> Attribution {
        Attribution { kind: AttributionKind::Named, who: Some(who.into()), actor: None }
    }

    fn unnamed() -> Attribution {
        Attribution { kind: AttributionKind::Unnamed, who: None, actor: None }
    }

    #[test]
    fn credibility_follows_corroboration_attribution_and_contradiction() {
        let mut table = ReliabilityTable::new();
        table.insert("Yonhap", "b").unwrap();
        table.insert(" Wire Service ", "A").unwrap();
        let none = ReliabilityTable::new();

        // One source on the record: probably true; unrated publisher: F.
        let one = stored(1, troops(12_000.0), &[("Yonhap", None, named("NIS"), 0.8)], &[]);
        assert_eq!(grade(&one, &[], &none).code, "F2");
        assert_eq!(grade(&one, &[], &table).code, "B2");
        // The best-rated publisher among the sources sets the letter.
        let two = stored(2, troops(12_000.0), &[("Yonhap", None, named("NIS"), 0.8), ("wire service", Some(true), named("Pentagon"), 0.8)], &[]);
        let g = grade(&two, &[], &table);
        assert_eq!((g.code.as_str(), g.why.as_str()), ("A1", "2 independent sources"));
        // Two documents not known to be independent (one publisher) are no confirmation.
        let same = stored(3, troops(12_000.0), &[("Yonhap", None, named("NIS"), 0.8), ("Yonhap", Some(false), named("NIS"), 0.8)], &[]);
        assert_eq!(grade(&same, &[], &table).credibility, 2);
        // Unnamed sources only, or a shaky reading: possibly true.
        let rumour = stored(4, troops(12_000.0), &[("Yonhap", None, unnamed(), 0.8)], &[]);
        assert_eq!(grade(&rumour, &[], &table).credibility, 3);
        let shaky = stored(5, troops(12_000.0), &[("Yonhap", None, Attribution::reporter(), 0.4)], &[]);
        assert_eq!(grade(&shaky, &[], &table).credibility, 3);

        // 10,000 against 11,000, neither confirmed: both doubtful.
        let ten = stored(6, troops(10_000.0), &[("Yonhap", None, named("NIS"), 0.8)], &[7]);
        let eleven = stored(7, troops(11_000.0), &[("Pentagon Daily", None, named("Pentagon"), 0.8)], &[6]);
        assert_eq!(grade(&ten, &[&eleven], &table).credibility, 4);
        assert_eq!(grade(&eleven, &[&ten], &table).credibility, 4);
        // Once 11,000 is confirmed by an independent source, 10,000 is improbable and 11,000
        // confirmed.
        let eleven = stored(7, troops(11_000.0), &[("Pentagon Daily", None, named("Pentagon"), 0.8), ("Wire Service", Some(true), named("NATO"), 0.8)], &[6]);
        assert_eq!(grade(&ten, &[&eleven], &table).credibility, 5);
        assert_eq!(grade(&eleven, &[&ten], &table).code, "A1");

        // A threat of what would happen: nothing to judge yet.
        let mut strike = EventClaim::new(Plover::Assault, vec![ActorRef::state("PRK")], vec![ActorRef::state("KOR")]);
        strike.hypothetical = true;
        let would = stored(8, ClaimBody::Event(strike), &[("Yonhap", None, Attribution::reporter(), 0.8), ("Wire Service", Some(true), Attribution::reporter(), 0.8)], &[]);
        assert_eq!(grade(&would, &[], &table).code, "A6");
    }

    #[test]
    fn reliability_letters_are_one_of_a_to_f() {
        let mut t = ReliabilityTable::new();
        assert!(t.insert("KCNA", "E").is_ok());
        for bad in ["G", "", "AB", "1"] {
            let e = t.insert("X", bad).unwrap_err();
            assert_eq!(e.got, bad);
        }
        assert_eq!((t.len(), t.letter("kcna")), (1, Some('E')));
    }
}
