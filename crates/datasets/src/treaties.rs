//! Treaties the analyst enters: alliances ATOP does not have yet (it ends in 2018), or ones read
//! elsewhere, in a TOML file of `[[treaty]]` tables.
//!
//! ```toml
//! [[treaty]]
//! name = "Treaty on Comprehensive Strategic Partnership"
//! parties = ["RUS", "PRK"]          # ISO3 codes, two or more
//! signed = "2024-06-19"             # YYYY, YYYY-MM or YYYY-MM-DD
//! obligations = ["defense"]         # defense, offense, neutrality, nonaggression, consultation
//! source = "Article 4; KCNA text of 20 June 2024"
//!
//! [[treaty]]
//! name = "Warsaw Pact"
//! parties = ["RUS", "POL", "CSK", "DDR", "HUN", "ROU", "BGR"]
//! signed = "1955-05-14"
//! terminated = "1991-07-01"         # optional: a World after this date no longer holds it
//! obligations = ["defense", "consultation"]
//! ```
//!
//! The file is stored as a document of its own and each treaty as an alliance claim whose
//! evidence is its `[[treaty]]` block, so `realign show` prints the analyst's own entry and its
//! `source` line; the World holds it from `signed` to `terminated`, next to ATOP's rows.
//! Re-importing the same file adds nothing; importing an edited file adds what it now says (the
//! same treaty again is another source of it, a changed one a new claim, flagged if it conflicts)
//! and removes nothing already stored. A treaty with a bad field is rejected with its line; the
//! others are imported.

use std::path::Path;

use realign_core::{content_hash, ActorKind, ActorRef, AllianceClaim, Attribution, Claim, ClaimBody, Document, Evidence, Obligation, PartialDate, Span};

use crate::{source, ImportError, ImportReport, RowError};

/// The `[[treaty]]` blocks of `text`: (byte span, 1-based line of the header).
fn blocks(text: &str) -> Vec<(Span, u64)> {
    let mut starts: Vec<(usize, u64)> = Vec::new();
    let mut at = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if line.trim() == "[[treaty]]" {
            starts.push((at, i as u64 + 1));
        }
        at += line.len();
    }
    starts
        .iter()
        .enumerate()
        .map(|(k, &(s, line))| {
            let end = starts.get(k + 1).map_or(text.len(), |n| n.0);
            (Span::new(s, text[..end].trim_end().len().max(s)), line)
        })
        .collect()
}

