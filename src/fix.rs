//! Applying fixes to a draft's text: non-overlapping replacements, in order.

use crate::diagnostic::Diagnostic;

/// The text with every fix applied. Overlapping fixes after the first are skipped, so
/// applying the result again changes nothing it should not.
pub fn apply(text: &str, diagnostics: &[Diagnostic]) -> String {
    let mut fixes: Vec<_> = diagnostics.iter().filter_map(|d| d.fix.as_ref()).collect();
    fixes.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for fix in fixes {
        if fix.span.start < at
            || fix.span.end > text.len()
            || !text.is_char_boundary(fix.span.start)
            || !text.is_char_boundary(fix.span.end)
        {
            continue;
        }
        out.push_str(&text[at..fix.span.start]);
        out.push_str(&fix.replacement);
        at = fix.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// A unified diff of the change, with the path in its headers.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("a/{}", path.trim_start_matches('/')),
            &format!("b/{}", path.trim_start_matches('/')),
        )
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Fix, Severity};
    use crate::span::Span;

    fn fixing(start: usize, end: usize, replacement: &str) -> Diagnostic {
        Diagnostic {
            code: "name-spelling",
            fact: None,
            severity: Severity::Error,
            message: String::new(),
            span: Span::new(start, end),
            evidence: vec![],
            help: None,
            fix: Some(Fix {
                span: Span::new(start, end),
                replacement: replacement.into(),
            }),
        }
    }

    #[test]
    fn fixes_apply_in_order_and_skip_overlaps() {
        let text = "Steve Witkof met former President Trump.";
        let fixed = apply(
            text,
            &[
                fixing(17, 24, ""),
                fixing(6, 12, "Witkoff"),
                fixing(8, 10, "x"),
            ],
        );
        assert_eq!(fixed, "Steve Witkoff met President Trump.");
        let diff = unified_diff("d.md", text, &fixed);
        assert!(
            diff.contains("-Steve Witkof met former President Trump.")
                && diff.contains("+Steve Witkoff met President Trump.")
        );
    }
}
