//! Peacesciencer-style tables: `dyad_year` and `state_year`, with chosen columns joined from the
//! imported datasets. The universe is the COW state system each year; values outside a dataset's
//! coverage (or coded missing by it) are written as `NA`, never 0.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use realign_store::Store;

/// A column group a table can join.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// ATOP obligations: `atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul`.
    Atop,
    /// CINC (`cinc` / `cinc1`, `cinc2`).
    Cinc,
    /// COW trade: `flow1` (imports of 1 from 2), `flow2` (dyads); `imports`, `exports` summed (states).
    Trade,
    /// SIPRI TIV delivered: `tiv12` (1 → 2), `tiv21` (dyads); `arms_imports`, `arms_exports` (states).
    Sipri,
    /// UN General Assembly votes of the calendar year: `un_agree`, `un_shared`, `ideal1`, `ideal2`,
    /// `ideal_distance` (dyads); `ideal`, `un_votes_cast` (states). Agreement and ideal points as
    /// in [`crate::affinity`], one year at a time. Needs the spec's crosswalk (votes are by ISO3).
    UnVotes,
    /// Treaties the store holds as alliance claims with a signing date (entered with `import
    /// treaties`, or read from text): `treaty_defense, treaty_offense, treaty_neutral,
    /// treaty_nonagg, treaty_consul` (dyads), 1 from the signing year through the termination
    /// year, as ATOP counts a year the alliance was in force in; `treaty_defense_partners`,
    /// `treaty_any_partners` (states). 0 means no treaty realign knows of, not a dataset's "none":
    /// pair them with `atop`, which covers up to 2018.
    Treaties,
}

impl Column {
    /// Parses a column group name.
    pub fn parse(s: &str) -> Option<Column> {
        match s.trim().to_ascii_lowercase().as_str() {
            "atop" | "alliance" | "alliances" => Some(Column::Atop),
            "cinc" | "nmc" => Some(Column::Cinc),
            "trade" | "cow-trade" | "cow_trade" => Some(Column::Trade),
            "sipri" | "arms" => Some(Column::Sipri),
            "unvotes" | "un" | "un-votes" | "un_votes" | "affinity" => Some(Column::UnVotes),
            "treaties" | "treaty" => Some(Column::Treaties),
            _ => None,
        }
    }
    /// The citation of the dataset behind the column group.
    pub fn citation(&self) -> &'static str {
        match self {
            Column::Atop => "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. \"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28: 237-260.",
            Column::Cinc => "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. \"Capability Distribution, Uncertainty, and Major Power War, 1820-1965.\" In Bruce Russett (ed.), Peace, War, and Numbers. Beverly Hills: Sage, 19-48. (COW National Material Capabilities.)",
            Column::Trade => "Barbieri, Katherine and Omar M. G. Omar Keshk. 2016. Correlates of War Project Trade Data Set Codebook, Version 4.0.",
            Column::Sipri => "SIPRI Arms Transfers Database, Stockholm International Peace Research Institute.",
            Column::UnVotes => "Voeten, Erik; Strezhnev, Anton; Bailey, Michael. 2009. \"United Nations General Assembly Voting Data.\" Harvard Dataverse. (Agreement and first-dimension scaling computed by realign.)",
            Column::Treaties => "Treaties entered by the analyst or read from text by realign; each treaty's source is its claim's (`realign claims --kind alliance`).",
        }
    }
}

/// Citation of the state system universe.
pub const STATE_SYSTEM_CITATION: &str =
    "Correlates of War Project. 2017. \"State System Membership List, v2016.\"";

/// Options of a table build.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSpec {
    /// Column groups to join, in order.
    pub columns: Vec<Column>,
    /// First year.
    pub from: i64,
    /// Last year.
    pub to: i64,
    /// Directed dyads (both orders) instead of non-directed (`ccode1 < ccode2`).
    pub directed: bool,
    /// ISO3 ↔ COW codes, for data keyed by ISO3 (UN votes).
    pub crosswalk: crate::Crosswalk,
}

