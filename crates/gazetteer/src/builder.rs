//! Accumulates entities, aliases and terms, then compiles them into a [`Gazetteer`].

use std::collections::HashMap;

use realign_core::{ActorKind, PartialDate};

use crate::matcher::{MatcherSource, Pat, PersonMeta, Target};
use crate::{Entity, EntityId, Gazetteer, Inner, MentionForm, Term};

/// Generic government bodies every state has: (role, sector, canonical-name template).
pub(crate) const GENERIC_ROLES: &[(&str, &str, &str)] = &[
    ("foreign ministry", "GOV", "Ministry of Foreign Affairs of {}"),
    ("defence ministry", "MIL", "Ministry of Defence of {}"),
    ("interior ministry", "GOV", "Ministry of the Interior of {}"),
    ("trade ministry", "GOV", "Ministry of Commerce of {}"),
    ("finance ministry", "GOV", "Ministry of Finance of {}"),
    ("justice ministry", "JUD", "Ministry of Justice of {}"),
    ("police", "COP", "Police of {}"),
    ("coast guard", "MIL", "Coast Guard of {}"),
    ("border guard", "MIL", "Border Guard of {}"),
];

/// Normalises a role so spelling variants meet ("Defense Secretary" → "defence minister").
pub(crate) fn norm_role(role: &str) -> String {
    let r = role.trim().to_ascii_lowercase().replace('-', " ");
    let r = r.split_whitespace().collect::<Vec<_>>().join(" ");
    match r.as_str() {
        "secretary of state"
        | "foreign secretary"
        | "minister of foreign affairs"
        | "external affairs minister"
        | "foreign affairs minister"
        | "minister for foreign affairs"
        | "minister of external affairs" => "foreign minister".into(),
        "defense minister"
        | "defense secretary"
        | "defence secretary"
        | "secretary of defense"
        | "minister of defence"
        | "minister of defense"
        | "minister of national defense"
        | "war secretary"
        | "secretary of war"
        | "national defense minister" => "defence minister".into(),
        "premier" | "pm" | "chancellor" | "head of government" => "head of government".into(),
        "prime minister" => "prime minister".into(),
        "defense ministry" | "ministry of defense" | "ministry of defence" => "defence ministry".into(),
        "ministry of foreign affairs" | "foreign office" | "state department" => "foreign ministry".into(),
        _ => r,
    }
}

