//! What a document has spoken of so far, sentence by sentence: the referents of "it", "the
//! group", "the ministry", "the troops", "the two sides", "the kingdom", "He" and "His
//! government", and the home state a wire dateline names. The reader feeds it each sentence's
//! actors ([`Discourse::observe`]) and asks it to add the coreferent mentions of the next one
//! ([`Discourse::refer_back`]).

use realign_core::{ActorKind, ActorRef, PartialDate, Span};
use realign_gazetteer::Gazetteer;

use crate::actors;
use crate::sentence::ActorMention;

/// The referents a document has made available so far.
#[derive(Debug, Default)]
pub(crate) struct Discourse {
    /// States (and persons' and bodies' states) most recently named, most recent first (at most six).
    pub(crate) recent: Vec<String>,
    /// The one person the last sentence naming people named, if it named only one or opened
    /// with one as its subject: "He" or "She" opening a sentence refers to that person. (Two or
    /// more, none of them the subject: no guess.)
    pub(crate) last_person: Option<ActorRef>,
    /// The organisation last named: "the bloc" refers back to it.
    pub(crate) last_igo: Option<ActorRef>,
    /// The group last named: "the group" refers back to it.
    pub(crate) last_group: Option<ActorRef>,
    /// The ministry last named: "the ministry" refers back to it.
    pub(crate) last_body: Option<ActorRef>,
    /// The state whose forces were spoken of last: "the troops" refers back to them.
    pub(crate) last_forces: Option<String>,
    /// The state the last sentence naming actors had as its subject: "it" refers back to it.
    pub(crate) last_subject: Option<String>,
    /// The organisation the last sentence naming actors named alone ("The move was condemned by
    /// ECOWAS."): with no state as that sentence's subject, "It" refers back to it.
    pub(crate) sole_igo: Option<ActorRef>,
    /// The three states the last sentence naming actors named, when it named exactly three
    /// (not places): "the three countries" of the next sentence are they.
    pub(crate) last_trio: Option<[String; 3]>,
    /// The states listed together lately ("the United States, Japan and South Korea"), most
    /// recent first, at most one list of each size: "the three militaries", "the 11 governments"
    /// refer back to the list of their count.
    pub(crate) lists: Vec<Vec<String>>,
    /// The state a wire dateline's place belongs to ("BEIJING, Oct 9 (Wire) -"): where the story
    /// was filed, whose bodies an unqualified "the commerce ministry" or "police" are.
    pub(crate) home: Option<String>,
    /// The state last told as ruled by soldiers ("Myanmar's junta", "the Malian junta", "the coup
    /// in Niger", "the army seized power in Mali"): "the junta" refers back to it.
    pub(crate) last_junta: Option<String>,
    /// The states of the government leaders and ministers named lately, most recent first (at
    /// most six): "the two leaders", "Leaders" of a summit communiqué are theirs, not the states
    /// spoken of last ("…intercepts of Australian aircraft by Chinese jets. Both leaders…").
    pub(crate) leaders: Vec<String>,
    /// The office a statement is issued by, from its letterhead ("MINISTRY OF FOREIGN AFFAIRS OF
    /// THE REPUBLIC OF LITHUANIA / Press release"): the "we" and "our" of its own voice.
    pub(crate) voice: Option<ActorRef>,
    /// Who a question of an interview is put to: its "you".
    pub(crate) addressee: Option<ActorRef>,
    /// The states the last sentence naming actors opened with as a list ("Mali, Niger and
    /// Burkina Faso met in Niamey", "The leaders of France, Germany and Poland travelled…"): the
    /// "They" opening the next sentence.
    pub(crate) joint_subject: Option<Vec<String>>,
}

