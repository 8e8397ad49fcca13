//! Parsing fact files with pest into the syntax tree. This is the only module that
//! knows pest's types; everything after it works on [`ast`].

pub mod ast;

use crate::span::Span;
use ast::{Ast, Declaration, Field, QuantityAst, Spanned, Value};
use pest::iterators::Pair;
use pest::Parser;

mod grammar {
    #[derive(pest_derive::Parser)]
    #[grammar = "../grammar/facts.pest"]
    pub struct FactsParser;
}

use grammar::{FactsParser, Rule};

/// A syntax error: where, and what was expected there, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
}

/// Parses one fact file.
pub fn parse(text: &str) -> Result<Ast, SyntaxError> {
    let mut pairs = FactsParser::parse(Rule::file, text).map_err(|e| syntax_error(text, &e))?;
    let file = pairs.next().expect("the file rule always yields one pair");
    let mut ast = Ast::default();
    for pair in file.into_inner() {
        if pair.as_rule() != Rule::EOI {
            ast.declarations.push(declaration(pair));
        }
    }
    Ok(ast)
}

/// The pair's span without the whitespace pest's implicit rules may leave at its end.
fn span_of(pair: &Pair<'_, Rule>) -> Span {
    let s = pair.as_span();
    let trailing = s.as_str().len() - s.as_str().trim_end().len();
    Span::new(s.start(), s.end() - trailing)
}

fn spanned_str(pair: &Pair<'_, Rule>) -> Spanned<String> {
    Spanned::new(pair.as_str().to_owned(), span_of(pair))
}

fn declaration(pair: Pair<'_, Rule>) -> Declaration {
    let span = span_of(&pair);
    let rule = pair.as_rule();
    let text = pair.as_str();
    let keyword_len = text
        .find(|c: char| c.is_whitespace() || c == '{')
        .unwrap_or(text.len());
    let keyword = Spanned::new(
        text[..keyword_len].to_owned(),
        Span::new(span.start, span.start + keyword_len),
    );
    let mut decl = Declaration {
        keyword,
        id: None,
        name: None,
        fields: Vec::new(),
        items: Vec::new(),
        span,
    };
    for inner in pair.into_inner() {
        match inner.as_rule() {
            Rule::entity_kind | Rule::fact_kind => decl.keyword = spanned_str(&inner),
            Rule::ident => decl.id = Some(spanned_str(&inner)),
            Rule::string if rule == Rule::entity => decl.name = Some(string(inner)),
            Rule::string_list => decl.items.extend(inner.into_inner().map(string)),
            _ => decl.fields.push(field(inner)),
        }
    }
    decl
}

fn field(pair: Pair<'_, Rule>) -> Field {
    let span = span_of(&pair);
    let text = pair.as_str();
    let key_len = text.find(char::is_whitespace).unwrap_or(text.len());
    let key = Spanned::new(
        text[..key_len].to_owned(),
        Span::new(span.start, span.start + key_len),
    );
    let mut values = Vec::new();
    for inner in pair.into_inner() {
        match inner.as_rule() {
            Rule::ident => values.push(Value::Ident(spanned_str(&inner))),
            Rule::string => values.push(Value::Str(string(inner))),
            Rule::string_list => values.extend(inner.into_inner().map(|s| Value::Str(string(s)))),
            Rule::date => values.push(Value::Date(spanned_str(&inner))),
            Rule::quantity => values.push(Value::Quantity(quantity(inner))),
            _ => values.push(Value::Word(spanned_str(&inner))),
        }
    }
    Field { key, values, span }
}

fn string(pair: Pair<'_, Rule>) -> Spanned<String> {
    let span = span_of(&pair);
    let raw = pair.as_str();
    let inner = &raw[1..raw.len() - 1];
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    Spanned::new(out, span)
}

fn number(pair: &Pair<'_, Rule>) -> (f64, bool) {
    let text = pair.as_str();
    let percent = text.ends_with('%');
    let digits: String = text.chars().filter(|c| *c != ',' && *c != '%').collect();
    (digits.parse().unwrap_or(f64::NAN), percent)
}

fn quantity(pair: Pair<'_, Rule>) -> Spanned<QuantityAst> {
    let span = span_of(&pair);
    let form = pair.into_inner().next().expect("a quantity has one form");
    let rule = form.as_rule();
    let mut comparator = None;
    let mut numbers = Vec::new();
    let mut magnitude = 1.0;
    for inner in form.into_inner() {
        match inner.as_rule() {
            Rule::comparator => comparator = Some(inner.as_str().to_owned()),
            Rule::number => numbers.push(number(&inner)),
            Rule::magnitude => {
                magnitude = if inner.as_str() == "thousand" {
                    1000.0
                } else {
                    100.0
                }
            }
            _ => {}
        }
    }
    let value = match (rule, numbers.as_slice()) {
        (Rule::several, _) => QuantityAst::Several { magnitude },
        (Rule::counted, [(part, _), (whole, _)]) => QuantityAst::PartOf {
            part: *part,
            whole: *whole,
        },
        (_, [(low, p1), (high, p2)]) => QuantityAst::Range {
            low: *low,
            high: *high,
            percent: *p1 || *p2,
        },
        (_, [(n, percent)]) => QuantityAst::Bounded {
            comparator,
            number: *n,
            percent: *percent,
        },
        _ => unreachable!("the grammar gives a quantity one or two numbers"),
    };
    Spanned::new(value, span)
}

