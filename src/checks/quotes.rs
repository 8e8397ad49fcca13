//! Quotes: a known quote with words changed, or given to the wrong speaker.
//!
//! - `quote-altered`: “strongly stands behind security guarantees” (the words were
//!   “security protocols”); the help shows the word-level difference and the fix
//!   restores the exact words.
//! - `quote-misattributed`: the exact words given to someone else.
//!
//! A partial quote of the exact words is fine. One-word quotes are not checked; two-
//! and three-word quotes only against their own speaker, since such phrases recur.

use super::index::quote_words;
use super::{finding, Check, Context};
use crate::claims::quotes::Quote;
use crate::claims::speech::{preceded_by_preposition, Speaker};
use crate::claims::Sentence;
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::factbase::{EntityId, Fact, FactData};
use crate::span::Span;
use similar::{ChangeTag, TextDiff};

pub const CHECK: Check = Check {
    codes: &[
        (
            "quote-altered",
            "a known quote has words changed, added or dropped",
        ),
        (
            "quote-misattributed",
            "a known quote is given to the wrong speaker",
        ),
    ],
    run,
};

/// How similar a draft's quote must be to a known one to be read as that quote.
const SIMILARITY: f32 = 0.75;

fn run(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for quote in &ctx.analysis.quotes {
        let text = &ctx.analysis.draft.text[quote.inner.start..quote.inner.end];
        let mut words = quote_words(text);
        // "“A comprehensive air defence system,” that was the phrase": an article the
        // sentence needs, before the speaker's exact words.
        if words.len() >= 3
            && words[0].as_str() == "a"
            && ctx
                .index
                .quotes
                .iter()
                .any(|(_, fw)| contains(fw, &words[1..]))
        {
            words.remove(0);
        }
        if words.len() < 2 {
            continue;
        }
        let asked = sentences_of(ctx, quote).next().is_some_and(asks_who);
        let speaker = speaker_of(ctx, quote).filter(|_| !asked);
        if let Some(d) = check_quote(ctx, quote, &words, speaker) {
            out.push(d);
        }
    }
}

