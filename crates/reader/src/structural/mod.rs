//! Structural claims: alliances, deployments, trade shares, transfers, dependence, stances
//! (including silence), quotes, recommendations and document facts, read from one sentence.
//!
//! How it works: one Aho-Corasick pass over the sentence with every cue word ("pact", "troops",
//! "per cent", "silent", `"`, "should", "published by"…) decides which extractors run at all;
//! most sentences stop there. A triggered extractor tokenises the sentence once (shared through
//! [`Ctx`]) and reads slots from the actor mentions the pipeline found, the numbers and dates of
//! [`crate::numbers`], and a few function words around the cue.
//!
//! Policy on hypotheticals: analysis prose is full of "could", "would", "may". A structural fact
//! stated inside a modal, conditional or negated clause ("Russia may send 5,000 troops",
//! "if China signed a pact", "has not supplied arms") is **skipped**, not emitted with a marker:
//! the claim types carry no hypothetical flag and a store of facts should not hold conjecture.
//! Recommendations are the exception: "should" is their substance.
//!
//! Cross-sentence context (who "this development" is about, who "It" is in "It could engage
//! with…", the speaker of a quote that stands alone after "X said:", the author named in a byline
//! for the publisher line at the end) lives in a [`DocState`] the caller keeps per document;
//! [`extract`] alone reads a sentence without context.

mod alliance;
mod deployment;
pub(crate) use deployment::unit_of;
pub(crate) use document::issuer_heading;
mod document;
mod economy;
mod speech;
#[cfg(test)]
mod tests;

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use realign_core::{ActorRef, Attribution, ClaimBody, DeploymentClaim, PartialDate, Span, TransferClaim};

use crate::numbers::{self, DateMatch, Num, Tok};
use crate::sentence::Sentence;

/// One structural claim found in a sentence, before the pipeline wraps it in a
/// [`realign_core::Claim`] (adding doc id, sentence evidence and attribution).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Extracted {
    /// What is claimed.
    pub body: ClaimBody,
    /// The words that carry the claim, in document byte offsets.
    pub evidence: Span,
    /// When the claimed thing happened or took effect, if stated.
    pub date: Option<PartialDate>,
    /// Confidence 0–1 that the claim is read correctly.
    pub confidence: f32,
    /// Who asserts it, when it differs from the sentence's attribution (e.g. a quote's speaker).
    pub attribution: Option<Attribution>,
}

/// What earlier sentences of the same document tell the extractors. Keep one per document and
/// pass it to [`extract_in`] for every sentence, in order.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocState {
    /// Actors of the previous sentence.
    prev_actors: Vec<ActorRef>,
    /// Index of the previous sentence seen.
    prev_index: Option<usize>,
    /// What the latest resolution or motion named was about (the non-IGO actors a few words
    /// after the word, in order), and the index of its sentence: "voted against the text" refers
    /// to it.
    last_motion: Option<(Vec<ActorRef>, usize)>,
    /// Actors of the latest structural claim, and the index of its sentence.
    last_claim: Option<(Vec<ActorRef>, usize)>,
    /// Latest named speaker: name, actor, sentence index.
    /// The last speaker named: name, actor, sentence index, and whether the name is only an
    /// actor's own ("The United States said…"), never a "he" or "she" after.
    last_speaker: Option<(String, Option<ActorRef>, usize, bool)>,
    /// Latest actor advised to do something, and the sentence index.
    last_recommender: Option<(ActorRef, usize)>,
    /// The author named in a byline.
    author: Option<String>,
    /// The latest deployment claimed, and the index of its sentence: "put the figure at 12,000"
    /// restates its count.
    last_deployment: Option<(DeploymentClaim, usize)>,
    /// The parties of the latest transfer claimed, and the index of its sentence: "silent on
    /// the shipment" is about them.
    last_transfer: Option<(Vec<ActorRef>, usize)>,
    /// The transfers claimed lately, latest first, each with the index of its sentence: "the tank
    /// contract is worth $3.4 billion" gives one of them another sum.
    transfers: Vec<(TransferClaim, usize)>,
    /// The parties of the latest alliance claimed, and the index of its sentence: "each ally
    /// pledges to act" in the sentences after binds them.
    last_alliance: Option<(Vec<ActorRef>, usize)>,
    /// The people the document has named (by the gazetteer, with their names), first mention
    /// first: "Traoré told a rally" is the Ibrahim Traoré named before.
    persons: Vec<ActorRef>,
    /// Officials the gazetteer does not know, named after a bare title ("Treasury Secretary
    /// Scott Bessent on Monday accused…"): whom a surname alone may stand for ("…," Bessent told
    /// reporters), with no state taken from the story.
    strangers: Vec<String>,
    /// How often each state has been named so far (pronouns resolved to it included): what the
    /// document is about.
    state_counts: Vec<(ActorRef, u32)>,
    /// Where the last sentence seen starts (a byte offset), and the states the current paragraph
    /// has named before this sentence.
    paragraph: (usize, Vec<String>),
}

impl DocState {
    /// What the sentences before tell the extractors: `last_transfer` is the giver and recipient
    /// of the transfer told last and how many sentences back, for the transfer readers.
    pub(super) fn earlier<'a>(&'a self, last_transfer: Option<(&'a [ActorRef], usize)>) -> Earlier<'a> {
        Earlier { prev: &self.prev_actors, counts: &self.state_counts, paragraph: &self.paragraph.1, last_transfer }
    }
}

/// What the sentences before tell a reader of goods given with no recipient named.
pub(super) struct Earlier<'a> {
    /// Actors of the sentence before.
    pub prev: &'a [ActorRef],
    /// How often each state has been named so far.
    pub counts: &'a [(ActorRef, u32)],
    /// The states the current paragraph named before this sentence.
    pub paragraph: &'a [String],
    /// The giver and recipient of the transfer told last, and how many sentences back (1: the
    /// sentence before).
    pub last_transfer: Option<(&'a [ActorRef], usize)>,
}

impl Earlier<'_> {
    /// The state the document is about, other than `except`: the one named most so far, named
    /// at least four times and twice as often as any other (not counting `except`), and named in
    /// the current paragraph, unless that paragraph named no state but `except`.
    pub fn topic(&self, except: &str) -> Option<&ActorRef> {
        let mut best: Option<&(ActorRef, u32)> = None;
        let mut second = 0;
        for c in self.counts.iter().filter(|c| c.0.code != except) {
            match best {
                Some(b) if c.1 <= b.1 => second = second.max(c.1),
                _ => {
                    second = second.max(best.map_or(0, |b| b.1));
                    best = Some(c);
                }
            }
        }
        // (And the paragraph named it, or named no other state: "Russia has tried to fill the
        // gap" opens a paragraph about what Russia gives.)
        let para = |t: &str| self.paragraph.iter().any(|p| p == t) || self.paragraph.iter().all(|p| p == except);
        best.filter(|b| b.1 >= 4 && b.1 >= 2 * second && para(&b.0.code)).map(|b| &b.0)
    }
}

