//! Facts about the document itself: its author (a byline "By Jane Doe" near the top) and its
//! publisher ("This article was published by …", "Source: …", "Originally appeared in …").
//!
//! Only line-initial forms count, so "a report published by the UN" names no publisher.

use realign_core::{ClaimBody, DocumentClaim};

use realign_core::Span;

use super::{DocState, Extracted};
use crate::sentence::Sentence;

/// Capitalised name words from the start of `s` (allowing "of", "the", "and", "&" inside), at
/// most `max` words, trimmed of trailing punctuation. Returns the name and its byte length in `s`.
fn name_prefix(s: &str, max: usize) -> Option<(String, usize)> {
    let mut end = 0;
    let mut words = 0;
    let mut last_cap_end = 0;
    let mut pos = 0;
    for w in s.split_inclusive(char::is_whitespace) {
        let t = w.trim();
        // (A closing bracket ends a name too: "(Reporting by Amira Saleh)".)
        let t_clean = t.trim_end_matches([',', '.', ';', ':', ')']);
        if t.is_empty() {
            pos += w.len();
            continue;
        }
        // ("Hassan al-Rubaie", "Omar bin Laden"-style particles glued to a capitalised name.)
        let glued = ["al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "bin-", "ibn-"]
            .iter()
            .any(|p| t_clean.strip_prefix(p).is_some_and(|r| r.starts_with(char::is_uppercase)));
        let cap = t_clean.chars().next().is_some_and(|c| c.is_uppercase()) || (glued && words > 0);
        let initial = t.len() == 2 && t.ends_with('.') && cap;
        if initial && words < max {
            words += 1;
            pos += w.len();
            last_cap_end = pos - (w.len() - w.trim_end().len());
            continue;
        }
        let inner = matches!(t_clean, "of" | "the" | "and" | "&" | "for" | "on" | "de" | "van" | "von");
        if !(cap || inner && words > 0) || words >= max {
            break;
        }
        words += 1;
        end = pos + w.trim_end().len() - (t.len() - t_clean.len());
        if cap {
            last_cap_end = end;
        }
        pos += w.len();
        if t.len() != t_clean.len() {
            break;
        }
    }
    let _ = end;
    let name = s.get(..last_cap_end)?.trim().to_string();
    (!name.is_empty()).then_some((name, last_cap_end))
}

/// Document claims of the sentence.
pub(super) fn extract(sent: &Sentence, state: &mut DocState, out: &mut Vec<Extracted>) {
    let text = sent.text();
    let base = sent.span.start;
    let span = |a: usize, b: usize| Span::new(base + a.min(text.len()), base + b.min(text.len()));
    // A wire dateline in the opening sentence: "SEOUL (Reuters) - …" (after a headline and a
    // byline too). A byline above it already names the agency as its publisher.
    if sent.index <= 3 && state.author.is_none() {
        if let Some((publisher, s, e)) = dateline(text).filter(|_| !closing_credit(&sent.doc.text)).and_then(|(p, s, e)| spelled_out(p, &sent.doc.text).map(|p| (p, s, e))) {
            out.push(Extracted {
                body: ClaimBody::Document(DocumentClaim {
                    author: state.author.clone().or_else(|| sent.doc.author.clone()).or_else(|| sign_off_author(&sent.doc.text)).or_else(|| dateline_byline(text.get(e..).unwrap_or(""))),
                    publisher: Some(publisher),
                }),
                evidence: span(s, e),
                date: None,
                confidence: 0.75,
                attribution: None,
            });
        }
    }
    // A statement's issuer heading it, with no byline: "FOR IMMEDIATE RELEASE / Bay of Bengal
    // Refugee Network (BBRN)", "Ministry of Foreign Affairs of the Kyrgyz Republic / Statement
    // on…". Told once, at the first sentence.
    if sent.index == 0 && state.author.is_none() && sent.doc.author.is_none() {
        // (The issuing office is the author too, as an institution is of its own statement.)
        if let Some((publisher, s, e)) = issuer_heading(&sent.doc.text) {
            out.push(credit(Some(publisher.clone()), Some(publisher), Span::new(s, e), 0.75));
        }
    }
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let off = line_start;
        line_start += line.len();
        let trimmed = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '\u{2022}'));
        // ("(Reporting by Amira Saleh; Editing by Helen Rowe)": a sign-off in brackets.)
        let trimmed = if trimmed.starts_with("(Reporting by ") { &trimmed[1..] } else { trimmed };
        let lead = line.len() - trimmed.len();
        let trimmed = trimmed.trim_end();
        // ("Erik Lund is a Copenhagen-based writer on Nordic security.": an author's note closing
        // a piece with no byline names its author.)
        // (Two notes for two authors; a note for the byline's author adds nothing.)
        // (Only in the closing paragraph: nothing but that paragraph's own words after it.)
        let closing = sent.doc.text.get(base + off + line.len()..).is_some_and(|rest| rest.len() < 300 && rest.split_once('\n').map_or(true, |(_, after)| after.trim().is_empty()));
        if sent.doc.author.is_none() && closing {
            if let Some(name) = author_note(trimmed).filter(|n| state.author.as_deref().map_or(true, |a| !a.contains(n.as_str()))) {
                state.author = Some(name.clone());
                let s = off + lead;
                out.push(credit(Some(name.clone()), sent.doc.publisher.clone().or_else(|| closing_publisher(&sent.doc.text)).or_else(|| note_publisher(&sent.doc.text)), span(s, s + name.len() + 5), 0.7));
                continue;
            }
        }
        // ("Edward L. Haverford / Former US Ambassador to Panama / Alexandria, Va.": a letter's
        // or an essay's signature, a name alone on its line over the writer's role, among the
        // last six lines of a piece with no byline.)
        if sent.doc.author.is_none() && state.author.is_none() {
            let rest = sent.doc.text.get(base + off + line.len()..).unwrap_or("");
            if let Some(name) = signature(trimmed, rest) {
                state.author = Some(name.clone());
                let s = off + lead;
                out.push(credit(Some(name), publisher_of(sent), span(s, s + trimmed.len()), 0.7));
                continue;
            }
        }
        // ("— AFP": a wire story's closing line naming its agency alone; told once, at the
        // byline, when the story has one.)
        if closing && state.author.is_none() {
            if let Some(agency) = agency_line(trimmed) {
                let s = off + lead;
                out.push(credit(state.author.clone().or_else(|| sent.doc.author.clone()), Some(agency), span(s, s + trimmed.len()), 0.8));
                continue;
            }
        }
        // A byline that is one part of a masthead line: "The Morning Ledger | By Daniel Haddad |
        // 4 December 2024", "Posted on Open Source Monitor (blog) by Ana Ruiz", "Prepared by the
        // desk of the Cairo Observer; compiled by Nour El-Sayed".
        if sent.index < 6 && state.author.is_none() {
            if let Some((name, a, b)) = masthead_byline(trimmed) {
                state.author = Some(name.clone());
                let s = off + lead;
                out.push(credit(Some(name), publisher_of(sent), span(s + a, s + b), 0.8));
                continue;
            }
        }
        // ("COLOMBO, 3 July 2024 - Nadeesha Wijeratne, The Island Ledger": the writer and the
        // outlet after a dated dateline's dash.)
        if sent.index < 6 && state.author.is_none() {
            if let Some((name, publisher, a, b)) = dateline_credit(trimmed) {
                state.author = Some(name.clone());
                let s = off + lead;
                out.push(credit(Some(name), Some(publisher), span(s + a, s + b), 0.75));
                continue;
            }
        }
        // ("RED SEA & HORN POLICY CENTRE / Policy Brief No. 41 / … / Helena Marsh-Okoro, Senior
        // Fellow": a writer and a role on a line of their own at the top.)
        if sent.index < 6 && state.author.is_none() && sent.doc.author.is_none() {
            if let Some(name) = role_line(trimmed) {
                state.author = Some(name.clone());
                let s = off + lead;
                out.push(credit(Some(name), publisher_of(sent), span(s, s + trimmed.len()), 0.7));
                continue;
            }
        }
        // ("GREAT LAKES MONITOR / … / Staff report | 29 January 2025": a story by the outlet's
        // staff names no writer; the masthead, read as the evidence with it, names the outlet.)
        if sent.index < 6 && state.author.is_none() && sent.doc.author.is_none() {
            let (first, _) = labelled(trimmed);
            if matches!(first.to_ascii_lowercase().as_str(), "staff report" | "staff reporter" | "staff writer" | "by staff" | "from our staff" | "staff and agencies") {
                if let Some(outlet) = masthead_publisher(&sent.doc.text) {
                    let doc = &sent.doc.text;
                    let line_end = base + off + lead + trimmed.len();
                    let lower = outlet.to_lowercase();
                    let mut at = 0usize;
                    let masthead = doc.get(..line_end).unwrap_or(doc).split_inclusive('\n').find_map(|l| {
                        let start = at;
                        at += l.len();
                        l.to_lowercase().contains(&lower).then_some(start)
                    });
                    out.push(credit(None, Some(outlet), Span::new(masthead.unwrap_or(base + off + lead), line_end), 0.7));
                    continue;
                }
            }
        }
        // Cheap gate before any allocation: bylines and publisher lines start with one of these.
        let head = trimmed.as_bytes();
        let gate = [
            &b"by "[..],
            b"source:",
            b"this ",
            b"origina",
            b"first p",
            b"republis",
            b"publishe",
            b"posted b",
            b"written ",
            b"words by",
            b"reportin",
            b"story by",
            b"analysis",
            b"commenta",
            b"compiled",
            b"issued b",
            b"live cov",
            b"intervie",
            b"author",
            b"from ",
        ];
        if !gate.iter().any(|g| head.get(..g.len()).is_some_and(|h| h.eq_ignore_ascii_case(g))) {
            continue;
        }
        // Byline near the top: "By Jane Doe" (and "By Jane Doe and John Roe").
        let byline = BYLINES.iter().find(|b| trimmed.starts_with(**b)).map(|b| b.len());
        // (And a wire sign-off closing the story: "Reporting by Jane Mwangi; Editing by Peter Graff".)
        // (Told once: a byline above already named the reporter.)
        // (In the last three lines, a correction note after it: "(Reporting by Lotta Virtanen;
        // editing by Mark Heller)" / "CORRECTION: An earlier version…".)
        let near_end = closing || sent.doc.text.get(base + off..).is_some_and(|rest| rest.lines().filter(|l| !l.trim().is_empty()).nth(3).is_none());
        let sign_off = near_end && trimmed.starts_with("Reporting by ") && state.author.is_none();
        if let (true, Some(blen)) = (sent.index < 6 || sign_off, byline) {
            let rest = trimmed.get(blen..).unwrap_or("");
            if let Some((mut name, mut len)) = byline_names(rest) {
                // ("Compiled by Sofia Lindqvist for Atlas Global Risk subscribers": the outlet
                // written for, which the name's words ran into.)
                if let Some(k) = name.find(" for ") {
                    name.truncate(k);
                    len = k;
                }
                let after = rest[len..].trim_start();
                let words = name.split_whitespace().count();
                let written_for = after.strip_prefix("for ").and_then(|r| name_prefix(r, 6)).map(|(n, _)| n).filter(|n| !n.split_whitespace().any(is_month_or_day));
                let line_ends = after.is_empty() || after.starts_with(',') || after.starts_with('|') || written_for.is_some() || (sign_off && (after.starts_with([';', ')']) || signed_where(after)));
                if (2..=6).contains(&words) && line_ends && !name.split_whitespace().any(is_month_or_day) {
                    state.author = Some(name.clone());
                    let s = off + lead;
                    // (The publisher a closing line names is the byline's too, and so is the
                    // agency of a dateline: "By Selin Aydemir / ISTANBUL, Dec 3 (Reuters) -".)
                    let publisher = written_for.or_else(|| publisher_of(sent));
                    // ("By Lucía Carranza / The Meridian Review | 22 May 2025": the outlet's line
                    // beside the byline is evidence too.)
                    let evidence = outlet_beside(&sent.doc.text, span(s, s + blen + len), publisher.as_deref());
                    out.push(Extracted {
                        body: ClaimBody::Document(DocumentClaim { author: Some(name), publisher }),
                        evidence,
                        date: None,
                        confidence: 0.8,
                        attribution: None,
                    });
                    continue;
                }
            }
        }
        let found = publisher_line(trimmed);
        if let Some((publisher, _)) = found {
            let author = state.author.clone().or_else(|| sent.doc.author.clone());
            let s = off + lead;
            out.push(Extracted {
                body: ClaimBody::Document(DocumentClaim { author, publisher: Some(publisher) }),
                evidence: span(s, s + trimmed.len()),
                date: None,
                confidence: 0.85,
                attribution: None,
            });
        }
    }
}

