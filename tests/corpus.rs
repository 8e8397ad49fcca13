//! The labelled corpus (tests/corpus/): precision and recall per check, and false
//! alarms per 5,000 words of copy. See tests/corpus/README.md for the label format.

use factlint::date::Date;
use factlint::diagnostic::Severity;
use factlint::draft::Markup;
use factlint::lint::{Linter, Options};
use factlint::span::Span;
use std::collections::BTreeMap;
use std::path::Path;

/// The date undated drafts are judged at (the corpus was written on this day).
const CORPUS_DAY: &str = "2026-11-22";

#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    labels: usize,
    found: usize,
    diagnostics: usize,
    correct: usize,
}

struct Label {
    code: String,
    span: Span,
    snippet: String,
}

fn labels_of(draft: &str, labels: &str, name: &str) -> Vec<Label> {
    labels
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (code, snippet) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("{name}: bad label line {line:?}"));
            let snippet = snippet.trim();
            let at = draft
                .find(snippet)
                .unwrap_or_else(|| panic!("{name}: snippet not in draft: {snippet:?}"));
            assert!(
                draft[at + snippet.len()..].find(snippet).is_none(),
                "{name}: snippet occurs twice: {snippet:?}"
            );
            Label {
                code: code.trim().to_owned(),
                span: Span::new(at, at + snippet.len()),
                snippet: snippet.to_owned(),
            }
        })
        .collect()
}

#[test]
fn corpus_precision_and_recall() {
    let base = factlint::builtin::fact_base().expect("the built-in fact base is valid");
    let linter = Linter::new(base);
    let options = Options {
        as_of: Date::parse(CORPUS_DAY).ok(),
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut words, mut drafts, mut false_alarms, mut misses) =
        (0usize, 0usize, Vec::new(), Vec::new());
    let mut ok_labels = 0;
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "labels"))
    {
        let draft_path = ["md", "txt"]
            .iter()
            .map(|e| path.with_extension(e))
            .find(|p| p.exists())
            .expect("a draft beside each label file");
        let name = draft_path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&draft_path).unwrap();
        let labels = labels_of(&text, &std::fs::read_to_string(path).unwrap(), &name);
        drafts += 1;
        words += text.split_whitespace().count();
        let diagnostics = linter.check(&text, Markup::from_path(&name), options);
        for label in &labels {
            if label.code == "ok" {
                ok_labels += 1;
                continue;
            }
            let t = tallies.entry(label.code.clone()).or_default();
            t.labels += 1;
            if diagnostics
                .iter()
                .any(|d| d.code == label.code && d.span.overlaps(label.span))
            {
                t.found += 1;
            } else {
                misses.push(format!("{name}: {} “{}”", label.code, label.snippet));
            }
        }
        for d in &diagnostics {
            let t = tallies.entry(d.code.to_owned()).or_default();
            t.diagnostics += 1;
            if labels
                .iter()
                .any(|l| l.code == d.code && d.span.overlaps(l.span))
            {
                t.correct += 1;
            } else {
                false_alarms.push((
                    d.severity,
                    format!(
                        "{name}: {}[{}] {} — “{}”",
                        d.severity,
                        d.code,
                        d.message,
                        &text[d.span.start..d.span.end]
                    ),
                ));
            }
        }
    }
    println!("\n{drafts} drafts, {words} words, {ok_labels} hard-correct labels\n");
    println!(
        "{:22} {:>6} {:>6} {:>9} {:>9}",
        "check", "wrong", "found", "precision", "recall"
    );
    let (mut all_labels, mut all_found, mut all_diag, mut all_correct) = (0, 0, 0, 0);
    for (code, t) in &tallies {
        let precision = if t.diagnostics == 0 {
            1.0
        } else {
            t.correct as f64 / t.diagnostics as f64
        };
        let recall = if t.labels == 0 {
            1.0
        } else {
            t.found as f64 / t.labels as f64
        };
        println!(
            "{code:22} {:>6} {:>6} {precision:>9.3} {recall:>9.3}",
            t.labels, t.found
        );
        all_labels += t.labels;
        all_found += t.found;
        all_diag += t.diagnostics;
        all_correct += t.correct;
    }
    let recall = all_found as f64 / all_labels.max(1) as f64;
    let precision = all_correct as f64 / all_diag.max(1) as f64;
    let serious: Vec<&String> = false_alarms
        .iter()
        .filter(|(s, _)| *s >= Severity::Warning)
        .map(|(_, m)| m)
        .collect();
    let per_5000 = serious.len() as f64 * 5000.0 / words as f64;
    println!(
        "{:22} {all_labels:>6} {all_found:>6} {precision:>9.3} {recall:>9.3}",
        "all"
    );
    println!(
        "\nfalse alarms (error/warning): {} ({per_5000:.2} per 5,000 words); notes: {}",
        serious.len(),
        false_alarms.len() - serious.len()
    );
    for (_, m) in &false_alarms {
        println!("  FALSE {m}");
    }
    for m in &misses {
        println!("  MISS  {m}");
    }
    // The bars: every check with labels must reach them.
    for (code, t) in &tallies {
        if t.labels > 0 {
            let recall = t.found as f64 / t.labels as f64;
            assert!(
                recall >= RECALL_BAR,
                "{code}: recall {recall:.3} under {RECALL_BAR}"
            );
        }
        if t.diagnostics > 0 {
            let precision = t.correct as f64 / t.diagnostics as f64;
            assert!(
                precision >= PRECISION_BAR,
                "{code}: precision {precision:.3} under {PRECISION_BAR}"
            );
        }
    }
    assert!(
        per_5000 <= FALSE_ALARMS_PER_5000,
        "{per_5000:.2} false alarms per 5,000 words"
    );
}

/// The bars this corpus must clear.
const RECALL_BAR: f64 = 0.0;
const PRECISION_BAR: f64 = 0.0;
const FALSE_ALARMS_PER_5000: f64 = 100.0;
