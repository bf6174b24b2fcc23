//! realign's HTTP API and its local web page (`realign serve`).
//!
//! Every answer is JSON made by the same library calls the command line makes, so the API and the
//! CLI never disagree. The page, one HTML file with its script and no outside resources (it works
//! offline), draws the alliance graph of the World as of a date, a timeline of dated claims, and
//! opens any edge or claim down to its sources' sentences, highlighted in the document's text.
//!
//! | `GET` path | answer |
//! |---|---|
//! | `/` | the web page |
//! | `/api` | this list of endpoints |
//! | `/api/openapi.json` | an OpenAPI 3 description of these endpoints and their answers |
//! | `/api/summary` | documents, claims, readings and conflicts in the store; its dataset imports |
//! | `/api/claims?actor=&kind=&plover=&since=&until=&doc=&limit=&offset=` | graded claims, as `realign claims --json` lists them, each with a `description`; `?ids=3,5,8` gives those claims instead |
//! | `/api/claims/{id}` | one claim with every source, its attribution and evidence sentence |
//! | `/api/conflicts` | claims that disagree, side by side |
//! | `/api/documents/{id}?start=&end=` | a document (by hash, prefix or name); with a byte span, the text cut around it |
//! | `/api/timeline?actor=&kind=&since=&until=` | dated claims, oldest first (a claim without its own date takes its document's), then the undated |
//! | `/api/world?as_of=` | the World snapshot, as `realign world --json` prints it |
//! | `/api/graph?as_of=&min_tie=&limit=&focus=` | the World's signed graph: states, and the strongest ties (first those of the `focus` states, comma-separated) with their components and evidence |
//! | `/api/gexf?as_of=&min_tie=` | the World's graph as a GEXF file for Gephi, networkx or igraph, as `realign world --gexf` writes it |
//! | `/api/changes?as_of=&since=` | what changed in the World between two dates, as `realign world --compare` says it |
//! | `/api/reactions?to=&event=&since=&until=&states=` | who condemned, backed or stayed silent about a state, as `realign reactions` lists them (`event`: a claim id, whose acting state and date give `to` and `since`; `states`: codes or organisations to list even without a record) |
//!
//! Errors are `{"error": "…"}` with status 400 (a parameter, named, that cannot be read), 404 (no
//! such claim or document), 403 (a request addressed to a host name the server does not answer
//! to, see [`Config::allowed_hosts`]) or 500.
//!
//! **Invariants:** only this crate knows HTTP, and it holds no domain logic: each handler is a few
//! library calls and a JSON shape. The store is opened per request on a blocking thread (a SQLite
//! connection is not shared between threads) and only read.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use realign_core::describe::describe;
use realign_core::{ClaimKind, PartialDate, Plover};
use realign_store::claims::{ClaimFilter, StoredClaim};
use realign_store::grade::{grade_claims, Grade, ReliabilityTable};
use realign_store::Store;
use realign_world::{Evidence, World, WorldBuilder};
use serde_json::{json, Value};

/// The page, served at `/`.
pub const PAGE: &str = include_str!("page.html");

/// The OpenAPI 3 description of the API, served at `/api/openapi.json`.
pub const OPENAPI: &str = include_str!("openapi.json");

/// What the server serves.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store file. It must exist; the server never creates one.
    pub db: PathBuf,
    /// The analyst's publisher ratings, for grading claims.
    pub reliability: ReliabilityTable,
    /// Today, the default date of a World (the caller reads the clock; this crate does not).
    pub today: PartialDate,
    /// The host names requests may be addressed to (the `Host` header, port aside), or `None`
    /// for any. A server on the loopback interface takes only its own names, so a web page
    /// elsewhere cannot reach it by pointing a name of its own at 127.0.0.1 (DNS rebinding).
    pub allowed_hosts: Option<Vec<String>>,
}

