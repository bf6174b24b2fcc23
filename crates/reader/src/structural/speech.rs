//! What actors say or pointedly do not say: stances of silence, direct quotes with their
//! speakers, and recommendations ("the United States should engage with …").

use realign_core::{ActorKind, ActorRef, Attribution, AttributionKind, ClaimBody, QuoteClaim, RecommendationClaim, StanceClaim};

use super::{dedupe, refs, Act, Ctx, DocState, Extracted};

/// Objects that point back to what was said before ("silent on this development").
const ANAPHORIC: &[&str] = &["this", "that", "these", "those", "it", "such"];

/// Nouns that, after "the", point back to the last thing reported ("silent on the move").
const ANAPHORIC_NOUNS: &[&str] = &[
    "matter",
    "issue",
    "development",
    "developments",
    "move",
    "moves",
    "report",
    "reports",
    "deal",
    "pact",
    "treaty",
    "agreement",
    "deployment",
    "deployments",
    "news",
    "incident",
    "decision",
    "announcement",
    "alliance",
    "idea",
    "proposal",
    "plan",
    "initiative",
    "offer",
    "request",
    "suggestion",
    // ("silent on the dispute", "neutral on the standoff": a quarrel told before.)
    "dispute",
    "disputes",
    "row",
    "standoff",
    "stand-off",
    "quarrel",
    "spat",
    "feud",
];

/// Nouns that, after "the", point back to the latest transfer of goods ("silent on the
/// shipment").
const TRANSFER_NOUNS: &[&str] = &["shipment", "shipments", "delivery", "deliveries", "sale", "transfer", "transfers", "consignment", "purchase", "purchases"];

/// A position held rather than an act, cued at token `i`: "has refused to take sides" (neutral),
/// "is uneasy about" (uneasy), "remains wary of", "views the buildup with suspicion" (wary), "is
/// concerned about" (concerned). The label, and for "views X with …" the byte range X lies in.
fn held_stance(ctx: &Ctx, i: usize) -> (Option<&'static str>, Option<(usize, usize)>) {
    let w = ctx.w(i);
    // (Not a guess, "China likely regards … with some wariness", nor inside someone's quoted
    // words: an analyst's reading is a quote of the analyst.)
    let (ca, _) = ctx.clause(i);
    // The words before, quotation marks aside: "said it was \"deeply concerned\"".
    let back: Vec<&str> = (0..i).rev().filter(|&k| !quote_mark(ctx, k)).take(4).map(|k| ctx.w(k)).collect();
    let (p1, p2, p3) = (back.first().copied().unwrap_or(""), back.get(1).copied().unwrap_or(""), back.get(2).copied().unwrap_or(""));
    let quoted = ctx.text.get(ctx.start_of(0)..ctx.start_of(i)).is_some_and(|t| t.matches(['"', '\u{201c}', '\u{201d}']).count() % 2 == 1);
    // (Its own words quoted as its stance are not an analyst's: "Russia's foreign ministry said it
    // was \"deeply concerned\"", "said it had \"serious concerns\"".)
    let own_words = quoted && {
        let open = (0..i).rev().find(|&k| quote_mark(ctx, k));
        // ("said Vilnius was \"deeply concerned\"", "said she was \"deeply concerned\"": a
        // state or a speaker named before, too.)
        open.is_some_and(|q| {
            q >= 2
                && matches!(ctx.w(q - 1), "was" | "is" | "were" | "had" | "has" | "remained" | "remains")
                && (matches!(ctx.w(q - 2), "it" | "they" | "she" | "he") && matches!(ctx.w(q.saturating_sub(3)), "said" | "says" | "added" | "stated")
                    || ctx.acts.iter().any(|a| ctx.tok_at(a.end) == q - 1 && matches!(ctx.w(ctx.tok_at(a.start).saturating_sub(1)), "said" | "says" | "added" | "stated")))
        })
    };
    if (quoted && !own_words) || ctx.any_word(ca, i, &["likely", "probably", "perhaps", "possibly", "may", "might"]) {
        return (None, None);
    }
    let be = |x: &str| {
        matches!(x, "is" | "are" | "was" | "were" | "be" | "remains" | "remain" | "remained" | "been" | "grown" | "grew" | "become" | "became" | "appears" | "appear" | "appeared" | "seems" | "seem" | "seemed" | "stays" | "stayed")
            || matches!(x, "turned" | "turns" | "proved" | "proven" | "looks" | "looked" | "sounded" | "stay")
    };
    // ("voiced discreet unease", "expressed serious concern": how the feeling was shown.)
    let felt = |x: &str| {
        matches!(
            x,
            "serious" | "deep" | "grave" | "mild" | "growing" | "strong" | "some" | "particular" | "great" | "open" | "public" | "discreet" | "quiet" | "private" | "mounting" | "considerable" | "renewed" | "repeated"
        )
    };
    match w {
        // ("Pretoria describes its position on the war in Ukraine as neutral": what the position
        // is on.)
        "neutral" if p1 == "as" => {
            let Some(pos) = (i.saturating_sub(12)..i).find(|&k| matches!(ctx.w(k), "position" | "stance" | "policy") && (k.saturating_sub(3)..k).any(|j| ctx.w(j).starts_with("describ") || ctx.w(j).starts_with("characteri"))) else {
                return (None, None);
            };
            let on = (pos + 1..i).find(|&k| matches!(ctx.w(k), "on" | "towards" | "toward" | "regarding")).unwrap_or(i - 1);
            (Some("neutral"), Some((ctx.end_of(on), ctx.start_of(i - 1))))
        }
        // "refused to take sides", "has not taken sides", "avoided taking sides"
        "sides" if i >= 2 && matches!(p1, "take" | "taking" | "taken" | "took") => {
            // ("has no appetite for taking sides between Riyadh and Tehran")
            let no_wish = p2 == "for" && matches!(p3, "appetite" | "desire" | "wish" | "taste") && (i.saturating_sub(6)..i).any(|k| ctx.w(k) == "no");
            let refusal = no_wish
                || (p2 == "to" && matches!(p3, "refused" | "refuses" | "declined" | "declines" | "reluctant" | "unwilling"))
                || matches!(p2, "not" | "never" | "avoided" | "avoids" | "avoiding" | "without")
                || (p2 == "from" && matches!(p3, "refrained" | "refrains" | "refraining"))
                || p2.ends_with("n't");
            (refusal.then_some("neutral"), None)
        }
        // ("Nairobi insists it does not have to choose between the two powers", "refuses to
        // choose between Moscow and Kyiv": no side taken, between those named.)
        "choose" if ctx.w(i + 1) == "between" => {
            let negated = matches!(p1, "not" | "never")
                || p1.ends_with("n't")
                || (p1 == "to" && matches!(p2, "refuses" | "refused" | "declined" | "declines" | "reluctant" | "unwilling"))
                || (p1 == "to" && matches!(p2, "have" | "has" | "need") && (matches!(p3, "not" | "never") || p3.ends_with("n't")));
            let (_, cb) = ctx.clause(i + 1);
            (negated.then_some("neutral"), negated.then(|| (ctx.end_of(i + 1), ctx.end_of(cb.saturating_sub(1)))))
        }
        // ("after Canberra made its displeasure known")
        "displeasure" | "unease" | "opposition" if matches!(p1, "its" | "their") && matches!(p2, "made" | "make" | "makes" | "making") && matches!(ctx.w(i + 1), "known" | "clear" | "plain") => {
            (Some(if w == "unease" { "uneasy" } else { "opposed" }), None)
        }
        // ("she voiced support for U.S. strikes", "Beijing has made no secret of its support for
        // the interim government")
        "support"
            if matches!(p1, "voiced" | "expressed" | "voices" | "expresses")
                || (matches!(p2, "voiced" | "expressed") && matches!(p1, "strong" | "full" | "firm" | "public" | "its" | "their" | "her" | "his"))
                || (matches!(p1, "its" | "their") && p2 == "of" && p3 == "secret") =>
        {
            (Some("supportive"), None)
        }
        // ("New Delhi, which had long backed the Mauritian claim": support held over time.)
        "backed" | "supported" | "championed" if p1 == "long" && matches!(p2, "has" | "have" | "had") => (Some("supportive"), Some((ctx.end_of(i), ctx.end_of(ctx.clause(i).1.saturating_sub(1))))),
        // ("it opposes the unilateral sanctions imposed by Washington and Seoul")
        "opposes" | "oppose" if matches!(ctx.w(i + 1), "the" | "any" | "all" | "further" | "new" | "more") && !matches!(p1, "to" | "not" | "never" | "would" | "could" | "might" | "will") && !p1.ends_with("n't") => (Some("opposed"), None),
        // ("Ulaanbaatar has taken no side on the war", "is not a party to the conflict")
        "side" | "sides" if p1 == "no" && matches!(p2, "taken" | "take" | "takes" | "taking" | "took") => (Some("neutral"), None),
        // (A conflict's, not a treaty's: "Guyana is not a party to the Rio Treaty" is no neutrality.)
        "party"
            if p1 == "a"
                && p2 == "not"
                && matches!(p3, "is" | "was" | "are" | "remains")
                && ctx.w(i + 1) == "to"
                && (i + 2..(i + 7).min(ctx.toks.len())).any(|k| matches!(ctx.w(k), "conflict" | "war" | "dispute" | "fighting" | "crisis")) =>
        {
            (Some("neutral"), None)
        }
        // ("Japan sees Mongolia as a partner that shares democratic values", "regards Hanoi as
        // an ally": whom the view is of.)
        "partner" | "ally" | "friend" if matches!(p1, "a" | "an") && p2 == "as" || (p2 == "a" || p2 == "an") && p3 == "as" => {
            let as_at = (i.saturating_sub(4)..i).rev().find(|&k| ctx.w(k) == "as").unwrap_or(i);
            let verb = (ca..as_at).rev().find(|&k| matches!(ctx.w(k), "sees" | "saw" | "see" | "views" | "viewed" | "view" | "regards" | "regarded" | "regard" | "considers" | "considered" | "consider" | "treats" | "treated"));
            match verb {
                Some(v) if v + 1 < as_at => (Some("supportive"), Some((ctx.end_of(v), ctx.start_of(as_at)))),
                _ => (None, None),
            }
        }
        // "expressed serious concern about", "has voiced concern over": concern stated.
        // ("issued statements of concern")
        "concern" | "concerns"
            if matches!(p1, "expressed" | "voiced" | "raised" | "expresses" | "voices")
                || (p1 == "of" && matches!(p2, "statements" | "statement" | "expressions" | "expression" | "notes" | "note") && matches!(p3, "issued" | "issues" | "released" | "published" | "made" | "sent"))
                || (matches!(p2, "expressed" | "voiced" | "raised" | "expresses" | "voices") && felt(p1))
                || (own_words && matches!(p2, "had" | "has") && matches!(p1, "serious" | "deep" | "grave" | "growing" | "strong")) =>
        {
            (Some("concerned"), None)
        }
        // ("has voiced deep suspicion of the new government", "have made no secret of their
        // unease about Chancay".)
        "suspicion" | "distrust" | "mistrust" | "unease" | "alarm" | "opposition" | "displeasure"
            if matches!(p1, "expressed" | "voiced" | "expresses" | "voices")
                || (matches!(p2, "expressed" | "voiced" | "expresses" | "voices") && felt(p1))
                || (matches!(p1, "its" | "their") && p2 == "of" && p3 == "secret") =>
        {
            let label = match w {
                "unease" => "uneasy",
                "alarm" => "concerned",
                "opposition" | "displeasure" => "opposed",
                _ => "wary",
            };
            (Some(label), None)
        }
        // ("said China firmly opposed the transfer", "Tehran has long opposed any corridor": the
        // verb, with a determiner after it.)
        "opposed"
            if matches!(ctx.w(i + 1), "the" | "any" | "a" | "an" | "all" | "this" | "plans" | "moves" | "efforts" | "further" | "new" | "more")
                && (matches!(p1, "firmly" | "strongly" | "resolutely" | "long" | "always" | "consistently" | "openly" | "publicly" | "fiercely" | "vehemently")
                    || (p1 == "has" || p1 == "have")) =>
        {
            (Some("opposed"), None)
        }
        // ("Pristina was unconvinced", "India was more cautious", "Hanoi is cautious about
        // saying anything that might embarrass Beijing", "has turned openly hostile": a feeling
        // held, whatever follows.)
        // ("Indonesian officials have been careful not to antagonise Beijing": care taken not to
        // offend.)
        "careful" if be(p1) && {
            let v = i + 3;
            ((ctx.w(i + 1) == "not" && ctx.w(i + 2) == "to") || (ctx.w(i + 1) == "to" && ctx.w(i + 2) == "avoid"))
                && ["antagonis", "antagoniz", "offend", "provok", "upset", "anger", "alienat", "irritat", "annoy", "embarrass", "irk", "snub"].iter().any(|o| ctx.w(v).starts_with(o))
        } =>
        {
            // (About whom it would offend: the words right after that verb.)
            (Some("wary"), Some((ctx.end_of(i + 3), ctx.end_of((i + 6).min(ctx.toks.len().saturating_sub(1))))))
        }
        "cautious" | "ambivalent" | "hesitant" | "unconvinced" | "doubtful" | "sympathetic" | "friendly" | "angry" | "furious" | "irritated" | "annoyed" | "uncomfortable" | "rattled" | "unsettled" | "frustrated" | "bitter" | "indifferent" | "delighted" | "assertive"
            if i >= 1 && !matches!(p1, "hardly" | "scarcely" | "barely" | "not" | "never" | "less") && (be(p1) || ((p1.ends_with("ly") || matches!(p1, "more" | "increasingly" | "deeply" | "still" | "also" | "quietly" | "visibly" | "openly")) && be(p2))) && (w != "friendly" || matches!(ctx.w(i + 1), "to" | "toward" | "towards" | "with")) && (w != "bitter" || matches!(p1, "privately" | "quietly" | "openly" | "publicly")) =>
        {
            let label = match w {
                "cautious" | "ambivalent" | "hesitant" => "wary",
                "unconvinced" | "doubtful" => "skeptical",
                "sympathetic" | "friendly" | "delighted" => "supportive",
                "assertive" => "assertive",
                "angry" | "furious" | "irritated" | "annoyed" | "frustrated" | "bitter" => "opposed",
                "uncomfortable" => "uneasy",
                "rattled" | "unsettled" => "concerned",
                _ => "neutral",
            };
            (Some(label), None)
        }
        "uneasy" | "wary" | "concerned" | "suspicious" | "distrustful" | "opposed" | "supportive" | "hostile" | "worried" | "nervous" | "anxious" | "apprehensive" | "sceptical"
        | "skeptical" | "leery" | "critical" | "alarmed"
            if i >= 1 =>
        {
            // (", still wary of provoking its neighbour": an aside on the subject.)
            let held = be(p1) || (p1.ends_with("ly") && be(p2)) || matches!(p1, "increasingly" | "deeply" | "quietly") || (matches!(p1, "still" | "long" | "," | "always") && matches!(w, "wary" | "uneasy" | "suspicious" | "distrustful") && (p1 == "," || p2 == ","));
            // ("remains firmly opposed to", "is supportive of", "has been critical of": the object
            // follows; "worried about", "nervous about".)
            // (The word after, a closing quotation mark aside: "said he was \"deeply worried\"
            // about the risk".)
            let next = if quote_mark(ctx, i + 1) { i + 2 } else { i + 1 };
            let object = match w {
                "opposed" => ctx.w(i + 1) == "to",
                "supportive" | "critical" => ctx.w(i + 1) == "of",
                // ("Officials in Uzbekistan and Turkmenistan are worried.": the feeling alone, ending
                // its clause.)
                "worried" | "nervous" | "anxious" | "apprehensive" | "alarmed" => matches!(ctx.w(next), "about" | "over" | "by" | "at" | "that" | "." | ";") || next >= ctx.toks.len(),
                "sceptical" | "skeptical" | "leery" => matches!(ctx.w(i + 1), "of" | "about" | "toward" | "towards"),
                _ => true,
            };
            let label = match w {
                "uneasy" | "nervous" => "uneasy",
                "concerned" | "worried" | "anxious" | "apprehensive" | "alarmed" => "concerned",
                "opposed" | "hostile" | "critical" => "opposed",
                "supportive" => "supportive",
                _ => "wary",
            };
            ((held && object).then_some(label), None)
        }
        // ("The Kremlin responded cautiously", "Beijing reacted with studied caution",
        // "Indonesia has voiced caution about nuclear-powered boats": a guarded reaction.)
        "cautiously" | "warily" | "guardedly" if matches!(p1, "responded" | "reacted" | "responds" | "reacts" | "replied" | "replies") => (Some("wary"), None),
        // ("Canberra reacted with alarm", "Tokyo responded with concern")
        "alarm" | "concern" | "dismay" if p1 == "with" && matches!(p2, "responded" | "reacted" | "responds" | "reacts") => (Some("concerned"), None),
        // ("Italy, Malta and Bulgaria have voiced reservations", "expressed serious misgivings")
        "caution" | "reservations" | "misgivings"
            if matches!(p1, "voiced" | "expressed" | "voices" | "expresses")
                || (w != "caution" && matches!(p2, "voiced" | "expressed" | "voices" | "expresses") && (felt(p1) || matches!(p1, "its" | "their")))
                || (p1 == "with" && matches!(p2, "responded" | "reacted" | "responds" | "reacts"))
                || (p2 == "with" && matches!(p1, "studied" | "some" | "great" | "considerable" | "careful" | "evident") && matches!(p3, "responded" | "reacted" | "responds" | "reacts")) =>
        {
            (Some("wary"), None)
        }
        // ("Tehran fears that a foreign-run corridor would sever…", "Iran also worries that the
        // route…": a state's fear, its subject right before.)
        "fears" | "worries" | "fear" | "worry" | "feared"
            if (matches!(ctx.w(i + 1), "that" | "the" | "a" | "an" | "any") || (matches!(w, "worries" | "worry") && matches!(ctx.w(i + 1), "about" | "over")))
                && {
                    let lead = if matches!(p1, "also" | "increasingly" | "privately" | "openly" | "now" | "still" | "clearly") { i - 1 } else { i };
                    // ("Algerian officials fear that…": the state's people who speak for it.)
                    let lead = if lead >= 1 && matches!(ctx.w(lead - 1), "officials" | "leaders" | "diplomats" | "authorities" | "policymakers" | "planners" | "strategists" | "generals") { lead - 1 } else { lead };
                    let at = ctx.start_of(lead);
                    ctx.acts.iter().any(|a| a.end <= at && ctx.text.get(a.end..at).is_some_and(|g| g.trim().is_empty()) && (ctx.subjectish(a) || officials_in(ctx, a)))
                } =>
        {
            (Some("concerned"), None)
        }
        // ("Belarus has openly sided with Baku")
        // ("Belarus has openly sided with Baku")
        "sided" if ctx.w(i + 1) == "with" && (matches!(p1, "has" | "have" | "had") || (p1.ends_with("ly") && matches!(p2, "has" | "have" | "had"))) => (Some("supportive"), None),
        // ("Uzbek officials were more measured", "Tashkent has been careful to keep its
        // distance": restraint stated.)
        "measured" | "careful" if p1 == "more" && be(p2) => (Some("wary"), None),
        // (Not "careful to stay publicly neutral": the neutrality is the stance.)
        "careful"
            if be(p1)
                && ctx.w(i + 1) == "to"
                && matches!(ctx.w(i + 2), "keep" | "avoid" | "maintain" | "balance" | "not" | "limit" | "hedge")
                && !ctx.any_word(i + 2, i + 7, &["neutral", "silent", "quiet", "neutrality"]) =>
        {
            (Some("wary"), None)
        }
        // "has said little in public about", "has said little about", "…, saying little"
        // ("Russian officials said little in public", not "said little had changed")
        "little"
            if (matches!(p1, "said" | "says") && matches!(p2, "has" | "have" | "had"))
                // ("The Kremlin has said remarkably little about the Indian guns")
                || (p1.ends_with("ly") && matches!(p2, "said" | "says") && matches!(p3, "has" | "have" | "had"))
                || p1 == "saying"
                || (matches!(p1, "said" | "says") && matches!(ctx.w(i + 1), "in" | "about" | "on" | "." | "," | ";" | "publicly" | "beyond")) =>
        {
            (Some("silent"), None)
        }
        // ("Moscow's reaction was muted", "The Kremlin's response was notably guarded": a
        // state's reaction of few words.)
        "muted" | "guarded" | "cautious" | "restrained" | "low-key"
            if (be(p1) || (p1.ends_with("ly") && be(p2))) && (ca..i).any(|k| matches!(ctx.w(k), "reaction" | "response" | "reply")) =>
        {
            (Some(if matches!(w, "muted" | "restrained" | "low-key") { "silent" } else { "wary" }), None)
        }
        // ("Hanoi has been remarkably muted", "Jakarta has been quieter than it should be": a
        // state of few words.)
        // (Not "China's role is quieter": quieter than it should be, or than others.)
        // (A state's, named right before its verb: not "Chinese demand has been muted", "the
        // border has been quieter than last year".)
        "muted" | "quieter" if (be(p1) || (p1.ends_with("ly") && be(p2)) || (matches!(p1, "much" | "far" | "even") && be(p2))) && (w == "muted" || ctx.w(i + 1) == "than") && state_right_before(ctx, i) => (Some("silent"), None),
        // "views the deepening partnership between Moscow and Pyongyang with suspicion"
        "suspicion" | "wariness" | "unease" | "alarm" | "concern" | "distrust" | "mistrust" | "irritation" | "dismay" | "anxiety" | "apprehension" | "disquiet" | "discomfort"
            if matches!(p1, "with")
                || (matches!(p2, "with") && p1.ends_with("ing"))
                || (p2 == "with" && matches!(p1, "some" | "deep" | "great" | "growing" | "mounting" | "considerable" | "undisguised" | "evident" | "obvious" | "visible" | "open" | "quiet" | "increasing" | "mild" | "barely-concealed" | "ill-concealed")) =>
        {
            let with_at = if p1 == "with" { i - 1 } else { i - 2 };
            // ("said it was following the situation with concern")
            let verb = (ca..with_at).rev().find(|&k| {
                matches!(
                    ctx.w(k),
                    "views" | "viewed" | "view" | "regards" | "regarded" | "regard" | "sees" | "saw" | "see" | "watches" | "watched" | "watch" | "watching" | "treats"
                        | "treated" | "eyes" | "eyed" | "following" | "followed" | "follows" | "monitoring" | "monitored" | "monitors"
                )
            });
            let Some(v) = verb else { return (None, None) };
            let label = match w {
                "unease" | "irritation" | "dismay" | "disquiet" | "discomfort" => "uneasy",
                "alarm" | "concern" | "anxiety" | "apprehension" => "concerned",
                _ => "wary",
            };
            (Some(label), Some((ctx.end_of(v), ctx.start_of(with_at))))
        }
        _ => (None, None),
    }
}

