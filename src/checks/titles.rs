//! Titles: a known person given a title they do not hold, a title of the wrong
//! country, or "former" for an office they hold on the draft's date.
//!
//! - `title-mismatch`: "Secretary of State Pete Hegseth" (he is defence secretary);
//!   "French President Volodymyr Zelenskyy"; "former President Donald Trump" in 2026.
//!
//! Only a title written right before the name ("Defence Secretary Pete Hegseth",
//! "Ukraine's president, Volodymyr Zelenskyy") or as an apposition right after it
//! ("Pete Hegseth, the US defence secretary,") is read, and only titles the fact base
//! knows, so ordinary words next to a name stay silent.

use super::{finding, quote_draft, Check, Context};
use crate::claims::lexicon::Form;
use crate::claims::tokens::Token;
use crate::claims::{Sentence, SentenceMention};
use crate::diagnostic::{Diagnostic, Fix};
use crate::factbase::{EntityId, EntityKind, Fact, FactData};
use crate::span::Span;

pub const CHECK: Check = Check {
    codes: &[(
        "title-mismatch",
        "a person is given a title or role they do not hold",
    )],
    run,
};

/// A title written next to a name.
struct Written {
    /// The title's tokens `first..=last`.
    first: usize,
    last: usize,
    /// A country qualifying it ("French", "Ukraine's"), if any.
    country: Option<(usize, EntityId)>,
    /// Token index of "former", if any.
    former: Option<usize>,
}

fn run(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for sentence in &ctx.analysis.sentences {
        for mention in &sentence.mentions {
            let person = mention.mention.entity;
            if mention.mention.form != Form::Name
                || ctx.base.entities[person].kind != EntityKind::Person
            {
                continue;
            }
            let Some(facts) = ctx.index.titles_of.get(&person) else {
                continue;
            };
            let facts: Vec<&Fact> = facts.iter().map(|&f| &ctx.base.facts[f]).collect();
            for written in [
                before(ctx, sentence, mention),
                after(ctx, sentence, mention),
            ]
            .into_iter()
            .flatten()
            {
                if let Some(d) = judge(ctx, sentence, person, &facts, &written) {
                    out.push(d);
                }
            }
        }
    }
}

fn judge(
    ctx: &Context<'_>,
    sentence: &Sentence,
    person: EntityId,
    facts: &[&Fact],
    written: &Written,
) -> Option<Diagnostic> {
    let tokens = &sentence.tokens;
    let text = ctx.analysis.draft.text;
    let title: Vec<&str> = tokens[written.first..=written.last]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let holds = |f: &Fact| match &f.data {
        FactData::Title { names, .. } => names.iter().any(|n| same_title(n, &title)),
        _ => false,
    };
    let name = &ctx.base.entities[person].name;
    let title_span = tokens[written.first].span.cover(tokens[written.last].span);
    let start = written
        .country
        .map_or(written.first, |(k, _)| k.min(written.first));
    let full_span = tokens[start].span.cover(tokens[written.last].span);
    let preferred = |f: &Fact| match &f.data {
        FactData::Title { names, .. } => names.first().cloned().unwrap_or_default(),
        _ => String::new(),
    };
    let current: Option<&Fact> = facts
        .iter()
        .copied()
        .find(|f| f.validity.holds_on(ctx.as_of));
    match facts.iter().copied().find(|f| holds(f)) {
        None => {
            let fact = current.or(facts.first().copied())?;
            let right = preferred(fact);
            let mut d = finding(
                ctx.base,
                "title-mismatch",
                fact,
                full_span,
                format!(
                    "“{}” is not {} title",
                    quote_draft(text, full_span),
                    super::owner(name)
                ),
            );
            d.help = Some(format!("the sources call {name} {}", titles_of(fact)));
            d.fix = Some(Fix {
                span: full_span,
                replacement: match_case(&right, &text[full_span.start..full_span.end]),
            });
            Some(d)
        }
        Some(fact) => {
            // The right title, but of the wrong country: "French President Zelenskyy".
            if let (Some((k, country)), FactData::Title { of: Some(of), .. }) =
                (written.country, &fact.data)
            {
                if country != *of && !title_has_country(&title) {
                    let span = tokens[k].span.cover(title_span);
                    let right = &ctx.base.entities[*of];
                    let mut d = finding(
                        ctx.base,
                        "title-mismatch",
                        fact,
                        span,
                        format!(
                            "“{}”: {name} holds this office in {}",
                            quote_draft(text, span),
                            right.name
                        ),
                    );
                    d.help = Some(format!("the sources call {name} {}", titles_of(fact)));
                    d.fix = Some(Fix {
                        span,
                        replacement: match_case(&preferred(fact), &text[span.start..span.end]),
                    });
                    return Some(d);
                }
            }
            // "former" for an office held on the draft's date.
            let former = written.former?;
            if !fact.validity.holds_on(ctx.as_of) {
                return None;
            }
            let span = tokens[former].span.cover(title_span);
            let mut d = finding(
                ctx.base,
                "title-mismatch",
                fact,
                span,
                format!(
                    "“{}”: {name} holds this office on the draft's date",
                    quote_draft(text, span)
                ),
            );
            let since = fact
                .validity
                .from
                .map(|d| format!(" since {d}"))
                .unwrap_or_default();
            d.help = Some(format!(
                "{name} has been {}{since}; drop “former” or date the draft",
                preferred(fact)
            ));
            let cut = Span::new(tokens[former].span.start, tokens[former + 1].span.start);
            d.fix = Some(Fix {
                span: cut,
                replacement: String::new(),
            });
            Some(d)
        }
    }
}

