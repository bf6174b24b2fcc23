//! Claims: what a document asserts, with where it says so and on whose word.

use crate::{ActorRef, DocId, Money, PartialDate, Plover, QuadClass, Quantity, Span};

/// One assertion taken from one document: an event or a structural fact, its evidence span,
/// who asserts it, and how sure the reader is.
///
/// Serialised flat, with a `kind` tag and the body's fields beside the common ones, e.g.
/// `{"doc": "…", "kind": "deployment", "source": {…}, "target": {…}, "quantity": {…}, "evidence": {…}, …}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Claim {
    /// The document the claim comes from.
    pub doc: DocId,
    /// What is claimed.
    #[serde(flatten)]
    pub body: ClaimBody,
    /// When the claimed thing happened or took effect, if stated (else the document date may apply).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Where the document says it.
    pub evidence: Evidence,
    /// On whose word.
    pub attribution: Attribution,
    /// The reader's confidence that the claim is read correctly, 0–1.
    pub confidence: f32,
}

impl Claim {
    /// The claim's kind.
    pub fn kind(&self) -> ClaimKind {
        self.body.kind()
    }
    /// A one-line summary for people: "deployment PRK → RUS: 12000 troops (about) in Kursk".
    pub fn summary(&self) -> String {
        let list = |v: &[ActorRef]| v.iter().map(|a| a.code.as_str()).collect::<Vec<_>>().join("+");
        let qty = |q: &crate::Quantity| {
            let qual = match q.qualifier {
                crate::Qualifier::Exact => String::new(),
                other => format!(" ({})", serde_plain(&other)),
            };
            format!("{} {}{}", q.value, q.unit, qual)
        };
        match &self.body {
            ClaimBody::Event(e) => format!(
                "event {}{}{} {}{}{}",
                if e.negated { "NOT " } else { "" },
                e.plover,
                e.mode.as_deref().map(|m| format!("/{m}")).unwrap_or_default(),
                // (A joint act aimed at each other, the same states on both sides: "RUS ↔ PRK".)
                if e.is_mutual() {
                    e.source.iter().map(|a| a.code.as_str()).collect::<Vec<_>>().join(" ↔ ")
                } else {
                    format!("{} → {}", list(&e.source), if e.target.is_empty() { "-".to_string() } else { list(&e.target) })
                },
                if e.hypothetical { " (hypothetical)" } else { "" },
                e.cameo.as_deref().map(|c| format!(" [CAMEO {c}]")).unwrap_or_default(),
            ),
            ClaimBody::Alliance(a) => format!(
                "alliance {} ({}){}{}",
                list(&a.parties),
                a.obligations.iter().map(serde_plain).collect::<Vec<_>>().join(", "),
                a.signed.map(|d| format!(" signed {d}")).unwrap_or_default(),
                match (a.terminated, a.in_force) {
                    (Some(d), _) => format!(", ended {d}"),
                    (None, Some(true)) => ", in force".to_string(),
                    (None, Some(false)) => ", no longer in force".to_string(),
                    (None, None) => String::new(),
                }
            ),
            ClaimBody::Deployment(d) => format!(
                "deployment {} → {}{}{}",
                d.source.code,
                d.target.code,
                d.quantity.as_ref().map(|q| format!(": {}", qty(q))).unwrap_or_default(),
                d.location.as_deref().map(|l| format!(" in {l}")).unwrap_or_default()
            ),
            ClaimBody::TradeShare(t) => {
                format!("trade share: {} is {:.0}% of {}'s {}", t.partner.code, t.share * 100.0, t.of.code, t.flow_label())
            }
            ClaimBody::Transfer(t) => format!(
                "transfer {} → {}: {}{}",
                t.source.code,
                t.target.code,
                t.goods,
                t.value.as_ref().map(|m| format!(", {} {}", m.amount, m.currency)).unwrap_or_default()
            ),
            ClaimBody::Stance(s) => format!("stance {} {} on {}", s.actor.code, s.stance, list(&s.about)),
            ClaimBody::Dependence(d) => format!("dependence {} on {} ({})", d.actor.code, d.on.code, d.sphere),
            ClaimBody::Quote(q) => format!("quote {}: \"{}\"", q.speaker, q.text),
            ClaimBody::Recommendation(r) => format!("recommendation {} should {} with {}", r.actor.code, r.action, list(&r.with)),
            ClaimBody::Document(d) => format!(
                "document by {} in {}",
                d.author.as_deref().unwrap_or("?"),
                d.publisher.as_deref().unwrap_or("?")
            ),
        }
    }

