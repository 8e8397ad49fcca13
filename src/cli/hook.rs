//! `factlint hook install|run`: a git pre-commit hook for teams without the pre-commit
//! framework. It checks the staged content of staged drafts, not the working copy.

use super::args::Format;
use super::check::{check_all, today, Input};
use super::{load_or_report, report_handler, rules_from, write_stdout, Failure};
use factlint::diagnostic::Severity;
use factlint::lint::{Linter, Options};
use factlint::render::{self, FileReport};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const MARKER: &str = "# installed by factlint hook install";

pub fn install(force: bool) -> Result<ExitCode, Failure> {
    let hooks = git(&["rev-parse", "--git-path", "hooks"]).map_err(report)?;
    let hooks = PathBuf::from(hooks.trim());
    std::fs::create_dir_all(&hooks).map_err(|e| report(e.to_string()))?;
    let path = hooks.join("pre-commit");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        if !existing.contains(MARKER) && !force {
            eprintln!(
                "error: {} exists and was not written by factlint; use --force to replace it",
                path.display()
            );
            return Err(Failure::Reported);
        }
    }
    let exe = std::env::current_exe().map_err(|e| report(e.to_string()))?;
    let script = format!(
        "#!/bin/sh\n{MARKER}\n# Checks the staged drafts against the fact base; `git commit --no-verify` skips it.\nexec \"{}\" hook run\n",
        exe.display()
    );
    std::fs::write(&path, script).map_err(|e| report(e.to_string()))?;
    set_executable(&path);
    write_stdout(&format!("installed {}\n", path.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// Checks the staged version of every staged draft; exit 1 refuses the commit.
pub fn run(format: Format, rules: Option<PathBuf>) -> Result<ExitCode, Failure> {
    let staged = git(&[
        "diff",
        "--cached",
        "--name-only",
        "--diff-filter=ACMR",
        "-z",
    ])
    .map_err(report)?;
    let mut inputs = Vec::new();
    for path in staged.split('\0').filter(|p| is_draft(p)) {
        let bytes = git_bytes(&["show", &format!(":{path}")]).map_err(report)?;
        match String::from_utf8(bytes) {
            Ok(text) => inputs.push(Input {
                path: path.to_owned(),
                text,
            }),
            Err(_) => eprintln!("warning: {path}: staged content is not UTF-8, not checked"),
        }
    }
    if inputs.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let base = load_or_report(&rules_from(rules))?;
    let linter = Linter::new(base);
    let results = check_all(
        &linter,
        &inputs,
        Options {
            as_of: Some(today()),
            ..Options::default()
        },
    );
    let reports: Vec<FileReport<'_>> = inputs
        .iter()
        .zip(&results)
        .map(|(i, d)| FileReport {
            path: &i.path,
            text: &i.text,
            diagnostics: d,
        })
        .collect();
    let mut out = Vec::new();
    let written = match format {
        Format::Short => render::short::write(&mut out, &reports),
        _ => render::human::write(
            &mut out,
            &report_handler(),
            &linter.base,
            &reports,
            inputs.len(),
        ),
    };
    written.map_err(|e| report(e.to_string()))?;
    // The hook's findings go to standard error, where git shows them.
    eprint!("{}", String::from_utf8_lossy(&out));
    let failing = results
        .iter()
        .flatten()
        .any(|d| d.severity == Severity::Error);
    if failing {
        eprintln!("factlint: commit refused; fix the drafts, or suppress a finding with a comment (docs/suppressions.md)");
    }
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn is_draft(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown") || lower.ends_with(".txt")
}

fn git(args: &[&str]) -> Result<String, String> {
    git_bytes(args).map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn git_bytes(args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(out.stdout)
}

fn report(message: String) -> Failure {
    eprintln!("error: {message}");
    Failure::Reported
}

#[cfg(unix)]
fn set_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path) {
        let mut permissions = meta.permissions();
        permissions.set_mode(permissions.mode() | 0o755);
        let _ = std::fs::set_permissions(path, permissions);
    }
}

#[cfg(not(unix))]
fn set_executable(_path: &Path) {}
