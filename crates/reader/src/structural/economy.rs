//! Economic ties: trade shares ("China accounts for 90 per cent of all trade with North Korea"),
//! transfers ("exported US$300 million worth of dual-use goods to Russia") and dependence
//! ("economically dependent on Russia", "relies on Russian arms").
//!
//! A trade share needs a stated figure: "X is Y's largest trading partner" yields nothing. A
//! transfer needs goods plus a value or a count. Negated or hypothetical clauses yield nothing.

use realign_core::{ClaimBody, DependenceClaim, Money, Quantity, TradeShareClaim, TransferClaim};

use super::{Act, Ctx, Earlier, Extracted};
use crate::numbers::{Low, NumKind};

/// Trade-share claims of the sentence.
pub(super) fn trade_share(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for n in ctx.nums() {
        if n.kind != NumKind::Share || n.value <= 0.0 || n.value > 1.0 {
            continue;
        }
        // "N% of [all|its|Y's|total|bilateral…] trade|exports|imports"
        let k = n.next_tok;
        if ctx.w(k) != "of" {
            continue;
        }
        let flow_of = |w: &str| match w {
            "trade" | "commerce" => Some("trade"),
            "exports" => Some("exports"),
            "imports" => Some("imports"),
            _ => None,
        };
        let Some(t) = (k + 1..(k + 7).min(ctx.toks.len())).find(|&j| flow_of(ctx.w(j)).is_some()) else {
            goods_share(ctx, n, out);
            supplied_share(ctx, n, out);
            relied_share(ctx, n, out);
            continue;
        };
        let flow = flow_of(ctx.w(t)).unwrap_or("trade");
        if (k + 1..t).any(|j| ctx.is_boundary(j)) {
            continue;
        }
        let first = ctx.tok_at(n.start);
        if ctx.irrealis_before(first) {
            continue;
        }
        let between_start = ctx.end_of(k);
        let trade_start = ctx.start_of(t);
        let trade_end = ctx.end_of(t);
        let owner: Option<&Act> = ctx.acts.iter().find(|a| a.start >= between_start && a.end <= trade_start);
        // ("depends on China for 80 per cent of its exports": the "on" of a dependence cue shortly
        // before the share.)
        let relied_on = (first >= 3 && ctx.w(first - 1) == "for")
            .then(|| (first.saturating_sub(8)..first).find(|&j| DEP_CUES.iter().any(|(c, p)| ctx.w(j) == *c && ctx.w(j + 1) == *p)))
            .flatten()
            .map(|j| j + 1);
        // "… trade with X", "… exports go to X", "… imports come from X".
        let lead = match (flow, ctx.w(t + 1), ctx.w(t + 2)) {
            ("trade", "with", _) => Some(t + 2),
            ("exports", "go" | "goes" | "went", "to") | ("imports", "come" | "comes" | "came", "from") => Some(t + 3),
            ("exports", "to", _) | ("imports", "from", _) => Some(t + 2),
            _ => None,
        };
        let after_with: Option<&Act> =
            lead.and_then(|l| ctx.acts.iter().find(|a| a.start == ctx.start_of(l) || a.start == ctx.start_of(l + 1)));
        let (partner, of) = match (owner, after_with) {
            // "N% of Y's trade is with X" / "N% of Y's trade with X"
            (Some(o), Some(w)) => (Some(w), Some(o)),
            // "X gets N% of its arms imports from Y", "X sells half of its exports to Y": the
            // subject's own flow, Y the partner.
            (None, Some(w))
                if (IMPORT_VERBS.contains(&ctx.w(first.saturating_sub(1))) || EXPORT_VERBS.contains(&ctx.w(first.saturating_sub(1))))
                    && ctx.any_word(k + 1, t, &["its", "their"]) =>
            {
                (Some(w), subject_before(ctx, first))
            }
            // "X accounts for N% of all trade with Y"
            (None, Some(w)) => (subject_before(ctx, first), Some(w)),
            // "X accounts for N% of Y's trade"
            (Some(o), None) => {
                let p = subject_before(ctx, first).or_else(|| {
                    // "N% of Y's trade is with X" where "is with" follows
                    (ctx.w(t + 1) == "is" && ctx.w(t + 2) == "with")
                        .then(|| ctx.acts.iter().find(|a| a.start == ctx.start_of(t + 3)))
                        .flatten()
                });
                (p, Some(o))
            }
            // ("Mongolia depends on China for 80 per cent of its exports": the dependent's own
            // flow, the one relied on its partner; not a route, "on Djibouti's port".)
            (None, None) if ctx.any_word(k + 1, t, &["its", "their"]) && relied_on.is_some() => {
                let on = relied_on.unwrap_or(first);
                let partner = ctx.acts.iter().find(|a| {
                    let at = ctx.tok_at(a.start);
                    at > on && at <= on + 2 && a.end <= n.start && !ctx.possessive(a)
                });
                (partner, partner.and_then(|_| subject_before(ctx, on)))
            }
            // "X is Y's largest trading partner, accounting for a quarter of its trade"
            (None, None) if ctx.any_word(k + 1, t, &["its", "their"]) => {
                let p = subject_before(ctx, first);
                let o = ctx.acts.iter().rev().find(|a| {
                    a.end <= n.start
                        && ctx.possessive(a)
                        && p.map_or(true, |p| p.r.code != a.r.code)
                });
                (p, o)
            }
            (None, None) => continue,
        };
        let (Some(partner), Some(of)) = (partner, of) else { continue };
        // (Trade is between states: "The Stockholm International Peace Research Institute
        // reckons that …" names no partner.)
        if partner.r.code == of.r.code || [partner, of].iter().any(|a| a.r.kind == realign_core::ActorKind::Group && a.r.code.len() != 3) {
            continue;
        }
        let s = partner.start.min(of.start).min(n.start);
        let e = partner.end.max(of.end).max(trade_end);
        // ("80% of its arms imports": a share of one good's flow, not of all imports.)
        let goods: Vec<&str> = (k + 1..t)
            .filter(|&j| !ctx.acts.iter().any(|a| ctx.tok_at(a.start) <= j && j < ctx.tok_at(a.end)))
            .map(|j| ctx.raw(j))
            .filter(|w| !matches!(Low::new(w).as_str(), "its" | "their" | "the" | "all" | "total" | "bilateral" | "annual" | "foreign" | "overall" | "recorded" | "official" | "external" | "global" | "two-way" | "'s"))
            .collect();
        let goods = (!goods.is_empty()).then(|| goods.join(" "));
        out.push(share_claim(ctx, (partner, of), n, (flow, goods), (s, e), 0.85));
    }
}

/// "Russia's share of EU gas imports fell from about 45 per cent in 2021 to some 19 per cent",
/// "China's share of Indonesia's exports is roughly a quarter": a partner's share named as such,
/// with each figure the clause gives it.
pub(super) fn share_named(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for sh in (1..ctx.toks.len()).filter(|&k| ctx.w(k) == "share" && ctx.w(k + 1) == "of") {
        let Some(partner) = ctx.acts.iter().find(|a| ctx.possessive(a) && ctx.tok_at(a.end) + 1 >= sh && a.end <= ctx.start_of(sh)) else { continue };
        let Some(owner) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            t > sh + 1 && t <= sh + 3 && a.r.code != partner.r.code
        }) else {
            continue;
        };
        let from = ctx.tok_at(owner.end);
        let Some(t) = (from..(from + 5).min(ctx.toks.len())).find(|&j| matches!(ctx.w(j), "imports" | "exports" | "trade" | "supply" | "supplies" | "consumption" | "market")) else { continue };
        if (sh..t).any(|j| ctx.is_boundary(j)) || ctx.irrealis_before(sh) {
            continue;
        }
        let flow = match ctx.w(t) {
            "exports" => "exports",
            "trade" => "trade",
            _ => "imports",
        };
        let goods: Vec<&str> = (from..t).map(|j| ctx.raw(j)).filter(|w| !matches!(*w, "'s" | "its" | "the")).collect();
        let goods = (!goods.is_empty()).then(|| goods.join(" "));
        let (_, clause_end) = ctx.clause(t);
        for n in ctx.nums().iter().filter(|n| n.kind == NumKind::Share && n.value > 0.0 && n.value <= 1.0) {
            let first = ctx.tok_at(n.start);
            if first <= t || first >= clause_end || first > t + 16 || ctx.w(n.next_tok) == "of" {
                continue;
            }
            // (A level, not a change, "rose by 2 per cent"; nor one to come, "could rise to 25 per
            // cent", "is expected to fall to 30".)
            if ctx.w(first.saturating_sub(1)) == "by" || (t..first).any(|k| matches!(ctx.w(k), "could" | "would" | "will" | "may" | "might" | "expected" | "projected" | "forecast" | "set" | "likely" | "should")) {
                continue;
            }
            let mut claim = share_claim(ctx, (partner, owner), n, (flow, goods.clone()), (partner.start, n.end), 0.75);
            // ("from about 45 per cent in 2021 to some 19 per cent in 2024": each figure's own year.)
            if ctx.w(n.next_tok) == "in" {
                if let Some(d) = ctx.dates().iter().find(|d| d.start == ctx.start_of(n.next_tok + 1)) {
                    claim.date = Some(d.date);
                }
            }
            out.push(claim);
        }
    }
}

/// Verbs of buying from a supplier and of selling to a market, for shares of one good.
const IMPORT_VERBS: &[&str] = &[
    "imports", "imported", "import", "importing", "gets", "got", "buys", "bought", "sources", "sourced", "receives",
    "received", "obtains", "obtained", "purchases", "purchased", "receiving", "importing", "buying", "getting",
];
const EXPORT_VERBS: &[&str] = &["exports", "exported", "export", "sells", "sold", "sends", "sent", "ships", "shipped"];

/// "India imports about 60 percent of its weapons from Russia", "Norway sells half of its gas
/// to Germany": a share of one good bought from a supplier or sold to a market.
fn goods_share(ctx: &Ctx, n: &crate::numbers::Num, out: &mut Vec<Extracted>) {
    let first = ctx.tok_at(n.start);
    let verb = ctx.w(first.saturating_sub(1));
    // (A participle buys only as a progressive, and not in a question: "had been receiving", not
    // "pledged to start receiving", "Is Hungary still buying…?".)
    if verb.ends_with("ing") && (!matches!(ctx.w(first.saturating_sub(2)), "been" | "is" | "are" | "was" | "were") || ctx.text.trim_end().ends_with('?')) {
        return;
    }
    let flow = if IMPORT_VERBS.contains(&verb) {
        "imports"
    } else if EXPORT_VERBS.contains(&verb) {
        "exports"
    } else {
        return;
    };
    if first == 0 || ctx.irrealis_before(first) {
        return;
    }
    // "of its weapons", "of Y's gas", "of the country's oil"
    let mut g = n.next_tok + 1;
    let owner = ctx.acts.iter().find(|a| a.start == ctx.start_of(g) && ctx.possessive(a));
    if owner.is_some() {
        g = ctx.tok_at(owner.map_or(0, |a| a.end)) + 1;
    } else if matches!(ctx.w(g), "its" | "their") {
        g += 1;
    } else if ctx.w(g) == "the" {
        while g < n.next_tok + 5 && !ctx.w(g).ends_with("'s") {
            g += 1;
        }
        g += 1;
    } else {
        return;
    }
    let Some((goods, j)) = goods_at(ctx, g) else { return };
    let prep = if flow == "imports" { "from" } else { "to" };
    if ctx.w(j) != prep {
        return;
    }
    let Some(partner) = ctx.acts.iter().find(|a| a.start == ctx.start_of(j + 1) || a.start == ctx.start_of(j + 2)) else { return };
    let Some(of) = owner.or_else(|| subject_before(ctx, first.saturating_sub(1))) else { return };
    if partner.r.code == of.r.code {
        return;
    }
    let s = of.start.min(n.start);
    let e = partner.end.max(n.end);
    out.push(share_claim(ctx, (partner, of), n, (flow, Some(goods)), (s, e), 0.8));
}

/// Verbs of a supplier meeting part of another state's needs.
const SUPPLY_VERBS: &[&str] = &[
    "supplies", "supplied", "supply", "provides", "provided", "provide", "delivers", "delivered", "meets", "met", "meet", "covers", "covered", "cover", "furnishes", "furnished",
];

/// "Nigeria supplies about 70 per cent of Niger's electricity", "China buys 80 per cent of
/// Indonesia's nickel": the subject's share of another state's supply of one good (its imports)
/// or of its sales of one good (its exports).
fn supplied_share(ctx: &Ctx, n: &crate::numbers::Num, out: &mut Vec<Extracted>) {
    let first = ctx.tok_at(n.start);
    if first == 0 || ctx.irrealis_before(first) {
        return;
    }
    // (The verb right before the share, or before its qualifier: "supplied around a fifth of".)
    let at = if first >= 2 && matches!(ctx.w(first - 1), "about" | "around" | "roughly" | "some" | "nearly" | "almost" | "over" | "approximately") { first - 2 } else { first.saturating_sub(1) };
    let verb = ctx.w(at);
    if !(SUPPLY_VERBS.contains(&verb) || IMPORT_VERBS.contains(&verb) || matches!(verb, "takes" | "took" | "absorbs" | "absorbed")) {
        return;
    }
    // (A base form only as a present fact, "Russian supplies cover…": not "pledged to provide",
    // "aims to meet", "Can Norway cover…?".)
    let base_form = matches!(verb, "supply" | "provide" | "meet" | "cover");
    if base_form && (at == 0 || matches!(ctx.w(at - 1), "to" | "will" | "would" | "can" | "could" | "may" | "might" | "should" | "must" | "cannot" | "not") || ctx.text.trim_end().ends_with('?') || ctx.w(0) == "can") {
        return;
    }
    let flow = if SUPPLY_VERBS.contains(&verb) { "imports" } else { "exports" };
    // "of Y's GOODS", Y another state than the subject; nothing after naming a supplier.
    // ("of the EU's heavy rare earths"; "of Hungarian gas consumption", a demonym's.)
    let g = if ctx.w(n.next_tok + 1) == "the" { n.next_tok + 2 } else { n.next_tok + 1 };
    let Some(owner) = ctx.acts.iter().find(|a| a.start == ctx.start_of(g) && (ctx.possessive(a) || (demonym_like(ctx, a) && !ctx.w(ctx.tok_at(a.end)).ends_with("'s")))) else { return };
    // (The goods after "Niger's", one token or two.)
    let after_owner = if ctx.w(g).ends_with("'s") {
        g + 1
    } else if ctx.possessive(owner) {
        ctx.tok_at(owner.end) + 1
    } else {
        ctx.tok_at(owner.end)
    };
    let Some((goods, j)) = goods_at(ctx, after_owner).filter(|(g, _)| traded_goods(g)) else { return };
    if matches!(ctx.w(j), "from" | "to" | "with") {
        return;
    }
    let Some(partner) = subject_before(ctx, first.saturating_sub(1)) else { return };
    // (The EU's supply counts as its members' together.)
    if partner.r.code == owner.r.code || partner.r.kind != realign_core::ActorKind::State || !(owner.r.kind == realign_core::ActorKind::State || owner.r.code == "EU") {
        return;
    }
    let s = partner.start.min(n.start);
    let e = owner.end.max(ctx.end_of(j.saturating_sub(1)));
    out.push(share_claim(ctx, (partner, owner), n, (flow, Some(goods)), (s, e), 0.75));
    // ("…, about 85 per cent of its light rare earths and 71 per cent of its gallium": the shares
    // listed after it, of the same owner's other goods.)
    let mut at = j;
    for m in ctx.nums().iter().filter(|m| m.start > n.start) {
        let mf = ctx.tok_at(m.start);
        let joined = (at..mf).all(|k| matches!(ctx.w(k), "," | "and" | "about" | "around" | "roughly" | "some" | "nearly" | "almost" | "over" | "approximately" | "more" | "than"));
        if m.kind != NumKind::Share || m.value <= 0.0 || m.value > 1.0 || !joined || ctx.w(m.next_tok) != "of" || !matches!(ctx.w(m.next_tok + 1), "its" | "their") {
            break;
        }
        let Some((goods, gj)) = goods_at(ctx, m.next_tok + 2).filter(|(g, _)| traded_goods(g)) else { break };
        out.push(share_claim(ctx, (partner, owner), m, (flow, Some(goods)), (m.start, ctx.end_of(gj.saturating_sub(1))), 0.7));
        at = gj;
    }
}

/// "South Korea relies on China for more than 90 per cent of its natural graphite": the one
/// relied on supplies that share of the dependent's own supply of one good (its imports).
fn relied_share(ctx: &Ctx, n: &crate::numbers::Num, out: &mut Vec<Extracted>) {
    let first = ctx.tok_at(n.start);
    if first < 3 || ctx.w(first - 1) != "for" || !matches!(ctx.w(n.next_tok + 1), "its" | "their") || ctx.irrealis_before(first) {
        return;
    }
    let Some(on) = (first.saturating_sub(8)..first).find(|&j| DEP_CUES.iter().any(|(c, p)| ctx.w(j) == *c && ctx.w(j + 1) == *p)).map(|j| j + 1) else { return };
    let Some(partner) = ctx.acts.iter().find(|a| {
        let at = ctx.tok_at(a.start);
        at > on && at <= on + 2 && a.end <= n.start && !ctx.possessive(a)
    }) else {
        return;
    };
    let Some((goods, j)) = goods_at(ctx, n.next_tok + 2).filter(|(g, _)| traded_goods(g)) else { return };
    let Some(of) = subject_before(ctx, on) else { return };
    if partner.r.code == of.r.code || partner.r.kind != realign_core::ActorKind::State || of.r.kind != realign_core::ActorKind::State {
        return;
    }
    out.push(share_claim(ctx, (partner, of), n, ("imports", Some(goods)), (of.start.min(n.start), ctx.end_of(j.saturating_sub(1))), 0.75));
}

/// Whether `goods`, read after a share ("80 per cent of its …"), names goods traded: not money
/// of a budget or debt, nor people, nor aid, nor a clause ("its members want more pipelines").
fn traded_goods(goods: &str) -> bool {
    let words: Vec<String> = goods.split_whitespace().map(|w| Low::new(w).as_str().to_string()).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    !goods.contains("'s")
        && words.len() <= 4
        && !NOT_GOODS.contains(&first.as_str())
        && !NOT_GOODS.contains(&last.as_str())
        && !PEOPLE_AND_LAND.contains(&last.as_str())
        && !super::deployment::UNITS.contains(&last.as_str())
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "budget" | "debt" | "debts" | "revenue" | "revenues" | "spending" | "income" | "financing" | "costs" | "cost" | "expenses" | "bill" | "tourists" | "visitors" | "remittances"
                    | "security" | "defence" | "defense" | "members" | "population" | "own" | "want" | "wants" | "say" | "said"
            )
        })
}

/// A trade-share claim: `partner` is `n` of `of`'s `flow` (of `goods`), evidenced by bytes `span`.
fn share_claim(
    ctx: &Ctx,
    (partner, of): (&Act, &Act),
    n: &crate::numbers::Num,
    (flow, goods): (&str, Option<String>),
    span: (usize, usize),
    confidence: f32,
) -> Extracted {
    Extracted {
        body: ClaimBody::TradeShare(TradeShareClaim {
            partner: partner.r.clone(),
            of: of.r.clone(),
            share: n.value,
            qualifier: n.qualifier,
            flow: flow.to_string(),
            // ("the Solomon Islands' log exports": not the apostrophe.)
            goods: goods.map(|g| g.trim_start_matches(['\'', ' ']).to_string()).filter(|g| !g.is_empty()),
        }),
        evidence: ctx.span(span.0, span.1),
        date: ctx.date_near(n.end),
        confidence,
        attribution: None,
    }
}

/// Verbs that introduce a reported clause with "that".
const REPORTING: &[&str] = &[
    "said", "says", "say", "estimates", "estimated", "estimate", "believes", "believed", "reported", "reports", "claims", "claimed", "alleged",
    "alleges", "noted", "added", "warned", "argued", "argues", "concluded", "found", "confirmed", "announced", "stated", "thinks", "suspects",
    "suspected", "fears", "insists", "insisted", "acknowledged", "admitted", "revealed", "disclosed", "reckons", "reckoned", "calculates",
    "calculated",
];

/// Whether `n` is a share of the subject's own goods: "85 per cent of its gas".
fn own_share(ctx: &Ctx, n: &crate::numbers::Num) -> bool {
    n.kind == NumKind::Share && ctx.w(n.next_tok) == "of" && matches!(ctx.w(n.next_tok + 1), "its" | "their")
}

/// Verbs of agreeing or beginning that may stand, with "to", between a subject and its verb:
/// "after Canberra agreed to provide".
const AGREEING: &[&str] = &["agreed", "began", "begun", "started", "continued", "decided", "chose", "opted", "moved", "pledged", "promised", "offered"];

/// The subject actor of the clause ending at token `i` (or of the sentence, if the clause has
/// none): the first mention not governed by a preposition.
pub(super) fn subject_before<'c>(ctx: &'c Ctx, i: usize) -> Option<&'c Act<'c>> {
    // ("Turkey sold drones to Ethiopia and Russia supplied jets to Sudan": the state right
    // before the verb, with at most auxiliaries and adverbs between, is its subject.)
    if let Some(a) = ctx.acts.iter().rev().find(|a| ctx.tok_at(a.end) <= i && a.end <= ctx.start_of(i)) {
        let between = ctx.tok_at(a.end)..i;
        let aux = between.clone().all(|k| {
            matches!(ctx.w(k), "has" | "have" | "had" | "also" | "now" | "since" | "reportedly" | "already" | "recently" | "quietly" | "itself" | "then" | "still" | "too" | "," | "meanwhile" | "in" | "turn" | "separately" | "openly" | "alone")
                // ("after Canberra agreed to provide A$140 million": a verb of agreeing or
                // beginning, then "to", before the verb.)
                || (k + 2 == i && ctx.w(k + 1) == "to" && AGREEING.contains(&ctx.w(k)))
                || (k + 1 == i && ctx.w(k) == "to" && k >= 1 && AGREEING.contains(&ctx.w(k - 1)))
        });
        let t = ctx.tok_at(a.start);
        let opens = ctx.w(t.saturating_sub(1));
        // ("During the Tigray war Turkey sold it drones": after a short opening phrase of time,
        // with no comma, the mention opens the clause.)
        let (ca, _) = ctx.clause(t);
        let after_opening = t > ca + 1
            && t <= ca + 6
            && matches!(ctx.w(ca), "during" | "in" | "after" | "since" | "following" | "amid" | "throughout" | "before" | "last" | "this" | "earlier")
            && (ca + 1..t).all(|k| !ctx.is_boundary(k) && !ctx.acts.iter().any(|b| ctx.tok_at(b.start) == k && b.r.kind == realign_core::ActorKind::Person))
            && ctx.raw(t - 1).chars().all(|c| c.is_alphanumeric());
        if aux && between.len() <= 5 && ctx.subjectish(a) && !ctx.possessive(a) && (after_opening || matches!(opens, "" | "and" | "but" | "while" | "," | "the" | "that" | ";" | "after" | "before" | "when" | "once" | "until" | "because")) {
            return Some(a);
        }
    }
    let (ca, _) = ctx.clause(i);
    // ("North Korea has sent troops to fight for Russia, and has shipped shells to Moscow": a
    // clause of "and" and its verb alone shares the subject of the sentence (or of the clause a
    // verb of saying reports), when that subject stands right before its verb.)
    if ca >= 2 && ca < i && matches!(ctx.w(ca), "and" | "but") && ctx.w(ca - 1) == "," && (ca + 1..i).all(|k| matches!(ctx.w(k), "has" | "have" | "had" | "also" | "then" | "later" | "since" | "now" | "still")) {
        // (A colon opens a sentence of its own: "…is Chinese: Serbia bought…, and has since
        // acquired".)
        let said = (0..ca).rev().find(|&k| REPORTING.contains(&ctx.w(k)) || ctx.w(k) == ":").map_or(0, |k| ctx.end_of(k));
        let subject = ctx.acts.iter().find(|a| a.start >= said && a.end <= ctx.start_of(ca - 1) && ctx.subjectish(a) && !ctx.possessive(a));
        if let Some(a) = subject.filter(|a| {
            let n = ctx.w(ctx.tok_at(a.end));
            matches!(n, "has" | "have" | "had" | "is" | "was" | "will" | "would") || (n.len() > 3 && n.ends_with("ed") && !REPORTING.contains(&n)) || TRANSFER_VERBS.contains(&n)
        }) {
            return Some(a);
        }
    }
    // ("while Naftogaz, Ukraine's state energy company, sold Chisinau gas": an apposition naming
    // the subject as a state's company or agency gives its state.)
    if i >= 2 && ca == i && ctx.w(i - 1) == "," {
        let (pa, pb) = ctx.clause(i - 2);
        let company = (pa..pb).any(|k| matches!(ctx.w(k), "company" | "firm" | "corporation" | "giant" | "monopoly" | "operator" | "agency" | "group" | "producer" | "lender" | "bank" | "fund"));
        if company && pa >= 2 && ctx.w(pa - 1) == "," {
            if let Some(a) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == pa && ctx.possessive(a)) {
                return Some(a);
            }
        }
    }
    // ("Beijing has stationed a team in Honiara, trained hundreds of recruits and donated water
    // cannon trucks": the last verb of a series, after "and", is done by the subject of the
    // series' first clause.)
    let verbish = |w: &str| w.len() > 3 && w.ends_with("ed") || matches!(w, "sent" | "sold" | "gave" | "built" | "lent" | "paid" | "made" | "took" | "held");
    if i >= 1 && ctx.w(i - 1) == "and" && ca >= 2 && ctx.w(ca - 1) == "," && verbish(ctx.w(ca)) {
        let mut k = ca;
        while k >= 2 && ctx.w(k - 1) == "," && verbish(ctx.w(k)) {
            k = ctx.clause(k - 2).0;
        }
        // (Its subject opens that clause, before an auxiliary or a verb.)
        if let Some(a) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            let next = ctx.w(ctx.tok_at(a.end));
            t >= k && t <= k + 1 && ctx.subjectish(a) && !ctx.possessive(a) && (matches!(next, "has" | "have" | "had") || verbish(next))
        }) {
            return Some(a);
        }
    }
    // ("…, and Tokyo has tried to fill part of the gap, giving Phnom Penh roughly $20m": a
    // participle after a comma is done by the subject of the clause before it.)
    if i >= 2 && ca == i && ctx.w(i - 1) == "," && ctx.w(i).ends_with("ing") {
        let (pa, pb) = ctx.clause(i - 2);
        if let Some(a) = ctx.acts.iter().find(|a| a.start >= ctx.start_of(pa) && a.end <= ctx.end_of(pb.saturating_sub(1)) && ctx.subjectish(a) && !ctx.possessive(a) && {
            let t = ctx.tok_at(a.start);
            (pa..t).all(|k| matches!(ctx.w(k), "and" | "but" | "the" | "so" | "yet" | "while"))
        }) {
            return Some(a);
        }
    }
    // ("Turkey, which trains Somali special forces, patrols Somali waters and has sent drones
    // to Mogadishu": the verb of a relative clause, however many verbs it lists, is its
    // antecedent's.)
    let mut c = ca;
    for _ in 0..4 {
        let opens_with_act = ctx.acts.iter().any(|a| ctx.tok_at(a.start) == c || (ctx.w(c) == "the" && ctx.tok_at(a.start) == c + 1));
        if opens_with_act || c < 2 {
            break;
        }
        if matches!(ctx.w(c - 1), "which" | "who") {
            // ("…, for which the Export-Import Bank of China lent": "which" is an object; the
            // clause has a subject of its own.)
            if c >= 2 && matches!(ctx.w(c - 2), "for" | "with" | "by" | "under" | "through" | "to" | "of") {
                break;
            }
            if let Some(a) = ctx.antecedent(c) {
                return Some(a);
            }
            break;
        }
        let first = ctx.w(c);
        let verbish = matches!(first, "has" | "have" | "had" | "is" | "was" | "also" | "then") || (first.len() > 3 && (first.ends_with('s') || first.ends_with("ed")));
        if ctx.w(c - 1) != "," || !verbish {
            break;
        }
        c = ctx.clause(c - 2).0;
    }
    let cs = ctx.start_of(ca);
    let ie = ctx.start_of(i);
    // ("…, for which the Export-Import Bank of China lent the Lao government": a state's
    // institution opening the clause is its subject.)
    if let Some(a) = ctx.acts.iter().find(|a| {
        let t = ctx.tok_at(a.start);
        a.start >= cs && a.end <= ie && of_institution(ctx, a, &["bank", "ministry", "government", "corporation", "fund"]) && {
            let first_word = if ctx.w(ca) == "the" { ca + 1 } else { ca };
            (first_word..t - 1).all(|k| ctx.raw(k).chars().next().is_some_and(|c| c.is_uppercase()) || ctx.w(k) == "of")
        }
    }) {
        return Some(a);
    }
    // ("Seoul estimates that the North has shipped…": the reported clause's own subject.)
    // (Not a relative "that": "a company that EU officials say have bought…".)
    let reported = (ca..i)
        .rev()
        .find(|&k| ctx.w(k) == "that" && k > 0 && REPORTING.contains(&ctx.w(k - 1)))
        .map(|k| ctx.end_of(k));
    // ("accused Pyongyang of shipping shells": the one accused of the act does it.)
    // ("…, with China alone accounting for 15 per cent of Egypt's imports": the subject of an
    // absolute clause.)
    if let Some(a) = ctx.acts.iter().find(|a| {
        a.start >= cs && a.end <= ie && ctx.word_before(a) == "with" && {
            let t = ctx.tok_at(a.end);
            let t = if matches!(ctx.w(t), "alone" | "also" | "now" | "still" | "itself") { t + 1 } else { t };
            ctx.w(t).ends_with("ing") && t < i
        }
    }) {
        return Some(a);
    }
    // ("accused Pyongyang this week of shipping", a few words between.)
    if i >= 2 && ctx.w(i - 1) == "of" {
        if let Some(a) = ctx.acts.iter().rev().find(|a| ctx.tok_at(a.end) + 3 >= i - 1 && a.end <= ctx.start_of(i - 1) && a.start >= cs) {
            return Some(a);
        }
    }
    if let Some(a) = reported.and_then(|rs| ctx.acts.iter().find(|a| a.start >= rs && a.end <= ie && ctx.subjectish(a))) {
        return Some(a);
    }
    // ("South Korean intelligence believes Moscow has supplied Pyongyang": the reported
    // clause's subject right after the verb, no "that".)
    let bare = (ca..i).rev().find(|&k| REPORTING.contains(&ctx.w(k)) && !matches!(ctx.w(k + 1), "that" | "," | "it"));
    if let Some(a) = bare.and_then(|k| ctx.acts.iter().find(|a| ctx.tok_at(a.start) == k + 1 || (ctx.w(k + 1) == "the" && ctx.tok_at(a.start) == k + 2))) {
        if a.end <= ie {
            return Some(a);
        }
    }
    ctx.acts
        .iter()
        .find(|a| a.start >= cs && a.end <= ie && ctx.subjectish(a))
        .or_else(|| ctx.acts.iter().find(|a| a.end <= ie && ctx.subjectish(a)))
        // ("The Export-Import Bank of China lent …": a state's institution.)
        .or_else(|| ctx.acts.iter().find(|a| a.end <= ie && of_institution(ctx, a, &["bank", "ministry", "government", "army", "navy", "corporation", "company", "fund"])))
}

