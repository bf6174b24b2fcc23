//! Event anaphora: a reaction whose object is a definite noun for an earlier act or claim is aimed
//! at whoever did it. "Israeli jets struck villages in southern Lebanon. Beirut condemned the
//! strikes" (ACCUSE LBN → ISR); "Congo accused Rwanda of backing the rebels. Kigali rejected the
//! allegation" (REJECT RWA → COD); "Thailand freed 18 Cambodian soldiers. Phnom Penh welcomed the
//! move" (SUPPORT KHM → THA). So are returned fire (at whoever fired), a call for someone's release
//! (on whoever holds them) and a denial of an act someone else reported ("The Pentagon said Iran
//! had armed the Houthis. Tehran rejected the accusation": REJECT IRN → USA).
//!
//! The reader codes a sentence at a time; [`Acts`] is the document's memory of what it coded, so
//! that a later sentence's "the strikes" finds the one who struck.

use realign_core::{ActorRef, EventClaim, Plover};

use Plover::*;

/// Nouns for acts, with the types of event they name: "condemned the strikes", "protested
/// against the closure" (a closed border or crossing is coded ASSAULT, as in the PLOVER gold).
const ACT_NOUNS: &[(&str, &[Plover])] = &[
    ("attack", &[Assault]), ("attacks", &[Assault]), ("strike", &[Assault]), ("strikes", &[Assault]),
    ("airstrike", &[Assault]), ("airstrikes", &[Assault]), ("air strikes", &[Assault]), ("raid", &[Assault, Coerce]),
    ("raids", &[Assault, Coerce]), ("shelling", &[Assault]), ("bombing", &[Assault]), ("bombings", &[Assault]),
    ("bombardment", &[Assault]), ("incursion", &[Assault]), ("incursions", &[Assault]), ("invasion", &[Assault]),
    ("offensive", &[Assault]), ("ambush", &[Assault]), ("killing", &[Assault]), ("killings", &[Assault]),
    ("assault", &[Assault]), ("aggression", &[Assault]), ("operation", &[Assault]), ("operations", &[Assault]),
    ("launch", &[Mobilize, Assault]), ("launches", &[Mobilize, Assault]), ("test", &[Mobilize]), ("tests", &[Mobilize]),
    ("drills", &[Mobilize, Cooperate]), ("exercises", &[Mobilize, Cooperate]), ("deployment", &[Mobilize]),
    ("deportation", &[Coerce]), ("deportations", &[Coerce]), ("expulsion", &[Coerce, Sanction]),
    ("expulsions", &[Coerce, Sanction]), ("arrest", &[Coerce]), ("arrests", &[Coerce]), ("detention", &[Coerce]),
    ("detentions", &[Coerce]), ("seizure", &[Coerce]), ("blockade", &[Coerce, Assault]),
    ("closure", &[Assault, Coerce, Sanction]), ("ban", &[Sanction, Coerce]), ("sanctions", &[Sanction]),
    ("measures", &[Sanction, Coerce]), ("measure", &[Sanction, Coerce]), ("levy", &[Sanction]), ("duties", &[Sanction]), ("tariffs", &[Sanction]), ("tariff", &[Sanction]), ("surcharge", &[Sanction]),
    ("embargo", &[Sanction]), ("incident", &[Assault, Coerce, Mobilize]),
    ("shooting", &[Assault]), ("shootings", &[Assault]), ("clash", &[Assault]), ("clashes", &[Assault]), ("fighting", &[Assault]),
    ("crackdown", &[Coerce]), ("coup", &[Coerce, Assault]), ("takeover", &[Coerce, Assault]),
    ("release", &[Retreat]), ("releases", &[Retreat]), ("withdrawal", &[Retreat]), ("pullout", &[Retreat]),
    ("handover", &[Retreat]), ("swap", &[Retreat]), ("exchange", &[Retreat]),
    // (An accord agreed or signed: "welcomed the pact" is aimed at its parties.)
    ("deal", &[Agree, Support]), ("agreement", &[Agree, Support]), ("pact", &[Support, Agree]), ("treaty", &[Support, Agree]),
    ("accord", &[Support, Agree]), ("accords", &[Support, Agree]), ("delivery", &[Aid]), ("deliveries", &[Aid]), ("shipment", &[Aid]),
    ("ruling", &[Request, Sanction, Coerce]), ("verdict", &[Sanction, Coerce]), ("order", &[Request, Sanction, Coerce]),
    ("move", &[Assault, Coerce, Sanction, Mobilize, Retreat, Concede, Aid, Cooperate]),
    ("decision", &[Assault, Coerce, Sanction, Mobilize, Retreat, Concede, Aid, Cooperate]),
    ("step", &[Assault, Coerce, Sanction, Mobilize, Retreat, Concede, Aid, Cooperate]),
];

