//! Render: the linked `Site` becomes HTML pages, one per page and language,
//! through the theme's tera templates (autoescaped) with every visible word
//! from the locale files. Everything computed — sorting, fallbacks, URLs,
//! labels, dates — is done here and handed to the templates ready to print.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentValue;
use rayon::prelude::*;
use serde::Serialize;

use crate::content::model::{Guide, GuideText, Limit, Record, RecordText};
use crate::content::{Front, Kind, markdown};
use crate::diag::Diagnostic;
use crate::diag::Failure;
use crate::domain::vocab::Validity;
use crate::site::{Presence, Site, Target};
use crate::theme::Theme;
use crate::theme::locales::Locales;

mod annual_report;
mod attachments;
mod chrome;
mod dates;
pub mod feed;
mod interpretations;
mod made;
pub mod sitemap;
mod status;
mod structured;
mod templates;
mod views;

use crate::domain::LangCode;
use crate::site::listings::{Listings, Lists, Made, Taxonomy};
use chrome::*;
use structured::*;
use templates::*;
use views::*;

/// Where rendered files go, by path in the site; called from several
/// threads at once. `output` writes them (its staging folder, the link
/// check); `serve` keeps them in memory.
pub trait Sink: Sync {
    fn put(&self, rel: &str, bytes: &[u8]) -> std::io::Result<()>;
}

