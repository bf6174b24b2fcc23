//! Building a [`World`] from the store's datasets and claims.

use std::collections::{BTreeMap, HashMap};

use realign_core::{Claim, ClaimBody, Obligation, PartialDate, Plover};
use realign_store::Store;

use crate::{pair, AllianceTie, Crosswalk, EventScore, Evidence, State, TradeTie, World, WorldError};

/// Parameters of a World build. Every weight is documented where it is used; defaults are the
/// documented ones.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorldOptions {
    /// How many years past a dataset's last covered year its latest values still stand in for
    /// "now" (0 = strict coverage: beyond it, missing). The year used is always recorded.
    pub carry_forward_years: i64,
    /// Years of SIPRI deliveries summed for arms dependence.
    pub arms_window_years: i64,
    /// Half-life, in years, of an event's weight in the event score.
    pub event_half_life_years: f64,
    /// Weight of an alliance in the combined tie (defence/offence: full; others: half).
    pub alliance_weight: f64,
    /// Weight of trade dependence (a 25% share or more counts fully).
    pub trade_weight: f64,
    /// Weight of arms dependence.
    pub arms_weight: f64,
    /// Weight of the event score (squashed to [-1, 1]).
    pub event_weight: f64,
    /// Years of MID dispute-years counted as hostility.
    pub dispute_window_years: i64,
    /// Weight of militarized disputes (a war in the window counts fully).
    pub dispute_weight: f64,
    /// Years of UN General Assembly roll calls before the date used for voting affinity.
    pub un_window_years: i64,
    /// Pairs sharing fewer roll calls than this get no agreement value.
    pub un_min_shared: u32,
    /// Weight of voting affinity (agreement relative to the world's mean, in [-1, 1]) in a tie
    /// that other evidence establishes.
    pub un_vote_weight: f64,
}

impl Default for WorldOptions {
    fn default() -> Self {
        WorldOptions {
            carry_forward_years: 10,
            arms_window_years: 5,
            event_half_life_years: 1.0,
            alliance_weight: 0.6,
            trade_weight: 0.2,
            arms_weight: 0.2,
            event_weight: 0.8,
            dispute_window_years: 10,
            dispute_weight: 0.8,
            un_window_years: 3,
            un_min_shared: 10,
            un_vote_weight: 0.2,
        }
    }
}

/// A stored claim as the World needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimInput {
    /// The claim's id in the store.
    pub id: i64,
    /// The claim.
    pub claim: Claim,
    /// The document's publication date (used when the claim has no date of its own).
    pub doc_date: Option<PartialDate>,
}

/// Every claim in `store`, as the World takes them (with its first source's document date).
pub fn claim_inputs(store: &realign_store::Store) -> realign_store::Result<Vec<ClaimInput>> {
    Ok(store
        .claims(&realign_store::claims::ClaimFilter::default())?
        .into_iter()
        .map(|c| ClaimInput { id: c.id, doc_date: c.sources.first().and_then(|s| s.doc_date), claim: c.claim })
        .collect())
}

/// Builds Worlds.
#[derive(Debug, Clone, Default)]
pub struct WorldBuilder {
    /// Parameters.
    pub options: WorldOptions,
    /// ISO3 ↔ COW codes.
    pub crosswalk: Crosswalk,
}

/// Goldstein-like value per PLOVER type, used when a claim carries no CAMEO Goldstein value
/// (the midpoint of the CAMEO codes that map to the type).
pub fn plover_goldstein(p: Plover) -> f64 {
    match p {
        Plover::Agree => 4.0,
        Plover::Consult => 3.0,
        Plover::Support => 3.5,
        Plover::Concede => 5.0,
        Plover::Cooperate => 6.0,
        Plover::Aid => 7.0,
        Plover::Retreat => 5.0,
        Plover::Request => -0.5,
        Plover::Accuse => -2.0,
        Plover::Reject => -4.0,
        Plover::Threaten => -6.0,
        Plover::Protest => -6.5,
        Plover::Sanction => -8.0,
        Plover::Mobilize => -7.0,
        Plover::Coerce => -7.0,
        Plover::Assault => -10.0,
    }
}