fn check_quote(
    ctx: &Context<'_>,
    quote: &Quote,
    words: &[String],
    speaker: Option<Speaker>,
) -> Option<Diagnostic> {
    let base = ctx.base;
    let speakers_of = |f: &Fact| match &f.data {
        FactData::Quote { speakers, .. } => speakers.clone(),
        _ => Vec::new(),
    };
    let spoken_by = |f: &Fact, who: EntityId| {
        speakers_of(f)
            .into_iter()
            .any(|o| ctx.index.speaks_for(base, who, o))
    };
    // Exact words: a contiguous run of a known quote (all of it, if it is short).
    // Only quotes that share words with this one are worth comparing.
    let candidates = ctx.index.quotes_sharing(words, 1);
    let exact: Vec<&Fact> = candidates
        .iter()
        .map(|&k| &ctx.index.quotes[k])
        .filter(|(_, fw)| {
            if fw.len() <= 3 {
                fw.as_slice() == words
            } else {
                words.len() >= 3 && contains(fw, words)
            }
        })
        .map(|(f, _)| &base.facts[*f])
        .collect();
    if !exact.is_empty() {
        let Some(Speaker::Entity(who)) = speaker else {
            return None;
        };
        if exact.iter().any(|f| spoken_by(f, who)) {
            return None;
        }
        // The rightful speaker named in the same sentence ("The Telegraph reported that
        // British officials “moved to …”"): a report of a report, not a misattribution.
        let named_nearby = sentences_of(ctx, quote).any(|s| {
            // Named after the sentence's reporting verb and before the quote: the
            // quoted words are theirs, passed on by the speaker.
            let verb_at = s
                .speech
                .iter()
                .map(|(v, _)| s.tokens[*v].span.end)
                .filter(|&e| e <= quote.outer.start)
                .max();
            // …or speaking earlier in the chain ("quoted Starmer saying that Trump
            // had said “…”"): the words may be theirs.
            // …or named as speaking after it ("“several thousand” French soldiers,
            // according to Macron"), with no other quote between.
            let later_speaker = s.speech.iter().any(|(v, who)| {
                let at = s.tokens[*v].span.start;
                at >= quote.outer.end
                        && !ctx.analysis.quotes.iter().any(|q| {
                            q.outer.start >= quote.outer.end && q.outer.end <= at
                        })
                        // Not a second report joined on ("…”, and Witkoff said").
                        && !s.tokens.iter().any(|t| {
                            t.span.start >= quote.outer.end
                                && t.span.end <= at
                                && t.is_any(&["and", "but", ";", "while"])
                        })
                        && matches!(who, Some(Speaker::Entity(e))
                            if exact.iter().any(|f| speakers_of(f).contains(e)))
            });
            let earlier_speaker = s.speech.iter().any(|(v, who)| {
                let from = s.tokens[*v].span.end;
                // One chain: no other quote or semicolon in between.
                let chained = from <= quote.outer.start
                        && !ctx
                            .analysis
                            .quotes
                            .iter()
                            .any(|q| q.outer.start >= from && q.outer.end <= quote.outer.start)
                        // …nor a second report joined on ("…, but Zelenskyy called it"); a
                        // plain "and" joins nouns ("British and European soldiers").
                        && !s.tokens.iter().enumerate().any(|(k, t)| {
                            (t.is_any(&[";", "but", "while"])
                                || t.is("and") && k > 0 && s.tokens[k - 1].is(","))
                                && t.span.start >= from
                                && t.span.end <= quote.outer.start
                        });
                chained
                    && matches!(who, Some(Speaker::Entity(e))
                            if exact.iter().any(|f| speakers_of(f).contains(e)))
            });
            // …or the sentence's subject, reporting what someone told them: "Sir Keir Starmer
            // has called for a backstop, and has said that Mr Trump had told him “…”".
            // Where "told him" (or "assured her", …) ends, before the quote.
            let told_someone = || {
                s.tokens.windows(2).filter_map(|w| {
                    (w[0].is_any(&["told", "assured", "promised", "tells"])
                        && w[1].is_any(&["him", "her", "them", "us", "me"])
                        && w[1].span.end <= quote.outer.start)
                        .then_some((w[0].span.start, w[1].span.end))
                })
            };
            let subject_reports = s
                .mentions
                .iter()
                .find(|m| {
                    matches!(
                        base.entities[m.mention.entity].kind,
                        crate::factbase::EntityKind::Person
                            | crate::factbase::EntityKind::Organisation
                    )
                })
                .is_some_and(|m| {
                    exact
                        .iter()
                        .any(|f| speakers_of(f).contains(&m.mention.entity))
                        && told_someone().any(|(start, _)| start > m.mention.span.end)
                });
            // "…that President Trump had told him “…”": words told to someone who passes
            // them on.
            let told_to = told_someone().any(|(_, end)| quote.outer.start - end <= 3);
            later_speaker
                || earlier_speaker
                || subject_reports
                || told_to
                || s.mentions.iter().any(|m| {
                    // …or right before the quote, as the subject of its words ("British
                    // officials “moved to …,” The Telegraph reported").
                    let subject = m.mention.span.end <= quote.outer.start
                        && quote.outer.start - m.mention.span.end <= 2;
                    (subject || verb_at.is_some_and(|v| m.mention.span.start >= v))
                        && m.mention.span.end <= quote.outer.start
                        && exact
                            .iter()
                            .any(|f| speakers_of(f).contains(&m.mention.entity))
                })
        });
        if named_nearby {
            return None;
        }
        let fact = exact[0];
        let right = *speakers_of(fact).first()?;
        // The words and who they are given to: "it was Emmanuel Macron who said of Trump
        // last year: “…”", when the speaker is named close by in the same sentence.
        let given_to = sentences_of(ctx, quote)
            .flat_map(|s| &s.mentions)
            .filter(|m| m.mention.entity == who)
            .filter(|m| {
                let span = m.mention.span;
                let prose = &ctx.analysis.draft.prose;
                span.end <= quote.outer.start
                    && quote.outer.start - span.end <= 120
                    && !prose[span.end..quote.outer.start].contains(['\n', '|'])
                    || span.start >= quote.outer.end
                        && span.start - quote.outer.end <= 40
                        && !prose[quote.outer.end..span.start].contains(['\n', '|'])
            })
            .min_by_key(|m| {
                let span = m.mention.span;
                span.end
                    .abs_diff(quote.outer.start)
                    .min(span.start.abs_diff(quote.outer.end))
            })
            .map_or(quote.outer, |m| m.mention.span.cover(quote.outer));
        let mut d = finding(
            base,
            "quote-misattributed",
            fact,
            given_to,
            format!(
                "these words are {}, not {}",
                super::owner(&base.entities[right].name),
                super::owner(&base.entities[who].name)
            ),
        );
        if words.len() < 4 {
            d.severity = d.severity.min(Severity::Warning);
        }
        d.help = Some(format!(
            "the source gives them to {}",
            base.entities[right].name
        ));
        return Some(d);
    }
    // Close but not the same: the best-matching window of a known quote.
    // The speaker's own quotes are held to a looser likeness than anyone's: with the
    // speaker named, "strongly supports security protocols" is plainly theirs.
    let mut best: Option<(i64, f32, usize, usize, usize, bool)> = None;
    // A close quote shares at least half its distinct words with the known one.
    let distinct = {
        let mut w: Vec<&String> = words.iter().collect();
        w.sort();
        w.dedup();
        w.len()
    };
    let mut compared: Vec<&Vec<String>> = Vec::new();
    for k in ctx.index.quotes_sharing(words, distinct.div_ceil(2).max(1)) {
        let (fact_id, fw) = &ctx.index.quotes[k];
        // The same words under another fact id score the same; the first one is reported.
        if compared.contains(&fw) {
            continue;
        }
        compared.push(fw);
        let fact = &base.facts[*fact_id];
        let own = matches!(speaker, Some(Speaker::Entity(s) | Speaker::Resolved(s)) if spoken_by(fact, s));
        let short = fw.len() <= 3 || words.len() <= 3;
        // Short quotes: only against the speaker's own words, of about the same length
        // ("real and lasting security" still holds every word of "real security").
        let holds_all = fw.len() < words.len()
            && fw.iter().all(|w| words.contains(w))
            && words.len() - fw.len() <= 2;
        if short && (!own || fw.len().abs_diff(words.len()) > 1 && !holds_all) {
            continue;
        }
        // The window that shares the most words, then the one closest in length, so
        // that a changed last word is read as a substitution, not a cut.
        for (start, len) in windows(fw.len(), words.len()) {
            let window = &fw[start..start + len];
            let (ratio, shared) = similarity(window, words);
            let score = (2 * shared) as i64 - len.abs_diff(words.len()) as i64;
            // The speaker's own quotes first: a shared "and" makes no one else's quote.
            let better = |(s, r, _, _, _, o): (i64, f32, usize, usize, usize, bool)| {
                (own, score) > (o, s) || (own, score) == (o, s) && ratio > r
            };
            if best.is_none_or(better) {
                best = Some((score, ratio, k, start, len, own));
            }
        }
    }
    let (_, ratio, k, start, len, own) = best?;
    let (fact_id, fw) = &ctx.index.quotes[k];
    // "“President Trump strongly stands behind security protocols,” Witkoff told
    // reporters": the known words whole, with a few more around them, are a fuller quote.
    if fw.len() >= 4 && contains(words, fw) && words.len() - fw.len() <= 3 {
        return None;
    }
    let window = &fw[start..start + len];
    let shared = window.iter().filter(|w| words.contains(w)).count();
    // Looser for the speaker's own longer quotes; short ones change meaning with a word.
    // A short known phrase ("strongly stands behind security protocols") changes by a
    // word; a window of a long quote must keep more of it.
    let threshold = match (words.len(), own) {
        (0..=3, _) => 0.5,
        (4..=5, true) if fw.len() <= 5 => 0.6,
        (6.., true) => 0.6,
        _ => SIMILARITY,
    };
    if ratio < threshold || shared < 1 || ratio >= 1.0 {
        return None;
    }
    // A short quote changes a word in its place ("holy mission" → "sacred mission");
    // "security guarantees" against "real security" shares a word moved, not kept.
    let in_place = window.len() != words.len() || window.iter().zip(words).any(|(a, b)| a == b);
    if words.len() <= 3 && !in_place {
        return None;
    }
    // "This is not the end of the road," said one diplomat: a known quote's function words
    // and one common noun ("… This is the end of the end.") make no quote of it.
    // Words given to someone unnamed must share at least two words that carry meaning.
    const FUNCTION: &[&str] = &[
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "but",
        "is", "are", "was", "were", "be", "been", "it", "this", "that", "these", "those", "we",
        "he", "she", "they", "i", "you", "our", "us", "his", "her", "their", "not", "no", "have",
        "has", "had", "will", "would", "there", "as", "so", "do", "does",
    ];
    let meaningful = window
        .iter()
        .filter(|w| words.contains(w) && !FUNCTION.contains(&w.as_str()))
        .count();
    if matches!(speaker, Some(Speaker::Unnamed)) && meaningful < 2 && words.len() > 3 {
        return None;
    }
    // "…the caption: 'Putin calls his soldiers' work a “sacred mission”.' The words
    // reported were that he hailed his troops' “holy mission”": the right words quoted
    // close by set the two side by side.
    let text = ctx.analysis.draft.text;
    let set_beside = ctx.analysis.quotes.iter().any(|other| {
        other.inner != quote.inner
            && other.inner.start.abs_diff(quote.inner.start) <= 600
            && contains(
                &quote_words(&text[other.inner.start..other.inner.end]),
                window,
            )
    });
    if set_beside {
        return None;
    }
    let fact = &base.facts[*fact_id];
    let FactData::Quote {
        words: exact_text,
        speakers,
    } = &fact.data
    else {
        return None;
    };
    let right = speakers.first()?;
    let original = original_window(exact_text, start, len);
    let mut d = finding(
        base,
        "quote-altered",
        fact,
        quote.inner,
        format!(
            "quote differs from {} words: {}",
            super::owner(&base.entities[*right].name),
            word_diff(words, window)
        ),
    );
    d.help = Some(format!("the source has “{original}”"));
    d.fix = Some(minimal_fix(
        ctx.analysis.draft.text,
        quote,
        words,
        exact_text,
        start,
        len,
        &original,
    ));
    Some(d)
}

