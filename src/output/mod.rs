//! Output: one atomic write that a CDN can trust. Files stream into a staging
//! folder beside the target as they are rendered (in parallel, so memory
//! stays flat), each recorded in the manifest (`.gongkai/manifest.json`, off
//! the web root's `/manifest.json`) with its size and hash, text files
//! precompressed (`.gz`, `.br`) where that makes them smaller, a `_headers`
//! file for cache and security headers (from `crate::output::headers`); the folder is
//! swapped in only when everything succeeded. A failed or killed build leaves
//! the previous output as it was.
//!
//! The staging folder is the output of the build before last, kept beside the
//! target as `.<name>.prev` when it was swapped out. A file whose bytes are
//! already there is left alone, any other is rewritten, and what the build
//! did not write is removed before the swap: a rebuild creates and deletes
//! only what changed instead of tens of thousands of files. Nothing in that
//! folder is trusted; every file is compared byte for byte.

pub mod archive;
pub mod compress;
pub mod headers;
pub mod links;
pub mod previous;
pub mod stamp;

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::content::Asset;
use crate::diag::{Diagnostic, Failure};
use crate::domain::Digest;
use crate::render::Sink;

/// How output files are written.
#[derive(Debug, Clone)]
pub struct Options {
    /// Write `.gz` and `.br` beside text files at least this large; `None`: no compression.
    pub compress_min_bytes: Option<u64>,
    /// Brotli quality, 0–11.
    pub brotli_quality: u32,
    /// Recorded in the manifest: the site's public address.
    pub base_url: String,
    /// Recorded in the manifest: the commit the site was built from.
    pub commit: Option<String>,
}

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub size: u64,
    /// `blake3:` and the 64 hex digits of the file's hash.
    pub hash: Digest,
}

/// The manifest: every file of the output but itself, by path, and what
/// made them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// `gongkai` and its version.
    #[serde(default)]
    pub generator: String,
    #[serde(default)]
    pub base_url: String,
    /// The git commit of the site's folder, when it is in a repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// How the `.gz` and `.br` copies were made (`compress::settings`);
    /// `None` when the build made none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compression: Option<String>,
    pub files: BTreeMap<String, FileEntry>,
}

impl Manifest {
    /// Every folder the listed files are in (the output's own folder aside).
    pub fn folders(&self) -> std::collections::BTreeSet<&str> {
        self.files
            .keys()
            .flat_map(|rel| rel.match_indices('/').map(|(i, _)| &rel[..i]))
            .collect()
    }
}

/// Where the manifest is in the output: in a folder of the build's own,
/// which hosts are told not to serve (`_redirects`, nginx.conf) and the
/// deploy never uploads.
pub const MANIFEST: &str = ".gongkai/manifest.json";

/// What makes the archive records of an output from its manifest.
pub type MakeArchive<'a> = dyn Fn(&Manifest) -> Vec<u8> + 'a;

/// The folder of `MANIFEST`.
pub const OWN_FOLDER: &str = ".gongkai";

/// The commit checked out in `root`'s repository (`git rev-parse HEAD`);
/// `None` outside a repository or without git.
pub fn git_commit(root: &Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--verify", "--quiet", "HEAD"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let hash = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        .then_some(hash)
}

/// The content's own files (images, attachments), copied as they are.
pub fn assets(assets: &[Asset], sink: &dyn Sink) -> Result<(), Failure> {
    for asset in assets {
        let bytes = std::fs::read(&asset.path).map_err(|e| {
            Failure::Content(vec![Diagnostic::error(
                "E051",
                format!("content/{}", asset.rel),
                crate::msg!("cannot-read-entry", error = &e),
            )])
        })?;
        sink.put(&asset.rel, &bytes)
            .map_err(|e| Failure::Io(crate::msg!("cannot-write", path = &asset.rel, error = &e)))?;
    }
    Ok(())
}

/// A folder beside the target that becomes the target on `finish`.
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    /// The folder holds an earlier output: compare before writing, clear after.
    recycled: bool,
    options: Options,
    /// The copies earlier outputs made, taken again for unchanged bytes.
    earlier: compress::Earlier,
    files: Mutex<BTreeMap<String, FileEntry>>,
    /// The live output's files this build keeps as they are (`over`).
    keep: Option<Keep>,
    finished: bool,
}

/// The files of the live output a rebuild keeps: every file its manifest
/// lists but those the rebuild writes (and their `.gz` and `.br`), and those
/// in the folders it writes whole.
struct Keep {
    manifest: Manifest,
    replaced: Vec<String>,
    /// The output kept from the build before last, being removed meanwhile.
    clearing: Option<std::thread::JoinHandle<()>>,
}