/// Whether a state is named as the owner of one of `institutions` right before it: "the
/// Export-Import Bank of China".
fn of_institution(ctx: &Ctx, a: &Act, institutions: &[&str]) -> bool {
    let t = ctx.tok_at(a.start);
    t >= 2 && ctx.w(t - 1) == "of" && institutions.contains(&ctx.w(t - 2))
}

/// Dependence told by needs another state's goods meet, or by where a state's goods come from:
/// "Russian gas meets around 85 per cent of Armenia's needs", "Algerian gas covers most of
/// Tunisia's electricity demand", "nearly all of Armenia's imported wheat comes from Russian
/// farms". A share under a quarter ("covers 10 per cent of") tells no dependence.
pub(super) fn needs_met(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for v in 0..ctx.toks.len() {
        let w = ctx.w(v);
        // (The plural present too, not the infinitive: "Ethiopian dams cover two-thirds of
        // Djibouti's electricity demand", not "to cover".)
        let meets = matches!(w, "meets" | "met" | "covers" | "covered" | "satisfies" | "satisfied" | "fills" | "filled")
            || (matches!(w, "meet" | "cover" | "satisfy" | "fill") && !matches!(ctx.w(v.saturating_sub(1)), "to" | "not" | "will" | "would" | "could" | "can" | "cannot" | "may" | "might" | "must" | "should"));
        let comes = matches!(w, "comes" | "come" | "came") && ctx.w(v + 1) == "from";
        if (!meets && !comes) || ctx.irrealis_near(v) {
            continue;
        }
        let (ca, cb) = ctx.clause(v);
        let (dependent, on, goods_from, goods_to, share_from) = if meets {
            // "… of Armenia's [electricity] needs": a possessive after "of", a need after it.
            let Some(of) = (v + 1..(v + 8).min(cb)).find(|&k| ctx.w(k) == "of") else { continue };
            let at = if ctx.w(of + 1) == "the" { of + 2 } else { of + 1 };
            let Some(owner) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == at && ctx.possessive(a)) else { continue };
            let oe = ctx.tok_at(owner.end);
            let Some(need) = (oe..(oe + 4).min(cb.max(oe + 1))).find(|&k| matches!(ctx.w(k), "needs" | "need" | "demand" | "consumption" | "requirements" | "imports" | "supply")) else {
                continue;
            };
            // The supplier: the subject, a state or its goods ("Russian gas"), else the goods
            // opening the sentence before an aside ("Russian gas, piped through Georgia, meets").
            let opener = || {
                ctx.acts.iter().find(|a| {
                    let t = ctx.tok_at(a.start);
                    (t == 0 || (t == 1 && ctx.w(0) == "the")) && !ctx.possessive(a) && (ctx.tok_at(a.end)..v).any(|k| ctx.w(k) == ",")
                })
            };
            let Some(by) = subject_before(ctx, v).filter(|a| a.start >= ctx.start_of(ca) && ctx.subjectish(a)).or_else(opener) else { continue };
            (owner, by, ctx.tok_at(by.end), need + 1, (v + 1, of))
        } else {
            // "… of Armenia's imported wheat comes from Russian farms": the owner before the verb,
            // the share before it, the supplier right after "from".
            let Some(owner) = ctx.acts.iter().rev().find(|a| a.end <= ctx.start_of(v) && a.start >= ctx.start_of(ca) && ctx.possessive(a)) else { continue };
            let ot = ctx.tok_at(owner.start);
            let of = if ctx.w(ot.saturating_sub(1)) == "the" { ot.saturating_sub(2) } else { ot.saturating_sub(1) };
            if ctx.w(of) != "of" {
                continue;
            }
            let Some(by) = ctx.acts.iter().find(|a| {
                let t = ctx.tok_at(a.start);
                t > v + 1 && t <= v + 3
            }) else {
                continue;
            };
            (owner, by, ctx.tok_at(owner.end), v, (ca, of))
        };
        if dependent.r.code == on.r.code || dependent.r.code.len() != 3 || on.r.code.len() != 3 || !large_share(ctx, share_from.0, share_from.1, 0.25, &["half", "much", "entirety"]) {
            continue;
        }
        let sph = sphere(ctx, goods_from, goods_to.max(goods_from + 1)).or_else(|| sphere(ctx, ca, v)).unwrap_or("general");
        // The goods themselves move too: "Russian gas … meets 85 per cent of Armenia's needs",
        // "Armenia's imported wheat comes from Russian farms".
        let goods_words = if meets {
            let e = (goods_from..v).find(|&k| ctx.w(k) == "," || ctx.is_boundary(k)).unwrap_or(v);
            // ("Russia meets most of Armenia's gas needs", "Ethiopian dams cover two-thirds of
            // Djibouti's electricity demand": the goods named before the need, else the subject's.)
            let named = (ctx.tok_at(dependent.end), goods_to.saturating_sub(1));
            if named.0 < named.1 { named } else { (goods_from, e) }
        } else {
            (goods_from, v)
        };
        let goods = (goods_words.0 < goods_words.1 && goods_words.1 - goods_words.0 <= 4)
            .then(|| ctx.text.get(ctx.start_of(goods_words.0)..ctx.end_of(goods_words.1 - 1)))
            .flatten()
            .filter(|g| !g.is_empty() && g.split_whitespace().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-')));
        if let Some(goods) = goods.filter(|_| sph != "general" && sph != "military" && sph != "diplomatic") {
            out.push(Extracted {
                body: ClaimBody::Transfer(TransferClaim { source: on.r.clone(), target: dependent.r.clone(), goods: goods.to_string(), value: None, quantity: None }),
                evidence: ctx.span(ctx.start_of(ca).min(on.start).min(dependent.start), ctx.end_of(goods_to.saturating_sub(1)).max(on.end).max(dependent.end)),
                date: ctx.s.date,
                confidence: 0.55,
                attribution: None,
            });
        }
        out.push(Extracted {
            body: ClaimBody::Dependence(DependenceClaim { actor: dependent.r.clone(), on: on.r.clone(), sphere: sph.to_string() }),
            evidence: ctx.span(ctx.start_of(ca).min(on.start).min(dependent.start), ctx.end_of(goods_to.saturating_sub(1)).max(on.end).max(dependent.end)),
            date: ctx.s.date,
            confidence: 0.65,
            attribution: None,
        });
    }
}

/// Verbs whose subject receives: the supplier is named in the goods or after "from".
const BUY_VERBS: &[&str] = &[
    "bought",
    "buys",
    "buying",
    "purchased",
    "purchases",
    "purchasing",
    "imported",
    "imports",
    "importing",
    "acquired",
    "acquires",
    "acquiring",
    "received",
    "receives",
    "receiving",
    "obtained",
    "borrowed",
    "borrows",
    "borrowing",
];

/// Verbs whose recipient may stand right after them, before the goods: "handed Manila coastal
/// radars", "sold Poland 96 helicopters".
const GIVE_VERBS: &[&str] = &[
    "handed", "hand", "gave", "given", "giving", "gives", "sold", "sell", "lend", "sells", "selling", "sent", "sending", "lent", "lending", "loaned", "granted", "donated", "gifted", "offered",
];

/// Infinitives that report a transfer only after these ("agreed to sell", "began supplying" is
/// the participle): a plan or promise otherwise.
const BARE_VERBS: &[&str] = &["sell", "supply", "deliver", "provide", "ship", "send", "transfer", "hand", "lend"];

/// Nouns for a transfer, read as its verb when an act verb governs them: "approved the sale of
/// three air-defence systems to Taiwan".
const TRANSFER_NOUNS: &[&str] = &["sale", "sales", "delivery", "deliveries", "shipment", "shipments", "transfer", "transfers"];

/// Verbs of goods moved (with [`BUY_VERBS`], whose subject receives).
const TRANSFER_VERBS: &[&str] = &[
    "donated",
    "donating",
    "handed",
    "handing",
    "lent",
    "loaned",
    "lending",
    "granted",
    "gifted",
    "allocated",
    "budgeted",
    "bought",
    "buys",
    "buying",
    "purchased",
    "purchases",
    "purchasing",
    "imported",
    "imports",
    "importing",
    "acquired",
    "exported",
    "exporting",
    "exports",
    "export",
    "sold",
    "selling",
    "sells",
    "supplied",
    "supplying",
    "supplies",
    "shipped",
    "shipping",
    "ships",
    "delivered",
    "delivering",
    "delivers",
    "provided",
    "providing",
    "provides",
    "transferred",
    "transferring",
    "sent",
    "sending",
    "gave",
    "giving",
];

const GOODS_STOP: &[&str] = &[
    "to",
    "for",
    "from",
    "that",
    "which",
    "who",
    "in",
    "into",
    "since",
    "during",
    "over",
    "as",
    "necessary",
    "worth",
    "by",
    "despite",
    "because",
    "while",
    "via",
    "through",
    "last",
    "this",
    "each",
    "per",
    "on",
    "at",
    "with",
    "between",
    "after",
    "before",
    "until",
    "so",
    "including",
    "and",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "to",
    "valued",
    "under",
    "amid",
    "along",
    "alongside",
    "together",
    "alike",
];

/// The goods noun phrase starting at token `i`: up to six tokens before a stop word.
fn goods_at(ctx: &Ctx, i: usize) -> Option<(String, usize)> {
    let mut j = i;
    while j < ctx.toks.len() && j < i + 6 && !GOODS_STOP.contains(&ctx.w(j)) && !ctx.is_boundary(j) && ctx.w(j) != "." {
        j += 1;
    }
    if j == i {
        return None;
    }
    let mut a = i;
    while a < j && matches!(ctx.w(a), "the" | "a" | "an" | "of" | "some" | "its" | "more" | "further" | "additional" | "another") {
        a += 1;
    }
    if a == j {
        return None;
    }
    let g = ctx.text.get(ctx.start_of(a)..ctx.end_of(j - 1))?.to_string();
    Some((g, j))
}

/// Verbs of giving whose goods go to a recipient the text spoke of when none is named.
const GIVING: &[&str] = &[
    "deposited",
    "delivered", "delivers", "delivering", "supplied", "supplies", "supplying", "donated", "donating", "handed", "provided", "provides", "providing", "shipped",
    "gave", "sell", "supply", "deliver", "provide", "send", "ship",
];

/// A transfer of goods `goods` (ending before token `e`) given by the verb at token `v` with no
/// recipient named: the recipient of a transfer the sentence told before (in `told`), else the
/// state the sentence names before the verb that is neither the giver nor a seller ("from"), else
/// the one state the sentence before named besides the giver, else the state the document is
/// about ([`Earlier::topic`]). Told with low confidence, since the text does not name it.
fn given_in_context(ctx: &Ctx, earlier: &Earlier, told: &[Extracted], v: usize, (goods, e): (&str, usize), value: Option<Money>, quantity: Option<Quantity>) -> Option<Extracted> {
    // ("Japan has been Mongolia's largest donor, and Tokyo extended a ¥65.6 billion concessional
    // loan to build the airport": credit extended, by what it is.)
    let credit = matches!(ctx.w(v), "extended" | "extends" | "extending" | "put" | "puts" | "rolled" | "rolls")
        && goods.split_whitespace().any(|g| matches!(Low::new(g).as_str(), "loan" | "loans" | "credit" | "grant" | "grants" | "financing" | "facility" | "deposits" | "debt"));
    // ("Beijing lent about $4.7 billion to build the railway": money lent for a purpose.)
    let lent = matches!(ctx.w(v), "lent" | "loaned" | "lends") && value.is_some();
    // ("has given more than $500 million in security assistance")
    // (Money only: "has given no sign".)
    let given = ctx.w(v) == "given" && matches!(ctx.w(v.saturating_sub(1)), "has" | "have" | "had") && value.is_some();
    // ("Beijing sent $100 million in emergency aid": a sum sent.)
    let given = given || (value.is_some() && matches!(ctx.w(v), "sent" | "sends" | "sending"));
    // (Not "along with Archer systems": more goods.)
    let party_word = (e..(e + 3).min(ctx.toks.len())).any(|k| matches!(ctx.w(k), "from" | "for") || (ctx.w(k) == "with" && !matches!(ctx.w(k.saturating_sub(1)), "along" | "together")));
    if !(GIVING.contains(&ctx.w(v)) || given || credit || lent) || (party_word && !(lent || (credit && value.is_some()))) {
        return None;
    }
    // ("each handed over 175 prisoners of war": people released, not goods.)
    if goods.split_whitespace().map(Low::new).any(|w| not_goods_unit(w.as_str()) && !matches!(w.as_str(), "over" | "back")) {
        return None;
    }
    let giver = subject_before(ctx, v)?;
    // ("…, which Washington says supplied riot equipment": who tells of it gave nothing.)
    if REPORTING.contains(&ctx.w(ctx.tok_at(giver.end))) {
        return None;
    }
    let state = |r: &realign_core::ActorRef| r.kind == realign_core::ActorKind::State && r.code.len() == 3 && r.code != "UNK" && r.code != giver.r.code;
    // ("Turkey, bound to Azerbaijan by a mutual-assistance clause, supplied the drones": named
    // between the giver and its verb too.)
    // (Not the subject of another clause: "India has become its largest supplier, …, while
    // France agreed to sell" names no recipient for France.)
    let acting = |a: &Act| {
        let next = ctx.w(ctx.tok_at(a.end));
        let (ca, cb) = ctx.clause(ctx.tok_at(a.start));
        let supplies = (ca..cb.min(v)).any(|k| TRANSFER_VERBS.contains(&ctx.w(k)) || matches!(ctx.w(k), "supplier" | "seller" | "exporter" | "provider" | "donor"));
        supplies && ctx.subjectish(a) && !ctx.possessive(a) && (matches!(next, "has" | "have" | "had" | "is" | "was" | "are" | "were" | "will" | "would" | "says" | "said") || (next.len() > 3 && next.ends_with("ed")))
    };
    // (Nor who tells of it: "Washington accused Tehran of supplying missiles".)
    let telling = |a: &Act| {
        let t = ctx.tok_at(a.end);
        let t = if matches!(ctx.w(t), "has" | "have" | "had" | "also" | "again") { t + 1 } else { t };
        REPORTING.contains(&ctx.w(t)) || matches!(ctx.w(t), "accused" | "accuses" | "accusing" | "charged" | "charges" | "blamed" | "blames")
    };
    let here: Vec<&Act> = ctx.acts.iter().filter(|a| a.end <= ctx.start_of(v) && state(a.r) && ctx.word_before(a) != "from" && !acting(a) && !telling(a)).collect();
    // ("India sold it rocket launchers, and France delivered three radars": the recipient of a
    // transfer the sentence told before, when it told one recipient only.)
    let parallel: Vec<&realign_core::ActorRef> = told
        .iter()
        .filter(|x| x.evidence.end <= ctx.span(0, ctx.start_of(v)).end)
        .filter_map(|x| match &x.body {
            ClaimBody::Transfer(t) => Some(&t.target),
            _ => None,
        })
        .collect();
    let parallel = match parallel.as_slice() {
        [first, rest @ ..] if state(first) && rest.iter().all(|r| r.code == first.code) => Some((*first).clone()),
        _ => None,
    };
    // ("Paris has also provided Ground Master radars, …, which accused France of arming Armenia":
    // the state the sentence says is armed.)
    let armed = ctx.acts.iter().find(|a| a.start >= ctx.end_of(e.saturating_sub(1)) && state(a.r) && matches!(ctx.word_before(a), "arming" | "arm" | "equipping" | "rearming"));
    let parallel = parallel.or_else(|| armed.map(|a| a.r.clone()));
    // ("Pyongyang has shipped shells to Moscow. In return, Moscow has delivered refined oil":
    // given back to the one that gave.)
    let returned = (ctx.w(0) == "in" && matches!(ctx.w(1), "return" | "exchange"))
        .then(|| earlier.last_transfer.filter(|(_, back)| (1..=2).contains(back)))
        .flatten()
        .and_then(|(parties, _)| match parties {
            [source, target] if target.code == giver.r.code && state(source) => Some(source.clone()),
            _ => None,
        });
    let parallel = returned.or(parallel);
    let prev = earlier.prev;
    let mut codes: Vec<&str> = here.iter().map(|a| a.r.code.as_str()).collect();
    let named_here = !codes.is_empty();
    if codes.is_empty() {
        // (Not the giver of the sentence before: "Russia has sent tankers. China has shipped
        // solar panels" gives nothing to Russia.)
        let gave_before = earlier.last_transfer.filter(|(_, back)| *back == 1).and_then(|(parties, _)| parties.first()).map(|r| r.code.as_str());
        // (A state's body counts as it: "Italy funds and trains the Libyan coastguard. Rome has
        // handed over a dozen patrol boats".)
        let body = |r: &realign_core::ActorRef| r.kind == realign_core::ActorKind::GovBody && r.code.len() == 3 && r.code != "UNK" && r.code != giver.r.code;
        codes = prev.iter().filter(|r| (state(r) || body(r)) && Some(r.code.as_str()) != gave_before).map(|r| r.code.as_str()).collect();
    }
    codes.dedup();
    // ("Japan lent about $580 million for the new airport" in an article about Mongolia: with no
    // state named here, the state the document is about, if the sentence before named no other
    // or named it among others.)
    let topic = earlier.topic(&giver.r.code).filter(|t| !named_here && (codes.is_empty() || codes.contains(&t.code.as_str())));
    // (Only one candidate: with two, the text does not say which.)
    let (target, confidence) = match (parallel, codes.as_slice(), topic) {
        (Some(p), _, _) => (p, 0.5),
        (None, [code], _) => (here.iter().rev().find(|a| a.r.code == *code).map(|a| a.r.clone()).or_else(|| prev.iter().find(|r| r.code == *code).map(|r| realign_core::ActorRef::state(&r.code)))?, 0.45),
        (None, _, Some(t)) => (t.clone(), 0.45),
        _ => return None,
    };
    Some(Extracted {
        body: ClaimBody::Transfer(TransferClaim { source: giver.r.clone(), target, goods: goods.to_string(), value, quantity }),
        evidence: ctx.span(giver.start, ctx.end_of(e.saturating_sub(1))),
        date: ctx.date_near(ctx.end_of(v)),
        confidence,
        attribution: None,
    })
}

