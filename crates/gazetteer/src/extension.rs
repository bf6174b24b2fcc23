//! User extension files (TOML or CSV): new entities, aliases for existing codes, blockers.
//! The formats are documented in the crate's README.md.

use realign_core::ActorKind;
use serde::Deserialize;
use toml::Spanned;

use crate::builder::Builder;
use crate::data::date;
use crate::{Entity, EntityId, GazetteerError, MentionForm};

fn err(path: &str, line: usize, message: impl Into<String>) -> GazetteerError {
    GazetteerError::Parse { path: path.to_string(), line, message: message.into() }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(1, |t| t.bytes().filter(|&b| b == b'\n').count() + 1)
}

fn parse_kind(s: &str) -> Result<ActorKind, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "state" => Ok(ActorKind::State),
        "igo" => Ok(ActorKind::Igo),
        "body" | "govbody" | "gov_body" => Ok(ActorKind::GovBody),
        "person" => Ok(ActorKind::Person),
        "group" => Ok(ActorKind::Group),
        other => Err(format!("unknown kind {other:?} (expected state, igo, body, person or group)")),
    }
}

fn parse_form(s: &str) -> Result<MentionForm, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" | "name" => Ok(MentionForm::Name),
        "demonym" => Ok(MentionForm::Demonym),
        "metonym" | "capital" => Ok(MentionForm::Metonym),
        "person" => Ok(MentionForm::Person),
        "body" => Ok(MentionForm::Body),
        other => Err(format!("unknown form {other:?} (expected name, demonym, metonym, person or body)")),
    }
}

/// One entity to add, whatever the file format.
struct NewEntity {
    code: String,
    kind: ActorKind,
    name: String,
    aliases: Vec<String>,
    demonyms: Vec<String>,
    metonyms: Vec<String>,
    role: Option<String>,
    sector: Option<String>,
    cow: Option<u16>,
    from: Option<String>,
    to: Option<String>,
    surname: Option<String>,
    bare: bool,
}

fn add_entity(b: &mut Builder, n: NewEntity, path: &str, line: usize) -> Result<(), GazetteerError> {
    if n.name.trim().is_empty() {
        return Err(err(path, line, "an entity needs a non-empty name"));
    }
    let from = date(n.from.as_deref()).map_err(|e| err(path, line, format!("from: {e}")))?;
    let to = date(n.to.as_deref()).map_err(|e| err(path, line, format!("to: {e}")))?;
    let code = n.code.trim().to_string();
    if matches!(n.kind, ActorKind::State | ActorKind::Igo) && code.is_empty() {
        return Err(err(path, line, "a state or IGO needs a code"));
    }
    let id: EntityId = if n.kind == ActorKind::Person {
        let role = n.role.clone().unwrap_or_default();
        b.add_person_term(&code, &role, n.name.trim(), n.surname.as_deref(), None, n.bare, from, to, &n.aliases)
    } else {
        let id = b.add_entity(Entity {
            code: code.clone(),
            kind: n.kind,
            name: n.name.trim().to_string(),
            cow: n.cow,
            role: n.role.clone(),
            sector: n.sector.clone(),
            valid_from: from,
            valid_to: to,
        });
        if let Some(c) = n.cow {
            b.add_code(&c.to_string(), id);
        }
        let form = if n.kind == ActorKind::GovBody { MentionForm::Body } else { MentionForm::Name };
        b.add_alias(id, n.name.trim(), form);
        for a in &n.aliases {
            b.add_alias(id, a, form);
        }
        id
    };
    for a in &n.demonyms {
        b.add_alias(id, a, MentionForm::Demonym);
    }
    for a in &n.metonyms {
        b.add_alias(id, a, MentionForm::Metonym);
    }
    Ok(())
}

