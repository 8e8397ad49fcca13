//! `factlint check`: find drafts, read them, check them in parallel, render, exit.

use super::args::{CheckArgs, Deny, Format};
use super::{load_or_report, report_handler, rules_from, write_stdout, Failure};
use factlint::date::Date;
use factlint::diagnostic::{Diagnostic, Severity};
use factlint::draft::Markup;
use factlint::lint::{Linter, Options};
use factlint::render::{self, FileReport};
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

/// A draft read from disk or standard input.
pub struct Input {
    pub path: String,
    pub text: String,
}

pub fn run(args: CheckArgs) -> Result<ExitCode, Failure> {
    let settings = super::settings::load(args.config.as_deref())?;
    let config = &settings.config;
    // The command line wins over factlint.toml, which wins over the defaults.
    let as_of_text = args.as_of.clone().or_else(|| config.as_of.clone());
    let as_of = match &as_of_text {
        Some(text) => match Date::parse(text) {
            Ok(d) if d.is_full() => Some(d),
            _ => {
                eprintln!("error: --as-of takes a date written YYYY-MM-DD, not `{text}`");
                return Err(Failure::Reported);
            }
        },
        None => Some(today()),
    };
    let rules = match (&args.rules.rules, config.rules.as_slice()) {
        (Some(dir), _) => rules_from(Some(dir.clone())),
        (None, []) => rules_from(None),
        (None, dirs) => {
            super::load::RulesFrom::Dirs(dirs.iter().map(|d| settings.dir.join(d)).collect())
        }
    };
    let base = load_or_report(&rules)?;
    let linter = Linter::new(base);
    let filter = Filter::new(&config.include, &config.exclude)?;
    let (mut inputs, read_errors) = collect_filtered(&args.paths, &filter);
    if let Some(rev) = &args.changed_since {
        let changed = changed_since(rev)?;
        inputs.retain(|i| i.path == "-" || changed.iter().any(|c| same_file(c, &i.path)));
    }
    for e in &read_errors {
        eprintln!("error: {e}");
    }
    let options = Options {
        as_of,
        require_reason: config.require_reason,
    };
    let results: Vec<Vec<Diagnostic>> = check_all(&linter, &inputs, options)
        .into_iter()
        .map(|d| config.adjust(d))
        .collect();
    let deny_warnings = args.deny == Some(Deny::Warnings)
        || config.fail_on == Some(factlint::config::Level::Warning);
    let reports: Vec<FileReport<'_>> = inputs
        .iter()
        .zip(&results)
        .map(|(input, diagnostics)| FileReport {
            path: &input.path,
            text: &input.text,
            diagnostics,
        })
        .collect();
    let files = inputs.len();
    let mut out = Vec::new();
    let written = match args.format {
        Format::Json => render::json::write(&mut out, &reports, files),
        Format::Short => render::short::write(&mut out, &reports),
        Format::Sarif => render::sarif::write(&mut out, &reports),
        Format::Github => render::github::write(&mut out, &reports),
        Format::Human => {
            render::human::write(&mut out, &report_handler(), &linter.base, &reports, files)
        }
    };
    if let Err(e) = written {
        eprintln!("error: rendering: {e}");
        return Err(Failure::Reported);
    }
    if args.diff || args.fix {
        return fixes(
            &args,
            &inputs,
            &results,
            read_errors.is_empty(),
            deny_warnings,
        );
    }
    write_stdout(&String::from_utf8_lossy(&out))?;
    if !read_errors.is_empty() {
        return Err(Failure::Reported);
    }
    let fail_at = if deny_warnings {
        Severity::Warning
    } else {
        Severity::Error
    };
    let failing = results
        .iter()
        .flatten()
        .any(|d: &Diagnostic| d.severity >= fail_at);
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Checks every input, spreading the work over the machine's cores; results keep the
/// inputs' order.
pub fn check_all(linter: &Linter, inputs: &[Input], options: Options) -> Vec<Vec<Diagnostic>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(inputs.len().max(1));
    if threads <= 1 || inputs.len() < 4 {
        return inputs
            .iter()
            .map(|i| linter.check(&i.text, Markup::from_path(&i.path), options))
            .collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Vec<Diagnostic>> = vec![Vec::new(); inputs.len()];
    let chunks: Vec<Vec<(usize, Vec<Diagnostic>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(input) = inputs.get(i) else { break };
                        done.push((
                            i,
                            linter.check(&input.text, Markup::from_path(&input.path), options),
                        ));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for (i, diagnostics) in chunks.into_iter().flatten() {
        results[i] = diagnostics;
    }
    results
}

/// Finds and reads the drafts; unreadable ones are reported and skipped.
/// Include and exclude globs for walked folders (files named on the command line are
/// always checked).
pub struct Filter {
    include: Option<globset::GlobSet>,
    exclude: Option<globset::GlobSet>,
}

impl Filter {
    pub fn new(include: &[String], exclude: &[String]) -> Result<Filter, Failure> {
        let build = |globs: &[String]| -> Result<Option<globset::GlobSet>, Failure> {
            if globs.is_empty() {
                return Ok(None);
            }
            let mut set = globset::GlobSetBuilder::new();
            for g in globs {
                set.add(globset::Glob::new(g).map_err(|e| {
                    eprintln!("error: factlint.toml: bad glob `{g}`: {e}");
                    Failure::Reported
                })?);
            }
            set.build().map(Some).map_err(|e| {
                eprintln!("error: factlint.toml: {e}");
                Failure::Reported
            })
        };
        Ok(Filter {
            include: build(include)?,
            exclude: build(exclude)?,
        })
    }

    fn wants(&self, path: &str) -> bool {
        let path = path.trim_start_matches("./");
        let included = self.include.as_ref().is_none_or(|s| s.is_match(path));
        let excluded = self.exclude.as_ref().is_some_and(|s| s.is_match(path));
        included && !excluded
    }
}

pub fn collect_filtered(
    paths: &[std::path::PathBuf],
    filter: &Filter,
) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let mut files: Vec<String> = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => match decode("-", bytes) {
                    Ok(text) => inputs.push(Input {
                        path: "-".into(),
                        text,
                    }),
                    Err(e) => errors.push(e),
                },
                Err(e) => errors.push(format!("-: cannot read standard input: {e}")),
            }
            continue;
        }
        if path.is_dir() {
            let mut found: Vec<String> = walkdir::WalkDir::new(path)
                .follow_links(false)
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0
                        || !e.file_name().to_string_lossy().starts_with('.')
                            && e.file_name() != "target"
                            && e.file_name() != "node_modules"
                })
                .filter_map(|e| match e {
                    Ok(e) => Some(e),
                    Err(err) => {
                        errors.push(format!("{err}"));
                        None
                    }
                })
                .filter(|e| e.file_type().is_file() && is_draft(e.path()))
                .map(|e| display(e.path()))
                .filter(|p| filter.wants(p))
                .collect();
            found.sort();
            files.extend(found);
        } else if path.exists() {
            files.push(display(path));
        } else {
            errors.push(format!("{}: no such file or folder", path.display()));
        }
    }
    files.dedup();
    for file in files {
        match std::fs::read(&file) {
            Ok(bytes) => match decode(&file, bytes) {
                Ok(text) => inputs.push(Input { path: file, text }),
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(format!("{file}: {e}")),
        }
    }
    inputs.sort_by(|a, b| a.path.cmp(&b.path));
    (inputs, errors)
}

