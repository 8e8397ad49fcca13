//! Wording: a term the sources say not to use for a subject.
//!
//! - `term-preference` (info): calling the European force "peacekeepers" when the
//!   officials said it would be a "reassurance" force, not peacekeepers.
//!
//! Quoted words, negated uses ("would not operate as peacekeepers") and UN
//! peacekeeping stay silent.

use super::index::stem_key;
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
    if ctx.index.term_phrases.is_empty() {
        return;
    }
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
            let Some(candidates) = ctx.index.term_phrases.get(stem_key(&tokens[i].norm)) else {
                continue;
            };
            let mut reported: Vec<usize> = Vec::new();
            for (fact_id, phrase) in candidates {
                let fits = phrase
                    .iter()
                    .enumerate()
                    .all(|(k, w)| tokens.get(i + k).is_some_and(|t| same_singular(&t.norm, w)));
                if fits && !reported.contains(fact_id) {
                    reported.push(*fact_id);
                    if let Some(d) = finding_at(ctx, sentence, *fact_id, i, phrase.len()) {
                        out.push(d);
                    }
                }
            }
        }
    }
}

fn finding_at(
    ctx: &Context<'_>,
    sentence: &crate::claims::Sentence,
    fact_id: usize,
    i: usize,
    len: usize,
) -> Option<Diagnostic> {
    let tokens = &sentence.tokens;
    let fact = &ctx.base.facts[fact_id];
    let FactData::Term {
        prefer,
        reason,
        subject,
        ..
    } = &fact.data
    else {
        return None;
    };
    let span = tokens[i].span.cover(tokens[i + len - 1].span);
    if ctx.analysis.quotes.iter().any(|q| q.outer.contains(span)) {
        return None;
    }
    let lead = &tokens[i.saturating_sub(6)..i];
    if lead
        .iter()
        .any(|t| t.is_any(&["not", "n't", "rather", "instead", "never", "than"]))
    {
        return None;
    }
    // "In 1995, Dutch peacekeepers were unable to prevent …": history, not this force.
    // Judged against the draft's date, else the newest source's.
    if sentence
        .dates
        .iter()
        .any(|d| d.year.is_some_and(|y| super::long_past(ctx, y)))
    {
        return None;
    }
    let words = quote_draft(ctx.analysis.draft.text, span);
    let name = &ctx.base.entities[*subject].name;
    let mut d = finding(
        ctx.base,
        "term-preference",
        fact,
        span,
        format!("“{words}”: the sources avoid this term for the {name}"),
    );
    d.help = Some(match prefer.first() {
        Some(p) => format!("consider “{p}”: {reason}"),
        None => reason.clone(),
    });
    Some(d)
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
            "In 1995, lightly armed Dutch peacekeepers were unable to prevent the massacre.",
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
