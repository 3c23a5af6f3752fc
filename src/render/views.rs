//! The views of the site's own pages, handed to their templates ready to
//! print: a record with its metadata, a guide with its materials and steps,
//! catalogue rows, a section's listing and the home page.

use super::*;
use crate::domain::{DocNo, IndexNo, LangCode};

impl Renderer<'_> {
    pub(super) fn record(&self, i: usize, lang: LangCode) -> Result<RecordView, Diagnostic> {
        let site = self.site;
        let source = site.source(i).ok_or_else(|| missing_source(site, i))?;
        let Front::Record(r) = &source.front else {
            return Err(missing_source(site, i));
        };
        let text: Option<&RecordText> = match site.entries[i].versions.get(&lang).map(|d| &d.front)
        {
            Some(Front::RecordText(t)) => Some(t),
            _ => None,
        };
        let supersedes = r
            .supersedes
            .iter()
            .filter_map(|no| site.records.get(no))
            .map(|&j| self.record_link(j, lang))
            .collect();
        let superseded_by = site
            .superseded_by
            .get(&i)
            .into_iter()
            .flatten()
            .map(|&j| self.record_link(j, lang))
            .collect();
        let default = site.config.default_language().code;
        let authority = text.map(|_| Notice {
            text: self.locales.get(lang, "notice-authority"),
            link_text: self.locales.get(lang, "notice-authority-link"),
            url: site.url(&site.entries[i].key, default),
            date: self.date(lang, Some(r.published)),
        });
        Ok(RecordView {
            index_no: r.index_no.clone(),
            agency: self.label(lang, format!("agency-{}", r.agency)),
            doc_no: r.doc_no.clone(),
            written: self.locales.date(lang, r.written),
            published: self.locales.date(lang, r.published),
            published_iso: r.published.to_string(),
            effective: self.date(lang, r.effective),
            repealed: self.date(lang, r.repealed),
            topic: self.label(lang, format!("topic-{}", r.topic)),
            genre: r
                .genre
                .as_ref()
                .map(|g| self.label(lang, format!("genre-{g}"))),
            catalog: self.label(lang, format!("catalog-{}", r.catalog)),
            disclosure: self.label(lang, r.disclosure.label_key()),
            validity: self.validity(r, lang).0,
            validity_id: self.validity(r, lang).1,
            keywords: text
                .filter(|t| !t.keywords.is_empty())
                .map_or(&r.keywords, |t| &t.keywords)
                .clone(),
            // The source's keywords, shown on a page in another language.
            keywords_lang: (lang != default
                && !r.keywords.is_empty()
                && text.is_none_or(|t| t.keywords.is_empty()))
            .then(|| site.config.default_language().tag.clone()),
            supersedes,
            superseded_by,
            authority,
        })
    }

    /// "only in 中文" and the like, as HTML (each language's own name marked
    /// with its tag), when the guide has an online service that is not
    /// offered in the reader's language; `None` when it is, or there is none.
    /// `id` is the message, with the list as `$languages`.
    pub(super) fn online_only(&self, g: &Guide, lang: LangCode, id: &str) -> Option<String> {
        let cfg = &self.site.config;
        let offered = online_elsewhere(cfg, g, lang)?;
        // Each language named in the reader's, or else by its own name.
        let names: Vec<String> = offered
            .iter()
            .map(|&c| {
                let in_readers = format!("language-name-{c}");
                if self.locales.has(lang, &in_readers) {
                    html(&self.locales.get(lang, &in_readers))
                } else {
                    format!(
                        "<span lang=\"{}\">{}</span>",
                        html(&cfg.language(c).tag),
                        html(&self.locales.get(c, "language-name"))
                    )
                }
            })
            .collect();
        // The message is escaped as text, then the marked-up names go in.
        const SLOT: &str = "\u{E000}";
        let text = self
            .locales
            .format(lang, id, &[("languages", FluentValue::from(SLOT))]);
        Some(html(&text).replace(SLOT, &names.join(&self.locales.get(lang, "list-separator"))))
    }

    pub(super) fn limit(&self, lang: LangCode, limit: Limit) -> String {
        self.locales.format(
            lang,
            &limit.unit.label_key(),
            &[("days", FluentValue::from(limit.days))],
        )
    }

    pub(super) fn guide(&self, i: usize, lang: LangCode) -> Result<GuideView, Diagnostic> {
        let site = self.site;
        let source = site.source(i).ok_or_else(|| missing_source(site, i))?;
        let Front::Guide(g) = &source.front else {
            return Err(missing_source(site, i));
        };
        let g: &Guide = g;
        let t: Option<&GuideText> = match site.entries[i].versions.get(&lang).map(|d| &d.front) {
            Some(Front::GuideText(t)) => Some(t),
            _ => None,
        };
        let l = self.locales;
        let link = |url: &str| self.link(url, lang);
        let entry = &site.entries[i];
        let base = markdown::LinkBase::of(&entry.key, entry.is_section, site.config.base_url());
        let pick =
            |translated: Option<&String>, source: &String| translated.unwrap_or(source).clone();
        let materials = g
            .materials
            .iter()
            .enumerate()
            .map(|(n, m)| {
                let mt = t.and_then(|t| t.materials.get(n));
                MaterialView {
                    name: mt.map_or(&m.name, |x| &x.name).clone(),
                    kind: m.kind.map(|k| l.get(lang, &k.label_key())),
                    form: m.form.map(|k| l.get(lang, &k.label_key())),
                    copies: m.copies,
                    required: l.get(lang, &m.required.label_key()),
                    required_id: m.required.id(),
                    source: m.source.map(|k| l.get(lang, &k.label_key())),
                    basis: mt.and_then(|x| x.basis.clone()).or_else(|| m.basis.clone()),
                    blank_form: m.blank_form.as_ref().map(|f| format!("/{f}")),
                }
            })
            .collect();
        let steps = aligned(t.map(|t| &t.steps), &g.steps);
        let fees = aligned(t.map(|t| &t.fees), &g.fees);
        let faq = aligned(t.map(|t| &t.faq), &g.faq);
        Ok(GuideView {
            catalog_code: g.catalog_code.clone(),
            task_code: g.task_code.clone(),
            item_type: l.get(lang, &g.item_type.label_key()),
            agency: l.get(lang, &format!("agency-{}", g.agency)),
            level: g.level.map(|v| l.get(lang, &v.label_key())),
            legal_basis: t
                .and_then(|t| t.legal_basis.clone())
                .unwrap_or_else(|| g.legal_basis.clone()),
            applicants: g
                .applicants
                .iter()
                .map(|a| l.get(lang, &a.label_key()))
                .collect(),
            case_type: l.get(lang, &g.case_type.label_key()),
            conditions_html: markdown::to_html(
                &pick(t.and_then(|t| t.conditions.as_ref()), &g.conditions),
                &base,
                &link,
            ),
            legal_limit: self.limit(lang, g.legal_limit),
            promised_limit: self.limit(lang, g.promised_limit),
            promised_duration: iso_duration(g.promised_limit),
            description: t
                .and_then(|t| t.summary.clone())
                .or_else(|| g.summary.clone())
                .unwrap_or_else(|| {
                    crate::search::plain_text(&pick(
                        t.and_then(|t| t.conditions.as_ref()),
                        &g.conditions,
                    ))
                }),
            visits: l.format(
                lang,
                "guide-visits-count",
                &[("count", FluentValue::from(g.visits))],
            ),
            online_url: g.online_url.clone(),
            online_only_html: self.online_only(g, lang, "guide-online-only"),
            online_note_html: self.online_only(g, lang, "guide-online-note"),
            online_hreflang: online_elsewhere(&site.config, g, lang)
                .map(|offered| site.config.language(offered[0]).tag.clone()),
            place: pick(t.and_then(|t| t.place.as_ref()), &g.place),
            hours: pick(t.and_then(|t| t.hours.as_ref()), &g.hours),
            // A translation that leaves a fact's text out shows the source's.
            place_lang: t
                .filter(|t| t.place.is_none())
                .map(|_| site.config.default_language().tag.clone()),
            hours_lang: t
                .filter(|t| t.hours.is_none())
                .map(|_| site.config.default_language().tag.clone()),
            fee: g.fee,
            fees,
            phone: g.phone.clone(),
            complaint: g.complaint.clone(),
            result: t
                .and_then(|t| t.result.clone())
                .or_else(|| g.result.clone()),
            delivery: g.delivery,
            sectors: g
                .sectors
                .iter()
                .map(|s| l.get(lang, &format!("sector-{s}")))
                .collect(),
            life_events: g
                .life_events
                .iter()
                .map(|s| l.get(lang, &format!("life-event-{s}")))
                .collect(),
            materials,
            steps,
            faq,
        })
    }

    /// A record's row in listings, as a template value; `None` for an entry
    /// that is no record. A record is listed on many pages (by year, agency,
    /// topic, …): its row, and the row's HTML when the theme makes it, are
    /// made once per language and shared by every listing that shows it.
    pub(super) fn record_row(
        &self,
        i: usize,
        lang: LangCode,
    ) -> Result<Option<tera::Value>, Diagnostic> {
        let languages = self.site.config.languages.len();
        self.rows[i * languages + lang.index()]
            .get_or_init(|| {
                let Some(mut row) = self.make_record_row(i, lang) else {
                    return Ok(None);
                };
                if self.row_template {
                    let mut ctx = tera::Context::new();
                    ctx.insert("r", &row);
                    ctx.insert_value("t", self.tables[&lang].clone());
                    ctx.insert_value("lang", self.chromes[lang.index()].lang.clone());
                    let mut html = self.html_of_size(ROW_TEMPLATE, &ctx, ROW_BYTES, || {
                        format!("{} ({lang})", self.site.entries[i].key)
                    })?;
                    html.shrink_to_fit();
                    row.html = Some(String::from_utf8(html).map_err(|e| {
                        Diagnostic::error(
                            "E050",
                            ROW_TEMPLATE,
                            crate::msg!("template-error", error = &e),
                        )
                    })?);
                }
                Ok(Some(tera::Value::from_serializable(&row)))
            })
            .clone()
    }

    /// The rows of those of `entries` that are records.
    pub(super) fn record_rows(
        &self,
        entries: impl IntoIterator<Item = usize>,
        lang: LangCode,
    ) -> Result<Vec<tera::Value>, Diagnostic> {
        entries
            .into_iter()
            .filter_map(|j| self.record_row(j, lang).transpose())
            .collect()
    }

    pub(super) fn make_record_row(&self, i: usize, lang: LangCode) -> Option<RecordRow> {
        let Some(Front::Record(r)) = self.site.source(i).map(|d| &d.front) else {
            return None;
        };
        let r: &Record = r;
        let link = self.link_to(i, lang, usize::MAX);
        Some(RecordRow {
            html: None,
            title: link.title,
            url: link.url,
            lang: link.lang,
            index_no: r.index_no.clone(),
            doc_no: r.doc_no.clone(),
            published: self.locales.date(lang, r.published),
            published_iso: r.published.to_string(),
            validity: self.validity(r, lang).0,
            validity_id: self.validity(r, lang).1,
            agency: self.label(lang, format!("agency-{}", r.agency)),
        })
    }

    pub(super) fn guide_row(&self, i: usize, lang: LangCode) -> Option<GuideRow> {
        let Some(Front::Guide(g)) = self.site.source(i).map(|d| &d.front) else {
            return None;
        };
        let link = self.link_to(i, lang, usize::MAX);
        let summary = self
            .site
            .text_for(i, lang)
            .and_then(|d| d.front.summary())
            .map(str::to_string);
        Some(GuideRow {
            title: link.title,
            url: link.url,
            lang: link.lang,
            summary,
            agency: self.label(lang, format!("agency-{}", g.agency)),
            promised_limit: self.limit(lang, g.promised_limit),
            visits: self.locales.format(
                lang,
                "guide-visits-count",
                &[("count", FluentValue::from(g.visits))],
            ),
        })
    }

    /// Plain pages and sub-sections directly in a section, by weight then title.
    pub(super) fn pages_in(&self, section: usize, lang: LangCode) -> Vec<PageRow> {
        let site = self.site;
        let mut rows: Vec<(i64, PageRow)> = site
            .children(section)
            .filter(|&j| site.presence(j, lang).exists())
            .filter(|&j| site.entries[j].kind == Kind::Page || site.entries[j].is_section)
            .filter(|&j| !(site.entries[j].is_section && site.entries[j].kind != Kind::Page))
            .map(|j| {
                let doc = site.text_for(j, lang);
                let weight = match doc.map(|d| &d.front) {
                    Some(Front::Page(p)) => p.weight.unwrap_or(0),
                    _ => 0,
                };
                let link = self.link_to(j, lang, usize::MAX);
                (
                    weight,
                    PageRow {
                        summary: doc.and_then(|d| d.front.summary()).map(str::to_string),
                        link,
                        entry: j,
                    },
                )
            })
            .collect();
        rows.sort_by(|a, b| (a.0, &a.1.link.url).cmp(&(b.0, &b.1.link.url)));
        rows.into_iter().map(|(_, r)| r).collect()
    }

    pub(super) fn listing(&self, i: usize, lang: LangCode) -> Result<ListingView, Diagnostic> {
        let li = lang.index();
        let key = &self.site.entries[i].key;
        let mut view = match self.lists.sections.get(&i) {
            Some(items) => self.listing_view(key, &items[li], 1, lang)?,
            None => ListingView::default(),
        };
        view.pages = self.pages_in(i, lang);
        view.facets = self.facets_for(key, lang);
        if key == "disclosure" {
            for k in ["disclosure/statistics", "disclosure/on-request"] {
                if let Some(made) = self.made_in(k, lang) {
                    view.links.push(Link {
                        doc_no: None,
                        title: self.made_title(made, lang),
                        url: self.site.url(k, lang),
                        lang: None,
                        current: false,
                    });
                }
            }
        }
        Ok(view)
    }

    pub(super) fn home(&self, lang: LangCode) -> Result<HomeView, Diagnostic> {
        let site = self.site;
        let li = lang.index();
        let items = |key: &str| {
            site.get(key)
                .and_then(|i| self.lists.sections.get(&i))
                .map(|v| &v[li])
        };
        let exists = |key: &str| {
            site.get(key)
                .is_some_and(|i| site.presence(i, lang).exists())
        };
        let latest = match items("disclosure") {
            Some(it) => self.record_rows(it.records.iter().take(HOME_LATEST).copied(), lang)?,
            None => Vec::new(),
        };
        let services = items("services")
            .map(|it| {
                it.guides
                    .iter()
                    .take(HOME_SERVICES)
                    .filter_map(|&j| self.guide_row(j, lang))
                    .collect()
            })
            .unwrap_or_default();
        let sections = site
            .get("")
            .map(|h| self.pages_in(h, lang))
            .unwrap_or_default();
        Ok(HomeView {
            latest,
            services,
            sections,
            life_events: self
                .facets_for("services", lang)
                .into_iter()
                .find(|f| f.id == Taxonomy::LifeEvents.folder()),
            disclosure_url: exists("disclosure").then(|| site.url("disclosure", lang)),
            start_here_url: self
                .made_in("start-here", lang)
                .map(|_| site.url("start-here", lang)),
            services_url: exists("services").then(|| site.url("services", lang)),
        })
    }
}

