//! gongkai (公开): a static-site generator for multilingual government
//! information-disclosure portals.
//!
//! The modules are the stages of the pipeline, in order (DESIGN.md §1):
//! `config` → `content` (discover, parse) → `site` (link) → `check` →
//! `listings` (the catalogue, taxonomies and statistics made from the site)
//! → `render` (with `i18n` and `theme`), `search`, `sitemap`, `feed` →
//! `links` → `output`; `serve` runs them again on every edit, into memory.
//! Each stage is a plain
//! function of the one before; none reaches back upstream.

pub mod check;
pub mod codes;
pub mod config;
pub mod content;
pub mod deploy;
pub mod diag;
pub mod feed;
pub mod headers;
pub mod i18n;
pub mod links;
pub mod listings;
pub mod output;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;
pub mod site;
pub mod sitemap;
pub mod stamp;
pub mod theme;
pub mod translations;
pub mod values;

use std::path::{Path, PathBuf};

use config::{Config, LoadError};
use diag::Diagnostic;
use site::Site;

/// What `build` and `check` are asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub root: PathBuf,
    pub out: Option<PathBuf>,
    pub base_url: Option<String>,
    /// The day the build is for: nothing may be published after it.
    pub today: Option<content::model::Date>,
    /// Skip `.gz` and `.br` whatever site.toml says.
    pub no_compress: bool,
    /// A previous build's manifest.json to compare the new output with.
    pub diff_against: Option<PathBuf>,
    /// Make every file again even when nothing changed since the last build.
    pub force: bool,
}

/// Why a run stopped: the content has errors (exit 1) or the tool could not
/// do its job (exit 2: unreadable folder, unwritable output).
#[derive(Debug)]
pub enum Failure {
    Content(Vec<Diagnostic>),
    Io(String),
}

/// A successful build: what was written, and the warnings found on the way.
#[derive(Debug)]
pub struct Built {
    pub out: PathBuf,
    pub files: usize,
    pub pages_by_lang: Vec<(String, usize)>,
    pub warnings: Vec<Diagnostic>,
    /// Against `--diff-against`: what to upload and delete.
    pub diff: Option<output::Diff>,
    /// Nothing changed since the last build: the output was left as it was.
    pub unchanged: bool,
    pub seconds: f64,
    /// Of which indexing and exporting the search.
    pub search_seconds: f64,
}

/// Loads, links and checks the site: everything up to rendering.
pub fn load(opts: &Options) -> Result<(Site, Vec<Diagnostic>), Failure> {
    let (site, diags) = load_unchecked(opts, &content::Sources::default())?;
    if diag::has_errors(&diags) {
        return Err(Failure::Content(diags));
    }
    Ok((site, diags))
}

/// Loads, links and checks, returning the site with every diagnostic, errors
/// included; only an unusable configuration or folder stops it.
fn load_unchecked(
    opts: &Options,
    sources: &content::Sources,
) -> Result<(Site, Vec<Diagnostic>), Failure> {
    let mut config = load_config(&opts.root)?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.clone();
    }
    let (content, mut diags) = content::load_from(&config, sources);
    let site = Site::link(config, content);
    diags.extend(check::check(&site, opts.today));
    diag::sort(&mut diags);
    Ok((site, diags))
}

/// The site, its messages, and every problem of both, in one run; the
/// Markdown files in `sources` are taken from there.
fn load_with_messages(
    opts: &Options,
    sources: &content::Sources,
) -> Result<(Site, theme::Theme, i18n::Locales, Vec<Diagnostic>), Failure> {
    let (site, mut diags) = load_unchecked(opts, sources)?;
    let theme = theme::Theme::load(&site.config).map_err(Failure::Io)?;
    let locales = match i18n::Locales::load(&site.config, &theme) {
        Ok((locales, warnings)) => {
            diags.extend(warnings);
            Some(locales)
        }
        Err(errors) => {
            diags.extend(errors);
            None
        }
    };
    diag::sort(&mut diags);
    match locales {
        Some(locales) if !diag::has_errors(&diags) => Ok((site, theme, locales, diags)),
        _ => Err(Failure::Content(diags)),
    }
}

/// `gongkai check`: every problem in one run.
pub fn check(opts: &Options) -> Result<Vec<Diagnostic>, Failure> {
    load_with_messages(opts, &content::Sources::default()).map(|(_, _, _, diags)| diags)
}

