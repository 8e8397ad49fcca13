//! The checks: each reads the claims of a draft and the fact base and returns
//! diagnostics. Every check is registered in [`CHECKS`]; each lives in its own file.

mod events;
mod figures;
mod index;
pub mod names;
mod quotes;
mod stances;
mod terms;
mod titles;

pub use index::Index;

use crate::claims::lexicon::Lexicon;
use crate::claims::Analysis;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, EvidenceRef};
use crate::factbase::{Fact, FactBase};
use crate::span::Span;

/// What a check reads.
pub struct Context<'a> {
    pub base: &'a FactBase,
    pub index: &'a Index,
    pub lexicon: &'a Lexicon,
    pub analysis: &'a Analysis<'a>,
    /// The date the draft speaks of.
    pub as_of: Option<Date>,
}

impl Context<'_> {
    /// Whether the word (lowercase) is a name the fact base knows.
    pub fn lexicon_knows(&self, word: &str) -> bool {
        self.lexicon.is_known_word(word)
    }
}

/// One registered check.
pub struct Check {
    /// The ids of the diagnostics it emits.
    pub codes: &'static [(&'static str, &'static str)],
    pub run: fn(&Context<'_>, &mut Vec<Diagnostic>),
}

/// Every check, in the order they run.
pub const CHECKS: &[Check] = &[
    figures::CHECK,
    stances::CHECK,
    titles::CHECK,
    events::CHECK,
    quotes::CHECK,
    names::CHECK,
    terms::CHECK,
];

/// Every diagnostic code with its one-line description.
pub fn codes() -> impl Iterator<Item = (&'static str, &'static str)> {
    CHECKS
        .iter()
        .flat_map(|c| c.codes.iter().copied())
        .chain(std::iter::once((
            crate::suppress::UNUSED,
            "an inline suppression that silences nothing",
        )))
}

/// Runs every check over one analysed draft; diagnostics come back sorted by span.
pub fn run(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for check in CHECKS {
        (check.run)(ctx, &mut out);
    }
    out.sort_by(|a, b| (a.span.start, a.span.end, a.code).cmp(&(b.span.start, b.span.end, b.code)));
    out.dedup_by(|a, b| a.span == b.span && a.code == b.code);
    // Two verbs of one claim ("have continued to fly") are one finding: the longer.
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(out.len());
    for d in out {
        let same = kept.iter().rposition(|k| {
            k.code == d.code && k.fact.is_some() && k.fact == d.fact && k.span.overlaps(d.span)
        });
        match same {
            Some(k) if d.span.len() > kept[k].span.len() => kept[k] = d,
            Some(_) => {}
            None => kept.push(d),
        }
    }
    kept.sort_by(|a, b| {
        (a.span.start, a.span.end, a.code).cmp(&(b.span.start, b.span.end, b.code))
    });
    kept
}

/// What the fact base says happened at an event: the first date, place and attendees
/// its `happened` facts give.
#[derive(Clone, Copy, Default)]
pub struct Happening {
    pub date: Option<crate::date::Date>,
    pub place: Option<crate::factbase::EntityId>,
    pub attendees: Option<crate::factbase::EntityId>,
}

pub fn happening(ctx: &Context<'_>, event: crate::factbase::EntityId) -> Happening {
    let facts = ctx.index.events.get(&event).map_or(&[][..], Vec::as_slice);
    facts.iter().fold(Happening::default(), |h, &f| {
        match &ctx.base.facts[f].data {
            crate::factbase::FactData::Happened {
                date,
                place,
                attendees,
                ..
            } => Happening {
                date: h.date.or(*date),
                place: h.place.or(*place),
                attendees: h.attendees.or(*attendees),
            },
            _ => h,
        }
    })
}

/// Whether a year in a draft is history: more than five years before the draft's date
/// (else the newest source's); "the force sent to Bosnia in 1995", "In 1995, Dutch
/// peacekeepers".
/// How many months a date in the draft is from a known date, if both have a month.
/// Without a year, the nearest: December is a month before January.
pub fn months_apart(right: crate::date::Date, d: &crate::claims::dates::DateExpr) -> Option<i32> {
    let (m, rm) = (i32::from(d.month?), i32::from(right.month?));
    Some(match d.year {
        Some(year) => ((year - right.year) * 12 + m - rm).abs(),
        None => {
            let x = (m - rm).abs();
            x.min(12 - x)
        }
    })
}

/// The year of the latest source report.
pub fn sources_year(ctx: &Context<'_>) -> Option<i32> {
    ctx.base
        .sources
        .iter()
        .filter_map(|s| s.published)
        .map(|d| d.year)
        .max()
}

pub fn long_past(ctx: &Context<'_>, year: i32) -> bool {
    let now = ctx.as_of.map(|d| d.year).or_else(|| sources_year(ctx));
    now.is_some_and(|now| year + 5 < now)
}

/// Whether the token at `first` follows a preposition of place ("in Kharkiv", "on Kyiv").
pub fn after_place_preposition(tokens: &[crate::claims::tokens::Token], first: usize) -> bool {
    first > 0
        && tokens[first - 1].is_any(&[
            "in", "on", "at", "near", "over", "across", "against", "into",
        ])
}

/// Whether the clause `start..end` names a place the fact base does not know: a
/// capitalised word after a preposition of place that is no mention, month or weekday
/// ("a drone strike on Kharkiv").
pub fn unknown_place_in(
    ctx: &Context<'_>,
    sentence: &crate::claims::Sentence,
    start: usize,
    end: usize,
) -> bool {
    let tokens = &sentence.tokens;
    let text = ctx.analysis.draft.text;
    (start + 1..end).any(|k| {
        after_place_preposition(tokens, k)
            && tokens[k].kind == crate::claims::tokens::TokenKind::Word
            && text[tokens[k].span.start..].starts_with(char::is_uppercase)
            && !sentence
                .mentions
                .iter()
                .any(|m| m.first <= k && k <= m.last)
            && {
                // "at Thursday's summit" is a day, not a place.
                let word = tokens[k].norm.trim_end_matches("'s");
                crate::date::month_number(word).is_none()
                    && crate::date::Weekday::parse(word).is_none()
            }
    })
}

/// A name as an owner: "Poland's", "Western officials'", "United States'".
pub fn owner(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

/// The fact's evidence as diagnostic evidence.
pub fn evidence_of(base: &FactBase, fact: &Fact) -> Vec<EvidenceRef> {
    fact.evidence
        .iter()
        .map(|e| EvidenceRef {
            path: base.sources[e.source].document.path.clone(),
            line: e.line,
            span: e.span,
            text: e.text.clone(),
        })
        .collect()
}

/// Builds a diagnostic citing `fact`, at the fact's severity; callers add help and fix.
pub fn finding(
    base: &FactBase,
    code: &'static str,
    fact: &Fact,
    span: Span,
    message: String,
) -> Diagnostic {
    Diagnostic {
        code,
        fact: Some(fact.id.clone()),
        severity: fact.severity,
        message,
        span,
        evidence: evidence_of(base, fact),
        help: None,
        fix: None,
    }
}

/// The draft's words at `span`, on one line, for messages.
pub fn quote_draft(text: &str, span: Span) -> String {
    text[span.start..span.end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Shared helpers for the checks' unit tests: the built-in fact base, compiled once.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::date::Date;
    use crate::diagnostic::Diagnostic;
    use crate::draft::Markup;
    use crate::lint::{Linter, Options};
    use std::sync::OnceLock;

    fn linter() -> &'static Linter {
        static LINTER: OnceLock<Linter> = OnceLock::new();
        LINTER
            .get_or_init(|| Linter::new(crate::builtin::fact_base().expect("valid built-in base")))
    }

    /// The codes and flagged words of a plain-text draft, judged on 2026-11-22.
    pub fn findings(text: &str) -> Vec<(&'static str, String)> {
        diagnostics(text)
            .into_iter()
            .map(|d| (d.code, text[d.span.start..d.span.end].to_owned()))
            .collect()
    }

    pub fn diagnostics(text: &str) -> Vec<Diagnostic> {
        diagnostics_on(text, "2026-11-22")
    }

    /// The diagnostics of a plain-text draft judged on `date`.
    pub fn diagnostics_on(text: &str, date: &str) -> Vec<Diagnostic> {
        let options = Options {
            as_of: Date::parse(date).ok(),
            ..Options::default()
        };
        linter().check(text, Markup::Plain, options)
    }

    /// The codes and flagged words of a plain-text draft judged on `date`.
    pub fn diagnostics_as_of(text: &str, date: &str) -> Vec<(&'static str, String)> {
        diagnostics_on(text, date)
            .into_iter()
            .map(|d| (d.code, text[d.span.start..d.span.end].to_owned()))
            .collect()
    }

    /// Asserts that `text` gets a `code` diagnostic on exactly `words`.
    pub fn flags(text: &str, code: &str, words: &str) {
        let found = findings(text);
        assert!(
            found.iter().any(|(c, w)| *c == code && w == words),
            "expected {code} on {words:?} in {text:?}, got {found:?}"
        );
    }

    /// Asserts that `text` gets no diagnostic with `code`.
    pub fn silent(text: &str, code: &str) {
        let found = findings(text);
        assert!(
            !found.iter().any(|(c, _)| *c == code),
            "expected no {code} in {text:?}, got {found:?}"
        );
    }
}