/// Leads of a byline on a line of its own: "By Jane Doe", "Interview by Elena Marchetti",
/// "Authors: A and B".
const BYLINES: &[&str] = &[
    "By ", "Posted by ", "Written by ", "Words by ", "Reporting by ", "Reported by ", "Story by ", "Analysis by ", "Commentary by ", "Compiled by ",
    "Live coverage by ", "Interview by ", "Interviewed by ", "Authors: ", "Author: ",
];

/// `evidence` (a credit line) stretched over the line right above or below it when that line
/// names `publisher`: the outlet's line beside a byline ("By Lucía Carranza" / "The Meridian
/// Review | 22 May 2025") says who published what the byline says who wrote.
fn outlet_beside(text: &str, evidence: Span, publisher: Option<&str>) -> Span {
    let Some(publisher) = publisher.map(str::to_lowercase).filter(|p| !p.is_empty()) else {
        return evidence;
    };
    let names = |line: &str| line.len() <= 120 && line.to_lowercase().contains(&publisher);
    // (The next line: from the end of the byline's line to the end of the next non-empty one.)
    let after = text.get(evidence.end..).unwrap_or("");
    let line_end = after.find('\n').map_or(after.len(), |k| k);
    let below = after.get(line_end..).and_then(|rest| {
        let skipped = rest.len() - rest.trim_start_matches(['\n', '\r', ' ']).len();
        let next = &rest[skipped..];
        let line = next.split('\n').next().unwrap_or("").trim_end();
        (!line.is_empty() && names(line)).then(|| evidence.end + line_end + skipped + line.len())
    });
    if let Some(end) = below {
        return Span::new(evidence.start, end);
    }
    let before = text.get(..evidence.start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    let above = before.get(..line_start).and_then(|rest| {
        let kept = rest.trim_end_matches(['\n', '\r', ' ']);
        let start = kept.rfind('\n').map_or(0, |k| k + 1);
        let line = kept[start..].trim_start();
        (!line.is_empty() && names(line)).then(|| kept.len() - line.len())
    });
    above.map_or(evidence, |start| Span::new(start, evidence.end))
}

/// A document claim naming `author` and `publisher`, evidenced by `evidence`.
fn credit(author: Option<String>, publisher: Option<String>, evidence: Span, confidence: f32) -> Extracted {
    Extracted { body: ClaimBody::Document(DocumentClaim { author, publisher }), evidence, date: None, confidence, attribution: None }
}

/// The publisher of the document a byline stands in: its metadata's, else the one a line of the
/// document names (a closing "This article was first published by …", a wire dateline's agency,
/// an author's closing note "… writes for The Continental Post", the masthead at the top).
fn publisher_of(sent: &Sentence) -> Option<String> {
    let text = &sent.doc.text;
    sent.doc
        .publisher
        .clone()
        .or_else(|| closing_publisher(text))
        .or_else(|| doc_agency(text))
        .or_else(|| note_publisher(text))
        .or_else(|| masthead_publisher(text))
}

/// The last word of an outlet's name: "Pacific Current News", "The Morning Ledger", "Caspian
/// Strategy Forum", "Ibar Valley News".
const OUTLET_HEADS: &[&str] = &[
    "news", "times", "post", "review", "journal", "ledger", "observer", "digest", "forum", "monitor", "agency", "press", "herald",
    "tribune", "gazette", "daily", "weekly", "wire", "newswire", "chronicle", "courier", "telegraph", "guardian", "express",
    "standard", "magazine", "report", "insider", "dispatch", "bulletin", "record", "mirror", "independent", "economist",
    "quarterly", "institute", "institution", "centre", "center", "council", "foundation", "network", "broadcasting", "radio",
    "television", "today", "star", "nation", "mail", "globe", "examiner", "sentinel", "inquirer", "interpreter", "diplomat",
    "media", "affairs", "observatory", "newsletter", "briefing", "brief", "voice", "spectator", "statesman", "outlook",
    "register", "argus", "leader", "online", "blog", "service", "audio", "podcast", "podcasts", "channel", "tv", "monthly", "studies",
];

/// The outlet the masthead at the top of a story names: in its first five non-empty lines, a
/// line that reads as a masthead (parts set apart by "|", a line in capitals, a byline, a line
/// with a byline among its parts, or a "Posted on …" line), a run of capitalised words ending in an outlet's word ("Review",
/// "News", "Forum"…; in a line of capitals, holding one). A desk is not an outlet ("World Desk").
fn masthead_publisher(text: &str) -> Option<String> {
    // (A line of parts set apart by "|" first: "MEDITERRANEAN BRIEF / Harbourline News Service |
    // Thursday" is the outlet's brief, named on the second line.)
    let top: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(5).collect();
    let piped = top.iter().filter(|l| l.contains(" | "));
    piped.chain(top.iter().filter(|l| !l.contains(" | "))).find_map(|&line| {
        let lower = line.to_ascii_lowercase();
        // ("IBAR VALLEY NEWS - North Mitrovica", "HORN OF AFRICA SECURITY OBSERVATORY — IMAGERY
        // BRIEF 2026/03": the first part in capitals.)
        let (first, label) = labelled(line);
        let capitals = first.chars().any(char::is_alphabetic) && !first.chars().any(char::is_lowercase);
        let byline_part = masthead_byline(line).is_some();
        // (Parts set apart, a byline's lead or a byline among the parts.)
        let parted = line.contains(" | ") || ["by ", "posted ", "published ", "prepared ", "compiled ", "written "].iter().any(|l| lower.starts_with(l)) || byline_part;
        let masthead = parted || (capitals && first.split_whitespace().count() <= 8);
        // ("The Continental Ledger" alone on the first line, or on the line under the byline: an
        // outlet's name that fills it.)
        let k = top.iter().position(|l| *l == line).unwrap_or(0);
        let under_byline = k > 0 && BYLINES.iter().any(|b| top[k - 1].starts_with(b));
        // ("Hemisphere Report — Caribbean & Central America" under a byline, "The Northsea
        // Tribune - World / Security" atop the story: an outlet's name, then its section.)
        // (The name must fill the part: "Ministry of Foreign Affairs weekly press briefing -
        // summary" names no outlet.)
        if label.is_some() && (k == 0 || under_byline) {
            if let Some(outlet) = outlet_run(first).filter(|o| o.len() == first.len()) {
                return Some(outlet);
            }
        }
        let named_alone = (k == 0 || under_byline) && name_prefix(line, 6).is_some_and(|(n, len)| len == line.len() && n.split_whitespace().count() >= 2);
        // ("The Meridian Post, 29 May 2024", "Vistula Defence Review - 27 August 2022" under the
        // byline: an outlet's name and the date.)
        // ("The Archipelago Review, Manila - February 9, 2026": a place may come between.)
        let is_date = |d: &str| realign_core::PartialDate::parse(d.trim().trim_end_matches('.')).is_ok_and(|d| d.month.is_some());
        let dated = (k == 0 || under_byline)
            .then(|| {
                [", ", " - "].iter().filter_map(|sep| line.split_once(sep)).find(|(_, rest)| is_date(rest) || rest.rsplit_once(" - ").is_some_and(|(place, date)| name_prefix(place, 3).is_some_and(|(_, n)| n == place.len()) && is_date(date)))
            })
            .flatten()
            .and_then(|(name, _)| outlet_run(name));
        if dated.is_some() {
            return dated;
        }
        if !masthead && !named_alone {
            return None;
        }
        // ("By Farah Siddiqui | The Boundary Line | 29 September 2025", "Hosts: … | Southerly
        // Audio | 4 April 2024": beside a byline, the part that is a name and no date or section
        // is the outlet, whatever its last word.)
        if byline_part {
            let part = line.split('|').map(str::trim).find(|p| {
                let lower = p.to_ascii_lowercase();
                let byline = lower.starts_with("by ") || lower.contains(" by ") || lower.contains(':');
                let filled = name_prefix(p, 6).is_some_and(|(n, len)| len == p.len() && n.split_whitespace().count() >= 2 && !n.split_whitespace().any(|w| is_month_or_day(w) || SECTIONS.contains(&w.to_ascii_uppercase().as_str())));
                // (A desk is not an outlet: "Posted by Ana Ruiz | World Desk".)
                let desk = p.rsplit(' ').next().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "desk" | "staff" | "team" | "newsroom" | "editors"));
                !byline && filled && !desk && !p.contains(|c: char| c.is_ascii_digit())
            });
            if let Some(p) = part {
                return Some(if p.chars().any(char::is_lowercase) { p.to_string() } else { title_case(p) });
            }
        }
        // ("DUBAI - India beat Pakistan…": a dateline in capitals opens a story's line; only its
        // first part may be a masthead.)
        let searched = if capitals && !parted && !named_alone { first } else { line };
        searched.split(['|', ';', ',', '(', ')']).flat_map(|seg| seg.split(" - ")).find_map(outlet_run)
    })
    .or_else(|| {
        // ("Melanesia Now | Politics": a name filling its part beside a desk's label names the
        // outlet whatever its last word, when no line names one by its word.)
        let desk_words = |p: &str| {
            let words: Vec<String> = p.split(|c: char| c.is_whitespace() || matches!(c, '/' | '&' | ',')).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
            !words.is_empty() && words.iter().all(|w| DESKS.contains(&w.as_str()))
        };
        top.iter().find_map(|line| {
            let (first, label) = labelled(line);
            let (name, len) = name_prefix(first, 5)?;
            let words: Vec<&str> = name.split_whitespace().collect();
            let ok = len == first.len()
                && (2..=5).contains(&words.len())
                && label.is_some_and(desk_words)
                && !words.iter().any(|w| is_month_or_day(w) || DESKS.contains(&w.to_ascii_lowercase().as_str()) || COMPASS.contains(w));
            ok.then(|| if name.chars().any(char::is_lowercase) { name } else { title_case(&name) })
        })
    })
    .or_else(|| {
        // ("THE HARBOUR LINE | Feature", "ADRIATIC DATA DESK" over a byline: a first line in
        // capitals of two to five words, not a section's or a headline's, names the outlet even
        // without an outlet's word.)
        // ("NIGHTLINE AMERICAS - SCRIPT": the part before a section's label.)
        let first = top.first()?.split(" | ").next()?.trim();
        // ("EL OBSERVADOR DEL SUR - English Edition", "SAHEL INFO AGENCE - Service in English":
        // an edition's label.)
        let edition = |label: &str| {
            let lower = label.to_lowercase();
            lower.split_whitespace().any(|w| matches!(w, "edition" | "english" | "international" | "service")) && label.split_whitespace().count() <= 4
        };
        let first = first.split_once(" - ").filter(|(_, label)| label.split_whitespace().all(|w| SECTIONS.contains(&w)) || edition(label)).map_or(first, |(name, _)| name.trim());
        let words: Vec<&str> = first.split_whitespace().collect();
        const GENERIC: &[&str] = &["COMMENT", "STATEMENT", "PRESS", "RELEASE", "BRIEFING", "NEWS", "WORLD", "REVIEW", "REPORT"];
        let plain = first.chars().all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '&' | '\'' | '-' | '.'));
        (plain && (2..=5).contains(&words.len()) && !words.iter().any(|w| SECTIONS.contains(w) || GENERIC.contains(w))).then(|| title_case(first))
    })
}