/// The smallest replacement that restores the source's words: only the run of draft
/// words that differs, replaced by the source's words for it (the rest of the quote,
/// and its line breaks, stay as written).
fn minimal_fix(
    text: &str,
    quote: &Quote,
    words: &[String],
    source: &str,
    start: usize,
    len: usize,
    original: &str,
) -> Fix {
    let draft_spans = word_spans(&text[quote.inner.start..quote.inner.end]);
    let source_spans = word_spans(source);
    let window: Vec<String> = quote_words(source)
        .into_iter()
        .skip(start)
        .take(len)
        .collect();
    let a: Vec<&str> = window.iter().map(String::as_str).collect();
    let b: Vec<&str> = words.iter().map(String::as_str).collect();
    let diff = TextDiff::configure().diff_slices(&a, &b);
    let ops = diff.ops();
    let changed: Vec<&similar::DiffOp> = ops
        .iter()
        .filter(|op| !matches!(op, similar::DiffOp::Equal { .. }))
        .collect();
    let whole = Fix {
        span: quote.inner,
        replacement: keep_edges(&text[quote.inner.start..quote.inner.end], original),
    };
    let (Some(first), Some(last)) = (changed.first(), changed.last()) else {
        return whole;
    };
    let (old_from, new_from) = (first.old_range().start, first.new_range().start);
    let (old_to, new_to) = (last.old_range().end, last.new_range().end);
    if draft_spans.len() != words.len() || source_spans.len() < start + len {
        return whole;
    }
    // The source's words for the changed run, as the source writes them.
    let replacement = if old_from < old_to {
        source[source_spans[start + old_from].0..source_spans[start + old_to - 1].1].to_owned()
    } else {
        String::new()
    };
    let base = quote.inner.start;
    let span = if new_from < new_to {
        Span::new(
            base + draft_spans[new_from].0,
            base + draft_spans[new_to - 1].1,
        )
    } else {
        // Words dropped by the draft: insert them where they belong.
        let at = draft_spans
            .get(new_from)
            .map_or(quote.inner.end - base, |s| s.0);
        let replacement = format!("{replacement} ");
        return Fix {
            span: Span::new(base + at, base + at),
            replacement,
        };
    };
    Fix { span, replacement }
}

/// Byte ranges of the words of a text, as `quote_words` counts them.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next_alnum = chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        let inner = (c == '\'' || c == '’' || c == '-') && start.is_some() && next_alnum;
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            spans.push((s, i));
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// Window (start, length) candidates of a known quote for a draft quote of `n` words.
fn windows(total: usize, n: usize) -> impl Iterator<Item = (usize, usize)> {
    let lengths = n.saturating_sub(2).max(1)..=(n + 2).min(total);
    lengths.flat_map(move |len| (0..=total - len).map(move |start| (start, len)))
}

/// The likeness of two word lists (0 to 1) and how many words they share in order.
fn similarity(a: &[String], b: &[String]) -> (f32, usize) {
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    let diff = TextDiff::configure().diff_slices(&a, &b);
    let shared = diff
        .iter_all_changes()
        .filter(|c| c.tag() == ChangeTag::Equal)
        .count();
    (diff.ratio(), shared)
}

fn contains(haystack: &[String], needle: &[String]) -> bool {
    needle.len() <= haystack.len() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// "security [-guarantees-] {+protocols+}": what the draft changed.
fn word_diff(draft: &[String], source: &[String]) -> String {
    let a: Vec<&str> = source.iter().map(String::as_str).collect();
    let b: Vec<&str> = draft.iter().map(String::as_str).collect();
    let diff = TextDiff::configure().diff_slices(&a, &b);
    let mut out = Vec::new();
    for change in diff.iter_all_changes() {
        let w = change.value();
        out.push(match change.tag() {
            ChangeTag::Equal => w.to_owned(),
            ChangeTag::Delete => format!("[-{w}-]"),
            ChangeTag::Insert => format!("{{+{w}+}}"),
        });
    }
    out.join(" ")
}

/// The exact words of a known quote for the window `start..start+len` of its words.
fn original_window(text: &str, start: usize, len: usize) -> String {
    let mut spans = Vec::new();
    let mut word_start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let in_word = c.is_alphanumeric()
            || ((c == '\'' || c == '’' || c == '-')
                && word_start.is_some()
                && text[i + c.len_utf8().min(text.len() - i)..].starts_with(char::is_alphanumeric));
        match (in_word, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                word_start = None;
            }
            _ => {}
        }
    }
    match (spans.get(start), spans.get(start + len - 1)) {
        (Some(&(s, _)), Some(&(_, e))) => text[s..e].to_owned(),
        _ => text.to_owned(),
    }
}

