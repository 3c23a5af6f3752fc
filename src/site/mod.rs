//! Link: the parsed documents become one `Site` — each page with its language
//! versions, sections for every folder, records by index number and the
//! "superseded by" links that run backwards from `supersedes`.
//!
//! Render and search read the `Site` only; they never touch the file system.

pub(crate) mod affected;
pub mod annual_report;
pub mod attachments;
pub mod listings;
pub mod translations;

use std::collections::{BTreeMap, BTreeSet};

use crate::config::{Config, Fallback};
use crate::content::annual_report::AnnualReport;
use crate::content::model::Record;
use crate::content::{Asset, Content, Document, Front, Kind};
use crate::domain::vocab::Validity;
use crate::domain::{Date, EntryKey, IndexNo, LangCode};

/// Top-level folders whose URLs the build's own pages use (taxonomies, the
/// site map, search, assets): no content may live there.
pub const RESERVED: &[&str] = &[
    "topics",
    "agencies",
    "genres",
    "catalogs",
    "years",
    "sectors",
    "life-events",
    "sitemap",
    "search",
    "search-index",
    "static",
    "glossary",
];

/// Keys the build's disclosure pages use: the statistics and the on-request guide.
pub const RESERVED_IN_DISCLOSURE: &[&str] = &[
    "disclosure/statistics",
    "disclosure/on-request",
    "disclosure/annual-report",
];

/// Whether a content key lies in a URL space the build's own pages use.
pub fn is_reserved(key: &str) -> bool {
    let top = key.split('/').next().unwrap_or("");
    RESERVED.contains(&top)
        || RESERVED_IN_DISCLOSURE
            .iter()
            .any(|r| key == *r || key.starts_with(&format!("{r}/")))
        || key.split('/').any(|part| part == "page")
}

/// One page of the site with all its language versions.
#[derive(Debug)]
pub struct Entry {
    /// `disclosure/2024/dl-2024-00012`; `""` is the home page.
    pub key: EntryKey,
    pub kind: Kind,
    /// A folder's page: its listing, with the `_index` text if there is one.
    pub is_section: bool,
    /// Parsed files by language code.
    pub versions: BTreeMap<LangCode, Document>,
}

/// How a page exists in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// The default language's own text.
    Source,
    /// A translation of its own.
    Translated,
    /// No translation: the source's text is shown with a notice.
    Fallback,
    /// A listing or home page made by the build, with no text file of its own.
    Generated,
    /// No page in this language.
    Absent,
}

impl Presence {
    pub fn exists(self) -> bool {
        self != Presence::Absent
    }

    /// True for pages that are in the reader's language (hreflang, sitemaps).
    pub fn is_real(self) -> bool {
        matches!(
            self,
            Presence::Source | Presence::Translated | Presence::Generated
        )
    }
}

#[derive(Debug)]
pub struct Site {
    pub config: Config,
    /// Sorted by key, so iteration is deterministic.
    pub entries: Vec<Entry>,
    by_key: BTreeMap<EntryKey, usize>,
    /// Record entries by index number.
    pub records: BTreeMap<IndexNo, usize>,
    /// For each record, the records that supersede it.
    pub superseded_by: BTreeMap<usize, Vec<usize>>,
    /// For each policy, the records that interpret it (政策解读), oldest first.
    pub interpreted_by: BTreeMap<usize, Vec<usize>>,
    /// The content's other files, sorted by path (`Site::asset`).
    pub assets: Vec<Asset>,
    /// The annual reports' data, by year.
    pub annual_reports: Vec<AnnualReport>,
    /// The foreign languages' official glossaries.
    pub glossaries: crate::content::glossary::Glossaries,
    /// Each entry's direct children, by index.
    children: Vec<Vec<usize>>,
    /// Every Markdown file found as `(key, lang)`, including those that failed to parse.
    pub found: BTreeSet<(EntryKey, LangCode)>,
    /// `(entry, lang)` pairs that exist, computed once.
    presence: Vec<Vec<Presence>>,
    /// The day the site is built for, in its time zone (`None`: no date
    /// rule applies): what has taken effect is decided against it.
    pub today: Option<Date>,
}

