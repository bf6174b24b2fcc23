//! Troop deployments: "over 11,000 North Korean troops are stationed in Kursk, Russia",
//! "North Korea sent 10,000 soldiers to fight alongside Russia … in the Kursk region".
//!
//! A counted claim ([`extract`]) needs a stated count of troops, a sending state (a demonym on the
//! troops, or the subject of "sent/deployed/dispatched"), and a distinct host state reached through
//! "to", "in", "into", "alongside". Casualty counts ("killed 40 soldiers") are not deployments.
//! Without a count ([`presence`]), a base kept abroad or forces hosted or stationed are claims
//! with no quantity.

use realign_core::{ActorRef, ClaimBody, DeploymentClaim, Quantity};

use super::{Act, Ctx, DocState, Extracted};
use crate::numbers::NumKind;

/// Words counting a deployment's people.
pub(super) const UNITS: &[&str] = &[
    "troops",
    "soldiers",
    "servicemen",
    "personnel",
    "forces",
    "fighters",
    "marines",
    "paratroopers",
    "commandos",
    "service",
    "sailors",
    "airmen",
    "infantrymen",
    "peacekeepers",
    "advisers",
    "advisors",
    "instructors",
    "mercenaries",
    "contractors",
    "guards",
    "police",
    "policemen",
    "gendarmes",
    "officers",
];

/// The unit a deployment's count is given in: soldiers of any kind are "troops"; advisers,
/// peacekeepers and the like keep their own word.
/// The unit a count of forces is stored under: soldiers, marines and personnel are all "troops".
pub(crate) fn unit_of(w: &str) -> String {
    match w {
        "troops" | "soldiers" | "servicemen" | "service" | "personnel" | "forces" | "fighters" | "marines"
        | "paratroopers" | "commandos" | "sailors" | "airmen" | "infantrymen" => "troops".to_string(),
        other => other.to_string(),
    }
}

/// Words that may stand between a preposition and the host state ("in northern Iraq").
const PLACE_ADJ: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "occupied",
    "neighbouring",
    "neighboring",
    "western-backed",
    "allied",
    "friendly",
];

/// Kinds of place named before "of" and the place: "the city of Gyumri", "the port of Tartus".
pub(super) const PLACE_NOUNS: &[&str] = &["city", "town", "port", "ports", "harbour", "harbor", "region", "province", "village", "district", "island", "enclave", "oblast"];

const SEND_VERBS: &[&str] = &[
    "sent",
    "send",
    "sends",
    "sending",
    "deployed",
    "deploy",
    "deploys",
    "deploying",
    "dispatched",
    "dispatch",
    "dispatches",
    "stationed",
    "stations",
    "stationing",
    "station",
    "moved",
    "transferred",
    "committed",
    "despatched",
    "has",
    "have",
    "had",
    "keep",
    "keeps",
    "keeping",
    "kept",
    "maintains",
    "maintained",
    "bases",
    "based",
    // ("airlifted 200 paratroopers to Bangui", "flew in 1,000 soldiers", "rushed 500 troops to
    // the border")
    "airlifted",
    "flew",
    "flown",
    "redeployed",
    "rushed",
    "posted",
    "seconded",
    "rotated",
    // ("the Africa Corps, which now numbers about 2,500 personnel in Mali": a force's size
    // where it serves.)
    "numbers",
    "numbered",
];

const CASUALTY: &[&str] = &[
    "killed",
    "kill",
    "wounded",
    "injured",
    "captured",
    "lost",
    "dead",
    "died",
    "casualties",
    "losses",
    "executed",
    "missing",
    "surrendered",
    "trained",
    "training",
];

const TO_PREPS: &[&str] = &["to", "in", "into", "alongside", "inside", "within", "across", "at", "through", "around", "near", "off"];

/// Deployment claims of the sentence.
/// Whether the modal before token `first` (the count) announces the deployment rather than
/// supposing it: "will" right before a sending verb (adverbs such as "also" aside), no other
/// modal or negation in the clause, and no opening "If".
fn announced(ctx: &Ctx, first: usize) -> bool {
    let (ca, _) = ctx.clause(first);
    if matches!(ctx.w(0), "if" | "unless" | "should") || ctx.any_word(ca, first, super::NEGATIONS) {
        return false;
    }
    let modals: Vec<usize> = (ca..first).filter(|&k| super::MODALS.contains(&ctx.w(k))).collect();
    let [will] = modals.as_slice() else { return false };
    let mut v = will + 1;
    while matches!(ctx.w(v), "also" | "soon" | "now" | "then" | "initially" | "first") {
        v += 1;
    }
    ctx.w(*will) == "will" && matches!(ctx.w(v), "deploy" | "send" | "station" | "dispatch" | "base" | "post" | "rotate" | "keep" | "move")
}

