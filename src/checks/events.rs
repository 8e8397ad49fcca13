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
use crate::date::{Date, Weekday};
use crate::diagnostic::{Diagnostic, Fix};
use crate::factbase::{EntityId, EntityKind, Fact, FactData, FactId};

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

/// Words of the day a draft is written: "met this morning", "talks today".
const TIME_OF_DAY: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "morning",
    "afternoon",
    "evening",
];
/// Nouns that name a meeting; "summit" and "gathering" alone point at the draft's
/// event, the others only with a date or weekday attached ("Tuesday's talks").
const STRONG_MEETING: &[&str] = &["summit", "gathering"];
const WEAK_MEETING: &[&str] = &["meeting", "talks", "conference", "session"];
/// Verbs of meeting, read as the draft's event when the coalition or its leaders meet
/// ("met", and the present of timelines: "leaders meet in Paris"); "sat down" too.
const MEETING_VERBS: &[&str] = &[
    "met", "gathered", "convened", "held", "hosted", "meet", "meets", "gather", "gathers",
    "convene", "convenes",
];
/// What makes a verb of meeting another meeting than the draft's: "will meet", "to
/// gather", "could convene".
const NOT_YET: &[&str] = &[
    "will", "would", "to", "could", "should", "may", "might", "must", "shall", "can", "cannot",
    "not", "never",
];
/// Words that make a meeting another one than the draft's event.
const OTHER_MEETING: &[&str] = &[
    "next",
    "upcoming",
    "previous",
    "earlier",
    "another",
    "a",
    "an",
    "future",
    "planned",
    "follow-up",
    "second",
    "later",
    "first",
    "subsequent",
    "last",
    "separate",
    "new",
    "nato",
    "g7",
    "g20",
    "eu",
    "peace",
    "un",
    "alaska",
    "gaza",
    "white",
    "bilateral",
    "virtual",
    "alliance",
];
/// Kinds of meeting that are not the draft's own: "an emergency meeting", "informal
/// talks".
const OTHER_KIND: &[&str] = &[
    "emergency",
    "extraordinary",
    "informal",
    "preparatory",
    "preliminary",
    "separate",
    "bilateral",
];
/// Words before a meeting's name that make it another meeting: "another Paris summit",
/// "earlier talks in Paris".
const NOT_THIS_ONE: &[&str] = &[
    "another",
    "earlier",
    "previous",
    "next",
    "later",
    "first",
    "planned",
    "proposed",
    "possible",
    "upcoming",
    "future",
    "preparatory",
    "preliminary",
    "technical",
    "informal",
    "bilateral",
    "separate",
    "follow-up",
    "emergency",
    "extraordinary",
    "special",
];
const RELATIVE: &[&str] = &[
    // "Monday 5 January, the eve of the coalition of the willing summit".
    "eve",
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
    "ago",
];

/// What is written about an event, with a date of its own.
const PUBLICATIONS: &[&str] = &[
    "explainer",
    "comment",
    "timeline",
    "graphic",
    "caption",
    "brief",
    "report",
    "article",
    "story",
    "piece",
    "coverage",
    "letter",
    "column",
    "editorial",
    "leader",
    "edition",
    "feature",
    "analysis",
    "review",
    "profile",
    "blog",
    "podcast",
    "episode",
    "interview",
    "briefing",
    "newsletter",
];

/// Where an event is named in a sentence.
struct EventRef {
    event: EntityId,
    first: usize,
    last: usize,
    /// Recognised by its date rather than its name.
    by_date: bool,
    /// Recognised from a meeting word ("the summit") as the draft's main event.
    generic: bool,
    /// Recognised from a verb of meeting ("leaders met in Paris").
    verb: bool,
    /// Recognised from who met and where ("he met Putin in Alaska"): that meeting, in
    /// whatever month the draft gives it.
    placed: bool,
}

/// A timeline entry: "**6 January 2026, Paris** — Coalition summit", "- July 2025:
/// Trump meets Putin in Alaska". The date (and place) heading the entry are the first
/// event's after the separator.
struct Heading<'s> {
    date: &'s DateExpr,
    place: Option<&'s crate::claims::SentenceMention>,
    separator: usize,
}

fn heading<'s>(ctx: &Context<'_>, sentence: &'s Sentence) -> Option<Heading<'s>> {
    let tokens = &sentence.tokens;
    // (After a plain-text bullet: "* March 2025: Leaders meet in London"; "Late November:
    // US and Ukrainian officials meet in Geneva".)
    let date = sentence.dates.first().filter(|d| {
        d.first == 0
            || d.first == 1
                && tokens[0].is_any(&["*", "-", "•", "–", "+", "|", "late", "early", "mid"])
    })?;
    let mut k = date.last + 1;
    let mut place = None;
    if tokens.get(k).is_some_and(|t| t.is(",")) {
        let m = sentence
            .mentions
            .iter()
            .find(|m| m.first == k + 1 && is_specific_place(ctx, m))?;
        place = Some(m);
        k = m.last + 1;
    }
    // A timeline table's row: "| 25 Mar 2025 | London | The Telegraph reports …".
    if tokens.get(k).is_some_and(|t| t.is("|")) {
        if let Some(m) = sentence.mentions.iter().find(|m| {
            m.first == k + 1
                && is_specific_place(ctx, m)
                && tokens.get(m.last + 1).is_some_and(|t| t.is("|"))
        }) {
            place = Some(m);
            k = m.last + 1;
        }
    }
    tokens
        .get(k)
        .filter(|t| t.is_any(&[":", "—", "–", "-", "|"]))
        .map(|_| Heading {
            date,
            place,
            separator: k,
        })
}

fn run(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let main = salient(ctx);
    for sentence in &ctx.analysis.sentences {
        // "The summit was... was it January the eighth?", "Was the summit on Monday?": a
        // yes-or-no question asks; "Why was Wednesday's summit a big deal?" still says
        // when it was.
        const ASKING: &[&str] = &["was", "is", "were", "did", "does", "do", "wasn't", "isn't"];
        let asks = sentence.is_question()
            && (sentence.tokens.first().is_some_and(|t| t.is_any(ASKING))
                || sentence
                    .tokens
                    .windows(2)
                    .any(|w| w[0].is_any(ASKING) && w[1].is_any(&["it", "that", "this"])));
        if asks {
            continue;
        }
        let head = heading(ctx, sentence);
        let mut refs = references(ctx, sentence, main);
        refs.sort_by_key(|r| r.first);
        // The entry's first event takes its date and place, unless it has a date of its own
        // ("last heard during the 2003 invasion of Iraq").
        let headed = head.as_ref().and_then(|h| {
            refs.iter()
                .position(|r| r.first > h.separator)
                .filter(|&k| {
                    let r = &refs[k];
                    let dated = sentence.dates.iter().any(|d| {
                        d.first > h.separator && d.last < r.first && r.first - d.last <= 3
                    });
                    !dated
                })
        });
        for (k, r) in refs.iter().enumerate() {
            let Some(facts) = ctx.index.events.get(&r.event) else {
                continue;
            };
            // "emails from people who think the summit was on the Monday": a belief.
            let believed = (1..r.first).any(|b| {
                sentence.tokens[b].is_any(&["think", "thinks", "believe", "believes", "assume"])
                    && sentence.tokens[b - 1].is_any(&["who", "people"])
            });
            if believed {
                continue;
            }
            let head = head.as_ref().filter(|_| headed == Some(k));
            for &f in facts {
                check_event(ctx, sentence, r, main, head, f, out);
            }
        }
        weekday_of_known_date(ctx, sentence, out);
        place_of_known_date(ctx, sentence, out);
    }
}

/// "the summit in London on 6 January": a named meeting with no date of its own, given
/// the full date of another known meeting held somewhere else.
fn place_of_known_date(ctx: &Context<'_>, sentence: &Sentence, out: &mut Vec<Diagnostic>) {
    let tokens = &sentence.tokens;
    let happened = |e: EntityId| {
        ctx.index
            .events
            .get(&e)
            .into_iter()
            .flatten()
            .filter_map(|&f| match &ctx.base.facts[f].data {
                FactData::Happened { date, place, .. } => Some((f, *date, *place)),
                _ => None,
            })
    };
    for m in &sentence.mentions {
        let named = m.mention.entity;
        // Only a meeting can be the other meeting of that day: "| 6 Jan 2026 | Drone attack
        // sets oil storage tanks ablaze |" is the attack of that evening.
        if ctx.base.entities[named].kind != EntityKind::Event
            || !is_meeting(ctx, named)
            || happened(named).any(|(_, d, _)| d.is_some())
        {
            continue;
        }
        let Some(own_place) = happened(named).find_map(|(_, _, p)| p) else {
            continue;
        };
        let (start, end) = speech::clause_of(tokens, m.first);
        let close = |d: &&DateExpr| {
            d.day.is_some()
                && d.first >= start
                && d.last < end
                && (d.last + 3 >= m.first && d.last < m.first
                    || d.first > m.last && d.first <= m.last + 3)
        };
        for d in sentence.dates.iter().filter(close) {
            for (&other, _) in ctx.index.events.iter() {
                for (f, date, place) in happened(other) {
                    let same_day = date.is_some_and(|x| {
                        x.day == d.day && x.month == d.month && d.year.is_none_or(|y| y == x.year)
                    });
                    let Some(place) = place.filter(|p| same_day && *p != own_place) else {
                        continue;
                    };
                    let fact = &ctx.base.facts[f];
                    let name = &ctx.base.entities[other].name;
                    let place_name = &ctx.base.entities[place].name;
                    let span = m.mention.span;
                    let mut diag = finding(
                        ctx.base,
                        "event-place",
                        fact,
                        span,
                        format!(
                            "“{}”: the meeting of {} was {}, in {place_name}",
                            quote_draft(ctx.analysis.draft.text, span),
                            quote_draft(ctx.analysis.draft.text, d.span),
                            the(name)
                        ),
                    );
                    diag.help = Some(format!("{} took place in {place_name}", the(name)));
                    out.push(diag);
                }
            }
        }
    }
}

/// Whether the event is a meeting (by its name: "Paris summit", "Alaska meeting").
fn is_meeting(ctx: &Context<'_>, e: EntityId) -> bool {
    let name = ctx.base.entities[e].name.to_lowercase();
    STRONG_MEETING
        .iter()
        .chain(WEAK_MEETING)
        .any(|w| name.contains(w))
}

/// The meeting the draft is about: the known meeting it names most often, counting
/// also the mentions of its place ("in Paris"), of its date ("6 January") and of who
/// met there ("the coalition").
fn salient(ctx: &Context<'_>) -> Option<EntityId> {
    let mut scores: Vec<(EntityId, usize)> = ctx
        .index
        .events
        .keys()
        .copied()
        .filter(|&e| is_meeting(ctx, e))
        .map(|e| (e, 0))
        .collect();
    for (e, score) in &mut scores {
        let super::Happening {
            date,
            place,
            attendees,
        } = super::happening(ctx, *e);
        for s in &ctx.analysis.sentences {
            *score += 3 * s.mentions.iter().filter(|m| m.mention.entity == *e).count();
            *score += s
                .mentions
                .iter()
                .filter(|m| attendees == Some(m.mention.entity))
                .count();
            *score += s
                .mentions
                .iter()
                .filter(|m| Some(m.mention.entity) == place)
                .count();
            *score += s
                .dates
                .iter()
                .filter(|d| {
                    date.is_some_and(|date| {
                        date.day.is_some() && d.day == date.day && d.month == date.month
                    })
                })
                .count();
        }
    }
    scores.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), e));
    match scores.as_slice() {
        [(e, n), rest @ ..] if *n > 0 && rest.first().is_none_or(|(_, m)| m < n) => Some(*e),
        _ => None,
    }
}

/// "a Telegraph report of 25 March": one of a publisher's reports, the sources' own when
/// dated within a month of it (the meetings "a summit" names are others).
fn near_report(ctx: &Context<'_>, sentence: &Sentence, event: EntityId) -> bool {
    !is_meeting(ctx, event)
        && super::happening(ctx, event).date.is_some_and(|right| {
            sentence
                .dates
                .iter()
                .any(|d| d.day.is_some() && super::months_apart(right, d).is_some_and(|n| n <= 1))
        })
}

