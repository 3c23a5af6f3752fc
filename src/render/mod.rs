//! Render: the linked `Site` becomes HTML pages, one per page and language,
//! through the theme's tera templates (autoescaped) with every visible word
//! from the locale files. Everything computed — sorting, fallbacks, URLs,
//! labels, dates — is done here and handed to the templates ready to print.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentValue;
use rayon::prelude::*;
use serde::Serialize;

use crate::Failure;
use crate::content::model::{Guide, GuideText, Limit, Record, RecordText};
use crate::content::{Front, Kind, markdown};
use crate::diag::Diagnostic;
use crate::domain::vocab::Validity;
use crate::output::Sink;
use crate::site::{Presence, Site, Target};
use crate::theme::Theme;
use crate::theme::locales::Locales;

pub mod feed;
mod made;
pub mod sitemap;

use crate::site::listings::{Listings, Lists, Made, Taxonomy};

/// What a render wrote.
#[derive(Debug, Default)]
pub struct Rendered {
    /// Pages written per language, in the configured order.
    pub pages_by_lang: Vec<(String, usize)>,
    pub files: usize,
}

/// Renders every page in every language where it exists, in parallel, into
/// `sink`; the theme's static files go under `static/` with content-hashed
/// names, and the pages refer to them by those names.
pub fn render(
    site: &Site,
    listings: &Listings,
    locales: &Locales,
    theme: &Theme,
    sink: &dyn Sink,
) -> Result<Rendered, Failure> {
    render_selected(site, listings, locales, theme, sink, Select::All)
}

/// Renders only the given pages, `(entry, language)`, for `serve` after an
/// edit: no static files, 404 pages or content assets (they are already there).
pub fn render_pages(
    site: &Site,
    listings: &Listings,
    locales: &Locales,
    theme: &Theme,
    sink: &dyn Sink,
    pages: &BTreeSet<(usize, String)>,
) -> Result<Rendered, Failure> {
    render_selected(site, listings, locales, theme, sink, Select::Pages(pages))
}

/// Renders, in every language, the build's own pages (listings, taxonomies,
/// statistics, site map) that show one of the `touched` entries: for `serve`.
pub fn render_made_for(
    site: &Site,
    listings: &Listings,
    locales: &Locales,
    theme: &Theme,
    sink: &dyn Sink,
    touched: &[usize],
) -> Result<Rendered, Failure> {
    render_selected(
        site,
        listings,
        locales,
        theme,
        sink,
        Select::MadeFor(touched),
    )
}

/// The most pages one thread renders without giving others a chance to help.
const PAGES_AT_ONCE: usize = 16;

/// Room made for a page as it is rendered: most pages are 10 to 30 KiB.
const PAGE_BYTES: usize = 32 * 1024;
/// The template that makes a record's row in catalogue tables, if the theme
/// has it (see `Renderer::record_row`).
const ROW_TEMPLATE: &str = "record-row.html";
/// Room for a row's HTML: most fit, and thousands are kept.
const ROW_BYTES: usize = 1024;

/// What a render writes.
#[derive(Clone, Copy)]
enum Select<'s> {
    All,
    /// These entries' pages only.
    Pages(&'s BTreeSet<(usize, String)>),
    /// The made pages that show these entries only.
    MadeFor(&'s [usize]),
}

fn render_selected(
    site: &Site,
    listings: &Listings,
    locales: &Locales,
    theme: &Theme,
    sink: &dyn Sink,
    select: Select,
) -> Result<Rendered, Failure> {
    let only = match select {
        Select::All => None,
        Select::Pages(pages) => Some(pages),
        Select::MadeFor(_) => Some(&BTreeSet::new()),
    };
    let io = |rel: &str, e: std::io::Error| Failure::Io(format!("cannot write {rel}: {e}"));
    let mut assets = BTreeMap::new();
    let mut files = 0;
    for (rel, bytes) in theme.under("static") {
        let name = fingerprinted(rel, bytes);
        if only.is_none() {
            sink.put(&format!("static/{name}"), bytes)
                .map_err(|e| io(rel, e))?;
            files += 1;
        }
        assets.insert(rel.to_string(), format!("/static/{name}"));
    }
    let tera = templates(theme).map_err(Failure::Content)?;
    // Each language's messages, made into a template value once: every page shares it.
    let tables = site
        .config
        .languages
        .iter()
        .map(|l| {
            (
                l.code.clone(),
                tera::Value::from_serializable(&locales.table(&l.code)),
            )
        })
        .collect();
    let made = &listings.made;
    let chromes: Vec<LangChrome> = site
        .config
        .languages
        .iter()
        .map(|l| LangChrome::new(site, locales, &l.code))
        .collect();
    let r = Renderer {
        site,
        locales,
        tera: &tera,
        assets: &tera::Value::from_serializable(&assets),
        chromes: &chromes,
        rows: &(0..site.entries.len() * site.config.languages.len())
            .map(|_| std::sync::OnceLock::new())
            .collect::<Vec<_>>(),
        row_template: tera.get_template_names().any(|n| n == ROW_TEMPLATE),
        navs: &(0..site.config.languages.len())
            .map(|_| std::sync::OnceLock::new())
            .collect::<Vec<_>>(),
        tables: &tables,
        lists: &listings.lists,
        made,
    };
    let jobs: Vec<(usize, &str)> = site
        .entries
        .iter()
        .enumerate()
        .flat_map(|(i, _)| {
            site.config
                .languages
                .iter()
                .map(move |l| (i, l.code.as_str()))
        })
        .filter(|&(i, lang)| site.presence(i, lang).exists())
        .filter(|&(i, lang)| only.is_none_or(|o| o.contains(&(i, lang.to_string()))))
        .collect();
    // Small pieces, so that no core is left idle at the end while another
    // works through a long run of pages alone (rayon splits a range further
    // only when another thread steals part of it).
    let results: Vec<Result<(), Failure>> = jobs
        .par_iter()
        .with_max_len(PAGES_AT_ONCE)
        .map(|&(i, lang)| {
            let html = r.page(i, lang).map_err(|d| Failure::Content(vec![d]))?;
            let rel = output_path(&site.url(&site.entries[i].key, lang));
            sink.put(&rel, &html).map_err(|e| io(&rel, e))
        })
        .collect();
    let made_jobs: Vec<(&str, &Made)> = site
        .config
        .languages
        .iter()
        .zip(made)
        .flat_map(|(l, pages)| pages.values().map(move |m| (l.code.as_str(), m)))
        .filter(|(_, m)| match select {
            Select::All => true,
            Select::Pages(_) => false,
            Select::MadeFor(touched) => m.shows_any(site, touched),
        })
        .collect();
    let made_results: Vec<Result<(), Failure>> = made_jobs
        .par_iter()
        .with_max_len(PAGES_AT_ONCE)
        .map(|&(lang, m)| {
            let html = r
                .made_page(m, lang)
                .map_err(|d| Failure::Content(vec![d]))?;
            let rel = output_path(&site.url(&m.key(site), lang));
            sink.put(&rel, &html).map_err(|e| io(&rel, e))
        })
        .collect();
    let mut errors = Vec::new();
    for result in results.into_iter().chain(made_results) {
        match result {
            Ok(()) => {}
            Err(Failure::Content(mut d)) => errors.append(&mut d),
            Err(io) => return Err(io),
        }
    }
    if !errors.is_empty() {
        return Err(Failure::Content(errors));
    }
    files += jobs.len() + made_jobs.len();
    if !matches!(select, Select::All) {
        return Ok(Rendered {
            pages_by_lang: Vec::new(),
            files,
        });
    }
    if site.config.i18n.default_in_subdir {
        let html = r
            .language_chooser()
            .map_err(|d| Failure::Content(vec![d]))?;
        sink.put("index.html", &html)
            .map_err(|e| io("index.html", e))?;
        files += 1;
    }
    for lang in &site.config.languages {
        let html = r
            .not_found(&lang.code)
            .map_err(|d| Failure::Content(vec![d]))?;
        let rel = format!("{}/404.html", site.config.lang_prefix(&lang.code))
            .trim_start_matches('/')
            .to_string();
        sink.put(&rel, &html).map_err(|e| io(&rel, e))?;
        files += 1;
    }
    for lang in &site.config.languages {
        let html = r
            .search_page(&lang.code)
            .map_err(|d| Failure::Content(vec![d]))?;
        let rel = output_path(&search_url(site, &lang.code));
        sink.put(&rel, &html).map_err(|e| io(&rel, e))?;
        files += 1;
    }
    for asset in &site.assets {
        let bytes = std::fs::read(&asset.path).map_err(|e| {
            Failure::Content(vec![Diagnostic::error(
                "E051",
                format!("content/{}", asset.rel),
                format!("cannot read: {e}"),
            )])
        })?;
        sink.put(&asset.rel, &bytes)
            .map_err(|e| io(&asset.rel, e))?;
        files += 1;
    }
    let pages_by_lang = site
        .config
        .languages
        .iter()
        .map(|l| {
            (
                l.code.clone(),
                jobs.iter().filter(|(_, lang)| *lang == l.code).count()
                    + made_jobs.iter().filter(|(lang, _)| *lang == l.code).count()
                    + 1, // the search page
            )
        })
        .collect();
    Ok(Rendered {
        pages_by_lang,
        files,
    })
}

/// `style.css` → `style.3f2a9c1b04d5e6f7.css`: a new name whenever the bytes change.
fn fingerprinted(rel: &str, bytes: &[u8]) -> String {
    let hash = blake3::hash(bytes).to_hex();
    match rel.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{}.{ext}", &hash[..16]),
        None => format!("{rel}.{}", &hash[..16]),
    }
}

