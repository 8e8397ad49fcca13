//! Figures: a number about a known subject that contradicts the figures the sources
//! give.
//!
//! - `quantity-bound`: stated as fact, outside every bound or range the sources give
//!   ("a 50,000-strong force" when officials said under 30,000).
//! - `figure-unattributed`: a figure that must be attributed, stated as fact ("the force
//!   will be 110,000-strong": that is Zelenskyy's figure).
//! - `figure-misattributed`: given to the wrong speaker, or the wrong figure given to a
//!   speaker whose figure is known.
//!
//! A number is checked only when the sentence is about the subject (a mention attached
//! to the number) and the number's unit fits the fact's measure. Negated and
//! conditional figures, and numbers about other things, stay silent.

use super::{finding, quote_draft, Check, Context};
use crate::claims::numbers::Figure;
use crate::claims::speech::{self, Speaker};
use crate::claims::{Sentence, SentenceMention};
use crate::diagnostic::{Diagnostic, Severity};
use crate::factbase::{EntityId, Fact, FactData, MeasureId, Quantity};

pub const CHECK: Check = Check {
    codes: &[
        (
            "quantity-bound",
            "a figure stated as fact lies outside the bounds the sources give",
        ),
        (
            "figure-unattributed",
            "a figure that must be attributed is stated as fact",
        ),
        (
            "figure-misattributed",
            "a figure is given to the wrong speaker, or a speaker is given the wrong figure",
        ),
    ],
    run,
};

fn run(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for sentence in &ctx.analysis.sentences {
        if sentence.is_question() {
            continue;
        }
        for figure in &sentence.figures {
            if let Some(d) = check_figure(ctx, sentence, figure) {
                out.push(d);
            }
        }
    }
}

/// Words that may stand between a subject and a bare number ("a force of 50,000",
/// "the contingent would number 25,000").
const CONNECTORS: &[&str] = &[
    "of",
    "numbering",
    "number",
    "numbered",
    "totalling",
    "totaling",
    "total",
    "be",
    "would",
    "will",
    "is",
    "was",
    "could",
    "comprising",
    "comprise",
    "at",
    "put",
    "to",
    "have",
    "has",
    "been",
    "being",
    "size",
    "strength",
    "with",
    "its",
    "their",
    "around",
    "expected",
];

