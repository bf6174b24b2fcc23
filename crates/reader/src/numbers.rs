//! Numbers as news prose states them: cardinals ("11,000", "10 000", "forty-six", "a dozen"),
//! scaled sums ("US$300 million", "$1.2bn", "2 trillion yuan"), shares ("90 per cent",
//! "nine-tenths"), their qualifiers ("over", "at least", "an estimated") and dates
//! ("in 1961", "in June 2024", "on 19 June 2024").
//!
//! Everything works on a token list from [`tokenize`]; offsets are byte offsets into the text
//! handed in (the caller adds the sentence's document offset). Nothing here allocates per token
//! beyond the token vector, and nothing can panic on arbitrary input.

use realign_core::{month_from_name, PartialDate, Qualifier};

/// A word, number or punctuation mark: `[start, end)` bytes of the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Tok {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Splits text into tokens: runs of letters/digits (keeping inner `-`, `'`, and `,`/`.` between
/// digits, so "forty-six", "North Korea's", "11,000" and "1.2bn" are one token each); every other
/// non-space character is a token of its own.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_alphanumeric() || c >= 0x80 && is_word_char(text, i) {
            let start = i;
            loop {
                // advance over one char
                i += char_len(b, i);
                if i >= b.len() {
                    break;
                }
                let d = b[i];
                if d.is_ascii_alphanumeric() || d >= 0x80 && is_word_char(text, i) {
                    continue;
                }
                let next_alnum = b.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric());
                let prev_digit = b[i - 1].is_ascii_digit();
                let next_digit = b.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                if (d == b'-' || d == b'\'') && next_alnum && b[i - 1].is_ascii_alphanumeric() {
                    continue;
                }
                if (d == b',' || d == b'.') && prev_digit && next_digit {
                    continue;
                }
                break;
            }
            out.push(Tok { start, end: i });
        } else {
            let l = char_len(b, i);
            out.push(Tok { start: i, end: i + l });
            i += l;
        }
    }
    out
}

fn char_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(&c) if c < 0x80 => 1,
        Some(&c) if c >= 0xF0 => 4,
        Some(&c) if c >= 0xE0 => 3,
        Some(_) => 2,
        None => 1,
    }
    .min(b.len().saturating_sub(i).max(1))
}

fn is_word_char(text: &str, i: usize) -> bool {
    text.get(i..).and_then(|s| s.chars().next()).is_some_and(|c| c.is_alphanumeric())
}

/// A short word, ASCII-lower-cased on the stack (empty when longer than 24 bytes: no keyword is).
#[derive(Clone, Copy)]
pub(crate) struct Low {
    buf: [u8; 24],
    len: usize,
}

impl Low {
    /// Lower-cases `w`.
    pub fn new(w: &str) -> Low {
        let mut buf = [0u8; 24];
        let b = w.as_bytes();
        if b.len() > buf.len() {
            return Low { buf, len: 0 };
        }
        for (d, c) in buf.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        Low { buf, len: b.len() }
    }
    /// The lower-cased text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.buf.get(..self.len).unwrap_or(&[])).unwrap_or("")
    }
}

/// What a number measures.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NumKind {
    /// A plain count ("11,000 troops", "four").
    Count,
    /// Money, with its ISO 4217 currency code.
    Money(&'static str),
    /// A share 0–1 ("90 per cent", "nine-tenths").
    Share,
}

/// A number found in text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Num {
    /// The value (shares as fractions, money in currency units, not millions).
    pub value: f64,
    /// What it measures.
    pub kind: NumKind,
    /// How the stated value relates to the truth.
    pub qualifier: Qualifier,
    /// Bytes covered, including qualifier, currency sign and scale word.
    pub start: usize,
    /// One past the last byte covered.
    pub end: usize,
    /// Index of the first token after the number (and its scale/currency/percent words).
    pub next_tok: usize,
    /// Index of the first token of the number itself (after any qualifier or currency sign).
    pub first_tok: usize,
}

