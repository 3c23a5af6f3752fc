//! The listings a portal is navigated by, computed once from the records and
//! guides: the paginated catalogue of every disclosure section, the taxonomy
//! pages (`/topics/<id>/`, `/agencies/<id>/`, `/genres/<id>/`,
//! `/catalogs/<id>/`, `/years/<year>/`, `/sectors/<id>/`, `/life-events/<id>/`)
//! with their index pages, the annual disclosure statistics, the on-request
//! disclosure guide and the site map page.
//!
//! These pages have no file of their own; this module says which exist in
//! which language and what each lists. `render` lays them out, `sitemap` and
//! the feeds list them; all read the one `Listings` the build makes.

use std::collections::BTreeMap;

use crate::content::{Front, Kind};
use crate::domain::Date;
use crate::domain::ids::texts;
use crate::domain::vocab::Validity;
use crate::site::Site;

/// A classification readers browse by, with its top-level URL folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Taxonomy {
    Topics,
    Agencies,
    Genres,
    Catalogs,
    Years,
    Sectors,
    LifeEvents,
}

impl Taxonomy {
    pub const ALL: [Taxonomy; 7] = [
        Taxonomy::Topics,
        Taxonomy::Agencies,
        Taxonomy::Genres,
        Taxonomy::Catalogs,
        Taxonomy::Years,
        Taxonomy::Sectors,
        Taxonomy::LifeEvents,
    ];

    /// Of records, browsed from the catalogue.
    pub const RECORDS: [Taxonomy; 5] = [
        Taxonomy::Topics,
        Taxonomy::Agencies,
        Taxonomy::Genres,
        Taxonomy::Catalogs,
        Taxonomy::Years,
    ];

    /// The URL folder, which is also the reserved top-level content folder.
    pub fn folder(self) -> &'static str {
        match self {
            Taxonomy::Topics => "topics",
            Taxonomy::Agencies => "agencies",
            Taxonomy::Genres => "genres",
            Taxonomy::Catalogs => "catalogs",
            Taxonomy::Years => "years",
            Taxonomy::Sectors => "sectors",
            Taxonomy::LifeEvents => "life-events",
        }
    }

    /// The message naming the taxonomy (the index page's title).
    pub fn title_message(self) -> &'static str {
        match self {
            Taxonomy::Topics => "taxonomy-topics",
            Taxonomy::Agencies => "taxonomy-agencies",
            Taxonomy::Genres => "taxonomy-genres",
            Taxonomy::Catalogs => "taxonomy-catalogs",
            Taxonomy::Years => "taxonomy-years",
            Taxonomy::Sectors => "taxonomy-sectors",
            Taxonomy::LifeEvents => "taxonomy-life-events",
        }
    }

    /// The message labelling one term; years are their own label.
    pub fn term_message(self, id: &str) -> Option<String> {
        let prefix = match self {
            Taxonomy::Topics => "topic",
            Taxonomy::Agencies => "agency",
            Taxonomy::Genres => "genre",
            Taxonomy::Catalogs => "catalog",
            Taxonomy::Years => return None,
            Taxonomy::Sectors => "sector",
            Taxonomy::LifeEvents => "life-event",
        };
        Some(format!("{prefix}-{id}"))
    }
}

/// What a listing shows: the records (newest first) and the guides of one
/// section or one term, as they exist in one language.
#[derive(Debug, Default, Clone)]
pub struct Items {
    pub records: Vec<usize>,
    pub guides: Vec<usize>,
}

impl Items {
    /// Pages of `per_page` records (guides are paged when there are no records).
    pub fn pages(&self, per_page: usize) -> usize {
        let n = if self.records.is_empty() {
            self.guides.len()
        } else {
            self.records.len()
        };
        n.div_ceil(per_page).max(1)
    }

    fn is_empty(&self) -> bool {
        self.records.is_empty() && self.guides.is_empty()
    }
}

/// Every listing of the site, per language (by position in `config.languages`).
pub struct Lists {
    /// Section entry → items below it, per language.
    pub sections: BTreeMap<usize, Vec<Items>>,
    /// Taxonomy → term id → items, per language; terms in display order.
    pub terms: BTreeMap<Taxonomy, Vec<(String, Vec<Items>)>>,
    /// Every record by publication year, language-independent: the statistics.
    /// The annual report's figures for every year with a publication.
    pub years: BTreeMap<i32, YearFigures>,
    pub per_page: usize,
}

