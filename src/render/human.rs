//! `--format human`: miette reports showing the draft's words and, beside them, the
//! source's words as a related report with its own named source.

use super::{FileReport, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::factbase::FactBase;
use miette::{GraphicalReportHandler, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;
use std::io::{self, Write};
use std::sync::Arc;

/// A finding in a draft, as miette sees it.
#[derive(Debug)]
struct DraftReport {
    message: String,
    code: String,
    severity: Severity,
    source: NamedSource<Arc<str>>,
    span: SourceSpan,
    label: String,
    help: Option<String>,
    related: Vec<EvidenceReport>,
}

/// The source's words, shown under the finding.
#[derive(Debug)]
struct EvidenceReport {
    source: NamedSource<Arc<str>>,
    span: SourceSpan,
}

impl fmt::Display for DraftReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for DraftReport {}

impl fmt::Display for EvidenceReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the source says")
    }
}
impl std::error::Error for EvidenceReport {}

impl miette::Diagnostic for DraftReport {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(self.label.clone()), self.span),
        )))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}

impl miette::Diagnostic for EvidenceReport {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some("source".into()), self.span),
        )))
    }
}

/// Writes every report through `handler`, then a one-line summary.
pub fn write(
    out: &mut dyn Write,
    handler: &GraphicalReportHandler,
    base: &FactBase,
    reports: &[FileReport<'_>],
    files: usize,
) -> io::Result<()> {
    for report in reports {
        let source: Arc<str> = Arc::from(report.text);
        for d in report.diagnostics {
            let rendered = render_one(handler, base, report.path, &source, d);
            out.write_all(rendered.as_bytes())?;
        }
    }
    let s = Summary::of(reports, files);
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    writeln!(
        out,
        "{} checked: {}, {}, {}",
        plural(s.files, "file"),
        plural(s.errors, "error"),
        plural(s.warnings, "warning"),
        plural(s.infos, "note")
    )
}

fn render_one(
    handler: &GraphicalReportHandler,
    base: &FactBase,
    path: &str,
    source: &Arc<str>,
    d: &Diagnostic,
) -> String {
    let related = d
        .evidence
        .iter()
        .filter_map(|e| {
            let doc = base.sources.iter().find(|s| s.document.path == e.path)?;
            Some(EvidenceReport {
                source: NamedSource::new(e.path.clone(), doc.document.text.clone()),
                span: e.span.into(),
            })
        })
        .collect();
    let label = match &d.fix {
        Some(fix) if fix.replacement.is_empty() => "remove".to_owned(),
        Some(fix) => format!("fix: {}", fix.replacement),
        None => d
            .fact
            .as_deref()
            .map_or_else(|| d.code.to_owned(), |f| format!("contradicts {f}")),
    };
    let report = DraftReport {
        message: d.message.clone(),
        code: match &d.fact {
            Some(f) => format!("{}({f})", d.code),
            None => d.code.to_owned(),
        },
        severity: d.severity,
        source: NamedSource::new(path, source.clone()),
        span: d.span.into(),
        label,
        help: d.help.clone(),
        related,
    };
    let mut rendered = String::new();
    let _ = handler.render_report(&mut rendered, &report);
    rendered.push('\n');
    rendered
}