/// Words of a desk's or a section's label beside an outlet's name: "Melanesia Now | Politics",
/// "The Northsea Tribune - World / Security".
const DESKS: &[&str] = &[
    "politics", "world", "diplomacy", "business", "security", "economy", "opinion", "analysis", "feature", "features", "news", "asia", "africa",
    "europe", "americas", "pacific", "region", "regions", "national", "international", "defence", "defense", "foreign", "affairs", "culture",
    "sport", "science", "technology", "environment", "energy", "trade", "markets", "comment", "editorial", "middle", "east", "global", "conflict",
];

/// Words of a region's name, never an outlet's whole name ("Middle East | Analysis").
const COMPASS: &[&str] = &["North", "South", "East", "West", "Central", "Middle", "Far", "Near"];

/// A line's first part and what follows its first " - ", " — " or " – " or " | ", if any:
/// "IBAR VALLEY NEWS - North Mitrovica" → ("IBAR VALLEY NEWS", Some("North Mitrovica")).
fn labelled(line: &str) -> (&str, Option<&str>) {
    [" - ", " \u{2014} ", " \u{2013} ", " | "]
        .iter()
        .filter_map(|sep| line.find(sep).map(|k| (k, sep.len())))
        .min()
        .map_or((line, None), |(k, len)| (line[..k].trim(), Some(line[k + len..].trim())))
}