impl Lists {
    pub fn new(site: &Site) -> Lists {
        let mut records: Vec<usize> = Vec::new();
        let mut guides: Vec<usize> = Vec::new();
        for (i, e) in site.entries.iter().enumerate() {
            if e.is_section {
                continue;
            }
            match e.kind {
                Kind::Record if site.published(i).is_some() => records.push(i),
                Kind::Guide
                    if matches!(site.source(i).map(|d| &d.front), Some(Front::Guide(_))) =>
                {
                    guides.push(i)
                }
                _ => {}
            }
        }
        // Newest first, then by key: the order of every record listing.
        records.sort_by(|&a, &b| {
            site.published(b)
                .cmp(&site.published(a))
                .then_with(|| site.entries[a].key.cmp(&site.entries[b].key))
        });
        let by_lang = |ids: &[usize]| -> Vec<Vec<usize>> {
            site.config
                .languages
                .iter()
                .map(|l| {
                    ids.iter()
                        .copied()
                        .filter(|&j| site.presence(j, l.code).exists())
                        .collect()
                })
                .collect()
        };
        let split = |recs: Vec<Vec<usize>>, guides: Vec<Vec<usize>>| -> Vec<Items> {
            recs.into_iter()
                .zip(guides)
                .map(|(records, guides)| Items { records, guides })
                .collect()
        };

        // Each item goes to every section above it, in the order it comes:
        // one pass over the items, however many folders there are.
        let mut below: BTreeMap<usize, RecordsAndGuides> = BTreeMap::new();
        for (ids, is_record) in [(&records, true), (&guides, false)] {
            for &j in ids.iter() {
                let key = &site.entries[j].key;
                for (at, _) in key.match_indices('/') {
                    if let Some(section) = site.get(&key[..at]) {
                        let slot = below.entry(section).or_default();
                        if is_record { &mut slot.0 } else { &mut slot.1 }.push(j);
                    }
                }
            }
        }
        let mut sections = BTreeMap::new();
        for (i, e) in site.entries.iter().enumerate() {
            if !e.is_section || e.key.is_empty() {
                continue;
            }
            let (recs, gds) = below.remove(&i).unwrap_or_default();
            sections.insert(i, split(by_lang(&recs), by_lang(&gds)));
        }

        let cfg = &site.config;
        let mut grouped: BTreeMap<Taxonomy, BTreeMap<String, RecordsAndGuides>> = BTreeMap::new();
        let mut add = |t: Taxonomy, id: &str, i: usize, is_record: bool| {
            let slot = grouped
                .entry(t)
                .or_default()
                .entry(id.to_string())
                .or_default();
            if is_record { &mut slot.0 } else { &mut slot.1 }.push(i);
        };
        let mut years: BTreeMap<i32, YearFigures> = BTreeMap::new();
        // Guides are already in key order: entries are sorted by key.
        for &i in records.iter().chain(&guides) {
            for (t, id) in terms_of(site, i) {
                add(t, &id, i, site.entries[i].kind == Kind::Record);
            }
            if let Some(date) = site.published(i) {
                years.entry(date.year).or_default();
            }
        }
        // Terms in the order site.toml declares them; years newest first.
        let declared = |t: Taxonomy| -> Vec<String> {
            match t {
                Taxonomy::Topics => texts(&cfg.taxonomy.topics),
                Taxonomy::Agencies => texts(cfg.agencies.keys()),
                Taxonomy::Genres => texts(&cfg.taxonomy.genres),
                Taxonomy::Catalogs => texts(&cfg.taxonomy.catalogs),
                Taxonomy::Years => years.keys().rev().map(|y| y.to_string()).collect(),
                Taxonomy::Sectors => texts(&cfg.taxonomy.sectors),
                Taxonomy::LifeEvents => texts(&cfg.taxonomy.life_events),
            }
        };
        let mut terms = BTreeMap::new();
        for t in Taxonomy::ALL {
            let mut found = grouped.remove(&t).unwrap_or_default();
            let list: Vec<(String, Vec<Items>)> = declared(t)
                .into_iter()
                .filter_map(|id| {
                    let (recs, gds) = found.remove(&id)?;
                    let items = split(by_lang(&recs), by_lang(&gds));
                    Some((id, items))
                })
                .collect();
            terms.insert(t, list);
        }
        for (&year, figures) in years.iter_mut() {
            *figures = year_figures(site, year);
        }
        Lists {
            sections,
            terms,
            years,
            per_page: cfg.disclosure.per_page.max(1),
        }
    }

