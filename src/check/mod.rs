//! Check: the rules a linked site must keep (DOMAIN.md §1–3). Errors stop a
//! build; warnings are reported and the build goes on. All problems are
//! returned at once, each located at the key or line that causes it.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::content::model::{Guide, GuideText, Limit, Record};
use crate::content::{Document, Front, Kind, markdown};
use crate::diag::{Diagnostic, Message, did_you_mean};
use crate::domain::vocab::{LimitUnit, Validity};
use crate::domain::{Date, IndexNo, Period, Slug};
use crate::msg;
use crate::site::Site;
use crate::theme::locales::Locales;

mod annual_report;
mod attachments;
mod dates;
mod facts;
mod history;
mod ids;
mod interpretations;
mod links;
mod translation;

use ids::declared;
pub use ids::name_undeclared;
pub use links::{LINK_TO_DRAFT, LINK_TO_SCHEDULED};
use links::{body, held_back};

/// Runs every rule over the site.
pub fn check(site: &Site, today: Option<Date>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = (0..site.entries.len())
        .into_par_iter()
        .flat_map_iter(|i| check_entry(site, i, today))
        .collect();
    out.extend(check_site(site, today));
    out
}

/// The rules on one page's files. Apart from what the site's structure says
/// (which files exist, which index numbers are taken), they read only those
/// files, so `serve` re-runs them for the page an edit touched.
pub fn check_entry(site: &Site, i: usize, today: Option<Date>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let entry = &site.entries[i];
    let default = site.config.default_language().code;
    let source = entry.versions.get(&default);
    let source_found = site.found.contains(&(entry.key.clone(), default));
    if !source_found && matches!(entry.kind, Kind::Record | Kind::Guide) && !entry.is_section {
        for doc in entry.versions.values() {
            out.push(
                Diagnostic::error(
                    "E020",
                    &doc.file.display,
                    msg!("translation-without-source"),
                )
                .at(doc.key_position("title"))
                .help(msg!("translation-without-source-help", key = &entry.key)),
            );
        }
    }
    for doc in entry.versions.values() {
        if doc.front.is_draft() {
            out.push(
                Diagnostic::note("N002", &doc.file.display, msg!("draft"))
                    .at(doc.key_position("draft"))
                    .help(msg!("draft-help")),
            );
        }
        if crate::site::is_reserved(&entry.key) {
            out.push(
                Diagnostic::error(
                    "E035",
                    &doc.file.display,
                    msg!("reserved-place", key = &entry.key),
                )
                .help(msg!(
                    "reserved-place-help",
                    folders = crate::site::RESERVED.join(", ")
                )),
            );
        }
        match &doc.front {
            Front::Record(r) => {
                record(site, doc, r, today, &mut out);
                interpretations::interpretation(site, doc, r, &mut out);
            }
            Front::Guide(g) => guide(site, doc, g, &mut out),
            Front::GuideText(t) => {
                if let Some(Front::Guide(g)) = source.map(|s| &s.front) {
                    guide_text(doc, g, t, &mut out);
                }
            }
            Front::RecordText(_) | Front::Page(_) => {}
        }
        stale(site, doc, &mut out);
        body(site, i, doc, today, &mut out);
        if doc.file.lang != default
            && let Some(source) = source
        {
            facts::check(doc, source, &mut out);
        }
        attachments::check(site, i, doc, &mut out);
        translation::check(site, i, doc, &mut out);
        dates::check(doc, today, &mut out);
    }
    out
}

