//! Reader for KTAB's Spatial-Model-of-Politics CSV input.
//!
//! Layout (one record per line, fields separated by commas, optional double quotes):
//!
//! 1. `scenario name, description, number of actors, number of dimensions`
//! 2. a header: `Actor, Description, Power`, then a position column and a salience column per
//!    dimension (the position column's title names the dimension);
//! 3. one line per actor: name, description, capability, then position and salience per dimension.
//!
//! Positions and saliences are on KTAB's 0–100 scale; an actor's saliences add up to at most 100.
//! The [`Scenario`](crate::Scenario) keeps that scale. Extra trailing empty fields (KTAB files end
//! every line with a comma) and blank lines are ignored.

use crate::{ActorSpec, Scenario};
use std::path::Path;

/// Largest capability KTAB accepts.
const MAX_CAPABILITY: f64 = 1e8;

/// A malformed KTAB CSV file. The message names the line (1-based) and the field at fault, and,
/// when read from disk, the file.
#[derive(Debug, thiserror::Error)]
pub enum KtabCsvError {
    /// A problem at a known line and field.
    #[error("{}line {line}: {field}: {message}", file_prefix(.file))]
    Field {
        /// The file, when known.
        file: Option<String>,
        /// 1-based line number.
        line: usize,
        /// The field at fault (column title or role).
        field: String,
        /// What is wrong.
        message: String,
    },
    /// The file could not be read or is not UTF-8 text.
    #[error("{file}: cannot read: {message}")]
    Io {
        /// The file.
        file: String,
        /// What went wrong.
        message: String,
    },
}

fn file_prefix(file: &Option<String>) -> String {
    match file {
        Some(f) => format!("{f}: "),
        None => String::new(),
    }
}

impl KtabCsvError {
    fn field(line: usize, field: impl Into<String>, message: impl Into<String>) -> Self {
        KtabCsvError::Field {
            file: None,
            line,
            field: field.into(),
            message: message.into(),
        }
    }

    fn in_file(self, name: &str) -> Self {
        match self {
            KtabCsvError::Field {
                line,
                field,
                message,
                ..
            } => KtabCsvError::Field {
                file: Some(name.to_string()),
                line,
                field,
                message,
            },
            other => other,
        }
    }
}

/// One non-blank CSV record with its line number; trailing empty fields removed.
struct Row {
    line: usize,
    fields: Vec<String>,
}

impl Row {
    fn get(&self, i: usize, what: &str) -> Result<&str, KtabCsvError> {
        self.fields.get(i).map(String::as_str).ok_or_else(|| {
            KtabCsvError::field(self.line, what, format!("missing (column {})", i + 1))
        })
    }

    fn number(&self, i: usize, what: &str) -> Result<f64, KtabCsvError> {
        let s = self.get(i, what)?;
        let v: f64 = s.parse().map_err(|_| {
            KtabCsvError::field(
                self.line,
                what,
                format!("'{s}' is not a number (column {})", i + 1),
            )
        })?;
        if !v.is_finite() {
            return Err(KtabCsvError::field(
                self.line,
                what,
                format!("'{s}' is not a finite number"),
            ));
        }
        Ok(v)
    }
}

fn rows(text: &str) -> Result<Vec<Row>, KtabCsvError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut rec = csv::StringRecord::new();
    loop {
        let line_hint = rdr.position().line() as usize;
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                let line = rec
                    .position()
                    .map(|p| p.line() as usize)
                    .unwrap_or(line_hint);
                let mut fields: Vec<String> = rec.iter().map(str::to_string).collect();
                while fields.last().is_some_and(|f| f.is_empty()) {
                    fields.pop();
                }
                if !fields.is_empty() {
                    out.push(Row { line, fields });
                }
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(line_hint);
                return Err(KtabCsvError::field(
                    line,
                    "record",
                    format!("unreadable CSV: {e}"),
                ));
            }
        }
    }
    Ok(out)
}

