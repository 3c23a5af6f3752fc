//! The pipeline of DESIGN.md §1, one stage after another:
//!
//! ```text
//! load (site.toml, theme and messages, content) → link → check
//!      → render ┐
//!      → search ┴→ output (link check, manifest, swap)
//! ```
//!
//! Each stage is a plain function of what the one before made. `build` runs
//! them all; `serve` calls the same functions on the part an edit affects
//! and keeps the result in memory; `check`, `search` and `i18n` stop where
//! they have what they need. Nothing here prints or exits.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::check;
use crate::config::{Config, LoadError};
use crate::content::{self, Content, Sources};
use crate::diag::{self, Diagnostic, Failure};
use crate::domain::{Date, LangCode, Today};
use crate::output::{self, headers, links::Checked, stamp};
use crate::render::{self, Part, Rendered, Sink, feed, sitemap};
use crate::search;
use crate::site::{Site, listings::Listings};
use crate::theme::{Theme, locales::Locales};

/// What `build` and `check` are asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub root: PathBuf,
    pub out: Option<PathBuf>,
    pub base_url: Option<String>,
    /// The day the build is for, in the site's time zone: nothing may be
    /// published after it. `None` checks no rule of dates.
    pub today: Option<Today>,
    /// Skip `.gz` and `.br` whatever site.toml says.
    pub no_compress: bool,
    /// A previous build's manifest.json to compare the new output with.
    pub diff_against: Option<PathBuf>,
    /// Make every file again even when nothing changed since the last build.
    pub force: bool,
    /// Build the files marked `draft = true` too.
    pub drafts: bool,
    /// Build the records whose `published` is after today too.
    pub future: bool,
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
    /// The files left out: drafts, and records scheduled after today.
    pub held: Vec<String>,
}

/// Told how far a build has come, from the threads that write pages.
pub trait Progress: Sync {
    /// Rendering starts: this many pages to write.
    fn start(&self, pages: u64);
    /// One more page written.
    fn page(&self);
}

/// The templates, static files and messages a site is rendered with.
pub struct Looks {
    pub theme: Theme,
    pub locales: Locales,
}

