//! The `factlint` command line: parses arguments, loads the fact base, runs the
//! library, renders, and sets the exit status (0 clean, 1 findings, 2 errors).
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::args::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(cli::Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(cli::Failure::Reported) => ExitCode::from(2),
    }
}