/// The search page of a language: `/search/`, `/en/search/`.
/// The search page's key: `/search/`, `/en/search/`, …
const SEARCH_KEY: &str = "search";

fn search_url(site: &Site, lang: &str) -> String {
    site.url(SEARCH_KEY, lang)
}

/// `/en/a/b/` → `en/a/b/index.html`.
fn output_path(url: &str) -> String {
    format!("{}index.html", url.trim_start_matches('/'))
}

fn templates(theme: &Theme) -> Result<tera::Tera, Vec<Diagnostic>> {
    let mut tera = tera::Tera::default();
    tera.autoescape_on([".html"]);
    tera.set_escape_fn(escape_html);
    let files: Vec<(String, String)> = theme
        .under("templates")
        .map(|(name, bytes)| {
            (
                name.to_string(),
                String::from_utf8_lossy(bytes).into_owned(),
            )
        })
        .collect();
    tera.add_raw_templates(files).map_err(|e| {
        vec![Diagnostic::error(
            "E050",
            format!("{}/templates", theme.origin),
            format!("template error: {}", error_chain(&e)),
        )]
    })?;
    Ok(tera)
}

/// Tera's own escaping (the same five characters, the same entities), written
/// in runs between them instead of one byte at a time: a page is mostly text
/// that needs none, so it is searched sixteen bytes at a time.
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    const LANES: usize = 16;
    let special = |b: u8| (b == b'&') | (b == b'<') | (b == b'>') | (b == b'"') | (b == b'\'');
    let bytes = input.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(lanes) = bytes.get(i..i + LANES)
            && !lanes.iter().fold(false, |any, &b| any | special(b))
        {
            i += LANES;
            continue;
        }
        let entity: &[u8] = match bytes[i] {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => {
                i += 1;
                continue;
            }
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(entity)?;
        i += 1;
        start = i;
    }
    out.write_all(&bytes[start..])
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

struct Renderer<'a> {
    site: &'a Site,
    locales: &'a Locales,
    tera: &'a tera::Tera,
    /// Theme static files by name, to their fingerprinted URLs.
    assets: &'a tera::Value,
    /// What the layout shows alike on every page of a language, by position.
    chromes: &'a [LangChrome],
    /// Each record's listing row, by entry then language position, once made.
    rows: &'a [std::sync::OnceLock<Result<Option<tera::Value>, Diagnostic>>],
    /// Whether the theme has `ROW_TEMPLATE`, which makes each row's HTML.
    row_template: bool,
    /// Each language's main navigation (by position), once made.
    navs: &'a [std::sync::OnceLock<Nav>],
    /// Each language's messages for the templates' `t`.
    tables: &'a BTreeMap<String, tera::Value>,
    lists: &'a Lists,
    /// The pages the build makes, per language (by position), by key.
    made: &'a [BTreeMap<String, Made>],
}

/// A language's main navigation as template values: `variants[k]` with its
/// `k`th entry current, the last with none; `keys[k]` is the top-level key
/// the `k`th entry leads to (`""` for home).
struct Nav {
    keys: Vec<String>,
    variants: Vec<tera::Value>,
}

/// What the layout shows alike on every page of a language, made into
/// template values once instead of for every page.
struct LangChrome {
    lang: tera::Value,
    /// The layout's `site`, but for `error_report`, which names the page.
    site: tera::Map,
    search_url: String,
    /// The language's name for itself, in the switcher.
    name: String,
}

impl LangChrome {
    fn new(site: &Site, l: &Locales, lang: &str) -> LangChrome {
        let cfg = &site.config;
        let language = cfg.language(lang).expect("configured language");
        let site_value = tera::Value::from_serializable(&serde_json::json!({
            "title": l.get(lang, "site-title"),
            "short_name": l.get(lang, "site-short-name"),
            "organiser": l.get(lang, "site-organiser"),
            "address": l.get(lang, "site-address"),
            "base_url": cfg.base_url(),
            "domain": cfg.base_url().split("://").nth(1).unwrap_or(""),
            "home": site.url("", lang),
            "sitemap": site.url("sitemap", lang),
            "identity": cfg.identity,
        }));
        LangChrome {
            lang: tera::Value::from_serializable(
                &serde_json::json!({"code": lang, "tag": language.tag}),
            ),
            site: site_value.into_map().unwrap_or_default(),
            search_url: search_url(site, lang),
            name: l.get(lang, "language-name"),
        }
    }
}

