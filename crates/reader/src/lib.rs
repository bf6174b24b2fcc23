//! Reading: news text in, coded events and structural claims out, each pointing to the exact
//! sentence it came from. Reading never fails on an article: it returns claims plus diagnostics.
//! No I/O: the caller hands in text and gets values back.
//!
//! API (the CLI and eval code against these names):
//! - [`normalize`]: curly quotes/apostrophes/dashes/whitespace → the canonical text spans point into.
//! - [`Reader::new`] / [`Reader::read`]: a [`Document`] (already normalised) → [`Reading`].
//! - [`Reader::read_sentence`]: code a single sentence (for the PLOVER gold standard).

mod actors;
mod anaphora;
mod attribution;
mod discourse;
mod events;
pub mod html;
mod normalize;
mod numbers;
pub mod segment;
pub mod sentence;
mod structural;

pub use normalize::normalize;

use realign_core::{ActorKind, ActorRef, Claim, ClaimBody, Diagnostic, Document, EventClaim, Evidence, Quantity, Severity, Span};
use realign_gazetteer::Gazetteer;

use crate::normalize::find_ci;
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
        // (An acronym the document defines as something the gazetteer does not know is not the
        // gazetteer's namesake: "the Multinational Security Support (MSS) mission".)
        let redefined = redefined_acronyms(&self.gazetteer, text, &mentions);
        if !redefined.is_empty() {
            mentions.retain(|m| !text.get(m.start..m.end).is_some_and(|t| redefined.contains(&t)));
        }
        // Misspelled names ("Ethopia") the exact pass missed.
        let misspelled = self.gazetteer.find_misspelled(text, &mentions);
        if !misspelled.is_empty() {
            mentions.extend(misspelled);
            mentions.sort_by_key(|m| (m.start, m.end));
        }
        let congo = congo_mentions(&self.gazetteer, text, &mentions);
        if !congo.is_empty() {
            mentions.extend(congo);
            mentions.sort_by_key(|m| (m.start, m.end));
        }
        let acronyms = acronym_mentions(text, &mentions);
        if !acronyms.is_empty() {
            mentions.extend(acronyms);
            mentions.sort_by_key(|m| (m.start, m.end));
        }
        let mut contextual = contextual_acronyms(&self.gazetteer, text, &mentions);
        contextual.extend(contextual_places(&self.gazetteer, text, &mentions));
        contextual.extend(short_after_full(&self.gazetteer, text, &mentions));
        if !contextual.is_empty() {
            mentions.extend(contextual);
            mentions.sort_by_key(|m| (m.start, m.end));
        }
        let mut next_mention = 0usize;
        // What the document has spoken of so far: referents for "it", "the group", "He"…
        let mut discourse = discourse::Discourse::default();
        let mut acts = anaphora::Acts::default();
        let mut sentences_with_actors = 0usize;
        let mut sentences_coded = 0usize;
        // (The two sentences before this one, for a stance, a quote, advice or an event that
        // names no one it is about.)
        let mut recent_spans: Vec<Span> = Vec::new();
        let top_place = segment::dateline_place(text);
        // (One state: "BELGRADE/PRISTINA, 20 March 2025" names no home.)
        let top_home = top_place.and_then(|(a, b)| {
            let mut codes = mentions.iter().filter(|m| m.start >= a && m.end <= b).filter_map(|m| self.gazetteer.get(m.entity)).filter(|e| e.kind == ActorKind::State).map(|e| &e.code);
            let first = codes.next()?;
            codes.all(|c| c == first).then(|| first.clone())
        });
        // (A statement under an office's letterhead speaks as that office, and is filed in its
        // state: "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF LITHUANIA".)
        // (The name is read on its own: a letterhead in capitals is read in title case.)
        if let Some((name, _, _)) = structural::issuer_heading(text) {
            // (A body named after a state, "Sudan Doctors Network", is not that state: only an
            // office of state, or a name the gazetteer knows whole, speaks for one.)
            let office = ["ministry", "office", "embassy", "permanent mission", "department", "secretariat", "government", "presidency"].iter().any(|o| name.to_lowercase().starts_with(o));
            let found: Vec<_> = self.gazetteer.find_mentions(&name).into_iter().filter(|m| office || (m.start == 0 && m.end == name.len())).collect();
            let state = found.iter().filter_map(|m| self.gazetteer.get(m.entity)).find(|e| e.kind == ActorKind::State).map(|e| e.code.clone());
            let issuer = found.iter().find_map(|m| actors::resolve(&self.gazetteer, &name, m, state.as_deref())).filter(|m| !m.actor.code.is_empty());
            if let Some(m) = issuer {
                if self.gazetteer.state(&m.actor.code).is_some() {
                    discourse.home = Some(m.actor.code.clone());
                }
                discourse.voice = Some(m.actor);
            }
        }
        // (An interview's questions and answers: "Q: …" / "A: …". The one interviewed is of the
        // state the text before the first question names most: "Mongolia's foreign minister on
        // neighbours … Mongolia has spent three decades … Foreign Minister Munkhbat Enkhjargal
        // spoke to us in Ulaanbaatar".)
        let turns = segment::interview_turns(text);
        let interviewee: Option<ActorRef> = turns.first().and_then(|&(first_turn, _)| {
            let mut counts: Vec<(&str, usize)> = Vec::new();
            for e in mentions.iter().filter(|m| m.end <= first_turn).filter_map(|m| self.gazetteer.get(m.entity)).filter(|e| e.kind == ActorKind::State) {
                match counts.iter_mut().find(|(c, _)| *c == e.code) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((&e.code, 1)),
                }
            }
            let most = counts.iter().map(|(_, n)| *n).max()?;
            let mut top = counts.iter().filter(|(_, n)| *n == most);
            let (code, _) = top.next()?;
            top.next().is_none().then(|| ActorRef::state(*code))
        });
        let sentences = segment::sentences(text);
        // (A digest of several stories, each paragraph under its own dateline, "5. COLOMBO: The
        // Sri Lankan navy…": each item is a story of its own, and what the one before spoke of is
        // no referent in it. Two such items at least; a transcript's speakers are none.)
        let items: Vec<usize> = sentences
            .iter()
            .filter(|sp| {
                let lead = text.get(..sp.start).unwrap_or("").trim_end_matches([' ', '\t']);
                // (Past the item's number, which may stand as a sentence of its own: "5.")
                let lead = lead.strip_suffix(['.', ')']).map_or(lead, |l| l.trim_end_matches(|c: char| c.is_ascii_digit())).trim_end_matches([' ', '\t']);
                (lead.is_empty() || lead.ends_with("\n\n") || lead.ends_with("\r\n\r\n"))
                    && sp.slice(text).and_then(segment::item_dateline_end).is_some_and(|e| {
                        // (A place the gazetteer knows, in a state: "HELEN:" in a transcript is a
                        // speaker.)
                        mentions.iter().any(|m| m.start >= sp.start && m.end <= sp.start + e && self.gazetteer.get(m.entity).is_some_and(|x| x.kind == ActorKind::State))
                    })
                    && !turns.iter().any(|(at, _)| *at >= sp.start && *at < sp.end)
            })
            .map(|sp| sp.start)
            .collect();
        let items = if items.len() >= 2 { items } else { Vec::new() };
        for (index, span) in sentences.into_iter().enumerate() {
            let item = items.contains(&span.start);
            if item {
                discourse = discourse::Discourse::default();
                acts = anaphora::Acts::default();
                recent_spans.clear();
            }
            // (An answer speaks as the one interviewed; a question's "you" is that one.)
            if let Some(&(_, answer)) = turns.iter().rev().find(|(at, _)| *at <= span.start) {
                let who = interviewee.clone();
                (discourse.voice, discourse.addressee) = if answer { (who, None) } else { (None, who) };
            }
            // Mentions are in document order: walk them alongside the sentences.
            while next_mention < mentions.len() && mentions[next_mention].start < span.start {
                next_mention += 1;
            }
            let mut here = Vec::new();
            let mut k = next_mention;
            // ("ABUJA, Jan 29 (Wire) - …": the dateline's city is where the story was filed,
            // not an actor in it.)
            let dateline = span.slice(text).and_then(segment::dateline_end).map_or(span.start, |e| span.start + e);
            // (An item's dateline: its place is where it was filed, and the item's home.)
            let dateline = if item { span.slice(text).and_then(segment::item_dateline_end).map_or(dateline, |e| span.start + e) } else { dateline };
            if item {
                discourse.home = mentions.iter().filter(|m| m.start >= span.start && m.end <= dateline).find_map(|m| self.gazetteer.get(m.entity).filter(|e| e.kind == ActorKind::State).map(|e| e.code.clone()));
            }
            while k < mentions.len() && mentions[k].end <= span.end {
                // ("MEXICO CITY, 12 April 2024" on a line of its own: the place is the home.)
                let filed_at = top_place.is_some_and(|(a, b)| mentions[k].start >= a && mentions[k].end <= b);
                if filed_at {
                    if discourse.home.is_none() {
                        discourse.home = top_home.clone();
                    }
                } else if mentions[k].start >= dateline {
                    here.push(&mentions[k]);
                } else if index <= 4 && discourse.home.is_none() {
                    // (A dateline in the first sentences, after a headline.)
                    discourse.home = self.gazetteer.get(mentions[k].entity).filter(|e| e.kind == ActorKind::State).map(|e| e.code.clone());
                }
                k += 1;
            }
            next_mention = k;
            let state_code = |m: &realign_gazetteer::Mention| self.gazetteer.get(m.entity).filter(|e| e.kind == ActorKind::State).map(|e| e.code.clone());
            // A body of unknown country is the dateline's state's, else that of the last state
            // named before it in the sentence, else of the state last spoken of; never of a
            // state named after it ("The foreign ministry summoned the Japanese ambassador").
            // ("The foreign ministry in Minsk": a place right after it names its state first.)
            let body_state = |m: &realign_gazetteer::Mention| {
                let located = here.iter().find(|x| {
                    x.start > m.end && text.get(m.end..x.start).is_some_and(|g| matches!(g, " in " | " of " | " in the " | " of the "))
                });
                // ("…, a charge denied by Tehran, whose foreign ministry said": the state the
                // relative clause hangs on.)
                let whose = here.iter().rev().find(|x| x.end <= m.start && text.get(x.end..m.start).is_some_and(|g| g == ", whose " || g == " whose "));
                // ("Turkey sent 2,500 soldiers to Azerbaijan, the defence ministry said": a body
                // reporting after the clause is its subject's, the sentence's first state.)
                let lead = text.get(..m.start).unwrap_or("").trim_end();
                let trailing = (lead.ends_with(", the") || lead.ends_with(", The"))
                    && text.get(m.end..).is_some_and(|r| [" said", " says", " announced", " reported", " confirmed", " added"].iter().any(|v| r.starts_with(v)));
                let first_state = || here.iter().filter(|x| x.end <= m.start && x.start >= span.start).find_map(|x| state_code(x));
                // ("Tehran rejected the accusation, and its foreign ministry condemned…": "its"
                // is the subject's, whatever the dateline.)
                let possessed = lead.ends_with(" its") || lead.ends_with(" their");
                // ("In Islamabad, the Foreign Office rejected…": the place the sentence opens in.)
                let opening = here.iter().find(|x| {
                    x.end <= m.start
                        && text.get(span.start..x.start).is_some_and(|g| matches!(g.trim(), "In" | "In the"))
                        && text.get(x.end..).is_some_and(|r| r.starts_with(','))
                });
                // ("foreign ministry spokesman Reza Kamali told reporters in Tehran": where its
                // spokesman spoke, in a story filed from elsewhere.)
                let spoke_in = here.iter().find(|x| {
                    x.start > m.end
                        && text.get(m.end..x.start).is_some_and(|g| {
                            g.len() <= 80
                                && (g.ends_with(" in ") || g.ends_with(" in the "))
                                && g.split_whitespace().any(|w| matches!(w, "said" | "says" | "told" | "tells" | "announced" | "briefed"))
                                && !g.contains(['.', ';'])
                        })
                        && !here.iter().any(|y| y.start > m.end && y.end < x.start && state_code(y).is_some())
                });
                located.or(whose).or(opening).or(spoke_in).and_then(|x| state_code(x))
                    .or_else(|| if possessed { first_state() } else { None })
                    .or_else(|| discourse.home.clone())
                    .or_else(|| if trailing { first_state() } else { None })
                    // ("Baghdad summoned Turkey's charge d'affaires over what the foreign ministry
                    // called…": a state named by its envoy is the one dealt with.)
                    .or_else(|| here.iter().filter(|x| x.end <= m.start && !actors::names_envoy(text, x.end)).filter_map(|x| state_code(x)).next_back())
                    .or_else(|| discourse.recent.first().cloned())
            };
            let mut actors: Vec<ActorMention> = here
                .iter()
                .filter_map(|m| {
                    // (Only a body of unknown country needs one.)
                    let entity = self.gazetteer.get(m.entity);
                    let unknown_country = entity.is_some_and(|e| e.code.is_empty());
                    // ("The coast guard is the tool to watch", "border guards halt the work": a
                    // force named without its state is no one's; with it, "the Philippine Coast
                    // Guard", the matcher has joined them.)
                    if unknown_country && entity.and_then(|e| e.role.as_deref()).is_some_and(|r| matches!(r, "coast guard" | "border guard")) {
                        return None;
                    }
                    let state = if unknown_country { body_state(m) } else { None };
                    actors::resolve(&self.gazetteer, text, m, state.as_deref())
                })
                .collect();

            discourse.refer_back(&self.gazetteer, text, span, doc.date.as_ref(), &mut actors);
            actors.sort_by_key(|m| (m.span.start, m.span.end));
            discourse.observe(text, span, &actors);
            // Structural extractors see every sentence (in order: they keep per-document context
            // such as "silent on this development" or a byline); their cue prefilter makes that cheap.
            sentences_with_actors += usize::from(!actors.is_empty());
            let sentence_text = span.slice(text).unwrap_or("");
            let attribution = attribution::attribute(sentence_text, span.start, &actors);
            let s = Sentence { doc, span, index, actors, attribution: attribution.clone(), date: None, home: discourse.home.clone(), last_person: discourse.last_person.clone() };
            // (A quote that opened in a sentence before is evidenced by the passage from its
            // opening mark: the sentences it runs over.)
            let evidence = |e: Span| {
                // (And a credit line's evidence may take in the outlet's line beside it.)
                let passage = Span::new(e.start.min(span.start), e.end.max(span.end));
                Evidence { span: e, sentence_span: passage, sentence: passage.slice(text).unwrap_or(sentence_text).to_string() }
            };
            let structural = structural::extract(&s);
            // (What the structural claims cover: an agreement or cooperation told there is not
            // told again as an event; one elsewhere in the sentence is. A transfer records goods
            // moved, not the act: "sold 24 jets to Egypt" is military cooperation as well.)
            // (Nor a security pact with no obligation stated: "granted U.S. forces access to
            // four bases under the Enhanced Defense Cooperation Agreement" is still cooperation.)
            let covered: Vec<Span> = structural
                .iter()
                // (Nor a deployment planned: "will deploy 80 officers to Mauritania" is a promise
                // made, AGREE, as well.)
                .filter(|x| !matches!(&x.body, ClaimBody::Transfer(_)) && !matches!(&x.body, ClaimBody::Alliance(a) if a.obligations.is_empty()) && !matches!(&x.body, ClaimBody::Deployment(d) if d.planned))
                .map(|x| x.evidence)
                .collect();
            // ("…," said Le Hong Hiep, a researcher: someone the gazetteer does not know spoke
            // last, so a following "He" is not the person named before.)
            if structural.iter().any(|x| matches!(&x.body, ClaimBody::Quote(q) if q.speaker_actor.is_none())) {
                discourse.last_person = None;
            }
            // ("North Korea has sent about 11,000 soldiers to Russia": the sender's forces.)
            if let Some(d) = structural.iter().rev().find_map(|x| match &x.body {
                ClaimBody::Deployment(d) => Some(d),
                _ => None,
            }) {
                discourse.last_forces = Some(d.source.code.clone());
                acts.note_deployment(&d.source, index);
            }
            // What someone the gazetteer does not know (an analyst) says will or would happen is
            // a forecast: the quoted words' span, for the events below.
            let forecasts: Vec<Span> = structural
                .iter()
                .filter_map(|x| match &x.body {
                    ClaimBody::Quote(q) if q.speaker_actor.is_none() && !q.text.is_empty() => {
                        sentence_text.find(q.text.as_str()).map(|at| Span::new(span.start + at, span.start + at + q.text.len()))
                    }
                    _ => None,
                })
                .collect();
            for mut x in structural {
                // ("Tajikistan did not comment on the arrests": about the arrests' parties.)
                if let ClaimBody::Stance(st) = &mut x.body {
                    let rest = text.get(x.evidence.start..span.end).unwrap_or("");
                    if acts.about_of_stance(st, rest, x.evidence.end.saturating_sub(x.evidence.start)) {
                        x.confidence = x.confidence.max(0.6);
                    }
                    // ("Brussels has stayed neutral on Western Sahara", "Washington has been
                    // conspicuously quiet throughout": a stance that still names no one it is
                    // about is about the matter told just before, the states of the latest claim
                    // of this sentence or the two before; its confidence stays low.)
                    if st.about.is_empty() {
                        // (Not another holder of it: "Indonesia and Malaysia have voiced caution"
                        // is not Malaysia's caution about Indonesia.)
                        let mut holders: Vec<&str> = reading.claims.iter().rev().take_while(|c| c.evidence.sentence_span.end > span.start).filter_map(|c| match &c.body {
                            ClaimBody::Stance(o) if o.stance == st.stance => Some(o.actor.code.as_str()),
                            _ => None,
                        }).collect();
                        holders.push(&st.actor.code);
                        st.about = told_before(&reading.claims, &recent_spans, span, &holders);
                    }
                }
                // ("Everybody in this region is being paid by somebody," said a researcher: quoted
                // words naming no state are about the matter told just before, as a stance is.)
                if let ClaimBody::Quote(q) = &mut x.body {
                    if q.about.is_empty() {
                        let holder = q.speaker_actor.as_ref().map_or(String::new(), |a| a.code.clone());
                        q.about = told_before(&reading.claims, &recent_spans, span, &[&holder]);
                    }
                }
                // ("Canberra should pair its treaties with infrastructure financing": advice
                // naming no one else concerns the states of the matter told just before.)
                if let ClaimBody::Recommendation(r) = &mut x.body {
                    if r.with.is_empty() {
                        // (Only sentences before: "Paris, which keeps troops in Chad, should offer
                        // to finance the corridors" says nothing of Chad.)
                        r.with = told_before(claims_before(&reading.claims, span), &recent_spans, span, &[&r.actor.code]);
                    }
                }
                reading.claims.push(Claim {
                    doc: doc.id.clone(),
                    body: x.body,
                    date: x.date,
                    evidence: evidence(x.evidence),
                    attribution: x.attribution.unwrap_or_else(|| attribution.clone()),
                    confidence: x.confidence,
                });
            }
            let not_events = NotEvents::of(&reading.claims, span, text);
            for (mut ev, espan, conf) in events::code(&s) {
                if !strong_event(&ev) && covered.iter().any(|c| c.start < espan.end && espan.start < c.end) {
                    continue;
                }
                if not_events.covers(&ev, espan) {
                    continue;
                }
                // ("Hanoi will not sign anything…," said Ian Storey: a forecast, not a refusal.)
                if let Some(q) = forecasts.iter().find(|q| q.start <= espan.start && espan.start < q.end) {
                    let upto = text.get(q.start..espan.end.min(q.end)).unwrap_or("");
                    // ("I don't see him backing down": an opinion of what someone will do.)
                    let opinion = ["I expect", "I don't see", "I do not see", "I think", "I doubt", "I suspect", "I believe", "I would expect"].iter().any(|p| upto.contains(p));
                    if opinion || upto.split_whitespace().any(|w| matches!(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''), "will" | "would" | "won't" | "wouldn't" | "could" | "may" | "might")) {
                        ev.hypothetical = true;
                    }
                }
                // ("Beirut condemned the strikes": aimed at the earlier strikes' doer.)
                acts.resolve(
                    &mut ev,
                    text.get(span.start..espan.start).unwrap_or(""),
                    text.get(espan.start..espan.end).unwrap_or(""),
                    text.get(espan.end..span.end).unwrap_or(""),
                );
                // ("Croatia signed a defence declaration with Albania and Kosovo, a move Belgrade
                // condemned as…", "…, which Moscow denounced": aimed at the doers of the act the
                // relative clause names, the sentence's opening subject.)
                let mut moved = false;
                if ev.target.is_empty() && !ev.source.is_empty() && !ev.negated {
                    if let Some(doers) = doers_of_the_move(text, span, espan, &s.actors, &ev.source) {
                        ev.target = doers;
                        moved = true;
                    }
                }
                // ("Beirut said it would file a complaint": at whoever acted just before.)
                // ("Thousands of people marched through Pristina to denounce Belgrade": a crowd
                // nobody names is of the city it marches in.)
                if ev.plover == realign_core::Plover::Protest && !ev.source.is_empty() && ev.source.iter().all(|a| a.code == "UNK") {
                    if let Some(city) = crowd_city(text, espan, &s.actors, &ev.target) {
                        ev.source = vec![city];
                    }
                }
                // ("Benny Gantz signed a security cooperation memorandum in Rabat": a signing,
                // pledge or meeting with no partner named is with the host of the city it was in.)
                if matches!(ev.plover, realign_core::Plover::Support | realign_core::Plover::Agree | realign_core::Plover::Consult) && ev.target.is_empty() && !ev.source.is_empty() && !ev.negated {
                    if let Some(host) = host_city(text, span, espan, &s.actors, &ev.source) {
                        ev.target = vec![host];
                    }
                }
                // ("Belgrade released the officers": those it held.)
                let released = acts.release_of_the_held(&mut ev, text.get(espan.start..espan.end).unwrap_or(""));
                let released = acts.release_demanded(&mut ev, text.get(espan.start..span.end).unwrap_or("")) || released;
                let mut guessed = moved || released || acts.aim_from_context(&mut ev, index);
                // ("Three Pakistani soldiers were killed": by whoever the story says struck them.)
                let doer_guessed = acts.doer_of_casualties(&mut ev, index) || acts.doer_of_the_like_act(&mut ev, index);
                guessed |= doer_guessed;
                // (A toll the story names no one for is no claim: nothing to trace it to.)
                if ev.source.is_empty() && ev.target.is_empty() {
                    continue;
                }
                // ("Thailand's army claims more than 100 Cambodian soldiers were killed": a toll of
                // another state's people, told by a state with no doer named, is the teller's.)
                if !doer_guessed && ev.plover == realign_core::Plover::Assault && ev.source.is_empty() && !ev.negated && ev.magnitude.is_some() {
                    if let ([victim], Some(teller)) = (&ev.target[..], attribution.actor.as_ref()) {
                        if teller.kind == ActorKind::State && teller.code.len() == 3 && teller.code != "UNK" && teller.code != victim.code {
                            ev.source = vec![ActorRef::state(&teller.code)];
                            guessed = true;
                        }
                    }
                }
                // ("Tajikistan held snap artillery drills near the frontier", after a Kyrgyz
                // protest: an act naming no one it is aimed at is aimed at the states of the matter
                // told in the two sentences before, two at most, as a guess at lower confidence.
                // Signings, agreements, praise and refusals too: "Havana dismissed the reports as
                // slander" after a sentence on Washington's reports answers Washington.)
                // (A pledge of something given names one state at most: "China pledged 100 million
                // yuan in emergency aid", after the earthquake in Myanmar told before.)
                let pledge = ev.plover == realign_core::Plover::Agree && {
                    let cue = text.get(espan.start..espan.end).unwrap_or("").to_ascii_lowercase();
                    let given = || {
                        text.get(espan.end..span.end).unwrap_or("").split_whitespace().take(8).any(|w| {
                            matches!(w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().as_str(), "aid" | "assistance" | "troops" | "soldiers" | "loans" | "loan" | "investment" | "funding" | "grants" | "relief" | "frigates" | "warships" | "personnel")
                        })
                    };
                    ["pledg", "promis", "commit"].iter().any(|p| cue.contains(p)) && (ev.magnitude.is_some() || given())
                };
                // (For a pledge, first the one state its sentence names after "for", "to", "in"
                // or "near": "the EU pledged a EUR 7.4 billion package" after "its lending
                // programme for Egypt".)
                if pledge && ev.target.is_empty() {
                    if let Some(one) = the_one_state_for(text, span, &s.actors, &ev.source) {
                        ev.target = vec![one];
                        guessed = true;
                    }
                }
                // ("Beijing sent $100 million in emergency aid", the recipient told before: aid
                // goes where the sentence's transfer from the same giver went.)
                if ev.plover == realign_core::Plover::Aid && ev.target.is_empty() && !ev.negated {
                    if let [giver] = &ev.source[..] {
                        let mut to = of_sentence(&reading.claims, span).filter_map(|c| match &c.body {
                            ClaimBody::Transfer(t) if t.source.code == giver.code && t.target.code != giver.code => Some(&t.target),
                            _ => None,
                        });
                        if let Some(first) = to.next() {
                            if to.all(|t| t.code == first.code) {
                                ev.target = vec![ActorRef::state(&first.code)];
                                guessed = true;
                            }
                        }
                    }
                }
                // ("…boarded a Vietnamese fishing boat and beat the ten fishermen aboard": a
                // second act of the same doers, joined by "and" and naming no one, is aimed where
                // their first act of the sentence was.)
                if ev.target.is_empty() && !ev.source.is_empty() && !ev.negated && !ev.hypothetical {
                    if let Some(first) = joined_act_target(&reading.claims, span, text, espan, &ev) {
                        ev.target = first;
                        guessed = true;
                    }
                }
                // (Not a denial: it answers a charge, and only a charge, which `Acts::resolve`
                // finds. "Israel struck Gaza. Egypt denied any role in the talks" denies nothing
                // to Israel.)
                let denial = ev.plover == realign_core::Plover::Reject && text.get(espan.start..espan.end).is_some_and(|c| c.split_whitespace().any(|w| matches!(w, "denied" | "denies" | "deny" | "denying")));
                // (Nor fighting between sides named together: "about 200 people were killed in the
                // assault" by Armenian and Azerbaijani forces is aimed at neither's neighbours.)
                let clash = matches!(ev.plover, realign_core::Plover::Assault | realign_core::Plover::Retreat) && ev.source.len() >= 2;
                if ev.target.is_empty() && !ev.source.is_empty() && !ev.negated && !denial && !clash {
                    let src: Vec<&str> = ev.source.iter().map(|a| a.code.as_str()).collect();
                    // (Only sentences before: an actor of this sentence the coder did not take
                    // as the target is not one.)
                    let earlier = claims_before(&reading.claims, span);
                    let told = parallel_target(earlier, &recent_spans, span, &ev).unwrap_or_else(|| told_before(earlier, &recent_spans, span, &src[..1]));
                    let mut told: Vec<realign_core::ActorRef> = told.into_iter().filter(|a| !src.contains(&a.code.as_str())).collect();
                    // (One state told twice is one recipient: "the Libyan coastguard" and "Libya".)
                    if told.len() > 1 && told.iter().all(|a| a.code == told[0].code) {
                        told.truncate(1);
                    }
                    // (Two at most: with more, the text does not say which; one for a pledge.)
                    if (1..=if pledge { 1 } else { 2 }).contains(&told.len()) {
                        ev.target = told;
                        guessed = true;
                    }
                }
                let conf = if guessed { conf * 0.8 } else { conf };
                // (A sum beats a count for aid: "delivered 12 drones worth $120 million" is aid of
                // $120 million.)
                if let Some(told) = magnitude_told(&reading.claims, span, &ev) {
                    if ev.magnitude.is_none() || numbers::is_money(&told) {
                        ev.magnitude = Some(told);
                    }
                }
                acts.note(&ev, attribution.actor.as_ref(), index, text.get(espan.start..espan.end).unwrap_or(""), guessed);
                // ("China pledged 100 million yuan in emergency aid", "Washington has allocated
                // more than $100 million for construction at the sites", after the state told
                // before: a sum given or promised to one state is a transfer to it, when the
                // sentence told none from the giver.)
                fill_worth_told(&ev, &mut reading.claims, span);
                let sum_given = sum_given(&ev, &reading.claims, span, text, espan, conf);
                // (A doer the story suggests is no one's allegation: "The Indian army said two of its
                // soldiers were killed" accuses no one.)
                let allegation = if doer_guessed { None } else { victims_allegation(&ev, &attribution, text.get(span.start..espan.start).unwrap_or(""), text.get(espan.start..espan.end).unwrap_or("")) };
                charged_by_the_speaker(&mut ev, &attribution, text.get(span.start..espan.start).unwrap_or(""), text.get(espan.start..espan.end).unwrap_or(""));
                reading.claims.push(Claim {
                    doc: doc.id.clone(),
                    body: ClaimBody::Event(ev),
                    date: None,
                    evidence: evidence(espan),
                    attribution: attribution.clone(),
                    confidence: conf,
                });
                if let Some(a) = allegation {
                    reading.claims.push(Claim { doc: doc.id.clone(), body: ClaimBody::Event(a), date: None, evidence: evidence(espan), attribution: attribution.clone(), confidence: conf * 0.8 });
                }
                if let Some((t, at, c)) = sum_given {
                    reading.claims.push(Claim { doc: doc.id.clone(), body: ClaimBody::Transfer(t), date: None, evidence: evidence(at), attribution: attribution.clone(), confidence: c });
                }
            }
            sentences_coded += usize::from(reading.claims.last().is_some_and(|c| c.evidence.sentence_span == span));
            if recent_spans.len() == 2 {
                recent_spans.remove(0);
            }
            recent_spans.push(span);
        }
        drop_headline_repeats(&mut reading.claims, text);
        aim_at_the_other_party(&mut reading.claims);
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

