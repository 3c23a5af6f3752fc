//! Views of the pages the build makes (see `listings`): paginated listings,
//! taxonomy pages and their indexes, the annual statistics, the on-request
//! disclosure guide and the site map, each handed to its template ready to print.

use fluent_bundle::FluentValue;
use serde::Serialize;

use super::{GuideRow, Link, ListingView, PageRow, Renderer};
use crate::content::Kind;
use crate::diag::Diagnostic;
use crate::domain::LangCode;
use crate::site::Presence;
use crate::site::listings::{self, Items, Made, Tally, Taxonomy};

/// One link of a pagination bar; `url` is `None` for a gap (…).
#[derive(Serialize)]
pub(super) struct PageLink {
    label: String,
    url: Option<String>,
    current: bool,
    rel: Option<&'static str>,
}

/// A taxonomy with the terms that list something, for browsing.
#[derive(Serialize)]
pub(super) struct Facet {
    pub id: &'static str,
    title: String,
    url: String,
    open: bool,
    terms: Vec<TermLink>,
}

#[derive(Serialize)]
struct TermLink {
    label: String,
    url: String,
    count: usize,
}

#[derive(Serialize)]
struct StatsRow {
    label: String,
    url: Option<String>,
    current: bool,
    #[serde(flatten)]
    tally: Tally,
}

#[derive(Serialize)]
struct StatsTable {
    caption: String,
    /// The heading of the label column.
    head: String,
    rows: Vec<StatsRow>,
}

#[derive(Serialize)]
struct StatsView {
    year: Option<i32>,
    total: Option<Tally>,
    tables: Vec<StatsTable>,
    /// Every year, for the index and for moving between years.
    years: Vec<StatsRow>,
    /// The annual reports of the year (or of every year, on the index).
    reports: Vec<Link>,
}

/// One term of the glossary page: the Chinese term, its rendering, the
/// other accepted forms (joined) and the glossary's note.
#[derive(Serialize)]
struct GlossaryRow {
    source: String,
    rendering: String,
    variants: String,
    note: Option<String>,
}

#[derive(Serialize)]
struct OnRequestView {
    office: String,
    address: String,
    phone: String,
    email: Option<String>,
    online_url: Option<String>,
    form_url: Option<String>,
}

/// A foreign reader's task: a life event and the guides that serve it.
#[derive(Serialize)]
struct Task {
    title: String,
    url: String,
    guides: Vec<TaskGuide>,
    /// Guides this task needs that an earlier task on the page shows in
    /// full: a link to them there, so that no guide is described twice.
    also: Vec<TaskAlso>,
}

#[derive(Serialize)]
struct TaskAlso {
    title: String,
    /// The language of `title` when it is not the page's.
    lang: Option<String>,
    anchor: String,
}

/// What a reader needs to know of a guide before going: how long, what it
/// costs, where to go, and whether it is online (in Chinese only).
#[derive(Serialize)]
struct TaskGuide {
    /// The fragment id of the guide's entry on the page.
    anchor: String,
    link: Link,
    promised_limit: String,
    fee: String,
    place: String,
    /// The language of `place` when it is the source's text.
    place_lang: Option<String>,
    agency: String,
    visits: String,
    /// "online application only in 中文", when the reader's language is not
    /// one the online service is offered in.
    online_only_html: Option<String>,
}

#[derive(Serialize)]
struct SiteMapGroup {
    link: Link,
    children: Vec<Link>,
}

#[derive(Serialize)]
struct SiteMapView {
    groups: Vec<SiteMapGroup>,
    indexes: Vec<Link>,
}