/// How many records and services the home page shows.
pub(super) const HOME_LATEST: usize = 8;
pub(super) const HOME_SERVICES: usize = 10;

#[derive(Serialize)]
pub(super) struct RecordView {
    pub(super) index_no: IndexNo,
    pub(super) agency: String,
    pub(super) doc_no: Option<DocNo>,
    pub(super) written: String,
    pub(super) published: String,
    pub(super) published_iso: String,
    pub(super) effective: Option<String>,
    pub(super) repealed: Option<String>,
    pub(super) topic: String,
    pub(super) genre: Option<String>,
    pub(super) catalog: String,
    pub(super) disclosure: String,
    pub(super) validity: String,
    pub(super) validity_id: &'static str,
    pub(super) keywords: Vec<String>,
    pub(super) keywords_lang: Option<String>,
    pub(super) supersedes: Vec<Link>,
    pub(super) superseded_by: Vec<Link>,
    pub(super) authority: Option<Notice>,
}

#[derive(Serialize)]
pub(super) struct MaterialView {
    pub(super) name: String,
    pub(super) kind: Option<String>,
    pub(super) form: Option<String>,
    pub(super) copies: Option<u32>,
    pub(super) required: String,
    pub(super) required_id: &'static str,
    pub(super) source: Option<String>,
    pub(super) basis: Option<String>,
    pub(super) blank_form: Option<String>,
}