    /// The terms of a taxonomy that list something in language `li`.
    pub fn terms_in(&self, t: Taxonomy, li: usize) -> impl Iterator<Item = (&str, &Items)> {
        self.terms[&t]
            .iter()
            .map(move |(id, items)| (id.as_str(), &items[li]))
            .filter(|(_, items)| !items.is_empty())
    }

    pub fn term(&self, t: Taxonomy, id: &str, li: usize) -> Option<&Items> {
        self.terms[&t]
            .iter()
            .find(|(term, _)| term == id)
            .map(|(_, items)| &items[li])
    }
}

/// The terms a record or guide is listed under.
pub fn terms_of(site: &Site, i: usize) -> Vec<(Taxonomy, String)> {
    match site.source(i).map(|d| &d.front) {
        Some(Front::Record(r)) => {
            let mut out = vec![
                (Taxonomy::Topics, r.topic.clone()),
                (Taxonomy::Agencies, r.agency.clone()),
            ];
            out.extend(r.genre.clone().map(|g| (Taxonomy::Genres, g)));
            out.push((Taxonomy::Catalogs, r.catalog.clone()));
            out.push((Taxonomy::Years, r.published.year.to_string()));
            out
        }
        Some(Front::Guide(g)) => std::iter::once((Taxonomy::Agencies, g.agency.clone()))
            .chain(g.sectors.iter().map(|s| (Taxonomy::Sectors, s.clone())))
            .chain(
                g.life_events
                    .iter()
                    .map(|e| (Taxonomy::LifeEvents, e.clone())),
            )
            .collect(),
        _ => Vec::new(),
    }
}

impl Made {
    /// Whether this page shows something of one of the `touched` entries
    /// (after an edit, the made pages to render again).
    pub fn shows_any(&self, site: &Site, touched: &[usize]) -> bool {
        let entry = |i: usize| &site.entries[i];
        let item =
            |i: usize| !entry(i).is_section && matches!(entry(i).kind, Kind::Record | Kind::Guide);
        match self {
            Made::SectionPage { section, .. } => {
                let prefix = format!("{}/", entry(*section).key);
                touched.iter().any(|&i| entry(i).key.starts_with(&prefix))
            }
            Made::Term { taxonomy, id, .. } => touched.iter().any(|&i| {
                terms_of(site, i)
                    .iter()
                    .any(|(t, x)| t == taxonomy && x == id)
            }),
            Made::TermIndex(_) => touched.iter().any(|&i| item(i)),
            Made::StatisticsIndex | Made::Statistics(_) | Made::AnnualReport(_) => {
                touched.iter().any(|&i| entry(i).kind == Kind::Record)
            }
            Made::OnRequest | Made::Glossary => false,
            Made::SiteMap => touched.iter().any(|&i| !item(i)),
            Made::StartHere => touched.iter().any(|&i| entry(i).kind == Kind::Guide),
        }
    }
}

/// A term's records and guides before they are split by language.
type RecordsAndGuides = (Vec<usize>, Vec<usize>);

/// A page made by the build, beside the pages of the content's entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Made {
    /// Page 2, 3, … of a section's listing (page 1 is the section's own page).
    SectionPage {
        section: usize,
        page: usize,
    },
    TermIndex(Taxonomy),
    Term {
        taxonomy: Taxonomy,
        id: String,
        page: usize,
    },
    StatisticsIndex,
    Statistics(i32),
    /// The year's annual disclosure report, when data/annual-report has it.
    AnnualReport(i32),
    OnRequest,
    SiteMap,
    /// A foreign edition's "start here": the tasks its readers come for,
    /// from the guides' life events and facts.
    StartHere,
    /// A foreign edition's official glossary (`locales/<lang>/glossary.toml`).
    Glossary,
}

