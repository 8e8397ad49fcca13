//! Pre-commit: factlint's own `hook install`, and the pre-commit framework, each in a
//! fresh git repository with real git. A contradicting draft is refused with the
//! diagnostics shown; a clean one goes through.
#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn git(repo: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(repo)
        .env("GIT_AUTHOR_NAME", "Desk")
        .env("GIT_AUTHOR_EMAIL", "desk@example.org")
        .env("GIT_COMMITTER_NAME", "Desk")
        .env("GIT_COMMITTER_EMAIL", "desk@example.org")
        .env("NO_COLOR", "1")
        .output()
        .expect("git runs")
}

fn new_repo(name: &str) -> PathBuf {
    let repo = scratch(name);
    assert!(git(&repo, &["init", "-q"]).status.success());
    repo
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const WRONG: &str = "# Draft\n\nPoland will send troops to Ukraine.\n";
const RIGHT: &str = "# Draft\n\nPoland has ruled out sending troops to Ukraine.\n";

#[test]
fn factlint_hook_refuses_a_contradicting_commit_and_checks_the_staged_text() {
    let repo = new_repo("hook-install");
    let installed = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["hook", "install"])
        .current_dir(&repo)
        .output()
        .unwrap();
    assert!(installed.status.success(), "{}", text(&installed.stderr));

    std::fs::write(repo.join("draft.md"), WRONG).unwrap();
    git(&repo, &["add", "draft.md"]);
    // The working copy is fixed, but the staged text is still wrong: refused.
    std::fs::write(repo.join("draft.md"), RIGHT).unwrap();
    let refused = git(&repo, &["commit", "-q", "-m", "wrong"]);
    assert!(
        !refused.status.success(),
        "a contradicting staged draft was committed"
    );
    let stderr = text(&refused.stderr);
    assert!(
        stderr.contains("stance-contradicted") && stderr.contains("draft.md"),
        "{stderr}"
    );

    git(&repo, &["add", "draft.md"]);
    let accepted = git(&repo, &["commit", "-q", "-m", "right"]);
    assert!(accepted.status.success(), "{}", text(&accepted.stderr));

    // An existing foreign hook is not overwritten.
    std::fs::write(repo.join(".git/hooks/pre-commit"), "#!/bin/sh\nexit 0\n").unwrap();
    let again = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["hook", "install"])
        .current_dir(&repo)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
}

/// The real pre-commit framework with `.pre-commit-config.yaml` pointing at this
/// repository. It builds factlint from the committed tree, so it runs where the tools
/// are (`.ci/run` installs pre-commit and sets FACTLINT_REQUIRE_TOOLS=1).
#[test]
fn the_pre_commit_framework_refuses_a_contradicting_commit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pre_commit = Command::new("pre-commit").arg("--version").output();
    let head = git(root, &["rev-parse", "HEAD"]);
    if pre_commit.is_err() || !head.status.success() {
        assert!(
            std::env::var_os("FACTLINT_REQUIRE_TOOLS").is_none(),
            "pre-commit or git history missing"
        );
        eprintln!("skipped: pip install pre-commit");
        return;
    }
    let rev = text(&head.stdout).trim().to_owned();
    let repo = new_repo("pre-commit-framework");
    let home = scratch("pre-commit-home");
    std::fs::write(
        repo.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: factlint\n",
            root.display()
        ),
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::new("pre-commit")
            .args(args)
            .current_dir(&repo)
            .env("PRE_COMMIT_HOME", &home)
            .output()
            .unwrap()
    };
    assert!(run(&["install"]).status.success());
    git(&repo, &["add", ".pre-commit-config.yaml"]);
    std::fs::write(repo.join("draft.md"), WRONG).unwrap();
    git(&repo, &["add", "draft.md"]);
    let commit = |message: &str| {
        Command::new("git")
            .args(["commit", "-q", "-m", message])
            .current_dir(&repo)
            .env("PRE_COMMIT_HOME", &home)
            .env("GIT_AUTHOR_NAME", "Desk")
            .env("GIT_AUTHOR_EMAIL", "desk@example.org")
            .env("GIT_COMMITTER_NAME", "Desk")
            .env("GIT_COMMITTER_EMAIL", "desk@example.org")
            .output()
            .unwrap()
    };
    let refused = commit("wrong");
    let shown = text(&refused.stdout) + &text(&refused.stderr);
    assert!(!refused.status.success(), "{shown}");
    assert!(shown.contains("stance-contradicted"), "{shown}");
    std::fs::write(repo.join("draft.md"), RIGHT).unwrap();
    git(&repo, &["add", "draft.md"]);
    let accepted = commit("right");
    assert!(
        accepted.status.success(),
        "{}{}",
        text(&accepted.stdout),
        text(&accepted.stderr)
    );
}

#[test]
fn changed_since_checks_only_changed_drafts() {
    let repo = new_repo("changed-since");
    std::fs::write(repo.join("old.md"), WRONG).unwrap();
    git(&repo, &["add", "old.md"]);
    assert!(git(&repo, &["commit", "-q", "--no-verify", "-m", "base"])
        .status
        .success());
    std::fs::write(repo.join("new.md"), WRONG).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["check", "--changed-since", "HEAD", "--format", "short", "."])
        .current_dir(&repo)
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("new.md:3:1: error[stance-contradicted]"),
        "{stdout}"
    );
    assert!(!stdout.contains("old.md"), "{stdout}");
}
