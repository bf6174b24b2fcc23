//! Who asserts what a sentence says: the reporter, a named source ("South Korea's spy agency
//! said", "according to X", "says Victor Cha") or an unnamed one ("reportedly", "officials said").

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use realign_core::{Attribution, AttributionKind};

use crate::normalize::find_ci;
use crate::sentence::ActorMention;

const REPORTING: &[&str] = &[
    " said", " says", " told ", " announced", " according to ", " confirmed", " stated", " added", " claimed",
    " estimated", " estimates", " reported", " insisted", " noted", " warned", " put the figure", " puts the figure",
    " put the number", " puts the number", " put the total", " puts the total",
];
const UNNAMED: &[&str] = &[
    "reportedly", "according to reports", "reports say", "reports said", "it is reported", "sources said",
    "sources say", "allegedly", "is said to", "are said to", "was said to", "were said to", "officials said",
    "officials say", "according to officials", "according to sources", "according to media",
    // ("Analysts said the United States should…": the experts speak, not the state they name.)
    "analysts said", "analysts say", "experts said", "experts say", "diplomats said", "diplomats say",
    "observers said", "observers say",
];

/// One case-insensitive automaton per phrase list, built once.
fn automaton(list: &'static [&'static str], slot: &'static OnceLock<Option<AhoCorasick>>) -> Option<&'static AhoCorasick> {
    slot.get_or_init(|| AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(MatchKind::LeftmostFirst).kind(Some(AhoCorasickKind::DFA)).build(list).ok())
        .as_ref()
}

fn reporting() -> Option<&'static AhoCorasick> {
    static M: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    automaton(REPORTING, &M)
}

fn unnamed() -> Option<&'static AhoCorasick> {
    static M: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    automaton(UNNAMED, &M)
}

/// The attribution of a sentence whose text is `text` (sentence-relative offsets) and whose
/// actors are `actors` (document offsets; `base` is the sentence start).
pub(crate) fn attribute(text: &str, base: usize, actors: &[ActorMention]) -> Attribution {
    // One pass each over the sentence; the earliest reporting verb wins.
    let reporting = reporting().and_then(|m| m.find(text)).map(|m| (m.start(), m.end() - m.start()));
    let is_unnamed = unnamed().is_some_and(|m| m.is_match(text));
    if let Some((pos, len)) = reporting {
        // The named source: the actor mention closest to the reporting verb, within 60 bytes;
        // before it ("A Pentagon spokesman said Iran had…" is the Pentagon's word, not Iran's),
        // unless the source follows ("according to X", "said X").
        let at = base + pos;
        let follows = text[pos..pos + len].trim() == "according to";
        // ("Japan, which has supplied the Philippine coast guard with patrol vessels, said…": not
        // a state inside the relative clause between the source and its verb.)
        let head = &text[..pos];
        let aside = if head.trim_end().ends_with(',') {
            [", which ", ", who "].iter().filter_map(|w| head.rfind(w)).max().filter(|&w| actors.iter().any(|m| m.span.end <= base + w))
        } else {
            None
        };
        let near = actors
            .iter()
            .filter(|m| m.span.end + 60 >= at && m.span.start <= at + len + 60)
            .filter(|m| aside.map_or(true, |w| !(m.span.start >= base + w && m.span.end <= at)))
            .min_by_key(|m| {
                let before = m.span.end <= at;
                let distance = if before { at - m.span.end } else { m.span.start.saturating_sub(at + len) };
                (before == follows, distance)
            })
            // (The clause's subject stands before the relative clause, however long it is.)
            .or_else(|| aside.and_then(|w| actors.iter().rev().find(|m| m.span.end <= base + w)));
        // ("Pakistan's military media wing, Inter-Services Public Relations (ISPR), said Afghan
        // fighters opened fire": a subject named before a long appositive speaks, not the state
        // the reported clause opens with.)
        let near = match near {
            Some(m) if m.span.start > at && !follows => actors
                .iter()
                .rev()
                .find(|b| {
                    b.span.end <= at
                        && b.span.end + 160 >= at
                        && text.get(b.span.end.saturating_sub(base)..pos).is_some_and(|gap| {
                            gap.trim_end().ends_with([',', ')']) && gap.contains(", ") && !gap.contains(['"', '\u{201c}', '\u{201d}', '.', ';'])
                        })
                })
                .or(Some(m)),
            other => other,
        };
        if let Some(m) = near {
            if !is_unnamed || m.actor.name.is_some() {
                let who = m.actor.name.clone().unwrap_or_else(|| m.actor.code.clone());
                return Attribution { kind: AttributionKind::Named, who: Some(who), actor: Some(m.actor.clone()) };
            }
        }
        if let Some(p) = find_ci(text, "according to ") {
            let rest = &text[p + 13..];
            let name: String = rest
                .split_whitespace()
                .take_while(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
                .take(5)
                .collect::<Vec<_>>()
                .join(" ");
            let name = name.trim_end_matches(|c: char| !c.is_alphanumeric()).to_string();
            if !name.is_empty() {
                return Attribution { kind: AttributionKind::Named, who: Some(name), actor: None };
            }
        }
    }
    if is_unnamed {
        return Attribution { kind: AttributionKind::Unnamed, who: None, actor: None };
    }
    Attribution::reporter()
}
