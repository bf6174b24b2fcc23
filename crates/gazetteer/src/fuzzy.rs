//! Misspelled names: "Ethopia", "Quatar", "Afganistan" resolve to the state they misspell.
//!
//! Wire copy and hand-typed reports misspell country names often enough that an exact matcher
//! loses real events. After the exact pass, every capitalised word of six or more letters that no
//! mention covers is compared with the single-word names and demonyms (five letters or more) of
//! the gazetteer's entities of the same first letter and a length within one: one edit (insertion, deletion, substitution
//! or swap of neighbours) away from exactly one entity's names makes a mention. Words that are
//! themselves real names one edit from a country ("Columbia", "Indiana", "Granada") are listed
//! in [`NOT_MISSPELLINGS`] and never match.

use crate::matcher::{Pat, Target};
use crate::{EntityId, Mention, MentionForm};

/// Shortest word considered: below this one edit turns too many words into names.
const MIN_LEN: usize = 6;
/// Shortest name compared ("Qatar" for "Quatar").
const MIN_NAME_LEN: usize = 5;

/// Real words and names one edit away from a country's name or demonym.
const NOT_MISSPELLINGS: &[&str] = &[
    "indiana",
    "columbia",
    "columbian",
    "granada",
    "georgina",
    "koreas",
    "kenyon",
    "marian",
    "malayan",
    "austral",
    "romans",
    "serbs",
    "iranic",
    "bolivar",
    "panamax",
    "chinese",
    "jordans",
    "cubana",
];

/// One indexed name: lower-case bytes, entity, form.
type Name = (Box<[u8]>, EntityId, MentionForm);

/// Longest word considered (longer words are never one edit from a name).
const MAX_LEN: usize = 40;

/// Single-word names and demonyms by (first letter, length): bucket `(letter - b'a') * (MAX_LEN +
/// 2) + length`.
#[derive(Debug, Default)]
pub(crate) struct Fuzzy {
    names: Vec<Vec<Name>>,
}

fn bucket(first: u8, len: usize) -> Option<usize> {
    (first.is_ascii_lowercase() && len <= MAX_LEN + 1)
        .then(|| usize::from(first - b'a') * (MAX_LEN + 2) + len)
}

impl Fuzzy {
    pub(crate) fn new(pats: &[Pat]) -> Fuzzy {
        let mut names: Vec<Vec<Name>> = vec![Vec::new(); 26 * (MAX_LEN + 2)];
        for p in pats {
            let Target::Entity(id) = p.target else {
                continue;
            };
            if !matches!(p.form, MentionForm::Name | MentionForm::Demonym) || p.exact || p.risky {
                continue;
            }
            let t = p.text.as_bytes();
            if t.len() < MIN_NAME_LEN || !t.iter().all(u8::is_ascii_alphabetic) {
                continue;
            }
            let lower: Box<[u8]> = t.to_ascii_lowercase().into();
            if let Some(b) = bucket(lower[0], lower.len()) {
                names[b].push((lower, id, p.form));
            }
        }
        Fuzzy { names }
    }

    /// Mentions for misspelled names in `text` outside the `known` mentions (sorted by start).
    pub(crate) fn find(&self, text: &str, known: &[Mention]) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut k = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Jump to the next capital letter: only capitalised words can be names.
            match bytes[i..].iter().position(u8::is_ascii_uppercase) {
                Some(p) => i += p,
                None => break,
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            // Part of a longer token ("Quatar-based" is fine, "x2Quatar" or "É…" are not words).
            let glued = (start > 0
                && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] >= 0x80))
                || (i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] >= 0x80));
            let word = &bytes[start..i];
            if glued
                || word.len() < MIN_LEN
                || !word[0].is_ascii_uppercase()
                || word[1..].iter().all(u8::is_ascii_uppercase)
            {
                continue;
            }
            while k < known.len() && known[k].end <= start {
                k += 1;
            }
            if known.get(k).is_some_and(|m| m.start < i) {
                continue;
            }
            // Longer than any name plus one: cannot be one edit away.
            if word.len() > MAX_LEN {
                continue;
            }
            let mut buf = [0u8; MAX_LEN];
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word);
            lower.make_ascii_lowercase();
            let lower = &*lower;
            if !(word.len() - 1..=word.len() + 1)
                .any(|n| bucket(lower[0], n).is_some_and(|b| !self.names[b].is_empty()))
            {
                continue;
            }
            if NOT_MISSPELLINGS.iter().any(|w| w.as_bytes() == lower) {
                continue;
            }
            // A word after a title is a person's name ("Vice President Bharrat Jagdeo"), not a
            // misspelt country.
            let prev_word = text[..start].trim_end().rsplit(' ').next().unwrap_or("").trim_end_matches('.');
            if TITLES.contains(&prev_word) {
                continue;
            }
            if let Some((id, form)) = self.best(lower) {
                out.push(Mention {
                    start,
                    end: i,
                    entity: id,
                    form,
                });
            }
        }
        out
    }

    /// The one entity whose name is one edit from `word` (none if several entities are).
    fn best(&self, word: &[u8]) -> Option<(EntityId, MentionForm)> {
        let mut found: Option<(EntityId, MentionForm)> = None;
        for len in [word.len() - 1, word.len(), word.len() + 1] {
            let Some(list) = bucket(word[0], len).and_then(|b| self.names.get(b)) else {
                continue;
            };
            for (name, id, form) in list {
                if name.as_ref() == word {
                    // An exact name the matcher turned down (a given name, a wrong case): leave it.
                    return None;
                }
                if one_edit(word, name) {
                    match found {
                        Some((other, _)) if other != *id => return None,
                        _ => found = Some((*id, *form)),
                    }
                }
            }
        }
        found
    }
}

/// Titles before a person's name.
const TITLES: &[&str] = &[
    "President", "Minister", "Premier", "Chancellor", "Secretary", "General", "Gen", "Colonel", "Col", "Admiral", "King", "Queen", "Prince",
    "Princess", "Sheikh", "Emir", "Mr", "Mrs", "Ms", "Dr", "Senator", "Sen", "Governor", "Gov", "Ambassador", "Envoy", "Mayor", "Judge",
    "Justice", "Chairman", "Speaker", "Commander", "Captain", "Capt", "Lieutenant", "Lt", "Sgt", "Major", "Maj", "Bishop", "Pope", "Cardinal",
];

/// Whether `a` and `b` differ by exactly one insertion, deletion, substitution or swap of
/// adjacent letters.
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            // At most two differing positions, and two only as a swap of neighbours.
            let mut first = None;
            let mut second = None;
            for j in 0..a.len() {
                if a[j] != b[j] {
                    if first.is_none() {
                        first = Some(j);
                    } else if second.is_none() {
                        second = Some(j);
                    } else {
                        return false;
                    }
                }
            }
            match (first, second) {
                (Some(_), None) => true,
                (Some(x), Some(y)) => y == x + 1 && a[x] == b[y] && a[y] == b[x],
                _ => false,
            }
        }
        1 => {
            let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
            short[p..] == long[p + 1..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit;

    #[test]
    fn one_edit_covers_the_four_edits_and_nothing_more() {
        assert!(one_edit(b"ethopia", b"ethiopia"));
        assert!(one_edit(b"quatar", b"qatar"));
        assert!(one_edit(b"britian", b"britain"));
        assert!(one_edit(b"colombai", b"colombia"));
        assert!(one_edit(b"syrla", b"syria"));
        assert!(!one_edit(b"syria", b"syria"));
        assert!(!one_edit(b"austria", b"australia"));
        assert!(!one_edit(b"slovakia", b"slovenia"));
    }
}