fn is_draft(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["md", "markdown", "txt"].contains(&e.to_ascii_lowercase().as_str()))
}

fn display(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}

/// UTF-8 with or without a BOM; binary and other encodings are refused with a reason.
fn decode(path: &str, bytes: Vec<u8>) -> Result<String, String> {
    if bytes.contains(&0) {
        return Err(format!("{path}: binary file (contains NUL bytes), skipped"));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!(
                "{path}:{line}: not valid UTF-8 (byte {at}), skipped"
            ))
        }
    }
}

/// Today's date, from the system clock.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64)
}

/// `--diff` prints what the fixes change; `--fix` writes them.
fn fixes(
    args: &CheckArgs,
    inputs: &[Input],
    results: &[Vec<Diagnostic>],
    read_ok: bool,
    deny_warnings: bool,
) -> Result<ExitCode, Failure> {
    let mut diff = String::new();
    let mut failed = !read_ok;
    let mut fixed = 0;
    for (input, diagnostics) in inputs.iter().zip(results) {
        if !diagnostics.iter().any(|d| d.fix.is_some()) {
            continue;
        }
        let new = factlint::fix::apply(&input.text, diagnostics);
        if new == input.text {
            continue;
        }
        if args.diff || input.path == "-" {
            diff.push_str(&factlint::fix::unified_diff(&input.path, &input.text, &new));
            continue;
        }
        match write_atomically(Path::new(&input.path), &input.text, &new) {
            Ok(()) => fixed += 1,
            Err(e) => {
                eprintln!("error: {}: not fixed: {e}", input.path);
                failed = true;
            }
        }
    }
    if args.diff {
        write_stdout(&diff)?;
    } else {
        write_stdout(&diff)?;
        eprintln!("fixed {fixed} file{}", if fixed == 1 { "" } else { "s" });
    }
    if failed {
        return Err(Failure::Reported);
    }
    // What is left after fixing still decides the exit status.
    let fail_at = if deny_warnings {
        Severity::Warning
    } else {
        Severity::Error
    };
    let remaining = results
        .iter()
        .flatten()
        .any(|d| d.fix.is_none() && d.severity >= fail_at);
    Ok(if remaining {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes `new` over `path` through a temporary file in the same folder and a rename,
/// keeping the permissions, and only if the file still holds `old`.
fn write_atomically(path: &Path, old: &str, new: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("not a file"))?;
    let tmp = dir.join(format!(
        ".{}.factlint-{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let permissions = std::fs::metadata(path)?.permissions();
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.write_all(new.as_bytes())?;
        file.sync_all()?;
        std::fs::set_permissions(&tmp, permissions)?;
        if std::fs::read(path)? != old.as_bytes() {
            return Err(std::io::Error::other("the file changed since it was read"));
        }
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The files changed since `rev`: in commits since it, staged, or in the working tree.
fn changed_since(rev: &str) -> Result<Vec<std::path::PathBuf>, Failure> {
    let run = |args: &[&str]| -> Result<String, Failure> {
        let out = std::process::Command::new("git")
            .args(args)
            .output()
            .map_err(|e| {
                eprintln!("error: --changed-since needs git: {e}");
                Failure::Reported
            })?;
        if !out.status.success() {
            eprintln!(
                "error: git {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return Err(Failure::Reported);
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let top = run(&["rev-parse", "--show-toplevel"])?;
    let top = Path::new(top.trim());
    let mut files = Vec::new();
    for args in [
        vec!["diff", "--name-only", "--diff-filter=ACMR", rev],
        vec!["ls-files", "--others", "--exclude-standard"],
    ] {
        files.extend(run(&args)?.lines().map(|l| top.join(l)));
    }
    Ok(files)
}

fn same_file(a: &Path, b: &str) -> bool {
    match (a.canonicalize(), Path::new(b).canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
