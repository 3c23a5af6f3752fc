//! The attachments a page shows in each language: the source's list, with
//! a translation's titles and files in their places where it gives them,
//! each matched with the file found under `content/`.

use crate::content::attachments::{FileType, Resolved, resolve};
use crate::content::{Asset, Document, Front};
use crate::domain::LangCode;

use super::Site;

/// One attachment of a page in one language.
#[derive(Debug, Clone)]
pub struct Attached<'s> {
    pub title: &'s str,
    /// The path below `content/` (and so in the output) of the file shown.
    pub rel: Option<String>,
    /// The file, when it exists under `content/`.
    pub asset: Option<&'s Asset>,
    /// The type its name gives.
    pub file_type: Option<FileType>,
    /// The title is the source's, shown on a page in another language.
    pub title_from_source: bool,
    /// The file is the source's, shown on a page in another language.
    pub file_from_source: bool,
}

/// One `[[attachments]]` entry as written, before it is matched with a file.
pub struct Written<'d> {
    pub title: &'d str,
    pub file: Option<&'d str>,
}

/// The `[[attachments]]` of one file, in order.
pub fn written(doc: &Document) -> Vec<Written<'_>> {
    match &doc.front {
        Front::Record(r) => r
            .attachments
            .iter()
            .map(|a| (&a.title, Some(&a.file)))
            .collect(),
        Front::Guide(g) => g
            .attachments
            .iter()
            .map(|a| (&a.title, Some(&a.file)))
            .collect(),
        Front::RecordText(t) => t
            .attachments
            .iter()
            .map(|a| (&a.title, a.file.as_ref()))
            .collect(),
        Front::GuideText(t) => t
            .attachments
            .iter()
            .map(|a| (&a.title, a.file.as_ref()))
            .collect(),
        Front::Page(p) => p
            .attachments
            .iter()
            .map(|a| (&a.title, a.file.as_ref()))
            .collect::<Vec<_>>(),
    }
    .into_iter()
    .map(|(title, file)| Written {
        title: title.as_str(),
        file: file.map(String::as_str),
    })
    .collect()
}

/// Where a `file` written in `doc` leads, below `content/`.
pub fn resolved(doc: &Document, file: &str) -> Resolved {
    let rel = doc
        .file
        .display
        .strip_prefix("content/")
        .unwrap_or(&doc.file.display);
    resolve(rel, file)
}

impl Site {
    /// The content file at `rel` below `content/`, if there is one.
    pub fn asset(&self, rel: &str) -> Option<&Asset> {
        self.assets
            .binary_search_by(|a| a.rel.as_str().cmp(rel))
            .ok()
            .map(|i| &self.assets[i])
    }

    /// The pages that attach the content file at `rel`: its size and type
    /// are shown there, and checked.
    pub fn attaching(&self, rel: &str) -> Vec<usize> {
        let target = Resolved::Inside(rel.to_string());
        (0..self.entries.len())
            .filter(|&i| {
                self.entries[i].versions.values().any(|doc| {
                    written(doc)
                        .iter()
                        .any(|w| w.file.is_some_and(|f| resolved(doc, f) == target))
                })
            })
            .collect()
    }

    /// Puts a content file read again in the place of the one it replaces.
    pub fn replace_asset(&mut self, asset: Asset) {
        if let Ok(i) = self.assets.binary_search_by(|a| a.rel.cmp(&asset.rel)) {
            self.assets[i] = asset;
        }
    }

    /// The attachments page `i` shows in `lang`: the source's (the page's
    /// own file when it has no source), with the translation's titles and
    /// files where its list lines up with the source's.
    pub fn attachments(&self, i: usize, lang: LangCode) -> Vec<Attached<'_>> {
        let entry = &self.entries[i];
        let own = entry.versions.get(&lang);
        let source = self.source(i).or(own);
        let Some(source) = source else {
            return Vec::new();
        };
        let base = written(source);
        // The source's text or file on a page in another language.
        let shown_in_other = source.file.lang != lang;
        let translated = own
            .filter(|d| !std::ptr::eq(*d, source))
            .map(written)
            .filter(|t| t.len() == base.len());
        base.iter()
            .enumerate()
            .map(|(n, b)| {
                let t = translated.as_ref().map(|t| &t[n]);
                let (file, from_doc, file_from_source) =
                    match t.and_then(|t| t.file.map(|f| (t, f))) {
                        Some((_, f)) => (Some(f), own.unwrap_or(source), false),
                        None => (b.file, source, shown_in_other),
                    };
                let rel = file.and_then(|f| match resolved(from_doc, f) {
                    Resolved::Inside(rel) => Some(rel),
                    Resolved::Outside => None,
                });
                Attached {
                    title: t.map_or(b.title, |t| t.title),
                    asset: rel.as_deref().and_then(|r| self.asset(r)),
                    file_type: rel.as_deref().and_then(FileType::of_name),
                    rel,
                    title_from_source: t.is_none() && shown_in_other,
                    file_from_source,
                }
            })
            .collect()
    }
}
