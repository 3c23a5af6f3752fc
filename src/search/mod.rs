//! Search: every page, as readers see it in each language, analysed
//! (`analysis`) into one tantivy index per language (`index`, kept in the
//! cache folder and used by `gongkai search`), exported as static shards for
//! the browser (`export`, read by the theme's dependency-free `search.js`).
//!
//! Reads the linked `Site` only. The browser and `gongkai search` rank alike:
//! the same tokens, the same clauses, tantivy's BM25, ties in date order.

pub use crate::text::{analysis, hanzi};
pub mod export;
mod fields;
pub mod index;

use std::path::PathBuf;

use pulldown_cmark::{Event, Parser, TagEnd};
use rayon::prelude::*;
use serde::Serialize;

use crate::content::{Front, Kind};
use crate::domain::LangCode;
use crate::domain::vocab::Validity;
use crate::site::{Presence, Site};
use crate::theme::locales::Locales;
use index::LangIndex;

/// A page as the search sees it in one language.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct Doc {
    /// Rank by date, oldest first (undated pages before them), then by URL
    /// from the last: the document's number; of equal scores, the higher
    /// number ranks first.
    pub ord: u32,
    pub url: String,
    pub title: String,
    pub kind: &'static str,
    /// `YYYY-MM-DD`, records only.
    pub date: Option<String>,
    pub year: Option<u16>,
    pub agency: Option<String>,
    pub topic: Option<String>,
    pub validity: Option<&'static str>,
    /// A record's document number (文号), shown with the result.
    pub doc_no: Option<String>,
    /// The language tag of the text when it is not the page's (a fallback).
    pub text_lang: Option<String>,
    /// The text is Chinese (the Chinese edition's own, or a Chinese original
    /// shown in another edition): its title is found by pinyin too.
    pub chinese: bool,
    pub summary: String,
    pub body: String,
    /// Index, document, task and catalogue numbers, as words.
    pub codes: String,
    /// The same numbers, each indexed whole.
    pub ids: Vec<String>,
}

impl Doc {
    /// The texts of the scored fields, in `fields::TEXT_FIELDS` order.
    pub fn texts(&self) -> [&str; 4] {
        [&self.title, &self.summary, &self.body, &self.codes]
    }
}

/// What a search returns for one page.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub url: String,
    pub title: String,
    pub kind: &'static str,
    pub date: Option<String>,
    pub score: f32,
}

/// The cache folder of a site's search indexes.
pub fn cache_dir(site: &Site) -> PathBuf {
    site.config.root.join(".gongkai-cache").join("search")
}