/// The issuer a statement or press release is headed with, and the byte span of its line in
/// `text`: the line after "FOR IMMEDIATE RELEASE" (or "PRESS RELEASE"…) among the first four, or
/// a first line that is an office of state alone ("Ministry of Foreign Affairs of the Kyrgyz
/// Republic", "Office of the Spokesperson"). Its name must fill the line (an acronym in brackets
/// may follow).
pub(crate) fn issuer_heading(text: &str) -> Option<(String, usize, usize)> {
    const RELEASE: &[&str] = &["for immediate release", "press release", "media release", "news release", "press statement", "statement"];
    const OFFICES: &[&str] = &["Ministry of ", "Ministry for ", "Office of ", "Embassy of ", "Permanent Mission of ", "Department of ", "Secretariat of "];
    let mut lines = Vec::new();
    let mut at = 0usize;
    for l in text.split_inclusive('\n') {
        let t = l.trim();
        if !t.is_empty() {
            let s = at + (l.len() - l.trim_start().len());
            lines.push((t, s));
        }
        at += l.len();
        if lines.len() >= 4 {
            break;
        }
    }
    let named = |t: &str, s: usize| {
        let bare = t.split(" (").next().unwrap_or(t).trim();
        let (name, len) = name_prefix(bare, 12)?;
        (len >= bare.len() && name.split_whitespace().count() >= 2 && !name.ends_with('.')).then(|| (name, s, s + t.len()))
    };
    if let Some(k) = lines.iter().take(3).position(|(t, _)| RELEASE.iter().any(|r| t.trim_end_matches(':').eq_ignore_ascii_case(r))) {
        if let Some(&(t, s)) = lines.get(k + 1) {
            if let Some(found) = named(t, s) {
                return Some(found);
            }
        }
    }
    // ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF LITHUANIA": a letterhead in capitals.)
    let &(first, s) = lines.first()?;
    let capitals = !first.chars().any(char::is_lowercase);
    // ("CIVILIANS ACROSS BORDERS" over "Report summary | Geneva, 3 March 2025": a body's name in
    // capitals over the kind of paper it issues.)
    const PAPERS: &[&str] = &[
        "report", "report summary", "executive summary", "summary", "briefing", "briefing note", "policy brief", "brief", "position paper", "fact sheet",
        "press release", "news release", "media release", "statement", "press statement", "submission", "working paper",
    ];
    let paper = lines.get(1).is_some_and(|(t, _)| {
        let (label, _) = labelled(t);
        let label = label.split(':').next().unwrap_or(label).trim().to_lowercase();
        PAPERS.contains(&label.as_str())
    });
    if capitals && paper && (2..=6).contains(&first.split_whitespace().count()) && !first.split_whitespace().any(|w| SECTIONS.contains(&w)) {
        // (Evidenced by both lines: the paper's line says what the body issued.)
        if let Some((name, a, _)) = named(first, s) {
            let end = lines.get(1).map_or(s + first.len(), |(t, at)| at + t.len());
            return Some((title_case(&name), a, end));
        }
    }
    let office = OFFICES.iter().any(|o| first.get(..o.len()).is_some_and(|h| if capitals { h.eq_ignore_ascii_case(o) } else { h == *o }));
    office.then(|| named(first, s)).flatten().map(|(name, a, b)| (if capitals { title_case(&name) } else { name }, a, b))
}