/// Told how far a build has come, from the threads that write pages.
pub trait Progress: Sync {
    /// Rendering starts: this many pages to write.
    fn start(&self, pages: u64);
    /// One more page written.
    fn page(&self);
}

/// `gongkai build`: check, render, and swap the new output in atomically.
pub fn build(opts: &Options) -> Result<Built, Failure> {
    build_with_progress(opts, None)
}

/// `build`, reporting each page written to `progress`. With the environment
/// variable `GONGKAI_TIMINGS` set, prints the time of each stage to stderr.
pub fn build_with_progress(
    opts: &Options,
    progress: Option<&dyn Progress>,
) -> Result<Built, Failure> {
    let started = std::time::Instant::now();
    let timings = Timings::from_env(started);
    // The inputs are read before the site is loaded, which takes the
    // Markdown files from what was read: a file the loader reads itself (one
    // saved in between) can only make the stamp older than the output, never
    // newer, so the next build makes it again rather than trusting a stale
    // output.
    let stamp::Inputs { digest, sources } = stamp::inputs(
        &opts.root,
        &format!("{:?} {}", opts.base_url, opts.no_compress),
    );
    timings.stage("inputs read for the stamp");
    // The site is checked whatever the stamp says: its warnings depend on
    // the day too.
    let (site, theme, locales, warnings) = load_with_messages(opts, &sources)?;
    drop(sources);
    timings.stage("load, check, messages");
    let out = opts.out.clone().unwrap_or_else(|| opts.root.join("public"));
    let old_manifest = match &opts.diff_against {
        Some(path) => Some(read_manifest(path)?),
        None => None,
    };
    let live = digest
        .as_ref()
        .filter(|_| !opts.force)
        .and_then(|inputs| stamp::live(&out).filter(|(stamp, _)| &stamp.inputs == inputs));
    if let Some((stamp, manifest)) = live {
        timings.stage("nothing changed: output checked against its stamp");
        return Ok(Built {
            out,
            files: manifest.files.len(),
            pages_by_lang: stamp.pages_by_lang,
            warnings,
            diff: old_manifest.map(|old| output::diff(&old, &manifest)),
            unchanged: true,
            seconds: started.elapsed().as_secs_f64(),
            search_seconds: 0.0,
        });
    }
    let cfg = &site.config.output;
    let output_options = output::Options {
        compress_min_bytes: (cfg.compress && !opts.no_compress).then_some(cfg.compress_min_bytes),
        brotli_quality: cfg.brotli_quality.min(11),
        base_url: site.config.base_url.clone(),
        commit: output::git_commit(&opts.root),
    };
    let staging = output::Staging::new(&out, output_options)
        .map_err(|e| Failure::Io(format!("cannot write beside {}: {e}", out.display())))?;
    let listings = listings::Listings::new(&site);
    // Everything is written through the link check, which sees every file.
    let checked = links::Checked::new(&staging);
    let counted;
    let sink: &dyn output::Sink = match progress {
        Some(progress) => {
            progress.start(pages_to_write(&site, &listings));
            counted = Counted {
                sink: &checked,
                progress,
            };
            &counted
        }
        None => &checked,
    };
    // Pages and the search index are made side by side: each leaves the
    // other's idle moments to it (the index's languages are few and unequal).
    // The site maps and feeds follow the index, while pages are still made.
    let (rendered, searched) = rayon::join(
        || render::render(&site, &listings, &locales, &theme, sink),
        || {
            let search_started = std::time::Instant::now();
            write_search_index(&site, sink)?;
            let search_seconds = search_started.elapsed().as_secs_f64();
            let machine_files = sitemap::files(&site, &listings)
                .into_iter()
                .chain(feed::files(&site, &listings, &locales))
                .chain([(
                    "_redirects".to_string(),
                    headers::redirects(&site.config).into_bytes(),
                )]);
            for (rel, bytes) in machine_files {
                sink.put(&rel, &bytes)
                    .map_err(|e| Failure::Io(format!("cannot write {rel}: {e}")))?;
            }
            Ok(search_seconds)
        },
    );
    let (rendered, search_seconds) = (rendered?, searched?);
    timings.stage("render, search index, site maps and write");
    let broken = checked.broken();
    if !broken.is_empty() {
        return Err(Failure::Content(broken));
    }
    let (manifest, manifest_hash) = staging
        .finish()
        .map_err(|e| Failure::Io(format!("cannot write {}: {e}", out.display())))?;
    if let Some(inputs) = digest {
        // The output is in place: without a stamp, the next build only
        // makes it again.
        let _ = stamp::write(
            &out,
            &stamp::Stamp {
                inputs,
                manifest: manifest_hash,
                pages_by_lang: rendered.pages_by_lang.clone(),
            },
        );
    }
    timings.stage("link check, manifest, swap");
    let diff = old_manifest.map(|old| output::diff(&old, &manifest));
    Ok(Built {
        out,
        files: manifest.files.len(),
        pages_by_lang: rendered.pages_by_lang,
        warnings,
        diff,
        unchanged: false,
        seconds: started.elapsed().as_secs_f64(),
        search_seconds,
    })
}