#[derive(Clone, Serialize)]
struct Link {
    title: String,
    url: String,
    /// The language of `title` when it is not the page's language.
    lang: Option<String>,
    current: bool,
}

#[derive(Serialize)]
struct Switch {
    code: String,
    tag: String,
    name: String,
    url: String,
    current: bool,
    fallback: bool,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
struct Notice {
    text: String,
    link_text: String,
    url: String,
    date: Option<String>,
}

impl<'a> Renderer<'a> {
    /// Renders a page's template to the bytes of its file. Made as bytes,
    /// a page is not checked for UTF-8 again: tera writes only strings.
    /// `what` names the page in an error: its file, or what made it.
    fn html(
        &self,
        template: &str,
        ctx: &tera::Context,
        what: impl FnOnce() -> String,
    ) -> Result<Vec<u8>, Diagnostic> {
        self.html_of_size(template, ctx, PAGE_BYTES, what)
    }

    /// `html`, into room for `bytes` bytes.
    fn html_of_size(
        &self,
        template: &str,
        ctx: &tera::Context,
        bytes: usize,
        what: impl FnOnce() -> String,
    ) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(bytes);
        match self.tera.render_to(template, ctx, &mut out) {
            Ok(()) => Ok(out),
            Err(e) => Err(Diagnostic::error(
                "E050",
                what(),
                format!("rendering {template} failed: {}", error_chain(&e)),
            )),
        }
    }

    fn page(&self, i: usize, lang: &str) -> Result<Vec<u8>, Diagnostic> {
        let site = self.site;
        let entry = &site.entries[i];
        let presence = site.presence(i, lang);
        let doc = site.text_for(i, lang);
        let (mut ctx, crumbs) = self.chrome(i, lang, presence);
        let link = |url: &str| self.link(url, lang);
        let body_html = doc
            .map(|d| markdown::to_html(&d.body, &link))
            .unwrap_or_default();
        if entry.key.is_empty() || entry.key == "disclosure" {
            ctx.insert("feed", &self.language_feed(lang));
        }
        let template = if entry.is_section {
            if entry.key.is_empty() {
                ctx.insert_value("home", self.home(lang)?.into_value());
                "home.html"
            } else {
                ctx.insert_value("listing", self.listing(i, lang)?.into_value());
                "section.html"
            }
        } else {
            match entry.kind {
                Kind::Record => {
                    let view = self.record(i, lang)?;
                    let item = self.ld_record(i, lang, &view);
                    let crumbs = self.ld_breadcrumbs(&crumbs);
                    ctx.insert("jsonld", &structured_data(vec![item, crumbs]));
                    ctx.insert("record", &view);
                    "record.html"
                }
                Kind::Guide => {
                    let view = self.guide(i, lang)?;
                    let item = self.ld_guide(i, lang, &view);
                    let crumbs = self.ld_breadcrumbs(&crumbs);
                    ctx.insert("jsonld", &structured_data(vec![item, crumbs]));
                    ctx.insert("guide", &view);
                    "guide.html"
                }
                Kind::Page => "page.html",
            }
        };
        ctx.insert("title", &self.title(i, lang));
        ctx.insert(
            "summary",
            &doc.and_then(|d| d.front.summary()).unwrap_or(""),
        );
        ctx.insert("body_html", &body_html);
        self.html(template, &ctx, || {
            doc.map_or_else(
                || format!("(generated page /{})", entry.key),
                |d| d.file.display.clone(),
            )
        })
    }

    /// `/` when every language lives in its own folder: a link to each
    /// language's home, and a small script that follows the browser's
    /// preference (the links work without it).
    fn language_chooser(&self) -> Result<Vec<u8>, Diagnostic> {
        let site = self.site;
        let home = site.get("").expect("the home page always exists");
        let default = &site.config.default_language().code;
        let (mut ctx, _) = self.chrome(home, default, Presence::Generated);
        let choices: Vec<serde_json::Value> = site
            .config
            .languages
            .iter()
            .map(|l| {
                serde_json::json!({
                    "tag": l.tag,
                    "name": self.locales.get(&l.code, "language-name"),
                    "title": self.locales.get(&l.code, "site-title"),
                    "url": site.url("", &l.code),
                })
            })
            .collect();
        ctx.insert("choices", &choices);
        ctx.insert("url", "/");
        ctx.insert("canonical", &site.absolute("/"));
        ctx.insert("title", &self.locales.get(default, "site-title"));
        ctx.insert("summary", "");
        ctx.insert("breadcrumbs", &Vec::<Link>::new());
        self.html("languages.html", &ctx, || {
            "(language chooser /)".to_string()
        })
    }

    /// The page a server shows for a path that does not exist, per language.
    fn not_found(&self, lang: &str) -> Result<Vec<u8>, Diagnostic> {
        let site = self.site;
        let home = site.get("").expect("the home page always exists");
        let (mut ctx, _) = self.chrome(home, lang, Presence::Generated);
        let url = format!("{}/404.html", site.config.lang_prefix(lang));
        ctx.insert("url", &url);
        ctx.insert("canonical", &site.absolute(&url));
        ctx.insert("noindex", &true);
        ctx.insert("alternates", &Vec::<Alternate>::new());
        ctx.insert("x_default", &None::<String>);
        ctx.insert("title", &self.locales.get(lang, "notfound-title"));
        ctx.insert("summary", "");
        ctx.insert("breadcrumbs", &Vec::<Link>::new());
        ctx.insert("home_url", &site.url("", lang));
        self.html("404.html", &ctx, || "(404 page)".to_string())
    }

    /// The search page of a language (`/en/search/`): it reads `?q=`, so a
    /// search can be linked; `search.js` does the rest.
    fn search_page(&self, lang: &str) -> Result<Vec<u8>, Diagnostic> {
        let site = self.site;
        let (mut ctx, _) = self.chrome_at(SEARCH_KEY, "search", None, lang, Presence::Generated);
        let url = search_url(site, lang);
        ctx.insert("url", &url);
        ctx.insert("canonical", &site.absolute(&url));
        ctx.insert("noindex", &true);
        ctx.insert("alternates", &Vec::<Alternate>::new());
        ctx.insert("x_default", &None::<String>);
        ctx.insert("title", &self.locales.get(lang, "search-title"));
        ctx.insert("summary", "");
        ctx.insert("breadcrumbs", &Vec::<Link>::new());
        ctx.insert("search", &crate::search::page(site, self.locales, lang));
        self.html("search.html", &ctx, || "(search page)".to_string())
    }

    /// The layout's data for an entry's page.
    fn chrome(&self, i: usize, lang: &str, presence: Presence) -> (tera::Context, Vec<Link>) {
        let entry = &self.site.entries[i];
        let kind = if entry.is_section {
            "section"
        } else {
            kind_name(entry.kind)
        };
        self.chrome_at(&entry.key, kind, Some(i), lang, presence)
    }

