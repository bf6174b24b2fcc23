//! Reading: news text in, coded events and structural claims out, each pointing to the exact
//! sentence it came from. Reading never fails on an article: it returns claims plus diagnostics.
//! No I/O: the caller hands in text and gets values back.
//!
//! API (the CLI and eval code against these names):
//! - [`normalize`]: curly quotes/apostrophes/dashes/whitespace → the canonical text spans point into.
//! - [`Reader::new`] / [`Reader::read`]: a [`Document`] (already normalised) → [`Reading`].
//! - [`Reader::read_sentence`]: code a single sentence (for the PLOVER gold standard).

mod actors;
mod attribution;
mod events;
mod normalize;
mod numbers;
pub mod segment;
pub mod sentence;
mod structural;

pub use normalize::normalize;

use realign_core::{ActorKind, ActorRef, Claim, ClaimBody, Diagnostic, Document, Evidence, Severity, Span};
use realign_gazetteer::Gazetteer;

use crate::sentence::{ActorMention, Sentence};

/// What reading a document produced.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The claims, in document order.
    pub claims: Vec<Claim>,
    /// Everything worth telling the user (skipped sentences, unresolved actors…).
    pub diagnostics: Vec<Diagnostic>,
}

/// The reader: a gazetteer plus the coding rules.
#[derive(Debug, Clone)]
pub struct Reader {
    gazetteer: Gazetteer,
}

