//! `realign bargain`: run the Spatial Model of Politics or the expected-utility model on a scenario
//! file, or backtest the models on DEU III.
//!
//! JSON contract (`--json`): one object with `positions` (`[turn][actor][dim]`, turn 0 = input),
//! `turns` (turns after the input), and for `--model eu` the per-round `median` and `mean`
//! (arrays over turns; for several dimensions, arrays over turns of arrays over dimensions).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_bargain::{deu3, eu, plot, smp, Scenario};
use serde_json::json;

use super::Context;

/// Which bargaining model to run.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    /// KTAB's Spatial Model of Politics.
    Smp,
    /// Bueno de Mesquita's expected-utility model (Scholz et al. 2011 reading).
    Eu,
}

/// Backtest data sets.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backtest {
    /// DEU III, EU legislative issues with actual outcomes.
    Deu3,
}

/// Flags of `realign bargain`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Scenario file: KTAB CSV, `Actor,Capability,Position,Salience` CSV, or realign TOML
    /// (detected from extension and content). With --backtest: the data set file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Model to run.
    #[arg(long, value_enum, default_value = "smp")]
    pub model: Model,
    /// Backtest the models on a data set instead of running one scenario.
    #[arg(long, value_enum, value_name = "DATASET")]
    pub backtest: Option<Backtest>,
    /// Write an SVG plot of positions over turns to this file.
    #[arg(long, value_name = "OUT")]
    pub svg: Option<PathBuf>,
    /// Expected-utility model: number of rounds.
    #[arg(long, default_value_t = 10)]
    pub rounds: usize,
    /// Expected-utility model: apply the paper's capitulation rule (off in the reference
    /// implementation, whose test can never be true).
    #[arg(long)]
    pub capitulation: bool,
    /// Take actors' capabilities from the store's World (CINC × 1000 at --as-of) for actors
    /// named by a state (ISO3 code or a name the gazetteer knows); others keep the file's value.
    #[arg(long)]
    pub from_world: bool,
    /// Date of the World used by --from-world (default: today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// With --from-world: the issue's subject state (ISO3); every matched actor's salience
    /// becomes 100 × its tie strength with that state (at least 10), a starting point to revise.
    #[arg(long, value_name = "ISO3")]
    pub subject: Option<String>,
    /// SMP option group (defaults are KTAB's CSV defaults, echoed as `smp_options` in --json).
    #[command(flatten)]
    pub smp: SmpFlags,
}

/// KTAB's Spatial Model of Politics options, by KTAB's names.
#[derive(clap::Args, Debug, Default)]
pub struct SmpFlags {
    /// Victory probability: Linear (default), Square, Quartic, Octic, Binary.
    #[arg(long, value_name = "MODEL")]
    pub victory_prob: Option<String>,
    /// Voting rule: Proportional (default), Binary, PropBin, PropCbc, Cubic.
    #[arg(long, value_name = "RULE")]
    pub voting_rule: Option<String>,
    /// Probability of coalition emergence: Conditional (default), MarkovIncentive, MarkovUniform.
    #[arg(long, value_name = "MODEL")]
    pub pce: Option<String>,
    /// State transitions: Deterministic (default), Stochastic.
    #[arg(long, value_name = "KIND")]
    pub transitions: Option<String>,
    /// Range of inferred risk attitudes: Mid (default), Min, Max.
    #[arg(long, value_name = "RANGE")]
    pub big_r_range: Option<String>,
    /// Risk-attitude adjustment: OneThird (default), None, Half, TwoThirds, Full.
    #[arg(long, value_name = "ADJUST")]
    pub big_r_adjust: Option<String>,
    /// Third-party commitment: SemiCommit (default), NoCommit, FullCommit.
    #[arg(long, value_name = "KIND")]
    pub third_party: Option<String>,
    /// Vector bargain interpolation: S2P2 (default), S1P1, S2PMax.
    #[arg(long, value_name = "KIND")]
    pub inter_vec: Option<String>,
    /// Bargaining model: InitOnlyInterp (default), InitRcvrInterp, PwCompInterp.
    #[arg(long, value_name = "MODEL")]
    pub bargain_model: Option<String>,
    /// Seed of the stochastic transitions (default: KTAB's).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Most turns to run (default 100).
    #[arg(long)]
    pub max_turns: Option<usize>,
    /// Stop when a turn moves less than this share of the first turn's movement (default 0.02).
    #[arg(long)]
    pub min_delta_ratio: Option<f64>,
}

