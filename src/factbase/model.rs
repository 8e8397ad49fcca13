//! The validated, immutable fact base: what the checks read.

use crate::date::{Date, Weekday};
use crate::diagnostic::Severity;
use crate::span::Span;
use std::collections::HashMap;
use std::sync::Arc;

/// Index of a fact file in [`FactBase::files`].
pub type FileId = usize;
/// Index of a source in [`FactBase::sources`].
pub type SourceId = usize;
/// Index of an entity in [`FactBase::entities`].
pub type EntityId = usize;
/// Index of a measure in [`FactBase::measures`].
pub type MeasureId = usize;
/// Index of an action in [`FactBase::actions`].
pub type ActionId = usize;
/// Index of a fact in [`FactBase::facts`].
pub type FactId = usize;

/// A text the fact base was built from: a fact file or a source document.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as shown to users.
    pub path: String,
    pub text: Arc<str>,
}

/// A source document cited by evidence.
#[derive(Clone, Debug)]
pub struct Source {
    pub id: String,
    pub document: Document,
    pub publisher: Option<String>,
    pub published: Option<Date>,
}

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    Country,
    Organisation,
    Group,
    Event,
    Document,
    Place,
}

impl EntityKind {
    pub fn parse(word: &str) -> Option<EntityKind> {
        Some(match word {
            "person" => EntityKind::Person,
            "country" => EntityKind::Country,
            "organisation" => EntityKind::Organisation,
            "group" => EntityKind::Group,
            "event" => EntityKind::Event,
            "document" => EntityKind::Document,
            "place" => EntityKind::Place,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organisation => "organisation",
            EntityKind::Group => "group",
            EntityKind::Event => "event",
            EntityKind::Document => "document",
            EntityKind::Place => "place",
        }
    }
}

/// Something drafts name, with every correct way to name it.
#[derive(Clone, Debug)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    /// Other names ("Sir Keir", "Downing Street").
    pub aliases: Vec<String>,
    /// Other correct spellings of the name ("Zelensky").
    pub spellings: Vec<String>,
    /// Adjectives ("Polish").
    pub adjectives: Vec<String>,
}

impl Entity {
    /// The name, aliases and spellings: every way a draft may refer to it by name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.spellings.iter().map(String::as_str))
    }
}

/// What a figure counts, and the words a draft uses for it.
#[derive(Clone, Debug)]
pub struct Measure {
    pub id: String,
    pub words: Vec<String>,
}

/// What a stance is about: verbs (base forms) and their objects.
#[derive(Clone, Debug)]
pub struct Action {
    pub id: String,
    pub verbs: Vec<String>,
    pub objects: Vec<String>,
    /// Where it happens ("send troops" to Ukraine), when it matters.
    pub destination: Option<EntityId>,
}

/// A number or a range of numbers, as a fact states it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quantity {
    Exact(f64),
    /// "about", "some": within a tolerance either side.
    About(f64),
    /// "nearly": a little under.
    Nearly(f64),
    /// "under", "fewer than": strictly below.
    Under(f64),
    /// "at most", "up to".
    AtMost(f64),
    /// "more than", "over".
    Over(f64),
    /// "at least".
    AtLeast(f64),
    /// "between A and B", "A to B".
    Range(f64, f64),
    /// "several thousand" (the magnitude).
    Several(f64),
    /// "6 of 30".
    PartOf(f64, f64),
}

/// How many of a magnitude "several" allows: "several thousand" is 2,000 to 9,000, and
/// ten thousand is not several.
pub const SEVERAL: (f64, f64) = (2.0, 9.0);

/// The relative tolerance "about" implies.
pub const ABOUT_TOLERANCE: f64 = 0.12;

impl Quantity {
    /// The closed interval of values the quantity allows.
    pub fn interval(self) -> (f64, f64) {
        match self {
            Quantity::Exact(n) => (n, n),
            Quantity::About(n) => (n * (1.0 - ABOUT_TOLERANCE), n * (1.0 + ABOUT_TOLERANCE)),
            Quantity::Nearly(n) => (n * (1.0 - ABOUT_TOLERANCE), n),
            Quantity::Under(n) | Quantity::AtMost(n) => (0.0, n),
            Quantity::Over(n) | Quantity::AtLeast(n) => (n, f64::INFINITY),
            Quantity::Range(a, b) => (a, b),
            Quantity::Several(m) => (SEVERAL.0 * m, SEVERAL.1 * m),
            Quantity::PartOf(part, _) => (part, part),
        }
    }