/// "We", "our" and "us" of a statement's own voice in the sentence `span`, outside quotation
/// marks ("We demanded that Minsk stop the launches", "our air surveillance services"), as
/// mentions of `voice`; "you" and "your" as mentions of `addressee` (an interview's question).
fn first_and_second_person(text: &str, span: Span, voice: Option<&ActorRef>, addressee: Option<&ActorRef>) -> Vec<ActorMention> {
    let Some(s) = span.slice(text) else { return Vec::new() };
    let mut out = Vec::new();
    let mut quoted = false;
    let mut word_at = None;
    for (k, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        if c.is_alphabetic() || c == '\'' {
            word_at.get_or_insert(k);
            continue;
        }
        if let Some(w) = word_at.take() {
            // ("some of our European friends criticised us": others, whom we call ours.)
            let others = || {
                s[k..].split_whitespace().take(2).any(|x| {
                    matches!(x.trim_end_matches([',', '.', ';']), "friends" | "partners" | "allies" | "neighbours" | "neighbors" | "counterparts" | "colleagues" | "critics" | "rivals" | "adversaries")
                })
            };
            let who = match &s[w..k] {
                "Our" | "our" if others() => None,
                "We" | "we" | "Our" | "our" | "us" => voice,
                "You" | "you" | "Your" | "your" => addressee,
                _ => None,
            };
            if let Some(actor) = who.filter(|_| !quoted) {
                out.push(ActorMention { span: Span::new(span.start + w, span.start + k), actor: actor.clone(), coreferent: true, people: true, place: false });
            }
        }
        match c {
            '"' => quoted = !quoted,
            '\u{201c}' => quoted = true,
            '\u{201d}' => quoted = false,
            _ => {}
        }
    }
    out
}

