//! The stamp of the live output: a digest of everything it was made from, so
//! that a build whose inputs are all unchanged, of an output nobody has
//! touched since, leaves that output as it is instead of making it again.
//!
//! The stamp is kept beside the output as `.<name>.stamp`, written after the
//! swap; its modification time seals the output. The output is trusted only
//! when its `manifest.json` has the bytes the stamp names, and every file and
//! folder the manifest implies is there, of the listed size, and not modified
//! after the seal (a folder's time changes when an entry is added, removed or
//! renamed in it). A build's output depends on nothing but these inputs: the
//! site's `site.toml`, `content/`, `themes/` and `locales/`, the gongkai
//! executable (which embeds the default theme) and the build's options.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::output::{MANIFEST, Manifest};

/// The folders of a site whose files a build reads, besides `site.toml`.
pub const INPUT_FOLDERS: [&str; 4] = ["content", "themes", "locales", "data"];

/// What the live output was made from, and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// The digest of the inputs (`inputs`).
    pub inputs: String,
    /// `blake3:` and the hash of the output's `manifest.json`.
    pub manifest: crate::domain::Digest,
    /// The pages written in each language, for the build's summary.
    pub pages_by_lang: Vec<(String, usize)>,
}

/// Where the stamp of the output `target` is kept.
pub fn path(target: &Path) -> PathBuf {
    crate::output::beside(target, "stamp")
}

/// What a build read of its inputs before loading the site: their digest,
/// and the bytes of the Markdown files under `content/`, which the loader
/// takes instead of reading them again. The site is then made from exactly
/// the bytes the digest was taken of.
pub struct Inputs {
    /// The digest of the inputs and of the options (whatever else the output
    /// depends on, e.g. the base URL given on the command line); `None` when
    /// one of them cannot be read, so that nothing is taken as unchanged.
    pub digest: Option<String>,
    pub sources: crate::content::Sources,
    /// Each input by its path from the site's root (`/` separators), with
    /// the hash of its bytes; `None` when one could not be read.
    pub files: Option<std::collections::BTreeMap<String, String>>,
    /// The digest of what the output depends on besides the files: this
    /// version, the executable and the options.
    pub context: Option<String>,
}

/// Reads a site's inputs (see `Inputs`).
pub fn inputs(root: &Path, options: &str) -> Inputs {
    let walked = AtomicBool::new(true);
    let folders = INPUT_FOLDERS
        .iter()
        .map(|folder| root.join(folder))
        .filter(|dir| dir.exists())
        .flat_map(|dir| {
            // Through links too: a loader may read what a link leads to.
            walkdir::WalkDir::new(dir)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
        })
        .filter_map(|entry| match entry {
            Ok(entry) => (!entry.file_type().is_dir()).then(|| entry.into_path()),
            Err(_) => {
                // Whatever else is read, nothing is taken as unchanged.
                walked.store(false, Ordering::Relaxed);
                None
            }
        });
    let files = std::iter::once(root.join(crate::config::FILE)).chain(folders);
    let content = root.join("content");
    // The walk hands each file to whichever thread is free, so files are
    // read while later ones are still being found; their order is restored
    // below. The executable is hashed meanwhile.
    let (mut read, exe) = rayon::join(
        || {
            files
                .enumerate()
                .par_bridge()
                .map(|(n, path)| {
                    let (hash, bytes) = read_one(&path, &content);
                    (n, path, hash, bytes)
                })
                .collect::<Vec<_>>()
        },
        || {
            std::env::current_exe()
                .and_then(std::fs::read)
                .map(|exe| blake3::hash(&exe))
        },
    );
    read.sort_unstable_by_key(|(n, ..)| *n);
    let mut all = blake3::Hasher::new();
    all.update(env!("CARGO_PKG_VERSION").as_bytes());
    let mut digest = walked.into_inner() && exe.is_ok();
    all.update(exe.unwrap_or_else(|_| blake3::hash(b"")).as_bytes());
    add(&mut all, options.as_bytes());
    let context = all.clone().finalize().to_hex().to_string();
    let mut sources = std::collections::HashMap::with_capacity(read.len());
    let mut files = std::collections::BTreeMap::new();
    for (_, path, hash, bytes) in read {
        let display = crate::diag::display_path(root, &path);
        add(&mut all, display.as_bytes());
        match hash {
            Some(hash) => {
                all.update(hash.as_bytes());
                files.insert(display, hash.to_hex().to_string());
            }
            None => digest = false,
        }
        if let Some(bytes) = bytes {
            sources.insert(path, bytes);
        }
    }
    Inputs {
        digest: digest.then(|| all.finalize().to_hex().to_string()),
        sources: crate::content::Sources::new(sources),
        files: digest.then_some(files),
        context: digest.then_some(context),
    }
}

