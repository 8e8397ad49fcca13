//! Names: a near miss of a known person's name ("Steve Witkof", "Zelenski").
//!
//! - `name-spelling`: the fix gives the spelling the fact base has. Every alias and
//!   spelling the fact base lists is correct ("Zelensky", "Zelenskiy"); a surname too
//!   short or too common to judge alone is checked only after the first name
//!   ("Michael Clark").

use super::{Check, Context};
use crate::claims::tokens::{Token, TokenKind};
use crate::diagnostic::{Diagnostic, EvidenceRef, Fix, Severity};
use crate::span::Span;
use crate::text::edit_distance;

pub const CHECK: Check = Check {
    codes: &[("name-spelling", "a known person's name is misspelled")],
    run,
};

fn run(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    out.extend(find(ctx).into_iter().map(|(d, _)| d));
}

/// The misspelled names of known people, as mentions of them: "Volodymyr Zelenksy has
/// argued …" is still Zelenskyy speaking, for the checks that need a speaker.
pub fn misspelled_people(ctx: &Context<'_>) -> Vec<crate::claims::lexicon::Mention> {
    find(ctx)
        .into_iter()
        .map(|(d, person)| crate::claims::lexicon::Mention {
            span: d.span,
            entity: person,
            form: crate::claims::lexicon::Form::Name,
        })
        .collect()
}

fn find(ctx: &Context<'_>) -> Vec<(Diagnostic, crate::factbase::EntityId)> {
    let mut out = Vec::new();
    let text = ctx.analysis.draft.text;
    for sentence in &ctx.analysis.sentences {
        let tokens = &sentence.tokens;
        for (i, token) in tokens.iter().enumerate() {
            if token.kind != TokenKind::Word
                || !text[token.span.start..].starts_with(char::is_uppercase)
            {
                continue;
            }
            if sentence
                .mentions
                .iter()
                .any(|m| m.mention.span.overlaps(token.span))
            {
                continue;
            }
            // "Meridian Macro Notes": a word inside a name of several capitalised words
            // is not a person's name.
            let capital = |t: &Token| {
                t.kind == TokenKind::Word && text[t.span.start..].starts_with(char::is_uppercase)
            };
            // After another capitalised word that is no name, honorific or title we know
            // ("Meridian Macro", but not "Emmanuel Macro" or "President Macro").
            let named = |k: usize| {
                sentence
                    .mentions
                    .iter()
                    .any(|m| m.first <= k && k <= m.last)
            };
            let known = |t: &Token| {
                let w = t.norm.trim_end_matches("'s");
                ctx.index.names.iter().any(|n| n.word == w)
                    || ctx.lexicon_knows(w)
                    || t.is_any(crate::claims::lexicon::HONORIFICS)
                    || t.is_any(FUNCTION_WORDS)
                    || crate::date::month_number(w).is_some()
                    || crate::date::Weekday::parse(w).is_some()
            };
            if i > 0 && capital(&tokens[i - 1]) && !named(i - 1) && !known(&tokens[i - 1]) {
                continue;
            }
            // "HARBOURLINE CAPITAL - MACRO & DEFENCE STRATEGY": a word of a heading in
            // capitals, next to other such words that are no names.
            let shouted = |t: &Token| {
                let w = &text[t.span.start..t.span.end];
                t.kind == TokenKind::Word
                    && w.chars().count() >= 3
                    && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            };
            let heading = shouted(token)
                && (i.saturating_sub(2)..tokens.len().min(i + 3))
                    .filter(|&k| k != i)
                    .any(|k| {
                        shouted(&tokens[k])
                            && !named(k)
                            && !tokens[k].is_any(crate::claims::lexicon::HONORIFICS)
                    });
            // "Volodymyr Zelenskyj — as Czech spells his name": spellings discussed.
            let about_spelling = tokens[i.saturating_sub(6)..tokens.len().min(i + 7)]
                .iter()
                .any(|t| {
                    t.is_any(&[
                        "spell",
                        "spells",
                        "spelled",
                        "spelt",
                        "spelling",
                        "spellings",
                        "transliteration",
                        "original",
                        "transliterated",
                        "transliterates",
                        // "Czech media write the president's name as Zelenskyj".
                        "write",
                        "writes",
                        "written",
                        "render",
                        "renders",
                        "rendered",
                    ])
                });
            if heading || about_spelling {
                continue;
            }
            let (word, span) = strip_possessive(text, token);
            if word.chars().count() < 4 || !word.chars().all(char::is_alphabetic) {
                continue;
            }
            if let Some(found) = check_word(ctx, tokens, i, &word, span) {
                out.push(found);
            }
        }
    }
    out
}

/// Words capitalised only because they open a sentence or a headline ("As Zelenski
/// said"), which say nothing about the next word being part of another name.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "as",
    "when",
    "while",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "then",
    "after",
    "before",
    "if",
    "since",
    "because",
    "though",
    "although",
    "on",
    "in",
    "at",
    "for",
    "with",
    "by",
    "from",
    "to",
    "of",
    "said",
    "says",
    "today",
    "yesterday",
    "tonight",
    "now",
    "meanwhile",
    "also",
    "even",
    "only",
    "here",
    "there",
    "what",
    "why",
    "how",
    "who",
    "where",
    "that",
    "this",
    "asked",
    "watch",
    "read",
    "live",
    "update",
    "breaking",
    "analysis",
];