impl Discourse {
    /// Adds to `actors` (the sentence `span`'s resolved mentions) the mentions that refer back:
    /// "it", "the group", "the ministry", "the troops", "the bloc", "the two sides", "the
    /// country", "the kingdom", "the president" (at `date`), "He", "His government".
    pub(crate) fn refer_back(&self, g: &Gazetteer, text: &str, span: Span, date: Option<&PartialDate>, actors: &mut Vec<ActorMention>) {
        if self.voice.is_some() || self.addressee.is_some() {
            actors.extend(first_and_second_person(text, span, self.voice.as_ref(), self.addressee.as_ref()));
        }
        if let Some(m) = actors::subject_pronoun(text, span, self.last_subject.as_deref(), actors) {
            actors.push(m);
        } else if let Some(igo) = self.sole_igo.as_ref().filter(|_| self.last_subject.is_none()) {
            if let Some(mut m) = actors::subject_pronoun(text, span, Some(&igo.code), actors) {
                m.actor = igo.clone();
                actors.push(m);
            }
        }
        if actors::may_refer_back(span.slice(text).unwrap_or("")) {
            if let Some(m) = actors::group_coreference(text, span, self.last_group.as_ref(), actors) {
                actors.push(m);
            }
            if let Some(m) = actors::body_coreference(text, span, self.last_body.as_ref(), actors) {
                actors.push(m);
            }
            if let Some(m) = actors::forces_coreference(text, span, self.last_forces.as_deref(), actors) {
                actors.push(m);
            }
        }
        if let Some(m) = actors::own_forces(text, span, actors) {
            actors.push(m);
        }
        if let Some(m) = actors::igo_coreference(text, span, self.last_igo.as_ref(), actors) {
            if !actors.iter().any(|a| a.span.start < m.span.end && m.span.start < a.span.end) {
                actors.push(m);
            }
        }
        for (phrase, place) in [("the capital", true), ("the junta", false)] {
            if let Some(m) = self.home_reference(text, span, actors, phrase, place) {
                actors.push(m);
            }
        }
        actors.sort_by_key(|m| (m.span.start, m.span.end));
        // (The leaders of a bloc's summit are the bloc's, not the two named last: a document
        // that has named an organisation gets no pair for a bare "Leaders".)
        let pair = if self.last_igo.is_some() { &self.leaders[..0] } else { &self.leaders[..] };
        let coref = actors::coreferences(text, span, &self.recent, pair, self.last_trio.as_ref(), actors, &|c| g.is_kingdom(c));
        actors.extend(coref);
        if let Some(m) = actors::neighbour_coreference(text, span, &self.recent, actors) {
            actors.push(m);
            actors.sort_by_key(|m| (m.span.start, m.span.end));
        }
        let counted = actors::counted_group(text, span, &self.lists, actors);
        if !counted.is_empty() {
            actors.extend(counted);
            actors.sort_by_key(|m| (m.span.start, m.span.end));
        }
        // "the president": the leader, at the document's date, of the state the document last
        // spoke of, when the sentence names no state before the phrase ("Japan's president",
        // "In Tokyo, the president…" stay unresolved) and the phrase is not "the president of
        // X"; states named after it are what the president acts on ("The president flew to
        // Tokyo" does not make him Japan's). Never a guess between several.
        if let Some(home) = self.recent.first().cloned() {
            let titled = actors::leader_by_title(g, text, span, Some(&home), date);
            let fresh: Vec<ActorMention> = titled
                .into_iter()
                .filter(|t| !actors.iter().any(|m| m.span.start < t.span.end && t.span.start < m.span.end))
                .filter(|t| !actors.iter().any(|m| m.actor.kind == ActorKind::State && m.span.end <= t.span.start))
                .filter(|t| !text.get(t.span.end..).is_some_and(|r| r.starts_with(" of ")))
                .collect();
            actors.extend(fresh);
        }
        // ("Armenia is exposed. Its army relies on Russian weapons": the state the sentence
        // before was about, by its own body or economy.)
        if let Some(subject) = self.last_subject.as_deref() {
            let lead = text.get(span.start..span.end).unwrap_or("");
            if let Some(rest) = lead.strip_prefix("Its ") {
                let noun = rest.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
                let sector = match noun {
                    "government" | "administration" | "cabinet" | "leadership" | "ministry" | "regime" | "ambassador" | "envoy" | "embassy" | "diplomats" => Some("GOV"),
                    "army" | "forces" | "military" | "troops" | "navy" | "defence" | "defense" => Some("MIL"),
                    _ => None,
                };
                let plain = matches!(noun, "economy" | "budget" | "finances" | "industry" | "exports" | "imports" | "banks" | "grid" | "energy" | "arsenal" | "air" | "coast" | "police" | "farmers" | "factories" | "refineries");
                if (sector.is_some() || plain) && !actors.iter().any(|m| m.span.start < span.start + 4 + noun.len()) {
                    let mut actor = ActorRef::state(subject.to_string());
                    actor.sector = sector.map(str::to_string);
                    actors.push(ActorMention { place: false, span: Span::new(span.start, span.start + 4 + noun.len()), actor, coreferent: true, people: false });
                    actors.sort_by_key(|m| (m.span.start, m.span.end));
                }
            }
        }
        // ("Mali, Niger and Burkina Faso met in Niamey. They called on Algeria…": the states the
        // sentence before opened with.)
        if let Some(states) = &self.joint_subject {
            let lead = span.slice(text).unwrap_or("");
            if lead.starts_with("They ") && !actors.iter().any(|m| m.span.start < span.start + 5) {
                let at = Span::new(span.start, span.start + 4);
                actors.extend(states.iter().map(|c| ActorMention { place: false, span: at, actor: ActorRef::state(c.clone()), coreferent: true, people: false }));
                actors.sort_by_key(|m| (m.span.start, m.span.end));
            }
        }
        if let Some(m) = clause_pronoun(text, span, actors) {
            actors.push(m);
            actors.sort_by_key(|m| (m.span.start, m.span.end));
        }
        if let Some(m) = object_pronoun(text, span, actors, self.last_person.as_ref()) {
            actors.push(m);
            actors.sort_by_key(|m| (m.span.start, m.span.end));
        }
        if let Some(person) = &self.last_person {
            let lead = text.get(span.start..span.end).unwrap_or("");
            let pronoun = ["He ", "She "].iter().find(|p| lead.starts_with(**p)).map(|p| (0, p.len() - 1)).or_else(|| after_time_adverbial(lead));
            if let Some((at, len)) = pronoun.filter(|(at, _)| !actors.iter().any(|m| m.span.start < span.start + at + 4)) {
                actors.push(ActorMention {
                    place: false,
                    span: Span::new(span.start + at, span.start + at + len),
                    actor: person.clone(),
                    coreferent: true,
                    people: true,
                });
            }
            // "His government closed its airspace": the person's state acts through its
            // government or forces.
            // ("In 2025 his administration imposed tariffs": after a fronted time adverbial too.)
            let possessive = ["His ", "Her "].iter().find(|p| lead.starts_with(**p)).map(|p| (0, p.len())).or_else(|| fronted_after_time(lead, &[" his ", " her "]).map(|(at, len)| (at, at + len + 1)));
            if let Some((from, after)) = possessive.filter(|_| person.code.len() == 3) {
                let noun = lead[after..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                let sector = match noun {
                    "government" | "administration" | "cabinet" | "ministry" | "office" => Some("GOV"),
                    "army" | "forces" | "military" | "troops" => Some("MIL"),
                    _ => None,
                };
                if let (Some(sector), false) = (sector, actors.iter().any(|m| m.span.start < span.start + after + noun.len())) {
                    let mut actor = ActorRef::state(person.code.clone());
                    actor.sector = Some(sector.to_string());
                    actors.push(ActorMention {
                        place: false,
                        span: Span::new(span.start + from, span.start + after + noun.len()),
                        actor,
                        coreferent: true,
                        people: false,
                    });
                }
            }
        }
    }

    /// "the capital" naming no city ("Protesters rallied in the capital", "Iranian delegations
    /// have visited the capital", a place) and "the junta" ("Washington warned the junta"):
    /// the dateline's state, else the state the document spoke of last that the sentence does
    /// not name itself. Not "the capital, Kyiv" or "the capital Kyiv" (the city is named), nor
    /// "the capital's" mayor.
    fn home_reference(&self, text: &str, span: Span, actors: &[ActorMention], phrase: &str, place: bool) -> Option<ActorMention> {
        let s = span.slice(text)?;
        let pos = crate::normalize::find_ci(s, phrase)?;
        let rest = &s[pos + phrase.len()..];
        // ("the capital, Kyiv", "the capital Kyiv", "the junta in Niamey": named after it.)
        let named = rest.starts_with(", ") && rest[2..].starts_with(char::is_uppercase)
            || rest.starts_with(' ') && rest[1..].starts_with(char::is_uppercase)
            || [" in ", " of "].iter().any(|p| rest.starts_with(p) && rest[4..].starts_with(char::is_uppercase));
        if named || rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '-') {
            return None;
        }
        let at = span.start + pos;
        if actors.iter().any(|m| m.span.start < at + phrase.len() && at < m.span.end) {
            return None;
        }
        // (Not a state the sentence itself names: "Iranian delegations have visited the capital"
        // after "Niger's junta has courted Tehran" is Niamey.)
        // ("Russia has delivered jets to Myanmar. Beijing … quietly supplying the junta": the
        // state told as ruled by soldiers, not the one spoken of last.)
        let junta = self.last_junta.clone().filter(|j| !place && !actors.iter().any(|m| m.actor.code == *j));
        let code = match (&self.home, junta) {
            (_, Some(j)) => j,
            (Some(h), None) => h.clone(),
            (None, None) => self.recent.iter().find(|c| !actors.iter().any(|m| m.actor.code == **c))?.clone(),
        };
        Some(ActorMention { place, span: Span::new(at, at + phrase.len()), actor: ActorRef::state(code), coreferent: true, people: false })
    }

