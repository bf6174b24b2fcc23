//! `realign ingest PATH…`: read articles into the store.
//!
//! Inputs: files, folders (recursive, sorted; `.txt`/`.md` are plain text, `.html`/`.htm` saved web
//! pages, `.jsonl`/`.json` are JSON Lines of `{id, title, date, url, author, publisher, text}`;
//! other files inside folders are skipped), and `-` for stdin (JSON Lines when its first non-blank
//! character is `{`, else plain text). A `.json` file whose first non-blank character is `[` is
//! read as one JSON array of such records. Any text that opens as an HTML page (a file, stdin, a
//! record's `text`) is read for its story and metadata (`realign_reader::html`): the article's
//! paragraphs without the page's menus and scripts, its title, date, author, publisher and address,
//! each used where the record gives none.
//!
//! Bad input never stops the run: an empty, binary, non-UTF-8 or oversized file, or a malformed JSON
//! Lines record, is reported on stderr as `realign: FILE[:LINE]: problem`, the rest is ingested, and
//! the exit code is 3. JSON Lines files are streamed line by line (any size); a single plain-text
//! document or JSON Lines record larger than [`MAX_DOCUMENT_BYTES`] is rejected. Each document is
//! stored in one transaction, so nothing already stored is ever lost.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use realign_core::{content_hash, Claim, Document, PartialDate, Severity};
use realign_gazetteer::Gazetteer;
use realign_reader::Reader;
use realign_store::Store;
use serde::Serialize;

use super::Context;
use crate::exit;

/// The largest single document (plain-text file, stdin text or JSON Lines record) accepted: 16 MiB.
/// News articles are a few tens of kilobytes; anything this large is almost certainly not one.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// Flags of `realign ingest`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files (plain text, saved web pages `.html`, JSON Lines `.jsonl`/`.json`), folders (searched
    /// recursively) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Extend the built-in gazetteer with this file (TOML or CSV).
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Option<PathBuf>,
}

/// One rejected input.
#[derive(Debug, Clone, Serialize)]
pub struct Rejected {
    /// The file (or `-`).
    pub file: String,
    /// 1-based line, for JSON Lines records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// What `realign ingest` did (printed with `--json`).
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Documents stored for the first time.
    pub documents_new: usize,
    /// Documents whose text was already stored (nothing added).
    pub documents_known: usize,
    /// New claims.
    pub claims_added: usize,
    /// Readings that corroborate a claim from another document.
    pub corroborated: usize,
    /// Conflicts flagged.
    pub conflicts: usize,
    /// Rejected inputs, each with file, line and reason.
    pub rejected: Vec<Rejected>,
}

struct Ingester<'a> {
    store: &'a mut Store,
    reader: Reader,
    summary: Summary,
    bar: indicatif::ProgressBar,
    quiet: bool,
}

