//! Splitting prose blocks into sentences. Abbreviations ("U.S.", "Mr.", "Jan."),
//! initials and decimals do not end a sentence.

use crate::span::Span;

/// Words that end with a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "gov", "st", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "approx", "est", "inc", "ltd", "co", "corp", "jr", "sr", "e.g", "i.e", "u.s", "u.k", "u.n",
    "u.s.a", "a.m", "p.m", "fig", "cf", "al",
];

/// The sentences of one block of prose, trimmed, as absolute spans.
///
/// In plain text a line without closing punctuation ends a sentence before a line that
/// starts a new one (a headline, a bullet); in Markdown a line break inside a block is
/// only a soft wrap.
pub fn split(prose: &str, block: Span, plain: bool) -> Vec<Span> {
    let text = &prose[block.start..block.end];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let ends = match c {
            '.' | '!' | '?' | '…' => is_sentence_end(text, &chars, i),
            '\n' => (plain && line_break_ends(text, &chars, i)) || leader_line_ends(text, at),
            _ => false,
        };
        if ends {
            // Take closing quotes and brackets with the sentence.
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '"' | '”' | '’' | '\'' | ')' | ']' | '.' | '!' | '?'
                )
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(a, _)| a);
            push_trimmed(&mut out, text, block.start, start, end);
            start = end;
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, text, block.start, start, text.len());
    out
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, base: usize, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(base + start + lead, base + end - trail));
    }
}

fn is_sentence_end(text: &str, chars: &[(usize, char)], i: usize) -> bool {
    let (at, c) = chars[i];
    if c == '.' && in_dot_leader(chars, i) {
        return false;
    }
    // What follows must be space (then a capital, digit or quote) or the end.
    let mut j = i + 1;
    while j < chars.len()
        && matches!(
            chars[j].1,
            '"' | '”' | '’' | '\'' | ')' | ']' | '.' | '!' | '?'
        )
    {
        j += 1;
    }
    if j >= chars.len() {
        return true;
    }
    if !chars[j].1.is_whitespace() {
        return false;
    }
    let next = chars[j..]
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace());
    let Some(next) = next else { return true };
    if c != '.' {
        return next.is_uppercase() || next.is_ascii_digit() || "\"“‘'(•-–—*".contains(next);
    }
    // A period: not after an abbreviation or an initial.
    let word_start = text[..at]
        .rfind(|ch: char| ch.is_whitespace() || "(\"“‘".contains(ch))
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..at];
    let lower = word.to_lowercase();
    // "No. 10" is an abbreviation; "A: No. Hegseth has…" ends a sentence.
    if lower == "no" && !next.is_ascii_digit() {
        return next.is_uppercase();
    }
    if ABBREVIATIONS.contains(&lower.as_str())
        || ABBREVIATIONS.contains(&lower.trim_end_matches('.'))
    {
        // "in the U.S. The next…" is ambiguous; a capital after U.S. usually starts a
        // name ("U.S. President"), so keep going.
        return false;
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false; // An initial: "Donald J. Trump".
    }
    next.is_uppercase() || next.is_ascii_digit() || "\"“‘'(•-–—*".contains(next)
}

/// A run of four or more periods ("Pete Hegseth ...... US defence secretary") is a
/// leader between the cells of a row, not the end of a sentence.
fn in_dot_leader(chars: &[(usize, char)], i: usize) -> bool {
    let is_dot = |k: usize| chars.get(k).is_some_and(|&(_, c)| c == '.');
    let mut first = i;
    while first > 0 && is_dot(first - 1) {
        first -= 1;
    }
    let mut last = i;
    while is_dot(last + 1) {
        last += 1;
    }
    // "tired.... A force" is an ellipsis and a full stop; a leader stands apart.
    let spaced = first > 0 && chars[first - 1].1.is_whitespace();
    last - first >= 3 && spaced
}

/// A line with a dot leader is a row of a list (a who's who, a figures box): its line
/// break ends the row, in Markdown as in plain text.
fn leader_line_ends(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let next_end = text[at + 1..].find('\n').map_or(text.len(), |p| at + 1 + p);
    let (line, next) = (&text[line_start..at], &text[at + 1..next_end]);
    // "Several thousand ... French soldiers" over "Under 30,000 ... size of force": short
    // leaders on both lines.
    line.contains("....")
        || next.contains("....")
        || line.contains(" ... ") && next.contains(" ... ")
}

