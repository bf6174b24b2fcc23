//! Claims in words: a one-line description of what a claim says, as `realign claims`, `show`,
//! `conflicts` and the web page print it ("deployment PRK → RUS: over 11000 troops in Kursk").

use crate::{ActorRef, Claim, ClaimBody, Qualifier, Quantity};

fn actor(a: &ActorRef) -> String {
    match &a.name {
        Some(n) => format!("{} ({n})", a.code),
        None => a.code.clone(),
    }
}

fn actors(list: &[ActorRef]) -> String {
    if list.is_empty() {
        "-".into()
    } else {
        list.iter().map(actor).collect::<Vec<_>>().join("+")
    }
}

fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::About => "about ",
        Qualifier::Over => "over ",
        Qualifier::AtLeast => "at least ",
        Qualifier::Under => "under ",
        Qualifier::UpTo => "up to ",
    }
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn quantity(q: &Quantity) -> String {
    format!("{}{} {}", qualifier(q.qualifier), number(q.value), q.unit)
}

/// A one-line description of what a claim says ("deployment PRK→RUS over 11000 troops in Kursk").
pub fn describe(c: &Claim) -> String {
    let mut s = match &c.body {
        ClaimBody::Event(e) => {
            // (A joint act aimed at each other, source and target the same states: "RUS ↔ PRK".)
            let mut s = if e.is_mutual() {
                format!("event {}{} {}", if e.negated { "NOT " } else { "" }, e.plover, e.source.iter().map(actor).collect::<Vec<_>>().join(" ↔ "))
            } else {
                format!("event {}{} {} → {}", if e.negated { "NOT " } else { "" }, e.plover, actors(&e.source), actors(&e.target))
            };
            if let Some(m) = &e.mode {
                s += &format!(" ({m})");
            }
            if let Some(q) = &e.magnitude {
                s += &format!(", {}", quantity(q));
            }
            if e.hypothetical {
                s += " [hypothetical]";
            }
            s
        }
        ClaimBody::Alliance(a) => {
            let obl: Vec<String> = a
                .obligations
                .iter()
                .map(|o| format!("{o:?}").to_lowercase())
                .collect();
            let mut s = format!("alliance {} ({})", actors(&a.parties), obl.join(", "));
            if let Some(d) = a.signed {
                s += &format!(" signed {d}");
            }
            if let Some(d) = a.terminated {
                s += &format!(", ended {d}");
            } else if a.in_force == Some(true) {
                s += ", in force";
            }
            s
        }
        ClaimBody::Deployment(d) => {
            let mut s = format!("{} {} → {}", if d.planned { "planned deployment" } else { "deployment" }, actor(&d.source), actor(&d.target));
            if let Some(q) = &d.quantity {
                s += &format!(": {}", quantity(q));
            }
            if let Some(l) = &d.location {
                s += &format!(" in {l}");
            }
            s
        }
        ClaimBody::TradeShare(t) => format!(
            "trade share: {} is {}{}% of {}'s {}",
            actor(&t.partner),
            qualifier(t.qualifier),
            number((t.share * 1000.0).round() / 10.0),
            actor(&t.of),
            t.flow_label()
        ),
        ClaimBody::Transfer(t) => {
            let mut s = format!(
                "transfer {} → {}: {}",
                actor(&t.source),
                actor(&t.target),
                t.goods
            );
            if let Some(m) = &t.value {
                s += &format!(
                    ", {}{} {}",
                    qualifier(m.qualifier),
                    number(m.amount),
                    m.currency
                );
            }
            if let Some(q) = &t.quantity {
                s += &format!(", {}", quantity(q));
            }
            s
        }
        ClaimBody::Stance(st) => format!(
            "stance {} {} about {}",
            actor(&st.actor),
            st.stance,
            actors(&st.about)
        ),
        ClaimBody::Dependence(d) => format!(
            "dependence {} on {} ({})",
            actor(&d.actor),
            actor(&d.on),
            d.sphere
        ),
        ClaimBody::Quote(q) => format!("quote {}: \"{}\"", q.speaker, q.text),
        ClaimBody::Recommendation(r) => {
            format!(
                "recommendation {} should {} with {}",
                actor(&r.actor),
                r.action,
                actors(&r.with)
            )
        }
        ClaimBody::Document(d) => format!(
            "document by {} published by {}",
            d.author.as_deref().unwrap_or("?"),
            d.publisher.as_deref().unwrap_or("?")
        ),
    };
    if let Some(d) = c.date {
        s += &format!(" [{d}]");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Attribution, EventClaim, Evidence, Plover, Span};

    fn event(source: &[&str], target: &[&str]) -> Claim {
        Claim {
            doc: "d".into(),
            body: ClaimBody::Event(EventClaim::new(
                Plover::Consult,
                source.iter().map(|s| ActorRef::state(*s)).collect(),
                target.iter().map(|s| ActorRef::state(*s)).collect(),
            )),
            date: None,
            evidence: Evidence { span: Span::new(0, 1), sentence_span: Span::new(0, 1), sentence: "x".into() },
            attribution: Attribution::reporter(),
            confidence: 0.8,
        }
    }

    #[test]
    fn a_joint_act_aimed_at_each_other_is_described_both_ways() {
        assert_eq!(describe(&event(&["JPN", "PHL"], &["JPN", "PHL"])), "event CONSULT JPN ↔ PHL");
        assert_eq!(describe(&event(&["JPN", "PHL"], &["CHN"])), "event CONSULT JPN+PHL → CHN");
    }
}
