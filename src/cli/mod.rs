//! The commands, at the edge: they read files, call the library and write output.

pub mod args;
mod check;
mod hook;
mod load;
mod lsp;
mod rules;
mod settings;

use args::{Cli, Command, RulesCommand};
use load::{LoadError, RulesFrom};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Why a command stopped without its normal output.
pub enum Failure {
    /// An error was already printed; exit 2.
    Reported,
    /// Standard output was closed; exit quietly.
    BrokenPipe,
}

pub fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Rules(RulesCommand::Check { dir }) => rules::check(&rules_from(dir)),
        Command::Rules(RulesCommand::List { format, rules }) => {
            rules::list(&rules_from(rules.rules), format)
        }
        Command::Rules(RulesCommand::Test { dir }) => rules::test(&rules_from(dir)),
        Command::Explain { id, rules } => rules::explain(&rules_from(rules.rules), &id),
        Command::Check(args) => check::run(args),
        Command::Init => settings::init(),
        Command::Lsp => lsp::run(),
        Command::Hook(args::HookCommand::Install { force }) => hook::install(force),
        Command::Hook(args::HookCommand::Run { format, rules }) => hook::run(format, rules.rules),
    }
}

fn rules_from(dir: Option<PathBuf>) -> RulesFrom {
    dir.map_or(RulesFrom::Builtin, RulesFrom::Dir)
}

/// Loads the fact base, printing its errors (exit 2) if it is broken.
fn load_or_report(from: &RulesFrom) -> Result<factlint::factbase::FactBase, Failure> {
    match load::load(from) {
        Ok(base) => Ok(base),
        Err(LoadError::Io(message)) => {
            eprintln!("error: {message}");
            Err(Failure::Reported)
        }
        Err(LoadError::Invalid(errors)) => {
            let handler = report_handler();
            let mut out = String::new();
            const SHOWN: usize = 50;
            for error in errors.renderable().iter().take(SHOWN) {
                let _ = handler.render_report(&mut out, error);
                out.push('\n');
            }
            if errors.errors.len() > SHOWN {
                out.push_str(&format!(
                    "… and {} more errors\n",
                    errors.errors.len() - SHOWN
                ));
            }
            eprint!("{out}");
            eprintln!("error: {errors}");
            Err(Failure::Reported)
        }
    }
}

/// miette's graphical handler, with colour only on a terminal and `NO_COLOR` respected.
pub fn report_handler() -> miette::GraphicalReportHandler {
    use std::io::IsTerminal;
    let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stderr().is_terminal()
        && std::io::stdout().is_terminal();
    let theme = if colour {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    miette::GraphicalReportHandler::new_themed(theme).with_width(100)
}

/// Writes to standard output, turning a closed pipe into a quiet exit.
pub fn write_stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::BrokenPipe),
        Err(e) => {
            eprintln!("error: writing output: {e}");
            Err(Failure::Reported)
        }
    }
}
