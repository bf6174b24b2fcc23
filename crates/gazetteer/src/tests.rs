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
    assert_eq!(states, 200, "193 UN members + Holy See + Palestine + Taiwan + Kosovo + Western Sahara + the Cook Islands and Niue");
    for code in ["TWN", "XKX", "PSE", "ESH", "VAT", "SSD", "PRK", "KOR"] {
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
fn a_surname_shared_by_leaders_of_one_state_names_the_state() {
    // Fidel and Raúl Castro are both known as "Castro": without a title the mention is Cuba's.
    assert_eq!(codes("Castro dismissed the sanctions."), vec!["CUB"]);
    // A title still picks the person ("President Bill Clinton"), and a surname shared across
    // states ("Kim") names no one.
    let f = found("President Bill Clinton met Kim in Seoul.");
    assert_eq!(f.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["USA", "KOR"]);
}

#[test]
fn places_inside_a_state_are_coded_to_it() {
    assert_eq!(codes("Drones hit Kharkiv and Odesa; later, clashes in Mosul and Aleppo."), vec!["UKR", "UKR", "IRQ", "SYR"]);
    // (That every places.tsv row names a known state is `builtin_data_has_no_problems`.)
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
    assert_eq!(
        codes("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea"),
        vec!["GIN", "GNB", "GNQ", "PNG"]
    );
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
    // In lower case the state's own alias ("Russian Foreign Ministry") does not match, and its
    // generic body, ending where it did, still attaches.
    let f = found("A spokeswoman for the Russian foreign ministry said the Indian home ministry erred.");
    let got: Vec<(&str, &str, MentionForm)> = f.iter().map(|x| (x.0.as_str(), x.1.as_str(), x.3)).collect();
    assert_eq!(got, vec![("Russian foreign ministry", "RUS", MentionForm::Body), ("Indian home ministry", "IND", MentionForm::Body)]);
    // Coast and border guards attach as ministries do; a few are known by their own names.
    let f = found("The Philippine Coast Guard and Kyrgyz border guards, the BSF and the BGB.");
    let got: Vec<(&str, &str)> = f.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(got, vec![("Philippine Coast Guard", "PHL"), ("Kyrgyz border guards", "KGZ"), ("BSF", "IND"), ("BGB", "BGD")]);
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
    let f = found(
        "The Pentagon, the State Department, the CIA and South Korea's National Intelligence Service (NIS) and the PLA",
    );
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

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn leader_name(code: &str, role: &str, d: &str) -> Option<String> {
    let gz = g();
    gz.leader(code, role, &date(d)).map(|id| gz.entity(id).name.clone())
}

#[test]
fn persons_with_titles() {
    let f = found("Russian President Vladimir Putin met Xi Jinping; Mr. Putin later called Foreign Minister Wang Yi and Secretary of State Marco Rubio.");
    let got: Vec<(&str, &str, &str)> = f.iter().map(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("Russian President Vladimir Putin", "RUS", "Vladimir Putin"),
            ("Xi Jinping", "CHN", "Xi Jinping"),
            ("Mr. Putin", "RUS", "Vladimir Putin"),
            ("Foreign Minister Wang Yi", "CHN", "Wang Yi"),
            ("Secretary of State Marco Rubio", "USA", "Marco Rubio"),
        ]
    );
    assert!(f.iter().all(|x| x.3 == MentionForm::Person));
    let f = found("North Korean leader Kim Jong Un and South Korean President Lee Jae-myung; Zelensky and Lavrov.");
    let names: Vec<&str> = f.iter().map(|x| x.2.as_str()).collect();
    assert_eq!(names, vec!["Kim Jong Un", "Lee Jae-myung", "Volodymyr Zelensky", "Sergey Lavrov"]);
    assert_eq!(f[0].0, "North Korean leader Kim Jong Un");
}

#[test]
fn shared_surnames_are_not_guessed() {
    // Two Kims, two Lis, two Clintons, two King Abdullahs: the surname alone resolves nobody.
    // (The two Clintons served one state, so "Clinton" still names the United States, as a
    // state, not as either person; so does a title all the namesakes held in one state:
    // "Premier Li" is China, "President Bush" the United States. The Kims and the King
    // Abdullahs served different states.)
    let f = found("Mr. Kim met Premier Li and Clinton.");
    assert!(f.iter().all(|x| x.3 != MentionForm::Person), "{f:?}");
    assert_eq!(f.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["CHN", "USA"]);
    assert_eq!(f[0].0, "Premier Li");
    let f = found("President Bush arrived");
    assert_eq!((f[0].0.as_str(), f[0].1.as_str(), f[0].3), ("President Bush", "USA", MentionForm::Metonym));
    assert!(found("King Abdullah arrived").is_empty());
    assert_eq!(found("King Abdullah II arrived")[0].1, "JOR");
}

#[test]
fn leader_on_date() {
    assert_eq!(leader_name("USA", "president", "2022-03-01").as_deref(), Some("Joe Biden"));
    assert_eq!(leader_name("USA", "president", "2025-06").as_deref(), Some("Donald Trump"));
    assert_eq!(leader_name("US", "secretary of state", "2023").as_deref(), Some("Antony Blinken"));
    assert_eq!(leader_name("RUS", "prime minister", "2010-01-01").as_deref(), Some("Vladimir Putin"));
    assert_eq!(leader_name("RUS", "president", "2010-01-01").as_deref(), Some("Dmitry Medvedev"));
    assert_eq!(leader_name("KOR", "president", "2023-07-01").as_deref(), Some("Yoon Suk Yeol"));
    assert_eq!(leader_name("KOR", "president", "2025-08-15").as_deref(), Some("Lee Jae-myung"));
    // 2025 as a whole had two presidents (and an interregnum): no single answer.
    assert_eq!(leader_name("KOR", "president", "2025"), None);
    assert_eq!(leader_name("PRK", "leader", "2016-05-01").as_deref(), Some("Kim Jong Un"));
    assert_eq!(leader_name("CHN", "leader", "2008").as_deref(), Some("Hu Jintao"));
    assert_eq!(leader_name("CHN", "foreign minister", "2023-01-15").as_deref(), Some("Qin Gang"));
    assert_eq!(leader_name("CHN", "foreign minister", "2023"), None);
    assert_eq!(leader_name("DEU", "head of government", "2024-01-01").as_deref(), Some("Olaf Scholz"));
    assert_eq!(leader_name("DEU", "chancellor", "2026-01-01").as_deref(), Some("Friedrich Merz"));
    assert_eq!(leader_name("GBR", "foreign secretary", "2025-10-01").as_deref(), Some("Yvette Cooper"));
    assert_eq!(leader_name("USA", "defense secretary", "2025-03-01").as_deref(), Some("Pete Hegseth"));
    assert_eq!(leader_name("JPN", "prime minister", "2025-11-01").as_deref(), Some("Sanae Takaichi"));
    // Handover day: the successor.
    assert_eq!(leader_name("USA", "president", "2021-01-20").as_deref(), Some("Joe Biden"));
    assert_eq!(leader_name("XYZ", "president", "2021-01-20"), None);
}

#[test]
fn person_entity_shows_latest_term_and_terms_lists_all() {
    let gz = g();
    let m = gz.find_mentions("Vladimir Putin");
    assert_eq!(m.len(), 1);
    let e = gz.entity(m[0].entity);
    assert_eq!((e.code.as_str(), e.kind, e.role.as_deref()), ("RUS", ActorKind::Person, Some("president")));
    assert_eq!(e.valid_from, Some(date("2012-05-07")));
    let terms = gz.terms(m[0].entity);
    assert_eq!(terms.len(), 3);
    assert!(terms.iter().any(|t| t.role == "prime minister"));
}

#[test]
fn main_codes_win_over_secondary_codes() {
    let gz = g();
    // COW letters SWZ (Switzerland) and MNG (Montenegro) are other states' ISO3 codes.
    assert_eq!(gz.by_code("SWZ").map(|i| gz.entity(i).name.as_str()), Some("Eswatini"));
    assert_eq!(gz.by_code("MNG").map(|i| gz.entity(i).name.as_str()), Some("Mongolia"));
    assert_eq!(gz.by_code("AUS").map(|i| gz.entity(i).name.as_str()), Some("Australia"));
    // No IGO code shadows a state's ISO3 code.
    for (_, e) in gz.entities().filter(|(_, e)| e.kind == ActorKind::Igo) {
        let owner = gz.by_code(&e.code).map(|i| gz.entity(i).kind);
        assert_eq!(owner, Some(ActorKind::Igo), "{}", e.code);
    }
    for (_, e) in gz.entities().filter(|(_, e)| e.kind == ActorKind::State) {
        assert_eq!(gz.by_code(&e.code).map(|i| gz.entity(i).code.as_str()), Some(e.code.as_str()));
    }
}

#[test]
fn non_state_groups_resolve_to_their_state_or_an_international_code() {
    let gz = g();
    let f = found("Hamas and Hezbollah fighters; Boko Haram; al-Qaeda; Human Rights Watch.");
    let by: Vec<(&str, &str)> = f.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
    assert!(by.contains(&("PSE", "Hamas")), "{by:?}");
    assert!(by.contains(&("LBN", "Hezbollah")), "{by:?}");
    assert!(by.contains(&("NGA", "Boko Haram")), "{by:?}");
    assert!(by.contains(&("IMG", "al-Qaeda")), "{by:?}");
    assert!(by.contains(&("NGO", "Human Rights Watch")), "{by:?}");
    let kinds: Vec<ActorKind> = gz.find_mentions("the Taliban").iter().map(|m| gz.entity(m.entity).kind).collect();
    assert_eq!(kinds, vec![ActorKind::Group]);
    // A common noun is not a group: "granted amnesty".
    assert!(codes("The court granted amnesty to the prisoners.").is_empty());
}

#[test]
fn misspelled_country_names_resolve_and_real_names_do_not() {
    let g = Gazetteer::builtin();
    let text = "Ethopia and Quatar-based envoys met Afganistan's ministers at Columbia University in Indiana.";
    let known = g.find_mentions(text);
    let found = g.find_misspelled(text, &known);
    let got: Vec<(&str, &str)> = found.iter().map(|m| (&text[m.start..m.end], g.entity(m.entity).code.as_str())).collect();
    assert_eq!(got, [("Ethopia", "ETH"), ("Quatar", "QAT"), ("Afganistan", "AFG")]);
    // Words the exact pass already covers are left alone.
    let text = "Ethiopia and Qatar";
    assert!(g.find_misspelled(text, &g.find_mentions(text)).is_empty());
    // A name after a title is a person's, however close to a country's ("Bharrat", "Bharat").
    let text = "Vice President Bharrat Jagdeo spoke.";
    assert!(g.find_misspelled(text, &g.find_mentions(text)).is_empty());
}

#[test]
fn historical_names_resolve_to_their_successor_states() {
    assert_eq!(codes("Soviet troops left Kabul"), ["RUS", "AFG"]);
    assert_eq!(codes("Zaire and Rhodesia"), ["COD", "ZWE"]);
    assert_eq!(codes("a Yugoslav army unit near Kampuchean camps"), ["SRB", "KHM"]);
    assert_eq!(codes("Czechoslovakia, Dahomey and Upper Volta"), ["CZE", "BEN", "BFA"]);
}

#[test]
fn a_leading_article_may_be_lower_case() {
    assert_eq!(codes("Japan and the Philippines"), ["JPN", "PHL"]);
    assert_eq!(codes("Germany and the Netherlands, Senegal and the Gambia"), ["DEU", "NLD", "SEN", "GMB"]);
    assert_eq!(codes("The Bahamas"), ["BHS"]);
}

#[test]
fn a_rejected_long_alias_does_not_hide_the_name_inside_it() {
    // "Chinese Foreign Ministry" is a capitalised alias; written in lower case it is rejected,
    // and "Chinese" still names China.
    assert_eq!(codes("The Chinese foreign ministry criticised Japan."), vec!["CHN", "JPN"]);
    assert_eq!(codes("The Russian foreign ministry summoned the envoy."), vec!["RUS"]);
    // The capitalised alias still names the body.
    let f = found("The Chinese Foreign Ministry criticised Japan.");
    assert!(f.iter().any(|(_, code, _, _)| code == "CHN"), "{f:?}");
}

#[test]
fn states_styled_kingdoms_are_known_as_such() {
    let g = Gazetteer::builtin();
    assert!(g.is_kingdom("SAU") && g.is_kingdom("JOR") && g.is_kingdom("GBR"));
    assert!(!g.is_kingdom("FRA") && !g.is_kingdom("USA") && !g.is_kingdom("XXX"));
}

#[test]
fn a_surname_alone_is_the_namesake_named_in_full_before() {
    // "Wang" alone names no one (several Wangs are known); after "Wang Yi" it names him.
    let f = found("Foreign Minister Wang Yi arrived on Monday. Wang said the talks were useful.");
    assert_eq!(f.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(), vec!["Wang Yi", "Wang Yi"], "{f:?}");
    assert!(found("Wang said the talks were useful.").iter().all(|x| x.3 != MentionForm::Person));
}

#[test]
fn a_namesake_is_not_the_known_person() {
    // Another state's office before the name: Colombia's defence minister, not Spain's premier.
    assert_eq!(codes("Colombian Defence Minister Pedro Sanchez met his Ecuadorean counterpart."), vec!["COL", "ECU"]);
    assert_eq!(codes("Spanish Prime Minister Pedro Sanchez met his Ecuadorean counterpart."), vec!["ESP", "ECU"]);
    // ("Bosnian Serb leader": the person's own state qualifies the demonym.)
    assert!(found("Bosnian Serb leader Milorad Dodik flew to Moscow.").iter().any(|x| x.2 == "Milorad Dodik"));
    // Another given name before a known surname: someone else.
    assert_eq!(codes("Peru's former prime minister Betssy Chavez sought asylum."), vec!["PER"]);
    assert_eq!(codes("Venezuela's Chavez sought support."), vec!["VEN", "VEN"]);
    assert!(found("On Monday Chavez met reporters.").iter().any(|x| x.2 == "Hugo Chavez"));
    // A known surname glued to another name by a hyphen is someone else's compound name.
    assert!(found("Deputy minister Yunus-Bek Yevkurov flew to Benghazi.").iter().all(|x| x.2 != "Muhammad Yunus"));
    assert!(found("Chief adviser Yunus flew to Beijing.").iter().any(|x| x.2 == "Muhammad Yunus"));
    // (The surname alone after such a namesake is that namesake again.)
    assert!(found("Former premier Betssy Chavez sought asylum. Chavez had taken refuge in the embassy.").iter().all(|x| x.2 != "Hugo Chavez"));
}

#[test]
fn organs_and_missions_know_their_organisation() {
    let g = Gazetteer::builtin();
    assert_eq!(g.part_of("UNSC"), Some("UNO"));
    assert_eq!(g.part_of("kfor"), Some("NATO"));
    assert_eq!(g.part_of("EUC"), Some("EU"));
    assert_eq!(g.part_of("UNO"), None);
    assert_eq!(g.part_of("FRA"), None);
    let m = g.find_mentions("The UN mission in Mali, MINUSMA, completed its withdrawal.");
    assert!(m.iter().any(|m| g.entity(m.entity).code == "MINUSMA"), "{m:?}");
}