/// Nouns for claims and demands: "rejected the allegation", "dismissed the criticism".
const CLAIM_NOUNS: &[&str] = &[
    "allegation", "allegations", "accusation", "accusations", "charge", "charges", "claim", "claims", "criticism",
    "remarks", "comments", "statement", "demand", "demands", "ultimatum", "threat", "threats", "warning", "warnings",
    "request", "requests", "appeal", "appeals", "proposal", "proposals", "offer", "offers", "call", "calls", "complaint",
    "complaints", "plea", "invitation", "protest", "protests",
];

/// Words between the determiner and the noun that change nothing ("the latest strikes").
const MODIFIERS: &[&str] = &[
    "latest", "recent", "new", "overnight", "deadly", "reported", "alleged", "renewed", "fresh", "same", "previous",
    "weekend", "ongoing", "missile", "rocket", "drone", "border", "military", "naval", "joint", "planned", "proposed",
    "boat", "cross-border", "artillery", "retaliatory", "lethal", "night", "dawn", "arms", "weapons", "aid",
];

/// The types of earlier event a reaction's object can name.
type Refers = &'static [Plover];

/// What claims and demands are: verbal events.
const VERBAL: &[Plover] = &[Agree, Consult, Support, Concede, Request, Accuse, Reject, Threaten];

/// How many of the latest events a reaction may refer back to: a story's own recent events (a
/// long file of many stories stays linear, and one story's "the strikes" never reaches back
/// into another's).
const LOOKBACK: usize = 40;

/// How many sentences back a reaction that names no one looks for the act it answers
/// ([`Acts::aim_from_context`]).
const CONTEXT_SENTENCES: usize = 3;

/// An event coded earlier in the document.
#[derive(Debug)]
struct Seen {
    plover: Plover,
    source: Vec<ActorRef>,
    target: Vec<String>,
    /// Who the sentence reporting it says it is from ("…, the Pentagon said"), when that is
    /// named and resolved.
    said_by: Option<ActorRef>,
    /// The index of the sentence that reported it.
    sentence: usize,
    /// The stems of the words it was coded from ([`stem`]): "the strikes" finds the act told
    /// as "struck" before another act of the kind.
    stems: Vec<String>,
    /// Whether its target was not named but taken from context ([`Acts::aim_from_context`]): a
    /// guess, so no later reaction takes it as aimed at the one guessed.
    guessed: bool,
}

/// Whether a code names someone: not empty, not unknown.
fn named_code(code: &str) -> bool {
    code.len() >= 2 && code != "UNK"
}

/// A word's stem for matching an act noun to the verb that told the act: its first four letters
/// after "air" ("airstrikes" is "strikes"), with the irregular forms mapped ("struck" is
/// "strike", "expulsion" is "expel", "detention" is "detain").
fn stem(word: &str) -> String {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    let w = w.strip_prefix("air").filter(|r| r.len() > 4).map(str::to_string).unwrap_or(w);
    let w = match w.as_str() {
        "struck" => "strike",
        "expulsion" | "expulsions" => "expel",
        "detention" | "detentions" => "detain",
        "seizure" | "seizures" => "seize",
        "shot" => "shoot",
        _ => w.as_str(),
    };
    w.chars().take(4).collect()
}

/// The stems of the words of `text` ([`stem`]), for [`Seen::stems`].
fn stems_of(text: &str) -> Vec<String> {
    text.split_whitespace().map(stem).filter(|s| s.len() == 4).collect()
}

/// The document's memory of the events coded so far.
#[derive(Debug, Default)]
pub(crate) struct Acts {
    seen: Vec<Seen>,
}

