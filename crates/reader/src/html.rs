//! Saved web pages as documents: the story's text and its metadata (title, date, author,
//! publisher, address) from an HTML page, so that `realign ingest page.html` reads the article,
//! not the menus, scripts and footers around it.
//!
//! The page is tokenised by `html5gum` (a WHATWG tokenizer; script and style contents are raw
//! text). What is kept: the text of block elements (paragraphs, headings, list items, quotes…),
//! one block per paragraph, inside the `<article>` with the most text, else `<main>`, else the
//! body; never scripts, styles, navigation, headers and footers of the site, asides, forms or
//! figures. Metadata comes from the page's JSON-LD (`NewsArticle` and kin: `headline`,
//! `datePublished`, `author`, `publisher`, `url`), then its `<meta>` tags (Open Graph,
//! `article:published_time`, `author`, Dublin Core), then `<title>`, `<link rel=canonical>` and
//! the first `<time datetime>` of the story.
//!
//! Like the reader, this never fails: a page with no recognisable structure gives the text of
//! its body, and one with no text an empty string (which `ingest` reports as an empty document).

use std::collections::HashMap;

use html5gum::{DefaultEmitter, Token, Tokenizer};
use realign_core::PartialDate;

/// What a web page holds for realign: the story's text, one paragraph per block, and what the
/// page says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The headline: JSON-LD `headline`, `og:title`, `<title>` (without the site's name), or
    /// the first `<h1>`.
    pub title: Option<String>,
    /// The date of publication (JSON-LD `datePublished`, `article:published_time` and similar
    /// meta tags, or the story's first `<time datetime>`), as written: a time of day is dropped.
    pub date: Option<PartialDate>,
    /// The author(s), comma-separated.
    pub author: Option<String>,
    /// The publisher (JSON-LD `publisher`, `og:site_name`).
    pub publisher: Option<String>,
    /// The page's address (`<link rel=canonical>`, `og:url`, JSON-LD `url`), when http(s).
    pub url: Option<String>,
    /// The story's text: the headline, then its paragraphs, separated by blank lines.
    pub text: String,
}

/// Whether `text` is an HTML page rather than plain text: it opens (after white space and any
/// byte-order mark) with a doctype or an `<html>`, `<head>`, `<body>` or `<article>` tag.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let head: String = t.chars().take(512).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<?xml") {
        // XHTML, not any XML.
        return head.contains("<html");
    }
    ["<!doctype html", "<html", "<head", "<body", "<article"].iter().any(|p| head.starts_with(p))
}

/// Elements whose content is never the story.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "form", "iframe", "button",
    "select", "textarea", "figure", "figcaption", "object", "canvas", "dialog", "menu",
];

/// Elements that start or end a paragraph of text.
const BLOCK: &[&str] = &[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "br", "tr", "td", "th", "dd", "dt",
    "pre", "article", "main", "header", "ul", "ol", "table", "hr", "address", "body", "center",
];

/// Lines that are the page's furniture, not the story (compared in lower case, without final
/// punctuation).
const FURNITURE: &[&str] = &[
    "advertisement",
    "advertisment",
    "ad",
    "skip to content",
    "skip to main content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "read more",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "related",
    "related articles",
    "related stories",
    "most read",
    "most popular",
    "follow us",
    "comments",
    "print",
    "email",
    "menu",
    "close",
    "loading",
];

/// One paragraph of the page, with where it sat.
struct Block {
    text: String,
    /// Index of the `<article>` it sat in, if any.
    article: Option<usize>,
    /// Whether it sat in `<main>`.
    main: bool,
    /// Whether it is an `<h1>`.
    h1: bool,
}

#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    current: String,
    /// Depth inside skipped elements, by the name that opened each.
    skipping: Vec<String>,
    /// `<header>` elements outside any article: the site's header.
    site_header: usize,
    article_depth: usize,
    articles: usize,
    main_depth: usize,
    h1_depth: usize,
    in_head: bool,
    title: Option<String>,
    in_title: bool,
    meta: HashMap<String, String>,
    canonical: Option<String>,
    json_ld: Vec<String>,
    in_json_ld: bool,
    /// The first `<time datetime>` inside an article or main.
    time: Option<String>,
}