impl Ingester<'_> {
    fn reject(&mut self, file: &str, line: Option<usize>, message: impl Into<String>) {
        let r = Rejected {
            file: file.to_string(),
            line,
            message: message.into(),
        };
        self.bar.suspend(|| eprintln!("realign: {r}"));
        self.summary.rejected.push(r);
    }

    /// Normalises, reads and stores one document.
    fn document(&mut self, file: &str, line: Option<usize>, rec: Record) -> anyhow::Result<()> {
        // A web page (a JSON record's text may be one too) is read for its story.
        let was_page = realign_reader::html::looks_like_html(&rec.text);
        let rec = if was_page { rec.read_page() } else { rec };
        if rec.text.trim().is_empty() {
            let why = if was_page {
                "no story text found in this HTML page"
            } else {
                "empty document (no text)"
            };
            self.reject(file, line, why);
            return Ok(());
        }
        let text = realign_reader::normalize(&rec.text);
        // Without a date in its metadata, a story is dated by its own dateline.
        let date = rec.date.or_else(|| realign_reader::segment::dateline_date(&text));
        let doc = Document {
            id: content_hash(&text),
            name: Some(rec.name),
            title: rec.title,
            date,
            url: rec.url,
            author: rec.author,
            publisher: rec.publisher,
            text,
        };
        if self.store.has_document(&doc.id)? {
            // Same text: nothing to read; only remember the name.
            let out = self.store.ingest_document(&doc, &[])?;
            debug_assert!(!out.new);
            self.summary.documents_known += 1;
            return Ok(());
        }
        let reading =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.reader.read(&doc)));
        let reading = match reading {
            Ok(r) => r,
            Err(_) => {
                self.reject(
                    file,
                    line,
                    "internal error while reading this document (please report it); skipped",
                );
                return Ok(());
            }
        };
        for d in &reading.diagnostics {
            if d.severity >= Severity::Warning && !self.quiet {
                tracing::info!("{file}: {}", d.message);
            }
        }
        let claims: Vec<Claim> = reading
            .claims
            .into_iter()
            .map(|mut c| {
                c.doc = doc.id.clone();
                c
            })
            .collect();
        let out = self
            .store
            .ingest_document(&doc, &claims)
            .with_context(|| format!("storing {file}"))?;
        if out.new {
            self.summary.documents_new += 1;
        } else {
            self.summary.documents_known += 1;
        }
        self.summary.claims_added += out.claims_added;
        self.summary.corroborated += out.corroborated;
        self.summary.conflicts += out.conflicts;
        Ok(())
    }

    fn path(&mut self, path: &Path) -> anyhow::Result<()> {
        let shown = path.display().to_string();
        self.bar.set_message(shown.clone());
        if path.as_os_str() == "-" {
            let stdin = std::io::stdin();
            let mut lock = BufReader::new(stdin.lock());
            let first = first_non_blank(&mut lock);
            match first {
                Err(e) => self.reject("-", None, format!("cannot read stdin: {e}")),
                Ok(Some(b'{')) => self.jsonl(lock, "-")?,
                Ok(_) => match read_capped(lock) {
                    Err(e) => self.reject("-", None, e),
                    Ok(bytes) => self.plain(bytes, "-", "stdin", false)?,
                },
            }
            return Ok(());
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                self.reject(&shown, None, format!("cannot open: {e}"));
                return Ok(());
            }
        };
        if meta.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(path, &mut files) {
                self.reject(&shown, None, format!("cannot list folder: {e}"));
            }
            self.bar.inc_length(files.len() as u64);
            for f in files {
                let ok = kind_of(&f).is_some();
                if ok {
                    self.path(&f)?;
                } else {
                    tracing::info!("skipping {} (not .txt, .md, .html, .jsonl or .json)", f.display());
                }
                self.bar.inc(1);
            }
            return Ok(());
        }
        let kind = kind_of(path).unwrap_or(Kind::Plain);
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.reject(&shown, None, format!("cannot open: {e}"));
                return Ok(());
            }
        };
        let mut r = BufReader::new(file);
        match kind {
            Kind::Jsonl => match first_non_blank(&mut r) {
                Err(e) => self.reject(&shown, None, format!("cannot read: {e}")),
                Ok(None) => self.reject(&shown, None, "empty file"),
                Ok(Some(b'[')) => match read_capped(r) {
                    Err(e) => self.reject(&shown, None, e),
                    Ok(bytes) => self.json_array(&bytes, &shown)?,
                },
                Ok(Some(_)) => self.jsonl(r, &shown)?,
            },
            Kind::Plain | Kind::Html => {
                if meta.len() > MAX_DOCUMENT_BYTES as u64 {
                    self.reject(
                        &shown,
                        None,
                        format!(
                            "too large for one document ({} bytes; the limit is {} bytes); split it or use JSON Lines",
                            meta.len(),
                            MAX_DOCUMENT_BYTES
                        ),
                    );
                    return Ok(());
                }
                match read_capped(r) {
                    Err(e) => self.reject(&shown, None, e),
                    Ok(bytes) => {
                        let name = path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or(shown.clone());
                        self.plain(bytes, &shown, &name, kind == Kind::Html)?
                    }
                }
            }
        }
        Ok(())
    }

    fn plain(&mut self, bytes: Vec<u8>, shown: &str, name: &str, html: bool) -> anyhow::Result<()> {
        match check_text(&bytes) {
            Err(why) => {
                self.reject(shown, None, why);
                Ok(())
            }
            Ok(text) => {
                let rec = Record {
                    name: name.to_string(),
                    text: text.to_string(),
                    ..Default::default()
                };
                // A page saved as .html is read as one even when it does not open like one.
                let page = html && !realign_reader::html::looks_like_html(text);
                self.document(shown, None, if page { rec.read_page() } else { rec })
            }
        }
    }

    fn json_array(&mut self, bytes: &[u8], shown: &str) -> anyhow::Result<()> {
        let text = match check_text(bytes) {
            Ok(t) => t,
            Err(why) => {
                self.reject(shown, None, why);
                return Ok(());
            }
        };
        let values: Vec<serde_json::Value> = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                self.reject(shown, Some(e.line()), format!("malformed JSON: {e}"));
                return Ok(());
            }
        };
        for (i, v) in values.into_iter().enumerate() {
            match record_from_value(v, shown, i + 1) {
                Ok(rec) => self.document(shown, None, rec)?,
                Err(why) => self.reject(shown, None, format!("record {}: {why}", i + 1)),
            }
        }
        Ok(())
    }

    fn jsonl<R: BufRead>(&mut self, mut r: R, shown: &str) -> anyhow::Result<()> {
        let mut line_no = 0usize;
        let mut buf = Vec::new();
        let mut any = false;
        loop {
            line_no += 1;
            buf.clear();
            let status = match read_line_capped(&mut r, &mut buf, MAX_DOCUMENT_BYTES) {
                Ok(s) => s,
                Err(e) => {
                    self.reject(shown, Some(line_no), format!("cannot read: {e}"));
                    return Ok(());
                }
            };
            match status {
                LineStatus::Eof => break,
                LineStatus::TooLong => {
                    any = true;
                    self.reject(
                        shown,
                        Some(line_no),
                        format!("record longer than {MAX_DOCUMENT_BYTES} bytes; skipped"),
                    );
                    continue;
                }
                LineStatus::Line => {}
            }
            let line = match std::str::from_utf8(&buf) {
                Ok(l) => l.trim(),
                Err(e) => {
                    any = true;
                    self.reject(
                        shown,
                        Some(line_no),
                        format!("not UTF-8 (at byte {})", e.valid_up_to()),
                    );
                    continue;
                }
            };
            if line.is_empty() {
                continue;
            }
            any = true;
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    self.reject(shown, Some(line_no), json_problem(&e));
                    continue;
                }
            };
            match record_from_value(value, shown, line_no) {
                Ok(rec) => self.document(shown, Some(line_no), rec)?,
                Err(why) => self.reject(shown, Some(line_no), why),
            }
        }
        if !any {
            self.reject(shown, None, "empty file (no JSON Lines records)");
        }
        Ok(())
    }
}

