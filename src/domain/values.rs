//! The standard value lists of DOMAIN.md §4, whose labels ship with the theme
//! (`topic-<id>`, `genre-<id>`, `catalog-<id>` in `themes/default/locales`).

use crate::domain::Slug;

pub const TOPICS: &[&str] = &[
    "state-council-bodies",
    "general-affairs",
    "economy-state-assets",
    "finance-audit",
    "land-energy",
    "agriculture-forestry-water",
    "industry-transport",
    "commerce-customs-tourism",
    "market-safety-regulation",
    "construction-environment",
    "science-education",
    "culture-media",
    "health-sports",
    "population-women-children",
    "labour-personnel",
    "security-justice",
    "civil-affairs-relief",
    "ethnic-religious-affairs",
    "foreign-affairs",
    "hk-macao-taiwan-overseas",
    "national-defence",
    "other",
];

pub const GENRES: &[&str] = &[
    "resolution",
    "decision",
    "order",
    "communique",
    "announcement",
    "public-notice",
    "opinion",
    "notice",
    "circular",
    "report",
    "request",
    "reply",
    "motion",
    "letter",
    "minutes",
    "normative-document",
    "plan",
    "interpretation",
];

pub const CATALOGS: &[&str] = &[
    "policy-documents",
    "plans",
    "personnel",
    "finance",
    "notices",
    "interpretations",
    "statistics",
    "emergency",
    "procurement",
    "reports",
];

fn owned(list: &[&str]) -> Vec<Slug> {
    list.iter()
        .map(|s| Slug::parse(s).expect("the standard ids are slugs"))
        .collect()
}

pub fn standard_topics() -> Vec<Slug> {
    owned(TOPICS)
}

pub fn standard_genres() -> Vec<Slug> {
    owned(GENRES)
}

pub fn standard_catalogs() -> Vec<Slug> {
    owned(CATALOGS)
}