impl SmpFlags {
    /// The SMP parameters: KTAB's defaults with the given flags applied.
    fn params(&self) -> anyhow::Result<smp::SmpParams> {
        fn pick<T: serde::de::DeserializeOwned>(
            flag: &str,
            v: &Option<String>,
            into: &mut T,
        ) -> anyhow::Result<()> {
            if let Some(name) = v {
                *into = serde_json::from_value(json!(name.trim()))
                    .map_err(|_| anyhow::anyhow!("--{flag} {name:?}: not one of the names listed in `realign bargain --help`"))?;
            }
            Ok(())
        }
        let mut p = smp::SmpParams::default();
        pick(
            "victory-prob",
            &self.victory_prob,
            &mut p.victory_prob_model,
        )?;
        pick("voting-rule", &self.voting_rule, &mut p.voting_rule)?;
        pick("pce", &self.pce, &mut p.pce_model)?;
        pick("transitions", &self.transitions, &mut p.state_transitions)?;
        pick("big-r-range", &self.big_r_range, &mut p.big_r_range)?;
        pick("big-r-adjust", &self.big_r_adjust, &mut p.big_r_adjust)?;
        pick("third-party", &self.third_party, &mut p.third_party_commit)?;
        pick("inter-vec", &self.inter_vec, &mut p.inter_vec_brgn)?;
        pick("bargain-model", &self.bargain_model, &mut p.bargain_model)?;
        if let Some(seed) = self.seed {
            p.seed = seed;
        }
        if let Some(t) = self.max_turns {
            anyhow::ensure!(t >= 1, "--max-turns must be at least 1");
            p.max_turns = t;
        }
        if let Some(d) = self.min_delta_ratio {
            anyhow::ensure!(
                d.is_finite() && d >= 0.0,
                "--min-delta-ratio must be a non-negative number"
            );
            p.min_delta_ratio = d;
        }
        Ok(p)
    }
}

/// Values `[turn][dim]`.
type PerTurn = Vec<Vec<f64>>;

/// A model run reduced to what the command prints.
struct Trajectory {
    positions: Vec<Vec<Vec<f64>>>,
    turns: usize,
    extra: serde_json::Map<String, serde_json::Value>,
    /// Per-turn (median, mean) by dimension, for the expected-utility model.
    summaries: Option<(PerTurn, PerTurn)>,
}

/// Capability x salience weighted mean of the final positions, per dimension.
fn weighted_final(scenario: &Scenario, positions: &[Vec<Vec<f64>>]) -> Vec<f64> {
    let Some(last) = positions.last() else {
        return Vec::new();
    };
    (0..scenario.dimensions.len())
        .map(|d| {
            let mut num = 0.0;
            let mut den = 0.0;
            let mut plain = 0.0;
            for (a, actor) in scenario.actors.iter().enumerate() {
                let x = last
                    .get(a)
                    .and_then(|p| p.get(d))
                    .copied()
                    .unwrap_or(f64::NAN);
                let w = actor.capability * actor.saliences.get(d).copied().unwrap_or(0.0);
                num += w * x;
                den += w;
                plain += x;
            }
            if den > 0.0 {
                num / den
            } else {
                plain / scenario.actors.len().max(1) as f64
            }
        })
        .collect()
}