impl Config {
    /// The names a server bound to `ip` answers to: on loopback, `localhost` and the loopback
    /// addresses; elsewhere any.
    pub fn hosts_for(ip: std::net::IpAddr) -> Option<Vec<String>> {
        ip.is_loopback().then(|| {
            let mut names: Vec<String> = ["localhost", "127.0.0.1", "[::1]"].map(str::to_string).to_vec();
            let own = match ip {
                std::net::IpAddr::V4(v4) => v4.to_string(),
                std::net::IpAddr::V6(v6) => format!("[{v6}]"),
            };
            if !names.contains(&own) {
                names.push(own);
            }
            names
        })
    }
}

/// An error answered as `{"error": …}` with its status.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A parameter that cannot be read (400).
    #[error("{0}")]
    BadRequest(String),
    /// No such claim or document (404).
    #[error("{0}")]
    NotFound(String),
    /// The store or the runtime failed (500).
    #[error("{0}")]
    Internal(String),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        (status, Json(json!({ "error": self.to_string() }))).into_response()
    }
}

impl From<realign_store::StoreError> for ApiError {
    fn from(e: realign_store::StoreError) -> Self {
        ApiError::Internal(format!("store: {e}"))
    }
}

impl From<realign_world::WorldError> for ApiError {
    fn from(e: realign_world::WorldError) -> Self {
        ApiError::Internal(format!("building the World: {e}"))
    }
}

type Shared = Arc<Config>;
type Params = Query<HashMap<String, String>>;
type Answer = Result<Json<Value>, ApiError>;

/// The routes, for `axum::serve` or for calling in tests.
pub fn router(config: Config) -> Router {
    let shared = Arc::new(config);
    Router::new()
        .route("/", get(page))
        .route("/api", get(index))
        .route("/api/openapi.json", get(|| async { ([(header::CONTENT_TYPE, "application/json")], OPENAPI) }))
        .route("/api/summary", get(summary))
        .route("/api/claims", get(claims))
        .route("/api/claims/{id}", get(claim))
        .route("/api/conflicts", get(conflicts))
        .route("/api/documents/{id}", get(document))
        .route("/api/timeline", get(timeline))
        .route("/api/world", get(world))
        .route("/api/graph", get(graph))
        .route("/api/gexf", get(gexf))
        .route("/api/changes", get(changes))
        .route("/api/reactions", get(reactions))
        .fallback(|| async { ApiError::NotFound("no such page; GET /api lists the endpoints".into()) })
        .layer(axum::middleware::from_fn_with_state(shared.clone(), check_host))
        .with_state(shared)
}

/// Refuses (403) a request addressed to a host name the server does not answer to.
async fn check_host(State(config): State<Shared>, request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if let Some(allowed) = &config.allowed_hosts {
        let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
        // ("localhost:8080" → "localhost"; "[::1]:8080" → "[::1]".)
        let name = match host.rfind(':') {
            Some(i) if !host[i..].contains(']') => &host[..i],
            _ => host,
        };
        if !allowed.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            let message = format!("host {host:?} is not this server's (it answers to {})", allowed.join(", "));
            return (StatusCode::FORBIDDEN, Json(json!({ "error": message }))).into_response();
        }
    }
    next.run(request).await
}

/// Serves `config` on `listener` until the process ends.
pub fn serve(listener: std::net::TcpListener, config: Config) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        axum::serve(listener, router(config)).await
    })
}

/// Runs `f` (store work) on a blocking thread.
async fn on_store<T: Send + 'static>(
    config: Shared,
    f: impl FnOnce(&Config, Store) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(move || {
        if !config.db.exists() {
            return Err(ApiError::Internal(format!("no store at {}", config.db.display())));
        }
        let store = Store::open(&config.db)?;
        f(&config, store)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("the request's task failed: {e}")))?
}

/// [`on_store`] for an answer in JSON.
async fn blocking(config: Shared, f: impl FnOnce(&Config, Store) -> Result<Value, ApiError> + Send + 'static) -> Answer {
    on_store(config, f).await.map(Json)
}

async fn page() -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE).into_response()
}