/// A title right before the name: "[former] [Country's|Adjective] TITLE [,] NAME".
fn before(ctx: &Context<'_>, sentence: &Sentence, mention: &SentenceMention) -> Option<Written> {
    let tokens = &sentence.tokens;
    let comma = mention.first > 0 && tokens[mention.first - 1].is(",");
    let end = mention.first - usize::from(comma);
    let (first, last) = longest_title_ending(ctx, tokens, end)?;
    let written = qualify(ctx, sentence, first, last);
    // "After talks with the Russian president, Trump claimed …": the title ends an opening
    // phrase and the name starts the clause.
    let mut k = first;
    while k > 0 && tokens[k - 1].is_any(&["the", "a", "an", "former"]) {
        k -= 1;
    }
    let in_phrase = k > 0 && crate::claims::speech::preceded_by_preposition(tokens, k);
    // "After talks with the US president, Zelenskyy, visibly relieved, said": the name
    // after an opening phrase starts the clause, whatever follows it.
    if comma && in_phrase {
        return None;
    }
    // "Ukraine's president, Volodymyr Zelenskyy" and "the US defence secretary, Pete
    // Hegseth" name the person; "US envoy, Trump's son-in-law" is a list.
    if comma
        && written.country.is_none()
        && !(first > 0
            && (tokens[first - 1].is_any(&["the", "his", "her", "its", "their"])
                // "Trump's chief of staff, Steve Witkoff".
                || tokens[first - 1].norm.ends_with("'s")))
    {
        return None;
    }
    // "the retired lieutenant general Trump named as his envoy": the name opens a
    // relative clause about the one titled.
    let apposition = (first.saturating_sub(4)..first)
        .any(|k| k > 0 && tokens[k - 1].is(",") && tokens[k].is_any(&["the", "a", "an"]));
    let relative = !comma
        && apposition
        && tokens.get(mention.last + 1).is_some_and(|t| {
            t.is_any(&[
                "named",
                "appointed",
                "chose",
                "picked",
                "tapped",
                "sent",
                "hired",
                "fired",
                "nominated",
                "dispatched",
                "installed",
                "made",
            ])
        });
    if relative {
        return None;
    }
    // "The Prime Minister, Mr Macron and Mr Zelenskyy": a list, when the draft names
    // someone else who holds that bare title.
    let listed = tokens
        .get(mention.last + 1)
        .is_some_and(|t| t.is_any(&["and", "&"]));
    if comma && written.country.is_none() && listed {
        let title: Vec<&str> = tokens[first..=last]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        if held_by_another(ctx, mention.mention.entity, &title) {
            return None;
        }
    }
    Some(written)
}

/// Whether a person other than `person`, named somewhere in the draft, holds `title`
/// on the draft's date.
fn held_by_another(ctx: &Context<'_>, person: EntityId, title: &[&str]) -> bool {
    ctx.index.titles_of.iter().any(|(&other, facts)| {
        other != person
            && facts.iter().any(|&f| {
                let fact = &ctx.base.facts[f];
                fact.validity.holds_on(ctx.as_of)
                    && matches!(&fact.data, FactData::Title { names, .. }
                        if names.iter().any(|n| same_title(n, title)))
            })
            && ctx
                .analysis
                .sentences
                .iter()
                .any(|s| s.mentions.iter().any(|m| m.mention.entity == other))
    })
}