/// The host of the city an event with no partner took place in: a place named after "in" in the
/// event's clause, within 80 bytes of its span, not one of `source`'s ("signed a memorandum in
/// Rabat").
fn host_city(text: &str, span: Span, espan: Span, actors: &[ActorMention], source: &[realign_core::ActorRef]) -> Option<realign_core::ActorRef> {
    let clause_end = text.get(espan.end..span.end).and_then(|r| r.find([',', ';'])).map_or(span.end, |p| espan.end + p);
    let host = actors.iter().find(|m| {
        m.place
            && m.span.start >= espan.start
            && m.span.start < clause_end.min(espan.end + 80)
            && m.actor.code.len() == 3
            && !source.iter().any(|a| a.code == m.actor.code)
            && text.get(..m.span.start).unwrap_or("").trim_end().ends_with(" in")
    });
    // ("flew to Beijing to sign the deal": the city travelled to, for the act.)
    let host = host.or_else(|| {
        actors.iter().find(|m| {
            m.place
                && m.span.end <= espan.end
                && m.actor.code.len() == 3
                && !source.iter().any(|a| a.code == m.actor.code)
                && text.get(m.span.end..espan.end).is_some_and(|g| g.trim_start().starts_with("to ") && g.split_whitespace().count() <= 3)
                && text.get(span.start..m.span.start).unwrap_or("").trim_end().strip_suffix(" to").is_some_and(|b| {
                    matches!(b.rsplit(' ').next().unwrap_or(""), "flew" | "travelled" | "traveled" | "went" | "came" | "headed" | "returned")
                })
        })
    })?;
    Some(realign_core::ActorRef::state(host.actor.code.clone()))
}

