//! The four-column CSV layout used by the public expected-utility replications:
//! a header line, then one line per actor with name, capability, position and salience.
//!
//! ```text
//! Actor,Capability,Position,Salience
//! Netherlands,0.08,4,80
//! Belgium,0.08,7,40
//! ```
//!
//! Header names are matched case-insensitively (`actor`/`stakeholder`/`name`,
//! `capability`/`resources`/`power`, `position`, `salience`); when they are not recognised the
//! columns are taken in that order. Saliences may be on 0–100 or 0–1: if every salience is at
//! most 1 the file is taken to be on 0–1 and saliences are multiplied by 100 (the [`Scenario`]
//! scale). The result has one dimension, named after the position column.

use crate::{ActorSpec, InputError, Scenario};

/// True when `text` looks like this layout: a header line with exactly four fields whose second
/// to fourth data fields are numbers.
pub fn looks_like(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let Some(header) = lines.next() else {
        return false;
    };
    let fields: Vec<&str> = header.split(',').map(str::trim).collect();
    if fields.len() != 4 || fields.iter().skip(1).any(|f| f.parse::<f64>().is_ok()) {
        return false;
    }
    lines.next().is_some_and(|l| {
        let f: Vec<&str> = l.split(',').map(str::trim).collect();
        f.len() == 4 && f[1..].iter().all(|v| v.parse::<f64>().is_ok())
    })
}

fn column_role(name: &str) -> Option<usize> {
    match name.trim().to_ascii_lowercase().as_str() {
        "actor" | "stakeholder" | "name" | "player" => Some(0),
        "capability" | "resources" | "power" | "clout" | "influence" => Some(1),
        "position" => Some(2),
        "salience" => Some(3),
        _ => None,
    }
}

/// Parses the layout; `file` names the source in error messages.
pub fn parse(text: &str, file: &str) -> Result<Scenario, InputError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let field_err = |line: u64, field: &str, message: String| InputError::Field {
        file: file.to_string(),
        line: line as usize,
        field: field.to_string(),
        message,
    };
    let mut records = reader.records();
    let header = loop {
        match records.next() {
            None => {
                return Err(InputError::File {
                    file: file.to_string(),
                    message: "empty file: expected a header line".into(),
                })
            }
            Some(Err(e)) => {
                let line = e.position().map_or(1, |p| p.line());
                return Err(field_err(line, "header", e.to_string()));
            }
            Some(Ok(r)) if r.iter().all(str::is_empty) => continue,
            Some(Ok(r)) => break r,
        }
    };
    let hline = header.position().map_or(1, |p| p.line());
    if header.len() != 4 {
        return Err(field_err(
            hline,
            "header",
            format!(
                "expected 4 columns (actor, capability, position, salience), found {}",
                header.len()
            ),
        ));
    }
    // order[k] = the column holding role k.
    let roles: Vec<Option<usize>> = header.iter().map(column_role).collect();
    let mut order = [0usize, 1, 2, 3];
    if roles.iter().all(Option::is_some) {
        let mut seen = [false; 4];
        for (col, role) in roles.iter().enumerate() {
            if let Some(r) = *role {
                seen[r] = true;
                order[r] = col;
            }
        }
        if seen.iter().any(|s| !s) {
            order = [0, 1, 2, 3];
        }
    }
    let names = ["actor", "capability", "position", "salience"];
    let dim_name = header.get(order[2]).unwrap_or("position").to_string();
    let mut actors = Vec::new();
    let mut lines = Vec::new();
    for rec in records {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            field_err(line, "record", e.to_string())
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        if rec.iter().all(str::is_empty) {
            continue;
        }
        if rec.len() != 4 {
            return Err(field_err(
                line,
                "record",
                format!("expected 4 fields, found {}", rec.len()),
            ));
        }
        let get = |role: usize| rec.get(order[role]).unwrap_or("");
        let name = get(0);
        if name.is_empty() {
            return Err(field_err(line, names[0], "empty actor name".into()));
        }
        let mut num = [0.0f64; 3];
        for role in 1..4 {
            let raw = get(role);
            let v: f64 = raw
                .parse()
                .map_err(|_| field_err(line, names[role], format!("{raw:?} is not a number")))?;
            if !v.is_finite() {
                return Err(field_err(
                    line,
                    names[role],
                    format!("{raw:?} is not a finite number"),
                ));
            }
            if role != 2 && v < 0.0 {
                return Err(field_err(line, names[role], format!("{v} is negative")));
            }
            num[role - 1] = v;
        }
        if num[2] > 100.0 {
            return Err(field_err(
                line,
                "salience",
                format!("{} is above 100", num[2]),
            ));
        }
        actors.push(ActorSpec {
            name: name.to_string(),
            description: String::new(),
            capability: num[0],
            positions: vec![num[1]],
            saliences: vec![num[2]],
        });
        lines.push(line);
    }
    if actors.is_empty() {
        return Err(InputError::File {
            file: file.to_string(),
            message: "no actor lines after the header".into(),
        });
    }
    if actors.iter().all(|a| a.saliences[0] <= 1.0) {
        for a in &mut actors {
            a.saliences[0] *= 100.0;
        }
    }
    let stem = std::path::Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(file);
    Ok(Scenario {
        name: stem.to_string(),
        description: String::new(),
        dimensions: vec![dim_name],
        actors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: &str = "Stakeholder,Resources,Position,Salience\nA,0.5,1,0.3\nB,0.25,0,1\n";

    #[test]
    fn unit_saliences_are_scaled_to_100() {
        assert!(looks_like(UNIT));
        let s = parse(UNIT, "x.csv").expect("parses");
        assert_eq!(s.actors.len(), 2);
        assert!((s.actors[0].saliences[0] - 30.0).abs() < 1e-12);
        assert_eq!(s.actors[1].positions, vec![0.0]);
        assert_eq!(s.dimensions, vec!["Position".to_string()]);
    }

    #[test]
    fn columns_are_found_by_name() {
        let s = parse("salience,position,name,power\n80,4,NL,2\n", "y.csv").expect("parses");
        assert_eq!(s.actors[0].name, "NL");
        assert_eq!(s.actors[0].capability, 2.0);
        assert_eq!(s.actors[0].positions, vec![4.0]);
        assert_eq!(s.actors[0].saliences, vec![80.0]);
    }

    #[test]
    fn bad_number_names_line_and_field() {
        let e = parse(
            "Actor,Capability,Position,Salience\nA,1,2,3\nB,x,2,3\n",
            "bad.csv",
        )
        .expect_err("must fail");
        let msg = e.to_string();
        assert!(
            msg.contains("bad.csv:3") && msg.contains("capability"),
            "{msg}"
        );
    }
}
