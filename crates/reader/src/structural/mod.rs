//! Structural claims: alliances, deployments, trade shares, transfers, dependence, stances
//! (including silence), quotes, recommendations and document facts, read from one sentence.

use realign_core::{Attribution, ClaimBody, PartialDate, Span};

use crate::sentence::Sentence;

/// One structural claim found in a sentence, before the pipeline wraps it in a
/// [`realign_core::Claim`] (adding doc id, sentence evidence and attribution).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Extracted {
    /// What is claimed.
    pub body: ClaimBody,
    /// The words that carry the claim, in document byte offsets.
    pub evidence: Span,
    /// When the claimed thing happened or took effect, if stated.
    pub date: Option<PartialDate>,
    /// Confidence 0–1 that the claim is read correctly.
    pub confidence: f32,
    /// Who asserts it, when it differs from the sentence's attribution (e.g. a quote's speaker).
    pub attribution: Option<Attribution>,
}

/// Every structural claim the sentence states, in order of appearance.
pub(crate) fn extract(_s: &Sentence) -> Vec<Extracted> {
    Vec::new()
}
