//! `realign export --format plover-json|gdelt-tsv|csv`: stored claims in formats other tools read.
//!
//! - `plover-json`: a JSON array of events in the PLOVER gold-standard record layout (`id`, `date`,
//!   `event`, `mode`, `context`, `source`/`target` as `[{actorText, code}]`, `text`, `negated`…).
//! - `gdelt-tsv`: GDELT 2.0 event records, 61 tab-separated columns, no header (as GDELT ships them);
//!   fields realign does not know (geography, tone, ethnic/religion codes) are left empty.
//! - `csv`: every claim kind, one row per stored claim, with a header.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use realign_core::describe::describe;
use realign_core::{ActorKind, ActorRef, ClaimBody, EventClaim, PartialDate};
use realign_store::claims::StoredClaim;

use super::claims::{open_existing, FilterArgs};
use super::Context;

/// Output formats.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON array of PLOVER event records.
    PloverJson,
    /// GDELT 2.0 events, 61 tab-separated columns.
    GdeltTsv,
    /// CSV of every claim.
    Csv,
}

/// Flags of `realign export`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Format,
    /// Write here instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    /// Filters (as for `realign claims`).
    pub filter: FilterArgs,
}

fn event_date(c: &StoredClaim) -> Option<PartialDate> {
    c.claim
        .date
        .or_else(|| c.sources.first().and_then(|s| s.doc_date))
}

fn plover_actors(list: &[ActorRef]) -> serde_json::Value {
    serde_json::Value::Array(
        list.iter()
            .map(|a| {
                let mut o = serde_json::json!({ "code": a.code });
                if let Some(n) = &a.name {
                    o["actorText"] = n.clone().into();
                }
                if let Some(s) = &a.sector {
                    o["sector"] = s.clone().into();
                }
                o
            })
            .collect(),
    )
}

fn plover_record(c: &StoredClaim, e: &EventClaim) -> serde_json::Value {
    let ev = &c.claim.evidence;
    let event_text = ev
        .span
        .start
        .checked_sub(ev.sentence_span.start)
        .and_then(|s| ev.sentence.get(s..s + ev.span.len()))
        .unwrap_or("");
    let mut o = serde_json::json!({
        "id": format!("realign-{}", c.id),
        "event": e.plover.label(),
        "source": plover_actors(&e.source),
        "target": plover_actors(&e.target),
        "text": ev.sentence,
        "eventText": event_text,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "publication": c.sources.first().map(|s| s.doc_name.clone().unwrap_or_else(|| s.doc_id.clone())),
        "num_sources": c.documents().len(),
    });
    let put = |o: &mut serde_json::Value, k: &str, v: Option<serde_json::Value>| {
        if let Some(v) = v {
            o[k] = v;
        }
    };
    put(&mut o, "date", event_date(c).map(|d| d.to_string().into()));
    put(&mut o, "mode", e.mode.clone().map(Into::into));
    put(&mut o, "context", e.context.clone().map(Into::into));
    put(&mut o, "cameo", e.cameo.clone().map(Into::into));
    put(&mut o, "goldstein", e.goldstein.map(Into::into));
    o
}

/// Number of columns in a GDELT 2.0 event record.
const GDELT_COLUMNS: usize = 61;

