//! What a deploy does, worked out before it sends anything: the objects the
//! build's manifest makes (one per file, or one per page with its gzip copy
//! as the body), compared with the bucket's own record of what it holds, in
//! the order that keeps the published site whole.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::Digest;
use crate::output::Manifest;
use crate::output::headers::{self, Cache};

/// How the precompressed `.gz` and `.br` copies of the build are published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The gzip copy is the object under the file's own name, with
    /// `Content-Encoding: gzip` (object storage serves no other variant).
    ContentEncoding,
    /// Every file as it is, `.gz` and `.br` copies as objects of their own
    /// with their encoding, for a CDN rule that picks one.
    SideFiles,
    /// The files only, uncompressed: for a CDN that compresses itself.
    Skip,
}

impl Mode {
    pub fn parse(s: &str) -> Result<Mode, String> {
        match s {
            "content-encoding" => Ok(Mode::ContentEncoding),
            "side-files" => Ok(Mode::SideFiles),
            "skip" => Ok(Mode::Skip),
            _ => Err(format!(
                "`{s}` is not a way to publish precompressed files: content-encoding, side-files or skip"
            )),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Mode::ContentEncoding => "content-encoding",
            Mode::SideFiles => "side-files",
            Mode::Skip => "skip",
        }
    }
}

/// When an object is uploaded: what a page needs goes before the page, new
/// pages before the pages that link to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Named by their content's hash, cached for a year: `/static/`, the
    /// search index's shards.
    Asset,
    /// Anything else that is not a page: feeds, site maps, the search
    /// index's entry files, attachments.
    Data,
    /// Pages the bucket does not have yet.
    NewPage,
    /// Pages that changed.
    Page,
}

impl Tier {
    pub fn name(self) -> &'static str {
        match self {
            Tier::Asset => "assets",
            Tier::Data => "other files",
            Tier::NewPage => "new pages",
            Tier::Page => "changed pages",
        }
    }
}

/// One object to publish, made from one file of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    /// Below the prefix: `en/index.html`.
    pub key: String,
    /// The file of the output that is its body.
    pub source: String,
    pub size: u64,
    /// The body's hash as the manifest has it.
    pub hash: Digest,
    pub content_type: &'static str,
    pub cache_control: &'static str,
    pub content_encoding: Option<&'static str>,
    pub tier: Tier,
}

impl Object {
    /// What the bucket's record keeps of it: a change to the body or to any
    /// header makes it upload again.
    pub fn stored(&self) -> Stored {
        let headers = format!(
            "{}\n{}\n{}",
            self.content_type,
            self.cache_control,
            self.content_encoding.unwrap_or("")
        );
        Stored {
            size: self.size,
            hash: self.hash.clone(),
            headers: blake3::hash(headers.as_bytes()).to_hex()[..16].to_string(),
        }
    }

    /// The headers of the upload.
    pub fn headers(&self) -> Vec<(&'static str, &'static str)> {
        let mut h = vec![
            ("Content-Type", self.content_type),
            ("Cache-Control", self.cache_control),
        ];
        if let Some(e) = self.content_encoding {
            h.push(("Content-Encoding", e));
        }
        h
    }
}

/// An object as the bucket's record has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub size: u64,
    pub hash: Digest,
    /// A short digest of its Content-Type, Cache-Control and Content-Encoding.
    pub headers: String,
}

/// The bucket's record of what the deploys put there, kept in the bucket
/// itself (`STATE_KEY` below the prefix).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// What wrote it: `gongkai 0.1.0`.
    #[serde(default)]
    pub generator: String,
    #[serde(default)]
    pub base_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    #[serde(default)]
    pub mode: Option<Mode>,
    /// Objects known to be there, each with exactly these bytes and headers.
    pub objects: BTreeMap<String, Stored>,
    /// Objects that may be there with bytes the record does not know: being
    /// uploaded by a deploy that did not finish, or left to delete. The next
    /// deploy uploads those it needs and deletes the others.
    #[serde(default)]
    pub leftover: BTreeSet<String>,
}

/// Below the prefix: where the bucket's record is.
pub const STATE_KEY: &str = ".gongkai/deploy-state.json";