/// The rules across pages: unique index numbers and task codes, `supersedes`
/// cycles, and (given today) the freshness of sections.
pub fn check_site(site: &Site, today: Option<Date>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut index_nos: BTreeMap<&str, &Document> = BTreeMap::new();
    let mut task_codes: BTreeMap<&str, &Document> = BTreeMap::new();
    if let Some(form) = site
        .config
        .disclosure
        .on_request
        .as_ref()
        .and_then(|r| r.form.as_ref())
        && !site.assets.iter().any(|a| &a.rel == form)
    {
        let lines = crate::diag::LineIndex::new(&site.config.source);
        out.push(
            Diagnostic::error(
                "E032",
                crate::config::FILE,
                msg!("request-form-missing", form = form),
            )
            .at(lines.line_start(crate::config::key_line(&lines, "form")))
            .help(msg!("request-form-missing-help")),
        );
    }
    if site.config.identity.site_code.is_empty() {
        out.push(
            Diagnostic::warning("W008", crate::config::FILE, msg!("site-code-missing"))
                .help(msg!("site-code-missing-help")),
        );
    }
    for doc in site.entries.iter().flat_map(|e| e.versions.values()) {
        match &doc.front {
            Front::Record(r) => {
                let free = || {
                    let prefix = r.index_no.rsplit_once('-')?.0;
                    let taken = site.records.keys().map(|k| k.as_str());
                    Some(crate::content::scaffold::next_serial(
                        &format!("{prefix}-"),
                        taken,
                    ))
                };
                unique(&mut index_nos, &r.index_no, doc, "index_no", free, &mut out)
            }
            Front::Guide(g) => unique(
                &mut task_codes,
                &g.task_code,
                doc,
                "task_code",
                || None,
                &mut out,
            ),
            _ => {}
        }
    }
    cycles(site, &mut out);
    if let Some(today) = today {
        freshness(site, today, &mut out);
    }
    interpretations::timely(site, today, &mut out);
    annual_report::sums(site, &mut out);
    out
}

fn record(site: &Site, doc: &Document, r: &Record, today: Option<Date>, out: &mut Vec<Diagnostic>) {
    let t = &site.config.taxonomy;
    declared(
        doc,
        "agency",
        &r.agency,
        site.config.agencies.keys(),
        "[agencies]",
        out,
    );
    declared(
        doc,
        "topic",
        &r.topic,
        t.topics.iter(),
        "taxonomy.topics",
        out,
    );
    declared(
        doc,
        "catalog",
        &r.catalog,
        t.catalogs.iter(),
        "taxonomy.catalogs",
        out,
    );
    if let Some(g) = &r.genre {
        declared(doc, "genre", g, t.genres.iter(), "taxonomy.genres", out);
    }
    index_no(site, doc, r, out);
    if let Some(no) = &r.doc_no
        && let Err(fault) = no.standard_form()
    {
        use crate::domain::ids::DocNoFault;
        let example = "大政发〔2024〕12号";
        let help = match fault {
            DocNoFault::Brackets => msg!("doc-no-brackets", example = example),
            DocNoFault::Parts => msg!("doc-no-parts", example = example),
            DocNoFault::Di => msg!("doc-no-di", example = example),
            DocNoFault::ShortYear => msg!("doc-no-short-year", example = example),
            DocNoFault::LeadingZero => msg!("doc-no-leading-zero", example = example),
            DocNoFault::NoHao => msg!("doc-no-hao", example = example),
            DocNoFault::Form => msg!("doc-no-form", example = example),
        };
        out.push(
            Diagnostic::error(
                "E029",
                &doc.file.display,
                msg!("doc-no-not-standard", no = no),
            )
            .at(doc.key_position("doc_no"))
            .help(help),
        );
    }
    if let Some(summary) = &r.summary {
        let n = summary.chars().count();
        if n > 100 {
            out.push(
                Diagnostic::warning(
                    "W001",
                    &doc.file.display,
                    msg!("summary-too-long", count = n),
                )
                .at(doc.key_position("summary"))
                .help(msg!("summary-too-long-help")),
            );
        }
    }
    if r.written > r.published {
        out.push(
            Diagnostic::error(
                "E022",
                &doc.file.display,
                msg!(
                    "written-after-published",
                    written = &r.written,
                    published = &r.published
                ),
            )
            .at(doc.key_position("published"))
            .help(msg!("written-after-published-help")),
        );
    }
    if let Some(today) = today.filter(|&t| r.published > t) {
        let days = r.published.days() - today.days();
        out.push(
            Diagnostic::note(
                "N001",
                &doc.file.display,
                msg!(
                    "scheduled",
                    date = &r.published,
                    days = days,
                    today = &today
                ),
            )
            .at(doc.key_position("published"))
            .help(msg!("scheduled-help")),
        );
    }
    if matches!(r.validity, Some(Validity::Repealed | Validity::Expired)) && r.repealed.is_none() {
        out.push(
            Diagnostic::error("E024", &doc.file.display, msg!("repealed-without-date"))
                .at(doc.key_position("validity"))
                .help(msg!("repealed-without-date-help")),
        );
    }
    for old in &r.supersedes {
        if !site.records.contains_key(old) {
            let known = site.records.keys().map(IndexNo::as_str);
            let mut d = Diagnostic::error(
                "E025",
                &doc.file.display,
                msg!("supersedes-unknown", old = old),
            )
            .at(doc.key_position("supersedes"));
            if let Some(s) = did_you_mean(old, known) {
                d = d.help(msg!("did-you-mean", name = s));
            }
            out.push(d);
        }
    }
}

