//! The site kept in memory between edits: configuration, theme, messages and
//! every parsed file, linked and checked, with the problems of each file kept
//! apart so that an edit re-parses, re-checks and re-renders only what it
//! touches.
//!
//! An edit to a file that already exists replaces its document in place
//! (`Site::replace`) and re-checks its page; a file added or removed, or an
//! asset, links the site again from the documents already parsed. Then the
//! pages to render are worked out from the site before and after the edit:
//! the page itself in every language first, then the pages that show it
//! (its sections and the home page, the records it supersedes or that
//! supersede it, a section's pages when its title changes, every page when a
//! menu entry changes). A theme, message or site.toml edit renders everything.
//!
//! The site is rendered only when it has no errors, so what is served is
//! always a good site; the pages pending meanwhile wait for the next one.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::check;
use crate::config::Config;
use crate::content::{self, Content, Document, Front, SourceFile};
use crate::diag::{self, Diagnostic, Failure};
use crate::domain::{Date, EntryKey, IndexNo, LangCode, Today};
use crate::output;
use crate::pipeline::{self, Looks};
use crate::render::{Part, Sink, feed, sitemap};
use crate::site::affected::{Pending, diff_sites, touch};
use crate::site::{Site, listings::Listings};

/// What a file change asks for, from the file's place in the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// site.toml: everything is read again.
    Config,
    /// The theme or the locale files: messages and templates, then every page.
    Theme,
    /// A file under content/.
    Content,
    /// Anything else (public/, editor files): nothing.
    None,
}

/// Where a changed path belongs.
pub fn scope(root: &Path, path: &Path) -> Scope {
    let Ok(rel) = path.strip_prefix(root) else {
        return Scope::None;
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    // Editors' swap, backup and temporary files.
    if name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name == "4913" {
        return Scope::None;
    }
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    match parts.next().as_deref() {
        Some(crate::config::FILE) if rel.components().count() == 1 => Scope::Config,
        // The annual reports' data: read with the configuration.
        Some("data") => Scope::Config,
        // A glossary is read with the content, and checked against all of it.
        Some("locales") if name == crate::content::glossary::FILE => Scope::Config,
        Some("themes") | Some("locales") => Scope::Theme,
        Some("content") => Scope::Content,
        _ => Scope::None,
    }
}

/// Files rendered into memory: `(path in the site, bytes)`.
pub type Files = Vec<(String, Vec<u8>)>;

/// What to change in what is served.
#[derive(Debug)]
pub enum Output {
    /// The whole site, in place of what was there.
    Everything(Files),
    /// Files to put and files to take away, and folders whose files are all
    /// among those put (any other file in them goes).
    Some {
        put: Files,
        remove: Vec<String>,
        replaced: Vec<String>,
    },
}

/// A `Sink` that keeps what is rendered in memory.
#[derive(Default)]
struct Collect(Mutex<Files>);

impl Sink for Collect {
    fn put(&self, rel: &str, bytes: &[u8]) -> std::io::Result<()> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((rel.to_string(), bytes.to_vec()));
        Ok(())
    }
}

