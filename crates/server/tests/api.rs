//! The HTTP API on a store of two short articles, called through the router as a client would.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use realign_core::{content_hash, Document, PartialDate};
use realign_gazetteer::Gazetteer;
use realign_reader::Reader;
use realign_server::{router, Config};
use realign_store::grade::ReliabilityTable;
use realign_store::Store;
use serde_json::Value;
use tower::ServiceExt as _;

const PACT: &str = "Pyongyang, 20 June 2024. Russia and North Korea signed a mutual defence treaty in \
Pyongyang on Wednesday. The treaty obliges each side to give military assistance if the other is attacked.\n";
const TROOPS: &str = "Seoul, 14 November 2024. North Korea has sent 11,000 soldiers to Russia's Kursk \
region, South Korean lawmakers said, citing the National Intelligence Service.\n";
const TROOPS_2: &str = "Washington, 16 November 2024. The Pentagon said 10,000 North Korean troops were in \
Russia's Kursk region.\n";

struct Fixture {
    dir: std::path::PathBuf,
    config: Config,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn fixture(tag: &str) -> Fixture {
    let dir = std::env::temp_dir().join(format!("realign-server-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let db = dir.join("s.db");
    let mut store = Store::open(&db).expect("store");
    let reader = Reader::new(Gazetteer::builtin());
    for (name, date, text, publisher) in [
        ("pact.txt", "2024-06-20", PACT, "Daily Courier"),
        ("troops.txt", "2024-11-14", TROOPS, "Seoul Herald"),
        ("troops-2.txt", "2024-11-16", TROOPS_2, "Capital Post"),
    ] {
        let doc = Document {
            id: content_hash(text),
            name: Some(name.into()),
            title: None,
            date: PartialDate::parse(date).ok(),
            url: None,
            author: None,
            publisher: Some(publisher.into()),
            text: text.into(),
        };
        let reading = reader.read(&doc);
        store.ingest_document(&doc, &reading.claims).expect("ingest");
    }
    let mut reliability = ReliabilityTable::new();
    reliability.insert("Seoul Herald", "B").expect("a letter");
    Fixture { dir, config: Config { db, reliability, today: PartialDate::year(2025), allowed_hosts: None } }
}

fn get(config: &Config, uri: &str) -> (StatusCode, Value) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        let response = router(config.clone())
            .oneshot(Request::builder().uri(uri).body(Body::empty()).expect("request"))
            .await
            .expect("an answer");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 26).await.expect("body");
        let value = serde_json::from_slice(&bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        (status, value)
    })
}

#[test]
fn claims_open_to_their_sources_and_the_sentence_they_were_read_from() {
    let f = fixture("claims");
    let (s, summary) = get(&f.config, "/api/summary");
    assert_eq!(s, StatusCode::OK);
    assert_eq!(summary["documents"], 3);

    let (s, list) = get(&f.config, "/api/claims?actor=PRK&kind=deployment");
    assert_eq!(s, StatusCode::OK, "{list}");
    let deployments = list["claims"].as_array().expect("claims");
    assert_eq!(deployments.len(), 2, "{list}");
    // The two troop figures are kept side by side, each pointing at the other.
    let (a, b) = (&deployments[0], &deployments[1]);
    assert_eq!(a["conflicts_with"][0], b["id"]);
    assert!(a["description"].as_str().is_some_and(|d| d.contains("11000 troops")), "{a}");
    // The rated publisher's letter, and "4": sources disagree.
    assert_eq!(a["grade"]["code"], "B4");

    let id = a["id"].as_i64().expect("an id");
    let (s, claim) = get(&f.config, &format!("/api/claims/{id}"));
    assert_eq!(s, StatusCode::OK);
    let source = &claim["sources"][0];
    assert_eq!(source["doc_name"], "troops.txt");
    let sentence = source["claim"]["evidence"]["sentence"].as_str().expect("a sentence");
    assert!(sentence.contains("sent 11,000 soldiers"), "{sentence}");

    // The document, cut around the sentence: the page highlights exactly it.
    let span = &source["claim"]["evidence"]["sentence_span"];
    let uri = format!("/api/documents/troops.txt?start={}&end={}", span["start"], span["end"]);
    let (s, doc) = get(&f.config, &uri);
    assert_eq!(s, StatusCode::OK, "{doc}");
    assert_eq!(doc["highlight"]["text"], sentence);
    assert_eq!(format!("{}{}{}", doc["highlight"]["before"].as_str().unwrap_or(""), sentence, doc["highlight"]["after"].as_str().unwrap_or("")), TROOPS);

    let (s, conflicts) = get(&f.config, "/api/conflicts");
    assert_eq!(s, StatusCode::OK);
    assert!(conflicts.as_array().is_some_and(|c| c.iter().any(|c| c["a"]["id"] == id || c["b"]["id"] == id)), "{conflicts}");
}