/// Reads the treaties of `text` (the contents of `path`) as alliance claims of document `doc`.
/// Bad treaties go to `rejected`; a file that is not TOML, or has no `[[treaty]]`, is an error.
pub fn parse(text: &str, path: &Path, doc: &str, rejected: &mut Vec<RowError>) -> Result<Vec<Claim>, ImportError> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| ImportError::Layout {
        path: path.to_path_buf(),
        line: e.span().map_or(1, |s| text[..s.start.min(text.len())].matches('\n').count() as u64 + 1),
        message: e.message().to_string(),
    })?;
    let layout = |line: u64, message: &str| ImportError::Layout { path: path.to_path_buf(), line, message: message.to_string() };
    if let Some(k) = table.keys().find(|k| k.as_str() != "treaty") {
        return Err(layout(1, &format!("unexpected key {k:?}: the file holds [[treaty]] tables only")));
    }
    let Some(list) = table.get("treaty").and_then(|t| t.as_array()) else {
        return Err(layout(1, "no [[treaty]] table"));
    };
    let spans = blocks(text);
    if spans.len() != list.len() {
        return Err(layout(1, "write each treaty as a [[treaty]] table on a line of its own"));
    }
    let gazetteer = realign_gazetteer::Gazetteer::builtin();
    let mut out = Vec::new();
    for (t, (span, line)) in list.iter().zip(spans) {
        let mut reject = |reason: String| rejected.push(RowError { file: path.to_path_buf(), line, reason });
        let Some(t) = t.as_table() else {
            reject("a treaty must be a table".into());
            continue;
        };
        if let Some(k) = t.keys().find(|k| !matches!(k.as_str(), "name" | "parties" | "signed" | "terminated" | "in_force" | "obligations" | "source")) {
            reject(format!("unknown field {k:?} (name, parties, signed, terminated, in_force, obligations, source)"));
            continue;
        }
        let strings = |key: &str| -> Option<Vec<String>> {
            t.get(key)?.as_array()?.iter().map(|v| v.as_str().map(str::to_string)).collect()
        };
        let Some(parties) = strings("parties") else {
            reject("parties: expected a list of ISO3 codes, such as [\"RUS\", \"PRK\"]".into());
            continue;
        };
        let mut refs: Vec<ActorRef> = Vec::new();
        let mut bad = None;
        for p in &parties {
            let code = p.trim().to_ascii_uppercase();
            let known = gazetteer.by_code(&code).map(|id| gazetteer.entity(id)).is_some_and(|e| e.kind == ActorKind::State) || realign_gazetteer::former::is_former_state(&code);
            if !known {
                bad = Some(format!("parties: {p:?} is not a state's ISO3 code"));
                break;
            }
            if !refs.iter().any(|r| r.code == code) {
                refs.push(ActorRef::state(code));
            }
        }
        if let Some(b) = bad {
            reject(b);
            continue;
        }
        if refs.len() < 2 {
            reject("parties: a treaty needs two or more states".into());
            continue;
        }
        let date = |key: &str| -> Result<Option<PartialDate>, String> {
            match t.get(key) {
                None => Ok(None),
                Some(v) => {
                    // (A quoted date, or a TOML date written bare: `signed = 2024-06-19`.)
                    let s = v.as_str().map(str::to_string).or_else(|| v.as_datetime().map(|d| d.to_string())).unwrap_or_else(|| v.to_string());
                    PartialDate::parse(&s).map(Some).map_err(|_| format!("{key}: {s:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
                }
            }
        };
        let (signed, terminated) = match (date("signed"), date("terminated")) {
            (Ok(s), Ok(e)) => (s, e),
            (Err(e), _) | (_, Err(e)) => {
                reject(e);
                continue;
            }
        };
        if let (Some(s), Some(e)) = (signed, terminated) {
            if e < s {
                reject(format!("terminated {e} is before signed {s}"));
                continue;
            }
        }
        // (A list, one word alone, or none.)
        let one = || t.get("obligations").and_then(|v| v.as_str()).map(|w| vec![w.to_string()]);
        let Some(words) = strings("obligations").or_else(one).or_else(|| t.get("obligations").is_none().then(Vec::new)) else {
            reject("obligations: expected a list such as [\"defense\", \"consultation\"]".into());
            continue;
        };
        let obligations: Result<Vec<Obligation>, String> = words
            .iter()
            .map(|w| Obligation::from_word(w).ok_or_else(|| format!("obligations: unknown {w:?} (defense, offense, neutrality, nonaggression, consultation)")))
            .collect();
        let mut obligations = match obligations {
            Ok(o) => o,
            Err(e) => {
                reject(e);
                continue;
            }
        };
        obligations.sort();
        obligations.dedup();
        let name = t.get("name").and_then(|v| v.as_str()).map(str::to_string);
        let in_force = t.get("in_force").and_then(|v| v.as_bool());
        let block = text[span.start..span.end].to_string();
        out.push(Claim {
            doc: doc.to_string(),
            body: ClaimBody::Alliance(AllianceClaim { parties: refs, obligations, signed, in_force, terminated, name }),
            date: signed,
            evidence: Evidence { span, sentence_span: span, sentence: block },
            attribution: Attribution::reporter(),
            confidence: 1.0,
        });
    }
    Ok(out)
}

/// Imports a treaty file: one document, one alliance claim per treaty.
pub(crate) fn import(store: &mut realign_store::Store, path: &Path) -> Result<ImportReport, ImportError> {
    let mut raw = String::new();
    std::io::Read::read_to_string(&mut source::open(path)?, &mut raw).map_err(|e| ImportError::Io { path: path.to_path_buf(), source: e })?;
    let doc_id = content_hash(&raw);
    let mut rejected = Vec::new();
    let claims = parse(&raw, path, &doc_id, &mut rejected)?;
    let name = source::file_name(path);
    let doc = Document {
        id: doc_id,
        name: Some(name.clone()),
        title: Some(format!("Treaties entered by the analyst ({name})")),
        date: None,
        url: None,
        author: None,
        publisher: None,
        text: raw,
    };
    let outcome = store.ingest_document(&doc, &claims)?;
    let added = if outcome.new { claims.len() as u64 } else { 0 };
    Ok(ImportReport {
        dataset: "treaties".into(),
        files: vec![path.to_path_buf()],
        rows_read: claims.len() as u64 + rejected.len() as u64,
        rows_added: added,
        rows_unchanged: claims.len() as u64 - added,
        rejected,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# our desk's treaties\n\
[[treaty]]\n\
name = \"Treaty on Comprehensive Strategic Partnership\"\n\
parties = [\"RUS\", \"PRK\"]\n\
signed = \"2024-06-19\"\n\
obligations = [\"defence\"]\n\
source = \"Article 4\"\n\
\n\
[[treaty]]\n\
parties = [\"RUS\", \"XXX\"]\n\
signed = \"2024\"\n\
\n\
[[treaty]]\n\
name = \"Warsaw Pact\"\n\
parties = [\"RUS\", \"POL\", \"DDR\", \"CSK\"]\n\
signed = \"1955-05-14\"\n\
terminated = \"1991-07-01\"\n\
obligations = [\"defense\", \"consultation\"]\n\
\n\
[[treaty]]\n\
parties = [\"FRA\", \"DEU\"]\n\
signed = \"June 2024\"\n\
obligations = [\"friendship\"]\n\
\n\
[[treaty]]\n\
parties = [\"FRA\", \"DEU\"]\n\
signed = \"2024\"\n\
terminated = \"2020\"\n";

    #[test]
    fn treaties_become_alliance_claims_whose_evidence_is_their_block() {
        let mut bad = Vec::new();
        let claims = parse(FILE, Path::new("t.toml"), "doc", &mut bad).unwrap();
        assert_eq!(claims.len(), 2);
        let ClaimBody::Alliance(a) = &claims[0].body else { panic!("{:?}", claims[0]) };
        assert_eq!(a.parties.iter().map(|p| p.code.as_str()).collect::<Vec<_>>(), ["RUS", "PRK"]);
        assert_eq!((a.obligations.as_slice(), a.signed.map(|d| d.to_string())), (&[Obligation::Defense][..], Some("2024-06-19".into())));
        assert_eq!(claims[0].date, a.signed);
        let ev = &claims[0].evidence;
        assert_eq!(&FILE[ev.span.start..ev.span.end], ev.sentence);
        assert!(ev.sentence.starts_with("[[treaty]]") && ev.sentence.ends_with("source = \"Article 4\""), "{:?}", ev.sentence);
        let ClaimBody::Alliance(w) = &claims[1].body else { panic!() };
        assert_eq!(w.terminated.map(|d| d.to_string()), Some("1991-07-01".into()));
        // Each bad treaty is named by its header's line, with what is wrong.
        let lines: Vec<(u64, bool)> = bad.iter().map(|e| (e.line, e.reason.contains("XXX") || e.reason.contains("June 2024") || e.reason.contains("friendship") || e.reason.contains("before signed"))).collect();
        assert_eq!(lines, vec![(9, true), (20, true), (25, true)], "{bad:?}");
    }

    #[test]
    fn a_bare_toml_date_is_a_date_and_one_obligation_need_not_be_a_list() {
        let mut bad = Vec::new();
        let claims = parse("[[treaty]]\nparties = [\"RUS\", \"PRK\"]\nsigned = 2024-06-19\nterminated = 2030-01-01\nobligations = \"defense\"\n", Path::new("t.toml"), "d", &mut bad).unwrap();
        assert!(bad.is_empty(), "{bad:?}");
        let ClaimBody::Alliance(a) = &claims[0].body else { panic!() };
        assert_eq!(a.obligations, [Obligation::Defense], "one obligation may be written alone");
        assert_eq!((a.signed.map(|d| d.to_string()), a.terminated.map(|d| d.to_string())), (Some("2024-06-19".into()), Some("2030-01-01".into())));
    }

    #[test]
    fn a_file_that_is_not_a_treaty_list_is_a_layout_error_with_its_line() {
        let e = parse("[[treaty]]\nparties = [\"RUS\",\n", Path::new("t.toml"), "d", &mut Vec::new()).unwrap_err().to_string();
        assert!(e.starts_with("t.toml:"), "{e}");
        let e = parse("[alliance]\nparties = []\n", Path::new("t.toml"), "d", &mut Vec::new()).unwrap_err().to_string();
        assert!(e.contains("[[treaty]]"), "{e}");
    }
}