/// The one state (not one of `source`'s) the sentence at `span` names after "for", "to", "in" or
/// "near", if there is exactly one: whom a pledge is for ("…its lending programme for Egypt, and
/// the EU pledged a EUR 7.4 billion package").
fn the_one_state_for(text: &str, span: Span, actors: &[ActorMention], source: &[realign_core::ActorRef]) -> Option<realign_core::ActorRef> {
    let mut here: Vec<&str> = Vec::new();
    for m in actors.iter().filter(|m| m.actor.code.len() == 3 && m.actor.code != "UNK" && !source.iter().any(|a| a.code == m.actor.code)) {
        let prep = text.get(span.start..m.span.start).unwrap_or("").trim_end().rsplit(' ').next().unwrap_or("");
        if matches!(prep, "for" | "to" | "in" | "near") && !here.contains(&m.actor.code.as_str()) {
            here.push(&m.actor.code);
        }
    }
    match here[..] {
        [one] => Some(realign_core::ActorRef::state(one)),
        _ => None,
    }
}

/// The state of the place a crowd protests in, named in its event's span after "in", "through",
/// "outside" or "across" (not one of `target`): "Thousands marched through Pristina".
fn crowd_city(text: &str, espan: Span, actors: &[ActorMention], target: &[realign_core::ActorRef]) -> Option<realign_core::ActorRef> {
    let m = actors.iter().find(|m| {
        m.place
            && m.span.start >= espan.start
            && m.span.end <= espan.end
            && m.actor.code.len() == 3
            && !target.iter().any(|t| t.code == m.actor.code)
            && text.get(..m.span.start).unwrap_or("").trim_end().rsplit(' ').next().is_some_and(|w| matches!(w, "in" | "through" | "outside" | "across"))
    })?;
    Some(realign_core::ActorRef::state(m.actor.code.clone()))
}