pub(super) fn extract(ctx: &Ctx, state: &DocState, out: &mut Vec<Extracted>) {
    for n in ctx.nums() {
        if n.kind != NumKind::Count || n.value < 1.0 || n.value.fract() != 0.0 {
            continue;
        }
        // Unit within four tokens: adjectives and demonyms may sit between ("North Korean").
        let Some(u) = (n.next_tok..(n.next_tok + 5).min(ctx.toks.len())).find(|&k| UNITS.contains(&ctx.w(k)) || craft(ctx, k)) else {
            continue;
        };
        // ("two aircraft carriers": the carriers.)
        let u = if ctx.w(u) == "aircraft" && matches!(ctx.w(u + 1), "carrier" | "carriers") { u + 1 } else { u };
        if craft(ctx, u) && !craft_moved(ctx, n.first_tok, u) {
            continue;
        }
        if ctx.w(u) == "service" && !matches!(ctx.w(u + 1), "members" | "personnel") {
            continue;
        }
        // ("12 Rafale fighters", "24 Su-30MK2 fighters": aircraft named by their model are no
        // fighting men.)
        if ctx.w(u) == "fighters" && (n.next_tok..u).any(|k| !ctx.acts.iter().any(|a| ctx.tok_at(a.start) <= k && k < ctx.tok_at(a.end).max(ctx.tok_at(a.start) + 1)) && (ctx.raw(k).starts_with(char::is_uppercase) || ctx.raw(k).contains(|c: char| c.is_ascii_digit()))) {
            continue;
        }
        if (n.next_tok..u).any(|k| ctx.is_boundary(k) || ctx.w(k) == "of" && ctx.w(k + 1) != "its") {
            continue;
        }
        let unit_end = if ctx.w(u) == "service" { u + 2 } else { u + 1 };
        // Casualties and training are not deployments.
        let first = ctx.tok_at(n.start);
        if ctx.any_word(first.saturating_sub(2), first, CASUALTY) || ctx.any_word(unit_end, unit_end + 3, CASUALTY) {
            continue;
        }
        // ("Spain will deploy 80 Guardia Civil officers to Mauritania": a plan announced is a
        // planned deployment; "could deploy", "if … will send" are none.)
        let irrealis = ctx.irrealis_before(first);
        let planned = irrealis && announced(ctx, first);
        if irrealis && !planned {
            continue;
        }
        let (ca, _) = ctx.clause(first);
        // "ordered France to withdraw its 1,500 troops from the country": a withdrawal is an
        // event (RETREAT), not a statement of where troops are.
        if (ca..first).any(|k| WITHDRAW_VERBS.contains(&ctx.w(k))) {
            continue;
        }
        // "11,000 to 12,000 troops": the second figure carries the claim, as an upper bound.
        if ctx.nums().iter().any(|m| m.start > n.start && ctx.tok_at(m.start) < u) {
            continue;
        }
        let ranged = first >= 2
            && matches!(ctx.w(first - 1), "to" | "and" | "-" | "or")
            && ctx.nums().iter().any(|m| m.next_tok == first - 1 && m.kind == NumKind::Count);
        let qualifier = if ranged { realign_core::Qualifier::UpTo } else { n.qualifier };
        let num_start = n.start;
        let unit_byte_end = ctx.end_of(unit_end - 1);
        let cstart = ctx.start_of(ca);
        // "Armenia, which hosts 3,000 Russian troops": the subject of a host verb is the host.
        // ("The base in Gyumri, home to some 3,000 Russian troops": the place before "home to".)
        let host: Option<&Act> = (ca..first).rev().find(|&k| HOST_VERBS.contains(&ctx.w(k)) || (ctx.w(k) == "home" && ctx.w(k + 1) == "to")).and_then(|verb| {
            let vstart = ctx.start_of(verb);
            ctx.acts
                .iter()
                .rev()
                .find(|a| a.end <= vstart && a.start >= cstart && ctx.subjectish(a))
                .or_else(|| ctx.antecedent(ca))
                .or_else(|| {
                    (ctx.w(verb) == "home" && verb >= 1 && ctx.w(verb - 1) == ",")
                        .then(|| ctx.acts.iter().rev().find(|a| ctx.tok_at(a.end) == verb - 1))
                        .flatten()
                })
        });
        // Source: a demonym between number and unit, else the subject of a send verb before it.
        // (Not the unit itself read as a state's body: "some 200 police and soldiers" names no
        // sender.)
        let source: Option<&Act> =
            ctx.acts.iter().find(|a| a.start >= ctx.end_of(n.next_tok.saturating_sub(1)) && a.end <= unit_byte_end && a.start < ctx.start_of(u));
        let source = source.or_else(|| {
            if host.is_some() {
                return None;
            }
            let verb = (ca..first).rev().find(|&k| SEND_VERBS.contains(&ctx.w(k)))?;
            let vstart = ctx.start_of(verb);
            ctx.acts
                .iter()
                .rev()
                .find(|a| a.end <= vstart && a.start >= cstart && ctx.subjectish(a))
                .or_else(|| ctx.antecedent(ca))
                // ("The Wagner Group, rebranded as the Africa Corps, has kept 2,000 fighters in
                // Mali": the subject before an aside.)
                .or_else(|| ctx.fronted(ca))
                // ("Pyongyang has shipped shells to Moscow, and sent about 11,000 troops": the
                // subject a clause of "and" shares.)
                .or_else(|| (ctx.w(ca) == "and" && ca + 1 == verb).then(|| super::economy::subject_before(ctx, verb)).flatten())
        });
        // ("A Swedish mechanised battalion of about 550 soldiers": the state named on the unit
        // the count makes up.)
        let source = source.or_else(|| {
            let of = first.checked_sub(1).filter(|&k| ctx.w(k) == "of")?;
            let group = (of.saturating_sub(3)..of).find(|&k| GROUP_NOUNS.contains(&ctx.w(k)))?;
            ctx.acts.iter().find(|a| {
                let t = ctx.tok_at(a.end);
                t <= group && group - t <= 2 && !ctx.possessive(a) && (t..group).all(|k| !ctx.is_boundary(k))
            })
        });
        let source = source.or_else(|| {
            // "5,000 troops from Belarus"
            (ctx.w(unit_end) == "from")
                .then(|| ctx.acts.iter().find(|a| a.start >= ctx.end_of(unit_end)))
                .flatten()
                .filter(|a| ctx.tok_at(a.start) <= unit_end + 2)
        });
        // ("About 350 marines were also sent to Trinidad and Tobago": sent by whoever sent the
        // troops told last, when the sentence names no sender.)
        let passive_sent = (first..(unit_end + 5).min(ctx.toks.len())).any(|k| matches!(ctx.w(k), "were" | "was" | "have" | "had") && matches!(ctx.w(k + 1), "sent" | "deployed" | "dispatched" | "rotated" | "flown") || (matches!(ctx.w(k), "were" | "was") && ctx.w(k + 1) == "also" && matches!(ctx.w(k + 2), "sent" | "deployed" | "dispatched" | "rotated" | "flown")));
        // (Else the one state the sentence before named: "The United States has deployed
        // 10,000 troops to the Caribbean.")
        // (The one state the sentence before named, leaving aside `except`.)
        let prev_only = |except: &str| {
            let prev: Vec<&ActorRef> = state.prev_actors.iter().filter(|a| a.code.len() == 3 && a.code != "UNK" && a.code != except).collect();
            (state.prev_index.is_some_and(|p| p + 1 == ctx.s.index) && prev.iter().all(|a| a.code == prev[0].code)).then(|| prev.first().copied()).flatten()
        };
        let earlier = state.last_deployment.as_ref().filter(|(_, ix)| ctx.s.index <= ix + 3).map(|(d, _)| &d.source).or_else(|| prev_only(""));
        let inferred: Option<Act> = if source.is_none() && passive_sent && !ctx.acts.iter().any(|a| a.end <= ctx.start_of(first) && ctx.subjectish(a)) {
            earlier.map(|r| Act { start: ctx.start_of(first), end: ctx.start_of(first), r, place: false })
        } else {
            None
        };
        // ("Germany is stationing a brigade in Lithuania, with some 4,800 troops expected to be
        // based near Rukla": the troops of a closing "with" are the sentence's subject's, kept
        // where its main clause put them.)
        let with_clause = ca >= 2 && ctx.w(ca) == "with" && ctx.w(ca - 1) == "," && first <= ca + 3;
        let opener = with_clause
            .then(|| ctx.acts.iter().find(|a| ctx.tok_at(a.start) <= 1 && ctx.subjectish(a) && !ctx.possessive(a) && !a.place && a.end <= ctx.start_of(ca)))
            .flatten();
        let source = source.or(opener);
        let Some(source) = source.or(inferred.as_ref()) else { continue };
        let main_host = || {
            with_clause
                .then(|| {
                    ctx.acts.iter().rev().find(|a| {
                        let t = ctx.tok_at(a.start);
                        a.end <= ctx.start_of(ca) && t >= 1 && matches!(ctx.w(t - 1), "in" | "at" | "to") && a.r.code != source.r.code && !ctx.possessive(a)
                    })
                })
                .flatten()
        };
        // Target: the first actor after the unit reached by a locative/directional preposition,
        // or "in PLACE, COUNTRY".
        let mut target: Option<&Act> = host;
        let mut location: Option<(String, usize)> = None;
        // ("sending around 1,000 more soldiers to its border with Belarus", "moved 600 soldiers
        // to its northern state of Roraima": troops moved within the sender's own territory.)
        let mut own: Option<(String, usize)> = None;
        let moved = (ca..first).any(|j| matches!(ctx.w(j), "sent" | "send" | "sends" | "sending" | "deployed" | "deploying" | "deploys" | "dispatched" | "moved" | "moving" | "redeployed" | "rushed" | "shifted"));
        let mut k = unit_end;
        let limit = ctx.toks.len();
        while k < limit {
            let w = ctx.w(k);
            // ("sent some 10,000 troops to the US side of the border", "moved 10,000 soldiers to
            // the central sector of the border": a border no other state is named on.)
            if own.is_none() && target.is_none() && moved && w == "to" && ctx.w(k + 1) == "the" {
                let mut e = k + 2;
                let mut border = false;
                while e < limit && e < k + 9 && !ctx.is_boundary(e) && !matches!(ctx.w(e), "." | "as" | "after" | "on" | "since" | "amid" | "and" | "with" | "in" | "near") {
                    border |= matches!(ctx.w(e), "border" | "frontier");
                    e += 1;
                }
                // ("to the border with Belarus" is the sender's own side of it, as "to its border
                // with Belarus" is; "to the Lebanese border" is not.)
                let foreign = ctx.acts.iter().any(|a| a.r.code != source.r.code && ctx.tok_at(a.start) > k && ctx.tok_at(a.start) < e);
                if border && !foreign {
                    own = ctx.text.get(ctx.start_of(k + 2)..ctx.end_of(e - 1)).map(|t| (t.to_string(), ctx.end_of(e - 1)));
                }
            }
            if own.is_none() && target.is_none() && moved && matches!(w, "to" | "along") && ctx.w(k + 1) == "its" {
                let mut e = k + 2;
                while e < limit && e < k + 8 && !ctx.is_boundary(e) && !matches!(ctx.w(e), "." | "as" | "after" | "on" | "since" | "amid" | "and") {
                    e += 1;
                }
                if e > k + 2 {
                    own = ctx.text.get(ctx.start_of(k + 2)..ctx.end_of(e - 1)).map(|t| (t.to_string(), ctx.end_of(e - 1)));
                }
            }
            if w == ";" || (w == "." && k + 1 == limit) {
                break;
            }
            // ", deepening a rift … closer to Russia", ", which …": a new clause says where
            // something else goes; once the host is known, ", its largest base in Africa" is an
            // aside.
            if w == "," && target.is_some() {
                break;
            }
            if w == "," && {
                let next = ctx.w(k + 1);
                (next.len() > 5 && next.ends_with("ing")) || matches!(next, "which" | "who" | "that" | "while" | "but" | "and" | "as" | "after" | "before" | "although" | "though")
            } {
                break;
            }
            if w == "against" || w == "from" {
                // skip the enemy or origin phrase
                k += 1;
                while k < limit && !TO_PREPS.contains(&ctx.w(k)) && ctx.w(k) != "," {
                    k += 1;
                }
                continue;
            }
            if TO_PREPS.contains(&w) {
                let mut j = k + 1;
                if ctx.w(j) == "the" {
                    j += 1;
                }
                while PLACE_ADJ.contains(&ctx.w(j)) && ctx.acts.iter().any(|a| a.start == ctx.start_of(j + 1)) {
                    j += 1;
                }
                // ("in the northern city of Gyumri", "at the port of Tartus": the place named
                // after its kind.)
                let mut p = j;
                while PLACE_ADJ.contains(&ctx.w(p)) {
                    p += 1;
                }
                if PLACE_NOUNS.contains(&ctx.w(p)) && ctx.w(p + 1) == "of" && ctx.acts.iter().any(|a| a.place && a.start == ctx.start_of(p + 2)) {
                    j = p + 2;
                }
                let pos = ctx.start_of(j);
                // (A mention may open with its article: "the country", "the South".)
                if let Some(a) = ctx.acts.iter().find(|a| (a.start == pos || (a.start == ctx.start_of(k + 1) && ctx.w(k + 1) == "the")) && !leads(ctx, a)) {
                    if target.is_none() && a.r.code != source.r.code {
                        target = Some(a);
                    }
                    // ("sent an additional 300 troops to Batken": a place of its own.)
                    if target.is_none() && own.is_none() && moved && a.place && a.r.code == source.r.code && w == "to" {
                        own = ctx.text.get(a.start..a.end).map(|t| (t.to_string(), a.end));
                    }
                    // "10,000 troops in Kursk": a place inside the host is also where they are.
                    if a.place && location.is_none() && matches!(w, "in" | "into" | "to" | "inside") {
                        if let Some(name) = ctx.text.get(a.start..a.end) {
                            location = Some((name.to_string(), a.end));
                        }
                    }
                } else if location.is_none() && (w == "in" || w == "into" || w == "to" || w == "inside" || (w == "at" && target.is_none())) {
                    // capitalised place name not known as an actor
                    let mut e = j;
                    let dated = ctx.dates().iter().any(|d| d.start == ctx.start_of(j))
                        || realign_core::month_from_name(ctx.raw(j)).is_some();
                    while !dated
                        && e < limit
                        && is_cap(ctx.raw(e))
                        && !ctx.acts.iter().any(|a| a.start == ctx.start_of(e))
                    {
                        e += 1;
                    }
                    // "in the North's history": a possessive names an owner, not a place.
                    let possessive = e > j && ctx.text.get(ctx.start_of(j)..ctx.end_of(e - 1)).is_some_and(|n| n.ends_with("'s"));
                    if e > j && !possessive {
                        let name = ctx.text.get(ctx.start_of(j)..ctx.end_of(e - 1)).unwrap_or("").to_string();
                        location = Some((name, ctx.end_of(e - 1)));
                        // "in Kursk, Russia"
                        if ctx.w(e) == "," {
                            if let Some(a) = ctx.acts.iter().find(|a| a.start == ctx.start_of(e + 1)) {
                                if target.is_none() && a.r.code != source.r.code {
                                    target = Some(a);
                                }
                            }
                        }
                    }
                }
            }
            if target.is_some() && location.is_some() {
                break;
            }
            k += 1;
        }
        // ("to the African Union's new mission in Somalia": troops for an organisation's mission
        // are in the state the mission is in.)
        if let Some(igo) = target.filter(|t| t.r.kind == realign_core::ActorKind::Igo) {
            let after = ctx.tok_at(igo.end);
            let mission = (after..(after + 5).min(limit)).find(|&j| matches!(ctx.w(j), "mission" | "force" | "operation" | "peacekeeping" | "contingent"));
            if let Some(m) = mission {
                if let Some(state) = ctx.acts.iter().find(|a| {
                    let t = ctx.tok_at(a.start);
                    t > m && t <= m + 3 && matches!(ctx.w(t - 1), "in" | "to") && a.r.kind == realign_core::ActorKind::State && a.r.code != source.r.code
                }) {
                    target = Some(state);
                }
            }
        }
        // ("As many as 2,000 Chinese personnel are stationed there", "…Cambodia has rebuilt its
        // naval base with a Chinese grant. Two Chinese corvettes docked there": the one state,
        // other than the sender, the sentence before named.)
        let there_act: Option<Act> = (target.is_none()
            && (unit_end..(unit_end + 4).min(limit)).any(|j| ctx.w(j) == "there")
            && (unit_end..(unit_end + 4).min(limit)).any(|j| SEND_VERBS.contains(&ctx.w(j)) || matches!(ctx.w(j), "based" | "deployed" | "stationed" | "docked" | "berthed" | "anchored" | "arrived")))
        .then(|| prev_only(&source.r.code))
        .flatten()
        .map(|r| Act { start: unit_byte_end, end: unit_byte_end, r, place: false });
        if let Some(t) = there_act.as_ref() {
            target = Some(t);
        }
        // ("Rwanda deployed 1,000 troops to Mozambique in 2021. … Botswana sent about 300
        // soldiers": troops sent to no place named go where the deployment told last, in the
        // three sentences before, went.)
        let sent_to_last: Option<Act> = (target.is_none() && location.is_none() && (ca..first).any(|k| matches!(ctx.w(k), "sent" | "sending" | "sends" | "deployed" | "deploying" | "dispatched" | "contributed" | "contributes" | "contributing" | "committed")))
            .then(|| state.last_deployment.as_ref().filter(|(d, ix)| ctx.s.index <= ix + 3 && d.target.code != source.r.code && d.target.code.len() == 3))
            .flatten()
            .map(|(d, _)| Act { start: unit_byte_end, end: unit_byte_end, r: &d.target, place: false });
        if let Some(t) = sent_to_last.as_ref() {
            target = Some(t);
        }
        // ("Japan keeps 180 personnel in Djibouti, and Italy has about 90 troops at a smaller
        // facility": forces kept at a site no place names are where the deployment told before
        // them in this sentence is.)
        let at_site = (unit_end..(unit_end + 2).min(limit)).any(|j| {
            matches!(ctx.w(j), "at" | "in") && (j + 1..(j + 5).min(limit)).take_while(|&x| !ctx.is_boundary(x) && ctx.w(x) != ",").any(|x| SITES.contains(&ctx.w(x)))
        });
        let held = (ca..first).any(|k| matches!(ctx.w(k), "has" | "have" | "had" | "keeps" | "kept" | "keep" | "maintains" | "maintained" | "stations" | "stationed"));
        let kept_at: Option<ActorRef> = (target.is_none() && location.is_none() && held && at_site)
            .then(|| {
                out.iter().rev().find_map(|x| match &x.body {
                    ClaimBody::Deployment(d) if d.target.code != source.r.code && d.target.code.len() == 3 => Some(d.target.clone()),
                    _ => None,
                })
            })
            .flatten();
        let kept_act: Option<Act> = kept_at.as_ref().map(|r| Act { start: unit_byte_end, end: unit_byte_end, r, place: false });
        if let Some(t) = kept_act.as_ref() {
            target = Some(t);
        }
        // ("Rwanda first sent about 1,000 soldiers to the province": a place the sentence does
        // not name, taken to be in the state the document is about.)
        let to_the_place = (unit_end..(unit_end + 4).min(limit)).any(|j| {
            matches!(ctx.w(j), "to" | "in" | "into") && ctx.w(j + 1) == "the" && (PLACE_NOUNS.contains(&ctx.w(j + 2)) || matches!(ctx.w(j + 2), "country" | "area" | "north" | "south" | "east" | "west"))
        });

        let topic: Option<ActorRef> = (target.is_none() && own.is_none() && to_the_place).then(|| state.earlier(None).topic(&source.r.code).cloned()).flatten();
        let topic_act: Option<Act> = topic.as_ref().map(|r| Act { start: unit_byte_end, end: unit_byte_end, r, place: false });
        if let Some(t) = topic_act.as_ref() {
            target = Some(t);
        }
        let own_ground = target.is_none() && own.is_some() && source.r.code.len() == 3 && source.r.code != "UNK";
        let own_state = ActorRef::state(&source.r.code);
        let own_act = own_ground.then_some(Act { start: source.start, end: source.end, r: &own_state, place: false });
        // ("…would pull a brigade out of Romania, leaving around 1,000 US troops at Mihail
        // Kogălniceanu": troops at a place the gazetteer does not know are in the one other
        // state the sentence names, unless it sends troops of its own: "Ankara sent 500
        // commandos…, and some 600 American soldiers remain at Camp Bondsteel" says nothing of
        // Turkey as a host.)
        // ("…to Okinawa, in Japan, where about 54,000 American troops are based": the place
        // "where" follows.)
        let target = target.or_else(main_host).or_else(|| {
            (ca >= 2 && ctx.w(ca) == "where" && ctx.w(ca - 1) == ",")
                .then(|| ctx.acts.iter().find(|a| ctx.tok_at(a.end) == ca - 1 && a.end <= ctx.start_of(ca - 1) && a.r.code != source.r.code))
                .flatten()
        });
        let guessed = (target.is_none() && own_act.is_none() && location.is_some()).then(|| ctx.only_state(|a| a.r.code != source.r.code && !(ctx.subjectish(a) && SEND_VERBS.contains(&ctx.w(ctx.tok_at(a.end)))))).flatten();
        let Some(target) = target.or(own_act.as_ref()).or(guessed) else { continue };
        if target.r.code == source.r.code && !own_ground {
            continue;
        }
        if own_ground {
            location = own.clone();
        }
        // ("The base in Gyumri, home to 3,000 Russian troops": a host that is a place is where.)
        if location.is_none() && target.place {
            location = ctx.text.get(target.start..target.end).map(|t| (t.to_string(), target.end));
        }
        let loc_end = location.as_ref().map_or(0, |l| l.1);
        let ev_start = source.start.min(num_start);
        let ev_end = target.end.max(unit_byte_end).max(loc_end);
        out.push(Extracted {
            body: ClaimBody::Deployment(DeploymentClaim {
                source: source.r.clone(),
                target: target.r.clone(),
                quantity: Some(Quantity { value: n.value, unit: unit_of(ctx.w(u)), qualifier }),
                location: location.map(|l| l.0),
                planned,
            }),
            evidence: ctx.span(ev_start, ev_end),
            date: ctx.date_near(unit_byte_end),
            confidence: 0.8,
            attribution: None,
        });
        // ("…remain in South Korea today, and about 54,000 in Japan": the same forces, counted
        // in another host.)
        let after = ctx.tok_at(ev_end);
        let gapped = ctx.nums().iter().find(|m| {
            let t = ctx.tok_at(m.start);
            m.kind == NumKind::Count && t > after && t <= after + 6 && (after..t).any(|k| ctx.w(k) == "and") && (after..t).all(|k| !matches!(ctx.w(k), "." | ";" | "which" | "who"))
        });
        // ("France keeps about 1,500 troops in the country and the United States more than 4,000
        // personnel at Camp Lemonnier": another state's forces, the verb left out, in the same
        // host unless the clause names another.)
        let other_sender = gapped.and_then(|m| {
            let t = ctx.tok_at(m.start);
            let and = (after..t).rev().find(|&k| ctx.w(k) == "and")?;
            let sender = ctx.acts.iter().find(|a| {
                let (s, e) = (ctx.tok_at(a.start), ctx.tok_at(a.end));
                s > and && e <= t && a.r.kind == realign_core::ActorKind::State && a.r.code != source.r.code && !a.place && !ctx.possessive(a)
            })?;
            // (Nothing but the state, its article and the count's own words: no verb of its own.)
            let quiet = (and + 1..t).all(|k| {
                let x = ctx.w(k);
                matches!(x, "the" | "more" | "than") || super::COUNT_QUALIFIERS.contains(&x) || (ctx.tok_at(sender.start)..ctx.tok_at(sender.end).max(ctx.tok_at(sender.start) + 1)).contains(&k)
            });
            // (The count's own unit, else the first's: "and China some 2,000 in Tajikistan".)
            let unit = (m.next_tok..(m.next_tok + 3).min(ctx.toks.len())).find(|&k| UNITS.contains(&ctx.w(k)) || craft(ctx, k));
            quiet.then_some((m, sender, unit))
        });
        if let Some((m, sender, unit)) = other_sender {
            let last = unit.unwrap_or(m.next_tok.saturating_sub(1));
            let named = ctx.acts.iter().find(|a| {
                let t = ctx.tok_at(a.start);
                t > last && t <= last + 3 && matches!(ctx.w(t - 1), "in" | "to" | "at" | "inside" | "the") && a.r.code != sender.r.code && !leads(ctx, a)
            });
            let host = named.map_or(target.r.clone(), |a| a.r.clone());
            if host.code != sender.r.code {
                out.push(Extracted {
                    body: ClaimBody::Deployment(DeploymentClaim {
                        source: sender.r.clone(),
                        target: host,
                        quantity: Some(Quantity { value: m.value, unit: unit_of(ctx.w(unit.unwrap_or(u))), qualifier: m.qualifier }),
                        location: None,
                        planned: false,
                    }),
                    evidence: ctx.span(sender.start, named.map_or(ctx.end_of(last), |a| a.end)),
                    date: ctx.date_near(m.end),
                    confidence: 0.65,
                    attribution: None,
                });
            }
        } else if let Some(m) = gapped {
            let at = m.next_tok;
            let host = (matches!(ctx.w(at), "in" | "to")).then(|| {
                let h = if ctx.w(at + 1) == "the" { at + 2 } else { at + 1 };
                ctx.acts.iter().find(|a| ctx.tok_at(a.start) == h && !a.place)
            }).flatten();
            if let Some(host) = host.filter(|h| h.r.code != source.r.code && h.r.code != target.r.code) {
                out.push(Extracted {
                    body: ClaimBody::Deployment(DeploymentClaim {
                        source: source.r.clone(),
                        target: host.r.clone(),
                        quantity: Some(Quantity { value: m.value, unit: unit_of(ctx.w(u)), qualifier: m.qualifier }),
                        location: None,
                        planned: false,
                    }),
                    evidence: ctx.span(m.start, host.end),
                    date: ctx.date_near(m.end),
                    confidence: 0.65,
                    attribution: None,
                });
            }
        }
    }
}

