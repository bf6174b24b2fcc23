//! Who reacted to a state, and how: the statements *and the silences* the store holds about it.
//!
//! For a state X (North Korea, say) and a window of dates, every other state or organisation that
//! acted towards X or took a stance on it gets one row (a leader or ministry counts for its
//! state): what it did (condemned, sanctioned, urged, backed, met), the stances read (silent,
//! neutral, wary, supportive), a position summing them up and the claims behind each. States the
//! analyst lists that did nothing the store knows of get a row too, "no record": the silence no
//! article mentions is itself an answer ("which Southeast Asian states have said nothing?").
//!
//! | position | when |
//! |---|---|
//! | `against` | acts of verbal or material conflict aimed at X (PLOVER REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT), or an opposed, wary, concerned, uneasy or sceptical stance, and nothing supportive |
//! | `for` | acts of support (AGREE, SUPPORT, CONCEDE, COOPERATE, AID) or a supportive stance, and nothing against |
//! | `mixed` | both |
//! | `statement` | only words quoted about X from its government (a minister, a spokesman, a ministry) whose stance the reader did not code |
//! | `neutral` | only a neutral stance or an abstention (meetings alone, CONSULT, count here too) |
//! | `silent` | only silence ("declined to comment", "has said nothing") |
//! | `no record` | a listed state about which the store holds nothing in the window |
//!
//! Acts told as negated ("did not condemn") or hypothetical ("would sanction") are not reactions
//! and are left out; so are acts X itself takes, and those of armed groups. A joint act aimed at
//! each other ("Russia and North Korea signed a treaty") is the partner's act towards X.

use std::collections::BTreeMap;

use realign_core::{ActorKind, ActorRef, ClaimBody, PartialDate, Plover, QuadClass};
use realign_world::build::ClaimInput;
use serde::Serialize;

/// One state's reaction to the target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reaction {
    /// The reacting state (ISO3).
    pub state: String,
    /// `against`, `for`, `mixed`, `statement`, `neutral`, `silent` or `no record`.
    pub position: &'static str,
    /// Acts aimed at the target, by PLOVER type, and stances, by label: how many claims of each.
    pub signals: BTreeMap<String, u32>,
    /// The claims behind the row (store ids), in id order.
    pub claims: Vec<i64>,
    /// Each claim's evidence sentence, in the order of `claims`.
    pub sentences: Vec<String>,
    /// The earliest and latest date among them.
    pub first: Option<PartialDate>,
    /// The latest date among them.
    pub last: Option<PartialDate>,
}

/// Side of a signal.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Against,
    For,
    Spoke,
    Neutral,
    Silent,
}

fn event_side(p: Plover) -> Side {
    match (p, p.quad_class()) {
        (Plover::Consult | Plover::Retreat, _) => Side::Neutral,
        (_, QuadClass::VerbalConflict | QuadClass::MaterialConflict) => Side::Against,
        _ => Side::For,
    }
}

fn stance_side(label: &str) -> Option<Side> {
    Some(match label {
        "silent" => Side::Silent,
        "neutral" | "abstained" | "cautious" | "ambiguous" | "indifferent" => Side::Neutral,
        "supportive" | "sympathetic" | "committed" => Side::For,
        "opposed" | "wary" | "concerned" | "uneasy" | "skeptical" | "sceptical" | "worried" | "distrustful" | "angry" | "hostile" => Side::Against,
        _ => return None,
    })
}

/// Whether `a` is a state (or its leader, its ministry) or an organisation other than the target:
/// armed groups and unknown actors are not counted, nor is the target's own side.
fn reacting(a: &ActorRef, target: &str) -> bool {
    a.code != target && a.code != "UNK" && !a.code.is_empty() && a.kind != ActorKind::Group
}