impl Acts {
    /// Gives `ev` the doer of the earlier act or claim its object names, when `ev` is a reaction
    /// (accusing, rejecting, threatening, protesting, welcoming) aimed at no one else and `after` (the
    /// sentence's text right after the event's cue) opens with a definite noun for that act or
    /// claim of the kind the noun names (see the comments in the body for which one).
    /// `cue` is the text the event was coded from: when it runs past its verb ("Manila called
    /// the incident unacceptable"), the object is looked for after the verb.
    /// `before` is the sentence's text before the cue: "…, a charge Abu Dhabi denies" names the
    /// claim before the one who denies it.
    pub(crate) fn resolve(&self, ev: &mut EventClaim, before: &str, cue: &str, after: &str) {
        // ("Indian troops returned fire": at whoever fired.)
        let return_fire = ev.plover == Assault && {
            let c = cue.to_ascii_lowercase();
            ["returned fire", "return fire", "returning fire"].iter().any(|p| c.contains(p))
        };
        // ("called for the immediate release of its citizen": asked of whoever holds them.)
        let release_call = ev.plover == Request && {
            let a = after.to_ascii_lowercase();
            let a = a.trim_start().trim_start_matches("for ");
            let a = ["the ", "her ", "his ", "their ", "its "].iter().find_map(|d| a.strip_prefix(d)).unwrap_or(a);
            let a = a.strip_prefix("immediate ").or_else(|| a.strip_prefix("unconditional ")).unwrap_or(a);
            a.starts_with("release") || a.starts_with("and unconditional release")
        };
        if !(matches!(ev.plover, Plover::Accuse | Plover::Reject | Plover::Threaten | Plover::Protest | Plover::Support) || return_fire || release_call) || ev.source.is_empty() {
            return;
        }
        // ("blamed each other for the attack": aimed at one another, not at the attack's maker.)
        if crate::normalize::opens_reciprocal(after) {
            return;
        }
        // ("flew to Beijing to sign the deal": signing is an act of its own, not a reaction to the
        // deal's maker.)
        if ev.plover == Plover::Support && cue.split_whitespace().any(|w| ["sign", "ink", "seal"].iter().any(|p| w.to_ascii_lowercase().starts_with(p))) {
            return;
        }
        let own = |code: &str| ev.source.iter().any(|s| s.code == code);
        // Aimed at someone else already: nothing to resolve. (Unless that is whom the act
        // named was done to: "condemned the strikes on Yemen" is aimed at the striker.)
        // (When the cue runs past its verb, the object follows a past-tense verb inside it.)
        // (Only in the cue's last clause: an evidence span that runs from a subject named
        // before an earlier clause, "X rejected the criticism, …, and he accused", holds that
        // clause's object too.)
        let last_clause = [", and he ", ", and she ", ", and they ", ", but he ", ", but she "].iter().filter_map(|p| cue.rfind(p).map(|c| c + 2)).max().map_or(cue, |c| &cue[c..]);
        let object_in_cue = last_clause.match_indices(' ').map(|(at, _)| at).find_map(|at| {
            let verb = last_clause[..at].rsplit(' ').next().unwrap_or("");
            (verb.len() > 3 && verb.ends_with("ed") && object_noun(&last_clause[at..]).is_some()).then(|| &last_clause[at..])
        });
        // ("condemned the strikes as a violation of Yemen's sovereignty": the one wronged is
        // named in how the act is judged.)
        let judged = |t: &str| {
            let l = t.to_ascii_lowercase();
            [" as a violation of ", " as a breach of ", " as an attack on ", " as an act of aggression against "].iter().any(|p| l.find(p).is_some_and(|at| at < 40))
        };
        let victim = |t: &str| object_noun(t).is_some_and(|r| r != VERBAL) && (t.split_whitespace().take(5).any(|w| matches!(w, "on" | "against" | "in" | "at" | "targeting")) || judged(t));
        let on_victim = victim(after) || object_in_cue.is_some_and(victim);
        if ev.target.iter().any(|t| !own(&t.code)) && !on_victim {
            return;
        }
        let inside = || object_in_cue.and_then(object_noun);
        // ("Moscow had nothing to do with the damage": a denial of the charge, whatever it names.)
        let disowned = ev.plover == Reject && cue.to_ascii_lowercase().contains("nothing to do with");
        // (What a protest is against, named after its cue: "rallied … to denounce the strikes".)
        let protested = purpose_of_protest(ev, after);
        let found = if disowned {
            None
        } else if return_fire {
            Some(&[Assault][..])
        } else if release_call {
            Some(&[Coerce][..])
        } else {
            // ("warned that Moscow would respond to the expulsion": what a threat answers.)
            // (The cue may be the verb itself: "would respond" + " to the closure".)
            let answered = || {
                let verb = cue.rsplit(' ').next().unwrap_or("");
                let joined = format!("{verb}{after}");
                let lower = joined.to_ascii_lowercase();
                let at = ["respond to ", "retaliate for ", "retaliate against ", "response to ", "answer to "].iter().filter_map(|p| lower.find(p).map(|i| i + p.len())).min()?;
                (ev.plover == Threaten && lower[..at].split_whitespace().count() <= 10).then(|| object_noun(&joined[at..])).flatten()
            };
            // ("Thousands rallied in Sanaa to denounce the strikes": what a crowd gathers against.)
            let purpose = || protested.and_then(object_noun);
            object_noun(after).or_else(inside).or_else(|| claim_before(before)).or_else(|| passive_subject(before, cue)).or_else(answered).or_else(purpose)
        };
        // ("Minsk denied any involvement", "Pakistan denied that its forces had fired first": a
        // denial naming no claim answers the latest charge against the denier, if any.)
        let bare_denial = disowned
            || found.is_none() && ev.plover == Reject && cue.split_whitespace().any(|w| matches!(w.to_ascii_lowercase().as_str(), "denied" | "denies" | "deny" | "denying"));
        let Some(refers) = found.or(bare_denial.then_some(VERBAL)) else { return };
        // (The noun named, to prefer the act told with its verb.)
        let noun = object_noun_word(after)
            .or_else(|| object_in_cue.and_then(object_noun_word))
            .or_else(|| protested.and_then(object_noun_word))
            .map(|(_, n)| n);
        let mut recent = self.recent(noun.as_deref());
        // ("welcomed the treaty": the accord's signing or making, not someone's welcome of it.)
        if noun.as_deref().is_some_and(|n| ["deal", "agreement", "pact", "treaty", "accord", "accords"].contains(&n)) {
            let made = |x: &&Seen| ["sign", "inke", "seal", "conc", "agre"].iter().any(|m| x.stems.iter().any(|s| s == m));
            if recent.iter().any(made) {
                recent.retain(made);
            }
        }
        let fits = |x: &&Seen| {
            refers.contains(&x.plover) && !x.source.is_empty() && x.source.iter().all(|s| s.code.len() >= 2 && s.code != "UNK")
        };
        let by_self = |x: &Seen| x.source.iter().any(|s| own(&s.code));
        let earlier = if ev.plover == Protest {
            // People protest the latest act of the kind, their own government's as well as
            // others' ("traders protested against the closure").
            recent.iter().copied().find(fits).map(|x| x.source.clone())
        } else {
            // No one condemns, rejects, threatens over or welcomes their own act. Of the others' acts or
            // claims of the kind, the latest aimed at the reactor: "Kigali rejected the
            // allegation" made against Rwanda, not a third party's; "Taipei condemned the drills"
            // held around Taiwan, not Japan's scramble since. Else the latest.
            // (What one condemns that was aimed at oneself is a hostile act, not an arms sale to
            // oneself since; what one welcomes, a friendly one.)
            let friendly = |p: Plover| matches!(p, Agree | Consult | Support | Concede | Cooperate | Aid | Retreat);
            let fitting_mood = |x: &Seen| friendly(x.plover) == (ev.plover == Support);
            // ("The Pentagon said Iran had armed the Houthis. Tehran rejected the accusation": an
            // act of the reactor's that someone else reported is that reporter's charge.)
            let charge = refers == VERBAL && matches!(ev.plover, Reject | Accuse);
            let charged = |x: &Seen| if charge && by_self(x) { x.said_by.as_ref().filter(|a| !own(&a.code)).map(|a| vec![a.clone()]) } else { None };
            let aimed = recent.iter().find_map(|x| {
                let at_me = fits(x) && !by_self(x) && fitting_mood(x) && !x.guessed && x.target.iter().any(|t| own(t));
                if at_me { Some(x.source.clone()) } else { charged(x) }
            });
            let others: Vec<&Seen> = recent.iter().copied().filter(fits).filter(|x| !by_self(x)).collect();
            if bare_denial {
                aimed
            } else {
                aimed.or_else(|| others.iter().find(|x| fitting_mood(x)).or(others.first()).map(|x| x.source.clone()))
            }
        };
        if let Some(doer) = earlier.filter(|d| !d.iter().any(|s| ev.target.iter().any(|t| t.code == s.code))) {
            ev.target = doer;
        }
    }