/// Every page with text in `lang`, numbered oldest first (see `Doc::ord`).
pub fn documents(site: &Site, lang: LangCode) -> Vec<Doc> {
    let default_tag = &site.config.default_language().tag;
    let mut docs: Vec<Doc> = site
        .entries
        .par_iter()
        .enumerate()
        .filter(|&(i, _)| site.presence(i, lang).exists())
        .filter_map(|(i, e)| {
            let doc = site.text_for(i, lang)?;
            let source = site.source(i).map(|d| &d.front);
            let mut d = Doc {
                ord: 0,
                url: site.url(&e.key, lang),
                title: doc.front.title().to_string(),
                kind: match e.kind {
                    Kind::Record if !e.is_section => "record",
                    Kind::Guide if !e.is_section => "guide",
                    _ => "page",
                },
                date: None,
                year: None,
                agency: None,
                topic: None,
                validity: None,
                doc_no: None,
                text_lang: (site.presence(i, lang) == Presence::Fallback)
                    .then(|| default_tag.clone()),
                chinese: false,
                summary: doc.front.summary().unwrap_or("").to_string(),
                body: plain_text(&doc.body),
                codes: String::new(),
                ids: Vec::new(),
            };
            match (source, &doc.front) {
                (Some(Front::Record(r)), front) if !e.is_section => {
                    d.date = Some(r.published.to_string());
                    d.year = u16::try_from(r.published.year).ok();
                    d.agency = Some(r.agency.clone());
                    d.topic = Some(r.topic.clone());
                    d.validity = Some(r.validity.unwrap_or(Validity::InForce).id());
                    d.doc_no = r.doc_no.as_deref().map(str::to_string);
                    let keywords = match front {
                        Front::RecordText(t) if !t.keywords.is_empty() => &t.keywords,
                        _ => &r.keywords,
                    };
                    d.summary = join(
                        [d.summary.as_str()]
                            .into_iter()
                            .chain(keywords.iter().map(String::as_str)),
                    );
                    d.ids = [Some(r.index_no.as_str()), r.doc_no.as_deref()]
                        .into_iter()
                        .flatten()
                        .map(str::to_string)
                        .collect();
                }
                (Some(Front::Guide(g)), front) if !e.is_section => {
                    d.agency = Some(g.agency.clone());
                    let t = match front {
                        Front::GuideText(t) => Some(t.as_ref()),
                        _ => None,
                    };
                    d.body = join([d.body.as_str(), &guide_text(g, t)]);
                    d.ids = vec![g.task_code.clone(), g.catalog_code.clone()];
                }
                _ => {}
            }
            // Attachments are found by their titles, as part of their page.
            let attached = site.attachments(i, lang);
            if !attached.is_empty() {
                d.body =
                    join(std::iter::once(d.body.as_str()).chain(attached.iter().map(|a| a.title)));
            }
            d.codes = d.ids.join(" ");
            d.chinese = chinese(lang, d.text_lang.as_deref());
            Some(d)
        })
        .collect();
    docs.extend(annual_reports(site, lang));
    // Oldest first (pages without a date before every record), so that a
    // new record, the newest, takes the next number and every other page
    // keeps its own: the exported index then changes only where the new
    // record is. Equal scores rank the higher number first: newest first,
    // then by URL.
    docs.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| b.url.cmp(&a.url)));
    for (n, d) in docs.iter_mut().enumerate() {
        d.ord = n as u32;
    }
    docs
}

/// Whether a page's text is Chinese: the edition's language, or the tag of
/// the text shown in it instead.
fn chinese(lang: LangCode, text_lang: Option<&str>) -> bool {
    let tag = text_lang.unwrap_or(lang.as_str());
    tag == "zh" || tag.starts_with("zh-")
}

/// The annual reports' pages: their text sections, in Chinese in every
/// edition (the page marks them so), under the report's Chinese title.
fn annual_reports(site: &Site, lang: LangCode) -> Vec<Doc> {
    let default = site.config.default_language();
    if site.get("disclosure").is_none() {
        return Vec::new();
    }
    site.annual_reports
        .iter()
        .map(|r| Doc {
            ord: 0,
            url: site.url(&format!("disclosure/annual-report/{}", r.year), lang),
            title: r.title.clone(),
            kind: "page",
            date: None,
            year: u16::try_from(r.year).ok(),
            agency: None,
            topic: None,
            validity: None,
            doc_no: None,
            text_lang: (lang != default.code).then(|| default.tag.clone()),
            chinese: chinese(lang, (lang != default.code).then_some(default.tag.as_str())),
            summary: String::new(),
            body: join([
                plain_text(&r.overview).as_str(),
                &plain_text(&r.problems),
                &plain_text(&r.other),
            ]),
            codes: String::new(),
            ids: Vec::new(),
        })
        .collect()
}