fn references(ctx: &Context<'_>, sentence: &Sentence, main: Option<EntityId>) -> Vec<EventRef> {
    let tokens = &sentence.tokens;
    let mut refs: Vec<EventRef> = sentence
        .mentions
        .iter()
        .filter(|m| {
            ctx.base.entities[m.mention.entity].kind == EntityKind::Event
                && ctx.index.events.contains_key(&m.mention.entity)
                // "a meeting in Paris", "another Paris summit": some other meeting.
                // …but a long name is that event whatever its article ("at a gathering of
                // European leaders in London").
                && !(m.first > 0
                    && (tokens[m.first - 1].is_any(NOT_THIS_ONE)
                        || tokens[m.first - 1].is_any(&["a", "an", "one"])
                            && m.last - m.first < 3
                            && !near_report(ctx, sentence, m.mention.entity)))
                // "earlier coalition talks in Paris": with a word between.
                && !(m.first > 1
                    && tokens[m.first - 2].is_any(NOT_THIS_ONE)
                    && tokens[m.first - 1].kind == crate::claims::tokens::TokenKind::Word
                    && !tokens[m.first - 1].is_any(&["the", "this", "that", "its", "their"]))
                // "will meet in Paris again": another meeting.
                && !tokens[m.first.saturating_sub(1)..tokens.len().min(m.last + 3)].iter().any(|t| t.is("again"))
        })
        .map(|m| EventRef {
            event: m.mention.entity,
            first: m.first,
            last: m.last,
            by_date: false,
            generic: false,
            verb: false,
            placed: false,
        })
        .collect();
    // "The Telegraph reported on 25 March that …": a publisher's dated report is its
    // report event.
    for &(v, ref speaker) in &sentence.speech {
        let Some(speech::Speaker::Entity(publisher)) = speaker else {
            continue;
        };
        let Some(events) = ctx.index.reports.get(publisher) else {
            continue;
        };
        let reports = tokens[v].is_any(&["reported", "revealed", "wrote", "reports", "reporting"]);
        // "On 25 March, The Telegraph reported …": the date just before the publisher.
        let publisher_at = |k: usize| {
            sentence
                .mentions
                .iter()
                .any(|m| m.mention.entity == *publisher && m.first <= k && k <= m.last)
        };
        // "reported on 25 March", "first reported by The Telegraph on 5 April", "reported
        // as early as 25 March".
        const BETWEEN: &[&str] = &[
            "on", "in", "by", "as", "early", "back", "first", "only", ",",
        ];
        let date = sentence
            .dates
            .iter()
            .find(|d| {
                d.first > v
                    && d.first <= v + 7
                    && d.month.is_some()
                    && (v + 1..d.first).all(|k| tokens[k].is_any(BETWEEN) || publisher_at(k))
            })
            .or_else(|| {
                sentence.dates.iter().find(|d| {
                    d.month.is_some()
                        && d.last < v
                        && v - d.last <= 6
                        && (d.last + 1..v).all(|k| {
                            tokens[k]
                                .is_any(&[",", "the", "british", "london", "daily", "last", "year"])
                                || publisher_at(k)
                        })
                })
            })
            // "| 25 Mar 2025 | The Telegraph reports …", "MARCH 25, 2025 - The Telegraph
            // reports …": a timeline entry's date.
            .or_else(|| {
                heading(ctx, sentence)
                    .map(|h| h.date)
                    .filter(|d| d.month.is_some())
            });
        if let (true, Some(d)) = (reports, date) {
            // A report dated months from the sources' is another report of theirs.
            let near = |e: &EntityId| {
                super::happening(ctx, *e)
                    .date
                    .is_some_and(|right| super::months_apart(right, d).is_some_and(|n| n <= 1))
            };
            let new: Vec<EntityId> = events
                .iter()
                .copied()
                .filter(|e| !refs.iter().any(|r| r.event == *e) && near(e))
                .collect();
            for event in new {
                refs.push(EventRef {
                    event,
                    first: v,
                    last: v,
                    by_date: false,
                    generic: false,
                    verb: false,
                    placed: false,
                });
            }
        }
    }
    met_by_participants(ctx, sentence, &mut refs);
    let named_elsewhere =
        |i: usize, refs: &[EventRef]| refs.iter().any(|r| r.first <= i && i <= r.last);
    // "last month's summit" in a draft dated the month after the main meeting is that one.
    let months = |d: Date| d.month.map(|m| d.year * 12 + i32::from(m));
    let last_month_is_main = main.is_some_and(|e| {
        let held = super::happening(ctx, e).date.and_then(months);
        let now = ctx.as_of.and_then(months);
        matches!((held, now), (Some(h), Some(n)) if n == h + 1)
    });
    // "the coalition of the willing in Paris on January 10": the main meeting's place with
    // a full date, where its attendees are named, is the meeting.
    if let Some(main) = main.filter(|e| !refs.iter().any(|r| r.event == *e)) {
        if let Some(m) = place_with_date(ctx, sentence, main) {
            refs.push(EventRef {
                event: main,
                first: m.0,
                last: m.1,
                by_date: false,
                generic: true,
                verb: false,
                placed: false,
            });
        }
    }
    for (i, t) in tokens.iter().enumerate() {
        if named_elsewhere(i, &refs) {
            continue;
        }
        // "are gathering", "were meeting": the verb, not the noun.
        let progressive =
            i > 0 && tokens[i - 1].is_any(&["are", "were", "is", "was", "be", "been"]);
        // "the coalition, meeting today in Brussels,": a participle after a comma.
        let participle = i > 0 && tokens[i - 1].is(",");
        let verb = meeting_verb(tokens, i) && !(i > 0 && tokens[i - 1].is_any(NOT_YET))
            || (progressive || participle) && t.is_any(&["gathering", "meeting"])
            || t.is("took") && tokens.get(i + 1).is_some_and(|n| n.is("place"));
        // "around the table in Geneva": the meeting, where it is said where.
        let table = t.is("table")
            && i > 1
            && tokens[i - 1].is("the")
            && tokens[i - 2].is_any(&["around", "round", "at"])
            && tokens.get(i + 1).is_some_and(|n| n.is("in"));
        let strong = t.is_any(STRONG_MEETING) && !verb;
        let weak = (t.is_any(WEAK_MEETING) || table) && !verb;
        if !(strong || weak || verb) {
            continue;
        }
        let (start, end) = speech::clause_of(tokens, i);
        // A full date of a known event: "the summit in Berlin on 6 January".
        if strong || weak {
            for d in sentence
                .dates
                .iter()
                .filter(|d| d.first >= start && d.last < end && d.day.is_some())
            {
                for (&event, facts) in &ctx.index.events {
                    let hit = facts.iter().any(|&f| matches!(&ctx.base.facts[f].data, FactData::Happened { date: Some(date), .. } if date.day == d.day && date.month == d.month));
                    if hit && !refs.iter().any(|r| r.event == event) {
                        refs.push(EventRef {
                            event,
                            first: i,
                            last: i,
                            by_date: true,
                            generic: true,
                            verb: false,
                            placed: false,
                        });
                    }
                }
            }
        }
        let Some(main) = main else { continue };
        if refs
            .iter()
            .any(|r| r.event == main && r.first <= i && i <= r.last)
        {
            continue;
        }
        // The words before the meeting word, and before a date written into it ("the
        // Jan. 5 talks").
        let from = sentence
            .dates
            .iter()
            .find(|d| d.last < i && i - d.last <= 2)
            .map_or(i.saturating_sub(3), |d| {
                d.first.saturating_sub(2).min(i.saturating_sub(3))
            });
        let lead = &tokens[start.max(from)..i];
        // "last Thursday's summit" is this one; "last month's summit" is not.
        let other = lead.iter().enumerate().any(|(k, t)| {
            (t.is_any(OTHER_MEETING) || OTHER_MEETING.contains(&t.norm.trim_end_matches("'s")))
                && !(t.is("last")
                    && lead.get(k + 1).is_some_and(|n| {
                        let n = n.norm.trim_end_matches("'s");
                        Weekday::parse(n).is_some() || n == "month" && last_month_is_main
                    }))
        });
        // "met again", "gathered once more", "met in Geneva later that month": another
        // meeting.
        // "Ukrainian and US officials then met in Geneva": a meeting after the one told.
        let again = tokens
            .get(i + 1)
            .is_some_and(|n| n.is_any(&["again", "once"]))
            || verb
                && i > 0
                && tokens[i - 1].is_any(&["then", "later", "subsequently", "afterwards", "since"])
            || verb
                && tokens[i + 1..end].windows(2).any(|w| {
                    w[0].is_any(&["later", "earlier"])
                        && w[1].is_any(&["that", "this", "in", "the", "on"])
                });
        // "His Gaza ceasefire plan, praised by leaders who gathered at Sharm el-Sheikh":
        // leaders meeting about another war.
        let another_war = verb
            && tokens
                .iter()
                .any(|t| t.is_any(&["gaza", "gaza's", "hamas", "israel", "israeli"]));
        // "Macron hastily convened an emergency meeting of European leaders": the verb's
        // object is another meeting.
        let other_object = verb
            && tokens[i + 1..tokens.len().min(i + 4)].iter().any(|t| {
                t.is_any(OTHER_KIND) || t.is_any(&["another", "previous", "earlier", "follow-up"])
            });
        // "Later this week, defence ministers gather in Munich", "before the Munich
        // conference next month": a meeting still to come.
        let to_come = tokens.windows(3).any(|w| {
            w[0].is_any(&["later", "next", "coming"])
                && (w[1].is_any(&["week", "month", "year"])
                    || w[1].is("this") && w[2].is_any(&["week", "month", "year"]))
        });
        if other
            || again
            || another_war
            || other_object
            || to_come
            || other_month(ctx, sentence, main, i)
            || elsewhere_and_another_month(ctx, sentence, main, i)
        {
            continue;
        }
        // "Tuesday's talks", "the talks on Tuesday", "the talks in Brussels on Tuesday".
        let placed = tokens.get(i + 1).is_some_and(|n| n.is_any(&["in", "at"]));
        let attached_time = sentence.dates.iter().any(|d| {
            d.last + 1 == i
                || d.last + 2 == i
                || d.first > i && d.first <= i + if placed { 5 } else { 3 }
        });
        let place_before = sentence
            .mentions
            .iter()
            .any(|m| m.last + 1 == i && is_specific_place(ctx, m));
        let definite = lead
            .iter()
            .any(|t| t.is_any(&["the", "this", "that", "its", "their"]) || t.norm.ends_with("'s"))
            || place_before;
        // Who meets: leaders, envoys, a group or organisation the fact base knows.
        let attendees = tokens[start..end].iter().any(|t| {
            t.is_any(&[
                "leaders",
                "envoys",
                "allies",
                "delegations",
                "ministers",
                "it",
                "which",
            ])
        }) || sentence.mentions.iter().any(|m| {
            m.first >= start
                && m.last < end
                && matches!(
                    ctx.base.entities[m.mention.entity].kind,
                    EntityKind::Group | EntityKind::Organisation
                )
        });
        // "That Prague summit is remembered here for …", after a paragraph on NATO's 2002
        // summit: a meeting named by another place, in a paragraph that never names the
        // main one, is the meeting that paragraph is about.
        // ("The Warsaw summit" in such a paragraph is still the main one, misplaced.)
        let elsewhere_unnamed = sentence.mentions.iter().any(|m| {
            m.last + 1 == i
                && m.first > 0
                && tokens[m.first - 1].is_any(&["that", "this"])
                && is_specific_place(ctx, m)
                && super::happening(ctx, main).place != Some(m.mention.entity)
        }) && !named_in_block(ctx, sentence, main);
        let generic = if elsewhere_unnamed {
            false
        } else if strong {
            definite || attached_time
        } else if weak {
            // "the Brussels talks": a place naming the meeting makes it this one, unless
            // the meeting is said to be of someone else ("the Brussels meeting of NATO
            // defence ministers").
            // "Washington's talks with Russia" are someone's talks, not a meeting place.
            let of_others = tokens
                .get(i + 1)
                .is_some_and(|n| n.is_any(&["of", "with", "between"]));
            let named_place = sentence.mentions.iter().any(|m| {
                m.last + 1 == i
                    && is_specific_place(ctx, m)
                    && !tokens[m.last].norm.ends_with("'s")
                    && !tokens[m.last].is("'s")
            });
            // …and only with who met or when: "The Geneva talks stalled" may be others'.
            let supported = attendees
                || tokens[start..end]
                    .iter()
                    .any(|t| t.is_any(&["today", "yesterday", "tonight"]));
            // ("the Munich conference" is another meeting unless dated as this one.)
            attached_time && definite
                || named_place && definite && !of_others && supported && !t.is("conference")
        } else {
            // "Leaders met in Rome": the meeting's attendees as the subject, not a person
            // ("Zelenskyy met Trump at Mar-a-Lago" is another meeting).
            let person_subject = sentence.mentions.iter().any(|m| {
                m.first >= start
                    && m.last < i
                    && ctx.base.entities[m.mention.entity].kind == EntityKind::Person
            });
            // "direct talks between Russian and Ukrainian delegations have been held in
            // Istanbul": someone else's talks.
            let between_others = tokens[start..i]
                .windows(2)
                .any(|w| w[0].is_any(WEAK_MEETING) && w[1].is_any(&["between", "with"]))
                // "after U.S. and Ukrainian delegations met in Geneva": two countries'
                // teams, a meeting of their own.
                || tokens[start..i].windows(4).enumerate().any(|(k, w)| {
                    w[1].is("and")
                        && w[3].is_any(&["delegations", "negotiators", "teams", "officials"])
                        && [start + k, start + k + 2].iter().all(|&j| {
                            sentence.mentions.iter().any(|m| {
                                m.first == j
                                    && m.last == j
                                    && ctx.base.entities[m.mention.entity].kind
                                        == EntityKind::Country
                            })
                        })
                });
            // "The Coningsby and Woodhall Spa Families' Group … met on Wednesday evening":
            // a body the fact base does not know, meeting.
            let first_phrase_end = (start..i).find(|&k| tokens[k].is(",")).unwrap_or(i);
            let unknown_subject = (start + 1..first_phrase_end).any(|k| {
                let t = &tokens[k];
                t.kind == crate::claims::tokens::TokenKind::Word
                    && ctx.analysis.draft.text[t.span.start..].starts_with(char::is_uppercase)
                    && crate::date::month_number(&t.norm).is_none()
                    && Weekday::parse(t.norm.trim_end_matches("'s")).is_none()
                    && !sentence
                        .mentions
                        .iter()
                        .any(|m| m.first <= k && k <= m.last)
            });
            attendees && !person_subject && !between_others && !unknown_subject
        };
        if generic {
            refs.push(EventRef {
                event: main,
                first: i,
                last: i,
                by_date: false,
                generic: true,
                verb,
                placed: false,
            });
        }
    }
    refs
}

