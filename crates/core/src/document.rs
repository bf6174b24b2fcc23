//! Source documents.

use sha2::{Digest, Sha256};

/// A document's identity: the first 16 hex digits of the SHA-256 of its normalised text, so the
/// same article ingested twice (under any file name) is recognised.
pub type DocId = String;

/// The content hash realign uses as a [`DocId`].
pub fn content_hash(text: &str) -> DocId {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// An article or other source text, as stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Document {
    /// Content hash of `text` (see [`content_hash`]).
    pub id: DocId,
    /// The caller's own id or file name, when given ("003_803cd4cf37ec6ea2.txt").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<crate::PartialDate>,
    /// Where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Author, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publisher, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The normalised text all spans point into.
    pub text: String,
}

impl Document {
    /// A document of `text` alone (already normalised), with no title, date or source.
    pub fn from_text(id: impl Into<DocId>, text: impl Into<String>) -> Document {
        Document { id: id.into(), name: None, title: None, date: None, url: None, author: None, publisher: None, text: text.into() }
    }
}