/// Turns pest's error into a sentence naming what was expected, in the language's words.
fn syntax_error(text: &str, error: &pest::error::Error<Rule>) -> SyntaxError {
    use pest::error::{ErrorVariant, InputLocation};
    let start = match error.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let end = token_end(text, start);
    let found = if start >= text.len() {
        "the end of the file".to_owned()
    } else {
        format!("`{}`", &text[start..end])
    };
    let message = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => {
            let mut names: Vec<&str> = Vec::new();
            // "the end of the file" next to "a declaration" only adds noise.
            let positives: Vec<Rule> = positives
                .iter()
                .copied()
                .filter(|r| *r != Rule::EOI || positives.len() == 1)
                .collect();
            for rule in &positives {
                let name = friendly(*rule);
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            if names.is_empty() {
                format!("unexpected {found}")
            } else {
                format!("expected {}, found {found}", join_or(&names))
            }
        }
        ErrorVariant::CustomError { message } => message.clone(),
    };
    // A string that runs to the end of its line: say so, not what was expected.
    let rest_of_line = text[start.min(text.len())..]
        .split('\n')
        .next()
        .unwrap_or("");
    let opens_here =
        rest_of_line.starts_with('"') && !rest_of_line[1..].replace("\\\"", "").contains('"');
    let before = text[..start.min(text.len())]
        .rsplit('\n')
        .next()
        .unwrap_or("");
    let open_before = before.replace("\\\"", "").matches('"').count() % 2 == 1;
    let message = if opens_here || open_before {
        "unterminated string: a string needs its closing `\"` on the same line".to_owned()
    } else {
        message
    };
    SyntaxError {
        span: Span::new(start.min(text.len()), end),
        message,
    }
}

fn token_end(text: &str, start: usize) -> usize {
    if start >= text.len() {
        return text.len();
    }
    let rest = &text[start..];
    let len = rest
        .char_indices()
        .find(|&(i, c)| i > 0 && (c.is_whitespace() || "{}\",".contains(c)))
        .map_or(rest.len(), |(i, _)| i);
    start + len.clamp(rest.chars().next().map_or(0, char::len_utf8), 40)
}

fn join_or(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

const DECLARATION: &str = "a declaration (source, person, country, organisation, group, event, document, place, measure, action, titles, title, figure, stance, happened, quote, term)";

/// The name a reader knows a production by.
fn friendly(rule: Rule) -> &'static str {
    match rule {
        Rule::EOI => "the end of the file",
        Rule::source
        | Rule::entity
        | Rule::measure
        | Rule::action
        | Rule::titles
        | Rule::fact
        | Rule::entity_kind
        | Rule::fact_kind => DECLARATION,
        Rule::ident => "an id (a lowercase word such as `force-ceiling`)",
        Rule::string | Rule::string_list => "a double-quoted string",
        Rule::string_inner => "the string's text",
        Rule::date => "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        Rule::weekday => "a weekday (monday … sunday)",
        Rule::quantity | Rule::between | Rule::several | Rule::counted | Rule::bounded => {
            "a quantity (such as `under 30,000`, `about 35`, `between 25,000 and 30,000`)"
        }
        Rule::number => "a number",
        Rule::comparator => "a comparator (under, at-most, about, nearly, ...)",
        Rule::magnitude => "`thousand` or `hundred`",
        Rule::attribution_word => "`required` or `optional`",
        Rule::polarity_word => {
            "a polarity (refused, ruled-out, rejected, hesitant, uncertain, willing, agreed, prepared, not)"
        }
        Rule::severity_word => "a severity (error, warning, info)",
        Rule::file_field | Rule::publisher_field | Rule::published_field => {
            "a source field (file, publisher, published) or `}`"
        }
        Rule::alias_field | Rule::spelling_field | Rule::adjective_field | Rule::note_field => {
            "a field (alias, spelling, adjective, note) or `}`"
        }
        Rule::words_field => "`words` or `}`",
        Rule::verbs_field | Rule::objects_field | Rule::destination_field => {
            "`verbs`, `objects`, `destination` or `}`"
        }
        Rule::holder_field
        | Rule::of_field
        | Rule::names_field
        | Rule::subject_field
        | Rule::measure_field
        | Rule::value_field
        | Rule::said_by_field
        | Rule::attribution_field
        | Rule::actor_field
        | Rule::polarity_field
        | Rule::does_field
        | Rule::event_field
        | Rule::date_field
        | Rule::weekday_field
        | Rule::place_field
        | Rule::attendees_field
        | Rule::participants_field
        | Rule::speaker_field
        | Rule::words_text_field
        | Rule::prefer_field
        | Rule::avoid_field
        | Rule::reason_field
        | Rule::severity_field
        | Rule::evidence_field
        | Rule::from_field
        | Rule::until_field
        | Rule::pass_field
        | Rule::flag_field => "a fact field (subject, value, evidence, ...) or `}`",
        _ => DECLARATION,
    }
}

#[cfg(test)]
mod tests;