    /// How a reader says it ("under 30,000").
    pub fn describe(self) -> String {
        match self {
            Quantity::Exact(n) => group(n),
            Quantity::About(n) => format!("about {}", group(n)),
            Quantity::Nearly(n) => format!("nearly {}", group(n)),
            Quantity::Under(n) => format!("under {}", group(n)),
            Quantity::AtMost(n) => format!("at most {}", group(n)),
            Quantity::Over(n) => format!("more than {}", group(n)),
            Quantity::AtLeast(n) => format!("at least {}", group(n)),
            Quantity::Range(a, b) => format!("between {} and {}", group(a), group(b)),
            Quantity::Several(m) if m >= 1000.0 => "several thousand".to_owned(),
            Quantity::Several(_) => "several hundred".to_owned(),
            Quantity::PartOf(a, b) => format!("{} of {}", group(a), group(b)),
        }
    }
}

/// `30000.0` as "30,000".
pub fn group(n: f64) -> String {
    if n.fract() != 0.0 || n.abs() >= 1e15 {
        return n.to_string();
    }
    let digits = (n.abs() as u64).to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// An actor's position on an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Polarity {
    Refused,
    RuledOut,
    Rejected,
    Hesitant,
    Uncertain,
    Willing,
    Agreed,
    Prepared,
    /// A negated state ("no civilian flights have been possible").
    Not,
}

/// The broad direction of a polarity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaning {
    Against,
    Undecided,
    For,
}

impl Polarity {
    pub fn parse(word: &str) -> Option<Polarity> {
        Some(match word {
            "refused" => Polarity::Refused,
            "ruled-out" => Polarity::RuledOut,
            "rejected" => Polarity::Rejected,
            "hesitant" => Polarity::Hesitant,
            "uncertain" => Polarity::Uncertain,
            "willing" => Polarity::Willing,
            "agreed" => Polarity::Agreed,
            "prepared" => Polarity::Prepared,
            "not" => Polarity::Not,
            _ => return None,
        })
    }

    pub fn leaning(self) -> Leaning {
        match self {
            Polarity::Refused | Polarity::RuledOut | Polarity::Rejected | Polarity::Not => {
                Leaning::Against
            }
            Polarity::Hesitant | Polarity::Uncertain => Leaning::Undecided,
            Polarity::Willing | Polarity::Agreed | Polarity::Prepared => Leaning::For,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Polarity::Refused => "refused",
            Polarity::RuledOut => "ruled out",
            Polarity::Rejected => "rejected",
            Polarity::Hesitant => "is hesitant about",
            Polarity::Uncertain => "is uncertain about",
            Polarity::Willing => "is willing to",
            Polarity::Agreed => "agreed to",
            Polarity::Prepared => "is prepared to",
            Polarity::Not => "does not",
        }
    }
}

/// An example sentence carried by a fact.
#[derive(Clone, Debug)]
pub struct Example {
    pub text: String,
    /// Whether the sentence must be flagged (`flag`) or must pass (`pass`).
    pub must_flag: bool,
    /// Where it is written in its fact file.
    pub span: Span,
}

/// The source's own words supporting a fact, located in the source.
#[derive(Clone, Debug)]
pub struct Evidence {
    pub source: SourceId,
    /// The words as the fact file cites them.
    pub text: String,
    /// Where the words are in the source document.
    pub span: Span,
    /// 1-based line of the source document.
    pub line: usize,
}

/// When a fact holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Validity {
    pub from: Option<Date>,
    pub until: Option<Date>,
}

impl Validity {
    /// Whether the fact holds on `day` (or at any time, when no day is given).
    pub fn holds_on(self, day: Option<Date>) -> bool {
        let Some(day) = day else { return true };
        let d = day.first_day();
        let after_start = self.from.is_none_or(|from| from.first_day() <= d);
        let before_end = self.until.is_none_or(|until| d <= until.last_day());
        after_start && before_end
    }
}

/// What a fact says, by kind.
#[derive(Clone, Debug)]
pub enum FactData {
    /// A person holds a title.
    Title {
        holder: EntityId,
        of: Option<EntityId>,
        names: Vec<String>,
    },
    /// A figure about a subject.
    Figure {
        subject: EntityId,
        measure: MeasureId,
        value: Quantity,
        percent: bool,
        said_by: Option<EntityId>,
        attribution_required: bool,
    },
    /// An actor's position on an action, or a negated state.
    Stance {
        actor: EntityId,
        polarity: Polarity,
        action: ActionId,
    },
    /// When and where an event happened.
    Happened {
        event: EntityId,
        date: Option<Date>,
        weekday: Option<Weekday>,
        place: Option<EntityId>,
        /// Who met there: naming them makes "the summit" this event.
        attendees: Option<EntityId>,
        /// The people who met, for a meeting of a few: "Trump met Putin" is this event.
        participants: Vec<EntityId>,
    },
    /// The exact words someone said.
    Quote {
        /// Who said it; more than one when a report passes it on ("The Telegraph said
        /// US negotiators had made clear …").
        speakers: Vec<EntityId>,
        words: String,
    },
    /// Preferred and discouraged wording for a subject.
    Term {
        subject: EntityId,
        prefer: Vec<String>,
        avoid: Vec<String>,
        reason: String,
    },
}