/// The doers of the act a relative clause reacts to: in "Croatia signed a declaration with
/// Albania and Kosovo, a move Belgrade condemned", the event at `espan` opens after ", a move",
/// ", a decision", ", which" (its source between), and is aimed at the states the sentence opens
/// with (the first state named and those listed with it), when none of them is its source.
fn doers_of_the_move(text: &str, span: Span, espan: Span, actors: &[ActorMention], source: &[realign_core::ActorRef]) -> Option<Vec<realign_core::ActorRef>> {
    let before = text.get(span.start..espan.start)?;
    // The source's own mention may open the event's span or stand right before it.
    let lead = before.trim_end();
    let lead = actors
        .iter()
        .rfind(|m| m.span.end <= espan.start.max(span.start) && m.span.start >= span.start)
        .filter(|m| text.get(m.span.end..espan.start).is_some_and(|g| g.trim().is_empty()))
        .and_then(|m| text.get(span.start..m.span.start))
        .map_or(lead, str::trim_end);
    let lower = lead.to_ascii_lowercase();
    let relative = [", a move", ", a decision", ", a step", ", a deal", ", which", "; a move", " a move that", ", a declaration", ", an agreement"].iter().any(|p| lower.ends_with(p));
    if !relative {
        return None;
    }
    let state = |m: &ActorMention| m.actor.kind == realign_core::ActorKind::State && m.actor.code.len() == 3 && m.actor.code != "UNK";
    // (The opening subject, not one after a preposition: "In Ukraine, Russia struck…" is
    // Russia's; "In March 2025 Croatia" is the subject after a time.)
    let governed = |m: &ActorMention| {
        let lead = text.get(span.start..m.span.start).unwrap_or("").trim_end().to_ascii_lowercase();
        lead.strip_suffix("the").unwrap_or(&lead).trim_end().rsplit(' ').next().is_some_and(|w| {
            matches!(w, "in" | "on" | "at" | "from" | "to" | "of" | "for" | "with" | "against" | "by" | "into" | "over" | "between")
        })
    };
    let first = actors.iter().find(|m| m.span.start >= span.start && m.span.end <= espan.start && state(m) && !governed(m))?;
    let mut doers = vec![first.actor.clone()];
    let mut last = first.span.end;
    for m in actors.iter().filter(|m| m.span.start > first.span.start && m.span.end <= espan.start && state(m)) {
        let gap = text.get(last..m.span.start).unwrap_or("x").trim();
        if matches!(gap, "," | "and" | ", and") {
            doers.push(m.actor.clone());
            last = m.span.end;
        } else {
            break;
        }
    }
    // (And those the act's "with" names: "signed a declaration with Albania and Kosovo".)
    let act = text.get(last..espan.start)?;
    if let Some(w) = act.find(" with ") {
        let from = last + w + 6;
        let mut prev = from;
        for m in actors.iter().filter(|m| m.span.start >= from && m.span.end <= espan.start && state(m)) {
            let gap = text.get(prev..m.span.start).unwrap_or("x").trim();
            if prev == from && !(gap.is_empty() || gap.eq_ignore_ascii_case("the")) {
                break;
            }
            if prev != from && !matches!(gap, "," | "and" | ", and") {
                break;
            }
            doers.push(m.actor.clone());
            prev = m.span.end;
        }
    }
    doers.dedup_by(|a, b| a.code == b.code);
    let doers: Vec<realign_core::ActorRef> = doers.into_iter().filter(|d| !source.iter().any(|s| s.code == d.code)).collect();
    (!doers.is_empty()).then_some(doers)
}

/// The claims told before the sentence `span` (claims are in document order; a quote's passage
/// ends with its own sentence).
fn claims_before(claims: &[Claim], span: Span) -> &[Claim] {
    let n = claims.iter().rposition(|c| c.evidence.sentence_span.end <= span.start).map_or(0, |p| p + 1);
    &claims[..n]
}

/// The claims told so far of the sentence `span`, in order: those after every claim of the
/// sentences before ([`claims_before`]), since a claim read from a sentence (a quote's passage
/// too) ends with it.
fn of_sentence(claims: &[Claim], span: Span) -> impl Iterator<Item = &Claim> {
    claims[claims_before(claims, span).len()..].iter().filter(move |c| c.evidence.sentence_span == span)
}