    /// Gives a casualty event (an ASSAULT whose one target is the state whose people were killed
    /// or wounded, with no doer named: "Three Pakistani soldiers were killed") its doer from the
    /// assaults told in its sentence or the six before, latest first: one on the victims' state
    /// names its doer ("Afghan forces attacked Pakistani border posts. Three Pakistani soldiers
    /// were killed"), as does one by others on no one named, or a clash the victims' state fought
    /// in with one other ("traded fire"); one by the victims' state names the
    /// one it struck, who struck back ("… and more than 30 Afghan fighters died in the
    /// retaliation"). Returns whether a doer was given;
    /// the caller lowers the claim's confidence, since the text does not name it.
    pub(crate) fn doer_of_casualties(&self, ev: &mut EventClaim, sentence: usize) -> bool {
        // (A weapon for subject, "A ballistic missile hit…", names no doer either.)
        let unnamed = ev.source.is_empty() || matches!(&ev.source[..], [one] if one.code == "UNK" && one.name.as_deref().is_some_and(crate::events::standoff_subject));
        if ev.plover != Assault || !unnamed || ev.target.len() != 1 || ev.negated {
            return false;
        }
        let victim = ev.target[0].code.clone();
        // (A story's fighting is its subject: further back than a reaction looks.)
        let near = |x: &&Seen| x.plover == Assault && x.sentence <= sentence && x.sentence + 2 * CONTEXT_SENTENCES >= sentence;
        let doers_named = |x: &&Seen| !x.source.is_empty() && x.source.iter().all(|s| named_code(&s.code));
        for x in self.seen.iter().rev().take(LOOKBACK).filter(near).filter(doers_named) {
            let by_victim = x.source.iter().any(|s| s.code == victim);
            if !by_victim && (x.target.contains(&victim) || x.target.is_empty()) {
                // (On the victims' state; or, "Afghan fighters opened fire on border posts. Three
                // Pakistani soldiers were killed", by others on no one named.)
                ev.source = x.source.clone();
                return true;
            }
            if by_victim {
                if let [struck] = &x.target.iter().filter(|t| named_code(t) && **t != victim).collect::<Vec<_>>()[..] {
                    ev.source = vec![ActorRef::state((*struck).clone())];
                    return true;
                }
                // ("Afghan and Pakistani forces traded fire. Three Pakistani soldiers were
                // killed": in a clash, the other side.)
                if let [other] = &x.source.iter().filter(|s| s.code != victim).collect::<Vec<_>>()[..] {
                    ev.source = vec![(*other).clone()];
                    return true;
                }
            }
        }
        false
    }

