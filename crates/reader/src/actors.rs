//! From gazetteer mentions to the actors of each sentence: demonym + noun sectors ("North Korean
//! troops" → PRK, MIL), bodies whose country comes from context ("China's Ministry of Foreign
//! Affairs"), persons with their state, and simple coreference ("the two countries").

use realign_core::{ActorKind, ActorRef, PartialDate, Span};
use realign_gazetteer::{Gazetteer, Mention, MentionForm};

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::normalize::find_ci;
use crate::sentence::ActorMention;

const MIL_NOUNS: &[&str] = &[
    "troops", "soldiers", "forces", "force", "military", "army", "navy", "warship", "warships", "jets", "fighter",
    "fighters", "artillery", "units", "servicemen", "marines", "battalion", "battalions", "gunboats", "missiles",
    "submarine", "submarines", "tanks", "air",
];
const GOV_NOUNS: &[&str] = &[
    "officials", "official", "government", "authorities", "diplomats", "diplomat", "leader", "leaders", "president",
    "prime", "minister", "ministry", "envoy", "ambassador", "delegation", "spokesman", "spokeswoman", "regime",
    "administration", "lawmakers", "parliament", "foreign", "state", "embassy",
];
const REB_NOUNS: &[&str] = &["rebels", "insurgents", "militants", "guerrillas", "separatists"];
const CVL_NOUNS: &[&str] = &["protesters", "demonstrators", "students", "workers", "civilians", "refugees", "people"];

/// Agreements and negotiations a city names ("the Lusaka accord", "the Oslo Accords"). (Not
/// "ceasefire": "the Gaza ceasefire" is the place's, and what reads it as a topic needs the place.)
const NAMED_AFTER_CITY: &[&str] = &[
    "accord", "accords", "agreement", "agreements", "protocol", "protocols", "process", "talks",
    "peace", "format", "declaration", "framework", "deal", "formula",
];

/// What a former polity's adjective describes when it names a successor, not the polity.
const FORMER_OF: &[&str] = &[
    "republic", "republics", "state", "states", "satellite", "satellites", "bloc", "country", "countries", "nation", "nations",
    "territory", "territories", "colony", "colonies", "space", "province", "provinces",
];

fn next_word(text: &str, at: usize) -> &str {
    let rest = text.get(at..).unwrap_or("");
    let rest = rest.trim_start_matches([' ', '-']);
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    &rest[..end]
}

fn lower_eq_any(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Resolves one gazetteer mention (document offsets) into an actor, using the nearby text.
pub(crate) fn resolve(g: &Gazetteer, text: &str, m: &Mention, nearest_state: Option<&str>) -> Option<ActorMention> {
    let e = g.get(m.entity)?;
    // "the former Soviet republic of Georgia", "the former Yugoslav republic": a past polity's
    // adjective describing another place names neither actor.
    if m.form == MentionForm::Demonym && lower_eq_any(next_word(text, m.end), FORMER_OF) {
        let lead = text.get(..m.start).unwrap_or("").trim_end().trim_end_matches('-');
        let prev = lead.rsplit(' ').next().unwrap_or("");
        if prev.eq_ignore_ascii_case("former") || prev.eq_ignore_ascii_case("ex") {
            return None;
        }
    }
    // "the Lusaka accord", "the Minsk agreements", "the Doha talks": a city naming an
    // agreement or a negotiation is its name, not an actor.
    if m.form == MentionForm::Metonym && lower_eq_any(next_word(text, m.end), NAMED_AFTER_CITY) {
        return None;
    }
    // "US$400 million", "NZ$2 million": a dollar's country names a currency, not an actor.
    if text.get(m.end..).is_some_and(|r| r.starts_with('$')) {
        return None;
    }
    let mut actor = ActorRef {
        code: e.code.clone(),
        kind: e.kind,
        name: None,
        role: e.role.clone(),
        sector: e.sector.clone(),
    };
    match e.kind {
        ActorKind::Person => actor.name = Some(e.name.clone()),
        ActorKind::GovBody | ActorKind::Group => actor.name = Some(e.name.clone()),
        ActorKind::State | ActorKind::Igo => {}
    }
    if actor.code.is_empty() {
        // A body of unknown country ("the Foreign Ministry"): the nearest state in the sentence.
        actor.code = nearest_state?.to_string();
    }
    // ("Kyrgyz border guards", "the Philippine Coast Guard", "the BSF": a force on the
    // frontier or at sea acts as its state's forces do, like "Kyrgyz troops".)
    if e.kind == ActorKind::GovBody && matches!(e.role.as_deref(), Some("coast guard" | "border guard")) {
        actor = ActorRef { code: actor.code, kind: ActorKind::State, name: None, role: None, sector: Some("MIL".into()) };
    }
    if matches!(m.form, MentionForm::Demonym | MentionForm::Name) && matches!(e.kind, ActorKind::State) {
        let w = next_word(text, m.end);
        if lower_eq_any(w, MIL_NOUNS) {
            actor.sector = Some("MIL".into());
        } else if lower_eq_any(w, GOV_NOUNS) {
            actor.sector = Some("GOV".into());
        } else if lower_eq_any(w, REB_NOUNS) {
            actor.sector = Some("REB".into());
        } else if lower_eq_any(w, CVL_NOUNS) {
            actor.sector = Some("CVL".into());
        }
    }
    // People or an organisation of the state rather than the state: a demonym, a person, a body,
    // a sector noun after the name ("Montenegro government"), or a name that opens a longer proper
    // name ("Montenegro Assembly").
    let next_capital = matches!(e.kind, ActorKind::State)
        && text.get(m.end..).is_some_and(|r| r.starts_with(' ') && r[1..].chars().next().is_some_and(|c| c.is_uppercase()))
        && next_word(text, m.end).len() > 2;
    let people = m.form == MentionForm::Demonym
        || !matches!(e.kind, ActorKind::State | ActorKind::Igo)
        || (matches!(e.kind, ActorKind::State) && actor.sector.is_some())
        || next_capital;
    // ("Kharkiv", "Damascus": a place in the state, not its name.)
    let place = m.form == MentionForm::Metonym && matches!(e.kind, ActorKind::State);
    Some(ActorMention { place, span: Span::new(m.start, m.end), actor, coreferent: false, people })
}

/// Phrases that refer back to the two most recent states.
const PAIR_PHRASES: &[&str] = &[
    "the two countries", "both countries", "the two nations", "both nations", "the two sides", "both sides", "the two states", "the two leaders",
    "both leaders", "the two governments", "both governments", "the two presidents", "the two ministers", "both capitals", "the two capitals",
    "the two armies", "both armies", "the two militaries", "both militaries", "the two navies", "both navies", "the two neighbours", "both neighbours",
    "the two neighbors", "both neighbors", "the two allies", "both allies",
];
/// Phrases that refer back to the three most recent states.
const TRIO_PHRASES: &[&str] = &[
    "the three countries", "all three countries", "the three nations", "the three governments", "the three allies", "the three states",
    "the three leaders", "the three presidents", "the three ministers", "all three leaders", "all three governments", "all three states", "the three juntas", "all three juntas", "the three capitals",
    "the three members", "all three members", "the three regimes", "all three regimes", "the three neighbours", "the three neighbors", "the three partners",
];
/// Phrases that refer back to the most recent state.
const ONE_PHRASES: &[&str] = &[
    "the regime", "the country's", "the country", "the kingdom's", "the kingdom", "the island's", "the island nation", "the island", "the archipelago", "the atoll nation",
    "the emirate", "the sultanate",
];

/// States that are islands or archipelagos ("the island", "the archipelago" refer back to one).
const ISLAND_STATES: &[&str] = &[
    "CUB", "JAM", "HTI", "DOM", "TTO", "BHS", "BRB", "LCA", "VCT", "GRD", "ATG", "KNA", "DMA", "ISL", "MLT", "CYP", "LKA", "MDV", "MDG", "MUS", "SYC",
    "COM", "CPV", "STP", "SGP", "TWN", "JPN", "PHL", "IDN", "BHR", "FJI", "SLB", "VUT", "TON", "WSM", "KIR", "TUV", "NRU", "MHL", "FSM", "PLW", "NZL", "PNG",
    "DNK", "TLS",
];

/// "The Andean country has come to rely on Russian diesel", "the Central Asian country's atomic
/// agency", "the cash-strapped Andean nation", "the Sahel state": a country described by one or
/// two words is the state spoken of last (a "state" only after a region's capitalised name). Not
/// "the first country", "the other nation", "the neighbouring country" (another), nor a
/// description holding a name ("the Serbian state" is Serbia by its name).
fn described_country(s: &str, base: usize, recent: &[String], named: &[ActorMention]) -> Option<ActorMention> {
    if !(s.contains(" country") || s.contains(" nation") || s.contains(" state")) {
        return None;
    }
    let code = recent.first()?;
    let words: Vec<(usize, &str)> = s.split_whitespace().map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w)).collect();
    for (i, (at, w)) in words.iter().enumerate() {
        if !w.eq_ignore_ascii_case("the") {
            continue;
        }
        for n in 1..=2 {
            let Some((head_at, head)) = words.get(i + n + 1) else { break };
            let bare = head.trim_end_matches([',', '.', ';', ':']);
            let noun = bare.strip_suffix("'s").unwrap_or(bare);
            let desc = &words[i + 1..=i + n];
            let capital = desc.iter().all(|(_, d)| d.starts_with(char::is_uppercase));
            let kind_ok = matches!(noun, "country" | "nation") || (noun == "state" && capital);
            if !kind_ok {
                continue;
            }
            let ok_word = |d: &str| {
                let l = d.to_ascii_lowercase();
                d.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !matches!(
                        l.as_str(),
                        "island" | "atoll" | "archipelago" | "kingdom" | "emirate" | "sultanate" | "first" | "only" | "one" | "other" | "another" | "neighbouring" | "neighboring" | "host" | "donor" | "same" | "whole" | "entire" | "third"
                            | "last" | "next" | "second" | "former" | "latter" | "recipient" | "home" | "target" | "each" | "every" | "any" | "single" | "member" | "client"
                            | "small" | "smaller" | "larger" | "big" | "bigger" | "poor" | "poorer" | "rich" | "richer" | "weak" | "weaker" | "strong" | "stronger"
                    )
            };
            let start = base + at;
            let end = base + head_at + head.trim_end_matches([',', '.', ';', ':']).len();
            let end = if bare.ends_with("'s") { end - 2 } else { end };
            if desc.iter().all(|(_, d)| ok_word(d)) && !named.iter().any(|m| m.span.start < end && start < m.span.end) {
                return Some(ActorMention { place: false, span: Span::new(start, end), actor: ActorRef::state(code.clone()), coreferent: true, people: false });
            }
            break;
        }
    }
    None
}

