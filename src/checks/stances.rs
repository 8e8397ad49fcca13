//! Stances and negated facts: an actor said to do what it ruled out, refused or
//! rejected, or to refuse what it agreed to; a state the sources deny, asserted.
//!
//! - `stance-contradicted`: "Poland will send troops" (Poland ruled out sending troops).
//! - `negated-fact`: "civilian flights have continued" (no civilian flights have been
//!   possible since the war began).
//!
//! The verb is matched in every inflection; its object must be one the action names.
//! The actor is the subject of the verb: a mention before it in the same clause, not
//! after a preposition ("unlike Poland") and not only the speaker of reported speech
//! ("Hegseth said Europe must send troops"). Negated, hedged and conditional claims
//! ("could", "if", "whether", "has yet to") are not assertions and stay silent.

use super::index::is_force;
use super::{finding, quote_draft, Check, Context};
use crate::claims::lexicon::Form;
use crate::claims::numbers::same_singular;
use crate::claims::speech::{self, Speaker, COMMIT_TO, HEDGE_SET, NEGATOR_SET};
use crate::claims::tokens::{Token, TokenKind};
use crate::claims::{Sentence, SentenceMention};
use crate::diagnostic::{Diagnostic, Severity};
use crate::factbase::{ActionId, EntityId, EntityKind, FactData, Leaning, Polarity};

pub const CHECK: Check = Check {
    codes: &[
        (
            "stance-contradicted",
            "an actor is said to do what it ruled out, or to refuse what it agreed to",
        ),
        ("negated-fact", "a state the sources deny is asserted"),
    ],
    run,
};

/// What a draft's clause says the actor does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Claim {
    /// Asserted: "will send", "has sent", "agreed to send".
    Does,
    /// Negated: "will not send", "ruled out sending".
    DoesNot,
    /// Left open: "has not ruled out sending", "has yet to decide".
    Open,
    /// Hypothetical or hedged: "could send", "if it sent", "whether to send".
    Maybe,
}

/// "Commercial flights have resumed from Lviv already, so surely the milestone has been
/// passed?": a statement with a question tagged on asserts what comes before the comma.
fn tagged_statement(sentence: &Sentence) -> Option<usize> {
    let tokens = &sentence.tokens;
    let comma = tokens.iter().position(|t| t.is(","))?;
    let opens_question = tokens.first().is_some_and(|t| {
        t.is_any(&[
            "who", "what", "when", "where", "why", "how", "which", "whether", "is", "are", "was",
            "were", "will", "would", "has", "have", "did", "does", "do", "can", "could", "should",
        ])
    });
    let tag = tokens.get(comma + 1).is_some_and(|t| {
        t.is_any(&[
            "so", "surely", "right", "isn't", "hasn't", "haven't", "aren't", "didn't", "doesn't",
        ])
    });
    (!opens_question && tag).then_some(comma)
}

fn run(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for sentence in &ctx.analysis.sentences {
        let asserted_until = if sentence.is_question() {
            match tagged_statement(sentence) {
                Some(comma) => comma,
                None => continue,
            }
        } else {
            sentence.tokens.len()
        };
        for (i, token) in sentence.tokens.iter().enumerate().take(asserted_until) {
            let actions = ctx
                .index
                .verbs
                .get(&token.norm)
                .map_or(&[][..], Vec::as_slice);
            for (action_id, rest) in actions {
                if !rest
                    .iter()
                    .enumerate()
                    .all(|(k, w)| sentence.tokens.get(i + 1 + k).is_some_and(|t| t.norm == *w))
                {
                    continue;
                }
                check_verb(ctx, sentence, i, i + rest.len(), *action_id, false, out);
            }
            // "Australia has ruled out any deployment": a refusal of the action's noun.
            for &action_id in ctx
                .index
                .nominals
                .get(&token.norm)
                .map_or(&[][..], Vec::as_slice)
            {
                check_verb(ctx, sentence, i, i, action_id, true, out);
            }
        }
    }
}

/// A deployment told as done, with nowhere named: "Australia sent about 2,000, and Poland
/// contributed special forces" (to Iraq, in 2003). The force the stances are about has
/// not been sent anywhere yet; a promise ("pledged", "offered") is still a claim.
fn done_elsewhere(sentence: &Sentence, verb: usize, destination: Option<EntityId>) -> bool {
    let tokens = &sentence.tokens;
    let (clause_start, _) = speech::clause_of(tokens, verb);
    tokens[verb].is_any(&["sent", "contributed", "deployed", "dispatched"])
        && !tokens[clause_start.max(verb.saturating_sub(3))..verb]
            .iter()
            .any(|t| {
                t.is_any(&[
                    "has", "have", "had", "'s", "is", "are", "was", "were", "be", "been",
                ])
            })
        && destination.is_some_and(|d| !sentence.mentions.iter().any(|m| m.mention.entity == d))
}

fn check_verb(
    ctx: &Context<'_>,
    sentence: &Sentence,
    verb: usize,
    verb_end: usize,
    action_id: ActionId,
    nominal: bool,
    out: &mut Vec<Diagnostic>,
) {
    let Some(stance_facts) = ctx.index.stances.get(&action_id) else {
        return;
    };
    let action = &ctx.base.actions[action_id];
    let objects = ctx.index.objects[action_id].as_slice();
    let tokens = &sentence.tokens;
    let (clause_start, clause_end) = speech::clause_of(tokens, verb);
    let found_object = if nominal {
        Some(verb_end)
    } else {
        find_object(
            tokens,
            objects,
            action.destination.is_some(),
            verb,
            verb_end,
            clause_start,
            clause_end,
        )
        .or_else(|| casualty_count(sentence, objects, verb, verb_end, clause_start))
    };
    let Some(object_end) = found_object else {
        return;
    };
    // "What the Americans are offering is not soldiers": the object denied after the verb.
    if (verb_end + 1..object_end).any(|k| {
        tokens[k].is_any(&["not", "n't", "never"])
            && tokens[k - 1].is_any(&["is", "are", "was", "were"])
    }) {
        return;
    }
    // "the troops would stay away from the front line": the object kept at a distance.
    let kept_away = (clause_start + 1..clause_end).any(|k| {
        tokens[k - 1].is_any(&["away", "far", "clear", "back", "distance"])
            && tokens[k].is_any(&["from", "of"])
            && (k + 1..clause_end.min(k + 4)).any(|j| object_at(tokens, objects, j).is_some())
    });
    if kept_away {
        return;
    }
    if let Some(destination) = action.destination {
        let after = verb_end.max(object_end);
        if elsewhere(
            ctx,
            sentence,
            destination,
            verb,
            after,
            (clause_start, clause_end),
        ) {
            return;
        }
    }
    for &fact_id in stance_facts {
        let fact = &ctx.base.facts[fact_id];
        let FactData::Stance {
            actor, polarity, ..
        } = &fact.data
        else {
            continue;
        };
        if !fact.validity.holds_on(ctx.as_of) {
            continue;
        }
        let state = *polarity == Polarity::Not;
        let document = ctx.base.entities[*actor].kind == EntityKind::Document;
        let found = find_actor(
            sentence,
            *actor,
            verb,
            clause_start,
            objects,
            state,
            document,
        )
        .copied()
        .or_else(|| {
            state
                .then(|| unnamed_actor(ctx, sentence, *actor, verb, clause_start))
                .flatten()
        })
        .or_else(|| {
            state
                .then(|| force_taken_up(ctx, sentence, *actor, verb, clause_start))
                .flatten()
        })
        .or_else(|| {
            document
                .then(|| document_pronoun(ctx, sentence, *actor, verb, clause_start))
                .flatten()
        })
        .or_else(|| {
            state
                .then(|| passive_event(ctx, sentence, *actor, verb, clause_start, objects))
                .flatten()
        })
        .or_else(|| {
            state
                .then(|| toll_at_place(ctx, sentence, *actor, verb, clause_start, objects))
                .flatten()
        });
        // "the 28-point plan drawn up by … without European involvement, which would have
        // offered …": a nearer subject taking up the document starts the claim.
        let found = match found {
            Some(m) if document => Some(
                document_pronoun(ctx, sentence, *actor, verb, clause_start)
                    .filter(|p| p.first > m.last)
                    .unwrap_or(m),
            ),
            other => other,
        };
        let Some(mention) = found else {
            continue;
        };
        let mention = &mention;
        // An event named without its place ("drone attack") somewhere else is another
        // event: "a Russian drone attack on Kyiv killed two workers".
        if another_place(ctx, sentence, *actor, clause_start, clause_end) {
            continue;
        }
        // …or on another day: "A drone strike on the neighbouring village of Dubki on 2
        // February injured two people".
        if another_day(ctx, sentence, *actor, (clause_start, clause_end)) {
            continue;
        }
        // "US troops being sent": a name used attributively sits inside the object.
        let attributive = mention.mention.form == Form::Adjective
            || object_at(tokens, objects, mention.last + 1).is_some();
        let claim = claim_of(
            tokens,
            mention,
            attributive,
            verb,
            verb_end,
            (clause_start, clause_end),
        );
        // "British soldiers would not be sent to the front line": what is denied is where
        // they go, not that they go.
        let denied_where = claim == Claim::DoesNot
            && (verb_end + 1..clause_end.min(verb_end + 5)).any(|k| {
                tokens[k].is_any(&["front", "frontline", "front-line", "combat", "fight"])
                    && tokens[verb_end + 1..k]
                        .iter()
                        .any(|t| t.is_any(&["to", "near", "on", "along", "at", "into", "close"]))
            });
        if denied_where {
            continue;
        }

        let severity = match (polarity.leaning(), claim) {
            // "Moscow has signalled it could live with a European force": the actor
            // itself declaring what it rejected possible.
            (Leaning::Against, Claim::Maybe)
                if !nominal && self_declared_openness(sentence, *actor, verb) =>
            {
                Severity::Warning
            }
            (_, Claim::Maybe) => continue,
            // A noun asserts nothing by itself ("Poland's deployment to its border");
            // only its outright refusal is read, and only against a stance for it
            // ("did not announce a contribution" is no refusal).
            (_, _)
                if nominal
                    && !(polarity.leaning() == Leaning::For
                        && refuses(tokens, mention.last, verb)) =>
            {
                continue
            }
            (Leaning::Against, Claim::Does) => fact.severity,
            (Leaning::Against, Claim::Open) => Severity::Warning,
            // "Canberra has not pledged troops" fits a willingness to consider it; "has
            // ruled out" does not.
            (Leaning::For, Claim::DoesNot) if firm_refusal(tokens, mention.last, verb) => {
                fact.severity
            }
            (Leaning::Undecided, Claim::Does) => fact.severity,
            // "Berlin has not committed troops" fits an undecided stance; "Berlin has
            // ruled out sending troops" and "Germany will not send troops" do not.
            (Leaning::Undecided, Claim::DoesNot) if firm_refusal(tokens, mention.last, verb) => {
                fact.severity
            }
            _ => continue,
        };
        let span = mention
            .mention
            .span
            .cover(tokens[verb].span)
            .cover(tokens[object_end.max(verb_end)].span);
        let words = quote_draft(ctx.analysis.draft.text, span);
        let name = &ctx.base.entities[*actor].name;
        let (code, message) = if *polarity == Polarity::Not {
            (
                "negated-fact",
                format!("“{words}” asserts what the sources deny"),
            )
        } else {
            (
                "stance-contradicted",
                format!(
                    "“{words}” contradicts {} stance: {name} {}",
                    super::owner(name),
                    polarity.describe_action(&action.id)
                ),
            )
        };
        // "sceptical of anyone who says Moscow will simply accept foreign soldiers": what
        // anyone might say.
        let anyone_says = (clause_start.max(2)..verb).any(|k| {
            speech::is_reporting(tokens, k)
                && tokens[k - 1].is("who")
                && tokens[k - 2].is_any(&["anyone", "anybody", "those", "whoever", "people"])
        });
        if anyone_says {
            continue;
        }
        // "the colleague who still thinks Poland is sending a brigade": a belief held by
        // someone else is not the draft's claim.
        let believed = sentence.speech.iter().any(|(v, s)| {
            *v < verb
                && *v >= clause_start
                && tokens[*v].is_any(&[
                    "thinks", "think", "believes", "believe", "assume", "assumes", "imagine",
                    "imagines", "wants", "want", "wanted", "thought", "believed",
                ])
                // "I thought I heard on the news that …" is the speaker's own claim.
                && !(*v > 0 && tokens[*v - 1].is_any(&["i", "we"]))
                && *s != Some(Speaker::Entity(*actor))
        });
        // "claims that flights will restart", "rumours that Poland is sending troops": the
        // draft reports talk it is about to rebut.
        // "A Telegram channel claimed this week that …": a time between.
        let hearsay = tokens[..verb].iter().enumerate().any(|(k, w)| {
            w.is_any(&[
                "claims",
                "claim",
                "claimed",
                "claiming",
                "rumours",
                "rumors",
                "rumour",
                "rumor",
                "speculation",
                "suggestions",
                "suggestion",
                "talk",
            ]) && (tokens[k + 1..verb.min(k + 9)]
                .iter()
                .take_while(|t| !t.is_punct())
                .any(|t| t.is("that"))
                // "One viral post claimed Poland had pledged a division", "I saw one
                // account claiming several people were killed": posts, not sources.
                || w.is_any(&["claims", "claimed", "claiming"])
                    && tokens[k.saturating_sub(3)..k].iter().any(|t| {
                        t.is_any(&[
                            "post", "posts", "account", "accounts", "tweet", "tweets", "video",
                            "videos", "channel", "channels", "users", "screenshot", "message",
                            "messages", "blog", "blogger", "influencer",
                        ])
                    }))
        })
        // "Claims circulating on some social media accounts after the summit, suggesting
        // that the Kremlin had privately agreed …".
            || tokens[..verb]
                .iter()
                .any(|t| t.is_any(&["claims", "rumours", "rumors", "posts", "reports"]))
                && tokens[..verb].windows(2).any(|w| {
                    w[0].is_any(&["suggesting", "saying", "claiming", "alleging"])
                        && w[1].is("that")
                });
        // "Spain, which deployed forces after the invasion, pulled them out in 2004":
        // history.
        // "30 December 2023 – an attack on Belgorod's city centre killed 25 people": an
        // event the sources report, dated a year before any of them, is another one.
        let earlier_event = ctx.base.entities[*actor].kind == EntityKind::Event
            && sentence.dates.iter().any(|d| {
                d.year
                    .is_some_and(|y| super::sources_year(ctx).is_some_and(|s| y + 1 < s))
            });
        let history = sentence
            .dates
            .iter()
            .any(|d| d.year.is_some_and(|y| super::long_past(ctx, y)))
            || earlier_event
            || done_elsewhere(sentence, verb, action.destination);
        // "A year ago Washington would not commit to security guarantees": a time before
        // a stance that holds only from a date.
        let before_it = fact.validity.from.is_some()
            && tokens[clause_start..verb].windows(2).any(|w| {
                w[1].is("ago") && w[0].is_any(&["year", "years", "months", "weeks", "long"])
                    || w[0].is("last") && w[1].is("year")
                    || w[0].is("until") && w[1].is("recently")
            });
        // "One reader insisted that Poland had agreed to send troops": a reader's claim,
        // told by the publication.
        let readers_claim = sentence.speech.iter().any(|(v, _)| {
            *v < verb
                && tokens[v.saturating_sub(3)..*v]
                    .iter()
                    .any(|t| t.is_any(speech::AUDIENCE) || t.is_any(&["caller", "callers"]))
        });
        // "It is no longer true that Washington refuses to back the force": denied.
        // "…, a claim for which there is no public evidence": denied after it.
        let untrue = speech::called_untrue(&tokens[..mention.first])
            || (verb..tokens.len().saturating_sub(2)).any(|k| {
                tokens[k].is(",")
                    && tokens[k + 1].is_any(&["a", "an"])
                    && tokens[k + 2].is_any(&[
                        "claim",
                        "assertion",
                        "allegation",
                        "rumour",
                        "rumor",
                    ])
                    && tokens[k + 3..tokens.len().min(k + 12)].iter().any(|t| {
                        t.is_any(&["no", "untrue", "false", "unfounded", "baseless", "denied"])
                    })
            });
        // "holding Russia back would take …": a particle, not the verb "back".
        // "demanding that NATO … pull back its forces": right before it.
        let particle = tokens[verb].is("back")
            && (mention.last + 1 == verb
                && mention.first > 0
                && tokens[mention.first - 1].is_any(BACK_VERBS)
                || verb > 0 && tokens[verb - 1].is_any(BACK_VERBS));
        // "Berlin's permanently stationed brigade": a participle inside a possessive noun
        // phrase names the brigade; it tells no deployment.
        let possessive_phrase = (tokens[mention.last].norm.ends_with("'s")
            || tokens.get(mention.last + 1).is_some_and(|t| t.is("'s")))
            && tokens[verb].norm.ends_with("ed")
            && object_end == verb_end + 1
            && !tokens[mention.last + 1..verb]
                .iter()
                .any(|t| t.is_any(AUXILIARIES) || t.is_punct() && !t.is("'s"));
        if believed
            || hearsay
            || history
            || before_it
            || readers_claim
            || untrue
            || particle
            || possessive_phrase
        {
            continue;
        }
        let mut d = finding(ctx.base, code, fact, span, message);
        // Reported by someone other than the actor: the draft may be quoting a claim.
        let speaker = sentence.speaker_for(verb);
        let attributed_elsewhere = matches!(speaker, Some(Speaker::Entity(s)) if s != *actor)
            || speaker == Some(Speaker::Unnamed);
        d.severity = if attributed_elsewhere {
            severity.min(Severity::Warning)
        } else {
            severity
        };
        d.help = Some(match polarity.leaning() {
            Leaning::Against if *polarity == Polarity::Not => {
                "the sources say this has not happened".to_owned()
            }
            Leaning::Against => format!(
                "{name} {}: say so, or attribute the new claim",
                polarity.describe()
            ),
            Leaning::Undecided => format!("the sources say {name} {} it", polarity.describe()),
            Leaning::For => format!("{name} {} do this", polarity.describe()),
        });
        out.push(d);
    }
}

