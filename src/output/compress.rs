//! Precompression: the `.gz` and `.br` copies beside text files, and the
//! copies of earlier outputs taken again where a file's bytes did not change,
//! so that a rebuild compresses only what an edit changed.
//!
//! The levels were chosen by `benches/compress_levels.rs` on the generated
//! distinct-text corpus (`benches/gen_corpus.py 2000`: a sample of 1,319 of
//! its pages, feeds and search files, 22 MB of text; seconds of one thread
//! on a shared machine, so compare them with each other only):
//!
//! - gzip 6 writes 31.1 % of the text in 0.77 s, level 9 31.3 % in 1.42 s
//!   (it gains nothing on files this size), level 1 42.9 % in 0.28 s. gzip
//!   serves only the clients without Brotli, but those should not pay a
//!   third more bytes.
//! - Brotli 5 writes 28.8 % in 4.3 s, where 7 writes 28.4 % in 7.6 s, 9 is
//!   slower still and no smaller, and 11 writes 25.1 % in 158 s: past 5 each
//!   step costs far more time than it saves bytes. Below 5, level 4 is 5 %
//!   larger, and levels 1 and 3 are no smaller than gzip 6.
//!
//! A copy is kept only where it is at least a tenth smaller than the file
//! (a host serves it in place of the file: one that saves less is not worth
//! the request's decoding, nor the upload), and files under
//! `compress_min_bytes` are not compressed at all.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{MANIFEST, Manifest};
use crate::domain::Digest;

/// gzip's level: see the module's comment.
pub const GZIP_LEVEL: u32 = 6;

/// The copies of one file's bytes: `.gz` and `.br`, or `None` where the
/// copy was not worth keeping.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Copies {
    pub gz: Option<Vec<u8>>,
    pub br: Option<Vec<u8>>,
}

/// The settings a copy's bytes depend on, as the manifest records them: an
/// earlier output's copies are taken only when made the same way.
pub fn settings(brotli_quality: u32) -> String {
    format!("gzip {GZIP_LEVEL}, brotli {brotli_quality}")
}

/// Compresses `bytes` both ways at once (the two take unequal time, and the
/// caller may be the one thread writing a whole search index).
pub fn compress(bytes: &[u8], brotli_quality: u32) -> io::Result<Copies> {
    let (gz, br) = rayon::join(|| gzip(bytes), || brotli(bytes, brotli_quality));
    Ok(Copies {
        gz: Some(gz?).filter(|c| worth(c, bytes)),
        br: Some(br?).filter(|c| worth(c, bytes)),
    })
}

fn worth(packed: &[u8], bytes: &[u8]) -> bool {
    packed.len() * 10 <= bytes.len() * 9
}

/// Gzip with a fixed header (no name, no time): the same bytes every build.
pub fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut enc = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::new(GZIP_LEVEL));
    enc.write_all(bytes)?;
    enc.finish()
}

pub fn brotli(bytes: &[u8], quality: u32) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
        w.write_all(bytes)?;
        w.flush()?;
    }
    Ok(out)
}

/// Where a copy of an earlier output is, and the hash its manifest gives it.
#[derive(Debug, Clone)]
struct Kept {
    path: PathBuf,
    hash: Digest,
}

/// What earlier outputs hold, by the hash of a file's bytes: the copies
/// made of those bytes, and where a copy was not kept.
#[derive(Debug, Default)]
pub struct Earlier {
    by_hash: HashMap<Digest, (Option<Kept>, Option<Kept>)>,
}

