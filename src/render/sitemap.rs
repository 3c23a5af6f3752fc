//! Machine-readable files for crawlers: `sitemap.xml` with `xhtml:link`
//! alternates for each page's real translations (fallback pages are left out:
//! they are `noindex`), and `robots.txt` pointing to it. Past 50,000 URLs the
//! sitemap becomes an index of per-language sitemaps, as the protocol asks.

use crate::domain::LangCode;
use crate::site::Site;
use crate::site::listings::Listings;

/// The sitemap protocol's limit per file.
const MAX_URLS: usize = 50_000;

/// `(path, bytes)` of every file to write: every page in its reader's
/// language, the content's and the build's own listings alike.
pub fn files(site: &Site, listings: &Listings) -> Vec<(String, Vec<u8>)> {
    let cfg = &site.config;
    let mut per_lang: Vec<(LangCode, Vec<String>)> = Vec::new();
    for (li, lang) in cfg.languages.iter().enumerate() {
        let mut urls = Vec::new();
        let entries = site.entries.iter().enumerate().map(|(i, e)| {
            let real: Vec<bool> = cfg
                .languages
                .iter()
                .map(|l| site.presence(i, l.code).is_real())
                .collect();
            (e.key.as_str(), real, site.published(i))
        });
        let made = listings.made[li].keys().map(|key| {
            let real: Vec<bool> = (0..cfg.languages.len())
                .map(|lj| listings.made_in(key, lj).is_some())
                .collect();
            (key.as_str(), real, None)
        });
        for (key, real, published) in entries.chain(made) {
            if !real[li] {
                continue;
            }
            let loc = site.absolute(&site.url(key, lang.code));
            let mut xml = format!("<url><loc>{}</loc>", escape(&loc));
            if let Some(date) = published {
                xml.push_str(&format!("<lastmod>{date}</lastmod>"));
            }
            let alternates: Vec<(&str, String)> = cfg
                .languages
                .iter()
                .zip(&real)
                .filter(|(_, real)| **real)
                .map(|(l, _)| (l.tag.as_str(), site.absolute(&site.url(key, l.code))))
                .collect();
            if alternates.len() > 1 {
                for (tag, href) in &alternates {
                    xml.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\"/>",
                        escape(href)
                    ));
                }
                let default = alternates
                    .iter()
                    .find(|(t, _)| *t == cfg.default_language().tag)
                    .unwrap_or(&alternates[0]);
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                    escape(&default.1)
                ));
            }
            xml.push_str("</url>");
            urls.push(xml);
        }
        per_lang.push((lang.code, urls));
    }
    let total: usize = per_lang.iter().map(|(_, u)| u.len()).sum();
    let mut out = Vec::new();
    if total <= MAX_URLS {
        let all: Vec<String> = per_lang.into_iter().flat_map(|(_, u)| u).collect();
        out.push(("sitemap.xml".to_string(), urlset(&all)));
    } else {
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for (code, urls) in per_lang {
            for (n, chunk) in urls.chunks(MAX_URLS).enumerate() {
                let name = if n == 0 {
                    format!("sitemap-{code}.xml")
                } else {
                    format!("sitemap-{code}-{}.xml", n + 1)
                };
                index.push_str(&format!(
                    "<sitemap><loc>{}</loc></sitemap>\n",
                    escape(&site.absolute(&format!("/{name}")))
                ));
                out.push((name, urlset(chunk)));
            }
        }
        index.push_str("</sitemapindex>\n");
        out.push(("sitemap.xml".to_string(), index.into_bytes()));
    }
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.absolute("/sitemap.xml")
    );
    out.push(("robots.txt".to_string(), robots.into_bytes()));
    out
}

fn urlset(urls: &[String]) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for u in urls {
        xml.push_str(u);
        xml.push('\n');
    }
    xml.push_str("</urlset>\n");
    xml.into_bytes()
}

/// Text and attribute values in XML (the sitemaps and the feeds).
pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