/// A refusal, not a "not yet": a verb of refusal or a negated future between the actor
/// and the verb.
fn firm_refusal(tokens: &[Token], actor_last: usize, verb: usize) -> bool {
    let between = tokens.get(actor_last + 1..verb).unwrap_or(&[]);
    refuses(tokens, actor_last, verb)
        || between.iter().any(|t| {
            t.is_any(&[
                "won't", "wont", "never", "cannot", "can't", "declined", "declines",
            ])
        })
        || between
            .windows(2)
            .any(|w| w[0].is_any(&["will", "would", "could"]) && w[1].is_any(&["not", "n't"]))
}

/// Whether the actor is an event with a known place and the clause names another place.
fn another_place(
    ctx: &Context<'_>,
    sentence: &Sentence,
    actor: EntityId,
    clause_start: usize,
    clause_end: usize,
) -> bool {
    if ctx.base.entities[actor].kind != EntityKind::Event {
        return false;
    }
    let Some(place) = super::happening(ctx, actor).place else {
        return false;
    };
    // "On the night of the Paris summit, …, the governor of Russia's Belgorod region
    // reported a drone attack …": its own place named, whatever else the sentence places.
    if sentence
        .mentions
        .iter()
        .any(|m| m.mention.entity == place && m.first >= clause_start && m.last < clause_end)
    {
        return false;
    }
    // "on Kyiv", "in Kharkiv"; not "the Ukrainian drone attack".
    let tokens = &sentence.tokens;
    let known_elsewhere = sentence.mentions.iter().any(|m| {
        m.first > clause_start
            && m.last < clause_end
            && m.mention.entity != place
            && m.mention.form != Form::Adjective
            // "in Russia's Belgorod region" names where Belgorod is.
            && !tokens[m.last].norm.ends_with("'s")
            && !tokens.get(m.last + 1).is_some_and(|t| t.is("'s"))
            && super::after_place_preposition(tokens, m.first)
            && matches!(
                ctx.base.entities[m.mention.entity].kind,
                EntityKind::Place | EntityKind::Country
            )
    });
    known_elsewhere || super::unknown_place_in(ctx, sentence, clause_start, clause_end)
}

/// The actor says it could do the action: its own reporting verb before the verb, then
/// only a modal ("has signalled it could accept", "has said it could tolerate"), with no
/// condition or negation.
fn self_declared_openness(sentence: &Sentence, actor: EntityId, verb: usize) -> bool {
    let tokens = &sentence.tokens;
    // "it could accept no foreign troops"
    let refused_object = tokens[verb + 1..tokens.len().min(verb + 4)]
        .iter()
        .any(|t| t.is_any(&["no", "none", "nothing", "neither"]));
    !refused_object
        && sentence.speech.iter().any(|&(v, s)| {
            v < verb
                && matches!(s, Some(Speaker::Entity(a) | Speaker::Resolved(a)) if a == actor)
                && tokens[v + 1..verb]
                    .iter()
                    .any(|t| t.is_any(&["could", "might", "may", "can"]))
                && tokens[v + 1..verb].len() <= 6
                && !tokens[v + 1..verb].iter().any(|t| {
                    t.is_any(&["if", "whether", "unless", "not", "never", "no", "only"])
                        || t.norm.ends_with("n't")
                        || t.is_punct()
                })
        })
}

/// For a state the sources deny, the actor unnamed by the bare head noun of one of its
/// names, as the subject of the verb: "Some units would be stationed on the front line",
/// "soldiers would be posted close to front-line areas", "the bulk of the soldiers"
/// ("the force's" units). Only plain determiners may qualify it: "Ukrainian soldiers",
/// "North Korean troops" or "its soldiers" are someone else's.
fn unnamed_actor(
    ctx: &Context<'_>,
    sentence: &Sentence,
    actor: EntityId,
    verb: usize,
    clause_start: usize,
) -> Option<SentenceMention> {
    let tokens = &sentence.tokens;
    // The actor's generic nouns ("troops"), not a head of one name only ("jets" of
    // "passenger jets").
    let heads = ctx.index.generic_heads.get(&actor)?;

    // A past event named again by its head noun, right after it is named: "a Ukrainian
    // drone attack set oil tanks ablaze. The attack killed two workers."
    let event = ctx.base.entities[actor].kind == EntityKind::Event;
    // …and a document by its head noun after it is named: "The 28-point plan was drawn up
    // by Witkoff and Dmitriev. … In return, the plan allowed Ukraine to join NATO."
    let document = ctx.base.entities[actor].kind == EntityKind::Document
        && ctx.analysis.named_recently(sentence, actor);
    let named_before = document || event && event_named_before(ctx, sentence, actor);
    // "Under the plan, Ukraine would be allowed to join NATO": what the document provides.
    if document {
        let under = (clause_start + 2..verb).find(|&h| {
            heads.iter().any(|x| same_singular(&tokens[h].norm, x))
                && tokens[h - 1].is_any(&["the", "this", "that", "its"])
                && tokens[h - 2].is("under")
        });
        if let Some(h) = under {
            return Some(SentenceMention::at(tokens, h, actor));
        }
    }
    // "with British and French units also posted on the front line": a plan's absolute
    // clause.
    let planned = tokens[..verb]
        .iter()
        .any(|t| t.is_any(&["would", "will", "plan", "plans", "planned", "under"]));
    // "Declaration envisages UK, French troops manning front line in east": a plan's
    // picture, the force right after its verb.
    let envisaged = |k: usize| {
        let q = qualifier_start(tokens, k, clause_start).unwrap_or(k);
        q > 0
            && tokens[q - 1].is_any(&[
                "envisages",
                "envisage",
                "envisaged",
                "foresees",
                "foresee",
                "foresaw",
            ])
            && k + 1 == verb
            && tokens[verb].norm.ends_with("ing")
    };
    // The planned force is spoken of in the future or the conditional ("would be
    // stationed"); "most soldiers have been stationed on the front line since 2022" are
    // an army at war.
    let k = (clause_start..verb).rev().find(|&k| {
        (is_head(tokens, heads, k) || document && tokens[k].is_any(DOCUMENT_NOUNS))
            // "That plan, which would have allowed …": past the comma of a relative.
            && tokens[k + 1..verb].iter().all(|t| t.is_any(UNNAMED_LINKS) || t.is(",") && (document || event))
            && (tokens[k + 1..verb].iter().any(|t| t.is_any(&["would", "will"]))
                || envisaged(k)
                || named_before
                    && k > 0
                    && tokens[k - 1].is_any(&["the", "this", "that"])
                                                || planned
                    && qualifier_start(tokens, k, clause_start)
                        .is_some_and(|q| q > 0 && tokens[q - 1].is("with")))
            // A named mention is find_actor's to judge.
            && !sentence.mentions.iter().any(|m| m.first <= k && k <= m.last)
    })?;
    plainly_ours(sentence, k, clause_start).then(|| SentenceMention::at(tokens, k, actor))
}

/// Words between an unnamed subject and its verb: auxiliaries, adverbs, a relative.
const UNNAMED_LINKS: &[&str] = &[
    "would",
    "will",
    "be",
    "been",
    "being",
    "are",
    "is",
    "was",
    "were",
    "also",
    "still",
    "then",
    "later",
    "now",
    "have",
    "has",
    "had",
    "could",
    "may",
    "might",
    "to",
    "already",
    "eventually",
    "ultimately",
    "even",
    "at",
    "least",
    "all",
    "who",
    "that",
    "which",
    // "British soldiers would also help man the front line".
    "help",
];

/// Whether the noun at `k` is one of the actor's generic heads ("troops", "units"), or, for
/// a force, what a British paper calls its own soldiers: "our lads", "our boys", "the Brits".
fn is_head(tokens: &[Token], heads: &[String], k: usize) -> bool {
    let word = &tokens[k];
    heads.iter().any(|h| same_singular(&word.norm, h))
        || is_force(heads)
            && (k > 0
                && (word.is_any(&["lads", "boys"]) && tokens[k - 1].is("our")
                    || word.is("brits") && tokens[k - 1].is("the"))
                // "commandos would man the front line" in a paper on a Royal Marines base.
                || word.is_any(&["commandos", "marines", "paratroopers", "paras", "gunners"]))
}

/// Whether the unnamed noun at `k` is qualified only plainly, not as someone else's:
/// "the troops", "British and French units", "our soldiers", but not "Ukrainian
/// soldiers", "North Korean troops", "its soldiers" or "our own soldiers".
fn plainly_ours(sentence: &Sentence, k: usize, clause_start: usize) -> bool {
    let tokens = &sentence.tokens;
    // Past the nationalities of the coalition: "British and French units".
    let chain = qualifier_start(tokens, k, clause_start).unwrap_or(k);
    let qualifier = chain
        .checked_sub(1)
        .filter(|&q| q >= clause_start)
        .map(|q| &tokens[q]);
    // A quoted fragment ("listed “units posted along the front line”") is words cited.
    // "Ukrainian, not Western, troops would hold the front line": a contrast.
    let contrasted = tokens[chain.saturating_sub(4)..chain]
        .iter()
        .any(|t| t.is("not"));
    !contrasted
        && qualifier.is_none_or(|q| {
            if q.is_punct() {
                return !q.is_any(&["\"", "'"]);
            }
            q.is_any(&[
                "the",
                "with",
                "some",
                "most",
                "all",
                "many",
                "these",
                "those",
                "any",
                "more",
                "other",
                "coalition",
                "allied",
                "foreign",
                "western",
                "european",
                "this",
                "that",
                "our",
                "welsh",
                "scottish",
                // "The first British units would be stationed …", "Small observation teams".
                "first",
                "initial",
                "forward",
                // "Under the latest plans British and French units would hold …".
                "plans",
                "plan",
                "proposals",
                "proposal",
                "draft",
                "envisages",
                "envisage",
                "envisaged",
                "foresees",
            ]) && !sentence.mentions.iter().any(|m| m.last + 1 == chain)
        })
}

/// A force taken up again as the subject of a later predicate: "Troops could be deployed
/// to the cities, and they would be stationed along the front line", "Troops would be
/// based in cities, and would patrol the contact line". The nearest subject before must be
/// the force (a generic noun of it, plainly qualified, or one of its names); "Ukrainian
/// units would hold the line, and they would …" are someone else's.
fn force_taken_up(
    ctx: &Context<'_>,
    sentence: &Sentence,
    actor: EntityId,
    verb: usize,
    clause_start: usize,
) -> Option<SentenceMention> {
    let tokens = &sentence.tokens;
    let heads = ctx.index.generic_heads.get(&actor)?;
    if !is_force(heads) {
        return None;
    }
    let mut k = verb;
    while k > clause_start && tokens[k - 1].is_any(UNNAMED_LINKS) {
        k -= 1;
    }
    if !tokens[k..verb].iter().any(|t| t.is_any(&["would", "will"])) || k == 0 {
        return None;
    }
    // The nearest noun a subject could be, before `end`: the force's, or another's.
    let nearest = |s: &Sentence, end: usize| -> Option<bool> {
        let t = &s.tokens;
        (0..end).rev().find_map(|j| {
            if let Some(m) = s.mentions.iter().find(|m| m.last == j) {
                return Some(m.mention.entity == actor);
            }
            if is_head(t, heads, j) {
                return Some(plainly_ours(s, j, 0));
            }
            t[j].is_any(&[
                "ukrainians",
                "russians",
                "ukraine",
                "russia",
                "they",
                "army",
                "armies",
            ])
            .then_some(false)
        })
    };
    if tokens[k - 1].is("they") {
        let pronoun = k - 1;
        let opens = pronoun == clause_start
            || tokens[pronoun - 1].is_any(&[",", "and", "but", "where", "while"]);
        if !opens {
            return None;
        }
        let found = match nearest(sentence, pronoun) {
            Some(ours) => ours,
            None => ctx
                .analysis
                .before_in_block(sentence)
                .and_then(|p| nearest(p, p.tokens.len()))
                .unwrap_or(false),
        };
        return found.then(|| SentenceMention::at(tokens, pronoun, actor));
    }
    // A second predicate sharing its subject and auxiliary: ", and would patrol".
    let second = tokens[k - 1].is("and") && k >= 2 && tokens[k - 2].is(",");
    let subject = (0..k - 1).find(|&p| {
        tokens
            .get(p + 1)
            .is_some_and(|t| t.is_any(&["would", "will"]))
    })?;
    (second && nearest(sentence, subject + 1) == Some(true))
        .then(|| SentenceMention::at(tokens, k, actor))
}

/// Whether a past event was named just before: earlier in the sentence ("a drone attack
/// set oil tanks ablaze; the attack left one person injured") or in one of the three
/// sentences before it in its block, with no other place named in between ("A Russian
/// drone attack hit Kyiv." is another attack).
fn event_named_before(ctx: &Context<'_>, sentence: &Sentence, actor: EntityId) -> bool {
    let own = crate::checks::happening(ctx, actor).place;
    let foreign = |p: &Sentence| {
        p.mentions.iter().any(|m| {
            Some(m.mention.entity) != own
                && matches!(
                    ctx.base.entities[m.mention.entity].kind,
                    EntityKind::Country | EntityKind::Place
                )
                && m.mention.form == Form::Name
        }) && !p.mentions.iter().any(|m| Some(m.mention.entity) == own)
    };
    let named = |p: &Sentence| p.mentions_of(actor).next().is_some();
    if named(sentence) && !foreign(sentence) {
        return true;
    }
    for p in ctx.analysis.earlier_in_block(sentence).take(3) {
        if foreign(p) {
            return false;
        }
        if named(p) {
            return !another_place(ctx, p, actor, 0, p.tokens.len());
        }
    }
    false
}

/// A past event's toll in the passive: "Two workers were killed in the drone attack",
/// "Two firefighters were injured tackling the blaze" after a sentence naming the attack.
/// The claim is read from the victims ("Two workers") to the verb.
fn passive_event(
    ctx: &Context<'_>,
    sentence: &Sentence,
    actor: EntityId,
    verb: usize,
    clause_start: usize,
    objects: &[Vec<String>],
) -> Option<SentenceMention> {
    let tokens = &sentence.tokens;
    if ctx.base.entities[actor].kind != EntityKind::Event {
        return None;
    }
    let passive = verb > clause_start
        && tokens[clause_start..verb]
            .iter()
            .rev()
            .take(3)
            .any(|t| t.is_any(&["were", "was", "been", "being"]));
    if !passive {
        return None;
    }
    // Named in this sentence after the verb ("in the drone attack"), or in the sentence
    // before, with nothing else named that could have done it.
    let here = sentence
        .mentions_of(actor)
        .any(|m| m.first > verb && m.first <= verb + 6);
    let own = crate::checks::happening(ctx, actor).place;
    // "the Belgorod governor reported a Ukrainian drone attack …": with its own place
    // named, a nationality is who struck.
    let at_home = sentence
        .mentions
        .iter()
        .any(|m| Some(m.mention.entity) == own);
    let other_event = sentence.mentions.iter().any(|m| {
        m.mention.entity != actor
            && Some(m.mention.entity) != own
            && !(at_home && m.mention.form == Form::Adjective)
            && matches!(
                ctx.base.entities[m.mention.entity].kind,
                EntityKind::Event | EntityKind::Place | EntityKind::Country
            )
    });
    let before = !other_event && event_named_before(ctx, sentence, actor);
    // "Then, on 30 December 2023, the city centre was hit. … 24 people were killed in the
    // attack on Belgorod that day": an attack of another year.
    if dated_otherwise(ctx, actor, sentence)
        || ctx
            .analysis
            .before_in_block(sentence)
            .is_some_and(|p| dated_otherwise(ctx, actor, p))
    {
        return None;
    }
    let victims = (clause_start..verb)
        .rev()
        .find(|&k| object_at(tokens, objects, k).is_some())?;
    // With their number: "Two workers", "three people".
    let start = sentence
        .figures
        .iter()
        .find(|f| f.last + 1 == victims)
        .map_or(victims, |f| f.first);
    (here || before).then(|| SentenceMention::at(tokens, start, actor))
}