/// The static search index of every language (DESIGN.md §7), from the
/// tantivy indexes in the cache folder, refreshed first when out of date.
fn write_search_index(site: &Site, sink: &dyn output::Sink) -> Result<(), Failure> {
    search::each_index(site, |ix, docs| {
        for (rel, bytes) in search::export::export(&ix, &docs)? {
            sink.put(&rel, &bytes)
                .map_err(|e| format!("cannot write {rel}: {e}"))?;
        }
        Ok(())
    })
    .map_err(Failure::Io)
}

/// `gongkai search`: the pages of a language that match a query, best first,
/// from the cached index (built or refreshed when missing or out of date).
pub fn search(
    opts: &Options,
    lang: Option<&str>,
    query: &str,
    limit: usize,
) -> Result<Vec<search::Hit>, Failure> {
    let (site, _) = load(opts)?;
    let lang = lang
        .unwrap_or(&site.config.default_language().code)
        .to_string();
    if site.config.language(&lang).is_none() {
        return Err(Failure::Io(format!(
            "the site has no language `{lang}` (it has: {})",
            site.config
                .languages
                .iter()
                .map(|l| l.code.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    search::search(&site, &lang, query, limit).map_err(Failure::Io)
}

/// The pages a render writes (each an `index.html`): every entry in every
/// language where it exists, the build's own pages, the search pages, and
/// the language chooser at the root.
fn pages_to_write(site: &Site, listings: &listings::Listings) -> u64 {
    let entries = (0..site.entries.len())
        .flat_map(|i| {
            site.config
                .languages
                .iter()
                .map(move |l| site.presence(i, &l.code).exists())
        })
        .filter(|&exists| exists)
        .count();
    let made: usize = listings.made.iter().map(|m| m.len()).sum();
    let search = site.config.languages.len();
    (entries + made + search) as u64 + u64::from(site.config.i18n.default_in_subdir)
}

/// A sink that tells `progress` of every page going through it.
struct Counted<'a> {
    sink: &'a dyn output::Sink,
    progress: &'a dyn Progress,
}

impl output::Sink for Counted<'_> {
    fn put(&self, rel: &str, bytes: &[u8]) -> std::io::Result<()> {
        self.sink.put(rel, bytes)?;
        if rel.ends_with("index.html") {
            self.progress.page();
        }
        Ok(())
    }
}

/// Stage times on stderr when `GONGKAI_TIMINGS` is set (for profiling): wall
/// time, and on Linux the processor time of all threads (user + system).
struct Timings {
    last: Option<std::cell::Cell<(std::time::Instant, f64)>>,
}

impl Timings {
    fn from_env(started: std::time::Instant) -> Timings {
        Timings {
            last: std::env::var_os("GONGKAI_TIMINGS")
                .map(|_| std::cell::Cell::new((started, cpu_seconds()))),
        }
    }

    fn stage(&self, name: &str) {
        if let Some(last) = &self.last {
            let (wall, cpu) = (std::time::Instant::now(), cpu_seconds());
            let (last_wall, last_cpu) = last.get();
            eprintln!(
                "{name}: {:.2} s wall, {:.2} s cpu",
                (wall - last_wall).as_secs_f64(),
                cpu - last_cpu
            );
            last.set((wall, cpu));
        }
    }
}

/// User and system time of this process so far, from /proc (0 elsewhere).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields 14 and 15 (utime, stime, in clock ticks), counted after the
    // command name, which ends with the last `)`.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: f64 = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|t| t.parse::<f64>().ok())
        .sum();
    ticks / 100.0
}

fn read_manifest(path: &Path) -> Result<output::Manifest, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Io(format!("cannot read {}: {e}", path.display())))?;
    serde_json::from_str(&text)
        .map_err(|e| Failure::Io(format!("{} is not a gongkai manifest: {e}", path.display())))
}

