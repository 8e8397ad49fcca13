//! The fact base: fact files parsed, validated and indexed.

pub mod error;
pub mod evidence;
pub mod model;
mod validate;

pub use error::{FactBaseError, FactError};
pub use model::*;
pub use validate::SourceReader;

use crate::syntax;
use std::sync::Arc;

/// Parses and validates fact files into a fact base, collecting every error of every
/// file. `read_source` resolves the source documents they cite.
pub fn build(
    files: Vec<Document>,
    read_source: &SourceReader<'_>,
) -> Result<FactBase, FactBaseError> {
    let mut errors = Vec::new();
    let mut asts = Vec::with_capacity(files.len());
    // Parse the files on two threads: parsing is most of a one-draft run's start-up.
    let parsed: Vec<Result<syntax::ast::Ast, syntax::SyntaxError>> = if files.len() > 1 {
        let (left, right) = files.split_at(files.len() / 2);
        std::thread::scope(|scope| {
            let other = scope.spawn(|| {
                left.iter()
                    .map(|f| syntax::parse(&f.text))
                    .collect::<Vec<_>>()
            });
            let mine: Vec<_> = right.iter().map(|f| syntax::parse(&f.text)).collect();
            let mut all = other
                .join()
                .unwrap_or_else(|_| left.iter().map(|f| syntax::parse(&f.text)).collect());
            all.extend(mine);
            all
        })
    } else {
        files.iter().map(|f| syntax::parse(&f.text)).collect()
    };
    for (file, result) in files.iter().zip(parsed) {
        match result {
            Ok(ast) if ast.declarations.is_empty() => {
                errors.push(FactError {
                    path: file.path.clone(),
                    span: crate::span::Span::new(0, 0),
                    message: "the fact file declares nothing".into(),
                    label: "empty".into(),
                    help: Some("declare a source, an entity or a fact, or remove the file".into()),
                    related: None,
                });
                asts.push(ast);
            }
            Ok(ast) => asts.push(ast),
            Err(e) => {
                errors.push(FactError {
                    path: file.path.clone(),
                    span: e.span,
                    message: format!("syntax error: {}", e.message),
                    label: "here".into(),
                    help: None,
                    related: None,
                });
                asts.push(syntax::ast::Ast::default());
            }
        }
    }
    let syntax_failed = !errors.is_empty();
    let sources: Vec<(String, Arc<str>)> = files
        .iter()
        .map(|f| (f.path.clone(), f.text.clone()))
        .collect();
    match validate::validate(files, &asts, read_source) {
        Ok(base) if errors.is_empty() => Ok(base),
        Ok(_) => Err(FactBaseError { errors, sources }),
        Err(more) => {
            // Ids declared in a file that did not parse are unknown to the others:
            // those errors would only repeat the syntax error.
            errors.extend(
                more.into_iter()
                    .filter(|e| !(syntax_failed && e.message.starts_with("unknown id"))),
            );
            Err(FactBaseError { errors, sources })
        }
    }
}

/// Joins a path relative to the folder of `base` (both with `/` separators), resolving
/// `.` and `..` lexically.
pub fn join_relative(base: &str, relative: &str) -> String {
    if relative.starts_with('/') {
        return relative.to_owned();
    }
    let mut parts: Vec<&str> = base.split('/').collect();
    parts.pop();
    for part in relative.split('/') {
        match part {
            "." | "" => {}
            ".." if parts.last().is_some_and(|p| *p != ".." && !p.is_empty()) => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::join_relative;

    #[test]
    fn relative_paths_resolve_from_the_fact_file() {
        assert_eq!(
            join_relative("rules/a.facts", "../seeds/x.txt"),
            "seeds/x.txt"
        );
        assert_eq!(join_relative("a.facts", "seeds/x.txt"), "seeds/x.txt");
        assert_eq!(
            join_relative("/n/rules/a.facts", "./s.txt"),
            "/n/rules/s.txt"
        );
    }
}