/// What reactions to a claim are reactions to: the state that acted (an event's first source, a
/// deployment's or transfer's sender, a stance's holder, a treaty's first party), as a state the
/// reactions can name, and the claim's date (its own, else its document's), from which they are
/// looked for. `None` when no state acted (an armed group's attack, a quote).
pub fn trigger(claim: &ClaimInput) -> Option<(String, Option<PartialDate>)> {
    let state = |a: &ActorRef| (a.code.len() == 3 && a.code != "UNK" && a.kind != ActorKind::Group).then(|| a.code.clone());
    let who = match &claim.claim.body {
        ClaimBody::Event(e) => e.source.iter().find_map(state),
        ClaimBody::Deployment(d) => state(&d.source),
        ClaimBody::Transfer(t) => state(&t.source),
        ClaimBody::Stance(st) => state(&st.actor),
        ClaimBody::Alliance(a) => a.parties.iter().find_map(state),
        _ => None,
    }?;
    Some((who, claim.claim.date.or(claim.doc_date)))
}

/// Why a claim gives no trigger.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TriggerError {
    /// No claim has the id.
    #[error("no claim #{0}")]
    NoClaim(i64),
    /// No state acted in the claim.
    #[error("no state acted in claim #{0} (name the state reacted to)")]
    NoState(i64),
}

/// [`trigger`] of the claim `id` among `claims`.
pub fn trigger_of(claims: &[ClaimInput], id: i64) -> Result<(String, Option<PartialDate>), TriggerError> {
    let claim = claims.iter().find(|c| c.id == id).ok_or(TriggerError::NoClaim(id))?;
    trigger(claim).ok_or(TriggerError::NoState(id))
}

