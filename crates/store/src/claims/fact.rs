//! "Same fact" keys and value comparison for reconciliation. Pure: no SQL, no I/O.
//!
//! Two claims state the *same fact* when their [`fact_key`]s are equal. Claims of the same fact
//! whose [`FactValue`]s are [`compatible`](FactValue::compatible) corroborate each other (one stored
//! claim, several sources); incompatible values are kept side by side and flagged as a conflict.
//!
//! Keys per kind (actor codes sorted where order carries no meaning):
//! - event: PLOVER type, negation, source set, target set, date (as stated, or empty); value: magnitude
//! - alliance: party set, obligation set; value: date signed
//! - deployment: source, target; value: the troop count (with unit and qualifier)
//! - trade_share: partner, of; value: the share
//! - transfer: source, target, goods (lower-case); value: money amount and currency
//! - stance: actor, about set; value: the stance word
//! - dependence: actor, on, sphere; no value
//! - quote: speaker, quoted words (case and typography folded); no value
//! - recommendation: actor, action, with set; no value
//! - document: the document itself (never merged across documents); no value

use realign_core::{ActorRef, Claim, ClaimBody, PartialDate, Qualifier};

/// The comparable value of a claim, beside its key.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    /// The fact has no value to disagree on.
    None,
    /// A stated number.
    Number {
        /// The number.
        value: f64,
        /// How it relates to the truth.
        qualifier: Qualifier,
        /// Its unit or currency (numbers in different units are not compared).
        unit: String,
    },
    /// A categorical value (a stance word).
    Text(String),
    /// A date (alliances: when signed).
    Date(PartialDate),
}

impl FactValue {
    /// True when the two values could both be true of the same fact. A missing value is compatible
    /// with anything; numbers in different units are not compared; numbers follow
    /// [`Qualifier::compatible`]; dates are compatible when their spans overlap.
    pub fn compatible(&self, other: &FactValue) -> bool {
        match (self, other) {
            (FactValue::None, _) | (_, FactValue::None) => true,
            (
                FactValue::Number {
                    value: a,
                    qualifier: qa,
                    unit: ua,
                },
                FactValue::Number {
                    value: b,
                    qualifier: qb,
                    unit: ub,
                },
            ) => ua != ub || Qualifier::compatible((*a, *qa), (*b, *qb)),
            (FactValue::Text(a), FactValue::Text(b)) => a == b,
            (FactValue::Date(a), FactValue::Date(b)) => {
                a.earliest() <= b.latest() && b.earliest() <= a.latest()
            }
            _ => true,
        }
    }

    /// True when there is a value.
    pub fn is_some(&self) -> bool {
        !matches!(self, FactValue::None)
    }
}

fn codes(actors: &[ActorRef]) -> String {
    let mut v: Vec<&str> = actors.iter().map(|a| a.code.as_str()).collect();
    v.sort_unstable();
    v.dedup();
    v.join("+")
}

fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && space {
            continue;
        }
        space = c == ' ';
        out.extend(c.to_lowercase());
    }
    out
}

/// The "same fact" key of a claim (see the module docs for what each kind's key holds).
pub fn fact_key(c: &Claim) -> String {
    match &c.body {
        ClaimBody::Event(e) => format!(
            "event|{}|{}|{}|{}|{}",
            e.plover.label(),
            if e.negated { "not" } else { "" },
            codes(&e.source),
            codes(&e.target),
            c.date.map(|d| d.to_string()).unwrap_or_default()
        ),
        ClaimBody::Alliance(a) => {
            let mut obl: Vec<String> = a
                .obligations
                .iter()
                .map(|o| format!("{o:?}").to_lowercase())
                .collect();
            obl.sort_unstable();
            obl.dedup();
            format!("alliance|{}|{}", codes(&a.parties), obl.join("+"))
        }
        // (A deployment announced is another fact than forces there: "will deploy 80" and "has
        // 75 there" do not conflict.)
        ClaimBody::Deployment(d) => format!("deployment|{}|{}{}", d.source.code, d.target.code, if d.planned { "|planned" } else { "" }),
        // (All trade keeps the original key; a share of exports or of one good is another fact.)
        ClaimBody::TradeShare(t) if t.flow == "trade" && t.goods.is_none() => {
            format!("trade_share|{}|{}", t.partner.code, t.of.code)
        }
        ClaimBody::TradeShare(t) => format!(
            "trade_share|{}|{}|{}|{}",
            t.partner.code,
            t.of.code,
            t.flow,
            fold(t.goods.as_deref().unwrap_or(""))
        ),
        ClaimBody::Transfer(t) => format!(
            "transfer|{}|{}|{}",
            t.source.code,
            t.target.code,
            fold(&t.goods)
        ),
        ClaimBody::Stance(s) => format!("stance|{}|{}", s.actor.code, codes(&s.about)),
        ClaimBody::Dependence(d) => format!(
            "dependence|{}|{}|{}",
            d.actor.code,
            d.on.code,
            fold(&d.sphere)
        ),
        ClaimBody::Quote(q) => format!("quote|{}|{}", fold(&q.speaker), fold(&q.text)),
        ClaimBody::Recommendation(r) => {
            format!(
                "recommendation|{}|{}|{}",
                r.actor.code,
                fold(&r.action),
                codes(&r.with)
            )
        }
        ClaimBody::Document(_) => format!("document|{}", c.doc),
    }
}