/// Keeps the draft quote's leading and trailing punctuation around the right words.
fn keep_edges(draft: &str, words: &str) -> String {
    let lead: String = draft.chars().take_while(|c| !c.is_alphanumeric()).collect();
    let trail: String = {
        let mut t: Vec<char> = draft
            .chars()
            .rev()
            .take_while(|c| !c.is_alphanumeric())
            .collect();
        t.reverse();
        t.into_iter().collect()
    };
    let core = words.trim_end_matches(|c: char| !c.is_alphanumeric());
    format!("{lead}{core}{trail}")
}

/// Who the quote is attributed to: a reporting verb outside the quote in the sentence
/// that holds it ("Witkoff said Trump “…”", "“…,” Macron said"), or a name and a
/// colon right before it.
/// The sentences a quote is in.
fn sentences_of<'a>(ctx: &'a Context<'_>, quote: &Quote) -> impl Iterator<Item = &'a Sentence> {
    let outer = quote.outer;
    ctx.analysis
        .sentences
        .iter()
        .filter(move |s| s.span.overlaps(outer) || s.span.contains(outer))
}

/// "Wasn't it Witkoff who talked about “robust deterrence”?", past a transcript's speaker
/// label ("BH: …"): a question that asks who said it.
fn asks_who(sentence: &Sentence) -> bool {
    let start = sentence
        .tokens
        .iter()
        .take(4)
        .position(|t| t.is(":"))
        .map_or(0, |c| c + 1);
    sentence.is_question()
        && sentence.tokens.get(start).is_some_and(|t| {
            t.is_any(&[
                "wasn't", "was", "isn't", "is", "didn't", "did", "doesn't", "does", "wasnt", "who",
            ])
        })
}

