//! `--format github`: GitHub Actions workflow commands, which annotate the lines of a
//! pull request.

use super::FileReport;
use crate::diagnostic::Severity;
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, reports: &[FileReport<'_>]) -> io::Result<()> {
    for report in reports {
        let index = report.line_index();
        for d in report.diagnostics {
            let start = index.line_col(report.text, d.span.start);
            let end = index.line_col(report.text, d.span.end);
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message.push('\n');
                message.push_str(help);
            }
            if let Some(e) = d.evidence.first() {
                message.push_str(&format!(
                    "\nThe source ({}:{}): “{}”",
                    e.path, e.line, e.text
                ));
            }
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(report.path),
                start.line,
                start.column,
                end.line,
                end.column,
                property(&format!("factlint {}", d.code)),
                data(&message)
            )?;
        }
    }
    Ok(())
}

/// Escapes a message for a workflow command.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value for a workflow command.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_escape_their_separators() {
        assert_eq!(property("a,b:c%\nd"), "a%2Cb%3Ac%25%0Ad");
        assert_eq!(data("50% of\nthe fleet"), "50%25 of%0Athe fleet");
    }
}
