//! Alliances and treaties: parties, ATOP obligations, date signed, whether still in force.
//!
//! A claim needs a treaty word ("pact", "treaty", "alliance", "agreement", "partnership"), an
//! obligation stated in the same clause ("mutual defence", "non-aggression", "neutrality",
//! "consultation", "mutual assistance"…) and at least two parties. An "alliance" with no stated
//! obligation ("the Russia-North Korea alliance threatens…") yields nothing: ATOP terms cannot be
//! guessed from the word alone. A security pact signed ("a security agreement with China", "a
//! Defence Cooperation Agreement", "a Strategic Partnership Treaty", "a reciprocal access
//! agreement") is the one exception: a claim with its obligations left empty, which the World
//! reads as a weaker tie than a defence pact.

use realign_core::{AllianceClaim, ClaimBody, Obligation};

use super::{refs, Ctx, Extracted};

const TREATY_WORDS: &[&str] = &[
    "pact",
    "pacts",
    "treaty",
    "treaties",
    "alliance",
    "alliances",
    "agreement",
    "agreements",
    "partnership",
    "accord",
    "accords",
    "declaration",
    "declarations",
];

/// Words that name a treaty only as the head of a capitalised name.
const NAME_WORDS: &[&str] = &["union", "charter", "declaration", "compact", "convention", "doctrine"];

/// Verbs that bind a party: "bound to act", "binds X to act", "obliges each side to help".
const BINDING: &[&str] = &["bound", "binds", "bind", "binding", "obliges", "obliged", "obligated", "obligates", "obliging", "commits", "committed", "committing"];

/// Obligations stated in tokens `[a, b)`, and one past the last token that states one (`a` when
/// none does).
fn obligations_at(ctx: &Ctx, a: usize, b: usize) -> (Vec<Obligation>, usize) {
    let mut out = Vec::new();
    let mut last = a;
    let mut push = |o: Obligation, k: usize| {
        last = last.max(k + 1);
        if !out.contains(&o) {
            out.push(o);
        }
    };
    for k in a..b {
        let w = ctx.w(k);
        let next = ctx.w(k + 1);
        // "contains no mutual defence clause", "without a defence commitment"
        let denied = |k: usize| {
            (k.saturating_sub(2)..k).any(|j| matches!(ctx.w(j), "no" | "not" | "without" | "lacks" | "lacking" | "nor"))
        };
        if denied(k) && !matches!(w, "aggressor" | "war" | "attack" | "aggression" | "force") {
            continue;
        }
        match w {
            "aggressor" | "aggressors" | "attacker" | "attackers"
                if (k.saturating_sub(6)..k).any(|j| matches!(ctx.w(j), "not" | "never" | "refrain")) =>
            {
                // "commit not to help any aggressor that attacks either party"
                push(Obligation::Neutrality, k)
            }
            "neutral" if ctx.w(k.saturating_sub(1)) == "remain" || ctx.w(k.saturating_sub(1)) == "stay" => {
                push(Obligation::Neutrality, k)
            }
            // "defence minister", "defence industry" are not obligations
            // ("the Enhanced Defense Cooperation Agreement", "a defence cooperation pact": base
            // access and cooperation, no promise to defend.)
            "defence" | "defense" | "self-defence" | "self-defense"
                if !matches!(next, "minister" | "ministers" | "ministry" | "industry" | "industrial" | "spending" | "cooperation" | "co-operation") =>
            {
                push(Obligation::Defense, k)
            }
            "mutual" if matches!(next, "assistance" | "aid" | "defence" | "defense" | "military") => {
                push(Obligation::Defense, k)
            }
            // ("the mutual-assistance clause", "a mutual-defence pact": written as one word.)
            "mutual-assistance" | "mutual-aid" | "mutual-defence" | "mutual-defense" | "mutual-security" => push(Obligation::Defense, k),
            "military" if matches!(next, "assistance" | "aid") => push(Obligation::Defense, k),
            // "agreed never to go to war with each other", "not to attack one another"
            "war" | "attack" | "aggression" | "force"
                if (k.saturating_sub(8)..k).any(|j| matches!(ctx.w(j), "never" | "not" | "refrain" | "renounce"))
                    && (k + 1..(k + 6).min(b.max(k + 1)))
                        .any(|j| matches!((ctx.w(j), ctx.w(j + 1)), ("each", "other") | ("one", "another"))) =>
            {
                push(Obligation::Nonaggression, k)
            }
            "defend" if matches!(next, "each" | "one") => push(Obligation::Defense, k),
            // "is bound to help the atoll nation respond", "binds Australia and the United
            // States to act", "obliges each side to come to the other's aid"
            // ("obliges each side to provide military and other assistance": help given.)
            // (For defence: "commits the United States and China to act on emissions" and
            // "obliges Kosovo and Serbia to help displaced persons return" are no pacts.)
            _ if BINDING.contains(&w)
                && (k + 1..(k + 8).min(ctx.toks.len())).any(|j| {
                    ctx.w(j) == "to"
                        && (ctx.w(j + 1) == "defend"
                            || (matches!(ctx.w(j + 1), "help" | "act" | "assist" | "aid" | "come" | "respond" | "protect")
                                || (ctx.w(j + 1) == "provide" && (j + 2..(j + 6).min(ctx.toks.len())).any(|m| matches!(ctx.w(m), "assistance" | "aid" | "help"))))
                                && (j + 1..(j + 20).min(ctx.toks.len())).any(|m| {
                                    matches!(ctx.w(m), "attack" | "attacked" | "aggression" | "defend" | "defence" | "defense" | "military" | "militarily" | "armed" | "danger" | "war" | "invasion" | "invaded" | "territory" | "territorial" | "sovereignty")
                                }))
                }) =>
            {
                push(Obligation::Defense, k)
            }
            // "an attack on any one of them is treated as an attack on all", "any aggression
            // against either country is to be treated as aggression against both"
            "attack" | "aggression"
                if (k.saturating_sub(5)..k).chain(k + 1..(k + 8).min(ctx.toks.len())).any(|j| matches!(ctx.w(j), "treat" | "treated" | "considered" | "regarded" | "deemed"))
                    // ("… is considered an attack against all")
                    && (k + 1..(k + 12).min(ctx.toks.len())).any(|j| ctx.w(j) == "as" || (j > k + 1 && matches!(ctx.w(j), "attack" | "aggression")))
                    && (k + 1..(k + 4).min(ctx.toks.len())).any(|j| matches!(ctx.w(j), "either" | "any" | "one" | "each")) =>
            {
                push(Obligation::Defense, k)
            }
            // ("an attack on either is an attack on both")
            "attack" | "aggression"
                if matches!(ctx.w(k + 1), "on" | "against")
                    && matches!(ctx.w(k + 2), "either" | "one" | "any")
                    && (k + 3..(k + 10).min(ctx.toks.len())).any(|j| matches!(ctx.w(j), "attack" | "aggression") && matches!(ctx.w(j + 1), "on" | "against") && matches!(ctx.w(j + 2), "both" | "all")) =>
            {
                push(Obligation::Defense, k)
            }
            "aid" if ctx.w(k.saturating_sub(1)).ends_with("other's") || (ctx.w(k.saturating_sub(1)) == "'s" && ctx.w(k.saturating_sub(2)) == "other") => push(Obligation::Defense, k),
            // "Russia is obliged to defend Belarus against aggression"
            "defend" | "protect" if bound_to_defend(ctx) == Some(k) => push(Obligation::Defense, k),
            // ("the U.S.-Japan security treaty": a treaty of security is one of defence.)
            "security" if matches!(next, "guarantee" | "guarantees" | "treaty") => push(Obligation::Defense, k),
            "non-aggression" | "nonaggression" => push(Obligation::Nonaggression, k),
            // ("undertook to respect the other's territorial integrity and to refrain from
            // hostilities")
            "hostilities" if ctx.w(k.saturating_sub(1)) == "from" && ctx.w(k.saturating_sub(2)).starts_with("refrain") => push(Obligation::Nonaggression, k),
            "integrity"
                if ctx.w(k.saturating_sub(1)) == "territorial"
                    && (k.saturating_sub(6)..k).any(|j| ctx.w(j).starts_with("respect"))
                    && (k.saturating_sub(6)..k).any(|j| matches!(ctx.w(j), "other's" | "other" | "each" | "another's")) =>
            {
                push(Obligation::Nonaggression, k)
            }
            "non" if next == "-" || next == "aggression" => push(Obligation::Nonaggression, k),
            "neutrality" => push(Obligation::Neutrality, k),
            "consultation" | "consultations" | "consult" | "consultative" => push(Obligation::Consultation, k),
            "offensive" if matches!(next, "alliance" | "pact" | "treaty") => push(Obligation::Offense, k),
            _ => {}
        }
    }
    (out, last)
}