/// An apposition right after the name: "NAME, [the|a] [former] [Country's] TITLE,".
fn after(ctx: &Context<'_>, sentence: &Sentence, mention: &SentenceMention) -> Option<Written> {
    let tokens = &sentence.tokens;
    let text = ctx.analysis.draft.text;
    let mut k = mention.last + 1;
    if !tokens.get(k)?.is_any(&[",", "—", "–"]) {
        return None;
    }
    k += 1;
    while tokens
        .get(k)
        .is_some_and(|t| t.is_any(&["the", "a", "an", "former", "then"]))
    {
        k += 1;
    }
    // The title, or the title after a qualifier: a country ("the US defence
    // secretary"), a person ("Trump's son") or capitalised words ("the White House
    // chief of staff").
    let qualifier = sentence
        .mentions
        .iter()
        .find(|m| m.first == k && (is_country(ctx, m) || tokens[m.last].norm.ends_with("'s")));
    let capitalised = (1..=2)
        .filter(|n| {
            tokens[k..]
                .iter()
                .take(*n)
                .all(|t| !t.is_punct() && starts_upper(text, t))
        })
        .map(|n| k + n);
    let (first, last) = std::iter::once(k)
        .chain(qualifier.map(|q| q.last + 1))
        .chain(capitalised)
        .find_map(|at| longest_title_starting(ctx, tokens, at))?;
    // The apposition must end there: "Witkoff, Secretary of State Marco Rubio" is a list.
    let next = tokens.get(last + 1);
    let closes = next.is_none_or(|t| t.is_punct() || !starts_upper(text, t));
    // "Putin, prime minister from 2008 to 2012": an office dated in the past.
    let year = |t: &Token| t.norm.len() == 4 && t.norm.parse::<u32>().is_ok_and(|y| y > 1900);
    let dated = tokens
        .get(last + 1)
        .is_some_and(|t| t.is_any(&["from", "between", "until", "till", "in"]))
        && tokens.get(last + 2).is_some_and(year);
    // "Trusted by Vladimir Putin, the Kremlin official has become …": a name ending an
    // opening phrase; the noun after the comma is the subject of the main verb.
    let subject = mention.first > 0
        && tokens[mention.first - 1].is_any(&["by", "to", "with", "from", "for", "of"])
        && tokens.get(last + 1).is_some_and(|t| {
            t.is_any(&[
                "has", "had", "have", "is", "was", "will", "would", "became", "becomes", "remains",
                "said", "says",
            ])
        });
    if !closes || dated || subject {
        return None;
    }
    Some(qualify(ctx, sentence, first, last))
}

fn qualify(ctx: &Context<'_>, sentence: &Sentence, first: usize, last: usize) -> Written {
    let tokens = &sentence.tokens;
    let mut written = Written {
        first,
        last,
        country: None,
        former: None,
    };
    let mut k = first;
    if let Some(q) = sentence
        .mentions
        .iter()
        .find(|m| m.last + 1 == first && is_country(ctx, m))
    {
        written.country = Some((q.first, q.mention.entity));
        k = q.first;
    }
    if k > 0 && tokens[k - 1].is_any(&["former", "ex", "ex-"]) {
        written.former = Some(k - 1);
    }
    written
}

/// A country or organisation qualifying a title ("French President", "NATO spokesman").
fn is_country(ctx: &Context<'_>, m: &SentenceMention) -> bool {
    matches!(
        ctx.base.entities[m.mention.entity].kind,
        EntityKind::Country | EntityKind::Organisation
    )
}

fn longest_title_ending(ctx: &Context<'_>, tokens: &[Token], end: usize) -> Option<(usize, usize)> {
    ctx.index.titles.iter().find_map(|words| {
        let n = words.len();
        (end >= n && matches(&tokens[end - n..end], words)).then(|| (end - n, end - 1))
    })
}

fn longest_title_starting(
    ctx: &Context<'_>,
    tokens: &[Token],
    start: usize,
) -> Option<(usize, usize)> {
    ctx.index.titles.iter().find_map(|words| {
        let n = words.len();
        (start + n <= tokens.len() && matches(&tokens[start..start + n], words))
            .then(|| (start, start + n - 1))
    })
}

fn matches(tokens: &[Token], words: &[String]) -> bool {
    tokens.iter().zip(words).all(|(t, w)| t.norm == *w)
}

fn same_title(name: &str, written: &[&str]) -> bool {
    let words: Vec<String> = crate::text::words(name)
        .map(|w| w.replace('’', "'").to_lowercase())
        .collect();
    words.len() == written.len() && words.iter().zip(written).all(|(a, b)| a == b)
}

/// "French President" already names a country; the qualifier check is not needed.
fn title_has_country(title: &[&str]) -> bool {
    title.len() > 1
        && title[0].chars().next().is_some_and(|c| c.is_alphabetic())
        && [
            "us",
            "u.s.",
            "british",
            "french",
            "russian",
            "ukrainian",
            "american",
            "uk",
            "kremlin",
            "trump",
            "ukraine's",
            "white",
        ]
        .contains(&title[0])
}

fn starts_upper(text: &str, t: &Token) -> bool {
    text[t.span.start..].starts_with(char::is_uppercase)
}

