//! Counts and sums as news states them: "over 11,000 troops", "about US$300 million".

/// How a stated number relates to the true one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as is.
    #[default]
    Exact,
    /// "about", "around", "some", "roughly", "an estimated".
    About,
    /// "over", "more than".
    Over,
    /// "at least".
    AtLeast,
    /// "under", "fewer than", "less than".
    Under,
    /// "up to", "at most", "as many as".
    UpTo,
}

impl Qualifier {
    /// True when two stated values could describe the same true number under these qualifiers
    /// (e.g. "over 10,000" is compatible with "11,000"; "10,000" is not compatible with "11,000").
    pub fn compatible(a: (f64, Qualifier), b: (f64, Qualifier)) -> bool {
        let interval = |(v, q): (f64, Qualifier)| -> (f64, f64) {
            match q {
                Qualifier::Exact => (v * 0.995, v * 1.005),
                // (News rounds "about" figures to two significant digits, so "about 11,000"
                // is 10,450-11,550 and disagrees with another source's 12,000.)
                Qualifier::About => (v * 0.95, v * 1.05),
                Qualifier::Over => (v * 1.0001, f64::INFINITY),
                Qualifier::AtLeast => (v, f64::INFINITY),
                Qualifier::Under => (0.0, v * 0.9999),
                Qualifier::UpTo => (0.0, v),
            }
        };
        let (a0, a1) = interval(a);
        let (b0, b1) = interval(b);
        a0 <= b1 && b0 <= a1
    }
}

/// A number with its unit ("troops", "killed", "tonnes") and qualifier.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quantity {
    /// The stated value.
    pub value: f64,
    /// The unit, lower-case plural noun as the text states it (normalised: "soldiers" → "troops").
    pub unit: String,
    /// How the value relates to the truth.
    #[serde(default)]
    pub qualifier: Qualifier,
}

/// An amount of money.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Money {
    /// The amount in units of `currency` (not millions).
    pub amount: f64,
    /// ISO 4217 code ("USD", "EUR", "CNY").
    pub currency: String,
    /// How the value relates to the truth.
    #[serde(default)]
    pub qualifier: Qualifier,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compatibility_follows_qualifiers() {
        use Qualifier::*;
        assert!(!Qualifier::compatible((10_000.0, Exact), (11_000.0, Over)));
        assert!(!Qualifier::compatible((10_000.0, Exact), (11_000.0, Exact)));
        assert!(Qualifier::compatible((10_000.0, Over), (11_000.0, Exact)));
        assert!(Qualifier::compatible((10_000.0, About), (10_500.0, Exact)));
        assert!(!Qualifier::compatible((11_000.0, About), (12_000.0, Exact)));
        assert!(!Qualifier::compatible((10_000.0, About), (11_000.0, Exact)));
        assert!(Qualifier::compatible((300e6, Exact), (300e6, Exact)));
    }
}