/// One value per turn when there is one dimension, else one array over dimensions per turn.
fn per_turn(values: &[Vec<f64>]) -> serde_json::Value {
    if values.iter().all(|v| v.len() == 1) {
        json!(values.iter().map(|v| v[0]).collect::<Vec<f64>>())
    } else {
        json!(values)
    }
}

fn run_eu(scenario: &Scenario, args: &Args) -> anyhow::Result<Trajectory> {
    if args.rounds > 100_000 {
        anyhow::bail!("--rounds {} is too many (at most 100000)", args.rounds);
    }
    let params = eu::EuParams {
        rounds: args.rounds,
        q: 1.0,
        capitulation: args.capitulation,
    };
    let run = eu::run(scenario, &params)?;
    let mut extra = serde_json::Map::new();
    extra.insert("median".into(), per_turn(&run.median));
    extra.insert("mean".into(), per_turn(&run.mean));
    extra.insert("offers".into(), json!(run.offers));
    Ok(Trajectory {
        positions: run.positions,
        turns: run.turns,
        extra,
        summaries: Some((run.median, run.mean)),
    })
}

fn run_smp(scenario: &Scenario, params: &smp::SmpParams) -> anyhow::Result<Trajectory> {
    let run = smp::run(scenario, params)?;
    let mut extra = serde_json::Map::new();
    extra.insert("smp_options".into(), json!(params));
    extra.insert("win_probabilities".into(), json!(run.win_probabilities));
    extra.insert("change".into(), json!(run.change));
    Ok(Trajectory {
        positions: run.positions,
        turns: run.turns,
        extra,
        summaries: None,
    })
}

fn fmt_num(v: f64) -> String {
    if v.is_finite() {
        format!("{v:.2}")
    } else {
        "-".into()
    }
}

fn print_text(scenario: &Scenario, model: Model, t: &Trajectory, forecast: &[f64]) {
    let name = match model {
        Model::Smp => "Spatial Model of Politics",
        Model::Eu => "expected-utility model",
    };
    println!(
        "{} — {name}: {} actors, {} dimension(s), {} turn(s)",
        scenario.name,
        scenario.actors.len(),
        scenario.dimensions.len(),
        t.turns
    );
    // Actors as rows, turns as columns (at most 11: the first, the last and evenly spaced ones).
    let nturns = t.positions.len();
    let cols: Vec<usize> = if nturns <= 11 {
        (0..nturns).collect()
    } else {
        let mut c: Vec<usize> = (0..=10).map(|k| k * (nturns - 1) / 10).collect();
        c.dedup();
        c
    };
    let width = scenario
        .actors
        .iter()
        .map(|a| a.name.chars().count())
        .max()
        .unwrap_or(5)
        .clamp(12, 24);
    let at = |v: &Vec<f64>, d: usize| v.get(d).copied().unwrap_or(f64::NAN);
    for (d, dim) in scenario.dimensions.iter().enumerate() {
        println!("\n{dim}");
        let mut header = format!("{:<width$}", "actor \\ turn");
        for c in &cols {
            header.push_str(&format!(" {c:>7}"));
        }
        println!("{header}");
        for (a, actor) in scenario.actors.iter().enumerate() {
            let name: String = actor.name.chars().take(width).collect();
            let mut row = format!("{name:<width$}");
            for &c in &cols {
                let v = t
                    .positions
                    .get(c)
                    .and_then(|s| s.get(a))
                    .map_or(f64::NAN, |p| at(p, d));
                row.push_str(&format!(" {:>7}", fmt_num(v)));
            }
            println!("{row}");
        }
        if let Some((median, mean)) = &t.summaries {
            for (label, series) in [("(median)", median), ("(mean)", mean)] {
                let mut row = format!("{label:<width$}");
                for &c in &cols {
                    let v = series.get(c).map_or(f64::NAN, |p| at(p, d));
                    row.push_str(&format!(" {:>7}", fmt_num(v)));
                }
                println!("{row}");
            }
        }
    }
    println!("\nForecast:");
    for (d, dim) in scenario.dimensions.iter().enumerate() {
        let f = forecast.get(d).copied().unwrap_or(f64::NAN);
        match (&t.summaries, model) {
            (Some((median, mean)), Model::Eu) => {
                let m = median
                    .last()
                    .and_then(|v| v.get(d))
                    .copied()
                    .unwrap_or(f64::NAN);
                let w = mean
                    .last()
                    .and_then(|v| v.get(d))
                    .copied()
                    .unwrap_or(f64::NAN);
                println!(
                    "  {dim}: median {} (the model's forecast), weighted mean {}",
                    fmt_num(m),
                    fmt_num(w)
                );
            }
            _ => println!(
                "  {dim}: {} (capability x salience weighted mean of final positions)",
                fmt_num(f)
            ),
        }
    }
}