    /// Notes the actors of a sentence just read (sorted by position).
    pub(crate) fn observe(&mut self, text: &str, span: Span, actors: &[ActorMention]) {
        // ("Myanmar's junta", "the Malian junta", "the junta in Niamey", "after the coup in Mali",
        // "the army seized power in Niger": the state named right by its junta or coup.)
        let sentence = span.slice(text).unwrap_or("");
        let ruled_words = ["junta", "coup", "power"].iter().any(|w| crate::normalize::find_ci(sentence, w).is_some());
        for m in actors.iter().filter(|m| ruled_words && !m.coreferent && m.actor.kind == ActorKind::State && m.actor.code.len() == 3 && m.actor.code != "UNK") {
            // (A few words either side, not the rest of the document: this runs for every mention.)
            let after: String = text.get(m.span.end..).unwrap_or("").chars().take(32).collect::<String>().to_ascii_lowercase();
            let before = text.get(span.start..m.span.start).unwrap_or("");
            let before: String = before[before.len() - before.chars().rev().take(16).map(char::len_utf8).sum::<usize>()..].to_ascii_lowercase();
            let ruled = ["'s junta", "'s ruling junta", "'s military junta", "'s military government", "'s military rulers", " junta", "n junta"].iter().any(|w| after.starts_with(w))
                || ["junta in ", "coup in ", "power in ", "junta of "].iter().any(|w| before.ends_with(w));
            if ruled {
                self.last_junta = Some(m.actor.code.clone());
            }
        }
        // (A sentence naming no actor keeps the subject spoken of.)
        if !actors.is_empty() {
            self.joint_subject = joint_subject(text, span, actors);
            self.last_subject = actors::subject_state(text, span, actors);
            let mut states: Vec<String> = Vec::new();
            for m in actors.iter().filter(|m| !m.place && m.actor.kind == ActorKind::State && m.actor.code.len() == 3 && m.actor.code != "UNK") {
                if !states.contains(&m.actor.code) {
                    states.push(m.actor.code.clone());
                }
            }
            for list in actors::listed_states(text, actors) {
                self.lists.retain(|l| l.len() != list.len());
                self.lists.insert(0, list);
            }
            self.last_trio = <[String; 3]>::try_from(states).ok();
            let mut named = actors.iter().filter(|m| !m.place);
            let first = named.next().filter(|m| m.actor.kind == ActorKind::Igo);
            // ("The UN human rights monitoring mission in Ukraine condemned Russia's treatment of
            // prisoners. It urged Moscow…": one opening the sentence as its subject, too.)
            let opens = first.is_some_and(|f| {
                text.get(span.start..f.span.start).is_some_and(|lead| lead.split_whitespace().filter(|w| !w.eq_ignore_ascii_case("the")).count() == 0)
            });
            self.sole_igo = first.filter(|f| opens || named.all(|m| m.actor.code == f.actor.code)).map(|m| m.actor.clone());
        }
        if let Some(igo) = actors.iter().rev().find(|m| m.actor.kind == ActorKind::Igo && !m.coreferent) {
            self.last_igo = Some(igo.actor.clone());
        }
        if let Some(g) = actors.iter().rev().find(|m| m.actor.kind == ActorKind::Group && !m.coreferent && m.actor.code != "UNK") {
            self.last_group = Some(g.actor.clone());
        }
        if let Some(f) = actors.iter().rev().find(|m| m.actor.sector.as_deref() == Some("MIL") && m.actor.code.len() == 3 && !m.coreferent) {
            self.last_forces = Some(f.actor.code.clone());
        }
        if let Some(b) = actors.iter().rev().find(|m| m.actor.kind == ActorKind::GovBody && m.actor.code.len() == 3 && m.actor.role.as_deref().is_some_and(|r| r.contains("ministry"))) {
            self.last_body = Some(b.actor.clone());
        }
        let mut persons = actors.iter().filter(|m| m.actor.kind == ActorKind::Person && !m.coreferent).map(|m| &m.actor);
        if let Some(first) = persons.next() {
            // (Several people named: "He" is the one the sentence opened with as its subject,
            // "Chinese Foreign Minister Wang Yi, who arrived…, held talks with Jaishankar and
            // Doval. He also met…".)
            let one = persons.all(|p| p.name == first.name);
            let opened = actors.iter().find(|m| m.actor.kind == ActorKind::Person && !m.coreferent).is_some_and(|m| {
                let lead = text.get(span.start..m.span.start).unwrap_or("x x");
                let lead = lead.rsplit_once(" - ").map_or(lead, |(_, b)| b);
                lead.split_whitespace().count() == 0
            });
            self.last_person = (one || opened).then(|| first.clone());
        } else if let Some((name, state)) = actors::titled_stranger(text, span, actors) {
            // ("LIMA - … Foreign Minister Hugo de Zela told reporters… He accused Mexico…": an
            // official the gazetteer does not know, named with a bare title, is the home state's;
            // with a state's adjective before the title, that state's.)
            if let Some(code) = state.or_else(|| self.home.clone()).or_else(|| self.recent.first().cloned()) {
                self.last_person = Some(ActorRef { code, kind: ActorKind::Person, name: Some(name), role: None, sector: Some("GOV".into()) });
            }
        }
        for m in actors.iter().rev().filter(|m| m.actor.kind == ActorKind::Person && !m.coreferent && m.actor.sector.as_deref() == Some("GOV") && m.actor.code.len() == 3) {
            self.leaders.retain(|c| *c != m.actor.code);
            self.leaders.insert(0, m.actor.code.clone());
        }
        self.leaders.truncate(6);
        for m in actors.iter().rev() {
            // (A pronoun adds no new referent: "He" stands for someone already self.recent.)
            if m.coreferent && m.actor.kind == ActorKind::Person && m.people {
                continue;
            }
            if m.actor.kind == ActorKind::State || m.actor.kind == ActorKind::Person || m.actor.kind == ActorKind::GovBody {
                let code = m.actor.code.clone();
                self.recent.retain(|c| *c != code);
                self.recent.insert(0, code);
            }
        }
        self.recent.truncate(6);
    }
}