impl Renderer<'_> {
    /// A listing's `page`: its slice of records (or guides when it has no
    /// records), the pagination bar, and the status line.
    pub(super) fn listing_view(
        &self,
        base_key: &str,
        items: &Items,
        page: usize,
        lang: LangCode,
    ) -> Result<ListingView, Diagnostic> {
        let per = self.lists.per_page;
        let slice = |ids: &[usize]| -> Vec<usize> {
            ids.iter()
                .skip((page - 1) * per)
                .take(per)
                .copied()
                .collect()
        };
        let (records, guides): (Vec<usize>, Vec<usize>) = if items.records.is_empty() {
            (Vec::new(), slice(&items.guides))
        } else if page == 1 {
            (slice(&items.records), items.guides.clone())
        } else {
            (slice(&items.records), Vec::new())
        };
        let pages = items.pages(per);
        Ok(ListingView {
            records: self.record_rows(records, lang)?,
            guides: guides
                .into_iter()
                .filter_map(|j| self.guide_row(j, lang))
                .collect::<Vec<GuideRow>>(),
            pages: Vec::new(),
            pagination: self.pagination(base_key, page, pages, lang),
            page_status: (pages > 1).then(|| {
                self.locales.format(
                    lang,
                    "page-status",
                    &[
                        ("page", FluentValue::from(page)),
                        ("pages", FluentValue::from(pages)),
                    ],
                )
            }),
            facets: Vec::new(),
            links: Vec::new(),
            feed: None,
        })
    }

    /// First, last, and the pages around the current one, with gaps between.
    fn pagination(
        &self,
        base_key: &str,
        page: usize,
        pages: usize,
        lang: LangCode,
    ) -> Vec<PageLink> {
        if pages <= 1 {
            return Vec::new();
        }
        let l = self.locales;
        let url = |n: usize| self.site.url(&listings::paged(base_key, n), lang);
        let mut out = Vec::new();
        if page > 1 {
            out.push(PageLink {
                label: l.get(lang, "pagination-prev"),
                url: Some(url(page - 1)),
                current: false,
                rel: Some("prev"),
            });
        }
        let mut last_shown = 0;
        for n in 1..=pages {
            let near = n == 1 || n == pages || n.abs_diff(page) <= 2;
            if !near {
                continue;
            }
            if n > last_shown + 1 {
                out.push(PageLink {
                    label: "…".to_string(),
                    url: None,
                    current: false,
                    rel: None,
                });
            }
            out.push(PageLink {
                label: n.to_string(),
                url: Some(url(n)),
                current: n == page,
                rel: None,
            });
            last_shown = n;
        }
        if page < pages {
            out.push(PageLink {
                label: l.get(lang, "pagination-next"),
                url: Some(url(page + 1)),
                current: false,
                rel: Some("next"),
            });
        }
        out
    }

    /// What a section's page offers to browse by: the catalogue its record
    /// taxonomies, the services page its sectors and life events.
    pub(super) fn facets_for(&self, key: &str, lang: LangCode) -> Vec<Facet> {
        let (taxonomies, open): (&[Taxonomy], bool) = match key {
            "disclosure" => (&Taxonomy::RECORDS, false),
            "services" => (&[Taxonomy::Sectors, Taxonomy::LifeEvents], true),
            _ => return Vec::new(),
        };
        taxonomies
            .iter()
            .filter_map(|&t| self.facet(t, lang, open))
            .collect()
    }

    fn facet(&self, t: Taxonomy, lang: LangCode, open: bool) -> Option<Facet> {
        let li = lang.index();
        let terms: Vec<TermLink> = self
            .lists
            .terms_in(t, li)
            .map(|(id, items)| TermLink {
                label: self.term_label(t, id, lang),
                url: self.site.url(&format!("{}/{id}", t.folder()), lang),
                count: items.records.len() + items.guides.len(),
            })
            .collect();
        (!terms.is_empty()).then(|| Facet {
            id: t.folder(),
            title: self.locales.get(lang, t.title_message()),
            url: self.site.url(t.folder(), lang),
            open,
            terms,
        })
    }

    fn term_label(&self, t: Taxonomy, id: &str, lang: LangCode) -> String {
        match t.term_message(id) {
            Some(msg) => self.locales.get(lang, &msg),
            None => id.to_string(),
        }
    }

    /// A listing's title, with "page N" from the second page on.
    fn paged_title(&self, title: String, page: usize, lang: LangCode) -> String {
        if page <= 1 {
            return title;
        }
        self.locales.format(
            lang,
            "listing-page-title",
            &[
                ("title", FluentValue::from(title)),
                ("page", FluentValue::from(page)),
            ],
        )
    }

    pub(super) fn made_title(&self, made: &Made, lang: LangCode) -> String {
        let l = self.locales;
        match made {
            Made::SectionPage { section, page } => {
                self.paged_title(self.title(*section, lang), *page, lang)
            }
            Made::TermIndex(t) => l.get(lang, t.title_message()),
            Made::Term { taxonomy, id, page } => {
                self.paged_title(self.term_label(*taxonomy, id, lang), *page, lang)
            }
            Made::StatisticsIndex => l.get(lang, "statistics-title"),
            Made::Statistics(year) => l.format(
                lang,
                "statistics-year-title",
                &[("year", FluentValue::from(year.to_string()))],
            ),
            Made::AnnualReport(year) => l.format(
                lang,
                "annual-report-title",
                &[("year", FluentValue::from(year.to_string()))],
            ),
            Made::OnRequest => l.get(lang, "on-request-title"),
            Made::SiteMap => l.get(lang, "sitemap-title"),
            Made::StartHere => l.get(lang, "start-here-title"),
            Made::Glossary => l.get(lang, "glossary-title"),
        }
    }

    /// The language's Atom feed, when it has records to carry.
    pub(super) fn language_feed(&self, lang: LangCode) -> Option<String> {
        let li = lang.index();
        let has = self
            .lists
            .sections
            .values()
            .any(|items| !items[li].records.is_empty());
        has.then(|| format!("{}/feed.xml", self.site.config.lang_prefix(lang)))
    }

    pub(super) fn made_page(&self, made: &Made, lang: LangCode) -> Result<Vec<u8>, Diagnostic> {
        let site = self.site;
        let li = lang.index();
        let key = made.key(site);
        let kind = match made {
            Made::SectionPage { .. } | Made::Term { .. } => "listing",
            Made::TermIndex(_) => "index",
            Made::StatisticsIndex | Made::Statistics(_) => "statistics",
            Made::OnRequest | Made::StartHere | Made::AnnualReport(_) | Made::Glossary => "page",
            Made::SiteMap => "sitemap",
        };
        let (mut ctx, _) = self.chrome_at(&key, kind, None, lang, Presence::Generated);
        let title = self.made_title(made, lang);
        let described = match made {
            Made::SectionPage { .. } | Made::Term { .. } => "listing",
            Made::TermIndex(_) => "index",
            Made::StatisticsIndex | Made::Statistics(_) => "statistics",
            Made::AnnualReport(_) => "annual-report",
            Made::OnRequest => "on-request",
            Made::SiteMap => "sitemap",
            Made::StartHere => "start-here",
            Made::Glossary => "glossary",
        };
        ctx.insert("description", &self.description(described, &title, lang));
        ctx.insert("title", &title);
        ctx.insert("summary", "");
        ctx.insert("body_html", "");
        let template = match made {
            Made::SectionPage { section, page } => {
                let items = &self.lists.sections[section][li];
                let view = self.listing_view(&site.entries[*section].key, items, *page, lang)?;
                ctx.insert_value("listing", view.into_value());
                "section.html"
            }
            Made::Term { taxonomy, id, page } => {
                let base = format!("{}/{id}", taxonomy.folder());
                let empty = Items::default();
                let items = self.lists.term(*taxonomy, id, li).unwrap_or(&empty);
                let mut view = self.listing_view(&base, items, *page, lang)?;
                if matches!(taxonomy, Taxonomy::Topics | Taxonomy::Agencies)
                    && !items.records.is_empty()
                {
                    view.feed = Some(format!("{}/{base}/feed.xml", site.config.lang_prefix(lang)));
                }
                ctx.insert("feed", &view.feed);
                ctx.insert_value("listing", view.into_value());
                "section.html"
            }
            Made::TermIndex(t) => {
                ctx.insert("facet", &self.facet(*t, lang, true));
                "terms.html"
            }
            Made::StatisticsIndex => {
                ctx.insert("stats", &self.statistics(None, lang));
                "statistics.html"
            }
            Made::Statistics(year) => {
                ctx.insert("stats", &self.statistics(Some(*year), lang));
                "statistics.html"
            }
            Made::AnnualReport(year) => {
                ctx.insert("report", &self.annual_report(*year, lang));
                "annual-report.html"
            }
            Made::OnRequest => {
                ctx.insert("request", &self.on_request(lang));
                "on-request.html"
            }
            Made::StartHere => {
                ctx.insert("tasks", &self.start_here(lang));
                "start-here.html"
            }
            Made::Glossary => {
                ctx.insert("glossary", &self.glossary(lang));
                "glossary.html"
            }
            Made::SiteMap => {
                ctx.insert("map", &self.site_map(lang));
                "sitemap.html"
            }
        };
        self.html(template, &ctx, || format!("(generated page /{key})"))
    }

    /// The language's glossary, in the order of its file.
    fn glossary(&self, lang: LangCode) -> Vec<GlossaryRow> {
        let site = self.site;
        let Some(g) = site.glossaries.of(lang) else {
            return Vec::new();
        };
        let sep = self.locales.get(lang, "glossary-variants-separator");
        g.terms
            .iter()
            .map(|t| GlossaryRow {
                source: t.source.clone(),
                rendering: t.rendering.clone(),
                variants: t.variants.join(&sep),
                note: t.note.clone(),
            })
            .collect()
    }

    fn statistics(&self, year: Option<i32>, lang: LangCode) -> StatsView {
        let site = self.site;
        let l = self.locales;
        let years = self
            .lists
            .years
            .iter()
            .rev()
            .map(|(&y, figures)| StatsRow {
                label: y.to_string(),
                url: Some(site.url(&format!("disclosure/statistics/{y}"), lang)),
                current: Some(y) == year,
                tally: figures.total,
            })
            .collect();
        let Some((year, figures)) = year.and_then(|y| self.lists.years.get_key_value(&y)) else {
            return StatsView {
                year: None,
                total: None,
                tables: Vec::new(),
                years,
                reports: self.report_links(None, lang),
            };
        };
        let rows = |t: Taxonomy, list: &[(String, Tally)]| -> Vec<StatsRow> {
            list.iter()
                .map(|(id, tally)| StatsRow {
                    label: self.term_label(t, id, lang),
                    url: None,
                    current: false,
                    tally: *tally,
                })
                .collect()
        };
        let by_genre = figures
            .by_genre
            .iter()
            .map(|(id, tally)| StatsRow {
                label: match id {
                    Some(id) => self.term_label(Taxonomy::Genres, id, lang),
                    None => l.get(lang, "statistics-no-genre"),
                },
                url: None,
                current: false,
                tally: *tally,
            })
            .collect();
        let table = |caption: &str, head: &str, rows: Vec<StatsRow>| StatsTable {
            caption: l.get(lang, caption),
            head: l.get(lang, head),
            rows,
        };
        StatsView {
            year: Some(*year),
            total: Some(figures.total),
            tables: vec![
                table("statistics-by-genre", "record-genre", by_genre),
                table(
                    "statistics-by-agency",
                    "record-agency",
                    rows(Taxonomy::Agencies, &figures.by_agency),
                ),
                table(
                    "statistics-by-topic",
                    "record-topic",
                    rows(Taxonomy::Topics, &figures.by_topic),
                ),
            ],
            years,
            reports: self.report_links(Some(*year), lang),
        }
    }

    /// The annual reports a statistics page links to: the year's, or every one.
    fn report_links(&self, year: Option<i32>, lang: LangCode) -> Vec<Link> {
        let site = self.site;
        site.annual_reports
            .iter()
            .rev()
            .filter(|r| year.is_none_or(|y| y == r.year))
            .map(|r| Link {
                doc_no: None,
                title: self.made_title(&Made::AnnualReport(r.year), lang),
                url: site.url(&format!("disclosure/annual-report/{}", r.year), lang),
                lang: None,
                current: false,
            })
            .collect()
    }

    /// Every life event that has guides in this language, in site.toml's
    /// order, each guide with its facts as the reader's language gives them.
    /// A guide that serves several life events is described under the first
    /// and linked from the others.
    fn start_here(&self, lang: LangCode) -> Vec<Task> {
        let site = self.site;
        let li = lang.index();
        let mut shown = std::collections::HashSet::new();
        self.lists
            .terms_in(Taxonomy::LifeEvents, li)
            .filter(|(_, items)| !items.guides.is_empty())
            .map(|(id, items)| {
                let (guides, also): (Vec<usize>, Vec<usize>) =
                    items.guides.iter().partition(|&&j| shown.insert(j));
                Task {
                    title: self.locales.get(lang, &format!("life-event-{id}")),
                    url: site.url(&format!("{}/{id}", Taxonomy::LifeEvents.folder()), lang),
                    guides: guides
                        .into_iter()
                        .filter_map(|j| self.task_guide(j, lang))
                        .collect(),
                    also: also
                        .into_iter()
                        .map(|j| {
                            let link = self.link_to(j, lang, usize::MAX);
                            TaskAlso {
                                title: link.title,
                                lang: link.lang,
                                anchor: guide_anchor(site.entries[j].key.as_str()),
                            }
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// A guide's facts for the start-here page, or `None` if entry `j` is not
    /// a guide.
    fn task_guide(&self, j: usize, lang: LangCode) -> Option<TaskGuide> {
        let site = self.site;
        let l = self.locales;
        let Some(crate::content::Front::Guide(g)) = site.source(j).map(|d| &d.front) else {
            return None;
        };
        let translated = match site.entries[j].versions.get(&lang).map(|d| &d.front) {
            Some(crate::content::Front::GuideText(t)) => t.place.clone(),
            _ => None,
        };
        Some(TaskGuide {
            anchor: guide_anchor(site.entries[j].key.as_str()),
            link: self.link_to(j, lang, usize::MAX),
            promised_limit: self.limit(lang, g.promised_limit),
            fee: l.get(
                lang,
                if g.fee {
                    "guide-fee-charged"
                } else {
                    "guide-fee-free"
                },
            ),
            place_lang: translated
                .is_none()
                .then(|| site.config.default_language().tag.clone()),
            place: translated.unwrap_or_else(|| g.place.clone()),
            agency: l.get(lang, &format!("agency-{}", g.agency)),
            visits: l.format(
                lang,
                "guide-visits-count",
                &[("count", FluentValue::from(g.visits))],
            ),
            online_only_html: self.online_only(g, lang, "start-here-online"),
        })
    }

    fn on_request(&self, lang: LangCode) -> Option<OnRequestView> {
        let req = self.site.config.disclosure.on_request.as_ref()?;
        Some(OnRequestView {
            office: self.locales.get(lang, &format!("agency-{}", req.agency)),
            address: self.locales.get(lang, "site-address"),
            phone: req.phone.clone(),
            email: req.email.clone(),
            online_url: req.online_url.clone(),
            form_url: req.form.as_ref().map(|f| format!("/{f}")),
        })
    }

    /// Every section and plain page two levels deep, then the build's indexes.
    fn site_map(&self, lang: LangCode) -> SiteMapView {
        let site = self.site;
        let li = lang.index();
        let shown = |j: usize| {
            let e = &site.entries[j];
            (e.is_section || e.kind == Kind::Page) && site.presence(j, lang).exists()
        };
        // The catalogue and the services first, as in the main navigation.
        let mut tops: Vec<usize> = ["disclosure", "services"]
            .iter()
            .filter_map(|k| site.get(k))
            .filter(|&j| site.presence(j, lang).exists())
            .collect();
        if let Some(home) = site.get("") {
            let rows = self.pages_in(home, lang);
            for j in rows.iter().map(|r: &PageRow| r.entry) {
                if !tops.contains(&j) {
                    tops.push(j);
                }
            }
        }
        let groups = tops
            .into_iter()
            .map(|j| SiteMapGroup {
                link: self.link_to(j, lang, usize::MAX),
                children: site
                    .children(j)
                    .filter(|&c| shown(c))
                    .map(|c| self.link_to(c, lang, usize::MAX))
                    .collect(),
            })
            .collect();
        let mut indexes: Vec<Link> = Vec::new();
        let mut add = |key: &str| {
            if let Some(made) = self.made[li].get(key) {
                indexes.push(Link {
                    doc_no: None,
                    title: self.made_title(made, lang),
                    url: site.url(key, lang),
                    lang: None,
                    current: false,
                });
            }
        };
        for t in Taxonomy::ALL {
            add(t.folder());
        }
        add("disclosure/statistics");
        add("disclosure/on-request");
        SiteMapView { groups, indexes }
    }
}

/// The fragment id of a guide on the start-here page: its file's name,
/// which is a slug and unique among the guides of one folder.
fn guide_anchor(key: &str) -> String {
    format!("guide-{}", key.replace('/', "-"))
}
