//! What a build leaves for the next one beside its output, so that a
//! rebuild after an edit re-does only what the edit affects: the hash of
//! every input, the shape of every document (`site::affected::shape`),
//! and the problems `check_entry` found in every entry.
//!
//! It is kept as `.<name>.rebuild` beside the output, out of the web root,
//! and trusted only for the output whose manifest hash it names, when that
//! output is still what its stamp says (`stamp::live`), made by the same
//! executable with the same options for the same day. Anything else, and
//! the build makes everything again.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::domain::Digest;

/// What the last build knew of its inputs.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Previous {
    /// The hash of the manifest of the output this describes.
    pub manifest: Option<Digest>,
    /// The executable, the options and the day (`context`).
    pub context: String,
    /// The day the output was made for, in the site's time zone.
    pub today: Option<String>,
    /// Each input, by its path from the site's root, and its hash.
    pub files: BTreeMap<String, String>,
    /// Each Markdown file's shape, by its path from the site's root.
    pub shapes: BTreeMap<String, String>,
    /// The problems of each entry, by key, with the line each points at.
    pub checks: BTreeMap<String, Vec<(Diagnostic, Option<String>)>>,
}

/// Where the state of the output `target` is kept.
pub fn path(target: &Path) -> PathBuf {
    crate::output::beside(target, "rebuild")
}

/// The state kept for `target`, when there is one that can be read.
pub fn read(target: &Path) -> Option<Previous> {
    serde_json::from_slice(&std::fs::read(path(target)).ok()?).ok()
}

/// Removes the state of `target`: the output is about to change without it.
pub fn forget(target: &Path) {
    let _ = std::fs::remove_file(path(target));
}

/// Writes the state of an output just swapped in, whole or not at all.
pub fn write(target: &Path, previous: &Previous) -> io::Result<()> {
    let path = path(target);
    let tmp = path.with_extension(format!("rebuild-{}", std::process::id()));
    let written = serde_json::to_vec(previous)
        .map_err(io::Error::other)
        .and_then(|json| std::fs::write(&tmp, json))
        .and_then(|()| std::fs::rename(&tmp, &path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(&path);
    }
    written
}

/// A diagnostic as kept, with the line of source it shows.
pub fn keep(d: &Diagnostic) -> (Diagnostic, Option<String>) {
    (d.clone(), d.source_line.clone())
}

/// A kept diagnostic as it was found.
pub fn restore((d, line): &(Diagnostic, Option<String>)) -> Diagnostic {
    Diagnostic {
        source_line: line.clone(),
        ..d.clone()
    }
}