/// Whether a state or its capital (not a thing of it) is named right before the verbs and
/// adverbs that lead to token `i`: "Hanoi has been remarkably muted", not "Russian guns have been
/// almost completely silent" or "Chinese demand has been muted".
fn state_right_before(ctx: &Ctx, i: usize) -> bool {
    let mut k = i;
    while k > 0 && {
        let w = ctx.w(k - 1);
        w.ends_with("ly") || matches!(w, "has" | "have" | "had" | "been" | "is" | "was" | "were" | "are" | "remained" | "remains" | "stayed" | "stays" | "kept" | "keeps" | "grown" | "become" | "much" | "far" | "even" | "almost" | "nearly" | "virtually" | "all" | "," | "part" | "its" | "for" | "largely" | "mostly")
    } {
        k -= 1;
    }
    // (The subject, not a state inside a phrase: "The border between India and China has been
    // quieter".)
    ctx.acts.iter().enumerate().any(|(idx, a)| {
        let here = ctx.tok_at(a.end) == k && a.end <= ctx.start_of(k) && !ctx.possessive(a) && a.r.code.len() >= 2 && a.r.code != "UNK";
        here && {
            let (ga, _) = ctx.group(idx);
            let first = ctx.tok_at(ctx.acts[ga].start);
            !(first >= 1 && matches!(ctx.w(first - 1), "between" | "of" | "in" | "on" | "with" | "near" | "along" | "across" | "from" | "to" | "and" | "for" | "over"))
        }
    })
}

/// Whether `a` names the state of "officials in X" ("Officials in Brussels fear that…"), who
/// hold their state's stance.
fn officials_in(ctx: &Ctx, a: &Act) -> bool {
    ctx.word_before(a) == "in" && matches!(ctx.w(ctx.tok_at(a.start).saturating_sub(2)), "officials" | "diplomats" | "leaders" | "policymakers")
}

/// Whether token `k` is a quotation mark.
fn quote_mark(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.w(k), "\"" | "\u{201c}" | "\u{201d}")
}

/// Whether `a` is a topic fronted at the sentence's start: "On Ukraine, …".
fn fronted_topic(ctx: &Ctx, a: &Act) -> bool {
    let t = ctx.tok_at(a.start);
    // ("On Ukraine, Brazil…"; "On the war in Ukraine, Mongolia…": anywhere in an opening topic
    // phrase.)
    matches!(ctx.w(0), "on" | "over" | "regarding" | "concerning")
        && (1..=7).contains(&t)
        && (0..t).all(|k| ctx.w(k) != "," && !ctx.is_boundary(k))
        && ctx.w(ctx.tok_at(a.end)) == ","
}

/// Words of an answer not given ("has not responded", "has made no public statement"), read as
/// silence like "did not comment".
const ANSWER_WORDS: &[&str] = &["respond", "responded", "reply", "replied", "addressed", "explained", "answered", "statement"];