/// Whether token `i` is a verb of meeting: "met", "sat down"; "held" and "hosted" only
/// of a meeting ("held talks", "was held in Paris"), not "held no national holiday".
fn meeting_verb(tokens: &[crate::claims::tokens::Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.is_any(&["held", "hosted"]) {
        let passive = i > 0 && tokens[i - 1].is_any(&["was", "were", "be", "been", "being"]);
        let placed = tokens
            .get(i + 1)
            .is_some_and(|n| n.is_any(&["in", "at", "on"]));
        let of_a_meeting = tokens[i + 1..tokens.len().min(i + 5)].iter().any(|n| {
            n.is_any(STRONG_MEETING)
                || n.is_any(WEAK_MEETING)
                || n.is_any(&["summits", "leaders", "envoys", "delegations", "coalition"])
        });
        return passive || placed || of_a_meeting;
    }
    t.is_any(MEETING_VERBS) || t.is("sat") && tokens.get(i + 1).is_some_and(|n| n.is("down"))
}

/// Whom a "he" or "his" in `tokens[from..to]` stands for: the last person named before it
/// in the sentence, else the last one named before the sentence.
fn he_refers_to(
    ctx: &Context<'_>,
    sentence: &Sentence,
    from: usize,
    to: usize,
) -> Option<EntityId> {
    let k = from
        + sentence.tokens[from..to]
            .iter()
            .rposition(|t| t.is_any(&["he", "his"]))?;
    sentence
        .mentions
        .iter()
        .rev()
        .find(|m| m.last < k && ctx.base.entities[m.mention.entity].kind == EntityKind::Person)
        .map(|m| m.mention.entity)
        .or(sentence.previous_person)
}

/// The people a meeting was between, from its fact.
fn happening_participants<'c>(ctx: &Context<'c>, event: EntityId) -> &'c [EntityId] {
    ctx.index.events.get(&event).map_or(&[][..], |facts| {
        facts
            .iter()
            .find_map(|&f| match &ctx.base.facts[f].data {
                FactData::Happened { participants, .. } if !participants.is_empty() => {
                    Some(participants.as_slice())
                }
                _ => None,
            })
            .unwrap_or(&[])
    })
}

/// "Trump met Putin", "he met Vladimir Putin in Alaska", "Trump's summit with Putin": a
/// word of meeting with the people a meeting was between, all of them, or one of them
/// and the meeting's place. Not a meeting to come ("will meet"), another one ("a second
/// summit", "met again") or one denied ("never met").
fn met_by_participants(ctx: &Context<'_>, sentence: &Sentence, refs: &mut Vec<EventRef>) {
    let tokens = &sentence.tokens;
    for &event in ctx.index.events.keys() {
        let participants = happening_participants(ctx, event);
        if participants.is_empty() {
            continue;
        }
        let place = super::happening(ctx, event).place;
        let dated_within = |first: usize, last: usize| {
            sentence
                .dates
                .iter()
                .any(|d| d.last >= first && d.first <= last)
        };
        for (i, t) in tokens.iter().enumerate() {
            let verb = meeting_verb(tokens, i);
            if !(verb || t.is_any(STRONG_MEETING) || t.is_any(WEAK_MEETING)) {
                continue;
            }
            let lead = &tokens[i.saturating_sub(2)..i];
            let not_this = i > 0 && verb && tokens[i - 1].is_any(NOT_YET)
                || lead.iter().any(|t| t.is_any(OTHER_MEETING))
                || tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_any(&["again", "once"]));
            if not_this {
                continue;
            }
            let (start, end) = speech::clause_of(tokens, i);
            let within = |m: &&crate::claims::SentenceMention| m.first >= start && m.last < end;
            let who: Vec<&crate::claims::SentenceMention> = sentence
                .mentions
                .iter()
                .filter(within)
                .filter(|m| participants.contains(&m.mention.entity))
                .collect();
            // "His summit with Putin", "when he met Putin": the pronoun before the
            // meeting word is the one participant not named, the last person named.
            let referent = he_refers_to(ctx, sentence, start, i);
            let all = participants
                .iter()
                .all(|p| who.iter().any(|m| m.mention.entity == *p) || referent == Some(*p));
            let at = sentence
                .mentions
                .iter()
                .filter(within)
                .find(|m| Some(m.mention.entity) == place);
            // Named already ("Trump met Putin"), its place makes it that meeting in
            // whatever month.
            if let Some(r) = refs.iter_mut().find(|r| r.event == event) {
                if let Some(at) = at.filter(|_| r.first <= i && i <= r.last) {
                    r.placed = true;
                    let (first, last) = (r.first.min(at.first), r.last.max(at.last));
                    if !dated_within(first, last) {
                        (r.first, r.last) = (first, last);
                    }
                }
                break;
            }
            let placed = !who.is_empty() && at.is_some();
            if !(all || placed) {
                continue;
            }
            let ends = who
                .iter()
                .map(|m| (m.first, m.last))
                .chain(at.map(|m| (m.first, m.last)));
            let first = ends.clone().map(|e| e.0).min().unwrap_or(i).min(i);
            let last = ends.map(|e| e.1).max().unwrap_or(i).max(i);
            // A date inside the words is the meeting's, not part of its name.
            if dated_within(first, last) {
                continue;
            }
            refs.push(EventRef {
                event,
                first,
                last,
                by_date: false,
                generic: false,
                verb,
                placed,
            });
            break;
        }
    }
}

/// The tokens of a mention of `main`'s own place with a full date attached ("in Paris on
/// January 10", "on 7 January in Paris"), in a sentence that names who met there (the
/// coalition, leaders, envoys) and no other meeting ("again", "another").
fn place_with_date(
    ctx: &Context<'_>,
    sentence: &Sentence,
    main: EntityId,
) -> Option<(usize, usize)> {
    let tokens = &sentence.tokens;
    let super::Happening {
        place, attendees, ..
    } = super::happening(ctx, main);
    let place = place?;
    let attended = sentence
        .mentions
        .iter()
        .any(|m| Some(m.mention.entity) == attendees)
        || tokens
            .iter()
            .any(|t| t.is_any(&["leaders", "envoys", "delegations"]));
    let other = tokens.iter().any(|t| {
        t.is_any(&[
            "again",
            "another",
            "next",
            "previous",
            "earlier",
            "second",
            "follow-up",
            "will",
            "stay",
            "stayed",
            "stays",
            "remain",
            "remained",
            "upcoming",
        ]) || t.is_any(OTHER_KIND)
    });
    // Something met or was agreed there: "the agreement reached by the coalition in
    // Paris on January 10", "leaders gathered in Paris on Jan. 7".
    let met = tokens.iter().any(|t| {
        t.is_any(STRONG_MEETING)
            || t.is_any(WEAK_MEETING)
            || t.is_any(MEETING_VERBS)
            || t.is_any(&[
                "gathering",
                "agreement",
                "agreed",
                "declaration",
                "endorsed",
                "signed",
                "pledge",
                "pledged",
            ])
    });
    if !attended || other || !met {
        return None;
    }
    // "in Paris", "in the French capital".
    let located = |m: &&crate::claims::SentenceMention| {
        m.first > 0 && tokens[m.first - 1].is("in")
            || m.first > 1 && tokens[m.first - 1].is("the") && tokens[m.first - 2].is("in")
    };
    sentence
        .mentions
        .iter()
        .filter(|m| m.mention.entity == place)
        .filter(located)
        .find(|m| {
            sentence.dates.iter().any(|d| {
                (d.day.is_some() || d.weekday.is_some())
                    && (d.first > m.last && d.first <= m.last + 2
                        || d.last < m.first && d.last + 3 >= m.first)
            })
        })
        .map(|m| (m.first, m.last))
}

/// "the May summit": a month other than the main event's names another meeting.
fn other_month(ctx: &Context<'_>, sentence: &Sentence, main: EntityId, i: usize) -> bool {
    let Some(month) = ctx.index.events.get(&main).and_then(|facts| {
        facts.iter().find_map(|&f| match &ctx.base.facts[f].data {
            FactData::Happened { date: Some(d), .. } => d.month,
            _ => None,
        })
    }) else {
        return false;
    };
    // A bare month anywhere in the clause ("the summit in The Hague in June") names
    // another meeting; a full date is a claim about this one and is checked.
    let (start, end) = speech::clause_of(&sentence.tokens, i);
    sentence.dates.iter().any(|d| {
        d.day.is_none() && d.month.is_some_and(|m| m != month) && d.first >= start && d.last < end
    })
}

/// "At their summit in Brussels on 18 and 19 December, EU leaders agreed …": a meeting
/// word told both in another place and in another month than the main meeting is some
/// other meeting, not the main one with two errors.
/// Whether `event` is named in `sentence` or earlier in its paragraph.
fn named_in_block(ctx: &Context<'_>, sentence: &Sentence, event: EntityId) -> bool {
    std::iter::once(sentence)
        .chain(ctx.analysis.earlier_in_block(sentence))
        .any(|s| s.mentions_of(event).next().is_some())
}

fn elsewhere_and_another_month(
    ctx: &Context<'_>,
    sentence: &Sentence,
    main: EntityId,
    i: usize,
) -> bool {
    let main = super::happening(ctx, main);
    let (Some(month), Some(place)) = (main.date.and_then(|d| d.month), main.place) else {
        return false;
    };
    let tokens = &sentence.tokens;
    let placed_elsewhere = tokens.get(i + 1).is_some_and(|t| t.is_any(&["in", "at"]))
        && sentence
            .mentions
            .iter()
            .any(|m| m.first == i + 2 && is_specific_place(ctx, m) && m.mention.entity != place);
    // ("…, and in November US and Ukrainian negotiators met in Geneva to …": the month
    // anywhere in the sentence.)
    placed_elsewhere
        && sentence
            .dates
            .iter()
            .any(|d| d.month.is_some_and(|m| m != month))
}

