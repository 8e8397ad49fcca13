//! Wording: a term the sources say not to use for a subject.
//!
//! - `term-preference` (info): calling the European force "peacekeepers" when the
//!   officials said it would be a "reassurance" force, not peacekeepers.
//!
//! Quoted words, negated uses ("would not operate as peacekeepers") and UN
//! peacekeeping stay silent.

use super::{finding, quote_draft, Check, Context};
use crate::claims::numbers::same_singular;
use crate::diagnostic::Diagnostic;
use crate::factbase::FactData;

pub const CHECK: Check = Check {
    codes: &[(
        "term-preference",
        "a term the sources avoid for this subject (a note)",
    )],
    run,
};

fn run(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for &fact_id in &ctx.index.terms {
        let fact = &ctx.base.facts[fact_id];
        let FactData::Term { prefer, reason, .. } = &fact.data else {
            continue;
        };
        let Some((_, phrases)) = ctx.index.term_phrases.iter().find(|(f, _)| *f == fact_id) else {
            continue;
        };
        for sentence in &ctx.analysis.sentences {
            let tokens = &sentence.tokens;
            if tokens.iter().any(|t| {
                t.is_any(&[
                    "un", "u.n.", "nations", "lebanon", "cyprus", "kosovo", "blue",
                ])
            }) {
                continue;
            }
            for i in 0..tokens.len() {
                // Most tokens start no phrase: a cheap first-letter test first.
                let first = tokens[i].norm.as_bytes().first();
                if !phrases
                    .iter()
                    .any(|p| p.first().and_then(|w| w.as_bytes().first()) == first)
                {
                    continue;
                }
                let Some(len) = phrases.iter().find_map(|p| {
                    let fits = p
                        .iter()
                        .enumerate()
                        .all(|(k, w)| tokens.get(i + k).is_some_and(|t| same_singular(&t.norm, w)));
                    fits.then_some(p.len())
                }) else {
                    continue;
                };
                let span = tokens[i].span.cover(tokens[i + len - 1].span);
                if ctx.analysis.quotes.iter().any(|q| q.outer.contains(span)) {
                    continue;
                }
                let lead = &tokens[i.saturating_sub(6)..i];
                if lead
                    .iter()
                    .any(|t| t.is_any(&["not", "n't", "rather", "instead", "never", "than"]))
                {
                    continue;
                }
                let words = quote_draft(ctx.analysis.draft.text, span);
                let mut d = finding(
                    ctx.base,
                    "term-preference",
                    fact,
                    span,
                    format!("“{words}”: the sources avoid this term for the force"),
                );
                d.help = Some(match prefer.first() {
                    Some(p) => format!("consider “{p}”: {reason}"),
                    None => reason.clone(),
                });
                out.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::{flags, silent};

    #[test]
    fn peacekeeping_for_the_reassurance_force_is_a_note() {
        flags(
            "The peacekeeping force would be based in cities.",
            "term-preference",
            "peacekeeping force",
        );
        silent(
            "Officials said they would not operate as peacekeepers.",
            "term-preference",
        );
        silent(
            "Officials said it would be a \"reassurance\" force, not \"peacekeepers\".",
            "term-preference",
        );
        silent(
            "UN peacekeepers have served in Lebanon for decades.",
            "term-preference",
        );
    }
}
