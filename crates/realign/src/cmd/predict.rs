//! `realign predict --spec FILE | --roll-call RCID | --backtest`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_analysis::predict::{self, Issue, Position, PredictParams, RollCall, VoteHistory};
use realign_store::votes::VoteChoice;
use realign_store::Store;

use super::Context;

/// Flags of `realign predict`.
#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["spec", "roll_call", "backtest"])))]
pub struct Args {
    /// TOML issue spec: `date` (YYYY-MM-DD), `title`, optional `against` (ISO3), `similar_rcids`.
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Predict a stored roll call from data before its date, and score it.
    #[arg(long, value_name = "RCID")]
    pub roll_call: Option<i64>,
    /// Predict every contested important roll call in a year range and report accuracy vs all-yes.
    #[arg(long)]
    pub backtest: bool,
    /// Backtest years, FROM-TO.
    #[arg(long, default_value = "2010-2019")]
    pub years: String,
    /// With --roll-call/--backtest: the state the resolution condemns (ISO3), if known; with
    /// --backtest, `auto` takes, of the states the roll call's own text names, the first that
    /// voted no, else the first that did not vote yes, else none (roll calls naming no state are
    /// skipped).
    #[arg(long)]
    pub against: Option<String>,
    /// With --backtest: only roll calls whose text contains this (case-insensitive), important or
    /// not (default: important roll calls only).
    #[arg(long = "match", value_name = "TEXT")]
    pub matching: Option<String>,
    /// With --backtest: only adopted roll calls (more yes than no) that this state (ISO3) voted
    /// no on, important or not: "how well are votes against Russia predicted?" Combine with
    /// `--against` the same state to name it as the target.
    #[arg(long, value_name = "ISO3")]
    pub opposed_by: Option<String>,
    /// With --backtest: predict each roll call as if it were the first of its kind, hiding the
    /// earlier roll calls of its series (those naming a state or place it names, with a similar
    /// title).
    #[arg(long)]
    pub novel: bool,
    /// With --backtest: also hide every roll call of the N years before each vote, as if the
    /// vote data ended N years before it: how a prediction for a vote after the data's end
    /// (UN votes here end in 2019) can be expected to fare.
    #[arg(long, value_name = "YEARS", allow_hyphen_values = true, value_parser = years_span)]
    pub gap: Option<f64>,
    /// TOML file overriding predictor parameters (field names of `PredictParams`, e.g.
    /// `half_life_years = 4.0`, `top_k = 20`); unspecified fields keep their defaults.
    #[arg(long, value_name = "FILE")]
    pub params: Option<PathBuf>,
}

/// A span of years: a finite number, zero or more.
fn years_span(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
        _ => Err(format!("expected a number of years, 0 or more (e.g. 2 or 1.5), got {s:?}")),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    date: String,
    title: String,
    #[serde(default)]
    against: Option<String>,
    #[serde(default)]
    similar_rcids: Vec<i64>,
}

fn position(v: VoteChoice) -> Position {
    match v {
        VoteChoice::Yes => Position::Yes,
        VoteChoice::Abstain => Position::Abstain,
        VoteChoice::No => Position::No,
    }
}

/// Roll calls and votes dated strictly before `date`.
fn history(store: &Store, date: &str) -> anyhow::Result<VoteHistory> {
    let calls = store
        .roll_calls_before(date)?
        .into_iter()
        .map(|c| RollCall {
            rcid: c.rcid,
            date: c.date,
            text: format!("{} {}", c.short, c.descr),
        })
        .collect::<Vec<_>>();
    let votes = store
        .votes_before(date)?
        .into_iter()
        .map(|v| (v.rcid, v.iso3, position(v.vote)));
    Ok(VoteHistory::new(calls, votes))
}

fn read_spec(path: &PathBuf) -> anyhow::Result<Issue> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let spec: Spec = toml::from_str(&text).map_err(|e| {
        anyhow::anyhow!("{}:{}: {}", path.display(), super::toml_error_line(&text, &e), e.message())
    })?;
    if realign_core::PartialDate::parse(&spec.date)
        .map(|d| d.day.is_none())
        .unwrap_or(true)
    {
        anyhow::bail!(
            "{}: field `date`: expected YYYY-MM-DD, found {:?}",
            path.display(),
            spec.date
        );
    }
    if let Some(a) = &spec.against {
        if a.len() != 3 || !a.chars().all(|c| c.is_ascii_uppercase()) {
            anyhow::bail!(
                "{}: field `against`: expected an ISO3 code such as RUS, found {a:?}",
                path.display()
            );
        }
    }
    Ok(Issue {
        date: spec.date,
        title: spec.title,
        against: spec.against,
        similar_rcids: spec.similar_rcids,
        exclude_rcid: None,
        ..Default::default()
    })
}

