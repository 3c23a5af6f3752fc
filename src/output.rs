//! Output: one atomic write. Files go into a fresh folder beside the target,
//! which is swapped in only when every file is written; a failed or killed
//! build leaves the previous output as it was.

use std::io;
use std::path::{Path, PathBuf};

use crate::render::OutFile;

/// Writes `files` as the new content of `target`.
pub fn write_atomic(target: &Path, files: &[OutFile]) -> io::Result<()> {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = sibling(parent, &name, "new");
    let old = sibling(parent, &name, "old");
    let _ = std::fs::remove_dir_all(&staging);
    let result = (|| {
        std::fs::create_dir_all(&staging)?;
        for (rel, bytes) in files {
            let path = staging.join(rel);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&path, bytes)?;
        }
        swap(target, &staging, &old)
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

/// `.public.new-<pid>` beside `public`: hidden, and unique to this process.
fn sibling(parent: &Path, name: &str, what: &str) -> PathBuf {
    parent.join(format!(".{name}.{what}-{}", std::process::id()))
}

fn swap(target: &Path, staging: &Path, old: &Path) -> io::Result<()> {
    if target.exists() {
        std::fs::rename(target, old)?;
        if let Err(e) = std::fs::rename(staging, target) {
            let _ = std::fs::rename(old, target);
            return Err(e);
        }
        std::fs::remove_dir_all(old)
    } else {
        std::fs::rename(staging, target)
    }
}
