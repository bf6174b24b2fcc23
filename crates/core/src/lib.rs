//! Value types shared by every realign crate: actors, dates, quantities, spans, documents and claims.
//!
//! These are plain data: no I/O, no database, no text analysis. Every other crate speaks in these
//! types at its boundary (the reader produces [`Claim`]s, the store keeps them, the World is built
//! from them). JSON field names follow the seed-gold format of `shared/README.md` where one exists,
//! so a stored claim serialises to what an analyst would write by hand.

mod claim;
mod date;
pub mod describe;
mod document;
mod plover;
mod quantity;

pub use claim::{
    AllianceClaim, Attribution, AttributionKind, Claim, ClaimBody, ClaimKind, DependenceClaim, DeploymentClaim,
    DocumentClaim, EventClaim, Evidence, Obligation, QuoteClaim, RecommendationClaim, StanceClaim, TradeShareClaim,
    TransferClaim,
};
pub use date::{month_from_name, DateError, PartialDate};
pub use document::{content_hash, Document, DocId};
pub use plover::{Plover, QuadClass};
pub use quantity::{Money, Qualifier, Quantity};

/// A half-open byte range `[start, end)` into a document's (normalised) text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize, serde::Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
    /// The text this span covers, if it lies on character boundaries inside `text`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// What kind of thing an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A sovereign or de-facto state (ISO 3166-1 alpha-3 code; Kosovo XKX).
    State,
    /// An intergovernmental organisation (UN, NATO, ASEAN…).
    Igo,
    /// A part of a state's government (foreign ministry, State Department…).
    GovBody,
    /// A named person.
    Person,
    /// A non-state group (armed group, party, company).
    Group,
}

/// A reference to an actor as a claim uses it: the resolved code plus how the text named it.
///
/// `code` is the country's ISO 3166-1 alpha-3 code for states *and* for anything affiliated with a
/// state (its ministries, officials, troops), so that analyses aggregate by state; `kind`, `name`
/// and `sector` keep the finer detail ("Russian President Vladimir Putin" → code RUS, kind Person,
/// name "Vladimir Putin", role "president").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct ActorRef {
    /// ISO3 (states and their parts), or an IGO code such as `NATO`, `UNO`, `EU`, `ASEAN`.
    pub code: String,
    /// What the mention refers to.
    pub kind: ActorKind,
    /// The canonical name of the specific entity (person, ministry…), when finer than `code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Role of a person or body ("president", "foreign minister", "military").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Sector in CAMEO/PLOVER terms (GOV, MIL, BUS, MED…), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
}

impl ActorRef {
    /// A state (or IGO) referred to by its code alone.
    pub fn state(code: impl Into<String>) -> Self {
        ActorRef { code: code.into(), kind: ActorKind::State, name: None, role: None, sector: None }
    }
}

/// Severity of a [`Diagnostic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing (e.g. a sentence with actors but no codable event).
    Info,
    /// Something was skipped or guessed.
    Warning,
    /// The input could not be read at all.
    Error,
}

/// Something the reader or an importer wants the user to know about an input; never a panic.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    /// How serious.
    pub severity: Severity,
    /// Where in the document, when it concerns a span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// What happened, in plain words.
    pub message: String,
}