/// "Two days later he met Trump", "In March, she flew to Beijing", "During his campaign he": a
/// subject pronoun after a fronted phrase of time or occasion (see [`fronted_after_time`]), as
/// (offset, length) in `lead`.
fn after_time_adverbial(lead: &str) -> Option<(usize, usize)> {
    fronted_after_time(lead, &[" he ", " she "])
}

/// The first of `words` (lower-case, each with a space on either side) in `lead` after a fronted time adverbial of at most six
/// words of time ("Two days later he", "In 2025 his"), or a phrase of occasion of at most four
/// words with no name in it ("During his campaign he"), as (offset, length).
fn fronted_after_time(lead: &str, words: &[&str]) -> Option<(usize, usize)> {
    let (at, len) = words.iter().filter_map(|w| lead.find(w).map(|i| (i + 1, w.len() - 2))).min()?;
    let head = &lead[..at];
    let words: Vec<String> = head.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).map(|w| w.to_ascii_lowercase()).collect();
    let time = |w: &str| {
        matches!(
            w,
            "later" | "earlier" | "then" | "next" | "after" | "before" | "last" | "on" | "in" | "within" | "during" | "days" | "day" | "weeks" | "week" | "months" | "month" | "year"
                | "years" | "ago" | "meanwhile" | "afterwards" | "the" | "a" | "same" | "following" | "that" | "two" | "three" | "four" | "five" | "several" | "few" | "hours" | "soon"
                | "morning" | "evening" | "weekend" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        ) || w.bytes().all(|b| b.is_ascii_digit()) || realign_core::month_from_name(w).is_some()
    };
    // ("During his campaign he", "After the summit she", "In an interview he": a short phrase
    // of time or occasion, with no name in it.)
    let occasion = words.len() <= 4
        && words.first().is_some_and(|w| matches!(w.as_str(), "during" | "after" | "before" | "in" | "at" | "since" | "following" | "throughout"))
        // (A comma may close the phrase: "During his campaign, he".)
        && head.trim_end().trim_end_matches(',').split_whitespace().skip(1).all(|w| !w.starts_with(char::is_uppercase) && !w.ends_with("ed") && !w.ends_with(','))
        && words.iter().skip(1).all(|w| !matches!(w.as_str(), "which" | "that" | "who" | "when" | "where" | "and" | "but"));
    (!words.is_empty() && words.len() <= 6 && (occasion || words.iter().all(|w| time(w)))).then_some((at, len))
}