/// Identifies a document across calls: its id, text length and text address.
type DocKey = (String, usize, usize);

/// Every structural claim the sentence states, in order of appearance.
///
/// Context from earlier sentences of the same document is kept per thread: call this for a
/// document's sentences in order (the pipeline does) and "It could engage with…", "silent on this
/// development" and the byline's author resolve. A different document, or an index that does not
/// move forward, starts a fresh context. [`extract_in`] takes the context explicitly instead.
pub(crate) fn extract(s: &Sentence) -> Vec<Extracted> {
    thread_local! {
        static CONTEXT: std::cell::RefCell<(Option<DocKey>, DocState)> =
            std::cell::RefCell::new((None, DocState::default()));
    }
    let (len, ptr) = (s.doc.text.len(), s.doc.text.as_ptr() as usize);
    CONTEXT.with(|c| {
        let Ok(mut c) = c.try_borrow_mut() else {
            return extract_in(s, &mut DocState::default());
        };
        let (k, state) = &mut *c;
        let same_doc = k.as_ref().is_some_and(|(id, l, p)| *l == len && *p == ptr && *id == s.doc.id);
        if !(same_doc && state.prev_index.is_some_and(|p| p < s.index)) {
            *k = Some((s.doc.id.clone(), len, ptr));
            *state = DocState::default();
        }
        extract_in(s, state)
    })
}

/// Every structural claim the sentence states, using and updating the document's context.
pub(crate) fn extract_in(s: &Sentence, state: &mut DocState) -> Vec<Extracted> {
    let text = s.text();
    // (A new paragraph when a line break stands since the last sentence's start: only that
    // stretch is read, not the document before it.)
    let since = s.doc.text.get(state.paragraph.0.min(s.span.start)..s.span.start).unwrap_or("");
    if state.paragraph.0 > s.span.start || since.contains('\n') {
        state.paragraph.1.clear();
    }
    state.paragraph.0 = s.span.start;
    let mut families = triggered(text);
    // "could" only continues a recommendation made in the previous sentence.
    if families & CONTINUATION != 0 && state.last_recommender.as_ref().is_some_and(|(_, ix)| ix + 1 == s.index) {
        families |= RECOMMEND;
    }
    // (A short line may be a wire story's closing agency, "— AFP"; the first sentence may hold
    // a statement's issuer heading it, any of the first six a writer and a role:
    // "Helena Marsh-Okoro, Senior Fellow".)
    if text.trim().len() <= 24 || s.index < 6 {
        families |= DOCUMENT;
    }
    // "X said:" introduces a quote in the next sentence.
    if text.trim_end().ends_with(':') {
        families |= QUOTE;
    }
    let mut out = Vec::new();
    if families & DOCUMENT != 0 {
        document::extract(s, state, &mut out);
    }
    if families & !(DOCUMENT | CONTINUATION) != 0 {
        let ctx = Ctx::new(s);
        if families & ALLIANCE != 0 {
            alliance::extract(&ctx, &mut out);
            alliance::treaty_allies(&ctx, &mut out);
            if !out.iter().any(|x| matches!(x.body, ClaimBody::Alliance(_))) {
                let last = state.last_alliance.as_ref().filter(|(_, ix)| s.index <= ix + 2).map(|(p, _)| p.as_slice());
                alliance::terms(&ctx, last, &mut out);
            }
        }
        if families & DEPLOYMENT != 0 {
            deployment::extract(&ctx, state, &mut out);
            deployment::elided(&ctx, &mut out);
            deployment::presence(&ctx, &mut out);
        }
        if families & FIGURE != 0 {
            deployment::restated(&ctx, state, &mut out);
        }
        if families & TRADE != 0 {
            economy::trade_share(&ctx, &mut out);
            economy::share_named(&ctx, &mut out);
        }
        if families & TRANSFER != 0 {
            let last_transfer = state.last_transfer.as_ref().map(|(a, ix)| (a.as_slice(), s.index.saturating_sub(*ix)));
            let earlier = state.earlier(last_transfer);
            economy::transfer(&ctx, &earlier, &mut out);
            economy::share_transfer(&ctx, &mut out);
            economy::orders(&ctx, &mut out);
            economy::deposits(&ctx, &earlier, &mut out);
            economy::investments(&ctx, &mut out);
            economy::pledges(&ctx, &earlier, &mut out);
            economy::carried(&ctx, &mut out);
            economy::passives(&ctx, &mut out);
            economy::payments(&ctx, &mut out);
            economy::aid_to(&ctx, &mut out);
            economy::deals_to_give(&ctx, &mut out);
            economy::shipments_arrived(&ctx, &mut out);
            economy::goods_reached(&ctx, &mut out);
            economy::fielded(&ctx, &mut out);
            economy::revalued(&ctx, &state.transfers, &mut out);
            economy::relative_transfers(&ctx, &mut out);
            economy::exchanges(&ctx, &mut out);
            economy::debts(&ctx, &mut out);
            economy::financed(&ctx, &earlier, &mut out);
            economy::repaid_in(&ctx, &mut out);
            economy::under_loan(&ctx, &mut out);
            economy::loose_transfer(&ctx, &mut out);
            // (After the loose reader, which reads only sentences that told no transfer: a flow
            // valued is a claim of its own beside the sentence's other transfers.)
            economy::export_values(&ctx, &mut out);
            // ("It sent Tehran no weapons": nothing given.)
            out.retain(|x| !matches!(&x.body, ClaimBody::Transfer(t) if t.goods.get(..3).is_some_and(|g| g.eq_ignore_ascii_case("no "))));
            // ("…to Bamako, a shipment worth about $7 million")
            economy::worth_after(&ctx, &mut out);
            economy::gapped_givers(&ctx, &mut out);
        }
        if families & DEPENDENCE != 0 {
            let earlier = state.earlier(None);
            economy::dependence(&ctx, &earlier, &mut out);
            economy::supplier(&ctx, &mut out);
            economy::needs_met(&ctx, &mut out);
            economy::without(&ctx, &mut out);
            economy::cannot_afford(&ctx, &mut out);
        }
        if families & SOURCING != 0 {
            economy::sourcing(&ctx, &mut out);
        }
        if families & (TRANSFER | DEPENDENCE | SOURCING) != 0 {
            economy::including(&ctx, &mut out);
        }
        if families & STANCE != 0 {
            speech::stance(&ctx, state, &mut out);
            speech::alarmed(&ctx, &mut out);
            speech::champion(&ctx, state, &mut out);
        }
        if families & MOTION != 0 {
            speech::remember_motion(&ctx, state);
        }
        if families & VOTE != 0 {
            speech::votes(&ctx, state, &mut out);
        }
        if families & QUOTE != 0 {
            speech::quote(&ctx, state, &mut out);
        }
        if families & RECOMMEND != 0 {
            speech::recommendation(&ctx, state, &mut out);
        }
    }
    // (One dependence per pair and sphere: "Russia supplies most of Vietnam's arms" is told by
    // both the share supplied and the supplier.)
    // (Only where their evidence overlaps: the same pair told twice in a sentence is two claims.)
    let mut seen: Vec<(String, String, String, Span)> = Vec::new();
    out.retain(|e| match &e.body {
        ClaimBody::Dependence(d) => {
            let told = seen.iter().any(|(a, o, s, span)| *a == d.actor.code && *o == d.on.code && *s == d.sphere && span.overlaps(&e.evidence));
            seen.push((d.actor.code.clone(), d.on.code.clone(), d.sphere.clone(), e.evidence));
            !told
        }
        _ => true,
    });
    if out.len() > 1 {
        out.sort_by_key(|e| e.evidence.start);
    }
    if let Some(ClaimBody::Deployment(d)) = out.iter().rev().map(|e| &e.body).find(|b| matches!(b, ClaimBody::Deployment(_))) {
        state.last_deployment = Some((d.clone(), s.index));
    }
    // (Only a treaty with terms: "signed a reciprocal access agreement" obliges no one to anything.)
    if let Some(ClaimBody::Alliance(a)) = out.iter().rev().map(|e| &e.body).find(|b| matches!(b, ClaimBody::Alliance(a) if !a.obligations.is_empty())) {
        state.last_alliance = Some((a.parties.clone(), s.index));
    }
    if let Some(t) = out.iter().rev().map(|e| &e.body).find(|b| matches!(b, ClaimBody::Transfer(_))) {
        state.last_transfer = Some((body_actors(t), s.index));
    }
    for e in &out {
        if let ClaimBody::Transfer(t) = &e.body {
            state.transfers.insert(0, (t.clone(), s.index));
        }
    }
    state.transfers.truncate(6);
    if let Some(last) = out.iter().rev().find(|e| !body_actors(&e.body).is_empty()) {
        state.last_claim = Some((body_actors(&last.body), s.index));
    }
    // Reuse the previous allocations: this runs for every sentence.
    state.prev_actors.truncate(s.actors.len());
    for (k, m) in s.actors.iter().enumerate() {
        match state.prev_actors.get_mut(k) {
            Some(p) => {
                p.code.clone_from(&m.actor.code);
                p.kind = m.actor.kind;
                p.name.clone_from(&m.actor.name);
                p.role.clone_from(&m.actor.role);
                p.sector.clone_from(&m.actor.sector);
            }
            None => state.prev_actors.push(m.actor.clone()),
        }
    }
    for m in s.actors.iter().filter(|m| m.actor.kind == realign_core::ActorKind::State && m.actor.code.len() == 3 && m.actor.code != "UNK") {
        if !state.paragraph.1.contains(&m.actor.code) {
            state.paragraph.1.push(m.actor.code.clone());
        }
        match state.state_counts.iter_mut().find(|c| c.0.code == m.actor.code) {
            Some(c) => c.1 += 1,
            None => state.state_counts.push((ActorRef::state(&m.actor.code), 1)),
        }
    }
    for m in s.actors.iter().filter(|m| m.actor.kind == realign_core::ActorKind::Person && !m.coreferent && m.actor.name.is_some()) {
        if state.persons.len() < 64 && !state.persons.iter().any(|p| p.name == m.actor.name) {
            state.persons.push(m.actor.clone());
        }
    }
    if let Some(name) = s.last_person.as_ref().filter(|p| p.kind == realign_core::ActorKind::Person).and_then(|p| p.name.as_ref()) {
        if state.strangers.len() < 64 && !state.strangers.contains(name) && !state.persons.iter().any(|p| p.name.as_ref() == Some(name)) {
            state.strangers.push(name.clone());
        }
    }
    state.prev_index = Some(s.index);
    out
}

