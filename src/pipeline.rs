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

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use crate::check;
use crate::config::{Config, LoadError};
use crate::content::{self, Content, Sources};
use crate::diag::{self, Diagnostic, Failure};
use crate::domain::{Date, LangCode, Today};
use crate::output::{self, headers, links::Checked, previous, previous::Previous, stamp};
use crate::render::{self, Part, Rendered, Sink, feed, sitemap};
use crate::search;
use crate::site::affected::{self, Pending};
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
    let out = opts.out.clone().unwrap_or_else(|| opts.root.join("public"));
    // The live output, when it is still what its stamp says.
    let live = inputs
        .digest
        .as_ref()
        .filter(|_| !opts.force)
        .and_then(|_| stamp::live(&out));
    let context = inputs
        .context
        .as_ref()
        .map(|c| format!("{c} drafts:{} future:{}", opts.drafts, opts.future));
    let reuse = live
        .as_ref()
        .zip(context.as_ref())
        .and_then(|((stamp, _), context)| Reuse::of(&out, stamp, context, inputs.files.as_ref()?));
    let (site, looks, warnings, examined) =
        load_and_check_reusing(opts, &inputs.sources, reuse.as_ref())?;
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
    let old_manifest = opts
        .diff_against
        .as_deref()
        .map(read_manifest)
        .transpose()?;
    let diff = |new: &output::Manifest| old_manifest.as_ref().map(|old| output::diff(old, new));
    // Nothing changed since the output was made: it stays as it is.
    let unchanged = inputs_digest
        .as_ref()
        .zip(live.as_ref())
        .is_some_and(|(digest, (stamp, _))| &stamp.inputs == digest);
    if let (true, Some((stamp, manifest))) = (unchanged, live.as_ref()) {
        timings.stage("nothing changed: output checked against its stamp");
        return Ok(Built {
            files: manifest.files.len(),
            pages_by_lang: stamp.pages_by_lang.clone(),
            diff: diff(manifest),
            unchanged: true,
            seconds: started.elapsed().as_secs_f64(),
            search_seconds: 0.0,
            out,
            warnings,
            held,
        });
    }
    let listings = Listings::new(&site);
    // An edit whose effects are known: only what it affects is made again,
    // over the live output.
    if let (Some(edit), Some((stamp, manifest))) = (examined.edit.as_ref(), live) {
        let written = rebuild(RebuildOf {
            site: &site,
            listings: &listings,
            looks: &looks,
            opts,
            out: &out,
            live: manifest,
            pages_by_lang: stamp.pages_by_lang,
            edit,
        })?;
        timings.stage("render and search index of what the edit affects");
        let (manifest, manifest_hash, pages_by_lang, search_seconds) = written;
        seal(
            &out,
            inputs_digest,
            context,
            inputs.files,
            examined,
            &manifest_hash,
            &pages_by_lang,
        );
        timings.stage("link check, manifest, swap");
        return Ok(Built {
            files: manifest.files.len(),
            pages_by_lang,
            diff: diff(&manifest),
            unchanged: false,
            seconds: started.elapsed().as_secs_f64(),
            out,
            warnings,
            search_seconds,
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
    seal(
        &out,
        inputs_digest,
        context,
        inputs.files,
        examined,
        &manifest_hash,
        &pages_by_lang,
    );
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
    load_and_check_reusing(opts, sources, None).map(|(site, looks, diags, _)| (site, looks, diags))
}

/// `load_and_check`, taking the problems of the entries an edit cannot have
/// changed from the last build; also gives what the next build can reuse.
fn load_and_check_reusing(
    opts: &Options,
    sources: &Sources,
    reuse: Option<&Reuse>,
) -> Result<(Site, Looks, Vec<Diagnostic>, Examined), Failure> {
    let (site, mut diags, examined) = site_examined(opts, sources, reuse)?;
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
        Some(looks) if !diag::has_errors(&diags) => Ok((site, looks, diags, examined)),
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
    site_examined(opts, sources, None).map(|(site, diags, _)| (site, diags))
}

/// What the last build left that this one may reuse: its state, and the
/// Markdown files edited since, nothing else among the inputs having changed
/// (no file added, removed or otherwise changed).
struct Reuse {
    previous: Previous,
    edited: BTreeSet<String>,
}

impl Reuse {
    fn of(
        out: &Path,
        stamp: &stamp::Stamp,
        context: &str,
        files: &BTreeMap<String, String>,
    ) -> Option<Reuse> {
        let previous = previous::read(out)?;
        if previous.manifest.as_ref() != Some(&stamp.manifest)
            || previous.context != context
            || !files.keys().eq(previous.files.keys())
        {
            return None;
        }
        let edited: BTreeSet<String> = files
            .iter()
            .filter(|(path, hash)| previous.files.get(*path) != Some(*hash))
            .map(|(path, _)| path.clone())
            .collect();
        edited
            .iter()
            .all(|p| p.starts_with("content/") && p.ends_with(".md"))
            .then_some(Reuse { previous, edited })
    }
}

/// What the check saw, kept for the next build, and the edit to make again
/// when this build can make only what it affects.
struct Examined {
    today: Option<String>,
    shapes: BTreeMap<String, String>,
    checks: BTreeMap<String, Vec<(Diagnostic, Option<String>)>>,
    edit: Option<Pending>,
}

/// Load, link and check, reusing what `reuse` allows.
fn site_examined(
    opts: &Options,
    sources: &Sources,
    reuse: Option<&Reuse>,
) -> Result<(Site, Vec<Diagnostic>, Examined), Failure> {
    let config = load_config(&opts.root, opts.base_url.as_deref())?;
    let (content, mut diags) = load_content(&config, sources);
    let today = opts.today.as_ref().map(|t| t.date_in(&config.tz));
    let site = link(config, content);
    let shapes: BTreeMap<String, String> = site
        .entries
        .par_iter()
        .flat_map_iter(|e| {
            e.versions
                .values()
                .map(|d| (d.file.display.clone(), affected::shape(d)))
        })
        .collect();
    let today_shown = today.map(|d| d.to_string());
    let reuse = reuse.filter(|r| r.previous.today == today_shown);
    let edit = reuse.and_then(|r| edit_of(&site, r, &shapes));
    // The entries whose problems the edit may change: the pages it touches.
    let recheck: BTreeSet<&str> = edit
        .iter()
        .flat_map(|p| p.edited.iter().chain(&p.dependent))
        .map(|(key, _)| key.as_str())
        .collect();
    let cached = |i: usize| {
        let key = site.entries[i].key.as_str();
        let kept = reuse.filter(|_| edit.is_some() && !recheck.contains(key))?;
        kept.previous.checks.get(key)
    };
    let entry_diags: Vec<Vec<Diagnostic>> = (0..site.entries.len())
        .into_par_iter()
        .map(|i| match cached(i) {
            Some(kept) => kept.iter().map(previous::restore).collect(),
            None => check::check_entry(&site, i, today),
        })
        .collect();
    let checks = site
        .entries
        .iter()
        .zip(&entry_diags)
        .map(|(e, ds)| (e.key.to_string(), ds.iter().map(previous::keep).collect()))
        .collect();
    let site_diags = check::check_site(&site, today);
    // A link to a page the build shows after all is no dead link.
    diags.extend(
        entry_diags
            .into_iter()
            .flatten()
            .chain(site_diags)
            .filter(|d| {
                (!opts.future || d.code != check::LINK_TO_SCHEDULED)
                    && (!opts.drafts || d.code != check::LINK_TO_DRAFT)
            }),
    );
    let examined = Examined {
        today: today_shown,
        shapes,
        checks,
        edit,
    };
    Ok((site, diags, examined))
}

/// The pages the edited files affect, as serve works them out, when every
/// edited file kept its shape (`affected::shape`): then what showed the
/// entry before the edit shows it now, and nothing else does. `None` when
/// the build must make everything (a shape changed, a menu page was edited,
/// a section or a file that is not a document was edited).
fn edit_of(site: &Site, reuse: &Reuse, shapes: &BTreeMap<String, String>) -> Option<Pending> {
    let docs: HashMap<&str, (usize, &content::Document)> = site
        .entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.versions
                .values()
                .map(move |d| (d.file.display.as_str(), (i, d)))
        })
        .collect();
    let mut pending = Pending::default();
    for path in &reuse.edited {
        let &(i, doc) = docs.get(path.as_str())?;
        // A section's title is also in the breadcrumbs of the build's own
        // pages below it (listings, statistics), which `touch` does not name.
        if site.entries[i].is_section || shapes.get(path) != reuse.previous.shapes.get(path) {
            return None;
        }
        affected::touch(&mut pending, site, i);
        pending
            .search
            .extend(affected::search_languages(&site.config, doc));
    }
    (!pending.all).then_some(pending)
}

