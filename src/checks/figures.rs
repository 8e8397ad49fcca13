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
use crate::claims::numbers::{Bound, Figure};
use crate::claims::speech::{self, Speaker};
use crate::claims::tokens::{Token, TokenKind};
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
    "itself",
    "eventually",
    "ultimately",
];

/// A table row of who said what: the person named in the row's first cell speaks its
/// figures ("| Volodymyr Zelenskyy | Ukrainian President | about 150,000-strong |"), or
/// the one person who fills a later cell on their own ("| 15,000 | French soldiers … |
/// Emmanuel Macron | Said at the summit |").
fn row_speaker(ctx: &Context<'_>, sentence: &Sentence, figure: &Figure) -> Option<Speaker> {
    let tokens = &sentence.tokens;
    let is_person = |e: EntityId| ctx.base.entities[e].kind == crate::factbase::EntityKind::Person;
    // A plain-text table's row, its columns set apart by runs of spaces or dot leaders:
    // "Force size (Washington Post) .......... 25k–35k", "Force size (Kyiv)    about
    // 110,000    Zelenskyy, previously". The one source named in the row gives its figure.
    let text = ctx.analysis.draft.text;
    let line_start = text[..figure.span.start].rfind('\n').map_or(0, |k| k + 1);
    let line_end = text[figure.span.end..]
        .find('\n')
        .map_or(text.len(), |k| figure.span.end + k);
    let row = &text[line_start..line_end];
    if !tokens.iter().any(|t| t.is("|")) && (row.contains("   ") || row.contains("....")) {
        let mut sources = sentence.mentions.iter().filter(|m| {
            (m.last < figure.first || m.first > figure.last)
                && m.mention.span.start >= line_start
                && m.mention.span.end <= line_end
                && (is_person(m.mention.entity) || gives_figures(ctx, m.mention.entity))
        });
        return match (sources.next(), sources.next()) {
            (Some(m), None) => Some(Speaker::Entity(m.mention.entity)),
            _ => None,
        };
    }
    let first_cell = usize::from(tokens.first().is_some_and(|t| t.is("|")));
    let cell_end = (first_cell..tokens.len()).find(|&k| tokens[k].is("|"))?;
    if figure.first >= cell_end {
        let named = sentence
            .mentions
            .iter()
            .find(|m| m.first >= first_cell && m.last < cell_end)
            .filter(|m| is_person(m.mention.entity) || gives_figures(ctx, m.mention.entity));
        if let Some(m) = named {
            return Some(Speaker::Entity(m.mention.entity));
        }
    }
    // The cells between the bars, and those before the first and after the last bar of a
    // Markdown row written without its outer bars.
    let bars: Vec<usize> = (0..tokens.len()).filter(|&k| tokens[k].is("|")).collect();
    let mut cells: Vec<std::ops::Range<usize>> = Vec::new();
    let mut from = 0;
    for &b in &bars {
        if b > from {
            cells.push(from..b);
        }
        from = b + 1;
    }
    if from < tokens.len() {
        cells.push(from..tokens.len());
    }
    let mut found = None;
    for cell in cells {
        if cell.contains(&figure.first) {
            continue;
        }
        let Some(m) = sentence.mentions.iter().find(|m| {
            (is_person(m.mention.entity) || gives_figures(ctx, m.mention.entity))
                && m.first >= cell.start
                && m.last < cell.end
        }) else {
            continue;
        };
        // "| Western officials, briefing reporters |": the name leading its cell.
        let alone = cell
            .clone()
            .filter(|&k| !tokens[k].is_punct())
            .all(|k| m.first <= k && k <= m.last)
            || m.first == cell.start && tokens.get(m.last + 1).is_some_and(|t| t.is(","));
        if alone {
            if found.is_some_and(|f| f != m.mention.entity) {
                return None;
            }
            found = Some(m.mention.entity);
        }
    }
    found.map(Speaker::Entity)
}

/// Whether the fact base has figures this entity gave ("The Washington Post").
fn gives_figures(ctx: &Context<'_>, who: EntityId) -> bool {
    ctx.index.said_figures.iter().any(|&f| {
        matches!(&ctx.base.facts[f].data, FactData::Figure { said_by: Some(owner), .. } if *owner == who)
    })
}

/// A figure put in the mouth of someone the fact base has figures from, with no subject
/// named: "The Washington Post put it at between 30,000 and 40,000", "| The Washington
/// Post | 35,000 to 40,000 personnel |", "Starmer has said about 110,000 would be needed"
/// (someone else's figure). The figure must fit the measure and be of the same order.
fn by_speaker(
    ctx: &Context<'_>,
    sentence: &Sentence,
    figure: &Figure,
) -> Option<(EntityId, Vec<MeasureId>)> {
    let tokens = &sentence.tokens;
    let (clause_start, _) = speech::clause_of(tokens, figure.first);
    // Said just before the figure, by a name in the same clause ("The Washington Post
    // reported 25k-40k"), not in the passive ("forces are put at 880,000"), with no
    // other subject in between ("put the strength of Ukraine's army at").
    let said = sentence.speech.iter().find_map(|&(v, ref s)| match s {
        Some(Speaker::Entity(who))
            // "signalled last year that it would be under 50,000": a date between.
            if v < figure.first
                && tokens[v..figure.first]
                    .iter()
                    .filter(|t| {
                        !t.is_any(&[
                            "last", "this", "year", "month", "week", "earlier", "previously",
                            "already", "also",
                        ])
                    })
                    .count()
                    // "reported that discussions among European allies envisaged …".
                    <= if tokens.get(v + 1).is_some_and(|t| t.is("that")) { 10 } else { 6 }
                && v >= clause_start
                && !(v > 0
                    && tokens[v - 1].is_any(&["is", "are", "was", "were", "been", "be"]))
                && !sentence
                    .mentions
                    .iter()
                    .any(|m| m.first > v && m.last < figure.first) =>
        {
            Some(*who)
        }
        _ => None,
    });
    let row = || match row_speaker(ctx, sentence, figure) {
        Some(Speaker::Entity(who)) => Some(who),
        _ => None,
    };
    let who = said.or_else(row)?;
    let unit_measures = figure
        .unit
        .as_ref()
        .map(|u| ctx.index.units.get(u).map_or(&[][..], Vec::as_slice));
    let candidates: Vec<(EntityId, MeasureId, bool)> = ctx
        .index
        .said_figures
        .iter()
        .filter_map(|&f| match &ctx.base.facts[f].data {
            FactData::Figure {
                subject,
                measure,
                value,
                said_by: Some(owner),
                attribution_required,
                percent,
            } if *percent == figure.percent
                && unit_measures.is_none_or(|m| m.contains(measure))
                && {
                    let (lo, hi) = value.interval();
                    figure.high >= lo / 2.0 && figure.low <= hi.min(f64::MAX) * 2.0
                } =>
            {
                let theirs = ctx.index.speaks_for(ctx.base, who, *owner);
                // Someone else's figure that must be attributed, given whole to a person.
                // …or to a publisher with figures of its own ("The Washington Post wrote of
                // roughly 110,000 soldiers").
                let borrowed = *attribution_required
                    && fits(figure, value.interval())
                    && (ctx.base.entities[who].kind == crate::factbase::EntityKind::Person
                        || gives_figures(ctx, who));
                Some((*subject, *measure, theirs)).filter(|_| theirs || borrowed)
            }
            _ => None,
        })
        .collect();
    // The speaker's own figures first, else a figure that must be someone else's.
    let own: Vec<_> = candidates.iter().filter(|c| c.2).collect();
    let pool: Vec<_> = if own.is_empty() {
        candidates.iter().collect()
    } else {
        own
    };
    let subject = pool.first()?.0;
    if pool.iter().any(|c| c.0 != subject) {
        return None;
    }
    Some((subject, pool.iter().map(|c| c.1).collect()))
}

/// The owner introduces the figure: "Zelenskyy has a fallback: without guarantees,
/// Ukraine would need … a one-million-strong army", or a short sentence before it: "Mr
/// Zelenskyy has been candid. Without guarantees, Ukraine would need …".
fn introduced(ctx: &Context<'_>, sentence: &Sentence, figure: &Figure, owner: EntityId) -> bool {
    let tokens = &sentence.tokens;
    let colon = sentence.mentions_of(owner).any(|m| {
        tokens[m.last + 1..figure.first.max(m.last + 1)]
            .iter()
            .any(|t| t.is(":"))
    });
    // "He has a fallback, and Europe should take it seriously: … a one-million-strong
    // army", after a sentence naming him.
    let pronoun_colon = tokens.first().is_some_and(|t| t.is_any(&["he", "she"]))
        && sentence.previous_person == Some(owner)
        && tokens[..figure.first].iter().any(|t| t.is(":"));
    if colon || pronoun_colon {
        return true;
    }
    ctx.analysis
        .before_in_block(sentence)
        .filter(|p| p.tokens.len() <= 8)
        .is_some_and(|p| {
            p.mentions_of(owner).next().is_some()
                && p.tokens.iter().any(|t| {
                    t.is_any(&[
                        "candid", "clear", "blunt", "explicit", "frank", "adamant", "argues",
                        "argued", "warns", "warned",
                    ])
                })
        })
}

/// A heading standing alone whose figure the paragraph under it gives to `owner`: "##
/// Plan B: a million soldiers" over "Zelensky has been blunt … he argued, Ukraine would
/// need … its own one-million-strong army".
fn heading_credited_below(
    ctx: &Context<'_>,
    sentence: &Sentence,
    figure: &Figure,
    owner: EntityId,
) -> bool {
    let sentences = &ctx.analysis.sentences;
    let Some(at) = ctx.analysis.index_of(sentence) else {
        return false;
    };
    sentence.tokens.len() <= 12
        && alone_in_block(ctx, at)
        && sentences[at + 1..]
            .iter()
            .take_while(|n| n.block == sentence.block + 1)
            .any(|n| {
                n.speech
                    .iter()
                    .any(|(_, s)| s.and_then(Speaker::entity) == Some(owner))
                    && n.figures.iter().any(|f| f.value == figure.value)
            })
}

/// Whether the sentence at `at` is a block of its own: a heading or a label.
fn alone_in_block(ctx: &Context<'_>, at: usize) -> bool {
    let sentences = &ctx.analysis.sentences;
    let block = sentences[at].block;
    at.checked_sub(1)
        .is_none_or(|p| sentences[p].block != block)
        && sentences.get(at + 1).is_none_or(|n| n.block != block)
}

/// The next sentence of the block credits the figure to `owner` at once: "The figure of
/// about 110,000 appeared without attribution. It is Volodymyr Zelenskyy's."
fn credited_next(ctx: &Context<'_>, sentence: &Sentence, figure: &Figure, owner: EntityId) -> bool {
    let sentences = &ctx.analysis.sentences;
    let Some(at) = ctx.analysis.index_of(sentence) else {
        return false;
    };
    // A heading or label that stands alone is explained by the block after it.
    let alone = alone_in_block(ctx, at);
    sentences
        .get(at + 1)
        .filter(|next| next.block == sentence.block || alone && next.block == sentence.block + 1)
        .is_some_and(|next| {
            let t = &next.tokens;
            let opens = match t.first() {
                Some(w) if w.is_any(&["it", "that", "this", "it's", "that's"]) => true,
                Some(w) if w.is("the") => t
                    .get(1)
                    .is_some_and(|n| n.is_any(&["figure", "number", "estimate", "claim", "size"])),
                _ => false,
            };
            // "That is not a plan: it is President Volodymyr Zelensky's estimate".
            // "The figure of one million is not a plan. Mr Zelenskyy said Ukraine would
            // need … a one-million-strong army": the owner says the same figure.
            let as_a_figure = sentence.tokens[..figure.first]
                .iter()
                .any(|t| t.is_any(&["figure", "number", "estimate"]));
            let heading = alone && sentence.tokens.len() <= 12;
            let says_it = (as_a_figure || heading)
                && next
                    .speech
                    .iter()
                    .any(|(_, s)| *s == Some(Speaker::Entity(owner)))
                && next.figures.iter().any(|f| f.value == figure.value);
            opens && next.mentions_of(owner).any(|m| m.first <= 12) || says_it
        })
}

