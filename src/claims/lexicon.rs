//! The lexicon: one automaton over every name, alias, spelling and adjective of every
//! entity (and "Ukraine's president"-style title phrases), built once per fact base.

use crate::factbase::{EntityId, EntityKind, FactBase, FactData};
use crate::span::Span;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// How a mention names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The name, an alias or a correct spelling.
    Name,
    /// An adjective ("Polish").
    Adjective,
    /// A title phrase that points at one person ("Ukraine's president").
    Title,
}

/// A place in the draft that names an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub entity: EntityId,
    pub form: Form,
}

/// Titles and honorifics that stand before a surname ("President Macro", "Secretary of
/// State Hegseth") without being a given name, lower-case.
pub const HONORIFICS: &[&str] = &[
    "President Macro",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "minister",
    "secretary",
    "envoy",
    "general",
    "chancellor",
    "senator",
    "ambassador",
    "prime",
    "premier",
    "king",
    "queen",
    "prince",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "gen",
    "governor",
    "director",
    "chief",
    "leader",
    "speaker",
    "commissioner",
    "colonel",
    "admiral",
    "judge",
    "vice",
    "deputy",
    "candidate",
    "nominee",
    "comrade",
    "professor",
    "prof",
    "pope",
    "tsar",
    "team",
    "citizen",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "madame",
    "monsieur",
    "herr",
    "frau",
    "pan",
    "pani",
    "negotiator",
    "official",
    "officials",
    "host",
    "presidents",
    "son",
    "daughter",
    "envoys",
    "mayor",
    "representative",
    "rep",
    "sen",
];

#[derive(Clone, Copy, Debug)]
struct Pattern {
    entity: EntityId,
    form: Form,
    /// Match case exactly ("US" is not "us").
    exact_case: bool,
    /// The first letter must be a capital ("Warsaw", not "warsaw").
    capitalised: bool,
}

/// The compiled automaton and what each pattern means.
pub struct Lexicon {
    automaton: AhoCorasick,
    patterns: Vec<(String, Pattern)>,
    /// Every word of every pattern, lowercase.
    words: std::collections::HashSet<String>,
    /// Entity → whether it can speak ([`FactBase::can_speak`]).
    speakers: Vec<bool>,
}

impl Lexicon {
    pub fn new(base: &FactBase) -> Lexicon {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<(String, Pattern)> = Vec::new();
        let mut add = |text: &str, entity: EntityId, form: Form| {
            for variant in typographic_variants(text) {
                let key = variant.to_lowercase();
                if seen.contains_key(&key) || variant.trim().is_empty() {
                    continue;
                }
                seen.insert(key, patterns.len());
                let letters: Vec<char> = variant.chars().filter(|c| c.is_alphabetic()).collect();
                let exact_case = letters.len() <= 4 && letters.iter().all(|c| c.is_uppercase())
                    || variant.chars().any(|c| c.is_lowercase())
                        && variant.chars().skip(1).any(char::is_uppercase)
                        && !variant.contains(' ');
                let capitalised = variant.starts_with(char::is_uppercase);
                patterns.push((
                    variant,
                    Pattern {
                        entity,
                        form,
                        exact_case,
                        capitalised,
                    },
                ));
            }
        };
        for (id, entity) in base.entities.iter().enumerate() {
            for name in entity.names() {
                add(name, id, Form::Name);
            }
        }
        for (id, entity) in base.entities.iter().enumerate() {
            for adjective in &entity.adjectives {
                add(adjective, id, Form::Adjective);
            }
        }
        // Title phrases that name one person: "Ukraine's president", "the French President".
        let mut title_phrases: HashMap<String, Vec<EntityId>> = HashMap::new();
        for fact in &base.facts {
            let FactData::Title {
                holder,
                of: Some(of),
                names,
            } = &fact.data
            else {
                continue;
            };
            let country = &base.entities[*of];
            for name in names {
                let lower = name.to_lowercase();
                let bare = [
                    "president",
                    "prime minister",
                    "defence secretary",
                    "defense secretary",
                    "leader",
                ];
                if !bare.iter().any(|b| lower == *b) {
                    continue;
                }
                let mut phrases: Vec<String> = country
                    .adjectives
                    .iter()
                    .map(|a| format!("{a} {lower}"))
                    .collect();
                phrases.extend(
                    std::iter::once(&country.name)
                        .chain(&country.aliases)
                        .filter(|n| n.starts_with(char::is_uppercase) && n.len() > 3)
                        .map(|n| format!("{n}'s {lower}")),
                );
                for phrase in phrases {
                    let holders = title_phrases.entry(phrase).or_default();
                    if !holders.contains(holder) {
                        holders.push(*holder);
                    }
                }
            }
        }
        let mut phrases: Vec<_> = title_phrases.into_iter().collect();
        phrases.sort();
        for (phrase, holders) in phrases {
            if let [holder] = holders[..] {
                add(&phrase, holder, Form::Title);
            }
        }
        // Patterns are matched in ASCII lower case against the lower-cased draft (same
        // byte offsets), then checked for case against the original: a case-sensitive
        // NFA builds three times faster than a case-insensitive one, and start-up is
        // most of a one-draft run.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(patterns.iter().map(|(p, _)| p.to_ascii_lowercase()))
            .expect("patterns are plain strings");
        let words = patterns
            .iter()
            .flat_map(|(p, _)| {
                crate::text::words(p)
                    .map(|w| w.trim_end_matches("'s").to_lowercase())
                    .collect::<Vec<_>>()
            })
            .collect();
        Lexicon {
            automaton,
            patterns,
            words,
            speakers: (0..base.entities.len())
                .map(|e| base.can_speak(e))
                .collect(),
        }
    }

