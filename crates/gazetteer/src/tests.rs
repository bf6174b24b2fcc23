use super::*;

fn g() -> Gazetteer {
    Gazetteer::builtin()
}

/// (matched text, entity code, entity name, form) for every mention.
fn found(text: &str) -> Vec<(String, String, String, MentionForm)> {
    let gz = g();
    gz.find_mentions(text)
        .into_iter()
        .map(|m| {
            let e = gz.entity(m.entity);
            (text[m.start..m.end].to_string(), e.code.clone(), e.name.clone(), m.form)
        })
        .collect()
}

fn codes(text: &str) -> Vec<String> {
    found(text).into_iter().map(|f| f.1).collect()
}

#[test]
fn builtin_data_has_no_problems() {
    let p = data::builtin_problems();
    assert!(p.is_empty(), "{p:#?}");
}

#[test]
fn all_un_members_and_observers_present() {
    let gz = g();
    let states = gz.entities().filter(|(_, e)| e.kind == ActorKind::State).count();
    assert_eq!(states, 197, "193 UN members + Holy See + Palestine + Taiwan + Kosovo");
    for code in ["TWN", "XKX", "PSE", "VAT", "SSD", "PRK", "KOR"] {
        assert!(gz.by_code(code).is_some(), "{code}");
    }
}

#[test]
fn codes_cross_walk() {
    let gz = g();
    let prk = gz.by_code("PRK").map(|id| gz.entity(id).clone());
    let prk = prk.expect("PRK");
    assert_eq!(prk.cow, Some(731));
    assert_eq!(gz.by_code("KP"), gz.by_code("PRK"));
    assert_eq!(gz.by_code("731"), gz.by_code("PRK"));
    assert_eq!(gz.by_code("ROK"), gz.by_code("KOR"));
    assert_eq!(gz.by_code("UKG"), gz.by_code("GBR"));
    assert_eq!(gz.by_code("gmy"), gz.by_code("DEU"));
    assert_eq!(gz.by_code("nato").map(|i| gz.entity(i).kind), Some(ActorKind::Igo));
    assert_eq!(gz.by_code("2").map(|i| gz.entity(i).code.as_str()), Some("USA"));
    assert!(gz.by_code("XYZ").is_none());
}

#[test]
fn names_demonyms_metonyms() {
    let f = found("Pyongyang's missile test drew condemnation from Seoul, Tokyo and the Kremlin, while North Korean state media praised it.");
    let got: Vec<(&str, &str, MentionForm)> = f.iter().map(|x| (x.0.as_str(), x.1.as_str(), x.3)).collect();
    assert_eq!(
        got,
        vec![
            ("Pyongyang", "PRK", MentionForm::Metonym),
            ("Seoul", "KOR", MentionForm::Metonym),
            ("Tokyo", "JPN", MentionForm::Metonym),
            ("Kremlin", "RUS", MentionForm::Metonym),
            ("North Korean", "PRK", MentionForm::Demonym),
        ]
    );
}

#[test]
fn acronyms_are_case_sensitive() {
    assert_eq!(codes("The US and the UK told us they would join the EU talks."), vec!["USA", "GBR", "EU"]);
    assert_eq!(codes("Let us go to the un-named place"), Vec::<String>::new());
    assert_eq!(codes("The DPRK and the ROK met at the U.N. in New York."), vec!["PRK", "KOR", "UNO"]);
}

#[test]
fn common_words_need_capitals() {
    assert!(codes("We ate turkey off fine china in Chad's kitchen").contains(&"TCD".to_string()));
    assert_eq!(codes("We ate turkey off fine china."), Vec::<String>::new());
    assert_eq!(codes("TURKEY AND CHINA SIGN DEAL"), vec!["TUR", "CHN"]);
}

#[test]
fn longest_and_word_boundaries() {
    assert_eq!(codes("Niger and Nigeria"), vec!["NER", "NGA"]);
    assert_eq!(codes("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea"), vec!["GIN", "GNB", "GNQ", "PNG"]);
    assert_eq!(codes("Sudan and South Sudan"), vec!["SDN", "SSD"]);
    assert_eq!(codes("Romanians in Romania"), vec!["ROU", "ROU"]);
    assert_eq!(codes("Iranians and Israelis"), vec!["IRN", "ISR"]);
    assert_eq!(codes("the US-led coalition and pro-Russian forces"), vec!["USA", "RUS"]);
}