    /// How the page at `key` exists in another language: an entry's presence,
    /// or for a made page whether that language makes it too.
    fn presence_at(&self, key: &str, entry: Option<usize>, lang: &str) -> Presence {
        match entry {
            Some(i) => self.site.presence(i, lang),
            None if key == SEARCH_KEY => Presence::Generated,
            None if self.made_in(key, lang).is_some() => Presence::Generated,
            None => Presence::Absent,
        }
    }

    fn made_in(&self, key: &str, lang: &str) -> Option<&Made> {
        let li = self.site.config.language_index(lang)?;
        self.made[li].get(key)
    }

    /// The layout's data: language, messages, navigation, switcher, notices,
    /// identity; and the page's breadcrumbs, which a record's or a guide's
    /// page states beside the item itself in its structured data. `entry` is
    /// the content entry the page shows, if any.
    fn chrome_at(
        &self,
        key: &str,
        kind: &str,
        entry: Option<usize>,
        lang: &str,
        presence: Presence,
    ) -> (tera::Context, Vec<Link>) {
        let site = self.site;
        let cfg = &site.config;
        let l = self.locales;
        let default = &cfg.default_language().code;
        let url = site.url(key, lang);
        let mut ctx = tera::Context::new();
        let language = cfg.language(lang).expect("configured language");
        let chrome = &self.chromes[self.lang_index(lang)];
        ctx.insert_value("lang", chrome.lang.clone());
        ctx.insert_value("t", self.tables[lang].clone());
        ctx.insert("url", &url);
        ctx.insert("kind", kind);
        ctx.insert("feed", &None::<String>);
        let fallback = presence == Presence::Fallback;
        let source_tag = cfg.default_language().tag.clone();
        ctx.insert(
            "content_lang",
            if fallback { &source_tag } else { &language.tag },
        );
        ctx.insert("noindex", &fallback);
        let source_url = site.url(key, default);
        ctx.insert(
            "canonical",
            &site.absolute(if fallback { &source_url } else { &url }),
        );
        if fallback {
            ctx.insert(
                "fallback",
                &Notice {
                    text: l.get(lang, "notice-fallback"),
                    link_text: l.get(lang, "notice-fallback-link"),
                    url: source_url.clone(),
                    date: None,
                },
            );
        }
        if entry.is_some_and(|i| crate::site::translations::is_stale(site, i, lang)) {
            ctx.insert(
                "stale",
                &Notice {
                    text: l.get(lang, "notice-stale"),
                    link_text: l.get(lang, "notice-stale-link"),
                    url: source_url.clone(),
                    date: None,
                },
            );
        }
        let mut site_value = chrome.site.clone();
        site_value.insert(
            "error_report".into(),
            tera::Value::from_serializable(&cfg.identity.error_report_url.as_ref().map(|u| {
                format!(
                    "{u}?site_code={}&url={}",
                    percent_encode(&cfg.identity.site_code),
                    percent_encode(&site.absolute(&url))
                )
            })),
        );
        ctx.insert_value("site", tera::Value::from(site_value));
        ctx.insert_value("assets", self.assets.clone());
        ctx.insert("search_url", &chrome.search_url);
        ctx.insert_value("nav", self.nav(key, lang));
        let crumbs = self.breadcrumbs(key, lang);
        if !matches!(kind, "record" | "guide") {
            ctx.insert(
                "jsonld",
                &structured_data(vec![self.ld_breadcrumbs(&crumbs)]),
            );
        }
        ctx.insert("breadcrumbs", &crumbs);
        let mut switcher = Vec::new();
        let mut alternates = Vec::new();
        for (other, other_chrome) in cfg.languages.iter().zip(self.chromes) {
            let p = self.presence_at(key, entry, &other.code);
            if !p.exists() {
                continue;
            }
            let href = site.url(key, &other.code);
            switcher.push(Switch {
                code: other.code.clone(),
                tag: other.tag.clone(),
                name: other_chrome.name.clone(),
                url: href.clone(),
                current: other.code == lang,
                fallback: p == Presence::Fallback,
            });
            if p.is_real() {
                alternates.push(Alternate {
                    hreflang: other.tag.clone(),
                    href: site.absolute(&href),
                });
            }
        }
        // With every language in a folder, the root page chooses for the reader.
        let x_default = if key.is_empty() && cfg.i18n.default_in_subdir {
            Some(site.absolute("/"))
        } else {
            alternates
                .iter()
                .find(|a| a.hreflang == source_tag)
                .or(alternates.first())
                .map(|a| a.href.clone())
        };
        ctx.insert("languages", &switcher);
        ctx.insert("alternates", &alternates);
        ctx.insert("x_default", &x_default);
        (ctx, crumbs)
    }

    fn title(&self, i: usize, lang: &str) -> String {
        let entry = &self.site.entries[i];
        match self.site.text_for(i, lang) {
            Some(d) => d.front.title().to_string(),
            None if entry.key.is_empty() => self.locales.get(lang, "site-title"),
            None => match entry.key.as_str() {
                "disclosure" => self.locales.get(lang, "nav-disclosure"),
                "services" => self.locales.get(lang, "nav-services"),
                key => key.rsplit('/').next().unwrap_or(key).to_string(),
            },
        }
    }

    /// Whether the text shown in `lang` is another language's (a fallback).
    fn foreign_text(&self, i: usize, lang: &str) -> Option<String> {
        (self.site.presence(i, lang) == Presence::Fallback)
            .then(|| self.site.config.default_language().tag.clone())
    }

    fn link_to(&self, i: usize, lang: &str, current: usize) -> Link {
        Link {
            title: self.title(i, lang),
            url: self.site.url(&self.site.entries[i].key, lang),
            lang: self.foreign_text(i, lang),
            current: i == current,
        }
    }