    /// Gives a toll told with no one named ([`crate::events`]' generic toll: "At least 12 people
    /// were killed", after "Russian missiles hit Kyiv overnight") the doer of the latest attack
    /// with a named doer in its sentence or the three before, and that attack's target when the
    /// toll names no place (one it names must be the attack's target, or the attack's target
    /// unnamed). Returns whether a doer was given; the caller lowers the claim's confidence.
    ///
    /// So too an arrest or a seizure in the passive with no agent ("Her captain was detained",
    /// after "The coast guard seized a Chinese trawler"): the latest arrest or seizure's.
    pub(crate) fn doer_of_the_like_act(&self, ev: &mut EventClaim, sentence: usize) -> bool {
        let seizure = ev.plover == Coerce && ev.source.is_empty() && ev.target.is_empty();
        if !seizure && (ev.plover != Assault || !ev.source.is_empty() || ev.target.len() > 1 || ev.negated || ev.magnitude.is_none()) {
            return false;
        }
        let plover = ev.plover;
        let near = |x: &&Seen| x.plover == plover && x.sentence <= sentence && x.sentence + CONTEXT_SENTENCES >= sentence;
        let fits = |x: &&Seen| {
            !x.source.is_empty()
                && x.source.iter().all(|s| named_code(&s.code))
                && ev.target.first().map_or(true, |t| x.target.is_empty() || x.target.contains(&t.code))
        };
        let Some(x) = self.seen.iter().rev().take(LOOKBACK).filter(near).find(fits) else { return false };
        ev.source = x.source.clone();
        if ev.target.is_empty() {
            ev.target = x.target.iter().filter(|t| named_code(t)).map(|t| ActorRef::state(t.clone())).collect();
        }
        true
    }

    /// Gives a reaction that names no one it is aimed at (an accusation, a denial, a threat or a
    /// demand with no target) the doer of the latest act someone else did in the three sentences
    /// before `sentence`, preferring one aimed at the reactor (for a denial or a sanction, only
    /// one aimed at the denier or sanctioner): "Israeli jets struck
    /// villages near Tyre. Beirut said it would file a complaint with the Security Council"
    /// (ACCUSE LBN -> ISR); "Kinshasa accused Kigali of arming the M23. Rwanda again denied
    /// it" (REJECT RWA -> COD). Acts in the reaction's own sentence are not used (they have their
    /// own rules), nor refusals or things not done. Returns whether a target was given; the caller
    /// lowers the claim's confidence, since the text does not name it.
    pub(crate) fn aim_from_context(&self, ev: &mut EventClaim, sentence: usize) -> bool {
        let named = |a: &ActorRef| named_code(&a.code);
        if !matches!(ev.plover, Accuse | Reject | Threaten | Request | Sanction) || ev.source.is_empty() || !ev.source.iter().all(named) || !ev.target.is_empty() {
            return false;
        }
        let own = |code: &str| ev.source.iter().any(|s| s.code == code);
        let near = |x: &&Seen| x.sentence < sentence && x.sentence + CONTEXT_SENTENCES >= sentence;
        let others = |x: &&Seen| !x.source.is_empty() && !x.source.iter().any(|s| own(&s.code)) && x.source.iter().all(named);
        let prior: Vec<&Seen> = self.seen.iter().rev().take(LOOKBACK).filter(near).filter(others).collect();
        // (A denial answers only a charge or act aimed at the denier: "Israel struck Gaza. Egypt
        // denied any role in the talks" denies nothing of Israel's.)
        let at_me = prior.iter().find(|x| !x.guessed && x.target.iter().any(|t| own(t)));
        // (A sanction with no one named answers only an act aimed at the sanctioner: "Niger
        // expelled the French ambassador. Paris has suspended development aid".)
        let Some(act) = at_me.or(prior.first().filter(|_| !matches!(ev.plover, Reject | Sanction))) else { return false };
        // (Blame or a demand after another's blame or demand joins it: "Senegal condemned the
        // coup. Nigeria urged the soldiers to return to barracks" urges the coup's makers, not
        // Dakar.)
        // (Not when the earlier one's maker is a party, something was aimed at: "Guyana summoned
        // Venezuela's ambassador. … Caracas accused Georgetown of acting as a proxy. … The State
        // Department condemned the naval incursion" condemns Caracas.)
        let party = self.seen.iter().rev().take(LOOKBACK).any(|x| x.target.iter().any(|t| act.source.iter().any(|s| s.code == *t)));
        let joins = at_me.is_none() && !party && matches!(ev.plover, Accuse | Request) && matches!(act.plover, Accuse | Request);
        if joins {
            let theirs: Vec<ActorRef> = act.target.iter().filter(|t| named_code(t) && !own(t)).map(|t| ActorRef::state(t.clone())).collect();
            if theirs.is_empty() {
                return false;
            }
            ev.target = theirs;
            return true;
        }
        ev.target = act.source.clone();
        true
    }