    /// Whether `entity` can speak ([`FactBase::can_speak`], computed once).
    pub fn can_speak(&self, entity: EntityId) -> bool {
        self.speakers.get(entity).copied().unwrap_or(true)
    }

    /// Every mention in `prose`, in order, at word boundaries.
    pub fn mentions(&self, prose: &str, base: &FactBase) -> Vec<Mention> {
        // Every match, so that one failing a check ("The Telegraph report" inside
        // "reported") leaves the shorter one that passes ("The Telegraph").
        let bytes = prose.as_bytes();
        let lower = prose.to_ascii_lowercase();
        let mut valid = Vec::new();
        for m in self.automaton.find_overlapping_iter(&lower) {
            let (text, pattern) = &self.patterns[m.pattern().as_usize()];
            let found = &prose[m.start()..m.end()];
            let before_ok = m.start() == 0 || !is_word_char(prose[..m.start()].chars().next_back());
            let after_ok = m.end() == bytes.len() || !is_word_char(prose[m.end()..].chars().next());
            if !before_ok || !after_ok {
                continue;
            }
            if pattern.exact_case && found != text {
                continue;
            }
            if pattern.capitalised && !found.starts_with(char::is_uppercase) {
                continue;
            }
            // A person's bare surname in capitals ("STARMER") is fine; a lower-case one
            // ("trump card") is not the person.
            if base.entities[pattern.entity].kind == EntityKind::Person
                && found.starts_with(char::is_lowercase)
            {
                continue;
            }
            valid.push(Mention {
                span: Span::new(m.start(), m.end()),
                entity: pattern.entity,
                form: pattern.form,
            });
        }
        // Longest first, then leftmost, without overlaps: "the coalition of the willing
        // summit" is the summit, not "the coalition" followed by a stray "summit".
        valid.sort_by_key(|m| (std::cmp::Reverse(m.span.end - m.span.start), m.span.start));
        let mut out: Vec<Mention> = Vec::with_capacity(valid.len());
        let mut same: Vec<Mention> = Vec::new();
        for m in valid {
            let overlaps = |o: &Mention| m.span.start < o.span.end && o.span.start < m.span.end;
            if !out.iter().any(overlaps) {
                out.push(m);
            } else if out.iter().any(|o| overlaps(o) && o.entity == m.entity) {
                same.push(m);
            }
        }
        // Two names of one thing overlapping ("the Paris summit of the coalition of the
        // willing") are one mention of all their words.
        for m in same {
            let Some(k) = out.iter().position(|o| {
                o.entity == m.entity && m.span.start < o.span.end && o.span.start < m.span.end
            }) else {
                continue;
            };
            let union = out[k].span.cover(m.span);
            let clear = out
                .iter()
                .enumerate()
                .all(|(j, o)| j == k || union.end <= o.span.start || o.span.end <= union.start);
            if clear {
                out[k].span = union;
            }
        }
        out.sort_by_key(|m| m.span.start);
        out
    }

    /// Whether `word` (lowercase) is a word of any name the lexicon knows.
    pub fn is_known_word(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// The pattern as written, with curly apostrophes and with straight ones.
fn typographic_variants(text: &str) -> Vec<String> {
    let mut out = vec![text.to_owned()];
    if text.contains('\'') {
        out.push(text.replace('\'', "’"));
    }
    if text.contains('’') {
        out.push(text.replace('’', "'"));
    }
    if text.contains('-') {
        out.push(text.replace('-', "–"));
    }
    out
}