/// The states of the latest claim or event told in the sentence `span` (so far) or the two
/// sentences before it (`recent`), other than the `holders`: what a stance or a quote naming no one is
/// about.
fn told_before(claims: &[Claim], recent: &[Span], span: Span, holders: &[&str]) -> Vec<realign_core::ActorRef> {
    let from = recent.first().map_or(span.start, |s| s.start);
    // (By where a claim's sentence ends: a quote's passage may start sentences earlier.)
    claims
        .iter()
        .rev()
        .take_while(|c| c.evidence.sentence_span.end > from)
        .map(|c| match &c.body {
            ClaimBody::Event(e) => e.source.iter().chain(&e.target).cloned().collect(),
            other => structural::body_actors(other),
        })
        .find_map(|a: Vec<realign_core::ActorRef>| {
            let a: Vec<realign_core::ActorRef> = a.into_iter().filter(|x| !holders.contains(&x.code.as_str()) && x.code.len() == 3 && x.code != "UNK").collect();
            (!a.is_empty()).then_some(a)
        })
        .unwrap_or_default()
}

/// The targets of the act told last before `span` (in the window [`told_before`] looks at), when
/// that act is one like `ev` done by others: "Japan pledged $12 million to Madagascar. … Washington
/// has paused all non-humanitarian assistance" pauses aid to Madagascar, not to Japan. Like means
/// of the same type, or aid when `ev` stops aid. None when the last act is of another kind, or
/// its doers include `ev`'s.
fn parallel_target(claims: &[Claim], recent: &[Span], span: Span, ev: &EventClaim) -> Option<Vec<realign_core::ActorRef>> {
    use realign_core::Plover::{Agree, Aid, Sanction};
    // (Giving, promising and sanctioning: others doing the same do it to the same. Not force or
    // words: "Jordan said its air force had shot down drones" after Iran's strikes on Israel.)
    if !matches!(ev.plover, Aid | Agree | Sanction) {
        return None;
    }
    let from = recent.first().map_or(span.start, |s| s.start);
    let last = claims.iter().rev().take_while(|c| c.evidence.sentence_span.end > from).find(|c| match &c.body {
        ClaimBody::Event(e) => !e.source.is_empty(),
        other => !structural::body_actors(other).is_empty(),
    })?;
    let ours = |a: &ActorRef| ev.source.iter().any(|s| s.code == a.code);
    // (A sum given told last: "The Netherlands announced an additional EUR 200 million" for
    // Ukraine, then "Canada confirmed its contribution of CAD 40 million".)
    if let ClaimBody::Transfer(t) = &last.body {
        let giving = matches!(ev.plover, Aid | Agree) || (ev.plover == Sanction && ev.mode.as_deref() == Some("discontinue"));
        return (giving && !ours(&t.source) && !ours(&t.target) && t.target.code.len() == 3 && t.target.code != "UNK").then(|| vec![ActorRef::state(&t.target.code)]);
    }
    let ClaimBody::Event(prior) = &last.body else { return None };
    // (Aid given or a sum pledged: "Japan pledged $12 million to Madagascar".)
    let aid = prior.plover == Aid || (prior.plover == Agree && prior.magnitude.as_ref().is_some_and(numbers::is_money));
    let stops_aid = ev.plover == Sanction && ev.mode.as_deref() == Some("discontinue") && aid;
    let alike = (prior.plover == ev.plover || stops_aid) && !prior.negated && !prior.source.iter().any(ours);
    let targets: Vec<ActorRef> = prior.target.iter().filter(|t| t.code.len() == 3 && t.code != "UNK" && !ours(t)).map(|t| ActorRef::state(&t.code)).collect();
    (alike && !targets.is_empty() && targets.len() == prior.target.len()).then_some(targets)
}

/// An event's magnitude told by the structural claims of its sentence `span`: for aid given or
/// pledged, the value (else the amount) of the one transfer between the event's parties
/// ("Turkey's Baykar delivered TB2 drones worth $120 million to the army", "shipped 25,000
/// tonnes of wheat to Ouagadougou"); for a mobilisation, the count of the one deployment of its
/// doer ("sent about 600 soldiers to Niger").
fn magnitude_told(claims: &[Claim], span: Span, ev: &EventClaim) -> Option<Quantity> {
    use realign_core::Plover::{Agree, Aid, Mobilize};
    if !matches!(ev.plover, Aid | Agree | Mobilize) || ev.negated || ev.source.is_empty() {
        return None;
    }
    let has = |v: &[ActorRef], a: &ActorRef| v.iter().any(|x| x.code == a.code);
    if ev.plover == Mobilize {
        let mut counts = of_sentence(claims, span).filter_map(|c| match &c.body {
            ClaimBody::Deployment(d) if has(&ev.source, &d.source) => d.quantity.clone(),
            _ => None,
        });
        let q = counts.next()?;
        return counts.all(|o| o.value == q.value).then_some(q);
    }
    let mut sums = of_sentence(claims, span).filter_map(|c| match &c.body {
        ClaimBody::Transfer(t) if has(&ev.source, &t.source) && (ev.target.is_empty() || has(&ev.target, &t.target)) => match (&t.value, &t.quantity) {
            (Some(m), _) => Some(Quantity { value: m.amount, unit: m.currency.clone(), qualifier: m.qualifier }),
            (None, q) => q.clone(),
        },
        _ => None,
    });
    let m = sums.next()?;
    if sums.any(|o| o.value != m.value) {
        return None;
    }
    Some(m)
}

/// The sum an AID or AGREE event (not negated) of one giver to one recipient gives or promises:
/// the sum, the giver and the recipient.
fn sum_of_act(ev: &EventClaim) -> Option<(&Quantity, &ActorRef, &ActorRef)> {
    let m = ev.magnitude.as_ref().filter(|m| numbers::is_money(m))?;
    let ([giver], [to]) = (&ev.source[..], &ev.target[..]) else { return None };
    (matches!(ev.plover, realign_core::Plover::Aid | realign_core::Plover::Agree) && !ev.negated).then_some((m, giver, to))
}

/// A transfer the sentence `span` told from the giver of the act's sum ([`sum_of_act`]) to the
/// same state with no worth takes the sum: "Washington has allocated more than $100 million for
/// construction at the sites" (the one transfer from the giver in the sentence).
fn fill_worth_told(ev: &EventClaim, claims: &mut [Claim], span: Span) {
    let Some((m, giver, to)) = sum_of_act(ev) else { return };
    let from = claims_before(claims, span).len();
    let mut same = claims[from..].iter_mut().filter_map(|c| match &mut c.body {
        ClaimBody::Transfer(t) if c.evidence.sentence_span == span && t.source.code == giver.code => Some(t),
        _ => None,
    });
    if let (Some(t), None) = (same.next(), same.next()) {
        if t.target.code == to.code && t.value.is_none() {
            t.value = Some(realign_core::Money { amount: m.value, currency: m.unit.clone(), qualifier: m.qualifier });
        }
    }
}

/// The transfer a sum given or promised states ([`sum_of_act`]), when the sentence `span` told no
/// transfer from the giver so far. The goods are the words after the sum ("in emergency aid",
/// "loan"), else "funds"; the evidence runs from the event through the sum. Returns the claim,
/// its evidence and confidence.
fn sum_given(ev: &EventClaim, claims: &[Claim], span: Span, text: &str, espan: Span, conf: f32) -> Option<(realign_core::TransferClaim, Span, f32)> {
    let (m, giver, to) = sum_of_act(ev)?;
    if ev.hypothetical || giver.code == to.code || giver.code.len() != 3 || to.code.len() != 3 || giver.code == "UNK" || to.code == "UNK" {
        return None;
    }
    if of_sentence(claims, span).any(|c| matches!(&c.body, ClaimBody::Transfer(t) if t.source.code == giver.code)) {
        return None;
    }
    // Where the sum is told: the first sum of money from the event on.
    let rest = text.get(espan.start..span.end)?;
    // (Not a purchase, "agreed to buy $5 billion of American gas", which the transfer readers
    // tell from the seller; nor a debt dealt with, assets recovered, a project's cost or a deal
    // struck "with" the other: "agreed a $3 billion loan with the IMF", "agreed to restructure $4
    // billion of debt", "helped Pakistan build a $10 billion port".)
    let upto = text.get(span.start..espan.start).unwrap_or("").to_string() + rest.get(..rest.find(['$', '\u{20ac}', '\u{a3}']).unwrap_or(rest.len())).unwrap_or("");
    let bad = |w: &str| {
        matches!(
            w,
            "buy" | "buys" | "bought" | "buying" | "purchase" | "purchases" | "purchased" | "purchasing" | "import" | "imports" | "imported" | "pay" | "pays" | "paid" | "paying" | "spend" | "spends" | "spent"
                | "with" | "debt" | "debts" | "owes" | "owed" | "repay" | "repaid" | "restructure" | "restructuring" | "moratorium" | "unfreeze" | "frozen" | "assets" | "recover" | "helped" | "help" | "helping" | "extension" | "rollover" | "roll" | "costing" | "worth"
        )
    };
    if upto.split_whitespace().any(|w| bad(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())) || rest.split_whitespace().take(12).any(|w| w == "with") {
        return None;
    }
    // (Nor one still to come, as the transfer readers hold: "Russia will provide $100 million in
    // budget support" has given nothing yet; a pledge made has been made.)
    let lead = text.get(span.start..espan.end).unwrap_or("");
    if lead.split_whitespace().any(|w| matches!(w.to_ascii_lowercase().as_str(), "will" | "would" | "could" | "may" | "might" | "shall" | "won't")) {
        return None;
    }
    let toks = numbers::tokenize(rest);
    let n = numbers::find_numbers(rest, &toks).into_iter().find(|n| matches!(n.kind, numbers::NumKind::Money(_)) && (n.value - m.value).abs() <= m.value * 0.01)?;
    let after = rest.get(n.end..).unwrap_or("");
    let words: Vec<&str> = after.split_whitespace().take(6).collect();
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_ascii_lowercase();
    let stop = |w: &str| matches!(w, "to" | "for" | "over" | "from" | "in" | "by" | "at" | "on" | "and" | "this" | "last" | "next" | "a" | "the" | "which" | "that" | "after" | "following" | "amid" | "as" | "through" | "during" | "with");
    let goods: Vec<String> = match words.first().map(|w| clean(w)).as_deref() {
        // ("in emergency aid", "of budget support": up to a word of place, time or purpose, or
        // the end of the phrase.)
        Some("in") | Some("of") => {
            let mut g = Vec::new();
            for w in &words[1..] {
                let c = clean(w);
                if c.is_empty() || stop(&c) || g.len() == 4 {
                    break;
                }
                g.push(c);
                if w.ends_with([',', '.', ';', ':']) {
                    break;
                }
            }
            g
        }
        Some(w) if matches!(w, "loan" | "loans" | "grant" | "grants" | "package" | "credit" | "investment" | "aid" | "deal" | "facility" | "programme" | "program") => vec![w.to_string()],
        _ => Vec::new(),
    };
    let goods = if goods.is_empty() { "funds".to_string() } else { goods.join(" ") };
    let transfer = realign_core::TransferClaim {
        source: realign_core::ActorRef::state(&giver.code),
        target: realign_core::ActorRef::state(&to.code),
        goods,
        value: Some(realign_core::Money { amount: m.value, currency: m.unit.clone(), qualifier: m.qualifier }),
        quantity: None,
    };
    Some((transfer, Span::new(espan.start, espan.start + n.end), conf * 0.8))
}

