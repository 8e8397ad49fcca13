//! Markdown: headings, paragraphs, list items, table rows, blockquotes and emphasis are
//! prose; code, link targets, images, raw HTML and front matter are not.

use super::Draft;
use crate::span::Span;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

pub(super) fn read(text: &str, start: usize) -> Draft<'_> {
    let body = &text[start..];
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut keep: Vec<Span> = Vec::new();
    let mut blocks: Vec<Span> = Vec::new();
    let mut comments: Vec<Span> = Vec::new();
    let mut block_start: Option<usize> = None;
    let mut block_end = 0;
    let mut depth_code = 0usize;
    let mut depth_image = 0usize;
    let mut in_html_block = false;
    let mut rows: Vec<Span> = Vec::new();
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let span = Span::new(range.start + start, range.end + start);
        match event {
            Event::Start(tag) => match tag {
                Tag::TableRow | Tag::TableHead => {
                    flush(&mut blocks, &mut block_start, block_end);
                    rows.push(span);
                }
                Tag::Paragraph | Tag::Heading { .. } | Tag::Item => {
                    flush(&mut blocks, &mut block_start, block_end);
                }
                Tag::CodeBlock(_) => {
                    flush(&mut blocks, &mut block_start, block_end);
                    depth_code += 1;
                }
                Tag::Image { .. } => depth_image += 1,
                Tag::HtmlBlock => in_html_block = true,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::Item => flush(&mut blocks, &mut block_start, block_end),
                TagEnd::CodeBlock => depth_code = depth_code.saturating_sub(1),
                TagEnd::Image => depth_image = depth_image.saturating_sub(1),
                TagEnd::HtmlBlock => in_html_block = false,
                _ => {}
            },
            Event::Text(_) if depth_code == 0 && depth_image == 0 && !in_html_block => {
                keep.push(span);
                block_start.get_or_insert(span.start);
                block_end = span.end;
            }
            Event::SoftBreak | Event::HardBreak if block_start.is_some() => {
                block_end = span.end;
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                collect_comments(text, span, &mut comments);
            }
            Event::Code(_) if block_start.is_some() => {
                // Inline code inside a sentence: not prose, but the sentence goes on.
                block_end = span.end;
            }
            _ => {}
        }
    }
    flush(&mut blocks, &mut block_start, block_end);

    let mut prose = String::with_capacity(text.len());
    let mut last = 0;
    // Build the blanked copy in one pass: kept spans verbatim, the rest as spaces.
    for k in &keep {
        if k.start < last {
            continue;
        }
        push_blank(&mut prose, &text[last..k.start]);
        prose.push_str(&text[k.start..k.end]);
        last = k.end;
    }
    push_blank(&mut prose, &text[last..]);
    debug_assert_eq!(prose.len(), text.len());
    // Cell borders stay in table rows: a title in one cell is not next to a name in the
    // next ("| US envoy | Trump … |").
    let mut bytes = prose.into_bytes();
    for row in rows {
        let original = &text.as_bytes()[row.start..row.end];
        for (b, &o) in bytes[row.start..row.end].iter_mut().zip(original) {
            if o == b'|' && *b == b' ' {
                *b = b'|';
            }
        }
    }
    let prose = String::from_utf8(bytes).expect("only ASCII spaces were replaced");
    Draft {
        text,
        prose,
        blocks,
        date: None,
        comments,
        markup: super::Markup::Markdown,
    }
}

fn flush(blocks: &mut Vec<Span>, block_start: &mut Option<usize>, block_end: usize) {
    if let Some(s) = block_start.take() {
        if block_end > s {
            blocks.push(Span::new(s, block_end));
        }
    }
}

/// Spaces for every byte of `skipped` (line breaks kept), so offsets stay the same.
fn push_blank(prose: &mut String, skipped: &str) {
    for c in skipped.chars() {
        if c == '\n' {
            prose.push('\n');
        } else {
            prose.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
}

fn collect_comments(text: &str, span: Span, comments: &mut Vec<Span>) {
    let chunk = &text[span.start..span.end];
    let mut from = 0;
    while let Some(open) = chunk[from..].find("<!--") {
        let open = from + open;
        let Some(close) = chunk[open..].find("-->") else {
            break;
        };
        let close = open + close + 3;
        let s = Span::new(span.start + open, span.start + close);
        if !comments.contains(&s) {
            comments.push(s);
        }
        from = close;
    }
}

#[cfg(test)]
mod tests {
    use crate::draft::{Draft, Markup};

    fn prose_of(text: &str) -> String {
        Draft::new(text, Markup::Markdown)
            .prose
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn code_links_and_html_are_not_prose() {
        let text = "A `50,000` force, see [the plan](https://x.org/30000) <!-- 40,000 -->.\n\n```\n90,000 troops\n```\n";
        let prose = prose_of(text);
        assert_eq!(prose, "A force, see the plan .");
    }

    #[test]
    fn tables_headings_and_lists_are_blocks() {
        let text = "# Title\n\n| Poland | Will send troops |\n| --- | --- |\n| Spain | Hesitant |\n\n- one\n- two\n";
        let draft = Draft::new(text, Markup::Markdown);
        let blocks: Vec<String> = draft
            .blocks
            .iter()
            .map(|b| {
                draft.prose[b.start..b.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(
            blocks,
            [
                "Title",
                "Poland | Will send troops",
                "Spain | Hesitant",
                "one",
                "two"
            ]
        );
    }

    #[test]
    fn emphasis_keeps_the_sentence_whole() {
        let text = "The **force** will be *50,000*-strong.\n";
        let draft = Draft::new(text, Markup::Markdown);
        assert_eq!(draft.blocks.len(), 1);
        assert_eq!(prose_of(text), "The force will be 50,000 -strong.");
    }
}