/// Words of a section's or a story's label in capitals, never an outlet's: "BREAKING NEWS",
/// "LIVE UPDATES", "FACT CHECK".
const SECTIONS: &[&str] = &[
    "ANALYSIS", "OPINION", "EXPLAINER", "BREAKING", "EXCLUSIVE", "LIVE", "UPDATE", "UPDATES", "EDITORIAL", "INTERVIEW", "FEATURE", "FLASH", "URGENT",
    "FACT", "CHECK", "FACT-CHECK", "TIMELINE", "PROFILE", "TRANSCRIPT", "SCRIPT", "INVESTIGATION", "LETTERS", "COMMENTARY",
];

/// The first run of capitalised words in `seg` that names an outlet (see [`masthead_publisher`]).
fn outlet_run(seg: &str) -> Option<String> {
    let mut pos = 0;
    for w in seg.split_inclusive(char::is_whitespace) {
        let at = pos;
        pos += w.len();
        if !w.starts_with(char::is_uppercase) {
            continue;
        }
        let Some((name, _)) = name_prefix(&seg[at..], 6) else { continue };
        let words: Vec<&str> = name.split_whitespace().collect();
        // ("Posted on Open Source Monitor": the outlet, not the verb before it.)
        if words.first().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "posted" | "published" | "prepared" | "compiled" | "by" | "written" | "from")) {
            continue;
        }
        let capitals = !name.chars().any(char::is_lowercase);
        let head = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
            OUTLET_HEADS.contains(&w.as_str())
        };
        let names_outlet = if capitals { words.iter().any(|w| head(w)) && !words.iter().any(|w| SECTIONS.contains(w)) } else { words.last().is_some_and(|w| head(w)) };
        if names_outlet && words.len() >= 2 && !words.iter().any(|w| is_month_or_day(w)) {
            return Some(if capitals { title_case(&name) } else { name });
        }
    }
    None
}

/// "IBAR VALLEY NEWS" → "Ibar Valley News", "COUNCIL OF THE EUROPEAN UNION" → "Council of the
/// European Union".
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lw = w.to_lowercase();
            if i > 0 && matches!(lw.as_str(), "of" | "the" | "and" | "for" | "on" | "de" | "del" | "della" | "des" | "du" | "la" | "le" | "da" | "do" | "dos" | "van" | "von" | "in") {
                return lw;
            }
            let mut c = lw.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Leads of a line that names the outlet before its author: "Posted on OUTLET by NAME".
const POSTED_LEADS: &[&str] = &["posted on ", "published on ", "published in ", "posted in "];

/// A byline that is one part of a masthead line (parts set apart by "|" or ";"): "By Daniel
/// Haddad", "Compiled by Farid Rahman", or "Posted on Open Source Monitor (blog) by Ana Ruiz".
/// The name and its byte span in `line`, name and lead together.
fn masthead_byline(line: &str) -> Option<(String, usize, usize)> {
    let lower = line.to_ascii_lowercase();
    let posted = POSTED_LEADS.iter().any(|l| lower.starts_with(l));
    // ("Slug: VENEZUELA SWAP / Air date: 20 December 2023 / Reporter: Carolina Vidal": a script's
    // slug line.)
    let slashed = line.contains(" / ");
    if !(line.contains(" | ") || line.contains("; ") || posted || slashed) {
        return None;
    }
    let mut start = 0;
    let seps: &[char] = if slashed { &['|', ';', '/'] } else { &['|', ';'] };
    for seg in line.split_inclusive(seps) {
        let seg_at = start;
        start += seg.len();
        let body = seg.trim_end_matches(seps);
        let t = body.trim_start();
        let t_at = seg_at + (body.len() - t.len());
        let tl = t.to_ascii_lowercase();
        const LEADS: &[&str] = &[
            "by ", "compiled by ", "written by ", "reported by ", "reporting by ", "posted by ", "words by ", "story by ", "live coverage by ", "live updates by ",
            "updates by ", "hosts: ", "host: ", "presenters: ", "presenter: ", "presented by ", "author: ", "authors: ", "reporter: ", "correspondent: ",
        ];
        let rest_at = if let Some(l) = LEADS.iter().find(|l| tl.starts_with(**l)) {
            l.len()
        } else if POSTED_LEADS.iter().any(|l| tl.starts_with(l)) {
            tl.rfind(" by ")? + 4
        } else if let Some(k) = tl.find(": ").filter(|&k| {
            // ("Gulf bureau: Rania Haddad", "Diplomatic correspondent: …": a label naming the
            // writer's post.)
            let label = &tl[..k];
            label.split_whitespace().count() <= 3 && matches!(label.rsplit(' ').next(), Some("bureau" | "correspondent" | "reporter" | "editor" | "writer"))
        }) {
            k + 2
        } else {
            continue;
        };
        let rest = t.get(rest_at..)?;
        let (name, len) = byline_names(rest)?;
        let after = rest[len..].trim();
        let words = name.split_whitespace().count();
        if (2..=6).contains(&words) && (after.is_empty() || after.starts_with(',')) && !name.split_whitespace().any(is_month_or_day) {
            return Some((name, t_at, t_at + rest_at + len));
        }
    }
    None
}

