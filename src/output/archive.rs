//! Archive records (网页归档): for every published page of the content, in
//! every language, one entry of `.gongkai/archive.json` with the metadata a
//! government web page is archived under as an electronic record (DA/T
//! 80-2019 政府网站网页归档指南; element names after GB/T 42147-2022
//! 政府网站网页电子文件元数据): title, responsible agency, dates, address,
//! language, document and index numbers, retention period, the digest of the
//! page as written, and when it was collected.
//!
//! The file is beside the manifest, off the web root, and is made from the
//! site and the manifest alone: the same input gives the same bytes. Its
//! collection date is the build's day (`--today`, `GONGKAI_NOW`), never the
//! clock's time. What this is not: the pages the build makes (listings,
//! taxonomy and statistics pages), which hold nothing that is not in the
//! pages listed.

use serde::Serialize;

use crate::content::Front;
use crate::domain::Date;
use crate::output::Manifest;
use crate::site::Site;
use crate::theme::locales::Locales;

/// Where the archive records are in the output.
pub const ARCHIVE: &str = ".gongkai/archive.json";

/// The element names of the entries and the standards' Chinese names.
const ELEMENTS: [(&str, &str); 16] = [
    ("title", "题名"),
    ("creator", "责任者"),
    ("creator_code", "责任者代码（统一社会信用代码）"),
    ("date_written", "成文日期"),
    ("date_published", "发布日期"),
    ("date_modified", "修改日期"),
    ("url", "网址"),
    ("language", "语种"),
    ("doc_no", "文号"),
    ("index_no", "索引号"),
    ("section", "栏目"),
    ("kind", "文件类型"),
    ("retention", "保管期限"),
    ("digest", "数字摘要"),
    ("file", "存储位置"),
    ("collected", "采集时间"),
];

/// The archive file: the website, then one entry per page and language.
#[derive(Serialize)]
struct Archive<'a> {
    /// The standards the element names follow.
    standard: &'static str,
    /// Each element's name in the standards.
    elements: std::collections::BTreeMap<&'static str, &'static str>,
    /// 网站名称.
    website: String,
    /// 网站标识码.
    site_code: &'a str,
    base_url: &'a str,
    generator: &'a str,
    records: Vec<Entry>,
}

/// One page in one language.
#[derive(Serialize)]
struct Entry {
    title: String,
    creator: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_written: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<Date>,
    url: String,
    language: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    doc_no: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    index_no: Option<String>,
    section: String,
    /// record, guide or page.
    kind: &'static str,
    retention: &'static str,
    digest: Digest,
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    collected: Option<Date>,
}

#[derive(Serialize)]
struct Digest {
    algorithm: &'static str,
    value: String,
}

/// The retention period (保管期限) DA/T 80-2019 sets for a page of this
/// kind: permanent for policy documents, 30 years for other disclosed
/// records, 10 years for service guides and other pages.
fn retention(front: &Front) -> &'static str {
    match front {
        Front::Record(r)
            if r.catalog == "policy-documents"
                || r.genre.as_deref() == Some("normative-document") =>
        {
            "永久"
        }
        Front::Record(_) => "30年",
        _ => "10年",
    }
}

/// The archive records of `site`'s pages written into `manifest`, as JSON.
pub fn json(site: &Site, locales: &Locales, manifest: &Manifest) -> Vec<u8> {
    let cfg = &site.config;
    let default = cfg.default_language().code;
    let name = |id: &str| -> String {
        let key = format!("agency-{id}");
        match locales.has(default, &key) {
            true => locales.get(default, &key),
            false => id.to_string(),
        }
    };
    let organiser = locales.get(default, "site-organiser");
    let mut records = Vec::new();
    for (i, entry) in site.entries.iter().enumerate() {
        // A page of a foreign edition alone has no source: its own text is.
        for lang in cfg.lang_codes() {
            if !site.presence(i, lang).exists() {
                continue;
            }
            let Some(source) = site.source(i).or_else(|| entry.versions.get(&lang)) else {
                continue;
            };
            let url = site.url(&entry.key, lang);
            let file = format!("{}index.html", url.trim_start_matches('/'));
            let Some(written) = manifest.files.get(&file) else {
                continue;
            };
            let text = site.text_for(i, lang).unwrap_or(source);
            let (creator, creator_code) = match &source.front {
                Front::Record(r) => (name(&r.agency), cfg.agencies.get(r.agency.as_str())),
                Front::Guide(g) => (name(&g.agency), cfg.agencies.get(g.agency.as_str())),
                _ => (organiser.clone(), None),
            };
            let (date_written, date_published, date_modified, doc_no, index_no) =
                match &source.front {
                    Front::Record(r) => (
                        Some(r.written),
                        Some(r.published),
                        r.updated,
                        r.doc_no.as_ref().map(|d| d.to_string()),
                        Some(r.index_no.to_string()),
                    ),
                    _ => (None, None, None, None, None),
                };
            let hash = written.hash.to_string();
            records.push(Entry {
                title: text.front.title().to_string(),
                creator,
                creator_code: creator_code
                    .and_then(|a| a.code.clone())
                    .filter(|c| !c.is_empty()),
                date_written,
                date_published,
                date_modified,
                url: site.absolute(&url),
                language: cfg.language(lang).tag.clone(),
                doc_no,
                index_no,
                section: entry.key.split('/').next().unwrap_or("").to_string(),
                kind: match &source.front {
                    Front::Record(_) => "record",
                    Front::Guide(_) => "guide",
                    _ => "page",
                },
                retention: retention(&source.front),
                digest: Digest {
                    algorithm: "BLAKE3",
                    value: hash.trim_start_matches("blake3:").to_string(),
                },
                file,
                collected: site.today,
            });
        }
    }
    let archive = Archive {
        standard: "DA/T 80-2019; GB/T 42147-2022",
        elements: ELEMENTS.into_iter().collect(),
        website: locales.get(default, "site-title"),
        site_code: &cfg.identity.site_code,
        base_url: cfg.base_url(),
        generator: &manifest.generator,
        records,
    };
    let mut out = serde_json::to_vec_pretty(&archive).unwrap_or_default();
    out.push(b'\n');
    out
}
