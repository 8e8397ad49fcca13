//! `factlint.toml`: where a newsroom's fact files are, which drafts to check, how
//! serious each check or fact is, and what fails a run. Unknown keys are errors that
//! point at the key.

use crate::date::Date;
use crate::diagnostic::{Diagnostic, Severity};
use crate::span::Span;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The configuration file's name, found upward from the working folder.
pub const FILE_NAME: &str = "factlint.toml";

/// A parsed configuration.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Folders of fact files, relative to the configuration file (the built-in fact
    /// base when empty).
    #[serde(default)]
    pub rules: Vec<String>,
    /// Globs of drafts to check when walking folders (default: `*.md`, `*.markdown`,
    /// `*.txt`).
    #[serde(default)]
    pub include: Vec<String>,
    /// Globs of drafts never to check.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// The date drafts without a `date:` speak of (`YYYY-MM-DD`).
    #[serde(default)]
    pub as_of: Option<String>,
    /// The lowest severity that fails a run: `error` (default) or `warning`.
    #[serde(default)]
    pub fail_on: Option<Level>,
    /// Whether suppression comments must give a reason after `--`.
    #[serde(default)]
    pub require_reason: bool,
    /// Severity per check id or fact id: `error`, `warning`, `info` or `off`.
    #[serde(default)]
    pub severity: BTreeMap<String, Level>,
}

/// A severity, or `off`.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

/// A configuration error, with the span of the offending text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub message: String,
    pub span: Span,
}

impl Config {
    /// Parses a configuration file's text.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError {
            message: e.message().to_owned(),
            span: e
                .span()
                .map_or(Span::new(0, 0), |r| Span::new(r.start, r.end)),
        })?;
        if let Some(day) = &config.as_of {
            if !Date::parse(day).is_ok_and(Date::is_full) {
                let at = text.find(day.as_str()).unwrap_or(0);
                return Err(ConfigError {
                    message: format!("as-of must be a date written YYYY-MM-DD, not `{day}`"),
                    span: Span::new(at, at + day.len()),
                });
            }
        }
        if config
            .fail_on
            .is_some_and(|l| matches!(l, Level::Info | Level::Off))
        {
            let at = text.find("fail-on").unwrap_or(0);
            return Err(ConfigError {
                message: "fail-on is `error` or `warning`".into(),
                span: Span::new(at, at + "fail-on".len()),
            });
        }
        Ok(config)
    }

    /// Applies the per-check and per-fact severities: a fact's setting wins over its
    /// check's; `off` removes the diagnostic.
    pub fn adjust(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        if self.severity.is_empty() {
            return diagnostics;
        }
        diagnostics
            .into_iter()
            .filter_map(|mut d| {
                let by_fact = d.fact.as_deref().and_then(|f| self.severity.get(f));
                match by_fact.or_else(|| self.severity.get(d.code)) {
                    Some(level) => {
                        d.severity = level.severity()?;
                        Some(d)
                    }
                    None => Some(d),
                }
            })
            .collect()
    }
}

/// The commented starter configuration `factlint init` writes.
pub const STARTER: &str = r#"# factlint configuration. Every key is optional.

# Folders of fact files (*.facts), relative to this file. Without it, factlint uses its
# built-in fact base.
rules = ["facts"]

# Which drafts to check when walking folders, and which never to check.
include = ["**/*.md", "**/*.markdown", "**/*.txt"]
exclude = ["archive/**"]

# The date undated drafts speak of, for facts that change over time (a draft's own
# `date:` front matter wins). Default: today.
# as-of = "2026-01-07"

# The lowest severity that fails a run (exit 1): "error" or "warning".
fail-on = "error"

# Whether suppression comments must give a reason after `--`.
require-reason = false

# Severity per check id or fact id: "error", "warning", "info" or "off".
[severity]
term-preference = "info"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_configuration_parses() {
        let config = Config::parse(STARTER).unwrap();
        assert_eq!(config.rules, ["facts"]);
        assert_eq!(config.severity.get("term-preference"), Some(&Level::Info));
    }

    #[test]
    fn unknown_keys_are_errors_at_the_key() {
        let text = "rules = []\nseverty = {}\n";
        let err = Config::parse(text).unwrap_err();
        assert!(
            err.message.contains("unknown field `severty`"),
            "{}",
            err.message
        );
        assert_eq!(&text[err.span.start..err.span.end], "severty");
    }

    #[test]
    fn bad_values_are_errors() {
        assert!(Config::parse("as-of = \"7 January\"")
            .unwrap_err()
            .message
            .contains("YYYY-MM-DD"));
        assert!(Config::parse("fail-on = \"off\"").is_err());
        assert!(Config::parse("[severity]\nquote-altered = \"loud\"").is_err());
    }

    #[test]
    fn severities_by_fact_win_over_checks() {
        let config = Config::parse(
            "[severity]\nquantity-bound = \"warning\"\nforce-size-officials = \"off\"",
        )
        .unwrap();
        let d = |fact: &str| Diagnostic {
            code: "quantity-bound",
            fact: Some(fact.into()),
            severity: Severity::Error,
            message: String::new(),
            span: Span::new(0, 1),
            evidence: vec![],
            help: None,
            fix: None,
        };
        let kept = config.adjust(vec![d("force-size-officials"), d("paris-summit-countries")]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].severity, Severity::Warning);
    }
}