/// The actors a claim body names, in order, deduplicated by code.
pub(crate) fn body_actors(b: &ClaimBody) -> Vec<ActorRef> {
    let v: Vec<&ActorRef> = match b {
        ClaimBody::Alliance(a) => a.parties.iter().collect(),
        ClaimBody::Deployment(d) => vec![&d.source, &d.target],
        ClaimBody::TradeShare(t) => vec![&t.partner, &t.of],
        ClaimBody::Transfer(t) => vec![&t.source, &t.target],
        ClaimBody::Stance(s) => std::iter::once(&s.actor).chain(&s.about).collect(),
        ClaimBody::Dependence(d) => vec![&d.actor, &d.on],
        ClaimBody::Recommendation(r) => std::iter::once(&r.actor).chain(&r.with).collect(),
        ClaimBody::Quote(_) | ClaimBody::Document(_) | ClaimBody::Event(_) => Vec::new(),
    };
    dedupe(v.into_iter().cloned())
}

/// Actor refs deduplicated by code, first occurrence kept.
fn dedupe(it: impl IntoIterator<Item = ActorRef>) -> Vec<ActorRef> {
    let mut out: Vec<ActorRef> = Vec::new();
    for a in it {
        if !out.iter().any(|o| o.code == a.code) {
            out.push(a);
        }
    }
    out
}

const ALLIANCE: u16 = 1;
const DEPLOYMENT: u16 = 2;
const TRADE: u16 = 4;
const TRANSFER: u16 = 8;
const DEPENDENCE: u16 = 16;
const STANCE: u16 = 32;
const QUOTE: u16 = 64;
const RECOMMEND: u16 = 128;
const DOCUMENT: u16 = 256;
const CONTINUATION: u16 = 512;
const MOTION: u16 = 1024;
const VOTE: u16 = 2048;
const FIGURE: u16 = 4096;
/// "imports most of its fuel from", "owes a third of its debt to": common words, so a family of
/// their own rather than waking every dependence reader.
const SOURCING: u16 = 8192;