fn word_value(w: &str) -> Option<f64> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    let low = Low::new(w);
    let w = low.as_str();
    if let Some(i) = SMALL.iter().position(|s| *s == w) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|s| *s == w) {
        return Some(20.0 + 10.0 * i as f64);
    }
    if let Some((a, b)) = w.split_once('-') {
        let t = TENS.iter().position(|s| *s == a)?;
        let u = SMALL.iter().position(|s| *s == b).filter(|u| (1..10).contains(u))?;
        return Some(20.0 + 10.0 * t as f64 + u as f64);
    }
    None
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match Low::new(w).as_str() {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "millions" | "mn" | "mln" => 1e6,
        "billion" | "billions" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// Value of a fraction word: "half", "third", "two-thirds", "nine-tenths", "three-quarters".
fn fraction_word(w: &str, prev: Option<&str>) -> Option<f64> {
    let low = Low::new(w);
    let w = low.as_str();
    let denom = |d: &str| -> Option<f64> {
        Some(match d {
            "half" | "halves" => 2.0,
            "third" | "thirds" => 3.0,
            "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
            "fifth" | "fifths" => 5.0,
            "tenth" | "tenths" => 10.0,
            _ => return None,
        })
    };
    if let Some((n, d)) = w.split_once('-') {
        let n = word_value(n)?;
        return Some(n / denom(d)?);
    }
    let d = denom(w)?;
    match prev.map(Low::new) {
        Some(p) if p.as_str() == "a" || p.as_str() == "one" => Some(1.0 / d),
        _ if w == "half" => Some(0.5),
        _ => None,
    }
}

/// Parses a numeric token: "11,000", "1.2", "300m", "1.2bn", "5k".
fn numeric_token(t: &str) -> Option<(f64, f64)> {
    let digits_end = t.bytes().position(|c| !(c.is_ascii_digit() || c == b',' || c == b'.')).unwrap_or(t.len());
    let (num, suffix) = t.split_at(digits_end);
    if num.is_empty() || !num.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    // Commas are thousands separators only in groups of three.
    let mut parts = num.split(',');
    let first = parts.next().unwrap_or("");
    let mut clean = String::with_capacity(num.len());
    clean.push_str(first);
    for p in parts {
        let int_part = p.split('.').next().unwrap_or("");
        if int_part.len() != 3 {
            return None;
        }
        clean.push_str(p);
    }
    let v: f64 = clean.parse().ok()?;
    // "11,000-12,000": the upper bound (the caller marks it as one); "11,000-strong": the number.
    if let Some(rest) = suffix.strip_prefix('-') {
        if rest.eq_ignore_ascii_case("strong") {
            return Some((v, 1.0));
        }
        return numeric_token(rest);
    }
    let scale = match Low::new(suffix).as_str() {
        "" => 1.0,
        "k" => 1e3,
        "m" | "mn" | "mln" => 1e6,
        "b" | "bn" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        "s" if v >= 1000.0 => return None, // "1990s"
        _ => return None,
    };
    Some((v, scale))
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match Low::new(w).as_str() {
        "dollars" | "dollar" | "usd" => "USD",
        "euros" | "euro" | "eur" => "EUR",
        "yuan" | "renminbi" | "rmb" | "cny" => "CNY",
        "yen" | "jpy" => "JPY",
        "won" | "krw" => "KRW",
        "rubles" | "roubles" | "ruble" | "rouble" | "rub" => "RUB",
        "pounds" | "gbp" => "GBP",
        "rupees" | "inr" => "INR",
        "hryvnias" | "hryvnia" | "uah" => "UAH",
        "riyals" | "riyal" | "sar" => "SAR",
        "dirhams" | "dirham" | "aed" => "AED",
        "lira" | "liras" => "TRY",
        "naira" | "ngn" => "NGN",
        "kronor" | "krona" | "sek" => "SEK",
        "zloty" | "zlotys" | "pln" => "PLN",
        "rand" | "zar" => "ZAR",
        "shekels" | "shekel" | "ils" => "ILS",
        "rupiah" | "idr" => "IDR",
        "ringgit" | "myr" => "MYR",
        "baht" | "thb" => "THB",
        "reais" | "brl" => "BRL",
        "forint" | "forints" | "huf" => "HUF",
        "tenge" | "kzt" => "KZT",
        // ("NOK 135 billion": the ISO code; "kroner" alone may be Norway's or Denmark's.)
        "nok" => "NOK",
        "dkk" => "DKK",
        "chf" => "CHF",
        // (ISO codes of dollars and others written before the sum: "CAD 12.6 million".)
        "cad" => "CAD",
        "aud" => "AUD",
        "nzd" => "NZD",
        "hkd" => "HKD",
        "sgd" => "SGD",
        "twd" => "TWD",
        "mxn" => "MXN",
        "egp" => "EGP",
        "pkr" => "PKR",
        "bdt" => "BDT",
        "vnd" => "VND",
        "php" => "PHP",
        "qar" => "QAR",
        "kwd" => "KWD",
        _ => return None,
    })
}