impl Staging {
    pub fn new(target: &Path, options: Options) -> io::Result<Staging> {
        let parent = parent_of(target);
        std::fs::create_dir_all(&parent)?;
        let name = name_of(target);
        let dir = parent.join(format!(".{name}.new-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut recycled = claim_earlier(&parent, &name, &kept(target), &dir);
        if recycled && !std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
            let _ = std::fs::remove_file(&dir);
            recycled = false;
        }
        if !recycled {
            std::fs::create_dir_all(&dir)?;
        }
        let earlier = match options.compress_min_bytes {
            Some(_) => compress::Earlier::read(
                &[target, dir.as_path()],
                &compress::settings(options.brotli_quality),
            ),
            None => compress::Earlier::default(),
        };
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            recycled,
            options,
            earlier,
            files: Mutex::new(BTreeMap::new()),
            keep: None,
            finished: false,
        })
    }

    /// A staging folder for a rebuild that writes only some files: on
    /// `finish`, every other file of the live output `manifest` lists is
    /// linked into it (a hard link, where the system has them; a copy
    /// elsewhere), so that the swap stays atomic while only what changed is
    /// written. `manifest` must describe `target` as it is (`stamp::live`).
    /// Files in the folders of `replaced` are not kept: the rebuild writes
    /// those folders whole.
    pub fn over(
        target: &Path,
        options: Options,
        manifest: Manifest,
        replaced: Vec<String>,
    ) -> io::Result<Staging> {
        let parent = parent_of(target);
        let dir = parent.join(format!(".{}.new-{}", name_of(target), std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        // The output the live one replaced goes, so that the live one can
        // take its place after the swap; it is removed while the pages are made.
        let kept = kept(target);
        let clearing = parent.join(format!(".{}.old-{}", name_of(target), std::process::id()));
        let clearing = std::fs::rename(&kept, &clearing).is_ok().then(|| {
            std::thread::spawn(move || {
                let _ = std::fs::remove_dir_all(clearing);
            })
        });
        let earlier = match options.compress_min_bytes {
            Some(_) => {
                compress::Earlier::read(&[target], &compress::settings(options.brotli_quality))
            }
            None => compress::Earlier::default(),
        };
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            recycled: false,
            options,
            earlier,
            files: Mutex::new(BTreeMap::new()),
            keep: Some(Keep {
                manifest,
                replaced,
                clearing,
            }),
            finished: false,
        })
    }

    /// Links the files of the live output this build keeps (`over`).
    fn link_kept(&mut self) -> io::Result<()> {
        use rayon::prelude::*;
        let Some(keep) = self.keep.as_mut() else {
            return Ok(());
        };
        let files = self.files.get_mut().unwrap_or_else(|e| e.into_inner());
        // `finish` writes `_headers` after this.
        let written = |rel: &str| {
            rel == "_headers"
                || files.contains_key(rel)
                || [".gz", ".br"]
                    .iter()
                    .any(|x| rel.strip_suffix(x).is_some_and(|r| files.contains_key(r)))
                || keep.replaced.iter().any(|f| rel.starts_with(f.as_str()))
        };
        let kept: Vec<(&String, &FileEntry)> = keep
            .manifest
            .files
            .iter()
            .filter(|(rel, _)| !written(rel))
            .collect();
        let folders: std::collections::BTreeSet<&str> = kept
            .iter()
            .filter_map(|(rel, _)| rel.rsplit_once('/').map(|(f, _)| f))
            .collect();
        folders
            .par_iter()
            .try_for_each(|f| std::fs::create_dir_all(self.dir.join(f)))?;
        let (dir, target) = (&self.dir, &self.target);
        kept.par_iter().try_for_each(|(rel, _)| {
            let (from, to) = (target.join(rel), dir.join(rel));
            match std::fs::hard_link(&from, &to) {
                Ok(()) => Ok(()),
                Err(_) => std::fs::copy(&from, &to).map(|_| ()),
            }
        })?;
        let kept: Vec<(String, FileEntry)> = kept
            .into_iter()
            .map(|(rel, entry)| (rel.clone(), entry.clone()))
            .collect();
        files.extend(kept);
        Ok(())
    }

    /// Writes one file; returns the hash of its bytes.
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<Digest> {
        let path = self.dir.join(rel);
        if !(self.recycled && already_there(&path, bytes)?) {
            if let Some(d) = path.parent()
                && let Err(e) = std::fs::create_dir_all(d)
            {
                if !self.recycled {
                    return Err(e);
                }
                // An earlier output had a file where this one has a folder.
                clear_way(&self.dir, rel)?;
                std::fs::create_dir_all(d)?;
            }
            std::fs::write(&path, bytes)?;
        }
        let hash = Digest::of(bytes);
        let entry = FileEntry {
            size: bytes.len() as u64,
            hash: hash.clone(),
        };
        let before = self
            .files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), entry);
        // Writing a file again costs a truncation and a flush: say it once.
        debug_assert!(before.is_none(), "{rel} is written twice");
        Ok(hash)
    }

    /// Writes the manifest and `_headers`, and the archive records `archive`
    /// makes of the manifest (`archive::ARCHIVE`), clears what an earlier
    /// output left, then swaps the folder in. Returns the manifest and its
    /// file's hash.
    pub fn finish(mut self, archive: Option<&MakeArchive<'_>>) -> io::Result<(Manifest, Digest)> {
        self.link_kept()?;
        self.write(
            "_headers",
            crate::output::headers::underscore_headers().as_bytes(),
        )?;
        let manifest = Manifest {
            generator: format!("gongkai {}", env!("CARGO_PKG_VERSION")),
            base_url: self.options.base_url.clone(),
            commit: self.options.commit.clone(),
            compression: self
                .options
                .compress_min_bytes
                .map(|_| compress::settings(self.options.brotli_quality)),
            files: std::mem::take(&mut *self.files.lock().unwrap_or_else(|e| e.into_inner())),
        };
        let json = serde_json::to_vec_pretty(&manifest).map_err(io::Error::other)?;
        if self.recycled {
            remove_unlisted(&self.dir, &manifest)?;
        }
        let at = self.dir.join(MANIFEST);
        if !already_there(&at, &json)? {
            if std::fs::create_dir_all(self.dir.join(OWN_FOLDER)).is_err() {
                clear_way(&self.dir, MANIFEST)?;
                std::fs::create_dir_all(self.dir.join(OWN_FOLDER))?;
            }
            std::fs::write(&at, &json)?;
        }
        let archive_at = self.dir.join(archive::ARCHIVE);
        match archive.map(|make| make(&manifest)) {
            Some(bytes) => {
                if !already_there(&archive_at, &bytes)? {
                    std::fs::write(&archive_at, &bytes)?;
                }
            }
            None => {
                if archive_at.is_file() {
                    std::fs::remove_file(&archive_at)?;
                }
            }
        }
        if let Some(clearing) = self.keep.as_mut().and_then(|k| k.clearing.take()) {
            let _ = clearing.join();
        }
        swap(&self.target, &self.dir)?;
        self.finished = true;
        Ok((manifest, Digest::of(&json)))
    }
}