const CUES: &[(&str, u16)] = &[
    ("pact", ALLIANCE),
    ("treaty", ALLIANCE),
    ("alliance", ALLIANCE),
    ("closest ally", ALLIANCE),
    ("staunchest ally", ALLIANCE),
    ("oldest ally", ALLIANCE),
    ("strongest ally", ALLIANCE),
    ("principal ally", ALLIANCE),
    ("chief ally", ALLIANCE),
    ("agreement", ALLIANCE),
    ("accord", ALLIANCE),
    // (Terms told without a treaty word: "each pledged to act to meet an armed attack on the
    // other", "commits the two governments to consult", "would regard any armed attack on".)
    ("pledge", ALLIANCE),
    ("undert", ALLIANCE),
    ("promis", ALLIANCE),
    ("oblig", ALLIANCE),
    ("commits", ALLIANCE),
    ("committ", ALLIANCE),
    ("bound to", ALLIANCE),
    ("binds", ALLIANCE),
    ("attack on", ALLIANCE),
    ("partnership", ALLIANCE),
    ("union", ALLIANCE),
    ("charter", ALLIANCE),
    ("doctrine", ALLIANCE),
    ("declaration", ALLIANCE),
    ("compact", ALLIANCE),
    ("convention", ALLIANCE),
    ("troops", DEPLOYMENT),
    ("base", DEPLOYMENT),
    ("police", DEPLOYMENT),
    ("officers", DEPLOYMENT),
    ("contingent", DEPLOYMENT),
    ("the figure", FIGURE),
    ("the number", FIGURE),
    ("the total", FIGURE),
    ("their number", FIGURE),
    ("soldiers", DEPLOYMENT),
    ("servicemen", DEPLOYMENT),
    ("service members", DEPLOYMENT),
    ("personnel", DEPLOYMENT),
    ("forces", DEPLOYMENT),
    ("fighters", DEPLOYMENT),
    ("marines", DEPLOYMENT),
    ("paratroopers", DEPLOYMENT),
    ("commandos", DEPLOYMENT),
    ("sailors", DEPLOYMENT),
    ("airmen", DEPLOYMENT),
    ("infantrymen", DEPLOYMENT),
    ("peacekeepers", DEPLOYMENT),
    ("advisers", DEPLOYMENT),
    ("advisors", DEPLOYMENT),
    ("instructors", DEPLOYMENT),
    ("mercenaries", DEPLOYMENT),
    ("contractors", DEPLOYMENT),
    ("guards", DEPLOYMENT),
    ("warships", DEPLOYMENT),
    ("destroyers", DEPLOYMENT),
    ("frigates", DEPLOYMENT),
    ("corvettes", DEPLOYMENT),
    ("submarines", DEPLOYMENT),
    ("cruisers", DEPLOYMENT),
    ("minesweepers", DEPLOYMENT),
    ("jets", DEPLOYMENT),
    ("warplanes", DEPLOYMENT),
    ("bombers", DEPLOYMENT),
    ("aircraft", DEPLOYMENT),
    ("ships", DEPLOYMENT),
    ("vessels", DEPLOYMENT),
    ("carrier", DEPLOYMENT),
    ("trainers", DEPLOYMENT),
    ("reinforcements", DEPLOYMENT),
    ("gendarmes", DEPLOYMENT),
    ("nuclear weapons", DEPLOYMENT),
    ("missile system", DEPLOYMENT),
    ("defence system", DEPLOYMENT),
    ("defense system", DEPLOYMENT),
    ("trade", TRADE),
    ("percent", TRADE),
    ("per cent", TRADE),
    ("%", TRADE),
    ("half of", TRADE),
    ("third of", TRADE),
    ("thirds of", TRADE),
    ("quarter of", TRADE),
    ("quarters of", TRADE),
    ("fifth of", TRADE),
    ("fifths of", TRADE),
    ("tenth of", TRADE),
    ("tenths of", TRADE),
    ("export", TRANSFER),
    ("exchange for", TRANSFER),
    ("return for", TRANSFER),
    ("worth", TRANSFER),
    ("suppl", TRANSFER),
    ("sold", TRANSFER),
    ("sell", TRANSFER),
    ("shipped", TRANSFER),
    ("shipment", TRANSFER),
    ("consignment", TRANSFER),
    ("deliver", TRANSFER),
    ("provide", TRANSFER),
    ("transferred", TRANSFER),
    ("bought", TRANSFER),
    ("buys", TRANSFER),
    ("buying", TRANSFER),
    ("purchas", TRANSFER),
    ("import", TRANSFER),
    ("acquired", TRANSFER),
    ("received", TRANSFER),
    ("receiving", TRANSFER),
    ("obtained", TRANSFER),
    ("borrow", TRANSFER),
    ("donat", TRANSFER),
    ("handed", TRANSFER),
    ("to hand", TRANSFER),
    ("fields", TRANSFER),
    ("fielded", TRANSFER),
    ("flies", TRANSFER),
    ("operates", TRANSFER),
    ("induct", TRANSFER),
    ("added", TRANSFER),
    ("to lend", TRANSFER),
    ("handing", TRANSFER),
    ("lent", TRANSFER),
    ("loaned", TRANSFER),
    ("lending", TRANSFER),
    ("granted", TRANSFER),
    ("gifted", TRANSFER),
    ("allocated", TRANSFER),
    ("sent", TRANSFER),
    ("will send", TRANSFER),
    ("would send", TRANSFER),
    ("sending", TRANSFER),
    ("shipping", TRANSFER),
    ("ship ", TRANSFER),
    ("gave", TRANSFER),
    ("given", TRANSFER),
    ("order", TRANSFER),
    ("contract", TRANSFER),
    ("deal", TRANSFER),
    ("agreement", TRANSFER),
    ("deposit", TRANSFER),
    ("invest", TRANSFER),
    ("parked", TRANSFER),
    ("advanced", TRANSFER),
    ("paid", TRANSFER),
    ("pays", TRANSFER),
    ("placed", TRANSFER),
    ("buy", TRANSFER),
    ("acquire", TRANSFER),
    ("acquiring", TRANSFER),
    ("extend", TRANSFER),
    ("disburs", TRANSFER),
    ("giving", TRANSFER),
    ("sale", TRANSFER),
    ("aid to", TRANSFER),
    ("poured", TRANSFER),
    ("wire", TRANSFER),
    ("reached", TRANSFER),
    ("arrived", TRANSFER),
    ("remitted", TRANSFER),
    ("pumped", TRANSFER),
    ("funnel", TRANSFER),
    ("channel", TRANSFER),
    ("injected", TRANSFER),
    ("assistance to", TRANSFER),
    ("funding to", TRANSFER),
    ("financed", TRANSFER),
    ("funded", TRANSFER),
    ("bankrolled", TRANSFER),
    ("financing to", TRANSFER),
    ("deliveries", TRANSFER),
    ("shipment", TRANSFER),
    ("transfer", TRANSFER),
    ("announce", TRANSFER),
    ("carrying", TRANSFER),
    ("owe", TRANSFER),
    ("debt", TRANSFER),
    ("repaid", TRANSFER),
    ("repayable", TRANSFER),
    ("obligations", TRANSFER),
    ("loaded with", TRANSFER),
    ("laden with", TRANSFER),
    ("unveil", TRANSFER),
    ("pledge", TRANSFER),
    ("commit", TRANSFER),
    ("promise", TRANSFER),
    ("earmark", TRANSFER),
    ("approve", TRANSFER),
    (" gets ", TRANSFER),
    ("rolled over", TRANSFER),
    ("put up", TRANSFER),
    ("puts up", TRANSFER),
    (" get ", TRANSFER),
    (" got ", TRANSFER),
    ("getting ", TRANSFER),
    ("sourc", TRANSFER),
    ("takes ", TRANSFER),
    ("took ", TRANSFER),
    ("taking ", TRANSFER),
    ("supplier", DEPENDENCE),
    ("creditor", DEPENDENCE),
    ("lender", DEPENDENCE),
    ("provider", DEPENDENCE),
    ("guarantor", DEPENDENCE),
    ("counts on", DEPENDENCE),
    ("needs", DEPENDENCE),
    ("need ", DEPENDENCE),
    ("count on", DEPENDENCE),
    ("counting on", DEPENDENCE),
    ("source of", DEPENDENCE),
    ("backer", DEPENDENCE),
    ("patron", DEPENDENCE),
    ("financier", DEPENDENCE),
    ("benefactor", DEPENDENCE),
    ("donor", DEPENDENCE),
    ("lifeline", DEPENDENCE),
    ("anchor", DEPENDENCE),
    ("protector", DEPENDENCE),
    ("of its", SOURCING),
    ("of their", SOURCING),
    ("supplies most", DEPENDENCE),
    ("supplied most", DEPENDENCE),
    ("provides most", DEPENDENCE),
    ("supplies the bulk", DEPENDENCE),
    ("supplies nearly", DEPENDENCE),
    ("supplies almost", DEPENDENCE),
    ("dependent on", DEPENDENCE),
    ("dependence on", DEPENDENCE),
    ("dependency on", DEPENDENCE),
    ("depends on", DEPENDENCE),
    ("depend on", DEPENDENCE),
    ("reliant on", DEPENDENCE),
    ("reliance on", DEPENDENCE),
    ("relies on", DEPENDENCE),
    ("heavily on", DEPENDENCE),
    ("largely on", DEPENDENCE),
    ("mostly on", DEPENDENCE),
    ("entirely on", DEPENDENCE),
    ("increasingly on", DEPENDENCE),
    ("rely on", DEPENDENCE),
    ("relying on", DEPENDENCE),
    ("relied on", DEPENDENCE),
    ("depended on", DEPENDENCE),
    ("leans on", DEPENDENCE),
    ("lean on", DEPENDENCE),
    ("leaning on", DEPENDENCE),
    ("leaned on", DEPENDENCE),
    // (Adverbs between: "relies almost entirely on", "depends critically on".)
    ("relies ", DEPENDENCE),
    ("rely ", DEPENDENCE),
    ("relied ", DEPENDENCE),
    ("depend", DEPENDENCE),
    ("beholden", DEPENDENCE),
    ("rests ", DEPENDENCE),
    ("rest on", DEPENDENCE),
    ("rested on", DEPENDENCE),
    ("hangs on", DEPENDENCE),
    ("hinges on", DEPENDENCE),
    ("without ", DEPENDENCE),
    ("chained to", DEPENDENCE),
    ("indebted to", DEPENDENCE),
    ("afford to", DEPENDENCE),
    ("hostage to", DEPENDENCE),
    ("lives off", DEPENDENCE),
    ("live off", DEPENDENCE),
    ("living off", DEPENDENCE),
    ("survive on", DEPENDENCE),
    ("survives on", DEPENDENCE),
    ("banks on", DEPENDENCE),
    // Needs met and goods' origins (`needs_met`).
    ("meets ", DEPENDENCE),
    ("meet ", DEPENDENCE),
    ("cover ", DEPENDENCE),
    ("fill ", DEPENDENCE),
    ("met ", DEPENDENCE),
    ("covers ", DEPENDENCE),
    ("covered ", DEPENDENCE),
    ("satisf", DEPENDENCE),
    ("fills ", DEPENDENCE),
    ("filled ", DEPENDENCE),
    ("comes from", DEPENDENCE),
    ("come from", DEPENDENCE),
    ("came from", DEPENDENCE),
    ("resolution", MOTION),
    ("motion", MOTION),
    ("abstain", VOTE),
    ("abstention", VOTE),
    // (A recorded vote's lists under their headings.)
    ("in favour:", VOTE),
    ("in favor:", VOTE),
    ("against:", VOTE),
    ("in favour (", VOTE),
    ("in favor (", VOTE),
    ("against (", VOTE),
    ("voted", VOTE),
    ("voting", VOTE),
    ("the vote", VOTE),
    ("silent", STANCE),
    ("muted", STANCE),
    ("guarded", STANCE),
    ("restrained", STANCE),
    ("low-key", STANCE),
    ("cautious", STANCE),
    ("said nothing", STANCE),
    ("said almost nothing", STANCE),
    ("said virtually nothing", STANCE),
    ("irritation", STANCE),
    ("dismay", STANCE),
    ("anxiety", STANCE),
    ("apprehension", STANCE),
    ("disquiet", STANCE),
    ("say nothing", STANCE),
    ("says nothing", STANCE),
    ("silence", STANCE),
    ("neutral", STANCE),
    ("comment", STANCE),
    ("no remarks", STANCE),
    ("no public remarks", STANCE),
    ("not respond", STANCE),
    ("not responded", STANCE),
    ("not publicly responded", STANCE),
    ("n't respond", STANCE),
    ("not reply", STANCE),
    ("not replied", STANCE),
    ("not addressed", STANCE),
    ("not explained", STANCE),
    ("not answered", STANCE),
    ("no public statement", STANCE),
    ("no statement", STANCE),
    ("no official statement", STANCE),
    ("neither confirm", STANCE),
    ("never confirmed", STANCE),
    ("not confirmed", STANCE),
    ("declined to answer", STANCE),
    ("declined to say", STANCE),
    ("refused to say", STANCE),
    ("declined to discuss", STANCE),
    ("sides", STANCE),
    ("supportive of", STANCE),
    ("choose between", STANCE),
    ("displeasure", STANCE),
    ("nervousness", STANCE),
    ("discomfort", STANCE),
    ("hostility", STANCE),
    ("support", STANCE),
    ("said little", STANCE),
    ("saying little", STANCE),
    ("ly little", STANCE),
    ("quiet", STANCE),
    ("uneasy", STANCE),
    ("hostile", STANCE),
    ("unease", STANCE),
    ("wary", STANCE),
    ("wariness", STANCE),
    ("worried", STANCE),
    ("nervous", STANCE),
    ("anxious", STANCE),
    ("apprehensive", STANCE),
    ("sceptical", STANCE),
    ("skeptical", STANCE),
    ("leery", STANCE),
    ("critical of", STANCE),
    ("cautio", STANCE),
    (" fear", STANCE),
    (" worries", STANCE),
    (" worry", STANCE),
    ("sided with", STANCE),
    ("long backed", STANCE),
    ("long championed", STANCE),
    // ("oppose", "opposes", "opposed", "opposed to")
    ("oppose", STANCE),
    ("no side", STANCE),
    ("a party to", STANCE),
    (" partner", STANCE),
    (" ally", STANCE),
    (" friend", STANCE),
    ("suspicio", STANCE),
    ("distrust", STANCE),
    ("mistrust", STANCE),
    ("concern", STANCE),
    ("alarm", STANCE),
    ("worrying", STANCE),
    ("unsettling", STANCE),
    ("unnerving", STANCE),
    ("rattling", STANCE),
    ("unsettled", STANCE),
    ("unsettles", STANCE),
    ("rattled", STANCE),
    ("rattles", STANCE),
    ("angered", STANCE),
    ("angers", STANCE),
    ("infuriated", STANCE),
    ("infuriates", STANCE),
    ("backer", STANCE),
    ("supporter", STANCE),
    ("champion", STANCE),
    ("critic", STANCE),
    ("reservations", STANCE),
    ("misgivings", STANCE),
    ("careful", STANCE),
    ("opponent", STANCE),
    ("detractor", STANCE),
    ("patron", STANCE),
    ("sponsor", STANCE),
    ("protector", STANCE),
    ("warily", STANCE),
    ("measured", STANCE),
    ("careful", STANCE),
    ("guardedly", STANCE),
    ("angering", STANCE),
    ("ambivalent", STANCE),
    ("hesitant", STANCE),
    ("unconvinced", STANCE),
    ("doubtful", STANCE),
    ("sympathetic", STANCE),
    ("friendly", STANCE),
    ("angry", STANCE),
    ("furious", STANCE),
    ("irritated", STANCE),
    ("annoyed", STANCE),
    ("uncomfortable", STANCE),
    ("frustrated", STANCE),
    ("bitter", STANCE),
    ("indifferent", STANCE),
    ("delighted", STANCE),
    ("assertive", STANCE),
    ("quieter", STANCE),
    ("infuriating", STANCE),
    ("irritating", STANCE),
    ("incensing", STANCE),
    ("\"", QUOTE),
    ("\u{201c}", QUOTE),
    ("\u{201d}", QUOTE),
    // (Someone said to say something unquoted is who a later ", he said" quotes.)
    (" said", QUOTE),
    (" told ", QUOTE),
    (" says", QUOTE),
    // (Someone introduced at a sentence's opening is who a following "…," he said quotes.)
    (" argue", QUOTE),
    (" believes", QUOTE),
    (" put it", QUOTE),
    (" sees ", QUOTE),
    (" notes", QUOTE),
    (" warns", QUOTE),
    (" writes", QUOTE),
    (" wrote", QUOTE),
    // (Any aside: "Finland's ambassador, Petri Laine, was more guarded.")
    (", ", QUOTE),
    ("should", RECOMMEND),
    ("need to", RECOMMEND),
    ("needs to", RECOMMEND),
    ("ought to", RECOMMEND),
    ("course for", RECOMMEND),
    ("is for", RECOMMEND),
    ("option for", RECOMMEND),
    ("bet for", RECOMMEND),
    ("do better to", RECOMMEND),
    ("be wise to", RECOMMEND),
    ("well advised to", RECOMMEND),
    ("could", CONTINUATION),
    ("by ", DOCUMENT),
    ("published", DOCUMENT),
    // (An author's note closing a piece: "Jane Doe is a fellow at …".)
    (" is a ", DOCUMENT),
    (" is an ", DOCUMENT),
    ("source:", DOCUMENT),
    ("appeared", DOCUMENT),
    (") -", DOCUMENT),
    (") \u{2014}", DOCUMENT),
    (") \u{2013}", DOCUMENT),
];