/// "When Nicolás Maduro was sworn in, Putin congratulated him", "Maduro was sworn in. Putin
/// congratulated him": a "him" is the person named before it who is not the one acting on it
/// (the person named last before it), else the person the sentences before spoke of. Only one
/// "him" per sentence, and never a guess between two others.
fn object_pronoun(text: &str, span: Span, actors: &[ActorMention], last_person: Option<&ActorRef>) -> Option<ActorMention> {
    let s = span.slice(text)?;
    let pos = s.match_indices(" him").map(|(p, _)| p + 1).find(|&p| !s[p + 3..].starts_with(|c: char| c.is_alphanumeric()))?;
    if s[pos + 3..].contains(" him") {
        return None;
    }
    let at = span.start + pos;
    if actors.iter().any(|m| m.span.start < at + 3 && at < m.span.end) {
        return None;
    }
    let people: Vec<&ActorMention> = actors.iter().filter(|m| m.actor.kind == ActorKind::Person && m.span.end <= at && m.actor.name.is_some()).collect();
    // The one acting on "him": the person named right before its verb ("Putin congratulated
    // him"); with more between ("Putin met Xi and praised him"), "him" is the one named last.
    let acting = people.last().filter(|m| {
        let gap = text.get(m.span.end..at).unwrap_or("");
        gap.split_whitespace().count() <= 2 && !gap.contains(',') && !gap.split_whitespace().any(|w| w == "and")
    });
    let person = match (acting, people.last()) {
        (None, Some(m)) => m.actor.clone(),
        _ => {
            let actor = acting.map(|m| &m.actor.name);
            let mut others: Vec<&ActorRef> = Vec::new();
            for m in &people {
                if Some(&m.actor.name) != actor && !others.iter().any(|o| o.name == m.actor.name) {
                    others.push(&m.actor);
                }
            }
            match others.as_slice() {
                [one] => (*one).clone(),
                [] => last_person.filter(|p| Some(&p.name) != actor && p.name.is_some())?.clone(),
                _ => return None,
            }
        }
    };
    Some(ActorMention { place: false, span: Span::new(at, at + 3), actor: person, coreferent: true, people: true })
}

