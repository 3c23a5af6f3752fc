//! The figures of the annual disclosure report (政府信息公开工作年度报告) that
//! the records cannot give, one file a year: `data/annual-report/<year>.toml`,
//! in the national template of 国办公开办函〔2021〕30号. Each row of the
//! template's tables is one line of the file, so a problem is reported at the
//! line that has it; `check` holds the template's own sums.
//!
//! What this is not: the proactive-disclosure counts of rules and normative
//! documents, which the build computes from the records (`site::annual_report`).

use std::path::Path;

use crate::config::Config;
use crate::diag::{Diagnostic, LineIndex, Position, did_you_mean};
use crate::msg;

/// The folder of the data files, under the site's root.
pub const FOLDER: &str = "data/annual-report";

/// The columns of the requests table (申请人情况), in the template's order.
pub const APPLICANT_COLUMNS: [&str; 7] = [
    "natural-person",
    "business",
    "research",
    "public-interest",
    "legal-services",
    "other-organisation",
    "total",
];

/// The columns of the reviews and lawsuits table.
pub const OUTCOME_COLUMNS: [&str; 5] = ["upheld", "corrected", "other", "pending", "total"];

/// The rows of the requests table, as `(key, group)`: the group is the
/// template's heading the row sits under (`""` for a row of its own).
pub const REQUEST_ROWS: [(&str, &str); 25] = [
    ("received", ""),
    ("carried_over", ""),
    ("disclosed", "answered"),
    ("partly_disclosed", "answered"),
    ("withheld_state_secret", "withheld"),
    ("withheld_prohibited_by_law", "withheld"),
    ("withheld_security_stability", "withheld"),
    ("withheld_third_party", "withheld"),
    ("withheld_internal_affairs", "withheld"),
    ("withheld_process", "withheld"),
    ("withheld_enforcement_file", "withheld"),
    ("withheld_query", "withheld"),
    ("unavailable_not_held", "unavailable"),
    ("unavailable_needs_making", "unavailable"),
    ("unavailable_unclear", "unavailable"),
    ("not_processed_petition", "not-processed"),
    ("not_processed_repeated", "not-processed"),
    ("not_processed_publication", "not-processed"),
    ("not_processed_excessive", "not-processed"),
    ("not_processed_confirmation", "not-processed"),
    ("other_overdue_correction", "other-handling"),
    ("other_overdue_fee", "other-handling"),
    ("other_other", "other-handling"),
    ("answered_total", "answered"),
    ("carried_forward", ""),
];

/// The rows of the reviews and lawsuits table.
pub const REVIEW_ROWS: [&str; 3] = ["review", "lawsuit_direct", "lawsuit_after_review"];

/// The counts of section 2 that records cannot give.
pub const PROACTIVE_KEYS: [&str; 4] = ["licences", "penalties", "enforcement", "fees"];

const TEXT_KEYS: [&str; 4] = ["title", "overview", "problems", "other"];

/// A row of numbers and the line it was written on.
#[derive(Debug, Clone)]
pub struct Row {
    pub key: &'static str,
    pub values: Vec<u64>,
    pub at: Position,
}

/// One year's report data, as read.
#[derive(Debug, Clone)]
pub struct AnnualReport {
    pub year: i32,
    /// The file, relative to the root, for messages.
    pub file: String,
    /// The report's own title, in Chinese (大连市人民政府2025年政府信息公开工作年度报告).
    pub title: String,
    /// 一、总体情况 · 五、存在的主要问题及改进情况 · 六、其他需要报告的事项 (Markdown).
    pub overview: String,
    pub problems: String,
    pub other: String,
    /// 行政许可 · 行政处罚 · 行政强制: decisions made in the year.
    pub licences: u64,
    pub penalties: u64,
    pub enforcement: u64,
    /// 行政事业性收费, in 万元 (ten thousand yuan).
    pub fees: f64,
    /// Rows of the requests table in `REQUEST_ROWS` order (seven numbers each).
    pub requests: Vec<Row>,
    /// Rows of the reviews table in `REVIEW_ROWS` order (five numbers each).
    pub reviews: Vec<Row>,
}

impl AnnualReport {
    pub fn request(&self, key: &str) -> Option<&Row> {
        self.requests.iter().find(|r| r.key == key)
    }
}