/// Stance claims of the sentence: silence ("remained silent on", "declined to comment") and
/// neutrality ("has stayed neutral on", "maintained its neutrality").
pub(super) fn stance(ctx: &Ctx, state: &DocState, out: &mut Vec<Extracted>) {
    // (One stance per clause: "Eritrea has made no comment, and Iran has not commented either"
    // is two.)
    let mut done_until = 0;
    for i in 0..ctx.toks.len() {
        if i < done_until {
            continue;
        }
        let w = ctx.w(i);
        // ("has refused to take sides", "is uneasy about", "remains wary of", "views the
        // buildup with suspicion": a position held, not an act.)
        let (held, held_about) = held_stance(ctx, i);
        // ("Asmara's nervousness about Ethiopia", "Beijing's unease over the deal": a feeling
        // named as a state's own.)
        let felt = if held.is_some() {
            None
        } else {
            match w {
                "unease" | "discomfort" | "disquiet" => Some("uneasy"),
                "nervousness" | "wariness" | "suspicion" | "distrust" | "mistrust" => Some("wary"),
                "alarm" | "anxiety" => Some("concerned"),
                // (Not "opposition": "Kenya's opposition" is a party.)
                "hostility" => Some("opposed"),
                _ => None,
            }
        }
        .filter(|_| ctx.acts.iter().any(|a| a.end <= ctx.start_of(i) && ctx.tok_at(a.end) + 1 >= i && ctx.lower.get(a.end..ctx.start_of(i)).is_some_and(|g| g.trim().starts_with("'s"))));
        let noun = w == "silence" || felt.is_some();
        let held = held.or(felt);
        let label = held.unwrap_or(if w.starts_with("neutral") { "neutral" } else { "silent" });
        let cue = held.is_some() || match w {
            "neutrality" => {
                matches!(
                    ctx.w(i.saturating_sub(1)),
                    "its" | "their" | "strict" | "official" | "studied" | "careful" | "formal"
                ) && ctx.any_word(
                    i.saturating_sub(5),
                    i,
                    &["maintained", "maintains", "kept", "keeps", "declared", "preserved", "stuck", "sticks", "adhered", "adheres", "clung", "clings", "observed", "observes"],
                )
                // ("Bratislava professes neutrality on further sanctions")
                || matches!(ctx.w(i.saturating_sub(1)), "professes" | "professed" | "profess" | "proclaims" | "proclaimed" | "declares" | "declared")
            }
            // ("has stayed conspicuously quiet about": quiet kept, not a quiet border.)
            "quiet" => {
                // ("has been conspicuously quiet", not "the border was quiet".)
                let kept = |x: &str| matches!(x, "remained" | "remains" | "remain" | "kept" | "keeps" | "stayed" | "stays" | "fell" | "been");
                kept(ctx.w(i.saturating_sub(1))) || kept(ctx.w(i.saturating_sub(2)))
            }
            // ("careful to stay publicly neutral")
            "silent" | "neutral" if ctx.w(i.saturating_sub(1)).ends_with("ly") && matches!(ctx.w(i.saturating_sub(2)), "stay" | "remain" | "stayed" | "remained" | "kept" | "keep" | "remains" | "stays") => true,
            // ("has kept almost completely silent": two words of degree between.)
            "silent" | "neutral"
                if ctx.w(i.saturating_sub(1)).ends_with("ly")
                    && matches!(ctx.w(i.saturating_sub(2)), "almost" | "nearly" | "virtually" | "largely" | "mostly" | "all" | "studiously" | "conspicuously")
                    && matches!(ctx.w(i.saturating_sub(3)), "stay" | "remain" | "stayed" | "remained" | "kept" | "keep" | "remains" | "stays" | "been")
                    && state_right_before(ctx, i) =>
            {
                true
            }
            // ("said it was acting only as a neutral facilitator of peace")
            "neutral" if matches!(ctx.w(i + 1), "facilitator" | "mediator" | "broker" | "arbiter" | "intermediary" | "party") && ctx.w(i.saturating_sub(1)) == "a" => true,
            "silent" | "neutral" => {
                matches!(
                    ctx.w(i.saturating_sub(1)),
                    "remained"
                        | "remains"
                        | "remain"
                        | "kept"
                        | "stayed"
                        | "stays"
                        | "been"
                        | "was"
                        | "is"
                        | "fell"
                        | "silent"
                ) || matches!(
                    ctx.w(i.saturating_sub(2)),
                    "remained" | "remains" | "remain" | "kept" | "stayed" | "been" | "fell" | "went"
                )
            }
            "silence" => true,
            // "Vietnam and Laos have said nothing", "said almost nothing"
            "nothing" => matches!(ctx.w(i.saturating_sub(1)), "said" | "say" | "says") || (matches!(ctx.w(i.saturating_sub(1)), "almost" | "virtually" | "next") && matches!(ctx.w(i.saturating_sub(2)), "said" | "say" | "says")),
            // ("Abu Dhabi made no public remarks on the Yemen section")
            "remarks" => {
                let (p1, p2, p3) = (ctx.w(i.saturating_sub(1)), ctx.w(i.saturating_sub(2)), ctx.w(i.saturating_sub(3)));
                let made = |w: &str| matches!(w, "made" | "makes" | "offered" | "issued");
                (p1 == "no" && made(p2)) || (matches!(p1, "public" | "official" | "further") && p2 == "no" && made(p3))
            }
            "comment" | "commenting" | "commented" => {
                let (p1, p2) = (ctx.w(i.saturating_sub(1)), ctx.w(i.saturating_sub(2)));
                (matches!(p1, "to" | "from") && matches!(p2, "declined" | "refused" | "refrained" | "declines"))
                    // "did not comment", "has not commented", "would not comment", "no comment"
                    || (matches!(p1, "not" | "never") && matches!(p2, "did" | "does" | "has" | "have" | "had" | "would" | "could"))
                    // "has not publicly commented"
                    || (p1.ends_with("ly") && matches!(p2, "not" | "never") && matches!(ctx.w(i.saturating_sub(3)), "did" | "does" | "has" | "have" | "had"))
                    || p1.ends_with("n't")
                    || (matches!(p1, "no") && matches!(p2, "made" | "makes" | "had" | "has" | "offered" | "issued"))
                    // "has made no public comment", "has offered no official comment"
                    || (matches!(p1, "public" | "official" | "immediate" | "further")
                        && p2 == "no"
                        && matches!(ctx.w(i.saturating_sub(3)), "made" | "makes" | "had" | "has" | "offered" | "issued"))
            }
            // "Washington has not responded to Iranian hints", "did not respond to requests for
            // comment", "an allegation Abu Dhabi has not addressed", "Naypyidaw has not explained
            // how…": an answer not given.
            w if ANSWER_WORDS.contains(&w) && w != "statement" => {
                let (p1, p2, p3) = (ctx.w(i.saturating_sub(1)), ctx.w(i.saturating_sub(2)), ctx.w(i.saturating_sub(3)));
                // ("did not respond until March, when it rejected it": an answer given later.)
                ((matches!(p1, "not" | "never") && matches!(p2, "did" | "does" | "has" | "have" | "had"))
                    || (p1.ends_with("ly") && matches!(p2, "not" | "never") && matches!(p3, "did" | "does" | "has" | "have" | "had"))
                    || matches!(p1, "didn't" | "hasn't" | "haven't" | "hadn't" | "doesn't"))
                    && !ctx.any_word(i + 1, (i + 8).min(ctx.toks.len()), &["until", "till"])
            }
            // ("Islamabad neither confirms nor denies carrying out strikes", "Rabat has never
            // confirmed the strikes": a charge left unanswered.)
            "confirm" | "confirms" | "confirmed" => {
                let (p1, p2) = (ctx.w(i.saturating_sub(1)), ctx.w(i.saturating_sub(2)));
                p1 == "neither" || (p1 == "never" && matches!(p2, "has" | "have" | "had")) || (p1 == "not" && matches!(p2, "has" | "have" | "had" | "did" | "does"))
            }
            // ("declined to answer questions", "declined to say whether it had been asked to
            // mediate")
            "answer" | "say" | "discuss" => matches!(ctx.w(i.saturating_sub(1)), "to") && matches!(ctx.w(i.saturating_sub(2)), "declined" | "refused" | "declines" | "refuses"),
            // "has made no public statement on Washington's remarks"
            "statement" => {
                let (p1, p2, p3) = (ctx.w(i.saturating_sub(1)), ctx.w(i.saturating_sub(2)), ctx.w(i.saturating_sub(3)));
                (p1 == "no" && matches!(p2, "made" | "issued" | "makes" | "issues")) || (matches!(p1, "public" | "official") && p2 == "no" && matches!(p3, "made" | "issued" | "makes" | "issues"))
            }
            _ => false,
        };
        if !cue {
            continue;
        }
        let (ca, cb) = ctx.clause(i);
        // (Scare quotes within the clause join it: "said it was \"deeply concerned\" about".)
        let ca = if held.is_some() && ca >= 2 && quote_mark(ctx, ca - 1) { ctx.clause(ca - 2).0 } else { ca };
        let cb = if held.is_some() && quote_mark(ctx, cb) && cb + 1 < ctx.toks.len() { ctx.clause(cb + 1).1 } else { cb };
        // "broke its silence", "has not remained silent", "would remain silent"
        // (A refusal to take sides, or to choose, is the stance itself.)
        let refusal = held.is_some() && matches!(w, "sides" | "side" | "party" | "choose");
        // ("declined to comment", "made no secret of their unease")
        let kept_back = matches!(ctx.w(i.saturating_sub(2)), "declined" | "refused") || (ctx.w(i.saturating_sub(2)) == "of" && ctx.w(i.saturating_sub(3)) == "secret");
        if ctx.any_word(i.saturating_sub(3), i, &["broke", "breaking", "broken", "ended", "ending"])
            || (!(noun || refusal || kept_back)
                && ctx.irrealis_before(i)
                && !((w.starts_with("comment") || w == "remarks" || ANSWER_WORDS.contains(&w) || w.starts_with("confirm"))
                    && (matches!(ctx.w(i.saturating_sub(1)), "not" | "never" | "no" | "neither")
                        || matches!(ctx.w(i.saturating_sub(2)), "no" | "not" | "never")
                        || ctx.w(i.saturating_sub(1)).ends_with("n't"))))
        {
            continue;
        }
        let cue_start = ctx.start_of(i);
        let cs = ctx.start_of(ca);
        let mut conf: f32 = 0.8;
        let mut partners: Vec<ActorRef> = Vec::new();
        // Whose silence: "X's silence" right before the noun; the nearest subject before a verb.
        let actor: Option<ActorRef> = if noun {
            let poss = ctx.acts.iter().find(|a| a.end <= cue_start && ctx.tok_at(a.end) + 1 >= i && a.start >= cs);
            match poss {
                Some(a) if ctx.lower.get(a.end..cue_start).is_some_and(|g| g.trim().starts_with("'s")) => {
                    Some(a.r.clone())
                }
                _ => None,
            }
        } else {
            // (Before the verb of "views X with suspicion".)
            let before = held_about.map_or(cue_start, |(a, _)| a.min(cue_start));
            // ("Antonio Guterres called on Congo and Rwanda to … and said he was \"deeply
            // worried\"": the one who said so, the sentence's opening subject.)
            let said_self = held.is_some() && {
                let mut k = i;
                while k > 0 && (quote_mark(ctx, k - 1) || ctx.w(k - 1).ends_with("ly")) {
                    k -= 1;
                }
                // (Said in a verb phrase sharing the opening subject: "…and said he was", not
                // "…, and Japan's defence minister said he was".)
                k >= 4 && matches!(ctx.w(k - 1), "was" | "is" | "remained" | "remains") && matches!(ctx.w(k - 2), "he" | "she") && matches!(ctx.w(k - 3), "said" | "says" | "added" | "stated") && ctx.w(k - 4) == "and"
            };
            let lead = said_self
                .then(|| ctx.acts.iter().position(|a| ctx.tok_at(a.start) <= 3 && (0..ctx.tok_at(a.start)).all(|t| ctx.w(t) != ",") && ctx.subjectish(a)))
                .flatten();
            let subject = lead.or_else(|| ctx.acts.iter().rposition(|a| a.start >= cs && a.end <= before && (ctx.subjectish(a) || officials_in(ctx, a))));
            // "The Philippines and Singapore have not commented": each member of the subject.
            // (Not a topic fronted before it: "On Ukraine, Brazil has refused to take sides".)
            if let Some(idx) = subject {
                let (ga, _) = ctx.group(idx);
                partners = ctx.acts[ga..idx].iter().filter(|a| !fronted_topic(ctx, a)).map(|a| a.r.clone()).collect();
            }
            subject
                .map(|k| &ctx.acts[k])
                .or_else(|| {
                    // "A spokesman for the Israeli military declined to comment": the body the
                    // spokesman speaks for.
                    ctx.acts.iter().find(|a| {
                        a.start >= cs && a.end <= cue_start && {
                            let t = ctx.tok_at(a.start);
                            let t = if ctx.w(t.saturating_sub(1)) == "the" { t.saturating_sub(1) } else { t };
                            matches!(ctx.w(t.saturating_sub(1)), "for" | "of")
                                && SPOKES.contains(&ctx.w(t.saturating_sub(2)))
                        }
                    })
                })
                // ("India, which had long backed the Mauritian claim, …": the state the
                // relative clause is about.)
                .or_else(|| held.and_then(|_| ctx.antecedent(ca)))
                .or_else(|| {
                    // "South Korea, which relies on Chinese rare earths, declined to comment":
                    // the subject stands before the relative clause this clause follows.
                    if ca < 2 || ctx.w(ca - 1) != "," {
                        return None;
                    }
                    ctx.antecedent(ctx.clause(ca - 2).0)
                })
                .or_else(|| {
                    // ("Beijing has watched with studied calm, saying little about…"; "Islamabad
                    // wants Chinese money but is uneasy about…": the sentence's subject.)
                    let participle = ca >= 1 && ctx.w(ca - 1) == "," && ctx.w(ca).ends_with("ing");
                    // ("was disappointed by the decision but said nothing in public")
                    // ("Vietnam has responded by reclaiming land, and is cautious about…"; "…, and
                    // has stayed silent on Zimbabwe's disputed elections")
                    let and_verb = ctx.w(ca) == "and" && ca >= 1 && ctx.w(ca - 1) == ",";
                    let v = if and_verb { ca + 1 } else { ca };
                    let but_verb = ca >= 1
                        && (ctx.w(ca - 1) == "but" || and_verb)
                        && matches!(ctx.w(v), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "remains" | "remained" | "stays" | "stayed" | "said" | "says" | "kept" | "fell");
                    let lead = ctx.acts.first().filter(|a| {
                        let t = ctx.tok_at(a.start);
                        (t == 0 || (t == 1 && ctx.w(0) == "the")) && !ctx.possessive(a) && a.end <= cs
                    });
                    (participle || but_verb).then_some(lead).flatten()
                })
                .or_else(|| {
                    // "Russia, Vietnam's main arms supplier, has been silent": the subject stands
                    // before an appositive.
                    if ca < 2 || ctx.w(ca - 1) != "," {
                        return None;
                    }
                    let pa = ctx.clause(ca - 2).0;
                    if pa < 2 || ctx.w(pa - 1) != "," {
                        return None;
                    }
                    let before = ctx.start_of(pa - 1);
                    let (sa, _) = ctx.clause(pa - 2);
                    // ("Fiji's prime minister, Sitiveni Rabuka, has refused…": a title may follow.)
                    ctx.acts.iter().rev().find(|a| a.end <= before && ctx.tok_at(a.start) == sa && ctx.text.get(a.end..before).is_some_and(|g| g.trim().is_empty() || (g.starts_with("'s ") && g.split_whitespace().count() <= 3)))
                })
                .map(|a| a.r.clone())
        };
        // About whom: "on/about/over/regarding X, Y and Z" after the cue.
        let mut about: Vec<ActorRef> = Vec::new();
        let mut k = i + 1;
        while k < cb && (matches!(ctx.w(k), "so" | "far" | "conspicuously" | "largely" | "publicly" | "entirely") || quote_mark(ctx, k)) {
            k += 1;
        }
        // ("has said little in public about that presence": a place phrase may come first.)
        if held.is_some() && ctx.w(k) == "in" && matches!(ctx.w(k + 1), "public" | "private") {
            k += 2;
        }
        // ("silent throughout the Thai-Cambodian fighting")
        // ("Algiers firmly opposed the military intervention threatened by ECOWAS": what is
        // opposed is the verb's object.)
        let object = held == Some("opposed") && matches!(w, "opposed" | "opposes" | "oppose") && matches!(ctx.w(k), "the" | "any" | "a" | "an" | "all" | "this" | "plans" | "moves" | "efforts" | "further" | "new" | "more");
        let prep = matches!(ctx.w(k), "on" | "about" | "over" | "regarding" | "concerning" | "towards" | "toward" | "throughout")
            || object
            || (held.is_some() && matches!(ctx.w(k), "of" | "by" | "with" | "between" | "in" | "to"))
            // ("voiced support for U.S. strikes")
            || (label == "supportive" && ctx.w(k) == "for")
            // ("their unease at Hungary's courtship of Moscow")
            || (held.is_some() && ctx.w(k) == "at" && ctx.acts.iter().any(|a| ctx.tok_at(a.start) == k + 1 && ctx.possessive(a)))
            // ("had serious concerns that the announced result did not reflect the will of the
            // Venezuelan people": what the concern is that.)
            || (label == "concerned" && ctx.w(k) == "that");
        let mut ev_end = ctx.end_of(i);
        if prep {
            let from = ctx.end_of(k);
            let end = ctx.end_of(cb.saturating_sub(1));
            // (Not the holder itself: "opposed to sending Bulgarian weapons to Kyiv".)
            let own = actor.as_ref().map(|a| a.code.clone());
            if let Some(idx) = ctx.acts.iter().position(|a| a.start >= from && a.end <= end && own.as_deref() != Some(a.r.code.as_str())) {
                let t = ctx.tok_at(ctx.acts[idx].start);
                // ("suspicion of the new government in Damascus", "concern about any renewed
                // strikes on Iran": a state a few words on, after a preposition.)
                // ("unease about the possible sale of advanced F-35 fighter jets to Riyadh")
                let reached = t <= k + 10
                    && matches!(ctx.word_before(&ctx.acts[idx]), "in" | "of" | "on" | "against" | "by" | "from" | "to")
                    && (k + 1..t).all(|j| !ctx.is_boundary(j) && !matches!(ctx.w(j), "," | "and" | "but" | "which" | "that" | "who"));
                // ("neutral on the territorial disputes between Beijing and Manila": the parties
                // of the matter named.)
                let parties = t <= k + 8 && (k + 1..t).all(|j| !ctx.is_boundary(j)) && (k + 1..t).any(|j| matches!(ctx.w(j), "between" | "involving" | "with"));
                let that_clause = ctx.w(k) == "that" && t <= k + 14 && (k + 1..t).all(|j| !ctx.is_boundary(j));
                // ("cautious about saying anything that might embarrass Beijing": whom the act
                // it shrinks from would touch.)
                let gerund = held.is_some() && ctx.w(k + 1).len() > 4 && ctx.w(k + 1).ends_with("ing") && t <= k + 8 && (k + 1..t).all(|j| !ctx.is_boundary(j));
                let near = t <= k + 4 || parties || that_clause || reached || gerund;
                if near {
                    let (_, gb) = ctx.group(idx);
                    about = refs(&ctx.acts[idx..gb]);
                    ev_end = ctx.acts[gb - 1].end;
                    // ("wary of a BRICS dominated by Beijing": the one it is led by too.)
                    let after = ctx.tok_at(ctx.acts[gb - 1].end);
                    if matches!(ctx.w(after), "dominated" | "led" | "run" | "controlled" | "backed" | "armed" | "funded") && ctx.w(after + 1) == "by" {
                        if let Some(by) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == after + 2 && a.r.kind == realign_core::ActorKind::State) {
                            if !about.iter().any(|x| x.code == by.r.code) {
                                about.push(by.r.clone());
                                ev_end = by.end;
                            }
                        }
                    }
                }
            }
            if about.is_empty() {
                ev_end = ctx.end_of((k + 2).min(cb.saturating_sub(1)));
            }
        }
        // ("views the buildup of Chinese forces with suspicion": whom the view is of.)
        if let Some((a, b)) = held_about {
            let idx: Vec<usize> = (0..ctx.acts.len()).filter(|&x| ctx.acts[x].start >= a && ctx.acts[x].end <= b).collect();
            about = idx.iter().map(|&x| ctx.acts[x].r.clone()).collect();
        }
        // ("On Ukraine, Brasilia has refused to take sides": the topic fronted.)
        // ("On the war in Ukraine, the country has stayed carefully neutral".)
        if held.is_some() || about.is_empty() {
            if let Some(t) = ctx.acts.iter().find(|a| a.end <= cue_start && fronted_topic(ctx, a)) {
                about = vec![t.r.clone()];
            }
        }
        // ("on the troop deployment", "about the American naval deployment": a modifier or two
        // may stand before the noun.)
        let anaphoric = !prep
            || object
            || ANAPHORIC.contains(&ctx.w(k + 1))
            || (ctx.w(k + 1) == "the" && (k + 2..k + 5).any(|j| ANAPHORIC_NOUNS.contains(&ctx.w(j)) && (k + 2..j).all(|m| !ctx.is_boundary(m) && !matches!(ctx.w(m), "of" | "in" | "on" | "by"))));
        // ("silent about the arms delivery": a modifier or two may stand before the noun.)
        let goods = prep && ctx.w(k + 1) == "the" && (k + 2..k + 5).any(|j| TRANSFER_NOUNS.contains(&ctx.w(j)) && (k + 2..j).all(|m| !ctx.is_boundary(m) && !matches!(ctx.w(m), "of" | "in" | "on" | "by" | "," | "and")));
        if about.is_empty() && goods {
            // "has made no public comment on the shipment": the parties of the latest transfer.
            if let Some((a, _)) = state.last_transfer.as_ref() {
                about = a.clone();
                conf = 0.6;
            }
        }
        // ("declined to comment on the troop deployment": the latest deployment told, however
        // far back.)
        let on_deployment = prep && ctx.w(k + 1) == "the" && (k + 2..k + 5).any(|j| matches!(ctx.w(j), "deployment" | "deployments"));
        if about.is_empty() && on_deployment {
            if let Some((d, _)) = state.last_deployment.as_ref() {
                about = vec![d.source.clone(), d.target.clone()];
                conf = 0.6;
            }
        }
        if about.is_empty() && anaphoric {
            // "silent on this development": the actors of the latest claim in the last two
            // sentences, else those of the previous sentence.
            let recent = state.last_claim.as_ref().filter(|(_, ix)| ctx.s.index.saturating_sub(*ix) <= 2);
            about = match recent {
                Some((a, _)) => a.clone(),
                None if state.prev_index.is_some_and(|p| p + 1 == ctx.s.index) => state.prev_actors.clone(),
                None => Vec::new(),
            };
            conf = 0.6;
        }
        // ("Cairo has long argued…, and it views any expansion of Ethiopian power with deep
        // suspicion": "it" is the sentence's subject.)
        let actor = actor.or_else(|| {
            let pron = (ca..i).find(|&k| matches!(ctx.w(k), "it" | "they"))?;
            // ("…, and on the Transnistrian crisis it has remained conspicuously silent": the
            // pronoun right before the verb, past a fronted topic.)
            let before_verb = (pron + 1..i).all(|k| matches!(ctx.w(k), "has" | "have" | "had" | "is" | "are" | "was" | "were" | "been" | "remained" | "remains" | "stayed" | "kept" | "also" | "so" | "far") || (ctx.w(k).ends_with("ly") && ctx.w(k).len() > 3));
            ((held.is_some() && pron <= ca + 1) || (pron > ca && before_verb)).then(|| ctx.acts.iter().find(|a| ctx.subjectish(a) && a.end <= ctx.start_of(ca)).map(|a| a.r.clone())).flatten()
        });
        let actor = match actor {
            Some(a) => a,
            None if noun => continue,
            None => {
                // "The world's second-largest economy has remained silent": a description of an
                // actor named in the previous sentence, the one that is not what it is silent about.
                let starts_definite = matches!(ctx.w(ca), "the" | "its" | "their");
                if !starts_definite || !state.prev_index.is_some_and(|p| p + 1 == ctx.s.index) {
                    continue;
                }
                let cands: Vec<ActorRef> =
                    dedupe(state.prev_actors.iter().filter(|p| !about.iter().any(|a| a.code == p.code)).cloned());
                if cands.len() != 1 {
                    continue;
                }
                conf = 0.5;
                cands[0].clone()
            }
        };
        // ("Brazil, like India, remains wary of…": the state likened holds it too.)
        if !noun {
            partners.extend(ctx.acts.iter().filter(|a| a.end <= cue_start && ctx.word_before(a) == "like" && ctx.w(ctx.tok_at(a.end)) == "," && a.r.code != actor.code).map(|a| a.r.clone()));
        }
        about.retain(|a| a.code != actor.code);
        let mut about = dedupe(about);
        if about.is_empty() {
            conf = conf.min(0.5);
            about = context_about(ctx, state, &actor, &partners);
        }
        // ("…, but it has declined to join Western sanctions and remains formally neutral": the
        // evidence starts at the verb "and" joins, so that it leaves the act before it alone.)
        let joined = (ca..i).rev().find(|&k| ctx.w(k) == "and" && matches!(ctx.w(k + 1), "remains" | "remained" | "is" | "was" | "are" | "were" | "has" | "have" | "had" | "stays" | "stayed" | "kept" | "keeps"));
        let ev_start = if noun { cs.min(cue_start) } else { joined.map_or(ctx.start_of(ca), |k| ctx.start_of(k + 1)).min(cue_start) };
        let mut actors = dedupe(partners.into_iter().filter(|p| p.code != actor.code && !about.iter().any(|a| a.code == p.code)));
        actors.push(actor);
        for actor in actors {
            if out.iter().any(|e| matches!(&e.body, ClaimBody::Stance(s) if s.actor.code == actor.code && s.stance == label)) {
                continue;
            }
            out.push(Extracted {
                body: ClaimBody::Stance(StanceClaim { actor, stance: label.to_string(), about: about.clone() }),
                evidence: ctx.span(ev_start, ev_end.max(ctx.end_of(i))),
                date: ctx.s.date,
                confidence: conf,
                attribution: None,
            });
        }
        done_until = cb.max(i + 1);
    }
}