impl Walk {
    fn flush(&mut self) {
        let text = collapse(&self.current);
        self.current.clear();
        if text.is_empty() {
            return;
        }
        let article = (self.article_depth > 0).then(|| self.articles.saturating_sub(1));
        self.blocks.push(Block { text, article, main: self.main_depth > 0, h1: self.h1_depth > 0 });
    }

    fn start(&mut self, name: &str, attrs: &HashMap<String, String>, self_closing: bool) {
        if !self.skipping.is_empty() {
            if SKIP.contains(&name) && !self_closing && !is_void(name) {
                self.skipping.push(name.to_string());
            }
            return;
        }
        match name {
            "head" => self.in_head = true,
            "body" => self.in_head = false,
            "title" if self.title.is_none() => self.in_title = true,
            "meta" => {
                let key = ["property", "name", "itemprop", "http-equiv"]
                    .iter()
                    .find_map(|k| attrs.get(*k))
                    .map(|k| k.trim().to_ascii_lowercase());
                if let (Some(k), Some(v)) = (key, attrs.get("content")) {
                    self.meta.entry(k).or_insert_with(|| v.trim().to_string());
                }
                return;
            }
            "link" => {
                let rel = attrs.get("rel").map(|r| r.to_ascii_lowercase());
                if rel.as_deref().is_some_and(|r| r.split_whitespace().any(|w| w == "canonical")) {
                    if let Some(h) = attrs.get("href") {
                        self.canonical.get_or_insert_with(|| h.trim().to_string());
                    }
                }
                return;
            }
            "script" => {
                let ty = attrs.get("type").map(|t| t.trim().to_ascii_lowercase());
                if ty.as_deref() == Some("application/ld+json") {
                    self.in_json_ld = true;
                    self.json_ld.push(String::new());
                } else {
                    self.skipping.push(name.to_string());
                }
                return;
            }
            "time" if self.time.is_none() && (self.article_depth > 0 || self.main_depth > 0) => {
                if let Some(d) = attrs.get("datetime") {
                    self.time = Some(d.trim().to_string());
                }
            }
            "header" if self.article_depth == 0 && self.main_depth == 0 => {
                self.site_header += 1;
            }
            _ => {}
        }
        if SKIP.contains(&name) {
            if !self_closing && !is_void(name) {
                self.skipping.push(name.to_string());
            }
            return;
        }
        if BLOCK.contains(&name) {
            self.flush();
        }
        match name {
            "article" => {
                self.article_depth += 1;
                self.articles += 1;
            }
            "main" => self.main_depth += 1,
            "h1" => self.h1_depth += 1,
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if let Some(top) = self.skipping.last() {
            if top == name {
                self.skipping.pop();
            } else if SKIP.contains(&name) {
                // A mis-nested close: drop back to the element it closes, if open.
                if let Some(i) = self.skipping.iter().rposition(|s| s == name) {
                    self.skipping.truncate(i);
                }
            }
            return;
        }
        match name {
            "title" => self.in_title = false,
            "head" => self.in_head = false,
            "script" => self.in_json_ld = false,
            _ => {}
        }
        if BLOCK.contains(&name) {
            self.flush();
        }
        match name {
            "article" => self.article_depth = self.article_depth.saturating_sub(1),
            "main" => self.main_depth = self.main_depth.saturating_sub(1),
            "h1" => self.h1_depth = self.h1_depth.saturating_sub(1),
            "header" if self.site_header > 0 && self.article_depth == 0 && self.main_depth == 0 => {
                self.site_header -= 1;
            }
            _ => {}
        }
    }

    fn text(&mut self, s: &str) {
        if self.in_json_ld {
            if let Some(j) = self.json_ld.last_mut() {
                j.push_str(s);
            }
            return;
        }
        if self.in_title {
            let t = collapse(s);
            if !t.is_empty() {
                self.title = Some(t);
            }
            return;
        }
        if !self.skipping.is_empty() || self.in_head || self.site_header > 0 {
            return;
        }
        self.current.push_str(s);
    }
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area" | "base" | "br" | "col" | "embed" | "hr" | "img" | "input" | "link" | "meta" | "source" | "track" | "wbr"
    )
}