/// Reads every `data/annual-report/<year>.toml` of the site, by year.
pub fn load(config: &Config) -> (Vec<AnnualReport>, Vec<Diagnostic>) {
    let dir = config.root.join(FOLDER);
    let mut reports = Vec::new();
    let mut diags = Vec::new();
    let Ok(read) = std::fs::read_dir(&dir) else {
        return (reports, diags);
    };
    let mut paths: Vec<_> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let display = format!(
            "{FOLDER}/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        match std::fs::read_to_string(&path) {
            Ok(text) => match parse(&path, &display, &text) {
                Ok(r) => reports.push(r),
                Err(mut d) => diags.append(&mut d),
            },
            Err(e) => diags.push(
                Diagnostic::error("E010", &display, msg!("report-unreadable", error = &e))
                    .help(msg!("report-unreadable-help")),
            ),
        }
    }
    reports.sort_by_key(|r| r.year);
    (reports, diags)
}

/// Parses one year's file; every problem of it at once.
pub fn parse(path: &Path, display: &str, text: &str) -> Result<AnnualReport, Vec<Diagnostic>> {
    let lines = LineIndex::new(text);
    let at = |span: Option<std::ops::Range<usize>>| {
        span.map_or_else(Position::start, |s| lines.position(s.start))
    };
    let mut out = Vec::new();
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let year = match stem.parse::<i32>() {
        Ok(y) if (1990..=9999).contains(&y) => y,
        _ => {
            out.push(
                Diagnostic::error("E074", display, msg!("report-not-a-year", name = &stem))
                    .help(msg!("report-not-a-year-help")),
            );
            return Err(out);
        }
    };
    let doc = match toml_edit::Document::parse(text) {
        Ok(d) => d,
        Err(e) => {
            return Err(vec![
                Diagnostic::error(
                    "E001",
                    display,
                    msg!("report-toml", error = e.message().trim()),
                )
                .at(at(e.span()))
                .help(msg!("report-toml-help")),
            ]);
        }
    };
    let root = doc.as_table();
    let unknown =
        |out: &mut Vec<Diagnostic>, table: &toml_edit::Table, allowed: &[&str], place: &str| {
            for (k, _) in table.iter() {
                if !allowed.contains(&k) {
                    let mut d = Diagnostic::error(
                        "E073",
                        display,
                        msg!("report-unknown-key", key = k, place = place),
                    )
                    .at(at(table.key(k).and_then(|k| k.span())));
                    d = match did_you_mean(k, allowed.iter().copied()) {
                        Some(s) => d.help(msg!("did-you-mean", name = s)),
                        None => d.help(msg!("report-keys", keys = allowed.join(", "))),
                    };
                    out.push(d);
                }
            }
        };
    let top: Vec<&str> = TEXT_KEYS
        .iter()
        .copied()
        .chain(["proactive", "requests", "reviews"])
        .collect();
    unknown(&mut out, root, &top, "top");
    let text_of = |out: &mut Vec<Diagnostic>, key: &str| -> String {
        match root.get(key) {
            None => String::new(),
            Some(item) => match item.as_str() {
                Some(s) => s.to_string(),
                None => {
                    out.push(
                        Diagnostic::error("E074", display, msg!("report-not-text", key = key))
                            .at(at(item.span()))
                            .help(msg!("report-not-text-help")),
                    );
                    String::new()
                }
            },
        }
    };
    let title = text_of(&mut out, "title");
    if title.trim().is_empty() {
        out.push(
            Diagnostic::error("E074", display, msg!("report-no-title"))
                .at(Position::start())
                .help(msg!("report-no-title-help", year = year)),
        );
    }
    let overview = text_of(&mut out, "overview");
    let problems = text_of(&mut out, "problems");
    let other = text_of(&mut out, "other");

    let table = |out: &mut Vec<Diagnostic>, name: &str| -> Option<&toml_edit::Table> {
        match root.get(name) {
            Some(item) => match item.as_table() {
                Some(t) => Some(t),
                None => {
                    out.push(
                        Diagnostic::error("E074", display, msg!("report-not-a-table", name = name))
                            .at(at(item.span()))
                            .help(msg!("report-not-a-table-help", name = name)),
                    );
                    None
                }
            },
            None => {
                out.push(
                    Diagnostic::error("E074", display, msg!("report-no-table", name = name))
                        .help(msg!("report-no-table-help", name = name)),
                );
                None
            }
        }
    };
    let table_at = |t: &toml_edit::Table| at(t.span());

    // Section 2: counts the records cannot give.
    let (mut licences, mut penalties, mut enforcement, mut fees) = (0, 0, 0, 0.0);
    if let Some(t) = table(&mut out, "proactive") {
        unknown(&mut out, t, &PROACTIVE_KEYS, "proactive");
        for key in PROACTIVE_KEYS {
            let Some(item) = t.get(key) else {
                out.push(
                    Diagnostic::error("E074", display, msg!("report-no-count", key = key))
                        .at(table_at(t))
                        .help(msg!("report-no-count-help", key = key)),
                );
                continue;
            };
            let value = item.as_value();
            if key == "fees" {
                let v = value.and_then(|v| v.as_float().or(v.as_integer().map(|i| i as f64)));
                match v {
                    Some(v) if v >= 0.0 && v.is_finite() => fees = v,
                    _ => out.push(
                        Diagnostic::error("E074", display, msg!("report-bad-fees"))
                            .at(at(item.span()))
                            .help(msg!("report-bad-fees-help")),
                    ),
                }
                continue;
            }
            match value.and_then(|v| v.as_integer()) {
                Some(n) if n >= 0 => {
                    let n = n as u64;
                    match key {
                        "licences" => licences = n,
                        "penalties" => penalties = n,
                        _ => enforcement = n,
                    }
                }
                _ => out.push(
                    Diagnostic::error("E074", display, msg!("report-bad-count", key = key))
                        .at(at(item.span()))
                        .help(msg!("report-bad-count-help")),
                ),
            }
        }
    }

    let rows = |out: &mut Vec<Diagnostic>,
                name: &str,
                keys: &[&'static str],
                width: usize,
                columns: &[&str]|
     -> Vec<Row> {
        let Some(t) = table(out, name) else {
            return Vec::new();
        };
        unknown(out, t, keys, name);
        let mut got = Vec::new();
        for &key in keys {
            let Some(item) = t.get(key) else {
                out.push(
                    Diagnostic::error(
                        "E074",
                        display,
                        msg!("report-no-row", table = name, key = key),
                    )
                    .at(table_at(t))
                    .help(msg!(
                        "report-no-row-help",
                        key = key,
                        zeros = vec!["0"; width].join(", "),
                        columns = columns.join(", ")
                    )),
                );
                continue;
            };
            let pos = at(t.key(key).and_then(|k| k.span()).or(item.span()));
            let Some(array) = item.as_array() else {
                out.push(
                    Diagnostic::error("E074", display, msg!("report-not-a-row", key = key))
                        .at(pos)
                        .help(msg!(
                            "report-not-a-row-help",
                            width = width,
                            columns = columns.join(", ")
                        )),
                );
                continue;
            };
            let mut values = Vec::with_capacity(width);
            let mut ok = true;
            for (n, v) in array.iter().enumerate() {
                match v.as_integer() {
                    Some(x) if x >= 0 => values.push(x as u64),
                    _ => {
                        ok = false;
                        let column = columns.get(n).copied().unwrap_or("?");
                        out.push(
                            Diagnostic::error(
                                "E074",
                                display,
                                msg!(
                                    "report-bad-cell",
                                    key = key,
                                    n = n + 1,
                                    column = column,
                                    value = v.to_string().trim()
                                ),
                            )
                            .at(at(v.span()))
                            .help(msg!("report-bad-cell-help")),
                        );
                    }
                }
            }
            if array.len() != width {
                ok = false;
                out.push(
                    Diagnostic::error(
                        "E074",
                        display,
                        msg!(
                            "report-row-width",
                            key = key,
                            len = array.len(),
                            width = width
                        ),
                    )
                    .at(pos.clone())
                    .help(msg!("report-row-width-help", columns = columns.join(", "))),
                );
            }
            if ok {
                got.push(Row {
                    key,
                    values,
                    at: pos,
                });
            }
        }
        got
    };
    let request_keys: Vec<&'static str> = REQUEST_ROWS.iter().map(|(k, _)| *k).collect();
    let requests = rows(&mut out, "requests", &request_keys, 7, &APPLICANT_COLUMNS);
    let reviews = rows(&mut out, "reviews", &REVIEW_ROWS, 5, &OUTCOME_COLUMNS);
    if !out.is_empty() {
        return Err(out);
    }
    Ok(AnnualReport {
        year,
        file: display.to_string(),
        title,
        overview,
        problems,
        other,
        licences,
        penalties,
        enforcement,
        fees,
        requests,
        reviews,
    })
}