/// The states a phrase of [`ONE_PHRASES`] is styled for, if it names a kind: "the emirate" is
/// one of the Gulf's emirates, "the island" an island state (Greenland is coded as Denmark).
fn styled_for(phrase: &str, code: &str, is_kingdom: &dyn Fn(&str) -> bool) -> Option<bool> {
    if phrase.contains("kingdom") {
        Some(is_kingdom(code))
    } else if phrase.contains("island") || phrase.contains("archipelago") {
        Some(ISLAND_STATES.contains(&code))
    } else if phrase.contains("emirate") {
        Some(matches!(code, "ARE" | "QAT" | "KWT"))
    } else if phrase.contains("sultanate") {
        Some(matches!(code, "OMN" | "BRN"))
    } else {
        None
    }
}

/// Coreferent mentions in a sentence (`sent` is its span), resolved against `recent` (most recent
/// state codes first): "the two countries", "the three allies", "the regime"… `named` are the actors the sentence itself names, in order: "the
/// country's" after one of them refers to the sentence's first ("North Korea's state media vowed to
/// strengthen the country's deterrent"), and so does "the country" in a text with no earlier state.
/// "the North" and "the South" in a story about Korea (one whose recent or named states include
/// North or South Korea): North and South Korea. Not "the North Atlantic", "the South China
/// Sea" or "the North of England" (a capitalised word or "of" after it).
fn korean_halves(s: &str, base: usize, recent: &[String], named: &[ActorMention]) -> Vec<ActorMention> {
    let korea = |c: &str| c == "PRK" || c == "KOR";
    if !(recent.iter().any(|c| korea(c)) || named.iter().any(|m| korea(&m.actor.code))) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (half, code) in [("North", "PRK"), ("South", "KOR")] {
        for (pos, _) in s.match_indices(half) {
            let the = s[..pos].ends_with("the ") || s[..pos].ends_with("The ");
            let rest = &s[pos + half.len()..];
            // ("the South China Sea", "the North of England", "the North and South of Italy":
            // a name going on; "Northern", "North-East": another word. "the North's" stays.)
            let open_word = rest.starts_with(' ') && (rest[1..].starts_with(char::is_uppercase) || rest[1..].starts_with("of ") || rest[1..].starts_with("and "));
            let glued = rest.starts_with(|c: char| c.is_alphanumeric() || c == '-');
            if !the || open_word || glued {
                continue;
            }
            if named.iter().any(|m| m.span.start <= base + pos && base + pos < m.span.end) {
                continue;
            }
            let start = base + pos - 4;
            let span = Span::new(start, base + pos + half.len());
            out.push(ActorMention { place: false, span, actor: ActorRef::state(code.to_string()), coreferent: true, people: false });
        }
    }
    out
}