fn run_backtest(ctx: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let data = deu3::read(&args.file)?;
    let bar = if ctx.quiet || ctx.json {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(data.issues.len() as u64)
    };
    let report = deu3::backtest(&data, &mut |done, _| bar.set_position(done as u64));
    bar.finish_and_clear();
    if ctx.json {
        println!("{}", serde_json::to_string(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "DEU III backtest: {} issues scored ({} skipped); half A (even proposal numbers) {} issues, half B {}",
        report.issues, report.skipped, report.half_sizes.0, report.half_sizes.1
    );
    println!(
        "\n{:<26} {:>5} {:>8} {:>8} {:>8}  description",
        "model", "n", "MAE", "half A", "half B"
    );
    for m in &report.models {
        println!(
            "{:<26} {:>5} {:>8} {:>8} {:>8}  {}",
            m.model,
            m.n,
            fmt_num(m.mae),
            fmt_num(m.mae_half_a),
            fmt_num(m.mae_half_b),
            m.description
        );
    }
    let (a, b) = report.fitted;
    println!(
        "\nrole_weighted: weights fitted on half A (scored on B): salience^{}, commission {}, parliament {}, reference point {};\n               fitted on half B (scored on A): salience^{}, commission {}, parliament {}, reference point {}.",
        a.salience_power, a.commission, a.parliament, a.reference_point, b.salience_power, b.commission, b.parliament, b.reference_point
    );
    let cv = &report.repeated_cv;
    println!(
        "role_weighted over {} random two-fold splits by proposal: out-of-sample MAE mean {}, min {}, max {}.",
        cv.splits,
        fmt_num(cv.mean),
        fmt_num(cv.min),
        fmt_num(cv.max)
    );
    let f = &report.focal_cv;
    println!(
        "focal_points over {} repetitions of {}-fold cross-validation by proposal: out-of-sample MAE mean {} (sd {}), min {}, max {}.",
        f.repeats,
        f.folds,
        fmt_num(f.mean),
        fmt_num(f.sd),
        fmt_num(f.min),
        fmt_num(f.max)
    );
    println!(
        "focal_points leaving out one proposal at a time ({} proposals, each forecast by the model fitted on the other {}): out-of-sample MAE {}. k-fold figures train on fewer proposals: the model is still data-limited.",
        report.focal_lopo.proposals,
        report.focal_lopo.proposals.saturating_sub(1),
        fmt_num(report.focal_lopo.mae)
    );
    let coef: Vec<String> = realign_bargain::deu3::focal::FEATURES
        .iter()
        .zip(&f.full_fit.coefficients)
        .map(|(n, c)| format!("{n} {}", fmt_num(*c)))
        .collect();
    println!(
        "focal_points fitted on all {} issues (ridge {}): {}.",
        f.full_fit.fitted_on,
        f.full_fit.ridge,
        coef.join(", ")
    );
    println!(
        "MAE = mean absolute error against the actual outcome (0-100 scale); lower is better."
    );
    Ok(ExitCode::SUCCESS)
}

/// Runs `realign bargain`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    if args.backtest.is_some() {
        return run_backtest(ctx, &args);
    }
    let (mut scenario, _format) = realign_bargain::load_scenario(&args.file)?;
    let world_hints = if args.from_world {
        let date = super::world::parse_date(args.as_of.as_deref())?;
        let store = realign_store::Store::open(&ctx.db)
            .with_context(|| format!("opening store {}", ctx.db.display()))?;
        let world = super::world::build_world(&store, date, false)?;
        let g = realign_gazetteer::Gazetteer::builtin();
        let codes: Vec<Option<String>> = scenario
            .actors
            .iter()
            .map(|a| {
                let up = a.name.trim().to_ascii_uppercase();
                if world.states.contains_key(&up) {
                    return Some(up);
                }
                [a.name.as_str(), a.description.as_str()]
                    .iter()
                    .find_map(|t| {
                        g.find_mentions(t)
                            .iter()
                            .map(|m| g.entity(m.entity))
                            .find(|e| {
                                e.kind == realign_core::ActorKind::State
                                    && world.states.contains_key(&e.code)
                            })
                            .map(|e| e.code.clone())
                    })
            })
            .collect();
        let opts = realign_bargain::from_world::WorldInputs {
            subject: args.subject.as_ref().map(|s| s.trim().to_ascii_uppercase()),
            ..Default::default()
        };
        if let Some(s) = &opts.subject {
            if !world.states.contains_key(s) {
                anyhow::bail!("--subject {s}: not a state in the World as of {date}");
            }
        }
        let hints = realign_bargain::from_world::apply_world(&mut scenario, &world, &codes, &opts);
        if !ctx.quiet {
            eprintln!(
                "World as of {date}: capability from CINC for {} of {} actors{}",
                hints.len(),
                scenario.actors.len(),
                if opts.subject.is_some() {
                    ", saliences from ties to the subject"
                } else {
                    ""
                }
            );
        }
        Some(hints)
    } else {
        if args.subject.is_some() || args.as_of.is_some() {
            anyhow::bail!("--subject and --as-of need --from-world");
        }
        None
    };
    let t = match args.model {
        Model::Eu => run_eu(&scenario, &args)?,
        Model::Smp => run_smp(&scenario, &args.smp.params()?)?,
    };
    let forecast = match &t.summaries {
        // The expected-utility model's forecast is its final median.
        Some((median, _)) => median.last().cloned().unwrap_or_default(),
        None => weighted_final(&scenario, &t.positions),
    };
    if let Some(out) = &args.svg {
        let names: Vec<String> = scenario.actors.iter().map(|a| a.name.clone()).collect();
        let title = format!(
            "{} ({})",
            scenario.name,
            if args.model == Model::Eu {
                "expected utility"
            } else {
                "SMP"
            }
        );
        let svg = plot::positions_svg(&title, &names, &scenario.dimensions, &t.positions);
        std::fs::write(out, svg).with_context(|| format!("cannot write {}", out.display()))?;
    }
    if ctx.json {
        let mut obj = serde_json::Map::new();
        obj.insert(
            "model".into(),
            json!(if args.model == Model::Eu { "eu" } else { "smp" }),
        );
        obj.insert("scenario".into(), json!(scenario.name));
        obj.insert(
            "actors".into(),
            json!(scenario.actors.iter().map(|a| &a.name).collect::<Vec<_>>()),
        );
        obj.insert("dimensions".into(), json!(scenario.dimensions));
        obj.insert("positions".into(), json!(t.positions));
        obj.insert("turns".into(), json!(t.turns));
        obj.insert("forecast".into(), json!(forecast));
        if let Some(h) = &world_hints {
            obj.insert("world_inputs".into(), json!(h));
        }
        for (k, v) in t.extra {
            obj.insert(k, v);
        }
        println!("{}", serde_json::Value::Object(obj));
    } else {
        print_text(&scenario, args.model, &t, &forecast);
    }
    Ok(ExitCode::SUCCESS)
}