impl WorldBuilder {
    /// A builder with default options and this crosswalk.
    pub fn new(crosswalk: Crosswalk) -> Self {
        WorldBuilder { options: WorldOptions::default(), crosswalk }
    }

    /// Builds the World as of `date` from the store's datasets and the given claims. Only data
    /// dated on or before `date` is used.
    pub fn build(&self, store: &Store, date: PartialDate, claims: &[ClaimInput]) -> Result<World, WorldError> {
        let o = &self.options;
        let y = date.year as i64;
        let cw = &self.crosswalk;
        let mut world = World {
            as_of: date,
            states: BTreeMap::new(),
            alliances: BTreeMap::new(),
            trade: BTreeMap::new(),
            arms: BTreeMap::new(),
            arms_evidence: BTreeMap::new(),
            events: BTreeMap::new(),
            disputes: BTreeMap::new(),
            un_votes: None,
            options: o.clone(),
        };
        // The year whose data stands for `y`, given a dataset's coverage.
        let data_year = |dataset: &str| -> Result<Option<i64>, WorldError> {
            Ok(store.dataset_coverage(dataset)?.and_then(|(lo, hi)| {
                if y < lo {
                    None
                } else if y <= hi {
                    Some(y)
                } else if y - hi <= o.carry_forward_years {
                    Some(hi)
                } else {
                    None
                }
            }))
        };

        // States: membership spells containing the date; a spell ending on the dataset's last day
        // is ongoing.
        let spells = store.state_rows()?;
        let last_day = spells.iter().map(|s| s.end.clone()).max();
        let (dy, dm, dd) = date.latest();
        let day = format!("{dy:04}-{dm:02}-{dd:02}");
        for s in &spells {
            let ongoing = last_day.as_deref() == Some(s.end.as_str());
            if s.start <= day && (day <= s.end || ongoing) {
                let code = cw.code(s.ccode);
                world.states.entry(code.clone()).or_insert_with(|| State {
                    code,
                    ccode: Some(s.ccode),
                    name: s.name.clone(),
                    cinc: None,
                    evidence: vec![Evidence::Dataset { dataset: "cow-states".into(), line: s.line }],
                });
            }
        }

        if let Some(ny) = data_year("nmc")? {
            for r in store.nmc_rows(ny, ny)? {
                let code = cw.code(r.ccode);
                if let Some(st) = world.states.get_mut(&code) {
                    st.cinc = r.cinc;
                    st.evidence.push(Evidence::Dataset { dataset: "nmc".into(), line: r.line });
                } else if spells.is_empty() {
                    world.states.insert(
                        code.clone(),
                        State {
                            code,
                            ccode: Some(r.ccode),
                            name: String::new(),
                            cinc: r.cinc,
                            evidence: vec![Evidence::Dataset { dataset: "nmc".into(), line: r.line }],
                        },
                    );
                }
            }
        }

        if let Some(ay) = data_year("atop")? {
            for r in store.atop_rows(ay, ay)? {
                if r.ccode1 >= r.ccode2 {
                    continue; // directed rows come in both orders
                }
                let mut obligations = Vec::new();
                for (flag, ob) in [
                    (r.defense, Obligation::Defense),
                    (r.offense, Obligation::Offense),
                    (r.neutral, Obligation::Neutrality),
                    (r.nonagg, Obligation::Nonaggression),
                    (r.consul, Obligation::Consultation),
                ] {
                    if flag {
                        obligations.push(ob);
                    }
                }
                if obligations.is_empty() {
                    continue;
                }
                let (a, b) = pair(&cw.code(r.ccode1), &cw.code(r.ccode2));
                world.alliances.insert(
                    (a.clone(), b.clone()),
                    AllianceTie { a, b, obligations, evidence: vec![Evidence::Dataset { dataset: "atop".into(), line: r.line }] },
                );
            }
        }

        if let Some(ty) = data_year("cow-trade")? {
            let rows = store.trade_rows(ty, ty)?;
            let mut total: HashMap<i64, f64> = HashMap::new();
            for r in &rows {
                let v = r.flow1.unwrap_or(0.0) + r.flow2.unwrap_or(0.0);
                *total.entry(r.ccode1).or_default() += v;
                *total.entry(r.ccode2).or_default() += v;
            }
            for r in &rows {
                if r.flow1.is_none() && r.flow2.is_none() {
                    continue;
                }
                let v = r.flow1.unwrap_or(0.0) + r.flow2.unwrap_or(0.0);
                if v <= 0.0 {
                    continue;
                }
                let share = |c: i64| total.get(&c).filter(|t| **t > 0.0).map(|t| v / t);
                let (c1, c2) = (cw.code(r.ccode1), cw.code(r.ccode2));
                let (key, swap) = if c1 <= c2 { ((c1, c2), false) } else { ((c2, c1), true) };
                let (imp_a, imp_b, sh_a, sh_b) = if swap {
                    (r.flow2, r.flow1, share(r.ccode2), share(r.ccode1))
                } else {
                    (r.flow1, r.flow2, share(r.ccode1), share(r.ccode2))
                };
                world.trade.insert(
                    key,
                    TradeTie {
                        year: ty,
                        a_imports_from_b: imp_a,
                        b_imports_from_a: imp_b,
                        share_of_a: sh_a,
                        share_of_b: sh_b,
                        evidence: vec![Evidence::Dataset { dataset: "cow-trade".into(), line: r.line }],
                    },
                );
            }
        }

        if let Some(sy) = data_year("sipri")? {
            for r in store.sipri_rows(sy - o.arms_window_years + 1, sy)? {
                let (Some(s), Some(t), Some(v)) = (r.supplier_ccode, r.recipient_ccode, r.tiv) else { continue };
                let flow = (cw.code(s), cw.code(t));
                world.arms_evidence.entry(flow.clone()).or_default().push(Evidence::Dataset { dataset: "sipri".into(), line: r.line });
                *world.arms.entry(flow).or_default() += v;
            }
        }

        if let Some(my) = data_year("mid")? {
            for r in store.mid_rows(my - o.dispute_window_years + 1, my)? {
                let (a, b) = pair(&cw.code(r.ccode1), &cw.code(r.ccode2));
                if a == b {
                    continue;
                }
                let t = world.disputes.entry((a, b)).or_insert_with(|| crate::DisputeTie {
                    disputes: 0,
                    max_hostlev: 0,
                    last_year: r.year,
                    evidence: Vec::new(),
                });
                let ev = Evidence::Dataset { dataset: "mid".into(), line: r.line };
                if !t.evidence.iter().any(|e| e == &ev) {
                    t.evidence.push(ev);
                }
                t.max_hostlev = t.max_hostlev.max(r.hostlev);
                t.last_year = t.last_year.max(r.year);
            }
            // Count distinct disputes per pair.
            let mut seen: std::collections::HashSet<(String, String, i64)> = std::collections::HashSet::new();
            for r in store.mid_rows(my - o.dispute_window_years + 1, my)? {
                let k = pair(&cw.code(r.ccode1), &cw.code(r.ccode2));
                if seen.insert((k.0.clone(), k.1.clone(), r.dispnum)) {
                    if let Some(t) = world.disputes.get_mut(&k) {
                        t.disputes += 1;
                    }
                }
            }
        }

        // UN voting affinity over the window before the date (only roll calls before it).
        {
            let from = format!("{:04}-{dm:02}-{dd:02}", dy as i64 - o.un_window_years);
            // (Votes keyed as the World keys states: Yugoslavia's YUG votes are Serbia's, the COW
            // state 345; North Yemen's YAR votes are COW 678's.)
            let mut votes = store.votes_between(&from, &day_after(&day))?;
            for v in &mut votes {
                if let Some(c) = cw.cow(&v.iso3) {
                    v.iso3 = cw.code(c);
                }
            }
            world.un_votes = crate::affinity::compute(&votes, &from, &day, o.un_min_shared);
        }

        self.add_claims(&mut world, claims);
        Ok(world)
    }