impl Site {
    pub fn link(config: Config, content: Content) -> Site {
        let mut groups: BTreeMap<EntryKey, Vec<Document>> = BTreeMap::new();
        for doc in content.documents {
            groups.entry(doc.file.key.clone()).or_default().push(doc);
        }
        let mut entries: BTreeMap<EntryKey, Entry> = BTreeMap::new();
        for (key, docs) in groups {
            let first = &docs[0].file;
            let (kind, is_section) = (first.kind, first.is_section);
            let versions = docs.into_iter().map(|d| (d.file.lang, d)).collect();
            entries.insert(
                key.clone(),
                Entry {
                    key,
                    kind,
                    is_section,
                    versions,
                },
            );
        }
        // Every folder is a section, and the home page always exists.
        let folders: BTreeSet<EntryKey> = entries
            .keys()
            .flat_map(EntryKey::ancestors)
            .chain(std::iter::once(EntryKey::home()))
            .collect();
        for folder in folders {
            let e = entries.entry(folder.clone()).or_insert_with(|| Entry {
                key: folder,
                kind: Kind::Page,
                is_section: true,
                versions: BTreeMap::new(),
            });
            e.is_section = true;
        }
        let entries: Vec<Entry> = entries.into_values().collect();
        let mut children = vec![Vec::new(); entries.len()];
        for (i, e) in entries.iter().enumerate() {
            if e.key.is_empty() {
                continue;
            }
            let parent = e.key.rsplit_once('/').map_or("", |(p, _)| p);
            if let Ok(p) = entries.binary_search_by(|x| x.key.as_str().cmp(parent)) {
                children[p].push(i);
            }
        }
        let by_key = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.key.clone(), i))
            .collect();
        let (records, superseded_by) = index_records(&entries, &config);
        let mut assets = content.assets;
        // By path, so that an attachment's file is found by a binary search.
        assets.sort_by(|a, b| a.rel.cmp(&b.rel));
        let interpreted_by = index_interpretations(&entries, &config, &records);
        let mut site = Site {
            config,
            entries,
            by_key,
            records,
            superseded_by,
            interpreted_by,
            assets,
            annual_reports: content.annual_reports,
            glossaries: content.glossaries,
            found: content.found,
            children,
            presence: Vec::new(),
            today: None,
        };
        site.presence = site.compute_presence();
        site
    }

    /// The same site without the documents `held` picks, linked again: what
    /// a build publishes when drafts and scheduled records stay out. A held
    /// source takes its translations with it. Their files leave `found` too,
    /// so a link to one is a broken link of the build.
    pub fn without(self, held: impl Fn(&Document) -> bool) -> Site {
        let today = self.today;
        let default = &self.config.default_language().code;
        let mut documents = Vec::new();
        let mut found = self.found;
        for entry in self.entries {
            let page_held = entry.versions.get(default).is_some_and(&held);
            for doc in entry.versions.into_values() {
                if page_held || held(&doc) {
                    found.remove(&(doc.file.key.clone(), doc.file.lang));
                } else {
                    documents.push(doc);
                }
            }
        }
        let content = Content {
            documents,
            assets: self.assets,
            found,
            annual_reports: self.annual_reports,
            glossaries: self.glossaries,
        };
        let mut site = Site::link(self.config, content);
        site.today = today;
        site
    }

    /// The day a record takes effect, when that is after the site's today:
    /// until then it is shown as "takes effect on …", not as in force.
    pub fn takes_effect(&self, r: &Record) -> Option<Date> {
        let today = self.today?;
        r.effective
            .filter(|e| *e > today && r.validity.is_none_or(|v| v == Validity::InForce))
    }

    /// The source files of the records that have not taken effect yet, sorted.
    pub fn not_yet_effective(&self) -> Vec<&str> {
        let mut files: Vec<&str> = (0..self.entries.len())
            .filter_map(|i| self.source(i))
            .filter(|d| matches!(&d.front, Front::Record(r) if self.takes_effect(r).is_some()))
            .map(|d| d.file.display.as_str())
            .collect();
        files.sort_unstable();
        files
    }

    /// Puts a re-parsed file in the place of the version it replaces, for
    /// `serve`: nothing about the site's structure changes (the page and its
    /// language exist already), so only the records and their `supersedes`
    /// links are indexed again, when the new version changes them. Returns
    /// the old version, or `None` when the document is new to the site
    /// (then the content must be linked again).
    pub fn replace(&mut self, doc: Document) -> Option<Document> {
        let i = self.get(&doc.file.key)?;
        let entry = &mut self.entries[i];
        let same_kind = entry.is_section == doc.file.is_section && entry.kind == doc.file.kind;
        let slot = entry
            .versions
            .get_mut(&doc.file.lang)
            .filter(|old| same_kind && old.file.path == doc.file.path)?;
        let old = std::mem::replace(slot, doc);
        let links = |d: &Document| match &d.front {
            Front::Record(r) => Some((
                r.index_no.clone(),
                r.supersedes.clone(),
                r.interprets.clone(),
                r.published,
            )),
            _ => None,
        };
        if links(&old) != links(slot) {
            (self.records, self.superseded_by) = index_records(&self.entries, &self.config);
            self.interpreted_by = index_interpretations(&self.entries, &self.config, &self.records);
        }
        Some(old)
    }

    /// For each entry, its presence in each configured language (by position).
    fn compute_presence(&self) -> Vec<Vec<Presence>> {
        let default = self.config.default_language().code;
        let mut out = vec![vec![Presence::Absent; self.config.languages.len()]; self.entries.len()];
        // Children before parents: a generated section exists where any child does.
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.depth(i)));
        for i in order {
            let e = &self.entries[i];
            for (li, lang) in self.config.languages.iter().enumerate() {
                let code = lang.code;
                out[i][li] = if e.versions.contains_key(&code) {
                    if code == default {
                        Presence::Source
                    } else {
                        Presence::Translated
                    }
                } else if e.versions.contains_key(&default)
                    && self.config.i18n.fallback == Fallback::Source
                {
                    Presence::Fallback
                } else if e.is_section
                    && (e.key.is_empty() || self.children(i).any(|c| out[c][li].exists()))
                {
                    Presence::Generated
                } else {
                    Presence::Absent
                };
            }
        }
        out
    }

    pub fn presence(&self, entry: usize, lang: LangCode) -> Presence {
        self.presence[entry][lang.index()]
    }

    pub fn get(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// Direct children of a section: pages and sub-sections one level down.
    pub fn children(&self, section: usize) -> impl Iterator<Item = usize> + '_ {
        self.children[section].iter().copied()
    }

    /// All pages below a section, at any depth. Entries are sorted by key, so
    /// the keys that start with `section/` are one contiguous run.
    pub fn descendants(&self, section: usize) -> impl Iterator<Item = usize> + '_ {
        let key = &self.entries[section].key;
        let range = if key.is_empty() {
            0..self.entries.len()
        } else {
            let prefix = format!("{key}/");
            let start = self
                .entries
                .partition_point(|e| e.key.as_str() < prefix.as_str());
            let len = self.entries[start..].partition_point(|e| e.key.starts_with(&prefix));
            start..start + len
        };
        range.filter(move |&i| i != section)
    }

    fn depth(&self, entry: usize) -> usize {
        let key = &self.entries[entry].key;
        if key.is_empty() {
            0
        } else {
            key.matches('/').count() + 1
        }
    }

    /// The site-relative URL of a page in a language: `/en/disclosure/2024/x/`.
    pub fn url(&self, key: &str, lang: LangCode) -> String {
        // Made by hand, once: a page asks for a score of these.
        let in_subdir = self.config.in_subdir(lang);
        let mut url = String::with_capacity(lang.len() + key.len() + 3);
        if in_subdir {
            url.push('/');
            url.push_str(&lang);
        }
        url.push('/');
        if !key.is_empty() {
            url.push_str(key);
            url.push('/');
        }
        url
    }

    pub fn absolute(&self, url: &str) -> String {
        format!("{}{}", self.config.base_url(), url)
    }

    /// The source (default-language) document of an entry.
    pub fn source(&self, entry: usize) -> Option<&Document> {
        self.entries[entry]
            .versions
            .get(&self.config.default_language().code)
    }

    /// The document whose text a page shows in `lang`: its translation, or the
    /// source when it falls back.
    pub fn text_for(&self, entry: usize, lang: LangCode) -> Option<&Document> {
        let e = &self.entries[entry];
        e.versions
            .get(&lang)
            .or_else(|| match self.presence(entry, lang) {
                Presence::Fallback => self.source(entry),
                _ => None,
            })
    }

    /// A record's publication date, for sorting listings.
    pub fn published(&self, entry: usize) -> Option<Date> {
        match self.source(entry).map(|d| &d.front) {
            Some(Front::Record(r)) => Some(r.published),
            _ => None,
        }
    }

    /// Whether a file for this page was found (even one that failed to parse).
    pub fn was_found(&self, key: &str) -> bool {
        // Every code in `found` is configured: none is below the least of them.
        let (Some(key), Some(least)) = (EntryKey::parse(key), self.config.lang_codes().min())
        else {
            return false;
        };
        self.found
            .range((key.clone(), least)..)
            .next()
            .is_some_and(|(k, _)| *k == key)
    }

    /// Resolves a site-absolute link (`/services/x/`, `/en/invest/#a`) to an
    /// entry key or an asset; `None` when nothing is there.
    pub fn resolve_link(&self, url: &str) -> Option<Target> {
        let path = url.split(['#', '?']).next().unwrap_or("");
        let path = path.trim_start_matches('/');
        let mut candidates = vec![path.to_string()];
        if let Some((first, rest)) = path.split_once('/').or(Some((path, "")))
            && self.config.lang_code(first).is_some()
        {
            candidates.push(rest.to_string());
        }
        for p in candidates {
            let key = p
                .trim_end_matches('/')
                .trim_end_matches("index.html")
                .trim_end_matches('/');
            if let Some(i) = self.get(key) {
                return Some(Target::Page(i));
            }
            if self.assets.iter().any(|a| a.rel == p) {
                return Some(Target::Asset);
            }
        }
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Page(usize),
    Asset,
}