/// Errors building a table.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] realign_store::StoreError),
    /// Writing failed.
    #[error("writing the table: {0}")]
    Io(#[from] std::io::Error),
    /// No state system imported.
    #[error("no state system in the store: run `realign import cow-states FILE` first")]
    NoStates,
}

fn na(v: Option<f64>) -> String {
    match v {
        None => "NA".to_string(),
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", x as i64),
        Some(x) => format!("{x}"),
    }
}

/// COW codes in the system each year of the spec.
fn system(store: &Store, spec: &TableSpec) -> Result<Vec<(i64, Vec<i64>)>, TableError> {
    let spells = store.state_rows()?;
    if spells.is_empty() {
        return Err(TableError::NoStates);
    }
    // A spell ending on the list's last day is ongoing (as in the World): the system carries
    // forward past the list's last year.
    let last_day = spells.iter().map(|s| s.end.clone()).max().unwrap_or_default();
    let mut out = Vec::new();
    for y in spec.from..=spec.to {
        let (lo, hi) = (format!("{y:04}-12-31"), format!("{y:04}-01-01"));
        let mut codes: Vec<i64> = spells
            .iter()
            .filter(|s| s.start <= lo && (s.end >= hi || s.end == last_day))
            .map(|s| s.ccode)
            .collect();
        codes.sort_unstable();
        codes.dedup();
        out.push((y, codes));
    }
    Ok(out)
}

/// One directed dyad-year's COW trade, keyed (1, 2, year): imports of 1 from 2 and imports of 2
/// from 1 (`flow1`, `flow2`), each missing where the dataset has no figure.
type TradeFlows = (Option<f64>, Option<f64>);

struct Joined {
    atop: HashMap<(i64, i64, i64), [bool; 5]>,
    atop_years: Option<(i64, i64)>,
    cinc: HashMap<(i64, i64), Option<f64>>,
    trade: HashMap<(i64, i64, i64), TradeFlows>,
    trade_years: Option<(i64, i64)>,
    tiv: HashMap<(i64, i64, i64), f64>,
    sipri_years: Option<(i64, i64)>,
    /// Per year: ccode → (ISO3 used, ideal point, votes cast); pair agreement by (a, b) with a < b.
    un: HashMap<i64, UnYear>,
    /// Known treaties' obligations by directed dyad-year (both orders).
    treaty: HashMap<(i64, i64, i64), [bool; 5]>,
}

struct UnYear {
    ideal: HashMap<i64, f64>,
    cast: HashMap<i64, u32>,
    agree: HashMap<(i64, i64), crate::affinity::Agreement>,
}