/// A headline's events that the story's own sentences tell again ("Sudan cuts ties with UAE
/// after drone strikes" above "Sudan cut diplomatic ties with the United Arab Emirates on
/// Tuesday…") are one act, told twice: the sentence's telling is kept, with its fuller evidence.
/// A headline is a first line without a sentence's closing punctuation, with a story after it.
fn drop_headline_repeats(claims: &mut Vec<Claim>, text: &str) {
    let Some(first) = segment::sentences(text).into_iter().next() else { return };
    let line = first.slice(text).unwrap_or("").trim_end();
    let headline = !line.ends_with(['.', '!', '?', '"', '\u{201d}', '\'', ':']) && text.get(first.end..).is_some_and(|r| !r.trim().is_empty());
    if !headline {
        return;
    }
    let codes = |v: &[realign_core::ActorRef]| v.iter().map(|a| a.code.clone()).collect::<Vec<_>>();
    let told_again = |e: &realign_core::EventClaim| {
        let (src, tgt) = (codes(&e.source), codes(&e.target));
        claims.iter().any(|c| {
            c.evidence.sentence_span != first
                && matches!(&c.body, ClaimBody::Event(o) if o.plover == e.plover && o.negated == e.negated
                    && codes(&o.source).iter().any(|x| src.contains(x))
                    && (tgt.is_empty() || o.target.is_empty() || codes(&o.target).iter().any(|x| tgt.contains(x))))
        })
    };
    let repeated: Vec<bool> = claims.iter().map(|c| c.evidence.sentence_span == first && matches!(&c.body, ClaimBody::Event(e) if told_again(e))).collect();
    let mut k = 0;
    claims.retain(|_| {
        k += 1;
        !repeated[k - 1]
    });
}

/// The two states a story is about: the two most often party to its events (each event counts a
/// state once), when a third is well behind (the second counts more than 1.5 times the third).
/// None for a story of one state, or of several about equally.
fn story_dyad(claims: &[Claim]) -> Option<(String, String)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for c in claims {
        let ClaimBody::Event(e) = &c.body else { continue };
        let mut seen: Vec<&str> = Vec::new();
        for a in e.source.iter().chain(&e.target) {
            if a.kind != ActorKind::Igo && a.code.len() == 3 && a.code != "UNK" && !seen.contains(&a.code.as_str()) {
                seen.push(&a.code);
            }
        }
        for code in seen {
            match counts.iter_mut().find(|(c, _)| *c == code) {
                Some((_, n)) => *n += 1,
                None => counts.push((code, 1)),
            }
        }
    }
    // (Most often first; a tie goes to the state named first, for the same answer every time.)
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    // (Each told of at least twice: one sentence is no story.)
    match counts[..] {
        [(a, _), (b, n2)] if n2 >= 2 => Some((a.to_string(), b.to_string())),
        [(a, _), (b, n2), (_, n3), ..] if n2 >= 2 && 2 * n2 > 3 * n3 => Some((a.to_string(), b.to_string())),
        _ => None,
    }
}

/// An act of one of the two states a story is about ([`story_dyad`]) that still names no one it
/// is aimed at, after every rule of its sentence and its neighbours, is aimed at the other: in a
/// story of Argentina's seizure of a Chinese boat, "no shots were fired, the Prefectura said" is
/// Argentina's restraint towards China, and "Islamabad also closed the Kharlachi crossing", in a
/// story of Pakistan and Afghanistan, closes it to Afghanistan. A guess from the whole story, so
/// at lower confidence. Not a clash of several doers, nor an act of a third state.
fn aim_at_the_other_party(claims: &mut [Claim]) {
    let Some((a, b)) = story_dyad(claims) else { return };
    // The states each sentence's claims name.
    let mut named: std::collections::HashMap<Span, Vec<String>> = std::collections::HashMap::new();
    for c in claims.iter() {
        let actors = match &c.body {
            ClaimBody::Event(x) => x.source.iter().chain(&x.target).cloned().collect(),
            body => structural::body_actors(body),
        };
        named.entry(c.evidence.sentence_span).or_default().extend(actors.into_iter().map(|y| y.code));
    }
    let aims: Vec<Option<String>> = claims
        .iter()
        .map(|c| {
            let ClaimBody::Event(e) = &c.body else { return None };
            let other = match &e.source[..] {
                [s] if e.target.is_empty() && s.code == a => &b,
                [s] if e.target.is_empty() && s.code == b => &a,
                _ => return None,
            };
            // (Not a state its own sentence names: the coder saw it there and did not take it as
            // the target. "Washington has not offered to mediate, and Delhi has rejected any
            // third-party role" is no rejection of Washington.)
            let named_there = named.get(&c.evidence.sentence_span).is_some_and(|codes| codes.contains(other));
            (!named_there).then(|| other.clone())
        })
        .collect();
    for (c, aim) in claims.iter_mut().zip(aims) {
        let (Some(other), ClaimBody::Event(e)) = (aim, &mut c.body) else { continue };
        e.target = vec![ActorRef::state(other)];
        c.confidence *= 0.8;
    }
}

/// Whether bytes `at..end` of `b` stand as a whole word (no letter or digit on either side).
fn whole_word(b: &[u8], at: usize, end: usize) -> bool {
    (at == 0 || b.get(at - 1).is_some_and(|c| !c.is_ascii_alphanumeric())) && b.get(end).map_or(true, |c| !c.is_ascii_alphanumeric())
}

/// The byte ranges where `word` stands in `text` as a whole word outside every mention of `known`.
fn free_occurrences<'a>(text: &'a str, word: &'a str, known: &'a [realign_gazetteer::Mention]) -> impl Iterator<Item = (usize, usize)> + 'a {
    text.match_indices(word)
        .map(move |(at, _)| (at, at + word.len()))
        .filter(move |&(at, end)| whole_word(text.as_bytes(), at, end) && !known.iter().any(|m| m.start < end && at < m.end))
}

/// "Congo" and "Congolese" alone name either Congo, so the gazetteer leaves them out; a document
/// that otherwise names one of the two only (Kinshasa, Goma, M23; or Brazzaville) is about that
/// one, and its bare "Congo" is read as it.
fn congo_mentions(g: &Gazetteer, text: &str, known: &[realign_gazetteer::Mention]) -> Vec<realign_gazetteer::Mention> {
    use realign_gazetteer::{Mention, MentionForm};
    if !text.contains("Congo") {
        return Vec::new();
    }
    let code_of = |m: &Mention| g.get(m.entity).map(|e| e.code.as_str());
    let cod = known.iter().filter(|m| code_of(m) == Some("COD")).count();
    let cog = known.iter().filter(|m| code_of(m) == Some("COG")).count();
    let code = match (cod, cog) {
        (1.., 0) => "COD",
        (0, 1..) => "COG",
        _ => return Vec::new(),
    };
    let Some(entity) = g.by_code(code) else { return Vec::new() };
    let mut out = Vec::new();
    for (word, form) in [("Congolese", MentionForm::Demonym), ("Congo", MentionForm::Name)] {
        for (at, end) in free_occurrences(text, word, known) {
            let feature = text[end..].trim_start().split(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| matches!(w, "River" | "Basin" | "basin" | "river" | "rainforest" | "Free"));
            if !feature {
                out.push(Mention { start: at, end, entity, form });
            }
        }
    }
    out
}

/// "the paramilitary Rapid Support Forces (RSF)": an acronym a document defines in brackets
/// right after a name the gazetteer knows stands for that name in the rest of the document
/// (the gazetteer leaves out acronyms that name several things: RSF is also Reporters Without
/// Borders, and a document says which it means).
fn acronym_mentions(text: &str, known: &[realign_gazetteer::Mention]) -> Vec<realign_gazetteer::Mention> {
    use realign_gazetteer::{Mention, MentionForm};
    let mut defined: Vec<(&str, Mention)> = Vec::new();
    for m in known {
        let Some(rest) = text.get(m.end..) else { continue };
        let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split_once(')')).map(|(a, _)| a) else { continue };
        let acronym = (2..=7).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) && inner.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        if acronym && !defined.iter().any(|(a, _)| *a == inner) {
            defined.push((inner, m.clone()));
        }
    }
    let b = text.as_bytes();
    let mut out: Vec<Mention> = Vec::new();
    for (acronym, def) in &defined {
        for (at, _) in text.match_indices(acronym) {
            let end = at + acronym.len();
            // ("RSF-held" counts.)
            let whole = whole_word(b, at, end);
            // (Not the definition itself or before it, nor inside a name already found.)
            // (`known` is sorted by start: only the few mentions starting just before can overlap.)
            let k = known.partition_point(|m| m.start < end);
            let inside = known[k.saturating_sub(3)..k].iter().any(|m| at < m.end) || at < def.end + 2;
            if whole && !inside {
                out.push(Mention { start: at, end, entity: def.entity, form: MentionForm::Name });
            }
        }
    }
    out
}

