//! The alias automaton: one Aho-Corasick automaton (leftmost-longest, ASCII case-insensitive)
//! plus per-pattern checks (case, word boundaries, given-name guard) and body attachment.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind, StartKind};
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
    /// A surname shared by the persons of this group: resolved by the title before it.
    Surname(u32),
}

/// What the matcher needs to know about a person to attach titles.
#[derive(Debug, Clone)]
pub(crate) struct PersonMeta {
    /// Lower-case titles and honorifics the person can be named with, longest first.
    pub(crate) titles: Vec<String>,
    /// The surname alone names them.
    pub(crate) bare: bool,
    /// The state (or IGO) they serve.
    pub(crate) code: String,
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

/// What a [`Matcher`] is compiled from.
#[derive(Debug)]
pub(crate) struct MatcherSource {
    pub(crate) pats: Vec<Pat>,
    pub(crate) groups: Vec<Vec<EntityId>>,
    pub(crate) persons: HashMap<EntityId, PersonMeta>,
}

/// The compiled matcher.
#[derive(Debug)]
pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    pats: Vec<Pat>,
    groups: Vec<Vec<EntityId>>,
    /// Person metadata, and for each entity id the index of its metadata (persons only).
    metas: Vec<PersonMeta>,
    meta_of: Vec<Option<u32>>,
}

/// Capitalised words that may follow a given-name-like country name without making it a person
/// ("Jordan King Abdullah", "Chad President Déby", "Georgia Foreign Ministry").
const OK_AFTER: &[&str] = &[
    "President",
    "Prime",
    "King",
    "Queen",
    "Foreign",
    "Defence",
    "Defense",
    "Government",
    "Army",
    "Ministry",
    "Minister",
    "Military",
    "Armed",
    "Embassy",
    "Parliament",
    "Crown",
    "Interior",
    "State",
    "National",
    "Air",
    "Navy",
    "Border",
    "Security",
    "Central",
    "Supreme",
    "Premier",
    "Chancellor",
    "Secretary",
    "Officials",
    "Said",
    "Says",
    "And",
    "Or",
    "In",
    "On",
    "To",
    "For",
    "With",
    "Is",
    "Was",
    "Has",
    "Have",
    "Will",
    "Would",
    "Talks",
    "Summit",
    "Meets",
    "Visit",
    "Visits",
];

/// Capitalised only because they start a sentence ("In Washington, …").
const SENTENCE_STARTERS: &[&str] = &[
    "In",
    "The",
    "From",
    "To",
    "At",
    "For",
    "And",
    "But",
    "With",
    "Both",
    "Neither",
    "Meanwhile",
    "Like",
    "Unlike",
    "Why",
    "How",
    "When",
    "Where",
    "If",
    "While",
    "As",
    "On",
    "By",
    "Then",
    "Now",
    "Also",
    "Only",
    "Even",
    "Did",
    "Does",
    "Do",
    "Will",
    "Has",
    "Had",
    "Is",
    "Was",
    "Officials",
    "Inside",
    "Across",
    "Against",
    "After",
    "Before",
    "Since",
    "Until",
    "Under",
    "Over",
    "Within",
    "Without",
    "Between",
    "Beyond",
    "Outside",
    "Near",
    "Toward",
    "Towards",
    "Via",
    "Including",
    "Even",
    "Yet",
    "So",
    "Nor",
    "Or",
    "Said",
    "Says",
];