pub(crate) fn coreferences(text: &str, sent: Span, recent: &[String], leaders: &[String], trio: Option<&[String; 3]>, named: &[ActorMention], is_kingdom: &dyn Fn(&str) -> bool) -> Vec<ActorMention> {
    let mut out = Vec::new();
    let Some(s) = text.get(sent.start..sent.end) else { return out };
    if recent.is_empty() && named.is_empty() {
        return out;
    }
    // Most sentences hold no coreferent phrase: one pass over the sentence rules them out.
    static ANY: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let any = ANY.get_or_init(|| {
        aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(PAIR_PHRASES.iter().chain(TRIO_PHRASES).chain(ONE_PHRASES).chain(LEADERS_OPENING))
            .ok()
    });
    out.extend(korean_halves(s, sent.start, recent, named));
    out.extend(described_country(s, sent.start, recent, named));
    if any.as_ref().is_some_and(|a| !a.is_match(s)) {
        return out;
    }
    for p in ONE_PHRASES {
        if let Some(pos) = find_ci(s, p) {
            // ("The Kingdom of Saudi Arabia", "the Kingdom": a name, not a reference back.)
            // ("the island of Luzon", "the Emirate of Abu Dhabi": a place named.)
            if styled_for(p, "", is_kingdom).is_some() && (s[pos + 4..].starts_with(char::is_uppercase) || s[pos + p.len()..].starts_with(" of")) {
                continue;
            }
            // (The sentence's own state only for "the country's …", or when nothing came
            // before: "sent troops into the country" refers back to the story's country.)
            let own = named
                .iter()
                .find(|m| m.span.start < sent.start + pos && m.actor.kind != ActorKind::Igo && m.actor.code.len() == 3 && m.actor.code != "UNK")
                .map(|m| m.actor.code.as_str());
            let own = own.filter(|_| p.ends_with("'s") || recent.is_empty());
            // ("China built Vanuatu's parliament; it is also the country's largest creditor": after
            // a copula the country is another than the subject, the one named last.)
            let copula = {
                let lead = s[..pos].trim_end().to_ascii_lowercase();
                [" is", " was", " remains", " remained", " became", " becomes", " is also", " has become", " has been", " is now", " is still"].iter().any(|c| lead.ends_with(c))
            };
            // ("Riyadh supplies Pakistan with crude, and the country, which imports…": with two
            // states named before it, the country is the one that is not the subject.)
            // (Names only: "the largest buyer of Russian crude, and the country" is the buyer.)
            let states_before: Vec<&ActorMention> = named
                .iter()
                .filter(|m| m.span.start < sent.start + pos && m.actor.kind == ActorKind::State && !m.people && m.actor.code.len() == 3 && m.actor.code != "UNK")
                .collect();
            let mut distinct: Vec<&str> = Vec::new();
            for m in &states_before {
                if !distinct.contains(&m.actor.code.as_str()) {
                    distinct.push(&m.actor.code);
                }
            }
            let joined = states_before.windows(2).any(|w| text.get(w[0].span.end..w[1].span.start).is_some_and(|g| matches!(g.trim(), "and" | "," | "or" | "&")));
            let after_and = s[..pos].trim_end().ends_with(", and") || s[..pos].trim_end().ends_with("; and");
            let object = (!p.ends_with("'s") && distinct.len() == 2 && !joined && after_and)
                .then(|| distinct.get(1).copied())
                .flatten();
            // ("Seoul depends on the United States, and about 28,500 American troops remain
            // stationed in the country": not a state its own clause names, but the one the
            // sentence named before that clause.)
            let clause_at = [", and ", ", but ", "; ", ", while "].iter().filter_map(|c| s[..pos].rfind(c)).max();
            let other = clause_at.filter(|_| !p.ends_with("'s")).and_then(|c| {
                let in_clause: Vec<&str> = named.iter().filter(|m| m.span.start >= sent.start + c && m.span.start < sent.start + pos && m.actor.code.len() == 3).map(|m| m.actor.code.as_str()).collect();
                if in_clause.is_empty() {
                    return None;
                }
                states_before.iter().rev().map(|m| m.actor.code.as_str()).find(|c| !in_clause.contains(c))
            });
            // ("An Indian-owned plant provides a tenth of Bangladesh's electricity, leaving the
            // country dependent…": after a participle of result, the state named last, not the
            // subject.)
            let result = {
                let lead = s[..pos].trim_end().to_ascii_lowercase();
                [", leaving", ", making", ", forcing", ", giving", ", rendering", ", pushing"].iter().any(|c| lead.ends_with(c))
            };
            // (The owner of what was told is the one left so: "…of Niger's trade through the
            // Togolese port of Lome, leaving the country reliant on Togo".)
            let owner = states_before.iter().rev().find(|m| text.get(m.span.end..).is_some_and(|r| r.starts_with("'s ") || r.starts_with("\u{2019}s "))).map(|m| m.actor.code.as_str());
            let object = object.or_else(|| if result { owner.or_else(|| (distinct.len() >= 2).then(|| distinct.last().copied()).flatten()) } else { None });
            let own = object.or(own).or(other);
            let own = match own {
                Some(first) if copula => named
                    .iter()
                    .rev()
                    .find(|m| m.span.start < sent.start + pos && m.actor.kind != ActorKind::Igo && m.actor.code.len() == 3 && m.actor.code != "UNK" && m.actor.code != first)
                    .map(|m| m.actor.code.as_str()),
                other => other,
            };
            // ("the kingdom", "the island", "the emirate": the state styled so that was spoken of
            // last, or none.)
            let referent = if styled_for(p, "", is_kingdom).is_some() {
                named
                    .iter()
                    .rev()
                    .filter(|m| m.span.start < sent.start + pos)
                    .map(|m| m.actor.code.as_str())
                    .chain(recent.iter().map(String::as_str))
                    .find(|c| styled_for(p, c, is_kingdom) == Some(true))
            } else {
                own.or(recent.first().map(String::as_str))
            };
            if let Some(code) = referent {
                let span = Span::new(sent.start + pos, sent.start + pos + p.len());
                out.push(ActorMention { place: false, span, actor: ActorRef::state(code.to_string()), coreferent: true, people: false });
            }
            break;
        }
    }
    for (p, n) in PAIR_PHRASES.iter().map(|p| (p, 2)).chain(TRIO_PHRASES.iter().map(|p| (p, 3))) {
        if let Some(pos) = find_ci(s, p) {
            let span = Span::new(sent.start + pos, sent.start + pos + p.len());
            // ("The group agreed to a truce with the kingdom, and the two sides have held
            // talks": the two parties the sentence named before the phrase.)
            let mut before: Vec<ActorRef> = Vec::new();
            for m in named.iter().chain(&out).filter(|m| m.span.end <= span.start && !m.place && m.actor.code.len() == 3 && m.actor.code != "UNK") {
                if !before.iter().any(|a| a.code == m.actor.code) {
                    before.push(m.actor.clone());
                }
            }
            // (People of government, "the two leaders", "the three ministers": the states of the
            // leaders named lately, when there are enough.)
            let of_leaders = ["leaders", "presidents", "ministers", "heads"].iter().any(|w| p.ends_with(w));
            if before.len() != n && of_leaders && leaders.len() >= n {
                for code in leaders.iter().take(n) {
                    out.push(ActorMention { place: false, span, actor: ActorRef::state(code.clone()), coreferent: true, people: false });
                }
            } else if before.len() == n {
                for actor in before {
                    out.push(ActorMention { place: false, span, actor, coreferent: true, people: false });
                }
            } else if n == 2 && recent.len() >= 2 {
                // ("Britain called on both sides to stop": the sides are others than the one
                // the sentence named before the phrase; in a civil war, one state's.)
                // (As an object only: "Iranian media reported that the two navies…" names its
                // subject's own.)
                let object = s[..pos].split_whitespace().next_back().is_some_and(|w| {
                    matches!(w.to_ascii_lowercase().as_str(), "on" | "urged" | "urges" | "asked" | "asks" | "told" | "with" | "telephoned" | "called" | "warned" | "pressed")
                });
                let sides: Vec<&String> = recent.iter().filter(|c| !object || !before.iter().any(|b| &b.code == *c)).take(n).collect();
                let sides = if sides.is_empty() { recent.iter().take(n).collect() } else { sides };
                for code in sides {
                    out.push(ActorMention { place: false, span, actor: ActorRef::state(code.clone()), coreferent: true, people: false });
                }
            } else if let (3, true, Some(trio)) = (n, before.len() < 3, trio) {
                // (The three most recent states are too often not the three meant: a trio is
                // the three the sentence before named, when it named exactly three.)
                for code in trio {
                    out.push(ActorMention { place: false, span, actor: ActorRef::state(code.clone()), coreferent: true, people: false });
                }
            }
        }
    }
    // ("Leaders agreed that…", "The leaders called on all states…": a communique's subject,
    // the two leaders, when the document has named two and no more (a bilateral meeting: the
    // leaders of a summit of ten are their bloc), and the sentence names none before.)
    if let Some(p) = LEADERS_OPENING.iter().find(|p| s.len() > p.len() && s.is_char_boundary(p.len()) && s[..p.len()].eq_ignore_ascii_case(p) && s[p.len()..].starts_with(' ')) {
        if leaders.len() == 2 && !named.iter().any(|m| m.span.start < sent.start + p.len()) && !out.iter().any(|m| m.span.start < sent.start + p.len()) {
            let span = Span::new(sent.start, sent.start + p.len());
            for code in leaders.iter().take(2) {
                out.push(ActorMention { place: false, span, actor: ActorRef::state(code.clone()), coreferent: true, people: false });
            }
        }
    }
    out
}

