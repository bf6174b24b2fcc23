//! Dates as news states them: a year, a month, or a day.

use std::fmt;
use std::str::FromStr;

/// A date known to year, month or day precision ("2024", "June 2024", "19 June 2024").
///
/// Ordering compares the earliest day each date could be, then precision (coarser first), so
/// `2024 < 2024-06 < 2024-06-19 < 2024-07`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// Year (proleptic Gregorian; negative is allowed but unusual).
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day 1–31, when known (only with a month).
    pub day: Option<u8>,
}

/// Why a string is not a [`PartialDate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text does not look like any supported date form.
    #[error("not a date: {0:?} (expected YYYY, YYYY-MM, YYYY-MM-DD, 'June 2024' or '19 June 2024')")]
    Unrecognised(String),
    /// Month or day out of range.
    #[error("date out of range: {0:?}")]
    OutOfRange(String),
}

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
];

/// Month number (1–12) for an English month name or its usual abbreviation ("Sept.", "Jun").
pub fn month_from_name(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS.iter().position(|m| *m == w || (w.len() == 3 && m.starts_with(&w))).map(|i| i as u8 + 1)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
    }
}

impl PartialDate {
    /// A year.
    pub fn year(year: i32) -> Self {
        PartialDate { year, month: None, day: None }
    }
    /// A month of a year; `None` if the month is out of range.
    pub fn month(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate { year, month: Some(month), day: None })
    }
    /// A day; `None` if month or day is out of range.
    pub fn day(year: i32, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(PartialDate { year, month: Some(month), day: Some(day) })
    }
    /// The first day this date could be, as (year, month, day).
    pub fn earliest(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }
    /// The last day this date could be, as (year, month, day).
    pub fn latest(&self) -> (i32, u8, u8) {
        let m = self.month.unwrap_or(12);
        (self.year, m, self.day.unwrap_or_else(|| days_in_month(self.year, m)))
    }
    /// True when every day this date could be is on or before `other`'s last possible day
    /// (used for "known as of" questions: a 2024 treaty is known as of 2024-12-31, not 2024-06-01).
    pub fn certainly_on_or_before(&self, other: &PartialDate) -> bool {
        self.latest() <= other.latest()
    }
    /// Fractional year (mid-point of the span), handy for time decay.
    pub fn as_year_fraction(&self) -> f64 {
        let (y, m0, d0) = self.earliest();
        let (_, m1, d1) = self.latest();
        let doy = |m: u8, d: u8| -> f64 { (1..m).map(|k| days_in_month(y, k) as f64).sum::<f64>() + d as f64 - 1.0 };
        let len = if days_in_month(y, 2) == 29 { 366.0 } else { 365.0 };
        y as f64 + (doy(m0, d0) + doy(m1, d1) + 1.0) / 2.0 / len
    }

    /// Parses ISO forms (`2024`, `2024-06`, `2024-06-19`, `20240619`) and English prose forms
    /// (`June 2024`, `19 June 2024`, `June 19, 2024`, `Sept. 2024`).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let t = text.trim();
        let bad = || DateError::Unrecognised(text.to_string());
        let range = || DateError::OutOfRange(text.to_string());
        let num = |s: &str| -> Option<i64> {
            (!s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
        };
        // ISO and compact forms.
        if t.bytes().all(|b| b.is_ascii_digit() || b == b'-') && !t.is_empty() {
            let parts: Vec<&str> = t.split('-').collect();
            return match parts.as_slice() {
                [y] if y.len() == 8 => {
                    let (yy, mm, dd) = (num(&y[..4]), num(&y[4..6]), num(&y[6..]));
                    match (yy, mm, dd) {
                        (Some(yy), Some(mm), Some(dd)) => {
                            PartialDate::day(yy as i32, mm as u8, dd as u8).ok_or_else(range)
                        }
                        _ => Err(bad()),
                    }
                }
                [y] if y.len() <= 4 => num(y).map(|y| PartialDate::year(y as i32)).ok_or_else(bad),
                [y, m] => match (num(y), num(m)) {
                    (Some(y), Some(m)) if m <= 255 => PartialDate::month(y as i32, m as u8).ok_or_else(range),
                    _ => Err(bad()),
                },
                [y, m, d] => match (num(y), num(m), num(d)) {
                    (Some(y), Some(m), Some(d)) if m <= 255 && d <= 255 => {
                        PartialDate::day(y as i32, m as u8, d as u8).ok_or_else(range)
                    }
                    _ => Err(bad()),
                },
                _ => Err(bad()),
            };
        }
        // Prose forms.
        let words: Vec<&str> =
            t.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
        let day_num = |w: &str| -> Option<u8> {
            let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            num(w).filter(|d| (1..=31).contains(d)).map(|d| d as u8)
        };
        let year_num = |w: &str| -> Option<i32> { num(w).filter(|y| (1000..=9999).contains(y)).map(|y| y as i32) };
        match words.as_slice() {
            [m, y] => match (month_from_name(m), year_num(y)) {
                (Some(m), Some(y)) => PartialDate::month(y, m).ok_or_else(range),
                _ => Err(bad()),
            },
            [a, b, y] => {
                let y = year_num(y).ok_or_else(bad)?;
                let (m, d) = match (month_from_name(a), month_from_name(b)) {
                    (Some(m), None) => (m, day_num(b).ok_or_else(bad)?),
                    (None, Some(m)) => (m, day_num(a).ok_or_else(bad)?),
                    _ => return Err(bad()),
                };
                PartialDate::day(y, m, d).ok_or_else(range)
            }
            _ => Err(bad()),
        }
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let prec = |d: &PartialDate| d.month.is_some() as u8 + d.day.is_some() as u8;
        self.earliest().cmp(&other.earliest()).then(prec(self).cmp(&prec(other)))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    /// ISO 8601 at the known precision: `2024`, `2024-06`, `2024-06-19`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(s)
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_news_uses() {
        assert_eq!(PartialDate::parse("2024").unwrap(), PartialDate::year(2024));
        assert_eq!(PartialDate::parse("June 2024").unwrap(), PartialDate::month(2024, 6).unwrap());
        assert_eq!(PartialDate::parse("19 June 2024").unwrap(), PartialDate::day(2024, 6, 19).unwrap());
        assert_eq!(PartialDate::parse("June 19, 2024").unwrap(), PartialDate::day(2024, 6, 19).unwrap());
        assert_eq!(PartialDate::parse("Sept. 2022").unwrap(), PartialDate::month(2022, 9).unwrap());
        assert_eq!(PartialDate::parse("2024-06-19").unwrap().to_string(), "2024-06-19");
        assert_eq!(PartialDate::parse("20191024").unwrap().to_string(), "2019-10-24");
        assert_eq!(PartialDate::parse("1961").unwrap().to_string(), "1961");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(matches!(PartialDate::parse("2023-02-29"), Err(DateError::OutOfRange(_))));
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert!(matches!(PartialDate::parse("Juneteenth"), Err(DateError::Unrecognised(_))));
        assert!(PartialDate::parse("").is_err());
        assert!(PartialDate::parse("99999999999999").is_err());
    }

    #[test]
    fn orders_by_earliest_day_then_precision() {
        let y = PartialDate::year(2024);
        let m = PartialDate::month(2024, 6).unwrap();
        let d = PartialDate::day(2024, 6, 19).unwrap();
        let later = PartialDate::month(2024, 7).unwrap();
        assert!(y < m && m < d && d < later);
        assert!(m.certainly_on_or_before(&PartialDate::day(2024, 6, 30).unwrap()));
        assert!(!y.certainly_on_or_before(&PartialDate::day(2024, 6, 30).unwrap()));
    }

    #[test]
    fn year_fraction_is_mid_span() {
        let y = PartialDate::year(2023).as_year_fraction();
        assert!((y - 2023.5).abs() < 0.01, "{y}");
        let d = PartialDate::day(2023, 1, 1).unwrap().as_year_fraction();
        assert!((d - 2023.0).abs() < 0.01, "{d}");
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(s in ".{0,40}") {
            let _ = PartialDate::parse(&s);
        }
        #[test]
        fn display_round_trips(y in 1000i32..3000, m in 1u8..=12, d in 1u8..=28) {
            let date = PartialDate::day(y, m, d).unwrap();
            proptest::prop_assert_eq!(PartialDate::parse(&date.to_string()).unwrap(), date);
        }
    }
}
