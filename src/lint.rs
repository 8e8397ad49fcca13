//! The linter: a fact base compiled once (automaton and indexes), then any number of
//! drafts checked against it.

use crate::checks::{self, Context, Index};
use crate::claims::{self, lexicon::Lexicon};
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::draft::{Draft, Markup};
use crate::factbase::FactBase;

/// A fact base ready to check drafts. Cheap to share across threads.
pub struct Linter {
    pub base: FactBase,
    lexicon: Lexicon,
    index: Index,
}

/// Options for one check run.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// The date drafts without a `date:` speak of.
    pub as_of: Option<Date>,
    /// Whether suppressions must give a reason.
    pub require_reason: bool,
}

impl Linter {
    pub fn new(base: FactBase) -> Linter {
        let lexicon = Lexicon::new(&base);
        let index = Index::new(&base);
        Linter {
            base,
            lexicon,
            index,
        }
    }

    /// Checks one draft; diagnostics are sorted by position.
    pub fn check(&self, text: &str, markup: Markup, options: Options) -> Vec<Diagnostic> {
        let draft = Draft::new(text, markup);
        let analysis = claims::analyse(&draft, &self.base, &self.lexicon);
        let ctx = Context {
            base: &self.base,
            index: &self.index,
            lexicon: &self.lexicon,
            analysis: &analysis,
            as_of: draft.date.or(options.as_of),
        };
        let mut found = checks::run(&ctx);
        // A misspelled name is still its person ("Volodymyr Zelenksy has argued …"): check
        // the draft again with those names as mentions, keeping the first spelling
        // findings (the second pass reads the names as spelled right).
        let misspelled = checks::names::misspelled_people(&ctx);
        let second;
        let analysis = if misspelled.is_empty() {
            &analysis
        } else {
            second = claims::analyse_with(&draft, &self.base, &self.lexicon, &misspelled);
            let ctx = Context {
                analysis: &second,
                ..ctx
            };
            let spelling: Vec<Diagnostic> = found
                .into_iter()
                .filter(|d| d.code == "name-spelling")
                .collect();
            found = checks::run(&ctx);
            found.retain(|d| d.code != "name-spelling");
            found.extend(spelling);
            found.sort_by(|a, b| {
                (a.span.start, a.span.end, a.code).cmp(&(b.span.start, b.span.end, b.code))
            });
            &second
        };
        // A corrections column quotes the wrong claims it corrects.
        let retracted = analysis.retracted();
        found.retain(|d| {
            !retracted
                .iter()
                .any(|(s, r)| s.contains(d.span) && r.covers(d.code))
        });
        // A fact-check quotes the claims it rebuts ("## Claim 1: “Poland is sending 10,000
        // troops”", "a video claims that “…”"): words in quotation marks that no known
        // speaker said are not the draft's claims. The quote checks judge quotes.
        let unowned = analysis.unowned_quotes();
        found.retain(|d| {
            d.code.starts_with("quote-")
                || d.code == "name-spelling"
                || !unowned.iter().any(|q| q.contains(d.span))
        });
        let suppressions = crate::suppress::parse(text, &draft.comments);
        crate::suppress::apply(found, &suppressions, options.require_reason)
    }
}