fn cue_matcher() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(CUES.iter().map(|(p, _)| *p))
            .ok()
    })
    .as_ref()
}

/// Which extractor families the sentence's cue words call for (a bit set).
fn triggered(text: &str) -> u16 {
    let Some(ac) = cue_matcher() else { return 0 };
    let mut f = 0u16;
    for m in ac.find_overlapping_iter(text) {
        f |= CUES.get(m.pattern().as_usize()).map_or(0, |c| c.1);
    }
    f
}

/// An actor mention in sentence-relative byte offsets.
#[derive(Debug, Clone, Copy)]
pub(super) struct Act<'s> {
    /// First byte in the sentence.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Who.
    pub r: &'s ActorRef,
    /// A place inside the state ("Kursk"), not its name.
    pub place: bool,
}

/// A sentence prepared for the extractors: tokens, lower-cased text, actor mentions in sentence
/// offsets, numbers and dates.
pub(super) struct Ctx<'s, 'd> {
    /// The sentence.
    pub s: &'s Sentence<'d>,
    /// Its text.
    pub text: &'d str,
    /// Its text, ASCII-lower-cased (same byte offsets).
    pub lower: String,
    /// Tokens.
    pub toks: Vec<Tok>,
    /// Actor mentions, sorted, non-overlapping.
    pub acts: Vec<Act<'s>>,
    nums: OnceLock<Vec<Num>>,
    dates: OnceLock<Vec<DateMatch>>,
}