fn guide(site: &Site, doc: &Document, g: &Guide, out: &mut Vec<Diagnostic>) {
    let t = &site.config.taxonomy;
    declared(
        doc,
        "agency",
        &g.agency,
        site.config.agencies.keys(),
        "[agencies]",
        out,
    );
    for s in &g.sectors {
        declared(doc, "sectors", s, t.sectors.iter(), "taxonomy.sectors", out);
    }
    for e in &g.life_events {
        declared(
            doc,
            "life_events",
            e,
            t.life_events.iter(),
            "taxonomy.life_events",
            out,
        );
    }
    if days_equivalent(g.promised_limit) > days_equivalent(g.legal_limit) {
        out.push(
            Diagnostic::warning("W002", &doc.file.display, msg!("promised-over-legal"))
                .at(doc.key_position("promised_limit"))
                .help(msg!("promised-over-legal-help")),
        );
    }
    if let Some(url) = &g.online_url
        && !url.starts_with("https://")
    {
        out.push(
            Diagnostic::error(
                "E034",
                &doc.file.display,
                msg!("online-url-not-https", url = url),
            )
            .at(doc.key_position("online_url"))
            .help(msg!("online-url-not-https-help")),
        );
    }
    if !g.online_languages.is_empty() && g.online_url.is_none() {
        out.push(
            Diagnostic::error(
                "E008",
                &doc.file.display,
                msg!("online-languages-without-url"),
            )
            .at(doc.key_position("online_languages"))
            .help(msg!("online-languages-without-url-help")),
        );
    }
    let cfg = &site.config;
    for code in &g.online_languages {
        if cfg.lang_code(code).is_none() {
            let known: Vec<&str> = cfg.lang_codes().map(|c| c.as_str()).collect();
            out.push(
                Diagnostic::error(
                    "E008",
                    &doc.file.display,
                    msg!("online-language-unknown", code = code),
                )
                .at(doc.key_position("online_languages"))
                .help(msg!(
                    "online-language-unknown-help",
                    codes = known.join(", ")
                )),
            );
        }
    }
    for m in &g.materials {
        if is_catch_all(&m.name) {
            out.push(
                Diagnostic::warning(
                    "W003",
                    &doc.file.display,
                    msg!("catch-all-material", name = &m.name),
                )
                .at(material_position(doc, &m.name))
                .help(msg!("catch-all-material-help")),
            );
        }
    }
    if g.fee && g.fees.is_empty() {
        out.push(
            Diagnostic::error("E031", &doc.file.display, msg!("fee-without-fees"))
                .at(doc.key_position("fee"))
                .help(msg!("fee-without-fees-help")),
        );
    }
    for m in &g.materials {
        if let Some(form) = &m.blank_form
            && !site.assets.iter().any(|a| &a.rel == form)
        {
            out.push(
                Diagnostic::error(
                    "E032",
                    &doc.file.display,
                    msg!("blank-form-missing", form = form),
                )
                .at(doc.key_position("blank_form"))
                .help(msg!("blank-form-missing-help")),
            );
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
                    "E030",
                    &doc.file.display,
                    msg!(
                        "lists-differ",
                        source = source,
                        key = key,
                        translated = translated
                    ),
                )
                .at(doc.key_position(key))
                .help(msg!("lists-differ-help", key = key)),
            );
        }
    }
}

