//! `--format short`: `path:line:col: severity[code] message`, one per line, for
//! quickfix lists and editor problem matchers.

use super::FileReport;
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, reports: &[FileReport<'_>]) -> io::Result<()> {
    for report in reports {
        let index = report.line_index();
        for d in report.diagnostics {
            let at = index.line_col(report.text, d.span.start);
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                report.path, at.line, at.column, d.severity, d.code, d.message
            )?;
        }
    }
    Ok(())
}