/// Runs `realign predict`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
    let params = match &args.params {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            toml::from_str::<PredictParams>(&text).map_err(|e| {
                anyhow::anyhow!("{}:{}: {}", path.display(), super::toml_error_line(&text, &e), e.message())
            })?
        }
        None => PredictParams::default(),
    };
    if args.backtest {
        return backtest(ctx, &store, &args, &params);
    }
    if args.gap.is_some() {
        anyhow::bail!("--gap goes with --backtest (a prediction uses every vote stored before its date)");
    }
    let (issue, actual) = if let Some(path) = &args.spec {
        (read_spec(path)?, None)
    } else {
        let rcid = args
            .roll_call
            .context("--roll-call, --spec or --backtest is required")?;
        let call = store
            .roll_call(rcid)?
            .with_context(|| format!("no roll call {rcid} in the store (run `realign import unvotes …`)"))?;
        let actual: HashMap<String, Position> = store
            .votes_on(rcid)?
            .into_iter()
            .map(|v| (v.iso3, position(v.vote)))
            .collect();
        (
            Issue {
                date: call.date.clone(),
                title: format!("{} {}", call.short, call.descr),
                against: args.against.clone(),
                similar_rcids: vec![],
                exclude_rcid: Some(rcid),
                ..Default::default()
            },
            Some(actual),
        )
    };
    let h = history(&store, &issue.date)?;
    if h.is_empty() {
        anyhow::bail!(
            "no roll calls before {} in the store (run `realign import unvotes …`)",
            issue.date
        );
    }
    let p = predict::predict(&h, &issue, &params);
    // How far the issue lies past the last vote on record: beyond a year, say so, and how to
    // see what such a distance has cost in backtests.
    let data_end = h.calls().iter().map(|c| c.date.as_str()).max().unwrap_or_default().to_string();
    let past = predict::year_of(&issue.date) - predict::year_of(&data_end);
    if past > 1.0 && !ctx.quiet {
        eprintln!(
            "note: the stored votes end on {data_end}, {past:.1} years before this issue; `realign predict --backtest --gap {}` shows how predictions that far past their data have fared",
            past.round().max(1.0)
        );
    }
    let score = actual
        .as_ref()
        .map(|a| (predict::accuracy(&p, a), predict::confusion(&p, a)));
    if ctx.json {
        let votes: serde_json::Map<String, serde_json::Value> = p
            .states
            .iter()
            .map(|(s, v)| (s.clone(), serde_json::Value::from(v.vote.label())))
            .collect();
        let mut out = serde_json::json!({
            "issue": issue,
            "votes": votes,
            "details": p.states,
            "references": p.references,
            "model": p.model,
            "data_end": data_end,
            "years_past_data": (past.max(0.0) * 100.0).round() / 100.0,
            "method": "multinomial logistic regression on historical analogues: earlier roll calls the target opposed, most similar first (see realign_analysis::predict)",
        });
        if let Some(((acc, base, n), m)) = score {
            out["accuracy"] = acc.into();
            out["all_yes_baseline"] = base.into();
            out["states_scored"] = n.into();
            out["confusion"] = confusion_json(&m);
        }
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{} ({}){}",
        issue.title,
        issue.date,
        issue
            .against
            .as_deref()
            .map(|a| format!(", against {a}"))
            .unwrap_or_default()
    );
    let count = |pos: Position| p.states.values().filter(|s| s.vote == pos).count();
    println!(
        "predicted: {} yes, {} abstain, {} no",
        count(Position::Yes),
        count(Position::Abstain),
        count(Position::No)
    );
    for pos in [Position::No, Position::Abstain] {
        let list: Vec<&str> = p
            .states
            .iter()
            .filter(|(_, s)| s.vote == pos)
            .map(|(k, _)| k.as_str())
            .collect();
        println!("  {}: {}", pos.label(), list.join(" "));
    }
    println!("most similar earlier roll calls:");
    for r in p.references.iter().take(5) {
        println!("  {} {} (weight {:.3}) {}", r.rcid, r.date, r.weight, r.title);
    }
    if let Some(((acc, base, n), m)) = score {
        println!("accuracy {acc:.3} over {n} states that voted (all-yes baseline {base:.3})");
        print_confusion(&m);
    }
    Ok(ExitCode::SUCCESS)
}