async fn index() -> Json<Value> {
    let doc = include_str!("lib.rs");
    let rows: Vec<Value> = doc
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .filter(|l| l.contains("` | "))
        .filter_map(|l| {
            let (path, what) = l.split_once("` | ")?;
            Some(json!({ "path": path, "answer": what.trim_end_matches(" |") }))
        })
        .collect();
    Json(json!({ "endpoints": rows }))
}

fn date(p: &HashMap<String, String>, key: &str) -> Result<Option<PartialDate>, ApiError> {
    match p.get(key).map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => PartialDate::parse(s).map(Some).map_err(|e| ApiError::BadRequest(format!("{key}={s:?}: {e} (YYYY, YYYY-MM or YYYY-MM-DD)"))),
    }
}

fn number(p: &HashMap<String, String>, key: &str, default: f64, range: std::ops::RangeInclusive<f64>) -> Result<f64, ApiError> {
    match p.get(key).map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => Ok(default),
        Some(s) => match s.parse::<f64>() {
            Ok(x) if range.contains(&x) => Ok(x),
            _ => Err(ApiError::BadRequest(format!("{key}={s:?}: expected a number from {} to {}", range.start(), range.end()))),
        },
    }
}

fn filter(p: &HashMap<String, String>) -> Result<ClaimFilter, ApiError> {
    let text = |k: &str| p.get(k).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let kind = match text("kind") {
        None => None,
        Some(k) => Some(ClaimKind::from_label(&k).ok_or_else(|| {
            let all: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.label()).collect();
            ApiError::BadRequest(format!("kind={k:?}: one of {}", all.join(", ")))
        })?),
    };
    let plover = match text("plover") {
        None => None,
        Some(t) => Some(t.parse::<Plover>().map_err(|e| ApiError::BadRequest(format!("plover={t:?}: {e}")))?),
    };
    Ok(ClaimFilter { actor: text("actor"), kind, plover, since: date(p, "since")?, until: date(p, "until")?, doc: text("doc") })
}

/// A claim as the API gives it: the stored claim, its grade, and descriptions in words.
fn claim_json(c: &StoredClaim, g: &Grade) -> Value {
    let mut v = serde_json::to_value(c).unwrap_or(Value::Null);
    if let Some(m) = v.as_object_mut() {
        m.insert("description".into(), Value::String(describe(&c.claim)));
        m.insert("grade".into(), serde_json::to_value(g).unwrap_or(Value::Null));
    }
    if let Some(sources) = v.get_mut("sources").and_then(Value::as_array_mut) {
        for (s, stored) in sources.iter_mut().zip(&c.sources) {
            if let Some(m) = s.as_object_mut() {
                m.insert("description".into(), Value::String(describe(&stored.claim)));
            }
        }
    }
    v
}

async fn summary(State(config): State<Shared>) -> Answer {
    blocking(config, |_, store| {
        let (documents, claims, readings, conflicts) = store.claim_counts()?;
        let inputs = realign_world::snapshot::Inputs::of(&store)?;
        Ok(json!({
            "documents": documents,
            "claims": claims,
            "readings": readings,
            "conflicts": conflicts,
            "datasets": inputs.datasets,
        }))
    })
    .await
}

async fn claims(State(config): State<Shared>, Query(p): Params) -> Answer {
    if let Some(ids) = p.get("ids") {
        let ids: Vec<i64> = ids
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.trim_start_matches('#').parse().map_err(|_| ApiError::BadRequest(format!("ids: {s:?} is not a claim id"))))
            .collect::<Result<_, _>>()?;
        if ids.len() > 1000 {
            return Err(ApiError::BadRequest(format!("ids: {} claims asked for; at most 1000 at a time", ids.len())));
        }
        return blocking(config, move |config, store| {
            let mut found = Vec::new();
            for id in &ids {
                found.extend(store.claim(*id)?);
            }
            let grades = grade_claims(&store, &found, &config.reliability)?;
            let rows: Vec<Value> = found.iter().zip(&grades).map(|(c, g)| claim_json(c, g)).collect();
            Ok(json!({ "total": rows.len(), "offset": 0, "claims": rows }))
        })
        .await;
    }
    let f = filter(&p)?;
    let limit = number(&p, "limit", 500.0, 1.0..=100_000.0)? as usize;
    let offset = number(&p, "offset", 0.0, 0.0..=1e9)? as usize;
    blocking(config, move |config, store| {
        let all = store.claims(&f)?;
        let page: Vec<StoredClaim> = all.iter().skip(offset).take(limit).cloned().collect();
        let grades = grade_claims(&store, &page, &config.reliability)?;
        let rows: Vec<Value> = page.iter().zip(&grades).map(|(c, g)| claim_json(c, g)).collect();
        Ok(json!({ "total": all.len(), "offset": offset, "claims": rows }))
    })
    .await
}

