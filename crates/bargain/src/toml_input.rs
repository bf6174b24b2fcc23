//! realign's own scenario format, in TOML.
//!
//! ```toml
//! name = "EC-10"                       # optional; default: the file name
//! description = "EC member states"     # optional
//! dimensions = ["emission standard"]   # optional; default dim1, dim2, ... (from the first actor)
//! salience_scale = 100                 # optional: 100 (default) or 1, the scale saliences are on
//!
//! [[actor]]
//! name = "Netherlands"
//! description = "..."                  # optional
//! capability = 0.08                    # >= 0, any scale
//! position = 4                         # a number for one dimension, or [x1, x2, ...]
//! salience = 80                        # likewise, per dimension (0-100, or 0-1 with salience_scale = 1)
//! ```
//!
//! `actors` is accepted as a synonym of `actor`. Unknown keys are errors (a misspelt key would
//! otherwise silently fall back to a default). Every error names the file, the line and the field.

use serde::Deserialize;
use toml::Spanned;

use crate::{ActorSpec, InputError, Scenario};

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(f64),
    Many(Vec<f64>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<f64> {
        match self {
            OneOrMany::One(v) => vec![v],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    name: Option<String>,
    #[serde(default)]
    description: String,
    dimensions: Option<Spanned<Vec<String>>>,
    salience_scale: Option<Spanned<f64>>,
    #[serde(alias = "actors")]
    actor: Option<Vec<Spanned<ActorToml>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorToml {
    name: Spanned<String>,
    #[serde(default)]
    description: String,
    capability: Spanned<f64>,
    position: Spanned<OneOrMany>,
    salience: Spanned<OneOrMany>,
}

/// 1-based line of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Best guess of the field a TOML error is about, from its message (`missing field `x``,
/// `unknown field `x``) or the key at the error position.
fn field_of(msg: &str, text: &str, at: Option<usize>) -> String {
    for pat in ["missing field `", "unknown field `"] {
        if let Some(i) = msg.find(pat) {
            let rest = &msg[i + pat.len()..];
            if let Some(j) = rest.find('`') {
                return rest[..j].to_string();
            }
        }
    }
    if let Some(at) = at {
        let before = text.get(..at).unwrap_or(text);
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = text.get(start..).unwrap_or("").lines().next().unwrap_or("");
        if let Some(eq) = line.find('=') {
            let key = line[..eq].trim();
            if !key.is_empty() {
                return key.to_string();
            }
        }
    }
    "document".to_string()
}

/// Parses the TOML format; `file` names the source in errors.
pub fn parse(text: &str, file: &str) -> Result<Scenario, InputError> {
    let doc: FileToml = toml::from_str(text).map_err(|e| {
        let at = e.span().map(|s| s.start);
        let msg = e.message().to_string();
        InputError::Field {
            file: file.to_string(),
            line: at.map_or(1, |a| line_of(text, a)),
            field: field_of(&msg, text, at),
            message: msg,
        }
    })?;
    let err = |at: usize, field: &str, message: String| InputError::Field {
        file: file.to_string(),
        line: line_of(text, at),
        field: field.to_string(),
        message,
    };
    let scale = match &doc.salience_scale {
        None => 100.0,
        Some(s) if *s.get_ref() == 100.0 || *s.get_ref() == 1.0 => *s.get_ref(),
        Some(s) => {
            return Err(err(
                s.span().start,
                "salience_scale",
                format!("{} is not 100 or 1", s.get_ref()),
            ))
        }
    };
    let actors_toml = doc.actor.unwrap_or_default();
    if actors_toml.is_empty() {
        return Err(InputError::File {
            file: file.to_string(),
            message: "no actors: add at least one [[actor]] table".into(),
        });
    }
    let mut ndim = None;
    let mut dimensions = Vec::new();
    if let Some(d) = &doc.dimensions {
        if d.get_ref().is_empty() {
            return Err(err(
                d.span().start,
                "dimensions",
                "empty list of dimensions".into(),
            ));
        }
        dimensions = d.get_ref().clone();
        ndim = Some(dimensions.len());
    }
    let mut actors = Vec::with_capacity(actors_toml.len());
    for spanned in actors_toml {
        let a = spanned.into_inner();
        let name = a.name.get_ref().trim().to_string();
        if name.is_empty() {
            return Err(err(a.name.span().start, "name", "empty actor name".into()));
        }
        let cap = *a.capability.get_ref();
        if !cap.is_finite() || cap < 0.0 {
            return Err(err(
                a.capability.span().start,
                "capability",
                format!("{cap} is not a finite number >= 0"),
            ));
        }
        let (pos_span, sal_span) = (a.position.span().start, a.salience.span().start);
        let positions = a.position.into_inner().into_vec();
        let saliences = a.salience.into_inner().into_vec();
        let want = *ndim.get_or_insert(positions.len());
        if positions.len() != want || want == 0 {
            return Err(err(
                pos_span,
                "position",
                format!(
                    "actor {name:?} has {} positions, expected {want}",
                    positions.len()
                ),
            ));
        }
        if saliences.len() != want {
            return Err(err(
                sal_span,
                "salience",
                format!(
                    "actor {name:?} has {} saliences, expected {want}",
                    saliences.len()
                ),
            ));
        }
        if let Some(p) = positions.iter().find(|p| !p.is_finite()) {
            return Err(err(
                pos_span,
                "position",
                format!("{p} is not a finite number"),
            ));
        }
        if let Some(s) = saliences
            .iter()
            .find(|s| !s.is_finite() || **s < 0.0 || **s > scale)
        {
            return Err(err(
                sal_span,
                "salience",
                format!("{s} is outside 0-{scale}"),
            ));
        }
        actors.push(ActorSpec {
            name,
            description: a.description,
            capability: cap,
            positions,
            saliences: saliences.iter().map(|s| s * 100.0 / scale).collect(),
        });
    }
    if dimensions.is_empty() {
        let n = ndim.unwrap_or(1);
        dimensions = (1..=n).map(|i| format!("dim{i}")).collect();
    }
    let stem = std::path::Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(file);
    Ok(Scenario {
        name: doc.name.unwrap_or_else(|| stem.to_string()),
        description: doc.description,
        dimensions,
        actors,
    })
}

/// Writes `scenario` in this format (saliences on 0–100), so that [`parse`] reads it back.
pub fn to_toml(scenario: &Scenario) -> String {
    use std::fmt::Write;
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let nums = |v: &[f64]| {
        let items: Vec<String> = v.iter().map(|x| format!("{x:?}")).collect();
        format!("[{}]", items.join(", "))
    };
    let mut out = String::new();
    let _ = writeln!(out, "name = {}", q(&scenario.name));
    let _ = writeln!(out, "description = {}", q(&scenario.description));
    let dims: Vec<String> = scenario.dimensions.iter().map(|d| q(d)).collect();
    let _ = writeln!(out, "dimensions = [{}]", dims.join(", "));
    for a in &scenario.actors {
        let _ = writeln!(out, "\n[[actor]]");
        let _ = writeln!(out, "name = {}", q(&a.name));
        let _ = writeln!(out, "description = {}", q(&a.description));
        let _ = writeln!(out, "capability = {:?}", a.capability);
        let _ = writeln!(out, "position = {}", nums(&a.positions));
        let _ = writeln!(out, "salience = {}", nums(&a.saliences));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
name = "test"
dimensions = ["tax", "trade"]

[[actor]]
name = "A"
capability = 2.0
position = [10, 90]
salience = [60, 40]

[[actor]]
name = "B"
capability = 1
position = [50, 20.5]
salience = [30, 30]
"#;

    #[test]
    fn reads_two_dimensions() {
        let s = parse(GOOD, "g.toml").expect("parses");
        assert_eq!(s.name, "test");
        assert_eq!(s.dimensions.len(), 2);
        assert_eq!(s.actors[1].positions, vec![50.0, 20.5]);
        assert_eq!(s.actors[0].saliences, vec![60.0, 40.0]);
    }

    #[test]
    fn round_trips() {
        let s = parse(GOOD, "g.toml").expect("parses");
        let back = parse(&to_toml(&s), "h.toml").expect("re-parses");
        assert_eq!(s, back);
    }

    #[test]
    fn scalar_values_and_unit_scale() {
        let t = "salience_scale = 1\n[[actor]]\nname = \"A\"\ncapability = 1\nposition = 3\nsalience = 0.5\n";
        let s = parse(t, "u.toml").expect("parses");
        assert_eq!(s.actors[0].saliences, vec![50.0]);
        assert_eq!(s.dimensions, vec!["dim1".to_string()]);
        assert_eq!(s.name, "u");
    }

    #[test]
    fn wrong_count_names_line_and_field() {
        let t = GOOD.replace("position = [50, 20.5]", "position = [50]");
        let e = parse(&t, "bad.toml").expect_err("must fail").to_string();
        assert!(e.starts_with("bad.toml:14: position:"), "{e}");
    }

    #[test]
    fn type_error_names_line_and_field() {
        let t = GOOD.replace("capability = 1\n", "capability = \"lots\"\n");
        let e = parse(&t, "bad.toml").expect_err("must fail").to_string();
        assert!(
            e.starts_with("bad.toml:13:") && e.contains("capability"),
            "{e}"
        );
    }

    #[test]
    fn missing_and_unknown_fields() {
        let t = GOOD.replace("capability = 1\n", "");
        let e = parse(&t, "m.toml").expect_err("must fail").to_string();
        assert!(e.contains("capability"), "{e}");
        let t = GOOD.replace("capability = 1\n", "capabilty = 1\n");
        let e = parse(&t, "m.toml").expect_err("must fail").to_string();
        assert!(e.contains("capabilty"), "{e}");
    }
}