fn titles_of(fact: &Fact) -> String {
    match &fact.data {
        FactData::Title { names, .. } => {
            let shown: Vec<&str> = names.iter().take(3).map(String::as_str).collect();
            format!("“{}”", shown.join("”, “"))
        }
        _ => String::new(),
    }
}

/// The replacement in the draft's case: lower case if the draft's words were.
fn match_case(right: &str, written: &str) -> String {
    if !written.starts_with(char::is_lowercase) {
        return right.to_owned();
    }
    right
        .split(' ')
        .map(|w| {
            let acronym = w
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && w.len() > 1;
            if acronym {
                w.to_owned()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::{diagnostics, flags, silent};

    #[test]
    fn wrong_titles_before_and_after_the_name() {
        flags(
            "Secretary of State Pete Hegseth ruled it out.",
            "title-mismatch",
            "Secretary of State",
        );
        flags(
            "Pete Hegseth, the US secretary of state, ruled it out.",
            "title-mismatch",
            "US secretary of state",
        );
        flags(
            "French President Volodymyr Zelenskyy spoke.",
            "title-mismatch",
            "French President",
        );
        silent(
            "US Defence Secretary Pete Hegseth ruled it out.",
            "title-mismatch",
        );
        silent(
            "Ukraine's president, Volodymyr Zelenskyy, spoke.",
            "title-mismatch",
        );
        silent(
            "Witkoff, Secretary of State Marco Rubio and Hegseth met.",
            "title-mismatch",
        );
        // The bare title is Sir Keir's, named in the draft: a list, not an apposition.
        silent(
            "The Prime Minister, Mr Macron and Mr Zelenskyy signed. Sir Keir spoke later.",
            "title-mismatch",
        );
        flags(
            "The Prime Minister, Mr Macron, signed the declaration.",
            "title-mismatch",
            "Prime Minister",
        );
    }

    #[test]
    fn former_for_a_current_office_with_a_fix() {
        let text = "Kushner is the son-in-law of former President Donald Trump.";
        let d = diagnostics(text)
            .into_iter()
            .find(|d| d.code == "title-mismatch")
            .expect("flagged");
        let fix = d.fix.expect("a fix");
        assert_eq!(&text[fix.span.start..fix.span.end], "former ");
        assert_eq!(fix.replacement, "");
    }

    #[test]
    fn an_apposition_closed_by_a_comma_names_the_person() {
        flags(
            "Sir Keir Starmer hosted the call. The Prime Minister, Emmanuel Macron, then spoke.",
            "title-mismatch",
            "Prime Minister",
        );
    }

    #[test]
    fn a_title_ending_an_opening_phrase_is_not_the_subjects() {
        silent(
            "After talks with the Russian president, Trump claimed a deal was close.",
            "title-mismatch",
        );
        flags(
            "He met the US envoy, Pete Hegseth, on Monday.",
            "title-mismatch",
            "US envoy",
        );
    }

    #[test]
    fn namesakes_and_titles_before_a_surname() {
        silent(
            "He married Ivanka Trump, a former White House adviser, in 2009.",
            "title-mismatch",
        );
        flags(
            "He praised Donald Trump, a former White House adviser, for it.",
            "title-mismatch",
            "adviser",
        );
        flags(
            "He asked about Secretary of State Hegseth.",
            "title-mismatch",
            "Secretary of State",
        );
    }

    #[test]
    fn a_name_opening_a_relative_clause_in_someone_elses_apposition() {
        silent(
            "Keith Kellogg, the retired lieutenant general Trump named as his envoy, was reported to be leaving.",
            "title-mismatch",
        );
        flags(
            "General Michael Clarke made the point early.",
            "title-mismatch",
            "General",
        );
    }

    #[test]
    fn a_description_cited_from_a_newspaper() {
        silent(
            "The son-in-law of former President Donald Trump - as one American newspaper still described Kushner this week - is now an envoy.",
            "title-mismatch",
        );
        flags(
            "The son-in-law of former President Donald Trump is now an envoy.",
            "title-mismatch",
            "former President",
        );
    }

    #[test]
    fn an_office_dated_in_the_past() {
        silent(
            "Putin, prime minister from 2008 to 2012, has rarely conceded a point.",
            "title-mismatch",
        );
        flags(
            "Putin, prime minister, has rarely conceded a point.",
            "title-mismatch",
            "prime minister",
        );
    }

    #[test]
    fn a_name_ending_an_opening_phrase_is_no_appositions_head() {
        silent(
            "Harvard-educated and trusted by Vladimir Putin, the Kremlin official has become Moscow's channel.",
            "title-mismatch",
        );
        flags(
            "He met Vladimir Putin, the Kremlin official, in Moscow.",
            "title-mismatch",
            "Kremlin official",
        );
    }
}