/// The states sentence `span` opens with as a list of two or more, as its subject: "Mali, Niger
/// and Burkina Faso met…", "The leaders of France, Germany, Britain and Poland travelled…",
/// "The Heads of State of Mali and Niger condemn…".
fn joint_subject(text: &str, span: Span, actors: &[ActorMention]) -> Option<Vec<String>> {
    let s = span.slice(text)?;
    let lead_len = ["The leaders of ", "Leaders of ", "The heads of state of ", "The Heads of State of ", "Heads of State of ", "The foreign ministers of ", "The presidents of ", "The governments of "]
        .iter()
        .find(|p| s.starts_with(**p))
        .map_or(0, |p| p.len());
    let mut states: Vec<String> = Vec::new();
    let mut at = span.start + lead_len;
    for m in actors.iter().filter(|m| m.span.start >= span.start) {
        let gap = text.get(at..m.span.start)?.trim();
        let joined = if states.is_empty() { gap.is_empty() || gap == "The" } else { matches!(gap, "," | "and" | ", and") };
        if !joined || m.place || m.actor.kind != ActorKind::State || m.actor.code.len() != 3 {
            break;
        }
        if !states.contains(&m.actor.code) {
            states.push(m.actor.code.clone());
        }
        at = m.span.end;
    }
    // (The list is the subject: a verb in lower case follows it, not "'s" or a noun of its own.)
    let next = text.get(at..span.end)?.trim_start();
    (states.len() >= 2 && next.starts_with(char::is_lowercase) && !next.starts_with("and ")).then_some(states)
}

/// "When Xi Jinping travelled to Astana in June 2025, he and Tokayev signed dozens of
/// agreements": a "he" or "she" opening the main clause after a fronted clause is the one person
/// the sentence named before it (none, or two or more: no guess).
fn clause_pronoun(text: &str, span: Span, actors: &[ActorMention]) -> Option<ActorMention> {
    let s = span.slice(text)?;
    // ("Baku's answer was unusually sharp: it cancelled a Russian festival": "it" after a colon
    // or semicolon is the one state named before it.)
    if let Some(pos) = [": it ", "; it "].iter().filter_map(|p| s.find(p)).min() {
        let at = span.start + pos + 2;
        // (Not a cleft or an empty subject: "; it was Turkey that supplied", "; it is clear".)
        if ["was ", "is ", "has been ", "had been ", "remains ", "seems ", "would ", "will "].iter().any(|w| s[pos + 5..].starts_with(w)) {
            return None;
        }
        // (A capital standing for its state counts: "Baku's answer".)
        let mut states: Vec<&str> = Vec::new();
        for m in actors.iter().filter(|m| m.span.end <= at && m.actor.code.len() == 3 && m.actor.code != "UNK" && matches!(m.actor.kind, ActorKind::State | ActorKind::GovBody)) {
            if !states.contains(&m.actor.code.as_str()) {
                states.push(&m.actor.code);
            }
        }
        // (Else the state opening the clause before the colon: "Since Washington lifted its
        // embargo in 2022, Nicosia has begun buying in earnest: it has taken delivery…".)
        let clause_start = span.start + s[..pos].rfind([',', ';', ':']).map_or(0, |c| c + 1);
        let opener = actors.iter().filter(|m| m.span.start >= clause_start && m.span.end <= at && m.actor.code.len() == 3 && m.actor.code != "UNK" && matches!(m.actor.kind, ActorKind::State | ActorKind::GovBody)).min_by_key(|m| m.span.start);
        let opens = opener.filter(|m| text.get(clause_start..m.span.start).is_some_and(|g| g.split_whitespace().all(|w| matches!(w, "the" | "The" | "and" | "but" | "so"))));
        if let Some(m) = opens {
            return Some(ActorMention { place: false, span: Span::new(at, at + 2), actor: ActorRef::state(m.actor.code.clone()), coreferent: true, people: false });
        }
        if let [one] = states.as_slice() {
            return Some(ActorMention { place: false, span: Span::new(at, at + 2), actor: ActorRef::state(one.to_string()), coreferent: true, people: false });
        }
        return None;
    }
    if let Some(m) = and_it(text, span, actors) {
        return Some(m);
    }
    let pos = [", he ", ", she "].iter().filter_map(|p| s.find(p)).min()?;
    let at = span.start + pos + 2;
    let len = if s[pos + 2..].starts_with("he ") { 2 } else { 3 };
    let mut people = actors.iter().filter(|m| m.actor.kind == ActorKind::Person && m.span.end <= at && !m.coreferent);
    let one = people.next()?;
    if people.any(|m| m.actor.name != one.actor.name) || actors.iter().any(|m| m.span.start < at + len && at < m.span.end) {
        return None;
    }
    // (Only after a fronted clause: "When …, he", "After …, she"; not "Putin met Xi, he said".)
    let opener = s.split_whitespace().next().unwrap_or("");
    if !matches!(opener, "When" | "After" | "During" | "While" | "Before" | "Once" | "As" | "Having" | "On" | "In" | "At") {
        return None;
    }
    Some(ActorMention { place: false, span: Span::new(at, at + len), actor: one.actor.clone(), coreferent: true, people: true })
}

