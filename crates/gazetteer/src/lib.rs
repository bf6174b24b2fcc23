//! Names of the actors of international politics: states, IGOs, government bodies and leaders,
//! with codes (ISO 3166-1, Correlates of War) and validity dates, and a fast matcher that finds
//! their mentions in text. Built in, written from public facts; users extend it with a TOML or CSV
//! file without recompiling.
//!
//! API (the reader codes against these names):
//! - [`Gazetteer::builtin`] → the built-in gazetteer (cheap to call repeatedly: built once, shared).
//! - [`Gazetteer::with_extension_file`] → built-in plus a user file (TOML or CSV, detected by extension).
//! - [`Gazetteer::find_mentions`] → every non-overlapping, word-bounded, leftmost-longest mention.
//! - [`Gazetteer::entity`], [`Gazetteer::by_code`] → look-ups.
//! - [`Gazetteer::leader`] → who held an office in a country on a date ("the president" resolution).
//! - [`Gazetteer::terms`] → the offices a person held, with dates.
//! - [`Gazetteer::generic_body`] → "the foreign ministry of X" when the text named the body alone.
//!
//! # Matching rules
//! - Names are matched ASCII-case-insensitively **except** that every letter written upper-case in
//!   the alias must be upper-case in the text: "North Korea" matches "North Korea" and "NORTH
//!   KOREA" but not "north korea"; "Turkey" does not match "turkey", nor "China" "china".
//!   Aliases written wholly in capitals (acronyms: `US`,
//!   `UK`, `DPRK`, `NIS`, `U.S.`) match only exactly, so "us" is never the United States.
//! - A mention starts and ends on a word boundary (the neighbouring characters are not letters or
//!   digits), so "Niger" is not found inside "Nigeria" and "Oman" not inside "Romania".
//!   Possessives ("China's", "Pyongyang’s") and hyphenated compounds ("US-led", "pro-Russian")
//!   are found; the span excludes the `'s`.
//! - Overlaps resolve leftmost-longest: "North Korean leader Kim Jong Un" is one person mention,
//!   "Guinea-Bissau" is not "Guinea".
//! - Some phrases are *blockers*: they are matched and then dropped, so that the shorter names
//!   inside them are not reported ("South China Sea", "New Mexico", "Georgia Tech", "Korea"
//!   alone, "Congo" alone, "Latin America").
//! - Names that are also common given names or US places ("Washington", "Jordan", "Chad",
//!   "Georgia") are dropped when they look like part of a person's name ("George Washington",
//!   "Michael Jordan", "Chad Smith").
//! - A generic government body ("the Foreign Ministry", "MOFA", "Ministry of Defense") right after
//!   a state's name, possessive or demonym ("China's Foreign Ministry", "Japanese Defense
//!   Ministry") or followed by "of `<state>`" is reported as that state's body, spanning both.
//!   Alone it is reported as a body with an empty `code` and a `role`, for the reader to attach.
//!
//! # Extension files
#![doc = include_str!("../README.md")]
//! (The README above documents the data files and the extension formats.)

mod builder;
mod data;
mod extension;
pub mod former;
mod fuzzy;
mod matcher;
pub mod members;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use realign_core::{ActorKind, PartialDate};

pub use builder::Builder;

/// Index of an [`Entity`] in its [`Gazetteer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub u32);

/// An actor the gazetteer knows.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// ISO3 for states and anything affiliated with a state; IGO code for IGOs (UNO, NATO, EU…).
    /// Empty for a government body of unknown country ("the Foreign Ministry" said alone).
    pub code: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// Canonical name ("North Korea", "Ministry of Foreign Affairs of China", "Kim Jong Un").
    pub name: String,
    /// Correlates of War numeric code (states only).
    pub cow: Option<u16>,
    /// Role of a person or body ("president", "foreign minister", "foreign ministry"). For a
    /// person, the role of their most recent term (see [`Gazetteer::terms`] for all of them).
    pub role: Option<String>,
    /// CAMEO/PLOVER sector code (GOV, MIL, …).
    pub sector: Option<String>,
    /// When the entity (or a person's most recent term in `role`) began, if bounded.
    pub valid_from: Option<PartialDate>,
    /// When it ended, if it has.
    pub valid_to: Option<PartialDate>,
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionForm {
    /// A name or alias ("North Korea", "DPRK").
    Name,
    /// A demonym/adjective ("North Korean").
    Demonym,
    /// A capital, metonym or place inside a state ("Pyongyang", "the Kremlin", "Kharkiv").
    Metonym,
    /// A person's name, possibly with a title.
    Person,
    /// A government body ("the State Department").
    Body,
}

