//! The dates readers need: a record's legal force as it stands on the site's
//! today ("takes effect on …" until its `effective` day, with no edit: the
//! day's build switches it), and "last updated" on every page that has an
//! `updated` date.

use super::*;
use crate::domain::LangCode;

/// "Last updated" as a template prints it.
#[derive(Debug, Serialize)]
pub(super) struct Updated {
    pub(super) text: String,
    pub(super) iso: String,
}

impl Renderer<'_> {
    /// A record's validity label and id for its badge: `pending` with
    /// "takes effect on …" before its effective day, else its validity.
    pub(super) fn validity(&self, r: &Record, lang: LangCode) -> (String, &'static str) {
        match self.site.takes_effect(r) {
            Some(day) => (
                self.locales.format(
                    lang,
                    "validity-pending",
                    &[("date", FluentValue::from(self.locales.date(lang, day)))],
                ),
                "pending",
            ),
            None => {
                let v = r.validity.unwrap_or(Validity::InForce);
                (self.label(lang, v.label_key()), v.id())
            }
        }
    }

    /// The page's "last updated" date: the source's for records and guides
    /// (a fact), a page's own file's, else its source's.
    pub(super) fn updated(&self, i: usize, lang: LangCode) -> Option<Updated> {
        let site = self.site;
        let own = site.entries[i]
            .versions
            .get(&lang)
            .and_then(|d| d.front.updated());
        let day = own.or_else(|| site.source(i).and_then(|d| d.front.updated()))?;
        Some(Updated {
            text: self.locales.date(lang, day),
            iso: day.to_string(),
        })
    }
}