/// serde_json's message without its "at line 1 column N" (the line is the file's, given separately).
fn json_problem(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg
        .rsplit_once(" at line ")
        .map(|(m, _)| m.to_string())
        .unwrap_or(msg);
    format!("malformed JSON at column {}: {msg}", e.column())
}

#[derive(Debug, Default)]
struct Record {
    name: String,
    title: Option<String>,
    date: Option<PartialDate>,
    url: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    text: String,
}

impl Record {
    /// The record whose text is a web page: its story's text, and what the page says about it
    /// where the record itself says nothing.
    fn read_page(self) -> Record {
        let page = realign_reader::html::extract(&self.text);
        Record {
            name: self.name,
            title: self.title.or(page.title),
            date: self.date.or(page.date),
            url: self.url.or(page.url),
            author: self.author.or(page.author),
            publisher: self.publisher.or(page.publisher),
            text: page.text,
        }
    }
}

fn record_from_value(v: serde_json::Value, shown: &str, line: usize) -> Result<Record, String> {
    let serde_json::Value::Object(o) = v else {
        return Err(
            "expected a JSON object {\"id\", \"title\", \"date\", \"url\", \"text\"}".into(),
        );
    };
    let s = |k: &str| -> Result<Option<String>, String> {
        match o.get(k) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => {
                Ok(Some(s.clone()).filter(|s| !s.trim().is_empty()))
            }
            Some(serde_json::Value::Number(n)) if k == "id" => Ok(Some(n.to_string())),
            Some(_) => Err(format!("field \"{k}\" must be a string")),
        }
    };
    let text = s("text")?.ok_or_else(|| "missing or empty \"text\"".to_string())?;
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(format!("text longer than {MAX_DOCUMENT_BYTES} bytes"));
    }
    let date = match s("date")? {
        None => None,
        Some(d) => {
            // Accept full timestamps ("2024-06-19T08:00:00Z") by their date part.
            let day = d.split(['T', ' ']).next().unwrap_or(&d);
            match PartialDate::parse(day) {
                Ok(p) => Some(p),
                Err(e) => return Err(format!("bad \"date\": {e}")),
            }
        }
    };
    Ok(Record {
        name: s("id")?.unwrap_or_else(|| format!("{shown}:{line}")),
        title: s("title")?,
        date,
        url: s("url")?,
        author: s("author")?,
        publisher: s("publisher")?,
        text,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Html,
    Jsonl,
}

fn kind_of(p: &Path) -> Option<Kind> {
    let ext = p.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" | "text" | "markdown" => Some(Kind::Plain),
        "jsonl" | "json" | "ndjson" => Some(Kind::Jsonl),
        "html" | "htm" | "xhtml" | "shtml" => Some(Kind::Html),
        _ => None,
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            // Unreadable subfolders are skipped; the others are still walked.
            if let Err(e) = walk(&p, out) {
                tracing::warn!("cannot list {}: {e}", p.display());
            }
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// Why these bytes are not a plain-text document, or the text.
fn check_text(bytes: &[u8]) -> Result<&str, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty file".into());
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes), not text".into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        format!(
            "not UTF-8 text (invalid byte at offset {}, line {line}); convert it to UTF-8",
            e.valid_up_to()
        )
    })?;
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if control * 20 > text.chars().count() {
        return Err("binary file (mostly control characters), not text".into());
    }
    Ok(text)
}

