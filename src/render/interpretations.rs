//! A policy's interpretations (政策解读) on its page, and the policy an
//! interpretation explains on the interpretation's page: both ways, in the
//! reader's language where the other page has one, and in the JSON-LD as
//! schema.org `subjectOf` (policy → interpretation) and `about`
//! (interpretation → policy).

use super::*;
use crate::domain::LangCode;
use crate::domain::vocab::InterpretationKind;

/// One interpretation, listed on its policy's page.
#[derive(Serialize)]
pub(super) struct InterpretationLink {
    pub(super) link: Link,
    /// The form (文字解读, 图解, …) in the reader's language.
    pub(super) kind: String,
    pub(super) kind_id: &'static str,
    pub(super) published: String,
    pub(super) published_iso: String,
}

/// What a record's page shows of interpretations: those of it (a policy),
/// or the one it explains (an interpretation).
#[derive(Serialize, Default)]
pub(super) struct InterpretationView {
    pub(super) interpretations: Vec<InterpretationLink>,
    pub(super) interprets: Option<Link>,
    /// The heading of `interprets`, naming this interpretation's form.
    pub(super) interprets_label: Option<String>,
}

fn kind_of(r: &Record) -> InterpretationKind {
    r.interpretation_kind.unwrap_or(InterpretationKind::Text)
}

impl Renderer<'_> {
    pub(super) fn interpretation(&self, i: usize, lang: LangCode) -> InterpretationView {
        let site = self.site;
        let Some(Front::Record(r)) = site.source(i).map(|d| &d.front) else {
            return InterpretationView::default();
        };
        let interpretations = site
            .interpreted_by
            .get(&i)
            .into_iter()
            .flatten()
            .filter_map(|&j| match site.source(j).map(|d| &d.front) {
                Some(Front::Record(x)) => Some(InterpretationLink {
                    link: self.record_link_in(j, lang),
                    kind: self.label(lang, kind_of(x).label_key()),
                    kind_id: kind_of(x).id(),
                    published: self.locales.date(lang, x.published),
                    published_iso: x.published.to_string(),
                }),
                _ => None,
            })
            .collect();
        let target = r.interprets.as_ref().and_then(|no| site.records.get(no));
        InterpretationView {
            interpretations,
            interprets: target.map(|&j| self.record_link_in(j, lang)),
            interprets_label: r.interprets.as_ref().map(|_| {
                let kind = self.label(lang, kind_of(r).label_key());
                self.locales.format(
                    lang,
                    "record-interprets",
                    &[("kind", FluentValue::from(kind))],
                )
            }),
        }
    }

    /// A link to a record in `lang`, or to its Chinese page (its title marked
    /// as Chinese) when it has none in `lang`.
    fn record_link_in(&self, j: usize, lang: LangCode) -> Link {
        let site = self.site;
        if site.presence(j, lang).exists() {
            return self.record_link(j, lang);
        }
        let default = site.config.default_language().code;
        let mut link = self.record_link(j, default);
        link.lang = Some(site.config.default_language().tag.clone());
        link
    }

    /// The links between a policy and its interpretations in a record's
    /// `Legislation` node.
    pub(super) fn ld_interpretation(&self, item: &mut serde_json::Value, i: usize, lang: LangCode) {
        let site = self.site;
        let node = |j: usize| {
            let target_lang = if site.presence(j, lang).exists() {
                lang
            } else {
                site.config.default_language().code
            };
            let url = site.absolute(&site.url(&site.entries[j].key, target_lang));
            // Every record's page describes it as `Legislation`.
            serde_json::json!({"@type": "Legislation", "@id": url, "url": url, "name": self.title(j, target_lang)})
        };
        let of: Vec<serde_json::Value> = site
            .interpreted_by
            .get(&i)
            .into_iter()
            .flatten()
            .map(|&j| node(j))
            .collect();
        if !of.is_empty() {
            item["subjectOf"] = serde_json::Value::Array(of);
        }
        if let Some(Front::Record(r)) = site.source(i).map(|d| &d.front)
            && let Some(&j) = r.interprets.as_ref().and_then(|no| site.records.get(no))
        {
            // `about` already names the topic; the policy joins it.
            let topic = item.get("about").cloned();
            let mut about = vec![node(j)];
            about.extend(topic);
            item["about"] = serde_json::Value::Array(about);
        }
    }
}