/// Warships and military aircraft a deployment may count: "sent three destroyers to the eastern
/// Mediterranean", "two Chinese corvettes docked at Ream", "deployed 12 Su-35 jets to Syria".
const CRAFT: &[&str] = &[
    "warships", "destroyers", "frigates", "corvettes", "submarines", "cruisers", "minesweepers", "jets", "warplanes", "bombers", "aircraft",
];

/// Whether token `k` names warships or military aircraft counted as a deployment's unit: a word
/// of [`CRAFT`], or ships, vessels and carriers of a navy ("navy ships", "patrol vessels", "aircraft
/// carriers").
fn craft(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    CRAFT.contains(&w)
        || (matches!(w, "ships" | "vessels" | "carriers" | "carrier") && k >= 1 && matches!(ctx.w(k - 1), "navy" | "naval" | "patrol" | "war" | "military" | "guard" | "aircraft"))
}

/// Whether ships or aircraft counted at tokens `first..=u` are moved or kept somewhere, not sold,
/// given, built or fought: a verb of deployment before them in their clause ("deployed", "flew",
/// and "sent" for ships, as a state sends aircraft it gives), or after them ("docked at",
/// "arrived in", "were deployed to", "will rotate through").
fn craft_moved(ctx: &Ctx, first: usize, u: usize) -> bool {
    let (ca, _) = ctx.clause(first);
    let ships = !matches!(ctx.w(u), "jets" | "warplanes" | "bombers" | "aircraft");
    let before = (ca..first).any(|k| {
        matches!(
            ctx.w(k),
            "deployed" | "deploy" | "deploys" | "deploying" | "dispatched" | "dispatch" | "dispatches" | "stationed" | "station" | "stations" | "stationing" | "based"
                | "redeployed" | "rotated" | "flew" | "flown" | "moved" | "positioned" | "forward-deployed"
        ) || (ships && matches!(ctx.w(k), "sent" | "send" | "sends" | "sending" | "ordered"))
    });
    let after = (u + 1..(u + 4).min(ctx.toks.len())).any(|k| {
        matches!(
            ctx.w(k),
            "docked" | "arrived" | "sailed" | "berthed" | "anchored" | "deployed" | "stationed" | "based" | "rotate" | "rotating" | "dispatched" | "operating" | "patrolling"
        ) || (ships && ctx.w(k) == "sent")
    });
    before || after
}

