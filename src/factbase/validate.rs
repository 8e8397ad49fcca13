//! Validation: syntax trees of every fact file in, one immutable [`FactBase`] or every
//! error out. Each error carries its file and span.

use super::error::FactError;
use super::evidence::{fold, locate, Folded};
use super::model::*;
use crate::date::{Date, Weekday};
use crate::diagnostic::Severity;
use crate::span::{LineIndex, Span};
use crate::syntax::ast::{Ast, Declaration, Field, QuantityAst, Spanned, Value};
use std::collections::HashMap;

/// Reads a source document named by a fact file: given the fact file's path and the
/// path it wrote, returns the document (its display path and text), or `None`.
pub type SourceReader<'a> = dyn Fn(&str, &str) -> Option<Document> + 'a;

/// Builds a fact base from parsed fact files. `files[i]` is the text `asts[i]` came from.
pub fn validate(
    files: Vec<Document>,
    asts: &[Ast],
    read_source: &SourceReader<'_>,
) -> Result<FactBase, Vec<FactError>> {
    let mut v = Validator {
        base: FactBase {
            files,
            ..FactBase::default()
        },
        errors: Vec::new(),
        ids: HashMap::new(),
        folded: Vec::new(),
        line_indexes: Vec::new(),
    };
    v.register(asts);
    v.declare_vocabulary(asts, read_source);
    v.declare_facts(asts);
    if v.errors.is_empty() {
        Ok(v.base)
    } else {
        Err(v.errors)
    }
}

/// What an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Named {
    Source,
    Entity(EntityKind),
    Measure,
    Action,
    Fact,
}

impl Named {
    fn describe(self) -> String {
        match self {
            Named::Source => "a source".into(),
            Named::Entity(kind) => {
                let name = kind.name();
                let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {name}")
            }
            Named::Measure => "a measure".into(),
            Named::Action => "an action".into(),
            Named::Fact => "a fact".into(),
        }
    }
}

struct Validator {
    base: FactBase,
    errors: Vec<FactError>,
    /// Every id, what it names, and where it was declared.
    ids: HashMap<String, (Named, FileId, Span)>,
    folded: Vec<Folded>,
    /// Line starts of each source, for evidence lines.
    line_indexes: Vec<LineIndex>,
}

const FACT_KINDS: [&str; 6] = ["title", "figure", "stance", "happened", "quote", "term"];

/// The fields each fact kind takes beyond the common ones, and which are required.
fn fields_of(kind: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match kind {
        "title" => (&["holder", "of", "names"], &["holder", "names"]),
        "figure" => (
            &["subject", "measure", "value", "said-by", "attribution"],
            &["subject", "measure", "value"],
        ),
        "stance" => (
            &["actor", "polarity", "does"],
            &["actor", "polarity", "does"],
        ),
        "happened" => (
            &[
                "event",
                "date",
                "weekday",
                "place",
                "attendees",
                "participants",
            ],
            &["event"],
        ),
        "quote" => (&["speaker", "says"], &["speaker", "says"]),
        "term" => (
            &["subject", "prefer", "avoid", "reason"],
            &["subject", "avoid"],
        ),
        _ => (&[], &[]),
    }
}

/// Fields every fact takes.
const COMMON_FIELDS: [&str; 7] = [
    "severity", "evidence", "from", "until", "pass", "flag", "note",
];

impl Validator {
    fn error(&mut self, file: FileId, span: Span, message: String, label: &str) {
        self.errors.push(FactError {
            path: self.base.files[file].path.clone(),
            span,
            message,
            label: label.to_owned(),
            help: None,
            related: None,
        });
    }

    fn error_help(&mut self, file: FileId, span: Span, message: String, label: &str, help: String) {
        self.error(file, span, message, label);
        if let Some(last) = self.errors.last_mut() {
            last.help = Some(help);
        }
    }

