//! The canonical text every span points into.

/// Canonical form of a text: curly quotes and apostrophes straightened, en and em dashes to
/// `-`, non-breaking and other exotic spaces to a plain space, `\r\n` and `\r` to `\n`, the
/// ellipsis character to `...`, zero-width characters and a leading byte-order mark removed.
/// Everything else is kept as is, so the text still reads as the original.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => out.push(' '),
            '\u{2026}' => out.push_str("..."),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => {}
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straightens_quotes_dashes_and_line_ends() {
        assert_eq!(
            normalize("\u{feff}China\u{2019}s \u{201c}very weak\u{201d} reply \u{2014} a test\r\nNext\u{a0}line\u{2026}"),
            "China's \"very weak\" reply - a test\nNext line..."
        );
    }

    proptest::proptest! {
        /// The memchr-driven search finds what a plain scan finds.
        #[test]
        fn find_ci_matches_a_plain_scan(hay in "[ aAbB,é.]{0,40}", needle in "[ aAbB]{1,4}") {
            let plain = hay.to_ascii_lowercase().find(&needle.to_ascii_lowercase());
            proptest::prop_assert_eq!(find_ci(&hay, &needle), plain);
        }
    }

    #[test]
    fn find_ci_ignores_ascii_case() {
        assert_eq!(find_ci("Troops AMID tensions", " amid "), Some(6));
        assert_eq!(find_ci("no match here", " amid "), None);
        assert_eq!(find_ci("  x", " x"), Some(1));
        assert_eq!(find_ci("ab", "abc"), None);
    }
}

/// Byte offset of the first case-insensitive occurrence of `needle` (ASCII) in `hay`, without
/// allocating a lower-case copy. Offsets are char boundaries since the needle is ASCII.
pub(crate) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    if h.len() < n.len() {
        return None;
    }
    // Jump between occurrences of the needle's first non-space byte (either case) with memchr;
    // most needles start with a space, which is everywhere.
    let k = n.iter().position(|&b| b != b' ').unwrap_or(0);
    let (lo, up) = (n[k].to_ascii_lowercase(), n[k].to_ascii_uppercase());
    let last = h.len() - n.len();
    memchr::memchr2_iter(lo, up, &h[k..])
        .take_while(|&p| p <= last)
        .find(|&p| h[p..p + n.len()].eq_ignore_ascii_case(n))
}

/// Byte offset of the last case-insensitive occurrence of `needle` (ASCII) in `hay`.
pub(crate) fn rfind_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).rev().find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Does `hay` start with `prefix` (ASCII), ignoring case?
pub(crate) fn starts_with_ci(hay: &str, prefix: &str) -> bool {
    hay.len() >= prefix.len() && hay.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Does `hay` end with `suffix` (ASCII), ignoring case?
pub(crate) fn ends_with_ci(hay: &str, suffix: &str) -> bool {
    hay.len() >= suffix.len() && hay.as_bytes()[hay.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

#[cfg(test)]
mod ci_tests {
    use super::*;

    #[test]
    fn case_insensitive_search_matches_lowercase_copy() {
        let hay = "The Minister SAID that, according to Reuters, «talks» said ok";
        for n in [" said", "according to ", "talks", "zzz", "t"] {
            assert_eq!(find_ci(hay, n), hay.to_ascii_lowercase().find(n), "{n}");
            assert_eq!(rfind_ci(hay, n), hay.to_ascii_lowercase().rfind(n), "{n}");
        }
        assert!(starts_with_ci("By Jane Doe", "by "));
        assert!(!starts_with_ci("B", "by "));
    }
}

/// Whether `text` opens with "each other" or "one another" ("accused each other of…").
pub(crate) fn opens_reciprocal(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().take(4).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).trim_end_matches("'s").to_ascii_lowercase()).collect();
    // ("expelled each other's diplomats", "two of each other's diplomats": a part of each
    // other's is reciprocal too.)
    let at = if words.get(1).is_some_and(|w| w == "of") { 2 } else { 0 };
    matches!((words.get(at).map(String::as_str), words.get(at + 1).map(String::as_str)), (Some("each"), Some("other")) | (Some("one"), Some("another")))
}
