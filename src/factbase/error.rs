//! Errors in fact files, each pointing into the file, rendered through miette.

use crate::span::Span;
use miette::{Diagnostic, NamedSource, SourceSpan};
use std::sync::Arc;
use thiserror::Error;

/// One problem in one fact file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactError {
    /// The fact file's path as shown to users.
    pub path: String,
    pub span: Span,
    pub message: String,
    /// What to write under the underline.
    pub label: String,
    pub help: Option<String>,
    /// A second place in the same file (the first declaration of a duplicate).
    pub related: Option<(Span, String)>,
}

/// Every problem found in a set of fact files.
#[derive(Debug, Error, Diagnostic)]
#[error("the fact base has {} error{}", .errors.len(), if .errors.len() == 1 { "" } else { "s" })]
pub struct FactBaseError {
    pub errors: Vec<FactError>,
    /// The texts of the fact files, by path, for rendering.
    pub sources: Vec<(String, Arc<str>)>,
}

impl FactBaseError {
    /// Each error as a miette diagnostic with its file as the named source.
    pub fn renderable(&self) -> Vec<RenderedFactError> {
        self.errors
            .iter()
            .map(|e| {
                let text = self
                    .sources
                    .iter()
                    .find(|(p, _)| *p == e.path)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_else(|| Arc::from(""));
                let mut labels = vec![miette::LabeledSpan::new_primary_with_span(
                    Some(e.label.clone()),
                    SourceSpan::from(e.span),
                )];
                if let Some((span, label)) = &e.related {
                    labels.push(miette::LabeledSpan::new_with_span(
                        Some(label.clone()),
                        SourceSpan::from(*span),
                    ));
                }
                RenderedFactError {
                    message: e.message.clone(),
                    code: NamedSource::new(e.path.clone(), text),
                    labels,
                    help: e.help.clone(),
                }
            })
            .collect()
    }
}

/// One fact-file error ready for miette.
#[derive(Debug, Error)]
#[error("{message}")]
pub struct RenderedFactError {
    message: String,
    code: NamedSource<Arc<str>>,
    labels: Vec<miette::LabeledSpan>,
    help: Option<String>,
}

impl Diagnostic for RenderedFactError {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.code)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }

    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new("fact-file"))
    }
}
