//! What an edit affects: the pages to render again after a file changed,
//! worked out from the site before and after it — the page itself in every
//! language, the pages that show it (its sections and the home page, the
//! records it supersedes or that supersede it, the policy it interprets and
//! the interpretations of it, a section's pages when its title changes,
//! every page when a menu entry changes), the pages gone and the search
//! indexes to export again.

use std::collections::BTreeSet;
use std::path::Path;

use rayon::prelude::*;

use crate::content::{self, Document, Front};
use crate::domain::{EntryKey, LangCode};
use crate::site::Site;

/// Pages waiting to be rendered, by key and language so that they outlive a
/// new link of the site; gathered over every edit since the last render.
#[derive(Debug, Default)]
pub(crate) struct Pending {
    pub(crate) all: bool,
    /// The pages of the files edited: rendered and served first.
    pub(crate) edited: BTreeSet<(EntryKey, LangCode)>,
    /// The pages that show them.
    pub(crate) dependent: BTreeSet<(EntryKey, LangCode)>,
    /// Output files of pages that are gone.
    pub(crate) removed: BTreeSet<String>,
    /// Content assets to read again, by path below content/.
    pub(crate) assets: BTreeSet<String>,
    pub(crate) sitemap: bool,
    /// Languages whose search index may have changed.
    pub(crate) search: BTreeSet<LangCode>,
}

impl Pending {
    /// The entries of `site` whose files were edited, in order: the build's
    /// own pages (listings, taxonomies, statistics, feeds) that show one are
    /// made again (`Part::MadeFor`).
    pub(crate) fn edited_entries(&self, site: &Site) -> Vec<usize> {
        let entries: BTreeSet<usize> = self
            .edited
            .iter()
            .filter_map(|(key, _)| site.get(key))
            .collect();
        entries.into_iter().collect()
    }
}

/// Marks entry `i` of `site` as edited, and every page that shows something
/// of it as dependent. Called with the site before an edit and after it, so
/// that what showed it and what shows it now are both rendered.
pub(crate) fn touch(pending: &mut Pending, site: &Site, i: usize) {
    let langs: Vec<LangCode> = site.config.lang_codes().collect();
    let key = &site.entries[i].key;
    let dependent = |j: usize, pending: &mut Pending| {
        for lang in &langs {
            pending
                .dependent
                .insert((site.entries[j].key.clone(), *lang));
        }
    };
    for lang in &langs {
        pending.edited.insert((key.clone(), *lang));
    }
    // Sections up to the home page list it.
    let mut parent = Some(key.as_str());
    while let Some(k) = parent {
        parent = k
            .rsplit_once('/')
            .map(|(p, _)| p)
            .or((!k.is_empty()).then_some(""));
        if let Some(j) = parent.and_then(|p| site.get(p)) {
            dependent(j, pending);
        }
    }
    // Records name the records they supersede and those that supersede them.
    if let Some(Front::Record(r)) = site.source(i).map(|d| &d.front) {
        for j in r.supersedes.iter().filter_map(|no| site.records.get(no)) {
            dependent(*j, pending);
        }
    }
    for &j in site.superseded_by.get(&i).into_iter().flatten() {
        dependent(j, pending);
    }
    // A policy lists its interpretations; each names its policy.
    if let Some(Front::Record(r)) = site.source(i).map(|d| &d.front)
        && let Some(&j) = r.interprets.as_ref().and_then(|no| site.records.get(no))
    {
        dependent(j, pending);
    }
    for &j in site.interpreted_by.get(&i).into_iter().flatten() {
        dependent(j, pending);
    }
    // A section's title is in the breadcrumbs of every page below it.
    if !key.is_empty() && site.entries[i].is_section {
        for j in site.descendants(i) {
            dependent(j, pending);
        }
    }
    // The menu of every page names the top pages marked `menu`.
    let menu = site.entries[i]
        .versions
        .values()
        .any(|d| matches!(&d.front, Front::Page(p) if p.menu));
    if menu && is_top(key) {
        pending.all = true;
    }
}