#[derive(Serialize)]
pub(super) struct GuideView {
    pub(super) catalog_code: String,
    pub(super) task_code: String,
    pub(super) item_type: String,
    pub(super) agency: String,
    pub(super) level: Option<String>,
    pub(super) legal_basis: Vec<String>,
    pub(super) applicants: Vec<String>,
    pub(super) case_type: String,
    pub(super) conditions_html: String,
    pub(super) legal_limit: String,
    /// The promised limit as an ISO 8601 duration, for JSON-LD.
    pub(super) promised_duration: String,
    /// The summary, else the conditions as text, for JSON-LD.
    pub(super) description: String,
    pub(super) promised_limit: String,
    pub(super) visits: String,
    pub(super) online_url: Option<String>,
    /// "only in 中文" beside the online link, when the reader's language is
    /// not one the service is offered in.
    pub(super) online_only_html: Option<String>,
    pub(super) online_note_html: Option<String>,
    /// The language of the online service, when it is not the reader's.
    pub(super) online_hreflang: Option<String>,
    pub(super) place: String,
    pub(super) hours: String,
    pub(super) place_lang: Option<String>,
    pub(super) hours_lang: Option<String>,
    pub(super) fee: bool,
    pub(super) fees: Vec<crate::content::model::Fee>,
    pub(super) phone: String,
    pub(super) complaint: String,
    pub(super) result: Option<String>,
    pub(super) delivery: Option<bool>,
    pub(super) sectors: Vec<String>,
    pub(super) life_events: Vec<String>,
    pub(super) materials: Vec<MaterialView>,
    pub(super) steps: Vec<crate::content::model::Step>,
    pub(super) faq: Vec<crate::content::model::Faq>,
}