    /// Gives a release that names no one ("Belgrade released the officers two weeks later") the
    /// ones the releaser's latest seizure or arrest was done to ("Serbian police detained three
    /// Kosovo police officers"). Returns whether it gave any.
    pub(crate) fn release_of_the_held(&self, ev: &mut EventClaim, cue: &str) -> bool {
        if ev.plover != Retreat || !ev.target.is_empty() || ev.source.is_empty() {
            return false;
        }
        let c = cue.to_ascii_lowercase();
        if !["releas", "freed", "free "].iter().any(|w| c.contains(w)) {
            return false;
        }
        let own = |code: &str| ev.source.iter().any(|s| s.code == code);
        let Some(held) = self.seen.iter().rev().take(LOOKBACK).find(|x| x.plover == Coerce && x.source.iter().any(|s| own(&s.code)) && !x.target.is_empty()) else {
            return false;
        };
        ev.target = held.target.iter().filter(|t| named_code(t) && !own(t)).map(|t| ActorRef::state(t.clone())).collect();
        !ev.target.is_empty()
    }

    /// Aims a demand for a release ("It demanded the immediate release of the ship and its 24
    /// crew members, most of them Indian nationals") at the doer of the latest seizure or arrest
    /// done to the demander, not at whoever the released are: `after` is the sentence's text
    /// from the event's evidence on (its doer first). Returns whether it did.
    pub(crate) fn release_demanded(&self, ev: &mut EventClaim, after: &str) -> bool {
        if ev.plover != Request || ev.source.is_empty() || ev.negated {
            return false;
        }
        // (Only a release named right after the verb of demanding: "demanded the immediate
        // release of", "called for the return of"; not "urged Turkey to help secure the release
        // of", "urged the EU to freeze".)
        let words: Vec<String> = after.split_whitespace().take(14).map(|w| w.to_ascii_lowercase()).collect();
        let demanded = words.iter().enumerate().any(|(k, w)| {
            let verb = matches!(w.as_str(), "demanded" | "demands" | "demanding" | "sought" | "seeks" | "seeking")
                || (matches!(w.as_str(), "called" | "calls" | "calling" | "pressed" | "presses" | "pressing") && words.get(k + 1).is_some_and(|x| x == "for"));
            if !verb {
                return false;
            }
            let from = if words.get(k + 1).is_some_and(|x| x == "for") { k + 2 } else { k + 1 };
            let mut j = from;
            if words.get(j).is_some_and(|x| x == "the") {
                j += 1;
            }
            while words.get(j).is_some_and(|x| matches!(x.as_str(), "immediate" | "unconditional" | "swift" | "prompt" | "safe")) {
                j += 1;
            }
            j > from && words.get(j).is_some_and(|x| x == "release" || x == "return") && words.get(j + 1).is_some_and(|x| x == "of")
        });
        if !demanded {
            return false;
        }
        let own = |code: &str| ev.source.iter().any(|s| s.code == code);
        let Some(held) = self.seen.iter().rev().take(LOOKBACK).find(|x| x.plover == Coerce && x.target.iter().any(|t| own(t)) && x.source.iter().any(|s| named_code(&s.code) && !own(&s.code))) else {
            return false;
        };
        let doers: Vec<ActorRef> = held.source.iter().filter(|s| named_code(&s.code) && !own(&s.code)).cloned().collect();
        if doers.iter().all(|d| ev.target.iter().any(|t| t.code == d.code)) {
            return false;
        }
        ev.target = doers;
        true
    }

    /// Gives a stance that names no one the parties of the earlier act its object names
    /// ([`Acts::parties_of`]): `rest` is the sentence from the stance's evidence on, `reach` the
    /// evidence's length (the object's preposition may stand up to 40 bytes past it). Returns
    /// whether it gave any.
    pub(crate) fn about_of_stance(&self, st: &mut realign_core::StanceClaim, rest: &str, reach: usize) -> bool {
        if !st.about.is_empty() {
            return false;
        }
        let at = [" on ", " about ", " over ", " regarding ", " by "].iter().filter_map(|p| rest.find(p).map(|i| i + p.len())).min();
        if let Some(at) = at.filter(|&a| a <= reach + 40) {
            st.about = self.parties_of(&rest[at..], &st.actor.code);
        }
        !st.about.is_empty()
    }

    /// The parties of the earlier act or claim that `after` names with a definite noun, for a
    /// stance that names no one: "Tajikistan did not comment on the arrests" is silent about
    /// whoever made them and whom they were made on, when the document told of them (`holder`,
    /// the one holding the stance, is left out).
    fn parties_of(&self, after: &str, holder: &str) -> Vec<ActorRef> {
        let Some((refers, noun)) = object_noun_word(after) else { return Vec::new() };
        let named = |a: &ActorRef| named_code(&a.code) && a.code != holder;
        let Some(act) = self.recent(Some(&noun)).into_iter().find(|x| refers.contains(&x.plover) && !x.source.is_empty() && !x.guessed) else {
            return Vec::new();
        };
        let mut out: Vec<ActorRef> = act.source.iter().filter(|a| named(a)).cloned().collect();
        for t in &act.target {
            if named_code(t) && t != holder && !out.iter().any(|a| a.code == *t) {
                out.push(ActorRef::state(t.clone()));
            }
        }
        out
    }