/// `gongkai build`: every stage, and the new output swapped in atomically.
/// With `GONGKAI_TIMINGS` set, prints the time of each stage to stderr.
pub fn build(opts: &Options, progress: Option<&dyn Progress>) -> Result<Built, Failure> {
    let started = Instant::now();
    let timings = Timings::from_env(started);
    // The inputs are read before the site is loaded, which takes the
    // Markdown files from what was read: a file saved in between can only
    // make the stamp older than the output, never newer.
    let inputs = stamp::inputs(
        &opts.root,
        &format!("{:?} {}", opts.base_url, opts.no_compress),
    );
    let (site, looks, warnings) = load_and_check(opts, &inputs.sources)?;
    drop(inputs.sources);
    let (site, held) = publishable(site, opts);
    // What is held back changes with the day, not with the files: a build
    // on the day a record goes live, or takes effect, must not find its
    // output up to date.
    let pending = site.not_yet_effective().join("\n");
    let inputs_digest = inputs.digest.map(|d| match held.is_empty() {
        true => d,
        false => format!(
            "{d}+held:{}",
            blake3::hash(held.join("\n").as_bytes()).to_hex()
        ),
    });
    let inputs_digest = inputs_digest.map(|d| match pending.is_empty() {
        true => d,
        false => format!("{d}+pending:{}", blake3::hash(pending.as_bytes()).to_hex()),
    });
    timings.stage("load, link, check");
    let out = opts.out.clone().unwrap_or_else(|| opts.root.join("public"));
    let old_manifest = opts
        .diff_against
        .as_deref()
        .map(read_manifest)
        .transpose()?;
    let diff = |new: &output::Manifest| old_manifest.as_ref().map(|old| output::diff(old, new));
    // Nothing changed since the output was made: it stays as it is.
    let live = inputs_digest
        .as_ref()
        .filter(|_| !opts.force)
        .and_then(|digest| stamp::live(&out).filter(|(stamp, _)| &stamp.inputs == digest));
    if let Some((stamp, manifest)) = live {
        timings.stage("nothing changed: output checked against its stamp");
        return Ok(Built {
            files: manifest.files.len(),
            pages_by_lang: stamp.pages_by_lang,
            diff: diff(&manifest),
            unchanged: true,
            seconds: started.elapsed().as_secs_f64(),
            search_seconds: 0.0,
            out,
            warnings,
            held,
        });
    }
    let staging = output::Staging::new(&out, output_options(&site.config, opts)).map_err(|e| {
        Failure::Io(crate::msg!(
            "cannot-write-beside",
            path = &out.display(),
            error = &e
        ))
    })?;
    let listings = Listings::new(&site);
    // Everything is written through the link check, which sees every file.
    let checked = Checked::new(&staging);
    let counted = progress.map(|progress| {
        progress.start(pages_to_write(&site, &listings));
        Counted {
            sink: &checked,
            progress,
        }
    });
    let sink: &dyn Sink = match &counted {
        Some(counted) => counted,
        None => &checked,
    };
    // Pages and the search index are made side by side: each leaves the
    // other's idle moments to it (the index's languages are few and unequal).
    let (rendered, searched) = rayon::join(
        || render(&site, &listings, &looks, Part::All, sink),
        || {
            let search_started = Instant::now();
            search(&site, &all_languages(&site), sink)?;
            Ok::<_, Failure>(search_started.elapsed().as_secs_f64())
        },
    );
    let (rendered, search_seconds) = (rendered?, searched?);
    output::assets(&site.assets, sink)?;
    timings.stage("render, search index, write");
    let broken = checked.broken();
    if !broken.is_empty() {
        return Err(Failure::Content(broken));
    }
    let archive =
        |manifest: &output::Manifest| output::archive::json(&site, &looks.locales, manifest);
    let (manifest, manifest_hash) = staging.finish(Some(&archive)).map_err(|e| {
        Failure::Io(crate::msg!(
            "cannot-write",
            path = &out.display(),
            error = &e
        ))
    })?;
    // What a build reports, and its stamp keeps for the next one: plain codes.
    let pages_by_lang: Vec<(String, usize)> = rendered
        .pages_by_lang
        .iter()
        .map(|(lang, n)| (lang.to_string(), *n))
        .collect();
    if let Some(inputs) = inputs_digest {
        // The output is in place: without a stamp, the next build only makes it again.
        let _ = stamp::write(
            &out,
            &stamp::Stamp {
                inputs,
                manifest: manifest_hash,
                pages_by_lang: pages_by_lang.clone(),
            },
        );
    }
    timings.stage("link check, manifest, swap");
    Ok(Built {
        files: manifest.files.len(),
        pages_by_lang,
        diff: diff(&manifest),
        unchanged: false,
        seconds: started.elapsed().as_secs_f64(),
        out,
        warnings,
        search_seconds,
        held,
    })
}

/// Stage 3b: what is published. Drafts and records scheduled after today
/// were checked with the rest; the build leaves them out (their pages,
/// listings, feeds, sitemap entries and search documents) unless asked for.
/// Also gives the files held back, sorted.
pub fn publishable(site: Site, opts: &Options) -> (Site, Vec<String>) {
    let today = opts.today.as_ref().map(|t| t.date_in(&site.config.tz));
    let mut site = site;
    site.today = today;
    let held = |doc: &content::Document| {
        (!opts.drafts && doc.front.is_draft())
            || (!opts.future && today.is_some_and(|t| doc.front.published().is_some_and(|p| p > t)))
    };
    let default = &site.config.default_language().code;
    let mut files: Vec<String> = Vec::new();
    for e in &site.entries {
        let page_held = e.versions.get(default).is_some_and(held);
        files.extend(
            e.versions
                .values()
                .filter(|d| page_held || held(d))
                .map(|d| d.file.display.clone()),
        );
    }
    files.sort();
    match files.is_empty() {
        true => (site, files),
        false => (site.without(held), files),
    }
}