fn check_event(
    ctx: &Context<'_>,
    sentence: &Sentence,
    r: &EventRef,
    main: Option<EntityId>,
    head: Option<&Heading<'_>>,
    fact_id: FactId,
    out: &mut Vec<Diagnostic>,
) {
    let fact = &ctx.base.facts[fact_id];
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
    // A date right against the event belongs to it ("the 8 January summit", "the summit
    // on 8 January", "Monday's summit"); one further away must not be relative to it
    // ("two days after the summit, on 8 January").
    let gap = |d: &DateExpr| {
        if d.last < r.first {
            r.first - d.last - 1
        } else {
            d.first.saturating_sub(r.last + 1)
        }
    };
    let adjacent = |d: &DateExpr| {
        let between = if d.last < r.first {
            &tokens[d.last + 1..r.first]
        } else {
            &tokens[r.last + 1..d.first]
        };
        between.iter().all(|t| {
            t.is_any(&[
                "on", "of", "the", "'s", ",", "held", "was", "is", "in", "late", "early", "place",
                "took", "takes", "began", "begun", "started", "launched", "last", "this", "back",
            ])
        }) && between.len() <= 4
    };
    let lead = &tokens[start.max(r.first.saturating_sub(3))..r.first];
    let relative_event = lead.iter().any(|t| t.is_any(RELATIVE));
    // "Diplomats returning from the summit in Paris on Wednesday": a date after the
    // event may be the journey's.
    // ("Looking back on the summit of 7 January" is the summit's date.)
    let journey_after = |d: &DateExpr| {
        d.first > r.last
            && (lead
                .iter()
                .any(|t| t.is_any(&["returning", "returned", "returns"]))
                || lead
                    .windows(2)
                    .any(|w| w[0].is_any(&["back", "home"]) && w[1].is("from")))
    };
    // "A drone attack set oil storage tanks on fire in Russia's Belgorod region late on
    // Monday": a long predicate, with no clause or other event between, still dates it.
    let one_predicate = |d: &DateExpr| {
        d.first > r.last
            && gap(d) <= 15
            && !tokens[r.last + 1..d.first].iter().any(|t| {
                t.is_any(&[
                    ",", "that", "which", "who", "when", "and", "but", "after", "before", "since",
                    "while", ";", "—", "–", "-",
                ])
            })
            && !sentence.mentions.iter().any(|m| {
                m.first > r.last
                    && m.last < d.first
                    && matches!(
                        ctx.base.entities[m.mention.entity].kind,
                        EntityKind::Event | EntityKind::Document
                    )
            })
    };
    let near = |d: &DateExpr| {
        d.first >= start
            && d.last < end
            && (gap(d) <= if d.last < r.first { 5 } else { 11 } || one_predicate(d))
    };
    let attached = sentence
        .dates
        .iter()
        // "Russian state media on Wednesday portrayed the Paris meeting as …": a date
        // before a verb of speech whose object is the event is the speech's.
        .filter(|d| {
            d.last >= r.first
                || !(d.last + 1..r.first).any(|k| {
                    speech::is_reporting(tokens, k)
                        || tokens[k].is_any(&[
                            "portrayed",
                            "portrays",
                            "depicted",
                            "dismissed",
                            "hailed",
                            "welcomed",
                            "criticised",
                            "criticized",
                            "praised",
                            "condemned",
                            "mocked",
                        ])
                })
        })
        // "The Paris talks came weeks after EU leaders, meeting in Brussels in December,
        // agreed …": a date right after another place is what happened there; "more
        // concrete than anything we had in 2025": the other side of a comparison.
        .filter(|d| {
            d.first <= r.last
                || !(d.first.saturating_sub(3)..d.first).any(|k| {
                    // (Set off by a comma: "Trump's summit with Putin in Riyadh in
                    // August" is the summit's place and date.)
                    k > r.last + 1
                        && tokens[r.last + 1..k].iter().any(|t| t.is(","))
                        && k > 0
                        && tokens[k - 1].is_any(&["in", "at"])
                        && sentence.mentions.iter().any(|m| {
                            m.first == k
                                && m.last < d.first
                                && is_specific_place(ctx, m)
                                && *place != Some(m.mention.entity)
                        })
                }) && !tokens[r.last + 1..d.first].iter().any(|t| t.is("than"))
        })
        // "reports of the Paris summit on 6 January 2026, The Telegraph's report of 25
        // April": a date right after another event, before this one, is that event's.
        .filter(|d| {
            d.first > r.last
                || !tokens[d.last + 1..r.first].iter().any(|t| t.is(","))
                || !sentence.mentions.iter().any(|m| {
                    m.last < d.first
                        && d.first - m.last <= 2
                        && m.mention.entity != r.event
                        && matches!(
                            ctx.base.entities[m.mention.entity].kind,
                            EntityKind::Event | EntityKind::Document
                        )
                })
        })
        // "Finland joined in 2023 and Sweden in 2024, both citing Russia's invasion": an
        // event cited as a reason is not dated by what was done before it.
        .filter(|d| {
            d.first > r.last
                || !tokens[r.first.saturating_sub(3)..r.first]
                    .iter()
                    .any(|t| t.is_any(&["citing", "cited"]))
        })
        // "LONDON, Wednesday 7 January 2026 -- compiled for …": a dateline opening its
        // line dates the piece, not the event on the line before.
        .filter(|d| {
            let k = d.first;
            let city = k >= 2 && tokens[k - 1].is(",") && {
                let word = &text[tokens[k - 2].span.start..tokens[k - 2].span.end];
                word.len() >= 3 && word.chars().all(|c| c.is_ascii_uppercase())
            };
            let line_start = k >= 2
                && (k == 2
                    || text[tokens[k - 3].span.end..tokens[k - 2].span.start].contains('\n'));
            !(city && line_start && d.first > r.last)
        })
        // "Thursday 8 January 2026, 11:30 GMT": a dateline with its clock time.
        .filter(|d| {
            !tokens.get(d.last + 1).is_some_and(|t| t.is(","))
                || !tokens.get(d.last + 2).is_some_and(|t| {
                    t.norm.starts_with(|c: char| c.is_ascii_digit())
                        && (t.norm.contains(':')
                            || tokens
                                .get(d.last + 3)
                                .is_some_and(|c| c.is_any(&[":", "."])))
                })
        })
        // "within 100 days of his inauguration, a deadline that ran out at the end of
        // April": a date told of a noun set beside the event.
        .filter(|d| {
            d.first <= r.last
                || !(r.last + 1..d.first).any(|k| {
                    tokens[k].is(",")
                        && tokens
                            .get(k + 1)
                            .is_some_and(|t| t.is_any(&["a", "an", "the"]))
                        && tokens[k + 2..d.first.min(k + 5)]
                            .iter()
                            .any(|t| t.is_any(&["that", "which"]))
                })
        })
        // After "two days after the summit" a following date is relative to it; one
        // written into the event's own name ("after the 8 January summit") is not.
        .filter(|d| {
            // "after the Paris summit of 6 February" keeps its date; "after the summit, on
            // 8 January" does not.
            let comma_between =
                d.first > r.last && tokens[r.last + 1..d.first].iter().any(|t| t.is(","));
            let own = adjacent(d) && (!relative_event || d.last < r.first || !comma_between);
            // "Monday's edition said the Paris meeting …": a possessive date belongs to
            // the noun right after it.
            let possessive = tokens[d.last].norm.ends_with("'s")
                || tokens.get(d.last + 1).is_some_and(|t| t.is("'s"));
            // "Wednesday's coalition summit" is the summit's; "Monday's edition said the
            // Paris meeting" is the edition's.
            let named_between = d.last < r.first
                && r.first - d.last <= 3
                && !(d.last + 1..r.first).any(|k| speech::is_reporting(tokens, k));
            if possessive && d.last < r.first && !own && !named_between {
                return false;
            }
            // "Russia's annexation of Crimea in 2014 and its full-scale invasion": a date
            // before "and" is the first thing's.
            let coordinated =
                d.last < r.first && tokens[d.last + 1..r.first].iter().any(|t| t.is("and"));
            // "24 February 2026, the fourth anniversary of Russia's full-scale invasion".
            // "days of full-scale war that Ukraine marked in November 2024".
            let marked = d.first > r.last
                && tokens[r.last + 1..d.first]
                    .iter()
                    .any(|t| t.is_any(&["marked", "marks", "commemorated", "celebrated"]));
            let anniversary = marked
                || tokens[r.first.saturating_sub(3)..r.first]
                    .iter()
                    .any(|t| t.is_any(&["anniversary", "anniversaries"]));
            // "Behind the Paris summit lies the 28-point plan that emerged in November":
            // a relative clause of another noun holds the date.
            let other_relative = d.first > r.last + 2
                && (r.last + 2..d.first).any(|k| {
                    tokens[k].is_any(&["that", "which"])
                        && tokens[k - 1].kind == crate::claims::tokens::TokenKind::Word
                        && sentence.mentions.iter().any(|m| {
                            m.last + 1 == k && m.first > r.last && m.mention.entity != r.event
                        })
                });
            near(d)
                && !journey_after(d)
                && !coordinated
                && !anniversary
                && !other_relative
                && (own || !relative_event && !relative_date(tokens, d))
        })
        .min_by_key(|d| gap(d))
        // "On the evening of the Paris summit, Vladimir Putin, who served as prime minister
        // between 2008 and 2012": a date past a comma and someone else is theirs, and a
        // span of years is no event's date.
        .filter(|d| {
            let someone = d.first > r.last
                && tokens[r.last + 1..d.first].iter().any(|t| t.is(","))
                && sentence.mentions.iter().any(|m| {
                    m.first > r.last
                        && m.last < d.first
                        && ctx.base.entities[m.mention.entity].kind == EntityKind::Person
                });
            // "a first term from 2017 to 2021": either end of a span.
            let span_of_years = d.first > 0
                && (tokens[d.first - 1].is_any(&["between", "from"])
                    || tokens[d.first - 1].is_any(&["to", "until"])
                        && d.first >= 2
                        && tokens[d.first - 2]
                            .norm
                            .starts_with(|c: char| c.is_ascii_digit()));
            !someone && !span_of_years
        })
        // "An explainer (14 January) said …", "A timeline (The road to Paris, 9 January)",
        // "Your leader on Saturday": a publication's own date.
        .filter(|d| {
            // …unless the publication is the event ("The Telegraph report of 25 March").
            let other = |k: usize| !(r.first..=r.last).contains(&k);
            let in_parenthesis = (d.first.saturating_sub(7)..d.first).any(|k| {
                tokens[k].is("(")
                    && k > 0
                    && tokens[k - 1].is_any(PUBLICATIONS)
                    && other(k - 1)
                    && !tokens[k + 1..d.first].iter().any(|t| t.is(")"))
            });
            // "our coverage of Wednesday's summit": the date is the summit's, in its name.
            let summit_s = d.last + 1 == r.first && tokens[d.last].norm.ends_with("'s");
            let of_publication = d.first >= 2
                && tokens[d.first - 1].is_any(&["on", "of"])
                && tokens[d.first - 2].is_any(PUBLICATIONS)
                && other(d.first - 2)
                && !summit_s;
            !in_parenthesis && !of_publication
        })
        // "Your report on the Paris summit (7 January)": the publication's date.
        .filter(|d| {
            let about = tokens[start.max(r.first.saturating_sub(5))..r.first]
                .iter()
                .any(|t| t.is_any(PUBLICATIONS));
            !(about && d.first > r.last && d.first > 0 && tokens[d.first - 1].is("("))
        })
        // "**24 February 2026** - Fourth anniversary of the full-scale invasion": a date
        // heading an anniversary is the anniversary's.
        .or(head
            .filter(|_| {
                !tokens[..r.first]
                    .iter()
                    .any(|t| t.is_any(&["anniversary", "anniversaries"]))
            })
            .map(|h| h.date))
        // "On 5 January, leaders gathered in Paris": a date opening the sentence is that
        // of the meeting its main verb tells.
        .or_else(|| {
            sentence.dates.first().filter(|d| {
                r.verb
                    && d.first <= 1
                    && d.first >= start
                    && (d.first == 0 || tokens[0].is_any(&["on", "by"]))
                    && d.day.is_some()
                    && tokens.get(d.last + 1).is_some_and(|t| t.is(","))
                    && !tokens[d.last + 1..r.first]
                        .iter()
                        .any(|t| t.is_any(&["when", "after", "before", "since", "while", "as"]))
            })
        });
    // Leaders meet again and again: a meeting other than the draft's own, dated years
    // away, is another one ("Trump met Putin in Helsinki in 2018"); the draft's own
    // meeting given the wrong year is an error.
    let other_place = sentence.mentions.iter().any(|m| {
        m.first >= start
            && m.last < end
            && Some(m.mention.entity) != *place
            && matches!(
                ctx.base.entities[m.mention.entity].kind,
                EntityKind::Place | EntityKind::Country
            )
            && is_specific_place(ctx, m)
    });
    // Only a verb tells of the meeting ("2025 - European leaders gather in London"): in
    // another year, it is another gathering.
    // "In Gaza, the ceasefire agreed in October remains fragile. World leaders gathered at
    // Sharm el-Sheikh that month": a month named in the sentence before.
    // Told only by a verb of meeting ("leaders met"), not by who met where.
    let by_verb = r.verb && !r.placed;
    let that_month = by_verb
        && other_place
        && tokens
            .windows(2)
            .any(|w| w[0].is_any(&["that", "same"]) && w[1].is_any(&["month", "week", "day"]))
        && date.is_some_and(|right| {
            ctx.analysis.before_in_block(sentence).is_some_and(|p| {
                p.dates
                    .iter()
                    .any(|d| super::months_apart(right, d).is_some_and(|n| n >= 1))
            })
        });
    // "18 February -- US and Russian delegations meet in Riyadh": another place and
    // another month as well.
    let another_era = is_meeting(ctx, r.event)
        && (main != Some(r.event) || other_place || r.generic || r.verb)
        && date.is_some_and(|right| {
            let apart = if by_verb { 1 } else { 2 };
            sentence
                .dates
                .iter()
                .filter(|d| near(d))
                .chain(head.map(|h| h.date))
                .any(|d| {
                    d.year.is_some_and(|y| (y - right.year).abs() >= apart)
                        || by_verb
                            && other_place
                            && super::months_apart(right, d).is_some_and(|n| n >= 1)
                })
        });
    // A name that does not say where ("drone attack", "Trump met Putin") with another
    // place attached is another event, unless it is the draft's own meeting: "a Russian
    // drone attack on Kyiv killed two workers".
    let named_without_place = !r.generic
        && place.is_some_and(|p| {
            let place_name = ctx.base.entities[p].name.to_lowercase();
            !tokens[r.first..=r.last].iter().any(|t| {
                place_name
                    .split_whitespace()
                    .any(|w| t.norm.trim_end_matches("'s") == w)
            })
        });
    // …but dated as the event it is that event: "August 2025: Trump meets Putin in
    // Helsinki".
    let dated_as_event = attached
        .into_iter()
        .chain(sentence.dates.iter().filter(|d| near(d)))
        .any(|d| {
            date.is_some_and(|right| {
                d.month.is_some()
                    && d.month == right.month
                    && d.year.is_none_or(|y| y == right.year)
                    && (d.day.is_none() || d.day == right.day)
            })
        });
    // …or with someone the source names there: "Starmer revived the phrase at a
    // gathering of European leaders in Brussels" (it was in London).
    // "He first floated the idea at a gathering …", of Starmer in the sentences before.
    let people = ctx.index.witnesses.get(&fact_id);
    let witnessed = people.is_some_and(|people| {
        sentence.mentions.iter().any(|m| {
            people.contains(&m.mention.entity)
                && (m.last < r.first || m.first > r.last)
                && m.first >= start
                && m.last < end
        }) || he_refers_to(ctx, sentence, start, r.first).is_some_and(|p| people.contains(&p))
    });
    // "Trump met Putin in Riyadh", "his summit with Putin in Helsinki": a meeting named by
    // all the people it was between is that meeting wherever the draft puts it.
    let between_its_people = {
        let participants = happening_participants(ctx, r.event);
        !participants.is_empty()
            && participants.iter().all(|p| {
                // …inside the event's own name ("Trump's meeting with Putin").
                let surname = ctx.base.entities[*p]
                    .name
                    .rsplit(' ')
                    .next()
                    .unwrap_or_default()
                    .to_lowercase();
                tokens[r.first..=r.last]
                    .iter()
                    .any(|t| t.norm.trim_end_matches("'s") == surname)
                    || sentence
                        .mentions
                        .iter()
                        .any(|m| m.mention.entity == *p && m.first >= start && m.last < end)
                    || he_refers_to(ctx, sentence, start, r.last + 1) == Some(*p)
            })
    };
    // …unless dated as another known event: "met at a gathering of European leaders in
    // Paris on 6 January" is the Paris summit.
    let dated_as_other = sentence.dates.iter().any(|d| {
        d.day.is_some()
            && ctx.index.events.keys().any(|&e| {
                e != r.event
                    && super::happening(ctx, e)
                        .date
                        .is_some_and(|o| o.day == d.day && o.month == d.month)
            })
    });
    // "As the leaders were leaving Paris, a drone attack set tanks ablaze in Belgorod":
    // the event's own place named keeps it the event.
    let own_place = place.is_some_and(|p| {
        sentence
            .mentions
            .iter()
            .any(|m| m.mention.entity == p && m.first >= start && m.last < end)
    });
    let elsewhere = named_without_place
        && !own_place
        && !between_its_people
        && main != Some(r.event)
        && !dated_as_event
        && (!witnessed || dated_as_other)
        && (other_place || super::unknown_place_in(ctx, sentence, start, end));
    // "Prime Minister Mark Carney, who took office in March 2025": a generic name of a
    // person's event ("took office" for Trump's inauguration) told of someone else.
    let generic_name = text[tokens[r.first].span.start..tokens[r.last].span.end]
        .chars()
        .all(|c| !c.is_uppercase());
    // …a person the fact base knows ("Trump" of "Trump's inauguration", not "Paris"),
    // named in full with a title or not ("President Donald Trump").
    let owners = ctx
        .index
        .event_owners
        .get(&r.event)
        .map_or(&[][..], Vec::as_slice);
    let owner_named = |k: usize| {
        sentence.mentions.iter().any(|m| {
            (m.first.saturating_sub(2)..=m.last).contains(&k) && owners.contains(&m.mention.entity)
        })
    };
    // "Mr Macron has promised …, roughly double its level when he took office in 2017":
    // another person named in the sentence, and none of the event's own.
    let person_named = sentence.mentions.iter().any(|m| {
        m.last < r.first
            && ctx.base.entities[m.mention.entity].kind == EntityKind::Person
            && !owners.contains(&m.mention.entity)
    }) && !sentence
        .mentions
        .iter()
        .any(|m| owners.contains(&m.mention.entity));
    // "President Karol Nawrocki, who … took office on 6 August": the relative clause of
    // someone the fact base does not know.
    let whose = (start.max(2)..r.first)
        .rev()
        .find(|&k| tokens[k].is("who") && tokens[k - 1].is(","));
    let unknown_head = whose.is_some_and(|k| {
        let head = &tokens[k - 2];
        text[head.span.start..].starts_with(char::is_uppercase)
            && !sentence
                .mentions
                .iter()
                .any(|m| m.first <= k - 2 && k - 2 <= m.last)
    });
    // "… double what it was when he took office in 2017", of Macron in the sentences
    // before.
    let pronoun_else = r.first > 0
        && tokens[r.first.saturating_sub(2)..r.first]
            .iter()
            .any(|t| t.is_any(&["he", "she"]))
        && sentence
            .previous_person
            .is_some_and(|p| !owners.contains(&p))
        // "Before that he was defence minister, taking office in September 2023", of
        // someone the fact base does not know.
        || sentence.previous_person.is_none()
            && tokens[start..r.first]
                .iter()
                .any(|t| t.is_any(&["he", "she"]))
            && !sentence
                .mentions
                .iter()
                .any(|m| owners.contains(&m.mention.entity));
    // "Carney was sworn in as prime minister", "Poland's president, sworn in last
    // August": a bare participle is the owner's only with the owner named, or "he" of
    // the owner.
    let participle = tokens[r.last].norm.ends_with("ed") || tokens[r.last].is("in");
    let owner_here = sentence
        .mentions
        .iter()
        .any(|m| owners.contains(&m.mention.entity))
        || sentence
            .previous_person
            .is_some_and(|p| owners.contains(&p))
            && tokens[..r.first]
                .iter()
                .any(|t| t.is_any(&["he", "his", "him"]));
    // "The first time Donald Trump was sworn in, on 20 January 2017", "inaugurated in
    // January 2017": a person's event years away, or a first one, is another term.
    let another_term = !owners.is_empty()
        && (tokens[start..=r.first].windows(2).any(|w| {
            w[0].is("first") && w[1].is_any(&["time", "term", "inauguration", "presidency"])
        }) || date.is_some_and(|right| {
            sentence
                .dates
                .iter()
                .any(|d| near(d) && d.year.is_some_and(|y| (y - right.year).abs() >= 3))
        }));
    let someone_else = another_term
        || !r.generic
        && generic_name
        && !owners.is_empty()
        && (person_named || unknown_head || pronoun_else || participle && !owner_here)
        || !r.generic
            && generic_name
            && !owners.is_empty()
            && (start.max(r.first.saturating_sub(6))..r.first).any(|k| {
                let t = &tokens[k];
                k > 0
                    && !owner_named(k)
                    && t.kind == crate::claims::tokens::TokenKind::Word
                    && text[t.span.start..].starts_with(char::is_uppercase)
                    && crate::date::month_number(&t.norm).is_none()
                    && Weekday::parse(&t.norm).is_none()
            })
        // "Chancellor Friedrich Merz has made rearmament the priority of his government
        // since taking office": a full name the fact base does not know, further back.
        || !r.generic
            && generic_name
            && !owners.is_empty()
            && !sentence.mentions.iter().any(|m| owners.contains(&m.mention.entity))
            && (start.max(r.first.saturating_sub(16)).max(1)..r.first).any(|k| {
                let capital = |t: &crate::claims::tokens::Token| {
                    t.kind == crate::claims::tokens::TokenKind::Word
                        && text[t.span.start..].starts_with(char::is_uppercase)
                };
                let unknown = |k: usize| !sentence.mentions.iter().any(|m| m.first <= k && k <= m.last);
                capital(&tokens[k])
                    && tokens.get(k + 1).is_some_and(capital)
                    && unknown(k)
                    && unknown(k + 1)
                    && crate::date::month_number(&tokens[k + 1].norm).is_none()
            });
    // "talks convened by Keir Starmer in London in early 2025", "The coalition was
    // convened … in 2025": a meeting word with only another year is another meeting.
    let other_year = r.generic
        && date.is_some_and(|right| {
            sentence
                .dates
                .iter()
                .any(|d| near(d) && d.month.is_none() && d.year.is_some_and(|y| y != right.year))
        });
    // "Starmer revived the phrase when European leaders gathered in London": a meeting
    // told by its verb, with the place and a witness of another known meeting, is that
    // one.
    // (Not when dated as the draft's own meeting: "gathered in London in January", "met
    // this morning in London", "met in London on Tuesday".)
    let dated_as_main = || {
        date.is_some_and(|right| {
            sentence.dates.iter().any(|d| {
                d.weekday.is_some() || super::months_apart(right, d).is_some_and(|n| n == 0)
            })
        }) || tokens.iter().any(|t| t.is_any(TIME_OF_DAY))
    };
    let other_meeting =
        r.verb && !dated_as_main() && ctx.index.witnesses.iter().any(|(&other, people)| {
            other != fact_id
                && matches!(&ctx.base.facts[other].data, FactData::Happened { place: Some(p), .. }
                    if sentence.mentions.iter().any(|m| m.mention.entity == *p))
                && sentence
                    .mentions
                    .iter()
                    .any(|m| people.contains(&m.mention.entity))
        });
    // "In 2008, Russia's invasion of Georgia": the event's name, of somewhere else.
    let of_elsewhere = tokens.get(r.last + 1).is_some_and(|t| t.is("of"))
        && tokens.get(r.last + 2).is_some_and(|t| {
            t.kind == crate::claims::tokens::TokenKind::Word
                && text[t.span.start..].starts_with(char::is_uppercase)
                && crate::date::month_number(&t.norm).is_none()
                // ("the Paris summit of Ukraine's allies": whose, not where.)
                && !t.norm.ends_with("'s")
                && !tokens.get(r.last + 3).is_some_and(|n| n.is("'s"))
                // A place the fact base knows is the event's own, or, for an event with
                // no place of its own ("the full-scale invasion of Ukraine"), any.
                && !sentence.mentions.iter().any(|m| {
                    m.first == r.last + 2
                        && matches!(
                            ctx.base.entities[m.mention.entity].kind,
                            EntityKind::Country | EntityKind::Place
                        )
                        && place.is_none_or(|p| p == m.mention.entity)
                })
        });
    // "In his first term, Trump met Putin in Helsinki": a meeting of another term.
    let first_term = is_meeting(ctx, r.event)
        && tokens.windows(2).any(|w| {
            w[0].is_any(&["first", "previous", "earlier"])
                && w[1].is_any(&["term", "presidency", "administration", "stint"])
        });
    if another_era
        || first_term
        || that_month
        || elsewhere
        || someone_else
        || other_year
        || other_meeting
        || of_elsewhere
    {
        return;
    }
    // A meeting word ("the coalition met in Paris on March 27, 2025") dated months away,
    // in another month, is another meeting; a wrong date is a slip of days or a year.
    // Leaders met in Paris in March 2025 too: a meeting named by a verb and its place
    // ("met in Paris") is another one as well when dated months away, and so is any
    // named meeting dated a season away ("After a coalition meeting in Paris" on 4
    // September); "the Alaska summit in June" is that summit with the wrong month.
    let named_by_verb = tokens[r.first..=r.last]
        .iter()
        .any(|t| t.is_any(MEETING_VERBS));
    let least_apart = if r.generic || named_by_verb { 2 } else { 3 };
    let months_away = |d: &DateExpr| {
        !r.placed
            && (r.generic || is_meeting(ctx, r.event))
            && date.is_some_and(|right| {
                d.month != right.month
                    && super::months_apart(right, d).is_some_and(|n| n >= least_apart)
            })
    };
    // "the alliance's 2008 Bucharest summit": a meeting named by another place.
    let named_elsewhere = r.generic
        && r.first > 0
        && super::unknown_place_in(ctx, sentence, r.first.saturating_sub(2), r.first + 1)
        || r.generic
            && r.first > 0
            && tokens[r.first - 1].kind == crate::claims::tokens::TokenKind::Word
            && text[tokens[r.first - 1].span.start..].starts_with(char::is_uppercase)
            && r.first - 1 > start
            && {
                let word = tokens[r.first - 1].norm.trim_end_matches("'s");
                Weekday::parse(word).is_none() && crate::date::month_number(word).is_none()
            }
            && !sentence
                .mentions
                .iter()
                .any(|m| m.first < r.first && r.first - 1 <= m.last);
    if named_elsewhere {
        return;
    }
    if attached.is_some_and(months_away) {
        return;
    }
    // "Russia, which annexed Crimea in 2014 and launched its full-scale invasion eight
    // years later": a date the event is told relative to.
    let told_later = tokens[r.last + 1..end.min(r.last + 5)]
        .iter()
        .any(|t| t.is_any(&["later", "earlier"]));
    let attached = attached.filter(|d| !(told_later && d.last < r.first));
    // "The Paris talks followed weeks of pressure over the 28-point plan drawn up in
    // November": a date nearer another event or document named between is theirs.
    let attached = attached.filter(|d| {
        let (from, to) = if d.first > r.last {
            (r.last + 1, d.first)
        } else {
            (d.last + 1, r.first)
        };
        !sentence.mentions.iter().any(|m| {
            m.mention.entity != r.event
                && m.first >= from
                && m.last < to
                && matches!(
                    ctx.base.entities[m.mention.entity].kind,
                    EntityKind::Document | EntityKind::Event
                )
        })
    });
    // An event the sources date only by its weekday ("late on Tuesday") given a calendar
    // date months from their reports is another one: "Operation Spiderweb on Sunday, June
    // 1, 2025".
    let reported = fact
        .evidence
        .iter()
        .find_map(|e| ctx.base.sources[e.source].published);
    let another_time = date.is_none()
        && attached.is_some_and(|d| {
            let (Some(m), Some(p)) = (d.month, reported) else {
                return false;
            };
            let p_month = p.month.map_or(0, i32::from);
            let at = d.year.unwrap_or(p.year) * 12 + i32::from(m);
            (at - (p.year * 12 + p_month)).abs() >= 2
        });
    if another_time {
        return;
    }
    if let Some(d) = attached {
        let name = &ctx.base.entities[r.event].name;
        let span = d.span;
        let words = quote_draft(text, span);
        // Found by its day and month, an event can still be given the wrong year.
        let conflicts = |right: &Date| {
            if r.by_date {
                d.year.is_some_and(|y| y != right.year)
            } else {
                date_conflicts(*right, d)
            }
        };
        if let Some(right) = date.filter(conflicts) {
            let mut diag = finding(
                ctx.base,
                "event-date",
                fact,
                span,
                format!("“{words}”: {} was {}", the(name), on_date(right)),
            );
            diag.help = Some(format!("{} took place {}", the(name), on_date(right)));
            out.push(diag);
        }
        // "members talked about little else at Saturday's meeting", in a draft dated six
        // days after the summit: the last Saturday came after it, so it is another
        // meeting.
        let weak_word = tokens[r.first..=r.last]
            .iter()
            .all(|t| t.is_any(WEAK_MEETING));
        let held = super::happening(ctx, r.event);
        let of_the_meeting = sentence.mentions.iter().any(|m| {
            Some(m.mention.entity) == held.place || Some(m.mention.entity) == held.attendees
        });
        let later_meeting = r.generic
            && weak_word
            && !of_the_meeting
            && d.day.is_none()
            && d.month.is_none()
            && d.weekday.is_some_and(|w| {
                let (Some(now), Some(held)) = (
                    ctx.as_of.filter(|a| a.is_full()),
                    date.filter(|e| e.is_full()),
                ) else {
                    return false;
                };
                let Some(today) = now.weekday() else {
                    return false;
                };
                let back = (today.index() + 7 - w.index()) % 7;
                now.ordinal() - back as i64 > held.ordinal()
            });
        // "Tuesday 25 March 2025" of an event a month later: the date is wrong or another
        // one; its weekday is right for it.
        let other_day = d.day.is_some()
            && d.month.is_some()
            && date.is_some_and(|e| e.day.is_some() && e.month != d.month);
        if let (Some(w), Some(expected), false) = (
            d.weekday,
            weekday.or_else(|| date.and_then(Date::weekday)),
            later_meeting || other_day,
        ) {
            if w != expected {
                out.push(weekday_finding(
                    ctx, sentence, fact, d, w, expected, date, name,
                ));
            }
        }
    }
    // "summit in Berlin", "the Berlin summit": a place attached to the event.
    let Some(right) = place else { return };
    // "**18 August 2025, Washington** - … three days after Trump met Putin in Alaska":
    // an event told with its own place is not the one the entry's place heads.
    let own_place_told = sentence.mentions.iter().any(|e| {
        e.mention.entity == r.event
            && sentence
                .mentions
                .iter()
                .any(|o| o.mention.entity == *right && o.first > e.last && o.first - e.last <= 3)
    });
    for m in &sentence.mentions {
        let headed =
            head.is_some_and(|h| h.place.is_some_and(|p| p.first == m.first)) && !own_place_told;
        if (m.first < start || m.last >= end) && !headed {
            continue;
        }
        // "the summit, held in Berlin" is its place; "since the summit, officials in
        // London …" is someone else's.
        let across_comma = m.first > r.last
            && tokens[r.last + 1..m.first]
                .iter()
                .enumerate()
                .any(|(k, t)| {
                    t.is(",")
                        && !tokens.get(r.last + 2 + k).is_some_and(|n| {
                            n.is_any(&["held", "hosted", "which", "that", "convened"])
                        })
                });
        // Only words that tell where it was held stand between: "the summit, held on
        // Tuesday in Berlin"; "the Iraq war is remembered in Britain" is not its place.
        let placing = |k: usize| {
            tokens[k].is_any(&[
                "held",
                "took",
                "place",
                "was",
                "were",
                "is",
                "which",
                "that",
                "convened",
                "staged",
                "hosted",
                "happened",
                ",",
                "on",
                "of",
                "the",
                "late",
                "early",
                "this",
                "last",
                "there",
                "finally",
                "eventually",
                "down",
                "at",
                "leader",
                "leaders",
                "level",
                "ministerial",
                "first",
                "a",
                "an",
                "its",
                "their",
            ]) || tokens[k].is_any(TIME_OF_DAY)
                || tokens[k].is_any(STRONG_MEETING)
                || tokens[k].is_any(WEAK_MEETING)
                || sentence.dates.iter().any(|d| d.first <= k && k <= d.last)
                || sentence.mentions.iter().any(|o| {
                    o.first <= k
                        && k <= o.last
                        && matches!(
                            ctx.base.entities[o.mention.entity].kind,
                            EntityKind::Group | EntityKind::Organisation
                        )
                })
        };
        let after = m.first > r.last
            && m.first - r.last <= 5
            && m.first > 0
            && tokens[m.first - 1].is_any(&["in", "at"])
            && (r.last + 1..m.first - 1).all(placing)
            && !across_comma;
        // "the Brussels talks"; but "envoys from Washington sat down" is who met.
        let before = r.generic
            && !r.verb
            && m.last + 1 == r.first
            && !(m.first > 0 && tokens[m.first - 1].is("from"));
        // "- 5 January: coalition summit, Paris": a place after a comma ending the entry.
        let entry = head.is_some()
            && m.first == r.last + 2
            && tokens[r.last + 1].is(",")
            && tokens
                .get(m.last + 1)
                .is_none_or(|t| t.is_any(&["(", ";", ".", "—", "–"]));
        let by_date_before = r.by_date
            && m.last < r.first
            && r.first - m.last <= 3
            && m.first > 0
            && tokens[m.first - 1].is_any(&["in", "at"]);
        if !(after || before || by_date_before || entry || headed)
            || m.mention.entity == *right
            || !is_specific_place(ctx, m)
        {
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
                "“{}”: {} was in {place_name}",
                quote_draft(text, span),
                the(name)
            ),
        );
        diag.help = Some(format!("{} took place in {place_name}", the(name)));
        diag.fix = Some(Fix {
            span,
            replacement: place_name.clone(),
        });
        out.push(diag);
    }
}

