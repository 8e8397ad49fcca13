//! `--format json`: the versioned wire format of shared/DESIGN.md (version 1).
//!
//! These types are the contract: fields may be added, none may change meaning without
//! bumping `VERSION`.

use super::{FileReport, Summary};
use crate::diagnostic::Diagnostic;
use crate::span::{LineIndex, Span};
use serde::Serialize;
use std::io::{self, Write};

pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    path: &'a str,
    code: &'a str,
    fact: Option<&'a str>,
    severity: &'a str,
    message: &'a str,
    span: JsonSpan,
    evidence: Vec<JsonEvidence<'a>>,
    help: Option<&'a str>,
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonSpan {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    path: &'a str,
    line: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    span: JsonSpan,
    replacement: &'a str,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

fn span(index: &LineIndex, text: &str, span: Span) -> JsonSpan {
    let start = index.line_col(text, span.start);
    let end = index.line_col(text, span.end);
    JsonSpan {
        start: span.start,
        end: span.end,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}

fn convert<'a>(
    report: &FileReport<'a>,
    index: &LineIndex,
    d: &'a Diagnostic,
) -> JsonDiagnostic<'a> {
    JsonDiagnostic {
        path: report.path,
        code: d.code,
        fact: d.fact.as_deref(),
        severity: d.severity.name(),
        message: &d.message,
        span: span(index, report.text, d.span),
        evidence: d
            .evidence
            .iter()
            .map(|e| JsonEvidence {
                path: &e.path,
                line: e.line,
                text: &e.text,
            })
            .collect(),
        help: d.help.as_deref(),
        fix: d.fix.as_ref().map(|f| JsonFix {
            span: span(index, report.text, f.span),
            replacement: &f.replacement,
        }),
    }
}

/// Writes one JSON document for all reports (already sorted by path).
pub fn write(out: &mut dyn Write, reports: &[FileReport<'_>], files: usize) -> io::Result<()> {
    let mut diagnostics = Vec::new();
    for report in reports {
        let index = report.line_index();
        diagnostics.extend(
            report
                .diagnostics
                .iter()
                .map(|d| convert(report, &index, d)),
        );
    }
    let s = Summary::of(reports, files);
    let doc = Document {
        version: VERSION,
        diagnostics,
        summary: JsonSummary {
            files: s.files,
            errors: s.errors,
            warnings: s.warnings,
            infos: s.infos,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}
