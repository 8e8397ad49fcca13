//! Finding a fact's cited words in its source, after normalising whitespace and
//! typographic quotes, apostrophes and dashes.

use crate::span::Span;

/// A text folded for comparison, with the byte offset in the original of every byte.
pub struct Folded {
    pub text: String,
    origin: Vec<(usize, usize)>,
    original_len: usize,
}

/// Folds `text`: runs of whitespace become one space, curly quotes and apostrophes
/// become straight ones, dashes become `-`, and `…` becomes `...`.
pub fn fold(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space && !out.is_empty() {
                out.push(' ');
                origin.push((i, i + c.len_utf8()));
            }
            in_space = true;
            continue;
        }
        in_space = false;
        let replacement = match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => "\"",
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => "'",
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => "-",
            '\u{2026}' => "...",
            _ => {
                out.push(c);
                origin.extend(std::iter::repeat_n((i, i + c.len_utf8()), c.len_utf8()));
                continue;
            }
        };
        out.push_str(replacement);
        origin.extend(std::iter::repeat_n(
            (i, i + c.len_utf8()),
            replacement.len(),
        ));
    }
    if out.ends_with(' ') {
        out.pop();
        origin.pop();
    }
    Folded {
        text: out,
        origin,
        original_len: text.len(),
    }
}

impl Folded {
    /// The original span of the folded byte range `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let s = self.origin.get(start).map_or(self.original_len, |o| o.0);
        let e = if end == 0 {
            s
        } else {
            self.origin.get(end - 1).map_or(self.original_len, |o| o.1)
        };
        Span::new(s, e.max(s))
    }
}

/// Where the cited words stand in the source, if they do.
pub fn locate(source: &Folded, cited: &str) -> Option<Span> {
    let needle = fold(cited).text;
    if needle.is_empty() {
        return None;
    }
    let at = source.text.find(&needle)?;
    let span = source.original_span(at, at + needle.len());
    Some(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_across_typography_and_spacing() {
        let source = "they would not be operating as “peacekeepers”.\n\nNext  line – here";
        let folded = fold(source);
        let span = locate(&folded, "operating as \"peacekeepers\"").unwrap();
        assert_eq!(&source[span.start..span.end], "operating as “peacekeepers”");
        let span = locate(&folded, "Next line - here").unwrap();
        assert_eq!(&source[span.start..span.end], "Next  line – here");
    }

    #[test]
    fn drifted_words_are_not_found() {
        let folded = fold("signalled it would be under 30,000 personnel.");
        assert!(locate(&folded, "under 40,000 personnel").is_none());
        assert!(locate(&folded, "  ").is_none());
    }
}