/// What a stance that names nothing is about: the other states its sentence names ("Mexican
/// public opinion remains deeply suspicious of its neighbour", after the United States), else
/// those of the sentence before, else the state the document is about.
fn context_about(ctx: &Ctx, state: &DocState, actor: &ActorRef, partners: &[ActorRef]) -> Vec<ActorRef> {
    let other = |r: &ActorRef| r.code != actor.code && r.code.len() == 3 && r.code != "UNK" && !partners.iter().any(|p| p.code == r.code);
    let here = dedupe(ctx.acts.iter().filter(|a| other(a.r) && a.r.kind == realign_core::ActorKind::State).map(|a| a.r.clone()));
    if !here.is_empty() {
        return here;
    }
    if state.prev_index.is_some_and(|p| p + 1 == ctx.s.index) {
        let before = dedupe(state.prev_actors.iter().filter(|r| other(r) && r.kind == realign_core::ActorKind::State).cloned());
        if !before.is_empty() {
            return before;
        }
    }
    state.earlier(None).topic(&actor.code).filter(|t| other(t)).cloned().into_iter().collect()
}

/// Stances of those an act is said to alarm or anger: "Beijing signed a security agreement with
/// Solomon Islands, alarming Australia and the United States" (each concerned about the act's
/// parties).
pub(super) fn alarmed(ctx: &Ctx, out: &mut Vec<Extracted>) {
    for i in 1..ctx.toks.len() {
        // ("…, alarming Australia"; "Why Cambodia's Ream naval base worries Washington", "the
        // expansion has alarmed neighbouring Vietnam": a finite verb, its subject what alarms.)
        let finite = matches!(ctx.w(i), "alarmed" | "alarms" | "worries" | "worried" | "unsettled" | "unsettles" | "rattled" | "rattles" | "angered" | "angers" | "infuriated" | "infuriates");
        let label = match ctx.w(i) {
            "alarming" | "worrying" | "unsettling" | "unnerving" | "rattling" | "alarmed" | "alarms" | "worries" | "worried" | "unsettled" | "unsettles" | "rattled" | "rattles" => "concerned",
            "angering" | "infuriating" | "irritating" | "incensing" | "angered" | "angers" | "infuriated" | "infuriates" => "opposed",
            _ => continue,
        };
        // (Not a feeling held, "was alarmed", nor an aside without its comma.)
        let held = matches!(ctx.w(i - 1), "was" | "were" | "is" | "are" | "been" | "be" | "remain" | "remains" | "remained" | "become" | "became" | "seemed" | "looked" | "felt" | "," | "and" | "deeply" | "increasingly");
        if (finite && held) || (!finite && ctx.w(i - 1) != ",") {
            continue;
        }
        let mut at = i + 1;
        while matches!(ctx.w(at), "the" | "neighbouring" | "neighboring" | "nearby" | "regional") {
            at += 1;
        }
        let Some(first) = ctx.acts.iter().position(|a| ctx.tok_at(a.start) == at) else { continue };
        let (_, gb) = ctx.group(first);
        let holders = &ctx.acts[first..gb.max(first + 1)];
        // About the act's parties: the states the sentence named before.
        let about: Vec<ActorRef> = dedupe(ctx.acts.iter().filter(|a| a.end <= ctx.start_of(i) && !holders.iter().any(|h| h.r.code == a.r.code)).map(|a| a.r.clone()));
        if about.is_empty() {
            continue;
        }
        let end = holders.last().map_or(ctx.end_of(i), |h| h.end);
        for h in holders {
            if out.iter().any(|e| matches!(&e.body, ClaimBody::Stance(s) if s.actor.code == h.r.code && s.stance == label)) {
                continue;
            }
            out.push(Extracted {
                body: ClaimBody::Stance(StanceClaim { actor: h.r.clone(), stance: label.to_string(), about: about.clone() }),
                evidence: ctx.span(ctx.start_of(i), end),
                date: ctx.s.date,
                confidence: 0.6,
                attribution: None,
            });
        }
    }
}

/// Stances of a state called another's backer: "Turkey is the Tripoli authorities' most important
/// foreign backer", "Hungary has been Serbia's most vocal champion inside the bloc" (supportive of
/// the one whose backer it is).
/// So is one called its critic or opponent: "Slovakia has been the loudest critic of the
/// cut-off" (opposed).
pub(super) fn champion(ctx: &Ctx, state: &DocState, out: &mut Vec<Extracted>) {
    for i in 2..ctx.toks.len() {
        let label = match ctx.w(i) {
            "backer" | "backers" | "supporter" | "supporters" | "champion" | "champions" | "patron" | "patrons" | "sponsor" | "protector" => "supportive",
            "critic" | "critics" | "opponent" | "opponents" | "detractor" | "detractors" => "opposed",
            _ => continue,
        };
        let (ca, _) = ctx.clause(i);
        // The verb of being before it, in its clause, a few words back.
        let Some(be) = (ca.max(i.saturating_sub(8))..i).rev().find(|&k| matches!(ctx.w(k), "is" | "are" | "was" | "were" | "been" | "remains" | "remained" | "became" | "becomes" | "become")) else { continue };
        // (A critic only with a word of degree or rank before it: "the loudest critic", "its
        // fiercest opponent", not "a critic of the plan said".)
        let rank = |w: &str| {
            matches!(
                w,
                "most" | "chief" | "main" | "leading" | "principal" | "staunch" | "vocal" | "fierce" | "harsh" | "outspoken" | "persistent" | "consistent" | "strong" | "fiercest" | "loudest"
                    | "harshest" | "strongest" | "staunchest" | "bitterest" | "toughest" | "biggest" | "greatest" | "largest" | "foremost" | "sharpest" | "keenest" | "fiercer"
            )
        };
        if label == "opposed" && !(be + 1..i).any(|k| rank(ctx.w(k))) {
            continue;
        }
        // (Not one denied or to come: "is not Japan's fiercest critic", "could become its backer".)
        if (be.saturating_sub(2)..i).any(|k| matches!(ctx.w(k), "not" | "never" | "no") || ctx.w(k).ends_with("n't"))
            || matches!(ctx.w(be.saturating_sub(1)), "could" | "might" | "may" | "would" | "will" | "to" | "should" | "can")
        {
            continue;
        }
        // Whose backer: a possessive between the verb and the noun.
        // ("the Tripoli authorities' most important foreign backer": or its body's.)
        let body_owned = |a: &Act| {
            ctx.lower.get(a.end..).and_then(|r| r.split_whitespace().next()).is_some_and(|w| matches!(w, "authorities'" | "government's" | "regime's" | "junta's" | "army's" | "military's" | "leadership's"))
        };
        // (Right after the verb: "became the interest of Russia's strongest critics" calls no one
        // Russia's critic.)
        let owner = ctx.acts.iter().find(|a| ctx.tok_at(a.start) > be && ctx.tok_at(a.end) <= i && (ctx.possessive(a) || body_owned(a)) && (be + 1..ctx.tok_at(a.start)).all(|k| ctx.w(k) != "of"));
        if owner.is_none() && (be + 1..i).any(|k| ctx.w(k) == "of") {
            continue;
        }
        // Who backs: the clause's subject before the verb.
        let vstart = ctx.start_of(be);
        // ("Hungary, by contrast, has been…": the subject before an aside.)
        let Some(holder) = ctx.acts.iter().rev().find(|a| a.end <= vstart && a.start >= ctx.start_of(ca) && ctx.subjectish(a)).or_else(|| ctx.fronted(ca)).filter(|a| owner.map_or(true, |o| a.r.code != o.r.code)) else { continue };
        // ("The German-born senator": a person's origin, not a state.)
        if ctx.text.get(holder.end..).is_some_and(|r| r.starts_with('-')) {
            continue;
        }
        // (A critic's object is the state right after "of" that ends the phrase, "the loudest
        // critic of China in Washington"; not the target of a policy criticised, "the chief critic
        // of EU sanctions on Russia", nor the states the text is about.)
        let of_state = (ctx.w(i + 1) == "of")
            .then(|| {
                ctx.acts.iter().find(|a| {
                    let t = ctx.tok_at(a.start);
                    (t == i + 2 || (t == i + 3 && ctx.w(i + 2) == "the")) && !ctx.possessive(a) && {
                        let next = ctx.w(ctx.tok_at(a.end));
                        ctx.is_boundary(ctx.tok_at(a.end)) || matches!(next, "in" | "at" | "since" | "and" | "." | "," | ";" | "among" | "within" | "inside" | "for")
                    }
                })
            })
            .flatten();
        // ("Ankara is the corridor's strongest supporter", "France has been the most vocal
        // European backer of the mission": the backer of a thing no state owns backs the states
        // the text is about.)
        let about = match (owner, label) {
            (Some(o), _) => vec![o.r.clone()],
            (None, "opposed") => of_state.map(|a| vec![a.r.clone()]).unwrap_or_default(),
            (None, _) => context_about(ctx, state, holder.r, &[]),
        };
        if about.is_empty() {
            continue;
        }
        if out.iter().any(|e| matches!(&e.body, ClaimBody::Stance(s) if s.actor.code == holder.r.code && s.stance == label)) {
            continue;
        }
        out.push(Extracted {
            body: ClaimBody::Stance(StanceClaim { actor: holder.r.clone(), stance: label.to_string(), about }),
            evidence: ctx.span(holder.start, ctx.end_of(i)),
            date: ctx.s.date,
            confidence: 0.7,
            attribution: None,
        });
    }
}

/// Remembers what a resolution or motion in this sentence is about: the first actor after the
/// word that is not an international body ("a resolution condemning North Korea's transfer…").
pub(super) fn remember_motion(ctx: &Ctx, state: &mut DocState) {
    let Some(i) = (0..ctx.toks.len()).find(|&i| matches!(ctx.w(i), "resolution" | "motion" | "resolutions")) else { return };
    // Only a motion stated with its content ("a resolution condemning X", "a motion on X"); "the
    // resolution" alone refers back to one already known.
    let Some(k) = (i + 1..(i + 5).min(ctx.toks.len())).find(|&k| {
        matches!(
            ctx.w(k),
            "on" | "condemning" | "against" | "calling" | "urging" | "demanding" | "criticising" | "criticizing"
                | "censuring" | "deploring" | "that" | "denouncing" | "supporting" | "backing" | "recognising"
                | "recognizing" | "imposing" | "sanctioning"
        ) || (ctx.w(k).len() > 6 && ctx.w(k).ends_with("ing") && ctx.raw(k).starts_with(char::is_lowercase))
        // (Any participle: "a resolution reaffirming the right of the people of Western Sahara".)
    }) else {
        return;
    };
    let from = ctx.end_of(k);
    // (Within its own clause: not "…rejecting the intrusion; Ecuador alone voted against".)
    let stop = (k + 1..(k + 10).min(ctx.toks.len())).find(|&t| matches!(ctx.w(t), ";" | ".")).map_or((k + 10).min(ctx.toks.len().saturating_sub(1)), |t| t.saturating_sub(1));
    let within = ctx.end_of(stop);
    // (Every state it names a few words on, in order: "a resolution calling for an end to the US
    // embargo on Cuba"; where a vote is read, the first that is not a voter.)
    let named = dedupe(ctx.acts.iter().filter(|a| a.start >= from && a.start <= within && a.r.kind != ActorKind::Igo).map(|a| a.r.clone()));
    if !named.is_empty() {
        state.last_motion = Some((named, ctx.s.index));
    }
}