    /// Every actor code the claim mentions, in order of appearance in the body, deduplicated.
    pub fn actor_codes(&self) -> Vec<&str> {
        let refs: Vec<&ActorRef> = match &self.body {
            ClaimBody::Event(e) => e.source.iter().chain(&e.target).chain(&e.related).collect(),
            ClaimBody::Alliance(a) => a.parties.iter().collect(),
            ClaimBody::Deployment(d) => vec![&d.source, &d.target],
            ClaimBody::TradeShare(t) => vec![&t.partner, &t.of],
            ClaimBody::Transfer(t) => vec![&t.source, &t.target],
            ClaimBody::Stance(s) => std::iter::once(&s.actor).chain(&s.about).collect(),
            ClaimBody::Dependence(d) => vec![&d.actor, &d.on],
            ClaimBody::Quote(q) => q.speaker_actor.iter().chain(&q.about).collect(),
            ClaimBody::Recommendation(r) => std::iter::once(&r.actor).chain(&r.with).collect(),
            ClaimBody::Document(_) => Vec::new(),
        };
        let mut out: Vec<&str> = Vec::new();
        for a in refs {
            if !out.contains(&a.code.as_str()) {
                out.push(a.code.as_str());
            }
        }
        out
    }
}

/// A unit-like enum's serde name ("about", "defense").
fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The kinds of claim, for filtering and display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Something an actor did, said or refused to do (PLOVER-coded).
    Event,
    /// A treaty or alliance and its obligations.
    Alliance,
    /// Troops of one state stationed or fighting in another.
    Deployment,
    /// One state's share of another's trade.
    TradeShare,
    /// Goods or money moving from one actor to another.
    Transfer,
    /// A recorded position, including silence.
    Stance,
    /// A statement that one actor depends on another.
    Dependence,
    /// A direct quotation.
    Quote,
    /// Advice: an actor should do something.
    Recommendation,
    /// Facts about the document itself (author, publisher).
    Document,
}

impl ClaimKind {
    /// All kinds.
    pub const ALL: [ClaimKind; 10] = [
        ClaimKind::Event,
        ClaimKind::Alliance,
        ClaimKind::Deployment,
        ClaimKind::TradeShare,
        ClaimKind::Transfer,
        ClaimKind::Stance,
        ClaimKind::Dependence,
        ClaimKind::Quote,
        ClaimKind::Recommendation,
        ClaimKind::Document,
    ];
    /// The snake_case label used in JSON and on the command line.
    pub fn label(&self) -> &'static str {
        match self {
            ClaimKind::Event => "event",
            ClaimKind::Alliance => "alliance",
            ClaimKind::Deployment => "deployment",
            ClaimKind::TradeShare => "trade_share",
            ClaimKind::Transfer => "transfer",
            ClaimKind::Stance => "stance",
            ClaimKind::Dependence => "dependence",
            ClaimKind::Quote => "quote",
            ClaimKind::Recommendation => "recommendation",
            ClaimKind::Document => "document",
        }
    }
    /// Parses a label (as [`ClaimKind::label`] prints it).
    pub fn from_label(s: &str) -> Option<ClaimKind> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        ClaimKind::ALL.iter().copied().find(|k| k.label() == s)
    }
}

