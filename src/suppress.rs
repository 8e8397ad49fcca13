//! Inline suppressions: HTML comments in a draft, invisible in print, that silence
//! named checks or facts. Suppressions that silence nothing are reported.
//!
//! ```text
//! <!-- factlint-disable-next-line quote-altered -- the speaker misquoted himself -->
//! <!-- factlint-disable force-size-officials -->  …  <!-- factlint-enable -->
//! ```
//!
//! A directive names check ids or fact ids, separated by commas or spaces; `--` starts
//! the reason.

use crate::diagnostic::{Diagnostic, Severity};
use crate::span::{LineIndex, Span};

/// The id of the diagnostic for a suppression that silenced nothing.
pub const UNUSED: &str = "unused-suppression";

/// One suppression directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// The comment.
    pub span: Span,
    /// The check or fact ids it names.
    pub ids: Vec<String>,
    /// The reason after `--`, if any.
    pub reason: Option<String>,
    /// The byte range it covers.
    pub covers: Span,
}

/// Reads the suppressions out of a draft's comments.
pub fn parse(text: &str, comments: &[Span]) -> Vec<Suppression> {
    let lines = LineIndex::new(text);
    let mut out = Vec::new();
    let mut open: Vec<(usize, Suppression)> = Vec::new();
    for &span in comments {
        let body = text[span.start..span.end]
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim();
        let (directive, rest) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
        let (ids_text, reason) = match rest.split_once("--") {
            Some((ids, reason)) => (
                ids,
                Some(reason.trim().to_owned()).filter(|r| !r.is_empty()),
            ),
            None => (rest, None),
        };
        let ids: Vec<String> = ids_text
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        match directive {
            "factlint-disable-next-line" => {
                let covers = next_line(text, &lines, span.end);
                out.push(Suppression {
                    span,
                    ids,
                    reason,
                    covers,
                });
            }
            "factlint-disable-line" => {
                let line = lines.line_of(span.start);
                let start = lines.line_start(line);
                let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
                out.push(Suppression {
                    span,
                    ids,
                    reason,
                    covers: Span::new(start, end),
                });
            }
            "factlint-disable" => open.push((
                span.end,
                Suppression {
                    span,
                    ids,
                    reason,
                    covers: Span::new(span.end, text.len()),
                },
            )),
            "factlint-enable" => {
                // Closes the latest open region (or all of them, when it names nothing).
                let close_all = ids.is_empty();
                while let Some((start, mut s)) = open.pop() {
                    s.covers = Span::new(start, span.start);
                    out.push(s);
                    if !close_all {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out.extend(open.into_iter().map(|(_, s)| s));
    out.sort_by_key(|s| s.span.start);
    out
}

/// The first non-blank line after `offset`.
fn next_line(text: &str, lines: &LineIndex, offset: usize) -> Span {
    let mut line = lines.line_of(offset) + 1;
    loop {
        let start = lines.line_start(line);
        if start >= text.len() || lines.line_of(start) != line {
            return Span::new(text.len(), text.len());
        }
        let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        if !text[start..end].trim().is_empty() {
            return Span::new(start, end);
        }
        line += 1;
    }
}

/// Removes the diagnostics the suppressions name and adds one for each suppression
/// that removed nothing.
pub fn apply(
    diagnostics: Vec<Diagnostic>,
    suppressions: &[Suppression],
    require_reason: bool,
) -> Vec<Diagnostic> {
    // Without a required reason a suppression does not count, and says so.
    let (valid, unreasoned): (Vec<&Suppression>, Vec<&Suppression>) = suppressions
        .iter()
        .partition(|s| !require_reason || s.reason.is_some());
    let suppressions: Vec<Suppression> = valid.into_iter().cloned().collect();
    let suppressions = &suppressions[..];
    let mut used = vec![false; suppressions.len()];
    let mut kept: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| {
            let hit = suppressions.iter().position(|s| {
                s.covers.contains(d.span)
                    && s.ids.iter().any(|id| {
                        id == d.code || d.fact.as_deref() == Some(id.as_str()) || id == "all"
                    })
            });
            if let Some(k) = hit {
                used[k] = true;
            }
            hit.is_none()
        })
        .collect();
    for (s, used) in suppressions.iter().zip(used) {
        if !used {
            let what = if s.ids.is_empty() {
                "nothing".to_owned()
            } else {
                s.ids.join(", ")
            };
            kept.push(Diagnostic {
                code: UNUSED,
                fact: None,
                severity: Severity::Warning,
                message: format!("this suppression of {what} silences nothing"),
                span: s.span,
                evidence: Vec::new(),
                help: Some("remove it, or name the check or fact id it is meant for".into()),
                fix: None,
            });
        }
    }
    for s in unreasoned {
        kept.push(Diagnostic {
            code: UNUSED,
            fact: None,
            severity: Severity::Warning,
            message: "this suppression gives no reason, so it silences nothing".into(),
            span: s.span,
            evidence: Vec::new(),
            help: Some("add one after `--`: <!-- factlint-disable-next-line ID -- why -->".into()),
            fix: None,
        });
    }
    kept.sort_by_key(|d| (d.span.start, d.span.end));
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comments(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(a) = text[from..].find("<!--") {
            let a = from + a;
            let b = a + text[a..].find("-->").unwrap() + 3;
            out.push(Span::new(a, b));
            from = b;
        }
        out
    }

    fn finding(code: &'static str, fact: &str, span: Span) -> Diagnostic {
        Diagnostic {
            code,
            fact: Some(fact.into()),
            severity: Severity::Error,
            message: String::new(),
            span,
            evidence: vec![],
            help: None,
            fix: None,
        }
    }

    #[test]
    fn next_line_and_regions_by_check_or_fact() {
        let text = "<!-- factlint-disable-next-line quote-altered -- misquoted -->\n\nA line.\nB line.\n<!-- factlint-disable poland-troops -->\nC line.\n<!-- factlint-enable -->\nD line.\n";
        let s = parse(text, &comments(text));
        assert_eq!(s[0].reason.as_deref(), Some("misquoted"));
        let at = |w: &str| Span::new(text.find(w).unwrap(), text.find(w).unwrap() + 1);
        let kept = apply(
            vec![
                finding("quote-altered", "q", at("A")),
                finding("quote-altered", "q", at("B")),
                finding("stance-contradicted", "poland-troops", at("C")),
                finding("stance-contradicted", "poland-troops", at("D")),
            ],
            &s,
            false,
        );
        let left: Vec<usize> = kept.iter().map(|d| d.span.start).collect();
        assert_eq!(left, [at("B").start, at("D").start]);
    }

    #[test]
    fn unused_suppressions_are_reported() {
        let text = "<!-- factlint-disable-next-line title-mismatch -->\nNothing wrong here.\n";
        let kept = apply(vec![], &parse(text, &comments(text)), false);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].code, UNUSED);
        assert!(kept[0].message.contains("title-mismatch"));
    }
}