fn check_figure(ctx: &Context<'_>, sentence: &Sentence, figure: &Figure) -> Option<Diagnostic> {
    let tokens = &sentence.tokens;
    // "**0** — the number of NATO membership paths the plan left open": none of anything
    // is no size.
    // …and "STORY ONE: PARIS SUMMIT" is a label.
    if figure.high < 2.0 && figure.whole.is_none() {
        return None;
    }
    // "Running order: 1. Paris summit  2. Reaction from Kyiv": an item's number.
    let text = ctx.analysis.draft.text;
    let item_number = figure.first == figure.last
        && figure.unit.is_none()
        && figure.value < 100.0
        && tokens.get(figure.last + 1).is_some_and(|t| t.is("."))
        && tokens.get(figure.last + 2).is_none_or(|t| {
            text[t.span.start..].starts_with(char::is_uppercase)
                && t.span.start == tokens[figure.last + 1].span.end + 1
        })
        && (figure.first == 0
            || text[tokens[figure.first - 1].span.end..figure.span.start].contains("  ")
            || tokens[figure.first - 1].is(":"));
    // "| 3 | “Several thousand” | French soldiers … | Emmanuel Macron |": a table row's
    // number, alone in its first cell before the row's own figure.
    let row_number = figure.unit.is_none()
        && figure.value < 50.0
        && figure.whole.is_none()
        && tokens.iter().any(|t| t.is("|"))
        && tokens[..figure.first].iter().all(|t| t.is("|"))
        && tokens.get(figure.last + 1).is_some_and(|t| t.is("|"))
        && sentence.figures.iter().any(|f| f.first > figure.last);
    if item_number || row_number {
        return None;
    }
    let (subject, measures) =
        bind(ctx, sentence, figure).or_else(|| by_speaker(ctx, sentence, figure))?;
    // "110,000, 30,000 or 'several thousand'? Who said which number": a question.
    if tokens[figure.last + 1..tokens.len().min(figure.last + 9)]
        .iter()
        .any(|t| t.is("?"))
    {
        return None;
    }
    let (clause_start, clause_end) = speech::clause_of(tokens, figure.first);
    // "46,000 British troops took part in that campaign" (Iraq, 2003): troops that served
    // somewhere already are not the force, which has gone nowhere yet.
    let force = ctx.index.is_force(subject);
    let served = tokens[figure.last + 1..clause_end].windows(2).any(|w| {
        w[0].is_any(&["took", "served", "fought", "invaded", "died"])
            && !w[1].is_any(&["office", "place"])
            || w[0].is("were") && w[1].is_any(&["deployed", "sent", "killed", "stationed"])
    });
    if force && served {
        return None;
    }
    // "will not be 50,000-strong", "if the force were 50,000": not an assertion.
    let window = &tokens[clause_start.max(figure.first.saturating_sub(6))..figure.first];
    if window.iter().any(|t| {
        t.is_any(&[
            "not", "n't", "never", "if", "unless", "whether", "no", "nor", "rather", "instead",
        ])
    }) {
        return None;
    }
    // "The only figure above 100,000 in circulation comes from Kyiv": figures sorted by
    // size, not a size told.
    if figure.first > 1
        && tokens[figure.first - 1].is_any(speech::FIGURE_NOUNS)
        // ("will number more than 40,000" is the verb.)
        && tokens[figure.first - 2].is_any(&[
            "the", "a", "an", "only", "any", "no", "every", "each", "one",
        ])
        && matches!(
            figure.bound,
            Bound::Over | Bound::Under | Bound::AtLeast | Bound::AtMost
        )
    {
        return None;
    }
    // "I saw a figure of 110,000 on a news channel this week": a figure seen elsewhere,
    // told as seen.
    let seen = (figure.first.saturating_sub(4)..figure.first).any(|k| {
        tokens[k].is_any(&["figure", "figures", "number", "numbers", "claim", "claims"])
            && tokens[k.saturating_sub(4)..k].iter().any(|t| {
                t.is_any(&[
                    "saw", "seen", "see", "heard", "hear", "read", "spotted", "noticed",
                ])
            })
    });
    // "Western estimates put Russia's killed and wounded in the hundreds of thousands, and
    // Kyiv claims the figure has passed a million": "the figure" of the toll before.
    let toll_before = (figure.first.saturating_sub(4)..figure.first).any(|k| {
        tokens[k].is_any(&["figure", "number", "toll", "tally", "total"])
            && k > 0
            && tokens[k - 1].is_any(&["the", "that", "this"])
    }) && tokens[..figure.first]
        .iter()
        .chain(
            ctx.analysis
                .before_in_block(sentence)
                .map_or(&[][..], |p| p.tokens.as_slice()),
        )
        .any(|t| {
            t.is_any(&[
                "killed",
                "wounded",
                "dead",
                "casualties",
                "losses",
                "deaths",
            ])
        });
    // "After talks in Geneva, the document was reportedly pared back to 19 points": a
    // later version's count.
    let revised = figure.unit.as_deref() == Some("point")
        && figure.first >= 2
        && tokens[figure.first.saturating_sub(6)..figure.first]
            .iter()
            .any(|t| t.is("to"))
        && tokens[figure.first.saturating_sub(9)..figure.first - 1]
            .iter()
            .any(|t| {
                t.is_any(&[
                    "pared", "cut", "reduced", "trimmed", "revised", "expanded", "shrunk",
                    "whittled", "slimmed", "narrowed", "grew", "rose", "fell", "down",
                ])
            });
    if seen || toll_before || revised {
        return None;
    }
    // "Nor is it true, as he suggests, that Ukraine's president asked for a force of
    // 50,000": a claim denied before it is told.
    if speech::called_untrue(&tokens[..figure.first]) {
        return None;
    }
    // "**About 6 million**: Ukrainian refugees recorded abroad; …": a figure leading its
    // line counts what the words after it say.
    let leads = figure.first <= 1
        && tokens
            .get(figure.last + 1)
            .is_some_and(|t| t.is_any(&["—", "–", "-", ":", "|"]));
    if leads
        && tokens[figure.last + 1..]
            .iter()
            .take_while(|t| !t.is_any(&[";", "."]))
            .any(|t| {
                t.is_any(&[
                    "refugees",
                    "fled",
                    "displaced",
                    "killed",
                    "dead",
                    "wounded",
                    "casualties",
                    "injured",
                    "prisoners",
                ])
            })
    {
        return None;
    }
    // "Premiums on some routes have been reduced by 20%": a share of money, not of an
    // army; "20.8 percent of the vote": of an electorate.
    if figure.percent
        && tokens[clause_start..].iter().any(|t| {
            t.is_any(&[
                "premiums",
                // "Scenario weights: ceasefire by end-Q2, 25%": odds, not shares of a force.
                "weights",
                "scenario",
                "scenarios",
                "probability",
                "odds",
                "chance",
                "prices",
                "price",
                "costs",
                "rates",
                "shares",
                "stocks",
                "exports",
                "imports",
                "inflation",
                "gdp",
                "revenue",
                "sales",
                "earnings",
                "profits",
                "yields",
                "index",
                "vote",
                "votes",
                "voters",
                "polling",
                "turnout",
                "electorate",
                "ballot",
            ]) || t.is_any(POLL)
        })
    {
        return None;
    }
    // "A force of 110,000 would be a real military barrier": a force imagined for
    // comparison, not the one planned ("… would be needed" is a requirement).
    let indefinite = |first: usize| {
        first >= 3 && tokens[first - 3].is_any(&["a", "an"]) && tokens[first - 1].is("of")
    };
    let imagined = indefinite(figure.first)
        && tokens.get(figure.last + 1).is_some_and(|t| t.is("would"))
        && tokens.get(figure.last + 2).is_some_and(|t| t.is("be"))
        && !tokens.get(figure.last + 3).is_some_and(|t| {
            t.is_any(&["needed", "required", "necessary", "enough", "sufficient"])
        });
    // "A force of 110,000 and a force of 25,000 face the same objection": sizes weighed
    // against each other, neither of them the plan.
    let weighed = indefinite(figure.first)
        && sentence.figures.iter().any(|f| {
            f.first != figure.first
                && indefinite(f.first)
                && tokens[f.first - 2].norm == tokens[figure.first - 2].norm
        });
    if imagined || weighed {
        return None;
    }
    // "the 20-point plan for Gaza": a plan or force of a place the fact base does not
    // know.
    let text = ctx.analysis.draft.text;
    let for_elsewhere = (figure.last + 1..tokens.len().min(figure.last + 4)).any(|k| {
        tokens[k].is_any(HEAD_NOUNS)
            && tokens.get(k + 1).is_some_and(|t| t.is_any(&["for", "in"]))
            && tokens.get(k + 2).is_some_and(|t| {
                t.kind == crate::claims::tokens::TokenKind::Word
                    && text[t.span.start..].starts_with(char::is_uppercase)
                    && !sentence
                        .mentions
                        .iter()
                        .any(|m| m.first <= k + 2 && k + 2 <= m.last)
            })
    });
    if for_elsewhere {
        return None;
    }
    // "Three days later he was back in the White House": a time between events.
    if tokens
        .get(figure.last + 1)
        .is_some_and(|t| t.is_any(&["later", "earlier", "ago", "afterwards"]))
    {
        return None;
    }
    // "Scenario | Our prob. | …": shares in a table of odds.
    if figure.percent
        && ctx.analysis.earlier_in_block(sentence).any(|p| {
            p.tokens.iter().any(|t| {
                t.is_any(&[
                    "probability",
                    "probabilities",
                    "prob",
                    "odds",
                    "likelihood",
                    "scenario",
                ])
            })
        })
    {
        return None;
    }
    // "…ask whether it's true the force would be a hundred and ten thousand": asked.
    if tokens[clause_start..figure.first]
        .iter()
        .any(|t| t.is("whether"))
    {
        return None;
    }
    // "We found no record of him using the figure of 40,000": a figure looked for.
    if tokens[clause_start..figure.first].windows(2).any(|w| {
        w[0].is_any(&["no", "little"])
            && w[1].is_any(&["record", "evidence", "trace", "sign", "mention", "source"])
    }) {
        return None;
    }
    // "a revised framework, trimmed to 19 points": what it became, not what the sources
    // counted.
    if figure.first >= 2
        && tokens[figure.first - 1].is("to")
        && tokens[figure.first - 2].is_any(&[
            "trimmed",
            "cut",
            "reduced",
            "pared",
            "slimmed",
            "whittled",
            "shortened",
            "expanded",
            "increased",
            "raised",
            "grown",
            "grew",
            "shrunk",
            "shrank",
            "lowered",
            "down",
        ])
    {
        return None;
    }
    // "The force sent to Bosnia in 1995 numbered some 60,000 troops", "- **Bosnia,
    // 1995:** about 60,000 Nato troops deployed": history, in the clause or in the label
    // that opens the line.
    let clause_end = speech::clause_of(tokens, figure.first).1;
    if sentence.dates.iter().any(|d| {
        let labelled = d.first <= 4
            && d.last < figure.first
            && tokens[d.last + 1..figure.first].iter().any(|t| t.is(":"));
        d.year.is_some_and(|y| super::long_past(ctx, y))
            && (d.first >= clause_start && d.last < clause_end || labelled)
    }) {
        return None;
    }
    // "…held in London in January 1946. Delegates from 51 countries attended.": the story
    // of the sentence before, told in the past.
    let past = tokens[clause_start..clause_end].iter().any(|t| {
        t.is_any(&[
            "was", "were", "attended", "deployed", "numbered", "sent", "had",
        ])
    }) && !tokens
        .iter()
        .any(|t| t.is_any(&["will", "would", "could", "plan", "planned"]));
    let told_before = ctx.analysis.before_in_block(sentence).is_some_and(|p| {
        p.dates
            .iter()
            .any(|d| d.year.is_some_and(|y| super::long_past(ctx, y)))
    });
    if past && told_before && sentence.dates.is_empty() {
        return None;
    }
    // "20 March 2003 / The US-led invasion of Iraq begins. … Britain commits more than
    // 40,000 troops": an entry under a date line of history.
    let dated_entry = ctx.analysis.block_head(sentence).is_some_and(|h| {
        h.dates
            .iter()
            .any(|d| d.first == 0 && d.year.is_some_and(|y| super::long_past(ctx, y)))
    });
    if dated_entry && sentence.dates.is_empty() {
        return None;
    }
    // "a revised 20-point framework", "the later 20-point framework": another version
    // than the one the sources counted.
    if tokens[figure.first.saturating_sub(2)..figure.first]
        .iter()
        .any(|t| {
            t.is_any(&[
                "revised",
                "updated",
                "amended",
                "slimmed-down",
                "reworked",
                "shorter",
            ]) || figure.unit.as_deref() == Some("point")
                && t.is_any(&[
                    "later",
                    "new",
                    "subsequent",
                    "alternative",
                    "rival",
                    "counter",
                ])
        })
    {
        return None;
    }
    // "| 27 March 2025 | Coalition summit in Paris, attended by around 30 countries |":
    // leaders meet again and again; a meeting dated months from the one the sources count
    // is another.
    let meeting = super::happening(ctx, subject);
    if let (Some(right), Some(_)) = (meeting.date, meeting.attendees) {
        if sentence
            .dates
            .iter()
            .any(|d| super::months_apart(right, d).is_some_and(|n| n >= 2))
        {
            return None;
        }
    }
    // "A peacetime army of 800,000", "| Capped at a reduced size |": a cap on an army in
    // peace, not the army Ukraine would need.
    let capped = tokens[clause_start.min(figure.first)..figure.first]
        .iter()
        .any(|t| t.is("peacetime"))
        || tokens[..figure.first]
            .iter()
            .any(|t| t.is_any(&["capped", "cap", "capping"]))
            && tokens[..figure.first].iter().any(|t| t.is("|"));
    if capped || standing_army(tokens, (clause_start, clause_end), figure) {
        return None;
    }
    // "If the guarantees do not come, Ukraine will need a one-million-strong army": the
    // consequence of a condition is no assertion either.
    let if_anything = tokens.get(1).is_some_and(|t| t.is("anything"));
    // "If NATO partners balk, he said, Ukraine would need an 800,000-strong army": the
    // condition is the speaker's own, and the figure is reported.
    let reported = sentence.speech.iter().any(|(v, s)| {
        *v < figure.first
            && matches!(s, Some(Speaker::Entity(_) | Speaker::Resolved(_)))
            && tokens[v.saturating_sub(3)..*v].iter().any(|t| t.is(","))
    });
    // (Someone's own figure is still theirs: "If the guarantees fail, Ukraine needs a
    // one-million-strong army" states Zelenskyy's figure as fact.)
    // "Failing that, it would need … a one-million-strong army": the alternative a
    // speaker set out in the sentence before, a condition too.
    let failing = tokens.windows(2).next().is_some_and(|w| {
        w[0].is_any(&["failing", "otherwise"]) && w[1].is_any(&["that", "this", ","])
    });
    let conditional = (tokens
        .first()
        .is_some_and(|t| t.is_any(&["if", "unless", "should"]))
        || failing)
        && !if_anything
        && !reported;
    // "If so, the force would number 110,000": a guess carried on from the sentence
    // before, no one's figure.
    if conditional && tokens.get(1).is_some_and(|t| t.is_any(&["so", "not"])) {
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
    let consistent = |f: &Fact| match &f.data {
        FactData::Figure {
            value: Quantity::PartOf(part, whole),
            ..
        } => match figure.whole {
            Some(w) => w != *whole || figure.value == *part,
            // "about 35 countries" is not a claim about "6 of 30".
            None => true,
        },
        FactData::Figure { value, .. } => figure.whole.is_some() || fits(figure, value.interval()),
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
    // "Macron's 110,000-strong force": a person's own figure.
    let possessor = || {
        sentence
            .mentions
            .iter()
            .find(|m| {
                ctx.base.entities[m.mention.entity].kind == crate::factbase::EntityKind::Person
                    && (m.last + 1 == figure.first && tokens[m.last].norm.ends_with("'s")
                        || m.last + 2 == figure.first && tokens[m.last + 1].is("'s"))
            })
            .map(|m| Speaker::Entity(m.mention.entity))
    };
    // A table row's speaker names who an unnamed "has said" is.
    let speaker = match sentence.speaker_for(figure.first) {
        said @ (None | Some(Speaker::Unnamed)) => row_speaker(ctx, sentence, figure)
            .or(said)
            .or_else(possessor),
        named => named,
    };
    let base = ctx.base;
    let name = |e: EntityId| base.entities[e].name.as_str();

    match speaker {
        Some(_) if conditional => None,
        Some(Speaker::Entity(who) | Speaker::Resolved(who)) => {
            // ("Kyiv says" of its president's figure: the country speaks with him.)
            let speaks_for = |f: &Fact| {
                said_by(f).is_some_and(|owner| {
                    ctx.index.speaks_for(base, who, owner)
                        || base.entities[who].kind == crate::factbase::EntityKind::Country
                            && ctx.index.speaks_for(base, owner, who)
                })
            };
            let theirs: Vec<&Fact> = facts.iter().copied().filter(|f| speaks_for(f)).collect();
            // The speaker's own "about 110,000" told as 120,000 or "about 100,000": another
            // round number, not a rounding of theirs.
            let own_number = |f: &Fact| match &f.data {
                FactData::Figure {
                    value: Quantity::About(n),
                    ..
                } if matches!(figure.bound, Bound::Exact | Bound::About)
                    && figure.whole.is_none() =>
                {
                    (figure.value - n).abs() <= 0.05 * n
                }
                _ => consistent(f),
            };
            // "Size of army Zelenskyy says Ukraine would otherwise need: one million": a
            // figure the speaker gave about another subject than the one bound is theirs.
            let gave_elsewhere = matches!(
                figure.bound,
                Bound::Exact | Bound::About | Bound::Nearly
            ) && ctx.index.said_figures.iter().any(|&f| {
                let f = &base.facts[f];
                speaks_for(f)
                    && matches!(&f.data, FactData::Figure { subject: other, measure, value, .. }
                                if *other != subject
                                    && measures.contains(measure)
                                    && fits(figure, value.interval()))
            });
            if !theirs.is_empty() {
                if theirs.iter().any(|f| own_number(f)) || gave_elsewhere {
                    return None;
                }
                let fact = theirs[0];
                let mut d = finding(
                    base,
                    "figure-misattributed",
                    fact,
                    said_span(sentence, figure, who),
                    format!("“{draft_words}” is not the figure {} gave", name(who)),
                );
                d.help = Some(format!("{} gave {}", name(who), describe(ctx, fact)));
                return Some(d);
            }
            // A speaker with no known figure: wrong only if the number is someone
            // else's figure that must be attributed to them, and the speaker is named
            // ("he argued" may be someone else than the draft's last person).
            if matches!(speaker, Some(Speaker::Resolved(_))) {
                return None;
            }
            let owner = facts.iter().copied().find(|f| {
                required(f)
                    && consistent(f)
                    && !plain.iter().any(|p| consistent(p))
                    && !said_by(f).is_some_and(|o| ctx.index.speaks_for(base, who, o))
            });
            // …or a source's own reported range given to someone else: "Sir Keir has said the
            // contingent would be between 25,000 and 30,000" (The Washington Post's report).
            // A warning: the speaker may have said it too.
            let source = matches!(
                base.entities[who].kind,
                crate::factbase::EntityKind::Person | crate::factbase::EntityKind::Organisation
            );
            let reported = || {
                facts.iter().copied().find(|f| {
                    source
                        && matches!(
                            &f.data,
                            FactData::Figure {
                                value: Quantity::Range(..),
                                said_by: Some(_),
                                ..
                            }
                        )
                        && figure.bound == Bound::Range
                        && consistent(f)
                        && !said_by(f).is_some_and(|o| ctx.index.speaks_for(base, who, o))
                })
            };
            let (owner, weak) = match owner {
                Some(o) => (o, false),
                None => (reported()?, true),
            };
            let owner_name = said_by(owner).map_or("someone else", name);
            let mut d = finding(
                base,
                "figure-misattributed",
                owner,
                said_span(sentence, figure, who),
                format!(
                    "“{draft_words}” is {} figure, not {}",
                    super::owner(owner_name),
                    super::owner(name(who))
                ),
            );
            d.help = Some(format!(
                "attribute it to {owner_name}, who gave {}",
                describe(ctx, owner)
            ));
            if weak {
                d.severity = d.severity.min(Severity::Warning);
            }
            Some(d)
        }
        Some(Speaker::Unnamed) if !told_as_fact(sentence) => None,
        unnamed => {
            // A headline or a count gives the number as a fact, as the sources do: it is
            // checked against their figures, but it is nobody's own figure either.
            let unnamed = unnamed.is_some();
            if plain.iter().any(|f| consistent(f)) {
                return None;
            }
            // Someone's figure stated as fact: the number itself, not an open bound that
            // merely reaches it ("more than 40,000" is not Zelenskyy's 110,000).
            let is_their_figure = |f: &Fact| match &f.data {
                FactData::Figure { value, .. } => {
                    let (lo, hi) = value.interval();
                    // "As many as 110,000 troops will be needed": the figure told is its
                    // top.
                    // ("A force would need at least 110,000 soldiers": its bottom.)
                    let mid = if figure.bound == Bound::AtMost {
                        figure.high
                    } else if figure.bound == Bound::AtLeast {
                        figure.low
                    } else if figure.high.is_finite() {
                        (figure.low + figure.high) / 2.0
                    } else {
                        f64::INFINITY
                    };
                    lo <= mid && mid <= hi
                }
                _ => false,
            };
            // The owner speaks elsewhere in the sentence ("**about 110,000** — what
            // Zelenskyy has said …") or is named in the row of a table of who said what.
            // "**About 110,000**: the figure President Zelenskiy has given": a line led by
            // the figure names its owner anywhere in it.
            let lead = figure.first <= 1
                && tokens
                    .get(figure.last + 1)
                    .is_some_and(|t| t.is_any(&["—", "–", "-", ":", "|"]));
            let owner_named = |f: &Fact| {
                said_by(f).is_some_and(|o| {
                    lead && sentence.mentions.iter().any(|m| m.mention.entity == o)
                        || sentence.speech.iter().any(|(_, s)| {
                            s.and_then(Speaker::entity) == Some(o)
                        })
                        // "President Zelensky has said a force would need to be about a
                        // hundred and ten thousand. A hundred and ten thousand would be a
                        // deterrent force.": his figure, taken up at once.
                        || tokens.iter().any(|t| t.is("|"))
                            && sentence.mentions.iter().any(|m| m.mention.entity == o)
                                                || credited_next(ctx, sentence, figure, o)
                        || heading_credited_below(ctx, sentence, figure, o)
                        // "… ,” he said. If the guarantees do not come, Ukraine will need
                        // a one-million-strong army": his condition, his words going on.
                        || conditional
                                                        && ctx.analysis.before_in_block(sentence).is_some_and(|p| {
                                p.speech.iter().any(|(_, s)| {
                                    s.and_then(Speaker::entity) == Some(o)
                                }) || p.mentions_of(o).next().is_some()
                            })
                        || introduced(ctx, sentence, figure, o)
                        // "The highest figure, about 110,000, is Volodymyr Zelenskyy's": a
                        // possessive predicate names its owner.
                        || sentence.mentions.iter().any(|m| {
                            m.mention.entity == o
                                && m.first > 0
                                && tokens[m.first - 1].is_any(&["is", "was", "remains"])
                                && (tokens[m.last].norm.ends_with("'s")
                                    || tokens.get(m.last + 1).is_some_and(|t| t.is("'s")))
                        })
                        // "Four is Zelenskiy again, the one-million-strong army": the owner
                        // named just before, as a label.
                        || sentence.mentions.iter().any(|m| {
                            m.mention.entity == o
                                && m.last < figure.first
                                && figure.first - m.last <= 4
                                && tokens[m.last + 1..figure.first].iter().all(|t| {
                                    t.is_any(&[",", "again", "the", "his", "—", "–", ":", "too"])
                                })
                        })
                })
            };
            let owned: Vec<&Fact> = facts
                .iter()
                .copied()
                .filter(|f| required(f) && is_their_figure(f))
                .collect();
            if owned.iter().any(|f| owner_named(f))
                || unnamed && !owned.is_empty()
                || conditional && owned.is_empty()
            {
                return None;
            }
            if let Some(&owner) = owned.first() {
                let owner_name = said_by(owner).map_or("a speaker", name);
                let mut d = finding(
                    base,
                    "figure-unattributed",
                    owner,
                    span_of(figure),
                    format!(
                        "“{draft_words}” is {} figure, stated here as fact",
                        super::owner(owner_name)
                    ),
                );
                d.help = Some(format!(
                    "attribute it (\"{owner_name} has said …\"){}",
                    others(ctx, &plain)
                ));
                return Some(d);
            }
            // "## The other number: one million", above "Zelenskyy has said Ukraine would
            // need a one-million-strong army": a heading whose section credits the figure.
            let credited_below = base.facts.iter().any(|f| match &f.data {
                FactData::Figure {
                    value,
                    said_by: Some(who),
                    ..
                } => {
                    fits(figure, value.interval())
                        && heading_credited_below(ctx, sentence, figure, *who)
                }
                _ => false,
            });
            if credited_below {
                return None;
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

/// Whether an unnamed speaker of the sentence states the plan or a count as fact rather
/// than an estimate of their own: "according to a headline", "a widely cited count
/// suggested", "the paper says", "planners expect".
fn told_as_fact(sentence: &Sentence) -> bool {
    let tokens = &sentence.tokens;
    sentence
        .speech
        .iter()
        .filter(|(_, s)| *s == Some(Speaker::Unnamed))
        .any(|&(v, _)| {
            // "Later Geneva text (reported as 19 points)": the document is what others
            // described, not who told it.
            if tokens.get(v + 1).is_some_and(|t| t.is("as")) {
                return false;
            }
            let words = if tokens[v].is("according") {
                &tokens[v + 1..tokens.len().min(v + 6)]
            } else {
                &tokens[v.saturating_sub(5)..v]
            };
            words.iter().any(|t| t.is_any(STATED_AS_FACT))
        })
}

/// Documents, and the planners of the force, whose figures are the facts themselves.
const STATED_AS_FACT: &[&str] = &[
    "headline",
    "headlines",
    "count",
    "tally",
    "survey",
    "paper",
    "newspaper",
    "statements",
    "report",
    "reports",
    "text",
    "draft",
    "proposal",
    "document",
    "planning",
    "planners",
    "plan",
    "plans",
];

fn span_of(figure: &Figure) -> crate::span::Span {
    figure.span
}

/// The words that give a figure to the wrong speaker: the figure, and the speaker's verb
/// when it comes after it in the figure's own clause ("**110,000**: the size of force
/// Starmer has said Ukraine would need", "the 110,000 that Macron has said …").
fn said_span(sentence: &Sentence, figure: &Figure, who: EntityId) -> crate::span::Span {
    let tokens = &sentence.tokens;
    let theirs = |s: &Option<Speaker>| s.and_then(Speaker::entity) == Some(who);
    if sentence
        .speech
        .iter()
        .any(|(v, s)| *v < figure.first && theirs(s))
    {
        return figure.span;
    }
    sentence
        .speech
        .iter()
        .filter(|(v, s)| {
            *v > figure.last
                && *v - figure.last <= 12
                && theirs(s)
                && !tokens[figure.last..*v]
                    .iter()
                    .any(|t| t.is(";") || t.is(",") && figure.first > 1)
        })
        .map(|(v, _)| crate::span::Span::new(figure.span.start, tokens[*v].span.end))
        .next()
        .unwrap_or(figure.span)
}

/// "put the size of Ukraine's army at about 880,000": an army that exists, counted, not
/// one that would be needed ("would need a one-million-strong army").
fn standing_army(tokens: &[Token], (start, end): (usize, usize), figure: &Figure) -> bool {
    let owned_army = (start.max(1)..figure.first).any(|k| {
        // "Ukraine's armed forces, which Kyiv says number about 880,000 today".
        let owner = if k >= 2 && tokens[k - 1].is("armed") {
            k - 2
        } else {
            k - 1
        };
        tokens[k].is_any(&["army", "military", "forces"])
            && (tokens[owner].norm.ends_with("'s") || tokens[owner].is_any(&["its", "their"]))
    });
    let wanted = tokens[start..end].iter().any(|t| {
        t.is_any(&[
            "would", "need", "needs", "needed", "build", "require", "required", "could", "will",
            "without",
        ])
    });
    // "Ukrainian officials have put the number under arms at 800,000 to 900,000".
    let under_arms = tokens[start..figure.first]
        .windows(2)
        .any(|w| w[0].is("under") && w[1].is("arms"));
    (owned_army || under_arms) && !wanted && !figure.percent
}

/// Whether the draft's figure agrees with a fact's interval. A ceiling ("up to 50,000")
/// must not rise above the fact's; other figures must overlap it.
fn fits(figure: &Figure, (low, high): (f64, f64)) -> bool {
    match figure.bound {
        Bound::AtMost | Bound::Under => figure.high <= high * 1.05 && figure.high >= low * 0.88,
        // A range must lie mostly inside: "20,000 to 25,000" only touches "25,000 to
        // 30,000", and "30,000-35,000" only touches "under 30,000".
        Bound::Range if figure.high > figure.low && high > low => {
            let shared = figure.high.min(high) - figure.low.max(low);
            shared > 0.5 * (figure.high - figure.low)
        }
        // "some 40 countries" against "about 35": the draft's own round number must be
        // inside the fact's interval, not just its margin overlapping the fact's margin.
        Bound::About => figure.value >= low * 0.98 && figure.value <= high * 1.02,
        _ => overlaps((figure.low, figure.high), (low, high)),
    }
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
    // "**110,000** — troops the force will need", "60k troops: the force …": a figure
    // that leads its sentence is described by the rest of it.
    let lead = figure.first <= 1
        && tokens
            .get(figure.last + 1)
            .is_some_and(|t| t.is_any(&["—", "–", "-", ":", "|"]));
    let clause = if lead {
        (0, tokens.len())
    } else {
        speech::clause_of(tokens, figure.first)
    };
    // "Planned size of the force: about 45k personnel", "In practice the contingent will
    // be more modest: around 35,000 soldiers": a short label before a colon can name the
    // subject of the figure after it.
    let labelled = !lead && clause.0 > 0 && clause.0 <= 10 && tokens[clause.0 - 1].is(":")
        // "The force that would really be needed - around 110,000 troops - is …": a
        // figure set off by dashes after what it measures.
        || !lead
            && clause.0 > 0
            && tokens[clause.0 - 1].is_any(&["-", "—", "–"])
            && figure.first - clause.0 <= 1;
    // "Troops needed for a credible deterrent: around 110,000": the label's measure word.
    let label_unit = || {
        let colon = labelled && tokens[clause.0 - 1].is(":");
        colon
            .then(|| {
                tokens[..clause.0 - 1].iter().find_map(|t| {
                    ctx.index
                        .units
                        .get(&crate::claims::numbers::singular(&t.norm))
                })
            })
            .flatten()
    };
    let unit_measures: Option<Vec<MeasureId>> = match &figure.unit {
        Some(u) => Some(ctx.index.units.get(u).cloned().unwrap_or_default()),
        None => label_unit().cloned(),
    };
    if unit_measures.as_ref().is_some_and(Vec::is_empty) {
        return None;
    }
    let subject = explicit(ctx, sentence, figure, clause, unit_measures.is_some(), lead)
        .or_else(|| {
            let whole = (0, clause.1);
            labelled
                .then(|| explicit(ctx, sentence, figure, whole, unit_measures.is_some(), lead))
                .flatten()
        })
        .or_else(|| head_noun(ctx, tokens, figure).filter(|&e| !someone_elses(ctx, sentence, e)))
        .or_else(|| {
            cut_by(ctx, sentence, figure, clause).filter(|&e| !someone_elses(ctx, sentence, e))
        })
        .or_else(|| {
            let clause = if labelled { (0, clause.1) } else { clause };
            implicit(ctx, sentence, figure, clause, unit_measures.as_deref())
        })
        .or_else(|| required(ctx, sentence, figure, clause, unit_measures.as_deref()))?;
    let measures = match unit_measures {
        Some(m) => m,
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

/// "Deterring Russia would require roughly 110,000 troops", "A hundred and ten thousand
/// is what the job actually takes": a requirement whose number is the one figure the fact
/// base says must be credited, whatever else the clause names. Only figures of that
/// kind are looked for, and only when no name right before the number owns it
/// ("Russia's 110,000 troops", "Ukraine has a million soldiers").
fn required(
    ctx: &Context<'_>,
    sentence: &Sentence,
    figure: &Figure,
    (start, end): (usize, usize),
    unit_measures: Option<&[MeasureId]>,
) -> Option<EntityId> {
    let tokens = &sentence.tokens;
    let (start, end) = if figure.first <= 1 {
        (0, tokens.len())
    } else {
        (start, end)
    };
    let clause = &tokens[start..end];
    // "110,000 drones": a number of something the fact base does not count.
    let counts_other = figure.unit.is_none()
        && tokens.get(figure.last + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.is_any(&[
                    "is",
                    "are",
                    "was",
                    "were",
                    "would",
                    "will",
                    "could",
                    "might",
                    "should",
                    "must",
                    "to",
                    "of",
                    "on",
                    "in",
                    "at",
                    "for",
                    "what",
                    "and",
                    "a",
                    "an",
                    "the",
                    "needed",
                    "required",
                    "necessary",
                ])
        });
    let requiring = clause.iter().enumerate().any(|(k, t)| {
        t.is_any(REQUIRING)
            && !(t.is("deterrent") && clause.get(k + 1).is_some_and(|n| n.is("force")))
    });
    if counts_other || !requiring || about_something_else(tokens, start, end) {
        return None;
    }
    let owned = sentence.mentions.iter().any(|o| {
        o.last < figure.first
            && figure.first - o.last <= 3
            && !is_speaker(sentence, o)
            && (tokens[o.last].norm.ends_with("'s")
                || tokens.get(o.last + 1).is_some_and(|t| t.is_any(OWNING)))
    });
    if owned {
        return None;
    }
    owner_by_value(ctx, figure, |measure, attribution_required| {
        attribution_required && unit_measures.is_none_or(|m| m.contains(&measure))
    })
}

/// The one subject with a figure fact of about this value ("about 110,000": the force's
/// size), among the facts whose measure and attribution `keep` accepts.
fn owner_by_value(
    ctx: &Context<'_>,
    figure: &Figure,
    keep: impl Fn(MeasureId, bool) -> bool,
) -> Option<EntityId> {
    let mut owners = ctx.index.figures.iter().filter_map(|(&e, facts)| {
        facts
            .iter()
            .any(|&f| match &ctx.base.facts[f].data {
                FactData::Figure {
                    measure,
                    value: value @ (Quantity::About(_) | Quantity::Exact(_) | Quantity::Nearly(_)),
                    attribution_required,
                    ..
                } => keep(*measure, *attribution_required) && fits(figure, value.interval()),
                _ => false,
            })
            .then_some(e)
    });
    match (owners.next(), owners.next()) {
        (Some(e), None) => Some(e),
        _ => None,
    }
}

/// Who comes "from N countries" to a meeting, or is sent from them.
const ATTENDEES: &[&str] = &[
    "leaders",
    "envoys",
    "delegations",
    "delegates",
    "representatives",
    "officials",
    "ministers",
    "heads",
    "participants",
    "governments",
    "troops",
    "soldiers",
    "personnel",
];

/// Words that make a clause a requirement.
const REQUIRING: &[&str] = &[
    "need",
    "needs",
    "needed",
    "require",
    "requires",
    "required",
    "requirement",
    "take",
    "takes",
    "minimum",
    "demand",
    "demands",
    "deter",
    "deterrence",
    "credible",
    // ("Real deterrent = 110k troops", not "would be a deterrent force".)
    "deterrent",
];

/// A subject named next to the number: "the force would be under 30,000", "a force of
/// 50,000", "several thousand French soldiers", "30,000 troops for the force".
fn explicit(
    ctx: &Context<'_>,
    sentence: &Sentence,
    figure: &Figure,
    (clause_start, clause_end): (usize, usize),
    has_unit: bool,
    lead: bool,
) -> Option<EntityId> {
    let tokens = &sentence.tokens;
    let has_figures = |m: &SentenceMention| ctx.index.figures.contains_key(&m.mention.entity);
    let mut best: Option<(usize, &SentenceMention)> = None;
    for m in sentence
        .mentions
        .iter()
        .filter(|m| has_figures(m) && m.first >= clause_start && m.last < clause_end)
    {
        let distance = if m.last < figure.first {
            let between = &tokens[m.last + 1..figure.first];
            if between.len() > if has_unit { 10 } else { 4 } {
                continue;
            }
            if !has_unit && !between.iter().all(|t| t.is_any(CONNECTORS)) {
                continue;
            }
            // "The summit … produced firm statements from two countries": the figure counts
            // where something else came from ("leaders from 35 countries" are attendees).
            if between.len() >= 2
                && between[between.len() - 1].is("from")
                && between[between.len() - 2].kind == crate::claims::tokens::TokenKind::Word
                && !between[between.len() - 2].is_any(ATTENDEES)
            {
                continue;
            }
            // Another figure in between is the subject's: "a force of 25,000 therefore
            // implies something closer to 75,000 troops earmarked across the coalition".
            if sentence
                .figures
                .iter()
                .any(|f| f.first > m.last && f.last < figure.first)
            {
                continue;
            }
            // Another subject in between owns the number: "the force, unlike Russia's
            // 600,000 troops".
            if sentence.mentions.iter().any(|o| {
                o.first > m.last
                    && o.last < figure.first
                    && !is_speaker(sentence, o)
                    && owns(ctx, tokens, o)
            }) {
                continue;
            }
            between.len()
        } else if m.first > figure.last {
            let between = &tokens[figure.last + 1..m.first];
            // "the 110,000 troops that Macron has said any force would need": the subject
            // of the reported clause, just after its verb.
            let reported = sentence
                .speech
                .iter()
                .any(|&(v, _)| v > figure.last && v < m.first && m.first - v <= 3);
            let reach = if lead || reported { 12 } else { 4 };
            // "## One million: an army, not a force": the subject set aside.
            let set_aside = m.first >= 2
                && tokens[m.first - 2..m.first]
                    .iter()
                    .any(|t| t.is_any(&["not", "nor", "than"]));
            if between.len() > reach
                || set_aside
                || !has_unit && !lead
                || between
                    .iter()
                    .any(|t| t.is_any(&["than", "unlike", "while"]) || t.is_punct() && !lead)
            {
                continue;
            }
            between.len()
        } else {
            0
        };
        if m.first > 0 && m.first < figure.first && tokens[m.first - 1].is("than") {
            continue;
        }
        // "Saab, whose Gripen fighter jets are marketed to Kyiv, rose 5.2%": a name inside
        // a relative clause closed before the figure.
        let in_relative = m.last < figure.first
            && (m.first.saturating_sub(4)..m.first).any(|k| {
                tokens[k].is_any(&["whose", "which", "who"]) && k > 0 && tokens[k - 1].is(",")
            })
            && tokens[m.last + 1..figure.first].iter().any(|t| t.is(","));
        if in_relative {
            continue;
        }
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, m));
        }
    }
    best.map(|(_, m)| m.mention.entity)
}

/// Whether a mention before the number is its owner: "Russia's 600,000 troops",
/// "Ukraine has 800,000 soldiers".
fn owns(ctx: &Context<'_>, tokens: &[Token], o: &SentenceMention) -> bool {
    let unit_after = tokens.get(o.last + 1).is_some_and(|t| {
        t.is_any(&[
            "troops",
            "soldiers",
            "forces",
            "army",
            "personnel",
            "servicemen",
        ])
    });
    ctx.index.figures.contains_key(&o.mention.entity)
        // "Russia's 600,000 troops", "US forces in Europe, total | roughly 80,000 to
        // 100,000": a country's own troops.
        || (o.mention.form == crate::claims::lexicon::Form::Adjective
            || ctx.base.entities[o.mention.entity].kind == crate::factbase::EntityKind::Country)
            && unit_after
        || tokens[o.last].norm.ends_with("'s")
        || tokens.get(o.last + 1).is_some_and(|t| t.is_any(OWNING))
}

/// Verbs after a name that make the following number that name's own.
const OWNING: &[&str] = &[
    "has",
    "have",
    "had",
    "fields",
    "fielded",
    "deployed",
    "deploys",
    "lost",
    "'s",
    "massed",
    "amassed",
    "keeps",
    "kept",
    "maintains",
    "stationed",
    "mobilised",
    "mobilized",
    "killed",
    "captured",
    "recruited",
    "trained",
];

/// "cut Ukraine's armed forces by 40 per cent", "reducing its army by a third": a share
/// after "by", in a clause whose verb opens a name of a subject with shares ("reduced in
/// size", "cut in size") and that says whose forces are cut.
fn cut_by(
    ctx: &Context<'_>,
    sentence: &Sentence,
    figure: &Figure,
    (start, _): (usize, usize),
) -> Option<EntityId> {
    let tokens = &sentence.tokens;
    if !figure.percent || figure.first == 0 || !tokens[figure.first - 1].is("by") {
        return None;
    }
    let before = &tokens[start.max(figure.first.saturating_sub(9))..figure.first - 1];
    if !before
        .iter()
        .any(|t| t.is_any(&["army", "military", "forces", "armed"]))
    {
        return None;
    }
    let stem = |w: &str| {
        let w = w
            .trim_end_matches("ing")
            .trim_end_matches("ed")
            .trim_end_matches('e');
        w.trim_end_matches('s').to_owned()
    };
    // Whose army: the subject's country in the clause ("cut Ukraine's armed forces"), or
    // a document just named ("The 28-point plan … It would have reduced its army …").
    let owner_named = |e: EntityId| {
        let name = &ctx.base.entities[e].name;
        sentence.mentions.iter().any(|m| {
            let other = &ctx.base.entities[m.mention.entity];
            other.kind == crate::factbase::EntityKind::Country && name.contains(other.name.as_str())
                || other.kind == crate::factbase::EntityKind::Document
        }) || ctx.base.entities.iter().enumerate().any(|(d, entity)| {
            entity.kind == crate::factbase::EntityKind::Document
                && ctx.analysis.named_recently(sentence, d)
        })
    };
    // In id order, so that the answer never depends on the map's.
    let mut subjects: Vec<EntityId> = ctx.index.figures.keys().copied().collect();
    subjects.sort_unstable();
    subjects.into_iter().find(|&e| {
        let shares = ctx.index.figures[&e].iter().any(|&f| {
            matches!(
                &ctx.base.facts[f].data,
                FactData::Figure { percent: true, .. }
            )
        });
        shares
            && owner_named(e)
            && ctx.base.entities[e].names().any(|name| {
                let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
                first.len() >= 3 && before.iter().any(|t| stem(&t.norm) == stem(&first))
            })
    })
}

/// "a 50,000-strong force", "the 12-point document": the noun after the figure is the
/// head of a known subject's name.
fn head_noun(ctx: &Context<'_>, tokens: &[Token], figure: &Figure) -> Option<EntityId> {
    // The noun right after the figure, or the nearest one shortly before it in the same
    // clause ("the planned force of peacekeepers would be under 30,000 strong").
    let (start, _) = speech::clause_of(tokens, figure.first);
    // "a 110,000-strong international force": past the adjectives to the noun.
    const ADJECTIVES: &[&str] = &[
        "international",
        "european",
        "multinational",
        "western",
        "allied",
        "foreign",
        "security",
        "peacekeeping",
        "reassurance",
        "coalition",
        "stabilisation",
        "stabilization",
        "european-led",
        "credible",
        "standing",
        // A nation's army: "a million-strong Ukrainian army" (another nation's is
        // someone else's, below).
        "ukrainian",
        "ukraine's",
        "national",
        "new",
    ];
    // A factbox row "1,000,000   the army Zelenskyy has said …" past its article.
    let after = (figure.last + 1..tokens.len().min(figure.last + 4))
        .find(|&k| !(tokens[k].is_any(ADJECTIVES) || k == figure.last + 1 && tokens[k].is("the")))
        .map(|k| &tokens[k])
        .filter(|t| t.is_any(HEAD_NOUNS));
    // "its army at 600,000" is a cap or a count, not the army of a figure's fact;
    // "a 500,000-strong army" is.
    let before_nouns: &[&str] = &[
        "force",
        "contingent",
        "mission",
        "deployment",
        "plan",
        "document",
        "draft",
        "proposal",
    ];
    // …not one that has a number of its own ("a 25,000-strong deployment would tie up
    // 75,000 troops").
    let numbered = |j: usize| {
        tokens[j.saturating_sub(2)..j]
            .iter()
            .any(|t| t.norm.starts_with(|c: char| c.is_ascii_digit()))
    };
    let from = start.max(figure.first.saturating_sub(8));
    let before = (from..figure.first)
        .rev()
        .find(|&j| tokens[j].is_any(before_nouns))
        .filter(|&j| {
            // A noun, not a verb: "the plan", "Witkoff's plan", "the 28-point plan", but
            // not "armies plan on a rule of three".
            let noun = tokens[j.saturating_sub(2)..j].iter().any(|t| {
                t.is_any(&[
                    "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "whose",
                    "any", "such", "peace",
                ]) || t.norm.ends_with("'s")
                    || t.norm.contains('-')
                    || t.is_any(ADJECTIVES)
            });
            // "the alliance's new force model": another thing named after a force; "a
            // NATO-led force" is another force.
            let compound = tokens
                .get(j + 1)
                .is_some_and(|t| t.is_any(&["model", "structure", "posture", "generation"]))
                                || j > 0
                    && tokens[j - 1]
                        .is_any(&["nato-led", "un-led", "us-led", "un", "nato", "kfor", "ifor"])
                // "Russia's invasion force", "the occupying force": the other side's.
                || tokens[j.saturating_sub(2)..j].iter().any(|t| {
                    t.is_any(&[
                        "invasion", "invading", "occupation", "occupying", "russian", "russia's",
                        "enemy", "kremlin's",
                    ])
                });
            // "NATO's Implementation Force", "the UN Protection Force": a force's own name.
            let text = ctx.analysis.draft.text;
            let capital = |k: usize| text[tokens[k].span.start..].starts_with(char::is_uppercase);
            let proper = j > 0 && capital(j) && capital(j - 1);
            // "NATO's ISAF mission": a mission by its acronym.
            let acronym = j > 0 && {
                let word = &text[tokens[j - 1].span.start..tokens[j - 1].span.end];
                word.len() >= 3 && word.chars().all(|c| c.is_ascii_uppercase())
            };
            noun && !compound
                && !acronym
                && !proper
                && !numbered(j)
                && !tokens[j + 1..figure.first]
                    .iter()
                    .any(|t| t.norm.starts_with(|c: char| c.is_ascii_digit()))
        })
        .map(|j| &tokens[j]);
    // "an army of a million troops": the army's own size.
    let army_of = (2..=3)
        .filter_map(|k| figure.first.checked_sub(k).map(|at| (k, at)))
        .find(|&(k, at)| {
            at >= start
                && tokens[at].is("army")
                && tokens[at + 1].is("of")
                && (k == 2
                    || tokens[at + 2].is_any(&["a", "an", "some", "about", "around", "nearly"]))
        })
        .map(|(_, at)| &tokens[at]);
    // "The draft text sets out three layers": a bare number before a plural noun counts
    // that noun, not the plan.
    let counts_other = figure.unit.is_none()
        && tokens.get(figure.last + 1).is_some_and(|t| {
            t.kind == crate::claims::tokens::TokenKind::Word
                && t.norm.len() > 3
                && t.norm.ends_with('s')
                && t.norm.chars().all(|c| c.is_ascii_lowercase())
        });
    let before = before.filter(|_| !counts_other);
    let noun = after.or(army_of).or(before)?;
    let head = HEAD_SYNONYMS
        .iter()
        .find(|(word, _)| noun.is(word))
        .map_or(noun.norm.as_str(), |(_, head)| *head);
    let direct = ctx
        .index
        .heads
        .get(noun.norm.as_str())
        .map_or(&[][..], Vec::as_slice);
    let found = if direct.is_empty() {
        ctx.index.heads.get(head).map_or(&[][..], Vec::as_slice)
    } else {
        direct
    };
    match found {
        [one] => Some(*one),
        _ => None,
    }
}

/// A head noun's subject named for one country ("Ukraine's army") in a sentence about
/// another: "Russia has built an army of a million troops" is Russia's army.
fn someone_elses(ctx: &Context<'_>, sentence: &Sentence, subject: EntityId) -> bool {
    let name = &ctx.base.entities[subject].name;
    let countries: Vec<&str> = sentence
        .mentions
        .iter()
        .filter(|m| {
            ctx.base.entities[m.mention.entity].kind == crate::factbase::EntityKind::Country
        })
        .map(|m| ctx.base.entities[m.mention.entity].name.as_str())
        .collect();
    let owned_by_country =
        ctx.base.entities.iter().any(|e| {
            e.kind == crate::factbase::EntityKind::Country && name.contains(e.name.as_str())
        });
    owned_by_country && !countries.is_empty() && !countries.iter().any(|c| name.contains(c))
}

/// Nouns that head a subject's name ("force", "plan").
const HEAD_NOUNS: &[&str] = &[
    "force",
    "contingent",
    "mission",
    "deployment",
    "army",
    "plan",
    "document",
    "draft",
];
/// Nouns that stand for another head ("document" for "plan").
const HEAD_SYNONYMS: &[(&str, &str)] = &[
    ("document", "plan"),
    ("draft", "plan"),
    ("deployment", "force"),
    ("mission", "force"),
];

/// No subject named: the draft's own subject for this measure, when the clause is about
/// a requirement or plan ("Ukraine needs 110,000 troops", "leaders from some 50
/// countries attended") and nothing else there owns the number.
fn implicit(
    ctx: &Context<'_>,
    sentence: &Sentence,
    figure: &Figure,
    (start, end): (usize, usize),
    unit_measures: Option<&[MeasureId]>,
) -> Option<EntityId> {
    let tokens = &sentence.tokens;
    let clause = &tokens[start..end];
    // Small counts ("the two men") and spans of time are too common to read this way.
    let timely = figure
        .unit
        .as_deref()
        .is_some_and(|u| ["day", "week", "month", "year", "hour", "minute"].contains(&u));
    if figure.value < 10.0 || timely {
        return None;
    }
    // "A survey found 61% of respondents …, and 48% said they would support …": a poll's
    // shares anywhere in the sentence.
    let poll = tokens.iter().any(|t| t.is_any(POLL));
    // "… about 4.3 million people who fled Ukraine held temporary protection. Germany
    // hosts the largest number, around 1.2 million": the sentence before says what is
    // counted.
    let counted_before = ctx.analysis.before_in_block(sentence).is_some_and(|p| {
        p.tokens.iter().any(|t| {
            t.is_any(POLL) || t.is_any(&["fled", "refugees", "displaced", "asylum", "protection"])
        })
    });
    // "…would take roughly 110,000 troops, a number no combination of European armies
    // could keep alongside their commitments on NATO's eastern flank": an aside after the
    // figure is about something else.
    let aside = (figure.last + 1..end)
        .find(|&k| {
            tokens[k].is(",")
                && tokens.get(k + 1).is_some_and(|t| {
                    t.is_any(&[
                        "a", "an", "which", "far", "more", "roughly", "nearly", "well",
                    ])
                })
        })
        .unwrap_or(end);
    // "Sustaining a deployment of 25,000 means tying down roughly 75,000 soldiers across
    // the rotation cycle": the rule of three, not the force's size.
    let rotation_pool = tokens[figure.last + 1..tokens.len().min(figure.last + 7)]
        .windows(3)
        .any(|w| {
            w[0].is_any(&["across", "over", "throughout"])
                && (w[1].is_any(&["rotation", "rotations", "cycle"])
                    || w[2].is_any(&["rotation", "rotations", "cycle"]))
        });
    let about_something_else = about_something_else(tokens, start, aside) || rotation_pool;
    // ("More than 40 countries took part in Paris": "took" only with "part".)
    let took_part = clause
        .windows(2)
        .any(|w| w[0].is_any(&["took", "take", "taking"]) && w[1].is("part"));
    if !(clause.iter().any(|t| t.is_any(CONTEXT)) || took_part)
        || about_something_else
        || poll
        || counted_before
    {
        return None;
    }
    let generic_subject = tokens[start..figure.first].iter().any(|t| {
        t.is_any(&[
            "figure",
            "size",
            "number",
            "requirement",
            "estimate",
            "total",
            "limit",
            "ceiling",
            "cap",
        ])
    });
    // "… leaders from about 45 countries had attended. The correct figure is about 35.":
    // a figure with no unit counts what the sentence before counted.
    let before_measures = || {
        ctx.analysis.before_in_block(sentence).and_then(|p| {
            p.figures
                .iter()
                .filter_map(|f| f.unit.as_ref())
                .find_map(|u| ctx.index.units.get(u))
        })
    };
    // "**The army.** The figure of one million is …": a short label opening the
    // paragraph names what the figure measures.
    let label = ctx.analysis.before_in_block(sentence).and_then(|p| {
        let words = p
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count();
        (words <= 4)
            .then(|| p.tokens.iter().find(|t| t.is_any(HEAD_NOUNS)))
            .flatten()
            .and_then(
                |t| match ctx.index.heads.get(t.norm.as_str()).map(Vec::as_slice) {
                    Some([one]) => Some(*one),
                    _ => None,
                },
            )
    });
    if let Some(subject) = label.filter(|_| generic_subject && unit_measures.is_none()) {
        return Some(subject);
    }
    let measures: &[MeasureId] = match unit_measures {
        Some(m) => m,
        None if generic_subject => before_measures().map_or(&[][..], Vec::as_slice),
        None => return None,
    };
    let owned = |o: &SentenceMention| {
        o.first >= start
            && o.last < figure.first
            && !is_speaker(sentence, o)
            && owns(ctx, tokens, o)
    };
    let inside = |o: &SentenceMention| o.first >= figure.first && o.last <= figure.last;
    // A meeting's size only in a clause about meeting ("leaders from 50 countries"), not
    // "rotations drawn from a dozen countries".
    let is_meeting = |e: EntityId| super::happening(ctx, e).attendees.is_some();
    let meeting_clause = clause.iter().any(|t| t.is_any(MEETING_CONTEXT));
    let has_measure = |e: EntityId| {
        ctx.index.figures.get(&e).is_some_and(|facts| {
            facts.iter().any(|&f| {
                matches!(&ctx.base.facts[f].data, FactData::Figure { measure, .. } if measures.contains(measure))
            })
        })
    };
    if let Some(o) = sentence
        .mentions
        .iter()
        .filter(|o| owned(o) || inside(o))
        .max_by_key(|o| o.first)
    {
        // "the Paris summit, a group of nations that drew leaders from 45 countries": the
        // owner is the subject, too far back for the words next to the number.
        // …unless another figure between is the owner's ("A force of 25,000 … implies
        // roughly 75,000 personnel").
        let figure_between = sentence
            .figures
            .iter()
            .any(|f| f.first > o.last && f.last < figure.first);
        let e = o.mention.entity;
        let owner = !inside(o) && !figure_between && has_measure(e);
        return (owner && (!is_meeting(e) || meeting_clause)).then_some(e);
    }
    // Another force by its own name: "UNPROFOR was at its peak close to 40,000 strong",
    // "The UN Protection Force …".
    let text = ctx.analysis.draft.text;
    let shouted = |k: usize| {
        let word = &text[tokens[k].span.start..tokens[k].span.end];
        word.len() >= 3 && word.chars().all(|c| c.is_ascii_uppercase())
    };
    let headline = (0..tokens.len()).filter(|&k| shouted(k)).count() * 2 > tokens.len();
    let mentioned = |k: usize| {
        sentence
            .mentions
            .iter()
            .any(|m| m.first <= k && k <= m.last)
    };
    let capitalised = |k: usize| {
        let word = &text[tokens[k].span.start..tokens[k].span.end];
        word.starts_with(char::is_uppercase)
            && crate::date::month_number(&tokens[k].norm).is_none()
            && crate::date::Weekday::parse(&tokens[k].norm).is_none()
    };
    let named_force = !headline
        && (start..end)
            .filter(|k| !(figure.first..=figure.last).contains(k))
            .any(|k| {
                let word = &text[tokens[k].span.start..tokens[k].span.end];
                // ("**Force needed to deter Russia:**" opens a label, no name.)
                // ("The Defence Forces can field a wartime strength of 280,000 troops".)
                let proper = [
                    "Force",
                    "Forces",
                    "Mission",
                    "Operation",
                    "Corps",
                    "Brigade",
                ]
                .contains(&word)
                    && k > start
                    && capitalised(k - 1);
                // "The Gaza ceasefire plan …, with its 20 points": another place's plan.
                let owned_head = tokens[k]
                    .is_any(&["plan", "force", "mission", "proposal", "deal"])
                    && (k.saturating_sub(2).max(start).max(1)..k)
                        .any(|j| capitalised(j) && !mentioned(j));
                (shouted(k) || proper || owned_head) && !mentioned(k)
            });
    if named_force {
        return None;
    }
    // The draft's main subject for this measure: mentions weighted by how many figures
    // the fact base has about it. "The figure" must be of the same order as a fact's.
    let comparable = |value: &Quantity| {
        let (lo, hi) = value.interval();
        measures.is_empty() && figure.value >= lo / 10.0 && figure.value <= hi.min(f64::MAX) * 10.0
            || !measures.is_empty()
    };
    let weight = |e: EntityId| -> usize {
        ctx.index.figures.get(&e).map_or(0, |facts| {
            facts
                .iter()
                .filter(|&&f| match &ctx.base.facts[f].data {
                    FactData::Figure { measure, value, .. } => {
                        (measures.is_empty() || measures.contains(measure)) && comparable(value)
                    }
                    _ => false,
                })
                .count()
        })
    };
    let mut counts: Vec<(EntityId, usize)> = Vec::new();
    for m in ctx.analysis.sentences.iter().flat_map(|s| &s.mentions) {
        let e = m.mention.entity;
        let w = weight(e);
        if w == 0 {
            continue;
        }
        match counts.iter_mut().find(|(id, _)| *id == e) {
            Some((_, n)) => *n += w,
            None => counts.push((e, w)),
        }
    }
    counts.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), e));
    // In a clause about a meeting, the one meeting the draft names is the subject,
    // whatever else the draft counts in countries.
    let meetings: Vec<EntityId> = counts
        .iter()
        .map(|&(e, _)| e)
        .filter(|&e| is_meeting(e))
        .collect();
    // ("defence planners from a dozen countries gathered at the end of January": others
    // who met, not the meeting's attendees.)
    let from_at = if figure.first >= 1 && tokens[figure.first - 1].is_any(&["a", "an", "some"]) {
        figure.first - 1
    } else {
        figure.first
    };
    let others_met = from_at >= 2
        && tokens[from_at - 1].is("from")
        && tokens[from_at - 2].kind == TokenKind::Word
        && !tokens[from_at - 2].is_any(ATTENDEES);
    if others_met {
        return None;
    }
    if let ([meeting], true) = (meetings.as_slice(), meeting_clause) {
        return Some(*meeting);
    }
    // Several meetings in the draft: the one this clause dates or places ("On Monday 6
    // January, leaders and envoys from some 45 countries met at the Élysée", "met in
    // Paris").
    // (With no meeting named by its name, any the fact base knows: "met at the Élysée".)
    if meeting_clause && meetings.len() != 1 {
        let mut known: Vec<EntityId> = ctx
            .index
            .figures
            .keys()
            .copied()
            .filter(|&e| is_meeting(e))
            .collect();
        known.sort();
        let meetings = if meetings.is_empty() {
            known
        } else {
            meetings.clone()
        };
        // (Only a count of what a meeting counts: "some 45 countries", not "110,000 troops
        // … anything on the table in Paris".)
        let meetings: Vec<EntityId> = meetings.into_iter().filter(|&e| has_measure(e)).collect();
        let placed_or_dated = |e: EntityId| {
            let h = super::happening(ctx, e);
            let dated = h.date.is_some_and(|right| {
                sentence
                    .dates
                    .iter()
                    .any(|d| d.day.is_some() && d.day == right.day && d.month == right.month)
            });
            let placed = h
                .place
                .is_some_and(|p| sentence.mentions.iter().any(|m| m.mention.entity == p));
            dated || placed
        };
        let mut found = meetings.iter().copied().filter(|&e| placed_or_dated(e));
        if let (Some(e), None) = (found.next(), found.next()) {
            return Some(e);
        }
    }
    // No main subject, or two as often: the one whose own figure this is ("To really
    // deter Russia, 110,000 troops would be needed" is the force's size, the one figure of
    // about 110,000 the fact base knows), when only one fact gives that value.
    // (Only the entities with figures are looked at; which one is found does not
    // depend on the map's order, since there must be exactly one.)
    let by_value = owner_by_value(ctx, figure, |measure, _| measures.contains(&measure));
    // ("## Plan B: a million soldiers" in a draft about the force: the one figure of a
    // million the fact base knows, not the force's size.)
    let fits_one_of = |e: EntityId| {
        ctx.index.figures.get(&e).is_some_and(|facts| {
            facts.iter().any(|&f| match &ctx.base.facts[f].data {
                FactData::Figure { measure, value, .. } => {
                    measures.contains(measure) && fits(figure, value.interval())
                }
                _ => false,
            })
        })
    };
    let chosen = match (by_value, counts.as_slice()) {
        (Some(v), [(e, _), ..]) if !fits_one_of(*e) => v,
        (_, [(e, _)]) => *e,
        (_, [(e, n), (_, m), ..]) if n > m => *e,
        _ => by_value?,
    };
    (!is_meeting(chosen) || meeting_clause).then_some(chosen)
}

/// "… to be safe from another invasion", "to deter a renewed invasion": what the force
/// is for, not what the number counts; otherwise a word of losses, refugees or standing
/// armies puts the number about something else.
fn about_something_else(tokens: &[Token], start: usize, end: usize) -> bool {
    (start..end).any(|k| {
        tokens[k].is_any(NOT_ABOUT_THE_SUBJECT)
            && !tokens[k.saturating_sub(3).max(start)..k].iter().any(|t| {
                t.is_any(&[
                    "another", "renewed", "new", "fresh", "future", "second", "deter", "prevent",
                    "repel", "against",
                ])
            })
    })
}

/// Words that make a clause about who attended a meeting.
const MEETING_CONTEXT: &[&str] = &[
    "part",
    "representatives",
    "participants",
    "attended",
    "attend",
    "attending",
    "represented",
    "gathering",
    "gathered",
    "leaders",
    "envoys",
    "delegations",
    "delegates",
    "room",
    "met",
    "meet",
    "summit",
    "meeting",
    "talks",
    "present",
    "took",
    "invited",
    "signed",
    "table",
];

/// Words that make a clause about a requirement, a plan or a meeting's size.
const CONTEXT: &[&str] = &[
    // "Realistic deterrence = force of ~110,000 troops".
    "deter",
    "deterrence",
    "deterrent",
    "need",
    "needs",
    "needed",
    "require",
    "requires",
    "required",
    "requirement",
    "minimum",
    "take",
    "takes",
    "deploy",
    "deployed",
    "deploying",
    "deployment",
    "field",
    "fielding",
    "planned",
    "planning",
    "envisage",
    "envisaged",
    "envisages",
    "considering",
    "eyes",
    "figure",
    "size",
    "attended",
    "represented",
    "gathering",
    "leaders",
    "envoys",
    "delegations",
    "delegates",
    "representatives",
    "participants",
    "room",
    "met",
    "gathered",
    "attend",
    "attending",
    "summit",
    "table",
    "invited",
    "document",
    "draft",
    "plan",
    "contingent",
    "strong",
    "reach",
    "number",
    "total",
    "guarantee",
    "guarantees",
    "ceasefire",
    "estimate",
];

/// Words of a poll, whose shares are not the sources'.
const POLL: &[&str] = &[
    "survey",
    "poll",
    "polls",
    "respondents",
    "polled",
    "surveyed",
];

/// Words that put a number about something else: losses, refugees, Russia's army.
const NOT_ABOUT_THE_SUBJECT: &[&str] = &[
    "killed",
    "dead",
    "died",
    "wounded",
    "casualties",
    "injured",
    "lost",
    "losses",
    "captured",
    "prisoners",
    "refugees",
    "fled",
    "displaced",
    "invaded",
    "invasion",
    "mobilised",
    "mobilized",
    "conscripts",
    // "The armed forces number roughly 200,000 soldiers", "The regular army numbers
    // about 70,000 trained soldiers": a standing army.
    "armed",
    "regular",
    "standing",
    "active",
    "wartime",
    // "the alliance's new force model aims to keep more than 300,000 troops at high
    // readiness".
    "alliance's",
    "readiness",
    "territorial",
    "nato's",
    "members",
    "casualty",
    // "We raise our probability of a ceasefire from 25% to 35%".
    "probability",
    "odds",
    "chance",
    "chances",
    "likelihood",
];

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

#[cfg(test)]
mod tests {
    use crate::checks::test_support::{flags, silent};

    #[test]
    fn a_size_above_the_ceiling_stated_as_fact() {
        flags(
            "Europe is planning a 50,000-strong reassurance force.",
            "quantity-bound",
            "50,000-strong",
        );
        flags(
            "The contingent will number more than 40,000 troops.",
            "quantity-bound",
            "more than 40,000 troops",
        );
        silent(
            "The contingent would number fewer than 30,000 troops.",
            "quantity-bound",
        );
        silent(
            "A force of between 25,000 and 30,000 personnel is envisaged.",
            "quantity-bound",
        );
    }

    #[test]
    fn someone_elses_figure_as_fact_or_from_the_wrong_mouth() {
        flags(
            "The force will be 110,000-strong.",
            "figure-unattributed",
            "110,000-strong",
        );
        silent(
            "Zelenskyy said about 110,000 troops would be needed.",
            "figure-unattributed",
        );
        flags(
            "Macron said the force would need 110,000 troops.",
            "figure-misattributed",
            "110,000 troops",
        );
        flags(
            "Western officials said the force would be up to 50,000 strong.",
            "figure-misattributed",
            "up to 50,000 strong",
        );
    }

    #[test]
    fn numbers_about_other_things_stay_silent() {
        silent(
            "Russia has deployed 600,000 troops in Ukraine, far more than any European force.",
            "quantity-bound",
        );
        silent("Article 5 binds NATO's 32 members.", "quantity-bound");
        silent("The force will not be 50,000-strong.", "quantity-bound");
    }

    #[test]
    fn a_figure_credited_in_the_next_sentence_or_an_armys_own_size() {
        silent(
            "The figure of about 110,000 appeared without attribution. It is Volodymyr Zelenskyy's.",
            "figure-unattributed",
        );
        flags(
            "A force of about 110,000 will be needed. The talks begin on Monday, Zelenskyy said.",
            "figure-unattributed",
            "about 110,000",
        );
        silent(
            "A force of about 110,000 was discussed.\n\nZelenskyy has said Ukraine would need to build its own army of a million troops.",
            "figure-misattributed",
        );
    }

    #[test]
    fn a_corrections_column_quotes_the_claims_it_corrects() {
        let text = "A column said President Macron had pledged 20,000 French soldiers. He gave no such number.";
        silent(text, "figure-misattributed");
        silent(
            "An earlier version of this article said Zelenskyy put the need at 60,000 troops.",
            "figure-misattributed",
        );
        // Without the correction, the same report is checked.
        flags(
            "A column said President Macron had pledged 20,000 French soldiers. Markets rose.",
            "figure-misattributed",
            "20,000 French soldiers",
        );
    }

    #[test]
    fn concessions_the_drafts_own_voice_and_verbs_of_size_still_assert() {
        flags(
            "Whatever planners say, the guarantees only work with a force of about 110,000 troops.",
            "figure-unattributed",
            "about 110,000 troops",
        );
        flags(
            "Our correspondent writes: the force will need to be 110,000-strong.",
            "figure-unattributed",
            "110,000-strong",
        );
        flags(
            "Britain will be one small part of a 110,000-strong international force.",
            "figure-unattributed",
            "110,000-strong",
        );
        flags(
            "The force itself will number 110,000.",
            "figure-unattributed",
            "110,000",
        );
        silent("Downing Street is at number 10.", "quantity-bound");
    }

    #[test]
    fn days_since_taking_office_and_aims_are_checked() {
        flags(
            "His bid to secure a ceasefire within 200 days of taking office came to nothing.",
            "quantity-bound",
            "200 days",
        );
        flags(
            "Trump had set out to secure a ceasefire within his first 50 days back in office.",
            "quantity-bound",
            "50 days",
        );
    }

    #[test]
    fn a_factbox_colon_after_the_number_and_labels_before_it() {
        flags(
            "110,000: the number of troops any international security force would need.",
            "figure-unattributed",
            "110,000",
        );
        silent(
            "ITEM 1: PARIS SUMMIT. The meeting began at 3:47.",
            "quantity-bound",
        );
    }

    #[test]
    fn a_heading_credited_by_the_paragraph_under_it() {
        silent(
            "### A one-million-strong army\n\nThe size of the army Zelenskyy has said Ukraine could build.",
            "figure-unattributed",
        );
        flags(
            "### A one-million-strong army\n\nMarkets rose.",
            "figure-unattributed",
            "one-million-strong",
        );
        // The owner saying the same figure at once, under a heading or after "the
        // figure"; a label naming what the figure measures.
        silent(
            "## The alternative: a one-million-strong army\n\nZelenskyy has said Ukraine would need to build its own one-million-strong army.",
            "figure-unattributed",
        );
        silent(
            "**The army.** The figure of one million is not a plan anyone has agreed. Mr Zelenskyy said Ukraine would need its own one-million-strong army.",
            "figure-unattributed",
        );
        silent(
            "**The army.** The figure of one million is not a plan anyone has agreed. Mr Zelenskyy said Ukraine would need its own one-million-strong army.",
            "quantity-bound",
        );
        // …but a sentence of its own stays unattributed when he says it after.
        flags(
            "That is a fraction of the 110,000 troops needed to deter Russia along a front line that stretches for more than 1,000 km.\n\nZelenskyy has said about 110,000 troops would be needed.",
            "figure-unattributed",
            "110,000 troops",
        );
    }

    #[test]
    fn put_reports_a_figure_only_with_at() {
        flags(
            "The US contributes close to 80% of NATO's fighter jets, which is why plans turn on what Washington will put behind it.",
            "quantity-bound",
            "close to 80%",
        );
        silent(
            "Zelenskyy has put the size of a credible international force at about 110,000 troops.",
            "figure-unattributed",
        );
    }

    #[test]
    fn review_cases_other_armies_our_interviews_and_if_anything() {
        silent(
            "Russia has built an army of a million troops.",
            "figure-unattributed",
        );
        silent(
            "In our interview, Zelenskyy said a force of about 110,000 will be needed.",
            "figure-unattributed",
        );
        flags(
            "If anything, the force will be 110,000-strong.",
            "figure-unattributed",
            "110,000-strong",
        );
        flags(
            "Zelenskyy said he was tired.... A force of about 110,000 will be needed.",
            "figure-unattributed",
            "about 110,000",
        );
        flags(
            "A column said Macron had pledged 20,000 French soldiers. It is not the first time.",
            "figure-misattributed",
            "20,000 French soldiers",
        );
    }

    #[test]
    fn ranges_that_only_touch_the_sources_range() {
        flags(
            "The Washington Post reported that discussions envisaged a contingent of 20,000 to 25,000.",
            "figure-misattributed",
            "20,000 to 25,000",
        );
        silent(
            "The Washington Post reported discussions envisaging 25,000 to 30,000 troops.",
            "figure-misattributed",
        );
    }

    #[test]
    fn the_subject_of_a_reported_relative_clause() {
        flags(
            "The 110,000 troops that Mr Macron has said any international force would need.",
            "figure-misattributed",
            "110,000 troops that Mr Macron has said",
        );
    }

    #[test]
    fn rows_of_who_said_what_history_and_owners_old_estimates() {
        flags(
            "| Who | Role | Said |\n| --- | --- | --- |\n| Volodymyr Zelenskyy | Ukrainian President | Any international force would need to be about 150,000-strong |",
            "figure-misattributed",
            "about 150,000-strong",
        );
        silent(
            "The NATO-led force sent to Bosnia in 1995 numbered some 60,000 troops.",
            "quantity-bound",
        );
        flags(
            "Starmer's old estimate is that any force would have to be about 110,000-strong.",
            "figure-misattributed",
            "about 110,000-strong",
        );
    }

    #[test]
    fn second_review_figure_cases() {
        silent(
            "The guarantees may not come. If so, the force would number 110,000.",
            "figure-unattributed",
        );
        silent(
            "Sir Keir had been pressing Mr Trump for guarantees for one to two months.",
            "quantity-bound",
        );
        flags(
            "The Washington Post reported a contingent of between 40,000 and 45,000 personnel. Officials said too few would be an error.",
            "figure-misattributed",
            "between 40,000 and 45,000 personnel",
        );
    }

    #[test]
    fn another_number_in_between_keeps_its_subject() {
        silent(
            "A sustained force of 25,000 therefore implies something closer to 75,000 troops earmarked across the coalition.",
            "quantity-bound",
        );
        silent(
            "The alternative, as Mr Zelensky has pointed out, is for Ukraine to build its own one-million-strong army.",
            "figure-unattributed",
        );
    }

    #[test]
    fn footnotes_factboxes_changed_versions_and_figures_looked_for() {
        silent(
            "The plan would have reduced its military in size by more than half.[10] A revised text followed.",
            "quantity-bound",
        );
        silent(
            "A revised framework, reportedly trimmed to 19 points after talks in Geneva, has gone through further drafts.",
            "quantity-bound",
        );
        silent(
            "Macron said several thousand French soldiers could be involved. We found no record of him using the figure of 40,000.",
            "quantity-bound",
        );
        silent(
            "Armies plan on a rule of three: one unit deployed, one preparing, one recovering.",
            "quantity-bound",
        );
        silent(
            "Leaders from around three dozen countries attended the Paris summit.",
            "quantity-bound",
        );
        flags(
            "Leaders from four dozen countries attended the Paris summit.",
            "quantity-bound",
            "four dozen countries",
        );
        flags(
            "BY THE NUMBERS\n45: countries represented at the Paris summit",
            "quantity-bound",
            "45",
        );
        silent(
            "Mr Zelenskyy has been blunt that Ukraine would otherwise need the money for a one-million-strong army of its own.",
            "figure-unattributed",
        );
        silent(
            "Zelenskyy went on to argue that Ukraine needed financing to build a one-million-strong army of its own.",
            "figure-unattributed",
        );
    }

    #[test]
    fn figures_put_in_a_known_speakers_mouth() {
        flags(
            "The Washington Post, citing discussions among European allies, put it at between 30,000 and 40,000.",
            "figure-misattributed",
            "between 30,000 and 40,000",
        );
        flags(
            "| The Washington Post | 35,000 to 40,000 personnel |",
            "figure-misattributed",
            "35,000 to 40,000 personnel",
        );
        flags(
            "Sir Keir Starmer has said about 110,000 would be needed.",
            "figure-misattributed",
            "about 110,000",
        );
        silent(
            "The Washington Post reported between twenty-five and thirty thousand troops.",
            "figure-misattributed",
        );
        silent(
            "The Washington Post reported that 40,000 people marched in Washington.",
            "figure-misattributed",
        );
        silent(
            "Ukraine's own armed forces are put at around 880,000 personnel.",
            "figure-misattributed",
        );
        silent(
            "Zelenskyy has put the strength of Ukraine's armed forces at roughly 880,000.",
            "figure-misattributed",
        );
        flags(
            "Zelensky's own estimate of 150,000 is closer to what deterrence needs.",
            "figure-misattributed",
            "150,000",
        );
    }

    #[test]
    fn owners_introducing_figures_possessors_and_other_armies() {
        silent(
            "Mr Zelenskyy has been candid. Without guarantees, Ukraine would need the weapons to build a one-million-strong army.",
            "figure-unattributed",
        );
        silent(
            "Zelenskyy has a fallback: without NATO-backed guarantees, Ukraine would need money for a one-million-strong army.",
            "figure-unattributed",
        );
        flags(
            "Without guarantees, a million-strong Ukrainian army would be required.",
            "figure-unattributed",
            "a million-strong",
        );
        flags(
            "Why Macron's 110,000-strong force is a fantasy.",
            "figure-misattributed",
            "110,000-strong",
        );
        flags(
            "- Washington Post (2025): a contingent of 30,000-35,000.",
            "figure-misattributed",
            "30,000-35,000",
        );
        // In a draft about the force, a standing army's size is not the force's.
        silent(
            "Western officials have signalled that such a force would be under 30,000 personnel, and the Washington Post reported a force of 25,000 to 30,000.\n\nThe armed forces number roughly 200,000 soldiers, including the territorial defence force.",
            "quantity-bound",
        );
        silent(
            "A US effort to secure one within 100 days of Trump's inauguration also failed.",
            "quantity-bound",
        );
    }

    #[test]
    fn upvotes_stock_moves_and_the_alliances_force_model() {
        silent(
            "The 28-point plan drew scorn.\n\nTop answer (u/grand_strategy_enjoyer, 2.1k points):",
            "quantity-bound",
        );
        silent(
            "Saab, whose Gripen fighter jets are being marketed to Kyiv, rose 5.2% in Stockholm.",
            "quantity-bound",
        );
        silent(
            "The alliance's new force model aims to keep more than 300,000 troops at high readiness.",
            "quantity-bound",
        );
        flags(
            "The plan would have given Ukraine a force of more than 300,000 troops.",
            "quantity-bound",
            "more than 300,000 troops",
        );
    }

    #[test]
    fn other_alliances_forces_and_factbox_rows_past_an_article() {
        silent(
            "The Dayton agreement was signed in Paris on 14 December 1995, and a NATO-led force of about 60,000 troops went in to enforce it.",
            "quantity-bound",
        );
        silent(
            "  About 110,000  the size Volodymyr Zelenskyy has said an international force would need to be\n  1,000,000   the army Zelenskyy has said Ukraine would need to build without guarantees",
            "figure-misattributed",
        );
    }

    #[test]
    fn a_misspelled_owner_still_owns_the_figure() {
        let text = "Volodymyr Zelenksy has argued for something far larger - he has said any international force would have to be about 110,000-strong.";
        silent(text, "figure-misattributed");
        silent(text, "figure-unattributed");
        flags(text, "name-spelling", "Zelenksy");
    }

    #[test]
    fn a_round_count_beside_the_sources_and_other_meetings_counts() {
        let summit = "The Paris summit of the coalition of the willing ended on Tuesday.\n\n";
        flags(
            &format!(
                "{summit}Leaders and envoys from some 40 countries met in the French capital."
            ),
            "quantity-bound",
            "some 40 countries",
        );
        silent(
            &format!("{summit}Leaders from some 35 countries met in the French capital."),
            "quantity-bound",
        );
        silent(
            &format!("{summit}On 27 March 2025 Macron hosted a coalition meeting in Paris attended by around 30 countries."),
            "quantity-bound",
        );
        flags(
            &format!("{summit}On 6 January leaders from around 30 countries met in Paris."),
            "quantity-bound",
            "around 30 countries",
        );
    }

    #[test]
    fn documents_name_their_figures_and_other_forces_theirs() {
        flags(
            "Only 8 of 30 coalition countries are ready to send troops, according to a headline.",
            "quantity-bound",
            "8 of 30 coalition countries",
        );
        silent(
            "Planners say the force will be small.\n\nUNPROFOR was at its peak close to 40,000 strong.",
            "quantity-bound",
        );
        flags(
            "Planners say the force will be small.\n\nThe force will at its peak be close to 40,000 strong.",
            "quantity-bound",
            "close to 40,000 strong",
        );
        silent(
            "- **0** — the number of NATO membership paths the 28-point plan left open.",
            "quantity-bound",
        );
        silent(
            "| The Washington Post | 25,000 to 30,000 | contingent envisaged in European discussions |\n\nMr Zelenskyy's figure of about 110,000 is nearly four times the 30,000 ceiling that officials signalled.",
            "figure-misattributed",
        );
        silent(
            "You may have seen the figure of 110,000. That is not a plan: it is President Volodymyr Zelensky's estimate of how large a force would have to be.",
            "figure-unattributed",
        );
    }

    #[test]
    fn relative_clauses_other_clauses_and_other_plans() {
        let summit = "The Paris summit of the coalition of the willing ended on Tuesday.\n\n";
        flags(
            &format!("{summit}The force they sketched would number around 40,000 troops."),
            "quantity-bound",
            "around 40,000 troops",
        );
        flags(
            &format!("{summit}Last spring, only eight of 30 coalition countries were ready to send troops, which tells you how hard the job is."),
            "quantity-bound",
            "eight of 30 coalition countries",
        );
        flags(
            "He had pressed Trump for guarantees for three months before US officials privately signalled they would help.",
            "quantity-bound",
            "three months",
        );
        flags(
            &format!(
                "{summit}A reassurance force of 25,000 to 35,000 troops would be based in cities."
            ),
            "quantity-bound",
            "25,000 to 35,000 troops",
        );
        silent(
            &format!(
                "{summit}A reassurance force of 25,000 to 30,000 troops would be based in cities."
            ),
            "quantity-bound",
        );
        silent(
            "The 28-point plan was drawn up in November.\n\nThe Gaza ceasefire plan that Trump unveiled last autumn, with its 20 points, showed how quickly he can move.",
            "quantity-bound",
        );
        silent(
            "US troops in Europe have ranged between roughly 80,000 and 100,000 since 2022, according to US defence officials.",
            "quantity-bound",
        );
    }

    #[test]
    fn history_in_a_label_or_the_sentence_before_polls_and_revisions() {
        let summit = "The Paris summit of the coalition of the willing ended on Tuesday.\n\n";
        silent(
            &format!("{summit}- Bosnia, 1995: about 60,000 Nato troops deployed after the Dayton accords."),
            "quantity-bound",
        );
        silent(
            &format!("{summit}The first UN General Assembly met in London in January 1946. Delegates from 51 countries attended."),
            "quantity-bound",
        );
        flags(
            &format!("{summit}Delegates from 51 countries attended."),
            "quantity-bound",
            "51 countries",
        );
        silent(
            "The fighter aircraft debate goes on. A survey found that 48% would support sending soldiers to a European mission.",
            "quantity-bound",
        );
        silent(
            "**About 110,000**: the figure President Zelenskiy has given for any international security force.",
            "figure-unattributed",
        );
        silent(
            "The 28-point plan was drawn up in November.\n\nZelensky presented a revised 20-point framework to journalists.",
            "quantity-bound",
        );
    }

    #[test]
    fn a_half_before_a_scale_labels_odds_and_a_countrys_own_forces() {
        flags(
            "Zelenskyy said Ukraine would need an army of one and a half million.",
            "figure-misattributed",
            "one and a half million",
        );
        silent("STORY ONE: PARIS SUMMIT", "quantity-bound");
        silent(
            "We raise our probability of a ceasefire during 2026 from 25% to 35%.",
            "quantity-bound",
        );
        silent(
            "The force is the talk of Paris.\n\n| Deployment | Size |\n|---|---|\n| US forces in Europe, total | roughly 80,000 to 100,000 |",
            "quantity-bound",
        );
    }

    #[test]
    fn labels_before_a_colon_passive_subjects_k_ranges_and_standing_armies() {
        let summit = "The Paris summit of the coalition of the willing ended on Tuesday.\n\n";
        for (draft, words) in [
            ("* Planned size of the force: about 45k personnel, drawn from European armies.", "about 45k personnel"),
            ("In practice the contingent will be more modest: around 35,000 soldiers.", "around 35,000 soldiers"),
            ("The force now being sketched out by British and French planners is around 40,000 troops.", "around 40,000 troops"),
            ("What's on the table: a reassurance force of 30-40k troops, based in cities.", "30-40k troops"),
            ("Planning now assumes a force of up to 40,000 troops.", "up to 40,000 troops"),
        ] {
            flags(&format!("{summit}{draft}"), "quantity-bound", words);
        }
        silent(
            "Zelenskyy said Ukraine would need a one-million-strong army of its own. Early last year, Zelenskyy put the size of Ukraine's army at about 880,000.",
            "figure-misattributed",
        );
        flags(
            "Zelenskyy said Ukraine would need a 500,000-strong army of its own.",
            "figure-misattributed",
            "500,000-strong",
        );
    }

    #[test]
    fn questions_put_with_whether_and_forces_with_their_own_names() {
        silent(
            "A listener asked whether it's true the force would be a hundred and ten thousand.",
            "figure-unattributed",
        );
        silent(
            "The Implementation Force that followed numbered about 60,000 troops.",
            "quantity-bound",
        );
    }

    #[test]
    fn numbered_myths_are_no_counts() {
        silent(
            "The 28-point plan was drawn up in November.\n\n### Myth 9: \"The 28-point US peace plan was negotiated with Kyiv.\"",
            "quantity-bound",
        );
        silent(
            "The 28-point plan was drawn up in November.\n\n## Myth 3: The plan was agreed with Kyiv.",
            "quantity-bound",
        );
    }

    #[test]
    fn an_owner_far_back_and_figures_denied_or_of_other_things() {
        // The meeting named before an apposition owns its count of countries.
        flags(
            "The pledge came out of a summit of the so-called coalition of the willing, a group made up mainly of European nations that drew leaders and envoys from 45 countries to the French capital.",
            "quantity-bound",
            "45 countries",
        );
        // …but another figure in between is the owner's.
        silent(
            "A force of 25,000 rotated on a standard cycle implies roughly 75,000 personnel committed over time.",
            "quantity-bound",
        );
        silent(
            "Nor is it true, as he suggests, that Ukraine's president asked for a force of 50,000.",
            "figure-misattributed",
        );
        flags(
            "Macron reckoned you'd need 110,000 troops.",
            "figure-misattributed",
            "110,000 troops",
        );
        silent(
            "The envoys were blamed in half the capitals of Europe for the 28-point plan.",
            "quantity-bound",
        );
    }

    #[test]
    fn a_table_rows_speaker_and_a_timelines_date_line() {
        flags(
            "| Figure | What | Who |\n| --- | --- | --- |\n| 15,000 | French soldiers who could be involved | Emmanuel Macron |",
            "figure-misattributed",
            "15,000",
        );
        silent(
            "20 March 2003\nThe invasion of Iraq begins. President Bush speaks of a coalition. Britain commits more than 40,000 troops.",
            "quantity-bound",
        );
        silent(
            "It would take some 110,000 troops, several times the \"under 30,000\" that Western officials have signalled.",
            "figure-misattributed",
        );
    }

    #[test]
    fn according_to_a_described_publisher() {
        flags(
            "According to the American newspaper the Washington Post, the allies discussed a contingent of between 15,000 and 20,000 personnel.",
            "figure-misattributed",
            "between 15,000 and 20,000 personnel",
        );
        silent(
            "According to the American newspaper the Washington Post, the allies discussed a contingent of between 25,000 and 30,000 personnel.",
            "figure-misattributed",
        );
    }

    #[test]
    fn shares_in_words_times_between_and_odds() {
        flags(
            "Ukraine's military would have been reduced in size by a third.",
            "quantity-bound",
            "a third",
        );
        silent(
            "A formal treaty would need the votes of two-thirds of the senators present.",
            "quantity-bound",
        );
        silent(
            "Trump met Putin in Alaska. Three days later Zelenskyy was back in the White House.",
            "quantity-bound",
        );
        silent(
            "Scenario | Our prob. | Market read\nCeasefire, force deploys in 2026 | 20% | Rotation",
            "quantity-bound",
        );
    }

    #[test]
    fn standing_armed_forces_refugee_counts_and_pronoun_speakers() {
        silent(
            "Ukraine's armed forces, which Kyiv says number about 880,000 today, are among the largest in Europe.",
            "figure-misattributed",
        );
        silent(
            "- About 6 million: Ukrainian refugees recorded abroad; officials hope a reassurance force would bring them home.",
            "quantity-bound",
        );
        // "he" may not be the person the draft named last: no blame on a guess.
        silent(
            "Jared Kushner spoke first. Without guarantees, he argued, Ukraine would need to build its own one-million-strong army.",
            "figure-misattributed",
        );
        flags(
            "Jared Kushner said Ukraine would need to build its own one-million-strong army.",
            "figure-misattributed",
            "one-million-strong",
        );
    }

    #[test]
    fn a_speaker_with_a_time_before_the_figure() {
        flags(
            "Western officials signalled last year that it would be under 50,000 personnel.",
            "figure-misattributed",
            "under 50,000 personnel",
        );
        silent(
            "Western officials signalled last year that it would be under 30,000 personnel.",
            "figure-misattributed",
        );
    }

    #[test]
    fn money_shares_imagined_forces_and_labelled_units() {
        silent(
            "Premiums on some routes have already been reduced by 20% since the autumn.",
            "quantity-bound",
        );
        silent(
            "A force of 110,000 would be a real military barrier.",
            "figure-unattributed",
        );
        flags(
            "A force of 110,000 would be needed to deter Russia.",
            "figure-unattributed",
            "110,000",
        );
        flags(
            "The force is a reassurance force. Troops needed for a credible deterrent: around 110,000.",
            "figure-unattributed",
            "around 110,000",
        );
        flags(
            "The force that would really be needed - around 110,000 troops - is far beyond what Europe could send.",
            "figure-unattributed",
            "around 110,000 troops",
        );
        silent(
            "The Bundeswehr, with around 180,000 active soldiers, is building a brigade in Lithuania.",
            "quantity-bound",
        );
        silent(
            "| Force | Country | Status | Size |\n| --- | --- | --- | --- |\n| Reassurance force | Ukraine | proposed | 30,000–40,000 |",
            "figure-misattributed",
        );
    }

    #[test]
    fn a_plan_for_a_place_the_facts_do_not_know() {
        silent(
            "He and Witkoff were central to the 20-point plan for Gaza unveiled last autumn.",
            "quantity-bound",
        );
        flags(
            "The 20-point plan for Ukraine was drawn up by Witkoff.",
            "quantity-bound",
            "20-point",
        );
    }

    #[test]
    fn signal_that_as_a_verb() {
        flags(
            "Western officials decline to give numbers but signal that the force would be under 40,000 personnel.",
            "figure-misattributed",
            "under 40,000 personnel",
        );
    }

    #[test]
    fn several_thousand_is_not_ten_thousand_and_talk_is_about() {
        flags(
            "French President Emmanuel Macron said up to 10,000 French soldiers could be involved.",
            "figure-misattributed",
            "up to 10,000 French soldiers",
        );
        flags(
            "Macron was talking about ten thousand French soldiers.",
            "figure-misattributed",
            "ten thousand French soldiers",
        );
        silent(
            "Macron said several thousand French soldiers could be involved.",
            "figure-misattributed",
        );
    }

    #[test]
    fn votes_conditions_the_speaker_gives_and_figures_someone_used() {
        silent(
            "The US contributes nearly 60% of NATO's fighter aircraft. The AfD came second with 20.8 percent of the vote.",
            "quantity-bound",
        );
        flags(
            "Zelenskyy spoke in Kyiv. If partners balk, he said, Ukraine would need financing to build its own 800,000-strong army.",
            "figure-misattributed",
            "800,000-strong",
        );
        silent(
            "If the guarantees do not come, Ukraine will need an 800,000-strong army.",
            "figure-misattributed",
        );
        silent(
            "The figures the Ukrainian president has used — a force of about 110,000, an army of a million — rarely matched what allies offered.",
            "figure-unattributed",
        );
    }

    #[test]
    fn a_claim_the_fact_check_finds_no_basis_for() {
        silent(
            "Macron promised 20,000 French troops. We could find no basis for this.",
            "figure-misattributed",
        );
        flags(
            "Macron promised 20,000 French troops. We looked into it.",
            "figure-misattributed",
            "20,000 French troops",
        );
    }

    #[test]
    fn sizes_told_as_plans_and_comparisons() {
        flags(
            "The force, which planners expect to number around 40,000 troops, would not be posted near the front line.",
            "quantity-bound",
            "around 40,000 troops",
        );
        flags(
            "Once rotations are counted, the force will number around 40,000 troops, a far bigger lift than anyone admitted.",
            "quantity-bound",
            "around 40,000 troops",
        );
        flags(
            "Downing Street has refused to say how many would go, but a 60,000-strong force is on the cards.",
            "quantity-bound",
            "60,000-strong",
        );
        silent(
            "For comparison, NATO's ISAF mission in Afghanistan peaked at around 130,000 troops.",
            "quantity-bound",
        );
    }

    #[test]
    fn cuts_by_a_share_reports_and_clauses_of_time() {
        let named = "The 28-point plan was drawn up by Witkoff and Dmitriev. ";
        flags(
            &format!("{named}It would have cut Ukraine's armed forces by 40 per cent."),
            "quantity-bound",
            "40 per cent",
        );
        silent("Britain cut its army by 10%.", "quantity-bound");
        silent(
            &format!("{named}It would have cut Ukraine's armed forces by 60 per cent."),
            "quantity-bound",
        );
        flags(
            "Reports say only nine of 30 coalition countries are ready to send troops.",
            "quantity-bound",
            "nine of 30 coalition countries",
        );
        flags(
            "When the idea was first floated, only 12 of the 30 coalition countries were ready to send troops.",
            "quantity-bound",
            "12 of the 30 coalition countries",
        );
        flags(
            "Starmer, who by then had spent four months lobbying Donald Trump for guarantees, told the paper that Trump would back it.",
            "quantity-bound",
            "four months",
        );
    }

    #[test]
    fn a_leading_figure_the_line_credits_and_a_correct_figure_of_what_came_before() {
        flags(
            "200,000: the figure Zelenskyy has said an international security force would need.",
            "figure-misattributed",
            "200,000: the figure Zelenskyy has said",
        );
        silent(
            "Our flash edition said leaders from about 45 countries had attended. The correct figure, according to the reports we relied on, is about 35.",
            "quantity-bound",
        );
        silent(
            "And the later 20-point framework talks about a peacetime army of 800,000.",
            "quantity-bound",
        );
    }

    #[test]
    fn sizes_weighed_against_each_other() {
        silent(
            "A force of 110,000 and a force of 25,000 face the same objection from Moscow.",
            "figure-unattributed",
        );
        flags(
            "A force of 110,000 would be needed.",
            "figure-unattributed",
            "110,000",
        );
    }

    #[test]
    fn a_speakers_own_round_number_and_a_publisher_given_anothers() {
        flags(
            "Zelensky's own estimate of 120,000 is closer to what deterrence looks like.",
            "figure-misattributed",
            "120,000",
        );
        silent(
            "Zelenskyy said some 110,000 troops would be needed.",
            "figure-misattributed",
        );
        flags(
            "The Washington Post reported that discussions among European allies envisaged between 35,000 and 40,000.",
            "figure-misattributed",
            "between 35,000 and 40,000",
        );
        flags(
            "The Washington Post, by contrast, wrote of roughly 110,000 soldiers.",
            "figure-misattributed",
            "roughly 110,000 soldiers",
        );
        silent(
            "  25,000-30,000 the contingent The Washington Post said allies were discussing\n  ~110,000 ... the force Zelenskyy has said would be needed",
            "figure-misattributed",
        );
    }

    #[test]
    fn row_sources_leading_a_cell_continuous_speech_and_caps() {
        flags(
            "| Under 50,000 personnel | Western officials, briefing reporters | The size of the force |",
            "figure-misattributed",
            "Under 50,000 personnel",
        );
        silent(
            "Zelenskyy spoke. But he has been saying for a long time that without guarantees Ukraine would need a one-million-strong army.",
            "figure-unattributed",
        );
        silent(
            "| Army | Capped at a reduced size | A peacetime army of 800,000, according to the version Zelenskyy described |",
            "figure-misattributed",
        );
        silent(
            "Zelensky's figure of about 110,000 and the officials' figure of under 30,000 have not been reconciled.",
            "figure-misattributed",
        );
    }

    #[test]
    fn figures_sorted_by_size_and_a_note_judged_too_high() {
        silent(
            "The only figure above 100,000 in circulation comes from Kyiv.",
            "quantity-bound",
        );
        silent(
            "Some sell-side notes are modelling a 60k-strong force. We think that is far too high for the base case.",
            "quantity-bound",
        );
        flags(
            "Some sell-side notes are modelling a 60k-strong force. We think that is about right.",
            "quantity-bound",
            "60k-strong",
        );
        silent(
            "\"Zelensky asked for a million foreign troops.\" No. The million refers to the army he said Ukraine would need.",
            "figure-misattributed",
        );
    }

    #[test]
    fn an_in_numbers_box_and_officials_who_talk_of_a_size() {
        silent(
            "Under 30,000 - size of a European force signalled by officials last year\nMore than 50,000 - Ukrainian recruits trained in the UK since 2022",
            "figure-misattributed",
        );
        flags(
            "Western officials now talk of a force of up to 40,000, drawn mainly from Britain and France.",
            "figure-misattributed",
            "up to 40,000",
        );
    }

    #[test]
    fn a_speaker_of_the_figure_a_comparison_sets_against() {
        flags(
            "For scale: a force able to deter Russia on its own would need around 110,000 troops, far more than the under-30,000 figure that Western officials floated last year.",
            "figure-unattributed",
            "around 110,000 troops",
        );
        silent(
            "For scale: a force able to deter Russia on its own would need around 110,000 troops, far more than the under-30,000 figure that Western officials floated last year.",
            "figure-misattributed",
        );
    }

    #[test]
    fn a_requirement_told_without_its_force_by_the_one_figure_it_matches() {
        for (draft, words) in [
            (
                "To really deter Russia, 110,000 troops would be needed.",
                "110,000 troops",
            ),
            (
                "Deterring Russia outright would take roughly 110,000 troops, a number no combination of European armies could keep alongside their commitments on NATO's eastern flank.",
                "roughly 110,000 troops",
            ),
            (
                "As many as 110,000 troops will be needed to deter Russia from attacking again.",
                "As many as 110,000 troops",
            ),
                        (
                "The force needed to make Russia think twice is about 110,000 troops.",
                "about 110,000 troops",
            ),
            (
                "The reality is that deterring Russia takes about 110,000 troops.",
                "about 110,000 troops",
            ),
            (
                "Ukraine needs 110,000 troops on its soil to be safe from another invasion.",
                "110,000 troops",
            ),
        ] {
            flags(draft, "figure-unattributed", words);
        }
        for draft in [
            "Zelenskyy said 110,000 troops would be needed.",
            "Russia has deployed about 110,000 troops near Pokrovsk.",
            "Around 60 participants from government, the armed forces and industry attended.",
            "Russia's invasion force was about 190,000 troops.",
            "Ukraine lost 110,000 troops in the invasion, officials said privately.",
        ] {
            silent(draft, "figure-unattributed");
            silent(draft, "quantity-bound");
        }
    }

    #[test]
    fn statements_from_countries_and_an_owner_named_as_a_label() {
        silent(
            "The summit of the so-called coalition of the willing produced firm statements from two countries.",
            "quantity-bound",
        );
        flags(
            "The Paris summit drew leaders from 50 countries.",
            "quantity-bound",
            "50 countries",
        );
        silent(
            "PRIYA: Four is Zelenskiy again, the one-million-strong army.",
            "figure-unattributed",
        );
    }

    #[test]
    fn item_numbers_unconfirmed_reports_seen_figures_and_comparisons() {
        silent(
            "Running order: 1. Paris summit  2. Reaction from Kyiv and Moscow  3. Belgorod",
            "quantity-bound",
        );
        silent(
            "We also could not confirm a report that leaders and envoys from more than 40 countries attended the Paris summit.",
            "quantity-bound",
        );
        silent(
            "So what's the size? Because I saw a figure of 110,000 on a news channel this week, presented as if that's the plan.",
            "figure-unattributed",
        );
        flags(
            "Officials have signalled only that it would be under 30,000, a fraction of the 110,000 troops a credible force would need.",
            "figure-unattributed",
            "110,000 troops",
        );
        flags(
            "Western officials have also been cited putting the force at up to 40,000 personnel.",
            "figure-misattributed",
            "up to 40,000 personnel",
        );
    }

    #[test]
    fn the_figure_of_a_toll_and_a_requirement_short_of_a_bound() {
        silent(
            "Western estimates put Russia's killed and wounded in the hundreds of thousands, and Kyiv claims the figure has passed a million.",
            "figure-misattributed",
        );
        flags(
            "Western officials have signalled that the force would be under 30,000 personnel – far short of the 110,000 troops needed to deter Russia.",
            "figure-unattributed",
            "110,000 troops",
        );
    }

    #[test]
    fn a_sources_reported_range_given_to_another_named_source() {
        for (draft, words) in [
            (
                "Sir Keir has said the contingent would be between 25,000 and 30,000.",
                "between 25,000 and 30,000",
            ),
            ("WaPo earlier put contingent at 30-35k.", "30-35k"),
        ] {
            flags(draft, "figure-misattributed", words);
        }
        for draft in [
            "The Washington Post reported that discussions envisaged between 25,000 and 30,000 troops.",
            "| 25,000–30,000 | contingent envisaged in allied talks |",
            "Officials said the force would be between 25,000 and 30,000.",
        ] {
            silent(draft, "figure-misattributed");
        }
    }

    #[test]
    fn a_later_versions_count() {
        silent(
            "After U.S.-Ukrainian talks in Geneva, the 28-point plan was reportedly pared back to 19 points.",
            "quantity-bound",
        );
        flags(
            "The 24-point plan drawn up by Witkoff was rejected.",
            "quantity-bound",
            "24-point",
        );
    }

    #[test]
    fn scenario_weights_are_odds() {
        silent(
            "Scenario weights, unchanged on the week: ceasefire by end-Q2, 25%; ceasefire in H2, 35%.",
            "quantity-bound",
        );
    }

    #[test]
    fn pared_back_to_a_framework_of_points() {
        silent(
            "After talks in Geneva, the 28-point plan was pared back to a shorter framework of around 19 points.",
            "quantity-bound",
        );
    }

    #[test]
    fn a_figure_given_by_its_owner_and_half_a_world_away() {
        silent(
            "The figure of a hundred and ten thousand was first given by President Zelenskyy; it is not a target the coalition has adopted.",
            "figure-unattributed",
        );
        flags(
            "The figure of a hundred and ten thousand was given by reporters as the force's size.",
            "figure-unattributed",
            "a hundred and ten thousand",
        );
        silent(
            "Canada and Australia, half a world away, have been readier to consider a deployment.",
            "quantity-bound",
        );
    }

    #[test]
    fn a_number_offered_or_evoked_is_the_speakers() {
        flags(
            "Mr Macron has offered 15,000 French soldiers.",
            "figure-misattributed",
            "15,000 French soldiers",
        );
        flags(
            "Mr Macron evoked a French contribution of some 15,000 soldiers.",
            "figure-misattributed",
            "some 15,000 soldiers",
        );
        silent(
            "Mr Macron has offered several thousand French soldiers.",
            "figure-misattributed",
        );
        silent("Britain offered to send troops.", "figure-misattributed");
    }

    #[test]
    fn the_longest_name_a_clause_of_its_own_and_reports_in_a_paper() {
        // "The coalition of the willing summit" is the summit, not "the coalition".
        flags(
            "The coalition of the willing summit, held in Paris on Tuesday, ended well. Leaders and envoys from some 45 countries crowded into the Elysee Palace for the talks.",
            "quantity-bound",
            "some 45 countries",
        );
        // Neither "said" before ", as …" nor "endorsed" after ", and the United States"
        // reports the count.
        flags(
            "Britain and France said they were prepared to deploy troops, as leaders and envoys from some 45 nations met in Paris.",
            "quantity-bound",
            "some 45 nations",
        );
        flags(
            "The Paris summit ended well. Leaders and envoys from some 45 countries met for the talks, and the United States endorsed the coalition's pledge.",
            "quantity-bound",
            "some 45 countries",
        );
        flags(
            "Officials have signalled it would be under 30,000 personnel, while reports in the Washington Post suggested a contingent of between 35,000 and 40,000.",
            "figure-misattributed",
            "between 35,000 and 40,000",
        );
        silent(
            "Reports in the Washington Post suggested a contingent of between 25,000 and 30,000.",
            "figure-misattributed",
        );
    }

    #[test]
    fn someones_figure_under_a_condition_labels_and_plain_text_rows() {
        // A condition does not make the owner's figure anyone else's…
        flags(
            "If it's deterrence, the real requirement is 110,000 troops, and nobody in Europe is offering that.",
            "figure-unattributed",
            "110,000 troops",
        );
        // …unless it carries on the owner's own words.
        silent(
            "\"Creating something new is unrealistic,\" Zelenskyy said. If the guarantees do not come, Ukraine will need a one-million-strong army.",
            "figure-unattributed",
        );
        // A hypothetical size is no bound broken.
        silent(
            "If the force were 50,000 strong, it would be stretched.",
            "quantity-bound",
        );
        flags(
            "- **Force needed to deter Russia:** some 110,000 troops",
            "figure-unattributed",
            "some 110,000 troops",
        );
        flags(
            "Force needed to deter Russia: ~110k troops. European plans envisage far fewer.",
            "figure-unattributed",
            "110k troops",
        );
        flags(
            "Worth noting: the force would need 110k troops to be credible.",
            "figure-unattributed",
            "110k troops",
        );
        flags(
            "Numbers\n\n  Force size (Washington Post) .............. 25k–35k\n  Force size (Kyiv)    about 110,000    Zelenskyy, previously\n",
            "figure-misattributed",
            "25k–35k",
        );
        silent(
            "Numbers\n\n  Force size (Washington Post) .............. 25k–30k\n  Force size (Kyiv)    about 110,000    Zelenskyy, previously\n",
            "figure-unattributed",
        );
    }

    #[test]
    fn a_figure_one_source_gave_and_a_corrections_label() {
        silent(
            "The figure of about 110,000 is one Western officials gave in early 2025 as the size of force needed.",
            "figure-unattributed",
        );
        silent(
            "Corrections: Yesterday's edition said Poland had offered troops for the force. Poland has ruled out sending troops.",
            "stance-contradicted",
        );
    }

    #[test]
    fn a_country_speaks_with_its_presidents_figure() {
        silent(
            "| Army Kyiv says it needs without guarantees | one million strong | Volodymyr Zelenskyy |",
            "figure-misattributed",
        );
        flags(
            "Kyiv says it would need a two-million-strong army.",
            "figure-misattributed",
            "two-million-strong",
        );
    }

    #[test]
    fn troops_that_served_elsewhere_and_the_alternative_a_speaker_set_out() {
        silent(
            "Sir Keir Starmer revived a phrase used during the 2003 US-led invasion of Iraq. 46,000 British troops took part in that campaign.",
            "quantity-bound",
        );
        flags(
            "46,000 British troops will take part in the mission.",
            "quantity-bound",
            "46,000 British troops",
        );
        silent(
            "Zelenskyy said Ukraine would need security guarantees provided by its NATO partners. Failing that, it would need the financing and weapons to build its own one-million-strong army.",
            "figure-unattributed",
        );
        flags(
            "Guarantees may fail. Failing that, Ukraine would need a one-million-strong army.",
            "figure-unattributed",
            "one-million-strong",
        );
    }

    #[test]
    fn a_requirement_by_its_number_whatever_else_the_clause_names() {
        for (draft, words) in [
            (
                "Deterring Russia would require roughly 110,000 troops, which is one reason the European plan leans on the US backstop.",
                "roughly 110,000 troops",
            ),
            (
                "A hundred and ten thousand is what the job actually takes, and no European government is going to find that many soldiers.",
                "A hundred and ten thousand",
            ),
            (
                "A force that could genuinely deter Russia on its own would need to number around 110,000.",
                "around 110,000",
            ),
            (
                "Europe is talking about fewer than 30,000 troops when 110,000 are needed to make Russia think twice.",
                "110,000",
            ),
        ] {
            flags(draft, "figure-unattributed", words);
        }
        for draft in [
            "Zelenskyy said about 110,000 troops would be needed.",
            "Russia's 110,000 troops massed on the border are needed for the offensive.",
            "Deterring Russia would require roughly 110,000 drones.",
            "If deterrence really needed 110,000 troops, nobody could supply them.",
        ] {
            silent(draft, "figure-unattributed");
        }
    }

    #[test]
    fn a_speaker_after_the_figure_in_its_own_clause() {
        // The speaker's words are part of the wrong attribution.
        flags(
            "110,000 - the number Western officials now say a credible force would need.",
            "figure-misattributed",
            "110,000 - the number Western officials now say",
        );
        // The relative clause's speaker, not the verb before, says it.
        silent(
            "Officials signalled that the force would be under 30,000 personnel, a figure that compares with the roughly 110,000 that Volodymyr Zelensky has said would be needed.",
            "figure-misattributed",
        );
        // After ", but" with a figure between, the draft speaks for itself.
        flags(
            "Western officials have signalled the whole force would be under 30,000 personnel, but to be credible it would have to be 110,000-strong.",
            "figure-unattributed",
            "110,000-strong",
        );
    }

    #[test]
    fn reference_numbers_and_another_countrys_named_forces() {
        silent("UIN 118517, tabled 3 February 2026.", "figure-unattributed");
        flags(
            "Any force would need 118517 troops.",
            "figure-unattributed",
            "118517 troops",
        );
        silent(
            "The Defence Forces can field a wartime strength of 280,000 troops.",
            "quantity-bound",
        );
        flags(
            "The force will field 280,000 troops.",
            "quantity-bound",
            "280,000 troops",
        );
    }

    #[test]
    fn a_figure_denied_as_not_what_he_said() {
        silent(
            "A graphic puts the Ukrainian president's demand at \"500,000 NATO soldiers\". That is not what he said.",
            "figure-misattributed",
        );
        flags(
            "A graphic puts the Ukrainian president's demand at \"500,000 NATO soldiers\".",
            "figure-misattributed",
            "500,000 NATO soldiers",
        );
    }

    #[test]
    fn member_states_say_nothing_and_boots_on_the_ground_are_troops() {
        flags(
            "The planning assumption is now a 40,000-strong reassurance force, with units from the Nordic states.",
            "quantity-bound",
            "40,000-strong",
        );
        flags(
            "Ukraine needs 110,000 boots on the ground, full stop.",
            "figure-unattributed",
            "110,000 boots",
        );
        silent(
            "Zelenskyy says Ukraine needs 110,000 boots on the ground.",
            "figure-unattributed",
        );
    }

    #[test]
    fn a_speaker_after_a_range_a_debunked_figure_and_a_list_of_sources() {
        silent(
            "Zelensky has said any force would need to be about 110,000-strong, far above the contingent of between 25,000 and 30,000 that the Washington Post reported allies were discussing.",
            "figure-misattributed",
        );
        flags(
            "Officials spoke of a contingent of between 25,000 and 30,000 that Volodymyr Zelenskyy said allies were discussing.",
            "figure-misattributed",
            "between 25,000 and 30,000 that Volodymyr Zelenskyy said",
        );
        silent(
            "A figure of 200,000 troops circulated widely on social media after the Paris summit. We could find no government or official source for it.",
            "quantity-bound",
        );
        flags(
            "A figure of 200,000 troops for the force circulated widely on social media after the Paris summit.",
            "quantity-bound",
            "200,000 troops",
        );
        let cited = |heading: &str| {
            format!("Kyiv needs allies.\n\n{heading}\n\n- Sky News: Ukraine would need a one-million-strong army.\n")
        };
        silent(&cited("Sources and method"), "figure-unattributed");
        flags(
            &cited("Background"),
            "figure-unattributed",
            "one-million-strong",
        );
    }

    #[test]
    fn counts_after_a_label_questions_and_figures_given_about_another_subject() {
        flags(
            "Analysis: 110,000 troops needed for a credible guarantee.",
            "figure-unattributed",
            "110,000 troops",
        );
        silent(
            "Analysis: Zelenskyy says 110,000 troops needed for a credible guarantee.",
            "figure-unattributed",
        );
        // A clock's minutes and a scenario's odds after a label are no counts.
        silent("At 15:55 the force met.", "quantity-bound");
        silent(
            "- Ceasefire agreed, deployment delayed or scaled back: 30%",
            "quantity-bound",
        );
        silent(
            "Explainer: 110,000, 30,000 or several thousand? Who said which number about a force",
            "figure-unattributed",
        );
        silent(
            "- Size of army Zelenskyy says Ukraine would otherwise need: one million",
            "figure-misattributed",
        );
        let heading = |paragraph: &str| {
            format!("The force would be small.\n\nPlan B: a million soldiers\n\n{paragraph}\n")
        };
        silent(
            &heading("Zelensky has been blunt about the alternative. Without guarantees, he argued, Ukraine would need its own one-million-strong army."),
            "figure-unattributed",
        );
        flags(
            &heading(
                "The alternative is plain. Without guarantees, Ukraine would need its own army.",
            ),
            "figure-unattributed",
            "a million soldiers",
        );
    }

    #[test]
    fn had_at_guided_to_and_the_number_under_arms() {
        flags(
            "The Washington Post had the force at 40 to 50 thousand.",
            "figure-misattributed",
            "40 to 50 thousand",
        );
        flags(
            "Officials have guided to a force of under 40k personnel.",
            "figure-misattributed",
            "under 40k personnel",
        );
        silent(
            "Ukrainian officials have put the number under arms at somewhere between 800,000 and 900,000.",
            "figure-misattributed",
        );
    }

    #[test]
    fn a_rows_last_cell_names_its_source_and_a_rows_number_is_no_count() {
        flags(
            "~110,000 | Troops any international security force would need | The Washington Post",
            "figure-misattributed",
            "110,000",
        );
        silent(
            "| 3 | \"Several thousand\" | French soldiers who could be involved | Emmanuel Macron |",
            "figure-misattributed",
        );
        silent(
            "Corrections\n\nA feature on 20 January said Zelenskyy wanted a two-million-strong army if NATO guarantees fell through. He has said Ukraine would need a one-million-strong army.",
            "figure-misattributed",
        );
        flags(
            "Zelenskyy wanted a two-million-strong army if NATO guarantees fell through.",
            "figure-misattributed",
            "two-million-strong",
        );
    }

    #[test]
    fn a_list_lines_speaker_past_an_apposition_but_not_a_dateline() {
        flags(
            "* Emmanuel Macron, the French president: as many as 15,000 French soldiers could be involved after a ceasefire.",
            "figure-misattributed",
            "as many as 15,000 French soldiers",
        );
        silent(
            "21:40 | Alerts | KYIV: officials expect around 35,000 troops for the force.",
            "figure-misattributed",
        );
    }

    #[test]
    fn a_requirement_at_least_someones_figure_a_signalled_figure_and_a_text_reported_as() {
        flags(
            "A force able to deter a renewed Russian offensive would need at least 110,000 soldiers.",
            "figure-unattributed",
            "at least 110,000 soldiers",
        );
        flags(
            "Officials signal a force of under 40,000.",
            "figure-misattributed",
            "under 40,000",
        );
        silent(
            "It was a serious signal that 40,000 troops would be sent.",
            "figure-misattributed",
        );
        let table = "A minister saw a message for Europe in the 28-point plan.\n\n\
                     | Document | Drafted by |\n| --- | --- |\n\
                     | Later Geneva text (POINTS) | US and Ukrainian delegations |\n";
        flags(
            &table.replace("POINTS", "19 points"),
            "quantity-bound",
            "19 points",
        );
        silent(
            &table.replace("POINTS", "reported as 19 points"),
            "quantity-bound",
        );
    }

    #[test]
    fn a_possessive_predicate_an_ing_report_and_a_subject_set_aside() {
        silent(
            "- The highest figure, about 110,000, is Volodymyr Zelenskyy's, and it describes what any force would need.",
            "figure-unattributed",
        );
        flags(
            "- The highest figure, about 110,000, is what any force would need.",
            "figure-unattributed",
            "about 110,000",
        );
        flags(
            "Later briefings had officials suggesting a force of up to 50,000 troops.",
            "figure-misattributed",
            "up to 50,000 troops",
        );
        silent(
            "## One million: an army, not a force\n\nText.\n",
            "quantity-bound",
        );
    }

    #[test]
    fn phone_numbers_chart_labels_a_clause_of_its_own_and_others_who_met() {
        for text in [
            "The force would be under 30,000. The number is 0800 095 958, text us on 81958.",
            "## Chart 5: What the 28-point plan would have meant",
            "The coalition of the willing met in Paris. Defence planners from a dozen countries gathered at the end of January.",
        ] {
            silent(text, "quantity-bound");
        }
        flags(
            "The coalition of the willing met in Paris. Leaders from 45 countries gathered there.",
            "quantity-bound",
            "45 countries",
        );
        silent(
            "Officials have signalled that the force would be under 30,000 personnel, though planners have since drawn up options for a force of up to 60,000.",
            "figure-misattributed",
        );
        flags(
            "Officials have signalled that the force would be of up to 60,000, though nobody has said more.",
            "figure-misattributed",
            "up to 60,000",
        );
    }

    #[test]
    fn table_cells_datelines_proportions_rotation_pools_and_headings_credited_below() {
        for (text, code) in [
            (
                "| Myth | Fact |\n| --- | --- |\n| \"The force will be 100,000 strong.\" | Officials signalled it would be under 30,000 personnel. |\n",
                "figure-misattributed",
            ),
            (
                "12:10  UKRAINE: Reassurance force would number 30-35k troops, based away from front line",
                "figure-misattributed",
            ),
            (
                "Thank you for squeezing into a room designed for half this many people. The force would be under 30,000.",
                "quantity-bound",
            ),
            (
                "Sustaining a deployment of 25,000 means tying down roughly 75,000 soldiers across the rotation cycle.",
                "quantity-bound",
            ),
            (
                "Officials said the force would be under 30,000.\n\n## The other number: one million\n\nZelenskyy has said Ukraine would need a one-million-strong army.\n",
                "quantity-bound",
            ),
        ] {
            silent(text, code);
        }
        flags(
            "12:10  UKRAINE: Reassurance force would number 30-35k troops, based away from front line",
            "quantity-bound",
            "30-35k troops",
        );
        flags(
            "Officials said the force would be under 30,000.\n\n## The other number: one million\n\nNobody knows.\n",
            "quantity-bound",
            "one million",
        );
        flags(
            "Credible denial would require some 110,000 troops, sustained through rotation.",
            "figure-unattributed",
            "some 110,000 troops",
        );
    }

    #[test]
    fn a_meetings_attendance_told_by_its_representatives_date_or_place() {
        flags(
            "The Paris summit was a success. Representatives of some 45 countries took part, most of them European.",
            "quantity-bound",
            "some 45 countries",
        );
        flags(
            "On Monday 6 January, leaders and envoys from some 45 countries met at the Élysée.",
            "quantity-bound",
            "some 45 countries",
        );
        silent(
            "On Monday 6 January, leaders and envoys from some 35 countries met at the Élysée.",
            "quantity-bound",
        );
        silent(
            "About 110,000 troops would be needed to deter a renewed offensive, far beyond anything on the table in Paris.",
            "quantity-bound",
        );
        silent(
            "The jet took London to New York in about three and a half hours.",
            "quantity-bound",
        );
    }

    #[test]
    fn countries_that_took_part() {
        flags(
            "More than 40 countries took part in Paris.",
            "quantity-bound",
            "More than 40 countries",
        );
        silent("About 35 countries took part in Paris.", "quantity-bound");
    }
}