impl Reader {
    /// A reader over this gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Reader {
        Reader { gazetteer }
    }

    /// Reads a whole document (its text already [`normalize`]d). Never fails: whatever the text,
    /// the result is the claims found plus diagnostics.
    pub fn read(&self, doc: &Document) -> Reading {
        let mut reading = Reading::default();
        let text = doc.text.as_str();
        if text.trim().is_empty() {
            reading.diagnostics.push(Diagnostic { severity: Severity::Warning, span: None, message: "empty document".into() });
            return reading;
        }
        let mut mentions = self.gazetteer.find_mentions(text);
        // Misspelled names ("Ethopia") the exact pass missed.
        let misspelled = self.gazetteer.find_misspelled(text, &mentions);
        if !misspelled.is_empty() {
            mentions.extend(misspelled);
            mentions.sort_by_key(|m| (m.start, m.end));
        }
        let mut next_mention = 0usize;
        let mut recent: Vec<String> = Vec::new();
        // The one person the last sentence naming people named, if it named only one: "He" or
        // "She" opening a sentence refers to that person. (Two or more: no guess.)
        let mut last_person: Option<ActorRef> = None;
        // The organisation last named: "the bloc" refers back to it.
        let mut last_igo: Option<ActorRef> = None;
        // The group last named: "the group" refers back to it.
        let mut last_group: Option<ActorRef> = None;
        // The government body last named: "the ministry" refers back to it.
        let mut last_body: Option<ActorRef> = None;
        // The state whose forces were spoken of last: "the troops" refers back to them.
        let mut last_forces: Option<String> = None;
        // The state the last sentence naming actors had as its subject: "it" refers back to it.
        let mut last_subject: Option<String> = None;
        // The state a wire dateline's place belongs to ("BEIJING, Oct 9 (Wire) -", in the first
        // sentences, after a headline): where the
        // story was filed, and whose bodies an unqualified "the commerce ministry" or "police"
        // are.
        let mut home: Option<String> = None;
        let mut sentences_with_actors = 0usize;
        let mut sentences_coded = 0usize;
        for (index, span) in segment::sentences(text).into_iter().enumerate() {
            // Mentions are in document order: walk them alongside the sentences.
            while next_mention < mentions.len() && mentions[next_mention].start < span.start {
                next_mention += 1;
            }
            let mut here = Vec::new();
            let mut k = next_mention;
            // ("ABUJA, Jan 29 (Wire) - …": the dateline's city is where the story was filed,
            // not an actor in it.)
            let dateline = span.slice(text).and_then(segment::dateline_end).map_or(span.start, |e| span.start + e);
            while k < mentions.len() && mentions[k].end <= span.end {
                if mentions[k].start >= dateline {
                    here.push(&mentions[k]);
                } else if index <= 4 && home.is_none() {
                    home = self.gazetteer.get(mentions[k].entity).filter(|e| e.kind == ActorKind::State).map(|e| e.code.clone());
                }
                k += 1;
            }
            next_mention = k;
            let state_code = |m: &realign_gazetteer::Mention| self.gazetteer.get(m.entity).filter(|e| e.kind == ActorKind::State).map(|e| e.code.clone());
            // A body of unknown country is the dateline's state's, else that of the last state
            // named before it in the sentence, else of the state last spoken of, else of the
            // first state the sentence names ("The foreign ministry summoned the Japanese
            // ambassador" alone).
            let body_state = |m: &realign_gazetteer::Mention| {
                home.clone()
                    .or_else(|| here.iter().filter(|x| x.end <= m.start).filter_map(|x| state_code(x)).last())
                    .or_else(|| recent.first().cloned())
            };
            let mut actors: Vec<ActorMention> = here
                .iter()
                .filter_map(|m| {
                    // (Only a body of unknown country needs one.)
                    let unknown_country = self.gazetteer.get(m.entity).is_some_and(|e| e.code.is_empty());
                    let state = if unknown_country { body_state(m) } else { None };
                    actors::resolve(&self.gazetteer, text, m, state.as_deref())
                })
                .collect();

            if let Some(m) = actors::subject_pronoun(text, span, last_subject.as_deref(), &actors) {
                actors.push(m);
            }
            if actors::may_refer_back(span.slice(text).unwrap_or("")) {
                if let Some(m) = actors::group_coreference(text, span, last_group.as_ref(), &actors) {
                    actors.push(m);
                }
                if let Some(m) = actors::body_coreference(text, span, last_body.as_ref(), &actors) {
                    actors.push(m);
                }
                if let Some(m) = actors::forces_coreference(text, span, last_forces.as_deref(), &actors) {
                    actors.push(m);
                }
            }
            if let Some(m) = actors::igo_coreference(text, span, last_igo.as_ref(), &actors) {
                if !actors.iter().any(|a| a.span.start < m.span.end && m.span.start < a.span.end) {
                    actors.push(m);
                }
            }
            actors.sort_by_key(|m| (m.span.start, m.span.end));
            let coref = actors::coreferences(text, span, &recent, &actors, &|c| self.gazetteer.is_kingdom(c));
            actors.extend(coref);
            // "the president": the leader, at the document's date, of the state the document last
            // spoke of, when the sentence names no state before the phrase ("Japan's president",
            // "In Tokyo, the president…" stay unresolved) and the phrase is not "the president of
            // X"; states named after it are what the president acts on ("The president flew to
            // Tokyo" does not make him Japan's). Never a guess between several.
            if let Some(home) = recent.first().cloned() {
                let titled = actors::leader_by_title(&self.gazetteer, text, span, Some(&home), doc.date.as_ref());
                let fresh: Vec<ActorMention> = titled
                    .into_iter()
                    .filter(|t| !actors.iter().any(|m| m.span.start < t.span.end && t.span.start < m.span.end))
                    .filter(|t| !actors.iter().any(|m| m.actor.kind == ActorKind::State && m.span.end <= t.span.start))
                    .filter(|t| !text.get(t.span.end..).is_some_and(|r| r.starts_with(" of ")))
                    .collect();
                actors.extend(fresh);
            }
            if let Some(person) = &last_person {
                let lead = text.get(span.start..span.end).unwrap_or("");
                let pronoun = ["He ", "She "].iter().find(|p| lead.starts_with(**p)).map(|p| p.len() - 1);
                if let Some(len) = pronoun.filter(|_| !actors.iter().any(|m| m.span.start < span.start + 4)) {
                    actors.push(ActorMention {
                        place: false,
                        span: Span::new(span.start, span.start + len),
                        actor: person.clone(),
                        coreferent: true,
                        people: true,
                    });
                }
                // "His government closed its airspace": the person's state acts through its
                // government or forces.
                let possessive = ["His ", "Her "].iter().find(|p| lead.starts_with(**p)).map(|p| p.len());
                if let Some(after) = possessive.filter(|_| person.code.len() == 3) {
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
                            span: Span::new(span.start, span.start + after + noun.len()),
                            actor,
                            coreferent: true,
                            people: false,
                        });
                    }
                }
            }
            actors.sort_by_key(|m| (m.span.start, m.span.end));
            // (A sentence naming no actor keeps the subject spoken of.)
            if !actors.is_empty() {
                last_subject = actors::subject_state(text, span, &actors);
            }
            if let Some(igo) = actors.iter().rev().find(|m| m.actor.kind == ActorKind::Igo && !m.coreferent) {
                last_igo = Some(igo.actor.clone());
            }
            if let Some(g) = actors.iter().rev().find(|m| m.actor.kind == ActorKind::Group && !m.coreferent && m.actor.code != "UNK") {
                last_group = Some(g.actor.clone());
            }
            if let Some(f) = actors.iter().rev().find(|m| m.actor.sector.as_deref() == Some("MIL") && m.actor.code.len() == 3 && !m.coreferent) {
                last_forces = Some(f.actor.code.clone());
            }
            if let Some(b) = actors.iter().rev().find(|m| m.actor.kind == ActorKind::GovBody && m.actor.code.len() == 3 && m.actor.role.as_deref().is_some_and(|r| r.contains("ministry"))) {
                last_body = Some(b.actor.clone());
            }
            let mut persons = actors.iter().filter(|m| m.actor.kind == ActorKind::Person && !m.coreferent).map(|m| &m.actor);
            if let Some(first) = persons.next() {
                let one = persons.all(|p| p.name == first.name);
                last_person = one.then(|| first.clone());
            }
            for m in actors.iter().rev() {
                // (A pronoun adds no new referent: "He" stands for someone already recent.)
                if m.coreferent && m.actor.kind == ActorKind::Person && m.people {
                    continue;
                }
                if m.actor.kind == ActorKind::State || m.actor.kind == ActorKind::Person || m.actor.kind == ActorKind::GovBody {
                    let code = m.actor.code.clone();
                    recent.retain(|c| *c != code);
                    recent.insert(0, code);
                }
            }
            recent.truncate(6);
            // Structural extractors see every sentence (in order: they keep per-document context
            // such as "silent on this development" or a byline); their cue prefilter makes that cheap.
            sentences_with_actors += usize::from(!actors.is_empty());
            let sentence_text = span.slice(text).unwrap_or("");
            let attribution = attribution::attribute(sentence_text, span.start, &actors);
            let s = Sentence { doc, span, index, actors, attribution: attribution.clone(), date: None, home: home.clone() };
            let evidence = |e: Span| Evidence { span: e, sentence_span: span, sentence: sentence_text.to_string() };
            let structural = structural::extract(&s);
            // (What the structural claims cover: an agreement or cooperation told there is not
            // told again as an event; one elsewhere in the sentence is.)
            let covered: Vec<Span> = structural.iter().map(|x| x.evidence).collect();
            // ("…," said Le Hong Hiep, a researcher: someone the gazetteer does not know spoke
            // last, so a following "He" is not the person named before.)
            if structural.iter().any(|x| matches!(&x.body, ClaimBody::Quote(q) if q.speaker_actor.is_none())) {
                last_person = None;
            }
            // ("North Korea has sent about 11,000 soldiers to Russia": the sender's forces.)
            if let Some(d) = structural.iter().rev().find_map(|x| match &x.body {
                ClaimBody::Deployment(d) => Some(d),
                _ => None,
            }) {
                last_forces = Some(d.source.code.clone());
            }
            for x in structural {
                reading.claims.push(Claim {
                    doc: doc.id.clone(),
                    body: x.body,
                    date: x.date,
                    evidence: evidence(x.evidence),
                    attribution: x.attribution.unwrap_or_else(|| attribution.clone()),
                    confidence: x.confidence,
                });
            }
            for (ev, espan, conf) in events::code(&s) {
                if !strong_event(&ev) && covered.iter().any(|c| c.start < espan.end && espan.start < c.end) {
                    continue;
                }
                reading.claims.push(Claim {
                    doc: doc.id.clone(),
                    body: ClaimBody::Event(ev),
                    date: None,
                    evidence: evidence(espan),
                    attribution: attribution.clone(),
                    confidence: conf,
                });
            }
            sentences_coded += usize::from(reading.claims.last().is_some_and(|c| c.evidence.sentence_span == span));
        }
        if sentences_with_actors > sentences_coded {
            reading.diagnostics.push(Diagnostic {
                severity: Severity::Info,
                span: None,
                message: format!(
                    "{} of {} sentences naming actors yielded no claim",
                    sentences_with_actors - sentences_coded,
                    sentences_with_actors
                ),
            });
        }
        reading
    }

    /// Codes one sentence as if it were a document of its own (doc id `doc`).
    pub fn read_sentence(&self, doc: &str, sentence: &str) -> Reading {
        let d = Document {
            id: doc.to_string(),
            name: None,
            title: None,
            date: None,
            url: None,
            author: None,
            publisher: None,
            text: normalize(sentence),
        };
        self.read(&d)
    }
}

/// Events that stand beside a structural claim of the same sentence: actual acts, not the
/// agreement, cooperation or troop posture the structural claim already records. (Aid stays: a
/// delivery is an AID event in PLOVER's gold as well as a transfer.)
fn strong_event(e: &realign_core::EventClaim) -> bool {
    !matches!(e.plover, realign_core::Plover::Agree | realign_core::Plover::Cooperate)
}