fn unique<'a>(
    seen: &mut BTreeMap<&'a str, &'a Document>,
    id: &'a str,
    doc: &'a Document,
    key: &str,
    free: impl Fn() -> Option<String>,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(first) = seen.get(id) {
        let help = match free() {
            Some(free) => msg!("duplicate-id-free", key = key, free = free),
            None => msg!("duplicate-id-help", key = key),
        };
        out.push(
            Diagnostic::error(
                "E027",
                &doc.file.display,
                msg!(
                    "duplicate-id",
                    key = key,
                    id = id,
                    first = &first.file.display
                ),
            )
            .at(doc.key_position(key))
            .help(help),
        );
    } else {
        seen.insert(id, doc);
    }
}

/// `index_no` matches the site's pattern.
fn index_no(site: &Site, doc: &Document, r: &Record, out: &mut Vec<Diagnostic>) {
    let Some(re) = &site.config.index_no_regex else {
        return;
    };
    if !re.is_match(&r.index_no) {
        let code = site
            .config
            .agencies
            .get(r.agency.as_str())
            .and_then(|a| a.code.as_deref())
            .unwrap_or("11210200MB0000000X");
        out.push(
            Diagnostic::error(
                "E028",
                &doc.file.display,
                msg!("index-no-pattern", index_no = &r.index_no),
            )
            .at(doc.key_position("index_no"))
            .help(msg!(
                "index-no-pattern-help",
                example = format!("{code}/{}-00001", r.published.year),
                pattern = &site.config.disclosure.index_no_pattern
            )),
        );
    }
}

/// Promised and legal limits compared in calendar days (5 working days ≈ 7).
fn days_equivalent(limit: Limit) -> u64 {
    match limit.unit {
        LimitUnit::Calendar => u64::from(limit.days) * 5,
        LimitUnit::Working => u64::from(limit.days) * 7,
    }
}

/// 其他材料, 其它材料, "other materials/documents": names that list nothing.
fn is_catch_all(name: &str) -> bool {
    let n = name.trim().to_lowercase();
    [
        "其他材料",
        "其它材料",
        "其他相关材料",
        "其他有关材料",
        "其他证明材料",
        "other materials",
        "other documents",
        "other relevant materials",
    ]
    .iter()
    .any(|c| n.contains(c))
        || n == "其他"
        || n == "其它"
}

fn material_position(doc: &Document, name: &str) -> crate::diag::Position {
    match doc.front_text.lines().position(|l| l.contains(name)) {
        Some(n) => crate::diag::Position {
            line: doc.front_line + n,
            column: 1,
            text: doc.front_text.lines().nth(n).map(str::to_string),
        },
        None => doc.key_position("materials"),
    }
}

/// A chain of `supersedes` that comes back to where it started.
fn cycles(site: &Site, out: &mut Vec<Diagnostic>) {
    let next = |i: usize| -> Vec<usize> {
        match site.source(i).map(|d| &d.front) {
            Some(Front::Record(r)) => r
                .supersedes
                .iter()
                .filter_map(|no| site.records.get(no).copied())
                .collect(),
            _ => Vec::new(),
        }
    };
    // Colours: 0 unvisited, 1 on the current path, 2 done.
    let mut colour = vec![0u8; site.entries.len()];
    let mut reported = std::collections::BTreeSet::new();
    for &start in site.records.values() {
        if colour[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>)> = vec![(start, next(start))];
        let mut path = vec![start];
        colour[start] = 1;
        while let Some((node, children)) = stack.last_mut() {
            let node = *node;
            match children.pop() {
                Some(child) if colour[child] == 1 => {
                    let from = path.iter().position(|&p| p == child).unwrap_or(0);
                    let ring: Vec<usize> = path[from..].to_vec();
                    let key = *ring.iter().min().unwrap_or(&child);
                    if reported.insert(key) {
                        let doc = site.source(child).expect("record source");
                        let names: Vec<IndexNo> = ring
                            .iter()
                            .chain(std::iter::once(&child))
                            .filter_map(|&i| match site.source(i).map(|d| &d.front) {
                                Some(Front::Record(r)) => Some(r.index_no.clone()),
                                _ => None,
                            })
                            .collect();
                        out.push(
                            Diagnostic::error(
                                "E026",
                                &doc.file.display,
                                msg!("supersedes-cycle", cycle = names.join(" → ")),
                            )
                            .at(doc.key_position("supersedes"))
                            .help(msg!("supersedes-cycle-help")),
                        );
                    }
                }
                Some(child) if colour[child] == 0 => {
                    colour[child] = 1;
                    path.push(child);
                    stack.push((child, next(child)));
                }
                Some(_) => {}
                None => {
                    colour[node] = 2;
                    path.pop();
                    stack.pop();
                }
            }
        }
    }
}