/// The objects a build's output makes, by key.
pub fn objects(manifest: &Manifest, mode: Mode) -> BTreeMap<String, Object> {
    let files = &manifest.files;
    // A `.gz` or `.br` beside the file it was made from.
    fn variant_of<'a>(
        files: &BTreeMap<String, crate::output::FileEntry>,
        rel: &'a str,
    ) -> Option<(&'a str, &'static str)> {
        for (ext, encoding) in [(".gz", "gzip"), (".br", "br")] {
            if let Some(original) = rel.strip_suffix(ext)
                && files.contains_key(original)
            {
                return Some((original, encoding));
            }
        }
        None
    }
    let tier = |original: &str| {
        if headers::cache(original) == Cache::Immutable {
            Tier::Asset
        } else if original.ends_with(".html") || original.ends_with(".htm") {
            Tier::Page
        } else {
            Tier::Data
        }
    };
    let mut out = BTreeMap::new();
    for (rel, entry) in files {
        if headers::HOST_FILES.contains(&rel.as_str()) {
            continue;
        }
        let variant = variant_of(files, rel);
        let (original, encoding) = match (variant, mode) {
            (Some(_), Mode::ContentEncoding | Mode::Skip) => continue,
            (Some((original, encoding)), Mode::SideFiles) => (original, Some(encoding)),
            (None, _) => (rel.as_str(), None),
        };
        let mut object = Object {
            key: rel.clone(),
            source: rel.clone(),
            size: entry.size,
            hash: entry.hash.clone(),
            content_type: headers::content_type(original),
            cache_control: headers::cache_control(original),
            content_encoding: encoding,
            tier: tier(original),
        };
        if mode == Mode::ContentEncoding {
            let gz = format!("{rel}.gz");
            if let Some(g) = files.get(&gz) {
                object.source = gz;
                object.size = g.size;
                object.hash = g.hash.clone();
                object.content_encoding = Some("gzip");
            }
        }
        out.insert(rel.clone(), object);
    }
    out
}

/// What a deploy will do, in order.
#[derive(Debug, Clone)]
pub struct Plan {
    /// In the order they are sent: by tier, then by key.
    pub uploads: Vec<Object>,
    /// Keys to delete once everything is uploaded and recorded.
    pub deletes: Vec<String>,
    /// Objects already there as they should be.
    pub unchanged: usize,
    /// The record as it was found.
    pub before: State,
    /// What the record lists once the deploy has finished.
    pub after: BTreeMap<String, Stored>,
}

impl Plan {
    pub fn new(objects: BTreeMap<String, Object>, before: State) -> Plan {
        let mut uploads = Vec::new();
        let mut unchanged = 0;
        let mut after = BTreeMap::new();
        for (key, mut object) in objects {
            let stored = object.stored();
            if before.objects.get(&key) == Some(&stored) {
                unchanged += 1;
            } else {
                if object.tier == Tier::Page && !before.objects.contains_key(&key) {
                    object.tier = Tier::NewPage;
                }
                uploads.push(object);
            }
            after.insert(key, stored);
        }
        uploads.sort_by(|a, b| (a.tier, &a.key).cmp(&(b.tier, &b.key)));
        let mut deletes: Vec<String> = before
            .objects
            .keys()
            .chain(before.leftover.iter())
            .filter(|k| !after.contains_key(*k))
            .cloned()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        // Pages go first, then what they used.
        deletes.sort_by_key(|k| {
            let tier = if headers::cache(k) == Cache::Immutable {
                2
            } else if k.ends_with(".html") {
                0
            } else {
                1
            };
            (tier, k.clone())
        });
        Plan {
            uploads,
            deletes,
            unchanged,
            before,
            after,
        }
    }

    pub fn upload_bytes(&self) -> u64 {
        self.uploads.iter().map(|o| o.size).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.uploads.is_empty() && self.deletes.is_empty()
    }

    /// The record to write before the first upload: the objects about to be
    /// replaced or added are no longer known, but may be there. A deploy
    /// stopped after it finds them in `leftover` and uploads again what it
    /// needs.
    pub fn state_while_uploading(&self) -> State {
        let mut s = self.before.clone();
        for o in &self.uploads {
            s.objects.remove(&o.key);
            s.leftover.insert(o.key.clone());
        }
        s
    }

    /// The record once everything is uploaded, with the keys still to delete.
    pub fn state_uploaded(&self, template: &State) -> State {
        State {
            objects: self.after.clone(),
            leftover: self.deletes.iter().cloned().collect(),
            ..template.clone()
        }
    }
}