/// The target of the act told last in the sentence `span` when its doers are `ev`'s and a bare
/// "and" and a verb follow it (after at most six words of the first act's own): the
/// target a second act of the same doers, naming none, shares ("boarded a Vietnamese boat and
/// beat the fishermen"). Not across a new subject ("…, and Hanoi protested"), a clause of its own
/// (";"), or from an act denied or only feared.
fn joined_act_target(claims: &[Claim], span: Span, text: &str, espan: Span, ev: &EventClaim) -> Option<Vec<ActorRef>> {
    // (Spans run from the doers: the first act's ends before the second's does.)
    let (last, first) = of_sentence(claims, span)
        .filter(|c| c.evidence.span.end < espan.end)
        .filter_map(|c| if let ClaimBody::Event(e) = &c.body { Some((c, e)) } else { None })
        .last()?;
    let same = first.source.iter().map(|a| &a.code).eq(ev.source.iter().map(|a| &a.code));
    if !same || first.negated || first.hypothetical || first.target.is_empty() || first.target.iter().any(|t| ev.source.iter().any(|s| s.code == t.code)) {
        return None;
    }
    let between = text.get(last.evidence.span.end..espan.end)?;
    let words: Vec<&str> = between.split_whitespace().collect();
    // (The first act's evidence may stop short of its object: "boarded a Vietnamese fishing boat
    // near the Paracel Islands and beat …"; after "and", a verb in lower case, not a subject.)
    let and_at = words.iter().position(|w| *w == "and")?;
    let verb_next = words.get(and_at + 1).is_some_and(|w| w.starts_with(char::is_lowercase) && !matches!(*w, "the" | "its" | "their" | "a" | "an" | "his" | "her" | "then"));
    let head_ok = and_at <= 6 && !between.contains(';') && !words[..and_at].iter().any(|w| w.ends_with(','));
    (verb_next && head_ok).then(|| first.target.clone())
}

/// "The Thai army says Cambodian troops opened fire first", "Ecuador says Mexican police stormed
/// its embassy", "India said Pakistani drones had violated its airspace": the word of the state
/// attacked, coerced or flown over that another state did it is that state's accusation of the
/// doer (CAMEO 112x, PLOVER ACCUSE allege), told beside the act it reports. Not the doer's own word ("which the air force says struck two targets"), nor the
/// word of a third state or an unnamed source, nor an act denied or only feared. `before` is the
/// sentence up to the act: the speaker's verb must stand there.
fn victims_allegation(ev: &EventClaim, attribution: &realign_core::Attribution, before: &str, act: &str) -> Option<EventClaim> {
    use realign_core::{AttributionKind, Plover};
    // (So is an airspace said to be violated: "India said Pakistani drones had violated its
    // airspace".)
    let violated = ev.plover == Plover::Mobilize && find_ci(act, "violat").is_some();
    if !(matches!(ev.plover, Plover::Assault | Plover::Coerce) || violated) || ev.negated || ev.hypothetical || attribution.kind != AttributionKind::Named {
        return None;
    }
    let speaker = attribution.actor.as_ref().filter(|a| a.code.len() == 3 && a.code != "UNK")?;
    let doers_foreign = !ev.source.is_empty() && ev.source.iter().all(|a| a.code.len() == 3 && a.code != "UNK" && a.code != speaker.code);
    // (Or at no one named, told by a state's voice: "Thailand's army says Cambodian soldiers
    // opened fire first near the temple" is Thailand's charge against Cambodia; the UN's office
    // or a group's officials telling of fighting charge no one.)
    let states_voice = !matches!(speaker.kind, ActorKind::Igo | ActorKind::Group);
    if !doers_foreign || !(ev.target.is_empty() && states_voice || ev.target.iter().any(|a| a.code == speaker.code)) {
        return None;
    }
    if !one_speakers_verb(before) {
        return None;
    }
    let mut a = EventClaim::new(Plover::Accuse, vec![speaker.clone()], ev.source.clone());
    events::retype(&mut a, Plover::Accuse, "allege");
    Some(a)
}

/// Whether `before` (the sentence up to an act) holds one speaker's verb, in the act's clause:
/// "Israel said most were intercepted; Jordan said its air force had shot down drones" is not
/// Israel's word on Jordan.
fn one_speakers_verb(before: &str) -> bool {
    const SAY: &[&str] = &[" says ", " said ", " claims ", " claimed ", " alleges ", " alleged ", " insists ", " insisted "];
    let lower = before.to_ascii_lowercase();
    let clause = lower.rsplit(';').next().unwrap_or("");
    SAY.iter().map(|v| lower.matches(v).count()).sum::<usize>() == 1 && SAY.iter().any(|v| clause.contains(v))
}

/// "Ecuador says Mexico violated the asylum convention", "The coast guard said the Philippine
/// ships had illegally intruded into Chinese waters": a wrong a state's voice says another state
/// did is that voice's charge against the doer (ACCUSE allege, speaker → doer), not the doer's
/// accusation of no one. Only for the wrongs the reader takes as charges (`violat…`, `intrud…`,
/// `abused`), one speaker's verb before the act, and a doer that is a state other than the
/// speaker; an act aimed at someone other than the speaker is left alone.
fn charged_by_the_speaker(ev: &mut EventClaim, attribution: &realign_core::Attribution, before: &str, act: &str) {
    use realign_core::{AttributionKind, Plover};
    if ev.plover != Plover::Accuse || ev.mode.as_deref() != Some("allege") || ev.negated || attribution.kind != AttributionKind::Named {
        return;
    }
    if !["violat", "intrud", "abused"].iter().any(|w| find_ci(act, w).is_some()) {
        return;
    }
    let Some(speaker) = attribution.actor.as_ref().filter(|a| a.code.len() == 3 && a.code != "UNK" && !matches!(a.kind, ActorKind::Igo | ActorKind::Group)) else { return };
    if ev.source.is_empty() || !ev.source.iter().all(|a| a.code.len() == 3 && a.code != "UNK" && a.code != speaker.code) {
        return;
    }
    // (Aimed at the speaker, it is the speaker's own grievance: "had intruded into Chinese waters".)
    if !ev.target.iter().all(|a| a.code == speaker.code) {
        return;
    }
    if one_speakers_verb(before) {
        ev.target = std::mem::replace(&mut ev.source, vec![speaker.clone()]);
    }
}

/// Acronyms a document defines in brackets after a name of its own the gazetteer did not find,
/// whose initials they are, when that name is not the gazetteer's own for the acronym in other
/// words: "the Multinational Security Support (MSS) mission" (not China's Ministry of State
/// Security); "Islamic State West African Province (ISWAP)" is still ISWAP.
fn redefined_acronyms<'a>(g: &Gazetteer, text: &'a str, known: &[realign_gazetteer::Mention]) -> Vec<&'a str> {
    // (Small words a name's initials skip: "Ministry of State Security".)
    let small = |w: &str| matches!(w, "of" | "for" | "and" | "the" | "on" | "in" | "de" | "la");
    let mut out = Vec::new();
    for (open, _) in text.match_indices(" (") {
        let Some(inner) = text.get(open + 2..).and_then(|r| r.split_once(')')).map(|(a, _)| a) else { continue };
        if !(2..=7).contains(&inner.len()) || !inner.chars().all(|c| c.is_ascii_uppercase()) || out.contains(&inner) {
            continue;
        }
        // (A name the gazetteer found is defined by `acronym_mentions`.)
        if known.iter().any(|m| m.end == open) {
            continue;
        }
        // The capitalised words before, small words skipped, spell the acronym's letters.
        let words: Vec<&str> = text[..open].rsplit([' ', '\n']).take(2 * inner.len() + 2).collect();
        let mut initials: Vec<char> = Vec::new();
        for w in &words {
            if small(w) {
                continue;
            }
            match w.chars().next() {
                Some(c) if c.is_uppercase() => initials.push(c),
                _ => break,
            }
            if initials.len() == inner.len() {
                break;
            }
        }
        initials.reverse();
        if !initials.iter().copied().eq(inner.chars()) {
            continue;
        }
        // (The same body in other words shares most of the gazetteer's name for it.)
        let defined: Vec<String> = words.iter().take_while(|w| w.starts_with(char::is_uppercase) || small(w)).filter(|w| w.starts_with(char::is_uppercase)).map(|w| w.to_lowercase()).collect();
        let same_body = known.iter().filter(|m| text.get(m.start..m.end) == Some(inner)).any(|m| {
            let name = g.get(m.entity).map(|e| e.name.to_lowercase()).unwrap_or_default();
            let shared = defined.iter().filter(|w| name.split_whitespace().any(|n| n == w.as_str())).count();
            shared * 2 >= defined.len().max(1)
        });
        if !same_body {
            out.push(inner);
        }
    }
    out
}

/// Acronyms the gazetteer leaves out because they name two things, each with the state whose
/// news makes one of them meant, and the other thing's name.
const CONTEXTUAL_ACRONYMS: &[(&str, &str, &str, &str)] = &[
    ("RSF", "Rapid Support Forces", "SDN", "Reporters Without Borders"),
    ("SDF", "Syrian Democratic Forces", "SYR", "Self-Defense Forces"),
];