fn load(store: &Store, spec: &TableSpec) -> Result<Joined, TableError> {
    let has = |c: Column| spec.columns.contains(&c);
    let mut j = Joined {
        atop: HashMap::new(),
        atop_years: None,
        cinc: HashMap::new(),
        trade: HashMap::new(),
        trade_years: None,
        tiv: HashMap::new(),
        sipri_years: None,
        un: HashMap::new(),
        treaty: HashMap::new(),
    };
    if has(Column::Atop) {
        j.atop_years = store.dataset_coverage("atop")?;
        for r in store.atop_rows(spec.from, spec.to)? {
            j.atop.insert((r.ccode1, r.ccode2, r.year), [r.defense, r.offense, r.neutral, r.nonagg, r.consul]);
        }
    }
    if has(Column::Cinc) {
        for r in store.nmc_rows(spec.from, spec.to)? {
            j.cinc.insert((r.ccode, r.year), r.cinc);
        }
    }
    if has(Column::Trade) {
        j.trade_years = store.dataset_coverage("cow-trade")?;
        for r in store.trade_rows(spec.from, spec.to)? {
            j.trade.insert((r.ccode1, r.ccode2, r.year), (r.flow1, r.flow2));
            j.trade.insert((r.ccode2, r.ccode1, r.year), (r.flow2, r.flow1));
        }
    }
    if has(Column::Sipri) {
        j.sipri_years = store.dataset_coverage("sipri")?;
        for r in store.sipri_rows(spec.from, spec.to)? {
            if let (Some(s), Some(t), Some(v)) = (r.supplier_ccode, r.recipient_ccode, r.tiv) {
                *j.tiv.entry((s, t, r.year)).or_default() += v;
            }
        }
    }
    if has(Column::UnVotes) {
        let cw = &spec.crosswalk;
        for y in spec.from..=spec.to {
            let (from, to) = (format!("{y:04}-01-01"), format!("{:04}-01-01", y + 1));
            let votes = store.votes_between(&from, &to)?;
            let Some(a) = crate::affinity::compute(&votes, &from, &to, 1) else { continue };
            let mut cast: HashMap<i64, u32> = HashMap::new();
            for v in &votes {
                if let Some(c) = cw.cow(&v.iso3) {
                    *cast.entry(c).or_default() += 1;
                }
            }
            let ideal = a.ideal.iter().filter_map(|(iso, p)| Some((cw.cow(iso)?, *p))).collect();
            let agree = a
                .agreement
                .iter()
                .filter_map(|((x, z), g)| {
                    let (cx, cz) = (cw.cow(x)?, cw.cow(z)?);
                    Some(((cx.min(cz), cx.max(cz)), *g))
                })
                .collect();
            j.un.insert(y, UnYear { ideal, cast, agree });
        }
    }
    if has(Column::Treaties) {
        let filter = realign_store::claims::ClaimFilter { kind: Some(realign_core::ClaimKind::Alliance), ..Default::default() };
        for c in store.claims(&filter)? {
            let realign_core::ClaimBody::Alliance(a) = &c.claim.body else { continue };
            // (Without a signing date a treaty cannot be placed in years.)
            let Some(signed) = a.signed else { continue };
            let first = i64::from(signed.year).max(spec.from);
            let last = a.terminated.map_or(spec.to, |t| i64::from(t.year)).min(spec.to);
            let codes: Vec<i64> = a.parties.iter().filter_map(|p| spec.crosswalk.cow(&p.code)).collect();
            let flags = [
                realign_core::Obligation::Defense,
                realign_core::Obligation::Offense,
                realign_core::Obligation::Neutrality,
                realign_core::Obligation::Nonaggression,
                realign_core::Obligation::Consultation,
            ]
            .map(|o| a.obligations.contains(&o));
            for &x in &codes {
                for &z in codes.iter().filter(|&&z| z != x) {
                    for y in first..=last {
                        let f = j.treaty.entry((x, z, y)).or_insert([false; 5]);
                        for (v, o) in f.iter_mut().zip(flags) {
                            *v |= o;
                        }
                    }
                }
            }
        }
    }
    Ok(j)
}

fn covered(years: Option<(i64, i64)>, y: i64) -> bool {
    years.is_some_and(|(lo, hi)| (lo..=hi).contains(&y))
}