fn currency_sign(prefix: Option<&str>, sign: &str) -> Option<&'static str> {
    Some(match (prefix.map(|p| p.to_ascii_uppercase()), sign) {
        (Some(p), "$") if p == "A" || p == "AU" => "AUD",
        (Some(p), "$") if p == "C" || p == "CA" => "CAD",
        (Some(p), "$") if p == "HK" => "HKD",
        (Some(p), "$") if p == "S" || p == "SG" => "SGD",
        (Some(p), "$") if p == "NT" => "TWD",
        (Some(p), "$") if p == "NZ" => "NZD",
        (Some(p), "$") if p == "R" => "BRL",
        (Some(p), "$") if p == "MX" => "MXN",
        (_, "$") => "USD",
        (_, "€") => "EUR",
        (_, "£") => "GBP",
        // ("CN¥" and "RMB¥" are the yuan; a bare "¥" in English news is the yen, the yuan being
        // written "yuan" or "RMB".)
        (Some(p), "¥") if p == "CN" || p == "RMB" => "CNY",
        (_, "¥") => "JPY",
        (_, "₩") => "KRW",
        (_, "₽") => "RUB",
        (_, "₹") => "INR",
        _ => return None,
    })
}

/// Qualifier words ending just before token `i`: returns the qualifier and the index of its
/// first token.
fn qualifier_before(text: &str, toks: &[Tok], i: usize) -> (Qualifier, usize) {
    let w = |k: usize| -> String { toks.get(k).map(|t| t.text(text).to_ascii_lowercase()).unwrap_or_default() };
    if i >= 2 {
        let two = format!("{} {}", w(i - 2), w(i - 1));
        let q = match two.as_str() {
            "more than" | "greater than" | "upward of" | "upwards of" => Some(Qualifier::Over),
            "at least" | "no fewer" | "no less" => Some(Qualifier::AtLeast),
            "up to" | "at most" | "as many" => Some(Qualifier::UpTo),
            "fewer than" | "less than" => Some(Qualifier::Under),
            "close to" | "an estimated" | "an approximate" => Some(Qualifier::About),
            _ => None,
        };
        if let Some(q) = q {
            return (q, i - 2);
        }
        if two == "as much" || (w(i - 1) == "as" && w(i - 2) == "many") {
            return (Qualifier::UpTo, i - 2);
        }
    }
    if i >= 3 && w(i - 1) == "of" && w(i - 2) == "excess" && w(i - 3) == "in" {
        return (Qualifier::Over, i - 3);
    }
    if i >= 3 && w(i - 1) == "as" && (w(i - 2) == "many" || w(i - 2) == "much") && w(i - 3) == "as" {
        return (Qualifier::UpTo, i - 3);
    }
    if i >= 1 {
        let q = match w(i - 1).as_str() {
            "over" | "above" | "exceeding" => Some(Qualifier::Over),
            "about" | "around" | "some" | "roughly" | "approximately" | "approx" | "circa" | "estimated" => {
                Some(Qualifier::About)
            }
            "nearly" | "almost" | "under" | "below" => Some(Qualifier::Under),
            _ => None,
        };
        if let Some(q) = q {
            let start = if w(i - 1) == "estimated" && i >= 2 && (w(i - 2) == "an" || w(i - 2) == "some") {
                i - 2
            } else {
                i - 1
            };
            return (q, start);
        }
    }
    (Qualifier::Exact, i)
}