/// Role keys an office answers to, besides its own normalised name.
fn role_keys(role: &str, extra: &[String]) -> Vec<String> {
    let n = norm_role(role);
    let mut keys = vec![n.clone()];
    match n.as_str() {
        "prime minister" | "head of government" => {
            keys.push("head of government".into());
            keys.push("prime minister".into());
        }
        "president"
        | "king"
        | "queen"
        | "emperor"
        | "emir"
        | "sultan"
        | "supreme leader"
        | "chairman"
        | "president of the state affairs commission" => keys.push("head of state".into()),
        _ => {}
    }
    for e in extra {
        keys.push(norm_role(e));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Title words put before a person's name for an office.
fn titles_for(role: &str) -> &'static [&'static str] {
    match role.trim().to_ascii_lowercase().as_str() {
        "president" => &["president"],
        "vice president" => &["vice president", "vice-president"],
        "prime minister" => &["prime minister", "premier", "pm"],
        "premier" => &["premier", "prime minister"],
        "chancellor" => &["chancellor"],
        "foreign minister" => &["foreign minister", "foreign affairs minister", "minister of foreign affairs", "fm"],
        "external affairs minister" => &["external affairs minister", "foreign minister"],
        "foreign secretary" => &["foreign secretary"],
        "secretary of state" => &["secretary of state", "secretary"],
        "defence minister" => &["defence minister", "defense minister", "minister of defence", "minister of defense"],
        "defense secretary" | "secretary of defense" | "war secretary" => {
            &["defense secretary", "secretary of defense", "war secretary", "secretary of war", "secretary"]
        }
        "supreme leader" => &["supreme leader", "leader", "ayatollah"],
        "leader" => &["leader"],
        "general secretary" => &["general secretary", "party chief", "leader"],
        "chairman" => &["chairman", "leader"],
        "king" => &["king"],
        "queen" => &["queen"],
        "emperor" => &["emperor"],
        "emir" => &["emir", "sheikh"],
        "sultan" => &["sultan"],
        "crown prince" => &["crown prince", "prince"],
        "secretary-general" | "secretary general" => &["secretary-general", "secretary general"],
        "state counsellor" => &["state counsellor", "state counselor"],
        "senior general" | "commander-in-chief" => &["senior general", "general"],
        _ => &[],
    }
}

struct PersonInfo {
    id: EntityId,
    code: String,
    names: Vec<String>,
    surname: Option<String>,
    sex: Option<char>,
    bare: bool,
}

/// Accumulates the gazetteer's content. [`Builder::build`] compiles it.
///
/// `Builder::new()` starts empty; use it to make small gazetteers in tests, or
/// [`Builder::with_builtin`] to start from the built-in data.
pub struct Builder {
    entities: Vec<Entity>,
    codes: HashMap<String, (u8, EntityId)>,
    aliases: Vec<(String, Target, MentionForm, u8)>,
    demonyms: HashMap<String, Vec<String>>,
    terms: Vec<Term>,
    persons: Vec<PersonInfo>,
    person_index: HashMap<(String, String), usize>,
    bodies: HashMap<(String, String), EntityId>,
    kingdoms: std::collections::HashSet<String>,
    part_of: HashMap<String, String>,
    /// Priority of aliases added from now on (see [`Builder::prefer_new_aliases`]).
    alias_prio: u8,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    /// An empty builder.
    pub fn new() -> Builder {
        Builder {
            entities: Vec::new(),
            codes: HashMap::new(),
            aliases: Vec::new(),
            demonyms: HashMap::new(),
            terms: Vec::new(),
            persons: Vec::new(),
            person_index: HashMap::new(),
            bodies: HashMap::new(),
            kingdoms: std::collections::HashSet::new(),
            part_of: HashMap::new(),
            alias_prio: 2,
        }
    }

    /// From now on, an alias added here wins over the same alias added before for another
    /// entity, instead of the two cancelling out: a user's extension file overrides the
    /// built-in data ("Abkhazia" as its own entity rather than a place in Georgia).
    pub fn prefer_new_aliases(&mut self) {
        self.alias_prio = 3;
    }

    /// A builder holding the built-in data.
    pub fn with_builtin() -> Builder {
        let mut b = Builder::new();
        crate::data::load_builtin(&mut b);
        b
    }

    /// Marks state `code` as styled a kingdom ("the kingdom" may refer to it).
    pub(crate) fn mark_kingdom(&mut self, code: &str) {
        self.kingdoms.insert(code.to_string());
    }

    /// Records that the organisation `code` is an organ or mission of `whole` (the UN Security
    /// Council of the UN).
    pub fn add_part_of(&mut self, code: &str, whole: &str) {
        self.part_of.insert(code.trim().to_ascii_uppercase(), whole.trim().to_ascii_uppercase());
    }

    /// Adds an entity and returns its id. States and IGOs are indexed under their `code`.
    pub fn add_entity(&mut self, e: Entity) -> EntityId {
        let id = EntityId(self.entities.len() as u32);
        if matches!(e.kind, ActorKind::State | ActorKind::Igo) && !e.code.is_empty() {
            self.add_code_with(&e.code, id, 0);
        }
        if e.kind == ActorKind::GovBody {
            if let Some(r) = &e.role {
                self.bodies.entry((e.code.clone(), norm_role(r))).or_insert(id);
            }
        }
        self.entities.push(e);
        id
    }

    /// Indexes `id` under another code (ISO2, COW letters, COW number…). A code that is already
    /// some entity's main code (ISO3 or IGO code) keeps pointing there.
    pub fn add_code(&mut self, code: &str, id: EntityId) {
        self.add_code_with(code, id, 2);
    }

    /// Indexes `id` under `code` with a priority (0 main code, 1 ISO2, 2 other codes): the lowest
    /// priority number wins; among equals, the first.
    pub(crate) fn add_code_with(&mut self, code: &str, id: EntityId, prio: u8) {
        let c = code.trim().to_ascii_uppercase();
        if c.is_empty() {
            return;
        }
        match self.codes.get(&c) {
            Some(&(p, _)) if p <= prio => {}
            _ => {
                self.codes.insert(c, (prio, id));
            }
        }
    }

    /// The state or IGO with this code, if added.
    pub fn lookup(&self, code: &str) -> Option<EntityId> {
        self.codes.get(&code.trim().to_ascii_uppercase()).map(|&(_, id)| id)
    }

    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.0 as usize)
    }

    /// Adds an alias. A leading `~` marks a name that is also a common given name or place
    /// ("~Jordan"): it is dropped when it looks like part of a person's name. A leading lower-case
    /// "the " is removed (the article is not part of the mention).
    pub fn add_alias(&mut self, id: EntityId, alias: &str, form: MentionForm) {
        if form == MentionForm::Demonym {
            if let Some(code) = self.entities.get(id.0 as usize).map(|e| e.code.clone()) {
                let a = alias.trim().trim_start_matches('~').to_string();
                if self.entities[id.0 as usize].kind == ActorKind::State {
                    self.demonyms.entry(code).or_default().push(a.clone());
                }
                if let Some(pl) = plural(&a) {
                    self.push_alias(pl, Target::Entity(id), form, self.alias_prio);
                }
            }
        }
        self.push_alias(alias.to_string(), Target::Entity(id), form, self.alias_prio);
    }

    /// Adds a blocker: a phrase matched and then dropped, hiding the names inside it.
    pub fn add_blocker(&mut self, phrase: &str) {
        self.push_alias(phrase.to_string(), Target::Block, MentionForm::Name, 3);
    }

    fn push_alias(&mut self, alias: String, target: Target, form: MentionForm, prio: u8) {
        let mut a = alias.trim().to_string();
        if let Some(rest) = a.strip_prefix("the ") {
            a = rest.to_string();
        }
        if a.trim_start_matches('~').is_empty() {
            return;
        }
        self.aliases.push((a, target, form, prio));
    }

    /// Adds (or extends) a person: one entity per (code, name); each call adds a term.
    /// `roles` is the office ("president") optionally followed by extra lookup keys
    /// ("president;leader"). `surname` is the name used alone with titles ("Putin", "Kim");
    /// `sex` `m`/`f` enables "Mr."/"Ms."; `bare` lets the surname alone name the person.
    #[allow(clippy::too_many_arguments)]
    pub fn add_person_term(
        &mut self,
        code: &str,
        roles: &str,
        name: &str,
        surname: Option<&str>,
        sex: Option<char>,
        bare: bool,
        from: Option<PartialDate>,
        to: Option<PartialDate>,
        aliases: &[String],
    ) -> EntityId {
        let mut parts = roles.split(';').map(|s| s.trim()).filter(|s| !s.is_empty());
        let role = parts.next().unwrap_or("").to_string();
        let extra: Vec<String> = parts.map(String::from).collect();
        let key = (code.to_string(), name.to_string());
        let pi = match self.person_index.get(&key) {
            Some(&pi) => pi,
            None => {
                let id = self.add_entity(Entity {
                    code: code.to_string(),
                    kind: ActorKind::Person,
                    name: name.to_string(),
                    cow: None,
                    role: None,
                    sector: Some("GOV".into()),
                    valid_from: None,
                    valid_to: None,
                });
                self.persons.push(PersonInfo {
                    id,
                    code: code.to_string(),
                    names: vec![name.to_string()],
                    surname: None,
                    sex: None,
                    bare: false,
                });
                self.person_index.insert(key, self.persons.len() - 1);
                self.persons.len() - 1
            }
        };
        let p = &mut self.persons[pi];
        for a in aliases {
            if !p.names.contains(a) {
                p.names.push(a.clone());
            }
        }
        if surname.is_some() {
            p.surname = surname.map(String::from);
        }
        if sex.is_some() {
            p.sex = sex;
        }
        p.bare |= bare;
        let id = p.id;
        // The entity shows the most recent term.
        if let Some(e) = self.entities.get_mut(id.0 as usize) {
            let newer = match (&e.valid_from, &from) {
                (None, _) => true,
                (Some(a), Some(b)) => b >= a,
                (Some(_), None) => false,
            };
            if newer {
                e.role = Some(role.clone());
                e.valid_from = from;
                e.valid_to = to;
                if norm_role(&role) == "defence minister" {
                    e.sector = Some("MIL".into());
                }
            }
        }
        self.terms.push(Term { person: id, code: code.to_string(), keys: role_keys(&role, &extra), role, from, to });
        id
    }

    /// Compiles everything into a gazetteer.
    pub fn build(mut self) -> Gazetteer {
        // Generic bodies for every state that lacks an explicit one.
        let states: Vec<(String, String)> = self
            .entities
            .iter()
            .filter(|e| e.kind == ActorKind::State)
            .map(|e| (e.code.clone(), e.name.clone()))
            .collect();
        for (code, name) in states {
            for (role, sector, tpl) in GENERIC_ROLES {
                let k = (code.clone(), role.to_string());
                if !self.bodies.contains_key(&k) {
                    self.add_entity(Entity {
                        code: code.clone(),
                        kind: ActorKind::GovBody,
                        name: tpl.replace("{}", &name),
                        cow: None,
                        role: Some(role.to_string()),
                        sector: Some(sector.to_string()),
                        valid_from: None,
                        valid_to: None,
                    });
                }
            }
        }
        // Person patterns: full names resolve directly; surnames only after a title the person
        // held ("Foreign Minister Wang", "Mr. Putin") or alone for well-known persons ("Putin").
        // Titles and a preceding demonym are attached by the matcher, not enumerated here.
        let mut generated: Vec<(String, Target, MentionForm, u8)> = Vec::new();
        let mut persons_meta: HashMap<EntityId, PersonMeta> = HashMap::new();
        let mut surname_groups: Vec<Vec<EntityId>> = Vec::new();
        let mut surname_index: HashMap<String, usize> = HashMap::new();
        for p in &self.persons {
            let mut titles: Vec<String> = Vec::new();
            for t in self.terms.iter().filter(|t| t.person == p.id) {
                for ti in titles_for(&t.role) {
                    if !titles.iter().any(|x| x == ti) {
                        titles.push(ti.to_string());
                    }
                }
            }
            match p.sex {
                Some('f') => titles.extend(["ms.", "ms", "mrs.", "mrs", "madam"].map(String::from)),
                Some(_) => titles.extend(["mr.", "mr"].map(String::from)),
                None => {}
            }
            // Longest first, so "foreign affairs minister" is tried before "minister".
            titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
            persons_meta.insert(p.id, PersonMeta { titles, bare: p.bare, code: p.code.clone() });
            for n in &p.names {
                generated.push((n.clone(), Target::Entity(p.id), MentionForm::Person, 2));
            }
            if let Some(sn) = &p.surname {
                if !p.names.contains(sn) {
                    let k = sn.to_ascii_lowercase();
                    let gi = *surname_index.entry(k).or_insert_with(|| {
                        surname_groups.push(Vec::new());
                        generated.push((
                            sn.clone(),
                            Target::Surname(surname_groups.len() as u32 - 1),
                            MentionForm::Person,
                            1,
                        ));
                        surname_groups.len() - 1
                    });
                    if !surname_groups[gi].contains(&p.id) {
                        surname_groups[gi].push(p.id);
                    }
                }
            }
        }
        let mut all = std::mem::take(&mut self.aliases);
        all.extend(generated);
        // Resolve duplicates (ASCII case-insensitively): the highest priority wins; a tie between
        // different entities makes the phrase ambiguous (it blocks).
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut pats: Vec<Pat> = Vec::new();
        for (alias, target, form, prio) in all {
            let risky = alias.starts_with('~');
            let text = alias.trim_start_matches('~').to_string();
            let key = text.to_ascii_lowercase();
            match by_key.get(&key) {
                None => {
                    by_key.insert(key, pats.len());
                    pats.push(Pat::new(text, target, form, risky, prio));
                }
                Some(&i) => {
                    let old = &mut pats[i];
                    // (One entity listed as "Foreign Ministry" and "foreign ministry": the
                    // spelling with fewer capitals, which admits both, is kept.)
                    let capitals = |t: &str| t.bytes().filter(u8::is_ascii_uppercase).count();
                    if prio > old.prio || prio == old.prio && old.target == target && capitals(&text) < capitals(&old.text) {
                        *old = Pat::new(text, target, form, risky, prio);
                    } else if prio == old.prio && old.target != target && old.target != Target::Block {
                        old.target = Target::Ambiguous;
                    }
                }
            }
        }
        let matcher_source = MatcherSource { pats, groups: surname_groups, persons: persons_meta };
        let mut terms_of: HashMap<EntityId, Vec<usize>> = HashMap::new();
        for (i, t) in self.terms.iter().enumerate() {
            terms_of.entry(t.person).or_default().push(i);
        }
        Gazetteer::from_inner(Inner {
            entities: self.entities,
            codes: self.codes.into_iter().map(|(k, (_, id))| (k, id)).collect(),
            terms: self.terms,
            terms_of,
            generic_bodies: self.bodies,
            kingdoms: self.kingdoms,
            part_of: self.part_of,
            matcher_source,
            matcher: std::sync::OnceLock::new(),
            fuzzy: std::sync::OnceLock::new(),
        })
    }
}

/// Plural of a demonym used as a noun ("Iranians", "Israelis"), if it takes one.
fn plural(d: &str) -> Option<String> {
    let l = d.to_ascii_lowercase();
    let last = l.chars().last()?;
    if l.ends_with("ese")
        || l.ends_with('s')
        || l.ends_with("sh")
        || l.ends_with("ch")
        || l.ends_with('x')
        || l.ends_with('z')
    {
        return None;
    }
    if "aeiouykn".contains(last) {
        return Some(format!("{d}s"));
    }
    None
}