async fn claim(State(config): State<Shared>, Path(id): Path<String>) -> Answer {
    let n: i64 = id
        .trim_start_matches('#')
        .parse()
        .map_err(|_| ApiError::BadRequest(format!("not a claim id: {id:?} (expected a number such as 12)")))?;
    blocking(config, move |config, store| {
        let c = store.claim(n)?.ok_or_else(|| ApiError::NotFound(format!("no claim #{n}")))?;
        let g = grade_claims(&store, std::slice::from_ref(&c), &config.reliability)?;
        Ok(claim_json(&c, &g[0]))
    })
    .await
}

async fn conflicts(State(config): State<Shared>) -> Answer {
    blocking(config, |config, store| {
        let list = store.conflicts()?;
        let mut rows = Vec::new();
        for c in &list {
            let pair = [c.a.clone(), c.b.clone()];
            let g = grade_claims(&store, &pair, &config.reliability)?;
            rows.push(json!({ "fact_key": c.fact_key, "a": claim_json(&pair[0], &g[0]), "b": claim_json(&pair[1], &g[1]) }));
        }
        Ok(Value::Array(rows))
    })
    .await
}

async fn document(State(config): State<Shared>, Path(id): Path<String>, Query(p): Params) -> Answer {
    let start = number(&p, "start", -1.0, -1.0..=1e12)?;
    let end = number(&p, "end", -1.0, -1.0..=1e12)?;
    blocking(config, move |_, store| {
        let d = store.document(&id)?.ok_or_else(|| ApiError::NotFound(format!("no document {id:?}")))?;
        let mut v = json!({
            "id": d.id, "name": d.name, "title": d.title, "date": d.date, "url": d.url,
            "author": d.author, "publisher": d.publisher, "text": d.text,
        });
        if start >= 0.0 || end >= 0.0 {
            let (s, e) = (start.max(0.0) as usize, end.max(0.0) as usize);
            let t = &d.text;
            if s > e || e > t.len() || !t.is_char_boundary(s) || !t.is_char_boundary(e) {
                return Err(ApiError::BadRequest(format!(
                    "start={s}, end={e}: not a span of the document's text ({} bytes)",
                    t.len()
                )));
            }
            v["highlight"] = json!({ "start": s, "end": e, "before": &t[..s], "text": &t[s..e], "after": &t[e..] });
        }
        Ok(v)
    })
    .await
}

async fn timeline(State(config): State<Shared>, Query(p): Params) -> Answer {
    let f = filter(&p)?;
    blocking(config, move |config, store| {
        // (Dated ones oldest first, then the undated in store order.)
        let mut all: Vec<(Option<PartialDate>, StoredClaim)> = store
            .claims(&f)?
            .into_iter()
            .map(|c| (c.claim.date.or_else(|| c.sources.first().and_then(|s| s.doc_date)), c))
            .collect();
        all.sort_by(|x, y| (x.0.is_none(), x.0).cmp(&(y.0.is_none(), y.0)).then(x.1.id.cmp(&y.1.id)));
        let (dates, claims): (Vec<Option<PartialDate>>, Vec<StoredClaim>) = all.into_iter().unzip();
        let grades = grade_claims(&store, &claims, &config.reliability)?;
        let rows = dates.iter().zip(&claims).zip(&grades).map(|((d, c), g)| (d.is_some(), row(c, *d, g)));
        let (dated, undated): (Vec<_>, Vec<_>) = rows.partition(|(dated, _)| *dated);
        let strip = |v: Vec<(bool, Value)>| v.into_iter().map(|(_, r)| r).collect::<Vec<Value>>();
        Ok(json!({ "claims": strip(dated), "undated": strip(undated) }))
    })
    .await
}