fn check_figure(ctx: &Context<'_>, sentence: &Sentence, figure: &Figure) -> Option<Diagnostic> {
    let tokens = &sentence.tokens;
    let (subject, measures) = bind(ctx, sentence, figure)?;
    let (clause_start, _) = speech::clause_of(tokens, figure.first);
    // "will not be 50,000-strong", "if the force were 50,000": not an assertion.
    let window = &tokens[clause_start.max(figure.first.saturating_sub(6))..figure.first];
    if window.iter().any(|t| {
        t.is_any(&[
            "not", "n't", "never", "if", "unless", "whether", "no", "nor", "rather", "instead",
        ])
    }) {
        return None;
    }
    let facts: Vec<&Fact> = ctx
        .index
        .figures
        .get(&subject)?
        .iter()
        .map(|&id| &ctx.base.facts[id])
        .filter(|f| f.validity.holds_on(ctx.as_of))
        .filter(|f| match &f.data {
            FactData::Figure {
                measure, percent, ..
            } => measures.contains(measure) && *percent == figure.percent,
            _ => false,
        })
        .collect();
    if facts.is_empty() {
        return None;
    }
    let claim = (figure.low, figure.high);
    let consistent = |f: &Fact| match &f.data {
        FactData::Figure {
            value: Quantity::PartOf(part, whole),
            ..
        } => match figure.whole {
            Some(w) => w != *whole || figure.value == *part,
            None => overlaps(claim, (*part, *part)),
        },
        FactData::Figure { value, .. } => {
            figure.whole.is_some() || overlaps(claim, value.interval())
        }
        _ => true,
    };
    let said_by = |f: &Fact| match &f.data {
        FactData::Figure { said_by, .. } => *said_by,
        _ => None,
    };
    let required = |f: &Fact| {
        matches!(
            &f.data,
            FactData::Figure {
                attribution_required: true,
                ..
            }
        )
    };
    let plain: Vec<&Fact> = facts.iter().copied().filter(|f| !required(f)).collect();
    let draft_words = quote_draft(ctx.analysis.draft.text, figure.span);
    let speaker = sentence.speaker_for(figure.first);
    let base = ctx.base;
    let name = |e: EntityId| base.entities[e].name.as_str();

    match speaker {
        Some(Speaker::Entity(who)) => {
            let theirs: Vec<&Fact> = facts
                .iter()
                .copied()
                .filter(|f| said_by(f) == Some(who))
                .collect();
            if !theirs.is_empty() {
                if theirs.iter().any(|f| consistent(f)) {
                    return None;
                }
                let fact = theirs[0];
                let mut d = finding(
                    base,
                    "figure-misattributed",
                    fact,
                    span_of(figure),
                    format!("“{draft_words}” is not the figure {} gave", name(who)),
                );
                d.help = Some(format!("{} gave {}", name(who), describe(ctx, fact)));
                return Some(d);
            }
            // A speaker with no known figure: wrong only if the number is someone
            // else's figure that must be attributed to them.
            let owner = facts
                .iter()
                .copied()
                .find(|f| required(f) && consistent(f) && !plain.iter().any(|p| consistent(p)))?;
            let owner_name = said_by(owner).map_or("someone else", name);
            let mut d = finding(
                base,
                "figure-misattributed",
                owner,
                span_of(figure),
                format!(
                    "“{draft_words}” is {owner_name}'s figure, not {}'s",
                    name(who)
                ),
            );
            d.help = Some(format!(
                "attribute it to {owner_name}, who gave {}",
                describe(ctx, owner)
            ));
            Some(d)
        }
        Some(Speaker::Unnamed) => None,
        None => {
            if plain.iter().any(|f| consistent(f)) {
                return None;
            }
            if let Some(owner) = facts.iter().copied().find(|f| required(f) && consistent(f)) {
                let owner_name = said_by(owner).map_or("a speaker", name);
                let mut d = finding(
                    base,
                    "figure-unattributed",
                    owner,
                    span_of(figure),
                    format!("“{draft_words}” is {owner_name}'s figure, stated here as fact"),
                );
                d.help = Some(format!(
                    "attribute it (\"{owner_name} has said …\"){}",
                    others(ctx, &plain)
                ));
                return Some(d);
            }
            let fact = *plain.first()?;
            let mut d = finding(
                base,
                "quantity-bound",
                fact,
                span_of(figure),
                format!("“{draft_words}” is outside what the sources give"),
            );
            d.help = Some(format!("the sources give {}", list(ctx, &plain)));
            d.evidence = plain
                .iter()
                .flat_map(|f| super::evidence_of(base, f))
                .collect();
            if fact.severity == Severity::Error && plain.len() > 1 {
                d.severity = plain
                    .iter()
                    .map(|f| f.severity)
                    .max()
                    .unwrap_or(Severity::Error);
            }
            Some(d)
        }
    }
}

fn span_of(figure: &Figure) -> crate::span::Span {
    figure.span
}

fn overlaps((a, b): (f64, f64), (c, d): (f64, f64)) -> bool {
    a <= d && c <= b
}