/// Parses KTAB SMP CSV text into a [`Scenario`] (positions and saliences on the 0–100 scale).
///
/// Checks what KTAB checks: declared counts match, capabilities in `[0, 1e8]`, positions and
/// saliences in `[0, 100]`, each actor's saliences summing to at most 100.
pub fn parse(text: &str) -> Result<Scenario, KtabCsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rows = rows(text)?;
    let Some(first) = rows.first() else {
        return Err(KtabCsvError::field(1, "scenario line", "the file is empty"));
    };
    let name = first.get(0, "scenario name")?.to_string();
    let description = first.get(1, "scenario description")?.to_string();
    let count = |i: usize, what: &str| -> Result<usize, KtabCsvError> {
        let s = first.get(i, what)?;
        s.parse::<usize>().map_err(|_| {
            KtabCsvError::field(
                first.line,
                what,
                format!("'{s}' is not a whole number (column {})", i + 1),
            )
        })
    };
    let n_actors = count(2, "number of actors")?;
    let n_dims = count(3, "number of dimensions")?;
    if n_dims == 0 {
        return Err(KtabCsvError::field(
            first.line,
            "number of dimensions",
            "must be at least 1",
        ));
    }
    if n_actors == 0 {
        return Err(KtabCsvError::field(
            first.line,
            "number of actors",
            "must be at least 1",
        ));
    }
    let Some(header) = rows.get(1) else {
        return Err(KtabCsvError::field(
            first.line + 1,
            "header",
            "missing header line",
        ));
    };
    let want = 3 + 2 * n_dims;
    if header.fields.len() < want {
        return Err(KtabCsvError::field(
            header.line,
            "header",
            format!(
                "{} columns, expected {want} (Actor, Description, Power, then position and salience for {n_dims} dimension(s))",
                header.fields.len()
            ),
        ));
    }
    let dimensions: Vec<String> = (0..n_dims)
        .map(|d| header.fields[3 + 2 * d].clone())
        .collect();
    let col_name = |i: usize| -> String {
        if i < 3 {
            ["Actor", "Description", "Power"][i].to_string()
        } else {
            header
                .fields
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("column {}", i + 1))
        }
    };

    let actor_rows = &rows[2..];
    if actor_rows.len() < n_actors {
        let line = actor_rows.last().map_or(header.line, |r| r.line) + 1;
        return Err(KtabCsvError::field(
            line,
            "actor",
            format!(
                "line 1 declares {n_actors} actors but only {} actor lines follow",
                actor_rows.len()
            ),
        ));
    }
    if let Some(extra) = actor_rows.get(n_actors) {
        return Err(KtabCsvError::field(
            extra.line,
            "actor",
            format!("line 1 declares {n_actors} actors but more actor lines follow"),
        ));
    }

    let mut actors = Vec::with_capacity(n_actors);
    for row in actor_rows {
        if row.fields.len() > want {
            return Err(KtabCsvError::field(
                row.line,
                "actor",
                format!("{} fields, expected {want}", row.fields.len()),
            ));
        }
        let aname = row.get(0, "Actor")?.to_string();
        if aname.is_empty() {
            return Err(KtabCsvError::field(row.line, "Actor", "empty actor name"));
        }
        let adesc = row.fields.get(1).cloned().unwrap_or_default();
        let capability = row.number(2, &col_name(2))?;
        if !(0.0..=MAX_CAPABILITY).contains(&capability) {
            return Err(KtabCsvError::field(
                row.line,
                col_name(2),
                format!("capability {capability} outside [0, {MAX_CAPABILITY}]"),
            ));
        }
        let mut positions = Vec::with_capacity(n_dims);
        let mut saliences = Vec::with_capacity(n_dims);
        let mut total = 0.0;
        for d in 0..n_dims {
            let (pc, sc) = (3 + 2 * d, 4 + 2 * d);
            let p = row.number(pc, &col_name(pc))?;
            if !(0.0..=100.0).contains(&p) {
                return Err(KtabCsvError::field(
                    row.line,
                    col_name(pc),
                    format!("position {p} outside [0, 100]"),
                ));
            }
            let s = row.number(sc, &col_name(sc))?;
            if !(0.0..=100.0).contains(&s) {
                return Err(KtabCsvError::field(
                    row.line,
                    col_name(sc),
                    format!("salience {s} outside [0, 100]"),
                ));
            }
            total += s;
            if total > 100.0 {
                return Err(KtabCsvError::field(
                    row.line,
                    col_name(sc),
                    format!("saliences of actor '{aname}' add up to {total}, more than 100"),
                ));
            }
            positions.push(p);
            saliences.push(s);
        }
        actors.push(ActorSpec {
            name: aname,
            description: adesc,
            capability,
            positions,
            saliences,
        });
    }
    Ok(Scenario {
        name,
        description,
        dimensions,
        actors,
    })
}