/// Sites forces are kept at, which a sentence may leave unnamed: "at a smaller facility".
const SITES: &[&str] = &["facility", "base", "camp", "compound", "installation", "garrison", "outpost", "airfield", "airbase", "pier", "station"];

/// Whether `a` names the state that leads or backs a unit, not where it is: "serve in the
/// Canadian-led NATO brigade in Latvia", "the US-backed mission in Haiti".
fn leads(ctx: &Ctx, a: &Act) -> bool {
    ctx.text.get(a.end..).is_some_and(|t| ["-led", "-backed", "-commanded", "-run", "-funded"].iter().any(|x| t.starts_with(x)))
}

/// Units made up of a counted number of people: "a battalion of 550 soldiers".
const GROUP_NOUNS: &[&str] = &["battalion", "brigade", "contingent", "regiment", "company", "detachment", "team", "unit", "force", "division", "battlegroup", "squadron"];

const WITHDRAW_VERBS: &[&str] = &[
    "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "pull", "pulls", "pulled", "pulling", "remove",
    "removes", "removed", "removing", "evacuate", "evacuated", "evacuating", "repatriate", "repatriated",
];

const HOST_VERBS: &[&str] = &["hosts", "hosted", "hosting", "host", "houses", "housed", "welcomed", "received"];

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
        && !matches!(w, "The" | "A" | "An" | "In" | "To" | "And" | "But" | "I")
}