/// "COLOMBO, 3 July 2024 - Nadeesha Wijeratne, The Island Ledger": a dateline with a date, then
/// after its dash only a writer ("By" optional) and an outlet, set apart by "," or "|". The
/// writer, the outlet and the byte span of both in `line`.
fn dateline_credit(line: &str) -> Option<(String, String, usize, usize)> {
    let (head, rest) = line.split_once(" - ")?;
    crate::segment::dateline_date(head)?;
    let at = head.len() + 3;
    let credit = rest.trim_end();
    let lead = credit.strip_prefix("By ").map_or(0, |_| 3);
    let (name, len) = byline_names(&credit[lead..])?;
    let after = credit[lead + len..].trim_start_matches([',', '|', ' ']);
    let outlet = after.strip_prefix("the ").unwrap_or(after);
    let (publisher, plen) = name_prefix(outlet, 6)?;
    let words = name.split_whitespace().count();
    let outlet_like = publisher.starts_with("The ") || outlet_run(&publisher).is_some();
    ((2..=6).contains(&words) && plen == outlet.len() && outlet_like && !name.split_whitespace().any(is_month_or_day)).then(|| (name, publisher, at, at + credit.len()))
}

/// Words of a writer's role: "a senior fellow at …", "Helena Marsh-Okoro, Senior Fellow".
const ROLES: &[&str] = &[
    "fellow", "writer", "analyst", "professor", "researcher", "journalist", "director", "lecturer", "editor", "correspondent", "scholar",
    "economist", "reporter", "author", "consultant", "historian", "associate", "diplomat", "officer", "columnist", "expert",
];

/// "Helena Marsh-Okoro, Senior Fellow": a line of its own near the top naming a writer and a
/// role of [`ROLES`] in capitals, the byline of a brief or a paper; or a broadcast's "Presenter:
/// Nadia Koh". The name.
fn role_line(line: &str) -> Option<String> {
    // ("Presenter: Nadia Koh", "Host: …": a broadcast transcript's voice is its author.)
    // ("Author: Daniyar Osmonaliev, Senior Research Fellow": a role may follow the name.)
    if let Some(rest) = ["Presenter: ", "Host: ", "Anchor: ", "Presented by ", "Author: ", "Written by: ", "By: "].iter().find_map(|l| line.strip_prefix(l)) {
        let (name, len) = byline_names(rest)?;
        let after = rest[len..].trim();
        return ((2..=8).contains(&name.split_whitespace().count()) && (after.is_empty() || after.starts_with(','))).then_some(name);
    }
    let (name, len) = name_prefix(line, 4)?;
    // (Not a byline's lead: "By Kadri Lepik, Staff Reporter" is read as a byline.)
    if name.split_whitespace().next().is_some_and(|w| matches!(w, "By" | "Posted" | "Written" | "Compiled" | "Reporting" | "Story" | "Analysis" | "Commentary" | "Words" | "Prepared" | "Edited" | "Live")) {
        return None;
    }
    let role = line.get(len..)?.strip_prefix(", ")?;
    let words: Vec<&str> = role.split_whitespace().collect();
    let titled = words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for" | "and" | "on" | "at" | "the"));
    let writer = words.iter().any(|w| ROLES.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().as_str()));
    ((2..=4).contains(&name.split_whitespace().count()) && (1..=6).contains(&words.len()) && titled && writer && !name.split_whitespace().any(is_month_or_day)).then_some(name)
}

/// A signature: `line` is a name alone (two to four capitalised words), the next non-empty line
/// of `rest` (what follows it) names a role ("Former US Ambassador to Panama", "Senior Fellow,
/// …"), and at most five non-empty lines follow the name. The name.
fn signature(line: &str, rest: &str) -> Option<String> {
    // (The name first: this is asked of every line.)
    let (name, len) = name_prefix(line, 4)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    if len != line.len() || !(2..=4).contains(&words.len()) || words.iter().any(|w| is_month_or_day(w) || matches!(*w, "The" | "To" | "Dear" | "Editor")) {
        return None;
    }
    let mut after = rest.lines().map(str::trim).filter(|l| !l.is_empty());
    let role = after.next()?;
    if after.nth(4).is_some() {
        return None;
    }
    const TITLES: &[&str] = &["former", "retired", "ambassador", "minister", "secretary", "senator", "general", "envoy", "member", "president", "chair", "head"];
    let role_words: Vec<String> = role.split_whitespace().take(10).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase()).collect();
    let names_role = (role.starts_with(char::is_uppercase) && !role.ends_with('.')) || role_words.first().is_some_and(|w| w == "former" || w == "retired");
    (names_role && role_words.iter().any(|w| ROLES.contains(&w.as_str()) || TITLES.contains(&w.as_str()))).then_some(name)
}

/// "Jane Doe is a senior fellow at …": the name of an author's note (two to four capitalised
/// words, "is a/an", a writer's role within the next eight words).
fn author_note(line: &str) -> Option<String> {
    let (name, len) = name_prefix(line, 4)?;
    let words = name.split_whitespace().count();
    let rest = line.get(len..)?.trim_start();
    let rest = rest.strip_prefix("is a ").or_else(|| rest.strip_prefix("is an ")).or_else(|| rest.strip_prefix("is the "))?;
    let role = rest.split_whitespace().take(8).any(|w| ROLES.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().as_str()));
    ((2..=4).contains(&words) && role && !name.split_whitespace().any(is_month_or_day)).then_some(name)
}

/// The publisher a line of the document names ("This article was first published by The
/// Interpreter."), also after an author's note on the same line ("Jane Doe is a fellow at the
/// Lowy Institute. This article was first published by …").
fn closing_publisher(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let t = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '\u{2022}')).trim_end();
        std::iter::once(t)
            .chain(t.match_indices(". ").filter_map(|(k, _)| t.get(k + 2..)))
            .find_map(|c| publisher_line(c).map(|(p, _)| p))
    })
}

/// The publisher an author's closing note names: "Marta Quintero, a former diplomat, writes a
/// fortnightly column on European affairs for The Continental Post.", "Daniel Okafor is the Gulf
/// correspondent for The Harbour Ledger." (a line in the last three that opens with a name, holds
/// a word of the writer's trade, and ends "for <Name>").
fn note_publisher(text: &str) -> Option<String> {
    text.lines().rev().filter(|l| !l.trim().is_empty()).take(3).find_map(|line| {
        let t = line.trim();
        let (name, _) = name_prefix(t, 4)?;
        if !(2..=4).contains(&name.split_whitespace().count()) {
            return None;
        }
        let trade = t.split_whitespace().any(|w| {
            matches!(w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().as_str(), "column" | "columnist" | "correspondent" | "editor" | "contributor" | "writer" | "reporter" | "contributing" | "writes")
        });
        let at = t.rfind(" for ")?;
        let orig = &t[at + 5..];
        let orig = orig.strip_prefix("the ").unwrap_or(orig);
        let (publisher, len) = name_prefix(orig, 6)?;
        (trade && orig[len..].trim_end().trim_end_matches('.').is_empty()).then_some(publisher)
    })
}

