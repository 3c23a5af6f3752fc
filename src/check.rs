//! Check: the rules a linked site must keep (DOMAIN.md §1–3). Errors stop a
//! build; warnings are reported and the build goes on. All problems are
//! returned at once, each located at the key or line that causes it.

use std::collections::BTreeMap;

use crate::content::model::{Date, Guide, GuideText, Record, Validity};
use crate::content::{Document, Front, Kind, markdown};
use crate::diag::{Diagnostic, did_you_mean};
use crate::site::Site;

/// Runs every rule over the site.
pub fn check(site: &Site, today: Option<Date>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut index_nos: BTreeMap<&str, &Document> = BTreeMap::new();
    let mut task_codes: BTreeMap<&str, &Document> = BTreeMap::new();
    let default = &site.config.default_language().code;
    for entry in &site.entries {
        let source = entry.versions.get(default);
        if source.is_none() && matches!(entry.kind, Kind::Record | Kind::Guide) && !entry.is_section
        {
            for doc in entry.versions.values() {
                out.push(
                    Diagnostic::error("E020", &doc.file.display, "this translation has no Chinese source file")
                        .help(format!(
                            "records and guides are published from their Chinese source: add content/{}.md, or check the file name",
                            entry.key
                        )),
                );
            }
        }
        for doc in entry.versions.values() {
            match &doc.front {
                Front::Record(r) => {
                    record(site, doc, r, today, &mut out);
                    unique(&mut index_nos, &r.index_no, doc, "index_no", &mut out);
                }
                Front::Guide(g) => {
                    guide(site, doc, g, &mut out);
                    unique(&mut task_codes, &g.task_code, doc, "task_code", &mut out);
                }
                Front::GuideText(t) => {
                    if let Some(Front::Guide(g)) = source.map(|s| &s.front) {
                        guide_text(doc, g, t, &mut out);
                    }
                }
                Front::RecordText(_) | Front::Page(_) => {}
            }
            links(site, doc, &mut out);
        }
    }
    out
}

/// An id that must be one of the declared ones.
fn declared(
    doc: &Document,
    key: &str,
    id: &str,
    known: &[String],
    list: &str,
    out: &mut Vec<Diagnostic>,
) {
    if known.iter().any(|k| k == id) {
        return;
    }
    let mut d = Diagnostic::error(
        "E021",
        &doc.file.display,
        format!("`{key}` is `{id}`, which is not declared in site.toml"),
    )
    .at(doc.key_position(key));
    d = match did_you_mean(id, known.iter().map(String::as_str)) {
        Some(s) => d.help(format!("did you mean `{s}`? (declared in {list})")),
        None => d.help(format!(
            "declare it in {list} in site.toml, or use one of: {}",
            known.join(", ")
        )),
    };
    out.push(d);
}

fn agencies(site: &Site) -> Vec<String> {
    site.config.agencies.keys().cloned().collect()
}

fn record(site: &Site, doc: &Document, r: &Record, today: Option<Date>, out: &mut Vec<Diagnostic>) {
    let t = &site.config.taxonomy;
    declared(doc, "agency", &r.agency, &agencies(site), "[agencies]", out);
    declared(doc, "topic", &r.topic, &t.topics, "taxonomy.topics", out);
    declared(
        doc,
        "catalog",
        &r.catalog,
        &t.catalogs,
        "taxonomy.catalogs",
        out,
    );
    if let Some(g) = &r.genre {
        declared(doc, "genre", g, &t.genres, "taxonomy.genres", out);
    }
    if r.written > r.published {
        out.push(
            Diagnostic::error(
                "E022",
                &doc.file.display,
                format!(
                    "written ({}) is after published ({})",
                    r.written, r.published
                ),
            )
            .at(doc.key_position("published"))
            .help("a document is published on or after the day it is signed (成文日期 ≤ 发布日期)"),
        );
    }
    if let Some(today) = today.filter(|&t| r.published > t) {
        out.push(
            Diagnostic::error("E022", &doc.file.display, format!("published ({}) is after today ({today})", r.published))
                .at(doc.key_position("published"))
                .help("a record cannot be published in the future; fix the date or publish it on that day"),
        );
    }
    if matches!(r.validity, Some(Validity::Repealed | Validity::Expired)) && r.repealed.is_none() {
        out.push(
            Diagnostic::error(
                "E023",
                &doc.file.display,
                "a repealed or expired record needs its date",
            )
            .at(doc.key_position("validity"))
            .help(
                "add `repealed = YYYY-MM-DD`: the day it was repealed or expired (废止/失效日期)",
            ),
        );
    }
    for old in &r.supersedes {
        if !site.records.contains_key(old) {
            let known = site.records.keys().map(String::as_str);
            let mut d = Diagnostic::error(
                "E024",
                &doc.file.display,
                format!("supersedes `{old}`, but no record has that index number"),
            )
            .at(doc.key_position("supersedes"));
            if let Some(s) = did_you_mean(old, known) {
                d = d.help(format!("did you mean `{s}`?"));
            }
            out.push(d);
        }
    }
}

