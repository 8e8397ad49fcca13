//! Renderers: each output format converts the neutral diagnostics and writes them to a
//! writer it is given. One file per format.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod short;

use crate::diagnostic::{Diagnostic, Severity};
use crate::span::LineIndex;

/// The diagnostics of one checked file.
pub struct FileReport<'a> {
    /// The path as given on the command line or found by walking.
    pub path: &'a str,
    pub text: &'a str,
    pub diagnostics: &'a [Diagnostic],
}

impl FileReport<'_> {
    pub fn line_index(&self) -> LineIndex {
        LineIndex::new(self.text)
    }
}

/// Counts by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport<'_>], files: usize) -> Summary {
        let mut s = Summary {
            files,
            ..Summary::default()
        };
        for d in reports.iter().flat_map(|r| r.diagnostics) {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}