/// Writes a dyad-year table as CSV; returns the number of rows.
pub fn dyad_year(store: &Store, spec: &TableSpec, out: &mut dyn Write) -> Result<u64, TableError> {
    let years = system(store, spec)?;
    let j = load(store, spec)?;
    let mut header = vec!["ccode1".to_string(), "ccode2".into(), "year".into()];
    for c in &spec.columns {
        match c {
            Column::Atop => header.extend(
                ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"].map(String::from),
            ),
            Column::Cinc => header.extend(["cinc1", "cinc2"].map(String::from)),
            Column::Trade => header.extend(["flow1", "flow2"].map(String::from)),
            Column::Sipri => header.extend(["tiv12", "tiv21"].map(String::from)),
            Column::UnVotes => {
                header.extend(["un_agree", "un_shared", "ideal1", "ideal2", "ideal_distance"].map(String::from))
            }
            Column::Treaties => header.extend(
                ["treaty_defense", "treaty_offense", "treaty_neutral", "treaty_nonagg", "treaty_consul"].map(String::from),
            ),
        }
    }
    writeln!(out, "{}", header.join(","))?;
    let mut n = 0u64;
    let mut line = String::with_capacity(128);
    for (y, codes) in &years {
        let y = *y;
        for &a in codes {
            for &b in codes {
                if a == b || (!spec.directed && a > b) {
                    continue;
                }
                line.clear();
                use std::fmt::Write as _;
                let _ = write!(line, "{a},{b},{y}");
                for c in &spec.columns {
                    match c {
                        Column::Atop => {
                            if covered(j.atop_years, y) {
                                let f = j.atop.get(&(a, b, y)).copied().unwrap_or([false; 5]);
                                for v in f {
                                    line.push(',');
                                    line.push(if v { '1' } else { '0' });
                                }
                            } else {
                                line.push_str(",NA,NA,NA,NA,NA");
                            }
                        }
                        Column::Cinc => {
                            let _ = write!(
                                line,
                                ",{},{}",
                                na(j.cinc.get(&(a, y)).copied().flatten()),
                                na(j.cinc.get(&(b, y)).copied().flatten())
                            );
                        }
                        Column::Trade => {
                            let (f1, f2) = if covered(j.trade_years, y) {
                                j.trade.get(&(a, b, y)).copied().unwrap_or((None, None))
                            } else {
                                (None, None)
                            };
                            let _ = write!(line, ",{},{}", na(f1), na(f2));
                        }
                        Column::Sipri => {
                            if covered(j.sipri_years, y) {
                                let _ = write!(
                                    line,
                                    ",{},{}",
                                    na(Some(j.tiv.get(&(a, b, y)).copied().unwrap_or(0.0))),
                                    na(Some(j.tiv.get(&(b, a, y)).copied().unwrap_or(0.0)))
                                );
                            } else {
                                line.push_str(",NA,NA");
                            }
                        }
                        Column::UnVotes => match j.un.get(&y) {
                            Some(u) => {
                                let g = u.agree.get(&(a.min(b), a.max(b)));
                                let (ia, ib) = (u.ideal.get(&a).copied(), u.ideal.get(&b).copied());
                                let d = ia.zip(ib).map(|(p, q)| (p - q).abs());
                                let _ = write!(
                                    line,
                                    ",{},{},{},{},{}",
                                    na(g.map(|g| g.agree)),
                                    na(g.map(|g| f64::from(g.shared))),
                                    na(ia),
                                    na(ib),
                                    na(d)
                                );
                            }
                            None => line.push_str(",NA,NA,NA,NA,NA"),
                        },
                        Column::Treaties => {
                            for v in j.treaty.get(&(a, b, y)).copied().unwrap_or([false; 5]) {
                                line.push(',');
                                line.push(if v { '1' } else { '0' });
                            }
                        }
                    }
                }
                line.push('\n');
                out.write_all(line.as_bytes())?;
                n += 1;
            }
        }
    }
    Ok(n)
}