#[test]
fn the_graph_and_the_timeline_come_from_the_world_and_the_dated_claims() {
    let f = fixture("graph");
    let (s, g) = get(&f.config, "/api/graph?as_of=2024-12-31&focus=PRK");
    assert_eq!(s, StatusCode::OK, "{g}");
    // The fingerprint is the one the World's snapshot carries.
    let (_, snapshot) = get(&f.config, "/api/world?as_of=2024-12-31");
    assert_eq!(g["fingerprint"], snapshot["fingerprint"]);
    let edge = g["edges"].as_array().and_then(|e| e.iter().find(|e| e["a"] == "PRK" && e["b"] == "RUS")).expect("the PRK-RUS tie");
    assert!(edge["weight"].as_f64().is_some_and(|w| w > 0.0), "{edge}");
    assert_eq!(edge["obligations"][0], "defense");
    // Every claim behind the edge opens, one by one or all at once.
    let ids: Vec<i64> = edge["claims"].as_array().expect("claim ids").iter().filter_map(Value::as_i64).collect();
    for id in &ids {
        assert_eq!(get(&f.config, &format!("/api/claims/{id}")).0, StatusCode::OK);
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let (_, all) = get(&f.config, &format!("/api/claims?ids={list}"));
    let got: Vec<i64> = all["claims"].as_array().expect("claims").iter().filter_map(|c| c["id"].as_i64()).collect();
    assert_eq!(got, ids);
    // Before the pact the tie has no alliance in it.
    let (_, before) = get(&f.config, "/api/graph?as_of=2024-05-31&focus=PRK");
    assert!(before["edges"].as_array().is_some_and(|e| e.iter().all(|e| e["obligations"].is_null())), "{before}");
    let (s, ch) = get(&f.config, "/api/changes?since=2024-05-31&as_of=2024-12-31");
    assert_eq!(s, StatusCode::OK, "{ch}");
    assert_eq!(ch["alliances"][0]["change"], "formed");

    let (s, xml) = get(&f.config, "/api/gexf?as_of=2024-12-31");
    assert_eq!(s, StatusCode::OK);
    assert!(xml.as_str().is_some_and(|x| x.starts_with("<?xml") && x.contains(r#"source="PRK" target="RUS""#)), "{xml}");

    let (s, t) = get(&f.config, "/api/timeline?actor=PRK");
    assert_eq!(s, StatusCode::OK);
    let dates: Vec<&str> = t["claims"].as_array().expect("rows").iter().filter_map(|c| c["date"].as_str()).collect();
    assert!(dates.len() >= 3 && dates.windows(2).all(|w| w[0] <= w[1]), "oldest first: {dates:?}");
    assert!(dates[0].starts_with("2024-06"), "{dates:?}");
}

#[test]
fn reactions_list_who_acted_and_who_has_no_record() {
    let f = fixture("reactions");
    let (s, r) = get(&f.config, "/api/reactions?to=North%20Korea&states=KOR,JPN");
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["to"], "PRK");
    let rows: Vec<(&str, &str)> = r["reactions"].as_array().expect("rows").iter().filter_map(|x| Some((x["state"].as_str()?, x["position"].as_str()?))).collect();
    assert!(rows.contains(&("RUS", "for")), "the treaty partner: {rows:?}");
    assert!(rows.contains(&("JPN", "no record")), "{rows:?}");
    // To one claim: the state that acted in it, from its date on.
    let (_, list) = get(&f.config, "/api/claims?kind=deployment");
    let id = list["claims"][0]["id"].as_i64().expect("a deployment");
    let (s, r) = get(&f.config, &format!("/api/reactions?event={id}"));
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!((r["to"].as_str(), r["since"].as_str()), (Some("PRK"), Some("2024-11-14")), "{r}");
    // The pact of June is before it, so Russia's signing is not a reaction to the deployment.
    assert!(r["reactions"].as_array().is_some_and(|rows| rows.iter().all(|x| x["state"] != "RUS")), "{r}");
    assert_eq!(get(&f.config, "/api/reactions?event=9999").0, StatusCode::NOT_FOUND);
    let (s, body) = get(&f.config, "/api/reactions?to=PRK&states=Narnia");
    assert!(s == StatusCode::BAD_REQUEST && body["error"].as_str().is_some_and(|e| e.contains("Narnia")), "{body}");
}

#[test]
fn bad_requests_name_the_parameter_and_missing_things_are_404() {
    let f = fixture("errors");
    for (uri, status, words) in [
        ("/api/graph?as_of=2024-13", StatusCode::BAD_REQUEST, "as_of"),
        ("/api/graph?min_tie=2", StatusCode::BAD_REQUEST, "min_tie"),
        ("/api/claims?kind=rumour", StatusCode::BAD_REQUEST, "kind"),
        ("/api/claims?plover=PARTY", StatusCode::BAD_REQUEST, "plover"),
        ("/api/claims/abc", StatusCode::BAD_REQUEST, "not a claim id"),
        ("/api/claims?ids=3,x", StatusCode::BAD_REQUEST, "ids"),
        ("/api/claims/9999", StatusCode::NOT_FOUND, "no claim #9999"),
        ("/api/documents/nothing-here", StatusCode::NOT_FOUND, "no document"),
        ("/api/documents/pact.txt?start=5&end=100000", StatusCode::BAD_REQUEST, "not a span"),
        ("/api/changes?as_of=2024", StatusCode::BAD_REQUEST, "since"),
        ("/api/reactions?to=Atlantis", StatusCode::BAD_REQUEST, "to="),
        ("/nowhere", StatusCode::NOT_FOUND, "/api"),
    ] {
        let (s, body) = get(&f.config, uri);
        assert_eq!(s, status, "{uri}: {body}");
        assert!(body["error"].as_str().is_some_and(|e| e.contains(words)), "{uri}: {body}");
    }
    // The page and the endpoint list.
    let (s, page) = get(&f.config, "/");
    assert_eq!(s, StatusCode::OK);
    assert!(page.as_str().is_some_and(|p| p.contains("<svg id=\"graph\"") && p.contains("/api/graph")));
    let (_, index) = get(&f.config, "/api");
    let paths: Vec<&str> = index["endpoints"].as_array().expect("a list").iter().filter_map(|e| e["path"].as_str()).collect();
    assert!(paths.len() >= 10 && paths.contains(&"/api/claims/{id}"), "{paths:?}");
    // A store that is not there is an error, not a new empty store.
    let gone = Config { db: f.dir.join("missing.db"), ..f.config.clone() };
    let (s, body) = get(&gone, "/api/summary");
    assert_eq!(s, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(body["error"].as_str().is_some_and(|e| e.contains("no store")), "{body}");
    assert!(!f.dir.join("missing.db").exists());
}

#[test]
fn the_openapi_description_lists_every_endpoint_and_each_answers() {
    let f = fixture("openapi");
    let (s, spec) = get(&f.config, "/api/openapi.json");
    assert_eq!(s, StatusCode::OK);
    let mut described: Vec<String> = spec["paths"].as_object().expect("paths").keys().cloned().collect();
    described.sort();
    // The endpoints the crate documents (and `/api` lists), without their query strings.
    let (_, index) = get(&f.config, "/api");
    let mut listed: Vec<String> = index["endpoints"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|e| e["path"].as_str())
        .map(|p| p.split('?').next().unwrap_or(p).to_string())
        .filter(|p| !matches!(p.as_str(), "/" | "/api" | "/api/openapi.json"))
        .collect();
    listed.sort();
    assert_eq!(described, listed);
    // Each described path answers with one of its described statuses when called with its
    // required parameters.
    let args: std::collections::HashMap<&str, &str> =
        [("/api/changes", "?since=2024-01-01"), ("/api/reactions", "?to=PRK"), ("/api/claims/{id}", ""), ("/api/documents/{id}", "")].into();
    for path in &described {
        let uri = path.replace("{id}", "1") + args.get(path.as_str()).copied().unwrap_or("");
        let uri = if path == "/api/documents/{id}" { "/api/documents/pact.txt".to_string() } else { uri };
        let (s, body) = get(&f.config, &uri);
        let statuses = &spec["paths"][path]["get"]["responses"];
        assert!(statuses.get(s.as_str()).is_some(), "{uri}: {s} is not described: {body}");
        assert_eq!(s, StatusCode::OK, "{uri}: {body}");
    }
}

#[test]
fn a_loopback_server_answers_only_to_its_own_names() {
    let f = fixture("hosts");
    let config = Config { allowed_hosts: Config::hosts_for([127, 0, 0, 1].into()), ..f.config.clone() };
    let ask = |host: &str| {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        rt.block_on(async {
            let request = Request::builder().uri("/api/summary").header("host", host).body(Body::empty()).expect("request");
            router(config.clone()).oneshot(request).await.expect("an answer").status()
        })
    };
    for ok in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080"] {
        assert_eq!(ask(ok), StatusCode::OK, "{ok}");
    }
    // A name pointed at 127.0.0.1 by someone else's DNS (rebinding) is refused.
    for bad in ["attacker.example:8080", "127.0.0.1.attacker.example", ""] {
        assert_eq!(ask(bad), StatusCode::FORBIDDEN, "{bad:?}");
    }
    // Bound to a public address, any name is answered.
    assert!(Config::hosts_for([192, 168, 1, 5].into()).is_none());
}