/// A guide's translatable text besides its body, in the reader's language
/// where the translation has it.
fn guide_text(
    g: &crate::content::model::Guide,
    t: Option<&crate::content::model::GuideText>,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    let pick = |tr: Option<&String>, src: &String| tr.unwrap_or(src).clone();
    parts.push(plain_text(&pick(
        t.and_then(|t| t.conditions.as_ref()),
        &g.conditions,
    )));
    for (n, m) in g.materials.iter().enumerate() {
        parts.push(
            t.and_then(|t| t.materials.get(n))
                .map_or(&m.name, |x| &x.name)
                .clone(),
        );
    }
    let steps = t
        .filter(|t| t.steps.len() == g.steps.len())
        .map_or(&g.steps, |t| &t.steps);
    for s in steps {
        parts.push(format!("{} {}", s.title, plain_text(&s.text)));
    }
    let faq = t
        .filter(|t| t.faq.len() == g.faq.len())
        .map_or(&g.faq, |t| &t.faq);
    for f in faq {
        parts.push(format!("{} {}", f.q, plain_text(&f.a)));
    }
    parts.push(pick(t.and_then(|t| t.place.as_ref()), &g.place));
    parts.push(pick(t.and_then(|t| t.hours.as_ref()), &g.hours));
    let basis = t
        .and_then(|t| t.legal_basis.as_ref())
        .unwrap_or(&g.legal_basis);
    parts.extend(basis.iter().cloned());
    join(parts.iter().map(String::as_str))
}

fn join<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Markdown's text without its markup: what a reader reads, each run of
/// white space one space, none at either end.
pub fn plain_text(md: &str) -> String {
    let mut out = Words {
        text: String::with_capacity(md.len()),
        gap: false,
    };
    for event in Parser::new(md) {
        match piece(&event) {
            Some(Piece::Text(t)) => out.push(t),
            Some(Piece::Gap) => out.gap = true,
            None => {}
        }
    }
    out.text
}

/// What a Markdown event gives the plain text: words, or a gap between them.
enum Piece<'a> {
    Text(&'a str),
    Gap,
}

fn piece<'a>(event: &'a Event) -> Option<Piece<'a>> {
    match event {
        Event::Text(t) | Event::Code(t) => Some(Piece::Text(t)),
        Event::SoftBreak
        | Event::HardBreak
        | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) => {
            Some(Piece::Gap)
        }
        _ => None,
    }
}

/// Text gathered a piece at a time, its white space collapsed as it comes.
struct Words {
    text: String,
    /// White space since the last word: a space goes before the next one.
    gap: bool,
}

impl Words {
    fn push(&mut self, piece: &str) {
        for (k, word) in piece.split(char::is_whitespace).enumerate() {
            self.gap |= k > 0;
            if word.is_empty() {
                continue;
            }
            if self.gap && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.gap = false;
            self.text.push_str(word);
        }
    }
}

/// Opens (building or refreshing when out of date) the index of each
/// language and hands it to `each` with its documents, a few languages at a
/// time: one language's documents and index are let go before the next is
/// made, so memory does not grow with the number of languages.
pub fn each_index(
    site: &Site,
    langs: &[LangCode],
    each: impl Fn(LangIndex, Vec<Doc>) -> Result<(), String> + Sync,
) -> Result<(), String> {
    langs.par_iter().try_for_each(|lang| {
        let (ix, docs) = open(site, *lang)?;
        each(ix, docs)
    })
}

/// The documents of `lang` and their index in the site's cache folder.
fn open(site: &Site, lang: LangCode) -> Result<(LangIndex, Vec<Doc>), String> {
    let docs = documents(site, lang);
    let ix = LangIndex::open_or_build(&cache_dir(site).join(lang.as_str()), lang, &docs)?;
    Ok((ix, docs))
}

/// `gongkai search`: the pages of `lang` that match `query`, best first.
pub fn search(site: &Site, lang: LangCode, query: &str, limit: usize) -> Result<Vec<Hit>, String> {
    let (ix, docs) = open(site, lang)?;
    let plan = ix.plan(query)?;
    Ok(ix
        .run(&plan)?
        .into_iter()
        .take(limit)
        .filter_map(|(ord, score)| {
            let d = docs.get(ord as usize)?;
            Some(Hit {
                url: d.url.clone(),
                title: d.title.clone(),
                kind: d.kind,
                date: d.date.clone(),
                score,
            })
        })
        .collect())
}