fn add_aliases(
    b: &mut Builder,
    code: &str,
    aliases: &[String],
    form: &str,
    path: &str,
    line: usize,
) -> Result<(), GazetteerError> {
    let id = b.lookup(code).ok_or_else(|| err(path, line, format!("unknown code {code:?}: no state or IGO has it")))?;
    let form = parse_form(form).map_err(|m| err(path, line, m))?;
    if aliases.is_empty() {
        return Err(err(path, line, "no alias given"));
    }
    for a in aliases {
        b.add_alias(id, a, form);
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlFile {
    #[serde(default)]
    entity: Vec<Spanned<TomlEntity>>,
    #[serde(default)]
    alias: Vec<Spanned<TomlAlias>>,
    #[serde(default)]
    blockers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlEntity {
    #[serde(default)]
    code: String,
    kind: Spanned<String>,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    metonyms: Vec<String>,
    role: Option<String>,
    sector: Option<String>,
    cow: Option<u16>,
    from: Option<String>,
    to: Option<String>,
    surname: Option<String>,
    #[serde(default)]
    bare: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlAlias {
    code: String,
    #[serde(default)]
    alias: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    form: String,
}

/// Loads a TOML extension.
pub(crate) fn load_toml(b: &mut Builder, text: &str, path: &str) -> Result<(), GazetteerError> {
    let file: TomlFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        err(path, line, e.message().to_string())
    })?;
    for e in file.entity {
        let line = line_of(text, e.span().start);
        let e = e.into_inner();
        let kline = line_of(text, e.kind.span().start);
        let kind = parse_kind(e.kind.get_ref()).map_err(|m| err(path, kline, m))?;
        add_entity(
            b,
            NewEntity {
                code: e.code,
                kind,
                name: e.name,
                aliases: e.aliases,
                demonyms: e.demonyms,
                metonyms: e.metonyms,
                role: e.role,
                sector: e.sector,
                cow: e.cow,
                from: e.from,
                to: e.to,
                surname: e.surname,
                bare: e.bare,
            },
            path,
            line,
        )?;
    }
    for a in file.alias {
        let line = line_of(text, a.span().start);
        let a = a.into_inner();
        let mut all = a.aliases;
        if let Some(x) = a.alias {
            all.push(x);
        }
        add_aliases(b, &a.code, &all, &a.form, path, line)?;
    }
    for bl in file.blockers {
        b.add_blocker(&bl);
    }
    Ok(())
}

/// Loads a CSV extension: header `code,kind,name,aliases,form,role,sector,from,to,cow` (any
/// order, only `code` required). A row with an empty `kind` adds its `aliases` (separated by
/// `|`) to the existing state or IGO `code`, with `form`; kind `blocker` adds `name` as a blocker.
pub(crate) fn load_csv(b: &mut Builder, text: &str, path: &str) -> Result<(), GazetteerError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(|e| err(path, 1, e.to_string()))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let known = ["code", "kind", "name", "aliases", "form", "role", "sector", "from", "to", "cow", "surname"];
    if let Some(h) = headers.iter().find(|h| !known.iter().any(|k| h.eq_ignore_ascii_case(k))) {
        return Err(err(path, 1, format!("unknown column {h:?} (known: {})", known.join(", "))));
    }
    let Some(c_code) = col("code") else { return Err(err(path, 1, "missing column \"code\"")) };
    let (c_kind, c_name, c_aliases, c_form) = (col("kind"), col("name"), col("aliases"), col("form"));
    let (c_role, c_sector, c_from, c_to, c_cow, c_surname) =
        (col("role"), col("sector"), col("from"), col("to"), col("cow"), col("surname"));
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            err(path, line, e.to_string())
        })?;
        let line = rec.position().map_or(0, |p| p.line() as usize);
        let get = |c: Option<usize>| c.and_then(|i| rec.get(i)).unwrap_or("").to_string();
        let some = |c: Option<usize>| Some(get(c)).filter(|s| !s.is_empty());
        let aliases: Vec<String> =
            get(c_aliases).split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
        let kind = get(c_kind);
        let code = rec.get(c_code).unwrap_or("").to_string();
        if kind.is_empty() {
            add_aliases(b, &code, &aliases, &get(c_form), path, line)?;
            continue;
        }
        if kind.eq_ignore_ascii_case("blocker") {
            let n = get(c_name);
            if n.is_empty() {
                return Err(err(path, line, "a blocker needs a name"));
            }
            b.add_blocker(&n);
            continue;
        }
        let kind = parse_kind(&kind).map_err(|m| err(path, line, m))?;
        let cow = match some(c_cow) {
            None => None,
            Some(s) => Some(s.parse::<u16>().map_err(|_| err(path, line, format!("bad COW number {s:?}")))?),
        };
        add_entity(
            b,
            NewEntity {
                code,
                kind,
                name: get(c_name),
                aliases,
                demonyms: Vec::new(),
                metonyms: Vec::new(),
                role: some(c_role),
                sector: some(c_sector),
                cow,
                from: some(c_from),
                to: some(c_to),
                surname: some(c_surname),
                bare: false,
            },
            path,
            line,
        )?;
    }
    Ok(())
}