/// The value a claim states for its fact.
pub fn fact_value(c: &Claim) -> FactValue {
    let q = |q: &realign_core::Quantity| FactValue::Number {
        value: q.value,
        qualifier: q.qualifier,
        unit: fold(&q.unit),
    };
    match &c.body {
        ClaimBody::Event(e) => e.magnitude.as_ref().map(q).unwrap_or(FactValue::None),
        ClaimBody::Alliance(a) => a.signed.map(FactValue::Date).unwrap_or(FactValue::None),
        ClaimBody::Deployment(d) => d.quantity.as_ref().map(q).unwrap_or(FactValue::None),
        ClaimBody::TradeShare(t) => FactValue::Number {
            value: t.share,
            qualifier: t.qualifier,
            unit: "share".into(),
        },
        ClaimBody::Transfer(t) => t
            .value
            .as_ref()
            .map(|m| FactValue::Number {
                value: m.amount,
                qualifier: m.qualifier,
                unit: m.currency.to_uppercase(),
            })
            .unwrap_or(FactValue::None),
        ClaimBody::Stance(s) => FactValue::Text(fold(&s.stance)),
        ClaimBody::Dependence(_)
        | ClaimBody::Quote(_)
        | ClaimBody::Recommendation(_)
        | ClaimBody::Document(_) => FactValue::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use realign_core::{
        AllianceClaim, Attribution, DeploymentClaim, EventClaim, Evidence, Obligation, Plover,
        Quantity, Span, StanceClaim,
    };

    fn claim(doc: &str, body: ClaimBody) -> Claim {
        Claim {
            doc: doc.into(),
            body,
            date: None,
            evidence: Evidence {
                span: Span::new(0, 1),
                sentence_span: Span::new(0, 1),
                sentence: "x".into(),
            },
            attribution: Attribution::reporter(),
            confidence: 0.9,
        }
    }

    fn deployment(doc: &str, n: f64, q: Qualifier, location: Option<&str>) -> Claim {
        claim(
            doc,
            ClaimBody::Deployment(DeploymentClaim {
                source: ActorRef::state("PRK"),
                target: ActorRef::state("RUS"),
                quantity: Some(Quantity {
                    value: n,
                    unit: "troops".into(),
                    qualifier: q,
                }),
                location: location.map(str::to_string),
                planned: false,
            }),
        )
    }

    fn share(doc: &str, value: f64, flow: &str, goods: Option<&str>) -> Claim {
        claim(
            doc,
            ClaimBody::TradeShare(realign_core::TradeShareClaim {
                partner: ActorRef::state("CHN"),
                of: ActorRef::state("AUS"),
                share: value,
                qualifier: Qualifier::Exact,
                flow: flow.into(),
                goods: goods.map(str::to_string),
            }),
        )
    }

    #[test]
    fn shares_of_exports_or_of_one_good_are_other_facts_than_shares_of_all_trade() {
        let all = share("a", 0.25, "trade", None);
        let exports = share("b", 0.33, "exports", None);
        let ore = share("c", 0.8, "exports", Some("Iron ore"));
        let ore2 = share("d", 0.6, "exports", Some("iron ore"));
        assert_ne!(fact_key(&all), fact_key(&exports));
        assert_ne!(fact_key(&exports), fact_key(&ore));
        // The same good, spelled differently, is the same fact; its two figures conflict.
        assert_eq!(fact_key(&ore), fact_key(&ore2));
        assert!(!fact_value(&ore).compatible(&fact_value(&ore2)));
        // All trade keeps the key it always had.
        assert_eq!(fact_key(&all), "trade_share|CHN|AUS");
    }

    #[test]
    fn deployments_of_the_same_forces_share_a_key_and_conflict_on_incompatible_counts() {
        let a = deployment("a", 10_000.0, Qualifier::Exact, Some("Kursk"));
        let b = deployment("b", 11_000.0, Qualifier::Over, None);
        let c = deployment("c", 10_000.0, Qualifier::About, None);
        assert_eq!(fact_key(&a), fact_key(&b));
        assert!(!fact_value(&a).compatible(&fact_value(&b)));
        assert!(fact_value(&a).compatible(&fact_value(&c)));
        let mut reverse = a.clone();
        if let ClaimBody::Deployment(d) = &mut reverse.body {
            std::mem::swap(&mut d.source, &mut d.target);
        }
        assert_ne!(fact_key(&a), fact_key(&reverse));
    }

    #[test]
    fn alliance_keys_ignore_party_order_and_date_presence() {
        let mk = |parties: [&str; 2], signed: Option<PartialDate>, obl: Obligation| {
            claim(
                "d",
                ClaimBody::Alliance(AllianceClaim {
                    parties: parties.iter().map(|p| ActorRef::state(*p)).collect(),
                    obligations: vec![obl],
                    signed,
                    in_force: None,
                    terminated: None,
                    name: None,
                }),
            )
        };
        let a = mk(["RUS", "PRK"], None, Obligation::Defense);
        let b = mk(
            ["PRK", "RUS"],
            Some(PartialDate::year(2024)),
            Obligation::Defense,
        );
        let c = mk(
            ["PRK", "RUS"],
            Some(PartialDate::year(1961)),
            Obligation::Defense,
        );
        let d = mk(["PRK", "RUS"], None, Obligation::Consultation);
        assert_eq!(fact_key(&a), fact_key(&b));
        assert!(fact_value(&a).compatible(&fact_value(&b)));
        assert!(!fact_value(&b).compatible(&fact_value(&c)));
        assert_ne!(fact_key(&a), fact_key(&d));
    }

    #[test]
    fn event_keys_separate_type_negation_and_direction() {
        let mk = |p: Plover, neg: bool, s: &str, t: &str| {
            claim(
                "d",
                ClaimBody::Event(EventClaim {
                    plover: p,
                    mode: None,
                    context: None,
                    source: vec![ActorRef::state(s)],
                    target: vec![ActorRef::state(t)],
                    related: vec![],
                    negated: neg,
                    hypothetical: false,
                    cameo: None,
                    goldstein: None,
                    quad_class: None,
                    magnitude: None,
                }),
            )
        };
        let base = fact_key(&mk(Plover::Accuse, false, "CHN", "PRK"));
        assert_eq!(base, fact_key(&mk(Plover::Accuse, false, "CHN", "PRK")));
        assert_ne!(base, fact_key(&mk(Plover::Accuse, true, "CHN", "PRK")));
        assert_ne!(base, fact_key(&mk(Plover::Accuse, false, "PRK", "CHN")));
        assert_ne!(base, fact_key(&mk(Plover::Reject, false, "CHN", "PRK")));
        let mut dated = mk(Plover::Accuse, false, "CHN", "PRK");
        dated.date = Some(PartialDate::year(2010));
        assert_ne!(base, fact_key(&dated));
    }

    #[test]
    fn stances_conflict_on_different_words_and_documents_never_merge() {
        let st = |w: &str| {
            claim(
                "d",
                ClaimBody::Stance(StanceClaim {
                    actor: ActorRef::state("CHN"),
                    stance: w.into(),
                    about: vec![],
                }),
            )
        };
        assert!(fact_value(&st("Silent")).compatible(&fact_value(&st("silent"))));
        assert!(!fact_value(&st("silent")).compatible(&fact_value(&st("supportive"))));
        let doc = |d: &str| {
            claim(
                d,
                ClaimBody::Document(realign_core::DocumentClaim {
                    author: None,
                    publisher: None,
                }),
            )
        };
        assert_ne!(fact_key(&doc("a")), fact_key(&doc("b")));
    }

    #[test]
    fn numbers_in_different_units_are_not_compared() {
        let a = FactValue::Number {
            value: 1.0,
            qualifier: Qualifier::Exact,
            unit: "usd".into(),
        };
        let b = FactValue::Number {
            value: 5.0,
            qualifier: Qualifier::Exact,
            unit: "eur".into(),
        };
        assert!(a.compatible(&b));
        assert!(FactValue::None.compatible(&a));
    }
}