/// A line break ends a sentence when the line has no closing punctuation and the next
/// line starts like a new sentence or list item (headlines, bullet lines in plain text).
fn line_break_ends(text: &str, chars: &[(usize, char)], i: usize) -> bool {
    let (at, _) = chars[i];
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let line = text[line_start..at].trim();
    if line.is_empty() {
        return false;
    }
    let next_line = text[at + 1..].lines().next().unwrap_or("").trim_start();
    let numbered = next_line.split_once(['.', ')']).is_some_and(|(n, rest)| {
        !n.is_empty()
            && n.len() <= 3
            && n.bytes().all(|b| b.is_ascii_digit())
            && rest.starts_with(' ')
    });
    // A timestamp opens a line of its own: "[35:20] Looking back", "09:12 - Leaders",
    // "0934 PARIS - Coalition eyes …".
    let clock = next_line.split_once(' ').is_some_and(|(h, rest)| {
        (3..=4).contains(&h.len())
            && h.bytes().all(|b| b.is_ascii_digit())
            && rest.starts_with(|c: char| c.is_uppercase())
    });
    let timestamp = clock
        || next_line.starts_with('[')
        || next_line.split_once(':').is_some_and(|(h, rest)| {
            !h.is_empty()
                && h.len() <= 2
                && h.bytes().all(|b| b.is_ascii_digit())
                && rest.starts_with(|c: char| c.is_ascii_digit())
        });
    // An indented list of labels: "  IN (prepared to deploy): United Kingdom, France" over
    // "  OUT (has ruled out sending troops): Poland".
    let raw_line = &text[line_start..at];
    let raw_next = text[at + 1..].lines().next().unwrap_or("");
    let indented = |l: &str| l.starts_with("  ") || l.starts_with('\t');
    let label = next_line
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase()))
        && next_line.contains(':');
    // …or of figures: "  25,000-30,000 the contingent …" over "  ~110,000 ... the force …".
    // (Not a sentence wrapped before its number: "… Zelenskiy has said about\n  110,000
    // would be needed.")
    let figure_row = next_line.starts_with(|c: char| c.is_ascii_digit() || c == '~')
        && !line.ends_with(|c: char| c.is_lowercase());
    let listed = indented(raw_line) && indented(raw_next) && (label || figure_row);
    // "Under 30,000 - size of the force …" over "More than 50,000 - recruits trained …":
    // an "in numbers" box, a figure and a dash opening each line.
    let numbers_row = |l: &str| {
        l.split_once(" - ")
            .or_else(|| l.split_once(" — "))
            .or_else(|| l.split_once(" – "))
            .is_some_and(|(head, _)| {
                head.len() <= 24
                    && (head.chars().any(|c| c.is_ascii_digit())
                        // "Nov        - 28-point plan emerges": a timeline's month.
                        || head
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| {
                                crate::date::month_number(&w.to_lowercase().replace('.', ""))
                                    .is_some()
                            })
                        || ["several", "thousand", "hundred", "million", "dozen"]
                            .iter()
                            .any(|w| head.to_lowercase().contains(w)))
            })
    };
    // …or a timeline's entry wrapped onto an indented line, before the next entry:
    // "Mar 2      - Starmer hosts … and revives\n             the label\nApr 25     - …".
    let numbers_box =
        numbers_row(line) && numbers_row(next_line) || numbers_row(next_line) && indented(raw_line);
    // Table rows: "Western officials | under 50,000 | …", or columns lined up with
    // spaces: "France       Prepared to deploy".
    let columns = |l: &str| {
        l.trim().contains("   ")
            || (l.starts_with("  ") || l.starts_with('\t')) && l.trim().contains("  ")
    };
    // A row whose first column fills its width ("About 110,000 force …") lines up with
    // its neighbour by the same indent.
    let indent = |l: &str| l.len() - l.trim_start().len();
    // …or two rows of a key-numbers box, each led by its figure: " About 110,000 force
    // Zelenskiy has said would be needed" over " 1 million     army …".
    let led_by_figure = |l: &str| {
        l.split_whitespace()
            .take(2)
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '~'))
    };
    let lined_up = indent(raw_line) > 0
        && raw_line[..indent(raw_line)] == raw_next[..indent(raw_next).min(raw_next.len())]
        && (raw_line.trim().contains("  ")
            || raw_next.trim().contains("  ")
            || led_by_figure(raw_line) && led_by_figure(raw_next));
    let table = line.contains('|') && next_line.contains('|')
        || columns(raw_line) && columns(raw_next)
        || lined_up;
    // A title over a byline: "THREAD RECAP: The Paris summit\nPosted by the Social Desk".
    let byline = ["Posted ", "By ", "Published ", "Updated ", "Filed "]
        .iter()
        .any(|w| next_line.starts_with(w));
    // An update stamp: "UPDATE 9 -- 0115 GMT, Jan. 7".
    let stamp = line.split_whitespace().count() <= 10
        && line.chars().any(|c| c.is_ascii_digit())
        && line
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.len() >= 3 && w.chars().all(|c| c.is_uppercase()));
    // A date line opens a line of its own: "Oral evidence: …\nWednesday 21 January 2026"
    // (the entry after a timeline's date line stays with it).
    let date_only = |l: &str| {
        let words: Vec<&str> = l
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        words.len() >= 2
            && words
                .iter()
                .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            && words.iter().all(|w| {
                w.bytes().all(|b| b.is_ascii_digit())
                    || crate::date::month_number(&w.to_lowercase()).is_some()
                    || crate::date::Weekday::parse(&w.to_lowercase()).is_some()
            })
    };
    let bullet = stamp
        || numbers_box
        || date_only(next_line)
        || next_line.starts_with(['-', '*', '•', '–', '—'])
        || numbered
        || timestamp
        || listed
        || table
        || byline;
    let open_line = !line.ends_with(|c: char| ",;:([".contains(c))
        && !line.ends_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    bullet
        || (open_line
            && line
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase() || !c.is_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()), true)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let s = sentences("The U.S. President met Mr. Starmer on Jan. 6 in Paris. Donald J. Trump said no. Next one!");
        assert_eq!(
            s,
            [
                "The U.S. President met Mr. Starmer on Jan. 6 in Paris.",
                "Donald J. Trump said no.",
                "Next one!"
            ]
        );
    }

    #[test]
    fn quotes_close_with_their_sentence() {
        let s = sentences("He said it was “pretty close.” Then he left. A 2.5% rise.");
        assert_eq!(
            s,
            [
                "He said it was “pretty close.”",
                "Then he left.",
                "A 2.5% rise."
            ]
        );
    }

    #[test]
    fn dot_leader_rows_are_sentences_of_their_own() {
        let text = "Pete Hegseth ...... US defence secretary\nSteve Witkoff ..... US envoy\nIt ended... Then more.";
        assert_eq!(
            sentences(text),
            [
                "Pete Hegseth ...... US defence secretary",
                "Steve Witkoff ..... US envoy",
                "It ended...",
                "Then more."
            ]
        );
    }

    #[test]
    fn headline_lines_in_plain_text_stand_alone() {
        let s = sentences("FORCE TO BE SMALL\nOfficials said the force would be under 30,000.");
        assert_eq!(
            s,
            [
                "FORCE TO BE SMALL",
                "Officials said the force would be under 30,000."
            ]
        );
    }

    #[test]
    fn key_number_rows_led_by_their_figures() {
        let rows = sentences(" 25,000-30,000 contingent envisaged, according to the Washington Post\n About 110,000 force Zelenskiy has said would be needed");
        assert_eq!(rows.len(), 2, "{rows:?}");
        // Wrapped prose is one sentence.
        let prose = sentences(" The force would number\n about 30,000 troops.");
        assert_eq!(prose.len(), 1, "{prose:?}");
    }

    #[test]
    fn plain_text_tables_label_lists_and_bylines() {
        let table = sentences("Source | Figure\nWestern officials | under 50,000\nPresident Macron | several thousand");
        assert_eq!(
            table,
            [
                "Source | Figure",
                "Western officials | under 50,000",
                "President Macron | several thousand"
            ]
        );
        // Columns lined up with two spaces after a quoted cell.
        let columns = sentences("  about 35    countries represented in Paris\n  \"several thousand\"  French soldiers, per Macron");
        assert_eq!(columns.len(), 2, "{columns:?}");
        let labels = sentences("  IN (prepared to deploy): United Kingdom, France\n  OPEN (willing to consider): Canada, Australia\n  OUT (has ruled out sending troops): Poland");
        assert_eq!(labels.len(), 3, "{labels:?}");
        // A wrapped bullet's indented continuation stays in its sentence.
        let wrapped = sentences("  * UNITED STATES: Defence Secretary Pete Hegseth has ruled out\n    American troops being sent to Ukraine.");
        assert_eq!(wrapped.len(), 1, "{wrapped:?}");
        let byline = sentences("THREAD RECAP: The Paris summit, in 15 posts\nPosted by the Social Desk | Wednesday 7 January 2026");
        assert_eq!(byline.len(), 2, "{byline:?}");
    }

    #[test]
    fn an_indented_sentence_wrapped_before_its_number() {
        assert_eq!(
            sentences("  Officials said under 30,000; Zelenskiy has said about\n  110,000 would be needed.\n"),
            ["Officials said under 30,000; Zelenskiy has said about\n  110,000 would be needed."]
        );
    }

    #[test]
    fn short_leader_rows_stand_alone() {
        let rows = sentences("Several thousand ... French soldiers Macron says could be involved\nUnder 30,000 ... size of force Western officials signalled");
        assert_eq!(
            rows.last(),
            Some(&"Under 30,000 ... size of force Western officials signalled"),
            "{rows:?}"
        );
    }
}
