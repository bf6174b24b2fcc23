//! `realign serve` run as a user would: the binary on a free port, asked over HTTP; and, where
//! Chromium is installed, the page rendered headless with its script run.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_realign");

/// A server and its scratch folder, stopped and removed on drop.
struct Server {
    child: Child,
    addr: String,
    dir: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn start(tag: &str) -> Server {
    let dir = std::env::temp_dir().join(format!("realign-serve-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let db = dir.join("s.db");
    let articles = dir.join("a.jsonl");
    let lines = [
        r#"{"id":"pact","date":"2024-06-20","publisher":"Daily Courier","text":"Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday."}"#,
        r#"{"id":"troops","date":"2024-11-14","publisher":"Seoul Herald","text":"North Korea has sent 11,000 soldiers to Russia's Kursk region, South Korean lawmakers said."}"#,
    ];
    std::fs::write(&articles, lines.join("\n")).expect("articles");
    let out = Command::new(BIN).arg("--db").arg(&db).args(["-q", "ingest"]).arg(&articles).output().expect("ingest");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut child = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    // The first line says where it listens.
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("the address line");
    let addr = line.split("http://").nth(1).and_then(|r| r.split('/').next()).unwrap_or_else(|| panic!("no address in {line:?}")).to_string();
    Server { child, addr, dir }
}

/// GET `path`: (status code, body).
fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").expect("request");
    let mut raw = String::new();
    s.read_to_string(&mut raw).expect("response");
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, body.to_string())
}

#[test]
fn serve_answers_the_api_on_the_port_it_prints() {
    let server = start("api");
    let (status, body) = get(&server.addr, "/api/claims?kind=alliance");
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(v["total"], 1, "{v}");
    assert!(v["claims"][0]["description"].as_str().is_some_and(|d| d.starts_with("alliance")), "{v}");
    let (status, body) = get(&server.addr, "/api/claims?since=June");
    assert_eq!(status, 400, "{body}");
    let (status, page) = get(&server.addr, "/");
    assert!(status == 200 && page.contains("<script>"), "{status}");
}

#[test]
fn with_json_the_address_is_a_json_line() {
    let dir = std::env::temp_dir().join(format!("realign-serve-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let db = dir.join("s.db");
    assert!(Command::new(BIN).arg("--db").arg(&db).args(["-q", "demo", "--keep"]).output().expect("demo").status.success());
    let mut child = Command::new(BIN).arg("--db").arg(&db).args(["--json", "serve", "--port", "0"]).stdout(Stdio::piped()).spawn().expect("serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("a line");
    let v: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
    let addr = v["url"].as_str().and_then(|u| u.strip_prefix("http://")).map(|a| a.trim_end_matches('/').to_string()).expect("a url");
    let (status, body) = get(&addr, "/api/summary");
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(status, 200);
    assert!(body.contains("\"documents\":3"), "{body}");
}

#[test]
fn a_missing_store_is_refused_before_listening() {
    let out = Command::new(BIN).args(["--db", "/nonexistent/realign.db", "serve", "--port", "0"]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store at"), "{}", String::from_utf8_lossy(&out.stderr));
}

fn chromium() -> Option<&'static Path> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].iter().map(Path::new).find(|p| p.exists())
}

/// The page's DOM after its script ran, headless.
fn render(browser: &Path, url: &str, profile: &Path) -> String {
    let out = Command::new(browser)
        .args([
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1200,900", "--virtual-time-budget=10000", "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(url)
        .output()
        .expect("run chromium");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_page_draws_the_graph_and_opens_a_claim_to_its_highlighted_sentence() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: no Chromium (apt-get install chromium) to render the page");
        return;
    };
    let server = start("page");
    let (_, body) = get(&server.addr, "/api/claims?kind=deployment");
    let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let id = v["claims"][0]["id"].as_i64().expect("a deployment claim");

    // The graph, the timeline and, from the link, the claim with its source.
    let dom = render(browser, &format!("http://{}/?as_of=2024-12-31&focus=PRK&claim={id}", server.addr), &server.dir.join("p1"));
    assert!(dom.contains(r#"data-a="PRK" data-b="RUS""#), "the PRK-RUS tie is drawn: {dom}");
    assert!(dom.contains("2 documents · "), "the summary: {dom}");
    assert!(dom.contains("North Korea has sent 11,000 soldiers"), "the source sentence: {dom}");
    assert!(dom.contains(r#"data-claim=""#), "the timeline lists claims: {dom}");

    // Who reacted, and who did not.
    let dom = render(browser, &format!("http://{}/?reactions=PRK&listing=JPN", server.addr), &server.dir.join("p3"));
    assert!(dom.contains(r#"<tr data-state="RUS"><td>RUS</td><td class="for">for</td>"#), "{dom}");
    assert!(dom.contains(r#"<tr data-state="JPN"><td>JPN</td><td class="no-record">no record</td>"#), "{dom}");

    // Who reacted to the deployment, from the claim's own link.
    let dom = render(browser, &format!("http://{}/?reactions_to_claim={id}&listing=JPN", server.addr), &server.dir.join("p5"));
    assert!(dom.contains(&format!("Reactions to PRK after claim #{id}, since 2024-11-14")), "{dom}");
    assert!(dom.contains(r#"<tr data-state="JPN"><td>JPN</td><td class="no-record">no record</td>"#), "{dom}");

    // What changed since before the pact.
    let dom = render(browser, &format!("http://{}/?as_of=2024-12-31&since=2024-05-31", server.addr), &server.dir.join("p4"));
    assert!(dom.contains("<td>PRK–RUS</td><td>formed</td><td>none → defense</td>"), "{dom}");

    // The document, with the sentence marked.
    let doc = v["claims"][0]["sources"][0]["doc_id"].as_str().expect("a document");
    let span = &v["claims"][0]["sources"][0]["claim"]["evidence"]["sentence_span"];
    let dom = render(browser, &format!("http://{}/?doc={doc}&start={}&end={}", server.addr, span["start"], span["end"]), &server.dir.join("p2"));
    assert!(dom.contains("<mark>North Korea has sent 11,000 soldiers to Russia's Kursk region, South Korean lawmakers said.</mark>"), "{dom}");
}
