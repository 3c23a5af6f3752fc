//! The figures of the annual report (国办公开办函〔2021〕30号) that the
//! records give: section 2's rules (规章) and administrative normative
//! documents (行政规范性文件) made and repealed in the year and in force at
//! its end, counted over the records whose genre site.toml's
//! `[disclosure.annual_report]` maps to each, the same way the statistics
//! pages count.

use super::Site;
use super::listings::Tally;
use crate::content::Front;
use crate::content::annual_report::AnnualReport;

/// Section 2's first table, computed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Computed {
    pub regulations: Tally,
    pub normative_documents: Tally,
}

pub fn computed(site: &Site, year: i32) -> Computed {
    let kinds = &site.config.disclosure.annual_report;
    let mut out = Computed::default();
    let default = site.config.default_language().code;
    for e in site.entries.iter().filter(|e| !e.is_section) {
        let Some(Front::Record(r)) = e.versions.get(&default).map(|d| &d.front) else {
            continue;
        };
        let Some(genre) = &r.genre else { continue };
        if kinds.regulations.contains(genre) {
            out.regulations.add(Tally::of(r, year));
        }
        if kinds.normative_documents.contains(genre) {
            out.normative_documents.add(Tally::of(r, year));
        }
    }
    out
}

impl Site {
    /// The data of the year's report, when the site has one.
    pub fn annual_report(&self, year: i32) -> Option<&AnnualReport> {
        self.annual_reports.iter().find(|r| r.year == year)
    }
}