impl Earlier {
    /// The copies listed by the manifests of these output folders (the live
    /// output and the one being recycled) that were made with `settings`.
    /// An unreadable or foreign manifest gives nothing.
    pub fn read(folders: &[&Path], settings: &str) -> Earlier {
        let mut by_hash = HashMap::new();
        for dir in folders {
            let Some(manifest) = std::fs::read(dir.join(MANIFEST))
                .ok()
                .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
                .filter(|m| m.compression.as_deref() == Some(settings))
            else {
                continue;
            };
            let kept = |rel: String| {
                manifest.files.get(&rel).map(|e| Kept {
                    path: dir.join(&rel),
                    hash: e.hash.clone(),
                })
            };
            for (rel, entry) in &manifest.files {
                if rel.ends_with(".gz") || rel.ends_with(".br") || !super::is_text(rel) {
                    continue;
                }
                by_hash
                    .entry(entry.hash.clone())
                    .or_insert_with(|| (kept(format!("{rel}.gz")), kept(format!("{rel}.br"))));
            }
        }
        Earlier { by_hash }
    }

    /// The copies of the bytes whose hash is `hash`, read back from an
    /// earlier output; `None` unless each copy is there with the bytes its
    /// manifest gives it (nothing in those folders is trusted).
    pub fn copies(&self, hash: &Digest) -> Option<Copies> {
        let (gz, br) = self.by_hash.get(hash)?;
        let read = |kept: &Option<Kept>| -> Option<Option<Vec<u8>>> {
            match kept {
                None => Some(None),
                Some(k) => {
                    let bytes = std::fs::read(&k.path).ok()?;
                    (Digest::of(&bytes) == k.hash).then_some(Some(bytes))
                }
            }
        };
        Some(Copies {
            gz: read(gz)?,
            br: read(br)?,
        })
    }
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
        let br = brotli(text.as_bytes(), 5).unwrap();
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut out).unwrap();
        assert_eq!(out, text.as_bytes());
    }

    #[test]
    fn a_copy_that_saves_less_than_a_tenth_is_not_kept() {
        // Bytes that do not compress: each a step of a long-period generator.
        let mut x: u32 = 12345;
        let noise: Vec<u8> = (0..4000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (x >> 16) as u8
            })
            .collect();
        assert_eq!(compress(&noise, 5).unwrap(), Copies::default());
        let text = "公开目录 disclosure ".repeat(200);
        let copies = compress(text.as_bytes(), 5).unwrap();
        assert!(copies.gz.is_some() && copies.br.is_some());
    }

    #[test]
    fn earlier_copies_are_taken_only_as_their_manifest_lists_them() {
        let dir = tempfile::tempdir().unwrap();
        let page = "<p>公开</p>".repeat(300);
        let copies = compress(page.as_bytes(), 5).unwrap();
        let (gz, br) = (copies.gz.clone().unwrap(), copies.br.clone().unwrap());
        std::fs::create_dir_all(dir.path().join(".gongkai")).unwrap();
        std::fs::write(dir.path().join("a.html"), &page).unwrap();
        std::fs::write(dir.path().join("a.html.gz"), &gz).unwrap();
        std::fs::write(dir.path().join("a.html.br"), &br).unwrap();
        let entry = |b: &[u8]| super::super::FileEntry {
            size: b.len() as u64,
            hash: Digest::of(b),
        };
        let manifest = Manifest {
            compression: Some(settings(5)),
            files: [
                ("a.html".to_string(), entry(page.as_bytes())),
                ("a.html.gz".to_string(), entry(&gz)),
                ("a.html.br".to_string(), entry(&br)),
            ]
            .into(),
            ..Manifest::default()
        };
        std::fs::write(
            dir.path().join(MANIFEST),
            serde_json::to_vec(&manifest).unwrap(),
        )
        .unwrap();
        let hash = Digest::of(page.as_bytes());
        let earlier = Earlier::read(&[dir.path()], &settings(5));
        assert_eq!(earlier.copies(&hash), Some(copies));
        // Made another way: nothing is taken.
        assert_eq!(
            Earlier::read(&[dir.path()], &settings(7)).copies(&hash),
            None
        );
        // A copy changed on disk since: not taken.
        std::fs::write(dir.path().join("a.html.br"), b"tampered").unwrap();
        assert_eq!(earlier.copies(&hash), None);
        // Bytes no earlier output had: nothing to take.
        assert_eq!(earlier.copies(&Digest::of(b"other")), None);
    }
}
