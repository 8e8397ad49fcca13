//! The real binary on fixture folders: exit codes, output, and broken inputs.

#![allow(clippy::print_stderr)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn factlint(args: &[&str]) -> Output {
    run(args, None)
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh folder under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const SEED: &str = "Poland has ruled out sending troops.\nOfficials signalled it would be under 30,000 personnel.\n";

/// A valid little fact base in `dir`.
fn fact_base(dir: &Path, extra: &str) {
    std::fs::write(dir.join("seed.txt"), SEED).unwrap();
    std::fs::write(
        dir.join("base.facts"),
        format!(
            r#"source s {{ file "seed.txt" }}
country poland "Poland" {{ alias "Warsaw" }}
action send-troops {{ verbs "send" objects "troops" }}
stance poland-troops {{ actor poland polarity ruled-out does send-troops evidence s "has ruled out sending troops" }}
{extra}"#
        ),
    )
    .unwrap();
}

#[test]
fn the_built_in_fact_base_validates() {
    let out = factlint(&["rules", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("citations verified"));
}

#[test]
fn the_built_in_examples_pass() {
    let out = factlint(&["rules", "test"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains(" 0 failed"));
}

#[test]
fn broken_fact_files_exit_2_with_a_location() {
    let nested = "{".repeat(10_000);
    let repeated = "person p \"P\"\n".repeat(10_000);
    let bad_refs: String = (0..10_000)
        .map(|i| format!("stance s{i} {{ actor nobody polarity refused does nothing }}\n"))
        .collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", b"".to_vec(), "declares nothing"),
        (
            "random-bytes",
            vec![0xff, 0xfe, 0x00, 0x9c, 0x41, 0x0a, 0xc3],
            "broken.facts:1:1",
        ),
        (
            "unterminated",
            b"person p \"no end\n".to_vec(),
            "unterminated string",
        ),
        (
            "unknown-keyword",
            b"persn p \"P\"\n".to_vec(),
            "expected a declaration",
        ),
        (
            "wrong-reference",
            b"stance x { actor polnd polarity refused does send-troops evidence s \"Poland\" }"
                .to_vec(),
            "unknown id `polnd`",
        ),
        ("nested", nested.into_bytes(), "broken.facts:1:1"),
        ("repeated", repeated.into_bytes(), "duplicate id `p`"),
        (
            "bad-references",
            bad_refs.into_bytes(),
            "unknown id `nobody`",
        ),
    ];
    for (name, bytes, expected) in cases {
        let dir = scratch(&format!("broken-{name}"));
        fact_base(&dir, "");
        std::fs::write(dir.join("broken.facts"), bytes).unwrap();
        let started = Instant::now();
        let out = factlint(&["rules", "check", dir.to_str().unwrap()]);
        // A guard against hangs, not a speed target (see benches/).
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{name} took {:?}",
            started.elapsed()
        );
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{name}: expected {expected:?} in\n{stderr}"
        );
        assert!(
            stderr.contains("broken.facts"),
            "{name}: no file name in\n{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{name} panicked");
    }
}