/// How states voted: "Indonesia, Malaysia and Thailand abstained", "the Philippines and Singapore
/// voted in favour", "Laos voted against the text", "China did not take part in the vote". The
/// stance is `voted for`, `voted against`, `abstained` or `did not vote`, about what the motion
/// voted on was about (this sentence's "resolution on X", else the latest resolution of the last
/// six sentences). One claim per voter.
pub(super) fn votes(ctx: &Ctx, state: &DocState, out: &mut Vec<Extracted>) {
    tallies(ctx, state, out);
    for i in 0..ctx.toks.len() {
        let w = ctx.w(i);
        let label = match (w, ctx.w(i + 1), ctx.w(i + 2)) {
            ("abstained" | "abstain" | "abstains" | "abstaining", _, _) => "abstained",
            ("voted" | "votes" | "vote" | "voting", "in", "favour" | "favor") | ("voted" | "votes" | "voting", "for" | "yes", _) => "voted for",
            ("voted" | "votes" | "voting", "against" | "no", _) => "voted against",
            ("part" | "participate", "in", "the") if matches!(ctx.w(i.saturating_sub(1)), "take" | "took") && ctx.w(i + 3) == "vote" => {
                if !ctx.any_word(i.saturating_sub(4), i, &["not", "n't", "never", "did"]) {
                    continue;
                }
                "did not vote"
            }
            _ => continue,
        };
        if ctx.irrealis_before(i) && label != "did not vote" {
            continue;
        }
        let (ca, _) = ctx.clause(i);
        let cs = ctx.start_of(ca);
        let cue_start = ctx.start_of(i);
        let Some(idx) = ctx.acts.iter().rposition(|a| a.start >= cs && a.end <= cue_start && ctx.subjectish(a) && a.r.kind != ActorKind::Igo) else {
            continue;
        };
        let (ga, _) = ctx.group(idx);
        let mut voters: Vec<ActorRef> = dedupe(ctx.acts[ga..=idx].iter().filter(|a| a.r.kind != ActorKind::Igo).map(|a| a.r.clone()));
        // ("Morocco voted against, joined by the United Arab Emirates, Bahrain and Gabon": the
        // states that joined its vote voted so too.)
        let after = match label {
            "abstained" => i + 1,
            "voted for" if ctx.w(i + 1) == "in" => i + 3,
            _ => i + 2,
        };
        if matches!((ctx.w(after), ctx.w(after + 1), ctx.w(after + 2)), (",", "joined", "by")) {
            if let Some(j) = ctx.acts.iter().position(|a| a.start >= ctx.end_of(after + 2) && ctx.tok_at(a.start) <= after + 4) {
                let (_, gb) = ctx.group(j);
                voters = dedupe(voters.into_iter().chain(ctx.acts[j..gb.max(j + 1)].iter().filter(|a| a.r.kind != ActorKind::Igo).map(|a| a.r.clone())));
            }
        }
        // About: "a resolution on/condemning X" here, else the latest motion nearby.
        let here = ctx.acts.iter().find(|a| a.start > ctx.end_of(i) && a.r.kind != ActorKind::Igo && !voters.iter().any(|v| v.code == a.r.code));
        let mentions_motion = (i..ctx.toks.len()).any(|k| matches!(ctx.w(k), "resolution" | "motion"));
        let about: Vec<ActorRef> = match (here, mentions_motion) {
            (Some(a), true) => vec![a.r.clone()],
            _ => recent_motion(ctx, state).to_vec(),
        };
        // (The first state the motion names that is not a voter: "condemning Iran's supply of
        // drones to Russia" is about Iran; "calling for an end to the US embargo on Cuba", voted
        // against by the United States, about Cuba.)
        let about: Vec<ActorRef> = about.into_iter().filter(|a| !voters.iter().any(|v| v.code == a.code)).take(1).collect();
        let start = ctx.acts[ga].start;
        for voter in voters {
            out.push(Extracted {
                body: ClaimBody::Stance(StanceClaim { actor: voter, stance: label.to_string(), about: about.clone() }),
                evidence: ctx.span(start, ctx.end_of(i + 1)),
                date: ctx.s.date,
                confidence: if about.is_empty() { 0.5 } else { 0.75 },
                attribution: None,
            });
        }
    }
}

/// The states the latest motion of the last six sentences names ([`remember_motion`]), or none.
fn recent_motion<'s>(ctx: &Ctx, state: &'s DocState) -> &'s [ActorRef] {
    state.last_motion.as_ref().filter(|(_, ix)| ctx.s.index.saturating_sub(*ix) <= 6).map_or(&[], |(a, _)| a.as_slice())
}

/// The vote a tally's count names, its word just before the list: "13 votes in favour (…)", "1
/// against (…)", "with 2 abstentions (…)". A count must come within the four words before.
fn tally_label(ctx: &Ctx, open: usize) -> Option<&'static str> {
    let word = open.checked_sub(1)?;
    let label = match ctx.w(word) {
        "favour" | "favor" if ctx.w(word.saturating_sub(1)) == "in" => "voted for",
        "for" | "yes" | "ayes" => "voted for",
        "against" | "no" | "noes" | "nays" => "voted against",
        "abstention" | "abstentions" | "abstaining" | "abstained" => "abstained",
        _ => return None,
    };
    const COUNTS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"];
    // (Of votes: "13 votes in favour", "1 against"; not "rose 12 percent in favour".)
    let counted = (word.saturating_sub(4)..word).any(|k| {
        (ctx.w(k).bytes().all(|b| b.is_ascii_digit()) && !ctx.w(k).is_empty() || COUNTS.contains(&ctx.w(k)))
            && (k + 1..word).all(|j| matches!(ctx.w(j), "votes" | "vote" | "in" | "states" | "members" | "countries" | "delegations"))
    });
    counted.then_some(label)
}

/// A vote's tally with the voters listed in brackets, as the United Nations reports it: "The
/// draft received 13 votes in favour (Algeria, China, …) to 1 against (United States), with 1
/// abstention (United Kingdom)", or a recorded vote's lists under their headings ("In favour:
/// …" / "Against: …" / "Abstaining: …"). Each state listed gets the stance of its list, about the
/// latest motion (as in [`votes`]).
fn tallies(ctx: &Ctx, state: &DocState, out: &mut Vec<Extracted>) {
    // (A recorded vote's record: "In favour: Afghanistan, Albania, … Against: Belarus, …
    // Abstaining: …", each heading opening its line.)
    let heading = |k: usize| match (ctx.w(k), ctx.w(k + 1)) {
        ("in", "favour" | "favor") if ctx.w(k + 2) == ":" => Some(("voted for", k + 2)),
        ("against", ":") => Some(("voted against", k + 1)),
        ("abstaining" | "abstentions" | "abstained", ":") => Some(("abstained", k + 1)),
        _ => None,
    };
    let line_start = |k: usize| k == 0 || ctx.text.get(..ctx.start_of(k)).is_some_and(|h| h.trim_end_matches([' ', '\t']).ends_with('\n') || h.trim().is_empty());
    let lists = (0..ctx.toks.len()).filter(|&k| line_start(k)).filter_map(|k| heading(k).map(|(label, colon)| {
        let end = (colon + 1..ctx.toks.len()).find(|&j| line_start(j) && heading(j).is_some()).unwrap_or(ctx.toks.len());
        (label, colon, end)
    }));
    let bracketed = (1..ctx.toks.len()).filter(|&k| ctx.w(k) == "(").filter_map(|open| {
        let label = tally_label(ctx, open)?;
        let close = (open + 1..ctx.toks.len()).find(|&k| matches!(ctx.w(k), ")" | "(")).filter(|&k| ctx.w(k) == ")")?;
        Some((label, open, close))
    });
    let tallied: Vec<(&str, Vec<ActorRef>, usize, usize)> = lists
        .chain(bracketed)
        .map(|(label, open, close)| {
            let (from, to) = (ctx.end_of(open), if close < ctx.toks.len() { ctx.start_of(close) } else { ctx.text.len() });
            let voters = dedupe(ctx.acts.iter().filter(|a| a.start >= from && a.end <= to && a.r.kind != ActorKind::Igo).map(|a| a.r.clone()));
            (label, voters, open, close)
        })
        .collect();
    // (About the first state the motion names that voted in none of the lists: "an end to the
    // US embargo on Cuba", the United States voting against, is about Cuba.)
    let about: Vec<ActorRef> = recent_motion(ctx, state).iter().filter(|a| !tallied.iter().any(|(_, vs, _, _)| vs.iter().any(|v| v.code == a.code))).take(1).cloned().collect();
    for (label, voters, open, close) in tallied {
        for voter in voters {
            if out.iter().any(|e| matches!(&e.body, ClaimBody::Stance(s) if s.actor.code == voter.code && s.stance == label)) {
                continue;
            }
            out.push(Extracted {
                body: ClaimBody::Stance(StanceClaim { actor: voter, stance: label.to_string(), about: about.clone() }),
                evidence: ctx.span(ctx.start_of(open.saturating_sub(3)), ctx.end_of(close.min(ctx.toks.len() - 1))),
                date: ctx.s.date,
                confidence: if about.is_empty() { 0.5 } else { 0.75 },
                attribution: None,
            });
        }
    }
}

/// People who speak for a body ("a spokesman for the ministry").
const SPOKES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "representative", "official", "officials", "ministry", "office",
];

const SAY_VERBS: &[&str] = &[
    "say",
    "argue",
    "note",
    "warn",
    "suggest",
    "believe",
    "write",
    "insist",
    "contend",
    "contends",
    "contended",
    "maintain",
    "maintains",
    "reckon",
    "reckons",
    "add",
    "told",
    "explain",
    "observe",
    "stress",
    "caution",
    "says",
    "said",
    "notes",
    "noted",
    "adds",
    "added",
    "told",
    "tells",
    "argues",
    "argued",
    "explains",
    "explained",
    "warned",
    "warns",
    "wrote",
    "writes",
    "observed",
    "observes",
    "stated",
    "states",
    "remarked",
    "continued",
    "insisted",
    "insists",
    "cautioned",
    "cautions",
    "concluded",
    "claimed",
    "claims",
    "asked",
    "asks",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "declared",
    "declares",
    "commented",
    "comments",
    "suggested",
    "suggests",
    "puts",
    "put",
    "according",
    "believes",
    "believed",
    "predicted",
    "predicts",
    "tweeted",
    "posted",
];

/// A speaker name starting at token `i`: an actor mention there, or a run of capitalised words.
/// Returns (name, actor, start byte, end byte).
fn name_at<'c>(ctx: &'c Ctx, i: usize) -> Option<(String, Option<&'c Act<'c>>, usize, usize)> {
    let mut i = i;
    if ctx.w(i) == "the" {
        i += 1;
    }
    let pos = ctx.start_of(i);
    // ("said Kim Soo-yeon, a researcher" after "Kim Jong Un": a surname that a further name
    // follows is someone else's full name.)
    let longer_name = |a: &Act| {
        let one_word = ctx.tok_at(a.end) == ctx.tok_at(a.start) + 1;
        one_word && is_name_word(ctx.raw(ctx.tok_at(a.end)))
    };
    if let Some(a) = ctx.acts.iter().find(|a| a.start == pos && !(a.r.kind == realign_core::ActorKind::Person && longer_name(a))) {
        let name = ctx.text.get(a.start..a.end)?.trim_end_matches("'s").to_string();
        if a.r.kind == realign_core::ActorKind::Person {
            let name = a.r.name.clone().unwrap_or(name);
            return Some((name, Some(a), a.start, a.end));
        }
        // "Russian Foreign Minister Sergei Lavrov": a state word followed by a title and a name.
        let mut j = ctx.tok_at(a.end);
        let first = j;
        while j < ctx.toks.len() && j < first + 6 && is_name_word(ctx.raw(j)) {
            j += 1;
        }
        if j > first {
            let end = ctx.end_of(j - 1);
            return Some((ctx.text.get(a.start..end)?.to_string(), Some(a), a.start, end));
        }
        return Some((name, Some(a), a.start, a.end));
    }
    // ("said Cmdr. Lauren Ortiz": an abbreviated rank or title before the name.)
    if matches!(ctx.raw(i), "Cmdr" | "Lt" | "Col" | "Gen" | "Capt" | "Maj" | "Sgt" | "Adm" | "Dr" | "Mr" | "Mrs" | "Ms" | "Rep" | "Sen" | "Gov" | "Amb" | "Prof" | "Brig" | "Cpl" | "Pvt")
        && ctx.w(i + 1) == "."
        && is_name_word(ctx.raw(i + 2))
    {
        i += 2;
    }
    let mut j = i;
    while j < ctx.toks.len() && j < i + 5 {
        let r = ctx.raw(j);
        let cap = r.chars().next().is_some_and(|c| c.is_uppercase()) && r.chars().any(|c| c.is_lowercase());
        // ("Huda al-Mansoori", "Ahmed bin-Saleh": a particle joined to the name.)
        let joined = ["al-", "el-", "bin-", "ibn-", "ul-", "ad-", "as-", "ash-", "at-", "abu-", "ben-"]
            .iter()
            .any(|p| r.len() > p.len() + 1 && r.starts_with(p) && r[p.len()..].starts_with(|c: char| c.is_uppercase()));
        let particle = j > i && (matches!(r, "de" | "van" | "von" | "bin" | "al" | "da" | "del" | "der" | "la") || joined);
        if cap || particle {
            j += 1;
        } else {
            break;
        }
    }
    if j - i < 2 {
        return None;
    }
    if matches!(ctx.raw(i), "The" | "This" | "That" | "He" | "She" | "They" | "It" | "In" | "As" | "But") {
        return None;
    }
    let start = ctx.start_of(i);
    let end = ctx.end_of(j - 1);
    // a person's name overlapping an actor mention further in ("Foreign Minister Wang Yi"), not
    // a person's surname that the name goes on past ("Kim Soo-yeon" is not Kim Jong Un)
    let act = ctx.acts.iter().find(|a| a.start < end && start < a.end).filter(|a| !(a.r.kind == realign_core::ActorKind::Person && a.end < end));
    Some((ctx.text.get(start..end)?.to_string(), act, start, end))
}

/// Whether two words are the same but for accents ("Traore", "Traoré"; "Vucic", "Vučić").
fn same_letters(a: &str, b: &str) -> bool {
    a.chars().map(realign_gazetteer::unaccent).eq(b.chars().map(realign_gazetteer::unaccent))
}

/// Whether the actor is named as whom words were aimed at: "a jab at Paris", "a pointed
/// reference to Moscow", "a message to Washington", "veiled criticism of Beijing".
fn aimed_at(ctx: &Ctx, a: &Act) -> bool {
    let t = ctx.tok_at(a.start);
    let t = if ctx.w(t.saturating_sub(1)) == "the" { t.saturating_sub(1) } else { t };
    t >= 2
        && matches!(
            (ctx.w(t - 2), ctx.w(t - 1)),
            ("jab" | "swipe" | "dig" | "shot" | "aimed" | "directed", "at")
                | ("reference" | "allusion" | "message" | "warning" | "rebuke" | "retort" | "reply", "to")
                | ("criticism" | "rebuke", "of")
        )
}

/// The names a surname may stand for, the last named speaker first, then the people the
/// document named before.
fn known_names(state: &DocState) -> Vec<String> {
    state.last_speaker.iter().map(|l| l.0.clone()).chain(state.persons.iter().filter_map(|p| p.name.clone())).chain(state.strangers.iter().cloned()).collect()
}

/// A quote's speaker as found in the sentence.
struct Speaker<'c> {
    /// As named ("Victor Cha"), or described ("senior South Korean official").
    name: String,
    /// The actor the name or description resolves to.
    act: Option<&'c Act<'c>>,
    /// Byte span of the name in the sentence.
    start: usize,
    end: usize,
    /// False for a description ("a senior official").
    named: bool,
}

/// Nouns that make a description a speaker: "a senior South Korean official".
const SPEAKER_NOUNS: &[&str] = &[
    "embassy",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "minister",
    "ministry",
    "source",
    "sources",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "officer",
    "officers",
    "commander",
    "lawmaker",
    "lawmakers",
    "adviser",
    "advisor",
    "envoy",
    "ambassador",
    "aide",
    "aides",
    "statement",
    "agency",
    "government",
    "military",
    "president",
    "leader",
    "researcher",
    "researchers",
    "professor",
    "scholar",
    "fellow",
    "economist",
    "strategist",
    "observer",
    "observers",
    "scientist",
    "historian",
    "lecturer",
];