/// The reactions to `target` in `claims` dated within `since..=until` (either bound optional; a
/// claim without a date of its own takes its document's), one row per reacting state ordered by
/// position (against, mixed, for, statement, neutral, silent, no record) then code, plus a `no record` row
/// for each of `listed` that has none.
pub fn reactions(claims: &[ClaimInput], target: &str, since: Option<PartialDate>, until: Option<PartialDate>, listed: &[String]) -> Vec<Reaction> {
    let mut rows: BTreeMap<String, (Vec<Side>, Reaction)> = BTreeMap::new();
    let in_window = |d: Option<PartialDate>| match d {
        Some(d) => since.map_or(true, |s| d >= s) && until.map_or(true, |u| d <= u),
        None => since.is_none() && until.is_none(),
    };
    for c in claims {
        let date = c.claim.date.or(c.doc_date);
        if !in_window(date) {
            continue;
        }
        let mut signals: Vec<(String, String, Side)> = Vec::new();
        match &c.claim.body {
            ClaimBody::Event(e) => {
                // (A joint act aimed at each other, "Russia and North Korea signed a treaty", is
                // Russia's towards North Korea too.)
                let aimed = e.target.iter().any(|a| a.code == target);
                if aimed && !e.negated && !e.hypothetical {
                    for s in e.source.iter().filter(|a| reacting(a, target)) {
                        signals.push((s.code.clone(), e.plover.label().to_string(), event_side(e.plover)));
                    }
                }
            }
            // (Words quoted from a government about X: a statement, whatever its tone; not an
            // analyst's, whose state is only where the analyst works.)
            ClaimBody::Quote(q) => {
                let official = q.speaker_actor.as_ref().filter(|a| {
                    matches!(a.kind, ActorKind::State | ActorKind::GovBody | ActorKind::Igo) || (a.kind == ActorKind::Person && a.sector.as_deref() == Some("GOV"))
                });
                if let Some(a) = official.filter(|a| reacting(a, target) && q.about.iter().any(|x| x.code == target)) {
                    signals.push((a.code.clone(), "statement".to_string(), Side::Spoke));
                }
            }
            ClaimBody::Stance(st) => {
                let about = st.about.iter().any(|a| a.code == target);
                if let (true, true, Some(side)) = (about, reacting(&st.actor, target), stance_side(&st.stance)) {
                    signals.push((st.actor.code.clone(), st.stance.clone(), side));
                }
            }
            _ => {}
        }
        for (state, label, side) in signals {
            let (sides, row) = rows.entry(state.clone()).or_insert_with(|| {
                (Vec::new(), Reaction { state, position: "no record", signals: BTreeMap::new(), claims: Vec::new(), sentences: Vec::new(), first: None, last: None })
            });
            sides.push(side);
            *row.signals.entry(label).or_default() += 1;
            if !row.claims.contains(&c.id) {
                row.claims.push(c.id);
                row.sentences.push(c.claim.evidence.sentence.trim().to_string());
            }
            if let Some(d) = date {
                row.first = Some(row.first.map_or(d, |f| f.min(d)));
                row.last = Some(row.last.map_or(d, |l| l.max(d)));
            }
        }
    }
    let mut out: Vec<Reaction> = rows
        .into_values()
        .map(|(sides, mut row)| {
            let has = |s: Side| sides.contains(&s);
            row.position = match (has(Side::Against), has(Side::For)) {
                (true, true) => "mixed",
                (true, false) => "against",
                (false, true) => "for",
                _ if has(Side::Spoke) => "statement",
                _ if has(Side::Neutral) => "neutral",
                _ => "silent",
            };
            // (Claims and their sentences in id order, together.)
            let mut pairs: Vec<(i64, String)> = row.claims.drain(..).zip(row.sentences.drain(..)).collect();
            pairs.sort_by_key(|p| p.0);
            (row.claims, row.sentences) = pairs.into_iter().unzip();
            row
        })
        .collect();
    for s in listed {
        let code = s.trim().to_ascii_uppercase();
        if code != target && !out.iter().any(|r| r.state == code) {
            out.push(Reaction { state: code, position: "no record", signals: BTreeMap::new(), claims: Vec::new(), sentences: Vec::new(), first: None, last: None });
        }
    }
    let rank = |p: &str| ["against", "mixed", "for", "statement", "neutral", "silent", "no record"].iter().position(|x| *x == p).unwrap_or(7);
    out.sort_by(|a, b| rank(a.position).cmp(&rank(b.position)).then_with(|| a.state.cmp(&b.state)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use realign_core::{Attribution, Claim, EventClaim, Evidence, Span, StanceClaim};

    fn input(id: i64, body: ClaimBody, date: &str) -> ClaimInput {
        ClaimInput {
            id,
            claim: Claim {
                doc: "d".into(),
                body,
                date: PartialDate::parse(date).ok(),
                evidence: Evidence { span: Span::new(0, 1), sentence_span: Span::new(0, 1), sentence: "s".into() },
                attribution: Attribution::reporter(),
                confidence: 0.8,
            },
            doc_date: None,
        }
    }

    fn event(p: Plover, from: &[&str], to: &[&str]) -> ClaimBody {
        ClaimBody::Event(EventClaim::new(p, from.iter().map(|c| ActorRef::state(*c)).collect(), to.iter().map(|c| ActorRef::state(*c)).collect()))
    }

    fn quote(speaker: ActorRef, about: &str) -> ClaimBody {
        ClaimBody::Quote(realign_core::QuoteClaim { speaker: speaker.name.clone().unwrap_or_default(), speaker_actor: Some(speaker), about: vec![ActorRef::state(about)], text: "words".into() })
    }

    fn stance(who: &str, label: &str, about: &[&str]) -> ClaimBody {
        ClaimBody::Stance(StanceClaim { actor: ActorRef::state(who), stance: label.into(), about: about.iter().map(|c| ActorRef::state(*c)).collect() })
    }

    #[test]
    fn each_state_gets_its_position_with_the_claims_behind_it() {
        let mut not_condemned = EventClaim::new(Plover::Accuse, vec![ActorRef::state("IND")], vec![ActorRef::state("PRK")]);
        not_condemned.negated = true;
        let claims = vec![
            input(1, event(Plover::Accuse, &["UKR"], &["PRK"]), "2024-11-15"),
            input(2, event(Plover::Request, &["JPN", "KOR"], &["PRK"]), "2024-12-17"),
            input(3, event(Plover::Sanction, &["JPN"], &["PRK"]), "2024-12-20"),
            input(4, stance("PHL", "silent", &["PRK", "RUS"]), "2024-12-17"),
            input(5, stance("IDN", "neutral", &["PRK"]), "2024-12-18"),
            input(6, event(Plover::Support, &["RUS"], &["PRK"]), "2024-06-19"),
            input(7, stance("CHN", "uneasy", &["PRK"]), "2024-11-01"),
            input(8, event(Plover::Agree, &["CHN"], &["PRK"]), "2024-11-02"),
            // North Korea's own act is no reaction to itself; a negated one is none either.
            input(9, event(Plover::Reject, &["PRK"], &["JPN", "KOR"]), "2024-12-18"),
            input(10, ClaimBody::Event(not_condemned), "2024-12-01"),
            // Outside the window.
            input(11, event(Plover::Accuse, &["AUS"], &["PRK"]), "2023-01-01"),
            // A joint act: Belarus's towards North Korea; an organisation reacts too.
            input(12, event(Plover::Support, &["BLR", "PRK"], &["BLR", "PRK"]), "2024-10-01"),
            input(13, ClaimBody::Event(EventClaim::new(Plover::Sanction, vec![ActorRef { code: "EU".into(), kind: ActorKind::Igo, name: None, role: None, sector: None }], vec![ActorRef::state("PRK")])), "2024-12-17"),
            // A minister's words about North Korea are a statement; an analyst's are not Malaysia's.
            input(14, quote(ActorRef { code: "THA".into(), kind: ActorKind::Person, name: Some("A Minister".into()), role: Some("foreign minister".into()), sector: Some("GOV".into()) }, "PRK"), "2024-12-18"),
            input(15, quote(ActorRef { code: "MYS".into(), kind: ActorKind::Person, name: Some("A Scholar".into()), role: None, sector: None }, "PRK"), "2024-12-18"),
        ];
        let listed: Vec<String> = ["PHL", "SGP", "MYS", "IDN", "THA"].iter().map(|s| s.to_string()).collect();
        let got = reactions(&claims, "PRK", PartialDate::parse("2024").ok(), None, &listed);
        let table: Vec<(&str, &str, Vec<i64>)> = got.iter().map(|r| (r.state.as_str(), r.position, r.claims.clone())).collect();
        assert_eq!(
            table,
            vec![
                ("EU", "against", vec![13]),
                ("JPN", "against", vec![2, 3]),
                ("KOR", "against", vec![2]),
                ("UKR", "against", vec![1]),
                ("CHN", "mixed", vec![7, 8]),
                ("BLR", "for", vec![12]),
                ("RUS", "for", vec![6]),
                ("THA", "statement", vec![14]),
                ("IDN", "neutral", vec![5]),
                ("PHL", "silent", vec![4]),
                ("MYS", "no record", vec![]),
                ("SGP", "no record", vec![]),
            ]
        );
        let jpn = &got[1];
        assert_eq!((jpn.signals.get("REQUEST"), jpn.signals.get("SANCTION")), (Some(&1), Some(&1)));
        assert_eq!((jpn.first.map(|d| d.to_string()), jpn.last.map(|d| d.to_string())), (Some("2024-12-17".into()), Some("2024-12-20".into())));
        // Without a window, undated claims count too, and the old accusation is back.
        assert!(reactions(&claims, "PRK", None, None, &[]).iter().any(|r| r.state == "AUS" && r.position == "against"));
    }

    #[test]
    fn a_claims_reactions_are_to_the_state_that_acted_from_its_date() {
        let sent = input(1, event(Plover::Mobilize, &["PRK"], &["RUS"]), "2024-10-18");
        assert_eq!(trigger(&sent), Some(("PRK".to_string(), PartialDate::parse("2024-10-18").ok())));
        let mut by_group = input(2, event(Plover::Assault, &["UNK"], &["ISR"]), "2024-10-07");
        by_group.claim.body = match by_group.claim.body {
            ClaimBody::Event(mut e) => {
                e.source = vec![ActorRef { kind: ActorKind::Group, ..ActorRef::state("UNK") }];
                ClaimBody::Event(e)
            }
            b => b,
        };
        assert_eq!(trigger(&by_group), None, "no state acted");
        assert_eq!(trigger(&input(3, stance("CHN", "silent", &["PRK"]), "2024-11")).map(|t| t.0), Some("CHN".to_string()));
    }
}