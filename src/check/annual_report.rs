//! The annual report's own sums (国办公开办函〔2021〕30号), which inspectors
//! check: in the requests table each row's 总计 is the sum of its applicant
//! columns, （七）总计 is the sum of the answered rows, and in every column
//! 上年结转 + 本年新收 = （七）总计 + 结转下年度继续办理 (the template's "第一项加第二项之和，
//! 等于第三项加第四项之和"); in the reviews table each 总计 is the sum of its
//! outcomes. Each disagreement is an error at the line that holds it.

use super::*;
use crate::content::annual_report::{
    APPLICANT_COLUMNS, AnnualReport, OUTCOME_COLUMNS, REQUEST_ROWS, Row,
};

pub(super) fn sums(site: &Site, out: &mut Vec<Diagnostic>) {
    for report in &site.annual_reports {
        totals_of_rows(report, &report.requests, &APPLICANT_COLUMNS, out);
        totals_of_rows(report, &report.reviews, &OUTCOME_COLUMNS, out);
        answered(report, out);
    }
}

/// Each row's last number is the sum of the others.
fn totals_of_rows(
    report: &AnnualReport,
    rows: &[Row],
    columns: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    for row in rows {
        let (total, parts) = row.values.split_last().expect("rows have their width");
        let sum: u64 = parts.iter().sum();
        if sum != *total {
            out.push(
                Diagnostic::error(
                    "E075",
                    &report.file,
                    msg!(
                        "report-row-total",
                        key = row.key,
                        total = *total,
                        sum = sum,
                        parts = parts
                            .iter()
                            .map(|n| n.to_string())
                            .collect::<Vec<_>>()
                            .join(" + ")
                    ),
                )
                .at(row.at.clone())
                .help(msg!(
                    "report-row-total-help",
                    column = columns[columns.len() - 1]
                )),
            );
        }
    }
}

/// （七）总计 sums the answered rows; received and carried over equal
/// answered and carried forward, column by column.
fn answered(report: &AnnualReport, out: &mut Vec<Diagnostic>) {
    let (Some(total), Some(received), Some(carried), Some(forward)) = (
        report.request("answered_total"),
        report.request("received"),
        report.request("carried_over"),
        report.request("carried_forward"),
    ) else {
        return;
    };
    let answered_rows: Vec<&Row> = REQUEST_ROWS
        .iter()
        .filter(|(key, group)| !group.is_empty() && *key != "answered_total")
        .filter_map(|(key, _)| report.request(key))
        .collect();
    for (c, column) in APPLICANT_COLUMNS.iter().enumerate() {
        let sum: u64 = answered_rows.iter().map(|r| r.values[c]).sum();
        if sum != total.values[c] {
            out.push(
                Diagnostic::error(
                    "E075",
                    &report.file,
                    msg!(
                        "report-answered-total",
                        column = *column,
                        total = total.values[c],
                        sum = sum
                    ),
                )
                .at(total.at.clone())
                .help(msg!("report-answered-total-help")),
            );
        }
        let came = received.values[c] + carried.values[c];
        let went = total.values[c] + forward.values[c];
        if came != went {
            out.push(
                Diagnostic::error(
                    "E075",
                    &report.file,
                    msg!(
                        "report-balance",
                        column = *column,
                        received = received.values[c],
                        carried = carried.values[c],
                        came = came,
                        answered = total.values[c],
                        forward = forward.values[c],
                        went = went
                    ),
                )
                .at(forward.at.clone())
                .help(msg!("report-balance-help")),
            );
        }
    }
}