    /// First pass: every id in every file, so that files may refer to each other.
    fn register(&mut self, asts: &[Ast]) {
        for (file, ast) in asts.iter().enumerate() {
            for decl in &ast.declarations {
                let Some(id) = &decl.id else { continue };
                let named = match decl.keyword.value.as_str() {
                    "source" => Named::Source,
                    "measure" => Named::Measure,
                    "action" => Named::Action,
                    k if FACT_KINDS.contains(&k) => Named::Fact,
                    k => match EntityKind::parse(k) {
                        Some(kind) => Named::Entity(kind),
                        None => continue,
                    },
                };
                if let Some(&(_, first_file, first_span)) = self.ids.get(&id.value) {
                    let first = if first_file == file {
                        format!("first declared at byte {}", first_span.start)
                    } else {
                        format!("first declared in {}", self.base.files[first_file].path)
                    };
                    self.error_help(
                        file,
                        id.span,
                        format!("duplicate id `{}`", id.value),
                        "declared again here",
                        format!("ids are shared by all fact files; {first}. Rename one"),
                    );
                    if first_file == file {
                        if let Some(last) = self.errors.last_mut() {
                            last.related = Some((first_span, "first declared here".into()));
                        }
                    }
                } else {
                    self.ids.insert(id.value.clone(), (named, file, id.span));
                }
            }
        }
    }

    /// Second pass: sources, entities, measures, actions and title words.
    fn declare_vocabulary(&mut self, asts: &[Ast], read_source: &SourceReader<'_>) {
        for (file, ast) in asts.iter().enumerate() {
            for decl in &ast.declarations {
                match decl.keyword.value.as_str() {
                    "source" => self.source(file, decl, read_source),
                    "measure" => {
                        let words = self.strings(file, decl, "words");
                        self.check_fields(file, decl, &["words"], "a measure");
                        self.base.measures.push(Measure {
                            id: id_of(decl),
                            words,
                        });
                    }
                    "action" => {
                        self.check_fields(
                            file,
                            decl,
                            &["verbs", "objects", "destination"],
                            "an action",
                        );
                        let verbs = self.strings(file, decl, "verbs");
                        if verbs.is_empty() {
                            self.error(
                                file,
                                decl.keyword.span,
                                "an action needs `verbs`".into(),
                                "no verbs",
                            );
                        }
                        let objects = self.strings(file, decl, "objects");
                        self.base.actions.push(Action {
                            id: id_of(decl),
                            verbs,
                            objects,
                            // Resolved with the facts, once every entity is declared.
                            destination: None,
                        });
                    }
                    "titles" => {
                        let words = decl.items.iter().map(|s| s.value.clone());
                        self.base.title_words.extend(words);
                    }
                    k if FACT_KINDS.contains(&k) => {}
                    k => {
                        if let Some(kind) = EntityKind::parse(k) {
                            self.entity(file, decl, kind);
                        }
                    }
                }
            }
        }
        self.base.entity_ids = index(self.base.entities.iter().map(|e| &e.id));
    }

    fn source(&mut self, file: FileId, decl: &Declaration, read_source: &SourceReader<'_>) {
        self.check_fields(file, decl, &["file", "publisher", "published"], "a source");
        let path_field = self.single(file, decl, "file");
        let Some(path) = path_field.and_then(|f| first_str(f)) else {
            self.error(
                file,
                decl.keyword.span,
                format!("source `{}` has no `file`", id_of(decl)),
                "no file",
            );
            // Keep ids aligned: an unreadable source still takes its place.
            self.push_source(
                decl,
                Document {
                    path: String::new(),
                    text: "".into(),
                },
                None,
                None,
            );
            return;
        };
        let fact_file = self.base.files[file].path.clone();
        let document = match read_source(&fact_file, &path.value) {
            Some(doc) => doc,
            None => {
                self.error_help(
                    file,
                    path.span,
                    format!("cannot read source document `{}`", path.value),
                    "not found",
                    "the path is relative to the fact file that names it".into(),
                );
                Document {
                    path: path.value.clone(),
                    text: "".into(),
                }
            }
        };
        let publisher = self
            .single(file, decl, "publisher")
            .and_then(first_str)
            .map(|s| s.value.clone());
        let published = self
            .single(file, decl, "published")
            .and_then(|f| self.date_value(file, f));
        self.push_source(decl, document, publisher, published);
    }

    fn push_source(
        &mut self,
        decl: &Declaration,
        document: Document,
        publisher: Option<String>,
        published: Option<Date>,
    ) {
        self.folded.push(fold(&document.text));
        self.line_indexes.push(LineIndex::new(&document.text));
        self.base.sources.push(Source {
            id: id_of(decl),
            document,
            publisher,
            published,
        });
    }