/// A choice of a search filter: its value and its label in the page's language.
#[derive(Debug, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// What the search page of a language needs: where its index is, the
/// filters' choices, and the result count in each plural form (`{n}` for the number).
#[derive(Debug, Serialize)]
pub struct Page {
    pub index_url: String,
    pub kinds: Vec<Choice>,
    pub agencies: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub years: Vec<Choice>,
    pub validities: Vec<Choice>,
    pub counts: Vec<(String, String)>,
    /// "Showing results for …", `{q}` for the corrected query.
    pub corrected: String,
    /// The other languages' indexes, `(code, url)`: a query that finds
    /// little here is tried there, and the editions with results are named.
    pub editions: Vec<(String, String)>,
}

/// The search page's data for `lang`.
pub fn page(site: &Site, locales: &Locales, lang: LangCode) -> Page {
    let choice = |value: &str, key: String| Choice {
        value: value.to_string(),
        label: locales.get(lang, &key),
    };
    let mut years: Vec<i32> = (0..site.entries.len())
        .filter_map(|i| site.published(i))
        .map(|d| d.year)
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    // One sample number per CLDR plural category; the number becomes `{n}`.
    let counts = [
        ("one", 1),
        ("two", 2),
        ("few", 3),
        ("many", 5),
        ("other", 10),
    ]
    .iter()
    .map(|&(cat, n)| {
        let text = locales.format(
            lang,
            "search-count",
            &[("count", fluent_bundle::FluentValue::from(n))],
        );
        (cat.to_string(), text.replacen(&n.to_string(), "{n}", 1))
    })
    .collect();
    let index_url = |code: &str| format!("/{}/index.json", export::folder(code));
    Page {
        index_url: index_url(&lang),
        editions: site
            .config
            .languages
            .iter()
            .filter(|l| l.code != lang)
            .map(|l| (l.code.to_string(), index_url(&l.code)))
            .collect(),
        kinds: ["record", "guide", "page"]
            .iter()
            .map(|k| choice(k, format!("search-kind-{k}")))
            .collect(),
        agencies: site
            .config
            .agencies
            .keys()
            .map(|a| choice(a, format!("agency-{a}")))
            .collect(),
        topics: site
            .config
            .taxonomy
            .topics
            .iter()
            .map(|t| choice(t, format!("topic-{t}")))
            .collect(),
        years: years
            .iter()
            .map(|y| Choice {
                value: y.to_string(),
                label: y.to_string(),
            })
            .collect(),
        validities: Validity::IDS
            .iter()
            .map(|v| choice(v, format!("validity-{v}")))
            .collect(),
        counts,
        corrected: locales.format(
            lang,
            "search-corrected",
            &[("query", fluent_bundle::FluentValue::from("{q}"))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `plain_text` makes, the slow way: every piece gathered, then the
    /// white space collapsed.
    fn gathered_then_collapsed(md: &str) -> String {
        let mut out = String::new();
        for event in Parser::new(md) {
            match piece(&event) {
                Some(Piece::Text(t)) => out.push_str(t),
                Some(Piece::Gap) => out.push(' '),
                None => {}
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn white_space_collapses_as_the_text_comes() {
        let cases = [
            "",
            "   ",
            "word",
            "  lead and trail  ",
            "# 标题\n\n第一段，\n第二行。  \n硬换行\\\n之后",
            "a**b**c `code` d\u{3000}\u{3000}e\u{a0}f\tg",
            "- one\n- two\n\n  1. three\n\n> quote\n>\n> more",
            "| 材料 | 份数 |\n|---|---|\n| 身份证 | 1 |\n| 营业执照 |  2 |",
            "[link](/a/) and ![图](/b.png) and <span>html</span>",
            "Ends with a space\u{2003}",
            "\u{3000}全角空格开头",
        ];
        for md in cases {
            let made = plain_text(md);
            assert_eq!(made, gathered_then_collapsed(md), "{md:?}");
            assert!(!made.starts_with(' ') && !made.ends_with(' ') && !made.contains("  "));
        }
    }
}