/// Bare plural leaders opening a sentence ("Leaders welcomed…" in a communique).
const LEADERS_OPENING: &[&str] = &["Leaders", "The leaders", "The Leaders", "Ministers", "The ministers", "The Ministers"];

/// Nouns a counted group of states goes by: "the three militaries", "the 11 governments".
const GROUP_NOUNS: &[&str] = &[
    "countries", "nations", "states", "governments", "allies", "partners", "leaders", "militaries", "armies", "navies", "capitals", "members",
    "democracies", "powers", "signatories", "neighbours", "neighbors", "sides", "presidents", "ministers", "foreign", "defence", "defense",
    "economies", "administrations", "delegations", "parties",
];

/// The runs of states a sentence lists ("the United States, Japan and South Korea", "11
/// countries - Britain, France, … and New Zealand"): mentions of two or more distinct states
/// joined by commas and "and", in order.
pub(crate) fn listed_states(text: &str, actors: &[ActorMention]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut last_end: Option<usize> = None;
    let state = |m: &ActorMention| m.actor.kind == ActorKind::State && !m.place && !m.coreferent && m.actor.code.len() == 3 && m.actor.code != "UNK";
    for m in actors.iter().filter(|m| state(m)) {
        let joined = last_end.is_some_and(|e| {
            text.get(e..m.span.start).is_some_and(|g| {
                let g = g.trim();
                let g = g.strip_prefix(',').unwrap_or(g).trim();
                matches!(g, "" | "and" | "&" | "and the" | "the")
            })
        });
        if !joined {
            if run.len() >= 2 {
                out.push(std::mem::take(&mut run));
            }
            run.clear();
        }
        if !run.contains(&m.actor.code) {
            run.push(m.actor.code.clone());
        }
        last_end = Some(m.span.end);
    }
    if run.len() >= 2 {
        out.push(run);
    }
    out
}

/// "The three militaries began sharing data", "accused the three of stoking confrontation",
/// "The 11 governments accused both countries": a counted group (three or more) of states
/// stands for the states last listed together in that number (`lists`, most recent first).
/// Not where a mention already covers the phrase, nor "the three days" (a noun of no group).
pub(crate) fn counted_group(text: &str, sent: Span, lists: &[Vec<String>], named: &[ActorMention]) -> Vec<ActorMention> {
    let mut out = Vec::new();
    let Some(s) = text.get(sent.start..sent.end) else { return out };
    if lists.is_empty() {
        return out;
    }
    let words: Vec<(usize, &str)> = s.split_whitespace().map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w)).collect();
    for (i, (at, w)) in words.iter().enumerate() {
        if !["the", "all", "those", "these"].iter().any(|d| w.eq_ignore_ascii_case(d)) {
            continue;
        }
        let Some((num_at, num)) = words.get(i + 1) else { break };
        let bare = num.trim_end_matches([',', '.', ';', ':']);
        // (Most words after "the" are no count: rule them out before lower-casing.)
        if !bare.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 't' | 'f' | 's' | 'e' | 'n' | 'T' | 'F' | 'S' | 'E' | 'N')) {
            continue;
        }
        let n = match bare.to_ascii_lowercase().as_str() {
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            d => d.parse::<usize>().ok().filter(|n| (3..=40).contains(n)).unwrap_or(0),
        };
        if n == 0 {
            continue;
        }
        // The group's noun, or a word a bare count may stand before ("the three of", "all three
        // have"); a count ending its clause ("accused all three,") too.
        let next = words.get(i + 2).map(|(_, x)| x.trim_end_matches([',', '.', ';', ':']).to_ascii_lowercase()).unwrap_or_default();
        let noun = GROUP_NOUNS.contains(&next.as_str());
        let bare_count = bare.len() < num.len() || matches!(next.as_str(), "of" | "have" | "had" | "has" | "are" | "were" | "will" | "would" | "agreed" | "signed" | "began" | "held" | "met" | "now" | "also" | "then" | "together" | "jointly");
        if !noun && !bare_count {
            continue;
        }
        let Some(list) = lists.iter().find(|l| l.len() == n) else { continue };
        let start = sent.start + at;
        let end = if noun && bare.len() == num.len() {
            let (noun_at, noun_word) = words[i + 2];
            sent.start + noun_at + noun_word.trim_end_matches([',', '.', ';', ':']).len()
        } else {
            sent.start + num_at + bare.len()
        };
        if named.iter().any(|m| m.span.start < end && start < m.span.end) {
            continue;
        }
        for code in list {
            out.push(ActorMention { place: false, span: Span::new(start, end), actor: ActorRef::state(code.clone()), coreferent: true, people: false });
        }
    }
    out
}

