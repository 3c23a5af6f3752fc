//! Atom feeds (RFC 4287) of the latest disclosures: one per language
//! (`/feed.xml`, `/en/feed.xml`, …) and one per topic and per agency
//! (`/en/topics/<id>/feed.xml`), each beside the HTML listing it follows and
//! linked from it with `rel=alternate`. Dates come from the records, so the
//! bytes are the same on every build of the same content.

use crate::content::Front;
use crate::domain::LangCode;
use crate::render::sitemap::escape;
use crate::site::listings::{Items, Listings, Taxonomy};
use crate::site::{Presence, Site};
use crate::theme::locales::Locales;

/// How many records a feed carries.
pub const LATEST: usize = 20;

/// `(path, bytes)` of every feed of the site.
pub fn files(site: &Site, listings: &Listings, locales: &Locales) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let lists = &listings.lists;
    for (li, lang) in site.config.languages.iter().enumerate() {
        let code = lang.code;
        let prefix = site.config.lang_prefix(code);
        let site_title = locales.get(code, "site-title");
        let all = site
            .get("disclosure")
            .and_then(|d| lists.sections.get(&d))
            .map(|items| &items[li]);
        if let Some(items) = all.filter(|i| !i.records.is_empty()) {
            let feed = Feed {
                site,
                locales,
                lang: code,
                title: site_title.clone(),
                page_key: "",
                path: format!("{prefix}/feed.xml"),
            };
            out.push(feed.write(items));
        }
        for t in [Taxonomy::Topics, Taxonomy::Agencies] {
            for (id, items) in lists.terms_in(t, li) {
                if items.records.is_empty() {
                    continue;
                }
                let label = t
                    .term_message(id)
                    .map_or_else(|| id.to_string(), |m| locales.get(code, &m));
                let key = format!("{}/{id}", t.folder());
                let feed = Feed {
                    site,
                    locales,
                    lang: code,
                    title: format!("{label} - {site_title}"),
                    page_key: &key,
                    path: format!("{prefix}/{key}/feed.xml"),
                };
                out.push(feed.write(items));
            }
        }
    }
    out
}

struct Feed<'a> {
    site: &'a Site,
    locales: &'a Locales,
    lang: LangCode,
    title: String,
    /// The HTML listing the feed follows.
    page_key: &'a str,
    /// Site-relative, with its leading slash.
    path: String,
}

impl Feed<'_> {
    fn write(&self, items: &Items) -> (String, Vec<u8>) {
        let site = self.site;
        let cfg = &site.config;
        let tag = cfg.language(self.lang).tag.as_str();
        let page = site.absolute(&site.url(self.page_key, self.lang));
        let latest: Vec<usize> = items.records.iter().take(LATEST).copied().collect();
        let updated = latest
            .first()
            .and_then(|&i| site.published(i))
            .map(|d| timestamp(&d.to_string()))
            .unwrap_or_default();
        let mut xml = String::with_capacity(4096);
        xml.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.push_str(&format!(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
            escape(tag)
        ));
        xml.push_str(&format!("<title>{}</title>\n", escape(&self.title)));
        xml.push_str(&format!("<id>{}</id>\n", escape(&page)));
        xml.push_str(&format!(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
            escape(&site.absolute(&self.path))
        ));
        xml.push_str(&format!(
            "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&page)
        ));
        xml.push_str(&format!("<updated>{updated}</updated>\n"));
        for i in latest {
            self.entry(i, &mut xml);
        }
        xml.push_str("</feed>\n");
        (
            self.path.trim_start_matches('/').to_string(),
            xml.into_bytes(),
        )
    }

    fn entry(&self, i: usize, xml: &mut String) {
        let site = self.site;
        let Some(Front::Record(r)) = site.source(i).map(|d| &d.front) else {
            return;
        };
        let url = site.absolute(&site.url(&site.entries[i].key, self.lang));
        let text = site.text_for(i, self.lang);
        let title = text.map_or(r.title.as_str(), |d| d.front.title());
        let source_lang = if site.presence(i, self.lang) == Presence::Fallback {
            format!(
                " xml:lang=\"{}\"",
                escape(&site.config.default_language().tag)
            )
        } else {
            String::new()
        };
        let when = timestamp(&r.published.to_string());
        let agency = self.locales.get(self.lang, &format!("agency-{}", r.agency));
        let topic = self.locales.get(self.lang, &format!("topic-{}", r.topic));
        xml.push_str("<entry>\n");
        xml.push_str(&format!("<title{source_lang}>{}</title>\n", escape(title)));
        xml.push_str(&format!("<id>{}</id>\n", escape(&url)));
        xml.push_str(&format!(
            "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&url)
        ));
        xml.push_str(&format!(
            "<published>{when}</published>\n<updated>{when}</updated>\n"
        ));
        xml.push_str(&format!(
            "<author><name>{}</name></author>\n",
            escape(&agency)
        ));
        xml.push_str(&format!(
            "<category term=\"{}\" label=\"{}\"/>\n",
            escape(&r.topic),
            escape(&topic)
        ));
        if let Some(summary) = text.and_then(|d| d.front.summary()) {
            xml.push_str(&format!(
                "<summary{source_lang}>{}</summary>\n",
                escape(summary)
            ));
        }
        xml.push_str("</entry>\n");
    }
}

/// A record's date as an RFC 3339 time: midnight in China Standard Time.
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00+08:00")
}