/// "yes/abstain/no" of a tally object.
fn yan(t: &serde_json::Value) -> String {
    let n = |k: &str| t[k].as_u64().unwrap_or(0);
    format!("{}/{}/{}", n("yes"), n("abstain"), n("no"))
}

fn confusion_json(m: &[[usize; 3]; 3]) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    for a in Position::ALL {
        let row: serde_json::Map<String, serde_json::Value> = Position::ALL
            .iter()
            .map(|p| (p.label().to_string(), m[a.index()][p.index()].into()))
            .collect();
        out.insert(a.label().to_string(), row.into());
    }
    serde_json::Value::Object(out)
}

fn print_confusion(m: &[[usize; 3]; 3]) {
    println!("confusion (rows actual, columns predicted):");
    println!("  {:<8} {:>5} {:>8} {:>5}", "", "yes", "abstain", "no");
    for a in Position::ALL {
        let r = m[a.index()];
        println!("  {:<8} {:>5} {:>8} {:>5}", a.label(), r[0], r[1], r[2]);
    }
}

/// The states a roll call's text names, in order (upper-case texts match too), skipping a
/// territory ("Crimea", "Jerusalem": places name their sovereign) and a state named only as the
/// sovereign of one ("… Crimea … (Ukraine)", "… Sevastopol, Ukraine"): that state is the one
/// wronged, not the one condemned.
fn named_states(gaz: &realign_gazetteer::Gazetteer, text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in gaz.find_mentions(text) {
        let before = text.get(..m.start).unwrap_or("").trim_end_matches(' ');
        if before.ends_with('(') || before.ends_with(',') || m.form == realign_gazetteer::MentionForm::Metonym {
            continue;
        }
        let e = gaz.entity(m.entity);
        if e.kind == realign_core::ActorKind::State && !e.code.is_empty() && !out.contains(&e.code) {
            out.push(e.code.clone());
        }
    }
    out
}

/// The backtest's stand-in for the analyst naming the condemned state: of the states the text
/// names, the first that voted no (a resolution on Palestinian rights names Palestine but is
/// opposed by Israel; the embargo resolution names Cuba and the United States), else the first
/// that abstained or did not vote. A named state that voted yes is the one the resolution speaks
/// for ("the occupied Syrian Golan" is backed by Syria and opposed by Israel, whom it does not
/// name): when every named state voted yes there is no condemned state (`None`), and the roll
/// call is predicted without a target.
fn condemned(named: &[String], votes: &HashMap<String, Position>) -> Option<String> {
    named
        .iter()
        .find(|s| votes.get(s.as_str()) == Some(&Position::No))
        .or_else(|| named.iter().find(|s| votes.get(s.as_str()) != Some(&Position::Yes)))
        .cloned()
}

/// What makes two roll calls members of one series: the states and places their texts name, and
/// the words of their titles (boilerplate dropped).
struct SeriesKey {
    places: Vec<u32>,
    words: std::collections::BTreeSet<String>,
}

fn series_key(gaz: &realign_gazetteer::Gazetteer, text: &str) -> SeriesKey {
    // (The predictor's own words, so "similar title" means similar to the predictor.)
    let words = realign_analysis::predict::title_words(text).into_iter().collect();
    let mut places: Vec<u32> = gaz.find_mentions(text).iter().map(|m| m.entity.0).collect();
    places.sort_unstable();
    places.dedup();
    SeriesKey { places, words }
}

/// Same series: a state or place named by both, and at least a third of the title words shared
/// (Jaccard).
fn same_series(a: &SeriesKey, b: &SeriesKey) -> bool {
    if !a.places.iter().any(|s| b.places.contains(s)) {
        return false;
    }
    let shared = a.words.intersection(&b.words).count();
    let all = a.words.union(&b.words).count();
    all > 0 && 3 * shared >= all
}