/// The letter without its accent, for comparing names as written with and without them:
/// `unaccent('é') == 'e'`, so "Traoré" and "Traore" compare equal letter by letter. Letters
/// without an accent, and scripts other than Latin, are returned as they are.
pub fn unaccent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ç' | 'ć' | 'č' => 'c',
        'ñ' | 'ń' | 'ň' => 'n',
        'š' | 'ś' | 'ş' | 'ș' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ř' => 'r',
        'ł' => 'l',
        'ğ' => 'g',
        'ț' | 'ţ' => 't',
        'ý' | 'ÿ' => 'y',
        'đ' => 'd',
        'Á' | 'À' | 'Â' | 'Ä' | 'Å' => 'A',
        'É' | 'È' | 'Ê' => 'E',
        'Í' | 'Î' => 'I',
        'Ó' | 'Ö' | 'Ø' => 'O',
        'Ú' | 'Ü' => 'U',
        'Ç' | 'Č' | 'Ć' => 'C',
        'Š' | 'Ş' | 'Ș' => 'S',
        'Ž' => 'Z',
        'Ł' => 'L',
        other => other,
    }
}

/// One mention of an entity in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Which entity.
    pub entity: EntityId,
    /// How it was named.
    pub form: MentionForm,
}

/// One office a person held.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The person.
    pub person: EntityId,
    /// ISO3 of the state (or IGO code) served.
    pub code: String,
    /// The office as usually written ("president", "secretary of state", "chancellor").
    pub role: String,
    /// Normalised role keys this office answers to in [`Gazetteer::leader`] ("foreign minister",
    /// "head of government", "leader"…).
    pub keys: Vec<String>,
    /// First day in office (or coarser).
    pub from: Option<PartialDate>,
    /// Day the term ended (the successor's first day), or `None` if still in office.
    pub to: Option<PartialDate>,
}

/// Errors loading a user extension file.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// A line/entry of the file is malformed.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Everything a gazetteer holds; shared behind an `Arc` so clones are cheap.
#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) entities: Vec<Entity>,
    pub(crate) codes: HashMap<String, EntityId>,
    pub(crate) terms: Vec<Term>,
    pub(crate) terms_of: HashMap<EntityId, Vec<usize>>,
    pub(crate) generic_bodies: HashMap<(String, String), EntityId>,
    /// States whose official name styles them a kingdom.
    pub(crate) kingdoms: std::collections::HashSet<String>,
    /// Organs and missions of an organisation, by code: "UNSC" → "UNO".
    pub(crate) part_of: HashMap<String, String>,
    /// What the matcher is compiled from (kept so that compiling waits for the first search:
    /// code look-ups alone stay cheap).
    pub(crate) matcher_source: matcher::MatcherSource,
    pub(crate) matcher: OnceLock<matcher::Matcher>,
    /// Single-word names for [`Gazetteer::find_misspelled`], built on first use.
    pub(crate) fuzzy: OnceLock<fuzzy::Fuzzy>,
}

/// The set of known actors and a matcher over their names. Cloning is cheap (shared data).
#[derive(Debug, Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();

impl Gazetteer {
    /// The built-in gazetteer (built on first use, then shared).
    pub fn builtin() -> Gazetteer {
        BUILTIN
            .get_or_init(|| {
                let mut b = Builder::new();
                data::load_builtin(&mut b);
                b.build()
            })
            .clone()
    }