/// The subject this figure is about and the measures its unit allows.
fn bind(
    ctx: &Context<'_>,
    sentence: &Sentence,
    figure: &Figure,
) -> Option<(EntityId, Vec<MeasureId>)> {
    let tokens = &sentence.tokens;
    let (clause_start, clause_end) = speech::clause_of(tokens, figure.first);
    let unit_measures: Option<Vec<MeasureId>> = figure
        .unit
        .as_ref()
        .map(|u| ctx.index.units.get(u).cloned().unwrap_or_default());
    let has_figures = |m: &SentenceMention| ctx.index.figures.contains_key(&m.mention.entity);
    let candidates = sentence
        .mentions
        .iter()
        .filter(|m| has_figures(m))
        .filter(|m| m.first >= clause_start && m.last < clause_end);
    let mut best: Option<(usize, &SentenceMention)> = None;
    for m in candidates {
        let distance = if m.last < figure.first {
            // Before the number: "the force would be under 30,000", "a force of 50,000".
            let between = &tokens[m.last + 1..figure.first];
            let reach = if unit_measures.is_some() { 10 } else { 4 };
            if between.len() > reach {
                continue;
            }
            if unit_measures.is_none() && !between.iter().all(|t| t.is_any(CONNECTORS)) {
                continue;
            }
            // Another subject in between owns the number: "the force, unlike Russia's
            // 600,000 troops".
            let owns = |o: &SentenceMention| {
                ctx.index.figures.contains_key(&o.mention.entity)
                    || tokens[o.last].norm.ends_with("'s")
                    || tokens.get(o.last + 1).is_some_and(|t| {
                        t.is_any(&["has", "have", "had", "fields", "deployed", "lost", "'s"])
                    })
            };
            if sentence.mentions.iter().any(|o| {
                o.first > m.last && o.last < figure.first && !is_speaker(sentence, o) && owns(o)
            }) {
                continue;
            }
            between.len()
        } else if m.first > figure.last {
            // After the number: "a 50,000-strong force", "30,000 troops for the force".
            let between = &tokens[figure.last + 1..m.first];
            if between.len() > 4
                || unit_measures.is_none()
                || between
                    .iter()
                    .any(|t| t.is_any(&["than", "unlike", "while"]) || t.is_punct())
            {
                continue;
            }
            between.len()
        } else {
            0 // The mention is inside the figure ("several thousand French soldiers").
        };
        if speech::preceded_by_preposition(tokens, m.first)
            && m.first < figure.first
            && distance > 0
            && tokens[m.first.saturating_sub(1)].is("than")
        {
            continue;
        }
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, m));
        }
    }
    let (_, mention) = best?;
    let subject = mention.mention.entity;
    let measures = match unit_measures {
        Some(m) if !m.is_empty() => m,
        Some(_) => return None,
        None => ctx
            .index
            .figures
            .get(&subject)?
            .iter()
            .filter_map(|&f| match &ctx.base.facts[f].data {
                FactData::Figure { measure, .. } => Some(*measure),
                _ => None,
            })
            .collect(),
    };
    Some((subject, measures))
}

fn is_speaker(sentence: &Sentence, mention: &SentenceMention) -> bool {
    sentence.speech.iter().any(|(v, s)| {
        *s == Some(Speaker::Entity(mention.mention.entity))
            && (mention.last < *v && *v - mention.last <= 8
                || *v < mention.first && mention.first - *v <= 3)
    })
}

fn describe(ctx: &Context<'_>, fact: &Fact) -> String {
    match &fact.data {
        FactData::Figure {
            value,
            measure,
            percent,
            ..
        } => {
            let unit = ctx.base.measures[*measure]
                .words
                .first()
                .cloned()
                .unwrap_or_default();
            if *percent {
                format!("{}%", value.describe())
            } else {
                format!("{} {unit}", value.describe())
            }
        }
        _ => String::new(),
    }
}

fn list(ctx: &Context<'_>, facts: &[&Fact]) -> String {
    facts
        .iter()
        .map(|f| {
            let by = match &f.data {
                FactData::Figure {
                    said_by: Some(s), ..
                } => format!(" ({})", ctx.base.entities[*s].name),
                _ => String::new(),
            };
            format!("{}{by}", describe(ctx, f))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn others(ctx: &Context<'_>, plain: &[&Fact]) -> String {
    if plain.is_empty() {
        String::new()
    } else {
        format!("; stated as fact, the sources give {}", list(ctx, plain))
    }
}