/// What a new link of the site changed: pages gone, pages new, pages whose
/// languages changed, and the files edited meanwhile.
pub(crate) fn diff_sites(pending: &mut Pending, old: &Site, new: &Site, changed: &BTreeSet<&Path>) {
    pending.sitemap = true;
    pending.search.extend(new.config.lang_codes());
    let langs: Vec<LangCode> = new.config.lang_codes().collect();
    let presence = |s: &Site, i: usize| -> Vec<bool> {
        langs.iter().map(|l| s.presence(i, *l).exists()).collect()
    };
    let detailed = |s: &Site, i: usize| -> Vec<crate::site::Presence> {
        langs.iter().map(|l| s.presence(i, *l)).collect()
    };
    let edited = |s: &Site, i: usize| {
        s.entries[i]
            .versions
            .values()
            .any(|d| changed.contains(d.file.path.as_path()))
    };
    let keys: BTreeSet<&str> = old
        .entries
        .iter()
        .chain(&new.entries)
        .map(|e| e.key.as_str())
        .collect();
    for key in keys {
        match (old.get(key), new.get(key)) {
            (Some(o), Some(n)) => {
                let moved = detailed(old, o) != detailed(new, n);
                // The menu shows the catalogue and services where they exist.
                pending.all |= moved && is_top(key);
                if moved || edited(old, o) || edited(new, n) {
                    touch(pending, old, o);
                    touch(pending, new, n);
                }
                if presence(old, o) != presence(new, n) {
                    for (li, lang) in langs.iter().enumerate() {
                        if presence(old, o)[li] != presence(new, n)[li] {
                            if !presence(new, n)[li] {
                                pending.removed.insert(output_path(&new.url(key, *lang)));
                            }
                            for j in linking_to(new, n) {
                                pending
                                    .dependent
                                    .insert((new.entries[j].key.clone(), *lang));
                            }
                        }
                    }
                }
            }
            (Some(o), None) => {
                pending.all |= is_top(key);
                touch(pending, old, o);
                for lang in &langs {
                    if old.presence(o, *lang).exists() {
                        pending.removed.insert(output_path(&old.url(key, *lang)));
                    }
                }
            }
            (None, Some(n)) => {
                pending.all |= is_top(key);
                touch(pending, new, n);
            }
            (None, None) => {}
        }
    }
}

/// The languages whose search index an edit of `doc` may change: a
/// source's text and facts show in every language (fallbacks show its
/// text), a translation's only in its own.
pub(crate) fn search_languages(config: &crate::config::Config, doc: &Document) -> Vec<LangCode> {
    if doc.file.lang == config.default_language().code {
        config.lang_codes().collect()
    } else {
        vec![doc.file.lang]
    }
}

/// What of a document other pages show or other checks read, apart from
/// its title: its place, its language and its front matter without the
/// `title` line. An edit that keeps a document's shape (its body, its
/// title) changes only the pages `touch` names, and the problems of the
/// entries `touch` names; any other edit may change any page. A title
/// written over several lines counts as part of the shape.
pub(crate) fn shape(doc: &Document) -> String {
    let mut h = blake3::Hasher::new();
    let file = &doc.file;
    for part in [
        file.key.as_str(),
        file.lang.as_str(),
        if file.is_section { "section" } else { "page" },
    ] {
        h.update(&(part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    let mut in_table = false;
    for line in doc.front_text.lines() {
        let t = line.trim_start();
        in_table |= t.starts_with('[');
        let title = !in_table
            && t.strip_prefix("title")
                .is_some_and(|rest| rest.trim_start().starts_with('='))
            && !t.contains("\"\"\"")
            && !t.contains("'''");
        if !title {
            h.update(line.as_bytes());
            h.update(b"\n");
        }
    }
    h.finalize().to_hex().to_string()
}

/// A page or section right below the home page.
pub(crate) fn is_top(key: &str) -> bool {
    !key.is_empty() && !key.contains('/')
}

/// The entries whose text links to entry `i`.
pub(crate) fn linking_to(site: &Site, i: usize) -> Vec<usize> {
    (0..site.entries.len())
        .into_par_iter()
        .filter(|&j| {
            site.entries[j].versions.values().any(|d| {
                let base = content::markdown::LinkBase::of(
                    &d.file.key,
                    d.file.is_section,
                    site.config.base_url(),
                );
                content::markdown::scan(&d.body, &base)
                    .links
                    .iter()
                    .any(|l| site.resolve_link(&l.path) == Some(crate::site::Target::Page(i)))
            })
        })
        .collect()
}

/// `/en/a/b/` → `en/a/b/index.html`, where the renderer writes a page.
pub(crate) fn output_path(url: &str) -> String {
    format!("{}index.html", url.trim_start_matches('/'))
}