/// Whether the verb at `verb` tells of casualties: "killed", "injuring", "wounds".
fn casualty_verb(token: &Token) -> bool {
    ["kill", "injur", "wound"]
        .iter()
        .any(|v| token.norm.starts_with(v))
}

/// A toll given by its count alone: "killing two", "kills 2", or in a headline's passive,
/// "two workers killed", "two killed as oil depot burns". The object ends at the count
/// (after the verb) or at the verb.
fn casualty_count(
    sentence: &Sentence,
    objects: &[Vec<String>],
    verb: usize,
    verb_end: usize,
    clause_start: usize,
) -> Option<usize> {
    let tokens = &sentence.tokens;
    if !casualty_verb(&tokens[verb]) {
        return None;
    }
    let counted = |f: &&crate::claims::numbers::Figure| !f.percent && f.whole.is_none();
    if let Some(f) = sentence
        .figures
        .iter()
        .filter(counted)
        .find(|f| f.first == verb_end + 1)
    {
        return Some(f.last);
    }
    headline_toll(sentence, objects, clause_start, verb).then_some(verb)
}

/// A headline's passive toll, counted from the clause's start: "two workers killed", "two
/// killed as oil depot burns", "3 injured".
fn headline_toll(
    sentence: &Sentence,
    objects: &[Vec<String>],
    clause_start: usize,
    verb: usize,
) -> bool {
    let tokens = &sentence.tokens;
    if !tokens[verb].norm.ends_with("ed") || verb <= clause_start {
        return false;
    }
    let count_end = sentence
        .figures
        .iter()
        .find(|f| f.first == clause_start && !f.percent && f.whole.is_none())
        .map(|f| f.last)
        .or_else(|| {
            let t = &tokens[clause_start];
            let small = t.norm.chars().all(|c| c.is_ascii_digit()) && t.norm.len() <= 3
                || t.is_any(&[
                    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                ]);
            small.then_some(clause_start)
        });
    count_end.is_some_and(|end| {
        end + 1 == verb
            || object_at(tokens, objects, end + 1).is_some_and(|len| end + 1 + len == verb)
    })
}

/// Nouns that stand for the strike itself in a toll: "Strike kills two workers", "blaze
/// killed 2 workers at the depot".
const TOLL_SUBJECTS: &[&str] = &[
    "strike",
    "attack",
    "blaze",
    "fire",
    "drone",
    "drones",
    "debris",
    "explosion",
    "explosions",
];

/// A toll told under the event's place, with the event itself unnamed: a ticker's
/// "BELGOROD: fire crews at scene; two workers killed", "Belgorod update: blaze killed 2
/// workers at the depot", "Ukrainian drone attack sets oil storage tanks ablaze, killing
/// two". Only a toll told as one happening (not "has killed dozens since 2022"), with no
/// other place named and no other year.
fn toll_at_place(
    ctx: &Context<'_>,
    sentence: &Sentence,
    actor: EntityId,
    verb: usize,
    clause_start: usize,
    objects: &[Vec<String>],
) -> Option<SentenceMention> {
    let tokens = &sentence.tokens;
    if ctx.base.entities[actor].kind != EntityKind::Event || !casualty_verb(&tokens[verb]) {
        return None;
    }
    let own = crate::checks::happening(ctx, actor).place?;
    // "two people injured in drone attack": the event right after the toll.
    let here = sentence.mentions.iter().any(|m| {
        (m.last < verb || m.first <= verb + 3 && m.mention.entity == actor)
            && (m.mention.entity == own || m.mention.entity == actor)
    });
    // "A drone attack set oil tanks ablaze in Belgorod. The blaze killed two workers": the
    // strike taken up by "the blaze" in the next sentence.
    let taken_up = verb >= 2
        && tokens[verb - 1].is_any(TOLL_SUBJECTS)
        && tokens[verb - 2].is("the")
        && verb - 2 == clause_start
        && ctx.analysis.before_in_block(sentence).is_some_and(|p| {
            p.mentions.iter().any(|m| m.mention.entity == own)
                && !p.mentions.iter().any(|m| {
                    m.mention.entity != own
                        && matches!(ctx.base.entities[m.mention.entity].kind, EntityKind::Place)
                })
        });
    let here = here || taken_up;
    let elsewhere = sentence.mentions.iter().any(|m| {
        m.mention.entity != own
            && m.mention.entity != actor
            && matches!(
                ctx.base.entities[m.mention.entity].kind,
                EntityKind::Place | EntityKind::Event
            )
    });
    if !here || elsewhere || dated_otherwise(ctx, actor, sentence) {
        return None;
    }
    if tokens[clause_start..verb]
        .iter()
        .any(|t| t.is_any(&["has", "have", "had", "'s", "'ve"]))
    {
        return None;
    }
    // "… sets oil storage tanks ablaze, killing two": a gerund after the strike's clause.
    let gerund = tokens[verb].norm.ends_with("ing") && verb > 0 && tokens[verb - 1].is(",");
    // "two workers killed": the headline's passive, counted from the clause's start.
    let headline = headline_toll(sentence, objects, clause_start, verb);
    // "Strike kills two workers", "the blaze killed 2": the strike as the subject.
    let subject = verb
        .checked_sub(1)
        .filter(|&k| k >= clause_start && tokens[k].is_any(TOLL_SUBJECTS))
        .filter(|&k| {
            tokens[clause_start..k]
                .iter()
                .all(|t| t.is_any(&["the", "a", "ukrainian", "drone", "overnight", "this"]))
        });
    if headline {
        return Some(SentenceMention::at(tokens, clause_start, actor));
    }
    subject
        .or(gerund.then_some(verb))
        .map(|k| SentenceMention::at(tokens, k, actor))
}

/// Whether the sentence dates what it tells to another year than the event's: "30
/// December 2023". (An event the sources date only by its weekday is of the year they
/// were published.)
fn dated_otherwise(ctx: &Context<'_>, actor: EntityId, sentence: &Sentence) -> bool {
    let year = crate::checks::happening(ctx, actor)
        .date
        .map(|d| d.year)
        .or_else(|| crate::checks::sources_year(ctx));
    sentence
        .dates
        .iter()
        .any(|d| d.year.is_some_and(|y| year.is_some_and(|own| own != y)))
}

/// A document named just before and taken up by "it": "The original plan was a terrible
/// document, but it would have let Ukraine join NATO", "The 28-point plan emerged. It would
/// have let Ukraine join NATO."
fn document_pronoun(
    ctx: &Context<'_>,
    sentence: &Sentence,
    actor: EntityId,
    verb: usize,
    clause_start: usize,
) -> Option<SentenceMention> {
    let tokens = &sentence.tokens;
    const LINKS: &[&str] = &[
        "would",
        "have",
        "has",
        "had",
        "will",
        "also",
        "still",
        "even",
        "eventually",
        "ultimately",
        "later",
        "at",
        "least",
        "did",
        "does",
    ];
    let mut k = verb;
    while k > clause_start && tokens[k - 1].is_any(LINKS) {
        k -= 1;
    }
    // "it", the document's name, or "the plan" ("The plan would have forced Kyiv to cede
    // land, … and allow Ukraine to join NATO").
    let subject = |p: usize| {
        let named = sentence.mentions_of(actor).any(|m| m.last == p)
            || tokens[p].is_any(DOCUMENT_NOUNS)
                && p > 0
                && tokens[p - 1].is_any(&["the", "this", "that", "its"]);
        (tokens[p].is("it") || named)
            && tokens
                .get(p + 1)
                .is_some_and(|n| n.is_any(LINKS) || n.kind == TokenKind::Word)
    };
    // "the 28-point plan drawn up by Witkoff and Dmitriev without European involvement,
    // which would have offered …": the relative takes up the nearest thing named, past
    // the people and countries of a participle's phrase.
    let relative = || {
        let which = k
            .checked_sub(1)
            .filter(|&p| tokens[p].is("which") && p > 0 && tokens[p - 1].is_any(&[",", "and"]))?;
        let nearest = sentence
            .mentions
            .iter()
            .filter(|m| m.last < which && m.last + 40 > which)
            .filter(|m| {
                m.mention.form != Form::Adjective
                    && !matches!(
                        ctx.base.entities[m.mention.entity].kind,
                        EntityKind::Person | EntityKind::Country
                    )
            })
            .max_by_key(|m| m.last)?;
        (nearest.mention.entity == actor
            && !tokens[nearest.last + 1..which]
                .iter()
                .any(|t| t.is_any(&["which", "that", "who"])))
        .then_some(which)
    };
    let direct = k
        .checked_sub(1)
        .filter(|&p| p >= clause_start && tokens[p].is("it"))
        .or_else(relative);
    // A second predicate of the same subject: "It would have forced Kyiv to cede land
    // Russia had not taken, would have let Ukraine join NATO". The claim starts at its own
    // auxiliary, so the first predicate's negation does not reach it.
    // Without an auxiliary of its own the verb shares the first one: "It would have forced
    // Kyiv to cede land, cut its army and allow Ukraine to join NATO", "…, while offering
    // Ukraine a path into NATO".
    let coordinated = || {
        let second = k > 0 && tokens[k - 1].is_any(&[",", "and", "but", "while", "whilst"]);
        let p = second
            .then(|| (verb.saturating_sub(30)..k).rev().find(|&p| subject(p)))
            .flatten()?;
        let shared = tokens
            .get(p + 1)
            .is_some_and(|n| n.is_any(&["would", "will"]))
            || tokens[verb].norm.ends_with("ing") && tokens[k - 1].is_any(&["while", "whilst"]);
        (k < verb || shared).then_some((p, k))
    };
    let (pronoun, at) = direct.map(|p| (p, p)).or_else(coordinated)?;
    let named_here = sentence.mentions_of(actor).any(|m| m.last <= pronoun)
        || tokens[..pronoun]
            .iter()
            .any(|t| t.is_any(&["plan", "proposal", "draft", "document"]));
    let named_before = ctx.analysis.named_recently(sentence, actor);
    (named_here || named_before).then(|| SentenceMention::at(tokens, at, actor))
}

/// Nouns a document is taken up by: "the plan", "the draft", "the original text".
const DOCUMENT_NOUNS: &[&str] = &[
    "plan",
    "proposal",
    "draft",
    "document",
    "text",
    "blueprint",
    "framework",
];

/// The first token of the coalition nationalities before the noun at `k` ("British and
/// French units"), or `k` itself.
fn qualifier_start(tokens: &[Token], k: usize, clause_start: usize) -> Option<usize> {
    const OURS: &[&str] = &[
        "british", "french", "and", "european", "western", "allied", "uk", ",",
    ];
    let mut q = k;
    while q > clause_start && tokens[q - 1].is_any(OURS) {
        q -= 1;
    }
    // "and" (or a comma) only between two of them.
    while q < k && tokens[q].is(",") {
        q += 1;
    }
    (!tokens.get(q).is_some_and(|t| t.is("and"))).then_some(q)
}

/// "troops stationed in Germany", "deploy soldiers to the Baltics": right after the verb
/// (at `verb`) and its object (ending at `after`), a place that is not the action's
/// destination (a known place, or an unknown capitalised name that is no date); or a place
/// the clause opens with ", where" ("… with Belarus, where Polish troops are deployed").
/// The destination named with the actor wins ("flights into Ukraine have continued … from
/// Poland").
fn elsewhere(
    ctx: &Context<'_>,
    sentence: &Sentence,
    destination: EntityId,
    verb: usize,
    after: usize,
    (clause_start, clause_end): (usize, usize),
) -> bool {
    let tokens = &sentence.tokens;
    let text = ctx.analysis.draft.text;
    let is_place = |e: EntityId| {
        matches!(
            ctx.base.entities[e].kind,
            EntityKind::Country | EntityKind::Place
        )
    };
    let where_elsewhere = (clause_start + 2..verb).any(|k| {
        tokens[k].is("where")
            && tokens[k - 1].is(",")
            && match sentence.mentions.iter().find(|m| m.last + 2 == k) {
                Some(m) => m.mention.entity != destination && is_place(m.mention.entity),
                // A place the fact base does not know: "with Belarus, where".
                None => text[tokens[k - 2].span.start..].starts_with(char::is_uppercase),
            }
    });
    // "Germany has stationed a combat brigade abroad permanently" (in Lithuania); "Polish
    // soldiers will be deployed in large numbers, but to the eastern border".
    // ("80,000 American troops are stationed on the continent": Europe at large.)
    let abroad = (after + 1..clause_end.min(after + 4)).any(|k| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["abroad", "overseas"]))
    }) || (after + 3..clause_end.min(after + 5)).any(|k| {
        tokens[k].is("continent")
            && tokens[k - 1].is("the")
            && tokens[k - 2].is_any(&["on", "across", "in", "around"])
    }) || (after + 1..tokens.len().min(after + 12)).any(|k| {
        (tokens[k].is_any(&["border", "borders", "frontier"])
            || tokens[k].is_any(&["flank", "flanks"])
                && !tokens[after + 1..k].iter().any(|t| t.is(",")))
            && tokens[k.saturating_sub(4)..k]
                .iter()
                .any(|t| t.is_any(&["to", "on", "at", "along"]))
            && (k < clause_end || tokens[k.saturating_sub(4)..k].iter().any(|t| t.is("but")))
            && !tokens[k.saturating_sub(3)..k]
                .iter()
                .any(|t| t.is_any(&["ukraine's", "ukrainian"]))
    });
    // "In Bosnia the United States put 20,000 troops on the ground": a place the clause
    // opens with.
    let opened_elsewhere = tokens.get(clause_start).is_some_and(|t| t.is("in"))
        && sentence.mentions.iter().any(|m| {
            m.first == clause_start + 1
                && m.mention.entity != destination
                && is_place(m.mention.entity)
        })
        || tokens.get(clause_start).is_some_and(|t| t.is("in"))
            && tokens.get(clause_start + 1).is_some_and(|t| {
                text[t.span.start..].starts_with(char::is_uppercase)
                    && crate::date::month_number(&t.norm).is_none()
                    && !t.norm.starts_with(|c: char| c.is_ascii_digit())
            })
            && !sentence
                .mentions
                .iter()
                .any(|m| m.first == clause_start + 1);
    if where_elsewhere || abroad || opened_elsewhere {
        return true;
    }
    let bound_for = sentence.mentions.iter().any(|m| {
        m.mention.entity == destination
            && m.first > clause_start
            && m.last < verb
            && verb - m.last <= 4
            && !tokens[m.last + 1..verb].iter().any(|t| t.is(","))
            && tokens[m.first - 1].is_any(&["into", "to", "in", "inside", "over"])
    });
    if bound_for {
        return false;
    }
    // "committed troops elsewhere on NATO's eastern flank".
    if tokens[after + 1..(after + 3).min(clause_end).max(after + 1)]
        .iter()
        .any(|t| t.is("elsewhere"))
    {
        return true;
    }
    // Every place phrase shortly after the verb: "have continued throughout the war from
    // Rzeszów in south-eastern Poland". The destination named anywhere wins.
    let (mut there, mut other) = (false, false);
    // …up to a comma before who said it: "deploy troops to help run it, officials in
    // Paris confirmed".
    let phrase_end = (after + 1..(after + 8).min(clause_end))
        .find(|&k| tokens[k].is(",") && sentence.speech.iter().any(|&(v, _)| v > k && v <= k + 5))
        .unwrap_or((after + 8).min(clause_end));
    for prep in (after + 1..phrase_end).filter(|&k| {
        tokens[k].is_any(&[
            "in",
            "to",
            "into",
            "across",
            "throughout",
            "inside",
            "from",
            "at",
            "over",
        ])
    }) {
        match place_after(ctx, sentence, destination, prep, clause_end) {
            Some(false) => there = true,
            Some(true) => other = true,
            None => {}
        }
    }
    other && !there
}