/// `gongkai i18n status`: what is translated, stale, unverified and missing.
pub fn i18n_status(opts: &Options) -> Result<Vec<translations::Row>, Failure> {
    let (site, _) = load(opts)?;
    Ok(translations::status(&site))
}

/// `gongkai i18n mark FILE…`: records in each translation the digest of its
/// source as it is now. Returns the files written.
pub fn i18n_mark(opts: &Options, files: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let (site, _) = load(opts)?;
    let mut plan = Vec::new();
    for file in files {
        let path = if file.exists() {
            file.clone()
        } else {
            opts.root.join(file)
        };
        let canonical = std::fs::canonicalize(&path)
            .map_err(|e| Failure::Io(format!("{}: {e}", file.display())))?;
        let found = site.entries.iter().enumerate().find_map(|(i, e)| {
            e.versions
                .values()
                .find(|d| std::fs::canonicalize(&d.file.path).is_ok_and(|p| p == canonical))
                .map(|d| (i, d))
        });
        let Some((i, doc)) = found else {
            return Err(Failure::Io(format!(
                "{} is not a content file of the site at {}",
                file.display(),
                opts.root.display()
            )));
        };
        if doc.file.lang == site.config.default_language().code {
            return Err(Failure::Io(format!(
                "{} is a source, not a translation: mark the translations made from it (e.g. {})",
                doc.file.display,
                doc.file.display.replace(".md", ".en.md")
            )));
        }
        let source = site
            .source(i)
            .ok_or_else(|| Failure::Io(format!("{} has no source to follow", doc.file.display)))?;
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Failure::Io(format!("{}: {e}", path.display())))?;
        let marked = translations::mark(&text, &translations::digest(source))
            .map_err(|e| Failure::Io(format!("{}: {e}", doc.file.display)))?;
        plan.push((path, marked));
    }
    // Write only when every file could be marked.
    for (path, text) in &plan {
        std::fs::write(path, text)
            .map_err(|e| Failure::Io(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(plan.into_iter().map(|(p, _)| p).collect())
}

/// `gongkai new`: writes a new source file with every required field.
pub fn new_file(
    root: &Path,
    kind: scaffold::NewKind,
    path: &Path,
    today: content::model::Date,
    agency: Option<&str>,
) -> Result<PathBuf, Failure> {
    let config = load_config(root)?;
    let file = scaffold::plan(&config, kind, path, today, agency).map_err(Failure::Io)?;
    if let Some(dir) = file.path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure::Io(format!("cannot create {}: {e}", dir.display())))?;
    }
    std::fs::write(&file.path, &file.text)
        .map_err(|e| Failure::Io(format!("cannot write {}: {e}", file.path.display())))?;
    Ok(file.path)
}

/// The front-matter schemas of a site, one per kind and all together.
pub struct Schemas {
    pub kinds: Vec<(&'static str, serde_json::Value)>,
    pub all: serde_json::Value,
}

/// `gongkai schema`: labels come from the site's messages when they load.
pub fn schemas(root: &Path) -> Result<Schemas, Failure> {
    let config = load_config(root)?;
    let locales = theme::Theme::load(&config)
        .ok()
        .and_then(|t| i18n::Locales::load(&config, &t).ok())
        .map(|(l, _)| l);
    let kinds = schema::KINDS
        .iter()
        .map(|(k, s)| (*k, schema::schema_of(k, s, &config, locales.as_ref())))
        .collect();
    Ok(Schemas {
        kinds,
        all: schema::all(&config, locales.as_ref()),
    })
}

fn load_config(root: &Path) -> Result<Config, Failure> {
    Config::load(root).map_err(|e| match e {
        LoadError::Io(msg) => Failure::Io(msg),
        LoadError::Invalid(d) => Failure::Content(d),
    })
}

/// Resolves `--root`, defaulting to the current folder.
pub fn root_or_cwd(root: Option<&Path>) -> PathBuf {
    root.map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}
