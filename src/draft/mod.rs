//! Reading a draft: which bytes are prose, where its blocks and sentences are, and the
//! draft's own date. Offsets always index the original text.

mod markdown;
pub mod sentences;

use crate::date::Date;
use crate::span::Span;

/// How to read a draft's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    Markdown,
    Plain,
}

impl Markup {
    /// The markup of a file, from its name (`.md`, `.markdown` are Markdown).
    pub fn from_path(path: &str) -> Markup {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") || lower.ends_with(".mdx") {
            Markup::Markdown
        } else {
            Markup::Plain
        }
    }
}

/// A draft ready for claim extraction.
#[derive(Clone, Debug)]
pub struct Draft<'t> {
    /// The original text.
    pub text: &'t str,
    /// The text with every byte that is not prose blanked (same length, same offsets).
    pub prose: String,
    /// Blocks of prose (paragraphs, headings, list items, table rows), in order.
    pub blocks: Vec<Span>,
    /// The `date:` of the front matter, if any.
    pub date: Option<Date>,
    /// HTML comments (`<!-- … -->`), for suppressions.
    pub comments: Vec<Span>,
    /// How the text was read.
    pub markup: Markup,
}

impl<'t> Draft<'t> {
    pub fn new(text: &'t str, markup: Markup) -> Draft<'t> {
        let (front_matter_end, date) = front_matter(text);
        let mut draft = match markup {
            Markup::Markdown => markdown::read(text, front_matter_end),
            Markup::Plain => plain(text, front_matter_end),
        };
        draft.date = date;
        draft.markup = markup;
        draft
    }
}

/// Blanks `span` of `prose` (keeping line breaks), preserving byte length.
pub(crate) fn blank(prose: &mut String, span: Span) {
    let mut bytes = std::mem::take(prose).into_bytes();
    for b in &mut bytes[span.start..span.end] {
        if *b != b'\n' {
            *b = b' ';
        }
    }
    // Blanking whole chars keeps UTF-8 valid: callers pass char-aligned spans, and any
    // multi-byte char inside becomes spaces entirely.
    *prose = String::from_utf8(bytes).unwrap_or_else(|e| {
        String::from_utf8_lossy(e.as_bytes())
            .chars()
            .map(|c| if c == '\u{FFFD}' { ' ' } else { c })
            .collect()
    });
}

/// Plain text: everything after the front matter is prose; blank lines end blocks.
fn plain(text: &str, start: usize) -> Draft<'_> {
    let mut prose = text.to_owned();
    blank(&mut prose, Span::new(0, start));
    // HTML comments carry suppressions in plain text too, and are not prose.
    let mut comments = Vec::new();
    let mut from = start;
    while let Some(open) = text[from..].find("<!--") {
        let open = from + open;
        let Some(close) = text[open..].find("-->") else {
            break;
        };
        let span = Span::new(open, open + close + 3);
        blank(&mut prose, span);
        comments.push(span);
        from = span.end;
    }
    let blocks = split_blank_lines(text, start, text.len());
    Draft {
        text,
        prose,
        blocks,
        date: None,
        comments,
        markup: Markup::Plain,
    }
}

/// The non-empty runs of lines between blank lines in `text[start..end]`.
pub(crate) fn split_blank_lines(text: &str, start: usize, end: usize) -> Vec<Span> {
    let mut blocks = Vec::new();
    let mut block_start: Option<usize> = None;
    let mut line_start = start;
    for line in text[start..end].split_inclusive('\n') {
        let blank_line = line.trim().is_empty();
        match (blank_line, block_start) {
            (true, Some(s)) => {
                blocks.push(Span::new(s, line_start));
                block_start = None;
            }
            (false, None) => block_start = Some(line_start),
            _ => {}
        }
        line_start += line.len();
    }
    if let Some(s) = block_start {
        blocks.push(Span::new(s, end));
    }
    blocks
}

/// The end of a leading `---` front matter block, and its `date:` if it has one.
fn front_matter(text: &str) -> (usize, Option<Date>) {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let offset = text.len() - body.len();
    let Some(rest) = body.strip_prefix("---") else {
        return (offset, None);
    };
    let Some(rest) = rest
        .strip_prefix('\n')
        .or_else(|| rest.strip_prefix("\r\n"))
    else {
        return (offset, None);
    };
    let mut pos = text.len() - rest.len();
    let mut date = None;
    for line in rest.split_inclusive('\n') {
        pos += line.len();
        let trimmed = line.trim();
        if trimmed == "---" || trimmed == "..." {
            return (pos, date);
        }
        if let Some(value) = trimmed.strip_prefix("date:") {
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
            let day = value.get(..10).unwrap_or(value);
            date = Date::parse(day).ok();
        }
    }
    (offset, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_the_date_and_is_not_prose() {
        let text = "---\ntitle: x 50,000\ndate: 2026-01-07T10:00\n---\nBody.\n";
        let draft = Draft::new(text, Markup::Markdown);
        assert_eq!(draft.date, Date::parse("2026-01-07").ok());
        assert!(!draft.prose.contains("50,000"));
        assert!(draft.prose.contains("Body."));
        assert_eq!(draft.prose.len(), text.len());
    }

    #[test]
    fn plain_text_blocks_split_at_blank_lines() {
        let text = "HEADLINE HERE\n\nFirst para\nwraps.\n\n\nSecond.";
        let draft = Draft::new(text, Markup::Plain);
        let blocks: Vec<&str> = draft
            .blocks
            .iter()
            .map(|b| text[b.start..b.end].trim())
            .collect();
        assert_eq!(blocks, ["HEADLINE HERE", "First para\nwraps.", "Second."]);
    }

    #[test]
    fn unterminated_front_matter_is_prose() {
        let text = "---\nNot front matter";
        let draft = Draft::new(text, Markup::Plain);
        assert_eq!(draft.date, None);
        assert!(draft.prose.contains("Not front matter"));
    }
}
