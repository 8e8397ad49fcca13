//! `factlint rules check|list|test` and `factlint explain`.

use super::args::ListFormat;
use super::load::RulesFrom;
use super::{load_or_report, write_stdout, Failure};
use factlint::factbase::FactBase;
use factlint::span::LineIndex;
use serde::Serialize;
use std::fmt::Write;
use std::process::ExitCode;

pub fn check(from: &RulesFrom) -> Result<ExitCode, Failure> {
    let base = load_or_report(from)?;
    let evidence: usize = base.facts.iter().map(|f| f.evidence.len()).sum();
    write_stdout(&format!(
        "{} facts about {} entities in {} fact files; {} citations verified against {} sources\n",
        base.facts.len(),
        base.entities.len(),
        base.files.len(),
        evidence,
        base.sources.len()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// One row of `rules list --format json`.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    kind: &'a str,
    subject: &'a str,
    summary: String,
    source: Vec<&'a str>,
    severity: &'a str,
}

pub fn list(from: &RulesFrom, format: ListFormat) -> Result<ExitCode, Failure> {
    let base = load_or_report(from)?;
    let rows: Vec<Row<'_>> = base
        .facts
        .iter()
        .map(|fact| Row {
            id: &fact.id,
            kind: fact.data.kind(),
            subject: subject_of(&base, fact),
            summary: base.summary(fact),
            source: fact
                .evidence
                .iter()
                .map(|e| base.sources[e.source].document.path.as_str())
                .collect(),
            severity: fact.severity.name(),
        })
        .collect();
    let out = match format {
        ListFormat::Json => serde_json::to_string_pretty(&rows).expect("rows serialise") + "\n",
        ListFormat::Human => {
            let width = rows.iter().map(|r| r.id.len()).max().unwrap_or(0);
            let mut out = String::new();
            for r in &rows {
                let _ = writeln!(out, "{:width$}  {:8}  {}", r.id, r.kind, r.summary);
            }
            out
        }
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn subject_of<'b>(base: &'b FactBase, fact: &factlint::factbase::Fact) -> &'b str {
    use factlint::factbase::FactData as D;
    let entity = match &fact.data {
        D::Title { holder, .. } => *holder,
        D::Figure { subject, .. } | D::Term { subject, .. } => *subject,
        D::Stance { actor, .. } => *actor,
        D::Happened { event, .. } => *event,
        D::Quote { speakers, .. } => speakers[0],
    };
    &base.entities[entity].id
}

pub fn explain(from: &RulesFrom, id: &str) -> Result<ExitCode, Failure> {
    let base = load_or_report(from)?;
    let Some(fact) = base.fact(id) else {
        let hint = base
            .facts
            .iter()
            .map(|f| (factlint::text::edit_distance(&f.id, id), &f.id))
            .min()
            .filter(|(d, _)| *d <= 3)
            .map(|(_, f)| format!(" (did you mean `{f}`?)"))
            .unwrap_or_default();
        eprintln!("error: no fact `{id}`{hint}; `factlint rules list` shows them all");
        return Err(Failure::Reported);
    };
    let mut out = String::new();
    let file = &base.files[fact.file];
    let line = LineIndex::new(&file.text)
        .line_col(&file.text, fact.span.start)
        .line;
    let _ = writeln!(
        out,
        "{} ({} fact, {})",
        fact.id,
        fact.data.kind(),
        fact.severity
    );
    let _ = writeln!(out, "  {}", base.summary(fact));
    let _ = writeln!(out, "  declared at {}:{line}", file.path);
    if fact.validity.from.is_some() || fact.validity.until.is_some() {
        let from = fact
            .validity
            .from
            .map(|d| d.to_string())
            .unwrap_or_else(|| "…".into());
        let until = fact
            .validity
            .until
            .map(|d| d.to_string())
            .unwrap_or_else(|| "…".into());
        let _ = writeln!(out, "  holds from {from} until {until}");
    }
    if let Some(note) = &fact.note {
        let _ = writeln!(out, "  note: {note}");
    }
    let _ = writeln!(out, "\nevidence:");
    for e in &fact.evidence {
        let source = &base.sources[e.source];
        let text = &source.document.text;
        let index = LineIndex::new(text);
        let line_text = index.line_text(text, e.span.start);
        let _ = writeln!(out, "  {}:{}", source.document.path, e.line);
        let _ = writeln!(out, "    {}", line_text.trim());
    }
    if !fact.examples.is_empty() {
        let _ = writeln!(out, "\nexamples:");
        for ex in &fact.examples {
            let verdict = if ex.must_flag { "flag" } else { "pass" };
            let _ = writeln!(out, "  {verdict}: {}", ex.text);
        }
    }
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

pub fn test(from: &RulesFrom) -> Result<ExitCode, Failure> {
    let base = load_or_report(from)?;
    let linter = factlint::lint::Linter::new(base);
    let (count, failures) = factlint::examples::run(&linter, Some(super::check::today()));
    let mut out = String::new();
    for f in &failures {
        let file = &linter.base.files[f.file];
        let at = LineIndex::new(&file.text).line_col(&file.text, f.span.start);
        let what = if f.must_flag {
            "was not flagged"
        } else {
            "was flagged"
        };
        let _ = writeln!(
            out,
            "{}:{}:{}: example of `{}` {what}",
            file.path, at.line, at.column, f.fact
        );
        for got in &f.got {
            let _ = writeln!(out, "    {got}");
        }
    }
    let _ = writeln!(
        out,
        "{} passed, {} failed",
        count - failures.len(),
        failures.len()
    );
    write_stdout(&out)?;
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
