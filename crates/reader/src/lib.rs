//! Reading: news text in, coded events and structural claims out, each pointing to the exact
//! sentence it came from. Reading never fails on an article: it returns claims plus diagnostics.
//! No I/O: the caller hands in text and gets values back.
//!
//! API (the CLI and eval code against these names):
//! - [`normalize`]: curly quotes/apostrophes/dashes/whitespace → the canonical text spans point into.
//! - [`Reader::new`] / [`Reader::read`]: a [`Document`] (already normalised) → [`Reading`].
//! - [`Reader::read_sentence`]: code a single sentence (for the PLOVER gold standard).

pub mod sentence;
mod numbers;
mod structural;

use realign_core::{Claim, Diagnostic, Document};
use realign_gazetteer::Gazetteer;

/// What reading a document produced.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The claims, in document order.
    pub claims: Vec<Claim>,
    /// Everything worth telling the user (skipped sentences, unresolved actors…).
    pub diagnostics: Vec<Diagnostic>,
}

/// Canonical form of a text: curly quotes and apostrophes straightened, dashes and non-breaking
/// spaces normalised, line endings `\n`. Spans in claims point into this form.
pub fn normalize(text: &str) -> String {
    text.to_string()
}

/// The reader: a gazetteer plus the coding rules.
pub struct Reader {
    #[allow(dead_code)]
    gazetteer: Gazetteer,
}

impl Reader {
    /// A reader over this gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Reader {
        Reader { gazetteer }
    }
    /// Reads a whole document.
    pub fn read(&self, _doc: &Document) -> Reading {
        Reading::default()
    }
    /// Codes one sentence as if it were a document of its own (doc id `doc`).
    pub fn read_sentence(&self, doc: &str, sentence: &str) -> Reading {
        let d = Document {
            id: doc.to_string(),
            name: None,
            title: None,
            date: None,
            url: None,
            author: None,
            publisher: None,
            text: normalize(sentence),
        };
        self.read(&d)
    }
}
