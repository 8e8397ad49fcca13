//! `--format sarif`: SARIF 2.1.0, for code-scanning dashboards. Every check is a rule;
//! every diagnostic a result with its region; the source's words are related locations.

use super::FileReport;
use crate::diagnostic::Severity;
use crate::span::{LineIndex, Span};
use serde_json::{json, Value};
use std::io::{self, Write};

/// Writes one SARIF log for all reports.
pub fn write(out: &mut dyn Write, reports: &[FileReport<'_>]) -> io::Result<()> {
    let codes: Vec<(&str, &str)> = crate::checks::codes().collect();
    let rules: Vec<Value> = codes
        .iter()
        .map(|(id, description)| {
            json!({
                "id": id,
                "name": camel(id),
                "shortDescription": {"text": description},
                "fullDescription": {"text": description},
                "defaultConfiguration": {"level": "error"},
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        let index = LineIndex::new(report.text);
        for d in report.diagnostics {
            let rule_index = codes.iter().position(|(id, _)| *id == d.code).unwrap_or(0);
            let related: Vec<Value> = d
                .evidence
                .iter()
                .enumerate()
                .map(|(k, e)| {
                    json!({
                        "id": k + 1,
                        "message": {"text": format!("The source: “{}”", e.text)},
                        "physicalLocation": {
                            "artifactLocation": {"uri": e.path},
                            "region": {"startLine": e.line, "snippet": {"text": e.text}},
                        },
                    })
                })
                .collect();
            let mut result = json!({
                "ruleId": d.code,
                "ruleIndex": rule_index,
                "level": level(d.severity),
                "message": {"text": d.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(report.path)},
                        "region": region(&index, report.text, d.span),
                    },
                }],
                "properties": {"fact": d.fact, "help": d.help},
            });
            if !related.is_empty() {
                result["relatedLocations"] = Value::Array(related);
            }
            if let Some(fix) = &d.fix {
                result["fixes"] = json!([{
                    "description": {"text": format!("Replace with “{}”", fix.replacement)},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri(report.path)},
                        "replacements": [{
                            "deletedRegion": region(&index, report.text, fix.span),
                            "insertedContent": {"text": fix.replacement},
                        }],
                    }],
                }]);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factlint",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::other)?;
    writeln!(out)
}

/// "quantity-bound" → "QuantityBound", the human-facing rule name SARIF asks for.
fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or_else(String::new, |f| {
                f.to_uppercase().collect::<String>() + c.as_str()
            })
        })
        .collect()
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(index: &LineIndex, text: &str, span: Span) -> Value {
    let start = index.line_col(text, span.start);
    let end = index.line_col(text, span.end);
    json!({"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column})
}

/// A URI for a path: relative as given, or a `file://` URI for an absolute path (SARIF
/// wants `/` and percent-escapes).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 7);
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for c in path.replace('\\', "/").chars() {
        match c {
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            _ => out.push(c),
        }
    }
    out
}
