//! What every page of a language shares: the header and footer values,
//! the main navigation, the language switcher with its alternates, the
//! breadcrumbs, links to other pages and the notices of fallbacks.

use super::*;
use crate::domain::LangCode;

/// A language's main navigation as template values: `variants[k]` with its
/// `k`th entry current, the last with none; `keys[k]` is the top-level key
/// the `k`th entry leads to (`""` for home).
pub(super) struct Nav {
    pub(super) keys: Vec<String>,
    pub(super) variants: Vec<tera::Value>,
}

/// What the layout shows alike on every page of a language, made into
/// template values once instead of for every page.
pub(super) struct LangChrome {
    pub(super) lang: tera::Value,
    /// The layout's `site`, but for `error_report`, which names the page.
    pub(super) site: tera::Map,
    pub(super) search_url: String,
    /// The language's name for itself, in the switcher.
    pub(super) name: String,
}

impl LangChrome {
    pub(super) fn new(site: &Site, l: &Locales, lang: LangCode) -> LangChrome {
        let cfg = &site.config;
        let language = cfg.language(lang);
        let site_value = tera::Value::from_serializable(&serde_json::json!({
            "title": l.get(lang, "site-title"),
            "short_name": l.get(lang, "site-short-name"),
            "organiser": l.get(lang, "site-organiser"),
            "address": l.get(lang, "site-address"),
            "base_url": cfg.base_url(),
            "domain": cfg.base_url().split("://").nth(1).unwrap_or(""),
            "home": site.url("", lang),
            "sitemap": site.url("sitemap", lang),
            "glossary": (lang.index() > 0 && site.glossaries.of(lang).is_some())
                .then(|| site.url(crate::site::listings::GLOSSARY, lang)),
            "identity": cfg.identity,
        }));
        // `source`: the tag to mark text in the source language with, on
        // pages of another language (filings, document numbers, fallbacks).
        let default = cfg.default_language();
        let source = (default.code != lang).then_some(&default.tag);
        LangChrome {
            lang: tera::Value::from_serializable(
                &serde_json::json!({"code": lang, "tag": language.tag, "source": source}),
            ),
            site: site_value.into_map().unwrap_or_default(),
            search_url: search_url(site, lang),
            name: l.get(lang, "language-name"),
        }
    }
}

#[derive(Clone, Serialize)]
pub(super) struct Link {
    pub(super) title: String,
    /// A record's document number, shown after its title; always in the
    /// source language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) doc_no: Option<String>,
    pub(super) url: String,
    /// The language of `title` when it is not the page's language.
    pub(super) lang: Option<String>,
    pub(super) current: bool,
}

#[derive(Serialize)]
pub(super) struct Switch {
    pub(super) code: LangCode,
    pub(super) tag: String,
    pub(super) name: String,
    pub(super) url: String,
    pub(super) current: bool,
    pub(super) fallback: bool,
}

#[derive(Serialize)]
pub(super) struct Alternate {
    pub(super) hreflang: String,
    pub(super) href: String,
}

#[derive(Serialize)]
pub(super) struct Notice {
    pub(super) text: String,
    pub(super) link_text: String,
    pub(super) url: String,
    pub(super) date: Option<String>,
}

