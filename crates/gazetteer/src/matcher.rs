//! The alias automaton: one Aho-Corasick automaton (leftmost-longest, ASCII case-insensitive)
//! plus per-pattern checks (case, word boundaries, given-name guard) and body attachment.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};
use realign_core::ActorKind;

use crate::{EntityId, Inner, Mention, MentionForm};

/// What a pattern resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// An entity.
    Entity(EntityId),
    /// A blocker: matched, then dropped.
    Block,
    /// Names several entities equally well: dropped.
    Ambiguous,
}

/// One compiled alias.
#[derive(Debug, Clone)]
pub(crate) struct Pat {
    pub(crate) text: String,
    pub(crate) target: Target,
    pub(crate) form: MentionForm,
    /// Written wholly in capitals (an acronym): must match exactly.
    pub(crate) exact: bool,
    /// Also a common given name / place: guard against person names.
    pub(crate) risky: bool,
    pub(crate) prio: u8,
}

impl Pat {
    pub(crate) fn new(text: String, target: Target, form: MentionForm, risky: bool, prio: u8) -> Pat {
        let has_upper = text.bytes().any(|b| b.is_ascii_uppercase());
        let has_lower = text.chars().any(|c| c.is_lowercase());
        Pat { exact: has_upper && !has_lower, text, target, form, risky, prio }
    }
}

/// The compiled matcher.
#[derive(Debug)]
pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    pats: Vec<Pat>,
}

/// Capitalised words that may follow a given-name-like country name without making it a person
/// ("Jordan King Abdullah", "Chad President Déby", "Georgia Foreign Ministry").
const OK_AFTER: &[&str] = &[
    "President", "Prime", "King", "Queen", "Foreign", "Defence", "Defense", "Government", "Army", "Ministry",
    "Minister", "Military", "Armed", "Embassy", "Parliament", "Crown", "Interior", "State", "National", "Air",
    "Navy", "Border", "Security", "Central", "Supreme", "Premier", "Chancellor", "Secretary", "Officials",
    "Said", "Says", "And", "Or", "In", "On", "To", "For", "With", "Is", "Was", "Has", "Have", "Will", "Would",
    "Talks", "Summit", "Meets", "Visit", "Visits",
];

/// Capitalised only because they start a sentence ("In Washington, …").
const SENTENCE_STARTERS: &[&str] = &[
    "In", "The", "From", "To", "At", "For", "And", "But", "With", "Both", "Neither", "Meanwhile", "Like", "Unlike",
    "Why", "How", "When", "Where", "If", "While", "As", "On", "By", "Then", "Now", "Also", "Only", "Even", "Did",
    "Does", "Do", "Will", "Has", "Had", "Is", "Was", "Officials", "Inside", "Across", "Against", "After", "Before",
    "Since", "Until", "Under", "Over", "Within", "Without", "Between", "Beyond", "Outside", "Near", "Toward",
    "Towards", "Via", "Including", "Even", "Yet", "So", "Nor", "Or", "Said", "Says",
];

impl Matcher {
    pub(crate) fn new(pats: Vec<Pat>) -> Matcher {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(pats.iter().map(|p| p.text.as_str()))
            .ok();
        Matcher { ac, pats }
    }

    pub(crate) fn len(&self) -> usize {
        self.pats.len()
    }

    pub(crate) fn find(&self, text: &str, inner: &Inner) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        let Some(ac) = &self.ac else { return out };
        let bytes = text.as_bytes();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = ac.find(Input::new(text).span(pos..text.len())) else { break };
            let (s, e) = (m.start(), m.end());
            let Some(p) = self.pats.get(m.pattern().as_usize()) else { break };
            if accept(text, bytes, s, e, p) {
                if let Target::Entity(id) = p.target {
                    out.push(Mention { start: s, end: e, entity: id, form: p.form });
                }
                pos = e;
            } else {
                pos = s + text[s..].chars().next().map_or(1, char::len_utf8);
            }
        }
        attach_bodies(text, &mut out, inner);
        out
    }
}