/// Adds to `obl` the obligations of `more` it does not hold yet, in order.
fn add_obligations(obl: &mut Vec<Obligation>, more: Vec<Obligation>) {
    for o in more {
        if !obl.contains(&o) {
            obl.push(o);
        }
    }
}

/// In-force status stated anywhere in the sentence.
fn in_force(ctx: &Ctx) -> Option<bool> {
    let l = &ctx.lower;
    const TRUE: &[&str] = &[
        "remains in force",
        "remain in force",
        "remains in place",
        "remain in place",
        "still in force",
        "still in effect",
        "remains in effect",
        "remains valid",
        "still valid",
        "was renewed",
        "been renewed",
        "was extended",
        "entered into force",
        "came into force",
        "took effect",
        "came into effect",
    ];
    const FALSE: &[&str] = &[
        "expired",
        "lapsed",
        "was terminated",
        "been terminated",
        "was abrogated",
        "abandoned",
        "no longer in force",
        "no longer in effect",
        "withdrew from",
        "was dissolved",
        // ("Paris tore up the defence accord with Bamako")
        "tore up",
        "torn up",
        "scrapped",
        "revoked",
        "annulled",
        "renounced",
        "collapsed",
        "suspended",
    ];
    if FALSE.iter().any(|p| l.contains(p)) {
        Some(false)
    } else if TRUE.iter().any(|p| l.contains(p)) {
        Some(true)
    } else {
        None
    }
}

