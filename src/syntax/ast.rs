//! The syntax tree of a fact file: what was written, with spans, not yet checked for
//! meaning.

use crate::span::Span;

/// A word or string with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

/// One parsed fact file.
#[derive(Clone, Debug, Default)]
pub struct Ast {
    pub declarations: Vec<Declaration>,
}

/// A top-level declaration: `KEYWORD [ID] ["NAME"] { FIELD* }`.
#[derive(Clone, Debug)]
pub struct Declaration {
    /// `source`, `person`, `measure`, `action`, `titles`, `figure`, ...
    pub keyword: Spanned<String>,
    pub id: Option<Spanned<String>>,
    /// The display name of an entity.
    pub name: Option<Spanned<String>>,
    pub fields: Vec<Field>,
    /// Strings listed directly in the braces (only `titles` has them).
    pub items: Vec<Spanned<String>>,
    pub span: Span,
}

/// A field: `KEY VALUE...`.
#[derive(Clone, Debug)]
pub struct Field {
    pub key: Spanned<String>,
    pub values: Vec<Value>,
    pub span: Span,
}

/// A field's value, as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// An id naming another declaration.
    Ident(Spanned<String>),
    /// A string, with its escapes resolved.
    Str(Spanned<String>),
    /// A date as written (validated later).
    Date(Spanned<String>),
    /// A keyword value (`required`, `ruled-out`, `error`, `tuesday`).
    Word(Spanned<String>),
    /// A quantity.
    Quantity(Spanned<QuantityAst>),
}

impl Value {
    pub fn span(&self) -> Span {
        match self {
            Value::Ident(s) | Value::Str(s) | Value::Date(s) | Value::Word(s) => s.span,
            Value::Quantity(q) => q.span,
        }
    }
}

/// A quantity as written: comparator and numbers.
#[derive(Clone, Debug, PartialEq)]
pub enum QuantityAst {
    /// `between LOW and HIGH` or `LOW to HIGH`.
    Range { low: f64, high: f64, percent: bool },
    /// `[COMPARATOR] N`.
    Bounded {
        comparator: Option<String>,
        number: f64,
        percent: bool,
    },
    /// `several thousand`.
    Several { magnitude: f64 },
    /// `N of M`.
    PartOf { part: f64, whole: f64 },
}