fn accept(text: &str, bytes: &[u8], s: usize, e: usize, p: &Pat) -> bool {
    if text[..s].chars().next_back().is_some_and(is_word) || text[e..].chars().next().is_some_and(is_word) {
        return false;
    }
    let pb = p.text.as_bytes();
    let Some(tb) = bytes.get(s..e) else { return false };
    if pb.len() != tb.len() {
        return false;
    }
    if p.exact {
        if pb != tb {
            return false;
        }
    } else if pb.iter().zip(tb).any(|(a, b)| a.is_ascii_uppercase() && !b.is_ascii_uppercase()) {
        return false;
    }
    if p.risky && looks_like_person(text, s, e) {
        return false;
    }
    true
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// "George Washington", "Michael Jordan", "Chad Smith": a capitalised word right before (that is
/// not the first word of a sentence) or a capitalised word right after (not a title or verb).
fn looks_like_person(text: &str, s: usize, e: usize) -> bool {
    let before = &text[..s];
    if let Some(b) = before.strip_suffix(' ') {
        let word_start = b.rfind(|c: char| !is_word(c) && c != '.').map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
        let word = &b[word_start..];
        if is_capitalised(word) && !word.ends_with('.') {
            let prev = b[..word_start].trim_end();
            let sentence_initial = prev.is_empty() || prev.ends_with(['.', '!', '?', '"', ':', '\n']);
            if !(sentence_initial && SENTENCE_STARTERS.contains(&word)) {
                return true;
            }
        }
    }
    let after = &text[e..];
    if let Some(a) = after.strip_prefix(' ') {
        let word: &str = a.split(|c: char| !is_word(c)).next().unwrap_or("");
        if is_capitalised(word) && !OK_AFTER.contains(&word) && !word.chars().all(|c| c.is_uppercase()) {
            return true;
        }
    }
    false
}

/// Joins a generic body with an adjacent state ("China's Foreign Ministry", "the Japanese Defense
/// Ministry", "the Ministry of Foreign Affairs of Japan") into one mention of that state's body.
fn attach_bodies(text: &str, out: &mut Vec<Mention>, inner: &Inner) {
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let Some(e) = inner.entities.get(m.entity.0 as usize) else { i += 1; continue };
        if !(e.kind == ActorKind::GovBody && e.code.is_empty()) {
            i += 1;
            continue;
        }
        let role = e.role.clone().unwrap_or_default();
        let state_of = |k: usize| -> Option<String> {
            let pm = out.get(k)?;
            let pe = inner.entities.get(pm.entity.0 as usize)?;
            (pe.kind == ActorKind::State && pm.form != MentionForm::Person).then(|| pe.code.clone())
        };
        // Before: "<State> ", "<State>'s ", "<Demonym> ".
        if i > 0 {
            if let Some(code) = state_of(i - 1) {
                let gap = &text[out[i - 1].end..out[i].start];
                if matches!(gap, " " | "'s " | "\u{2019}s " | "' " | "\u{2019} ") {
                    if let Some(&b) = inner.generic_bodies.get(&(code, role.clone())) {
                        let start = out[i - 1].start;
                        let end = out[i].end;
                        out[i - 1] = Mention { start, end, entity: b, form: MentionForm::Body };
                        out.remove(i);
                        continue;
                    }
                }
            }
        }
        // After: " of <State>", " of the <State>".
        if let Some(code) = state_of(i + 1) {
            let gap = &text[out[i].end..out[i + 1].start];
            if matches!(gap, " of " | " of the ") {
                if let Some(&b) = inner.generic_bodies.get(&(code, role.clone())) {
                    let start = out[i].start;
                    let end = out[i + 1].end;
                    out[i] = Mention { start, end, entity: b, form: MentionForm::Body };
                    out.remove(i + 1);
                }
            }
        }
        i += 1;
    }
}