/// Load, link and check: the site, how it looks, and its warnings; any
/// error of any of them stops here, all of them reported at once.
pub fn load_and_check(
    opts: &Options,
    sources: &Sources,
) -> Result<(Site, Looks, Vec<Diagnostic>), Failure> {
    let (site, mut diags) = site_with_problems(opts, sources)?;
    let looks = match load_looks(&site.config)? {
        Ok((looks, warnings)) => {
            check::name_undeclared(&mut diags, &site, &looks.locales);
            diags.extend(warnings);
            Some(looks)
        }
        Err(errors) => {
            diags.extend(errors);
            None
        }
    };
    diag::sort(&mut diags);
    match looks {
        Some(looks) if !diag::has_errors(&diags) => Ok((site, looks, diags)),
        _ => Err(Failure::Content(diags)),
    }
}

/// Load, link and check without the theme: what `search` and `i18n` need.
pub fn load_site(opts: &Options) -> Result<(Site, Vec<Diagnostic>), Failure> {
    let (site, mut diags) = site_with_problems(opts, &Sources::default())?;
    diag::sort(&mut diags);
    if diag::has_errors(&diags) {
        return Err(Failure::Content(diags));
    }
    Ok((site, diags))
}

fn site_with_problems(
    opts: &Options,
    sources: &Sources,
) -> Result<(Site, Vec<Diagnostic>), Failure> {
    let config = load_config(&opts.root, opts.base_url.as_deref())?;
    let (content, mut diags) = load_content(&config, sources);
    let today = opts.today.as_ref().map(|t| t.date_in(&config.tz));
    let site = link(config, content);
    // A link to a page the build shows after all is no dead link.
    diags.extend(check(&site, today).into_iter().filter(|d| {
        (!opts.future || d.code != check::LINK_TO_SCHEDULED)
            && (!opts.drafts || d.code != check::LINK_TO_DRAFT)
    }));
    Ok((site, diags))
}

/// Stage 1a, load: `site.toml`, with `--base-url` over its own.
pub fn load_config(root: &Path, base_url: Option<&str>) -> Result<Config, Failure> {
    let mut config = Config::load(root).map_err(|e| match e {
        LoadError::Io(msg) => Failure::Io(msg),
        LoadError::Invalid(d) => Failure::Content(d),
    })?;
    if let Some(url) = base_url {
        config.base_url = url.to_string();
    }
    Ok(config)
}

/// The theme and messages with their warnings, or the messages' errors.
pub type MessagesChecked = Result<(Looks, Vec<Diagnostic>), Vec<Diagnostic>>;

/// Stage 1b, load: the theme and the messages of every language. A theme
/// that cannot be read stops everything; the messages' problems are
/// returned as diagnostics (errors, or warnings beside the loaded messages).
pub fn load_looks(config: &Config) -> Result<MessagesChecked, Failure> {
    let theme = Theme::load(config).map_err(|e| Failure::Io(crate::msg!("detail", detail = e)))?;
    Ok(Locales::load(config, &theme)
        .map(|(locales, warnings)| (Looks { theme, locales }, warnings)))
}

/// Stage 1c, load: every content file found and parsed; the files in
/// `sources` are taken from there instead of the disk.
pub fn load_content(config: &Config, sources: &Sources) -> (Content, Vec<Diagnostic>) {
    content::load_from(config, sources)
}

/// Stage 2, link: the documents become one site.
pub fn link(config: Config, content: Content) -> Site {
    Site::link(config, content)
}

/// Stage 3, check: every rule of the domain, on every page (`serve`
/// re-checks one page with `check::check_entry`).
pub fn check(site: &Site, today: Option<Date>) -> Vec<Diagnostic> {
    check::check(site, today)
}