/// "Mexico is economically dependent on its northern neighbour, and Washington knows it",
/// "leaving the country dependent on its neighbour for energy": "its neighbour" is another state
/// than the one "its" stands for (the state named last before it), the nearest the sentence
/// names, else the one spoken of last before the sentence.
pub(crate) fn neighbour_coreference(text: &str, sent: Span, recent: &[String], named: &[ActorMention]) -> Option<ActorMention> {
    let s = text.get(sent.start..sent.end)?;
    // (Any "its" of the sentence, as a whole word: "visits" holds none.)
    let (at, rest, words, k) = s.match_indices("its ").find_map(|(at, _)| {
        if at > 0 && s.as_bytes()[at - 1].is_ascii_alphanumeric() {
            return None;
        }
        let rest = &s[at + 4..];
        let words: Vec<&str> = rest.split_whitespace().take(3).collect();
        let k = words.iter().position(|w| matches!(w.trim_end_matches([',', '.', ';', ':']), "neighbour" | "neighbor"))?;
        (k <= 1 && words[..k].iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))).then_some((at, rest, words, k))
    })?;
    let start = sent.start + at;
    let end = start + 4 + rest.find(words[k])? + words[k].trim_end_matches([',', '.', ';', ':']).len();
    let state = |m: &&ActorMention| m.actor.kind == ActorKind::State && m.actor.code.len() == 3 && m.actor.code != "UNK";
    if named.iter().any(|m| m.span.start < end && start < m.span.end) {
        return None;
    }
    let owner = named.iter().rev().filter(state).find(|m| m.span.end <= start).map(|m| m.actor.code.clone())?;
    let nearest = named
        .iter()
        .filter(state)
        .filter(|m| m.actor.code != owner)
        .min_by_key(|m| if m.span.start >= end { m.span.start - end } else { start - m.span.end })
        .map(|m| m.actor.code.clone())
        .or_else(|| recent.iter().find(|c| **c != owner).cloned())?;
    Some(ActorMention { place: false, span: Span::new(start, end), actor: ActorRef::state(nearest), coreferent: true, people: false })
}

/// Phrases that refer back to the organisation last named ("the bloc" after ECOWAS or the EU).
const IGO_PHRASES: &[&str] = &["the bloc", "the organisation", "the organization", "the grouping", "the alliance"];

/// "The bloc lifted most of its sanctions": a phrase of [`IGO_PHRASES`] stands for the
/// organisation the sentence named before it, else for `last_igo`, the organisation an earlier
/// sentence named last. ("the 15-member bloc" too.)
pub(crate) fn igo_coreference(text: &str, sent: Span, last_igo: Option<&ActorRef>, named: &[ActorMention]) -> Option<ActorMention> {
    let s = text.get(sent.start..sent.end)?;
    // (One pass rules out most sentences: every phrase looked for holds "bloc", "organi",
    // "grouping" or "alliance".)
    static ANY: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let any = ANY.get_or_init(|| aho_corasick::AhoCorasickBuilder::new().ascii_case_insensitive(true).build(["bloc", "organisation", "organization", "grouping", "alliance"]).ok());
    if any.as_ref().is_some_and(|a| !a.is_match(s)) {
        return None;
    }
    // ("the alliance", not "the Alliance of Sahel States": a name, matched as one.)
    let (pos, len) = IGO_PHRASES.iter().find_map(|p| find_ci(s, p).filter(|&i| !(p.ends_with("alliance") && s[i + 4..].starts_with('A'))).map(|i| (i, p.len()))).or_else(|| {
        // "the 27-nation bloc", "the 15-member bloc"
        let b = find_ci(s, " bloc")?;
        let head = &s[..b];
        // ("The 27-member bloc" opening a sentence too.)
        let the = head.to_ascii_lowercase().rfind("the ")?;
        (head[the + 4..].split_whitespace().count() == 1 && head[the + 4..].contains('-')).then_some((the, b + 5 - the))
    })?;
    let at = sent.start + pos;
    // (An organisation the sentence itself named before the phrase is the one meant.)
    let igo = named.iter().rev().find(|m| m.actor.kind == ActorKind::Igo && m.span.end <= at).map(|m| &m.actor).or(last_igo)?;
    Some(ActorMention { place: false, span: Span::new(at, at + len), actor: igo.clone(), coreferent: true, people: false })
}

/// Phrases that refer back to the armed or political group last named ("the group" after the
/// Houthis or Hamas).
const GROUP_PHRASES: &[&str] = &[
    "the militant group", "the rebel group", "the group", "the militia", "the movement", "the rebels", "the militants",
    "the insurgents", "the jihadists", "the paramilitary force", "the paramilitaries", "the gang", "the faction",
];

/// "The group agreed to a truce": a phrase of [`GROUP_PHRASES`] stands for the group the
/// sentence named before it, else for `last_group`, the group an earlier sentence named last.
pub(crate) fn group_coreference(text: &str, sent: Span, last_group: Option<&ActorRef>, named: &[ActorMention]) -> Option<ActorMention> {
    phrase_coreference(text, sent, GROUP_PHRASES, ActorKind::Group, last_group, named)
}

/// Whether the words after a state's mention ending at byte `end` of `text` name its envoy or
/// mission ("Turkey's charge d'affaires", "the Turkish ambassador", "the Japanese embassy"): a
/// state named so is the foreign one dealt with, not the doer.
pub(crate) fn names_envoy(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("\u{2019}s")).unwrap_or(rest);
    let next = rest.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    envoy_word(&next) || matches!(next.as_str(), "embassy" | "consulate" | "deputy")
}

/// A lower-case word naming a diplomat ("ambassador", "envoys", "charge", "high commissioner":
/// Commonwealth states exchange high commissioners, not ambassadors): the one summoned or
/// recalled, or the one a state is named by in [`names_envoy`].
pub(crate) fn envoy_word(w: &str) -> bool {
    ["ambassador", "envoy", "diplomat", "charg", "commissioner"].iter().any(|p| w.starts_with(p))
        || matches!(w, "representative" | "mission" | "attache" | "attaches" | "consul")
}

/// Whether `sentence` holds any phrase [`group_coreference`], [`body_coreference`] or
/// [`forces_coreference`] look for: one pass rules most sentences out.
pub(crate) fn may_refer_back(sentence: &str) -> bool {
    static ANY: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let any = ANY.get_or_init(|| {
        aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(GROUP_PHRASES.iter().chain(BODY_PHRASES).chain(FORCE_PHRASES))
            .ok()
    });
    any.as_ref().map_or(true, |a| a.is_match(sentence))
}