/// What a claim asserts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClaimBody {
    /// See [`EventClaim`].
    Event(EventClaim),
    /// See [`AllianceClaim`].
    Alliance(AllianceClaim),
    /// See [`DeploymentClaim`].
    Deployment(DeploymentClaim),
    /// See [`TradeShareClaim`].
    TradeShare(TradeShareClaim),
    /// See [`TransferClaim`].
    Transfer(TransferClaim),
    /// See [`StanceClaim`].
    Stance(StanceClaim),
    /// See [`DependenceClaim`].
    Dependence(DependenceClaim),
    /// See [`QuoteClaim`].
    Quote(QuoteClaim),
    /// See [`RecommendationClaim`].
    Recommendation(RecommendationClaim),
    /// See [`DocumentClaim`].
    Document(DocumentClaim),
}

impl ClaimBody {
    /// The kind of this body.
    pub fn kind(&self) -> ClaimKind {
        match self {
            ClaimBody::Event(_) => ClaimKind::Event,
            ClaimBody::Alliance(_) => ClaimKind::Alliance,
            ClaimBody::Deployment(_) => ClaimKind::Deployment,
            ClaimBody::TradeShare(_) => ClaimKind::TradeShare,
            ClaimBody::Transfer(_) => ClaimKind::Transfer,
            ClaimBody::Stance(_) => ClaimKind::Stance,
            ClaimBody::Dependence(_) => ClaimKind::Dependence,
            ClaimBody::Quote(_) => ClaimKind::Quote,
            ClaimBody::Recommendation(_) => ClaimKind::Recommendation,
            ClaimBody::Document(_) => ClaimKind::Document,
        }
    }
}

/// An event in PLOVER terms, with its CAMEO mapping where one exists.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventClaim {
    /// PLOVER event type.
    pub plover: Plover,
    /// PLOVER mode (how): "visit", "military", "aerial"…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// PLOVER context (why), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Who acts (compound actors have several).
    pub source: Vec<ActorRef>,
    /// Who is acted upon (may be empty: PLOVER targets are optional).
    #[serde(default)]
    pub target: Vec<ActorRef>,
    /// Other actors the event concerns (e.g. the beneficiary of threatened weapons).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<ActorRef>,
    /// True for refusals and things explicitly not done ("refused to condemn").
    #[serde(default)]
    pub negated: bool,
    /// True for what would/could/should happen rather than what did.
    #[serde(default)]
    pub hypothetical: bool,
    /// CAMEO code, zero-padded string ("0211", "190"), where the event maps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// GDELT Goldstein value of the CAMEO code (a property of the type, not of this event).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<f64>,
    /// QuadClass of the event type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quad_class: Option<QuadClass>,
    /// Magnitude (dead, injured, size), when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub magnitude: Option<Quantity>,
}

impl EventClaim {
    /// An act of `source` on `target` of type `plover`, with nothing else known: no mode,
    /// context, CAMEO code or magnitude, not negated, not hypothetical.
    pub fn new(plover: Plover, source: Vec<ActorRef>, target: Vec<ActorRef>) -> Self {
        EventClaim {
            plover,
            mode: None,
            context: None,
            source,
            target,
            related: Vec::new(),
            negated: false,
            hypothetical: false,
            cameo: None,
            goldstein: None,
            quad_class: None,
            magnitude: None,
        }
    }

    /// Whether the act is a joint act of two or more parties aimed at each other ("Japan and the
    /// Philippines signed a pact"): the same parties on both sides.
    pub fn is_mutual(&self) -> bool {
        self.source.len() >= 2 && self.source == self.target
    }
}

/// An alliance obligation, in ATOP terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Obligation {
    /// Come to the ally's defence if attacked.
    Defense,
    /// Join the ally's offensive action.
    Offense,
    /// Stay out of a conflict involving the ally.
    Neutrality,
    /// Do not attack the ally.
    Nonaggression,
    /// Consult in a crisis.
    Consultation,
}