impl Matcher {
    pub(crate) fn new(src: &MatcherSource) -> Matcher {
        let pats = src.pats.clone();
        let groups = src.groups.clone();
        let persons = &src.persons;
        // A contiguous NFA: with ~10,000 patterns a DFA took ~0.2 s to build (every command paid
        // it) and read a 4.4 MB corpus no faster overall; the NFA builds in ~0.02 s. (Measured
        // side by side on the same corpus, same matches.)
        let build = |kind: Option<AhoCorasickKind>| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .start_kind(StartKind::Unanchored)
                .kind(kind)
                .build(pats.iter().map(|p| p.text.as_str()))
        };
        let ac = build(Some(AhoCorasickKind::ContiguousNFA)).or_else(|_| build(None)).ok();
        let mut metas = Vec::new();
        let mut meta_of: Vec<Option<u32>> = Vec::new();
        for (id, meta) in persons {
            let meta = meta.clone();
            let i = id.0 as usize;
            if meta_of.len() <= i {
                meta_of.resize(i + 1, None);
            }
            meta_of[i] = Some(metas.len() as u32);
            metas.push(meta);
        }
        Matcher { ac, pats, groups, metas, meta_of }
    }

    pub(crate) fn memory_usage(&self) -> usize {
        self.ac.as_ref().map_or(0, AhoCorasick::memory_usage)
    }

    pub(crate) fn find(&self, text: &str, inner: &Inner) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::with_capacity(8);
        let Some(ac) = &self.ac else { return out };
        let bytes = text.as_bytes();
        let mut shadowed: Vec<u32> = Vec::new();
        // One leftmost-longest pass. A rejected match (inside a word, wrong case, a given name)
        // is skipped whole: a mention starting inside it would start inside the same word.
        for m in ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let Some(p) = self.pats.get(m.pattern().as_usize()) else { continue };
            if !accept(text, bytes, s, e, p) {
                // A rejected long alias can hide a shorter name inside it ("The Chinese foreign
                // ministry" is not the capitalised alias "Chinese Foreign Ministry", but it still
                // names China).
                if text[s..e].contains(' ') {
                    self.shorter_within(text, s, e, &mut out);
                }
                continue;
            }
            let last_end = out.last().map_or(0, |m: &Mention| m.end);
            match p.target {
                Target::Entity(id) => {
                    if self.meta(id).is_some_and(|meta| another_states_title(text, s, &meta.code, last_end, &out, inner)) {
                        continue;
                    }
                    let start = match self.meta(id) {
                        Some(meta) => self.person_start(text, s, meta, last_end, &mut out, inner).unwrap_or(s),
                        None => s,
                    };
                    out.push(Mention { start, end: e, entity: id, form: p.form });
                }
                Target::Surname(g) => {
                    let Some(group) = self.groups.get(g as usize) else { continue };
                    // ("former Prime Minister Betssy Chavez", "Eric Trump": another given name
                    // before the surname is someone else of that name.)
                    // (And the surname alone after that is the same someone else: "Betssy Chavez
                    // … Chavez had taken refuge".)
                    if given_name_before(text, s, last_end) {
                        shadowed.push(g);
                        continue;
                    }
                    if shadowed.contains(&g) && !group.iter().filter_map(|id| self.meta(*id)).any(|m| title_before(text, s, &m.titles, last_end).is_some()) {
                        continue;
                    }
                    match self.resolve_surname(text, s, group, last_end, &out) {
                        Some((id, _)) if self.meta(id).is_some_and(|meta| another_states_title(text, s, &meta.code, last_end, &out, inner)) => {}
                        Some((id, title_start)) => {
                            let start = match (self.meta(id), title_start) {
                                (Some(meta), Some(_)) => {
                                    self.person_start(text, s, meta, last_end, &mut out, inner).unwrap_or(s)
                                }
                                _ => s,
                            };
                            out.push(Mention { start, end: e, entity: id, form: MentionForm::Person });
                        }
                        None => {
                            // Several people of one state are known by this surname alone
                            // ("Castro", "Kabila"): with no title to tell them apart, the
                            // mention still names their state.
                            // ("President Bush": two presidents of one state, still that state.)
                            if let Some((code, ts)) = self.titled_state(text, s, group, last_end) {
                                if let Some(&state) = inner.codes.get(code) {
                                    out.push(Mention { start: ts, end: e, entity: state, form: MentionForm::Metonym });
                                }
                            } else if let Some(&state) = self.shared_state(group).and_then(|c| inner.codes.get(c)) {
                                out.push(Mention { start: s, end: e, entity: state, form: MentionForm::Metonym });
                            }
                        }
                    }
                }
                Target::Block | Target::Ambiguous => {}
            }
        }
        attach_bodies(text, &mut out, inner);
        out
    }
}