/// "The army said the RSF shelled El Fasher": an ambiguous acronym of
/// [`CONTEXTUAL_ACRONYMS`] in a document that names the state it belongs to (Sudan, Khartoum,
/// Darfur…) and never the other thing it could be, nor defines it in brackets, is that state's
/// group.
fn contextual_acronyms(g: &Gazetteer, text: &str, known: &[realign_gazetteer::Mention]) -> Vec<realign_gazetteer::Mention> {
    use realign_gazetteer::{Mention, MentionForm};
    let mut out = Vec::new();
    for (acronym, name, state, other) in CONTEXTUAL_ACRONYMS {
        if !text.contains(acronym) || find_ci(text, other).is_some() {
            continue;
        }
        let Some(entity) = g.find_mentions(name).first().map(|m| m.entity) else { continue };
        let about = known.iter().any(|m| g.get(m.entity).is_some_and(|e| e.code == *state));
        // (Defined in brackets already: `acronym_mentions` found it.)
        let defined = known.iter().any(|m| m.entity == entity && text.get(m.start..m.end) == Some(*acronym));
        if !about || defined {
            continue;
        }
        out.extend(free_occurrences(text, acronym, known).map(|(start, end)| Mention { start, end, entity, form: MentionForm::Name }));
    }
    out
}

/// Bodies a document names in full once and by their head noun after: (short name, full name,
/// words that make the short name another body's: "the Commission" is the European Commission
/// in a story that named it, unless another commission is named too). Another commission named
/// by a capitalised word before it ("the Electoral Commission") is found without a list.
const SHORT_AFTER_FULL: &[(&str, &str, &[&str])] = &[("Commission", "European Commission", &["Commission on", "Commission for", "Commission of"])];

/// "Commission President Ursula von der Leyen", "the Commission should keep the funds frozen",
/// after "the European Commission" was named: the body of [`SHORT_AFTER_FULL`] the document
/// named in full.
fn short_after_full(g: &Gazetteer, text: &str, known: &[realign_gazetteer::Mention]) -> Vec<realign_gazetteer::Mention> {
    use realign_gazetteer::{Mention, MentionForm};
    let mut out = Vec::new();
    for (short, full, others) in SHORT_AFTER_FULL {
        let Some(first) = text.find(full) else { continue };
        // (Not when another body of that name is spoken of: "the Securities and Exchange
        // Commission", "the AU Commission", "the European Commission against Racism".)
        let another = text.match_indices(short).any(|(at, _)| {
            let before = text[..at].trim_end();
            let word = before.rsplit([' ', '\n', '(', '"']).next().unwrap_or("");
            let named_other = word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && !matches!(word, "European" | "The" | "A");
            let full_here = before.ends_with("European") && text[at + short.len()..].trim_start().split(' ').next().is_some_and(|w| matches!(w, "against" | "for" | "on" | "of"));
            named_other || full_here
        });
        if another || others.iter().any(|o| text.contains(o)) {
            continue;
        }
        let Some(entity) = g.find_mentions(full).first().map(|m| m.entity) else { continue };
        // (After the full name, and not part of another name: "the Commission", "Commission
        // President", not "the Electoral Commission".)
        out.extend(free_occurrences(text, short, known).filter(|&(at, _)| at > first && !text[..at].trim_end().rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A"))).map(|(start, end)| Mention { start, end, entity, form: MentionForm::Name }));
    }
    out
}

/// Places the gazetteer leaves out because another place of the same name is in the news too,
/// with the state each names when a document speaks of that state ("Georgetown" in a story about
/// Guyana is its capital, not Washington's district or Penang's).
const CONTEXTUAL_PLACES: &[(&str, &str)] = &[
    ("Georgetown", "GUY"),
    ("Kingston", "JAM"),
    ("Santiago", "CHL"),
    ("San Jose", "CRI"),
    ("Cali", "COL"),
    ("Valencia", "VEN"),
    ("Victoria", "SYC"),
    ("Hyderabad", "IND"),
];

/// "Marco Rubio visited Georgetown": a place of [`CONTEXTUAL_PLACES`] in a document that names its
/// state (and no other state a place of that name lies in: "Kingston" in a story naming Canada
/// too stays unresolved) is a place in that state.
fn contextual_places(g: &Gazetteer, text: &str, known: &[realign_gazetteer::Mention]) -> Vec<realign_gazetteer::Mention> {
    use realign_gazetteer::{Mention, MentionForm};
    // (States where another place of the same name lies, named in the same document.)
    const RIVALS: &[(&str, &[&str])] = &[("Hyderabad", &["PAK"]), ("Valencia", &["ESP"]), ("Santiago", &["CUB", "DOM", "ESP"]), ("Victoria", &["CAN", "AUS"]), ("Kingston", &["CAN"])];
    let code_of = |m: &Mention| g.get(m.entity).map(|e| e.code.as_str());
    let mut out = Vec::new();
    for (place, state) in CONTEXTUAL_PLACES {
        if !text.contains(place) || !known.iter().any(|m| code_of(m) == Some(*state)) {
            continue;
        }
        let rivals = RIVALS.iter().find(|(p, _)| p == place).map_or(&[][..], |(_, r)| *r);
        if known.iter().any(|m| code_of(m).is_some_and(|c| rivals.contains(&c))) {
            continue;
        }
        let Some(entity) = g.by_code(state) else { continue };
        out.extend(free_occurrences(text, place, known).map(|(start, end)| Mention { start, end, entity, form: MentionForm::Metonym }));
    }
    out
}

/// Where the structural claims of one sentence say that what reads as an event is not one:
/// the advised action of a recommendation ("should formalise trilateral defence planning with
/// Seoul" is advised, not done), a treaty's terms ("an armed attack on either is an attack on
/// both"), troops stationed somewhere (a deployment, a state of affairs, not a mobilisation) and
/// a position held ("Athens remains firmly opposed to…": a stance, rejecting no one).
struct NotEvents {
    advice: Vec<Span>,
    terms: Vec<Span>,
    presence: Vec<Span>,
    held: Vec<Span>,
}

impl NotEvents {
    /// From the claims read so far (`claims`), those of the sentence `span` of `text`.
    fn of(claims: &[Claim], span: Span, text: &str) -> NotEvents {
        let sentence = span.slice(text).unwrap_or("");
        let mut n = NotEvents { advice: Vec::new(), terms: Vec::new(), presence: Vec::new(), held: Vec::new() };
        for c in of_sentence(claims, span) {
            let at = c.evidence.span;
            match &c.body {
                ClaimBody::Recommendation(r) => {
                    if let Some(k) = sentence.find(r.action.as_str()) {
                        n.advice.push(Span::new(span.start + k, span.start + k + r.action.len()));
                    }
                }
                // (A security pact whose obligations the text does not state states no terms.)
                ClaimBody::Alliance(a) if !a.obligations.is_empty() => n.terms.push(at),
                ClaimBody::Deployment(_) => {
                    let t = at.slice(text).unwrap_or("").to_ascii_lowercase();
                    if ["stationed", "based in", "based at", "rotate", "garrison", "hosts", "host "].iter().any(|w| t.contains(w)) {
                        n.presence.push(at);
                    }
                }
                // (Concern expressed or voiced is an act too: "expressed deep concern over…".)
                // (So is concern said to be felt: "the United States said it was concerned about
                // the arrests", "said Japan was seriously concerned by the Chinese actions".)
                ClaimBody::Stance(st) if matches!(st.stance.as_str(), "opposed" | "supportive" | "neutral" | "wary" | "uneasy" | "concerned") => {
                    let t = at.slice(text).unwrap_or("").to_ascii_lowercase();
                    let said = st.stance == "concerned" && {
                        let lead = text.get(span.start..at.start.max(span.start)).unwrap_or("").to_ascii_lowercase();
                        let lead = lead.trim_end();
                        let cut = lead.len().saturating_sub(60);
                        let near = lead.get(cut..).unwrap_or(lead);
                        [" said ", " says ", " stated ", " told reporters ", " added "].iter().any(|w| near.contains(w)) || [" said", " says"].iter().any(|w| t.contains(w))
                    };
                    if !["expressed", "voiced", "raised", "expresses", "voices"].iter().any(|w| t.contains(w)) && !said {
                        n.held.push(at);
                    }
                }
                _ => {}
            }
        }
        n
    }

    /// Whether the event `ev` coded at `e` is one of these.
    fn covers(&self, ev: &realign_core::EventClaim, e: Span) -> bool {
        use realign_core::Plover::*;
        let inside = |spans: &[Span]| spans.iter().any(|c| c.start < e.end && e.start < c.end);
        // (A treaty's terms hold the act they tell whole, to its end: "Italy, which has a defence
        // accord with Cyprus, said it would send a frigate" sends one.)
        let ends_inside = |spans: &[Span]| spans.iter().any(|c| c.start < e.end && e.end <= c.end);
        inside(&self.advice)
            || (matches!(ev.plover, Assault | Mobilize | Threaten) && ends_inside(&self.terms))
            || (ev.plover == Mobilize && inside(&self.presence))
            || (matches!(ev.plover, Reject | Support | Accuse) && inside(&self.held))
    }
}

/// Events that stand beside a structural claim of the same sentence: actual acts, not the
/// agreement, cooperation or troop posture the structural claim already records. (Aid stays: a
/// delivery is an AID event in PLOVER's gold as well as a transfer.)
fn strong_event(e: &realign_core::EventClaim) -> bool {
    !matches!(e.plover, realign_core::Plover::Agree | realign_core::Plover::Cooperate)
}