/// The offset and length of the first of `phrases` (each "the …") in `s` used as a reference: a
/// whole word not followed by "of" ("the group's", yes; "the groups", "the movement of goods",
/// no), and with `not_named`, not a capitalised name ("the Group of Seven").
fn find_phrase(s: &str, phrases: &[&str], not_named: bool) -> Option<(usize, usize)> {
    phrases.iter().find_map(|p| {
        let i = find_ci(s, p)?;
        let rest = &s[i + p.len()..];
        // ("accused the group of deliberately delaying…": "of" before a gerund or an adverb
        // is what the group is accused of.)
        let of_act = rest.strip_prefix(" of ").is_some_and(|r| {
            let w = r.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            w.len() > 4 && (w.ends_with("ing") || w.ends_with("ly")) && w.starts_with(|c: char| c.is_ascii_lowercase())
        });
        let whole = rest.chars().next().map_or(true, |c| !c.is_alphanumeric()) && (!rest.starts_with(" of") || of_act);
        (whole && !(not_named && s[i + 4..].starts_with(char::is_uppercase))).then_some((i, p.len()))
    })
}

/// Phrases that refer back to the forces last spoken of ("the troops" after "North Korea has
/// sent about 11,000 soldiers to Russia", "the navy" after "The Sri Lankan navy arrested…").
const FORCE_PHRASES: &[&str] = &["the troops", "the soldiers", "the forces", "the navy", "the coast guard", "the coastguard", "the air force"];

/// "The troops have been deployed to the Kursk region": a phrase of [`FORCE_PHRASES`] with no
/// state named before it in the sentence stands for the forces of `last_forces`, the state whose
/// forces an earlier sentence spoke of last.
pub(crate) fn forces_coreference(text: &str, sent: Span, last_forces: Option<&str>, named: &[ActorMention]) -> Option<ActorMention> {
    let code = last_forces?;
    let s = text.get(sent.start..sent.end)?;
    let (pos, len) = find_phrase(s, FORCE_PHRASES, false)?;
    let at = sent.start + pos;
    if named.iter().any(|m| m.span.start < at + len) {
        return None;
    }
    // (A service is the one spoken of only as the subject of what it did or said: "The navy said
    // it did not open fire"; not "The coast guard is the tool to watch".)
    let service = !matches!(&s[pos..pos + len], "the troops" | "the soldiers" | "the forces" | "The troops" | "The soldiers" | "The forces");
    let next = s[pos + len..].split_whitespace().next().unwrap_or("");
    if service && !(next.len() > 3 && next.ends_with("ed") || matches!(next, "said" | "says" | "has" | "had" | "did" | "sent" | "shot" | "fired" | "will" | "would")) {
        return None;
    }
    let mut actor = ActorRef::state(code.to_string());
    actor.sector = Some("MIL".into());
    Some(ActorMention { place: false, span: Span::new(at, at + len), actor, coreferent: true, people: true })
}

/// Phrases for the forces of the state a clause is about ("after its troops came under fire").
const OWN_FORCE_PHRASES: &[&str] = &["its troops", "its soldiers", "its forces", "its border guards", "its army", "its navy", "its warships"];

/// "Pakistan shut the crossing after its troops came under fire": a phrase of
/// [`OWN_FORCE_PHRASES`] inside the sentence stands for the forces of the sentence's subject,
/// its first mention when that is a state (never one named between: "…with Afghanistan after its
/// troops" are still Pakistan's).
pub(crate) fn own_forces(text: &str, sent: Span, named: &[ActorMention]) -> Option<ActorMention> {
    let s = text.get(sent.start..sent.end)?;
    let (pos, len) = find_phrase(s, OWN_FORCE_PHRASES, false)?;
    let at = sent.start + pos;
    // (Only as a subject: "after its troops came under fire"; "withdrew its troops from Lebanon"
    // names what was withdrawn.)
    let next = s[pos + len..].split_whitespace().next().unwrap_or("");
    if !matches!(next, "came" | "come" | "had" | "have" | "has" | "were" | "was" | "are" | "is" | "opened" | "fired" | "returned" | "clashed" | "exchanged" | "killed" | "shot" | "repelled" | "responded" | "crossed" | "entered" | "seized" | "captured") {
        return None;
    }
    let subject = named.first().filter(|m| m.span.end <= at && m.actor.kind == ActorKind::State && m.actor.code.len() == 3 && !m.place)?;
    if named.iter().any(|m| m.span.start < at + len && at < m.span.end) {
        return None;
    }
    let mut actor = ActorRef::state(subject.actor.code.clone());
    actor.sector = Some("MIL".into());
    Some(ActorMention { place: false, span: Span::new(at, at + len), actor, coreferent: true, people: true })
}

/// Phrases that refer back to the government body last named ("the ministry" after "the
/// defence ministry").
const BODY_PHRASES: &[&str] = &["the ministry"];

/// "The ministry lodged a protest": a phrase of [`BODY_PHRASES`] stands for the body the
/// sentence named before it, else for `last_body`.
pub(crate) fn body_coreference(text: &str, sent: Span, last_body: Option<&ActorRef>, named: &[ActorMention]) -> Option<ActorMention> {
    phrase_coreference(text, sent, BODY_PHRASES, ActorKind::GovBody, last_body, named)
}

/// The first of `phrases` in the sentence (whole words, not followed by "of", not part of a
/// capitalised name, not inside a mention) as the actor of `kind` the sentence named before it,
/// else `last`.
fn phrase_coreference(text: &str, sent: Span, phrases: &[&str], kind: ActorKind, last: Option<&ActorRef>, named: &[ActorMention]) -> Option<ActorMention> {
    let s = text.get(sent.start..sent.end)?;
    let (pos, len) = find_phrase(s, phrases, true)?;
    let at = sent.start + pos;
    if named.iter().any(|m| m.span.start < at + len && at < m.span.end) {
        return None;
    }
    let actor = named
        .iter()
        .rev()
        .find(|m| m.actor.kind == kind && m.actor.code.len() >= 2 && m.actor.code != "UNK" && m.span.end <= at && (kind != ActorKind::GovBody || m.actor.role.as_deref().is_some_and(|r| r.contains("ministry"))))
        .map(|m| &m.actor)
        .or(last)?;
    Some(ActorMention { place: false, span: Span::new(at, at + len), actor: actor.clone(), coreferent: true, people: false })
}

/// Words of a bare title opening a sentence ("Foreign Minister", "Army chief General").
const TITLE_WORDS: &[&str] = &[
    "Foreign", "Defence", "Defense", "Interior", "Finance", "Treasury", "Commerce", "Trade", "Justice", "Economy", "Energy", "Security", "Prime",
    "Deputy", "Vice", "Minister", "President", "Secretary", "Spokesman", "Spokeswoman", "General", "Chancellor", "Premier",
];