/// Writes a state-year table as CSV; returns the number of rows.
pub fn state_year(store: &Store, spec: &TableSpec, out: &mut dyn Write) -> Result<u64, TableError> {
    let years = system(store, spec)?;
    let j = load(store, spec)?;
    let mut header = vec!["ccode".to_string(), "year".into()];
    for c in &spec.columns {
        match c {
            Column::Atop => header.extend(["atop_defense_partners", "atop_any_partners"].map(String::from)),
            Column::Cinc => header.push("cinc".into()),
            Column::Trade => header.extend(["imports", "exports"].map(String::from)),
            Column::Sipri => header.extend(["arms_imports", "arms_exports"].map(String::from)),
            Column::UnVotes => header.extend(["ideal", "un_votes_cast"].map(String::from)),
            Column::Treaties => header.extend(["treaty_defense_partners", "treaty_any_partners"].map(String::from)),
        }
    }
    writeln!(out, "{}", header.join(","))?;
    // Per state-year aggregates: partners with a defence pact, and with any alliance.
    let partners = |m: &HashMap<(i64, i64, i64), [bool; 5]>| {
        let mut def: HashMap<(i64, i64), u32> = HashMap::new();
        let mut any: HashMap<(i64, i64), u32> = HashMap::new();
        for (&(a, _b, y), f) in m {
            if f[0] {
                *def.entry((a, y)).or_default() += 1;
            }
            if f.iter().any(|x| *x) {
                *any.entry((a, y)).or_default() += 1;
            }
        }
        (def, any)
    };
    let (def, any) = partners(&j.atop);
    let (tdef, tany) = partners(&j.treaty);
    let mut imp: HashMap<(i64, i64), f64> = HashMap::new();
    let mut exp: HashMap<(i64, i64), f64> = HashMap::new();
    let mut seen_trade: HashSet<(i64, i64)> = HashSet::new();
    for (&(a, _b, y), &(f_in, f_out)) in &j.trade {
        if let Some(v) = f_in {
            *imp.entry((a, y)).or_default() += v;
            seen_trade.insert((a, y));
        }
        if let Some(v) = f_out {
            *exp.entry((a, y)).or_default() += v;
            seen_trade.insert((a, y));
        }
    }
    let mut aimp: HashMap<(i64, i64), f64> = HashMap::new();
    let mut aexp: HashMap<(i64, i64), f64> = HashMap::new();
    for (&(s, t, y), &v) in &j.tiv {
        *aexp.entry((s, y)).or_default() += v;
        *aimp.entry((t, y)).or_default() += v;
    }
    let mut n = 0u64;
    for (y, codes) in &years {
        let y = *y;
        for &a in codes {
            let mut row = format!("{a},{y}");
            for c in &spec.columns {
                match c {
                    Column::Atop => {
                        if covered(j.atop_years, y) {
                            row.push_str(&format!(
                                ",{},{}",
                                def.get(&(a, y)).copied().unwrap_or(0),
                                any.get(&(a, y)).copied().unwrap_or(0)
                            ));
                        } else {
                            row.push_str(",NA,NA");
                        }
                    }
                    Column::Cinc => row.push_str(&format!(",{}", na(j.cinc.get(&(a, y)).copied().flatten()))),
                    Column::Trade => {
                        if covered(j.trade_years, y) && seen_trade.contains(&(a, y)) {
                            row.push_str(&format!(",{},{}", na(imp.get(&(a, y)).copied()), na(exp.get(&(a, y)).copied())));
                        } else {
                            row.push_str(",NA,NA");
                        }
                    }
                    Column::Sipri => {
                        if covered(j.sipri_years, y) {
                            row.push_str(&format!(
                                ",{},{}",
                                na(Some(aimp.get(&(a, y)).copied().unwrap_or(0.0))),
                                na(Some(aexp.get(&(a, y)).copied().unwrap_or(0.0)))
                            ));
                        } else {
                            row.push_str(",NA,NA");
                        }
                    }
                    Column::UnVotes => match j.un.get(&y) {
                        Some(u) => row.push_str(&format!(
                            ",{},{}",
                            na(u.ideal.get(&a).copied()),
                            na(u.cast.get(&a).map(|c| f64::from(*c)))
                        )),
                        None => row.push_str(",NA,NA"),
                    },
                    Column::Treaties => row.push_str(&format!(
                        ",{},{}",
                        tdef.get(&(a, y)).copied().unwrap_or(0),
                        tany.get(&(a, y)).copied().unwrap_or(0)
                    )),
                }
            }
            row.push('\n');
            out.write_all(row.as_bytes())?;
            n += 1;
        }
    }
    Ok(n)
}