/// What a rebuild of some pages over the live output needs.
struct RebuildOf<'a> {
    site: &'a Site,
    listings: &'a Listings,
    looks: &'a Looks,
    opts: &'a Options,
    out: &'a Path,
    live: output::Manifest,
    pages_by_lang: Vec<(String, usize)>,
    edit: &'a Pending,
}

/// A rebuild's manifest and its hash, the pages by language, and the
/// seconds the search index took.
type Rebuilt = (
    output::Manifest,
    crate::domain::Digest,
    Vec<(String, usize)>,
    f64,
);

/// Makes again the pages an edit affects (the edited entries' pages in every
/// language, the pages that show them, the build's own pages that list them,
/// the feeds and site maps, the search index of the languages touched) and
/// keeps every other file of the live output; then swaps, as a build does.
fn rebuild(r: RebuildOf) -> Result<Rebuilt, Failure> {
    let site = r.site;
    let langs: Vec<LangCode> = r.edit.search.iter().copied().collect();
    let replaced = langs
        .iter()
        .map(|l| format!("{}/", search::export::folder(l.as_str())))
        .collect();
    let live_files: BTreeSet<String> = r.live.files.keys().cloned().collect();
    let staging = output::Staging::over(
        r.out,
        output_options(&site.config, r.opts),
        r.live,
        replaced,
    )
    .map_err(|e| {
        Failure::Io(crate::msg!(
            "cannot-write-beside",
            path = &r.out.display(),
            error = &e
        ))
    })?;
    let checked = Checked::new(&staging);
    let present = |set: &BTreeSet<(crate::domain::EntryKey, LangCode)>| {
        set.iter()
            .filter_map(|(key, lang)| {
                let i = site.get(key)?;
                site.presence(i, *lang).exists().then_some((i, *lang))
            })
            .collect::<BTreeSet<(usize, LangCode)>>()
    };
    let mut pages = present(&r.edit.edited);
    pages.extend(present(&r.edit.dependent));
    let touched = r.edit.edited_entries(site);
    let (rendered, searched) = rayon::join(
        || {
            render(site, r.listings, r.looks, Part::Pages(&pages), &checked)?;
            render(site, r.listings, r.looks, Part::MadeFor(&touched), &checked)?;
            machine_files(site, r.listings, r.looks, &checked)
        },
        || {
            let search_started = Instant::now();
            search(site, &langs, &checked)?;
            Ok::<_, Failure>(search_started.elapsed().as_secs_f64())
        },
    );
    let search_seconds = {
        rendered?;
        searched?
    };
    // The files kept were checked when they were written, and all of them stay.
    let broken = checked.broken_unless(|target| live_files.contains(target));
    if !broken.is_empty() {
        return Err(Failure::Content(broken));
    }
    let archive =
        |manifest: &output::Manifest| output::archive::json(site, &r.looks.locales, manifest);
    let (manifest, hash) = staging.finish(Some(&archive)).map_err(|e| {
        Failure::Io(crate::msg!(
            "cannot-write",
            path = &r.out.display(),
            error = &e
        ))
    })?;
    Ok((manifest, hash, r.pages_by_lang, search_seconds))
}