#[derive(Serialize)]
pub(super) struct RecordRow {
    /// The row as `ROW_TEMPLATE` makes it, when the theme has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) html: Option<String>,
    pub(super) title: String,
    pub(super) url: String,
    pub(super) lang: Option<String>,
    pub(super) index_no: IndexNo,
    pub(super) doc_no: Option<DocNo>,
    pub(super) published: String,
    pub(super) published_iso: String,
    pub(super) validity: String,
    pub(super) validity_id: &'static str,
    pub(super) agency: String,
}

#[derive(Serialize)]
pub(super) struct GuideRow {
    pub(super) title: String,
    pub(super) url: String,
    pub(super) lang: Option<String>,
    pub(super) summary: Option<String>,
    pub(super) agency: String,
    pub(super) promised_limit: String,
    pub(super) visits: String,
}

#[derive(Serialize)]
pub(super) struct PageRow {
    pub(super) link: Link,
    #[serde(skip)]
    pub(super) entry: usize,
    pub(super) summary: Option<String>,
}

#[derive(Serialize, Default)]
pub(super) struct ListingView {
    /// Made values already (`Renderer::record_row`): `into_value` adds them.
    #[serde(skip)]
    pub(super) records: Vec<tera::Value>,
    pub(super) guides: Vec<GuideRow>,
    pub(super) pages: Vec<PageRow>,
    pub(super) pagination: Vec<made::PageLink>,
    /// "Page 2 of 7", when there is more than one page.
    pub(super) page_status: Option<String>,
    pub(super) facets: Vec<made::Facet>,
    /// The catalogue's own pages: statistics, the on-request guide.
    pub(super) links: Vec<Link>,
    pub(super) feed: Option<String>,
}