/// Transfer claims of the sentence; `earlier` tells what the sentences before named.
pub(super) fn transfer(ctx: &Ctx, earlier: &Earlier, out: &mut Vec<Extracted>) {
    for v in 0..ctx.toks.len() {
        let w = ctx.w(v);
        // ("agreed to sell", "approved the sale of", "completed deliveries of")
        // ("France agreed in June 2024 to sell": a time between.)
        let agreed_at = (v.saturating_sub(6)..v.saturating_sub(1)).rev().find(|&k| matches!(ctx.w(k), "agreed" | "began" | "begun" | "started" | "continued" | "continues" | "continue"));
        // ("Denmark was the first country to hand Kyiv F-16 fighters": the first to do it did;
        // looked for only before an infinitive.)
        let first_to = || (v.saturating_sub(5)..v.saturating_sub(1)).any(|k| ctx.w(k) == "first" && matches!(ctx.w(k.saturating_sub(1)), "the" | "its"));
        let bare = BARE_VERBS.contains(&w)
            && ctx.w(v.saturating_sub(1)) == "to"
            && (agreed_at.is_some_and(|a| (a + 1..v - 1).all(|k| time_word(ctx, k))) || first_to());
        // ("pointing to France's delivery last month of 36 Caesar howitzers to Armenia": a state's
        // own transfer, named by its noun.)
        let owner = (TRANSFER_NOUNS.contains(&w) && v >= 1)
            .then(|| {
                ctx.state_right_before(v).filter(|a| ctx.possessive(a))
            })
            .flatten()
            .and_then(|a| (v + 1..(v + 4).min(ctx.toks.len())).find(|&k| ctx.w(k) == "of" && (v + 1..k).all(|j| time_word(ctx, j))).map(|of| (a, of)));
        let noun = TRANSFER_NOUNS.contains(&w)
            && ctx.w(v + 1) == "of"
            && matches!(ctx.w(v.saturating_sub(1)), "the" | "its" | "their")
            && matches!(
                ctx.w(v.saturating_sub(2)),
                "approved" | "approves" | "authorised" | "authorized" | "cleared" | "completed" | "finalised" | "finalized" | "announced" | "began" | "started" | "made"
            );
        // ("has given Manila five patrol vessels": the participle after "has", not "given the
        // risks".)
        let given = w == "given" && matches!(ctx.w(v.saturating_sub(1)), "has" | "have" | "had");
        // ("extended a $2 billion credit line to Islamabad", "disbursed $500 million to Kyiv":
        // money lent or paid out, checked below; "extended its ban" moves nothing.)
        // ("CNPC advanced Niamey a $400 million loan", "pays its neighbour $1.5 billion a year":
        // money advanced or paid, with the money checked below.)
        // ("Beijing rolled over $2 billion in loans", "India has put up a $1.2 billion credit
        // line": money lent again or offered, by the particle.)
        let rolled = matches!(w, "rolled" | "rolls" | "put" | "puts") && ctx.w(v + 1) == if matches!(w, "put" | "puts") { "up" } else { "over" };
        // (In lower case: "an Extended Fund Facility" is a name.)
        // ("Washington poured more than $10bn into Plan Colombia", "Beijing has pumped $3 billion
        // into Laos": money put into a state, with the money checked below.)
        // ("agreed to wire roughly US$25 million to the Burundian treasury": money sent.)
        let wired = matches!(w, "wired" | "wires" | "remitted") || (w == "wire" && ctx.w(v.saturating_sub(1)) == "to" && agreed_at.is_some());
        let poured = wired || matches!(w, "poured" | "pours" | "pumped" | "pumps" | "funnelled" | "funneled" | "channelled" | "channeled" | "injected" | "ploughed" | "plowed");
        let credit = (matches!(w, "extended" | "extends" | "extending" | "disbursed" | "disburses" | "disbursing" | "advanced" | "paid" | "pays") && ctx.raw(v).starts_with(|c: char| c.is_lowercase())) || rolled || poured;
        // ("Pakistan took delivery of the first batch of J-10C fighters from China": the
        // subject receives.)
        let delivery = w == "delivery" && ctx.w(v + 1) == "of" && matches!(ctx.w(v.saturating_sub(1)), "took" | "take" | "takes" | "taking" | "taken");
        // ("Bogota chose to buy 17 Gripen fighters from Sweden"; "Qatar ordered another 12
        // Eurofighter Typhoons from the United Kingdom": ordering counts with a number only.)
        let bare_buy = matches!(w, "buy" | "purchase" | "acquire")
            && ctx.w(v.saturating_sub(1)) == "to"
            && matches!(ctx.w(v.saturating_sub(2)), "chose" | "decided" | "agreed" | "opted" | "moved");
        // ("Abu Dhabi has tried to diversify, ordering 80 Rafale fighters from France")
        let ordered = matches!(w, "ordered" | "ordering")
            && ctx.nums().iter().any(|n| {
                let t = ctx.tok_at(n.start);
                t == v + 1 || (t == v + 2 && matches!(ctx.w(v + 1), "another" | "further" | "additional" | "more"))
            });
        // ("Spain and Italy buy large volumes of Algerian gas": the plural present, not the
        // infinitive, which needs a verb before it, above.)
        let plural_buy = matches!(w, "buy" | "import" | "purchase")
            && !matches!(ctx.w(v.saturating_sub(1)), "to" | "not" | "will" | "would" | "could" | "may" | "might" | "should" | "must" | "can" | "cannot" | "'t")
            && subject_before(ctx, v).is_some_and(|a| ctx.tok_at(a.end) + 4 >= v);
        // ("Athens signed for up to 40 F-35s from the United States": a contract for counted
        // goods.)
        let signed_for = w == "signed"
            && ctx.w(v + 1) == "for"
            && ctx.nums().iter().any(|n| n.kind == NumKind::Count && (v + 2..=v + 4).contains(&ctx.tok_at(n.start)));
        // ("The country still gets around 80 per cent of its natural gas from Russia": a share of
        // the subject's own goods got from a supplier.)
        // ("gets most of its gas from Russia", "sources almost all of its wheat": a word of
        // share, then "of its".)
        let share_of_own = |at: usize| {
            ctx.nums().iter().any(|n| (at..at + 3).contains(&ctx.tok_at(n.start)) && own_share(ctx, n))
                || (at..at + 4).find(|&k| ctx.w(k) == "of").is_some_and(|of| {
                    of > at
                        && matches!(ctx.w(of + 1), "its" | "their")
                        && (at..of).any(|k| matches!(ctx.w(k), "most" | "all" | "bulk" | "much" | "half"))
                        && (at..of).all(|k| matches!(ctx.w(k), "most" | "all" | "bulk" | "much" | "half" | "almost" | "nearly" | "virtually" | "practically" | "the" | "a" | "large" | "good" | "big"))
                })
        };
        let gets_share = matches!(w, "gets" | "get" | "got" | "getting" | "sources" | "sourced" | "sourcing" | "takes" | "took" | "taking") && share_of_own(v + 1);
        let buy = BUY_VERBS.contains(&w) || delivery || bare_buy || ordered || plural_buy || signed_for || gets_share;
        // ("Japan said it would deliver five coastal radar systems to the Philippine navy",
        // "Germany will deliver two more IRIS-T systems to Ukraine…, Pistorius said": a transfer
        // its giver announces, told at lower confidence.)
        // ("will also donate": an adverb between.)
        let modal_at = if v >= 3 && matches!(ctx.w(v - 1), "also" | "now" | "soon" | "then" | "still" | "further") { v - 1 } else { v };
        let announced = matches!(w, "deliver" | "supply" | "provide" | "donate" | "sell" | "transfer" | "ship" | "lend" | "send")
            && v >= 2
            && matches!(ctx.w(modal_at - 1), "would" | "will")
            // ("said on Thursday it would supply")
            && ((matches!(ctx.w(modal_at - 2), "it" | "they") && (modal_at.saturating_sub(7)..modal_at - 2).any(|k| matches!(ctx.w(k), "said" | "says" | "announced" | "announces" | "confirmed" | "confirms")))
                || (ctx.acts.iter().any(|a| ctx.tok_at(a.end) == modal_at - 1 && ctx.subjectish(a) && a.r.kind == realign_core::ActorKind::State)
                    && (v + 1..ctx.toks.len()).any(|k| ctx.w(k) == "," && (k + 1..(k + 12).min(ctx.toks.len())).any(|j| matches!(ctx.w(j), "said" | "says" | "announced")))
                    // (Not a forecast: "…, analysts said".)
                    && !ctx.any_word(v + 1, ctx.toks.len(), &["analysts", "analyst", "experts", "expert", "observers", "diplomats", "sources"])))
            // (Nor a condition: "will supply jets if the talks fail".)
            && !ctx.any_word(v + 1, ctx.toks.len(), &["if", "unless"]);
        if !TRANSFER_VERBS.contains(&w) && !buy && !bare && !noun && !given && !credit && owner.is_none() && !announced {
            continue;
        }
        // ("banned imports of Japanese seafood", "dependent on imports of crude": a flow named,
        // not goods moved.)
        if BUY_VERBS.contains(&w) && ctx.w(v + 1) == "of" {
            continue;
        }
        // ("lean on Russian supplies every winter", "its exports": a noun after a state's
        // adjective or a determiner, not a verb.)
        if matches!(w, "supplies" | "exports" | "imports" | "ships" | "purchases" | "deliveries")
            && (matches!(ctx.w(v.saturating_sub(1)), "the" | "its" | "their" | "his" | "her" | "our" | "of" | "on" | "for" | "new" | "more" | "fresh")
                // ("cut electricity, fuel and internet supplies": a noun after the goods' noun.)
                || (w == "supplies" && matches!(ctx.w(v.saturating_sub(1)), "internet" | "fuel" | "gas" | "oil" | "electricity" | "power" | "food" | "water" | "medical" | "arms" | "weapons" | "ammunition" | "grain" | "energy" | "military" | "aid" | "relief" | "humanitarian"))
                || ctx.acts.iter().any(|a| ctx.tok_at(a.end) == v && !ctx.possessive(a) && a.end <= ctx.start_of(v) && demonym_like(ctx, a)))
        {
            continue;
        }
        // ("lifted export curbs it imposed in 2019", "export controls on chips": the word names a
        // kind of rule or figure, not goods sent.)
        if matches!(w, "export" | "exports" | "import" | "imports")
            && matches!(
                ctx.w(v + 1),
                "curbs" | "controls" | "control" | "ban" | "bans" | "restrictions" | "licences" | "licenses" | "licence" | "license"
                    | "duties" | "duty" | "tariffs" | "quotas" | "quota" | "rules" | "regime" | "earnings" | "revenue" | "revenues"
                    | "markets" | "volumes" | "figures" | "data" | "permits" | "embargo" | "levies" | "taxes" | "credits"
            )
        {
            continue;
        }
        // ("received Iraqi Prime Minister Mohammed Shia al-Sudani": a visitor hosted.)
        if matches!(w, "received" | "receives" | "receiving")
            && (ctx.acts.iter().any(|a| ctx.tok_at(a.start) > v && ctx.tok_at(a.start) <= v + 6 && a.r.kind == realign_core::ActorKind::Person)
                || ctx.any_word(v + 1, v + 6, &[
                    "leader", "minister", "president", "premier", "prime", "king", "queen", "prince", "envoy", "envoys", "delegation",
                    "visiting", "counterpart", "chancellor", "secretary", "ambassador", "foreign", "his", "her", "team", "guests",
                ]))
        {
            continue;
        }
        // ("Iraq will keep supplying Jordan with crude", "will continue to supply": what goes on
        // and will go on.)
        let ongoing = v >= 2
            && (matches!((ctx.w(v - 2), ctx.w(v - 1)), ("will", "keep" | "continue")) || (v >= 3 && (ctx.w(v - 3), ctx.w(v - 2), ctx.w(v - 1)) == ("will", "continue", "to")))
            && !ctx.any_word(ctx.clause(v).0, v, super::NEGATIONS);
        if (ctx.irrealis_before(v) && !announced && !ongoing)
            // ("suspending banana imports from five Ecuadorian exporters"; written in lower case:
            // "the F-16 Block 70" halts nothing.)
            || (v.saturating_sub(4)..v).any(|k| {
                matches!(
                    ctx.raw(k),
                    "held" | "halt" | "halted" | "halting" | "stop" | "stopped" | "stopping" | "ban" | "banned" | "banning" | "suspend" | "suspended" | "suspending" | "block"
                        | "blocked" | "blocking" | "barred" | "barring" | "restricted" | "restricting" | "restricts" | "curbed" | "curbing" | "curbs"
                )
            })
        {
            continue;
        }
        // ("has handed over rifles and vehicles": the particle, then the goods.)
        let over = matches!(w, "handed" | "handing" | "hands") && ctx.w(v + 1) == "over";
        let k0 = match owner {
            Some((_, of)) => of + 1,
            None if noun || delivery || signed_for || over || rolled => v + 2,
            None => v + 1,
        };
        let mut k = k0;
        // "supplied Russia with …": recipient right after the verb ("given the Philippines
        // five patrol vessels": after its article).
        let at = if ctx.w(k) == "the" { k + 1 } else { k };
        // (Not a body named in lower case without its state, which modifies the goods: "donated
        // police vehicles".)
        let mut target: Option<&Act> = ctx.acts.iter().find(|a| (a.start == ctx.start_of(k) || a.start == ctx.start_of(at)) && !ctx.bare_body(a));
        if let Some(t) = target {
            k = ctx.tok_at(t.end);
            // ("lent the Lao government around US$3.6 billion": the state's body after its name.)
            // ("supplied the Philippine coast guard with ten patrol vessels": up to three words.)
            while k < ctx.tok_at(t.end) + 3
                && matches!(
                    ctx.w(k),
                    "government" | "army" | "military" | "armed" | "forces" | "junta" | "regime" | "navy" | "authorities" | "coast" | "guard" | "guards" | "border" | "air" | "force" | "police" | "marines" | "national"
                )
            {
                k += 1;
            }
            // ("supplied Myanmar's junta with fighter jets": the state's body, then "with".)
            if ctx.possessive(t) {
                if let Some(with) = (k + 1..k + 3).find(|&j| ctx.w(j) == "with") {
                    if (k..with).all(|j| !ctx.is_boundary(j) && ctx.w(j).chars().all(|c| c.is_alphabetic() || c == '-')) {
                        k = with;
                    }
                }
            }
            if ctx.w(k) == "with" {
                k += 1;
            } else if !ctx.nums().iter().any(|n| ctx.tok_at(n.start) == k || (ctx.tok_at(n.start) == k + 1 && matches!(ctx.w(k), "around" | "about" | "some" | "nearly" | "almost" | "roughly" | "over" | "another" | "a" | "an")) || (ctx.tok_at(n.start) == k + 2 && filler(ctx, k) && filler(ctx, k + 1)))
                && !recipient_then_goods(ctx, w, target, k)
            {
                target = None;
                k = k0;
            }
            // else "sold Poland 96 helicopters": the recipient, then the count
        }
        // ("Beijing is Venezuela's largest creditor, having lent it some $60 billion": "it" is the
        // state named before the verb that is not the giver.)
        // ("Israel, which has supplied it with Harop drones": "it", then "with" and the goods.)
        let pronoun_with = matches!(w, "supplied" | "supplies" | "supplying" | "provided" | "provides" | "providing" | "equipped" | "armed") && ctx.w(v + 2) == "with";
        let pronoun_recipient = target.is_none() && matches!(ctx.w(v + 1), "it" | "them") && (GIVE_VERBS.contains(&w) || pronoun_with || matches!(w, "lending" | "loaning"));
        if pronoun_recipient {
            if let Some(giver) = subject_before(ctx, v) {
                target = ctx.acts.iter().rev().find(|a| a.end <= ctx.start_of(v) && a.r.code != giver.r.code && a.r.code.len() == 3 && a.r.code != "UNK");
                k = if pronoun_with { v + 3 } else { v + 2 };
            }
        }
        // Value and goods: "[N] worth of GOODS", "GOODS worth N", "N GOODS".
        let nums = ctx.nums();
        // ("extended a further $1.5bn in loans", "lent Luanda an estimated US$45 billion")
        let num_here = nums.iter().find(|n| {
            let t = ctx.tok_at(n.start);
            (t >= k && t <= k + 1) || (t == k + 2 && filler(ctx, k) && filler(ctx, k + 1))
                // (The particle read as a qualifier: "rolled over $2 billion".)
                || (rolled && t + 1 == k)
        });
        let mut value: Option<Money> = None;
        let mut quantity: Option<Quantity> = None;
        let mut goods = String::new();
        let mut goods_end = k;
        let mut bare = false;
        let mut bare_money = false;
        match num_here {
            Some(n) if matches!(n.kind, NumKind::Money(_)) => {
                value = money(n);
                // ("provides US$1.3 billion a year in military financing": the rate, then the goods.)
                let yearly = |j: usize| match (ctx.w(j), ctx.w(j + 1)) {
                    ("a" | "per" | "each" | "every", "year" | "month") => j + 2,
                    ("annually" | "yearly", _) => j + 1,
                    _ => j,
                };
                if rolled && ctx.tok_at(n.start) + 1 == k {
                    if let Some(m) = value.as_mut() {
                        m.qualifier = realign_core::Qualifier::Exact;
                    }
                }
                let mut j = yearly(past_paren(ctx, n.next_tok));
                if ctx.w(j) == "worth" && ctx.w(j + 1) == "of" {
                    j += 2;
                } else if (ctx.w(j) == "of" || ctx.w(j) == "in") && !time_word(ctx, j + 1) {
                    // ("$500 million in aid", not "$400 million in 2024", a time.)
                    j += 1;
                } else if let Some(head) = (j..j + 3).take_while(|&x| !ctx.is_boundary(x)).find(|&x| matches!(ctx.w(x), "loan" | "loans" | "credit" | "credits" | "grant" | "grants" | "swap")) {
                    // "lent it a $2 billion loan"; "extended a US$500 million defence credit
                    // line to Vietnam": up to two modifiers before it, and its "line".
                    let end = if matches!(ctx.w(head + 1), "line" | "lines" | "facility") { head + 2 } else { head + 1 };
                    goods = ctx.text.get(ctx.start_of(j)..ctx.end_of(end - 1)).unwrap_or(ctx.w(head)).to_string();
                    goods_end = end;
                    bare_money = true;
                } else if matches!(ctx.w(j), "to" | "from") || (poured && ctx.w(j) == "into")
                    // ("Japan lent about $580 million for the new airport": lent for a purpose.)
                    || (ctx.w(j) == "for" && matches!(w, "lent" | "loaned" | "lends"))
                    || (target.is_some() && (matches!(ctx.w(j), "since" | "over" | "in" | "last" | "this" | "after" | "during" | "following" | "before" | "when" | "as" | "," | "." | "between" | "under" | "through") || (ctx.w(j) == "for" && !matches!(w, "paid" | "pays")) || j >= ctx.toks.len())) {
                    // "transferred $1 billion to Kyiv", "borrowed $45 billion from Chinese lenders"
                    goods = if matches!(w, "borrowed" | "borrows" | "borrowing" | "lent" | "loaned" | "lending") { "loans" } else { "funds" }.to_string();
                    goods_end = j;
                    bare_money = true;
                } else {
                    continue;
                }
                if !bare_money {
                    let Some((g, e)) = goods_at(ctx, j) else { continue };
                    goods = g;
                    goods_end = e;
                }
            }
            Some(n) if n.kind == NumKind::Count => {
                let Some((g, e)) = goods_at(ctx, n.next_tok) else { continue };
                let unit = g.to_ascii_lowercase();
                if unit.split_whitespace().any(not_goods_unit) {
                    // ("sent more than 11,000 troops to fight in Russia's Kursk region, as well as
                    // millions of artillery shells": goods sent with the troops go to their host.)
                    let troops = unit.split_whitespace().any(|w| matches!(w, "troops" | "soldiers"));
                    let host = ctx.acts.iter().find(|a| {
                        let t = ctx.tok_at(a.start);
                        t >= e && t <= e + 8 && matches!(ctx.word_before(a), "to" | "in" | "into")
                    });
                    if let (true, Some(host), Some(src)) = (troops, host, subject_before(ctx, v)) {
                        push_gapped(ctx, out, v, gapped(ctx, ctx.tok_at(host.end), false, Some(host), None), src, false);
                    }
                    continue;
                }
                quantity = Some(Quantity { value: n.value, unit: unit.clone(), qualifier: n.qualifier });
                goods = g;
                goods_end = e;
                // "96 helicopters worth $12 billion", "400 missiles for about $2.35 billion"
                if ctx.w(e) == "worth" || ctx.w(e) == "for" {
                    if let Some(m) = nums.iter().find(|m| ctx.tok_at(m.start) == e + 1).and_then(money) {
                        value = Some(m);
                    }
                }
            }
            // ("imports around 85 per cent of its natural gas from Russia": the goods after the
            // share, bought from the seller found below.)
            Some(n) if buy && own_share(ctx, n) => {
                let Some((g, e)) = goods_at(ctx, n.next_tok + 2) else { continue };
                goods = g;
                goods_end = e;
            }
            Some(_) => continue,
            None => {
                // "GOODS worth N", or goods alone ("transferred air-defence systems to X")
                let Some((g, e)) = goods_at(ctx, k) else { continue };
                // ("has given Guatemala grants and loans worth well over $100 million": two
                // goods, then their worth.)
                let (g, e) = match goods_at(ctx, e + 1) {
                    Some((g2, e2)) if ctx.w(e) == "and" && matches!(ctx.w(e2), "worth" | "valued") && !ctx.acts.iter().any(|a| ctx.tok_at(a.start) == e + 1) => (format!("{g} and {g2}"), e2),
                    _ => (g, e),
                };
                // ("most of its gas": the goods after the share.)
                let share_words = |h: &str| h.split_whitespace().all(|x| matches!(Low::new(x).as_str(), "most" | "all" | "bulk" | "much" | "half" | "almost" | "nearly" | "virtually" | "the" | "a" | "large" | "good" | "big" | "share"));
                let g = match (gets_share || buy, g.split_once(" of its ").or_else(|| g.split_once(" of their "))) {
                    (true, Some((head, rest))) if !rest.is_empty() && share_words(head) => rest.to_string(),
                    _ => g,
                };
                if ctx.w(e) != "worth" && ctx.w(e) != "valued" {
                    let first = Low::new(g.split_whitespace().next().unwrap_or(""));
                    let last = Low::new(g.split_whitespace().last().unwrap_or(""));
                    // ("delivered patrol boats, helicopters and radars to Quito", "exports
                    // electricity from its dams to Djibouti": a list or a source before "to".)
                    let listed = (ctx.w(e) != "to" && target.is_none() && !buy).then(|| list_to(ctx, e)).flatten();
                    // ("budget support", "humanitarian aid", "military assistance": aid of a
                    // kind is goods; bare "support" or "aid" may be words only.)
                    let kind_of_aid = matches!(last.as_str(), "support" | "aid" | "assistance")
                        && matches!(first.as_str(), "budget" | "humanitarian" | "military" | "financial" | "food" | "economic" | "development" | "security" | "technical" | "emergency" | "medical" | "lethal");
                    // ("Rabat buys American, and increasingly Israeli": a maker's adjective alone
                    // names no goods.)
                    let adjective_alone = !g.contains(' ') && ctx.acts.iter().any(|a| a.start == ctx.start_of(k) && a.end == ctx.end_of(e.saturating_sub(1)));
                    // ("supplies the sharpest example of interdependence": the noun before "of"
                    // heads the goods.)
                    let head = g.split(" of ").next().and_then(|h| h.split_whitespace().last()).map(Low::new);
                    // ("was sending a Royal Navy patrol vessel to Guyana", "dispatched the frigate
                    // … to Havana": naval craft sent are forces deployed, not goods given.)
                    let craft_sent = matches!(w, "send" | "sends" | "sent" | "sending" | "dispatch" | "dispatches" | "dispatched" | "dispatching")
                        && (matches!(last.as_str(), "warship" | "warships" | "frigate" | "frigates" | "destroyer" | "destroyers" | "corvette" | "corvettes" | "submarine" | "submarines" | "carrier" | "carriers" | "cruiser" | "cruisers")
                            || (matches!(last.as_str(), "vessel" | "vessels" | "ship" | "ships" | "boat" | "boats" | "cutter" | "cutters")
                                && g.split_whitespace().any(|x| matches!(Low::new(x).as_str(), "patrol" | "naval" | "navy" | "coast" | "guard" | "survey" | "research"))));
                    if NOT_GOODS.contains(&first.as_str())
                        || craft_sent
                        || head.is_some_and(|h| g.contains(" of ") && NOT_GOODS.contains(&h.as_str()))
                        || adjective_alone
                        || (NOT_GOODS.contains(&last.as_str()) && !kind_of_aid)
                        || PEOPLE_AND_LAND.contains(&last.as_str())
                        // ("donated police vehicles and drones": a word of people or land that
                        // modifies goods after it names no people.)
                        || (PEOPLE_AND_LAND.contains(&first.as_str()) && !(matches!(first.as_str(), "police" | "land") && g.contains(' ')))
                    {
                        continue;
                    }
                    if ctx.w(e) != "to" && target.is_none() && !buy && listed.is_none() {
                        // ("…arrived in Niamey, and Moscow delivered an air defence system":
                        // goods given with no recipient named go to the state the text spoke of.)
                        // ("delivered attack helicopters, L-39 jets and surveillance equipment
                        // worth an estimated $200 million": the whole list, and its worth.)
                        let worth = matches!(ctx.w(e), "," | "and")
                            .then(|| (e..(e + 12).min(ctx.toks.len())).take_while(|&j| !matches!(ctx.w(j), "." | ";" | ":" | "(" | ")" | "to" | "from" | "for" | "which" | "that" | "who" | "but" | "while")).find(|&j| matches!(ctx.w(j), "worth" | "valued")))
                            .flatten()
                            .filter(|&j| ctx.w(j - 1) != "," && (e..j).any(|x| ctx.w(x) == "and"));
                        let value = worth.and_then(|j| nums.iter().find(|n| (j + 1..j + 5).contains(&ctx.tok_at(n.start))).and_then(money));
                        let listed_goods = worth.filter(|_| value.is_some()).and_then(|j| {
                            let a = (k..e).find(|&x| !matches!(ctx.w(x), "the" | "a" | "an" | "some")).unwrap_or(k);
                            ctx.text.get(ctx.start_of(a)..ctx.end_of(j - 1)).map(|t| (t.to_string(), j))
                        });
                        let (g2, e2) = listed_goods.unwrap_or((g.clone(), e));
                        if let Some(x) = given_in_context(ctx, earlier, out, v, (&g2, e2), value, None) {
                            out.push(x);
                        }
                        continue;
                    }
                    goods = g;
                    goods_end = e;
                    if let Some(to) = listed {
                        // ("delivered attack helicopters, L-39 jets and surveillance equipment
                        // worth an estimated $200 million to Mali": the list ends at its worth.)
                        let worth = (e..to).find(|&j| matches!(ctx.w(j), "worth" | "valued"));
                        if matches!(ctx.w(e), "," | "and") {
                            let a = (k..e).find(|&j| !matches!(ctx.w(j), "the" | "a" | "an" | "some")).unwrap_or(k);
                            let end = worth.filter(|&w| w > a).unwrap_or(to);
                            goods = ctx.text.get(ctx.start_of(a)..ctx.end_of(end - 1)).unwrap_or(&goods).to_string();
                        }
                        if let Some(w) = worth {
                            value = nums.iter().find(|n| (w + 1..w + 5).contains(&ctx.tok_at(n.start)) && ctx.tok_at(n.start) < to).and_then(money);
                        }
                        goods_end = to;
                    }
                    bare = true;
                } else {
                    let vt = if ctx.w(e) == "valued" && ctx.w(e + 1) == "at" { e + 2 } else { e + 1 };
                    let Some(n) = nums.iter().find(|n| {
                        let t = ctx.tok_at(n.start);
                        t >= vt && t <= vt + 2
                    }) else {
                        continue;
                    };
                    let Some(m) = money(n) else { continue };
                    value = Some(m);
                    goods = g;
                    goods_end = n.next_tok;
                }
            }
        }
        // Buying reverses the roles: "Saudi Arabia bought $15 billion worth of US weapons".
        if buy {
            let Some(buyer) = subject_before(ctx, v) else { continue };
            let goods_start = ctx.start_of(k);
            let goods_stop = ctx.end_of(goods_end.saturating_sub(1));
            let seller = ctx
                .acts
                .iter()
                .find(|a| a.start >= goods_start && a.end <= goods_stop && a.r.code != buyer.r.code)
                // (Not past another act: "ordered six HIMARS and taken delivery of K9 howitzers
                // from South Korea".)
                // ("From the United States it has bought 96 Apache helicopters": a seller fronted.)
                .or_else(|| (ctx.w(0) == "from").then(|| ctx.acts.iter().find(|a| (1..=2).contains(&ctx.tok_at(a.start)) && a.end <= buyer.start && a.r.code != buyer.r.code)).flatten())
                .or_else(|| {
                    ctx.acts.iter().find(|a| a.start >= goods_stop && ctx.word_before(a) == "from").filter(|a| {
                        // ("of 24 F-16 fighter jets bought from Denmark": a participle right
                        // before "from" describes the goods.)
                        (ctx.tok_at(goods_stop)..ctx.tok_at(a.start).saturating_sub(2)).all(|k| {
                            let x = ctx.w(k);
                            !(TRANSFER_VERBS.contains(&x) || BUY_VERBS.contains(&x) || matches!(x, "delivery" | "ordered" | "signed" | "took" | "taken" | ";"))
                        })
                    })
                });
            // ("Serbia bought FK-3 systems from Beijing…, and has since acquired CH-92A drones":
            // the seller of a purchase the sentence told before, by the same buyer; "Moscow has
            // sold hardware too: Bamako has taken delivery of Su-25 aircraft": the seller the
            // clause before a colon names.)
            // (Not when another state stands by the goods: "received the first batch of U.S.
            // Javelins".)
            let other_near = ctx.acts.iter().any(|a| a.r.code != buyer.r.code && ctx.tok_at(a.start) > v && ctx.tok_at(a.start) <= goods_end + 3);
            let told_seller: Option<realign_core::ActorRef> = if seller.is_none() && !other_near {
                let before = ctx.span(0, ctx.start_of(v)).end;
                out.iter()
                    .rev()
                    .filter(|x| x.evidence.end <= before)
                    .find_map(|x| match &x.body {
                        ClaimBody::Transfer(t) if t.target.code == buyer.r.code && t.source.code != buyer.r.code => Some(t.source.clone()),
                        _ => None,
                    })
                    .or_else(|| {
                        let colon = (0..ctx.tok_at(buyer.start)).rev().find(|&j| ctx.w(j) == ":")?;
                        let sold = (0..colon).rev().find(|&j| matches!(ctx.w(j), "sold" | "supplied" | "delivered" | "shipped" | "sent" | "sells" | "supplies" | "provided"))?;
                        subject_before(ctx, sold)
                            .filter(|a| a.r.code != buyer.r.code && a.r.kind == realign_core::ActorKind::State && a.end <= ctx.start_of(sold))
                            .map(|a| a.r.clone())
                    })
            } else {
                None
            };
            let synthetic = told_seller.as_ref().map(|r| Act { start: ctx.start_of(v), end: ctx.start_of(v), r, place: false });
            let Some(seller) = seller.or(synthetic.as_ref()) else { continue };
            if seller.r.code == buyer.r.code {
                continue;
            }
            // ("bought the Barak MX system from Israel for about $500 million")
            if value.is_none() {
                value = later_value(ctx, ctx.tok_at(seller.end.max(goods_stop)));
            }
            // ("Kyrgyzstan and Tajikistan bought Russian arms": each buyer listed.)
            let buyers: Vec<&Act> = match ctx.acts.iter().position(|a| std::ptr::eq(a, buyer)) {
                Some(bi) => {
                    let (ga, gb) = ctx.group(bi);
                    // (Not "…sold jets to India and China bought": a member governed by "to"; nor
                    // "exports electricity to Djibouti and Kenya, and Djibouti gets…": a list
                    // the preposition governs, which the buyer's clause only follows.)
                    let governed = ga < bi && ctx.acts.get(ga).is_some_and(|a| matches!(ctx.word_before(a), "to" | "from" | "for" | "with" | "by" | "of" | "in" | "outside" | "near" | "at" | "into" | "on"));
                    ctx.acts[ga..gb]
                        .iter()
                        .filter(|a| std::ptr::eq(*a, buyer) || (!governed && a.end <= ctx.start_of(v) && a.r.code != seller.r.code && ctx.subjectish(a) && !matches!(ctx.word_before(a), "to" | "from" | "for" | "with" | "by" | "of" | "in")))
                        .collect()
                }
                None => vec![buyer],
            };
            // ("bought drones from Turkey and Israel": each seller listed after "from".)
            let sellers: Vec<&Act> = match ctx.acts.iter().position(|a| std::ptr::eq(a, seller)).filter(|_| seller.start >= goods_stop) {
                Some(si) => {
                    let (_, gb) = ctx.group(si);
                    ctx.acts[si..gb].iter().collect()
                }
                None => vec![seller],
            };
            for (b, seller) in buyers.iter().flat_map(|b| sellers.iter().map(move |s| (b, s))) {
                if b.r.code == seller.r.code {
                    continue;
                }
                out.push(Extracted {
                    body: ClaimBody::Transfer(TransferClaim {
                        source: seller.r.clone(),
                        target: b.r.clone(),
                        goods: goods.clone(),
                        value: value.clone(),
                        quantity: quantity.clone(),
                    }),
                    evidence: ctx.span(b.start.min(ctx.start_of(v)), seller.end.max(goods_stop)),
                    date: ctx.date_near(ctx.end_of(v)),
                    confidence: if told_seller.is_some() { 0.5 } else { 0.7 },
                    attribution: None,
                });
            }
            // ("bought TB2 drones from Turkey and Javelin missiles from the United States")
            let after = if seller.start >= goods_stop { ctx.tok_at(seller.end) } else { goods_end };
            push_gapped(ctx, out, v, gapped(ctx, after, true, None, Some(seller)), buyer, true);
            continue;
        }
        // Recipient: "to Y", "for Y's …", "into Y" after the goods (same sentence).
        if target.is_none() {
            let from = ctx.start_of(goods_end);
            // (Not a body that tells of it: "according to the Stockholm International Peace
            // Research Institute". A state's own officials telling of it are often its
            // recipient's.)
            let told_by = |a: &Act| {
                let t = ctx.tok_at(a.start);
                !matches!(a.r.kind, realign_core::ActorKind::State | realign_core::ActorKind::GovBody | realign_core::ActorKind::Person)
                    && (1..=2).any(|d| t > d && ctx.w(t - d) == "to" && matches!(ctx.w(t - d - 1), "according" | "due" | "owing" | "thanks" | "compared"))
            };
            target = ctx.acts.iter().find(|a| a.start >= from && matches!(ctx.word_before(a), "to" | "for" | "into" | "towards" | "toward") && !told_by(a));
            // ("delivered 2 million barrels of crude to the port of Matanzas": a place after its
            // kind.)
            if target.is_none() {
                target = ctx.acts.iter().find(|a| {
                    let t = ctx.tok_at(a.start);
                    a.start >= from && a.place && t >= 4 && ctx.w(t - 1) == "of" && super::deployment::PLACE_NOUNS.contains(&ctx.w(t - 2)) && ctx.w(t - 3) == "the" && matches!(ctx.w(t - 4), "to" | "into")
                });
            }
        }
        let Some(target) = target else {
            if let Some(x) = given_in_context(ctx, earlier, out, v, (&goods, goods_end), value, quantity) {
                out.push(x);
            }
            continue;
        };
        // ("extended budget support and energy vouchers to Moldovan households": money by its
        // kind; bare "support" may be political.)
        let money_kind = goods.split_whitespace().any(|g| matches!(Low::new(g).as_str(), "loan" | "loans" | "credit" | "credits" | "financing" | "bailout" | "grant" | "grants" | "vouchers" | "aid" | "assistance" | "funding" | "swap"))
            || goods.to_ascii_lowercase().contains("budget support");
        if credit && value.is_none() && !money_kind {
            continue;
        }
        let Some(source) = owner.map(|(a, _)| a).or_else(|| subject_before(ctx, v)) else { continue };
        // ("Canberra has handed over rifles to the police": a body named without its state, read
        // as the giver's own, is the state the text spoke of.)
        if target.r.code == source.r.code && target.r.kind == realign_core::ActorKind::GovBody && !ctx.possessive(target) {
            let own = ctx.text.get(target.start..target.end).unwrap_or("");
            if own.starts_with("the ") || own.starts_with("The ") || own.chars().next().is_some_and(char::is_lowercase) {
                if let Some(x) = given_in_context(ctx, earlier, out, v, (&goods, goods_end), value, quantity) {
                    out.push(x);
                }
                continue;
            }
        }
        // ("the sale of three systems to Taiwan worth nearly $2 billion", "delivered armoured
        // vehicles to Niamey under a military aid package worth an estimated $15 million")
        if value.is_none() {
            value = later_value(ctx, ctx.tok_at(target.end).max(goods_end));
        }
        let s = ctx.start_of(v).min(source.start.max(ctx.start_of(ctx.clause(v).0)));
        // ("sold K9 howitzers to Romania and Australia": one transfer per recipient listed.)
        let ti = ctx.acts.iter().position(|a| a.start == target.start && a.end == target.end).unwrap_or(0);
        let (_, gb) = ctx.group(ti);
        // (Not "… to Ethiopia and Russia sent jets": a member that opens its own clause.)
        let recipients: Vec<&Act> = if ctx.acts.get(ti).is_some_and(|a| a.start == target.start) {
            ctx.acts[ti..gb.max(ti + 1)]
                .iter()
                .enumerate()
                .take_while(|(n, a)| {
                    let next = ctx.w(ctx.tok_at(a.end));
                    *n == 0
                        || !(next.ends_with("ed")
                            || TRANSFER_VERBS.contains(&next)
                            || BUY_VERBS.contains(&next)
                            || SOURCING_VERBS.contains(&next)
                            || matches!(next, "has" | "have" | "had" | "is" | "was" | "were" | "are" | "will" | "would" | "says" | "also" | "then"))
                })
                .map(|(_, a)| a)
                .collect()
        } else {
            vec![target]
        };
        let last_end = recipients.last().map_or(target.end, |t| t.end);
        let last = recipients.last().copied();
        for target in recipients {
            if source.r.code == target.r.code {
                continue;
            }
            // ("Britain sent two warships to Guyana": ships sent that the sentence's deployments
            // already count are forces moved, not goods given.)
            let deployed = matches!(w, "sent" | "send" | "sends" | "sending" | "dispatched")
                && quantity.as_ref().is_some_and(|q| {
                    out.iter().any(|x| matches!(&x.body, ClaimBody::Deployment(d) if d.source.code == source.r.code && d.target.code == target.r.code && d.quantity.as_ref().is_some_and(|dq| dq.value == q.value)))
                });
            if deployed {
                continue;
            }
            let e = ctx.end_of(goods_end.saturating_sub(1)).max(target.end);
            out.push(Extracted {
                body: ClaimBody::Transfer(TransferClaim {
                    source: source.r.clone(),
                    target: target.r.clone(),
                    goods: goods.clone(),
                    value: value.clone(),
                    quantity: quantity.clone(),
                }),
                evidence: ctx.span(s, e),
                date: ctx.date_near(ctx.end_of(v)),
                confidence: if announced { 0.5 } else if bare { 0.6 } else { 0.75 },
                attribution: None,
            });
        }
        // ("donated 5,000 tonnes of wheat and 40 buses to Nicaragua": goods counted on their own
        // before the recipient go to it too.)
        if matches!(ctx.w(goods_end), "and" | ",") && target.start > ctx.end_of(goods_end) {
            let before: Vec<_> = gapped(ctx, goods_end, false, None, Some(target)).into_iter().filter(|x| x.3.end <= target.end).collect();
            push_gapped(ctx, out, v, before, source, false);
        }
        // ("sold K9 howitzers to Romania, and FA-50s to Malaysia": more goods to another.)
        push_gapped(ctx, out, v, gapped(ctx, ctx.tok_at(last_end.max(ctx.end_of(goods_end.saturating_sub(1)))), false, None, last), source, false);
    }
}

/// Transfers of the goods [`gapped`] found, between each party and `known` (the buyer when
/// `buy`, else the giver), told by the verb at token `v`.
fn push_gapped(ctx: &Ctx, out: &mut Vec<Extracted>, v: usize, found: Vec<(&Act, String, Option<Quantity>, realign_core::Span)>, known: &Act, buy: bool) {
    for (party, goods, quantity, span) in found {
        if party.r.code == known.r.code {
            continue;
        }
        let (source, target) = if buy { (party, known) } else { (known, party) };
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source: source.r.clone(), target: target.r.clone(), goods, value: None, quantity }),
            evidence: span,
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.55,
            attribution: None,
        });
    }
}

/// Goods without a participle after them: "Chinese Wing Loong drones delivered" are the drones.
fn trim_participle(goods: String) -> String {
    match goods.rsplit_once(' ') {
        Some((head, last)) if last.ends_with("ed") && !GOODS_PARTICIPLES.contains(&Low::new(last).as_str()) => head.to_string(),
        _ => goods,
    }
}

/// Whether a mention's words end as a demonym does ("Azerbaijani", "Syrian", "Chinese"): a
/// state's adjective, which names a maker or owner rather than a party.
fn demonym_like(ctx: &Ctx, a: &Act) -> bool {
    ctx.text.get(a.start..a.end).is_some_and(|t| ["ian", "ean", "can", "ese", "ish", "ench", "ani", "aqi", "eli"].iter().any(|x| t.ends_with(x)))
}

/// The one state other than `subject` that "its" after token `v` refers to: named before the
/// subject's clause, or a possessive before `v` ("X is Trinidad and Tobago's largest partner,
/// buying 40% of its exports"); not one relied "on".
fn other_named_before<'c>(ctx: &'c Ctx, subject: &Act, v: usize) -> Option<&'c Act<'c>> {
    let (ca, _) = ctx.clause(ctx.tok_at(subject.start));
    ctx.only_state(|a| a.r.code != subject.r.code && ctx.word_before(a) != "on" && (a.end <= ctx.start_of(ca) || (a.end <= ctx.start_of(v) && ctx.possessive(a))))
}

/// Words that, ending in "-ed", describe goods rather than open a clause ("armed drones").
const GOODS_PARTICIPLES: &[&str] = &["armed", "armored", "armoured", "advanced", "guided", "unmanned", "used", "refurbished", "upgraded", "modified", "integrated"];