#[test]
fn a_tampered_source_fails_its_citations() {
    let dir = scratch("tampered");
    fact_base(&dir, "");
    assert_eq!(
        factlint(&["rules", "check", dir.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    std::fs::write(dir.join("seed.txt"), SEED.replace("ruled out", "ruled in")).unwrap();
    let out = factlint(&["rules", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("evidence not found in") && stderr.contains("base.facts:4:"),
        "{stderr}"
    );
}

#[test]
fn check_reports_contradictions_with_exit_1_and_json_contract() {
    let dir = scratch("drafts");
    std::fs::write(
        dir.join("wrong.md"),
        "# Draft\n\nPoland will send troops to Ukraine.\n",
    )
    .unwrap();
    std::fs::write(dir.join("right.txt"), "Poland has not offered troops.\n").unwrap();
    let out = factlint(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["summary"]["files"], 2);
    let d = &json["diagnostics"][0];
    assert_eq!(d["code"], "stance-contradicted");
    assert_eq!(d["fact"], "poland-troops");
    assert_eq!(d["severity"], "error");
    assert!(d["path"].as_str().unwrap().ends_with("wrong.md"));
    assert_eq!(
        (d["span"]["line"].as_u64(), d["span"]["column"].as_u64()),
        (Some(3), Some(1))
    );
    assert!(d["evidence"][0]["path"]
        .as_str()
        .unwrap()
        .starts_with("seeds/000_"));
    assert!(d["evidence"][0]["text"]
        .as_str()
        .unwrap()
        .contains("ruled out sending troops"));
}

#[test]
fn clean_drafts_exit_0() {
    let out = run(
        &["check", "-"],
        Some("Poland has ruled out sending troops, citing border security.\n"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

#[test]
fn unreadable_drafts_are_reported_and_the_rest_checked() {
    let dir = scratch("mixed");
    std::fs::write(dir.join("a.md"), "Poland will send troops.\n").unwrap();
    std::fs::write(dir.join("b.md"), [0x50, 0x6f, 0xff, 0x0a]).unwrap();
    std::fs::write(dir.join("c.txt"), [0x00, 0x01, 0x02]).unwrap();
    let out = factlint(&["check", "--format", "short", dir.to_str().unwrap()]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("b.md:1: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("c.txt: binary file"), "{stderr}");
    assert!(
        stdout.contains("a.md:1:1: error[stance-contradicted]"),
        "{stdout}"
    );
}

#[test]
fn rules_list_and_explain() {
    let out = factlint(&["rules", "list", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "force-size-officials")
        .unwrap();
    assert_eq!(row["kind"], "figure");
    assert_eq!(row["subject"], "force");
    let out = factlint(&["explain", "poland-troops"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("seeds/000_8abefa0e2e3ff6d2.txt:4")
            && stdout.contains("flag: Poland will send troops"),
        "{stdout}"
    );
    let out = factlint(&["explain", "poland-trops"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("did you mean `poland-troops`"));
}

#[test]
fn rules_flag_replaces_the_built_in_base() {
    let dir = scratch("own-rules");
    fact_base(&dir, "");
    let out = run(
        &[
            "check",
            "--rules",
            dir.to_str().unwrap(),
            "--format",
            "short",
            "-",
        ],
        Some("Warsaw will send troops.\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("-:1:1: error[stance-contradicted]"));
}

#[test]
fn fix_changes_only_the_fixed_words_and_is_idempotent() {
    let dir = scratch("fix");
    let original = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/paris-summit-draft.md"),
    )
    .unwrap();
    let path = dir.join("draft.md");
    std::fs::write(&path, &original).unwrap();
    let diff = factlint(&["check", "--diff", path.to_str().unwrap()]);
    let diff_text = text(&diff.stdout);
    assert!(
        diff_text.contains("-US envoy Steve Witkof told")
            && diff_text.contains("+US envoy Steve Witkoff told"),
        "{diff_text}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original,
        "--diff must not write"
    );

    factlint(&["check", "--fix", path.to_str().unwrap()]);
    let fixed = std::fs::read_to_string(&path).unwrap();
    // Word by word, only the fixed words differ.
    let diff = similar::TextDiff::from_words(&original, &fixed);
    let mut deleted: Vec<&str> = diff
        .iter_all_changes()
        .filter(|c| c.tag() == similar::ChangeTag::Delete)
        .map(|c| c.value())
        .filter(|w| !w.trim().is_empty())
        .collect();
    let mut inserted: Vec<&str> = diff
        .iter_all_changes()
        .filter(|c| c.tag() == similar::ChangeTag::Insert)
        .map(|c| c.value())
        .filter(|w| !w.trim().is_empty())
        .collect();
    deleted.sort_unstable();
    inserted.sort_unstable();
    assert_eq!(
        deleted,
        [
            "Monday's",
            "State",
            "Witkof",
            "former",
            "guarantees\"",
            "of"
        ]
    );
    assert_eq!(inserted, ["Defence", "Tuesday's", "Witkoff", "protocols\""]);
    let mode_before = std::fs::metadata(&path).unwrap().permissions();
    factlint(&["check", "--fix", path.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        fixed,
        "a second --fix changes nothing"
    );
    assert_eq!(std::fs::metadata(&path).unwrap().permissions(), mode_before);
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
fn suppressions_silence_named_checks_and_unused_ones_are_reported() {
    let draft = "<!-- factlint-disable-next-line stance-contradicted -- quoting a claim we then debunk -->\nPoland will send troops.\n\n<!-- factlint-disable-next-line title-mismatch -->\nNothing wrong here.\n";
    let out = run(&["check", "--format", "short", "-"], Some(draft));
    let stdout = text(&out.stdout);
    assert!(!stdout.contains("stance-contradicted"), "{stdout}");
    assert!(
        stdout.contains("-:4:1: warning[unused-suppression]"),
        "{stdout}"
    );
}

#[test]
fn github_and_sarif_formats() {
    let out = run(
        &["check", "--format", "github", "-"],
        Some("Poland will send troops.\n"),
    );
    assert!(text(&out.stdout).starts_with(
        "::error file=-,line=1,col=1,endLine=1,endColumn=24,title=factlint stance-contradicted::"
    ));
    let out = run(
        &["check", "--format", "sarif", "-"],
        Some("Steve Witkof said Poland will send troops.\n"),
    );
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results
        .iter()
        .any(|r| r["ruleId"] == "name-spelling" && r["fixes"].is_array()));
    let stance = results
        .iter()
        .find(|r| r["ruleId"] == "stance-contradicted")
        .unwrap();
    assert!(
        stance["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .starts_with("seeds/")
    );
}

/// Microsoft's SARIF validator, when installed (`.ci/run` installs it and sets
/// FACTLINT_REQUIRE_TOOLS=1 so that its absence fails there).
#[test]
fn sarif_passes_the_microsoft_validator() {
    let tool = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/tools/node_modules/.bin/sarif-multitool");
    if !tool.exists() {
        assert!(
            std::env::var_os("FACTLINT_REQUIRE_TOOLS").is_none(),
            "sarif-multitool is not installed"
        );
        eprintln!("skipped: npm install --prefix target/tools @microsoft/sarif-multitool");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = factlint(&[
        "check",
        "--format",
        "sarif",
        root.join("examples").to_str().unwrap(),
        root.join("tests/corpus").to_str().unwrap(),
    ]);
    let dir = scratch("sarif");
    let file = dir.join("out.sarif");
    std::fs::write(&file, &out.stdout).unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: std::collections::HashSet<&str> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert!(
        ids.len() >= 13,
        "a run with findings of every check: {ids:?}"
    );
    // The whole corpus's log is larger than the validator's default 10 MB limit.
    let validated = Command::new(tool)
        .args([
            "validate",
            "--max-file-size-in-kb",
            "1000000",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let report = text(&validated.stdout);
    assert!(validated.status.success(), "{report}");
    assert!(!report.lines().any(|l| l.contains(": error ")), "{report}");
}

#[test]
fn configuration_sets_rules_globs_severities_and_fail_on() {
    let dir = scratch("config");
    let facts = dir.join("facts");
    std::fs::create_dir_all(&facts).unwrap();
    fact_base(&facts, "");
    std::fs::create_dir_all(dir.join("drafts/archive")).unwrap();
    std::fs::write(dir.join("drafts/a.md"), "Warsaw will send troops.\n").unwrap();
    std::fs::write(
        dir.join("drafts/archive/old.md"),
        "Warsaw will send troops.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("factlint.toml"),
        "rules = [\"facts\"]\nexclude = [\"**/archive/**\"]\nfail-on = \"warning\"\n[severity]\npoland-troops = \"warning\"\n",
    )
    .unwrap();
    let config = dir.join("factlint.toml");
    let out = factlint(&[
        "check",
        "--config",
        config.to_str().unwrap(),
        "--format",
        "short",
        dir.join("drafts").to_str().unwrap(),
    ]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("a.md:1:1: warning[stance-contradicted]"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("old.md"),
        "excluded draft was checked: {stdout}"
    );
    assert_eq!(out.status.code(), Some(1), "fail-on = warning");

    std::fs::write(
        &config,
        "rules = [\"facts\"]\n[severity]\nstance-contradicted = \"off\"\n",
    )
    .unwrap();
    let out = factlint(&[
        "check",
        "--config",
        config.to_str().unwrap(),
        dir.join("drafts/a.md").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));

    std::fs::write(&config, "rules = [\"facts\"]\nseverty = {}\n").unwrap();
    let out = factlint(&[
        "check",
        "--config",
        config.to_str().unwrap(),
        dir.join("drafts/a.md").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("unknown field `severty`") && stderr.contains("factlint.toml:2:1"),
        "{stderr}"
    );
}

#[test]
fn init_writes_a_working_starter() {
    let dir = scratch("init");
    let run_in = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_factlint"))
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    assert!(run_in(&["init"]).status.success());
    assert_eq!(
        run_in(&["init"]).status.code(),
        Some(2),
        "init never overwrites"
    );
    let checked = run_in(&["rules", "check", "facts"]);
    assert!(checked.status.success(), "{}", text(&checked.stderr));
    let tested = run_in(&["rules", "test", "facts"]);
    assert!(tested.status.success(), "{}", text(&tested.stdout));
    std::fs::write(
        dir.join("story.md"),
        "Councillor Ada Okafor will close two libraries.\n",
    )
    .unwrap();
    let out = run_in(&["check", "--format", "short", "story.md"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("title-mismatch") && stdout.contains("stance-contradicted"),
        "{stdout}"
    );
}