#[derive(Serialize)]
pub(super) struct HomeView {
    /// Made values already, as a listing's `records`.
    #[serde(skip)]
    pub(super) latest: Vec<tera::Value>,
    pub(super) services: Vec<GuideRow>,
    pub(super) sections: Vec<PageRow>,
    pub(super) life_events: Option<made::Facet>,
    /// The catalogue's and the services' pages, where the language has them.
    pub(super) disclosure_url: Option<String>,
    pub(super) services_url: Option<String>,
    /// A foreign edition's "start here" page.
    pub(super) start_here_url: Option<String>,
}

impl ListingView {
    /// The listing as a template value, its rows shared, not copied.
    pub(super) fn into_value(mut self) -> tera::Value {
        let records = std::mem::take(&mut self.records);
        with_field(tera::Value::from_serializable(&self), "records", records)
    }
}

impl HomeView {
    /// The home page's lists as a template value, its rows shared, not copied.
    pub(super) fn into_value(mut self) -> tera::Value {
        let latest = std::mem::take(&mut self.latest);
        with_field(tera::Value::from_serializable(&self), "latest", latest)
    }
}

/// `value` (a map) with one more field.
pub(super) fn with_field(
    value: tera::Value,
    key: &'static str,
    field: Vec<tera::Value>,
) -> tera::Value {
    let mut map = value.into_map().unwrap_or_default();
    map.insert(key.into(), tera::Value::from(field));
    tera::Value::from(map)
}

