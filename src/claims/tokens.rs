//! Tokens of a sentence: words (with numbers' inner commas and hyphens kept) and
//! single punctuation marks, each with its absolute span and a folded lowercase form.

use crate::span::Span;
use crate::text::fold_char;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Debug)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Lowercase, with typographic quotes, apostrophes and dashes folded to ASCII.
    pub norm: String,
}

impl Token {
    pub fn is(&self, word: &str) -> bool {
        self.norm == word
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.contains(&self.norm.as_str())
    }

    pub fn is_punct(&self) -> bool {
        self.kind == TokenKind::Punct
    }
}

/// Splits `prose[span]` into tokens.
pub fn tokenize(prose: &str, span: Span) -> Vec<Token> {
    let text = &prose[span.start..span.end];
    let mut tokens = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let mut prev = c;
            while let Some(&(j, d)) = iter.peek() {
                let next_alnum = text[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                let joins = d.is_alphanumeric()
                    || (matches!(d, ',' | '.')
                        && prev.is_ascii_digit()
                        && text[j + 1..].starts_with(|n: char| n.is_ascii_digit()))
                    || (matches!(fold_char(d), '-' | '\'') && next_alnum && d != '—')
                    || (d == '.' && prev.is_uppercase() && is_initialism(text, j));
                if !joins {
                    break;
                }
                end = j + d.len_utf8();
                prev = d;
                iter.next();
            }
            // "U.S." keeps its final period.
            if prev.is_uppercase()
                && text[end..].starts_with('.')
                && is_initialism_end(text, i, end)
            {
                end += 1;
                iter.next();
            }
            push(&mut tokens, text, span.start, i, end, TokenKind::Word);
        } else {
            push(
                &mut tokens,
                text,
                span.start,
                i,
                i + c.len_utf8(),
                TokenKind::Punct,
            );
        }
    }
    tokens
}

fn push(
    tokens: &mut Vec<Token>,
    text: &str,
    base: usize,
    start: usize,
    end: usize,
    kind: TokenKind,
) {
    let norm = text[start..end]
        .chars()
        .map(fold_char)
        .flat_map(char::to_lowercase)
        .collect();
    tokens.push(Token {
        span: Span::new(base + start, base + end),
        kind,
        norm,
    });
}

/// "U.S": a period between single capitals.
fn is_initialism(text: &str, dot: usize) -> bool {
    let after = &text[dot + 1..];
    let mut chars = after.chars();
    let next = chars.next();
    let then = chars.next();
    next.is_some_and(char::is_uppercase) && then.is_none_or(|c| c == '.' || !c.is_alphanumeric())
}

fn is_initialism_end(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn numbers_and_compounds_stay_whole() {
        assert_eq!(
            norms("a 110,000-strong force of 2.5 U.S. troops’ “x”"),
            [
                "a",
                "110,000-strong",
                "force",
                "of",
                "2.5",
                "u.s.",
                "troops",
                "'",
                "\"",
                "x",
                "\""
            ]
        );
        assert_eq!(
            norms("Starmer’s 25,000–30,000."),
            ["starmer's", "25,000-30,000", "."]
        );
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "  Witkof said";
        let tokens = tokenize(text, Span::new(0, text.len()));
        assert_eq!(&text[tokens[0].span.start..tokens[0].span.end], "Witkof");
    }
}
