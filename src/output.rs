//! Output: one atomic write that a CDN can trust. Files stream into a fresh
//! folder beside the target as they are rendered (in parallel, so memory
//! stays flat), each recorded in `manifest.json` with its size and hash, text
//! files precompressed (`.gz`, `.br`), a `_headers` file for cache and security
//! headers; the folder is swapped in only when everything succeeded. A failed
//! or killed build leaves the previous output as it was.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// How output files are written.
#[derive(Debug, Clone)]
pub struct Options {
    /// Write `.gz` and `.br` beside text files at least this large; `None`: no compression.
    pub compress_min_bytes: Option<u64>,
    /// Brotli quality, 0–11.
    pub brotli_quality: u32,
}

/// Where rendered files go; called from several threads at once.
pub trait Sink: Sync {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()>;
}

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub size: u64,
    /// `blake3:` and the 64 hex digits of the file's hash.
    pub hash: String,
}

/// `manifest.json`: every file of the output but itself, by path.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub files: BTreeMap<String, FileEntry>,
}

pub const MANIFEST: &str = "manifest.json";

/// A fresh folder beside the target that becomes the target on `finish`.
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    options: Options,
    files: Mutex<BTreeMap<String, FileEntry>>,
    finished: bool,
}

impl Staging {
    pub fn new(target: &Path, options: Options) -> io::Result<Staging> {
        let parent = parent_of(target);
        std::fs::create_dir_all(&parent)?;
        let name = name_of(target);
        remove_abandoned(&parent, &name);
        let dir = parent.join(format!(".{name}.new-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            options,
            files: Mutex::new(BTreeMap::new()),
            finished: false,
        })
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dir.join(rel);
        if let Some(d) = path.parent() {
            std::fs::create_dir_all(d)?;
        }
        std::fs::write(&path, bytes)?;
        let entry = FileEntry {
            size: bytes.len() as u64,
            hash: format!("blake3:{}", blake3::hash(bytes).to_hex()),
        };
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), entry);
        Ok(())
    }

    /// Writes the manifest and `_headers`, then swaps the folder in.
    pub fn finish(mut self) -> io::Result<Manifest> {
        self.write("_headers", HEADERS.as_bytes())?;
        let manifest = Manifest {
            files: std::mem::take(&mut *self.files.lock().unwrap_or_else(|e| e.into_inner())),
        };
        let json = serde_json::to_vec_pretty(&manifest).map_err(io::Error::other)?;
        std::fs::write(self.dir.join(MANIFEST), json)?;
        swap(&self.target, &self.dir)?;
        self.finished = true;
        Ok(manifest)
    }
}

impl Sink for Staging {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.write(rel, bytes)?;
        if let Some(min) = self.options.compress_min_bytes {
            if bytes.len() as u64 >= min && is_text(rel) {
                self.write(&format!("{rel}.gz"), &gzip(bytes)?)?;
                self.write(
                    &format!("{rel}.br"),
                    &brotli(bytes, self.options.brotli_quality)?,
                )?;
            }
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Cache and security headers, in the `_headers` format of Cloudflare Pages
/// and Netlify. Fingerprinted assets never change; pages are revalidated.
const HEADERS: &str = "\
/*
  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
/*/
  Cache-Control: public, max-age=300, must-revalidate
/*.html
  Cache-Control: public, max-age=300, must-revalidate
/*.xml
  Cache-Control: public, max-age=300, must-revalidate
/static/*
  Cache-Control: public, max-age=31536000, immutable
/search-index/*/t/*
  Cache-Control: public, max-age=31536000, immutable
/search-index/*/m/*
  Cache-Control: public, max-age=31536000, immutable
/search-index/*/x/*
  Cache-Control: public, max-age=31536000, immutable
/search-index/*/f.*
  Cache-Control: public, max-age=31536000, immutable
";

fn is_text(rel: &str) -> bool {
    let ext = rel.rsplit_once('.').map_or("", |(_, e)| e);
    matches!(
        ext,
        "html" | "css" | "js" | "mjs" | "json" | "xml" | "svg" | "txt" | "webmanifest"
    )
}

/// Gzip with a fixed header (no name, no time): the same bytes every build.
fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut enc = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    enc.finish()
}

fn brotli(bytes: &[u8], quality: u32) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
        w.write_all(bytes)?;
        w.flush()?;
    }
    Ok(out)
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

/// Removes the staging folders of builds that were killed (their process is gone).
fn remove_abandoned(parent: &Path, name: &str) {
    let Ok(read) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in read.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let pid = [".new-", ".old-"]
            .iter()
            .find_map(|m| file.strip_prefix(&format!(".{name}{m}")));
        if let Some(pid) = pid.and_then(|p| p.parse::<u32>().ok()) {
            if pid != std::process::id() && !process_alive(pid) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
}

/// Puts `staging` in the place of `target`; the old output goes only once the new is there.
fn swap(target: &Path, staging: &Path) -> io::Result<()> {
    if !target.exists() {
        return std::fs::rename(staging, target);
    }
    let old = parent_of(target).join(format!(".{}.old-{}", name_of(target), std::process::id()));
    let _ = std::fs::remove_dir_all(&old);
    std::fs::rename(target, &old)?;
    if let Err(e) = std::fs::rename(staging, target) {
        let _ = std::fs::rename(&old, target);
        return Err(e);
    }
    std::fs::remove_dir_all(&old)
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
    fn compression_is_deterministic_and_round_trips() {
        let text = "大连市人民政府 ".repeat(500);
        assert_eq!(
            gzip(text.as_bytes()).unwrap(),
            gzip(text.as_bytes()).unwrap()
        );
        let mut back = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&gzip(text.as_bytes()).unwrap()[..]),
            &mut back,
        )
        .unwrap();
        assert_eq!(back, text);
        let br = brotli(text.as_bytes(), 9).unwrap();
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut out).unwrap();
        assert_eq!(out, text.as_bytes());
    }

    #[test]
    fn diff_names_added_changed_and_removed() {
        let e = |h: &str| FileEntry {
            size: 1,
            hash: h.into(),
        };
        let old = Manifest {
            files: [("a".into(), e("1")), ("b".into(), e("2"))].into(),
        };
        let new = Manifest {
            files: [("b".into(), e("3")), ("c".into(), e("4"))].into(),
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