fn lower(text: &str, t: Option<&Tok>) -> Low {
    Low::new(t.map(|t| t.text(text)).unwrap_or(""))
}

/// Every number in the text, in order. Years that [`find_dates`] reads as dates are included as
/// counts; callers that care drop numbers overlapping a date.
/// Whether a quantity's unit is a currency code ("USD", "EUR"): a sum of money, not a count.
pub(crate) fn is_money(q: &realign_core::Quantity) -> bool {
    q.unit.len() == 3 && q.unit.chars().all(|c| c.is_ascii_uppercase())
}

pub(crate) fn find_numbers(text: &str, toks: &[Tok]) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match number_at(text, toks, i) {
            Some(n) => {
                i = n.next_tok.max(i + 1);
                out.push(n);
            }
            None => i += 1,
        }
    }
    out
}

/// The number starting at token `i` (its first token may be a currency sign), if any.
fn number_at(text: &str, toks: &[Tok], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    let s = t.text(text);
    let mut currency: Option<&'static str> = None;
    let mut j = i;
    let mut lead = i; // first token of the whole expression before the qualifier
                      // Currency sign, possibly glued to a prefix: "US$", "A$", "HK$".
    if let Some(c) = currency_sign(None, s) {
        let prefix = if i > 0 && toks[i - 1].end == t.start { Some(toks[i - 1].text(text)) } else { None };
        let prefix_ok = prefix.is_some_and(|p| {
            matches!(p.to_ascii_uppercase().as_str(), "US" | "A" | "AU" | "C" | "CA" | "HK" | "S" | "SG" | "NT" | "NZ" | "R" | "MX" | "CN" | "RMB")
        });
        currency = currency_sign(if prefix_ok { prefix } else { None }, s).or(Some(c));
        if prefix_ok {
            lead = i - 1;
        }
        j = i + 1;
    } else if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) && toks.get(i + 1).is_some_and(|n| n.text(text).starts_with(|c: char| c.is_ascii_digit())) {
        // "NOK 135 billion", "USD 5 million": the ISO code before the figure.
        currency = Some(currency_word(s)?);
        j = i + 1;
    }
    let first_tok = j;
    let tok = toks.get(j)?;
    let word = tok.text(text);
    // Fast reject: only digits and the first letters of number and fraction words can start one.
    let b0 = word.as_bytes().first().copied().unwrap_or(b' ').to_ascii_lowercase();
    if !(b0.is_ascii_digit() || b"zotfsenhqad".contains(&b0)) || word.len() > 24 {
        return None;
    }
    let (mut value, mut scale) = if let Some((v, sc)) = numeric_token(word) {
        (v, sc)
    } else if let Some(v) = word_value(word) {
        (v, 1.0)
    } else if word.eq_ignore_ascii_case("dozen") && j > 0 && lower(text, toks.get(j - 1)).as_str() == "a" {
        lead = lead.min(j - 1);
        (12.0, 1.0)
    } else if let Some(f) = fraction_word(word, j.checked_sub(1).and_then(|k| toks.get(k)).map(|t| t.text(text))) {
        if currency.is_some() {
            return None;
        }
        if !word.contains('-') && word != "half" {
            lead = lead.min(j.saturating_sub(1));
        }
        let (q, qs) = qualifier_before(text, toks, lead);
        return Some(Num {
            value: f,
            kind: NumKind::Share,
            qualifier: q,
            start: toks.get(qs).map_or(tok.start, |t| t.start),
            end: tok.end,
            next_tok: j + 1,
            first_tok,
        });
    } else if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("one") {
        // "a million", "a thousand"
        match toks.get(j + 1).and_then(|n| scale_word(n.text(text))) {
            Some(_) => (1.0, 1.0),
            None => return None,
        }
    } else {
        return None;
    };
    let mut k = j + 1;
    // "10 000": a digit group followed by a three-digit group, one space apart.
    if scale == 1.0 && word.bytes().all(|c| c.is_ascii_digit()) && word.len() <= 3 {
        while let Some(n) = toks.get(k) {
            let nt = n.text(text);
            let gap = text.get(toks[k - 1].end..n.start) == Some(" ");
            if gap && nt.len() == 3 && nt.bytes().all(|c| c.is_ascii_digit()) {
                value = value * 1000.0 + nt.parse::<f64>().unwrap_or(0.0);
                k += 1;
            } else {
                break;
            }
        }
    }
    // "forty-six thousand", "two hundred", "1.2 billion", "a dozen".
    while let Some(sc) = toks.get(k).and_then(|n| scale_word(n.text(text))) {
        scale *= sc;
        k += 1;
    }
    // "dozen" after a number word: "two dozen".
    if lower(text, toks.get(k)).as_str() == "dozen" && scale == 1.0 {
        value *= 12.0;
        k += 1;
    }
    value *= scale;
    // ("¥65.6 billion" is 65,600,000,000, not 65,599,999,999.99999: a scaled figure is whole.)
    if scale >= 1000.0 {
        value = value.round();
    }
    // Currency after: "300 million dollars", "2 trillion yuan", "US dollars".
    if currency.is_none() {
        let low = lower(text, toks.get(k));
        let w = low.as_str();
        if (w == "us" || w == "u.s") && lower(text, toks.get(k + 1)).as_str() == "dollars" {
            currency = Some("USD");
            k += 2;
        } else if let Some(c) = currency_word(w) {
            currency = Some(c);
            k += 1;
        } else if let Some(c) = toks.get(k).and_then(|n| currency_sign(None, n.text(text))) {
            // "300 €" is rare; accept only "€" glued after the number
            if toks.get(k).is_some_and(|n| n.start == toks[k - 1].end) {
                currency = Some(c);
                k += 1;
            }
        }
    }
    let mut kind = match currency {
        Some(c) => NumKind::Money(c),
        None => NumKind::Count,
    };
    // Percentages.
    if currency.is_none() {
        let low = lower(text, toks.get(k));
        let w = low.as_str();
        if w == "%" || w == "percent" || w == "pc" {
            kind = NumKind::Share;
            value /= 100.0;
            k += 1;
        } else if w == "per" && lower(text, toks.get(k + 1)).as_str() == "cent" {
            kind = NumKind::Share;
            value /= 100.0;
            k += 2;
        }
    }
    if !value.is_finite() {
        return None;
    }
    let (mut q, qs) = qualifier_before(text, toks, lead);
    let ranged = word.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && word.split_once('-').is_some_and(|(_, r)| r.as_bytes().first().is_some_and(u8::is_ascii_digit));
    if ranged {
        q = Qualifier::UpTo;
    }
    let start = toks.get(qs).map_or(t.start, |t| t.start);
    let end = toks.get(k - 1).map_or(tok.end, |t| t.end);
    Some(Num { value, kind, qualifier: q, start, end, next_tok: k, first_tok })
}