    /// The main navigation of a page at `cur_key`: the entry it is under
    /// is current.
    fn nav(&self, cur_key: &str, lang: &str) -> tera::Value {
        let nav = self.navs[self.lang_index(lang)].get_or_init(|| {
            let entries = self.nav_entries(lang);
            let with_current = |k: Option<usize>| {
                let links: Vec<Link> = entries
                    .iter()
                    .enumerate()
                    .map(|(j, (_, link))| Link {
                        current: k == Some(j),
                        ..link.clone()
                    })
                    .collect();
                tera::Value::from_serializable(&links)
            };
            Nav {
                variants: (0..entries.len())
                    .map(Some)
                    .chain([None])
                    .map(with_current)
                    .collect(),
                keys: entries.into_iter().map(|(key, _)| key).collect(),
            }
        });
        // The entries stand for distinct top-level keys: a page is under one
        // at most.
        let current = nav.keys.iter().position(|key| {
            if key.is_empty() {
                cur_key.is_empty()
            } else {
                cur_key
                    .strip_prefix(key.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            }
        });
        nav.variants[current.unwrap_or(nav.keys.len())].clone()
    }

    /// Home, the catalogue, services, then the top-level pages marked
    /// `menu`, each with the key of the part of the site it leads to (`""`
    /// for home); none is current.
    fn nav_entries(&self, lang: &str) -> Vec<(String, Link)> {
        let site = self.site;
        let l = self.locales;
        let mut nav = vec![(
            String::new(),
            Link {
                title: l.get(lang, "nav-home"),
                url: site.url("", lang),
                lang: None,
                current: false,
            },
        )];
        for (key, msg) in [
            ("disclosure", "nav-disclosure"),
            ("services", "nav-services"),
        ] {
            if site
                .get(key)
                .is_some_and(|i| site.presence(i, lang).exists())
            {
                nav.push((
                    key.to_string(),
                    Link {
                        title: l.get(lang, msg),
                        url: site.url(key, lang),
                        lang: None,
                        current: false,
                    },
                ));
            }
        }
        let mut menu: Vec<(i64, String, Link)> = Vec::new();
        if let Some(home) = site.get("") {
            for c in site.children(home) {
                let key = &site.entries[c].key;
                if key == "disclosure" || key == "services" || !site.presence(c, lang).exists() {
                    continue;
                }
                if let Some(Front::Page(p)) = site.text_for(c, lang).map(|d| &d.front)
                    && p.menu
                {
                    let link = self.link_to(c, lang, usize::MAX);
                    menu.push((p.weight.unwrap_or(0), key.clone(), link));
                }
            }
        }
        menu.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        nav.extend(menu.into_iter().map(|(_, key, link)| (key, link)));
        nav
    }

    fn breadcrumbs(&self, key: &str, lang: &str) -> Vec<Link> {
        let site = self.site;
        if key.is_empty() {
            return Vec::new();
        }
        let mut crumbs = vec![Link {
            title: self.locales.get(lang, "nav-home"),
            url: site.url("", lang),
            lang: None,
            current: false,
        }];
        let parts: Vec<&str> = key.split('/').collect();
        for n in 1..=parts.len() {
            let k = parts[..n].join("/");
            if let Some(j) = site.get(&k).filter(|&j| site.presence(j, lang).exists()) {
                crumbs.push(self.link_to(j, lang, usize::MAX));
            } else if let Some(made) = self.made_in(&k, lang) {
                crumbs.push(Link {
                    title: self.made_title(made, lang),
                    url: site.url(&k, lang),
                    lang: None,
                    current: false,
                });
            }
        }
        crumbs
    }

    /// Rewrites a site-absolute Markdown link for `lang`: to the page in that
    /// language when it exists there, else to the default language's page.
    fn link(&self, url: &str, lang: &str) -> String {
        let site = self.site;
        let frag = url.find(['#', '?']).map_or("", |p| &url[p..]);
        match site.resolve_link(url) {
            Some(Target::Page(i)) => {
                let key = &site.entries[i].key;
                let target_lang = if site.presence(i, lang).exists() {
                    lang
                } else {
                    &site.config.default_language().code
                };
                format!("{}{frag}", site.url(key, target_lang))
            }
            _ => url.to_string(),
        }
    }

    fn label(&self, lang: &str, key: String) -> String {
        self.locales.get(lang, &key)
    }

    fn date(&self, lang: &str, d: Option<crate::domain::Date>) -> Option<String> {
        d.map(|d| self.locales.date(lang, d))
    }

    fn record_link(&self, i: usize, lang: &str) -> Link {
        let mut link = self.link_to(i, lang, usize::MAX);
        if let Some(Front::Record(r)) = self.site.source(i).map(|d| &d.front) {
            link.title = match &r.doc_no {
                Some(no) => format!("{} ({no})", link.title),
                None => link.title,
            };
        }
        link
    }

    fn record(&self, i: usize, lang: &str) -> Result<RecordView, Diagnostic> {
        let site = self.site;
        let source = site.source(i).ok_or_else(|| missing_source(site, i))?;
        let Front::Record(r) = &source.front else {
            return Err(missing_source(site, i));
        };
        let text: Option<&RecordText> = match site.entries[i].versions.get(lang).map(|d| &d.front) {
            Some(Front::RecordText(t)) => Some(t),
            _ => None,
        };
        let supersedes = r
            .supersedes
            .iter()
            .filter_map(|no| site.records.get(no))
            .map(|&j| self.record_link(j, lang))
            .collect();
        let superseded_by = site
            .superseded_by
            .get(&i)
            .into_iter()
            .flatten()
            .map(|&j| self.record_link(j, lang))
            .collect();
        let default = &site.config.default_language().code;
        let authority = text.map(|_| Notice {
            text: self.locales.get(lang, "notice-authority"),
            link_text: self.locales.get(lang, "notice-authority-link"),
            url: site.url(&site.entries[i].key, default),
            date: self.date(lang, Some(r.published)),
        });
        Ok(RecordView {
            index_no: r.index_no.clone(),
            agency: self.label(lang, format!("agency-{}", r.agency)),
            doc_no: r.doc_no.clone(),
            written: self.locales.date(lang, r.written),
            published: self.locales.date(lang, r.published),
            published_iso: r.published.to_string(),
            effective: self.date(lang, r.effective),
            repealed: self.date(lang, r.repealed),
            topic: self.label(lang, format!("topic-{}", r.topic)),
            genre: r
                .genre
                .as_ref()
                .map(|g| self.label(lang, format!("genre-{g}"))),
            catalog: self.label(lang, format!("catalog-{}", r.catalog)),
            disclosure: self.label(lang, r.disclosure.label_key()),
            validity: self.label(lang, r.validity.unwrap_or(Validity::InForce).label_key()),
            validity_id: r.validity.unwrap_or(Validity::InForce).id(),
            keywords: text
                .filter(|t| !t.keywords.is_empty())
                .map_or(&r.keywords, |t| &t.keywords)
                .clone(),
            supersedes,
            superseded_by,
            authority,
        })
    }

    fn limit(&self, lang: &str, limit: Limit) -> String {
        self.locales.format(
            lang,
            &limit.unit.label_key(),
            &[("days", FluentValue::from(limit.days))],
        )
    }

    fn guide(&self, i: usize, lang: &str) -> Result<GuideView, Diagnostic> {
        let site = self.site;
        let source = site.source(i).ok_or_else(|| missing_source(site, i))?;
        let Front::Guide(g) = &source.front else {
            return Err(missing_source(site, i));
        };
        let g: &Guide = g;
        let t: Option<&GuideText> = match site.entries[i].versions.get(lang).map(|d| &d.front) {
            Some(Front::GuideText(t)) => Some(t),
            _ => None,
        };
        let l = self.locales;
        let link = |url: &str| self.link(url, lang);
        let pick =
            |translated: Option<&String>, source: &String| translated.unwrap_or(source).clone();
        let materials = g
            .materials
            .iter()
            .enumerate()
            .map(|(n, m)| {
                let mt = t.and_then(|t| t.materials.get(n));
                MaterialView {
                    name: mt.map_or(&m.name, |x| &x.name).clone(),
                    kind: m.kind.map(|k| l.get(lang, &k.label_key())),
                    form: m.form.map(|k| l.get(lang, &k.label_key())),
                    copies: m.copies,
                    required: l.get(lang, &m.required.label_key()),
                    required_id: m.required.id(),
                    source: m.source.map(|k| l.get(lang, &k.label_key())),
                    basis: mt.and_then(|x| x.basis.clone()).or_else(|| m.basis.clone()),
                    blank_form: m.blank_form.as_ref().map(|f| format!("/{f}")),
                }
            })
            .collect();
        let steps = aligned(t.map(|t| &t.steps), &g.steps);
        let fees = aligned(t.map(|t| &t.fees), &g.fees);
        let faq = aligned(t.map(|t| &t.faq), &g.faq);
        Ok(GuideView {
            catalog_code: g.catalog_code.clone(),
            task_code: g.task_code.clone(),
            item_type: l.get(lang, &g.item_type.label_key()),
            agency: l.get(lang, &format!("agency-{}", g.agency)),
            level: g.level.map(|v| l.get(lang, &v.label_key())),
            legal_basis: t
                .and_then(|t| t.legal_basis.clone())
                .unwrap_or_else(|| g.legal_basis.clone()),
            applicants: g
                .applicants
                .iter()
                .map(|a| l.get(lang, &a.label_key()))
                .collect(),
            case_type: l.get(lang, &g.case_type.label_key()),
            conditions_html: markdown::to_html(
                &pick(t.and_then(|t| t.conditions.as_ref()), &g.conditions),
                &link,
            ),
            legal_limit: self.limit(lang, g.legal_limit),
            promised_limit: self.limit(lang, g.promised_limit),
            visits: l.format(
                lang,
                "guide-visits-count",
                &[("count", FluentValue::from(g.visits))],
            ),
            online_url: g.online_url.clone(),
            place: pick(t.and_then(|t| t.place.as_ref()), &g.place),
            hours: pick(t.and_then(|t| t.hours.as_ref()), &g.hours),
            fee: g.fee,
            fees,
            phone: g.phone.clone(),
            complaint: g.complaint.clone(),
            result: t
                .and_then(|t| t.result.clone())
                .or_else(|| g.result.clone()),
            delivery: g.delivery,
            sectors: g
                .sectors
                .iter()
                .map(|s| l.get(lang, &format!("sector-{s}")))
                .collect(),
            life_events: g
                .life_events
                .iter()
                .map(|s| l.get(lang, &format!("life-event-{s}")))
                .collect(),
            materials,
            steps,
            faq,
        })
    }

    /// A record's row in listings, as a template value; `None` for an entry
    /// that is no record. A record is listed on many pages (by year, agency,
    /// topic, …): its row, and the row's HTML when the theme makes it, are
    /// made once per language and shared by every listing that shows it.
    fn record_row(&self, i: usize, lang: &str) -> Result<Option<tera::Value>, Diagnostic> {
        let languages = self.site.config.languages.len();
        self.rows[i * languages + self.lang_index(lang)]
            .get_or_init(|| {
                let Some(mut row) = self.make_record_row(i, lang) else {
                    return Ok(None);
                };
                if self.row_template {
                    let mut ctx = tera::Context::new();
                    ctx.insert("r", &row);
                    ctx.insert_value("t", self.tables[lang].clone());
                    ctx.insert_value("lang", self.chromes[self.lang_index(lang)].lang.clone());
                    let mut html = self.html_of_size(ROW_TEMPLATE, &ctx, ROW_BYTES, || {
                        format!("{} ({lang})", self.site.entries[i].key)
                    })?;
                    html.shrink_to_fit();
                    row.html = Some(
                        String::from_utf8(html)
                            .map_err(|e| Diagnostic::error("E050", ROW_TEMPLATE, e.to_string()))?,
                    );
                }
                Ok(Some(tera::Value::from_serializable(&row)))
            })
            .clone()
    }

    /// The rows of those of `entries` that are records.
    fn record_rows(
        &self,
        entries: impl IntoIterator<Item = usize>,
        lang: &str,
    ) -> Result<Vec<tera::Value>, Diagnostic> {
        entries
            .into_iter()
            .filter_map(|j| self.record_row(j, lang).transpose())
            .collect()
    }

    fn make_record_row(&self, i: usize, lang: &str) -> Option<RecordRow> {
        let Some(Front::Record(r)) = self.site.source(i).map(|d| &d.front) else {
            return None;
        };
        let r: &Record = r;
        let link = self.link_to(i, lang, usize::MAX);
        Some(RecordRow {
            html: None,
            title: link.title,
            url: link.url,
            lang: link.lang,
            index_no: r.index_no.clone(),
            doc_no: r.doc_no.clone(),
            published: self.locales.date(lang, r.published),
            published_iso: r.published.to_string(),
            validity: self.label(lang, r.validity.unwrap_or(Validity::InForce).label_key()),
            validity_id: r.validity.unwrap_or(Validity::InForce).id(),
            agency: self.label(lang, format!("agency-{}", r.agency)),
        })
    }

    fn guide_row(&self, i: usize, lang: &str) -> Option<GuideRow> {
        let Some(Front::Guide(g)) = self.site.source(i).map(|d| &d.front) else {
            return None;
        };
        let link = self.link_to(i, lang, usize::MAX);
        let summary = self
            .site
            .text_for(i, lang)
            .and_then(|d| d.front.summary())
            .map(str::to_string);
        Some(GuideRow {
            title: link.title,
            url: link.url,
            lang: link.lang,
            summary,
            agency: self.label(lang, format!("agency-{}", g.agency)),
            promised_limit: self.limit(lang, g.promised_limit),
            visits: self.locales.format(
                lang,
                "guide-visits-count",
                &[("count", FluentValue::from(g.visits))],
            ),
        })
    }

    /// Plain pages and sub-sections directly in a section, by weight then title.
    fn pages_in(&self, section: usize, lang: &str) -> Vec<PageRow> {
        let site = self.site;
        let mut rows: Vec<(i64, PageRow)> = site
            .children(section)
            .filter(|&j| site.presence(j, lang).exists())
            .filter(|&j| site.entries[j].kind == Kind::Page || site.entries[j].is_section)
            .filter(|&j| !(site.entries[j].is_section && site.entries[j].kind != Kind::Page))
            .map(|j| {
                let doc = site.text_for(j, lang);
                let weight = match doc.map(|d| &d.front) {
                    Some(Front::Page(p)) => p.weight.unwrap_or(0),
                    _ => 0,
                };
                let link = self.link_to(j, lang, usize::MAX);
                (
                    weight,
                    PageRow {
                        summary: doc.and_then(|d| d.front.summary()).map(str::to_string),
                        link,
                        entry: j,
                    },
                )
            })
            .collect();
        rows.sort_by(|a, b| (a.0, &a.1.link.url).cmp(&(b.0, &b.1.link.url)));
        rows.into_iter().map(|(_, r)| r).collect()
    }

    fn listing(&self, i: usize, lang: &str) -> Result<ListingView, Diagnostic> {
        let li = self.lang_index(lang);
        let key = &self.site.entries[i].key;
        let mut view = match self.lists.sections.get(&i) {
            Some(items) => self.listing_view(key, &items[li], 1, lang)?,
            None => ListingView::default(),
        };
        view.pages = self.pages_in(i, lang);
        view.facets = self.facets_for(key, lang);
        if key == "disclosure" {
            for k in ["disclosure/statistics", "disclosure/on-request"] {
                if let Some(made) = self.made_in(k, lang) {
                    view.links.push(Link {
                        title: self.made_title(made, lang),
                        url: self.site.url(k, lang),
                        lang: None,
                        current: false,
                    });
                }
            }
        }
        Ok(view)
    }

    fn lang_index(&self, lang: &str) -> usize {
        self.site
            .config
            .language_index(lang)
            .expect("configured language")
    }

    fn home(&self, lang: &str) -> Result<HomeView, Diagnostic> {
        let site = self.site;
        let li = self.lang_index(lang);
        let items = |key: &str| {
            site.get(key)
                .and_then(|i| self.lists.sections.get(&i))
                .map(|v| &v[li])
        };
        let exists = |key: &str| {
            site.get(key)
                .is_some_and(|i| site.presence(i, lang).exists())
        };
        let latest = match items("disclosure") {
            Some(it) => self.record_rows(it.records.iter().take(HOME_LATEST).copied(), lang)?,
            None => Vec::new(),
        };
        let services = items("services")
            .map(|it| {
                it.guides
                    .iter()
                    .take(HOME_SERVICES)
                    .filter_map(|&j| self.guide_row(j, lang))
                    .collect()
            })
            .unwrap_or_default();
        let sections = site
            .get("")
            .map(|h| self.pages_in(h, lang))
            .unwrap_or_default();
        Ok(HomeView {
            latest,
            services,
            sections,
            life_events: self
                .facets_for("services", lang)
                .into_iter()
                .find(|f| f.id == Taxonomy::LifeEvents.folder()),
            disclosure_url: exists("disclosure").then(|| site.url("disclosure", lang)),
            services_url: exists("services").then(|| site.url("services", lang)),
        })
    }
}

/// How many records and services the home page shows.
const HOME_LATEST: usize = 8;
const HOME_SERVICES: usize = 10;

/// schema.org data for search engines and the national platform's crawlers.
impl Renderer<'_> {
    fn ld_breadcrumbs(&self, crumbs: &[Link]) -> serde_json::Value {
        let items: Vec<serde_json::Value> = crumbs
            .iter()
            .enumerate()
            .map(|(n, c)| {
                serde_json::json!({
                    "@type": "ListItem",
                    "position": n + 1,
                    "name": c.title,
                    "item": self.site.absolute(&c.url),
                })
            })
            .collect();
        object([
            ("@type", "BreadcrumbList".into()),
            ("itemListElement", serde_json::Value::Array(items)),
        ])
    }

