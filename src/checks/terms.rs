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
                "un",
                "u.n.",
                "nations",
                "lebanon",
                "cyprus",
                "kosovo",
                "blue",
                "blue-helmet",
                "blue-helmets",
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
    // "a colleague who still calls it a peacekeeping force": the term named, not used.
    let named = tokens[i.saturating_sub(4)..i].windows(2).any(|w| {
        w[0].is_any(&[
            "call", "calls", "called", "calling", "term", "terms", "termed", "label", "labels",
            "labelled", "labeled", "dub", "dubs", "dubbed",
        ]) && w[1].is_any(&["it", "them", "this", "that", "these", "those"])
    });
    // "Will they be called peace-keepers?": the name asked about.
    let called = tokens[i.saturating_sub(2)..i]
        .iter()
        .any(|t| t.is_any(&["called", "termed", "labelled", "labeled", "dubbed"]));
    // "Is it a peacekeeping force?", "Are they peacekeepers?": whether the term applies
    // is the question.
    let asked = sentence.is_question()
        && tokens[i.saturating_sub(3)..i].windows(2).any(|w| {
            w[0].is_any(&["is", "are", "was", "were"])
                && w[1].is_any(&["it", "they", "this", "these"])
        });
    if named || called || asked {
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

    #[test]
    fn a_term_named_rather_than_used() {
        silent(
            "Forward this to a colleague who still calls it a peacekeeping force.",
            "term-preference",
        );
        silent("## Don't call them peacekeepers", "term-preference");
        flags(
            "I just don't want our boys going as peacekeepers into a war.",
            "term-preference",
            "peacekeepers",
        );
    }

    #[test]
    fn blue_helmets_are_the_uns() {
        silent(
            "It would not be a peacekeeping mission in the blue-helmet sense at all.",
            "term-preference",
        );
    }

    #[test]
    fn whether_the_term_applies_is_asked() {
        silent("5. Is it a peacekeeping force?", "term-preference");
        flags(
            "How big would the peacekeeping force be?",
            "term-preference",
            "peacekeeping force",
        );
    }
}