fn source_record<'e>(e: &'e Entry, config: &Config) -> Option<&'e Record> {
    match e
        .versions
        .get(&config.default_language().code)
        .map(|d| &d.front)
    {
        Some(Front::Record(r)) => Some(r),
        _ => None,
    }
}

/// For each record that interpretations name, those interpretations, by
/// publication date (then key), so a policy lists them oldest first.
fn index_interpretations(
    entries: &[Entry],
    config: &Config,
    records: &BTreeMap<IndexNo, usize>,
) -> BTreeMap<usize, Vec<usize>> {
    let mut out: BTreeMap<usize, Vec<(Date, usize)>> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        if let Some(r) = source_record(e, config)
            && let Some(&j) = r.interprets.as_ref().and_then(|no| records.get(no))
            && j != i
        {
            out.entry(j).or_default().push((r.published, i));
        }
    }
    out.into_iter()
        .map(|(j, mut v)| {
            v.sort();
            (j, v.into_iter().map(|(_, i)| i).collect())
        })
        .collect()
}

/// Record entries by index number, and for each record those that supersede it.
#[allow(clippy::type_complexity)]
fn index_records(
    entries: &[Entry],
    config: &Config,
) -> (BTreeMap<IndexNo, usize>, BTreeMap<usize, Vec<usize>>) {
    let source = source_record;
    let mut records = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        if let Some(r) = source(e, config) {
            records.entry(r.index_no.clone()).or_insert(i);
        }
    }
    let mut superseded_by: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        for old in source(e, config).iter().flat_map(|r| &r.supersedes) {
            if let Some(&j) = records.get(old) {
                superseded_by.entry(j).or_default().push(i);
            }
        }
    }
    (records, superseded_by)
}
