//! Sentence segmentation that survives abbreviations ("U.S.", "Mr.", "No. 2", "Jan. 5"),
//! decimals, quotes, headlines and bullet lists.

use realign_core::{PartialDate, Span};

/// Words after which a period does not end a sentence (compared lower-case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep", "gov",
    "pres", "amb", "rev", "st", "no", "nos", "vol", "fig", "inc", "corp", "ltd", "co", "jr", "sr", "vs", "etc", "al",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept",
    "univ", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "mt", "ft",
];

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '▪' | '‣' | '●' | '·' | '*' | '-')
}

/// The text past a leading day's name and its comma ("Tuesday, 14 January 2025").
fn skip_weekday(t: &str) -> &str {
    let t = t.trim_start();
    match t.split_once(',') {
        Some((day, rest)) if WEEKDAYS.iter().any(|w| day.trim().trim_end_matches('.').eq_ignore_ascii_case(w)) => rest,
        _ => t,
    }
}

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"];

/// A dateline's place: one to four capitalised words without digits, no day's name ("MEXICO
/// CITY", "Dhaka"; not "June 19", not "Tuesday").
fn place_like(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit()))
        && !WEEKDAYS.iter().any(|d| place.trim().eq_ignore_ascii_case(d))
}

/// The byte range of the place in a dated dateline at a story's top ("MEXICO CITY, 12 April 2024",
/// "Dhaka, Tuesday, 14 January 2025 | Vol. XIV"), looked for in the lines [`dateline_date`]
/// reads: where the story was filed, so its state is the story's home and the place no actor.
pub(crate) fn dateline_place(text: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        seen += 1;
        if seen > 4 {
            break;
        }
        if let (Some(_), Some((place, _))) = (line_date(t), t.split_once(',')) {
            if place_like(place) && parse_free(place) {
                let lead = line.len() - line.trim_start().len();
                return Some((start + lead, start + lead + place.len()));
            }
        }
    }
    None
}

/// True when `place` is no date's own words ("June 19, 2024" splits at its comma too).
fn parse_free(place: &str) -> bool {
    PartialDate::parse(place).is_err() && !place.split_whitespace().any(|w| realign_core::month_from_name(w).is_some())
}

/// Where a wire dateline opening `sentence` ends ("ABUJA, Jan 29 (Reuters) - ", "NEW DELHI -- ",
/// "Kyiv (AP) — "): the byte offset just past its dash, or `None` when the sentence opens with
/// none. A dateline is a capitalised place (all capitals, or followed by an agency in
/// parentheses), an optional short date and agency, then a dash.
/// The end of an item's own dateline at the start of a paragraph in a digest of several stories
/// ("5. COLOMBO: The Sri Lankan navy…", "GEORGETOWN: Six Guyanese soldiers…"): an optional item
/// number, a place in capitals (one to four words), a colon. The offset just past the colon.
pub(crate) fn item_dateline_end(sentence: &str) -> Option<usize> {
    let head = sentence.get(..sentence.len().min(60))?;
    let colon = head.find(": ")?;
    let prefix = head[..colon].trim_start();
    // (The item's number: "5.", "5)".)
    let place = match prefix.split_once(' ') {
        Some((n, rest)) if n.trim_end_matches(['.', ')']).chars().all(|c| c.is_ascii_digit()) && n.len() > 1 => rest,
        _ => prefix,
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let caps = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '/' | '\'' | '.'));
    ((1..=4).contains(&words.len()) && words.iter().all(caps) && place.len() >= 4).then_some(colon + 2)
}

pub(crate) fn dateline_end(sentence: &str) -> Option<usize> {
    let head = sentence.get(..sentence.len().min(80))?;
    let (dash, width) = [" - ", " -- ", " \u{2014} ", " \u{2013} "]
        .iter()
        .filter_map(|d| head.find(d).map(|p| (p, d.len())))
        .min()?;
    let prefix = &head[..dash];
    let (place, rest) = prefix.split_once(',').unwrap_or((prefix, ""));
    let agency = prefix.contains('(') && prefix.ends_with(')');
    let place = place.split('(').next().unwrap_or("").trim();
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let capitalised = words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let capitals = words.iter().all(|w| w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)) && place.len() >= 3;
    // (After the place: a date such as "Jan 29" or "May 7, 2025" and the agency, nothing more.)
    let date_like = rest.split('(').next().unwrap_or("").split_whitespace().count() <= 3;
    (capitalised && (capitals || agency) && date_like).then_some(dash + width)
}

