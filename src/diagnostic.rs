//! The neutral diagnostic model that checks produce and renderers convert.

use crate::span::Span;
use serde::Serialize;
use std::fmt;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn parse(word: &str) -> Option<Severity> {
        match word {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The source's words that a diagnostic cites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceRef {
    /// The source document's path, as shown to users.
    pub path: String,
    /// 1-based line in the source.
    pub line: usize,
    /// The byte range of the cited words in the source.
    pub span: Span,
    /// The cited words.
    pub text: String,
}

/// A replacement of the draft's words that fixes the finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
}

/// One finding in one draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The check id (`quantity-bound`).
    pub code: &'static str,
    /// The id of the fact contradicted, if any.
    pub fact: Option<String>,
    pub severity: Severity,
    /// One line that quotes the draft's words, no trailing period.
    pub message: String,
    /// The draft's words at fault.
    pub span: Span,
    pub evidence: Vec<EvidenceRef>,
    pub help: Option<String>,
    pub fix: Option<Fix>,
}