impl Obligation {
    /// Parses ATOP-ish words: "defense"/"defence"/"mutual defence", "non-aggression"…
    pub fn from_word(w: &str) -> Option<Obligation> {
        let w = w.trim().to_ascii_lowercase().replace(['-', ' ', '_'], "");
        Some(match w.as_str() {
            "defense" | "defence" | "mutualdefense" | "mutualdefence" => Obligation::Defense,
            "offense" | "offence" => Obligation::Offense,
            "neutrality" | "neutral" => Obligation::Neutrality,
            "nonaggression" | "nonagg" => Obligation::Nonaggression,
            "consultation" | "consult" | "consul" => Obligation::Consultation,
            _ => return None,
        })
    }
}

/// A treaty or alliance.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllianceClaim {
    /// Member states.
    pub parties: Vec<ActorRef>,
    /// Obligations, in ATOP terms.
    pub obligations: Vec<Obligation>,
    /// Date signed, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<PartialDate>,
    /// Whether the text says it is still in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force: Option<bool>,
    /// When it ended (expiry, withdrawal, dissolution), when known: a World after that date no
    /// longer holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminated: Option<PartialDate>,
    /// The treaty's name, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Troops of `source` in `target`'s territory (or fighting alongside it).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentClaim {
    /// The sending state.
    pub source: ActorRef,
    /// The host state.
    pub target: ActorRef,
    /// How many, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
    /// Where, when stated ("Kursk").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Announced for the future and not yet made ("Spain will deploy 80 officers to
    /// Mauritania"): a plan, kept apart from forces already there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
}

/// `partner` accounts for `share` (0–1) of the trade of `of`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TradeShareClaim {
    /// The trading partner.
    pub partner: ActorRef,
    /// Whose trade.
    pub of: ActorRef,
    /// Fraction 0–1.
    pub share: f64,
    /// How the value relates to the truth.
    #[serde(default)]
    pub qualifier: crate::Qualifier,
    /// Which flow the share is of: `trade` (all trade, the default), `exports` (`partner` buys
    /// that share of `of`'s exports) or `imports` (`partner` supplies that share of `of`'s
    /// imports).
    #[serde(default = "all_trade")]
    pub flow: String,
    /// The goods, when the share is of one kind ("weapons", "gas").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods: Option<String>,
}

fn all_trade() -> String {
    "trade".to_string()
}

impl TradeShareClaim {
    /// What the share is of, for people: "trade", "exports", "imports of weapons".
    pub fn flow_label(&self) -> String {
        match &self.goods {
            Some(g) if self.flow == "imports" || self.flow == "exports" => format!("{} of {g}", self.flow),
            Some(g) => format!("{} ({g})", self.flow),
            None => self.flow.clone(),
        }
    }
}

/// Goods or money moving from `source` to `target`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransferClaim {
    /// Supplier.
    pub source: ActorRef,
    /// Recipient.
    pub target: ActorRef,
    /// What ("dual-use materials", "artillery shells").
    pub goods: String,
    /// Value, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Money>,
    /// Quantity in units, when stated ("1 million shells").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
}

/// A recorded position, including silence and refusal to take one.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StanceClaim {
    /// Whose stance.
    pub actor: ActorRef,
    /// "silent", "neutral", "supportive", "opposed", "concerned", "uneasy"…
    pub stance: String,
    /// About whom/what.
    #[serde(default)]
    pub about: Vec<ActorRef>,
}

/// `actor` depends on `on` in a sphere.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DependenceClaim {
    /// The dependent actor.
    pub actor: ActorRef,
    /// The actor depended upon.
    pub on: ActorRef,
    /// "economic", "military", "energy", "arms", "diplomatic".
    pub sphere: String,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QuoteClaim {
    /// The speaker as named ("Victor Cha").
    pub speaker: String,
    /// The speaker resolved to an actor, when possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_actor: Option<ActorRef>,
    /// Actors the quote is about.
    #[serde(default)]
    pub about: Vec<ActorRef>,
    /// The quoted words.
    pub text: String,
}