    fn organisation(&self, name: &str) -> serde_json::Value {
        serde_json::json!({"@type": "GovernmentOrganization", "name": name})
    }

    /// A record as `Legislation`: its index number, date, legal force and issuer.
    fn ld_record(&self, i: usize, lang: &str, view: &RecordView) -> serde_json::Value {
        let site = self.site;
        let url = site.absolute(&site.url(&site.entries[i].key, lang));
        let force = match view.validity_id {
            "in-force" => "https://schema.org/InForce",
            _ => "https://schema.org/NotInForce",
        };
        let source = site.source(i).map(|d| &d.front);
        let (written, published) = match source {
            Some(Front::Record(r)) => (r.written.to_string(), r.published.to_string()),
            _ => (String::new(), String::new()),
        };
        let mut item = serde_json::json!({
            "@type": "Legislation",
            "@id": url,
            "url": url,
            "name": self.title(i, lang),
            "inLanguage": self.foreign_text(i, lang).unwrap_or_else(|| self.tag(lang)),
            "legislationIdentifier": view.index_no,
            "legislationDate": written,
            "datePublished": published,
            "legislationLegalForce": force,
            "legislationPassedBy": self.organisation(&view.agency),
            "publisher": self.organisation(&view.agency),
            "about": view.topic,
        });
        if let Some(genre) = &view.genre {
            item["legislationType"] = genre.clone().into();
        }
        if let Some(no) = &view.doc_no {
            item["alternateName"] = no.clone().into();
        }
        if let Some(Front::Record(r)) = source {
            if let Some(d) = r.repealed {
                item["expires"] = d.to_string().into();
            }
            if let Some(d) = r.effective {
                item["legislationDateVersion"] = d.to_string().into();
            }
        }
        item
    }