    fn entity(&mut self, file: FileId, decl: &Declaration, kind: EntityKind) {
        self.check_fields(
            file,
            decl,
            &["alias", "spelling", "adjective", "note"],
            &format!("a {}", kind.name()),
        );
        let name = decl
            .name
            .as_ref()
            .map(|n| n.value.clone())
            .unwrap_or_default();
        if name.trim().is_empty() {
            let span = decl.name.as_ref().map_or(decl.keyword.span, |n| n.span);
            self.error(file, span, "an entity's name is empty".into(), "empty name");
        }
        let aliases = self.strings(file, decl, "alias");
        let spellings = self.strings(file, decl, "spelling");
        let adjectives = self.strings(file, decl, "adjective");
        for field in &decl.fields {
            for value in &field.values {
                if let Value::Str(s) = value {
                    if s.value.trim().is_empty() {
                        self.error(
                            file,
                            s.span,
                            "an empty name matches nothing".into(),
                            "empty",
                        );
                    }
                }
            }
        }
        self.base.entities.push(Entity {
            id: id_of(decl),
            kind,
            name,
            aliases,
            spellings,
            adjectives,
        });
    }

    /// Third pass: facts.
    fn declare_facts(&mut self, asts: &[Ast]) {
        self.resolve_destinations(asts);
        self.base.fact_ids = HashMap::new();
        for (file, ast) in asts.iter().enumerate() {
            for decl in &ast.declarations {
                let kind = decl.keyword.value.as_str();
                if !FACT_KINDS.contains(&kind) {
                    continue;
                }
                if let Some(fact) = self.fact(file, decl, kind) {
                    if self.base.fact_ids.contains_key(&fact.id) {
                        continue;
                    }
                    self.base
                        .fact_ids
                        .insert(fact.id.clone(), self.base.facts.len());
                    self.base.facts.push(fact);
                }
            }
        }
    }

    /// An action's `destination`, resolved once every entity is declared.
    fn resolve_destinations(&mut self, asts: &[Ast]) {
        for (file, ast) in asts.iter().enumerate() {
            for decl in &ast.declarations {
                if decl.keyword.value != "action" {
                    continue;
                }
                let place = self.optional_entity_ref(
                    file,
                    decl,
                    "destination",
                    &[EntityKind::Country, EntityKind::Place],
                );
                let id = id_of(decl);
                if let Some(action) = self.base.actions.iter_mut().find(|a| a.id == id) {
                    action.destination = place;
                }
            }
        }
    }

    fn fact(&mut self, file: FileId, decl: &Declaration, kind: &str) -> Option<Fact> {
        let (own, required) = fields_of(kind);
        let allowed: Vec<&str> = own.iter().chain(COMMON_FIELDS.iter()).copied().collect();
        self.check_fields(file, decl, &allowed, &format!("a {kind} fact"));
        let errors_before = self.errors.len();
        for key in required {
            if !decl.fields.iter().any(|f| f.key.value == *key) {
                self.error(
                    file,
                    decl.keyword.span,
                    format!("a {kind} fact needs `{key}`"),
                    &format!("`{key}` missing"),
                );
            }
        }
        let data = self.fact_data(file, decl, kind);
        let severity = self
            .single(file, decl, "severity")
            .and_then(first_word)
            .and_then(|w| Severity::parse(&w.value))
            .unwrap_or(match kind {
                "term" => Severity::Info,
                _ => Severity::Error,
            });
        let evidence = self.evidence(file, decl);
        let from = self
            .single(file, decl, "from")
            .and_then(|f| self.date_value(file, f));
        let until = self
            .single(file, decl, "until")
            .and_then(|f| self.date_value(file, f));
        if let (Some(f), Some(u)) = (from, until) {
            if f.first_day() > u.last_day() {
                let span = self
                    .single(file, decl, "until")
                    .map_or(decl.span, |f| f.span);
                self.error(
                    file,
                    span,
                    format!("the fact ends ({u}) before it starts ({f})"),
                    "before `from`",
                );
            }
        }
        let examples = decl
            .fields
            .iter()
            .filter(|f| f.key.value == "pass" || f.key.value == "flag")
            .filter_map(|f| {
                first_str(f).map(|s| Example {
                    text: s.value.clone(),
                    must_flag: f.key.value == "flag",
                    span: s.span,
                })
            })
            .collect();
        let note = self
            .single(file, decl, "note")
            .and_then(first_str)
            .map(|s| s.value.clone());
        if self.errors.len() > errors_before {
            return None;
        }
        Some(Fact {
            id: id_of(decl),
            data: data?,
            severity,
            evidence,
            validity: Validity { from, until },
            examples,
            note,
            file,
            span: decl.span,
        })
    }