/// Further goods joined to a transfer after token `from`, each with another party: "…, and
/// FA-50s to Malaysia" (a recipient, `buy` false), "… from Turkey and Javelin missiles from the
/// United States", "French satellites and Chinese air defence systems", ", along with Iranian
/// drones" (a seller, `buy` true); with `fixed`, goods naming no party of their own go to it
/// ("11,000 troops to Russia, as well as millions of shells"), and with `same`, goods added by
/// "as well as" or "along with" do ("bombers from Russia, as well as helicopters"). Stops at the
/// next clause.
fn gapped<'c>(ctx: &'c Ctx, from: usize, buy: bool, fixed: Option<&'c Act<'c>>, same: Option<&'c Act<'c>>) -> Vec<(&'c Act<'c>, String, Option<Quantity>, realign_core::Span)> {
    let mut out = Vec::new();
    let mut j = from;
    let end = (from + 40).min(ctx.toks.len());
    while j < end {
        let w = ctx.w(j);
        if matches!(w, "." | ";" | ":" | "while" | "but" | "which" | "who" | "that" | "has" | "have" | "had" | "is" | "was" | "were" | "are" | "will" | "would")
            || TRANSFER_VERBS.contains(&w)
            || BUY_VERBS.contains(&w)
        {
            break;
        }
        let skip = match w {
            // ("and followed them with armoured vehicles", "and later added Mistral missiles",
            // ", following up with towed howitzers": more goods from the same party.)
            // ("buys Iranian oil, Saudi oil and Qatari gas": a list's middle item, by its maker.)
            "," => followed_with(ctx, j + 1).map_or(usize::from(buy && ctx.acts.iter().any(|a| ctx.tok_at(a.start) == j + 1 && !ctx.possessive(a))), |f| f - j),
            "and" | "plus" => followed_with(ctx, j + 1).map_or(1, |f| f - j),
            "following" => followed_with(ctx, j).map_or(0, |f| f - j),
            "as" if ctx.w(j + 1) == "well" && ctx.w(j + 2) == "as" => 3,
            "along" | "together" if ctx.w(j + 1) == "with" => 2,
            _ => 0,
        };
        if skip == 0 {
            j += 1;
            continue;
        }
        let mut m = j + skip;
        while matches!(ctx.w(m), "the" | "a" | "an" | "some" | "several" | "more" | "other" | "its") {
            m += 1;
        }
        let mut q = None;
        // (The count may open with its qualifier: "and some 250 Abrams tanks".)
        // (Not a year: "and the 2015 border blockade".)
        let year = |n: &crate::numbers::Num| (1900.0..2100.0).contains(&n.value) && ctx.text.get(n.start..n.end).is_some_and(|t| t.len() == 4);
        if let Some(n) = ctx.nums().iter().find(|n| (j + skip..=m).contains(&ctx.tok_at(n.start)) && n.kind == NumKind::Count && !year(n)) {
            m = n.next_tok;
            q = Some(n);
        }
        let quantity_of = |goods: &str| q.map(|n: &crate::numbers::Num| Quantity { value: n.value, unit: goods.to_ascii_lowercase(), qualifier: n.qualifier });
        let verbish = |k: usize| {
            let x = ctx.w(k);
            (x.ends_with("ed") && !GOODS_PARTICIPLES.contains(&x) && !x.ends_with("-propelled"))
                || TRANSFER_VERBS.contains(&x)
                || BUY_VERBS.contains(&x)
                || matches!(x, "has" | "have" | "had" | "is" | "was" | "were" | "are" | "will" | "would" | "said" | "says" | "also" | "," | "." | "")
                // ("…, and Niamey took delivery of…": a past tense without "-ed" opens a clause too.)
                || matches!(x, "took" | "takes" | "got" | "gets" | "made" | "makes" | "paid" | "pays" | "kept" | "keeps" | "held" | "holds" | "won" | "became" | "began" | "built" | "spent" | "met" | "led")
        };
        // A seller named in the goods: "and Chinese air defence systems".
        if let Some(a) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == m) {
            let after = ctx.tok_at(a.end);
            if !buy || fixed.is_some() || ctx.possessive(a) || verbish(after) {
                break;
            }
            let Some((g, e)) = goods_at(ctx, after) else { break };
            // ("Chinese Wing Loong drones delivered in 2018": not the participle after them.)
            let g = trim_participle(g);
            let quantity = quantity_of(&g);
            out.push((a, g, quantity, ctx.span(ctx.start_of(j), ctx.end_of(e.saturating_sub(1)))));
            j = e;
            continue;
        }
        // (After "followed them with" goods follow, "towed howitzers".)
        if verbish(m) && ctx.w(m.saturating_sub(1)) != "with" {
            break;
        }
        let Some((g, e)) = goods_at(ctx, m) else { break };
        let want = if buy { "from" } else { "to" };
        if ctx.w(e) != want {
            // ("received Su-24 bombers from Russia, as well as several Mi-8 helicopters": goods
            // added by "as well as"/"along with" with no party of their own have the same one;
            // so do goods counted on their own, "96 Apache helicopters and some 250 Abrams
            // tanks", not people or time: "and 300 advisers", "and two years later".)
            // ("and the two governments signed…": a clause, not goods.)
            let counted = q.is_some() && !g.split_whitespace().any(|x| not_goods_unit(Low::new(x).as_str())) && !(m..e).any(verbish);
            let added = (skip > 1 || counted) && !g.split_whitespace().next().is_some_and(|x| x.ends_with("ing"));
            if let Some(a) = fixed.or(same.filter(|_| added)) {
                let g = g.strip_prefix("of ").unwrap_or(&g).to_string();
                let quantity = quantity_of(&g);
                out.push((a, g, quantity, ctx.span(ctx.start_of(j), ctx.end_of(e.saturating_sub(1)))));
            }
            j = e;
            continue;
        }
        let at = if ctx.w(e + 1) == "the" { e + 2 } else { e + 1 };
        let Some(a) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == at || ctx.tok_at(a.start) == e + 1) else { break };
        let quantity = quantity_of(&g);
        out.push((a, g, quantity, ctx.span(ctx.start_of(j), a.end)));
        j = ctx.tok_at(a.end);
    }
    out
}

/// After "and": "followed them with", "later added", "following up with"; the token after them.
fn followed_with(ctx: &Ctx, from: usize) -> Option<usize> {
    let mut k = from;
    if matches!(ctx.w(k), "later" | "then" | "also" | "subsequently" | "since") {
        k += 1;
    }
    match ctx.w(k) {
        "added" | "adding" => Some(k + 1),
        "followed" | "following" => {
            k += 1;
            if matches!(ctx.w(k), "them" | "it" | "this" | "that" | "these" | "those") {
                k += 1;
            }
            if ctx.w(k) == "up" {
                k += 1;
            }
            (ctx.w(k) == "with").then_some(k + 1)
        }
        _ => None,
    }
}

/// Units that count people or time, not goods: "11,000 troops", "two years".
fn not_goods_unit(w: &str) -> bool {
    matches!(w, "troops" | "soldiers" | "personnel" | "people" | "percent" | "times" | "years" | "months" | "weeks" | "days" | "hours" | "decades" | "minutes")
        || PEOPLE_AND_LAND.contains(&w)
}

/// Words of a large share: "most", "the bulk", "90 per cent", "two-thirds".
/// Whether tokens `[a, b)` state a large share: a word for most of something ("the bulk",
/// "two-thirds", "virtually all", or one of `more` words) or a figure of at least `min`.
fn large_share(ctx: &Ctx, a: usize, b: usize, min: f64, more: &[&str]) -> bool {
    (a..b).any(|k| matches!(ctx.w(k), "most" | "bulk" | "majority" | "all" | "two-thirds" | "three-quarters") || more.contains(&ctx.w(k)))
        || ctx.nums().iter().any(|n| n.kind == NumKind::Share && n.value >= min && (a..b).contains(&ctx.tok_at(n.start)))
}

fn share_word(w: &str) -> bool {
    matches!(w, "most" | "bulk" | "majority" | "all" | "percent" | "cent" | "%" | "half" | "much")
        || ["third", "quarter", "fifth", "tenth"].iter().any(|f| w.ends_with(f) || w.ends_with(&format!("{f}s")))
}

/// A share of a state's goods supplied or bought: "Azerbaijan supplies as much as 40 per cent of
/// Israel's crude oil", "China buys roughly a quarter of Saudi Arabia's crude exports".
pub(super) fn share_transfer(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for v in 0..ctx.toks.len() {
        let w = ctx.w(v);
        let sells = matches!(w, "supplies" | "supplied" | "supply" | "provides" | "provided" | "sells" | "sold");
        let buys = matches!(w, "buys" | "bought" | "buy" | "purchases" | "purchased" | "takes" | "took" | "absorbs" | "absorbed" | "imports" | "imported");
        if !sells && !buys {
            continue;
        }
        if ctx.irrealis_near(v) {
            continue;
        }
        let Some(of) = (v + 1..(v + 8).min(ctx.toks.len())).find(|&k| ctx.w(k) == "of") else { continue };
        let shared = (v + 1..of).any(|k| share_word(ctx.w(k)) || ctx.w(k) == "share");
        if !shared || (v + 1..of).any(|k| ctx.is_boundary(k)) {
            continue;
        }
        let at = if ctx.w(of + 1) == "the" { of + 2 } else { of + 1 };
        let Some(subject) = subject_before(ctx, v) else { continue };
        // ("Bangladesh depends on India for its power, while China supplies some 70 per cent of
        // its weapons": "its" is the one state named before the subject's clause that is not
        // the subject.)
        // (Only for goods supplied: what a state buys "of its" goods is its own.)
        // (What it buys "of its exports" is the other's: "the United States is Trinidad and
        // Tobago's largest trading partner, buying about 40% of its exports".)
        let its = matches!(ctx.w(at), "its" | "their");
        let pronoun = its && (sells || (buys && matches!(ctx.w(at + 1), "exports" | "sales") && !ctx.any_word(at + 1, (at + 6).min(ctx.toks.len()), &["from"])));
        // ("the country's gold": a mention may open with its article.)
        // ("90 per cent of Omani crude exports": a state's adjective before its goods owns them.)
        // (Goods named: "Omani exports" alone is a trade share, told as such.)
        let owner = if pronoun {
            other_named_before(ctx, subject, v)
        } else {
            ctx.acts.iter().find(|a| {
                let next = ctx.tok_at(a.end);
                (ctx.tok_at(a.start) == at || ctx.tok_at(a.start) == of + 1)
                    && (ctx.possessive(a)
                        || (!a.place && ctx.raw(next).starts_with(|c: char| c.is_lowercase()) && !matches!(ctx.w(next), "and" | "exports" | "imports" | "trade" | "sales")))
            })
        };
        // ("Kazakhstan sells more than half of its uranium exports to China": its own goods, sold
        // to the state after "to".)
        if owner.is_none() && its && sells {
            if let Some((goods, ge)) = goods_at(ctx, at + 1) {
                let to = ctx.acts.iter().find(|a| ctx.tok_at(a.start) > ge && ctx.tok_at(a.start) <= ge + 2 && ctx.w(ge) == "to" && a.r.code != subject.r.code && a.r.code.len() == 3);
                if let Some(to) = to {
                    out.push(Extracted {
                        body: ClaimBody::Transfer(TransferClaim { source: subject.r.clone(), target: to.r.clone(), goods, value: None, quantity: None }),
                        evidence: ctx.span(subject.start.min(ctx.start_of(v)), to.end),
                        date: ctx.date_near(ctx.end_of(v)),
                        confidence: 0.65,
                        attribution: None,
                    });
                }
            }
            continue;
        }
        let Some(owner) = owner else { continue };
        // ("the Solomon Islands' log exports": past the apostrophe.)
        let goods_from = if pronoun { at + 1 } else { ctx.tok_at(owner.end) };
        let goods_from = if ctx.w(goods_from) == "'" { goods_from + 1 } else { goods_from };
        let Some((goods, ge)) = goods_at(ctx, goods_from) else { continue };
        // ("a third of Peru's exports, overwhelmingly copper concentrate": what the exports are,
        // told after them.)
        let (goods, ge) = match what_exports_are(ctx, &goods, ge) {
            Some(x) => x,
            None => (goods, ge),
        };
        if subject.r.code == owner.r.code {
            continue;
        }
        let (source, target) = if sells { (subject, owner) } else { (owner, subject) };
        let evidence = ctx.span(subject.start.min(ctx.start_of(v)), ctx.end_of(ge.saturating_sub(1)));
        // ("Russia supplies virtually all of Belarus's gas", "China buys roughly 90 per cent of
        // Iran's oil exports": a large share of a state's goods or sales is a dependence too,
        // on the goods' sphere, or on the market.)
        let large = large_share(ctx, v + 1, of, 0.5, &["nine-tenths"]);
        let sph = if sells { sphere(ctx, goods_from, ge).unwrap_or("economic") } else { "economic" };
        let known = out.iter().any(|e| matches!(&e.body, ClaimBody::Dependence(d) if d.actor.code == owner.r.code && d.on.code == subject.r.code));
        if large && !known {
            out.push(Extracted {
                body: ClaimBody::Dependence(DependenceClaim { actor: owner.r.clone(), on: subject.r.clone(), sphere: sph.to_string() }),
                evidence,
                date: ctx.s.date,
                confidence: 0.6,
                attribution: None,
            });
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source: source.r.clone(), target: target.r.clone(), goods, value: None, quantity: None }),
            evidence,
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.65,
            attribution: None,
        });
    }
}

/// Orders and contracts for counted goods: "Poland signed framework agreements with Seoul for
/// nearly 1,000 K2 tanks", "The UAE's order for 80 Rafale fighters from France, worth some
/// €16bn". The buyer is the possessive before the noun or the clause's subject; the seller is
/// named after "with", inside the goods ("Chinese drones") or after "from".
pub(super) fn orders(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "order" | "orders" | "contract" | "contracts" | "deal" | "deals" | "agreement" | "agreements") {
            continue;
        }
        if ctx.irrealis_before(v) {
            continue;
        }
        let nums = ctx.nums();
        // ("a deal for 180 K2 tanks"; "signed a $3.5 billion deal to buy 31 MQ-9B drones from the
        // United States")
        let Some(f) = (v + 1..(v + 16).min(ctx.toks.len())).find(|&k| (ctx.w(k) == "for" && k < v + 9) || (ctx.w(k) == "to" && matches!(ctx.w(k + 1), "buy" | "purchase" | "acquire" | "procure"))) else {
            continue;
        };
        let to_buy = ctx.w(f) == "to";
        // Only "with Y", a time ("in August 2025") or the value ("worth roughly €950 million",
        // "worth 630 billion rupees ($7.4 billion)") may come between the noun and "for".
        let with_at = (v + 1..f).find(|&k| ctx.w(k) == "with");
        let with = with_at.and_then(|w| ctx.acts.iter().find(|a| (ctx.tok_at(a.start) == w + 1 || (ctx.w(w + 1) == "the" && ctx.tok_at(a.start) == w + 2)) && ctx.tok_at(a.end) <= f));
        let in_money = |k: usize| nums.iter().any(|n| matches!(n.kind, NumKind::Money(_)) && ctx.start_of(k) >= n.start && ctx.end_of(k) <= ctx.end_of(n.next_tok.saturating_sub(1)));
        let in_with = |k: usize| with.is_some_and(|a| with_at.is_some_and(|w| k >= w && ctx.end_of(k) <= a.end));
        let adjunct = (v + 1..f).all(|k| {
            in_money(k) || in_with(k) || time_word(ctx, k) || matches!(ctx.w(k), "worth" | "roughly" | "about" | "around" | "some" | "nearly" | "almost" | "valued" | "at" | "(" | ")")
        });
        let with_first = v + 1 < f && ctx.w(v + 1) == "with" && with.is_some() && !to_buy;
        if v + 1 < f && !with_first && !adjunct {
            continue;
        }
        let n = nums.iter().find(|n| {
            let t = ctx.tok_at(n.start);
            n.kind == NumKind::Count && t > f + usize::from(to_buy) && t <= f + 3 + usize::from(to_buy)
        });
        // Counted goods; uncounted ones only with their maker in them ("orders for Boeing
        // aircraft", "a deal for Chinese drones").
        let g0 = n.map_or(if to_buy { f + 2 } else { f + 1 }, |n| n.next_tok);
        let Some((goods, ge)) = goods_at(ctx, g0) else { continue };
        if n.is_none() && !ctx.acts.iter().any(|a| a.start >= ctx.start_of(g0) && a.end <= ctx.end_of(ge.saturating_sub(1)) && ctx.tok_at(a.start) <= g0 + 1) {
            continue;
        }
        let unit = goods.to_ascii_lowercase();
        if unit.split_whitespace().any(|w| matches!(w, "troops" | "soldiers" | "people" | "percent" | "years" | "months" | "days" | "workers") || PEOPLE_AND_LAND.contains(&w)) {
            continue;
        }
        let gs = ctx.start_of(g0);
        let g_end = ctx.end_of(ge.saturating_sub(1));
        let seller = with
            .or_else(|| ctx.acts.iter().find(|a| a.start >= gs && a.end <= g_end))
            .or_else(|| ctx.acts.iter().find(|a| ctx.tok_at(a.start) >= ge && ctx.tok_at(a.start) <= ge + 2 && ctx.word_before(a) == "from"))
            // ("signed a contract for 48 KAAN fighters with Turkish Aerospace": the maker after
            // the goods.)
            .or_else(|| ctx.acts.iter().find(|a| ctx.tok_at(a.start) > ge && ctx.tok_at(a.start) <= ge + 2 && ctx.w(ge) == "with" && !to_buy));
        let Some(seller) = seller else { continue };
        let buyer = ctx
            .acts
            .iter()
            .rev()
            .find(|a| a.end <= ctx.start_of(v) && ctx.tok_at(a.end) + 2 >= v && ctx.possessive(a))
            .or_else(|| subject_before(ctx, v));
        let Some(buyer) = buyer else { continue };
        if buyer.r.code == seller.r.code {
            continue;
        }
        let value = nums
            .iter()
            .find(|m| matches!(m.kind, NumKind::Money(_)) && ((ctx.tok_at(m.start) + 4 >= v && ctx.tok_at(m.start) < v) || (ctx.tok_at(m.start) > v && ctx.tok_at(m.start) < f)))
            .and_then(money)
            .or_else(|| later_value(ctx, ctx.tok_at(seller.end.max(g_end))));
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: seller.r.clone(),
                target: buyer.r.clone(),
                goods,
                value,
                quantity: n.map(|n| Quantity { value: n.value, unit: unit.clone(), qualifier: n.qualifier }),
            }),
            evidence: ctx.span(buyer.start.min(ctx.start_of(v)), seller.end.max(g_end)),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// Money pledged, announced or committed to a state: "the Biden administration announced US$500
/// million in foreign military financing for the Philippine armed forces", "Canberra committed
/// A$190 million to the Solomon Islands budget", "Sweden announced a military aid package worth
/// 1.2 billion kronor for Ukraine", "the EU unveiled a 250 million euro package to help Moldova".
/// Only with an amount stated, and a recipient after "for", "to" or "to help": a commitment, told
/// with lower confidence than goods delivered.
pub(super) fn pledges(ctx: &Ctx, earlier: &Earlier, out: &mut Vec<Extracted>) {
    let nums = ctx.nums();
    for v in 0..ctx.toks.len() {
        if !matches!(
            ctx.w(v),
            "announced" | "announces" | "unveiled" | "unveils" | "pledged" | "pledges" | "committed" | "commits" | "promised" | "promises" | "earmarked" | "approved" | "approves"
        ) || ctx.irrealis_before(v)
        {
            continue;
        }
        let (_, cb) = ctx.clause(v);
        // The amount: right after the verb ("announced US$500 million", "pledged a further
        // $300 million"), or the value of a package named right after it ("a military aid
        // package worth 1.2 billion kronor").
        let Some(m) = nums.iter().find(|n| {
            let t = ctx.tok_at(n.start);
            matches!(n.kind, NumKind::Money(_))
                && t > v
                && t <= v + 6
                && t < cb.max(v + 1)
                && (v + 1..t).all(|k| {
                    matches!(ctx.w(k), "a" | "an" | "another" | "further" | "new" | "additional" | "fresh" | "extra" | "package" | "worth" | "of" | "aid" | "military" | "humanitarian" | "financial" | "economic" | "support" | "funding" | "assistance" | "security" | "defence" | "defense" | "loan" | "grant" | "credit")
                        || filler(ctx, k)
                        || matches!(ctx.w(k), "more" | "than" | "over" | "up" | "to")
                })
        }) else {
            continue;
        };
        let Some(value) = money(m) else { continue };
        // What: "in GOODS" after the amount, or the noun after it ("a $300 million credit line",
        // "a 250 million euro package"), or the package named before it.
        let mut j = past_paren(ctx, m.next_tok);
        // (The clause goes on after the conversion.)
        let cb = if j > m.next_tok { ctx.clause(j).1 } else { cb };
        if matches!(ctx.w(j), "euro" | "dollar" | "pound" | "yen" | "yuan") {
            j += 1;
        }
        // ("promised about A$600 million over ten years to…": the term aside.)
        if ctx.w(j) == "over" {
            if let Some(e) = (j + 1..(j + 5).min(cb)).find(|&k| matches!(ctx.w(k), "years" | "months" | "decade" | "year")) {
                j = e + 1;
            }
        }
        let (goods, ge) = if ctx.w(j) == "in" || ctx.w(j) == "of" {
            match goods_at(ctx, j + 1) {
                Some(g) => g,
                None => continue,
            }
        } else if let Some(g) = goods_at(ctx, j).filter(|(g, _)| {
            g.split_whitespace().last().is_some_and(|w| {
                matches!(Low::new(w).as_str(), "package" | "loan" | "loans" | "grant" | "grants" | "line" | "aid" | "assistance" | "support" | "financing" | "funding" | "facility" | "bailout")
            })
        }) {
            g
        } else {
            let named = (v + 1..ctx.tok_at(m.start)).filter(|&k| !matches!(ctx.w(k), "a" | "an" | "another" | "further" | "new" | "additional" | "worth" | "of")).map(|k| ctx.raw(k)).collect::<Vec<_>>().join(" ");
            (if named.is_empty() { "funds".to_string() } else { named }, j)
        };
        // Whom for: the first state after the goods, after "for", "to" or "to help", or its
        // adjective after "for the"/"to the" ("for the Philippine armed forces").
        let target = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            if t < ge || t > ge + 4 || t >= cb.max(ge + 1) {
                return false;
            }
            let before = ctx.w(t.saturating_sub(1));
            // ("pledged about $4.7bn of new investment in Brazil": where money is invested.)
            let into = if goods.to_ascii_lowercase().contains("invest") { &["for", "to", "in"][..] } else { &["for", "to"][..] };
            matches!(before, "for" | "to" | "help") || into.contains(&before) || (before == "the" && into.contains(&ctx.w(t.saturating_sub(2))))
                // ("pledged A$4.6 billion to Rolls-Royce in Britain": a firm in the state;
                // "committed US$3 billion to expand the American submarine industrial base": a
                // purpose of the state's.)
                || (before == "in" && t >= 3 && ctx.w(t - 3) == "to" && ctx.raw(t - 2).starts_with(char::is_uppercase))
                || (matches!(before, "a" | "an" | "the") && t >= 3 && ctx.w(t - 3) == "to")
        });
        let Some(source) = subject_before(ctx, v) else { continue };
        // ("In April 2025 Qatar committed $7.5 billion in direct investment", in an article about
        // Egypt: with no state named after the verb, the state the document is about.)
        let topic = target
            .is_none()
            .then(|| {
                let others = ctx.acts.iter().any(|a| ctx.tok_at(a.start) > v && a.r.code != source.r.code);
                // (A verb in the past, not "came home with pledges of $2.1bn".)
                let past = ctx.w(v).ends_with("ed") && !matches!(ctx.w(v.saturating_sub(1)), "with" | "the" | "its" | "their" | "of");
                (!others && past).then(|| earlier.topic(&source.r.code)).flatten()
            })
            .flatten();
        let (code, end) = match (target, topic) {
            (Some(t), _) => (t.r.code.clone(), t.end),
            (None, Some(t)) => (t.code.clone(), ctx.end_of(ge.saturating_sub(1))),
            _ => continue,
        };
        if source.r.code == code || code.len() != 3 || code == "UNK" {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source: source.r.clone(), target: realign_core::ActorRef::state(&code), goods, value: Some(value), quantity: None }),
            evidence: ctx.span(source.start.min(ctx.start_of(v)), end),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.55,
            attribution: None,
        });
    }
}

/// Debts owed, as the loans they were: "Islamabad owes Chinese state lenders close to US$29
/// billion", "still owes Beijing an estimated $10bn". The creditor right after the verb, the sum
/// after it.
pub(super) fn debts(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let nums = ctx.nums();
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "owes" | "owed" | "owing") || ctx.irrealis_before(v) {
            continue;
        }
        // ("owes roughly $1.4 billion to Beijing": the sum, then the creditor after "to".)
        let sum_first = nums.iter().find(|n| {
            let t = ctx.tok_at(n.start);
            t > v && t <= v + 3 && money(n).is_some() && !ctx.acts.iter().any(|a| (v + 1..t).contains(&ctx.tok_at(a.start)))
        });
        let creditor = match sum_first {
            Some(n) => ctx.acts.iter().find(|a| {
                let t = ctx.tok_at(a.start);
                t > n.next_tok && t <= n.next_tok + 3 && ctx.w(n.next_tok) == "to"
            }),
            None => ctx.acts.iter().find(|a| {
                let t = ctx.tok_at(a.start);
                t > v && t <= v + 2
            }),
        };
        let Some(creditor) = creditor else { continue };
        let ce = ctx.tok_at(creditor.end);
        // ("owes Chinese state lenders, chiefly the Export-Import Bank of China, around $1.4bn":
        // past an aside.)
        let mut head = ce;
        while head < ce + 3 && ctx.raw(head).starts_with(|c: char| c.is_lowercase()) && !ctx.nums().iter().any(|n| ctx.tok_at(n.start) == head) {
            head += 1;
        }
        let ce = if ctx.w(head) == "," { head } else { ce };
        let ce = if ctx.w(ce) == "," {
            (ce + 1..(ce + 12).min(ctx.toks.len())).find(|&k| ctx.w(k) == ",").map_or(ce, |k| k + 1)
        } else {
            ce
        };
        // ("owes Chinese state lenders and commercial banks close to US$29 billion")
        let found = match sum_first {
            Some(n) => money(n).map(|m| (n, m)),
            None => nums.iter().find_map(|n| {
                let t = ctx.tok_at(n.start);
                (t >= ce && t <= ce + 6 && (ce..t).all(|k| !ctx.is_boundary(k))).then(|| money(n).map(|m| (n, m))).flatten()
            }),
        };
        let Some((m, value)) = found else { continue };
        let m_end = if sum_first.is_some() { ctx.tok_at(creditor.end) } else { m.next_tok };
        let Some(debtor) = subject_before(ctx, v) else { continue };
        if debtor.r.code == creditor.r.code || debtor.r.code.len() != 3 || creditor.r.code.len() != 3 {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: realign_core::ActorRef::state(&creditor.r.code),
                target: realign_core::ActorRef::state(&debtor.r.code),
                goods: "loans".to_string(),
                value: Some(value),
                quantity: None,
            }),
            evidence: ctx.span(debtor.start.min(ctx.start_of(v)), ctx.end_of(m_end.saturating_sub(1))),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.55,
            attribution: None,
        });
    }
    held_debts(ctx, out);
}

/// Words for what a state owes: "external debt", "bilateral obligations".
const DEBT_NOUNS: &[&str] = &["debt", "debts", "obligations", "borrowing", "liabilities"];

/// Debts held, as the loans they were: "Chinese lenders hold around $4.1bn of Zambia's external
/// debt", "China remains Kenya's largest creditor, holding roughly $6bn of its external debt",
/// "Beijing holds close to 40 per cent of Vanuatu's external debt". The holder lent to the
/// debtor; the sum is the value when one is given.
fn held_debts(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "hold" | "holds" | "held" | "holding") || ctx.irrealis_near(v) {
            continue;
        }
        let Some(of) = (v + 1..(v + 8).min(ctx.toks.len())).find(|&k| ctx.w(k) == "of") else { continue };
        if (v + 1..of).any(|k| ctx.is_boundary(k)) {
            continue;
        }
        let amount = ctx.nums().iter().find(|n| (v + 1..of).contains(&ctx.tok_at(n.start)));
        let value = amount.and_then(money);
        let share = amount.is_some_and(|n| n.kind == NumKind::Share) || (v + 1..of).any(|k| share_word(ctx.w(k)));
        if value.is_none() && !share {
            continue;
        }
        let Some(holder) = subject_before(ctx, v) else { continue };
        // The debtor: "Zambia's", "the country's", or "its" for the state named before the
        // holder's clause.
        let at = if ctx.w(of + 1) == "the" { of + 2 } else { of + 1 };
        let debtor = if matches!(ctx.w(of + 1), "its" | "their") {
            other_named_before(ctx, holder, v)
        } else {
            ctx.acts.iter().find(|a| (ctx.tok_at(a.start) == at || ctx.tok_at(a.start) == of + 1) && ctx.possessive(a))
        };
        let Some(debtor) = debtor else { continue };
        let after = if matches!(ctx.w(of + 1), "its" | "their") { of + 2 } else { ctx.tok_at(debtor.end) };
        let Some(noun) = (after..(after + 4).min(ctx.toks.len())).find(|&k| DEBT_NOUNS.contains(&ctx.w(k))) else { continue };
        if holder.r.code == debtor.r.code || holder.r.code.len() != 3 || debtor.r.code.len() != 3 || holder.r.code == "UNK" {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: realign_core::ActorRef::state(&holder.r.code),
                target: realign_core::ActorRef::state(&debtor.r.code),
                goods: "loans".to_string(),
                value,
                quantity: None,
            }),
            evidence: ctx.span(holder.start.min(ctx.start_of(v)), ctx.end_of(noun)),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.5,
            attribution: None,
        });
    }
}

/// People a plane, ship or truck carries, no goods: "carrying a delegation led by the deputy
/// minister", "carrying migrants".
const CARRIED_PEOPLE: &[&str] = &[
    "passengers", "troops", "soldiers", "migrants", "refugees", "tourists", "pilgrims", "workers", "evacuees", "officials", "delegation", "minister", "president",
    "diplomats",
];

/// Goods carried in by a state's planes, ships or trucks: "Two Egyptian military transport planes
/// carrying weapons and ammunition landed at Mogadishu airport", "Two Mexican tankers carrying
/// about 400,000 barrels of crude oil docked in Matanzas" (a place the gazetteer does not know is
/// taken to be in the state of the wire dateline).
pub(super) fn carried(ctx: &Ctx, out: &mut Vec<Extracted>) {
    const VEHICLES: &[&str] = &[
        "plane", "planes", "aircraft", "jets", "flights", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "truck", "trucks", "lorries", "convoy",
        "convoys", "freighter", "freighters", "transports", "barges", "trains", "cargo",
    ];
    let nums = ctx.nums();
    for v in 0..ctx.toks.len() {
        let w = ctx.w(v);
        let with = matches!(w, "loaded" | "laden") && ctx.w(v + 1) == "with";
        if w != "carrying" && !with {
            continue;
        }
        // The vehicles right before, and whose they are: a state or its adjective among the
        // words before them ("Egyptian military transport planes").
        if !(v.saturating_sub(2)..v).any(|k| VEHICLES.contains(&ctx.w(k))) {
            // ("two Egyptian military transport planes had landed in Mogadishu carrying arms and
            // ammunition": the arrival first.)
            if w == "carrying" {
                landed_carrying(ctx, v, VEHICLES, out);
            }
            continue;
        }
        let (ca, cb) = ctx.clause(v);
        let Some(giver) = ctx.acts.iter().rev().find(|a| {
            let t = ctx.tok_at(a.start);
            t + 6 >= v && a.end <= ctx.start_of(v) && a.start >= ctx.start_of(ca)
        }) else {
            continue;
        };
        // The goods, counted or not.
        let g0 = if with { v + 2 } else { v + 1 };
        let counted = nums.iter().find(|n| n.kind == NumKind::Count && (g0..=g0 + 1).contains(&ctx.tok_at(n.start)));
        let start = counted.map_or(g0, |n| n.next_tok);
        // The arrival: "landed", "docked", "arrived" after the goods, in the clause.
        let Some(arrived) = (start + 1..(start + 10).min(cb.max(start + 1))).find(|&k| matches!(ctx.w(k), "landed" | "docked" | "arrived" | "reached" | "berthed" | "unloaded")) else {
            continue;
        };
        // (The goods are what lies between: "weapons and ammunition landed".)
        let Some(goods) = ctx.text.get(ctx.start_of(start)..ctx.end_of(arrived - 1)).map(str::to_string) else { continue };
        let first = Low::new(goods.split_whitespace().next().unwrap_or(""));
        if PEOPLE_AND_LAND.contains(&first.as_str()) || CARRIED_PEOPLE.contains(&first.as_str()) {
            continue;
        }
        if (start..arrived).any(|k| ctx.is_boundary(k) || matches!(ctx.w(k), "that" | "which" | "who" | "from" | "to")) {
            continue;
        }
        // Where to: a place after the arrival verb, else the dateline's state.
        let place = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            t > arrived && t <= arrived + 4
        });
        let target = match place {
            Some(p) => realign_core::ActorRef::state(&p.r.code),
            None => match ctx.s.home.as_deref() {
                Some(h) => realign_core::ActorRef::state(h),
                None => continue,
            },
        };
        if target.code == giver.r.code || target.code.len() != 3 {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: realign_core::ActorRef::state(&giver.r.code),
                target,
                goods,
                value: None,
                quantity: counted.map(|n| Quantity { value: n.value, unit: ctx.w(n.next_tok).to_string(), qualifier: n.qualifier }),
            }),
            evidence: ctx.span(giver.start, place.map_or(ctx.end_of(arrived), |p| p.end)),
            date: ctx.date_near(ctx.end_of(arrived)),
            confidence: 0.55,
            attribution: None,
        });
    }
}