/// Alliance claims of the sentence.
pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let mut done_until = 0usize;
    // (Once per sentence: the scan reads every word.)
    let defend_at = bound_to_defend(ctx);
    for i in 0..ctx.toks.len() {
        // ("the Falepili Union", "the Liptako-Gourma Charter", "the Joint Declaration on Security
        // Cooperation": words that are treaties only as part of a name, not inside an actor's.)
        let named_treaty = NAME_WORDS.contains(&ctx.w(i))
            && ctx.raw(i).starts_with(char::is_uppercase)
            && i > 0
            && ctx.raw(i - 1).starts_with(char::is_uppercase)
            && !ctx.acts.iter().any(|a| a.start <= ctx.start_of(i) && ctx.end_of(i) <= a.end || ctx.tok_at(a.end) == i);
        if !(TREATY_WORDS.contains(&ctx.w(i)) || named_treaty) || i < done_until {
            continue;
        }
        // (Not the verb, "The plan accords Palestinians limited autonomy", nor "of its own accord".)
        if matches!(ctx.w(i), "accord" | "accords") && (ctx.w(i.saturating_sub(1)) == "own" || (ctx.w(i) == "accords" && !(i >= 1 && (matches!(ctx.w(i - 1), "the" | "these" | "those" | "two" | "its" | "their" | "peace") || ctx.raw(i).starts_with(char::is_uppercase))))) {
            continue;
        }
        let (ca, cb) = ctx.clause(i);
        let (name, tail) = treaty_name(ctx, i);
        // "the mutual defence treaty of 1961", "pact on mutual assistance": obligation words sit
        // in the cue's noun phrase; look from the clause start to a little after the cue (or to the
        // end of a treaty's name, which may hold commas).
        let (mut obl, mut obl_end) = obligations_at(ctx, ca, (i + 10).min(cb).max(tail));
        // (Up to the next treaty named: "Under a 1951 treaty, the United States is bound to help
        // defend Australia, and the 1960 security treaty with Japan commits…" tells two.)
        let later_cue = (i + 1..ctx.toks.len()).find(|&k| TREATY_WORDS.contains(&ctx.w(k)));
        let upto = later_cue.map_or(ctx.toks.len(), |k| ctx.clause(k).0.max(cb));
        let binding = (cb..upto).any(|k| BINDING.contains(&ctx.w(k)));
        if (later_cue.is_none() && reciprocal(ctx, cb)) || defend_at.is_some_and(|k| k < upto) || binding {
            // "Under a 2024 treaty, X and Y pledged military assistance to each other"
            // (Also when the name states one: "the Collective Security Treaty Organization,
            // whose charter commits members to come to one another's defense" is told through
            // its terms.)
            let (more, more_end) = obligations_at(ctx, cb, upto);
            add_obligations(&mut obl, more);
            obl_end = obl_end.max(more_end);
        }
        // ("…a peace agreement their foreign ministers signed on June 27, under which each side
        // undertook to respect the other's territorial integrity", "…Agreement under which
        // aggression against either will be treated as aggression against both": the terms
        // told in a clause of "under which".)
        let terms_at = (tail.max(i + 1)..(cb + 3).min(ctx.toks.len())).find(|&k| (ctx.w(k) == "under" && ctx.w(k + 1) == "which") || (ctx.w(k) == "which" && BINDING.contains(&ctx.w(k + 1))));
        let mut terms_end = None;
        if let Some(k) = terms_at {
            let (tobl, tend) = obligations_at(ctx, k, (k + 40).min(ctx.toks.len()));
            if !tobl.is_empty() {
                add_obligations(&mut obl, tobl);
                terms_end = Some(tend);
            }
        }
        // ("signed a security agreement with China", "a Defence Cooperation Agreement with the
        // United States", "a Strategic Partnership and Cooperation Treaty", "their Reciprocal
        // Access Agreement": a security pact binds its parties to no ATOP obligation the text
        // states, but ties them; told with its obligations left empty.)
        let security_pact = obl.is_empty() && ctx.w(i) != "alliance" && ctx.w(i) != "alliances" && ctx.w(i) != "partnership" && {
            let lead: Vec<&str> = (i.saturating_sub(4).max(ca)..i).map(|k| ctx.w(k)).collect();
            let has = |w: &str| lead.contains(&w);
            has("security")
                || ((has("defence") || has("defense") || has("military")) && has("cooperation"))
                || (has("strategic") && has("partnership") && matches!(ctx.w(i), "treaty" | "treaties"))
                || (has("reciprocal") && has("access"))
                || (has("visiting") && has("forces"))
                || (has("status") && has("forces"))
        };
        if obl.is_empty() && !security_pact {
            continue;
        }
        // (Not one revoked, declined or only planned: "the junta revoked a military cooperation
        // agreement", "declined to sign a similar security agreement".)
        if security_pact
            && (i.saturating_sub(8).max(ca)..i).any(|k| {
                matches!(
                    ctx.w(k),
                    "revoked" | "revoke" | "revoking" | "cancelled" | "canceled" | "scrapped" | "terminated" | "suspended" | "declined" | "refused" | "rejected" | "negotiating" | "negotiate" | "due" | "proposed" | "planned" | "draft" | "seeking" | "sought" | "tore" | "exited" | "quit"
                )
            })
        {
            continue;
        }
        let partnership = matches!(ctx.w(i), "partnership" | "agreement" | "declaration" | "declarations");
        // ("…Agreement, which commits the two governments to consult": consultation promised
        // in binding words is an ATOP consultation pact; "agreed to hold consultations" is not.)
        let bound_to_consult = (0..ctx.toks.len()).any(|k| {
            BINDING.contains(&ctx.w(k)) && (k + 1..(k + 7).min(ctx.toks.len())).any(|j| ctx.w(j) == "to" && ctx.w(j + 1) == "consult")
        });
        if partnership
            && !security_pact
            && !bound_to_consult
            && !obl
                .iter()
                .any(|o| matches!(o, Obligation::Defense | Obligation::Nonaggression | Obligation::Neutrality))
            && ctx.w(i.saturating_sub(1)) != "defence"
            && ctx.w(i.saturating_sub(1)) != "defense"
        {
            continue;
        }
        if ctx.irrealis_before(i) || ctx.any_word(i.saturating_sub(3), i, &["talks", "negotiating", "draft"]) {
            continue;
        }
        let cue_start = ctx.start_of(i);
        let cue_end = ctx.end_of(i);
        let Some((parties, p_start, p_end, conf)) = parties(ctx, i, tail, ca, cb, defend_at) else { continue };
        let conf = if security_pact { conf.min(0.5) } else { conf };
        if parties.len() < 2 {
            continue;
        }
        done_until = cb.max(tail);
        let ev_start = p_start.min(ctx.start_of(ca)).min(cue_start);
        // (Through the words that state the obligation: "…, obliges each side to provide
        // military assistance".)
        // (To the end of the phrase stating them, six words at most: "…, whose members promise
        // to defend one another against outside attack" tells no attack.)
        let mut obl_clause_end = obl_end;
        while obl_clause_end < ctx.toks.len() && obl_clause_end < obl_end + 6 && !ctx.is_boundary(obl_clause_end) && !matches!(ctx.w(obl_clause_end), "and" | "but" | "," | ";" | "." | "while" | "which" | "who") {
            obl_clause_end += 1;
        }
        let mut ev_end = p_end.max(cue_end).max(ctx.end_of(cb.saturating_sub(1))).max(ctx.end_of(obl_end.max(obl_clause_end).saturating_sub(1)));
        // (And through the clause that states its terms: "…, under which any aggression against
        // either country is to be treated as aggression against both".)
        if let (Some(k), Some(tend)) = (terms_at, terms_end) {
            let (_, tb) = ctx.clause(k + 2);
            ev_end = ev_end.max(ctx.end_of(tb.max(tend).saturating_sub(1)));
        }
        // ("Helsinki and Stockholm each signed a defence cooperation agreement with Washington":
        // one pact for each with the last party, not one among all three.)
        let each = parties.len() >= 3 && (ca..i).any(|k| ctx.w(k) == "each") && (ca..i).any(|k| ctx.w(k) == "and");
        let groups: Vec<Vec<realign_core::ActorRef>> = match parties.split_last() {
            Some((last, rest)) if each => rest.iter().map(|p| vec![p.clone(), last.clone()]).collect(),
            _ => vec![parties],
        };
        for parties in groups {
            out.push(Extracted {
                body: ClaimBody::Alliance(AllianceClaim {
                    parties,
                    obligations: obl.clone(),
                    signed: ctx.date_near(cue_end),
                    in_force: in_force(ctx),
                    terminated: None,
                    name: name.clone(),
                }),
                evidence: ctx.span(ev_start, ev_end),
                date: ctx.date_near(cue_end),
                confidence: conf,
                attribution: None,
            });
        }
    }
}