impl Matcher {
    /// Accepted entity aliases inside `text[s..e]` (the rejected match's span), pushed in order:
    /// those that end before `e`, then one that ends at `e` but starts after `s` ("The Russian
    /// foreign ministry": "Russian", then "foreign ministry"). Only runs on a rejected
    /// multi-word match, which is rare.
    fn shorter_within(&self, text: &str, s: usize, e: usize, out: &mut Vec<Mention>) {
        let Some(ac) = &self.ac else { return };
        let mut end = e - 1;
        while end > s && !text.is_char_boundary(end) {
            end -= 1;
        }
        let bytes = text.as_bytes();
        let accepted = |s2: usize, e2: usize, pattern: aho_corasick::PatternID, out: &mut Vec<Mention>| {
            let Some(p) = self.pats.get(pattern.as_usize()) else { return };
            if let Target::Entity(id) = p.target {
                if self.meta(id).is_none() && accept(text, bytes, s2, e2, p) && out.last().map_or(true, |m| m.end <= s2) {
                    out.push(Mention { start: s2, end: e2, entity: id, form: p.form });
                }
            }
        };
        for m in ac.find_iter(&text[s..end]) {
            accepted(s + m.start(), s + m.end(), m.pattern(), out);
        }
        let mut from = s + 1;
        while from < e && !text.is_char_boundary(from) {
            from += 1;
        }
        if let Some(m) = ac.find_iter(&text[from..e]).find(|m| from + m.end() == e) {
            accepted(from + m.start(), e, m.pattern(), out);
        }
    }

    fn meta(&self, id: EntityId) -> Option<&PersonMeta> {
        let i = (*self.meta_of.get(id.0 as usize)?)?;
        self.metas.get(i as usize)
    }

    /// The state every bare-named member of a surname group serves, when there are several.
    fn shared_state(&self, group: &[EntityId]) -> Option<&str> {
        one_state(group.iter().filter_map(|id| self.meta(*id)).filter(|m| m.bare).map(|m| m.code.as_str()))
    }

    /// The state of every member of a surname group whose title stands before `s`, when there
    /// are several and they all served one state, with where the title starts.
    fn titled_state(&self, text: &str, s: usize, group: &[EntityId], min: usize) -> Option<(&str, usize)> {
        let titled: Vec<(&str, usize)> = group
            .iter()
            .filter_map(|id| self.meta(*id))
            .filter_map(|m| title_before(text, s, &m.titles, min).map(|ts| (m.code.as_str(), ts)))
            .collect();
        let code = one_state(titled.iter().map(|t| t.0))?;
        Some((code, titled.iter().map(|t| t.1).min()?))
    }

    /// Which person of a surname group the text names: the one whose title precedes the surname
    /// (longest title wins; a tie between persons is ambiguous), else the one of the group the
    /// text named last in full (in `earlier`, the mentions found before), else the only "bare" one.
    /// Returns the person and, when a title was used, where it starts.
    fn resolve_surname(
        &self,
        text: &str,
        s: usize,
        group: &[EntityId],
        min: usize,
        earlier: &[Mention],
    ) -> Option<(EntityId, Option<usize>)> {
        let mut best: Option<(usize, EntityId)> = None;
        let mut tie = false;
        for &id in group {
            let Some(meta) = self.meta(id) else { continue };
            if let Some(ts) = title_before(text, s, &meta.titles, min) {
                match best {
                    None => best = Some((ts, id)),
                    Some((bts, bid)) if ts < bts => {
                        best = Some((ts, id));
                        tie = bid == id && tie;
                    }
                    Some((bts, bid)) if ts == bts && bid != id => tie = true,
                    _ => {}
                }
            }
        }
        if let Some((ts, id)) = best {
            return (!tie).then_some((id, Some(ts)));
        }
        // ("Chinese Foreign Minister Wang Yi arrived… Wang also called on Modi": a surname
        // alone names the person of that surname the text named last in full.)
        if let Some(m) = earlier.iter().rev().find(|m| m.form == MentionForm::Person && group.contains(&m.entity)) {
            return Some((m.entity, None));
        }
        let mut bare = group.iter().filter(|id| self.meta(**id).is_some_and(|m| m.bare));
        match (bare.next(), bare.next()) {
            (Some(&id), None) => Some((id, None)),
            _ => None,
        }
    }