/// Prepositions that make an actor after them an object rather than a subject.
const OBJ_PREPS: &[&str] = &[
    "to",
    "of",
    "from",
    "with",
    "against",
    "for",
    "on",
    "in",
    "into",
    "up",
    "by",
    "at",
    "over",
    "about",
    "toward",
    "towards",
    "alongside",
    "between",
    "than",
    "like",
    "including",
    "among",
    "amid",
    "under",
    "upon",
    "onto",
];

const MODALS: &[&str] = &[
    "could",
    "would",
    "might",
    "may",
    "if",
    "unless",
    "whether",
    "should",
    "shall",
    "will",
    "potential",
    "potentially",
    "possible",
    "possibly",
    "proposed",
    "planned",
    "prospective",
    "hypothetical",
    "considering",
    "consider",
    "reportedly-planned",
    "wants",
    "want",
    "hopes",
    "seeks",
    "plans",
    "intends",
    "threatened",
    "threatens",
];

const NEGATIONS: &[&str] =
    &["not", "never", "no", "n't", "refused", "denied", "deny", "denies", "without", "neither", "nor", "rejected"];

impl<'s, 'd> Ctx<'s, 'd> {
    /// Prepares a sentence.
    pub fn new(s: &'s Sentence<'d>) -> Self {
        let text = s.text();
        let lower = text.to_ascii_lowercase();
        let toks = numbers::tokenize(text);
        let base = s.span.start;
        let mut acts: Vec<Act<'s>> = s
            .actors
            .iter()
            .filter(|m| m.span.start >= base && m.span.end <= s.span.end && m.span.end > m.span.start)
            .filter(|m| !m.actor.code.is_empty())
            .map(|m| Act { start: m.span.start - base, end: m.span.end - base, r: &m.actor, place: m.place })
            .collect();
        acts.sort_by_key(|a| (a.start, std::cmp::Reverse(a.end)));
        let mut kept: Vec<Act<'s>> = Vec::with_capacity(acts.len());
        for a in acts {
            // Non-overlapping, except that one phrase may stand for several actors ("the two
            // countries" resolved to both): identical spans are all kept.
            if kept.last().map_or(true, |k| a.start >= k.end || (a.start == k.start && a.end == k.end)) {
                kept.push(a);
            }
        }
        Ctx { s, text, lower, toks, acts: kept, nums: OnceLock::new(), dates: OnceLock::new() }
    }

