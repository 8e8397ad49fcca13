//! No draft, however broken, makes the linter panic: every corpus draft is cut, spliced
//! and sprinkled with odd characters by a fixed pseudo-random sequence and checked as
//! Markdown and as plain text.

use factlint::draft::Markup;
use factlint::lint::{Linter, Options};
use std::path::Path;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const ODD: &[&str] = &[
    "\u{201C}",
    "\u{201D}",
    "\"",
    "'",
    "’",
    "—",
    "–",
    "-",
    "|",
    "\n",
    "\r\n",
    "\n\n",
    "<!--",
    "-->",
    "`",
    "```",
    "**",
    "#",
    "> ",
    "- ",
    "1. ",
    "🙂",
    "\u{0301}",
    "\u{FEFF}",
    "\u{00A0}",
    ",",
    ".",
    ":",
    ";",
    "%",
    "30,000",
    "110,000-strong",
    "6 January",
    "Monday's",
    "not",
    "if",
    "said",
    "Poland",
    "Zelenskyy",
    "summit",
    "(",
    ")",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<String> = chars.iter().map(|c| c.to_string()).collect();
    for _ in 0..1 + rng.below(12) {
        let at = rng.below(out.len() + 1);
        match rng.below(4) {
            0 => out.insert(at.min(out.len()), ODD[rng.below(ODD.len())].to_owned()),
            1 if !out.is_empty() => {
                let end = (at + rng.below(40)).min(out.len());
                out.drain(at.min(end)..end);
            }
            2 if !out.is_empty() => {
                let from = rng.below(out.len());
                let piece: Vec<String> = out[from..(from + rng.below(60)).min(out.len())].to_vec();
                let at = at.min(out.len());
                out.splice(at..at, piece);
            }
            _ => out.truncate(at),
        }
    }
    out.concat()
}

#[test]
fn mutated_drafts_never_panic() {
    let linter = Linter::new(factlint::builtin::fact_base().unwrap());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"));
    paths.sort();
    let rounds: usize = std::env::var("FACTLINT_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(8);
    let mut rng = Rng(0x5eed_f4c7_1a7e);
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        for round in 0..rounds {
            let mutated = mutate(&text, &mut rng);
            for markup in [Markup::Markdown, Markup::Plain] {
                let result =
                    std::panic::catch_unwind(|| linter.check(&mutated, markup, Options::default()));
                if result.is_err() {
                    let dump = Path::new(env!("CARGO_TARGET_TMPDIR")).join("panic-draft.txt");
                    std::fs::write(&dump, &mutated).unwrap();
                    panic!(
                        "{} round {round} ({markup:?}) panicked; the draft is in {}",
                        path.display(),
                        dump.display()
                    );
                }
            }
        }
    }
}