#[test]
fn ambiguity_is_not_guessed() {
    assert_eq!(codes("Korea and Congo"), Vec::<String>::new());
    assert_eq!(codes("the Democratic Republic of the Congo and the Republic of the Congo"), vec!["COD", "COG"]);
    assert_eq!(codes("tensions in the South China Sea"), Vec::<String>::new());
    assert_eq!(codes("China and Chinese Taipei"), vec!["CHN", "TWN"]);
    assert_eq!(codes("exports to Latin America"), Vec::<String>::new());
}

#[test]
fn given_names_and_us_places() {
    assert_eq!(codes("Officials in Washington said"), vec!["USA"]);
    assert_eq!(codes("Officials said in Washington on Monday"), vec!["USA"]);
    assert_eq!(codes("a statue of George Washington"), Vec::<String>::new());
    assert_eq!(codes("The Washington Post reported"), Vec::<String>::new());
    assert_eq!(codes("Michael Jordan met Chad Smith"), Vec::<String>::new());
    assert_eq!(codes("King Abdullah of Jordan visited Chad and Georgia."), vec!["JOR", "TCD", "GEO"]);
    assert_eq!(codes("Jordan's king met Washington's envoy"), vec!["JOR", "USA"]);
}

#[test]
fn possessives_and_curly_apostrophes() {
    let f = found("China’s navy and Russia's army");
    assert_eq!(f.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), vec!["China", "Russia"]);
}

#[test]
fn bodies_attach_to_states() {
    let f = found("China's Foreign Ministry said the Japanese Defense Ministry and the Ministry of Foreign Affairs of South Korea erred.");
    let got: Vec<(&str, &str, MentionForm)> = f.iter().map(|x| (x.0.as_str(), x.1.as_str(), x.3)).collect();
    assert_eq!(
        got,
        vec![
            ("China's Foreign Ministry", "CHN", MentionForm::Body),
            ("Japanese Defense Ministry", "JPN", MentionForm::Body),
            ("Ministry of Foreign Affairs of South Korea", "KOR", MentionForm::Body),
        ]
    );
    let gz = g();
    let unknown = gz.find_mentions("The Ministry of Foreign Affairs said on Monday.");
    assert_eq!(unknown.len(), 1);
    let e = gz.entity(unknown[0].entity);
    assert_eq!((e.code.as_str(), e.role.as_deref(), e.kind), ("", Some("foreign ministry"), ActorKind::GovBody));
    let b = gz.generic_body("FRA", "foreign ministry").map(|id| gz.entity(id).code.clone());
    assert_eq!(b.as_deref(), Some("FRA"));
    let b = gz.generic_body("US", "Foreign Ministry").map(|id| gz.entity(id).name.clone());
    assert_eq!(b.as_deref(), Some("U.S. Department of State"));
}

#[test]
fn named_bodies() {
    let f = found("The Pentagon, the State Department, the CIA and South Korea's National Intelligence Service (NIS) and the PLA");
    let got: Vec<(&str, &str)> = f.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
    assert_eq!(got[0], ("USA", "U.S. Department of Defense"));
    assert_eq!(got[1], ("USA", "U.S. Department of State"));
    assert_eq!(got[2], ("USA", "Central Intelligence Agency"));
    assert!(got.contains(&("KOR", "National Intelligence Service")));
    assert_eq!(got.last(), Some(&("CHN", "People's Liberation Army")));
    let gz = g();
    let nis = gz.find_mentions("the nis");
    assert!(nis.is_empty());
}

#[test]
fn igos() {
    assert_eq!(
        codes("NATO, the European Union, ASEAN, the UN Security Council, the IAEA and the Arab League"),
        vec!["NATO", "EU", "ASEAN", "UNSC", "IAEA", "ARL"]
    );
}

#[test]
fn spans_are_on_char_boundaries_with_unicode() {
    let t = "Türkiye — Côte d'Ivoire, São Tomé and Príncipe… Kyiv";
    for m in g().find_mentions(t) {
        assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
    }
    assert_eq!(codes(t), vec!["TUR", "CIV", "STP", "UKR"]);
}