/// Whether the place after the preposition at `prep` is somewhere other than the
/// destination (`Some(true)`), the destination (`Some(false)`), or no place (`None`).
fn place_after(
    ctx: &Context<'_>,
    sentence: &Sentence,
    destination: EntityId,
    prep: usize,
    clause_end: usize,
) -> Option<bool> {
    let tokens = &sentence.tokens;
    let text = ctx.analysis.draft.text;
    let mut k = prep + 1;
    if tokens.get(k).is_some_and(|t| t.is("the")) {
        k += 1;
    }
    let place = tokens.get(k).filter(|_| k < clause_end)?;
    // "to Lviv in western Ukraine", "to Lviv, Ukraine", "to Western Ukraine": the
    // destination straight after the place.
    if sentence.mentions.iter().any(|m| {
        m.mention.entity == destination
            && m.first >= k
            && m.first <= k + 3
            && m.first < clause_end
            && (m.first <= k + 1
                || tokens[k + 1..m.first]
                    .iter()
                    .any(|t| t.is_any(&["in", ","]))
                    && !tokens[k + 1..m.first]
                        .iter()
                        .any(|t| t.is_any(&["rather", "instead", "than", "to", "help"])))
    }) {
        return Some(false);
    }
    if let Some(m) = sentence.mentions.iter().find(|m| m.first == k) {
        let place = matches!(
            ctx.base.entities[m.mention.entity].kind,
            EntityKind::Country | EntityKind::Place
        );
        return place.then_some(m.mention.entity != destination);
    }
    let capitalised = text[place.span.start..place.span.end]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    // "to the European-led deployment": a hyphenated modifier is no place.
    let modifier = place.norm.contains('-');
    (capitalised
        && !modifier
        && crate::date::month_number(&place.norm).is_none()
        && crate::date::Weekday::parse(&place.norm).is_none())
    .then_some(true)
}

/// The action's object within reach of the verb: after it ("send troops"), or before it
/// in the passive ("troops will be sent"). Returns the last token of the object (or the
/// verb when the action takes no object).
fn find_object(
    tokens: &[Token],
    objects: &[Vec<String>],
    to_destination: bool,
    verb: usize,
    verb_end: usize,
    clause_start: usize,
    clause_end: usize,
) -> Option<usize> {
    if objects.is_empty() {
        return Some(verb_end);
    }
    // "offered to help British and European soldiers": an infinitive after the verb
    // has the object; a verb of the action there is read on its own.
    // "pledged to backstop a European-led force": any verb after "to" has its own object;
    // a verb of the action there ("offered to send troops") is read on its own.
    let infinitive = tokens.get(verb_end + 1).is_some_and(|t| t.is("to"))
        && tokens.get(verb_end + 2).is_some_and(|t| {
            t.is_any(&[
                "help", "support", "assist", "train", "back", "monitor", "protect", "defend",
                "equip", "reassure", "relieve", "replace",
            ]) || t.kind == TokenKind::Word
                && !t.is_any(&[
                    "the", "a", "an", "its", "their", "his", "her", "our", "ukraine",
                ])
                && !t.norm.starts_with(|c: char| c.is_ascii_digit())
                && object_at(tokens, objects, verb_end + 2).is_none()
        });
    // The object follows closely, with no preposition that makes it someone else's
    // ("offered intelligence for European soldiers").
    let after_end = if infinitive {
        verb_end + 1
    } else {
        (verb_end + 8).min(clause_end)
    };
    for k in verb_end + 1..after_end {
        // "the plan for a European force", "the idea of a force": the noun carries on.
        let carries = k > 0
            && tokens[k - 1].is_any(&[
                "plan",
                "idea",
                "proposal",
                "prospect",
                "concept",
                "creation",
                "deployment",
            ]);
        // "supply intelligence and logistics to a European-led force": for an action
        // with a destination, what comes after "to" is where, or whom, it goes to.
        if to_destination && k > verb_end + 1 && tokens[k].is("to") {
            break;
        }
        if !carries
            && tokens[k].is_any(&[
                ".",
                ";",
                ",",
                "for",
                "with",
                "by",
                "alongside",
                "from",
                "against",
                "besides",
                "including",
                "than",
                "ahead",
                "before",
                "behind",
                "over",
            ])
        {
            break;
        }
        if let Some(len) = object_at(tokens, objects, k) {
            return Some(k + len - 1);
        }
    }
    // Intransitive: "U.S. troops will deploy to Ukraine", "British soldiers would take
    // part".
    if tokens[verb].norm.starts_with("deploy")
        || tokens[verb].is_any(&[
            "participate",
            "participating",
            "take",
            "taking",
            "join",
            "joining",
        ])
    {
        let mut k = verb;
        while k > clause_start
            && tokens[k - 1].is_any(&[
                "will", "would", "could", "might", "may", "are", "is", "to", "also", "then",
                "soon", "expected", "set", "due",
            ])
        {
            k -= 1;
        }
        let subject = (clause_start..k)
            .rev()
            .take(3)
            .any(|j| object_at(tokens, objects, j).is_some_and(|len| j + len == k));
        if k < verb && subject {
            return Some(verb_end);
        }
    }
    // Passive: "American troops will be sent", "troops being deployed".
    let passive = tokens[verb.saturating_sub(3)..verb]
        .iter()
        .any(|t| t.is_any(&["be", "been", "being", "is", "are", "was", "were"]));
    if passive {
        for k in (clause_start.max(verb.saturating_sub(6))..verb).rev() {
            // "would not be posted close to the front line and would be based instead in
            // cities": a verb of its own after "and", with its own complement.
            if tokens[k].is_any(&["and", "but", "or"])
                && tokens.get(k + 1).is_some_and(|t| {
                    t.is_any(&[
                        "would", "will", "could", "might", "may", "should", "be", "is", "are",
                        "was", "were", "instead",
                    ])
                })
            {
                break;
            }
            if let Some(len) = object_at(tokens, objects, k) {
                return Some((k + len - 1).max(verb_end));
            }
        }
    }
    None
}

fn object_at(tokens: &[Token], objects: &[Vec<String>], k: usize) -> Option<usize> {
    objects.iter().find_map(|words| {
        let fits = words.iter().enumerate().all(|(j, w)| {
            tokens.get(k + j).is_some_and(|t| {
                let n = &t.norm;
                // "commit ground forces" is troops, not "the force" of Europe.
                let troops = n == "forces"
                    && k + j > 0
                    && tokens[k + j - 1].is_any(&[
                        "ground", "armed", "special", "combat", "own", "air", "naval", "land",
                    ]);
                // …and "support a European force" is the force, not "forces" sent.
                same_singular(n, w) && !(troops && w == "force")
                    // "five-brigade": the object at the end of a compound.
                    || n.len() > w.len() && n.ends_with(w.as_str()) && n.as_bytes()[n.len() - w.len() - 1] == b'-'
            })
        });
        fits.then_some(words.len())
    })
}

/// The mention of `actor` that is the subject of the verb.
fn find_actor<'s>(
    sentence: &'s Sentence,
    actor: EntityId,
    verb: usize,
    clause_start: usize,
    objects: &[Vec<String>],
    state: bool,
    document: bool,
) -> Option<&'s SentenceMention> {
    let tokens = &sentence.tokens;
    let subject = sentence
        .mentions
        .iter()
        .filter(|m| m.mention.entity == actor)
        .find(|m| {
            if m.last >= verb || m.first < clause_start {
                return false;
            }
            if m.mention.form == Form::Adjective {
                // "Polish troops will be sent": the adjective must qualify an object;
                // "Polish leaders will commit a brigade": or the people who speak for it.
                let speaking_for = tokens.get(m.last + 1).is_some_and(|t| {
                    t.is_any(&[
                        "leaders",
                        "officials",
                        "government",
                        "ministers",
                        "authorities",
                        "diplomats",
                        "friends",
                        "neighbours",
                        "neighbors",
                        "counterparts",
                        "partners",
                    ])
                });
                // "A German government that sends troops … would need": any such one.
                let any_such = m.first > 0
                    && tokens[m.first - 1].is_any(&["a", "an", "any", "every"])
                    && tokens
                        .get(m.last + 2)
                        .is_some_and(|t| t.is_any(&["that", "which", "who"]));
                // "no American troops would be deployed on the ground, in line with …
                // Hegseth, who ruled out sending US troops": a clause away.
                let far = tokens[m.last + 1..verb].iter().any(|t| t.is(","));
                return !far && object_at(tokens, objects, m.last + 1).is_some()
                    || speaking_for && !any_such;
            }
            // "a Russia that tolerates foreign troops in Lviv might feel freer": any such
            // one, imagined.
            if m.first > 0
                && tokens[m.first - 1].is_any(&["a", "an"])
                && tokens
                    .get(m.last + 1)
                    .is_some_and(|t| t.is_any(&["that", "which"]))
            {
                return false;
            }
            // "Under the plan, Ukraine would be allowed to join NATO": what a document
            // provides is its own claim.
            let mut d = m.first;
            while d > 0 && tokens[d - 1].is_any(&["the", "its", "this", "that"]) {
                d -= 1;
            }
            let under_document = d > 0 && tokens[d - 1].is("under") && document;
            // "kit for the troops who will be stationed on the front line": the subject of
            // a relative clause after a preposition.
            let relative_subject = tokens
                .get(m.last + 1)
                .is_some_and(|t| t.is_any(&["who", "that", "which"]));
            // "With passenger flights still operating out of Lviv, …": an absolute clause.
            let absolute = m.first > 0
                && tokens[m.first - 1].is("with")
                && tokens[verb].norm.ends_with("ing")
                && tokens[m.last + 1..verb]
                    .iter()
                    .all(|t| t.is_any(&["still", "already", "again", "now", "also"]));
            if speech::preceded_by_preposition(tokens, m.first)
                && !under_document
                && !relative_subject
                && !absolute
            {
                return false;
            }
            // "| US role | mediator between NATO and Russia | backs guarantees |": an actor in
            // another cell leads it.
            if (m.last + 1..verb).any(|k| tokens[k].is("|"))
                && !(m.first == 0 || tokens[m.first - 1].is("|"))
            {
                return false;
            }
            // "Poland hosts the main transit route … and that any European contingent
            // would be supplied …": a second clause with its own subject.
            if (m.last + 2..verb).any(|k| tokens[k].is("that") && tokens[k - 1].is("and")) {
                return false;
            }
            // "Poland, Germany's neighbour, has ruled out": someone described by a name.
            let possessive = tokens[m.last].norm.ends_with("'s")
                || tokens.get(m.last + 1).is_some_and(|t| t.is("'s"));
            if possessive && m.first > 0 && tokens[m.first - 1].is(",") {
                return false;
            }
            // "the Warsaw summit", "the Kyiv talks": a name modifying a noun is no subject.
            if tokens
                .get(m.last + 1)
                .is_some_and(|t| t.is_any(MODIFIED_NOUNS))
            {
                return false;
            }
            // A subordinate clause with its own subject: "US throws its weight behind
            // Ukraine guarantees as Britain and France pledge troops".
            let subordinate = (m.last + 1..verb).any(|k| {
                tokens[k].is_any(&[
                    "as", "while", "when", "after", "before", "because", "since", "whereas",
                    "although", "though", "once", "until",
                ]) && sentence.mentions.iter().any(|o| {
                    o.mention.entity != actor
                        && o.first > k
                        && o.first <= k + 2
                        && o.last < verb
                        && (o.last + 1..verb).all(|j| {
                            tokens[j].is_any(AUXILIARIES)
                                || tokens[j].is_any(&["and", "also", "now"])
                                || sentence
                                    .mentions
                                    .iter()
                                    .any(|p| p.first <= j && j <= p.last)
                        })
                })
            });
            // "America has endorsed a pledge …, Britain and France are ready to send
            // troops": a clause of a list with its own subject.
            let listed_clause = !under_document
                && (m.last + 1..verb).any(|k| {
                    tokens[k].is(",")
                        && sentence.mentions.iter().any(|o| {
                            if o.first != k + 1 || o.mention.entity == actor {
                                return false;
                            }
                            let mut j = o.last + 1;
                            if tokens.get(j).is_some_and(|t| t.is("and")) {
                                if let Some(p) = sentence.mentions.iter().find(|p| p.first == j + 1)
                                {
                                    j = p.last + 1;
                                }
                            }
                            // "…, Britain and France ready to send troops" (a headline).
                            j < verb
                                && (tokens[j].is_any(AUXILIARIES)
                                    || tokens[j]
                                        .is_any(&["ready", "prepared", "willing", "poised", "set"]))
                        })
                });
            // "Kremlin unmoved as allies agree Ukraine guarantees": a subordinate clause
            // with a subject of its own the fact base does not name.
            let unnamed_subordinate = verb >= m.last + 3 && {
                let k = verb - 2;
                tokens[k].is_any(&["as", "while", "when", "after", "before", "because", "since"])
                    && tokens[k + 1].is_any(&[
                        "allies",
                        "leaders",
                        "officials",
                        "partners",
                        "europeans",
                        "countries",
                        "ministers",
                        "diplomats",
                        "others",
                        "they",
                        "we",
                    ])
            };
            // "the US leads a monitoring mechanism, the Europeans put forces on the ground".
            let new_subject = verb >= 3
                && verb > m.last + 3
                && tokens[verb - 3].is(",")
                && tokens[verb - 2].is("the")
                && tokens[verb - 1].kind == TokenKind::Word
                && !sentence
                    .mentions
                    .iter()
                    .any(|o| o.first < verb && verb - 1 <= o.last && o.mention.entity == actor);
            if subordinate || listed_clause || unnamed_subordinate || new_subject {
                return false;
            }
            // Another subject between the actor and the verb takes the verb ("Poland, like
            // Britain, …" keeps Poland; "Hegseth said Europe must send" does not).
            if let Some(&(v, ref said_by)) = sentence
                .speech
                .iter()
                .find(|(v, _)| *v > m.last && *v < verb)
            {
                // "The US endorsed the pledge, as Britain and France said they were
                // prepared to send troops": the pronoun is the other speakers'.
                let other_speaker = match said_by {
                    Some(Speaker::Entity(e) | Speaker::Resolved(e)) => {
                        *e != actor
                            && sentence
                                .mentions
                                .iter()
                                .any(|o| o.mention.entity == *e && o.first > m.last && o.last < v)
                    }
                    _ => false,
                };
                if other_speaker {
                    return false;
                }
                let mut next = v + 1;
                // "told partners it will not": past the verb's object to the pronoun.
                if tokens[v].is_any(&["told", "tells", "tell", "assured", "informed", "warned"]) {
                    if let Some(p) =
                        (v + 1..(v + 5).min(verb)).find(|&p| speech::is_pronoun(&tokens[p]))
                    {
                        if tokens[v + 1..p].iter().all(|t| !t.is_punct()) {
                            next = p;
                        }
                    }
                }
                // "said at the summit that it would": past a short phrase to "that".
                if let Some(that) = (next..(next + 6).min(verb))
                    .take_while(|&k| !tokens[k].is_punct())
                    .find(|&k| tokens[k].is("that"))
                {
                    next = that;
                }
                while tokens.get(next).is_some_and(|t| {
                    t.is_any(&[
                        "that",
                        ",",
                        "on",
                        "monday",
                        "tuesday",
                        "wednesday",
                        "thursday",
                        "friday",
                        "saturday",
                        "sunday",
                    ])
                }) {
                    next += 1;
                }
                return tokens.get(next).is_some_and(speech::is_pronoun);
            }
            // A relative or second clause ("Poland, which borders Ukraine, …") is fine; a
            // full stop of the subject's clause before the verb is not.
            true
        });
    subject
        .or_else(|| {
            // Passive agent: "troops will be sent by Poland".
            sentence.mentions.iter().find(|m| {
                m.mention.entity == actor
                    && m.first > verb
                    && m.first <= verb + 8
                    && m.first > 0
                    && tokens[m.first - 1].is("by")
            })
        })
        .or_else(|| {
            // A state's subject after its verb: "airlines have continued to operate a
            // handful of civilian flights"; a journey on one: "she flew home to Lviv on a
            // commercial flight".
            sentence.mentions.iter().find(|m| {
                state
                    && m.mention.entity == actor
                    && m.first > verb
                    && (m.first <= verb + 5
                        && tokens[verb + 1..m.first].iter().all(|t| {
                            t.is_any(&[
                                "a", "an", "the", "some", "handful", "number", "of", "few",
                                "several", "limited", "small",
                            ])
                        })
                        || tokens[verb].norm.starts_with("fl")
                            && m.first <= verb + 9
                            && tokens[m.first - 2].is("on")
                            && tokens[m.first - 1].is_any(&["a", "an"])
                            && (verb + 1..m.first - 2).all(|j| {
                                tokens[j].is_any(&["home", "back", "to", "into", "out", "in"])
                                    || sentence
                                        .mentions
                                        .iter()
                                        .any(|o| o.first <= j && j <= o.last)
                            }))
            })
        })
}