/// A publisher line ("This article was first published by The Diplomat.", "Source: Reuters"):
/// the publisher's name and the byte offset it starts at in `trimmed`.
fn publisher_line(trimmed: &str) -> Option<(String, usize)> {
    let lower = trimmed.to_ascii_lowercase();
    let mut body = lower.as_str();
    let mut cut = 0usize;
    if let Some(r) = body.strip_prefix("source:") {
        cut = trimmed.len() - r.trim_start().len();
        body = r.trim_start();
    }
    const LEADS: &[&str] = &[
        "this article was first published by ",
        "this article was originally published by ",
        "this article was published by ",
        "this article was first published in ",
        "this article was originally published in ",
        "this article was published in ",
        "this article first appeared in ",
        "this article first appeared on ",
        "this article originally appeared in ",
        "this article originally appeared on ",
        "this piece was published by ",
        "this piece first appeared in ",
        "this commentary was published by ",
        "this analysis was published by ",
        "originally published by ",
        "originally published in ",
        "originally published at ",
        "originally appeared in ",
        "originally appeared on ",
        "first published by ",
        "first published in ",
        "republished from ",
        "republished with permission from ",
        "published by ",
        // ("Published in The Chesapeake Review, March 14, 2025": a line of its own.)
        "published in ",
        // ("Issued by the Office of the Prime Minister of Australia": a statement's issuer.)
        "issued by ",
    ];
    // ("This analysis first appeared in …", "This piece was originally published by …": any
    // noun for the text, "was", "first" or "originally", the verb and its preposition.)
    let general = body.strip_prefix("this ").and_then(|r| {
        let (noun, r) = r.split_once(' ')?;
        if !matches!(noun, "article" | "piece" | "analysis" | "commentary" | "essay" | "op-ed" | "story" | "report" | "column" | "post" | "interview") {
            return None;
        }
        let r = r.strip_prefix("was ").unwrap_or(r);
        let r = r.strip_prefix("first ").or_else(|| r.strip_prefix("originally ")).unwrap_or(r);
        let r = r.strip_prefix("published ").or_else(|| r.strip_prefix("appeared "))?;
        ["by ", "in ", "on ", "at "].iter().find_map(|p| r.strip_prefix(p))
    });
    let mut found: Option<(String, usize)> = None;
    for l in LEADS.iter().copied().chain(general.map(|r| &body[..body.len() - r.len()])) {
        if let Some(r) = body.strip_prefix(l) {
            let start = cut + (body.len() - r.len());
            let orig = trimmed.get(start..).unwrap_or("");
            let orig = orig.strip_prefix("the ").unwrap_or(orig);
            if let Some((name, _)) = name_prefix(orig, 8) {
                found = Some((name, start));
            }
            break;
        }
    }
    // ("From Wikipedia, the free encyclopedia": a reference work's tagline.)
    if found.is_none() && body.starts_with("from ") && (body.ends_with(", the free encyclopedia") || body.ends_with(", the free online encyclopedia")) {
        let orig = trimmed.get(5..).unwrap_or("");
        let orig = orig.strip_prefix("the ").unwrap_or(orig);
        if let Some((name, _)) = name_prefix(orig, 6) {
            found = Some((name, 5));
        }
    }
    if found.is_none() && cut > 0 {
        // "Source: Reuters"
        let orig = trimmed.get(cut..).unwrap_or("");
        if let Some((name, len)) = name_prefix(orig, 6) {
            if orig[len..].trim().is_empty() {
                found = Some((name, cut));
            }
        }
    }
    found
}

/// News agencies that sign wire copy: a dateline naming one may carry a date or a country
/// ("NAIROBI, March 3 (Reuters) -", "BAKU, Azerbaijan (AP) —"), and a closing line may be the
/// agency alone ("— AFP").
const AGENCIES: &[&str] = &[
    "Reuters", "AP", "AFP", "Xinhua", "Bloomberg", "UPI", "dpa", "DPA", "Kyodo", "Yonhap", "TASS", "Interfax", "Anadolu", "ANI", "PTI", "EFE", "ANSA", "IANS",
    "Bernama", "Antara", "KCNA", "Sputnik", "WAM", "SPA", "IRNA", "MENA", "Prensa Latina", "Associated Press", "Agence France-Presse",
];

/// The reporter a wire story's closing sign-off names ("Reporting by Jane Mwangi; Editing by
/// Peter Graff"), in its last three lines.
fn sign_off_author(text: &str) -> Option<String> {
    // (A correction note may follow it.)
    text.lines().rev().filter(|l| !l.trim().is_empty()).take(3).find_map(|l| {
        // ("(Reporting by Amira Saleh; Editing by Helen Rowe)")
        let rest = l.trim().trim_start_matches('(').strip_prefix("Reporting by ")?;
        let (name, len) = byline_names(rest)?;
        let after = rest[len..].trim_start();
        ((2..=6).contains(&name.split_whitespace().count()) && (after.is_empty() || after.starts_with([';', ')']) || signed_where(after))).then_some(name)
    })
}

/// The names a byline or sign-off opens with and their byte length in `rest`, each reporter's
/// place left out: "Ines Valcourt in The Hague and Yousif Abdelrahim in Port Sudan" is "Ines
/// Valcourt and Yousif Abdelrahim" ("Jane Doe and John Roe" is read whole by [`name_prefix`]).
fn byline_names(rest: &str) -> Option<(String, usize)> {
    let (first, mut len) = name_prefix(rest, 6)?;
    let mut names = first;
    // (A place: capitalised words after "in" or "from", up to the next lower-case word.)
    let place_len = |p: &str| {
        let mut end = 0;
        for w in p.split_inclusive(' ') {
            let t = w.trim_end().trim_end_matches([',', ';', ')']);
            if !t.starts_with(char::is_uppercase) {
                break;
            }
            end += w.len();
            if t.len() != w.trim_end().len() {
                end -= w.len() - t.len();
                break;
            }
        }
        p.get(..end).map_or(0, |x| x.trim_end().len())
    };
    while let Some(after) = rest.get(len..) {
        let t = after.trim_start();
        let gap = after.len() - t.len();
        let Some(p) = t.strip_prefix("in ").or_else(|| t.strip_prefix("from ")) else { break };
        let pl = place_len(p);
        if pl == 0 {
            break;
        }
        len += gap + (t.len() - p.len()) + pl;
        // ("… in The Hague and Yousif Abdelrahim in Port Sudan": the next reporter.)
        let Some(next) = rest.get(len..).and_then(|r| r.strip_prefix(" and ")) else { break };
        let Some((name, nl)) = name_prefix(next, 4).filter(|(n, _)| (2..=4).contains(&n.split_whitespace().count())) else { break };
        names = format!("{names} and {name}");
        len += 5 + nl;
    }
    Some((names, len))
}

/// Whether a sign-off goes on with where its reporter filed from or a second reporter: "Reporting
/// by Dana Khalil in Muscat and Reza Tavakoli in Dubai".
fn signed_where(after: &str) -> bool {
    after.starts_with("in ") || after.starts_with("and ") || after.starts_with("from ")
}

