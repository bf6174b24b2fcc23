//! A sentence as the extractors see it: its text, its place in the document and the actors
//! recognised in it. Built by the pipeline in `lib.rs`; read by `events` and `structural`.

use realign_core::{ActorRef, Attribution, Document, PartialDate, Span};

/// An actor recognised in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    /// Where, in document byte offsets.
    pub span: Span,
    /// Who, resolved.
    pub actor: ActorRef,
    /// True when resolved by coreference ("the two countries", "its") rather than by name.
    pub coreferent: bool,
    /// True when the mention names people or an organisation of a state (a demonym phrase such as
    /// "Croatian extremists", a person, a government body, a group) rather than the state itself:
    /// such a mention can be the target of its own state's actions (domestic events).
    pub people: bool,
    /// True when the mention is a place inside a state (a capital, city or region: "Kursk",
    /// "Damascus") rather than the state's name: it can say where something happens.
    pub place: bool,
}

/// One sentence of a document, with what the pipeline knows about it.
#[derive(Debug, Clone)]
pub struct Sentence<'d> {
    /// The document (spans index `doc.text`).
    pub doc: &'d Document,
    /// The sentence's span in `doc.text`.
    pub span: Span,
    /// Index of the sentence in the document (0-based).
    pub index: usize,
    /// Actors mentioned, in order of appearance.
    pub actors: Vec<ActorMention>,
    /// Who asserts what the sentence says (reporter, a named source, "reportedly").
    pub attribution: Attribution,
    /// The date the sentence's claims most likely refer to, if stated in it (else None).
    pub date: Option<PartialDate>,
    /// The document's home state, when its wire dateline names one ("NAIROBI, Feb 2 (Wire) -"):
    /// an unnamed government, army or police in a sentence naming no state is its.
    pub home: Option<String>,
    /// The person a "he" or "she" of this sentence refers to, as the document's discourse knows
    /// it (the one person the last sentence naming people opened with or named alone).
    pub last_person: Option<realign_core::ActorRef>,
}

impl<'d> Sentence<'d> {
    /// The sentence's text.
    pub fn text(&self) -> &'d str {
        self.span.slice(&self.doc.text).unwrap_or("")
    }
    /// The document text covered by a span (empty if the span is out of range).
    pub fn slice(&self, span: Span) -> &'d str {
        span.slice(&self.doc.text).unwrap_or("")
    }
    /// Actors whose mention lies inside `span`.
    pub fn actors_in(&self, span: Span) -> impl Iterator<Item = &ActorMention> {
        self.actors.iter().filter(move |m| m.span.start >= span.start && m.span.end <= span.end)
    }
}
