//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Checks news drafts against a base of known facts.
#[derive(Debug, Parser)]
#[command(name = "factlint", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check drafts (Markdown and text) against the fact base.
    Check(CheckArgs),
    /// Work with fact files: validate, list, run their examples.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Write a commented factlint.toml and an example fact file with its source.
    Init,
    /// Run the Language Server on standard input and output (for editors).
    Lsp,
    /// A git pre-commit hook that checks staged drafts (without the pre-commit framework).
    #[command(subcommand)]
    Hook(HookCommand),
    /// Show one fact: what it says, its evidence in context, its examples.
    Explain {
        /// The fact id (as in `factlint rules list`).
        id: String,
        #[command(flatten)]
        rules: RulesArg,
    },
}

#[derive(Debug, Args)]
pub struct RulesArg {
    /// Use the fact files in DIR instead of the built-in fact base.
    #[arg(long, value_name = "DIR", global = true)]
    pub rules: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate fact files (the built-in fact base when DIR is not given); exit 0 or 2.
    Check {
        /// Folder of *.facts files.
        dir: Option<PathBuf>,
    },
    /// List the facts, one row per fact.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
        #[command(flatten)]
        rules: RulesArg,
    },
    /// Run every `pass` and `flag` example in the fact files.
    Test {
        /// Folder of *.facts files (the built-in fact base when not given).
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum HookCommand {
    /// Write .git/hooks/pre-commit to run `factlint hook run`.
    Install {
        /// Replace an existing pre-commit hook not written by factlint.
        #[arg(long)]
        force: bool,
    },
    /// Check the staged content of staged drafts (what the hook runs).
    Run {
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        #[command(flatten)]
        rules: RulesArg,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Reports with the draft's and the source's words (colour on a terminal).
    Human,
    /// The versioned JSON contract (docs/json.md).
    Json,
    /// SARIF 2.1.0 for code-scanning dashboards.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// `path:line:col: severity[code] message`, one per line.
    Short,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check (`-` reads standard input).
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The date the drafts speak of (YYYY-MM-DD), for facts that change over time;
    /// a draft's own `date:` front matter wins.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Also fail (exit 1) on warnings.
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,
    /// Check only drafts changed since this git revision (committed, staged or not).
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Read this configuration instead of the factlint.toml found upward.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print the fixes as a unified diff; write nothing.
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
    /// Apply the fixes to the files (atomically; never to a file that changed meanwhile).
    #[arg(long)]
    pub fix: bool,
    #[command(flatten)]
    pub rules: RulesArg,
}