/// Stage 4, render: the pages of `part`, and with everything the site maps
/// and feeds, into `sink`.
pub fn render(
    site: &Site,
    listings: &Listings,
    looks: &Looks,
    part: Part,
    sink: &dyn Sink,
) -> Result<Rendered, Failure> {
    let rendered = render::render(site, listings, &looks.locales, &looks.theme, part, sink)?;
    if matches!(part, Part::All) {
        let redirects = headers::redirects(&site.config).into_bytes();
        let machine = sitemap::files(site, listings)
            .into_iter()
            .chain(feed::files(site, listings, &looks.locales))
            .chain([("_redirects".to_string(), redirects)]);
        for (rel, bytes) in machine {
            put(sink, &rel, &bytes)?;
        }
    }
    Ok(rendered)
}

/// Stage 5, search: the index of each of `langs`, refreshed in the cache
/// folder when its documents changed, exported as static files into `sink`.
pub fn search(site: &Site, langs: &[LangCode], sink: &dyn Sink) -> Result<(), Failure> {
    search::each_index(site, langs, |ix, docs| {
        for (rel, bytes) in search::export::export(&ix, &docs)? {
            sink.put(&rel, &bytes)
                .map_err(|e| format!("cannot write {rel}: {e}"))?;
        }
        Ok(())
    })
    .map_err(|e| Failure::Io(crate::msg!("detail", detail = e)))
}

/// Every language of the site, in its order.
pub fn all_languages(site: &Site) -> Vec<LangCode> {
    site.config.lang_codes().collect()
}

fn put(sink: &dyn Sink, rel: &str, bytes: &[u8]) -> Result<(), Failure> {
    sink.put(rel, bytes)
        .map_err(|e| Failure::Io(crate::msg!("cannot-write", path = rel, error = &e)))
}

fn output_options(config: &Config, opts: &Options) -> output::Options {
    let cfg = &config.output;
    output::Options {
        compress_min_bytes: (cfg.compress && !opts.no_compress).then_some(cfg.compress_min_bytes),
        brotli_quality: cfg.brotli_quality.min(11),
        base_url: config.base_url.clone(),
        commit: output::git_commit(&opts.root),
    }
}

/// The pages a render writes (each an `index.html`): every entry in every
/// language where it exists, the build's own pages, the search pages, and
/// the language chooser at the root.
fn pages_to_write(site: &Site, listings: &Listings) -> u64 {
    let entries = (0..site.entries.len())
        .flat_map(|i| {
            site.config
                .languages
                .iter()
                .map(move |l| site.presence(i, l.code).exists())
        })
        .filter(|&exists| exists)
        .count();
    let made: usize = listings.made.iter().map(|m| m.len()).sum();
    let search = site.config.languages.len();
    (entries + made + search) as u64 + u64::from(site.config.i18n.default_in_subdir)
}

/// A sink that tells `progress` of every page going through it.
struct Counted<'a> {
    sink: &'a dyn Sink,
    progress: &'a dyn Progress,
}

impl Sink for Counted<'_> {
    fn put(&self, rel: &str, bytes: &[u8]) -> std::io::Result<()> {
        self.sink.put(rel, bytes)?;
        if rel.ends_with("index.html") {
            self.progress.page();
        }
        Ok(())
    }
}

fn read_manifest(path: &Path) -> Result<output::Manifest, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::Io(crate::msg!(
            "cannot-read-path",
            path = &path.display(),
            error = &e
        ))
    })?;
    serde_json::from_str(&text).map_err(|e| {
        Failure::Io(crate::msg!(
            "not-a-manifest",
            path = &path.display(),
            error = &e
        ))
    })
}

/// Stage times on stderr when `GONGKAI_TIMINGS` is set (for profiling): wall
/// time, and on Linux the processor time of all threads (user + system).
struct Timings {
    last: Option<std::cell::Cell<(Instant, f64)>>,
}

impl Timings {
    fn from_env(started: Instant) -> Timings {
        Timings {
            last: std::env::var_os("GONGKAI_TIMINGS")
                .map(|_| std::cell::Cell::new((started, cpu_seconds()))),
        }
    }

    fn stage(&self, name: &str) {
        if let Some(last) = &self.last {
            let (wall, cpu) = (Instant::now(), cpu_seconds());
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