#[allow(clippy::too_many_arguments)]
fn weekday_finding(
    ctx: &Context<'_>,
    sentence: &Sentence,
    fact: &Fact,
    d: &DateExpr,
    w: Weekday,
    expected: Weekday,
    date: &Option<Date>,
    name: &str,
) -> Diagnostic {
    let tokens = &sentence.tokens;
    let text = ctx.analysis.draft.text;
    let words = quote_draft(text, d.span);
    let mut diag = finding(
        ctx.base,
        "event-weekday",
        fact,
        d.span,
        format!("“{words}”: {} was on a {}", the(name), expected.name()),
    );
    diag.help = Some(format!(
        "{} was on {}",
        the(name),
        date.map_or(expected.name().to_owned(), |d| format!(
            "{}, {}",
            expected.name(),
            show_date(d)
        ))
    ));
    let weekday_token = (d.first..=d.last)
        .find(|&k| Weekday::parse(tokens[k].norm.trim_end_matches("'s")).is_some());
    if let Some(k) = weekday_token {
        let ws = tokens[k].span;
        let written = &text[ws.start..ws.end];
        let suffix = written.get(w.name().len()..).unwrap_or("");
        diag.fix = Some(Fix {
            span: ws,
            replacement: format!("{}{suffix}", expected.name()),
        });
    }
    diag
}