/// Goods moved told in the passive, with both the giver ("by") and the recipient ("to") named:
/// "64 T-90S tanks were delivered to Hanoi by Moscow", "two Yak-130 trainers were delivered to the
/// Iranian air force by Russia". And goods described by their giver where a state uses them:
/// "Serbia's air force flew MiG-29s donated by Moscow and Minsk", "India's air force flies 36
/// Rafales bought from France" (only after a verb of using or relying on, so that "Ukraine shot
/// down drones supplied by Iran" is no transfer to Ukraine).
pub(super) fn passives(ctx: &Ctx, out: &mut Vec<Extracted>) {
    const PARTICIPLES: &[&str] = &["delivered", "sold", "supplied", "shipped", "transferred", "sent", "lent", "loaned", "donated", "gifted", "handed", "provided", "exported", "given"];
    const USING: &[&str] = &[
        "flies", "fly", "flew", "flying", "operates", "operate", "operated", "operating", "uses", "use", "used", "using", "fields", "fielded", "fielding",
        "inducted", "relies", "rely", "relied", "relying", "depends", "depend", "depended", "depending",
    ];
    let nums = ctx.nums();
    for v in 1..ctx.toks.len() {
        let w = ctx.w(v);
        let buy = matches!(w, "bought" | "purchased" | "acquired");
        if !PARTICIPLES.contains(&w) && !buy {
            continue;
        }
        let after = if w == "handed" && ctx.w(v + 1) == "over" { v + 2 } else { v + 1 };
        let (_, cb) = ctx.clause(v);
        // The auxiliary, with up to two adverbs between ("were quietly delivered").
        let mut a = v;
        while a + 2 > v && a > 1 && ctx.w(a - 1).ends_with("ly") {
            a -= 1;
        }
        let aux = matches!(ctx.w(a - 1), "was" | "were" | "is" | "are" | "been" | "being");
        // A state named after "by" (or "from", for goods bought) in the clause after the verb.
        let named_after = |words: &[&str]| {
            ctx.acts.iter().find(|x| {
                let t = ctx.tok_at(x.start);
                let wb = ctx.word_before(x);
                let word = if wb == "the" { ctx.w(t.saturating_sub(2)) } else { wb };
                t >= after && t <= after + 10 && t < cb.max(after + 1) && words.contains(&word) && x.r.code.len() == 3 && x.r.code != "UNK"
            })
        };
        let by: &[&str] = if buy { &["from"] } else { &["by"] };
        let Some(giver) = named_after(by) else { continue };
        // The goods and who gets them.
        let (recipient, g0, ge) = if aux && !buy {
            let Some(to) = named_after(&["to"]) else { continue };
            // The subject before the auxiliary, or an apposition set off by commas ("The last
            // items of the old relationship, 64 T-90S tanks, were delivered").
            let mut e = a - 1;
            if ctx.w(e.saturating_sub(1)) == "," {
                e -= 1;
            }
            let mut s = e;
            while s > 0 && e - s < 8 && !ctx.is_boundary(s - 1) && ctx.w(s - 1) != "." {
                s -= 1;
            }
            (to, s, e)
        } else if !aux && ctx.tok_at(giver.start) <= after + 2 {
            // Goods right before the participle, after a verb of using ("flying MiG-29s
            // donated by", "relied heavily on drones supplied by").
            let Some(u) = (v.saturating_sub(9)..v).rev().find(|&k| USING.contains(&ctx.w(k))) else { continue };
            if (u + 1..v).any(|k| ctx.is_boundary(k)) {
                continue;
            }
            let g0 = if ctx.w(u + 1) == "on" { u + 2 } else { u + 1 };
            let Some(user) = subject_before(ctx, u) else { continue };
            (user, g0, v)
        } else {
            continue;
        };
        if ctx.irrealis_before(v) || recipient.r.code == giver.r.code || recipient.r.code.len() != 3 || recipient.r.code == "UNK" {
            continue;
        }
        let mut s = g0;
        while s < ge && matches!(ctx.w(s), "the" | "a" | "an" | "some" | "its" | "their") {
            s += 1;
        }
        if s >= ge || (s..ge).any(|k| matches!(ctx.w(k), "it" | "they" | "them" | "which" | "that" | "what")) || ctx.acts.iter().any(|x| ctx.tok_at(x.start) >= s && ctx.tok_at(x.start) < ge && !(ctx.tok_at(x.start) == s || ctx.tok_at(x.start) + 1 == s)) {
            continue;
        }
        let Some(goods) = ctx.text.get(ctx.start_of(s)..ctx.end_of(ge - 1)).map(str::to_string) else { continue };
        let counted = nums.iter().find(|n| n.kind == NumKind::Count && ctx.tok_at(n.start) == s);
        let unit = counted.map_or(goods.to_ascii_lowercase(), |n| ctx.text.get(ctx.start_of(n.next_tok)..ctx.end_of(ge - 1)).unwrap_or("").to_ascii_lowercase());
        if unit.is_empty() || unit.split_whitespace().any(|x| PEOPLE_AND_LAND.contains(&x) || NOT_GOODS.contains(&x) || matches!(x, "troops" | "soldiers" | "personnel" | "people" | "hours" | "days" | "years")) {
            continue;
        }
        let quantity = counted.map(|n| Quantity { value: n.value, unit: unit.clone(), qualifier: n.qualifier });
        // Every giver listed: "donated by Moscow and Minsk".
        let gi = ctx.acts.iter().position(|x| std::ptr::eq(x, giver)).unwrap_or(0);
        let (_, gb) = ctx.group(gi);
        for giver in &ctx.acts[gi..gb.max(gi + 1)] {
            if giver.r.code == recipient.r.code || giver.r.code.len() != 3 {
                continue;
            }
            out.push(Extracted {
                body: ClaimBody::Transfer(TransferClaim {
                    source: realign_core::ActorRef::state(&giver.r.code),
                    target: realign_core::ActorRef::state(&recipient.r.code),
                    goods: goods.clone(),
                    value: later_value(ctx, ctx.tok_at(giver.end)),
                    quantity: quantity.clone(),
                }),
                evidence: ctx.span(ctx.start_of(s).min(recipient.start), giver.end.max(recipient.end)),
                date: ctx.date_near(ctx.end_of(v)),
                confidence: 0.6,
                attribution: None,
            });
        }
    }
}

/// The goods of "VEHICLES (had) landed in PLACE carrying GOODS", the carrying verb at token `v`:
/// the vehicles' state gives them to the place's.
fn landed_carrying(ctx: &Ctx, v: usize, vehicles: &[&str], out: &mut Vec<Extracted>) {
    let Some(place) = ctx.acts.iter().rev().find(|a| ctx.tok_at(a.end) == v && ctx.tok_at(a.start) + 3 >= v && matches!(ctx.word_before(a), "in" | "at")) else {
        return;
    };
    let pt = ctx.tok_at(place.start);
    let Some(arrived) = (pt.saturating_sub(3)..pt).rev().find(|&k| matches!(ctx.w(k), "landed" | "docked" | "arrived" | "berthed")) else { return };
    let (ca, _) = ctx.clause(arrived);
    let Some(vk) = (arrived.saturating_sub(3).max(ca)..arrived).rev().find(|&k| vehicles.contains(&ctx.w(k))) else { return };
    let Some(giver) = ctx.acts.iter().rev().find(|a| a.end <= ctx.start_of(vk) && ctx.tok_at(a.start) + 5 >= vk && a.start >= ctx.start_of(ca)) else { return };
    // The goods: up to eight words after the verb, before the clause ends.
    let mut e = v + 1;
    while e < ctx.toks.len() && e < v + 9 && !ctx.is_boundary(e) && !matches!(ctx.w(e), "." | "to" | "for" | "from" | "which" | "that" | "on" | "after" | "as") {
        e += 1;
    }
    if e == v + 1 {
        return;
    }
    let Some(goods) = ctx.text.get(ctx.start_of(v + 1)..ctx.end_of(e - 1)).map(str::to_string) else { return };
    // (People carried are no goods: "carrying a delegation led by the deputy minister".)
    if goods.split_whitespace().map(Low::new).any(|w| {
        PEOPLE_AND_LAND.contains(&w.as_str())
            || CARRIED_PEOPLE.contains(&w.as_str())
    }) {
        return;
    }
    if giver.r.code == place.r.code || giver.r.code.len() != 3 || place.r.code.len() != 3 {
        return;
    }
    out.push(Extracted {
        body: ClaimBody::Transfer(TransferClaim {
            source: realign_core::ActorRef::state(&giver.r.code),
            target: realign_core::ActorRef::state(&place.r.code),
            goods,
            value: None,
            quantity: None,
        }),
        evidence: ctx.span(giver.start, ctx.end_of(e - 1)),
        date: ctx.date_near(ctx.end_of(arrived)),
        confidence: 0.55,
        attribution: None,
    });
}

/// Deals to give: "Beijing signed a deal to supply Pakistan with 40 J-35 jets", "an agreement to
/// sell Manila two corvettes". The deal's maker gives, the state after the verb receives; counted
/// goods only.
pub(super) fn deals_to_give(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let nums = ctx.nums();
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "deal" | "deals" | "agreement" | "contract" | "contracts") || ctx.irrealis_before(v) {
            continue;
        }
        let Some(t) = (v + 1..(v + 4).min(ctx.toks.len())).find(|&k| ctx.w(k) == "to" && matches!(ctx.w(k + 1), "supply" | "sell" | "deliver" | "provide")) else {
            continue;
        };
        let at = if ctx.w(t + 2) == "the" { t + 3 } else { t + 2 };
        let Some(buyer) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == at) else { continue };
        let mut k = ctx.tok_at(buyer.end);
        if ctx.w(k) == "with" {
            k += 1;
        }
        let Some(n) = nums.iter().find(|n| n.kind == NumKind::Count && ctx.tok_at(n.start) == k) else { continue };
        let Some((goods, ge)) = goods_at(ctx, n.next_tok) else { continue };
        let unit = goods.to_ascii_lowercase();
        if unit.split_whitespace().any(|w| PEOPLE_AND_LAND.contains(&w) || matches!(w, "troops" | "soldiers" | "years" | "months" | "percent")) {
            continue;
        }
        let seller = ctx.acts.iter().rev().find(|a| a.end <= ctx.start_of(v) && ctx.tok_at(a.end) + 2 >= v && ctx.possessive(a)).or_else(|| subject_before(ctx, v));
        let Some(seller) = seller.filter(|s| s.r.code != buyer.r.code) else { continue };
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: seller.r.clone(),
                target: buyer.r.clone(),
                goods,
                value: later_value(ctx, ge),
                quantity: Some(Quantity { value: n.value, unit, qualifier: n.qualifier }),
            }),
            evidence: ctx.span(seller.start.min(ctx.start_of(v)), ctx.end_of(ge.saturating_sub(1))),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// What was given back "in exchange for" or "in return for" goods: "Caracas shipped 100,000
/// barrels a day to Havana in exchange for doctors" is also Havana's transfer of doctors to
/// Caracas (the reverse of the transfer the sentence already told); "in exchange for a payment of
/// about US$6 million from Washington" is Washington's payment to the clause's subject.
pub(super) fn exchanges(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let nums = ctx.nums();
    for f in 2..ctx.toks.len() {
        if ctx.w(f) != "for" || ctx.w(f - 2) != "in" || !matches!(ctx.w(f - 1), "exchange" | "return") || ctx.irrealis_before(f) {
            continue;
        }
        // The goods: a sum ("about US$200 million of new American hardware") or a noun phrase.
        let at = if matches!(ctx.w(f + 1), "a" | "an" | "the") { f + 2 } else { f + 1 };
        let sum = nums.iter().find(|n| matches!(n.kind, NumKind::Money(_)) && (ctx.tok_at(n.start) == at || (ctx.tok_at(n.start) == at + 1 && filler(ctx, at))));
        let (goods, ge, value) = match sum {
            Some(n) => {
                let j = past_paren(ctx, n.next_tok);
                let (g, e) = if matches!(ctx.w(j), "of" | "in") { goods_at(ctx, j + 1).unwrap_or_else(|| ("funds".to_string(), j)) } else { ("funds".to_string(), j) };
                (g, e, money(n))
            }
            None => {
                let Some((g, e)) = goods_at(ctx, at) else { continue };
                // ("a payment of about US$6 million": the sum inside the phrase.)
                let of_sum = (at + 1..e).find(|&k| ctx.w(k) == "of").and_then(|k| {
                    nums.iter()
                        .find(|n| matches!(n.kind, NumKind::Money(_)) && (ctx.tok_at(n.start) == k + 1 || (ctx.tok_at(n.start) == k + 2 && filler(ctx, k + 1))))
                        .map(|n| (k, n))
                });
                match of_sum {
                    Some((k, n)) => (ctx.text.get(ctx.start_of(at)..ctx.end_of(k - 1)).unwrap_or(&g).to_string(), n.next_tok, money(n)),
                    None => (g, e, None),
                }
            }
        };
        let low = goods.to_ascii_lowercase();
        let words: Vec<&str> = low.split_whitespace().collect();
        let (first, head) = (words.first().copied().unwrap_or(""), words.last().copied().unwrap_or(""));
        // (Not favours: "in return for Beijing's support", "in exchange for sanctions relief".)
        let favour = |w: &str| {
            NOT_GOODS.contains(&w)
                || PEOPLE_AND_LAND.contains(&w)
                || matches!(
                    w,
                    "relief" | "guarantees" | "guarantee" | "concessions" | "recognition" | "release" | "promise" | "promises" | "pledge" | "votes" | "vote"
                        | "silence" | "cooperation" | "protection" | "rights" | "right" | "loyalty" | "calm" | "peace" | "ceasefire" | "truce" | "amnesty"
                        | "immunity" | "commitments" | "commitment" | "assurance" | "restraint" | "acceptance" | "lifting" | "easing" | "return" | "freedom"
                        | "veto" | "say" | "base" | "bases" | "strip" | "coast" | "coastline" | "pathway" | "lease" | "stake" | "influence" | "role" | "seat" | "exemption"
                        | "exemptions" | "waiver" | "waivers" | "favour" | "favours" | "favor" | "favors" | "legitimacy" | "backing" | "endorsement"
                )
        };
        if value.is_none() && (favour(first) || favour(head) || ctx.acts.iter().any(|a| ctx.tok_at(a.start) == at && ctx.possessive(a))) {
            continue;
        }
        // The giver named after "from", else the recipient of the transfer told before.
        let from = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            t >= ge && t <= ge + 2 && ctx.word_before(a) == "from"
        });
        let before = out.iter().rev().find_map(|x| match &x.body {
            ClaimBody::Transfer(t) if x.evidence.end <= ctx.start_of(f - 2) => Some(t.clone()),
            _ => None,
        });
        // (Or the state whose goods they are: "in return for US$200 million of new American
        // hardware".)
        let from = from.or_else(|| {
            ctx.acts.iter().filter(|_| value.is_some()).find(|a| {
                let t = ctx.tok_at(a.start);
                t > f && t < ge && !ctx.possessive(a) && a.r.kind == realign_core::ActorKind::State
            })
        });
        let (source, target) = match (from, before) {
            (Some(g), Some(t)) if t.target.code == g.r.code => (g.r.clone(), t.source),
            (Some(g), _) => {
                // (The recipient is whoever opens the sentence's clause.)
                let Some(r) = ctx.acts.iter().find(|a| a.end <= ctx.start_of(f - 2) && ctx.subjectish(a) && !ctx.possessive(a) && a.r.code.len() == 3 && a.r.code != g.r.code && a.r.code != "UNK") else {
                    continue;
                };
                (g.r.clone(), r.r.clone())
            }
            (None, Some(t)) => (t.target, t.source),
            (None, None) => continue,
        };
        if source.code == target.code || source.code.len() != 3 || target.code.len() != 3 {
            continue;
        }
        let end = from.map_or(ctx.end_of(ge.saturating_sub(1)), |g| g.end);
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source, target, goods, value, quantity: None }),
            evidence: ctx.span(ctx.start_of(f - 2), end),
            date: ctx.date_near(ctx.end_of(f)),
            confidence: 0.55,
            attribution: None,
        });
    }
}

/// Goods named before a relative clause that tells their transfer: "two British minehunters
/// that London had donated to Ukraine's navy", "the drones, which Tehran shipped to Moscow"; and a
/// party named before one: "Turkey, from which Niamey has bought TB2 drones", "Armenia, to which
/// India sold Pinaka launchers".
pub(super) fn relative_transfers(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let nums = ctx.nums();
    for r in 1..ctx.toks.len() {
        if !matches!(ctx.w(r), "that" | "which") {
            continue;
        }
        // The doer right after the pronoun, then its verb after at most auxiliaries.
        let Some(doer) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == r + 1 || (ctx.w(r + 1) == "the" && ctx.tok_at(a.start) == r + 2)) else { continue };
        if ctx.possessive(doer) || doer.r.code.len() != 3 || doer.r.code == "UNK" {
            continue;
        }
        let mut v = ctx.tok_at(doer.end);
        while matches!(ctx.w(v), "has" | "have" | "had" | "also" | "later" | "then" | "itself") {
            v += 1;
        }
        let w = ctx.w(v);
        let buy = BUY_VERBS.contains(&w) && !matches!(w, "received" | "receives" | "receiving" | "obtained");
        if !(buy || (TRANSFER_VERBS.contains(&w) && !BUY_VERBS.contains(&w) && !w.starts_with("export") && !w.starts_with("import"))) || ctx.irrealis_from(r + 1, v) {
            continue;
        }
        let prep = ctx.w(r - 1);
        if matches!(prep, "from" | "to") {
            // ("Turkey, from which Niamey has bought", "Armenia, to which India sold"): the
            // party is the state before the comma, the goods follow the verb.
            let other = (prep == "from") == buy;
            let Some(party) = ctx.acts.iter().rev().find(|a| r >= 2 && ctx.w(r - 2) == "," && ctx.tok_at(a.end) == r - 2) else { continue };
            let Some((goods, ge)) = goods_at(ctx, v + 1) else { continue };
            if !other || party.r.code == doer.r.code || party.r.code.len() != 3 || NOT_GOODS.contains(&Low::new(goods.split_whitespace().next().unwrap_or("")).as_str()) {
                continue;
            }
            let (source, target) = if buy { (party, doer) } else { (doer, party) };
            let counted = nums.iter().find(|n| n.kind == NumKind::Count && ctx.tok_at(n.start) == v + 1);
            let value = nums.iter().find(|n| ctx.tok_at(n.start) == v + 1).and_then(money);
            out.push(relative_claim(ctx, (source, target), goods, value, counted, (party.start, ctx.end_of(ge.saturating_sub(1))), v));
            continue;
        }
        // The pronoun is the verb's object: nothing stands where its object would ("Seoul
        // estimates that the North has shipped shells to Russia" is no relative clause).
        let gap = if matches!(ctx.w(v + 1), "over" | "back") { v + 2 } else { v + 1 };
        if !(v + 1 >= ctx.toks.len()
            || ctx.is_boundary(gap)
            || time_word(ctx, gap)
            || ctx.w(gap).ends_with("ly")
            || matches!(ctx.w(gap), "to" | "from" | "for" | "at" | "since" | "during" | "," | "." | ";" | "via" | "through" | "as" | "under" | "earlier" | "before" | "after" | "years" | "ago" | "with" | "and" | "—" | "-" | ")"))
        {
            continue;
        }
        // The goods before the pronoun (and its comma): back to an article, a count or a
        // preposition, at most five words.
        let ge = if prep == "," { r - 1 } else { r };
        let mut g0 = ge;
        while g0 > 0 && ge - g0 < 5 {
            let x = ctx.w(g0 - 1);
            if ctx.is_boundary(g0 - 1) || GOODS_STOP.contains(&x) || matches!(x, "the" | "a" | "an" | "its" | "their" | "these" | "those" | "," | "of" | "by" | "(" | "\"") || nums.iter().any(|n| n.next_tok == g0)
                // (", freeing American stocks that": a participle opening a clause.)
                || (x.ends_with("ing") && g0 >= 2 && ctx.w(g0 - 2) == ",")
            {
                break;
            }
            g0 -= 1;
        }
        if g0 == ge {
            continue;
        }
        let Some(mut goods) = ctx.text.get(ctx.start_of(g0)..ctx.end_of(ge - 1)).map(str::to_string) else { continue };
        let quantifier = |h: &str| matches!(h, "several" | "many" | "some" | "few" | "most" | "all" | "others" | "one" | "ones" | "more" | "much");
        // ("The Akinci drone was one of several that Bamako has bought": the goods are the
        // subject's.)
        if quantifier(&goods.to_ascii_lowercase()) && g0 >= 4 && ctx.w(g0 - 1) == "of" && ctx.w(g0 - 2) == "one" && matches!(ctx.w(g0 - 3), "was" | "is") {
            let se = g0 - 3;
            let mut ss = se;
            while ss > 0 && se - ss < 4 && !matches!(ctx.w(ss - 1), "the" | "a" | "an" | "its" | "," | "." | ";") && !ctx.is_boundary(ss - 1) {
                ss -= 1;
            }
            if let Some(subject) = ctx.text.get(ctx.start_of(ss)..ctx.end_of(se - 1)).filter(|_| ss < se) {
                goods = subject.to_string();
            }
        }
        let low = goods.to_ascii_lowercase();
        let head = low.split_whitespace().last().unwrap_or("");
        // (Not a quantifier otherwise: "some that Bamako has bought" names no goods.)
        if quantifier(head) || NOT_GOODS.contains(&head) || PEOPLE_AND_LAND.contains(&head) || ctx.acts.iter().any(|a| ctx.tok_at(a.start) >= g0 && ctx.tok_at(a.end) >= ge && a.start < ctx.end_of(ge - 1)) {
            continue;
        }
        // The other party: "to Y" for a giver, "from Y" for a buyer, within a few words.
        let Some(other) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            t > v && t <= v + 5 && ctx.word_before(a) == if buy { "from" } else { "to" } && (v + 1..t).all(|k| !ctx.is_boundary(k) && !matches!(ctx.w(k), "," | "and" | "but"))
        }) else {
            continue;
        };
        if other.r.code == doer.r.code || other.r.code.len() != 3 {
            continue;
        }
        let (source, target) = if buy { (other, doer) } else { (doer, other) };
        let counted = nums.iter().find(|n| n.kind == NumKind::Count && n.next_tok == g0);
        out.push(relative_claim(ctx, (source, target), goods, None, counted, (counted.map_or(ctx.start_of(g0), |n| n.start), other.end), v));
    }
}

/// The transfer [`relative_transfers`] found: `goods` moved between `parties` (source, target),
/// counted by `counted`, told in bytes `evidence` by the verb at token `v`.
fn relative_claim(ctx: &Ctx, parties: (&Act, &Act), goods: String, value: Option<Money>, counted: Option<&crate::numbers::Num>, evidence: (usize, usize), v: usize) -> Extracted {
    let unit = goods.to_ascii_lowercase();
    Extracted {
        body: ClaimBody::Transfer(TransferClaim {
            source: parties.0.r.clone(),
            target: parties.1.r.clone(),
            goods,
            value,
            quantity: counted.map(|n| Quantity { value: n.value, unit, qualifier: n.qualifier }),
        }),
        evidence: ctx.span(evidence.0, evidence.1),
        date: ctx.date_near(ctx.end_of(v)),
        confidence: 0.6,
        attribution: None,
    }
}

/// A shipment that arrived: "A shipment of Iranian drones reached Russia in May", "the first
/// consignment of Chinese fertiliser arrived in Harare". The state whose adjective the goods carry
/// gives; where they arrived receives.
pub(super) fn shipments_arrived(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let nums = ctx.nums();
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "shipment" | "shipments" | "consignment" | "consignments" | "delivery" | "deliveries" | "cargo" | "batch") || ctx.w(v + 1) != "of" || ctx.irrealis_before(v) {
            continue;
        }
        let counted = nums.iter().find(|n| n.kind == NumKind::Count && ctx.tok_at(n.start) == v + 2);
        let g0 = counted.map_or(v + 2, |n| n.next_tok);
        let Some(arrived) = (g0 + 1..(g0 + 7).min(ctx.toks.len())).find(|&k| matches!(ctx.w(k), "reached" | "arrived" | "landed" | "docked")) else { continue };
        if (g0..arrived).any(|k| ctx.is_boundary(k) || matches!(ctx.w(k), "." | "that" | "from" | "to")) {
            continue;
        }
        let ge = if matches!(ctx.w(arrived - 1), "has" | "have" | "had") { arrived - 1 } else { arrived };
        let Some(goods) = ctx.text.get(ctx.start_of(g0)..ctx.end_of(ge - 1)).map(str::to_string) else { continue };
        let Some(maker) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == g0 && ctx.tok_at(a.end) < ge) else { continue };
        let place_at = if matches!(ctx.w(arrived + 1), "in" | "at") { arrived + 2 } else { arrived + 1 };
        let place_at = if ctx.w(place_at) == "the" { place_at + 1 } else { place_at };
        let Some(dest) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == place_at) else { continue };
        if dest.r.code == maker.r.code || dest.r.code.len() != 3 || maker.r.code.len() != 3 {
            continue;
        }
        let goods_text = ctx.text.get(ctx.start_of(ctx.tok_at(maker.end))..ctx.end_of(ge.saturating_sub(1))).map_or(goods.clone(), str::to_string);
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: realign_core::ActorRef::state(&maker.r.code),
                target: realign_core::ActorRef::state(&dest.r.code),
                goods: goods_text.clone(),
                value: None,
                quantity: counted.map(|n| Quantity { value: n.value, unit: goods_text.to_ascii_lowercase(), qualifier: n.qualifier }),
            }),
            evidence: ctx.span(ctx.start_of(v), dest.end),
            date: ctx.date_near(ctx.end_of(arrived)),
            confidence: 0.55,
            attribution: None,
        });
    }
}

/// A flow of trade with its value: "Indian exports to Pakistan were worth about $1.2 billion",
/// "Chinese exports to North Korea, worth around $1.9 billion last year", "Kenya's imports from
/// China reached $3.4 billion". The exporter gives; a flow with no value told
/// is a trade tie, not a transfer, and is left to the trade-share reader. The goods are the noun
/// told: "exports", "sales" or "imports".
pub(super) fn export_values(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for v in 1..ctx.toks.len() {
        let imports = match ctx.w(v) {
            "exports" | "sales" => false,
            "imports" => true,
            _ => continue,
        };
        let toward = if imports { "from" } else { "to" };
        if ctx.w(v + 1) != toward || ctx.irrealis_before(v) {
            continue;
        }
        // The trading state right before the noun: "Indian exports", "Kenya's imports".
        let Some(own) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.end);
            a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3 && (t == v || (t + 1 == v && matches!(ctx.w(t), "'s" | "'")))
        }) else {
            continue;
        };
        let at = if ctx.w(v + 2) == "the" { v + 3 } else { v + 2 };
        let Some(other) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == at && a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3 && a.r.code != own.r.code) else {
            continue;
        };
        // Its value, a few words on, before the sentence moves to another flow.
        let after = ctx.tok_at(other.end);
        let Some((n, m)) = ctx.nums().iter().filter(|n| {
            let t = ctx.tok_at(n.start);
            t >= after && t <= after + 8 && (after..t).all(|k| !matches!(ctx.w(k), ";" | "." | "while" | "whereas" | "but" | "exports" | "imports" | "and"))
        }).find_map(|n| money(n).map(|m| (n, m))) else {
            continue;
        };
        let (source, target) = if imports { (other, own) } else { (own, other) };
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: realign_core::ActorRef::state(&source.r.code),
                target: realign_core::ActorRef::state(&target.r.code),
                goods: if imports { "imports".to_string() } else { ctx.w(v).to_string() },
                value: Some(m),
                quantity: None,
            }),
            evidence: ctx.span(own.start.min(ctx.start_of(v)), n.end),
            date: ctx.date_near(n.end),
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// Goods of a state's make that reached another, told with the goods as subject: "Serbian-made
/// artillery shells worth an estimated €800 million have reached Ukraine", "Iranian drones have
/// reached Sudan's army". The maker's state gave them (not necessarily directly, as the evidence
/// shows), the state reached received them.
pub(super) fn goods_reached(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for v in 2..ctx.toks.len() {
        if !matches!(ctx.w(v), "reached" | "arrived" | "landed") || ctx.irrealis_before(v) {
            continue;
        }
        let (ca, _) = ctx.clause(v);
        let first = if ctx.w(ca) == "the" { ca + 1 } else { ca };
        // The maker opens the clause, as an adjective ("Serbian-made", "Iranian").
        let Some(maker) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == first && !ctx.possessive(a) && a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3) else {
            continue;
        };
        let ge = if matches!(ctx.w(v - 1), "has" | "have" | "had") { v - 1 } else { v };
        let gs = ctx.tok_at(maker.end);
        let gs = if matches!(ctx.w(gs), "-made" | "-built" | "-supplied" | "made" | "built" | "supplied" | "-") { gs + 1 } else { gs };
        if gs >= ge || ge - gs > 10 {
            continue;
        }
        // (Goods, not people: "Russian troops arrived in Bamako" is a deployment.)
        let worth = (gs..ge).find(|&k| matches!(ctx.w(k), "worth" | "valued"));
        let goods_end = worth.unwrap_or(ge);
        let Some(goods) = ctx.text.get(ctx.start_of(gs)..ctx.end_of(goods_end.saturating_sub(1))).map(str::to_string) else { continue };
        let words: Vec<String> = goods.split_whitespace().map(|w| Low::new(w).as_str().to_string()).collect();
        if goods.is_empty()
            || words.iter().any(|w| PEOPLE_AND_LAND.contains(&w.as_str()) || NOT_GOODS.contains(&w.as_str()) || UNIT_PEOPLE.contains(&w.as_str()) || CARRIED_PEOPLE.contains(&w.as_str()) || super::deployment::UNITS.contains(&w.as_str()))
            || (gs..goods_end).any(|k| ctx.is_boundary(k) || ctx.acts.iter().any(|a| ctx.tok_at(a.start) == k))
        {
            continue;
        }
        let place_at = if matches!(ctx.w(v + 1), "in" | "at") { v + 2 } else { v + 1 };
        let place_at = if ctx.w(place_at) == "the" { place_at + 1 } else { place_at };
        let Some(dest) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == place_at && a.r.code.len() == 3 && a.r.code != maker.r.code) else { continue };
        let value = worth.and_then(|w| ctx.nums().iter().find(|n| (w + 1..w + 4).contains(&ctx.tok_at(n.start)))).and_then(money);
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source: realign_core::ActorRef::state(&maker.r.code), target: realign_core::ActorRef::state(&dest.r.code), goods, value, quantity: None }),
            evidence: ctx.span(maker.start, dest.end),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.55,
            attribution: None,
        });
    }
}