/// The date a story gives itself at its top: in a wire dateline ("SEOUL, Nov. 14, 2024 - …",
/// "KYIV, 3 March 2025 (Reuters) - …"), a place-and-date opening ("Ankara, 3 March 2025. Turkey…")
/// or a line that is only a date, perhaps after "Published" or "Updated"; looked for in the first
/// four non-empty lines (headline, byline, dateline). Only a date with its year counts ("Jan 29"
/// alone is not one). This is the document's date when its metadata gives none, so that what it
/// reports sits at its time in a World.
pub fn dateline_date(text: &str) -> Option<PartialDate> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).take(4).find_map(line_date)
}

fn line_date(line: &str) -> Option<PartialDate> {
    let parse = |t: &str| PartialDate::parse(t.trim().trim_end_matches(['.', ',', ':', ';'])).ok();
    // A line that is a date ("Tuesday, 14 January 2025" too).
    let bare = ["Published", "Updated", "Posted", "Dated", "Date"]
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .map(|r| r.trim_start_matches([':', ' ']))
        .unwrap_or(line);
    if let Some(d) = parse(skip_weekday(bare)).filter(|d| d.month.is_some()) {
        return Some(d);
    }
    // "Place, <date>" then a dash, an agency or a full stop: the date's words end at its year.
    let (place, rest) = line.split_once(',')?;
    if !place_like(place) {
        return None;
    }
    // ("Dhaka, Tuesday, 14 January 2025": past the day's name.)
    let date_words: Vec<&str> = skip_weekday(rest).split_whitespace().take(4).collect();
    let year_at = date_words.iter().position(|w| {
        let y = w.trim_end_matches(['.', ',', ':']);
        y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
    })?;
    parse(&date_words[..=year_at].join(" ")).filter(|d| d.month.is_some())
}

/// Sentence spans of `text`, in order. Every line break that ends a paragraph, headline or
/// bullet ends a sentence; within a line, `.`, `!` and `?` end one unless they close an
/// abbreviation, an initial or a number. Bullet markers and surrounding white space are not
/// part of a sentence.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        split_line(text, line_start, line_end, &mut out);
        line_start = line_end;
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(s) = text.get(start..end) else { return };
    let lead = s.len() - s.trim_start_matches(|c: char| c.is_whitespace() || is_bullet(c)).len();
    let trail = s.len() - s.trim_end().len();
    // A lone "-" list marker is trimmed, a leading minus sign in "-5" is not worth a special case.
    if start + lead < end - trail {
        out.push(Span::new(start + lead, end - trail));
    }
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(line) = text.get(start..end) else { return };
    let bytes = line.as_bytes();
    let mut sent_start = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Swallow runs of terminators and closing quotes/brackets.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | b'}') {
                j += 1;
            }
            let at_end = j >= bytes.len() || bytes[j..].iter().all(|c| c.is_ascii_whitespace());
            let followed_by_space = j < bytes.len() && bytes[j].is_ascii_whitespace();
            if at_end || (followed_by_space && ends_sentence(line, sent_start, i, j)) {
                push_trimmed(text, start + sent_start, start + j, out);
                sent_start = j;
                i = j;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start + sent_start, start + bytes.len(), out);
}

/// Does the terminator at `dot` (with closers up to `after`) end the sentence?
fn ends_sentence(line: &str, sent_start: usize, dot: usize, after: usize) -> bool {
    let bytes = line.as_bytes();
    if bytes[dot] != b'.' {
        return next_starts_sentence(line, after);
    }
    // The word before the period.
    let before = &line[sent_start..dot];
    // Past the separator's own width: Unicode white space (NEL, ideographic space) is multi-byte.
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map(|(p, c)| p + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    let lower = word.to_ascii_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    if ABBREVIATIONS.contains(&lower) {
        // "U.S." at the end of a clause followed by a capitalised word is ambiguous; treat titles
        // and month names as never ending, and "U.S."-like forms as ending only before "The"-like starts.
        let dotted = lower.contains('.');
        if !dotted {
            return false;
        }
        return next_word_is_sentence_opener(line, after);
    }
    // Initials: "J. Smith", "U.S": a single letter before the dot.
    if word.chars().count() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    // Dotted acronyms not in the list ("D.C.", "N.Y."): end only before an obvious opener.
    if word.len() >= 3 && word.chars().filter(|c| *c == '.').count() >= 1 && word.chars().all(|c| c.is_ascii_alphabetic() || c == '.') {
        return next_word_is_sentence_opener(line, after);
    }
    next_starts_sentence(line, after)
}

fn next_starts_sentence(line: &str, after: usize) -> bool {
    let rest = line[after..].trim_start();
    match rest.chars().next() {
        None => true,
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '(' | '[' | '•'),
    }
}