fn guide(site: &Site, doc: &Document, g: &Guide, out: &mut Vec<Diagnostic>) {
    let t = &site.config.taxonomy;
    declared(doc, "agency", &g.agency, &agencies(site), "[agencies]", out);
    for s in &g.sectors {
        declared(doc, "sectors", s, &t.sectors, "taxonomy.sectors", out);
    }
    for e in &g.life_events {
        declared(
            doc,
            "life_events",
            e,
            &t.life_events,
            "taxonomy.life_events",
            out,
        );
    }
    if g.fee && g.fees.is_empty() {
        out.push(
            Diagnostic::error("E028", &doc.file.display, "`fee = true` but no [[fees]] are listed")
                .at(doc.key_position("fee"))
                .help("add a [[fees]] table with name, standard and basis for each charge, or set `fee = false`"),
        );
    }
    for m in &g.materials {
        if let Some(form) = &m.blank_form {
            if !site.assets.iter().any(|a| &a.rel == form) {
                out.push(
                    Diagnostic::error("E029", &doc.file.display, format!("blank form `{form}` does not exist under content/"))
                        .at(doc.key_position("blank_form"))
                        .help("put the file under content/ and give its path from there, e.g. `services/forms/application.pdf`"),
                );
            }
        }
    }
}

/// A translation's lists align with the source's by position.
fn guide_text(doc: &Document, g: &Guide, t: &GuideText, out: &mut Vec<Diagnostic>) {
    let pairs = [
        ("materials", g.materials.len(), t.materials.len()),
        ("steps", g.steps.len(), t.steps.len()),
        ("fees", g.fees.len(), t.fees.len()),
        ("faq", g.faq.len(), t.faq.len()),
    ];
    for (key, source, translated) in pairs {
        if translated != 0 && translated != source {
            out.push(
                Diagnostic::error(
                    "E027",
                    &doc.file.display,
                    format!(
                        "the source has {source} [[{key}]] but this translation has {translated}"
                    ),
                )
                .at(doc.key_position(key))
                .help(format!(
                    "translate each of the source's [[{key}]] once, in the same order"
                )),
            );
        }
    }
}

fn unique<'a>(
    seen: &mut BTreeMap<&'a str, &'a Document>,
    id: &'a str,
    doc: &'a Document,
    key: &str,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(first) = seen.get(id) {
        out.push(
            Diagnostic::error(
                "E025",
                &doc.file.display,
                format!("{key} `{id}` is already used by {}", first.file.display),
            )
            .at(doc.key_position(key))
            .help(format!(
                "each {key} is unique across the site; give this one the next free number"
            )),
        );
    } else {
        seen.insert(id, doc);
    }
}

/// Zero broken internal links: inspectors deduct for each one.
fn links(site: &Site, doc: &Document, out: &mut Vec<Diagnostic>) {
    for url in markdown::site_links(&doc.body) {
        if site.resolve_link(&url).is_none() {
            let line = doc
                .body
                .lines()
                .position(|l| l.contains(&format!("]({url}")))
                .map_or(doc.body_line, |n| doc.body_line + n);
            let keys = site.entries.iter().map(|e| e.key.as_str());
            let wanted = url.trim_matches('/');
            let mut d = Diagnostic::error(
                "E030",
                &doc.file.display,
                format!("link to `{url}`, but no page or file is there"),
            )
            .at(crate::diag::Position {
                line,
                column: 1,
                text: doc
                    .body
                    .lines()
                    .nth(line - doc.body_line)
                    .map(str::to_string),
            });
            if let Some(s) = did_you_mean(wanted, keys) {
                d = d.help(format!("did you mean `/{s}/`?"));
            }
            out.push(d);
        }
    }
}