fn speaker_of(ctx: &Context<'_>, quote: &Quote) -> Option<Speaker> {
    let sentences: Vec<&Sentence> = sentences_of(ctx, quote).collect();
    // A pull quote signed after a dash ("“…” — Zelenskyy, on …") is theirs, whatever
    // the words after the signature say.
    let s = sentences.first()?;
    let prose = &ctx.analysis.draft.prose;
    let speaker_like = |m: &&crate::claims::SentenceMention| {
        matches!(
            ctx.base.entities[m.mention.entity].kind,
            crate::factbase::EntityKind::Person
                | crate::factbase::EntityKind::Organisation
                | crate::factbase::EntityKind::Group
        )
    };
    let signed = ctx
        .analysis
        .sentences
        .iter()
        .filter(|other| other.block == s.block)
        .flat_map(|s| &s.mentions)
        .filter(speaker_like)
        .find(|m| {
            m.mention.span.start >= quote.outer.end && {
                let gap = prose[quote.outer.end..m.mention.span.start]
                    .trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '.' || c == ',');
                matches!(gap, "—" | "–" | "-" | "--")
            }
        });
    if let Some(m) = signed {
        return Some(Speaker::Entity(m.mention.entity));
    }
    // "“We need security guarantees this year …” That's what Macron told reporters.": the
    // next sentence names who said it.
    let next = ctx
        .analysis
        .sentences
        .iter()
        .find(|n| n.block == s.block && n.span.start >= quote.outer.end)
        .filter(|n| {
            prose[quote.outer.end..n.span.start]
                .trim_matches(|c: char| c.is_whitespace() || c == '.')
                .is_empty()
        });
    // "“Robust deterrence” was the phrase Witkoff kept returning to": the phrase's owner
    // named right after.
    let phrase_of = s.mentions.iter().filter(speaker_like).find(|m| {
        m.mention.span.start >= quote.outer.end && {
            let gap = prose[quote.outer.end..m.mention.span.start].to_lowercase();
            let gap = gap.trim();
            [
                "was the phrase",
                "is the phrase",
                "was the word",
                "is the word",
                "was the line",
                "were the words",
                "are the words",
            ]
            .iter()
            .any(|p| gap == *p || gap.ends_with(p) && gap.len() <= p.len() + 2)
        }
    });
    if let Some(m) = phrase_of {
        return Some(Speaker::Entity(m.mention.entity));
    }
    if let Some(n) = next {
        let t = &n.tokens;
        let that_is_what = t.first().is_some_and(|w| w.is("that's"))
            && t.get(1).is_some_and(|w| w.is("what"))
            || t.first().is_some_and(|w| w.is("that"))
                && t.get(1).is_some_and(|w| w.is_any(&["is", "was"]))
                && t.get(2).is_some_and(|w| w.is("what"));
        let said = n.speech.iter().find_map(|&(v, sp)| match sp {
            Some(Speaker::Entity(e)) if v <= 6 => Some(Speaker::Entity(e)),
            _ => None,
        });
        if let (true, Some(sp)) = (that_is_what, said) {
            return Some(sp);
        }
    }
    // "Downing Street, on the private US offer reported by The Telegraph: a “…”": the name
    // opening the line speaks; the verbs in its topic do not.
    let opener = s.mentions.iter().filter(speaker_like).find(|m| {
        m.first == 0
            && s.tokens.get(m.last + 1).is_some_and(|t| t.is(","))
            && s.tokens.get(m.last + 2).is_some_and(|t| t.is("on"))
            && prose[m.mention.span.end..quote.outer.start]
                .rsplit_once(':')
                .is_some_and(|(_, gap)| gap.split_whitespace().count() <= 1)
    });
    if let Some(m) = opener {
        return Some(Speaker::Entity(m.mention.entity));
    }
    let outside = |s: &Sentence, i: usize| !quote.inner.contains(s.tokens[i].span);
    // The nearest reporting verb with a named speaker, before the quote if there is one
    // ("X told reporters that … “…”, adding …"), else after it ("“…,” X said").
    let mut best: Option<(bool, usize, Speaker, &Sentence, usize)> = None;
    for s in &sentences {
        for &(v, speaker) in &s.speech {
            let Some(mut speaker) = speaker else { continue };
            if !outside(s, v) {
                continue;
            }
            // "…”, and I think he meant it": the writer's own view after the quote.
            if v >= 2
                && s.tokens[v].is_any(&["think", "thought", "believe", "reckon", "suppose"])
                && s.tokens[v - 1].is_any(&["i", "we"])
                && s.tokens[v - 2].is_any(&[",", "and", "which", "but"])
            {
                continue;
            }
            // "Downing Street, according to the paper, saw that as a “…”": the subject
            // before the aside speaks; the paper reports it.
            if s.tokens[v].is("according") && v >= 2 && s.tokens[v - 1].is(",") {
                if let Some(m) = s.mentions.iter().filter(speaker_like).find(|m| {
                    m.last + 2 == v
                        && (m.first == 0 || s.tokens[m.first - 1].is_any(&[",", "and", "but"]))
                }) {
                    speaker = Speaker::Entity(m.mention.entity);
                }
            }
            let at = s.tokens[v].span.start;
            let (after, distance) = if at < quote.outer.start {
                (false, quote.outer.start - at)
            } else {
                (true, at.saturating_sub(quote.outer.end))
            };
            let named = !matches!(speaker, Speaker::Unnamed);
            // A verb after the quote counts only close by and in the same clause
            // ("…”, in Downing Street's words"; not "…; Kushner said …").
            // ("“holy mission” – a reminder, one NATO diplomat said, “that …”": a verb that
            // introduces the next quote is that quote's.)
            let opens_next = || {
                prose[s.tokens[v].span.end..]
                    .trim_start_matches([',', ':', ' '])
                    .starts_with(['"', '“'])
            };
            // ("…”, while Kushner told reporters …", "…”, and the paper said that …": a
            // clause of its own.)
            let own_clause = || {
                s.tokens[..v]
                    .iter()
                    .rev()
                    .take_while(|t| t.span.start >= quote.outer.end)
                    .any(|t| {
                        t.is_any(&["while", "whereas", "but", "although", "though", "meanwhile"])
                    })
                    || prose[quote.outer.end..at]
                        .trim_start()
                        .starts_with(", and ")
            };
            let far = || {
                distance > 40
                    || prose[quote.outer.end..at].contains([';', '—', '–', '|'])
                    || own_clause()
            };
            if after && (far() || opens_next()) {
                continue;
            }
            // "…, the Prime Minister told the paper: “…”": a verb that introduces the quote
            // speaks for it, named or not.
            // ("…, saying: “…”" takes the clause's subject.)
            // ("…, and the paper said that “in private …”": "that" right before it.)
            let introduces = !after && !s.tokens[v].norm.ends_with("ing") && distance <= 30 && {
                let between = prose[s.tokens[v].span.end..quote.outer.start].trim();
                between.ends_with([':', ',']) || between == "that"
            };
            // After the quote ("…”, in Downing Street's words") counts, a little further off.
            let key = (!named && !introduces, distance + if after { 15 } else { 0 });
            if best.is_none_or(|(a, d, ..)| key < (a, d)) {
                best = Some((key.0, key.1, speaker, s, v));
            }
        }
    }
    if let Some((_, _, speaker, s, v)) = best {
        return Some(match speaker {
            Speaker::Resolved(e) if plainly_theirs(ctx, s, v, e, quote) => Speaker::Entity(e),
            other => other,
        });
    }

    // No reporting verb: a name and a colon before the quote ("Witkoff: “…”"), or a
    // table row whose first cells name the speaker ("| Witkoff, US envoy | “…” |").
    let before = || {
        s.mentions
            .iter()
            .filter(speaker_like)
            .filter(|m| m.mention.span.end <= quote.outer.start)
    };
    // "Starmer to The Telegraph, on Trump: “…”": the topic after "on" is not the
    // speaker; the name opening the line is.
    let colon = before()
        .next_back()
        .filter(|m| prose[m.mention.span.end..quote.outer.start].trim() == ":")
        .and_then(|m| {
            if preceded_by_preposition(&s.tokens, m.first) {
                before().next().filter(|first| {
                    first.first <= 1 && !preceded_by_preposition(&s.tokens, first.first)
                })
            } else {
                Some(m)
            }
        });
    let first_cell = || {
        before().find(|m| {
            prose[m.mention.span.end..quote.outer.start].contains('|')
                && !prose[s.span.start..m.mention.span.start].contains('|')
        })
    };
    // "| French contingent | “several thousand” | Emmanuel Macron, Paris |": the row is
    // about a group; the person in a later cell said it.
    let is_person = |m: &crate::claims::SentenceMention| {
        ctx.base.entities[m.mention.entity].kind == crate::factbase::EntityKind::Person
    };
    let source_cell = || {
        s.mentions.iter().find(|m| {
            is_person(m)
                && m.mention.span.start >= quote.outer.end
                && prose[quote.outer.end..m.mention.span.start].contains('|')
        })
    };
    // "| French soldiers, per Macron | “several thousand” |": a person in the cells
    // before the quote said it.
    let person_cell = || {
        before().filter(|m| is_person(m)).find(|m| {
            prose[m.mention.span.end..quote.outer.start].contains('|')
                && !prose[s.span.start..m.mention.span.start].contains('|')
        })
    };
    let row = first_cell().and_then(|m| {
        if is_person(m) {
            Some(m)
        } else {
            person_cell().or_else(source_cell).or(Some(m))
        }
    });
    // "US: WITKOFF: Ukrainians must have “robust deterrence” …": an alert's line led by
    // its speaker and a colon, the quote later in it.
    let line_label = || {
        before().find(|m| {
            m.first <= 8
                && s.tokens.get(m.last + 1).is_some_and(|t| t.is(":"))
                && !preceded_by_preposition(&s.tokens, m.first)
                && !prose[m.mention.span.end..quote.outer.start].contains(['|', '"', '“'])
                && ctx.base.entities[m.mention.entity].kind == crate::factbase::EntityKind::Person
        })
    };
    // "QUOTE OF THE WEEK: “…” Jared Kushner, describing …": a quote ending its sentence,
    // signed by the person who opens the next.
    // (Only a quote standing alone, or after a label: "Witkoff's answer was that Trump
    // “…”. Jared Kushner, his fellow envoy, spoke of …" starts a new report.)
    let signature = || {
        let lead = prose[s.span.start..quote.outer.start].trim();
        let alone = lead.is_empty() || lead.ends_with(':') && lead.split_whitespace().count() <= 6;
        let ends = prose[s.span.start..quote.outer.end]
            .trim_end()
            .ends_with(['"', '”']);
        next.filter(|_| alone && ends).and_then(|n| {
            n.mentions.first().filter(|m| {
                m.first == 0
                    && is_person(m)
                    && n.tokens
                        .get(m.last + 1)
                        .is_none_or(|t| t.is_any(&[",", "."]))
                    && n.speech.iter().all(|&(v, sp)| {
                        n.tokens[v].norm.ends_with("ing")
                            || sp != Some(Speaker::Entity(m.mention.entity))
                    })
            })
        })
    };
    colon
        .or(row)
        .or_else(line_label)
        .or_else(signature)
        .map(|m| Speaker::Entity(m.mention.entity))
}