/// One input's hash, and its bytes when it is a Markdown file under
/// `content` (the loader's). A file that cannot be read as bytes (a broken
/// link, say) counts by where it points.
fn read_one(path: &Path, content: &Path) -> (Option<blake3::Hash>, Option<Vec<u8>>) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let hash = blake3::hash(&bytes);
            let source = path.starts_with(content) && path.extension().is_some_and(|x| x == "md");
            (Some(hash), source.then_some(bytes))
        }
        Err(_) => (
            std::fs::read_link(path)
                .ok()
                .map(|to| blake3::hash(to.to_string_lossy().as_bytes())),
            None,
        ),
    }
}

/// Adds a length-prefixed field, so that no two lists of fields hash alike.
fn add(hasher: &mut blake3::Hasher, bytes: &[u8]) {
    hasher.update(&(bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

/// The stamp and manifest of `target` when its output is still exactly what
/// the stamp describes; `None` when there is no stamp or anything has changed.
pub fn live(target: &Path) -> Option<(Stamp, Manifest)> {
    let path = path(target);
    let sealed = std::fs::metadata(&path).ok()?.modified().ok()?;
    let stamp: Stamp = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    let json = std::fs::read(target.join(MANIFEST)).ok()?;
    if crate::domain::Digest::of(&json) != stamp.manifest {
        return None;
    }
    let manifest: Manifest = serde_json::from_slice(&json).ok()?;
    let folders: Vec<&str> = manifest.folders().into_iter().collect();
    let untouched = |rel: &str, size: Option<u64>| {
        std::fs::symlink_metadata(target.join(rel)).is_ok_and(|m| {
            let kind_ok = match size {
                Some(size) => m.is_file() && m.len() == size,
                None => m.is_dir(),
            };
            kind_ok && m.modified().is_ok_and(|t| t <= sealed)
        })
    };
    let intact = untouched("", None)
        && untouched(MANIFEST, Some(json.len() as u64))
        && folders.par_iter().all(|rel| untouched(rel, None))
        && manifest
            .files
            .par_iter()
            .all(|(rel, entry)| untouched(rel, Some(entry.size)));
    intact.then_some((stamp, manifest))
}

/// Writes the stamp of an output just swapped in (through a temporary file,
/// so that a stamp is whole or absent); its time is the seal. Returns once
/// the file system's clock has passed the seal, so that any later change to
/// the output is dated after it.
pub fn write(target: &Path, stamp: &Stamp) -> io::Result<()> {
    let path = path(target);
    let tmp = path.with_extension(format!("stamp-{}", std::process::id()));
    let written = std::fs::write(
        &tmp,
        serde_json::to_vec_pretty(stamp).map_err(io::Error::other)?,
    )
    .and_then(|()| std::fs::rename(&tmp, &path))
    .and_then(|()| wait_past(&std::fs::metadata(&path)?.modified()?, &tmp));
    let _ = std::fs::remove_file(&tmp);
    if written.is_err() {
        let _ = std::fs::remove_file(&path);
    }
    written
}

/// Waits until a file written in `probe` is dated after `sealed` (a tick of
/// the file system's clock: milliseconds on most, seconds on a few).
fn wait_past(sealed: &std::time::SystemTime, probe: &Path) -> io::Result<()> {
    let started = std::time::Instant::now();
    loop {
        std::fs::write(probe, b"")?;
        if std::fs::metadata(probe)?.modified()? > *sealed {
            return Ok(());
        }
        if started.elapsed() > std::time::Duration::from_secs(3) {
            return Err(io::Error::other("the file system's clock does not advance"));
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markdown_read_for_the_digest_is_kept_for_the_loader_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for (rel, text) in [
            ("site.toml", "x"),
            ("content/a.md", "+++\ntitle = \"a\"\n+++\n"),
            ("content/b/c.md", "c"),
            ("content/b/pic.png", "png"),
            ("themes/t/templates/base.html", "<html>"),
            ("locales/en/site.ftl", "a = b"),
        ] {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let read = inputs(root, "");
        assert!(read.digest.is_some());
        let take = |rel: &str| read.sources.take(&root.join(rel));
        assert_eq!(take("content/a.md").unwrap(), b"+++\ntitle = \"a\"\n+++\n");
        assert_eq!(take("content/b/c.md").unwrap(), b"c");
        for other in [
            "site.toml",
            "content/b/pic.png",
            "themes/t/templates/base.html",
            "locales/en/site.ftl",
        ] {
            assert_eq!(take(other), None, "{other}");
        }
        // Each is handed over once.
        assert_eq!(take("content/a.md"), None);
        // Another input changes the digest.
        std::fs::write(root.join("content/b/pic.png"), "gif").unwrap();
        assert_ne!(inputs(root, "").digest, read.digest);
    }
}