impl FactData {
    pub fn kind(&self) -> &'static str {
        match self {
            FactData::Title { .. } => "title",
            FactData::Figure { .. } => "figure",
            FactData::Stance { .. } => "stance",
            FactData::Happened { .. } => "happened",
            FactData::Quote { .. } => "quote",
            FactData::Term { .. } => "term",
        }
    }
}

/// One fact with its evidence.
#[derive(Clone, Debug)]
pub struct Fact {
    pub id: String,
    pub data: FactData,
    pub severity: Severity,
    pub evidence: Vec<Evidence>,
    pub validity: Validity,
    pub examples: Vec<Example>,
    pub note: Option<String>,
    /// The fact file and the span of the declaration.
    pub file: FileId,
    pub span: Span,
}

/// The validated fact base. Immutable once built; indexed for the checks.
#[derive(Debug, Default)]
pub struct FactBase {
    pub files: Vec<Document>,
    pub sources: Vec<Source>,
    pub entities: Vec<Entity>,
    pub measures: Vec<Measure>,
    pub actions: Vec<Action>,
    /// Titles drafts may use, beyond those in title facts.
    pub title_words: Vec<String>,
    pub facts: Vec<Fact>,
    pub(crate) fact_ids: HashMap<String, FactId>,
    pub(crate) entity_ids: HashMap<String, EntityId>,
}

impl FactBase {
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.fact_ids.get(id).map(|&i| &self.facts[i])
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entity_ids.get(id).map(|&i| &self.entities[i])
    }

    /// Whether an entity can say anything: not an event, place or document, and not a
    /// group that only some figure is about ("Sir Keir's pressing for guarantees", named by
    /// the verb "pressed", is nobody who speaks).
    pub fn can_speak(&self, entity: EntityId) -> bool {
        match self.entities[entity].kind {
            EntityKind::Event | EntityKind::Place | EntityKind::Document => false,
            EntityKind::Group => {
                let counted = self.facts.iter().any(
                    |f| matches!(&f.data, FactData::Figure { subject, .. } if *subject == entity),
                );
                let voiced = self.facts.iter().any(|f| match &f.data {
                    FactData::Figure { said_by, .. } => *said_by == Some(entity),
                    FactData::Title { holder, .. } => *holder == entity,
                    FactData::Stance { actor, .. } => *actor == entity,
                    FactData::Quote { speakers, .. } => speakers.contains(&entity),
                    FactData::Happened { .. } | FactData::Term { .. } => false,
                });
                !counted || voiced
            }
            _ => true,
        }
    }

    /// One line saying what the fact states, for listings.
    pub fn summary(&self, fact: &Fact) -> String {
        let name = |e: EntityId| self.entities[e].name.clone();
        match &fact.data {
            FactData::Title { holder, of, names } => {
                let of = of.map(|o| format!(" ({})", name(o))).unwrap_or_default();
                format!("{} is {}{of}", name(*holder), names.join(" / "))
            }
            FactData::Figure {
                subject,
                measure,
                value,
                said_by,
                ..
            } => {
                let by = said_by
                    .map(|s| format!(", according to {}", name(s)))
                    .unwrap_or_default();
                let percent = if matches!(&fact.data, FactData::Figure { percent: true, .. }) {
                    "%"
                } else {
                    ""
                };
                format!(
                    "{}: {}{percent} {}{by}",
                    name(*subject),
                    value.describe(),
                    self.measures[*measure].id
                )
            }
            FactData::Stance {
                actor,
                polarity,
                action,
            } => format!(
                "{} {} {}",
                name(*actor),
                polarity.describe(),
                self.actions[*action].id
            ),
            FactData::Happened {
                event,
                date,
                weekday,
                place,
                attendees,
                participants,
            } => {
                let mut parts = vec![name(*event)];
                if let Some(a) = attendees {
                    parts.push(format!("of {}", name(*a)));
                }
                if !participants.is_empty() {
                    let names: Vec<String> = participants.iter().map(|&p| name(p)).collect();
                    parts.push(format!("between {}", names.join(" and ")));
                }
                if let Some(d) = date {
                    parts.push(format!("on {d}"));
                }
                if let Some(w) = weekday {
                    parts.push(format!("({})", w.name()));
                }
                if let Some(p) = place {
                    parts.push(format!("in {}", name(*p)));
                }
                parts.join(" ")
            }
            FactData::Quote { speakers, words } => {
                let who: Vec<String> = speakers.iter().map(|s| name(*s)).collect();
                format!("{}: “{words}”", who.join(" / "))
            }
            FactData::Term {
                subject,
                prefer,
                avoid,
                ..
            } => format!(
                "{}: prefer “{}”, avoid “{}”",
                name(*subject),
                prefer.join("”, “"),
                avoid.join("”, “")
            ),
        }
    }
}