/// "Wednesday, 6 January" for an event held on Tuesday 6 January: the weekday is wrong
/// whatever the sentence calls the event.
fn weekday_of_known_date(ctx: &Context<'_>, sentence: &Sentence, out: &mut Vec<Diagnostic>) {
    for d in sentence
        .dates
        .iter()
        .filter(|d| d.weekday.is_some() && d.day.is_some())
    {
        for facts in ctx.index.events.values() {
            for &f in facts {
                let fact = &ctx.base.facts[f];
                let FactData::Happened {
                    event,
                    date: Some(date),
                    ..
                } = &fact.data
                else {
                    continue;
                };
                let (Some(expected), Some(w)) = (date.weekday(), d.weekday) else {
                    continue;
                };
                let same_day = date.day == d.day
                    && date.month == d.month
                    && d.year.is_none_or(|y| y == date.year);
                if same_day && w != expected && !out.iter().any(|o| o.span.overlaps(d.span)) {
                    let name = ctx.base.entities[*event].name.clone();
                    out.push(weekday_finding(
                        ctx,
                        sentence,
                        fact,
                        d,
                        w,
                        expected,
                        &Some(*date),
                        &name,
                    ));
                }
            }
        }
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
                    // A seat of government names the government, not a place that can
                    // contradict a summit's city ("Elysee talks" in Paris).
                    && !["Élysée", "Elysee", "Kremlin", "Pentagon", "White House", "Palace"]
                        .iter()
                        .any(|seat| written.contains(seat))
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

pub(crate) fn date_conflicts(right: Date, d: &DateExpr) -> bool {
    let year = matches!((right.year, d.year), (r, Some(y)) if r != y);
    let month = matches!((right.month, d.month), (Some(r), Some(m)) if r != m);
    let day = matches!((right.day, d.day), (Some(r), Some(x)) if r != x);
    year || month || day
}

/// "the Paris summit", but "Trump's inauguration".
fn the(name: &str) -> String {
    let first = name.split_whitespace().next().unwrap_or("");
    if first.ends_with("'s") || first.ends_with("’s") || first == "The" {
        name.to_owned()
    } else {
        format!("the {name}")
    }
}

/// "on 6 January 2026", "in August 2025", "in 2022".
fn on_date(d: Date) -> String {
    let preposition = if d.day.is_some() { "on" } else { "in" };
    format!("{preposition} {}", show_date(d))
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

#[cfg(test)]
mod tests {
    use crate::checks::test_support::{flags, silent};

    #[test]
    fn wrong_date_weekday_and_place() {
        flags(
            "Leaders met at the Paris summit on 8 January.",
            "event-date",
            "8 January",
        );
        flags(
            "Monday's Paris summit ended without a deal.",
            "event-weekday",
            "Monday's",
        );
        flags(
            "The coalition met at a summit in Berlin on 6 January.",
            "event-place",
            "Berlin",
        );
        flags(
            "The 2026 summit was held on Wednesday, 6 January.",
            "event-weekday",
            "Wednesday, 6 January",
        );
    }

    #[test]
    fn timeline_entries_date_and_place_their_event() {
        let timeline = "The Paris summit of the coalition of the willing ended on Tuesday.\n\n\
            July 2025: Trump meets Putin in Alaska.\n\n\
            7 January 2026: coalition of the willing leaders meet in Paris.\n\n\
            6 January 2026, Rome — Coalition summit; the US endorses the guarantees.\n\n\
            August 2025 — Trump meets Putin in Helsinki.";
        flags(timeline, "event-date", "July 2025");
        flags(timeline, "event-date", "7 January 2026");
        flags(timeline, "event-place", "Rome");
        flags(timeline, "event-place", "Helsinki");
        // Other meetings months away, and talks before the summit, are other entries.
        let others = "The Paris summit of the coalition of the willing ended on Tuesday.\n\n\
            27 March 2025: Leaders meet in Paris to discuss a reassurance force.\n\n\
            October 2025 — World leaders gather in Sharm el-Sheikh.\n\n\
            5 January — Envoys hold preparatory talks in Paris.";
        silent(others, "event-date");
        silent(others, "event-place");
    }

    #[test]
    fn meetings_told_by_verbs_tables_and_dates_written_into_them() {
        let main = "The Paris summit of the coalition of the willing ended on Tuesday. ";
        flags(
            &format!("{main}When the coalition sat down in Geneva on 6 January, hopes were high."),
            "event-place",
            "Geneva",
        );
        flags(
            &format!("{main}The coalition of the willing convenes in Brussels, hosted by Macron."),
            "event-place",
            "Brussels",
        );
        flags(
            &format!("{main}Nobody would say on the record at the Jan. 5 talks."),
            "event-date",
            "Jan. 5",
        );
        flags(
            &format!("{main}On 5 January, leaders and envoys from 35 countries gathered in the French capital."),
            "event-date",
            "5 January",
        );
        flags(
            "Starmer revived the phrase at a gathering of European leaders in Munich.",
            "event-place",
            "Munich",
        );
        silent(
            &format!("{main}Leaders will meet in Brussels in February."),
            "event-place",
        );
        silent(
            &format!("{main}The plan was reworked after US and Ukrainian delegations met in Geneva later that month."),
            "event-place",
        );
        silent(
            &format!("{main}Rutte praised the president at the alliance's summit in The Hague."),
            "event-place",
        );
        silent(
            &format!(
                "{main}His Gaza plan, praised by leaders who gathered at Sharm el-Sheikh, stalled."
            ),
            "event-place",
        );
        silent(
            "Your report on the Paris summit (7 January) was excellent.",
            "event-date",
        );
        flags(
            "The Paris summit (7 January) was a success.",
            "event-date",
            "7 January",
        );
    }

    #[test]
    fn relative_and_other_dates_stay_silent() {
        silent(
            "Two days after the Paris summit, on 8 January, Zelenskyy spoke.",
            "event-date",
        );
        silent(
            "Leaders met at the Paris summit on Tuesday, January 6.",
            "event-date",
        );
        silent(
            "The Paris summit was a success. The next summit is planned for 12 March.",
            "event-date",
        );
    }

    #[test]
    fn the_meetings_place_with_a_date_where_its_attendees_are_named() {
        flags(
            "Officials reacted to the pledge made by the coalition of the willing in Paris on January 10.",
            "event-date",
            "January 10",
        );
        silent(
            "Coalition leaders met again in Paris on 7 February.",
            "event-date",
        );
        silent(
            "Zelenskyy was in Paris on 7 January for talks with Macron.",
            "event-date",
        );
        silent(
            "The coalition of the willing met in Paris on 6 January.",
            "event-date",
        );
    }

    #[test]
    fn a_meeting_named_by_who_met_and_where() {
        flags(
            "He met Vladimir Putin in Alaska in June without a breakthrough.",
            "event-date",
            "June",
        );
        flags(
            "Shares have swung since Trump met Putin in Alaska last June.",
            "event-date",
            "June",
        );
        flags(
            "Since Donald Trump met Vladimir Putin in Helsinki in August, Europe has tried.",
            "event-place",
            "Helsinki",
        );
        silent("Trump met Putin in Helsinki in 2018.", "event-place");
        silent(
            "Trump will meet Putin in Budapest in October.",
            "event-date",
        );
        silent("Trump met Putin in Alaska in August 2025.", "event-date");
    }

    #[test]
    fn held_only_of_a_meeting_and_dates_of_other_things() {
        silent(
            "Ukraine, which since 2023 has celebrated Christmas on the twenty-fifth of December, held no national holiday.",
            "event-date",
        );
        flags(
            "The coalition, which held its summit on 8 January, agreed.",
            "event-date",
            "8 January",
        );
        silent(
            "Russia's annexation of Crimea in 2014 and its full-scale invasion left those assurances in tatters.",
            "event-date",
        );
        silent(
            "Macron hosted earlier coalition talks in Paris on March 27 and Sept. 4, 2025.",
            "event-date",
        );
        flags(
            "Welcome to our live coverage of Wednesday's coalition of the willing summit in Paris.",
            "event-weekday",
            "Wednesday's",
        );
    }

    #[test]
    fn a_meeting_participle_after_a_comma() {
        flags(
            "The Paris summit matters. The coalition of the willing, meeting today in Brussels, grew out of a London gathering.",
            "event-place",
            "Brussels",
        );
    }

    #[test]
    fn weekdays_with_the_meetings_place() {
        flags(
            "The pledge came at a summit held on Monday in Paris, attended by leaders from 35 countries.",
            "event-weekday",
            "Monday",
        );
        silent(
            "Coalition leaders will meet in Paris again on Monday.",
            "event-weekday",
        );
    }

    #[test]
    fn a_place_naming_the_meeting() {
        flags(
            "The Paris summit was a success. The Brussels talks today were about signalling.",
            "event-place",
            "Brussels",
        );
        // Talks with no one said to meet and no time may be someone else's.
        silent(
            "The Paris summit was a success. The Geneva talks stalled.",
            "event-place",
        );
        silent(
            "The Paris summit was a success. The Brussels meeting of NATO defence ministers follows.",
            "event-place",
        );
        silent(
            "The Paris summit was a success. Witkoff has led Washington's talks with Russia.",
            "event-place",
        );
    }

    #[test]
    fn envoys_staying_on_or_coming_back_are_no_meeting() {
        silent(
            "Coalition envoys will be in Paris on Friday.",
            "event-weekday",
        );
        silent(
            "Several leaders stayed on in Paris on 7 January to see Macron.",
            "event-date",
        );
    }

    #[test]
    fn other_events_by_their_usual_names_and_meetings_of_another_era() {
        flags("Trump meets Putin in Helsinki.", "event-place", "Helsinki");
        silent(
            "The Paris summit was on 6 January. Trump met Putin in Helsinki in 2018.",
            "event-place",
        );
        silent(
            "The coalition of the willing met at a gathering of European leaders in Paris on 6 January.",
            "event-place",
        );
        silent(
            "A planned Trump-Putin summit in Budapest was called off in October 2025.",
            "event-date",
        );
        silent("Zelenskyy was inaugurated in May 2019.", "event-date");
        silent(
            "A Russian drone attack on Kyiv killed two workers on Monday.",
            "event-weekday",
        );
        silent(
            "A Russian drone strike on Kharkiv killed two people on Monday.",
            "event-weekday",
        );
        // The draft's own meeting with the wrong year is still wrong.
        flags(
            "The Paris summit on 6 January 2024 brought together 35 countries.",
            "event-date",
            "6 January 2024",
        );
        flags(
            "No civilian flights have been possible since the full-scale invasion began in 2014.",
            "event-date",
            "2014",
        );
        silent(
            "Trump's first inauguration in January 2017 was different.",
            "event-date",
        );
        let d = crate::checks::test_support::diagnostics(
            "Donald Trump is inaugurated for his second term on 20 January 2024.",
        );
        let date = d.iter().find(|d| d.code == "event-date").expect("flagged");
        assert!(
            date.message
                .ends_with("Trump's inauguration was in January 2025"),
            "{}",
            date.message
        );
    }

    #[test]
    fn corrections_in_the_publications_own_voice_or_under_a_heading() {
        silent(
            "In episode 117 we said the Paris summit was held on a Monday. It was held on Tuesday, 6 January. We apologise for the error.",
            "event-weekday",
        );
        let text = "06:00 | CORRECTION\nA preview alert gave the day of the Paris summit as Monday. The summit was held on Tuesday, 6 January.\n";
        let found = crate::checks::test_support::diagnostics(text);
        assert!(
            !found.iter().any(|d| d.code == "event-weekday"),
            "{found:?}"
        );
    }

    #[test]
    fn realistic_copy_other_meetings_and_corrections() {
        silent(
            "The Paris summit mattered. Ukraine was told at the alliance's 2008 Bucharest summit that it would one day join.",
            "event-date",
        );
        silent(
            "The Paris summit mattered. The coalition met at leaders' level in Paris on March 27, 2025, when around 30 countries were represented.",
            "event-date",
        );
        flags(
            "The Paris summit mattered. Leaders left Thursday's summit without a deal.",
            "event-weekday",
            "Thursday's",
        );
        silent(
            "In episode 147 we said the Paris summit would be held on Wednesday 7 January. It was held on Tuesday 6 January. Apologies.",
            "event-date",
        );
        silent(
            "Yesterday's edition said the Paris summit would begin on Monday; it took place on Tuesday.",
            "event-weekday",
        );
    }

    #[test]
    fn an_event_elsewhere_unless_dated_as_it_or_with_its_people() {
        let main = "The Paris summit of the coalition of the willing ended on Tuesday. ";
        flags(
            &format!(
                "{main}Relations have swung since Trump's meeting with Putin in Riyadh in August."
            ),
            "event-place",
            "Riyadh",
        );
        flags(
                        &format!("{main}Keir Starmer dusted off the phrase at a gathering of European leaders in The Hague."),
            "event-place",
            "The Hague",
        );
        // Named by the people it was between, or by "he" of one of them.
        flags(
            &format!("{main}It came months after Trump met Putin in Istanbul, to little effect."),
            "event-place",
            "Istanbul",
        );
        flags(
            &format!(
                "{main}Trump was furious. His summit with Putin in Helsinki had gone nowhere."
            ),
            "event-place",
            "Helsinki",
        );
        flags(
            &format!("{main}Keir Starmer is patient. He first floated the idea at a gathering of European leaders in Munich."),
            "event-place",
            "Munich",
        );
        // Another term, another pair, someone else's "he".
        silent(
            &format!("{main}In his first term, Trump met Putin in Helsinki."),
            "event-place",
        );
        silent(
            &format!("{main}Macron flew in. His meeting with Putin in Moscow was long."),
            "event-place",
        );
        silent(
            &format!("{main}Emmanuel Macron waited. He first floated the idea at a gathering of European leaders in Munich."),
            "event-place",
        );

        silent(
            &format!("{main}At a gathering of European leaders in Brussels, Macron said more was needed."),
            "event-place",
        );
        silent(
            &format!("{main}Trump met Putin in Helsinki in 2018."),
            "event-place",
        );
    }

    #[test]
    fn corrections_apologies_and_dates_that_are_someone_elses() {
        silent(
            "At about 14:20 Dominic refers to the Paris summit as having taken place on Monday. The summit took place on Tuesday 6 January. We regret the error.",
            "event-weekday",
        );
        silent(
            "Corrections\n\nWe gave the date of The Telegraph's report as 25 March. The report was published on 25 April 2025.",
            "event-date",
        );
        silent(
            "Corrections and clarifications\n\nAn explainer (14 January) said The Telegraph's report appeared on 25 March 2025. The report was published on 25 April 2025.",
            "event-date",
        );
        silent(
            "On the evening of the Paris summit, Vladimir Putin, who served as prime minister between 2008 and 2012, attended a service.",
            "event-date",
        );
        silent(
            "Prime Minister Mark Carney, who took office in March 2025, has made defence spending a signature issue.",
            "event-date",
        );
        flags(
            "President Donald Trump took office in January 2024.",
            "event-date",
            "January 2024",
        );
        silent(
            "Sept. 4 - After a coalition meeting in Paris, Macron says 26 countries have committed.",
            "event-date",
        );
    }

    #[test]
    fn publications_dates_apologies_and_errors_explained() {
        silent(
            "An explainer (14 January) said The Telegraph's report offered support.",
            "event-date",
        );
        silent(
            "On the evening of the Paris summit, Vladimir Putin, who visited Beijing in 2008, attended a service.",
            "event-date",
        );
        silent(
            "Your leader on Saturday was right to welcome the Paris summit.",
            "event-weekday",
        );
        // The timeline's own date is not the report's; the date it gave the report is.
        let found = crate::checks::test_support::findings(
            "A timeline (The road to Paris, 9 January) dated the Telegraph's report to 25 March 2025.",
        );
        assert!(
            !found.iter().any(|(_, w)| w == "9 January")
                && found
                    .iter()
                    .any(|(c, w)| *c == "event-date" && w == "25 March 2025"),
            "{found:?}"
        );
        silent(
            "Tom apologises for calling last week's Paris summit Wednesday's meeting; it was held on Tuesday 6 January.",
            "event-weekday",
        );
        silent(
            "In last week's bulletin we said 50 countries came. We also said Trump was inaugurated in January 2024; it was January 2025.",
            "event-date",
        );
        silent(
            "Tony Blair was prime minister then, and the coalition he joined was assembled in Washington.",
            "event-place",
        );
    }

    #[test]
    fn places_said_of_other_things_and_beliefs() {
        silent(
            "The choice was widely described as provocative, given how the Iraq war is remembered in Britain.",
            "event-place",
        );
        silent(
            "I still get emails from people who think the Paris summit was on the Monday.",
            "event-weekday",
        );
        flags(
            "The coalition met at a summit in Berlin on 6 January.",
            "event-place",
            "Berlin",
        );
        silent(
            "Sir, Your report on last week's Paris summit (8 January) rightly called it a landmark.",
            "event-date",
        );
    }

    #[test]
    fn an_event_dated_in_passing_keeps_its_own_date() {
        silent(
            "- **Sunday 2 March 2025, London** — Sir Keir Starmer revives the phrase, last heard widely during the 2003 invasion of Iraq.",
            "event-place",
        );
        silent(
            "Starmer revived the phrase, famously associated with the 2003 U.S.-led invasion of Iraq, at a gathering of European leaders in London in March 2025.",
            "event-date",
        );
    }

    #[test]
    fn questions_that_ask_and_other_peoples_offices() {
        silent("The summit was... was it January the eighth?", "event-date");
        flags(
            "Why was Wednesday's Paris summit such a big deal?",
            "event-weekday",
            "Wednesday's",
        );
        silent(
            "Mr Macron has promised to double the budget from its level when he took office in 2017.",
            "event-date",
        );
        silent(
            "Last week's issue said the Paris summit would take place on Thursday 8 January. It was held on Tuesday 6 January. We apologise to readers.",
            "event-weekday",
        );
    }

    #[test]
    fn numbered_claims_in_quotes_and_notes_on_our_own_errors() {
        silent(
            "NOTE TO READERS: In yesterday's bulletin we said the Paris summit would be held on Wednesday. It was held on Tuesday. Please do not repeat the error.",
            "event-weekday",
        );
        silent(
            "Macron spoke in Paris. He promised to double the budget from what it was when he took office in 2017.",
            "event-date",
        );
    }

    #[test]
    fn a_publishers_dated_report_is_its_report() {
        flags(
            "As The Telegraph reported on 25 March last year, US officials had privately offered support.",
            "event-date",
            "25 March",
        );
        silent(
            "The Telegraph reported on 25 April that US officials had privately offered support.",
            "event-date",
        );
        silent(
            "The Telegraph reported on 5 November that ministers were divided.",
            "event-date",
        );
    }

    #[test]
    fn bullets_later_meetings_and_other_years() {
        let summit = "The Paris summit of the coalition of the willing ended on Tuesday.\n\n";
        silent(
            &format!("{summit}* March 2025: Leaders meet in London, where Starmer uses the label."),
            "event-place",
        );
        silent(
            &format!("{summit}Ukrainian and US officials then met in Geneva to rework that text."),
            "event-place",
        );
        silent(
            &format!("{summit}The coalition grew out of talks convened by Keir Starmer in London in early 2025."),
            "event-date",
        );
        flags(
            &format!("{summit}* 16 January 2026: leaders from about 35 countries meet in Paris."),
            "event-date",
            "16 January 2026",
        );
    }

    #[test]
    fn a_strip_that_showed_the_wrong_day() {
        silent(
            "A correction first. Last week's strip showed the Paris summit taking place on a Wednesday. It was a Tuesday: 6 January. The calendar has been corrected.",
            "event-weekday",
        );
        silent(
            "Yesterday's cartoon showed the Paris summit held on a Monday. It was on Tuesday. The cartoon has been corrected.",
            "event-weekday",
        );
    }

    #[test]
    fn a_report_put_right_at_once() {
        silent(
            "In episode 142 Sam said the Paris meeting would take place on Thursday. It took place on Tuesday 6 January.",
            "event-weekday",
        );
        silent(
            "I read that the Paris summit was held in Brussels. Which is right?",
            "event-place",
        );
        silent(
            "Published Tuesday 24 February 2026, the fourth anniversary of Russia's full-scale invasion.",
            "event-date",
        );
        flags(
            "Sam said the Paris meeting took place on Thursday. It was a long day.",
            "event-weekday",
            "Thursday",
        );
    }

    #[test]
    fn later_and_other_meetings_and_other_peoples_offices() {
        // Dated 12 January: the last Saturday came after the summit.
        let silent_on = |text: &str, code: &str| {
            let found = crate::checks::test_support::diagnostics_as_of(text, "2026-01-12");
            assert!(
                !found.iter().any(|(c, _)| *c == code),
                "{text:?}: {found:?}"
            );
        };
        silent_on(
            "The Paris summit was held on 6 January. Members had talked about little else at Saturday's meeting.",
            "event-weekday",
        );
        // …but dated the day after, Monday came before it.
        let found = crate::checks::test_support::diagnostics_as_of(
            "The Paris summit was held on 6 January. Leaders were upbeat after Monday's meeting.",
            "2026-01-07",
        );
        assert!(
            found
                .iter()
                .any(|(c, w)| *c == "event-weekday" && w == "Monday's"),
            "{found:?}"
        );
        silent(
            "Emmanuel Macron hastily convened an emergency meeting of European leaders in Paris on 17 February.",
            "event-date",
        );
        silent(
            "Chancellor Friedrich Merz has made rearmament the priority of his government since taking office in May 2025.",
            "event-date",
        );
        silent(
            "There have been 1,000 days of full-scale war, which Ukraine marked in November 2024.",
            "event-date",
        );
        flags(
            "Trump promised a ceasefire within 100 days of taking office in January 2024.",
            "event-date",
            "January 2024",
        );
    }

    #[test]
    fn a_relative_clause_of_another_noun_holds_its_date() {
        silent(
            "Behind the Paris summit lies the 28-point plan that emerged in November.",
            "event-date",
        );
        flags(
            "The Paris summit, which took place in November, was a success.",
            "event-date",
            "November",
        );
    }

    #[test]
    fn the_events_own_place_and_a_gathering_of_another_year() {
        flags(
            "As the leaders were leaving Paris, a Ukrainian drone attack set oil storage tanks ablaze in Belgorod late on Wednesday.",
            "event-weekday",
            "Wednesday",
        );
        silent(
            "2025 - European leaders gather in London; Keir Starmer revives the phrase.",
            "event-place",
        );
        flags(
            "Leaders met in Paris on 6 January 2025.",
            "event-date",
            "6 January 2025",
        );
        silent(
            "An earlier version of this Q&A said the plan had 24 points. It also said the Paris summit took place on Monday 5 January; it was on Tuesday 6 January.",
            "event-weekday",
        );
    }

    #[test]
    fn the_telegraphs_report_in_more_shapes() {
        for (text, words) in [
            ("A private US offer, first reported by The Telegraph on 5 April 2025, took months.", "5 April 2025"),
            ("The Telegraph reported as early as 25 March last year that the US had made an offer.", "25 March"),
            ("On 25 March last year the British Telegraph reported that the US had made an offer.", "25 March"),
            ("| 25 Mar 2025 | London | The Telegraph reports a private US offer |", "25 Mar 2025"),
            ("A Telegraph report of 25 March said the US had made a private offer.", "25 March"),
        ] {
            flags(text, "event-date", words);
        }
        silent(
            "A Telegraph report in June said ministers were divided.",
            "event-date",
        );
    }

    #[test]
    fn an_inauguration_in_the_wrong_year_and_other_peoples_or_terms() {
        flags(
            "Trump set out to secure a ceasefire within a hundred days of being inaugurated in January 2024.",
            "event-date",
            "January 2024",
        );
        silent(
            "Carney was sworn in as prime minister in March 2025.",
            "event-date",
        );
        silent(
            "Poland's president, sworn in last August, has ruled out troops.",
            "event-date",
        );
        silent(
            "The first time Donald Trump was sworn in, on 20 January 2017, few in Europe noticed.",
            "event-date",
        );
        silent(
            "Donald Trump, who had served a first term from 2017 to 2021, returned to office in January 2025.",
            "event-date",
        );
    }

    #[test]
    fn a_meeting_told_by_its_verb_elsewhere_in_another_month() {
        silent(
            "18 February -- US and Russian delegations meet in Riyadh, with neither Ukraine nor the Europeans at the table.",
            "event-place",
        );
        silent(
            "Oral evidence: Security guarantees after the Paris summit\nWednesday 21 January 2026\nUncorrected transcript.",
            "event-date",
        );
    }

    #[test]
    fn a_timeline_entry_opened_by_late_november() {
        silent(
            "- Late November: US and Ukrainian officials meet in Geneva.",
            "event-place",
        );
    }

    #[test]
    fn anniversaries_under_a_date_line_and_meetings_that_month() {
        silent(
            "24 February 2026 - Fourth anniversary of the full-scale invasion.",
            "event-date",
        );
        silent(
            "In Gaza, the ceasefire agreed in October remains fragile. World leaders gathered at Sharm el-Sheikh in Egypt that month to mark the deal.",
            "event-place",
        );
    }

    #[test]
    fn another_known_meeting_by_its_witness_and_a_correction_put_right() {
        silent(
            "Sir Keir Starmer revived the phrase when European leaders gathered in London last year.",
            "event-place",
        );
        silent(
            "Correction\n\nIn last Monday's issue we said Trump and Putin met in Alaska in July. They met in Alaska in August 2025.",
            "event-date",
        );
    }

    #[test]
    fn taking_office_told_of_someone_unknown_by_he() {
        silent(
            "Umerov is the secretary of Ukraine's security council. Before that he was defence minister, taking office in September 2023 in the middle of a scandal.",
            "event-date",
        );
        flags(
            "Donald Trump won in November. He took office on 20 January 2024.",
            "event-date",
            "20 January 2024",
        );
    }

    #[test]
    fn talks_between_others_held_elsewhere() {
        silent(
            "Leaders met in Paris on Tuesday 6 January. So far, direct talks between Russian and Ukrainian delegations have been held in Istanbul, not in Rome.",
            "event-place",
        );
        flags(
            "Leaders met in Paris on Tuesday 6 January. The talks, attended by coalition leaders, were held in Istanbul.",
            "event-place",
            "Istanbul",
        );
    }

    #[test]
    fn two_countries_delegations_meeting_elsewhere() {
        silent(
            "Leaders met in Paris on Tuesday 6 January. That draft was later reworked after U.S. and Ukrainian delegations met in Geneva.",
            "event-place",
        );
    }

    #[test]
    fn an_entry_heading_another_event_told_with_its_own_place() {
        silent(
            "4. **18 August 2025, Washington** - Zelenskyy and European leaders at the White House, three days after Trump met Putin in Alaska.",
            "event-place",
        );
    }

    #[test]
    fn another_invasion_a_documents_month_and_a_weekday_of_another_month() {
        silent(
            "In 2008, Russia's invasion of Georgia was met with a shrug.",
            "event-date",
        );
        flags(
            "Russia launched its full-scale invasion of February 2021 expecting Kyiv to fall.",
            "event-date",
            "February 2021",
        );
        silent(
            "The Paris talks followed weeks of pressure over the 28-point plan drawn up in November by Witkoff.",
            "event-date",
        );
        silent(
            "Tuesday 25 March 2025 -- London\n\nThe Telegraph reported that the US had offered support.",
            "event-weekday",
        );
        flags(
            "To be clear: the Paris summit took place on Monday, 5 January, in Paris.",
            "event-weekday",
            "Monday, 5 January",
        );
    }

    #[test]
    fn others_meeting_meetings_to_come_and_a_reference_put_right() {
        for draft in [
            "The Coningsby and Woodhall Spa Families' Group, which has about 180 members, met on Wednesday evening at the community centre.",
            "*The Editor writes: In last week's letters page, a correspondent's reference to the Paris summit taking place on Monday was not corrected before publication. The summit was held on Tuesday 6 January.*",
        ] {
            silent(draft, "event-weekday");
        }
        flags(
            "Coalition leaders met in Paris on Wednesday.",
            "event-weekday",
            "Wednesday",
        );
        for draft in [
            "Leaders met in Paris on Tuesday 6 January. Later this week, defence ministers and security officials gather in Munich.",
            "Leaders met in Paris on Tuesday 6 January. Several delegations expect a further coalition leaders' meeting before the Munich conference.",
        ] {
            silent(draft, "event-place");
        }
        flags(
            "On 6 January, the feast of the Epiphany, leaders from around 35 countries gathered in Brussels.",
            "event-place",
            "Brussels",
        );
    }

    #[test]
    fn a_broadcast_strap_put_right() {
        silent(
            "An earlier strap said leaders met on Monday. The Paris summit was held on Tuesday 6 January.",
            "event-weekday",
        );
        flags(
            "Leaders met in Paris on Monday. The Paris summit ended late.",
            "event-weekday",
            "Monday",
        );
    }

    #[test]
    fn a_long_predicate_dates_its_event_and_a_noun_beside_it_keeps_its_own_date() {
        flags(
            "A Ukrainian drone attack set oil storage tanks on fire in Russia's Belgorod region late on Monday.",
            "event-weekday",
            "Monday",
        );
        silent(
            "A drone attack set tanks on fire, and the governor spoke late on Monday.",
            "event-weekday",
        );
        silent(
            "Trump promised a ceasefire within 100 days of his inauguration, a deadline that ran out at the end of April.",
            "event-date",
        );
    }

    #[test]
    fn the_eve_of_the_summit_and_a_datelines_clock_time() {
        silent(
            "This live page covered Monday 5 January, the eve of the coalition of the willing summit in Paris.",
            "event-date",
        );
        silent(
            "Press conference on the outcome of the Paris summit of the coalition of the willing\nThursday 8 January 2026, 11:30 GMT",
            "event-date",
        );
        flags(
            "The Paris summit of the coalition of the willing took place on Thursday 8 January 2026.",
            "event-date",
            "Thursday 8 January 2026",
        );
    }

    #[test]
    fn a_date_of_what_someone_said_of_the_event() {
        silent(
            "Russian state media on Wednesday portrayed the Paris meeting as an attempt to place Western troops on Russia's doorstep.",
            "event-weekday",
        );
        flags(
            "Leaders on Wednesday attended the Paris summit.",
            "event-weekday",
            "Wednesday",
        );
    }

    #[test]
    fn the_same_piece_and_a_speakers_own_slip_put_right() {
        silent(
            "A timeline of US diplomacy omitted the Alaska summit. It also gave the date of Mr Trump's inauguration as 20 January 2024; it was 20 January 2025.",
            "event-date",
        );
        flags(
            "Mr Trump's inauguration was on 20 January 2024.",
            "event-date",
            "20 January 2024",
        );
        silent(
            "Last week I said the Paris summit was in Brussels. It was Paris, obviously, and three of you wrote in.",
            "event-place",
        );
        flags(
            "The Paris summit was in Brussels.",
            "event-place",
            "Brussels",
        );
    }

    #[test]
    fn a_summit_in_another_place_and_month_is_another_meeting() {
        silent(
            "The Paris summit agreed guarantees. At their summit in Brussels on 18 and 19 December, EU leaders agreed to raise money.",
            "event-place",
        );
        flags(
            "The Paris summit agreed guarantees. At the summit in Brussels on 7 January, leaders agreed guarantees.",
            "event-place",
            "Brussels",
        );
    }

    #[test]
    fn a_corrections_restatement_of_another_event() {
        silent(
            "Correction, 21 January: an earlier version of this article said the Westminster Hall debate took place on a Wednesday. It took place on Thursday 15 January.",
            "event-date",
        );
        silent(
            "Bern hosted a conference in June 2024, and in November US and Ukrainian negotiators met in Geneva to rework the 28-point peace plan.",
            "event-date",
        );
    }

    #[test]
    fn an_own_slip_denied_with_a_semicolon_and_that_other_summit() {
        silent(
            "Earlier in the programme I said the Paris summit was on Wednesday. It wasn't; it was on Tuesday the 6th.",
            "event-weekday",
        );
        flags(
            "Earlier in the programme we heard the Paris summit was on Wednesday.",
            "event-weekday",
            "Wednesday",
        );
        silent(
            "NATO met in Prague in 2002. That Prague summit is remembered here for something else.",
            "event-place",
        );
        flags(
            "Leaders met on 6 January. The Warsaw summit is remembered for that.",
            "event-place",
            "Warsaw",
        );
    }

    #[test]
    fn a_date_of_another_place_set_off_and_a_comparisons_year() {
        silent(
            "The Paris talks came only weeks after EU leaders, meeting in Brussels in December, agreed to fund a loan.",
            "event-date",
        );
        flags(
            "Trump's summit with Putin in Alaska in March was a turning point.",
            "event-date",
            "March",
        );
        silent(
            "What came out of the coalition summit in Paris last week is more concrete than anything we had in 2025.",
            "event-date",
        );
        silent(
            "Corrections\n\nA timeline on 16 January dated Donald Trump's inauguration to January 2024. He was inaugurated in January 2025.",
            "event-date",
        );
    }

    #[test]
    fn an_event_cited_as_a_reason() {
        silent(
            "Finland joined in 2023 and Sweden in 2024, both citing Russia's invasion.",
            "event-date",
        );
        flags(
            "Russia's invasion in 2024 shocked Europe.",
            "event-date",
            "2024",
        );
    }

    #[test]
    fn a_journeys_date_a_question_answered_no_a_seat_of_government_and_a_date_before_a_comma() {
        silent(
            "Czech diplomats returning from the summit in Paris on Wednesday described it as a plan.",
            "event-weekday",
        );
        flags(
            "Looking back on the Paris summit of 7 January, the participants were relieved.",
            "event-date",
            "7 January",
        );
        silent(
            "Remember the summit of the coalition of the willing in Geneva? No, neither do we.",
            "event-place",
        );
        flags(
            "Remember the summit of the coalition of the willing in Geneva? It was a good day.",
            "event-place",
            "Geneva",
        );
        silent(
            "Reports of the Paris summit on 6 January 2026, The Telegraph's report of 25 April 2025 and a Sky News report.",
            "event-date",
        );
        silent(
            "US envoys were expected at the summit's Elysee talks in Paris on Tuesday.",
            "event-place",
        );
    }

    #[test]
    fn a_dateline_opening_its_line_dates_the_piece() {
        silent(
            "Story: Paris summit\nLONDON, Wednesday 7 January 2026 -- compiled for the night editor.\n",
            "event-weekday",
        );
        flags(
            "Story: Paris summit, Wednesday 7 January 2026 -- compiled for the night editor.\n",
            "event-weekday",
            "Wednesday 7 January 2026",
        );
    }
}