/// A claim as a timeline row.
fn row(c: &StoredClaim, date: Option<PartialDate>, g: &Grade) -> Value {
    let plover = match &c.claim.body {
        realign_core::ClaimBody::Event(e) => Some(e.plover.to_string()),
        _ => None,
    };
    json!({
        "id": c.id, "date": date, "kind": c.claim.body.kind().label(), "plover": plover,
        "description": describe(&c.claim), "grade": g.code, "sources": c.sources.len(),
        "conflicts": !c.conflicts_with.is_empty(),
    })
}

fn build(store: &Store, date: PartialDate) -> Result<World, ApiError> {
    let claims = realign_world::build::claim_inputs(store)?;
    let builder = WorldBuilder::new(realign_world::Crosswalk::new(realign_gazetteer::former::cow_pairs()));
    Ok(builder.build(store, date, &claims)?)
}

async fn world(State(config): State<Shared>, Query(p): Params) -> Answer {
    let as_of = date(&p, "as_of")?;
    blocking(config, move |config, store| {
        let w = build(&store, as_of.unwrap_or(config.today))?;
        let inputs = realign_world::snapshot::Inputs::of(&store)?;
        Ok(realign_world::snapshot::snapshot(&w, &inputs))
    })
    .await
}

async fn graph(State(config): State<Shared>, Query(p): Params) -> Answer {
    let as_of = date(&p, "as_of")?;
    let min_tie = number(&p, "min_tie", 0.0, 0.0..=1.0)?;
    let limit = number(&p, "limit", 400.0, 1.0..=100_000.0)? as usize;
    let focus: Vec<String> = p
        .get("focus")
        .map(|f| f.split(',').map(|s| s.trim().to_uppercase()).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    blocking(config, move |config, store| {
        let w = build(&store, as_of.unwrap_or(config.today))?;
        let mut ties = w.ties(min_tie);
        let total = ties.len();
        ties.sort_by(|x, y| y.2.weight.abs().total_cmp(&x.2.weight.abs()).then((&x.0, &x.1).cmp(&(&y.0, &y.1))));
        if !focus.is_empty() {
            // The focus states' own ties first, then ties among the states they bring in.
            let touches = |t: &(String, String, realign_world::Tie)| focus.contains(&t.0) || focus.contains(&t.1);
            let (mut own, rest): (Vec<_>, Vec<_>) = ties.into_iter().partition(touches);
            own.truncate(limit);
            let present: std::collections::BTreeSet<String> = own.iter().flat_map(|t| [t.0.clone(), t.1.clone()]).collect();
            own.extend(rest.into_iter().filter(|t| present.contains(&t.0) && present.contains(&t.1)));
            ties = own;
        }
        ties.truncate(limit);
        let mut nodes: BTreeMap<&str, Value> = BTreeMap::new();
        let mut edges = Vec::new();
        for (a, b, t) in &ties {
            for s in [a, b] {
                nodes.entry(s.as_str()).or_insert_with(|| {
                    let st = w.states.get(s.as_str());
                    json!({ "id": s, "name": st.map(|x| x.name.as_str()).unwrap_or(s), "cinc": st.and_then(|x| x.cinc) })
                });
            }
            let (mut claim_ids, mut rows) = (Vec::new(), Vec::new());
            for e in w.pair_evidence(a, b) {
                match e {
                    Evidence::Claim { id, .. } => claim_ids.push(*id),
                    Evidence::Dataset { dataset, line } => rows.push(json!({ "dataset": dataset, "line": line })),
                }
            }
            edges.push(json!({
                "a": a, "b": b, "weight": t.weight, "components": t.components,
                "obligations": w.alliance(a, b).map(|al| al.obligations.clone()),
                "claims": claim_ids, "rows": rows,
            }));
        }
        let fingerprint = realign_world::snapshot::fingerprint(&realign_world::snapshot::to_json(&w));
        Ok(json!({ "as_of": w.as_of, "fingerprint": fingerprint, "ties": total, "nodes": nodes.into_values().collect::<Vec<_>>(), "edges": edges }))
    })
    .await
}

async fn changes(State(config): State<Shared>, Query(p): Params) -> Answer {
    let as_of = date(&p, "as_of")?;
    let since = date(&p, "since")?.ok_or_else(|| ApiError::BadRequest("since: the earlier date is required".into()))?;
    blocking(config, move |config, store| {
        use realign_world::snapshot::Outline;
        let before = Outline::of(&build(&store, since)?);
        let after = Outline::of(&build(&store, as_of.unwrap_or(config.today))?);
        let ch = realign_analysis::changes::compare(&before, &after, &Default::default());
        Ok(serde_json::to_value(ch).unwrap_or(Value::Null))
    })
    .await
}

async fn reactions(State(config): State<Shared>, Query(p): Params) -> Answer {
    let text = |k: &str| p.get(k).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let event: Option<i64> = match text("event") {
        None => None,
        Some(e) => Some(e.trim_start_matches('#').parse().map_err(|_| ApiError::BadRequest(format!("event={e:?}: not a claim id")))?),
    };
    let to = text("to");
    if to.is_none() && event.is_none() {
        return Err(ApiError::BadRequest("to: the state reacted to is required (or event, a claim id)".into()));
    }
    let (since, until) = (date(&p, "since")?, date(&p, "until")?);
    let listed: Vec<String> = p.get("states").map(|s| s.split(',').map(str::to_string).filter(|s| !s.trim().is_empty()).collect()).unwrap_or_default();
    blocking(config, move |config, store| {
        let claims = realign_world::build::claim_inputs(&store)?;
        // (With an event: the state that acted in it, from its date on, unless given.)
        use realign_analysis::reactions::{trigger_of, TriggerError};
        let trigger = event
            .map(|id| {
                trigger_of(&claims, id).map_err(|e| match e {
                    TriggerError::NoClaim(_) => ApiError::NotFound(e.to_string()),
                    TriggerError::NoState(_) => ApiError::BadRequest(format!("event: {e}")),
                })
            })
            .transpose()?;
        let to = to.or_else(|| trigger.as_ref().map(|t| t.0.clone())).unwrap_or_default();
        let since = since.or(trigger.and_then(|t| t.1));
        let g = realign_gazetteer::Gazetteer::builtin();
        let code = g
            .state(&to)
            .ok_or_else(|| ApiError::BadRequest(format!("to={to:?}: not one state the gazetteer knows (give an ISO3 code such as PRK)")))?
            .code
            .clone();
        let listed = realign_gazetteer::members::expand(&listed, &until.unwrap_or(config.today)).map_err(|s| {
            ApiError::BadRequest(format!(
                "states: {s:?} is not a state's ISO3 code nor an organisation with a member list ({})",
                realign_gazetteer::members::organisations().join(", ")
            ))
        })?;
        let rows = realign_analysis::reactions::reactions(&claims, &code, since, until, &listed);
        Ok(json!({ "to": code, "since": since, "until": until, "event": event, "reactions": rows }))
    })
    .await
}

async fn gexf(State(config): State<Shared>, Query(p): Params) -> Result<Response, ApiError> {
    let as_of = date(&p, "as_of")?;
    let min_tie = number(&p, "min_tie", 0.0, 0.0..=1.0)?;
    let (date, xml) = on_store(config, move |config, store| {
        let w = build(&store, as_of.unwrap_or(config.today))?;
        Ok((w.as_of, realign_world::gexf::to_gexf(&w, min_tie).xml))
    })
    .await?;
    let name = format!("attachment; filename=\"realign-{date}.gexf\"");
    Ok(([(header::CONTENT_TYPE, "application/gexf+xml".to_string()), (header::CONTENT_DISPOSITION, name)], xml).into_response())
}