/// Goods of another state's make that a state fields, flies or has added to its arsenal: "it
/// fields Turkish Bayraktar TB2 drones", "has inducted Chinese-made J-10C fighters into its air
/// force", "has added Chinese-made Wing Loong drones to an arsenal". The maker's state supplied
/// them; told at lower confidence, since the text names no sale.
pub(super) fn fielded(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for v in 1..ctx.toks.len() {
        let w = ctx.w(v);
        let into = match w {
            "fields" | "fielded" | "flies" | "operates" => None,
            "inducted" | "inducts" => Some("into"),
            "added" | "adds" => Some("to"),
            _ => continue,
        };
        if ctx.irrealis_before(v) {
            continue;
        }
        let Some(user) = subject_before(ctx, v).filter(|a| a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3 && a.r.code != "UNK") else {
            continue;
        };
        // The maker's adjective opens the goods, after a count or a determiner.
        let mut gs = v + 1;
        while matches!(ctx.w(gs), "the" | "a" | "an" | "some" | "several" | "dozens" | "of" | "its" | "their" | "more") {
            gs += 1;
        }
        let count = ctx.nums().iter().find(|n| ctx.tok_at(n.start) == gs && n.kind == NumKind::Count);
        if let Some(n) = count {
            gs = n.next_tok;
        }
        let Some(maker) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == gs && !ctx.possessive(a) && a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3 && a.r.code != user.r.code) else {
            continue;
        };
        let Some((goods, e)) = goods_at(ctx, gs) else { continue };
        // (The goods end before "into its air force", or a participle: "Rafale jets bought in
        // 2016".)
        let participle = |k: usize| {
            let x = ctx.w(k);
            ((x.ends_with("ed") && !GOODS_PARTICIPLES.contains(&x)) || BUY_VERBS.contains(&x) || TRANSFER_VERBS.contains(&x) || matches!(x, "built" | "made")) && !x.contains('-')
        };
        let (goods, e) = match (gs + 1..e).find(|&k| into.is_some_and(|p| ctx.w(k) == p) || participle(k)) {
            Some(k) => (ctx.text.get(ctx.start_of(gs)..ctx.end_of(k - 1)).unwrap_or(&goods).to_string(), k),
            None => (goods, e),
        };
        let after = ctx.tok_at(maker.end);
        let after = if matches!(ctx.w(after), "-made" | "-built" | "-supplied" | "made" | "built" | "supplied" | "-") { after + 1 } else { after };
        // (Goods, not people or a bare adjective: "flies Russian", "fields Turkish troops".)
        let words: Vec<String> = goods.split_whitespace().skip(1).map(|w| Low::new(w).as_str().to_string()).collect();
        if after >= e
            || words.is_empty()
            || words.iter().any(|w| not_goods_unit(w) || NOT_GOODS.contains(&w.as_str()) || UNIT_PEOPLE.contains(&w.as_str()))
            || (after..e).any(|k| ctx.acts.iter().any(|a| ctx.tok_at(a.start) == k))
        {
            continue;
        }
        // ("added … to an arsenal", "inducted … into its air force")
        if let Some(p) = into {
            let held = (e..(e + 2).min(ctx.toks.len())).find(|&k| ctx.w(k) == p).is_some_and(|k| {
                ctx.any_word(k + 1, k + 5, &["arsenal", "arsenals", "fleet", "fleets", "inventory", "inventories", "force", "navy", "army", "service"])
            });
            if !held {
                continue;
            }
        }
        let quantity = count.map(|n| Quantity { value: n.value, unit: goods.to_ascii_lowercase(), qualifier: n.qualifier });
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source: realign_core::ActorRef::state(&maker.r.code), target: user.r.clone(), goods, value: None, quantity }),
            evidence: ctx.span(user.start.min(ctx.start_of(v)), ctx.end_of(e.saturating_sub(1))),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.5,
            attribution: None,
        });
    }
}

/// People who arrive somewhere, no goods (with a deployment's units and [`CARRIED_PEOPLE`]).
const UNIT_PEOPLE: &[&str] = &[
    "people", "envoys", "envoy", "ministers", "leaders", "delegations", "students", "experts", "engineers", "nationals", "citizens", "investors", "journalists",
    "observers", "inspectors", "crew", "crews", "team", "teams",
];

/// Goods paid for: "Manila paid India $375 million for three batteries of BrahMos missiles" is
/// India's sale to Manila, at that value.
pub(super) fn payments(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let nums = ctx.nums();
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "paid" | "pays" | "paying") || ctx.irrealis_before(v) {
            continue;
        }
        let at = if ctx.w(v + 1) == "the" { v + 2 } else { v + 1 };
        let Some(seller) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == at) else { continue };
        let se = ctx.tok_at(seller.end);
        let Some(m) = nums.iter().find(|n| matches!(n.kind, NumKind::Money(_)) && (ctx.tok_at(n.start) == se || (ctx.tok_at(n.start) == se + 1 && filler(ctx, se)))) else {
            continue;
        };
        let mut f = past_paren(ctx, m.next_tok);
        // ("pays Russia $2 billion a year for wheat")
        if matches!(ctx.w(f), "a" | "each" | "per" | "every") && matches!(ctx.w(f + 1), "year" | "month") {
            f += 2;
        } else if ctx.w(f) == "annually" {
            f += 1;
        }
        if ctx.w(f) != "for" {
            continue;
        }
        let counted = nums.iter().find(|n| n.kind == NumKind::Count && ctx.tok_at(n.start) == f + 1);
        let Some((goods, ge)) = goods_at(ctx, counted.map_or(f + 1, |n| n.next_tok)) else { continue };
        let first = Low::new(goods.split_whitespace().next().unwrap_or(""));
        if NOT_GOODS.contains(&first.as_str()) || PEOPLE_AND_LAND.contains(&first.as_str()) || matches!(first.as_str(), "it" | "them" | "this" | "that" | "access" | "right" | "rights" | "use" | "privilege" | "services" | "damages") {
            continue;
        }
        let Some(buyer) = subject_before(ctx, v).filter(|b| b.r.code != seller.r.code) else { continue };
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: seller.r.clone(),
                target: buyer.r.clone(),
                goods: goods.clone(),
                value: money(m),
                quantity: counted.map(|n| Quantity { value: n.value, unit: goods.to_ascii_lowercase(), qualifier: n.qualifier }),
            }),
            evidence: ctx.span(buyer.start.min(ctx.start_of(v)), ctx.end_of(ge.saturating_sub(1))),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.65,
            attribution: None,
        });
    }
}

/// Aid named with its giver and recipient and a sum: "US aid to Colombia has run at roughly $400
/// million a year", "Japan's development assistance to Cambodia reached $200 million". The giver
/// is the state whose adjective or possessive stands before the noun (a kind of aid may come
/// between); the sum is the first in the clause after the recipient.
pub(super) fn aid_to(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for i in 1..ctx.toks.len() {
        if !matches!(ctx.w(i), "aid" | "assistance" | "funding" | "financing") || ctx.w(i + 1) != "to" || ctx.irrealis_before(i) {
            continue;
        }
        // ("US military aid", "Japan's development assistance")
        let kind = |k: usize| matches!(ctx.w(k), "military" | "development" | "economic" | "humanitarian" | "security" | "budget" | "financial" | "foreign" | "annual" | "defence" | "defense");
        let mut g = i;
        while g > 0 && g + 2 > i && kind(g - 1) {
            g -= 1;
        }
        let Some(giver) = ctx.state_right_before(g) else {
            continue;
        };
        let Some(recipient) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            (t == i + 2 || (t == i + 3 && ctx.w(i + 2) == "the")) && a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3 && a.r.code != giver.r.code
        }) else {
            continue;
        };
        let (_, cb) = ctx.clause(i);
        let re = ctx.tok_at(recipient.end);
        let Some(m) = ctx.nums().iter().filter(|n| ctx.tok_at(n.start) >= re && ctx.tok_at(n.start) < cb).find_map(money) else { continue };
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: giver.r.clone(),
                target: recipient.r.clone(),
                goods: ctx.text.get(ctx.start_of(g)..ctx.end_of(i)).unwrap_or("aid").to_string(),
                value: Some(m),
                quantity: None,
            }),
            evidence: ctx.span(giver.start, recipient.end),
            date: ctx.date_near(ctx.end_of(i)),
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// Money deposited in a state's central bank: "Abu Dhabi has since deposited $1bn in the National
/// Bank of Ethiopia", "Saudi Arabia has parked a $3bn deposit at the State Bank of Pakistan".
pub(super) fn deposits(ctx: &Ctx, earlier: &Earlier, out: &mut Vec<Extracted>) {
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "deposited" | "depositing" | "parked" | "placed" | "deposits") || ctx.irrealis_before(v) {
            continue;
        }
        let nums = ctx.nums();
        let Some((n, value)) = nums.iter().find_map(|n| (ctx.tok_at(n.start) > v && ctx.tok_at(n.start) <= v + 2).then(|| money(n).map(|m| (n, m))).flatten()) else {
            continue;
        };
        let after = if ctx.w(n.next_tok) == "deposit" { n.next_tok + 1 } else { n.next_tok };
        if !matches!(ctx.w(after), "in" | "with" | "at") || !(after..after + 6).any(|k| ctx.w(k) == "bank") {
            continue;
        }
        let Some(target) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) > after && ctx.tok_at(a.start) <= after + 7) else {
            // ("deposited $3 billion in the State Bank": the bank of the state the text spoke of.)
            let e = (after..(after + 6).min(ctx.toks.len())).find(|&k| ctx.w(k) == "bank").map_or(after + 1, |k| k + 1);
            if let Some(x) = given_in_context(ctx, earlier, out, v, ("deposit", e), Some(value), None) {
                out.push(x);
            }
            continue;
        };
        let Some(source) = subject_before(ctx, v) else { continue };
        if source.r.code == target.r.code {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: source.r.clone(),
                target: target.r.clone(),
                goods: "deposit".to_string(),
                value: Some(value),
                quantity: None,
            }),
            evidence: ctx.span(source.start.min(ctx.start_of(v)), target.end),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.65,
            attribution: None,
        });
    }
}

/// Money invested in another state: "China has invested $4 billion in Zambia's copper mines",
/// "the UAE agreed to invest $35 billion in the Ras El-Hekma development on Egypt's coast",
/// "the UAE's $35bn investment in Egypt".
pub(super) fn investments(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let nums = ctx.nums();
    for v in 0..ctx.toks.len() {
        let w = ctx.w(v);
        let verb = matches!(w, "invested" | "invests" | "investing" | "invest");
        let noun = matches!(w, "investment" | "investments");
        if !verb && !noun {
            continue;
        }
        // A bare "invest" only after "agreed to" or "pledged to": a plan otherwise.
        if w == "invest" && !(ctx.w(v.saturating_sub(1)) == "to" && matches!(ctx.w(v.saturating_sub(2)), "agreed" | "pledged" | "promised" | "committed")) {
            continue;
        }
        if verb && w != "invest" && ctx.irrealis_before(v) {
            continue;
        }
        // The money: right after the verb, or right before the noun.
        let stated = nums.iter().find(|n| {
            let t = ctx.tok_at(n.start);
            matches!(n.kind, NumKind::Money(_)) && if verb { t > v && t <= v + 2 } else { t < v && t + 4 >= v }
        });
        let Some(m) = stated else { continue };
        let value = money(m);
        let after = if verb { m.next_tok } else { v + 1 };
        if ctx.w(after) != "in" {
            continue;
        }
        // Where: the first state or place within eight tokens after "in", in the clause.
        let Some(host) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            t > after && t <= after + 8 && (after..t).all(|k| !ctx.is_boundary(k))
        }) else {
            continue;
        };
        let investor = if noun {
            // ("the UAE's $35bn investment": the possessive right before the money.)
            let mt = ctx.tok_at(m.start);
            ctx.acts.iter().rev().find(|a| a.end <= m.start && ctx.possessive(a) && ctx.tok_at(a.end) + 1 >= mt)
        } else {
            subject_before(ctx, v)
        };
        let Some(investor) = investor else { continue };
        if investor.r.code == host.r.code || investor.r.code.len() != 3 || host.r.code.len() != 3 {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim {
                source: investor.r.clone(),
                target: realign_core::ActorRef::state(&host.r.code),
                goods: "investment".to_string(),
                value,
                quantity: None,
            }),
            evidence: ctx.span(investor.start.min(ctx.start_of(v)), host.end),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// The "to" that a list of goods, or a "from" phrase, leads up to: "patrol boats, helicopters
/// and radars to", "electricity from its hydropower plants to" (the token index of "to", when a
/// state follows it and no other clause begins before it).
fn list_to(ctx: &Ctx, e: usize) -> Option<usize> {
    for j in e..(e + 15).min(ctx.toks.len()) {
        let w = ctx.w(j);
        // ("according to Malian state television", "thanks to", "close to": no recipient.)
        if w == "to" && matches!(ctx.w(j.saturating_sub(1)), "according" | "thanks" | "due" | "owing" | "close" | "next" | "prior" | "up" | "compared" | "addition") {
            return None;
        }
        if w == "to" {
            let at = if ctx.w(j + 1) == "the" { j + 2 } else { j + 1 };
            return ctx.acts.iter().any(|a| ctx.tok_at(a.start) == at || ctx.tok_at(a.start) == j + 1).then_some(j);
        }
        if matches!(w, "." | ";" | ":" | "which" | "who" | "while" | "but" | "that" | "\"" | "(" | ")" | "has" | "have" | "had" | "is" | "was" | "were" | "are" | "will")
            || TRANSFER_VERBS.contains(&w)
            || BUY_VERBS.contains(&w)
        {
            return None;
        }
    }
    None
}

/// Whether token `k` is a word of a time adjunct: "in August 2025", "last year", "early 2024",
/// "on Monday".
fn time_word(ctx: &Ctx, k: usize) -> bool {
    let x = ctx.w(k);
    matches!(x, "in" | "on" | "last" | "this" | "year" | "month" | "early" | "late" | "mid" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
        || (!x.is_empty() && x.bytes().all(|b| b.is_ascii_digit()))
        || crate::numbers::month_of(ctx.raw(k)).is_some()
}

/// Whether token `k` may stand between a verb's recipient and its sum: "an estimated", "a
/// further", "another".
fn filler(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.w(k), "a" | "an" | "another" | "further" | "additional" | "estimated" | "extra" | "fresh" | "new" | "reported" | "some" | "about" | "around" | "roughly" | "nearly" | "almost")
}

/// Token `j`, or the token after a parenthesis opening there: the amount's conversion in
/// "pledged 120 million pounds ($160 million) in aid" is passed over.
fn past_paren(ctx: &Ctx, j: usize) -> usize {
    if ctx.w(j) != "(" {
        return j;
    }
    (j + 1..(j + 8).min(ctx.toks.len())).find(|&k| ctx.w(k) == ")").map_or(j, |k| k + 1)
}

/// Another giver of the same goods to the same recipient, its verb left out: "Russia had supplied
/// $406 million worth of arms since the coup and China $267 million", "Japan promised $550 billion
/// of investment in the United States and South Korea $350 billion". The state right after "and"
/// (or "and the"), the money right after it, and the clause ending there.
pub(super) fn gapped_givers(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let base = ctx.span(0, 0).start;
    let mut found: Vec<Extracted> = Vec::new();
    for x in out.iter() {
        let ClaimBody::Transfer(t) = &x.body else { continue };
        if t.value.is_none() {
            continue;
        }
        let end = x.evidence.end.saturating_sub(base);
        for n in ctx.nums().iter().filter(|n| n.start >= end) {
            let Some(value) = money(n) else { continue };
            let k = ctx.tok_at(n.start);
            let Some(giver) = ctx.acts.iter().find(|a| {
                ctx.tok_at(a.end) == k && a.end <= n.start && a.r.kind == realign_core::ActorKind::State && !a.place && !ctx.possessive(a) && a.r.code != t.source.code && a.r.code != t.target.code
            }) else {
                continue;
            };
            let g = ctx.tok_at(giver.start);
            let g = if g >= 1 && ctx.w(g - 1) == "the" { g - 1 } else { g };
            let closes = n.next_tok >= ctx.toks.len() || matches!(ctx.w(n.next_tok), "." | ";" | "," | "respectively" | "each");
            // (Only "and" between the transfer and the giver's clause, no verb of its own.)
            let joined = g >= 1 && ctx.w(g - 1) == "and" && (ctx.tok_at(end)..g - 1).all(|j| !matches!(ctx.w(j), "." | ";" | "which" | "who" | "that" | "but" | "while"));
            if !closes || !joined {
                continue;
            }
            let same = |y: &Extracted| matches!(&y.body, ClaimBody::Transfer(o) if o.source.code == giver.r.code && o.target.code == t.target.code);
            if out.iter().chain(found.iter()).any(same) {
                continue;
            }
            found.push(Extracted {
                body: ClaimBody::Transfer(TransferClaim { source: giver.r.clone(), target: t.target.clone(), goods: t.goods.clone(), value: Some(value), quantity: None }),
                evidence: ctx.span(giver.start, n.end),
                date: x.date,
                confidence: 0.55,
                attribution: None,
            });
        }
    }
    out.extend(found);
}

/// The money a number states, if it states one.
fn money(n: &crate::numbers::Num) -> Option<Money> {
    match n.kind {
        NumKind::Money(c) => Some(Money { amount: n.value, currency: c.to_string(), qualifier: n.qualifier }),
        _ => None,
    }
}

/// A money value stated a little after token `from`, introduced by "worth", "for", "valued at" or
/// "of" ("… to Niamey under an aid package worth an estimated $15 million", "… from Israel for
/// about $500 million"), within the sentence and before another clause's verb.
fn later_value(ctx: &Ctx, from: usize) -> Option<Money> {
    ctx.nums().iter().find_map(|n| {
        let t = ctx.tok_at(n.start);
        let m = money(n)?;
        if t < from || t > from + 10 || (from..t).any(|j| matches!(ctx.w(j), "." | ";" | "and" | "but" | "while" | "which" | "who")) {
            return None;
        }
        // ("… bought from France under a 7.87 billion euro deal": the deal's value.)
        let intro = (t.saturating_sub(3)..t).any(|j| matches!(ctx.w(j), "worth" | "for" | "valued" | "costing"))
            || (t >= 2 && ctx.w(t - 2) == "under" && matches!(ctx.w(t - 1), "a" | "an" | "the"))
            // ("bought BrahMos missiles from India in a $375 million deal")
            || (t >= 2 && ctx.w(t - 2) == "in" && matches!(ctx.w(t - 1), "a" | "an") && matches!(ctx.w(n.next_tok), "deal" | "contract" | "package" | "agreement" | "purchase" | "sale" | "order"));
        intro.then_some(m)
    })
}

/// "handed Manila coastal radars": a giving verb, its recipient (not a possessive), then goods
/// starting at token `k`.
fn recipient_then_goods(ctx: &Ctx, verb: &str, recipient: Option<&Act>, k: usize) -> bool {
    GIVE_VERBS.contains(&verb)
        && recipient.is_some_and(|t| !ctx.possessive(t))
        && goods_at(ctx, k).is_some_and(|(g, _)| !NOT_GOODS.contains(&Low::new(g.split_whitespace().next().unwrap_or("")).as_str()))
}

/// People and land "sent" or "handed" over: deployments, releases, handovers, not goods.
const PEOPLE_AND_LAND: &[&str] = &[
    "advisers", "advisors", "instructors", "officers", "police", "peacekeepers", "hostages", "prisoners", "detainees", "captives", "suspects",
    "figures", "fugitives", "villages", "village", "territory", "territories", "land", "bodies", "remains", "back", "over", "visitors",
    "delegates", "ministers", "leaders", "diplomats", "envoys", "attaches", "employees", "staff", "staffers", "nationals", "citizens", "journalists",
];

/// Things "sent" or "provided" that are not goods: messages, people, support in general.
const NOT_GOODS: &[&str] = &[
    "message",
    "messages",
    "letter",
    "letters",
    "signal",
    "signals",
    "delegation",
    "delegations",
    "envoy",
    "envoys",
    "troops",
    "soldiers",
    "forces",
    "condolences",
    "invitation",
    "invitations",
    "warning",
    "warnings",
    "greetings",
    "support",
    "assistance",
    "aid",
    "help",
    "backing",
    "information",
    "details",
    "evidence",
    "assurances",
    "it",
    "them",
    "this",
    "that",
    "these",
    "those",
    "what",
    "note",
    "notes",
    "request",
    "requests",
    "congratulations",
    "votes",
    "example",
    "examples",
    "account",
    "explanation",
    "reason",
    "lesson",
    "picture",
    "vote",
    "observers",
    "team",
    "teams",
    "officials",
    "diplomats",
    "workers",
    "people",
    "refugees",
    "migrants",
    "him",
    "her",
    "us",
    "cover",
    "reporters",
    "journalists",
    "access",
    "updates",
    "little",
    "choice",
    "speech",
    "time",
    "impression",
    "nod",
    "approval",
    "permission",
    // ("granted Hungary a one-year exemption from US sanctions": relief from a sanction, no
    // goods.)
    "exemption",
    "exemptions",
    "waiver",
    "waivers",
    "priority",
    "attention",
    "something",
    "anything",
    "everything",
    "nothing",
    "every",
    // ("gave French special forces one month to leave": a deadline, not goods.)
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hours",
    "deadline",
    "ultimatum",
];

const DEP_CUES: &[(&str, &str)] = &[
    ("dependent", "on"),
    ("dependence", "on"),
    ("leans", "on"),
    ("lean", "on"),
    ("leaning", "on"),
    ("leaned", "on"),
    ("dependency", "on"),
    ("depends", "on"),
    ("depend", "on"),
    ("reliant", "on"),
    ("reliance", "on"),
    ("relies", "on"),
    ("rely", "on"),
    ("relying", "on"),
    ("relied", "on"),
    ("depended", "on"),
    ("dependent", "upon"),
    ("depends", "upon"),
    ("depend", "upon"),
    ("relies", "upon"),
    ("rely", "upon"),
    ("reliant", "upon"),
    ("beholden", "to"),
    // ("it still counts on Russia for its security")
    ("counts", "on"),
    ("count", "on"),
    ("counting", "on"),
    // ("Tokyo's security still rests squarely on the treaty with Washington", "the North's
    // economy still hangs on China")
    ("rests", "on"),
    ("rest", "on"),
    ("rested", "on"),
    ("hangs", "on"),
    ("hinges", "on"),
    ("chained", "to"),
    ("indebted", "to"),
    // ("hostage to Russian gas", "lives off the Chinese market", "survive on foreign troops",
    // "banks on Saudi deposits")
    ("hostage", "to"),
    ("lives", "off"),
    ("live", "off"),
    ("living", "off"),
    ("survive", "on"),
    ("survives", "on"),
    ("banks", "on"),
    ("dependant", "on"),
];

const DEP_DOWN: &[&str] = &[
    "reduce",
    "reducing",
    "reduced",
    "less",
    "lessen",
    "end",
    "ending",
    "wean",
    "diversify",
    "cut",
    "cutting",
    "independent",
    "decrease",
    "decreasing",
    "lower",
    "avoid",
    "avoiding",
    "escape",
];

fn sphere(ctx: &Ctx, a: usize, b: usize) -> Option<&'static str> {
    // ("imports of crude oil": what is imported says more than "imports", which counts only when
    // nothing else does.)
    let mut weak = None;
    for k in a..b.min(ctx.toks.len()) {
        // (Not a word of a name: "Port Moresby", "the UN Security Council".)
        if ctx.raw(k).starts_with(|c: char| c.is_uppercase()) && ctx.acts.iter().any(|x| x.start <= ctx.start_of(k) && ctx.end_of(k) <= x.end) {
            continue;
        }
        let s = match ctx.w(k) {
            "imports" | "exports" => {
                weak = Some("economic");
                continue;
            }
            // ("the American nuclear umbrella", "its nuclear deterrent": protection, not power.)
            "nuclear" if matches!(ctx.w(k + 1), "umbrella" | "deterrent" | "deterrence" | "shield" | "protection" | "guarantee" | "guarantees") => "military",
            // ("the bulk of its military hardware": the goods, not the protection.)
            "military" | "defence" | "defense" if matches!(ctx.w(k + 1), "hardware" | "equipment" | "aircraft" | "supplies" | "imports" | "purchases" | "kit" | "interceptors" | "systems" | "missiles") => "arms",
            // ("leans on the Indian coast guard")
            "coast" if ctx.w(k + 1) == "guard" => "military",
            "economically" | "economic" | "trade" | "financially" | "financial" | "investment" | "investors" | "aid" | "loans" | "loan" | "debt"
            | "credit" | "lender" | "lenders" | "creditor" | "creditors" | "market" | "markets" | "customer" | "customers" | "buyer" | "buyers"
            | "demand" | "remittances" | "tourists" | "tourism" | "financing" | "funding" | "bailout" | "bailouts" | "budget" | "revenue"
            | "revenues" | "components" | "parts" | "ports" | "port" | "goods" | "jobs" | "money" | "capital" | "cash"
            | "deposits" | "grants" | "subsidies" | "finances" | "finance" | "fiscal" | "earnings" | "minerals" | "rare" | "semiconductors" | "chips"
            | "graphite" | "lithium" | "cobalt" | "sales" | "indebted" | "payments" | "reserves" | "sanctions" | "economy" | "economies" | "remittance"
            | "tariffs" | "currency" | "budgets" => "economic",
            "arms" | "weapons" | "weaponry" | "munitions" | "ammunition" | "equipment" | "aircraft" | "jets" | "fighters" | "warplanes"
            | "tanks" | "missiles" | "submarines" | "warships" | "helicopters" | "drones" | "artillery" | "shells" | "rifles"
            | "hardware" | "spare" | "interceptors" | "drone" | "missile" | "fighter" | "frigates" | "howitzers" | "arsenal" | "weapon"
            | "corvettes" | "cutters" => "arms",
            // ("most of its patrol boats": vessels for patrol are arms.)
            "patrol" if matches!(ctx.w(k + 1), "boats" | "vessels" | "ships" | "craft") => "arms",
            // ("jet fighters", not "jet fuel")
            "jet" if ctx.w(k + 1) != "fuel" => "arms",
            "militarily" | "military" | "security" | "defence" | "defense" | "forces" | "troops" | "protection" | "umbrella" | "firepower" | "strategic"
            | "intelligence" | "surveillance" | "guarantees" | "guarantee" | "guarantor" | "protector" | "bases" | "deterrent" | "mercenaries" | "advisers" | "alliance"
            | "insurgents" | "insurgency" | "rebels" | "militants" | "jihadists" | "soldiers" | "infantry" | "peacekeepers" | "garrison" | "training"
            | "army" | "armies" | "policing" | "deterrence" => "military",
            // ("to keep its main power stations running")
            "power" if matches!(ctx.w(k + 1), "station" | "stations" | "plant" | "plants" | "grid" | "supply" | "supplies" | "lines" | "cuts" | "generation") => "energy",
            // ("Chinese oil revenues", "gas exports earnings": money the energy earns.)
            "energy" | "oil" | "gas" | "fuel" | "electricity" | "coal" | "nuclear" | "pipelines" | "pipeline" | "crude" | "lng" | "diesel" | "petroleum"
            | "uranium" | "grid" | "lights"
                if matches!(ctx.w(k + 1), "revenues" | "revenue" | "money" | "earnings" | "income" | "sales" | "companies" | "firms" | "royalties" | "taxes") =>
            {
                "economic"
            }
            "energy" | "oil" | "gas" | "fuel" | "electricity" | "coal" | "nuclear" | "pipelines" | "pipeline" | "crude" | "lng" | "diesel"
            | "petroleum" | "uranium" | "grid" | "lights" | "heating" | "winter" | "winters" | "blackouts" | "hydropower" => {
                "energy"
            }
            "diplomatically" | "diplomatic" | "politically" | "political" | "veto" | "vetoes" => "diplomatic",
            "food" | "grain" | "grains" | "wheat" | "flour" | "rice" | "maize" | "cereals" | "fertiliser" | "fertilizer" => "food",
            _ => continue,
        };
        return Some(s);
    }
    weak
}

