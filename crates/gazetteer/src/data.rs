//! The built-in data: tab-separated files under `data/`, embedded at compile time.
//!
//! Formats (lists inside a field are separated by `|`; `#` starts a comment line; empty fields
//! are allowed):
//! - `states.tsv`: ISO3, ISO2, COW number, COW letters, short name, official name, aliases,
//!   demonyms, capitals/metonyms.
//! - `places.tsv`: ISO3, then cities and regions inside that state (coded to it, as metonyms).
//! - `igos.tsv`: code, name, aliases, metonyms (seats: "Brussels"), and the organisation it is an
//!   organ or mission of ("UNO" for the Security Council).
//! - `bodies.tsv`: state code (empty: a body of unknown country), sector, role, name, aliases.
//! - `groups.tsv`: code (the group's state, or an international code such as IMG or NGO), sector,
//!   role, name, aliases: well-known non-state groups.
//! - `persons.tsv`: code, role[;extra lookup keys], name, surname, sex (m/f), bare (y: the
//!   surname alone names them), from, to, aliases. One line per term.
//! - `blockers.txt`: one phrase per line.

use realign_core::{ActorKind, PartialDate};

use crate::builder::Builder;
use crate::{Entity, MentionForm};

const STATES: &str = include_str!("../data/states.tsv");
const IGOS: &str = include_str!("../data/igos.tsv");
const BODIES: &str = include_str!("../data/bodies.tsv");
const PERSONS: &str = include_str!("../data/persons.tsv");
const GROUPS: &str = include_str!("../data/groups.tsv");
const BLOCKERS: &str = include_str!("../data/blockers.txt");
const PLACES: &str = include_str!("../data/places.tsv");

/// Loads all built-in data into `b`, returning the problems found (expected: none).
pub(crate) fn load_builtin(b: &mut Builder) -> Vec<String> {
    let mut problems = Vec::new();
    load_states(b, STATES, &mut problems);
    load_places(b, PLACES, &mut problems);
    load_igos(b, IGOS, &mut problems);
    load_bodies(b, BODIES, &mut problems);
    load_groups(b, GROUPS, &mut problems);
    load_persons(b, PERSONS, &mut problems);
    for line in BLOCKERS.lines() {
        let l = line.trim();
        if !l.is_empty() && !l.starts_with('#') {
            b.add_blocker(l);
        }
    }
    problems
}

/// Problems in the built-in data (for tests).
#[cfg(test)]
pub(crate) fn builtin_problems() -> Vec<String> {
    let mut b = Builder::new();
    load_builtin(&mut b)
}

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn list(field: Option<&&str>) -> Vec<String> {
    field.map(|f| f.split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()).unwrap_or_default()
}

fn opt<'a>(field: Option<&&'a str>) -> Option<&'a str> {
    field.copied().map(str::trim).filter(|s| !s.is_empty())
}

/// Parses a date field; empty is `None`.
pub(crate) fn date(field: Option<&str>) -> Result<Option<PartialDate>, String> {
    match field.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => PartialDate::parse(s).map(Some).map_err(|e| e.to_string()),
    }
}

fn load_states(b: &mut Builder, text: &str, problems: &mut Vec<String>) {
    for (line, f) in rows(text) {
        if f.len() < 6 {
            problems.push(format!("states.tsv:{line}: expected at least 6 fields, found {}", f.len()));
            continue;
        }
        let cow = match opt(f.get(2)) {
            None => None,
            Some(s) => match s.parse::<u16>() {
                Ok(n) => Some(n),
                Err(_) => {
                    problems.push(format!("states.tsv:{line}: bad COW number {s:?}"));
                    None
                }
            },
        };
        let id = b.add_entity(Entity {
            code: f[0].to_string(),
            kind: ActorKind::State,
            name: f[4].trim_start_matches('~').to_string(),
            cow,
            role: None,
            sector: None,
            valid_from: None,
            valid_to: None,
        });
        b.add_code_with(f[1], id, 1);
        if let Some(c) = cow {
            b.add_code(&c.to_string(), id);
        }
        if let Some(c) = opt(f.get(3)) {
            b.add_code(c, id);
        }
        b.add_alias(id, f[4], MentionForm::Name);
        b.add_alias(id, f[5], MentionForm::Name);
        if f[5].contains("Kingdom") {
            b.mark_kingdom(f[0]);
        }
        for a in list(f.get(6)) {
            b.add_alias(id, &a, MentionForm::Name);
        }
        for a in list(f.get(7)) {
            b.add_alias(id, &a, MentionForm::Demonym);
        }
        for a in list(f.get(8)) {
            b.add_alias(id, &a, MentionForm::Metonym);
        }
    }
}