    /// Remembers troops sent (a deployment claim of sentence `sentence`) as an act of force by
    /// `source`: "The South Korean government condemned the deployment" is aimed at the sender.
    /// (Not as aimed at the host: troops hosted, "28,500 US service members remain in South
    /// Korea", are no act against it that a later "Seoul condemned the deployment" answers.)
    pub(crate) fn note_deployment(&mut self, source: &ActorRef, sentence: usize) {
        self.seen.push(Seen { plover: Mobilize, source: vec![source.clone()], target: Vec::new(), said_by: None, sentence, stems: stems_of("deployed troops soldiers"), guessed: false });
    }

    /// Remembers an event just coded (refusals and things not done are no acts to refer to), and
    /// who said it happened (`said_by`, the sentence's attributed source), in sentence `sentence`,
    /// told by the words `told` (its evidence span's text); `guessed` when its target was taken
    /// from context.
    pub(crate) fn note(&mut self, ev: &EventClaim, said_by: Option<&ActorRef>, sentence: usize, told: &str, guessed: bool) {
        if ev.negated || ev.hypothetical {
            return;
        }
        self.seen.push(Seen {
            plover: ev.plover,
            source: ev.source.clone(),
            target: ev.target.iter().map(|t| t.code.clone()).collect(),
            said_by: said_by.filter(|a| a.code.len() >= 2 && a.code != "UNK").cloned(),
            sentence,
            stems: stems_of(told),
            guessed,
        });
    }

    /// The latest events, most recent first, those told with the stem of `noun` (when given)
    /// before the others: "condemned the strikes" prefers an act told as "struck" to a later
    /// "attacks" of the same type.
    fn recent(&self, noun: Option<&str>) -> Vec<&Seen> {
        let latest: Vec<&Seen> = self.seen.iter().rev().take(LOOKBACK).collect();
        let Some(n) = noun.map(stem).filter(|n| n.len() == 4) else { return latest };
        let (told, rest): (Vec<&Seen>, Vec<&Seen>) = latest.into_iter().partition(|x| x.stems.contains(&n));
        told.into_iter().chain(rest).collect()
    }
}

/// What a protest is against, from `after` (the text after its cue): "rallied in Sanaa after
/// Friday prayers to denounce the strikes" → " the strikes".
fn purpose_of_protest<'a>(ev: &EventClaim, after: &'a str) -> Option<&'a str> {
    if ev.plover != Protest {
        return None;
    }
    let lower = after.to_ascii_lowercase();
    let at = [" to denounce ", " to condemn ", " to protest against ", " to protest ", " against "]
        .iter()
        .filter_map(|p| lower.find(p).filter(|&i| i < 60).map(|i| i + p.len() - 1))
        .min()?;
    after.get(at..)
}

/// ", a charge Abu Dhabi denies", ", an accusation Moscow rejects": a claim (or ", a move India
/// called unfair": an act) named right before a reaction's subject, after a comma (`before` ends
/// where the reaction's cue text starts).
fn claim_before(before: &str) -> Option<Refers> {
    let (_, tail) = before.rsplit_once(", ")?;
    let mut words = tail.split_whitespace();
    let article = words.next()?.to_ascii_lowercase();
    let noun = words.next().unwrap_or("").to_ascii_lowercase();
    let short = tail.split_whitespace().count() <= 6;
    if !short || !matches!(article.as_str(), "a" | "an" | "the" | "allegations" | "claims" | "charges") {
        return None;
    }
    // (", a move India called unfair", ", a decision Bogota condemned": an act named the same way.)
    if let Some((_, refers)) = ACT_NOUNS.iter().find(|(n, _)| *n == noun && matches!(noun.as_str(), "move" | "decision" | "step" | "measure")) {
        return Some(refers);
    }
    (CLAIM_NOUNS.contains(&noun.as_str()) || CLAIM_NOUNS.contains(&article.as_str())).then_some(VERBAL)
}