fn gdelt_actor(cols: &mut Vec<String>, a: Option<&ActorRef>) {
    // ActorCode, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1, Type2, Type3
    let Some(a) = a else {
        cols.extend(std::iter::repeat(String::new()).take(10));
        return;
    };
    let igo = a.kind == ActorKind::Igo;
    let sector = a.sector.clone().unwrap_or_default();
    cols.push(format!("{}{}", a.code, sector));
    cols.push(
        a.name
            .clone()
            .unwrap_or_else(|| a.code.clone())
            .to_uppercase(),
    );
    cols.push(if igo { String::new() } else { a.code.clone() });
    cols.push(if igo { a.code.clone() } else { String::new() });
    cols.extend([String::new(), String::new(), String::new()]);
    cols.push(sector);
    cols.extend([String::new(), String::new()]);
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn gdelt_row(c: &StoredClaim, e: &EventClaim) -> Vec<String> {
    let mut cols: Vec<String> = Vec::with_capacity(GDELT_COLUMNS);
    cols.push(c.id.to_string());
    match event_date(c) {
        Some(d) => {
            let (y, m, day) = d.earliest();
            cols.push(format!("{y:04}{m:02}{day:02}"));
            cols.push(format!("{y:04}{m:02}"));
            cols.push(format!("{y:04}"));
            cols.push(format!("{:.4}", d.as_year_fraction()));
        }
        None => cols.extend(std::iter::repeat(String::new()).take(4)),
    }
    gdelt_actor(&mut cols, e.source.first());
    gdelt_actor(&mut cols, e.target.first());
    cols.push("1".into()); // IsRootEvent
    let code = e.cameo.clone().unwrap_or_default();
    cols.push(code.clone());
    cols.push(code.get(..3).unwrap_or(&code).to_string());
    cols.push(code.get(..2).unwrap_or(&code).to_string());
    let quad = e.quad_class.unwrap_or_else(|| e.plover.quad_class());
    cols.push(quad.number().to_string());
    cols.push(e.goldstein.map(|g| format!("{g}")).unwrap_or_default());
    let mut publishers: Vec<&str> = c
        .sources
        .iter()
        .filter_map(|s| s.publisher.as_deref())
        .collect();
    publishers.sort_unstable();
    publishers.dedup();
    cols.push(c.sources.len().to_string()); // NumMentions
    cols.push(publishers.len().max(1).to_string()); // NumSources
    cols.push(c.documents().len().to_string()); // NumArticles
    cols.push(String::new()); // AvgTone
    cols.extend(std::iter::repeat(String::new()).take(24)); // Actor1Geo, Actor2Geo, ActionGeo (8 each)
    cols.push(String::new()); // DATEADDED
    let url = c
        .sources
        .first()
        .map(|s| s.doc_name.clone().unwrap_or_else(|| s.doc_id.clone()))
        .unwrap_or_default();
    cols.push(url);
    debug_assert_eq!(cols.len(), GDELT_COLUMNS);
    cols.into_iter().map(|c| clean(&c)).collect()
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

const CSV_HEADER: &str =
    "id,kind,plover,negated,source,target,date,value,unit,qualifier,description,documents,sources,evidence,span_start,span_end,cameo,goldstein,conflicts_with";

fn csv_row(c: &StoredClaim) -> String {
    let codes = |l: &[ActorRef]| {
        l.iter()
            .map(|a| a.code.as_str())
            .collect::<Vec<_>>()
            .join(";")
    };
    let (plover, negated, source, target, cameo, goldstein) = match &c.claim.body {
        ClaimBody::Event(e) => (
            e.plover.label().to_string(),
            e.negated.to_string(),
            codes(&e.source),
            codes(&e.target),
            e.cameo.clone().unwrap_or_default(),
            e.goldstein.map(|g| g.to_string()).unwrap_or_default(),
        ),
        ClaimBody::Alliance(a) => (
            String::new(),
            String::new(),
            codes(&a.parties),
            String::new(),
            String::new(),
            String::new(),
        ),
        ClaimBody::Deployment(d) => (
            String::new(),
            String::new(),
            d.source.code.clone(),
            d.target.code.clone(),
            String::new(),
            String::new(),
        ),
        ClaimBody::TradeShare(t) => (
            String::new(),
            String::new(),
            t.partner.code.clone(),
            t.of.code.clone(),
            String::new(),
            String::new(),
        ),
        ClaimBody::Transfer(t) => (
            String::new(),
            String::new(),
            t.source.code.clone(),
            t.target.code.clone(),
            String::new(),
            String::new(),
        ),
        ClaimBody::Stance(s) => (
            String::new(),
            String::new(),
            s.actor.code.clone(),
            codes(&s.about),
            String::new(),
            String::new(),
        ),
        ClaimBody::Dependence(d) => (
            String::new(),
            String::new(),
            d.actor.code.clone(),
            d.on.code.clone(),
            String::new(),
            String::new(),
        ),
        ClaimBody::Quote(q) => (
            String::new(),
            String::new(),
            q.speaker_actor
                .as_ref()
                .map(|a| a.code.clone())
                .unwrap_or_default(),
            codes(&q.about),
            String::new(),
            String::new(),
        ),
        ClaimBody::Recommendation(r) => (
            String::new(),
            String::new(),
            r.actor.code.clone(),
            codes(&r.with),
            String::new(),
            String::new(),
        ),
        ClaimBody::Document(_) => Default::default(),
    };
    let (value, unit, qualifier) = match &c.claim.body {
        ClaimBody::Deployment(d) => d
            .quantity
            .as_ref()
            .map(|q| {
                (
                    q.value.to_string(),
                    q.unit.clone(),
                    format!("{:?}", q.qualifier).to_lowercase(),
                )
            })
            .unwrap_or_default(),
        ClaimBody::Event(e) => e
            .magnitude
            .as_ref()
            .map(|q| {
                (
                    q.value.to_string(),
                    q.unit.clone(),
                    format!("{:?}", q.qualifier).to_lowercase(),
                )
            })
            .unwrap_or_default(),
        ClaimBody::TradeShare(t) => (
            t.share.to_string(),
            if t.flow == "trade" && t.goods.is_none() { "share".into() } else { format!("share of {}", t.flow_label()) },
            format!("{:?}", t.qualifier).to_lowercase(),
        ),
        ClaimBody::Transfer(t) => t
            .value
            .as_ref()
            .map(|m| {
                (
                    m.amount.to_string(),
                    m.currency.clone(),
                    format!("{:?}", m.qualifier).to_lowercase(),
                )
            })
            .unwrap_or_default(),
        _ => Default::default(),
    };
    let docs: Vec<String> = c
        .sources
        .iter()
        .map(|s| s.doc_name.clone().unwrap_or_else(|| s.doc_id.clone()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let ev = &c.claim.evidence;
    let conflicts: Vec<String> = c.conflicts_with.iter().map(|i| i.to_string()).collect();
    let fields = [
        c.id.to_string(),
        c.claim.kind().label().to_string(),
        plover,
        negated,
        source,
        target,
        event_date(c).map(|d| d.to_string()).unwrap_or_default(),
        value,
        unit,
        qualifier,
        describe(&c.claim),
        docs.join(";"),
        c.sources.len().to_string(),
        ev.sentence.clone(),
        ev.span.start.to_string(),
        ev.span.end.to_string(),
        cameo,
        goldstein,
        conflicts.join(";"),
    ];
    fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",")
}

/// Runs `realign export`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(ctx)?;
    let claims = store.claims(&args.filter.filter())?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let events = || {
        claims.iter().filter_map(|c| match &c.claim.body {
            ClaimBody::Event(e) => Some((c, e)),
            _ => None,
        })
    };
    let n = match args.format {
        Format::PloverJson => {
            let recs: Vec<serde_json::Value> = events().map(|(c, e)| plover_record(c, e)).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&recs)?)?;
            recs.len()
        }
        Format::GdeltTsv => {
            let mut n = 0;
            for (c, e) in events() {
                writeln!(out, "{}", gdelt_row(c, e).join("\t"))?;
                n += 1;
            }
            n
        }
        Format::Csv => {
            writeln!(out, "{CSV_HEADER}")?;
            for c in &claims {
                writeln!(out, "{}", csv_row(c))?;
            }
            claims.len()
        }
    };
    out.flush()?;
    if !ctx.quiet {
        eprintln!("exported {n} records");
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use realign_core::{Attribution, Claim, Evidence, Plover, Span};

    fn stored() -> (StoredClaim, EventClaim) {
        let e = EventClaim {
            plover: Plover::Assault,
            mode: None,
            context: None,
            source: vec![ActorRef::state("PRK")],
            target: vec![ActorRef::state("KOR")],
            related: vec![],
            negated: false,
            hypothetical: false,
            cameo: Some("195".into()),
            goldstein: Some(-10.0),
            quad_class: None,
            magnitude: None,
        };
        let claim = Claim {
            doc: "d".into(),
            body: ClaimBody::Event(e.clone()),
            date: PartialDate::parse("2010-11-23").ok(),
            evidence: Evidence {
                span: Span::new(4, 12),
                sentence_span: Span::new(0, 20),
                sentence: "The shelling, Seoul".into(),
            },
            attribution: Attribution::reporter(),
            confidence: 0.9,
        };
        (
            StoredClaim {
                id: 7,
                fact_key: "k".into(),
                claim,
                sources: vec![],
                conflicts_with: vec![],
            },
            e,
        )
    }

    #[test]
    fn gdelt_rows_have_61_columns_and_the_cameo_fields() {
        let (c, e) = stored();
        let row = gdelt_row(&c, &e);
        assert_eq!(row.len(), GDELT_COLUMNS);
        assert_eq!(row[1], "20101123");
        assert_eq!(row[5], "PRK");
        assert_eq!(row[15], "KOR");
        assert_eq!(row[26], "195");
        assert_eq!(row[27], "195");
        assert_eq!(row[28], "19");
        assert_eq!(row[29], "4");
        assert_eq!(row[30], "-10");
    }

    #[test]
    fn csv_quotes_fields_and_plover_json_slices_event_text() {
        assert_eq!(csv_field("a,b \"c\""), "\"a,b \"\"c\"\"\"");
        let (c, e) = stored();
        let row = csv_row(&c);
        assert!(row.starts_with("7,event,ASSAULT,false,PRK,KOR,2010-11-23,"));
        assert!(row.contains("\"The shelling, Seoul\""));
        let rec = plover_record(&c, &e);
        assert_eq!(rec["event"], "ASSAULT");
        assert_eq!(rec["eventText"], "shelling");
        assert_eq!(rec["target"][0]["code"], "KOR");
    }
}