impl fmt::Display for Plan {
    /// One line per request, in order: `+` new, `~` changed, `-` deleted.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut tier = None;
        for o in &self.uploads {
            if tier != Some(o.tier) {
                tier = Some(o.tier);
                writeln!(f, "# {}", o.tier.name())?;
            }
            let mark = if self.before.objects.contains_key(&o.key) {
                '~'
            } else {
                '+'
            };
            let encoding = o
                .content_encoding
                .map(|e| format!(", {e}"))
                .unwrap_or_default();
            writeln!(f, "{mark} {}  ({} bytes{encoding})", o.key, o.size)?;
        }
        if !self.uploads.is_empty() || !self.deletes.is_empty() {
            writeln!(f, "# the bucket's record ({STATE_KEY})")?;
        }
        if !self.deletes.is_empty() {
            writeln!(f, "# deletions")?;
        }
        for k in &self.deletes {
            writeln!(f, "- {k}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::FileEntry;

    fn manifest(files: &[(&str, &str)]) -> Manifest {
        Manifest {
            files: files
                .iter()
                .map(|(k, h)| {
                    (
                        k.to_string(),
                        FileEntry {
                            size: 10,
                            hash: Digest::of(h.as_bytes()),
                        },
                    )
                })
                .collect(),
            ..Manifest::default()
        }
    }

    #[test]
    fn the_gzip_copy_is_the_body_under_the_original_name() {
        let m = manifest(&[
            ("index.html", "a"),
            ("index.html.gz", "b"),
            ("index.html.br", "c"),
            ("data.csv.gz", "d"),
            ("_headers", "e"),
        ]);
        let o = objects(&m, Mode::ContentEncoding);
        assert_eq!(o.keys().collect::<Vec<_>>(), ["data.csv.gz", "index.html"]);
        assert_eq!(o["index.html"].source, "index.html.gz");
        assert_eq!(o["index.html"].content_encoding, Some("gzip"));
        assert_eq!(o["index.html"].content_type, "text/html; charset=utf-8");
        assert_eq!(o["data.csv.gz"].content_encoding, None, "a file of its own");
        let side = objects(&m, Mode::SideFiles);
        assert_eq!(side.len(), 4);
        assert_eq!(side["index.html.br"].content_encoding, Some("br"));
        assert_eq!(
            side["index.html.br"].content_type,
            "text/html; charset=utf-8"
        );
        assert_eq!(objects(&m, Mode::Skip).len(), 2);
    }

    #[test]
    fn assets_go_first_new_pages_before_changed_ones_and_deletions_last() {
        let old = manifest(&[
            ("index.html", "1"),
            ("en/index.html", "1"),
            ("static/a.1.css", "1"),
            ("gone/index.html", "1"),
        ]);
        let new = manifest(&[
            ("index.html", "2"),
            ("en/index.html", "1"),
            ("static/a.2.css", "2"),
            ("new/index.html", "2"),
            ("feed.xml", "2"),
        ]);
        let mut state = State::default();
        for (k, o) in objects(&old, Mode::Skip) {
            state.objects.insert(k, o.stored());
        }
        state.leftover.insert("half/index.html".into());
        let plan = Plan::new(objects(&new, Mode::Skip), state);
        let order: Vec<(&str, Tier)> = plan
            .uploads
            .iter()
            .map(|o| (o.key.as_str(), o.tier))
            .collect();
        assert_eq!(
            order,
            [
                ("static/a.2.css", Tier::Asset),
                ("feed.xml", Tier::Data),
                ("new/index.html", Tier::NewPage),
                ("index.html", Tier::Page)
            ]
        );
        assert_eq!(plan.unchanged, 1);
        assert_eq!(
            plan.deletes,
            ["gone/index.html", "half/index.html", "static/a.1.css"]
        );
        let during = plan.state_while_uploading();
        assert!(!during.objects.contains_key("index.html"));
        assert!(
            during.leftover.contains("index.html") && during.leftover.contains("new/index.html")
        );
        // A deploy stopped while uploading, run again with the same build,
        // uploads the same objects and deletes the same keys.
        let again = Plan::new(objects(&new, Mode::Skip), during);
        let keys = |p: &Plan| {
            p.uploads
                .iter()
                .map(|o| o.key.clone())
                .collect::<BTreeSet<_>>()
        };
        assert_eq!(keys(&again), keys(&plan));
        assert_eq!(again.deletes, plan.deletes);
        // Stopped while deleting: only the deletions are left.
        let uploaded = plan.state_uploaded(&State::default());
        let last = Plan::new(objects(&new, Mode::Skip), uploaded);
        assert!(last.uploads.is_empty());
        assert_eq!(last.deletes, plan.deletes);
    }

    #[test]
    fn a_new_header_rule_uploads_again() {
        let m = manifest(&[("index.html", "1")]);
        let mut state = State::default();
        let mut o = objects(&m, Mode::Skip)["index.html"].clone();
        o.cache_control = "no-store";
        state.objects.insert("index.html".into(), o.stored());
        assert_eq!(Plan::new(objects(&m, Mode::Skip), state).uploads.len(), 1);
    }
}