fn backtest(ctx: &Context, store: &Store, args: &Args, params: &PredictParams) -> anyhow::Result<ExitCode> {
    let (from, to) = args
        .years
        .split_once('-')
        .and_then(|(a, b)| Some((a.trim().parse::<i32>().ok()?, b.trim().parse::<i32>().ok()?)))
        .context("--years: expected FROM-TO")?;
    let all = store.roll_calls_before(&format!("{}-01-01", to + 1))?;
    let needle = args.matching.as_ref().map(|m| m.to_lowercase());
    let auto = args.against.as_deref() == Some("auto");
    let gaz = if auto || args.novel {
        Some(realign_gazetteer::Gazetteer::builtin())
    } else {
        None
    };
    let targets: Vec<_> = all
        .iter()
        .filter(|c| !c.amend && !c.para)
        .filter(|c| match &needle {
            Some(n) => format!("{} {}", c.short, c.descr).to_lowercase().contains(n.as_str()),
            None => c.important || args.opposed_by.is_some(),
        })
        .filter(|c| {
            c.date
                .get(0..4)
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| (from..=to).contains(&y))
        })
        .collect();
    let full = history(store, &format!("{}-01-01", to + 1))?;
    let mut rows = Vec::new();
    let (mut hits, mut yes, mut n) = (0.0, 0.0, 0usize);
    let mut conf = [[0usize; 3]; 3];
    // With --novel: every roll call's series key (named states, title words).
    let series: Option<HashMap<i64, SeriesKey>> = match (&gaz, args.novel) {
        (Some(g), true) => Some(
            full.calls()
                .iter()
                .map(|c| (c.rcid, series_key(g, &c.text)))
                .collect(),
        ),
        _ => None,
    };
    for c in targets {
        let Some(actual) = full.votes_on(c.rcid) else { continue };
        let dissent = actual.values().filter(|p| **p != Position::Yes).count();
        if dissent == 0 {
            continue;
        }
        if let Some(o) = &args.opposed_by {
            let count = |p: Position| actual.values().filter(|v| **v == p).count();
            if actual.get(o.as_str()) != Some(&Position::No) || count(Position::Yes) <= count(Position::No) {
                continue;
            }
        }
        let title = format!("{} {}", c.short, c.descr);
        let mut hidden: Vec<i64> = match &series {
            Some(keys) => {
                let me = keys.get(&c.rcid);
                full.calls()
                    .iter()
                    .filter(|o| o.date < c.date)
                    .filter(|o| match (me, keys.get(&o.rcid)) {
                        (Some(a), Some(b)) => same_series(a, b),
                        _ => false,
                    })
                    .map(|o| o.rcid)
                    .collect()
            }
            None => vec![],
        };
        if let Some(gap) = args.gap.filter(|g| *g > 0.0) {
            let cutoff = predict::year_of(&c.date) - gap;
            hidden.extend(
                full.calls()
                    .iter()
                    .filter(|o| o.date < c.date && predict::year_of(&o.date) >= cutoff)
                    .map(|o| o.rcid),
            );
            hidden.sort_unstable();
            hidden.dedup();
        }
        let against = match (&gaz, auto) {
            (Some(g), true) => {
                let named = named_states(g, &title);
                if named.is_empty() {
                    continue;
                }
                condemned(&named, actual)
            }
            _ => args.against.clone(),
        };
        let issue = Issue {
            date: c.date.clone(),
            title,
            against,
            similar_rcids: vec![],
            exclude_rcid: Some(c.rcid),
            hidden_rcids: hidden,
        };
        let p = predict::predict(&full, &issue, params);
        let (acc, base, k) = predict::accuracy(&p, actual);
        let m = predict::confusion(&p, actual);
        for (a, row) in m.iter().enumerate() {
            for (b, x) in row.iter().enumerate() {
                conf[a][b] += x;
            }
        }
        hits += acc * k as f64;
        yes += base * k as f64;
        n += k;
        // Tallies over the scored states: what happened, what was predicted, and the sum of the
        // probabilities (a calibrated model's expected count).
        let mut expected = [0.0f64; 3];
        for s in actual.keys().filter_map(|s| p.states.get(s)) {
            for (e, x) in expected.iter_mut().zip([s.p_yes, s.p_abstain, s.p_no]) {
                *e += x;
            }
        }
        let counts = |f: &dyn Fn(usize) -> usize| serde_json::json!({"yes": f(0), "abstain": f(1), "no": f(2)});
        let round = |x: f64| (x * 10.0).round() / 10.0;
        rows.push(serde_json::json!({
            "rcid": c.rcid, "date": c.date, "against": issue.against, "title": c.short,
            "accuracy": acc, "all_yes": base, "states": k, "hidden": issue.hidden_rcids.len(),
            "actual": counts(&|i| m[i].iter().sum()),
            "predicted": counts(&|i| m.iter().map(|r| r[i]).sum()),
            "expected": {"yes": round(expected[0]), "abstain": round(expected[1]), "no": round(expected[2])},
        }));
    }
    let (acc, base) = if n > 0 {
        (hits / n as f64, yes / n as f64)
    } else {
        (0.0, 0.0)
    };
    if ctx.json {
        println!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"roll_calls": rows.len(), "accuracy": acc, "all_yes_baseline": base, "votes_scored": n, "confusion": confusion_json(&conf), "per_roll_call": rows})
            )?
        );
    } else {
        for r in &rows {
            println!(
                "  {} {} {:<4} acc {:.3} all-yes {:.3} n {} y/a/n {} predicted {}  {}",
                r["rcid"],
                r["date"].as_str().unwrap_or(""),
                r["against"].as_str().unwrap_or("-"),
                r["accuracy"].as_f64().unwrap_or(0.0),
                r["all_yes"].as_f64().unwrap_or(0.0),
                r["states"],
                yan(&r["actual"]),
                yan(&r["predicted"]),
                r["title"].as_str().unwrap_or("")
            );
        }
        println!(
            "{} contested roll calls {from}-{to}: accuracy {acc:.3} vs all-yes {base:.3} over {n} votes",
            rows.len()
        );
        print_confusion(&conf);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_condemned_state_is_the_named_one_that_voted_no() {
        let gaz = realign_gazetteer::Gazetteer::builtin();
        let text = "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba";
        let named = named_states(&gaz, text);
        assert_eq!(named, ["USA", "CUB"]);
        let votes: HashMap<String, Position> = [("USA", Position::No), ("CUB", Position::Yes), ("ISR", Position::No)]
            .into_iter()
            .map(|(s, p)| (s.to_string(), p))
            .collect();
        assert_eq!(condemned(&named, &votes).as_deref(), Some("USA"));
        // Nobody named voted no: the first named state stands in.
        let text = "Situation of human rights in the Democratic People's Republic of Korea";
        let named = named_states(&gaz, text);
        assert_eq!(condemned(&named, &HashMap::new()).as_deref(), Some("PRK"));
        // A territory's sovereign is not the condemned state.
        let text = "Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine";
        assert!(!named_states(&gaz, text).contains(&"UKR".to_string()), "{:?}", named_states(&gaz, text));
    }

    #[test]
    fn a_named_state_that_voted_yes_is_not_the_condemned_one() {
        // "The occupied Syrian Golan" is Syria's resolution; Israel, which it does not name, votes no.
        let gaz = realign_gazetteer::Gazetteer::builtin();
        let named = named_states(&gaz, "The occupied Syrian Golan");
        assert_eq!(named, ["SYR"]);
        let votes: HashMap<String, Position> = [("SYR", Position::Yes), ("ISR", Position::No)]
            .into_iter()
            .map(|(s, p)| (s.to_string(), p))
            .collect();
        assert_eq!(condemned(&named, &votes), None);
        // A named state that abstained or stayed away still stands in.
        let votes: HashMap<String, Position> = [("SYR", Position::Abstain)].into_iter().map(|(s, p)| (s.to_string(), p)).collect();
        assert_eq!(condemned(&named, &votes).as_deref(), Some("SYR"));
    }

    #[test]
    fn a_series_shares_a_place_and_its_title() {
        let gaz = realign_gazetteer::Gazetteer::builtin();
        let key = |t: &str| series_key(&gaz, t);
        let crimea_2017 = key("Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine : resolution / adopted by the General Assembly");
        let crimea_2019 = key("Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine");
        let iran = key("Situation of human rights in the Islamic Republic of Iran : resolution / adopted by the General Assembly");
        let ukraine_2014 = key("Territorial integrity of Ukraine : resolution / adopted by the General Assembly");
        assert!(same_series(&crimea_2019, &crimea_2017));
        // Same wording, another country: another series.
        assert!(!same_series(&crimea_2019, &iran));
        // Same country, another kind of resolution.
        assert!(!same_series(&crimea_2019, &ukraine_2014));
    }
}
