//! Loading a fact base: the built-in one, or fact files from a folder on disk.

use factlint::builtin;
use factlint::factbase::{self, Document, FactBase, FactBaseError};
use std::path::{Path, PathBuf};

/// Where the fact base comes from.
#[derive(Clone, Debug)]
pub enum RulesFrom {
    Builtin,
    Dir(PathBuf),
    /// Several folders (from factlint.toml), loaded as one fact base.
    Dirs(Vec<PathBuf>),
}

/// A fact base failure: unreadable folder, or invalid fact files.
pub enum LoadError {
    Io(String),
    Invalid(FactBaseError),
}

/// Like [`load`], with one fact file's text taken from `text` instead of the disk (an
/// editor's unsaved buffer).
pub fn load_with(from: &RulesFrom, path: &Path, text: &str) -> Result<FactBase, LoadError> {
    OVERLAY.with(|o| *o.borrow_mut() = Some((path.to_path_buf(), text.to_owned())));
    let result = load(from);
    OVERLAY.with(|o| *o.borrow_mut() = None);
    result
}

thread_local! {
    /// The unsaved fact file `load_with` reads instead of the disk.
    static OVERLAY: std::cell::RefCell<Option<(PathBuf, String)>> = const { std::cell::RefCell::new(None) };
}

fn read_fact_file(path: &Path) -> std::io::Result<Vec<u8>> {
    let overlay = OVERLAY.with(|o| {
        o.borrow().as_ref().and_then(|(p, t)| {
            let same = p == path || p.canonicalize().ok() == path.canonicalize().ok();
            same.then(|| t.clone().into_bytes())
        })
    });
    match overlay {
        Some(bytes) => Ok(bytes),
        None => std::fs::read(path),
    }
}

pub fn load(from: &RulesFrom) -> Result<FactBase, LoadError> {
    match from {
        RulesFrom::Builtin => builtin::fact_base().map_err(LoadError::Invalid),
        RulesFrom::Dir(dir) => load_dirs(std::slice::from_ref(dir)),
        RulesFrom::Dirs(dirs) => load_dirs(dirs),
    }
}

fn load_dirs(dirs: &[PathBuf]) -> Result<FactBase, LoadError> {
    let mut paths: Vec<PathBuf> = Vec::new();
    for dir in dirs {
        paths.extend(fact_files(dir)?);
    }
    read_all(paths)
}

fn fact_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    if !dir.is_dir() {
        return Err(LoadError::Io(format!(
            "{}: not a folder of fact files",
            dir.display()
        )));
    }
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "facts"))
        .map(|e| e.into_path())
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(LoadError::Io(format!(
            "{}: no *.facts files",
            dir.display()
        )));
    }
    Ok(paths)
}

fn read_all(paths: Vec<PathBuf>) -> Result<FactBase, LoadError> {
    let mut files = Vec::new();
    for path in paths {
        let bytes =
            read_fact_file(&path).map_err(|e| LoadError::Io(format!("{}: {e}", path.display())))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let before = &e.as_bytes()[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1;
            LoadError::Io(format!(
                "{}:{line}:{column}: not valid UTF-8; fact files are UTF-8 text",
                path.display()
            ))
        })?;
        files.push(Document {
            path: path.to_string_lossy().replace('\\', "/"),
            text: text.trim_start_matches('\u{feff}').into(),
        });
    }
    factbase::build(files, &|fact_file, relative| {
        let path = factbase::join_relative(fact_file, relative);
        let text = std::fs::read_to_string(&path).ok()?;
        Some(Document {
            path,
            text: text.into(),
        })
    })
    .map_err(LoadError::Invalid)
}