    fn fact_data(&mut self, file: FileId, decl: &Declaration, kind: &str) -> Option<FactData> {
        use EntityKind as K;
        Some(match kind {
            "title" => FactData::Title {
                holder: self.entity_ref(file, decl, "holder", &[K::Person])?,
                of: self.optional_entity_ref(
                    file,
                    decl,
                    "of",
                    &[K::Country, K::Organisation, K::Group],
                ),
                names: self.strings(file, decl, "names"),
            },
            "figure" => {
                let subject = self.entity_ref(file, decl, "subject", &[]);
                let measure = self.measure_ref(file, decl);
                let (value, percent) = self.quantity(file, decl)?;
                let said_by = self.optional_entity_ref(file, decl, "said-by", &[]);
                let attribution_required = self
                    .single(file, decl, "attribution")
                    .and_then(first_word)
                    .is_some_and(|w| w.value == "required");
                if attribution_required && said_by.is_none() {
                    self.error(
                        file,
                        decl.keyword.span,
                        "a figure that must be attributed needs `said-by`".into(),
                        "who said it?",
                    );
                }
                FactData::Figure {
                    subject: subject?,
                    measure: measure?,
                    value,
                    percent,
                    said_by,
                    attribution_required,
                }
            }
            "stance" => {
                let actor = self.entity_ref(file, decl, "actor", &[]);
                let polarity = self
                    .single(file, decl, "polarity")
                    .and_then(first_word)
                    .and_then(|w| Polarity::parse(&w.value));
                let action = self.action_ref(file, decl);
                FactData::Stance {
                    actor: actor?,
                    polarity: polarity?,
                    action: action?,
                }
            }
            "happened" => {
                let event = self.entity_ref(file, decl, "event", &[K::Event]);
                let date = self
                    .single(file, decl, "date")
                    .and_then(|f| self.date_value(file, f));
                let weekday_field = self.single(file, decl, "weekday");
                let weekday = weekday_field
                    .and_then(first_word)
                    .and_then(|w| Weekday::parse(&w.value));
                if let (Some(d), Some(w), Some(f)) = (date, weekday, weekday_field) {
                    if let Some(actual) = d.weekday() {
                        if actual != w {
                            self.error_help(
                                file,
                                f.span,
                                format!("{d} was a {}, not a {}", actual.name(), w.name()),
                                "wrong weekday",
                                format!("write `weekday {}`", actual.name().to_lowercase()),
                            );
                        }
                    }
                }
                let place = self.optional_entity_ref(file, decl, "place", &[K::Place, K::Country]);
                if date.is_none() && weekday.is_none() && place.is_none() {
                    self.error(
                        file,
                        decl.keyword.span,
                        "a happened fact needs a `date`, `weekday` or `place`".into(),
                        "nothing to check",
                    );
                }
                let attendees = self.optional_entity_ref(
                    file,
                    decl,
                    "attendees",
                    &[K::Group, K::Organisation, K::Country],
                );
                let participants =
                    self.entity_list(file, decl, "participants", &[K::Person, K::Country]);
                FactData::Happened {
                    event: event?,
                    date,
                    weekday,
                    place,
                    attendees,
                    participants,
                }
            }
            "quote" => {
                let speakers: Vec<Option<EntityId>> = decl
                    .fields
                    .iter()
                    .filter(|f| f.key.value == "speaker")
                    .map(|f| self.resolve_entity(file, f, &[]))
                    .collect();
                let words = self.single(file, decl, "says").and_then(first_str)?;
                if words.value.split_whitespace().next().is_none() {
                    self.error(
                        file,
                        words.span,
                        "a quote's words are empty".into(),
                        "empty",
                    );
                }
                FactData::Quote {
                    speakers: speakers.into_iter().collect::<Option<Vec<_>>>()?,
                    words: words.value.clone(),
                }
            }
            "term" => FactData::Term {
                subject: self.entity_ref(file, decl, "subject", &[])?,
                prefer: self.strings(file, decl, "prefer"),
                avoid: self.strings(file, decl, "avoid"),
                reason: self
                    .single(file, decl, "reason")
                    .and_then(first_str)
                    .map(|s| s.value.clone())
                    .unwrap_or_default(),
            },
            _ => return None,
        })
    }