impl Made {
    /// The page's key, as an entry's: its URL without the language prefix.
    pub fn key(&self, site: &Site) -> String {
        match self {
            Made::SectionPage { section, page } => {
                format!("{}/page/{page}", site.entries[*section].key)
            }
            Made::TermIndex(t) => t.folder().to_string(),
            Made::Term { taxonomy, id, page } => {
                paged(&format!("{}/{id}", taxonomy.folder()), *page)
            }
            Made::StatisticsIndex => "disclosure/statistics".to_string(),
            Made::Statistics(year) => format!("disclosure/statistics/{year}"),
            Made::AnnualReport(year) => format!("disclosure/annual-report/{year}"),
            Made::OnRequest => "disclosure/on-request".to_string(),
            Made::SiteMap => "sitemap".to_string(),
            Made::StartHere => "start-here".to_string(),
            Made::Glossary => GLOSSARY.to_string(),
        }
    }
}

/// The glossary page's key (a reserved folder, `site::RESERVED`).
pub const GLOSSARY: &str = "glossary";

/// `topics/x` page 3 → `topics/x/page/3`; page 1 is the listing's own URL.
pub fn paged(key: &str, page: usize) -> String {
    if page <= 1 {
        key.to_string()
    } else if key.is_empty() {
        format!("page/{page}")
    } else {
        format!("{key}/page/{page}")
    }
}

/// Every made page that exists in language `li`, in a stable order.
pub fn made_pages(site: &Site, lists: &Lists, li: usize) -> Vec<Made> {
    let per = lists.per_page;
    let mut out = Vec::new();
    for (&section, items) in &lists.sections {
        let code = site.config.languages[li].code;
        if !site.presence(section, code).exists() {
            continue;
        }
        for page in 2..=items[li].pages(per) {
            out.push(Made::SectionPage { section, page });
        }
    }
    for t in Taxonomy::ALL {
        let mut any = false;
        for (id, items) in lists.terms_in(t, li) {
            any = true;
            for page in 1..=items.pages(per) {
                out.push(Made::Term {
                    taxonomy: t,
                    id: id.to_string(),
                    page,
                });
            }
        }
        if any {
            out.push(Made::TermIndex(t));
        }
    }
    if site.get("disclosure").is_some() {
        if !lists.years.is_empty() {
            out.push(Made::StatisticsIndex);
            out.extend(lists.years.keys().map(|&y| Made::Statistics(y)));
        }
        if site.config.disclosure.on_request.is_some() {
            out.push(Made::OnRequest);
        }
        out.extend(
            site.annual_reports
                .iter()
                .map(|r| Made::AnnualReport(r.year)),
        );
    }
    // Foreign editions only: the default language's readers have the portal.
    if li > 0
        && lists
            .terms_in(Taxonomy::LifeEvents, li)
            .any(|(_, items)| !items.guides.is_empty())
    {
        out.push(Made::StartHere);
    }
    let lang = site.config.languages[li].code;
    if li > 0 && site.glossaries.of(lang).is_some() {
        out.push(Made::Glossary);
    }
    out.push(Made::SiteMap);
    out
}

/// The listings and the pages the build makes, computed once per build.
pub struct Listings {
    pub lists: Lists,
    /// Per language (by position in `config.languages`): made pages by key.
    pub made: Vec<BTreeMap<String, Made>>,
}

impl Listings {
    pub fn new(site: &Site) -> Listings {
        let lists = Lists::new(site);
        let made = (0..site.config.languages.len())
            .map(|li| {
                made_pages(site, &lists, li)
                    .into_iter()
                    .map(|m| (m.key(site), m))
                    .collect()
            })
            .collect();
        Listings { lists, made }
    }

    /// Whether the made page at `key` exists in language `li`.
    pub fn made_in(&self, key: &str, li: usize) -> Option<&Made> {
        self.made.get(li)?.get(key)
    }
}