    /// Start of a person mention extended over up to two titles before it ("Supreme Leader
    /// Ayatollah Ali Khamenei") and then over a preceding demonym or name of the person's state
    /// ("Russian President Vladimir Putin", "U.S. Secretary of State Marco Rubio"), which is
    /// removed from `out`.
    fn person_start(
        &self,
        text: &str,
        s: usize,
        meta: &PersonMeta,
        min: usize,
        out: &mut Vec<Mention>,
        inner: &Inner,
    ) -> Option<usize> {
        let mut start = title_before(text, s, &meta.titles, min)?;
        if let Some(st) = title_before(text, start, &meta.titles, min) {
            start = st;
        }
        if let Some(prev) = out.last() {
            let same_state = inner
                .entities
                .get(prev.entity.0 as usize)
                .is_some_and(|e| e.code == meta.code && matches!(e.kind, ActorKind::State | ActorKind::Igo));
            if same_state
                && matches!(prev.form, MentionForm::Demonym | MentionForm::Name)
                && text.get(prev.end..start) == Some(" ")
            {
                start = prev.start;
                out.pop();
            }
        }
        Some(start)
    }
}

/// Words of an office between a state's name and a person's ("Defence Minister", "foreign
/// policy chief").
const OFFICE_WORDS: &[&str] = &[
    "president", "vice", "prime", "minister", "deputy", "foreign", "defence", "defense", "interior", "finance", "trade",
    "economy", "justice", "home", "security", "national", "adviser", "advisor", "secretary", "state", "general", "chief",
    "army", "armed", "forces", "commander", "spokesman", "spokeswoman", "ambassador", "envoy", "speaker", "parliament",
    "opposition", "leader", "former", "acting", "interim", "senior", "top", "diplomat", "policy", "of",
];