/// After the swap: the stamp of the new output, and what the next build can
/// reuse of this one.
#[allow(clippy::too_many_arguments)]
fn seal(
    out: &Path,
    inputs_digest: Option<String>,
    context: Option<String>,
    files: Option<BTreeMap<String, String>>,
    examined: Examined,
    manifest_hash: &crate::domain::Digest,
    pages_by_lang: &[(String, usize)],
) {
    let Some(inputs) = inputs_digest else {
        previous::forget(out);
        return;
    };
    // The output is in place: without a stamp, the next build only makes it again.
    let stamped = stamp::write(
        out,
        &stamp::Stamp {
            inputs,
            manifest: manifest_hash.clone(),
            pages_by_lang: pages_by_lang.to_vec(),
        },
    );
    match (stamped, context, files) {
        (Ok(()), Some(context), Some(files)) => {
            let kept = Previous {
                manifest: Some(manifest_hash.clone()),
                context,
                today: examined.today,
                files,
                shapes: examined.shapes,
                checks: examined.checks,
            };
            if previous::write(out, &kept).is_err() {
                previous::forget(out);
            }
        }
        _ => previous::forget(out),
    }
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
        machine_files(site, listings, looks, sink)?;
    }
    Ok(rendered)
}

/// The site maps, the feeds and `_redirects`, which show every page.
fn machine_files(
    site: &Site,
    listings: &Listings,
    looks: &Looks,
    sink: &dyn Sink,
) -> Result<(), Failure> {
    let redirects = headers::redirects(&site.config).into_bytes();
    let machine = sitemap::files(site, listings)
        .into_iter()
        .chain(feed::files(site, listings, &looks.locales))
        .chain([("_redirects".to_string(), redirects)]);
    for (rel, bytes) in machine {
        put(sink, &rel, &bytes)?;
    }
    Ok(())
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
