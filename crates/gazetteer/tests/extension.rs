//! User extension files: TOML and CSV, and their error messages.

use std::io::Write;

use realign_core::{ActorKind, PartialDate};
use realign_gazetteer::{Gazetteer, GazetteerError, MentionForm};

fn write(name: &str, body: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("realign-gaz-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    let mut f = std::fs::File::create(&p).expect("create");
    f.write_all(body.as_bytes()).expect("write");
    p
}

#[test]
fn toml_adds_entities_aliases_and_blockers() {
    let p = write(
        "ext.toml",
        r#"
blockers = ["Kremlin Cup"]

[[entity]]
code = ""
kind = "group"
name = "Free Coast Front"
aliases = ["FCF"]

[[entity]]
code = "PRK"
kind = "person"
name = "Ri Il Hwan"
role = "party secretary"
from = "2021-01"

[[alias]]
code = "PRK"
alias = "the North"
form = "metonym"

[[alias]]
code = "NATO"
aliases = ["the Alliance"]
"#,
    );
    let g = Gazetteer::with_extension_file(&p).expect("loads");
    let t = "Free Coast Front and Ri Il Hwan said the North, the Alliance and the Kremlin Cup organisers disagreed.";
    let got: Vec<(String, String, ActorKind, MentionForm)> = g
        .find_mentions(t)
        .into_iter()
        .map(|m| {
            let e = g.entity(m.entity);
            (t[m.start..m.end].to_string(), e.code.clone(), e.kind, m.form)
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("Free Coast Front".into(), "".into(), ActorKind::Group, MentionForm::Name),
            ("Ri Il Hwan".into(), "PRK".into(), ActorKind::Person, MentionForm::Person),
            ("North".into(), "PRK".into(), ActorKind::State, MentionForm::Metonym),
            ("Alliance".into(), "NATO".into(), ActorKind::Igo, MentionForm::Name),
        ]
    );
    let d = PartialDate::parse("2022-01-01").expect("date");
    assert!(g.leader("PRK", "party secretary", &d).is_some());
    // The built-in gazetteer is untouched.
    assert!(Gazetteer::builtin().find_mentions("Free Coast Front").is_empty());
}

#[test]
fn csv_adds_aliases_and_entities() {
    let p = write(
        "ext.csv",
        "code,kind,name,aliases,form\nKOR,,,Hanguk|the South,metonym\nXAB,state,Abkhazia,Abkhaz Republic,\n,blocker,Seoul Food,,\n",
    );
    let g = Gazetteer::with_extension_file(&p).expect("loads");
    let t = "Hanguk and Abkhazia; Seoul Food is a restaurant.";
    let codes: Vec<String> = g.find_mentions(t).iter().map(|m| g.entity(m.entity).code.clone()).collect();
    assert_eq!(codes, vec!["KOR", "XAB"]);
    assert!(g.by_code("XAB").is_some());
}

fn parse_err(name: &str, body: &str) -> (String, usize, String) {
    let p = write(name, body);
    match Gazetteer::with_extension_file(&p) {
        Err(GazetteerError::Parse { path, line, message }) => (path, line, message),
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("{name} should not load"),
    }
}

#[test]
fn errors_name_file_line_and_problem() {
    let (path, line, msg) = parse_err("bad1.csv", "code,kind,name,aliases\nKOR,,,Hanguk\nZZZ,,,Nowhere\n");
    assert!(path.ends_with("bad1.csv"));
    assert_eq!(line, 3);
    assert!(msg.contains("unknown code \"ZZZ\""), "{msg}");

    let (_, line, msg) = parse_err("bad2.csv", "code,kind,name,aliases\nXAB,planet,Abkhazia,\n");
    assert_eq!(line, 2);
    assert!(msg.contains("unknown kind"), "{msg}");

    let (_, line, msg) = parse_err("bad3.csv", "code,colour\nKOR,red\n");
    assert_eq!(line, 1);
    assert!(msg.contains("unknown column"), "{msg}");

    let (_, line, msg) = parse_err("bad4.toml", "[[entity]]\ncode = \"X\"\nkind = \"state\"\nname = \"Xland\"\n\n[[entity]]\ncode = \"Y\"\nkind = \"moon\"\nname = \"Y\"\n");
    assert_eq!(line, 8);
    assert!(msg.contains("unknown kind \"moon\""), "{msg}");

    let (_, line, msg) = parse_err(
        "bad5.toml",
        "[[alias]]\ncode = \"PRK\"\nalias = \"x\"\n\n[[alias]]\ncode = \"PRK\"\nalias = \"y\"\nform = \"nickname\"\n",
    );
    assert_eq!(line, 5);
    assert!(msg.contains("unknown form"), "{msg}");

    let (_, line, _) =
        parse_err("bad6.toml", "[[entity]]\ncode = \"X\"\nkind = \"state\"\nname = \"Xland\"\nfrom = \"2020-13\"\n");
    assert_eq!(line, 1);

    let (_, line, msg) = parse_err("bad7.toml", "[[entity]]\ncode = \"X\"\nkind = \"state\"\nname = \"Xland\n");
    assert_eq!(line, 4);
    assert!(!msg.is_empty());

    match Gazetteer::with_extension_file(std::path::Path::new("/nonexistent/realign.toml")) {
        Err(GazetteerError::Io { path, .. }) => assert!(path.contains("realign.toml")),
        _ => panic!("expected an I/O error"),
    }
}