    /// A guide as `GovernmentService`: who provides it, where, and through which channels.
    fn ld_guide(&self, i: usize, lang: &str, view: &GuideView) -> serde_json::Value {
        let site = self.site;
        let url = site.absolute(&site.url(&site.entries[i].key, lang));
        let mut channels = vec![serde_json::json!({
            "@type": "ServiceChannel",
            "name": self.locales.get(lang, "guide-place"),
            "serviceLocation": {"@type": "Place", "name": view.place, "address": view.place},
            "servicePhone": {"@type": "ContactPoint", "telephone": view.phone},
            "processingTime": view.promised_limit,
        })];
        if let Some(online) = &view.online_url {
            channels.push(serde_json::json!({
                "@type": "ServiceChannel",
                "name": self.locales.get(lang, "guide-apply-online"),
                "serviceUrl": online,
            }));
        }
        serde_json::json!({
            "@type": "GovernmentService",
            "@id": url,
            "url": url,
            "name": self.title(i, lang),
            "identifier": view.task_code,
            "serviceType": view.item_type,
            "provider": self.organisation(&view.agency),
            "serviceOperator": self.organisation(&view.agency),
            "areaServed": {"@type": "AdministrativeArea", "name": self.locales.get(lang, "site-short-name")},
            "audience": view.applicants.join(", "),
            "availableChannel": channels,
        })
    }

    fn tag(&self, lang: &str) -> String {
        self.site
            .config
            .language(lang)
            .map_or_else(|| lang.to_string(), |l| l.tag.clone())
    }
}