/// Whether the pronoun speaking at token `verb`, right before `quote`, can only be `e`:
/// "Witkoff said …, while he also stressed “…”" (an earlier verb of the sentence is
/// `e`'s), "Macron said … . He called the declarations …" (with no one named before the
/// pronoun, every verb of the sentence before, in the same paragraph, is `e`'s, and it
/// names no other person). "Donald Trump, he told reporters, “…”" names only the topic.
fn plainly_theirs(
    ctx: &Context<'_>,
    s: &Sentence,
    verb: usize,
    e: EntityId,
    quote: &Quote,
) -> bool {
    let person = |m: &&crate::claims::SentenceMention| {
        ctx.base.entities[m.mention.entity].kind == crate::factbase::EntityKind::Person
    };
    let only_e = |speech: &[(usize, Option<Speaker>)]| {
        !speech.is_empty() && speech.iter().all(|(_, sp)| *sp == Some(Speaker::Entity(e)))
    };
    // No other reporting verb between the pronoun's and the quote, nor a clause of its
    // own ("a figure he repeats whenever Europeans speak of “several thousand”").
    let between = || {
        s.tokens
            .iter()
            .skip(verb + 1)
            .take_while(|t| t.span.end <= quote.outer.start)
    };
    let direct = !s
        .speech
        .iter()
        .any(|&(k, _)| k > verb && s.tokens[k].span.end <= quote.outer.start)
        && !between().any(|t| {
            t.is_any(&[
                "whenever", "when", "if", "because", "while", "although", "though", "unless",
                "after", "before", "where",
            ])
        });
    if !direct {
        return false;
    }
    if s.mentions.iter().filter(person).any(|m| m.last < verb) {
        let earlier: Vec<(usize, Option<Speaker>)> = s
            .speech
            .iter()
            .copied()
            .filter(|&(k, _)| k < verb)
            .collect();
        return only_e(&earlier)
            && s.mentions
                .iter()
                .filter(person)
                .filter(|m| m.last < verb)
                .all(|m| m.mention.entity == e);
    }
    let Some(previous) = ctx.analysis.before_in_block(s) else {
        return false;
    };
    // The sentence before is about `e`: named early, before any pronoun of its own ("He
    // recalls that Steve Witkoff said …" is someone else's recollection).
    let subject = previous.mentions.iter().find(person).is_some_and(|m| {
        m.first <= 8
            && !previous.tokens[..m.first]
                .iter()
                .any(|t| t.is_any(&["he", "she", "they", "i", "we"]))
    });
    subject
        && only_e(&previous.speech)
        && previous
            .mentions
            .iter()
            .filter(person)
            .all(|m| m.mention.entity == e)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::{diagnostics, flags, silent};

    #[test]
    fn altered_words_with_a_fix_restoring_them() {
        let text = "Witkoff said Trump \"strongly stands behind security guarantees\".";
        let d = diagnostics(text)
            .into_iter()
            .find(|d| d.code == "quote-altered")
            .expect("flagged");
        assert!(
            d.message.contains("[-protocols-] {+guarantees+}"),
            "{}",
            d.message
        );
        let fix = d.fix.unwrap();
        let fixed = (
            &text[fix.span.start..fix.span.end],
            fix.replacement.as_str(),
        );
        assert_eq!(fixed, ("guarantees", "protocols"));
        silent(
            "Witkoff said Trump \"strongly stands behind security protocols\".",
            "quote-altered",
        );
        silent("Zelenskyy said: \"We need it this year.\"", "quote-altered");
    }

    #[test]
    fn the_right_words_from_the_wrong_speaker() {
        flags(
            "Kushner said Trump \"strongly stands behind security protocols\".",
            "quote-misattributed",
            "Kushner said Trump \"strongly stands behind security protocols\"",
        );
        silent(
            "Kushner, Trump's son-in-law, said Ukrainians needed \"robust deterrence\".",
            "quote-misattributed",
        );
        silent(
            "Russia called it \"holy mission\" talk.",
            "quote-misattributed",
        );
    }

    #[test]
    fn the_speaker_set_aside_and_the_topic_of_a_colon_do_not_speak() {
        silent(
            "It was Mr Witkoff, not Mr Kushner, who said the allies had \"largely finished\" the work.",
            "quote-misattributed",
        );
        flags(
            "Kushner, not Witkoff, said the deal was \"largely finished\".",
            "quote-misattributed",
            "Kushner, not Witkoff, said the deal was \"largely finished\"",
        );
        silent(
            "Sir Keir Starmer to The Telegraph, on Trump: \"There are ongoing discussions and he's said a number of times that he'd have our back, as you know.\"",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_speakers_short_quotes_with_a_word_changed_or_added() {
        flags(
            "Mr Witkoff said Donald Trump \"strongly backs security protocols\" designed to deter.",
            "quote-altered",
            "strongly backs security protocols",
        );
        flags(
            "Putin praises his troops' \"sacred mission\".",
            "quote-altered",
            "sacred mission",
        );
        flags(
            "Zelenskyy said Europe was committed to \"real and lasting security\".",
            "quote-altered",
            "real and lasting security",
        );
        // Someone else's short words are not held to the speaker's quotes.
        silent(
            "Witkoff said the talks were \"real and lasting\".",
            "quote-altered",
        );
    }

    #[test]
    fn the_subject_past_an_aside_or_a_joined_verb_speaks() {
        flags(
            "It was Donald Trump, remember, who spoke of a \"holy mission\".",
            "quote-misattributed",
            "Donald Trump, remember, who spoke of a \"holy mission\"",
        );
        flags(
            "Witkoff came out and said the deal was \"pretty close\".",
            "quote-misattributed",
            "Witkoff came out and said the deal was \"pretty close\"",
        );
        flags(
            "The Élysée hailed the offer as a \"significant breakthrough\".",
            "quote-misattributed",
            "Élysée hailed the offer as a \"significant breakthrough\"",
        );
    }

    #[test]
    fn a_second_report_joined_on_is_its_own_speakers() {
        flags(
            "Putin said the war was going well, but Zelenskyy called it a \"holy mission\".",
            "quote-misattributed",
            "Zelenskyy called it a \"holy mission\"",
        );
    }

    #[test]
    fn an_article_before_the_speakers_words() {
        silent(
            "Zelenskyy asked for money and weapons. \"A comprehensive air defence system,\" that was the phrase.",
            "quote-altered",
        );
    }

    #[test]
    fn misspelled_speakers_are_still_themselves() {
        let text = "Jared Kusher, the son-in-law of President Donald Trump, told reporters that Ukrainians needed \"robust deterrence\" and real backstops.";
        silent(text, "quote-misattributed");
        flags(text, "name-spelling", "Kusher");
        silent(
            "Steve Whitkoff, who has led talks with Russia, said that Mr Trump \"strongly stands behind security protocols\", and Jared Kushner argued that Ukrainians needed \"robust deterrence\" and real backstops.",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_fact_checks_claim_under_examination() {
        silent(
            "Claim 8: A quote card credits Emmanuel Macron with saying the allies had \"largely finished\".",
            "quote-misattributed",
        );
        flags(
            "Emmanuel Macron said the allies had \"largely finished\".",
            "quote-misattributed",
            "Emmanuel Macron said the allies had \"largely finished\"",
        );
    }

    #[test]
    fn a_speaker_named_before_an_apposition_and_a_colon() {
        silent(
            "- Steve Witkoff, US envoy: Trump \"strongly stands behind security protocols\".\n- Jared Kushner: Ukrainians must have confidence in their security.",
            "quote-misattributed",
        );
    }

    #[test]
    fn the_right_words_quoted_close_by() {
        silent(
            "A caption says Putin called it a \"sacred mission\". The words reported were that he hailed his troops' \"holy mission\" to defend Russia.",
            "quote-altered",
        );
        flags(
            "Putin hailed his troops' \"sacred mission\" to defend Russia.",
            "quote-altered",
            "sacred mission",
        );
    }

    #[test]
    fn a_person_in_a_row_label_said_it() {
        silent(
            "| Figure | Words |\n| --- | --- |\n| French soldiers, per Macron | \"several thousand\" |",
            "quote-misattributed",
        );
        flags(
            "Starmer said \"several thousand\" French soldiers could be involved.",
            "quote-misattributed",
            "Starmer said \"several thousand\"",
        );
    }

    #[test]
    fn a_possessive_remark_attributes_its_quote() {
        flags(
            "Macron's remark that the allies had \"largely finished\" agreeing the guarantees was widely quoted.",
            "quote-misattributed",
            "Macron's remark that the allies had \"largely finished\"",
        );
        silent(
            "Witkoff's remark that the allies had \"largely finished\" agreeing the guarantees was widely quoted.",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_passive_reports_no_speaker() {
        silent(
            "Macron's \"several thousand\" French soldiers was reported accurately almost everywhere.",
            "quote-misattributed",
        );
    }

    #[test]
    fn the_subject_before_an_according_to_aside_speaks() {
        silent(
            "The Telegraph reported a private US offer, and Downing Street, according to the paper, saw that as a \"significant breakthrough\".",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_group_only_counted_by_a_figure_says_nothing() {
        // "pressed" names Sir Keir's months of pressing, a figure's subject, not a speaker.
        silent(
            "Zelenskiy has repeatedly pressed for guarantees, saying Ukraine needs them \"this year because we want to end the war this year\".",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_line_opened_by_its_speaker_and_a_participles_agent() {
        silent(
            "Downing Street, on the private US offer reported by The Telegraph on 25 April 2025: a \"significant breakthrough\".",
            "quote-misattributed",
        );
        flags(
            "The Telegraph, on the private US offer: a \"significant breakthrough\".",
            "quote-misattributed",
            "The Telegraph, on the private US offer: a \"significant breakthrough\"",
        );
    }

    #[test]
    fn someone_right_that_owns_the_view() {
        flags(
            "Witkoff was right that Ukrainians need \"robust deterrence\".",
            "quote-misattributed",
            "Witkoff was right that Ukrainians need \"robust deterrence\"",
        );
        silent(
            "Kushner was right that Ukrainians need \"robust deterrence\".",
            "quote-misattributed",
        );
    }

    #[test]
    fn who_after_an_apposition_takes_up_its_head() {
        silent(
            "At his side was Jared Kushner, the son-in-law of the American president, who insisted that Ukrainians needed \"robust deterrence\" and real backstops.",
            "quote-misattributed",
        );
        flags(
            "At his side was Jared Kushner, the son-in-law of the American president, who insisted that Ukrainians needed \"strong deterrence\" and real backstops.",
            "quote-altered",
            "strong deterrence",
        );
    }

    #[test]
    fn an_unnamed_speaker_introducing_the_quote_is_its_speaker() {
        silent(
            "When The Telegraph reported last April that the US had offered support, the Prime Minister told the paper: \"There are ongoing discussions and he's said a number of times that he'd have our back, as you know.\"",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_misattribution_covers_the_speaker_named_with_the_words() {
        flags(
            "It was Emmanuel Macron who said of Trump last year: \"There are ongoing discussions and he's said a number of times that he'd have our back.\"",
            "quote-misattributed",
            "Emmanuel Macron who said of Trump last year: \"There are ongoing discussions and he's said a number of times that he'd have our back.\"",
        );
    }

    #[test]
    fn an_idiom_an_unnamed_speaker_shares_with_a_known_quote_and_words_told_to_the_subject() {
        silent(
            "\"This is not the end of the road,\" said one European diplomat, who asked not to be named.",
            "quote-altered",
        );
        flags(
            "\"There is a glaringly obvious message for Europe in the 28-point plan,\" a former Baltic foreign minister wrote. \"This is the end of the road.\"",
            "quote-altered",
            "This is the end of the road.",
        );
        silent(
            "The Prime Minister, Sir Keir Starmer, has called for a US \"backstop\", and has said in the past that Mr Trump had told him \"he'd have our back\".",
            "quote-misattributed",
        );
    }

    #[test]
    fn words_told_to_someone_who_passes_them_on() {
        silent(
            "ANNA: And he said at the time, didn't he, that President Trump had told him \"he'd have our back\".",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_fuller_quote_and_downing_st() {
        silent(
            "\"President Trump strongly stands behind security protocols,\" Witkoff told reporters after the talks.",
            "quote-altered",
        );
        silent(
            "Telegraph reported 25 Apr 2025 that US privately offered intel & logistics; Downing St called it a \"significant breakthrough\".",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_short_quote_changes_a_word_in_its_place() {
        silent(
            "So when Volodymyr Zelenskyy says Ukraine needs \"security guarantees\", he does not mean a memorandum.",
            "quote-altered",
        );
        flags(
            "Putin hailed his troops' \"sacred mission\".",
            "quote-altered",
            "sacred mission",
        );
    }

    #[test]
    fn a_cleft_and_a_next_sentence_name_the_speaker() {
        flags(
            "Kushner was the one who said Trump \"strongly stands behind security protocols\".",
            "quote-misattributed",
            "Kushner was the one who said Trump \"strongly stands behind security protocols\"",
        );
        silent(
            "Witkoff was the one who said Trump \"strongly stands behind security protocols\".",
            "quote-misattributed",
        );
        flags(
            "\"We need security guarantees this year because we want to end the war this year.\" That's what Macron told reporters.",
            "quote-misattributed",
            "\"We need security guarantees this year because we want to end the war this year.\"",
        );
        silent(
            "\"We need security guarantees this year because we want to end the war this year.\" That's what Zelenskyy told reporters.",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_question_asks_who_said_it() {
        silent(
            "Wasn't it Witkoff who talked about \"robust deterrence\" as well?",
            "quote-misattributed",
        );
        silent(
            "BH: Wasn't it Witkoff who talked about \"robust deterrence\" as well?",
            "quote-misattributed",
        );
        flags(
            "Witkoff talked about \"robust deterrence\" as well.",
            "quote-misattributed",
            "Witkoff talked about \"robust deterrence\"",
        );
    }

    #[test]
    fn the_writers_aside_a_phrase_owned_an_alert_label_and_a_joined_verb() {
        for (draft, words) in [
            (
                "Starmer called it a signal of Europe's commitment to \"real security\", and I think he meant it.",
                "Starmer called it a signal of Europe's commitment to \"real security\"",
            ),
            (
                "\"Robust deterrence\" was the phrase Witkoff kept returning to in his remarks to reporters.",
                "\"Robust deterrence\" was the phrase Witkoff",
            ),
            (
                "6 Jan 16:05 | US: WITKOFF: Ukrainians must have \"robust deterrence\" and real backstops after any deal.",
                "WITKOFF: Ukrainians must have \"robust deterrence\"",
            ),
            (
                "Last April Witkoff came back from his talks with Putin and said a deal was \"pretty close\".",
                "Witkoff came back from his talks with Putin and said a deal was \"pretty close\"",
            ),
        ] {
            flags(draft, "quote-misattributed", words);
        }
        silent(
            "\"Robust deterrence\" was the phrase Kushner kept returning to.",
            "quote-misattributed",
        );
        silent(
            "Trump met Witkoff and said a deal was \"pretty close\".",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_verb_that_introduces_the_next_quote_is_its_own() {
        flags(
            "Christmas brought talk of a \"holy mission\", Emmanuel Macron said.",
            "quote-misattributed",
            "\"holy mission\", Emmanuel Macron",
        );
        silent(
            "Christmas brought talk of a \"holy mission\", Emmanuel Macron said, \"and the other side has not read our declarations.\"",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_verb_with_that_introduces_its_quote_and_a_clause_of_its_own_after_one() {
        silent(
            "Downing Street called it a \"significant breakthrough\", and the paper said that \"in private US negotiators have made clear in recent weeks that they are willing to provide support and assistance to a Western force.\"",
            "quote-misattributed",
        );
        silent(
            "Witkoff said the allies had \"largely finished\" agreeing the guarantees, while Kushner told reporters more was needed.",
            "quote-misattributed",
        );
        flags(
            "The allies had \"largely finished\" agreeing the guarantees, Kushner told reporters.",
            "quote-misattributed",
            "\"largely finished\" agreeing the guarantees, Kushner",
        );
    }

    #[test]
    fn a_claim_denied_next_keeps_its_speaker_a_denied_report_does_not() {
        flags(
            "Witkoff insisted a deal was \"pretty close\". It was not.",
            "quote-misattributed",
            "Witkoff insisted a deal was \"pretty close\"",
        );
        silent(
            "Witkoff insisted a deal was \"pretty close\". That is not what he said.",
            "quote-misattributed",
        );
    }

    #[test]
    fn a_log_lines_last_field_and_a_signature_on_the_next_line() {
        flags(
            "[16:20] SENT | World | Kushner: allies have \"largely finished\" agreeing the guarantees.",
            "quote-misattributed",
            "Kushner: allies have \"largely finished\"",
        );
        flags(
            "QUOTE OF THE WEEK: \"Strongly stands behind security protocols.\" Jared Kushner, describing Trump's position.",
            "quote-misattributed",
            "\"Strongly stands behind security protocols.\"",
        );
        silent(
            "QUOTE OF THE WEEK: \"Strongly stands behind security protocols.\" Steve Witkoff, describing Trump's position.",
            "quote-misattributed",
        );
        flags(
            "Markets recalled Witkoff's description of a deal as \"pretty close\".",
            "quote-misattributed",
            "Witkoff's description of a deal as \"pretty close\"",
        );
    }

    #[test]
    fn a_pronoun_that_can_only_be_the_speaker_named_before() {
        flags(
            "Witkoff, who has led talks with Russia, said the allies were close, while he also stressed \"robust deterrence\".",
            "quote-misattributed",
            "Witkoff, who has led talks with Russia, said the allies were close, while he also stressed \"robust deterrence\"",
        );
        flags(
            "French President Emmanuel Macron said thousands could go. He called it a signal of Europe's commitment to \"real security\".",
            "quote-misattributed",
            "\"real security\"",
        );
        // The topic before the pronoun, someone else's recollection, a clause of its own,
        // and a name far into the sentence before.
        for text in [
            "Witkoff spoke in Paris. Donald Trump, he told reporters, \"strongly stands behind security protocols\".",
            "He recalls that Kushner told them Ukraine needed \"robust deterrence\". \"Largely finished,\" he added.",
            "Zelenskyy called it a signal. He said 110,000 were needed, a figure he repeats whenever Europeans speak of \"several thousand\" soldiers.",
            "He drew up the plan with Kirill Dmitriev, a document critics said dressed up Russian demands. After Paris he said the allies had \"largely finished\" agreeing the guarantees.",
        ] {
            silent(text, "quote-misattributed");
        }
    }
}