/// Reads at most [`MAX_DOCUMENT_BYTES`]; more is an error.
fn read_capped<R: Read>(r: R) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    r.take(MAX_DOCUMENT_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| format!("cannot read: {e}"))?;
    if buf.len() > MAX_DOCUMENT_BYTES {
        return Err(format!("too large for one document (over {MAX_DOCUMENT_BYTES} bytes); split it or use JSON Lines"));
    }
    Ok(buf)
}

/// Skips nothing; peeks at the first non-whitespace byte.
fn first_non_blank<R: BufRead>(r: &mut R) -> std::io::Result<Option<u8>> {
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(None);
        }
        // Skip a UTF-8 byte-order mark and leading whitespace; they carry nothing.
        let skip = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if skip < buf.len() {
            let b = buf[skip];
            if buf[skip..].starts_with(&[0xef, 0xbb, 0xbf]) {
                r.consume(skip + 3);
                continue;
            }
            return Ok(Some(b));
        }
        let n = buf.len();
        r.consume(n);
    }
}

enum LineStatus {
    Line,
    TooLong,
    Eof,
}

/// Reads one line into `buf` (without the newline), never holding more than `cap` bytes: a longer
/// line is consumed and reported as too long.
fn read_line_capped<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<LineStatus> {
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(if !read_any {
                LineStatus::Eof
            } else if too_long {
                LineStatus::TooLong
            } else {
                LineStatus::Line
            });
        }
        read_any = true;
        let (take, done) = match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + take > cap {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        r.consume(if done { take + 1 } else { take });
        if done {
            return Ok(if too_long {
                LineStatus::TooLong
            } else {
                LineStatus::Line
            });
        }
    }
}