/// Counts of forces whose unit and place the sentence leaves to what it said before: "Rwanda
/// first sent about 1,000 soldiers to Mozambique, and has kept roughly 2,500 there", "Ethiopia has
/// 3,000 troops in Somalia under the AU mission, and some 7,000 more deployed under bilateral
/// arrangements". The forces are those of the deployment the sentence told before the count; a
/// subject of the count's own clause sends them.
pub(super) fn elided(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let limit = ctx.toks.len();
    for n in ctx.nums() {
        if n.kind != NumKind::Count || n.value < 1.0 || n.value.fract() != 0.0 {
            continue;
        }
        let first = ctx.tok_at(n.start);
        let at = n.next_tok;
        if (at..(at + 3).min(limit)).any(|k| UNITS.contains(&ctx.w(k)) || craft(ctx, k)) || ctx.irrealis_before(first) {
            continue;
        }
        let (ca, _) = ctx.clause(first);
        let there = ctx.w(at) == "there" && (ca..first).any(|k| matches!(ctx.w(k), "kept" | "keeps" | "keep" | "has" | "have" | "had" | "maintains" | "maintained" | "sent" | "deployed" | "stationed"));
        let more = ctx.w(at) == "more" && matches!(ctx.w(at + 1), "deployed" | "stationed" | "based" | "sent" | "dispatched");
        if !there && !more {
            continue;
        }
        let here = out.iter().rev().find_map(|x| match &x.body {
            ClaimBody::Deployment(d) if x.evidence.start < ctx.span(n.start, n.end).start && d.quantity.as_ref().is_some_and(|q| q.value != n.value) => Some(d.clone()),
            _ => None,
        });
        let Some(last) = here else { continue };
        let cstart = ctx.start_of(ca);
        let subject = ctx.acts.iter().rev().find(|a| a.start >= cstart && a.end <= n.start && ctx.subjectish(a) && a.r.kind == realign_core::ActorKind::State);
        let source = subject.map_or(last.source.clone(), |a| a.r.clone());
        if source.code == last.target.code {
            continue;
        }
        let unit = last.quantity.as_ref().map_or_else(|| "troops".to_string(), |q| q.unit.clone());
        let end = ctx.end_of(if more { at + 1 } else { at });
        out.push(Extracted {
            body: ClaimBody::Deployment(DeploymentClaim {
                source,
                target: last.target.clone(),
                quantity: Some(Quantity { value: n.value, unit, qualifier: n.qualifier }),
                location: None,
                planned: false,
            }),
            evidence: ctx.span(subject.map_or(n.start, |a| a.start.min(n.start)), end),
            date: ctx.date_near(n.end),
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// Verbs that give a count for something already told ("put the figure at 12,000").
const ESTIMATE_VERBS: &[&str] = &["put", "puts", "putting", "estimated", "estimate", "estimates", "placed", "places"];

/// "Ukrainian officials put the figure at 12,000", "estimated the number at 11,000": a second count
/// for the deployment told in one of the two sentences before, as a deployment claim of its own
/// (the store keeps both and flags the conflict).
pub(super) fn restated(ctx: &Ctx, state: &DocState, out: &mut Vec<Extracted>) {
    let Some((last, ix)) = &state.last_deployment else { return };
    if ctx.s.index > ix + 2 || out.iter().any(|e| matches!(e.body, ClaimBody::Deployment(_))) {
        return;
    }
    for n in ctx.nums() {
        if n.kind != NumKind::Count || n.value < 1.0 || n.value.fract() != 0.0 {
            continue;
        }
        // "<verb> the figure|number|total [of troops] at N"
        let first = n.first_tok;
        if first < 3 || ctx.w(first - 1) != "at" && ctx.w(first.saturating_sub(2)) != "at" {
            continue;
        }
        let at = if ctx.w(first - 1) == "at" { first - 1 } else { first - 2 };
        let Some(noun) = (at.saturating_sub(5)..at).rev().find(|&k| matches!(ctx.w(k), "figure" | "number" | "total" | "count" | "tally")) else {
            continue;
        };
        if !matches!(ctx.w(noun.saturating_sub(1)), "the" | "their" | "its") || !ESTIMATE_VERBS.contains(&ctx.w(noun.saturating_sub(2))) {
            continue;
        }
        if ctx.irrealis_before(noun - 2) {
            continue;
        }
        let unit = last.quantity.as_ref().map_or_else(|| "troops".to_string(), |q| q.unit.clone());
        out.push(Extracted {
            body: ClaimBody::Deployment(DeploymentClaim {
                source: last.source.clone(),
                target: last.target.clone(),
                quantity: Some(Quantity { value: n.value, unit, qualifier: n.qualifier }),
                location: last.location.clone(),
                planned: false,
            }),
            evidence: ctx.span(ctx.start_of(noun - 2), n.end),
            date: ctx.date_near(n.end),
            confidence: 0.6,
            attribution: None,
        });
        return;
    }
}

/// Verbs for a base kept abroad: "keeps its largest African base at Camp Lemonnier in Djibouti".
const BASE_VERBS: &[&str] = &[
    "keeps", "kept", "maintains", "maintained", "has", "have", "had", "operates", "operated", "runs", "ran", "opened", "built", "established", "leases",
    "leased",
];

/// Forces named without a count.
const FORCE_NOUNS: &[&str] = &[
    "forces", "troops", "soldiers", "police", "officers", "advisers", "advisors", "instructors", "contingent", "personnel", "mercenaries", "marines", "base", "bases",
    "warships", "trainers", "reinforcements", "peacekeepers", "system", "weapons", "technicians", "warship", "frigate", "frigates", "corvettes", "destroyers",
    "submarine", "submarines",
];

/// Verbs of putting forces somewhere: "Beijing has stationed a team of police trainers in
/// Honiara", "Uganda sent reinforcements into Bunia".
const PUT_VERBS: &[&str] = &[
    "stationed", "deployed", "sent", "dispatched", "despatched", "moved", "positioned", "posted", "rushed", "flew", "has stationed", "redeployed",
];

/// Deployments told without a count: a base kept in another state ("Russia maintains a military
/// base in Tajikistan", "the American air base at Al Udeid in Qatar"), forces hosted ("Papua New
/// Guinea hosts US forces") or stationed ("Chinese police officers have been stationed in
/// Honiara"). A counted deployment of the same pair in the sentence is left to [`extract`].
pub(super) fn presence(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let mut found: Vec<(usize, usize, &Act, &Act, Option<&Act>)> = Vec::new();
    for i in 0..ctx.toks.len() {
        let w = ctx.w(i);
        if !FORCE_NOUNS.contains(&w) || ctx.irrealis_before(i) {
            continue;
        }
        // The sender named on the forces: "US forces", "the American air base", "Russia's base".
        let demonym = ctx.acts.iter().rev().find(|a| {
            let t = ctx.tok_at(a.end);
            // ("Chinese police liaison officers": up to three plain words between.)
            let modifiers = t < i
                && i - t <= 3
                && (t..i).all(|k| {
                    matches!(
                        ctx.w(k),
                        "air" | "naval" | "military" | "police" | "special" | "army" | "liaison" | "operations" | "border" | "security" | "peacekeeping" | "training"
                            | "marine" | "ground" | "combat" | "coast" | "guard" | "intelligence" | "support" | "medical" | "defence" | "defense" | "elite" | "infantry"
                            | "paramilitary" | "riot" | "rapid" | "reaction" | "navy" | "commando" | "airborne" | "armoured" | "armored" | "missile" | "engineering"
                    )
                });
            // ("Russia's 201st military base": an ordinal among them.)
            let ordinal = |k: usize| {
                let x = ctx.w(k);
                x.len() > 2 && x.starts_with(|c: char| c.is_ascii_digit()) && (x.ends_with("st") || x.ends_with("nd") || x.ends_with("rd") || x.ends_with("th"))
            };
            let modifiers = modifiers || (t < i && i - t <= 3 && (t..i).all(|k| ordinal(k) || matches!(ctx.w(k), "air" | "naval" | "military" | "army" | "'s")));
            // (Not a body named in lower case, which only modifies: "a team of police trainers".)
            a.end <= ctx.start_of(i) && (t == i || modifiers) && !ctx.bare_body(a)
        });
        let (ca, _) = ctx.clause(i);
        let host_after = |from: usize, preps: &[&str]| {
            ctx.acts.iter().find(|a| {
                let t = ctx.tok_at(a.start);
                let prep_at = (from + 1..t).rev().find(|&k| !PLACE_ADJ.contains(&ctx.w(k)) && ctx.w(k) != "the");
                t > from && t <= from + 6 && prep_at.is_some_and(|k| preps.contains(&ctx.w(k))) && (from + 1..t).all(|k| !ctx.is_boundary(k)) && !leads(ctx, a)
            })
        };
        // ("missile system", "nuclear weapons": arms of war only; "its political system" is none.)
        if (w == "system" && !matches!(ctx.w(i.saturating_sub(1)), "missile" | "defence" | "defense" | "rocket" | "radar"))
            || (w == "weapons" && ctx.w(i.saturating_sub(1)) != "nuclear")
        {
            continue;
        }
        // ("Chinese police liaison officers have worked in Port Vila since 2024", "two Chinese
        // corvettes have been berthed at Ream", "Russian troops remain in Transnistria".)
        // (Those verbs only with the place right after: not "remain deeply reliant on".)
        let stationed = (i + 1..(i + 5).min(ctx.toks.len())).find(|&k| {
            matches!(ctx.w(k), "stationed" | "deployed" | "based" | "arrived" | "posted" | "deploying" | "arriving" | "positioned" | "garrisoned")
                || (matches!(ctx.w(k), "worked" | "working" | "serve" | "serving" | "served" | "berthed" | "docked" | "moored" | "remain" | "remained" | "remains")
                    && matches!(ctx.w(k + 1), "in" | "at" | "on" | "along" | "near" | "inside" | "outside" | "around"))
        });
        // ("Turkish warships help patrol Somali waters": forces named by their state, patrolling
        // another's.)
        let patrol = (i + 1..(i + 4).min(ctx.toks.len())).find(|&k| matches!(ctx.w(k), "patrol" | "patrols" | "patrolling" | "guard" | "guards" | "guarding"));
        // ("Washington has stationed a Typhon missile system in northern Luzon": put there by
        // the clause's subject, a few words before.)
        let put = (ca..i).rev().find(|&k| PUT_VERBS.contains(&ctx.w(k))).filter(|&v| i - v <= 8 && (v + 1..i).all(|k| !ctx.is_boundary(k) && !matches!(ctx.w(k), "," | "and" | "to" | "that" | "which")));
        // ("Turkey has kept troops and military advisers in western Libya since 2020": forces
        // kept abroad by the clause's subject.)
        let kept = (ca..i).rev().find(|&k| matches!(ctx.w(k), "kept" | "keeps" | "keep" | "maintains" | "maintained" | "maintain")).filter(|&v| (v + 1..i).all(|k| !ctx.is_boundary(k)));
        let based = matches!(w, "base" | "bases") && host_after(i, &["in", "at", "near", "outside"]).is_some();
        let (source, host) = if based {
            // A base in or at a place: kept by the clause's subject, else the one named on it.
            let Some(host) = host_after(i, &["in", "at", "near", "outside"]) else { continue };
            // ("The United States, which still funds part of the African Union mission and keeps
            // its largest African base at Camp Lemonnier in Djibouti": a relative clause's
            // antecedent, past the objects of its other verbs.)
            let keeper = (ca..i).rev().find(|&k| BASE_VERBS.contains(&ctx.w(k))).and_then(|v| {
                let own = ctx.acts.iter().rev().find(|a| a.start >= ctx.start_of(ca) && a.end <= ctx.start_of(v) && ctx.subjectish(a) && a.r.code.len() == 3);
                let joined = ctx.w(v.saturating_sub(1)) == "and" || ctx.w(v.saturating_sub(2)) == "and";
                if joined { ctx.antecedent(ca).or(own) } else { own.or_else(|| ctx.antecedent(ca)) }
            });
            let Some(source) = demonym.or(keeper) else { continue };
            (source, host)
        } else if let (Some(v), false) = (kept, matches!(w, "base" | "bases")) {
            // ("keeps troops and military advisers in and around Tripoli")
            let Some(host) = host_after(i, &["in", "around"]) else { continue };
            let Some(source) = ctx.acts.iter().rev().find(|a| a.start >= ctx.start_of(ca) && a.end <= ctx.start_of(v) && ctx.subjectish(a) && a.r.code.len() == 3).or_else(|| ctx.antecedent(ca)) else {
                continue;
            };
            (source, host)
        } else if let Some(st) = stationed {
            // "Chinese police officers have been stationed in the capital" (not "could be
            // stationed", "would begin deploying")
            let Some(source) = demonym.filter(|_| !ctx.irrealis_before(st)) else { continue };
            let Some(host) = host_after(st, &["in", "to", "at", "along", "near", "on", "inside", "outside", "around"]) else { continue };
            (source, host)
        } else if let (Some(p), Some(source)) = (patrol, demonym) {
            let Some(host) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) > p && ctx.tok_at(a.start) <= p + 2 && !ctx.possessive(a)) else { continue };
            (source, host)
        } else if let Some(v) = put {
            let Some(host) = host_after(i, &["in", "to", "into", "onto", "at", "inside"]) else { continue };
            let Some(source) = demonym.or_else(|| {
                ctx.acts.iter().rev().find(|a| a.start >= ctx.start_of(ca) && a.end <= ctx.start_of(v) && ctx.subjectish(a) && !ctx.possessive(a) && a.r.code.len() == 3)
            }) else {
                continue;
            };
            (source, host)
        } else {
            // "Papua New Guinea already hosts US forces": the host verb's subject.
            let Some(v) = (ca..i).rev().find(|&k| HOST_VERBS.contains(&ctx.w(k))) else { continue };
            let Some(source) = demonym else { continue };
            if source.start < ctx.start_of(v) {
                continue;
            }
            let Some(host) = ctx.acts.iter().rev().find(|a| a.start >= ctx.start_of(ca) && a.end <= ctx.start_of(v) && ctx.subjectish(a)).or_else(|| ctx.antecedent(ca)) else {
                continue;
            };
            // ("Both Kyrgyzstan and Tajikistan host Russian military bases": each host listed.)
            if let Some(hi) = ctx.acts.iter().position(|a| std::ptr::eq(a, host)) {
                let (ga, _) = ctx.group(hi);
                for other in &ctx.acts[ga..hi] {
                    if other.r.code != source.r.code && other.r.code.len() == 3 && !found.iter().any(|f| f.2.r.code == source.r.code && f.3.r.code == other.r.code) {
                        found.push((source.start.min(other.start), other.end.max(ctx.end_of(i)), source, other, None));
                    }
                }
            }
            (source, host)
        };
        if source.r.code == host.r.code || source.r.code.len() != 3 || host.r.code.len() != 3 {
            continue;
        }
        let counted = out.iter().any(|e| matches!(&e.body, ClaimBody::Deployment(d) if d.source.code == source.r.code && d.target.code == host.r.code));
        if counted || found.iter().any(|f| f.2.r.code == source.r.code && f.3.r.code == host.r.code) {
            continue;
        }
        let place = host.place.then_some(host);
        found.push((source.start.min(ctx.start_of(i)), host.end.max(ctx.end_of(i)), source, host, place));
    }
    for (s, e, source, host, place) in found {
        // ("the American air base at Al Udeid in Qatar, home to around 10,000 US personnel": the
        // base's count after "home to".)
        let home_to = (ctx.tok_at(e)..ctx.toks.len().saturating_sub(2)).find(|&k| ctx.w(k) == "home" && ctx.w(k + 1) == "to" && k <= ctx.tok_at(e) + 3);
        let counted = home_to.and_then(|k| {
            let n = ctx.nums().iter().find(|n| n.kind == NumKind::Count && ctx.tok_at(n.start) > k + 1 && ctx.tok_at(n.start) <= k + 4)?;
            let unit_at = (n.next_tok..n.next_tok + 3).find(|&j| FORCE_NOUNS.contains(&ctx.w(j)) || matches!(ctx.w(j), "service" | "members"))?;
            Some((Quantity { value: n.value, unit: ctx.w(unit_at).to_string(), qualifier: n.qualifier }, ctx.end_of(unit_at)))
        });
        let e = counted.as_ref().map_or(e, |(_, end)| e.max(*end));
        let quantity = counted.map(|(q, _)| q);
        out.push(Extracted {
            body: ClaimBody::Deployment(DeploymentClaim {
                source: source.r.clone(),
                target: ActorRef::state(&host.r.code),
                quantity,
                location: place.and_then(|p| ctx.text.get(p.start..p.end)).map(str::to_string),
                planned: false,
            }),
            evidence: ctx.span(s, e),
            date: ctx.date_near(e),
            confidence: 0.6,
            attribution: None,
        });
    }
}