/// One JSON-LD document for a page, safe inside `<script type="application/ld+json">`:
/// `<`, `>` and `&` are written as JSON escapes so no text can close the element.
fn structured_data(items: Vec<serde_json::Value>) -> String {
    let doc = object([
        ("@context", "https://schema.org".into()),
        ("@graph", serde_json::Value::Array(items)),
    ]);
    let mut out = Vec::with_capacity(2048);
    let mut json = serde_json::Serializer::with_formatter(&mut out, ScriptSafe);
    match doc.serialize(&mut json) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// A JSON object of values made already (`json!` would copy each).
fn object<const N: usize>(fields: [(&str, serde_json::Value); N]) -> serde_json::Value {
    serde_json::Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Compact JSON whose strings have `<`, `>` and `&` as `\u` escapes.
struct ScriptSafe;

impl serde_json::ser::Formatter for ScriptSafe {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut from = 0;
        for (at, b) in fragment.bytes().enumerate() {
            let escape = match b {
                b'<' => "\\u003c",
                b'>' => "\\u003e",
                b'&' => "\\u0026",
                _ => continue,
            };
            out.write_all(&fragment.as_bytes()[from..at])?;
            out.write_all(escape.as_bytes())?;
            from = at + 1;
        }
        out.write_all(&fragment.as_bytes()[from..])
    }
}

/// A translation's list where it lines up with the source's, else the source's.
fn aligned<T: Clone>(translated: Option<&Vec<T>>, source: &[T]) -> Vec<T> {
    match translated {
        Some(t) if t.len() == source.len() => t.clone(),
        _ => source.to_vec(),
    }
}

fn missing_source(site: &Site, i: usize) -> Diagnostic {
    Diagnostic::error(
        "E020",
        format!("content/{}", site.entries[i].key),
        "this page has no Chinese source file",
    )
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Record => "record",
        Kind::Guide => "guide",
        Kind::Page => "page",
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char);
            }
            _ => {
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

#[derive(Serialize)]
struct RecordView {
    index_no: String,
    agency: String,
    doc_no: Option<String>,
    written: String,
    published: String,
    published_iso: String,
    effective: Option<String>,
    repealed: Option<String>,
    topic: String,
    genre: Option<String>,
    catalog: String,
    disclosure: String,
    validity: String,
    validity_id: &'static str,
    keywords: Vec<String>,
    supersedes: Vec<Link>,
    superseded_by: Vec<Link>,
    authority: Option<Notice>,
}

#[derive(Serialize)]
struct MaterialView {
    name: String,
    kind: Option<String>,
    form: Option<String>,
    copies: Option<u32>,
    required: String,
    required_id: &'static str,
    source: Option<String>,
    basis: Option<String>,
    blank_form: Option<String>,
}

#[derive(Serialize)]
struct GuideView {
    catalog_code: String,
    task_code: String,
    item_type: String,
    agency: String,
    level: Option<String>,
    legal_basis: Vec<String>,
    applicants: Vec<String>,
    case_type: String,
    conditions_html: String,
    legal_limit: String,
    promised_limit: String,
    visits: String,
    online_url: Option<String>,
    place: String,
    hours: String,
    fee: bool,
    fees: Vec<crate::content::model::Fee>,
    phone: String,
    complaint: String,
    result: Option<String>,
    delivery: Option<bool>,
    sectors: Vec<String>,
    life_events: Vec<String>,
    materials: Vec<MaterialView>,
    steps: Vec<crate::content::model::Step>,
    faq: Vec<crate::content::model::Faq>,
}

#[derive(Serialize)]
struct RecordRow {
    /// The row as `ROW_TEMPLATE` makes it, when the theme has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    html: Option<String>,
    title: String,
    url: String,
    lang: Option<String>,
    index_no: String,
    doc_no: Option<String>,
    published: String,
    published_iso: String,
    validity: String,
    validity_id: &'static str,
    agency: String,
}

#[derive(Serialize)]
struct GuideRow {
    title: String,
    url: String,
    lang: Option<String>,
    summary: Option<String>,
    agency: String,
    promised_limit: String,
    visits: String,
}

#[derive(Serialize)]
struct PageRow {
    link: Link,
    #[serde(skip)]
    entry: usize,
    summary: Option<String>,
}

#[derive(Serialize, Default)]
struct ListingView {
    /// Made values already (`Renderer::record_row`): `into_value` adds them.
    #[serde(skip)]
    records: Vec<tera::Value>,
    guides: Vec<GuideRow>,
    pages: Vec<PageRow>,
    pagination: Vec<made::PageLink>,
    /// "Page 2 of 7", when there is more than one page.
    page_status: Option<String>,
    facets: Vec<made::Facet>,
    /// The catalogue's own pages: statistics, the on-request guide.
    links: Vec<Link>,
    feed: Option<String>,
}

#[derive(Serialize)]
struct HomeView {
    /// Made values already, as a listing's `records`.
    #[serde(skip)]
    latest: Vec<tera::Value>,
    services: Vec<GuideRow>,
    sections: Vec<PageRow>,
    life_events: Option<made::Facet>,
    /// The catalogue's and the services' pages, where the language has them.
    disclosure_url: Option<String>,
    services_url: Option<String>,
}

impl ListingView {
    /// The listing as a template value, its rows shared, not copied.
    fn into_value(mut self) -> tera::Value {
        let records = std::mem::take(&mut self.records);
        with_field(tera::Value::from_serializable(&self), "records", records)
    }
}

impl HomeView {
    /// The home page's lists as a template value, its rows shared, not copied.
    fn into_value(mut self) -> tera::Value {
        let latest = std::mem::take(&mut self.latest);
        with_field(tera::Value::from_serializable(&self), "latest", latest)
    }
}

/// `value` (a map) with one more field.
fn with_field(value: tera::Value, key: &'static str, field: Vec<tera::Value>) -> tera::Value {
    let mut map = value.into_map().unwrap_or_default();
    map.insert(key.into(), tera::Value::from(field));
    tera::Value::from(map)
}

#[cfg(test)]
mod tests {
    #[test]
    fn percent_encoding_keeps_only_unreserved_characters() {
        assert_eq!(
            super::percent_encode("https://a.gov.cn/en/x_y-1.2~/?q=a b&c=é中"),
            "https%3A%2F%2Fa.gov.cn%2Fen%2Fx_y-1.2~%2F%3Fq%3Da%20b%26c%3D%C3%A9%E4%B8%AD"
        );
        assert_eq!(super::percent_encode(""), "");
    }

    #[test]
    fn structured_data_cannot_close_its_script_element() {
        let title = "A & B </script><script>alert(1)</script> > \"q\" \\ 中文";
        let item = super::object([("name", title.into()), ("n", 1.into())]);
        let json = super::structured_data(vec![item.clone()]);
        assert!(!json.contains(['<', '>', '&']), "{json}");
        assert!(json.contains(r"A \u0026 B \u003c/script\u003e"), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["@context"], "https://schema.org");
        assert_eq!(back["@graph"][0], item);
        // Compact, keys in order, as serde_json writes it.
        assert_eq!(
            json.replace(r"\u0026", "&")
                .replace(r"\u003c", "<")
                .replace(r"\u003e", ">"),
            serde_json::to_string(&back).unwrap()
        );
    }

    #[test]
    fn escaping_is_teras_byte_for_byte() {
        for text in [
            "",
            "plain",
            "People's \"Government\" <b>&amp;</b> & more",
            "大连市<人民政府>'",
            "&&''\"\"<<>>",
        ]
        .into_iter()
        .map(str::to_string)
        .chain(
            // Every place in and around the sixteen-byte steps.
            (0..40).flat_map(|at| {
                ['&', '<', '>', '"', '\'', '中'].map(|c| {
                    let mut s: String = "x".repeat(at);
                    s.push(c);
                    s.push_str(&"大连".repeat(at % 7));
                    s
                })
            }),
        ) {
            let text = text.as_str();
            let (mut ours, mut teras) = (Vec::new(), Vec::new());
            super::escape_html(text, &mut ours).unwrap();
            tera::escape_html(text, &mut teras).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(teras).unwrap()
            );
        }
    }
}