/// "The seizure was condemned by the United States", "The raid drew condemnation from the OAS":
/// the reaction in the passive, or drawn by its object, that object a definite noun for an act or
/// claim opening the sentence (`before` and `cue` run from the sentence's start through the
/// reaction's cue).
fn passive_subject(before: &str, cue: &str) -> Option<Refers> {
    let lead = format!("{before}{cue}");
    let mut lower = lead.to_ascii_lowercase();
    // ("The decision, which was read out on state television, was condemned by…": the
    // relative clause between the noun and its verb is skipped.)
    if let Some(open) = [", which ", ", who ", ", announced ", ", made "].iter().filter_map(|p| lower.find(p)).min() {
        if let Some(close) = lower[open + 2..].find(", ").map(|c| open + 2 + c) {
            lower = format!("{} {}", &lower[..open], &lower[close + 2..]);
        }
    }
    let words: Vec<&str> = lower.split_whitespace().take(8).collect();
    // ("The raid drew condemnation from…": what drew a reaction is its object.)
    if words.iter().take(5).skip(1).any(|w| matches!(*w, "drew" | "draws" | "drawn" | "sparked" | "prompted" | "triggered" | "provoked" | "attracted")) {
        return object_noun(&lower);
    }
    let be = words.iter().position(|w| matches!(*w, "was" | "were" | "been"))?;
    // ("were also condemned", "was swiftly rejected")
    let adverb = |w: &&&str| matches!(**w, "also" | "later" | "since" | "widely" | "quickly" | "immediately" | "promptly" | "likewise") || w.ends_with("ly");
    let be = be + words[be + 1..].iter().take_while(adverb).count();
    let participle = words.get(be + 1).is_some_and(|w| w.ends_with("ed") || matches!(*w, "met" | "shot" | "hit"));
    // (No comma before the verb: "The strikes, which killed…, were condemned" keeps its noun
    // first, but a clause opening elsewhere does not.)
    (participle && !words[..be].iter().any(|w| w.ends_with(','))).then(|| object_noun(&lower)).flatten()
}

/// Whether `after` (text following a reaction's cue) opens with a definite noun for an earlier act
/// or claim: "the strikes", "to respond to the raids", "against the closure", "the latest
/// allegations".
fn object_noun(after: &str) -> Option<Refers> {
    object_noun_word(after).map(|(r, _)| r)
}

/// [`object_noun`], with the noun itself.
fn object_noun_word(after: &str) -> Option<(Refers, String)> {
    let lower = after.to_ascii_lowercase();
    let mut rest = lower.trim_start();
    for lead in ["to respond to ", "to retaliate for ", "to retaliate against ", "to avenge ", "against "] {
        if let Some(r) = rest.strip_prefix(lead) {
            rest = r;
            break;
        }
    }
    let rest = ["the ", "these ", "those ", "this ", "that ", "such "].iter().find_map(|d| rest.strip_prefix(d))?;
    let mut words = rest.split(|c: char| !c.is_ascii_alphanumeric() && c != '-').filter(|w| !w.is_empty()).peekable();
    let mut noun = words.next()?;
    // ("the latest strikes", "the new border closure")
    for _ in 0..2 {
        if MODIFIERS.contains(&noun) {
            noun = words.next()?;
        }
    }
    // ("the strikes on Gaza" is the same act; "the strike force" is not an act.)
    let act = |w: &str| ACT_NOUNS.iter().find(|(n, _)| *n == w).map(|(_, t)| *t);
    if let Some(t) = words.peek().and_then(|n| act(&format!("{noun} {n}"))) {
        return Some((t, noun.to_string()));
    }
    if words.peek().is_some_and(|n| matches!(*n, "force" | "forces" | "group" | "groups" | "team" | "teams" | "zone")) {
        return None;
    }
    act(noun).or_else(|| CLAIM_NOUNS.contains(&noun).then_some(VERBAL)).map(|r| (r, noun.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definite_nouns_for_acts_and_claims_are_recognised() {
        assert_eq!(object_noun(" the strikes as a violation"), Some(&[Assault][..]));
        assert_eq!(object_noun(" to respond to the raids."), Some(&[Assault, Coerce][..]));
        assert_eq!(object_noun(" to respond to the air strikes."), Some(&[Assault][..]));
        assert_eq!(object_noun(" against the closure of the crossing"), Some(&[Assault, Coerce, Sanction][..]));
        assert_eq!(object_noun(" the latest allegations as lies"), Some(VERBAL));
        assert_eq!(object_noun(" the criticism on Monday."), Some(VERBAL));
        // Not a definite noun for an act or claim.
        assert_eq!(object_noun(" a strike on the port"), None);
        assert_eq!(object_noun(" the strike force commander"), None);
        assert_eq!(object_noun(" the government's plans"), None);
        assert_eq!(object_noun(" Israel for the strikes"), None);
        assert_eq!(claim_before("Sudan accused the UAE of arming the RSF, a charge "), Some(VERBAL));
        assert_eq!(claim_before("Sudan accused the UAE of arming the RSF, allegations "), Some(VERBAL));
        assert_eq!(claim_before("Sudan accused the UAE of arming the RSF, and "), None);
        assert_eq!(passive_subject("", "The seizure was condemned"), Some(&[Coerce][..]));
        assert_eq!(passive_subject("The latest ", "strikes were condemned by"), Some(&[Assault][..]));
        assert_eq!(passive_subject("", "The minister condemned"), None);
        assert_eq!(passive_subject("The attacks were also ", "condemned by"), Some(&[Assault][..]));
        assert!(passive_subject("The decision, which was read out on state television late on Tuesday, was ", "condemned by").is_some_and(|r| r.contains(&Sanction)));
        assert_eq!(passive_subject("The minister, who was quoted by state media, ", "condemned"), None);
        assert_eq!(passive_subject("The raid drew ", "condemnation"), Some(&[Assault, Coerce][..]));
        assert_eq!(passive_subject("The minister drew ", "criticism"), None);
    }
}