/// Whether an outright refusal stands between the actor and the noun ("has ruled out
/// any deployment", "refused a contribution").
fn refuses(tokens: &[Token], actor_last: usize, noun: usize) -> bool {
    tokens
        .get(actor_last + 1..noun)
        .unwrap_or(&[])
        .iter()
        .any(|t| {
            t.is_any(&[
                "rule", "ruled", "rules", "ruling", "refuse", "refused", "refuses", "reject",
                "rejected", "rejects", "exclude", "excluded", "excludes", "vetoed",
            ])
        })
}

/// Whether the clause dates an event to another day than its own: its date, or its
/// weekday ("A drone strike on the village of Dubki on 2 February injured two people":
/// 2 February 2026 was a Monday, the Belgorod attack a Tuesday).
fn another_day(
    ctx: &Context<'_>,
    sentence: &Sentence,
    event: EntityId,
    (clause_start, clause_end): (usize, usize),
) -> bool {
    let facts = ctx.index.events.get(&event).map_or(&[][..], Vec::as_slice);
    let (mut date, mut weekday) = (None, None);
    for &f in facts {
        if let FactData::Happened {
            date: d,
            weekday: w,
            ..
        } = &ctx.base.facts[f].data
        {
            date = date.or(*d);
            weekday = weekday.or(*w);
        }
    }
    // ("The drone attack on Belgorod on Sunday killed three": its own place, the wrong
    // day.)
    let words = &ctx.analysis.draft.text[sentence.span.start..sentence.span.end];
    if super::happening(ctx, event)
        .place
        .is_some_and(|p| words.contains(ctx.base.entities[p].name.as_str()))
    {
        return false;
    }
    let year = ctx.as_of.map(|d| d.year);
    sentence
        .dates
        .iter()
        .filter(|d| d.first >= clause_start && d.last < clause_end)
        .any(|d| {
            let told = d
                .day
                .zip(d.month)
                .and_then(|(day, month)| crate::date::Date::ymd(d.year.or(year)?, month, day).ok());
            let told_weekday = d.weekday.or_else(|| told.and_then(|t| t.weekday()));
            date.is_some_and(|right| {
                (d.day.is_some() || d.month.is_some()) && super::events::date_conflicts(right, d)
            }) || matches!((weekday, told_weekday), (Some(w), Some(t)) if w != t)
        })
}

/// Verbs that take "back" as a particle: "holding Russia back", "pull back its forces".
const BACK_VERBS: &[&str] = &[
    "hold", "holds", "holding", "held", "keep", "keeps", "keeping", "kept", "push", "pushes",
    "pushing", "pushed", "beat", "beating", "beaten", "fight", "fighting", "fought", "pull",
    "pulls", "pulled", "pulling", "draw", "draws", "drew", "drawn", "driven", "drove", "forced",
    "knocked", "scale", "scaled", "roll", "rolled", "fall", "fell", "step", "stepped", "come",
    "comes", "coming", "came", "go", "goes", "going", "went", "get", "getting", "bounce",
    "bouncing", "hit", "hitting", "strike", "striking", "strikes", "struck",
];

/// Nouns a place name can modify ("the Warsaw summit"), which make it no actor.
const MODIFIED_NOUNS: &[&str] = &[
    "summit",
    "meeting",
    "talks",
    "conference",
    "declaration",
    "format",
    "process",
    "gathering",
    "session",
    "agreement",
    "accord",
    "plan",
    "government's",
    "correspondent",
    "bureau",
    "office",
];

/// Auxiliaries that open a second predicate after "and" / "but".
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "did",
    "does", "do", "may", "might", "should", "must",
];

/// Nouns of evidence: "no sign", "little indication" that a claim holds.
const SIGNS: &[&str] = &[
    "sign",
    "signs",
    "signal",
    "signals",
    "indication",
    "indications",
    "evidence",
    "suggestion",
    "hint",
    "appetite",
    "prospect",
];

/// How the clause between the actor and the verb qualifies the verb.
fn claim_of(
    tokens: &[Token],
    actor: &SentenceMention,
    attributive: bool,
    verb: usize,
    verb_end: usize,
    (clause_start, clause_end): (usize, usize),
) -> Claim {
    let (actor_first, actor_last) = (actor.first, actor.last);
    // "Poland would rather serve as the logistical hub … than put Polish soldiers inside
    // Ukraine": the verb set aside.
    if verb >= 1
        && tokens[verb - 1].is("than")
        && tokens[clause_start..verb].iter().any(|t| t.is("rather"))
    {
        return Claim::DoesNot;
    }
    // "has not changed its position that American troops will not be sent": the claim is
    // the position's own clause.
    if let Some(that) = (actor_last + 1..verb).rev().find(|&k| {
        tokens[k].is("that")
            && k > 0
            && tokens[k - 1].is_any(&[
                "position",
                "stance",
                "view",
                "line",
                "insistence",
                "assurance",
                "pledge",
                "promise",
                "belief",
            ])
    }) {
        let negated = tokens[that + 1..verb]
            .iter()
            .any(|t| t.is_any(&["not", "never", "no"]) || t.norm.ends_with("n't"));
        return if negated { Claim::DoesNot } else { Claim::Does };
    }
    // "What the US will not do, according to Hegseth, is send troops": a cleft's
    // negation is in its "what" clause.
    if verb >= 2 && tokens[verb - 1].is_any(&["is", "was"]) {
        let what = (clause_start..verb - 1)
            .rev()
            .find(|&w| tokens[w].is("what"));
        if let Some(w) = what {
            let does = tokens[w + 1..verb - 1]
                .iter()
                .any(|t| t.is_any(&["do", "does", "did"]));
            let negated = tokens[w + 1..verb - 1]
                .iter()
                .any(|t| t.is_any(&["not", "never", "won't"]) || t.norm.ends_with("n't"));
            if does && negated {
                return Claim::DoesNot;
            }
        }
    }
    // Before the actor only a plain negation counts ("No civilian flights"), unless the
    // actor is an adjective inside the object ("ruled out any American troops being sent").
    // An actor after its verb ("continued to operate civilian flights"): the clause up
    // to the verb qualifies it.
    let adjective = attributive || actor_first > verb;
    let (actor_first, actor_last) = if actor_first > verb {
        (verb, verb - 1)
    } else {
        (actor_first, actor_last)
    };
    // "…that, if it is not, no American troops will have been deployed": the condition's
    // own negation does not reach the claim.
    let after_condition = |from: usize| {
        (from..actor_first)
            .rev()
            .find(|&c| tokens[c].is(","))
            .filter(|&c| {
                tokens[from..c]
                    .iter()
                    .any(|t| t.is_any(&["if", "unless", "whether", "when"]))
            })
            .map_or(from, |c| c + 1)
    };
    let lead_start = if adjective {
        after_condition(clause_start)
    } else {
        actor_first.saturating_sub(2).max(clause_start)
    };
    // "but no, Poland has ruled out …": an answering "no," negates nothing.
    let mut window: Vec<&Token> = tokens[lead_start..actor_first]
        .iter()
        .enumerate()
        .filter(|&(k, t)| {
            let answer = t.is("no") && tokens.get(lead_start + k + 1).is_some_and(|n| n.is(","));
            (adjective || t.is_any(&["no", "not", "never", "neither", "nor", "none"])) && !answer
        })
        .map(|(_, t)| t)
        .collect();
    // "None of this means Washington will put soldiers on the ground", "That does not
    // mean Poland will send troops": the claim denied as a consequence.
    if let Some(m) = (actor_first.saturating_sub(3)..actor_first)
        .find(|&k| tokens[k].is_any(&["mean", "means", "meant"]))
    {
        if let Some(n) = tokens[actor_first.saturating_sub(6)..m].iter().find(|t| {
            t.is_any(&["none", "not", "n't", "never", "nothing"]) || t.norm.ends_with("n't")
        }) {
            window.push(n);
        }
    }
    // A relative clause between commas ("Canada, which is not European, is willing …")
    // does not qualify the main verb.
    // But when the verb is inside it ("Trump, who has avoided committing …"), it does.
    let mut in_relative = false;
    let mut skipped: Vec<&Token> = Vec::new();
    let lead_negations = window.len();
    for (k, t) in tokens.iter().enumerate().take(verb).skip(actor_last + 1) {
        // …and so does an aside right after the actor ("Civilian flights, grounded in the
        // first weeks of the invasion, have since resumed"; "Spain, long seen as
        // reluctant, now says it is ready").
        let participle = k == actor_last + 1;
        if t.is(",")
            && (participle
                || tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(&["which", "who", "whose"])))
        {
            in_relative = true;
        } else if t.is(",") && in_relative {
            in_relative = false;
            skipped.clear();
        } else if in_relative {
            skipped.push(t);
        } else {
            window.push(t);
        }
    }
    // "Not Poland, which has ruled out sending troops": a negation before the actor
    // belongs to the main clause, not to the relative clause holding the verb.
    // "…it will be Ukrainians, not Western soldiers, who man the front line": the actor
    // set aside in a contrast keeps its "not".
    // ("Ukrainian troops, not British or other Western soldiers, are expected to …")
    let contrasted = (actor_first.saturating_sub(4)..actor_first).any(|k| {
        k >= 1
            && tokens[k].is("not")
            && tokens[k - 1].is(",")
            && tokens[k + 1..actor_first]
                .iter()
                .all(|t| t.kind == TokenKind::Word && !t.is_any(AUXILIARIES))
    });
    if contrasted && !adjective {
        return Claim::DoesNot;
    }
    if in_relative && !adjective {
        window.drain(..lead_negations);
    }
    window.extend(skipped);
    // "The drone attack caused no casualties", "sent no troops": the object denied.
    if let Some(k) =
        (verb_end + 1..(verb_end + 3).min(clause_end)).find(|&k| tokens[k].is_any(&["no", "zero"]))
    {
        window.push(&tokens[k]);
    }
    // Coordinated predicates share the subject but not their negations: in "Russia has
    // rejected the force and has given no sign it would accept it", only "has given no
    // sign it would" qualifies "accept".
    // ("… would not be operating as “peacekeepers” and they would not be posted close to
    // the front line": the pronoun takes up the subject, with negations of its own.)
    if let Some(k) = window.iter().rposition(|t| t.is_any(&["and", "but"])) {
        let pronoun = window
            .get(k + 1)
            .is_some_and(|n| n.is_any(&["they", "it", "he", "she", "we"]));
        let aux = window.get(k + 1 + usize::from(pronoun));
        if aux.is_some_and(|n| n.is_any(AUXILIARIES)) {
            window.drain(..=k);
        }
    }
    // A table row: the actor's cell names it, the verb's own cell qualifies the verb
    // ("| United States | No ground troops | Hegseth has ruled out sending troops |").
    if let Some(k) = window.iter().rposition(|t| t.is("|")) {
        window.drain(..=k);
    }
    // "There is no sign that the Kremlin would accept …": a denied sign of the claim,
    // however far before the actor, leaves it open.
    let denied_sign = tokens[clause_start.min(actor_first)..verb]
        .windows(2)
        .chain(tokens[actor_first.saturating_sub(8)..actor_first].windows(2))
        .any(|w| w[0].is_any(&["no", "little", "scant"]) && w[1].is_any(SIGNS))
        // "no public indication that", "little real sign that".
        || tokens[actor_first.saturating_sub(10)..actor_first]
            .windows(3)
            .any(|w| w[0].is_any(&["no", "little", "scant"]) && w[2].is_any(SIGNS))
        // "What did not happen: any sign from Moscow that it would accept …".
        // "- Any sign that Moscow is prepared to accept a deal": a thing to watch for,
        // opening its line.
        // "Nor has there been any public indication that Russia would accept …".
        || tokens[..actor_first].windows(3).enumerate().any(|(k, w)| {
            w[0].is("any")
                && (w[1].is_any(SIGNS) || w[2].is_any(SIGNS))
                && (tokens[..k].iter().all(|t| t.is_punct())
                    || tokens[..k].iter().any(|t| {
                        t.is_any(&["not", "no", "never", "without", "nor"])
                            || t.norm.ends_with("n't")
                    }))
        });
    // "Germany, whose position on sending soldiers has not been settled": a gerund after
    // a preposition names the action, it does not say that anyone does it.
    let named_action = tokens[verb].norm.ends_with("ing")
        && verb > 0
        && tokens[verb - 1].is_any(&[
            "on",
            "about",
            "over",
            "of",
            "regarding",
            "towards",
            "toward",
        ])
        // …but "has signed off on sending", "insisted on deploying" commit to it.
        && !(verb >= 3
            && tokens[verb - 1].is("on")
            && (tokens[verb - 3].is("signed") && tokens[verb - 2].is("off")
                || tokens[verb - 2].is_any(&["insisted", "insists", "decided", "agreed"])));
    // "so you can eventually get civilian airliners flying again", "to help get passenger
    // jets flying again": a purpose.
    let purpose = !in_relative
        && tokens[clause_start..actor_first].windows(2).any(|w| {
            w[0].is_any(&["so", "until", "once"])
                && w[1].is_any(&["you", "we", "they", "that", "it", "can", "could"])
        })
        && tokens[clause_start..actor_first]
            .iter()
            .any(|t| t.is_any(&["can", "could", "would", "might", "may"]))
        || !in_relative
            && tokens[clause_start..actor_first].windows(2).any(|w| {
                w[0].is("to") && w[1].is_any(&["help", "get", "allow", "enable", "let", "see"])
            })
        // "jets that could patrol the skies and help civilian flights resume one day".
        || !adjective
            && actor_first > 0
            && tokens[actor_first - 1].is_any(&["help", "helps", "helping", "helped"]);
    if denied_sign || named_action || purpose {
        return Claim::Maybe;
    }
    let mut negators = 0;
    let mut hedged = false;
    // "has neither committed troops nor ruled them out": undecided.
    if window.iter().any(|t| t.is("neither"))
        && tokens[verb..clause_end].iter().any(|t| t.is("nor"))
    {
        return Claim::Maybe;
    }
    // "Neither Poland nor Italy is expected to contribute": one negation of both.
    let neither_nor = window.iter().any(|t| t.is("neither")) && window.iter().any(|t| t.is("nor"));
    for (k, t) in window.iter().enumerate() {
        if neither_nor && t.is("nor") {
            continue;
        }
        if t.is("yet") && window.get(k + 1).is_some_and(|n| n.is("to")) {
            hedged = true;
            continue;
        }
        if t.is("no")
            && window
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["doubt", "longer"]))
        {
            continue;
        }
        if NEGATOR_SET.contains(t.norm.as_str())
            || t.norm.ends_with("n't")
            || t.is_any(&["refusal", "opposition", "rejection"])
        {
            negators += 1;
        }
        // "The plan puts British battalions on the front line": what a plan provides is
        // asserted; "a plan to send", "the proposal for Poland to" are hedges.
        let provision = t.is_any(&["plan", "proposal"])
            && !window
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["to", "for", "that"]));
        // "refused to consider sending": a negated hedge is a plain refusal.
        if HEDGE_SET.contains(t.norm.as_str()) && negators == 0 && !provision {
            hedged = true;
        }
    }
    // "rather than sending", "instead of deploying".
    let before = |k: usize| verb.checked_sub(k).map(|i| &tokens[i]);
    let pair =
        |a: &str, b: &str| before(2).is_some_and(|t| t.is(a)) && before(1).is_some_and(|t| t.is(b));
    // "rather than one patrolling a front line": the contrast may stand a word off.
    let contrast = (verb.saturating_sub(4).max(actor_last + 1)..verb).any(|k| {
        k + 1 < tokens.len()
            && (tokens[k].is("rather") && tokens[k + 1].is("than")
                || tokens[k].is("instead") && tokens[k + 1].is("of"))
    });
    // "Ukrainian rather than Western soldiers who are expected to man the front line":
    // the actor set aside.
    // ("units like the Hornets, and not Western soldiers, that would man …")
    let set_aside = actor_first >= 2
        && (tokens[actor_first - 2].is("rather") && tokens[actor_first - 1].is("than")
            || tokens[actor_first - 2].is("instead") && tokens[actor_first - 1].is("of")
            || tokens[actor_first - 2].is_any(&["and", ",", "but"])
                && tokens[actor_first - 1].is("not"));
    if contrast || set_aside {
        negators += 1;
    }
    // An infinitive is asserted only after a word of commitment ("agreed to send");
    // otherwise it is a purpose or a plan ("planes to fly", "calls for troops to be sent").
    let governing = match (before(2), before(1)) {
        (Some(to), Some(be)) if to.is("to") && be.is("be") => before(3),
        (_, Some(to)) if to.is("to") => before(2),
        _ => None,
    };
    let infinitive = before(1).is_some_and(|t| t.is("to")) || pair("to", "be");
    // "European battalions are (also) to be stationed", "Poland is to send": the future
    // of "be to", right after its subject.
    let between = &tokens[(actor_last + 1).min(verb)..verb];
    let be_to = between.first().is_some_and(|t| t.is_any(&["is", "are"]))
        && between
            .iter()
            .all(|t| t.is_any(&["is", "are", "also", "now", "still", "to", "be"]));
    // A headline's "Poland to send troops" is a future: the actor governs the infinitive.
    // ("BREAKING: US to deploy troops", "15:55 Update: Poland to send troops": after an
    // alert's short label.)
    let after_label = (2..=6).contains(&actor_first)
        && tokens[actor_first - 1].is_any(&[":", "—", "–", "-"])
        && tokens[..actor_first - 1]
            .iter()
            .all(|t| !t.is_any(&[",", "."]));
    let headline = (actor_first <= 1 || after_label)
        && governing.is_some_and(|g| g.span == tokens[actor_last].span);
    if infinitive
        && !headline
        && !be_to
        && !governing.is_some_and(|g| {
            g.is_any(COMMIT_TO) || NEGATOR_SET.contains(g.norm.as_str()) || g.norm.ends_with("n't")
        })
    {
        hedged = true;
    }
    // Conditions after the verb: "would not send troops without a backstop". A refusal
    // "until its mandate is clearer" is a refusal for now.
    let refusal = window
        .iter()
        .any(|t| t.is_any(&["declined", "refused", "rejected", "declines", "refuses"]));
    let after = &tokens[verb_end + 1..clause_end.min(verb_end + 12).max(verb_end + 1)];
    if after
        .iter()
        .any(|t| t.is_any(&["if", "unless", "without", "whether"]) || t.is("until") && !refusal)
    {
        hedged = true;
    }
    // "If Russia agrees …", "whether Poland would send …": conditions anywhere before.
    // "If a deal is signed, European troops would be stationed …" is the plan itself: the
    // force is for after a settlement.
    // …but not in an earlier clause of a list: "Germany has yet to say whether it would
    // send soldiers, …, and Warsaw is expected to contribute a brigade".
    let own_clause = (1..actor_first)
        .rev()
        .find(|&k| {
            tokens[k].is(";")
                || tokens[k - 1].is(",") && tokens[k].is_any(&["and", "but", "while", "whereas"])
        })
        .unwrap_or(0);
    if tokens[own_clause..verb].iter().enumerate().any(|(j, t)| {
        let k = own_clause + j;
        t.is_any(&["if", "whether", "unless", "should", "until"])
            && !(t.is("if") && settlement_premise(tokens, k, actor_first))
    }) {
        hedged = true;
    }
    // "when I ask what Germany would contribute to the force": an indirect question.
    if actor_first >= 2
        && tokens[actor_first - 1].is_any(&["what", "how", "where", "when", "whom"])
        && tokens[actor_first.saturating_sub(4)..actor_first - 1]
            .iter()
            .any(|t| {
                t.is_any(&[
                    "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "know",
                    "knows", "unclear", "clear", "say", "said", "explain", "tell", "decide",
                    "question",
                ])
            })
    {
        hedged = true;
    }
    // "Had Washington refused to back the force, …": an inverted condition.
    if clause_start == 0
        && tokens.first().is_some_and(|t| t.is_any(&["had", "were"]))
        && actor_first == 1
    {
        hedged = true;
    }
    match negators {
        0 if hedged => Claim::Maybe,
        0 => Claim::Does,
        n if n % 2 == 1 && hedged => Claim::Maybe,
        n if n % 2 == 1 => Claim::DoesNot,
        _ => Claim::Open,
    }
}

