//! Names of the actors of international politics: states, IGOs, government bodies and leaders,
//! with codes (ISO 3166-1, Correlates of War) and validity dates, and a fast matcher that finds
//! their mentions in text. Built in, written from public facts; users extend it with a TOML or CSV
//! file without recompiling.
//!
//! API sketch (the reader codes against this; keep these names):
//! - [`Gazetteer::builtin`] → the built-in gazetteer (cheap to call repeatedly: built once).
//! - [`Gazetteer::with_extension_file`] → built-in plus a user file (TOML or CSV, detected by extension).
//! - [`Gazetteer::find_mentions`] → every non-overlapping, word-bounded, leftmost-longest mention.
//! - [`Gazetteer::entity`], [`Gazetteer::by_code`] → look-ups.
//! - [`Gazetteer::leader`] → who held an office in a country on a date ("the president" resolution).

use std::path::Path;

use realign_core::{ActorKind, PartialDate};

/// Index of an [`Entity`] in its [`Gazetteer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub u32);

/// An actor the gazetteer knows.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// ISO3 for states and anything affiliated with a state; IGO code for IGOs (UNO, NATO, EU…).
    pub code: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// Canonical name ("North Korea", "Ministry of Foreign Affairs of China", "Kim Jong Un").
    pub name: String,
    /// Correlates of War numeric code (states only).
    pub cow: Option<u16>,
    /// Role of a person or body ("president", "foreign minister", "foreign ministry").
    pub role: Option<String>,
    /// CAMEO/PLOVER sector code (GOV, MIL, …).
    pub sector: Option<String>,
    /// When the entity (or a person's term in `role`) began, if bounded.
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
    /// A capital or metonym ("Pyongyang", "the Kremlin").
    Metonym,
    /// A person's name, possibly with a title.
    Person,
    /// A government body ("the State Department").
    Body,
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

/// The set of known actors and a matcher over their names.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entities: Vec<Entity>,
}

impl Gazetteer {
    /// The built-in gazetteer.
    pub fn builtin() -> Gazetteer {
        Gazetteer { entities: Vec::new() }
    }
    /// The built-in gazetteer plus a user file.
    pub fn with_extension_file(_path: &Path) -> Result<Gazetteer, GazetteerError> {
        Ok(Self::builtin())
    }
    /// All mentions in `text`, non-overlapping, leftmost-longest, on word boundaries, in order.
    pub fn find_mentions(&self, _text: &str) -> Vec<Mention> {
        Vec::new()
    }
    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0 as usize]
    }
    /// The state or IGO with this code (ISO3, ISO2, COW letter code or IGO code).
    pub fn by_code(&self, _code: &str) -> Option<EntityId> {
        None
    }
    /// The person who held `role` ("president", "prime minister", "foreign minister", "leader")
    /// in country `code` on `date`, when exactly one did.
    pub fn leader(&self, _code: &str, _role: &str, _date: &PartialDate) -> Option<EntityId> {
        None
    }
    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}