    /// The built-in gazetteer plus a user file: `.toml` or `.csv` (by extension; anything else is
    /// read as TOML). An alias in the file wins over the same built-in alias. Errors name the
    /// file, the 1-based line and the problem.
    pub fn with_extension_file(path: &Path) -> Result<Gazetteer, GazetteerError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| GazetteerError::Io { path: path.display().to_string(), source })?;
        let is_csv = path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        Self::with_extension_text(&text, &path.display().to_string(), is_csv)
    }

    /// Like [`Gazetteer::with_extension_file`] on text already read (`name` is used in errors).
    pub fn with_extension_text(text: &str, name: &str, csv: bool) -> Result<Gazetteer, GazetteerError> {
        let mut b = Builder::new();
        data::load_builtin(&mut b);
        b.prefer_new_aliases();
        if csv {
            extension::load_csv(&mut b, text, name)?;
        } else {
            extension::load_toml(&mut b, text, name)?;
        }
        Ok(b.build())
    }

    pub(crate) fn from_inner(inner: Inner) -> Gazetteer {
        Gazetteer { inner: Arc::new(inner) }
    }

    /// All mentions in `text`, non-overlapping, leftmost-longest, on word boundaries, in order.
    pub fn find_mentions(&self, text: &str) -> Vec<Mention> {
        self.matcher().find(text, &self.inner)
    }

    /// Mentions of misspelled single-word names and demonyms ("Ethopia", "Afganistan") among
    /// the capitalised words of `text` that none of `known` (the exact mentions, in order)
    /// covers, in order. A word matches when it is one edit from the names of exactly one entity.
    pub fn find_misspelled(&self, text: &str, known: &[Mention]) -> Vec<Mention> {
        self.inner.fuzzy.get_or_init(|| fuzzy::Fuzzy::new(&self.inner.matcher_source.pats)).find(text, known)
    }

    /// The entity with this id. Panics only on an id not made by this gazetteer.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.inner.entities[id.0 as usize]
    }

    /// The entity with this id, or `None` if out of range.
    pub fn get(&self, id: EntityId) -> Option<&Entity> {
        self.inner.entities.get(id.0 as usize)
    }

    /// All entities, in id order.
    pub fn entities(&self) -> impl Iterator<Item = (EntityId, &Entity)> {
        self.inner.entities.iter().enumerate().map(|(i, e)| (EntityId(i as u32), e))
    }

    /// The state or IGO with this code (ISO3, ISO2, COW letter code, COW number or IGO code;
    /// case-insensitive).
    /// The state `name` stands for: an ISO3 code it knows (any case), or a name or alias it reads
    /// as exactly one state ("North Korea", "Pyongyang").
    pub fn state(&self, name: &str) -> Option<&Entity> {
        let upper = name.trim().to_ascii_uppercase();
        if let Some(e) = self.by_code(&upper).map(|id| self.entity(id)).filter(|e| e.kind == ActorKind::State) {
            return Some(e);
        }
        let found: Vec<&Entity> =
            self.find_mentions(name.trim()).iter().map(|m| self.entity(m.entity)).filter(|e| e.kind == ActorKind::State).collect();
        match found.as_slice() {
            [e] => Some(*e),
            _ => None,
        }
    }

    pub fn by_code(&self, code: &str) -> Option<EntityId> {
        let c = code.trim().to_ascii_uppercase();
        self.inner.codes.get(&c).copied()
    }

    /// The organisation whose organ or mission `code` is ("UNSC" → "UNO", "EUC" → "EU"), if any.
    pub fn part_of(&self, code: &str) -> Option<&str> {
        self.inner.part_of.get(&code.trim().to_ascii_uppercase()).map(String::as_str)
    }

    /// Whether state `code` is officially styled a kingdom ("Kingdom of Saudi Arabia"), so that
    /// "the kingdom" in a text can refer to it.
    pub fn is_kingdom(&self, code: &str) -> bool {
        self.inner.kingdoms.contains(code)
    }

    /// The state's (or IGO's) body with this generic role ("foreign ministry", "defence
    /// ministry"), to resolve a bare "the Foreign Ministry" once the reader knows the country.
    pub fn generic_body(&self, code: &str, role: &str) -> Option<EntityId> {
        let c = self.by_code(code).map(|id| self.entity(id).code.clone())?;
        self.inner.generic_bodies.get(&(c, builder::norm_role(role))).copied()
    }

    /// The offices held by a person (empty for anything else), in data order.
    pub fn terms(&self, person: EntityId) -> Vec<&Term> {
        self.inner
            .terms_of
            .get(&person)
            .map(|v| v.iter().filter_map(|&i| self.inner.terms.get(i)).collect())
            .unwrap_or_default()
    }

    /// The person who held `role` ("president", "prime minister", "foreign minister", "defence
    /// minister", "head of state", "head of government", "leader"…) in country `code` on `date`,
    /// when exactly one did. A coarse date (a year) that spans a change of office holder gives
    /// `None`. Role spelling variants are accepted ("defense secretary", "secretary of state",
    /// "foreign secretary", "premier", "chancellor").
    pub fn leader(&self, code: &str, role: &str, date: &PartialDate) -> Option<EntityId> {
        let iso =
            self.by_code(code).map(|id| self.entity(id).code.clone()).unwrap_or_else(|| code.to_ascii_uppercase());
        let key = builder::norm_role(role);
        let mut found: Option<EntityId> = None;
        for t in &self.inner.terms {
            if t.code != iso || !(t.role == key || t.keys.contains(&key)) {
                continue;
            }
            if !term_overlaps(t, date) {
                continue;
            }
            match found {
                None => found = Some(t.person),
                Some(p) if p == t.person => {}
                Some(_) => return None,
            }
        }
        found
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.inner.entities.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.inner.entities.is_empty()
    }
    /// Number of alias patterns in the matcher (for diagnostics and benches).
    pub fn pattern_count(&self) -> usize {
        self.inner.matcher_source.pats.len()
    }

    /// Heap bytes used by the compiled matcher (compiles it if needed).
    pub fn matcher_memory(&self) -> usize {
        self.matcher().memory_usage()
    }

    fn matcher(&self) -> &matcher::Matcher {
        self.inner.matcher.get_or_init(|| matcher::Matcher::new(&self.inner.matcher_source))
    }
}

/// Could `date` fall within the term? Day-precise end dates are exclusive (the successor's first
/// day); coarser ones inclusive.
fn term_overlaps(t: &Term, date: &PartialDate) -> bool {
    if let Some(f) = &t.from {
        if date.latest() < f.earliest() {
            return false;
        }
    }
    if let Some(to) = &t.to {
        if to.day.is_some() {
            if date.earliest() >= to.earliest() {
                return false;
            }
        } else if date.earliest() > to.latest() {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests;