/// Dependence told by what a state could not do without: "Uzbek mills would struggle to operate
/// for long without Kazakh wheat", "Cairo would have struggled to avoid a disorderly devaluation
/// without Emirati cash", "Nauru could not balance its budget without Australian money". The
/// subject's state depends on the state named (or whose adjective is) right after "without", in
/// the sphere of what that names.
pub(super) fn without(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for i in 0..ctx.toks.len() {
        if ctx.w(i) != "without" {
            continue;
        }
        let (ca, _) = ctx.clause(i);
        let unable_at = |k: usize| {
            matches!(ctx.w(k), "struggle" | "struggled" | "cannot" | "unable" | "collapse" | "survive" | "function" | "operate")
                || (matches!(ctx.w(k), "could" | "can") && matches!(ctx.w(k + 1), "not" | "n't" | "hardly" | "barely"))
                || ctx.w(k) == "couldn't"
        };
        // Whom: a state, or its adjective, within three words after "without".
        let Some(on) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            t > i && t <= i + 3 && (i + 1..t).all(|k| matches!(ctx.w(k), "the" | "its" | "their" | "that" | "this" | "continued" | "cheap" | "subsidised" | "subsidized" | "steady"))
        }) else {
            continue;
        };
        // The inability, in the clause before "without"; or, when "without" opens its clause,
        // after it: "without Turkish training the Somali National Army would struggle", whose
        // subject depends.
        let fronted = ca == i;
        let dep = if (ca..i).any(unable_at) {
            subject_before(ctx, i).filter(|a| a.end <= ctx.start_of(i))
        } else if fronted {
            let from = ctx.tok_at(on.end);
            ctx.acts
                .iter()
                .filter(|a| ctx.tok_at(a.start) > from && a.r.code != on.r.code && (ctx.possessive(a) || ctx.subjectish(a)))
                .find(|a| {
                    let t = ctx.tok_at(a.end);
                    (t..(t + 7).min(ctx.toks.len())).any(unable_at) && (from..ctx.tok_at(a.start)).filter(|&k| ctx.w(k) == ",").count() <= 1
                })
        } else {
            None
        };
        let Some(dep) = dep.filter(|a| a.r.code != on.r.code && a.r.code.len() == 3 && a.r.code != "UNK") else {
            continue;
        };
        let on_end = ctx.tok_at(on.end);
        let sph = sphere(ctx, on_end, (on_end + 4).min(ctx.toks.len())).or_else(|| sphere(ctx, ca, i)).unwrap_or("general");
        out.push(Extracted {
            body: ClaimBody::Dependence(DependenceClaim { actor: realign_core::ActorRef::state(&dep.r.code), on: realign_core::ActorRef::state(&on.r.code), sphere: sph.to_string() }),
            // (From the dependent to the one depended on, whichever comes first.)
            evidence: ctx.span(dep.start.min(ctx.start_of(i)), ctx.end_of(on_end.min(ctx.toks.len())).max(on.end).max(dep.end)),
            date: ctx.s.date,
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// Dependence told by what a state cannot afford to lose: "Mongolia cannot afford to antagonise
/// Beijing, which buys nearly all its coal", "Ecuador's banana growers cannot afford to lose
/// Russia". The subject's state depends on the state it may not lose, in the sphere the rest of
/// the sentence names (a buyer's market is economic).
pub(super) fn cannot_afford(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for i in 2..ctx.toks.len() {
        if ctx.w(i) != "afford" || ctx.w(i + 1) != "to" {
            continue;
        }
        let cannot = matches!(ctx.w(i - 1), "cannot" | "can't" | "couldn't")
            || (matches!(ctx.w(i - 1), "not" | "ill" | "hardly" | "scarcely") && matches!(ctx.w(i - 2), "can" | "could" | "does" | "do" | "did"))
            || (ctx.w(i - 1) == "n't" && matches!(ctx.w(i - 2), "ca" | "can" | "could" | "does" | "do"));
        if !cannot || !matches!(ctx.w(i + 2), "lose" | "antagonise" | "antagonize" | "alienate" | "anger" | "offend" | "upset" | "cross" | "provoke" | "defy" | "snub") {
            continue;
        }
        let Some(on) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            t == i + 3 || (t == i + 4 && matches!(ctx.w(i + 3), "the" | "its"))
        }) else {
            continue;
        };
        let Some(dep) = subject_before(ctx, i).filter(|a| a.r.code != on.r.code && a.r.code.len() == 3 && a.r.code != "UNK" && a.end <= ctx.start_of(i)) else {
            continue;
        };
        let on_end = ctx.tok_at(on.end);
        let buyer = ctx.any_word(on_end, ctx.toks.len(), &["buys", "bought", "buyer", "market", "customer", "takes", "purchases", "imports"]);
        let sph = if buyer { Some("economic") } else { sphere(ctx, on_end, ctx.toks.len()) }.unwrap_or("general");
        out.push(Extracted {
            body: ClaimBody::Dependence(DependenceClaim { actor: realign_core::ActorRef::state(&dep.r.code), on: realign_core::ActorRef::state(&on.r.code), sphere: sph.to_string() }),
            evidence: ctx.span(dep.start.min(ctx.start_of(i)), on.end),
            date: ctx.s.date,
            confidence: 0.6,
            attribution: None,
        });
    }
}

/// Dependence told by the one depended on: "Russia is Vietnam's main arms supplier", "Russia
/// supplies most of Vietnam's arms", "China is Laos's largest creditor". The supplier is the
/// clause's subject, the dependent the possessive right after the cue.
pub(super) fn supplier(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for i in 0..ctx.toks.len() {
        let w = ctx.w(i);
        // "X's main arms supplier": the head noun, a ranking adjective within three tokens
        // before it, a possessive state before that.
        let head = matches!(w, "supplier" | "creditor" | "lender" | "provider" | "guarantor" | "source" | "backer" | "patron" | "financier" | "benefactor" | "donor" | "lifeline" | "anchor" | "protector");
        // "supplies most of X's arms", "supplies the bulk of X's weapons".
        let supplies = matches!(w, "supplies" | "supplied" | "provides" | "provided")
            && matches!(ctx.w(i + 1), "most" | "nearly" | "almost" | "the" | "much" | "over" | "about" | "roughly" | "around" | "as" | "more" | "some");
        if !head && !supplies {
            continue;
        }
        let (ca, cb) = ctx.clause(i);
        if ctx.irrealis_before(i) {
            continue;
        }
        let cue_start = ctx.start_of(i);
        let cs = ctx.start_of(ca);
        let mut its_supplier: Option<&Act> = None;
        let (dependent, sph_from, sph_to) = if head {
            let ranked = (i.saturating_sub(3)..i).any(|k| {
                matches!(ctx.w(k), "main" | "largest" | "biggest" | "top" | "chief" | "primary" | "principal" | "leading" | "dominant" | "sole" | "only" | "traditional" | "key" | "foremost" | "single")
                    || (ctx.w(k) == "important" && ctx.w(k.saturating_sub(1)) == "most")
            });
            // (A lifeline, an anchor, a protector or a guarantor is one to depend on, ranked or
            // not: "Pakistan's energy lifeline".)
            if !ranked && !matches!(w, "lifeline" | "anchor" | "protector" | "guarantor") {
                continue;
            }
            // ("Russia remains the main source of Belarus's oil and gas": the dependent after
            // "of", the sphere in the goods after it.)
            if ctx.w(i + 1) == "of" {
                let after = ctx.acts.iter().find(|a| a.start > ctx.end_of(i + 1) && ctx.tok_at(a.start) <= i + 3 && ctx.possessive(a));
                if let Some(dep) = after {
                    let before = ctx.acts.iter().find(|a| a.end <= cue_start && a.start >= cs && ctx.subjectish(a) && a.r.code != dep.r.code);
                    if let Some(by) = before {
                        let from = ctx.tok_at(dep.end);
                        let sph = sphere(ctx, from, (from + 4).min(cb.max(from + 1))).unwrap_or("general");
                        out.push(Extracted {
                            body: ClaimBody::Dependence(DependenceClaim { actor: dep.r.clone(), on: by.r.clone(), sphere: sph.to_string() }),
                            evidence: ctx.span(by.start.min(cue_start), ctx.end_of(from.saturating_sub(1)).max(dep.end)),
                            date: ctx.s.date,
                            confidence: 0.7,
                            attribution: None,
                        });
                    }
                    continue;
                }
            }
            // The possessive state just before the ranking words.
            // ("the kingdom's largest creditor": a reference back may hold its "'s".)
            let possessor = ctx.acts.iter().rev().find(|a| a.end <= cue_start && a.start >= cs && ctx.tok_at(a.start) + 5 >= i && (ctx.lower.get(a.end..a.end + 2) == Some("'s") || ctx.lower.get(a.start..a.end).is_some_and(|t| t.ends_with("'s"))));
            // ("The country borrowed $45 billion …, and Beijing remains its largest bilateral
            // creditor": "its" is the sentence's subject, named before the supplier.)
            let its = || {
                let at = (i.saturating_sub(4)..i).find(|&k| ctx.w(k) == "its")?;
                let (_, sup) = (at, ctx.acts.iter().rev().find(|a| a.end <= ctx.start_of(at))?);
                ctx.acts.iter().find(|a| a.end <= sup.start && ctx.subjectish(a) && a.r.code != sup.r.code && a.r.code.len() == 3)
            };
            let Some(dep) = possessor.or_else(its) else {
                continue;
            };
            // (For "its", the supplier is the one right before it.)
            if possessor.is_none() {
                let at = (i.saturating_sub(4)..i).find(|&k| ctx.w(k) == "its").unwrap_or(i);
                its_supplier = ctx.acts.iter().rev().find(|a| a.end <= ctx.start_of(at));
            }
            // ("Armenia's largest single source of new weapons": what it is the source of, too.)
            (dep, ctx.tok_at(dep.end), if ctx.w(i + 1) == "of" { (i + 5).min(cb.max(i + 1)) } else { i + 1 })
        } else {
            // The possessive state a few tokens after "most of".
            let Some(dep) = ctx.acts.iter().find(|a| a.start > ctx.end_of(i) && ctx.tok_at(a.start) <= i + 5 && ctx.lower.get(a.end..a.end + 2) == Some("'s")) else {
                continue;
            };
            (dep, ctx.tok_at(dep.end), (ctx.tok_at(dep.end) + 4).min(cb))
        };
        // The supplier: the clause's subject before the cue ("Russia, Vietnam's main arms
        // supplier," counts too: the actor opening the clause or the appositive's head).
        let Some(by) = its_supplier.or_else(|| ctx
            .acts
            .iter()
            .find(|a| a.end <= dependent.start && a.r.code != dependent.r.code && ctx.subjectish(a) && a.start >= ctx.start_of(ctx.clause(ctx.tok_at(a.start)).0))
            .or_else(|| ctx.acts.iter().rev().find(|a| a.end <= dependent.start && a.r.code != dependent.r.code)))
        else {
            continue;
        };
        let sph = sphere(ctx, sph_from, sph_to.max(sph_from + 1)).unwrap_or("general");
        out.push(Extracted {
            body: ClaimBody::Dependence(DependenceClaim { actor: dependent.r.clone(), on: by.r.clone(), sphere: sph.to_string() }),
            evidence: ctx.span(by.start.min(cue_start), ctx.end_of(i).max(dependent.end)),
            date: ctx.s.date,
            confidence: 0.7,
            attribution: None,
        });
    }
}

/// Verbs for where a state gets what it needs ("gets most of its power from Ethiopian dams").
const SOURCING_VERBS: &[&str] = &[
    "gets", "get", "got", "receives", "received", "imports", "imported", "buys", "bought", "sources", "sourced", "obtains", "obtained", "draws", "takes",
    "buy", "import", "source", "buying", "importing", "getting", "sourcing", "receiving",
];

/// Dependence told by where a state gets the bulk of something, or whom it owes: "Georgia imports
/// the overwhelming majority of its wheat from Russia", "Djibouti gets most of its power from
/// Ethiopian dams", "Tajikistan owes Chinese lenders more than a third of its external debt",
/// "Tonga owes two-thirds of its external debt to the Export-Import Bank of China".
pub(super) fn sourcing(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let share_word = |k: usize| share_word(ctx.w(k));
    for v in 0..ctx.toks.len() {
        let w = ctx.w(v);
        let owes = matches!(w, "owes" | "owed");
        if !owes && !SOURCING_VERBS.contains(&w) {
            continue;
        }
        if ctx.irrealis_near(v) {
            continue;
        }
        // "of its"/"of their" within eight tokens, a share word before it.
        let Some(of) = (v + 1..(v + 9).min(ctx.toks.len())).find(|&k| ctx.w(k) == "of" && matches!(ctx.w(k + 1), "its" | "their")) else {
            continue;
        };
        if !(v + 1..of).any(share_word) || (v + 1..of).any(|k| ctx.is_boundary(k) && ctx.w(k) != ",") {
            continue;
        }
        let (ca, cb) = ctx.clause(v);
        let (on, sph) = if owes {
            // Whom: right after the verb ("owes Chinese lenders …"), else after "to".
            let on = ctx
                .acts
                .iter()
                .find(|a| ctx.tok_at(a.start) > v && ctx.tok_at(a.start) <= v + 2)
                .or_else(|| {
                    let to = (of + 2..(of + 8).min(cb)).find(|&k| ctx.w(k) == "to")?;
                    ctx.acts.iter().find(|a| ctx.tok_at(a.start) > to && ctx.tok_at(a.start) <= to + 6)
                });
            (on, Some("economic"))
        } else {
            // From whom: "from Y" or "from Y-ian dams" after the goods, in the clause.
            let on = ctx.acts.iter().find(|a| {
                let t = ctx.tok_at(a.start);
                t > of && t <= of + 8 && t <= cb.max(of + 2) && (ctx.word_before(a) == "from" || (t >= 1 && ctx.w(t - 1) == "from"))
            });
            // ("most of its power from Ethiopian dams": power is energy here.)
            let power = (of + 2..of + 5).any(|k| ctx.w(k) == "power");
            (on, sphere(ctx, of + 2, (of + 6).min(ctx.toks.len())).or(power.then_some("energy")))
        };
        let Some(on) = on else { continue };
        // ("India imports most of its magnets from China": goods of no known sphere bought from
        // one supplier are an economic dependence.)
        // (Goods traded only: not "most of its workers", "its news", "its support".)
        let traded = (of + 2..(of + 6).min(cb)).any(|k| {
            matches!(
                ctx.w(k),
                "magnets" | "chips" | "semiconductors" | "components" | "parts" | "minerals" | "metals" | "earths" | "graphite" | "lithium" | "cobalt" | "nickel" | "copper" | "steel"
                    | "aluminium" | "aluminum" | "timber" | "cotton" | "machinery" | "pharmaceuticals" | "medicines" | "drugs" | "ingredients" | "textiles" | "cars" | "vehicles" | "electronics"
                    | "batteries" | "fertiliser" | "fertilizer" | "fertilisers" | "fertilizers" | "goods" | "imports" | "inputs" | "materials" | "panels" | "equipment" | "tools" | "iron" | "ore"
                    | "gold" | "potash" | "phosphate" | "uranium" | "titanium" | "tungsten" | "gallium" | "germanium" | "antimony" | "polysilicon" | "plastics" | "chemicals"
            )
        });
        let sph = sph.or_else(|| (!owes && !matches!(w, "takes" | "draws") && traded).then_some("economic"));
        let Some(sph) = sph else { continue };
        // ("Spain and Italy buy most of their gas from Algeria": the plural present after its
        // subject, not the infinitive.)
        if matches!(w, "buy" | "import" | "source") && matches!(ctx.w(v.saturating_sub(1)), "to" | "not" | "will" | "would" | "could" | "may" | "might" | "should" | "must" | "can" | "cannot") {
            continue;
        }
        // ("Egypt, the world's largest wheat importer, relies on Black Sea grain, buying most of
        // its wheat from Russia and Ukraine": a participle after a comma is the sentence's
        // subject's.)
        let participle = w.ends_with("ing") && ctx.w(v.saturating_sub(1)) == ",";
        let actor = if participle {
            ctx.acts.iter().find(|a| a.end <= ctx.start_of(v) && ctx.subjectish(a) && !ctx.possessive(a) && a.r.kind == realign_core::ActorKind::State)
        } else {
            ctx.acts
                .iter()
                .rev()
                .find(|a| a.start >= ctx.start_of(ca) && a.end <= ctx.start_of(v) && ctx.subjectish(a) && !ctx.possessive(a))
                .or_else(|| ctx.antecedent(ca))
                .or_else(|| ctx.fronted(ca))
        };
        let Some(actor) = actor else { continue };
        // (A progressive is the verb: "Slovakia, which had been receiving two-thirds of its gas
        // from Russia".)
        let progressive = matches!(ctx.w(v.saturating_sub(1)), "been" | "is" | "are" | "was" | "were");
        if w.ends_with("ing") && !participle && !progressive {
            continue;
        }
        // ("Saudi Arabia and the UAE still buy …": each buyer listed.)
        let buyers: Vec<&Act> = match ctx.acts.iter().position(|a| std::ptr::eq(a, actor)) {
            Some(ai) if !participle => {
                let (ga, gb) = ctx.group(ai);
                ctx.acts[ga..gb.max(ai + 1)]
                    .iter()
                    .filter(|a| std::ptr::eq(*a, actor) || (a.end <= ctx.start_of(v) && a.start >= ctx.start_of(ca) && ctx.subjectish(a)))
                    .collect()
            }
            _ => vec![actor],
        };
        // ("from Saudi Arabia and the UAE": each one listed.)
        let oi = ctx.acts.iter().position(|a| a.start == on.start).unwrap_or(0);
        let (_, gb) = ctx.group(oi);
        for (actor, on) in buyers.iter().flat_map(|b| ctx.acts.get(oi..gb).unwrap_or(&[]).iter().map(move |o| (*b, o))) {
            if actor.r.code == on.r.code {
                continue;
            }
            out.push(Extracted {
                body: ClaimBody::Dependence(DependenceClaim { actor: actor.r.clone(), on: on.r.clone(), sphere: sph.to_string() }),
                evidence: ctx.span(actor.start.min(ctx.start_of(v)), on.end.max(ctx.end_of(of + 1))),
                date: ctx.s.date,
                confidence: 0.65,
                attribution: None,
            });
        }
    }
}

/// Dependence claims of the sentence.
pub(super) fn dependence(ctx: &Ctx, earlier: &Earlier, out: &mut Vec<Extracted>) {
    for i in 0..ctx.toks.len() {
        // ("relies heavily on", "depends almost entirely on": up to three adverbs may come
        // between.)
        let adverb = |w: &str| (w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())) || matches!(w, "almost" | "only" | "still" | "far" | "much" | "more" | "so" | "very" | "less");
        let mut on_at = i + 1;
        while on_at < i + 4 && adverb(ctx.w(on_at)) {
            on_at += 1;
        }
        // ("depends to a striking degree on Russian grain", "relies in large part on": a phrase
        // of degree between.)
        if ctx.w(on_at) == "to" && matches!(ctx.w(on_at + 1), "a" | "an" | "some") {
            if let Some(d) = (on_at + 2..(on_at + 6).min(ctx.toks.len())).find(|&k| matches!(ctx.w(k), "degree" | "extent")) {
                on_at = d + 1;
            }
        } else if ctx.w(on_at) == "in" && (ctx.w(on_at + 1) == "part" || (ctx.w(on_at + 1) == "large" && ctx.w(on_at + 2) == "part")) {
            on_at += if ctx.w(on_at + 1) == "part" { 2 } else { 3 };
        } else if (ctx.w(on_at), ctx.w(on_at + 1)) == ("in", "turn") || (ctx.w(on_at), ctx.w(on_at + 1)) == ("above", "all") {
            // ("relies in turn on Russia", "depends above all on Chinese demand")
            on_at += 2;
        }
        // ("Belgrade still needs Moscow's Security Council veto", "it needs Algerian gas": what a
        // state needs of another's; not "needs Russia to stop".)
        let needs = matches!(ctx.w(i), "needs" | "need" | "needed") && {
            let at = if ctx.w(i + 1) == "the" { i + 2 } else { i + 1 };
            ctx.acts.iter().find(|a| ctx.tok_at(a.start) == at).is_some_and(|a| {
                let next = ctx.w(ctx.tok_at(a.end));
                (ctx.possessive(a) || next.chars().all(char::is_alphabetic)) && !matches!(next, "to" | "and" | "or" | "" | "more" | "less" | "as")
            })
        };
        if needs {
            on_at = i;
        } else if !DEP_CUES.iter().any(|(c, p)| ctx.w(i) == *c && ctx.w(on_at) == *p) {
            continue;
        }
        let (ca, cb) = ctx.clause(i);
        if ctx.irrealis_near(i) || ctx.any_word(ca, i, DEP_DOWN) || ctx.any_word(ca, i, &["increasingly-not"]) {
            continue;
        }
        // On whom: the first actor within three tokens after "on" ("on Russia", "on Russian arms").
        let on_tok = on_at;
        // ... or "on imports of liquefied natural gas from Qatar": the actor after "from".
        // ("on remittances from migrants working in Russia": the actor after "from" or "in".)
        let via_imports = matches!(ctx.w(on_tok + 1), "imports" | "supplies" | "deliveries" | "shipments" | "remittances" | "loans" | "investment" | "aid" | "imported");
        // ("dependent on Gulf crude and on Qatari gas": a second "on" joined by "and".)
        let second_on = (on_tok + 2..(on_tok + 6).min(cb)).find(|&k| ctx.w(k) == "on" && ctx.w(k - 1) == "and");
        // ("rests on the 1960 treaty with Washington": the other party of a tie relied on.)
        let tie_with = (on_tok + 1..(on_tok + 5).min(cb)).find(|&k| matches!(ctx.w(k), "treaty" | "alliance" | "pact" | "partnership" | "guarantee" | "guarantees") && ctx.w(k + 1) == "with");
        // ("depends on the pipeline across Benin", "relies on the port of Djibouti": a route
        // through the state.)
        let route = ctx.w(on_tok + 1) == "the"
            && matches!(ctx.w(on_tok + 2), "pipeline" | "pipelines" | "port" | "ports" | "railway" | "corridor" | "route" | "harbour" | "harbor" | "highway" | "road")
            && matches!(ctx.w(on_tok + 3), "across" | "through" | "via" | "of" | "in" | "at" | "to");
        let Some(on) = ctx.acts.iter().find(|a| {
            let t = ctx.tok_at(a.start);
            (t > on_tok && t <= on_tok + 3)
                || tie_with.is_some_and(|k| t == k + 2 || (t == k + 3 && ctx.w(k + 2) == "the"))
                || (via_imports && t > on_tok && t <= on_tok + 10 && matches!(ctx.w(t - 1), "from" | "in") && (on_tok..t).all(|k| !ctx.is_boundary(k)))
                || second_on.is_some_and(|s| t > s && t <= s + 3)
                || (route && t == on_tok + 4)
        }) else {
            continue;
        };
        // Who: a subject before the cue in the clause, "X's dependence on", else "like X" /
        // "such as X" / "including X" later in the sentence.
        let cs = ctx.start_of(ca);
        let cue_start = ctx.start_of(i);
        let mut conf = 0.8;
        let actor = ctx
            .acts
            .iter()
            .rev()
            // ("every Nordic air force except Sweden's now depends on": the one excepted does not;
            // nor one named in an aside between dashes, "— the UAE built a base there —".)
            .find(|a| {
                let t = ctx.tok_at(a.start);
                let dashes_before = (ctx.tok_at(cs)..t).filter(|&k| matches!(ctx.raw(k), "-" | "—" | "–")).count();
                let aside = dashes_before % 2 == 1 && (t..i).any(|k| matches!(ctx.raw(k), "-" | "—" | "–"));
                a.start >= cs && a.end <= cue_start && ctx.subjectish(a) && a.r.code != on.r.code && !ctx.excepted(a) && !aside
            })
            // ("South Korea, which relies on Chinese rare earths": the antecedent.)
            .or_else(|| ctx.antecedent(ca).filter(|a| a.r.code != on.r.code))
            .or_else(|| ctx.fronted(ca).filter(|a| a.r.code != on.r.code))
            // ("Iceland has no army and relies on…", "…, and it relies on…": a second verb of
            // the sentence's subject.)
            .or_else(|| {
                let opener = (ca.saturating_sub(1)..i).rev().find(|&k| matches!(ctx.w(k), "and" | "but" | "it" | "so"))?;
                // ("…, and it is almost wholly reliant on": its verb and adverbs.)
                let only_pronoun = (opener + 1..i).all(|k| adverb(ctx.w(k)) || matches!(ctx.w(k), "it" | "is" | "was" | "remains" | "has" | "been" | "also" | "now" | "continues" | "continue" | "to"));
                only_pronoun.then(|| ctx.acts.iter().find(|a| a.end <= ctx.start_of(opener) && ctx.subjectish(a) && a.r.code != on.r.code)).flatten()
            })
            .or_else(|| {
                conf = 0.65;
                (ctx.tok_at(on.end)..ctx.toks.len())
                    .find(|&k| {
                        matches!(ctx.w(k), "like" | "including" | "notably")
                            || (ctx.w(k) == "such" && ctx.w(k + 1) == "as")
                    })
                    .and_then(|k| {
                        let from = ctx.end_of(if ctx.w(k) == "such" { k + 1 } else { k });
                        ctx.acts.iter().find(|a| {
                            a.start >= from && ctx.tok_at(a.start) <= ctx.tok_at(from) + 2 && a.r.code != on.r.code
                        })
                    })
            });
        // ("The cash-strapped army relies on Qatari and American funding", "the transitional
        // government now depends on the Kenyan-led mission": a state's body named without its
        // state is the state the text spoke of.)
        let told: Option<realign_core::ActorRef> = if actor.is_none() { body_of_state_told(ctx, earlier, ca, i, &on.r.code) } else { None };
        let synthetic = told.as_ref().map(|r| Act { start: ctx.start_of(ca), end: ctx.start_of(ca), r, place: false });
        if synthetic.is_some() {
            conf = 0.5;
        }
        let Some(actor) = actor.or(synthetic.as_ref()) else { continue };
        // ("Washington leaned on Seoul to drop the case": pressure put on someone, no reliance.)
        if ctx.w(i).starts_with("lean") && matches!(ctx.w(ctx.tok_at(on.end)), "to" | "over" | "into") {
            continue;
        }
        // ("rely on China for nearly all of their modern weapons": what for, first; "dependent
        // on Australia, which is by far their largest aid donor": the rest of the sentence last.)
        let on_end = ctx.tok_at(on.end);
        // ("relies on Russian technicians and spare parts for…": past the noun of an adjective,
        // unless that noun tells the sphere itself, "on Indian credit for its fuel imports".)
        let for_at = (on_end..(on_end + 3).min(cb.max(on_end + 1))).find(|&k| ctx.w(k) == "for" && (on_end..k).all(|j| !ctx.is_boundary(j)));
        let for_phrase = for_at.filter(|&f| sphere(ctx, on_end, f).is_none()).and_then(|f| sphere(ctx, f, (f + 8).min(ctx.toks.len())));
        // (What is relied on, then the subject's words: "The Venezuelan armed forces rely on
        // Russian spare parts" is arms.)
        // ("depends on Wellington for its defence and much of its budget": a second sphere
        // joined by "and".)
        let for_second = for_at.filter(|_| for_phrase.is_some()).and_then(|f| {
            let and = (f + 2..(f + 8).min(ctx.toks.len())).find(|&k| ctx.w(k) == "and" && (f..k).all(|j| !ctx.is_boundary(j)))?;
            // (Not "for markets and on America for protection": another one relied on.)
            if ctx.w(and + 1) == "on" || ctx.acts.iter().any(|a| ctx.tok_at(a.start) > and && ctx.tok_at(a.start) <= and + 6) {
                return None;
            }
            sphere(ctx, and + 1, (and + 6).min(ctx.toks.len())).filter(|s| Some(*s) != sphere(ctx, f, and))
        });
        // ("Diplomatically, the kingdom leans heavily on Washington": an opening adverb.)
        let opening = match (ctx.w(0), ctx.w(1)) {
            ("diplomatically" | "politically", ",") => Some("diplomatic"),
            ("militarily", ",") => Some("military"),
            ("economically" | "financially", ",") => Some("economic"),
            _ => None,
        };
        // (A route through a state is a tie of trade, whatever it carries.)
        let routed = route && ctx.tok_at(on.start) == on_tok + 4;
        let sph = routed
            .then_some("economic")
            .or(for_phrase)
            .or(opening)
            .or_else(|| sphere(ctx, on_tok, (on_tok + 5).min(cb.max(on_tok + 1))))
            .or_else(|| sphere(ctx, ca, (on_tok + 4).min(cb.max(on_tok + 1))))
            .or_else(|| sphere(ctx, on_tok, cb.max(on_tok + 5).min(ctx.toks.len())))
            .or_else(|| sphere(ctx, on_tok, ctx.toks.len()))
            .unwrap_or("general");
        let s = actor.start.min(cue_start).min(ctx.start_of(ca));
        let s = if actor.start < cue_start { actor.start } else { s.max(ctx.start_of(ca)) };
        // "relies on Qatar and Saudi Arabia": one claim per actor depended upon; "Mali, Burkina
        // Faso and Niger depend on…": and per dependent listed before the cue.
        let idx = ctx.acts.iter().position(|a| a.start == on.start).unwrap_or(0);
        // (Not what the possessive owns: "needs Moscow's Security Council veto".)
        let (_, gb) = if needs && ctx.possessive(on) { (idx, idx + 1) } else { ctx.group(idx) };
        let dependents: Vec<_> = match ctx.acts.iter().position(|a| a.start == actor.start && a.end == actor.end) {
            Some(ai) if actor.end <= cue_start => {
                // ("Both governments": a pair named by one phrase, both members.)
                let (ga, gb) = ctx.group(ai);
                ctx.acts[ga..gb.max(ai + 1)].iter().filter(|a| a.end <= cue_start).collect()
            }
            _ => vec![actor],
        };
        for dependent in dependents {
            for on in ctx.acts.get(idx..gb).unwrap_or(&[]) {
                if on.r.code == dependent.r.code {
                    continue;
                }
                let e = on.end.max(dependent.end);
                for sph in std::iter::once(sph).chain(for_second.filter(|_| !routed)) {
                    out.push(Extracted {
                        body: ClaimBody::Dependence(DependenceClaim {
                            actor: dependent.r.clone(),
                            on: on.r.clone(),
                            sphere: sph.to_string(),
                        }),
                        evidence: ctx.span(s.min(dependent.start).min(cue_start), e),
                        date: ctx.s.date,
                        confidence: conf,
                        attribution: None,
                    });
                }
            }
        }
    }
}

/// "buys most of its weapons from Russia, including 64 T-90S tanks delivered from 2017": goods
/// named as part of a transfer told just before (or of a dependence for arms, energy or food)
/// are a transfer of their own between the same states.
pub(super) fn including(ctx: &Ctx, out: &mut Vec<Extracted>) {
    let mut found = Vec::new();
    for k in 1..ctx.toks.len() {
        if ctx.w(k) != "including" || !matches!(ctx.raw(k - 1), "," | "-" | "–" | "—" | "(") {
            continue;
        }
        let at = ctx.span(0, ctx.start_of(k - 1)).end;
        let near = ctx.span(0, ctx.start_of(k.saturating_sub(6))).end;
        // (The claim told last before it, ending right before it.)
        // (Of the transfers and the dependences on goods: a dependence told of the same words is
        // no other thing the list is part of.)
        let Some((_, parties)) = out
            .iter()
            .filter(|x| x.evidence.end <= at && x.evidence.end >= near)
            .filter_map(|x| match &x.body {
                ClaimBody::Transfer(t) => Some((x.evidence.end, (t.source.clone(), t.target.clone()))),
                ClaimBody::Dependence(d) if matches!(d.sphere.as_str(), "arms" | "energy" | "food") => Some((x.evidence.end, (d.on.clone(), d.actor.clone()))),
                _ => None,
            })
            .max_by_key(|(end, _)| *end)
        else {
            continue;
        };
        // ("including 64 T-90S tanks", "including a $300 million credit in 2022")
        let num = ctx.nums().iter().find(|n| {
            let t = ctx.tok_at(n.start);
            t == k + 1 || (t == k + 2 && matches!(ctx.w(k + 1), "a" | "an"))
        });
        let count = num.filter(|n| n.kind == NumKind::Count);
        let value = num.and_then(money);
        if num.is_some() && count.is_none() && value.is_none() {
            continue;
        }
        let from = num.map_or(k + 1, |n| n.next_tok);
        let Some((goods, e)) = goods_at(ctx, from) else { continue };
        // ("64 T-90S tanks delivered from 2017", "the J-10C fighters its air force flies": the
        // goods before their participle or a clause about them.)
        let (goods, e) = match (from..e).find(|&j| j > from && (TRANSFER_VERBS.contains(&ctx.w(j)) || matches!(ctx.w(j), "delivered" | "received" | "ordered" | "its" | "their" | "which" | "that"))) {
            Some(j) => {
                let start = ctx.end_of(e - 1).saturating_sub(goods.len());
                (ctx.text.get(start..ctx.end_of(j - 1)).unwrap_or(&goods).to_string(), j)
            }
            None => (goods, e),
        };
        let first = Low::new(goods.split_whitespace().next().unwrap_or(""));
        let last = Low::new(goods.split_whitespace().last().unwrap_or(""));
        // (Not states or people: "including China and India", "including 400 advisers".)
        if ctx.acts.iter().any(|a| a.start == ctx.start_of(from) || (ctx.w(from) == "the" && a.start == ctx.start_of(from + 1)))
            || [&first, &last].iter().any(|w| NOT_GOODS.contains(&w.as_str()) || PEOPLE_AND_LAND.contains(&w.as_str()) || matches!(w.as_str(), "troops" | "soldiers" | "personnel" | "people" | "percent" | "per"))
        {
            continue;
        }
        let quantity = count.map(|n| Quantity { value: n.value, unit: goods.to_ascii_lowercase(), qualifier: n.qualifier });
        found.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source: parties.0, target: parties.1, goods, value, quantity }),
            evidence: ctx.span(ctx.start_of(k), ctx.end_of(e.saturating_sub(1))),
            date: ctx.date_near(ctx.end_of(e.saturating_sub(1))),
            confidence: 0.55,
            attribution: None,
        });
    }
    out.extend(found);
}