/// Treaty allies named as such: "Washington, which remains Bangkok's treaty ally under the 1954
/// Manila Pact", "Russia remains Kazakhstan's principal arms supplier and its treaty ally". A
/// treaty that makes states allies is one of defence.
pub(super) fn treaty_allies(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for i in 1..ctx.toks.len() {
        // ("Turkey, Azerbaijan's closest ally, welcomed the talks": an ally by name, with no
        // treaty told, is an alliance of no stated obligation.)
        let closest = matches!(ctx.w(i), "closest" | "staunchest" | "oldest" | "strongest" | "principal" | "chief") && ctx.w(i + 1) == "ally";
        if !(closest || (ctx.w(i) == "treaty" && matches!(ctx.w(i + 1), "ally" | "allies"))) || ctx.irrealis_before(i) {
            continue;
        }
        let (ca, _) = ctx.clause(i);
        // Whose ally: the possessive right before, or the last one of the clause before "its".
        // ("Thailand, a US treaty ally since 1954": a state's adjective after the article.)
        let adjective = ctx.acts.iter().find(|a| ctx.tok_at(a.end) == i && a.end <= ctx.start_of(i) && !ctx.possessive(a) && matches!(ctx.word_before(a), "a" | "an"));
        let owner = if ctx.w(i - 1) == "its" {
            ctx.acts.iter().rev().find(|a| a.end <= ctx.start_of(i) && a.start >= ctx.start_of(ca) && ctx.possessive(a))
        } else {
            ctx.acts.iter().find(|a| ctx.tok_at(a.end) + 1 >= i && a.end <= ctx.start_of(i) && ctx.possessive(a)).or(adjective)
        };
        let Some(owner) = owner else { continue };
        // The ally: the clause's subject, or the antecedent of its relative clause (or of the
        // apposition, "Thailand, a US treaty ally").
        let apposed = || {
            let t = ctx.tok_at(owner.start);
            let opens = (ca + 1 == t && matches!(ctx.w(ca), "a" | "an")) || ca == t;
            (t >= 2 && ca >= 2 && opens && ctx.w(ca - 1) == ",").then(|| ctx.acts.iter().rev().find(|a| ctx.tok_at(a.end) == ca - 1 && !ctx.possessive(a))).flatten()
        };
        let ally = ctx
            .acts
            .iter()
            .find(|a| a.start >= ctx.start_of(ca) && a.end <= owner.start && ctx.subjectish(a) && !ctx.possessive(a))
            .or_else(|| ctx.antecedent(ca))
            .or_else(apposed);
        let Some(ally) = ally else { continue };
        if ally.r.code == owner.r.code || ally.r.code.len() != 3 || owner.r.code.len() != 3 {
            continue;
        }
        // (Not again when the sentence tells their treaty: "Turkey, Baku's closest ally, is bound
        // to it by the Shusha Declaration".)
        let told = |x: &Extracted| matches!(&x.body, ClaimBody::Alliance(a) if [ally, owner].iter().all(|p| a.parties.iter().any(|q| q.code == p.r.code)));
        if closest && out.iter().any(told) {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Alliance(AllianceClaim {
                parties: refs([ally, owner]),
                obligations: if closest { Vec::new() } else { vec![Obligation::Defense] },
                signed: None,
                in_force: Some(true),
                terminated: None,
                name: None,
            }),
            evidence: ctx.span(ally.start.min(owner.start), ctx.end_of(i + 1)),
            date: None,
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// The parties of the treaty named by token `i` in clause `[ca, cb)`: refs, byte span of their
/// mentions, confidence. `defend_at` is the sentence's [`bound_to_defend`].
fn parties(
    ctx: &Ctx,
    i: usize,
    tail: usize,
    ca: usize,
    cb: usize,
    defend_at: Option<usize>,
) -> Option<(Vec<realign_core::ActorRef>, usize, usize, f32)> {
    let cue_start = ctx.start_of(i);
    let clause_start = ctx.start_of(ca);
    let clause_end = ctx.end_of(cb.saturating_sub(1));
    // 0. "Under a treaty signed in 2024, Russia is obliged to defend Belarus": the one bound
    //    and the one it must defend.
    // (Of this treaty's clause: "…is bound to help defend South Korea, and the 1960 security
    // treaty with Japan commits Washington to act" binds Washington to Japan too.)
    if let Some(k) = defend_at.filter(|&k| k >= ca) {
        let object = ctx.acts.iter().find(|a| a.start == ctx.start_of(k + 1));
        let (da, _) = ctx.clause(k);
        let bound = ctx.acts.iter().rfind(|a| a.end <= ctx.start_of(k) && a.start >= ctx.start_of(da) && ctx.subjectish(a));
        if let (Some(o), Some(b)) = (object, bound) {
            if o.r.code != b.r.code {
                return Some((refs([b, o]), b.start, o.end, 0.8));
            }
        }
    }
    // 0b. "Niger is bound to Mali and Burkina Faso by a mutual defence pact": the one bound and
    //     those it is bound to.
    if let Some(k) = (ca + 1..i.saturating_sub(1)).find(|&k| matches!(ctx.w(k), "bound" | "tied" | "linked") && ctx.w(k + 1) == "to") {
        let to = ctx.acts.iter().position(|a| a.start == ctx.start_of(k + 2) || (ctx.w(k + 2) == "the" && a.start == ctx.start_of(k + 3)));
        let by = (k + 2..i).any(|j| ctx.w(j) == "by") && (k + 2..i).all(|j| !ctx.is_boundary(j));
        let bound = ctx.acts.iter().rfind(|a| a.end <= ctx.start_of(k) && a.start >= clause_start && ctx.subjectish(a) && !ctx.possessive(a));
        if let (Some(idx), true, Some(b)) = (to, by, bound) {
            let (_, gb) = ctx.group(idx);
            let g = &ctx.acts[idx..gb.max(idx + 1)];
            let r = refs(std::iter::once(b).chain(g.iter()));
            if r.len() >= 2 {
                return Some((r, b.start, g[g.len() - 1].end, 0.8));
            }
        }
    }
    // 0c. "The 2003 Mutual Defence Pact binds South Africa, Tanzania, Malawi and the DRC": the
    //     states the treaty binds.
    if let Some(k) = (i + 1..cb.min(i + 8)).find(|&k| matches!(ctx.w(k), "binds" | "bind" | "obliges" | "commits" | "obligates")) {
        let at = if ctx.w(k + 1) == "the" { k + 2 } else { k + 1 };
        if let Some(idx) = ctx.acts.iter().position(|a| ctx.tok_at(a.start) == at) {
            let (_, gb) = ctx.group(idx);
            let g = &ctx.acts[idx..gb.max(idx + 1)];
            let r = refs(g);
            if r.len() >= 2 {
                return Some((r, g[0].start, g[g.len() - 1].end, 0.8));
            }
            // ("the 1960 security treaty with Japan commits Washington to act": the one bound
            // and the one the treaty is with.)
            let with = (i + 1..k).find(|&j| ctx.w(j) == "with").and_then(|j| ctx.acts.iter().find(|a| ctx.tok_at(a.start) == j + 1 && a.r.code.len() == 3 && !a.place));
            if let (Some(w), [one]) = (with, g) {
                if w.r.code != one.r.code {
                    return Some((refs([one, w]), w.start.min(one.start), w.end.max(one.end), 0.8));
                }
            }
        }
    }
    // 1. "alliance between X, Y and Z", "treaty between X and Y" (after the cue, same sentence).
    let after = tail.max(i + 1);
    if let Some(k) = (after..(after + 3).min(ctx.toks.len())).find(|&k| ctx.w(k) == "between" || ctx.w(k) == "among") {
        let from = ctx.end_of(k);
        if let Some(idx) = ctx.acts.iter().position(|a| a.start >= from) {
            let (ga, gb) = ctx.group(idx);
            let g = &ctx.acts[ga.max(idx)..gb];
            if g.len() >= 2 {
                return Some((refs(g), g[0].start, g[g.len() - 1].end, 0.85));
            }
        }
    }
    // 2. A compound right before the cue: "the Russia-North Korea defence pact".
    let (np_start, possessive) = {
        let mut k = i;
        while k > ca && !matches!(ctx.w(k - 1), "the" | "a" | "an" | "its" | "their" | "new") {
            k -= 1;
        }
        (ctx.start_of(k), k > ca && matches!(ctx.w(k - 1), "its" | "their"))
    };
    if let Some(idx) = ctx.acts.iter().rposition(|a| a.start >= np_start && a.end <= cue_start) {
        let (ga, gb) = ctx.group(idx);
        let g = &ctx.acts[ga..gb];
        if g.len() >= 2 {
            return Some((refs(g), g[0].start, g[g.len() - 1].end, 0.85));
        }
    }
    // 3. Subject (clause, or nearest earlier clause) plus "with Y" after the cue.
    let with = (i + 1..cb).find(|&k| ctx.w(k) == "with").and_then(|k| {
        let from = ctx.end_of(k);
        ctx.acts.iter().position(|a| a.start >= from && a.end <= clause_end.max(from)).map(|idx| ctx.group(idx))
    });
    // ("The United States condemned the Chinese actions and reaffirmed that its treaty with
    // the Philippines…": "its" in a later clause is the sentence's subject, not the nearest
    // actor.)
    // (Not an organisation the subject formed: "Niger, Mali and Burkina Faso formed the
    // Alliance of Sahel States, a mutual defence pact" binds the three.)
    let formed = |a: &super::Act| a.r.kind == realign_core::ActorKind::Igo && matches!(ctx.word_before(a), "formed" | "founded" | "created" | "established" | "launched" | "set");
    let in_clause = |a: &super::Act| a.end <= cue_start && a.start >= clause_start && ctx.subjectish(a) && !formed(a);
    let earlier = |a: &super::Act| a.end <= clause_start && ctx.subjectish(a) && !formed(a);
    // ("the security agreement Honiara signed with Beijing": the subject of a relative clause
    // right after the cue.)
    let relative = || {
        let from = tail.max(i + 1);
        ctx.acts.iter().position(|a| {
            let t = ctx.tok_at(a.start);
            (t == from || (t == from + 1 && ctx.w(from) == "that"))
                && matches!(ctx.w(ctx.tok_at(a.end)), "signed" | "concluded" | "struck" | "sealed" | "agreed" | "reached" | "has" | "had")
                && a.r.kind != realign_core::ActorKind::Igo
                // (A name, not "the two countries", which the sentence's other parties tell.)
                && !ctx.text.get(a.start..a.end).is_some_and(|t| t.starts_with("the ") || t.starts_with("both ") || t.starts_with("The ") || t.starts_with("Both "))
        })
    };
    let subject = if possessive {
        ctx.acts.iter().position(in_clause).or_else(|| ctx.acts.iter().position(earlier))
    } else {
        ctx.acts.iter().rposition(in_clause).or_else(relative).or_else(|| ctx.acts.iter().rposition(earlier))
    }
    .map(|idx| ctx.group(idx));
    let mut sel: Vec<&super::Act> = Vec::new();
    if let Some((a, b)) = subject {
        sel.extend(&ctx.acts[a..b]);
    }
    if let Some((a, b)) = with {
        sel.extend(&ctx.acts[a..b]);
    }
    // ("Kyrgyzstan and Tajikistan, together with Kazakhstan, remain members of the Collective
    // Security Treaty Organisation alongside Russia", "the Russian-led Collective Security
    // Treaty Organization": members named beside the subject, and the one leading it.)
    if !sel.is_empty() {
        for (k, a) in ctx.acts.iter().enumerate() {
            let t = ctx.tok_at(a.start);
            let beside = t >= 1 && (ctx.w(t - 1) == "alongside" || (t >= 2 && ctx.w(t - 1) == "with" && ctx.w(t - 2) == "together"));
            let leads = ctx.lower.get(a.end..a.end + 4) == Some("-led") && a.end <= cue_start && a.start >= np_start.min(cue_start).saturating_sub(40);
            if (beside || leads) && !sel.iter().any(|x| std::ptr::eq(*x, a)) {
                let (_, gb) = ctx.group(k);
                sel.extend(&ctx.acts[k..gb.max(k + 1)]);
            }
        }
    }
    let r = refs(sel.iter().copied());
    // ("Denmark, Finland, Iceland, Norway and Sweden are now all bound by…": a list of members
    // named as the subject may be long.)
    let listed = with.is_none() && subject.is_some_and(|(a, b)| b - a >= 2 && b - a == sel.len());
    if r.len() >= 2 && (r.len() <= 4 || (listed && r.len() <= 8)) {
        let s = sel.iter().map(|a| a.start).min().unwrap_or(cue_start);
        let e = sel.iter().map(|a| a.end).max().unwrap_or(cue_start);
        let conf = if with.is_some() || subject.is_some_and(|(a, b)| b - a >= 2) { 0.8 } else { 0.6 };
        return Some((r, s, e, conf));
    }
    // 3b. One party named, and a state after the cue in its clause: "the State Department said
    //     the 1951 Mutual Defense Treaty covers armed attacks on Philippine public vessels".
    let subject_here = ctx.acts.iter().any(in_clause);
    if r.len() == 1 && with.is_none() && subject_here {
        let from = tail.max(i + 1);
        let other = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            t >= from
                && t <= from + 8
                && a.end <= clause_end
                && !a.place
                && !ctx.possessive(a)
                && matches!(ctx.word_before(a), "on" | "to" | "of" | "for" | "against")
                && a.r.code.len() == 3
                && a.r.code != "UNK"
                && a.r.kind != realign_core::ActorKind::Igo
                && a.r.code != r[0].code
        });
        if let Some(o) = other {
            let s = sel.iter().map(|a| a.start).min().unwrap_or(cue_start);
            return Some((refs(sel.iter().copied().chain(std::iter::once(o))), s, o.end, 0.6));
        }
    }
    // 4. The nearest actors before the cue, clause by clause back to the sentence start
    //    ("Putin visited North Korea, culminating in a mutual defence pact").
    let before: Vec<&super::Act> = ctx.acts.iter().filter(|a| a.end <= cue_start).collect();
    let mut picked: Vec<&super::Act> = Vec::new();
    for a in before.iter().rev() {
        if refs(picked.iter().copied()).len() >= 2 {
            break;
        }
        picked.push(a);
    }
    let r = refs(picked.iter().rev().copied());
    if r.len() == 2 {
        let s = picked.iter().map(|a| a.start).min().unwrap_or(cue_start);
        let e = picked.iter().map(|a| a.end).max().unwrap_or(cue_start);
        return Some((r, s, e, 0.6));
    }
    // 5. Nothing before the cue: the subject list of the next clause ("Under the treaty, X and Y
    //    pledged …").
    if before.is_empty() {
        let after = ctx.end_of(cb.saturating_sub(1));
        if let Some(idx) = ctx.acts.iter().position(|a| a.start >= after) {
            if ctx.subjectish(&ctx.acts[idx]) {
                let (_, gb) = ctx.group(idx);
                let g = &ctx.acts[idx..gb];
                let r = refs(g);
                if r.len() >= 2 {
                    return Some((r, g[0].start, g[g.len() - 1].end, 0.6));
                }
            }
        }
    }
    // 6. The two or three states the sentence names, wherever ("the 1953 Mutual Defense
    //    Treaty, the cornerstone of South Korean security, and the American troops…"; "signed
    //    by Kim Jong Un and Vladimir Putin").
    let states: Vec<&super::Act> = ctx.acts.iter().filter(|a| !a.place && a.r.code.len() == 3 && a.r.code != "UNK").collect();
    let r = refs(states.iter().copied());
    if (2..=3).contains(&r.len()) && r.iter().all(|x| x.kind != realign_core::ActorKind::Igo) {
        let s = states.iter().map(|a| a.start).min().unwrap_or(cue_start);
        let e = states.iter().map(|a| a.end).max().unwrap_or(cue_start);
        return Some((r, s, e, 0.5));
    }
    None
}

/// The token of "defend" in "is obliged to defend", "pledged to defend", if the sentence has one.
fn bound_to_defend(ctx: &Ctx) -> Option<usize> {
    // ("pledging to help defend the atoll nation": "help" may come between.)
    // ("has committed itself to help defend Congolese territory": and the one bound, again.)
    (2..ctx.toks.len()).find(|&k| {
        let to = if ctx.w(k - 1) == "help" { k.saturating_sub(2) } else { k - 1 };
        let verb = if matches!(ctx.w(to.saturating_sub(1)), "itself" | "themselves") { to.saturating_sub(2) } else { to.saturating_sub(1) };
        // ("to help protect Congolese territory"; not "pledged to protect Armenian civilians".)
        (ctx.w(k) == "defend" || (ctx.w(k) == "protect" && (k + 1..(k + 4).min(ctx.toks.len())).any(|j| matches!(ctx.w(j), "territory" | "territorial" | "sovereignty" | "borders"))))
            && to >= 1
            && ctx.w(to) == "to"
            && matches!(ctx.w(verb), "obliged" | "obligated" | "committed" | "bound" | "pledged" | "pledges" | "pledging" | "promised" | "promises" | "promising" | "vowed" | "commits")
    })
}

/// True when the sentence after token `from` speaks of a reciprocal commitment.
fn reciprocal(ctx: &Ctx, from: usize) -> bool {
    (from..ctx.toks.len()).any(|k| {
        let w = ctx.w(k);
        (w == "each" && ctx.w(k + 1) == "other")
            || (w == "one" && ctx.w(k + 1) == "another")
            || w == "mutual"
            || (w == "either" && matches!(ctx.w(k + 1), "side" | "party" | "country" | "is"))
            // ("an armed attack against one American state is considered an attack against all")
            || (w == "one" && matches!(ctx.w(k.saturating_sub(1)), "on" | "against") && (k + 2..(k + 12).min(ctx.toks.len())).any(|j| matches!(ctx.w(j), "all" | "both") && matches!(ctx.w(j - 1), "on" | "against")))
    })
}

/// A treaty's proper name around a capitalised cue at token `i` ("the Treaty of Friendship,
/// Cooperation and Mutual Assistance", "the North Atlantic Treaty"): the name, if any, and the
/// index of the first token after it (`i + 1` when there is no name).
fn treaty_name(ctx: &Ctx, i: usize) -> (Option<String>, usize) {
    let cap = |k: usize| ctx.raw(k).chars().next().is_some_and(|c| c.is_uppercase());
    if !cap(i) {
        return (None, i + 1);
    }
    let mut a = i;
    while a > 0
        && cap(a - 1)
        && ctx.w(a - 1) != "the"
        && !ctx.w(a - 1).ends_with("'s")
        && !ctx.acts.iter().any(|m| m.end == ctx.end_of(a - 1))
        // (Not who leads it: "the Russian-led Collective Security Treaty Organization".)
        && !ctx.w(a - 1).ends_with("-led")
    {
        a -= 1;
    }
    let mut b = i + 1;
    if matches!(ctx.w(b), "of" | "on" | "for") && cap(b + 1) {
        b += 1;
        while b < ctx.toks.len() {
            if cap(b) || (matches!(ctx.w(b), "of" | "and" | "," | "on" | "for" | "in") && cap(b + 1)) {
                b += 1;
            } else {
                break;
            }
        }
    }
    if b - a < 2 {
        return (None, i + 1);
    }
    let name = ctx.text.get(ctx.start_of(a)..ctx.end_of(b - 1)).map(str::to_string);
    (name, b)
}

/// Verbs of promising, which bind only when the promise is mutual or against an attack on the
/// one promised: "each pledged to act to meet an armed attack on the other", "pledged to help the
/// Philippines if it is attacked" (not "pledged to help Ukraine after the invasion").
const PLEDGES: &[&str] = &["pledge", "pledges", "pledged", "pledging", "undertook", "undertake", "undertakes", "promised", "promise", "promises", "vowed"];

/// Whether tokens `[from, to)` make an attack the condition of what is promised: "if either is
/// attacked", "in the event of an armed attack", "comes under attack", "an attack on the other".
fn attack_condition(ctx: &Ctx, from: usize, to: usize) -> bool {
    let attack = |j: usize| matches!(ctx.w(j), "attack" | "attacked" | "attacks" | "aggression" | "invaded" | "invasion");
    (from..to).any(|j| match ctx.w(j) {
        "if" | "should" | "whenever" => (j + 1..(j + 8).min(to)).any(attack),
        // ("in the event of a major natural disaster, a pandemic or military aggression")
        "event" => j >= 2 && ctx.w(j - 1) == "the" && ctx.w(j - 2) == "in" && (j + 1..(j + 14).min(to)).any(attack),
        "under" => ctx.w(j + 1) == "attack",
        "attack" | "aggression" => {
            matches!(ctx.w(j + 1), "on" | "against")
                && (matches!(ctx.w(j + 2), "either" | "each" | "any" | "one") || (ctx.w(j + 2) == "the" && ctx.w(j + 3) == "other"))
        }
        _ => false,
    })
}

/// Whether tokens `[from, to)` make a promise mutual: "each other", "one another", "either",
/// "assist the other".
fn mutual_in(ctx: &Ctx, from: usize, to: usize) -> bool {
    (from..to).any(|j| match ctx.w(j) {
        "each" => ctx.w(j + 1) == "other" || ctx.w(j + 1) == "other's",
        "one" => ctx.w(j + 1) == "another" || ctx.w(j + 1) == "another's",
        "either" => true,
        "other" | "other's" => j >= 2 && ctx.w(j - 1) == "the" && matches!(ctx.w(j - 2), "on" | "to" | "against" | "help" | "assist" | "aid" | "defend" | "protect"),
        _ => false,
    })
}

/// Terms told without a treaty word, or of a treaty whose parties the sentence does not name:
/// "Under the treaty, each ally pledges to act to meet an armed attack on the other", "A separate
/// clause commits the two governments to consult without delay whenever either faces a threat",
/// "Biden, Kishida and Yoon pledged that their governments would consult one another promptly in
/// a crisis", "the United States would regard any armed attack on Qatar as a threat to its own
/// peace and security". A promise binds when it is mutual or made against an attack on the one
/// promised; a promise of help after an attack, or to answer one, binds no one. The parties: each
/// state bound (the object of a binding verb, or the subjects) with each state it must defend,
/// else the states bound when the promise is mutual, else those of the treaty told in the two
/// sentences before (`last`) when the sentence names no other state. Call only for a sentence
/// that told no alliance otherwise.
pub(super) fn terms(ctx: &Ctx, last: Option<&[realign_core::ActorRef]>, out: &mut Vec<Extracted>) {
    let n = ctx.toks.len();
    let state = |a: &&super::Act| a.r.code.len() == 3 && a.r.code != "UNK" && !ctx.possessive(a);
    // The verb that binds or promises, and the act it commits to: "commits X to consult",
    // "pledged to assist", "pledged that their governments would consult".
    let mut found: Option<(usize, usize, Obligation, usize, bool)> = None;
    for k in 0..n {
        let w = ctx.w(k);
        let binds = BINDING.contains(&w);
        if !(binds || PLEDGES.contains(&w)) {
            continue;
        }
        // (Not a noun, "its promise to help", nor a promise asked for, failed or denied: "urged
        // Washington to pledge", "failing to keep its promise", "is not obliged".)
        if matches!(ctx.w(k.saturating_sub(1)), "its" | "their" | "his" | "her" | "a" | "the" | "this" | "that" | "to")
            || (k.saturating_sub(4)..k).any(|j| matches!(ctx.w(j), "not" | "never" | "no" | "urged" | "asked" | "called" | "pressed" | "failed" | "failing" | "refused" | "declined" | "without"))
            || ctx.irrealis_before(k)
        {
            continue;
        }
        let act = (k + 1..(k + 10).min(n)).find_map(|j| {
            let lead = ctx.w(j) == "to" || (ctx.w(j) == "would" && (k + 1..j).any(|m| ctx.w(m) == "that"));
            if !lead {
                return None;
            }
            let v = if ctx.w(j + 1) == "help" && matches!(ctx.w(j + 2), "defend" | "protect") { j + 2 } else { j + 1 };
            match ctx.w(v) {
                "consult" => Some((v, Obligation::Consultation)),
                "help" | "act" | "assist" | "aid" | "come" | "respond" | "defend" | "protect" => Some((v, Obligation::Defense)),
                "provide" if (v + 1..(v + 5).min(n)).any(|m| matches!(ctx.w(m), "assistance" | "aid" | "help")) => Some((v, Obligation::Defense)),
                _ => None,
            }
        });
        let Some((v, obligation)) = act else { continue };
        // What the promise says, to the end of the sentence part, 25 words at most.
        let lim = (v + 1..n).find(|&j| matches!(ctx.w(j), ";" | "." | "while" | "but" | "although")).unwrap_or(n).min(v + 25);
        let mutual = mutual_in(ctx, k, lim);
        let danger = (v..lim).any(|j| matches!(ctx.w(j), "threat" | "threats" | "crisis" | "crises" | "aggression" | "attack" | "attacks" | "attacked" | "emergency"));
        let ok = match obligation {
            // ("pledged to consult each other on Security Council votes" is no pact.)
            Obligation::Consultation => (mutual || binds) && danger,
            // (Not an answer to an attack: "vowed to respond to the Israeli attack".)
            _ => attack_condition(ctx, v, lim) || (mutual && danger && ctx.w(v) != "respond") || (binds && ctx.w(v) == "defend" && mutual),
        };
        if ok {
            found = Some((k, v, obligation, lim, mutual));
            break;
        }
    }
    // "would regard any armed attack on Qatar as a threat to its own peace and security".
    let regard = || {
        (1..n).find_map(|k| {
            if !(matches!(ctx.w(k), "regard" | "treat" | "consider" | "view") && matches!(ctx.w(k + 1), "any" | "an")) {
                return None;
            }
            let on = (k + 2..(k + 4).min(n)).find(|&j| matches!(ctx.w(j), "attack" | "aggression") && matches!(ctx.w(j + 1), "on" | "against"))? + 1;
            let as_at = (on..(on + 10).min(n)).find(|&j| ctx.w(j) == "as")?;
            let own = (as_at..(as_at + 10).min(n)).any(|j| matches!(ctx.w(j), "own" | "itself" | "themselves")) && (as_at..(as_at + 4).min(n)).any(|j| matches!(ctx.w(j), "threat" | "attack"));
            own.then_some((k, on, as_at))
        })
    };
    let (k, v, obligation, lim, regard_on, mutual) = match found {
        Some((k, v, o, lim, mutual)) => (k, v, o, lim, None, mutual),
        None => match regard() {
            Some((k, on, as_at)) => (k, on, Obligation::Defense, as_at, Some(on), mutual_in(ctx, k, as_at)),
            None => return,
        },
    };
    let (ca, _) = ctx.clause(k);
    // The states bound: the object of a binding verb ("commits the two governments", "commits
    // France and Britain"), else the subjects ("the United States and the Philippines each
    // pledged").
    let group_at = |t: usize| -> Vec<&super::Act> {
        let Some(idx) = ctx.acts.iter().position(|a| ctx.tok_at(a.start) == t || (ctx.w(t) == "the" && ctx.tok_at(a.start) == t + 1) || (ctx.w(t) == "the" && a.start == ctx.start_of(t))) else { return Vec::new() };
        let (_, gb) = ctx.group(idx);
        ctx.acts[idx..gb.max(idx + 1)].iter().filter(state).collect()
    };
    let bound: Vec<&super::Act> = {
        let object = if BINDING.contains(&ctx.w(k)) { group_at(k + 1) } else { Vec::new() };
        if !object.is_empty() {
            object
        } else {
            // (In a clause of "under which", the subjects bound by the treaty before it: "The two
            // countries are bound by the Shusha Declaration, under which each pledges…".)
            let terms_clause = (ca.saturating_sub(2)..(ca + 3).min(n)).any(|j| matches!(ctx.w(j), "which" | "whereby"));
            let subject = ctx.acts.iter().rposition(|a| a.end <= ctx.start_of(k) && a.start >= ctx.start_of(ca) && ctx.subjectish(a) && !ctx.possessive(a));
            let subject = subject.or_else(|| terms_clause.then(|| ctx.acts.iter().position(|a| a.end <= ctx.start_of(ca) && ctx.subjectish(a) && !ctx.possessive(a))).flatten());
            match subject {
                Some(idx) => {
                    let (ga, gb) = ctx.group(idx);
                    ctx.acts[ga..gb].iter().filter(state).collect()
                }
                None => Vec::new(),
            }
        }
    };
    // The states to be defended: named right after the act ("to help the Philippines", "to help
    // defend Congolese territory", "to help Belarus and Kazakhstan") or attacked ("any armed
    // attack on Qatar"); not places, people or things of a state.
    let after = regard_on.unwrap_or(v);
    // ("promised to come to Tuvalu's aid")
    let after = if ctx.w(after) == "come" && ctx.w(after + 1) == "to" { after + 1 } else { after };
    let possessed = |t: usize| -> Vec<&super::Act> { ctx.acts.iter().filter(|a| ctx.tok_at(a.start) == t && ctx.possessive(a) && a.r.code.len() == 3).collect() };
    let guarded: Vec<&super::Act> = if ctx.w(after) == "to" && !possessed(after + 1).is_empty() { possessed(after + 1) } else { group_at(after + 1) };
    let guarded: Vec<&super::Act> = guarded
        .into_iter()
        .filter(|a| !a.place && !bound.iter().any(|b| b.r.code == a.r.code) && a.r.kind != realign_core::ActorKind::Igo && ctx.tok_at(a.start) < lim.max(after + 2))
        .collect();
    let named_elsewhere = ctx.acts.iter().any(|a| state(&a) && !a.place && last.is_some_and(|l| !l.iter().any(|p| p.code == a.r.code)));
    let groups: Vec<(Vec<realign_core::ActorRef>, f32)> = if !guarded.is_empty() && !bound.is_empty() {
        // (Each state bound with each it must defend: "The United States and Japan pledged to
        // help the Philippines if it is attacked" binds neither to the other.)
        let mut g = Vec::new();
        for b in &bound {
            for d in &guarded {
                let pair = refs([*b, *d]);
                if pair.len() == 2 && !g.iter().any(|(x, _): &(Vec<realign_core::ActorRef>, f32)| *x == pair) {
                    g.push((pair, 0.6));
                }
            }
        }
        g
    } else if guarded.is_empty() && refs(bound.iter().copied()).len() >= 2 && mutual {
        vec![(refs(bound.iter().copied()), 0.6)]
    } else if guarded.is_empty() && bound.is_empty() && !named_elsewhere && (mutual || (0..n).any(|j| matches!(ctx.w(j), "each" | "both" | "members" | "signatories" | "parties"))) {
        match last.filter(|l| l.len() >= 2) {
            Some(l) => vec![(l.to_vec(), 0.5)],
            None => return,
        }
    } else {
        return;
    };
    let ev_start = bound.iter().map(|a| a.start).min().unwrap_or(ctx.start_of(ca)).min(ctx.start_of(k));
    let ev_end = ctx.end_of(lim.max(v + 1).min(n).saturating_sub(1));
    for (parties, conf) in groups {
        out.push(Extracted {
            body: ClaimBody::Alliance(AllianceClaim { parties, obligations: vec![obligation], signed: None, in_force: in_force(ctx), terminated: None, name: None }),
            evidence: ctx.span(ev_start, ev_end),
            date: None,
            confidence: conf,
            attribution: None,
        });
    }
}