/// A date found in text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DateMatch {
    /// The date.
    pub date: PartialDate,
    /// First byte (of the date words, not the preposition).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()))
        .then(|| w.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

fn day_of(w: &str) -> Option<u8> {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest = &w[d.len()..];
    if !matches!(Low::new(rest).as_str(), "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    d.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

pub(crate) fn month_of(w: &str) -> Option<u8> {
    // "May" and "March" are also ordinary words; callers require a year or day beside them.
    if w.len() < 3 || w.len() > 9 || !matches!(w.as_bytes()[0], b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D') {
        return None;
    }
    month_from_name(w)
}

/// Whether "May" is the month, not the modal: written capitalised after a sentence's first word,
/// or before a number ("In May 2024", "on 9 May", "May 2025 saw"). `word` is the word as written,
/// `opens` whether it opens the sentence, `next` the text after it.
pub(crate) fn may_is_month(word: &str, opens: bool, next: &str) -> bool {
    word == "May" && (!opens || next.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Every date in the text: "19 June 2024", "June 19, 2024", "June 2024", "2024-06-19", and bare
/// years after a preposition ("in 1961", "since 2014") or before a treaty word ("the 1961 treaty").
pub(crate) fn find_dates(text: &str, toks: &[Tok]) -> Vec<DateMatch> {
    let mut out = Vec::new();
    let w = |k: usize| toks.get(k).map(|t| t.text(text)).unwrap_or("");
    let mut i = 0;
    while i < toks.len() {
        let a = w(i);
        // ISO date token: tokenizer keeps "2024-06-19" as one token (hyphen between digits).
        if a.len() == 10 && a.as_bytes().get(4) == Some(&b'-') {
            if let Ok(d) = PartialDate::parse(a) {
                out.push(DateMatch { date: d, start: toks[i].start, end: toks[i].end });
                i += 1;
                continue;
            }
        }
        // D Month YYYY / D Month
        if let (Some(d), Some(m)) = (day_of(a), month_of(w(i + 1))) {
            if let Some(y) = year_of(w(i + 2)) {
                if let Some(pd) = PartialDate::day(y, m, d) {
                    out.push(DateMatch { date: pd, start: toks[i].start, end: toks[i + 2].end });
                    i += 3;
                    continue;
                }
            }
        }
        if let Some(m) = month_of(a) {
            // Month D, YYYY
            if let Some(d) = day_of(w(i + 1)) {
                let yi = if w(i + 2) == "," { i + 3 } else { i + 2 };
                if let Some(y) = year_of(w(yi)) {
                    if let Some(pd) = PartialDate::day(y, m, d) {
                        out.push(DateMatch { date: pd, start: toks[i].start, end: toks[yi].end });
                        i = yi + 1;
                        continue;
                    }
                }
            }
            // Month YYYY
            if let Some(y) = year_of(w(i + 1)) {
                if let Some(pd) = PartialDate::month(y, m) {
                    out.push(DateMatch { date: pd, start: toks[i].start, end: toks[i + 1].end });
                    i += 2;
                    continue;
                }
            }
        }
        if let Some(y) = year_of(a) {
            let prev = if i > 0 { w(i - 1).to_ascii_lowercase() } else { String::new() };
            let prev2 = if i > 1 { w(i - 2).to_ascii_lowercase() } else { String::new() };
            let next = w(i + 1).to_ascii_lowercase();
            let after_prep = |p: &str| {
                matches!(
                    p,
                    "in" | "since" | "from" | "by" | "until" | "till" | "of" | "before" | "after" | "during" | "to"
                )
            };
            let ok = after_prep(&prev)
                || (matches!(prev.as_str(), "early" | "late" | "mid" | "mid-") && after_prep(&prev2))
                || matches!(next.as_str(), "treaty" | "pact" | "agreement" | "accord" | "alliance" | "deal")
                || i == 0 && next == ",";
            if ok {
                out.push(DateMatch { date: PartialDate::year(y), start: toks[i].start, end: toks[i].end });
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(s: &str) -> Vec<Num> {
        find_numbers(s, &tokenize(s))
    }

    fn one(s: &str) -> Num {
        let n = nums(s);
        assert_eq!(n.len(), 1, "{s}: {n:?}");
        n.into_iter().next().unwrap()
    }

    #[test]
    fn cardinals_with_separators_and_words() {
        assert_eq!(one("over 11,000 troops").value, 11_000.0);
        assert_eq!(one("over 11,000 troops").qualifier, Qualifier::Over);
        assert_eq!(one("some 10 000 soldiers").value, 10_000.0);
        assert_eq!(one("some 10 000 soldiers").qualifier, Qualifier::About);
        assert_eq!(one("killed four civilians").value, 4.0);
        assert_eq!(one("killed forty-six sailors").value, 46.0);
        assert_eq!(one("a dozen drones").value, 12.0);
        assert_eq!(one("at least 300 people").qualifier, Qualifier::AtLeast);
        assert_eq!(one("up to 5,000 workers").qualifier, Qualifier::UpTo);
        assert_eq!(one("an estimated 2,500 fighters").qualifier, Qualifier::About);
        assert_eq!(one("nearly 800 shells").qualifier, Qualifier::Under);
        assert_eq!(one("more than 1.5 million shells").value, 1_500_000.0);
        let r = one("some 11,000-12,000 soldiers");
        assert_eq!((r.value, r.qualifier), (12_000.0, Qualifier::UpTo));
        assert_eq!(one("an 11,000-strong force").value, 11_000.0);
        assert!(nums("a 1990s-era tank").is_empty());
    }

    #[test]
    fn money_with_scales_and_currencies() {
        let n = one("exported US$300 million worth of goods");
        assert_eq!((n.value, n.kind.clone()), (300e6, NumKind::Money("USD")));
        assert_eq!(one("a $1.2bn loan").value, 1.2e9);
        assert_eq!(one("a $1.2bn loan").kind, NumKind::Money("USD"));
        assert_eq!(one("300 million dollars").kind, NumKind::Money("USD"));
        assert_eq!(one("€5 billion in aid").kind, NumKind::Money("EUR"));
        assert_eq!(one("€5 billion in aid").value, 5e9);
        let y = one("2 trillion yuan of bonds");
        assert_eq!((y.value, y.kind), (2e12, NumKind::Money("CNY")));
        assert_eq!(one("about HK$40m").kind, NumKind::Money("HKD"));
        assert_eq!(one("a ¥65.6 billion concessional loan").kind, NumKind::Money("JPY"));
        assert_eq!(one("an additional CAD 12.6 million").kind, NumKind::Money("CAD"));
        assert_eq!(one("AUD 500 million in aid").kind, NumKind::Money("AUD"));
        assert_eq!(one("a ¥65.6 billion concessional loan").value, 65_600_000_000.0);
        assert_eq!(one("CN¥20bn in credit").kind, NumKind::Money("CNY"));
        assert_eq!(one("a package worth 1.2 billion kronor").kind, NumKind::Money("SEK"));
        // The ISO code before the figure; "THE 5" is no currency.
        let n = one("a further NOK 135 billion");
        assert_eq!((n.kind, n.value), (NumKind::Money("NOK"), 135e9));
        assert_eq!(one("a grant of DKK 4.3bn").kind, NumKind::Money("DKK"));
        assert_eq!(one("THE 5 ships").kind, NumKind::Count);
        assert_eq!(one("4.5 billion zlotys").kind, NumKind::Money("PLN"));
        assert_eq!(one("about HK$40m").value, 40e6);
    }

    #[test]
    fn shares() {
        assert!((one("accounts for 90 per cent of trade").value - 0.9).abs() < 1e-9);
        assert!((one("roughly 35% of its imports").value - 0.35).abs() < 1e-9);
        assert_eq!(one("roughly 35% of its imports").kind, NumKind::Share);
        assert!((one("nine-tenths of its oil").value - 0.9).abs() < 1e-9);
        assert!((one("a third of its grain").value - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(one("half of the country").kind, NumKind::Share);
    }

    #[test]
    fn not_numbers() {
        assert!(nums("the 1990s were calm").is_empty());
        assert!(nums("someone said a word").is_empty());
        assert!(nums("").is_empty());
        // "1,00" is not a thousands-separated number
        assert!(nums("1,00 units").is_empty());
    }

    #[test]
    fn dates() {
        let f = |s: &str| find_dates(s, &tokenize(s)).into_iter().map(|d| d.date.to_string()).collect::<Vec<_>>();
        assert_eq!(f("signed a treaty in 1961 that remains"), vec!["1961"]);
        assert_eq!(f("met in June 2024 in Pyongyang"), vec!["2024-06"]);
        assert_eq!(f("on 19 June 2024, the two leaders"), vec!["2024-06-19"]);
        assert_eq!(f("on June 19, 2024, the two leaders"), vec!["2024-06-19"]);
        assert_eq!(f("the 1953 armistice and the 2018 pact"), vec!["2018"]);
        assert!(f("sent 2000 troops").is_empty());
        assert!(f("they may meet in March").is_empty());
    }

    #[test]
    fn tokenizer_keeps_inner_marks() {
        let s = "North Korea's 11,000-strong force, US$1.2bn.";
        let t: Vec<&str> = tokenize(s).iter().map(|t| t.text(s)).collect();
        assert_eq!(t, vec!["North", "Korea's", "11,000-strong", "force", ",", "US", "$", "1.2bn", "."]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in ["$", "US$", "€€", "1,", ",1", "ü$3", "a-", "9999999999999999999999999 troops", "— 5 –"] {
            let _ = nums(s);
            let _ = find_dates(s, &tokenize(s));
        }
    }
}