/// Advice: `actor` should do `action` with `with`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RecommendationClaim {
    /// Who should act.
    pub actor: ActorRef,
    /// What they should do, as stated.
    pub action: String,
    /// With whom.
    #[serde(default)]
    pub with: Vec<ActorRef>,
}

/// Facts about the document itself.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DocumentClaim {
    /// Author, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publisher, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

/// Where in a document a claim is stated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Evidence {
    /// The words that carry the claim (byte offsets into the document's normalised text).
    pub span: Span,
    /// The whole sentence containing them (for a quote that runs over several sentences, the
    /// passage from its opening mark to the end of the sentence naming its speaker).
    pub sentence_span: Span,
    /// The sentence's (or passage's) text (a copy, so a claim can be shown without its
    /// document).
    pub sentence: String,
}

/// Who stands behind a claim, apart from who published it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// The document's own voice.
    Reporter,
    /// A named person or body ("South Korea's spy agency said", a quoted expert).
    Named,
    /// An unnamed source: "reportedly", "according to reports", "officials said".
    Unnamed,
}

/// Who asserts a claim.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Attribution {
    /// Reporter, named or unnamed source.
    pub kind: AttributionKind,
    /// The source as named ("Victor Cha", "South Korean intelligence"), for `Named`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// The source resolved to an actor, when possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<ActorRef>,
}

impl Attribution {
    /// The document's own voice.
    pub fn reporter() -> Self {
        Attribution { kind: AttributionKind::Reporter, who: None, actor: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Qualifier, Quantity};

    fn sample() -> Claim {
        Claim {
            doc: "abc".into(),
            body: ClaimBody::Deployment(DeploymentClaim {
                source: ActorRef::state("PRK"),
                target: ActorRef::state("RUS"),
                quantity: Some(Quantity { value: 12000.0, unit: "troops".into(), qualifier: Qualifier::About }),
                location: Some("Kursk".into()),
                planned: false,
            }),
            date: None,
            evidence: Evidence { span: Span::new(0, 10), sentence_span: Span::new(0, 20), sentence: "x".into() },
            attribution: Attribution { kind: AttributionKind::Unnamed, who: None, actor: None },
            confidence: 0.8,
        }
    }

    #[test]
    fn claims_serialise_flat_with_a_kind_tag_and_round_trip() {
        let c = sample();
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(v["kind"], "deployment");
        assert_eq!(v["source"]["code"], "PRK");
        assert_eq!(v["quantity"]["qualifier"], "about");
        let back: Claim = serde_json::from_value(v).unwrap();
        assert_eq!(back, c);
        assert_eq!(c.actor_codes(), vec!["PRK", "RUS"]);
        assert_eq!(c.summary(), "deployment PRK → RUS: 12000 troops (about) in Kursk");
    }

    #[test]
    fn a_joint_act_aimed_at_each_other_reads_both_ways() {
        let ev = |source: &[&str], target: &[&str]| {
            let mut c = sample();
            c.body = ClaimBody::Event(EventClaim::new(
                crate::Plover::Support,
                source.iter().map(|s| ActorRef::state(*s)).collect(),
                target.iter().map(|s| ActorRef::state(*s)).collect(),
            ));
            c.summary()
        };
        assert_eq!(ev(&["RUS", "PRK"], &["RUS", "PRK"]), "event SUPPORT RUS ↔ PRK");
        assert_eq!(ev(&["JPN", "KOR"], &["PRK"]), "event SUPPORT JPN+KOR → PRK");
        assert_eq!(ev(&["EGY"], &[]), "event SUPPORT EGY → -");
    }

    #[test]
    fn kinds_parse_from_their_labels() {
        for k in ClaimKind::ALL {
            assert_eq!(ClaimKind::from_label(k.label()), Some(k));
        }
        assert_eq!(ClaimKind::from_label("trade-share"), Some(ClaimKind::TradeShare));
        assert_eq!(Obligation::from_word("mutual defence"), Some(Obligation::Defense));
        assert_eq!(Obligation::from_word("non-aggression"), Some(Obligation::Nonaggression));
    }
}