/// Whether a speaker's name is a description ("Ethiopia's foreign ministry", "the spokesperson"):
/// its last word is not capitalised.
/// Whether a speaker named `name` is only the state, organisation or body mention `act` ("The
/// United States said it was concerned…"): never the "he" or "she" of a later quote (a
/// fisherman's "…," he said). "Japanese Foreign Minister Aiko Tanaka" is more than its "Japanese".
fn actor_named(ctx: &Ctx, act: Option<&Act>, name: &str) -> bool {
    act.is_some_and(|a| {
        let own = ctx.text.get(a.start..a.end).unwrap_or("");
        let bare = |t: &str| t.trim().trim_start_matches("The ").trim_start_matches("the ").to_string();
        matches!(a.r.kind, ActorKind::State | ActorKind::Igo | ActorKind::GovBody) && bare(own) == bare(name)
    })
}

/// Whether a description ends in a person's title ("Djibouti's foreign minister", "a ministry
/// spokesman"), not a body's ("Ethiopia's foreign ministry"): a "he" or "she" may be that person.
fn person_title(description: &str) -> bool {
    description.rsplit(' ').next().is_some_and(|w| {
        matches!(w, "minister" | "spokesman" | "spokeswoman" | "spokesperson" | "official" | "diplomat" | "envoy" | "ambassador" | "president" | "premier" | "chancellor" | "commander" | "negotiator" | "secretary")
    })
}

fn described(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
}

/// Whether a speaker's description makes them someone who comments on states rather than
/// speaks for one ("a researcher at a Singapore think tank", "a South Korean analyst"): what
/// they say will happen is a forecast, and their country is not a party to the quote.
fn commentator(description: &str) -> bool {
    description.split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().as_str(),
            "analyst" | "analysts" | "researcher" | "researchers" | "professor" | "scholar" | "fellow" | "expert" | "experts" | "economist"
                | "strategist" | "observer" | "observers" | "scientist" | "historian" | "lecturer"
        )
    })
}

/// A speaker starting at token `j`: a name ([`name_at`]), the surname of the last named speaker
/// (`last`), or a description holding an actor and ending in a speaker noun. `until` bounds the
/// description.
fn speaker_at<'c>(ctx: &'c Ctx, j: usize, until: usize, last: &[String]) -> Option<Speaker<'c>> {
    if let Some((name, act, start, end)) = name_at(ctx, j) {
        // ("Guyana's foreign minister said", "Djibouti's defence ministry spokesman": a state
        // named only as the owner of a title in lower case is described, below.)
        let titled = act.is_some_and(|a| a.r.kind != realign_core::ActorKind::Person && a.end == end) && {
            let t = ctx.tok_at(end);
            let lim = (t + 5).min(ctx.toks.len()).min(until.max(t));
            (t..lim)
                .find(|&k| SPEAKER_NOUNS.contains(&ctx.w(k)))
                .is_some_and(|b| (t..b).all(|k| ctx.w(k) == "'s" || ctx.raw(k).starts_with(char::is_lowercase)))
        };
        if !titled {
            return Some(Speaker { name, act, start, end, named: true });
        }
    }
    // A surname: of the last named speaker, else of the one person of that surname the document
    // named before.
    let raw = ctx.raw(j);
    if is_name_word(raw) && raw.len() > 2 {
        let mut same = last.iter().filter(|l| l.rsplit(' ').next().is_some_and(|w| same_letters(w, raw)));
        if let Some(l) = same.next().filter(|l| last.first() == Some(*l) || same.all(|o| o == *l)) {
            return Some(Speaker {
                name: l.to_string(),
                act: None,
                start: ctx.start_of(j),
                end: ctx.end_of(j),
                named: true,
            });
        }
    }
    let mut a = j;
    // ("…, and a foreign ministry spokeswoman in Moscow said": a second speaker's clause.)
    if matches!(ctx.w(a), "and" | "but" | "while") {
        a += 1;
    }
    if matches!(ctx.w(a), "a" | "an" | "the" | "one") {
        a += 1;
    }
    let mut b = (a..until.min(a + 7).min(ctx.toks.len())).find(|&k| SPEAKER_NOUNS.contains(&ctx.w(k)))?;
    if (a..b).any(|k| ctx.is_boundary(k)) {
        return None;
    }
    // ("ministry spokesman": the title is the last of the run.)
    while b + 1 < until.min(ctx.toks.len()) && SPEAKER_NOUNS.contains(&ctx.w(b + 1)) {
        b += 1;
    }
    // ("Chinese foreign ministry spokesman Lin Jian", "ministry spokesman Florian Haidegger": the
    // person the title goes before.)
    // (Not a title inside an aside: "The RSF delegation, led by political adviser Adam Saleh
    // Bakhit, said" is the delegation's.)
    let plain_title = (a..b).all(|k| !ctx.w(k).ends_with("ed") && !matches!(ctx.w(k), "by" | "and" | "but" | "with"));
    if let Some((name, act, _, name_end)) = name_at(ctx, b + 1).filter(|n| plain_title && n.0.split_whitespace().count() >= 2 && ctx.raw(b).starts_with(char::is_lowercase) && n.3 <= ctx.end_of(until.saturating_sub(1).min(ctx.toks.len().saturating_sub(1)))) {
        // (The title's state when it names one: "Dutch foreign ministry spokesperson"; a bare
        // "foreign ministry" may be another state's than the story's.)
        let state = ctx.acts.iter().find(|m| m.start >= ctx.start_of(a) && m.end <= ctx.end_of(b) && ctx.text.get(m.start..m.end).is_some_and(|t| t.contains(char::is_uppercase)));
        return Some(Speaker { name, act: act.or(state), start: ctx.start_of(b + 1), end: name_end, named: true });
    }
    let (start, mut end) = (ctx.start_of(a), ctx.end_of(b));
    // ("a researcher at a Singapore think tank": the affiliation follows the noun.)
    if !ctx.acts.iter().any(|m| m.start >= start && m.end <= end) && matches!(ctx.w(b + 1), "at" | "with" | "from" | "of") {
        let lim = (b + 8).min(ctx.toks.len());
        let stop = (b + 1..lim).find(|&k| ctx.is_boundary(k) || SAY_VERBS.contains(&ctx.w(k))).unwrap_or(lim);
        if let Some(m) = ctx.acts.iter().find(|m| m.start > end && m.end <= ctx.end_of(stop.saturating_sub(1))) {
            // (The description runs to the end of the word after the actor: "think tank".)
            let mut k = ctx.tok_at(m.end);
            while k < stop && ctx.raw(k).chars().all(|c| c.is_alphanumeric() || c == '-') && k < ctx.tok_at(m.end) + 2 {
                k += 1;
            }
            end = ctx.end_of(k.saturating_sub(1)).max(m.end);
        }
    }
    let act = ctx.acts.iter().find(|m| m.start >= start && m.end <= end)?;
    Some(Speaker { name: ctx.text.get(start..end)?.to_string(), act: Some(act), start, end, named: false })
}

/// A person named in apposition after a speaker that names only a state or a body: "said
/// Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani", "an Algerian foreign
/// ministry spokesman, Nabil Ferhat". The person, with the state or body as the actor when the
/// gazetteer does not know the name.
fn apposed_name<'c>(ctx: &'c Ctx, sp: Speaker<'c>) -> Speaker<'c> {
    if sp.act.is_some_and(|a| a.r.kind == realign_core::ActorKind::Person) {
        return sp;
    }
    let from = ctx.tok_at(sp.end);
    let Some(c) = (from..(from + 6).min(ctx.toks.len())).find(|&t| ctx.w(t) == ",") else { return sp };
    if (from..c).any(|t| ctx.is_boundary(t) || SAY_VERBS.contains(&ctx.w(t))) {
        return sp;
    }
    match name_at(ctx, c + 1) {
        // (The name closes the sentence or its clause: "…, Nabil Ferhat." or "…, Ali Zeine, told".)
        Some((name, act, _, end)) if act.map_or(true, |a| a.r.kind == realign_core::ActorKind::Person) && matches!(ctx.w(ctx.tok_at(end)), "," | "." | "") => {
            Speaker { name, act: act.or(sp.act), start: sp.start, end, named: true }
        }
        _ => sp,
    }
}

/// The speaker of a quote whose marks span tokens `[qa, qb]`: after it (`", says X`, `", X said`)
/// or before it (`X said: "`, `As X puts it, "`, `According to X, a professor, "`).
fn speaker<'c>(ctx: &'c Ctx, qa: usize, qb: usize, last: &[String]) -> Option<Speaker<'c>> {
    let n = ctx.toks.len();
    // After.
    let mut k = qb + 1;
    if ctx.w(k) == "," {
        k += 1;
    }
    if SAY_VERBS.contains(&ctx.w(k)) {
        let j = if ctx.w(k) == "according" && ctx.w(k + 1) == "to" { k + 2 } else { k + 1 };
        if let Some(sp) = speaker_at(ctx, j, n, last) {
            return Some(apposed_name(ctx, sp));
        }
    } else if let Some(sp) = speaker_at(ctx, k, n, last).map(|sp| apposed_name(ctx, sp)).filter(|sp| sp.named && ctx.w(ctx.tok_at(sp.end)) == "," && SAY_VERBS.contains(&ctx.w(ctx.tok_at(sp.end) + 1))) {
        // ("…," Niger's prime minister, Ali Mahaman Lamine Zeine, told reporters.)
        return Some(sp);
    } else if let Some(v) = (k + 1..(k + 9).min(n)).find(|&v| SAY_VERBS.contains(&ctx.w(v))).filter(|&v| {
        // (Not another clause with its own reported words: "… called them \"baseless\", and a
        // spokeswoman in Moscow said the Netherlands was …".)
        !matches!(ctx.w(k), "and" | "but") || matches!(ctx.w(v + 1), "." | "," | ";" | "" | "on" | "in" | "at" | "after" | "before" | "during" | "when")
    }) {
        if let Some(sp) = speaker_at(ctx, k, v, last).and_then(|sp| seated(ctx, sp, v)) {
            return Some(sp);
        }
        // ("…," armed forces chief General Romeo Brawner said: a title before the name.)
        if (k..v).all(|t| !ctx.is_boundary(t)) {
            for st in k + 1..v {
                if let Some(sp) = speaker_at(ctx, st, v, last).filter(|sp| sp.named && ctx.tok_at(sp.end) == v) {
                    return Some(sp);
                }
            }
        }
    }
    // ("…," Captain Ibrahim Traore, Burkina Faso's leader, told state television: a name, an
    // appositive, then the verb.)
    if let Some(sp) = (k..(k + 3).min(n)).find_map(|st| speaker_at(ctx, st, n, last).filter(|sp| sp.named)) {
        let after = ctx.tok_at(sp.end);
        let close = (ctx.w(after) == ",").then(|| (after + 1..(after + 9).min(n)).find(|&t| ctx.w(t) == ",")).flatten();
        if close.is_some_and(|c| SAY_VERBS.contains(&ctx.w(c + 1)) && (after + 1..c).all(|t| !is_open(ctx.raw(t)) && !is_close(ctx.raw(t)))) {
            return Some(sp);
        }
    }
    // Before: "according to X" anywhere in the 15 tokens before the opening mark; a say-verb in
    // the last 6, with the name just before it.
    let lo = qa.saturating_sub(15);
    if let Some(v) = (lo..qa).rev().find(|&v| ctx.w(v) == "according" && ctx.w(v + 1) == "to") {
        if let Some(sp) = speaker_at(ctx, v + 2, qa, last) {
            return Some(sp);
        }
    }
    // A phrase quoted inside someone's reported words: "Mohammed Abdulsalam said the United
    // States would \"pay a heavy price\"", "Maria Zakharova called the expulsions \"another
    // hostile step\"": the person named right before the verb.
    // ("Rodriguez condemned the measures as \"economic warfare\"", "…, telling reporters that
    // her government would not negotiate \"with those who…\"", "describing his approach as
    // \"friends to all\"": and verbs of condemning, and participles.)
    if let Some(v) = (qa.saturating_sub(16)..qa).rev().find(|&v| {
        matches!(
            ctx.w(v),
            "said" | "says" | "called" | "calls" | "described" | "describes" | "dubbed" | "termed" | "branded" | "warned" | "told" | "condemned" | "denounced"
                | "telling" | "describing" | "calling" | "saying" | "warning"
        )
    }) {
        let clean = (v + 1..qa).all(|t| !is_open(ctx.raw(t)) && !is_close(ctx.raw(t)) && !matches!(ctx.w(t), ";" | ":" | "."));
        let person = |sp: &Speaker| sp.named && sp.act.map_or(sp.name.contains(' '), |a| a.r.kind == realign_core::ActorKind::Person);
        if clean {
            for st in v.saturating_sub(6)..v {
                if let Some(sp) = speaker_at(ctx, st, v, last).filter(|sp| person(sp) && ctx.tok_at(sp.end) == v) {
                    return Some(sp);
                }
            }
            // ("Fiji's prime minister, Sitiveni Rabuka, has repeatedly said his government will
            // remain \"…\"": auxiliaries and adverbs before the verb, a name in apposition.)
            // (Words, not a word or two in scare quotes.)
            let words = (qa + 1..qb).filter(|&t| ctx.raw(t).chars().any(char::is_alphanumeric)).count();
            let mut e = v;
            while e > 0 && (matches!(ctx.w(e - 1), "has" | "have" | "had" | "also" | "again") || (ctx.w(e - 1).ends_with("ly") && ctx.w(e - 1).len() > 3)) {
                e -= 1;
            }
            if words >= 3 && (e < v || (e >= 1 && ctx.w(e - 1) == ",")) {
                let stop = if e >= 1 && ctx.w(e - 1) == "," { e - 1 } else { e };
                // (The subject opening the clause, not a name inside its apposition: "Kim Yo
                // Jong, the sister of leader Kim Jong Un, warned".)
                for st in (stop.saturating_sub(12)..stop).filter(|&st| st == 0 || ctx.is_boundary(st - 1)) {
                    if let Some(sp) = speaker_at(ctx, st, stop, last).map(|sp| apposed_name(ctx, sp)).filter(|sp| person(sp) && ctx.tok_at(sp.end) == stop) {
                        return Some(sp);
                    }
                }
            }
            // ("Maria Zakharova criticised Yerevan for what she called its \"drift\"": "she" is
            // the person the sentence named before.)
            if words >= 3 && v >= 1 && matches!(ctx.w(v - 1), "she" | "he") {
                for st in 0..v - 1 {
                    if let Some(sp) = speaker_at(ctx, st, v, last).filter(|sp| person(sp) && ctx.raw(ctx.tok_at(sp.end)).starts_with(char::is_lowercase)) {
                        return Some(sp);
                    }
                }
            }
            // ("President Cyril Ramaphosa, who chaired the session, called on Maputo … and said
            // the region \"cannot stand by\"": a second verb, or a participle, of the person
            // who opens the sentence.)
            // ("The Russian embassy in The Hague called them \"baseless fabrications\"": an
            // office described by its state, opening the clause, right before the verb.)
            for st in (v.saturating_sub(10)..v).filter(|&st| st == 0 || ctx.is_boundary(st - 1)) {
                if let Some(sp) = speaker_at(ctx, st, v, last).filter(|sp| !sp.named && sp.act.is_some()).and_then(|sp| seated(ctx, sp, v)) {
                    return Some(sp);
                }
            }
            let second = matches!(ctx.w(v.saturating_sub(1)), "and" | ",") || ctx.w(v).ends_with("ing");
            if second && !(0..v).any(|t| is_open(ctx.raw(t)) || is_close(ctx.raw(t))) {
                for st in 0..6.min(v) {
                    // ("Mette Frederiksen flatly rejected the idea, saying that \"…\"": an adverb
                    // may come first.)
                    let verb_at = |sp: &Speaker| {
                        let t = ctx.tok_at(sp.end);
                        if ctx.w(t).ends_with("ly") && ctx.w(t).len() > 3 { t + 1 } else { t }
                    };
                    if let Some(sp) = speaker_at(ctx, st, v, last).filter(|sp| person(sp) && matches!(ctx.w(verb_at(sp)), "," | "said" | "called" | "rejected" | "condemned" | "urged") || person(sp) && ctx.w(verb_at(sp)).ends_with("ed")) {
                        return Some(sp);
                    }
                }
            }
        }
    }
    let mut v = qa;
    while v > 0 && qa - v < 6 {
        v -= 1;
        if SAY_VERBS.contains(&ctx.w(v)) && ctx.w(v) != "according" {
            // skip adverbs before the verb: "aptly puts it"
            let mut e = v;
            while e > 0 && ctx.w(e - 1).ends_with("ly") && ctx.w(e - 1).len() > 3 {
                e -= 1;
            }
            let mut s = e;
            while s > 0 && !ctx.is_boundary(s - 1) && e - s < 7 && !matches!(ctx.w(s - 1), "as" | "and") {
                s -= 1;
            }
            for st in s..e {
                if let Some(sp) = speaker_at(ctx, st, e, last).and_then(|sp| seated(ctx, sp, e)) {
                    return Some(sp);
                }
            }
            // "Ana Silva, a fellow at a think tank, said: "…"": the name opens the sentence or a
            // clause and an appositive separates it from the verb.
            if e > 0 && ctx.w(e - 1) == "," {
                for st in (0..e).rev().filter(|&st| st == 0 || ctx.is_boundary(st - 1)) {
                    if let Some(sp) = speaker_at(ctx, st, e, last) {
                        if sp.named && ctx.w(ctx.tok_at(sp.end)) == "," {
                            return Some(sp);
                        }
                    }
                }
            }
            return None;
        }
    }
    None
}