/// Inspectors' freshness rules (DOMAIN.md §3): the home page within two
/// weeks, and every section with `update_within`.
fn freshness(site: &Site, today: Date, out: &mut Vec<Diagnostic>) {
    let newest = |key: &str| -> Option<Date> {
        let i = site.get(key)?;
        // What readers see: not drafts, nor records scheduled for later.
        site.descendants(i)
            .filter(|&j| held_back(site, j, Some(today)).is_none())
            .filter_map(|j| site.published(j))
            .max()
    };
    let mut rules: Vec<(String, Period, String, crate::diag::Position)> = Vec::new();
    let (home_file, home_pos) = match site.get("").and_then(|i| site.source(i)) {
        Some(d) => (d.file.display.clone(), d.key_position("title")),
        None => (
            crate::config::FILE.to_string(),
            crate::diag::Position {
                line: 1,
                column: 1,
                text: None,
            },
        ),
    };
    rules.push((String::new(), Period::Days(14), home_file, home_pos));
    let text = &site.config.source;
    let lines = crate::diag::LineIndex::new(text);
    for (key, rule) in &site.config.sections {
        if let Some(p) = rule.update_within.as_deref().and_then(Period::parse) {
            let line = text
                .lines()
                .position(|l| l.trim() == format!("[sections.{key}]"))
                .map_or(1, |n| n + 1);
            rules.push((
                key.clone(),
                p,
                crate::config::FILE.to_string(),
                lines.line_start(line),
            ));
        }
    }
    for (key, period, file, pos) in rules {
        let name = if key.is_empty() {
            msg!("the-home-page")
        } else {
            msg!("the-section", key = &key)
        };
        let d = match newest(&key) {
            Some(date) if date.plus(period) >= today => continue,
            Some(date) => Diagnostic::warning(
                "W005",
                file,
                msg!(
                    "section-stale",
                    name = name,
                    date = &date,
                    period = show(period)
                ),
            ),
            None => Diagnostic::warning(
                "W005",
                file,
                msg!("section-empty", name = name, period = show(period)),
            ),
        };
        out.push(d.at(pos).help(msg!("section-stale-help")));
    }
}

fn show(p: Period) -> Message {
    match p {
        Period::Days(n) if n % 7 == 0 => msg!("period-weeks", count = n / 7),
        Period::Days(n) => msg!("period-days", count = n),
        Period::Months(n) if n % 12 == 0 => msg!("period-years", count = n / 12),
        Period::Months(n) => msg!("period-months", count = n),
    }
}

/// A translation whose source changed after it was made.
fn stale(site: &Site, doc: &Document, out: &mut Vec<Diagnostic>) {
    let Some(i) = site.get(&doc.file.key) else {
        return;
    };
    if crate::site::translations::state(site, i, doc.file.lang)
        != Some(crate::site::translations::State::Stale)
    {
        return;
    }
    let Some(source_doc) = site.source(i) else {
        return;
    };
    let source = source_doc.file.display.clone();
    let help = match crate::site::translations::recorded(doc) {
        Some(recorded) => {
            history::what_changed(source_doc, &doc.file.display, recorded, &site.config)
        }
        None => msg!("stale-translation-help", file = &doc.file.display),
    };
    out.push(
        Diagnostic::warning(
            "W006",
            &doc.file.display,
            msg!("stale-translation", source = source),
        )
        .at(doc.key_position("source_digest"))
        .help(help),
    );
}
