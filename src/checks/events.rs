//! Events: a known event given the wrong date, weekday or place.
//!
//! - `event-date`: "the 8 January summit in Paris" (it met on 6 January 2026).
//! - `event-weekday`: "Monday's Paris summit" (it was a Tuesday).
//! - `event-place`: "the 6 January summit in Berlin" (it was in Paris).
//!
//! An event is recognised by name ("the Paris summit") or, for a meeting word
//! ("summit", "talks") with a full date, by that date. The date, weekday or place must
//! be attached to it in the same clause; relative phrasing ("two days after the
//! summit") stays silent.

use super::{finding, quote_draft, Check, Context};
use crate::claims::dates::DateExpr;
use crate::claims::lexicon::Form;
use crate::claims::speech;
use crate::claims::Sentence;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Fix};
use crate::factbase::{EntityId, EntityKind, Fact, FactData};

pub const CHECK: Check = Check {
    codes: &[
        ("event-date", "a known event is given the wrong date"),
        (
            "event-weekday",
            "a known event is given the wrong day of the week",
        ),
        ("event-place", "a known event is given the wrong place"),
    ],
    run,
};

const MEETING_WORDS: &[&str] = &[
    "summit",
    "meeting",
    "talks",
    "gathering",
    "conference",
    "session",
];
const RELATIVE: &[&str] = &[
    "after",
    "before",
    "since",
    "until",
    "ahead",
    "following",
    "later",
    "earlier",
    "prior",
    "preceding",
    "next",
    "by",
];

/// Where an event is named in a sentence.
struct EventRef {
    event: EntityId,
    first: usize,
    last: usize,
    /// Recognised by its date rather than its name.
    by_date: bool,
}

fn run(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for sentence in &ctx.analysis.sentences {
        for r in references(ctx, sentence) {
            let Some(facts) = ctx.index.events.get(&r.event) else {
                continue;
            };
            for &f in facts {
                check_event(ctx, sentence, &r, &ctx.base.facts[f], out);
            }
        }
    }
}

fn references(ctx: &Context<'_>, sentence: &Sentence) -> Vec<EventRef> {
    let mut refs: Vec<EventRef> = sentence
        .mentions
        .iter()
        .filter(|m| {
            ctx.base.entities[m.mention.entity].kind == EntityKind::Event
                && ctx.index.events.contains_key(&m.mention.entity)
        })
        .map(|m| EventRef {
            event: m.mention.entity,
            first: m.first,
            last: m.last,
            by_date: false,
        })
        .collect();
    // "the summit in Berlin on 6 January": a meeting word and a full date of a known event.
    for (i, t) in sentence.tokens.iter().enumerate() {
        if !t.is_any(MEETING_WORDS) || refs.iter().any(|r| r.first <= i && i <= r.last) {
            continue;
        }
        let (start, end) = speech::clause_of(&sentence.tokens, i);
        for d in sentence
            .dates
            .iter()
            .filter(|d| d.first >= start && d.last < end && d.day.is_some())
        {
            for (&event, facts) in &ctx.index.events {
                let hit = facts.iter().any(|&f| match &ctx.base.facts[f].data {
                    FactData::Happened {
                        date: Some(date), ..
                    } => date.day == d.day && date.month == d.month,
                    _ => false,
                });
                if hit && !refs.iter().any(|r| r.event == event) {
                    refs.push(EventRef {
                        event,
                        first: i,
                        last: i,
                        by_date: true,
                    });
                }
            }
        }
    }
    refs
}

