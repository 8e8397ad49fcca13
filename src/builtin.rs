//! The default fact base, built into the binary: `rules/*.facts` and `seeds/*`.

use crate::factbase::{self, Document, FactBase, FactBaseError};

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The built-in fact files.
pub fn fact_files() -> Vec<Document> {
    FILES
        .iter()
        .filter(|(path, _)| path.ends_with(".facts"))
        .map(|(path, text)| Document {
            path: (*path).to_owned(),
            text: (*text).into(),
        })
        .collect()
}

/// A built-in document by its path (`seeds/004_….txt`).
pub fn document(path: &str) -> Option<Document> {
    FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(p, text)| Document {
            path: (*p).to_owned(),
            text: (*text).into(),
        })
}

/// Builds the built-in fact base.
pub fn fact_base() -> Result<FactBase, FactBaseError> {
    factbase::build(fact_files(), &|fact_file, relative| {
        document(&factbase::join_relative(fact_file, relative))
    })
}