/// "Foreign Minister Hugo de Zela told reporters…": the name of an official the gazetteer does
/// not know, opening the sentence `sent` (after any dateline) with a bare title and at least two
/// capitalised words that no mention in `named` covers; with the code of the state whose
/// adjective opens the title, if one does ("Qatari Minister of State for Energy Affairs Saad
/// al-Kaabi said…"), else None (the caller's home state).
pub(crate) fn titled_stranger(text: &str, sent: Span, named: &[ActorMention]) -> Option<(String, Option<String>)> {
    let s = text.get(sent.start..sent.end)?;
    let body = s.split_once(" - ").filter(|(d, _)| d.len() < 60 && d.contains(',')).map_or(s, |(_, b)| b);
    // ("Speaking after the vote, US deputy ambassador Margaret Hollins accused…": after an
    // opening participle's clause.)
    let body = body.split_once(", ").filter(|(lead, _)| lead.split(' ').next().is_some_and(|w| w.ends_with("ing") && w.starts_with(char::is_uppercase)) && lead.len() < 50).map_or(body, |(_, b)| b);
    let offset = sent.start + (s.len() - body.len());
    // ("South Sudan's ambassador, Akuei Deng Malual, told…", "US deputy ambassador Margaret
    // Hollins accused…": a state's official by a title in lower case, the name after it or in
    // apposition.)
    if let Some(m) = named.iter().find(|m| m.span.start == offset && m.actor.kind == ActorKind::State && !m.place) {
        let after = text.get(m.span.end..sent.end)?;
        let rest = after.strip_prefix("'s ").or_else(|| after.strip_prefix("\u{2019}s ")).or_else(|| after.strip_prefix(' '))?;
        let words: Vec<&str> = rest.split(' ').collect();
        let titles = words.iter().take_while(|w| LOWER_TITLES.contains(&w.trim_end_matches(','))).count();
        let head = titles.checked_sub(1).map(|k| words[k].trim_end_matches(','));
        if head.is_some_and(|h| matches!(h, "ambassador" | "envoy" | "minister" | "spokesman" | "spokeswoman" | "spokesperson" | "representative" | "negotiator" | "president" | "secretary")) {
            let apposed = words[titles - 1].ends_with(',');
            let at = m.span.end + (after.len() - rest.len()) + words[..titles].iter().map(|w| w.len() + 1).sum::<usize>();
            if let Some((name, end)) = stranger_name(&words[titles..], at) {
                // (In apposition the name closes with a comma: "…, Akuei Deng Malual, told".)
                let closed = !apposed || text.get(end.saturating_sub(2)..end).is_some_and(|t| t.contains(','));
                if closed && !named.iter().any(|x| x.span.start >= at && x.span.start < end) {
                    return Some((name, Some(m.actor.code.clone())));
                }
            }
        }
    }
    // (A state's adjective first: its official.)
    if let Some(m) = named.iter().find(|m| m.span.start == offset && m.actor.kind == ActorKind::State && m.people && !m.place) {
        let body = text.get(m.span.end..sent.end)?.strip_prefix(' ')?;
        let words: Vec<&str> = body.split(' ').collect();
        // ("Minister of State for Energy Affairs": function words inside the title.)
        let title_at = words.iter().position(|w| TITLE_HEADS.contains(w))?;
        let mut k = title_at + 1;
        while k + 1 < words.len() && (matches!(words[k], "of" | "for" | "and") || TITLE_WORDS.contains(&words[k]) || matches!(words[k], "State" | "Affairs" | "Energy" | "Oil" | "Agriculture" | "Health")) {
            k += 1;
            if matches!(words[k - 1], "of" | "for" | "and") {
                k += 1;
            }
        }
        let (name, end) = stranger_name(&words[k.min(words.len())..], m.span.end + 1 + words[..k.min(words.len())].iter().map(|w| w.len() + 1).sum::<usize>())?;
        return (!named.iter().any(|x| x.span.start >= m.span.end && x.span.start < end)).then(|| (name, Some(m.actor.code.clone())));
    }
    let words: Vec<&str> = body.split(' ').collect();
    let titles = words.iter().take_while(|w| TITLE_WORDS.contains(w)).count();
    if !words[..titles].iter().any(|w| TITLE_HEADS.contains(w) || *w == "General") {
        return None;
    }
    let (name, end) = stranger_name(&words[titles..], offset + words[..titles].iter().map(|w| w.len() + 1).sum::<usize>())?;
    (!named.iter().any(|m| m.span.start < end)).then_some((name, None))
}

/// Words of an official's title written in lower case: "deputy ambassador", "foreign ministry
/// spokesman", "envoy".
const LOWER_TITLES: &[&str] = &[
    "deputy", "vice", "chief", "special", "permanent", "foreign", "defence", "defense", "interior", "finance", "trade", "ministry", "prime", "top",
    "ambassador", "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "representative", "negotiator", "president", "secretary",
];

/// The words a title governs: the first word of a title's run that names its office.
const TITLE_HEADS: &[&str] = &["Minister", "President", "Secretary", "Spokesman", "Spokeswoman", "Chancellor", "Premier"];

/// The name of at least two capitalised words opening `words` (which start at byte `at`), with
/// lower-case particles inside it ("Hugo de Zela", "Saad al-Kaabi"), and where it ends.
fn stranger_name(words: &[&str], at: usize) -> Option<(String, usize)> {
    let name: Vec<&str> = words
        .iter()
        .take_while(|w| w.chars().any(char::is_uppercase) || matches!(**w, "al" | "bin" | "de" | "da" | "del" | "van" | "von"))
        .map(|w| w.trim_end_matches([',', '.']))
        .collect();
    let capitals = name.iter().filter(|w| w.chars().any(char::is_uppercase)).count();
    (capitals >= 2).then(|| (name.join(" "), at + name.iter().map(|w| w.len() + 1).sum::<usize>()))
}

/// Titles that a bare "the president" style phrase can resolve through [`Gazetteer::leader`].
pub(crate) fn leader_by_title(
    g: &Gazetteer,
    text: &str,
    sent: Span,
    state: Option<&str>,
    date: Option<&PartialDate>,
) -> Vec<ActorMention> {
    let (Some(state), Some(date)) = (state, date) else { return Vec::new() };
    let Some(s) = text.get(sent.start..sent.end) else { return Vec::new() };
    let mut out = Vec::new();
    for (phrase, role) in [("the president", "president"), ("the prime minister", "prime minister"), ("the foreign minister", "foreign minister")] {
        if let Some(pos) = find_ci(s, phrase) {
            if let Some(id) = g.leader(state, role, date) {
                let e = g.entity(id);
                out.push(ActorMention { place: false,
                    span: Span::new(sent.start + pos, sent.start + pos + phrase.len()),
                    actor: ActorRef { code: e.code.clone(), kind: ActorKind::Person, name: Some(e.name.clone()), role: Some(role.into()), sector: Some("GOV".into()) },
                    coreferent: true,
                    people: true,
                });
            }
        }
    }
    out
}

/// Prepositions that make a mention an object or adjunct, not a clause subject.
const GOVERNING: &[&str] = &["in", "at", "to", "with", "from", "of", "by", "for", "on", "against", "into", "over", "between", "and"];