/// White space collapsed to single spaces, trimmed (non-breaking spaces included).
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Reads a saved web page. Never fails; see the module documentation.
pub fn extract(html: &str) -> Page {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut w = Walk::default();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = lossy(&tag.name).to_ascii_lowercase();
                // (Attributes are read only where metadata lives.)
                let attrs: HashMap<String, String> = if matches!(name.as_str(), "meta" | "link" | "script" | "time") {
                    tag.attributes.iter().map(|(k, v)| (lossy(k).to_ascii_lowercase(), lossy(&v.value))).collect()
                } else {
                    HashMap::new()
                };
                w.start(&name, &attrs, tag.self_closing);
            }
            Token::EndTag(tag) => w.end(&lossy(&tag.name).to_ascii_lowercase()),
            Token::String(s) => w.text(&lossy(&s.value)),
            _ => {}
        }
    }
    w.flush();

    let ld = json_ld(&w.json_ld);
    let meta = |keys: &[&str]| keys.iter().find_map(|k| w.meta.get(*k).filter(|v| !v.is_empty()).cloned());
    let publisher = ld
        .publisher
        .clone()
        .or_else(|| meta(&["og:site_name", "application-name", "publisher", "dc.publisher"]));
    let title = ld
        .headline
        .clone()
        .or_else(|| meta(&["og:title", "twitter:title", "headline", "dc.title"]))
        .or_else(|| w.title.as_deref().map(|t| without_site(t, publisher.as_deref())))
        .or_else(|| w.blocks.iter().find(|b| b.h1).map(|b| b.text.clone()))
        .map(|t| collapse(&t))
        .filter(|t| !t.is_empty());
    let date = ld
        .date
        .iter()
        .cloned()
        .chain(meta(&[
            "article:published_time",
            "datepublished",
            "og:published_time",
            "published_time",
            "pubdate",
            "publishdate",
            "publish-date",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "date",
        ]))
        .chain(w.time.clone())
        .find_map(|d| date_of(&d));
    let author = ld
        .author
        .clone()
        .or_else(|| meta(&["author", "article:author", "byl", "dc.creator", "parsely-author"]))
        .filter(|a| !a.starts_with("http"));
    let url = w
        .canonical
        .clone()
        .into_iter()
        .chain(meta(&["og:url"]))
        .chain(ld.url.clone())
        .find(|u| u.starts_with("http://") || u.starts_with("https://"));

    // The story: the article with the most text, else main, else everything outside the skipped parts.
    let mut by_article: HashMap<usize, usize> = HashMap::new();
    for b in &w.blocks {
        if let Some(a) = b.article {
            *by_article.entry(a).or_default() += b.text.len();
        }
    }
    let best = by_article.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(a, _)| *a);
    let any_main = w.blocks.iter().any(|b| b.main);
    let chosen: Vec<&Block> = w
        .blocks
        .iter()
        .filter(|b| match best {
            Some(a) => b.article == Some(a),
            None if any_main => b.main,
            None => true,
        })
        .filter(|b| !is_furniture(&b.text))
        .collect();
    let mut paragraphs: Vec<&str> = Vec::new();
    // The headline first, when the story does not already open with it.
    let opens_with_title = chosen.first().zip(title.as_deref()).is_some_and(|(b, t)| b.text == t);
    if let (Some(t), false) = (title.as_deref(), opens_with_title) {
        paragraphs.push(t);
    }
    for b in &chosen {
        if paragraphs.last() != Some(&b.text.as_str()) {
            paragraphs.push(&b.text);
        }
    }
    let text = if chosen.is_empty() { String::new() } else { paragraphs.join("\n\n") };
    Page { title, date, author, publisher, url, text }
}

fn is_furniture(text: &str) -> bool {
    let t = text.trim_end_matches(['.', ':', '!', '»', '›', '>']).trim().to_lowercase();
    FURNITURE.contains(&t.as_str())
}

