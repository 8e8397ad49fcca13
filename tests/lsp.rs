//! The Language Server over stdio with JSON-RPC messages: diagnostics with UTF-16
//! positions and related information, hover, code actions, fact-file errors, unknown
//! methods, and the shutdown handshake.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: mpsc::Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start(root: &Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || read_messages(stdout, tx));
        let mut client = Client {
            child,
            stdin,
            messages: rx,
            next_id: 1,
        };
        let root_uri = format!("file://{}", root.display());
        let id = client.request(
            "initialize",
            json!({"processId": null, "rootUri": root_uri, "capabilities": {}}),
        );
        client.response(id);
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message matching `pick`, skipping others.
    fn wait(&mut self, what: &str, pick: impl Fn(&Value) -> bool) -> Value {
        loop {
            let m = self
                .messages
                .recv_timeout(Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("no {what}"));
            if pick(&m) {
                return m;
            }
        }
    }

    fn response(&mut self, id: i64) -> Value {
        self.wait("response", |m| m["id"] == id && m.get("method").is_none())
    }

    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let m = self.wait("diagnostics", |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }
}

fn read_messages(stdout: ChildStdout, tx: mpsc::Sender<Value>) {
    let mut reader = BufReader::new(stdout);
    loop {
        let mut length = 0;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
            return;
        }
    }
}

fn open(client: &mut Client, uri: &str, text: &str) {
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
}

#[test]
fn diagnostics_hover_actions_and_shutdown() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut client = Client::start(root);
    let uri = format!("file://{}/draft.md", root.display());
    // Two emoji (two UTF-16 units each) before the finding.
    open(
        &mut client,
        &uri,
        "🙂🙂 Poland will send troops. Steve Witkof spoke.\n",
    );
    let diagnostics = client.diagnostics(&uri);
    let stance = diagnostics
        .iter()
        .find(|d| d["code"] == "stance-contradicted")
        .expect("a stance diagnostic");
    assert_eq!(stance["range"]["start"], json!({"line": 0, "character": 5}));
    assert_eq!(stance["range"]["end"], json!({"line": 0, "character": 28}));
    let related = &stance["relatedInformation"][0];
    assert!(
        related["location"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("seeds/000_8abefa0e2e3ff6d2.txt"),
        "{related}"
    );
    assert!(related["message"]
        .as_str()
        .unwrap()
        .contains("ruled out sending troops"));

    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 7}}),
    );
    let hover = client.response(hover);
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("poland-troops") && text.contains("ruled out sending troops"),
        "{text}"
    );

    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 36}, "end": {"line": 0, "character": 40}}, "context": {"diagnostics": []}}),
    );
    let actions = client.response(actions);
    let titles: Vec<&str> = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Fix: “Witkoff”"), "{titles:?}");
    assert!(
        titles.iter().any(|t| t.starts_with("Suppress")),
        "{titles:?}"
    );

    // An edit that fixes the draft clears its diagnostics.
    client.notify("textDocument/didChange", json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "🙂🙂 Poland has ruled out sending troops.\n"}]}));
    assert!(client.diagnostics(&uri).is_empty());

    // A malformed message is skipped, and the server lives on.
    let garbage = "{not json";
    write!(
        client.stdin,
        "Content-Length: {}\r\n\r\n{garbage}",
        garbage.len()
    )
    .unwrap();
    client.stdin.flush().unwrap();
    client.wait("a log of the malformed message", |m| {
        m["method"] == "window/logMessage"
    });
    // An unknown method is an error, and the server lives on.
    let unknown = client.request("factlint/nothing", json!({}));
    assert_eq!(client.response(unknown)["error"]["code"], -32601);

    let shutdown = client.request("shutdown", json!(null));
    assert!(client.response(shutdown)["result"].is_null());
    client.notify("exit", json!(null));
    let status = client.child.wait().unwrap();
    assert!(status.success());
}

#[test]
fn fact_file_errors_appear_in_the_fact_file() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lsp-workspace");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("facts")).unwrap();
    std::fs::write(root.join("factlint.toml"), "rules = [\"facts\"]\n").unwrap();
    std::fs::write(
        root.join("facts/source.txt"),
        "Poland has ruled out sending troops.\n",
    )
    .unwrap();
    let good = "source s { file \"source.txt\" }\ncountry poland \"Poland\"\naction send { verbs \"send\" objects \"troops\" }\nstance p { actor poland polarity ruled-out does send evidence s \"ruled out sending troops\" }\n";
    std::fs::write(root.join("facts/base.facts"), good).unwrap();
    let mut client = Client::start(&root);
    let uri = format!("file://{}/facts/base.facts", root.display());
    open(
        &mut client,
        &uri,
        &good.replace("actor poland", "actor polnd"),
    );
    let errors = client.diagnostics(&uri);
    let error = errors
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .contains("unknown id `polnd`")
        })
        .expect("the error");
    assert_eq!(error["range"]["start"]["line"], 3);
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": good}]}),
    );
    assert!(client.diagnostics(&uri).is_empty());
    let _ = client.child.kill();
}