    fn evidence(&mut self, file: FileId, decl: &Declaration) -> Vec<Evidence> {
        let mut out = Vec::new();
        let fields: Vec<&Field> = decl
            .fields
            .iter()
            .filter(|f| f.key.value == "evidence")
            .collect();
        if fields.is_empty() {
            self.error_help(
                file,
                decl.keyword.span,
                format!("fact `{}` cites no evidence", id_of(decl)),
                "no evidence",
                "add `evidence SOURCE \"the source's exact words\"`".into(),
            );
        }
        for field in fields {
            let (Some(Value::Ident(source)), Some(Value::Str(words))) =
                (field.values.first(), field.values.get(1))
            else {
                continue;
            };
            let Some(source_id) = self.lookup(file, source, &[Named::Source]) else {
                continue;
            };
            let index = self.base.sources.iter().position(|s| s.id == source.value);
            let Some(index) = index.filter(|_| source_id == Named::Source) else {
                continue;
            };
            let src = &self.base.sources[index];
            if src.document.text.is_empty() {
                continue; // Already reported as unreadable.
            }
            match locate(&self.folded[index], &words.value) {
                Some(span) => {
                    let line = self.line_indexes[index].line_of(span.start) + 1;
                    out.push(Evidence {
                        source: index,
                        text: words.value.clone(),
                        span,
                        line,
                    });
                }
                None => {
                    let path = src.document.path.clone();
                    let hint = closest_line(&src.document.text, &words.value);
                    self.error_help(
                        file,
                        words.span,
                        format!("evidence not found in `{path}`"),
                        "these words are not in the source",
                        match hint {
                            Some((line, text)) => {
                                format!("the closest line of the source is line {line}: {text}")
                            }
                            None => "cite the source's exact words".into(),
                        },
                    );
                }
            }
        }
        out
    }

    fn quantity(&mut self, file: FileId, decl: &Declaration) -> Option<(Quantity, bool)> {
        let field = self.single(file, decl, "value")?;
        let Some(Value::Quantity(q)) = field.values.first() else {
            return None;
        };
        let span = q.span;
        let (value, percent) = match &q.value {
            QuantityAst::Range { low, high, percent } => {
                if low > high {
                    self.error(
                        file,
                        span,
                        format!(
                            "impossible range: {} is above {}",
                            group(*low),
                            group(*high)
                        ),
                        "low end above high end",
                    );
                    return None;
                }
                (Quantity::Range(*low, *high), *percent)
            }
            QuantityAst::Bounded {
                comparator,
                number,
                percent,
            } => {
                let n = *number;
                let q = match comparator.as_deref() {
                    None | Some("exactly") => Quantity::Exact(n),
                    Some("about") | Some("some") => Quantity::About(n),
                    Some("nearly") => Quantity::Nearly(n),
                    Some("under") | Some("below") | Some("fewer-than") | Some("less-than") => {
                        Quantity::Under(n)
                    }
                    Some("at-most") | Some("up-to") => Quantity::AtMost(n),
                    Some("over") | Some("more-than") => Quantity::Over(n),
                    _ => Quantity::AtLeast(n),
                };
                if *percent && n > 100.0 {
                    self.error(
                        file,
                        span,
                        format!("{n}% is more than the whole"),
                        "over 100%",
                    );
                }
                (q, *percent)
            }
            QuantityAst::Several { magnitude } => (Quantity::Several(*magnitude), false),
            QuantityAst::PartOf { part, whole } => {
                if part > whole {
                    self.error(
                        file,
                        span,
                        format!("impossible part: {} of {}", group(*part), group(*whole)),
                        "part larger than the whole",
                    );
                    return None;
                }
                (Quantity::PartOf(*part, *whole), false)
            }
        };
        Some((value, percent))
    }