fn next_word_is_sentence_opener(line: &str, after: usize) -> bool {
    let rest = line[after..].trim_start();
    let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(
        w.as_str(),
        "The" | "A" | "An" | "It" | "He" | "She" | "They" | "We" | "I" | "In" | "On" | "But" | "This" | "That" | "These"
            | "Those" | "Its" | "His" | "Her" | "Their" | "However" | "Meanwhile" | "Analysts" | "Officials"
    )
}

/// The turns of an interview or a briefing's transcript set out as questions and answers: the
/// byte offset of each line opening with "Q:" or "A:" (or "Q." / "A."), or with a speaker's label
/// in capitals ("Q (wire agency):", "QUESTION:", "MR. PRICE:", "REAR ADMIRAL JUAN CRUZ (navy
/// spokesperson):"), and whether it is an answer. Empty unless the text has at least two of each.
pub(crate) fn interview_turns(text: &str) -> Vec<(usize, bool)> {
    let mut turns = Vec::new();
    let mut speakers: Vec<String> = Vec::new();
    let mut at = 0usize;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        let lead = line.len() - t.len();
        match t.get(..2) {
            Some("Q:" | "Q.") => turns.push((at + lead, false)),
            Some("A:" | "A.") if t.get(2..3) == Some(" ") => turns.push((at + lead, true)),
            _ => {
                if let Some(answer) = speaker_label(t, &mut speakers) {
                    turns.push((at + lead, answer));
                }
            }
        }
        at += line.len();
    }
    let answers = turns.iter().filter(|(_, a)| *a).count();
    if answers < 2 || turns.len() - answers < 2 {
        turns.clear();
    }
    turns
}