/// The state a sentence is about as its grammatical subject: its first actor, when that actor
/// is a state (or a state's body or person), opens the sentence after at most a short
/// introductory phrase ("On Monday, Vietnam …") and no preposition governs it.
pub(crate) fn subject_state(text: &str, sent: Span, named: &[ActorMention]) -> Option<String> {
    // ("When the Myanmar National Democratic Alliance Army captured Lashio, China changed course":
    // after a fronted subordinate clause, the main clause's subject, a state right after a comma
    // and before its verb.)
    let opener = text.get(sent.start..sent.end).and_then(|t| t.split_whitespace().next()).unwrap_or("");
    if matches!(opener, "When" | "After" | "As" | "While" | "Since" | "Although" | "Though" | "If" | "Because" | "Before" | "Once" | "Until" | "Unless" | "Whereas") {
        let main = named.iter().filter(|m| m.actor.code.len() == 3 && m.actor.code != "UNK" && m.actor.kind != ActorKind::Igo).find(|m| {
            let lead = text.get(sent.start..m.span.start).unwrap_or("").trim_end();
            let lead = lead.strip_suffix(" the").or_else(|| lead.strip_suffix(" The")).unwrap_or(lead);
            let verb = text.get(m.span.end..).and_then(|r| r.split_whitespace().next()).unwrap_or("");
            lead.ends_with(',') && (acting_verb(verb) || matches!(verb, "have" | "is" | "was"))
        });
        return main.map(|m| m.actor.code.clone());
    }
    let first = named.iter().filter(|m| !m.coreferent || m.actor.kind == ActorKind::State).min_by_key(|m| m.span.start)?;
    if first.actor.code.len() != 3 || first.actor.code == "UNK" || first.actor.kind == ActorKind::Igo {
        return None;
    }
    let lead = text.get(sent.start..first.span.start)?;
    let words: Vec<&str> = lead.split_whitespace().collect();
    let last = words.last().map(|w| w.to_ascii_lowercase());
    if words.len() > 5 || last.is_some_and(|w| GOVERNING.contains(&w.as_str()) || w == "the" && words.len() >= 2 && GOVERNING.contains(&words[words.len() - 2].to_ascii_lowercase().as_str())) {
        return None;
    }
    Some(first.actor.code.clone())
}

/// Whether `w`, right after a subject "it", is a verb of its act: a past in "-ed", or one of the
/// common verbs and auxiliaries that are not ("sent", "shut", "keeps", "has").
pub(crate) fn acting_verb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || matches!(
            w,
            "said" | "says" | "sent" | "signed" | "won" | "took" | "made" | "held" | "gave" | "told" | "hosted" | "has" | "had" | "will"
                | "would" | "also" | "now" | "then" | "later" | "still" | "plans" | "wants" | "sees" | "buys" | "sells" | "imports"
                | "exports" | "depends" | "relies" | "sought" | "struck" | "began" | "refuses" | "rejects" | "backs" | "supports"
                // ("Russia is the main partner. It keeps 7,000 troops in Tajikistan")
                | "sold" | "bought" | "lent" | "lends" | "kept" | "keeps" | "holds" | "owes" | "operates" | "maintains" | "hosts"
                | "supplies" | "provides" | "pays" | "paid" | "spent" | "spends" | "fields" | "gets" | "got" | "trains" | "built"
                | "runs" | "flies" | "left" | "met" | "leads" | "led" | "chose" | "owns" | "controls" | "lost" | "sends" | "gives"
                | "borrows" | "receives" | "needs" | "faces" | "continues"
                // ("It shut its airspace to all Moroccan aircraft", "that October it let the
                // contract expire")
                | "shut" | "cut" | "let" | "put" | "set" | "froze" | "broke" | "withdrew" | "fought" | "drew" | "threw" | "forbade"
        )
}

/// "In 2023 it raised relations with the United States…": a subject "it" (the sentence's
/// first word, or after a short introductory phrase, with no actor named before it) followed by
/// a verb stands for `subject`, the state the previous sentence was about. Expletive "it" ("It
/// is unclear", "It has been reported") is left alone.
pub(crate) fn subject_pronoun(text: &str, sent: Span, subject: Option<&str>, named: &[ActorMention]) -> Option<ActorMention> {
    let subject = subject?;
    let s = text.get(sent.start..sent.end)?;
    // (Most sentences have no "it" near their start: rule them out without allocating.)
    let lead = s.get(..s.len().min(70)).unwrap_or(s);
    if !(s.starts_with("It ") || lead.contains(" it ")) {
        return None;
    }
    let words: Vec<(usize, &str)> = s.split_whitespace().map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w)).take(8).collect();
    let k = words.iter().position(|(_, w)| *w == "it" || *w == "It")?;
    let (at, _) = words[k];
    // (A state named in the introductory phrase as an owner or after a preposition is not what
    // "it" stands for: "Landlocked since Eritrea's independence, it relies on Djibouti".)
    let in_phrase = |m: &ActorMention| {
        let after = text.get(m.span.end..).unwrap_or("");
        let before = text.get(sent.start..m.span.start).unwrap_or("").trim_end().rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
        k > 0 && words[k - 1].1.ends_with(',') && (after.starts_with("'s") || after.starts_with('\'') || matches!(before.as_str(), "since" | "of" | "in" | "after" | "from" | "with" | "to" | "on" | "by" | "for"))
    };
    if k > 5 || named.iter().any(|m| m.span.start < sent.start + at && !in_phrase(m)) {
        return None;
    }
    // (Only after an introductory phrase: "In 2023 it", "On Monday, it"; not "Asked about it".)
    if k > 0 {
        let w0 = words[0].1.to_ascii_lowercase();
        let intro = matches!(w0.as_str(), "in" | "on" | "last" | "this" | "since" | "earlier" | "later" | "then" | "now" | "instead" | "yet" | "but" | "and" | "meanwhile" | "still")
            || words[k - 1].1.ends_with(',');
        if !intro || words[..k].iter().any(|(_, w)| w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("what")) {
            return None;
        }
    }
    let next = |i: usize| words.get(k + i).map(|(_, w)| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase()).unwrap_or_default();
    let n1 = next(1);
    // ("It does not want to inherit America's role": a verb negated; not "It does not matter".)
    let negated_act = (matches!(n1.as_str(), "does" | "did") && next(2) == "not" || matches!(n1.as_str(), "doesn't" | "didn't" | "doesnt" | "didnt"))
        && !matches!(next(if n1.len() > 4 { 2 } else { 3 }).as_str(), "matter" | "mean" | "help" | "follow" | "seem" | "appear" | "look" | "bode");
    if !(acting_verb(&n1) || negated_act) || matches!(next(2).as_str(), "be" | "been") || n1 == "seemed" || n1 == "appeared" {
        return None;
    }
    Some(ActorMention {
        place: false,
        span: Span::new(sent.start + at, sent.start + at + 2),
        actor: ActorRef::state(subject.to_string()),
        coreferent: true,
        people: false,
    })
}