/// "In February the administration cut aid to South Africa, and the following month it expelled
/// Pretoria's ambassador": an "it" opening a clause joined by ", and" or ", but" (a time may
/// stand between) goes on with the sentence's subject, the first state it names outside a
/// prepositional phrase, not the object named last.
fn and_it(text: &str, span: Span, actors: &[ActorMention]) -> Option<ActorMention> {
    let s = span.slice(text)?;
    let (pos, len) = [", and ", ", but "].iter().filter_map(|p| s.find(p).map(|i| (i, p.len()))).min()?;
    let rest = &s[pos + len..];
    let words: Vec<&str> = rest.split_whitespace().take(6).collect();
    let k = words.iter().position(|w| *w == "it")?;
    let time = |w: &str| {
        matches!(
            w,
            "the" | "following" | "next" | "same" | "that" | "a" | "two" | "three" | "few" | "month" | "months" | "week" | "weeks" | "year" | "years" | "day" | "days" | "later"
                | "then" | "soon" | "after" | "last" | "in" | "by" | "early" | "late" | "this" | "on" | "weekend" | "night" | "morning" | "evening" | "afternoon"
                | "summer" | "autumn" | "winter" | "spring"
        ) || w.chars().all(|c| c.is_ascii_digit())
            || ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].contains(&w)
            || ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].contains(&w)
    };
    if !words[..k].iter().all(|w| time(w)) {
        return None;
    }
    // (Not a cleft or an empty subject: ", and it was Turkey that…", ", but it is unclear".)
    // (An auxiliary or adverb may come first when an act follows it: ", but it has declined
    // to join Western sanctions", not ", and it has been".)
    let after = words.get(k + 1).copied().unwrap_or("");
    let after = match after {
        "has" | "had" | "also" | "now" | "then" | "later" | "still" => words.get(k + 2).copied().filter(|w| *w != "been").unwrap_or(""),
        w => w,
    };
    if matches!(after, "was" | "is" | "has" | "had" | "remains" | "seems" | "would" | "will" | "could" | "may" | "might" | "did" | "does" | "also" | "now" | "then" | "later" | "still")
        || !actors::acting_verb(after)
    {
        return None;
    }
    // (Where "it" stands: the clause's first word, or the first " it " after the time words.)
    let at = span.start + pos + len + if k == 0 { 0 } else { rest.find(" it ")? + 1 };
    // The sentence's subject: the first state or government named outside a prepositional phrase.
    let subject = actors.iter().filter(|m| m.span.end <= span.start + pos && m.actor.code.len() == 3 && m.actor.code != "UNK").find(|m| {
        let lead = text.get(span.start..m.span.start).unwrap_or("");
        let prev = lead.split_whitespace().rev().find(|w| !matches!(*w, "the" | "The"));
        !prev.is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "in" | "of" | "to" | "with" | "from" | "for" | "on" | "at" | "by" | "against" | "over" | "about" | "between"))
            && !text.get(m.span.end..).is_some_and(|r| r.starts_with("'s"))
    })?;
    // (Not when something already stands there.)
    if actors.iter().any(|m| m.span.start <= at && at < m.span.end) {
        return None;
    }
    Some(ActorMention { place: false, span: Span::new(at, at + 2), actor: ActorRef::state(subject.actor.code.clone()), coreferent: true, people: false })
}