/// Reads and parses a KTAB SMP CSV file; errors name the file.
pub fn read(path: &Path) -> Result<Scenario, KtabCsvError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| KtabCsvError::Io {
        file: file.clone(),
        message: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| KtabCsvError::Io {
        file: file.clone(),
        message: format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
    })?;
    parse(&text).map_err(|e| e.in_file(&file))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "Harbour, Port fees dispute, 3, 2,\n\
Actor,Description,Power,Fees,Fees Sal,Hours,Hours Sal,\n\
CITY,City council,  50, 20, 40, 70, 30,\n\
\"UN\",\"Union, dockers\", 30.5, 80, 60, 10, 20,\n\
FIRM,Shipping firm, 20, 55, 10, 45, 80,\n";

    #[test]
    fn parses_a_small_file() {
        let s = parse(SMALL).unwrap();
        assert_eq!(s.name, "Harbour");
        assert_eq!(s.dimensions, vec!["Fees", "Hours"]);
        assert_eq!(s.actors.len(), 3);
        assert_eq!(s.actors[1].name, "UN");
        assert_eq!(s.actors[1].description, "Union, dockers");
        assert_eq!(s.actors[1].capability, 30.5);
        assert_eq!(s.actors[2].positions, vec![55.0, 45.0]);
        assert_eq!(s.actors[2].saliences, vec![10.0, 80.0]);
    }

    #[test]
    fn bad_number_names_line_and_field() {
        let bad = SMALL.replace("30.5", "lots");
        let e = parse(&bad).unwrap_err().to_string();
        assert!(
            e.contains("line 4") && e.contains("Power") && e.contains("lots"),
            "{e}"
        );
    }

    #[test]
    fn salience_sum_and_range_checked() {
        let bad = SMALL.replace("55, 10, 45, 80", "55, 30, 45, 80");
        let e = parse(&bad).unwrap_err().to_string();
        assert!(
            e.contains("line 5") && e.contains("Hours Sal") && e.contains("110"),
            "{e}"
        );
        let bad = SMALL.replace("20, 40, 70", "120, 40, 70");
        let e = parse(&bad).unwrap_err().to_string();
        assert!(
            e.contains("line 3") && e.contains("Fees") && e.contains("outside"),
            "{e}"
        );
    }

    #[test]
    fn counts_checked() {
        let bad = SMALL.replace(
            "Harbour, Port fees dispute, 3",
            "Harbour, Port fees dispute, 4",
        );
        let e = parse(&bad).unwrap_err().to_string();
        assert!(e.contains("declares 4 actors"), "{e}");
        let bad = SMALL.replace(" 10, 45, 80,", " 10, 45,");
        let e = parse(&bad).unwrap_err().to_string();
        assert!(
            e.contains("line 5") && e.contains("Hours Sal") && e.contains("missing"),
            "{e}"
        );
        assert!(parse("").is_err());
        assert!(parse("x,y,z,2\n")
            .unwrap_err()
            .to_string()
            .contains("number of actors"));
    }

    #[test]
    fn read_names_the_file() {
        let e = read(Path::new("/nonexistent/ktab.csv"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("/nonexistent/ktab.csv"), "{e}");
    }
}