/// `<title>` text without the site's name after a separator ("Story headline | Site").
fn without_site(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail = tail.trim();
            // Without the site's name, a short tail after a longer headline.
            let (h, t) = (head.split_whitespace().count(), tail.split_whitespace().count());
            let is_site = match site {
                Some(s) => s.eq_ignore_ascii_case(tail),
                None => t <= 3 && h >= 4,
            };
            if is_site && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// A publication date as written: an ISO date or timestamp by its date part, or a prose date.
fn date_of(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    let day = s.split(['T', ' ']).next().unwrap_or(s);
    if day.len() >= 8 {
        if let Ok(d) = PartialDate::parse(day) {
            return Some(d);
        }
    }
    PartialDate::parse(s).ok().filter(|d| d.month.is_some())
}

/// What the page's JSON-LD says about its article.
#[derive(Default)]
struct Ld {
    headline: Option<String>,
    date: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
}

fn json_ld(scripts: &[String]) -> Ld {
    let mut out = Ld::default();
    for s in scripts {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(s.trim()) else { continue };
        let mut nodes = Vec::new();
        collect_nodes(&v, &mut nodes, 0);
        let article = nodes.iter().find(|n| is_article(n)).or_else(|| nodes.iter().find(|n| n.get("headline").is_some()));
        if let Some(a) = article {
            let text = |k: &str| a.get(k).and_then(|x| x.as_str()).map(collapse).filter(|x| !x.is_empty());
            out.headline = out.headline.or_else(|| text("headline"));
            out.date = out.date.or_else(|| text("datePublished")).or_else(|| text("dateCreated"));
            out.url = out.url.or_else(|| text("url"));
            out.author = out.author.or_else(|| a.get("author").and_then(names));
            out.publisher = out.publisher.or_else(|| a.get("publisher").and_then(names));
        }
    }
    out
}

fn collect_nodes<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_nodes(x, out, depth + 1)),
        serde_json::Value::Object(o) => {
            out.push(v);
            if let Some(g) = o.get("@graph") {
                collect_nodes(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn is_article(v: &serde_json::Value) -> bool {
    let ty = |t: &str| t.ends_with("Article") || t == "BlogPosting" || t == "Report";
    match v.get("@type") {
        Some(serde_json::Value::String(t)) => ty(t),
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|t| t.as_str()).any(ty),
        _ => false,
    }
}

/// A person's or organisation's name, or several, comma-separated.
fn names(v: &serde_json::Value) -> Option<String> {
    let list: Vec<String> = match v {
        serde_json::Value::String(s) => vec![collapse(s)],
        serde_json::Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(collapse).into_iter().collect(),
        serde_json::Value::Array(a) => a.iter().filter_map(names).collect(),
        _ => vec![],
    };
    let list: Vec<String> = list.into_iter().filter(|s| !s.is_empty() && !s.starts_with("http")).collect();
    (!list.is_empty()).then(|| list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Manila summons envoy over water cannon | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2024-06-18T09:12:00+08:00">
<meta name="author" content="Ana Reyes">
<link rel="canonical" href="https://harbour.example/world/manila-envoy">
<script>window.dataLayer = ["China fired missiles at Taiwan"];</script>
<style>p { color: red }</style>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav><p>Breaking: markets fall</p></header>
<main>
<article>
<h1>Manila summons envoy over water cannon</h1>
<p class="byline">By Ana Reyes</p>
<p>MANILA &mdash; The Philippines on Tuesday summoned China&#8217;s ambassador after Chinese
coast guard ships fired water cannon at a Philippine supply boat, injuring four sailors.</p>
<figure><img src="a.jpg"><figcaption>A file photo of a patrol boat.</figcaption></figure>
<p>Advertisement</p>
<p>Beijing accused Manila of &quot;provocations&quot; near the shoal.</p>
<aside><h2>Most read</h2><ul><li>Russia invades Narnia</li></ul></aside>
</article>
<article><h2>Related</h2><p>Short teaser.</p></article>
</main>
<footer><p>&copy; 2024 Harbour Times. Subscribe now.</p></footer>
</body></html>"#;

    #[test]
    fn a_news_page_gives_its_story_and_metadata() {
        let p = extract(PAGE);
        assert_eq!(p.title.as_deref(), Some("Manila summons envoy over water cannon"));
        assert_eq!(p.date, PartialDate::parse("2024-06-18").ok());
        assert_eq!(p.author.as_deref(), Some("Ana Reyes"));
        assert_eq!(p.publisher.as_deref(), Some("Harbour Times"));
        assert_eq!(p.url.as_deref(), Some("https://harbour.example/world/manila-envoy"));
        assert_eq!(
            p.text,
            "Manila summons envoy over water cannon\n\nBy Ana Reyes\n\n\
             MANILA \u{2014} The Philippines on Tuesday summoned China\u{2019}s ambassador after Chinese coast guard ships \
             fired water cannon at a Philippine supply boat, injuring four sailors.\n\n\
             Beijing accused Manila of \"provocations\" near the shoal."
        );
    }

    #[test]
    fn json_ld_comes_first_and_names_people_and_publishers() {
        let page = r#"<html><head><title>Home</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Delta Wire"},
 {"@type":["NewsArticle"],"headline":"Sahel juntas sign defence pact","datePublished":"2023-09-16T10:00:00Z",
  "author":[{"@type":"Person","name":"Idrissa Kane"},{"@type":"Person","name":"Lea Morel"}],
  "publisher":{"@type":"Organization","name":"Delta Wire"},"url":"https://delta.example/sahel"}]}</script>
</head><body><div><p>Mali, Burkina Faso and Niger signed a mutual defence pact on Saturday.</p></div></body></html>"#;
        let p = extract(page);
        assert_eq!(p.title.as_deref(), Some("Sahel juntas sign defence pact"));
        assert_eq!(p.date, PartialDate::parse("2023-09-16").ok());
        assert_eq!(p.author.as_deref(), Some("Idrissa Kane, Lea Morel"));
        assert_eq!(p.publisher.as_deref(), Some("Delta Wire"));
        assert_eq!(p.url.as_deref(), Some("https://delta.example/sahel"));
        assert_eq!(
            p.text,
            "Sahel juntas sign defence pact\n\nMali, Burkina Faso and Niger signed a mutual defence pact on Saturday."
        );
    }

    #[test]
    fn broken_and_bare_pages_still_give_their_text() {
        // No article or main, an unclosed paragraph, a stray close tag, an unclosed nav at the end.
        let p = extract("<html><body><p>Armenia and Azerbaijan agreed to a border commission.<p>Talks resume in May.</div></body><nav>menu");
        assert_eq!(p.text, "Armenia and Azerbaijan agreed to a border commission.\n\nTalks resume in May.");
        assert_eq!(p.title, None);
        assert_eq!(extract("").text, "");
        assert_eq!(extract("<html><script>var a = 1;</script></html>").text, "");
        // A time element in the story dates it when nothing else does.
        let p = extract("<html><body><article><time datetime=\"2022-02-24\">24 Feb</time><p>Russia invaded Ukraine.</p></article></body></html>");
        assert_eq!(p.date, PartialDate::parse("2022-02-24").ok());
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(looks_like_html("\u{feff}  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML><body>x</body></HTML>"));
        assert!(!looks_like_html("SEOUL, Nov. 14, 2024 - <b>North Korea</b> fired"));
        assert!(!looks_like_html("<?xml version=\"1.0\"?><gexf></gexf>"));
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        /// Any text, and any soup of tags, entities and JSON-LD, gives a page without panicking:
        /// paragraphs of collapsed white space, one blank line between them.
        #[test]
        fn any_soup_gives_a_page(parts in proptest::collection::vec(proptest::prop_oneof![
            proptest::string::string_regex("[a-zA-Z ,.]{0,20}").unwrap_or_else(|_| unreachable!()),
            proptest::sample::select(vec![
                "<p>", "</p>", "<article>", "</article>", "<main>", "<nav>", "</nav>", "<script>", "</script>",
                "<style>", "<h1>", "</h1>", "<br>", "<div", ">", "&amp;", "&#x41;", "&bogus;", "<!--", "-->",
                "<time datetime=\"2024-02-30\">", "<meta property=\"og:title\" content=\"T\">",
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[{}]]}",
                "<header>", "</header>", "<figure>", "</body>", "<title>", "</title>",
            ]).prop_map(str::to_string),
        ], 0..40)) {
            let html = parts.concat();
            let p = extract(&html);
            for para in p.text.split("\n\n").filter(|_| !p.text.is_empty()) {
                proptest::prop_assert!(!para.is_empty() && para == collapse(para), "{:?}", p.text);
            }
            let _ = looks_like_html(&html);
        }
    }

    #[test]
    fn titles_lose_the_site_name() {
        assert_eq!(without_site("Talks stall in Geneva | The Ledger", Some("The Ledger")), "Talks stall in Geneva");
        assert_eq!(without_site("Talks stall in Geneva - World News", None), "Talks stall in Geneva");
        assert_eq!(without_site("Israel - Hezbollah truce holds", None), "Israel - Hezbollah truce holds");
    }
}
