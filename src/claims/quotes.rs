//! Direct quotes: text between double quotes (straight or curly), or single curly
//! quotes that are not apostrophes.

use crate::span::Span;

/// A quoted passage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the marks.
    pub inner: Span,
    /// The words with their marks.
    pub outer: Span,
}

/// The quotes of one block of prose.
pub fn quotes(prose: &str, block: Span) -> Vec<Quote> {
    let text = &prose[block.start..block.end];
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut open: Option<(usize, char)> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|&(_, n)| n);
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((i, c)),
            (None, '‘') if prev.is_none_or(|p| !p.is_alphanumeric()) => open = Some((i, c)),
            (None, '\'')
                if prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p))
                    && next.is_some_and(char::is_alphabetic) =>
            {
                open = Some((i, c))
            }
            (Some((s, o)), _)
                if closes(o, c)
                    && (c != '’' && c != '\'' || next.is_none_or(|n| !n.is_alphanumeric())) =>
            {
                let inner = Span::new(block.start + s + o.len_utf8(), block.start + i);
                if text[s + o.len_utf8()..i]
                    .trim()
                    .chars()
                    .any(char::is_alphanumeric)
                {
                    out.push(Quote {
                        inner,
                        outer: Span::new(block.start + s, block.start + i + c.len_utf8()),
                    });
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn closes(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('“', '”') | ('“', '"') | ('"', '"') | ('"', '”') | ('‘', '’') | ('\'', '\'') | ('\'', '’')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        quotes(text, Span::new(0, text.len()))
            .iter()
            .map(|q| &text[q.inner.start..q.inner.end])
            .collect()
    }

    #[test]
    fn double_and_single_quotes_but_not_apostrophes() {
        assert_eq!(
            inner("He said “pretty close” and \"holy mission\"."),
            ["pretty close", "holy mission"]
        );
        assert_eq!(
            inner("Trump’s aide called the US president ‘Daddy’ in troops' barracks."),
            ["Daddy"]
        );
        assert_eq!(inner("the 'end of the end' line"), ["end of the end"]);
    }
}