    /// Reports fields this declaration does not take.
    fn check_fields(&mut self, file: FileId, decl: &Declaration, allowed: &[&str], what: &str) {
        for field in &decl.fields {
            if !allowed.contains(&field.key.value.as_str()) {
                self.error_help(
                    file,
                    field.key.span,
                    format!("`{}` is not a field of {what}", field.key.value),
                    "unknown here",
                    format!("{what} takes: {}", allowed.join(", ")),
                );
            }
        }
    }

    /// The one field named `key`; a second one is an error.
    fn single<'d>(&mut self, file: FileId, decl: &'d Declaration, key: &str) -> Option<&'d Field> {
        let mut found = decl.fields.iter().filter(|f| f.key.value == key);
        let first = found.next();
        if let Some(second) = found.next() {
            self.error(
                file,
                second.key.span,
                format!("`{key}` given twice"),
                "second one",
            );
        }
        first
    }

    /// All strings of all fields named `key`.
    fn strings(&mut self, _file: FileId, decl: &Declaration, key: &str) -> Vec<String> {
        decl.fields
            .iter()
            .filter(|f| f.key.value == key)
            .flat_map(|f| f.values.iter())
            .filter_map(|v| match v {
                Value::Str(s) => Some(s.value.clone()),
                _ => None,
            })
            .collect()
    }

    fn date_value(&mut self, file: FileId, field: &Field) -> Option<Date> {
        let Some(Value::Date(text)) = field.values.first() else {
            return None;
        };
        match Date::parse(&text.value) {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(
                    file,
                    text.span,
                    format!("invalid date `{}`: {e}", text.value),
                    "not a date",
                );
                None
            }
        }
    }

    /// Resolves an id, reporting unknown ids and ids of the wrong kind.
    fn lookup(&mut self, file: FileId, id: &Spanned<String>, expected: &[Named]) -> Option<Named> {
        match self.ids.get(&id.value) {
            None => {
                // Suggestions cost a scan of every id: offer them for the first few only,
                // so that a file of ten thousand bad references still fails fast.
                let suggestion = if self.errors.len() < 50 {
                    self.closest_id(&id.value, expected)
                } else {
                    None
                };
                self.error_help(
                    file,
                    id.span,
                    format!("unknown id `{}`", id.value),
                    "not declared in any fact file",
                    match suggestion {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!(
                            "declare it as {}",
                            expected
                                .first()
                                .map_or("something".into(), |n| n.describe())
                        ),
                    },
                );
                None
            }
            Some(&(named, _, _)) => {
                let fits = expected.is_empty()
                    || expected.iter().any(|e| match (e, named) {
                        (Named::Entity(_), Named::Entity(_)) => *e == named,
                        _ => *e == named,
                    });
                if fits {
                    Some(named)
                } else {
                    let wanted: Vec<String> = expected.iter().map(|e| e.describe()).collect();
                    self.error(
                        file,
                        id.span,
                        format!(
                            "`{}` is {}, but {} is needed here",
                            id.value,
                            named.describe(),
                            match wanted.split_last() {
                                Some((last, rest)) if !rest.is_empty() =>
                                    format!("{} or {last}", rest.join(", ")),
                                _ => wanted.join(" or "),
                            }
                        ),
                        "wrong kind",
                    );
                    None
                }
            }
        }
    }

    fn closest_id(&self, id: &str, expected: &[Named]) -> Option<String> {
        self.ids
            .iter()
            .filter(|(_, (named, _, _))| {
                expected.is_empty()
                    || expected.iter().any(|e| {
                        *e == *named || matches!((e, named), (Named::Entity(_), Named::Entity(_)))
                    })
            })
            .map(|(k, _)| (crate::text::edit_distance(k, id), k))
            .filter(|(d, k)| *d <= 2.max(k.len() / 4))
            .min()
            .map(|(_, k)| k.clone())
    }

    fn entity_ref(
        &mut self,
        file: FileId,
        decl: &Declaration,
        key: &str,
        kinds: &[EntityKind],
    ) -> Option<EntityId> {
        let field = self.single(file, decl, key)?;
        self.resolve_entity(file, field, kinds)
    }

    fn optional_entity_ref(
        &mut self,
        file: FileId,
        decl: &Declaration,
        key: &str,
        kinds: &[EntityKind],
    ) -> Option<EntityId> {
        let field = self.single(file, decl, key)?;
        self.resolve_entity(file, field, kinds)
    }

    /// Every entity a list field names (`participants trump, putin`); unknown ones are
    /// reported and left out.
    fn entity_list(
        &mut self,
        file: FileId,
        decl: &Declaration,
        key: &str,
        kinds: &[EntityKind],
    ) -> Vec<EntityId> {
        let Some(field) = self.single(file, decl, key) else {
            return Vec::new();
        };
        let expected: Vec<Named> = kinds.iter().map(|k| Named::Entity(*k)).collect();
        let mut out = Vec::new();
        for value in &field.values {
            if let Value::Ident(id) = value {
                if self.lookup(file, id, &expected).is_some() {
                    out.extend(self.base.entity_ids.get(&id.value).copied());
                }
            }
        }
        out
    }

    fn resolve_entity(
        &mut self,
        file: FileId,
        field: &Field,
        kinds: &[EntityKind],
    ) -> Option<EntityId> {
        let Some(Value::Ident(id)) = field.values.first() else {
            return None;
        };
        let expected: Vec<Named> = if kinds.is_empty() {
            EntityKind_ALL.iter().map(|k| Named::Entity(*k)).collect()
        } else {
            kinds.iter().map(|k| Named::Entity(*k)).collect()
        };
        self.lookup(file, id, &expected)?;
        self.base.entity_ids.get(&id.value).copied()
    }

    fn measure_ref(&mut self, file: FileId, decl: &Declaration) -> Option<MeasureId> {
        let field = self.single(file, decl, "measure")?;
        let Some(Value::Ident(id)) = field.values.first() else {
            return None;
        };
        self.lookup(file, id, &[Named::Measure])?;
        self.base.measures.iter().position(|m| m.id == id.value)
    }

    fn action_ref(&mut self, file: FileId, decl: &Declaration) -> Option<ActionId> {
        let field = self.single(file, decl, "does")?;
        let Some(Value::Ident(id)) = field.values.first() else {
            return None;
        };
        self.lookup(file, id, &[Named::Action])?;
        self.base.actions.iter().position(|a| a.id == id.value)
    }
}

