//! A real editor as the Language Server's client: headless Neovim opens a draft with a
//! contradiction after an emoji, receives the diagnostic on the right words, and sees it
//! cleared after an edit that fixes it. Runs where Neovim is installed (`.ci/run`
//! installs it from Debian and sets FACTLINT_REQUIRE_TOOLS=1).
#![allow(clippy::print_stderr)]

use std::path::Path;
use std::process::Command;

#[test]
fn neovim_shows_and_clears_the_diagnostic() {
    if Command::new("nvim").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("FACTLINT_REQUIRE_TOOLS").is_none(),
            "nvim is not installed"
        );
        eprintln!("skipped: apt-get install neovim");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("nvim");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let draft = dir.join("draft.md");
    std::fs::write(&draft, "# Draft\n🙂 Poland will send troops.\n").unwrap();
    let out = dir.join("out.txt");
    let status = Command::new("nvim")
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-c"])
        .arg(format!(
            "luafile {}",
            root.join("tests/editor/nvim_check.lua").display()
        ))
        .env("FACTLINT_BIN", env!("CARGO_BIN_EXE_factlint"))
        .env("FACTLINT_ROOT", root)
        .env("FACTLINT_DRAFT", &draft)
        .env("FACTLINT_OUT", &out)
        .env("HOME", &dir)
        .status()
        .unwrap();
    assert!(status.success());
    let report = std::fs::read_to_string(&out).expect("the script wrote its report");
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines.first(), Some(&"received:true"), "{report}");
    // Line 1 (0-based), the bytes of "Poland will send troops" after the 4-byte emoji.
    assert!(
        lines.contains(&"stance-contradicted|1|5|28|Poland will send troops"),
        "{report}"
    );
    assert_eq!(lines.last(), Some(&"cleared:true"), "{report}");
}
