//! Running the examples fact files carry: each `flag` sentence must be reported by its
//! fact, each `pass` sentence must raise no error or warning.

use crate::date::Date;
use crate::diagnostic::Severity;
use crate::draft::Markup;
use crate::lint::{Linter, Options};
use crate::span::Span;

/// An example that did not behave.
#[derive(Clone, Debug)]
pub struct Failure {
    pub fact: String,
    pub file: usize,
    pub span: Span,
    pub must_flag: bool,
    /// What the linter said instead.
    pub got: Vec<String>,
}

/// Runs every example; returns (examples run, failures).
pub fn run(linter: &Linter, today: Option<Date>) -> (usize, Vec<Failure>) {
    let mut count = 0;
    let mut failures = Vec::new();
    for fact in &linter.base.facts {
        let as_of = fact.validity.until.or(today);
        for example in &fact.examples {
            count += 1;
            let found = linter.check(
                &example.text,
                Markup::Plain,
                Options {
                    as_of,
                    ..Options::default()
                },
            );
            let ok = if example.must_flag {
                found
                    .iter()
                    .any(|d| d.fact.as_deref() == Some(fact.id.as_str()))
            } else {
                found.iter().all(|d| {
                    d.severity == Severity::Info && d.fact.as_deref() != Some(fact.id.as_str())
                })
            };
            if !ok {
                failures.push(Failure {
                    fact: fact.id.clone(),
                    file: fact.file,
                    span: example.span,
                    must_flag: example.must_flag,
                    got: found
                        .iter()
                        .map(|d| format!("{}[{}] {}", d.severity, d.code, d.message))
                        .collect(),
                });
            }
        }
    }
    (count, failures)
}