/// Whether `path` is a file with exactly these bytes; anything else in its
/// place (a folder, a link) is removed so that the file can be written, and
/// so is a file with other bytes that has other names too (a hard link from
/// a backup must not see the new bytes).
fn already_there(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => {
            if m.len() == bytes.len() as u64 && std::fs::read(path).is_ok_and(|old| old == bytes) {
                return Ok(true);
            }
            if links(&m) > 1 {
                std::fs::remove_file(path)?;
            }
            Ok(false)
        }
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path).map(|()| false),
        Ok(_) => std::fs::remove_file(path).map(|()| false),
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn links(m: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(m)
}

#[cfg(not(unix))]
fn links(_: &std::fs::Metadata) -> u64 {
    1
}

/// Removes whatever is not a folder on the way from `dir` to `rel`'s folder.
fn clear_way(dir: &Path, rel: &str) -> io::Result<()> {
    let mut at = dir.to_path_buf();
    let parts: Vec<&str> = rel.split('/').collect();
    for part in &parts[..parts.len().saturating_sub(1)] {
        at.push(part);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if !m.is_dir() => std::fs::remove_file(&at)?,
            _ => {}
        }
    }
    Ok(())
}

/// Removes every file of `dir` the manifest does not list, and the folders
/// left empty; `dir` itself stays.
fn remove_unlisted(dir: &Path, manifest: &Manifest) -> io::Result<()> {
    let folders = manifest.folders();
    for entry in walkdir::WalkDir::new(dir).min_depth(1).contents_first(true) {
        let entry = entry.map_err(io::Error::other)?;
        let rel = entry
            .path()
            .strip_prefix(dir)
            .map_err(io::Error::other)?
            .to_string_lossy()
            .replace(std::path::MAIN_SEPARATOR, "/");
        if entry.file_type().is_dir() {
            if !folders.contains(rel.as_str()) && rel != OWN_FOLDER {
                std::fs::remove_dir(entry.path())?;
            }
        } else if rel != MANIFEST && rel != archive::ARCHIVE && !manifest.files.contains_key(&rel) {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

impl Sink for Staging {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let hash = self.write(rel, bytes)?;
        if let Some(min) = self.options.compress_min_bytes
            && bytes.len() as u64 >= min
            && is_text(rel)
        {
            // Bytes an earlier output had are not compressed again.
            let copies = match self.earlier.copies(&hash) {
                Some(copies) => copies,
                None => compress::compress(bytes, self.options.brotli_quality)?,
            };
            if let Some(gz) = copies.gz {
                self.write(&format!("{rel}.gz"), &gz)?;
            }
            if let Some(br) = copies.br {
                self.write(&format!("{rel}.br"), &br)?;
            }
        }
        Ok(())
    }
}

impl Drop for Staging {
    /// A build that failed keeps its folder for the next one to recycle.
    fn drop(&mut self) {
        if !self.finished && std::fs::rename(&self.dir, kept(&self.target)).is_err() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

pub(crate) fn is_text(rel: &str) -> bool {
    let ext = rel.rsplit_once('.').map_or("", |(_, e)| e);
    matches!(
        ext,
        "html" | "css" | "js" | "mjs" | "json" | "xml" | "svg" | "txt" | "webmanifest"
    )
}

fn parent_of(target: &Path) -> PathBuf {
    target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf()
}

fn name_of(target: &Path) -> String {
    target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into())
}

/// `.<name>.<what>` beside the output `target`: where gongkai keeps what it
/// knows of that output.
pub fn beside(target: &Path, what: &str) -> PathBuf {
    parent_of(target).join(format!(".{}.{what}", name_of(target)))
}

/// Where the output swapped out by the last build is kept.
fn kept(target: &Path) -> PathBuf {
    beside(target, "prev")
}

/// Moves an earlier output to `dir` to be recycled: the one the last build
/// swapped out, else a staging folder of a build that was killed (its process
/// is gone). Other such folders are removed. Whether one was found.
fn claim_earlier(parent: &Path, name: &str, kept: &Path, dir: &Path) -> bool {
    let mut abandoned = Vec::new();
    if let Ok(read) = std::fs::read_dir(parent) {
        for entry in read.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            let pid = [".new-", ".old-"]
                .iter()
                .find_map(|m| file.strip_prefix(&format!(".{name}{m}")));
            if let Some(pid) = pid.and_then(|p| p.parse::<u32>().ok())
                && pid != std::process::id()
                && !process_alive(pid)
            {
                abandoned.push(entry.path());
            }
        }
    }
    abandoned.sort();
    // A rename either succeeds whole or not at all: two builds never share a folder.
    let mut claimed = std::fs::rename(kept, dir).is_ok();
    for path in abandoned {
        if !claimed && std::fs::rename(&path, dir).is_ok() {
            claimed = true;
        } else {
            let _ = std::fs::remove_dir_all(path);
        }
    }
    claimed
}

fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
}

/// Puts `staging` in the place of `target`, in one step where the system
/// can exchange two names; the old output is kept to be recycled.
fn swap(target: &Path, staging: &Path) -> io::Result<()> {
    if !target.exists() {
        return std::fs::rename(staging, target);
    }
    let old = if exchange(target, staging).is_ok() {
        staging.to_path_buf()
    } else {
        let old =
            parent_of(target).join(format!(".{}.old-{}", name_of(target), std::process::id()));
        let _ = std::fs::remove_dir_all(&old);
        std::fs::rename(target, &old)?;
        if let Err(e) = std::fs::rename(staging, target) {
            let _ = std::fs::rename(&old, target);
            return Err(e);
        }
        old
    };
    // The new output is in place: what happens to the old one is no failure.
    if std::fs::rename(&old, kept(target)).is_err() {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(())
}

/// Exchanges two folders' names atomically (Linux `renameat2`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that outlive the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// What changed between two manifests, for uploading only that.
#[derive(Debug, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

pub fn diff(old: &Manifest, new: &Manifest) -> Diff {
    let mut d = Diff::default();
    for (path, entry) in &new.files {
        match old.files.get(path) {
            None => d.added.push(path.clone()),
            Some(o) if o != entry => d.changed.push(path.clone()),
            Some(_) => {}
        }
    }
    d.removed = old
        .files
        .keys()
        .filter(|p| !new.files.contains_key(*p))
        .cloned()
        .collect();
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_names_added_changed_and_removed() {
        let e = |h: &str| FileEntry {
            size: 1,
            hash: Digest::of(h.as_bytes()),
        };
        let old = Manifest {
            files: [("a".into(), e("1")), ("b".into(), e("2"))].into(),
            ..Manifest::default()
        };
        let new = Manifest {
            files: [("b".into(), e("3")), ("c".into(), e("4"))].into(),
            ..Manifest::default()
        };
        assert_eq!(
            diff(&old, &new),
            Diff {
                added: vec!["c".into()],
                changed: vec!["b".into()],
                removed: vec!["a".into()]
            }
        );
    }
}