/// Whether the story closes with a line that names its reporter or its agency: the claim is
/// told there, with the fuller name, rather than at the dateline.
fn closing_credit(text: &str) -> bool {
    sign_off_author(text).is_some() || text.lines().rev().find(|l| !l.trim().is_empty()).and_then(|l| agency_line(l.trim())).is_some()
}

/// The agency a wire story's dateline names, in its first three lines (five for a dateline alone
/// on its line, under a headline, a standfirst and a byline).
fn doc_agency(text: &str) -> Option<String> {
    // (Blank lines do not count: "headline / By Lena Haddad / ADEN, … (Meridian Press) -".)
    text.lines().filter(|l| !l.trim().is_empty()).take(5).enumerate().filter(|(k, l)| *k < 3 || l.trim_end().ends_with(')')).map(|(_, l)| l).find_map(|l| dateline(l.trim_start()).and_then(|d| spelled_out(d.0, text)))
}

/// A dateline's agency as the story names it: initials the masthead spells out ("SAHEL INFO
/// AGENCE" over "BAMAKO, 8 April 2025 (SIA) -") are the masthead's name; initials no known agency
/// has and the masthead does not spell out name no one.
fn spelled_out(agency: String, text: &str) -> Option<String> {
    let initials = (2..=5).contains(&agency.len()) && agency.chars().all(|c| c.is_ascii_uppercase()) && !AGENCIES.contains(&agency.as_str());
    if !initials {
        return Some(agency);
    }
    masthead_publisher(text).filter(|m| initials_of(m) == agency)
}

/// A closing line that is an agency's name alone ("— AFP", "-- Reuters"; dashes are normalised
/// to "-").
fn agency_line(trimmed: &str) -> Option<String> {
    let t = trimmed.trim_start_matches(|c: char| c.is_whitespace() || c == '-').trim_end_matches(['.', ' ']);
    // ("The Associated Press")
    let t = t.strip_prefix("The ").unwrap_or(t);
    AGENCIES.contains(&t).then(|| t.to_string())
}

/// "CITY (Agency) - " within the first 70 bytes: the agency and the byte span of "(Agency)".
fn dateline(text: &str) -> Option<(String, usize, usize)> {
    // (The first 70 bytes, cut at a character's edge.)
    let cut = (0..=text.len().min(70)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let head = &text[..cut];
    let open = head.find('(')?;
    let close = open + head.get(open..)?.find(')')?;
    let inner = head.get(open + 1..close)?.trim();
    let after = text.get(close + 1..)?.trim_start();
    // ("ISLAMABAD/KABUL, 21 August 2025 (Frontier Wire)": a dated dateline alone on its line.)
    let alone = after.is_empty() || text.get(close + 1..).is_some_and(|r| r.starts_with('\n') || r.starts_with("\r\n"));
    let dash = after.starts_with('-') || after.starts_with('\u{2014}') || after.starts_with('\u{2013}');
    let before = head.get(..open)?.trim();
    let city = !before.is_empty() && before.chars().all(|c| c.is_uppercase() || c == ' ' || c == ',' || c == '.');
    // (A known agency's dateline may add a date or a country after the city; any agency's a
    // date: "DJIBOUTI, Feb 19 (Meridian Wire) -".)
    let city_then = || {
        let mut parts = before.split(',');
        let first = parts.next().unwrap_or("");
        // ("ADEN, Yemen, Feb. 20, 2024 (Meridian Press) -": a country before the date and a
        // year after it too.)
        let rest: Vec<&str> = parts.map(str::trim).collect();
        // ("Feb 19", and "8 April 2025" day first with its year.)
        let month_day = |d: &str| {
            let w: Vec<&str> = d.split_whitespace().collect();
            let month = |m: &str| realign_core::month_from_name(m.trim_end_matches('.')).is_some();
            let number = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit());
            match w.as_slice() {
                [m, n] => month(m) && number(n) || number(n) && month(m) || number(m) && month(n),
                [n, m, y] => number(n) && n.len() <= 2 && month(m) && number(y) && y.len() == 4,
                _ => false,
            }
        };
        let dated = rest.iter().position(|d| month_day(d)).is_some_and(|k| {
            let country = |d: &str| !d.is_empty() && d.split_whitespace().count() <= 3 && d.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
            let year = |d: &str| d.len() == 4 && d.chars().all(|c| c.is_ascii_digit());
            k <= 1 && rest[..k].iter().all(|d| country(d)) && rest[k + 1..].iter().all(|d| year(d)) && rest.len() <= k + 2
        });
        // (An unknown name must read as an agency's, not a wire tag: "(Update 2)".)
        // ("Nordwire", "Gulfnews": one word that ends in one.)
        let agency_like = inner.split_whitespace().any(|w| {
            matches!(w, "Wire" | "Newswire" | "News" | "Press" | "Agency" | "Service" | "Media" | "Dispatch" | "Bureau" | "Network")
                || (w.len() > 6 && w.starts_with(char::is_uppercase) && ["wire", "news", "press"].iter().any(|t| w.ends_with(t)))
        })
            && !inner.contains(|c: char| c.is_ascii_digit())
            // ("BAMAKO, 8 April 2025 (SIA) -": an agency's initials, the masthead's name.)
            || (2..=5).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase());
        first.len() >= 3 && first.chars().all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '/') && (AGENCIES.contains(&inner) || (dated && agency_like))
    };
    // ("(Bloomberg) -- The US sanctioned…": a known agency opening the story, no city.)
    let agency_opens = before.is_empty() && AGENCIES.contains(&inner);
    let words = inner.split_whitespace().count();
    let cap = inner.chars().next().is_some_and(|c| c.is_uppercase());
    ((dash && (city || city_then() || agency_opens) || alone && city_then()) && cap && (1..=3).contains(&words)).then(|| (inner.to_string(), open, close + 1))
}

/// The initials of a name's capitalised words: "Sahel Info Agence" → "SIA".
fn initials_of(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
}

/// A byline right after a dateline's dash, alone on the rest of its line: "ANKARA, Oct 14, 2019
/// (Meridian Wire) - By Selin Aydemir".
fn dateline_byline(after: &str) -> Option<String> {
    let line = after.lines().next().unwrap_or("");
    let rest = line.trim_start().trim_start_matches(['-', '\u{2014}', '\u{2013}']).trim_start();
    let rest = rest.strip_prefix("By ")?;
    let (name, len) = name_prefix(rest, 6)?;
    ((2..=6).contains(&name.split_whitespace().count()) && rest[len..].trim().is_empty() && !name.split_whitespace().any(is_month_or_day)).then_some(name)
}

fn is_month_or_day(w: &str) -> bool {
    realign_core::month_from_name(w).is_some()
        || matches!(
            w.trim_end_matches(','),
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "Contrast" | "Then"
        )
}