/// Adverbs of degree between "financed" and its agent: "financed largely by", "funded mostly by".
fn degree(w: &str) -> bool {
    matches!(w, "largely" | "mostly" | "mainly" | "partly" | "partially" | "chiefly" | "entirely" | "wholly" | "jointly" | "primarily" | "in" | "part" | "heavily" | "fully" | "principally")
}

/// What a state paid for: "China has financed border outposts along the Tajik-Afghan frontier",
/// "Tokyo financed the new airport with yen loans totalling about ¥65.6 billion", "The
/// Jakarta-Bandung railway was financed largely by the China Development Bank", "…, funded mostly
/// by Chinese loans". The giver is the subject (active) or the state after "by", "with" or "from"
/// (passive); the recipient is a state or place the object (active) or the subject (passive)
/// names, else the one state the sentence or the one before named, else the state the document
/// is about, told at lower confidence.
pub(super) fn financed(ctx: &Ctx, earlier: &Earlier, out: &mut Vec<Extracted>) {
    let state = |r: &realign_core::ActorRef| r.code.len() == 3 && r.code != "UNK" && r.kind != realign_core::ActorKind::Igo;
    for v in 0..ctx.toks.len() {
        let w = ctx.w(v);
        if !matches!(w, "financed" | "funded" | "bankrolled" | "finances" | "funds" | "bankrolls") {
            continue;
        }
        // ("public finances", "deposited funds": the present tense only after its subject.)
        if matches!(w, "finances" | "funds") && !(v > 0 && (matches!(ctx.w(v - 1), "which" | "also" | "still") || ctx.acts.iter().any(|a| ctx.tok_at(a.end) == v && !ctx.possessive(a)))) {
            continue;
        }
        let (ca, cb) = ctx.clause(v);
        // ("has not financed", "refused to fund": nothing paid.)
        if ctx.any_word(ca, v, super::NEGATIONS) || ctx.w(0) == "if" || ctx.w(0) == "unless" {
            continue;
        }
        let mut n = v + 1;
        while n < cb && degree(ctx.w(n)) {
            n += 1;
        }
        let mut b = v;
        while b > ca && degree(ctx.w(b - 1)) {
            b -= 1;
        }
        let be = b > 0 && matches!(ctx.w(b - 1), "was" | "were" | "is" | "are" | "be" | "been" | "being");
        let passive = be || ctx.w(n) == "by" || (ctx.w(n) == "with" && b > 0 && !ctx.acts.iter().any(|a| ctx.tok_at(a.end) == b));
        let mut towards: Option<realign_core::ActorRef> = None;
        let (giver, recipients, from_value) = if passive {
            // The agent: the first state named in the few words after "by"/"with"/"from".
            if !matches!(ctx.w(n), "by" | "with" | "through") {
                continue;
            }
            let stop = (n + 12).min(cb.max(n + 1)).min(ctx.toks.len());
            let Some(giver) = ctx.acts.iter().find(|a| {
                let t = ctx.tok_at(a.start);
                t > n && t < stop && state(a.r) && !a.place
            }) else {
                continue;
            };
            // The recipient: named in the subject (not after "to", "from"), the clause's start
            // to the verb.
            let here: Vec<&Act> = ctx
                .acts
                .iter()
                .filter(|a| {
                    let t = ctx.tok_at(a.start);
                    t >= ca && t < b && state(a.r) && a.r.code != giver.r.code && !matches!(ctx.word_before(a), "to" | "from" | "toward" | "towards" | "with")
                })
                .collect();
            (giver, here, (ca, stop))
        } else {
            // The giver: the subject right before ("China has financed", "China, which … and
            // financed"), or the antecedent of "which"/"that" ("the loan from China's
            // Export-Import Bank that financed"); not an adjective's participle ("jointly funded
            // bonds"), nor a participle after a comma ("…, bankrolled through Plan Colombia").
            let lead = ctx.w(b.saturating_sub(1));
            let antecedent = if matches!(lead, "which" | "that" | "who") && b >= 2 {
                let k = if ctx.w(b - 2) == "," { b - 2 } else { b - 1 };
                // ("China's Export-Import Bank, which": a state's body named after it.)
                let body = |a: &Act| {
                    let e = ctx.tok_at(a.end);
                    ctx.possessive(a) && e < k && k - e <= 3 && (e..k).all(|j| ctx.raw(j).starts_with(|c: char| c.is_uppercase()))
                };
                match ctx.acts.iter().find(|a| (ctx.tok_at(a.end) == k || body(a)) && state(a.r)) {
                    Some(a) => Some(a),
                    None => continue,
                }
            } else if lead == "and" {
                // ("China, which buys most of the bauxite and financed much of the railway")
                (b.saturating_sub(15).max(1)..b).rev().find(|&k| matches!(ctx.w(k), "which" | "who") && ctx.w(k - 1) == ",").and_then(|k| ctx.acts.iter().find(|a| ctx.tok_at(a.end) == k - 1 && state(a.r)))
            } else {
                None
            };
            let right_before = ctx.acts.iter().find(|a| ctx.tok_at(a.end) == b && state(a.r) && !ctx.possessive(a));
            let clause_verb = matches!(lead, "has" | "have" | "had" | "and" | "also" | "then" | "since" | "already" | "previously" | "subsequently");
            let Some(giver) = antecedent.or(right_before).or_else(|| {
                clause_verb.then(|| subject_before(ctx, v)).flatten().filter(|a| !ctx.possessive(a) && !matches!(ctx.word_before(a), "to" | "from" | "for" | "with" | "by" | "of" | "in" | "on"))
            }) else {
                continue;
            };
            if !state(giver.r) || giver.end > ctx.start_of(v) {
                continue;
            }
            // (A state the goods go to or are in before one that makes them: "deliveries of
            // Azerbaijani gas through Jordan to Syrian power stations".)
            let object: Vec<&Act> = ctx
                .acts
                .iter()
                .filter(|a| {
                    let t = ctx.tok_at(a.start);
                    t > v && t < cb && state(a.r) && a.r.code != giver.r.code && !matches!(ctx.word_before(a), "from" | "with" | "through" | "via")
                })
                .collect();
            // (Where the goods go is told last: "a railway to Budapest" may run from Serbia.)
            let here: Vec<&Act> = object
                .iter()
                .find(|a| matches!(ctx.word_before(a), "for" | "in" | "into"))
                .or_else(|| object.iter().find(|a| ctx.word_before(a) != "to" && !demonym_like(ctx, a)))
                .copied()
                .into_iter()
                .collect();
            towards = object.iter().find(|a| ctx.word_before(a) == "to").map(|a| realign_core::ActorRef::state(&a.r.code));
            // (The money may stand before the antecedent: "the $944 million loan from China's
            // Export-Import Bank that financed the motorway".)
            let from = if antecedent.is_some() { ctx.tok_at(giver.start).saturating_sub(6) } else { v + 1 };
            (giver, here, (from, cb))
        };
        let (va, vb) = from_value;
        let value = ctx.nums().iter().filter(|x| (va..vb).contains(&ctx.tok_at(x.start))).find_map(money);
        let kind = (va..vb).find_map(|k| match ctx.w(k) {
            "loan" | "loans" => Some("loans"),
            "grant" | "grants" => Some("grant"),
            "credit" => Some("credit"),
            _ => None,
        });
        let goods = kind.unwrap_or("financing").to_string();
        let end = ctx.end_of(vb.saturating_sub(1).max(v));
        let start = giver.start.min(ctx.start_of(ca));
        let mut targets: Vec<(realign_core::ActorRef, f32)> = recipients.iter().map(|a| (realign_core::ActorRef::state(&a.r.code), 0.6)).collect();
        if targets.is_empty() {
            // (Named before, in the sentence: "In Guinea, … China, which … financed much of the
            // railway".)
            // (Not where the goods go past, "a pipeline to the Beninese port", nor the subject
            // of another clause, "Japan signed a grant…, and Australia has funded".)
            let acting = |a: &Act| {
                let next = ctx.w(ctx.tok_at(a.end));
                matches!(next, "has" | "have" | "had" | "is" | "was" | "are" | "were" | "will" | "would" | "says" | "said") || (next.len() > 3 && next.ends_with("ed"))
            };
            let before: Vec<&Act> = ctx
                .acts
                .iter()
                .filter(|a| a.end <= ctx.start_of(v) && state(a.r) && a.r.code != giver.r.code && !matches!(ctx.word_before(a), "from" | "to" | "toward" | "towards") && !acting(a))
                .collect();
            let mut codes: Vec<&str> = before.iter().map(|a| a.r.code.as_str()).collect();
            codes.dedup();
            // (Nor a state acting in this sentence, named in the one before.)
            let actors_here: Vec<&str> = ctx.acts.iter().filter(|a| acting(a)).map(|a| a.r.code.as_str()).collect();
            let prev: Vec<&str> = earlier
                .prev
                .iter()
                .filter(|r| state(r) && r.kind == realign_core::ActorKind::State && r.code != giver.r.code && !actors_here.contains(&r.code.as_str()))
                .map(|r| r.code.as_str())
                .collect();
            // (What a state pays for is mostly in the state the document is about.)
            let topic = earlier.topic(&giver.r.code).map(|t| t.code.clone());
            let t = match (codes.as_slice(), prev.as_slice()) {
                ([one], _) => Some(one.to_string()),
                ([], _) if topic.is_some() => topic,
                ([], [one, rest @ ..]) if rest.iter().all(|r| r == one) => Some(one.to_string()),
                _ => None,
            };
            if let Some(t) = t.map(|t| realign_core::ActorRef::state(&t)).or(towards) {
                targets.push((t, 0.45));
            }
        }
        for (target, confidence) in targets {
            let evidence = ctx.span(start, end);
            // (Not one told already by the same words: "financed by a loan from China worth…".)
            if target.code == giver.r.code || out.iter().any(|x| matches!(&x.body, ClaimBody::Transfer(tr) if tr.source.code == giver.r.code && tr.target.code == target.code) && x.evidence.overlaps(&evidence)) {
                continue;
            }
            out.push(Extracted {
                body: ClaimBody::Transfer(TransferClaim { source: realign_core::ActorRef::state(&giver.r.code), target, goods: goods.clone(), value: value.clone(), quantity: None }),
                evidence,
                date: ctx.date_near(ctx.end_of(v)),
                confidence,
                attribution: None,
            });
        }
    }
}

/// Loans repaid in goods: "China lent Caracas more than $60 billion, much of it repaid in crude",
/// "borrowed $40 billion from Chinese lenders, repayable in oil". The borrower of the loan the
/// sentence told ships the goods to the lender.
pub(super) fn repaid_in(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "repaid" | "repayable" | "repaying" | "serviced") {
            continue;
        }
        let mut k = v + 1;
        while k < v + 3 && degree(ctx.w(k)) && ctx.w(k) != "in" {
            k += 1;
        }
        if !matches!(ctx.w(k), "in" | "with") {
            continue;
        }
        k += 1;
        if matches!(ctx.w(k), "shipments" | "deliveries" | "cargoes") && ctx.w(k + 1) == "of" {
            k += 2;
        }
        let Some((goods, e)) = goods_at(ctx, k) else { continue };
        // ("crude oil shipped to Chinese refiners": not the participle after them.)
        let goods = trim_participle(goods);
        // (Goods, not money: "repaid in dollars", "in full", "in instalments".)
        let head = Low::new(goods.split_whitespace().next().unwrap_or(""));
        if matches!(head.as_str(), "full" | "instalments" | "installments" | "cash" | "dollars" | "yuan" | "euros" | "kind" | "part" | "time" | "advance") {
            continue;
        }
        let before = ctx.span(0, ctx.start_of(v)).end;
        let loan = out.iter().rev().filter(|x| x.evidence.end <= before).find_map(|x| match &x.body {
            ClaimBody::Transfer(t) if t.goods.split_whitespace().any(|g| matches!(Low::new(g).as_str(), "loans" | "loan" | "credit" | "lending")) => Some((t.source.clone(), t.target.clone())),
            _ => None,
        });
        let Some((lender, borrower)) = loan else { continue };
        if lender.code == borrower.code {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source: borrower, target: lender, goods, value: None, quantity: None }),
            evidence: ctx.span(ctx.start_of(v), ctx.end_of(e.saturating_sub(1))),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.5,
            attribution: None,
        });
    }
}

/// Goods given under a loan: "agreed to supply five larger ships under a loan worth about $420
/// million", "is supplying five more patrol vessels under a 64.3 billion yen loan". The loan's
/// sum is the transfer's worth when it has none, and the transfer's evidence reaches it.
pub(super) fn under_loan(ctx: &Ctx, out: &mut [Extracted]) {
    for v in 0..ctx.toks.len() {
        if !matches!(ctx.w(v), "under" | "through" | "via") || !matches!(ctx.w(v + 1), "a" | "an" | "the") {
            continue;
        }
        let Some(loan) = (v + 2..(v + 14).min(ctx.toks.len())).find(|&k| matches!(ctx.w(k), "loan" | "credit" | "loans")) else { continue };
        if (v + 2..loan).any(|k| ctx.is_boundary(k) && ctx.w(k) != "(" && ctx.w(k) != ")") {
            continue;
        }
        // The sum before "loan", or after "worth".
        let after = if ctx.w(loan + 1) == "worth" { loan + 6 } else { loan + 1 };
        let Some((n, value)) = ctx.nums().iter().find_map(|n| {
            let t = ctx.tok_at(n.start);
            (t > v && t < after).then(|| money(n).map(|m| (n, m))).flatten()
        }) else {
            continue;
        };
        let end = ctx.span(0, ctx.end_of(loan.max(n.next_tok.saturating_sub(1)))).end;
        let here = ctx.span(ctx.start_of(v), ctx.start_of(v));
        let (ca, _) = ctx.clause(v);
        let clause_start = ctx.span(ctx.start_of(ca), ctx.start_of(ca)).start;
        // The last transfer told before it in the clause.
        if let Some(x) = out.iter_mut().rev().find(|x| matches!(x.body, ClaimBody::Transfer(_)) && x.evidence.end <= here.start && x.evidence.end >= clause_start) {
            if let ClaimBody::Transfer(t) = &mut x.body {
                if t.value.is_none() {
                    t.value = Some(value);
                }
            }
            x.evidence = realign_core::Span::new(x.evidence.start, end.max(x.evidence.end));
        }
    }
}

/// What bare "exports" or "imports" are, told right after them: ", overwhelmingly copper
/// concentrate", ", most of them coal and copper", ", almost all of it crude". The goods and the
/// token after them.
fn what_exports_are(ctx: &Ctx, goods: &str, ge: usize) -> Option<(String, usize)> {
    let bare = matches!(Low::new(goods.rsplit(' ').next().unwrap_or("")).as_str(), "exports" | "imports" | "sales" | "purchases") && !goods.contains(' ');
    if !bare || ctx.w(ge) != "," {
        return None;
    }
    let mut k = ge + 1;
    let start = k;
    while k < start + 5
        && matches!(
            ctx.w(k),
            "mostly" | "overwhelmingly" | "chiefly" | "mainly" | "largely" | "primarily" | "predominantly" | "principally" | "almost" | "nearly" | "virtually" | "entirely"
                | "all" | "most" | "of" | "it" | "them" | "which" | "are" | "is"
        )
    {
        k += 1;
    }
    // (Only after a word saying what they mostly are.)
    if k == start || !(start..k).any(|j| matches!(ctx.w(j), "mostly" | "overwhelmingly" | "chiefly" | "mainly" | "largely" | "primarily" | "predominantly" | "principally" | "almost" | "most" | "entirely")) {
        return None;
    }
    let (g, e) = goods_at(ctx, k)?;
    // (Not a clause: ", most of it shipped to…".)
    if ctx.acts.iter().any(|a| ctx.tok_at(a.start) == k) || Low::new(g.split_whitespace().next().unwrap_or("")).as_str().ends_with("ed") {
        return None;
    }
    let g = trim_participle(g);
    Some((g, e))
}

/// A transfer the stricter readers above did not take, when the sentence told none: a verb of
/// giving or buying whose clause names its subject state and one other state ("Ankara has
/// delivered at least two batches of the drones to the junta's air force in Bamako" → Turkey to
/// Mali). Told at low confidence.
pub(super) fn loose_transfer(ctx: &Ctx, out: &mut Vec<Extracted>) {
    if out.iter().any(|x| matches!(x.body, ClaimBody::Transfer(_))) {
        return;
    }
    let state = |a: &Act| a.r.kind == realign_core::ActorKind::State && a.r.code.len() == 3 && a.r.code != "UNK";
    for v in 0..ctx.toks.len() {
        let w = ctx.w(v);
        let buy = BUY_VERBS.contains(&w);
        let give = TRANSFER_VERBS.contains(&w) && !buy && !matches!(w, "sent" | "sending" | "exports" | "imports" | "export" | "ships" | "shipping" | "supplies" | "provides" | "selling" | "giving");
        if !(buy || give) || ctx.irrealis_near(v) {
            continue;
        }
        // ("held back on directly supplying lethal aid": not given; nor people handed over.)
        if (v.saturating_sub(5)..v).any(|k| matches!(ctx.w(k), "held" | "hold" | "holds" | "halt" | "halted" | "stop" | "stopped" | "ban" | "banned" | "suspend" | "suspended" | "refused" | "refuses" | "declined" | "against" | "without" | "instead" | "restricted" | "restricts" | "restrict" | "curbed" | "curbs" | "curb" | "blocked" | "limited"))
            || ctx.acts.iter().any(|a| a.r.kind == realign_core::ActorKind::Person && ctx.tok_at(a.start) > v && ctx.tok_at(a.start) <= v + 8)
            || matches!(w, "handed" | "handing" | "granted")
        {
            continue;
        }
        let (ca, cb) = ctx.clause(v);
        let Some(subject) = subject_before(ctx, v).filter(|a| state(a) && a.start >= ctx.start_of(ca) && a.end <= ctx.start_of(v) && !ctx.possessive(a)) else { continue };
        let others: Vec<&Act> = ctx
            .acts
            .iter()
            .filter(|a| {
                let t = ctx.tok_at(a.start);
                t > v && t < cb && state(a) && a.r.code != subject.r.code && !ctx.possessive(a)
            })
            .collect();
        let mut codes: Vec<&str> = others.iter().map(|a| a.r.code.as_str()).collect();
        codes.dedup();
        let [code] = codes.as_slice() else { continue };
        let Some(other) = others.iter().find(|a| a.r.code == *code) else { continue };
        let before = ctx.word_before(other);
        let (source, target) = if buy {
            if before != "from" {
                continue;
            }
            (*other, subject)
        } else {
            if matches!(before, "from" | "with" | "by" | "against" | "than" | "like" | "through" | "via" | "across" | "over") {
                continue;
            }
            (subject, *other)
        };
        let object = goods_at(ctx, v + 1).map(|(g, _)| g);
        // ("gave French special forces one month to leave": what is given is named, and it is
        // no goods.)
        let no_goods = |g: &String| {
            let first = Low::new(g.split_whitespace().next().unwrap_or(""));
            let last = Low::new(g.split_whitespace().last().unwrap_or(""));
            NOT_GOODS.contains(&first.as_str()) || NOT_GOODS.contains(&last.as_str()) || PEOPLE_AND_LAND.contains(&last.as_str())
        };
        if object.as_ref().is_some_and(no_goods) {
            continue;
        }
        // ("allocated 40 billion kronor for military aid to Ukraine": a sum given is the value,
        // and what it is "for" or "in" the goods.)
        let sum_num = ctx.nums().iter().find(|n| (v + 1..=v + 3).contains(&ctx.tok_at(n.start)));
        let sum = sum_num.and_then(money);
        let sum_goods = sum.as_ref().and_then(|_| {
            let after = sum_num.map(|n| n.next_tok)?;
            matches!(ctx.w(after), "for" | "in").then(|| goods_at(ctx, after + 1)).flatten().map(|(g, _)| g).filter(|g| !g.contains(|c: char| c.is_ascii_digit()) && realign_core::month_from_name(g.split_whitespace().next().unwrap_or("")).is_none() && !PEOPLE_AND_LAND.contains(&Low::new(g.split_whitespace().last().unwrap_or("")).as_str()) && !ctx.acts.iter().any(|a| ctx.text.get(a.start..a.end).is_some_and(|t| g.contains(t))))
        });
        let goods = sum_goods.or_else(|| {
            object.filter(|g| !g.contains(|c: char| c.is_ascii_digit()) && !ctx.acts.iter().any(|a| ctx.text.get(a.start..a.end).is_some_and(|t| g.contains(t))))
        });
        let goods = goods.unwrap_or_else(|| "goods".to_string());
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { source: source.r.clone(), target: target.r.clone(), goods, value: sum, quantity: None }),
            evidence: ctx.span(subject.start, other.end.max(ctx.end_of(v))),
            date: ctx.date_near(ctx.end_of(v)),
            confidence: 0.4,
            attribution: None,
        });
        return;
    }
}

/// Nouns of a state's own body or purse: "the army", "the government's revenue".
const STATE_BODY: &[&str] = &[
    "government", "army", "military", "junta", "regime", "economy", "budget", "treasury", "revenue", "revenues", "navy", "administration", "authorities", "exchequer",
    "finances", "grid", "exports",
];

/// The state a subject of tokens `[ca, i)` refers back to when it names a state's body but no
/// state ("The cash-strapped army", "the transitional government now", "The government's
/// revenue"): the one state the sentence before named, other than `on`, else the state the
/// document is about.
fn body_of_state_told(ctx: &Ctx, earlier: &Earlier, ca: usize, i: usize, on: &str) -> Option<realign_core::ActorRef> {
    if !matches!(ctx.w(ca), "the" | "its") || i <= ca + 1 || i > ca + 6 {
        return None;
    }
    if !(ca..i).any(|k| STATE_BODY.contains(&ctx.w(k))) || ctx.acts.iter().any(|a| a.end <= ctx.start_of(i)) {
        return None;
    }
    let state = |r: &realign_core::ActorRef| r.kind == realign_core::ActorKind::State && r.code.len() == 3 && r.code != "UNK" && r.code != on;
    let mut prev: Vec<&str> = earlier.prev.iter().filter(|r| state(r)).map(|r| r.code.as_str()).collect();
    prev.dedup();
    match prev.as_slice() {
        [one] => Some(realign_core::ActorRef::state(*one)),
        [] => earlier.topic(on).cloned(),
        _ => None,
    }
}

/// A worth told after the transfer, in an apposition or the deal it was under: "sent 82 tankers
/// of diesel to Bamako, a shipment worth about $7 million", "delivered two more Akinci drones to
/// Mali, a Malian military source said, part of a package worth around $120 million", "under
/// contracts that industry sources value at around $120 million". When the sentence told one
/// transfer and states one such worth after its evidence, the worth is the transfer's (if it had
/// none) and its evidence runs through it.
pub(super) fn worth_after(ctx: &Ctx, out: &mut [Extracted]) {
    let mut transfers = out.iter_mut().filter(|x| matches!(x.body, ClaimBody::Transfer(_)));
    let (Some(x), None) = (transfers.next(), transfers.next()) else { return };
    let mut worths = ctx.nums().iter().filter_map(|n| {
        let m = money(n)?;
        let t = ctx.tok_at(n.start);
        // (The word of worth right before the sum, or before its qualifier: "worth an estimated",
        // "value at around".)
        let intro = (t.saturating_sub(3)..t).rev().find(|&j| matches!(ctx.w(j), "worth" | "valued") || (ctx.w(j) == "at" && j >= 1 && matches!(ctx.w(j - 1), "value" | "valued" | "priced" | "estimated")))?;
        (intro + 1..t).all(|j| matches!(ctx.w(j), "about" | "around" | "roughly" | "some" | "nearly" | "almost" | "an" | "estimated" | "approximately" | "over" | "more" | "than" | "at" | "least" | "up" | "to")).then_some((intro, m, n.end))
    });
    let (Some((intro, m, end)), None) = (worths.next(), worths.next()) else { return };
    let at = ctx.span(ctx.start_of(intro), end);
    if at.start < x.evidence.end {
        return;
    }
    // (In the same sentence part: no other clause of its own between.)
    let from = ctx.tok_at(x.evidence.end.saturating_sub(ctx.s.span.start).saturating_sub(1));
    // (Nor the worth of another deal: "…, and Moscow signed an energy deal with Tehran worth $40
    // billion", "…Mali, which signed a mining deal worth $50 million".)
    if (from..intro).any(|j| matches!(ctx.w(j), ";" | "." | ":" | "while" | "whereas" | "but" | "and" | "which" | "whose" | "who" | "with" | "also"))
        || ctx.acts.iter().any(|a| ctx.tok_at(a.start) > from && ctx.tok_at(a.start) < intro && a.r.code.len() == 3 && !matches!(&x.body, ClaimBody::Transfer(t) if t.source.code == a.r.code || t.target.code == a.r.code))
    {
        return;
    }
    let ClaimBody::Transfer(t) = &mut x.body else { return };
    match &t.value {
        None => t.value = Some(m),
        Some(v) if v.amount == m.amount && v.currency == m.currency => {}
        Some(_) => return,
    }
    x.evidence = realign_core::Span::new(x.evidence.start, at.end);
}

/// Nouns for a deal whose worth may be told again: "the tank contract", "the howitzer order".
const DEAL_NOUNS: &[&str] = &["contract", "contracts", "order", "orders", "deal", "deals", "purchase", "purchases", "sale", "sales", "package"];

/// Verbs that put a worth on a deal before "at": "put the tank contract at $3.37 billion",
/// "valued it at around 4.5 trillion won".
const VALUING_VERBS: &[&str] = &["put", "puts", "putting", "valued", "values", "valuing", "priced", "prices", "estimated", "estimates", "placed", "places"];

/// "The defence ministry put the tank contract at $3.37 billion; Korean media valued it at
/// around 4.5 trillion won", "The howitzer order is worth $2.4 billion", "the two contracts come
/// to roughly 27 billion zloty": another sum for a transfer told in the three sentences before
/// (`recent`, latest first, with the index of its sentence), as a transfer claim of its own; the
/// store keeps each and flags those that disagree. A deal named by its goods ("the tank
/// contract") is the transfer of those goods; one named bare ("the contract", "it", "the two
/// contracts"), the latest, when the transfers told lately share their giver and recipient. A
/// sum the transfer already carries adds nothing.
pub(super) fn revalued(ctx: &Ctx, recent: &[(TransferClaim, usize)], out: &mut Vec<Extracted>) {
    let recent: Vec<&TransferClaim> = recent.iter().filter(|(_, ix)| ctx.s.index <= ix + 3).map(|(t, _)| t).collect();
    let Some(latest) = recent.first() else { return };
    if out.iter().any(|e| matches!(e.body, ClaimBody::Transfer(_))) {
        return;
    }
    let same_parties = recent.iter().all(|t| t.source.code == latest.source.code && t.target.code == latest.target.code);
    // (The deal of the clause before: "…; Korean media valued it at…".)
    let mut last_here: Option<TransferClaim> = None;
    for n in ctx.nums() {
        let NumKind::Money(currency) = n.kind else { continue };
        let b = ctx.tok_at(n.start);
        if b < 2 {
            continue;
        }
        // Where the deal is named, and where the telling starts.
        let (object, from) = match ctx.w(b - 1) {
            "at" => {
                let Some(v) = (b.saturating_sub(6)..b - 1).rev().find(|&k| VALUING_VERBS.contains(&ctx.w(k))) else { continue };
                ((v + 1..b - 1).find(|&k| DEAL_NOUNS.contains(&ctx.w(k)) || matches!(ctx.w(k), "it" | "them")), v)
            }
            "worth" | "totals" | "totalled" | "totaled" | "costs" | "cost" | "to" => {
                // ("come to", "amount to", "add up to": a total.)
                if ctx.w(b - 1) == "to" && !matches!(ctx.w(b - 2), "come" | "comes" | "came" | "amount" | "amounts" | "amounted" | "up") {
                    continue;
                }
                let noun = (b.saturating_sub(7)..b - 1).rev().find(|&k| DEAL_NOUNS.contains(&ctx.w(k)));
                (noun, noun.map_or(b, |k| k.saturating_sub(2)))
            }
            _ => continue,
        };
        let Some(object) = object else { continue };
        if ctx.irrealis_before(object) || (from..b).any(|k| ctx.is_boundary(k)) {
            continue;
        }
        // The goods word before the deal's noun ("tank", "howitzer"), if one.
        let modifier = object.checked_sub(1).map(|k| ctx.w(k)).filter(|w| w.len() > 3 && !w.contains(|c: char| c.is_ascii_digit()) && !matches!(*w, "the" | "this" | "that" | "these" | "those" | "both" | "their" | "its" | "arms" | "defence" | "defense" | "weapons" | "whole" | "entire" | "first" | "second"));
        let stem = |w: &str| w.trim_end_matches('s').to_ascii_lowercase();
        let deal = if matches!(ctx.w(object), "it" | "them") {
            last_here.clone().or_else(|| same_parties.then(|| (*latest).clone()))
        } else if let Some(m) = modifier {
            // (Goods the transfers told do not name, between the same parties: that deal, "the
            // howitzer order" after "contracts for South Korean tanks and howitzers" read as tanks.)
            recent.iter().find(|t| t.goods.split_whitespace().any(|g| stem(g) == stem(m))).map(|t| (*t).clone()).or_else(|| {
                same_parties.then(|| TransferClaim { goods: format!("{} {}", ctx.raw(object - 1), ctx.raw(object)), ..(*latest).clone() })
            })
        } else if ctx.w(object).ends_with('s') {
            // ("the two contracts", "both deals": all of them, as first told.)
            same_parties.then(|| recent.last().map(|t| (*t).clone())).flatten()
        } else {
            same_parties.then(|| (*latest).clone())
        };
        let Some(deal) = deal else { continue };
        let sum = Money { amount: n.value, currency: currency.to_string(), qualifier: n.qualifier };
        last_here = Some(deal.clone());
        if deal.value.as_ref().is_some_and(|v| v.currency == sum.currency && (v.amount - sum.amount).abs() <= 0.01 * sum.amount.abs()) {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Transfer(TransferClaim { value: Some(sum), ..deal }),
            evidence: ctx.span(ctx.start_of(from), n.end),
            date: ctx.date_near(n.end),
            confidence: 0.5,
            attribution: None,
        });
    }
}