#[allow(non_upper_case_globals)]
const EntityKind_ALL: [EntityKind; 7] = [
    EntityKind::Person,
    EntityKind::Country,
    EntityKind::Organisation,
    EntityKind::Group,
    EntityKind::Event,
    EntityKind::Document,
    EntityKind::Place,
];

fn id_of(decl: &Declaration) -> String {
    decl.id
        .as_ref()
        .map(|i| i.value.clone())
        .unwrap_or_default()
}

fn first_str(field: &Field) -> Option<&Spanned<String>> {
    match field.values.first() {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    }
}

fn first_word(field: &Field) -> Option<&Spanned<String>> {
    match field.values.first() {
        Some(Value::Word(s)) | Some(Value::Ident(s)) => Some(s),
        _ => None,
    }
}

fn index<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
}

/// The source line sharing the most words with the cited text, to help fix a drifted
/// citation.
fn closest_line(source: &str, cited: &str) -> Option<(usize, String)> {
    let wanted: Vec<String> = crate::text::words(cited).map(str::to_lowercase).collect();
    if wanted.is_empty() {
        return None;
    }
    let (best, line, score) = source
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let lower = line.to_lowercase();
            let score = wanted.iter().filter(|w| lower.contains(w.as_str())).count();
            (i + 1, line, score)
        })
        .max_by_key(|&(i, _, score)| (score, std::cmp::Reverse(i)))?;
    if score * 2 < wanted.len() {
        return None;
    }
    let mut text: String = line.chars().take(160).collect();
    if text.len() < line.len() {
        text.push('…');
    }
    Some((best, text))
}