impl Collect {
    fn files(self) -> Files {
        self.0.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

/// The loaded site and the problems of each part.
struct Model {
    config: Config,
    /// The theme and messages, or the problems that keep them from loading.
    looks: Result<Looks, Vec<Diagnostic>>,
    look_warnings: Vec<Diagnostic>,
    site: Site,
    /// Every Markdown file found, parsed or not.
    files: HashMap<PathBuf, SourceFile>,
    /// Problems in finding and parsing files, by the file they are in.
    content_diags: BTreeMap<String, Vec<Diagnostic>>,
    /// `check_entry` of each entry, by index.
    entry_diags: Vec<Vec<Diagnostic>>,
    site_diags: Vec<Diagnostic>,
}

/// The site in memory, and what its next render must write.
pub struct Engine {
    root: PathBuf,
    today: Option<Today>,
    model: Option<Model>,
    /// Why there is no model: site.toml or the theme cannot be read.
    fatal: Vec<Diagnostic>,
    pending: Pending,
}

impl Engine {
    /// Reads, parses, links and checks the whole site; renders nothing yet.
    pub fn load(root: &Path, today: Option<Today>) -> Engine {
        let mut engine = Engine {
            root: root.to_path_buf(),
            today,
            model: None,
            fatal: Vec::new(),
            pending: Pending::default(),
        };
        engine.reload();
        engine
    }

    fn reload(&mut self) {
        self.pending.all = true;
        self.model = None;
        self.fatal.clear();
        let config = match pipeline::load_config(&self.root, None) {
            Ok(c) => c,
            Err(f) => return self.fatal = problems_of(f, crate::config::FILE),
        };
        let (looks, look_warnings) = match load_looks(&config) {
            Ok(loaded) => loaded,
            Err(fatal) => return self.fatal = fatal,
        };
        let (files, assets, discovered) = content::discover(&config);
        let parsed: Vec<Result<Document, Vec<Diagnostic>>> = files
            .par_iter()
            .map(|f| content::read(f.clone(), &config))
            .collect();
        let (annual_reports, report_diags) = content::annual_report::load(&config);
        let (glossaries, glossary_diags) = content::glossary::load(&config);
        let (documents, content_diags) = gather(
            discovered
                .into_iter()
                .chain(report_diags)
                .chain(glossary_diags)
                .collect(),
            parsed,
        );
        let found = files.iter().map(|f| (f.key.clone(), f.lang)).collect();
        let mut site = pipeline::link(
            config.clone(),
            Content {
                documents,
                assets,
                found,
                annual_reports,
                glossaries,
            },
        );
        site.today = self.today.as_ref().map(|t| t.date_in(&config.tz));
        let mut model = Model {
            config,
            looks,
            look_warnings,
            site,
            files: files.into_iter().map(|f| (f.path.clone(), f)).collect(),
            content_diags,
            entry_diags: Vec::new(),
            site_diags: Vec::new(),
        };
        model.check_all(self.today.as_ref());
        self.model = Some(model);
    }

    /// Takes in a batch of changed paths (files or folders, created, written
    /// or removed) and brings the model up to date.
    pub fn changed(&mut self, paths: &[PathBuf]) {
        let scopes: BTreeSet<Scope> = paths.iter().map(|p| scope(&self.root, p)).collect();
        if scopes.contains(&Scope::Config) || self.model.is_none() {
            return self.reload();
        }
        if scopes.contains(&Scope::Theme) {
            self.reload_theme();
        }
        let content: Vec<&PathBuf> = paths
            .iter()
            .filter(|p| scope(&self.root, p) == Scope::Content)
            .collect();
        if !content.is_empty() {
            self.content_changed(&content);
        }
    }

    fn reload_theme(&mut self) {
        let Some(m) = self.model.as_mut() else {
            return;
        };
        match load_looks(&m.config) {
            Ok((looks, warnings)) => (m.looks, m.look_warnings) = (looks, warnings),
            Err(fatal) => {
                self.fatal = fatal;
                self.model = None;
                return;
            }
        }
        self.pending.all = true;
    }

    fn content_changed(&mut self, paths: &[&PathBuf]) {
        let Some(m) = self.model.as_mut() else {
            return;
        };
        let content_dir = m.config.content_dir();
        let mut structural = false;
        let mut edited = Vec::new();
        for &path in paths {
            let is_md = path.extension().is_some_and(|e| e == "md");
            let known = m.files.get(path);
            let is_file = path.is_file();
            let rel = diag::display_path(&content_dir, path);
            match (is_md, known, is_file) {
                (true, Some(file), true) => {
                    let display = file.display.clone();
                    match content::read(file.clone(), &m.config) {
                        Ok(doc) => {
                            m.content_diags.remove(&display);
                            edited.push(doc);
                        }
                        Err(d) => {
                            m.content_diags.insert(display, d);
                        }
                    }
                }
                (true, None, false) => {} // came and went, or never was
                (true, _, _) => structural = true,
                (false, _, true) if m.site.assets.iter().any(|a| a.rel == rel) => {
                    // An attachment's size and type show on its pages and are
                    // checked: those pages are made and checked again.
                    if let Some(a) = m.site.asset(&rel) {
                        let now = content::Asset::read(&a.path, a.rel.clone());
                        m.site.replace_asset(now);
                    }
                    let today = m.today(self.today.as_ref());
                    for i in m.site.attaching(&rel) {
                        touch(&mut self.pending, &m.site, i);
                        m.entry_diags[i] = check::check_entry(&m.site, i, today);
                    }
                    self.pending.assets.insert(rel);
                }
                (false, _, _) => {
                    // A new or removed asset, or a folder created, moved or removed.
                    let inside = |p: &Path| p.starts_with(path) && p != path;
                    let held = m.files.keys().any(|p| inside(p))
                        || m.site.assets.iter().any(|a| inside(&a.path))
                        || m.site.assets.iter().any(|a| a.path == *path);
                    structural |= held || path.exists();
                }
            }
        }
        let mut unplaced = Vec::new();
        for doc in edited {
            self.pending
                .search
                .extend(crate::site::affected::search_languages(&m.config, &doc));
            let path = doc.file.path.clone();
            let before = m.site.get(&doc.file.key);
            if let Some(i) = before {
                touch(&mut self.pending, &m.site, i);
            }
            match (m.site.replace(doc), before) {
                (Some(old), Some(i)) => {
                    let new = m.site.entries[i].versions.get(&old.file.lang);
                    let relinked = record_links(&old) != new.and_then(record_links);
                    self.pending.sitemap |= published(&old) != new.and_then(published);
                    touch(&mut self.pending, &m.site, i);
                    if relinked {
                        m.check_all(self.today.as_ref());
                    } else {
                        let today = m.today(self.today.as_ref());
                        m.entry_diags[i] = check::check_entry(&m.site, i, today);
                        m.site_diags = check::check_site(&m.site, today);
                    }
                }
                _ => unplaced.push(path),
            }
        }
        if structural || !unplaced.is_empty() {
            let changed: BTreeSet<&Path> = paths.iter().map(|p| p.as_path()).collect();
            self.relink(&changed);
        }
    }

    /// Finds the files again and links the site anew, reusing every document
    /// whose file did not change.
    fn relink(&mut self, changed: &BTreeSet<&Path>) {
        let Some(m) = self.model.as_mut() else {
            return;
        };
        let (files, assets, discovered) = content::discover(&m.config);
        let old_assets: BTreeSet<String> = m.site.assets.iter().map(|a| a.rel.clone()).collect();
        // Copies: the old site stays whole until it is compared with the new.
        let mut reuse: HashMap<&Path, &Document> = m
            .site
            .entries
            .iter()
            .flat_map(|e| e.versions.values())
            .map(|d| (d.file.path.as_path(), d))
            .collect();
        let mut kept = Vec::new();
        let mut to_parse = Vec::new();
        for f in &files {
            match reuse.remove(f.path.as_path()) {
                Some(d) if !changed.contains(f.path.as_path()) => kept.push(Ok(d.clone())),
                _ => to_parse.push(f.clone()),
            }
        }
        let parsed: Vec<Result<Document, Vec<Diagnostic>>> = to_parse
            .into_par_iter()
            .map(|f| content::read(f, &m.config))
            .collect();
        kept.extend(parsed);
        let (annual_reports, report_diags) = content::annual_report::load(&m.config);
        let (glossaries, glossary_diags) = content::glossary::load(&m.config);
        let (documents, content_diags) = gather(
            discovered
                .into_iter()
                .chain(report_diags)
                .chain(glossary_diags)
                .collect(),
            kept,
        );
        for a in &assets {
            if !old_assets.contains(&a.rel) || changed.contains(a.path.as_path()) {
                self.pending.assets.insert(a.rel.clone());
            }
        }
        let new_assets: BTreeSet<&String> = assets.iter().map(|a| &a.rel).collect();
        self.pending.removed.extend(
            old_assets
                .iter()
                .filter(|r| !new_assets.contains(r))
                .cloned(),
        );
        let found = files.iter().map(|f| (f.key.clone(), f.lang)).collect();
        m.files = files.into_iter().map(|f| (f.path.clone(), f)).collect();
        m.content_diags = content_diags;
        let old_site = std::mem::replace(
            &mut m.site,
            Site::link(
                m.config.clone(),
                Content {
                    documents,
                    assets,
                    found,
                    annual_reports,
                    glossaries,
                },
            ),
        );
        m.site.today = self.today.as_ref().map(|t| t.date_in(&m.config.tz));
        m.check_all(self.today.as_ref());
        diff_sites(&mut self.pending, &old_site, &m.site, changed);
    }

    /// Every problem of the site as it is now, sorted; errors stop rendering.
    pub fn problems(&self) -> Vec<Diagnostic> {
        let Some(m) = &self.model else {
            return self.fatal.clone();
        };
        let mut out: Vec<Diagnostic> = m.content_diags.values().flatten().cloned().collect();
        // A file that does not parse keeps its last version in the site:
        // what the checks say of that version would only confuse.
        let parsed = |d: &&Diagnostic| {
            m.content_diags
                .get(&d.file)
                .is_none_or(|ds| !diag::has_errors(ds))
        };
        out.extend(m.entry_diags.iter().flatten().filter(parsed).cloned());
        out.extend(m.site_diags.iter().filter(parsed).cloned());
        match &m.looks {
            Ok(looks) => {
                check::name_undeclared(&mut out, &m.site, &looks.locales);
                out.extend(m.look_warnings.iter().cloned());
            }
            Err(d) => out.extend(d.iter().cloned()),
        }
        // Serve shows drafts and scheduled records: links to them work there.
        out.retain(|d| d.code != check::LINK_TO_SCHEDULED && d.code != check::LINK_TO_DRAFT);
        diag::sort(&mut out);
        out
    }

    /// Renders what the edits since the last render changed, in two steps
    /// (the edited pages, then the pages that show them and the search index
    /// of the languages touched), handing each to `serve` as soon as it is
    /// ready. Nothing is rendered while the site has
    /// errors; the pending pages wait for the next good state.
    pub fn render(&mut self, serve: &mut dyn FnMut(Output)) -> Result<(), Vec<Diagnostic>> {
        let problems = self.problems();
        if diag::has_errors(&problems) {
            return Err(problems.into_iter().filter(|d| d.is_error()).collect());
        }
        let Some(m) = &self.model else {
            return Err(self.fatal.clone());
        };
        let Ok(looks) = &m.looks else {
            return Err(problems);
        };
        let pending = std::mem::take(&mut self.pending);
        let result = m.render(looks, &pending, serve);
        if result.is_err() {
            self.pending = pending;
        }
        result
    }
}

impl Output {
    /// Every file put, with its bytes.
    pub fn each_put(&self, mut each: impl FnMut(&str, &[u8])) {
        let files = match self {
            Output::Everything(files) => files,
            Output::Some { put, .. } => put,
        };
        for (rel, bytes) in files {
            each(rel, bytes);
        }
    }
}

impl Model {
    /// "Today" in the site's time zone, read when asked.
    fn today(&self, today: Option<&Today>) -> Option<Date> {
        today.map(|t| t.date_in(&self.config.tz))
    }

    fn check_all(&mut self, today: Option<&Today>) {
        let today = self.today(today);
        let site = &self.site;
        self.entry_diags = (0..site.entries.len())
            .into_par_iter()
            .map(|i| check::check_entry(site, i, today))
            .collect();
        self.site_diags = check::check_site(site, today);
    }

    fn render(
        &self,
        looks: &Looks,
        pending: &Pending,
        serve: &mut dyn FnMut(Output),
    ) -> Result<(), Vec<Diagnostic>> {
        let site = &self.site;
        let failed = |f: Failure| problems_of(f, "(serve)");
        let listings = Listings::new(site);
        if pending.all {
            let sink = Collect::default();
            pipeline::render(site, &listings, looks, Part::All, &sink).map_err(failed)?;
            pipeline::search(site, &pipeline::all_languages(site), &sink).map_err(failed)?;
            output::assets(&site.assets, &sink).map_err(failed)?;
            serve(Output::Everything(sink.files()));
            return Ok(());
        }
        let pages = |set: &BTreeSet<(EntryKey, LangCode)>,
                     skip: &BTreeSet<(EntryKey, LangCode)>| {
            set.iter()
                .filter(|p| !skip.contains(p))
                .filter_map(|&(ref key, lang)| {
                    let i = site.get(key)?;
                    site.presence(i, lang).exists().then_some((i, lang))
                })
                .collect::<BTreeSet<(usize, LangCode)>>()
        };
        let sink = Collect::default();
        let first = pages(&pending.edited, &BTreeSet::new());
        pipeline::render(site, &listings, looks, Part::Pages(&first), &sink).map_err(failed)?;
        let assets: Vec<_> = site
            .assets
            .iter()
            .filter(|a| pending.assets.contains(&a.rel))
            .cloned()
            .collect();
        output::assets(&assets, &sink).map_err(failed)?;
        let put = sink.files();
        let written: BTreeSet<&str> = put.iter().map(|(r, _)| r.as_str()).collect();
        let remove = pending
            .removed
            .iter()
            .filter(|r| !written.contains(r.as_str()))
            .cloned()
            .collect();
        serve(Output::Some {
            put,
            remove,
            replaced: Vec::new(),
        });
        let rest = pages(&pending.dependent, &pending.edited);
        // The build's own pages that show an edited entry, as the site is now.
        let touched = pending.edited_entries(site);
        let search: Vec<LangCode> = pending.search.iter().copied().collect();
        if rest.is_empty() && touched.is_empty() && !pending.sitemap && search.is_empty() {
            return Ok(());
        }
        let sink = Collect::default();
        pipeline::render(site, &listings, looks, Part::Pages(&rest), &sink).map_err(failed)?;
        pipeline::render(site, &listings, looks, Part::MadeFor(&touched), &sink).map_err(failed)?;
        pipeline::search(site, &search, &sink).map_err(failed)?;
        let mut put = sink.files();
        if !touched.is_empty() {
            put.extend(feed::files(site, &listings, &looks.locales));
        }
        if pending.sitemap {
            put.extend(sitemap::files(site, &listings));
        }
        serve(Output::Some {
            put,
            remove: Vec::new(),
            replaced: search
                .iter()
                .map(|lang| format!("{}/", crate::search::export::folder(lang)))
                .collect(),
        });
        Ok(())
    }
}

/// The theme and messages, with the messages' warnings; a theme that
/// cannot be read is the one problem that stops everything (`Err`).
type LoadedLooks = (Result<Looks, Vec<Diagnostic>>, Vec<Diagnostic>);

fn load_looks(config: &Config) -> Result<LoadedLooks, Vec<Diagnostic>> {
    match pipeline::load_looks(config) {
        Ok(Ok((looks, warnings))) => Ok((Ok(looks), warnings)),
        Ok(Err(errors)) => Ok((Err(errors), Vec::new())),
        Err(f) => Err(problems_of(f, "themes")),
    }
}

/// A failure as the diagnostics the overlay shows; one of I/O is put on `file`.
fn problems_of(f: Failure, file: &str) -> Vec<Diagnostic> {
    match f {
        Failure::Content(d) => d,
        Failure::Io(msg) => vec![Diagnostic::error("E010", file.to_string(), msg)],
    }
}

/// Parsed documents and the problems of finding and parsing, by file.
fn gather(
    discovered: Vec<Diagnostic>,
    parsed: Vec<Result<Document, Vec<Diagnostic>>>,
) -> (Vec<Document>, BTreeMap<String, Vec<Diagnostic>>) {
    let mut documents = Vec::with_capacity(parsed.len());
    let mut by_file: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    let mut file_of = |d: Diagnostic| by_file.entry(d.file.clone()).or_default().push(d);
    discovered.into_iter().for_each(&mut file_of);
    for p in parsed {
        match p {
            Ok(doc) => documents.push(doc),
            Err(ds) => ds.into_iter().for_each(&mut file_of),
        }
    }
    (documents, by_file)
}

#[allow(clippy::type_complexity)]
fn record_links(d: &Document) -> Option<(&IndexNo, &[IndexNo], Option<&IndexNo>)> {
    match &d.front {
        Front::Record(r) => Some((&r.index_no, r.supersedes.as_slice(), r.interprets.as_ref())),
        _ => None,
    }
}

fn published(d: &Document) -> Option<Date> {
    match &d.front {
        Front::Record(r) => Some(r.published),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_follows_the_site_layout() {
        let root = Path::new("/site");
        let s = |p: &str| scope(root, &root.join(p));
        assert_eq!(s("site.toml"), Scope::Config);
        assert_eq!(s("content/disclosure/a.md"), Scope::Content);
        assert_eq!(s("content/forms/a.pdf"), Scope::Content);
        assert_eq!(s("themes/default/static/style.css"), Scope::Theme);
        assert_eq!(s("locales/en/site.ftl"), Scope::Theme);
        assert_eq!(s("locales/en/glossary.toml"), Scope::Config);
        assert_eq!(s("public/index.html"), Scope::None);
        assert_eq!(s("content/disclosure/.a.md.swp"), Scope::None);
        assert_eq!(s("content/disclosure/a.md~"), Scope::None);
        assert_eq!(s("content/site.toml"), Scope::Content);
        assert_eq!(scope(root, Path::new("/elsewhere/site.toml")), Scope::None);
    }
}
