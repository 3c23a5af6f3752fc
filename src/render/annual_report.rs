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

/// A cell of the requests or the reviews table: a header (`th`, with
/// its scope) or a figure or note (`td`), with its spans. The two tables
/// have headers on several levels (申请人情况 over 法人或其他组织 over
/// 商业企业), where `scope` does not say which headers a figure has: every
/// header gets an id and every figure the `headers` that name all of its
/// own (WCAG technique H43), filled in by [`Table::link_headers`].
#[derive(Serialize, Default)]
pub(super) struct Cell {
    text: String,
    /// `col`, `colgroup` or `row` for a header, empty for a `td`.
    scope: &'static str,
    rowspan: usize,
    colspan: usize,
    id: String,
    headers: String,
    class: &'static str,
}

impl Cell {
    fn head(scope: &'static str, text: String, rowspan: usize, colspan: usize) -> Cell {
        Cell {
            text,
            scope,
            rowspan,
            colspan,
            ..Cell::default()
        }
    }

    fn figure(value: u64) -> Cell {
        Cell {
            text: value.to_string(),
            rowspan: 1,
            colspan: 1,
            ..Cell::default()
        }
    }
}

#[derive(Serialize)]
pub(super) struct Row {
    cells: Vec<Cell>,
    /// The row that sums the others (（七）总计).
    total: bool,
}

impl Row {
    fn of(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            total: false,
        }
    }
}

#[derive(Serialize)]
pub(super) struct Table {
    head: Vec<Row>,
    body: Vec<Row>,
}

impl Table {
    /// Gives every header the id `<prefix>-<row>-<cell>` and every `td`
    /// the ids of the headers in its rows to its left and in its columns
    /// above it, laying the cells out on the grid their spans make.
    fn link_headers(mut self, prefix: &str) -> Table {
        let height = self.head.len() + self.body.len();
        // grid[row][column] = (row, cell) of the cell that covers the slot.
        let mut grid: Vec<Vec<Option<(usize, usize)>>> = vec![Vec::new(); height];
        for (r, row) in self.head.iter_mut().chain(self.body.iter_mut()).enumerate() {
            let mut c = 0;
            for (i, cell) in row.cells.iter_mut().enumerate() {
                while grid[r].get(c).is_some_and(Option::is_some) {
                    c += 1;
                }
                if !cell.scope.is_empty() {
                    cell.id = format!("{prefix}-{r}-{i}");
                }
                for line in grid.iter_mut().skip(r).take(cell.rowspan.max(1)) {
                    let end = c + cell.colspan.max(1);
                    if line.len() < end {
                        line.resize(end, None);
                    }
                    line[c..end].fill(Some((r, i)));
                }
                c += cell.colspan.max(1);
            }
        }
        let ids: Vec<Vec<String>> = self
            .head
            .iter()
            .chain(&self.body)
            .map(|row| row.cells.iter().map(|c| c.id.clone()).collect())
            .collect();
        for (r, row) in self.head.iter_mut().chain(self.body.iter_mut()).enumerate() {
            for (i, cell) in row.cells.iter_mut().enumerate() {
                if !cell.scope.is_empty() {
                    continue;
                }
                let Some(c) = grid[r].iter().position(|s| *s == Some((r, i))) else {
                    continue;
                };
                let mut names: Vec<&str> = Vec::new();
                let mut add = |slot: Option<(usize, usize)>| {
                    if let Some((hr, hi)) = slot {
                        let id = ids[hr][hi].as_str();
                        if !id.is_empty() && !names.contains(&id) {
                            names.push(id);
                        }
                    }
                };
                for line in &grid[r..r + cell.rowspan.max(1)] {
                    line[..c].iter().copied().for_each(&mut add);
                }
                for line in &grid[..r] {
                    for col in c..c + cell.colspan.max(1) {
                        add(line.get(col).copied().flatten());
                    }
                }
                cell.headers = names.join(" ");
            }
        }
        self
    }
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
    requests: Table,
    reviews: Table,
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
            requests: requests_table(report, &get),
            reviews: reviews_table(report, &get),
            overview_html: html(&report.overview),
            problems_html: html(&report.problems),
            other_html: html(&report.other),
            text_lang: (lang != default.code).then(|| default.tag.clone()),
            statistics_url: site.url(&format!("disclosure/statistics/{year}"), lang),
        })
    }
}

