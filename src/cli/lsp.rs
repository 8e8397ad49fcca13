//! `factlint lsp`: a Language Server over stdio. An adapter over the library: it keeps
//! the open documents, runs the same checks, and converts diagnostics to the protocol
//! (UTF-16 positions, related information, hover, code actions).

use super::load::{self, LoadError, RulesFrom};
use factlint::config::{Config, FILE_NAME};
use factlint::diagnostic::{Diagnostic, Severity};
use factlint::draft::Markup;
use factlint::factbase::FactBaseError;
use factlint::lint::{Linter, Options};
use factlint::span::LineIndex;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types as lsp;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// How long to wait after the last change before checking again.
const DEBOUNCE: Duration = Duration::from_millis(150);

struct Document {
    text: String,
    version: i32,
    /// The last diagnostics published for it (for hover and code actions).
    diagnostics: Vec<Diagnostic>,
}

struct Server {
    connection: Connection,
    root: Option<PathBuf>,
    rules: RulesFrom,
    linter: Linter,
    documents: HashMap<lsp::Url, Document>,
    dirty: HashSet<lsp::Url>,
    last_change: Instant,
    /// Fact files that had errors, so that fixing them clears their diagnostics.
    fact_files_with_errors: HashSet<lsp::Url>,
}

pub fn run() -> Result<ExitCode, super::Failure> {
    let (connection, reader, writer) = stdio();
    let capabilities = lsp::ServerCapabilities {
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(
            lsp::TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(lsp::TextDocumentSyncKind::FULL),
                save: Some(lsp::TextDocumentSyncSaveOptions::Supported(true)),
                ..Default::default()
            },
        )),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Simple(true)),
        ..Default::default()
    };
    let init = match connection
        .initialize(serde_json::to_value(capabilities).expect("capabilities serialise"))
    {
        Ok(params) => params,
        Err(e) => {
            eprintln!("error: the client did not initialize: {e}");
            return Err(super::Failure::Reported);
        }
    };
    let params: lsp::InitializeParams = serde_json::from_value(init).unwrap_or_default();
    #[allow(deprecated)]
    let root = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .and_then(|f| f.uri.to_file_path().ok())
        .or_else(|| params.root_uri.as_ref().and_then(|u| u.to_file_path().ok()));
    let rules = rules_for(root.as_deref());
    let mut server = Server {
        linter: Linter::new(
            factlint::builtin::fact_base().expect("the built-in fact base is valid"),
        ),
        connection,
        root,
        rules,
        documents: HashMap::new(),
        dirty: HashSet::new(),
        last_change: Instant::now(),
        fact_files_with_errors: HashSet::new(),
    };
    server.reload_fact_base(None);
    server.main_loop();
    drop(server);
    let _ = writer.join();
    drop(reader); // Blocked on standard input until the client closes it.
    Ok(ExitCode::SUCCESS)
}

/// A stdio transport that survives malformed messages: a frame that is not valid
/// JSON-RPC is reported in the client's log and skipped, where lsp-server's own reader
/// would stop the server.
fn stdio() -> (
    Connection,
    std::thread::JoinHandle<()>,
    std::thread::JoinHandle<()>,
) {
    use std::io::{BufRead, Read, Write};
    let (to_client, outgoing) = crossbeam_channel::unbounded::<Message>();
    let (incoming, from_client) = crossbeam_channel::bounded::<Message>(0);
    let errors = to_client.clone();
    let reader = std::thread::spawn(move || {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        loop {
            let mut length: Option<usize> = None;
            loop {
                let mut line = String::new();
                match input.read_line(&mut line) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                let line = line.trim_end();
                if line.is_empty() {
                    if length.is_some() {
                        break;
                    }
                    continue;
                }
                if let Some((name, value)) = line.split_once(':') {
                    if name.eq_ignore_ascii_case("content-length") {
                        length = value.trim().parse().ok();
                    }
                }
            }
            let Some(length) = length.filter(|&n| n <= 64 << 20) else {
                continue;
            };
            let mut body = vec![0; length];
            if input.read_exact(&mut body).is_err() {
                return;
            }
            match serde_json::from_slice::<Message>(&body) {
                Ok(message) => {
                    let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                    if incoming.send(message).is_err() || exit {
                        return;
                    }
                }
                Err(e) => {
                    // No id can be read from it, so the client hears of it in its log.
                    let params = lsp::LogMessageParams {
                        typ: lsp::MessageType::ERROR,
                        message: format!("factlint: malformed message skipped: {e}"),
                    };
                    let _ =
                        errors.send(Notification::new("window/logMessage".into(), params).into());
                }
            }
        }
    });
    let writer = std::thread::spawn(move || {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        for message in outgoing {
            if message.write(&mut out).is_err() || out.flush().is_err() {
                return;
            }
        }
    });
    (
        Connection {
            sender: to_client,
            receiver: from_client,
        },
        reader,
        writer,
    )
}

