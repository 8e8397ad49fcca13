//! factlint: checks news drafts against a base of known facts.
//!
//! Pipeline: fact files → [`syntax`] → [`factbase`]; draft → [`draft`] → [`claims`] →
//! [`checks`] → [`diagnostic::Diagnostic`]s → [`render`].

pub mod builtin;
pub mod checks;
pub mod claims;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod draft;
pub mod examples;
pub mod factbase;
pub mod fix;
pub mod lint;
pub mod render;
pub mod span;
pub mod suppress;
pub mod syntax;
pub mod text;