/// The requests table (三、收到和处理政府信息公开申请情况) with the
/// template's merged header cells: the applicants over the natural persons,
/// the five kinds of organisation and the total; （三） to （六） span their
/// items, 三、本年度办理结果 spans them all.
fn requests_table(report: &AnnualReport, get: &dyn Fn(&str) -> String) -> Table {
    let col = |c: &str| get(&format!("col-{c}"));
    let (first, rest) = APPLICANT_COLUMNS.split_first().expect("applicant columns");
    let (total, organisations) = rest.split_last().expect("applicant columns");
    let head = vec![
        Row::of(vec![
            Cell {
                class: "report-rule",
                ..Cell::head("", get("requests-rule"), 3, 3)
            },
            Cell::head("colgroup", get("applicants"), 1, APPLICANT_COLUMNS.len()),
        ]),
        Row::of(vec![
            Cell::head("col", col(first), 2, 1),
            Cell::head("colgroup", get("legal-persons"), 1, organisations.len()),
            Cell::head("col", col(total), 2, 1),
        ]),
        Row::of(
            organisations
                .iter()
                .map(|c| Cell::head("col", col(c), 1, 1))
                .collect(),
        ),
    ];
    let answered = REQUEST_ROWS.iter().filter(|(_, g)| !g.is_empty()).count();
    let mut body = Vec::new();
    let mut group_seen: Option<&str> = None;
    let mut results_seen = false;
    for (key, group) in REQUEST_ROWS {
        let Some(row) = report.request(key) else {
            continue;
        };
        let label = get(&format!("row-{key}"));
        let mut cells = Vec::new();
        if group.is_empty() {
            cells.push(Cell::head("row", label, 1, 3));
        } else {
            if !results_seen {
                results_seen = true;
                cells.push(Cell::head("row", get("results"), answered, 1));
            }
            if group == "answered" {
                cells.push(Cell::head("row", label, 1, 2));
            } else {
                if group_seen != Some(group) {
                    group_seen = Some(group);
                    let span = REQUEST_ROWS.iter().filter(|(_, g)| *g == group).count();
                    cells.push(Cell::head("row", get(&format!("group-{group}")), span, 1));
                }
                cells.push(Cell::head("row", label, 1, 1));
            }
        }
        cells.extend(row.values.iter().copied().map(Cell::figure));
        body.push(Row {
            cells,
            total: key == "answered_total",
        });
    }
    Table { head, body }.link_headers("ar-rq")
}

/// The reviews and lawsuits table (四、…行政复议、行政诉讼情况): the
/// reconsiderations' five outcomes, then those of the lawsuits filed
/// directly and after a reconsideration, in one row of figures.
fn reviews_table(report: &AnnualReport, get: &dyn Fn(&str) -> String) -> Table {
    let outcomes = |rowspan: usize| -> Vec<Cell> {
        OUTCOME_COLUMNS
            .iter()
            .map(|c| Cell::head("col", get(&format!("col-{c}")), rowspan, 1))
            .collect()
    };
    let width = OUTCOME_COLUMNS.len();
    let mut second = outcomes(2);
    second.push(Cell::head("colgroup", get("row-lawsuit_direct"), 1, width));
    second.push(Cell::head(
        "colgroup",
        get("row-lawsuit_after_review"),
        1,
        width,
    ));
    let mut third = outcomes(1);
    third.extend(outcomes(1));
    let head = vec![
        Row::of(vec![
            Cell::head("colgroup", get("review"), 1, width),
            Cell::head("colgroup", get("lawsuit"), 1, 2 * width),
        ]),
        Row::of(second),
        Row::of(third),
    ];
    let figures = REVIEW_ROWS
        .iter()
        .filter_map(|k| report.reviews.iter().find(|r| r.key == *k))
        .flat_map(|r| r.values.iter().copied())
        .map(Cell::figure)
        .collect();
    Table {
        head,
        body: vec![Row::of(figures)],
    }
    .link_headers("ar-rv")
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