/// Runs `realign ingest`.
pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let gazetteer = match &args.gazetteer {
        Some(p) => Gazetteer::with_extension_file(p)
            .with_context(|| format!("loading gazetteer {}", p.display()))?,
        None => Gazetteer::builtin(),
    };
    // A bug in the reader must not take the run down: it is caught per document (see
    // `Ingester::document`) and reported as an internal error naming the input.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("realign: internal error at {at}: {msg}");
    }));
    let mut store =
        Store::open(&ctx.db).with_context(|| format!("opening store {}", ctx.db.display()))?;
    let show_bar = !ctx.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let bar = if show_bar {
        let b = indicatif::ProgressBar::new(0);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} [{bar:30}] {pos}/{len} files {wide_msg}",
        ) {
            b.set_style(style);
        }
        b.enable_steady_tick(std::time::Duration::from_millis(150));
        b
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut ing = Ingester {
        store: &mut store,
        reader: Reader::new(gazetteer),
        summary: Summary::default(),
        bar,
        quiet: ctx.quiet,
    };
    let explicit_files = args.paths.iter().filter(|p| !p.is_dir()).count() as u64;
    ing.bar.inc_length(explicit_files);
    for p in &args.paths {
        let is_dir = p.is_dir();
        ing.path(p)?;
        if !is_dir {
            ing.bar.inc(1);
        }
    }
    ing.bar.finish_and_clear();
    let s = ing.summary;
    if ctx.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
    }
    if !ctx.quiet {
        eprintln!(
            "ingested {} documents ({} new, {} already known): {} claims added, {} corroborations, {} conflicts flagged{}",
            s.documents_new + s.documents_known,
            s.documents_new,
            s.documents_known,
            s.claims_added,
            s.corroborated,
            s.conflicts,
            if s.rejected.is_empty() { String::new() } else { format!("; {} inputs rejected", s.rejected.len()) }
        );
    }
    Ok(if s.rejected.is_empty() {
        ExitCode::SUCCESS
    } else if s.documents_new + s.documents_known == 0 {
        ExitCode::from(exit::FAILURE)
    } else {
        ExitCode::from(exit::PARTIAL)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_checks_reject_empty_binary_and_non_utf8() {
        assert!(check_text(b"  \n").is_err());
        assert!(check_text(b"abc\0def").unwrap_err().contains("binary"));
        assert!(check_text(b"caf\xe9\n").unwrap_err().contains("UTF-8"));
        assert_eq!(
            check_text("Seoul said so.".as_bytes()).unwrap(),
            "Seoul said so."
        );
    }

    #[test]
    fn long_lines_are_skipped_without_being_held() {
        let data = b"short\nxxxxxxxxxxxxxxxxxxxx\nlast";
        let mut r = BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 10).unwrap(),
            LineStatus::Line
        ));
        assert_eq!(buf, b"short");
        buf.clear();
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 10).unwrap(),
            LineStatus::TooLong
        ));
        assert!(buf.is_empty());
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 10).unwrap(),
            LineStatus::Line
        ));
        assert_eq!(buf, b"last");
        buf.clear();
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 10).unwrap(),
            LineStatus::Eof
        ));
    }

    #[test]
    fn records_need_text_and_take_timestamps() {
        let v = serde_json::json!({"id": "a1", "date": "2024-06-19T08:00:00Z", "text": "Kim met Putin."});
        let r = record_from_value(v, "f.jsonl", 1).unwrap();
        assert_eq!(r.name, "a1");
        assert_eq!(r.date.map(|d| d.to_string()), Some("2024-06-19".into()));
        assert!(record_from_value(serde_json::json!({"id": "x"}), "f", 2).is_err());
        assert!(record_from_value(serde_json::json!([1]), "f", 3).is_err());
        let unnamed = record_from_value(serde_json::json!({"text": "t"}), "f.jsonl", 4).unwrap();
        assert_eq!(unnamed.name, "f.jsonl:4");
    }
}