/// Whether the person matched at `s` is named with another state's office: "Colombian Defence
/// Minister Pedro Sanchez" is not Spain's Pedro Sánchez. The mention before (at or after `min`) is
/// a state's name or demonym whose code is not `code`, and only office words stand between.
fn another_states_title(text: &str, s: usize, code: &str, min: usize, out: &[Mention], inner: &Inner) -> bool {
    let Some(prev) = out.last().filter(|m| m.end >= min && m.end <= s) else { return false };
    let state = inner.entities.get(prev.entity.0 as usize).filter(|e| matches!(e.kind, ActorKind::State));
    if !state.is_some_and(|e| !e.code.is_empty() && e.code != code) || !matches!(prev.form, MentionForm::Demonym | MentionForm::Name) {
        return false;
    }
    // ("Bosnian Serb leader Milorad Dodik": the person's own state qualifies the name before.)
    let code_of = |m: &Mention| inner.entities.get(m.entity.0 as usize).map(|e| e.code.as_str());
    if out.len() >= 2 && out.get(out.len() - 2).is_some_and(|q| q.end + 1 == prev.start && code_of(q) == Some(code)) {
        return false;
    }
    let gap = text.get(prev.end..s).unwrap_or(",");
    let gap = gap.strip_prefix("'s").unwrap_or(gap);
    let words: Vec<&str> = gap.split_whitespace().collect();
    !gap.contains([',', ';', '(', '"']) && (1..=4).contains(&words.len()) && words.iter().all(|w| OFFICE_WORDS.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// Capitalised words before a surname that are no given name: honorifics, days and months.
const NOT_GIVEN_NAMES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Sheikh", "Emir", "King", "Queen", "Prince", "Princess",
    "General", "Gen", "Marshal", "Admiral", "Colonel", "Commander", "Senator", "Governor", "Judge", "Justice",
    "Ayatollah", "Imam", "Pope", "Cardinal", "Chancellor", "Premier", "President", "Minister", "Secretary",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/// Whether a given name other than the known one stands right before the surname at `s`: a
/// capitalised word of letters (not sentence-initial, an honorific, a day or a month) that no
/// earlier mention (ending at or after `min`) covers.
fn given_name_before(text: &str, s: usize, min: usize) -> bool {
    let Some(b) = text.get(..s).and_then(|b| b.strip_suffix(' ')) else { return false };
    let start = b.rfind(|c: char| !(c.is_alphabetic() || c == '-')).map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
    let word = &b[start..];
    if start < min || !is_capitalised(word) || word.chars().count() < 2 || word.chars().all(char::is_uppercase) {
        return false;
    }
    let prev = b[..start].trim_end();
    // (A straight mark after a comma closes a quote: "…friends," Narek Sargsyan said.)
    let closing = prev.ends_with(",\"");
    let sentence_initial = !closing && (prev.is_empty() || prev.ends_with(['.', '!', '?', '"', ':', '\n', '-', '(']) || prev.ends_with('\u{201c}'));
    !sentence_initial && !NOT_GIVEN_NAMES.contains(&word) && !SENTENCE_STARTERS.contains(&word) && !OK_AFTER.contains(&word)
}

/// Where a title from `titles` ends right before `s` (separated by one space) and starts on a word
/// boundary at or after `min`: the earliest such start (the longest title).
fn title_before(text: &str, s: usize, titles: &[String], min: usize) -> Option<usize> {
    let b = text.get(..s)?.strip_suffix(' ')?;
    for t in titles {
        if b.len() < t.len() {
            continue;
        }
        let st = b.len() - t.len();
        if st < min || !b.is_char_boundary(st) {
            continue;
        }
        if b[st..].eq_ignore_ascii_case(t) && !text[..st].chars().next_back().is_some_and(is_word) {
            return Some(st);
        }
    }
    None
}

fn accept(text: &str, bytes: &[u8], s: usize, e: usize, p: &Pat) -> bool {
    if text[..s].chars().next_back().is_some_and(is_word) || text[e..].chars().next().is_some_and(is_word) {
        return false;
    }
    // ("Barak-8 air-defence systems", "Hyunmoo-2": a name glued to a number is a model's.)
    let mut after = text[e..].chars();
    let hyphen = after.next() == Some('-');
    let next = after.next();
    if hyphen && next.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    // ("Yunus-Bek Yevkurov": a person's name glued to another capitalised one is part of a
    // compound name, someone else's.)
    let glued_before = text[..s].ends_with('-') && text[..s.saturating_sub(1)].chars().next_back().is_some_and(char::is_alphabetic);
    if p.form == MentionForm::Person && ((hyphen && next.is_some_and(char::is_uppercase)) || glued_before) {
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
    } else {
        // "The Philippines" is also written "the Philippines": a leading article's case is free.
        let skip = if pb.starts_with(b"The ") { 1 } else { 0 };
        if pb.iter().zip(tb).skip(skip).any(|(a, b)| a.is_ascii_uppercase() && !b.is_ascii_uppercase()) {
            return false;
        }
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
        let word_start = b
            .rfind(|c: char| !is_word(c) && c != '.')
            .map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
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
        let Some(e) = inner.entities.get(m.entity.0 as usize) else {
            i += 1;
            continue;
        };
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

/// The one state code shared by two or more persons (`codes` lists each person's), else `None`.
fn one_state<'a>(mut codes: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let first = codes.next()?;
    let mut n = 1;
    for c in codes {
        if c != first {
            return None;
        }
        n += 1;
    }
    (n >= 2).then_some(first)
}
