//! Look-up tables over the fact base that the checks share, built once.

use crate::claims::numbers::singular;
use crate::factbase::{ActionId, EntityId, EntityKind, FactBase, FactData, FactId, MeasureId};
use std::collections::HashMap;

/// The fact base, indexed for the checks.
pub struct Index {
    /// Unit word (singular, lowercase) → measures that use it.
    pub units: HashMap<String, Vec<MeasureId>>,
    /// Subject → figure facts about it.
    pub figures: HashMap<EntityId, Vec<FactId>>,
    /// Figure facts that name who gave them, in fact order.
    pub said_figures: Vec<FactId>,
    /// Inflected verb form → actions whose verbs it is (with the rest of a multi-word verb).
    pub verbs: HashMap<String, Vec<(ActionId, Vec<String>)>>,
    /// Action → its objects, each as lowercase words.
    pub objects: Vec<Vec<Vec<String>>>,
    /// The last word of a subject's names ("force", "plan") → subjects with figures.
    pub heads: HashMap<String, Vec<EntityId>>,
    /// First word of a phrase to avoid (by `stem_key`) → (term fact, the phrase's words).
    pub term_phrases: HashMap<String, Vec<(FactId, Vec<String>)>>,
    /// Nouns made from an action's verbs ("deployment", "contribution") → actions.
    pub nominals: HashMap<String, Vec<ActionId>>,
    /// Action → stance facts about it.
    pub stances: HashMap<ActionId, Vec<FactId>>,
    /// Known titles as lowercase word sequences, longest first.
    pub titles: Vec<Vec<String>>,
    /// Person → title facts.
    pub titles_of: HashMap<EntityId, Vec<FactId>>,
    /// Event → happened facts.
    pub events: HashMap<EntityId, Vec<FactId>>,
    /// Event → the people its name names ("Trump" of "Trump's inauguration").
    pub event_owners: HashMap<EntityId, Vec<EntityId>>,
    /// Publisher → the report events named after it ("The Telegraph's report"), so that
    /// "The Telegraph reported on 25 March" names the report.
    pub reports: HashMap<EntityId, Vec<EntityId>>,
    /// Happened fact → the people its evidence's source line names ("Starmer" beside
    /// "a gathering of European leaders in London").
    pub witnesses: HashMap<FactId, Vec<EntityId>>,
    /// Quote facts with their words, normalised.
    pub quotes: Vec<(FactId, Vec<String>)>,
    /// Word → the quotes (indexes into `quotes`) that hold it.
    pub quote_words: HashMap<String, Vec<usize>>,
    /// Names to check spelling against: (lowercase name word, person, whether it may
    /// stand alone, the first name that must precede it otherwise).
    pub names: Vec<NameWord>,
    /// Term facts.
    pub terms: Vec<FactId>,
    /// First letter of a name word → its indexes in `names` (misspellings rarely change
    /// the first letter; this keeps the spelling check from comparing every name).
    pub names_by_initial: HashMap<char, Vec<usize>>,
    /// Entity → the generic nouns of its names: the last word shared by two or more of
    /// them, lowercase ("troops" of "European troops" and "coalition troops").
    pub generic_heads: HashMap<EntityId, Vec<String>>,
}

/// A word of a person's name that drafts misspell.
pub struct NameWord {
    pub word: String,
    pub person: EntityId,
    /// The correct spelling as written in the fact base.
    pub display: String,
    /// The word that must come right after (for first names) or before (for surnames
    /// too short or too common to check alone), lowercase.
    pub partner: Option<(bool, String)>,
}