/// `sp` if it ends right before token `verb`; a described speaker followed by the place it sits
/// in ("The Chinese embassy in Manila said", "a foreign ministry spokeswoman in Moscow said") stretched over the
/// place, so that the place is not taken for the speaker; otherwise none.
fn seated<'c>(ctx: &'c Ctx, sp: Speaker<'c>, verb: usize) -> Option<Speaker<'c>> {
    let at = ctx.tok_at(sp.end);
    if at == verb {
        return Some(sp);
    }
    let described = !sp.named && sp.act.is_some_and(|a| a.r.kind != realign_core::ActorKind::Person) && SPEAKER_NOUNS.contains(&ctx.w(at.saturating_sub(1)));
    let place = ctx.acts.iter().find(|m| m.start == ctx.start_of(at + 1))?;
    // (A body that names no state sits in its own: "a foreign ministry spokeswoman in Moscow"
    // is Russia's; "The Chinese embassy in Manila" stays China's.)
    let unnamed = sp.act.and_then(|a| ctx.text.get(a.start..a.end)).is_some_and(|t| !t.contains(char::is_uppercase));
    let act = if unnamed { Some(place) } else { sp.act };
    (described && ctx.w(at) == "in" && ctx.tok_at(place.end) == verb).then(|| Speaker { name: ctx.text.get(sp.start..place.end).unwrap_or(&sp.name).to_string(), end: place.end, act, ..sp })
}

fn is_name_word(r: &str) -> bool {
    r.chars().next().is_some_and(|c| c.is_uppercase()) && r.chars().any(|c| c.is_lowercase())
}

/// True when a pronoun says the quote around tokens `[qa, qb]`: `", he said"`, `", said she"`,
/// `He added: "`.
fn pronoun_speaker(ctx: &Ctx, qa: usize, qb: usize) -> bool {
    let pron = |w: &str| matches!(w, "he" | "she");
    let mut k = qb + 1;
    if ctx.w(k) == "," {
        k += 1;
    }
    let after =
        (pron(ctx.w(k)) && SAY_VERBS.contains(&ctx.w(k + 1))) || (SAY_VERBS.contains(&ctx.w(k)) && pron(ctx.w(k + 1)));
    let before = qa >= 2
        && (ctx.w(qa - 1) == ":" || ctx.w(qa - 1) == ",")
        && SAY_VERBS.contains(&ctx.w(qa - 2))
        && qa >= 3
        && pron(ctx.w(qa - 3));
    after || before
}

fn is_open(w: &str) -> bool {
    w == "\"" || w == "\u{201c}"
}

fn is_close(w: &str) -> bool {
    w == "\"" || w == "\u{201d}"
}

/// The end of a quote the sentence before opened (\"We are doing our part. Now the world must
/// act,\" Salam told reporters): the sentence opens inside quotation marks that close, before any
/// opening mark, right before a speaker. Pushes the quote (the sentence's words up to the mark)
/// and returns the closing mark's token.
fn continued_quote(ctx: &Ctx, state: &mut DocState, out: &mut Vec<Extracted>) -> Option<usize> {
    let n = ctx.toks.len();
    let k = (0..n).find(|&t| is_open(ctx.raw(t)) || is_close(ctx.raw(t)))?;
    // (A curly closing mark, or the one straight mark of an odd count.)
    let straight = (0..n).filter(|&t| ctx.raw(t) == "\"").count();
    let closes = ctx.raw(k) == "\u{201d}" || (ctx.raw(k) == "\"" && straight % 2 == 1);
    if k < 3 || !closes {
        return None;
    }
    let last = known_names(state);
    let sp = speaker(ctx, 0, k, &last).filter(|sp| sp.named && sp.start >= ctx.end_of(k))?;
    let text = ctx.text.get(..ctx.start_of(k)).unwrap_or("").trim().trim_end_matches([',', '.', ' ']).to_string();
    if text.split_whitespace().count() < 3 {
        return None;
    }
    let speaker_actor = sp.act.map(|a| a.r.clone());
    let about = dedupe(ctx.acts.iter().filter(|a| a.end <= ctx.start_of(k)).map(|a| a.r.clone()));
    state.last_speaker = Some((sp.name.clone(), speaker_actor.clone(), ctx.s.index, actor_named(ctx, sp.act, &sp.name)));
    // ("We can change who sells us guns in five years. We cannot change who sells us gas," he
    // said: the quote opened in the sentence before, in the same paragraph; its words and its
    // evidence start at the opening mark.)
    let doc = &ctx.s.doc.text;
    let here = ctx.s.span.start;
    // (Up to 600 bytes back, from a character's start.)
    let back = (here.saturating_sub(600)..here).find(|&b| doc.is_char_boundary(b)).unwrap_or(here);
    let before = doc.get(back..here).unwrap_or("");
    // (A straight mark opens only when the paragraph so far holds an odd number of them.)
    let paragraph = before.rfind('\n').map_or(before, |n| &before[n..]);
    let opened = before.rfind(['"', '\u{201c}', '\u{201d}']).filter(|&q| {
        let mark = before[q..].chars().next().unwrap_or(' ');
        !before[q..].contains('\n') && (mark == '\u{201c}' || (mark == '"' && paragraph.matches('"').count() % 2 == 1))
    });
    let (text, start) = match opened {
        Some(q) => {
            let from = here - before.len() + q;
            let first = doc.get(from..here).unwrap_or("").trim_start_matches(['"', '\u{201c}']).trim();
            (format!("{first} {text}"), from)
        }
        None => (text, ctx.span(0, 0).start),
    };
    let mut claim = quote_claim(ctx, QuoteClaim { speaker: sp.name, speaker_actor, about, text }, (0, sp.end), 0.7, true);
    claim.evidence = realign_core::Span::new(start, claim.evidence.end);
    out.push(claim);
    Some(k)
}

/// A quote claim told at sentence offsets `span`, attributed to its speaker (`named`, or an
/// unnamed one).
fn quote_claim(ctx: &Ctx, q: QuoteClaim, span: (usize, usize), confidence: f32, named: bool) -> Extracted {
    let attribution = Attribution {
        kind: if named { AttributionKind::Named } else { AttributionKind::Unnamed },
        who: Some(q.speaker.clone()),
        actor: q.speaker_actor.clone(),
    };
    Extracted { body: ClaimBody::Quote(q), evidence: ctx.span(span.0, span.1), date: ctx.s.date, confidence, attribution: Some(attribution) }
}

/// Quote claims of the sentence.
pub(super) fn quote(ctx: &Ctx, state: &mut DocState, out: &mut Vec<Extracted>) {
    let mut i = continued_quote(ctx, state, out).map_or(0, |k| k + 1);
    let n = ctx.toks.len();
    while i < n {
        if !is_open(ctx.raw(i)) {
            i += 1;
            continue;
        }
        let qa = i;
        let mut qb = qa + 1;
        while qb < n && !is_close(ctx.raw(qb)) {
            qb += 1;
        }
        let closed = qb < n;
        let inner_end = if closed { ctx.start_of(qb) } else { ctx.text.len() };
        let inner = ctx.text.get(ctx.end_of(qa)..inner_end).unwrap_or("").trim();
        let qb_tok = if closed { qb } else { n.saturating_sub(1) };
        i = qb + 1;
        let text = inner.trim_end_matches([',', '.', ' ']).trim_start().to_string();
        let words = text.split_whitespace().count();
        let last = known_names(state);
        let sp = speaker(ctx, qa, qb_tok, &last);
        // Scare quotes ("so-called 'red lines'") carry no speaker; short phrases need one.
        let (name, act, ss, se, named, conf) = match sp {
            Some(sp) => {
                let conf = if sp.named { 0.8f32 } else { 0.7 };
                (sp.name, sp.act, sp.start, sp.end, sp.named, conf)
            }
            None => {
                // A quote standing alone right after a sentence that named a speaker.
                let whole = ctx.start_of(qa) <= 1 && words >= 4;
                let pronoun = pronoun_speaker(ctx, qa, qb_tok);
                match &state.last_speaker {
                    Some((nm, _, ix, _)) if whole && ix + 1 == ctx.s.index => (nm.clone(), None, 0, 0, true, 0.55),
                    // ("…," he wrote: a "he" is a person, not "Ethiopia's foreign ministry".)
                    Some((nm, _, ix, false)) if pronoun && ctx.s.index.saturating_sub(*ix) <= 1 && (!described(nm) || person_title(nm)) => {
                        (nm.clone(), None, 0, 0, true, 0.65)
                    }
                    // ("Sheinbaum has rejected it in public. \"…,\" she told reporters.": the
                    // person the document's "she" refers to, when no speaker was named just before.)
                    _ if pronoun && ctx.s.last_person.as_ref().is_some_and(|p| p.name.is_some()) => {
                        let p = ctx.s.last_person.as_ref().and_then(|p| p.name.clone()).unwrap_or_default();
                        (p, None, 0, 0, true, 0.6)
                    }
                    Some((nm, _, ix, false)) if pronoun && ctx.s.index.saturating_sub(*ix) <= 5 && !described(nm) => {
                        (nm.clone(), None, 0, 0, true, 0.65)
                    }
                    _ => continue,
                }
            }
        };
        if words == 0 {
            continue;
        }
        // (A researcher or analyst comments; their institution's country does not speak.)
        let speaker_actor = if commentator(&name) {
            None
        } else {
            act.map(|a| a.r.clone())
                .or_else(|| state.last_speaker.as_ref().filter(|(nm, _, _, _)| *nm == name && se == 0).and_then(|l| l.1.clone()))
                // (A surname of someone the document named: "Traoré told a rally".)
                .or_else(|| state.persons.iter().find(|p| p.name.as_deref() == Some(name.as_str())).cloned())
        };
        let about: Vec<ActorRef> = dedupe(
            ctx.acts
                .iter()
                .filter(|a| !(a.start < se && ss < a.end) && act.map_or(true, |s| s.start != a.start))
                // (The speaker's affiliation is not what the quote is about: "…," said Le Hong
                // Hiep, a researcher in Singapore.)
                // (But "…, a line widely read as a jab at Paris", "in a pointed reference to
                // Moscow" says whom it is about.)
                .filter(|a| !(se > 0 && ss >= ctx.end_of(qb_tok) && a.start >= se) || aimed_at(ctx, a))
                .map(|a| a.r.clone()),
        );
        // (A quote that names no one continues the passage: it is about what the sentence
        // before spoke of.)
        let about = if about.is_empty() && state.prev_index.is_some_and(|p| p + 1 == ctx.s.index) {
            dedupe(state.prev_actors.iter().filter(|a| a.kind != realign_core::ActorKind::Person || a.code.len() == 3).map(|a| ActorRef::state(a.code.clone())).filter(|a| a.code.len() == 3 && !matches!(a.code.as_str(), "UNK" | "NGO" | "IMG" | "IGO" | "MNC")))
        } else {
            about
        };
        // (Else it speaks of its own side: "\"This is a defensive operation,\" said Josep Borrell"
        // of the EU's mission.)
        let about = match (&speaker_actor, about.is_empty()) {
            (Some(own), true) if own.code.len() >= 2 && own.code != "UNK" => vec![if own.kind == realign_core::ActorKind::Person { ActorRef::state(own.code.clone()) } else { own.clone() }],
            _ => about,
        };
        let ev_start = ctx.start_of(qa).min(if se > 0 { ss } else { usize::MAX });
        let ev_end = ctx.end_of(qb_tok).max(se);
        if named {
            state.last_speaker = Some((name.clone(), speaker_actor.clone(), ctx.s.index, actor_named(ctx, act, &name)));
        }
        out.push(quote_claim(ctx, QuoteClaim { speaker: name, speaker_actor, about, text }, (ev_start, ev_end), conf, named));
    }
    // "President Ferdinand Marcos Jr. said his government would not be deterred": someone
    // named as saying something without quotation marks is who a following ", he said" quotes.
    if out.iter().all(|e| !matches!(e.body, ClaimBody::Quote(_))) {
        // ("Somalia's defence minister, Abdulkadir Mohamed Nur, rejected the criticism": a name in
        // apposition to the subject, whatever the verb.)
        // ("…, coast guard spokesman Jay Tarriela said.": the speaker may close the sentence.)
        let says = (0..ctx.toks.len()).rev().find_map(|st| {
            // (A name starts with a capital or "the": skip the other words cheaply.)
            if !(ctx.raw(st).starts_with(char::is_uppercase) || ctx.w(st) == "the") {
                return None;
            }
            let nm = name_at(ctx, st)?;
            let person = nm.1.map_or(true, |a| a.r.kind == realign_core::ActorKind::Person || nm.3 > a.end);
            let next = ctx.tok_at(nm.3);
            let appositive = st >= 2 && ctx.w(st - 1) == "," && ctx.w(next) == "," && nm.1.map_or(true, |a| a.r.kind == realign_core::ActorKind::Person);
            // ("Lucio Bernal, a maritime law specialist, is less sanguine. \"…,\" he said.",
            // "Paulo Rezende … sees the ambiguity as the point": someone the gazetteer does not
            // know, introduced at the opening of a sentence, is the "he" of the next quote.)
            let introduced = st == 0
                && nm.1.map_or(true, |a| a.r.kind == realign_core::ActorKind::Person)
                && (ctx.w(next) == ","
                    || matches!(ctx.w(next), "argues" | "argued" | "believes" | "thinks" | "notes" | "noted" | "warns" | "warned" | "writes" | "wrote" | "sees" | "put" | "puts" | "contends" | "cautions" | "doubts" | "agrees" | "disagrees")
                    // (A person the gazetteer knows, as the subject of any verb: "Sheinbaum has
                    // rejected it in public. \"…,\" she told reporters.")
                    || (nm.1.is_some() && ctx.raw(next).starts_with(char::is_lowercase)));
            // ("Speaking after the vote, US deputy ambassador Margaret Hollins accused Juba of…":
            // a name right after its bearer's title in lower case, as the subject of a verb.)
            let titled = st >= 1
                && SPEAKER_NOUNS.contains(&ctx.w(st - 1))
                && ctx.raw(st - 1).starts_with(char::is_lowercase)
                && nm.0.split_whitespace().count() >= 2
                && ctx.raw(next).starts_with(char::is_lowercase)
                && (ctx.w(next).ends_with("ed") || matches!(ctx.w(next), "told" | "said" | "says" | "warns" | "urges" | "accuses" | "insists"));
            (person && (appositive || introduced || titled || matches!(ctx.w(next), "said" | "says" | "told" | "tells" | "added" | "insisted" | "stressed"))).then_some(nm)
        });
        // (A credit line introduces no one who speaks: "By Daniel Okafor, UN correspondent".)
        let says = says.filter(|_| ctx.w(0) != "by");
        if let Some(nm) = says {
            state.last_speaker = Some((nm.0, nm.1.map(|a| a.r.clone()), ctx.s.index, false));
        } else if let Some(sp) = speaker_at(ctx, 0, ctx.toks.len(), &[]).filter(|sp| !sp.named && sp.act.is_some() && person_title(&sp.name)) {
            // ("Djibouti's foreign minister, speaking for the IGAD chair, said the mediators
            // would not give up": an official described by title, the "he" of the next quote.)
            let mut k = ctx.tok_at(sp.end);
            if ctx.w(k) == "," {
                k = (k + 1..(k + 10).min(ctx.toks.len())).find(|&t| ctx.w(t) == ",").map_or(k, |t| t + 1);
            }
            if matches!(ctx.w(k), "said" | "says" | "told" | "tells" | "added" | "insisted" | "stressed") {
                state.last_speaker = Some((sp.name, sp.act.map(|a| a.r.clone()), ctx.s.index, false));
            }
        }
    }
    // "X said:" with the quote in the next sentence.
    if out.iter().all(|e| !matches!(e.body, ClaimBody::Quote(_))) {
        let n = ctx.toks.len();
        if n >= 3 && ctx.w(n - 1) == ":" && SAY_VERBS.contains(&ctx.w(n - 2)) {
            let mut s = n - 2;
            while s > 0 && !ctx.is_boundary(s - 1) {
                s -= 1;
            }
            // "Ana Silva, who studies Russia, said:": the name may open the sentence.
            let appositive = ctx.w(n - 3) == "," && (s == 0 || name_at(ctx, 0).is_some());
            let from = if appositive { 0 } else { s };
            for st in from..n - 2 {
                if let Some(nm) = name_at(ctx, st) {
                    if ctx.tok_at(nm.3) == n - 2 || (appositive && st == 0 && ctx.w(ctx.tok_at(nm.3)) == ",") {
                        state.last_speaker = Some((nm.0, nm.1.map(|a| a.r.clone()), ctx.s.index, false));
                        break;
                    }
                }
            }
        }
    }
}