/// Whether `line` opens with a transcript's speaker label in capitals, and if so whether the
/// speaker answers: "Q (local broadcaster):", "QUESTION:" and "MODERATOR:" ask; "MS. LEE:",
/// "COMMODORE RAMON ESPIRITU (PCG spokesperson):" and a surname seen in an earlier label
/// ("ESPIRITU:") answer. `speakers` holds the last words of the labels seen so far. A heading of
/// one word ("TRANSCRIPT:", "UPDATE:") or a known kind of note ("EDITOR'S NOTE:") is no speaker.
fn speaker_label(line: &str, speakers: &mut Vec<String>) -> Option<bool> {
    let colon = line.get(..line.len().min(90))?.find(':')?;
    let label = line[..colon].trim_end();
    let (name, role) = match label.split_once('(') {
        Some((n, r)) if r.ends_with(')') => (n.trim_end(), true),
        Some(_) => return None,
        None => (label, false),
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitals = name.chars().any(|c| c.is_alphabetic())
        && name.chars().all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '\u{2019}'));
    if words.is_empty() || words.len() > 7 || !capitals {
        return None;
    }
    if matches!(words[0], "Q" | "Q." | "QUESTION" | "MODERATOR" | "HOST" | "INTERVIEWER" | "PRESENTER" | "ANCHOR") && words.len() == 1 {
        return Some(false);
    }
    const NOTES: &[&str] = &["NOTE", "NEWS", "UPDATE", "UPDATED", "MORE", "LIVE", "CORRECTION", "TRANSCRIPT", "SOURCE", "SOURCES", "PHOTO", "VIDEO", "ANALYSIS", "OPINION", "EXCLUSIVE", "BREAKING", "WATCH", "READ", "LISTEN", "SUMMARY", "BACKGROUND", "CONTEXT", "DISCLAIMER"];
    if words.iter().any(|w| NOTES.contains(&w.trim_matches(|c: char| !c.is_alphabetic()))) {
        return None;
    }
    let last = words[words.len() - 1].trim_matches(|c: char| !c.is_alphabetic()).to_string();
    let known = speakers.contains(&last);
    if role || words.len() >= 2 || known {
        if !known {
            speakers.push(last);
        }
        return Some(true);
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_story_dates_itself_in_its_dateline_or_a_date_line() {
        use super::dateline_date;
        let d = |t: &str| dateline_date(t).map(|d| d.to_string());
        assert_eq!(d("Troops reach the front\n\nSEOUL, Nov. 14, 2024 - North Korea has sent 12,000 soldiers."), Some("2024-11-14".into()));
        assert_eq!(d("KYIV, 3 March 2025 (Reuters) - Drones struck the city."), Some("2025-03-03".into()));
        assert_eq!(d("Ankara, 3 March 2025. Turkey sent 2,500 soldiers to Azerbaijan."), Some("2025-03-03".into()));
        assert_eq!(d("Pact signed\nBy Jane Roe\nPublished: June 19, 2024\nRussia and North Korea signed a treaty."), Some("2024-06-19".into()));
        assert_eq!(d("Updated 20 June 2024\nText."), Some("2024-06-20".into()));
        // No year, no date; a year alone is not a date of publication; past the top, nothing.
        assert_eq!(d("ABUJA, Jan 29 (Reuters) - Nigeria's army said."), None);
        assert_eq!(d("2024\nA review of the year."), None);
        assert_eq!(d("A\nB\nC\nD\nSEOUL, Nov. 14, 2024 - Late dateline."), None);
        // A sentence that opens with a name and a comma is no dateline.
        assert_eq!(d("Kim, who met Putin in June 2024, said so."), None);
        assert_eq!(d("North Korea, Russia sign pact on 19 June 2024"), None);
        // A day's name before the date.
        assert_eq!(d("THE HERALD\nDhaka, Tuesday, 14 January 2025 | Vol. IX\nText."), Some("2025-01-14".into()));
        assert_eq!(d("Friday, 3 May 2024\nText."), Some("2024-05-03".into()));
    }

    #[test]
    fn a_dated_dateline_names_the_place_the_story_was_filed_from() {
        use super::dateline_place;
        let p = |t: &'static str| dateline_place(t).map(|(a, b)| &t[a..b]);
        assert_eq!(p("Quarrel over a fence\nBy A. Writer\nMEXICO CITY, 12 April 2024\n\nText."), Some("MEXICO CITY"));
        assert_eq!(p("THE HERALD\n  Dhaka, Tuesday, 14 January 2025 | Vol. IX\nText."), Some("Dhaka"));
        assert_eq!(p("Ankara, 3 March 2025. Turkey sent 2,500 soldiers."), Some("Ankara"));
        // A date alone, a day's name, a date's own comma, a sentence: no place.
        assert_eq!(p("Tuesday, 14 January 2025\nText."), None);
        assert_eq!(p("Published: June 19, 2024\nText."), None);
        assert_eq!(p("Kim, who met Putin in June 2024, said so."), None);
        assert_eq!(p("A\nB\nC\nD\nSEOUL, 14 November 2024\nLate."), None);
    }

    #[test]
    fn datelines_are_found_and_sentences_are_not_taken_for_them() {
        use super::dateline_end;
        let s = "ABUJA, Jan 29 (Wire) - Mali, Burkina Faso and Niger announced on Sunday that they were leaving.";
        assert_eq!(dateline_end(s).map(|e| &s[e..e + 4]), Some("Mali"));
        assert!(dateline_end("NEW DELHI, May 7 (Reuters) -- India launched strikes.").is_some());
        assert!(dateline_end("Kyiv (AP) \u{2014} Russian drones struck the city overnight.").is_some());
        assert!(dateline_end("India launched strikes on nine sites - the army said - early on Wednesday.").is_none());
        assert!(dateline_end("Kyiv - a city under fire - spent the night in shelters.").is_none());
        assert!(dateline_end("The Pentagon - which declined to comment - said nothing.").is_none());
    }

    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn multibyte_space_before_a_period_is_not_split_inside() {
        // U+0085 (NEL) is white space of two bytes: the word after it starts past both.
        assert_eq!(split("Troops left\u{85}Mr. Then Japan met Russia."), vec!["Troops left\u{85}Mr. Then Japan met Russia."]);
        assert_eq!(split("It ended\u{3000}today. Next one."), vec!["It ended\u{3000}today.", "Next one."]);
    }

    #[test]
    fn abbreviations_numbers_and_initials_do_not_split() {
        assert_eq!(
            split("Mr. Kim met U.S. envoy J. Smith on Jan. 5 at No. 2 Road. Talks lasted 2.5 hours. Did they agree? Yes!"),
            vec![
                "Mr. Kim met U.S. envoy J. Smith on Jan. 5 at No. 2 Road.",
                "Talks lasted 2.5 hours.",
                "Did they agree?",
                "Yes!"
            ]
        );
    }

    #[test]
    fn dotted_acronyms_end_a_sentence_before_an_opener() {
        assert_eq!(
            split("The aid came from the U.S. The talks failed."),
            vec!["The aid came from the U.S.", "The talks failed."]
        );
    }

    #[test]
    fn quotes_headlines_and_bullets() {
        let t = "Pact Signed\n\n  • First point here\n  • Second point\n\"We agree,\" he said. \"It is done.\" She left.";
        assert_eq!(
            split(t),
            vec!["Pact Signed", "First point here", "Second point", "\"We agree,\" he said.", "\"It is done.\"", "She left."]
        );
    }
}