impl Index {
    pub fn new(base: &FactBase) -> Index {
        let mut index = Index {
            units: HashMap::new(),
            figures: HashMap::new(),
            said_figures: Vec::new(),
            verbs: HashMap::new(),
            stances: HashMap::new(),
            objects: base
                .actions
                .iter()
                .map(|a| {
                    a.objects
                        .iter()
                        .map(|o| o.split_whitespace().map(str::to_lowercase).collect())
                        .collect()
                })
                .collect(),
            heads: HashMap::new(),
            nominals: HashMap::new(),
            term_phrases: HashMap::new(),
            titles: Vec::new(),
            titles_of: HashMap::new(),
            events: HashMap::new(),
            witnesses: HashMap::new(),
            event_owners: HashMap::new(),
            reports: HashMap::new(),
            quotes: Vec::new(),
            quote_words: HashMap::new(),
            names: Vec::new(),
            terms: Vec::new(),
            names_by_initial: HashMap::new(),
            generic_heads: HashMap::new(),
        };
        for (id, measure) in base.measures.iter().enumerate() {
            for word in &measure.words {
                let word = word.to_lowercase();
                // A phrase counts by its first noun too: "110,000 boots on the ground",
                // "5,000 service members" (the figure's unit is the noun after the number).
                let head = word
                    .split_once(' ')
                    .map(|(first, _)| singular(first))
                    .filter(|first| !index.units.contains_key(first));
                for key in std::iter::once(singular(&word)).chain(head) {
                    let ids = index.units.entry(key).or_default();
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        for (id, action) in base.actions.iter().enumerate() {
            for verb in &action.verbs {
                let lower = verb.to_lowercase();
                let mut words = lower.split_whitespace();
                let Some(head) = words.next() else { continue };
                let rest: Vec<String> = words.map(str::to_owned).collect();
                for form in inflections(head) {
                    let entry = index.verbs.entry(form).or_default();
                    if !entry.iter().any(|(a, r)| *a == id && *r == rest) {
                        entry.push((id, rest.clone()));
                    }
                }
            }
        }
        for (id, action) in base.actions.iter().enumerate() {
            for verb in action.verbs.iter().filter(|v| !v.contains(' ')) {
                let verb = verb.to_lowercase();
                let noun = match verb.strip_suffix('e') {
                    Some(stem) if verb.ends_with("ute") || verb.ends_with("ate") => {
                        format!("{stem}ion")
                    }
                    _ => format!("{verb}ment"),
                };
                let entry = index.nominals.entry(noun).or_default();
                if !entry.contains(&id) {
                    entry.push(id);
                }
            }
        }
        let mut titles: Vec<String> = base.title_words.iter().map(|t| t.to_lowercase()).collect();
        for (id, fact) in base.facts.iter().enumerate() {
            match &fact.data {
                FactData::Figure {
                    subject, said_by, ..
                } => {
                    index.figures.entry(*subject).or_default().push(id);
                    if said_by.is_some() {
                        index.said_figures.push(id);
                    }
                }
                FactData::Stance { action, .. } => {
                    index.stances.entry(*action).or_default().push(id)
                }
                FactData::Title { holder, names, .. } => {
                    index.titles_of.entry(*holder).or_default().push(id);
                    titles.extend(names.iter().map(|n| n.to_lowercase()));
                }
                FactData::Happened { event, .. } => {
                    index.events.entry(*event).or_default().push(id);
                    index.witnesses.insert(id, witnesses(base, fact));
                }
                FactData::Quote { words, .. } => index.quotes.push((id, quote_words(words))),
                FactData::Term { .. } => index.terms.push(id),
            }
        }
        titles.sort();
        titles.dedup();
        let mut titles: Vec<Vec<String>> = titles
            .iter()
            .map(|t| {
                crate::text::words(t)
                    .map(|w| w.replace('’', "'").to_lowercase())
                    .collect()
            })
            .filter(|w: &Vec<String>| !w.is_empty())
            .collect();
        titles.sort_by_key(|w| std::cmp::Reverse(w.len()));
        index.titles = titles;
        for (k, (_, words)) in index.quotes.iter().enumerate() {
            for w in words {
                let entry = index.quote_words.entry(w.clone()).or_default();
                if entry.last() != Some(&k) {
                    entry.push(k);
                }
            }
        }
        for &subject in index.figures.keys() {
            for name in base.entities[subject].names() {
                if let Some(last) = name.rsplit(' ').next() {
                    let entry = index.heads.entry(last.to_lowercase()).or_default();
                    if !entry.contains(&subject) {
                        entry.push(subject);
                    }
                }
            }
        }
        for (id, fact) in base.facts.iter().enumerate() {
            if let FactData::Term { avoid, .. } = &fact.data {
                for phrase in avoid {
                    let words: Vec<String> =
                        phrase.split_whitespace().map(str::to_lowercase).collect();
                    if let Some(first) = words.first() {
                        index
                            .term_phrases
                            .entry(stem_key(first).to_owned())
                            .or_default()
                            .push((id, words));
                    }
                }
            }
        }
        for (id, entity) in base.entities.iter().enumerate() {
            if entity.kind == EntityKind::Event {
                let owners = event_owners(base, &entity.name);
                if !owners.is_empty() {
                    index.event_owners.insert(id, owners);
                }
                let publisher = entity
                    .name
                    .strip_suffix("'s report")
                    .or_else(|| entity.name.strip_suffix("’s report"));
                if let Some(p) =
                    publisher.and_then(|p| base.entities.iter().position(|e| e.name == p))
                {
                    index.reports.entry(p).or_default().push(id);
                }
            }
            let heads: Vec<String> = entity
                .names()
                .filter(|n| n.contains(' '))
                .filter_map(|n| n.rsplit(' ').next())
                .map(str::to_lowercase)
                .collect();
            let mut shared: Vec<String> = heads
                .iter()
                .filter(|h| heads.iter().filter(|o| o == h).count() >= 2)
                .cloned()
                .collect();
            shared.sort();
            shared.dedup();
            if !shared.is_empty() {
                index.generic_heads.insert(id, shared);
            }
        }
        index.names = name_words(base);
        for (k, name) in index.names.iter().enumerate() {
            if let Some(c) = name.word.chars().next() {
                index.names_by_initial.entry(c).or_default().push(k);
            }
        }
        index
    }
}

/// Whether an entity's generic nouns are a force's ("troops"), whose soldiers a paper may
/// call by other names.
pub fn is_force(heads: &[String]) -> bool {
    heads.iter().any(|h| h == "troops")
}

impl Index {
    /// Whether the entity is a force: its names share the noun "troops".
    pub fn is_force(&self, entity: EntityId) -> bool {
        self.generic_heads.get(&entity).is_some_and(|h| is_force(h))
    }

    /// The quotes sharing at least `min` distinct words with `words`, by index.
    pub fn quotes_sharing(&self, words: &[String], min: usize) -> Vec<usize> {
        let mut counts: HashMap<usize, usize> = HashMap::new();
        let mut seen: Vec<&str> = Vec::with_capacity(words.len());
        for w in words {
            if seen.contains(&w.as_str()) {
                continue;
            }
            seen.push(w);
            for &k in self.quote_words.get(w).map_or(&[][..], Vec::as_slice) {
                *counts.entry(k).or_default() += 1;
            }
        }
        let mut found: Vec<usize> = counts
            .into_iter()
            .filter(|&(_, n)| n >= min)
            .map(|(k, _)| k)
            .collect();
        found.sort_unstable();
        found
    }

    /// Whether `speaker` may speak for `owner`: the same entity, or a country and a
    /// person who holds an office of it ("Ukraine says" for Zelenskyy's words).
    pub fn speaks_for(&self, base: &FactBase, speaker: EntityId, owner: EntityId) -> bool {
        if speaker == owner {
            return true;
        }
        if base.entities[speaker].kind != EntityKind::Country {
            return false;
        }
        self.titles_of.get(&owner).is_some_and(|facts| {
            facts.iter().any(|&f| matches!(&base.facts[f].data, FactData::Title { of: Some(of), .. } if *of == speaker))
        })
    }
}

/// A word without a possessive or plural ending, for look-ups that `same_singular`
/// then confirms ("peacekeepers" and "peacekeeper" share a key).
pub fn stem_key(word: &str) -> &str {
    let w = word
        .strip_suffix("'s")
        .unwrap_or(word)
        .trim_end_matches('\'');
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

/// The words of a quote, lowercase, apostrophes folded, punctuation dropped.
pub fn quote_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|w| {
            one_spelling(
                w.trim_matches(|c| c == '\'' || c == '’' || c == '-')
                    .replace('’', "'")
                    .to_lowercase(),
            )
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// British and American spellings of a word made one, so that a quote carried over
/// into the other house style ("air defense" for "air defence") keeps its words.
/// Only regular patterns that never merge two different words.
fn one_spelling(word: String) -> String {
    const ENCE: &[&str] = &["defence", "offence", "licence", "pretence"];
    const TRE: &[&str] = &[
        "centre", "theatre", "metre", "litre", "fibre", "calibre", "sabre", "spectre", "lustre",
    ];
    const DOUBLE_L: &[&str] = &[
        "travel", "cancel", "fuel", "label", "model", "signal", "channel", "level", "counsel",
        "equal", "marshal", "total", "dial", "rival", "quarrel", "tunnel",
    ];
    // Longest ending first: "favourites" is "favour" + "ites", not "favourite" + "s".
    let (stem, ending) = [
        "ations", "ation", "ites", "ite", "able", "ing", "ed", "s", "",
    ]
    .iter()
    .filter_map(|e| word.strip_suffix(e).map(|s| (s, *e)))
    .find(|(s, _)| s.len() >= 4)
    .unwrap_or((word.as_str(), ""));
    let plural = word.strip_suffix('s').unwrap_or(&word);
    if ENCE.contains(&plural) || TRE.contains(&plural) {
        let rest = &word[plural.len()..];
        let base = if ENCE.contains(&plural) {
            format!("{}se", &plural[..plural.len() - 2])
        } else {
            format!("{}er", &plural[..plural.len() - 2])
        };
        return base + rest;
    }
    if let Some(s) = ["lled", "lling"]
        .iter()
        .find_map(|e| word.strip_suffix(e).map(|s| (s, &e[2..])))
    {
        let single = format!("{}l", s.0);
        if DOUBLE_L.contains(&single.as_str()) {
            return single + s.1;
        }
    }
    // colour, favoured, honourable; never "four", "hour", "your" (too short).
    if let Some(s) = stem.strip_suffix("our").filter(|s| s.len() >= 2) {
        return format!("{s}or{ending}");
    }
    // realise, organising, organisation; analyse, paralysed.
    for (british, american) in [
        ("isations", "izations"),
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("ysing", "yzing"),
        ("ysed", "yzed"),
        ("yses", "yzes"),
        ("yse", "yze"),
    ] {
        if let Some(s) = word.strip_suffix(british).filter(|s| s.len() >= 4) {
            return format!("{s}{american}");
        }
    }
    word
}

/// The forms of an English verb: base, -s, -ed, -ing, and common irregular forms.
pub fn inflections(verb: &str) -> Vec<String> {
    const IRREGULAR: &[(&str, &[&str])] = &[
        ("send", &["sent"]),
        ("put", &["put"]),
        ("give", &["gave", "given"]),
        ("take", &["took", "taken"]),
        ("run", &["ran"]),
        ("fly", &["flew", "flown", "flies"]),
        ("hold", &["held"]),
        ("leave", &["left"]),
        ("be", &["is", "are", "was", "were", "been", "being"]),
        ("sign", &["signed"]),
        ("land", &["landed"]),
        ("commit", &["committed", "committing"]),
        ("man", &["manned", "manning"]),
        ("station", &["stationed"]),
        ("join", &["joined"]),
        ("let", &["let", "lets", "letting"]),
        ("supply", &["supplied", "supplies"]),
        ("underwrite", &["underwrote", "underwritten"]),
    ];
    let mut forms = vec![verb.to_owned()];
    if let Some((_, irregular)) = IRREGULAR.iter().find(|(v, _)| *v == verb) {
        forms.extend(irregular.iter().map(|s| (*s).to_owned()));
    }
    let last = verb.chars().last().unwrap_or('x');
    let consonant_y = verb.ends_with('y')
        && !verb.ends_with("ay")
        && !verb.ends_with("ey")
        && !verb.ends_with("oy");
    if verb.ends_with(['s', 'x', 'z']) || verb.ends_with("ch") || verb.ends_with("sh") {
        forms.push(format!("{verb}es"));
    } else if consonant_y {
        forms.push(format!("{}ies", &verb[..verb.len() - 1]));
    } else {
        forms.push(format!("{verb}s"));
    }
    if last == 'e' {
        forms.push(format!("{verb}d"));
        forms.push(format!("{}ing", &verb[..verb.len() - 1]));
    } else if consonant_y {
        forms.push(format!("{}ied", &verb[..verb.len() - 1]));
        forms.push(format!("{verb}ing"));
    } else {
        forms.push(format!("{verb}ed"));
        forms.push(format!("{verb}ing"));
    }
    // Consonant-vowel-consonant endings double ("putting", "planned", "dropped"); a
    // doubled form of a verb that does not double is no word and matches nothing.
    let bytes = verb.as_bytes();
    let vowel = |b: u8| b"aeiou".contains(&b);
    if bytes.len() >= 3 && verb.bytes().all(|b| b.is_ascii_lowercase()) {
        let [c1, v, c2] = [
            bytes[bytes.len() - 3],
            bytes[bytes.len() - 2],
            bytes[bytes.len() - 1],
        ];
        if !vowel(c1) && vowel(v) && !vowel(c2) && !b"wxy".contains(&c2) {
            forms.push(format!("{verb}{}ing", c2 as char));
            forms.push(format!("{verb}{}ed", c2 as char));
        }
    }
    forms.sort();
    forms.dedup();
    forms
}

fn name_words(base: &FactBase) -> Vec<NameWord> {
    let mut out: Vec<NameWord> = Vec::new();
    for (id, entity) in base.entities.iter().enumerate() {
        if entity.kind != EntityKind::Person {
            continue;
        }
        let parts: Vec<&str> = entity.name.split_whitespace().collect();
        let (Some(first), Some(surname)) = (parts.first(), parts.last()) else {
            continue;
        };
        if parts.len() < 2 {
            continue;
        }
        // May the surname stand alone? Only if the fact base lists it as an alias.
        let alone = entity
            .aliases
            .iter()
            .chain(&entity.spellings)
            .any(|a| a == surname);
        let long_enough = surname.chars().count() >= 6;
        out.push(NameWord {
            word: surname.to_lowercase(),
            person: id,
            display: (*surname).to_owned(),
            partner: if alone && long_enough {
                None
            } else {
                Some((false, first.to_lowercase()))
            },
        });
        // A first name is judged only next to the surname ("Kier Starmer"), so a short
        // one is safe to check.
        if first.chars().count() >= 4 {
            out.push(NameWord {
                word: first.to_lowercase(),
                person: id,
                display: (*first).to_owned(),
                partner: Some((true, surname.to_lowercase())),
            });
        }
    }
    out
}

/// The known people an event's name names by a capitalised word: "Trump's inauguration".
fn event_owners(base: &FactBase, name: &str) -> Vec<EntityId> {
    let words: Vec<String> = name
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_lowercase()
        })
        .collect();
    base.entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.kind == EntityKind::Person
                && e.name
                    .to_lowercase()
                    .split_whitespace()
                    .any(|n| words.iter().any(|w| w == n))
        })
        .map(|(id, _)| id)
        .collect()
}

/// The people named on the source lines of a fact's evidence, and the groups named there
/// or on the line before ("coalition of the willing" for the London gathering it was
/// revived after).
fn witnesses(base: &FactBase, fact: &crate::factbase::Fact) -> Vec<EntityId> {
    let line = |e: &crate::factbase::Evidence, back: usize| {
        let n = e.line.saturating_sub(1).checked_sub(back)?;
        base.sources[e.source].document.text.lines().nth(n)
    };
    let lines: Vec<&str> = fact.evidence.iter().filter_map(|e| line(e, 0)).collect();
    let before: Vec<&str> = fact.evidence.iter().filter_map(|e| line(e, 1)).collect();
    base.entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            let named = |lines: &[&str]| {
                let surname = e.name.split_whitespace().last().unwrap_or("");
                std::iter::once(surname)
                    .chain(e.names())
                    .filter(|n| n.len() >= 4)
                    .any(|n| lines.iter().any(|l| l.contains(n)))
            };
            match e.kind {
                EntityKind::Person => named(&lines),
                EntityKind::Group => named(&lines) || named(&before),
                _ => false,
            }
        })
        .map(|(id, _)| id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::inflections;

    #[test]
    fn verbs_inflect_regularly_and_irregularly() {
        assert!(inflections("send").contains(&"sent".to_owned()));
        assert!(inflections("deploy").contains(&"deployed".to_owned()));
        assert!(inflections("deploy").contains(&"deploys".to_owned()));
        assert!(inflections("supply").contains(&"supplies".to_owned()));
        assert!(inflections("commit").contains(&"committed".to_owned()));
        assert!(inflections("continue").contains(&"continuing".to_owned()));
        assert!(inflections("station").contains(&"stationed".to_owned()));
        assert!(inflections("put").contains(&"putting".to_owned()));
        assert!(inflections("plan").contains(&"planned".to_owned()));
    }
}

#[cfg(test)]
mod spelling_tests {
    use super::quote_words;

    #[test]
    fn british_and_american_spellings_are_one_word() {
        for (british, american) in [
            ("air defence system", "air defense system"),
            ("the colours favoured", "the colors favored"),
            (
                "we realised the organisation",
                "we realized the organization",
            ),
            ("analysed in the centre", "analyzed in the center"),
            ("signalled and travelling", "signaled and traveling"),
            ("our favourites", "our favorites"),
            ("organisations", "organizations"),
        ] {
            assert_eq!(quote_words(british), quote_words(american), "{british}");
        }
        // Short words and other words stay apart.
        for (a, b) in [
            ("four", "for"),
            ("hour", "hor"),
            ("filled", "filed"),
            ("rise", "rize"),
        ] {
            assert_ne!(quote_words(a), quote_words(b), "{a}");
        }
    }
}
