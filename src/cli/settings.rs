//! Finding and reading `factlint.toml`, and rendering its errors.

use super::{report_handler, Failure};
use factlint::config::{Config, FILE_NAME};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The configuration in force and the folder its paths are relative to.
pub struct Settings {
    pub config: Config,
    pub dir: PathBuf,
}

/// `--config PATH`, else the first `factlint.toml` upward from the working folder, else
/// the defaults.
pub fn load(explicit: Option<&Path>) -> Result<Settings, Failure> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => find_upward(),
    };
    let Some(path) = path else {
        return Ok(Settings {
            config: Config::default(),
            dir: PathBuf::from("."),
        });
    };
    let text = std::fs::read_to_string(&path).map_err(|e| {
        eprintln!("error: {}: {e}", path.display());
        Failure::Reported
    })?;
    let config = Config::parse(&text).map_err(|e| {
        let report = miette::MietteDiagnostic::new(format!("invalid configuration: {}", e.message))
            .with_code("factlint::config")
            .with_label(miette::LabeledSpan::at(e.span.start..e.span.end.max(e.span.start), "here"))
            .with_help("the keys are rules, include, exclude, as-of, fail-on, require-reason and [severity]");
        let report = miette::Report::new(report).with_source_code(miette::NamedSource::new(path.display().to_string(), Arc::<str>::from(text.as_str())));
        let mut out = String::new();
        let _ = report_handler().render_report(&mut out, report.as_ref());
        eprint!("{out}");
        Failure::Reported
    })?;
    let dir = path
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    Ok(Settings {
        config,
        dir: if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        },
    })
}

fn find_upward() -> Option<PathBuf> {
    let mut dir = std::env::current_dir().ok()?;
    loop {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// `factlint init`: a commented configuration and an example fact file with its source.
pub fn init() -> Result<std::process::ExitCode, Failure> {
    let files: [(&str, &str); 3] = [
        (FILE_NAME, factlint::config::STARTER),
        ("facts/example.facts", EXAMPLE_FACTS),
        ("sources/example.txt", EXAMPLE_SOURCE),
    ];
    for (path, _) in &files {
        if Path::new(path).exists() {
            eprintln!("error: {path} exists; factlint init writes only new files");
            return Err(Failure::Reported);
        }
    }
    for (path, text) in files {
        if let Some(parent) = Path::new(path).parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        std::fs::write(path, text).map_err(|e| {
            eprintln!("error: {path}: {e}");
            Failure::Reported
        })?;
        eprintln!("wrote {path}");
    }
    eprintln!(
        "next: `factlint rules check facts` and `factlint check` (see docs/rules-language.md)"
    );
    Ok(std::process::ExitCode::SUCCESS)
}

const EXAMPLE_SOURCE: &str = "Mayor Ada Okafor said on Wednesday 4 March that the council had ruled out closing any library.\n\"No library will close on my watch,\" she said, presenting a budget of about £12 million.\n";

const EXAMPLE_FACTS: &str = r#"# An example fact file: every fact cites the source's exact words.
source press-release { file "../sources/example.txt" publisher "City Hall" published 2026-03-04 }

person okafor "Ada Okafor" { alias "Okafor", "Mayor Okafor" }
action close-library { verbs "close", "shut" objects "library", "libraries" }
titles { "Councillor", "Deputy Mayor" }   # other titles, so a wrong one is recognised

title okafor-mayor {
  holder okafor
  names "Mayor", "mayor"
  evidence press-release "Mayor Ada Okafor said"
  pass "Mayor Ada Okafor spoke."
  flag "Councillor Ada Okafor spoke."
}

stance no-closures {
  actor okafor
  polarity ruled-out
  does close-library
  evidence press-release "the council had ruled out closing any library"
  pass "Okafor has ruled out closing libraries."
  flag "Okafor will close two libraries."
}

quote okafor-promise {
  speaker okafor
  says "No library will close on my watch"
  evidence press-release "No library will close on my watch"
  pass "\"No library will close on my watch,\" Okafor said."
  flag "\"No library will shut on my watch,\" Okafor said."
}
"#;