/// `text` escaped for HTML, as the templates escape it.
fn html(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    templates::escape_html(text, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

/// The languages a guide's online service is offered in, when it has one and
/// the reader's language is not among them.
fn online_elsewhere(
    cfg: &crate::config::Config,
    g: &Guide,
    lang: LangCode,
) -> Option<Vec<LangCode>> {
    g.online_url.as_ref()?;
    let offered: Vec<LangCode> = if g.online_languages.is_empty() {
        vec![cfg.default_language().code]
    } else {
        // `check` refuses codes that are not the site's.
        g.online_languages
            .iter()
            .filter_map(|c| cfg.lang_code(c))
            .collect()
    };
    (!offered.contains(&lang)).then_some(offered)
}

/// A time limit as an ISO 8601 duration (`processingTime`): calendar days
/// as days (`P30D`); working days, which ISO 8601 cannot count, as the weeks
/// of five working days they span (`P4W` for 20), the time a reader waits
/// outside public holidays.
fn iso_duration(limit: Limit) -> String {
    match limit.unit {
        crate::domain::vocab::LimitUnit::Calendar => format!("P{}D", limit.days),
        crate::domain::vocab::LimitUnit::Working if limit.days.is_multiple_of(5) => {
            format!("P{}W", limit.days / 5)
        }
        crate::domain::vocab::LimitUnit::Working => {
            format!("P{}D", (limit.days / 5) * 7 + limit.days % 5)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::iso_duration;
    use crate::content::model::Limit;
    use crate::domain::vocab::LimitUnit;

    #[test]
    fn limits_become_iso_8601_durations() {
        let d = |days, unit| iso_duration(Limit { days, unit });
        assert_eq!(d(30, LimitUnit::Calendar), "P30D");
        assert_eq!(d(20, LimitUnit::Working), "P4W");
        assert_eq!(d(1, LimitUnit::Working), "P1D");
        assert_eq!(d(7, LimitUnit::Working), "P9D");
    }
}
