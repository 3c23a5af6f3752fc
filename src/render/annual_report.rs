//! The annual report page (政府信息公开工作年度报告) in the table layout of
//! 国办公开办函〔2021〕30号: every label from the locale files (the
//! template's own wording in Chinese), the proactive-disclosure counts of
//! rules and normative documents computed from the records, the rest from
//! the year's data file. The text sections are the Chinese source's, marked
//! as Chinese in the other editions.

use super::*;
use crate::content::annual_report::{
    APPLICANT_COLUMNS, AnnualReport, OUTCOME_COLUMNS, REQUEST_ROWS, REVIEW_ROWS,
};
use crate::domain::LangCode;
use crate::site::annual_report::computed;
use crate::site::listings::Tally;

/// A header cell of a table row, with its spans.
#[derive(Serialize)]
pub(super) struct Head {
    label: String,
    rowspan: usize,
    colspan: usize,
}

#[derive(Serialize)]
pub(super) struct TableRow {
    heads: Vec<Head>,
    values: Vec<u64>,
    /// The row that sums the others (（七）总计).
    total: bool,
}

#[derive(Serialize)]
pub(super) struct MadeRow {
    label: String,
    tally: Tally,
}

#[derive(Serialize)]
pub(super) struct CountRow {
    label: String,
    value: String,
}

#[derive(Serialize)]
pub(super) struct ReportView {
    year: i32,
    /// The report's own (Chinese) title, and the tag of that language.
    title: String,
    source_tag: String,
    /// Every label of the page, by the message's name after `annual-report-`.
    l: BTreeMap<String, String>,
    made: Vec<MadeRow>,
    licences: Vec<CountRow>,
    punishments: Vec<CountRow>,
    fees: Vec<CountRow>,
    /// The applicant columns: natural persons, the five kinds of
    /// organisation, the total.
    natural_persons: String,
    organisations: Vec<String>,
    applicants_total: String,
    requests: Vec<TableRow>,
    review_columns: Vec<String>,
    reviews: Vec<u64>,
    overview_html: String,
    problems_html: String,
    other_html: String,
    /// The language tag of the text sections when it is not the page's.
    text_lang: Option<String>,
    statistics_url: String,
}

/// The labels the page prints, named after `annual-report-`.
const LABELS: &[&str] = &[
    "section-overview",
    "section-proactive",
    "section-requests",
    "section-reviews",
    "section-problems",
    "section-other",
    "article-20-1",
    "article-20-5",
    "article-20-6",
    "article-20-8",
    "content",
    "made",
    "repealed",
    "in-force",
    "decisions",
    "fees-amount",
    "requests-rule",
    "applicants",
    "legal-persons",
    "review",
    "lawsuit",
    "row-lawsuit_direct",
    "row-lawsuit_after_review",
    "computed",
    "text-in-chinese",
    "template",
];

impl Renderer<'_> {
    pub(super) fn annual_report(&self, year: i32, lang: LangCode) -> Option<ReportView> {
        let site = self.site;
        let report: &AnnualReport = site.annual_report(year)?;
        let get = |k: &str| self.locales.get(lang, &format!("annual-report-{k}"));
        let figures = computed(site, year);
        let count = |k: &str, v: String| CountRow {
            label: get(k),
            value: v,
        };
        let entry = site.get("disclosure").unwrap_or(0);
        let base = markdown::LinkBase::of(&site.entries[entry].key, true, site.config.base_url());
        let link = |url: &str| self.link(url, lang);
        let html = |md: &str| markdown::to_html(md, &base, &link);
        let default = site.config.default_language();
        Some(ReportView {
            year,
            title: report.title.clone(),
            source_tag: default.tag.clone(),
            l: LABELS.iter().map(|k| (k.to_string(), get(k))).collect(),
            made: vec![
                MadeRow {
                    label: get("regulations"),
                    tally: figures.regulations,
                },
                MadeRow {
                    label: get("normative-documents"),
                    tally: figures.normative_documents,
                },
            ],
            licences: vec![count("licences", report.licences.to_string())],
            punishments: vec![
                count("penalties", report.penalties.to_string()),
                count("enforcement", report.enforcement.to_string()),
            ],
            fees: vec![count("fees", fees(report.fees))],
            natural_persons: get(&format!("col-{}", APPLICANT_COLUMNS[0])),
            organisations: APPLICANT_COLUMNS[1..6]
                .iter()
                .map(|c| get(&format!("col-{c}")))
                .collect(),
            applicants_total: get(&format!("col-{}", APPLICANT_COLUMNS[6])),
            requests: self.request_rows(report, &get),
            review_columns: OUTCOME_COLUMNS
                .iter()
                .map(|c| get(&format!("col-{c}")))
                .collect(),
            reviews: REVIEW_ROWS
                .iter()
                .filter_map(|k| report.reviews.iter().find(|r| r.key == *k))
                .flat_map(|r| r.values.iter().copied())
                .collect(),
            overview_html: html(&report.overview),
            problems_html: html(&report.problems),
            other_html: html(&report.other),
            text_lang: (lang != default.code).then(|| default.tag.clone()),
            statistics_url: site.url(&format!("disclosure/statistics/{year}"), lang),
        })
    }

    /// The requests table's rows with the template's merged header cells:
    /// （三） to （六） span their items, 三、本年度办理结果 spans them all.
    fn request_rows(&self, report: &AnnualReport, get: &dyn Fn(&str) -> String) -> Vec<TableRow> {
        let answered = REQUEST_ROWS.iter().filter(|(_, g)| !g.is_empty()).count();
        let mut out = Vec::new();
        let mut group_seen: Option<&str> = None;
        let mut results_seen = false;
        for (key, group) in REQUEST_ROWS {
            let Some(row) = report.request(key) else {
                continue;
            };
            let mut heads = Vec::new();
            if group.is_empty() {
                heads.push(Head {
                    label: get(&format!("row-{key}")),
                    rowspan: 1,
                    colspan: 3,
                });
            } else {
                if !results_seen {
                    results_seen = true;
                    heads.push(Head {
                        label: get("results"),
                        rowspan: answered,
                        colspan: 1,
                    });
                }
                if group == "answered" {
                    heads.push(Head {
                        label: get(&format!("row-{key}")),
                        rowspan: 1,
                        colspan: 2,
                    });
                } else {
                    if group_seen != Some(group) {
                        group_seen = Some(group);
                        heads.push(Head {
                            label: get(&format!("group-{group}")),
                            rowspan: REQUEST_ROWS.iter().filter(|(_, g)| *g == group).count(),
                            colspan: 1,
                        });
                    }
                    heads.push(Head {
                        label: get(&format!("row-{key}")),
                        rowspan: 1,
                        colspan: 1,
                    });
                }
            }
            out.push(TableRow {
                heads,
                values: row.values.clone(),
                total: key == "answered_total",
            });
        }
        out
    }
}

/// An amount in 万元 as the reports print it: whole, or to two decimals.
fn fees(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    }
}