    /// Numbers in the sentence that are not part of a date.
    pub fn nums(&self) -> &[Num] {
        self.nums.get_or_init(|| {
            let dates = self.dates();
            numbers::find_numbers(self.text, &self.toks)
                .into_iter()
                .filter(|n| !dates.iter().any(|d| n.start < d.end && d.start < n.end))
                .collect()
        })
    }

    /// Dates in the sentence.
    pub fn dates(&self) -> &[DateMatch] {
        self.dates.get_or_init(|| numbers::find_dates(self.text, &self.toks))
    }

    /// The date nearest to a byte position, else the sentence's date.
    pub fn date_near(&self, pos: usize) -> Option<PartialDate> {
        self.dates()
            .iter()
            .min_by_key(|d| if d.start >= pos { d.start - pos } else { pos - d.end })
            .map(|d| d.date)
            .or(self.s.date)
    }

    /// Lower-cased token `i` ("" past the end).
    pub fn w(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.lower.get(t.start..t.end)).unwrap_or("")
    }

    /// Token `i` as written.
    pub fn raw(&self, i: usize) -> &'d str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// Byte where token `i` starts (text length past the end).
    pub fn start_of(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// Byte where token `i` ends (text length past the end).
    pub fn end_of(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }

    /// True when token `i` separates clauses.
    pub fn is_boundary(&self, i: usize) -> bool {
        matches!(
            self.w(i),
            "," | ";"
                | ":"
                | "("
                | ")"
                | "\u{2014}"
                | "\u{2013}"
                | "but"
                | "while"
                | "although"
                | "though"
                | "whereas"
                | "because"
                | "however"
                | "yet"
                | "\""
                | "\u{201c}"
                | "\u{201d}"
                | "which"
                | "who"
        )
    }

    /// Token range `[a, b)` of the clause around token `i`.
    pub fn clause(&self, i: usize) -> (usize, usize) {
        let mut a = i.min(self.toks.len());
        while a > 0 && !self.is_boundary(a - 1) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < self.toks.len() && !self.is_boundary(b) {
            b += 1;
        }
        (a, b.min(self.toks.len()))
    }

    /// True when a token in `[a, b)` is one of `words`.
    pub fn any_word(&self, a: usize, b: usize, words: &[&str]) -> bool {
        (a..b.min(self.toks.len())).any(|k| words.contains(&self.w(k)))
    }

    /// True when a token in `[a, b)` is a modal word ([`MODALS`]); "May" the month ("In May
    /// 2024") is none.
    fn any_modal(&self, a: usize, b: usize) -> bool {
        (a..b.min(self.toks.len())).any(|k| MODALS.contains(&self.w(k)) && !crate::numbers::may_is_month(self.raw(k), k == 0, self.w(k + 1)))
    }

    /// True when the clause before token `i` makes what follows hypothetical or negated; also
    /// true when the sentence opens with a conditional ("If …").
    pub fn irrealis_before(&self, i: usize) -> bool {
        self.irrealis_from(self.clause(i).0, i)
    }

    /// Like [`Ctx::irrealis_before`], but only the words from token `a` count: a relative
    /// clause's own ("minehunters that London had donated" after "refused passage to").
    pub fn irrealis_from(&self, a: usize, i: usize) -> bool {
        let w0 = self.w(0);
        self.any_modal(a, i) || self.any_word(a, i, NEGATIONS) || w0 == "if" || w0 == "unless" || w0 == "should"
    }

    /// Like [`Ctx::irrealis_before`], but a negation counts only in the few words right before
    /// token `i`: "Iceland has no army and relies on the United States" relies all the same;
    /// "no longer relies on" does not.
    pub fn irrealis_near(&self, i: usize) -> bool {
        let (a, _) = self.clause(i);
        let near = i.saturating_sub(2).max(a);
        if self.any_modal(a, i) || self.any_word(near, i, NEGATIONS) || (near..i).any(|k| self.w(k).ends_with("n't")) {
            return true;
        }
        let w0 = self.w(0);
        w0 == "if" || w0 == "unless" || w0 == "should"
    }

    /// Actors whose mention lies in bytes `[a, b)`.
    pub fn acts_in(&self, a: usize, b: usize) -> impl Iterator<Item = &Act<'s>> {
        self.acts.iter().filter(move |m| m.start >= a && m.end <= b)
    }

    /// The lower-cased word just before an actor mention ("" at the start).
    pub fn word_before(&self, act: &Act) -> &str {
        let i = self.tok_at(act.start);
        if i == 0 {
            ""
        } else {
            let w = self.w(i - 1);
            if w == "the" && i >= 2 {
                self.w(i - 2)
            } else {
                w
            }
        }
    }

    /// Whether the actor is a body named in lower case without its state ("police", "the
    /// army"): a modifier of what follows ("police vehicles", "police trainers"), not a party.
    pub fn bare_body(&self, a: &Act) -> bool {
        a.r.kind == realign_core::ActorKind::GovBody && self.text.get(a.start..a.end).is_some_and(|t| t.trim_start_matches("the ").starts_with(char::is_lowercase))
    }

    /// The one state the sentence names among the mentions `keep` accepts (the first mention of
    /// it), or `None` when it names none or two: the text then does not say which.
    pub fn only_state(&self, keep: impl Fn(&Act) -> bool) -> Option<&Act<'s>> {
        let mut states = self.acts.iter().filter(|a| a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3 && a.r.code != "UNK" && keep(a));
        let first = states.next()?;
        states.all(|a| a.r.code == first.r.code).then_some(first)
    }

    /// The state named right before token `i`, its "'s" aside: the owner in "France's delivery of",
    /// the giver in "US aid to", "Japan's development assistance to".
    pub fn state_right_before(&self, i: usize) -> Option<&Act<'s>> {
        self.acts.iter().find(|a| {
            let t = self.tok_at(a.end);
            a.end <= self.start_of(i) && (t == i || (t + 1 == i && matches!(self.w(t), "'s" | "'"))) && a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3
        })
    }

    /// Whether the actor is named as an exception: "except Sweden's", "apart from Norway", "other
    /// than Laos", "save Laos".
    pub fn excepted(&self, act: &Act) -> bool {
        let i = self.tok_at(act.start);
        let w1 = self.word_before(act);
        let w2 = if i >= 2 { self.w(i - 2) } else { "" };
        matches!(w1, "except" | "save" | "excluding" | "besides") || (w1 == "from" && w2 == "apart") || (w1 == "than" && w2 == "other")
    }

    /// True when the actor reads as a subject rather than the object of a preposition.
    pub fn subjectish(&self, act: &Act) -> bool {
        !OBJ_PREPS.contains(&self.word_before(act))
    }

    /// Whether an actor mention is possessive: "Vietnam's", "the Philippines'".
    pub fn possessive(&self, act: &Act) -> bool {
        // (A mention may hold its own "'s": "the country's".)
        self.lower.get(act.end..).is_some_and(|r| r.starts_with("'s") || (r.starts_with('\'') && self.lower[..act.end].ends_with('s')))
            || self.lower.get(act.start..act.end).is_some_and(|t| t.ends_with("'s"))
    }

    /// The actor a relative clause starting at token `ca` refers to: "Armenia, which …".
    /// ("Guinea-Bissau, whose state budget leans heavily on Portuguese assistance": a clause
    /// opening with "whose" is its antecedent's too.)
    pub fn antecedent(&self, ca: usize) -> Option<&Act<'s>> {
        let rel = if self.w(ca) == "whose" { ca + 1 } else { ca };
        if rel < 2 || !matches!(self.w(rel - 1), "which" | "who" | "that" | "whose") {
            return None;
        }
        let before = self.start_of(rel - 1);
        let a = self.acts.iter().rev().find(|a| a.end <= before)?;
        // only punctuation between the actor and the relative pronoun
        let gap = self.text.get(a.end..before).unwrap_or("x");
        // (With "whose", the state heads its noun phrase: "The French embassy in Astana, whose
        // national utility…" is no word of Kazakhstan's.)
        let heads = rel == ca || !matches!(self.word_before(a), "in" | "at" | "near" | "from" | "inside" | "outside");
        (heads && gap.trim().chars().all(|c| c == ',')).then_some(a)
    }

    /// The sentence's opening actor when the clause starting at token `ca` continues it after an
    /// aside: "Pakistan, in short, is heavily dependent on …", "Egypt, the world's largest wheat
    /// importer, also depends on …", "Niger is, for all the talk, deeply reliant on …".
    pub fn fronted(&self, ca: usize) -> Option<&Act<'s>> {
        if ca < 3 || self.w(ca - 1) != "," {
            return None;
        }
        // (The aside may be a relative clause: "Islamabad, which can barely meet its bill, has".)
        let open = (0..ca - 1).rev().find(|&k| self.is_boundary(k) && !matches!(self.w(k), "which" | "who"))?;
        if self.w(open) != "," {
            return None;
        }
        // The actor right before the aside (a few auxiliaries may come between), opening the
        // sentence or a clause of its own ("…, and Islamabad, which can barely meet its import
        // bill, has come to rely on …").
        let a = self.acts.iter().rev().find(|a| a.end <= self.start_of(open))?;
        // ("the Kazakh military, officials admit, still relies on": the state's body may follow.)
        let gap_ok = (self.tok_at(a.end)..open).all(|k| {
            matches!(
                self.w(k),
                // ("Greenland's own government, meanwhile, depends on": its own body.)
                "'s" | "'" | "own" | "is" | "are" | "was" | "remains" | "remain" | "has" | "have" | "military" | "government" | "army" | "armed" | "forces" | "leadership" | "junta"
                    | "regime" | "authorities" | "economy"
                    // ("Brazilian agribusiness, the country's most powerful lobby, relies on": a
                    // state's sector or trade.)
                    | "agribusiness" | "industry" | "industries" | "sector" | "mining" | "farmers" | "exporters" | "firms" | "companies" | "manufacturers"
                    | "refineries" | "banks" | "businesses"
            )
        });
        // ("Japan and South Korea, for their part, remain…": the list's first member opens it.)
        let listed_from = self.acts.iter().position(|x| std::ptr::eq(x, a)).map_or(a, |k| &self.acts[self.group(k).0]);
        let mut first = self.tok_at(listed_from.start);
        while first > 0 && matches!(self.w(first - 1), "the" | "yet" | "but" | "and" | "so" | "still" | "now" | "meanwhile") {
            first -= 1;
        }
        let lead_ok = first == 0 || matches!(self.w(first - 1), "," | ";" | ":");
        // ("Lebanon's army, hollowed out by years of collapse, depends on": the state's own body
        // after its possessive.)
        // (A state named, not one referred back to: "The country's economy, meanwhile, relies".)
        let named = self.text.get(a.start..a.end).is_some_and(|t| t.starts_with(char::is_uppercase) && !t.starts_with("The "));
        let own_body = named && (self.tok_at(a.end)..open).any(|k| !matches!(self.w(k), "'s" | "'" | "own" | "is" | "are" | "was" | "remains" | "remain" | "has" | "have"));
        (lead_ok && gap_ok && (!self.possessive(a) || own_body)).then_some(a)
    }

    /// The list of actors the mention at `idx` belongs to ("China, North Korea and Russia",
    /// "Russia-North Korea"), as indices into `acts`.
    pub fn group(&self, idx: usize) -> (usize, usize) {
        let mut a = idx;
        while a > 0 && self.listed(a - 1, a) {
            a -= 1;
        }
        let mut b = idx + 1;
        while b < self.acts.len() && self.listed(b - 1, b) {
            b += 1;
        }
        (a, b)
    }

    /// True when two consecutive actor mentions are joined as a list.
    fn listed(&self, i: usize, j: usize) -> bool {
        let (Some(x), Some(y)) = (self.acts.get(i), self.acts.get(j)) else { return false };
        if x.start == y.start && x.end == y.end {
            return true;
        }
        let gap = self.lower.get(x.end..y.start).unwrap_or("x");
        let gap = gap.trim().trim_start_matches("'s").trim();
        let g: Vec<&str> = gap.split_whitespace().filter(|w| *w != "the").collect();
        matches!(g.join(" ").as_str(), "" | "," | "and" | ", and" | "-" | "\u{2013}" | "/" | "&" | "or" | ", or") && !self.opens_gapped_clause(y)
    }

    /// Whether `a` is the subject of a clause whose verb is left out, its amount right after it:
    /// "…supplied $406 million of arms to Myanmar and China $267 million", "…3,000 troops in
    /// Armenia and China some 2,000 in Tajikistan". Such a mention is no list member of what comes
    /// before it.
    fn opens_gapped_clause(&self, a: &Act) -> bool {
        let t = self.tok_at(a.end);
        let t = if COUNT_QUALIFIERS.contains(&self.w(t)) {
            t + 1
        } else if self.w(t) == "more" && self.w(t + 1) == "than" {
            t + 2
        } else {
            t
        };
        self.nums().iter().any(|n| self.tok_at(n.start) == t && n.start >= a.end)
    }

    /// A document span from sentence offsets.
    pub fn span(&self, a: usize, b: usize) -> Span {
        let base = self.s.span.start;
        Span::new(base + a.min(self.text.len()), base + b.min(self.text.len()))
    }
}

/// Distinct actor refs of a slice of mentions, in order.
fn refs<'a>(acts: impl IntoIterator<Item = &'a Act<'a>>) -> Vec<ActorRef> {
    dedupe(acts.into_iter().map(|a| a.r.clone()))
}

/// Words that may open a count ("some 2,000", "about 400"): in a clause whose verb is left out they
/// stand between its subject and its amount.
pub(crate) const COUNT_QUALIFIERS: &[&str] = &["some", "about", "around", "roughly", "nearly", "almost", "over", "another"];
