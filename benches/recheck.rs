//! Re-checking one draft after an edit, as the Language Server does: `cargo bench`.
//! Prints the mean time to check a 20 KB draft with a compiled fact base.
#![allow(clippy::print_stdout)]

use factlint::draft::Markup;
use factlint::lint::{Linter, Options};
use std::time::Instant;

fn main() {
    let linter = Linter::new(factlint::builtin::fact_base().expect("valid built-in base"));
    // About 20 KB of labelled drafts, joined.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    names.sort();
    let mut text = String::new();
    for n in names {
        if text.len() >= 20_000 {
            break;
        }
        text.push_str(&std::fs::read_to_string(n).unwrap().replace("---\n", ""));
        text.push_str("\n\n");
    }
    let runs = 200;
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..runs {
        found += linter
            .check(&text, Markup::Markdown, Options::default())
            .len();
    }
    let per = started.elapsed() / runs;
    println!(
        "re-check of a {} KB draft: {:.2} ms ({} findings)",
        text.len() / 1000,
        per.as_secs_f64() * 1000.0,
        found / runs as usize
    );
}