/// Places inside a state: each is another metonym of the state ("strikes on Kharkiv").
fn load_places(b: &mut Builder, text: &str, problems: &mut Vec<String>) {
    for (line, f) in rows(text) {
        match b.lookup(f[0]) {
            Some(id) if f.len() >= 2 => {
                for a in list(f.get(1)) {
                    b.add_alias(id, &a, MentionForm::Metonym);
                }
            }
            Some(_) => problems.push(format!("places.tsv:{line}: expected 2 fields")),
            None => problems.push(format!("places.tsv:{line}: unknown state code {:?}", f[0])),
        }
    }
}

fn load_igos(b: &mut Builder, text: &str, problems: &mut Vec<String>) {
    for (line, f) in rows(text) {
        if f.len() < 2 {
            problems.push(format!("igos.tsv:{line}: expected at least 2 fields"));
            continue;
        }
        let id = b.add_entity(Entity {
            code: f[0].to_string(),
            kind: ActorKind::Igo,
            name: f[1].to_string(),
            cow: None,
            role: None,
            sector: None,
            valid_from: None,
            valid_to: None,
        });
        b.add_alias(id, f[1], MentionForm::Name);
        for a in list(f.get(2)) {
            b.add_alias(id, &a, MentionForm::Name);
        }
        for a in list(f.get(3)) {
            b.add_alias(id, &a, MentionForm::Metonym);
        }
        if let Some(whole) = f.get(4).map(|w| w.trim()).filter(|w| !w.is_empty()) {
            b.add_part_of(f[0], whole);
        }
    }
}

fn load_bodies(b: &mut Builder, text: &str, problems: &mut Vec<String>) {
    load_organisations(b, text, "bodies.tsv", ActorKind::GovBody, MentionForm::Body, problems);
}

fn load_groups(b: &mut Builder, text: &str, problems: &mut Vec<String>) {
    load_organisations(b, text, "groups.tsv", ActorKind::Group, MentionForm::Name, problems);
}

/// Rows of `code, sector, role, name, aliases` (bodies and groups). A body's code may be empty
/// (a body of unknown country) and must otherwise be known; a group's code is required and may be
/// an international code (IMG, NGO) rather than a state.
fn load_organisations(b: &mut Builder, text: &str, file: &str, kind: ActorKind, form: MentionForm, problems: &mut Vec<String>) {
    for (line, f) in rows(text) {
        if f.len() < 4 {
            problems.push(format!("{file}:{line}: expected at least 4 fields"));
            continue;
        }
        // (A missing line break merges two records: the second would be read as aliases.)
        if f.len() > 5 {
            problems.push(format!("{file}:{line}: expected at most 5 fields, found {}", f.len()));
        }
        match kind {
            ActorKind::Group if f[0].is_empty() => {
                problems.push(format!("{file}:{line}: a group needs a code"));
                continue;
            }
            ActorKind::GovBody if !f[0].is_empty() && b.lookup(f[0]).is_none() => {
                problems.push(format!("{file}:{line}: unknown code {:?}", f[0]));
            }
            _ => {}
        }
        let id = b.add_entity(Entity {
            code: f[0].to_string(),
            kind,
            name: f[3].to_string(),
            cow: None,
            role: opt(f.get(2)).map(String::from),
            sector: opt(f.get(1)).map(String::from),
            valid_from: None,
            valid_to: None,
        });
        b.add_alias(id, f[3], form);
        for a in list(f.get(4)) {
            b.add_alias(id, &a, form);
        }
    }
}

fn load_persons(b: &mut Builder, text: &str, problems: &mut Vec<String>) {
    for (line, f) in rows(text) {
        if f.len() < 8 {
            problems.push(format!("persons.tsv:{line}: expected at least 8 fields, found {}", f.len()));
            continue;
        }
        if b.lookup(f[0]).is_none() {
            problems.push(format!("persons.tsv:{line}: unknown code {:?}", f[0]));
        }
        let from = date(Some(f[6])).unwrap_or_else(|e| {
            problems.push(format!("persons.tsv:{line}: from: {e}"));
            None
        });
        let to = date(Some(f[7])).unwrap_or_else(|e| {
            problems.push(format!("persons.tsv:{line}: to: {e}"));
            None
        });
        let sex = opt(f.get(4)).and_then(|s| s.chars().next());
        let bare = opt(f.get(5)) == Some("y");
        b.add_person_term(f[0], f[1], f[2], opt(f.get(3)), sex, bare, from, to, &list(f.get(8)));
    }
}

#[cfg(test)]
mod tests {
    /// A person who served a state and an IGO is listed once, under the IGO: the same name under
    /// two codes would make it ambiguous, and the name would resolve to no one.
    #[test]
    fn each_person_is_listed_under_one_code() {
        let mut seen: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
        for line in super::PERSONS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let (code, name) = (f[0], f[2]);
            if let Some(other) = seen.insert(name, code) {
                assert_eq!(other, code, "{name} is listed under {other} and {code}");
            }
        }
    }
}