/// What a render wrote.
#[derive(Debug, Default)]
pub struct Rendered {
    /// Pages written per language, in the configured order.
    pub pages_by_lang: Vec<(LangCode, usize)>,
    pub files: usize,
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

/// What a render writes: everything, or the part of the site an edit
/// affects (`serve`), whose static files, 404 and search pages are already
/// there.
#[derive(Clone, Copy)]
pub enum Part<'s> {
    All,
    /// These entries' pages only, `(entry, language)`.
    Pages(&'s BTreeSet<(usize, LangCode)>),
    /// The build's own pages (listings, taxonomies, statistics, site map)
    /// that show one of these entries, in every language.
    MadeFor(&'s [usize]),
}

/// Renders the pages of `part` in parallel into `sink`. With everything,
/// the theme's static files go under `static/` with content-hashed names
/// (the pages refer to them by those names), with the 404 and search pages.
pub fn render(
    site: &Site,
    listings: &Listings,
    locales: &Locales,
    theme: &Theme,
    select: Part,
    sink: &dyn Sink,
) -> Result<Rendered, Failure> {
    let only = match select {
        Part::All => None,
        Part::Pages(pages) => Some(pages),
        Part::MadeFor(_) => Some(&BTreeSet::new()),
    };
    let io = |rel: &str, e: std::io::Error| {
        Failure::Io(crate::msg!("cannot-write", path = rel, error = &e))
    };
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
                l.code,
                tera::Value::from_serializable(&locales.table(l.code)),
            )
        })
        .collect();
    let made = &listings.made;
    let chromes: Vec<LangChrome> = site
        .config
        .languages
        .iter()
        .map(|l| LangChrome::new(site, locales, l.code))
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
    let jobs: Vec<(usize, LangCode)> = (0..site.entries.len())
        .flat_map(|i| site.config.lang_codes().map(move |lang| (i, lang)))
        .filter(|&(i, lang)| site.presence(i, lang).exists())
        .filter(|job| only.is_none_or(|o| o.contains(job)))
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
    let made_jobs: Vec<(LangCode, &Made)> = site
        .config
        .lang_codes()
        .zip(made)
        .flat_map(|(lang, pages)| pages.values().map(move |m| (lang, m)))
        .filter(|(_, m)| match select {
            Part::All => true,
            Part::Pages(_) => false,
            Part::MadeFor(touched) => m.shows_any(site, touched),
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
    if !matches!(select, Part::All) {
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
            .not_found(lang.code)
            .map_err(|d| Failure::Content(vec![d]))?;
        let rel = format!("{}/404.html", site.config.lang_prefix(lang.code))
            .trim_start_matches('/')
            .to_string();
        sink.put(&rel, &html).map_err(|e| io(&rel, e))?;
        files += 1;
    }
    for lang in &site.config.languages {
        let html = r
            .search_page(lang.code)
            .map_err(|d| Failure::Content(vec![d]))?;
        let rel = output_path(&search_url(site, lang.code));
        sink.put(&rel, &html).map_err(|e| io(&rel, e))?;
        files += 1;
    }
    let pages_by_lang = site
        .config
        .languages
        .iter()
        .map(|l| {
            (
                l.code,
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

fn search_url(site: &Site, lang: LangCode) -> String {
    site.url(SEARCH_KEY, lang)
}

/// `/en/a/b/` → `en/a/b/index.html`.
fn output_path(url: &str) -> String {
    format!("{}index.html", url.trim_start_matches('/'))
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
    tables: &'a BTreeMap<LangCode, tera::Value>,
    lists: &'a Lists,
    /// The pages the build makes, per language (by position), by key.
    made: &'a [BTreeMap<String, Made>],
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
                crate::msg!(
                    "render-failed",
                    template = template,
                    error = error_chain(&e)
                ),
            )),
        }
    }

    fn page(&self, i: usize, lang: LangCode) -> Result<Vec<u8>, Diagnostic> {
        let site = self.site;
        let entry = &site.entries[i];
        let presence = site.presence(i, lang);
        let doc = site.text_for(i, lang);
        let (mut ctx, crumbs) = self.chrome(i, lang, presence);
        let link = |url: &str| self.link(url, lang);
        let base = markdown::LinkBase::of(&entry.key, entry.is_section, site.config.base_url());
        let body_html = doc
            .map(|d| markdown::to_html(&d.body, &base, &link))
            .unwrap_or_default();
        if entry.key.is_empty() || entry.key == "disclosure" {
            ctx.insert("feed", &self.language_feed(lang));
        }
        let attachments = self.attachments(i, lang);
        let media = self.ld_attachments(&attachments);
        ctx.insert("attachments", &attachments);
        ctx.insert("translation_notice", &self.translation_notice(i, lang));
        let updated = self.updated(i, lang);
        let template = if entry.is_section {
            if entry.key.is_empty() {
                ctx.insert("jsonld", &structured_data(self.ld_home(lang)));
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
                    let mut item = self.ld_record(i, lang, &view);
                    if !media.is_empty() {
                        item["associatedMedia"] = media.into();
                    }
                    self.ld_translation(i, lang, &mut item);
                    if let Some(u) = &updated {
                        item["dateModified"] = u.iso.clone().into();
                    }
                    self.ld_interpretation(&mut item, i, lang);
                    let items = std::iter::once(item).chain(self.ld_breadcrumbs(&crumbs));
                    ctx.insert("jsonld", &structured_data(items.collect()));
                    ctx.insert("record", &view);
                    ctx.insert("interpretation", &self.interpretation(i, lang));
                    "record.html"
                }
                Kind::Guide => {
                    let view = self.guide(i, lang)?;
                    let mut item = self.ld_guide(i, lang, &view);
                    // A service is no CreativeWork: its forms are works about it.
                    if !media.is_empty() {
                        item["subjectOf"] = media.into();
                    }
                    let items = std::iter::once(item).chain(self.ld_breadcrumbs(&crumbs));
                    ctx.insert("jsonld", &structured_data(items.collect()));
                    ctx.insert("guide", &view);
                    "guide.html"
                }
                Kind::Page => {
                    if !media.is_empty() {
                        let mut item = self.ld_page(i, lang, media);
                        self.ld_translation(i, lang, &mut item);
                        if let Some(u) = &updated {
                            item["dateModified"] = u.iso.clone().into();
                        }
                        let items = std::iter::once(item).chain(self.ld_breadcrumbs(&crumbs));
                        ctx.insert("jsonld", &structured_data(items.collect()));
                    }
                    "page.html"
                }
            }
        };
        let title = self.title(i, lang);
        let summary = doc.and_then(|d| d.front.summary()).unwrap_or("");
        let described = if !summary.is_empty() {
            summary.to_string()
        } else if entry.is_section {
            self.description("listing", &title, lang)
        } else {
            self.description("page", &title, lang)
        };
        ctx.insert("description", &described);
        ctx.insert("title", &title);
        ctx.insert("summary", summary);
        ctx.insert("body_html", &body_html);
        ctx.insert("updated", &updated);
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
        let default = site.config.default_language().code;
        let (mut ctx, _) = self.chrome(home, default, Presence::Generated);
        let choices: Vec<serde_json::Value> = site
            .config
            .languages
            .iter()
            .map(|l| {
                serde_json::json!({
                    "tag": l.tag,
                    "name": self.locales.get(l.code, "language-name"),
                    "title": self.locales.get(l.code, "site-title"),
                    "url": site.url("", l.code),
                })
            })
            .collect();
        ctx.insert("choices", &choices);
        ctx.insert("url", "/");
        ctx.insert("canonical", &site.absolute("/"));
        let title = self.locales.get(default, "site-title");
        ctx.insert("description", &self.description("page", &title, default));
        ctx.insert("title", &title);
        ctx.insert("summary", "");
        ctx.insert("breadcrumbs", &Vec::<Link>::new());
        self.html("languages.html", &ctx, || {
            "(language chooser /)".to_string()
        })
    }

    /// The page a server shows for a path that does not exist, per language.
    fn not_found(&self, lang: LangCode) -> Result<Vec<u8>, Diagnostic> {
        let site = self.site;
        let home = site.get("").expect("the home page always exists");
        let (mut ctx, _) = self.chrome(home, lang, Presence::Generated);
        let url = format!("{}/404.html", site.config.lang_prefix(lang));
        ctx.insert("url", &url);
        ctx.insert("canonical", &site.absolute(&url));
        ctx.insert("noindex", &true);
        ctx.insert("alternates", &Vec::<Alternate>::new());
        ctx.insert("x_default", &None::<String>);
        let title = self.locales.get(lang, "notfound-title");
        ctx.insert("description", &self.description("notfound", &title, lang));
        ctx.insert("title", &title);
        ctx.insert("summary", "");
        ctx.insert("breadcrumbs", &Vec::<Link>::new());
        ctx.insert("home_url", &site.url("", lang));
        // The missing page is under no entry of the navigation.
        ctx.insert_value("nav", self.nav(NOT_FOUND_KEY, lang));
        let catalogue = site
            .get("disclosure")
            .is_some_and(|i| site.presence(i, lang).exists());
        ctx.insert(
            "catalogue_url",
            &catalogue.then(|| site.url("disclosure", lang)),
        );
        self.html("404.html", &ctx, || "(404 page)".to_string())
    }

    /// The search page of a language (`/en/search/`): it reads `?q=`, so a
    /// search can be linked; `search.js` does the rest.
    fn search_page(&self, lang: LangCode) -> Result<Vec<u8>, Diagnostic> {
        let site = self.site;
        let (mut ctx, _) = self.chrome_at(SEARCH_KEY, "search", None, lang, Presence::Generated);
        let url = search_url(site, lang);
        ctx.insert("url", &url);
        ctx.insert("canonical", &site.absolute(&url));
        ctx.insert("noindex", &true);
        ctx.insert("alternates", &Vec::<Alternate>::new());
        ctx.insert("x_default", &None::<String>);
        let title = self.locales.get(lang, "search-title");
        ctx.insert("description", &self.description("search", &title, lang));
        ctx.insert("title", &title);
        ctx.insert("summary", "");
        ctx.insert("breadcrumbs", &Vec::<Link>::new());
        ctx.insert("search", &crate::search::page(site, self.locales, lang));
        self.html("search.html", &ctx, || "(search page)".to_string())
    }
}

/// A key no page has, for the navigation of the page a missing path shows.
const NOT_FOUND_KEY: &str = "\u{0}not-found";

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
        crate::msg!("page-without-source"),
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