    /// Adds what text claims say (alliances, trade shares, events) to a World, dated on or before
    /// its date.
    pub fn add_claims(&self, world: &mut World, claims: &[ClaimInput]) {
        let date = world.as_of;
        let now = date.as_year_fraction();
        for c in claims {
            let when = c.claim.date.or(c.doc_date);
            if when.is_some_and(|d| !d.certainly_on_or_before(&date)) {
                continue;
            }
            let ev = Evidence::Claim { id: c.id, doc: c.claim.doc.clone() };
            match &c.claim.body {
                ClaimBody::Alliance(a) if a.in_force != Some(false) => {
                    // (Not yet signed, or already ended: "terminated 1991-07-01" is gone from a
                    // World of that day.)
                    if a.signed.is_some_and(|d| !d.certainly_on_or_before(&date)) || a.terminated.is_some_and(|d| d.certainly_on_or_before(&date)) {
                        continue;
                    }
                    for (i, x) in a.parties.iter().enumerate() {
                        for yv in &a.parties[i + 1..] {
                            if x.code == yv.code {
                                continue;
                            }
                            let key = pair(&x.code, &yv.code);
                            let tie = world.alliances.entry(key.clone()).or_insert_with(|| AllianceTie {
                                a: key.0.clone(),
                                b: key.1.clone(),
                                obligations: Vec::new(),
                                evidence: Vec::new(),
                            });
                            for ob in &a.obligations {
                                if !tie.obligations.contains(ob) {
                                    tie.obligations.push(*ob);
                                }
                            }
                            tie.obligations.sort();
                            tie.evidence.push(ev.clone());
                        }
                    }
                }
                // (Only shares of all trade set the tie's shares; a share of exports or of one
                // good stays a claim, with its source, for the analyst.)
                ClaimBody::TradeShare(t) if t.partner.code != t.of.code && t.flow == "trade" && t.goods.is_none() => {
                    let key = pair(&t.partner.code, &t.of.code);
                    let of_is_a = t.of.code == key.0;
                    let tie = world.trade.entry(key).or_insert_with(|| TradeTie {
                        year: when.map(|d| d.year as i64).unwrap_or(date.year as i64),
                        a_imports_from_b: None,
                        b_imports_from_a: None,
                        share_of_a: None,
                        share_of_b: None,
                        evidence: Vec::new(),
                    });
                    // A share stated in text is newer than any dataset year it meets here.
                    if of_is_a {
                        tie.share_of_a = Some(t.share);
                    } else {
                        tie.share_of_b = Some(t.share);
                    }
                    tie.evidence.push(ev);
                }
                ClaimBody::Event(e) if !e.negated && !e.hypothetical => {
                    let g = e.goldstein.unwrap_or_else(|| plover_goldstein(e.plover));
                    let age = when.map(|d| (now - d.as_year_fraction()).max(0.0)).unwrap_or(0.0);
                    let w = 0.5f64.powf(age / self.options.event_half_life_years.max(1e-6));
                    for s in &e.source {
                        for t in &e.target {
                            if s.code == t.code {
                                continue;
                            }
                            let sc = world.events.entry((s.code.clone(), t.code.clone())).or_insert_with(|| EventScore {
                                score: 0.0,
                                events: 0,
                                evidence: Vec::new(),
                            });
                            sc.score += g * w;
                            sc.events += 1;
                            sc.evidence.push(ev.clone());
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// The ISO date after `day` (YYYY-MM-DD), for an exclusive upper bound ("on or before `day`").
fn day_after(day: &str) -> String {
    // String comparison: any suffix after the day sorts after it and before the next day.
    format!("{day}~")
}