impl Renderer<'_> {
    /// The layout's data for an entry's page.
    pub(super) fn chrome(
        &self,
        i: usize,
        lang: LangCode,
        presence: Presence,
    ) -> (tera::Context, Vec<Link>) {
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
    pub(super) fn presence_at(&self, key: &str, entry: Option<usize>, lang: LangCode) -> Presence {
        match entry {
            Some(i) => self.site.presence(i, lang),
            None if key == SEARCH_KEY => Presence::Generated,
            None if self.made_in(key, lang).is_some() => Presence::Generated,
            None => Presence::Absent,
        }
    }

    pub(super) fn made_in(&self, key: &str, lang: LangCode) -> Option<&Made> {
        self.made[lang.index()].get(key)
    }

    /// The layout's data: language, messages, navigation, switcher, notices,
    /// identity; and the page's breadcrumbs, which a record's or a guide's
    /// page states beside the item itself in its structured data. `entry` is
    /// the content entry the page shows, if any.
    pub(super) fn chrome_at(
        &self,
        key: &str,
        kind: &str,
        entry: Option<usize>,
        lang: LangCode,
        presence: Presence,
    ) -> (tera::Context, Vec<Link>) {
        let site = self.site;
        let cfg = &site.config;
        let l = self.locales;
        let default = cfg.default_language().code;
        let url = site.url(key, lang);
        let mut ctx = tera::Context::new();
        let language = cfg.language(lang);
        let chrome = &self.chromes[lang.index()];
        ctx.insert_value("lang", chrome.lang.clone());
        ctx.insert_value("t", self.tables[&lang].clone());
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
            let trail = self.ld_breadcrumbs(&crumbs);
            ctx.insert("jsonld", &trail.map(|t| structured_data(vec![t])));
        }
        ctx.insert("breadcrumbs", &crumbs);
        let mut switcher = Vec::new();
        let mut alternates = Vec::new();
        for (other, other_chrome) in cfg.languages.iter().zip(self.chromes) {
            let p = self.presence_at(key, entry, other.code);
            if !p.exists() {
                continue;
            }
            let href = site.url(key, other.code);
            switcher.push(Switch {
                code: other.code,
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
        ctx.insert("switcher_fallback", &switcher.iter().any(|s| s.fallback));
        ctx.insert("languages", &switcher);
        ctx.insert("alternates", &alternates);
        ctx.insert("x_default", &x_default);
        (ctx, crumbs)
    }

    /// The meta description of a page that has no summary of its own: what
    /// the page is (`kind`: listing, index, statistics, sitemap, search,
    /// notfound, page), in the reader's language, naming the page and site.
    pub(super) fn description(&self, kind: &str, title: &str, lang: LangCode) -> String {
        let site_title = self.locales.get(lang, "site-title");
        self.locales.format(
            lang,
            &format!("description-{kind}"),
            &[
                ("title", FluentValue::from(title.to_string())),
                ("site", FluentValue::from(site_title)),
            ],
        )
    }

    pub(super) fn title(&self, i: usize, lang: LangCode) -> String {
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
    pub(super) fn foreign_text(&self, i: usize, lang: LangCode) -> Option<String> {
        (self.site.presence(i, lang) == Presence::Fallback)
            .then(|| self.site.config.default_language().tag.clone())
    }

    pub(super) fn link_to(&self, i: usize, lang: LangCode, current: usize) -> Link {
        Link {
            doc_no: None,
            title: self.title(i, lang),
            url: self.site.url(&self.site.entries[i].key, lang),
            lang: self.foreign_text(i, lang),
            current: i == current,
        }
    }

    /// The main navigation of a page at `cur_key`: the entry it is under
    /// is current.
    pub(super) fn nav(&self, cur_key: &str, lang: LangCode) -> tera::Value {
        let nav = self.navs[lang.index()].get_or_init(|| {
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
    pub(super) fn nav_entries(&self, lang: LangCode) -> Vec<(String, Link)> {
        let site = self.site;
        let l = self.locales;
        let mut nav = vec![(
            String::new(),
            Link {
                doc_no: None,
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
                        doc_no: None,
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
                    menu.push((p.weight.unwrap_or(0), key.to_string(), link));
                }
            }
        }
        menu.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        nav.extend(menu.into_iter().map(|(_, key, link)| (key, link)));
        nav
    }

    pub(super) fn breadcrumbs(&self, key: &str, lang: LangCode) -> Vec<Link> {
        let site = self.site;
        if key.is_empty() {
            return Vec::new();
        }
        let mut crumbs = vec![Link {
            doc_no: None,
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
                    doc_no: None,
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
    pub(super) fn link(&self, url: &str, lang: LangCode) -> String {
        let site = self.site;
        let frag = url.find(['#', '?']).map_or("", |p| &url[p..]);
        match site.resolve_link(url) {
            Some(Target::Page(i)) => {
                let key = &site.entries[i].key;
                let target_lang = if site.presence(i, lang).exists() {
                    lang
                } else {
                    site.config.default_language().code
                };
                format!("{}{frag}", site.url(key, target_lang))
            }
            _ => url.to_string(),
        }
    }

    pub(super) fn label(&self, lang: LangCode, key: String) -> String {
        self.locales.get(lang, &key)
    }

    pub(super) fn date(&self, lang: LangCode, d: Option<crate::domain::Date>) -> Option<String> {
        d.map(|d| self.locales.date(lang, d))
    }

    pub(super) fn record_link(&self, i: usize, lang: LangCode) -> Link {
        let mut link = self.link_to(i, lang, usize::MAX);
        if let Some(Front::Record(r)) = self.site.source(i).map(|d| &d.front) {
            link.doc_no = r.doc_no.as_ref().map(|n| n.to_string());
        }
        link
    }
}