fn check_event(
    ctx: &Context<'_>,
    sentence: &Sentence,
    r: &EventRef,
    fact: &Fact,
    out: &mut Vec<Diagnostic>,
) {
    let FactData::Happened {
        date,
        weekday,
        place,
        ..
    } = &fact.data
    else {
        return;
    };
    let tokens = &sentence.tokens;
    let text = ctx.analysis.draft.text;
    let (start, end) = speech::clause_of(tokens, r.first);
    // "after the summit", "since the Paris talks": the date is about something else.
    let lead = &tokens[start.max(r.first.saturating_sub(3))..r.first];
    if lead.iter().any(|t| t.is_any(RELATIVE)) {
        return;
    }
    let near = |d: &DateExpr| {
        d.first >= start
            && d.last < end
            && (d.last < r.first && r.first - d.last <= 6
                || d.first > r.last && d.first - r.last <= 12)
    };
    let attached = sentence.dates.iter().filter(|d| near(d)).min_by_key(|d| {
        if d.last < r.first {
            r.first - d.last
        } else {
            d.first - r.last
        }
    });
    if let Some(d) = attached.filter(|d| !relative_date(tokens, d)) {
        let name = &ctx.base.entities[r.event].name;
        let span = d.span;
        let words = quote_draft(text, span);
        if let Some(right) = date.filter(|right| !r.by_date && date_conflicts(*right, d)) {
            let mut diag = finding(
                ctx.base,
                "event-date",
                fact,
                span,
                format!("“{words}”: the {name} was on {}", show_date(right)),
            );
            diag.help = Some(format!("the {name} took place on {}", show_date(right)));
            out.push(diag);
        } else if let (Some(w), Some(expected)) =
            (d.weekday, weekday.or_else(|| date.and_then(Date::weekday)))
        {
            if w != expected {
                let mut diag = finding(
                    ctx.base,
                    "event-weekday",
                    fact,
                    span,
                    format!("“{words}”: the {name} was on a {}", expected.name()),
                );
                diag.help = Some(format!(
                    "the {name} was on {}",
                    date.map_or(expected.name().to_owned(), |d| format!(
                        "{}, {}",
                        expected.name(),
                        show_date(d)
                    ))
                ));
                let weekday_token = (d.first..=d.last).find(|&k| {
                    crate::date::Weekday::parse(tokens[k].norm.trim_end_matches("'s")).is_some()
                });
                if let Some(k) = weekday_token {
                    let ws = tokens[k].span;
                    let written = &text[ws.start..ws.end];
                    let possessive = written.len() > w.name().len();
                    let replacement = format!(
                        "{}{}",
                        expected.name(),
                        if possessive {
                            &written[w.name().len()..]
                        } else {
                            ""
                        }
                    );
                    diag.fix = Some(Fix {
                        span: ws,
                        replacement,
                    });
                }
                out.push(diag);
            }
        }
    }
    // "summit in Berlin": a place right after "in"/"at" near the event.
    let Some(right) = place else { return };
    for m in &sentence.mentions {
        if m.first < start
            || m.last >= end
            || m.first == 0
            || !tokens[m.first - 1].is_any(&["in", "at"])
        {
            continue;
        }
        let close = m.first > r.last && m.first - r.last <= 4
            || m.last < r.first && r.first - m.last <= 3 && r.by_date;
        if !close || m.mention.entity == *right || !is_specific_place(ctx, m) {
            continue;
        }
        let span = m.mention.span;
        let name = &ctx.base.entities[r.event].name;
        let place_name = &ctx.base.entities[*right].name;
        let mut diag = finding(
            ctx.base,
            "event-place",
            fact,
            span,
            format!(
                "“{}”: the {name} was in {place_name}",
                quote_draft(text, span)
            ),
        );
        diag.help = Some(format!("the {name} took place in {place_name}"));
        diag.fix = Some(Fix {
            span,
            replacement: place_name.clone(),
        });
        out.push(diag);
    }
}

/// A city or place, not a whole country (a summit in Paris is also in France).
fn is_specific_place(ctx: &Context<'_>, m: &crate::claims::SentenceMention) -> bool {
    let entity = &ctx.base.entities[m.mention.entity];
    match entity.kind {
        EntityKind::Place => true,
        EntityKind::Country => {
            m.mention.form == Form::Name && {
                let written = &ctx.analysis.draft.text[m.mention.span.start..m.mention.span.end];
                !written.eq_ignore_ascii_case(&entity.name)
                    && written.len() > 3
                    && !written.contains('.')
                    && written.chars().any(char::is_lowercase)
                    && !written.starts_with("the")
            }
        }
        _ => false,
    }
}

/// "two days later, on 8 January" or "the day before, 5 January": not the event's date.
fn relative_date(tokens: &[crate::claims::tokens::Token], d: &DateExpr) -> bool {
    tokens[d.first.saturating_sub(3)..d.first]
        .iter()
        .any(|t| t.is_any(RELATIVE))
}

fn date_conflicts(right: Date, d: &DateExpr) -> bool {
    let year = matches!((right.year, d.year), (r, Some(y)) if r != y);
    let month = matches!((right.month, d.month), (Some(r), Some(m)) if r != m);
    let day = matches!((right.day, d.day), (Some(r), Some(x)) if r != x);
    year || month || day
}

fn show_date(d: Date) -> String {
    match (d.day, d.month) {
        (Some(day), Some(m)) => format!(
            "{day} {} {}",
            capitalise(crate::date::month_name(m)),
            d.year
        ),
        (None, Some(m)) => format!("{} {}", capitalise(crate::date::month_name(m)), d.year),
        _ => d.year.to_string(),
    }
}

fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next().map_or_else(String::new, |f| {
        f.to_uppercase().collect::<String>() + c.as_str()
    })
}