/// An opening "if a deal is signed," before the actor: the premise of every plan for the
/// force, not a doubt about it.
fn settlement_premise(tokens: &[Token], k: usize, actor_first: usize) -> bool {
    let Some(comma) = (k + 1..actor_first.min(k + 9)).find(|&c| tokens[c].is(",")) else {
        return false;
    };
    tokens[k + 1..comma].iter().any(|t| {
        t.is_any(&[
            "deal",
            "ceasefire",
            "ceasefires",
            "settlement",
            "truce",
            "armistice",
            "peace",
        ])
    }) && tokens[comma + 1..actor_first]
        .iter()
        .all(|t| t.is_any(&["the", "then", "some", "all"]))
}

impl Polarity {
    /// "ruled out send-troops" as words for a message.
    fn describe_action(self, action: &str) -> String {
        format!("{} {}", self.describe(), action.replace('-', " "))
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::{flags, silent};

    #[test]
    fn an_actor_doing_what_it_ruled_out() {
        flags(
            "Poland will send troops to Ukraine.",
            "stance-contradicted",
            "Poland will send troops",
        );
        flags(
            "Warsaw has agreed to deploy soldiers.",
            "stance-contradicted",
            "Warsaw has agreed to deploy soldiers",
        );
        flags(
            "Britain has ruled out sending troops.",
            "stance-contradicted",
            "Britain has ruled out sending troops",
        );
    }

    #[test]
    fn negations_hedges_and_other_subjects_stay_silent() {
        silent("Poland has not offered troops.", "stance-contradicted");
        silent(
            "Poland has ruled out sending troops, citing border security.",
            "stance-contradicted",
        );
        silent(
            "Poland could send troops if the war ended.",
            "stance-contradicted",
        );
        silent(
            "Britain, unlike Poland, will send troops.",
            "stance-contradicted",
        );
        silent(
            "Hegseth said Europe must send troops.",
            "stance-contradicted",
        );
        silent("Will Poland send troops?", "stance-contradicted");
        silent(
            "There is no sign that the Kremlin would accept a European force.",
            "stance-contradicted",
        );
        silent(
            "Russia has rejected the force and has given no signal it would accept guarantees.",
            "stance-contradicted",
        );
    }

    #[test]
    fn troops_sent_somewhere_else_are_another_matter() {
        silent(
            "About 80,000 U.S. troops have been stationed in Europe for years.",
            "stance-contradicted",
        );
        silent(
            "Poland will deploy soldiers to the Baltics.",
            "stance-contradicted",
        );
        flags(
            "Poland will deploy soldiers to Ukraine.",
            "stance-contradicted",
            "Poland will deploy soldiers",
        );
        flags(
            "Poland will send troops in January.",
            "stance-contradicted",
            "Poland will send troops",
        );
    }

    #[test]
    fn denied_states_asserted() {
        flags(
            "Civilian flights have continued despite the war.",
            "negated-fact",
            "Civilian flights have continued",
        );
        silent(
            "No civilian flights have been possible since the invasion.",
            "negated-fact",
        );
        silent(
            "Civilian flights could resume once the airspace reopens.",
            "negated-fact",
        );
    }

    #[test]
    fn a_state_asserted_of_the_actors_unnamed_members() {
        flags(
            "Some units would also be stationed on the front line in the east.",
            "negated-fact",
            "units would also be stationed on the front line",
        );
        flags(
            "Under the plan, soldiers would be posted close to front-line areas.",
            "negated-fact",
            "soldiers would be posted close to front-line",
        );
        // Someone else's soldiers, a quoted fragment, another kind of traffic.
        silent(
            "Ukrainian soldiers will man the front line.",
            "negated-fact",
        );
        silent(
            "North Korean troops have been posted to the front line.",
            "negated-fact",
        );
        silent(
            "Kyiv says its soldiers will hold the front line.",
            "negated-fact",
        );
        silent(
            "A live blog listed \"units posted along the front line\" among the options.",
            "negated-fact",
        );
        silent(
            "Patrols would help maritime traffic resume.",
            "negated-fact",
        );
    }

    #[test]
    fn beliefs_wishes_and_conditions_are_not_the_drafts_claims() {
        silent(
            "Forward it to the colleague who still thinks Poland is sending a brigade.",
            "stance-contradicted",
        );
        silent(
            "No one wants European soldiers posted close to the front line.",
            "negated-fact",
        );
        silent(
            "Until Moscow signals that it would accept the guarantees, the force is a plan.",
            "stance-contradicted",
        );
        // A belief reported after the claim is still a claim the draft makes.
        flags(
            "Poland will send troops to Ukraine, officials believe.",
            "stance-contradicted",
            "Poland will send troops",
        );
    }

    #[test]
    fn flights_by_other_names_and_one_finding_per_claim() {
        let found: Vec<_> = crate::checks::test_support::diagnostics(
            "Civilian airliners have continued to fly into Lviv throughout the war.",
        )
        .into_iter()
        .filter(|d| d.code == "negated-fact")
        .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        flags(
            "The civilian air corridor into Kyiv reopened last year.",
            "negated-fact",
            "civilian air corridor into Kyiv reopened",
        );
        // Fighter jets are not passenger jets.
        silent(
            "Nobody yet knows where the jets would fly from.",
            "negated-fact",
        );
    }

    #[test]
    fn headlines_and_coordinated_actors() {
        flags(
            "POLAND READY TO SEND TROOPS, SPAIN HESITANT",
            "stance-contradicted",
            "POLAND READY TO SEND TROOPS",
        );
        flags(
            "Canada and Australia rule out any deployment of their forces.",
            "stance-contradicted",
            "Australia rule out any deployment",
        );
    }

    #[test]
    fn review_cases_other_armies_refused_objects_and_named_destinations() {
        silent(
            "Ukraine's army is stretched thin: most soldiers have been stationed on the front line since 2022.",
            "negated-fact",
        );
        silent(
            "Russia has said it could accept no foreign troops in Ukraine.",
            "stance-contradicted",
        );
        flags(
            "Poland will send troops to Lviv in western Ukraine.",
            "stance-contradicted",
            "Poland will send troops",
        );
        flags(
            "Asked \"Will you send troops?\", Tusk said Poland will send troops to Ukraine.",
            "stance-contradicted",
            "Poland will send troops",
        );
    }

    #[test]
    fn inverted_conditions_objects_ahead_of_others_and_corrections() {
        silent(
            "Had Washington refused to back the force, the coalition would have been little more than a declaration.",
            "stance-contradicted",
        );
        silent(
            "Spain has held back, with Madrid putting ceasefire talks ahead of any troop deployment.",
            "stance-contradicted",
        );
        silent(
            "A graphic in our print edition listed Poland among the countries committed to sending troops. Poland has ruled out sending troops. The graphic has been corrected online.",
            "stance-contradicted",
        );
    }

    #[test]
    fn a_capitalised_modifier_is_no_destination() {
        flags(
            "Washington will contribute ground forces to the European-led deployment.",
            "stance-contradicted",
            "Washington will contribute ground forces",
        );
        silent(
            "About 80,000 U.S. troops have been stationed in Europe for years.",
            "stance-contradicted",
        );
    }

    #[test]
    fn claims_quoted_from_no_known_speaker_are_not_the_drafts() {
        silent(
            "## Claim 1: \"Poland is sending 10,000 troops to Ukraine\"",
            "stance-contradicted",
        );
        silent(
            "A widely shared video claims that \"the Kremlin has accepted the deal and will allow European soldiers in\".",
            "stance-contradicted",
        );
        // The draft's own words around a short quotation are still its claim.
        flags(
            "Poland will send \"a brigade of troops\" to Ukraine.",
            "stance-contradicted",
            "Poland will send \"a brigade",
        );
    }

    #[test]
    fn second_review_cases() {
        silent(
            "Poland will send troops to the Baltic states.",
            "stance-contradicted",
        );
        silent(
            "Poland will send troops to Lithuania rather than Ukraine.",
            "stance-contradicted",
        );
        silent(
            "A Russian drone attack on Kyiv killed two workers on Monday.",
            "negated-fact",
        );
        flags(
            "A drone attack in Belgorod killed two people.",
            "negated-fact",
            "drone attack in Belgorod killed two people",
        );
        // Someone else's regret corrects nothing.
        flags(
            "An article in Le Monde said Poland will send troops. Tusk said he regrets the confusion.",
            "stance-contradicted",
            "Poland will send troops",
        );
    }

    #[test]
    fn asides_documents_and_attacks_elsewhere() {
        flags(
            "Civilian flights, grounded in the first weeks of the invasion, have since resumed on a few routes.",
            "negated-fact",
            "Civilian flights, grounded in the first weeks of the invasion, have since resumed",
        );
        silent(
            "Civilian flights, grounded since 2022, have not resumed.",
            "negated-fact",
        );
        flags(
            "Under the 28-point plan, Ukraine would be allowed to join NATO at a later stage.",
            "negated-fact",
            "28-point plan, Ukraine would be allowed to join NATO",
        );
        silent(
            "Under the 28-point plan, Ukraine would be barred from joining NATO.",
            "negated-fact",
        );
        silent(
            "The Russian drone strike on an energy plant in Kharkiv killed three workers.",
            "negated-fact",
        );
    }

    #[test]
    fn realistic_copy_stances() {
        // "Not yet" fits an undecided stance; a refusal does not.
        silent(
            "Berlin has not committed troops to Ukraine.",
            "stance-contradicted",
        );
        flags(
            "Germany has ruled out sending troops.",
            "stance-contradicted",
            "Germany has ruled out sending troops",
        );
        silent(
            "Another paper noted that Poland, Germany's neighbour and a big spender, has ruled out sending troops.",
            "stance-contradicted",
        );
        silent(
            "Also spotted: claims that civilian flights into Kyiv will restart next month.",
            "negated-fact",
        );
        flags(
            "Spain, long seen as reluctant, now says it is ready to send troops straight away.",
            "stance-contradicted",
            "Spain, long seen as reluctant, now says it is ready to send troops",
        );
    }

    #[test]
    fn other_speakers_relative_clauses_named_actions_and_history() {
        // "they" is Britain and France, who speak between the US and the verb.
        silent(
            "The United States on Tuesday endorsed the pledge, as Britain and France said they were prepared to send troops.",
            "stance-contradicted",
        );
        // The negation before the actor belongs to the main clause.
        silent(
            "Who else is in? Not Poland, which has ruled out sending troops.",
            "stance-contradicted",
        );
        silent(
            "Germany, whose position on sending soldiers to Ukraine has not been settled, is stationing a brigade in Lithuania.",
            "stance-contradicted",
        );
        silent(
            "There was no public indication that Russia would accept such guarantees.",
            "stance-contradicted",
        );
        silent(
            "Canada refused to join that war, and Spain, which deployed forces after the invasion, pulled them out in 2004.",
            "stance-contradicted",
        );
        silent(
            "It is true that Germany has committed troops elsewhere on NATO's eastern flank.",
            "stance-contradicted",
        );
        silent(
            "The idea is fast jets policing the airspace so you can eventually get civilian airliners flying again.",
            "negated-fact",
        );
        // Not yet pledging fits a willingness to consider; ruling out does not.
        silent("Canberra has not pledged troops.", "stance-contradicted");
        flags(
            "Canberra has ruled out sending troops.",
            "stance-contradicted",
            "Canberra has ruled out sending troops",
        );
    }

    #[test]
    fn claims_denied_corrected_or_given_a_verdict() {
        silent(
            "Your correspondent suggested that Poland had quietly offered troops. It has not.",
            "stance-contradicted",
        );
        flags(
            "Poland has offered troops. It has not been easy.",
            "stance-contradicted",
            "Poland has offered troops",
        );
        silent(
            "Correction: An editorial on 18 December said Canada had refused to contribute troops to a European force.",
            "stance-contradicted",
        );
        silent(
            "Several accounts claimed that the United States had quietly agreed to put troops in Ukraine.\n\nVerdict: False.",
            "stance-contradicted",
        );
        silent(
            "Corrections and clarifications\n\nA brief on 7 January said a drone attack in Russia's Belgorod region had caused casualties. The governor reported that oil tanks caught fire.",
            "negated-fact",
        );
    }

    #[test]
    fn places_named_by_where_purposes_apologies_and_answers() {
        silent(
            "Poland shares a border of about 400 km with Belarus, where thousands of Polish troops are deployed.",
            "stance-contradicted",
        );
        silent(
            "RAF Typhoons could fly from bases outside the country to help get passenger jets flying again.",
            "negated-fact",
        );
        silent(
            "Isn't Poland sending soldiers? Well, no, Poland has ruled out sending troops to Ukraine.",
            "stance-contradicted",
        );
    }

    #[test]
    fn unnamed_units_attacks_named_again_and_plans_as_it() {
        flags(
            "Under plans discussed among European allies, troops would be based in major cities, with British and French units also posted on the front line in the east.",
            "negated-fact",
            "units also posted on the front line",
        );
        flags(
            "Suppliers are pitching heavier kit for the troops who will be stationed on the front line in the east.",
            "negated-fact",
            "the troops who will be stationed on the front line",
        );
        silent(
            "Under the current plans, its companies will be stationed along the front line.",
            "negated-fact",
        );
        flags(
            "A Ukrainian drone attack set oil storage tanks ablaze in Belgorod late on Tuesday. The attack killed two workers at the depot.",
            "negated-fact",
            "attack killed two workers",
        );
        silent(
            "A Russian drone attack hit Kyiv. The attack killed two workers.",
            "negated-fact",
        );
        flags(
            "The original plan was a terrible document, but it would have let Ukraine join NATO down the line.",
            "negated-fact",
            "it would have let Ukraine join NATO",
        );
        flags(
            "The 28-point plan was widely criticised, though it offered Ukraine a path into NATO.",
            "negated-fact",
            "it offered Ukraine a path into NATO",
        );
        silent(
            "What did not happen in Paris: any sign from Moscow that it would accept a deal resting on these guarantees.",
            "stance-contradicted",
        );
        // Flights elsewhere, and to the destination named with them.
        silent(
            "Passenger flights have continued throughout the war from Rzeszów in south-eastern Poland.",
            "negated-fact",
        );
        flags(
            "For now, commercial flights into Ukraine have continued only on a limited basis from Poland.",
            "negated-fact",
            "commercial flights into Ukraine have continued",
        );
        flags(
            "Civilian flights resumed to Lviv last summer.",
            "negated-fact",
            "Civilian flights resumed",
        );
    }

    #[test]
    fn rumours_rebutted_and_deployments_done_elsewhere() {
        silent(
            "A Telegram channel claimed this week that \"Poland has pledged a brigade\" to the European force.",
            "stance-contradicted",
        );
        silent(
            "A screenshot circulating on Telegram claimed the Kremlin had \"welcomed the reassurance force as a step to peace\".\n\nWe found no such statement.",
            "stance-contradicted",
        );
        silent(
            "Australia sent about 2,000, and Poland contributed special forces.",
            "stance-contradicted",
        );
        flags(
            "Poland sent troops to Ukraine last week.",
            "stance-contradicted",
            "Poland sent troops",
        );
        flags(
            "Poland, which pledged a brigade, is hosting the talks.",
            "stance-contradicted",
            "Poland, which pledged a brigade",
        );
    }

    #[test]
    fn the_plan_taken_up_by_its_noun_a_relative_or_a_second_predicate() {
        let plan = "The 28-point plan was drawn up by Witkoff and Dmitriev.\n\n";
        for (draft, words) in [
            ("In return, the plan allowed Ukraine to join NATO after ten years.", "plan allowed Ukraine to join NATO"),
            ("That plan, which would have allowed Ukraine to join NATO, was criticised.", "plan, which would have allowed Ukraine to join NATO"),
            ("Under the plan, Ukraine would be allowed to join NATO at a later stage.", "plan, Ukraine would be allowed to join NATO"),
            ("It would have forced Kyiv to cede land Russia had not even taken, would have let Ukraine join NATO later.", "would have let Ukraine join NATO"),
        ] {
            flags(&format!("{plan}{draft}"), "negated-fact", words);
        }
        silent(
            &format!("{plan}Under the plan, Ukraine would not be allowed to join NATO."),
            "negated-fact",
        );
        silent(
            "Zelensky's plan would let Ukraine join NATO.",
            "negated-fact",
        );
        silent(&format!("{plan}It would have forced Kyiv to cede land and would never have let Ukraine join NATO."), "negated-fact");
    }

    #[test]
    fn verdict_rows_labels_abroad_and_times_before_a_stance() {
        silent("Poland sending troops | False", "stance-contradicted");
        silent(
            "What the post said: \"Russia has agreed to Western troops in Ukraine.\"",
            "stance-contradicted",
        );
        silent(
            "It was the first time that Germany has stationed a combat brigade abroad permanently.",
            "stance-contradicted",
        );
        silent(
            "A year ago Washington would not commit publicly to security guarantees at all.",
            "stance-contradicted",
        );
        flags(
            "Washington would not commit publicly to security guarantees at all.",
            "stance-contradicted",
            "Washington would not commit publicly to security guarantees",
        );
    }

    #[test]
    fn claims_put_as_questions_or_met_with_no_evidence() {
        silent(
            "She says, and I quote, \"Russia has accepted that European troops can be deployed in the west.\" Is that right?",
            "stance-contradicted",
        );
        silent(
            "You'll hear people say Poland has quietly agreed to contribute a battalion. I've seen no evidence of that.",
            "stance-contradicted",
        );
        silent(
            "Polish soldiers will be deployed in large numbers this year, but to the eastern border, not across it.",
            "stance-contradicted",
        );
        flags(
            "Poland has agreed to send troops as well, giving the coalition muscle on NATO's eastern flank.",
            "stance-contradicted",
            "Poland has agreed to send troops",
        );
    }

    #[test]
    fn numbered_quoted_claims_and_places_a_clause_opens_with() {
        silent(
            "7. \"Moscow has already said it can live with European troops, as long as they are not NATO.\"",
            "stance-contradicted",
        );
        silent(
            "In Bosnia the United States put 20,000 troops on the ground.",
            "stance-contradicted",
        );
        silent(
            "A survey found that 41% of Britons thought British troops would be sent to the front line.",
            "negated-fact",
        );
        flags(
            "I thought I heard on the news that Hegseth's agreed to send American troops now.",
            "stance-contradicted",
            "Hegseth's agreed to send American troops",
        );
    }

    #[test]
    fn an_attacks_toll_in_the_passive() {
        let attack = "The governor of Russia's Belgorod region said a Ukrainian drone attack late on Tuesday set oil storage tanks ablaze. ";
        for (draft, words) in [
            ("Two workers were killed.", "Two workers were killed"),
            (
                "Two firefighters were injured tackling the blaze.",
                "Two firefighters were injured",
            ),
            (
                "Two workers at the depot were killed in the strike.",
                "Two workers at the depot were killed",
            ),
        ] {
            flags(&format!("{attack}{draft}"), "negated-fact", words);
        }
        silent(&format!("{attack}No one was killed."), "negated-fact");
        silent(
            &format!("{attack}Two soldiers were killed in Kharkiv."),
            "negated-fact",
        );
        silent(
            "Then, on 30 December 2023, the city centre was hit. At least 24 people were killed in the attack on Belgorod that day.",
            "negated-fact",
        );
    }

    #[test]
    fn what_anyone_might_say_and_posts_claiming() {
        silent(
            "We are sceptical of anyone who says Moscow will simply accept foreign soldiers in Ukraine.",
            "stance-contradicted",
        );
        silent(
            "Posts claiming that Germany has pledged a brigade to Ukraine cite no source.",
            "stance-contradicted",
        );
    }

    #[test]
    fn ground_forces_are_troops_not_the_force() {
        silent(
            "The United States would not commit ground forces but would back a European-led force with intelligence.",
            "stance-contradicted",
        );
        flags(
            "The United States will not back the force.",
            "stance-contradicted",
            "The United States will not back the force",
        );
    }

    #[test]
    fn a_claim_the_next_sentence_calls_wrong() {
        silent(
            "We also saw the opposite claim: that Washington \"refused to support\" the coalition. That is wrong too.",
            "stance-contradicted",
        );
        flags(
            "Washington refused to support the coalition.",
            "stance-contradicted",
            "Washington refused to support the coalition",
        );
    }

    #[test]
    fn objects_denied_actors_set_aside_and_commitments() {
        silent(
            "The drone attack on Belgorod caused no casualties.",
            "negated-fact",
        );
        flags(
            "The drone attack on Belgorod killed two people.",
            "negated-fact",
            "drone attack on Belgorod killed two people",
        );
        silent(
            "None of this means Washington will put soldiers on the ground.",
            "stance-contradicted",
        );
        silent(
            "It is Ukrainian rather than Western soldiers who are expected to man the front line.",
            "negated-fact",
        );
        silent(
            "The Telegraph reported that the United States had privately offered to help British and European soldiers with intelligence.",
            "stance-contradicted",
        );
        silent(
            "What the Americans are offering is not soldiers.",
            "stance-contradicted",
        );
        silent(
            "One reader insisted that Poland had agreed to send troops.",
            "stance-contradicted",
        );
        flags(
            "Poland, which has promised to send soldiers, will have to stretch its army.",
            "stance-contradicted",
            "Poland, which has promised to send soldiers",
        );
        flags(
            "Under the plans, the Americans will also send troops to help monitor any ceasefire.",
            "stance-contradicted",
            "the Americans will also send troops",
        );
    }

    #[test]
    fn people_speaking_for_a_country_and_commitments_on_a_gerund() {
        flags(
            "Our Polish friends are committing a brigade.",
            "stance-contradicted",
            "Polish friends are committing a brigade",
        );
        silent(
            "Polish officials said French troops would go.",
            "stance-contradicted",
        );
        flags(
            "Hegseth has signed off on sending troops to Ukraine.",
            "stance-contradicted",
            "Hegseth has signed off on sending troops",
        );
        silent(
            "Germany, whose position on sending soldiers has not been settled, is waiting.",
            "stance-contradicted",
        );
    }

    #[test]
    fn said_at_a_place_that_it_would_and_who_confirmed_it() {
        flags(
            "Poland, which shares a long border with Ukraine and Belarus, said at the summit that it would contribute troops to the force.",
            "stance-contradicted",
            "Poland, which shares a long border with Ukraine and Belarus, said at the summit that it would contribute troops",
        );
        flags(
            "Washington will also deploy troops to help run it, officials in Paris confirmed.",
            "stance-contradicted",
            "Washington will also deploy troops",
        );
        silent(
            "Germany has stationed troops for years, in Lithuania.",
            "stance-contradicted",
        );
    }

    #[test]
    fn corrections_that_restate_and_any_such_government() {
        silent(
            "A map in our weekend supplement shaded Poland among \"countries offering troops\". Poland has ruled out sending troops. The map has been withdrawn online.",
            "stance-contradicted",
        );
        silent(
            "A German government that sends troops to Ukraine would need the Bundestag's consent.",
            "stance-contradicted",
        );
    }

    #[test]
    fn a_sign_to_watch_for() {
        silent(
            "- Any sign that Moscow is prepared to accept a deal that includes the guarantees.",
            "stance-contradicted",
        );
        flags(
            "Moscow is prepared to accept a deal that includes the guarantees.",
            "stance-contradicted",
            "Moscow is prepared to accept a deal that includes the guarantees",
        );
    }

    #[test]
    fn denied_as_untrue_and_held_back() {
        silent(
            "It is no longer true that Washington refuses to back the force.",
            "stance-contradicted",
        );
        silent(
            "Holding Russia back would take roughly 110,000 soldiers.",
            "stance-contradicted",
        );
    }

    #[test]
    fn what_a_plan_provides_and_the_future_of_be_to() {
        flags(
            "European battalions are also to patrol the contact line.",
            "negated-fact",
            "European battalions are also to patrol the contact line",
        );
        flags(
            "The plan puts British and French battalions on the front line in the east.",
            "negated-fact",
            "puts British and French battalions on the front line",
        );
        flags(
            "If a deal is signed, European troops would be stationed along the front line.",
            "negated-fact",
            "European troops would be stationed along the front line",
        );
        silent(
            "A plan to put European troops on the front line was dropped.",
            "negated-fact",
        );
        silent(
            "If a deal is signed, Poland could send troops.",
            "stance-contradicted",
        );
    }

    #[test]
    fn a_documents_later_predicates_and_adverbs() {
        let named = "The 28-point plan was drawn up by Witkoff and Dmitriev. ";
        flags(
            &format!("{named}It would have forced Kyiv to cede land, cut its army and allow Ukraine to join NATO."),
            "negated-fact",
            "allow Ukraine to join NATO",
        );
        flags(
            &format!("{named}It would have barred foreign troops, while offering Ukraine a path into NATO."),
            "negated-fact",
            "offering Ukraine a path into NATO",
        );
        flags(
            &format!(
                "{named}For all its faults, the plan at least offered Ukraine a path into NATO."
            ),
            "negated-fact",
            "plan at least offered Ukraine a path into NATO",
        );
        silent(
            &format!("{named}It would have forced Kyiv to cede land and barred Ukraine from NATO."),
            "negated-fact",
        );
    }

    #[test]
    fn troops_that_deploy_and_actors_in_other_cells() {
        flags(
            "U.S. troops will deploy to Ukraine as part of the backstop.",
            "stance-contradicted",
            "U.S. troops will deploy",
        );
        silent(
            "Polish soldiers deployed to the border in 2022.",
            "stance-contradicted",
        );
        silent(
            "| US role | mediator between NATO and Russia | backs guarantees |",
            "stance-contradicted",
        );
        flags(
            "| Russia | backs the force |",
            "stance-contradicted",
            "Russia | backs the force",
        );
    }

    #[test]
    fn a_presenter_correcting_a_caller() {
        silent(
            "You said Poland were sending troops. I should correct that: Poland has ruled out sending troops.",
            "stance-contradicted",
        );
        flags(
            "You said Poland were sending troops. I should say more about that.",
            "stance-contradicted",
            "Poland were sending troops",
        );
    }

    #[test]
    fn an_earlier_attack_and_a_conditions_own_negation() {
        silent(
            "30 December 2023 - Russian officials said an attack on Belgorod's city centre killed 25 people.",
            "negated-fact",
        );
        flags(
            "Russian officials said an attack on Belgorod killed 25 people.",
            "negated-fact",
            "attack on Belgorod killed 25 people",
        );
        silent(
            "He has made sure that, if it is not, no American troops will have been deployed to Ukraine.",
            "stance-contradicted",
        );
        silent(
            "P: Mark in Abingdon says the Americans are sending troops. Mark, they're not - Washington has ruled that out.",
            "stance-contradicted",
        );
    }

    #[test]
    fn purposes_denials_and_attacks_in_relative_clauses() {
        silent(
            "Jets could patrol the skies and help civilian flights resume one day.",
            "negated-fact",
        );
        silent(
            "One bulletin told viewers that Washington had refused to back the European force. Neither was true.",
            "stance-contradicted",
        );
        flags(
            "A Ukrainian drone attack set oil tanks ablaze in Belgorod. The attack, which killed one of the depot's night watchmen, was the third this month.",
            "negated-fact",
            "attack, which killed one of the depot's night watchmen",
        );
    }

    #[test]
    fn tagged_questions_absolutes_and_lists_of_clauses() {
        flags(
            "But commercial flights have resumed from Lviv already, so surely the milestone has been passed?",
            "negated-fact",
            "commercial flights have resumed",
        );
        silent(
            "Have commercial flights resumed, so that people can fly home?",
            "negated-fact",
        );
        flags(
            "With passenger flights still operating out of Lviv, carriers have less to gain.",
            "negated-fact",
            "passenger flights still operating",
        );
        silent(
            "Neither Poland nor Italy is expected to contribute ground troops.",
            "stance-contradicted",
        );
        flags(
            "Germany has yet to say whether it would send soldiers, and Warsaw is expected to contribute a brigade.",
            "stance-contradicted",
            "Warsaw is expected to contribute a brigade",
        );
        flags(
            "Coalition leaders declined to sign up to the mechanism until its mandate is clearer.",
            "stance-contradicted",
            "Coalition leaders declined to sign up to the mechanism",
        );
        silent(
            "She insists the Americans will send their own soldiers, though Washington has ruled that out.",
            "stance-contradicted",
        );
    }

    #[test]
    fn second_clauses_and_impressions_in_someones_own_words() {
        silent(
            "Officials point out that Poland hosts the main transit route and that any European contingent would be supplied through Polish territory.",
            "stance-contradicted",
        );
        silent(
            "\"The last I heard, the United States has refused to back the European force,\" said one Marine's father.",
            "stance-contradicted",
        );
        flags(
            "\"The United States has refused to back the European force,\" said Macron.",
            "stance-contradicted",
            "The United States has refused to back the European force",
        );
    }

    #[test]
    fn a_force_by_its_units_our_soldiers_or_taken_up_again() {
        for (draft, words) in [
            (
                "The British and French contingents would be stationed on the front line in the east.",
                "contingents would be stationed on the front line",
            ),
            (
                "And our lads will be stationed on the front line in the east.",
                "lads will be stationed on the front line",
            ),
            (
                "As I read it the Brits would be posted right up on the front line.",
                "Brits would be posted right up on the front line",
            ),
            (
                "Welsh soldiers will be posted on the front line in the east.",
                "soldiers will be posted on the front line",
            ),
            (
                "Troops could be deployed to major cities, and they would be stationed along the front line in the east.",
                "they would be stationed along the front line",
            ),
            (
                "Troops would be based in cities, and would patrol the contact line in the east.",
                "would patrol the contact line",
            ),
        ] {
            flags(draft, "negated-fact", words);
        }
        for draft in [
            "Our own soldiers will hold the front line.",
            "Ukrainian units would hold the front line, and they would be stationed there for years.",
            "Ukrainian soldiers would man the front line, and European troops would be based in cities.",
            "Troops would be based in cities, and would not patrol the contact line in the east.",
        ] {
            silent(draft, "negated-fact");
        }
    }

    #[test]
    fn a_toll_by_its_count_under_the_attacks_place_or_named_sentences_before() {
        for (draft, words) in [
            (
                "01:05 BELGOROD: fire crews at scene; two workers killed.",
                "two workers killed",
            ),
            (
                "8/ BELGOROD 2: Strike kills two workers, per local media reports.",
                "Strike kills two workers",
            ),
            (
                "Belgorod update: crews worked through the night; blaze killed 2 workers at the depot.",
                "blaze killed 2 workers",
            ),
            (
                "Belgorod governor: Ukrainian drone attack sets oil storage tanks ablaze, killing two.",
                "drone attack sets oil storage tanks ablaze, killing two",
            ),
            (
                "A Ukrainian drone attack set oil tanks ablaze in Belgorod; the attack left one person injured.",
                "attack left one person",
            ),
            (
                "A Ukrainian drone attack set oil storage tanks ablaze on the edge of the city. The governor posted pictures of the fire on Telegram. The strike killed a night watchman at the depot.",
                "strike killed a night watchman",
            ),
            (
                "The Belgorod governor reported a Ukrainian drone attack that set oil tanks ablaze; two people were injured.",
                "people were injured",
            ),
        ] {
            flags(draft, "negated-fact", words);
        }
        for draft in [
            "Ukrainian attacks on Belgorod have killed more than 200 civilians since 2022.",
            "Belgorod: shelling killed two people in 2024.",
            "BELGOROD: no casualties reported; two tanks destroyed.",
            "A Russian drone attack on Kyiv set a depot ablaze; two people were injured.",
            "A drone attack hit Belgorod. Separately, a Russian missile struck Kharkiv. Two people were killed.",
        ] {
            silent(draft, "negated-fact");
        }
    }

    #[test]
    fn a_document_by_a_relative_its_noun_or_a_later_predicate() {
        let named = "The 28-point plan emerged in November. ";
        for (draft, words) in [
            (
                "Then came the 28-point peace plan drawn up by Witkoff and Kremlin official Kirill Dmitriev without European or Ukrainian involvement, which would have offered Ukraine a path into NATO.".to_owned(),
                "which would have offered Ukraine a path into NATO",
            ),
            (
                format!("{named}In one clause that surprised diplomats, the document would have allowed Ukraine to join NATO."),
                "document would have allowed Ukraine to join NATO",
            ),
            (
                format!("{named}Whatever its faults, it did offer Ukraine a path into NATO."),
                "it did offer Ukraine a path into NATO",
            ),
            (
                format!("{named}It would have Kyiv cede land and bar foreign troops, but offer Ukraine a path to NATO."),
                "offer Ukraine a path to NATO",
            ),
        ] {
            flags(&draft, "negated-fact", words);
        }
        for draft in [
            "The 28-point plan, which was drafted without Ukraine, would not have allowed Ukraine to join NATO.",
            "The 28-point plan barred Ukraine from NATO. A separate EU text, which would allow Ukraine to join NATO, was never drafted.",
            "The 28-point plan surfaced. It would have barred Ukraine from NATO, but not offered it a path to NATO.",
        ] {
            silent(draft, "negated-fact");
        }
    }

    #[test]
    fn clefts_imagined_actors_far_adjectives_and_claims_called_baseless() {
        silent(
            "What the US will not do, according to Defense Secretary Pete Hegseth, is send American troops to Ukraine.",
            "stance-contradicted",
        );
        flags(
            "What Poland will do is send troops to Ukraine.",
            "stance-contradicted",
            "Poland will do is send troops",
        );
        silent(
            "Some soldiers suspect a trap: a Russia that tolerates foreign troops in Lviv might feel freer to push in the east.",
            "stance-contradicted",
        );
        silent(
            "He confirmed that no American troops would be deployed on the ground, in line with the position set out last year by Pete Hegseth, who ruled out sending US troops to Ukraine.",
            "stance-contradicted",
        );
        silent(
            "One officer insisted that Moscow had also agreed to tolerate European troops along the Dnipro, a claim for which there is no public evidence.",
            "stance-contradicted",
        );
        flags(
            "Moscow has agreed to tolerate European troops, a claim the Kremlin repeated on Tuesday.",
            "stance-contradicted",
            "Moscow has agreed to tolerate European troops",
        );
        silent(
            "08:55  Commercial flights resume at Paris airports after overnight snow, operators say.",
            "negated-fact",
        );
        flags(
            "Commercial flights resume at Lviv airport.",
            "negated-fact",
            "Commercial flights resume",
        );
        silent(
            "Three claims keep doing the rounds. The first is that Poland has quietly agreed to send troops. It has not.",
            "stance-contradicted",
        );
    }

    #[test]
    fn a_force_set_aside_in_a_contrast() {
        for draft in [
            "Ukrainian, not Western, troops would hold the front line.",
            "In the end it will be Ukrainians, not Western soldiers, who man the front line.",
        ] {
            silent(draft, "negated-fact");
        }
        flags(
            "European troops, not Ukrainian ones, would hold the front line.",
            "negated-fact",
            "European troops, not Ukrainian ones, would hold the front line",
        );
    }

    #[test]
    fn a_list_of_clauses_each_with_its_subject() {
        silent(
            "To recap: America has endorsed a European pledge of security guarantees for Ukraine, Britain and France are ready to send troops after any peace deal, and Russia shows no sign of accepting it.",
            "stance-contradicted",
        );
        silent(
            "Ukrainian troops, not British or other Western soldiers, are expected to man the front line after any settlement.",
            "negated-fact",
        );
        flags(
            "Under that 28-point plan, Ukraine would have been allowed to join NATO.",
            "negated-fact",
            "28-point plan, Ukraine would have been allowed to join NATO",
        );
    }

    #[test]
    fn infinitives_posts_that_claim_and_editors_notes() {
        silent(
            "Washington pledged to backstop a European-led force.",
            "stance-contradicted",
        );
        flags(
            "Poland has offered to send troops.",
            "stance-contradicted",
            "Poland has offered to send troops",
        );
        silent(
            "One viral post claimed Poland had pledged a division to the force. Priya?",
            "stance-contradicted",
        );
        silent(
            "I saw one account claiming several people were killed in the drone attack on Belgorod.",
            "negated-fact",
        );
        silent(
            "Editor's note: Letter 2 refers to a letter published on 5 January which stated that Poland had offered troops.",
            "stance-contradicted",
        );
    }

    #[test]
    fn journeys_on_a_flight_commandos_plans_and_particles() {
        for (draft, words) in [
            (
                "Last autumn she flew home to Lviv on a commercial flight for her grandmother's funeral.",
                "flew home to Lviv on a commercial flight",
            ),
            (
                "Reservists have been taking scheduled flights into Lviv.",
                "taking scheduled flights",
            ),
            (
                "Under the plans being discussed, commandos would man the front line in eastern Ukraine.",
                "commandos would man the front line",
            ),
            (
                "Under the latest plans British and French units would hold the line of contact in the east.",
                "units would hold the line of contact",
            ),
            (
                "Declaration envisages troops manning the front line in east after a deal.",
                "troops manning the front line",
            ),
        ] {
            flags(draft, "negated-fact", words);
        }
        for draft in [
            "She flew to Warsaw on a commercial flight and took the train to Kyiv.",
            "Ukrainian marines would hold the front line.",
            "The Declaration envisages Ukrainian troops manning the front line.",
        ] {
            silent(draft, "negated-fact");
        }
        silent(
            "Kremlin unmoved as allies agree Ukraine guarantees in Paris",
            "stance-contradicted",
        );
        silent(
            "The draft treaties Moscow published in December 2021 demanded that NATO pull back its forces.",
            "stance-contradicted",
        );
    }

    #[test]
    fn a_participle_inside_a_possessive_noun_phrase() {
        silent(
            "Germany in Lithuania. Berlin's permanently stationed brigade is due to reach about 5,000 personnel by 2027.",
            "stance-contradicted",
        );
        flags(
            "Berlin's brigade will be stationed in Ukraine.",
            "stance-contradicted",
            "Berlin's brigade will be stationed",
        );
    }

    #[test]
    fn whom_something_goes_to_and_a_new_subject_after_a_comma() {
        for draft in [
            "Washington will supply intelligence and logistics to a European-led force.",
            "What came out was a framework - the US leads a ceasefire monitoring mechanism, the Europeans put forces on the ground, the US provides intelligence.",
        ] {
            silent(draft, "stance-contradicted");
        }
        flags(
            "Poland will send troops to Ukraine.",
            "stance-contradicted",
            "Poland will send troops",
        );
        flags(
            "European troops will be deployed to the front line in the east.",
            "negated-fact",
            "European troops will be deployed to the front line",
        );
    }

    #[test]
    fn forces_pushed_back() {
        silent(
            "Russian forces were pushed back from the city.",
            "stance-contradicted",
        );
    }

    #[test]
    fn rather_than_a_position_that_and_claims_suggesting_that() {
        silent(
            "Tusk has said Poland would rather serve as the logistical hub for any mission than put Polish soldiers inside Ukraine.",
            "stance-contradicted",
        );
        silent(
            "The U.S. Defense Department has not changed its position that American troops will not be sent to Ukraine.",
            "stance-contradicted",
        );
        flags(
            "The Pentagon has changed its position that American troops will be sent to Ukraine.",
            "stance-contradicted",
            "The Pentagon has changed its position that American troops will be sent",
        );
        silent(
            "No. Claims circulating on some social media accounts after the summit, suggesting that the Kremlin had privately agreed to a \"limited\" European deployment, are not supported.",
            "stance-contradicted",
        );
    }

    #[test]
    fn where_they_go_denied_and_headline_clauses_with_their_own_subject() {
        silent(
            "Western officials have said British soldiers would NOT be sent to the front line.",
            "stance-contradicted",
        );
        flags(
            "British soldiers would not be sent.",
            "stance-contradicted",
            "British soldiers would not be sent",
        );
        silent(
            "US backs European-led force plan, Britain and France ready to send troops",
            "stance-contradicted",
        );
        flags(
            "US ready to send troops, Britain and France say",
            "stance-contradicted",
            "US ready to send troops",
        );
    }

    #[test]
    fn troops_kept_away_from_the_front_line() {
        silent(
            "Officials have said the troops would stay away from the front line and would instead be based in cities.",
            "negated-fact",
        );
        flags(
            "The troops would be based on the front line.",
            "negated-fact",
            "The troops would be based on the front line",
        );
    }

    #[test]
    fn a_toll_told_of_the_blaze_in_the_next_sentence() {
        flags(
            "A drone attack set oil tanks ablaze in Belgorod. The blaze killed two workers at the depot.",
            "negated-fact",
            "blaze killed two workers",
        );
        silent(
            "A Russian drone attack hit Kyiv. The blaze killed two workers.",
            "negated-fact",
        );
    }

    #[test]
    fn the_first_units_and_soldiers_who_help_man_the_line() {
        flags(
            "British soldiers would also help man the front line in the east alongside Ukrainian units.",
            "negated-fact",
            "soldiers would also help man the front line",
        );
        flags(
            "The first British units would be stationed on the front line in the east.",
            "negated-fact",
            "units would be stationed on the front line",
        );
        silent(
            "Russian units would be stationed on the front line in the east.",
            "negated-fact",
        );
    }

    #[test]
    fn a_claim_removed_and_a_claim_denied_next() {
        silent(
            "An earlier comment claiming Warsaw had agreed to deploy soldiers was removed.",
            "stance-contradicted",
        );
        flags(
            "Warsaw had agreed to deploy soldiers.",
            "stance-contradicted",
            "Warsaw had agreed to deploy soldiers",
        );
    }

    #[test]
    fn a_report_challenged_at_once() {
        silent(
            "Edward, you said earlier that the Telegraph reported the Americans were offering troops. Is that what it said?",
            "stance-contradicted",
        );
        flags(
            "Edward, you said earlier that the Telegraph reported the Americans were offering troops.",
            "stance-contradicted",
            "the Americans were offering troops",
        );
    }

    #[test]
    fn an_alerts_label_before_a_headline_infinitive() {
        flags(
            "15:55 BREAKING: US to deploy troops to Ukraine as part of security guarantees.",
            "stance-contradicted",
            "US to deploy troops",
        );
        silent(
            "Britain wants Poland to send troops.",
            "stance-contradicted",
        );
    }

    #[test]
    fn reports_rebutted_by_a_host_or_a_mismatch_and_signs_denied_with_nor() {
        silent(
            "PEARCE: I've got a text from Dave, who says the Americans are putting boots on the ground. Dave, I'm afraid that's not what Washington has said.",
            "stance-contradicted",
        );
        flags(
            "PEARCE: I've got a text from Dave, who says the Americans are putting boots on the ground.",
            "stance-contradicted",
            "the Americans are putting boots on the ground",
        );
        silent(
            "Some outlets reported that the United States will deploy a small number of troops to staff it, a reading that does not match what officials said in Paris.",
            "stance-contradicted",
        );
        silent(
            "Nor has there been any public indication that Russia would accept a peace deal that includes the guarantees.",
            "stance-contradicted",
        );
        flags(
            "Russia would accept a peace deal that includes the guarantees.",
            "stance-contradicted",
            "Russia would accept a peace deal that includes the guarantees",
        );
    }

    #[test]
    fn a_pronoun_taking_up_the_subject_keeps_its_own_negation() {
        silent(
            "The troops would not be operating as \"peacekeepers\" and they would not be posted close to the front line.",
            "negated-fact",
        );
        flags(
            "The troops would not be operating as \"peacekeepers\" and they would be posted close to the front line.",
            "negated-fact",
            "The troops would not be operating as \"peacekeepers\" and they would be posted close to the front line",
        );
    }

    #[test]
    fn an_actor_set_aside_with_and_not_a_particle_and_troops_on_the_continent() {
        for text in [
            "It is units like the Hornets, and not Western soldiers, that would man the front line.",
            "A deterrent that would stop Russia coming back would take about 110,000 troops.",
            "Somewhere between 80,000 and 100,000 American troops are stationed on the continent.",
            "11:48 CORRECTION: An earlier alert said the US would deploy troops to monitor a ceasefire.",
            "European battalions would man the front line, goes one version on social media. That is a fantasy.",
        ] {
            silent(text, "negated-fact");
            silent(text, "stance-contradicted");
        }
        flags(
            "Western soldiers would man the front line.",
            "negated-fact",
            "Western soldiers would man the front line",
        );
        flags(
            "American troops will be stationed in Ukraine.",
            "stance-contradicted",
            "American troops will be stationed",
        );
    }

    #[test]
    fn a_verb_of_its_own_after_and_keeps_its_own_complement() {
        silent(
            "Officials have said the troops would not be posted close to the front line and would be based instead in cities.",
            "negated-fact",
        );
        flags(
            "The front line would be manned by European troops.",
            "negated-fact",
            "manned by European troops",
        );
    }

    #[test]
    fn an_indirect_question_asserts_nothing() {
        silent(
            "But when I ask what Germany would contribute to the force itself, the answers slide back into the conditional.",
            "stance-contradicted",
        );
        flags(
            "Germany would contribute to the force.",
            "stance-contradicted",
            "Germany would contribute to the force",
        );
    }

    #[test]
    fn another_days_attack_a_denial_later_in_the_sentence_and_a_quoted_myth() {
        silent(
            "A drone strike on the neighbouring village of Dubki on 2 February injured two people.",
            "negated-fact",
        );
        flags(
            "The drone attack on Belgorod on Sunday killed three people.",
            "negated-fact",
            "drone attack on Belgorod on Sunday killed three people",
        );
        silent(
            "Spain, which on Tuesday pledged troops to the force, would be \"a full partner\", a Madrid daily declared, before the government spokeswoman said no such decision had been taken.",
            "stance-contradicted",
        );
        silent(
            "| Myth | Fact |\n| --- | --- |\n| \"The troops will hold the front line.\" | Officials said soldiers would not be posted close to frontline areas. |\n",
            "negated-fact",
        );
    }

    #[test]
    fn an_attack_at_its_own_place_beside_another_events_place() {
        flags(
            "On the night of the Paris summit, as leaders in Paris were still talking, the governor of Russia's Belgorod region reported a Ukrainian drone attack that set oil storage tanks ablaze, killing two workers.",
            "negated-fact",
            "drone attack that set oil storage tanks ablaze, killing two workers",
        );
        silent(
            "A Russian drone attack on Kyiv killed two workers.",
            "negated-fact",
        );
    }
}