/// One row of the annual report's proactive-disclosure table
/// (国办公开办函〔2021〕30号, section 2): documents issued and repealed in
/// the year, and in force at its end.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    pub issued: usize,
    pub repealed: usize,
    pub in_force: usize,
}

impl Tally {
    /// One record's part in `year`: issued = published in the year;
    /// repealed = repealed (or expired) in the year; in force = published by
    /// the year's end and not repealed by then.
    pub fn of(r: &crate::content::model::Record, year: i32) -> Tally {
        let end = Date {
            year,
            month: 12,
            day: 31,
        };
        let ended = match r.validity {
            Some(Validity::Repealed | Validity::Expired) => r.repealed,
            _ => None,
        };
        Tally {
            issued: usize::from(r.published.year == year),
            repealed: usize::from(ended.is_some_and(|d| d.year == year)),
            in_force: usize::from(r.published <= end && ended.is_none_or(|d| d > end)),
        }
    }

    pub fn add(&mut self, t: Tally) {
        self.issued += t.issued;
        self.repealed += t.repealed;
        self.in_force += t.in_force;
    }
}

/// The year's figures overall and by genre, agency and topic, each row a
/// term id (`None` for records without a genre) and its tally.
#[derive(Debug, Default)]
pub struct YearFigures {
    pub total: Tally,
    pub by_genre: Vec<(Option<String>, Tally)>,
    pub by_agency: Vec<(String, Tally)>,
    pub by_topic: Vec<(String, Tally)>,
}

/// Counts for `year` over every record of the site: issued = published in
/// the year; repealed = repealed (or expired) in the year; in force = published
/// by the year's end and not repealed by then. So in force at the end of a
/// year is last year's figure plus issued minus repealed.
pub fn year_figures(site: &Site, year: i32) -> YearFigures {
    let mut genre: BTreeMap<Option<String>, Tally> = BTreeMap::new();
    let mut agency: BTreeMap<String, Tally> = BTreeMap::new();
    let mut topic: BTreeMap<String, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    for e in site.entries.iter().filter(|e| !e.is_section) {
        let Some(Front::Record(r)) = e
            .versions
            .get(&site.config.default_language().code)
            .map(|d| &d.front)
        else {
            continue;
        };
        let t = Tally::of(r, year);
        if t == Tally::default() {
            continue;
        }
        for slot in [
            &mut total,
            genre.entry(r.genre.clone()).or_default(),
            agency.entry(r.agency.clone()).or_default(),
            topic.entry(r.topic.clone()).or_default(),
        ] {
            slot.add(t);
        }
    }
    let cfg = &site.config;
    let ordered = |declared: Vec<String>, mut found: BTreeMap<String, Tally>| {
        let mut rows: Vec<(String, Tally)> = declared
            .into_iter()
            .filter_map(|id| found.remove(&id).map(|t| (id, t)))
            .collect();
        rows.extend(found);
        rows
    };
    let none = genre.remove(&None);
    let mut by_genre: Vec<(Option<String>, Tally)> = ordered(
        texts(&cfg.taxonomy.genres),
        genre
            .into_iter()
            .filter_map(|(k, v)| k.map(|k| (k, v)))
            .collect(),
    )
    .into_iter()
    .map(|(k, v)| (Some(k), v))
    .collect();
    by_genre.extend(none.map(|t| (None, t)));
    YearFigures {
        total,
        by_genre,
        by_agency: ordered(texts(cfg.agencies.keys()), agency),
        by_topic: ordered(texts(&cfg.taxonomy.topics), topic),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paged_keys() {
        assert_eq!(paged("topics/x", 1), "topics/x");
        assert_eq!(paged("topics/x", 3), "topics/x/page/3");
        assert_eq!(paged("", 2), "page/2");
    }

    #[test]
    fn pages_round_up_and_never_vanish() {
        let items = |n: usize| Items {
            records: (0..n).collect(),
            guides: Vec::new(),
        };
        assert_eq!(items(0).pages(20), 1);
        assert_eq!(items(20).pages(20), 1);
        assert_eq!(items(21).pages(20), 2);
        let guides = Items {
            records: Vec::new(),
            guides: (0..41).collect(),
        };
        assert_eq!(guides.pages(20), 3);
    }
}