fn check_word(
    ctx: &Context<'_>,
    tokens: &[Token],
    i: usize,
    word: &str,
    span: Span,
) -> Option<(Diagnostic, crate::factbase::EntityId)> {
    let lower = word.to_lowercase();
    if ctx.lexicon_knows(&lower) {
        return None;
    }
    let mut best: Option<(usize, &super::index::NameWord)> = None;
    let initial = lower.chars().next()?;
    let candidates = ctx
        .index
        .names_by_initial
        .get(&initial)
        .map_or(&[][..], Vec::as_slice);
    for name in candidates.iter().map(|&k| &ctx.index.names[k]) {
        let len = name.word.chars().count();
        let allowed = if len >= 8 { 2 } else { 1 };
        if lower.chars().count().abs_diff(len) > allowed {
            continue;
        }
        if let Some((is_first, partner)) = &name.partner {
            let neighbour = if *is_first {
                tokens.get(i + 1)
            } else {
                i.checked_sub(1).and_then(|k| tokens.get(k))
            };
            let fits = neighbour.is_some_and(|t| t.norm.trim_end_matches("'s") == partner);
            if !fits {
                continue;
            }
        }
        let distance = edit_distance(&lower, &name.word);
        if distance == 0 || distance > allowed {
            continue;
        }
        // A name cut short by two letters or more is another name ("Dmitri", not
        // "Dmitriev"); a misspelling keeps the length within a letter.
        if distance >= 2 && name.word.starts_with(&lower) {
            continue;
        }
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, name));
        }
    }
    let (_, name) = best?;
    let entity = &ctx.base.entities[name.person];
    let replacement = if word.chars().all(char::is_uppercase) {
        name.display.to_uppercase()
    } else {
        name.display.clone()
    };
    Some((
        Diagnostic {
            code: "name-spelling",
            fact: None,
            severity: Severity::Error,
            message: format!("“{word}” looks like a misspelling of {}", entity.name),
            span,
            evidence: name_evidence(ctx, name.person),
            help: Some(format!("write “{replacement}”")),
            fix: Some(Fix { span, replacement }),
        },
        name.person,
    ))
}

/// Where a source spells the name, as evidence for the spelling.
fn name_evidence(ctx: &Context<'_>, person: crate::factbase::EntityId) -> Vec<EvidenceRef> {
    let entity = &ctx.base.entities[person];
    for source in &ctx.base.sources {
        let text = &source.document.text;
        if let Some(at) = text.find(&entity.name) {
            let line = crate::span::LineIndex::new(text).line_of(at) + 1;
            return vec![EvidenceRef {
                path: source.document.path.clone(),
                line,
                span: Span::new(at, at + entity.name.len()),
                text: entity.name.clone(),
            }];
        }
    }
    Vec::new()
}

fn strip_possessive(text: &str, token: &Token) -> (String, Span) {
    let written = &text[token.span.start..token.span.end];
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = written.strip_suffix(suffix) {
            return (
                stem.to_owned(),
                Span::new(token.span.start, token.span.start + stem.len()),
            );
        }
    }
    (written.to_owned(), token.span)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::{diagnostics, silent};

    #[test]
    fn misspellings_get_the_right_spelling() {
        for (text, wrong, right) in [
            ("Steve Witkof spoke.", "Witkof", "Witkoff"),
            ("Zelenski's aides spoke.", "Zelenski", "Zelenskyy"),
            ("Hegsith ruled it out.", "Hegsith", "Hegseth"),
            ("Sir Kier Starmer spoke.", "Kier", "Keir"),
        ] {
            let d = diagnostics(text)
                .into_iter()
                .find(|d| d.code == "name-spelling")
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&text[d.span.start..d.span.end], wrong);
            assert_eq!(d.fix.unwrap().replacement, right);
        }
    }

    #[test]
    fn correct_alternate_spellings_and_other_names_stay_silent() {
        silent(
            "Zelensky, Zelenskiy and Zelenskyy are all fine.",
            "name-spelling",
        );
        silent("Wesley Clark and Crump spoke to Witkoff.", "name-spelling");
        // A shorter name that starts the same is another name.
        silent("A reader, Dmitri, wrote in from London.", "name-spelling");
        // A word inside another name ("Meridian Macro Notes") is not Macron.
        silent("From: Meridian Macro Notes, for clients.", "name-spelling");
        silent("The Meridian Macro team", "name-spelling");
    }

    #[test]
    fn words_of_a_heading_in_capitals() {
        silent(
            "HARBOURLINE CAPITAL - MACRO & DEFENCE STRATEGY",
            "name-spelling",
        );
        silent(
            "NORTHGATE RESEARCH — MACRO OUTLOOK FOR DEFENCE",
            "name-spelling",
        );
    }

    #[test]
    fn spellings_the_draft_discusses() {
        silent(
            "Volodymyr Zelenskyj, as Czech spells his name, called it a serious signal.",
            "name-spelling",
        );
    }

    #[test]
    fn the_originals_spelling() {
        silent(
            "Volodymyr Zelensky (Zelenski in the Croatian original) welcomed the decisions.",
            "name-spelling",
        );
        silent(
            "Volodymyr Zelenskyi, as the Ukrainian original has it, spoke first.",
            "name-spelling",
        );
    }

    #[test]
    fn a_spelling_other_media_write() {
        silent(
            "Czech media write the Ukrainian president's name as Zelenskyj and the capital as Kyjev.",
            "name-spelling",
        );
    }
}