/// Recommendation claims of the sentence.
/// Advice told as the best course for a state: "The smartest course for Colombo would be to
/// deepen ties with Tokyo", "The logical next step is for Seoul and Tokyo to coordinate their
/// defence industries". Whether it found one.
fn course_for(ctx: &Ctx, state: &mut DocState, out: &mut Vec<Extracted>) -> bool {
    let n = ctx.toks.len();
    let Some(c) = (1..n).find(|&k| {
        matches!(ctx.w(k), "course" | "step" | "option" | "bet" | "path" | "move" | "choice" | "answer" | "strategy")
            && (k.saturating_sub(3)..k).any(|j| matches!(ctx.w(j), "smartest" | "best" | "wisest" | "wiser" | "logical" | "sensible" | "obvious" | "right" | "better" | "safest" | "prudent"))
    }) else {
        return false;
    };
    if ctx.any_word(0, c, &["if", "unless", "whether"]) {
        return false;
    }
    // "… for X would be to <verb>", "… for X is to <verb>", "… is for X to <verb>".
    // ("The logical next step, as several analysts argue, is for…": an aside before "is for".)
    let Some(f) = (c + 1..(c + 14).min(n)).find(|&k| ctx.w(k) == "for" && (k <= c + 4 || ctx.w(k - 1) == "is") && (c + 1..k).all(|j| !matches!(ctx.w(j), "." | ";"))) else {
        return false;
    };
    let Some(first) = ctx.acts.iter().position(|a| ctx.tok_at(a.start) == f + 1 || (ctx.w(f + 1) == "the" && ctx.tok_at(a.start) == f + 2)) else {
        return false;
    };
    let (_, gb) = ctx.group(first);
    let doers = &ctx.acts[first..gb.max(first + 1)];
    let after = ctx.tok_at(doers[doers.len() - 1].end);
    let verb_at = if ctx.w(after) == "to" {
        after + 1
    } else if matches!((ctx.w(after), ctx.w(after + 1), ctx.w(after + 2)), ("would", "be", "to")) {
        after + 3
    } else if matches!((ctx.w(after), ctx.w(after + 1)), ("is", "to")) {
        after + 2
    } else {
        return false;
    };
    let mut b = verb_at;
    while b < n && !matches!(ctx.w(b), ";" | "." | "?" | "!" | ",") {
        b += 1;
    }
    if b <= verb_at {
        return false;
    }
    let action = ctx.text.get(ctx.start_of(verb_at)..ctx.end_of(b - 1)).unwrap_or("").to_string();
    let actors = refs(doers.iter());
    for (k, actor) in actors.iter().enumerate() {
        // (Each doer with the others: "for Seoul and Tokyo to coordinate".)
        let mut with: Vec<ActorRef> = refs(ctx.acts_in(ctx.start_of(verb_at), ctx.end_of(b - 1)));
        with.extend(actors.iter().enumerate().filter(|(x, _)| *x != k).map(|(_, r)| r.clone()));
        with.retain(|r| r.code != actor.code && r.code.len() == 3 && r.code != "UNK");
        out.push(Extracted {
            body: ClaimBody::Recommendation(RecommendationClaim { actor: actor.clone(), action: action.clone(), with: dedupe(with) }),
            evidence: ctx.span(ctx.start_of(c), ctx.end_of(b - 1)),
            date: ctx.s.date,
            confidence: 0.7,
            attribution: None,
        });
        state.last_recommender = Some((actor.clone(), ctx.s.index));
    }
    true
}

pub(super) fn recommendation(ctx: &Ctx, state: &mut DocState, out: &mut Vec<Extracted>) {
    let n = ctx.toks.len();
    if course_for(ctx, state, out) {
        return;
    }
    for i in 0..n {
        let w = ctx.w(i);
        // ("Tehran would do better to stop expecting rescue", "would be wise to", "would be well
        // advised to": advice in the conditional.)
        let better = w == "would"
            && ((ctx.w(i + 1) == "do" && ctx.w(i + 2) == "better" && ctx.w(i + 3) == "to")
                || (ctx.w(i + 1) == "be" && ctx.w(i + 2) == "wise" && ctx.w(i + 3) == "to")
                || (ctx.w(i + 1) == "be" && ctx.w(i + 2) == "well" && ctx.w(i + 3) == "advised" && ctx.w(i + 4) == "to"));
        // ("Bishkek and Dushanbe should be encouraged to deepen…": advice all the same.)
        let encouraged = w == "should" && ctx.w(i + 1) == "be" && matches!(ctx.w(i + 2), "encouraged" | "urged" | "pressed" | "helped" | "persuaded") && ctx.w(i + 3) == "to";
        let better = better || encouraged;
        let should = w == "should"
            || better
            || (w == "ought" && ctx.w(i + 1) == "to")
            || (matches!(w, "needs" | "need") && ctx.w(i + 1) == "to");
        let continuation = matches!(w, "could" | "can" | "might");
        if !should && !continuation {
            continue;
        }
        // ("What should Seoul do? It should open a channel to Beijing": the one asked about is
        // the "it" of the answer.)
        if should && i >= 1 && matches!(ctx.w(i - 1), "what" | "how") && ctx.w(n.saturating_sub(1)) == "?" {
            if let Some(a) = ctx.acts.iter().find(|a| ctx.tok_at(a.start) == i + 1) {
                state.last_recommender = Some((a.r.clone(), ctx.s.index));
            }
            break;
        }
        // "should have" is hindsight; "should be worried/allowed" judges rather than advises.
        // ("If Washington wants a different outcome, it should…": advice after a condition
        // closed by a comma is advice all the same.)
        let cond_closed = matches!(ctx.w(0), "if" | "unless") && (1..i).any(|k| ctx.w(k) == ",") && !ctx.any_word(1, i, &["if", "unless", "whether", "when"]);
        if (ctx.any_word(0, i, &["if", "unless", "whether", "when"]) && !cond_closed) || (!better && matches!(ctx.w(i + 1), "have" | "be")) {
            continue;
        }
        let cue_start = ctx.start_of(i);
        // Subject right before the modal: "the United States should", "Washington should also".
        let mut j = i;
        // ("Havana above all should…")
        loop {
            // ("Honiara itself should publish…")
            if j > 0 && matches!(ctx.w(j - 1), "also" | "now" | "instead" | "therefore" | "still" | "then" | "thus" | "first" | "too" | "simply" | "urgently" | "clearly" | "itself" | "themselves") {
                j -= 1;
            } else if j > 1 && ctx.w(j - 1) == "all" && ctx.w(j - 2) == "above" {
                j -= 2;
            } else {
                break;
            }
        }
        // ("Washington, for its part, should…", "Canberra, he says, should…": an aside between;
        // "Rome, now the continent's most important customer in the Maghreb, should…",
        // "Washington, which still keeps embassies in all three capitals, should…": a longer one
        // that opens with a relative pronoun or an adverb.)
        if j >= 3 && ctx.w(j - 1) == "," {
            let aside = |k: usize| k > 0 && ctx.acts.iter().any(|a| a.end == ctx.end_of(k - 1));
            if let Some(k) = (j.saturating_sub(6)..j - 1).rev().find(|&k| ctx.w(k) == ",") {
                if aside(k) {
                    j = k;
                }
            } else if let Some(k) = (j.saturating_sub(16)..j - 1).rev().find(|&k| ctx.w(k) == ",") {
                if aside(k) && matches!(ctx.w(k + 1), "which" | "who" | "now" | "already" | "still" | "long" | "once" | "the" | "a" | "an" | "its" | "having") {
                    j = k;
                }
            }
        }
        let subj_end = if j > 0 { ctx.end_of(j - 1) } else { 0 };
        let mut conf = 0.8;
        let actor: Option<ActorRef> = match ctx.acts.iter().find(|a| a.end == subj_end) {
            // (Not the owner of the subject, "Russia's leaders should"; an aside after a comma may
            // hold an owner of its own.)
            Some(a) if ctx.word_before(a) != "of" && !ctx.lower.get(a.end..cue_start).unwrap_or("").split(',').next().unwrap_or("").contains("'s") => {
                if continuation {
                    // "It could engage with …" right after a "should" sentence about the same actor.
                    match &state.last_recommender {
                        Some((r, ix)) if *ix + 1 == ctx.s.index && r.code == a.r.code => {
                            conf = 0.6;
                            Some(a.r.clone())
                        }
                        _ => None,
                    }
                } else {
                    Some(a.r.clone())
                }
            }
            _ => {
                let pronoun = j == 1 && matches!(ctx.w(0), "it" | "they" | "washington");
                // ("If Washington wants…, it should": the condition's subject.)
                let cond_subject = (cond_closed && j >= 2 && matches!(ctx.w(j - 1), "it" | "they") && ctx.w(j - 2) == ",")
                    .then(|| ctx.acts.iter().find(|a| ctx.tok_at(a.start) <= 3 && ctx.subjectish(a) && !ctx.possessive(a)))
                    .flatten();
                if let Some(a) = cond_subject {
                    conf = 0.7;
                    Some(a.r.clone())
                } else {
                match &state.last_recommender {
                    Some((r, ix)) if pronoun && *ix + 1 == ctx.s.index => {
                        conf = 0.6;
                        Some(r.clone())
                    }
                    _ => None,
                }
                }
            }
        };
        let Some(actor) = actor else { continue };
        let a = if ctx.w(i) == "ought" {
            i + 2
        } else if better {
            (i + 4..i + 6).find(|&k| ctx.w(k - 1) == "to").unwrap_or(i + 4)
        } else {
            i + 1
        };
        let mut b = a;
        // (Not the point of an abbreviation: "keep U.S. force levels in Korea steady".)
        let abbreviation = |k: usize| ctx.w(k) == "." && ctx.text.get(ctx.end_of(k)..).and_then(|t| t.chars().next()).is_some_and(|c| c.is_alphanumeric() || c == ' ' && k + 1 < n && ctx.raw(k + 1).starts_with(char::is_lowercase));
        while b < n && (!matches!(ctx.w(b), ";" | "." | "?" | "!") || abbreviation(b)) {
            b += 1;
        }
        // Drop a trailing attribution: "…, analysts argue."
        if let Some(c) = (a..b).rev().find(|&c| ctx.w(c) == ",") {
            if b - c <= 6 && (c + 1..b).any(|k| SAY_VERBS.contains(&ctx.w(k))) {
                b = c;
            }
        }
        if b <= a {
            continue;
        }
        let action = ctx.text.get(ctx.start_of(a)..ctx.end_of(b - 1)).unwrap_or("").to_string();
        // With whom: actors after "with", up to an infinitive "to" or a preposition ending the list.
        let mut with: Vec<ActorRef> = Vec::new();
        if let Some(k) = (a..b).find(|&k| ctx.w(k) == "with") {
            let mut stop = k + 1;
            // ("with Southeast Asian partners condemning the deployment": a participle after the
            // partners ends them; not one that modifies them, "with neighbouring states".)
            let participle = |t: usize| t > k + 1 && ctx.w(t).len() > 5 && ctx.w(t).ends_with("ing") && !matches!(ctx.w(t - 1), "and" | "," | "the" | "a" | "an" | "its" | "their" | "other");
            while stop < b && !(ctx.w(stop) == "to" || ctx.w(stop) == "by" || ctx.w(stop) == "in" || ctx.w(stop) == ";" || participle(stop))
            {
                stop += 1;
            }
            with = refs(ctx.acts_in(ctx.end_of(k), ctx.start_of(stop)));
            // ("expand its assistance to Tajikistan, … rather than competing with the Russians":
            // the states named before a late "with" too, first.)
            // (Named ones: not "the police" told back.)
            let named: Vec<Act> = ctx.acts_in(ctx.start_of(a), ctx.start_of(k)).filter(|x| ctx.text.get(x.start..x.end).is_some_and(|t| t.starts_with(char::is_uppercase))).cloned().collect();
            let earlier = refs(&named);
            with = dedupe(earlier.into_iter().filter(|r| r.code.len() == 3 && r.code != "UNK").chain(with));
            with.retain(|r| r.code != actor.code);
        }
        // (No "with": the states the advice names, "open a channel to Beijing", "support for
        // coastal states such as Benin, Togo and Ghana".)
        if with.is_empty() {
            with = refs(ctx.acts_in(ctx.start_of(a), ctx.end_of(b - 1)));
            with.retain(|r| r.code != actor.code && r.code.len() == 3 && r.code != "UNK");
        }
        state.last_recommender = Some((actor.clone(), ctx.s.index));
        let subj_start = ctx.acts.iter().find(|x| x.end == subj_end).map_or(0, |x| x.start);
        // ("Tokyo and Seoul should deepen … cooperation with each other", "Santiago and Buenos
        // Aires would do better to coordinate their lithium policies", "Washington and Manila
        // should plan for a long standoff": advice to each state the subject lists, a course
        // taken with the others.)
        let members: Vec<ActorRef> = match ctx.acts.iter().position(|x| x.end == subj_end) {
            Some(idx) if !continuation => {
                let (ga, gb) = ctx.group(idx);
                let g = &ctx.acts[ga..gb.max(idx + 1)];
                if gb == idx + 1 && g.len() >= 2 && g.iter().all(|x| x.r.code.len() == 3 && x.r.code != "UNK" && !ctx.possessive(x)) { refs(g) } else { Vec::new() }
            }
            _ => Vec::new(),
        };
        let subjects = if members.len() >= 2 { members.clone() } else { vec![actor] };
        for actor in subjects {
            let mut with = with.clone();
            for m in &members {
                if m.code != actor.code && !with.iter().any(|w| w.code == m.code) {
                    with.push(m.clone());
                }
            }
            with.retain(|r| r.code != actor.code);
            out.push(Extracted {
                body: ClaimBody::Recommendation(RecommendationClaim { actor, action: action.clone(), with }),
                evidence: ctx.span(subj_start.min(cue_start), ctx.end_of(b - 1)),
                date: ctx.s.date,
                confidence: conf,
                attribution: None,
            });
        }
        break;
    }
}