/// The workspace's fact files (from its factlint.toml), or the built-in base.
fn rules_for(root: Option<&Path>) -> RulesFrom {
    let Some(root) = root else {
        return RulesFrom::Builtin;
    };
    let Ok(text) = std::fs::read_to_string(root.join(FILE_NAME)) else {
        return RulesFrom::Builtin;
    };
    match Config::parse(&text) {
        Ok(config) if !config.rules.is_empty() => {
            RulesFrom::Dirs(config.rules.iter().map(|d| root.join(d)).collect())
        }
        _ => RulesFrom::Builtin,
    }
}

impl Server {
    fn main_loop(&mut self) {
        loop {
            let timeout = if self.dirty.is_empty() {
                Duration::from_secs(3600)
            } else {
                DEBOUNCE
            };
            match self.connection.receiver.recv_timeout(timeout) {
                Ok(Message::Request(request)) => {
                    if self.connection.handle_shutdown(&request).unwrap_or(true) {
                        return;
                    }
                    self.request(request);
                }
                Ok(Message::Notification(notification)) => {
                    if notification.method == "exit" {
                        return;
                    }
                    self.notification(notification);
                }
                Ok(Message::Response(_)) => {}
                Err(crossbeam_timeout) if crossbeam_timeout.is_timeout() => {}
                Err(_) => return, // The client went away.
            }
            if !self.dirty.is_empty() && self.last_change.elapsed() >= DEBOUNCE {
                let dirty: Vec<lsp::Url> = self.dirty.drain().collect();
                for uri in dirty {
                    self.check(&uri);
                }
            }
        }
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let Ok(p) = serde_json::from_value::<lsp::DidOpenTextDocumentParams>(n.params)
                else {
                    return;
                };
                let uri = p.text_document.uri;
                self.documents.insert(
                    uri.clone(),
                    Document {
                        text: p.text_document.text,
                        version: p.text_document.version,
                        diagnostics: Vec::new(),
                    },
                );
                self.check(&uri);
            }
            "textDocument/didChange" => {
                let Ok(p) = serde_json::from_value::<lsp::DidChangeTextDocumentParams>(n.params)
                else {
                    return;
                };
                let uri = p.text_document.uri;
                if let (Some(doc), Some(change)) = (
                    self.documents.get_mut(&uri),
                    p.content_changes.into_iter().last(),
                ) {
                    doc.text = change.text;
                    doc.version = p.text_document.version;
                    self.dirty.insert(uri);
                    self.last_change = Instant::now();
                }
            }
            "textDocument/didSave" => {
                let Ok(p) = serde_json::from_value::<lsp::DidSaveTextDocumentParams>(n.params)
                else {
                    return;
                };
                if is_fact_file(&p.text_document.uri) {
                    // A saved fact file: rebuild the fact base and re-check the drafts.
                    self.reload_fact_base(None);
                    let drafts: Vec<lsp::Url> = self
                        .documents
                        .keys()
                        .filter(|u| !is_fact_file(u))
                        .cloned()
                        .collect();
                    for uri in drafts {
                        self.check(&uri);
                    }
                }
            }
            "textDocument/didClose" => {
                let Ok(p) = serde_json::from_value::<lsp::DidCloseTextDocumentParams>(n.params)
                else {
                    return;
                };
                self.documents.remove(&p.text_document.uri);
                self.dirty.remove(&p.text_document.uri);
                self.publish(p.text_document.uri, Vec::new(), None);
            }
            _ => {}
        }
    }

    fn request(&mut self, r: Request) {
        let result = match r.method.as_str() {
            "textDocument/hover" => serde_json::from_value::<lsp::HoverParams>(r.params)
                .map(|p| serde_json::to_value(self.hover(&p)).unwrap_or_default()),
            "textDocument/codeAction" => serde_json::from_value::<lsp::CodeActionParams>(r.params)
                .map(|p| serde_json::to_value(self.code_actions(&p)).unwrap_or_default()),
            _ => {
                let response = Response::new_err(
                    r.id,
                    ErrorCode::MethodNotFound as i32,
                    format!("factlint does not handle {}", r.method),
                );
                let _ = self.connection.sender.send(response.into());
                return;
            }
        };
        let response = match result {
            Ok(value) => Response::new_ok(r.id, value),
            Err(e) => Response::new_err(r.id, ErrorCode::InvalidParams as i32, e.to_string()),
        };
        let _ = self.connection.sender.send(response.into());
    }

    /// Checks one open document and publishes its diagnostics. A draft's check runs
    /// behind a panic guard: one document's crash never takes the server down.
    fn check(&mut self, uri: &lsp::Url) {
        if is_fact_file(uri) {
            let text = self.documents.get(uri).map(|d| d.text.clone());
            self.reload_fact_base(text.map(|t| (uri.clone(), t)));
            return;
        }
        let Some(doc) = self.documents.get(uri) else {
            return;
        };
        let markup = Markup::from_path(uri.path());
        let linter = &self.linter;
        let text = &doc.text;
        let options = Options {
            as_of: Some(super::check::today()),
            ..Options::default()
        };
        let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            linter.check(text, markup, options)
        }));
        let diagnostics = match found {
            Ok(d) => d,
            Err(_) => {
                self.log(&format!(
                    "factlint: checking {uri} failed; its diagnostics are stale"
                ));
                return;
            }
        };
        let index = LineIndex::new(text);
        let converted: Vec<lsp::Diagnostic> = diagnostics
            .iter()
            .map(|d| self.to_lsp(d, text, &index))
            .collect();
        let version = Some(doc.version);
        if let Some(doc) = self.documents.get_mut(uri) {
            doc.diagnostics = diagnostics;
        }
        self.publish(uri.clone(), converted, version);
    }

    /// Rebuilds the fact base from disk (with one fact file's unsaved text, if given),
    /// publishing its errors on the fact files. A broken fact base keeps the last good one.
    fn reload_fact_base(&mut self, edited: Option<(lsp::Url, String)>) {
        let overlay = edited
            .as_ref()
            .and_then(|(u, t)| u.to_file_path().ok().map(|p| (p, t.clone())));
        let loaded = match &overlay {
            Some((path, text)) => load::load_with(&self.rules, path, text),
            None => load::load(&self.rules),
        };
        let previous: Vec<lsp::Url> = self.fact_files_with_errors.drain().collect();
        match loaded {
            Ok(base) => {
                self.linter = Linter::new(base);
                for uri in previous {
                    self.publish(uri, Vec::new(), None);
                }
            }
            Err(LoadError::Invalid(errors)) => {
                self.publish_fact_errors(&errors, previous);
            }
            Err(LoadError::Io(message)) => self.log(&format!("factlint: {message}")),
        }
    }

    fn publish_fact_errors(&mut self, errors: &FactBaseError, previous: Vec<lsp::Url>) {
        let mut by_file: HashMap<lsp::Url, Vec<lsp::Diagnostic>> =
            previous.into_iter().map(|u| (u, Vec::new())).collect();
        for e in &errors.errors {
            let Some(uri) = file_url(self.root.as_deref(), &e.path) else {
                continue;
            };
            let text = errors
                .sources
                .iter()
                .find(|(p, _)| *p == e.path)
                .map(|(_, t)| t.clone())
                .unwrap_or_default();
            let index = LineIndex::new(&text);
            let message = match &e.help {
                Some(help) => format!("{}\n{help}", e.message),
                None => e.message.clone(),
            };
            by_file.entry(uri).or_default().push(lsp::Diagnostic {
                range: range(&index, &text, e.span.start, e.span.end),
                severity: Some(lsp::DiagnosticSeverity::ERROR),
                code: Some(lsp::NumberOrString::String("fact-file".into())),
                source: Some("factlint".into()),
                message,
                ..Default::default()
            });
        }
        for (uri, diagnostics) in by_file {
            if !diagnostics.is_empty() {
                self.fact_files_with_errors.insert(uri.clone());
            }
            self.publish(uri, diagnostics, None);
        }
    }

    fn to_lsp(&self, d: &Diagnostic, text: &str, index: &LineIndex) -> lsp::Diagnostic {
        let related: Vec<lsp::DiagnosticRelatedInformation> = d
            .evidence
            .iter()
            .filter_map(|e| {
                let uri = file_url(self.root.as_deref(), &e.path)?;
                let line = e.line.saturating_sub(1) as u32;
                Some(lsp::DiagnosticRelatedInformation {
                    location: lsp::Location {
                        uri,
                        range: lsp::Range::new(
                            lsp::Position::new(line, 0),
                            lsp::Position::new(line + 1, 0),
                        ),
                    },
                    message: format!("the source: “{}”", e.text),
                })
            })
            .collect();
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(help);
        }
        lsp::Diagnostic {
            range: range(index, text, d.span.start, d.span.end),
            severity: Some(match d.severity {
                Severity::Error => lsp::DiagnosticSeverity::ERROR,
                Severity::Warning => lsp::DiagnosticSeverity::WARNING,
                Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
            }),
            code: Some(lsp::NumberOrString::String(d.code.to_owned())),
            source: Some("factlint".into()),
            message,
            related_information: (!related.is_empty()).then_some(related),
            data: d.fact.as_ref().map(|f| serde_json::json!({ "fact": f })),
            ..Default::default()
        }
    }

    fn hover(&self, p: &lsp::HoverParams) -> Option<lsp::Hover> {
        let uri = &p.text_document_position_params.text_document.uri;
        let doc = self.documents.get(uri)?;
        let index = LineIndex::new(&doc.text);
        let pos = p.text_document_position_params.position;
        let offset = index.offset_of_utf16(&doc.text, pos.line, pos.character);
        let d = doc
            .diagnostics
            .iter()
            .find(|d| d.span.start <= offset && offset <= d.span.end)?;
        let mut text = format!("**{}**", d.message);
        if let Some(fact) = d.fact.as_deref().and_then(|id| self.linter.base.fact(id)) {
            text.push_str(&format!(
                "\n\n`{}` — {}",
                fact.id,
                self.linter.base.summary(fact)
            ));
        }
        for e in &d.evidence {
            text.push_str(&format!("\n\n> {}\n\n— {}:{}", e.text, e.path, e.line));
        }
        if let Some(help) = &d.help {
            text.push_str(&format!("\n\n{help}"));
        }
        Some(lsp::Hover {
            contents: lsp::HoverContents::Markup(lsp::MarkupContent {
                kind: lsp::MarkupKind::Markdown,
                value: text,
            }),
            range: Some(range(&index, &doc.text, d.span.start, d.span.end)),
        })
    }

    fn code_actions(&self, p: &lsp::CodeActionParams) -> Vec<lsp::CodeActionOrCommand> {
        let uri = &p.text_document.uri;
        let Some(doc) = self.documents.get(uri) else {
            return Vec::new();
        };
        let index = LineIndex::new(&doc.text);
        let start = index.offset_of_utf16(&doc.text, p.range.start.line, p.range.start.character);
        let end = index.offset_of_utf16(&doc.text, p.range.end.line, p.range.end.character);
        let mut actions = Vec::new();
        for d in doc
            .diagnostics
            .iter()
            .filter(|d| d.span.start <= end && start <= d.span.end)
        {
            let lsp_diagnostic = self.to_lsp(d, &doc.text, &index);
            if let Some(fix) = &d.fix {
                let edit = lsp::TextEdit {
                    range: range(&index, &doc.text, fix.span.start, fix.span.end),
                    new_text: fix.replacement.clone(),
                };
                actions.push(action(
                    format!("Fix: “{}”", fix.replacement),
                    uri,
                    edit,
                    &lsp_diagnostic,
                    true,
                ));
            }
            // A suppression comment on the line before.
            let line = index.line_of(d.span.start);
            let at = index.line_start(line);
            let pos = index.utf16_position(&doc.text, at);
            let id = d.fact.as_deref().unwrap_or(d.code);
            let edit = lsp::TextEdit {
                range: lsp::Range::new(
                    lsp::Position::new(pos.0, pos.1),
                    lsp::Position::new(pos.0, pos.1),
                ),
                new_text: format!("<!-- factlint-disable-next-line {id} -- reason -->\n"),
            };
            actions.push(action(
                format!("Suppress {id} on this line"),
                uri,
                edit,
                &lsp_diagnostic,
                false,
            ));
        }
        actions
    }

    fn publish(&self, uri: lsp::Url, diagnostics: Vec<lsp::Diagnostic>, version: Option<i32>) {
        let params = lsp::PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        let n = Notification::new("textDocument/publishDiagnostics".into(), params);
        let _ = self.connection.sender.send(n.into());
    }

    fn log(&self, message: &str) {
        let params = lsp::LogMessageParams {
            typ: lsp::MessageType::WARNING,
            message: message.into(),
        };
        let _ = self
            .connection
            .sender
            .send(Notification::new("window/logMessage".into(), params).into());
    }
}

fn action(
    title: String,
    uri: &lsp::Url,
    edit: lsp::TextEdit,
    diagnostic: &lsp::Diagnostic,
    preferred: bool,
) -> lsp::CodeActionOrCommand {
    lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
        title,
        kind: Some(lsp::CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(lsp::WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
            ..Default::default()
        }),
        is_preferred: Some(preferred),
        ..Default::default()
    })
}

fn range(index: &LineIndex, text: &str, start: usize, end: usize) -> lsp::Range {
    let (sl, sc) = index.utf16_position(text, start);
    let (el, ec) = index.utf16_position(text, end);
    lsp::Range::new(lsp::Position::new(sl, sc), lsp::Position::new(el, ec))
}

fn is_fact_file(uri: &lsp::Url) -> bool {
    uri.path().ends_with(".facts")
}

/// A path as a file URL, when the file exists on disk (relative paths from the
/// workspace root).
fn file_url(root: Option<&Path>, path: &str) -> Option<lsp::Url> {
    let p = Path::new(path);
    let full = if p.is_absolute() {
        p.to_path_buf()
    } else {
        root?.join(p)
    };
    full.exists()
        .then(|| lsp::Url::from_file_path(full.canonicalize().ok()?).ok())
        .flatten()
}
